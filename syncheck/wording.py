"""What a difference in wording between two names means (pure functions; match.py decides the link).

Scope and number words mark which half of an affair a level holds; an abbreviation, an acronym or a place
typed after the official name does not make another item; the official list words one pair of items apart
only by how a list is joined.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .differences import token_difference
from .messages import joined, say
from .models import Kind
from .normalize import COUNTERPART_WORDS, LEVEL_WORDS, STOP_WORDS, is_typo_of
from .spelling import ABBREVIATION_MARK, abbreviation_stem, bare

#: words that say which half of an affair a level holds ('antar Daerah', 'Melampaui 1 Daerah', 'Lintas')
HALF_WORDS = COUNTERPART_WORDS | frozenset(
    {"antar", "lintas", "melintasi", "melampaui", "melebihi", "lebih", "dalam", "luar", "internasional"}
)
#: the levels below a kab/kota that a long name's half of an affair reaches ('... untuk Dipulangkan ke Desa/Kelurahan Asal'
#: against '... ke Daerah Kabupaten/Kota Asal'): never words set aside in a long name
_AREA_WORDS = frozenset({"desa", "kelurahan", "kecamatan"})
#: the words that say how far one half of an affair reaches ('yang Wilayah Kerjanya dalam Daerah Kabupaten/Kota',
#: 'Berdomisili di Daerah Kabupaten/Kota dan Wilayah Operasinya', 'yang Berakibat/Berdampak pada Kepentingan di 1
#: (Satu) Daerah Provinsi'): scope, as the half words are, never words set aside in a long name
_REACH_WORDS = frozenset({"wilayah", "kerjanya", "operasinya", "kepentingan", "berdampak", "berakibat"})
#: numbers written out ('Lima Belas'); 'satu' is a scope word, set aside before names are compared
NUMBER_WORDS = frozenset(
    {"dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas", "belas",
     "puluh", "seratus", "ratus", "seribu", "ribu", "juta"}
)  # fmt: skip
#: words that open a place typed after a name ('Desa Sumberejo', 'Kec. Lowokwaru', 'Sungai Brantas')
PLACE_WORDS = frozenset(
    {"desa", "kelurahan", "kel", "kecamatan", "kec", "dusun", "kampung", "lokasi", "wilayah", "ruas", "sungai", "rt", "rw"}
)
_JOINER_WORDS = frozenset({"dan", "serta", "atau"})
_VOWELS = frozenset("aeiou")
#: a name of this many core words is long: one word more or less rarely makes another item
LONG_NAME_WORDS = 9
_LONGEST_ACRONYM = 8
_PIECE = re.compile(r"[^\W_]+|[,&/~]")  # '~': a spaced ' / ', which stands for 'dan'


#: words ending a list cut short ('A, B dll', 'dan lain-lain', 'dsb', 'dst', 'etc'), as normalized, and as shown
_ELISIONS = {("dll",): "dll", ("dsb",): "dsb", ("dst",): "dst", ("etc",): "etc", ("sebagainya",): "dan sebagainya",
             ("lain", "lain"): "dan lain-lain"}  # fmt: skip
_ELISION_ENDS = frozenset(end[-1] for end in _ELISIONS)


def shortened_list(left: tuple[str, ...], right: tuple[str, ...]) -> str:
    """The words ('dll') that end one name in place of the rest of the other, whose first words are that name's others
    ('Akuisisi, Pengolahan dll' / 'Akuisisi, Pengolahan, Preservasi, dan Akses Arsip Statis'); '' for other names."""
    if not (left and right) or (left[-1] not in _ELISION_ENDS and right[-1] not in _ELISION_ENDS):
        return ""  # nearly every pair: asked of each one in a slot
    for short, long in ((left, right), (right, left)):
        end = next((end for end in _ELISIONS if short[-len(end) :] == end and long[-len(end) :] != end), None)
        rest = short[: -len(end)] if end else ()
        if rest and len(rest) < len(long) and not any(token_difference(rest, long[: len(rest)])[:2]):
            return _ELISIONS[end]
    return ""


@functools.lru_cache(maxsize=1 << 14)  # the same word differences recur in every pair of plans
def divides_halves(words: frozenset[str]) -> bool:
    """A scope word ('antar', 'melampaui', 'lintas') or a number among the words: names differing so are never one item."""
    return any(_half_word(word) for word in words)


def long_name_match(kind: Kind, left: tuple[str, ...], right: tuple[str, ...], only_left: frozenset[str], only_right: frozenset[str]) -> bool:
    """Long names (9+ shared core words) differing by one word, or a kegiatan extended by a short qualifier.

    A differing scope word or number ('antar', 'Melampaui', '15') marks the other half of an affair: never this rule.
    """
    if len(left) < LONG_NAME_WORDS or len(right) < LONG_NAME_WORDS:
        return False
    extra = only_left | only_right
    if not extra or divides_halves(extra) or extra & (_AREA_WORDS | _REACH_WORDS):
        return False
    shared = len(set(left) & set(right))
    if shared < LONG_NAME_WORDS:
        return False
    extended = kind is Kind.KEGIATAN and (not only_left or not only_right)
    return len(extra) == 1 or (extended and len(extra) <= 5 and len(extra) * 2 <= shared)


def names_equal_detail(typos: int, abbreviations: tuple[str, ...] = ()) -> str:
    """Names equal after normalization, with the typos set aside and the abbreviations read from the other name."""
    typos -= len(abbreviations)  # token_difference counts an abbreviation it pairs off as a typo
    if abbreviations and not typos:
        return say("match.abbreviations", pairs=", ".join(abbreviations))
    if abbreviations:
        return joined(say("match.abbreviations", pairs=", ".join(abbreviations)), names_equal_detail(typos))
    return say("match.names_equal_typos", typos=typos) if typos > 1 else say("match.names_equal_typo" if typos else "match.names_equal")


def word_list(words: frozenset[str] | set[str]) -> str:
    """Normalized words as a reason lists them: sorted, an acronym's or abbreviation's internal mark made readable."""
    return ", ".join(sorted(f"{stem}." if (stem := abbreviation_stem(word)) else bare(word) for word in words))


def long_names_differ(differing: frozenset[str]) -> str:
    """The reason part for long names set aside as one: how many words differ, and which when more than one."""
    if len(differing) == 1:
        return say("match.one_word")
    return say("match.long_name_words", count=len(differing), words=word_list(differing))


def only_scope(words: frozenset[str]) -> bool:
    """Words that are all scope words of the division of affairs ('lintas', 'antar', 'wilayah kerjanya'): the two halves of one affair."""
    return bool(words) and all(word in HALF_WORDS or word in _REACH_WORDS or word.startswith(("antar", "lintas")) for word in words)


def _half_word(word: str) -> bool:
    """A scope word of the division of affairs, or a number (the marks of an acronym, 'siinas\u207e', and of an
    abbreviation, 'inf\u2024', are no digits)."""
    word = bare(word).rstrip(ABBREVIATION_MARK)
    return word in HALF_WORDS or word in NUMBER_WORDS or word.startswith(("antar", "lintas")) or not word.isalpha()


@dataclass(frozen=True)
class Reading:
    """How the words only one of two names has were read."""

    shortened: tuple[str, ...] = ()  # 'peny = penyelenggaraan', 'sdm = sumber daya manusia'
    places: tuple[str, ...] = ()  # places typed after a name ('desa sumberejo')
    left: frozenset[str] = frozenset()  # words still unexplained, on each side
    right: frozenset[str] = frozenset()

    @property
    def rest(self) -> frozenset[str]:
        """The words still unexplained, either side."""
        return self.left | self.right

    @property
    def explains(self) -> bool:
        """Every differing word was read as an abbreviation or a place."""
        return not self.rest and bool(self.shortened or self.places)

    def detail(self) -> str:
        """The reason part: the abbreviations read in full and the places typed after a name."""
        pairs, places = ", ".join(self.shortened), ", ".join(self.places)
        if pairs and places:
            return say("match.abbreviations_and_place", pairs=pairs, places=places)
        return say("match.abbreviations", pairs=pairs) if pairs else say("match.place_added", places=places)


@dataclass(frozen=True)
class Side:
    """One name as the reading needs it: raw text, normalized words, core words and the words only it has."""

    name: str
    words: tuple[str, ...]
    tokens: tuple[str, ...]
    only: frozenset[str]


@functools.lru_cache(maxsize=1 << 16)  # the same name pairs recur in every kab/kota of a province
def read_difference(left: Side, right: Side, abbreviations: bool = True) -> Reading:
    """The differing words read as abbreviations of the other name's words (when asked), then as a place typed after a name."""
    if divides_halves(left.only | right.only) or not (abbreviations or (left.only | right.only) & PLACE_WORDS):
        return Reading(left=left.only, right=right.only)
    only_left, only_right = set(left.only), set(right.only)
    shortened = []
    if abbreviations:
        shortened = _read_short(left, only_left, right, only_right) + _read_short(right, only_right, left, only_left)
    places = []
    for side, rest in ((left, only_left), (right, only_right)):
        place = _place_after(side, rest) if rest else ()
        if place:
            places.append(" ".join(place))
            rest.difference_update(place)
    return Reading(tuple(shortened), tuple(places), frozenset(only_left), frozenset(only_right))


