"""compare(paths, options) -> Result: what the CLI and Python users call."""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Callable, Iterator

from .file_labels import file_labels, with_labels
from .left_out import LeftOut, kept_inputs, read_or_left_out
from .grouping import PAIRING, group_plans, province_groups
from .messages import say
from .models import Finding, Link, Options, Overlap, Plan, Result, SourceRef, Summary
from .readers import read_plans as read_file_plans
from .province_funded import province_funded_notes
from .run_order import RunOrder, checked_looks, run_order
from .sheet_choice import OTHER_YEAR
from .workers import MIN_PARALLEL_TASKS, bulk_phase, iter_ordered, shared, worker_count

if TYPE_CHECKING:
    from .decisions import DecisionBook
    from .nomenclature import Master
    from .pairing import PairOutcome
    from .tally import HeldPlace

#: the later stages' modules (numpy, rapidfuzz, networkx, openpyxl behind them): imported while workers read
LATER_STAGES = ("syncheck.pairing", "syncheck.graph", "syncheck.report")

Progress = Callable[[str], None]


@bulk_phase()
def read_plans(paths: list[str], options: Options, progress: Progress | None = None, left_out: list[LeftOut] | None = None) -> list[Plan]:
    """Read every input file, applying per-file overrides from the options (in parallel for many or large files); a file
    of a folder that is no plan is left out and added to ``left_out`` (Options.folder_files)."""
    # two large files are read side by side too: reading them takes three times as long as this process's imports
    workers = worker_count(options.workers, len(paths), heavy=_total_bytes(paths) >= PARALLEL_READ_BYTES)
    read = list(iter_ordered(_read_one, list(paths), workers, {"options": options}, progress, meanwhile=_import_later_stages))
    if left_out is not None:
        left_out.extend(found for found in read if isinstance(found, LeftOut))
    # (a workbook of several kab/kota's plans gives each of them)
    kept = [(plan, path) for found, path in zip(read, paths) if not isinstance(found, LeftOut) for plan in found]
    return _of_one_year([plan for plan, _ in kept], [path for _, path in kept], options)


def _of_one_year(plans: list[Plan], paths: list[str], options: Options) -> list[Plan]:
    """The plans, a file with sheets of several years (a plan and its prakiraan maju, each on a sheet of its own) read
    again for the year the other files agree on, when it has a sheet of that year: the latest is not the run's plan."""
    several = [index for index, plan in enumerate(plans) if options.year_override is None and _other_year_sheets(plan)]
    years = {plan.year for index, plan in enumerate(plans) if index not in several and plan.year is not None}
    if not several or len(years) != 1:
        return plans
    year = years.pop()
    for index in several:
        if plans[index].year != year:
            read = read_with_overrides(paths[index], replace(options, year_override=year))
            again = read[0] if len(read) == 1 else plans[index]  # (a workbook of several plans keeps its first reading)
            # (no sheet of that year: nothing was set aside for it, and the file's own choice stands)
            if _other_year_sheets(again) and _other_year_sheets(again) != _other_year_sheets(plans[index]):
                plans[index] = again
    return plans


def _other_year_sheets(plan: Plan) -> set[str]:
    """The names of a plan's sheets set aside as another year's."""
    return {sheet.name for sheet in plan.sheets if sheet.skipped_reason == OTHER_YEAR}


def _import_later_stages() -> None:
    """Import the linking and writing stages in this process while the workers read (a tenth of a pair's time)."""
    for name in LATER_STAGES:
        importlib.import_module(name)


#: from this many bytes of input on, even two files are read side by side (about 2,000 rows each)
PARALLEL_READ_BYTES = 200_000


def _total_bytes(paths: list[str]) -> int:
    """Size of the input files on disk (unreadable ones count nothing: reading them reports why)."""
    total = 0
    for path in paths:
        with contextlib.suppress(OSError, ValueError):
            total += os.path.getsize(path)
    return total


