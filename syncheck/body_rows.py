"""Body rows that are no item of their own: group headings with their group's total, and rows continuing the item above.

An RKPD table groups its programs under priority or target rows ('PRIORITAS I : ...', 'Sasaran : ...'), and
exports spread one item over several rows: one row per indicator repeating the item (SIPD with its merges
undone), one row per place under a merged name cell, a long name wrapped onto the next row (PDF conversion).
These rows are read into the item they belong to, or skipped as group rows, never read as items of their own.
The agency written on a program's row is carried down to the rows under it in the same way.
"""

from __future__ import annotations

import re
from typing import Callable

from .group_rows import SCAN, group_rows, row_amount
from .item_lines import fold_lines
from .item_marks import TEXTS, ItemRows, Pending, header_copies
from .messages import Count, say
from .models import Code, Finding, Kind, Skipped, SkipReason
from .normalize import normalize_name, without_list_marker
from .place_rows import bare_place_rows, place_of_row, sibling_rows, skip_nameless
from .places import split_locations
from .row_record import RowFields
from .sheet_result import SheetResult
from .source_rows import fold_sources
from .values import adds_up, cell_text, parse_budget


#: the kind a codeless row's column or name gives it, else None
KindOf = Callable[[RowFields], "Kind | None"]

# a codeless row naming its own kind: the first line of an item ('PROGRAM ...'), never the rest of another's name
_KIND_START = re.compile(r"\s*(?:program|(?:sub\s*)?kegiatan)\s", re.IGNORECASE)
# a codeless program or kegiatan row, by the kind its name starts with: it ends the block of the rows above
_PARENT_START = re.compile(r"\s*(?:program|kegiatan)\s", re.IGNORECASE)
# a name cut after a word that cannot end it: the rest of it is on the next row
_CUT_NAME = re.compile(
    r"(?:\b(?:dan|untuk|serta|beserta|atau|di|ke|dari|pada|yang|dengan|bagi|dalam|oleh|terhadap|melalui|antar)|[,&/(\-])\s*$",
    re.IGNORECASE,
)
# the start of the rest of a name: a joining word, or a scope word no item name starts with
_TAIL_START = re.compile(
    r"^\s*(?:dan|serta|beserta|atau|untuk|di|ke|dari|pada|yang|dengan|bagi|dalam|oleh|kewenangan|tingkat|lintas|wilayah"
    r"|daerah|provinsi|kabupaten/kota|prasarana|pendukungnya)\b",
    re.IGNORECASE,
)
#: how the places of an item's rows are joined: a list (places reads 'Distrik X, Kab. Y' in one cell as X inside Y)
_ROW_PLACES = "; "
#: texts that belong to one line of an item (its agency and funding name the whole item, on any of its lines)
_LINE_TEXTS = ("location", "indicator", "target")
#: a name this long filled its line: the row below it holding only words is the rest of it
_FULL_LINE = 30
#: the depth of a kegiatan's and a sub kegiatan's parent code (a program, a kegiatan)
_PARENT_DEPTH = {5: 3, 6: 5}
_MESSAGES = {"group": "body_rows.group", "heading": "body_rows.heading", "repeat": "body_rows.repeated", "merged": "body_rows.merged_places",
             "wrapped": "body_rows.wrapped_name", "places": "body_rows.place_rows", "sources": "body_rows.source_rows",
             "lines": "body_rows.item_lines"}  # fmt: skip


