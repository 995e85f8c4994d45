"""Turn RKPD workbooks and CSV files into Plans: items, skipped rows with reasons, warnings."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace

from . import identity
from .codes import join_split_code, leading_opd_code, opd_code, parse_code, split_glued
from .errors import EmptyWorkbookError, NoHeaderError
from .header import Header, find_header, is_index_row, is_repeated_header
from .models import Finding, Item, Kind, Level, Plan, SheetInfo, Skipped, SkipReason, SourceRef
from .sources import RawSheet, file_sha256, load_sheets
from .values import cell_text, parse_budget

_BANNER = re.compile(
    r"^\s*(?:sub\s+)?(?:unit\s+organisasi|organisasi|perangkat\s+daerah|skpd|opd|unit\s+kerja)\s*:\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_BANNER_LABEL = re.compile(r"^\s*(?:sub\s+)?(?:unit\s+organisasi|organisasi|perangkat\s+daerah|skpd|opd|unit\s+kerja)\s*:?\s*$", re.IGNORECASE)
_SUBTOTAL = re.compile(r"^\s*(sub\s*-?\s*total|total|jumlah|grand\s+total)\b", re.IGNORECASE)
_FOOTER = re.compile(r"^\s*(?:halaman|hal\.|page)\s*:?\s*\d|^\s*(?:dicetak|printed)\b|^\s*nip\.?\s*[:.]?\s*\d", re.IGNORECASE)
# the opening lines of a signing block: 'Malang, 12 Mei 2023', 'Mengetahui', 'KEPALA BAPPEDA ...'
_SIGNING = re.compile(
    r"^\s*[A-Za-z][A-Za-z .'\-]*,\s*\d{1,2}\s+[A-Za-z]+\s+(?:19|20)\d\d\s*$"
    r"|^\s*(?:mengetahui|menyetujui|disetujui|ditetapkan\s+di|kepala\s|pj\.?\s|plt\.?\s|bupati\b|wali\s*kota\b|gubernur\b)",
    re.IGNORECASE,
)
_NAME_KINDS = (
    (re.compile(r"^\s*(urusan\s+pemerintahan\s+bidang|bidang\s+urusan)\b", re.I), Kind.BIDANG),
    (re.compile(r"^\s*(urusan\b|unsur\s+(pendukung|penunjang|pengawas|kewilayahan|pemerintahan))", re.I), Kind.URUSAN),
    (re.compile(r"^\s*program\b", re.I), Kind.PROGRAM),
    (re.compile(r"^\s*sub\s*-?\s*kegiatan\s*[:\-]", re.I), Kind.SUB_KEGIATAN),
    (re.compile(r"^\s*kegiatan\s*[:\-]", re.I), Kind.KEGIATAN),
)


@dataclass
class _Context:
    """What the rows above say about the current row: agency and enclosing program/kegiatan."""

    agency: str = ""
    agency_code: str = ""
    program: Item | None = None
    kegiatan: Item | None = None
    signing: bool = False  # inside the signing block under the table


@dataclass
class _SheetResult:
    """Items, skipped rows and warnings of one sheet, plus the title lines above its header."""

    info: SheetInfo
    items: list[Item] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)


def read_plan(path: str, government: str | None = None, level: str | None = None, year: int | None = None) -> Plan:
    """Read one plan file; the optional arguments override what is detected."""
    file = os.path.basename(path)
    sheets = load_sheets(path)
    results = [_read_sheet(file, sheet, len(sheets) > 1) for sheet in sheets]
    _require_content(file, sheets, results)
    items = [item for result in results for item in result.items]
    warnings = [warning for result in results for warning in result.warnings]
    who = _identify(path, results, items, government, level, year)
    warnings.extend(_duplicate_warnings(items))
    skipped = [row for result in results for row in result.skipped]
    if who.level is None:
        warnings.append(Finding(SourceRef(file, "", 0), "level of government not found; assumed kabupaten (use --level)"))
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
        rows_read=len(items) + sum(row.count for row in skipped),
    )


def _require_content(file: str, sheets: list[RawSheet], results: list[_SheetResult]) -> None:
    """Raise when nothing in the file can be read as a plan."""
    filled = [sheet for sheet in sheets if any(any(v is not None for v in row) for row in sheet.rows)]
    if not filled:
        raise EmptyWorkbookError("no data: every sheet is empty", file=file)
    if all(sheet.hidden for sheet in filled):
        hidden = ", ".join(repr(sheet.name) for sheet in filled[:3])
        raise EmptyWorkbookError(f"no data in any visible sheet (hidden: {hidden}; unhide the plan's sheet)", file=file)
    if not any(result.info.header_rows for result in results):
        raise NoHeaderError(
            "no RKPD table header found in the first 30 rows of any sheet "
            "(expected columns such as Kode, Program/Kegiatan/Sub Kegiatan, Pagu)",
            file=file,
        )


def _identify(path: str, results: list[_SheetResult], items: list[Item], government, level, year) -> identity.Identity:
    """Command-line overrides, then title rows, then the file name, then the codes."""
    titles = [line for result in results for line in result.titles]
    override = identity.Identity(government or "", identity.parse_level(level), year)
    found = identity.merge(override, identity.from_titles(titles), identity.from_file_name(path))
    if found.level is None:
        found = replace(found, level=_level_from_codes(items))
    return found


def _level_from_codes(items: list[Item]) -> Level | None:
    """Provinsi when most kegiatan codes carry level digit 1, kabupaten when digit 2."""
    digits = [item.code.level_digit for item in items if item.code and item.code.level_digit in ("1", "2")]
    if not digits:
        return None
    return Level.PROVINSI if digits.count("1") > digits.count("2") else None


def _read_sheet(file: str, sheet: RawSheet, many_sheets: bool) -> _SheetResult:
    """Read one sheet; hidden or headerless sheets are noted, not fatal."""
    rows = sheet.rows
    if sheet.hidden:
        info = SheetInfo(sheet.name, len(rows), skipped_reason="hidden sheet")
        note = Finding(SourceRef(file, sheet.name, 0), f"sheet {sheet.name!r} is hidden: skipped ({len(rows)} rows)")
        skipped = [Skipped(SourceRef(file, sheet.name, 1), SkipReason.HIDDEN_SHEET, count=len(rows))] if rows else []
        return _SheetResult(info, skipped=skipped, warnings=[note])
    header = find_header(rows, sheet.merged)
    if header is None:
        return _headerless_sheet(file, sheet)
    result = _SheetResult(SheetInfo(sheet.name, len(rows), tuple(r + 1 for r in header.rows), header.mapping()))
    _read_rows(file, replace(sheet, rows=_spread_merged_down(rows, sheet.merged, header)), header, result, many_sheets)
    return result


#: columns whose cell merged down over several rows holds the value of each of them
_SPREAD_ROLES = frozenset({"agency", "location", "funding", "indicator", "target"})


def _spread_merged_down(rows: tuple[tuple[object, ...], ...], merged, header: Header) -> tuple[tuple[object, ...], ...]:
    """Copy the value of body cells merged down (an agency cell over its block) into every row they cover."""
    roles = _SPREAD_ROLES | ({"code"} if len(header.columns("code")) > 1 else set())
    spans = [(r1, c1, r2, c2) for (r1, c1), (r2, c2) in merged if r2 > r1 and r1 > header.last_row]
    spans = [span for span in spans if any(header.roles.get(col) in roles for col in range(span[1], span[3] + 1))]
    if not spans:
        return rows
    out = list(rows)
    for r1, c1, r2, _c2 in spans:
        value = out[r1][c1] if r1 < len(out) and c1 < len(out[r1]) else None
        for index in range(r1 + 1, min(r2, len(out) - 1) + 1):
            row = out[index]
            # blank separator rows inside the block stay blank
            if value is not None and _has_value(row) and (c1 >= len(row) or row[c1] is None):
                cells = list(row) + [None] * max(0, c1 + 1 - len(row))
                cells[c1] = value
                out[index] = tuple(cells)
    return tuple(out)


def _headerless_sheet(file: str, sheet: RawSheet) -> _SheetResult:
    """A visible sheet without a header: every row skipped, with one note when it holds data."""
    ref = lambda index: SourceRef(file, sheet.name, index + 1)  # noqa: E731
    skipped: list[Skipped] = []
    for i, row in enumerate(sheet.rows):
        if any(v is not None for v in row):
            skipped.append(Skipped(ref(i), SkipReason.NO_HEADER))
        else:
            _skip_blank(skipped, ref(i))
    warnings = []
    if any(s.reason is SkipReason.NO_HEADER for s in skipped):
        warnings.append(Finding(SourceRef(file, sheet.name, 0), f"sheet {sheet.name!r} has no RKPD header: skipped"))
    return _SheetResult(SheetInfo(sheet.name, len(sheet.rows), skipped_reason="no header"), skipped=skipped, warnings=warnings)


def _read_rows(file: str, sheet: RawSheet, header: Header, result: _SheetResult, many_sheets: bool) -> None:
    """Classify every row of a sheet with a header."""
    context = _Context(agency=sheet.name if many_sheets and not header.columns("agency") else "")
    pending: list[tuple[int, dict]] = []
    for index, row in enumerate(sheet.rows):
        ref = SourceRef(file, sheet.name, index + 1)
        if index < header.rows[0]:
            result.skipped.append(Skipped(ref, SkipReason.TITLE if _has_value(row) else SkipReason.BLANK, _row_text(row)))
            if _has_value(row):
                result.titles.append(_row_text(row))
                _title_banner(row, context)
            continue
        if index <= header.last_row:
            result.skipped.append(Skipped(ref, SkipReason.HEADER))
            continue
        fields = _classify(row, header, ref, result, context)
        if fields is not None:
            pending.append((index, fields))
    result.items.extend(_build_items(file, sheet.name, pending, result, header.scale))


def _title_banner(row: tuple[object, ...], context: _Context) -> None:
    """A title row naming the agency ('Unit Organisasi : ...', or split 'Perangkat Daerah | : | ...') sets it."""
    banner = _BANNER.match(_banner_text(row))
    if banner and _banner_agency(banner.group("rest")):
        context.agency_code = opd_code(banner.group("rest"))
        context.agency = _banner_agency(banner.group("rest"))


def _banner_text(row: tuple[object, ...]) -> str:
    """The text a banner would be in: the first text cell, or the whole row when that cell is only the label."""
    first = _first_text(row)
    return _row_text(row) if _BANNER_LABEL.match(first) else first


def _has_value(row: tuple[object, ...]) -> bool:
    """True when any cell of the row holds something."""
    return any(value is not None and str(value).strip() != "" for value in row)


def _row_text(row: tuple[object, ...]) -> str:
    """The row's cells joined as one line (for titles and notes)."""
    return " ".join(cell_text(value) for value in row if value is not None and cell_text(value))[:300]


