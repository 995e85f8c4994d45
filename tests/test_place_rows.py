"""Rows naming a place alone under a sub kegiatan ('Desa Sukamaju', 'Kelurahan Sukun'): its places where the rows around
them say so, items or agency headings where they do not."""

from __future__ import annotations

import pytest

from syncheck.models import Kind, SkipReason
from syncheck.readers import read_plan

from support import TITLE, sub_budget
from support import skip_reasons as reasons

M = 1_000_000
AGENCY = "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"
HEADER = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]]
PROGRAM = ["1.03.03", "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)", None, 1000 * M, AGENCY]
KEGIATAN = ["1.03.03.2.01", "Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (satu) Daerah Kabupaten/Kota",
            None, 1000 * M, AGENCY]  # fmt: skip
BENDUNGAN = ["1.03.03.2.01.0001", "Pembangunan Bendungan", None, 400 * M, AGENCY]
EMBUNG = ["1.03.03.2.01.0002", "Pembangunan Embung dan Penampung Air Lainnya", "Kec. Dau", 600 * M, AGENCY]


def read(make_workbook, body, header=HEADER):
    return read_plan(str(make_workbook(TITLE + header + body)))


def subs(plan):
    return [(item.name, item.location, item.budget) for item in plan.items if item.kind is Kind.SUB_KEGIATAN]


@pytest.mark.parametrize("places", [("Desa Sukamaju", "Desa Sumberejo"), ("Kelurahan Sukun", "Kelurahan Bandungrejosari"),
                                    ("Kecamatan Dampit", "Kecamatan Turen"), ("Kec. Dampit", "Desa Sumberejo")])  # fmt: skip
@pytest.mark.parametrize("own_place", [None, "Kec. Kepanjen"])
def test_bare_place_rows_whose_amounts_add_up_to_the_sub_kegiatan_are_its_places(make_workbook, places, own_place):
    rows = [[None, place, None, amount * M, AGENCY] for place, amount in zip(places, (150, 250))]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, [*BENDUNGAN[:2], own_place, *BENDUNGAN[3:]], *rows, EMBUNG])
    located = "; ".join(([own_place] if own_place else []) + list(places))
    assert subs(plan) == [("Pembangunan Bendungan", located, 400 * M), ("Pembangunan Embung dan Penampung Air Lainnya", "Kec. Dau", 600 * M)]
    assert reasons(plan) == {9: SkipReason.CONTINUATION, 10: SkipReason.CONTINUATION}
    assert [item.parent.row for item in plan.items if item.kind is Kind.SUB_KEGIATAN] == [7, 7]


def test_kelurahan_place_rows_set_no_agency_for_the_rows_under_them(make_workbook):
    """Without an agency column, a 'Kelurahan X' row was an agency heading, and the next sub kegiatan the kelurahan's."""
    header = [HEADER[0][:4]]
    body = [[None, AGENCY, None, 1000 * M], PROGRAM[:4], KEGIATAN[:4], BENDUNGAN[:4],
            [None, "Kelurahan Sukun", None, 150 * M], [None, "Kelurahan Bandungrejosari", None, 250 * M], EMBUNG[:4]]  # fmt: skip
    plan = read(make_workbook, body, header)
    assert {item.agency for item in plan.items} == {AGENCY}
    assert subs(plan)[0] == ("Pembangunan Bendungan", "Kelurahan Sukun; Kelurahan Bandungrejosari", 400 * M)


def test_bare_place_rows_without_amounts_are_the_places_the_sub_kegiatan_lists(make_workbook):
    sub = [*BENDUNGAN[:2], "Desa Sukamaju, Desa Sumberejo", *BENDUNGAN[3:]]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, sub, [None, "Desa Sukamaju", None, None, AGENCY], [None, "Desa Sumberejo", None, None, AGENCY], EMBUNG])
    assert subs(plan)[0] == ("Pembangunan Bendungan", "Desa Sukamaju, Desa Sumberejo", 400 * M) and sub_budget(plan) == 1000 * M
    assert reasons(plan) == {9: SkipReason.CONTINUATION, 10: SkipReason.CONTINUATION} and plan.items[-1].parent.row == 7


