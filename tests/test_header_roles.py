"""Header roles: budget units, Perubahan columns, several budget columns, locations, agency and code labels."""

from __future__ import annotations

import pytest

from syncheck.header import role_of
from syncheck.models import Kind
from syncheck.places import split_locations
from syncheck.units import budget_scale

from support import budgets
from support import read_sheet as read
from support import warning_texts as messages

PROGRAM = ("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN")
KEGIATAN = ("1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan")
SUB_1 = ("1.02.02.2.01.0001", "Pembangunan Rumah Sakit")
SUB_2 = ("1.02.02.2.01.0002", "Pembangunan Puskesmas")


@pytest.mark.parametrize("label, unit", [
    ("Pagu Indikatif (Rp. Juta)", 10**6), ("Pagu Indikatif (Rp Ribu)", 1000), ("Pagu (dalam ribu)", 1000),
    ("Pagu Indikatif (Rp x 1.000)", 1000), ("Pagu Indikatif (Rp. Miliar)", 10**9), ("Pagu (Milyar Rupiah)", 10**9),
    ("Pagu Indikatif (Rp)", 1),
])
def test_the_budget_label_states_the_unit(make_workbook, label, unit):
    plan = read(make_workbook, [["Kode", "Uraian", label]], [[*SUB_1, 1.5], [*SUB_2, 1500]])
    assert budgets(plan)[1] == 1500 * unit and (unit == 1 or budgets(plan)[0] == int(1.5 * unit))


def test_a_unit_phrase_in_the_title_counts_but_an_amount_in_prose_does_not():
    assert budget_scale(["Pagu Indikatif"], ["RKPD 2024", "(dalam ribuan rupiah)"]) == 1000
    assert budget_scale(["Pagu Indikatif"], ["Dalam Juta Rupiah"]) == 10**6
    assert budget_scale(["Pagu Indikatif"], ["Total pagu Rp 350 miliar", "KEPULAUAN SERIBU"]) == 1


@pytest.mark.parametrize("label, unit", [
    ("Pagu Indikatif (x Rp 1.000)", 1000), ("Pagu Indikatif (x Rp. 1.000,-)", 1000), ("Pagu (X Rp1000)", 1000),
    ("Pagu Indikatif (x Rp 1.000.000)", 10**6), ("Pagu Indikatif (Rp 1000)", 1000), ("Pagu Indikatif (Rp 1.000,00)", 1000),
    ("Pagu Indikatif (Rp. Jt)", 10**6), ("Pagu Indikatif (Jt Rp)", 10**6), ("Pagu (Jt.)", 10**6), ("Pagu Indikatif (Rp. Rb)", 1000),
])
def test_the_unit_written_with_x_rp_or_abbreviated_in_the_budget_label(make_workbook, label, unit):
    plan = read(make_workbook, [["Kode", "Uraian", label]], [[*SUB_1, 1.5], [*SUB_2, 1500]])
    assert budgets(plan) == [int(1.5 * unit), 1500 * unit]


@pytest.mark.parametrize("line, unit", [("(x Rp 1.000)", 1000), ("(dalam Rp. Jt)", 10**6), ("Satuan : Rp Rb", 1000)])
def test_the_unit_written_with_x_rp_or_abbreviated_in_a_title_line(make_workbook, line, unit):
    plan = read(make_workbook, [["Kode", "Uraian", "Pagu Indikatif"]], [[*SUB_1, 1500]], title=[["RKPD KOTA CONTOH TAHUN 2024"], [line], []])
    assert budgets(plan) == [1500 * unit]


def test_abbreviations_and_amounts_that_state_no_unit(make_workbook):
    # a title's '(RB)' is Reformasi Birokrasi, 'M' may be million or miliar, and an amount in prose is no unit
    title = [["RKPD KOTA CONTOH TAHUN 2024"], ["PROGRAM PRIORITAS REFORMASI BIROKRASI (RB)"], ["Total pagu Rp 1.000.000.000"], []]
    plan = read(make_workbook, [["Kode", "Uraian", "Pagu Indikatif (Rp)"]], [[*SUB_1, 1500]], title=title)
    assert budgets(plan) == [1500]
    assert budget_scale(["Pagu Indikatif (Rp. M)"]) == 1 and budget_scale(["Pagu RB (Rp)"]) == 1
    assert budget_scale(["Pagu Indikatif"], ["(Rp 10000)", "Jumlah Rp 1.000.000,00 per paket"]) == 1


