"""Which sheets of a workbook are the plan: lookup lists, copies, other years and earlier drafts are set aside.

A workbook often holds more than the plan: a list of the nomenclature's codes and names for lookups, the whole
plan and a copy per OPD (lampiran per perangkat daerah), last year's RKPD beside this year's, the Rancangan Awal
beside the Rancangan Akhir. Reading every sheet counts each item twice, or items nobody plans. A reviewer reads
one plan: the sheets of the plan's year, the latest draft, and each row once. Sheets that together form the plan
(one per OPD, each with its own rows) are all read. A copy edited by hand (a row of its
own, another amount) is still set aside, as the two cannot tell which is newer, but each difference is named in a
warning on it: nothing it holds is lost silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import identity, stages
from .sheet_result import SheetResult
from .messages import Count, Rupiah, joined, say
from .models import LINKED_KINDS, Finding, Item, Kind, Level, SheetInfo, Skipped, SkipReason, SourceRef
from .proposal_sheets import proposal_sheets, proposal_words
from .sheet_owner import other_government_sheets
from .sheet_warnings import named_sheets
from .stages import stage_of
from .values import is_amount

#: the kinds above the plan's linked ones: a recap of them alone is told by them
_PARENT_KINDS = frozenset({Kind.URUSAN, Kind.BIDANG})
#: a sheet is a copy or a version of another when this share of its rows is found there
REPEATED_SHARE = 0.8
#: fewer rows than this say too little about a sheet to set it aside
MIN_ROWS = 3
#: the rows a warning on a copy names (how many more it has is said)
SHOWN_ROWS = 3
#: columns only a plan's rows have: a sheet of codes and names alone beside them is a list, not the plan
_PLAN_ROLES = frozenset({"budget", "location", "agency"})
#: the columns a list of the nomenclature has: codes, names, and the official performance texts beside them
_LIST_ROLES = frozenset({"code", "name", "number", "indicator", "target"})
#: a title naming the plan without a draft stage: the adopted plan
_PLAN_TITLE = re.compile(r"\brkpd\b|\brenja\b|rencana\s+kerja|tahun\s+anggaran", re.I)
_YEAR_IN_NAME = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
#: a title line that is the plan's year alone ('TAHUN 2024' under 'RENCANA KERJA PEMERINTAH DAERAH' and the government)
_YEAR_LINE = re.compile(r"^\W*(?:tahun|th\.?|ta\.?)\s*(?:anggaran\s*)?20\d\d\W*$", re.I)

#: why a sheet of another year than the plan's was set aside, as its SheetInfo tells it
OTHER_YEAR = "another year"
#: why a sheet was set aside, as its SheetInfo tells it (inspection.py has them in Indonesian)
_SHEET_REASONS = {
    "readers.sheet_other_year": OTHER_YEAR,
    "readers.sheet_copy": "copy of another sheet",
    "readers.sheet_earlier_draft": "earlier draft",
    "readers.sheet_version": "other version",
    "readers.sheet_reference_list": "list of codes and names",
    "readers.sheet_other_government": "another government's plan",
    "readers.sheet_proposals": "proposals, not the plan",
}
#: the placeholder of the warning that takes what a set-aside sheet is checked against (else 'other': the sheet kept instead)
_PARAMETERS = {"readers.sheet_other_year": "year", "readers.sheet_other_government": "why", "readers.sheet_proposals": "words"}

Row = tuple[tuple, str, int | None]  # (code segments or name, agency the row states or '', budget)
Read = dict[tuple, list[tuple[str, int | None, str]]]  # the rows of the sheets kept: key -> (agency, budget, sheet name)


@dataclass
class _Sheet:
    """What the choice needs to know about one read sheet."""

    index: int
    result: SheetResult
    year: int | None
    stage: int | None
    rows: list[Row]
    subs: int  # sub kegiatan rows: a detail sheet is read before a summary of its programs
    parents: list[Row]  # its urusan and bidang rows, which a recap of them beside the detail repeats
    found: dict[tuple, list[tuple[str, int | None]]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The sheet's name."""
        return self.result.info.name


