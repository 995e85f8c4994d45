"""Classify the rows of a sheet with a header: an item's raw fields, or a skipped row and why."""

from __future__ import annotations

import re

from .agency_rows import (
    RENJA_TITLE, agency_cell_code, agency_name_row, agency_row_code, banner_of, first_text, is_agency_name_row, is_coded_agency_heading,
    lone_agency, names_an_agency, row_text, take_banner, title_banner,
)
from .cell_notes import sheet_notes
from .codes import is_account_row, without_code, writes_unpadded_codes
from .header import Header, is_index_row, is_repeated_header
from .item_lines import part_row
from .messages import say
from .models import Finding, Skipped, SkipReason, SourceRef
from .page_sheets import numbers_a_page, passes_over
from .place_rows import bare_place, breaks_down, heads_agency
from .row_context import Context
from .row_fields import ACCOUNT_FIRST, TOTAL_FIRST, Columns, filled_text, holds_names, is_subtotal, names_a_total, row_fields
from .row_record import RowFields
from .sheet_result import SheetResult
from .values import has_digit, is_filled, parse_budget
from .year_tables import other_year_start, set_aside

_FOOTER = re.compile(r"^\s*(?:halaman|hal\.|page)\s*:?\s*\d|^\s*(?:dicetak|printed)\b|^\s*nip\.?\s*[:.]?\s*\d", re.IGNORECASE)
# the opening lines of a signing block: 'Malang, 12 Mei 2023', 'Mengetahui', 'KEPALA BAPPEDA ...'
_SIGNING = re.compile(
    r"^\s*[A-Za-z][A-Za-z .'\-]*,\s*\d{1,2}\s+[A-Za-z]+\s+(?:19|20)\d\d\s*$"
    r"|^\s*(?:mengetahui|menyetujui|disetujui|ditetapkan\s+di|kepala\s|pj\.?\s|plt\.?\s|bupati\b|wali\s*kota\b|gubernur\b)",
    re.IGNORECASE,
)
# notes under the table: 'Keterangan:', 'Catatan :', 'Sumber: SIPD', '*) Pagu indikatif ...', and in English 'Source: SIPD', 'Remarks:'
_NOTE = re.compile(
    r"^\s*(?:(?:keterangan|ket|catatan|cat|sumber(?:\s+data)?|notes?|nb|n\.b|(?:data\s+)?sources?|remarks?)\s*\.?\s*:|keterangan\s*$|\*+\s*\))",
    re.IGNORECASE,
)
# a line of a list under a note: '1. ', '2) ', '(3) ', 'a. ', '- ', a bullet
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|[a-z][.)]|[-\u2013\u2022\u00b7*])\s*\S", re.IGNORECASE)
# what a codeless program or kegiatan row's name starts with, numbered as a hand-made plan numbers its items
# ('Program ...', 'Kegiatan : ...'; a note's 'Sub kegiatan bertanda *) ...' is none)
_ITEM_START = re.compile(r"^\s*(?:program\b|(?:sub\s*-?\s*)?kegiatan\s*:)", re.IGNORECASE)
# a recap table under the plan ('REKAPITULASI PER PERANGKAT DAERAH', 'Rekap Pagu per Urusan'), or the caption of another
# table of the RKPD document ('TABEL 5.2 PROGRAM PRIORITAS DAERAH', 'Tabel V.3'), whose numbered rows are no plan items
_RECAP = re.compile(r"^\s*(?:rekap(?:itulasi)?\b|tabel\s+(?:\d{1,2}|[ivx]{1,5})(?:\s*[.\-]\s*\d{1,2})*(?!\w))", re.IGNORECASE)
# an indicator written as its own row in the name column: 'Capaian Program : ...', 'Keluaran : ...', '- Persentase ...'
_INDICATOR_LABEL = re.compile(
    r"^\s*(?:capaian|keluaran|hasil|masukan|output|outcome|indikator|sasaran|target|tolok\s+ukur)\b[^:]{0,40}:", re.IGNORECASE
)
# the same labels alone, as a code column holds them beside the indicator's text ('Capaian Program', 'Hasil Kegiatan')
_INDICATOR_KIND = re.compile(
    r"^\s*(?:capaian|keluaran|hasil|masukan|output|outcome|indikator|tolok\s+ukur)(?:\s+(?:program|kegiatan|sub\s*kegiatan|kinerja))?\s*:?\s*$",
    re.IGNORECASE,
)
_BULLETS = ("-", "\u2013", "\u2022", "\u00b7")
# the start of a name that may be a place alone ('Kelurahan Sukun', 'Desa Sumberejo', 'Kec. Dampit')
_PLACE_START = re.compile(r"\s*(?:kecamatan|kelurahan|desa|dusun|kec\.|kel\.|ds\.)\s*\w", re.IGNORECASE)
_CONTINUATION_ROLES = ("indicator", "target", "location", "funding")
_LOOK_AHEAD = 4  # rows looked at below a row for the next code: an indicator or place row may stand between


