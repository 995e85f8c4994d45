"""Rows naming a place of the sub kegiatan above them instead of an item: one row per location (pure).

Plans list a sub kegiatan's places on rows of their own under it, each with its part of the amount: the place alone in
the location column, a list entry in the name column ('- Kec. Waru'), or a 'Lokasi' label. body_rows folds them into
the sub kegiatan. A place alone in the name column ('Desa Sumberejo', 'Kelurahan Sukun') may as well head an agency or
a village's items, or be a local item named like a place ('Desa Cantik'): it is a place row only where the sub kegiatan
lists it, or the amounts of its run add up to the sub kegiatan's.
"""

from __future__ import annotations

import re
from typing import Callable

from .agency_rows import agency_row_code, names_an_agency
from .messages import say
from .models import Finding, Skipped, SkipReason
from .name_places import names_a_place, names_an_address
from .normalize import without_list_marker
from .row_record import RowFields
from .sheet_result import SheetResult
from .values import adds_up, cell_text, parse_budget


#: a pending row: its 0-based sheet row and its raw fields
Pending = tuple[int, RowFields]

# a row naming a place of the item above rather than an item: 'Lokasi', 'Lokasi : Kec. Waru'
_PLACE_LABEL = re.compile(r"^\s*lokasi\b\s*(?::|-|$)", re.IGNORECASE)
# a list entry that can only be a place: an abbreviated place word ('- Kec. Taman', '- Kab. Malang'), the province
# ('- Provinsi Jawa Timur') or everywhere ('- Seluruh Kecamatan', '- Tersebar')
_PLACE_ENTRY = re.compile(r"(?:kec|kel|kab|ds|prov)\.\s*\S|(?:provinsi\s+\S|seluruh\b|tersebar\b)", re.IGNORECASE)


def place_of_row(fields: RowFields) -> str | None:
    """The place a codeless row names instead of an item: in the location column under no name, after 'Lokasi', or
    as a list entry of its own ('- Kec. Waru'); None for any other row."""
    if fields["code"] is not None or fields["code_raw"]:
        return None
    name = fields["name"]
    if not name:
        return fields["location"] or None
    label = _PLACE_LABEL.match(name)
    if label:
        return name[label.end():].strip(" :-") or fields["location"] or None
    entry = without_list_marker(name)
    if len(entry.split()) > 8 or (fields["location"] and " ".join(fields["location"].casefold().split()) != entry.casefold()):
        return None  # a row with a place of its own is an item ('- Kampung KB' | 'Kec. Tugu')
    if entry.isupper() and not _PLACE_ENTRY.match(entry):
        return None  # 'KECAMATAN UNGARAN BARAT': a kecamatan office heading its own programs
    if entry == name.strip():
        # unlisted, only an address names a place row ('Desa Sukamaju, Turen'); 'Desa Sumberejo' alone may head an agency
        return entry if names_an_address(entry) else None
    # a place word and a proper name ('Desa Sumberejo'), not an item's words ('- Desa Wisata ...', '- Kota Layak Anak')
    return entry if _PLACE_ENTRY.match(entry) or names_a_place(entry) else None


def is_place_label(fields: RowFields) -> bool:
    """True for a row labelled 'Lokasi': never an item, whatever its amount."""
    return bool(fields["name"]) and _PLACE_LABEL.match(fields["name"]) is not None


def skip_nameless(fields: RowFields, result: SheetResult) -> None:
    """A row of a place alone with no item above to hold it: skipped as classify skips a row without a name."""
    text = " ".join(cell_text(part) for part in (fields["location"], fields["budget_raw"]) if part not in ("", None))
    if fields["budget_raw"] is None:
        result.skipped.append(Skipped(fields["ref"], SkipReason.CONTINUATION, text))
        return
    result.skipped.append(Skipped(fields["ref"], SkipReason.UNREADABLE, text))
    result.warnings.append(Finding(fields["ref"], say("classify.no_name", text=repr(text[:80]))))


def sibling_rows(pending: list[Pending], places: list[str | None], scale: int) -> set[int]:
    """The positions of runs of rows named like places ('- Desa Cantik', 'Kampung Batik Jetis, Sidoarjo') whose amounts
    do not add up to the amount of the row above them: sibling items, each with its own amount, not its breakdown.
    ('Lokasi' rows are never items.)"""
    found: set[int] = set()
    for above, start, end in _runs(pending, places):
        if above is not None and not parts_add_up(above, [pending[at][1] for at in range(start, end)], scale):
            found.update(at for at in range(start, end) if not is_place_label(pending[at][1]))
    return found


def _runs(pending: list[Pending], places: list[str | None]) -> list[tuple[RowFields | None, int, int]]:
    """(the row above, first position, end) of each run of named rows with a place, the row above being the last
    row without one."""
    runs: list[tuple[RowFields | None, int, int]] = []
    above, position = None, 0
    while position < len(pending):
        if places[position] is None or not pending[position][1]["name"]:
            above = pending[position][1] if places[position] is None else above
            position += 1
            continue
        start = position
        while position < len(pending) and places[position] is not None and pending[position][1]["name"]:
            position += 1
        runs.append((above, start, position))
    return runs


def parts_add_up(item: RowFields, parts: list[RowFields], scale: int) -> bool:
    """True when the rows' amounts add up to the item's own (as a split rounds: within a Rupiah a row, or 1%), or
    either side has none."""
    own = parse_budget(item["budget_raw"], scale)[0]
    amounts = [amount for fields in parts if (amount := parse_budget(fields["budget_raw"], scale)[0])]
    return not own or not amounts or adds_up(amounts, own)