def settle(
    pending: list[Pending], result: SheetResult, scale: int, merged_into: dict[int, int], kind_of: KindOf, above: RowFields | None = None
) -> list[Pending]:
    """The item rows of an indented table once group rows are skipped and continuation rows folded into their item.

    ``merged_into`` maps a row under an item's merged name or code cell to the item's row. ``above``: the fields of the
    first pending row when it is the item row the page before ends on: the rows going on with it are folded into it
    (and recorded on this sheet), and it is no item row of this sheet.
    """
    found: dict[str, list[RowFields]] = {}
    pending = fold_lines(pending, found, result, scale, _fold)
    pending = fold_sources(_fold_places(pending, found, result, scale, kind_of), found, result, scale, _fold, kind_of)
    codeless = sum(1 for _, fields in pending if fields["code"] is None)
    # (the kinds of all rows only where some row has no code: most exports code every row)
    kinds = [_first_kind(fields, kind_of) for _, fields in pending] if codeless else [None] * len(pending)
    coded, budgeted = _table_kind(pending) if codeless else (True, True)
    item_rows = ItemRows(pending, header_copies(result))
    groups = group_rows(pending, kinds, scale) if codeless else {}
    totals = _merged_totals(pending, merged_into, scale) if merged_into else set()
    kept: list[Pending] = []
    last = -1  # the last row of the item kept last (its own, or one folded into it): a name goes on right below it
    for position, (index, fields) in enumerate(pending):
        if position in groups and fields is not above:
            found.setdefault(groups[position], []).append(fields)
            continue
        may_wrap = (coded or budgeted) and kinds[position] is None
        how = _continues(kept[-1], pending, position, merged_into, scale, may_wrap, item_rows, last) if kept else None
        last = index
        item_rows.wrapping = item_rows.wrapping or how == "wrapped"
        if how is None:
            kept.append((index, fields))
            continue
        if how == "merged":
            # (the item row's own amount is a place's part unless it is the total of the rows under it)
            _note_part(kept[-1][1], fields["location"], fields["budget_raw"], kept[-1][0] not in totals)
        if how != "repeat":
            _fold(kept[-1][1], fields, scale, how != "merged" or kept[-1][0] not in totals)
        if how == "wrapped":
            kept[-1][1]["last_line"] = fields["name"]  # (whether the name goes on again depends on this line's length)
        found.setdefault(how, []).append(fields)
    _record(found, result)
    return [entry for entry in kept if entry[1] is not above] if above is not None else kept


def _fold_places(pending: list[Pending], found: dict[str, list[RowFields]], result: SheetResult, scale: int, kind_of: KindOf) -> list[Pending]:
    """The rows without the place rows under a sub kegiatan that names no place itself (one row per location: '- Kec.
    Waru', 'Lokasi : Desa X', the place alone in the location column, or 'Desa X' alone where the rows around it say
    so), their places joined to it; their amounts too when it has none of its own. Under one that names a place, a
    named place row or a nameless one without an amount (a second place on an indicator row) adds its place, never its
    amount. Any other nameless place row is skipped, as any row without a name."""
    kept: list[Pending] = []
    places = [place_of_row(fields) for _, fields in pending]

    def is_sub(fields: RowFields) -> bool:
        return _first_kind(fields, kind_of) is Kind.SUB_KEGIATAN

    for position, place in bare_place_rows(pending, places, scale, is_sub).items():
        places[position] = place
    siblings = sibling_rows(pending, places, scale)
    for position, (index, fields) in enumerate(pending):
        place = places[position]
        if place is None or position in siblings:
            kept.append((index, fields))
            continue
        item = kept[-1][1] if kept else None
        # (named place rows, 'Lokasi : Desa X' or '- Desa X', are never items, nor is a nameless row without an amount:
        # under a sub kegiatan that names places itself they add theirs, not their amounts)
        placed = item is not None and (item.setdefault("placed_by_rows", not item["location"]) or bool(fields["name"])
                                       or _new_place(item, fields))
        if placed and _first_kind(item, kind_of) is Kind.SUB_KEGIATAN:
            add = item.setdefault("amount_from_places", not parse_budget(item["budget_raw"], scale)[0])
            _note_part(item, place, fields["budget_raw"], own_is_part=False)
            _fold(item, {**fields, "name": "", "location": place}, scale, add_budget=add)
            found.setdefault("places", []).append(fields)
        elif fields["name"]:
            kept.append((index, fields))
        else:
            skip_nameless(fields, result)
    return kept


def _new_place(item: RowFields, fields: RowFields) -> bool:
    """True for a row without an amount whose location names a place the item's does not."""
    return fields["budget_raw"] is None and _names_new_place(item["location"], fields["location"])


