"""Turn RKPD workbooks and CSV files into Plans: items, skipped rows with reasons, warnings."""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import replace

from . import identity
from .block_lines import lines_take_agency
from .body_rows import carry_agency, fold_repeats, place_budgets, settle
from .budget_checks import budget_warnings
from .cell_amounts import cell_place_budgets
from .classify import classify_rows, skip_blank
from .codes import URUSAN_NAME, number_bidang
from .compilations import compilation_parts
from .duplicates import mark_duplicates
from .errors import EmptyWorkbookError, NoHeaderError, NoItemsError
from .flat import build_items as build_flat_items
from .hidden_drafts import set_aside_drafts
from .header import HEADER_SCAN_ROWS, Header, find_header
from .messages import Count, say
from .models import (
    Code, Finding, Item, Kind, Level, Plan, SheetInfo, Skipped, SkipReason, SourceRef, build_frozen, item_row_count, skipped_row_count,
)
from .normalize import is_program_word, item_name_parts, without_list_marker
from .orphans import adopt_orphans
from .funding_parts import joined_funding_parts
from .merged_cells import merged_item_rows, names_merged_across, spread_merged_down
from .own_outputs import plan_sheets
from .home_provinces import current_name
from .plan_identity import identity_notes, identify_plan_owner
from .plan_parts import PAIRING
from .page_sheets import Carry, carry_of, continued_header, going_on, put_back, stays_open
from .relative_codes import expand_relative_codes
from .reparent import reparent_by_code
from .row_context import Context
from .row_fields import BULLET_FIRST, shown_name
from .row_record import RowFields
from .sheet_choice import choose_sheets, mark_sheet
from .sheet_result import OpenRow, SheetResult
from .sheet_warnings import error_warnings, far_cell_warnings, gathered_warnings, header_warnings, hidden_row_warnings, place_name_warnings, rounded_amount_warnings
from .sources import RawSheet, file_sha256
from .values import has_digit, parse_budget

_COMPARED_KINDS = (Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN)
_NAME_KINDS = (
    (re.compile(r"^\s*(urusan\s+pemerintahan\s+bidang|bidang\s+urusan|bidang(?=\s+\w)|kecamatan\s+administrasi\s*$)\b", re.I), Kind.BIDANG),
    (URUSAN_NAME, Kind.URUSAN),
    (re.compile(r"^\s*program\b", re.I), Kind.PROGRAM),
    (re.compile(r"^\s*sub\s*-?\s*kegiatan\s*[:\-]", re.I), Kind.SUB_KEGIATAN),
    (re.compile(r"^\s*kegiatan\s*[:\-]", re.I), Kind.KEGIATAN),
)


def read_plan(
    path: str, government: str | None = None, level: str | None = None, year: int | None = None, level_hint: str = "--level-of FILE=LEVEL"
) -> Plan:
    """Read one plan file; the optional arguments override what is detected (``level_hint``: how the caller gives a level).
    A plan with no item is refused, and so is a workbook of several kab/kota's plans (read_plans reads it)."""
    return read_plans(path, government, level, year, level_hint, split=False)[0]


def read_plans(
    path: str, government: str | None = None, level: str | None = None, year: int | None = None, level_hint: str = "--level-of FILE=LEVEL",
    require_items: bool = True, split: bool = True,
) -> list[Plan]:
    """The plan of a file, as read_plan reads it; of a workbook holding several kab/kota's plans, one sheet or more each
    (a compilation; compilations.py), each of them (``split``), with a note on each. ``require_items=False``: a plan
    with no item is read with a warning saying why, for inspect, instead of refused."""
    file = os.path.basename(path)
    sheets = plan_sheets(path)
    results = _read_sheets(file, sheets)
    _require_content(file, sheets, results)
    # (before copies are set aside: the plans of two kab/kota may hold the same rows)
    named_by_file = identity.from_file_name(path)
    province_file = Level.PROVINSI in (named_by_file.level, identity.parse_level(level))
    file_named = named_by_file.level in (Level.KABUPATEN, Level.KOTA)
    parts = [(None, results)] if government else compilation_parts(file, results, province_file, split, file_named)
    plans = []
    for owner, own in parts:
        # (a former name of the kab/kota a sheet names is read as the list's, as for a file of its own)
        named, level_of = (current_name(owner.government) or owner.government, owner.level.value) if owner is not None else (government, level)
        plan = _plan_of(path, file, own, named, level_of, year, level_hint, require_items)
        plans.append(_noted_part(plan, len(parts)) if owner is not None else plan)
    return plans


