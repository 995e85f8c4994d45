"""A place written at the end of an item's name ('... di Desa Sumberejo', '... (Lokasi Kel. Oro-oro Dowo)', '... Kec. Dampit').

The official names end in places too ('... di Desa', '... di Kota Administrasi', '... di Kecamatan dan Desa'), so a place is
only read where it is named: a place word followed by a proper name (no word the official names use often: 'Desa Sadar
Hukum' is none), after 'di', inside a bracket, behind 'Lokasi:', or abbreviated with a full stop ('Kec.', 'Kab.', 'Ds.';
'Kel.' only after 'di' or 'Lokasi', as it also stands for Kelompok). Pure.
"""

from __future__ import annotations

import functools
import re

from .place_words import FILLER_WORDS, KABUPATEN, KOTA, OFFICE_WORDS, PREFIXES
from .places import is_listed
from .spelling import vocabulary

_PLACE_WORD = r"(?:kecamatan|kelurahan|kabupaten|kota|desa|dusun|nagari|gampong|distrik|kampung|kec|kel|kab|ds|dsn)"
# ('Kel.' is also Kelompok, 'Kel. Tani': a kelurahan only after 'di', in a bracket or after 'Lokasi')
_SHORT_WORD = r"(?:kec|kab|ds|dsn)\."
# one to four words of a place name; no full stop, so 'Sumberejo Kec. Dampit' is two places read one by one (but for
# 'Kep.', Kepulauan, opening a kab/kota name: 'Kab. Kep. Mentawai')
_WORD = r"[^\W\d_][\w'\u2019-]*"
_NAME = rf"(?:kep\.\s*)?{_WORD}(?:\s+[^\W_][\w'\u2019-]*){{0,3}}"
_END = r"[\s.,;:]*$"
# a place under its abbreviated word, whatever its name ('Kec. Taman': 'taman' is also a park)
_ABBREVIATED = re.compile(rf"^{_SHORT_WORD}\s*{_NAME}$", re.IGNORECASE)
#: characters at a name's end where its places stand (a bracket, 'di' and a name of four words), and where a word
#: opening the last of them stands
_TAIL, _MARKED_TAIL = 120, 50
#: (pattern, whether what it finds must name a place): a bracket or 'Lokasi:' says it is one, a bare 'di Desa' does not
_PATTERNS = (
    # '(Lokasi Kel. Oro-oro Dowo)', '(Lokasi: Tersebar)'
    (re.compile(rf"\s*\(\s*lokasi\b\s*[:.]?\s*(?P<place>[^()]+?)\s*\){_END}", re.I), False),
    # '(Kec. Dampit)', '(di Desa Sumberejo)'
    (re.compile(rf"\s*\(\s*(?:di\s+)?(?P<place>[^()]+?)\s*\){_END}", re.I), True),
    # '- Lokasi Kec. Dampit', 'Lokasi: Desa Sumberejo'
    (re.compile(rf"\s+(?:[-\u2013]\s*lokasi\s*:?|lokasi\s*:)\s*(?P<place>[^()]+?){_END}", re.I), False),
    # 'di Desa Sumberejo', 'di Kabupaten Malang', 'se-Kabupaten Malang'
    (re.compile(rf"\s+(?:di\s+|se-?\s*)(?P<place>{_PLACE_WORD}\.?\s+{_NAME}){_END}", re.I), True),
    # 'Kec. Lowokwaru', '- Kab. Malang'
    (re.compile(rf"\s+(?:[-\u2013]\s*)?(?P<place>{_SHORT_WORD}\s*{_NAME}){_END}", re.I), True),
    # 'di Wilayah Kota', 'Seluruh Kabupaten': the whole kab/kota ('Rencana Tata Ruang Wilayah Kabupaten' is a name)
    (re.compile(rf"\s+(?P<place>(?:di\s+wilayah|(?:di\s+)?seluruh)\s+(?:kota|kabupaten)){_END}", re.I), False),
)
_OPENS_PLACE = re.compile(rf"(?:{_PLACE_WORD}\.?\s+|(?:{_SHORT_WORD}|kel\.)\s*)(?P<first>{_WORD})", re.I)
#: what a name's tail holds when it ends in a place ('di', 'Kec.', 'Lokasi'), checked before any pattern
_MARKERS = (
    " di desa", " di kel", " di kec", " di kab", " di kota", " di dusun", " di nagari", " di gampong", " di distrik",
    " di kampung", " di wilayah", " se ", " se-", "lokasi", "seluruh", "kec.", "kab.", "ds.", "dsn.",
)
_MARKER = re.compile("|".join(map(re.escape, _MARKERS)))
#: words that start no place name: the official list's 'di Kota Administrasi', 'di Kecamatan dan Desa', 'Desa Wisata'
_NOT_A_NAME = frozenset(FILLER_WORDS | OFFICE_WORDS) | {
    "kabupaten", "kota", "provinsi", "administrasi", "kecamatan", "kelurahan", "desa", "dusun", "kampung", "serta", "untuk",
    "dengan", "pada", "oleh", "bagi", "ke", "dari", "wisata", "adat", "binaan", "tertinggal", "terpencil", "perbatasan",
    "pesisir", "kb", "layak", "sehat", "mandiri", "percontohan", "model", "prioritas", "baru", "rawan", "miskin", "rentan",
    "terdampak", "tangguh", "siaga", "cerdas", "digital", "maju", "berkembang", "swasembada", "swadaya", "sejahtera",
    "produktif", "kreatif", "inovasi", "inovatif", "tematik", "terisolir", "terluar", "kumuh", "nelayan", "industri",
    "pertanian", "perikanan", "hutan", "definitif", "persiapan", "induk", "pemekaran", "lokus", "sasaran", "bersih", "hijau",
    "anti", "antikorupsi", "ramah", "inklusif", "bebas", "stunting", "organik", "budaya", "religi", "pintar", "aman",
    "sangat", "keluarga", "berkualitas", "sadar", "hukum", "prima", "iklim", "pusaka", "penyangga", "kantong", "kemiskinan",
    "fokus", "kewenangan", "tingkat", "daerah", "lingkup", "sentra", "unggulan", "tani", "ternak", "usaha", "kerja",
    "wanita", "pemuda", "anak", "lansia", "sekolah", "pendidikan", "kesehatan", "digitalisasi", "energi", "mitra",
}  # fmt: skip
#: uses in the official names that make a word common (a place name may appear once or twice: 'Batu')
_COMMON_USES = 3
_PLACE_LIST = re.compile(r"\s*[,;]\s*|\s+dan\s+", re.I)
#: a name ending in a joining word before its last place lists places ('di Kec. Dampit dan Kec. Tumpang')
_JOINED_ON = re.compile(r"(?:\b(?:dan|serta|atau)|[,&/])$", re.I)
#: words that join clauses: a name holding one goes on past the place ('di Kecamatan serta Sarana Pendukungnya')
_CLAUSE_WORDS = frozenset({"dan", "serta", "atau", "yang", "untuk", "dalam", "dengan", "pada", "oleh", "bagi", "ke", "dari", "di"})


