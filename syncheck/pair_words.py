"""The words two names of a candidate pair differ in, once typos, level slips and official words told apart are
accounted for (the middle step of match's decision on names as written)."""

from __future__ import annotations

from typing import NamedTuple

from .differences import official_words_apart, repeated_apart, token_difference
from .entries import Entry
from .models import Kind, Relation
from .typo_pairs import level_slips_dropped, loose_typos, mistyped_alike

_SAME = (Relation.IDENTICAL, Relation.SIMILAR)


class WordDifference(NamedTuple):
    """What two names differ in, word by word."""

    only_left: frozenset[str]
    only_right: frozenset[str]
    typos: int  # word pairs read as one word mistyped (or abbreviated)
    equal: bool  # no word left over on either side
    same_code: bool  # both rows coded, with one code
    repeated: str = ""  # a word the equal names repeat to list other items (then the rest is not worked out)


def word_difference(kind: Kind, left: Entry, right: Entry, parent: Relation | None, slot: bool) -> WordDifference:
    """The words each name has that the other lacks, with the typos read between them (``slot``: codes put both rows
    in one slot)."""
    only_left, only_right, typos = token_difference(left.tokens, right.tokens)
    if (only_left or only_right) and (slot or (kind is not Kind.PROGRAM and parent in _SAME)):
        # codes in one slot or linked parents: a word no official name uses two slips from a level word is that word
        only_left, only_right, slips = level_slips_dropped(only_left, only_right)
        typos += slips
    both_coded = left.coded and right.coded
    apart = typos > 0 and not (both_coded and same_slot(left, right))
    if apart:
        # one official word for another ('Makro' / 'Mikro'), or a typo of either: two words, not a typo, unless
        # codes in one slot say one item
        apart_left, apart_right = official_words_apart(left.tokens, right.tokens)
        apart = bool(apart_left)
        only_left, only_right, typos = only_left | apart_left, only_right | apart_right, typos - len(apart_left)
    equal = not only_left and not only_right and bool(left.tokens)
    same_code = both_coded and left.code_key == right.code_key
    if equal and kind is not Kind.PROGRAM and (repeated := repeated_apart(left.tokens, right.tokens, left.words, right.words)):
        return WordDifference(only_left, only_right, typos, equal, same_code, repeated)
    loose = not equal and not apart and 1 <= len(only_left) == len(only_right) <= 2
    if loose and (_typo_evidence(left, right, parent, same_code) and loose_typos(only_left, only_right, slot)
                  or parent in _SAME and mistyped_alike(only_left, only_right)):
        # codes or linked parents say same place: a word mistyped twice over ('Pentaan' / 'Penataa') is still that word
        equal, typos = True, typos + len(only_left)
    return WordDifference(only_left, only_right, typos, equal, same_code)


def _typo_evidence(left: Entry, right: Entry, parent: Relation | None, same_code: bool) -> bool:
    """Same code or slot, or names of 3+ shared words under parents linked as the same."""
    if same_code or same_slot(left, right):
        return True
    shared = len(set(left.tokens) & set(right.tokens))
    if left.item.kind is Kind.PROGRAM:
        # programs have no parent: the agencies' bidang is the context ('2.07' for a labour office)
        home = (left.bidang or left.agency_bidang, right.bidang or right.agency_bidang)
        return bool(home[0]) and home[0] == home[1] and shared >= 2
    return parent in _SAME and shared >= 3


def same_slot(left: Entry, right: Entry) -> bool:
    """Codes that differ only in the level digit."""
    if not (left.coded and right.coded):
        return False
    a, b = left.code_key, right.code_key
    return len(a) == len(b) and a[:3] == b[:3] and a[4:] == b[4:]
