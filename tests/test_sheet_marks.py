"""Hidden budget columns and Excel error values: what the cell reader does not pass on, read from the sheet XML."""

from __future__ import annotations

import zipfile

import openpyxl

from syncheck.messages import render
from syncheck.readers import read_plan
from syncheck.sheet_marks import MarkCollector, holds, sheet_parts
from syncheck.sources import load_sheets

from support import TITLE

HEAD = ["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", "Pagu Indikatif (Rp)"]
ROWS = [
    ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", None, 900, 300],
    ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", None, 900, 300],
    ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya", "Kota Contoh", 900, 300],
]


def _save(path, rows, *, hidden_columns=(), errors=(), hidden_rows=()):
    """A one-sheet plan with some columns hidden and some cells holding Excel errors ((row, column, '#REF!'), 1-based)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Renja"
    for row in rows:
        sheet.append(row)
    for letter in hidden_columns:
        sheet.column_dimensions[letter].hidden = True
    for number in hidden_rows:
        sheet.row_dimensions[number].hidden = True
    for row, column, error in errors:
        cell = sheet.cell(row=row, column=column)
        cell.value, cell.data_type = error, "e"
    workbook.save(path)
    return str(path)


def _budgets(plan):
    return [item.budget for item in plan.items]


def test_a_hidden_stale_budget_column_is_passed_over_for_the_visible_one(tmp_path):
    path = _save(tmp_path / "kota_contoh_2024.xlsx", [*TITLE, HEAD, *ROWS], hidden_columns=("D",))
    plan = read_plan(path)
    assert _budgets(plan)[-1] == 300
    notes = [w.message for w in plan.warnings if "hidden in Excel" in w.message]
    assert notes == [
        "budget column D (Pagu Indikatif (Rp)) is hidden in Excel; budgets are read from the visible column E (Pagu Indikatif (Rp))"
    ]
    assert render(notes[0], "id").startswith("kolom pagu D (Pagu Indikatif (Rp)) disembunyikan di Excel; pagu dibaca dari kolom E (Pagu Indikatif (Rp)) yang tampak")


def test_with_both_columns_visible_the_leftmost_is_read_with_a_warning(tmp_path):
    plan = read_plan(_save(tmp_path / "kota_contoh_2024.xlsx", [*TITLE, HEAD, *ROWS]))
    assert _budgets(plan)[-1] == 900
    assert not [w for w in plan.warnings if "hidden in Excel" in w.message]
    assert [w for w in plan.warnings if w.message.startswith("several budget columns")]


def test_a_lone_hidden_budget_column_is_still_read(tmp_path):
    rows = [*TITLE, HEAD[:4], *(row[:4] for row in ROWS)]
    plan = read_plan(_save(tmp_path / "kota_contoh_2024.xlsx", rows, hidden_columns=("D",)))
    assert _budgets(plan)[-1] == 900
    assert not [w for w in plan.warnings if "hidden in Excel" in w.message]


def test_an_error_in_an_item_budget_cell_is_named_on_its_row(tmp_path):
    rows = [*TITLE, HEAD[:4], *(row[:4] for row in ROWS)]
    plan = read_plan(_save(tmp_path / "kota_contoh_2024.xlsx", rows, errors=[(8, 4, "#REF!")]))
    assert _budgets(plan) == [900, 900, None]
    errors = [(w.ref.row, w.message) for w in plan.warnings if "Excel error" in w.message]
    assert errors == [(8, "budget cell D8 holds the Excel error #REF!; the budget is read as empty")]
    assert render(errors[0][1], "id") == "sel pagu D8 berisi galat Excel #REF!; pagunya dibaca kosong"


def test_other_error_cells_are_counted_in_one_warning(tmp_path):
    rows = [*TITLE, HEAD[:4], *(row[:4] for row in ROWS)]
    errors = [(6, 3, "#N/A"), (8, 3, "#N/A"), (7, 3, "#VALUE!")]
    plan = read_plan(_save(tmp_path / "kota_contoh_2024.xlsx", rows, errors=errors))
    found = [(w.ref.row, w.message) for w in plan.warnings if "Excel error" in w.message]
    assert found == [(6, "cells holding Excel errors, read as empty: 3 (#N/A, #VALUE!), the first is C6")]
    assert _budgets(plan) == [900, 900, 900]


def test_a_sheet_without_marks_has_none(tmp_path):
    path = _save(tmp_path / "kota_contoh_2024.xlsx", [*TITLE, HEAD[:4], *(row[:4] for row in ROWS)])
    marks = load_sheets(path)[0].marks
    assert (marks.hidden_columns, marks.errors) == (frozenset(), ())


def test_an_error_cell_cut_by_the_chunk_boundary_is_found():
    collector = MarkCollector()
    collector.feed(b'<worksheet><cols><col min="2" max="3" hidden="1"/></cols><sheetData><row r="4"><c r="AB4" s="2" t="e">')
    collector.feed(b"<f>SUM(#REF!)</f><v>#REF!</v></c></row></sheetData></worksheet>")
    marks = collector.result()
    assert marks.errors == ((3, 27, "#REF!"),)
    assert marks.hidden_columns == frozenset({1, 2})


def test_a_self_closing_error_cell_does_not_take_the_next_cells_value():
    collector = MarkCollector()
    collector.feed(b'<sheetData><row r="1"><c r="A1" t="e"/><c r="B1"><v>#5</v></c><c r="C1" t="e"><v>#N/A</v></c></row>')
    assert collector.result().errors == ((0, 2, "#N/A"),)


def test_sheet_parts_follow_the_workbook_relationships(tmp_path):
    path = tmp_path / "book.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "xl/workbook.xml",
            '<workbook xmlns:r="r"><sheets><sheet name="R&amp;D" sheetId="1" r:id="rId7"/>'
            '<sheet name="Gone" sheetId="2" r:id="rId9"/></sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships><Relationship Id="rId7" Type="t/worksheet" Target="/xl/worksheets/data.xml"/>'
            '<Relationship Id="rId9" Type="t/worksheet" Target="worksheets/missing.xml"/></Relationships>',
        )
        archive.writestr("xl/worksheets/data.xml", "<worksheet/>")
    with zipfile.ZipFile(path) as archive:
        assert sheet_parts(archive) == {"R&D": "xl/worksheets/data.xml"}


def test_holds_answers_as_a_substring_test_does():
    cases = [
        (b"<v>#REF!</v>", b"<v>#", 3),
        (b"#<v>#", b"<v>#", 3),
        (b"<v>1</v><v>2#</v>", b"<v>#", 3),
        (b"", b"<v>#", 3),
        (b"<f>A1</f>", b"<f", 1),
        (b"off <g>", b"<f", 1),
        (b"a:cb <x:c r", b":c", 0),
    ]
    for data, needle, rare in cases:
        assert holds(data, needle, rare) == (needle in data), data


def test_holds_finds_the_needle_after_more_decoys_than_it_tries_one_by_one():
    decoys = b'<c r="A1"><is><t>fasilitasi efektif</t></is></c>' * 5000
    assert holds(decoys + b"<f>A1</f>", b"<f", 1)
    assert not holds(decoys, b"<f", 1)
    assert holds(decoys.replace(b"<t>", b"<t>#") + b"<v>#N/A</v>", b"<v>#", 3)


def test_an_error_value_and_a_formula_without_result_after_many_decoys_are_found():
    text = b'<c r="A%d" t="inlineStr"><is><t>#%d fasilitasi efektif</t></is></c>'
    decoys = b"".join(text % (row, row) for row in range(1, 3000))
    collector = MarkCollector()
    collector.feed(b'<sheetData><row r="1">' + decoys + b'<c r="B3000" t="e"><v>#DIV/0!</v></c><c r="C3000"><f>A1+A2</f></c></row>')
    marks = collector.result()
    assert marks.errors == ((2999, 1, "#DIV/0!"),)
    assert marks.unsaved_formulas == frozenset({(2999, 2)})


def test_hidden_item_rows_are_read_and_named_in_one_warning(tmp_path):
    rows = [*TITLE, HEAD[:4], *(row[:4] for row in ROWS)]
    header_row = len(TITLE) + 1
    path = _save(tmp_path / "kota_contoh_2024.xlsx", rows, hidden_rows=(1, header_row + 2, header_row + 3))
    plan = read_plan(path)
    assert len(plan.items) == 3
    notes = [w for w in plan.warnings if "hidden in Excel" in w.message]
    assert [(w.ref.row, w.message) for w in notes] == [
        (header_row + 2, f"2 item row(s) are hidden in Excel (rows {header_row + 2}, {header_row + 3}): they are read and counted "
         "like the others; unhide them to check that they belong in the plan"),
    ]
    assert render(notes[0].message, "id").startswith(f"2 baris item disembunyikan di Excel (baris {header_row + 2}, {header_row + 3})")


def test_a_sheet_without_hidden_rows_has_no_such_warning(tmp_path):
    plan = read_plan(_save(tmp_path / "kota_contoh_2024.xlsx", [*TITLE, HEAD[:4], *(row[:4] for row in ROWS)], hidden_columns=("E",)))
    assert not [w for w in plan.warnings if "item row(s) are hidden" in w.message]


def test_hidden_rows_are_found_whatever_the_attribute_order_and_spelling():
    collector = MarkCollector()
    collector.feed(
        b'<worksheet><cols><col min="1" max="1" hidden="1"/></cols><sheetData><row r="3" hidden="1"><c r="A3"><v>1</v></c></row>'
        b'<row spans="1:2" hidden="true" r="12" ht="0"/><row r="13" hidden="0"/><x:row r="40" x:hidden="1"/>'
        b'<row r="41"><c r="A41" t="inlineStr"><is><t>hidden="1"</t></is></c></row></sheetData></worksheet>'
    )
    marks = collector.result()
    assert marks.hidden_rows == frozenset({2, 11, 39})
    assert marks.hidden_columns == frozenset({0})
