"""run_audit(spec) -> AuditResult: continuity, overlap trend and themes over several years of plans."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Callable

from . import stages
from .audit_models import AuditOptions, AuditResult, AuditSpec, Candidate, Change, PlanInput, TrendPoint, YearPlan
from .continuity import link_years
from .identity import level_of_name, parse_level
from .messages import say
from .models import Finding, Level, Options, Plan, Result, SourceRef
from .normalize import Rule
from .pairing import rules_for
from .plan_parts import repeat_codes
from .pipeline import compare_plans
from .readers import read_plan
from .stages import stage_of
from .report_data import distinct_findings, overlap_totals
from .themes import find_gaps, find_hits, theme_years
from .values import name_order

Progress = Callable[[str], None]
_LEVEL_WORDS = {"kab": "kabupaten", "kabupaten": "kabupaten", "prov": "provinsi", "propinsi": "provinsi",
                "provinsi": "provinsi", "kota": "kota"}
#: words of a file name or title that do not name the government ('rkpd_kab_demak_2024_final')
_FILLER = frozenset({"rkpd", "renja", "rancangan", "final", "tahun", "ta", "pemerintah", "pemda", "perubahan", "murni"})


def run_audit(spec: AuditSpec, progress: Progress | None = None) -> AuditResult:
    """Read every plan, link each government's consecutive years, tally the pairs per year, follow the themes."""
    options = spec.options
    rules = rules_for(Options(synonyms_path=options.synonyms_path))
    sources, warnings = _read(spec, progress)
    sources, plans, more = _year_plans(spec, sources)
    warnings.extend(more)
    years = tuple(sorted({plan.year for plan in plans}))
    changes, candidates, gaps_in_plans = _continuity(plans, years, options, rules)
    warnings.extend(gaps_in_plans)
    trend = _trend(plans, years, options)
    hits = [hit for plan in plans for hit in find_hits(plan, spec.themes, rules)]
    rows = theme_years(plans, spec.themes, hits)
    return AuditResult(
        years=years,
        plans=tuple(plans),
        changes=tuple(changes),
        candidates=tuple(candidates),
        trend=tuple(trend),
        themes=spec.themes,
        theme_years=tuple(rows),
        theme_hits=tuple(hits),
        gaps=tuple(find_gaps(rows)),
        warnings=tuple(distinct_findings(warnings)),
        options=options,
        title=spec.title,
        sources=tuple((year, plan) for year, plan in sources),
    )


def _read(spec: AuditSpec, progress: Progress | None) -> tuple[list[tuple[int, Plan]], list[Finding]]:
    """Each input file read as a plan of its audit year (a different year in the file is a warning)."""
    levels = {government_key(g.name): g.level for g in spec.governments}
    sources, warnings = [], []
    for given in spec.inputs:
        if progress:
            progress(given.path)
        level = given.level or levels.get(government_key(given.government or ""))
        # read without the audit's name first: what the file's title or name says is checked against it
        plan = read_plan(given.path, None, level, level_hint="level = \"...\" in the audit file")
        if given.government:
            plan, note = _as_given(plan, given)
            warnings.extend(note)
        stated = levels.get(government_key(plan.label))
        if stated and parse_level(stated) is not plan.level:  # files = [...]: the government is known only now
            plan = replace(plan, level=parse_level(stated))
        warnings.extend(plan.warnings)
        if plan.year is not None and plan.year != given.year:
            warnings.append(Finding(SourceRef(plan.file, "", 0), say("audit.year_given", found=plan.year, given=given.year)))
        sources.append((given.year, replace(plan, year=given.year)))
    warnings.extend(_same_content(sources))
    return sources, warnings


#: warnings of a plan read without a name that do not hold once the audit file names its government
_NAMELESS = frozenset({"readers.government_from_file", "readers.government_is_file_name"})


def _as_given(plan: Plan, given: PlanInput) -> tuple[Plan, list[Finding]]:
    """The plan under the government the audit file gives it, with a warning when its title or file name names another."""
    keys = {getattr(w.message, "key", "") for w in plan.warnings}
    named = level_of_name(given.government or "")
    dropped = _NAMELESS | ({"readers.level_unknown"} if named else set())
    kept = tuple(w for w in plan.warnings if getattr(w.message, "key", "") not in dropped)
    level = named if named and "readers.level_unknown" in keys else plan.level
    notes = []
    if "readers.government_is_file_name" not in keys and not same_government(plan.government, given.government or ""):
        notes.append(Finding(SourceRef(plan.file, "", 0), say(
            "audit.other_government", file=plan.file, found=plan.government, given=given.government, year=given.year)))
    return replace(plan, government=given.government, level=level, warnings=kept), notes


