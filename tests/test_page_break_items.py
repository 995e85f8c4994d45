"""A page break inside an item: the first rows of the next page sheet that belong to the last item of the page before
(the rest of its wrapped name, its place rows, its funding-source rows) are read into it, as on one sheet; a page
starting with a new item, a heading or an agency's own rows is read as before."""

from __future__ import annotations

from syncheck.models import Kind, SkipReason
from syncheck.readers import read_plan

HEADER = ["No", "Kode", "Urusan/ Bidang Urusan/ Program/ Kegiatan/ Sub Kegiatan", "Indikator Kinerja", "Target", "Pagu Indikatif (Rp)",
          "Lokasi", "Sumber Dana", "Perangkat Daerah"]  # fmt: skip
TITLES = [["RENCANA KERJA PEMERINTAH DAERAH KOTA CONTOH TAHUN 2024"], []]
DINKES = "DINAS KESEHATAN"
PROGRAM = [1, "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", None, None, 3_300_000_000, None, None, DINKES]
KEGIATAN = [2, "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", None, None, 3_300_000_000, None, None, DINKES]
# the rows of page 2 after its first rows: enough item rows to read as the next page of the table
GOES_ON = [
    [4, "1.02.02.2.01.0009", "Pengadaan Obat dan Bahan Medis Habis Pakai", None, None, 800_000_000, "Kec. Klojen", "DAU", DINKES],
    [5, "1.03.10", "PROGRAM PENYELENGGARAAN JALAN", None, None, 5_000_000_000, None, None, "DINAS PU"],
    [6, "1.03.10.2.01", "Penyelenggaraan Jalan Kabupaten/Kota", None, None, 5_000_000_000, None, None, "DINAS PU"],
    [7, "1.03.10.2.01.0005", "Pembangunan Jalan", None, None, 5_000_000_000, "Kec. Sukun", "DAU", "DINAS PU"],
]


def sub(name: str, location: str | None = None, funding: str | None = None) -> list:
    """The sub kegiatan row page 1 ends on."""
    return [3, "1.02.02.2.01.0002", name, None, None, 2_500_000_000, location, funding, DINKES]


def named(name: str, amount: int | None = None) -> list:
    """A row of a name (and an amount) alone."""
    return [None, None, name, None, None, amount, None, None, None]


def read(make_workbook, page_1: list[list], page_2: list[list], pages: bool = True):
    """The plan of 'Table 1' (titles, header, page_1) and 'Table 2' (page_2, no header); on one sheet when not ``pages``."""
    if not pages:
        return read_plan(str(make_workbook(TITLES + [HEADER] + page_1 + page_2, name="kota_contoh_2024.xlsx", title="Table 1")))
    path = make_workbook(TITLES + [HEADER] + page_1, name="kota_contoh_2024.xlsx", title="Table 1", extra_sheets={"Table 2": (page_2, "visible")})
    return read_plan(str(path))


def items_read(plan) -> list[tuple]:
    """What each item holds, wherever its row is."""
    return [(item.kind, item.code_text, item.name, item.budget, item.location, item.funding, item.agency, item.kegiatan_code) for item in plan.items]


def as_on_one_sheet(make_workbook, page_1: list[list], page_2: list[list]):
    """The plan read from the two pages, checked to hold the items read from the same rows on one sheet, every row counted."""
    plan = read(make_workbook, page_1, page_2)
    assert items_read(plan) == items_read(read(make_workbook, page_1, page_2, pages=False))
    assert plan.rows_read == len(TITLES) + 1 + len(page_1) + len(page_2)
    return plan


def joined(plan) -> list[tuple[str, int]]:
    """The rows read into an item above them: (sheet, row)."""
    return [(row.ref.sheet, row.ref.row) for row in plan.skipped if row.reason is SkipReason.CONTINUATION]


def code(plan, text: str):
    return next(item for item in plan.items if item.code_text == text)


