"""Candidate pairs and scores between two plans (the only rapidfuzz user)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator

import numpy
from rapidfuzz import fuzz, process

from .codes import comparison_key, is_support_program, opd_bidang
from .models import Item, Kind, Link, Options, Plan, Relation, SourceRef
from .normalize import COUNTERPART_WORDS, Rule, core_tokens, normalize_name, sorted_key, token_difference

SUPPORT_WORDS = ("penunjang", "urusan", "pemerintahan")
LONG_NAME_WORDS = 9
# Bounds for pathological input (thousands of rows without parents, a thousand copies of one name):
# real blocks have well under a million pairs and a row has a handful of links.
MAX_BLOCK_PAIRS = 1_000_000  # a block up to this many pairs is decided pair by pair
CANDIDATES_PER_ROW = 10  # above it, each row's best-scoring partners only
MAX_LINKS_PER_ROW = 10  # a row keeps its best links; a pair stays when either of its rows keeps it


@dataclass(frozen=True)
class Entry:
    """An item prepared for matching: its core words, fuzzy key and nomenclature evidence."""

    item: Item
    tokens: tuple[str, ...]
    key: str
    coded: bool
    support: bool
    bidang: str


@dataclass(frozen=True)
class Verdict:
    """What the evidence says about one candidate pair."""

    relation: Relation
    score: float
    reason: str


def prepare(plan: Plan, rules: tuple[Rule, ...] | None = None) -> dict[Kind, list[Entry]]:
    """Entries of the linked kinds of one plan, by kind."""
    entries: dict[Kind, list[Entry]] = defaultdict(list)
    for item in plan.items:
        if item.kind in (Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN):
            entries[item.kind].append(_entry(item, rules))
    return entries


def _entry(item: Item, rules: tuple[Rule, ...] | None) -> Entry:
    """Normalize one item once."""
    tokens = core_tokens(item.name, rules)
    coded = item.code is not None and item.code.kind is item.kind and not item.code.segments[0] == "X"
    name_words = normalize_name(item.name, rules).split()
    support = (item.code is not None and item.kind is Kind.PROGRAM and is_support_program(item.code)) or (
        item.kind is Kind.PROGRAM and all(word in name_words for word in SUPPORT_WORDS)
    )
    bidang = ".".join(item.code.segments[:2]) if item.code is not None and len(item.code.segments) >= 2 else ""
    return Entry(item, tokens, sorted_key(tokens), coded, support, bidang or opd_bidang(item.agency_code))


def link_plans(left: Plan, right: Plan, options: Options, rules: tuple[Rule, ...] | None = None) -> list[Link]:
    """Every link between a higher-level plan and a lower-level plan, for all linked kinds."""
    return link_entries(prepare(left, rules), prepare(right, rules), options)


def link_entries(left: dict[Kind, list[Entry]], right: dict[Kind, list[Entry]], options: Options) -> list[Link]:
    """Links level by level: programs first, then kegiatan under linked programs, then sub kegiatan."""
    links: list[Link] = []
    parents: dict[tuple[SourceRef, SourceRef], Relation] = {}
    for kind in (Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN):
        found = _link_kind(kind, left.get(kind, []), right.get(kind, []), parents, options)
        links.extend(found)
        parents = {(link.left.ref, link.right.ref): link.relation for link in found if link.relation is not Relation.REVIEW}
    return links


def _link_kind(kind, left, right, parents, options) -> list[Link]:
    """Score candidate pairs of one kind in blocks and keep those with a relation."""
    verdicts: dict[tuple[int, int], Verdict] = {}
    for left_ids, right_ids, parent_relation in _blocks(kind, left, right, parents):
        pairs = _candidates([left[i].key for i in left_ids], [right[j].key for j in right_ids])
        for (a, b), score in pairs:
            i, j = left_ids[a], right_ids[b]
            if (i, j) in verdicts:
                continue
            verdict = decide(kind, left[i], right[j], score, parent_relation, options)
            if verdict is not None:
                verdicts[(i, j)] = verdict
    verdicts = _keep_best_per_row(_prefer_exact(verdicts))
    return [Link(kind, v.relation, round(v.score, 1), v.reason, left[i].item, right[j].item) for (i, j), v in sorted(verdicts.items())]


def _score_block(left_keys: list[str], right_keys: list[str]):
    """Similarity 0-100 of every left key with every right key (rapidfuzz's bulk C++ path)."""
    return process.cdist(left_keys, right_keys, scorer=fuzz.ratio, workers=1)


def _candidates(left_keys: list[str], right_keys: list[str]) -> Iterator[tuple[tuple[int, int], float]]:
    """((a, b), score) for the pairs of a block worth deciding: all of them, or in a huge block each row's best."""
    if len(left_keys) * len(right_keys) <= MAX_BLOCK_PAIRS:
        scores = _score_block(left_keys, right_keys)
        return (((a, b), float(scores[a][b])) for a in range(len(left_keys)) for b in range(len(right_keys)))
    pairs = _best_partners(left_keys, right_keys)
    pairs.update({(a, b): score for (b, a), score in _best_partners(right_keys, left_keys).items()})
    return iter(sorted(pairs.items()))


def _best_partners(keys: list[str], others: list[str]) -> dict[tuple[int, int], float]:
    """For each key, its CANDIDATES_PER_ROW best-scoring others (ties: the earlier row), scored in bounded chunks."""
    found: dict[tuple[int, int], float] = {}
    chunk = max(1, MAX_BLOCK_PAIRS // max(1, len(others)))
    for start in range(0, len(keys), chunk):
        scores = _score_block(keys[start : start + chunk], others)
        best = numpy.argsort(-scores, axis=1, kind="stable")[:, :CANDIDATES_PER_ROW]
        for offset, row in enumerate(best):
            for other in row:
                found[(start + offset, int(other))] = float(scores[offset][other])
    return found


def _keep_best_per_row(verdicts: dict[tuple[int, int], Verdict]) -> dict[tuple[int, int], Verdict]:
    """Drop the links beyond each row's MAX_LINKS_PER_ROW best (confident first, then score, then row order)."""
    by_left: dict[int, list[tuple[int, int]]] = defaultdict(list)
    by_right: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for pair in verdicts:
        by_left[pair[0]].append(pair)
        by_right[pair[1]].append(pair)
    if all(len(pairs) <= MAX_LINKS_PER_ROW for pairs in (*by_left.values(), *by_right.values())):
        return verdicts
    rank = lambda pair: (verdicts[pair].relation is Relation.REVIEW, -verdicts[pair].score, pair)  # noqa: E731
    kept = {pair for group in (*by_left.values(), *by_right.values()) for pair in sorted(group, key=rank)[:MAX_LINKS_PER_ROW]}
    return {pair: verdict for pair, verdict in verdicts.items() if pair in kept}


def _blocks(kind, left, right, parents):
    """Groups of left and right entries worth comparing: same parents where parents exist."""
    if kind is Kind.PROGRAM:
        yield list(range(len(left))), list(range(len(right))), None
        return
    by_left = defaultdict(list)
    by_right = defaultdict(list)
    for i, entry in enumerate(left):
        by_left[entry.item.parent].append(i)
    for j, entry in enumerate(right):
        by_right[entry.item.parent].append(j)
    for (left_parent, right_parent), relation in parents.items():
        if left_parent in by_left and right_parent in by_right:
            yield by_left[left_parent], by_right[right_parent], relation
    yield from _orphan_blocks(left, right, by_left, by_right)


def _orphan_blocks(left, right, by_left, by_right):
    """Rows without any parent row are compared with every row of the other side."""
    if None in by_left and right:
        yield by_left[None], list(range(len(right))), None
    if None in by_right and left:
        yield list(range(len(left))), by_right[None], None


def decide(kind: Kind, left: Entry, right: Entry, score: float, parent: Relation | None, options: Options) -> Verdict | None:
    """The relation of one candidate pair from code evidence, names and the parents' relation."""
    if kind is Kind.PROGRAM and (left.support or right.support):
        return _decide_support(left, right, score)
    only_left, only_right, typos = token_difference(left.tokens, right.tokens)
    equal = not only_left and not only_right and bool(left.tokens)
    nearly = _long_name_match(kind, left.tokens, right.tokens, only_left, only_right)
    both_coded = left.coded and right.coded
    same_code = both_coded and comparison_key(left.item.code) == comparison_key(right.item.code)
    if equal or nearly:
        return _same(kind, left, right, score, parent, both_coded, same_code, typos, nearly and not equal)
    if kind is Kind.PROGRAM and same_code:
        return None if score < options.review_threshold else Verdict(Relation.REVIEW, score, f"same code {left.item.code_text} but the names differ (score {score:.0f})")
    scope = (only_left | only_right) and (only_left | only_right) <= COUNTERPART_WORDS
    if kind is not Kind.PROGRAM and parent is not None and (scope or _same_slot(left, right)) and score >= options.review_threshold:
        words = ", ".join(sorted(only_left | only_right))
        return Verdict(Relation.COUNTERPART, score, f"same slot in linked parents; wording differs in scope or object ({words})")
    if score >= options.review_threshold:
        return Verdict(Relation.REVIEW, score, f"names partly alike (score {score:.0f}); {', '.join(sorted(only_left | only_right))[:80]} differ")
    return None


def _same(kind, left, right, score, parent, both_coded, same_code, typos, nearly) -> Verdict | None:
    """Names that say the same item: identical with code evidence, similar without."""
    detail = "names equal after normalization" + (f" ({typos} typo{'s' if typos > 1 else ''} set aside)" if typos else "")
    if nearly:
        detail = "long names differ in one word"
    if parent is Relation.COUNTERPART:
        return Verdict(Relation.COUNTERPART, score, f"{detail}, but under complementary parents")
    if not both_coded:
        return Verdict(Relation.SIMILAR, max(score, 90.0), f"{detail}; {_codeless(left, right)}")
    if kind is Kind.PROGRAM:
        codes = f"same code {left.item.code_text}" if same_code else f"codes differ ({left.item.code_text} vs {right.item.code_text})"
        return Verdict(Relation.IDENTICAL, score, f"{codes}; {detail}")
    if parent is None:
        return Verdict(Relation.REVIEW, score, f"{detail}, but the parents are not linked")
    where = "same slot" if _same_slot(left, right) else "same parent"
    return Verdict(Relation.IDENTICAL, score, f"{where} ({left.item.code_text} / {right.item.code_text}); {detail} once level words are set aside")


def _decide_support(left: Entry, right: Entry, score: float) -> Verdict | None:
    """Support programs match only within the same agency bidang."""
    if not (left.support and right.support):
        return None
    if left.bidang and right.bidang:
        if left.bidang != right.bidang:
            return None
        return Verdict(Relation.IDENTICAL if left.coded and right.coded else Relation.SIMILAR, max(score, 90.0), f"support program of the same bidang {left.bidang}")
    if left.item.agency and normalize_name(left.item.agency) == normalize_name(right.item.agency):
        return Verdict(Relation.SIMILAR, max(score, 90.0), f"support program of the same agency ({left.item.agency})")
    return None


def _long_name_match(kind, left, right, only_left, only_right) -> bool:
    """Long names (9+ shared core words) differing by one word, or a kegiatan extended by a short qualifier."""
    extra = only_left | only_right
    if not extra or extra & COUNTERPART_WORDS:
        return False
    shared = len(set(left) & set(right))
    if shared < LONG_NAME_WORDS:
        return False
    extended = kind is Kind.KEGIATAN and (not only_left or not only_right)
    return len(extra) == 1 or (extended and len(extra) <= 5 and len(extra) * 2 <= shared)


def _same_slot(left: Entry, right: Entry) -> bool:
    """Codes that differ only in the level digit."""
    if not (left.coded and right.coded):
        return False
    a, b = comparison_key(left.item.code), comparison_key(right.item.code)
    return len(a) == len(b) and a[:3] == b[:3] and a[4:] == b[4:]


def _codeless(left: Entry, right: Entry) -> str:
    """Which side lacks code evidence, for the reason text."""
    sides = [side for side, entry in (("left", left), ("right", right)) if not entry.coded]
    return f"no code on the {' and '.join(sides)} side" if sides else "codes give no evidence"


def _prefer_exact(verdicts: dict[tuple[int, int], Verdict]) -> dict[tuple[int, int], Verdict]:
    """A fuzzy 'similar' pair is only a review when either row has a name-equal partner elsewhere."""
    exact_left = {i for (i, _), v in verdicts.items() if v.relation in (Relation.IDENTICAL,) or v.reason.startswith("names equal")}
    exact_right = {j for (_, j), v in verdicts.items() if v.relation in (Relation.IDENTICAL,) or v.reason.startswith("names equal")}
    out = {}
    for (i, j), verdict in verdicts.items():
        if verdict.relation is Relation.SIMILAR and verdict.reason.startswith("names close") and (i in exact_left or j in exact_right):
            verdict = Verdict(Relation.REVIEW, verdict.score, verdict.reason + "; a name-equal partner exists")
        out[(i, j)] = verdict
    return out