def choose_sheets(file: str, results: list[SheetResult], plan_year: int | None = None, level: Level | None = None) -> list[SheetResult]:
    """The results with every sheet that is not the plan set aside, and one warning per reason (``plan_year``: given, or the file
    name's; ``level``: given)."""
    if sum(1 for result in results if result.items) < 2:
        proposal_sheets(file, [(index, result) for index, result in enumerate(results) if result.items])
        return results
    sheets = [_describe(index, result) for index, result in enumerate(results) if result.items]
    aside: dict[int, tuple[str, str]] = {}  # sheet index -> (message key, the sheet kept instead or the plan year)
    _reference_lists(sheets, aside)
    aside.update(proposal_sheets(file, [(sheet.index, sheet.result) for sheet in sheets if sheet.index not in aside]))
    aside.update(other_government_sheets(file, [(sheet.index, sheet.result) for sheet in sheets if sheet.index not in aside], level))
    _other_years([sheet for sheet in sheets if sheet.index not in aside], plan_year, aside)
    read = _repeats([sheet for sheet in sheets if sheet.index not in aside], aside, plan_year)
    _pages_follow(sheets, aside)
    if not aside:
        return results
    out = [_set_aside(file, result, _SHEET_REASONS[aside[index][0]]) if index in aside else result for index, result in enumerate(results)]
    differing = set()
    for sheet in sheets:
        if aside.get(sheet.index, ("",))[0] == "readers.sheet_copy" and (found := _differences(file, sheet, read)):
            out[sheet.index].warnings.extend(found)
            differing.add(sheet.index)
    out[min(aside)].warnings.extend(_warnings(file, results, aside, differing))
    return out


def _pages_follow(sheets: list[_Sheet], aside: dict[int, tuple[str, str]]) -> None:
    """A sheet read as the next page of another's table (page_sheets) is set aside with it, for the same reason: it
    has no title of its own to tell its year or draft."""
    index_of = {sheet.name: sheet.index for sheet in sheets}
    for sheet in sheets:
        first = index_of.get(sheet.result.info.header_from)
        if first in aside and sheet.index not in aside:
            aside[sheet.index] = aside[first]


def _describe(index: int, result: SheetResult) -> _Sheet:
    """A sheet's year, draft stage and rows (code or name, stated agency, budget)."""
    name = result.info.name
    # only a line naming the plan or its year alone dates it: a print date or a regulation's year in another title line does not
    year = identity.from_titles([line for line in result.titles if _PLAN_TITLE.search(line) or _YEAR_LINE.match(line)]).year
    if year is None:
        years = set(_YEAR_IN_NAME.findall(name))
        year = int(years.pop()) if len(years) == 1 else None
    rows = [(_key(item), stated_agency(item), item.budget) for item in result.items if item.kind in LINKED_KINDS]
    parents = [(_key(item), stated_agency(item), item.budget) for item in result.items if item.kind in _PARENT_KINDS]
    subs = sum(1 for item in result.items if item.kind is Kind.SUB_KEGIATAN)
    # a recap of urusan and bidang alone (Kode | Bidang Urusan | Pagu) is told by those rows, found in the detail sheets
    return _Sheet(index, result, year, _stage([*result.titles, name]), rows or parents, subs, [] if not rows else parents)


def _key(item) -> tuple:
    """What identifies a row across sheets: its code, else its name."""
    return item.code.segments if item.code is not None else ("", " ".join(item.name.casefold().split()))


def stated_agency(item: Item) -> str:
    """The agency the row states ('' when it only has the sheet's name)."""
    if not item.agency or item.agency == item.ref.sheet:
        return ""
    return " ".join(item.agency.casefold().split())


def _stage(texts: list[str]) -> int | None:
    """The stage the titles or sheet name state (stages.py); FINAL (adopted) for a plan title without one; None when
    unknown."""
    text = " ".join(texts)
    stage = stage_of(text)
    return stage if stage is not None else stages.FINAL if _PLAN_TITLE.search(text) else None


def _reference_lists(sheets: list[_Sheet], aside: dict[int, tuple[str, str]]) -> None:
    """Set aside the lists of codes and names (for lookups or drop-downs, lists_codes_and_names) beside sheets with a
    plan's columns."""
    planned = [sheet for sheet in sheets if _PLAN_ROLES & {role for role, _ in sheet.result.info.columns}]
    if not planned:
        return
    for sheet in sheets:
        if sheet.result.codes_and_names:
            aside[sheet.index] = ("readers.sheet_reference_list", repr(planned[0].name))


def mark_sheet(result: SheetResult, rows: tuple[tuple[object, ...], ...], roles: dict[int, str], labels: dict[int, str], many_sheets: bool) -> None:
    """Note on a read sheet what it may be instead of the plan: a list of codes and names, or of proposals."""
    result.codes_and_names = many_sheets and lists_codes_and_names(rows, roles, result.items)
    result.proposals = proposal_words(result.info.name, result.titles, list(labels.values())) if result.items else ()