def _classify(row: tuple[object, ...], header: Header, ref: SourceRef, result: _SheetResult, context: _Context) -> dict | None:
    """Item fields for an item row; None after recording a skipped row (and updating the context)."""
    if not _has_value(row):
        _skip_blank(result.skipped, ref)
        return None
    banner = _BANNER.match(_banner_text(row))
    if banner:
        context.agency_code = opd_code(banner.group("rest"))
        context.agency = _banner_agency(banner.group("rest"))
        context.program = context.kegiatan = None
        result.skipped.append(Skipped(ref, SkipReason.BANNER, _row_text(row)))
        return None
    if is_index_row(row) or is_repeated_header(row, header):
        result.skipped.append(Skipped(ref, SkipReason.HEADER, _row_text(row)))
        return None
    fields = _row_fields(row, header)
    if fields["code"] is None and _is_subtotal(row, header, fields["name"]):
        result.skipped.append(Skipped(ref, SkipReason.SUBTOTAL, _row_text(row)))
        return None
    if fields["code"] is None and _is_page_furniture(row, fields, context):
        result.skipped.append(Skipped(ref, SkipReason.TITLE, _row_text(row)))
        return None
    if fields["code"] is not None:
        context.signing = False
    agency_code = _agency_row_code(fields) if fields["code"] is None else ""
    if agency_code:
        context.agency_code = agency_code
        context.agency = " ".join(fields["name"].replace(context.agency_code, "", 1).split()) or context.agency
        result.skipped.append(Skipped(ref, SkipReason.BANNER, _row_text(row)))
        return None
    if not fields["name"]:
        text = _row_text(row)
        result.skipped.append(Skipped(ref, SkipReason.UNREADABLE, text))
        result.warnings.append(Finding(ref, f"row has no item name; skipped ({text[:80]!r})"))
        return None
    fields.update(agency_ctx=context.agency, agency_code=context.agency_code, ref=ref)
    return fields


