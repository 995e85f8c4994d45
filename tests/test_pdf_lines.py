"""A plan converted from PDF: names wrapped over two or three rows, the amount on a name's last line, the rest of a name
before a codeless program row; and the hand-made lists where the same shapes are items of their own."""

from __future__ import annotations

from syncheck.models import Kind, SkipReason
from syncheck.readers import read_plan

from support import TITLE
from support import skip_reasons as reasons

HEADER = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Target", "Pagu Indikatif (Rp)", "Sumber Dana", "Perangkat Daerah"]
AGENCY = "DINAS KESEHATAN"
PROGRAM = ["1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", None, "100 %", 900, None, AGENCY]
KEGIATAN = ["1.02.01.2.02", "Administrasi Keuangan Perangkat Daerah", None, "1 Paket", 300, None, AGENCY]
GAJI = ["1.02.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "Kec. Praya", "1 Paket", 200, "DAU", AGENCY]
UMUM = ["1.02.01.2.06", "Administrasi Umum Perangkat Daerah", None, "100 %", 600, None, AGENCY]
KANTOR = ["1.02.01.2.06.0002", "Penyediaan Peralatan dan Perlengkapan Kantor", "Kec. Janapria", "12 Unit", 600, "DAU", AGENCY]


def read(make_workbook, body: list, pages: int = 1):
    """The plan of a sheet with the header, written again ``pages - 1`` times below the body (a PDF's pages)."""
    copies = [row for _ in range(pages - 1) for row in ([None] * 7, HEADER)]
    return read_plan(str(make_workbook(TITLE + [HEADER] + body + copies)))


def names(plan) -> list[tuple[Kind, str, int | None]]:
    return [(item.kind, item.name, item.budget) for item in plan.items]


def test_a_name_wrapped_over_three_rows_is_one_item(make_workbook):
    kegiatan = ["1.02.01.2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan", None, "1 Paket", 300, None, AGENCY]
    plan = read(make_workbook, [PROGRAM, kegiatan, [None, "Tingkat Daerah Kabupaten/Kota dan Pelayanan"], [None, "Kabupaten/Kota"],
                                GAJI, UMUM, KANTOR])  # fmt: skip
    assert names(plan)[1] == (Kind.KEGIATAN, "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota "
                                             "dan Pelayanan Kabupaten/Kota", 300)
    assert len(plan.items) == 5 and reasons(plan) == {8: SkipReason.CONTINUATION, 9: SkipReason.CONTINUATION}


def test_the_amount_on_the_last_line_of_a_sub_kegiatan_with_its_place_and_target_is_its_own(make_workbook):
    laporan = ["1.02.01.2.02.0005", "Koordinasi dan Penyusunan Laporan Keuangan Akhir", "Kec. Pringgarata", "4 Laporan", None, "DAU", AGENCY]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, GAJI, laporan, [None, "Tahun SKPD", None, None, 100], UMUM, KANTOR])
    assert names(plan)[3] == (Kind.SUB_KEGIATAN, "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", 100)
    assert len(plan.items) == 6


def test_the_amount_two_lines_below_a_sub_kegiatan_row_is_its_own(make_workbook):
    insentif = ["1.02.01.2.02.0008", "Pemberian Kompensasi, Insentif dan Disinsentif", "Kec. Pujut", "1 Paket", None, "DAK", AGENCY]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, GAJI, insentif, [None, "Kepada Pemilik, Pengguna, dan/atau Pengelola"],
                                [None, "Bangunan Gedung Cagar Budaya", None, None, 100], UMUM, KANTOR])  # fmt: skip
    assert names(plan)[3] == (Kind.SUB_KEGIATAN, "Pemberian Kompensasi, Insentif dan Disinsentif Kepada Pemilik, Pengguna, dan/atau "
                                                 "Pengelola Bangunan Gedung Cagar Budaya", 100)
    assert len(plan.items) == 6


def test_a_kegiatan_total_on_the_line_below_before_a_codeless_program_is_the_kegiatans(make_workbook):
    kegiatan = ["1.02.01.2.09", "Pemeliharaan Barang Milik Daerah Penunjang", None, "24 Kegiatan", None, None, AGENCY]
    subs = [["1.02.01.2.09.0006", "Pemeliharaan Peralatan dan Mesin Lainnya", "Kec. Batukliang", "1 Paket", 250, "DAU", AGENCY],
            ["1.02.01.2.09.0009", "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", "Kec. Pujut", "2 Unit", 150, "DAU", AGENCY]]
    program = [None, "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", None, "90 %", 700, None, AGENCY]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, GAJI, kegiatan, [None, "Urusan Pemerintahan Daerah", None, None, 400], *subs, program])
    # 'Urusan Pemerintahan Daerah' is the rest of 'Penunjang Urusan Pemerintahan Daerah', no urusan heading
    assert names(plan)[3] == (Kind.KEGIATAN, "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", 400)
    assert [kind for kind, _, _ in names(plan)] == [Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN, Kind.KEGIATAN,
                                                    Kind.SUB_KEGIATAN, Kind.SUB_KEGIATAN, Kind.PROGRAM]  # fmt: skip


