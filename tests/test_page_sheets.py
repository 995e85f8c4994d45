"""A PDF lampiran converted to Excel one sheet per page: later pages without the header (or with the column-number row
alone) go on with the table of the first, parents and agency carried across the page break; other sheets do not."""

from __future__ import annotations

from syncheck.inspection import render_inspection
from syncheck.models import Kind
from syncheck.readers import read_plan

HEADER = ["No", "Kode", "Urusan/ Bidang Urusan/ Program/ Kegiatan/ Sub Kegiatan", "Indikator Kinerja", "Target", "Pagu Indikatif (Rp)",
          "Lokasi", "Sumber Dana", "Perangkat Daerah"]  # fmt: skip
TITLES = [["LAMPIRAN PERATURAN WALI KOTA CONTOH"], ["RENCANA KERJA PEMERINTAH DAERAH KOTA CONTOH TAHUN 2024"], []]
DINKES = "DINAS KESEHATAN"
PAGE_1 = [
    [1, "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", "Persentase capaian", None, 3_300_000_000, None, None, DINKES],
    [2, "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", "Persentase capaian", None, 3_300_000_000, None, None, DINKES],
    [3, "1.02.02.2.01.0002", "Pembangunan Puskesmas", "Jumlah unit", "1 unit", 2_500_000_000, "Kec. Tugu", "DAK", DINKES],
]
PAGE_2 = [
    [4, "1.02.02.2.01.0009", "Rehabilitasi dan Pemeliharaan Puskesmas", "Jumlah unit", "2 unit", 800_000_000, "Kec. Klojen", "DAU", DINKES],
    [5, "1.03.10", "PROGRAM PENYELENGGARAAN JALAN", "Persentase capaian", None, 5_000_000_000, None, None, "DINAS PU"],
    [6, "1.03.10.2.01", "Penyelenggaraan Jalan Kabupaten/Kota", "Persentase capaian", None, 5_000_000_000, None, None, "DINAS PU"],
]
PAGE_3 = [
    [7, "1.03.10.2.01.0005", "Pembangunan Jalan", "Panjang jalan", "2 km", 5_000_000_000, "Kec. Sukun", "DAU", "DINAS PU"],
]


def pages(make_workbook, *later, first=None):
    """A workbook of page sheets 'Table 1', 'Table 2', ...: the titles and the header on the first only."""
    first = TITLES + [HEADER, list(range(1, 10))] + PAGE_1 if first is None else first
    sheets = {f"Table {number}": (rows, "visible") for number, rows in enumerate(later, 2)}
    return read_plan(str(make_workbook(first, name="kota_contoh_2024.xlsx", title="Table 1", extra_sheets=sheets)))


def by_code(plan):
    return {item.code_text: item for item in plan.items}


def continued(plan):
    return [w.ref.sheet for w in plan.warnings if "has no header of its own" in w.message]


def test_pages_without_the_header_go_on_with_the_first_pages_table(make_workbook):
    plan = pages(make_workbook, PAGE_2, PAGE_3)
    items = by_code(plan)
    assert len(plan.items) == 7 and items["1.03.10.2.01.0005"].budget == 5_000_000_000
    sub = items["1.02.02.2.01.0009"]
    assert (sub.ref.sheet, sub.kind, sub.location, sub.agency) == ("Table 2", Kind.SUB_KEGIATAN, "Kec. Klojen", DINKES)
    # the page break fell inside the kegiatan: its sub kegiatan on page 2 stays under it
    assert sub.parent == items["1.02.02.2.01"].ref and sub.program_code == "1.02.02"
    assert items["1.03.10.2.01.0005"].parent == items["1.03.10.2.01"].ref
    assert continued(plan) == ["Table 2", "Table 3"]
    assert [(sheet.name, sheet.header_rows, sheet.header_from) for sheet in plan.sheets] == [
        ("Table 1", (4,), ""), ("Table 2", (), "Table 1"), ("Table 3", (), "Table 1")]  # fmt: skip
    assert "sheet 'Table 2': 3 rows, header of sheet 'Table 1'" in render_inspection([plan], "en")


def test_a_page_starting_with_the_column_number_row_goes_on_too(make_workbook):
    plan = pages(make_workbook, [list(range(1, 10))] + PAGE_2)
    assert len(plan.items) == 6 and by_code(plan)["1.02.02.2.01.0009"].parent == by_code(plan)["1.02.02.2.01"].ref
    assert continued(plan) == ["Table 2"]