def _names_new_place(location: str, text: str) -> bool:
    """True when a row's location ``text`` names a place the item's ``location`` does not, both split into places as
    places.split_locations reads a cell ('Kec. B; Kec. A' adds nothing to 'Kec. A; Kec. B')."""
    known = {_folded(place) for place in split_locations(location)}
    return any(_folded(place) not in known for place in split_locations(text) or (text,))


def _folded(place: str) -> str:
    """A place as compared: its whitespace folded, lower case."""
    return " ".join(place.lower().split())


def _note_part(item: RowFields, place: str, amount: object, own_is_part: bool) -> None:
    """Keep the place and raw amount of a row folded into the item (its Item.place_budgets), after the item row's own
    place when it names one: with its amount when that is a part too (``own_is_part``), else with none (no split)."""
    if "place_parts" not in item:
        item["place_parts"] = [(item["location"], item["budget_raw"] if own_is_part else None)] if item["location"] else []
    item["place_parts"].append((place, amount))


def place_budgets(fields: RowFields, budget: int | None, scale: int) -> tuple[tuple[str, int], ...]:
    """The item's amount per place, when the rows folded into it state one for every place and these add up to its
    amount (within a Rupiah a row, or 1%, as a split rounds); () for an item of one row or one giving no full split.
    One place holding the whole amount is no split: the row counts once, whatever kab/kota its place names."""
    parts = fields.get("place_parts")
    if not parts or len(parts) < 2 or not budget:
        return ()
    found = []
    for place, raw in parts:
        amount, problem = parse_budget(raw, scale)
        if not place or not amount or problem:
            return ()
        found.append((place, amount))
    return tuple(found) if adds_up([amount for _, amount in found], budget) else ()


def _table_kind(pending: list[Pending]) -> tuple[bool, bool]:
    """(most rows are coded, nearly all rows hold an amount), over the rows that are more than words alone (those may
    be the rest of a name above them, however many a PDF conversion made)."""
    rows = [fields for _, fields in pending if fields["code"] is not None or fields["budget_raw"] is not None
            or any(fields[role] for role in _LINE_TEXTS)]  # fmt: skip
    codeless = sum(1 for fields in rows if fields["code"] is None)
    budgets = sum(1 for fields in rows if fields["budget_raw"] is not None)
    return codeless * 2 < len(rows), budgets * 10 >= len(rows) * 9 > 0


def fold_repeats(pending: list[Pending], result: SheetResult) -> list[Pending]:
    """The rows of a flat table without the rows repeating the item above (one row per indicator)."""
    kept: list[Pending] = []
    repeats: list[RowFields] = []
    for entry in pending:
        if kept and _repeats(kept[-1][1], entry[1]):
            repeats.append(entry[1])
        else:
            kept.append(entry)
    _record({"repeat": repeats} if repeats else {}, result)
    return kept


def _first_kind(fields: RowFields, kind_of: KindOf) -> Kind | None:
    """The kind a row's code or, for a codeless row, its column or name gives it."""
    code = fields["code"]
    return code.kind if code is not None else kind_of(fields)


def _record(found: dict[str, list[RowFields]], result: SheetResult) -> None:
    """Skip the rows found, with one warning per sheet and kind of row."""
    for how, rows in found.items():
        reason = SkipReason.GROUP if how in ("group", "heading") else SkipReason.CONTINUATION
        for fields in rows:
            text = " ".join(cell_text(part) for part in (fields["name"], fields["location"], fields["budget_raw"]) if part not in ("", None))
            result.skipped.append(Skipped(fields["ref"], reason, text[:300]))
        first = rows[0]["ref"]
        result.warnings.append(Finding(first, say(_MESSAGES[how], count=Count(len(rows)), row=first.row)))
    if found:
        result.skipped.sort(key=lambda row: row.ref.row)


# --- continuation rows ----------------------------------------------------------------------------------------


