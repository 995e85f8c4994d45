"""The review workbook a Bappeda reviewer opens, corrects and files (written with syncheck.xlsx)."""

from __future__ import annotations

from typing import Any, Iterator

from syncheck.group_totals import GroupTotal, all_kab_kota, group_headline, group_overlap_lines
from syncheck.messages import render, say
from syncheck.models import LINKED_KINDS, Choice, Decision, Finding, Item, Kind, Link, Overlap, Relation, Result, Summary
from syncheck.overlap_tally import CountedRows, left_row_key, PairOverlap, row_key
from syncheck.province_funded import funded_by_province
from syncheck.report_data import (
    KIND_ORDER,
    PlanLookup,
    ReportView,
    is_province,
    ordered_summaries,
    pair_overlap_lines,
    pairs,
    program_matrix,
    source_text,
    warning_cells,
    unmatched_items,
)
from syncheck.sentences import (
    check_lang,
    choice_label,
    headline,
    kind_label,
    label,
    relation_label,
)
from syncheck.values import below_tenth_text, shown_share
from syncheck.workers import bulk_phase
from syncheck.xlsx import MONEY, SCORE, WRAP, Book, Formats, Row, Sheet, Table, add_list_validation, bar_chart, column_letter, table

TICK = "\u2713"

LINK_KEYS = (
    "left_government", "left_code", "left_name", "left_agency", "left_budget",
    "right_government", "right_code", "right_name", "right_agency", "right_budget",
    "relation", "score", "reason", "left_source", "right_source", "decision", "link_source",
)  # fmt: skip
#: long free text (names, agencies, reasons, messages) wraps in its column: a neighbour's value would cut it off
LINK_FORMATS: Formats = {3: WRAP, 4: WRAP, 5: MONEY, 8: WRAP, 9: WRAP, 10: MONEY, 12: SCORE, 13: WRAP}
DECISION_COLUMN = LINK_KEYS.index("decision") + 1
DECISION_KEYS = (
    "kind", "left_government", "left_code", "left_name", "left_agency",
    "right_government", "right_code", "right_name", "right_agency", "decision", "status",
)  # fmt: skip


def add_choice_validation(sheet: Sheet, column: int, lang: str) -> None:
    """The Ya/Tidak/Ragu (Yes/No/Unsure) drop-down on a decision column."""
    choices = [choice_label(choice.value, lang) for choice in Choice]
    add_list_validation(sheet, column, choices, label("decision", lang), label("decision_prompt", lang))


# --- the overlap workbook -----------------------------------------------------------------------


@bulk_phase()
def write_workbook(result: Result, path: str, lang: str = "id", view: ReportView | None = None) -> None:
    """Write the review workbook (sheet names and headers in lang), atomically; ``view``: the result's, if made."""
    check_lang(lang)
    view = view or ReportView(result)
    lookup = view.lookup
    book = Book()
    _summary_sheet(book, result, view, lang)
    links = view.links
    for kind in LINKED_KINDS:
        _links_sheet(book, kind, [link for link in links if link.kind is kind], lookup, lang)
    _review_sheet(book, links, lookup, lang)
    _unmatched_sheet(book, result, lookup, lang)
    _clusters_sheet(book, result, lookup, lang)
    _matrix_sheet(book, result, lookup, lang)
    _overlaps_sheet(book, view.overlaps, lookup, lang)
    _warnings_sheet(book, view.warnings, lang)
    if result.kept_decisions:
        _decisions_sheet(book, result.kept_decisions, lang)
    book.save(path)


