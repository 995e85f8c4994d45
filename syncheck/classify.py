"""Classify the rows of a sheet with a header: an item's raw fields, or a skipped row and why."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .codes import join_split_code, leading_opd_code, opd_code, parse_code, split_glued
from .header import Header, is_index_row, is_repeated_header
from .messages import say
from .models import Finding, Item, SheetInfo, Skipped, SkipReason, SourceRef
from .values import cell_text

_AGENCY_LABEL = r"^\s*(?:sub\s+)?(?:unit\s+organisasi|organisasi|perangkat\s+daerah|skpd|opd|unit\s+kerja)"
_BANNER_START = re.compile(_AGENCY_LABEL, re.IGNORECASE)
_BANNER = re.compile(_AGENCY_LABEL + r"\s*:\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
_BANNER_LABEL = re.compile(_AGENCY_LABEL + r"\s*:?\s*$", re.IGNORECASE)
_SUBTOTAL = re.compile(r"^\s*(sub\s*-?\s*total|total|jumlah|grand\s+total)\b", re.IGNORECASE)
_FOOTER = re.compile(r"^\s*(?:halaman|hal\.|page)\s*:?\s*\d|^\s*(?:dicetak|printed)\b|^\s*nip\.?\s*[:.]?\s*\d", re.IGNORECASE)
# the opening lines of a signing block: 'Malang, 12 Mei 2023', 'Mengetahui', 'KEPALA BAPPEDA ...'
_SIGNING = re.compile(
    r"^\s*[A-Za-z][A-Za-z .'\-]*,\s*\d{1,2}\s+[A-Za-z]+\s+(?:19|20)\d\d\s*$"
    r"|^\s*(?:mengetahui|menyetujui|disetujui|ditetapkan\s+di|kepala\s|pj\.?\s|plt\.?\s|bupati\b|wali\s*kota\b|gubernur\b)",
    re.IGNORECASE,
)
_LABEL_ROLES = frozenset({"code", "number", "name"})


@dataclass
class Context:
    """What the rows above say about the current row: agency and enclosing program/kegiatan."""

    agency: str = ""
    agency_code: str = ""
    program: Item | None = None
    kegiatan: Item | None = None
    signing: bool = False  # inside the signing block under the table


@dataclass
class SheetResult:
    """Items, skipped rows and warnings of one sheet, plus the title lines above its header."""

    info: SheetInfo
    items: list[Item] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)


_TEXT_ROLES = ("indicator", "target", "location", "funding", "agency")


class _Columns:
    """The header's columns per role, looked up once per sheet rather than once per row."""

    __slots__ = ("header", "roles", "hints", "code", "single_code", "name", "budget", "agency", "texts", "blank_texts", "known_texts")

    def __init__(self, header: Header) -> None:
        self.header, self.roles, self.hints = header, header.roles, header.kind_hints
        self.code, self.name, self.budget = header.columns("code"), header.columns("name"), header.columns("budget")
        self.single_code = len(self.code) == 1
        self.agency = header.columns("agency")
        # the text roles the header has columns for; the others are blank in every row
        self.texts = tuple((role, header.columns(role)) for role in _TEXT_ROLES if header.columns(role))
        self.blank_texts = {role: "" for role in _TEXT_ROLES if not header.columns(role)}
        self.known_texts: dict[str, str] = {}


def classify_rows(file: str, sheet: str, rows: tuple[tuple[object, ...], ...], header: Header, result: SheetResult, many_sheets: bool) -> list[tuple[int, dict]]:
    """(row index, raw fields) of every item row; titles, header copies, banners and the like go to result."""
    columns = _Columns(header)
    context = Context(agency=sheet if many_sheets and not columns.agency else "")
    for index in range(header.rows[0]):
        _title_row(rows[index], SourceRef(file, sheet, index + 1), result, context)
    for index in range(header.rows[0], header.last_row + 1):
        result.skipped.append(Skipped(SourceRef(file, sheet, index + 1), SkipReason.HEADER))
    pending: list[tuple[int, dict]] = []
    for index in range(header.last_row + 1, len(rows)):
        fields = _classify(rows[index], columns, SourceRef(file, sheet, index + 1), result, context)
        if fields is not None:
            pending.append((index, fields))
    return pending


