"""A sheet with no code column at all gets one note for its rows read from their place in the table; a code column with
gaps keeps a warning a row (rt54 F5)."""

from __future__ import annotations

from support import row_warnings
from syncheck.readers import read_plan

ROWS = [["PROGRAM PENINGKATAN KESEHATAN MASYARAKAT", None, 3000], ["Penyediaan Fasilitas Kesehatan", None, 3000],
        ["Pembangunan Rumah Sakit", "Distrik Teminabuan", 1000], ["Pembangunan Puskesmas", "Distrik Konda", 2000]]


def test_a_sheet_without_a_code_column_gets_one_note_for_its_codeless_rows(make_workbook):
    path = make_workbook([["RKPD KABUPATEN SORONG SELATAN TAHUN 2025"], ["Uraian", "Lokasi", "Pagu (Rp)"], *ROWS], name="kab_sorong_selatan_2025.xlsx")
    plan = read_plan(str(path))
    assert [item.kind.value for item in plan.items] == ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan"]
    assert row_warnings(plan) == [(4, "the sheet has no code column: 3 row(s) without a code are read as program, kegiatan or "
                                      "sub kegiatan from their place in the table; first on row 4")]


def test_a_code_column_with_gaps_keeps_a_warning_per_codeless_row(make_workbook):
    rows = [["1.02.02", *ROWS[0]], [None, *ROWS[1]], [None, *ROWS[2]], ["1.02.02.2.01.0002", *ROWS[3]]]
    path = make_workbook([["RKPD KABUPATEN SORONG SELATAN TAHUN 2025"], ["Kode", "Uraian", "Lokasi", "Pagu (Rp)"], *rows], name="kab_sorong_selatan_2025.xlsx")
    assert row_warnings(read_plan(str(path))) == [(4, "row has no code; read as kegiatan from its place in the table"),
                                                  (5, "row has no code; read as sub kegiatan from its place in the table")]