@pytest.mark.parametrize("labels", [
    ["Pagu Sebelum Perubahan (Rp)", "Pagu Setelah Perubahan (Rp)", "Bertambah/(Berkurang)"],
    ["Pagu Murni (Rp)", "Pagu Perubahan (Rp)", "Perubahan (+/-)"],
    ["Pagu Awal (Rp)", "Pagu Akhir (Rp)", "Bertambah/(Berkurang)"],
])
def test_a_perubahan_plan_reads_the_after_change_column(make_workbook, labels):
    plan = read(make_workbook, [["Kode", "Uraian", *labels]], [[*SUB_1, 100, 110, 10], [*SUB_2, 200, 150, -50]])
    assert budgets(plan) == [110, 150]
    assert messages(plan) == []


def test_a_budget_at_the_end_of_the_renstra_period_is_not_an_after_change_column(make_workbook):
    labels = ["Pagu Indikatif 2024 (Rp)", "Pagu Awal Periode Renstra (Rp)", "Pagu Akhir Periode Renstra (Rp)"]
    plan = read(make_workbook, [["Kode", "Uraian", *labels]], [[*SUB_1, 100, 80, 500], [*SUB_2, 200, 90, 700]])
    assert budgets(plan) == [100, 200]


def test_semula_menjadi_under_one_ceiling_reads_menjadi(make_workbook):
    header = [["Kode", "Uraian", "Semula", "Menjadi"], [None, None, "Pagu Indikatif (Rp)", "Pagu Indikatif (Rp)"]]
    plan = read(make_workbook, header, [[*SUB_1, 100, 120]], merges=("A5:A6", "B5:B6"))
    assert budgets(plan) == [120]


@pytest.mark.parametrize("old, new", [("Kode Lama", "Kode Baru"), ("Kode 2020", "Kode 2023"), ("Kode (Permendagri 90)", "Kode (Kepmendagri)")])
def test_codes_of_two_nomenclatures_read_the_newer(make_workbook, old, new):
    rows = [["1.02.02.2.01.01", *SUB_1, "Kec. Tugu", 100], ["1.02.02.2.01.02", *SUB_2, "Kec. Dau", 90],
            ["1.02.02.2.01.03", "1.02.02.2.01.0003", "Pembangunan Pustu", "Kec. Batu", 80]]
    plan = read(make_workbook, [[old, new, "Uraian", "Lokasi", "Pagu Indikatif (Rp)"]], rows)
    assert [item.code_text for item in plan.items] == [SUB_1[0], SUB_2[0], "1.02.02.2.01.0003"]
    # the column set aside is said (inspect lists only the columns read)
    assert messages(plan) == [f"code column A ({old}) holds another numbering (an old or hidden code) beside B ({new}): codes are read from B ({new}) alone"]


def test_a_code_split_over_columns_whose_labels_name_a_nomenclature_keeps_every_part():
    from syncheck.budget_columns import prefer_after_change

    roles, labels = {0: "code", 1: "code", 2: "name"}, {0: "Kode Urusan/Bidang", 1: "Kode Sub Kegiatan (Nomenklatur Baru)", 2: "Uraian"}
    parts = tuple(("1.02", f"02.2.01.000{number}", "Pembangunan") for number in range(1, 5))
    assert prefer_after_change(roles, labels, parts) == roles
    whole = tuple((f"1.02.02.2.01.0{number}", f"1.02.02.2.01.000{number}", "Pembangunan") for number in range(1, 5))
    assert prefer_after_change(roles, {**labels, 0: "Kode Lama"}, whole) == {1: "code", 2: "name"}


def test_a_title_line_right_above_the_header_with_a_merge_reaching_into_it_stays_a_title(make_workbook):
    title = [["RENCANA KERJA PEMERINTAH DAERAH"], ["TAHUN 2024"], [], ["KOTA CONTOH"]]
    plan = read(make_workbook, [["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)"]], [[*SUB_1, "Kec. Tugu", 100]],
                title=title, merges=("F4:G5",), name="rkpd_2024.xlsx")
    assert (plan.government, plan.sheets[0].header_rows) == ("Kota Contoh", (5,))


