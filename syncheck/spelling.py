"""Spelling variants that say the same thing, set aside before matching (normalize.py applies them).

Numbers written out beside their digits ('10 (Sepuluh)'), an acronym beside its expansion
('Sistem Informasi Jasa Konstruksi (SIPJAKI)'), bound prefixes written apart ('Non-Pemerintah',
'antar Daerah'), list joiners ('serta', a slash or a comma between listed nouns), and abbreviations
ending in a full stop ('Perenc.', 'Peny.'). Every function takes and returns lowercase text.
"""

from __future__ import annotations

import functools
import os
import re

_VOCABULARY = os.path.join(os.path.dirname(__file__), "data", "vocabulary.csv")
_QUALIFIER_WORDS = os.path.join(os.path.dirname(__file__), "data", "qualifier_words.csv")

#: ends an acronym written beside its expansion ('sipjaki\u207e'): set aside when nothing else tells two names apart
ACRONYM_MARK = "\u207e"
#: ends an abbreviation the word list cannot resolve ('peny\u2024'): the other name's words may (token_difference)
ABBREVIATION_MARK = "\u2024"
#: an abbreviation stands for its most common word when that word has this share of the words it begins
_SURE_SHARE = 0.95
#: an abbreviation is left for the other name to resolve only when its most common word has this share
# ('peny.': penyusunan 29%, penyediaan 28%; 'pem.' is a dozen words, 18% at most: left as written)
_RESOLVABLE_SHARE = 0.25

#: official words one letter apart that are the one difference between two names of one level in the 2020 list
# ('Penyusunan Rencana Tenaga Kerja Makro' / 'Mikro'): a typo one letter from both reads as either item
_NAME_CONTRASTS = {"makro": ("mikro",), "mikro": ("makro",)}
#: a stem the list has this often is a word, not an abbreviation (a name cut short in the list left 'pelay' once)
_WORD_COUNT = 3

_NUMBER_WORDS = (
    "nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh|seratus|ratus|seribu|ribu|juta|miliar"
)
_SPELLED_NUMBER = re.compile(rf"(\d)\s*\(\s*(?:(?:{_NUMBER_WORDS})\b[\s-]*)+\)")
_ACRONYM_AFTER = re.compile(r"\(\s*([a-z][a-z0-9-]{1,14})\s*\)")
_ACRONYM_BEFORE = re.compile(r"\b([a-z][a-z0-9-]{1,14})\s*\(([a-z][a-z ,&-]{3,100})\)")
_WORD = re.compile(r"[a-z0-9]+")
#: words an acronym skips ('Komunikasi, Informasi dan Edukasi (KIE)')
_JOINERS = frozenset({"dan", "serta", "atau", "di", "ke", "dari", "untuk", "bagi", "pada", "dengan", "yang", "the", "of", "and"})
# prefixes the standard spelling glues to the next word: 'Non-Pemerintah' is 'nonpemerintah', 'antar Daerah' 'antardaerah'.
# 'antar' joins only a word naming a region: the province's 'Kerja Sama antardesa' (villages of different kab/kota)
# and the kab/kota's 'Kerja sama antar Desa' (within one) are the two halves of one affair, told apart by the spelling
_BOUND_PREFIX = re.compile(
    r"\b(non|pasca|pra)[\s-]+(?!(?:dan|serta|atau|dengan|yang|di|ke|dari|untuk|bagi|pada|dalam)\b)(?=[a-z])"
    r"|\b(antar)[\s-]+(?=(?:daerah|kabupaten|kota|provinsi|wilayah|pemerintah)\b)"
)
_SLASHED = re.compile(r"\b([a-z]+)\s*/\s*(?=([a-z]+)\b)")
_COMMA = re.compile(rf"(?<=[a-z0-9){ACRONYM_MARK}{ABBREVIATION_MARK}])\s*,\s*(?=[a-z(])")
_SERTA = re.compile(r"\bserta\b")
_REPEATED_DAN = re.compile(r"\bdan(?:\s+dan\b)+")
#: words a slash joins as alternatives of one thing, not as items of a list ('Kabupaten/Kota', 'dan/atau')
_ALTERNATIVES = frozenset(
    {"kabupaten", "kota", "provinsi", "kab", "prov", "daerah", "pemerintah", "kecamatan", "desa", "kelurahan", "gubernur",
     "bupati", "wali", "walikota", "dan", "atau", "serta"}
)  # fmt: skip
_DOTTED = re.compile(r"\b([a-z]{3,12})\.(?![0-9])")
_DIGIT = re.compile(r"\d")
_GLUED_NUMBER = re.compile(r"\b([a-z]{4,})(\d{1,4})\b")


def spelled_numbers_dropped(value: str) -> str:
    """'10 (sepuluh) tahun' -> '10 tahun': a number written out in brackets after its digits."""
    return _SPELLED_NUMBER.sub(r"\1", value) if "(" in value else value