def classify_rows(
    file: str, sheet: str, rows: tuple[tuple[object, ...], ...], header: Header, result: SheetResult, many_sheets: bool,
    agency: tuple[str, str] | None = None, above: RowFields | None = None,
) -> list[tuple[int, RowFields]]:
    """(row index, raw fields) of every item row; titles, header copies, banners and the like go to result. ``agency``:
    the (agency, agency code) in force at the end of the page before, which this sheet goes on with; ``above``: the
    fields of the item row that page ends on, first of the rows returned (placed right above the sheet's first body
    row) while nothing but rows passed over (page_sheets.passes_over) come before it."""
    columns = _columns_for(header, rows)
    context = Context(agency=sheet if many_sheets and not columns.agency else "", rows=rows, columns=columns)
    if agency is not None and (not context.agency or numbers_a_page(sheet)):  # a sheet named after its agency keeps it
        context.agency, context.agency_code = agency
    _title_rows(file, sheet, rows, columns, result, context, many_sheets)
    pending = _body_rows(file, sheet, rows, columns, result, context, above)
    result.agency_at_end = context.agency, context.agency_code
    sheet_notes(pending, columns, result)
    return pending


def _columns_for(header: Header, rows: tuple[tuple[object, ...], ...]) -> Columns:
    """The header's columns, with what the one code column's cells say of how its codes and names are written."""
    columns = Columns(header)
    if columns.single_code and columns.flat is None:
        col = columns.code[0]
        values = [row[col] for row in rows[header.last_row + 1 :] if col < len(row)]
        columns.unpadded, columns.names_in_code = writes_unpadded_codes(values), holds_names(columns, values)
    return columns


def _title_rows(
    file: str, sheet: str, rows: tuple[tuple[object, ...], ...], columns: Columns, result: SheetResult, context: Context, many_sheets: bool
) -> None:
    """The rows above the header (title lines, perhaps naming the agency, or blank) and the header's own rows, skipped."""
    header = columns.header
    # a title line that is only an agency's name names the sheet's agency where the sheet name would, or in the
    # title of an agency's own Renja ('RENCANA KERJA PERANGKAT DAERAH' / 'DINAS KESEHATAN' / 'TAHUN 2024')
    bare = not columns.agency and (many_sheets or any(RENJA_TITLE.search(row_text(rows[index])) for index in range(header.rows[0])))
    for index in range(header.rows[0]):
        _title_row(rows[index], SourceRef(file, sheet, index + 1), result, context, bare)
    for index in range(max(header.rows[0], 0), header.last_row + 1):  # (none above the first row of a page going on)
        result.skipped.append(Skipped(SourceRef(file, sheet, index + 1), SkipReason.HEADER))


def _body_rows(
    file: str, sheet: str, rows: tuple[tuple[object, ...], ...], columns: Columns, result: SheetResult, context: Context, above: RowFields | None
) -> list[tuple[int, RowFields]]:
    """(row index, raw fields) of the item rows under the header (``above`` first: see classify_rows), up to another
    year's table; the other rows go to result."""
    pending: list[tuple[int, RowFields]] = []
    if above is not None:
        pending.append((columns.header.last_row, above))
        _after_item(above, context)
    places_end = 0
    for index in range(columns.header.last_row + 1, len(rows)):
        if index >= places_end:
            places_end = _places_end(rows, index, columns, pending, context.headings)
        context.in_places = index < places_end
        context.index = index
        fields = _classify(rows[index], columns, SourceRef(file, sheet, index + 1), result, context)
        if fields is not None:
            pending.append((index, fields))
            _after_item(fields, context)
        elif result.skipped[-1].reason is SkipReason.HEADER and (other := _other_year(rows[index], index, columns, result, pending)):
            set_aside(file, sheet, *other, len(rows), result.skipped, result.warnings)
            return [entry for entry in pending if entry[0] + 1 < other[0]]
        elif len(pending) == 1 and pending[0][1] is above:
            # (kept right above the next row, so that a row going on with it is the row below it, as on one sheet)
            pending = [(index, above)] if passes_over(result.skipped[-1]) else []
    return pending


