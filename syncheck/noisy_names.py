"""Names as careless exports write them: cut off at a cell's end, or led by the program word slipped twice (pure;
match.py and entries.py decide where the context lets them count)."""

from __future__ import annotations

import functools

from rapidfuzz.distance import OSA

from .messages import say
from .normalize import plain_name
from .spelling import vocabulary

#: the fixed widths exports cut a cell's text at (a column of 100 characters, a database field of 250 or 255)
EXPORT_WIDTHS = frozenset({100, 250, 255})
#: the level words a name cut inside its last words ends in a stub of ('... Daerah Kabupa', '... Kabupaten/K')
_LEVEL_ENDS = ("kabupaten", "kota", "provinsi", "daerah")
#: a stub cut from a content word this short could be a word of its own
_SHORTEST_STUB = 3


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


def cut_detail(left: tuple[str, tuple[str, ...]], right: tuple[str, tuple[str, ...]]) -> tuple[str, bool] | None:
    """(why, exact) when one of two names (each as written, with its core words) is the other cut off (cut_end), its
    codes in one slot or absent (match.py asks only then); None when neither is."""
    for (name, tokens), (_, other) in ((left, right), (right, left)):
        if cut_end(name, tokens, other):
            return say("match.cut_off", end=" ".join(name.split()[-3:])), False
    return None
