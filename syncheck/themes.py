"""Cross-cutting themes: load their definitions, find the items that fund them, and their gaps."""

from __future__ import annotations

import os
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable

from .audit_models import Theme, ThemeGap, ThemeHit, ThemeYear, YearPlan
from .codes import comparison_key, parse_code
from .continuity import item_groups
from .errors import AuditFileError
from .messages import say
from .models import LINKED_KINDS, Item
from .normalize import Rule, normalize_name
from .tomlfile import read_toml

DEFAULT_THEMES = os.path.join(os.path.dirname(__file__), "data", "themes.toml")
_ID = re.compile(r"^[A-Za-z0-9_\-]{1,40}$")
_LIST_KEYS = ("keywords", "codes", "exclude")


def load_themes(path: str | None = None) -> tuple[Theme, ...]:
    """The themes of a TOML file (the shipped defaults when path is None)."""
    source = path or DEFAULT_THEMES
    return themes_from_tables(read_toml(source), os.path.basename(source))


def themes_from_tables(tables: dict[str, Any], source: str) -> tuple[Theme, ...]:
    """Themes from {id: {label_id, label_en, keywords, codes, exclude}}; AuditFileError when malformed."""
    themes = []
    for theme_id, table in tables.items():
        if not _ID.match(theme_id):
            raise AuditFileError(say("error.theme_id", theme=repr(theme_id)), file=source)
        if not isinstance(table, dict):
            raise AuditFileError(say("error.theme_table", theme=repr(theme_id)), file=source)
        themes.append(_theme(theme_id, table, source))
    if not themes:
        raise AuditFileError(say("error.no_themes"), file=source)
    return tuple(themes)


def _theme(theme_id: str, table: dict[str, Any], source: str) -> Theme:
    """One theme table checked: lists of strings, at least one keyword or code, codes that parse."""
    lists: dict[str, tuple[str, ...]] = {}
    for key in _LIST_KEYS:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise AuditFileError(say("error.theme_list", theme=repr(theme_id), key=key), file=source)
        lists[key] = tuple(v.strip() for v in value)
    if not lists["keywords"] and not lists["codes"]:
        raise AuditFileError(say("error.theme_empty", theme=repr(theme_id)), file=source)
    for code in lists["codes"]:
        if parse_code(code) is None:
            raise AuditFileError(say("error.theme_code", theme=repr(theme_id), code=repr(code)), file=source)
    label_id = str(table.get("label_id") or table.get("label") or theme_id)
    label_en = str(table.get("label_en") or table.get("label") or label_id)
    return Theme(theme_id, label_id, label_en, lists["keywords"], lists["codes"], lists["exclude"])


@dataclass(frozen=True)
class _Matcher:
    """A theme with its keywords normalized and its codes as comparison keys."""

    theme: Theme
    keywords: tuple[tuple[str, str], ...]  # (normalized, as written)
    codes: tuple[tuple[tuple[str, ...], str], ...]
    exclude: tuple[str, ...]


def _matchers(themes: Iterable[Theme], rules: tuple[Rule, ...] | None) -> list[_Matcher]:
    """Normalize every theme once."""
    out = []
    for theme in themes:
        keywords = tuple((normalize_name(k, rules), k) for k in theme.keywords if normalize_name(k, rules))
        codes = tuple((comparison_key(code), text) for text in theme.codes if (code := parse_code(text)) is not None)
        exclude = tuple(e for e in (normalize_name(x, rules) for x in theme.exclude) if e)
        out.append(_Matcher(theme, keywords, codes, exclude))
    return out


def find_hits(year_plan: YearPlan, themes: Iterable[Theme], rules: tuple[Rule, ...] | None = None) -> list[ThemeHit]:
    """Every deepest item of the plan that funds a theme (its own name or code, or its parents')."""
    matchers = _matchers(themes, rules)
    texts: dict[str, str] = {}
    hits = []
    for item in _leaves(year_plan.plan.items):
        for matcher in matchers:
            why = _why(matcher, item, texts, rules)
            if why:
                hits.append(ThemeHit(matcher.theme.id, year_plan.government, year_plan.year, item, why, max(item.budget or 0, 0)))
    return hits