def _noted_part(plan: Plan, count: int) -> Plan:
    """A plan read from a workbook of ``count`` plans, with the note saying which sheets are its."""
    sheets = ", ".join(repr(sheet.name) for sheet in plan.sheets)
    note = Finding(SourceRef(plan.file, "", 0), say("readers.compilation_part", count=count, government=plan.label, sheets=sheets), kind=PAIRING)
    return replace(plan, warnings=(note, *plan.warnings))


def _plan_of(
    path: str, file: str, results: list[SheetResult], government: str | None, level: str | None, year: int | None, level_hint: str,
    require_items: bool,
) -> Plan:
    """The plan read from some sheets of a file (all of them, but for a compilation)."""
    results = choose_sheets(file, results, year or identity.from_file_name(path).year, identity.parse_level(level))
    items, moved = reparent_by_code(adopt_orphans([item for result in results for item in result.items]))
    skipped = [row for result in results for row in result.skipped]
    no_items = _no_items(items, skipped)
    if no_items is not None and require_items:
        raise NoItemsError(say("error.no_items", **no_items), file=file)
    warnings = gathered_warnings(file, results)
    if no_items is not None:
        warnings.insert(0, Finding(SourceRef(file, "", 0), say("readers.no_items", **no_items)))
    if moved:
        warnings.append(Finding(moved[0].ref, say("readers.reparented", count=Count(len(moved)), row=moved[0].ref.row)))
    titled = identity.from_titles([line for result in results for line in result.titles])
    sheets = [result.info.name for result in results if result.items]
    who = identify_plan_owner(path, titled, items, government, level, year, sheets)
    items, parts, notes = joined_funding_parts(items)
    skipped.extend(parts)
    items, repeats = mark_duplicates(items)
    warnings.extend(notes + repeats)
    warnings.extend(identity_notes(path, who, titled, bool(government), level_hint, sheets))
    return Plan(
        file=file,
        path=os.path.abspath(path),
        sha256=file_sha256(path),
        government=who.government or os.path.splitext(file)[0],
        level=who.level or Level.KABUPATEN,
        year=who.year,
        sheets=tuple(result.info for result in results),
        items=tuple(items),
        skipped=tuple(skipped),
        warnings=tuple(warnings),
        # a flat row can hold several items: rows are counted once whatever they hold
        rows_read=item_row_count(items) + skipped_row_count(skipped),
    )


def _require_content(file: str, sheets: list[RawSheet], results: list[SheetResult]) -> None:
    """Raise when nothing in the file can be read as a plan."""
    filled = [sheet for sheet in sheets if any(any(v is not None for v in row) for row in sheet.rows)]
    if not filled:
        raise EmptyWorkbookError(say("error.all_empty"), file=file)
    if all(sheet.hidden for sheet in filled):
        hidden = ", ".join(repr(sheet.name) for sheet in filled[:3])
        raise EmptyWorkbookError(say("error.all_hidden", hidden=hidden), file=file)
    if not any(result.info.header_rows for result in results):
        raise NoHeaderError(say("error.no_header", rows=HEADER_SCAN_ROWS), file=file)


def _no_items(items: list[Item], skipped: list[Skipped]) -> dict[str, object] | None:
    """None when a row is a program, kegiatan or sub kegiatan, else the fields of why not (rows skipped, the commonest
    reason): a plan with nothing to compare would read as 0% overlap, so compare and the others refuse it."""
    if any(item.kind in _COMPARED_KINDS for item in items):
        return None
    reasons: Counter[str] = Counter()
    for row in skipped:
        reasons[row.reason.value] += row.count
    reason, count = _telling_reason(reasons)
    return {"rows": Count(sum(reasons.values())), "skip_reason": reason, "count": Count(count)}


