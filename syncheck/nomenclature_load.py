"""Read a nomenclature master (CSV or spreadsheet) into a Master, recognising its header layout.

Two families of layout: the project's own CSV (``kind,code,name,level,parent_code,status,...``)
and Kepmendagri attachments ("Kode" / "Kode Rekening" + "Nomenklatur ..." / "Uraian", a code
split over several columns, one sheet or one column block per level). Files are opened through
sources.load_sheets (calamine for workbooks, delimiter and encoding sniffing for CSV).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass

from .codes import join_split_code, parse_code, split_glued
from .errors import NomenclatureError, SyncheckError
from .messages import say
from .models import Code, Kind
from .nomenclature import (
    AKTIF,
    KABKOTA,
    MIN_ROWS,
    NONAKTIF,
    PROVINSI,
    SEMUA,
    Entry,
    Master,
    derived_parent,
    digit_level,
    level_from_text,
    parse_master_code,
)
from .normalize import plain_name
from .sources import load_sheets
from .values import cell_text

_HEADER_SCAN_ROWS = 40
_FOOTNOTE = re.compile(r"\s*\*+\)?\s*$")


def load_master(path: str) -> Master:
    """Read a nomenclature master from CSV (',' ';' or tab; UTF-8 or Windows-1252) or a spreadsheet.

    Raises NomenclatureError (naming the file) when it cannot be read or is not a nomenclature list.
    """
    name = os.path.basename(path)
    if not os.path.exists(path):
        raise NomenclatureError(say("error.nomenclature_not_found"), file=name)
    sheets = _read_tables(path, name)
    entries: list[Entry] = []
    reasons: list[str] = []
    for sheet_name, rows in sheets:
        found, why = _entries_of_sheet(sheet_name, rows)
        entries.extend(found)
        if why:
            reasons.append(why)
    entries = list(dict.fromkeys(entries))  # drop exact repeats, keep order
    if not entries:
        why = reasons[0] if reasons else say("error.nomenclature_no_rows")
        raise NomenclatureError(say("error.not_nomenclature", why=why), file=name)
    if len(entries) < MIN_ROWS:
        raise NomenclatureError(say("error.nomenclature_few_rows", count=len(entries), minimum=MIN_ROWS), file=name)
    return Master(file=name, entries=tuple(entries), sub_kegiatan_digits=_sub_digits(entries))


#: the header of the project's own nomenclature list (its first columns): a file so headed is a list, not a plan
OWN_HEADER = ("kind", "code", "name", "level")


def own_list_header(path: str) -> bool:
    """True for a file whose first row names the columns of the project's own nomenclature list (kind, code, name,
    level, ...): what --nomenclature reads, not a plan."""
    try:
        tables = _read_tables(path, os.path.basename(path))
    except SyncheckError:
        return False
    rows = next((rows for _, rows in tables if rows), [])
    first = next((row for row in rows if any(cell_text(value) for value in row)), [])
    return set(OWN_HEADER) <= {plain_name(cell_text(value)) for value in first}


def _sub_digits(entries: list[Entry]) -> int:
    """2 or 4: the width of most sub kegiatan numbers in the list (4 when there are none)."""
    widths = Counter(len(entry.code.segments[5]) for entry in entries if len(entry.code.segments) == 6)
    if not widths:
        return 4
    return 4 if widths.get(4, 0) >= widths.get(2, 0) else 2


def _read_tables(path: str, name: str) -> list[tuple[str, list[list[object]]]]:
    """The visible sheets of the file as (sheet name, rows of cell values from Excel row 1)."""
    try:
        sheets = load_sheets(path)
    except SyncheckError as error:
        raise NomenclatureError(say("error.nomenclature_unreadable", detail=error.message), file=name) from error
    return [(sheet.name, [list(row) for row in sheet.rows]) for sheet in sheets if not sheet.hidden]


def _status_from_text(text: str) -> str:
    """'nonaktif' for a retired/inactive status cell, else 'aktif'."""
    norm = plain_name(text)
    if norm in ("nonaktif", "non aktif", "tidak aktif", "inactive", "dihapus", "hapus", "retired", "dicabut"):
        return NONAKTIF
    return AKTIF


# header recognition ---------------------------------------------------------

_PLAN_WORDS = ("pagu", "anggaran", "sumber dana", "lokasi", "alokasi", "realisasi", "perangkat daerah", "skpd")


def _is_code_header(text: str) -> bool:
    """A header naming a code column ('Kode', 'Kode Rekening', 'Kd Program', ...)."""
    return text in ("code", "kode", "kd", "no kode", "kode rekening", "kode rek", "no rek") or text.startswith(
        ("kode ", "kd ")
    )


def _is_name_header(text: str) -> bool:
    """A header naming a name column ('Nomenklatur ...', 'Uraian', 'Nama Program', ...)."""
    if text in ("name", "nama", "uraian", "nomenklatur", "nama nomenklatur", "uraian nomenklatur"):
        return True
    return text.startswith(("nomenklatur", "uraian ", "nama program", "nama kegiatan", "nama sub", "nama urusan", "nama bidang"))


def _is_level_header(text: str) -> bool:
    """A header naming the level column (provinsi / kabkota)."""
    return text in ("level", "tingkat", "tingkatan", "jenis pemda", "jns pemda", "pemda", "kewenangan", "tingkat pemerintahan")


def _is_status_header(text: str) -> bool:
    """A header naming the status column (aktif / nonaktif)."""
    return text in ("status", "status data", "status aktif", "keterangan status")


def _is_parent_header(text: str) -> bool:
    """A header naming the parent-code column."""
    return text in ("parent code", "parent", "kode induk", "induk")


@dataclass
class _Layout:
    """Where a sheet's header ends and which columns hold codes, names, level, status, parent."""

    header_row: int  # index of the last header row
    code_groups: list[list[int]]
    names: list[tuple[int, str | None]]  # (column, level from the header)
    level_col: int | None = None
    status_col: int | None = None
    parent_col: int | None = None


