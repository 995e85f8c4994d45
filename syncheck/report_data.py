"""Deterministic views of a Result shared by the JSON, console and workbook writers (pure)."""

from __future__ import annotations

from collections import Counter
from functools import cached_property
from typing import TYPE_CHECKING, Any

from syncheck.messages import render
from syncheck.models import LINKED_KINDS, Finding, Item, Kind, Link, Overlap, Plan, Relation, Result, SourceRef, Summary
from syncheck.overlap_tally import OverlapTally, PairOverlap, gather_overlaps
from syncheck.province_funded import province_funded_sentence
from syncheck.sentences import overlap_sentence, partly_unstated_sentence, shared_sentence, unlocated_sentence, unstated_sentence

if TYPE_CHECKING:
    from syncheck.group_totals import GroupTotal

#: report order of the kinds: program < kegiatan < sub kegiatan (context kinds last)
KIND_ORDER: dict[Kind, int] = {
    Kind.PROGRAM: 0,
    Kind.KEGIATAN: 1,
    Kind.SUB_KEGIATAN: 2,
    Kind.URUSAN: 3,
    Kind.BIDANG: 4,
}


def overlap_sentences(total: PairOverlap, lang: str, left: str | None = None) -> list[str]:
    """The pair's overlap headline: the amount (and what of it is flagged as implausible), or, when no overlapping
    province row states a budget of its own, that it is not stated; then how many are left out of the amount for that."""
    if total.budget_unstated:
        above, levels = total.unstated_parent_budget, total.unstated_parents
        return [unstated_sentence(total.right, total.count, lang, left=left, above=above, levels=levels)]
    found = [
        overlap_sentence(
            total.right, total.left_budget, total.count, lang, left=left, flagged=total.implausible, flagged_amount=total.implausible_budget
        )
    ]
    if total.unstated:
        found.append(partly_unstated_sentence(total.unstated, lang, above=total.unstated_parent_budget, levels=total.unstated_parents))
    return found


def pair_overlap_lines(total: PairOverlap, lang: str, left: str | None) -> list[str]:
    """The pair's overlap sentence, then what of it is on shared rows, on rows the province funds and what could not be
    placed, when any: all the console says of the pair's overlap (and the JSON's and the workbook's sentence)."""
    lines = overlap_sentences(total, lang, left)
    if total.shared_budget:
        lines.append(shared_sentence(total.shared_budget, lang, left=left))
    if total.province_funded_budget:
        lines.append(province_funded_sentence(total.province_funded_budget, total.right, lang))
    if total.unlocated:
        lines.append(unlocated_sentence(total.right, total.unlocated_budget, total.unlocated, lang, left=left))
    return lines


class PlanLookup:
    """Finds the plan (and so the government) an item of the result came from."""

    def __init__(self, result: Result) -> None:
        self._plans = result.plans
        self._by_id: dict[int, int] = {}  # links hold the plans' own items, so identity finds nearly all
        self._by_item: dict[Item, int] | None = None  # hashing every Item is slow: built only when needed
        self._by_file: dict[str, int] = {}
        self._labels: dict[int, str] = {}  # the writers ask for a row's government several times a row
        for index, plan in enumerate(result.plans):
            for part in plan.parts or (plan,):
                self._by_file.setdefault(part.file, index)
            for item in plan.items:
                self._by_id.setdefault(id(item), index)
        for item_id, index in self._by_id.items():
            self._labels[item_id] = result.plans[index].label

    def index_of(self, item: Item) -> int:
        """Position of the item's plan in the result, or len(plans) when unknown."""
        found = self._by_id.get(id(item))
        if found is None:
            found = self._equal_items().get(item)
        if found is None:
            found = self._by_file.get(item.ref.file, len(self._plans))
        return found

    def _equal_items(self) -> dict[Item, int]:
        """Plan position by item equality, for items that are copies of the plans' own."""
        if self._by_item is None:
            self._by_item = {}
            for index, plan in enumerate(self._plans):
                for item in plan.items:
                    self._by_item.setdefault(item, index)
        return self._by_item

    def plan_of(self, item: Item) -> Plan | None:
        """The item's plan, or None when the item is in no plan of the result."""
        index = self.index_of(item)
        return self._plans[index] if index < len(self._plans) else None

    def government(self, item: Item) -> str:
        """The name of the item's government (its file name when no plan is known)."""
        found = self._labels.get(id(item))
        if found is None:
            plan = self.plan_of(item)
            found = plan.label if plan else item.ref.file
        return found


