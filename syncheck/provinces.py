"""The 38 provinces and the other names plans write for them (data/provinces.csv; pure lookups)."""

from __future__ import annotations

import csv
import functools
import os
import re

_DATA_DIR = os.path.join(os.path.dirname(__file__), "data")
_NOT_WORD = re.compile(r"[\W_]+")


def plain(text: str) -> str:
    """A name as the table compares it: lowercase words, punctuation read as spaces ('D.I. Yogyakarta' -> 'd i yogyakarta')."""
    return " ".join(_NOT_WORD.split((text or "").lower())).strip()


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    """Each name and other name (plain) -> the province's names as the table writes them, its official name first."""
    names: dict[str, tuple[str, ...]] = {}
    for row in csv.reader(data_lines("provinces.csv")):
        province = (row[0].strip(), *(name.strip() for name in ";".join(row[1:]).split(";") if name.strip()))
        names.update((plain(name), province) for name in province)
    return names


def data_lines(name: str) -> list[str]:
    """The lines of a file in syncheck/data without its blank and '#' comment lines, stripped."""
    with open(os.path.join(_DATA_DIR, name), encoding="utf-8", newline="") as handle:
        return [line.strip() for line in handle if line.strip() and not line.startswith("#")]


@functools.lru_cache(maxsize=1)
def kabkota_rows() -> tuple[tuple[str, str, str], ...]:
    """Kemendagri's list of kab/kota (data/kabkota.csv): (level, name, province) rows, read once."""
    return tuple((level, name, province) for level, name, province in csv.reader(data_lines("kabkota.csv")))


def names_of(province: str) -> tuple[str, ...]:
    """The official name and other names of the province ``province`` names ('Jatim' -> ('Jawa Timur', 'Jatim')); () if unknown."""
    return _table().get(plain(province), ())


def official_name(province: str) -> str:
    """'DIY' -> 'Daerah Istimewa Yogyakarta'; '' for a name the table does not know."""
    return next(iter(names_of(province)), "")


#: the most words a name of a province holds ('provinsi daerah istimewa yogyakarta'), with room to spare
_LONGEST_PROVINCE = 6


def without_province_suffix(words: list[str]) -> list[str]:
    """A kab/kota name's words less the province written after it ('Sleman DI Yogyakarta', 'Batu Jatim' -> the first word).

    Only a province's name of two words or more, or another name ('Jatim'): a one-word official name ends kab/kota
    names too ('Muaro Jambi', 'Bandar Lampung', 'Banda Aceh'). A name that is all province ('Gorontalo') is kept.
    """
    for start in range(max(1, len(words) - _LONGEST_PROVINCE), len(words)):  # (no province's name has more words)
        tail = words[start:]
        names = names_of(" ".join(tail))
        if names and (len(tail) > 1 or plain(names[0]) != plain(tail[0])):
            return words[:start]
    return words


#: the province each province made since 1999 was part of: a plan may still write that one's name for its places
#: ('Distrik Kurik, Papua' in Papua Selatan's plan)
_FORMER = {
    "Papua Selatan": "Papua", "Papua Tengah": "Papua", "Papua Pegunungan": "Papua", "Papua Barat": "Papua",
    "Papua Barat Daya": "Papua Barat", "Kalimantan Utara": "Kalimantan Timur", "Sulawesi Barat": "Sulawesi Selatan",
    "Gorontalo": "Sulawesi Utara", "Banten": "Jawa Barat", "Kepulauan Bangka Belitung": "Sumatera Selatan",
    "Kepulauan Riau": "Riau", "Maluku Utara": "Maluku",
}  # fmt: skip


@functools.lru_cache(maxsize=1 << 12)
def other_province(name: str, own: frozenset[str]) -> str:
    """The official name of the province ``name`` names when it is neither the plan's own (``own``: the plain names of
    it) nor the one its province was part of; '' otherwise."""
    found = official_name(name)
    former = {_FORMER[official] for official in map(official_name, own) if official in _FORMER}
    return "" if not found or plain(found) in own or found in former else found
