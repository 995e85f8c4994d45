"""Body rows that are no item of their own (group headings, continuations) and the agency carried down the rows."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from syncheck.cli import main
from syncheck.models import Kind, SkipReason
from syncheck.readers import read_plan

from support import TITLE, sub_budget
from support import row_warnings as messages
from support import skip_reasons as reasons

HEADER = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]]
AGENCY = "DINAS KESEHATAN"
PROGRAM = ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", None, 300, AGENCY]
KEGIATAN = ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", None, 300, AGENCY]
RUMAH_SAKIT = ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Kec. Tugu", 100, AGENCY]
PUSKESMAS = ["1.02.02.2.01.0002", "Pembangunan Puskesmas", "Kec. Bawen", 200, AGENCY]
PLAN = [PROGRAM, KEGIATAN, RUMAH_SAKIT, PUSKESMAS]
PROGRAM_2 = ["1.02.03", "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN", None, 50, AGENCY]
KEGIATAN_2 = ["1.02.03.2.01", "Pemberian Izin Praktik Tenaga Kesehatan", None, 50, AGENCY]
IZIN = ["1.02.03.2.01.0001", "Pengendalian Perizinan Praktik Tenaga Kesehatan", "Kota Contoh", 50, AGENCY]


def read(make_workbook, body, header=HEADER, **kwargs):
    return read_plan(str(make_workbook(TITLE + header + body, **kwargs)))


def items_of(plan):
    return [(item.ref.row, item.kind, item.code_text, item.name, item.location, item.budget) for item in plan.items]


def counted(plan):
    return plan.rows_read == plan.item_rows + plan.skipped_rows


# --- group rows (#2) ---------------------------------------------------------------------------------------------


def test_priority_and_target_heading_rows_are_group_rows_not_sub_kegiatan(make_workbook):
    plan = read(make_workbook, [
        [None, "PRIORITAS I : PENINGKATAN KUALITAS SUMBER DAYA MANUSIA", None, 350, None],
        [None, "Sasaran : Meningkatnya derajat kesehatan masyarakat", None, 300, None], *PLAN,
        [None, "Sasaran : Meningkatnya kualitas tenaga kesehatan", None, 50, None], PROGRAM_2, KEGIATAN_2, IZIN,
    ])
    assert reasons(plan) == {6: SkipReason.GROUP, 7: SkipReason.GROUP, 12: SkipReason.GROUP}
    assert [item.kind for item in plan.items].count(Kind.SUB_KEGIATAN) == 3 and sub_budget(plan) == 350
    assert messages(plan) == [(6, "3 group row(s) naming no nomenclature item (priority or target headings with their totals) skipped; first on row 6")]
    assert plan.items[-1].program_code == "1.02.03" and counted(plan)


def test_a_roman_number_in_the_code_column_is_a_group_row(make_workbook):
    plan = read(make_workbook, [["I", "PENINGKATAN KUALITAS SUMBER DAYA MANUSIA", None, 300, None], *PLAN,
                                ["II", "PENINGKATAN DAYA SAING EKONOMI", None, 50, None], PROGRAM_2, KEGIATAN_2, IZIN])
    assert reasons(plan) == {6: SkipReason.GROUP, 11: SkipReason.GROUP} and sub_budget(plan) == 350
    assert not any("not a valid code" in message for _, message in messages(plan))


def test_a_codeless_heading_carrying_the_total_of_the_programs_under_it_is_a_group_row(make_workbook):
    plan = read(make_workbook, [[None, "PENINGKATAN KUALITAS SUMBER DAYA MANUSIA", None, 350, None], *PLAN, PROGRAM_2, KEGIATAN_2, IZIN])
    assert reasons(plan) == {6: SkipReason.GROUP} and sub_budget(plan) == 350


def test_a_lettered_bidang_row_is_a_bidang_not_a_sub_kegiatan(make_workbook):
    plan = read(make_workbook, [[None, "A. URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", None, 300, None],
                                [None, "I. BIDANG KESEHATAN", None, 300, None], *PLAN])
    assert [item.kind for item in plan.items[:2]] == [Kind.URUSAN, Kind.BIDANG] and sub_budget(plan) == 300


def test_codeless_items_of_a_hand_made_plan_stay_items(make_workbook):
    # a codeless kegiatan carrying its sub kegiatan's total, and a last codeless sub kegiatan without a place whose
    # budget happens to equal the next program's: both complete the totals above them, so neither is a group row
    plan = read(make_workbook, [
        PROGRAM, [None, "Penyediaan Fasilitas Pelayanan Kesehatan", None, 300, AGENCY], RUMAH_SAKIT,
        [None, "Pembangunan Puskesmas Pembantu", None, 200, AGENCY], PROGRAM_2[:3] + [200, AGENCY], KEGIATAN_2, IZIN,
    ])
    assert [(row, kind) for row, kind, *_ in items_of(plan)][:4] == [
        (6, Kind.PROGRAM), (7, Kind.KEGIATAN), (8, Kind.SUB_KEGIATAN), (9, Kind.SUB_KEGIATAN)]
    assert reasons(plan) == {}


# --- agency rows (#3) --------------------------------------------------------------------------------------------


def test_kecamatan_bagian_and_uptd_rows_are_agency_rows(make_workbook):
    support = ["7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", None, 70, None]
    plan = read(make_workbook, [
        [None, "KECAMATAN UNGARAN BARAT", None, 70, None], support, ["7.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "Kec. Ungaran", 70, None],
        [None, "BAGIAN PEMERINTAHAN SETDA", None, 30, None], ["4.01.02", "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT", None, 30, None],
        [None, "UPTD PUSKESMAS BERGAS", None, 20, None], ["1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Kec. Bergas", 20, None],
    ])
    assert reasons(plan) == {6: SkipReason.BANNER, 9: SkipReason.BANNER, 11: SkipReason.BANNER}
    assert [item.agency for item in plan.items] == ["KECAMATAN UNGARAN BARAT"] * 2 + ["BAGIAN PEMERINTAHAN SETDA", "UPTD PUSKESMAS BERGAS"]
    assert sub_budget(plan) == 90


def test_kecamatan_administrasi_is_the_bidang_not_an_agency(make_workbook):
    """'KECAMATAN ADMINISTRASI' is the official name of bidang 7.01, 'KECAMATAN BUDURAN' an agency."""
    plan = read(make_workbook, [
        [None, "KECAMATAN ADMINISTRASI", None, 70, None], [None, "KECAMATAN BUDURAN", None, 70, None],
        ["7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", None, 70, None],
    ])
    assert reasons(plan) == {7: SkipReason.BANNER}
    assert [(item.ref.row, item.kind, item.agency) for item in plan.items] == [(6, Kind.BIDANG, ""), (8, Kind.PROGRAM, "KECAMATAN BUDURAN")]


# --- continuation rows (#10, #12, #14, #15) ----------------------------------------------------------------------

INDICATOR_HEADER = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator", "Target", "Lokasi", "Pagu Indikatif (Rp)"]]


def test_rows_repeating_the_item_for_each_indicator_are_one_item(make_workbook):
    plan = read(make_workbook, [
        ["1.02.02", "PROGRAM PEMENUHAN", "Persentase A", "85 %", None, 300], ["1.02.02", "PROGRAM PEMENUHAN", "Angka B", "90", None, 300],
        ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Jumlah RS", "1 unit", "Kec. Tugu", 100],
        ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Jumlah TT", "100 TT", "Kec. Tugu", 100],
    ], header=INDICATOR_HEADER)
    assert [(row, code) for row, _, code, *_ in items_of(plan)] == [(6, "1.02.02"), (8, "1.02.02.2.01.0001")]
    assert reasons(plan) == {7: SkipReason.CONTINUATION, 9: SkipReason.CONTINUATION} and sub_budget(plan) == 100
    assert messages(plan) == [(7, "2 row(s) repeating the code and name of the item above, with its budget or none (one row per indicator), read as "
                                  "that item; first on row 7")]


def test_rows_repeating_the_item_for_each_indicator_with_the_budget_on_the_first_only_are_one_item(make_workbook):
    plan = read(make_workbook, [
        ["1.02.02", "PROGRAM PEMENUHAN", "Persentase A", "85 %", None, 300], ["1.02.02", "PROGRAM PEMENUHAN", "Angka B", "90", None, None],
        ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Jumlah RS", "1 unit", "Kec. Tugu", 100],
        ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Jumlah TT", "100 TT", "Kec. Tugu", None],
        ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Jumlah IGD", "1 unit", "Kec. Tugu", None],
    ], header=INDICATOR_HEADER)
    assert [(row, code, budget) for row, _, code, *_, budget in items_of(plan)] == [(6, "1.02.02", 300), (8, "1.02.02.2.01.0001", 100)]
    assert reasons(plan) == {7: SkipReason.CONTINUATION, 9: SkipReason.CONTINUATION, 10: SkipReason.CONTINUATION} and counted(plan)
    assert [row for row, _ in messages(plan)] == [7]


def test_a_budgetless_row_of_the_same_item_under_another_agency_or_in_another_place_is_its_own_item(make_workbook):
    sub = ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit"]
    plan = read(make_workbook, [
        ["Unit Organisasi : 1.02.0.00.0.00.01.0000 DINAS KESEHATAN"], sub + ["Jumlah RS", "1 unit", "Kec. Tugu", 100],
        sub + ["Jumlah TT", "100 TT", "Kec. Bawen", None],
        ["Unit Organisasi : 1.02.0.00.0.00.02.0000 RSUD KOTA CONTOH"], sub + ["Jumlah IGD", "1 unit", "Kec. Bawen", None],
    ], header=INDICATOR_HEADER)
    assert [(item.ref.row, item.agency, item.location, item.budget) for item in plan.items] == [
        (7, "DINAS KESEHATAN", "Kec. Tugu", 100), (8, "DINAS KESEHATAN", "Kec. Bawen", None), (10, "RSUD KOTA CONTOH", "Kec. Bawen", None)]


def test_the_same_sub_kegiatan_in_another_place_is_still_its_own_row(make_workbook):
    plan = read(make_workbook, [PROGRAM, KEGIATAN, RUMAH_SAKIT, RUMAH_SAKIT[:2] + ["Kec. Bawen"] + RUMAH_SAKIT[3:]])
    assert sub_budget(plan) == 200 and reasons(plan) == {} and messages(plan) == []


def test_the_same_sub_kegiatan_in_the_same_place_again_is_a_duplicate_row(make_workbook):
    plan = read(make_workbook, [PROGRAM, KEGIATAN, RUMAH_SAKIT, RUMAH_SAKIT[:2] + [" kec.  TUGU"] + RUMAH_SAKIT[3:]])
    assert messages(plan) == [(9, "duplicate row: code 1.02.02.2.01.0001 already on row 8 of sheet 'Sheet1' with the same name, "
                                  "place and amount: one item typed twice, its budget counted once")]  # fmt: skip


def test_place_rows_under_a_merged_name_add_their_places_and_budgets(make_workbook):
    plan = read(make_workbook, [PROGRAM, KEGIATAN, RUMAH_SAKIT, [None, None, "Kec. Bergas", 50, None], [None, None, "Kec. Bawen", 40, None], PUSKESMAS],
                merges=("A8:A10", "B8:B10", "E8:E10"))
    assert items_of(plan)[2] == (8, Kind.SUB_KEGIATAN, "1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Kec. Tugu; Kec. Bergas; Kec. Bawen", 190)
    assert reasons(plan) == {9: SkipReason.CONTINUATION, 10: SkipReason.CONTINUATION} and sub_budget(plan) == 390
    assert messages(plan) == [(9, "2 row(s) under the merged name or code cell of the item above: their places and budgets added to it; first on row 9")]
    assert counted(plan)


def test_place_rows_under_a_merged_name_whose_first_row_holds_their_total_add_only_their_places(make_workbook):
    rows = [PROGRAM, KEGIATAN, RUMAH_SAKIT[:3] + [90, AGENCY], [None, None, "Kec. Bergas", 50, None], [None, None, "Kec. Bawen", 40, None], PUSKESMAS]
    plan = read(make_workbook, rows, merges=("A8:A10", "B8:B10"))
    assert items_of(plan)[2][4:] == ("Kec. Tugu; Kec. Bergas; Kec. Bawen", 90) and sub_budget(plan) == 290


def test_a_place_row_naming_an_address_adds_it_whole_and_one_naming_known_places_adds_nothing(make_workbook):
    address = RUMAH_SAKIT[:2] + ["Kab. Z"] + RUMAH_SAKIT[3:]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, address, [None, None, "Desa X, Kec. Y, Kab. Z", 50, None], PUSKESMAS],
                merges=("A8:A9", "B8:B9", "E8:E9"))
    assert items_of(plan)[2][4:] == ("Kab. Z; Desa X, Kec. Y, Kab. Z", 150)  # the desa and kecamatan stay in Kab. Z
    listed = RUMAH_SAKIT[:2] + ["Kec. A; Kec. B"] + RUMAH_SAKIT[3:]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, listed, [None, None, "Kec. B; Kec.  A", None, None], PUSKESMAS],
                merges=("A8:A9", "B8:B9", "E8:E9"))
    assert items_of(plan)[2][4:] == ("Kec. A; Kec. B", 100)


def test_a_wrapped_name_with_the_amounts_on_its_second_row_is_one_item(make_workbook):
    plan = read(make_workbook, [
        PROGRAM, ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan", None, None, None], [None, "Kesehatan", None, 300, AGENCY],
        ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit beserta Sarana dan", None, None, None],
        [None, "Prasarana Pendukungnya", "Kec. Tugu", 100, AGENCY], PUSKESMAS,
    ])
    assert items_of(plan)[1:3] == [
        (7, Kind.KEGIATAN, "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", "", 300),
        (9, Kind.SUB_KEGIATAN, "1.02.02.2.01.0001", "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya", "Kec. Tugu", 100),
    ]
    assert plan.items[1].agency == AGENCY and plan.items[2].kegiatan_code == "1.02.02.2.01"
    assert reasons(plan) == {8: SkipReason.CONTINUATION, 10: SkipReason.CONTINUATION} and sub_budget(plan) == 300


def test_a_cut_name_with_its_place_beside_it_takes_the_amount_on_its_last_line(make_workbook):
    # a PDF page puts the place beside the first line of the name and the amount beside its last
    plan = read(make_workbook, [
        PROGRAM, KEGIATAN, ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit beserta Sarana dan", "Kec. Praya", None, AGENCY],
        [None, "Prasarana Pendukungnya", None, 1_000, None], PUSKESMAS,
    ])
    assert items_of(plan)[2] == (8, Kind.SUB_KEGIATAN, "1.02.02.2.01.0001", "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya", "Kec. Praya", 1_000)
    assert len(plan.items) == 4 and reasons(plan)[9] is SkipReason.CONTINUATION


def test_a_name_alone_on_the_next_row_continues_the_name(make_workbook):
    plan = read(make_workbook, [PROGRAM, KEGIATAN, RUMAH_SAKIT[:1] + ["Pembangunan Rumah Sakit beserta"] + RUMAH_SAKIT[2:],
                                [None, "Sarana Pendukungnya"], PUSKESMAS])
    assert plan.items[2].name == "Pembangunan Rumah Sakit beserta Sarana Pendukungnya" and len(plan.items) == 4


def test_a_name_under_a_merged_code_cell_continues_the_name(make_workbook):
    plan = read(make_workbook, [PROGRAM, KEGIATAN, RUMAH_SAKIT[:1] + ["Pembangunan Rumah Sakit beserta Sarana dan"] + RUMAH_SAKIT[2:],
                                [None, "Prasarana Pendukungnya"], PUSKESMAS], merges=("A8:A9", "C8:C9", "D8:D9", "E8:E9"))
    assert plan.items[2].name == "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya" and len(plan.items) == 4


def test_codeless_rows_standing_for_a_missing_parent_are_not_wrapped_names(make_workbook):
    # a codeless kegiatan between sub kegiatan of two kegiatan, and a codeless sub kegiatan with its place and budget
    # under a kegiatan that carries none: items of their own
    plan = read(make_workbook, [
        PROGRAM, KEGIATAN, RUMAH_SAKIT, [None, "Penyediaan Layanan Kesehatan Rujukan", None, None, AGENCY],
        ["1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Kec. Tugu", 70, AGENCY],
        ["1.02.02.2.03", "Penyelenggaraan Sistem Informasi Kesehatan", None, None, None], [None, "Pengelolaan Data Kesehatan", "Kec. Bawen", 30, None],
    ])
    assert [(row, kind) for row, kind, *_ in items_of(plan)][3:] == [
        (9, Kind.KEGIATAN), (10, Kind.SUB_KEGIATAN), (11, Kind.KEGIATAN), (12, Kind.SUB_KEGIATAN)]
    assert plan.items[4].kegiatan_name == "Penyediaan Layanan Kesehatan Rujukan" and reasons(plan) == {}


def test_a_codeless_name_showing_no_cut_stays_an_item(make_workbook):
    # a name alone under a coded sub kegiatan, and one written with the same place as the row above: items of their own
    plan = read(make_workbook, [PROGRAM, KEGIATAN, RUMAH_SAKIT, [None, "Pembangunan Puskesmas Pembantu"],
                                [None, "Rehabilitasi Puskesmas", "Kec. Tugu", None, AGENCY], PUSKESMAS])
    assert [item.name for item in plan.items][3:5] == ["Pembangunan Puskesmas Pembantu", "Rehabilitasi Puskesmas"]
    assert plan.items[2].name == "Pembangunan Rumah Sakit" and reasons(plan) == {}


def test_indicator_rows_in_the_name_column_are_continuations(make_workbook):
    header = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Target", "Lokasi", "Pagu Indikatif (Rp)"]]
    plan = read(make_workbook, [
        ["1.02.02", "PROGRAM PEMENUHAN", None, None, 300], [None, "Capaian Program : Persentase fasyankes", "85 %"],
        ["1.02.02.2.01", "Penyediaan Fasilitas", None, None, 300], [None, "Keluaran : Jumlah fasyankes", "3 unit"],
        ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", None, "Kec. Tugu", 300], [None, "- Jumlah RS yang dibangun", "1 unit"],
    ], header=header)
    assert [item.kind for item in plan.items] == [Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN]
    assert plan.items[2].kegiatan_code == "1.02.02.2.01" and set(reasons(plan).values()) == {SkipReason.CONTINUATION}


def test_indicator_labels_in_the_code_column_beside_the_indicator_text_are_continuations(make_workbook):
    plan = read(make_workbook, [
        ["1.02.02", "PROGRAM PEMENUHAN", None, 300], ["Capaian Program", "Persentase fasyankes yang memenuhi standar"],
        ["1.02.02.2.01", "Penyediaan Fasilitas", None, 300], ["Hasil Kegiatan", "Jumlah dokumen hasil kegiatan"],
        ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Kec. Tugu", 300], ["Keluaran", "Jumlah RS yang dibangun"],
    ])
    assert [item.kind for item in plan.items] == [Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN]
    assert set(reasons(plan).values()) == {SkipReason.CONTINUATION}


def test_a_bulleted_sub_kegiatan_with_a_place_is_still_an_item(make_workbook):
    header = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Target", "Lokasi", "Pagu Indikatif (Rp)"]]
    plan = read(make_workbook, [["1.02.02.2.01", "Penyediaan Fasilitas", None, None, 300], [None, "- Pembangunan Jalan Desa", "1 paket", "Kec. Tugu", None]],
                header=header)
    assert [item.name for item in plan.items] == ["Penyediaan Fasilitas", "Pembangunan Jalan Desa"]


# --- the agency carried down (#20) -------------------------------------------------------------------------------


def test_an_agency_written_on_the_program_row_applies_to_the_rows_under_it(make_workbook):
    other = "DINAS PEKERJAAN UMUM"
    plan = read(make_workbook, [
        PROGRAM, KEGIATAN[:4] + [None], RUMAH_SAKIT[:4] + [None],
        ["1.03.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", None, 80, other],
        ["1.03.01.2.02", "Administrasi Keuangan Perangkat Daerah", None, 80, None],
        ["1.03.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "Kota Contoh", 80, None],
    ])
    assert [item.agency for item in plan.items] == [AGENCY] * 3 + [other] * 3


def test_an_agency_banner_stops_the_program_agency_from_being_carried(make_workbook):
    plan = read(make_workbook, [PROGRAM, ["Unit Organisasi : DINAS SOSIAL"], KEGIATAN[:4] + [None]])
    assert [item.agency for item in plan.items] == [AGENCY, "DINAS SOSIAL"]


def test_per_agency_sheets_named_by_a_title_line(make_workbook):
    header = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]]
    sheet = lambda agency: ([["RKPD KOTA CONTOH TAHUN 2024"], [agency], []] + header + [row[:4] for row in PLAN], "visible")  # noqa: E731
    plan = read_plan(str(make_workbook(*sheet("DINAS KESEHATAN")[:1], title="Sheet1", extra_sheets={"Sheet2": sheet("DINAS SOSIAL")})))
    assert {(item.ref.sheet, item.agency) for item in plan.items} == {("Sheet1", "DINAS KESEHATAN"), ("Sheet2", "DINAS SOSIAL")}


def test_a_renja_title_names_the_agency(make_workbook):
    header = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]]
    path = make_workbook([["RENCANA KERJA (RENJA) DINAS KESEHATAN TAHUN 2024"], ["KOTA CONTOH"], []] + header + [row[:4] for row in PLAN])
    assert {item.agency for item in read_plan(str(path)).items} == {AGENCY}


def test_inspect_tells_the_group_rows_in_indonesian(make_workbook):
    path = make_workbook(TITLE + HEADER + [[None, "PRIORITAS I : SUMBER DAYA MANUSIA", None, 300, None], *PLAN])
    result = CliRunner().invoke(main, ["inspect", str(path), "--lang", "id"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-3:] == [
        "  baris: 10 dibaca = 4 item + 6 dilewati (kosong 1, baris kelompok 1, kepala tabel 1, judul 3)",
        "  peringatan: 1",
        "    lembar 'Sheet1' baris 6: 1 baris kelompok yang bukan item nomenklatur (judul prioritas atau sasaran beserta totalnya) "
        "dilewati; yang pertama di baris 6",
    ]


def test_a_flat_export_repeating_each_sub_kegiatan_per_indicator_counts_it_once(make_workbook):
    header = [["Kode Program", "Nama Program", "Kode Sub Kegiatan", "Nama Sub Kegiatan", "Indikator", "Lokasi", "Pagu"]]
    row = ["1.02.02", "PROGRAM PEMENUHAN", "1.02.02.2.01.0001", "Pembangunan Rumah Sakit"]
    plan = read(make_workbook, [row + ["Jumlah RS", "Kec. Tugu", 100], row + ["Jumlah TT", "Kec. Tugu", 100]], header=header)
    assert [(item.kind, item.budget) for item in plan.items] == [(Kind.PROGRAM, None), (Kind.SUB_KEGIATAN, 100)]
    assert reasons(plan) == {7: SkipReason.CONTINUATION} and counted(plan)


# --- names a PDF conversion wrapped onto the next row ---------------------------------------------------------------

NUMBERED = [["No", "Kode", "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]]


def numbered(rows: list[list[object]]) -> list[list[object]]:
    """The rows with the running number a SIPD print gives every item row (and not the rows of a wrapped name)."""
    count, out = 0, []
    for row in rows:
        count += row[0] is not None
        out.append([count if row[0] is not None else None, *row])
    return out


def test_a_title_case_name_broken_between_two_words_continues_where_item_rows_are_numbered(make_workbook):
    rows = [PROGRAM, ["1.02.02.2.01", "Pengelolaan Pelayanan Kesehatan bagi Penduduk Terdampak Krisis", None, 300, AGENCY],
            [None, "Kesehatan Akibat Bencana"], RUMAH_SAKIT, PUSKESMAS, PROGRAM_2, KEGIATAN_2, IZIN]
    plan = read(make_workbook, numbered(rows), header=NUMBERED)
    assert plan.items[1].name == "Pengelolaan Pelayanan Kesehatan bagi Penduduk Terdampak Krisis Kesehatan Akibat Bencana"
    assert len(plan.items) == 7 and reasons(plan) == {8: SkipReason.CONTINUATION}


def test_without_a_number_or_agency_to_tell_it_a_name_alone_under_a_long_name_stays_an_item(make_workbook):
    # the codeless row numbered and with its agency as every item row, in a sheet whose programs carry no amount
    # either: an item of its own that has no amount yet
    rows = [PROGRAM[:3] + [None, AGENCY], ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP", None, 300, AGENCY],
            [None, "Pengadaan Obat dan Bahan Medis Habis Pakai", None, None, AGENCY], RUMAH_SAKIT, PUSKESMAS,
            PROGRAM_2[:3] + [None, AGENCY], KEGIATAN_2, IZIN]  # fmt: skip
    plan = read(make_workbook, [[n, *row] for n, row in enumerate(rows, 1)], header=NUMBERED)
    assert [item.name for item in plan.items][2] == "Pengadaan Obat dan Bahan Medis Habis Pakai" and reasons(plan) == {}


def test_a_sub_kegiatans_amounts_on_the_last_line_of_its_wrapped_name_are_its_own(make_workbook):
    rows = [PROGRAM, KEGIATAN, ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit beserta Sarana", None, None, AGENCY],
            [None, "Prasarana Pendukungnya", "Kec. Tugu", 100, None], PUSKESMAS, PROGRAM_2, KEGIATAN_2, IZIN]
    plan = read(make_workbook, numbered(rows), header=NUMBERED)
    assert items_of(plan)[2] == (8, Kind.SUB_KEGIATAN, "1.02.02.2.01.0001", "Pembangunan Rumah Sakit beserta Sarana Prasarana Pendukungnya", "Kec. Tugu", 100)
    assert len(plan.items) == 7


def test_a_lanjutan_note_alone_on_the_next_row_belongs_to_the_name_above(make_workbook):
    rows = [PROGRAM, [None, "(Lanjutan)"], [None, "Penyediaan Fasilitas Pelayanan Kesehatan", None, 300, AGENCY], RUMAH_SAKIT]
    plan = read(make_workbook, rows)
    assert plan.items[0].name == "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN (Lanjutan)" and reasons(plan) == {7: SkipReason.CONTINUATION}


def test_the_rest_of_a_name_under_split_code_cells_merged_over_both_rows_is_no_second_item(make_workbook):
    header = [["Kode", None, None, None, None, "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]]
    plan = read(make_workbook, [
        [1, "02", "02", None, None, "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", None, 100],
        [1, "02", "02", "2.01", None, "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP", None, 100],
        [None, None, None, None, None, "Kewenangan Daerah Kabupaten/Kota"],
        [1, "02", "02", "2.01", "0001", "Pembangunan Rumah Sakit", "Kec. Tugu", 100],
    ], header=header, merges=("A7:A8", "B7:B8", "C7:C8", "D7:D8", "E7:E8", "H7:H8"))
    assert [item.name for item in plan.items] == ["PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN",
        "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota", "Pembangunan Rumah Sakit"]  # fmt: skip


def test_a_wrapped_rest_found_inside_the_first_part_is_still_added_and_places_are_not_doubled(make_workbook):
    rows = [PROGRAM, KEGIATAN, ["1.02.02.2.01.0001", "Penyediaan Dana Penunjang Operasional Kepala Daerah dan Wakil Kepala",
                                "Kota Contoh, Kab. Contoh", 100, AGENCY], [None, "Daerah"], PUSKESMAS, PROGRAM_2, KEGIATAN_2, IZIN]  # fmt: skip
    plan = read(make_workbook, numbered(rows), header=NUMBERED, merges=("D8:D9",))  # the place cell merged over both rows
    assert (plan.items[2].name, plan.items[2].location) == (
        "Penyediaan Dana Penunjang Operasional Kepala Daerah dan Wakil Kepala Daerah", "Kota Contoh, Kab. Contoh")


def test_a_codeless_row_with_its_own_number_stays_an_item_though_every_coded_row_holds_an_amount(make_workbook):
    rows = [PROGRAM, ["1.02.02.2.01", "Pengelolaan Pelayanan Kesehatan bagi Penduduk Terdampak Krisis", None, 300, AGENCY],
            [None, "Pengadaan Ambulans Desa Siaga"], RUMAH_SAKIT, PUSKESMAS, PROGRAM_2, KEGIATAN_2, IZIN]
    plan = read(make_workbook, [[n, *row] for n, row in enumerate(rows, 1)], header=NUMBERED)
    assert [item.name for item in plan.items][2] == "Pengadaan Ambulans Desa Siaga" and reasons(plan) == {}


def test_lettered_codeless_kegiatan_of_a_hand_made_list_are_no_wrapped_rest(make_workbook):
    plan = read(make_workbook, [
        [None, "PROGRAM PENYELENGGARAAN JALAN", None, 500, AGENCY], [None, "a. penyelenggaraan jalan kabupaten/kota"],
        [None, "1) rehabilitasi jalan", "Kec. Tumpang", 200, AGENCY], [None, "2) pembangunan jalan", "Kec. Kepanjen", 300, AGENCY],
    ])  # fmt: skip
    assert [(item.kind, item.name) for item in plan.items] == [
        (Kind.PROGRAM, "PROGRAM PENYELENGGARAAN JALAN"), (Kind.KEGIATAN, "penyelenggaraan jalan kabupaten/kota"),
        (Kind.SUB_KEGIATAN, "rehabilitasi jalan"), (Kind.SUB_KEGIATAN, "pembangunan jalan")]  # fmt: skip  (outline marks out of the names)


# --- one row per location under a sub kegiatan ---------------------------------------------------------------------


@pytest.mark.parametrize("style", ["column", "dash", "label", "label_column"])
def test_rows_naming_the_places_of_a_sub_kegiatan_are_its_locations_not_items(make_workbook, style):
    def place_row(place, amount):
        return {"column": [None, None, place, amount, None], "dash": [None, f"- {place}", None, amount, None],
                "label": [None, f"Lokasi : {place}", None, amount, None], "label_column": [None, "Lokasi", place, amount, None]}[style]  # fmt: skip

    sub = ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", None, 300, AGENCY]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, sub, place_row("Kec. Tugu", 100), place_row("Kec. Bawen", 200)])
    assert items_of(plan)[2:] == [(8, Kind.SUB_KEGIATAN, "1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Kec. Tugu; Kec. Bawen", 300)]
    assert reasons(plan) == {9: SkipReason.CONTINUATION, 10: SkipReason.CONTINUATION} and counted(plan)
    assert [text for _, text in messages(plan)] == [
        "2 row(s) naming a place of the sub kegiatan above (one row per location) read into it: their places joined to its "
        "location, their amounts added only where it has none; first on row 9"]


def test_place_rows_give_their_amounts_to_a_sub_kegiatan_without_one(make_workbook):
    sub = ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", None, None, AGENCY]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, sub, [None, "- Desa Lerep", None, 100, None], [None, "- Kel. Bandarjo", None, 200, None]])
    assert items_of(plan)[2][4:] == ("Desa Lerep; Kel. Bandarjo", 300)


def test_a_listed_item_that_is_no_place_stays_an_item_under_a_sub_kegiatan(make_workbook):
    sub = ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", None, 300, AGENCY]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, sub, [None, "- Pembangunan Puskesmas", "Kec. Tugu", 100, AGENCY]])
    assert [item.name for item in plan.items][-1] == "Pembangunan Puskesmas"


def test_a_listed_row_with_its_own_place_or_an_office_heading_in_capitals_is_no_place_row(make_workbook):
    sub = ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", None, 300, AGENCY]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, sub, [None, "- Kampung KB", "Kec. Tugu", 100, AGENCY],
                                [None, "2. KECAMATAN UNGARAN BARAT", None, None, None]])  # fmt: skip
    assert [(item.name, item.location) for item in plan.items][2:4] == [("Pembangunan Rumah Sakit", ""), ("Kampung KB", "Kec. Tugu")]


@pytest.mark.parametrize("rows", [
    [[None, "- Desa Lerep", "Desa Lerep", 100, None], [None, "- Kel. Bandarjo", "Kel. Bandarjo", 200, None]],
    [[None, "Desa Lerep, Ungaran", None, 100, None], [None, "Kel. Bandarjo, Kec. Ungaran", None, 200, None]],
])
def test_listed_or_addressed_place_rows_under_a_located_sub_kegiatan_add_places_not_amounts(make_workbook, rows):
    sub = ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Kab. Contoh", 300, AGENCY]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, sub, *rows])
    assert [(item.kind, item.budget) for item in plan.items][2:] == [(Kind.SUB_KEGIATAN, 300)]
    assert plan.items[2].location.startswith("Kab. Contoh; ") and reasons(plan) == {9: SkipReason.CONTINUATION, 10: SkipReason.CONTINUATION}


def with_indicator(row, indicator=None):
    """A row of PLAN's layout with an indicator cell after its name."""
    return [*row[:2], indicator, *row[2:]]


