import pytest

from syncheck.codes import (
    comparison_key, join_split_code, opd_bidang, parse_cell_code, parse_code, slot_key, split_glued, split_kind_label, unpadded_code,
    without_own_code, writes_unpadded_codes,
)
from syncheck.models import Kind


def test_parse_full_codes_and_kinds():
    assert parse_code("1.02.02").kind is Kind.PROGRAM
    assert parse_code("1.02.02.2.01").kind is Kind.KEGIATAN
    assert parse_code("1.02.02.2.01.0001").text == "1.02.02.2.01.0001"
    assert parse_code("1.2.2.2.1.1").text == "1.02.02.2.01.01"
    assert parse_code(" 1.02.02. ").text == "1.02.02"


def test_codes_typed_as_numbers_keep_their_trailing_zero():
    assert parse_code(2.1).text == "2.10"
    assert parse_code(1.02).text == "1.02"
    assert parse_code(3).text == "3"
    assert parse_code("2.1").text == "2.10"


def test_zero_segments_padding_a_code_to_full_width_are_placeholders():
    assert [parse_code(text).text for text in ("1.00.00.0.00.0000", "1.03.00.0.00.0000", "1.03.02.0.00.0000", "1.03.02.2.02.0000")] == [
        "1", "1.03", "1.03.02", "1.03.02.2.02"]
    assert parse_code("1.03.02.0.00.00").text == "1.03.02" and parse_code("X.XX.01.0.00.0000").text == "X.XX.01"
    assert join_split_code([1, 3, 2, "2.02", "0000"]).text == "1.03.02.2.02"
    # zero numbers of the official list stand when nothing marks the code as padded (retired kegiatan 4.01.02.1.00)
    assert parse_code("4.01.02.1.00").text == "4.01.02.1.00" and parse_code("4.01.02.1.00.01").text == "4.01.02.1.00.01"
    assert parse_code("4.02.00").text == "4.02.00" and parse_code("1.01.08.1.01.00").kind is Kind.SUB_KEGIATAN


def test_support_placeholder_and_non_codes():
    assert parse_code("X.XX.01.2.01.0001").text == "X.XX.01.2.01.0001"
    assert parse_code("Jumlah") is None
    assert parse_code("1.02.02.2") is None
    assert parse_code("") is None and parse_code(None) is None


def test_split_code_cells():
    assert join_split_code([2, 15, 5, 2.07, 2]).text == "2.15.05.2.07.02"
    assert join_split_code([2, 8, None, None, None]).text == "2.08"
    assert join_split_code([2, 15, 5, 2.1, None]).text == "2.15.05.2.10"
    assert join_split_code([1, 2, 2, "2.01", "0003"]).text == "1.02.02.2.01.0003"
    assert join_split_code([None, None, None, None, None]) is None


def test_code_glued_to_name():
    code, name = split_glued("1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN")
    assert code.text == "1.02.02" and name == "PROGRAM PEMENUHAN UPAYA KESEHATAN"
    code, name = split_glued("1.02.02.2.01.0001 - Pembangunan Rumah Sakit")
    assert code.text == "1.02.02.2.01.0001" and name == "Pembangunan Rumah Sakit"
    assert split_glued("2 Unit Gedung Baru") == (None, "2 Unit Gedung Baru")
    code, name = split_glued("5 UNSUR PENUNJANG URUSAN PEMERINTAHAN")
    assert code.text == "5" and name == "UNSUR PENUNJANG URUSAN PEMERINTAHAN"
    assert split_glued("6 - UNSUR PENGAWASAN URUSAN PEMERINTAHAN")[0].text == "6"
    assert split_glued("1. Unsur Forkopimda yang difasilitasi")[0] is None and split_glued("2 Unsur Masyarakat Terlatih")[0] is None


