"""entries: what prepare makes of each row, the same when remembered from an earlier row or plan."""

from __future__ import annotations

from dataclasses import replace

from syncheck import entries
from syncheck.entries import prepare
from syncheck.models import Kind, Level, SourceRef
from test_report import item, plan


def _fields(entry) -> dict:
    return {name: value for name, value in vars(entry).items() if name != "item"}


def test_rows_alike_but_for_parent_or_agency_bidang_are_prepared_each_their_own_way():
    support = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
    health = [item("a.xlsx", "S", row, Kind.PROGRAM, "1.02.02", "Program Upaya Kesehatan", agency="Dinas Kesehatan") for row in (1, 2)]
    rows = [
        item("a.xlsx", "S", 3, Kind.PROGRAM, "X.XX.01", support, agency="Dinas Kesehatan"),
        item("a.xlsx", "S", 4, Kind.PROGRAM, "2.01.02", "Program Perencanaan", agency="Bappeda"),
        item("a.xlsx", "S", 5, Kind.PROGRAM, "X.XX.01", support, agency="Bappeda"),
        item("a.xlsx", "S", 6, Kind.KEGIATAN, "1.02.02.2.01", "Penyediaan Fasilitas", agency="Dinas Kesehatan"),
        replace(item("a.xlsx", "S", 7, Kind.KEGIATAN, "1.02.02.2.01", "Penyediaan Fasilitas", agency="Dinas Kesehatan"), parent=SourceRef("a.xlsx", "S", 1)),
    ]
    entries._FIELDS.clear()
    made = prepare(plan("a.xlsx", "Kota A", Level.KOTA, health + rows))
    programs, kegiatan = made[Kind.PROGRAM], made[Kind.KEGIATAN]
    assert _fields(programs[0]) == _fields(programs[1]) and programs[0].item is not programs[1].item
    # the placeholder support program is filled with each agency's own bidang
    assert (programs[2].code.text, programs[4].code.text) == ("1.02.01", "2.01.01")
    assert (programs[2].agency_bidang, programs[4].agency_bidang) == ("1.02", "2.01")
    # a row without a parent keeps its as-written key, its twin under a parent does not
    assert (kegiatan[0].ordered, kegiatan[1].ordered) == ("penyediaan fasilitas", "")
    # remembered or not, the same fields
    remembered = prepare(plan("a.xlsx", "Kota A", Level.KOTA, health + rows))
    entries._FIELDS.clear()
    fresh = prepare(plan("a.xlsx", "Kota A", Level.KOTA, health + rows))
    assert [[_fields(e) for e in remembered[k]] for k in remembered] == [[_fields(e) for e in fresh[k]] for k in fresh]