def _cell(row: list[object], column: int) -> object:
    """The value of a column in a row (None past its end)."""
    return row[column] if column < len(row) else None


def _headers_at(rows: list[list[object]], index: int) -> tuple[list[str], int]:
    """Normalized header texts of row ``index``, merged with a sub-header row below it if any."""
    top = [plain_name(cell_text(value)) for value in rows[index]]
    if index + 1 >= len(rows):
        return top, index
    below = [plain_name(cell_text(value)) for value in rows[index + 1]]
    if not _is_subheader(rows[index + 1]):
        return top, index
    width = max(len(top), len(below))
    top += [""] * (width - len(top))
    below += [""] * (width - len(below))
    merged, carry = [], ""
    for column in range(width):
        if top[column]:
            carry = top[column]
        elif not below[column]:
            carry = ""
        head = top[column] or carry
        merged.append(" ".join(part for part in (head, below[column]) if part))
    return merged, index + 1


def _is_subheader(row: list[object]) -> bool:
    """A second header row: short words only, no code, not a column-number row."""
    texts = [cell_text(value) for value in row if cell_text(value)]
    if not texts or _is_numbering(row):
        return False
    if any(re.search(r"\d", text) or parse_code(text) is not None for text in texts):
        return False
    if not all(len(text) <= 40 for text in texts):
        return False
    return any(level_from_text(text) or _SUBHEADER_WORDS & set(plain_name(text).split()) for text in texts)


_SUBHEADER_WORDS = frozenset(
    {"kode", "nomenklatur", "uraian", "urusan", "bidang", "program", "kegiatan", "sub", "kinerja", "indikator", "satuan"}
)


def _is_numbering(row: list[object]) -> bool:
    """The '1 | 2 | 3 | ...' column-number row of regulation tables."""
    numbers: list[int] = []
    for value in row:
        text = cell_text(value)
        if not text:
            continue
        if not text.isdigit():
            return False  # where almost every row ends, at its first cell
        numbers.append(int(text))
    if len(numbers) < 2:
        return False
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def _find_layout(rows: list[list[object]]) -> tuple[_Layout | None, str]:
    """Locate the header and classify its columns; second item says why none was found."""
    plan_like = ""
    for index in range(min(_HEADER_SCAN_ROWS, len(rows))):
        if not any(cell_text(value) for value in rows[index]):
            continue
        headers, last = _headers_at(rows, index)
        code_cols = [column for column, text in enumerate(headers) if _is_code_header(text)]
        name_cols = [column for column, text in enumerate(headers) if _is_name_header(text) and column not in code_cols]
        if not code_cols or not name_cols:
            continue
        plan_words = [word for word in _PLAN_WORDS if any(word in text for text in headers)]
        if plan_words:
            plan_like = say("error.nomenclature_plan_like", column=repr(plan_words[0]))
            continue
        groups = _code_groups(rows, last, headers, code_cols, set(name_cols))
        names = _name_columns(headers, name_cols)
        layout = _Layout(
            header_row=last,
            code_groups=groups,
            names=names,
            level_col=next((c for c, t in enumerate(headers) if _is_level_header(t)), None),
            status_col=next((c for c, t in enumerate(headers) if _is_status_header(t)), None),
            parent_col=next((c for c, t in enumerate(headers) if _is_parent_header(t)), None),
        )
        return layout, ""
    return None, plan_like or say("error.nomenclature_no_header")


