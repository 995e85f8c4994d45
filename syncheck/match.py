"""Candidate pairs and scores between two plans (the scorers of rapidfuzz through fuzzy.py; with pair_words.py, typo_pairs.py
and noisy_names.py)."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Collection, Iterator

import numpy as np

from .blocks import Block, Parents, Programs, blocks_of, halves, slot_cells
from .child_evidence import programs_by_children
from .codes import kegiatan_numbered_apart
from .cut_partners import sole_cut_partners
from .differences import abbreviations_read, ambiguous_repairs, token_difference
from .entries import Entry, prepare, without_bracket
from .fuzzy import fuzz, process
from .memo import Memo
from .messages import Message, joined, say
from .models import Kind, Link, Options, Plan, Relation, SourceRef
from .noisy_names import cut_detail, cut_score
from .normalize import Rule, item_name_parts
from .pair_words import WordDifference, same_slot, word_difference
from .parent_notes import noted_missing_parents
from .typo_pairs import hopeless, slipped_or_cut
from .wording import (
    Side, divides_halves, joint_differs, long_name_match, long_names_differ, names_equal_detail, official_joiner_pair,
    only_scope, read_difference, shortened_list, word_list,
)
from .verdicts import Verdict, decide_support, keep_best_per_row, official_program_variant, prefer_exact, shared_names_held
from .workers import run_alongside

#: below this name score no kegiatan or sub kegiatan pair can be the same item
CANDIDATE_FLOOR = 50.0
#: names this alike as written are worth a decision however sorting their words scored them
REORDERED_FLOOR = 85.0

# Bounds for pathological input (thousands of rows without parents, a thousand copies of one name):
# real blocks have well under a million pairs and a row has a handful of links.
MAX_BLOCK_PAIRS = 1_000_000  # a block up to this many pairs is scored whole
CANDIDATES_PER_ROW = 10  # above it, each row's best-scoring partners only

Adjust = Callable[[Kind, list[Link]], list[Link]]


def link_plans(left: Plan, right: Plan, options: Options, rules: tuple[Rule, ...] | None = None) -> list[Link]:
    """Every link between a higher-level plan and a lower-level plan, for all linked kinds."""
    return link_entries(prepare(left, rules), prepare(right, rules), options)


def link_entries(
    left: dict[Kind, list[Entry]], right: dict[Kind, list[Entry]], options: Options, adjust: Adjust | None = None, split: bool = False
) -> list[Link]:
    """Links level by level: programs first, then kegiatan under linked programs, then sub kegiatan.

    ``adjust`` (reviewer decisions) may change each kind's links before they become the next kind's parents.
    ``split``: a large kind's blocks may be shared with a forked process (for a pair linked alone).
    """
    links: list[Link] = []
    parents: dict[tuple[SourceRef, SourceRef], Relation] = {}
    programs = None
    for kind in (Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN):
        if kind is Kind.KEGIATAN:
            programs = (parents, {e.item.ref: e.item.parent for e in (*left.get(kind, []), *right.get(kind, []))})
        found = _link_kind(kind, left.get(kind, []), right.get(kind, []), parents, options, split, programs)
        found = programs_by_children(found, (left, right)) if kind is Kind.PROGRAM else found  # by their kegiatan
        # a pair a reviewer rejected no longer makes its children the same, but they are still compared: as a
        # review link's children, review candidates at most (decisions.py says which rejection made them so)
        rejected = {(link.left.ref, link.right.ref): Relation.REVIEW for link in found} if adjust is not None else {}
        if adjust is not None:
            found = adjust(kind, found)
        links.extend(found)
        # a review link's children are compared too: decide keeps them review candidates at most
        parents = {**rejected, **{(link.left.ref, link.right.ref): link.relation for link in found}}
    return links


#: a kind whose blocks hold more cells than this is worth a second process when a pair is linked alone
SPLIT_CELLS = 40_000

Decided = list[tuple[tuple[int, int], Verdict]]


def _link_kind(
    kind: Kind, left: list[Entry], right: list[Entry], parents: Parents, options: Options, split: bool = False, programs: Programs | None = None
) -> list[Link]:
    """Score candidate pairs of one kind in blocks and keep those with a relation."""
    blocks = list(blocks_of(kind, left, right, parents, programs))
    if split and sum(len(lefts) * len(rights) for lefts, rights, _ in blocks) >= SPLIT_CELLS:
        earlier, later = halves(blocks, MAX_BLOCK_PAIRS)
        decided_later, decided = run_alongside(
            lambda: _decide_blocks(kind, left, right, later, options), lambda: _decide_blocks(kind, left, right, earlier, options)
        )
        verdicts = dict(decided)
        for pair, verdict in decided_later:  # an earlier block's verdict on a pair stands, as in one process
            verdicts.setdefault(pair, verdict)
    else:
        verdicts = dict(_decide_blocks(kind, left, right, blocks, options))
    verdicts = shared_names_held(prefer_exact(sole_cut_partners(verdicts, left, right), left, right), left, right)
    verdicts = keep_best_per_row(verdicts)
    verdicts = noted_missing_parents(kind, verdicts, left, right, parents)
    return [
        Link(kind, v.relation, round(v.score, 1), _reason(v, left[i], right[j]) if left[i].written_after or right[j].written_after else v.reason,
             left[i].item, right[j].item)
        for (i, j), v in sorted(verdicts.items())
    ]  # fmt: skip


def _reason(verdict: Verdict, one: Entry, other: Entry) -> str:
    """The verdict's reason, naming the places the names end in and the details written after them: the names were
    matched without them."""
    left, right = item_name_parts(one.item.name), item_name_parts(other.item.name)
    places = ", ".join(part.place for part in (left, right) if part.place)
    details = ", ".join(part.detail for part in (left, right) if part.detail)
    return joined(
        verdict.reason, say("match.place_in_name", places=places) if places else "", say("match.detail_set_aside", detail=details) if details else ""
    )


def _decide_blocks(kind: Kind, left: list[Entry], right: list[Entry], blocks: list[Block], options: Options) -> Decided:
    """The verdicts of the blocks' candidate pairs, in block order; a pair keeps its first verdict."""
    verdicts: dict[tuple[int, int], Verdict] = {}
    low = options.review_threshold
    programs = kind is Kind.PROGRAM
    for left_ids, right_ids, parent_relation in blocks:
        # short program names and unparented rows lose most to a reordering typo; in parent blocks names are long
        reorder = programs or parent_relation is None
        placed = not reorder  # children of linked parents: a place typed after one name may explain its extra words
        lefts, rights = [left[i] for i in left_ids], [right[j] for j in right_ids]
        # rows coded in one slot are decided however low an abbreviated or extended name scores (programs: one code)
        slots = set(slot_cells(lefts, rights)) if programs or parent_relation is not None else set()
        for a, b, score in _candidates(lefts, rights, reorder, options, slots):
            i, j = left_ids[a], right_ids[b]
            if (i, j) in verdicts:
                continue
            one, other = left[i], right[j]
            # most cells: a low score and names no repair can make one (decide's first exit, asked without the call)
            low_cell = score < low and (a, b) not in slots and not (programs and (one.support or other.support))
            if low_cell and hopeless(one.tokens, other.tokens, placed) and (one.bare is other.bare is None or _bare_hopeless(one, other, placed)):
                continue
            verdict = decide(kind, one, other, score, parent_relation, options)
            if verdict is not None:
                verdicts[(i, j)] = verdict
    return list(verdicts.items())


