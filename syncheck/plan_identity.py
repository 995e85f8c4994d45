"""Who a plan is of (government, level, year) from the command line, its title rows, its file name and its codes, and
the notes a reviewer needs on it."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from typing import Sequence

from . import identity
from .grouping import PAIRING
from .messages import say
from .models import Finding, Item, Level, SourceRef


def identify_plan_owner(
    path: str, titled: identity.Identity, items: list[Item], government: str | None, level: str | None, year: int | None,
    sheets: Sequence[str] = (),
) -> identity.Identity:
    """Command-line overrides, then title rows (``titled``), then the file name, then the name of its sheets of items
    (``sheets``), then the codes; a kab/kota read by another name than Kemendagri's list gives it (a former one:
    'Kabupaten Maluku Tenggara Barat') by the list's name."""
    from .home_provinces import current_name

    override = identity.Identity(government or "", identity.parse_level(level), year)
    found = identity.merge(override, titled, identity.from_file_name(path))
    if not found.government and level_from_codes(items) is not Level.PROVINSI:
        found = identity.merge(found, identity.Identity(sheet_kab_kota(sheets)))
    if found.level is None:
        found = replace(found, level=level_from_codes(items))
    current = current_name(found.government) if found.government and not government else None
    return replace(found, government=current) if current else found


def sheet_kab_kota(sheets: Sequence[str]) -> str:
    """The kab/kota of Kemendagri's list that the names of a plan's sheets of items name, with its level word or
    without ('Kab. Musi Banyuasin', 'RKPD Musi Banyuasin 2025'), as the list names it; '' for none, for the bare name
    of twins ('RKPD Malang') and for sheets naming two."""
    found = {name for sheet in sheets if (name := _kab_kota_of_sheet(sheet))}
    return found.pop() if len(found) == 1 else ""


def sheet_name_owner(name: str) -> identity.Identity:
    """The kab/kota of Kemendagri's list a sheet's name names with its level word ('Kota Ambon', 'Kab. Buru'); an empty
    Identity for any other name ('Kec. Kota Lama', 'Dinkes')."""
    return _listed(identity.from_titles([name]))


def _listed(found: identity.Identity) -> identity.Identity:
    """``found`` when it names a kab/kota of Kemendagri's list, else an empty Identity."""
    from .home_provinces import listed_kabkota

    return found if found.government and listed_kabkota(found.government) is not None else identity.Identity()


def _kab_kota_of_sheet(sheet: str) -> str:
    """The kab/kota one sheet's name names (sheet_kab_kota), the longest name of the list its words hold."""
    from .home_provinces import listed_name, listed_kabkota
    from .places import Region

    leveled = identity.from_titles([sheet])
    if leveled.government:  # (written with its level word: that kab/kota, or none)
        return _listed(leveled).government
    words = re.findall(r"[^\W\d_]+", sheet)
    for size in range(min(_LONGEST_NAME, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            name = " ".join(words[start : start + size])
            named = [Region(level, name.lower()) for level in ("kabupaten", "kota") if listed_kabkota(f"{level} {name}") is not None]
            if named:  # (a twin's bare name, 'Malang', names no one kab/kota)
                return listed_name(named[0]) if len(named) == 1 else ""
    return ""


#: the most words of a kab/kota name of Kemendagri's list ('Kabupaten Pangkajene dan Kepulauan', 'Kota Tanjung Balai')
_LONGEST_NAME = 4


def level_from_codes(items: list[Item] | tuple[Item, ...]) -> Level | None:
    """Provinsi when most kegiatan codes carry level digit 1, kabupaten when digit 2."""
    digits = [item.code.level_digit for item in items if item.code and item.code.level_digit in ("1", "2")]
    return Level.PROVINSI if digits and digits.count("1") > digits.count("2") else None


def identity_notes(
    path: str, who: identity.Identity, titled: identity.Identity, named: bool, level_hint: str, sheets: Sequence[str] = ()
) -> list[Finding]:
    """What a reviewer must know about who the plan is of: a level not found, a level given against the title, a
    government taken from the file name or a sheet's name (``sheets``: its sheets of items), or a file name naming
    another kab/kota than the title (``named``: given by the user)."""
    from .home_provinces import current_name

    file = os.path.basename(path)
    notes = []
    if who.level is None:
        notes.append(Finding(SourceRef(file, "", 0), say("readers.level_unknown", hint=level_hint)))
    if titled.level not in (None, who.level):  # the level given overrides the title's: the user decides, but is told
        against = say("readers.level_against_title", level=who.level.value, hint=level_hint, title=titled.government, title_level=titled.level.value)
        notes.append(Finding(SourceRef(file, "", 0), against, kind=PAIRING))  # it decides the grouping: shown on the console
    written = titled.government or identity.from_file_name(path).government
    if not named and written and written != who.government and current_name(written) == who.government:
        read_as = say("readers.other_name", written=written, current=who.government)
        notes.append(Finding(SourceRef(file, "", 0), read_as, kind=PAIRING))  # the name every output shows: on the console
    if titled.province and who.level in (Level.KABUPATEN, Level.KOTA):
        notes.extend(_other_province_title(file, who.government, titled.province))
    untitled = not named and not titled.government
    from_sheet = untitled and who.government and not identity.from_file_name(path).government
    sheet = next((sheet for sheet in sheets if _kab_kota_of_sheet(sheet)), "") if from_sheet else ""
    if sheet:
        notes.append(Finding(SourceRef(file, sheet, 0), say("readers.government_from_sheet", sheet=repr(sheet), name=repr(who.government))))
    elif untitled:
        notes.append(_government_from_file_name(file, who.government))
    elif not named:
        notes.extend(_file_name_against_title(path, titled.government))
    return notes


def _other_province_title(file: str, government: str, titled: str) -> list[Finding]:
    """A note when a kab/kota's title names another province than the one Kemendagri's list puts it in (its former one:
    Kabupaten Sorong titled 'PROVINSI PAPUA BARAT', in Papua Barat Daya since 2022); the list's province is what counts."""
    from .home_provinces import kabkota_province

    home = kabkota_province(government)
    if not home or home == titled:
        return []
    return [Finding(SourceRef(file, "", 0), say("readers.other_province_title", government=government, titled=titled, province=home), kind=PAIRING)]


def _file_name_against_title(path: str, title: str) -> list[Finding]:
    """A note when the file name names another kab/kota of Kemendagri's list than the title rows do (a file named after
    its neighbour: 'kota_tangerang_2025.xlsx' holding Kota Tangerang Selatan's plan); the title is what is read."""
    from .home_provinces import listed_kabkota

    named = identity.from_file_name(path).government
    named_key, title_key = (listed_kabkota(named) if named else None), listed_kabkota(title)
    # two names of one kab/kota ('kab_kep_seribu' for Kabupaten Administrasi Kepulauan Seribu) name no other
    if named_key is None or title_key is None or named_key == title_key:
        return []
    return [Finding(SourceRef(os.path.basename(path), "", 0), say("readers.file_name_other", named=named, title=title), kind=PAIRING)]


def _government_from_file_name(file: str, found: str) -> Finding:
    """The warning for a government name that no title row gives: it comes from the file name."""
    if found:
        return Finding(SourceRef(file, "", 0), say("readers.government_from_file", name=repr(found)))
    stem = os.path.splitext(file)[0]
    return Finding(SourceRef(file, "", 0), say("readers.government_is_file_name", stem=repr(stem)))