def _other_year(row: tuple[object, ...], index: int, columns: Columns, result: SheetResult, pending: list[tuple[int, RowFields]]) -> tuple[int, str] | None:
    """(first row, title) of another year's table when the header copy at ``index`` heads one (year_tables), else None."""
    ref = result.skipped[-1].ref
    if ref.row != index + 1:
        return None
    return other_year_start(row, ref, columns.header, result.skipped, result.titles, pending[-1] if pending else None)


def _after_item(fields: RowFields, context: Context) -> None:
    """The context under an item row: a plan is being read, and the row's budget cell and code are seen."""
    context.plan_seen, context.last_budget = True, fields["budget_raw"]
    context.last_code = fields["code"] or context.last_code
    key = _seen_key(fields, context)
    context.seen.setdefault(key, fields["budget_raw"])
    context.last_agency = key[0], context.agency
    if fields["code"] is not None:
        context.names.setdefault(fields["code"], fields["name"])


def _title_row(row: tuple[object, ...], ref: SourceRef, result: SheetResult, context: Context, bare: bool) -> None:
    """A row above the header: a title line (maybe naming the agency) or a blank row."""
    filled = has_value(row)
    result.skipped.append(Skipped(ref, SkipReason.TITLE if filled else SkipReason.BLANK, row_text(row)))
    if filled:
        result.titles.append(row_text(row))
        title_banner(row, context, bare)


def has_value(row: tuple[object, ...]) -> bool:
    """True when any cell of the row holds something."""
    for value in row:
        # only text can be blank: numbers, dates and booleans always print as something
        if value is not None and (not isinstance(value, str) or value.strip()):
            return True
    return False


def _classify(row: tuple[object, ...], columns: Columns, ref: SourceRef, result: SheetResult, context: Context) -> RowFields | None:
    """Item fields for an item row; None after recording a skipped row (and updating the context)."""
    if not has_value(row):
        skip_blank(result.skipped, ref)
        return None
    first = first_text(row)
    banner = banner_of(row, first)
    if banner:
        take_banner(banner, context)
        context.program = context.kegiatan = None
        context.banners, context.notes = True, False
        result.skipped.append(Skipped(ref, SkipReason.BANNER, row_text(row)))
        return None
    fields = row_fields(row, columns)
    reason = _skip_reason(row, fields, columns, first, ref, result, context)
    if reason is not None:
        result.skipped.append(Skipped(ref, reason, row_text(row)))
        return None
    return _with_agency(fields, row, columns, context, ref)


def _skip_reason(
    row: tuple[object, ...], fields: RowFields, columns: Columns, first: str, ref: SourceRef, result: SheetResult, context: Context
) -> SkipReason | None:
    """Why the row read as ``fields`` is no item row (the context updated, a recap or unreadable row warned of), else None."""
    if is_coded_agency_heading(fields):
        # SIMDA's unit code before an agency's name ('2.15.01 | DINAS PERHUBUNGAN'): no nomenclature item is named so
        context.agency, context.agency_code = " ".join(fields["name"].split()), ""
        context.program, context.kegiatan, context.notes = None, None, False
        return SkipReason.BANNER
    if context.recap and not _deep_code(fields):
        return SkipReason.RECAP
    context.recap = False
    if fields["code"] is not None and fields["name"][:1] in TOTAL_FIRST and names_a_total(fields["name"], fields["code"], context.names):
        # a subtotal repeating the code of the item it adds up ('1.03.02 | JUMLAH PROGRAM'), as a SUMIF by code needs
        return SkipReason.SUBTOTAL
    if not _item_coded(fields, columns) and (is_index_row(row) or is_repeated_header(row, columns.header)):
        return SkipReason.HEADER
    if fields["code"] is None:
        reason = _codeless_reason(row, columns, fields, first, context)
        context.notes = reason is SkipReason.NOTE and context.plan_seen
        if reason is SkipReason.BANNER and names_an_agency(fields["name"]):
            context.headings.add(_written_as(row, fields["name"]))
        if reason is SkipReason.RECAP:
            result.warnings.append(Finding(ref, say("classify.recap", text=repr(row_text(row)[:80]))))
        if reason is not None:
            return reason
    else:
        context.signing = context.notes = False
    if fields["shifted_name"]:
        _take_shifted_name(fields, context)
    nameless = not fields["name"] and fields["code"] is None and not fields["code_raw"] and columns.flat is None
    if fields["name"] or nameless and part_row(fields, context.last_budget, context.plan_seen):
        return None  # (a nameless row: a place or funding-source row of the item above, or its line, which body_rows.settle folds in)
    return _nameless_reason(row, fields, ref, result, context)