def lists_codes_and_names(rows: tuple[tuple[object, ...], ...], roles: dict[int, str], items: list[Item]) -> bool:
    """True for a sheet with no budget, location or agency column and no amount on its item rows outside its code
    and name columns: a list of the nomenclature, maybe with its indicator texts, not a plan."""
    if _PLAN_ROLES & set(roles.values()) or not items:
        return False
    kept = {col for col, role in roles.items() if role in _LIST_ROLES or role.startswith(("code_", "name_"))}
    for row in {item.ref.row - 1 for item in items}:
        if any(col not in kept and is_amount(value) for col, value in enumerate(rows[row])):
            return False
    return True


def _other_years(sheets: list[_Sheet], plan_year: int | None, aside: dict[int, tuple[str, str]]) -> None:
    """Set aside the sheets titled with another year, when the sheets name several."""
    years = {sheet.year for sheet in sheets if sheet.year is not None}
    if len(years) < 2:
        return
    if plan_year is not None and plan_year not in years:
        return  # no sheet is of the year given (or in the file name): nothing says which is the plan
    # else the latest: last year's plan sits beside the new one, not the other way round
    target = plan_year if plan_year is not None else max(years)
    current = {_across_years(row[0]) for sheet in sheets if sheet.year == target for row in sheet.rows}
    for sheet in sheets:
        # another year's plan repeats most of this year's items; one agency's sheet under a title left from last
        # year's template repeats none of the other agencies' rows, and is read
        shared = sum(1 for row in sheet.rows if _across_years(row[0]) in current)
        if sheet.year is not None and sheet.year != target and shared * 2 >= len(sheet.rows):
            aside[sheet.index] = ("readers.sheet_other_year", str(target))


def _across_years(key: tuple) -> tuple:
    """A row's key as another year's plan writes it too: a sub kegiatan's number without its zeros ('01' of 2020,
    '0001' of 2021 on)."""
    return (*key[:5], key[5].lstrip("0")) if len(key) == 6 else key


def _repeats(sheets: list[_Sheet], aside: dict[int, tuple[str, str]], plan_year: int | None) -> Read:
    """Set aside each sheet whose rows repeat sheets read before it, the plan year's, the latest draft and the fullest sheet read first;
    the rows kept."""
    kept: list[_Sheet] = []
    read: Read = {}
    target = plan_year if plan_year is not None else max((sheet.year for sheet in sheets if sheet.year is not None), default=None)
    for sheet in sorted(sheets, key=lambda s: (_year_rank(s, target), -(stages.FINAL if s.stage is None else s.stage), -s.subs, -len(s.rows), s.index)):
        relation = next(((why, repr(other.name)) for other in kept if (why := _relation(sheet, other))), None)
        # a summary of several sheets (the programs of every OPD) repeats none of them alone
        relation = relation or _copy_of_several(sheet, read)
        if relation is not None:
            aside[sheet.index] = relation
            continue
        kept.append(sheet)
        for key, agency, budget in sheet.rows:
            sheet.found.setdefault(key, []).append((agency, budget))
            read.setdefault(key, []).append((agency, budget, sheet.name))
        for key, agency, budget in sheet.parents:
            read.setdefault(key, []).append((agency, budget, sheet.name))
    return read


def _year_rank(sheet: _Sheet, target: int | None) -> int:
    """0 for a sheet of the plan year, 1 for an undated one, 2 for one dated another year (last year's sheet put first is not the plan)."""
    if sheet.year is None or target is None:
        return 1
    return 0 if sheet.year == target else 2


def _copy_of_several(sheet: _Sheet, read: Read) -> tuple[str, str] | None:
    """The copy relation, naming the sheets, when the sheet's rows are found with their amounts across the sheets kept."""
    if len(sheet.rows) < MIN_ROWS:
        return None
    holders: dict[str, None] = {}  # in the order first found
    same = 0
    for key, agency, budget in sheet.rows:
        found = [name for other, amount, name in read.get(key, ()) if amount == budget and _agencies_agree(agency, other)]
        if found:
            same += 1
            holders.setdefault(found[0])
    if same < REPEATED_SHARE * len(sheet.rows):
        return None
    return "readers.sheet_copy", named_sheets(list(holders))


def _agencies_agree(stated: str, other: str) -> bool:
    """Two rows' stated agencies allow them to be one row: the same, or either unstated."""
    return not stated or not other or stated == other


