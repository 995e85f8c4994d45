"""How code cells and cell texts are read: what exporters wrap around codes, agency codes, account rows, names as seen."""

from __future__ import annotations

import datetime

import pytest

from click.testing import CliRunner

from syncheck.cli import main
from syncheck.codes import code_text, date_as_code, is_account_row, parse_cell_code, split_agency_prefix
from syncheck.models import Kind, SkipReason
from syncheck.readers import read_plan
from syncheck.values import cell_text, visible_text

from support import TITLE

HEADER = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]
OPD = "1.02.0.00.0.00.01.0000"
PROGRAM = ("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN")
KEGIATAN = ("1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan")
SUB_1 = ("1.02.02.2.01.0001", "Pembangunan Rumah Sakit")
SUB_2 = ("1.02.02.2.01.0002", "Pembangunan Puskesmas")


def plan_of(make_workbook, codes, *, names=None, agency="DINAS KESEHATAN", extra=(), before=()):
    """A plan of program, kegiatan and two sub kegiatan (100 + 200) whose code cells are written as given."""
    names = names or [PROGRAM[1], KEGIATAN[1], SUB_1[1], SUB_2[1]]
    places, budgets = [None, None, "Kec. Tugu", "Kec. Sawahan"], [300, 300, 100, 200]
    rows = [[code, name, place, budget, agency] for code, name, place, budget in zip(codes, names, places, budgets)]
    return read_plan(str(make_workbook(TITLE + [HEADER] + list(before) + rows + list(extra))))


def codes_of(plan):
    return [(item.kind.value, item.code_text) for item in plan.items]


EXPECTED = [("program", "1.02.02"), ("kegiatan", "1.02.02.2.01"), ("sub_kegiatan", "1.02.02.2.01.0001"), ("sub_kegiatan", "1.02.02.2.01.0002")]


def test_codes_with_a_typed_quote_or_invisible_characters_are_read(make_workbook):
    codes = ["'1.02.02", "\u2018" + KEGIATAN[0], "\u200b1.02.02.2.01.0001", "1.02.02.2.01.0002\ufeff"]
    plan = plan_of(make_workbook, codes)
    assert codes_of(plan) == EXPECTED
    assert plan.warnings == ()
    # the parent links come from the codes, so the sub kegiatan keep their program and kegiatan
    assert {(item.program_code, item.kegiatan_code) for item in plan.items[2:]} == {("1.02.02", "1.02.02.2.01")}


def test_csv_codes_quoted_to_keep_excel_from_reading_numbers(tmp_path):
    lines = ["RKPD KOTA CONTOH TAHUN 2024", "", ";".join(HEADER), f"'{PROGRAM[0]};{PROGRAM[1]};;300;",
             f'="{KEGIATAN[0]}";{KEGIATAN[1]};;300;', f'="{SUB_1[0]}";{SUB_1[1]};Kec. Tugu;100;', f"'{SUB_2[0]};{SUB_2[1]};Kec. Sawahan;200;"]
    path = tmp_path / "kota_contoh_2024.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = read_plan(str(path))
    assert codes_of(plan) == EXPECTED
    assert plan.warnings == ()


def test_invisible_characters_are_dropped_from_the_code_as_written(make_workbook):
    plan = plan_of(make_workbook, ["\u200b1.02.02", KEGIATAN[0], SUB_1[0], SUB_2[0]])
    assert plan.items[0].code_raw == "1.02.02"


def test_code_text_unwraps_what_exporters_add():
    assert code_text("'1.02.02") == "1.02.02"
    assert code_text('="1.02.02.2.01"') == "1.02.02.2.01"
    assert code_text("\u200b1.02.02\u200b") == "1.02.02"
    assert code_text("1.02.02.2.01.0001 -") == "1.02.02.2.01.0001"
    assert code_text("1\uff0e02\uff0e02") == "1.02.02"
    # a dash inside a name is no trailing separator
    assert parse_cell_code("Program -") is None


