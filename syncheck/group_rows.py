"""Codeless rows heading groups of the plan's rows: priorities and targets with their totals, and sections named after
the kinds of items they hold ('I. PROGRAM PRIORITAS DAERAH', 'B. KEGIATAN BARU'). They name no nomenclature item."""

from __future__ import annotations

import re

from .models import Kind
from .normalize import without_list_marker
from .values import parse_budget

#: a pending row: its 0-based sheet row and its raw fields
Pending = tuple[int, dict]
SCAN = 400  # rows looked at under a heading for the programs its total covers
# headings of the plan's priorities and targets; no nomenclature item starts with these words
_GROUP_WORDS = re.compile(
    r"^\s*(?:prioritas|sasaran|tujuan|misi|visi|isu\s+strategis|arah\s+kebijakan|strategi|agenda)\b"
    r"(?:[^:]{0,60}:|\s+(?:[ivxlc]{1,6}|\d{1,2})\b)",
    re.IGNORECASE,
)
# a priority number in the code column ('I', 'IV.'): no nomenclature code is roman
_ROMAN = re.compile(r"^\s*[IVXLC]{1,6}\s*[.)]?\s*$")
# a section's number or letter in the code column ('II', 'B.'): no nomenclature code
_MARKER = re.compile(r"^\s*(?:[IVXLC]{1,6}|[A-Za-z])\s*[.)]?\s*$")
# a section of the plan named after the kinds of items it holds: their priority ('PROGRAM PRIORITAS DAERAH', 'PROGRAM
# UNGGULAN BUPATI'), their change in an RKPD Perubahan ('KEGIATAN BARU', 'PROGRAM/KEGIATAN/SUB KEGIATAN YANG BERUBAH'), or
# several kinds listed together; no nomenclature item's name starts so
_KINDS = r"(?:program|kegiatan|sub\s*-?\s*kegiatan)"
_SECTION = re.compile(
    rf"^\s*{_KINDS}\s*/\s*{_KINDS}"
    rf"|^\s*{_KINDS}\s+(?:(?:yang|non)\s*-?\s*)?(?:prioritas|unggulan|strategis|pendukung|berubah|baru|dihapus|lanjutan|luncuran)\b",
    re.IGNORECASE,
)
# what may follow a section's kind and qualifier: whose priority it is ('... DAERAH', '... BUPATI'); any other word makes
# the row an item of that name ('Program Prioritas Penanganan Stunting', 'Kegiatan Lanjutan Pembangunan RSUD')
_SECTION_TAIL = frozenset(
    "daerah nasional provinsi kabupaten kota bupati walikota wali gubernur dan pembangunan rpjmd rkpd tahun non prioritas".split()
)
_MOST_TAIL_WORDS = 3
#: the kinds of the rows a section heading stands over: the top of the plan's hierarchy
_TOP_KINDS = (Kind.URUSAN, Kind.BIDANG, Kind.PROGRAM)


def row_amount(fields: dict, scale: int) -> int | None:
    """A row's budget in Rupiah, None when it has none or it cannot be read."""
    raw = fields["budget_raw"]
    return None if raw is None else parse_budget(raw, scale)[0]


def group_rows(pending: list[Pending], kinds: list[Kind | None], scale: int) -> dict[int, str]:
    """The positions of the codeless rows heading a group of programs (the last first: a heading may head headings),
    each with what heads it: 'group' (a priority or target, maybe with its total), 'heading' (a section named after
    a kind of items)."""
    groups: dict[int, str] = {}
    for position in range(len(pending) - 1, -1, -1):
        fields = pending[position][1]
        if fields["code"] is not None:
            continue
        if kinds[position] is None and (_GROUP_WORDS.match(without_list_marker(fields["name"])) or _ROMAN.match(fields["code_raw"])):
            groups[position] = "group"
        elif kinds[position] is None and not fields["location"] and _heads_programs(pending, kinds, position, scale, groups):
            groups[position] = "group"
        elif kinds[position] in (None, Kind.PROGRAM, Kind.KEGIATAN) and _section_heading(pending, kinds, position, scale, groups):
            groups[position] = "heading"
    return groups


def _section_heading(pending: list[Pending], kinds: list[Kind | None], position: int, scale: int, groups: dict[int, str]) -> bool:
    """True for a section heading ('I. PROGRAM PRIORITAS DAERAH', 'B. KEGIATAN BARU') with no code (but a section's
    number) or place, over a coded row, a program (or urusan or bidang) or another heading; with an amount, only
    when it is the total of the top rows under it."""
    fields = pending[position][1]
    marked = not fields["code_raw"] or _MARKER.match(fields["code_raw"]) is not None
    if not marked or fields["location"] or not _names_a_section(without_list_marker(fields["name"])):
        return False
    after = position + 1
    if after >= len(pending):
        return False
    if fields["budget_raw"] is not None:
        # (an amount of 0 or '-' is a codeless program's with no money yet; a section's total adds up)
        return kinds[after] in _TOP_KINDS and _adds_up_below(pending, kinds, position, kinds[after], scale)
    return after in groups or pending[after][1]["code"] is not None or kinds[after] in _TOP_KINDS


def _names_a_section(name: str) -> bool:
    """True for a section's name: kinds listed together, or a kind and its qualifier with at most whose it is after."""
    match = _SECTION.match(name)
    if match is None:
        return False
    tail = [word.strip(".,:;()").casefold() for word in name[match.end() :].split()]
    return "/" in match.group(0) or (len(tail) <= _MOST_TAIL_WORDS and all(word in _SECTION_TAIL or word.isdigit() for word in tail if word))


def _heads_programs(pending: list[Pending], kinds: list[Kind | None], position: int, scale: int, groups: dict[int, str]) -> bool:
    """True when a program (or a heading) follows the row and its amount is the total of the program rows under it."""
    after = position + 1
    if after >= len(pending) or not (kinds[after] is Kind.PROGRAM or after in groups):
        return False  # items follow it: a codeless program, kegiatan or sub kegiatan
    return _adds_up_below(pending, kinds, position, Kind.PROGRAM, scale) and not _completes_kegiatan(pending, kinds, position, row_amount(pending[position][1], scale), scale)


def _adds_up_below(pending: list[Pending], kinds: list[Kind | None], position: int, kind: Kind, scale: int) -> bool:
    """True when the row's amount is the total of the rows of one kind under it (counted until they reach it)."""
    total = row_amount(pending[position][1], scale)
    if not total:
        return False
    running = 0
    for below in range(position + 1, min(len(pending), position + SCAN)):
        if kinds[below] is kind:
            running += row_amount(pending[below][1], scale) or 0
            if running >= total:
                return running == total
    return False


def _completes_kegiatan(pending: list[Pending], kinds: list[Kind | None], position: int, total: int, scale: int) -> bool:
    """True when the row's amount completes the total of the kegiatan above it: it is that kegiatan's last sub kegiatan."""
    above = 0
    for back in range(position - 1, max(-1, position - SCAN), -1):
        kind, amount = kinds[back], row_amount(pending[back][1], scale)
        # (a codeless row above may be that kegiatan)
        if kind in (Kind.KEGIATAN, None) and amount == above + total:
            return True
        if kind not in (Kind.SUB_KEGIATAN, None):
            return False
        above += amount or 0
    return False