def _relation(sheet: _Sheet, other: _Sheet) -> str | None:
    """How ``sheet`` repeats ``other``: the message key of a copy, an earlier draft or another version, else None."""
    if len(sheet.rows) < MIN_ROWS:
        return None
    same = coded = stated = 0
    for key, agency, budget in sheet.rows:
        matches = [found for found in other.found.get(key, ()) if _agencies_agree(agency, found[0])]
        coded += bool(matches)
        same += any(found[1] == budget for found in matches)
        stated += bool(agency) and any(found[0] == agency for found in matches)
    least = REPEATED_SHARE * len(sheet.rows)
    if same >= least:
        return "readers.sheet_copy"
    if coded >= least and sheet.stage is not None and other.stage is not None and sheet.stage < other.stage:
        return "readers.sheet_earlier_draft"
    # the same agencies' rows with other amounts: another version of the plan
    if stated >= least:
        return "readers.sheet_version"
    return None


def _set_aside(file: str, result: SheetResult, reason: str) -> SheetResult:
    """A sheet not read: all its rows skipped at once, its items and warnings dropped."""
    info = result.info
    skipped = [Skipped(SourceRef(file, info.name, 1), SkipReason.OTHER_VERSION, count=info.rows)] if info.rows else []
    return SheetResult(SheetInfo(info.name, info.rows, info.header_rows, info.columns, skipped_reason=reason), skipped=skipped)


def _differences(file: str, sheet: _Sheet, read: Read) -> list[Finding]:
    """Warnings on a copy set aside: its rows in no sheet read, and its rows whose amount differs from the one read."""
    unread: list[tuple[int, str]] = []  # (row, how the warning names it)
    other: list[tuple[int, str]] = []
    # a flat export's row holds its sub kegiatan and the program and kegiatan above it: the row is named once, by its deepest item
    deepest = {item.ref.row: item for item in sheet.result.items if item.kind in LINKED_KINDS} or {item.ref.row: item for item in sheet.result.items}
    for item in deepest.values():
        agency = stated_agency(item)
        matches = [found for found in read.get(_key(item), ()) if _agencies_agree(agency, found[0])]
        row, code, amount = item.ref.row, _shown(item), _amount(item.budget)
        if not matches:
            unread.append((row, say("readers.copy_row", row=row, code=code, amount=amount)))
        elif all(found[1] != item.budget for found in matches):
            _, kept, name = matches[0]
            other.append((row, say("readers.copy_row_amount", row=row, code=code, amount=amount, kept=_amount(kept), other=repr(name))))
    return [
        Finding(SourceRef(file, sheet.name, rows[0][0]), say(key, count=Count(len(rows)), first=_listed([named for _, named in rows])))
        for key, rows in (("readers.copy_rows_unread", unread), ("readers.copy_amounts_differ", other))
        if rows
    ]


def _shown(item: Item) -> str:
    """How a warning names a row: its code, else the start of its name."""
    return item.code.text if item.code is not None else repr(item.name[:40])


def _amount(budget: int | None) -> str | Rupiah:
    """A row's amount for a warning ('-' when it has none)."""
    return "-" if budget is None else Rupiah(budget)


def _listed(rows: list[str]) -> str:
    """The first rows of a warning, then how many more."""
    more = [say("readers.copy_rows_more", count=Count(len(rows) - SHOWN_ROWS))] if len(rows) > SHOWN_ROWS else []
    return joined(*rows[:SHOWN_ROWS], *more, separator=", ")


def _warnings(file: str, results: list[SheetResult], aside: dict[int, tuple[str, str]], differing: set[int]) -> list[Finding]:
    """One warning per reason and sheet kept instead, naming the sheets set aside (copies that differ apart)."""
    groups: dict[tuple[str, str], list[int]] = {}
    for index, (key, other) in sorted(aside.items()):
        # a copy with rows or amounts of its own is no longer 'the same amounts': its differences are on it
        groups.setdefault(("readers.sheet_copy_differs" if index in differing else key, other), []).append(index)
    warnings = []
    for (key, other), indexes in groups.items():
        names = named_sheets([results[index].info.name for index in indexes])
        rows = sum(results[index].info.rows for index in indexes)
        param = {_PARAMETERS.get(key, "other"): other}
        # the message names the sheets: a file-level warning, as one sheet's would name it twice
        warnings.append(Finding(SourceRef(file, "", 0), say(key, sheets=names, rows=rows, **param)))
    return warnings