def acronyms_marked(value: str) -> str:
    """An acronym beside its expansion, 'x y z (xyz)' or 'xyz (x y z)', written 'x y z xyz\u207e' (see ACRONYM_MARK)."""
    if "(" not in value:
        return value
    value = _ACRONYM_BEFORE.sub(_expansion_kept, value)
    return _ACRONYM_AFTER.sub(_acronym_after_marked, value)


def _expansion_kept(match: re.Match[str]) -> str:
    """'usb (unit sekolah baru)' -> ' unit sekolah baru usb\u207e '; any other 'word (words)' unchanged."""
    words = _WORD.findall(match.group(2))
    return f" {match.group(2)} {match.group(1)}{ACRONYM_MARK} " if _abbreviates(match.group(1), words) else match.group(0)


def _acronym_after_marked(match: re.Match[str]) -> str:
    """'... jasa konstruksi (sipjaki)' -> '... jasa konstruksi sipjaki\u207e '; any other bracketed word unchanged."""
    before = _WORD.findall(match.string[max(0, match.start() - 160) : match.start()])[-10:]
    for size in range(2, len(before) + 1):
        if _abbreviates(match.group(1), before[-size:]):
            return f" {match.group(1)}{ACRONYM_MARK} "
    return match.group(0)


def _abbreviates(acronym: str, words: list[str]) -> bool:
    """The acronym is made from the words: it starts with the first word's initial and holds every word's initial in order."""
    letters = "".join(char for char in acronym if char.isalpha())
    content = [word for word in words if word not in _JOINERS]
    if len(letters) < 2 or len(content) < 2 or not words or words[0] in _JOINERS or words[0][0] != letters[0]:
        return False
    initials = "".join(word[0] for word in content)
    if len(letters) <= 3:
        return initials == letters  # a short acronym must be exactly the initials: 'BKB' is not 'Bina Keluarga'
    # longer ones often take a syllable or skip a word ('SIPJAKI', 'Andalalin'): the initials in order, covering half
    return len(initials) * 2 >= len(letters) and _in_order(initials, letters)


def _in_order(short: str, long: str) -> bool:
    """Every letter of short appears in long, in the same order."""
    rest = iter(long)
    return all(char in rest for char in short)


def prefixes_joined(value: str) -> str:
    """'non-pemerintah', 'pasca bencana', 'antar daerah' -> 'nonpemerintah', 'pascabencana', 'antardaerah'."""
    if "antar" not in value and "non" not in value and "pasca" not in value and "pra " not in value and "pra-" not in value:
        return value
    return _BOUND_PREFIX.sub(r"\1\2", value)


_HYPHENATED = re.compile(r"\b([a-z]+)-([a-z]+)\b")


def hyphens_joined(value: str) -> str:
    """'ber-basis', 'pem-bangunan' -> 'berbasis', 'pembangunan': a word split at a hyphen, where the official names
    write the joined word more often than either piece ('kerja-sama' stays: 'kerja' is the commoner word)."""
    return _HYPHENATED.sub(_hyphen_joined, value) if "-" in value else value


def _hyphen_joined(match: re.Match[str]) -> str:
    """The two pieces of a hyphenated word joined, or the text unchanged."""
    counts = vocabulary()
    joined = match.group(1) + match.group(2)
    uses = counts.get(joined, 0)
    return joined if uses and counts.get(match.group(1), 0) < uses and counts.get(match.group(2), 0) < uses else match.group(0)


def joiners_unified(value: str) -> str:
    """Every list joiner written as 'dan': 'a, b serta c/d' and 'a, b, c dan d' -> 'a dan b dan c dan d'.

    'Kabupaten/Kota' and 'dan/atau' name alternatives, not list items, and keep their slash.
    """
    if "," in value:
        value = _COMMA.sub(" dan ", value)
    if "serta" in value:
        value = _SERTA.sub("dan", value)
    if "/" in value:
        value = _SLASHED.sub(lambda m: m.group(0) if {m.group(1), m.group(2)} & _ALTERNATIVES else f"{m.group(1)} dan ", value)
    return _REPEATED_DAN.sub("dan", value) if "dan dan" in value else value


def numbers_unglued(value: str) -> str:
    """'dalam1' -> 'dalam 1': a number typed against the word before it (short codes such as 'pph21' stay)."""
    return _GLUED_NUMBER.sub(r"\1 \2", value) if _DIGIT.search(value) else value


def abbreviations_expanded(value: str) -> str:
    """'perenc.' -> 'perencanaan' (the word it nearly always stands for); 'peny.' -> 'peny\u2024' (several words)."""
    if "." not in value:
        return value
    return _DOTTED.sub(_abbreviation, value)


def _abbreviation(match: re.Match[str]) -> str:
    """The word a dotted stem stands for, the stem marked for the other name to resolve, or the text unchanged."""
    stem = match.group(1)
    reading = abbreviation_reading(stem)
    if reading is None:
        return match.group(0)
    return f"{reading or stem + ABBREVIATION_MARK} "


