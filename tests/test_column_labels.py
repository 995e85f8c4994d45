"""Column roles of real layouts: SIPD's location label, data-export ids, each level's pagu, stages under a budget group."""

from __future__ import annotations

import pytest

from syncheck.header import role_of
from syncheck.models import Kind
from syncheck.readers import read_plan

from support import TITLE, sub_budget
from support import read_sheet as read
from support import warning_texts as messages

AGENCY, OPD = "DINAS KESEHATAN", "1.02.0.00.0.00.01.0000"
PROGRAM = ("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN")
KEGIATAN = ("1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan")
SUB_1 = ("1.02.02.2.01.0001", "Pembangunan Rumah Sakit")
SUB_2 = ("1.02.02.2.01.0002", "Pembangunan Puskesmas")
# one row per sub kegiatan: program, kegiatan and sub kegiatan code and name, the sub kegiatan's own pagu
FLAT = [(*PROGRAM, *KEGIATAN, *SUB_1, 100), (*PROGRAM, *KEGIATAN, *SUB_2, 300)]


def sub_items(plan):
    """(code, name, budget, location, agency) of the plan's sub kegiatan."""
    return [(item.code_text, item.name, item.budget, item.location, item.agency) for item in plan.items if item.kind is Kind.SUB_KEGIATAN]


@pytest.mark.parametrize("label, role", [
    ("Lokasi Output Kegiatan", "location"), ("Lokasi Kegiatan", "location"), ("Tempat Pelaksanaan", "location"), ("Tempat", "location"),
    ("Indikator Output Kegiatan", "indicator"), ("Target Lokasi", "target"), ("Lokasi (Tahun n+1)", "forward"),
    ("id_program", None), ("id_skpd", None), ("id_sub_skpd", None), ("id_urusan", None), ("set_pagu_user", None), ("set_pagu_at", None),
    ("created_user", None), ("nama_program", "name"), ("pagu_giat", "budget"), ("Jumlah", "budget"),
])
def test_label_roles(label, role):
    assert role_of(label) == role


@pytest.mark.parametrize("label", ["Lokasi Output Kegiatan", "Tempat Pelaksanaan"])
def test_sipd_renja_location_label_reads_the_locations(make_workbook, label):
    header = [["Kode", "Uraian", "Indikator Kinerja", "Pagu Indikatif (Rp)", label]]
    plan = read(make_workbook, header, [[*SUB_1, "Persentase capaian", 100, "Kec. Tugu"], [*SUB_2, "Persentase capaian", 200, "Kec. Batu"]])
    assert [item.location for item in plan.items] == ["Kec. Tugu", "Kec. Batu"]


def test_sipd_ids_are_no_names_or_agency(make_workbook):
    header = ["id_urusan", "id_program", "id_skpd", "kode_skpd", "nama_skpd", "kode_program", "nama_program", "kode_giat", "nama_giat",
              "kode_sub_giat", "nama_sub_giat", "pagu", "set_pagu_user"]
    rows = [[1, 91 + i, 3259, OPD, AGENCY, *row, 101] for i, row in enumerate(FLAT)]
    plan = read_plan(str(make_workbook(TITLE + [header] + rows)))
    assert [(item.kind, item.name, item.agency) for item in plan.items[:2]] == [(Kind.PROGRAM, PROGRAM[1], AGENCY), (Kind.KEGIATAN, KEGIATAN[1], AGENCY)]
    assert sub_items(plan) == [(*SUB_1, 100, "", AGENCY), (*SUB_2, 300, "", AGENCY)]
    assert messages(plan) == []


def _flat_with_level_pagu(make_workbook, labels, order=(0, 1, 2)):
    """A flat sheet with the program's, the kegiatan's and the sub kegiatan's pagu in the columns ``labels`` name (``order``
    picks the level of each)."""
    totals = (400, 400)  # the program and the kegiatan each hold both sub kegiatan
    header = ["Kode Program", "Program", "Kode Kegiatan", "Kegiatan", "Kode Sub Kegiatan", "Sub Kegiatan", *labels]
    rows = [[*row[:6], *[(totals[0], totals[1], row[6])[level] for level in order]] for row in FLAT]
    return read_plan(str(make_workbook(TITLE + [header] + rows)))


@pytest.mark.parametrize("labels, order", [
    (["Pagu Program (Rp)", "Pagu Kegiatan (Rp)", "Pagu Sub Kegiatan (Rp)"], (0, 1, 2)),
    (["Pagu Kegiatan (Rp)", "Pagu Sub Kegiatan (Rp)"], (1, 2)),
    (["pagu_giat", "pagu"], (1, 2)),
])
def test_a_parent_levels_pagu_is_not_the_sub_kegiatans_budget(make_workbook, labels, order):
    plan = _flat_with_level_pagu(make_workbook, labels, order)
    assert [budget for *_, budget, _loc, _agency in sub_items(plan)] == [100, 300]
    assert messages(plan) == []


