"""compare(paths, options) -> Result: what the CLI and Python users call."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from .decisions import DecisionBook
from .graph import build_clusters
from .identify import explain_links, identify_plans
from .match import Adjust, link_entries, prepare
from .models import Finding, Kind, Level, Link, Options, Overlap, Plan, Relation, Result, SourceRef, Summary
from .nomenclature import Master
from .nomenclature_load import load_master
from .normalize import Rule, default_rules, load_rules
from .readers import read_plan
from .tally import overlap_of, overlapping_links, plan_groups, summarize
from .workers import MIN_PARALLEL_TASKS, bulk_phase, map_ordered, shared, worker_count

Progress = Callable[[str], None]


@bulk_phase()
def read_plans(paths: list[str], options: Options, progress: Progress | None = None) -> list[Plan]:
    """Read every input file, applying per-file overrides from the options (in parallel for many or large files)."""
    workers = worker_count(options.workers, len(paths), heavy=_total_bytes(paths) >= PARALLEL_READ_BYTES)
    return map_ordered(_read_one, list(paths), workers, {"options": options}, progress)


#: from this many bytes of input on, even two files are read side by side (about 2,000 rows each)
PARALLEL_READ_BYTES = 200_000


def _total_bytes(paths: list[str]) -> int:
    """Size of the input files on disk (unreadable ones count nothing: reading them reports why)."""
    total = 0
    for path in paths:
        with contextlib.suppress(OSError, ValueError):
            total += os.path.getsize(path)
    return total


def _read_one(path: str) -> Plan:
    """Read one file with the overrides the options give for it."""
    options: Options = shared("options")
    government = dict(options.government_overrides).get(path)
    level = dict(options.level_overrides).get(path)
    return read_plan(path, government, level, options.year_override)


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
    master = master_for(options)  # before the plans: a bad master or decisions file fails fast
    book = decision_book(options)
    plans = read_plans(paths, options, progress)
    return compare_plans(plans, options, master, book)


def compare_by_province(paths: list[str], options: Options = Options(), progress: Progress | None = None) -> Iterator[Result]:
    """One Result per province group (a province file and the kab/kota files after it), in order.

    Files are read a few at a time and each group is released before the next is read, so memory
    stays flat however many provinces a national run holds.
    """
    master = master_for(options)
    book = decision_book(options)
    window = max(MIN_PARALLEL_TASKS, 2 * worker_count(options.workers, MIN_PARALLEL_TASKS))
    group: list[Plan] = []
    for start in range(0, len(paths), window):
        for plan in read_plans(list(paths[start : start + window]), options, progress):
            if group and plan.level is Level.PROVINSI:
                yield compare_plans(group, options, master, book.only_left(group[0].label) if book else None)
                group = []
            group.append(plan)
    if group:
        yield compare_plans(group, options, master, book.only_left(group[0].label) if book else None)


def master_for(options: Options) -> Master | None:
    """The nomenclature master named in the options, loaded (None when there is none)."""
    return load_master(options.nomenclature_path) if options.nomenclature_path else None


def decision_book(options: Options) -> DecisionBook | None:
    """The reviewer decisions named in the options, read (None when there are none)."""
    return DecisionBook.from_file(options.decisions_path) if options.decisions_path else None


@bulk_phase()
def compare_plans(
    plans: list[Plan], options: Options = Options(), master: Master | None = None, book: DecisionBook | None = None
) -> Result:
    """Link and tally already-read plans (the first is the higher level).

    With a nomenclature master (given, or named by options.nomenclature_path) codeless and
    miscoded rows are first given their official identity (identify.py).
    """
    master = master if master is not None else master_for(options)
    if master is not None:
        plans = identify_plans(plans, master)
    book = book if book is not None else decision_book(options)
    pairs = _pair_indices(plans)
    outcomes = link_pairs(plans, pairs, options, _reviewer(book, plans), explain=master is not None)
    links: list[Link] = []
    summaries: list[Summary] = []
    overlaps: list[Overlap] = []
    for (left_index, right_index), outcome in zip(pairs, outcomes):
        if book is not None:
            book.settle(plans[left_index], plans[right_index], outcome.links)
        links.extend(outcome.links)
        summaries.extend(outcome.summaries)
        overlaps.extend(outcome.overlaps)
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


def _pair_indices(plans: list[Plan]) -> list[tuple[int, int]]:
    """pair_plans as positions in the list."""
    position = {id(plan): index for index, plan in enumerate(plans)}
    return [(position[id(left)], position[id(right)]) for left, right in pair_plans(plans)]


def _reviewer(book: DecisionBook | None, plans: list[Plan]) -> Reviewer | None:
    """The reviewer decisions' hook for the pair at (left, right) positions; forked workers inherit it."""
    if book is None:
        return None
    return lambda left, right: book.adjuster(plans[left], plans[right])


