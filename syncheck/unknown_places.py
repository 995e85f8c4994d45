"""Province location parts naming a kab/kota that exists nowhere ('Kab. Meraukee'): one warning per text (pure)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable

from . import home_provinces, provinces
from .messages import Count, say
from .models import Finding, Item, Plan, SourceRef
from .normalize import is_typo_of
from .placement import names_province, province_names_of
from .places import KABUPATEN, KOTA, Region, level_bound, parse_location, region_of
from .tally import parent_locations, places_of


@dataclass(frozen=True)
class RunPlaces:
    """What a province's compared kab/kota plans make a place: their kab/kota (as Regions, with their labels) and the
    places their rows name."""

    regions: dict[Region, str]  # the kab/kota (level and name: Kota and Kabupaten Malang are two) -> the plan's label
    places: frozenset[str]


def run_places(lower: list[Plan]) -> RunPlaces:
    """The kab/kota and places of a province's compared kab/kota plans."""
    regions = {region: plan.label for plan in lower if (region := region_of(plan.government)) is not None}
    return RunPlaces(regions, frozenset().union(*(places_of(plan) for plan in lower)))


def unknown_parts(location: str, run: RunPlaces) -> list[str]:
    """The parts of a location cell that name a kab/kota by its level word which is none of Kemendagri's list, of the
    run, of the table's short names or initials, no place the run's plans name and no province ('Kab. Meraukee')."""
    return [part.text for part in parse_location(location) if any(_unknown(region, run) for region in part.regions)]


def bare_short_names(location: str, run: RunPlaces) -> list[tuple[str, Region]]:
    """The parts of a location cell written as a bare short name that names a kab/kota of the run only after its level
    word ('Jogja': Kota Yogyakarta, or the region), and no place the run's plans name, with that kab/kota as written."""
    found = []
    for part in parse_location(location):
        for name in part.bare if not part.regions else ():
            regions = [region for region in level_bound(name) if region in run.regions]
            # (a bare 'Pontianak' is Kota Pontianak of the run, whatever a 'Kabupaten Pontianak' once was)
            if regions and name not in run.places and not any(known.name == name for known in run.regions):
                found.append((part.text, regions[0]))
    return found


def _unknown(region: Region, run: RunPlaces) -> bool:
    """True for a kab/kota name no rule of placement.place can read as a place ('meraukee'); False for 'Kota Raja' where
    a plan of the run names that kecamatan."""
    # (a kab/kota of the run at either level exists, as is_listed reads the list: 'Kota Kutai Barat' is a town of it)
    if home_provinces.is_listed(region) or any(region.key == known.key for known in run.regions) or provinces.names_of(region.name):
        return False
    return region.name not in run.places and f"{KOTA} {region.name}" not in run.places


def _guess(text: str, run: RunPlaces) -> str:
    """The run's kab/kota a part most likely means, '' if not exactly one: a typo ('Kab. Meraukee' -> 'Kabupaten
    Merauke'), its name with words after it ('Kota Samarinda Seberang'), or a short name of its letters ('Kota Smd');
    one of the level written first ('Kab. Malangg' is Kabupaten Malang, not Kota Malang), of the other if none fits."""
    found: dict[bool, set[str]] = {True: set(), False: set()}  # same level as written -> labels
    for region in (region for part in parse_location(text) for region in part.regions):
        for known, label in run.regions.items():
            if _may_mean(region, known.key):
                found[region.level == known.level].add(label)
    fitting = found[True] or found[False]
    return next(iter(fitting)) if len(fitting) == 1 else ""


def _may_mean(region: Region, key: str) -> bool:
    """True when a written kab/kota may be the one of Region key ``key``: a typo, its name with words after, its letters."""
    return is_typo_of(region.key, key) or (region.key.startswith(key) and len(region.name.split()) > 1) or _letters_of(region.key, key)


def _letters_of(short: str, key: str) -> bool:
    """'smd' of 'samarinda', 'bpp' of 'balikpapan': a short name of a name's first letter and others in order."""
    letters = iter(key[1:])
    return 2 <= len(short) <= 5 and short[0] == key[0] and len(short) < len(key) and all(letter in letters for letter in short[1:])


def place_notes(plan: Plan, rows: set[int], lower: list[Plan], placed: set[int] = frozenset()) -> list[Finding]:
    """The warnings on the province ``plan``'s same sub kegiatan rows placed elsewhere for a kab/kota of the run
    (positions ``rows``; ``lower``: its compared kab/kota plans; ``placed``: those in or held for another of them):
    unknown_place_notes, then unplaced_place_note on the rows placed in none."""
    run_of = functools.cache(lambda: run_places(lower))  # (worked out once, when a row needs it)
    return unknown_place_notes(plan, rows, run_of) + unplaced_place_note(plan, rows - placed, run_of)