def _nameless_reason(row: tuple[object, ...], fields: RowFields, ref: SourceRef, result: SheetResult, context: Context) -> SkipReason:
    """Why a row without a name is skipped: an indicator's next line, a title again, an agency's title line, or unreadable (warned of)."""
    if _is_continuation(fields, context):
        return SkipReason.CONTINUATION
    text = row_text(row)
    if _repeats_a_title(text, result.titles):  # a print layout's title block again, over the next page or OPD
        return SkipReason.TITLE
    if lone_agency(row, text, context):  # the title line naming the next OPD's block
        return SkipReason.BANNER
    result.warnings.append(Finding(ref, say("classify.no_name", text=repr(text[:80]))))
    return SkipReason.UNREADABLE


def _with_agency(fields: RowFields, row: tuple[object, ...], columns: Columns, context: Context, ref: SourceRef) -> RowFields:
    """An item row's fields with its agency (and agency code) and its ref."""
    fields["agency_ctx"], fields["agency_code"], fields["ref"] = context.agency, fields["code_agency"] or context.agency_code, ref
    if fields["agency"][:1].isdigit():
        agency_cell_code(fields, columns.agency_split)
    if columns.agency_code:
        fields["agency_code"] = filled_text(row, columns.agency_code, columns.known_texts) or context.agency_code
    return fields


def _repeats_a_title(text: str, titles: list[str]) -> bool:
    """True when a row's text is one of the title lines above the sheet's header, as written but for case and spaces."""
    line = " ".join(text.casefold().split())
    return any(line == " ".join(title.casefold().split()) for title in titles)


def _deep_code(fields: RowFields) -> bool:
    """A program, kegiatan or sub kegiatan code: the plan goes on (a recap table has none)."""
    return fields["code"] is not None and len(fields["code"].segments) >= 3


def _is_continuation(fields: RowFields, context: Context) -> bool:
    """A row with only indicator, target, location or funding text (and at most the code of an item row above again,
    and no amount or that row's own): it continues the item above."""
    code, budget, key = fields["code"], fields["budget_raw"], _seen_key(fields, context)
    if key not in context.seen and not fields["agency"] and context.last_agency[1] == context.agency:
        key = context.last_agency[0], code  # (split code cells merged down: the item row's agency cell is not)
    if code is not None and (key not in context.seen or (budget is not None and budget != context.seen[key])):
        return False  # (the code of an item row read above, with no amount or that row's own again, is a repeat)
    if code is None and (fields["code_raw"] or (budget is not None and budget != context.last_budget)):
        return False
    return any(fields[role] for role in _CONTINUATION_ROLES)


def _seen_key(fields: RowFields, context: Context) -> tuple:
    """A row's code within its agency: kecamatan and agencies repeat the same codes on one sheet."""
    return fields["agency"] or context.agency, fields["code"]


def _take_shifted_name(fields: RowFields, context: Context) -> None:
    """A name read beside its empty cell is the row's name, and no longer its indicator or target; unless the row
    repeats the code of an item row above (its own or its parent's): then the text is that item's next indicator."""
    if _seen_key(fields, context) in context.seen:
        fields["name"], fields["shifted_name"] = "", False
        return
    for role in ("indicator", "target"):
        if fields[role] == fields["name"]:
            fields[role] = ""


