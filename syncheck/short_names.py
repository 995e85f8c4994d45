"""Other names of kab/kota in common use (data/kabkota_aliases.csv, and forms of Kemendagri's names in data/kabkota.csv;
pure lookups): 'Kukar' is Kutai Kartanegara, 'Selayar' Kepulauan Selayar."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from . import provinces

#: Kemendagri's list of kab/kota (data/kabkota.csv): (level, name), lowercase
_LISTED = [(level, name.lower()) for level, name, _ in provinces.kabkota_rows()]
#: the list's names that hold 'dan' ('pangkajene dan kepulauan'): one place, whose 'dan' joins no two places and ends
#: no title's name
NAMES_WITH_DAN = tuple(name for _, name in _LISTED if " dan " in name)
#: the list's names that end in 'Kota' ('lima puluh kota'): their 'Kota' opens no kota in a title
NAMES_ENDING_KOTA = tuple(name for _, name in _LISTED if name.endswith(" kota"))
#: the list's kabupaten names that start with 'Kota', as compared ('kotabaru'): 'Kab. Kota Baru' is one of them
KABUPATEN_NAMED_KOTA = frozenset(name.replace(" ", "") for level, name in _LISTED if level == "kabupaten" and name.startswith("kota"))
#: the level words an other name of the table may start with: it names the kab/kota only after that word ('Kota Jogja')
_LEVEL_WORDS = {"kota": "kota", "kabupaten": "kabupaten", "kab": "kabupaten"}


@dataclass(frozen=True)
class ShortNames:
    """The table read with one name key: each short name's key -> its kab/kota's name key, and each kab/kota's name
    key -> its short names, lowercase words ('kukar', 'oku timur'); and (level, key) of each short name that is one only
    after its level word -> its kab/kota's name key (('kota', 'jogja') -> 'yogyakarta')."""

    official: dict[str, str]
    short: dict[str, tuple[str, ...]]
    leveled: dict[tuple[str, str], str]


def load(key: Callable[[str], str]) -> ShortNames:
    """The table, each name keyed by ``key`` (how places compares kab/kota names: 'Tojo Una-Una' -> 'tojounauna')."""
    official: dict[str, str] = {}
    short: dict[str, tuple[str, ...]] = {}
    leveled: dict[tuple[str, str], str] = {}
    rows = [(row[0], "|".join(row[1:])) for row in csv.reader(provinces.data_lines("kabkota_aliases.csv"))]
    for written, other_names in [*rows, *_listed_forms(key, rows)]:
        name = key(written)
        others = tuple(provinces.plain(other) for other in other_names.split("|") if other.strip())
        bound = {other for other in others if other.split()[0] in _LEVEL_WORDS and len(other.split()) > 1}
        leveled.update(((_LEVEL_WORDS[other.split()[0]], key(other.split(" ", 1)[1])), name) for other in bound)
        others = tuple(other for other in others if other not in bound)
        short[name] = (*short.get(name, ()), *others)
        official.update((key(other), name) for other in others)
    return ShortNames(official, short, leveled)


def _listed_forms(key: Callable[[str], str], rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(name, its other forms) for the list's names written shorter in common use: without a leading 'Kepulauan' or
    with it as 'Kep.' ('Selayar', 'Kep. Selayar'), a name holding 'dan' by its words before it ('Pangkajene'); a form
    that would also name another kab/kota, a short name of the table or a second listed name is left out."""
    names = [name for _, name in _LISTED]
    forms = {name: [f"kep {name[10:]}", name[10:]] for name in names if name.startswith("kepulauan ")}
    forms.update((name, [name.split(" dan ")[0]]) for name in NAMES_WITH_DAN)
    taken = {key(name) for name in names} | {key(other) for _, others in rows for other in others.split("|")}
    counts = Counter(key(form) for written in forms.values() for form in written)
    unique = {name: [form for form in written if key(form) not in taken and counts[key(form)] == 1] for name, written in forms.items()}
    return [(name, "|".join(written)) for name, written in unique.items()]