def _title_row(row: tuple[object, ...], ref: SourceRef, result: SheetResult, context: Context) -> None:
    """A row above the header: a title line (maybe naming the agency) or a blank row."""
    filled = has_value(row)
    result.skipped.append(Skipped(ref, SkipReason.TITLE if filled else SkipReason.BLANK, row_text(row)))
    if filled:
        result.titles.append(row_text(row))
        _title_banner(row, context)


def _title_banner(row: tuple[object, ...], context: Context) -> None:
    """A title row naming the agency ('Unit Organisasi : ...', or split 'Perangkat Daerah | : | ...') sets it."""
    banner = _BANNER.match(_banner_text(row, _first_text(row)))
    if banner and _banner_agency(banner.group("rest")):
        context.agency_code = opd_code(banner.group("rest"))
        context.agency = _banner_agency(banner.group("rest"))


def _banner_text(row: tuple[object, ...], first: str) -> str:
    """The text a banner would be in: the first text cell, or the whole row when that cell is only the label."""
    return row_text(row) if _BANNER_LABEL.match(first) else first


def has_value(row: tuple[object, ...]) -> bool:
    """True when any cell of the row holds something."""
    for value in row:
        # only text can be blank: numbers, dates and booleans always print as something
        if value is not None and (not isinstance(value, str) or value.strip()):
            return True
    return False


def row_text(row: tuple[object, ...]) -> str:
    """The row's cells joined as one line (for titles and notes)."""
    return " ".join(text for text in map(cell_text, row) if text)[:300]


def _classify(row: tuple[object, ...], columns: _Columns, ref: SourceRef, result: SheetResult, context: Context) -> dict | None:
    """Item fields for an item row; None after recording a skipped row (and updating the context)."""
    if not has_value(row):
        skip_blank(result.skipped, ref)
        return None
    first = _first_text(row)
    # the full banner patterns only for the rare row whose first text starts like one
    banner = _BANNER.match(_banner_text(row, first)) if _BANNER_START.match(first) else None
    if banner:
        context.agency_code = opd_code(banner.group("rest"))
        context.agency = _banner_agency(banner.group("rest"))
        context.program = context.kegiatan = None
        result.skipped.append(Skipped(ref, SkipReason.BANNER, row_text(row)))
        return None
    fields = _row_fields(row, columns)
    if not _item_coded(fields, columns) and (is_index_row(row) or is_repeated_header(row, columns.header)):
        result.skipped.append(Skipped(ref, SkipReason.HEADER, row_text(row)))
        return None
    if fields["code"] is None:
        reason = _codeless_reason(row, columns, fields, first, context)
        if reason is not None:
            result.skipped.append(Skipped(ref, reason, row_text(row)))
            return None
    else:
        context.signing = False
    if not fields["name"]:
        text = row_text(row)
        result.skipped.append(Skipped(ref, SkipReason.UNREADABLE, text))
        result.warnings.append(Finding(ref, say("classify.no_name", text=repr(text[:80]))))
        return None
    fields["agency_ctx"], fields["agency_code"], fields["ref"] = context.agency, context.agency_code, ref
    return fields


def _item_coded(fields: dict, columns: _Columns) -> bool:
    """A program, kegiatan or sub kegiatan code in the one code column: never a header copy or an index row."""
    # (most rows: the label and index tests would look at every cell of them)
    code = fields["code"]
    return code is not None and columns.single_code and len(code.segments) >= 3 and not fields["glued"]


def _codeless_reason(row: tuple[object, ...], columns: _Columns, fields: dict, first: str, context: Context) -> SkipReason | None:
    """Why a row without a code is not an item (a total, page furniture, an agency row), else None."""
    if _is_subtotal(row, columns.roles, fields["name"]):
        return SkipReason.SUBTOTAL
    if _is_page_furniture(fields, first, context):
        return SkipReason.TITLE
    agency_code = _agency_row_code(fields)
    if agency_code:
        context.agency_code = agency_code
        context.agency = " ".join(fields["name"].replace(context.agency_code, "", 1).split()) or context.agency
        return SkipReason.BANNER
    return None


def skip_blank(skipped: list[Skipped], ref: SourceRef) -> None:
    """Record a blank row, extending the previous entry when it is the blank row just above."""
    last = skipped[-1] if skipped else None
    if last and last.reason is SkipReason.BLANK and last.ref.sheet == ref.sheet and last.ref.row + last.count == ref.row:
        skipped[-1] = Skipped(last.ref, SkipReason.BLANK, count=last.count + 1)
    else:
        skipped.append(Skipped(ref, SkipReason.BLANK))