def test_the_rest_of_a_name_wrapped_onto_the_next_page_joins_the_item(make_workbook):
    plan = as_on_one_sheet(make_workbook, [PROGRAM, KEGIATAN, sub("Rehabilitasi dan", "Kec. Tugu", "DAK")],
                           [named("Pemeliharaan Puskesmas")] + GOES_ON)  # fmt: skip
    item = code(plan, "1.02.02.2.01.0002")
    assert (item.name, item.ref.sheet, item.ref.row, item.budget) == ("Rehabilitasi dan Pemeliharaan Puskesmas", "Table 1", 6, 2_500_000_000)
    assert joined(plan) == [("Table 2", 1)] and len(plan.items) == 7
    assert any(w.ref.sheet == "Table 2" and "wrapped" in w.message for w in plan.warnings)


def test_a_place_ending_the_rest_of_a_name_on_the_next_page_is_the_items_place(make_workbook):
    plan = as_on_one_sheet(make_workbook, [PROGRAM, KEGIATAN, sub("Rehabilitasi Puskesmas Pembantu")], [named("di Desa Sumberejo")] + GOES_ON)
    item = code(plan, "1.02.02.2.01.0002")
    assert (item.name, item.location) == ("Rehabilitasi Puskesmas Pembantu di Desa Sumberejo", "Desa Sumberejo")
    assert [w.ref for w in plan.warnings if "end in a place" in w.message] == [item.ref]


def test_a_kegiatan_name_wrapped_onto_the_next_page_is_its_sub_kegiatans_kegiatan_name(make_workbook):
    kegiatan = [2, "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan", None, None, 800_000_000, None, None, DINKES]
    plan = as_on_one_sheet(make_workbook, [PROGRAM, kegiatan], [named("UKP Kewenangan Daerah Kabupaten/Kota")] + GOES_ON)
    name = "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota"
    assert code(plan, "1.02.02.2.01").name == name and code(plan, "1.02.02.2.01.0009").kegiatan_name == name
    assert code(plan, "1.02.02.2.01.0009").parent == code(plan, "1.02.02.2.01").ref


def test_the_place_rows_of_the_last_sub_kegiatan_on_the_next_page_are_its_places(make_workbook):
    places = [named("Desa Sumberejo", 1_500_000_000), named("Kelurahan Sukun", 1_000_000_000)]
    plan = as_on_one_sheet(make_workbook, [PROGRAM, KEGIATAN, sub("Pembangunan Puskesmas", funding="DAK")], places + GOES_ON)
    item = code(plan, "1.02.02.2.01.0002")
    assert (item.location, item.budget, item.ref.sheet) == ("Desa Sumberejo; Kelurahan Sukun", 2_500_000_000, "Table 1")
    assert joined(plan) == [("Table 2", 1), ("Table 2", 2)]
    # 'Kelurahan Sukun' is no agency heading: the next sub kegiatan keeps its agency
    assert code(plan, "1.02.02.2.01.0009").agency == DINKES


def test_the_funding_source_rows_of_the_last_item_on_the_next_page_are_its_sources(make_workbook):
    sources = [named("- DAK Fisik", 1_500_000_000), named("- DAU", 1_000_000_000)]
    plan = as_on_one_sheet(make_workbook, [PROGRAM, KEGIATAN, sub("Pembangunan Puskesmas", "Kec. Tugu")], sources + GOES_ON)
    item = code(plan, "1.02.02.2.01.0002")
    assert (item.funding, item.budget, item.ref.sheet) == ("DAK Fisik, DAU", 2_500_000_000, "Table 1")
    assert joined(plan) == [("Table 2", 1), ("Table 2", 2)] and len(plan.items) == 7


def test_a_page_starting_with_the_column_number_row_goes_on_with_the_item_too(make_workbook):
    page_1, sources = [PROGRAM, KEGIATAN, sub("Pembangunan Puskesmas", "Kec. Tugu")], [named("- DAK Fisik", 1_500_000_000), named("- DAU", 1_000_000_000)]
    plan = read(make_workbook, page_1, [list(range(1, 10))] + sources + GOES_ON)
    assert items_read(plan) == items_read(read(make_workbook, page_1, sources + GOES_ON, pages=False))
    assert code(plan, "1.02.02.2.01.0002").funding == "DAK Fisik, DAU" and joined(plan) == [("Table 2", 2), ("Table 2", 3)]


