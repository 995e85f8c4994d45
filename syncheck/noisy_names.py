"""Names as careless exports write them: cut off at a cell's end, or led by the program word slipped twice (pure;
match.py and entries.py decide where the context lets them count)."""

from __future__ import annotations

import functools
import re

from .fuzzy import OSA, fuzz
from .messages import say
from .normalize import is_typo_of, normalize_name, plain_name
from .spelling import vocabulary
from .wording import HALF_WORDS, NUMBER_WORDS

#: the fixed widths exports cut a cell's text at (a column of 100 characters, a database field of 250 or 255)
EXPORT_WIDTHS = frozenset({100, 250, 255})
_SHORTEST_WIDTH = min(EXPORT_WIDTHS)
#: the level words a name cut inside its last words ends in a stub of ('... Daerah Kabupa', '... Kabupaten/K')
_LEVEL_ENDS = ("kabupaten", "kota", "provinsi", "daerah")
_LEVEL_NAMES = _LEVEL_ENDS[:3]
#: a stub cut from a content word this short could be a word of its own
_SHORTEST_STUB = 3
#: words that tell the two levels' halves of an affair apart ('Lintas Daerah', 'Kualifikasi Kecil' / 'Menengah'): when
#: the cut hides one in the other name's rest, the cut name may be the other half ('dalam', 'luar' are too common)
_HALF_TELLING = (HALF_WORDS - {"dalam", "luar"}) | NUMBER_WORDS | {"dasar", "menengah", "pertama", "kecil", "mikro", "besar", "sedang", "tinggi"}
_LONGEST_HALF = 250
#: the words a name cut at a width may have mistyped ahead of its cut
_MOST_TYPOS_IN_CUT = 3
#: a name this long before the '...' or '…' it ends in was cut (by an export or a person), not written short: the
#: official list's names that are all of another's first words are shorter ('Pengembangan Daya Tarik Wisata')
SHORTEST_DOTTED = 60
_DOTS = re.compile(r"\s*(?:\.{3,}|…)[.…\s]*$")


@functools.lru_cache(maxsize=4096)
def program_word_slipped(token: str) -> bool:
    """A program name's first word that is 'program' slipped twice ('porgam', 'porgrm', 'programme'): no official word
    is within two slips of 'program' (normalize reads one slip itself)."""
    return len(token) >= 5 and token[0] == "p" and token not in vocabulary() and OSA.distance(token, "program", score_cutoff=2) <= 2


