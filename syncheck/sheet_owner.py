"""Sheets of another government's plan in a kab/kota workbook: the province's RKPD copied in for reference is not read.

A kab/kota's Bappeda often keeps the province's plan on a sheet of its own, to look up what the province plans there.
Read as the kab/kota's rows, every province item would be 'the same' as itself. A sheet is the province's when its title
names the province alone and neither its title nor its codes say kabupaten/kota (kegiatan codes with level digit 1 are
named in the warning as more evidence, but alone convict no sheet). A kab/kota's own title block often names its
province above its own name: a kab/kota named on any title line makes the sheet the kab/kota's.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import identity
from .sheet_result import SheetResult
from .messages import joined, say
from .models import Kind, Level

#: the share of a sheet's level digits that gives it a level, and the fewest digits that give one
LEVEL_SHARE = 0.8
MIN_CODES = 3
_LOCAL = (Level.KABUPATEN, Level.KOTA)


@dataclass(frozen=True)
class _Owner:
    """Whose plan one sheet says it is, by its title and by its codes."""

    title: Level | None
    government: str  # the government its title names ('' when none)
    digit: str | None  # the level digit most of its kegiatan codes carry
    digits: tuple[int, int]  # (codes with level digit 1, codes with a level digit)

    @property
    def local(self) -> bool:
        """True when the title or the codes say kabupaten/kota."""
        return self.title in _LOCAL or self.digit == "2"


def other_government_sheets(file: str, sheets: list[tuple[int, SheetResult]], level: Level | None) -> dict[int, tuple[str, str]]:
    """The sheets holding the province's plan in a kab/kota's workbook (``level``: given on the command line): index -> (message key, why)."""
    owners = {index: _owner(result) for index, result in sheets if result.items}
    own = _own_government(file, owners, level)
    if own is None:
        return {}
    aside = {index: ("readers.sheet_other_government", why) for index, owner in owners.items() if (why := _province_reasons(owner, own))}
    # nothing of the kab/kota's would be left: the sheets are what the file holds, whatever its name says
    return aside if len(aside) < len(owners) else {}


def _owner(result: SheetResult) -> _Owner:
    """What a sheet's title and kegiatan codes say of whose plan it is."""
    found = identity.from_titles(result.titles)
    title, government = found.level, found.government
    if title is Level.PROVINSI:
        # a line of the province's name alone titles its plan; 'KEGIATAN YANG DIDANAI BANTUAN KEUANGAN PROVINSI JAWA TIMUR'
        # is the kab/kota's, and so is a sheet naming its kab/kota on any line ('BAPPEDA KABUPATEN MALANG' under the province)
        alone = [identity.government_alone(line) for line in result.titles]
        government, title = next(((name, level) for name, level in alone if level is Level.PROVINSI), ("", None))
        if any(identity.from_titles([line]).level in _LOCAL for line in result.titles):
            title = None
    digits = [item.code.level_digit for item in result.items if item.kind in (Kind.KEGIATAN, Kind.SUB_KEGIATAN) and item.code]
    digits = [digit for digit in digits if digit in ("1", "2")]
    return _Owner(title, government, _level_digit(digits), (digits.count("1"), len(digits)))


def _level_digit(digits: list[str]) -> str | None:
    """The level digit most of a sheet's codes carry; a few kab/kota codes keep a sheet, it takes MIN_CODES to set one aside."""
    for digit, least in (("1", MIN_CODES), ("2", 1)):
        if digits.count(digit) >= max(least, LEVEL_SHARE * len(digits)):
            return digit
    return None


def _own_government(file: str, owners: dict[int, _Owner], level: Level | None) -> str | None:
    """The kab/kota whose workbook this is ('' when unnamed), None when it is not a kab/kota's: the level given, else the
    file name's, else a sheet whose title and codes both say kabupaten/kota (a province's workbook can hold a kab/kota's title)."""
    named = identity.from_file_name(file)
    level = level or named.level
    local = [owner for owner in owners.values() if owner.title in _LOCAL and (level is not None or owner.digit == "2")]
    if level is None and local:
        level = local[0].title
    if level not in _LOCAL:
        return None
    return local[0].government if local else named.government


def _province_reasons(owner: _Owner, own: str) -> str:
    """Why a sheet is the province's plan, not the kab/kota's ('' when it is not)."""
    if owner.local or owner.title is not Level.PROVINSI:
        return ""  # (codes alone convict no sheet: one agency's sheet of a kab/kota may carry level digit 1 by mistake)
    title = say("readers.other_government_title", government=owner.government, own=own) if own else ""
    count, total = owner.digits
    codes = say("readers.other_government_codes", count=count, total=total) if owner.digit == "1" else ""
    return joined(title, codes)
