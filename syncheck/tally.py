"""Count distinct items, headline figures and substantive overlaps from links (pure)."""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Iterable, Iterator, NamedTuple

from .codes import comparison_key
from .differences import token_difference
from .funding import Funding
from .memo import Memo
from .messages import Count, Message, say
from .models import LINKED_KINDS, Finding, Item, Kind, Link, Overlap, Plan, Relation, SourceRef, Summary, build_frozen
from .normalize import STOP_WORDS, core_tokens, normalize_name, without_kind_prefix
from .placement import ELSEWHERE, IN, Placement, Target, named_levels, named_places, place, target_of
from .places import KOTA, parse_location, region_of, short_names_of
from .values import name_order


def distinct_items(items: list[Item]) -> dict[SourceRef, SourceRef]:
    """Each row mapped to a representative row of its distinct item (same code, or same name under one program)."""
    return {item.ref: items[root].ref for item, root in zip(items, _item_roots(items))}


def distinct_count(items: list[Item]) -> int:
    """How many distinct items the rows are (distinct_items without the mapping)."""
    return sum(1 for index, root in enumerate(_item_roots(items)) if index == root)


def _item_roots(items: list[Item]) -> list[int]:
    """For each row, the position of its distinct item's representative row."""
    parent = list(range(len(items)))  # union-find over positions: cheaper than hashing SourceRefs

    def find(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    by_key: dict[tuple, int] = {}
    by_code: dict[tuple, list[int]] = {}  # per code, one row of each differently named item written with it
    for index, item in enumerate(items):
        code_key, name_key = _identity_keys(item)
        found = _named_alike(by_code.setdefault(code_key, []), index, items) if code_key else None
        if found is not None:
            parent[find(index)] = find(found)
        if name_key:
            found = by_key.setdefault(name_key, index)
            parent[find(index)] = find(found)
    return [find(index) for index in range(len(items))]


def _named_alike(heads: list[int], index: int, items: list[Item]) -> int | None:
    """The row among ``heads`` whose name is the row's at ``index`` (spelled alike), else None (and it becomes a head)."""
    name = items[index].name
    for head in heads:
        if not names_differ(items[head].name, name):
            return head
    heads.append(index)
    return None


def _code_key(item: Item) -> tuple | None:
    """The canonical code that makes two rows the same item (the official one when the master gave one)."""
    code = item.official_code or item.code
    if code is None or code.kind is not item.kind:
        return None
    return ("code", *_support_owner(item, code.text), *comparison_key(code))


def _support_owner(item: Item, code_text: str) -> tuple[str, ...]:
    """The agency whose own item a row of the support program is (program 01 of a bidang, or under the X.XX
    placeholder): every agency runs one, so two agencies of one bidang (PU Bina Marga, PU Sumber Daya Air) writing
    1.03.01 run two; () for any other row."""
    parts = code_text.split(".")
    if parts[0].startswith("X") or (len(parts) >= 3 and parts[2] == "01"):
        return (" ".join(item.agency.casefold().split()),)
    return ()


#: identity keys by what makes them: a province's rows and the official names recur in every pair's counts
_KEYS: Memo = Memo(200_000)


def _identity_keys(item: Item) -> tuple[tuple | None, tuple | None]:
    """Keys that make two rows the same item: the canonical code (the official one when the master gave one),
    and the name within the program."""
    made = (item.name, item.kind, item.code, item.official_code, item.program_code, item.agency)
    keys = _KEYS.get(made)
    if keys is None:
        keys = _KEYS.keep(made, _made_identity_keys(item))
    return keys


def _made_identity_keys(item: Item) -> tuple[tuple | None, tuple | None]:
    """_identity_keys of an item, from its name, kind, code, official code, program code and agency."""
    code = item.official_code or item.code
    owner = _support_owner(item, code.text if code is not None else item.program_code)
    code_key = _code_key(item)
    # a name repeated under one program counts once even under two kegiatan codes ('Penyediaan
    # Sandang' of two panti kegiatan): that is how reviewers, and the labelled corpora, count items
    name = _name_key(item.name)
    if not name:
        return code_key, None
    # one spelling of the scope for coded and codeless rows, so a codeless repeat joins its coded twin
    scope = ".".join(item.code.segments[:3]) if item.code is not None and len(item.code.segments) >= 3 else (item.program_code or item.agency)
    if item.kind is Kind.PROGRAM:
        scope = ".".join(item.code.segments[:2]) if item.code is not None else item.agency
    return code_key, ("name", item.kind.value, scope) + owner + (name,)


@functools.lru_cache(maxsize=1 << 14)
def names_differ(first: str, second: str) -> bool:
    """True when two names written with one code are two items: each has words the other lacks, beyond
    typos, abbreviations and acronyms ('Pembangunan Jalan' / 'Rehabilitasi Jalan'); added words are detail."""
    if first == second:
        return False  # the common repeat: one item on several rows (places, agencies)
    only_first, only_second, _ = token_difference(core_tokens(first), core_tokens(second))
    if not (only_first and only_second):
        return False
    first_words, second_words = set(normalize_name(first).split()), set(normalize_name(second).split())
    # an acronym may stand for words that are otherwise set aside ('PD' for 'Perangkat Daerah')
    first_extra, second_extra = only_first | (first_words - second_words), only_second | (second_words - first_words)
    return not (_abbreviates(only_first, second_extra) or _abbreviates(only_second, first_extra))


def _abbreviates(short: frozenset[str], long: frozenset[str] | set[str]) -> bool:
    """Every word of ``short`` is the start of a word of ``long`` ('peny') or initials of its words ('sda')."""
    initials = Counter(word[0] for word in long)
    return all(
        len(word) >= 2 and (any(other.startswith(word) for other in long) or (len(word) <= 5 and not Counter(word) - initials))
        for word in short
    )


def code_name_notes(plan: Plan) -> list[Finding]:
    """A warning on each row whose code another row carries under a different name: counted as two items."""
    notes = []
    for kind in LINKED_KINDS:
        items = list(plan.items_of(kind))
        by_code: dict[tuple, list[int]] = defaultdict(list)
        for position, item in enumerate(items):
            code_key = _identity_keys(item)[0]  # (the keys distinct_count remembers for the same rows)
            if code_key:
                by_code[code_key].append(position)
        found = []
        # (most codes are written on one row: only repeated ones need their names compared)
        for positions in by_code.values():
            heads: list[int] = []  # one row of each differently named item
            for position in positions if len(positions) > 1 else ():
                if _named_alike(heads, position, items) is None and len(heads) > 1:
                    item = items[position]
                    message = say("tally.code_names_differ", code=item.code_text, other=items[heads[0]].name)
                    found.append((position, Finding(item.ref, message, code=item.code_text, name=item.name)))
        notes.extend(note for _, note in sorted(found, key=lambda pair: pair[0]))
    return notes


@functools.lru_cache(maxsize=1 << 16)
def _name_key(name: str) -> str:
    """A name's words without the kind prefix and stop words, sorted (cached: names recur in every plan)."""
    return " ".join(sorted({word for word in without_kind_prefix(normalize_name(name)).split() if word not in STOP_WORDS}))


Groups = dict[Kind, dict[SourceRef, SourceRef]]


def plan_groups(plan: Plan) -> Groups:
    """distinct_items of each linked kind of one plan."""
    return {kind: distinct_items(list(plan.items_of(kind))) for kind in LINKED_KINDS}


def summarize(
    left: Plan, right: Plan, links: list[Link], left_groups: Groups | None = None, right_counts: dict[Kind, int] | None = None
) -> list[Summary]:
    """The headline per linked kind for one pair of plans, over distinct left items (``right_counts``: distinct_counts of right)."""
    # a province is compared with every kab/kota: callers pass its groups once computed
    left_groups = left_groups if left_groups is not None else plan_groups(left)
    right_counts = right_counts if right_counts is not None else distinct_counts(right)
    relations: dict[SourceRef, set[Relation]] = defaultdict(set)
    for link in links:
        groups = left_groups.get(link.kind, {})
        if link.left.ref in groups:
            relations[groups[link.left.ref]].add(link.relation)
    summaries = []
    for kind in LINKED_KINDS:
        summaries.append(_summary(left, right, kind, set(left_groups[kind].values()), relations, right_counts[kind]))
    return summaries


def distinct_counts(plan: Plan) -> dict[Kind, int]:
    """How many distinct items of each linked kind the plan holds."""
    return {kind: distinct_count(list(plan.items_of(kind))) for kind in LINKED_KINDS}


def _summary(left: Plan, right: Plan, kind: Kind, items: set[SourceRef], relations: dict, right_total: int) -> Summary:
    """Counts of one kind: same = identical or similar; counterpart = only counterpart links (json-contract.md);
    review = a review link and none that is the same: each linked item in one of the three."""
    identical = sum(1 for ref in items if Relation.IDENTICAL in relations[ref])
    similar = sum(1 for ref in items if Relation.SIMILAR in relations[ref] and Relation.IDENTICAL not in relations[ref])
    same_relations = {Relation.IDENTICAL, Relation.SIMILAR}
    same = sum(1 for ref in items if relations[ref] & same_relations)
    counterpart = sum(1 for ref in items if relations[ref] == {Relation.COUNTERPART})
    review = sum(1 for ref in items if Relation.REVIEW in relations[ref] and not relations[ref] & same_relations)
    return Summary(left.label, right.label, kind, len(items), same, identical, similar, counterpart, review, right_total)


def checked_links(left: Plan, right: Plan, links: list[Link], elsewhere: Iterable[str] = (), kota: frozenset[str] = frozenset(),
                  levels: Levels | None = None, locations: frozenset[str] | None = None,
                  compared: frozenset[tuple[str, str]] | None = None) -> list[tuple[Link, Placement]]:
    """Same sub kegiatan links both levels fund, each with where the province row lies: in the kab/kota, not stated,
    ambiguous, or elsewhere (whose places may name no kab/kota at all: unknown_places). ``elsewhere``: places other
    kab/kota name, places_elsewhere; ``kota``: the kota of the run, kota_of_run; ``levels``: the places other kab/kota
    name with a level word, levels_elsewhere; ``locations``: the location cells of every file of the kab/kota,
    government_locations, else the plan's own; ``compared``: the kab/kota of the run, compared_of_run. A run's pairs get
    these from run_places, through pair_placements."""
    target: Target | None = None  # worked out on the first link that needs it
    inherited: dict[SourceRef, str] | None = None  # likewise the places province rows take from their kegiatan
    left_funding, right_funding = Funding(left.items), Funding(right.items)
    found = []
    for link in links:
        if link.kind is not Kind.SUB_KEGIATAN or not link.relation.is_same:
            continue
        if not (right_funding.funds(link.right) and left_funding.funds(link.left)):
            continue
        target = target or target_for(left, right, elsewhere, kota, levels, locations, compared)
        location = link.left.location
        if not location:
            inherited = inherited if inherited is not None else parent_locations(left.items)
            location = inherited.get(link.left.ref, "")
        placement = place(location, target)
        if location != link.left.location:
            placement = replace(placement, cell=location)
        if placement.status == IN and (link.left.place_budgets or link.right.place_budgets):
            placement = _with_parts(placement, link, target)
        found.append((link, placement))
    return found


class RunPlaces(NamedTuple):
    """What placing a pair's province rows needs of the whole run (checked_links), by the lower plan's position."""

    elsewhere: dict[int, dict[str, tuple[str, ...]]]  # places_elsewhere
    kota: frozenset[str]  # kota_of_run
    levels: dict[int, Levels]  # levels_elsewhere
    locations: dict[int, frozenset[str]]  # government_locations
    compared: frozenset[tuple[str, str]]  # compared_of_run


def run_places(plans: list[Plan], pairs: list[tuple[int, int]]) -> RunPlaces:
    """The RunPlaces of a run's (higher, lower) pairs, each worked out once for all of them."""
    locations = government_locations(plans, pairs)
    named = places_named(plans, pairs, locations)
    compared = compared_of_run(plans)
    return RunPlaces(places_elsewhere(plans, pairs, named), kota_of_run(compared), levels_elsewhere(plans, pairs, locations, named), locations,
                     compared)


def pair_placements(left: Plan, right: Plan, links: list[Link], places: RunPlaces, at: int) -> list[tuple[Link, Placement]]:
    """checked_links of one pair, whose lower plan ``right`` is at position ``at`` of the run: what compare places."""
    return checked_links(left, right, links, places.elsewhere[at], places.kota, places.levels[at], places.locations[at], places.compared)


def _with_parts(placement: Placement, link: Link, target: Target) -> Placement:
    """A placement in the kab/kota with the amounts of the rows' places there, where a row states its amount per place:
    the province row's places in the kab/kota (then shared only as those places are), and the kab/kota row's less its
    places in another kab/kota."""
    left_parts = [(amount, found) for where, amount in link.left.place_budgets if (found := place(where, target)).status == IN]
    if left_parts:
        shared_by = max(found.shared_by for _, found in left_parts)
        placement = replace(placement, left_part=sum(amount for amount, _ in left_parts), shared_by=shared_by)
    if link.right.place_budgets:
        own = sum(amount for where, amount in link.right.place_budgets if not _names_others(where, target))
        placement = replace(placement, right_part=own) if 0 < own < link.right.budget else placement
    return placement


def _names_others(where: str, target: Target) -> bool:
    """True when a place names other kab/kota only ('Kota Batu' in Kota Malang's plan); a kecamatan or desa its own
    plan names nowhere else is still its own."""
    parts = parse_location(where)
    return bool(parts) and all(part.regions for part in parts) and place(where, target).status == ELSEWHERE


def parent_locations(items: tuple[Item, ...]) -> dict[SourceRef, str]:
    """The location of each sub kegiatan without one of its own that its kegiatan (or program) row states, unless a sub
    kegiatan beside it states its own: a plan writing the place once, on the kegiatan row, locates every sub kegiatan under it."""
    by_ref = {item.ref: item for item in items if item.kind is not Kind.SUB_KEGIATAN}
    located_parents = {item.parent for item in items if item.kind is Kind.SUB_KEGIATAN and item.location}
    found = {}
    for item in items:
        if item.kind is Kind.SUB_KEGIATAN and not item.location and item.parent not in located_parents:
            parent = by_ref.get(item.parent) if item.parent is not None else None
            while parent is not None and not parent.location:
                parent = by_ref.get(parent.parent) if parent.parent is not None else None
            if parent is not None:
                found[item.ref] = parent.location
    return found


def target_for(left: Plan, right: Plan, elsewhere: Iterable[str] = (), kota: frozenset[str] = frozenset(),
               levels: Levels | None = None, locations: frozenset[str] | None = None,
               compared: frozenset[tuple[str, str]] | None = None) -> Target:
    """The kab/kota plan as its province's location cells are read against it (``locations``: its files' location
    cells, government_locations; by default the plan's own)."""
    locations = set(locations if locations is not None else locations_of(right))
    province_locations = {item.location for item in left.items if item.location}
    return target_of(right.government, locations, left.government, province_locations, frozenset(elsewhere), kota, levels, compared)


def kota_of_run(compared: frozenset[tuple[str, str]]) -> frozenset[str]:
    """The kota among the run's kab/kota (compared_of_run), as places.Region keys: a 'Kota X' a province writes is one
    of them, whether or not data/kabkota.csv lists it."""
    return frozenset(key for level, key in compared if level == KOTA)


def compared_of_run(plans: list[Plan]) -> frozenset[tuple[str, str]]:
    """The kab/kota among the plans, as (level, places.Region key)."""
    return frozenset((region.level, region.key) for plan in plans if (region := region_of(plan.government)))


def locations_of(plan: Plan) -> frozenset[str]:
    """The location cells of a plan's rows."""
    return frozenset(item.location for item in plan.items if item.location)


def government_locations(plans: list[Plan], pairs: list[tuple[int, int]]) -> dict[int, frozenset[str]]:
    """For each lower plan of the pairs, the location cells of every file of its kab/kota and year under the same
    higher plan: a province row is placed against the whole government, whichever of its files (a plan given in
    parts, or with its revision) names the place."""
    by_government: dict[tuple[int, object, int | None], set[str]] = {}
    keys = {}
    for left, right in pairs:
        region = region_of(plans[right].government)  # as _same_kab_kota tells one kab/kota
        keys[right] = (left, region if region is not None else right, plans[right].year)
        by_government.setdefault(keys[right], set()).update(locations_of(plans[right]))
    return {right: frozenset(by_government[key]) for right, key in keys.items()}


def places_of(plan: Plan, locations: frozenset[str] | None = None) -> frozenset[str]:
    """The places a kab/kota plan's rows name (placement.named_places), and its short names ('Kukar'): a plan naming a
    desa so names a place the kab/kota of that short name claims too (``locations``: as for target_for)."""
    cells = set(locations if locations is not None else locations_of(plan))
    return named_places(plan.government, cells) | short_names_of(plan.government)


def places_named(plans: list[Plan], pairs: list[tuple[int, int]], locations: dict[int, frozenset[str]] | None = None) -> dict[int, frozenset[str]]:
    """For each lower plan of the pairs, the places its kab/kota names (places_of, over the location cells of every file of
    it: ``locations``, government_locations)."""
    locations = locations if locations is not None else government_locations(plans, pairs)
    return {right: places_of(plans[right], locations[right]) for _, right in pairs}


def places_elsewhere(plans: list[Plan], pairs: list[tuple[int, int]], named: dict[int, frozenset[str]] | None = None) -> dict[int, dict[str, tuple[str, ...]]]:
    """For each lower plan of the pairs, the places that other kab/kota of the same higher plan name too, with those
    kab/kota (a plan's revision in the same run is the same kab/kota, and names what any of its files names; ``named``:
    places_named)."""
    shared: dict[int, dict[str, list[str]]] = {right: {} for _, right in pairs}
    for right, other, name in _shared_places(plans, pairs, named if named is not None else places_named(plans, pairs)):
        shared[right].setdefault(name, []).append(plans[other].label)
    return {right: {name: tuple(dict.fromkeys(labels)) for name, labels in found.items()} for right, found in shared.items()}


#: (place, level, place word) of the places other kab/kota plans name too, with those kab/kota: the level a place word
#: names and the word ('Nagari Koto Tangah': 'desa', 'nagari'), '' for a plan naming the place with none (not known)
Levels = dict[tuple[str, str, str], tuple[str, ...]]


def levels_elsewhere(plans: list[Plan], pairs: list[tuple[int, int]], locations: dict[int, frozenset[str]] | None = None,
                     named: dict[int, frozenset[str]] | None = None) -> dict[int, Levels]:
    """For each lower plan of the pairs, its places that other kab/kota of the same higher plan name too, at each level
    and place word they name them, with those kab/kota: read once per plan, so a province row is placed by set lookups
    (``locations``: government_locations; ``named``: places_named)."""
    locations = locations if locations is not None else government_locations(plans, pairs)
    levels: dict[int, dict[str, set[tuple[str, str]]]] = {}
    for _, right in pairs:
        for name, level, word in named_levels(plans[right].government, set(locations[right])):
            levels.setdefault(right, {}).setdefault(name, set()).add((level, word))
    by_level: dict[int, dict[tuple[str, str, str], list[str]]] = {right: {} for _, right in pairs}
    for right, other, name in _shared_places(plans, pairs, named if named is not None else places_named(plans, pairs, locations)):
        for level, word in levels.get(other, {}).get(name) or {("", "")}:
            by_level[right].setdefault((name, level, word), []).append(plans[other].label)
    return {right: {key: tuple(dict.fromkeys(labels)) for key, labels in found.items()} for right, found in by_level.items()}


def _shared_places(plans: list[Plan], pairs: list[tuple[int, int]], named: dict[int, frozenset[str]]) -> Iterator[tuple[int, int, str]]:
    """(plan, other plan, place) for each place a lower plan of the pairs names that another kab/kota of the same higher
    plan names too, the other plans in the order given."""
    siblings: dict[int, list[int]] = {}
    for left, right in pairs:
        siblings.setdefault(left, []).append(right)
    for left, right in pairs:
        for other in siblings[left]:
            if not _same_kab_kota(plans[other], plans[right]):
                for name in named[right] & named[other]:
                    yield right, other, name


def overlap_of(link: Link, placement: Placement) -> Overlap:
    """The overlap a link makes at a place: both budgets, each at its own level (a row stating its amount per place
    gives the amount of its places there), and how many kab/kota share the row.

    A row whose place is not stated or ambiguous gives its location cell as written (it is no substantive overlap).
    """
    where = placement.where if placement.status == IN else placement.cell or link.left.location
    left, right = link.left, link.right
    # a province run makes one for each of its 80,000 same sub kegiatan: built without the frozen __init__
    return build_frozen(Overlap, {
        "left": left, "right": right, "location": where, "relation": link.relation, "shared_by": placement.shared_by,
        "left_budget": (left.budget or 0) if placement.left_part is None else placement.left_part,
        "right_budget": (right.budget or 0) if placement.right_part is None else placement.right_part,
        "left_by_place": placement.left_part is not None, "right_by_place": placement.right_part is not None,
    })  # fmt: skip


def _same_kab_kota(one: Plan, other: Plan) -> bool:
    """True for two plans of one kab/kota ('Kabupaten Malang' and its revision, kept apart as 'Kabupaten Malang (2)')."""
    region = region_of(one.government)
    return one is other or (region is not None and region == region_of(other.government))


def ambiguity_note(link: Link, placement: Placement, government: str = "") -> Finding:
    """The warning on a province row whose location may be either the kota or the kabupaten of one name, or a place of
    the kab/kota ``government``'s plan written with a kab/kota the run does not compare (Placement.written_in) or named
    like a kab/kota of the province (Placement.kab_kota_named)."""
    if placement.written_in:
        text = say("tally.place_written_in", location=placement.where, other=placement.written_in, government=government)
    elif placement.kab_kota_named:
        text = say("tally.place_named_as_kab_kota", location=placement.where, other=placement.kab_kota_named, government=government)
    else:
        text = say("tally.ambiguous_place", location=placement.where)
    return Finding(link.left.ref, text, code=link.left.code_text, name=link.left.name)


def level_notes(placed: Iterable[tuple[Link, Placement]], government: str, elsewhere: dict[str, tuple[str, ...]]) -> list[Finding]:
    """One note per province row and location placed in the kab/kota by its level word, at which only its plan names a
    place other kab/kota plans name too ('Kec. Koto Tangah' where another plan names a nagari Koto Tangah)."""
    rows = {(link.left.ref, placement.where): (link.left, placement) for link, placement in placed if placement.status == IN and placement.level}
    return [Finding(item.ref, _level_note(where, government, placement, elsewhere), code=item.code_text, name=item.name)
            for (_, where), (item, placement) in rows.items()]


def _level_note(where: str, government: str, placement: Placement, elsewhere: dict[str, tuple[str, ...]]) -> Message:
    """The note on a row placed by its level word, or by its place word where the level does not decide ('Kapanewon')."""
    governments = ", ".join(sorted(elsewhere.get(placement.named_twice, ()), key=name_order))
    if placement.word:
        return say("tally.place_by_word", location=where, government=government, place_word=placement.word, governments=governments)
    return say("tally.place_by_level", location=where, government=government, place_level=placement.level, governments=governments)


def town_notes(placed: Iterable[tuple[Link, Placement]], government: str) -> list[Finding]:
    """One note per province row and location read as a town of the kabupaten ('Kota Merauke': no such kota exists)."""
    rows = {(link.left.ref, placement.where): link.left for link, placement in placed if placement.status == IN and placement.town}
    return [Finding(item.ref, say("tally.town_place", location=where, government=government), code=item.code_text, name=item.name)
            for (_, where), item in rows.items()]


#: a province row whose location names a place several kab/kota plans name, as one pair found it: the row,
#: its location, the pair's kab/kota and the others that name the place
HeldPlace = tuple[Item, str, str, tuple[str, ...]]


def shared_place_notes(held: Iterable[HeldPlace]) -> list[Finding]:
    """One warning per province row and location that several kab/kota plans name, however many pairs held its
    overlap back: those kab/kota (by name, whatever the order of the files) and, when not all of them, the ones held back."""
    rows: dict[tuple[SourceRef, str], tuple[Item, set[str], set[str]]] = {}
    for item, where, government, others in held:
        _, naming, withheld = rows.setdefault((item.ref, where), (item, set(), set()))
        naming.update((government, *others))
        withheld.add(government)
    notes = []
    for (ref, where), (item, naming, withheld) in rows.items():
        named = sorted(naming, key=name_order)
        fields = {"location": where, "count": Count(len(named)), "governments": ", ".join(named)}
        if withheld == naming:
            text = say("tally.place_named_by_many", **fields)
        else:
            text = say("tally.place_named_by_many_some", **fields, withheld=", ".join(label for label in named if label in withheld))
        notes.append(Finding(ref, text, code=item.code_text, name=item.name))
    return notes


def level_digit_notes(plans: list[Plan]) -> list[Finding]:
    """One warning per kab/kota plan whose kegiatan or sub kegiatan codes carry the province level digit 1."""
    notes = []
    for plan in plans:
        if plan.level.is_province:
            continue
        count = sum(1 for item in plan.items if item.code is not None and item.kind in _LEVELLED and item.code.level_digit == "1")
        if count:
            notes.append(Finding(SourceRef(plan.file, "", 0), say("tally.province_level_digit", count=Count(count), government=plan.label)))
    return notes


_LEVELLED = (Kind.KEGIATAN, Kind.SUB_KEGIATAN)