#: rows every table has: why its other rows were skipped says more
_FRAME_REASONS = (SkipReason.BLANK.value, SkipReason.TITLE.value, SkipReason.HEADER.value)


def _telling_reason(reasons: Counter[str]) -> tuple[str, int]:
    """The commonest reason rows were skipped, a table's blank, title and header rows only when there is no other."""
    body = Counter({reason: count for reason, count in reasons.items() if reason not in _FRAME_REASONS})
    frame = Counter({reason: count for reason, count in reasons.items() if reason != SkipReason.BLANK.value})
    return (body or frame or reasons or Counter({"blank": 0})).most_common(1)[0]


def _read_sheets(file: str, sheets: list[RawSheet]) -> list[SheetResult]:
    """Each sheet read; a sheet that is the next page of the table before it goes on with that table (page_sheets)."""
    results: list[SheetResult] = []
    carry: Carry | None = None
    for sheet in sheets:
        result, carry = _read_sheet(file, sheet, len(sheets) > 1, carry)
        if result.went_on is not None:
            put_back(results, result.went_on)
        results.append(result)
    return results


def _read_sheet(file: str, sheet: RawSheet, many_sheets: bool, carry: Carry | None = None) -> tuple[SheetResult, Carry | None]:
    """Read one sheet, and what it hands on to a next page; hidden or headerless sheets are noted, not fatal."""
    rows = sheet.rows
    if sheet.hidden:
        info = SheetInfo(sheet.name, len(rows), skipped_reason="hidden sheet")
        note = Finding(SourceRef(file, sheet.name, 0), say("readers.hidden_sheet", sheet=repr(sheet.name), rows=len(rows)))
        skipped = [Skipped(SourceRef(file, sheet.name, 1), SkipReason.HIDDEN_SHEET, count=len(rows))] if rows else []
        return SheetResult(info, skipped=skipped, warnings=[note]), None
    header, start, borrowed = _sheet_header(file, sheet, carry)
    if header is None:
        return _headerless_sheet(file, sheet), None
    result = SheetResult(SheetInfo(sheet.name, len(rows), tuple(r + 1 for r in header.rows if r >= 0), header.mapping(), header_from=borrowed))
    if borrowed:
        result.warnings.append(Finding(SourceRef(file, sheet.name, 0), say("readers.continued_sheet", sheet=repr(sheet.name), first=repr(borrowed))))
    spread = names_merged_across(spread_merged_down(rows, sheet.merged, header), sheet.merged, header)
    body, merged_into = merged_item_rows(rows, spread, sheet.merged, header)
    above = start.last.fields if start is not None and start.last is not None and header.flat is None else None
    pending = classify_rows(file, sheet.name, body, header, result, many_sheets, start.agency if start else None, above)
    header = header.with_note_scale([(row.ref.row, row.text) for row in result.skipped if row.reason is SkipReason.NOTE])
    result.info = replace(result.info, columns=header.mapping(), scale=header.scale)  # (a note under the table may state the unit)
    if header.flat is not None:
        result.items.extend(build_flat_items(fold_repeats(pending, result), result, _item_maker(result, header.scale), start))
    else:
        result.items.extend(_build_items(pending, result, header.scale, merged_into, start, bool(header.columns("code"))))
    if not result.items and _recap_by_agency(header):
        return _recap_sheet(file, sheet, header, result), None
    set_aside_drafts(file, sheet.name, sheet.marks.hidden_rows, result)
    mark_sheet(result, rows, header.roles, header.labels, many_sheets)
    result.warnings.extend(header_warnings(SourceRef(file, sheet.name, header.rows[0] + 1), header, bool(result.items)))
    result.warnings.extend(far_cell_warnings(file, sheet) + error_warnings(file, sheet, header, result.items))
    result.warnings.extend(hidden_row_warnings(file, sheet.name, sheet.marks.hidden_rows, result.items, sheet.marks.filtered))
    result.warnings.extend(place_name_warnings(result.places_in_names))
    result.warnings.extend(budget_warnings(file, sheet.name, header, result.items, sheet.marks))
    result.warnings.extend(rounded_amount_warnings(file, sheet, header, result.items))
    return result, carry_of(sheet.name, borrowed or sheet.name, header, result.agency_at_end, result.items, start, result.open_row)


