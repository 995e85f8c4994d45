"""compare(paths, options) -> Result: what the CLI and Python users call."""

from __future__ import annotations

from typing import Callable, Iterable

from .decisions import DecisionBook
from .graph import build_clusters
from .match import link_entries, prepare
from .models import Finding, Level, Link, Options, Plan, Result, SourceRef
from .normalize import Rule, default_rules, load_rules
from .readers import read_plan
from .tally import find_overlaps, summarize

Progress = Callable[[str], None]


def read_plans(paths: list[str], options: Options, progress: Progress | None = None) -> list[Plan]:
    """Read every input file, applying per-file overrides from the options."""
    plans = []
    governments = dict(options.government_overrides)
    levels = dict(options.level_overrides)
    for path in paths:
        if progress:
            progress(path)
        plans.append(read_plan(path, governments.get(path), levels.get(path), options.year_override))
    return plans


def pair_plans(plans: list[Plan]) -> list[tuple[Plan, Plan]]:
    """(higher, lower) pairs: each kab/kota file with the province file given before it."""
    if len(plans) < 2:
        return []
    pairs = []
    current = plans[0]
    for plan in plans[1:]:
        if plan.level is Level.PROVINSI and current.level is Level.PROVINSI and plan is not plans[0]:
            current = plan
            continue
        pairs.append((current, plan))
    return pairs


def rules_for(options: Options) -> tuple[Rule, ...]:
    """The normalization rules: the user's table first, then the shipped one."""
    return load_rules(options.synonyms_path) if options.synonyms_path else default_rules()


def compare(paths: list[str], options: Options = Options(), progress: Progress | None = None) -> Result:
    """Read the plans, link each kab/kota with its province, and tally the overlap."""
    plans = read_plans(paths, options, progress)
    return compare_plans(plans, options)


def compare_plans(plans: list[Plan], options: Options = Options()) -> Result:
    """Link and tally already-read plans (the first is the higher level)."""
    rules = rules_for(options)
    book = DecisionBook.from_file(options.decisions_path) if options.decisions_path else None
    prepared = {id(plan): prepare(plan, rules) for plan in plans}
    links: list[Link] = []
    summaries, overlaps = [], []
    for left, right in pair_plans(plans):
        adjust = book.adjuster(left, right) if book else None
        found = link_entries(prepared[id(left)], prepared[id(right)], options, adjust)
        links.extend(found)
        summaries.extend(summarize(left, right, found))
        overlaps.extend(find_overlaps(left, right, found))
    clusters = build_clusters(plans, links)
    return Result(
        plans=tuple(plans),
        links=tuple(links),
        summaries=tuple(summaries),
        overlaps=tuple(overlaps),
        clusters=clusters,
        warnings=tuple(_level_warnings(plans) + (book.warnings(plans) if book else [])),
        options=options,
        kept_decisions=book.kept() if book else (),
    )


def _level_warnings(plans: Iterable[Plan]) -> list[Finding]:
    """A note when the first file does not look like the higher level."""
    plans = list(plans)
    if len(plans) >= 2 and plans[0].level is not Level.PROVINSI:
        return [Finding(SourceRef(plans[0].file, "", 0), f"{plans[0].label} is not a province; it is compared as the higher level because it is given first")]
    return []