def _candidates(
    left: list[Entry], right: list[Entry], reorder: bool, options: Options, slots: Collection[tuple[int, int]] = frozenset()
) -> Iterator[tuple[int, int, float]]:
    """(a, b, score) for the pairs of a block worth deciding: cells above the floor or in ``slots``, or in a huge block each row's best."""
    if len(left) * len(right) <= MAX_BLOCK_PAIRS:
        scores = _score_block(left, right, reorder)
        rows, cols = _candidate_cells(scores, left, right, options, slots)
        # one conversion for the block: indexing the array cell by cell costs more than deciding most cells
        return zip(rows.tolist(), cols.tolist(), scores[rows, cols].astype(float).tolist())
    pairs = _best_partners(left, right, reorder)
    pairs.update({(a, b): score for (b, a), score in _best_partners(right, left, reorder).items()})
    return ((a, b, score) for (a, b), score in sorted(pairs.items()))


def _best_partners(entries: list[Entry], others: list[Entry], reorder: bool) -> dict[tuple[int, int], float]:
    """For each entry, its CANDIDATES_PER_ROW best-scoring others (ties: the earlier row), scored in bounded chunks."""
    found: dict[tuple[int, int], float] = {}
    chunk = max(1, MAX_BLOCK_PAIRS // max(1, len(others)))
    for start in range(0, len(entries), chunk):
        scores = _score_block(entries[start : start + chunk], others, reorder)
        best = np.argsort(-scores, axis=1, kind="stable")[:, :CANDIDATES_PER_ROW]
        for offset, row in enumerate(best):
            for other in row:
                found[(start + offset, int(other))] = float(scores[offset, other])
    return found


def _candidate_cells(
    scores: np.ndarray, left: list[Entry], right: list[Entry], options: Options, slots: Collection[tuple[int, int]] = frozenset()
) -> tuple[np.ndarray, np.ndarray]:
    """(rows, columns) of the cells of a score block worth a decision: scores above a floor, support-program pairs, ``slots``."""
    # names equal after typo and glued-word repair still score far above this floor
    mask = scores >= min(CANDIDATE_FLOOR, options.review_threshold)
    left_support = np.fromiter((entry.support for entry in left), bool, len(left))
    if left_support.any():
        mask |= np.outer(left_support, np.fromiter((entry.support for entry in right), bool, len(right)))
    for a, b in slots:
        mask[a, b] = True
    return mask.nonzero()


def _score_block(left: list[Entry], right: list[Entry], reorder: bool = True) -> np.ndarray:
    """Similarity 0-100 of every left entry with every right one (rapidfuzz's bulk C++ path).

    With ``reorder``, the better of the sorted and the as-written keys: sorting puts 'peekonomian'
    before 'pembangunan' but 'perekonomian' after it.
    """
    by_set = process.cdist([e.key for e in left], [e.key for e in right], scorer=fuzz.ratio, workers=1)
    if not reorder:
        return by_set
    as_written = process.cdist([e.ordered for e in left], [e.ordered for e in right], scorer=fuzz.ratio, workers=1,
                               score_cutoff=REORDERED_FLOOR)
    return np.maximum(by_set, as_written)


#: verdicts on kegiatan and sub kegiatan pairs by what decides them: the same official rows meet in every kab/kota
_DECIDED: Memo = Memo(1 << 18)
_MISSING = object()


def decide(kind: Kind, left: Entry, right: Entry, score: float, parent: Relation | None, options: Options) -> Verdict | None:
    """The relation of one candidate pair from code evidence, names and the parents' relation (remembered by
    what decides it for kegiatan and sub kegiatan; programs also weigh their agency's bidang)."""
    if kind is Kind.PROGRAM:
        return _decide(kind, left, right, score, parent, options)
    key = (kind, _signature(left), _signature(right), score, parent, options.threshold, options.review_threshold)
    found = _DECIDED.get(key, _MISSING)
    if found is _MISSING:
        found = _DECIDED.keep(key, _decide(kind, left, right, score, parent, options))
    return found


def _signature(entry: Entry) -> tuple:
    """What decide reads of a kegiatan or sub kegiatan row: its name as written and read, and its code."""
    return entry.item.name, entry.tokens, entry.words, entry.coded, entry.code_key, entry.code_text


def _decide(kind: Kind, left: Entry, right: Entry, score: float, parent: Relation | None, options: Options) -> Verdict | None:
    """decide, worked out: the names as written, else without the bracketed text one or both of them end in."""
    verdict = _decide_written(kind, left, right, score, parent, options)
    if (left.bare is None and right.bare is None) or (verdict is not None and verdict.relation in _SAME):
        return verdict
    return _bracket_set_aside(kind, left, right, score, parent, options) or verdict


_SAME = (Relation.IDENTICAL, Relation.SIMILAR)
_CLOSE_UNDER_ONE_PARENT = 90.0  # the score from which two differently coded names under one parent are worth a look


def _decide_written(kind: Kind, left: Entry, right: Entry, score: float, parent: Relation | None, options: Options) -> Verdict | None:
    """The verdict on the names as written (a bracket they end in included); None when they are neither one item nor
    worth a reviewer's look."""
    slot = _slot_evidence(kind, left, right, parent)
    early = _early_verdict(kind, left, right, score, parent, options, slot)
    if early is not _GO_ON:
        return early
    words = word_difference(kind, left, right, parent, slot)
    if words.repeated:
        return _words_rearranged(left, right, score, slot, words.repeated, options)
    return _verdict_of(kind, left, right, score, parent, options, slot, words)


class _GoOn:
    """_early_verdict's answer when no early rule settles the pair: the words decide."""


_GO_ON = _GoOn()


def _early_verdict(kind: Kind, left: Entry, right: Entry, score: float, parent: Relation | None, options: Options,
                   slot: bool) -> Verdict | None | _GoOn:
    """The verdict settled before the words are weighed (a review parent, support programs, a shortened list, names no
    repair makes one), else _GO_ON."""
    if parent is Relation.REVIEW:
        # a review candidate's children are compared on their own evidence, and are review candidates at most
        return _under_review_parent(decide(kind, left, right, score, Relation.IDENTICAL, options))
    if kind is Kind.PROGRAM and (left.support or right.support):
        return decide_support(left, right, score)
    if slot and (cut := shortened_list(left.tokens, right.tokens)):  # the words a 'dll' elides may tell two items apart
        where = say("match.same_code", code=left.code_text) if kind is Kind.PROGRAM else _placed(left, right)
        return Verdict(Relation.REVIEW, score, joined(where, say("match.list_shortened", word=cut)))
    if score < options.review_threshold and not slot and hopeless(left.tokens, right.tokens, kind is not Kind.PROGRAM and parent is not None):
        return None  # most candidate cells: no typo pairing or long-name rule below can make the names one
    return _GO_ON


def _verdict_of(kind: Kind, left: Entry, right: Entry, score: float, parent: Relation | None, options: Options, slot: bool,
                words: WordDifference) -> Verdict | None:
    """The verdict from the words the names differ in: one item, a reviewer's candidate, or None."""
    only_left, only_right, typos, equal, same_code, _ = words
    both_coded = left.coded and right.coded
    found = _same_detail(kind, left, right, score, parent, slot, only_left, only_right, equal, typos)
    if found is not None:
        # programs share codes across levels; a kegiatan code shared across levels is a miscoded level digit, no more
        # than the slot: the official wording still tells the two items apart there
        halves = kind is Kind.PROGRAM or parent is Relation.COUNTERPART
        joint = None if halves else official_joiner_pair(left.item.name, right.item.name)
        if joint is not None:
            return _only_joiner_differs(left, right, score, parent, options, joint, "" if found[1] else found[0])
        verdict = _same(kind, left, right, found[2], parent, both_coded, same_code, *found[:2], threshold=options.threshold)
        # (codeless pairs only: codes in one slot settle what an abbreviation reads as)
        return replace(verdict, abbreviated=True) if verdict is not None and found[1] and typos and not both_coded else verdict
    if slot and (score < options.review_threshold or kind is Kind.PROGRAM) and bool(only_left) != bool(only_right):
        # one name all the other's words and more ('Pendidikan Dasar', a description): for a reviewer to settle
        return _adds_words(left, right, score, only_left, only_right)
    if score < options.review_threshold:
        return None
    return _names_differ(kind, left, right, score, parent, only_left, only_right, same_code)


def _bracket_set_aside(kind: Kind, left: Entry, right: Entry, score: float, parent: Relation | None, options: Options) -> Verdict | None:
    """The verdict on two names that are one once the bracketed text they end in is set aside ('... (PEN)' / '... (DAK)'),
    on one side or both, when that makes them the same item; else None (and the names are decided as written)."""
    if not any(token_difference(left.tokens, right.tokens)[:2]):
        return None  # equal as written (the bracket a note normalization sets aside)
    # two different notes are set aside together only under linked parents or codes in one slot: '(SLB)' and '(PAUD)'
    # may be what tells two rows of no known place apart
    both = parent in _SAME or _slot_evidence(kind, left, right, parent)
    for one, other, set_aside in _bare_readings(left, right, both):
        if any(token_difference(one.tokens, other.tokens)[:2]):
            continue  # not equal without it
        verdict = _decide_written(kind, one, other, max(score, fuzz.ratio(one.key, other.key, processor=None)), parent, options)
        if verdict is not None and verdict.relation in _SAME:
            return replace(verdict, reason=joined(verdict.reason, set_aside))
    return None


def _bare_readings(left: Entry, right: Entry, both: bool = True) -> Iterator[tuple[Entry, Entry, Message]]:
    """The pair read without the bracket of one name, then of the other, then (``both``) of both, where they end in
    one, and what was set aside."""
    bare_left, bare_right = without_bracket(left), without_bracket(right)
    if bare_left is not None:
        yield bare_left, right, say("match.bracket_set_aside", bracket=left.bare[2])
    if bare_right is not None:
        yield left, bare_right, say("match.bracket_set_aside", bracket=right.bare[2])
    if both and bare_left is not None and bare_right is not None:
        yield bare_left, bare_right, say("match.brackets_set_aside", left=left.bare[2], right=right.bare[2])


def _same_detail(
    kind: Kind, left: Entry, right: Entry, score: float, parent: Relation | None, slot: bool, only_left: frozenset[str], only_right: frozenset[str],
    equal: bool, typos: int,
) -> tuple[str, bool, float] | None:
    """(why, exact, score) when the names say one item: equal, differing only by what the slot's codes let be read,
    long, or cut (then scored on the words before the cut)."""
    if equal:
        read = abbreviations_read(left.tokens, right.tokens) if typos else ()
        # under linked parents, names whose only repairs are words cut short with a full stop ('Peny.', 'Pelay.') are
        # equal: the score counts 'peny' and 'penyediaan' as different words, the reading does not
        spelled = bool(read) and len(read) == typos and parent is not None and kind is not Kind.PROGRAM
        return names_equal_detail(typos, read), not typos or spelled, score
    if long_name_match(kind, left.tokens, right.tokens, only_left, only_right):
        return long_names_differ(only_left | only_right), False, score
    if slot or (kind is not Kind.PROGRAM and parent is not None):
        # linked parents let a place typed after the name be read as such; abbreviations need the slot's codes
        reading = read_difference(_side(left, only_left), _side(right, only_right), abbreviations=slot)
        if reading.explains:
            return reading.detail(), False, score
        if reading.places and long_name_match(kind, left.tokens, right.tokens, reading.left, reading.right):
            places = ", ".join(reading.places)
            return say("match.long_name_and_place", words=word_list(reading.rest), places=places), False, score
    apart = not slot and left.coded and right.coded  # codes of two items: only a name marked cut ('...') is read as cut
    cut = cut_detail((left.item.name, left.tokens), (right.item.name, right.tokens), slot or parent in _SAME, apart)
    return None if cut is None else (*cut, max(score, cut_score(left.item.name, right.item.name)))


def _names_differ(
    kind: Kind, left: Entry, right: Entry, score: float, parent: Relation | None, only_left: frozenset[str], only_right: frozenset[str], same_code: bool
) -> Verdict | None:
    """Names that differ in words no rule sets aside: a counterpart in the same slot, else a review or nothing."""
    differing = only_left | only_right
    if kind is Kind.PROGRAM and same_code:
        return Verdict(Relation.REVIEW, score, say("match.same_code_names_differ", code=left.code_text, score=f"{score:.0f}"))
    if kind is not Kind.PROGRAM and parent is not None and (only_scope(differing) or same_slot(left, right)):
        words = word_list(differing)
        return Verdict(Relation.COUNTERPART, score, joined(_placed(left, right), say("match.scope_words", words=words)))
    if left.coded and right.coded and not same_slot(left, right):
        # two valid codes of different items and names that differ: nothing for a reviewer to settle, unless the names
        # are all but one under parents that are one (the levels number one kegiatan apart; a cut or mistyped name)
        if parent in _SAME and score >= _CLOSE_UNDER_ONE_PARENT and kegiatan_numbered_apart(left.code, right.code) \
                and slipped_or_cut(left.words, right.words, differing):
            reason = say("match.partly_alike", score=f"{score:.0f}", words=word_list(differing)[:80])
            return Verdict(Relation.REVIEW, score, joined(say("match.same_parent_codes", left=left.code_text, right=right.code_text), reason))
        return None
    reason = say("match.partly_alike", score=f"{score:.0f}", words=word_list(differing)[:80])
    readings = [say("match.typo_reads_two_words", typo=typo, one=one, other=other) for typo, one, other in ambiguous_repairs(only_left, only_right)]
    return Verdict(Relation.REVIEW, score, joined(reason, *readings))


def _same(
    kind: Kind, left: Entry, right: Entry, score: float, parent: Relation | None, both_coded: bool, same_code: bool, detail: str, exact: bool,
    threshold: float = 90.0,
) -> Verdict | None:
    """Names that say the same item: identical with code evidence, similar without."""
    if parent is Relation.COUNTERPART:
        return Verdict(Relation.COUNTERPART, score, say("match.complementary_parents", detail=detail))
    if not both_coded:
        # names equal as normalized need no score; a repaired or extended name must reach --threshold, in the order
        # written too (in parent blocks the score is of sorted words, and a typo can move its word: 'peghargaan')
        if not exact and score < threshold:
            score = max(score, fuzz.ratio(left.ordered, right.ordered, processor=None))
            if score < threshold:
                return Verdict(Relation.REVIEW, score, joined(detail, _codeless(left, right), say("match.below_threshold", score=f"{score:.0f}", threshold=f"{threshold:.0f}")))
        return Verdict(Relation.SIMILAR, max(score, threshold) if exact else score, joined(detail, _codeless(left, right)), exact)
    if kind is Kind.PROGRAM:
        codes = say("match.same_code", code=left.code_text) if same_code else say("match.codes_differ", left=left.code_text, right=right.code_text)
        return Verdict(Relation.IDENTICAL, score, joined(codes, detail), exact)
    if parent is None:
        return Verdict(Relation.REVIEW, score, say("match.parents_not_linked", detail=detail))
    where = say("match.same_slot_codes" if same_slot(left, right) else "match.same_parent_codes", left=left.code_text, right=right.code_text)
    return Verdict(Relation.IDENTICAL, score, joined(where, say("match.without_level_words", detail=detail)), exact)


def _side(entry: Entry, only: frozenset[str]) -> Side:
    """One name as wording.read_difference reads it."""
    return Side(entry.item.name, entry.words, entry.tokens, only)


def _slot_evidence(kind: Kind, left: Entry, right: Entry, parent: Relation | None) -> bool:
    """Codes that put both rows in one slot: the same program code, or the same slot under linked parents."""
    if not (left.coded and right.coded):
        return False
    if kind is Kind.PROGRAM:
        return left.code_key == right.code_key
    return parent is not None and same_slot(left, right)


def _adds_words(left: Entry, right: Entry, score: float, only_left: frozenset[str], only_right: frozenset[str]) -> Verdict | None:
    """Same-slot rows (or one program code), one name all the other's words and more: a review candidate."""
    if divides_halves(only_left | only_right):
        return None  # another half of the affair: no sign of one item
    if (variant := official_program_variant(left, right, score, only_left | only_right)) is not None:
        return variant
    placed = say("match.same_code", code=left.code_text) if left.item.kind is Kind.PROGRAM else _placed(left, right)
    return Verdict(Relation.REVIEW, score, joined(placed, say("match.adds_words", words=word_list(only_left | only_right)[:80], score=f"{score:.0f}")))


def _words_rearranged(left: Entry, right: Entry, score: float, slot: bool, word: str, options: Options) -> Verdict | None:
    """The same words listing other items ('UKP Rujukan, UKM dan UKM Rujukan' / 'UKM dan UKP Rujukan'): in one slot the
    two levels' halves of it, else a candidate for a reviewer."""
    reason = say("match.words_rearranged", word=word)
    if slot:
        return Verdict(Relation.COUNTERPART, score, joined(say("match.same_slot"), reason))
    return Verdict(Relation.REVIEW, score, joined(_placed(left, right), reason)) if score >= options.review_threshold else None


def _under_review_parent(verdict: Verdict | None) -> Verdict | None:
    """A child pair's verdict when its parents are only a review candidate: a review candidate if it would be the same."""
    if verdict is None or not verdict.relation.is_same:
        return None  # halves of, or weak candidates under, parents that may not be one item tell a reviewer nothing
    return Verdict(Relation.REVIEW, verdict.score, joined(verdict.reason, say("match.parent_review")))


def _placed(left: Entry, right: Entry) -> str:
    """Where the two rows sit: the same slot, the same parent (their codes), or just under linked parents."""
    if same_slot(left, right):
        return say("match.same_slot")
    if left.coded and right.coded:
        return say("match.same_parent_codes", left=left.code_text, right=right.code_text)
    return say("match.under_linked_parents")


def _only_joiner_differs(
    left: Entry, right: Entry, score: float, parent: Relation | None, options: Options, joint: tuple[str, str], besides: str
) -> Verdict | None:
    """'Informasi, Edukasi' vs 'Informasi dan Edukasi': the two levels' own wordings of different items."""
    # the official list words a province item and its kab/kota twin apart exactly like this; a hand-made list
    # that drops or swaps its joiner ('serta', '/', a 'dan' lost after a comma) is not this wording (see wording.py)
    reason = joined(joint_differs(joint), besides)  # besides: a typo, abbreviation or place also set aside
    if parent is not None and same_slot(left, right):
        return Verdict(Relation.COUNTERPART, score, joined(say("match.same_slot"), reason))
    return Verdict(Relation.REVIEW, score, reason) if score >= options.review_threshold else None


def _bare_hopeless(one: Entry, other: Entry, placed: bool) -> bool:
    """hopeless also without the bracketed text one of the names ends in (asked once the names as written are)."""
    return all(hopeless(a.tokens, b.tokens, placed) for a, b, _ in _bare_readings(one, other))


def _codeless(left: Entry, right: Entry) -> str:
    """Which side lacks code evidence, for the reason text."""
    sides = [side for side, entry in (("left", left), ("right", right)) if not entry.coded]
    return say("match.no_code", sides=" and ".join(sides)) if sides else say("match.codes_no_evidence")


# Fuzzy scoring for other stages (nomenclature lookups), so rapidfuzz stays in this module.


def name_similarity(left: str, right: str) -> float:
    """token_sort_ratio (0-100) of two already-normalized names."""
    return float(fuzz.token_sort_ratio(left, right, processor=None))


def text_similarity(left: str, right: str) -> float:
    """Plain edit-distance ratio (0-100) of two strings."""
    return float(fuzz.ratio(left, right, processor=None))


def closest_names(query: str, names: list[str], limit: int) -> list[tuple[int, float]]:
    """Indexes and token_sort_ratio scores of the ``limit`` names closest to ``query``, best first."""
    found = process.extract(query, names, scorer=fuzz.token_sort_ratio, processor=None, limit=limit)
    return [(index, float(score)) for _, score, index in found]

def name_scores(left_keys: list[str], right_keys: list[str]) -> np.ndarray:
    """Similarity 0-100 of every left key with every right key, as a matrix (public for the year-to-year audit)."""
    return process.cdist(left_keys, right_keys, scorer=fuzz.ratio, workers=1)