def test_a_change_table_repeating_code_and_name_on_each_side_reads_the_menjadi_side(make_workbook):
    side = ["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)"]
    header = [["No", "Semula", None, None, None, "Menjadi", None, None, None], [None, *side, *side]]
    rows = [[1, *SUB_1, "Kec. Tugu", 100, *SUB_1, "Kec. Batu", 120], [2, None, None, None, None, *SUB_2, "Kec. Dau", 90]]
    plan = read(make_workbook, header, rows, merges=("A5:A6", "B5:E5", "F5:I5"))
    assert [(item.code_text, item.location, item.budget) for item in plan.items] == [(SUB_1[0], "Kec. Batu", 120), (SUB_2[0], "Kec. Dau", 90)]


@pytest.mark.parametrize("labels, read_col", [
    (["Pagu Usulan OPD (Rp)", "Pagu Hasil Verifikasi (Rp)"], 1),
    (["Usulan Anggaran (Rp)", "Pagu Indikatif (Rp)"], 1),
    (["Jumlah Sasaran", "Kebutuhan Dana (Rp)"], 1),
    (["Pagu Indikatif Perangkat Daerah (Rp)", "Keterangan"], 0),
])
def test_the_ceiling_is_read_not_a_proposal_or_a_count(make_workbook, labels, read_col):
    plan = read(make_workbook, [["Kode", "Uraian", "Perangkat Daerah", *labels]], [[*SUB_1, "DINAS KESEHATAN", 1300, 1000]])
    assert budgets(plan) == [[1300, 1000][read_col]]
    assert plan.items[0].agency == "DINAS KESEHATAN" and messages(plan) == []


def test_funding_source_parts_without_a_total_are_added_up(make_workbook):
    header = [["Kode", "Uraian", "Pagu Indikatif (Rp)", None, None], [None, None, "APBD", "DAK", "Bankeu Provinsi"]]
    rows = [[*SUB_1, 1000, 500, None], [*SUB_2, None, None, 300], [*PROGRAM, "Rp 1.000", "1.500", None]]
    plan = read(make_workbook, header, rows, merges=("C5:E5", "A5:A6", "B5:B6"))
    assert budgets(plan) == [1500, 300, 2500]


def test_a_total_beside_the_parts_is_read_alone(make_workbook):
    header = [["Kode", "Uraian", "Pagu Indikatif (Rp)", None, None], [None, None, "APBD", "DAK", "Jumlah"]]
    plan = read(make_workbook, header, [[*SUB_1, 1000, 500, 1400]], merges=("C5:E5", "A5:A6", "B5:B6"))
    assert budgets(plan) == [1400]


def test_the_plan_year_from_the_file_name_picks_the_year_column(make_workbook):
    title = [["RENCANA KERJA PEMERINTAH DAERAH"], ["KABUPATEN SEMARANG"], [], []]
    header = [["Kode", "Uraian", "Pagu Indikatif 2024 (Rp)", "Pagu Indikatif 2025 (Rp)"]]
    plan = read(make_workbook, header, [[*SUB_1, 100, 105], [*SUB_2, None, 210]], title=title, name="kab_semarang_2024.xlsx")
    assert budgets(plan) == [100, None]


YEAR_TITLE = [["RENCANA KERJA PEMERINTAH DAERAH"], ["KABUPATEN SEMARANG"], ["TAHUN 2025"], []]
YEARS_MERGED = ("C5:D5", "A5:A6", "B5:B6", "E5:E6")


@pytest.mark.parametrize("years", [(2024, 2025), (2024.0, 2025.0), ("2024", "2025")])
def test_years_typed_as_numbers_under_a_merged_budget_label_pick_the_plan_years_column(make_workbook, years):
    header = [["Kode", "Uraian", "Pagu Indikatif (Rp)", None, "Perangkat Daerah"], [None, None, *years, None]]
    plan = read(make_workbook, header, [[*SUB_1, 90, 100, "DINKES"], [*SUB_2, 180, 200, "DINKES"]], title=YEAR_TITLE, merges=YEARS_MERGED)
    assert plan.sheets[0].header_rows == (5, 6)
    assert ("budget", "D: Pagu Indikatif (Rp) / 2025") in plan.sheets[0].columns
    assert budgets(plan) == [100, 200] and messages(plan) == []


def test_years_typed_as_numbers_under_repeated_unmerged_labels_pick_the_plan_years_column(make_workbook):
    header = [["Kode", "Uraian", "Pagu Indikatif", "Pagu Indikatif"], [None, None, 2024, 2025]]
    plan = read(make_workbook, header, [[*SUB_1, 90, 100]], title=YEAR_TITLE)
    assert plan.sheets[0].header_rows == (5, 6) and budgets(plan) == [100] and messages(plan) == []