@dataclass(frozen=True)
class PairOutcome:
    """What comparing one (higher, lower) pair gives: its links, headlines and substantive overlaps."""

    links: list[Link]
    summaries: list[Summary]
    overlaps: list[Overlap]


Reviewer = Callable[[int, int], "Adjust | None"]


def link_pairs(
    plans: list[Plan], pairs: list[tuple[int, int]], options: Options, reviewer: Reviewer | None = None, explain: bool = False
) -> list[PairOutcome]:
    """Link and tally every (higher, lower) pair, in pair order, on several processes for many pairs.

    A higher-level plan is prepared and grouped once, here; each lower plan is prepared, linked and
    tallied in a worker, so that work runs on every CPU and only small rows travel back.
    """
    rules = rules_for(options)
    lefts = sorted({left for left, _ in pairs})
    values = {
        "plans": plans,
        "options": options,
        "rules": rules,
        "reviewer": reviewer,
        "explain": explain,
        "prepared": {index: prepare(plans[index], rules) for index in lefts},
        "groups": {index: plan_groups(plans[index]) for index in lefts},
    }
    found = map_ordered(_pair_rows, pairs, worker_count(options.workers, len(pairs)), values)
    return [_rebuild(plans[left], plans[right], rows) for (left, right), rows in zip(pairs, found)]


LinkRow = tuple[Kind, int, int, Relation, float, str, str]
OverlapRow = tuple[int, str]
PairRows = tuple[list[LinkRow], list[Summary], list[OverlapRow]]


def _pair_rows(pair: tuple[int, int]) -> PairRows:
    """One pair's links, headlines and overlaps, with items as positions in their plans (small to send)."""
    plans: list[Plan] = shared("plans")
    left, right = plans[pair[0]], plans[pair[1]]
    reviewer = shared("reviewer")
    found = link_entries(shared("prepared")[pair[0]], prepare(right, shared("rules")), shared("options"), reviewer(*pair) if reviewer else None)
    if shared("explain"):
        found = explain_links(found)
    left_at, right_at = _positions(left), _positions(right)
    link_at = {id(link): index for index, link in enumerate(found)}
    links = [(link.kind, left_at[id(link.left)], right_at[id(link.right)], link.relation, link.score, link.reason, link.decided) for link in found]
    overlaps = [(link_at[id(link)], where) for link, where in overlapping_links(left, right, found)]
    return links, summarize(left, right, found, shared("groups")[pair[0]]), overlaps


def _positions(plan: Plan) -> dict[int, int]:
    """Position of each of the plan's items, by identity."""
    return {id(item): index for index, item in enumerate(plan.items)}


def _rebuild(left: Plan, right: Plan, rows: PairRows) -> PairOutcome:
    """A pair's outcome from a worker's rows, joined to this process's items."""
    link_rows, summaries, overlap_rows = rows
    links = [
        Link(kind, relation, score, reason, left.items[i], right.items[j], decided)
        for kind, i, j, relation, score, reason, decided in link_rows
    ]
    overlaps = [overlap_of(links[at], where) for at, where in overlap_rows]
    return PairOutcome(links, summaries, overlaps)


def _level_warnings(plans: Iterable[Plan]) -> list[Finding]:
    """A note when the first file does not look like the higher level."""
    plans = list(plans)
    if len(plans) >= 2 and plans[0].level is not Level.PROVINSI:
        return [Finding(SourceRef(plans[0].file, "", 0), f"{plans[0].label} is not a province; it is compared as the higher level because it is given first")]
    return []
