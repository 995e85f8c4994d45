"""Which differing words of two names are one word mistyped: loose typos, one official word slipped once on each side
or twice on one, a level word slipped twice (pure; match.py decides when the context lets them count)."""

from __future__ import annotations

import functools
from typing import Callable

from .differences import token_difference
from .fuzzy import OSA, process
from .normalize import is_typo_of
from .spelling import mistype_one_word, ocr_form, one_slip_from, vocabulary
from .wording import LONG_NAME_WORDS, PLACE_WORDS


# cached like token_difference: a province's names meet the same kab/kota names in every pair
@functools.lru_cache(maxsize=1 << 18)
def hopeless(left: tuple[str, ...], right: tuple[str, ...], placed: bool = False) -> bool:
    """Differing words that neither a loose-typo pairing nor the long-name rule (nor, ``placed`` under linked
    parents, a place typed after one name) could set aside."""
    only_left, only_right, _ = token_difference(left, right)
    if not (only_left or only_right) or (placed and not (only_left and only_right) and (only_left | only_right) & PLACE_WORDS):
        return False
    return not 1 <= len(only_left) == len(only_right) <= 2 and (len(left) < LONG_NAME_WORDS or len(right) < LONG_NAME_WORDS)


def loose_typos(only_left: frozenset[str], only_right: frozenset[str], slotted: bool = False) -> bool:
    """The one or two words on each side pair off as loose typos, or as two slips from one official word, or (``slotted``:
    codes in one slot) as an official word and a word no official name uses two slips from it and no other, misread
    or mistyped short (see misread), or written with letters left out (see letters_dropped)."""
    return _pair_off(only_left, only_right, lambda word, other: loose_typo(word, other) or mistype_one_word(word, other)
                     or (slotted and (slipped_twice(word, other) or slipped_twice(other, word) or misread(word, other) or misread(other, word)
                                      or letters_dropped(word, other) or letters_dropped(other, word))))


@functools.lru_cache(maxsize=1 << 14)
def misread(typo: str, word: str) -> bool:
    """``typo`` is no official word and ``word`` is one, and they read alike once the letters a scan confuses are
    ('kodc' / 'kode', 'urnum' / 'umum', 'alr' / 'air', 'lndk' / 'induk'), or they are four letters with one changed
    ('kodr' / 'kode'): too short or too scanned for is_typo_of, but one word where codes put both rows in one slot."""
    words = vocabulary()
    if len(typo) < 3 or typo in words or word not in words or not word.isalpha() or typo.isdigit():
        return False
    read, meant = ocr_form(typo), ocr_form(word)
    if read == meant or is_typo_of(read, meant):
        return True
    return len(typo) == len(word) == 4 and sum(a != b for a, b in zip(typo, word)) == 1


@functools.lru_cache(maxsize=1 << 14)
def letters_dropped(typo: str, word: str) -> bool:
    """``typo`` is no official word and ``word`` is the one official word it is with one or two letters left out
    ('tega' / 'tenaga', 'darh' / 'daerah', 'usha' / 'usaha'; not 'mkro', which both 'mikro' and 'makro' hold)."""
    # (three letters are an acronym as often: 'BMD' is Barang Milik Daerah, no 'BUMD')
    if len(typo) < 4 or not typo.isalpha() or typo[0] != word[0] or not 0 < len(word) - len(typo) <= 2:
        return False
    words = vocabulary()
    if typo in words or word not in words or not _holds(word, typo):
        return False
    return not any(other != word and _holds(other, typo) for other in _words_from(typo[0], len(typo) + 1, len(typo) + 2))


