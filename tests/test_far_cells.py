"""A stray cell far from the table (a '.' typed at P1048576) is left out before the sheet is read, and named."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from syncheck import safety
from syncheck.errors import InputFileError
from syncheck.messages import render
from syncheck.readers import read_plan
from syncheck.sources import load_sheets

TITLE = [["RENCANA KERJA PEMERINTAH DAERAH"], ["KOTA CONTOH"], ["TAHUN 2024"], []]
HEAD = ["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)"]
ROWS = [
    ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", None, 900],
    ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", None, 900],
    ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya", "Kec. Klojen", 600],
    ["1.02.02.2.01.0002", "Pembangunan Puskesmas", "Kec. Blimbing", 300],
]
LAST_ROW = len(TITLE) + 1 + len(ROWS)  # the table's last row: 9


def _plan(path, width=4, far=()):
    """A one-sheet plan ``width`` columns wide (notes right of the budget), with cells far from it ((row, column, value))."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Renja"
    notes = [f"Catatan {n}" for n in range(1, width - len(HEAD) + 1)]
    for row in [*TITLE, HEAD + notes, *(row + ["-"] * len(notes) for row in ROWS)]:
        sheet.append(row)
    for row, column, value in far:
        sheet.cell(row, column, value)
    workbook.save(path)
    return str(path)


def _items(plan):
    return [(item.ref.row, item.kind.value, item.code and str(item.code), item.name, item.budget) for item in plan.items]


def _far_notes(plan):
    return [warning.message for warning in plan.warnings if "left out" in warning.message]


@pytest.mark.parametrize("width", [14, 18])
def test_a_plan_with_a_far_cell_reads_as_without_it_and_names_the_cell(tmp_path, width):
    alone = read_plan(_plan(tmp_path / "kota_contoh_2024.xlsx", width))
    plan = read_plan(_plan(tmp_path / "kota_malang_2024.xlsx", width, far=[(1_048_576, 16, ".")]))
    assert _items(plan) == _items(alone) and len(plan.items) == 4
    assert plan.rows_read == alone.rows_read == LAST_ROW
    assert [row.count for row in plan.skipped] == [row.count for row in alone.skipped]
    notes = [w for w in plan.warnings if "left out" in w.message]
    assert [(w.ref.sheet, w.ref.row) for w in notes] == [("Renja", 1_048_576)]
    assert notes[0].message == "cell P1048576 ('.'), 1,048,567 rows below the table: left out, too far from the table to belong to the plan"
    assert render(notes[0].message, "id") == (
        "sel P1048576 ('.'), 1.048.567 baris di bawah tabel: tidak dibaca, terlalu jauh dari tabel untuk menjadi bagian rencana"
    )


def test_a_far_cell_holding_only_a_space_is_left_out_without_a_word(tmp_path):
    plan = read_plan(_plan(tmp_path / "kota_contoh_2024.xlsx", 14, far=[(1_048_576, 16, " "), (1_048_000, 1, "\u00a0 ")]))
    assert len(plan.items) == 4 and plan.rows_read == LAST_ROW
    assert _far_notes(plan) == []


def test_far_cells_right_of_and_below_the_table_are_named_in_one_warning(tmp_path):
    far = [(1, 16_384, "x"), (200_000, 1, 7), (1_048_576, 16_384, "catatan lama yang ditulis jauh di pojok lembar kerja ini")]
    plan = read_plan(_plan(tmp_path / "kota_contoh_2024.xlsx", 6, far=far))
    assert len(plan.items) == 4 and plan.rows_read == LAST_ROW
    assert _far_notes(plan) == [
        "cell XFD1 ('x'), 16,378 columns right of the table; cell A200000 ('7'), 199,991 rows below the table; cell XFD1048576 "
        "('catatan lama yang ditulis jauh di pojok ...'), 1,048,567 rows below and 16,378 columns right of the table: left out, "
        "too far from the table to belong to the plan"
    ]


