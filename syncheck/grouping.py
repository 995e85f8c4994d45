"""Province groups of a compare run: each province with its kabupaten/kota files, whatever their order (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator

from .errors import UsageError
from .home_provinces import home_province
from .messages import say
from .models import Finding, Level, Plan, SourceRef
from .plan_parts import PAIRING, joined_parts


@dataclass
class _Grouper:
    """The state of grouping a stream of plans: the group read so far and the last complete one, not yet given out."""

    current: list[Plan] = field(default_factory=list)
    held: list[Plan] | None = None
    notes: list[Finding] = field(default_factory=list)
    given: int = 0
    read: list[str] = field(default_factory=list)  # the first files, named if nothing can be compared
    streamed: bool = False  # plans come a few at a time: a kab/kota put in another province's group stops the run
    provinces: int = 0  # the province files seen so far
    named: dict[str, list[Plan]] = field(default_factory=dict)  # the run's governments so far (a group's when streamed)

    def add(self, plan: Plan) -> Iterator[tuple[list[Plan], list[Finding]]]:
        """Take the next plan; give out the held group once the group after it is known to have a kab/kota."""
        if len(self.read) < 4:
            self.read.append(f"{plan.file}: {plan.label} ({plan.level.value})")
        if plan.level is Level.PROVINSI:
            self.provinces += 1
        if self.streamed:
            self._check_order(plan)
        if plan.level is Level.PROVINSI:
            self._add_province(plan)
            return
        if self._has_province() and len(self.current) == 1 and self.held is not None:
            yield self._give(self.held)
        self.current.append(plan)

    def _check_order(self, plan: Plan) -> None:
        """UsageError when, with two province files or more, the order puts a kab/kota in the group of another
        province than its own, or of another year when the next province file is its own province's of its year."""
        if plan.level is not Level.PROVINSI:
            if self.provinces >= 2:
                _check_homes([self.current[0], plan])
            return
        if self.provinces == 2:
            _check_homes(self.current)  # the first group, with the kab/kota given before any province
        for group in (self.held, self.current):  # the groups not given out yet
            if group and group[0].level is Level.PROVINSI:
                _check_years(group, plan)

    def _add_province(self, plan: Plan) -> None:
        """A province ends the group before it, or heads the kab/kota files given before any province."""
        if not self._has_province():
            self.notes.extend(_moved_note(moved, plan) for moved in self.current)
            self.current = [plan, *self.current]
            return
        if len(self.current) == 1:
            self.notes.append(_lone_note(self.current[0]))
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
            self.notes.append(_lone_note(self.current[0]))
        if self.held is not None:
            yield self._give(self.held)
        if not self.given:
            raise UsageError(_no_pair_message(self.read))

    def _has_province(self) -> bool:
        return bool(self.current) and self.current[0].level is Level.PROVINSI

    def _give(self, group: list[Plan]) -> tuple[list[Plan], list[Finding]]:
        """A complete group with the notes gathered since the last one."""
        group, joined = joined_parts(group)
        group, renamed = _distinct_labels(group, {} if self.streamed else self.named)
        notes, self.notes, self.held = self.notes + joined + renamed, [], None
        self.given += 1
        return group, notes


def _distinct_labels(group: list[Plan], named: dict[str, list[Plan]]) -> tuple[list[Plan], list[Finding]]:
    """The group with a government given by a second file shown as 'Kota Batu (2)', noted: kept apart, so that
    the two files' figures are never added up as one government's (a plan given with its revision, a copy, or
    another year's plan in another group). ``named``: the plans named so far, by their government's name."""
    out: list[Plan] = []
    notes: list[Finding] = []
    for position, plan in enumerate(group):
        same = named.setdefault(" ".join(plan.label.casefold().split()), [])
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
        return _note(plan, say("grouping.other_year", **fields, year=plan.year, first_year=earlier.year))
    return _note(plan, say("grouping.same_government", **fields))


