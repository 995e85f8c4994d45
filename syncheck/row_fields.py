"""A body row's raw fields by column role (code, name, budget, place, agency ...), read through the header's columns."""

from __future__ import annotations

import re

from .block_lines import BlockLine, block_line
from .budget_columns import level_columns, summed_budget
from .codes import (
    agency_prefixed, is_account_row, join_split_code, may_hold_agency_code, outline_prefix, parse_cell_code, split_glued, split_kind_label, without_own_code,
    date_as_code, time_as_code, unpadded_code,
)
from .flat import LEVEL_ROLES, add_levels
from .header import Header
from .header_labels import INDICATOR_WORDS, TOTAL_OF_KIND, TOTAL_TEXT, TOTAL_WORDS
from .models import Code, Kind
from .name_cells import INDICATOR_START, QUOTE_OPENERS, in_brackets, indicator_cut, unquoted
from .row_record import RowFields
from .values import cell_text, parse_budget, visible_text

# the first character of a budget account code ('5.1.02.01.01.0024'): 4 pendapatan, 5 belanja, 6 pembiayaan
ACCOUNT_FIRST = frozenset("456")
_TEXT_ROLES = ("indicator", "target", "location", "funding", "agency")
# (with the per-level code and name columns of a flat layout)
_LABEL_ROLES = frozenset({"code", "number", "name"}) | LEVEL_ROLES
# a location cell saying there is none, as a dash does in an amount cell
_NO_PLACE = frozenset({"-", "--", "\u2013", "\u2014", "n/a", "N/A", "-/-"})
# what a code cell saying there is none is made of: dashes ('-', '–', '—'), and the dots between a split code's cells
_NO_CODE = " .-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
# a code column's label naming the items' names as well ('Kode dan Nama ...', 'Kode / Uraian', 'Kode Rekening dan Uraian')
_NAMES_TOO = re.compile(r"\b(?:nama|uraian|nomenklatur|name)\b", re.IGNORECASE)


# the second character of a name led by a lettered or numbered outline level ('1. ', 'a. ', 'b) ', '(1) ')
_OUTLINE_MARKS = frozenset(".)0123456789")
# a total's label before what it adds up ('JUMLAH', 'Sub Total :', 'Jml.'), and the first letters it can start with
_TOTAL_LABEL = re.compile(rf"\s*(?:{TOTAL_WORDS})\b\.?\s*:?\s*", re.IGNORECASE)
TOTAL_FIRST = frozenset("JjTtSsGg")
_KIND_WORD = re.compile(r"(?:program|kegiatan|sub\s*kegiatan|urusan|bidang(?:\s+urusan)?)\s+", re.IGNORECASE)
# a list bullet before a name ('• ', '- ', '▪ ', '◦ ', '– ', a lone 'o ' before a capital), and the characters
# it can start with; a footnote mark after a name ('Peningkatan Jaringan Irigasi *)', ' **)', ' *')
_BULLET = re.compile(r"(?:[-\u2013\u2014\u2022\u00b7\u25aa\u25ab\u25a0\u25a1\u25cf\u25cb\u25e6\u2023\u2043\u27a2\u25ba*>]+\s*|o\s+(?=[A-Z]))")
BULLET_FIRST = frozenset("-\u2013\u2014\u2022\u00b7\u25aa\u25ab\u25a0\u25a1\u25cf\u25cb\u25e6\u2023\u2043\u27a2\u25ba*>o")
_FOOTNOTE = re.compile(r"\s*\*{1,3}\)?$")
# the end of a line of a location cell that the next line goes on with ('Kab.' / 'Sidoarjo', 'Kec. Waru dan' / ...)
_WRAPPED = re.compile(r"(?:\b(?:kab|kabupaten|kota|kec|kecamatan|kel|kelurahan|desa|ds|prov|provinsi|dan|di|se|and)\.?|[,;:/&(\-])$", re.IGNORECASE)


_INDICATOR_WORD = re.compile(INDICATOR_WORDS, re.IGNORECASE)


