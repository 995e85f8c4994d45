"""What each body row is: subtotals, agency rows, notes, recap tables, continuation rows, codes in odd forms."""

from __future__ import annotations

import pytest

from syncheck.codes import outline_prefix, parse_cell_code, split_glued
from syncheck.models import Kind, Level, SkipReason
from syncheck.readers import read_plan

from support import TITLE, sub_budget
from support import row_warnings as messages
from support import skip_reasons as reasons

HEADER = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]]
PROGRAM = ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", None, 300]
KEGIATAN = ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", None, 300]
RUMAH_SAKIT = ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Kec. Tugu", 100]
PUSKESMAS = ["1.02.02.2.01.0002", "Pembangunan Puskesmas", "Kec. Bawen", 200]
PLAN = [PROGRAM, KEGIATAN, RUMAH_SAKIT, PUSKESMAS]
PROGRAM_2 = ["5.01.02", "PROGRAM PERENCANAAN PEMBANGUNAN DAERAH", None, 50]
KEGIATAN_2 = ["5.01.02.2.01", "Penyusunan Perencanaan dan Pendanaan", None, 50]
SUB_2 = ["5.01.02.2.01.0001", "Analisis Data dan Informasi Perencanaan", "Kota Contoh", 50]


def kinds(plan):
    return [(item.ref.row, item.kind, item.code_text) for item in plan.items]


def test_jml_subtotal_rows_are_skipped(make_workbook):
    path = make_workbook(TITLE + HEADER + PLAN + [[None, "Jml. Program", None, 300], [None, "JML TOTAL", None, 300]])
    plan = read_plan(str(path))
    assert [item.kind for item in plan.items] == [Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN, Kind.SUB_KEGIATAN]
    assert reasons(plan) == {10: SkipReason.SUBTOTAL, 11: SkipReason.SUBTOTAL}
    assert sub_budget(plan) == 300 and messages(plan) == []


def test_a_subtotal_naming_its_program_is_skipped_however_long_the_name(make_workbook):
    program = "PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP (Lanjutan)"
    rows = [[None, f"JUMLAH {program}", None, 300], [None, "Sub Total  Kegiatan Penyediaan Fasilitas Pelayanan Kesehatan Masyarakat Kewenangan Daerah", None, 300]]
    plan = read_plan(str(make_workbook(TITLE + HEADER + PLAN + rows)))
    assert [item.kind for item in plan.items] == [Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN, Kind.SUB_KEGIATAN]
    assert reasons(plan) == {10: SkipReason.SUBTOTAL, 11: SkipReason.SUBTOTAL}
    assert sub_budget(plan) == 300 and messages(plan) == []


@pytest.mark.parametrize("label", ["Jumlah Unit Organisasi", "JUMLAH PERANGKAT DAERAH", "Total SKPD", "Sub Total OPD"])
def test_a_subtotal_naming_its_agency_is_skipped_however_long_the_name(make_workbook, label):
    agency = "DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK DAN KELUARGA BERENCANA"  # the label passes 80 characters
    plan = read_plan(str(make_workbook(TITLE + HEADER + PLAN + [[None, f"{label} {agency}", None, 300]])))
    assert [item.kind for item in plan.items] == [Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN, Kind.SUB_KEGIATAN]
    assert reasons(plan) == {10: SkipReason.SUBTOTAL} and sub_budget(plan) == 300 and messages(plan) == []


def test_a_bare_agency_name_row_is_an_agency_row_that_sets_the_agency(make_workbook):
    path = make_workbook(TITLE + HEADER + [[None, "DINAS KESEHATAN", None, 300]] + PLAN + [
        [None, "Badan Perencanaan Pembangunan Daerah", None, 50],
        ["5.01.02", "PROGRAM PERENCANAAN PEMBANGUNAN DAERAH", None, 50],
        ["5.01.02.2.01", "Penyusunan Perencanaan dan Pendanaan", None, 50],
        ["5.01.02.2.01.0001", "Analisis Data dan Informasi Perencanaan", "Kota Contoh", 50],
    ])
    plan = read_plan(str(path))
    assert reasons(plan) == {6: SkipReason.BANNER, 11: SkipReason.BANNER}
    assert [item.agency for item in plan.items] == ["DINAS KESEHATAN"] * 4 + ["Badan Perencanaan Pembangunan Daerah"] * 3
    assert sub_budget(plan) == 350 and messages(plan) == []
    assert plan.rows_read == len(plan.items) + plan.skipped_rows


GEDUNG = ["1.02.02.2.01.0003", "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Pendukung Gedung", "Kec. Tugu", 40]
TAIL = [None, "Kantor atau Bangunan Lainnya"]  # the wrapped rest of the name above: it opens as an agency's name would
FULL = "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan Lainnya"


def test_a_wrapped_name_opening_like_an_agency_under_the_same_program_is_the_name_above(make_workbook):
    plan = read_plan(str(make_workbook(TITLE + HEADER + [[None, "DINAS KESEHATAN"], *PLAN[:3], GEDUNG, TAIL, PUSKESMAS])))
    assert [item.name for item in plan.items][3] == FULL and {item.agency for item in plan.items} == {"DINAS KESEHATAN"}