@pytest.mark.parametrize("indicator", ["Jumlah laporan", None], ids=["indicator_row", "place_alone"])
def test_a_second_place_on_a_nameless_row_without_an_amount_is_a_located_sub_kegiatans_place_too(make_workbook, indicator):
    """An indicator row (or a place alone) under a sub kegiatan naming its own place adds its place, never an amount."""
    header = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]]
    second = [None, None, indicator, "Kab. Contoh (Kec. Dau)", None, None]
    plan = read(make_workbook, [*map(with_indicator, [PROGRAM, KEGIATAN, RUMAH_SAKIT]), second, with_indicator(PUSKESMAS)], header)
    assert [(item.location, item.budget) for item in plan.items][2:] == [("Kec. Tugu; Kab. Contoh (Kec. Dau)", 100), ("Kec. Bawen", 200)]
    assert reasons(plan) == {9: SkipReason.CONTINUATION} and counted(plan)
    assert [text for _, text in messages(plan)] == [
        "1 row(s) naming a place of the sub kegiatan above (one row per location) read into it: their places joined to its "
        "location, their amounts added only where it has none; first on row 9"]


@pytest.mark.parametrize("second, warned", [([None, None, "Kec. Tugu", None, None], False), ([None, None, "Kec. Dau", 50, None], True)],
                         ids=["same_place", "own_amount"])  # fmt: skip