def _continues(
    above: Pending, pending: list[Pending], position: int, merged_into: dict[int, int], scale: int, may_wrap: bool,
    rows: ItemRows, last: int,
) -> str | None:
    """How a row continues the item row above it ('merged', 'repeat', 'wrapped'), or None for an item of its own
    (``rows``: what the sheet's item rows hold; ``last``: the item's last row so far)."""
    above_index, item = above
    index, fields = pending[position]
    code = fields["code"]
    if merged_into.get(index) == above_index and (code is None or (item["code"] is not None and code.segments == item["code"].segments)):
        if fields["name"] == item["name"]:
            # a row of its own place and budget under the item's merged name, or one more indicator row of it
            new_place = bool(fields["location"]) and _names_new_place(item["location"], fields["location"])
            return "merged" if fields["budget_raw"] is not None or new_place else "repeat"
        # a row of its own name under the item's merged code: the rest of the name, unless both rows hold amounts
        return "wrapped" if _complements(item, fields) else None
    if code is not None:
        if _repeats(item, fields):
            return "repeat"
        # the rest of a name under code cells merged over both rows (split code columns are spread down to it)
        same = index == last + 1 and item["code"] is not None and code.segments == item["code"].segments
        return "wrapped" if same and _name_alone(item, fields) and _other_name(item, fields) else None
    if may_wrap and index == last + 1 and not fields["code_raw"] and _wraps(item, pending, position, scale, rows):
        return "wrapped"
    return None


def _repeats(item: RowFields, fields: RowFields) -> bool:
    """A row equal to the item above in code, name, budget (or without one: SIPD writes the pagu on the first indicator
    row only), place and agency (its cell, and the heading above it): only its indicator or target differ."""
    code, other = fields["code"], item["code"]
    return (
        code is not None and other is not None and code.segments == other.segments
        and fields["budget_raw"] in (None, item["budget_raw"])
        and " ".join(fields["name"].casefold().split()) == " ".join(item["name"].casefold().split())
        and fields["location"] == item["location"] and fields["agency"] == item["agency"]
        and fields.get("agency_ctx") == item.get("agency_ctx")
        and (fields["indicator"], fields["target"]) != (item["indicator"], item["target"])
    )  # fmt: skip


def _wraps(item: RowFields, pending: list[Pending], position: int, scale: int, rows: ItemRows) -> bool:
    """A codeless row holding the rest of an item's name (and maybe the amounts the item row lacks): the first rule that
    applies decides."""
    code, fields = item["code"], pending[position][1]
    below = pending[position + 1][1] if position + 1 < len(pending) else None
    if _name_alone(item, fields):
        return _name_rest(item, fields, below, rows)
    if _two_items(item, fields):
        return False
    last_line = rows.amount_line(item, fields)
    if _item_whole(item, fields, last_line):
        return False
    if last_line and _sub_kegiatan_last_line(code, below):
        return True
    if code is None or not _ends_block(code, below):
        # the item's amounts on the last line of its name ('... Pemerintah' / 'Daerah Kabupaten/Kota  Rp ...')
        return _cut(item, fields) or (code is None and last_line and rows.wrapping)
    # (a sub kegiatan's amounts on the last line of its name, as PDF conversion aligns them, on a row without the
    # number or agency its items hold)
    return _cut(item, fields) or (len(code.segments) == 6 and rows.unlike(fields)) or _total_below(code, fields, pending, position, scale)


def _two_items(item: RowFields, fields: RowFields) -> bool:
    """Both rows hold their own values (a text each, not the same, or an amount each): two items."""
    return any(fields[role] and item[role] and fields[role] != item[role] for role in TEXTS) or (
        fields["budget_raw"] is not None and item["budget_raw"] is not None
    )


def _item_whole(item: RowFields, fields: RowFields, last_line: bool) -> bool:
    """The item row has its amounts, or its place or target and a whole name: the row below is an item of its own.

    A name cut on 'dan' with its place beside it has its amount on the last line of its name, as PDF pages put it;
    so has a row of words and an amount alone (``last_line``), lacking what the sheet's items hold."""
    return item["budget_raw"] is not None or (any(item[role] for role in _LINE_TEXTS) and not (_cut(item, fields) or last_line))


