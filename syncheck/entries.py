"""Items prepared for matching: core words, fuzzy keys and nomenclature evidence (match.py links them)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from .codes import comparison_key, is_support_program, opd_bidang
from .models import Code, Item, Kind, Plan, build_frozen
from .normalize import Rule, core_tokens, is_typo_of, normalize_name, ordered_key, sorted_key

SUPPORT_WORDS = ("penunjang", "urusan", "pemerintahan")


@dataclass(frozen=True)
class Entry:
    """An item prepared for matching: its core words, fuzzy key and nomenclature evidence."""

    item: Item
    tokens: tuple[str, ...]
    key: str  # the distinct core words sorted: word order does not matter
    ordered: str  # the distinct core words as written: a typo in a first letter does not reorder them
    coded: bool
    support: bool
    bidang: str
    code_key: tuple[str, ...] = ()
    code: Code | None = None  # the official code when the nomenclature assigned one, else the row's own
    agency_bidang: str = ""  # the bidang most rows of the item's agency carry (context for codeless rows)
    words: tuple[str, ...] = ()  # the normalized name's words, level and function words kept (for wording.py)

    @property
    def code_text(self) -> str:
        """The code used as evidence, as text."""
        return self.code.text if self.code else ""



def prepare(plan: Plan, rules: tuple[Rule, ...] | None = None) -> dict[Kind, list[Entry]]:
    """Entries of the linked kinds of one plan, by kind."""
    entries: dict[Kind, list[Entry]] = defaultdict(list)
    bidang_of = _agency_bidang(plan.items)
    for item in plan.items:
        if item.kind in (Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN):
            entries[item.kind].append(_entry(item, rules, bidang_of))
    return entries


def _agency_bidang(items: tuple[Item, ...]) -> dict[str, str]:
    """Each agency's bidang ('2.15'): the one most of its coded rows carry."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for item in items:
        if item.code is not None and len(item.code.segments) >= 2 and item.code.segments[0] != "X":
            counts[item.agency][".".join(item.code.segments[:2])] += 1
    return {agency: counter.most_common(1)[0][0] for agency, counter in counts.items()}


def _placeholder_filled(code: Code | None, bidang: str) -> Code | None:
    """A code written with the nomenclature's X.XX placeholder, under the agency's own bidang when known."""
    if code is None or code.segments[0] != "X" or not bidang:
        return code
    return Code(tuple(bidang.split(".")) + code.segments[2:])


def _entry(item: Item, rules: tuple[Rule, ...] | None, bidang_of: dict[str, str] | None = None) -> Entry:
    """Normalize one item once."""
    tokens = core_tokens(item.name, rules)
    code = item.official_code or item.code
    if code is not None and code.segments[0] == "X":
        code = _placeholder_filled(code, opd_bidang(item.agency_code) or (bidang_of or {}).get(item.agency, ""))
    coded = code is not None and code.kind is item.kind and not code.segments[0] == "X"
    name_words = tuple(normalize_name(item.name, rules).split())
    support = (code is not None and item.kind is Kind.PROGRAM and is_support_program(code)) or (
        item.kind is Kind.PROGRAM and _support_words(name_words)
    )
    bidang = ".".join(code.segments[:2]) if code is not None and len(code.segments) >= 2 else ""
    code_key = comparison_key(code) if coded else ()
    bidang = bidang or opd_bidang(item.agency_code)
    # the as-written key only scores program blocks and rows without a parent (see _score_block)
    ordered = ordered_key(tokens) if item.kind is Kind.PROGRAM or item.parent is None else ""
    # a plan's every row becomes an Entry: built without the frozen dataclass's per-field __init__
    return build_frozen(Entry, {
        "item": item, "tokens": tokens, "key": sorted_key(tokens), "ordered": ordered, "coded": coded,
        "support": support, "bidang": bidang, "code_key": code_key, "code": code,
        "agency_bidang": (bidang_of or {}).get(item.agency, bidang), "words": name_words,
    })  # fmt: skip


def _support_words(words: tuple[str, ...]) -> bool:
    """The name says 'penunjang urusan pemerintahan', one of the three words perhaps mistyped."""
    missing = [word for word in SUPPORT_WORDS if word not in words]
    return not missing or (len(missing) == 1 and any(is_typo_of(other, missing[0]) for other in words))
