"""The audit's outputs: the JSON document, the console text and the Markdown summary.

JSON (`syncheck audit --json`), schema 1; keys are only ever added: every key is described in docs/json.md.
Lists are in input order (governments as first given, then year, kind, plan order): the same
inputs give byte-identical output.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Any

from . import __version__
from .audit_models import AuditResult, Candidate, Change, Status, Theme, TrendPoint, Unit
from .audit_sentences import (continuity_sentence, gap_sentence, headline, label, level_label,
                              points_text, status_label, trend_overview, trend_sentence, years_text)
from .messages import render, say
from .models import Kind
from .report_data import KIND_ORDER, kind_counts, source_text, warning_json
from .safety import atomic_write
from .sentences import check_lang, kind_label
from .values import format_short_rupiah as money, percent_text

SCHEMA = 1
MAX_TREND_LINES = 10  # more pairs than this are summed up in one sentence


# --- ordered views shared by the writers ----------------------------------------------------


def ordered_changes(result: AuditResult) -> list[Change]:
    """Continuity entries by government (as first given), years, kind; plan order within."""
    order = {name: index for index, name in enumerate(result.governments)}
    return sorted(result.changes, key=lambda c: (order.get(c.government, len(order)), c.from_year, KIND_ORDER[c.kind]))


def continuity_rows(result: AuditResult) -> list[dict[str, Any]]:
    """Counts and budget totals per government, pair of years and kind."""
    groups: dict[tuple, list[Change]] = defaultdict(list)
    for change in ordered_changes(result):
        groups[(change.government, change.from_year, change.to_year, change.kind)].append(change)
    rows = []
    for (government, from_year, to_year, kind), changes in groups.items():
        counts = Counter(change.status for change in changes)
        rows.append({
            "government": government, "kind": kind, "from_year": from_year, "to_year": to_year,
            **{status.value: counts.get(status, 0) for status in Status},
            "old_budget": sum(c.old.budget or 0 for c in changes if c.old is not None),
            "new_budget": sum(c.new.budget or 0 for c in changes if c.new is not None),
        })
    return rows


def trend_series(result: AuditResult) -> dict[tuple[str, str, Kind], list[TrendPoint]]:
    """Each pair's points per kind, by year, pairs in first-seen order."""
    series: dict[tuple[str, str, Kind], list[TrendPoint]] = {}
    for point in result.trend:
        series.setdefault((point.left, point.right, point.kind), []).append(point)
    return series


def theme_levels(result: AuditResult) -> list[dict[str, Any]]:
    """Per theme, year and tier (provinsi / kabkota): the governments that fund it and their budget."""
    rows: dict[tuple[str, int, str], dict[str, Any]] = {}
    for theme in result.themes:
        for year in result.years:
            for tier in ("provinsi", "kabkota"):
                rows[(theme.id, year, tier)] = {"theme": theme.id, "year": year, "level": tier, "governments": [], "budget": 0}
    for row in result.theme_years:
        if row.present:
            entry = rows[(row.theme, row.year, "provinsi" if row.level.is_province else "kabkota")]
            entry["governments"].append(row.government)
            entry["budget"] += row.budget
    return list(rows.values())


def theme_of(result: AuditResult, theme_id: str) -> Theme:
    """The theme definition with this id."""
    return next(theme for theme in result.themes if theme.id == theme_id)


def source(unit: Unit | None) -> str:
    """'file.xlsx!Sheet1!14' of the item's first row, empty when absent."""
    return source_text(unit.ref) if unit is not None else ""


# --- JSON ---------------------------------------------------------------------------------------


def audit_to_json(result: AuditResult) -> dict[str, Any]:
    """The audit as a JSON-ready dict (schema 1); same inputs, same output."""
    options = result.options
    return {
        "syncheck_version": __version__,
        "schema": SCHEMA,
        "title": result.title,
        "years": list(result.years),
        "run": {"threshold": options.threshold, "review_threshold": options.review_threshold,
                "rename_threshold": options.rename_threshold},
        "inputs": [_input_json(year, plan) for year, plan in result.sources],
        "governments": _governments_json(result),
        "continuity": [_change_json(change) for change in ordered_changes(result)],
        "continuity_summary": [{**row, "kind": row["kind"].value} for row in continuity_rows(result)],
        "rename_candidates": [_candidate_json(c) for c in result.candidates],
        "trend": [_point_json(point) for point in result.trend],
        "theme_definitions": [_theme_json(theme) for theme in result.themes],
        "themes": [_theme_year_json(row) for row in result.theme_years],
        "theme_levels": theme_levels(result),
        "theme_items": [_hit_json(hit) for hit in result.theme_hits],
        "theme_gaps": [_gap_json(gap) for gap in result.gaps],
        "warnings": [warning_json(finding) for finding in result.warnings],
    }