class Columns:
    """The header's columns per role, looked up once per sheet rather than once per row."""

    __slots__ = ("header", "roles", "hints", "code", "single_code", "name", "budget", "agency", "texts", "blank_texts", "known_texts",
                 "budget_scale", "earlier", "parts", "agency_code", "flat", "agency_split", "number", "beside_name", "unpadded", "places", "place_lines",
                 "names_in_code", "level_budget", "names_indicators")

    def __init__(self, header: Header) -> None:
        self.header, self.roles, self.hints = header, header.roles, header.kind_hints
        self.code, self.name, self.budget = header.columns("code"), header.columns("name"), header.columns("budget")
        self.single_code = len(self.code) == 1
        self.agency = header.columns("agency")
        # the text roles the header has columns for; the others are blank in every row
        self.texts = tuple((role, header.columns(role)) for role in _TEXT_ROLES if header.columns(role))
        self.blank_texts = {role: "" for role in _TEXT_ROLES if not header.columns(role)}
        self.known_texts: dict[str, str] = {}
        # funding-source parts without a total are added up; otherwise the header chose one column
        self.budget_scale = header.scale if header.budget_summed else None
        self.earlier = header.budget_earlier
        self.parts = header.budget_parts
        # a name column labelled with the indicators too ('Program/Kegiatan/Sub Kegiatan dan Indikator Kinerja'): rows of it
        # with a target and no place or amount are the indicators of the item above
        self.names_indicators = any(_INDICATOR_WORD.search(header.labels.get(col, "")) for col in self.name)
        # each level's amounts in a column of their own ('Program/Kegiatan' | 'Sub Kegiatan'): level -> the columns a row of it reads
        self.level_budget = level_columns(self.budget, header.labels) if len(self.budget) > 1 and self.budget_scale is None else {}
        self.agency_code = header.columns("agency_code")
        self.agency_split: dict[str, tuple[str, str]] = {}  # agency cell -> (agency code, name) when a code leads it
        self.flat = header.flat  # per-level code/name columns, or None
        self.number = header.columns("number")  # the running number ('No') of each item row
        self.beside_name = _beside_name(header, self.name) if self.single_code and self.flat is None else None
        self.unpadded = False  # the code column writes codes without zero padding (classify sets it per sheet)
        self.places = header.place_amounts  # (column, kab/kota) of the budget's shares per place
        self.place_lines: dict[str, str] = {}  # a location cell on several lines -> its places listed (_listed_lines)
        self.names_in_code = False  # the one code column is the name column too (holds_names; classify sets it per sheet)


def _beside_name(header: Header, name: tuple[int, ...]) -> int | None:
    """The column right of the name column when it holds indicators, targets or nothing: where a PDF conversion
    that shifts a page's cells one column right puts the names of that page."""
    if not name:
        return None
    col = max(name) + 1
    return col if header.roles.get(col) in (None, "indicator", "target") else None


def _shifted_name(row: tuple[object, ...], col: int | None) -> str:
    """The text beside an empty name cell of a coded row when it reads as a name, else '' (a target such as
    '12 dokumen' or '100%' starts with its number)."""
    value = row[col] if col is not None and col < len(row) else None
    if not isinstance(value, str):
        return ""
    text = visible_text(value)
    if not text[:1].isalpha() or sum(char.isalpha() for char in text) < 4 or INDICATOR_START.match(text):
        return ""
    return text


def names_a_total(name: str, code: Code, names: dict[Code, str]) -> bool:
    """True for the name of a row repeating the code of an item row above (``names``: the name of the first item row of
    each code read) that adds that item up: a total's label alone ('JUMLAH', 'Sub Total'), before a kind ('JUMLAH
    PROGRAM ...'), or before that item's name. No official name starts with such a label."""
    label = _TOTAL_LABEL.match(name) if name[:1] in TOTAL_FIRST else None
    own = names.get(code) if label is not None else None
    if own is None:
        return False
    rest = " ".join(name[label.end() :].casefold().split())
    if not rest or TOTAL_OF_KIND.match(name):
        return True
    own = " ".join(own.casefold().split())
    kind = _KIND_WORD.match(own)
    return rest in (own, own[kind.end() :] if kind else own)


def shown_name(name: str) -> str:
    """An item's name as shown: without a list bullet before it, a footnote mark after it (matching reads it so too) or
    the quotes then wrapping it."""
    # (cheap tests first: most names start with a letter and end in a letter or a bracket)
    if name[:1] in BULLET_FIRST and (bullet := _BULLET.match(name)) is not None and name[bullet.end() :]:
        name = name[bullet.end() :]
    if name.endswith(("*", "*)")) and (mark := _FOOTNOTE.search(name)) is not None and mark.start():
        name = name[: mark.start()]
    return unquoted(name) if name[:1] in QUOTE_OPENERS else name  # ('• "Nama ..."', '"Nama ..." *)')