def _sheet_header(file: str, sheet: RawSheet, carry: Carry | None) -> tuple[Header | None, Carry | None, str]:
    """The sheet's header, what it goes on with from the sheet before (page_sheets) and the sheet whose header it
    borrows ('' for its own): a sheet without a header of its own may be the next page of the table before it."""
    header = find_header(sheet.rows, sheet.merged, identity.from_file_name(file).year, sheet.marks.hidden_columns)
    start = going_on(carry, sheet.name, sheet.rows, header) if carry is not None else None
    if header is not None or start is None:
        return header, start, ""
    return continued_header(start.header), start, start.header_sheet


def _item_maker(result: SheetResult, scale: int):
    """The item builder a flat sheet uses: fields, kind, program and kegiatan to an Item."""
    return lambda fields, kind, program, kegiatan: _make_item(fields, kind, Context(program=program, kegiatan=kegiatan), result, scale)


def _headerless_sheet(file: str, sheet: RawSheet) -> SheetResult:
    """A visible sheet without a header: every row skipped, with one note when it holds data."""
    ref = lambda index: SourceRef(file, sheet.name, index + 1)  # noqa: E731
    skipped: list[Skipped] = []
    for i, row in enumerate(sheet.rows):
        if any(v is not None for v in row):
            skipped.append(Skipped(ref(i), SkipReason.NO_HEADER))
        else:
            skip_blank(skipped, ref(i))
    warnings = []
    if any(s.reason is SkipReason.NO_HEADER for s in skipped):
        warnings.append(Finding(SourceRef(file, sheet.name, 0), say("readers.no_header", sheet=repr(sheet.name))))
    return SheetResult(SheetInfo(sheet.name, len(sheet.rows), skipped_reason="no header"), skipped=skipped, warnings=warnings)


def _recap_by_agency(header: Header) -> bool:
    """A header of agencies and their counts or amounts, with no item-name column: a recap by agency, not a plan."""
    roles = set(header.roles.values())
    return bool(roles & {"agency", "agency_code"}) and bool(roles & {"count", "budget"}) and not any(role.startswith("name") for role in roles)


def _recap_sheet(file: str, sheet: RawSheet, header: Header, result: SheetResult) -> SheetResult:
    """A recap by agency that made no item: all its rows skipped at once, with one note instead of a warning a row."""
    info = SheetInfo(sheet.name, len(sheet.rows), result.info.header_rows, result.info.columns, skipped_reason="recap")
    skipped = [Skipped(SourceRef(file, sheet.name, 1), SkipReason.RECAP, count=len(sheet.rows))] if sheet.rows else []
    note = Finding(SourceRef(file, sheet.name, 0), say("readers.recap_sheet", sheet=repr(sheet.name), rows=len(sheet.rows)))
    return SheetResult(info, skipped=skipped, warnings=[note], titles=result.titles)


