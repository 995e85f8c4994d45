"""Rows as read: a subtotal repeating its item's code, names without bullets or footnote marks, locations on several lines."""

from __future__ import annotations

from syncheck.models import Kind, SkipReason
from syncheck.readers import read_plan

from support import TITLE
from support import row_warnings as messages
from support import skip_reasons as reasons

HEADER = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]]
PROGRAM = ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", None, 300]
KEGIATAN = ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", None, 300]
PLAN = [PROGRAM, KEGIATAN, ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Kec. Tugu", 100],
        ["1.02.02.2.01.0002", "Pembangunan Puskesmas", "Kec. Bawen", 200]]
PLAN_2 = [["5.01.02", "PROGRAM PERENCANAAN PEMBANGUNAN DAERAH", None, 50], ["5.01.02.2.01", "Penyusunan Perencanaan dan Pendanaan", None, 50],
          ["5.01.02.2.01.0001", "Analisis Data dan Informasi Perencanaan", "Kota Contoh", 50]]


def kinds(plan):
    return [(item.ref.row, item.kind, item.code_text) for item in plan.items]

def test_a_subtotal_repeating_the_code_of_the_item_it_adds_up_is_skipped(make_workbook):
    subtotals = [
        ["1.02.02.2.01", "Jumlah Kegiatan", None, 300],
        ["1.02.02", "JUMLAH PROGRAM", None, 300],
        ["1.02.02", "Total Pemenuhan Upaya Kesehatan Perorangan", None, 300],
        ["1.02.02", "Sub Total :", None, 300],
    ]
    plan = read_plan(str(make_workbook(TITLE + HEADER + PLAN + subtotals)))
    assert kinds(plan) == [(6, Kind.PROGRAM, "1.02.02"), (7, Kind.KEGIATAN, "1.02.02.2.01"),
                           (8, Kind.SUB_KEGIATAN, "1.02.02.2.01.0001"), (9, Kind.SUB_KEGIATAN, "1.02.02.2.01.0002")]
    assert reasons(plan) == {10: SkipReason.SUBTOTAL, 11: SkipReason.SUBTOTAL, 12: SkipReason.SUBTOTAL, 13: SkipReason.SUBTOTAL}
    assert messages(plan) == []


def test_a_coded_row_named_jumlah_is_an_item_when_no_row_above_has_its_code_or_the_name_says_more(make_workbook):
    rows = [["1.02.02", "Jumlah Puskesmas Terbangun", None, 300], *PLAN_2, ["5.01.02", "JUMLAH", None, 50]]
    plan = read_plan(str(make_workbook(TITLE + HEADER + PLAN + rows)))
    assert [row for row, _, _ in kinds(plan)] == [6, 7, 8, 9, 10, 11, 12, 13]
    assert reasons(plan) == {14: SkipReason.SUBTOTAL}



def test_an_items_name_is_read_without_the_bullet_before_it_or_the_footnote_mark_after_it(make_workbook):
    rows = [["1.02.02", "\u2022 PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", None, 300],
            ["1.02.02.2.01", "o Penyediaan Fasilitas Pelayanan Kesehatan", None, 300],
            ["1.02.02.2.01.0001", "- Pembangunan Rumah Sakit *)", "Kec. Tugu", 100],
            ["1.02.02.2.01.0002", "\u25aa Pembangunan Puskesmas Pembantu - Tahap II **)", "Kec. Bawen", 100],
            ["1.02.02.2.01.0003", "\u2013 Rehabilitasi Puskesmas*", "Kec. Bawen", 50],
            ["1.02.02.2.01.0004", "\u25e6 Pengadaan Alat Kesehatan (Lanjutan)", "Kec. Tugu", 50]]
    plan = read_plan(str(make_workbook(TITLE + HEADER + rows)))
    assert [item.name for item in plan.items] == [
        "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", "Penyediaan Fasilitas Pelayanan Kesehatan", "Pembangunan Rumah Sakit",
        "Pembangunan Puskesmas Pembantu - Tahap II", "Rehabilitasi Puskesmas", "Pengadaan Alat Kesehatan (Lanjutan)"]
    assert plan.items[1].kegiatan_name == plan.items[2].kegiatan_name == "Penyediaan Fasilitas Pelayanan Kesehatan"


def test_a_name_starting_with_a_lower_case_o_word_keeps_it(make_workbook):
    rows = [PROGRAM, KEGIATAN, ["1.02.02.2.01.0001", "o perasional Rumah Sakit", "Kec. Tugu", 300]]
    plan = read_plan(str(make_workbook(TITLE + HEADER + rows)))
    assert plan.items[-1].name == "o perasional Rumah Sakit"


def test_places_written_on_several_lines_of_one_cell_are_read_as_a_list(make_workbook):
    rows = [PROGRAM, KEGIATAN, ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Kota Batu\nKab. Sidoarjo", 100],
            ["1.02.02.2.01.0002", "Pembangunan Puskesmas", "Kec. Bawen,\nKec. Tugu\r\nKec. Ungaran", 100],
            ["1.02.02.2.01.0003", "Rehabilitasi Puskesmas", "Kab.\nSidoarjo", 50],
            ["1.02.02.2.01.0004", "Pengadaan Alat Kesehatan", "Kecamatan Waru dan\nsekitarnya", 50]]
    plan = read_plan(str(make_workbook(TITLE + HEADER + rows)))
    assert [item.location for item in plan.items[2:]] == [
        "Kota Batu, Kab. Sidoarjo", "Kec. Bawen, Kec. Tugu, Kec. Ungaran", "Kab. Sidoarjo", "Kecamatan Waru dan sekitarnya"]
