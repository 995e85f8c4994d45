"""Province-wide figures of a run with several kab/kota against one province: per kind, the province's items that are
the same as an item of at least one of them, and the overlap with all of them, every row counted once (pure)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from syncheck.grouping import strangers
from syncheck.messages import Count, render, say, share
from syncheck.models import LINKED_KINDS, Kind, Result
from syncheck.overlap_tally import DistinctItems, OverlapTally, PairOverlap
from syncheck.province_funded import province_funded_sentence
from syncheck.report_data import (
    PlanLookup,
    ReportView,
    group_positions,
    overlap_sentences,
)
from syncheck.sentences import english_nouns, unlocated_sentence
from syncheck.tally import distinct_count
from syncheck.values import name_order

#: a province group gets province-wide figures from this many kab/kota on (with one, they are its pair's)
GROUP_FROM = 2


@dataclass(frozen=True)
class GroupKind:
    """One kind over the group: the province's distinct items, and those the same as one of any kab/kota."""

    kind: Kind
    left_total: int
    same: int


@dataclass(frozen=True)
class GroupTotal:
    """A province against all its kab/kota of the run: per kind, and the overlap (``right`` names no kab/kota: '')."""

    left: str
    rights: tuple[str, ...]
    kinds: tuple[GroupKind, ...]
    overlap: PairOverlap
    left_file: str = ""  # the province plan's file, and its plan year: a run may hold two plans of one province
    right_files: tuple[str, ...] = ()
    year: int | None = None


def group_totals(result: Result, view: ReportView | None = None) -> list[GroupTotal]:
    """The province-wide figures of every province group with GROUP_FROM kab/kota or more of the province's own, in group
    order: a kab/kota that lies in another province (given by mistake, noted by grouping) is compared in its pair only."""
    view = view or ReportView(result)
    heads = {group[0]: _own_members(result, group) for group in group_positions(result) if result.plans[group[0]].level.is_province}
    heads = {head: members for head, members in heads.items() if len(members) >= GROUP_FROM}
    if not heads:
        return []
    same = _same_items(result, view.lookup, heads)
    found = []
    for head, group in heads.items():
        members = sorted(group, key=lambda index: name_order(result.plans[index].label))
        left, rights = result.plans[head].label, tuple(result.plans[index].label for index in members)
        # the pairs' tallies merged: the same rows counted once, as one pass over the group's overlaps would
        tally = OverlapTally.merged(view.tallies[(left, right)] for right in rights if (left, right) in view.tallies)
        kinds = tuple(GroupKind(kind, _left_total(result, head, rights, kind), len(same[head][kind])) for kind in LINKED_KINDS)
        files = tuple(result.plans[index].file for index in members)
        found.append(GroupTotal(left, rights, kinds, tally.total(left, ""), result.plans[head].file, files, result.plans[head].year))
    return found


def _own_members(result: Result, group: list[int]) -> tuple[int, ...]:
    """The positions of a province group's kab/kota but those the run knows lie in another province."""
    elsewhere = {id(plan) for plan, _home in strangers([result.plans[index] for index in group])}
    return tuple(index for index in group[1:] if id(result.plans[index]) not in elsewhere)


def _same_items(result: Result, lookup: PlanLookup, heads: dict[int, tuple[int, ...]]) -> dict[int, dict[Kind, set]]:
    """Per province (by plan position) and kind, its distinct items with an identical or similar link to any of its
    group's kab/kota (``heads``: province position -> its kab/kota's positions)."""
    items = DistinctItems(lookup)
    same: dict[int, dict[Kind, set]] = {head: {kind: set() for kind in LINKED_KINDS} for head in heads}
    seen: set[int] = set()  # a province row links to a row of each kab/kota: its item is counted once
    for link in result.links:
        if id(link.left) not in seen and link.relation.is_same and link.kind in LINKED_KINDS:
            index, ref = items.of(link.left)
            if index in same and lookup.index_of(link.right) in heads[index]:
                seen.add(id(link.left))
                same[index][link.kind].add(ref)
    return same


def _left_total(result: Result, head: int, rights: tuple[str, ...], kind: Kind) -> int:
    """The province's distinct items of the kind, as its pairs' headlines count them (a province given in several
    groups, a plan of each year, is told by its group's kab/kota)."""
    left = result.plans[head].label
    for summary in result.summaries:
        if summary.left == left and summary.right in rights and summary.kind is kind:
            return summary.left_total
    return distinct_count(list(result.plans[head].items_of(kind)))


def all_kab_kota(total: GroupTotal, lang: str) -> str:
    """'the 4 kab/kota together' ('semua 4 kab/kota'): the group's right side, in the place of a kab/kota's name."""
    return render(say("report.all_kab_kota", rights=Count(len(total.rights))), lang)


def group_headline(total: GroupTotal, figures: GroupKind, lang: str) -> str:
    """'Of the province's 263 sub-activities, 200 (76.0%) are the same as a sub-activity of at least one of the 4 kab/kota.'"""
    singular, plural, with_article = english_nouns(figures.kind)
    rights = Count(len(total.rights))
    if not figures.left_total:
        return render(say("report.group_none", kinds=plural), lang)
    key = "report.group_same_one" if figures.same == 1 else "report.group_same"
    message = say(
        key, total=Count(figures.left_total), kinds=singular if figures.left_total == 1 else plural, same=Count(figures.same),
        share=share(figures.same, figures.left_total), a_kind=with_article, rights=rights,
    )  # fmt: skip
    return render(message, lang)


def group_overlap_lines(total: GroupTotal, lang: str) -> list[str]:
    """The overlap with all the group's kab/kota as the pair sentences say it (with its part paid by Bantuan Keuangan
    Provinsi), that every row counts once, and the same sub kegiatan whose province rows name no place that can be
    checked."""
    overlap = replace(total.overlap, right=all_kab_kota(total, lang))
    lines = overlap_sentences(overlap, lang)
    if overlap.province_funded_budget:
        lines.append(province_funded_sentence(overlap.province_funded_budget, None, lang))
    lines.append(render(say("report.group_rows_once", rights=Count(len(total.rights))), lang))
    if overlap.unlocated:
        lines.append(unlocated_sentence(overlap.right, overlap.unlocated_budget, overlap.unlocated, lang))
    return lines