def _build_items(
    pending: list[tuple[int, RowFields]], result: SheetResult, scale: int = 1, merged_into: dict[int, int] | None = None, start: Carry | None = None,
    coded: bool = True,
) -> list[Item]:
    """Items from classified rows: kinds, codes checked, context (parents, agency) attached; the program and kegiatan
    left open by the page before (``start``) are the first rows' parents, and the item row it ends on takes the first
    rows going on with it (the rebuilt item is ``result.went_on``); ``coded``: the sheet has a code column."""
    last = start.last if start is not None else None
    above = pending[0] if last is not None and pending and pending[0][1] is last.fields else None
    before = dict(above[1]) if above is not None else None
    pending = settle(pending, result, scale, merged_into or {}, _kind_from_name, above[1] if above else None)
    lines_take_agency([fields for _, fields in pending])
    if above is not None and above[1] != before:
        start = _go_on(start, before, result, scale)
    kinds = _decide_kinds([fields for _, fields in pending], result, coded)
    context = Context(program=start.program, kegiatan=start.kegiatan) if start is not None else Context()
    items: list[Item] = []
    carried: tuple[str, str] | None = None  # the agency cell of the program (or kegiatan) above, with its banner agency
    for (index, fields), kind in zip(pending, kinds):
        carried = carry_agency(fields, kind, carried)
        parents = context.program, context.kegiatan
        item = _make_item(fields, kind, context, result, scale)
        items.append(item)
        _advance_context(context, item)
    if items:
        result.open_row = OpenRow(pending[-1][1], items[-1], *parents) if stays_open(pending[-1][0], result.skipped) else None
    elif above is not None:
        result.open_row = start.last if stays_open(above[0], result.skipped) else None
    return items


def _go_on(start: Carry, before: RowFields, result: SheetResult, scale: int) -> Carry:
    """What a sheet goes on with once its first rows were read into the item row the page before ends on (``before``:
    that row's fields as its page read them): the item rebuilt (``result.went_on``), and so the open program or
    kegiatan when it is one."""
    last = start.last
    told = SheetResult(result.info)
    item = _make_item(last.fields, last.item.kind, Context(program=last.program, kegiatan=last.kegiatan), told, scale)
    # (what its own page told of it is not told again: only an amount or a place in its name that this sheet added)
    if last.fields["budget_raw"] != before["budget_raw"]:
        result.warnings.extend(told.warnings)
    if not item_name_parts(before["name"]).place:
        result.places_in_names.extend(told.places_in_names)
    result.went_on = item
    program, kegiatan = (item if parent is not None and parent.ref == item.ref else parent for parent in (start.program, start.kegiatan))
    return replace(start, program=program, kegiatan=kegiatan, last=replace(last, item=item))


def _decide_kinds(rows: list[RowFields], result: SheetResult, coded: bool = True) -> list[Kind]:
    """Kind per row: from the code's depth, else the name, else the neighbouring rows (one note for a sheet without a code
    column, a warning a row for the gaps of one)."""
    expand_relative_codes(rows, result, _kind_from_name)
    kinds: list[Kind | None] = []
    for fields in rows:
        code = fields["code"]
        kind = code.kind if code is not None else None
        if code is not None and kind is None:
            result.warnings.append(Finding(fields["ref"], say("readers.odd_depth", code=repr(fields["code_raw"])), code=fields["code_raw"]))
            fields["code"] = None
        if kind is not None and fields["label"] and fields["label"] != kind.value:
            _note_label_not_code(fields, kind, result)
        kind = kind if kind is not None else _kind_from_name(fields)
        if kind is Kind.BIDANG and fields["code"] is None and fields["code_raw"]:
            # '2.1' on a row named as a bidang: a CSV keeps what Excel showed of the number 2.10, as a workbook keeps the number
            fields["code"] = number_bidang(fields["code_raw"])
        if kind is not None and fields["code"] is None and fields["code_raw"]:
            message = say("readers.invalid_code", code=repr(fields["code_raw"]))
            result.warnings.append(Finding(fields["ref"], message, code=fields["code_raw"], name=fields["name"]))
        kinds.append(kind)
    placed: list[RowFields] | None = None if coded else []
    decided = [kinds[position] if kinds[position] is not None else _resolve_kind(rows, kinds, position, result, placed) for position in range(len(rows))]
    if placed:
        first = placed[0]["ref"]
        result.warnings.append(Finding(first, say("readers.no_code_column", count=Count(len(placed)), row=first.row)))
    return decided


def _note_label_not_code(fields: RowFields, kind: Kind, result: SheetResult) -> None:
    """Warn of a row labelled as one kind ('Program : 1.03.02.2.02 ...') whose code is of another: the code decides."""
    label, read = fields["label"].replace("_", " "), kind.value.replace("_", " ")
    message = say("readers.label_not_code", label=label, code=fields["code"].text, kind=read)
    result.warnings.append(Finding(fields["ref"], message, code=fields["code_raw"], name=fields["name"]))