def _first_filled(row: tuple[object, ...], cols: tuple[int, ...]) -> tuple[object, int | None]:
    """The first non-empty value among some columns, with its column."""
    size = len(row)
    for col in cols:
        if col < size:
            value = row[col]
            if value is not None and (not isinstance(value, str) or value.strip()):
                return value, col
    return None, None


def filled_text(row: tuple[object, ...], cols: tuple[int, ...], known: dict[str, str]) -> str:
    """The first non-empty value among some columns as single-spaced text without invisible characters.

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
                    spaced = visible_text(value)
                    text = known[value] = known.setdefault(spaced, spaced)
                if text:
                    return text
            elif value is not None:
                return cell_text(value)
    return ""


def _joined_text(row: tuple[object, ...], cols: tuple[int, ...], known: dict[str, str]) -> str:
    """The filled cells of several columns joined ('Kec. Ungaran, Desa Lerep': kecamatan and desa columns)."""
    parts: list[str] = []
    for col in cols:
        text = filled_text(row, (col,), known)
        if text and text not in parts:
            parts.append(text)
    return ", ".join(parts)


def row_fields(row: tuple[object, ...], columns: Columns) -> RowFields:
    """Raw field values of a row by column role."""
    line = block_line(row, columns.budget) if columns.flat is None else None
    if line is not None:
        # a SIPD print line ('Program : 1.03.02 PROGRAM ...') gives the code and name; its cells are no other field's
        row = tuple(None if col in line.columns else value for col, value in enumerate(row))
        return _line_fields(row, columns, line)
    code, code_raw, dated, name, name_col = _cell_code_and_name(row, columns)
    indicator, bracketed = "", False
    if "\n" in name or ":" in name or "\r" in name:  # (the only names indicator_cut may cut)
        name, indicator, bracketed = _name_indicator(name)
    name, shifted, column_hint, labelled = _read_name(row, name, name_col, code, columns)
    code, code_raw, name, glued, code_agency = _code_in_name(code, code_raw, name)
    fields: RowFields = {
        "code": code,
        "code_raw": code_raw,
        "glued": glued is not None,
        "code_agency": code_agency,
        "name": name,
        "hint": labelled.value if labelled else column_hint,
        "label": labelled.value if labelled else "",
        "shifted_name": bool(shifted),
        "name_indicator": indicator,
        "indicator_bracketed": bracketed,
        "date_code": dated,
    }
    fields = _other_fields(row, columns, fields)
    if indicator and not fields["indicator"]:
        fields["indicator"] = indicator
    return fields


def _cell_code_and_name(row: tuple[object, ...], columns: Columns) -> tuple[Code | None, str, str, str, int | None]:
    """(code, code as written, a date read back as a code, name, name column) as the row's code and name cells hold them."""
    name, name_col = _first_filled(row, columns.name)
    code, code_raw, dated = _row_code(row, columns.code)
    if code is None and columns.unpadded:
        code = unpadded_code(row[columns.code[0]] if columns.code[0] < len(row) else None)
    if not isinstance(name, str):  # (a text _first_filled returns is never blank)
        # code and name in the code cell (merged over the name column): '1.02.02 PROGRAM ...'
        name = _code_cell_text(row, columns) if code is None else ""
        code_raw = "" if name else code_raw  # (a name without a code in a column of names: no code written)
    return code, code_raw, dated, name, name_col


def _name_indicator(name: str) -> tuple[str, str, bool]:
    """(name, indicator, whether in brackets): the row's indicator written in the name cell under the name (Alt+Enter),
    cut before the line breaks are flattened."""
    cut, indicator = indicator_cut(name)
    return cut, indicator, bool(indicator) and in_brackets(name, cut)


def _read_name(
    row: tuple[object, ...], name: str, name_col: int | None, code: Code | None, columns: Columns
) -> tuple[str, str, str | None, Kind | None]:
    """(name, the name read beside an empty name cell or '', the level its column states, the kind a label before it
    states): the name as a reader sees it, without that label."""
    # the line breaks, tabs and double spaces of a wrapped cell are single spaces; quotes wrapping it whole are none of its words
    name = visible_text(name)
    if name[:1] in QUOTE_OPENERS:
        name = unquoted(name)
    shifted = "" if name or code is None else _shifted_name(row, columns.beside_name)
    if shifted:
        name, name_col = shifted, None
    column_hint = columns.hints.get(name_col) if name_col is not None else None
    labelled, unlabelled = split_kind_label(name)
    # a label the column's own level contradicts ('Kegiatan - ...' under 'Sub Kegiatan') is the name's own words
    if labelled and (column_hint is None or column_hint == labelled.value):
        return unlabelled, shifted, column_hint, labelled
    return name, shifted, column_hint, None