def test_a_nameless_row_repeating_the_place_or_holding_an_amount_adds_nothing_to_a_located_sub_kegiatan(make_workbook, second, warned):
    plan = read(make_workbook, [PROGRAM, KEGIATAN, RUMAH_SAKIT, second, PUSKESMAS])
    assert [(item.location, item.budget) for item in plan.items][2:] == [("Kec. Tugu", 100), ("Kec. Bawen", 200)] and counted(plan)
    assert [text.startswith("row has no item name") for _, text in messages(plan)] == ([True] if warned else [])


def test_a_name_after_a_place_that_reads_as_an_item_keeps_its_row_an_item(make_workbook):
    sub = ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Kab. Contoh", 300, AGENCY]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, sub, [None, "Desa Lerep, Pembangunan Jalan Desa", None, 100, AGENCY]])
    assert [item.name for item in plan.items][-1] == "Desa Lerep, Pembangunan Jalan Desa"


def test_lokasi_rows_under_a_sub_kegiatan_that_names_its_place_add_places_not_amounts(make_workbook):
    sub = ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Kab. Contoh", 300, AGENCY]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, sub, [None, "Lokasi : Kec. Tugu", None, 100, None], [None, "Lokasi", "Kec. Bawen", 200, None]])
    assert items_of(plan)[2:] == [(8, Kind.SUB_KEGIATAN, "1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Kab. Contoh; Kec. Tugu; Kec. Bawen", 300)]