def test_without_a_plan_year_the_warning_names_each_budget_column_by_its_year(make_workbook):
    header = [["Kode", "Uraian", "Pagu Indikatif (Rp)", None, "Perangkat Daerah"], [None, None, 2024, 2025, None]]
    title = [["RENCANA KERJA PEMERINTAH DAERAH"], ["KABUPATEN SEMARANG"], [], []]
    plan = read(make_workbook, header, [[*SUB_1, 90, 100, "DINKES"]], title=title, merges=YEARS_MERGED, name="rkpd.xlsx")
    assert messages(plan) == [
        "several budget columns: every budget is read from column C (Pagu Indikatif (Rp) / 2024), not from D (Pagu Indikatif (Rp) / 2025)"
    ]


@pytest.mark.parametrize("row", [
    [None, "PROGRAM PEMENUHAN UPAYA KESEHATAN", 2030, 2035],  # a codeless row with budgets in millions that look like years
    [1, "Pembangunan Rumah Sakit", 2024, 2025],  # a 'No' column beside them
    [None, None, 2030, 2500],  # two numbers, one no year
    [None, None, 2025, None],  # one year alone
])
def test_a_body_row_of_numbers_like_years_is_never_header(make_workbook, row):
    header = [["No", "Uraian", "Pagu Indikatif 2024 (Rp Juta)", "Pagu Indikatif 2025 (Rp Juta)"]]
    plan = read(make_workbook, header, [row, [None, SUB_2[1], 10, 20]], title=YEAR_TITLE)
    assert plan.sheets[0].header_rows == (5,)


def test_several_equal_budget_columns_read_one_column_for_every_row_and_say_which(make_workbook):
    header = [["Kode", "Uraian", "Pagu Indikatif (Rp)", "Pagu Indikatif (Rp)"]]
    plan = read(make_workbook, header, [[*SUB_1, None, 100], [*SUB_2, 50, 200], [*PROGRAM, None, 300]])
    assert budgets(plan) == [100, 200, 300]
    assert messages(plan) == [
        "several budget columns: every budget is read from column D (Pagu Indikatif (Rp)), not from C (Pagu Indikatif (Rp))"
    ]


def test_a_sheet_with_items_but_no_budget_column_is_warned_once(make_workbook):
    plan = read(make_workbook, [["Kode", "Uraian", "Lokasi"]], [[*SUB_1, "Kec. Tugu"], [*SUB_2, "Kec. Batu"]])
    assert messages(plan) == ["no budget column found in the header (Kode | Uraian | Lokasi): every budget is empty"]


def test_kecamatan_and_desa_columns_make_one_location_whose_places_match(make_workbook):
    header = [["Kode", "Uraian", "Kecamatan", "Desa/Kelurahan", "Pagu Indikatif (Rp)"]]
    plan = read(make_workbook, header, [[*SUB_1, "Kec. Ungaran", "Desa Lerep", 100], [*SUB_2, "Kec. Bawen", None, 200]])
    assert [item.location for item in plan.items] == ["Kec. Ungaran, Desa Lerep", "Kec. Bawen"]
    assert split_locations(plan.items[0].location) == ("Kec. Ungaran", "Desa Lerep")


@pytest.mark.parametrize("label, role", [
    ("Wilayah / Sasaran", "location"), ("Lokus", "location"), ("Sasaran Wilayah", "location"), ("Kabupaten/Kota", "location"),
    ("Indicative Ceiling (IDR)", "budget"), ("Budget", "budget"), ("Jumlah", "budget"), ("Jumlah Sasaran", None),
    ("Pelaksana", "agency"), ("Unit Pelaksana", "agency"), ("Dinas Pelaksana", "agency"), ("Leading Sector", "agency"),
    ("Kode SKPD", "agency_code"), ("Nama SKPD", "agency"), ("Kode Unit", "agency_code"), ("Nama Unit", "agency"),
    ("No. Rek", "code"), ("Perubahan (+/-)", "forward"), ("Pagu Setelah Perubahan", "budget"), ("Waktu Pelaksanaan", None),
    ("Dinas", "agency"), ("Organisasi", "agency"), ("Unit Organisasi", "agency"), ("Pengampu", "agency"), ("OPD Pengampu", "agency"),
])
def test_label_roles(label, role):
    assert role_of(label) == role