def _code_in_name(code: Code | None, code_raw: str, name: str) -> tuple[Code | None, str, str, Code | None, str]:
    """(code, code as written, name, code written in front of the name, agency code in front of it): the name without
    the codes and outline numbering written in front of it."""
    glued = None
    if code is None and name:
        glued, rest = split_glued(name)
        if glued is not None:
            code, code_raw, name = glued, name[: name.find(rest)].strip(), rest
    elif code is not None:
        name = without_own_code(name, code)
    code_agency = ""
    if code is None and may_hold_agency_code(code_raw or name):
        code_agency, code, code_raw, name, glued = agency_prefixed(code_raw, name)
    # (a budget account code '5.1.02' in front of its name is told as one later, not cut as outline numbering)
    if glued is None and (name[1:2] in _OUTLINE_MARKS or name[:1].isdigit()) and not (name[:1] in ACCOUNT_FIRST and is_account_row("", name)):
        name = unquoted(name[len(outline_prefix(name)) :])  # ('1. "Nama ..."')
    return code, code_raw, name, glued, code_agency


def _code_level(code: Code | None) -> str:
    """The level a row's code names ('' for none): the key of its budget columns (level_columns)."""
    kind = code.kind if code is not None else None
    return kind.value if kind is not None else ""


def _line_fields(row: tuple[object, ...], columns: Columns, line: BlockLine) -> RowFields:
    """The fields of a block line's row: its code and name, its label's kind; its amount when the budget column has none."""
    fields: RowFields = {"code": line.code, "code_raw": line.code_raw, "glued": True, "code_agency": "", "name": line.name, "hint": line.kind.value,
                         "label": line.kind.value, "shifted_name": False}
    fields = _other_fields(row, columns, fields)
    if fields["budget_raw"] is None and line.amount:
        fields["budget_raw"] = line.amount
    return fields


def _other_fields(row: tuple[object, ...], columns: Columns, fields: RowFields) -> RowFields:
    """Fields with the row's budget, running number, text roles and places added."""
    budget = columns.budget if not columns.level_budget else columns.level_budget.get(_code_level(fields["code"]), columns.level_budget[""])
    fields["budget_raw"] = _first_filled(row, budget)[0] if columns.budget_scale is None else summed_budget(row, budget, columns.budget_scale)
    fields["budget_parts"] = False  # the budget was added up from the funding sources beside an empty total
    if columns.parts and _no_amount(fields["budget_raw"]):
        parts = summed_budget(row, columns.parts, columns.header.scale)
        if not _no_amount(parts):
            fields["budget_raw"], fields["budget_parts"] = parts, True
    fields["budget_earlier"] = False  # the budget was read from the earlier stage's column (its own stage's are empty)
    if columns.earlier is not None and _no_amount(fields["budget_raw"]):
        earlier = row[columns.earlier] if columns.earlier < len(row) else None
        if not _no_amount(earlier):
            fields["budget_raw"], fields["budget_earlier"] = earlier, True
    fields["numbered"] = columns.number and _first_filled(row, columns.number)[0] is not None
    fields.update(columns.blank_texts)
    known = columns.known_texts
    for role, cols in columns.texts:
        fields[role] = filled_text(row, cols, known) if role != "location" else _location(row, cols, columns)
    if fields["location"] in _NO_PLACE:
        fields["location"] = ""
    # (read as a sub kegiatan's location once the row's kind is known: on a heading or parent row it is a sum)
    fields["spread_places"] = _places_with_money(row, columns.places) if columns.places else ""
    if columns.flat is not None:
        add_levels(fields, row, columns.flat)
    return fields


def _location(row: tuple[object, ...], cols: tuple[int, ...], columns: Columns) -> str:
    """A row's location: its cell, the places on the lines of a cell listed ('Kota Batu' / 'Kab. Sidoarjo'), or the filled
    cells of several location columns joined."""
    if len(cols) > 1:
        return _joined_text(row, cols, columns.known_texts)
    value = row[cols[0]] if cols[0] < len(row) else None
    if isinstance(value, str) and "\n" in value:
        return _listed_lines(value, columns.place_lines)
    return filled_text(row, cols, columns.known_texts)