@functools.lru_cache(maxsize=4096)
def abbreviation_reading(stem: str) -> str | None:
    """The word a stem followed by a full stop stands for; '' when several words are likely; None when it is no abbreviation."""
    counts = vocabulary()
    if counts.get(stem, 0) >= _WORD_COUNT:
        return None  # a word ending a sentence ('desa.'), not a shortened one
    readings = sorted(((count, word) for word, count in counts.items() if word.startswith(stem) and len(word) >= len(stem) + 2), reverse=True)
    total = sum(count for count, _ in readings)
    if not readings or readings[0][0] < _RESOLVABLE_SHARE * total:
        return None
    return readings[0][1] if readings[0][0] >= _SURE_SHARE * total else ""


#: official words one letter apart that are spellings of one word, not two words ('Pembinaan Teknik' / 'Teknis')
_ONE_WORD_SPELLINGS = frozenset(
    frozenset(pair) for pair in (("objek", "obyek"), ("sistem", "system"), ("kalurahan", "kelurahan"), ("teknik", "teknis"),
                                 ("perijinan", "perizinan"), ("syariah", "syariat"),
                                 # the list's own two levels of one item ('Penyusunan dan Penerapan / Penetapan SOP ...')
                                 ("penerapan", "penetapan"))
)  # fmt: skip


def distinct_official_words(a: str, b: str) -> bool:
    """Two words of the official list that differ in one letter: two words ('Makro' / 'Mikro'), never one mistyped."""
    if len(a) != len(b) or sum(x != y for x, y in zip(a, b)) != 1:
        return False
    counts = vocabulary()
    return counts.get(a, 0) >= _WORD_COUNT and counts.get(b, 0) >= _WORD_COUNT and frozenset((a, b)) not in _ONE_WORD_SPELLINGS


def official_neighbours(word: str) -> tuple[str, ...]:
    """The official word that tells apart two names the list otherwise writes alike, one letter from this one
    ('makro' -> ('mikro',)); () for any other word."""
    return _NAME_CONTRASTS.get(word, ())


def bare(token: str) -> str:
    """A token without the acronym mark ('sipjaki\u207e' -> 'sipjaki')."""
    return token[:-1] if token.endswith(ACRONYM_MARK) else token


def abbreviation_stem(token: str) -> str:
    """The stem of a token left marked as an abbreviation ('peny\u2024' -> 'peny'), else ''."""
    return token[:-1] if token.endswith(ABBREVIATION_MARK) else ""


@functools.lru_cache(maxsize=1)
def vocabulary() -> dict[str, int]:
    """The words of the official nomenclature's names and how often each occurs (data/vocabulary.csv)."""
    return _word_counts(_VOCABULARY)


@functools.lru_cache(maxsize=1)
def qualifier_words() -> dict[str, int]:
    """The words the official names write inside brackets ('(Per Jenis Bencana)') or as an acronym ('SMA'), and how
    often (data/qualifier_words.csv)."""
    return _word_counts(_QUALIFIER_WORDS)


def _word_counts(path: str) -> dict[str, int]:
    """The 'word,count' lines of a data file written by tools/make_vocabulary.py."""
    counts: dict[str, int] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            word, _, count = line.strip().partition(",")
            if word and not word.startswith("#") and count.isdigit():
                counts[word] = int(count)
    return counts


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
#: what a scan (or a hurried typist) reads one letter as: 'rn' for 'm', 'vv' for 'w', 'l' or '1' for 'i', '0' for 'o',
# 'c' for 'e'; each group written as one letter, so two words that differ only there read alike
_OCR_GROUPS = re.compile(r"rn|vv|[il1]|[o0]|[ce]")
_OCR_LETTER = {"rn": "m", "vv": "w", "l": "i", "1": "i", "0": "o", "c": "e"}


@functools.lru_cache(maxsize=1 << 14)
def ocr_form(word: str) -> str:
    """The word with the letters a scan confuses written alike ('urnum', 'umum' -> 'umum'; 'etlk', 'etik' -> 'etik')."""
    return _OCR_GROUPS.sub(lambda found: _OCR_LETTER.get(found.group(0), found.group(0)), word)


def mistype_one_word(a: str, b: str) -> bool:
    """True when two words neither of which the official names use are each one slip from the same official
    word ('raung' and 'rhuang', both 'ruang'): the word both sides meant, mistyped differently."""
    if not 4 <= min(len(a), len(b)) or max(len(a), len(b)) > 16 or not (a.isalpha() and b.isalpha()):
        return False
    words = vocabulary()
    if a in words or b in words:
        return False
    return bool(one_slip_from(a) & one_slip_from(b))


@functools.lru_cache(maxsize=4096)
def one_slip_from(word: str) -> frozenset[str]:
    """The official words of four letters or more one deletion, insertion, substitution or swap away from a word."""
    splits = [(word[:cut], word[cut:]) for cut in range(len(word) + 1)]
    variants = {left + right[1:] for left, right in splits if right}
    variants |= {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    variants |= {left + letter + right[1:] for left, right in splits if right for letter in _LETTERS}
    variants |= {left + letter + right for left, right in splits for letter in _LETTERS}
    words = vocabulary()
    return frozenset(variant for variant in variants if len(variant) >= 4 and variant in words)
