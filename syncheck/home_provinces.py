"""The province a plan is of: a province plan's own, the one a kab/kota lies in (data/kabkota.csv; pure lookups)."""

from __future__ import annotations

import csv
import functools

from . import places, provinces
from .models import Level, Plan

#: a word an official name may carry before the name itself ('Kota Administrasi Jakarta Pusat')
_TITLE_WORDS = frozenset({"administrasi", "adm"})
#: short forms of a name's words ('Kab. Kep. Siau Tagulandang Biaro')
_SHORT_WORDS = {"kep": "kepulauan", "kep.": "kepulauan"}


@functools.lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], str]:
    """(level, Region key) -> the official name of the province, for every kab/kota of Indonesia."""
    rows = csv.reader(provinces.data_lines("kabkota.csv"))
    return {(level, places.Region(level, name.lower()).key): province for level, name, province in rows}


def kabkota_province(government: str) -> str:
    """'Kota Banjarbaru' -> 'Kalimantan Selatan' (twin names told apart by level: 'Kota Banjar' -> 'Jawa Barat');
    '' for a name without a level word or of no kab/kota the list knows."""
    region = places.region_of(government)
    if region is None:
        return ""
    words = [_SHORT_WORDS.get(word, word) for word in region.name.split()]
    while words and words[0] in _TITLE_WORDS:
        words = words[1:]
    return _table().get((region.level, places.Region(region.level, " ".join(words)).key), "")


def home_province(plan: Plan) -> str:
    """The official name of the province a plan is of (a province's own, the one a kab/kota lies in); '' if unknown."""
    if plan.level is Level.PROVINSI:
        return provinces.official_name(places.province_name(plan.label) or plan.label)
    return kabkota_province(plan.label)