@pytest.mark.parametrize("unit", ["SKPD", "Unit"])
def test_agency_code_and_name_columns_leave_the_item_code_and_name(make_workbook, unit):
    header = [[f"Kode {unit}", f"Nama {unit}", "Kode", "Uraian", "Pagu Indikatif (Rp)"]]
    agency = ["1.02.0.00.0.00.01.0000", "DINAS KESEHATAN"]
    plan = read(make_workbook, header, [[*agency, *PROGRAM, 300], [*agency, *KEGIATAN, 300], [*agency, *SUB_1, 300]])
    assert [(item.kind, item.code_text, item.name) for item in plan.items] == [
        (Kind.PROGRAM, *PROGRAM), (Kind.KEGIATAN, *KEGIATAN), (Kind.SUB_KEGIATAN, *SUB_1)]
    assert {(item.agency, item.agency_code) for item in plan.items} == {("DINAS KESEHATAN", "1.02.0.00.0.00.01.0000")}


def test_english_header_and_no_rek_code_column(make_workbook):
    header = [["No. Rek", "Program / Activity / Sub-activity", "Location", "Indicative Ceiling (IDR)", "Leading Sector"]]
    plan = read(make_workbook, header, [[*SUB_1, "Kec. Tugu", 100, "DINAS KESEHATAN"]])
    item = plan.items[0]
    assert (item.code_text, item.location, item.budget, item.agency) == (SUB_1[0], "Kec. Tugu", 100, "DINAS KESEHATAN")


def test_a_header_after_a_long_cover_block_is_found(make_workbook):
    cover = [["LAMPIRAN RKPD TAHUN 2024"]] + [[f"catatan {i}"] for i in range(33)] + [[]]
    plan = read(make_workbook, [["Kode", "Uraian", "Pagu Indikatif (Rp)"]], [[*SUB_1, 100]], title=cover)
    assert plan.sheets[0].header_rows == (36,) and budgets(plan) == [100]


def test_a_budget_column_without_amounts_leaves_no_doubt(make_workbook):
    header = [["Kode", "Uraian", "Pagu Indikatif", None]]
    plan = read(make_workbook, header, [[*SUB_1, "Rp", 100], [*SUB_2, "Rp", 200]], merges=("C5:D5",))
    assert budgets(plan) == [100, 200] and messages(plan) == []


def test_a_perubahan_plan_reads_the_after_change_location_and_target(make_workbook):
    header = [["Kode", "Uraian", "Lokasi Semula", "Lokasi Menjadi", "Target Semula", "Target Menjadi", "Pagu (Rp)"]]
    plan = read(make_workbook, header, [[*SUB_1, "Kec. Tugu", "Kec. Batu", "1 unit", "2 unit", 100]])
    item = plan.items[0]
    assert (item.location, item.target, item.budget) == ("Kec. Batu", "2 unit", 100)


def test_an_agency_code_merged_down_over_its_block_applies_to_every_row(make_workbook):
    header = [["Kode SKPD", "Nama SKPD", "Kode", "Uraian", "Pagu Indikatif (Rp)"]]
    rows = [["1.02.0.00.0.00.01.0000", "DINAS KESEHATAN", *SUB_1, 100], [None, None, *SUB_2, 200]]
    plan = read(make_workbook, header, rows, merges=("A6:A7", "B6:B7"))
    assert [(item.agency, item.agency_code) for item in plan.items] == [("DINAS KESEHATAN", "1.02.0.00.0.00.01.0000")] * 2


def test_a_recap_sheet_counting_sub_kegiatan_per_agency_is_not_read_as_a_plan(make_workbook):
    from syncheck.header import find_header

    rows = (("REKAPITULASI PAGU INDIKATIF PER PERANGKAT DAERAH",), (), ("No", "Perangkat Daerah", "Jumlah Sub Kegiatan", "Pagu Indikatif (Rp)"),
            (1, "DINAS PERHUBUNGAN", 8, 55_920_000_000))
    assert find_header(rows, ()) is None