def _read_short(side: Side, rest: set[str], other: Side, other_rest: set[str]) -> list[str]:
    """Words of ``side`` read as an abbreviation or acronym of ``other``'s words; both sets lose what was read."""
    found = []
    spare = [word for word in other.words if word not in other.tokens]  # 'program', level words: set aside, yet spelled
    for short in sorted(rest):
        if len(short) < 2 or short.isdigit():
            continue
        dotted = _dotted(short, side.name)
        full = None
        # a word alone in brackets is a note or an acronym ('(PEN)'), not a word cut short ('pengelolaan')
        if (dotted or len(short) <= 3 or not _VOWELS & set(short)) and not _bracketed(short, side.name):  # else shortens() says no
            after = _next_word(short, side.words)
            # 'non pemerintah' / 'nonpemerintah' is one compound written apart, not 'non' cut short
            full = next((word for word in sorted(other_rest) + spare if shortens(short, word, dotted) and word != short + after), None)
        if full is not None:
            other_rest.discard(full)
            found.append(f"{short} = {full}")
            rest.discard(short)
            continue
        span = _acronym_span(short, other, other_rest)
        if span is not None:
            other_rest.difference_update(span)
            found.append(f"{short} = {' '.join(span)}")
            rest.discard(short)
    return found


def shortens(short: str, word: str, dotted: bool) -> bool:
    """``short`` is an abbreviation of ``word``: its beginning ('peny.'), or its letters in order ('jln', 'jemb.')."""
    if len(word) < len(short) + 2 or short[0] != word[0]:
        return False
    # undotted, only a short or vowelless word is surely cut short: 'desa' is a word, not 'desain' cut short
    plain = len(short) <= 3 or not _VOWELS & set(short)
    if not (dotted or plain):
        return False
    if word.startswith(short):
        return len(short) >= 3 or dotted
    position = 0
    for char in short[1:]:
        position = word.find(char, position + 1)
        if position < 0:
            return False
    return True