def _summary_sheet(book: Book, result: Result, view: ReportView, lang: str) -> None:
    """Title, one row per summary (programs first, for the chart), per-pair overlap, bar chart."""
    title = _summary_title(result, lang)
    keys = (
        "left", "right", "kind", "left_total", "same", "percent",
        "identical", "similar", "counterpart", "review", "sentence",
    )  # fmt: skip
    names = [label(k, lang) for k in keys]
    summaries = sorted(ordered_summaries(result), key=lambda s: KIND_ORDER[s.kind])
    rows = [
        [
            s.left, s.right, kind_label(s.kind, lang), s.left_total, s.same,
            shown_share(s.same, s.left_total),
            s.identical, s.similar, s.counterpart, s.review,
            headline(s, lang, is_province(result, s.left)),
        ]
        for s in summaries
    ]  # fmt: skip
    sheet = book.sheet(label("sheet_summary", lang))
    sheet.ws.freeze_panes = "A4"
    sheet.append([title], style="title", fit=False)
    sheet.append([])
    sheet.append(names, style="bold")
    share = book.add_style(f"share {lang}", share_format(lang))
    for row in rows:
        sheet.append(row, {6: share})
    sheet.ws.auto_filter.ref = f"A3:{column_letter(len(names))}{sheet.rows}"
    sheet.append([])
    sheet.append([label("overlap_title", lang)], style="bold", fit=False)
    overlap_names, overlap_rows = _overlap_block(result, view.totals, lang)
    sheet.append(overlap_names, style="bold wrap")
    for row in overlap_rows:
        sheet.append(row, {4: MONEY, 5: MONEY, 6: MONEY, 8: MONEY, 10: MONEY, 11: WRAP})
    for group in view.groups:
        _group_block(sheet, group, names, overlap_names, share, lang)
    programs = [s for s in summaries if s.kind is Kind.PROGRAM]
    if programs:
        _chart_block(sheet, programs, share, lang)


def _chart_block(sheet: Sheet, programs: list[Summary], share: str, lang: str) -> None:
    """The chart's own small table (each pair's share of programs the same) and the bar chart drawn from it: a sort
    through the filter of the table above moves none of the rows the chart reads."""
    sheet.append([])
    sheet.append([render(say("report.chart_data_title"), lang)], style="bold", fit=False)
    header = sheet.rows + 1
    sheet.append([label("left", lang), label("right", lang), label("percent", lang)], style="bold")
    for s in programs:
        sheet.append([s.left, s.right, shown_share(s.same, s.left_total)], {3: share})
    bar_chart(sheet, label("chart_title", lang), (3, header, sheet.rows), (2, header + 1, sheet.rows), f"A{sheet.rows + 2}")


def _group_block(sheet: Sheet, group: GroupTotal, names: list[str], overlap_names: list[str], share: str, lang: str) -> None:
    """A province against all its kab/kota together, under the per-pair rows: per kind, then the overlap, in their columns."""
    right = all_kab_kota(group, lang)
    sheet.append([])
    sheet.append([render(say("report.group_title"), lang)], style="bold", fit=False)
    sheet.append(names, style="bold")
    for figures in group.kinds:
        row = [
            group.left, right, kind_label(figures.kind, lang), figures.left_total, figures.same,
            # (the relations are counted per pair, not over a group: a dash says so, where an empty cell looks unfilled)
            shown_share(figures.same, figures.left_total), "-", "-", "-", "-", group_headline(group, figures, lang),
        ]  # fmt: skip
        sheet.append(row, {6: share})
    sheet.append([])
    sheet.append([render(say("report.group_overlap_title"), lang)], style="bold", fit=False)
    sheet.append(overlap_names, style="bold wrap")
    total = group.overlap
    sentence = " ".join(group_overlap_lines(group, lang))
    sheet.append(_overlap_cells(total, right, sentence), {4: MONEY, 5: MONEY, 6: MONEY, 8: MONEY, 10: MONEY, 11: WRAP})


def share_format(lang: str) -> str:
    """The percent cell's format: as '0.0%', but a share above none that rounds to nothing shows as the sentence's '<0,1%'."""
    return f'[=0]0.0%;[<0.001]"{below_tenth_text(lang)}";0.0%'


#: a title names at most this many province groups, and this many kab/kota of a group (more are counted)
TITLE_NAMES = 3