def same_government(first: str, second: str) -> bool:
    """Whether two names name one government ('Kab. Demak', 'Demak', 'KABUPATEN DEMAK'; not 'Kota Demak')."""
    keys = [government_key(first), government_key(second)]
    merged = _same_government(keys)  # the rule that joins a bare file name to its government across years
    return merged[keys[0]] == merged[keys[1]]


def _same_content(sources: list[tuple[int, Plan]]) -> list[Finding]:
    """A warning for each file whose content is that of a file given before it (a copy under another name)."""
    first: dict[str, tuple[int, Plan]] = {}
    notes = []
    for year, plan in sources:
        if plan.sha256 in first:
            other_year, other = first[plan.sha256]
            notes.append(Finding(SourceRef(plan.file, "", 0), say(
                "audit.same_content", file=plan.file, government=plan.government, year=year,
                other=other.file, other_government=other.government, other_year=other_year)))
        first.setdefault(plan.sha256, (year, plan))
    return notes


def government_key(name: str) -> str:
    """The name that identifies a government across years ('Kab. Demak', 'rkpd_kab_demak_2024': 'kabupaten demak')."""
    words = [word for word in re.split(r"[^0-9a-z]+", name.casefold()) if word]
    words = [_LEVEL_WORDS.get(word, word) for word in words if word not in _FILLER and not re.fullmatch(r"(19|20)\d\d", word)]
    return " ".join(words)


def _same_government(keys: list[str]) -> dict[str, str]:
    """A key without a level word ('demak', from a bare file name) joins the one key with a level that ends like it."""
    leveled = [key for key in keys if key.split(" ")[0] in _LEVEL_WORDS.values()]
    merged = {}
    for key in keys:
        matches = [other for other in leveled if other.split(" ", 1)[-1] == key]
        merged[key] = matches[0] if key not in leveled and len(matches) == 1 else key
    return merged


def _year_plans(spec: AuditSpec, sources: list[tuple[int, Plan]]) -> tuple[list[tuple[int, Plan]], list[YearPlan], list[Finding]]:
    """The files under their government's audit name, and one plan per government and year (several
    files merged), in input order, with its province."""
    names = {government_key(g.name): g.name for g in spec.governments}
    merged = _same_government(list(names) + [government_key(plan.label) for _, plan in sources])
    for _, plan in sources:  # a name with its level word names the government, not a bare file name
        if merged[government_key(plan.label)] == government_key(plan.label):
            names.setdefault(government_key(plan.label), plan.label)
    grouped: dict[tuple[int, str], list[Plan]] = defaultdict(list)
    named = []
    for year, plan in sources:
        key = merged[government_key(plan.label)]
        name = names.setdefault(key, plan.label)
        named.append((year, replace(plan, government=name, level=level_of_name(name) or plan.level)))
        grouped[(year, key)].append(named[-1][1])
    grouped = {key: sorted(group, key=lambda plan: version_order(plan.file)) for key, group in grouped.items()}  # files in any order
    warnings = [_merged_note(year, names[key], group) for (year, key), group in grouped.items() if len(group) > 1]
    grouped = {key: [group[-1]] if len(group) > 1 and repeat_codes(group) else group for key, group in grouped.items()}
    plans = [YearPlan(year, names[key], group[0].level, _merge(group)) for (year, key), group in grouped.items()]
    plans, unpaired = _assign_provinces(spec, plans)
    plans.sort(key=lambda plan: plan.year)
    return named, plans, warnings + unpaired


_NUMBER = re.compile(r"(\d+)")


def version_order(name: str) -> tuple:
    """The sort key of a file among versions of one plan, earliest first: the stage its name says (rancangan awal,
    rancangan, rancangan akhir, the plan, its final form, a revision, the perubahan), then its numbers as numbers ('v2'
    before 'v10')."""
    words = name.replace("_", " ")
    stage = stage_of(words, file_name=True)
    stage = stages.PLAIN if stage is None else stage
    natural = tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in _NUMBER.split(name.casefold()) if part)
    return stage, natural, name_order(name)


def _merged_note(year: int, government: str, group: list[Plan]) -> Finding:
    """A note that several files make one government's plan, or, when they repeat each other's items (a revision, a
    copy), that only the last by name is audited: added up, every item would count twice."""
    files = ", ".join(plan.file for plan in group)
    if repeat_codes(group):
        fields = {"government": government, "year": year, "count": len(group), "files": files, "kept": group[-1].file}
        return Finding(SourceRef(group[-1].file, "", 0), say("audit.versions", **fields))
    return Finding(SourceRef(group[0].file, "", 0), say("audit.merged", government=government, year=year, count=len(group), files=files))


