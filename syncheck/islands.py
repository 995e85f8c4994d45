"""Islands and areas a location cell names for the kab/kota on them ('Pulau Lombok', 'Kepulauan Nias', 'Sarbagita'),
from data/islands.csv (pure)."""

from __future__ import annotations

import csv
import functools
import re

from . import provinces

#: how a word opening an island's name may be written short
_SHORT = {"pulau": r"(?:pulau|p\.)", "kepulauan": r"(?:kepulauan|kep\.)"}
_WRITTEN = {"p.": "pulau", "kep.": "kepulauan"}


@functools.lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, tuple[tuple[str, str], ...]]]:
    """The pattern of a location part that is an island's name and nothing else (a bracket or a dash's detail after it
    says which of its kab/kota are meant), and each name's key -> its kab/kota as (level, lowercase name)."""
    rows = list(csv.reader(provinces.data_lines("islands.csv")))
    on_it = {_key(name): tuple(_level_and_name(kab_kota) for kab_kota in listed.split("|")) for name, listed in rows}
    names = "|".join(r"\s*".join(_SHORT.get(word.lower(), re.escape(word)) for word in name.split()) for name, _ in rows)
    return re.compile(rf"\s*{_BEFORE}({names})\s*\.?\s*", re.IGNORECASE), on_it


#: words before an island's name that leave its meaning as it is ('Kab/Kota se-Pulau Lombok', 'Kawasan Danau Toba',
#: 'Kawasan Perkotaan Gerbangkertosusila')
_BEFORE = r"(?:(?:kab(?:upaten)?\.?|kota)\s*/\s*(?:kab(?:upaten)?\.?|kota)\s*)?(?:(?:di|seluruh|wilayah|kawasan)\s+)*(?:se\s*-?\s*)?(?:kawasan\s+)?(?:(?:perkotaan|metropolitan)\s+)?"


def _level_and_name(government: str) -> tuple[str, str]:
    """'Kota Bima' -> ('kota', 'bima'), 'Kabupaten Bima' -> ('kabupaten', 'bima')."""
    level, name = government.lower().split(" ", 1)
    return level, name


def _key(name: str) -> str:
    """An island's name as the table keys it: lowercase, 'P.' and 'Kep.' written out, without spaces (the pattern takes
    the words written joined: 'PulauLombok')."""
    words = name.lower().replace(".", ". ").split()
    return "".join(_WRITTEN.get(word, word) for word in words)


def kab_kota_on(part: str) -> tuple[tuple[str, str], ...]:
    """The kab/kota (level, name) on the island or area a location part names ('Pulau Buru' -> kabupaten buru and buru
    selatan); () when the part is no island of the table, or says more ('Pulau Lombok (Mataram)', 'Desa Pulau Buru')."""
    if len(part) < 3:  # (the shortest name: 'BMR')
        return ()
    pattern, on_it = _table()
    match = pattern.fullmatch(part)
    return on_it.get(_key(match.group(1)), ()) if match else ()  # (a letter the pattern's case folding took: 'ſ')