def _input_json(year: int, plan) -> dict[str, Any]:
    """One input file."""
    return {"year": year, "file": plan.file, "sha256": plan.sha256, "government": plan.label,
            "level": plan.level.value, "rows_read": plan.rows_read, "rows": kind_counts(plan)}


def _governments_json(result: AuditResult) -> list[dict[str, Any]]:
    """Every government with its level, province and plan years."""
    out = []
    for government in result.governments:
        plans = [plan for plan in result.plans if plan.government == government]
        out.append({"government": government, "level": plans[-1].level.value, "province": plans[-1].province,
                    "years": sorted(plan.year for plan in plans)})
    return out


def _unit_json(unit: Unit | None) -> dict[str, Any] | None:
    """One side of a continuity entry."""
    if unit is None:
        return None
    item = unit.item
    return {"file": item.ref.file, "sheet": item.ref.sheet, "row": item.ref.row, "code": item.code_text,
            "name": item.name, "budget": unit.budget,
            "rows": [{"file": ref.file, "sheet": ref.sheet, "row": ref.row} for ref in unit.rows]}


def _change_json(change: Change) -> dict[str, Any]:
    """One continuity entry (json-contract.md)."""
    return {"government": change.government, "kind": change.kind.value, "from_year": change.from_year,
            "to_year": change.to_year, "status": change.status.value, "score": change.score,
            "reason": change.reason, "budget_change": change.budget_change,
            "old": _unit_json(change.old), "new": _unit_json(change.new)}


def _candidate_json(candidate: Candidate) -> dict[str, Any]:
    """A near pair left for a reviewer."""
    return {"government": candidate.government, "kind": candidate.kind.value, "from_year": candidate.from_year,
            "to_year": candidate.to_year, "score": candidate.score, "reason": candidate.reason,
            "old": _unit_json(candidate.old), "new": _unit_json(candidate.new)}


def _point_json(point: TrendPoint) -> dict[str, Any]:
    """One pair's headline in one year."""
    return {"left": point.left, "right": point.right, "kind": point.kind.value, "year": point.year,
            "left_total": point.left_total, "same": point.same, "identical": point.identical,
            "similar": point.similar, "percent": round(point.percent, 1), "change_same": point.change_same,
            "change_points": point.change_points, "overlap_count": point.overlap_count,
            "overlap_budget": point.overlap_budget}


def _theme_json(theme: Theme) -> dict[str, Any]:
    """One theme definition."""
    return {"id": theme.id, "label_id": theme.label_id, "label_en": theme.label_en, "keywords": list(theme.keywords),
            "codes": list(theme.codes), "exclude": list(theme.exclude)}


def _theme_year_json(row) -> dict[str, Any]:
    """Whether one government funds one theme in one year."""
    return {"theme": row.theme, "government": row.government, "level": row.level.value, "year": row.year,
            "present": row.present, "items": row.items, "budget": row.budget}


def _hit_json(hit) -> dict[str, Any]:
    """One item that funds a theme."""
    item = hit.item
    return {"theme": hit.theme, "government": hit.government, "year": hit.year, "kind": item.kind.value,
            "file": item.ref.file, "sheet": item.ref.sheet, "row": item.ref.row, "code": item.code_text,
            "name": item.name, "budget": hit.budget, "matched": hit.matched}


def _gap_json(gap) -> dict[str, Any]:
    """A theme a government stopped funding."""
    return {"theme": gap.theme, "government": gap.government, "level": gap.level.value,
            "last_present": gap.last_present, "absent_years": list(gap.absent_years), "resumed": gap.resumed}


def audit_json_text(result: AuditResult) -> str:
    """The JSON document as text: indent 2, UTF-8 characters kept, trailing newline."""
    return json.dumps(audit_to_json(result), indent=2, ensure_ascii=False) + "\n"


def write_text(text: str, path: str) -> None:
    """Write UTF-8 text (LF line ends) to path, atomically."""
    data = text.encode("utf-8")

    def write(temp: str) -> None:
        with open(temp, "wb") as handle:
            handle.write(data)

    atomic_write(path, write)


# --- console ---------------------------------------------------------------------------------


def findings(result: AuditResult, lang: str) -> list[str]:
    """The sentences a reviewer reads first: continuity per pair of years, trend per pair, theme gaps."""
    lines = [headline(len(result.governments), len(result.sources), result.years, lang)]
    totals: dict[tuple[int, int, Kind], Counter] = defaultdict(Counter)
    for change in result.changes:
        totals[(change.from_year, change.to_year, change.kind)][change.status] += 1
    for (from_year, to_year, kind), counts in sorted(totals.items(), key=lambda e: (e[0][0], KIND_ORDER[e[0][2]])):
        lines.append(continuity_sentence(kind, from_year, to_year, counts, lang))
    programs = [points for (_, _, kind), points in trend_series(result).items() if kind is Kind.PROGRAM]
    if len(programs) <= MAX_TREND_LINES:
        lines.extend(trend_sentence(points, lang) for points in programs)
    else:  # a whole province: the direction of every pair in one sentence, the pairs in the workbook
        lines.append(trend_overview([round(points[-1].percent - points[0].percent, 1) for points in programs], result.years, lang))
    lines.extend(gap_sentence(theme_of(result, gap.theme).label(lang), gap, lang) for gap in result.gaps)
    if not result.gaps:
        lines.append(label("no_gaps", lang))
    return lines