def _holds(word: str, letters: str) -> bool:
    """True when ``word`` has ``letters`` in order, maybe with others between."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


@functools.lru_cache(maxsize=1 << 10)
def _words_from(first: str, shortest: int, longest: int) -> tuple[str, ...]:
    """The official words starting with ``first`` of ``shortest`` to ``longest`` letters."""
    return tuple(word for word in vocabulary() if word[:1] == first and shortest <= len(word) <= longest)


def mistyped_alike(only_left: frozenset[str], only_right: frozenset[str]) -> bool:
    """Each word on one side and one on the other are the same official word, mistyped differently on each
    ('preangkat' / 'peranigkat'): no evidence beyond linked parents is needed."""
    return _pair_off(only_left, only_right, mistype_one_word)


def _pair_off(only_left: frozenset[str], only_right: frozenset[str], alike: Callable[[str, str], bool]) -> bool:
    """True when each word on the left pairs with a word of its own on the right that ``alike`` says it is."""
    rest = set(only_right)
    for word in only_left:
        match = next((other for other in rest if alike(word, other)), None)
        if match is None:
            return False
        rest.discard(match)
    return True


def level_slips_dropped(only_left: frozenset[str], only_right: frozenset[str]) -> tuple[frozenset[str], frozenset[str], int]:
    """The differing words without the level words slipped twice ('pronisi', 'porvkinsi', 'dareh'), and how many."""
    slips = {word for word in only_left | only_right if _level_slip(word)}
    return only_left - slips, only_right - slips, len(slips)


@functools.lru_cache(maxsize=1 << 12)
def _level_slip(word: str) -> bool:
    """A word no official name uses nor is one slip from ('pemerintaan' is 'pemerintahan'), two slips (a swap counting
    as one) from a level word of 6+ letters with the same first letter."""
    if len(word) < 5 or not word.isalpha() or word in vocabulary() or one_slip_from(word):
        return False
    return any(len(level) >= 6 and word[0] == level[0] and OSA.distance(word, level, score_cutoff=2) <= 2 for level in _LEVEL_ANCHORS)


_LEVEL_ANCHORS = ("provinsi", "kabupaten", "daerah", "pemerintah", "kewenangan")


@functools.lru_cache(maxsize=1 << 14)
def slipped_twice(typo: str, word: str) -> bool:
    """``typo`` is no official word and ``word`` (5+ letters) is the one official word within two slips of it, a
    swap of two letters counting as one ('rassip' / 'arsip', 'ilklm' / 'iklim', 'vealuali' / 'evaluasi')."""
    words = vocabulary()
    if len(word) < 5 or len(typo) < 4 or typo in words or word not in words or not typo.isalpha():
        return False
    near = process.extract(typo, _vocabulary_list(), scorer=OSA.distance, score_cutoff=2, limit=None)
    return [found for found, _, _ in near] == [word]


@functools.lru_cache(maxsize=1)
def _vocabulary_list() -> list[str]:
    """The official words, as a list for rapidfuzz."""
    return list(vocabulary())


def loose_typo(a: str, b: str) -> bool:
    """Two long words (7+ letters, same first letter) within two edits (three from ten letters), two swapped
    letters counting as one edit: a typo only where context agrees."""
    if min(len(a), len(b)) < 7 or a[0] != b[0] or abs(len(a) - len(b)) > 2 or a.isdigit() or b.isdigit():
        return False
    allowed = 3 if min(len(a), len(b)) >= 10 else 2
    return OSA.distance(a, b, score_cutoff=allowed) <= allowed


def slipped_or_cut(left: tuple[str, ...], right: tuple[str, ...], differing: frozenset[str]) -> bool:
    """True when two names (their words) differ by words no official name uses (a slip: '0leh') or one is the other cut
    off (its words the other's first ones, the last maybe cut short); official words apart ('Luas 10 Ha sampai dengan di
    Bawah 15 Ha' / 'Luas di Bawah 10 Ha') are two official items."""
    if any(word not in vocabulary() and not word.isdigit() for word in differing):
        return True
    short, long = sorted((left, right), key=len)
    cut = len(short) - 1
    return 0 < cut < len(long) and long[:cut] == short[:cut] and long[cut].startswith(short[cut])