@pytest.mark.parametrize("own, kegiatan", [(400, 1000), (600, 1200)])
def test_local_items_named_like_villages_stay_items(make_workbook, own, kegiatan):
    """'Desa Cantik' (BPS) and 'Desa Bersinar' (BNN) are programmes: amounts that do not add up to the sub kegiatan's, or
    that its kegiatan's total counts beside it, keep them items."""
    rows = [[None, "Desa Cantik", None, 300 * M, AGENCY], [None, "Desa Bersinar", None, 300 * M, AGENCY]]
    sub = [*BENDUNGAN[:2], "Kec. Kepanjen", own * M, AGENCY]
    plan = read(make_workbook, [[*PROGRAM[:3], kegiatan * M, AGENCY], [*KEGIATAN[:3], kegiatan * M, AGENCY], sub, *rows])
    assert subs(plan) == [("Pembangunan Bendungan", "Kec. Kepanjen", own * M), ("Desa Cantik", "", 300 * M), ("Desa Bersinar", "", 300 * M)]


def test_a_small_sub_kegiatans_places_are_its_places_though_a_big_kegiatan_would_hold_them_within_rounding(make_workbook):
    """The kegiatan's total is its coded sub kegiatan's: the run's 1% more is no sign of sibling items."""
    big = [*EMBUNG[:3], 9900 * M, AGENCY]
    body = [[*PROGRAM[:3], 10_000 * M, AGENCY], [*KEGIATAN[:3], 10_000 * M, AGENCY], [*BENDUNGAN[:3], 100 * M, AGENCY],
            [None, "Desa Sukamaju", None, 60 * M, None], [None, "Desa Sumberejo", None, 40 * M, None], big]  # fmt: skip
    plan = read(make_workbook, body)
    assert subs(plan)[0] == ("Pembangunan Bendungan", "Desa Sukamaju; Desa Sumberejo", 100 * M) and sub_budget(plan) == 10_000 * M


def test_bare_place_rows_whose_amounts_do_not_add_up_stay_rows_of_their_own(make_workbook):
    rows = [[None, "Desa Sukamaju", None, 200 * M, AGENCY], [None, "Desa Sumberejo", None, 100 * M, AGENCY]]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, BENDUNGAN, *rows, EMBUNG])
    assert [item.name for item in plan.items if item.ref.row in (9, 10)] == ["Desa Sukamaju", "Desa Sumberejo"]


KECAMATAN_BLOCK = [["7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", None, 500 * M],
                   ["7.01.02.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", None, 500 * M],
                   ["7.01.02.2.01.0001", "Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan", "Kec. Klojen", 500 * M]]  # fmt: skip


@pytest.mark.parametrize("heading", ["Kecamatan Klojen", "Kelurahan Sukun"])
def test_an_agency_heading_with_the_amount_of_the_sub_kegiatan_above_still_heads_its_programs(make_workbook, heading):
    """Its total is the next program's, as a heading's is; a place's amount is no total of what follows it."""
    header = [HEADER[0][:4]]
    body = [[None, AGENCY, None, 500 * M], [*PROGRAM[:3], 500 * M], [*KEGIATAN[:3], 500 * M], [*BENDUNGAN[:3], 500 * M],
            [None, heading, None, 500 * M], *KECAMATAN_BLOCK]  # fmt: skip
    plan = read(make_workbook, body, header)
    assert [item.agency for item in plan.items] == [AGENCY] * 3 + [heading] * 3
    assert reasons(plan)[10] is SkipReason.BANNER and subs(plan)[0][1] == ""


def test_a_place_row_of_another_agency_is_its_heading(make_workbook):
    rows = [[None, "Kelurahan Sukun", None, 400 * M, "KELURAHAN SUKUN"]]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, BENDUNGAN, *rows, [*KECAMATAN_BLOCK[0], "KELURAHAN SUKUN"]])
    assert reasons(plan)[9] is SkipReason.BANNER and subs(plan)[0][1] == ""