def test_an_outline_number_column_of_a_codeless_plan_is_not_the_code_column(make_workbook):
    header = [["No", "Urusan/Bidang/Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]]
    rows = [["1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", None, 600],
            ["1.1", "URUSAN PEMERINTAHAN BIDANG KESEHATAN", None, 600],
            ["1.1.1", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", None, 600],
            ["1.1.1.1", "Kegiatan Penyediaan Fasilitas Pelayanan Kesehatan", None, 600],
            ["1.1.1.1.1", "Pembangunan Rumah Sakit", "Kec. Tugu", 100], ["1.1.1.1.2", "Pembangunan Puskesmas", "Kec. Bawen", 200],
            ["1.1.1.1.3", "Rehabilitasi Puskesmas", "Kec. Batu", 300]]
    plan = read(make_workbook, header, rows)
    assert "code" not in [role for role, _ in plan.sheets[0].columns]
    assert [(item.kind, item.code_text) for item in plan.items] == [
        (Kind.URUSAN, ""), (Kind.BIDANG, ""), (Kind.PROGRAM, ""), (Kind.KEGIATAN, ""), *[(Kind.SUB_KEGIATAN, "")] * 3]
    assert not any("not a valid code" in text for text in messages(plan))


def test_a_number_column_holding_codes_is_still_the_code_column(make_workbook):
    header = [["No", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]]
    for codes in (["1.02.02", "1.02.02.2.01", "1.02.02.2.01.0001"], ["1.2.2", "1.2.2.2.1", "1.2.2.2.1.1", "1.2.2.2.1.2", "1.2.2.2.1.3"]):
        names = ["PROGRAM PEMENUHAN UPAYA KESEHATAN", "Penyediaan Fasilitas Pelayanan Kesehatan"] + ["Pembangunan Rumah Sakit"] * 3
        plan = read(make_workbook, header, [[code, name, None, 100] for code, name in zip(codes, names)])
        assert [item.kind for item in plan.items][:3] == [Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN]
        assert plan.items[0].code_text == "1.02.02" and plan.items[2].code_text.startswith("1.02.02.2.01.0")


@pytest.mark.parametrize("label, role", [
    ("Program/Kegiatan/Sub Kegiatan dan Indikator Kinerja", "name"), ("Nama Program, Kegiatan, Sub Kegiatan dan Indikator", "name"),
    ("Uraian dan Target", "name"), ("Indikator Kinerja Program/Kegiatan", "indicator"), ("Nama Indikator", "indicator"),
    ("Target Kinerja Program/Kegiatan", "target"),
])
def test_a_label_naming_the_items_with_their_indicators_is_the_name_column(label, role):
    assert role_of(label) == role


def test_names_written_with_their_indicators_under_one_label_are_read(make_workbook):
    header = [["Kode", "Program/Kegiatan/Sub Kegiatan dan Indikator Kinerja", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]]
    rows = [[*PROGRAM, None, 300, "DINAS KESEHATAN"], [*KEGIATAN, None, 300, "DINAS KESEHATAN"],
            [SUB_1[0], f"{SUB_1[1]}\nIndikator: Jumlah rumah sakit dibangun", "Kec. Luwuk", 300, "DINAS KESEHATAN"]]  # fmt: skip
    plan = read(make_workbook, header, rows)
    assert [(item.kind, item.name) for item in plan.items] == [(Kind.PROGRAM, PROGRAM[1]), (Kind.KEGIATAN, KEGIATAN[1]), (Kind.SUB_KEGIATAN, SUB_1[1])]


def test_indicator_rows_under_items_in_a_column_labelled_with_the_indicators_are_no_items(make_workbook):
    header = [["Kode", "Program/Kegiatan/Sub Kegiatan dan Indikator Kinerja", "Target", "Lokasi", "Pagu Indikatif (Rp)"]]
    rows = [[*PROGRAM, None, None, 300], [None, "Persentase Fasilitas Kesehatan Terakreditasi", "90 %"],
            [*KEGIATAN, None, None, 300], [None, "Jumlah Fasilitas Kesehatan yang Dibangun", "2 Unit"],
            [*SUB_1, "1 Unit", "Kec. Luwuk", 300], [None, "Jumlah Rumah Sakit yang Dibangun", "1 Unit"]]  # fmt: skip
    plan = read(make_workbook, header, rows)
    assert [(item.kind, item.name) for item in plan.items] == [(Kind.PROGRAM, PROGRAM[1]), (Kind.KEGIATAN, KEGIATAN[1]), (Kind.SUB_KEGIATAN, SUB_1[1])]
    assert {skipped.reason.value for skipped in plan.skipped if skipped.ref.row > 5} == {"continuation"}