def test_a_code_cell_with_a_trailing_separator_keeps_its_code(make_workbook):
    plan = plan_of(make_workbook, [code + " -" for code in (PROGRAM[0], KEGIATAN[0], SUB_1[0], SUB_2[0])])
    assert codes_of(plan) == EXPECTED
    assert plan.warnings == ()
    assert plan.items[2].code_raw == "1.02.02.2.01.0001 -"


def test_an_agency_code_before_the_item_code_gives_both(make_workbook):
    codes = [f"{OPD}.{PROGRAM[0]}", f"{OPD}.{KEGIATAN[0]}", f"{OPD} {SUB_1[0]}", f"{OPD} - {SUB_2[0]}"]
    plan = plan_of(make_workbook, codes)
    assert codes_of(plan) == EXPECTED
    assert {item.agency_code for item in plan.items} == {OPD}
    assert sum(item.budget for item in plan.items if item.kind.value == "sub_kegiatan") == 300
    assert plan.warnings == () and not [row for row in plan.skipped if row.reason is SkipReason.BANNER]


def test_an_agency_code_before_a_code_glued_to_the_name(make_workbook):
    header = ["Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]
    rows = [[f"{OPD} {code} {name}", place, budget] for (code, name), place, budget in
            zip((PROGRAM, KEGIATAN, SUB_1), (None, None, "Kec. Tugu"), (100, 100, 100))]
    plan = read_plan(str(make_workbook(TITLE + [header] + rows)))
    assert [(item.code_text, item.name, item.agency_code) for item in plan.items] == [
        (PROGRAM[0], PROGRAM[1], OPD), (KEGIATAN[0], KEGIATAN[1], OPD), (SUB_1[0], SUB_1[1], OPD)]


def test_a_code_with_spaces_glued_to_its_name_in_one_cell_is_read(make_workbook):
    # a PDF-to-Excel conversion writes code and name in one cell with spaces between the code's segments
    spaced = [" ".join(code.split(".")) + " " + name for code, name in (PROGRAM, KEGIATAN, SUB_1, SUB_2)]
    for cells in ([[text, None] for text in spaced], [[None, text] for text in spaced]):  # in the code cell, in the name cell
        places, budgets = [None, None, "Kec. Tugu", "Kec. Sawahan"], [300, 300, 100, 200]
        rows = [[*pair, place, budget, "DINAS KESEHATAN"] for pair, place, budget in zip(cells, places, budgets)]
        plan = read_plan(str(make_workbook(TITLE + [HEADER] + rows)))
        assert codes_of(plan) == EXPECTED
        assert [item.name for item in plan.items] == [PROGRAM[1], KEGIATAN[1], SUB_1[1], SUB_2[1]]
        assert plan.warnings == () and [item.parent.row for item in plan.items[1:]] == [6, 7, 7]


def test_a_name_opening_with_numbers_under_a_coded_kegiatan_keeps_them(make_workbook):
    names = [PROGRAM[1], KEGIATAN[1], "2 (Dua) Unit Ambulans Desa", "10 Desa Siaga Aktif"]
    plan = plan_of(make_workbook, [PROGRAM[0], KEGIATAN[0], None, None], names=names)
    assert [(item.kind.value, item.code_text, item.name) for item in plan.items[2:]] == [
        ("sub_kegiatan", "", "2 (Dua) Unit Ambulans Desa"), ("sub_kegiatan", "", "10 Desa Siaga Aktif")]


def test_split_agency_prefix_needs_an_item_code_after_the_agency_code():
    assert split_agency_prefix(f"{OPD}.1.02.02.2.01") == (OPD, "1.02.02.2.01")
    assert split_agency_prefix(f"{OPD} - DINAS KESEHATAN") == ("", f"{OPD} - DINAS KESEHATAN")
    assert split_agency_prefix("1.02.02.2.01.0001") == ("", "1.02.02.2.01.0001")


def test_old_permendagri_13_codes_keep_their_rows_with_a_warning(make_workbook):
    codes = ["1.02.1.02.01.15", "1.02.1.02.01.15.01", "1.02.1.02.01.15.02", "1.02.1.02.01.15.03"]
    names = ["Program Upaya Kesehatan Masyarakat", "Penyediaan Biaya Operasional", "Peningkatan Pelayanan Rujukan", "Pengadaan Obat"]
    plan = plan_of(make_workbook, codes, names=names)
    assert [item.name for item in plan.items] == names
    assert sum(item.budget for item in plan.items if item.kind.value == "sub_kegiatan") == 300
    assert not [row for row in plan.skipped if row.reason is SkipReason.BANNER]
    warned = {warning.ref.row: warning.message for warning in plan.warnings}
    assert warned[7] == "code '1.02.1.02.01.15.01' is not a valid code; read as kegiatan from its place in the table"
    assert warned[8] == "code '1.02.1.02.01.15.02' is not a valid code; read as sub kegiatan from its place in the table"


def test_a_sipd_agency_code_row_with_a_place_is_an_item_row(make_workbook):
    extra = [[OPD, "Pembangunan Gedung Laboratorium", "Kec. Tugu", 50, None]]
    plan = plan_of(make_workbook, [PROGRAM[0], KEGIATAN[0], SUB_1[0], SUB_2[0]], extra=extra)
    last = plan.items[-1]
    assert (last.ref.row, last.name, last.budget, last.code) == (10, "Pembangunan Gedung Laboratorium", 50, None)
    assert any(warning.ref.row == 10 and OPD in warning.message for warning in plan.warnings)


def test_agency_rows_with_long_codes_stay_banners(make_workbook):
    rows = [[None, f"{OPD} - DINAS KESEHATAN", None, 300, None], ["1.02.01.01.00.00.00", "DINAS KESEHATAN", None, 300, None]]
    path = make_workbook(TITLE + [HEADER] + rows + [[code, name, None, 300, None] for code, name in (PROGRAM, KEGIATAN)])
    plan = read_plan(str(path))
    assert [row.reason for row in plan.skipped if row.ref.row in (6, 7)] == [SkipReason.BANNER, SkipReason.BANNER]
    assert [(item.agency, item.agency_code) for item in plan.items] == [("DINAS KESEHATAN", "1.02.01.01.00.00.00")] * 2


def test_codes_excel_turned_into_times_are_read_as_the_codes_they_were(make_workbook):
    # Indonesian Excel reads '1.02' as 01:02 and '1.02.02' as 01:02:02 ('.' separates hours and minutes there)
    rows = [[datetime.time(1, 2), "URUSAN PEMERINTAHAN BIDANG KESEHATAN", None, 300, None],
            [datetime.time(1, 2, 2), PROGRAM[1], None, 300, None], [KEGIATAN[0], KEGIATAN[1], None, 300, None]]
    plan = read_plan(str(make_workbook(TITLE + [HEADER] + rows)))
    assert [(item.kind, item.code_text, item.code_raw) for item in plan.items] == [
        (Kind.BIDANG, "1.02", "1.02"), (Kind.PROGRAM, "1.02.02", "1.02.02"), (Kind.KEGIATAN, KEGIATAN[0], KEGIATAN[0])]
    assert not plan.warnings


@pytest.mark.parametrize("dash", ["\u2013", "\u2014"])
def test_codes_typed_with_en_or_em_dashes_are_read(make_workbook, dash):
    plan = plan_of(make_workbook, [code.replace(".", dash) for code in (PROGRAM[0], KEGIATAN[0], SUB_1[0], SUB_2[0])])
    assert codes_of(plan) == EXPECTED
    assert plan.warnings == ()


@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2014", " \u2013 "])
def test_a_code_cell_holding_only_a_dash_is_a_row_without_code(make_workbook, dash):
    plan = plan_of(make_workbook, [PROGRAM[0], dash, SUB_1[0], SUB_2[0]])
    assert [(item.kind.value, item.code_text, item.code_raw) for item in plan.items[:2]] == [
        ("program", "1.02.02", "1.02.02"), ("kegiatan", "", "")]
    assert [warning.message for warning in plan.warnings] == ["row has no code; read as kegiatan from its place in the table"]


SPLIT_HEADER = [["Kode", None, None, None, "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu Indikatif 2026 (Rp)"],
                ["Ur.Bid", "Prog", "Keg", "Sub Keg", None, None, None]]


def split_plan(make_workbook, bidang):
    """A plan with 'Kode' over 'Ur.Bid | Prog | Keg | Sub Keg', each row's Ur.Bid cell holding ``bidang``."""
    pieces = [("02", None, None), ("02", "2.01", None), ("02", "2.01", "0001"), ("02", "2.01", "0002")]
    rows = [[bidang, *piece, name, place, budget] for piece, (_, name), place, budget in zip(
        pieces, (PROGRAM, KEGIATAN, SUB_1, SUB_2), (None, None, "Kec. Tugu", "Kec. Sawahan"), (300, 300, 100, 200))]
    merges = ("A5:D5", "E5:E6", "F5:F6", "G5:G6")
    return read_plan(str(make_workbook(TITLE + SPLIT_HEADER + rows, merges=merges)))


@pytest.mark.parametrize("date", [datetime.datetime(2025, 2, 1), datetime.date(2025, 2, 1)])
def test_a_split_bidang_code_excel_turned_into_a_date_is_read_back_as_the_code(make_workbook, date):
    # Indonesian Excel reads '1.02' typed in the Ur.Bid cell as 1 February of the year
    plan = split_plan(make_workbook, date)
    assert codes_of(plan) == EXPECTED
    assert [item.code_raw for item in plan.items[:2]] == ["1.02.02", "1.02.02.2.01"]
    assert [warning.message for warning in plan.warnings] == [
        "4 code cell(s) that Excel had turned into dates read back as the codes typed (2025-02-01 -> 1.02); first on row 7"]
    # the same as the number 1.02 gives, without the note
    number = split_plan(make_workbook, 1.02)
    assert (codes_of(number), number.warnings) == (EXPECTED, ())


def test_date_pieces_read_day_then_month_else_month_then_day():
    assert date_as_code(datetime.date(2025, 9, 2)) == "2.09"  # '2.09' typed in a day-month locale
    assert date_as_code(datetime.date(2025, 2, 9)) == "2.09"  # in a month-day one: 9.02 has no urusan 9
    assert date_as_code(datetime.date(2025, 12, 25)) is None
    assert date_as_code(datetime.datetime(2025, 2, 1, 8, 30)) is None
    assert date_as_code("1.02") is None


@pytest.mark.parametrize("unit_code", ["1.02.01", "1.02.01.01"])
def test_an_agency_heading_with_a_simda_unit_code_is_a_banner_not_a_program(make_workbook, unit_code):
    rows = [[unit_code, "DINAS KESEHATAN", None, None, None]] + [[code, name, None, 300, None] for code, name in (PROGRAM, KEGIATAN)]
    rows += [["1.02.01.02", "KECAMATAN", None, None, None], [SUB_1[0], SUB_1[1], "Kec. Tugu", 100, None]]
    plan = read_plan(str(make_workbook(TITLE + [HEADER] + rows)))
    assert [row.reason for row in plan.skipped if row.ref.row in (6, 9)] == [SkipReason.BANNER, SkipReason.BANNER]
    assert [(item.name, item.agency) for item in plan.items] == [
        (PROGRAM[1], "DINAS KESEHATAN"), (KEGIATAN[1], "DINAS KESEHATAN"), (SUB_1[1], "KECAMATAN")]
    assert not plan.warnings


def test_a_sub_kegiatan_named_after_the_hospital_it_builds_stays_an_item(make_workbook):
    rows = [[code, name, None, 300, None] for code, name in (PROGRAM, KEGIATAN)]
    rows += [[SUB_1[0], "Rumah Sakit Umum Daerah Karsa Husada (Pembangunan Gedung)", None, 300, None]]
    plan = read_plan(str(make_workbook(TITLE + [HEADER] + rows)))
    assert [(item.kind, item.budget) for item in plan.items][-1] == (Kind.SUB_KEGIATAN, 300)


def test_an_agency_row_with_its_code_in_the_name_gives_the_agency_without_the_dash(make_workbook):
    rows = [[None, f"{OPD} - DINAS KESEHATAN", None, 300, None]]
    path = make_workbook(TITLE + [HEADER] + rows + [[code, name, None, 300, None] for code, name in (PROGRAM, KEGIATAN)])
    plan = read_plan(str(path))
    assert {(item.agency, item.agency_code) for item in plan.items} == {("DINAS KESEHATAN", OPD)}


def test_an_agency_cell_with_its_code_gives_the_agency_code(make_workbook):
    plan = plan_of(make_workbook, [PROGRAM[0], KEGIATAN[0], SUB_1[0], SUB_2[0]], agency=f"{OPD} - Dinas Kesehatan")
    assert {(item.agency, item.agency_code) for item in plan.items} == {("Dinas Kesehatan", OPD)}


def test_an_agency_cell_holding_only_a_code_keeps_it_as_the_agency(make_workbook):
    plan = plan_of(make_workbook, [PROGRAM[0], KEGIATAN[0], SUB_1[0], SUB_2[0]], agency=OPD)
    assert {(item.agency, item.agency_code) for item in plan.items} == {(OPD, OPD)}


def test_account_code_rows_are_budget_detail_not_items(make_workbook):
    rows = [[PROGRAM[0], PROGRAM[1], None, 300, None], [KEGIATAN[0], KEGIATAN[1], None, 300, None],
            [SUB_1[0], SUB_1[1], "Kec. Tugu", 100, None],
            ["5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", None, 40, None],
            ["5.2.03.01.01.0001", "Belanja Modal Bangunan Gedung Tempat Pelayanan Kesehatan", None, 60, None],
            [SUB_2[0], SUB_2[1], "Kec. Sawahan", 200, None],
            [None, "5.1.02 Belanja Barang dan Jasa", None, 200, None]]
    plan = read_plan(str(make_workbook(TITLE + [HEADER] + rows)))
    assert codes_of(plan) == EXPECTED
    assert plan.items[3].kegiatan_code == KEGIATAN[0]
    assert sum(item.budget for item in plan.items if item.kind.value == "sub_kegiatan") == 300
    assert [row.ref.row for row in plan.skipped if row.reason is SkipReason.DETAIL] == [9, 10, 12]
    assert [warning.message for warning in plan.warnings] == [
        "3 budget account row(s) (kode rekening such as 5.1.02.01.01.0024) skipped as detail of the item above, "
        "their amounts not counted; first on row 9"]
    assert plan.rows_read == len(plan.items) + sum(row.count for row in plan.skipped)


def test_account_codes_are_told_from_item_codes():
    assert is_account_row("5.1.02.01.01.0024", "Belanja Alat Tulis Kantor")
    assert is_account_row("5.1.02.01", "")
    assert is_account_row("", "5.1.02 Belanja Barang dan Jasa")
    # urusan 5 and 6 items have a two-digit bidang; a hand-made '5.1.02' program is no account
    assert not is_account_row("5.01.02", "PROGRAM PERENCANAAN")
    assert not is_account_row("5.1.02", "PROGRAM PERENCANAAN")
    assert not is_account_row("5.1.02.2.01", "Koordinasi Penyusunan Dokumen")


def test_account_rows_in_the_inspection_in_indonesian(make_workbook):
    rows = [[SUB_1[0], SUB_1[1], "Kec. Tugu", 100, None], ["5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", None, 40, None]]
    result = CliRunner().invoke(main, ["inspect", str(make_workbook(TITLE + [HEADER] + rows)), "--lang", "id"])
    assert result.exit_code == 0
    assert "  baris: 7 dibaca = 1 item + 6 dilewati (kosong 1, rincian belanja 1, kepala tabel 1, judul 3)" in result.output


def test_the_same_sub_kegiatan_written_with_two_and_four_digits_is_a_duplicate(make_workbook):
    extra = [["1.02.02.2.01.01", SUB_1[1], "Kec. Tugu", 50, "DINAS KESEHATAN"]]
    plan = plan_of(make_workbook, [PROGRAM[0], KEGIATAN[0], SUB_1[0], SUB_2[0]], extra=extra)
    assert [(warning.ref.row, warning.message) for warning in plan.warnings] == [
        (10, "duplicate row: code 1.02.02.2.01.01 already on row 8 of sheet 'Sheet1', written 1.02.02.2.01.0001 there")]


def test_names_are_shown_single_spaced_as_a_reader_sees_them(make_workbook):
    names = ["  PROGRAM PEMENUHAN\nUPAYA KESEHATAN  ", "Penyediaan Fasilitas\r\nPelayanan Kesehatan", "Pembangunan  Rumah Sakit ",
             "Pembangunan\tPuskesmas\u200b"]
    plan = plan_of(make_workbook, [PROGRAM[0], KEGIATAN[0], SUB_1[0], SUB_2[0]], names=names)
    assert [item.name for item in plan.items] == [PROGRAM[1], KEGIATAN[1], SUB_1[1], SUB_2[1]]
    assert plan.items[3].program_name == PROGRAM[1]


def test_agency_and_place_cells_lose_invisible_characters(make_workbook):
    plan = plan_of(make_workbook, [PROGRAM[0], KEGIATAN[0], SUB_1[0], SUB_2[0]], agency="\u200bDINAS  KESEHATAN\ufeff")
    assert {item.agency for item in plan.items} == {"DINAS KESEHATAN"}


def test_visible_text_and_cell_text_drop_invisible_characters():
    assert visible_text(" a\u200b b\n\tc ") == "a b c"
    assert cell_text("\ufeffDINAS  KESEHATAN") == "DINAS KESEHATAN"
    assert cell_text(12.0) == "12"


def test_codes_padded_to_full_width_with_zeros_are_their_parents_codes(make_workbook):
    # one fixed-width code format for every row: the zero segments only fill the width (a level digit 0 is never valid)
    parents = [["1.00.00.0.00.0000", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", None, 300, "DINAS KESEHATAN"],
               ["1.02.00.0.00.0000", "URUSAN PEMERINTAHAN BIDANG KESEHATAN", None, 300, "DINAS KESEHATAN"]]
    plan = plan_of(make_workbook, ["1.02.02.0.00.0000", "1.02.02.2.01.0000", SUB_1[0], SUB_2[0]], before=parents)
    assert codes_of(plan) == [("urusan", "1"), ("bidang_urusan", "1.02"), *EXPECTED] and plan.warnings == ()
    assert {(item.program_code, item.kegiatan_code) for item in plan.items[4:]} == {("1.02.02", "1.02.02.2.01")}
    assert plan.items[2].code_raw == "1.02.02.0.00.0000"  # the code as written stays beside the code it stands for


def test_a_bidang_code_typed_with_a_comma_is_a_code_not_a_group_heading(make_workbook):
    rows = [["5,01", "PERENCANAAN", None, 300, "BAPPEDA"], ["5,01,02", "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI", None, 300, "BAPPEDA"],
            ["5,01,02,2,01", "Analisis Data dan Informasi Perencanaan", None, 300, "BAPPEDA"],
            ["5,01,02,2,01,0001", "Penyusunan Profil Pembangunan Daerah", "Kec. Tugu", 300, "BAPPEDA"]]
    plan = read_plan(str(make_workbook(TITLE + [HEADER] + rows)))
    assert codes_of(plan) == [("bidang_urusan", "5.01"), ("program", "5.01.02"), ("kegiatan", "5.01.02.2.01"), ("sub_kegiatan", "5.01.02.2.01.0001")]
    assert plan.warnings == ()
    assert parse_cell_code("1,5") is None and parse_cell_code("0,50") is None  # decimal numbers stay no code