def _item_coded(fields: RowFields, columns: Columns) -> bool:
    """A program, kegiatan or sub kegiatan code in the one code column: never a header copy or an index row."""
    # (most rows: the label and index tests would look at every cell of them)
    code = fields["code"]
    return code is not None and columns.single_code and len(code.segments) >= 3 and not fields["glued"]


def _codeless_reason(row: tuple[object, ...], columns: Columns, fields: RowFields, first: str, context: Context) -> SkipReason | None:
    """Why a row without a code is not an item (a total, page furniture, an agency row), else None."""
    if (fields["code_raw"] or fields["name"])[:1] in ACCOUNT_FIRST and is_account_row(fields["code_raw"], fields["name"]):
        return SkipReason.DETAIL
    if fields["code_raw"] and fields["budget_raw"] is None and _INDICATOR_KIND.match(fields["code_raw"]):
        return SkipReason.CONTINUATION  # 'Capaian Program | <indicator>': the label in the code column, the text beside it
    if columns.names_indicators and _is_indicator_row(fields, named=True):
        return SkipReason.CONTINUATION  # ('Program/Kegiatan/Sub Kegiatan dan Indikator Kinerja' over it: an indicator)
    if is_subtotal(row, columns.roles, fields["name"]):
        return SkipReason.SUBTOTAL
    if _is_page_furniture(fields, first, context):
        return SkipReason.TITLE
    agency_code = agency_row_code(fields)
    if agency_code:
        context.agency_code = agency_code
        # the name beside the code, or the banner's own text when the code cell holds both ('1.02.0.00.0.00.01.0000 DINAS ...')
        context.agency = without_code(fields["name"] or fields["code_raw"], agency_code) or context.agency
        return SkipReason.BANNER
    text = fields["name"] or fields["code_raw"] or first
    if _NOTE.match(text):
        return SkipReason.NOTE
    if context.plan_seen and not fields["location"] and _RECAP.match(text):
        context.recap = True
        return SkipReason.RECAP
    if _is_indicator_row(fields):
        return SkipReason.CONTINUATION
    if is_agency_name_row(fields, context) and context.plan_seen and _no_new_agency(fields, context):
        return None  # the wrapped rest of a name ('... Pendukung Gedung' / 'Kantor atau Bangunan Lainnya'), no agency's
    reason = agency_name_row(fields, context)
    if reason is None and context.notes and _note_line(fields, first):
        return SkipReason.NOTE  # a line of the note above ('1. Pagu indikatif dapat berubah ...')
    return reason


def _note_line(fields: RowFields, first: str) -> bool:
    """A numbered or marked line without amount or place that no item's name starts so: the next line of a note
    ('2. Sub kegiatan bertanda ...'); a codeless plan's next program or kegiatan row after a note in its midst is none."""
    return fields["budget_raw"] is None and not fields["location"] and _LIST_MARK.match(first) is not None \
        and _ITEM_START.match(fields["name"]) is None


def _no_new_agency(fields: RowFields, context: Context) -> bool:
    """True when a row named like an agency starts no agency's rows: the sheet names its agencies on banner lines, or
    the next coded row is a kegiatan or sub kegiatan of the program above (an agency's rows start with their program,
    urusan or bidang), or its agency cell names another agency."""
    if context.banners:
        return True
    following = _next_coded(context.rows, context.index, context.columns) if context.columns is not None else None
    if following is None:
        return False
    last, code = context.last_code, following["code"]
    if last is not None and len(last.segments) >= 3 and len(code.segments) >= 5 and code.segments[:3] == last.segments[:3]:
        return True
    return bool(following["agency"]) and not _same_agency(fields["name"] or fields["code_raw"], following["agency"])


def _same_agency(name: str, cell: str) -> bool:
    """True when an agency cell names the agency a row names (its words all in the cell, as written but for case)."""
    return set(name.casefold().split()) <= set(cell.casefold().split())


def _next_coded(rows: tuple[tuple[object, ...], ...], index: int, columns: Columns) -> RowFields | None:
    """The fields of the first coded row among the few below a row, else None."""
    for ahead in range(index + 1, min(len(rows), index + 1 + _LOOK_AHEAD)):
        fields = row_fields(rows[ahead], columns)
        if fields["code"] is not None:
            return fields
    return None