def cut_end(name: str, tokens: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """True when ``name`` (its core words ``tokens``) is the name of words ``other`` cut off: its last word a stub of
    the other's word at that place and no official word ('... Induk Perkeretaap'), a stub of the level words the other
    name leaves out ('... Daerah Kabupa'), or, cut at an export's fixed width, any first part of the other's words.

    A name that is all of another's words but its last ones is not enough: the official list words many province
    and kab/kota halves of an affair so ('Pengembangan Daya Tarik Wisata' / '... Wisata Unggulan')."""
    if not tokens or other[: len(tokens) - 1] != tokens[:-1]:
        return False  # every reading below needs the other's first words to be this name's but its last
    written = plain_name(name).split()
    if not written:
        return False
    stub = written[-1]
    width = len(name.strip()) in EXPORT_WIDTHS
    if width and stub not in _LEVEL_ENDS and len(tokens) < len(other) and other[: len(tokens)] == tokens:
        return True  # (a name ending in its level words ends there, whatever its length)
    if tokens[-1] != stub and not (width and tokens[-1].startswith(stub)):
        # no core word (a level or function word), or an abbreviation read in full ('Info'): a stub only at a width
        return False
    head, count = tokens[:-1], len(tokens) - 1
    if other[:count] != head:
        return False
    if len(other) == count:
        return any(level != stub and level.startswith(stub) for level in _LEVEL_ENDS)
    word = other[count]
    if word == stub or not word.startswith(stub):
        return False
    return width or (len(stub) >= _SHORTEST_STUB and stub not in vocabulary())


def cut_at_width(name: str, other: str) -> tuple[int, bool] | None:
    """(width, whole) when ``name`` is the name ``other`` cut off at an export width (100, 250, 255), word by word as
    normalized and typos aside: ``other`` cut at that width reads as ``name`` (the same words, its last one a first
    part of the other's or of the same stub), or ``name`` is that width long, or one less where the cut fell on a
    space, and starts the other's words; ``whole`` when its last word is whole. None when it is neither.

    The words compared include the function and level words ('Operasional at' is 'Operasional atau' cut, 'Pemeri'
    'Pemerintah'), which the core words leave out. A name ending in its level words ends there, whatever its length."""
    other = other.strip()
    if len(other) <= _SHORTEST_WIDTH:
        return None  # (the common pair: no export width to cut the other at)
    words, full = normalize_name(name).split(), normalize_name(other).split()
    if not words or words[-1] in _LEVEL_ENDS or len(words) > len(full):
        return None
    there = full[len(words) - 1]
    whole = words[-1] == there or _typo(words[-1], there)
    if whole and len(words) == len(full):
        return None  # all the other's words: nothing was cut
    for width in sorted(EXPORT_WIDTHS):
        if len(other) <= width:
            continue
        cut = normalize_name(other[:width]).split()
        if len(cut) == len(words) and _starts(words, cut, stub=True):
            return width, whole
        if len(name.strip()) in (width - 1, width) and _starts(words, full, stub=len(name.strip()) == width):
            return width, whole
    return None


def _starts(words: list[str], other: list[str], stub: bool) -> bool:
    """True when ``words`` are ``other``'s first words, each the same or a typo of it (not two official words), and
    with ``stub`` the last one may be a first part of the other's word there or it of the last one."""
    if len(words) > len(other):
        return False
    if sum(word != there for word, there in zip(words, other)) > _MOST_TYPOS_IN_CUT:
        return False
    if not all(word == there or _typo(word, there) for word, there in zip(words[:-1], other)):
        return False
    last, there = words[-1], other[len(words) - 1]
    return last == there or _typo(last, there) or stub and (there.startswith(last) or last.startswith(there))


def _typo(word: str, there: str) -> bool:
    """One word mistyped as the other, not two official words ('mikro' / 'makro')."""
    return not (word in vocabulary() and there in vocabulary()) and is_typo_of(word, there)


def cut_score(left: str, right: str) -> float:
    """The score of two names, one cut off, on the words before the cut: the other's as many words, as normalized."""
    one, other = sorted((normalize_name(left).split(), normalize_name(right).split()), key=len)
    return fuzz.ratio(" ".join(one), " ".join(other[: len(one)]), processor=None)


def cut_detail(left: tuple[str, tuple[str, ...]], right: tuple[str, tuple[str, ...]], placed: bool = False,
               apart: bool = False) -> tuple[str, bool] | None:
    """(why, exact) when one of two names (each as written, with its core words) is the other cut off (cut_end,
    cut_at_width), its codes in one slot or absent (match.py asks only then); None when neither is, or the cut hides
    words that tell the levels' halves of an affair apart.

    Cut at a width after a whole word, a name may be a shorter official item's: so only where codes in one slot or
    linked parents (``placed``) say one place. A name marked cut ('...', dotted_start) counts only there too, and is
    all that counts between rows whose codes name two items (``apart``: under one parent, numbered apart)."""
    pairs = ((left, right), (right, left))
    for (name, tokens), (other_name, other) in pairs if not apart else ():
        end = " ".join(name.split()[-3:])
        if cut_end(name, tokens, other):
            return None if _hides_halves(name, other_name) else (say("match.cut_off", end=end), False)
        found = cut_at_width(name, other_name)
        if found is not None and (placed or not found[1]):
            return None if _hides_halves(name, other_name) else (say("match.cut_at_width", width=found[0], end=end), False)
    for (name, _), (other_name, _) in pairs if placed else ():
        before = dotted_before(name)
        if before is not None and dotted_start(name, other_name) and not _hides_halves(before, other_name):
            return say("match.cut_marked", end=" ".join(name.split()[-3:])), False
    return None


def dotted_before(name: str) -> str | None:
    """The text of ``name`` before the '...' or '…' it ends in, when that is SHORTEST_DOTTED characters or more; else None."""
    found = _DOTS.search(name) if name.rstrip().endswith((".", "…")) else None
    if found is None:
        return None
    before = name[: found.start()].rstrip(" ,;:-")
    return before if len(before) >= SHORTEST_DOTTED else None


def dotted_start(name: str, other_name: str) -> bool:
    """True when ``name`` ends in '...' or '…' after SHORTEST_DOTTED characters or more and ``other_name`` starts with
    what is before the dots, word by word as normalized, typos aside, its last word whole or a first part of the
    other's there; the level words the cut ends in, or a stub of one, aside ('... Daerah Kabupaten/Ko...' starts
    '... Daerah Provinsi': a level's name is no item's). All words count, not only the core ones: a cut name's
    scope words ('Sesuai Kewenangan') are where the other level's may differ ('pada Berbagai Sektor Sesuai ...')."""
    before = dotted_before(name)
    if before is None:
        return False
    words, full = normalize_name(before).split(), normalize_name(other_name).split()
    if _starts(words, full, stub=True):
        return True
    while words and any(level.startswith(words[-1]) for level in _LEVEL_NAMES):
        words.pop()
    return len(words) >= 2 and _starts(words, full, stub=True)


def _hides_halves(name: str, other: str) -> bool:
    """True when the words of ``other`` from where ``name`` is cut on include one that tells two halves apart; never for
    a name cut at a database width, whose hidden words end a long list ('... Jabatan Pimpinan Tinggi, Kepemimpinan,
    dan Prajabatan' is the official list's own name cut at 255), not a half's qualifier."""
    if len(name.strip()) >= _LONGEST_HALF:
        return False
    rest = normalize_name(other).split()[len(normalize_name(name).split()) - 1 :]
    return any(word in _HALF_TELLING or word.isdigit() for word in rest)