@pytest.mark.parametrize("text, kind, rest", [
    ("Sub Kegiatan : 1.02.02.2.01.0002 Pembangunan Puskesmas", Kind.SUB_KEGIATAN, "1.02.02.2.01.0002 Pembangunan Puskesmas"),
    ("SUB KEGIATAN - Pembangunan Puskesmas", Kind.SUB_KEGIATAN, "Pembangunan Puskesmas"),
    ("Sub-Kegiatan: Pembangunan Puskesmas", Kind.SUB_KEGIATAN, "Pembangunan Puskesmas"),
    ("Kegiatan : 1.02.02.2.01 Penyediaan Fasilitas", Kind.KEGIATAN, "1.02.02.2.01 Penyediaan Fasilitas"),
    ("Program: 1.02.02 PROGRAM PEMENUHAN", Kind.PROGRAM, "1.02.02 PROGRAM PEMENUHAN"),
    ("Bidang Urusan : 1.02 KESEHATAN", Kind.BIDANG, "1.02 KESEHATAN"),
    ("Urusan Pemerintahan : 1 URUSAN PEMERINTAHAN WAJIB", Kind.URUSAN, "1 URUSAN PEMERINTAHAN WAJIB"),
    # the name's own words: no separator, a dash inside a word, a label with nothing after it
    ("Kegiatan Pembinaan Kelurahan", None, "Kegiatan Pembinaan Kelurahan"),
    ("PROGRAM PEMENUHAN UPAYA KESEHATAN", None, "PROGRAM PEMENUHAN UPAYA KESEHATAN"),
    ("Kegiatan-kegiatan Pendukung", None, "Kegiatan-kegiatan Pendukung"),
    ("Sub Kegiatan :", None, "Sub Kegiatan :"),
    ("Pembangunan Rumah Sakit", None, "Pembangunan Rumah Sakit"),
])
def test_a_kind_label_before_a_name_is_split_off(text, kind, rest):
    assert split_kind_label(text) == (kind, rest)


def test_two_and_four_digit_sub_kegiatan_compare_equal():
    assert comparison_key(parse_code("1.01.02.2.01.01")) == comparison_key(parse_code("1.01.02.2.01.0001"))
    assert slot_key(parse_code("2.15.05.1.01.03")) == slot_key(parse_code("2.15.05.2.01.03"))


def test_agency_code_bidang():
    assert opd_bidang("2.15.0.00.0.00.01.0000 DINAS PERHUBUNGAN") == "2.15"


def test_a_kegiatan_code_with_its_program_written_short_is_read_but_outline_numbering_is_not():
    assert parse_cell_code("2.15.5.2.1.1").text == "2.15.05.2.01.01"
    assert parse_cell_code("2.15.5.2.1").text == "2.15.05.2.01"
    assert [parse_cell_code(text) for text in ("1.1.2", "2.15.5", "1.1.1.1.1", "1.10.2.3")] == [None] * 4


@pytest.mark.parametrize("text", ["2 15 05 1 01 03", "2-15-05-1-01-03", "2/15/05/1/01/03", "2.15.05.1.01.03*", "2.15.05.1.01.03 **)"])
def test_codes_typed_with_other_separators_or_a_note_mark_are_read(text):
    assert parse_cell_code(text).text == "2.15.05.1.01.03"


@pytest.mark.parametrize("text", ["2 15-05", "1/2", "2 - 15 - 05", "12 dokumen"])
def test_mixed_separators_fractions_and_counts_are_no_code(text):
    assert parse_cell_code(text) is None


def test_unpadded_codes_are_read_only_where_a_sheet_writes_kegiatan_codes_so():
    assert unpadded_code("2.8.7.2.3.1").text == "2.08.07.2.03.01" and unpadded_code("2.8").text == "2.08"
    assert writes_unpadded_codes(["2.8.7", "2.8.7.2.3", "2.8.7.2.3.1", "2.8.7.2.3.2", 5])
    # outline numbering ('1.1.2'), or fewer than three kegiatan-shaped codes, is no sign of short-written codes
    assert not writes_unpadded_codes(["1", "1.1", "1.1.1", "1.1.1.1.1", "1.1.1.1.2", "2.08.07.2.03.01"])
    assert not writes_unpadded_codes(["2.8.7.2.3.1", "2.8.7.2.3.2"])
    # however many deep levels outline numbering has, it also has the four-level numbers no code has
    assert not writes_unpadded_codes(["1", "1.1", "1.1.1", "1.1.1.1", "1.1.1.1.1", "1.1.1.1.2", "1.1.1.2.1", "1.1.1.2.2"])
    assert not writes_unpadded_codes(["2.8.7.2.3.1", "2.8.7.2.3.2", "2.8.7.2.3.3", "2.8.7.3.1.1"])


