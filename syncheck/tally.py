"""Count distinct items, headline figures and substantive overlaps from links (pure)."""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from .codes import comparison_key
from .models import LINKED_KINDS, Item, Kind, Link, Overlap, Plan, Relation, SourceRef, Summary
from .normalize import STOP_WORDS, normalize_name, without_kind_prefix

_PLACE_PREFIX = re.compile(r"^(kec(amatan)?|kel(urahan)?|desa|ds|kab(upaten)?|kota|kecamatan)\.?\s+", re.IGNORECASE)


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
    for index, item in enumerate(items):
        for key in _identity_keys(item):
            found = by_key.get(key)
            if found is None:
                by_key[key] = index
            else:
                parent[find(index)] = find(found)
    return [find(index) for index in range(len(items))]


def _identity_keys(item: Item) -> list[tuple]:
    """Keys that make two rows the same item: the canonical code; the name within the program."""
    # a name repeated under one program counts once even under two kegiatan codes ('Penyediaan
    # Sandang' of two panti kegiatan): that is how reviewers, and the labelled corpora, count items
    keys: list[tuple] = []
    # a code with the X.XX placeholder names the item of the row's own agency
    owner = (item.agency,) if (item.code_text or item.program_code).startswith("X") else ()
    if item.code is not None and item.code.kind is item.kind:
        keys.append(("code",) + owner + comparison_key(item.code))
    name = _name_key(item.name)
    if name:
        # one spelling of the scope for coded and codeless rows, so a codeless repeat joins its coded twin
        scope = ".".join(item.code.segments[:3]) if item.code is not None and len(item.code.segments) >= 3 else (item.program_code or item.agency)
        if item.kind is Kind.PROGRAM:
            scope = ".".join(item.code.segments[:2]) if item.code is not None else item.agency
        keys.append(("name", item.kind.value, scope) + owner + (name,))
    return keys


@functools.lru_cache(maxsize=1 << 16)
def _name_key(name: str) -> str:
    """A name's words without the kind prefix and stop words, sorted (cached: names recur in every plan)."""
    return " ".join(sorted({word for word in without_kind_prefix(normalize_name(name)).split() if word not in STOP_WORDS}))


Groups = dict[Kind, dict[SourceRef, SourceRef]]


def plan_groups(plan: Plan) -> Groups:
    """distinct_items of each linked kind of one plan."""
    return {kind: distinct_items(list(plan.items_of(kind))) for kind in LINKED_KINDS}


def summarize(left: Plan, right: Plan, links: list[Link], left_groups: Groups | None = None) -> list[Summary]:
    """The headline per linked kind for one pair of plans, over distinct left items."""
    # a province is compared with every kab/kota: callers pass its groups once computed
    left_groups = left_groups if left_groups is not None else plan_groups(left)
    relations: dict[SourceRef, set[Relation]] = defaultdict(set)
    for link in links:
        groups = left_groups.get(link.kind, {})
        if link.left.ref in groups:
            relations[groups[link.left.ref]].add(link.relation)
    summaries = []
    for kind in LINKED_KINDS:
        right_total = distinct_count(list(right.items_of(kind)))
        summaries.append(_summary(left, right, kind, set(left_groups[kind].values()), relations, right_total))
    return summaries


def _summary(left: Plan, right: Plan, kind: Kind, items: set[SourceRef], relations: dict, right_total: int) -> Summary:
    """Counts of one kind: same = identical or similar; counterpart = only counterpart links."""
    identical = sum(1 for ref in items if Relation.IDENTICAL in relations[ref])
    similar = sum(1 for ref in items if Relation.SIMILAR in relations[ref] and Relation.IDENTICAL not in relations[ref])
    same = sum(1 for ref in items if relations[ref] & {Relation.IDENTICAL, Relation.SIMILAR})
    counterpart = sum(1 for ref in items if relations[ref] and relations[ref] <= {Relation.COUNTERPART, Relation.REVIEW} and Relation.COUNTERPART in relations[ref])
    review = sum(1 for ref in items if relations[ref] == {Relation.REVIEW})
    return Summary(left.label, right.label, kind, len(items), same, identical, similar, counterpart, review, right_total)


def place_names(plan: Plan) -> set[str]:
    """Normalized place names of a plan: the government itself and every location its rows name."""
    names = {_place(plan.government)}
    for location in {item.location for item in plan.items}:
        for part in split_locations(location):
            names.add(_place(part))
    names.discard("")
    return names


@functools.lru_cache(maxsize=1 << 14)
def split_locations(text: str) -> tuple[str, ...]:
    """'Kota Batu, Kabupaten Malang; Kec. X' -> its parts (cached: a plan names a few places on many rows)."""
    return tuple(part.strip() for part in re.split(r"[,;/\n]|\bdan\b", text or "") if part.strip())


@functools.lru_cache(maxsize=1 << 14)
def _place(text: str) -> str:
    """A place name without its prefix ('Kec. Batu' -> 'batu')."""
    value = " ".join((text or "").lower().split())
    previous = None
    while previous != value:
        previous, value = value, _PLACE_PREFIX.sub("", value).strip()
    return value


def find_overlaps(left: Plan, right: Plan, links: list[Link]) -> list[Overlap]:
    """Same sub kegiatan that the province locates in the kab/kota and the kab/kota also funds."""
    return [overlap_of(link, where) for link, where in overlapping_links(left, right, links)]


def overlapping_links(left: Plan, right: Plan, links: list[Link]) -> list[tuple[Link, str]]:
    """The links of find_overlaps, each with the part of the province row's location in the kab/kota."""
    city = _place(right.government)
    places = place_names(right) - {_place(left.government)}
    found = []
    for link in links:
        if link.kind is not Kind.SUB_KEGIATAN or not link.relation.is_same:
            continue
        where = _located_in(link.left.location, city, places, right.government)
        if where and (link.right.budget or 0) > 0:
            found.append((link, where))
    return found


def overlap_of(link: Link, where: str) -> Overlap:
    """The substantive overlap a link makes at a place: both budgets, each at its own level."""
    return Overlap(link.left, link.right, where, link.left.budget or 0, link.right.budget or 0, link.relation)


def _located_in(location: str, city: str, places: set[str], government: str) -> str:
    """The part of a province row's location that lies in the kab/kota, or empty."""
    for part in split_locations(location):
        raw = " ".join(part.lower().split())
        if raw.startswith(("kota ", "kabupaten ", "kab ", "kab. ")) and _place(raw) == city:
            return part if _same_level_word(raw, government) else ""
        if not raw.startswith(("kota ", "kabupaten ", "kab ", "kab. ", "provinsi ")) and _place(raw) in places:
            return part
    return ""


def _same_level_word(raw: str, government: str) -> bool:
    """'Kota Pasuruan' is not 'Kabupaten Pasuruan'."""
    first = government.split()[0].lower() if government else ""
    return raw.startswith("kota") == (first == "kota")