@functools.lru_cache(maxsize=1 << 14)
def place_in_name(name: str) -> tuple[str, str] | None:
    """(the name without its places, the places as written) for a name that ends in named places, else None."""
    if not _may_end_in_place(name):
        return None  # most names: none of their last words opens a place
    rest, places = name.rstrip(), []
    for _ in range(3):
        found = _last_place(rest)
        if found is None:
            break
        rest, place = found
        places.insert(0, place)
    if not places or len(rest.split()) < 2:
        return None  # 'Kecamatan Dampit' as a whole name, or a name of one word before the place, is no item name with a place
    return rest, " ".join(places)


def _may_end_in_place(name: str) -> bool:
    """True when the name ends in a bracket, or its tail holds a word that can open a place ('di', 'Kec.', 'Lokasi')."""
    tail = name[-_MARKED_TAIL:].lower()
    return tail.rstrip(" .,;:").endswith(")") or _MARKER.search(tail) is not None


def _last_place(name: str) -> tuple[str, str] | None:
    """(the name before it, the place) of the place that ends a name."""
    start, bracket = max(0, len(name) - _TAIL), name.rstrip(" .,;:").endswith(")")
    for pattern, checked in _PATTERNS[:2] if bracket else _PATTERNS[2:]:
        match = pattern.search(name, start)
        if match is None:
            continue
        place, rest = " ".join(match.group("place").split()), name[: match.start()].rstrip(" -\u2013,;:")
        if _JOINED_ON.search(rest):
            return None  # 'di Kec. Dampit dan Kec. Tumpang': a list of places, not one the name ends in
        if not checked or names_a_place(place):
            return rest, place.strip(" .,;:")
    return None