def test_a_page_starting_with_a_program_row_is_not_its_own_header(make_workbook):
    # 'PROGRAM ...' beside 'Persentase capaian' names two column roles, but the row holds a code and an amount
    plan = pages(make_workbook, PAGE_2[1:] + PAGE_3)
    assert [item.code_text for item in plan.items if item.ref.sheet == "Table 2"] == ["1.03.10", "1.03.10.2.01", "1.03.10.2.01.0005"]
    assert continued(plan) == ["Table 2"]


def test_the_agency_of_a_banner_goes_on_over_pages_repeating_the_header(make_workbook):
    header = HEADER[:-1]
    first = TITLES + [header, ["Unit Organisasi : 1.02.0.00.0.00.01.0000 DINAS KESEHATAN"]] + [row[:-1] for row in PAGE_1]
    plan = pages(make_workbook, [header, *(row[:-1] for row in PAGE_2[:1])], first=first)
    sub = by_code(plan)["1.02.02.2.01.0009"]
    assert (sub.agency, sub.agency_code) == (DINKES, "1.02.0.00.0.00.01.0000")
    assert sub.parent == by_code(plan)["1.02.02.2.01"].ref and continued(plan) == []


def test_a_sheet_of_its_own_repeating_the_header_takes_nothing_from_the_sheet_before(make_workbook):
    header = HEADER[:-1]
    first = TITLES + [header, ["Unit Organisasi : 1.02.0.00.0.00.01.0000 DINAS KESEHATAN"]] + [row[:-1] for row in PAGE_1]
    rsud = [header, [1, "1.02.02.2.02", "Penyediaan Layanan Kesehatan", None, None, 800],
            [2, "1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", None, None, 800, "Kec. Klojen"]]
    path = make_workbook(first, name="kota_contoh_2024.xlsx", title="DINKES", extra_sheets={"RSUD": (rsud, "visible")})
    kegiatan = by_code(read_plan(str(path)))["1.02.02.2.02"]
    assert (kegiatan.agency, kegiatan.parent, kegiatan.program_code) == ("RSUD", None, "")


def test_a_page_under_another_kegiatan_than_the_open_one_keeps_only_the_program_its_code_continues(make_workbook):
    other = [[4, "1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", None, None, 120_000_000, "Kec. Tugu", "DAU", DINKES]]
    plan = pages(make_workbook, other)
    codes = by_code(plan)
    sub = codes["1.02.02.2.02.0001"]
    assert sub.ref.sheet == "Table 2" and sub.agency == DINKES
    # its kegiatan's row is missing (not the open 1.02.02.2.01); its program 1.02.02 goes on across the break
    assert (sub.parent, sub.program_code, sub.kegiatan_code) == (codes["1.02.02"].ref, "1.02.02", "")