def _skip_blank(skipped: list[Skipped], ref: SourceRef) -> None:
    """Record a blank row, extending the previous entry when it is the blank row just above."""
    last = skipped[-1] if skipped else None
    if last and last.reason is SkipReason.BLANK and last.ref.sheet == ref.sheet and last.ref.row + last.count == ref.row:
        skipped[-1] = Skipped(last.ref, SkipReason.BLANK, count=last.count + 1)
    else:
        skipped.append(Skipped(ref, SkipReason.BLANK))


def _first_text(row: tuple[object, ...]) -> str:
    """The first non-empty string cell of a row."""
    return next((value for value in row if isinstance(value, str) and value.strip()), "")


def _banner_agency(rest: str) -> str:
    """The agency name after the code in a banner: '1.02.0.00.0.00.01.0000 DINAS KESEHATAN'."""
    code = opd_code(rest)
    name = rest.replace(code, "", 1) if code else rest
    return " ".join(name.strip(" -:").split())


_LABEL_ROLES = frozenset({"code", "number", "name"})


def _is_subtotal(row: tuple[object, ...], header: Header, name: str) -> bool:
    """A TOTAL / Jumlah / Sub Total row: the label in a code, number or name column, or in an unlabelled
    column of a row without an item name (never in an indicator column: 'Jumlah dokumen')."""
    for col, value in enumerate(row):
        if isinstance(value, str) and len(value) < 80 and _SUBTOTAL.match(value):
            role = header.roles.get(col)
            if role in _LABEL_ROLES or (role is None and not name):
                return True
    return False