def _kind_from_name(fields: RowFields) -> Kind | None:
    """Kind of a codeless row from its column or name; None when only context can tell."""
    if fields["hint"]:
        return Kind(fields["hint"])
    name = without_list_marker(fields["name"])
    for pattern, kind in _NAME_KINDS:
        if pattern.match(name):
            return kind
    return Kind.PROGRAM if _mistyped_program(name) else None


def _mistyped_program(name: str) -> bool:
    """A name led by 'PROGRAM' mistyped ('Progrm Pengembangan ...', 'PORGRAM ...'): a program, as typed in full."""
    first = name.lstrip()[:9].split(" ", 1)[0].lower()
    # (one cheap test for the common row: a mistyped 'program' still starts with 'p')
    return first[:1] == "p" and len(first) <= 8 and first != "program" and is_program_word(first)


def _resolve_kind(rows: list[RowFields], kinds: list[Kind | None], position: int, result: SheetResult, placed: list[RowFields] | None = None) -> Kind:
    """A codeless kegiatan is followed by sub kegiatan rows and has no location of its own; a row without a code is
    gathered in ``placed`` when given (a sheet without a code column: one note for all), else warned about."""
    kind = kinds[position]
    if kind is not None:
        return kind
    fields = rows[position]
    following = kinds[position + 1] if position + 1 < len(kinds) else None
    next_fields = rows[position + 1] if position + 1 < len(rows) else None
    if fields["location"]:
        kind = Kind.SUB_KEGIATAN
    elif following is Kind.SUB_KEGIATAN or (following is None and next_fields is not None and next_fields["location"]):
        kind = Kind.KEGIATAN
    elif position > 0 and kinds[position - 1] is Kind.PROGRAM:
        kind = Kind.KEGIATAN
    elif following is None and (position == 0 or kinds[position - 1] is not Kind.KEGIATAN) and _heads_located(rows, kinds, position):
        # a row over a codeless kegiatan is its program, whatever its name ('Peningkatan Kesehatan Masyarakat' typed without
        # 'Program'); only where locations and the parents' summed budgets tell the levels apart, and not right under a
        # kegiatan, whose sub kegiatan it may be
        kind = Kind.PROGRAM
    else:
        kind = Kind.SUB_KEGIATAN
    kinds[position] = kind
    label = kind.value.replace("_", " ")
    # a code that is there but invalid ('1,02,x', a 5-digit number) is told as such, not as a missing code
    if fields["code_raw"]:
        message = say("readers.invalid_code_placed", code=repr(fields["code_raw"]), label=label)
    elif placed is not None:
        placed.append(fields)
        return kind
    else:
        message = say("readers.no_code", label=label)
    result.warnings.append(Finding(fields["ref"], message, code=fields["code_raw"], name=fields["name"]))
    return kind


def _heads_located(rows: list[RowFields], kinds: list[Kind | None], position: int) -> bool:
    """True when the unlocated row at position heads an unlocated codeless row that heads a located one, each
    budget at least the next (a parent repeats its children's sum): a program over its kegiatan and sub kegiatan.

    Sub kegiatan rows that name no place ('Rehabilitasi Jalan Desa Pandanrejo' 200 over 'Pemeliharaan ...' 300)
    fail the budgets, and stay sub kegiatan.
    """
    if position + 2 >= len(rows) or rows[position + 1]["location"] or kinds[position + 1] is not None:
        return False
    if kinds[position + 2] not in (None, Kind.SUB_KEGIATAN) or not rows[position + 2]["location"]:
        return False
    amounts = [parse_budget(rows[at]["budget_raw"])[0] for at in range(position, position + 3)]
    return all(amount is not None and amount > 0 for amount in amounts) and amounts[0] >= amounts[1] >= amounts[2]