def _bracketed(word: str, name: str) -> bool:
    """The name writes the word alone in brackets ('(PEN)')."""
    return re.search(rf"\(\s*{re.escape(word)}\s*\)", name.lower()) is not None


def _next_word(word: str, words: tuple[str, ...]) -> str:
    """The word after the first ``word`` in a name ('' at its end)."""
    index = words.index(word) if word in words else len(words)
    return words[index + 1] if index + 1 < len(words) else ""


def _dotted(word: str, name: str) -> bool:
    """The name writes the word with a full stop after it ('Peny.')."""
    text, found = name.lower(), -1
    while (found := text.find(word + ".", found + 1)) >= 0:
        if found == 0 or not text[found - 1].isalnum():
            return True
    return False


def _acronym_span(short: str, other: Side, usable: set[str]) -> tuple[str, ...] | None:
    """The 2+ consecutive words of the other name whose beginnings spell ``short`` ('sdm': sumber daya manusia)."""
    if len(short) > _LONGEST_ACRONYM:
        return None
    words = other.words
    for start, first in enumerate(words):
        end = _spell(short, 0, words, start, 0) if first[0] == short[0] else None
        if end is None:
            continue
        span = tuple(word for word in words[start:end] if word not in _JOINER_WORDS)
        core = {word for word in span if word in other.tokens}
        # an acronym stands for words only the other name has: a word both names share is not in it
        if core and core <= usable:
            return span
    return None


def _spell(short: str, at: int, words: tuple[str, ...], index: int, count: int) -> int | None:
    """The end of the words from ``index`` whose beginnings spell ``short[at:]`` (two words at least)."""
    if at == len(short):
        return index if count >= 2 else None
    if index >= len(words):
        return None
    word = words[index]
    if count and word in _JOINER_WORDS:  # 'monev': monitoring dan evaluasi
        found = _spell(short, at, words, index + 1, count)
        if found is not None:
            return found
    for size in range(min(len(word), len(short) - at), 0, -1):
        if word[:size] == short[at : at + size]:
            found = _spell(short, at + size, words, index + 1, count + 1)
            if found is not None:
                return found
    return None