def test_pagu_murni_beside_pagu_reads_pagu(make_workbook):
    header = ["kode_program", "nama_program", "kode_giat", "nama_giat", "kode_sub_giat", "nama_sub_giat", "pagu_murni", "pagu"]
    rows = [[*row[:6], row[6] - 10, row[6]] for row in FLAT]
    plan = read_plan(str(make_workbook(TITLE + [header] + rows)))
    assert sub_budget(plan) == 400 and messages(plan) == []


def test_budget_columns_holding_the_same_amounts_leave_no_doubt(make_workbook):
    plan = read(make_workbook, [["Kode", "Uraian", "pagu_indikatif", "pagu"]], [[*SUB_1, 100, 100], [*SUB_2, None, "-"], [*PROGRAM, 300, 300]])
    assert [item.budget for item in plan.items] == [100, None, 300] and messages(plan) == []


def _under_pagu_group(make_workbook, leaves, amounts):
    """A sheet whose 'Pagu Indikatif (Rp)' is merged over the ``leaves`` columns; each row's amounts per leaf."""
    header = [["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", *[None] * (len(leaves) - 1)], [None, None, None, *leaves]]
    last = chr(ord("D") + len(leaves) - 1)
    merges = ("A5:A6", "B5:B6", "C5:C6", f"D5:{last}5")
    rows = [[*SUB_1, "Kec. Tugu", *amounts[0]], [*SUB_2, "Kec. Batu", *amounts[1]]]
    return read(make_workbook, header, rows, merges=merges)


@pytest.mark.parametrize("leaves, amounts", [
    (["Usulan Perangkat Daerah", "Hasil Musrenbang"], [(150, 100), (250, 300)]),
    (["Rancangan Awal", "Hasil Forum Perangkat Daerah", "Hasil Musrenbang"], [(120, 110, 100), (360, 330, 300)]),
    (["Rancangan Awal", "Forum Perangkat Daerah", "Musrenbang RKPD"], [(120, 110, 100), (360, 330, 300)]),
])
def test_the_latest_planning_stage_under_a_pagu_group_is_the_budget(make_workbook, leaves, amounts):
    plan = _under_pagu_group(make_workbook, leaves, amounts)
    assert [item.budget for item in plan.items] == [100, 300] and messages(plan) == []


@pytest.mark.parametrize("leaves", [["Program/Kegiatan", "Sub Kegiatan"], ["Program", "Kegiatan", "Sub Kegiatan"]])
def test_each_levels_pagu_column_under_a_pagu_group_gives_the_rows_of_its_level_their_budget(make_workbook, leaves):
    # 'Pagu Indikatif' over a column of the programs' and kegiatan's amounts and one of the sub kegiatan's
    header = [["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", *[None] * (len(leaves) - 1)], [None, None, None, *leaves]]
    merges = ("A5:A6", "B5:B6", "C5:C6", f"D5:{chr(ord('D') + len(leaves) - 1)}5")
    empty = [None] * (len(leaves) - 2)
    parents = [[*PROGRAM, None, 400, *empty, None], [*KEGIATAN, None, *empty, 400, None]] if empty else \
        [[*PROGRAM, None, 400, None], [*KEGIATAN, None, 400, None]]
    rows = [*parents, [*SUB_1, "Kec. Tugu", None, *empty, 100], [*SUB_2, "Kec. Batu", None, *empty, 300]]
    plan = read(make_workbook, header, rows, merges=merges)
    assert [(item.kind, item.budget) for item in plan.items] == [
        (Kind.PROGRAM, 400), (Kind.KEGIATAN, 400), (Kind.SUB_KEGIATAN, 100), (Kind.SUB_KEGIATAN, 300)]
    assert [column[:1] for role, column in plan.sheets[0].columns if role == "budget"] == list("DEF"[: len(leaves)])
    assert messages(plan) == []


def test_rancangan_akhir_is_read_over_rancangan_awal(make_workbook):
    header = [["Kode", "Uraian", "Pagu Indikatif Rancangan Awal RKPD (Rp)", "Pagu Indikatif Rancangan Akhir RKPD (Rp)"]]
    plan = read(make_workbook, header, [[*SUB_1, 110, 100], [*SUB_2, 330, 300]])
    assert [item.budget for item in plan.items] == [100, 300] and messages(plan) == []


def test_level_labels_under_a_pagu_group_are_each_levels_pagu_not_names(make_workbook):
    header = [["Kode Program", "Program", "Kode Kegiatan", "Kegiatan", "Kode Sub Kegiatan", "Sub Kegiatan", "Pagu Indikatif (Rp)", None, None],
              [None] * 6 + ["Program", "Kegiatan", "Sub Kegiatan"]]
    merges = tuple(f"{col}5:{col}6" for col in "ABCDEF") + ("G5:I5",)
    rows = [[*row[:6], 400, 400, row[6]] for row in FLAT]
    plan = read(make_workbook, header, rows, merges=merges)
    assert [(item.kind, item.name) for item in plan.items[:2]] == [(Kind.PROGRAM, PROGRAM[1]), (Kind.KEGIATAN, KEGIATAN[1])]
    assert [budget for *_, budget, _loc, _agency in sub_items(plan)] == [100, 300] and messages(plan) == []