def _sub_kegiatan_last_line(code: Code | None, below: RowFields | None) -> bool:
    """A sub kegiatan's name and amount on its last line: no level below it can stand for the row (rows of words and an
    amount alone one after another are its packages)."""
    return code is not None and len(code.segments) == 6 and not _bare_amount_row(below)


def _total_below(code: Code, fields: RowFields, pending: list[Pending], position: int, scale: int) -> bool:
    """A program or kegiatan whose total sits on the row below: the total of the rows under it."""
    amount = row_amount(fields, scale)
    return len(code.segments) < 6 and not fields["location"] and bool(amount) and amount == _block_total(pending, position, len(code.segments), scale)


def _name_rest(item: RowFields, fields: RowFields, below: RowFields | None, rows: ItemRows) -> bool:
    """True when a row of words alone is the rest of the item's name, not the first line of the next item."""
    # words without the number or agency every item row holds, over a row holding them: no first line of that row's item
    over_item = below is not None and _whole_line(item) and rows.marks_items() and rows.unlike(fields) and not rows.unlike(below)
    if below is not None and below["code"] is None and not _name_alone(fields, below) and not _KIND_START.match(below["name"]):
        # the codeless row below holds amounts: these words may start that item, its amounts on its last line; or the
        # item's name goes on to that line, which holds the amount the item row lacks and nothing else
        return _cut(item, fields) or over_item or (rows.amount_line(item, below) and rows.unlike(fields) and _whole_line(item))
    if item["code"] is not None and below is not None and below["code"] is not None and not _ends_block(item["code"], below):
        return _cut(item, fields)  # the row below misses a level: these words may be that level's row
    # a name that filled its line, and a row without the number or agency every item row of the sheet has; a codeless
    # row may otherwise be an item with no amount yet, unless the sheet's names wrap (a PDF page's lines)
    return _cut(item, fields) or over_item or ((item["code"] is not None or rows.wrapping) and _whole_line(item) and rows.unlike(fields))


def _bare_amount_row(fields: RowFields | None) -> bool:
    """A codeless row of words and an amount and nothing else."""
    return fields is not None and fields["code"] is None and fields["budget_raw"] is not None and not any(fields[role] for role in TEXTS)


def _whole_line(item: RowFields) -> bool:
    """The item's name (its last line, when it wrapped already) filled its line."""
    return len(item.get("last_line", item["name"]).strip()) >= _FULL_LINE


def _other_name(item: RowFields, fields: RowFields) -> bool:
    """The row's name is there and is not the item's (a merged name cell spread down repeats it)."""
    rest = " ".join(fields["name"].split()).casefold()
    return rest not in ("", " ".join(item["name"].split()).casefold())


def _name_alone(item: RowFields, fields: RowFields) -> bool:
    """A row of words alone: no amount, and no text but what the item row holds too (its agency on every row)."""
    return fields["budget_raw"] is None and not any(fields[role] and fields[role] != item[role] for role in TEXTS)


def _cut(item: RowFields, fields: RowFields) -> bool:
    """The item's name ends on a word that cannot end it, or the row's words start as only a name's rest does, or
    are only a note ('(Lanjutan)'). Under a codeless item a lowercase start tells nothing: hand-made lists write
    whole names so ('a. penyelenggaraan jalan')."""
    rest = without_list_marker(fields["name"]).lstrip()
    lower = rest[:1].islower() and item["code"] is not None and rest == fields["name"].lstrip()
    return _CUT_NAME.search(item["name"]) is not None or lower or _TAIL_START.match(rest) is not None or not normalize_name(rest)


def _complements(item: RowFields, fields: RowFields) -> bool:
    """True when the row holds nothing the item row holds too (a merged cell spread over both rows counts once)."""
    if fields["budget_raw"] is not None and item["budget_raw"] is not None:
        return False
    return not any(fields[role] and item[role] and fields[role] != item[role] for role in TEXTS)


