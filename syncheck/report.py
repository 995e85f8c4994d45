"""The run's outputs: the JSON contract, the console text and (re-exported) the review workbook."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any, Iterator

from syncheck import __version__
from syncheck.group_totals import GroupTotal, group_headline, group_overlap_lines
from syncheck.console_groups import console_groups
from syncheck.jsonout import Encoded, document_text, encode_text, flat_json, write_document
from syncheck.messages import render
from syncheck.models import Choice, Item, Kind, Link, Overlap, Plan, Relation, Result, Summary
from syncheck.overlap_tally import CountedRows, PairOverlap
from syncheck.province_funded import funded_by_province
from syncheck.report_data import (
    ReportView,
    is_province,
    kind_counts,
    ordered_summaries,
    pair_overlap_lines,
    pair_files,
    pairs,
    plan_json,
    warning_json,
)
from syncheck.sentences import check_lang, headline, kind_label, label
from syncheck.values import format_count, format_percent
from syncheck.workbook import write_workbook
from syncheck.workers import bulk_phase, run_alongside

__all__ = ["result_to_json", "write_json", "write_workbook", "write_outputs", "render_console"]

SCHEMA = 1


def result_to_json(result: Result) -> dict[str, Any]:
    """The result as the `syncheck compare --json` contract (schema 1); same input, same output."""
    document = result_document(result)
    return {key: list(value) if isinstance(value, Iterator) else value for key, value in document.items()}


def result_document(result: Result, view: ReportView | None = None, encoded: bool = False) -> dict[str, Any]:
    """result_to_json with the links and overlaps as iterators, for writing without holding them all.

    ``encoded``: the links come as their JSON text (for the writers), not as dicts.
    """
    view = view or ReportView(result)
    encoder = RecordEncoder()
    counted = CountedRows(view.lookup, view.overlaps)  # the overlaps are written once, in this order
    files = pair_files(result)
    return {
        "syncheck_version": __version__,
        "schema": SCHEMA,
        "inputs": [_input_json(part, plan.government) for plan in result.plans for part in plan.parts or (plan,)],
        "summary": [_summary_json(result, summary, files) for summary in ordered_summaries(result)],
        "links": map(encoder.link, view.links) if encoded else map(_link_json, view.links),
        "overlaps": (encoder.overlap(o, counted.of(o)) if encoded else _overlap_json(o, counted.of(o)) for o in view.overlaps),
        "overlap_totals": [_pair_overlap_json(total, is_province(result, total.left), files) for total in view.totals],
        "group_totals": [_group_json(total) for total in view.groups],
        "warnings": [warning_json(finding) for finding in view.warnings],
        "run": {
            "generated_by": f"syncheck {__version__}",
            "threshold": result.options.threshold,
            "review_threshold": result.options.review_threshold,
        },
    }


def _input_json(plan: Plan, government: str) -> dict[str, Any]:
    """One input file, under the name of the government it is compared as (a file of a plan in parts: the plan's)."""
    return {**plan_json(plan), "government": government, "rows": kind_counts(plan)}


def _summary_json(result: Result, summary: Summary, files: dict[tuple[str, str], dict[str, Any]]) -> dict[str, Any]:
    """One headline entry with both sentences (``files``: pair_files)."""
    province = is_province(result, summary.left)
    return {
        "left": summary.left,
        "right": summary.right,
        **_files_of(files, summary.left, summary.right),
        "kind": summary.kind.value,
        "left_total": summary.left_total,
        "same": summary.same,
        "identical": summary.identical,
        "similar": summary.similar,
        "counterpart": summary.counterpart,
        "review": summary.review,
        "sentence_en": headline(summary, "en", province),
        "sentence_id": headline(summary, "id", province),
    }


def _item_json(item: Item) -> dict[str, Any]:
    """One side of a link."""
    return {
        "file": item.ref.file,
        "sheet": item.ref.sheet,
        "row": item.ref.row,
        "code": item.code_text,
        "name": item.name,
    }


def _link_json(link: Link) -> dict[str, Any]:
    """One link."""
    return {**_link_head(link), "left": _item_json(link.left), "right": _item_json(link.right), **_link_tail(link)}


def _link_head(link: Link) -> dict[str, Any]:
    """A link record's fields before its two sides."""
    return {"kind": link.kind.value, "relation": link.relation.value, "score": round(float(link.score), 1), "reason": link.reason}


def _link_tail(link: Link) -> dict[str, Any]:
    """A link record's fields after its two sides."""
    return {"source": "reviewer" if link.by_reviewer else "matcher", "decision": link.decided or None}


def _overlap_total_json(total: PairOverlap) -> dict[str, Any]:
    """One pair's overlap sentence as numbers: distinct same sub kegiatan in a place both fund, the province
    budget on them (and the part on rows shared with other kab/kota), the kab/kota budget, and those whose
    province row names no place that can be checked."""
    return {
        "left": total.left, "right": total.right, "sub_kegiatan": total.count, "left_budget": total.left_budget,
        "right_budget": total.right_budget, "shared_budget": total.shared_budget,
        "unlocated": total.unlocated, "unlocated_budget": total.unlocated_budget,
        "left_budget_unstated": total.unstated, "left_budget_unstated_above": total.unstated_parent_budget,
        "right_budget_unstated": total.right_unstated,
        "left_implausible": total.implausible, "left_implausible_budget": total.implausible_budget,
        "province_funded_budget": total.province_funded_budget,
    }  # fmt: skip


def _pair_overlap_json(total: PairOverlap, province: bool, files: dict[tuple[str, str], dict[str, Any]]) -> dict[str, Any]:
    """One pair's overlap numbers with the sentences the console prints under its headlines (``files``: pair_files)."""
    left = None if province else total.left
    sentences = {f"sentence_{lang}": " ".join(pair_overlap_lines(total, lang, left)) for lang in ("en", "id")}
    numbers = _overlap_total_json(total)
    return {"left": numbers.pop("left"), "right": numbers.pop("right"), **_files_of(files, total.left, total.right), **numbers, **sentences}


def _files_of(files: dict[tuple[str, str], dict[str, Any]], left: str, right: str) -> dict[str, Any]:
    """The pair's left_file, right_file and year keys (None each for a pair of no group: it has none)."""
    return files.get((left, right)) or {"left_file": None, "right_file": None, "year": None}


def _group_json(total: GroupTotal) -> dict[str, Any]:
    """A province against all its kab/kota of the run: per kind the same items, and the overlap, each row counted once."""
    kinds = [
        {
            "kind": figures.kind.value, "left_total": figures.left_total, "same": figures.same,
            "sentence_en": group_headline(total, figures, "en"), "sentence_id": group_headline(total, figures, "id"),
        }
        for figures in total.kinds
    ]  # fmt: skip
    overlap = {key: value for key, value in _overlap_total_json(total.overlap).items() if key not in ("left", "right")}
    for lang in ("en", "id"):
        overlap[f"sentence_{lang}"] = " ".join(group_overlap_lines(total, lang))
    files = {"left_file": total.left_file, "right_files": list(total.right_files), "year": total.year}
    return {"left": total.left, "rights": list(total.rights), **files, "summary": kinds, "overlap": overlap}


def _ref_json(item: Item) -> dict[str, Any]:
    """Where an item's row is."""
    return {"file": item.ref.file, "sheet": item.ref.sheet, "row": item.ref.row}


def _overlap_json(overlap: Overlap, counted: tuple[int, int, int]) -> dict[str, Any]:
    """One substantive overlap; ``counted``: what it adds to a sum (CountedRows.of)."""
    return {"left": _ref_json(overlap.left), "right": _ref_json(overlap.right), **_overlap_tail(overlap, counted)}


def _overlap_tail(overlap: Overlap, counted: tuple[int, int, int]) -> dict[str, Any]:
    """An overlap record's fields after its two rows."""
    return {
        "location": overlap.location, "left_budget": overlap.left_budget, "right_budget": overlap.right_budget,
        "shared_by": overlap.shared_by,
        # an empty budget cell is 0 above: these say whether the row gave its own amount (docs/json.md)
        "left_budget_stated": overlap.left.budget is not None, "right_budget_stated": overlap.right.budget is not None,
        # a row is on one record per row it pairs with: only these sum to the totals (docs/json.md)
        "left_budget_counted": counted[0], "right_budget_counted": counted[1], "left_budget_counted_run": counted[2],
        # a row stating its amount per place gives this kab/kota the amount of its places here, not the whole row's
        "left_budget_by_place": overlap.left_by_place, "right_budget_by_place": overlap.right_by_place,
        "right_funded_by_province": funded_by_province(overlap.right.funding),
    }  # fmt: skip


_ENUM_JSON = {member: encode_text(member.value) for members in (Kind, Relation) for member in members}
_REVIEWER, _MATCHER, _YES = encode_text("reviewer"), encode_text("matcher"), Choice.YES.value


class RecordEncoder:
    """Links and overlaps as JSON records (the text of _link_json and _overlap_json, from the same
    parts), each item's part encoded once: a province row is on every pair's records."""

    def __init__(self) -> None:
        self._items: dict[int, str] = {}
        self._refs: dict[int, str] = {}

    def link(self, link: Link) -> Encoded:
        """One link's record."""
        score = round(float(link.score), 1)
        if not math.isfinite(score):  # (never from the matcher) the encoder's own spelling of it
            head, tail = flat_json(_link_head(link)), flat_json(_link_tail(link))
            return Encoded(f'{head[:-1]}, "left": {self._item(link.left)}, "right": {self._item(link.right)}, {tail[1:]}')
        # flat_json's text of _link_head and _link_tail written directly: a province run writes 200,000 links
        decided = link.decided
        return Encoded(
            f'{{"kind": {_ENUM_JSON[link.kind]}, "relation": {_ENUM_JSON[link.relation]}, "score": {score!r}, '
            f'"reason": {encode_text(link.reason)}, "left": {self._item(link.left)}, "right": {self._item(link.right)}, '
            f'"source": {_REVIEWER if decided == _YES else _MATCHER}, "decision": {encode_text(decided) if decided else "null"}}}'
        )

    def overlap(self, overlap: Overlap, counted: tuple[int, int, int]) -> Encoded:
        """One overlap's record; ``counted``: what it adds to a sum (CountedRows.of)."""
        tail = flat_json(_overlap_tail(overlap, counted))
        return Encoded(f'{{"left": {self._ref(overlap.left)}, "right": {self._ref(overlap.right)}, {tail[1:]}')

    def _item(self, item: Item) -> str:
        """An item side's JSON, remembered by identity (the result holds its items while it is written)."""
        text = self._items.get(id(item))
        if text is None:
            text = self._items[id(item)] = flat_json(_item_json(item))
        return text

    def _ref(self, item: Item) -> str:
        """Where an item's row is, as JSON, remembered by identity."""
        text = self._refs.get(id(item))
        if text is None:
            text = self._refs[id(item)] = flat_json(_ref_json(item))
        return text


def json_text(result: Result, view: ReportView | None = None) -> str:
    """The JSON document as text: one top-level key and one record a line, UTF-8 kept, trailing newline."""
    return document_text(result_document(result, view, encoded=True))


@bulk_phase()
def write_json(result: Result, path: str, view: ReportView | None = None) -> None:
    """Write the JSON document to path (UTF-8, LF line ends), atomically; ``view``: the result's, if made."""
    write_document(result_document(result, view, encoded=True), path)


@bulk_phase()
def write_outputs(result: Result, workbook_path: str | None, json_path: str | None, lang: str = "id", view: ReportView | None = None) -> None:
    """Write the workbook and the JSON file asked for (None: not asked), the two side by side when both are."""
    view = view or ReportView(result)
    if workbook_path and json_path:
        view.links, view.overlaps  # noqa: B018 - ordered once, here, before both writers fork off
        run_alongside(lambda: write_json(result, json_path, view), lambda: write_workbook(result, workbook_path, lang, view))
    elif workbook_path:
        write_workbook(result, workbook_path, lang, view)
    elif json_path:
        write_json(result, json_path, view)


@bulk_phase()
def render_console(result: Result, lang: str, view: ReportView | None = None) -> str:
    """Headlines and overlap per pair, then a fixed-width table; plain deterministic text."""
    check_lang(lang)
    view = view if view is not None else ReportView(result)
    summaries = ordered_summaries(result)
    totals = {(t.left, t.right): t for t in view.totals}
    blocks: list[str] = []
    for heading, group_pairs, group in console_groups(result, view.groups, pairs(result)):
        blocks.append(render(heading, lang) if heading else "")
        for left, right in group_pairs:
            province = is_province(result, left)
            lines = [headline(s, lang, province) for s in summaries if (s.left, s.right) == (left, right)]
            total = totals.get((left, right))
            if total is not None:
                lines.extend(pair_overlap_lines(total, lang, None if province else left))
            blocks.append("\n".join(lines))
        if group is not None:
            lines = [group_headline(group, figures, lang) for figures in group.kinds]
            blocks.append("\n".join([*lines, *group_overlap_lines(group, lang)]))
    if summaries:
        blocks.append(_console_table(summaries, lang, {pair: found["year"] for pair, found in pair_files(result).items()}))
    return "\n\n".join(block for block in blocks if block)


def _console_table(summaries: list[Summary], lang: str, years: dict[tuple[str, str], int | None]) -> str:
    """The compact per-pair, per-kind count table (with the province of each row when the run compares several, and
    its plan's year when it holds two years of one province: ``years``, per pair)."""
    several = len({s.left for s in summaries}) > 1
    if len({(s.left, years.get((s.left, s.right))) for s in summaries}) > len({s.left for s in summaries}):
        several = True
        summaries = [replace(s, left=f"{s.left} {years.get((s.left, s.right)) or ''}".rstrip()) for s in summaries]
    keys = ("province",) * several + ("kab_kota", "kind", "total", "same", "percent", "identical", "similar", "counterpart", "review")
    header = [label(key, lang) for key in keys]
    rows = [
        [
            *((s.left,) if several else ()),
            s.right,
            kind_label(s.kind, lang),
            format_count(s.left_total, lang),
            format_count(s.same, lang),
            format_percent(s.same, s.left_total, lang),
            format_count(s.identical, lang),
            format_count(s.similar, lang),
            format_count(s.counterpart, lang),
            format_count(s.review, lang),
        ]
        for s in summaries
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        parts = [cell.ljust(w) if i < 2 + several else cell.rjust(w) for i, (cell, w) in enumerate(zip(cells, widths))]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(row) for row in rows)])
