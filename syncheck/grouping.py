"""Province groups of a compare run: each province with its kabupaten/kota files, whatever their order (pure)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator

from .errors import UsageError
from .home_provinces import home_province
from .messages import Count, joined, say
from .models import Finding, Level, Plan, SourceRef
from .values import name_order
from .plan_parts import PAIRING, REGROUPED, YEAR_LABEL, joined_parts, name_key


@dataclass
class _Grouper:
    """The state of grouping a stream of plans: the group read so far and the last complete one, not yet given out."""

    current: list[Plan] = field(default_factory=list)
    held: list[Plan] | None = None
    notes: list[Finding] = field(default_factory=list)
    given: int = 0
    read: list[str] = field(default_factory=list)  # the first files, named if nothing can be compared
    streamed: bool = False  # plans come a few at a time, ordered beforehand (run_order): no government is named apart across groups
    named: dict[str, list[Plan]] = field(default_factory=dict)  # the run's governments so far (a group's when streamed)
    known: OrderNotes = field(default_factory=lambda: OrderNotes({}, {}))  # notes of a run ordered beforehand (run_order)

    def add(self, plan: Plan) -> Iterator[tuple[list[Plan], list[Finding]]]:
        """Take the next plan; give out the held group once the group after it is known to have a kab/kota."""
        if len(self.read) < 4:
            self.read.append(f"{plan.file}: {plan.label} ({plan.level.value})")
        if plan.level is Level.PROVINSI:
            self._add_province(plan)
            return
        if self._has_province() and len(self.current) == 1 and self.held is not None:
            yield self._give(self.held)
        self.current.append(plan)

    def _add_province(self, plan: Plan) -> None:
        """A province ends the group before it, or heads the kab/kota files given before any province."""
        if not self._has_province():
            self.notes.extend(_moved_note(moved, plan) for moved in self.current)
            self.current = [plan, *self.current]
            return
        if len(self.current) == 1:
            self.notes.extend(self._lone(self.current[0]))
        else:
            self.held = self.current
        self.current = [plan]

    def finish(self) -> Iterator[tuple[list[Plan], list[Finding]]]:
        """The last groups; UsageError when the run has no province-kab/kota pair at all."""
        if not self._has_province() and len(self.current) > 1:
            self.notes.append(_not_province_note(self.current[0]))
            yield self._give(self.current)
            return
        if self._has_province() and len(self.current) > 1:
            yield self._give(self.current)
            return
        if self.current and self._has_province():
            self.notes.extend(self._lone(self.current[0]))
        if self.held is not None:
            yield self._give(self.held)
        if not self.given:
            raise UsageError(_no_pair_message(self.read))

    def _has_province(self) -> bool:
        return bool(self.current) and self.current[0].level is Level.PROVINSI

    def _lone(self, plan: Plan) -> list[Finding]:
        """The notes on a province file left without kab/kota: why (the run's own reason when it has one), and those on its file."""
        return [self.known.instead.get(plan.file) or _lone_note(plan), *self.known.by_file.pop(plan.file, [])]

    def _give(self, group: list[Plan]) -> tuple[list[Plan], list[Finding]]:
        """A complete group with the notes gathered since the last one."""
        known = [note for plan in group for note in self.known.by_file.pop(plan.file, [])]
        group, left_out = _other_years_left_out(group)
        group, joined = joined_parts(group)
        group, renamed = _distinct_labels(group, {} if self.streamed else self.named)
        notes, self.notes, self.held = self.notes + known + left_out + joined + renamed, [], None
        self.given += 1
        return group, notes


@dataclass(frozen=True)
class OrderNotes:
    """Notes on how a run's files were ordered before they are grouped: ``by_file``, given with the group holding that
    file; ``instead``, the note on a province file left without kab/kota that says why, in place of _lone_note."""

    by_file: dict[str, list[Finding]]
    instead: dict[str, Finding]


def _other_years_left_out(group: list[Plan]) -> tuple[list[Plan], list[Finding]]:
    """The group without each kab/kota plan of another year than its province's plan when the group holds a plan of
    that kab/kota of the province's year, which is the one compared (noted)."""
    head = group[0]
    of_year = {name_key(plan): plan for plan in group[1:] if head.year is not None and plan.year == head.year}
    kept, notes = [head], []
    for plan in group[1:]:
        other = of_year.get(name_key(plan)) if plan.year not in (None, head.year) else None
        if other is None:
            kept.append(plan)
            continue
        fields = {"government": plan.label, "year": plan.year, "file": plan.file, "province": head.label}
        notes.append(_note(plan, say("grouping.other_year_left_out", **fields, province_file=head.file, province_year=head.year, other=other.file)))
    return kept, notes


def plan_name(plan: Plan) -> str:
    """'Provinsi Jawa Barat 2025': a government and its plan year (when known), as notes name a plan among several."""
    return f"{plan.label} {plan.year}" if plan.year is not None else plan.label


def _distinct_labels(group: list[Plan], named: dict[str, list[Plan]]) -> tuple[list[Plan], list[Finding]]:
    """The group with a government given by a second file shown as 'Kota Batu (2)', noted: kept apart, so that
    the two files' figures are never added up as one government's (a plan given with its revision, a copy, or
    another year's plan in another group). ``named``: the plans named so far, by their government's name."""
    out: list[Plan] = []
    notes: list[Finding] = []
    for position, plan in enumerate(group):
        same = named.setdefault(name_key(plan), [])
        if same and position:  # a group's province is never renamed: its name is its place
            # a bracketed number names no place: the file is still read as the kab/kota it is ('Kota Batu'); another
            # year's plan is told apart by its year, which a reviewer reads at once ('Kabupaten Demak (2024)')
            other_year = plan.year is not None and all(earlier.year not in (None, plan.year) for earlier in same)
            # the plan it is kept apart from: the first, of another year; else the last of its own year (a second file)
            earlier = same[0] if other_year else next((other for other in reversed(same) if other.year == plan.year), same[-1])
            plan = replace(plan, government=f"{plan.label} ({plan.year if other_year else len(same) + 1})")
            notes.append(_again_note(plan, same[0].label, earlier, other_year))
        same.append(plan)
        out.append(plan)
    return out, notes


def _again_note(plan: Plan, government: str, earlier: Plan, other_year: bool) -> Finding:
    """A government given again, shown under another name: another year's plan, or a second file of one plan
    (``earlier``: the plan it is kept apart from)."""
    fields = {"first": earlier.file, "government": government, "label": repr(plan.label)}
    if other_year:
        return _note(plan, say("grouping.other_year", **fields, year=plan.year, first_year=earlier.year), YEAR_LABEL)
    return _note(plan, say("grouping.same_government", **fields))


def province_groups(
    plans: Iterable[Plan], streamed: bool = False, known: OrderNotes | None = None
) -> Iterator[tuple[list[Plan], list[Finding]]]:
    """([province, kab/kota...], notes) per group, as soon as each is complete; UsageError when no group has a pair.

    A province file starts a group and the kab/kota files after it join it; kab/kota files given
    before any province join the first province's group (noted). A province with no kab/kota file is
    left out (noted). With no province file at all, the first file is the higher level (noted). A kab/kota plan of
    another year than its province's is left out when the group holds that kab/kota's plan of the province's year (noted).
    ``streamed``: the plans come a few at a time, in an order made beforehand (run_order) as group_plans would
    regroup them, and each group is released once given: a kab/kota of one name in two groups is not named apart.
    ``known``: notes on how the run was ordered beforehand, given with the groups.
    """
    # (the notes are given out once each: the caller's own lists are left as they are)
    grouper = _Grouper(streamed=streamed, known=OrderNotes({file: list(found) for file, found in known.by_file.items()}, known.instead) if known else OrderNotes({}, {}))
    for plan in plans:
        yield from grouper.add(plan)
    yield from grouper.finish()


def group_plans(plans: Iterable[Plan], unordered: frozenset[str] = frozenset()) -> tuple[list[list[Plan]], list[Finding]]:
    """Every province group of the plans, and every note on how they were grouped.

    A file of the same content as an earlier one is compared once (noted). With several province files, a kab/kota
    that data/kabkota.csv places in a province given joins that province's file (of its plan year when there is one),
    whatever the order of the files (noted, unless its path is in ``unordered``: a folder's files, in no order chosen).
    """
    plans, copies = same_content(list(plans))
    ordered, notes, instead = by_home_province(plans, unordered)
    groups: list[list[Plan]] = []
    try:
        for group, group_notes in province_groups(ordered, known=OrderNotes({}, instead)):
            groups.append(group)
            notes.extend(group_notes)
    except UsageError as error:
        if not copies:
            raise
        # nothing left to compare once a copy is left out: the error says so, as the note would have
        left_out = (say("grouping.copy_left_out", file=note.ref.file, note=note.message) for note in copies)
        raise UsageError(joined(error.message, *left_out)) from error
    return groups, copies + notes + _elsewhere_notes(groups)


def same_content(plans: list[Plan]) -> tuple[list[Plan], list[Finding]]:
    """The plans without each file of the same content (SHA-256) as an earlier one, left out with a note: one plan
    given twice, as a copy under another name, is compared once."""
    first: dict[tuple[str, tuple[str, ...]], Plan] = {}
    kept, notes = [], []
    for plan in plans:
        # (the plans a workbook of several holds share its content, each on sheets of its own)
        earlier = first.setdefault((plan.sha256, tuple(sheet.name for sheet in plan.sheets)), plan) if plan.sha256 else plan
        if earlier is plan:
            kept.append(plan)
        else:
            notes.append(_note(plan, say("grouping.same_content", original=earlier.file)))
    return kept, notes


def by_home_province(plans: list[Plan], unordered: frozenset[str] = frozenset()) -> tuple[list[Plan], list[Finding], dict[str, Finding]]:
    """The plans ordered so that each kab/kota follows the file of the province it lies in, when the run has several
    province files and that province's among them; any other kab/kota keeps its place (province_groups' rule). With
    the notes on the kab/kota so moved (not on those whose path is in ``unordered``), and, by file, the note on a
    province file left without kab/kota because another plan of that province and year has them."""
    heads = [index for index, plan in enumerate(plans) if plan.level is Level.PROVINSI]
    if len(heads) == 1:
        # one province: every kab/kota is compared with it, whatever the order (a folder sorts 'kab_' before 'provinsi_')
        return [plans[heads[0]], *(plan for index, plan in enumerate(plans) if index != heads[0])], [], {}
    if len(heads) < 2:
        return plans, [], {}
    homes = {index: home_province(plans[index]) for index in heads}
    folder = {os.path.abspath(path) for path in unordered}
    joins: dict[int, list[int]] = {head: [] for head in heads}
    ahead: list[int] = []  # given before any province file, of no province given: the first province's (noted there)
    notes: list[Finding] = []
    for index, plan in enumerate(plans):
        if plan.level is Level.PROVINSI:
            continue
        by_order = max((head for head in heads if head < index), default=None)
        home = home_province(plan)
        chosen = _home_file(plan, index, [head for head in heads if home and homes[head] == home], plans)
        if chosen is None:
            (joins[by_order] if by_order is not None else ahead).append(index)
            continue
        joins[chosen].append(index)
        # a folder's files come in no order the user chose: grouping them by province moves nothing they gave
        if chosen != by_order and os.path.abspath(plan.path) not in folder:
            notes.append(_note(plan, say("grouping.by_province", government=plan.label, file=plans[chosen].file, province=home), REGROUPED))
    ordered = [plans[index] for index in ahead] + [plans[index] for head in heads for index in (head, *joins[head])]
    joined = {plans[head].file for head in heads if joins[head] or (ahead and head == heads[0])}  # (those ahead join the first)
    return ordered, notes, _other_plans_notes([plans[head] for head in heads], joined)


def _other_plans_notes(provinces: list[Plan], joined: set[str]) -> dict[str, Finding]:
    """By file, the note on a province plan with no kab/kota while another plan of its province and year has them."""
    found: dict[str, Finding] = {}
    for plan in provinces:
        others = [other.file for other in provinces if other.file in joined and (name_key(other), other.year) == (name_key(plan), plan.year)]
        if plan.file not in joined and others:
            found[plan.file] = _note(plan, say("grouping.other_plan", plan=plan_name(plan), file=plan.file, others=", ".join(others)))
    return found


def _home_file(plan: Plan, index: int, candidates: list[int], plans: list[Plan]) -> int | None:
    """Of the province files of the kab/kota's own province, those of its plan year if any; of them the last one given
    before it (the order's choice), else the first; None when its province has no file."""
    same_year = [head for head in candidates if plan.year is not None and plans[head].year == plan.year] or candidates
    before = [head for head in same_year if head < index]
    return before[-1] if before else next(iter(same_year), None)


def group_notes(groups: Iterable[tuple[Plan, ...] | list[Plan]], findings: Iterable[Finding]) -> list[Finding]:
    """One note per province group holding a kab/kota that joined it whatever the order (the REGROUPED notes), naming
    its kab/kota: what the console shows of those notes, one line a province instead of one a file."""
    moved = {finding.ref.file for finding in findings if finding.kind == REGROUPED}
    found = []
    for group in groups:
        files = {part.file for plan in group[1:] for part in plan.parts or (plan,)}
        if files & moved:
            names = sorted((plan.label for plan in group[1:]), key=name_order)
            fields = {"province": plan_name(group[0]), "count": Count(len(names)), "governments": ", ".join(names)}
            found.append(_note(group[0], say("grouping.province_group", **fields)))
    return found


def year_label_notes(plans: Iterable[Plan], findings: Iterable[Finding]) -> list[Finding]:
    """One note per government with plans of several years, some shown under their year (the YEAR_LABEL notes): what
    the console shows of those notes, one line a government instead of one a file."""
    renamed = {finding.ref.file for finding in findings if finding.kind == YEAR_LABEL}
    by_government: dict[str, list[Plan]] = {}
    for plan in plans:
        if plan.level is not Level.PROVINSI:
            by_government.setdefault(name_key(plan) if plan.file not in renamed else name_key(plan).rsplit(" (", 1)[0], []).append(plan)
    found = []
    for same in by_government.values():
        if any(plan.file in renamed for plan in same):
            years = ", ".join(sorted({str(plan.year) for plan in same if plan.year is not None}))
            fields = {"count": Count(len(same)), "government": same[0].label, "years": years}
            found.append(_note(same[0], say("grouping.years_shown", **fields, labels=", ".join(repr(plan.label) for plan in same))))
    return found


def _elsewhere_notes(groups: list[list[Plan]]) -> list[Finding]:
    """A note for each kab/kota compared with a province other than the one it lies in (its own is not given)."""
    return [_note(plan, say("grouping.other_province", government=plan.label, province=home, group=group[0].label))
            for group in groups for plan, home in strangers(group)]  # fmt: skip


def strangers(group: list[Plan]) -> Iterator[tuple[Plan, str]]:
    """Each kab/kota of a group that lies in another province than the group's province, with the one it lies in."""
    own = home_province(group[0]) if group and group[0].level is Level.PROVINSI else ""
    for plan in group[1:]:
        home = home_province(plan)
        if own and home and home != own:
            yield plan, home


def _note(plan: Plan, message: str, kind: str = PAIRING) -> Finding:
    """A note about a whole file."""
    return Finding(SourceRef(plan.file, "", 0), message, kind=kind)


def _moved_note(plan: Plan, province: Plan) -> Finding:
    """A kab/kota given before any province file."""
    return _note(plan, say("grouping.before_province", government=plan.label, province=province.label))


def _lone_note(plan: Plan) -> Finding:
    """A province with no kab/kota file after it."""
    return _note(plan, say("grouping.lone_province", government=plan.label))


def _not_province_note(plan: Plan) -> Finding:
    """No province given: the first file stands in for one."""
    return _note(plan, say("pipeline.not_province", government=plan.label))


def _no_pair_message(read: list[str]) -> str:
    """Why a run has nothing to compare."""
    return say("error.no_pair", files=", ".join(read) if read else say("error.no_file"))