def _places_end(rows: tuple[tuple[object, ...], ...], index: int, columns: Columns, pending: list[tuple[int, RowFields]], headings: set) -> int:
    """The end of a run of rows from ``index`` each naming a place alone ('Kelurahan Sukun', 'Desa Sumberejo') that break
    the coded sub kegiatan right above them down by place (place_rows.breaks_down); else ``index``. A kecamatan or
    kelurahan there is no agency heading, unless the rows after it are that agency's (place_rows.heads_agency)."""
    if not pending or pending[-1][0] != index - 1 or (code := pending[-1][1]["code"]) is None or len(code.segments) != 6:
        return index
    run: list[RowFields] = []
    while index + len(run) < len(rows):
        row = rows[index + len(run)]
        if not _PLACE_START.match(filled_text(row, columns.name, columns.known_texts)):
            break
        fields = row_fields(row, columns)
        if bare_place(fields) is None:
            break
        run.append(fields)
    end = index + len(run)
    below = row_fields(rows[end], columns) if run and end < len(rows) else None
    if run and _heads_agency(rows, end, columns, pending[-1][1], run, headings):
        run, below, end = run[:-1], run[-1], end - 1
    return end if run and breaks_down(pending[-1][1], run, below, 1) else index


def _heads_agency(rows: tuple[tuple[object, ...], ...], end: int, columns: Columns, above: RowFields, run: list[RowFields], headings: set) -> bool:
    """True when the last row of a run of bare places (ending at ``end``) heads an agency, told by the next filled row."""
    after = next((at for at in range(end, len(rows)) if has_value(rows[at])), None)
    below = row_fields(rows[after], columns) if after is not None else None
    return heads_agency(above, run, below, _written_as(rows[end - 1], run[-1]["name"]) in headings)


def _written_as(row: tuple[object, ...], name: str) -> tuple:
    """How a row is written, to tell a heading written like the sheet's agency headings: its filled columns, and capitals."""
    return tuple(col for col, value in enumerate(row) if is_filled(value)), name.isupper()


def _is_indicator_row(fields: RowFields, named: bool = False) -> bool:
    """An indicator of the item above in the name column ('Keluaran : ...', '- Persentase ...' with its target, or any
    words with a target where the column's label ``named`` the indicators): no code, no budget."""
    name = fields["name"]
    if not name or fields["code_raw"] or fields["budget_raw"] is not None:
        return False
    if named or name.lstrip()[:1] in _BULLETS:
        # a bulleted name with a place is a codeless sub kegiatan; one with a target is an indicator
        return not fields["location"] and bool(fields["target"] or fields["indicator"])
    return _INDICATOR_LABEL.match(name) is not None


def skip_blank(skipped: list[Skipped], ref: SourceRef) -> None:
    """Record a blank row, extending the previous entry when it is the blank row just above."""
    last = skipped[-1] if skipped else None
    if last and last.reason is SkipReason.BLANK and last.ref.sheet == ref.sheet and last.ref.row + last.count == ref.row:
        skipped[-1] = Skipped(last.ref, SkipReason.BLANK, count=last.count + 1)
    else:
        skipped.append(Skipped(ref, SkipReason.BLANK))


def _is_page_furniture(fields: RowFields, first: str, context: Context) -> bool:
    """A page footer ('Halaman 3', 'Dicetak ...') or a line of the signing block under the table."""
    text, raw = fields["name"] or first, fields["budget_raw"]
    if _FOOTER.match(text):
        return True
    if raw is not None and not _words_in_budget(raw) and not _no_digits(raw):
        return False
    # a two-column signing block has its second column's lines in the budget column ('Mengetahui, | Sidoarjo, 20 Juni 2023')
    if _SIGNING.match(text) or (raw is not None and fields["name"] and _SIGNING.match(raw)):
        context.signing = True
    return context.signing


def _no_digits(raw: object) -> bool:
    """A text with no digit in the budget column: the signing block's '(............)' name line, no amount."""
    return isinstance(raw, str) and not has_digit(raw)


def _words_in_budget(raw: object) -> bool:
    """A budget cell holding words, not an amount: the signing block often sits in the budget column."""
    # (letters first: the cheap test, and a text amount without 'Rp' has none)
    return isinstance(raw, str) and any(char.isalpha() for char in raw) and parse_budget(raw)[0] is None