def _read_one(path: str) -> list[Plan] | LeftOut:
    """Read one file with the overrides the shared options give for it (in a worker); a folder's file that is no plan
    is left out."""
    options = shared("options")
    return read_or_left_out(path, lambda: read_with_overrides(path, options), options.folder_files)


def read_with_overrides(path: str, options: Options) -> list[Plan]:
    """Read one file with the overrides the options give for it: its plan, or the plans of a workbook of several."""
    government = override_for(options.government_overrides, path)
    level = override_for(options.level_overrides, path)
    return read_file_plans(path, government, level, options.year_override)


def names_file(key: str, path: str) -> bool:
    """True when an override's FILE names this input: the same path (as typed or resolved), or its base name."""
    if key == path or os.path.abspath(key) == os.path.abspath(path):
        return True
    return os.path.basename(key) == key and os.path.basename(path) == key


def override_for(overrides: tuple[tuple[str, str], ...], path: str) -> str | None:
    """The value the last (FILE, VALUE) override naming this input gives, or None."""
    found = None
    for key, value in overrides:
        if names_file(key, path):
            found = value
    return found


def pair_plans(plans: list[Plan]) -> list[tuple[Plan, Plan]]:
    """(higher, lower) pairs: each kab/kota file with its province (grouping.province_groups)."""
    groups, _ = group_plans(plans)
    return [(group[0], plan) for group in groups for plan in group[1:]]


def compare(paths: list[str], options: Options = Options(), progress: Progress | None = None) -> Result:
    """Read the plans, link each kab/kota with its province, and tally the overlap."""
    master = master_for(options)  # before the plans: a bad master, decisions or rules file fails fast
    book = decision_book(options)
    check_rules(options)
    left_out: list[LeftOut] = []
    plans = read_plans(paths, options, progress, left_out)
    kept = kept_inputs(list(paths), left_out)
    result = compare_plans(with_labels(plans, kept, file_labels(kept)), options, master, book)
    return replace(result, warnings=(*(found.note() for found in left_out), *result.warnings)) if left_out else result


def compare_by_province(
    paths: list[str], options: Options = Options(), progress: Progress | None = None, order: RunOrder | None = None
) -> Iterator[Result]:
    """One Result per province group (a province file and its kab/kota files, grouping.province_groups), in order.

    The files are first put in the order of their groups (run_order: a look at each file's name and title rows, unless
    ``order`` gives it), then read a few at a time, each group released before the next is read, so memory
    stays flat however many provinces a national run holds, whatever the order of the files given.
    """
    master = master_for(options)
    book = decision_book(options)
    check_rules(options)
    order = order or run_order(list(paths), options)
    paths, labels = list(order.paths), list(order.labels)
    window = max(MIN_PARALLEL_TASKS, 2 * worker_count(options.workers, MIN_PARALLEL_TASKS))
    left_out: list[LeftOut] = list(order.left_out)
    read = (plan for start in range(0, len(paths), window) for plan in _read_window(paths, labels, start, window, options, progress, left_out))
    ended: list[bool] = []
    provinces: list[str] = []
    for group, notes in province_groups(_marking_end(checked_looks(read, order), ended), streamed=True, known=order.notes):
        provinces.append(group[0].label)
        # a group given once every file is read is the last (grouping gives at most one then)
        result = _compare_group(group, options, master, book, provinces if ended else None)
        # the folder's files left out so far go with the next province's output
        gone, left_out[:] = [found.note() for found in left_out], []
        yield replace(result, warnings=(*gone, *notes, *result.warnings))
        # the caller is done with that province: free the reference cycles its writers left
        # (openpyxl workbooks), which the rare collections of a bulk phase would keep for many provinces
        gc.collect()