def test_the_rest_of_a_sub_kegiatan_name_before_a_codeless_program_row_is_the_sub_kegiatans(make_workbook):
    sub = ["1.02.01.2.06.0011", "Dukungan Pelaksanaan Sistem Pemerintahan Berbasis", "Kec. Praya", "1 Paket", 600, "APBD", AGENCY]
    program = [None, "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", None, "90 %", 700, None, AGENCY]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, GAJI, UMUM, sub, [None, "Elektronik pada SKPD"], program])
    assert names(plan)[4] == (Kind.SUB_KEGIATAN, "Dukungan Pelaksanaan Sistem Pemerintahan Berbasis Elektronik pada SKPD", 600)
    assert names(plan)[5] == (Kind.PROGRAM, "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", 700)


def test_the_rest_of_a_codeless_name_is_joined_on_a_sheet_whose_names_wrap(make_workbook):
    codeless = [None, "Pemeliharaan/Rehabilitasi Sarana dan Prasarana", "Kec. Pujut", "2 Unit", 150, "APBD", AGENCY]
    body = [PROGRAM, KEGIATAN, GAJI, codeless, [None, "Gedung Kantor atau Bangunan Lainnya"], UMUM, KANTOR]
    # the header written again on each PDF page: names wrap there
    assert names(read(make_workbook, body, pages=3))[3] == (
        Kind.SUB_KEGIATAN, "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya", 150)
    # a sheet of one page, whose names never wrapped: the words lack the agency every item row holds, and the row below
    # holds it, so they start no item there (rt63: a false kegiatan took the codeless sub kegiatan below it)
    assert names(read(make_workbook, body))[3] == (
        Kind.SUB_KEGIATAN, "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya", 150)
    # a codeless row of words holding the agency is an item with no amount yet
    body[4] = [None, "Gedung Kantor atau Bangunan Lainnya", None, None, None, None, AGENCY]
    assert [name for _, name, _ in names(read(make_workbook, body))][3:5] == [
        "Pemeliharaan/Rehabilitasi Sarana dan Prasarana", "Gedung Kantor atau Bangunan Lainnya"]


def test_words_over_a_codeless_item_row_holding_the_agency_are_the_rest_of_the_name_above(make_workbook):
    sub = ["1.02.01.2.02.0002", "Penyusunan Kompetensi Dasar Muatan Lokal Pendidikan", "Kec. Praya", "1 Paket", 100, "DAU", AGENCY]
    codeless = [None, "Penyusunan Silabus Muatan Lokal Pendidikan", "Kec. Pujut", "1 Paket", 40, "APBD", AGENCY]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, GAJI, sub, [None, "Anak Usia Dini dan Pendidikan Nonformal"], codeless, UMUM, KANTOR])
    # (it was a kegiatan of its own with no amount, and the codeless sub kegiatan below fell under it)
    assert names(plan)[3:5] == [(Kind.SUB_KEGIATAN, "Penyusunan Kompetensi Dasar Muatan Lokal Pendidikan Anak Usia Dini dan Pendidikan Nonformal", 100),
                                (Kind.SUB_KEGIATAN, "Penyusunan Silabus Muatan Lokal Pendidikan", 40)]  # fmt: skip


def test_after_a_short_last_line_a_row_of_words_is_no_more_of_the_name(make_workbook):
    sub = ["1.02.01.2.02.0003", "Penyediaan Administrasi Pelaksanaan Tugas ASN Daerah", "Kec. Praya", "1 Paket", 100, "DAU", AGENCY]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, GAJI, sub, [None, "Kabupaten/Kota"], [None, "Pengadaan Obat"], UMUM, KANTOR])
    # the name's last line ('Kabupaten/Kota') did not fill its line: the row below starts something else
    assert [name for _, name, _ in names(plan)][3:5] == [
        "Penyediaan Administrasi Pelaksanaan Tugas ASN Daerah Kabupaten/Kota", "Pengadaan Obat"]


def test_a_sub_kegiatans_amount_on_its_last_line_before_a_codeless_item_is_its_own(make_workbook):
    terminal = ["1.02.01.2.02.0004", "Penyusunan Rencana Pembangunan Terminal", "Kec. Praya", "1 Paket", None, "DAU", AGENCY]
    codeless = [None, "Pembangunan Gedung Terminal", "Kec. Pujut", "1 Unit", 40, "APBD", AGENCY]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, GAJI, terminal, [None, "Penumpang Tipe C", None, None, 130], codeless, UMUM, KANTOR])
    assert names(plan)[3:5] == [(Kind.SUB_KEGIATAN, "Penyusunan Rencana Pembangunan Terminal Penumpang Tipe C", 130),
                                (Kind.SUB_KEGIATAN, "Pembangunan Gedung Terminal", 40)]


def test_rows_of_words_and_an_amount_one_after_another_under_a_sub_kegiatan_are_no_wrapped_name(make_workbook):
    other = ["1.02.01.2.02.0003", "Pembangunan Fasilitas Kesehatan Lainnya", None, None, None, None, AGENCY]
    packages = [[None, "Pembangunan Pustu Negeri Hative", None, None, 600], [None, "Pembangunan Pustu Negeri Latuhalat", None, None, 600]]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, GAJI, other, *packages, UMUM, KANTOR])
    assert names(plan)[3][1] == "Pembangunan Fasilitas Kesehatan Lainnya"  # (its packages are no part of its name)