def province_groups(plans: Iterable[Plan], streamed: bool = False) -> Iterator[tuple[list[Plan], list[Finding]]]:
    """([province, kab/kota...], notes) per group, as soon as each is complete; UsageError when no group has a pair.

    A province file starts a group and the kab/kota files after it join it; kab/kota files given
    before any province join the first province's group (noted). A province with no kab/kota file is
    left out (noted). With no province file at all, the first file is the higher level (noted).
    ``streamed``: the plans are not held to be regrouped (group_plans), so in a run of several province
    files a kab/kota of a known province that the order puts in another province's group, or with its province's
    plan of another year when the plan of its year comes next, is a UsageError.
    """
    grouper = _Grouper(streamed=streamed)
    for plan in plans:
        yield from grouper.add(plan)
    yield from grouper.finish()


def group_plans(plans: Iterable[Plan]) -> tuple[list[list[Plan]], list[Finding]]:
    """Every province group of the plans, and every note on how they were grouped.

    With several province files, a kab/kota that data/kabkota.csv places in a province given joins that
    province's file (of its plan year when there is one), whatever the order of the files (noted).
    """
    ordered, notes = _by_home_province(list(plans))
    groups: list[list[Plan]] = []
    for group, group_notes in province_groups(ordered):
        groups.append(group)
        notes.extend(group_notes)
    return groups, notes + _elsewhere_notes(groups)


def _by_home_province(plans: list[Plan]) -> tuple[list[Plan], list[Finding]]:
    """The plans ordered so that each kab/kota follows the file of the province it lies in, when the run has several
    province files and that province's among them; any other kab/kota keeps its place (province_groups' rule)."""
    heads = [index for index, plan in enumerate(plans) if plan.level is Level.PROVINSI]
    if len(heads) < 2:
        return plans, []
    homes = {index: home_province(plans[index]) for index in heads}
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
        if chosen != by_order:
            notes.append(_note(plan, say("grouping.by_province", government=plan.label, file=plans[chosen].file, province=home)))
    return [plans[index] for index in ahead] + [plans[index] for head in heads for index in (head, *joins[head])], notes


def _home_file(plan: Plan, index: int, candidates: list[int], plans: list[Plan]) -> int | None:
    """Of the province files of the kab/kota's own province, those of its plan year if any; of them the last one given
    before it (the order's choice), else the first; None when its province has no file."""
    same_year = [head for head in candidates if plan.year is not None and plans[head].year == plan.year] or candidates
    before = [head for head in same_year if head < index]
    return before[-1] if before else next(iter(same_year), None)


def _elsewhere_notes(groups: list[list[Plan]]) -> list[Finding]:
    """A note for each kab/kota compared with a province other than the one it lies in (its own is not given)."""
    return [_note(plan, say("grouping.other_province", government=plan.label, province=home, group=group[0].label))
            for group in groups for plan, home in _strangers(group)]  # fmt: skip


def _strangers(group: list[Plan]) -> Iterator[tuple[Plan, str]]:
    """Each kab/kota of a group that lies in another province than the group's province, with the one it lies in."""
    own = home_province(group[0]) if group and group[0].level is Level.PROVINSI else ""
    for plan in group[1:]:
        home = home_province(plan)
        if own and home and home != own:
            yield plan, home


def _check_years(group: list[Plan], province: Plan) -> None:
    """UsageError when a kab/kota of the group is of the year of ``province``, its own province's plan, not of the
    year of the group's province (a streamed run)."""
    home = home_province(province)
    if group[0].year is None or not home:
        return  # (a province plan of no known year is of no other year)
    for plan in group[1:]:
        if plan.year is not None and plan.year == province.year != group[0].year and home_province(plan) == home:
            fields = {"file": plan.file, "government": plan.label, "year": plan.year, "group": group[0].label}
            raise UsageError(say("error.kabkota_other_year", **fields, group_year=group[0].year, province_file=province.file))


def _check_homes(group: list[Plan]) -> None:
    """UsageError when a kab/kota of a known province is in the group of another province (a streamed run)."""
    stranger = next(_strangers(group), None)
    if stranger is not None:
        plan, home = stranger
        raise UsageError(say("error.kabkota_elsewhere", file=plan.file, government=plan.label, province=home, group=group[0].label))


def _note(plan: Plan, message: str) -> Finding:
    """A note about a whole file."""
    return Finding(SourceRef(plan.file, "", 0), message, kind=PAIRING)


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
