"""Short names of kab/kota in common use (data/kabkota_aliases.csv; pure lookups): 'Kukar' is Kutai Kartanegara."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass

from . import provinces


@dataclass(frozen=True)
class ShortNames:
    """The table read with one name key: each short name's key -> its kab/kota's name key, and each kab/kota's name
    key -> its short names, lowercase words ('kukar', 'oku timur')."""

    official: dict[str, str]
    short: dict[str, tuple[str, ...]]


def load(key: Callable[[str], str]) -> ShortNames:
    """The table, each name keyed by ``key`` (how places compares kab/kota names: 'Tojo Una-Una' -> 'tojounauna')."""
    official: dict[str, str] = {}
    short: dict[str, tuple[str, ...]] = {}
    for row in csv.reader(provinces.data_lines("kabkota_aliases.csv")):
        name = key(row[0])
        others = tuple(provinces.plain(other) for other in "|".join(row[1:]).split("|") if other.strip())
        short[name] = (*short.get(name, ()), *others)
        official.update((key(other), name) for other in others)
    return ShortNames(official, short)
