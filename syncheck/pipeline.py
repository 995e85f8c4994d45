"""compare(paths, options) -> Result: what the CLI and Python users call."""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

from .decisions import DecisionBook
from .graph import build_clusters
from .identify import explain_links, identify_plans
from .match import Adjust, Entry, link_entries, prepare
from .models import Finding, Kind, Level, Link, Options, Plan, Relation, Result, SourceRef
from .nomenclature import Master
from .nomenclature_load import load_master
from .normalize import Rule, default_rules, load_rules
from .readers import read_plan
from .tally import find_overlaps, plan_groups, summarize
from .workers import MIN_PARALLEL_TASKS, bulk_phase, map_ordered, shared, worker_count

Progress = Callable[[str], None]


@bulk_phase()
def read_plans(paths: list[str], options: Options, progress: Progress | None = None) -> list[Plan]:
    """Read every input file, applying per-file overrides from the options (in parallel for many files)."""
    workers = worker_count(options.workers, len(paths))
    return map_ordered(_read_one, list(paths), workers, {"options": options}, progress)


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
    rules = rules_for(options)
    book = book if book is not None else decision_book(options)
    prepared = [prepare(plan, rules) for plan in plans]
    pairs = _pair_indices(plans)
    found_by_pair = link_pairs(prepared, pairs, options, _reviewer(book, plans))
    links: list[Link] = []
    summaries, overlaps = [], []
    groups: dict[int, dict] = {}
    for (left_index, right_index), found in zip(pairs, found_by_pair):
        left, right = plans[left_index], plans[right_index]
        if master is not None:
            found = explain_links(found)
        if book is not None:
            book.settle(left, right, found)
        links.extend(found)
        if left_index not in groups:
            groups[left_index] = plan_groups(left)
        summaries.extend(summarize(left, right, found, groups[left_index]))
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


def _pair_indices(plans: list[Plan]) -> list[tuple[int, int]]:
    """pair_plans as positions in the list."""
    position = {id(plan): index for index, plan in enumerate(plans)}
    return [(position[id(left)], position[id(right)]) for left, right in pair_plans(plans)]


def _reviewer(book: DecisionBook | None, plans: list[Plan]) -> Reviewer | None:
    """The reviewer decisions' hook for the pair at (left, right) positions; forked workers inherit it."""
    if book is None:
        return None
    return lambda left, right: book.adjuster(plans[left], plans[right])


def link_pairs(
    prepared: list[dict[Kind, list[Entry]]], pairs: list[tuple[int, int]], options: Options, reviewer: Reviewer | None = None
) -> list[list[Link]]:
    """The links of every (higher, lower) pair, in pair order, on several processes for many pairs."""
    workers = worker_count(options.workers, len(pairs))
    if workers <= 1:
        return [link_entries(prepared[left], prepared[right], options, reviewer(left, right) if reviewer else None) for left, right in pairs]
    values = {"prepared": prepared, "options": options, "reviewer": reviewer}
    found = map_ordered(_link_one, pairs, workers, values)
    return [_rebuild_links(prepared[left], prepared[right], rows) for (left, right), rows in zip(pairs, found)]


Reviewer = Callable[[int, int], "Adjust | None"]
LinkRow = tuple[Kind, int, int, Relation, float, str, str]


def _link_one(pair: tuple[int, int]) -> list[LinkRow]:
    """In a worker: one pair's links as positions, so only small tuples travel back."""
    prepared = shared("prepared")
    left, right = prepared[pair[0]], prepared[pair[1]]
    position = {id(entry.item): index for entries in (*left.values(), *right.values()) for index, entry in enumerate(entries)}
    reviewer = shared("reviewer")
    adjust = reviewer(*pair) if reviewer else None
    return [
        (link.kind, position[id(link.left)], position[id(link.right)], link.relation, link.score, link.reason, link.decided)
        for link in link_entries(left, right, shared("options"), adjust)
    ]


def _rebuild_links(left: dict[Kind, list[Entry]], right: dict[Kind, list[Entry]], rows: list[LinkRow]) -> list[Link]:
    """Links from a worker's positions, joined to this process's items."""
    return [
        Link(kind, relation, score, reason, left[kind][i].item, right[kind][j].item, decided)
        for kind, i, j, relation, score, reason, decided in rows
    ]


def _level_warnings(plans: Iterable[Plan]) -> list[Finding]:
    """A note when the first file does not look like the higher level."""
    plans = list(plans)
    if len(plans) >= 2 and plans[0].level is not Level.PROVINSI:
        return [Finding(SourceRef(plans[0].file, "", 0), f"{plans[0].label} is not a province; it is compared as the higher level because it is given first")]
    return []
