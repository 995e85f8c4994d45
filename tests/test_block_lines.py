"""SIPD print block lines ('Program : 1.03.02 PROGRAM ...') above a table of sub kegiatan are the items they name."""

from __future__ import annotations

from syncheck.models import Kind, SkipReason
from syncheck.readers import read_plan

from support import TITLE
from support import row_warnings as messages
from support import skip_reasons as reasons

HEADER = [["Kode", "Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]]
DINAS = "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"
PROGRAM_NAME = "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)"
KEGIATAN_NAME = "Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder"
IRIGASI = ["1.03.02.2.02.0007", "Rehabilitasi Jaringan Irigasi Permukaan", "Kec. Tarik", 300, DINAS]
BENDUNG = ["1.03.02.2.02.0010", "Pemeliharaan Bendung", "Kec. Prambon", 200, DINAS]


def items(plan):
    """(row, kind, code, name, parent row, budget) of every item."""
    return [(item.ref.row, item.kind, item.code_text, item.name, item.parent.row if item.parent else None, item.budget) for item in plan.items]


def test_block_lines_in_the_code_column_are_items_and_the_parents_of_the_rows_under_them(make_workbook):
    rows = [
        ["Urusan Pemerintahan : 1 URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", None, None, 500],
        ["Bidang Urusan : 1.03 URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG", None, None, 500],
        [f"Program : 1.03.02 {PROGRAM_NAME} Rp. 500"],
        [f"Kegiatan : 1.03.02.2.02 {KEGIATAN_NAME}", None, None, 500],
        IRIGASI,
        BENDUNG,
    ]
    plan = read_plan(str(make_workbook(TITLE + HEADER + rows)))
    assert items(plan) == [
        (6, Kind.URUSAN, "1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", None, 500),
        (7, Kind.BIDANG, "1.03", "URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG", None, 500),
        (8, Kind.PROGRAM, "1.03.02", PROGRAM_NAME, None, 500),
        (9, Kind.KEGIATAN, "1.03.02.2.02", KEGIATAN_NAME, 8, 500),
        (10, Kind.SUB_KEGIATAN, "1.03.02.2.02.0007", IRIGASI[1], 9, 300),
        (11, Kind.SUB_KEGIATAN, "1.03.02.2.02.0010", BENDUNG[1], 9, 200),
    ]
    assert plan.items[2].kegiatan_code == "" and plan.items[4].program_code == "1.03.02" and plan.items[4].kegiatan_code == "1.03.02.2.02"
    assert messages(plan) == []


def test_a_block_line_spread_over_cells_takes_its_code_name_and_amount_from_them(make_workbook):
    rows = [
        ["Program :", f"1.03.02 {PROGRAM_NAME}", None, 500],
        ["Kegiatan", ":", "1.03.02.2.02", KEGIATAN_NAME, "Rp 500.000,00"],
        IRIGASI,
    ]
    plan = read_plan(str(make_workbook(TITLE + HEADER + rows)))
    assert items(plan) == [
        (6, Kind.PROGRAM, "1.03.02", PROGRAM_NAME, None, 500),
        (7, Kind.KEGIATAN, "1.03.02.2.02", KEGIATAN_NAME, 6, 500_000),
        (8, Kind.SUB_KEGIATAN, "1.03.02.2.02.0007", IRIGASI[1], 7, 300),
    ]
    # the cells the line takes are no location or agency of the kegiatan
    assert (plan.items[1].location, plan.items[1].agency) == ("", DINAS)


def test_lines_that_name_no_item_stay_skipped_beside_the_block_lines(make_workbook):
    rows = [
        [f"Program : 1.03.02 {PROGRAM_NAME}", None, None, 500],
        ["Program : "],
        ["Sasaran Program : Meningkatnya layanan irigasi"],
        ["Capaian Program : Persentase jaringan irigasi dalam kondisi baik 100%"],
        [f"Kegiatan : 1.03.02.2.02 {KEGIATAN_NAME}", None, None, 500],
        ["Indikator Kegiatan : Jumlah jaringan irigasi yang direhabilitasi"],
        ["Lokasi : Kabupaten Sidoarjo"],
        ["Sumber Dana : APBD"],
        ["Kegiatan : -"],
        IRIGASI,
    ]
    plan = read_plan(str(make_workbook(TITLE + HEADER + rows)))
    assert [(row, kind, parent) for row, kind, _, _, parent, _ in items(plan)] == [(6, Kind.PROGRAM, None), (10, Kind.KEGIATAN, 6), (15, Kind.SUB_KEGIATAN, 10)]
    assert reasons(plan) == {row: SkipReason.UNREADABLE for row in (7, 8, 9, 11, 12, 13, 14)}


def test_a_label_its_code_contradicts_reads_the_row_as_the_code_says_with_a_warning(make_workbook):
    rows = [[f"Program : 1.03.02 {PROGRAM_NAME}", None, None, 500], [f"Program : 1.03.02.2.02 {KEGIATAN_NAME}", None, None, 500], IRIGASI]
    plan = read_plan(str(make_workbook(TITLE + HEADER + rows)))
    assert [(row, kind, parent) for row, kind, _, _, parent, _ in items(plan)] == [(6, Kind.PROGRAM, None), (7, Kind.KEGIATAN, 6), (8, Kind.SUB_KEGIATAN, 7)]
    assert messages(plan) == [(7, "labelled program, but code 1.03.02.2.02 is a kegiatan code: read as kegiatan, as its code says")]


def test_a_block_line_in_a_name_column_of_another_level_is_the_item_it_labels(make_workbook):
    rows = [[None, f"Kegiatan : 1.03.02.2.02 {KEGIATAN_NAME}", None, 500], IRIGASI]
    plan = read_plan(str(make_workbook(TITLE + HEADER + rows)))
    assert [(row, kind, code, name) for row, kind, code, name, _, _ in items(plan)] == [
        (6, Kind.KEGIATAN, "1.03.02.2.02", KEGIATAN_NAME), (7, Kind.SUB_KEGIATAN, "1.03.02.2.02.0007", IRIGASI[1])]


def test_block_lines_are_of_the_agency_named_under_them(make_workbook):
    unit = "1.03.0.00.0.00.01.0000"
    rows = [
        # SIPD prints the agency lines under the program and kegiatan lines
        [f"Program : 1.03.02 {PROGRAM_NAME}"],
        [f"Kegiatan : 1.03.02.2.02 {KEGIATAN_NAME}"],
        [f"Unit Organisasi : {unit} {DINAS}"],
        IRIGASI[:4],
        # a sub kegiatan table that names the agency in its rows only
        ["Program : 1.03.03 PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM"],
        ["1.03.03.2.01.0001", "Penyusunan Rencana Induk SPAM", None, 100, "DINAS PERUMAHAN RAKYAT"],
    ]
    plan = read_plan(str(make_workbook(TITLE + HEADER + rows)))
    assert [(item.kind, item.agency) for item in plan.items] == [
        (Kind.PROGRAM, DINAS), (Kind.KEGIATAN, DINAS), (Kind.SUB_KEGIATAN, DINAS), (Kind.PROGRAM, "DINAS PERUMAHAN RAKYAT"),
        (Kind.SUB_KEGIATAN, "DINAS PERUMAHAN RAKYAT")]
    assert plan.items[0].agency_code == unit
