"""What an audit covers, from the command line (--year N FILE...) or from an audit file (TOML).

An audit file names the governments, the plan files of each year (paths relative to the audit
file), thresholds and themes, so next year's rerun is one added ``[years.N]`` block::

    title = "Audit sinkronisasi RKPD Jawa Tengah"
    themes_file = "themes.toml"            # optional: replaces the shipped themes

    [thresholds]                           # optional
    threshold = 90
    review_threshold = 75
    rename = 60

    [[governments]]                        # optional: levels, and the province of a kab/kota
    name = "Kabupaten Demak"
    level = "kabupaten"
    province = "Provinsi Jawa Tengah"

    [years.2024]
    "Provinsi Jawa Tengah" = "provinsi_jawa_tengah_2024.xlsx"
    "Kabupaten Demak" = ["demak_2024_bagian1.xlsx", "demak_2024_bagian2.xlsx"]

    [years.2025]
    files = ["provinsi_jawa_tengah_2025.xlsx", "kabupaten_demak_2025.xlsx"]   # governments detected

    [themes.sanitasi]                      # optional: add or override a theme
    label_id = "Sanitasi"
    keywords = ["sanitasi", "air limbah"]
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Any

from .audit_models import AuditOptions, AuditSpec, GovernmentSpec, PlanInput, Theme
from .errors import AuditFileError, UsageError
from .identity import parse_level
from .messages import say
from .safety import file_identity
from .themes import load_themes, themes_from_tables
from .tomlfile import read_toml

TOP_KEYS = ("title", "lang", "themes_file", "synonyms", "thresholds", "governments", "years", "themes")
THRESHOLD_KEYS = {"threshold": "threshold", "review_threshold": "review_threshold", "rename": "rename_threshold"}
GOVERNMENT_KEYS = ("name", "level", "province")


def spec_from_years(
    groups: list[tuple[int, list[str]]], options: AuditOptions, themes: tuple[Theme, ...], themes_path: str | None = None
) -> AuditSpec:
    """An audit of the files given per year on the command line (governments detected)."""
    if not groups:
        raise UsageError(say("error.audit_usage"))
    inputs = []
    for year, paths in groups:
        if not paths:
            raise UsageError(say("error.year_no_file", year=year))
        inputs.extend(PlanInput(path, year) for path in paths)
    years = [year for year, _ in groups]
    if len(set(years)) != len(years):
        raise UsageError(say("error.year_twice"))
    repeated = _repeated(inputs)
    if repeated:
        raise UsageError(repeated)
    return AuditSpec(tuple(inputs), (), options, themes, themes_path=themes_path)


def load_spec(path: str, overrides: dict[str, Any] | None = None, themes_path: str | None = None) -> AuditSpec:
    """The audit an audit file describes; AuditOptions fields in overrides (the command line) win."""
    name = os.path.basename(path) or path
    document = read_toml(path)
    base = os.path.dirname(os.path.abspath(path))
    unknown = sorted(set(document) - set(TOP_KEYS))
    if unknown:
        raise AuditFileError(say("error.unknown_key", key=repr(unknown[0]), keys=", ".join(TOP_KEYS)), file=name)
    governments = _governments(document.get("governments", []), name)
    inputs = _inputs(document.get("years"), base, name)
    audit_options = _options(document, base, name, overrides or {})
    themes, themes_path = _themes(document, base, name, themes_path)
    title = document.get("title", "")
    if not isinstance(title, str):
        raise AuditFileError(say("error.title"), file=name)
    return AuditSpec(inputs, governments, audit_options, themes, title, path, themes_path)


def _governments(value: Any, name: str) -> tuple[GovernmentSpec, ...]:
    """The [[governments]] array of tables."""
    if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
        raise AuditFileError(say("error.governments_array"), file=name)
    out = []
    for entry in value:
        unknown = sorted(set(entry) - set(GOVERNMENT_KEYS))
        if unknown:
            raise AuditFileError(say("error.government_key", key=repr(unknown[0])), file=name)
        government = entry.get("name")
        if not isinstance(government, str) or not government.strip():
            raise AuditFileError(say("error.government_name"), file=name)
        level = entry.get("level")
        if level is not None and (not isinstance(level, str) or parse_level(level) is None):
            raise AuditFileError(say("error.government_level", government=government, level=repr(level)), file=name)
        province = entry.get("province")
        if province is not None and not isinstance(province, str):
            raise AuditFileError(say("error.government_province", government=government), file=name)
        out.append(GovernmentSpec(" ".join(government.split()), level, province))
    return tuple(out)


def _inputs(years: Any, base: str, name: str) -> tuple[PlanInput, ...]:
    """Every plan file of every [years.N] table, in the order written."""
    if not isinstance(years, dict) or not years:
        raise AuditFileError(say("error.no_years"), file=name)
    inputs: list[PlanInput] = []
    for key, table in years.items():
        year = _year(key, name)
        if not isinstance(table, dict) or not table:
            raise AuditFileError(say("error.years_table", year=key), file=name)
        for government, value in table.items():
            for path in _paths(value, f"years.{key}.{government}", name):
                full = _existing(path, base, name, f"[years.{key}]")
                inputs.append(PlanInput(full, year, None if government == "files" else " ".join(government.split())))
    repeated = _repeated(inputs)
    if repeated:
        raise AuditFileError(repeated, file=name)
    return tuple(inputs)


def _repeated(inputs: list[PlanInput]) -> str:
    """The error for one file given twice (for two governments, two years, or twice in one list), or ''.

    A file is one government's plan of one year: given twice, every figure of both places is wrong, so the
    audit stops rather than warn (a copy under another name is only warned about: run_audit).
    """
    seen: dict[str, PlanInput] = {}
    for given in inputs:
        key = file_identity(given.path)  # (a hard link too)
        first = seen.setdefault(key, given)
        if first is not given:
            return say("error.file_twice", file=os.path.basename(given.path), first=_place(first), second=_place(given))
    return ""


def _place(given: PlanInput) -> str:
    """Where the audit puts a file: 'Kabupaten Demak 2024', or the year alone when the government is detected."""
    return f"{given.government} {given.year}" if given.government else str(given.year)


def _year(key: str, name: str) -> int:
    """A [years.N] key as a plan year."""
    text = str(key).strip()
    if not text.isdigit() or not 1990 <= int(text) <= 2100:
        raise AuditFileError(say("error.not_a_year", year=key, value=repr(key)), file=name)
    return int(text)


def _paths(value: Any, where: str, name: str) -> list[str]:
    """One path or a list of paths."""
    paths = [value] if isinstance(value, str) else value
    if not isinstance(paths, list) or not paths or not all(isinstance(p, str) and p.strip() for p in paths):
        raise AuditFileError(say("error.file_names", key=where), file=name)
    return [p.strip() for p in paths]


def _options(document: dict, base: str, name: str, overrides: dict[str, Any]) -> AuditOptions:
    """Thresholds, language and synonyms from the file; what the command line gives wins."""
    thresholds = document.get("thresholds", {})
    if not isinstance(thresholds, dict):
        raise AuditFileError(say("error.thresholds_table"), file=name)
    values: dict[str, Any] = {}
    for key, value in thresholds.items():
        if key not in THRESHOLD_KEYS:
            raise AuditFileError(say("error.thresholds_key", key=repr(key), keys=", ".join(THRESHOLD_KEYS)), file=name)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
            raise AuditFileError(say("error.thresholds_value", key=key), file=name)
        values[THRESHOLD_KEYS[key]] = float(value)
    lang = document.get("lang", "id")
    if lang not in ("id", "en"):
        raise AuditFileError(say("error.lang", lang=repr(lang)), file=name)
    synonyms = document.get("synonyms")
    if synonyms is not None:
        synonyms = _existing(synonyms, base, name, "synonyms")
    values.update({key: value for key, value in overrides.items() if value is not None})
    options = replace(AuditOptions(lang=lang, synonyms_path=synonyms), **values)
    if options.review_threshold > options.threshold:
        raise AuditFileError(say("error.thresholds_order"), file=name)
    return options


def _existing(value: Any, base: str, name: str, key: str) -> str:
    """A path the file names, relative to the file, that must exist."""
    if not isinstance(value, str) or not value.strip():
        raise AuditFileError(say("error.file_name", key=key), file=name)
    path = value if os.path.isabs(value) else os.path.join(base, value)
    if not os.path.isfile(path):
        raise AuditFileError(say("error.named_file_missing", key=key, value=value), file=name)
    return path


def _themes(document: dict, base: str, name: str, themes_path: str | None) -> tuple[tuple[Theme, ...], str | None]:
    """The shipped themes (or the themes file), with the file's own [themes.X] tables added or replacing; the file read."""
    if not themes_path and document.get("themes_file") is not None:
        themes_path = _existing(document["themes_file"], base, name, "themes_file")
    if themes_path:
        themes = load_themes(themes_path)
    else:
        themes = load_themes()
    inline = document.get("themes", {})
    if not isinstance(inline, dict):
        raise AuditFileError(say("error.themes_tables"), file=name)
    if inline:
        extra = {theme.id: theme for theme in themes_from_tables(inline, name)}
        themes = tuple(extra.pop(theme.id, theme) for theme in themes) + tuple(extra.values())
    return themes, themes_path