#: warnings the console shows in full: the audit file may give a plan to the wrong government or year
CONSOLE_WARNINGS = frozenset({"audit.other_government", "audit.same_content"})


def render_console(result: AuditResult, lang: str) -> str:
    """The headline sentences, one a line."""
    check_lang(lang)
    warned = [say("audit.console_warning", detail=w.message) for w in result.warnings if getattr(w.message, "key", "") in CONSOLE_WARNINGS]
    return "\n".join(findings(result, lang) + [render(text, lang) for text in warned])


# --- Markdown --------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    """A table cell: pipes escaped, line breaks flattened."""
    return " ".join(str(value).split()).replace("|", "\\|")


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    """A GitHub-style Markdown table."""
    lines = ["| " + " | ".join(_cell(h) for h in header) + " |", "|" + "---|" * len(header)]
    lines.extend("| " + " | ".join(_cell(v) for v in row) + " |" for row in rows)
    return lines


def render_markdown(result: AuditResult, lang: str) -> str:
    """A short summary a reviewer can paste into a report: findings, continuity, trend, themes."""
    check_lang(lang)
    title = result.title or f"{label('title', lang)} {years_text(result.years)}"
    lines = [f"# {title}", "", f"## {label('findings', lang)}", ""]
    lines.extend(f"- {sentence}" for sentence in findings(result, lang)[1:])
    lines += ["", f"## {label('continuity_totals', lang)}", ""]
    header = [label(k, lang) for k in ("government", "kind", "year")] + [status_label(s, lang).capitalize() for s in Status]
    header += [label("old_budget", lang), label("new_budget", lang)]
    rows = [[r["government"], kind_label(r["kind"], lang), f"{r['from_year']}-{r['to_year']}",
             *[r[s.value] for s in Status], money(r["old_budget"], lang), money(r["new_budget"], lang)]
            for r in continuity_rows(result)]
    lines += _table(header, rows)
    lines += ["", f"## {label('trend', lang)}", ""] + _trend_table(result, lang)
    lines += ["", f"## {label('themes_by_year', lang)}", ""] + _themes_table(result, lang)
    lines += ["", f"## {label('themes_by_level', lang)}", ""] + _levels_table(result, lang)
    return "\n".join(lines) + "\n"


def _trend_table(result: AuditResult, lang: str) -> list[str]:
    """Percent same per pair and kind, one column per year."""
    header = [label("left", lang), label("right", lang), label("kind", lang)]
    header += [str(year) for year in result.years] + [label("change_points", lang)]
    rows = []
    for (left, right, kind), points in trend_series(result).items():
        by_year = {p.year: percent_text(p.percent, lang) for p in points}
        change = points_text(points[-1].percent - points[0].percent, lang) if len(points) > 1 else label("none", lang)
        rows.append([left, right, kind_label(kind, lang), *[by_year.get(y, label("none", lang)) for y in result.years], change])
    return _table(header, rows)


def _levels_table(result: AuditResult, lang: str) -> list[str]:
    """Per theme and year: what the province(s) and the kab/kota fund, and how many governments."""
    header = [label("theme", lang), label("year", lang), label("provinsi", lang).capitalize(), label("kabkota", lang)]
    cells: dict[tuple[str, int], dict[str, str]] = defaultdict(dict)
    for row in theme_levels(result):
        count = len(row["governments"])
        cells[(row["theme"], row["year"])][row["level"]] = (
            f"{money(row['budget'], lang)} ({count} {label('governments_short', lang)})" if count else label("none", lang))
    rows = [[theme_of(result, theme).label(lang), year, by_level["provinsi"], by_level["kabkota"]]
            for (theme, year), by_level in cells.items()]
    return _table(header, rows)


def _themes_table(result: AuditResult, lang: str) -> list[str]:
    """Budget (and items) per theme and government that funds it in some year, one column per year; '-' where not."""
    header = [label("theme", lang), label("government", lang), label("level", lang)] + [str(y) for y in result.years]
    cells: dict[tuple[str, str], dict[int, str]] = defaultdict(dict)
    levels = {}
    for row in result.theme_years:
        cells[(row.theme, row.government)][row.year] = f"{money(row.budget, lang)} ({row.items})" if row.present else label("none", lang)
        levels[row.government] = level_label(row.level, lang)
    funded = {(row.theme, row.government) for row in result.theme_years if row.present}
    rows = [[theme_of(result, theme).label(lang), government, levels[government],
             *[by_year.get(year, "") for year in result.years]]
            for (theme, government), by_year in cells.items() if (theme, government) in funded]
    return _table(header, rows)

