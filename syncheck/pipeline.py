"""compare(paths, options) -> Result: what the CLI and Python users call."""

from __future__ import annotations

from typing import Callable, Iterable

from .graph import build_clusters
from .identify import explain_links, identify_plans
from .match import link_entries, prepare
from .models import Finding, Level, Link, Options, Plan, Result, SourceRef
from .nomenclature import Master
from .nomenclature_load import load_master
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
    master = master_for(options)  # before the plans: a bad master fails fast
    plans = read_plans(paths, options, progress)
    return compare_plans(plans, options, master)


def master_for(options: Options) -> Master | None:
    """The nomenclature master named in the options, loaded (None when there is none)."""
    return load_master(options.nomenclature_path) if options.nomenclature_path else None


def compare_plans(plans: list[Plan], options: Options = Options(), master: Master | None = None) -> Result:
    """Link and tally already-read plans (the first is the higher level).

    With a nomenclature master (given, or named by options.nomenclature_path) codeless and
    miscoded rows are first given their official identity (identify.py).
    """
    master = master if master is not None else master_for(options)
    if master is not None:
        plans = identify_plans(plans, master)
    rules = rules_for(options)
    prepared = {id(plan): prepare(plan, rules) for plan in plans}
    links: list[Link] = []
    summaries, overlaps = [], []
    for left, right in pair_plans(plans):
        found = link_entries(prepared[id(left)], prepared[id(right)], options)
        if master is not None:
            found = explain_links(found)
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
        warnings=tuple(_level_warnings(plans)),
        options=options,
    )


def _level_warnings(plans: Iterable[Plan]) -> list[Finding]:
    """A note when the first file does not look like the higher level."""
    plans = list(plans)
    if len(plans) >= 2 and plans[0].level is not Level.PROVINSI:
        return [Finding(SourceRef(plans[0].file, "", 0), f"{plans[0].label} is not a province; it is compared as the higher level because it is given first")]
    return []