class ReportView:
    """What every writer asks of a result, worked out once: the plan lookup, links and overlaps in report order."""

    def __init__(self, result: Result) -> None:
        self.result = result
        self.lookup = PlanLookup(result)

    @cached_property
    def links(self) -> list[Link]:
        """ordered_links of the result."""
        return ordered_links(self.result, self.lookup)

    @cached_property
    def overlaps(self) -> list[Overlap]:
        """ordered_overlaps of the result."""
        return ordered_overlaps(self.result, self.lookup)

    @cached_property
    def warnings(self) -> list[Finding]:
        """all_warnings of the result (the console counts them, both files list them)."""
        return all_warnings(self.result)

    @cached_property
    def tallies(self) -> dict[tuple[str, str], OverlapTally]:
        """pair_tallies of the result: the pairs' totals, and the province-wide ones merged from them."""
        return pair_tallies(self.result, self.lookup)

    @cached_property
    def groups(self) -> list[GroupTotal]:
        """group_totals of the result (the workbook's summary, the console and the JSON show them)."""
        from syncheck.group_totals import group_totals  # (group_totals builds on this module)

        return group_totals(self.result, self)

    @cached_property
    def totals(self) -> list[PairOverlap]:
        """overlap_totals of the result (the workbook's summary and the console both show them)."""
        return [tally.total(left, right) for (left, right), tally in self.tallies.items()]


def source_text(ref: SourceRef) -> str:
    """'file.xlsx!Sheet1!14': where a reviewer finds the row."""
    return f"{ref.file}!{ref.sheet}!{ref.row}"


def item_key(item: Item) -> tuple[str, str]:
    """What makes rows one distinct item: the canonical code, else the name."""
    if item.code is not None:
        return item.kind.value, "code:" + item.code.text
    return item.kind.value, "name:" + " ".join(item.name.casefold().split())


def ordered_links(result: Result, lookup: PlanLookup | None = None) -> list[Link]:
    """Links by (right file, kind, left row, right row); ties keep the given order."""
    lookup = lookup or PlanLookup(result)

    def key(link: Link) -> tuple:
        return (
            lookup.index_of(link.right),
            link.right.ref.file,
            KIND_ORDER[link.kind],
            link.left.ref.row,
            link.right.ref.row,
            link.left.ref.sheet,
            link.right.ref.sheet,
        )

    return sorted(result.links, key=key)


def ordered_overlaps(result: Result, lookup: PlanLookup | None = None) -> list[Overlap]:
    """Overlaps by (right file, left row, right row); ties keep the given order."""
    lookup = lookup or PlanLookup(result)

    def key(overlap: Overlap) -> tuple:
        return (
            lookup.index_of(overlap.right),
            overlap.right.ref.file,
            overlap.left.ref.row,
            overlap.right.ref.row,
            overlap.left.ref.sheet,
            overlap.right.ref.sheet,
        )

    return sorted(result.overlaps, key=key)


def pairs(result: Result) -> list[tuple[str, str]]:
    """(left, right) government pairs: as the summaries first name them, else left vs each right."""
    found: list[tuple[str, str]] = []
    for summary in result.summaries:
        if (summary.left, summary.right) not in found:
            found.append((summary.left, summary.right))
    if not found:
        found = [(group[0].label, plan.label) for group in result.groups for plan in group[1:]]
    return found


def pair_files(result: Result) -> dict[tuple[str, str], dict[str, Any]]:
    """Per pair of governments (as the summaries name them), the JSON keys naming its files and the province plan's
    year: a national run may hold two plans of one province, each with its own kab/kota."""
    return {
        (group[0].label, plan.label): {"left_file": group[0].file, "right_file": plan.file, "year": group[0].year}
        for group in result.groups for plan in group[1:]
    }  # fmt: skip


def ordered_summaries(result: Result) -> list[Summary]:
    """Summaries pair by pair (as first named), program < kegiatan < sub kegiatan within a pair."""
    order = {pair: index for index, pair in enumerate(pairs(result))}
    return sorted(result.summaries, key=lambda s: (order[(s.left, s.right)], KIND_ORDER[s.kind]))


def is_province(result: Result, government: str) -> bool:
    """True when the named government's plan is provincial (True when no plan has that name)."""
    for plan in result.plans:
        if plan.label == government:
            return plan.level.is_province
    return True


def overlap_totals(result: Result) -> list[PairOverlap]:
    """Per pair: distinct overlapping sub kegiatan and both budgets (each row counted once), the part of the
    province budget on shared rows, and the same sub kegiatan whose location names no place to check."""
    return [tally.total(left, right) for (left, right), tally in pair_tallies(result).items()]


def pair_tallies(result: Result, lookup: PlanLookup | None = None) -> dict[tuple[str, str], OverlapTally]:
    """Per pair (left and right government), its overlaps and unlocated same rows gathered."""
    lookup = lookup or PlanLookup(result)
    tallies: dict[Any, OverlapTally] = {pair: OverlapTally() for pair in pairs(result)}
    gather_overlaps(result, lookup, tallies, lambda overlap: (lookup.government(overlap.left), lookup.government(overlap.right)))
    return tallies


