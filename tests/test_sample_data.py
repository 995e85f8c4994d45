"""The committed sample workbooks are exactly what sample_data/make_samples.py builds."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_data"
WORKBOOKS = [
    "provinsi_jawa_tengah_2024.xlsx",
    "kota_semarang_2024.xlsx",
    "kabupaten_demak_2024.xlsx",
    "kota_magelang_2024.xlsx",
    "provinsi_kalimantan_selatan_2024.xlsx",
    "kota_banjarbaru_2024.xlsx",
]
PROGRAM_CODE = re.compile(r"\d\.\d{2}\.\d{2}")
SUB_KEGIATAN_CODE = re.compile(r"\d\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{2,4}")


def _load_script():
    spec = importlib.util.spec_from_file_location("make_samples", SAMPLES / "make_samples.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("samples")
    _load_script().build_all(out)
    return out


def _content(path: Path) -> list:
    workbook = openpyxl.load_workbook(path)
    return [
        (
            sheet.title,
            sheet.sheet_state,
            sorted(str(cell_range) for cell_range in sheet.merged_cells.ranges),
            [list(row) for row in sheet.iter_rows(values_only=True)],
        )
        for sheet in workbook.worksheets
    ]


def _kode_column(sheet) -> tuple[int, int]:
    """(header row, column index) of the 'Kode' header of a Renja-style sheet."""
    for row in sheet.iter_rows(min_row=1, max_row=20):
        for cell in row:
            if cell.value == "Kode":
                return cell.row, cell.column - 1
    raise AssertionError(f"no 'Kode' header in {sheet.title}")


def _codes(path: Path, pattern: re.Pattern) -> list[tuple[str, object]]:
    sheet = openpyxl.load_workbook(path).worksheets[0]
    header, column = _kode_column(sheet)
    pagu = [cell.value for cell in sheet[header]].index("Pagu Indikatif (Rp)")
    return [
        (row[column], row[pagu])
        for row in sheet.iter_rows(min_row=header + 1, values_only=True)
        if isinstance(row[column], str) and pattern.fullmatch(row[column])
    ]


def test_workbooks_equal_a_fresh_build(regenerated):
    for name in WORKBOOKS:
        assert (SAMPLES / name).exists(), f"{name} is not committed; run python sample_data/make_samples.py"
        assert _content(regenerated / name) == _content(SAMPLES / name), (
            f"{name} differs from what make_samples.py builds; re-run python sample_data/make_samples.py"
        )


def test_expected_json_equals_a_fresh_build(regenerated):
    fresh = json.loads((regenerated / "expected.json").read_text(encoding="utf-8"))
    committed = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
    assert fresh == committed


def test_province_files_have_the_published_number_of_programs():
    for name, wanted in [("provinsi_jawa_tengah_2024.xlsx", 83), ("provinsi_kalimantan_selatan_2024.xlsx", 37)]:
        codes = {code for code, _ in _codes(SAMPLES / name, PROGRAM_CODE)}
        assert len(codes) == wanted, f"{name}: {len(codes)} distinct program codes"


def test_sub_kegiatan_budgets_are_multiples_of_ten_million():
    for name in ["provinsi_jawa_tengah_2024.xlsx", "provinsi_kalimantan_selatan_2024.xlsx"]:
        rows = _codes(SAMPLES / name, SUB_KEGIATAN_CODE)
        assert rows
        assert all(isinstance(budget, int) and budget > 0 and budget % 10_000_000 == 0 for _, budget in rows)


def test_expected_headlines_match_the_published_figures():
    expected = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
    figures = {
        (pair["left"], pair["right"]): (pair["summaries"][0]["left_total"], pair["summaries"][0]["same"])
        for pair in expected["pairs"]
    }
    assert figures[("provinsi_jawa_tengah_2024.xlsx", "kota_semarang_2024.xlsx")] == (83, 78)
    assert figures[("provinsi_kalimantan_selatan_2024.xlsx", "kota_banjarbaru_2024.xlsx")] == (37, 36)
    semarang = next(pair for pair in expected["pairs"] if pair["right"] == "kota_semarang_2024.xlsx")
    assert len(semarang["substantive_overlaps"]) >= 3


def test_magelang_has_a_hidden_referensi_sheet():
    workbook = openpyxl.load_workbook(SAMPLES / "kota_magelang_2024.xlsx")
    states = {sheet.title: sheet.sheet_state for sheet in workbook.worksheets}
    assert states.pop("Referensi") == "hidden"
    assert states and all(state == "visible" for state in states.values())
    assert all(len(title) <= 31 for title in states)


AUDIT_WORKBOOKS = [f"{stem}_{year}.xlsx" for stem in ("provinsi_jawa_tengah", "kabupaten_demak",
                   "provinsi_kalimantan_selatan", "kota_banjarbaru") for year in (2023, 2025)]


def test_audit_samples_equal_a_fresh_build(regenerated):
    for name in AUDIT_WORKBOOKS:
        assert (SAMPLES / name).exists(), f"{name} is not committed; run python sample_data/make_samples.py"
        assert _content(regenerated / name) == _content(SAMPLES / name), f"{name} differs from a fresh build"
    for name in ("expected_audit.json", "audit.toml"):
        assert (regenerated / name).read_text(encoding="utf-8") == (SAMPLES / name).read_text(encoding="utf-8"), name