def test_sheets_that_are_no_page_of_the_table_are_still_skipped_with_a_note(make_workbook):
    notes = [["Catatan:"], ["Pagu indikatif dapat berubah sesuai kemampuan keuangan daerah."], ["Sumber: SIPD"]]
    recap = [[1, "DINAS KESEHATAN", 3, 3_300_000_000], [2, "DINAS PU", 1, 5_000_000_000], [None, "JUMLAH", 4, 8_300_000_000]]
    codes = [["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN"], ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan"]]
    wide = [row + [None, None, "catatan"] for row in PAGE_2]
    for sheet in (notes, recap, codes, wide):
        plan = pages(make_workbook, sheet)
        assert {item.ref.sheet for item in plan.items} == {"Table 1"} and continued(plan) == []
        assert any(w.ref.sheet == "Table 2" and "has no RKPD header: skipped" in w.message for w in plan.warnings)


def test_a_page_of_a_flat_table_goes_on_too(make_workbook):
    header = ["Kode Program", "Program", "Kode Kegiatan", "Kegiatan", "Kode Sub Kegiatan", "Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]
    levels = ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan"]
    first = TITLES + [header, levels + ["1.02.02.2.01.0002", "Pembangunan Puskesmas", "Kec. Tugu", 2_500_000_000]]
    plan = pages(make_workbook, [levels + ["1.02.02.2.01.0009", "Rehabilitasi dan Pemeliharaan Puskesmas", "Kec. Klojen", 800_000_000]], first=first)
    sub = by_code(plan)["1.02.02.2.01.0009"]
    assert (sub.ref.sheet, sub.kind, sub.budget, sub.program_code) == ("Table 2", Kind.SUB_KEGIATAN, 800_000_000, "1.02.02")
    assert continued(plan) == ["Table 2"]


def test_the_pages_of_last_years_plan_are_set_aside_with_it(make_workbook):
    last_year = [["RENCANA KERJA PEMERINTAH DAERAH KOTA CONTOH TAHUN 2023"], [], HEADER] + PAGE_1
    this_year = [["RENCANA KERJA PEMERINTAH DAERAH KOTA CONTOH TAHUN 2024"], [], HEADER] + PAGE_1 + PAGE_2 + PAGE_3
    dropped = [[4, "1.02.02.2.01.0011", "Pengadaan Obat", None, None, 90_000_000, "Kec. Klojen", "DAU", DINKES]]  # (not planned in 2024)
    sheets = {"Table 2": (dropped, "visible"), "RKPD 2024": (this_year, "visible")}
    plan = read_plan(str(make_workbook(last_year, name="kota_contoh_2024.xlsx", title="Table 1", extra_sheets=sheets)))
    assert {item.ref.sheet for item in plan.items} == {"RKPD 2024"} and len(plan.items) == 7
    assert [(sheet.name, sheet.skipped_reason) for sheet in plan.sheets] == [
        ("Table 1", "another year"), ("Table 2", "another year"), ("RKPD 2024", "")]  # fmt: skip


def test_a_page_of_a_flat_table_keeps_the_program_and_kegiatan_left_open(make_workbook):
    header = ["Kode Program", "Kode Kegiatan", "Kode Sub Kegiatan", "Uraian", "Lokasi", "Pagu Indikatif (Rp)"]
    first = [["1.02.02", None, None, "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", None, 3_300_000_000],
             [None, "1.02.02.2.01", None, "Penyediaan Fasilitas Pelayanan Kesehatan", None, 3_300_000_000],
             [None, None, "1.02.02.2.01.0002", "Pembangunan Puskesmas", "Kec. Tugu", 2_500_000_000]]
    second = [[None, None, "1.02.02.2.01.0009", "Rehabilitasi dan Pemeliharaan Puskesmas", "Kec. Klojen", 800_000_000]]
    path = make_workbook(TITLES + [header] + first, title="Table 1", extra_sheets={"Table 2": (second, "visible")})
    codes = by_code(read_plan(str(path)))
    assert codes["1.02.02.2.01.0009"].parent == codes["1.02.02.2.01"].ref


def test_a_recap_sheet_without_a_header_is_no_page_even_when_its_rows_fit(make_workbook):
    first = TITLES + [HEADER, list(range(1, 10))] + PAGE_1
    recap = [[1, "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", None, None, 3_300_000_000, None, None, None]]
    plan = read_plan(str(make_workbook(first, name="kota_contoh_2024.xlsx", title="Table 1", extra_sheets={"Rekap Program": (recap, "visible")})))
    assert {item.ref.sheet for item in plan.items} == {"Table 1"}


def test_a_sheet_named_after_its_agency_keeps_that_agency_when_it_goes_on_a_table(make_workbook):
    # no agency column: each sheet's name is its agency
    first = TITLES + [HEADER[:8], list(range(1, 9))] + [row[:8] for row in PAGE_1]
    second = [[4, "1.03.10", "PROGRAM PENYELENGGARAAN JALAN", None, None, 5_000_000_000, None, None],
              [5, "1.03.10.2.01", "Penyelenggaraan Jalan Kabupaten/Kota", None, None, 5_000_000_000, None, None],
              [6, "1.03.10.2.01.0005", "Pembangunan Jalan", None, None, 5_000_000_000, "Kec. Sukun", "DAU"]]
    path = make_workbook(first, name="kota_contoh_2024.xlsx", title="Dinas Kesehatan", extra_sheets={"Dinas PU": (second, "visible")})
    assert by_code(read_plan(str(path)))["1.03.10.2.01.0005"].agency == "Dinas PU"


def test_sheets_named_with_years_number_no_pages():
    from syncheck.page_sheets import next_page

    assert next_page("Table 1", "Table 2") and next_page("Sheet9", "Sheet10")
    assert not next_page("2023", "2024") and not next_page("RKPD 2023", "RKPD 2024")