def _is_page_furniture(row: tuple[object, ...], fields: dict, context: _Context) -> bool:
    """A page footer ('Halaman 3', 'Dicetak ...') or a line of the signing block under the table."""
    text = fields["name"] or _first_text(row)
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


def _cell(row: tuple[object, ...], col: int) -> object:
    """The value at a column, None past the end of the row."""
    return row[col] if col < len(row) else None


def _first_filled(row: tuple[object, ...], cols: list[int]) -> tuple[object, int | None]:
    """The first non-empty value among some columns, with its column."""
    for col in cols:
        value = _cell(row, col)
        if value is not None and str(value).strip() != "":
            return value, col
    return None, None


def _row_fields(row: tuple[object, ...], header: Header) -> dict:
    """Raw field values of a row by column role."""
    name_value, name_col = _first_filled(row, header.columns("name"))
    code, code_raw = _row_code(row, header)
    name = name_value if isinstance(name_value, str) and name_value.strip() else ""
    if name and code is None:
        glued, rest = split_glued(name)
        if glued is not None:
            code, code_raw, name = glued, name[: name.find(rest)].strip(), rest
    text = lambda role: cell_text(_first_filled(row, header.columns(role))[0])  # noqa: E731
    return {
        "code": code,
        "code_raw": code_raw,
        "name": name,
        "hint": header.kind_hints.get(name_col) if name_col is not None else None,
        "indicator": text("indicator"),
        "target": text("target"),
        "location": text("location"),
        "budget_raw": _first_filled(row, header.columns("budget"))[0],
        "funding": text("funding"),
        "agency": text("agency"),
    }


def _row_code(row: tuple[object, ...], header: Header):
    """The code of a row from one code column or split code columns, with the text as written."""
    cols = header.columns("code")
    if not cols:
        return None, ""
    if len(cols) == 1:
        value = _cell(row, cols[0])
        if isinstance(value, str) and split_glued(value)[0] is not None and parse_code(value) is None:
            return None, ""
        return parse_code(value), cell_text(value)
    parts = [_cell(row, col) for col in cols[:6]]
    raw = ".".join(cell_text(part) for part in parts if part is not None)
    if not raw:
        return None, ""
    return join_split_code(parts[:6] if len(cols) > 5 else parts), raw


