"""The province a plan is of: a province plan's own, the one a kab/kota lies in (data/kabkota.csv; pure lookups)."""

from __future__ import annotations

import functools

from . import places, provinces
from .models import Level, Plan

#: a word an official name may carry before the name itself ('Kota Administrasi Jakarta Pusat')
_TITLE_WORDS = frozenset({"administrasi", "adm"})


@functools.lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], str]:
    """(level, Region key) -> the official name of the province, for every kab/kota of Indonesia."""
    return {(level, _read_key(level, name)): province for level, name, province in provinces.kabkota_rows()}


def _read_key(level: str, name: str) -> str:
    """A listed name's Region key as a location cell reads it ('Pangkajene dan Kepulauan' without its 'dan')."""
    region = places.region_of(f"{level} {name}")
    return region.key if region is not None and region.level == level else places.Region(level, name.lower()).key


def kabkota_province(government: str) -> str:
    """'Kota Banjarbaru' -> 'Kalimantan Selatan' (twin names told apart by level: 'Kota Banjar' -> 'Jawa Barat');
    '' for a name without a level word or of no kab/kota the list knows."""
    key = listed_kabkota(government)
    return _table()[key] if key is not None else ""


def listed_kabkota(government: str) -> tuple[str, str] | None:
    """(level, key) of the kab/kota of Kemendagri's list a government name names ('Kab. Kep. Seribu' and 'Kabupaten
    Administrasi Kepulauan Seribu' alike), or None for a name the list does not hold."""
    region = places.region_of(government)
    if region is None:
        return None
    key = (region.level, _listed_key(region))
    return key if key in _table() else None


@functools.lru_cache(maxsize=1)
def _names() -> dict[tuple[str, str], str]:
    """(level, Region key) -> the kab/kota's name in Kemendagri's list, with its level word ('Kabupaten Kepulauan Tanimbar')."""
    return {(level, _read_key(level, name)): f"{level.title()} {name}" for level, name, _ in provinces.kabkota_rows()}


def listed_name(region: places.Region) -> str:
    """A kab/kota as Kemendagri's list names it, with its level word ('Kabupaten Pangkajene dan Kepulauan'); its name
    title-cased when the list does not hold it."""
    return _names().get((region.level, _listed_key(region)), f"{region.level.title()} {region.name.title()}")


def province_of(region: places.Region) -> str:
    """The province a kab/kota of Kemendagri's list lies in ('Sulawesi Selatan'), '' for one the list does not hold."""
    return _table().get((region.level, _listed_key(region)), "")


def current_name(government: str) -> str | None:
    """The name Kemendagri's list gives a kab/kota that ``government`` names by another name (a former one, 'Kabupaten
    Maluku Tenggara Barat', or a short one): 'Kabupaten Kepulauan Tanimbar'; None when the name is the listed one or
    names none."""
    key, region = listed_kabkota(government), places.region_of(government)
    if key is None or region is None or places.compact_name(_listed_key_plain(region)) == key[1]:
        return None
    return _names().get(key)


def _listed_key_plain(region: places.Region) -> str:
    """A region's name as the table writes it: short words written out, title words left out (_listed_key makes it a key,
    mapping the short and former names of the aliases)."""
    words = [places.SHORT_WORDS.get(word, word) for word in region.name.split()]
    while words and words[0] in _TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def _listed_key(region: places.Region) -> str:
    """A region's key as the table keys it: short words written out, title words left out ('Kota Adm. Jakarta Pusat')."""
    return places.Region(region.level, _listed_key_plain(region)).key


def is_listed(region: places.Region) -> bool:
    """True when a kab/kota a location names is one of Kemendagri's list at either level ('Kota Kutai Barat' is the
    kabupaten's town), or its initials ('Kab. PPU')."""
    key = _listed_key(region)
    return (places.KABUPATEN, key) in _table() or (places.KOTA, key) in _table() or key in _initials()


@functools.lru_cache(maxsize=1)
def _initials() -> frozenset[str]:
    """The initials of the list's names of three words or more ('tts', 'ppu'), as places reads them."""
    found = set()
    for level, name, _ in provinces.kabkota_rows():
        found.update(places.initials_of(places.Region(level, name.lower())))
    return frozenset(found)


def home_province(plan: Plan) -> str:
    """The official name of the province a plan is of (a province's own, the one a kab/kota lies in); '' if unknown."""
    if plan.level is Level.PROVINSI:
        return provinces.official_name(places.province_name(plan.label) or plan.label)
    return kabkota_province(plan.label)
