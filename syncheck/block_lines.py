"""SIPD print block lines ('Program : 1.03.02 PROGRAM ...' above a table of sub kegiatan): the item each line names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .codes import parse_cell_code, split_glued, split_kind_label
from .models import Code, Kind
from .row_record import RowFields
from .values import cell_text, is_filled, parse_budget, visible_text

# a kind label opening a cell, then its separator or nothing more ('Program :', 'Kegiatan', 'Urusan Pemerintahan :');
# 'Sasaran Program :', 'Capaian Program :', 'Program Pengelolaan ...' are no such label
_LABEL = re.compile(
    r"^\s*(?:urusan(?:\s+pemerintahan)?|bidang\s+urusan|program|sub\s*-?\s*kegiatan|kegiatan)\s*(?::|[-\u2013\u2014](?=\s)|$)", re.IGNORECASE
)
# an amount at the end of a line, SIPD print style ('... Rp. 509.547.700', 'Rp 1.250.000,00')
_AMOUNT = re.compile(r"[\s:,(\-]*\bRp\.?\s*(?P<amount>\d[\d.,]*)\s*\)?\s*$", re.IGNORECASE)
# the cells after the label cell that may hold the rest of the line: ':', the code, the name
_MORE_CELLS = 3


@dataclass(frozen=True)
class BlockLine:
    """The item a block line names: its kind as labelled, code, code as written, name, amount, and the cells it takes."""

    kind: Kind
    code: Code
    code_raw: str
    name: str
    amount: str  # the amount written in the line ('Rp. 509.547.700'), '' when none
    columns: frozenset[int]


def block_line(row: tuple[object, ...], budget: tuple[int, ...]) -> BlockLine | None:
    """The item a row is when its first cell opens a block line, 'Label : code name' in one cell or spread over the
    next cells ('Program :' | '1.03.02 PROGRAM ...', 'Kegiatan' | ':' | '1.03.02.2.02' | 'Pengembangan ...'); else None.
    An amount in a budget column is never part of the line (a line spread wide may put its name there)."""
    start = _first_cell(row)
    if start is None or not isinstance(row[start], str) or not _LABEL.match(row[start]):
        return None
    rest = [(col, value) for col, value in enumerate(row) if col > start and cell_text(value) and not (col in budget and _is_amount(value))]
    text, taken = visible_text(row[start]), [start]
    for col, value in [(start, None)] + rest[:_MORE_CELLS]:
        if value is not None:
            text, taken = f"{text} {_part_text(value)}", taken + [col]
        line = _line_of(text, frozenset(taken))
        if line is not None:
            return line if line.amount else _with_amount_cell(line, rest[len(taken) - 1 :])
    return None


def _first_cell(row: tuple[object, ...]) -> int | None:
    """The column of the row's first filled cell."""
    return next((col for col, value in enumerate(row) if is_filled(value)), None)


def _is_amount(value: object) -> bool:
    """True when a cell holds an amount, not words."""
    return parse_budget(value)[0] is not None


def _part_text(value: object) -> str:
    """A cell of a line as text; a number cell that is a code as its code ('1.1' is bidang 1.10 that Excel showed short)."""
    code = parse_cell_code(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    return code.text if code is not None else cell_text(value)


def _line_of(text: str, taken: frozenset[int]) -> BlockLine | None:
    """The line a text is: a kind label, then a code glued to a name, maybe an amount after it; else None."""
    kind, rest = split_kind_label(text)
    if kind is None:
        return None
    amount = _AMOUNT.search(rest)
    if amount is not None:
        rest = rest[: amount.start()]
    code, name = split_glued(rest)
    if code is None or not name:
        return None
    code_raw = rest[: rest.find(name)].strip(" -:.)")
    return BlockLine(kind, code, code_raw, name, amount.group(0).strip(" :,(-)") if amount else "", taken)


def _with_amount_cell(line: BlockLine, after: list[tuple[int, object]]) -> BlockLine:
    """The line with the amount a cell after it holds ('Rp. 509.547.700' right of the name), when one does."""
    for col, value in after:
        if isinstance(value, str) and (amount := _AMOUNT.match(value)) is not None:
            return BlockLine(line.kind, line.code, line.code_raw, line.name, amount.group(0).strip(" :,(-)"), line.columns | {col})
    return line


def lines_take_agency(rows: list[RowFields]) -> None:
    """A labelled line with no agency cell ('Program : 1.03.02 ...') is of the agency of the first row under it that is
    no such line, when that row's code is within the line's: SIPD prints the 'Unit Organisasi :' line under the program
    and kegiatan lines, and a sub kegiatan table may name the agency in its rows only."""
    waiting: list[RowFields] = []
    for fields in rows:
        if fields["label"] and fields["glued"]:
            waiting.append(fields)
            continue
        for line in waiting if fields["code"] is not None and (fields["agency"] or fields["agency_ctx"]) else ():
            if not line["agency"] and _within(fields["code"], line["code"]):
                line["agency_ctx"], line["agency_code"] = fields["agency"] or fields["agency_ctx"], fields["agency_code"]
        waiting = []


def _within(code: Code, outer: Code) -> bool:
    """True when a code is under another (1.03.02.2.02.0007 under 1.03.02)."""
    return len(code.segments) > len(outer.segments) and code.segments[: len(outer.segments)] == outer.segments
