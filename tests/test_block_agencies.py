"""The agency of per-OPD Renja blocks named only in their title lines ('DINAS KESEHATAN', '1.02.0.00.0.00.01.0000 DINAS
KESEHATAN'), of wp-sipd's unit and sub unit line, and of a Renja title naming the government after the agency."""

from __future__ import annotations

import pytest

from syncheck.models import Kind
from syncheck.readers import read_plan

HEADER = ["No", "Kode", "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]
DINKES = [
    [1, "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", None, 300],
    [2, "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", None, 300],
    [3, "1.02.02.2.01.0002", "Pembangunan Puskesmas", "Kec. Tugu", 300],
]
PU = [
    [1, "1.03.10", "PROGRAM PENYELENGGARAAN JALAN", None, 500],
    [2, "1.03.10.2.01", "Penyelenggaraan Jalan Kabupaten/Kota", None, 500],
    [3, "1.03.10.2.01.0005", "Pembangunan Jalan", "Kec. Lawang", 500],
]
DINKES_CODE = "1.02.0.00.0.00.01.0000"
PU_CODE = "1.03.0.00.0.00.01.0000"


def block(line, rows):
    return [["RENCANA KERJA PERANGKAT DAERAH"], [line], ["KABUPATEN MALANG TAHUN 2024"], HEADER, *rows, [None, "JUMLAH", None, None, 0], [], []]


def agencies(plan):
    return {(item.code_text, item.agency, item.agency_code) for item in plan.items if item.kind is Kind.SUB_KEGIATAN}


@pytest.mark.parametrize("coded", [False, True])
def test_opd_blocks_in_one_sheet_take_the_agency_their_title_names(make_workbook, coded):
    line = (lambda code, name: f"{code} {name}") if coded else (lambda code, name: name)
    rows = block(line(DINKES_CODE, "DINAS KESEHATAN"), DINKES) + block(line(PU_CODE, "DINAS PEKERJAAN UMUM"), PU)
    plan = read_plan(str(make_workbook(rows, name="kab_malang_2024.xlsx")))
    assert agencies(plan) == {("1.02.02.2.01.0002", "DINAS KESEHATAN", DINKES_CODE if coded else ""),
                              ("1.03.10.2.01.0005", "DINAS PEKERJAAN UMUM", PU_CODE if coded else "")}  # fmt: skip
    assert not any("no item name" in warning.message for warning in plan.warnings)


def test_a_unit_and_sub_unit_line_gives_the_sub_units_agency(make_workbook):
    unit = f"Unit Organisasi : {DINKES_CODE} DINAS KESEHATAN\nSub Unit Organisasi : 1.02.0.00.0.00.02.0000 RSUD KANJURUHAN"
    plan = read_plan(str(make_workbook([[unit], HEADER, *DINKES], name="kab_malang_2024.xlsx")))
    assert agencies(plan) == {("1.02.02.2.01.0002", "RSUD KANJURUHAN", "1.02.0.00.0.00.02.0000")}


@pytest.mark.parametrize("title, name", [
    (["RENCANA KERJA (RENJA) DINAS KESEHATAN KABUPATEN MALANG TAHUN 2024"], "kab_malang_2024.xlsx"),
    (["RENCANA KERJA DINAS KESEHATAN PROVINSI JAWA TIMUR TAHUN 2024"], "provinsi_jawa_timur_2024.xlsx"),
    (["RENCANA KERJA PERANGKAT DAERAH", "DINAS KESEHATAN", "KABUPATEN MALANG", "TAHUN ANGGARAN 2024"], "kab_malang_2024.xlsx"),
])  # fmt: skip
def test_a_renjas_title_names_its_agency_without_the_government(make_workbook, title, name):
    plan = read_plan(str(make_workbook([[line] for line in title] + [[], HEADER, *DINKES], name=name)))
    assert {item.agency for item in plan.items} == {"DINAS KESEHATAN"}


def test_an_agency_whose_name_holds_kota_keeps_it_without_the_government(make_workbook):
    title = [["RENCANA KERJA (RENJA) DINAS TATA KOTA DAN PERMUKIMAN KOTA BATAM TAHUN 2024"], []]
    plan = read_plan(str(make_workbook(title + [HEADER, *DINKES], name="kota_batam_2024.xlsx")))
    assert {item.agency for item in plan.items} == {"DINAS TATA KOTA DAN PERMUKIMAN"}


def test_a_bare_agency_line_in_an_rkpds_title_names_no_agency(make_workbook):
    # the RKPD of the whole government names Bappeda, who wrote it: no item is Bappeda's
    title = [["RENCANA KERJA PEMERINTAH DAERAH KABUPATEN MALANG TAHUN 2024"], ["BADAN PERENCANAAN PEMBANGUNAN DAERAH"], []]
    plan = read_plan(str(make_workbook(title + [HEADER, *DINKES], name="kab_malang_2024.xlsx")))
    assert {item.agency for item in plan.items} == {""}


KECAMATAN = [
    [1, "7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", None, 40],
    [2, "7.01.02.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", None, 40],
    [3, "7.01.02.2.01.02", "Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan", "Kec. Lawang", 40],
]


def test_a_bare_kecamatan_line_names_the_agency_of_its_block_or_sheet(make_workbook):
    rows = block("DINAS KESEHATAN", DINKES) + block("KECAMATAN", KECAMATAN)
    plan = read_plan(str(make_workbook(rows, name="kab_malang_2024.xlsx")))
    assert agencies(plan) == {("1.02.02.2.01.0002", "DINAS KESEHATAN", ""), ("7.01.02.2.01.02", "KECAMATAN", "")}
    title = [["RENCANA KERJA PERANGKAT DAERAH (RENJA)"], ["KECAMATAN"], ["KABUPATEN MALANG TAHUN 2024"], []]
    plan = read_plan(str(make_workbook(title + [HEADER, *KECAMATAN], name="kab_malang_2024.xlsx")))
    assert {item.agency for item in plan.items} == {"KECAMATAN"}


def test_a_bare_kecamatan_heading_row_without_a_code_heads_its_agencys_rows(make_workbook):
    rows = [[None, None, "DINAS KESEHATAN", None, 300], *DINKES, [None, None, "KECAMATAN", None, 40], *KECAMATAN]
    plan = read_plan(str(make_workbook([HEADER, *rows], name="kab_malang_2024.xlsx")))
    assert agencies(plan) == {("1.02.02.2.01.0002", "DINAS KESEHATAN", ""), ("7.01.02.2.01.02", "KECAMATAN", "")}


def test_kecamatan_as_the_coded_bidang_row_or_a_plain_rkpd_title_line_is_no_agency(make_workbook):
    rows = [[None, None, "DINAS KESEHATAN", None, 300], *DINKES, [None, "7.01", "KECAMATAN", None, 40], *KECAMATAN]
    plan = read_plan(str(make_workbook([HEADER, *rows], name="kab_malang_2024.xlsx")))
    assert [(item.code_text, item.kind, item.agency) for item in plan.items if item.code_text.startswith("7")][:2] == [
        ("7.01", Kind.BIDANG, "DINAS KESEHATAN"), ("7.01.02", Kind.PROGRAM, "DINAS KESEHATAN")]
    title = [["RENCANA KERJA PEMERINTAH DAERAH"], ["KECAMATAN"], ["KABUPATEN MALANG TAHUN 2024"], []]
    plan = read_plan(str(make_workbook(title + [HEADER, *KECAMATAN], name="kab_malang_2024.xlsx")))
    assert {item.agency for item in plan.items} == {""}
