"""A general ceiling beside a funding source's own ('Pagu Indikatif | Pagu Otsus', rt54 F1): added up when some row has
more money in the source than in the general one, else the general one is read as their total."""

from __future__ import annotations

from support import budgets
from support import read_sheet as read
from support import warning_texts as messages
from syncheck.pipeline import compare

PROGRAM = ("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT")
KEGIATAN = ("1.02.02.{}.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah")
SUB_1 = ("1.02.02.{}.01.0001", "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya")
SUB_2 = ("1.02.02.{}.01.0002", "Pembangunan Puskesmas")
SUB_3 = ("1.02.02.{}.01.0003", "Pembangunan Fasilitas Kesehatan Lainnya")
HEADER = [["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", "Pagu Otsus (Rp)"]]
BN = 10**9


def subs(level: str, amounts) -> list[list[object]]:
    """Sub kegiatan rows of a level ('1' province, '2' kab/kota) with (place, Pagu Indikatif, Pagu Otsus) each."""
    return [[code.format(level), name, place, general, otsus] for (code, name), (place, general, otsus) in zip((SUB_1, SUB_2, SUB_3), amounts)]


def test_a_row_funded_only_by_otsus_makes_the_two_columns_funding_sources_added_up(make_workbook):
    rows = subs("2", [("Distrik Waisai", None, 2 * BN), ("Distrik Misool", 1 * BN, BN // 2), ("Distrik Salawati", BN // 2, None)])
    plan = read(make_workbook, HEADER, rows)
    assert budgets(plan) == [2 * BN, 3 * BN // 2, BN // 2]
    assert messages(plan) == ["each budget is the sum of D (Pagu Indikatif (Rp)) and the funding-source column(s) E (Pagu Otsus (Rp)): "
                              "1 row(s) hold more money in the sources than in D (Pagu Indikatif (Rp)) (often none), so it is no "
                              "total of them; first on row 6"]


def test_other_sources_named_after_pagu_or_anggaran_are_added_up_too(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Pagu Indikatif", "Anggaran DAK", "Pagu DAU", "Pagu BK"]]
    rows = [[*row, dau, bk] for row, dau, bk in zip(subs("2", [("Kec. A", 100, 0), ("Kec. B", 0, 300)]), (None, 50), (7, None))]
    assert budgets(read(make_workbook, header, rows)) == [107, 350]


def test_a_general_ceiling_holding_at_least_the_source_is_its_total_and_is_not_doubled(make_workbook):
    rows = subs("2", [("Distrik Waisai", 3 * BN, 2 * BN), ("Distrik Misool", 1 * BN, None)])
    plan = read(make_workbook, HEADER, rows)
    assert budgets(plan) == [3 * BN, 1 * BN]
    assert messages(plan) == ["several budget columns: every budget is read from column D (Pagu Indikatif (Rp)), not from E (Pagu Otsus (Rp))"]


def test_the_overlap_of_a_sub_kegiatan_funded_only_by_otsus_is_found(make_workbook):
    title = [["RKPD PROVINSI PAPUA BARAT DAYA TAHUN 2025"], []]
    province = [[*PROGRAM, None, None, None], [KEGIATAN[0].format(1), KEGIATAN[1], None, None, None],
                *subs("1", [("Kab. Raja Ampat", 1 * BN, None)])]
    kab = subs("2", [("Distrik Kota Waisai", None, 2 * BN), ("Distrik Misool", 1 * BN, BN // 2), ("Distrik Waigeo Selatan", BN // 2, None)])
    kab = [[*PROGRAM, None, None, None], [KEGIATAN[0].format(2), KEGIATAN[1], None, None, None], *kab]
    paths = [str(make_workbook(title + HEADER + province, name="provinsi_papua_barat_daya_2025.xlsx")),
             str(make_workbook([["RKPD KABUPATEN RAJA AMPAT TAHUN 2025"], []] + HEADER + kab, name="kab_raja_ampat_2025.xlsx"))]
    result = compare(paths)
    assert [(overlap.left_budget, overlap.right_budget) for overlap in result.overlaps] == [(1 * BN, 2 * BN)]


def test_rows_whose_general_ceiling_is_the_sum_of_the_sources_make_it_their_total_though_one_row_leaves_it_empty(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", "Pagu APBD (Rp)", "Pagu DAK (Rp)"]]
    rows = [[*row, dak] for row, dak in zip(subs("2", [("Kec. Pakis", 1000, 600), ("Kec. Tumpang", 5000, 4400), ("Kec. Dau", "-", 500)]), (400, 600, None))]
    plan = read(make_workbook, header, rows)
    assert budgets(plan) == [1000, 5000, 500]
    assert messages(plan) == ["1 row(s) without an amount in D (Pagu Indikatif (Rp)) take the sum of its funding sources (E (Pagu APBD (Rp)), "
                              "F (Pagu DAK (Rp))); first on row 8"]
    # one source equal to the ceiling shows nothing: it may be the source alone or as much again ('4.5 M | 4.5 M'), so a
    # row leaving the ceiling empty still makes them money apart
    rows = subs("2", [("Kec. Pakis", 1000, 400), ("Kec. Tumpang", 2000, 2000), ("Kec. Dau", None, 500)])
    assert budgets(read(make_workbook, [["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", "Pagu DAK (Rp)"]], rows)) == [1400, 4000, 500]


def test_one_slip_row_among_rows_holding_the_sum_of_the_sources_does_not_double_the_sheet(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", "Pagu DAU (Rp)", "Pagu DAK (Rp)"]]
    rows = [[*row, dak] for row, dak in zip(subs("2", [("Kec. A", 1000, 600), ("Kec. B", 5000, 4400), ("Kec. C", 700, 500)]), (400, 600, 300))]
    assert budgets(read(make_workbook, header, rows)) == [1000, 5000, 700]
