"""syncheck's own workbooks given back as a plan: told apart by the header rows of their sheets, and refused.

An overlap workbook's link sheets hold both sides' codes and names, so a reader taking it for a plan finds
every item twice and a confident headline follows: the file is refused instead, saying what it is. Its sheets
are known by their header rows (either language), not their names: a reviewer may rename a sheet or copy it
into a new workbook. tests/test_own_outputs.py writes each workbook and gives it back, so a header changed in
a writer without a change here fails there.
"""

from __future__ import annotations

import functools
import os

from . import audit_sentences, sentences
from .errors import InputFileError
from .messages import say
from .sources import RawSheet, load_sheets
from .values import cell_text

#: the first columns of each table sheet of a workbook, as label keys, per command that writes it
_REPORT_HEADERS: dict[str, tuple[tuple[str, ...], ...]] = {
    "compare": (
        ("left", "right", "kind", "left_total", "same", "percent"),  # Summary
        ("left_government", "left_code", "left_name", "left_agency", "left_budget", "right_government"),  # links
        ("kind", "left_government", "left_code", "left_name", "left_agency", "left_budget"),  # Review
        ("kind", "left_government", "left_code", "left_name", "left_agency", "right_government"),  # Kept decisions
        ("government", "side", "kind", "code", "name", "agency"),  # Unmatched
        ("cluster", "kind", "government", "code", "name", "governments"),  # Clusters
        ("left_government", "left_code", "left_name", "right_government", "right_code", "right_name"),  # Overlaps
    ),
    "evaluate": (
        ("kind", "precision", "recall", "f1", "true_positives", "false_positives"),  # Scores
        ("threshold", "precision", "recall", "f1", "true_positives", "false_positives"),  # Threshold sweep
        ("kind", "error", "left_source", "left_name", "right_source", "right_name"),  # Errors
    ),
    # validate.py's Findings headers begin with these labels' texts
    "validate": (("file", "sheet", "row", "code", "name", "kind"),),
}
_AUDIT_HEADERS: tuple[tuple[str, ...], ...] = (
    ("government", "kind", "from_year", "to_year", "status", "score"),  # Continuity, Renamed
    ("left", "right", "kind", "year", "left_total", "same"),  # Overlap trend
    ("theme", "government", "level", "year", "present", "items"),  # Themes
    ("theme", "government", "year", "kind", "code", "name"),  # Theme items
    ("theme", "government", "level", "last_present", "absent_years", "resumed"),  # Theme gaps
)
#: rows of a sheet searched for a header (the Summary's is its third)
HEADER_ROWS = 10
#: the columns, in either language, of a table whose every row points at a row of another file (a list of items taken
#: out of plans, as a labelled corpus's records.csv or another tool's extract): its rows are references, not a plan
_ROW_REFERENCES = (frozenset({"file", "sheet", "row"}), frozenset({"berkas", "lembar", "baris"}))


def _text(value: object) -> str:
    """A header cell as compared: trimmed, single-spaced, case folded."""
    return cell_text(value).casefold()


@functools.cache
def _signatures() -> dict[tuple[str, ...], str]:
    """Every known header start (both languages) -> the command whose workbook has it."""
    found: dict[tuple[str, ...], str] = {}
    for labels in sentences.LABELS.values():
        for command, headers in _REPORT_HEADERS.items():
            found.update({tuple(_text(labels[key]) for key in header): command for header in headers})
    for labels in audit_sentences.LABELS.values():
        found.update({tuple(_text(labels[key]) for key in header): "audit" for header in _AUDIT_HEADERS})
    return found


def written_by(sheet: RawSheet) -> str | None:
    """The syncheck command that wrote this sheet ('compare', 'validate', 'audit', 'evaluate'), or None."""
    signatures = _signatures()
    widths = {len(header) for header in signatures}
    for row in sheet.rows[:HEADER_ROWS]:
        for width in widths:
            command = signatures.get(tuple(_text(value) for value in row[:width]))
            if command is not None:
                return command
    return None


def lists_rows_of_files(sheet: RawSheet) -> bool:
    """True when a header row of the sheet has a file, a sheet and a row column: each row names a row of another file."""
    for row in sheet.rows[:HEADER_ROWS]:
        texts = {_text(value) for value in row}
        if any(columns <= texts for columns in _ROW_REFERENCES):
            return True
    return False


def plan_sheets(path: str) -> list[RawSheet]:
    """The sheets of a plan file (sources.load_sheets); InputFileError when syncheck wrote one (a result, not a plan) or
    when a sheet lists rows of other files by file, sheet and row."""
    sheets = load_sheets(path)
    file = os.path.basename(path)
    for sheet in sheets:
        command = written_by(sheet)
        if command == "compare":
            raise InputFileError(say("error.own_overlap_workbook"), file=file, sheet=sheet.name)
        if command is not None:
            raise InputFileError(say("error.own_workbook", command=f"syncheck {command}"), file=file, sheet=sheet.name)
        if lists_rows_of_files(sheet):
            raise InputFileError(say("error.row_references"), file=file, sheet=sheet.name)
    return sheets
