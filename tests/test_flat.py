"""Flat layouts: one row per sub kegiatan with code and/or name columns per level, and per-level code columns."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from syncheck.cli import main
from syncheck.errors import NoItemsError
from syncheck.models import Kind, SkipReason, SourceRef
from syncheck.readers import read_plan

from support import TITLE

AGENCY = "DINAS KESEHATAN"
PROGRAM = "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT"
KEGIATAN = "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota"
PROGRAM_2 = "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN"
KEGIATAN_2 = "Perencanaan Kebutuhan dan Pendayagunaan Sumberdaya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota"
SUBS = [  # program code, kegiatan code, sub code, sub name, location, pagu
    ("1.02.02", PROGRAM, "1.02.02.2.01", KEGIATAN, "1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Kec. Ungaran", 1_000),
    ("1.02.02", PROGRAM, "1.02.02.2.01", KEGIATAN, "1.02.02.2.01.0002", "Pembangunan Puskesmas", "Kec. Bawen", 2_000),
    ("1.02.03", PROGRAM_2, "1.02.03.2.02", KEGIATAN_2, "1.02.03.2.02.0001", "Pemenuhan Kebutuhan SDM Kesehatan", "Kab. Semarang", 500),
]
SIPD_HEADER = ["Kode Urusan", "Nama Urusan", "Kode Bidang Urusan", "Nama Bidang Urusan", "Kode SKPD", "Nama SKPD", "Kode Program",
               "Nama Program", "Kode Kegiatan", "Nama Kegiatan", "Kode Sub Kegiatan", "Nama Sub Kegiatan", "Lokasi", "Pagu"]
URUSAN = ["1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", "1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN"]
OPD = "1.02.0.00.0.00.01.0000"


def items_of(plan):
    return [(item.ref.row, item.ref.column, item.kind, item.code_text, item.name, item.budget) for item in plan.items]


def sipd_rows():
    return [URUSAN + [OPD, AGENCY, *sub] for sub in SUBS]


def test_sipd_export_row_holds_program_kegiatan_and_sub_kegiatan(make_workbook):
    plan = read_plan(str(make_workbook(TITLE + [SIPD_HEADER] + sipd_rows())))
    assert items_of(plan) == [
        (6, 7, Kind.PROGRAM, "1.02.02", PROGRAM, None),
        (6, 9, Kind.KEGIATAN, "1.02.02.2.01", KEGIATAN, None),
        (6, 0, Kind.SUB_KEGIATAN, "1.02.02.2.01.0001", "Pembangunan Rumah Sakit", 1_000),
        (7, 0, Kind.SUB_KEGIATAN, "1.02.02.2.01.0002", "Pembangunan Puskesmas", 2_000),
        (8, 7, Kind.PROGRAM, "1.02.03", PROGRAM_2, None),
        (8, 9, Kind.KEGIATAN, "1.02.03.2.02", KEGIATAN_2, None),
        (8, 0, Kind.SUB_KEGIATAN, "1.02.03.2.02.0001", "Pemenuhan Kebutuhan SDM Kesehatan", 500),
    ]
    program, kegiatan, sub, second = plan.items[:4]
    assert (sub.parent, second.parent, kegiatan.parent, program.parent) == (kegiatan.ref, kegiatan.ref, program.ref, None)
    assert (second.program_code, second.program_name, second.kegiatan_code, second.kegiatan_name) == ("1.02.02", PROGRAM, "1.02.02.2.01", KEGIATAN)
    assert {(item.agency, item.agency_code) for item in plan.items} == {(AGENCY, OPD)}
    assert (program.location, sub.location) == ("", "Kec. Ungaran")
    assert plan.warnings == ()
    assert plan.rows_read == plan.item_rows + plan.skipped_rows == 8 and plan.item_rows == 3


def test_snake_case_export_columns(make_workbook):
    header = ["kode_skpd", "nama_skpd", "kode_program", "nama_program", "kode_giat", "nama_giat", "kode_sub_giat", "nama_sub_giat",
              "lokasi", "sumber_dana", "pagu"]
    rows = [[OPD, AGENCY, *sub[:6], sub[6], "DAU", sub[7]] for sub in SUBS]
    plan = read_plan(str(make_workbook([header] + rows)))
    assert [(item.kind, item.code_text, item.budget) for item in plan.items] == [
        (Kind.PROGRAM, "1.02.02", None), (Kind.KEGIATAN, "1.02.02.2.01", None), (Kind.SUB_KEGIATAN, "1.02.02.2.01.0001", 1_000),
        (Kind.SUB_KEGIATAN, "1.02.02.2.01.0002", 2_000),
        (Kind.PROGRAM, "1.02.03", None), (Kind.KEGIATAN, "1.02.03.2.02", None), (Kind.SUB_KEGIATAN, "1.02.03.2.02.0001", 500),
    ]
    sub = plan.items[2]
    assert (sub.name, sub.agency, sub.agency_code, sub.funding, sub.location) == ("Pembangunan Rumah Sakit", AGENCY, OPD, "DAU", "Kec. Ungaran")
    assert dict(plan.sheets[0].columns)["name_sub_kegiatan"] == "H: nama_sub_giat"


def test_handmade_names_only_with_parents_left_blank_below_their_first_row(make_workbook):
    header = ["Perangkat Daerah", "Program", "Kegiatan", "Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]
    plan = read_plan(str(make_workbook(TITLE + [header] + [
        [AGENCY, PROGRAM, KEGIATAN, "Pembangunan Rumah Sakit", "Kec. Ungaran", 1_000],
        [AGENCY, None, None, "Pembangunan Puskesmas", "Kec. Bawen", 2_000],
        [AGENCY, None, KEGIATAN_2, "Pemenuhan Kebutuhan SDM Kesehatan", "Kab. Semarang", 500],
        ["DINAS PENDIDIKAN", PROGRAM, KEGIATAN, "Pembangunan Rumah Sakit", "Kec. Tugu", 700],
        [None, None, None, "Jumlah", None, 4_200],
    ])))
    assert [(item.ref.row, item.kind, item.name, item.budget) for item in plan.items] == [
        (6, Kind.PROGRAM, PROGRAM, None), (6, Kind.KEGIATAN, KEGIATAN, None), (6, Kind.SUB_KEGIATAN, "Pembangunan Rumah Sakit", 1_000),
        (7, Kind.SUB_KEGIATAN, "Pembangunan Puskesmas", 2_000),
        (8, Kind.KEGIATAN, KEGIATAN_2, None), (8, Kind.SUB_KEGIATAN, "Pemenuhan Kebutuhan SDM Kesehatan", 500),
        # another agency runs the same program: its own parents
        (9, Kind.PROGRAM, PROGRAM, None), (9, Kind.KEGIATAN, KEGIATAN, None), (9, Kind.SUB_KEGIATAN, "Pembangunan Rumah Sakit", 700),
    ]
    first_program = plan.items[0]
    assert [item.parent for item in plan.items[3:6]] == [plan.items[1].ref, first_program.ref, plan.items[4].ref]
    assert plan.items[5].program_name == PROGRAM and plan.items[5].kegiatan_name == KEGIATAN_2
    assert {s.ref.row: s.reason for s in plan.skipped}[10] is SkipReason.SUBTOTAL
    assert plan.rows_read == plan.item_rows + plan.skipped_rows == 10


def test_names_one_level_per_row_stay_the_indented_layout(make_workbook):
    header = ["Kode", "Program", "Kegiatan", "Sub Kegiatan", "Lokasi", "Pagu"]
    plan = read_plan(str(make_workbook(TITLE + [header] + [
        ["1.02.02", PROGRAM, None, None, None, 3_000],
        [None, None, KEGIATAN, None, None, 3_000],
        ["1.02.02.2.01.0001", None, None, "Pembangunan Rumah Sakit", "Kec. Ungaran", 3_000],
    ])))
    assert [(item.ref.row, item.kind, item.code_text, item.budget) for item in plan.items] == [
        (6, Kind.PROGRAM, "1.02.02", 3_000), (7, Kind.KEGIATAN, "", 3_000), (8, Kind.SUB_KEGIATAN, "1.02.02.2.01.0001", 3_000)]
    assert [role for role, _ in plan.sheets[0].columns][:4] == ["code", "name", "name", "name"]
    assert plan.rows_read == len(plan.items) + plan.skipped_rows


def test_names_indented_into_unlabelled_columns_right_of_the_name_column_are_names(make_workbook):
    header = ["Kode", "Program / Kegiatan / Sub Kegiatan", None, None, "Lokasi", "Pagu", "Keterangan"]
    plan = read_plan(str(make_workbook(TITLE + [header] + [
        ["1.02.02", PROGRAM, None, None, None, 3_000, None],
        ["1.02.02.2.01", None, KEGIATAN, None, None, 3_000, None],
        ["1.02.02.2.01.0001", None, None, "Pembangunan Rumah Sakit", "Kec. Ungaran", 3_000, "Lanjutan"],
    ])))
    assert [(item.kind, item.name) for item in plan.items] == [
        (Kind.PROGRAM, PROGRAM), (Kind.KEGIATAN, KEGIATAN), (Kind.SUB_KEGIATAN, "Pembangunan Rumah Sakit")]
    assert [role for role, _ in plan.sheets[0].columns][:4] == ["code", "name", "name", "name"] and plan.warnings == ()


def test_indented_names_under_a_row_of_column_numbers_are_names(make_workbook):
    header = ["Kode", "Program / Kegiatan / Sub Kegiatan", None, None, "Lokasi", "Pagu"]
    plan = read_plan(str(make_workbook(TITLE + [header, [1, 2, 3, 4, 5, 6]] + [
        ["1.02.02", PROGRAM, None, None, None, 3_000],
        ["1.02.02.2.01", None, KEGIATAN, None, None, 3_000],
        ["1.02.02.2.01.0001", None, None, "Pembangunan Rumah Sakit", "Kec. Ungaran", 3_000],
    ])))
    assert [(item.kind, item.name) for item in plan.items] == [
        (Kind.PROGRAM, PROGRAM), (Kind.KEGIATAN, KEGIATAN), (Kind.SUB_KEGIATAN, "Pembangunan Rumah Sakit")]
    assert plan.warnings == ()


def test_an_unlabelled_column_of_text_beside_the_names_is_no_name_column(make_workbook):
    header = ["Kode", "Program / Kegiatan / Sub Kegiatan", None, "Pagu"]
    plan = read_plan(str(make_workbook(TITLE + [header] + [
        ["1.02.02", PROGRAM, None, 3_000], ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Kec. Ungaran", 3_000]])))
    assert [item.name for item in plan.items] == [PROGRAM, "Pembangunan Rumah Sakit"]
    assert [role for role, _ in plan.sheets[0].columns] == ["code", "name", "budget"]


def test_per_level_code_columns_each_row_filling_its_own(make_workbook):
    header = ["Kode Program", "Kode Kegiatan", "Kode Sub Kegiatan", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]
    plan = read_plan(str(make_workbook(TITLE + [header] + [
        ["1.02.02", None, None, PROGRAM, None, 3_000, AGENCY],
        [None, "1.02.02.2.01", None, KEGIATAN, None, 3_000, AGENCY],
        [None, None, "1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Kec. Ungaran", 1_000, AGENCY],
        [None, None, "1.02.02.2.01.0002", "Pembangunan Puskesmas", "Kec. Bawen", 2_000, AGENCY],
        [None, None, "1.02.02.0001", "Kode di kolom yang salah", None, 5, AGENCY],
    ])))
    assert [(item.ref.row, item.kind, item.code_text, item.budget) for item in plan.items] == [
        (6, Kind.PROGRAM, "1.02.02", 3_000), (7, Kind.KEGIATAN, "1.02.02.2.01", 3_000),
        (8, Kind.SUB_KEGIATAN, "1.02.02.2.01.0001", 1_000), (9, Kind.SUB_KEGIATAN, "1.02.02.2.01.0002", 2_000),
        (10, Kind.SUB_KEGIATAN, "", 5)]
    assert plan.items[3].parent == plan.items[1].ref and plan.items[3].program_code == "1.02.02"
    assert [w.message for w in plan.warnings] == ["code '1.02.02.0001' is not a sub kegiatan code; read without code"]
    assert plan.rows_read == len(plan.items) + plan.skipped_rows


def test_flat_parent_refs_are_distinct_from_their_rows_item():
    assert SourceRef("a.xlsx", "S", 6) != SourceRef("a.xlsx", "S", 6, column=7)
    assert str(SourceRef("a.xlsx", "S", 6, column=7)) == "a.xlsx, sheet 'S', row 6"


def test_inspect_counts_rows_and_items_of_a_flat_sheet(make_workbook):
    path = make_workbook(TITLE + [SIPD_HEADER] + sipd_rows(), name="kab_contoh_2024.xlsx")
    result = CliRunner().invoke(main, ["inspect", str(path), "--lang", "en"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "  items: 0 urusan, 0 bidang urusan, 2 program, 2 kegiatan, 3 sub kegiatan" in lines
    assert "  rows: 8 read = 3 item rows (7 items) + 5 skipped (blank 1, header 1, title 3)" in lines
    indonesian = CliRunner().invoke(main, ["inspect", str(path)]).output.splitlines()
    assert "  baris: 8 dibaca = 3 baris item (7 item) + 5 dilewati (kosong 1, kepala tabel 1, judul 3)" in indonesian


PROVINCE_FLAT = [["RENCANA KERJA PEMERINTAH DAERAH"], ["PROVINSI CONTOH"], ["TAHUN 2024"], []] + [SIPD_HEADER] + [
    URUSAN + [OPD, AGENCY, "1.02.02", PROGRAM, "1.02.02.1.01",
              "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Provinsi",
              "1.02.02.1.01.01", "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya", "Kota Contoh", 200],
    URUSAN + [OPD, AGENCY, "1.02.02", PROGRAM, "1.02.02.1.01",
              "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Provinsi",
              "1.02.02.1.01.02", "Pembangunan Fasilitas Kesehatan Lainnya", "Provinsi Contoh", 100],
    ["4", "URUSAN PEMERINTAHAN FUNGSI PENUNJANG", "4.01", "SEKRETARIAT DAERAH", "4.01.0.00.0.00.01.0000", "SEKRETARIAT DAERAH",
     "4.01.02", "PROGRAM PENATAAN ORGANISASI", "4.01.02.1.01", "Fasilitasi Kelembagaan dan Analisis Jabatan",
     "4.01.02.1.01.01", "Fasilitasi Penataan Kelembagaan Provinsi", "Provinsi Contoh", 50],
]
CITY = TITLE + [["Kode", "Program/ Kegiatan/ Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]] + [
    ["1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan & Upaya Kesehatan Masyarakat", None, 70, AGENCY],
    ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kab/Kota", None, 70, AGENCY],
    ["1.02.02.2.01.01", "Pemb. Rumah Sakit beserta Sarana dan Prasarana Pendukungnya (Lanjutan)", "Kec. Tugu", 70, AGENCY],
    ["4.01.02", "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT", None, 10, "SEKRETARIAT DAERAH"],
]


def test_compare_flat_province_export_with_a_kota_plan(make_workbook):
    province = make_workbook(PROVINCE_FLAT, name="provinsi_contoh_2024.xlsx")
    city = make_workbook(CITY, name="kota_contoh_2024.xlsx")
    result = CliRunner().invoke(main, ["compare", str(province), str(city), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[2:6] == [
        "2 programs are run by the province; 1 of them (50.0%) is the same as a program of Kota Contoh.",
        "2 activities are run by the province; 1 of them (50.0%) is the same as an activity of Kota Contoh.",
        "3 sub-activities are run by the province; 1 of them (33.3%) is the same as a sub-activity of Kota Contoh.",
        "Rp 200 of province budget overlaps with Kota Contoh (1 sub-activity).",
    ]


def test_level_over_kode_and_uraian_sub_headers_and_a_repeated_program_row(make_workbook):
    header = [["Program", None, "Kegiatan", None, "Sub Kegiatan", None, "Pagu (Rp)"],
              ["Kode", "Uraian", "Kode", "Uraian", "Kode", "Uraian", None]]
    plan = read_plan(str(make_workbook(TITLE + header + [
        ["1.02.02", PROGRAM, "1.02.02.2.01", KEGIATAN, "1.02.02.2.01.0001", "Pembangunan Rumah Sakit", 1_000],
        ["1.02.02", PROGRAM, None, None, None, None, 1_000],
        ["1.02.03", PROGRAM_2, "2.02", KEGIATAN_2, "1.02.03.2.02.0001", "Pemenuhan Kebutuhan SDM Kesehatan", 500],
    ], merges=("A5:B5", "C5:D5", "E5:F5", "G5:G6"))))
    assert [(item.ref.row, item.kind, item.code_text, item.budget) for item in plan.items] == [
        (7, Kind.PROGRAM, "1.02.02", None), (7, Kind.KEGIATAN, "1.02.02.2.01", None), (7, Kind.SUB_KEGIATAN, "1.02.02.2.01.0001", 1_000),
        (9, Kind.PROGRAM, "1.02.03", None), (9, Kind.KEGIATAN, "1.02.03.2.02", None), (9, Kind.SUB_KEGIATAN, "1.02.03.2.02.0001", 500)]
    assert [(s.ref.row, s.reason, s.text) for s in plan.skipped if s.ref.row == 8] == [(8, SkipReason.SUBTOTAL, f"repeats row 7: {PROGRAM}")]
    # the kegiatan written without its program ('2.02' beside program 1.02.03) is the kegiatan its sub kegiatan's code names
    assert [w.message for w in plan.warnings] == [
        "1 code(s) written without their program or kegiatan (such as '2.02') read as the rest of the code above them (1.02.03.2.02)"]
    assert plan.rows_read == plan.item_rows + plan.skipped_rows == 9


def test_a_new_agency_does_not_inherit_the_program_above(make_workbook):
    header = ["Kode Program", "Kode Kegiatan", "Kode Sub Kegiatan", "Uraian", "Pagu", "Perangkat Daerah"]
    plan = read_plan(str(make_workbook(TITLE + [header] + [
        ["1.02.02", None, None, PROGRAM, 3_000, AGENCY],
        [None, "1.02.02.2.01", None, KEGIATAN, 3_000, AGENCY],
        [None, None, "1.02.02.2.01.0001", "Pembangunan Rumah Sakit", 3_000, "DINAS PENDIDIKAN"],
    ])))
    sub = plan.items[-1]
    assert (sub.kind, sub.parent, sub.program_code, sub.kegiatan_code) == (Kind.SUB_KEGIATAN, None, "", "")


LEVEL_HEADER = ["Urusan", "Bidang Urusan", "Program", "Kegiatan", "Sub Kegiatan", "Nomenklatur", "Lokasi", "Pagu Indikatif (Rp)"]


def test_level_labelled_columns_of_code_pieces_beside_a_name_column_are_a_split_code(make_workbook):
    plan = read_plan(str(make_workbook(TITLE + [LEVEL_HEADER] + [
        ["1", "02", "02", None, None, PROGRAM, None, 3_000],  # a program row leaves the kegiatan and sub kegiatan pieces blank
        ["1", "02", "02", "2.01", None, KEGIATAN, None, 3_000],
        ["1", "02", "02", "2.01", "0002", "Pembangunan Puskesmas", "Kec. Bawen", 2_000],
        ["1", None, "02", "2.01", "0009", "Rehabilitasi Puskesmas", "Kec. Tugu", 1_000],  # no bidang: no valid code
    ])))
    assert [(item.ref.row, item.kind, item.code_text, item.name, item.budget) for item in plan.items] == [
        (6, Kind.PROGRAM, "1.02.02", PROGRAM, 3_000), (7, Kind.KEGIATAN, "1.02.02.2.01", KEGIATAN, 3_000),
        (8, Kind.SUB_KEGIATAN, "1.02.02.2.01.0002", "Pembangunan Puskesmas", 2_000), (9, Kind.SUB_KEGIATAN, "", "Rehabilitasi Puskesmas", 1_000)]
    assert plan.items[2].parent == plan.items[1].ref and plan.items[1].parent == plan.items[0].ref
    assert [(w.ref.row, w.message) for w in plan.warnings] == [
        (9, "code '1.02.2.01.0009' is not a valid code; read as sub kegiatan from its place in the table")]
    assert [role for role, _ in plan.sheets[0].columns][:6] == ["code"] * 5 + ["name"]


def test_level_labelled_number_pieces_with_an_unlabelled_level_digit_column(make_workbook):
    header = ["Urusan", "Bidang", "Program", "Level", "Kegiatan", "Sub Kegiatan", "Uraian", "Pagu"]
    plan = read_plan(str(make_workbook(TITLE + [header] + [
        [1, 2, 2, None, None, None, PROGRAM, 3_000],
        [1, 2, 2, 2, 1, None, KEGIATAN, 3_000],
        [1, 2, 2, 2, 1, 2, "Pembangunan Puskesmas", 3_000],
        [2, 15, 2, 2, 10, 1.0, "Penyusunan Rencana Induk", 500],
    ])))
    assert [(item.kind, item.code_text, item.name) for item in plan.items] == [
        (Kind.PROGRAM, "1.02.02", PROGRAM), (Kind.KEGIATAN, "1.02.02.2.01", KEGIATAN),
        (Kind.SUB_KEGIATAN, "1.02.02.2.01.02", "Pembangunan Puskesmas"), (Kind.SUB_KEGIATAN, "2.15.02.2.10.01", "Penyusunan Rencana Induk")]
    assert plan.warnings == ()


def test_level_labelled_columns_of_names_stay_per_level_names_beside_a_name_column(make_workbook):
    header = ["Urusan", "Bidang Urusan", "Program", "Kegiatan", "Sub Kegiatan", "Uraian", "Pagu"]
    plan = read_plan(str(make_workbook(TITLE + [header] + [
        ["1", "02", PROGRAM, KEGIATAN, "Pembangunan Rumah Sakit", "Gedung rawat inap", 1_000],
        ["1", "02", None, None, "Pembangunan Puskesmas", "Puskesmas Bawen", 2_000],
    ])))
    assert [(item.ref.row, item.kind, item.name, item.budget) for item in plan.items] == [
        (6, Kind.PROGRAM, PROGRAM, None), (6, Kind.KEGIATAN, KEGIATAN, None), (6, Kind.SUB_KEGIATAN, "Pembangunan Rumah Sakit", 1_000),
        (7, Kind.SUB_KEGIATAN, "Pembangunan Puskesmas", 2_000)]
    assert "code" not in [role for role, _ in plan.sheets[0].columns]


@pytest.mark.parametrize("header", [
    [["No", "Uraian", "Program", "Kegiatan", "Sub Kegiatan", "Pagu Indikatif (Rp)"]],
    [["No", "Uraian", "Jumlah", None, None, "Pagu Indikatif (Rp)"], [None, None, "Program", "Kegiatan", "Sub Kegiatan", None]],
])
def test_counts_per_level_beside_a_name_column_spell_no_code(make_workbook, header):
    """'Program | Kegiatan | Sub Kegiatan' holding 1 | 2 | 5 (how many per agency) is no split code '1.02.05'."""
    rows = [[1, "Dinas Kesehatan", 1, 2, 5, 5_000_000], [2, "Dinas Pendidikan", 1, 3, 7, 7_000_000]]
    merges = ("C5:E5", "A5:A6", "B5:B6", "F5:F6") if len(header) == 2 else ()
    path = str(make_workbook(TITLE + header + rows, merges=merges))
    if len(header) == 2:  # a recap of counts per agency under 'Jumlah': no program, kegiatan or sub kegiatan to compare
        with pytest.raises(NoItemsError, match=r"8 rows skipped, most as banner: 2"):
            read_plan(path)
        return
    plan = read_plan(path)
    assert [item.code_text for item in plan.items if item.code is not None] == []


def test_per_level_code_columns_with_codes_relative_to_the_level_above(make_workbook):
    header = ["Kode Program", "Kode Kegiatan", "Kode Sub Kegiatan", "Uraian", "Pagu Indikatif (Rp)"]
    plan = read_plan(str(make_workbook(TITLE + [header] + [
        ["1", None, None, "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", None],
        ["1.02", None, None, "URUSAN PEMERINTAHAN BIDANG KESEHATAN", None],
        ["1.02.02", None, None, PROGRAM, 3_000],
        [None, "2.01", None, KEGIATAN, 3_000],
        [None, None, "0001", "Pembangunan Rumah Sakit", 1_000],
        [None, None, "02", "Pembangunan Puskesmas", 2_000],
        ["1.02.03", None, None, PROGRAM_2, 500],
        [None, "2.02", None, KEGIATAN_2, 500],
    ])))
    assert [(item.kind, item.code_text) for item in plan.items] == [
        (Kind.URUSAN, "1"), (Kind.BIDANG, "1.02"), (Kind.PROGRAM, "1.02.02"), (Kind.KEGIATAN, "1.02.02.2.01"),
        (Kind.SUB_KEGIATAN, "1.02.02.2.01.0001"), (Kind.SUB_KEGIATAN, "1.02.02.2.01.02"), (Kind.PROGRAM, "1.02.03"),
        (Kind.KEGIATAN, "1.02.03.2.02")]
    assert plan.items[3].parent == plan.items[2].ref and plan.items[2].parent is None
    assert [(w.ref.row, w.message) for w in plan.warnings] == [
        (9, "4 code(s) written without their program or kegiatan (such as '2.01') read as the rest of the code above them (1.02.02.2.01)")]


def test_relative_codes_beside_the_full_codes_of_their_parents_on_each_row(make_workbook):
    header = ["Kode Program", "Kode Kegiatan", "Kode Sub Kegiatan", "Uraian", "Pagu Indikatif (Rp)"]
    plan = read_plan(str(make_workbook(TITLE + [header] + [
        ["1.02.02", None, None, PROGRAM, 3_000],
        ["1.02.02", "2.01", None, KEGIATAN, 3_000],
        ["1.02.02", "2.01", "01", "Pembangunan Rumah Sakit", 1_000],
        ["1.02.03", None, None, PROGRAM_2, 500],
        ["1.02.03", "2.01", None, KEGIATAN_2, 500],
        ["1.02.03", "2.01", "01", "Pemenuhan Kebutuhan SDM Kesehatan", 500],
    ])))
    assert [item.code_text for item in plan.items] == [
        "1.02.02", "1.02.02.2.01", "1.02.02.2.01.01", "1.02.03", "1.02.03.2.01", "1.02.03.2.01.01"]
    assert [item.kind for item in plan.items[3:]] == [Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN]
    assert plan.items[5].parent == plan.items[4].ref
    assert [w.message for w in plan.warnings] == [
        "4 code(s) written without their program or kegiatan (such as '2.01') read as the rest of the code above them (1.02.02.2.01)"]


def test_a_level_column_code_of_another_level_with_no_parent_above_is_dropped_not_kept(make_workbook):
    header = ["Kode Program", "Kode Kegiatan", "Kode Sub Kegiatan", "Uraian", "Pagu Indikatif (Rp)"]
    plan = read_plan(str(make_workbook(TITLE + [header] + [
        [None, "2.01", None, KEGIATAN, 3_000],
        [None, None, "1.02.02.2.01.0001", "Pembangunan Rumah Sakit", 1_000],
    ])))
    assert [(item.kind, item.code_text) for item in plan.items] == [(Kind.KEGIATAN, ""), (Kind.SUB_KEGIATAN, "1.02.02.2.01.0001")]
    assert [w.message for w in plan.warnings] == ["code '2.01' is not a kegiatan code; read without code"]


def test_a_relative_kegiatan_code_excel_holds_as_a_number_keeps_its_trailing_zero(make_workbook):
    header = ["Kode Program", "Kode Kegiatan", "Kode Sub Kegiatan", "Uraian", "Pagu Indikatif (Rp)"]
    plan = read_plan(str(make_workbook(TITLE + [header] + [
        ["1.02.02", None, None, PROGRAM, 3_000], [None, 2.1, None, KEGIATAN, 3_000], [None, None, "01", "Pembangunan Rumah Sakit", 3_000],
    ])))
    assert [item.code_text for item in plan.items] == ["1.02.02", "1.02.02.2.10", "1.02.02.2.10.01"]


def test_sipd_names_that_begin_with_their_own_code_lose_it(make_workbook):
    # SIPD's nama_sub_giat carries the sub kegiatan's code: '1.02.02.2.01.0002 Pembangunan Puskesmas'
    header = ["kode_program", "nama_program", "kode_giat", "nama_giat", "kode_sub_giat", "nama_sub_giat", "lokasi", "pagu"]
    rows = [[sub[0], f"{sub[0]} {sub[1]}", sub[2], sub[3], sub[4], f"{sub[4]} {sub[5]}", sub[6], sub[7]] for sub in SUBS]
    plan = read_plan(str(make_workbook([header] + rows)))
    assert [(item.code_text, item.name) for item in plan.items if item.kind is Kind.SUB_KEGIATAN] == [(sub[4], sub[5]) for sub in SUBS]
    assert [item.name for item in plan.items if item.kind is Kind.PROGRAM] == [PROGRAM, PROGRAM_2]


def test_a_row_filling_no_level_column_takes_its_kind_from_its_code_its_name_or_else_is_a_sub_kegiatan(make_workbook):
    header = ["Kode", "Kode Program", "Kode Kegiatan", "Kode Sub Kegiatan", "Uraian", "Lokasi", "Pagu Indikatif (Rp)"]
    plan = read_plan(str(make_workbook(TITLE + [header] + [
        [None, "1.02.02", None, None, PROGRAM, None, 3_000],
        [None, None, "1.02.02.2.01", None, KEGIATAN, None, 3_000],
        [None, None, None, "1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Kec. Ungaran", 1_000],
        ["1.02.02.2.01.0002", None, None, None, "Pembangunan Puskesmas", "Kec. Bawen", 2_000],  # in the generic code column
        [None, None, None, None, "Pembangunan Puskesmas Pembantu", "Kec. Tuntang", 700],  # no code anywhere
        [None, None, None, None, PROGRAM_2, None, 500],  # no code, a program by its name
    ])))
    assert [(item.ref.row, item.kind, item.code_text, item.name) for item in plan.items[3:]] == [
        (9, Kind.SUB_KEGIATAN, "1.02.02.2.01.0002", "Pembangunan Puskesmas"),
        (10, Kind.SUB_KEGIATAN, "", "Pembangunan Puskesmas Pembantu"),
        (11, Kind.PROGRAM, "", PROGRAM_2),
    ]
    assert [(w.ref.row, w.message) for w in plan.warnings] == [(10, "row has no code; read as sub kegiatan from its place in the table")]
    assert plan.rows_read == plan.item_rows + plan.skipped_rows