def _read_window(
    paths: list[str], labels: list[str], start: int, size: int, options: Options, progress: Progress | None, left_out: list[LeftOut]
) -> list[Plan]:
    """The plans of paths[start:start + size], named by their file labels (file_labels.with_labels); a folder's file
    that is no plan added to ``left_out``."""
    found: list[LeftOut] = []
    plans = read_plans(paths[start : start + size], options, progress, found)
    left_out.extend(found)
    return with_labels(plans, paths, labels)


def _marking_end(plans: Iterator[Plan], ended: list[bool]) -> Iterator[Plan]:
    """The plans, then True appended to ``ended`` once they are all read."""
    yield from plans
    ended.append(True)


def _compare_group(group: list[Plan], options: Options, master: Master | None, book: DecisionBook | None, provinces: list[str] | None = None) -> Result:
    """compare_plans for one province group, with the decisions about that province only (DecisionBook.only_left)."""
    return compare_plans(group, options, master, book.only_left(group[0].label, provinces) if book else None)


def master_for(options: Options) -> Master | None:
    """The nomenclature master named in the options, loaded (None when there is none)."""
    if not options.nomenclature_path:
        return None
    from .nomenclature_load import load_master

    return load_master(options.nomenclature_path)


def check_rules(options: Options) -> None:
    """Read the user's rules file (--synonyms) once before the plans, so that a bad one stops the run at once."""
    if options.synonyms_path:
        from .rule_file import read_rule_rows

        read_rule_rows(options.synonyms_path)


def decision_book(options: Options) -> DecisionBook | None:
    """The reviewer decisions named in the options, read (None when there are none)."""
    if not options.decisions_path:
        return None
    from .decisions import DecisionBook

    return DecisionBook.from_file(options.decisions_path)


@bulk_phase()
def compare_plans(
    plans: list[Plan], options: Options = Options(), master: Master | None = None, book: DecisionBook | None = None
) -> Result:
    """Link and tally already-read plans (the first is the higher level).

    With a nomenclature master (given, or named by options.nomenclature_path) codeless and
    miscoded rows are first given their official identity (identify.py).
    """
    from .graph import ClusterGraph
    from .identify import identify_plans
    from .pairing import link_pairs, reviewer_for
    from .parent_notes import missing_level_notes
    from .tally import code_name_notes, level_digit_notes, shared_place_notes

    master = master if master is not None else master_for(options)
    if master is not None:
        plans = identify_plans(plans, master)
    book = book if book is not None else decision_book(options)
    groups, notes = group_plans(plans, options.folder_files)
    plans = [plan for group in groups for plan in group]  # province first in each group, lone provinces left out
    pairs = _pair_indices(groups)
    outcomes = link_pairs(plans, pairs, options, reviewer_for(book, plans), explain=master is not None)
    gathered = _Gathered(code_notes={})
    graph = ClusterGraph(plans)
    for (left_index, right_index), outcome in zip(pairs, outcomes):  # each pair as it comes: here while workers link
        if book is not None:
            book.settle(plans[left_index], plans[right_index], outcome.links)
        gathered.add(left_index, right_index, outcome)
        graph.add_positions(left_index, right_index, outcome.same_rows)
    # the provinces' notes once their names are normalized for linking (before, the workers waited on them)
    code_notes = {**gathered.code_notes, **{position: code_name_notes(plans[position]) for position in _group_heads(groups)}}
    notes = [
        *notes, *_year_notes(plans, pairs), *missing_level_notes(plans, master is not None), *level_digit_notes(plans),
        *(note for position in sorted(code_notes) for note in code_notes[position]),
        *gathered.notes, *shared_place_notes(gathered.held), *_unknown_place_notes(plans, pairs, gathered),
        *province_funded_notes(gathered.overlaps, _sheet_labels(plans)),
    ]  # fmt: skip
    return Result(
        plans=tuple(plans),
        links=tuple(gathered.links),
        summaries=tuple(gathered.summaries),
        overlaps=tuple(gathered.overlaps),
        clusters=graph.clusters(),
        warnings=tuple(notes + (book.warnings(plans) if book else [])),
        options=options,
        kept_decisions=book.kept() if book else (),
        unlocated=tuple(gathered.unlocated),
    )