@pytest.mark.parametrize(
    "name, code, expected",
    [
        ("1.02.02.2.01.0002 Pembangunan Puskesmas", "1.02.02.2.01.02", "Pembangunan Puskesmas"),
        ("1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN", "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN"),
        # another item's code in front of the name is not this row's: a reviewer sees it as written
        ("1.02.02.2.01.0003 Pembangunan Puskesmas", "1.02.02.2.01.0002", "1.02.02.2.01.0003 Pembangunan Puskesmas"),
        ("2 (Dua) Daerah Kabupaten/Kota", "1.03.02.2.01", "2 (Dua) Daerah Kabupaten/Kota"),
        ("Pembangunan Puskesmas", "1.02.02.2.01.0002", "Pembangunan Puskesmas"),
    ],
)
def test_without_own_code_strips_only_the_rows_own_code(name, code, expected):
    assert without_own_code(name, parse_code(code)) == expected


@pytest.mark.parametrize("text, code, name", [
    ("1 02 02 2 02 0006 Pengelolaan Pelayanan Kesehatan", "1.02.02.2.02.0006", "Pengelolaan Pelayanan Kesehatan"),
    ("2 15 02 Program Penyelenggaraan Lalu Lintas", "2.15.02", "Program Penyelenggaraan Lalu Lintas"),
    ("2 15 02 2 01 - Penyediaan Perlengkapan Jalan", "2.15.02.2.01", "Penyediaan Perlengkapan Jalan"),
    ("1  02  02 2 01 01 Pembangunan Rumah Sakit", "1.02.02.2.01.01", "Pembangunan Rumah Sakit"),
    ("1 02 URUSAN PEMERINTAHAN BIDANG KESEHATAN", "1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN"),
    ("5 01 PERENCANAAN", "5.01", "PERENCANAAN"),
    ("X XX 01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "X.XX.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH"),
    # as the Kepmendagri list prints codes: the level digit and the kegiatan number joined by a dot
    ("1 03 02 2.02 07 Pengembangan Sistem Penyediaan Air Minum", "1.03.02.2.02.07", "Pengembangan Sistem Penyediaan Air Minum"),
    ("X XX 01 2.01 Perencanaan, Penganggaran, dan Evaluasi", "X.XX.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi"),
])
def test_a_code_with_spaces_between_its_segments_is_split_from_the_name(text, code, name):
    found, rest = split_glued(text)
    assert (found.text, rest) == (code, name)


@pytest.mark.parametrize("text", [
    "2 (Dua) Daerah Kabupaten yang dibina", "1 Unit Puskesmas Keliling", "10 Desa Siaga Aktif", "2024 Pelayanan Kesehatan",
    "1 12 2024 Pelayanan Kesehatan", "2 10 Unit Rumah Layak Huni", "1 000 Unit Rumah", "2 15 02 3 01 Penyediaan Perlengkapan",
    "1 02 02 2 01 00001 Pembangunan", "3 12 Kelompok Tani", "3 10 15 Km Jalan Desa Sumberejo", "1 12 PAKET SEMBAKO LANSIA",
])
def test_numbers_opening_a_name_are_no_spaced_code(text):
    # each segment has its width: a count, a year or a date never fits urusan 1, bidang 2, program 2, level 1|2 ...
    assert split_glued(text) == (None, text)


@pytest.mark.parametrize("text, code", [
    ("1 03 02 2.02 07", "1.03.02.2.02.07"), ("1 03 02 2.02", "1.03.02.2.02"), ("X XX 01 2.01 0001", "X.XX.01.2.01.0001"),
])
def test_a_code_cell_written_as_the_kepmendagri_list_prints_it_is_read(text, code):
    assert parse_cell_code(text).text == code


@pytest.mark.parametrize("text", ["1 03 02 2.5", "1 03 2.02 07", "10 03 02 2.02 07 08"])
def test_a_spaced_code_cell_needs_the_lists_segment_widths(text):
    assert parse_cell_code(text) is None