def _build_items(file: str, sheet: str, pending: list[tuple[int, dict]], result: _SheetResult, scale: int = 1) -> list[Item]:
    """Items from classified rows: kinds, codes checked, context (parents, agency) attached."""
    kinds = _decide_kinds([fields for _, fields in pending], result)
    context = _Context()
    items: list[Item] = []
    for (index, fields), kind in zip(pending, kinds):
        item = _make_item(fields, kind, context, result, scale)
        items.append(item)
        _advance_context(context, item)
    return items


def _decide_kinds(rows: list[dict], result: _SheetResult) -> list[Kind]:
    """Kind per row: from the code's depth, else the name, else the neighbouring rows."""
    kinds: list[Kind | None] = []
    for fields in rows:
        code = fields["code"]
        if code is not None and code.kind is None:
            result.warnings.append(Finding(fields["ref"], f"code {fields['code_raw']!r} has an unexpected depth; read without code", code=fields["code_raw"]))
            fields["code"] = None
        kinds.append(fields["code"].kind if fields["code"] is not None else _kind_from_name(fields))
    return [_resolve_kind(rows, kinds, position, result) for position in range(len(rows))]


def _kind_from_name(fields: dict) -> Kind | None:
    """Kind of a codeless row from its column or name; None when only context can tell."""
    if fields["hint"]:
        return Kind(fields["hint"])
    for pattern, kind in _NAME_KINDS:
        if pattern.match(fields["name"]):
            return kind
    return None


def _resolve_kind(rows: list[dict], kinds: list[Kind | None], position: int, result: _SheetResult) -> Kind:
    """A codeless kegiatan is followed by sub kegiatan rows and has no location of its own."""
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
    else:
        kind = Kind.SUB_KEGIATAN
    kinds[position] = kind
    label = "kegiatan" if kind is Kind.KEGIATAN else "sub kegiatan"
    result.warnings.append(Finding(fields["ref"], f"row has no code; read as {label} from its place in the table", name=fields["name"]))
    return kind


def _make_item(fields: dict, kind: Kind, context: _Context, result: _SheetResult, scale: int = 1) -> Item:
    """One Item from its fields and the rows above it."""
    budget, problem = parse_budget(fields["budget_raw"], scale)
    if problem:
        result.warnings.append(Finding(fields["ref"], problem, code=fields["code_raw"], name=fields["name"]))
    program = context.program if kind in (Kind.KEGIATAN, Kind.SUB_KEGIATAN) else None
    kegiatan = context.kegiatan if kind is Kind.SUB_KEGIATAN else None
    code = fields["code"]
    return Item(
        ref=fields["ref"],
        kind=kind,
        name=fields["name"],
        code=code,
        code_raw=fields["code_raw"],
        indicator=fields["indicator"],
        target=fields["target"],
        location=fields["location"],
        budget=budget,
        funding=fields["funding"],
        agency=fields["agency"] or fields["agency_ctx"],
        agency_code=fields["agency_code"],
        program_code=(code.text if kind is Kind.PROGRAM and code else program.code_text if program else ""),
        kegiatan_code=(code.text if kind is Kind.KEGIATAN and code else kegiatan.code_text if kegiatan else ""),
        program_name=(fields["name"] if kind is Kind.PROGRAM else program.name if program else ""),
        kegiatan_name=(fields["name"] if kind is Kind.KEGIATAN else kegiatan.name if kegiatan else ""),
        parent=(kegiatan.ref if kegiatan else program.ref if program else None),
    )


def _advance_context(context: _Context, item: Item) -> None:
    """Remember the latest program and kegiatan for the rows under them."""
    if item.kind in (Kind.URUSAN, Kind.BIDANG):
        context.program = context.kegiatan = None
    elif item.kind is Kind.PROGRAM:
        context.program, context.kegiatan = item, None
    elif item.kind is Kind.KEGIATAN:
        context.kegiatan = item


def _duplicate_warnings(items: list[Item]) -> list[Finding]:
    """The same code twice in one agency of one plan is reported on the repeated row."""
    seen: dict[tuple, Item] = {}
    warnings = []
    for item in items:
        if item.code is None or item.kind not in (Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN):
            continue
        key = (item.code.text, item.agency.lower())
        if key in seen:
            first = seen[key].ref
            warnings.append(Finding(item.ref, f"duplicate row: code {item.code.text} already on row {first.row} of sheet {first.sheet!r}", code=item.code.text, name=item.name))
        else:
            seen[key] = item
    return warnings