def _make_item(fields: RowFields, kind: Kind, context: Context, result: SheetResult, scale: int = 1) -> Item:
    """One Item from its fields and the rows above it."""
    budget, problem = parse_budget(fields["budget_raw"], scale)
    if problem:
        result.warnings.append(Finding(fields["ref"], problem, code=fields["code_raw"], name=fields["name"]))
    code, name, location = fields["code"], fields["name"], fields["location"] or (fields["spread_places"] if kind is Kind.SUB_KEGIATAN else "")
    if name[:1] in BULLET_FIRST or name[-1:] in "*)":
        name = shown_name(name)
    place = item_name_parts(name).place if name and (kind is Kind.SUB_KEGIATAN or kind is Kind.KEGIATAN) else ""
    if place:
        location = _place_from_name(fields, place, result)
    program_code, kegiatan_code, program_name, kegiatan_name, parent = _lineage(kind, code, name, context)
    return build_frozen(Item, {
        "ref": fields["ref"],
        "kind": kind,
        "name": name,
        "code": code,
        "code_raw": fields["code_raw"],
        "indicator": fields["indicator"],
        "target": fields["target"],
        "location": location,
        "budget": budget,
        "funding": fields["funding"],
        "agency": fields["agency"] or fields["agency_ctx"],
        "agency_code": fields["agency_code"],
        "program_code": program_code,
        "kegiatan_code": kegiatan_code,
        "program_name": program_name,
        "kegiatan_name": kegiatan_name,
        "parent": parent,
        "official": None,
        "place_budgets": _place_budgets(fields, budget, scale, result) if kind is Kind.SUB_KEGIATAN else (),
        "repeat_of": None,
        "listed_kegiatan": "",
    })  # fmt: skip


def _lineage(kind: Kind, code: Code | None, name: str, context: Context) -> tuple[str, str, str, str, SourceRef | None]:
    """(program code, kegiatan code, program name, kegiatan name, parent): an item's own at its level, above it the context's."""
    if kind is Kind.PROGRAM:
        return (code.text if code else ""), "", name, "", None
    program = context.program if kind is Kind.KEGIATAN or kind is Kind.SUB_KEGIATAN else None
    program_code, program_name, parent = (program.program_code, program.program_name, program.ref) if program else ("", "", None)
    if kind is Kind.KEGIATAN:
        return program_code, (code.text if code else ""), program_name, name, parent
    if kind is Kind.SUB_KEGIATAN and (kegiatan := context.kegiatan):
        return program_code, kegiatan.kegiatan_code, program_name, kegiatan.kegiatan_name, kegiatan.ref
    return program_code, "", program_name, "", parent


def _place_budgets(fields: RowFields, budget: int | None, scale: int, result: SheetResult) -> tuple[tuple[str, int], ...]:
    """A sub kegiatan's amount per place: from the place rows folded into it, or else from its location cell."""
    found = place_budgets(fields, budget, scale) if fields.get("place_parts") else ()
    if found or not fields["location"] or not has_digit(fields["location"]):
        return found  # (most sub kegiatan: no place rows, no amount in the location cell)
    found, problem = cell_place_budgets(fields["location"], budget, scale)
    if problem:
        result.warnings.append(Finding(fields["ref"], problem, code=fields["code_raw"], name=fields["name"]))
    return found


def _place_from_name(fields: RowFields, place: str, result: SheetResult) -> str:
    """The location of a row whose name ends in a place ('... di Desa Sumberejo'): the place joins it, so the row counts
    where it is (matching reads the name without it: normalize.item_name_parts)."""
    result.places_in_names.append((fields["ref"], fields["name"]))
    location = fields["location"]
    if place.casefold() in location.casefold():
        return location
    return f"{location}, {place}" if location else place


def _advance_context(context: Context, item: Item) -> None:
    """Remember the latest program and kegiatan for the rows under them."""
    kind = item.kind
    if kind is Kind.SUB_KEGIATAN:
        return
    if kind is Kind.PROGRAM:
        context.program, context.kegiatan = item, None
    elif kind is Kind.KEGIATAN:
        context.kegiatan = item
    else:
        context.program = context.kegiatan = None