def bare_place(fields: RowFields) -> str | None:
    """The place a codeless row names and nothing else, unlisted ('Desa Sumberejo', 'Kelurahan Sukun'), maybe in the
    location column too; None for any other row. Such a row may also head an agency or a village's own items, or be
    a local item named like a place ('Desa Cantik'): only the rows around it tell (bare_place_rows)."""
    name = fields["name"].strip()
    if fields["code"] is not None or fields["code_raw"] or not name or name.isupper() or len(name.split()) > 8:
        return None
    location = fields["location"]
    if without_list_marker(name) != name or (location and " ".join(location.casefold().split()) != name.casefold()):
        return None
    return name if _PLACE_LABEL.match(name) is None and names_a_place(name) else None


def bare_place_rows(pending: list[Pending], places: list[str | None], scale: int, is_sub: Callable[[RowFields], bool]) -> dict[int, str]:
    """The positions (with their places) of runs of bare place rows right under a sub kegiatan that are its breakdown by
    place (breaks_down), unless only their amounts say so and its kegiatan's total counts them beside it."""
    bare = [bare_place(fields) if place is None else None for (_, fields), place in zip(pending, places)]
    found: dict[int, str] = {}
    parents = _parent_rows(pending)
    for above, start, end in _runs(pending, bare):
        if above is None or not is_sub(above) or start == 0 or pending[start - 1][1] is not above:
            continue
        below = pending[end][1] if end < len(pending) else None
        how = breaks_down(above, [pending[at][1] for at in range(start, end)], below, scale)
        if how == "listed" or (how == "amounts" and not _kegiatan_counts(pending, parents[start - 1], start, end, scale)):
            found.update((at, bare[at]) for at in range(start, end))
    return found


def breaks_down(above: RowFields, run: list[RowFields], below: RowFields | None, scale: int) -> str:
    """How rows of bare places under an item of the same agency show its breakdown by place: 'listed' when its own
    location lists their places (and their amounts, if any, add up to its own), 'amounts' when every row has an amount
    and they add up to its own; '' when nothing says so, or the row below them repeats the last one's amount (a heading
    of an agency or a village over its own items, as a coded sub kegiatan below never is)."""
    if any(fields["agency"] and above["agency"] and fields["agency"] != above["agency"] for fields in run):
        return ""  # a row of another agency: its heading
    amounts = [parse_budget(fields["budget_raw"], scale)[0] for fields in run]
    if below is not None and amounts[-1] and (below["code"] is None or len(below["code"].segments) < 6):
        if parse_budget(below["budget_raw"], scale)[0] == amounts[-1]:
            return ""
    summed = all(amounts) and bool(parse_budget(above["budget_raw"], scale)[0]) and parts_add_up(above, run, scale)
    listed = {" ".join(part.casefold().split()) for part in above["location"].split(",")}
    if all(" ".join(fields["name"].casefold().split()) in listed for fields in run) and (summed or not any(amounts)):
        return "listed"
    return "amounts" if summed else ""


def heads_agency(above: RowFields, run: list[RowFields], below: RowFields | None, like_headings: bool) -> bool:
    """True when the last of a run of bare place rows under a sub kegiatan heads an agency of its own (a kecamatan or
    kelurahan office, 'Kecamatan Turen', listed in the plan with its own programs) rather than naming a place of the
    sub kegiatan: the next row (``below``) starts another agency's items (an agency column saying so, a program code,
    a kegiatan code of another program, an agency code), or, when it tells nothing, the row is written like the
    sheet's other agency headings (``like_headings``). A run of rows whose amounts add up to the sub kegiatan's, or
    followed by the next kegiatan or sub kegiatan of the same program, is its breakdown by place."""
    amounts = [parse_budget(fields["budget_raw"])[0] for fields in run]
    if not names_an_agency(run[-1]["name"]) or (len(run) > 1 and all(amounts) and parts_add_up(above, run, 1)):
        return False
    if below is None:
        return like_headings
    if below["agency"] and above["agency"]:
        return below["agency"] != above["agency"]
    code, own = below["code"], above["code"]
    if code is not None and len(code.segments) > 3 and code.segments[:3] == own.segments[:3]:
        return False
    if (code is not None and len(code.segments) in (3, 5)) or agency_row_code(below):
        return True
    return bool(below["code_agency"] and below["code_agency"] != above["code_agency"]) or like_headings


def _parent_rows(pending: list[Pending]) -> list[int | None]:
    """For each position, the nearest position above it holding a code of five segments or fewer (a kegiatan, program
    or heading), else None: found in one pass, not by a search back from each run."""
    found: list[int | None] = []
    last = None
    for position, (_, fields) in enumerate(pending):
        found.append(last)
        code = fields["code"]
        if code is not None and len(code.segments) <= 5:
            last = position
    return found


def _kegiatan_counts(pending: list[Pending], at: int | None, start: int, end: int, scale: int) -> bool:
    """True when the coded kegiatan above a run is the sum of its coded sub kegiatan and the run's rows, and not of its
    coded sub kegiatan alone: the run holds sibling items ('Desa Cantik', 'Desa Bersinar'), not the places of the sub
    kegiatan above it."""
    sub = pending[start - 1][1]["code"]
    if sub is None or at is None or pending[at][1]["code"].segments != sub.segments[:5]:
        return False
    kegiatan, coded = pending[at][1], []
    for position in range(at + 1, len(pending)):
        fields = pending[position][1]
        if fields["code"] is not None and len(fields["code"].segments) <= 5:
            break
        if fields["code"] is not None:
            coded.append(fields)
    run = [pending[position][1] for position in range(start, end)]
    total = parse_budget(kegiatan["budget_raw"], scale)[0]
    return bool(total) and parts_add_up(kegiatan, coded + run, scale) and not parts_add_up(kegiatan, coded, scale)
