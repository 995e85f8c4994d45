"""Column roles of real layouts: SIPD's location label, data-export ids, each level's pagu, stages under a budget group."""

from __future__ import annotations

import pytest

from syncheck.header import role_of
from syncheck.models import Kind
from syncheck.readers import read_plan

from support import TITLE
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
