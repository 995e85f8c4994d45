"""Helpers for tests: small RKPD workbooks built in the test, and the dev corpus location."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"


def corpus_dirs() -> list[Path]:
    """Every labelled corpus directory that is present on this machine."""
    if not CORPUS.is_dir():
        return []
    return sorted(path for path in CORPUS.iterdir() if (path / "truth.json").is_file())


def build_workbook(path: Path, rows: list[list[object]], *, title: str = "Sheet1", merges: tuple[str, ...] = (), extra_sheets: dict | None = None) -> Path:
    """Write rows (lists of cell values, None for empty) to a workbook and return its path."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for merge in merges:
        sheet.merge_cells(merge)
    for name, (sheet_rows, state) in (extra_sheets or {}).items():
        other = workbook.create_sheet(name)
        other.sheet_state = state
        for row in sheet_rows:
            other.append(row)
    workbook.save(path)
    return path




TITLE = [["RENCANA KERJA PEMERINTAH DAERAH"], ["KOTA CONTOH"], ["TAHUN 2024"], []]
