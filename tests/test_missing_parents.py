"""Kegiatan whose program row is missing (a page a conversion dropped, a list of kegiatan only) are compared under the
program their codes name."""

from __future__ import annotations

from syncheck.models import Kind, Options, Relation
from syncheck.pipeline import compare

HEADER = ["Kode", "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]
ARSIP = ("2.24.02", "PROGRAM PENGELOLAAN ARSIP")
TANAH = ("2.10.05", "PROGRAM PENYELESAIAN GANTI KERUGIAN DAN SANTUNAN TANAH UNTUK PEMBANGUNAN")
STATIS = "Pengelolaan Arsip Statis Daerah {}"
GANTI = "Penyelesaian Masalah Ganti Kerugian dan Santunan Tanah untuk Pembangunan oleh Pemerintah Daerah {}"
SUB = "Pengelolaan Arsip Statis yang Diserahkan"


def province_rows():
    return [
        [ARSIP[0], ARSIP[1], None, 300],
        ["2.24.02.1.02", STATIS.format("Provinsi"), None, 300],
        ["2.24.02.1.02.01", SUB, "Kota Contoh", 300],
        [TANAH[0], TANAH[1], None, 100],
        ["2.10.05.1.01", GANTI.format("Provinsi"), None, 100],
    ]


def city_rows(programs: bool):
    """The city's plan: its program rows left out, or only the first (the second program's row lost)."""
    rows = [
        [ARSIP[0], ARSIP[1], None, 200],
        ["2.24.02.2.02", STATIS.format("Kabupaten/Kota"), None, 200],
        ["2.24.02.2.02.01", SUB, "Kota Contoh", 200],
        [TANAH[0], TANAH[1], None, 50],
        ["2.10.05.2.01", GANTI.format("Kabupaten/Kota"), None, 50],
    ]
    return [row for row in rows if len(row[0]) > 7] if not programs else rows[:3] + rows[4:]


def title(government: str):
    return [["RENCANA KERJA PEMERINTAH DAERAH"], [government], ["TAHUN 2024"], []]


def kegiatan_links(make_workbook, programs: bool):
    province = make_workbook(title("PROVINSI CONTOH") + [HEADER] + province_rows(), name="provinsi_contoh_2024.xlsx")
    city = make_workbook(title("KOTA CONTOH") + [HEADER] + city_rows(programs), name="kota_contoh_2024.xlsx")
    result = compare([str(province), str(city)], Options())
    return result, [link for link in result.links if link.kind is Kind.KEGIATAN]


def test_kegiatan_without_program_rows_link_under_the_program_their_codes_name(make_workbook):
    result, links = kegiatan_links(make_workbook, programs=False)
    assert [(link.left.code_text, link.right.code_text, link.relation) for link in links] == [
        ("2.24.02.1.02", "2.24.02.2.02", Relation.IDENTICAL), ("2.10.05.1.01", "2.10.05.2.01", Relation.IDENTICAL)]
    assert all(link.reason.endswith(f"the codes name program {link.left.code_text[:7]}, whose row is missing above one of them") for link in links)
    # their sub kegiatan are then compared under linked parents, as in a whole plan
    assert [(link.kind, link.relation) for link in result.links if link.kind is Kind.SUB_KEGIATAN] == [(Kind.SUB_KEGIATAN, Relation.IDENTICAL)]


def test_a_kegiatan_under_the_row_of_another_program_links_under_its_own(make_workbook):
    _, links = kegiatan_links(make_workbook, programs=True)
    assert [(link.left.code_text, link.right.code_text, link.relation) for link in links] == [
        ("2.24.02.1.02", "2.24.02.2.02", Relation.IDENTICAL), ("2.10.05.1.01", "2.10.05.2.01", Relation.IDENTICAL)]
    # only the kegiatan whose program row is lost says so; the other was compared under its linked program
    assert ["whose row is missing" in link.reason for link in links] == [False, True]


def test_a_codeless_kegiatan_under_a_coded_program_meets_a_kegiatan_without_its_program_row(make_workbook):
    province = make_workbook(title("PROVINSI CONTOH") + [HEADER, [ARSIP[0], ARSIP[1], None, 300], [None, STATIS.format("Provinsi"), None, 300],
                                                         [None, SUB, "Kota Contoh", 300]], name="provinsi_contoh_2024.xlsx")
    city = make_workbook(title("KOTA CONTOH") + [HEADER, ["2.24.02.2.02", STATIS.format("Kabupaten/Kota"), None, 200],
                                                 ["2.24.02.2.02.01", SUB, "Kota Contoh", 200]], name="kota_contoh_2024.xlsx")
    result = compare([str(province), str(city)], Options())
    assert [(link.kind, link.relation) for link in result.links] == [(Kind.KEGIATAN, Relation.SIMILAR), (Kind.SUB_KEGIATAN, Relation.SIMILAR)]
