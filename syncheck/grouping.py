"""Province groups of a compare run: each province with its kabupaten/kota files, whatever their order (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator

from .errors import UsageError
from .messages import say
from .models import Finding, Level, Plan, SourceRef

PAIRING = "pairing"  # Finding.kind of the notes on how files were grouped


@dataclass
class _Grouper:
    """The state of grouping a stream of plans: the group read so far and the last complete one, not yet given out."""

    current: list[Plan] = field(default_factory=list)
    held: list[Plan] | None = None
    notes: list[Finding] = field(default_factory=list)
    given: int = 0
    read: list[str] = field(default_factory=list)  # the first files, named if nothing can be compared

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
        group, renamed = _distinct_labels(group)
        notes, self.notes, self.held = self.notes + renamed, [], None
        self.given += 1
        return group, notes


def _distinct_labels(group: list[Plan]) -> tuple[list[Plan], list[Finding]]:
    """The group with a government given by a second file shown as 'Kota Batu (2)', noted: kept apart, so that
    the two files' figures are never added up as one government's (a plan given with its revision, a copy)."""
    named: dict[str, list[Plan]] = {}  # the group's plans by their government's name
    out: list[Plan] = []
    notes: list[Finding] = []
    for plan in group:
        same = named.setdefault(" ".join(plan.label.casefold().split()), [])
        if same:
            # a bracketed number names no place: the file is still read as the kab/kota it is ('Kota Batu')
            plan = replace(plan, government=f"{plan.label} ({len(same) + 1})")
            notes.append(_note(plan, say("grouping.same_government", first=same[0].file, government=same[0].label, label=repr(plan.label))))
        same.append(plan)
        out.append(plan)
    return out, notes


def province_groups(plans: Iterable[Plan]) -> Iterator[tuple[list[Plan], list[Finding]]]:
    """([province, kab/kota...], notes) per group, as soon as each is complete; UsageError when no group has a pair.

    A province file starts a group and the kab/kota files after it join it; kab/kota files given
    before any province join the first province's group (noted). A province with no kab/kota file is
    left out (noted). With no province file at all, the first file is the higher level (noted).
    """
    grouper = _Grouper()
    for plan in plans:
        yield from grouper.add(plan)
    yield from grouper.finish()


def group_plans(plans: Iterable[Plan]) -> tuple[list[list[Plan]], list[Finding]]:
    """Every province group of the plans, and every note on how they were grouped."""
    groups: list[list[Plan]] = []
    notes: list[Finding] = []
    for group, group_notes in province_groups(plans):
        groups.append(group)
        notes.extend(group_notes)
    return groups, notes


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
