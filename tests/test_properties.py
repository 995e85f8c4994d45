"""Row conservation as a property: generated RKPD workbooks lose no row in reading, linking or the workbook.

SYNCHECK_PROPERTY_EXAMPLES multiplies the number of examples (1 keeps the suite fast; try 20 to explore).
"""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings

from rkpd_strategies import rkpd_workbook, write_specs
from syncheck.errors import SyncheckError
from syncheck.models import LINKED_KINDS, Options, Plan, Relation, Result, SkipReason
from syncheck.pipeline import compare
from syncheck.readers import read_plan
from syncheck.report import result_to_json, write_workbook
from syncheck.report_data import source_text, unmatched_items
from syncheck.sentences import label

SCALE = float(os.environ.get("SYNCHECK_PROPERTY_EXAMPLES", "1"))


def examples(count: int) -> settings:
    """Bounded, reproducible hypothesis settings (the generated workbooks are written to disk: no deadline)."""
    return settings(
        max_examples=max(1, int(count * SCALE)),
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("properties")


def rows_of_sheet(plan: Plan, sheet: str) -> list[int]:
    """Every row number the plan accounts for on one sheet: item rows and each skipped row."""
    rows = [item.ref.row for item in plan.items if item.ref.sheet == sheet]
    for skipped in plan.skipped:
        if skipped.ref.sheet == sheet:
            rows.extend(range(skipped.ref.row, skipped.ref.row + skipped.count))
    return sorted(rows)


def assert_rows_conserved(plan: Plan, specs) -> None:
    """Each sheet row is an item or skipped with a reason, exactly once; written items are items; blanks are blank."""
    by_name = {spec.name: spec for spec in specs}
    assert [info.name for info in plan.sheets] == [spec.name for spec in specs]
    for info in plan.sheets:
        assert rows_of_sheet(plan, info.name) == list(range(1, info.rows + 1)), info.name
        spec = by_name[info.name]
        items = {item.ref.row: item for item in plan.items if item.ref.sheet == info.name}
        # a sheet the strategy happened to write twice is read once: the copy is set aside as another version
        copy = info.skipped_reason is not None and all(
            s.reason is SkipReason.OTHER_VERSION for s in plan.skipped if s.ref.sheet == info.name and s.reason is not SkipReason.HEADER
        )
        for row, kind in spec.items.items() if not copy else ():
            assert row in items, f"{info.name} row {row} {spec.rows[row - 1]!r} was not read as an item"
            assert kind is None or items[row].kind is kind, (info.name, row, items[row])
        for skipped in plan.skipped:
            if skipped.ref.sheet == info.name and skipped.reason is SkipReason.BLANK:
                for row in range(skipped.ref.row, skipped.ref.row + skipped.count):
                    cells = spec.rows[row - 1] if row <= len(spec.rows) else []
                    assert all(value in (None, "") for value in cells), f"{info.name} row {row} skipped as blank"
    assert plan.rows_read == sum(info.rows for info in plan.sheets) == len(plan.items) + plan.skipped_rows


@examples(60)
@given(sheets=rkpd_workbook("KOTA CONTOH", "2"))
def test_rows_read_are_items_plus_skipped_on_every_sheet(folder, sheets):
    plan = read_plan(str(write_specs(folder / "kota_contoh_2024.xlsx", sheets)))
    assert_rows_conserved(plan, sheets)


def compare_specs(folder: Path, province, kota) -> Result:
    """Write both plans and compare them; a generated file that cannot be read fails the test."""
    paths = [write_specs(folder / "provinsi_contoh_2024.xlsx", province), write_specs(folder / "kota_contoh_2024.xlsx", kota)]
    assume(paths[0].read_bytes() != paths[1].read_bytes())  # one content given twice is compared once: no pair
    try:
        return compare([str(path) for path in paths], Options())
    except SyncheckError as error:  # every generated workbook has a header and rows: it must be readable
        pytest.fail(f"generated plan refused: {error}")


def assert_every_row_reaches_links_or_unmatched(result: Result) -> None:
    """Every program, kegiatan and sub kegiatan row is in a confident link or on the unmatched list, not both."""
    confident = {id(side) for link in result.links if link.relation is not Relation.REVIEW for side in (link.left, link.right)}
    unmatched = {id(item) for _, _, item in unmatched_items(result)}
    for plan in result.plans:
        for item in plan.items:
            if item.kind in LINKED_KINDS:
                assert (id(item) in confident) != (id(item) in unmatched), f"{item.ref} {item.kind.value} {item.name!r}"
    document = result_to_json(result)
    refs = {(item.ref.file, item.ref.sheet, item.ref.row) for plan in result.plans for item in plan.items}
    assert len(document["links"]) == len(result.links)
    for link in document["links"]:
        for side in ("left", "right"):
            assert (link[side]["file"], link[side]["sheet"], link[side]["row"]) in refs


@examples(30)
@given(province=rkpd_workbook("PROVINSI CONTOH", "1"), kota=rkpd_workbook("KOTA CONTOH", "2"))
def test_every_compared_row_reaches_a_link_or_the_unmatched_list(folder, province, kota):
    result = compare_specs(folder, province, kota)
    assert all(plan.rows_read == len(plan.items) + plan.skipped_rows for plan in result.plans)
    assert_every_row_reaches_links_or_unmatched(result)


@examples(4)
@given(province=rkpd_workbook("PROVINSI CONTOH", "1"), kota=rkpd_workbook("KOTA CONTOH", "2"))
def test_written_workbook_shows_every_row(folder, province, kota):
    result = compare_specs(folder, province, kota)
    path = folder / "hasil.xlsx"
    write_workbook(result, str(path), "en")
    workbook = openpyxl.load_workbook(path, read_only=True)
    cells = {value for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True) for value in row}
    rows = [item for plan in result.plans for item in plan.items if item.kind in LINKED_KINDS]
    missing = [source_text(item.ref) for item in rows if source_text(item.ref) not in cells]
    assert not missing, f"rows in no sheet of the workbook: {missing[:5]}"
    unmatched = list(workbook[label("sheet_unmatched", "en")].iter_rows(min_row=2, values_only=True))
    assert len([row for row in unmatched if any(value is not None for value in row)]) == len(unmatched_items(result))
    workbook.close()