def test_a_wrapped_name_opening_like_an_agency_in_a_sheet_of_banners_is_the_name_above(make_workbook):
    rows = [["Unit Organisasi : 1.02.0.00.0.00.01.0000 DINAS KESEHATAN"], *PLAN[:3], GEDUNG, TAIL, PROGRAM_2, KEGIATAN_2, SUB_2]
    plan = read_plan(str(make_workbook(TITLE + HEADER + rows)))
    assert plan.items[3].name == FULL and {item.agency for item in plan.items} == {"DINAS KESEHATAN"}


def test_a_wrapped_name_opening_like_an_agency_whose_next_row_names_another_is_the_name_above(make_workbook):
    header = [HEADER[0] + ["Perangkat Daerah"]]
    rows = [row + ["DINAS KESEHATAN"] for row in [*PLAN[:3], GEDUNG]] + [TAIL] + [row + ["BAPPEDA"] for row in [PROGRAM_2, KEGIATAN_2, SUB_2]]
    plan = read_plan(str(make_workbook(TITLE + header + rows)))
    assert plan.items[3].name == FULL and [item.agency for item in plan.items] == ["DINAS KESEHATAN"] * 4 + ["BAPPEDA"] * 3


def test_an_agency_row_over_its_own_program_still_sets_the_agency(make_workbook):
    # after an item row, over a program (and, with an agency column, over rows naming it)
    header = [HEADER[0] + ["Perangkat Daerah"]]
    rows = [row + ["DINAS KESEHATAN"] for row in PLAN] + [[None, "BAPPEDA"]] + [row + ["Bappeda"] for row in [PROGRAM_2, KEGIATAN_2, SUB_2]]
    plan = read_plan(str(make_workbook(TITLE + header + rows)))
    assert reasons(plan)[10] is SkipReason.BANNER and len(plan.items) == 7


def test_a_sub_kegiatan_with_a_place_or_a_bullet_is_never_an_agency_or_note_row(make_workbook):
    path = make_workbook(TITLE + HEADER + PLAN + [[None, "Dinas Kesehatan Keliling", "Kec. Tugu", 10], [None, "* Pembangunan Jalan Desa", None, 5]])
    assert [item.name for item in read_plan(str(path)).items[-2:]] == ["Dinas Kesehatan Keliling", "Pembangunan Jalan Desa"]


def test_notes_under_the_table_are_skipped_as_notes(make_workbook):
    path = make_workbook(TITLE + HEADER + PLAN + [
        [], [None, "Keterangan:"], [None, "*) Pagu indikatif bersifat sementara, menunggu KUA-PPAS"], [None, "Sumber: SIPD, diolah"],
    ])
    plan = read_plan(str(path))
    assert len(plan.items) == 4 and messages(plan) == []
    assert reasons(plan) == {10: SkipReason.BLANK, 11: SkipReason.NOTE, 12: SkipReason.NOTE, 13: SkipReason.NOTE}


def test_a_recap_table_under_the_plan_is_skipped_with_one_warning(make_workbook):
    path = make_workbook(TITLE + HEADER + PLAN + [
        [], [None, "REKAPITULASI PER PERANGKAT DAERAH"], ["No", "Perangkat Daerah", "Jumlah Program", "Pagu Indikatif (Rp)"],
        [1, "Dinas Kesehatan", 2, 300], [2, "Dinas Pekerjaan Umum dan Penataan Ruang", 1, 800], [None, "Total", 3, 1100],
    ])
    plan = read_plan(str(path))
    assert len(plan.items) == 4 and sub_budget(plan) == 300
    assert reasons(plan) == {10: SkipReason.BLANK, **{row: SkipReason.RECAP for row in range(11, 16)}}
    assert messages(plan) == [(11, "recap or other table under the plan skipped from this row ('REKAPITULASI PER PERANGKAT DAERAH')")]


def test_another_table_of_the_rkpd_document_under_the_plan_is_skipped_from_its_caption(make_workbook):
    path = make_workbook(TITLE + HEADER + PLAN + [
        ["TABEL 5.2 PROGRAM PRIORITAS DAERAH TAHUN 2024"], ["No", "Prioritas Daerah", "Program", "Pagu (Rp)"],
        [1, "Peningkatan Kualitas SDM", "PROGRAM PEMENUHAN UPAYA KESEHATAN", 300], [2, "Infrastruktur Dasar", "PROGRAM PENYEDIAAN AIR MINUM", 800],
    ])
    plan = read_plan(str(path))
    assert len(plan.items) == 4 and sub_budget(plan) == 300
    assert reasons(plan) == {row: SkipReason.RECAP for row in range(10, 14)}
    assert messages(plan) == [(10, "recap or other table under the plan skipped from this row ('TABEL 5.2 PROGRAM PRIORITAS DAERAH TAHUN 2024')")]


def test_a_name_that_starts_with_tabel_is_no_caption(make_workbook):
    path = make_workbook(TITLE + HEADER + PLAN + [[None, "Tabel Harga Satuan Bahan Bangunan", None, 25]])
    assert read_plan(str(path)).items[-1].name == "Tabel Harga Satuan Bahan Bangunan"


def test_the_plan_goes_on_after_a_recap_table_at_the_next_program_code(make_workbook):
    path = make_workbook(TITLE + HEADER + PLAN + [[None, "Rekap Pagu per Urusan"], [1, "Urusan Wajib", None, 300], ["5.01.02", "PROGRAM PERENCANAAN", None, 50]])
    plan = read_plan(str(path))
    assert reasons(plan) == {10: SkipReason.RECAP, 11: SkipReason.RECAP}
    assert kinds(plan)[-1] == (12, Kind.PROGRAM, "5.01.02") and len(plan.items) == 5


