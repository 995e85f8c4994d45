"""Aceh's own affairs: the province's list writes them under urusan 9 (9.01.04 PROGRAM BAITUL MAL ACEH), the kab/kota list
leaves the urusan as '?' (?.01.04 PROGRAM BAITUL MAL); a kab/kota plan writes 9 like the province, or no code."""

from __future__ import annotations

import pytest

from syncheck.models import Options, Relation
from syncheck.nomenclature_load import load_master
from syncheck.pipeline import compare

MASTER = """kind,code,name,level,parent_code,status
urusan,9,URUSAN KEKHUSUSAN ACEH,provinsi,,aktif
bidang_urusan,9.01,URUSAN PEMERINTAHAN KEKHUSUSAN ACEH,provinsi,9,aktif
program,9.01.04,PROGRAM BAITUL MAL ACEH,provinsi,9.01,aktif
kegiatan,9.01.04.1.02,Peningkatan Kualitas dan Akses Informasi Baitul Mal,provinsi,9.01.04,aktif
sub_kegiatan,9.01.04.1.02.04,Pengembangan Data dan Informasi Baitul Mal,provinsi,9.01.04.1.02,aktif
program,?.01.04,PROGRAM BAITUL MAL,kabkota,?.01,aktif
kegiatan,?.01.04.2.02,Peningkatan Kualitas dan Akses Informasi Baitul Mal,kabkota,?.01.04,aktif
sub_kegiatan,?.01.04.2.02.04,Pengembangan Data dan Informasi Baitul Mal,kabkota,?.01.04.2.02,aktif
program,1.02.02,PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT,kabkota,1.02,aktif
kegiatan,1.02.02.2.01,Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota,kabkota,1.02.02,aktif
""" + "".join(  # a list has more rows than these (the loader wants 20 at least): other items of the kab/kota list
    f"sub_kegiatan,1.02.02.2.01.{n:02d},Pengadaan Alat Kesehatan Jenis {n},kabkota,1.02.02.2.01,aktif\n" for n in range(1, 13)
)
HEADER = [["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]]
PROVINCE = [["RKPD PROVINSI ACEH TAHUN 2024"], []] + HEADER + [
    ["9.01.04", "PROGRAM BAITUL MAL ACEH", None, None],
    ["9.01.04.1.02", "Peningkatan Kualitas dan Akses Informasi Baitul Mal", None, None],
    ["9.01.04.1.02.0004", "Pengembangan Data dan Informasi Baitul Mal", "Kota Banda Aceh", 900_000_000],
]
KOTA_ROWS = [
    ("9.01.04", "PROGRAM BAITUL MAL", None, None),
    ("9.01.04.2.02", "Peningkatan Kualitas dan Akses Informasi Baitul Mal", None, None),
    ("9.01.04.2.02.0004", "Pengembangan Data dan Informasi Baitul Mal", "Kec. Meuraxa", 400_000_000),
]


@pytest.fixture
def master_path(tmp_path) -> str:
    path = tmp_path / "nomenklatur.csv"
    path.write_text(MASTER, encoding="utf-8")
    return str(path)


def test_a_kab_kota_code_under_urusan_9_is_the_lists_question_mark_item(master_path):
    master = load_master(master_path)
    found = master.get("9.01.04", "kabkota")
    assert (found.code.text, found.name) == ("?.01.04", "PROGRAM BAITUL MAL")
    assert master.get("9.01.04.2.02.0004", "kabkota").name == "Pengembangan Data dan Informasi Baitul Mal"
    assert master.get("9.01.04", "provinsi").name == "PROGRAM BAITUL MAL ACEH"


@pytest.mark.parametrize("coded", [True, False], ids=["coded", "codeless"])
def test_baitul_mal_of_province_and_kota_link_with_the_list(make_workbook, master_path, coded):
    kota = [["RKPD KOTA BANDA ACEH TAHUN 2024"], []] + HEADER + [[code if coded else None, *rest] for code, *rest in KOTA_ROWS]
    files = [str(make_workbook(PROVINCE, name="provinsi_aceh_2024.xlsx")), str(make_workbook(kota, name="kota_banda_aceh_2024.xlsx"))]
    result = compare(files, Options(nomenclature_path=master_path))
    assert [(link.kind.value, link.relation) for link in result.links] == [
        ("program", Relation.IDENTICAL), ("kegiatan", Relation.IDENTICAL), ("sub_kegiatan", Relation.IDENTICAL)]
    assert [(overlap.left_budget, overlap.right_budget) for overlap in result.overlaps] == [(900_000_000, 400_000_000)]


def test_baitul_mal_program_is_the_same_without_the_list_whatever_its_kegiatan(make_workbook):
    # the province's name is what the province's program name adds; a typo in the kota's kegiatan takes no evidence away
    kota = [["RKPD KOTA BANDA ACEH TAHUN 2024"], []] + HEADER + [
        ["9.01.04", "PROGRAM BAITUL MAL", None, None],
        ["9.01.04.2.02", "Peningkatan Kuaitas dan Akses Informasi Baitul Mal", None, None],
    ]
    files = [str(make_workbook(PROVINCE, name="provinsi_aceh_2024.xlsx")), str(make_workbook(kota, name="kota_banda_aceh_2024.xlsx"))]
    program = next(link for link in compare(files).links if link.kind.value == "program")
    assert (program.relation, program.reason) == (Relation.IDENTICAL, "same code 9.01.04; names equal after normalization")


DIY = [["RKPD DAERAH ISTIMEWA YOGYAKARTA TAHUN 2025"], []] + HEADER + [
    ["4.01.10", "PROGRAM PENYELENGGARAAN KEISTIMEWAAN URUSAN KELEMBAGAAN DAN KETATALAKSANAAN", None, None],
    ["4.01.10.1.02", "Peningkatan Budaya Pemerintahan", None, None],
    ["4.01.10.1.02.0001", "Implementasi Budaya Pemerintahan DIY", "Kabupaten Bantul", 300_000_000],
]
BANTUL = [["RKPD KABUPATEN BANTUL TAHUN 2025"], []] + HEADER + [
    ["4.01.04", "PROGRAM PENYELENGGARAAN KEISTIMEWAAN YOGYAKARTA URUSAN KELEMBAGAAN DAN KETATALAKSANAAN", None, None],
    ["4.01.04.2.02", "Peningkatan Budaya Pemerintahan", None, None],
    ["4.01.04.2.02.0001", "Implementasi Budaya Pemerintahan Kabupaten/Kota", "Kec. Sewon", 200_000_000],
]


def test_keistimewaan_items_of_both_levels_are_the_same_under_their_different_codes(make_workbook):
    # the list numbers the program 4.01.10 for the province and 4.01.04 for the kab/kota, whose name adds YOGYAKARTA
    files = [str(make_workbook(DIY, name="provinsi_diy_2025.xlsx")), str(make_workbook(BANTUL, name="kab_bantul_2025.xlsx"))]
    result = compare(files)
    assert [(link.kind.value, link.relation, link.reason) for link in result.links] == [
        ("program", Relation.IDENTICAL, "codes differ (4.01.10 vs 4.01.04); names equal after normalization"),
        ("kegiatan", Relation.IDENTICAL, "same parent (4.01.10.1.02 / 4.01.04.2.02); names equal after normalization once level words are set aside"),
        ("sub_kegiatan", Relation.IDENTICAL, "same parent (4.01.10.1.02.0001 / 4.01.04.2.02.0001); names equal after normalization once level words are set aside"),
    ]
    assert [(overlap.left_budget, overlap.right_budget) for overlap in result.overlaps] == [(300_000_000, 200_000_000)]