def all_warnings(result: Result) -> list[Finding]:
    """The warnings of every plan (in plan order), then the run's own; exact repeats dropped."""
    return distinct_findings([w for plan in result.plans for w in plan.warnings] + list(result.warnings))


def distinct_findings(findings: list[Finding]) -> list[Finding]:
    """Findings with exact repeats (same row, same message) dropped, the first kept."""
    seen: set[tuple[str, str, int, str]] = set()
    found: list[Finding] = []
    for finding in findings:
        key = (finding.ref.file, finding.ref.sheet, finding.ref.row, finding.message)
        if key not in seen:
            seen.add(key)
            found.append(finding)
    return found


def group_positions(result: Result) -> list[list[int]]:
    """Positions in result.plans of each province group's plans (Result.groups), the province first."""
    found: list[list[int]] = []
    for group in result.groups:
        start = found[-1][-1] + 1 if found else 0
        found.append(list(range(start, start + len(group))))
    return found


def unmatched_items(result: Result, lookup: PlanLookup | None = None) -> list[tuple[Plan, bool, Item]]:
    """(plan, is_left, item) for every linked-kind row that no identical, similar or counterpart link joins;
    is_left is True for the rows of every province group's own province.

    lookup is accepted like the other views take it, but rows are matched by identity, not by plan.
    """
    # per row, not per distinct item: a repeated row that no link reaches would otherwise be in no sheet.
    # Rows are told apart by identity: the same file given twice has equal rows in two plans.
    linked = {id(side) for link in result.links if link.relation is not Relation.REVIEW for side in (link.left, link.right)}
    heads = {group[0] for group in group_positions(result)}
    return [
        (plan, index in heads, item)
        for index, plan in enumerate(result.plans)
        for kind in LINKED_KINDS
        for item in plan.items_of(kind)
        if id(item) not in linked
    ]


def program_matrix(result: Result, lookup: PlanLookup | None = None) -> tuple[list[str], list[tuple[Item, list[bool | None]]]]:
    """Column names (every kab/kota, group by group) and, per distinct program of each province in turn, whether
    it links as same with each column's kab/kota: True or False for its own group's, None for another province's."""
    lookup = lookup or PlanLookup(result)
    same = {
        (lookup.index_of(link.left), item_key(link.left), lookup.index_of(link.right))
        for link in result.links
        if link.kind is Kind.PROGRAM and link.relation.is_same
    }
    groups = group_positions(result)
    columns = [index for group in groups for index in group[1:]]
    rows: list[tuple[Item, list[bool | None]]] = []
    for head, *members in groups:
        seen: set[tuple[str, str]] = set()
        for item in result.plans[head].items_of(Kind.PROGRAM):
            key = item_key(item)
            if key not in seen:
                seen.add(key)
                rows.append((item, [(head, key, index) in same if index in members else None for index in columns]))
    return [result.plans[index].label for index in columns], rows


def items_per_kind(plan: Plan) -> dict[Kind, int]:
    """Item rows of every kind (zeros included), in the order of the Kind enum."""
    counts = Counter(item.kind for item in plan.items)
    return {kind: counts.get(kind, 0) for kind in Kind}


def kind_counts(plan: Plan) -> dict[str, int]:
    """Item rows per kind as the JSON 'rows' block counts them."""
    per_kind = items_per_kind(plan)
    counts = {kind.value: per_kind[kind] for kind in LINKED_KINDS}
    counts["other"] = sum(number for kind, number in per_kind.items() if kind not in LINKED_KINDS)
    counts["skipped"] = plan.skipped_rows
    return counts


def plan_json(plan: Plan) -> dict[str, Any]:
    """What every JSON document says first about an input file."""
    return {
        "file": plan.file,
        "sha256": plan.sha256,
        "government": plan.government,
        "level": plan.level.value,
        "year": plan.year,
        "rows_read": plan.rows_read,
    }


def warning_cells(finding: Finding, lang: str) -> list[Any]:
    """One warning as the workbooks' warning sheets list it: file, sheet, row (empty for a whole sheet or file), message."""
    ref = finding.ref
    return [ref.file, ref.sheet, ref.row or None, render(finding.message, lang)]


def warning_json(finding: Finding) -> dict[str, Any]:
    """One warning as the JSON documents list it; a note on a whole sheet, file or run has no row, sheet or file (null)."""
    ref = finding.ref
    return {"file": ref.file or None, "sheet": ref.sheet or None, "row": ref.row or None, "message": finding.message}