def test_rows_named_like_places_whose_amounts_do_not_add_up_to_the_sub_kegiatan_are_its_siblings(make_workbook):
    sub = ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Kab. Contoh", 400, AGENCY]
    rows = [[None, "- Desa Cantik", None, 300, AGENCY], [None, "Kampung Batik Jetis, Sidoarjo", None, 300, AGENCY]]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, sub, *rows])
    assert [(item.name, item.budget) for item in plan.items][2:] == [
        ("Pembangunan Rumah Sakit", 400), ("Desa Cantik", 300), ("Kampung Batik Jetis, Sidoarjo", 300)]


@pytest.mark.parametrize("own", [0, "-"])
def test_place_rows_give_their_amounts_to_a_sub_kegiatan_of_no_amount(make_workbook, own):
    sub = ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Kab. Contoh", own, AGENCY]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, sub, [None, "- Desa Lerep", None, 100, AGENCY], [None, "- Desa Bandarjo", None, 200, AGENCY]])
    assert [(item.kind, item.budget) for item in plan.items][2:] == [(Kind.SUB_KEGIATAN, 300)]


def test_lokasi_rows_and_a_rounded_split_stay_places_whatever_their_amounts(make_workbook):
    sub = ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Kab. Contoh", 300, AGENCY]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, sub, [None, "Lokasi : Kec. Tugu", None, 100, None], [None, "Lokasi : Kec. Bawen", None, 150, None]])
    assert [(item.kind, item.budget) for item in plan.items][2:] == [(Kind.SUB_KEGIATAN, 300)]
    sub = ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Kab. Contoh", 100_000_000, AGENCY]
    thirds = [[None, f"- Desa {name}", None, 33_333_333, AGENCY] for name in ("Lerep", "Bandarjo", "Nyatnyono")]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, sub, *thirds])
    assert [(item.kind, item.budget) for item in plan.items][2:] == [(Kind.SUB_KEGIATAN, 100_000_000)]