def _listed_lines(value: str, known: dict[str, str]) -> str:
    """The lines of a cell joined as a list ('Kota Batu, Kab. Sidoarjo'), but a line that the next goes on with ('Kab.' /
    'Sidoarjo', or a next line in lower case) joined by a space, as a wrapped cell is."""
    text = known.get(value)
    if text is None:
        text = ""
        for line in filter(None, (visible_text(line) for line in value.splitlines())):
            text += line if not text else (" " if _WRAPPED.search(text) or line[:1].islower() else ", ") + line
        known[value] = text
    return text


def _no_amount(value: object) -> bool:
    """True for an empty budget cell: blank or '-' (a 0 is an amount: a budget cut to nothing)."""
    return value is None or parse_budget(value) == (None, "")


def _places_with_money(row: tuple[object, ...], places: tuple[tuple[int, str], ...]) -> str:
    """The kab/kota whose share of a row's budget is more than nothing, as their columns name them ('Kab. Malang, Kota Batu')."""
    return ", ".join(place for col, place in places if col < len(row) and (parse_budget(row[col])[0] or 0) > 0)


def _code_cell_text(row: tuple[object, ...], columns: Columns) -> str:
    """The text of the one code column when a name is glued to a code in it, or when it holds the sheet's names and
    this cell a name without a code (a codeless row of a 'Kode dan Nama' column); else ''."""
    if not columns.single_code:
        return ""
    col = columns.code[0]
    value = row[col] if col < len(row) else None
    if not isinstance(value, str):
        return ""
    return value if split_glued(value)[0] is not None or (columns.names_in_code and _worded_name(value)) else ""


def _worded_name(text: str) -> bool:
    """True for a text of several words that starts with a letter (after a quote or bullet): a name, no code."""
    words = text.split()
    return len(words) >= 2 and any(char.isalpha() for char in words[0][:2]) and parse_cell_code(words[0]) is None


def holds_names(columns: Columns, values: list[object]) -> bool:
    """True when a sheet's one code column is its name column too: no column is labelled for names, and the code column's
    label names them as well ('Kode dan Nama Program/Kegiatan', 'Kode / Uraian') or most of its text cells hold a code
    glued to a name."""
    if columns.name or not columns.single_code or columns.flat is not None:
        return False
    if _NAMES_TOO.search(columns.header.labels.get(columns.code[0], "")):
        return True
    texts = [value for value in values if isinstance(value, str) and value.strip()]
    return 2 * sum(1 for value in texts if split_glued(value)[0] is not None) > len(texts) > 0


def _row_code(row: tuple[object, ...], cols: tuple[int, ...]) -> tuple[Code | None, str, str]:
    """The code of a row from one code column or split code columns, with the text as written, and the first date
    Excel had made of a split code cell with the piece read back from it ('2025-02-01 -> 1.02'; '' when none)."""
    if not cols:
        return None, "", ""
    if len(cols) == 1:
        value = time_as_code(row[cols[0]]) if cols[0] < len(row) else None
        code = parse_cell_code(value)
        # a name with a code glued to its front is a name, not a malformed code; a dash alone is the plan's 'no code'
        if code is None and isinstance(value, str) and (split_glued(value)[0] is not None or not value.strip(_NO_CODE)):
            return None, "", ""
        return code, cell_text(value), ""
    parts = [time_as_code(row[col]) if col < len(row) else None for col in cols[:6]]
    dated = ""
    for position, part in enumerate(parts):
        piece = date_as_code(part)
        if piece is not None:
            dated, parts[position] = dated or f"{cell_text(part)} -> {piece}", piece
    raw = ".".join(cell_text(part) for part in parts if part is not None)
    if not raw.strip(_NO_CODE):
        return None, "", ""
    code = join_split_code(parts[:6] if len(cols) > 5 else parts)
    filled = [part for part in parts if part is not None]
    if code is None and len(filled) == 1:
        # one code column per level ('Kode Program | Kode Kegiatan | ...'), each row filling its own with a full code
        whole = parse_cell_code(filled[0])
        code = whole if whole is not None and len(whole.segments) >= 3 else None
    return code, raw, dated


def is_subtotal(row: tuple[object, ...], roles: dict[int, str], name: str) -> bool:
    """A TOTAL / Jumlah / Sub Total row (a short label, or one naming a kind: 'JUMLAH PROGRAM ...'): the label in a code,
    number or name column, or in an unlabelled column of a row without an item name (never in an indicator column: 'Jumlah dokumen')."""
    for col, value in enumerate(row):
        if isinstance(value, str) and (len(value) < 80 and TOTAL_TEXT.match(value) or TOTAL_OF_KIND.match(value)):
            role = roles.get(col)
            if role in _LABEL_ROLES or (role is None and not name):
                return True
    return False