def _code_groups(
    rows: list[list[object]], last: int, headers: list[str], code_cols: list[int], name_cols: set[int]
) -> list[list[int]]:
    """Code columns grouped: consecutive 'Kode ...' columns, or a 'Kode' header merged over blank ones."""
    groups: list[list[int]] = []
    for column in code_cols:
        if groups and column == groups[-1][-1] + 1:
            groups[-1].append(column)
        else:
            groups.append([column])
    sample = rows[last + 1 : last + 301]
    for group in groups:
        column = group[-1] + 1
        while column < len(headers) and not headers[column] and column not in name_cols and _looks_like_part(sample, column):
            group.append(column)
            column += 1
    return groups


def _looks_like_part(sample: list[list[object]], column: int) -> bool:
    """True when a column holds only short code parts (``02``, ``2.01``, ``0001``, ``X``)."""
    seen = False
    for row in sample:
        text = cell_text(_cell(row, column))
        if not text:
            continue
        if not re.fullmatch(r"(?:\d{1,4}|X{1,2})(?:\.\d{1,4})?", text, re.IGNORECASE):
            return False
        seen = True
    return seen


def _name_columns(headers: list[str], name_cols: list[int]) -> list[tuple[int, str | None]]:
    """The name columns to read: one per level block, or the first plain one."""
    levelled = [(column, level_from_text(headers[column])) for column in name_cols]
    blocks = [(column, level) for column, level in levelled if level in (PROVINSI, KABKOTA)]
    if blocks:
        return blocks
    return [(name_cols[0], None)]


def _entries_of_sheet(sheet_name: str, rows: list[list[object]]) -> tuple[list[Entry], str]:
    """The entries under the header of one sheet; second item says why there are none."""
    layout, why = _find_layout(rows)
    if layout is None:
        return [], why
    sheet_level = level_from_text(sheet_name)
    sheet_level = None if sheet_level == SEMUA else sheet_level
    entries: list[Entry] = []
    for row in rows[layout.header_row + 1 :]:
        if not _is_numbering(row):
            entries.extend(_entries_of_row(row, layout, sheet_level))
    why = "" if entries else say("error.nomenclature_no_entries")
    return entries, why


def _entries_of_row(row: list[object], layout: _Layout, sheet_level: str | None) -> list[Entry]:
    """One entry per name column of the row that carries a code and a name."""
    explicit = level_from_text(cell_text(_cell(row, layout.level_col))) if layout.level_col is not None else None
    status = _status_from_text(cell_text(_cell(row, layout.status_col))) if layout.status_col is not None else AKTIF
    parent_text = cell_text(_cell(row, layout.parent_col)) if layout.parent_col is not None else ""
    entries = []
    for column, block_level in layout.names:
        code, name = _code_and_name(row, layout, column)
        if code is None or code.kind is None or not name:
            continue
        level = _entry_level(code.kind, code, explicit, block_level, sheet_level)
        derived = derived_parent(code)
        parent = parent_text or (derived.text if derived is not None else "")
        entries.append(Entry(kind=code.kind, code=code, name=name, level=level, status=status, parent=parent))
    return entries


def _code_and_name(row: list[object], layout: _Layout, column: int) -> tuple[Code | None, str]:
    """The code (from its column group, else glued to the name) and the name without footnote marker."""
    raw_name = cell_text(_cell(row, column))
    if not raw_name:
        return None, ""
    code = _row_code(row, _group_for(layout.code_groups, column))
    if code is None:
        glued, raw_name = split_glued(raw_name)
        code = parse_master_code(glued.text) if glued is not None else None
    return code, " ".join(_FOOTNOTE.sub("", raw_name).split())


def _group_for(groups: list[list[int]], column: int) -> list[int]:
    """The code group nearest to the left of a name column (else the first group)."""
    left = [group for group in groups if group[0] < column]
    return left[-1] if left else groups[0]


def _row_code(row: list[object], group: list[int]) -> Code | None:
    """The code in a group of code columns: one full code, or the parts of a split code."""
    values = [_cell(row, column) for column in group]
    filled = [value for value in values if cell_text(value)]
    if not filled:
        return None
    if len(group) == 1:
        return parse_master_code(values[0])
    if len(filled) == 1:
        # one cell of a split group: a full code anywhere, or the urusan alone in the first cell
        text = cell_text(filled[0])
        if text.count(".") >= 2 or cell_text(values[0]):
            return parse_master_code(filled[0])
        return None
    return join_split_code(values)


def _entry_level(kind: Kind, code: Code, explicit: str | None, block: str | None, sheet: str | None) -> str:
    """The level column first, then the level digit, then the column block or sheet name."""
    if explicit in (PROVINSI, KABKOTA, SEMUA):
        return explicit
    if kind in (Kind.KEGIATAN, Kind.SUB_KEGIATAN):
        digit = digit_level(code)
        if digit:
            return digit
    return block or sheet or SEMUA