def names_a_place(text: str) -> bool:
    """True for 'Desa Sumberejo', 'Kec. Dampit', 'Kab. Malang, Kota Batu': each part a place word and a proper name, no
    clause or common word after it."""
    return all(_names_one_place(part) for part in _PLACE_LIST.split(text))


def names_an_address(text: str) -> bool:
    """True for 'Desa Sukamaju, Turen': a place, then places (an abbreviated place word with any name: 'Kec. Taman') or
    proper names alone (a kecamatan or kab/kota written without its place word: one capitalized word, or two or three
    of no common use)."""
    first, *rest = [part.strip() for part in text.split(",")]
    if not rest or not names_a_place(first):
        return False
    return all(names_a_place(part) or _ABBREVIATED.match(part) or _proper_name(part) for part in rest)


def _proper_name(text: str) -> bool:
    """True for 'Turen', 'Taman', 'Pakis Aji': a capitalized word, or two or three of no common use."""
    words = text.split()
    if not 0 < len(words) <= 3 or not all(word[:1].isupper() and word.isalpha() for word in words):
        return False
    return len(words) == 1 or not any(_common(word.lower()) for word in words)


def _names_one_place(text: str) -> bool:
    """True for 'Desa Sumberejo': a place word and a proper name, no clause or common word after it."""
    match = _OPENS_PLACE.match(text)
    words = [word.lower() for word in text[match.start("first") :].split()] if match is not None else []
    if words and _names_kab_kota(text[: match.start("first")], words):
        return True  # 'Kabupaten Lima Puluh Kota', 'Kab. Kep. Mentawai': the level word and a listed name leave no doubt
    return bool(words) and words[0] != "kep." and not any(_common(word) for word in words)


def _names_kab_kota(place_word: str, words: list[str]) -> bool:
    """True when a kab/kota place word ('Kabupaten', 'Kab.', 'Kota') opens a name of data/kabkota.csv or its short
    names of that level, 'Kep.' read as Kepulauan: common words make many of them ('Solok Selatan', 'Pesisir Barat')."""
    level = PREFIXES.get(place_word.strip(" .").lower())
    if level not in (KABUPATEN, KOTA):
        return False
    name = " ".join("kepulauan" if word in ("kep", "kep.") else word.strip(".,;:") for word in words)
    return is_listed(level, name)


def _common(word: str) -> bool:
    """A word of the official names' own vocabulary ('Sadar Hukum', 'Kelompok Tani'), a joining word or a qualifier:
    no proper name of a place ('Sumberejo', 'Lowokwaru'); a name the list uses once or twice ('Batu') still is one."""
    return word in _NOT_A_NAME or word in _CLAUSE_WORDS or vocabulary().get(word.strip(".,;:'\u2019"), 0) >= _COMMON_USES