def _summary_title(result: Result, lang: str) -> str:
    """'Ringkasan sinkronisasi RKPD: Provinsi A 2024 (Kota B, Kota C); Provinsi D 2024 (4 kab/kota)'."""
    groups: dict[str, list[str]] = {}
    for left, right in pairs(result):
        groups.setdefault(left, []).append(right)
    if not groups:
        return label("title", lang)
    if len(groups) > TITLE_NAMES:
        provinces = "provinsi" if lang == "id" else "provinces"
        counted = f"{len(groups)} {provinces}, {sum(len(rights) for rights in groups.values())} kab/kota"
        return f"{label('title', lang)}: {counted}"
    years = {plan.label: f" {plan.year}" if plan.year else "" for plan in reversed(result.plans)}
    parts = [
        f"{left}{years.get(left, '')} ({', '.join(rights) if len(rights) <= TITLE_NAMES else f'{len(rights)} kab/kota'})"
        for left, rights in groups.items()
    ]
    return f"{label('title', lang)}: {'; '.join(parts)}"


def _overlap_block(result: Result, totals: list[PairOverlap], lang: str) -> tuple[list[str], list[Row]]:
    """Header and rows of the per-pair overlap totals, the overlap sentence in the column of the headlines' sentences (K)."""
    keys = (
        "left", "right", "overlap_count", "left_budget", "right_budget", "overlap_shared", "unlocated_count", "unlocated_budget",
        "unstated_count", "implausible_budget", "sentence",
    )  # fmt: skip
    rows: list[Row] = []
    for total in totals:
        province = is_province(result, total.left)
        sentence = " ".join(pair_overlap_lines(total, lang, None if province else total.left))
        rows.append(_overlap_cells(total, total.right, sentence))
    return [label(k, lang) for k in keys], rows


def _overlap_cells(total: PairOverlap, right: str, sentence: str) -> Row:
    """One row of the overlap block: the numbers of the overlap with ``right``, and its sentence."""
    # no province row states its own amount: an empty cell, as the sentence says, not Rp 0
    left_budget = None if total.budget_unstated else total.left_budget
    return [
        total.left, right, total.count, left_budget, total.right_budget, total.shared_budget,
        total.unlocated, total.unlocated_budget, total.unstated, total.implausible_budget, sentence,
    ]  # fmt: skip


class _SheetRows:
    """The link and overlap sheets' rows; each item's cells are made once (a province row is on every pair's rows)."""

    def __init__(self, lookup: PlanLookup, lang: str) -> None:
        self.lookup, self.lang = lookup, lang
        self._sides: dict[int, tuple[tuple[Any, ...], str]] = {}
        # the few labels every row carries, looked up once
        self._relations = {relation: relation_label(relation, lang) for relation in Relation}
        self._sources = (label("source_matcher", lang), label("source_reviewer", lang))
        self._choices = {"": None, **{choice.value: choice_label(choice.value, lang) for choice in Choice}}
        self._funded = choice_label(Choice.YES.value, lang)  # 'Ya' in the Bantuan Keuangan Provinsi column

    def overlap_row(self, overlap: Overlap, counted: tuple[int, int, int]) -> list[Any]:
        """One substantive overlap: the province row's place in the kab/kota, both budgets and their sum, the kab/kota
        row's own location (the same-place evidence from its side), and what the row adds to a sum (CountedRows.of)."""
        (left, left_source), (right, right_source) = self._side(overlap.left), self._side(overlap.right)
        # a row without its own amount (given on its kegiatan or program, or nowhere) shows an empty cell, not Rp 0,
        # and so does the sum that would leave it out
        left_budget = overlap.left_budget if overlap.left.budget is not None else None
        right_budget = overlap.right_budget if overlap.right.budget is not None else None
        both = None if left_budget is None or right_budget is None else left_budget + right_budget
        left_counted, right_counted, left_once = counted
        return [
            *left[:3], *right[:3], overlap.location, left_budget, right_budget, both, left_source, right_source,
            overlap.right.location or None, overlap.shared_by,
            None if left_budget is None else left_counted, None if right_budget is None else right_counted,
            None if left_budget is None else left_once, self._funded if funded_by_province(overlap.right.funding) else None,
        ]  # fmt: skip

    def row(self, link: Link) -> list[Any]:
        """One link with its decision and who made it."""
        left, left_source = self._side(link.left)
        right, right_source = self._side(link.right)
        return [
            *left, *right, self._relations[link.relation], round(float(link.score), 1), render(link.reason, self.lang),
            left_source, right_source, self._choices[link.decided], self._sources[link.by_reviewer],
        ]  # fmt: skip

    def _side(self, item: Item) -> tuple[tuple[Any, ...], str]:
        """Government, code, name, agency, budget of one side, and where its row is."""
        found = self._sides.get(id(item))
        if found is None:
            cells = (self.lookup.government(item), item.code_text or item.code_raw, item.name, item.agency, item.budget)
            found = self._sides[id(item)] = (cells, source_text(item.ref))
        return found