def test_a_recap_title_above_any_item_does_not_hide_the_plan(make_workbook):
    header = [["Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]]
    path = make_workbook(TITLE + header + [["Rekapitulasi Pembangunan Jalan Desa", "Kec. Tugu", 10], ["Pembangunan Jembatan", "Kec. Bawen", 20]])
    assert [item.name for item in read_plan(str(path)).items] == ["Rekapitulasi Pembangunan Jalan Desa", "Pembangunan Jembatan"]


def test_continuation_rows_are_skipped_with_one_warning_a_sheet(make_workbook):
    header = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator", "Target", "Lokasi", "Pagu Indikatif (Rp)"]]
    rows = []
    for code, name, place, budget in PLAN:
        rows += [[code, name, "Persentase A", "100%", place, budget], [None, None, "Jumlah dokumen B", "2 dokumen"]]
    plan = read_plan(str(make_workbook(TITLE + header + rows)))
    assert len(plan.items) == 4 and sub_budget(plan) == 300
    assert {row: reason for row, reason in reasons(plan).items()} == {row: SkipReason.CONTINUATION for row in (7, 9, 11, 13)}
    assert messages(plan) == [(7, "4 continuation row(s) without an item name or budget of their own (e.g. a second indicator row) skipped; first on row 7")]


def test_second_indicator_rows_repeating_the_items_code_are_continuations(make_workbook):
    header = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator", "Target", "Lokasi", "Pagu Indikatif (Rp)"]]
    rows = []
    for code, name, place, budget in PLAN:
        rows += [[code, name, "Persentase A", "100%", place, budget], [code, None, "Jumlah dokumen B", "2 dokumen"]]
    plan = read_plan(str(make_workbook(TITLE + header + rows, merges=("B6:B7",))))
    assert [item.name for item in plan.items] == [row[1] for row in PLAN] and sub_budget(plan) == 300
    assert {row: reason for row, reason in reasons(plan).items()} == {row: SkipReason.CONTINUATION for row in (7, 9, 11, 13)}
    assert [text for _, text in messages(plan)] == [
        "4 continuation row(s) without an item name or budget of their own (e.g. a second indicator row) skipped; first on row 7"]


def test_indicator_rows_repeating_a_parents_code_or_the_items_amount_are_continuations(make_workbook):
    header = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator", "Target", "Lokasi", "Pagu Indikatif (Rp)"]]
    rows = [[PLAN[0][0], PLAN[0][1], "Persentase A", "100%", None, 300], [PLAN[1][0], PLAN[1][1], "Jumlah B", "1", None, 300]]
    for code, name, place, budget in PLAN[2:]:
        # the kegiatan's code again under a sub kegiatan; then no code at all, with the sub kegiatan's own amount
        rows += [[code, name, "Jumlah C", "1 unit", place, budget], [PLAN[1][0], None, "Persentase D", "100%"], [None, None, "Indeks E", "1", None, budget]]
    plan = read_plan(str(make_workbook(TITLE + header + rows)))
    assert [item.name for item in plan.items] == [row[1] for row in PLAN] and sub_budget(plan) == 300
    assert set(reasons(plan).values()) == {SkipReason.CONTINUATION} and len(reasons(plan)) == 4
    assert [text for _, text in messages(plan)] == [
        "4 continuation row(s) without an item name or budget of their own (e.g. a second indicator row) skipped; first on row 9"]


def test_names_a_pdf_conversion_shifted_into_the_indicator_column_are_read_from_there(make_workbook):
    header = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator", "Target", "Lokasi", "Pagu Indikatif (Rp)"]]
    rows = [[PLAN[0][0], PLAN[0][1], "Persentase A", "100%", None, 300]]
    rows += [[code, None, name, "1 unit", place, budget] for code, name, place, budget in PLAN[1:]]
    rows += [["1.02.02.2.01.0003", None, "12 dokumen", None, "Kec. Tugu", 5]]
    plan = read_plan(str(make_workbook(TITLE + header + rows)))
    assert [(item.kind, item.name, item.indicator, item.target) for item in plan.items] == [
        (Kind.PROGRAM, PLAN[0][1], "Persentase A", "100%"), (Kind.KEGIATAN, PLAN[1][1], "", "1 unit"),
        (Kind.SUB_KEGIATAN, PLAN[2][1], "", "1 unit"), (Kind.SUB_KEGIATAN, PLAN[3][1], "", "1 unit")]
    assert messages(plan) == [
        (10, "row has no item name; skipped ('1.02.02.2.01.0003 12 dokumen Kec. Tugu 5')"),
        (7, "3 coded row(s) with an empty name cell have their name in column C (Indikator) beside it, as a PDF conversion shifts"
            " a page's cells; read from there, first on row 7")]


def test_a_sheet_writing_its_codes_without_zero_padding_is_read_with_them_padded(make_workbook):
    rows = [["2.8", "URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN PEREMPUAN", None, 300], ["2.8.2", "PROGRAM PENGARUSUTAMAAN GENDER", None, 300]]
    rows += [["2.8.2.2.1", "Pelembagaan PUG", None, 300]] + [[f"2.8.2.2.1.{n}", f"Sub kegiatan {n}", "Kec. Tugu", 100] for n in (1, 2, 3)]
    plan = read_plan(str(make_workbook(TITLE + HEADER + rows)))
    assert [item.code_text for item in plan.items] == ["2.08", "2.08.02", "2.08.02.2.01", "2.08.02.2.01.01", "2.08.02.2.01.02", "2.08.02.2.01.03"]
    assert messages(plan) == [(6, "6 code(s) written without zero padding (such as '2.8') read as the codes they stand for (2.08); first on row 6")]


def test_outline_numbers_in_the_code_column_stay_no_codes(make_workbook):
    rows = [["1", "PROGRAM PENGARUSUTAMAAN GENDER", None, 300], ["1.1", "Pelembagaan PUG", None, 300], ["1.1.1", "Sub kegiatan", "Kec. Tugu", 100]]
    plan = read_plan(str(make_workbook(TITLE + HEADER + rows)))
    assert [item.code for item in plan.items][1:] == [None, None]


def test_a_nameless_row_with_a_budget_is_still_warned_each_time(make_workbook):
    path = make_workbook(TITLE + HEADER + PLAN + [[None, None, "Kec. Tugu", 400]])
    plan = read_plan(str(path))
    assert reasons(plan) == {10: SkipReason.UNREADABLE}
    assert messages(plan) == [(10, "row has no item name; skipped ('Kec. Tugu 400')")]


@pytest.mark.parametrize("label", ["Nama SKPD :", "Instansi :", "SKPD :", "OPD:", "Nama Perangkat Daerah :", "SKPD/Unit Kerja :", "Satuan Kerja :"])
def test_agency_banner_variants(make_workbook, label):
    path = make_workbook(TITLE + HEADER + [[f"{label} DINAS KESEHATAN"]] + PLAN + [
        [f"{label} BADAN PERENCANAAN PEMBANGUNAN DAERAH"], ["5.01.02", "PROGRAM PERENCANAAN PEMBANGUNAN DAERAH", None, 50],
    ])
    plan = read_plan(str(path))
    assert reasons(plan) == {6: SkipReason.BANNER, 11: SkipReason.BANNER} and messages(plan) == []
    assert [item.agency for item in plan.items] == ["DINAS KESEHATAN"] * 4 + ["BADAN PERENCANAAN PEMBANGUNAN DAERAH"]


def test_a_title_banner_variant_names_the_agency(make_workbook):
    path = make_workbook([["RENCANA KERJA PEMERINTAH DAERAH KOTA CONTOH TAHUN 2024"], ["Nama SKPD : DINAS KESEHATAN"], []] + HEADER + PLAN)
    assert {item.agency for item in read_plan(str(path)).items} == {"DINAS KESEHATAN"}


def test_outline_numbering_before_names_is_no_code(make_workbook):
    header = [["Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]]
    path = make_workbook(TITLE + header + [
        ["1. PROGRAM PEMENUHAN UPAYA KESEHATAN", None, 300],
        ["1.1 Penyediaan Fasilitas Pelayanan Kesehatan", None, 300],
        ["1.1.1 Pembangunan Rumah Sakit", "Kec. Tugu", 100],
        ["1.1.2. Pembangunan Puskesmas", "Kec. Bawen", 200],
    ])
    plan = read_plan(str(path))
    assert kinds(plan) == [(6, Kind.PROGRAM, ""), (7, Kind.KEGIATAN, ""), (8, Kind.SUB_KEGIATAN, ""), (9, Kind.SUB_KEGIATAN, "")]
    assert [item.name for item in plan.items] == ["PROGRAM PEMENUHAN UPAYA KESEHATAN", "Penyediaan Fasilitas Pelayanan Kesehatan", "Pembangunan Rumah Sakit",
                                                "Pembangunan Puskesmas"]
    assert all(item.code_raw == "" for item in plan.items)


def test_a_text_code_must_look_canonical():
    assert parse_cell_code("1.02.02").text == "1.02.02" and parse_cell_code("X.XX.01").text == "X.XX.01"
    assert parse_cell_code("1.1") is None and parse_cell_code("1.1.1") is None and parse_cell_code("1.2.2.2.1.1") is None
    assert parse_cell_code(2.1).text == "2.10"  # a number cell lost its trailing zero
    assert parse_cell_code("1,02,02,2,01").text == "1.02.02.2.01" and parse_cell_code("1,5") is None
    assert split_glued("1.1.1 Pembangunan Rumah Sakit") == (None, "1.1.1 Pembangunan Rumah Sakit")
    assert split_glued("1.02.02.2.01.0001 - Pembangunan Rumah Sakit")[0].text == "1.02.02.2.01.0001"
    assert outline_prefix("2.1.3. Pembangunan") == "2.1.3. " and outline_prefix("1.02.02 PROGRAM") == "" and outline_prefix("2 Unit") == ""


def test_code_and_name_glued_in_the_code_cell_merged_over_the_name(make_workbook):
    rows = [["1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", None, None, 300], KEGIATAN, RUMAH_SAKIT]
    plan = read_plan(str(make_workbook(TITLE + HEADER + rows, merges=("A6:B6",))))
    assert kinds(plan) == [(6, Kind.PROGRAM, "1.02.02"), (7, Kind.KEGIATAN, "1.02.02.2.01"), (8, Kind.SUB_KEGIATAN, "1.02.02.2.01.0001")]
    assert plan.items[0].name == "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN"
    assert plan.items[2].program_code == "1.02.02" and messages(plan) == []


def test_a_kind_label_before_a_glued_code_leaves_the_code_and_the_clean_name(make_workbook):
    header = [["No", "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]]
    path = make_workbook(TITLE + header + [
        [1, "Program : 1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", None, 300],
        [2, "KEGIATAN - 1.02.02.2.01 Penyediaan Fasilitas Pelayanan Kesehatan", None, 300],
        [3, "Sub Kegiatan : 1.02.02.2.01.0001 - Pembangunan Rumah Sakit", "Kec. Tugu", 100],
        [4, "Sub Kegiatan : Pembangunan Puskesmas", "Kec. Bawen", 200],
        [5, "Kegiatan Pembinaan Kelurahan", None, 50],
    ])
    plan = read_plan(str(path))
    assert [(item.kind, item.code_text, item.name) for item in plan.items] == [
        (Kind.PROGRAM, "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN"),
        (Kind.KEGIATAN, "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan"),
        (Kind.SUB_KEGIATAN, "1.02.02.2.01.0001", "Pembangunan Rumah Sakit"),
        (Kind.SUB_KEGIATAN, "", "Pembangunan Puskesmas"),
        (Kind.SUB_KEGIATAN, "", "Kegiatan Pembinaan Kelurahan"),
    ]


def test_an_invalid_code_is_warned_as_invalid_not_missing(make_workbook):
    path = make_workbook(TITLE + HEADER + PLAN + [
        ["1.02.02.2.01.00003", "Pengembangan Rumah Sakit", "Kec. Tugu", 5],
        ["99.99.99.9.99.9999", "PROGRAM LAIN", None, 5],
    ])
    plan = read_plan(str(path))
    assert kinds(plan)[-2:] == [(10, Kind.SUB_KEGIATAN, ""), (11, Kind.PROGRAM, "")]
    assert sorted(messages(plan)) == [
        (10, "code '1.02.02.2.01.00003' is not a valid code; read as sub kegiatan from its place in the table"),
        (11, "code '99.99.99.9.99.9999' is not a valid code; read without code"),
    ]


def test_codes_relative_to_the_row_above_are_read_in_full(make_workbook):
    path = make_workbook(TITLE + HEADER + [
        PROGRAM, ["2.01", KEGIATAN[1], None, 300], ["0001", RUMAH_SAKIT[1], "Kec. Tugu", 100], [2, PUSKESMAS[1], "Kec. Bawen", 200],
        ["1.02.03", "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN", None, 50], [2.1, "Perencanaan Kebutuhan SDM Kesehatan", None, 50],
    ])
    plan = read_plan(str(path))
    assert kinds(plan) == [(6, Kind.PROGRAM, "1.02.02"), (7, Kind.KEGIATAN, "1.02.02.2.01"), (8, Kind.SUB_KEGIATAN, "1.02.02.2.01.0001"),
                           (9, Kind.SUB_KEGIATAN, "1.02.02.2.01.02"), (10, Kind.PROGRAM, "1.02.03"), (11, Kind.KEGIATAN, "1.02.03.2.10")]
    assert plan.items[2].kegiatan_code == "1.02.02.2.01"
    assert messages(plan) == [(7, "4 code(s) written without their program or kegiatan (such as '2.01') read as the rest of the code above them (1.02.02.2.01)")]


def test_short_codes_are_not_relative_when_the_sheet_writes_full_codes(make_workbook):
    path = make_workbook(TITLE + HEADER + [["1", "URUSAN PEMERINTAHAN WAJIB PELAYANAN DASAR", None, 300], ["1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN", None, 300]] + PLAN)
    plan = read_plan(str(path))
    assert kinds(plan)[:2] == [(6, Kind.URUSAN, "1"), (7, Kind.BIDANG, "1.02")] and messages(plan) == []


def test_one_full_code_in_per_level_code_columns(make_workbook):
    header = [["Kode Program", "Kode Kegiatan", "Kode Sub Kegiatan", "Uraian", "Lokasi", "Pagu Indikatif (Rp)"]]
    rows = [["1.02.02", None, None, PROGRAM[1], None, 300], [None, "1.02.02.2.01", None, KEGIATAN[1], None, 300],
            [None, None, "1.02.02.2.01.0001", RUMAH_SAKIT[1], "Kec. Tugu", 100]]
    plan = read_plan(str(make_workbook(TITLE + header + rows)))
    assert kinds(plan) == [(6, Kind.PROGRAM, "1.02.02"), (7, Kind.KEGIATAN, "1.02.02.2.01"), (8, Kind.SUB_KEGIATAN, "1.02.02.2.01.0001")]


def test_a_government_named_only_by_the_sheet_is_read_from_it_and_warned(make_workbook):
    untitled = [["RENCANA KERJA PEMERINTAH DAERAH TAHUN 2025"], []] + HEADER + PLAN
    plan = read_plan(str(make_workbook(untitled, name="rkpd_final_v3.xlsx", title="RKPD Musi Banyuasin 2025")))
    assert (plan.government, plan.level) == ("Kabupaten Musi Banyuasin", Level.KABUPATEN)
    assert [w.message for w in plan.warnings if "sheet" in w.message] == [
        "government name not found in the title rows or the file name; taken from the name of sheet 'RKPD Musi Banyuasin 2025': "
        "'Kabupaten Musi Banyuasin'"
    ]
    assert read_plan(str(make_workbook(untitled, name="rkpd_v4.xlsx", title="Kota Palembang"))).government == "Kota Palembang"
    # the bare name of twins names neither; a sheet named after no kab/kota names none
    for sheet in ("RKPD Malang 2025", "Belanja Langsung", "Sheet1"):
        assert read_plan(str(make_workbook(untitled, name="rkpd_v5.xlsx", title=sheet))).government == "rkpd_v5"


def test_a_government_name_from_the_file_name_is_warned(make_workbook):
    untitled = [["RENCANA KERJA PEMERINTAH DAERAH TAHUN 2024"], []] + HEADER + PLAN
    plan = read_plan(str(make_workbook(untitled, name="kota_contoh_2024.xlsx")))
    assert plan.government == "Kota Contoh"
    assert "government name not found in the title rows; taken from the file name: 'Kota Contoh'" in [w.message for w in plan.warnings]
    plan = read_plan(str(make_workbook(untitled, name="rkpd_2024.xlsx")))
    assert plan.government == "rkpd_2024"
    assert "government name not found in the title rows or the file name; the file name 'rkpd_2024' is used as the name" in [w.message for w in plan.warnings]


def test_a_government_name_from_the_titles_or_the_command_line_is_not_warned(make_workbook):
    path = str(make_workbook(TITLE + HEADER + PLAN, name="rkpd_2024.xlsx"))
    assert not any("government name" in w.message for w in read_plan(path).warnings)
    untitled = str(make_workbook([["RKPD TAHUN 2024"], []] + HEADER + PLAN, name="x_2024.xlsx"))
    assert not any("government name" in w.message for w in read_plan(untitled, government="Kota Contoh").warnings)


@pytest.mark.parametrize("banner", ["1.02.0.00.0.00.01.0000 DINAS KESEHATAN", "1.02.0.00.0.00.01.0000 - DINAS KESEHATAN"])
def test_an_agency_code_banner_in_the_code_cell_names_the_agency(make_workbook, banner):
    path = make_workbook(TITLE + HEADER + [[banner]] + PLAN + [[banner, banner], ["1.02.03", "PROGRAM PENINGKATAN KAPASITAS SDM KESEHATAN", None, 5]])
    plan = read_plan(str(path))
    assert reasons(plan) == {6: SkipReason.BANNER, 11: SkipReason.BANNER} and messages(plan) == []
    assert {(item.agency, item.agency_code) for item in plan.items} == {("DINAS KESEHATAN", "1.02.0.00.0.00.01.0000")}


def test_a_signing_block_in_the_budget_column_is_skipped_but_a_nameless_budget_is_not(make_workbook):
    signing = ["Sleman, 12 Juni 2023", "KEPALA BAPPEDA KOTA CONTOH", None, "Ir. SUPRIYANTO, M.Sc.", "Pembina Utama Muda", "NIP. 19700101 199503 1 002"]
    path = make_workbook(TITLE + HEADER + PLAN + [[]] + [[None, None, None, text] for text in signing] + [[None, None, None, "Rp 1,25 M"]])
    plan = read_plan(str(path))
    assert len(plan.items) == 4 and sub_budget(plan) == 300
    assert reasons(plan) == {10: SkipReason.BLANK, 11: SkipReason.TITLE, 12: SkipReason.TITLE, 13: SkipReason.BLANK, 14: SkipReason.TITLE,
                             15: SkipReason.TITLE, 16: SkipReason.TITLE, 17: SkipReason.UNREADABLE}
    assert messages(plan) == [(17, "row has no item name; skipped ('Rp 1,25 M')")]


@pytest.mark.parametrize("line", ["(.................................)", "( ____________________ )", "-"])
def test_the_signing_blocks_blank_name_line_in_the_budget_column_is_skipped_silently(make_workbook, line):
    signing = ["Parepare, 3 Juni 2024", "Kepala Dinas Pendidikan", None, line]
    path = make_workbook(TITLE + HEADER + PLAN + [[]] + [[None, None, None, text] for text in signing])
    plan = read_plan(str(path))
    assert len(plan.items) == 4 and messages(plan) == []
    assert reasons(plan) == {10: SkipReason.BLANK, 11: SkipReason.TITLE, 12: SkipReason.TITLE, 13: SkipReason.BLANK, 14: SkipReason.TITLE}


def test_english_notes_under_the_table_are_skipped_as_notes(make_workbook):
    notes = [[None, "Source: SIPD, exported 12/06/2023"], [None, "Data source : Bappeda"], [None, "Remarks:"], [None, "Notes: indicative"]]
    path = make_workbook(TITLE + HEADER + PLAN + notes + [[None, "Sumber Daya Air", "Kec. Tugu", 5]])
    plan = read_plan(str(path))
    assert reasons(plan) == {row: SkipReason.NOTE for row in range(10, 14)}
    assert plan.items[-1].name == "Sumber Daya Air" and len(plan.items) == 5


def test_a_kind_label_its_columns_level_contradicts_is_part_of_the_name(make_workbook):
    header = [["No", "Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]]
    rows = [[1, "Kegiatan - Fasilitasi Pameran Produk Unggulan", "Kec. C", 1000], [2, "Sub Kegiatan : Pembangunan Puskesmas", "Kec. A", 2000]]
    plan = read_plan(str(make_workbook(TITLE + header + rows)))
    assert [(item.kind, item.name) for item in plan.items] == [
        (Kind.SUB_KEGIATAN, "Kegiatan - Fasilitasi Pameran Produk Unggulan"), (Kind.SUB_KEGIATAN, "Pembangunan Puskesmas")]


def test_a_codeless_item_row_in_a_plan_whose_first_code_column_holds_the_unit_code_is_no_agency_banner(make_workbook):
    unit = "2.21.0.00.0.00.01.0000"
    path = make_workbook(TITLE + [["Kode", "Kode", "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu (Rp)", "OPD"]] + [
        [unit, "2.21.02", "PROGRAM PENYELENGGARAAN PERSANDIAN", None, 300, "DINAS PERSANDIAN"],
        [unit, None, "Penyelenggaraan Persandian Pemerintah Daerah Kabupaten/Kota", None, 300, "DINAS PERSANDIAN"],
        [unit, "2.21.02.2.01.01", "Penyediaan Sarana dan Prasarana Persandian", "Kec. Lawang", 300, "DINAS PERSANDIAN"],
        [unit, None, "DINAS PERSANDIAN", None, None, None],
    ])
    plan = read_plan(str(path))
    assert [(item.ref.row, item.kind) for item in plan.items] == [(6, Kind.PROGRAM), (7, Kind.KEGIATAN), (8, Kind.SUB_KEGIATAN)]
    assert reasons(plan)[9] is SkipReason.BANNER


def test_an_indicator_beside_an_empty_name_cell_is_no_shifted_name(make_workbook):
    header = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator", "Lokasi", "Pagu Indikatif (Rp)"]]
    rows = [[PLAN[0][0], PLAN[0][1], None, None, 300], [PLAN[1][0], None, "Persentase Fasilitas Kesehatan yang Terakreditasi", None, 300]]
    plan = read_plan(str(make_workbook(TITLE + header + rows)))
    assert [item.name for item in plan.items] == [PLAN[0][1]] and reasons(plan) == {7: SkipReason.UNREADABLE}


def test_a_shifted_name_of_another_agency_repeating_a_code_is_that_agencys_item(make_workbook):
    header = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]]
    program = ["7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK"]
    rows = [[*program, None, None, 100, "KECAMATAN DAMPIT"], [program[0], None, program[1], None, 200, "KECAMATAN LAWANG"]]
    plan = read_plan(str(make_workbook(TITLE + header + rows)))
    assert [(item.name, item.agency) for item in plan.items] == [(program[1], "KECAMATAN DAMPIT"), (program[1], "KECAMATAN LAWANG")]


@pytest.mark.parametrize("dash", ["-", "\u2013", "n/a"])
def test_a_dash_in_the_location_cell_is_no_place(make_workbook, dash):
    plan = read_plan(str(make_workbook(TITLE + HEADER + [PROGRAM, [*KEGIATAN[:2], dash, 300], [*RUMAH_SAKIT[:2], dash, 100], PUSKESMAS])))
    assert [item.location for item in plan.items] == ["", "", "", "Kec. Bawen"] and plan.warnings == ()


def test_a_two_column_signing_block_with_its_second_column_in_the_budget_column_is_skipped(make_workbook):
    signing = [[None, "Mengetahui,", None, "Malang, 20 Juni 2023"], [None, "WALI KOTA CONTOH", None, "KEPALA BAPPEDA KOTA CONTOH"],
               [None, "Drs. H. SUTIAJI", None, "Ir. SUPRIYANTO, M.Sc."], [None, None, None, "NIP. 19700101 199503 1 002"]]
    plan = read_plan(str(make_workbook(TITLE + HEADER + PLAN + [[]] + signing)))
    assert len(plan.items) == 4 and sub_budget(plan) == 300 and messages(plan) == []
    assert reasons(plan) == {10: SkipReason.BLANK, 11: SkipReason.TITLE, 12: SkipReason.TITLE, 13: SkipReason.TITLE, 14: SkipReason.TITLE}


def test_a_signing_line_may_stand_in_the_budget_column_alone_beside_a_name(make_workbook):
    signing = [[None, "a.n. WALI KOTA CONTOH", None, "Malang, 20 Juni 2023"], [None, "Drs. H. SUTIAJI", None, "Ir. SUPRIYANTO, M.Sc."]]
    plan = read_plan(str(make_workbook(TITLE + HEADER + PLAN + signing)))
    assert len(plan.items) == 4 and reasons(plan) == {10: SkipReason.TITLE, 11: SkipReason.TITLE}


def test_a_codeless_item_with_words_in_its_budget_cell_is_still_an_item(make_workbook):
    rows = [[None, "Pembangunan Puskesmas Pembantu", "Kec. Tugu", "menunggu KUA-PPAS"], [None, "Kepala Desa Berprestasi", "Kec. Bawen", "Rp 50"]]
    plan = read_plan(str(make_workbook(TITLE + HEADER + PLAN + rows)))
    assert [item.name for item in plan.items[4:]] == ["Pembangunan Puskesmas Pembantu", "Kepala Desa Berprestasi"]


def test_the_numbered_lines_under_a_note_are_notes_too(make_workbook):
    notes = [[], ["Catatan :"], [None, "1. Pagu indikatif dapat berubah sesuai kemampuan keuangan daerah"],
             [None, "2. Sub kegiatan bertanda *) merupakan usulan Musrenbang"], [], ["*)", "Usulan Musrenbang"]]
    plan = read_plan(str(make_workbook(TITLE + HEADER + PLAN + notes)))
    assert len(plan.items) == 4 and messages(plan) == []
    assert reasons(plan) == {10: SkipReason.BLANK, 11: SkipReason.NOTE, 12: SkipReason.NOTE, 13: SkipReason.NOTE, 14: SkipReason.BLANK,
                             15: SkipReason.NOTE}


def test_a_note_ends_at_a_row_with_a_code_or_an_amount_and_none_above_the_plan_starts_one(make_workbook):
    rows = [[None, "Keterangan: pagu dalam rupiah"], [None, "Penyusunan Dokumen Perencanaan", None, None]] + PLAN + [
        [None, "Catatan:"], [None, "1. Pagu indikatif"], PROGRAM_2, [None, "Penyusunan Rencana Kerja", None, None],
        [None, "Keterangan:"], [None, "Analisis Data dan Informasi", None, 50]]
    plan = read_plan(str(make_workbook(TITLE + HEADER + rows)))
    assert [item.name for item in plan.items if item.code is None] == [
        "Penyusunan Dokumen Perencanaan", "Penyusunan Rencana Kerja", "Analisis Data dan Informasi"]
    assert {row for row, reason in reasons(plan).items() if reason is SkipReason.NOTE} == {6, 12, 13, 16}


def test_one_level_outline_numbers_before_coded_names_are_dropped(make_workbook):
    rows = [["1.02.02", f"1. {PROGRAM[1]}", None, 300], ["1.02.02.2.01", f"a. {KEGIATAN[1]}", None, 300],
            ["1.02.02.2.01.0001", f"1) {RUMAH_SAKIT[1]}", "Kec. Tugu", 100], ["1.02.02.2.01.0002", f"(2) {PUSKESMAS[1]}", "Kec. Bawen", 200]]
    plan = read_plan(str(make_workbook(TITLE + HEADER + rows)))
    assert [(item.code_text, item.name) for item in plan.items] == [(row[0], row[1]) for row in PLAN]


def test_a_number_or_capital_that_belongs_to_the_name_stays(make_workbook):
    # '1000 Hari Pertama Kehidupan' is a programme's name; 'P. Bawean' names an island, 'B.' no outline level of it
    names = ["1000 Hari Pertama Kehidupan (HPK)", "P. Bawean Pembangunan Dermaga", "2 (Dua) Unit Ambulans"]
    rows = [KEGIATAN] + [[f"1.02.02.2.01.000{number}", name, "Kec. Tugu", 100] for number, name in enumerate(names, 1)]
    plan = read_plan(str(make_workbook(TITLE + HEADER + rows)))
    assert [item.name for item in plan.items] == [KEGIATAN[1], *names]


@pytest.mark.parametrize("banner, agency, code", [
    ("SKPD : 1.02.01 DINAS KESEHATAN", "DINAS KESEHATAN", "1.02.01"),
    ("SKPD : 1.02.01.01 - DINAS KESEHATAN", "DINAS KESEHATAN", "1.02.01.01"),
    # SIPD's long unit code as before, and a number inside the name is the name's
    ("Unit Organisasi : 1.02.0.00.0.00.01.0000 DINAS KESEHATAN", "DINAS KESEHATAN", "1.02.0.00.0.00.01.0000"),
    ("SKPD : RUMAH SAKIT UMUM DAERAH 45 KOTA CONTOH", "RUMAH SAKIT UMUM DAERAH 45 KOTA CONTOH", ""),
])
def test_a_simda_banner_gives_the_agency_name_without_its_short_unit_code(make_workbook, banner, agency, code):
    plan = read_plan(str(make_workbook(TITLE + HEADER + [[banner]] + PLAN)))
    assert {(item.agency, item.agency_code) for item in plan.items} == {(agency, code)}


def test_a_note_in_the_midst_of_a_codeless_plan_ends_at_the_next_unnumbered_row(make_workbook):
    # hand-made plans give programs and kegiatan no amount: after the note, they are items again
    rows = [["RENCANA KERJA PEMERINTAH DAERAH"], ["KOTA MALANG"], ["TAHUN 2024"], [],
            ["No", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"],
            ["1", "PROGRAM PENINGKATAN KUALITAS AIR", None, None], [None, "Kegiatan Pengawasan Mutu Air", None, None],
            [None, "Sub Kegiatan Pemantauan Kualitas Air Sungai", "Kota Malang", 300], [None, "Catatan : lanjutan tahun 2023", None, None],
            [None, "2. PROGRAM PENGELOLAAN PERSAMPAHAN", None, None], [None, "Kegiatan Pengurangan Sampah", None, None],
            [None, "Sub Kegiatan Pembangunan TPS3R", "Kota Malang", 200]]  # fmt: skip
    plan = read_plan(str(make_workbook(rows, name="kota_malang_2024.xlsx")))
    assert [(item.ref.row, item.kind.value) for item in plan.items] == [
        (6, "program"), (7, "kegiatan"), (8, "sub_kegiatan"), (10, "program"), (11, "kegiatan"), (12, "sub_kegiatan")]
    assert plan.items[-1].parent.row == 11


def test_a_codeless_kegiatan_whose_official_name_starts_with_urusan_is_no_urusan(make_workbook):
    header = [["No", "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu (Rp)"]]
    rows = [[1, "PROGRAM PENINGKATAN PRASARANA, SARANA DAN UTILITAS UMUM (PSU)", None, 580],
            [None, "Urusan Penyelenggaraan PSU Perumahan", None, 580],
            [None, "Koordinasi dan Sinkronisasi dalam rangka Penyediaan PSU Perumahan", "Kec. Lembang", 580]]
    plan = read_plan(str(make_workbook(TITLE + header + rows)))
    assert [item.kind for item in plan.items] == [Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN]
    assert plan.items[2].parent == plan.items[1].ref