def _sheet_labels(plans: list[Plan]) -> dict[tuple[str, str], str]:
    """(file, sheet) -> the government of the plan it holds (a workbook of several plans holds one on each sheet)."""
    return {(part.file, sheet.name): plan.label for plan in plans for part in plan.parts or (plan,) for sheet in part.sheets}


def _unknown_place_notes(plans: list[Plan], pairs: list[tuple[int, int]], gathered: _Gathered) -> list[Finding]:
    """unknown_places.place_notes of each province, over its rows placed elsewhere for a kab/kota."""
    from .unknown_places import place_notes

    notes = []
    for left, rows in gathered.elsewhere.items():
        placed = gathered.placed.get(left, set())
        # (a row elsewhere for one kab/kota and in another, 'Air Madidi' for Airmadidi's plan, is no unplaced row)
        in_some = {position for position in rows if id(plans[left].items[position]) in placed}
        notes += place_notes(plans[left], rows, [plans[right] for higher, right in pairs if higher == left], in_some)
    return notes


def _year_notes(plans: list[Plan], pairs: list[tuple[int, int]]) -> list[Finding]:
    """One warning per kab/kota plan of another year than its province's, compared as given: the amounts compared are of two years."""
    notes = []
    for left, right in pairs:
        higher, lower = plans[left], plans[right]
        if higher.year is not None and lower.year is not None and higher.year != lower.year:
            fields = {"government": lower.label, "file": lower.file, "year": lower.year, "province": higher.label}
            message = say("pipeline.years_differ", **fields, province_file=higher.file, province_year=higher.year)
            notes.append(Finding(SourceRef(lower.file, "", 0), message, kind=PAIRING))  # it decides what is compared: on the console
    return notes


@dataclass
class _Gathered:
    """What the linked pairs bring back, gathered pair by pair; each kab/kota's code notes come with its pair."""

    code_notes: dict[int, list[Finding]]
    links: list[Link] = field(default_factory=list)
    summaries: list[Summary] = field(default_factory=list)
    overlaps: list[Overlap] = field(default_factory=list)
    unlocated: list[Overlap] = field(default_factory=list)
    notes: list[Finding] = field(default_factory=list)
    held: list[HeldPlace] = field(default_factory=list)
    elsewhere: dict[int, set[int]] = field(default_factory=dict)  # by province position, its rows' positions
    placed: dict[int, set[int]] = field(default_factory=dict)  # by province position, its rows in or held for a kab/kota (ids)

    def add(self, left_index: int, right_index: int, outcome: PairOutcome) -> None:
        """Take one pair's outcome (its province at ``left_index``, its kab/kota at ``right_index``)."""
        self.elsewhere.setdefault(left_index, set()).update(outcome.elsewhere)
        self.placed.setdefault(left_index, set()).update(id(overlap.left) for overlap in (*outcome.overlaps, *outcome.unlocated))
        self.links.extend(outcome.links)
        self.summaries.extend(outcome.summaries)
        self.overlaps.extend(outcome.overlaps)
        self.unlocated.extend(outcome.unlocated)
        self.notes.extend(outcome.notes)
        self.held.extend(outcome.held)
        self.code_notes[right_index] = outcome.code_notes


def _group_heads(groups: list[list[Plan]]) -> list[int]:
    """Positions of each group's province in the groups laid end to end."""
    heads, start = [], 0
    for group in groups:
        heads.append(start)
        start += len(group)
    return heads


def _pair_indices(groups: list[list[Plan]]) -> list[tuple[int, int]]:
    """(province, kab/kota) positions in the groups laid end to end, as pair_plans pairs them."""
    return [(head, head + offset) for head, group in zip(_group_heads(groups), groups) for offset in range(1, len(group))]