def _first_text(row: tuple[object, ...]) -> str:
    """The first non-empty string cell of a row."""
    for value in row:
        if isinstance(value, str) and value.strip():
            return value
    return ""


def _banner_agency(rest: str) -> str:
    """The agency name after the code in a banner: '1.02.0.00.0.00.01.0000 DINAS KESEHATAN'."""
    code = opd_code(rest)
    name = rest.replace(code, "", 1) if code else rest
    return " ".join(name.strip(" -:").split())


def _is_subtotal(row: tuple[object, ...], roles: dict[int, str], name: str) -> bool:
    """A TOTAL / Jumlah / Sub Total row: the label in a code, number or name column, or in an unlabelled
    column of a row without an item name (never in an indicator column: 'Jumlah dokumen')."""
    for col, value in enumerate(row):
        if isinstance(value, str) and len(value) < 80 and _SUBTOTAL.match(value):
            role = roles.get(col)
            if role in _LABEL_ROLES or (role is None and not name):
                return True
    return False


def _is_page_furniture(fields: dict, first: str, context: Context) -> bool:
    """A page footer ('Halaman 3', 'Dicetak ...') or a line of the signing block under the table."""
    text = fields["name"] or first
    if _FOOTER.match(text):
        return True
    if fields["budget_raw"] is not None:
        return False
    if _SIGNING.match(text):
        context.signing = True
    return context.signing


def _agency_row_code(fields: dict) -> str:
    """The agency code of a SIPD agency row (7+ segments in the code column or leading the name), else ''."""
    return leading_opd_code(fields["code_raw"]) or leading_opd_code(fields["name"])


def _first_filled(row: tuple[object, ...], cols: tuple[int, ...]) -> tuple[object, int | None]:
    """The first non-empty value among some columns, with its column."""
    size = len(row)
    for col in cols:
        if col < size:
            value = row[col]
            if value is not None and (not isinstance(value, str) or value.strip()):
                return value, col
    return None, None


def _filled_text(row: tuple[object, ...], cols: tuple[int, ...], known: dict[str, str]) -> str:
    """The first non-empty value among some columns as single-spaced text.

    ``known`` maps each text cell seen (and each result) to its result: an agency or a place is
    written on thousands of rows, and the rows' items then share one string.
    """
    size = len(row)
    for col in cols:
        if col < size:
            value = row[col]
            if isinstance(value, str):
                text = known.get(value)
                if text is None:
                    spaced = " ".join(value.split())
                    text = known[value] = known.setdefault(spaced, spaced)
                if text:
                    return text
            elif value is not None:
                return cell_text(value)
    return ""


def _row_fields(row: tuple[object, ...], columns: _Columns) -> dict:
    """Raw field values of a row by column role."""
    name, name_col = _first_filled(row, columns.name)
    code, code_raw = _row_code(row, columns.code)
    glued = None
    if not isinstance(name, str):
        name = ""
    elif code is None:
        glued, rest = split_glued(name)
        if glued is not None:
            code, code_raw, name = glued, name[: name.find(rest)].strip(), rest
    fields = {
        "code": code,
        "code_raw": code_raw,
        "glued": glued is not None,  # the code was written in front of the name, not in a code column
        "name": name,
        "hint": columns.hints.get(name_col) if name_col is not None else None,
        "budget_raw": _first_filled(row, columns.budget)[0],
        **columns.blank_texts,
    }
    known = columns.known_texts
    for role, cols in columns.texts:
        fields[role] = _filled_text(row, cols, known)
    return fields


def _row_code(row: tuple[object, ...], cols: tuple[int, ...]):
    """The code of a row from one code column or split code columns, with the text as written."""
    if not cols:
        return None, ""
    if len(cols) == 1:
        value = row[cols[0]] if cols[0] < len(row) else None
        code = parse_code(value)
        # a name with a code glued to its front is a name, not a malformed code
        if code is None and isinstance(value, str) and split_glued(value)[0] is not None:
            return None, ""
        return code, cell_text(value)
    parts = [row[col] if col < len(row) else None for col in cols[:6]]
    raw = ".".join(cell_text(part) for part in parts if part is not None)
    if not raw:
        return None, ""
    return join_split_code(parts[:6] if len(cols) > 5 else parts), raw