def test_a_page_starting_with_a_program_stays_a_program_under_a_cut_name(make_workbook):
    # the name ends in 'dan', but the row below it names a program
    jalan = named("PROGRAM PENYELENGGARAAN JALAN")
    plan = as_on_one_sheet(make_workbook, [PROGRAM, KEGIATAN, sub("Rehabilitasi dan", "Kec. Tugu")], [jalan] + GOES_ON[2:])
    assert code(plan, "1.02.02.2.01.0002").name == "Rehabilitasi dan" and joined(plan) == []
    program = next(item for item in plan.items if item.ref.sheet == "Table 2")
    assert (program.kind, program.name, program.ref.row) == (Kind.PROGRAM, "PROGRAM PENYELENGGARAAN JALAN", 1)


def test_a_page_starting_with_a_new_item_keeps_it(make_workbook):
    plan = as_on_one_sheet(make_workbook, [PROGRAM, KEGIATAN, sub("Rehabilitasi dan", "Kec. Tugu")], GOES_ON)
    assert code(plan, "1.02.02.2.01.0002").name == "Rehabilitasi dan" and joined(plan) == []
    assert code(plan, "1.02.02.2.01.0009").ref.sheet == "Table 2"


def test_a_page_starting_with_an_agency_heading_is_no_place_row(make_workbook):
    # a kecamatan heading its own rows, its amount their total: not the places of the sub kegiatan above
    heading = [named("Kecamatan Klojen", 5_000_000_000)]
    rows = [row[:8] + [None] for row in GOES_ON[1:]]
    plan = as_on_one_sheet(make_workbook, [PROGRAM, KEGIATAN, sub("Pembangunan Puskesmas")], heading + rows)
    assert code(plan, "1.02.02.2.01.0002").location == "" and joined(plan) == []
    assert (code(plan, "1.03.10").ref.sheet, code(plan, "1.03.10").agency) == ("Table 2", "Kecamatan Klojen")


def test_source_rows_that_do_not_add_up_at_the_top_of_a_page_stay_items(make_workbook):
    # 'Dana Desa' and 'Hibah KONI' with amounts of their own, not the parts of the sub kegiatan above
    rows = [named("Dana Desa", 300_000_000)[:8] + [DINKES], named("Hibah KONI", 200_000_000)[:8] + [DINKES]]
    plan = as_on_one_sheet(make_workbook, [PROGRAM, KEGIATAN, sub("Pembangunan Puskesmas", "Kec. Tugu")], rows + GOES_ON)
    assert code(plan, "1.02.02.2.01.0002").funding == "" and joined(plan) == []
    assert [item.name for item in plan.items if item.ref.sheet == "Table 2"][:2] == ["Dana Desa", "Hibah KONI"]


def test_a_page_starting_after_a_banner_takes_nothing_of_the_item_above(make_workbook):
    rows = [["Unit Organisasi : 1.03.0.00.0.00.01.0000 DINAS PEKERJAAN UMUM"], named("- DAK Fisik", 1_500_000_000), named("- DAU", 1_000_000_000)]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, sub("Pembangunan Puskesmas", "Kec. Tugu")], rows + GOES_ON)
    assert code(plan, "1.02.02.2.01.0002").funding == "" and joined(plan) == []


def test_a_page_ending_on_a_total_closes_its_last_item(make_workbook):
    total = [None, None, "JUMLAH", None, None, 2_500_000_000, None, None, None]
    sources = [named("- DAK Fisik", 1_500_000_000), named("- DAU", 1_000_000_000)]
    plan = as_on_one_sheet(make_workbook, [PROGRAM, KEGIATAN, sub("Pembangunan Puskesmas", "Kec. Tugu"), total], sources + GOES_ON)
    assert code(plan, "1.02.02.2.01.0002").funding == "" and joined(plan) == []