def test_more_than_five_far_cells_are_counted_after_the_first_five(tmp_path):
    far = [(1_048_576, column, f"v{column}") for column in range(1, 9)]
    plan = read_plan(_plan(tmp_path / "kota_contoh_2024.xlsx", 4, far=far))
    (note,) = _far_notes(plan)
    assert note.startswith("cell A1048576 ('v1'), 1,048,567 rows below the table; cell B1048576 ('v2')")
    assert note.endswith("cell E1048576 ('v5'), 1,048,567 rows below the table; 3 more such cell(s): left out, too far from the table to belong to the plan")
    assert render(note, "id").endswith("; 3 sel serupa lainnya: tidak dibaca, terlalu jauh dari tabel untuk menjadi bagian rencana")


def _shared_string_far_cell(path) -> str:
    """The plan with '.' at P1048576 written as Excel writes text: a shared string (t="s"), as the second string."""
    with zipfile.ZipFile(_plan(path, 14, far=[(1_048_576, 16, "FAR")])) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b'<c r="P1048576" t="inlineStr"><is><t>FAR</t></is></c>', b'<c r="P1048576" t="s"><v>1</v></c>')
    assert parts["xl/worksheets/sheet1.xml"] != sheet
    parts["xl/sharedStrings.xml"] = (
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">'
        b"<si><t>tidak dipakai</t></si><si><r><t>sisa</t></r><r><t xml:space=\"preserve\"> &amp; titik</t></r></si></sst>"
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        b'Target="sharedStrings.xml"/></Relationships>',
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return str(path)


def test_a_far_shared_string_is_named_by_its_text(tmp_path):
    plan = read_plan(_shared_string_far_cell(tmp_path / "kota_contoh_2024.xlsx"))
    assert len(plan.items) == 4 and plan.rows_read == LAST_ROW
    assert _far_notes(plan) == [
        "cell P1048576 ('sisa & titik'), 1,048,567 rows below the table: left out, too far from the table to belong to the plan"
    ]


def test_the_reader_is_given_the_sheet_without_the_far_cells(tmp_path):
    path = _plan(tmp_path / "kota_contoh_2024.xlsx", 14, far=[(1_048_576, 16, ".")])
    screened = safety.screen_input_file(path)
    assert screened.data is not None
    with zipfile.ZipFile(io.BytesIO(screened.data)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    assert b"P1048576" not in sheet and b'<dimension ref="A1:N9"/>' in sheet
    (loaded,) = load_sheets(path)
    assert len(loaded.rows) == LAST_ROW and loaded.marks.far_cells.cells == ((1_048_576, 16, "."),)
    assert safety.screen_input_file(_plan(tmp_path / "kota_lain_2024.xlsx", 14)).data is None  # no far cell: the file itself


def test_blank_rows_after_the_table_are_neither_read_nor_skipped(tmp_path):
    plan = read_plan(_plan(tmp_path / "kota_contoh_2024.xlsx", 4, far=[(300, 1, "  "), (301, 3, " ")]))
    assert plan.rows_read == LAST_ROW and sum(row.count for row in plan.skipped) == LAST_ROW - 4


def test_a_sheet_whose_table_itself_is_too_large_is_still_refused(tmp_path):
    # values every 1,000 rows down to the last row, in columns A and Q: no wide gap, so no cell is far from the rest
    far = [(row, column, 1) for row in range(1_000, 1_048_577, 1_000) for column in (1, 17)] + [(1_048_576, 1, 1)]
    with pytest.raises(InputFileError, match="spans 1,048,576 rows by 17 columns, too large to read"):
        safety.check_input_file(_plan(tmp_path / "kota_contoh_2024.xlsx", 4, far=far))


def test_more_than_a_few_far_cells_are_content_not_strays_and_the_sheet_is_refused_as_before(tmp_path):
    far = [(1_048_576, column, "isi") for column in range(1, 202)]
    with pytest.raises(InputFileError, match="spans 1,048,576 rows by 201 columns, too large to read"):
        safety.check_input_file(_plan(tmp_path / "kota_contoh_2024.xlsx", 4, far=far))


def test_a_far_formula_is_left_out_with_the_other_far_cells_not_worked_out(tmp_path):
    # a script's total typed far below: its formula has no saved result, and working it out would bring the row back
    plan = read_plan(_plan(tmp_path / "kota_malang_2024.xlsx", 14, far=[(1_048_576, 16, "=SUM(D7:D9)")]))
    assert plan.rows_read == LAST_ROW and len(plan.items) == 4
    assert [(w.ref.sheet, w.ref.row) for w in plan.warnings if "left out" in w.message] == [("Renja", 1_048_576)]
