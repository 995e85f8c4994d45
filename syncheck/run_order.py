"""The order a --per-province run reads its files in: each province's file, then its kabupaten/kota files, whatever
the order given (a folder, a shell glob), from a first look at each file: its name and the title rows of its first
sheets. The run still reads and releases one province at a time; the first look costs reading a few rows per file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterable, Iterator

from . import identity
from .agency_rows import row_text
from .classify import has_value
from .plan_identity import sheet_name_owner
from .errors import UsageError
from .left_out import LeftOut, read_or_left_out
from .plan_parts import name_key
from .file_labels import file_labels
from .grouping import OrderNotes, by_home_province, same_content
from .header import HEADER_SCAN_ROWS, find_header
from .home_provinces import home_province
from .messages import say
from .models import Finding, Level, Options, Plan
from .sources import file_sha256, head_sheets
from .workers import iter_ordered, shared, worker_count

#: the sheets a first look reads the title rows of (a plan's title stands over its first sheet)
FIRST_SHEETS = 3


@dataclass(frozen=True)
class RunOrder:
    """The files of a run in reading order (a file of the same content as an earlier one left out), their file
    labels, the notes on that order for the groups, and what the first look read of each file."""

    paths: tuple[str, ...]
    labels: tuple[str, ...]
    notes: OrderNotes
    looks: tuple[Plan, ...]  # by file, in reading order: the government, level and year its name and title rows give
    left_out: tuple[LeftOut, ...] = ()  # a folder's files that could not be read at all

    def several_years(self, plan: Plan) -> bool:
        """True when the plan's province has plans of two years or more in the run."""
        return len(self.province_years().get(_province_key(plan), ())) > 1

    def province_years(self) -> dict[str, set[int | None]]:
        """The plan years of each province of the run, by _province_key."""
        found: dict[str, set[int | None]] = {}
        for look in self.looks:
            if look.level is Level.PROVINSI:
                found.setdefault(_province_key(look), set()).add(look.year)
        return found


def run_order(paths: list[str], options: Options) -> RunOrder:
    """The reading order of the files: each province file followed by the kab/kota files that grouping.group_plans
    would join to it, the files whose first look tells no province where the order given puts them."""
    labels = file_labels(paths)
    tasks = list(zip(paths, labels))
    found = list(iter_ordered(_first_look, tasks, worker_count(options.workers, len(tasks)), {"options": options}))
    left_out = tuple(look for look in found if isinstance(look, LeftOut))
    if left_out:
        tasks = [task for task, look in zip(tasks, found) if isinstance(look, Plan)]
    looks = [look for look in found if isinstance(look, Plan)]
    kept, copies = same_content(looks)
    ordered, moved, instead = by_home_province(kept, options.folder_files)
    by_file: dict[str, list[Finding]] = {}
    for note in moved:
        by_file.setdefault(note.ref.file, []).append(note)
    original = {look.sha256: look.file for look in kept}
    copied = {look.file: look for look in looks}
    for note in copies:  # with the group holding the file it copies
        by_file.setdefault(original[copied[note.ref.file].sha256], []).append(note)
    given = {label: path for path, label in tasks}
    labels_read = tuple(look.file for look in ordered)
    return RunOrder(tuple(given[label] for label in labels_read), labels_read, OrderNotes(by_file, instead), tuple(ordered), left_out)


def _first_look(task: tuple[str, str]) -> Plan | LeftOut:
    """first_look of one (path, label), with the shared options (in a worker); a folder's file that cannot be read is
    left out."""
    options = shared("options")
    return read_or_left_out(task[0], lambda: first_look(*task, options), options.folder_files)


def first_look(path: str, label: str, options: Options) -> Plan:
    """The plan a file holds as its name, its title rows and the options tell it (no rows read): government, level and
    year as readers.read_plan finds them, but for a level only its codes tell (read as a kab/kota, as read_plan does)."""
    from .pipeline import override_for

    level = identity.parse_level(override_for(options.level_overrides, path))
    override = identity.Identity(override_for(options.government_overrides, path) or "", level, options.year_override)
    lines, names = title_lines(path)
    who = identity.merge(override, identity.from_titles(lines), identity.from_file_name(path), _named_sheet(names))
    government = who.government or os.path.splitext(os.path.basename(path))[0]
    return Plan(label, os.path.abspath(path), file_sha256(path), government, who.level or Level.KABUPATEN, who.year, (), (), (), (), 0)


def title_lines(path: str) -> tuple[list[str], list[str]]:
    """The title rows (above the header) of the file's first visible sheets that have a header, and those sheets' names."""
    year = identity.from_file_name(path).year
    lines: list[str] = []
    names: list[str] = []
    for sheet in head_sheets(path, HEADER_SCAN_ROWS + 10, FIRST_SHEETS):
        header = find_header(sheet.rows, sheet.merged, year)
        if header is not None:
            lines += [row_text(row) for row in sheet.rows[: header.rows[0]] if has_value(row)]
            names.append(sheet.name)
    return lines, names


def _named_sheet(names: list[str]) -> identity.Identity:
    """The kab/kota of Kemendagri's list the first of the sheet names names, for a file that no title or file name
    names (a compilation of untitled plans, one sheet each: readers.read_plans reads each)."""
    listed = [found for found in map(sheet_name_owner, names) if found.government]
    if len({one.government for one in listed}) < 2:
        return identity.Identity()  # (one sheet named after a kab/kota is no compilation: readers.read_plans reads it so too)
    return identity.Identity(listed[0].government, listed[0].level)


def checked_looks(plans: Iterable[Plan], order: RunOrder) -> Iterator[Plan]:
    """The plans read, in the order of their first looks; UsageError for one whose full reading could belong to another
    group than its first look put it in."""
    years = order.province_years()
    heads = sum(1 for look in order.looks if look.level is Level.PROVINSI)
    looks = {look.file: look for look in order.looks}
    for plan in plans:  # (a folder's file read as no plan is not among them)
        look = looks[plan.file]
        if _regrouped(plan, look, years, heads):
            raise UsageError(say("error.first_look_differs", looked=_described(look), read=_described(plan)), file=plan.file)
        yield plan


def _regrouped(plan: Plan, look: Plan, years: dict[str, set[int | None]], heads: int) -> bool:
    """True when a plan read in full may go to another group than its first look, of a run with ``heads`` province files
    by the first looks: one that turns out to be a province, or no province, where the groups are made by province
    (two province files or more), or another province, or another year of a province with plans of several years."""
    province, looked = plan.level is Level.PROVINSI, look.level is Level.PROVINSI
    if province != looked:
        return heads + province - looked >= 2 or heads >= 2  # (with fewer, the files keep the order given either way)
    if heads < 2:
        return False
    if _province_key(plan) != _province_key(look):
        return True
    return plan.year != look.year and len(years.get(_province_key(plan), ())) > 1


def _province_key(plan: Plan) -> str:
    """The province a plan is of (home_provinces), or a province plan's own name when it is no province of the list."""
    return home_province(plan) or (name_key(plan) if plan.level is Level.PROVINSI else "")


def _described(plan: Plan) -> str:
    """'Kota Bogor, kota, 2024': what a file was read as."""
    return ", ".join(str(part) for part in (plan.label, plan.level.value, plan.year) if part is not None)
