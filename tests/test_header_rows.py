"""Header rows: labels split over unmerged rows, a units row, column-index rows, budget units, plan identity."""

from __future__ import annotations

import pytest

from syncheck.header import is_index_row
from syncheck.identity import from_titles, level_of_name
from syncheck.inspection import inspect_json, render_inspection
from syncheck.messages import render
from syncheck.models import Kind, Level
from syncheck.readers import read_plan
from syncheck.units import budget_scale

from support import TITLE

PROGRAM = ("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN")
SUB_1 = ("1.02.02.2.01.0001", "Pembangunan Rumah Sakit")
SUB_2 = ("1.02.02.2.01.0002", "Pembangunan Puskesmas")
HEADER = ["Kode", "Uraian", "Lokasi", "Pagu Indikatif", "Perangkat Daerah"]


def read(make_workbook, header, rows, title=TITLE, **kwargs):
    """Read a one-sheet plan: title block, header row(s), rows."""
    return read_plan(str(make_workbook(title + header + rows, **kwargs)))


def test_a_header_whose_words_run_over_two_unmerged_rows_is_one_header(make_workbook):
    header = [["Kode", "Program/Kegiatan/", "Lokasi", "Pagu", "Perangkat"], [None, "Sub Kegiatan", None, "Indikatif (Rp)", "Daerah"]]
    plan = read(make_workbook, header, [[*SUB_1, "Kec. Bawen", 1000, "DINAS KESEHATAN"]])
    assert plan.sheets[0].header_rows == (5, 6)
    assert plan.sheets[0].columns == (("code", "A: Kode"), ("name", "B: Program/Kegiatan/Sub Kegiatan"), ("location", "C: Lokasi"),
                                      ("budget", "D: Pagu / Indikatif (Rp)"), ("agency", "E: Perangkat Daerah"))
    assert [(item.name, item.budget, item.agency) for item in plan.items] == [(SUB_1[1], 1000, "DINAS KESEHATAN")]
    assert plan.warnings == ()


def test_a_codeless_first_row_under_the_header_is_still_read(make_workbook):
    plan = read(make_workbook, [HEADER], [[None, "Pembangunan Rumah Sakit", "Kec. Bawen"], [*SUB_2, "Kec. Tugu", 2000]])
    assert [item.name for item in plan.items] == ["Pembangunan Rumah Sakit", SUB_2[1]]


def test_a_summary_table_above_the_plan_is_not_its_header(make_workbook):
    summary = [["A. REKAPITULASI PER BIDANG URUSAN"], ["Kode", "Bidang Urusan", "Pagu Indikatif"],
               ["1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN", 3000], [None, "JUMLAH", 3000], [], ["B. RINCIAN"]]  # fmt: skip
    plan = read(make_workbook, summary + [HEADER], [[*PROGRAM, None, 3000, "DINAS KESEHATAN"], [*SUB_1, "Kec. Bawen", 3000, "DINAS KESEHATAN"]])
    assert plan.sheets[0].header_rows == (11,)
    assert [(item.code_text, item.location, item.budget, item.agency) for item in plan.items] == [
        ("1.02.02", "", 3000, "DINAS KESEHATAN"), ("1.02.02.2.01.0001", "Kec. Bawen", 3000, "DINAS KESEHATAN")]
    assert plan.rows_read == plan.item_rows + plan.skipped_rows