def _place_after(side: Side, extra: set[str]) -> tuple[str, ...]:
    """The place typed after the official words ('desa', 'sumberejo'), holding some of the extra words; else ()."""
    anchors = set(side.tokens) - extra
    words = side.words
    last = next((index for index in range(len(words) - 1, -1, -1) if words[index] in anchors), -1)
    if last < 0:
        return ()
    tail = list(side.words[last + 1 :])
    while tail and tail[0] not in side.tokens:  # level, scope and function words (mistyped ones too) lead into it
        tail.pop(0)
    # a place word alone ('Pangan Kecamatan', 'Kecamatan dan Desa') is a level of detail, not a place: a name follows it
    # ('di Wilayah Provinsi', 'Wilayah Kabupaten/Kota': level words, the scope the province acts in, no place)
    if not tail or tail[0] not in PLACE_WORDS or set(tail) <= PLACE_WORDS | STOP_WORDS | _JOINER_WORDS | LEVEL_WORDS:
        return ()
    # ('Wilayah Operasinya', 'Wilayah Kerjanya': the item's own area, the reach of one half of an affair, no place)
    if len(tail) > 1 and tail[1].endswith("nya"):
        return ()
    return tuple(tail)


def official_joiner_pair(higher: str, lower: str) -> tuple[str, str] | None:
    """('informasi, edukasi', 'informasi dan edukasi') when the higher level's name lists with commas only and the
    lower joins the same two words with a word: the official list words two items apart only so; else None."""
    if "," not in higher:
        return None  # the common case, and no bare comma to differ in
    commas, joined = _joints(higher), _joints(lower)
    if commas["joiner"]:
        return None  # the official wording lists with commas only; a 'dan' there means a hand-made list lost one
    if _matching(_adjacent(higher), joined["joiner"]) is not None:
        return None  # the lower joins two words the higher writes side by side: the higher lost its 'dan' ('KG Perlindungan')
    # the official lower wording joins without a comma ('Informasi dan Edukasi'); 'A, B, dan C' against 'A, B, C' is
    # one list that lost its 'dan'
    return _matching(commas["comma"], [joint for joint in joined["joiner"] if "," not in joint[1]])


@functools.lru_cache(maxsize=4096)
def _joints(name: str) -> dict[str, list[tuple[str, str, str]]]:
    """The places where a name's list items meet: (word before, joint as written, word after), by kind."""
    found: dict[str, list[tuple[str, str, str]]] = {"comma": [], "joiner": [], "other": []}
    previous, between = "", []
    # a spaced ' / ' stands for 'dan'; 'Sekolah/Guru' names alternatives as a comma list does
    for piece in _PIECE.findall(name.lower().replace(" / ", " ~ ")):
        if piece.isalnum() and piece not in _JOINER_WORDS:
            if previous and between:
                kind = "comma" if set(between) == {","} else "other" if set(between) <= {",", "/"} else "joiner"
                found[kind].append((previous, " ".join(between).replace("~", "/"), piece))
            previous, between = piece, []
        else:
            between.append(piece)
    return found


@functools.lru_cache(maxsize=4096)
def _adjacent(name: str) -> list[tuple[str, str, str]]:
    """The words a name writes side by side, nothing between them, as (word, '', next word)."""
    pieces = _PIECE.findall(name.lower())
    return [(one, "", other) for one, other in zip(pieces, pieces[1:]) if one.isalnum() and other.isalnum()
            and one not in _JOINER_WORDS and other not in _JOINER_WORDS]


def _matching(ones: list[tuple[str, str, str]], others: list[tuple[str, str, str]]) -> tuple[str, str] | None:
    """The first joint of ``ones`` between the same two words (typos aside) as a joint of ``others``, as texts."""
    for before, joint, after in ones:
        for other_before, other_joint, other_after in others:
            if _alike(before, other_before) and _alike(after, other_after):
                return _joint_text(before, joint, after), _joint_text(other_before, other_joint, other_after)
    return None


def _alike(one: str, other: str) -> bool:
    """The same word, perhaps mistyped or cut short ('inf.' for 'informasi')."""
    return is_typo_of(one, other) or shortens(one, other, True) or shortens(other, one, True)


def _joint_text(before: str, joint: str, after: str) -> str:
    """'informasi, edukasi' / 'informasi dan edukasi' as the name writes the joint."""
    return f"{before} {joint} {after}".replace(" ,", ",")


def joint_differs(joint: tuple[str, str]) -> str:
    """The reason part for names that differ only in how a list is joined ('informasi, edukasi' / '... dan ...')."""
    if joint[1].split()[-2:-1] == ["dan"]:
        return say("match.only_dan")
    return say("match.only_joiner", left=joint[0], right=joint[1])