def _ends_block(code, below: RowFields | None) -> bool:
    """True when the row after a candidate continuation leaves no level missing: a program row or shallower,
    or a row whose parent is the item or the item's own parent (else the candidate is that missing parent)."""
    if below is None:
        return True
    other = below["code"]
    if other is None:
        return False
    depth = len(other.segments)
    if depth <= 3:
        return True
    parent = other.segments[: _PARENT_DEPTH.get(depth, depth - 1)]
    return parent == code.segments[: len(parent)]


def _block_total(pending: list[Pending], position: int, depth: int, scale: int) -> int:
    """The amounts of the sub kegiatan (and codeless) rows under a program or kegiatan row, up to the next row of its level."""
    total = 0
    for below in range(position + 1, min(len(pending), position + SCAN)):
        fields = pending[below][1]
        code = fields["code"]
        if code is not None and len(code.segments) <= depth or code is None and _PARENT_START.match(fields["name"]):
            break  # (the next program or kegiatan, coded or codeless)
        if code is None or len(code.segments) == 6:
            total += row_amount(fields, scale) or 0
    return total


def _merged_totals(pending: list[Pending], merged_into: dict[int, int], scale: int) -> set[int]:
    """Rows of items whose amount is the total of the rows under their merged cell (so those are not added to it)."""
    wanted = set(merged_into) | set(merged_into.values())
    amounts = {index: row_amount(fields, scale) for index, fields in pending if index in wanted}
    parts: dict[int, int] = {}
    for index, first in merged_into.items():
        if amounts.get(index) and first in amounts:
            parts[first] = parts.get(first, 0) + amounts[index]
    return {first for first, total in parts.items() if amounts[first] == total}


def _fold(item: RowFields, fields: RowFields, scale: int, add_budget: bool = True) -> None:
    """Add a continuation row's name, places, budget (unless told not to) and missing texts to the item row's fields."""
    if _other_name(item, fields):  # (a merged name spread over the rows repeats the whole name)
        item["name"] = f"{item['name']} {' '.join(fields['name'].split())}"
    if add_budget:
        item["budget_raw"] = _added(item["budget_raw"], fields["budget_raw"], scale)
    for role in TEXTS:
        if role == "location" and item[role] and fields[role]:
            # (a row's location is one entry, kept whole: 'Desa X, Kec. Y, Kab. Z' is an address, its desa in Kab. Z)
            if _names_new_place(item[role], fields[role]):
                item[role] = _ROW_PLACES.join([item[role], fields[role]])
        elif not item[role]:
            item[role] = fields[role]


def _added(first: object, second: object, scale: int) -> object:
    """Two raw budgets added up (in the sheet's unit); an unreadable one is kept as it is, so the reader reports it."""
    if first is None or second is None:
        return second if first is None else first
    one, problem = parse_budget(first, scale)
    other, other_problem = parse_budget(second, scale)
    if not one and not problem:
        return second  # ('-' or 0: no amount yet)
    if one is None or problem:
        return first
    if other is None or other_problem:
        return second
    total = one + other
    return total if scale == 1 else total / scale


# --- the agency carried down ----------------------------------------------------------------------------------------


def carry_agency(fields: RowFields, kind: Kind, carried: tuple[str, str] | None) -> tuple[str, str] | None:
    """Give a kegiatan or sub kegiatan with a blank agency cell the agency written on its program's row; the new carried agency."""
    if kind is Kind.SUB_KEGIATAN or kind is Kind.KEGIATAN:
        if not fields["agency"]:
            # a banner row between the program and this row names another agency: it is not carried past it
            if carried is not None and carried[1] == fields["agency_ctx"]:
                fields["agency"] = carried[0]
            return carried
        return (fields["agency"], fields["agency_ctx"]) if kind is Kind.KEGIATAN else carried
    return (fields["agency"], fields["agency_ctx"]) if kind is Kind.PROGRAM and fields["agency"] else None