def test_a_village_heading_over_its_own_codeless_items_stays_a_heading(make_workbook):
    header = [["No", "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]]
    body = [[None, "Program Pembangunan Desa", None, 600 * M], [None, "Desa Sumberejo", None, 300 * M],
            [None, "Pembangunan Jalan Desa", "Sumberejo", 300 * M], [None, "Desa Sukamaju", None, 300 * M],
            [None, "Pembangunan Jembatan Desa", "Sukamaju", 300 * M]]  # fmt: skip
    plan = read(make_workbook, body, header)
    assert [(item.name, item.kind) for item in plan.items] == [
        ("Program Pembangunan Desa", Kind.PROGRAM), ("Desa Sumberejo", Kind.KEGIATAN), ("Pembangunan Jalan Desa", Kind.SUB_KEGIATAN),
        ("Desa Sukamaju", Kind.KEGIATAN), ("Pembangunan Jembatan Desa", Kind.SUB_KEGIATAN)]  # fmt: skip


TUREN = [*BENDUNGAN[:2], "Kecamatan Turen", 400 * M]  # a sub kegiatan located in Turen
AGENCY_CODE_ROW = ["7.01.0.00.0.00.16.0000", "Kecamatan Turen", None, 500 * M]


@pytest.mark.parametrize("amount", [None, 400 * M])
@pytest.mark.parametrize("after", [KECAMATAN_BLOCK, KECAMATAN_BLOCK[1:], [AGENCY_CODE_ROW, *KECAMATAN_BLOCK]], ids=["program", "kegiatan", "agency code"])
def test_a_kecamatan_heading_after_a_sub_kegiatan_in_that_kecamatan_heads_its_programs(make_workbook, amount, after):
    """A kecamatan is a perangkat daerah: 'Kecamatan Turen' over a program, a kegiatan of another program or an agency
    code heads the kecamatan's own items, though the sub kegiatan above is located in Turen (and has its amount)."""
    body = [[None, AGENCY, None, 400 * M], [*PROGRAM[:3], 400 * M], [*KEGIATAN[:3], 400 * M], TUREN, [None, "Kecamatan Turen", None, amount], *after]
    plan = read(make_workbook, body, [HEADER[0][:4]])
    assert [item.agency for item in plan.items] == [AGENCY] * 3 + ["Kecamatan Turen"] * (len(after) - (after[0] is AGENCY_CODE_ROW))
    assert reasons(plan)[10] is SkipReason.BANNER and subs(plan)[0] == ("Pembangunan Bendungan", "Kecamatan Turen", 400 * M)


@pytest.mark.parametrize("dinas, heading", [("Dinas Pekerjaan Umum dan Penataan Ruang", True), (AGENCY, False)])
def test_a_kecamatan_row_written_like_the_sheets_agency_headings_is_one(make_workbook, dinas, heading):
    """Over a sub kegiatan of another program, what tells is how the sheet writes its agency headings: in title case
    without an amount as this row is, or not."""
    body = [[None, dinas, None, None], [*PROGRAM[:3], 400 * M], [*KEGIATAN[:3], 400 * M], TUREN, [None, "Kecamatan Turen", None, None],
            KECAMATAN_BLOCK[2]]  # fmt: skip
    plan = read(make_workbook, body, [HEADER[0][:4]])
    assert plan.items[-1].agency == ("Kecamatan Turen" if heading else dinas)
    assert reasons(plan)[10] is (SkipReason.BANNER if heading else SkipReason.CONTINUATION)


@pytest.mark.parametrize("body", [
    # listed in the sub kegiatan's location and followed by the next sub kegiatan of the same program
    [[None, "Dinas Pekerjaan Umum", None, None], [*PROGRAM[:3], 1000 * M], [*KEGIATAN[:3], 1000 * M], TUREN,
     [None, "Kecamatan Turen", None, None], EMBUNG[:4]],
    # a run whose amounts add up to the sub kegiatan's, though a program code follows
    [[None, AGENCY, None, 900 * M], [*PROGRAM[:3], 400 * M], [*KEGIATAN[:3], 400 * M], BENDUNGAN[:4],
     [None, "Kecamatan Dampit", None, 150 * M], [None, "Kecamatan Turen", None, 250 * M], KECAMATAN_BLOCK[0]],
], ids=["same program next", "amounts add up"])
def test_kecamatan_place_rows_stay_places_where_the_rows_around_say_so(make_workbook, body):
    plan = read(make_workbook, body, [HEADER[0][:4]])
    assert len({item.agency for item in plan.items}) == 1 and reasons(plan)[10] is SkipReason.CONTINUATION
    assert "Kecamatan Turen" in subs(plan)[0][1]


def test_a_kecamatan_row_of_the_same_agency_column_stays_a_place_over_the_agencys_next_program(make_workbook):
    rows = [[None, "Kecamatan Turen", None, None, AGENCY], [*KECAMATAN_BLOCK[0], AGENCY]]
    plan = read(make_workbook, [PROGRAM, KEGIATAN, [*TUREN, AGENCY], *rows])
    assert reasons(plan)[9] is SkipReason.CONTINUATION and {item.agency for item in plan.items} == {AGENCY}
