"""A workbook holding the plans of several kab/kota, one per sheet (a province Bappeda's compilation): its sheets told
apart by the government their titles, or else their names, give (pure)."""

from __future__ import annotations

from . import identity
from .errors import InputFileError
from .messages import say
from .models import Level
from .plan_identity import level_from_codes, sheet_name_owner
from .sheet_result import SheetResult


_KAB_KOTA = (Level.KABUPATEN, Level.KOTA)


def sheet_owners(results: list[SheetResult], province_file: bool, file_named: bool = False) -> list[identity.Identity | None]:
    """Per sheet holding items, the kab/kota its title rows name; where no sheet's title names one and the file's name
    names none (``file_named``), the kab/kota of Kemendagri's list its name is ('Kota Ambon', 'Kab. Buru' over an
    untitled table); None for a sheet naming none. A sheet titled with the province (what it funds in the kab/kota, say),
    or whose codes are a province's (level digit 1), names none; in a province's file sheet names never do."""
    titled = [identity.from_titles(result.titles) if result.items else identity.Identity() for result in results]
    by_name = not (province_file or file_named) and not any(found.level is not None for found in titled)
    owners: list[identity.Identity | None] = []
    for result, found in zip(results, titled):
        if by_name and result.items:
            found = sheet_name_owner(result.info.name)
        owners.append(found if found.level in _KAB_KOTA and level_from_codes(result.items) is not Level.PROVINSI else None)
    return owners


def compilation_parts(
    file: str, results: list[SheetResult], province_file: bool, split: bool, file_named: bool = False
) -> list[tuple[identity.Identity | None, list[SheetResult]]]:
    """[(None, results)] for a workbook of one plan; for a compilation, one (kab/kota, its sheets) per kab/kota its sheets
    name, a sheet without items (a recap) with the first. InputFileError for a compilation when ``split`` is off, or
    when a sheet of items names no kab/kota (whose plan it is cannot be told)."""
    owners = sheet_owners(results, province_file, file_named)
    named: dict[str, identity.Identity] = {}
    for result, owner in zip(results, owners):
        if owner is not None:
            # (from_titles writes each name one way: 'Kabupaten Malang' however the title wrote it)
            named.setdefault(owner.government.casefold(), owner)
    if len(named) < 2:
        return [(None, results)]
    if not split or any(result.items and owner is None for result, owner in zip(results, owners)):
        raise InputFileError(say("error.several_governments", sheets=_first_of_each(results, owners)), file=file)
    groups: dict[str, list[SheetResult]] = {key: [] for key in named}
    for result, owner in zip(results, owners):
        groups[owner.government.casefold() if owner is not None else next(iter(named))].append(result)
    return [(named[key], sheets) for key, sheets in groups.items()]


def _first_of_each(results: list[SheetResult], owners: list[identity.Identity | None]) -> str:
    """'Sheet' (Government) of the first sheet naming each kab/kota, as the refusal lists them."""
    seen: dict[str, str] = {}
    for result, owner in zip(results, owners):
        if owner is not None:
            seen.setdefault(owner.government.casefold(), f"{result.info.name!r} ({owner.government})")
    return ", ".join(seen.values())