def test_a_data_row_whose_words_name_more_roles_than_the_header_does_not_take_it_over(make_workbook):
    header = [["No", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu (Rp)", "Keterangan"]]
    rows = [[1, "Pembangunan Jalan Lingkungan", "Kecamatan Bumiaji", "Rp 150.000.000", "Sumber dana DAK"],
            [2, "Kegiatan Rehabilitasi Jalan", "Kecamatan Junrejo", "Rp 300.000.000", "Sumber dana DAK"]]  # fmt: skip
    plan = read(make_workbook, header, rows)
    assert plan.sheets[0].header_rows == (5,) and [item.budget for item in plan.items] == [150_000_000, 300_000_000]


def test_a_header_repeated_further_down_stays_a_copy_of_the_first(make_workbook):
    plan = read(make_workbook, [HEADER], [[*SUB_1, "Kec. Bawen", 1000], HEADER, [*SUB_2, "Kec. Tugu", 2000]])
    assert plan.sheets[0].header_rows == (5,) and [item.budget for item in plan.items] == [1000, 2000]


def test_a_units_row_under_the_labels_is_part_of_the_header(make_workbook):
    header = [["Kode", "Uraian", "Target", "Lokasi", "Pagu Indikatif"], [None, None, "(%)", "(Kec.)", "(Rp)"]]
    plan = read(make_workbook, header, [[*SUB_1, "80", "Bawen", 1000]])
    assert plan.sheets[0].header_rows == (5, 6)
    assert [(item.target, item.location, item.budget) for item in plan.items] == [("80", "Bawen", 1000)]
    assert plan.warnings == ()


@pytest.mark.parametrize("index", [
    ["1", "2", "3", "4", "5 = 6 + 7", "6", "7"], ["(1)", "(2)", "(3)", "(4)", "(5)=(6)+(7)", "(6)", "(7)"], ["a", "b", "c", "d", "e", "f", "g"],
    [1, 2, 4, 3, 5, 6, 7],
])
def test_column_index_rows_with_formulas_or_letters_are_not_items(make_workbook, index):
    header = [["Kode", "Uraian", "Lokasi", "Target", "Pagu Indikatif (Rp)", "APBD", "DAK"]]
    plan = read(make_workbook, header, [index, [*SUB_1, "Kec. Bawen", "1 unit", 1000, 600, 400]])
    assert [(item.kind, item.name, item.budget) for item in plan.items] == [(Kind.SUB_KEGIATAN, SUB_1[1], 1000)]
    assert plan.warnings == ()


def test_index_rows_need_a_sequence():
    assert is_index_row(("1", "2", "3 = 4 + 5", 4, 5)) and is_index_row(("A", "B", "C"))
    assert not is_index_row(("a", "Pembangunan", "c")) and not is_index_row(("c", "a", "b"))


def test_the_english_responsible_unit_column_is_the_agency(make_workbook):
    header = [["Code", "Program/Activity/Sub-Activity", "Location", "Indicative Budget (IDR)", "Responsible Unit"]]
    plan = read(make_workbook, header, [[*SUB_1, "Bawen", 1000, "DINAS KESEHATAN"]])
    assert plan.items[0].agency == "DINAS KESEHATAN"


@pytest.mark.parametrize("line", ["(dalam Rp. 1.000)", "Angka dalam Rp 1.000,-", "(000 Rupiah)", "Satuan : Rp. 1.000,-"])
def test_thousands_in_other_title_wordings(make_workbook, line):
    plan = read(make_workbook, [HEADER], [[*SUB_1, "Kec. Bawen", 1500]], title=[["RKPD KOTA CONTOH TAHUN 2024"], [line], []])
    assert plan.items[0].budget == 1_500_000


def test_amounts_in_prose_state_no_unit():
    assert budget_scale(["Pagu Indikatif"], ["Total Rp 1.000.000.000", "NOMOR 1.000 TAHUN 2023", "(dalam Rp. 1.000.000)"]) == 10**6
    assert budget_scale(["Pagu Indikatif"], ["Total pagu Rp 1.000.000.000", "Rp 1.000 per unit"]) == 1


def test_a_unit_in_a_spare_cell_of_the_header_row(make_workbook):
    plan = read(make_workbook, [HEADER + ["(dalam ribuan rupiah)"]], [[*SUB_1, "Kec. Bawen", 1500, "DINAS KESEHATAN"]])
    assert plan.items[0].budget == 1_500_000 and plan.warnings == ()


def test_a_unit_stated_in_a_note_under_the_table_is_read_and_said(make_workbook):
    rows = [[*SUB_1, "Kec. Bawen", 1500], [*SUB_2, "Kec. Tugu", 500], [], ["Keterangan : Pagu Indikatif dalam ribuan rupiah (Rp 000)"]]
    plan = read(make_workbook, [HEADER], rows)
    assert [item.budget for item in plan.items] == [1_500_000, 500_000]
    assert [warning.message for warning in plan.warnings] == [
        "budget amounts are read in units of Rp 1,000, as the note on row 9 says: "
        "'Keterangan : Pagu Indikatif dalam ribuan rupiah (Rp 000)'"]
    assert render(plan.warnings[0].message, "id") == (
        "pagu dibaca dalam satuan Rp 1.000, sesuai catatan di baris 9: 'Keterangan : Pagu Indikatif dalam ribuan rupiah (Rp 000)'"
    )


def test_a_unit_stated_above_the_table_wins_over_a_note_under_it(make_workbook):
    rows = [[*SUB_1, "Kec. Bawen", 1.5], [], ["Keterangan : Pagu Indikatif dalam ribuan rupiah"]]
    plan = read(make_workbook, [HEADER], rows, title=[["RKPD KOTA CONTOH TAHUN 2024"], ["(dalam jutaan rupiah)"], []])
    assert plan.items[0].budget == 1_500_000 and plan.warnings == ()


def _budget_column(plan):
    """The budget column's line as inspect shows it, English and Indonesian."""
    (text,) = [text for role, text in plan.sheets[0].columns if role == "budget"]
    return render(text, "en"), render(text, "id")


def test_a_scale_the_title_states_is_shown_beside_the_budget_column_not_warned(make_workbook):
    plan = read(make_workbook, [HEADER], [[*SUB_1, "Kec. Bawen", 1500]], title=[["RKPD KOTA CONTOH TAHUN 2024"], ["(dalam ribuan rupiah)"], []])
    assert plan.items[0].budget == 1_500_000 and plan.warnings == ()
    assert _budget_column(plan) == ("D: Pagu Indikatif (read x 1,000: row 2 says '(dalam ribuan rupiah)')",
                                    "D: Pagu Indikatif (dibaca x 1.000: baris 2 menyebut '(dalam ribuan rupiah)')")
    assert "    budget    D: Pagu Indikatif (read x 1,000: row 2 says '(dalam ribuan rupiah)')" in render_inspection([plan]).splitlines()
    (sheet,) = inspect_json([plan])["inputs"][0]["sheets"]
    assert sheet["budget_scale"] == 1000 and sheet["columns"][3]["column"] == "D: Pagu Indikatif (read x 1,000: row 2 says '(dalam ribuan rupiah)')"


def test_a_scale_a_label_or_a_note_states_is_shown_beside_the_budget_column(make_workbook):
    plan = read(make_workbook, [[*HEADER[:3], "Pagu Indikatif (Rp Juta)"]], [[*SUB_1, "Kec. Bawen", 1.5]])
    assert _budget_column(plan) == ("D: Pagu Indikatif (Rp Juta) (read x 1,000,000, as its label says)",
                                    "D: Pagu Indikatif (Rp Juta) (dibaca x 1.000.000, sesuai labelnya)")
    assert plan.sheets[0].scale == 10**6 and plan.warnings == ()
    rows = [[*SUB_1, "Kec. Bawen", 1500], [], ["Keterangan : Pagu Indikatif dalam ribuan rupiah"]]
    assert _budget_column(read(make_workbook, [HEADER], rows))[0] == (
        "D: Pagu Indikatif (read x 1,000: row 8 says 'Keterangan : Pagu Indikatif dalam ribuan rupiah')")


def test_a_sheet_in_rupiah_shows_its_budget_column_as_labelled(make_workbook):
    plan = read(make_workbook, [HEADER], [[*SUB_1, "Kec. Bawen", 1500]])
    assert _budget_column(plan) == ("D: Pagu Indikatif", "D: Pagu Indikatif") and plan.sheets[0].scale == 1


def test_the_plan_year_is_the_rkpds_not_the_regulations_on_one_lampiran_line(make_workbook):
    line = "LAMPIRAN PERATURAN BUPATI SEMARANG NOMOR 31 TAHUN 2023 TENTANG RKPD KABUPATEN SEMARANG TAHUN 2024"
    header = [["Kode", "Uraian", "Pagu APBD 2023 (Rp)", "Pagu Indikatif 2024 (Rp)"]]
    plan = read(make_workbook, header, [[*SUB_1, 700, 1000]], title=[[line], []])
    assert (plan.government, plan.year, plan.items[0].budget) == ("Kabupaten Semarang", 2024, 1000)


def test_a_regulation_line_naming_the_plan_without_its_year_leaves_the_year_to_other_lines():
    assert from_titles(["PERATURAN GUBERNUR NOMOR 5 TAHUN 2023 TENTANG RKPD", "TAHUN 2024"]).year == 2024


@pytest.mark.parametrize("line, government, level", [
    ("KABUPATEN SEMARANG PROVINSI JAWA TENGAH TAHUN 2024", "Kabupaten Semarang", Level.KABUPATEN),
    ("PROVINSI JAWA TENGAH KOTA SURAKARTA", "Kota Surakarta", Level.KOTA),
    ("RKPD PROVINSI JAWA TIMUR TAHUN 2024", "Provinsi Jawa Timur", Level.PROVINSI),
    ("KABUPATEN KOTAWARINGIN BARAT 2024", "Kabupaten Kotawaringin Barat", Level.KABUPATEN),
])
def test_the_government_name_stops_at_the_next_level_word(line, government, level):
    found = from_titles([line])
    assert (found.government, found.level) == (government, level)


@pytest.mark.parametrize("lines, government", [
    (["RENCANA KERJA PEMERINTAH DAERAH", "DAERAH ISTIMEWA YOGYAKARTA", "TAHUN 2024"], "Provinsi Daerah Istimewa Yogyakarta"),
    (["RKPD D.I. YOGYAKARTA TAHUN 2024"], "Provinsi Daerah Istimewa Yogyakarta"),
    (["PEMERINTAH ACEH", "RKPD TAHUN 2024"], "Provinsi Aceh"),
    (["RKPD NANGGROE ACEH DARUSSALAM TAHUN 2024"], "Provinsi Aceh"),
    (["DAERAH KHUSUS IBUKOTA JAKARTA"], "Provinsi DKI Jakarta"),
    (["RKPD DAERAH KHUSUS JAKARTA 2025"], "Provinsi DKI Jakarta"),
    # a kab/kota line wins, above or below the province; a bupati's regulation is a kab plan; Papua has 'Provinsi'
    (["KABUPATEN SLEMAN", "DAERAH ISTIMEWA YOGYAKARTA"], "Kabupaten Sleman"),
    (["DAERAH ISTIMEWA YOGYAKARTA", "KABUPATEN SLEMAN"], "Kabupaten Sleman"),
    (["KABUPATEN SLEMAN DAERAH ISTIMEWA YOGYAKARTA TAHUN 2024"], "Kabupaten Sleman"),
    (["KABUPATEN MALANG JATIM"], "Kabupaten Malang"),
    (["KABUPATEN MUARO JAMBI"], "Kabupaten Muaro Jambi"),
    (["RKPD ACEH BESAR 2024"], ""),
    (["PERATURAN BUPATI SLEMAN", "DAERAH ISTIMEWA YOGYAKARTA"], "Kabupaten Sleman"),
    (["RKPD PAPUA BARAT 2024"], ""),
    # a kab/kota's name before the province's on its line: the kab/kota's title, not the province's
    (["RENCANA KERJA PEMERINTAH DAERAH (RKPD)", "BANDA ACEH", "TAHUN 2024"], ""),
    (["RKPD SLEMAN, DIY"], ""),
    (["RKPD SIMEULUE - ACEH 2024"], ""),
    (["RKPD JAKARTA SELATAN DKI JAKARTA 2024"], ""),
])  # fmt: skip
def test_a_province_whose_official_name_has_no_provinsi_is_named_by_it(lines, government):
    found = from_titles(lines)
    assert (found.government, found.level) == (government, level_of_name(government) if government else None)


def test_a_plan_titled_daerah_istimewa_yogyakarta_is_the_provinces(make_workbook):
    title = [["RENCANA KERJA PEMERINTAH DAERAH"], ["DAERAH ISTIMEWA YOGYAKARTA"], ["TAHUN 2024"], []]
    plan = read(make_workbook, [HEADER], [[*SUB_1, "Kab. Sleman", 1000, "DINAS KESEHATAN"]], title=title, name="rkpd_2024_final.xlsx")
    assert (plan.government, plan.level, plan.year, plan.warnings) == ("Provinsi Daerah Istimewa Yogyakarta", Level.PROVINSI, 2024, ())


def test_merged_ranges_cover_the_table_columns_they_span_however_far_they_reach():
    from syncheck.header import _covered_columns

    merged = (((0, 1), (1, 2)), ((0, 3), (1_048_575, 16_383)), ((2, 0), (2, 0)))
    assert _covered_columns(merged, 0, 5) == [False, True, True, True, True]
    assert _covered_columns(merged, 2, 5) == [True, False, False, True, True]
    assert _covered_columns((((0, 9), (0, 12)),), 0, 5) == [False] * 5


def test_a_total_row_of_amounts_in_millions_under_the_header_is_no_row_of_years(make_workbook):
    header = [["Kode", "Uraian", "Pagu Indikatif 2024 (Juta Rp)", "Prakiraan Maju 2025 (Juta Rp)"]]
    rows = [["JUMLAH", None, 2045, 2050], ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", 2045, 2050],
            ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", 2045, 2050], ["1.02.02.2.01.0002", "Pembangunan Puskesmas", 2045, 2050]]
    plan = read_plan(str(make_workbook(TITLE + header + rows, merges=("A6:B6",))))
    assert [(item.code_text, item.budget) for item in plan.items] == [
        ("1.02.02", 2_045_000_000), ("1.02.02.2.01", 2_045_000_000), ("1.02.02.2.01.0002", 2_045_000_000)]


def test_invisible_characters_in_header_labels_are_read_as_in_any_other_cell(make_workbook):
    # a PDF conversion leaves soft hyphens and zero-width spaces inside words; the labels read as values.cell_text reads cells
    header = ["Ko\u200bde", "Ura\u00adian", "Lokasi", "Pa\u00adgu Indikatif", "Perangkat\u200b Daerah"]
    plan = read(make_workbook, [header], [[*SUB_1, "Kec. Bawen", 1000, "DINAS KESEHATAN"]])
    assert plan.sheets[0].columns == (("code", "A: Kode"), ("name", "B: Uraian"), ("location", "C: Lokasi"),
                                      ("budget", "D: Pagu Indikatif"), ("agency", "E: Perangkat Daerah"))
    assert [(item.name, item.budget) for item in plan.items] == [(SUB_1[1], 1000)]