def _leaves(items: Iterable[Item]) -> list[Item]:
    """Linked-kind items that no other item names as its parent: budgets counted once, at the deepest row."""
    linked = [item for item in items if item.kind in LINKED_KINDS]
    parents = {item.parent for item in linked if item.parent is not None}
    return [item for item in linked if item.ref not in parents]


def _why(matcher: _Matcher, item: Item, texts: dict[str, str], rules) -> str:
    """Why the item funds the theme ('code 2.08.02', 'name: pug', 'program: gender'), or empty."""
    for code_text in (item.code_text, item.kegiatan_code, item.program_code):
        code = parse_code(code_text) if code_text else None
        if code is not None:
            key = comparison_key(code)
            for prefix, written in matcher.codes:
                if len(key) >= len(prefix) and all(p in ("X", "XX") or p == k for p, k in zip(prefix, key)):
                    return say("themes.code", code=written)
    for where, name in (("name", item.name), ("kegiatan", item.kegiatan_name), ("program", item.program_name)):
        if where != "name" and name == item.name:
            continue
        keyword = _keyword_in(matcher, _normalized(name, texts, rules))
        if keyword:
            return say(f"themes.in_{where}", keyword=keyword)
    return ""


def _normalized(name: str, texts: dict[str, str], rules) -> str:
    """The name normalized once per run, padded with spaces for whole-word search."""
    if name not in texts:
        texts[name] = f" {normalize_name(name, rules)} "
    return texts[name]


def _keyword_in(matcher: _Matcher, text: str) -> str:
    """The first keyword found as whole words in text, unless an exclude phrase vetoes the text."""
    if not text.strip():
        return ""
    if any(f" {phrase} " in text for phrase in matcher.exclude):
        return ""
    return next((written for normalized, written in matcher.keywords if f" {normalized} " in text), "")


def theme_years(plans: Iterable[YearPlan], themes: Iterable[Theme], hits: Iterable[ThemeHit]) -> list[ThemeYear]:
    """One row per theme, government and year with a plan: distinct items and their budget."""
    grouped: dict[tuple[str, str, int], list[ThemeHit]] = defaultdict(list)
    for hit in hits:
        grouped[(hit.theme, hit.government, hit.year)].append(hit)
    rows = []
    for theme in themes:
        for plan in plans:
            found = grouped.get((theme.id, plan.government, plan.year), [])
            rows.append(ThemeYear(theme.id, plan.government, plan.level, plan.year, _distinct(found), _budget(found)))
    return rows


def _budget(hits: list[ThemeHit]) -> int:
    """The hits' budget, a row typed twice (Item.repeat_of) counted once."""
    return sum(hit.budget for hit in hits if hit.item.repeat_of is None)


def _distinct(hits: list[ThemeHit]) -> int:
    """How many distinct items the hits are (the same item on two rows counts once)."""
    total = 0
    for kind in LINKED_KINDS:
        items = [hit.item for hit in hits if hit.item.kind is kind]
        total += len(set(item_groups(items).values())) if items else 0
    return total


def find_gaps(rows: Iterable[ThemeYear]) -> list[ThemeGap]:
    """Where a government stops funding a theme it funded, and when (if) it resumes."""
    series: dict[tuple[str, str], list[ThemeYear]] = defaultdict(list)
    for row in rows:
        series[(row.theme, row.government)].append(row)
    gaps = []
    for years in series.values():
        gaps.extend(_gaps_of(sorted(years, key=lambda row: row.year)))
    return gaps


def _gaps_of(years: list[ThemeYear]) -> list[ThemeGap]:
    """The gaps of one theme in one government's consecutive plans."""
    gaps: list[ThemeGap] = []
    last_present: int | None = None
    absent: list[int] = []
    for row in years:
        if row.present:
            if absent and last_present is not None:
                gaps.append(ThemeGap(row.theme, row.government, row.level, last_present, tuple(absent), row.year))
            last_present, absent = row.year, []
        elif last_present is not None:
            absent.append(row.year)
    if absent and last_present is not None:
        last = years[-1]
        gaps.append(ThemeGap(last.theme, last.government, last.level, last_present, tuple(absent), None))
    return gaps