def unknown_place_notes(plan: Plan, rows: set[int], run_of: Callable[[], RunPlaces]) -> list[Finding]:
    """One warning per distinct location part of the province ``plan`` that names a kab/kota existing nowhere, on the
    first of ``rows`` (positions of its same sub kegiatan rows placed in no kab/kota of the run) where it is written."""
    inherited: dict[SourceRef, str] | None = None
    found: dict[str, tuple[str, Item, int, Region | None]] = {}
    for position in sorted(rows):
        item = plan.items[position]
        if not item.location:
            inherited = inherited if inherited is not None else parent_locations(plan.items)
        location = item.location or inherited.get(item.ref, "")
        parts = parse_location(location)
        if all(home_provinces.is_listed(region) for part in parts for region in part.regions) and not any(
                level_bound(name) for part in parts for name in part.bare):
            continue  # the common case: every kab/kota it names exists, and no bare 'Jogja'
        run = run_of()
        for text, bound in [*((text, None) for text in unknown_parts(location, run)), *bare_short_names(location, run)]:
            key = " ".join(text.lower().split())
            first, first_item, count, _ = found.get(key, (text, item, 0, bound))
            found[key] = (first, first_item, count + 1, bound)
    return [_note(text, item, count, run_of(), bound) for text, item, count, bound in found.values()]


def unplaced_place_note(plan: Plan, rows: set[int], run_of: Callable[[], RunPlaces]) -> list[Finding]:
    """One warning for the province ``plan``'s same sub kegiatan rows (positions ``rows``, placed in no kab/kota of the
    run) whose location names no kab/kota at all, only places none of the run's plans names (an island not in
    data/islands.csv, a landmark, a kecamatan of a kab/kota not compared: 'Pulau Misool Selatan', 'Mandalika'): its
    texts, most rows first."""
    found: dict[str, list] = {}  # location as written, once per spelling -> [first row, rows]
    own = province_names_of(plan.government)
    for position in sorted(rows):
        item = plan.items[position]
        # (the province's own name beside them places nothing: 'Provinsi Jawa Timur, Desa X' names only Desa X)
        parts = [part for part in parse_location(item.location) if not names_province(part, own)] if item.location else ()
        if not parts or any(part.regions or not part.locals or _names_kab_kota(part.bare) for part in parts):
            continue  # (no location, a kab/kota named, even bare, or a part naming no place: 'Seluruh Kab/Kota')
        if not any(name in run_of().places for part in parts for name in part.locals):
            found.setdefault(" ".join(item.location.split()), [item, 0])[1] += 1
    if not found:
        return []
    ordered = sorted(found.items(), key=lambda entry: (-entry[1][1], entry[0].casefold()))
    texts = ", ".join(f"'{text}' ({Count(count)})" for text, (_, count) in ordered[:_LISTED])
    more = say("tally.more_places", count=Count(len(ordered) - _LISTED)) if len(ordered) > _LISTED else ""
    first = ordered[0][1][0]
    message = say("tally.unplaced_places", count=Count(sum(count for _, count in found.values())), places=texts, more=more)
    return [Finding(first.ref, message, code=first.code_text, name=first.name)]


def _names_kab_kota(names: tuple[str, ...]) -> bool:
    """True when a bare name is a kab/kota's of Kemendagri's list ('Bima', 'Sumbawa'): placement reads those itself."""
    return any(home_provinces.is_listed(Region(level, name)) for name in names for level in (KOTA, KABUPATEN))


#: location texts the unplaced-places warning names before counting the others
_LISTED = 10


def _note(text: str, item: Item, count: int, run: RunPlaces, bound: Region | None = None) -> Finding:
    """The warning on the first row of a location part naming no kab/kota that exists, or a bare short name of the run's
    kab/kota ``bound`` that names it only after its level word."""
    guess = _guess(text, run)
    if bound:
        written = f"{bound.level.title()} {text.strip()}"  # 'Kota Jogja': the form that names the kab/kota
        message = say("tally.bare_short_name", location=text, count=Count(count), government=run.regions[bound], written=written)
    elif guess:
        message = say("tally.unknown_place_guess", location=text, count=Count(count), guess=guess)
    else:
        message = say("tally.unknown_place", location=text, count=Count(count))
    return Finding(item.ref, message, code=item.code_text, name=item.name)
