"""The unit a sheet states its budget amounts in (Rupiah, thousands, millions), from labels, titles and notes."""

from __future__ import annotations

import re

from .messages import Count, say

_THOUSANDS = re.compile(
    r"\bribuan\b|\bribu\s+rupiah|\bthousands?\b|\(\s*(?:rp\.?|idr)?\s*'?000\s*\)|\brp\.?\s*000\b(?![.,]\d)"
    r"|\(\s*'?000\s+(?:rupiah|rp\.?|idr)\s*\)",
    re.IGNORECASE,
)
_MILLIONS = re.compile(
    r"\bjutaan\b|\bjuta\s+rupiah|\bmillions?\b|\(\s*(?:rp\.?|idr)?\s*000[.,]000\s*\)|\(\s*000[.,]000\s+(?:rupiah|rp\.?|idr)\s*\)",
    re.IGNORECASE,
)
_UNIT_WORDS = {
    "ribu": 1000, "rb": 1000, "juta": 1_000_000, "jt": 1_000_000, "miliar": 10**9, "milyar": 10**9, "billion": 10**9, "billions": 10**9
}
_UNIT = r"(ribu|juta|mil[iy]ar|billions?)"
# in a budget label any unit word counts ('Pagu (Rp. Juta)'); in a title only a unit phrase, not prose ('Rp 350 miliar')
_LABEL_UNIT = re.compile(r"\b" + _UNIT + r"(?:an)?\b|\(\s*(jt|rb)\.?\s*\)", re.IGNORECASE)
_TITLE_UNIT = re.compile(
    r"\(\s*(?:dalam\s+)?(?:rp\.?|idr)?\s*" + _UNIT + r"(?:an)?\b|\bdalam\s+(?:rp\.?\s*)?" + _UNIT + r"|\b" + _UNIT + r"(?:an)?\s+rupiah",
    re.IGNORECASE,
)
# 'x 1.000', 'x Rp 1.000', '(x Rp.1000,-)'
_TIMES = re.compile(r"(?:\bx|×)\s*(?:(?:rp|idr)\.?\s*)?1((?:[.,]?000){1,3})\b(?![.,]\d)", re.IGNORECASE)
# 'dalam Rp. 1.000', 'Satuan : Rp. 1.000,-', '(Rp 1.000)', '(Rp 1000)', '(Rp 1.000,00)': one unit of the amounts, not an
# amount in prose
_PER_UNIT = re.compile(
    r"(?:\bdalam|\bsatuan\s*:?|\()\s*(?:rp\.?|idr)\s*1((?:[.,]?000){1,3})(?:,0{1,2}\b)?(?![.,]?\d)", re.IGNORECASE
)
# the abbreviations 'Jt' and 'Rb' name a unit beside 'Rp' ('(Rp. Jt)', '(Jt Rp)', 'dalam Rp Rb'); alone only in brackets
# of a budget label ('Pagu (Jt)'), for a title's '(RB)' is Reformasi Birokrasi; 'M' is left out (million in English)
_SHORT_UNIT = re.compile(r"\b(?:rp|idr)\.?\s*(jt|rb)\b|\b(jt|rb)\.?\s*(?:rp|idr)\b", re.IGNORECASE)
# a cheap test before the patterns: every unit statement holds one of these
_UNIT_HINT = re.compile(r"ribu|juta|mil[iy]ar|billion|thousand|million|000|jt|rb", re.IGNORECASE)


def budget_scale(texts: list[str], titles: list[str] = ()) -> int:
    """Rupiah per unit stated by the budget labels or else the title: 1000 for thousands, 10**6 for millions."""
    return stated_unit(texts, titles)[0]


def stated_unit(texts: list[str], titles: list[str] = ()) -> tuple[int, str | None]:
    """budget_scale, and the title line that stated it (None when a label did, or nothing did)."""
    for text in texts:
        scale = _scale_in(text, _LABEL_UNIT)
        if scale:
            return scale, None
    for line in titles:
        scale = stated_scale([line])
        if scale:
            return scale, line
    return 1, None


def scale_said(scale: int, line: str | None, rows: tuple[tuple[object, ...], ...], searched: range) -> str:
    """What inspect shows beside a scaled budget column: the factor and where the sheet states it ('x 1,000: row 2 says
    '(dalam ribuan rupiah)''), so a reviewer can check the number that multiplies every amount ('' for Rupiah)."""
    if scale == 1:
        return ""
    if line is None:
        return say("header.scale_in_label", unit=Count(scale))
    for row in searched:
        if any(isinstance(cell, str) and cell.strip() and cell.strip() in line and stated_scale([cell]) for cell in rows[row]):
            return say("header.scale_on_row", unit=Count(scale), row=row + 1, text=repr(line[:120]))
    return say("header.scale_in_title", unit=Count(scale), text=repr(line[:120]))


def stated_scale(lines: list[str]) -> int | None:
    """The unit the first line stating one gives ('Satuan : Ribuan Rupiah', 'dalam Rp. 1.000'), or None."""
    for line in lines:
        scale = _scale_in(line, _TITLE_UNIT) if _UNIT_HINT.search(line) else None
        if scale:
            return scale
    return None


def _scale_in(text: str, unit: re.Pattern[str]) -> int | None:
    """The unit one text states ('ribuan', 'Rp x 1.000', '(Rp 000)', 'dalam Rp 1.000', '(Rp. Jt)'), or None."""
    word = unit.search(text) or _SHORT_UNIT.search(text)
    if word:
        return _UNIT_WORDS[next(group for group in word.groups() if group).lower()]
    times = _TIMES.search(text) or _PER_UNIT.search(text)
    if times:
        return 1000 ** times.group(1).count("000")
    if _MILLIONS.search(text):
        return 1_000_000
    if _THOUSANDS.search(text):
        return 1000
    return None
