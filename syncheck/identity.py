"""Detect a plan's government, level and year from title rows or the file name (pure)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from . import provinces, short_names
from .models import Level

_LEVEL_WORDS = {
    "provinsi": Level.PROVINSI,
    "prov": Level.PROVINSI,
    "propinsi": Level.PROVINSI,
    "kabupaten": Level.KABUPATEN,
    "kab": Level.KABUPATEN,
    "kota": Level.KOTA,
    # the government itself ('PEMKOT BATU', 'PEMKAB SIDOARJO', 'PEMPROV JATIM')
    "pemkot": Level.KOTA,
    "pemkab": Level.KABUPATEN,
    "pemprov": Level.PROVINSI,
}
# where a government's name ends: at the year, punctuation, the next level word ('KABUPATEN SEMARANG PROVINSI JAWA
# TENGAH'), a regulation's number, or a word joining it to the rest of the title ('KOTA BATU DENGAN RKPD PROVINSI ...')
_NAME_END = (
    r"(?=\s+tahun\b|\s+th\.?\s|\s+\d{4}|\s*[,(:;]|\s*$|\s+(?:provinsi|propinsi|prov\.?|pemprov|kabupaten|kab\.?|pemkab|pemkot)\b"
    # ('Kota' ending a kab/kota name, 'Lima Puluh Kota', ends no name)
    r"|" + "".join(f"(?<!{re.escape(name[:-5])})" for name in short_names.NAMES_ENDING_KOTA) + r"(?<!\s)\s+kota\b"
    r"|\s+(?:nomor|no\.|dengan|terhadap|tentang|untuk|oleh|kepada|pada|yang|selaku|sebagai|rkpd|renja)\b"
    # ('dan' inside a kab/kota name holding it, 'Pangkajene  dan Kepulauan', ends no name; \s+ starts at the first blank)
    r"|" + "".join(f"(?<!{re.escape(name.split(' dan ')[0])})" for name in short_names.NAMES_WITH_DAN) + r"(?<!\s)\s+dan\b)"
)
# ('PEMKAB DAN PEMKOT SE-JAWA TIMUR', 'KOTA SE-JAWA TIMUR': every kab/kota, no one)
_TITLE = re.compile(
    rf"\b(provinsi|propinsi|prov\.?|pemprov\.?|kabupaten|kab\.?|pemkab\.?|kota|pemkot\.?)\s+(?!/|se[\s-]|dan\b)(?P<name>[a-z][a-z \t.'\-]*?){_NAME_END}",
    re.IGNORECASE,
)
# a line of an English title that is only a government's name: 'MALANG REGENCY', 'Work Plan of Batu City, Year 2024'
_ENGLISH_LINE = re.compile(
    r"^\W*(?:(?:rkpd|renja|regional|government|work|plan|annual|development|local|of|the)\s+)*"
    r"(?P<name>[a-z][a-z'\-]*(?:\s+[a-z][a-z'\-]*){0,2})\s+(regency|city|province)\b\W*(?:(?:year\s+)?20\d\d\W*)?$",
    re.IGNORECASE,
)
#: a year a title gives its plan or table ('TAHUN 2025', 'TA 2025', 'Th. Anggaran 2025')
TITLED_YEAR = re.compile(r"\b(?:tahun|th\.?|ta\.?)\s*(?:anggaran\s*)?(20\d\d)\b", re.IGNORECASE)
_YEAR = re.compile(TITLED_YEAR.pattern + r"|\b(20\d\d)\b", re.IGNORECASE)
_PLAN_LINE = re.compile(r"rencana\s+kerja|\brkpd\b|\brenja\b|tahun\s+anggaran", re.IGNORECASE)
_REGULATION_LINE = re.compile(r"\bnomor\b|\bno\.\s*\d|\bperaturan\b|kepmendagri|permendagri|keputusan", re.IGNORECASE)
_NOT_NAMES = {"kota", "kabupaten", "provinsi", "daerah", "dan", "administrasi"}
# provinces whose official name has no 'Provinsi': 'DAERAH ISTIMEWA YOGYAKARTA' alone names the province
# (the Papua provinces are 'Provinsi Papua ...' by law, so a bare 'PAPUA' is not taken)
_UNPREFIXED = re.compile(
    r"(?<![\w.])(daerah\s+istimewa\s+yogyakarta|d\.?\s*i\.?\s*yogyakarta|diy|dki\s+jakarta"
    r"|daerah\s+khusus\s+(?:ibu\s*kota\s+)?jakarta|nanggroe\s+aceh\s+darussalam|aceh)"
    r"(?=\s+tahun\b|\s+th\.?\s|\s+\d{4}|\s*[,(:;]|\s*$)",
    re.IGNORECASE,
)
# what may follow a kab/kota's name on a line of its own: its plan year
_YEAR_ONLY = re.compile(r"^\W*(?:(?:tahun|th\.?|ta\.?)\s*(?:anggaran\s*)?)?(?:20\d\d)?\W*$", re.IGNORECASE)
_HEAD_OF_KAB_KOTA = re.compile(r"\bbupati\b|\bwali\s*kota\b", re.IGNORECASE)
# 'BUPATI SIDOARJO', 'WALIKOTA BATU': the name ends as a _TITLE name does, or at 'Nomor' ('PERATURAN BUPATI X NOMOR 5')
_HEAD_TITLE = re.compile(rf"\b(bupati|wali\s*kota)\s+(?P<name>(?!nomor\b|no\.|se[\s-]|dan\b)[a-z][a-z \t.'\-]*?){_NAME_END}", re.IGNORECASE)
# what may stand before such a province's name on its title line: the plan's own title words, nothing else ('BANDA
# ACEH', 'RKPD SLEMAN, DIY' and 'SIMEULUE - ACEH' are a kota's and kabupaten's titles)
_TITLE_WORDS = re.compile(
    r"^(?:\W|rencana|kerja|pembangunan|pemerintah|pemerintahan|daerah|rkpd|renja|rancangan|awal|akhir|final|perubahan|pagu|indikatif)*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Identity:
    """Who a plan belongs to; any part may be unknown."""

    government: str = ""
    level: Level | None = None
    year: int | None = None
    province: str = ""  # the province a kab/kota's title names beside it ('PROVINSI PAPUA BARAT'), by its official name


def from_titles(lines: list[str]) -> Identity:
    """Government, level and year named in the title rows above the header; a heading naming the bupati or wali kota
    ('BUPATI SIDOARJO' over 'PROVINSI JAWA TIMUR', a Perbup's attachment) names the kab/kota, not its province."""
    government, level = next((found for found in map(_head_of_kab_kota_in, lines) if found[0]), ("", None))
    if not government:
        # a line that is only a kab/kota's name ('PEMERINTAH KOTA BATU') names the plan's, even under 'PROVINSI JAWA TIMUR'
        government, level = next((found for found in map(_kab_kota_line, lines) if found[0]), ("", None))
    for line in lines:
        if not government:
            government, level = _government_in(line)
    if not government:
        government, level = _unprefixed_province_in(lines)
    if not government:  # an English title, only when no line names a government in Indonesian
        found = [entry for entry in map(_english_government_in, lines) if entry[0]]
        government, level = ([entry for entry in found if entry[1] is not Level.PROVINSI] or found or [("", None)])[0]
    # the plan's own year, not that of the regulation it is attached to ('NOMOR 45 TAHUN 2023')
    other_lines = [line for line in lines if not _REGULATION_LINE.search(line)]
    years = [_plan_year_in(line) for line in lines] + [_year_in(line) for line in other_lines]
    year = next((y for y in years if y is not None), None)
    province = _province_named(lines) if level in (Level.KABUPATEN, Level.KOTA) else ""
    return Identity(government, level, year, province)


def _province_named(lines: list[str]) -> str:
    """The official name of the first province a title names ('PROVINSI PAPUA BARAT' under 'KABUPATEN SORONG'), or ''."""
    for line in lines:
        for match in _TITLE.finditer(line):
            if _LEVEL_WORDS[match.group(1).lower().rstrip(".")] is Level.PROVINSI:
                found = provinces.official_name(_matched_name(match))
                if found:
                    return found
    return ""


def _plan_year_in(line: str) -> int | None:
    """The year a line naming the plan gives it: the first after 'RKPD' / 'Rencana Kerja' ('LAMPIRAN PERATURAN ...
    NOMOR 31 TAHUN 2023 TENTANG RKPD ... TAHUN 2024' is the 2024 plan), else its first year unless it is a regulation line."""
    plan = _PLAN_LINE.search(line)
    if plan is None:
        return None
    year = _year_in(line[plan.start() :])
    if year is None and not _REGULATION_LINE.search(line):
        year = _year_in(line)
    return year


def _government_in(line: str) -> tuple[str, Level | None]:
    """The 'KOTA X' / 'KABUPATEN X' / 'PROVINSI X' a line names; a kabupaten or kota before the province it lies in
    ('KABUPATEN SEMARANG PROVINSI JAWA TENGAH' is the kabupaten's plan)."""
    found = []
    for match in _TITLE.finditer(line):
        word = match.group(1).lower().rstrip(".")
        name = _matched_name(match)
        if _LEVEL_WORDS[word] is not Level.PROVINSI:
            name = _without_province(name)
        else:  # 'PROV. JATIM' is Jawa Timur
            name = provinces.official_name(name) or name
        if not _usable(name):
            continue
        found.append((f"{_level_title(_LEVEL_WORDS[word])} {_title_case(name)}", _LEVEL_WORDS[word]))
    local = [entry for entry in found if entry[1] is not Level.PROVINSI]
    return (local or found or [("", None)])[0]


def _english_government_in(line: str) -> tuple[str, Level | None]:
    """'MALANG REGENCY', 'BATU CITY', 'EAST JAVA PROVINCE': a line of an English title that is only a government's name."""
    match = _ENGLISH_LINE.match(line.strip())
    if match is None:
        return "", None
    level = {"regency": Level.KABUPATEN, "city": Level.KOTA, "province": Level.PROVINSI}[match.group(2).lower()]
    name = match.group("name")
    if level is Level.PROVINSI:
        name = provinces.official_name(name) or name
    return f"{_level_title(level)} {_title_case(name)}", level


def _kab_kota_line(line: str) -> tuple[str, Level | None]:
    """The kab/kota a line names when the line is that name alone, maybe after the plan's title words and before its year."""
    government, level = government_alone(line)
    return (government, level) if level in (Level.KABUPATEN, Level.KOTA) else ("", None)


def government_alone(line: str) -> tuple[str, Level | None]:
    """The government a line names when the line is that name alone, maybe after the plan's title words and before its year
    ('PROVINSI JAWA TIMUR', 'RKPD KOTA BATU TAHUN 2024'), not a phrase naming it ('BANTUAN KEUANGAN PROVINSI JAWA TIMUR')."""
    government, level = _government_in(line)
    match = _TITLE.search(line) if level is not None else None
    if match is None or not _TITLE_WORDS.match(line[: match.start()].replace(" ", "")):
        return "", None
    return (government, level) if _YEAR_ONLY.match(line[match.end() :]) else ("", None)


def _head_of_kab_kota_in(line: str) -> tuple[str, Level | None]:
    """The kab/kota whose bupati or wali kota a line names ('BUPATI SIDOARJO', 'PERATURAN WALIKOTA BATU NOMOR ...')."""
    match = _HEAD_TITLE.search(line)
    if match is None:
        return "", None
    level = Level.KABUPATEN if match.group(1).lower() == "bupati" else Level.KOTA
    name = _without_province(_matched_name(match))
    return (f"{_level_title(level)} {_title_case(name)}", level) if _usable(name) else ("", None)


def _matched_name(match: re.Match[str]) -> str:
    """The name a title pattern matched, single-spaced, without stray dots and dashes at its ends."""
    return " ".join(match.group("name").split()).strip(" .-")


def _usable(name: str) -> bool:
    """True for a name that can be a government's: not empty, not a level word alone, not a sentence."""
    return bool(name) and name.lower() not in _NOT_NAMES and len(name) <= 40


def _without_province(name: str) -> str:
    """'SLEMAN DAERAH ISTIMEWA YOGYAKARTA' -> 'SLEMAN': a kab/kota name less the province written after it."""
    return " ".join(provinces.without_province_suffix(name.split()))


def _unprefixed_province_in(lines: list[str]) -> tuple[str, Level | None]:
    """A province named without 'Provinsi' ('DAERAH ISTIMEWA YOGYAKARTA'), unless a bupati or wali kota signs the plan."""
    if any(_HEAD_OF_KAB_KOTA.search(line) for line in lines):
        return "", None
    found = next((match for line in lines for match in [_UNPREFIXED.search(line)] if match and _only_title_before(match)), None)
    name = provinces.official_name(found.group(1)) if found else ""
    return (f"Provinsi {name}", Level.PROVINSI) if name else ("", None)


def _only_title_before(match: re.Match[str]) -> bool:
    """True when only the plan's title words come before the province's name on its line, no other place name."""
    return bool(_TITLE_WORDS.match(match.string[: match.start()].replace(" ", "")))


def _year_in(line: str) -> int | None:
    """A plan year (2000-2099) in a line, preferring one after 'Tahun'."""
    match = _YEAR.search(line)
    if not match:
        return None
    return int(match.group(1) or match.group(2))


def from_file_name(path: str) -> Identity:
    """Government, level and year from a name like ``kab_malang_2024.xlsx``."""
    stem = os.path.splitext(os.path.basename(path))[0].lower()
    tokens = [token for token in re.split(r"[^a-z0-9]+", stem) if token]
    year = next((int(token) for token in tokens if re.fullmatch(r"20\d\d", token)), None)
    for index, token in enumerate(tokens):
        if token in _LEVEL_WORDS:
            words = []
            for word in tokens[index + 1 :]:
                if word.isdigit() or word in ("rkpd", "renja", "rancangan", "final", "tahun", "ta"):
                    break
                words.append(word)
            if words:
                level = _LEVEL_WORDS[token]
                return Identity(f"{_level_title(level)} {_title_case(' '.join(words))}", level, year)
    return Identity("", None, year)


def merge(*identities: Identity) -> Identity:
    """The first known value of each part, in priority order."""
    government = next((i.government for i in identities if i.government), "")
    level = next((i.level for i in identities if i.level is not None), None)
    year = next((i.year for i in identities if i.year is not None), None)
    if government and level is None:
        level = level_of_name(government)
    return Identity(government, level, year)


def level_of_name(government: str) -> Level | None:
    """The level named by the first word of a government name."""
    first = government.split()[0].lower().rstrip(".") if government.split() else ""
    return _LEVEL_WORDS.get(first)


def parse_level(text: str | None) -> Level | None:
    """A level given on the command line: provinsi, kabupaten or kota (kab, prov accepted)."""
    if not text:
        return None
    key = text.strip().lower().rstrip(".")
    if key in ("kabkota", "kab/kota"):
        return Level.KABUPATEN
    return _LEVEL_WORDS.get(key)


def _level_title(level: Level) -> str:
    """'Provinsi', 'Kabupaten' or 'Kota'."""
    return {Level.PROVINSI: "Provinsi", Level.KABUPATEN: "Kabupaten", Level.KOTA: "Kota"}[level]


def _title_case(text: str) -> str:
    """'JAWA TIMUR' -> 'Jawa Timur', keeping short particles readable ('DKI', and 'dan' as Kemendagri writes it in
    'Kabupaten Pangkajene dan Kepulauan')."""
    return " ".join(
        word if word in ("DKI", "DIY") else "dan" if word.casefold() == "dan" and index else word.capitalize()
        for index, word in enumerate(text.split())
    )