def _merge(group: list[Plan]) -> Plan:
    """Several files of one government and year as one plan (rows keep their own file)."""
    if len(group) == 1:
        return group[0]
    first = group[0]
    return replace(
        first,
        file=" + ".join(plan.file for plan in group),
        sheets=tuple(sheet for plan in group for sheet in plan.sheets),
        items=tuple(item for plan in group for item in plan.items),
        skipped=tuple(row for plan in group for row in plan.skipped),
        warnings=tuple(w for plan in group for w in plan.warnings),
        rows_read=sum(plan.rows_read for plan in group),
    )


def _assign_provinces(spec: AuditSpec, plans: list[YearPlan]) -> tuple[list[YearPlan], list[Finding]]:
    """Each kab/kota's province: as the audit file says, else the province given before it that year."""
    stated = {government_key(g.name): g.province for g in spec.governments if g.province}
    out, notes = [], []
    by_year: dict[int, list[YearPlan]] = defaultdict(list)
    for plan in plans:
        by_year[plan.year].append(plan)
    for year, group in by_year.items():
        provinces = {government_key(plan.government): plan.government for plan in group if plan.level is Level.PROVINSI}
        current = next(iter(provinces.values()), None)
        for plan in group:
            if plan.level is Level.PROVINSI:
                current = plan.government
                out.append(plan)
                continue
            named = stated.get(government_key(plan.government))
            province = provinces.get(government_key(named)) if named else current
            if province is None:
                missing = named or say("audit.any_province")
                notes.append(Finding(SourceRef(plan.plan.file, "", 0), say("audit.no_plan", missing=missing, year=year, government=plan.government)))
            out.append(replace(plan, province=province))
    return out, notes


def _continuity(
    plans: list[YearPlan], years: tuple[int, ...], options: AuditOptions, rules: tuple[Rule, ...]
) -> tuple[list[Change], list[Candidate], list[Finding]]:
    """Continuity of every government between the consecutive years it has plans for."""
    by_government: dict[str, dict[int, YearPlan]] = defaultdict(dict)
    for plan in plans:
        by_government[plan.government][plan.year] = plan
    changes: list[Change] = []
    candidates: list[Candidate] = []
    notes: list[Finding] = []
    for government, series in by_government.items():
        present = sorted(series)
        notes.extend(_gaps(government, present, years))
        for before, after in zip(present, present[1:]):
            found, near = link_years(series[before], series[after], options, rules)
            changes.extend(found)
            candidates.extend(near)
    return changes, candidates, notes


def _gaps(government: str, present: list[int], years: tuple[int, ...]) -> list[Finding]:
    """A note for each audit year a government has no plan for: inside its years, or before or after them."""
    notes = []
    for missing in (year for year in years if year not in present):
        if present[0] < missing < present[-1]:
            text = say("audit.gap", government=government, missing=missing)
        else:
            text = say("audit.gap_edge", government=government, missing=missing, years=", ".join(map(str, present)))
        notes.append(Finding(SourceRef("", "", 0), text))
    return notes


def _trend(plans: list[YearPlan], years: tuple[int, ...], options: AuditOptions) -> list[TrendPoint]:
    """Each province-kab/kota pair's headline per kind and year (compare_plans per year), with its change."""
    points: list[TrendPoint] = []
    compare_options = Options(options.threshold, options.review_threshold, options.lang, options.synonyms_path)
    for year in years:
        group = [plan for plan in plans if plan.year == year]
        for province in (plan for plan in group if plan.level is Level.PROVINSI):
            members = [plan.plan for plan in group if plan.province == province.government and plan.level is not Level.PROVINSI]
            if members:
                points.extend(_points(year, compare_plans([province.plan, *members], compare_options)))
    return _with_changes(points)


def _points(year: int, result: Result) -> list[TrendPoint]:
    """The headlines of one year's comparison, with each pair's substantive overlap."""
    totals = {(total.left, total.right): total for total in overlap_totals(result)}
    points = []
    for summary in result.summaries:
        total = totals.get((summary.left, summary.right))
        points.append(TrendPoint(
            summary.left, summary.right, summary.kind, year, summary.left_total, summary.same, summary.identical,
            summary.similar, total.count if total else 0, total.left_budget if total else 0,
        ))
    return points


def _with_changes(points: list[TrendPoint]) -> list[TrendPoint]:
    """Each point with the change in 'same' and in percentage points since the pair's previous year."""
    previous: dict[tuple, TrendPoint] = {}
    out = []
    for point in sorted(points, key=lambda p: p.year):
        key = (government_key(point.left), government_key(point.right), point.kind)
        before = previous.get(key)
        if before is not None:
            point = replace(point, change_same=point.same - before.same, change_points=round(point.percent - before.percent, 1))
        previous[key] = point
        out.append(point)
    return out