def test_a_text_column_under_a_budget_group_keeps_its_own_role(make_workbook):
    header = [["Kode", "Rencana Anggaran", None], [None, "Uraian", "Jumlah (Rp)"]]
    plan = read(make_workbook, header, [[*SUB_1, 100], [*SUB_2, 300]], merges=("A5:A6", "B5:C5"))
    assert [(item.name, item.budget) for item in plan.items] == [(SUB_1[1], 100), (SUB_2[1], 300)]


def test_a_level_under_a_target_group_is_a_target_not_a_name(make_workbook):
    header = [["Kode", "Uraian", "Target Capaian Kinerja", "Pagu Indikatif (Rp)"], [None, None, "Program", None]]
    plan = read(make_workbook, header, [[*SUB_1, "100 %", 100]], merges=("A5:A6", "B5:B6", "D5:D6"))
    roles = [role for role, column in plan.sheets[0].columns if column.startswith("C:")]
    assert roles and roles != ["name"] and [(item.name, item.budget) for item in plan.items] == [(SUB_1[1], 100)]


PLACES = ["Kab. Malang", "Kota Batu", "Kota Surabaya"]
_SPREAD = [[*SUB_1, 60, 40, None], [*SUB_2, None, "-", 300]]  # each row's amount per kab/kota


@pytest.mark.parametrize("header, merges, rows", [
    # the kab/kota amounts and their total under 'Pagu Indikatif'
    ([["Kode", "Uraian", "Pagu Indikatif (Rp)", None, None, None], [None, None, *PLACES, "Jumlah"]], ("C5:F5",),
     [[*_SPREAD[0], 100], [*_SPREAD[1], 300]]),
    # the kab/kota amounts alone, added up
    ([["Kode", "Uraian", "Pagu Indikatif (Rp)", None, None], [None, None, *PLACES]], ("C5:E5",), _SPREAD),
    # an allocation per kab/kota group beside the pagu
    ([["Kode", "Uraian", "Lokasi / Alokasi per Kabupaten/Kota", None, None, "Pagu Indikatif (Rp)"], [None, None, *PLACES, None]],
     ("C5:E5", "F5:F6"), [[*_SPREAD[0], 100], [*_SPREAD[1], 300]]),
])
def test_a_budget_spread_over_kab_kota_columns_is_spent_where_it_has_money(make_workbook, header, merges, rows):
    plan = read(make_workbook, header, rows, merges=("A5:A6", "B5:B6", *merges))
    assert [(item.budget, item.location) for item in plan.items] == [(100, "Kab. Malang, Kota Batu"), (300, "Kota Surabaya")]
    assert messages(plan) == []


def test_a_location_column_says_where_before_the_kab_kota_amounts(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", None, None], [None, None, None, "Kab. Malang", "Kota Batu", "Jumlah"]]
    rows = [[*SUB_1, "Kec. Lawang", 100, None, 100], [*SUB_2, None, 200, 100, 300]]
    plan = read(make_workbook, header, rows, merges=("A5:A6", "B5:B6", "C5:C6", "D5:F5"))
    assert [(item.budget, item.location) for item in plan.items] == [(100, "Kec. Lawang"), (300, "Kab. Malang, Kota Batu")]


def test_the_provinces_own_column_beside_the_kab_kota_amounts_says_where_too(make_workbook):
    header = [["Kode", "Uraian", "Lokasi dan Alokasi (Rp)", None, None, "Pagu Indikatif (Rp)"], [None, None, "Kab. Malang", "Kota Batu", "Provinsi Jawa Timur", None]]
    rows = [[*SUB_1, 60, None, 40, 100], [*SUB_2, None, None, 300, 300]]
    plan = read(make_workbook, header, rows, merges=("A5:A6", "B5:B6", "C5:E5", "F5:F6"))
    assert [(item.budget, item.location) for item in plan.items] == [(100, "Kab. Malang, Provinsi Jawa Timur"), (300, "Provinsi Jawa Timur")]
    assert messages(plan) == []


def test_a_province_column_without_kab_kota_columns_beside_it_is_no_place(make_workbook):
    header = [["Kode", "Uraian", "Pagu Indikatif (Rp)", None], [None, None, "Provinsi Jawa Timur", "Jumlah"]]
    plan = read(make_workbook, header, [[*SUB_1, 100, 100], [*SUB_2, 300, 300]], merges=("A5:A6", "B5:B6", "C5:D5"))
    assert [(item.budget, item.location) for item in plan.items] == [(100, ""), (300, "")]
