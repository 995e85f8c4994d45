"""Helpers for tests: small RKPD workbooks built in the test, shared data locations, hostile-file tools."""

from __future__ import annotations

import contextlib
import importlib.util
import signal
import sys
from pathlib import Path
from types import ModuleType
from typing import Iterator

import openpyxl
import pytest
from click.testing import CliRunner

from syncheck.codes import Code
from syncheck.messages import NESTED, Joined, Message
from syncheck.models import Kind, Level
from syncheck.nomenclature import Entry, Master, parse_master_code
from syncheck.ole import OleFile
from syncheck.safety import TEXT_SAMPLE_BYTES, sniff_encoding

SHARED = Path(__file__).resolve().parents[1].parent / "shared"  # the CI clone has ../shared beside it too
CORPUS = SHARED / "corpus" / "dev"
NOMENCLATURE = SHARED / "nomenclature" / "nomenclature.csv"
HOSTILE_SCRIPT = Path(__file__).resolve().parent / "hostile" / "make_hostile.py"
_MISSING = [str(path) for path in (NOMENCLATURE, CORPUS) if not path.exists()]
#: the mark of a test that reads ../shared (the official list, the labelled corpus): skipped, naming what is missing, without it
needs_shared = pytest.mark.skipif(bool(_MISSING), reason=f"shared data not present: {', '.join(_MISSING)}")


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
#: the first body row of a sheet made of TITLE and a one-row header
FIRST_BODY_ROW = len(TITLE) + 2


def read_sheet(make_workbook, header, rows, title=TITLE, **kwargs):
    """Read a one-sheet plan: title block, header row(s), rows."""
    from syncheck.readers import read_plan

    return read_plan(str(make_workbook(title + header + rows, **kwargs)))


def skip_reasons(plan):
    """The reason of each skipped body row, by row (below TITLE and a one-row header)."""
    return {row.ref.row: row.reason for row in plan.skipped if row.ref.row >= FIRST_BODY_ROW}


def row_warnings(plan):
    """(row, message) of the plan's warnings on a row."""
    return [(warning.ref.row, warning.message) for warning in plan.warnings if warning.ref.row]


def warning_texts(plan):
    """The plan's warning messages."""
    return [warning.message for warning in plan.warnings]


def budgets(plan):
    """The budget of every item, in order."""
    return [item.budget for item in plan.items]


def sub_budget(plan):
    """The plan's sub kegiatan budgets added up."""
    from syncheck.models import Kind

    return sum(item.budget or 0 for item in plan.items if item.kind is Kind.SUB_KEGIATAN)


def load_make_hostile() -> ModuleType:
    """Import tests/hostile/make_hostile.py (a script, not a package) whatever the pytest import mode."""
    if "make_hostile" not in sys.modules:
        spec = importlib.util.spec_from_file_location("make_hostile", HOSTILE_SCRIPT)
        module = importlib.util.module_from_spec(spec)
        sys.modules["make_hostile"] = module
        spec.loader.exec_module(module)
    return sys.modules["make_hostile"]


@contextlib.contextmanager
def time_limit(seconds: int, what: str) -> Iterator[None]:
    """Raise TimeoutError in the main thread after `seconds` (SIGALRM; no guard where it does not exist)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"{what} took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def make_runner() -> CliRunner:
    """A CliRunner that keeps stderr apart from stdout (click 8.1 and 8.2+)."""
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:
        return CliRunner()


def unkeyed(text: object) -> list[str]:
    """The pieces of a reason, warning or error text not made by messages.say/joined ([] for a catalogue text).

    A nested text (a placeholder in messages.NESTED) must be a catalogue text too, else it stays English.
    """
    if isinstance(text, Joined):
        return [piece for part in text.parts for piece in unkeyed(part)]
    if isinstance(text, Message):
        return [piece for name, value in text.params.items() if name in NESTED for piece in unkeyed(value)]
    return [str(text)] if text else []


def text_encoding(path: str) -> str:
    """Best guess of a text file's encoding from its first bytes, as the reader guesses it (safety.sniff_encoding)."""
    with open(path, "rb") as handle:
        return sniff_encoding(handle.read(TEXT_SAMPLE_BYTES), final=False)


def stream_names(path: str) -> list[str]:
    """Entry names in the directory of a compound file (ValueError when damaged)."""
    with open(path, "rb") as handle:
        return [entry.name for entry in OleFile(handle).entries()]


def read_stream(path: str, name: str, limit: int) -> bytes:
    """The first ``limit`` bytes at most of one stream of a compound file (ValueError when damaged)."""
    with open(path, "rb") as handle:
        return OleFile(handle).read(name, limit)


def best_name_match(master: Master, name: str, kind: Kind, level: str | Level | None, program_code: str | None = None) -> tuple[Entry | None, float]:
    """The entry of ``kind`` at ``level`` whose name is closest to ``name`` and its score, (None, 0.0) when none: with
    ``program_code`` only items of that program count (``1.02.01`` also searches ``X.XX.01``)."""
    program = parse_master_code(program_code) if program_code else None
    if program_code and (program is None or len(program.segments) < 3):
        return None, 0.0
    found = master.name_candidates(name, kind, level, Code(program.segments[:3]) if program else None, limit=1)
    return found[0] if found else (None, 0.0)