def _links_sheet(book: Book, kind: Kind, links: list[Link], lookup: PlanLookup, lang: str) -> None:
    """Every link of one kind, with the decision column."""
    book.add_table(Table(
        label(f"sheet_links_{kind.value}", lang), [label(k, lang) for k in LINK_KEYS],
        lambda: map(_SheetRows(lookup, lang).row, links), LINK_FORMATS, len(links),
        lambda sheet: add_choice_validation(sheet, DECISION_COLUMN, lang),
    ))  # fmt: skip


def _review_sheet(book: Book, links: list[Link], lookup: PlanLookup, lang: str) -> None:
    """Review candidates, best score first, for a reviewer to decide."""
    review = sorted((link for link in links if link.relation is Relation.REVIEW), key=lambda link: -link.score)
    names = [label("kind", lang)] + [label(k, lang) for k in LINK_KEYS]
    rows = _SheetRows(lookup, lang)
    book.add_table(Table(
        label("sheet_review", lang), names,
        lambda: ([kind_label(link.kind, lang), *rows.row(link)] for link in review),
        {col + 1: fmt for col, fmt in LINK_FORMATS.items()}, len(review),
        lambda sheet: add_choice_validation(sheet, DECISION_COLUMN + 1, lang),
    ))  # fmt: skip


def _unmatched_sheet(book: Book, result: Result, lookup: PlanLookup, lang: str) -> None:
    """Rows whose item has no identical, similar or counterpart link."""
    keys = ("government", "side", "kind", "code", "name", "agency", "budget", "source")
    unmatched = unmatched_items(result, lookup)
    rows = lambda: (  # noqa: E731
        [
            plan.label, label("side_left" if is_left else "side_right", lang), kind_label(item.kind, lang),
            item.code_text or item.code_raw, item.name, item.agency, item.budget, source_text(item.ref),
        ]
        for plan, is_left, item in unmatched
    )  # fmt: skip
    formats = {5: WRAP, 6: WRAP, 7: MONEY}
    book.add_table(Table(label("sheet_unmatched", lang), [label(k, lang) for k in keys], rows, formats, len(unmatched)))


def _clusters_sheet(book: Book, result: Result, lookup: PlanLookup, lang: str) -> None:
    """One row per cluster item, with the number of governments in its cluster."""
    keys = ("cluster", "kind", "government", "code", "name", "governments")
    size = sum(len(cluster.items) for cluster in result.clusters)
    rows = lambda: _cluster_rows(result, lookup, lang)  # noqa: E731
    book.add_table(Table(label("sheet_clusters", lang), [label(k, lang) for k in keys], rows, {5: WRAP}, size))


def _cluster_rows(result: Result, lookup: PlanLookup, lang: str) -> Iterator[Row]:
    """The clusters sheet's rows, cluster by cluster."""
    for number, cluster in enumerate(result.clusters, start=1):
        governments = len(cluster.governments) or len({lookup.government(item) for item in cluster.items})
        for item in cluster.items:
            yield [number, kind_label(cluster.kind, lang), lookup.government(item), item.code_text or item.code_raw, item.name, governments]


def _matrix_sheet(book: Book, result: Result, lookup: PlanLookup, lang: str) -> None:
    """Each province's programs by kabupaten/kota: a tick where the program is the same, and a count.

    With more than one province group a first column names each row's province, and a kab/kota of
    another province (not compared with it) stays empty.
    """
    rights, matrix = program_matrix(result, lookup)
    province = [label("province", lang)] if len(result.groups) > 1 else []
    names = [*province, label("program_code", lang), label("program_name", lang), *rights, label("count", lang)]
    rows = [
        [
            *([lookup.government(item)] if province else []), item.code_text or item.code_raw, item.name,
            *[TICK if same else None for same in marks], sum(bool(same) for same in marks),
        ]
        for item, marks in matrix
    ]  # fmt: skip
    table(book, label("sheet_matrix", lang), names, rows, {len(province) + 2: WRAP})


def _overlaps_sheet(book: Book, overlaps: list[Overlap], lookup: PlanLookup, lang: str) -> None:
    """Substantive overlaps with both budgets, their sum, and a totals row."""
    keys = (
        "left_government", "left_code", "left_name", "right_government", "right_code", "right_name",
        "left_location", "left_budget", "right_budget", "sum", "left_source", "right_source", "right_location", "shared_by",
    )  # fmt: skip
    counted_keys = ("report.left_counted", "report.right_counted", "report.left_counted_run", "report.right_funded_by_province")
    names = [label(k, lang) for k in keys] + [render(say(k), lang) for k in counted_keys]

    def rows() -> Iterator[Row]:
        counted = CountedRows(lookup, overlaps)  # the rows are made once, in this order
        sheet_rows = _SheetRows(lookup, lang)
        return (sheet_rows.overlap_row(overlap, counted.of(overlap)) for overlap in overlaps)

    # a province row naming two cities overlaps in both pairs: its budget still counts once in the total (a row stating
    # its amount per place gives each pair the amount of its own places: counted once per pair)
    left = sum({left_row_key(o): o.left_budget for o in overlaps}.values())
    right = sum({row_key(o.right): o.right_budget for o in overlaps}.values())
    counted = CountedRows(lookup, overlaps)
    sums = [sum(column) for column in zip((0, 0, 0), *map(counted.of, overlaps))]
    # totals are computed here, never as a formula, and sit outside the filtered range; each counted column's is its sum
    # which columns to sum is said beside the totals, past the table: the totals row stays the sheet's last
    note = render(say("report.how_to_sum"), lang)
    totals = [label("totals", lang), *[None] * 6, left, right, left + right, *[None] * 4, *sums, None, note]
    formats = {3: WRAP, 6: WRAP, 7: WRAP, 8: MONEY, 9: MONEY, 10: MONEY, 13: WRAP, 15: MONEY, 16: MONEY, 17: MONEY}
    bold = {1: "bold", **{col: "bold money" for col in (8, 9, 10, 15, 16, 17)}}

    def finish(sheet: Sheet) -> None:
        sheet.append(totals, bold)

    book.add_table(Table(label("sheet_overlaps", lang), names, rows, formats, len(overlaps), finish))


def _warnings_sheet(book: Book, warnings: list[Finding], lang: str) -> None:
    """Every data warning of the run (report_data.all_warnings)."""
    keys = ("file", "sheet", "row", "message")
    rows = [warning_cells(w, lang) for w in warnings]
    table(book, label("sheet_warnings", lang), [label(k, lang) for k in keys], rows, {4: WRAP})


def _decisions_sheet(book: Book, decisions: tuple[Decision, ...], lang: str) -> None:
    """Reviewer decisions on no link row (rejected pairs, unmatched): kept so the next run still has them."""
    rows = [
        [
            kind_label(d.kind, lang), d.left_government, d.left_code, d.left_name, d.left_agency,
            d.right_government, d.right_code, d.right_name, d.right_agency, choice_label(d.choice.value, lang),
            label(f"status_{d.status.replace(' ', '_')}", lang),
        ]
        for d in decisions
    ]  # fmt: skip
    sheet = table(book, label("sheet_decisions", lang), [label(k, lang) for k in DECISION_KEYS], rows, {4: WRAP, 5: WRAP, 8: WRAP, 9: WRAP})
    add_choice_validation(sheet, DECISION_KEYS.index("decision") + 1, lang)
