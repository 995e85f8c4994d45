"""Rows that stand apart from their parent rows (added at the end, or above them) are read under the rows their codes
name; a row whose code alone disagrees (a typo) stays where it stands."""

from __future__ import annotations

from syncheck.readers import read_plan

from support import TITLE

HEADER = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]]
P1 = ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", None, 300]
K1 = ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", None, 300]
S1 = ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Kec. Tugu", 100]
S2 = ["1.02.02.2.01.0002", "Pembangunan Puskesmas", "Kec. Bawen", 200]
P2 = ["1.02.03", "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN", None, 50]
K2 = ["1.02.03.2.01", "Pemberian Izin Praktik Tenaga Kesehatan", None, 50]
T1 = ["1.02.03.2.01.0001", "Pengendalian Perizinan Praktik Tenaga Kesehatan", "Kec. Tugu", 50]


def parents(plan):
    """(row, code, the parent's row, the program code it carries) of each kegiatan and sub kegiatan."""
    return [(item.ref.row, item.code_text, item.parent.row if item.parent else None, item.program_code) for item in plan.items
            if item.kind.value in ("kegiatan", "sub_kegiatan")]


def read(make_workbook, rows):
    return read_plan(str(make_workbook(TITLE + HEADER + rows)))


def test_a_sub_kegiatan_added_below_the_next_program_is_read_under_its_own_kegiatan(make_workbook):
    plan = read(make_workbook, [P1, K1, S1, P2, K2, T1, S2])
    assert parents(plan) == [(7, K1[0], 6, P1[0]), (8, S1[0], 7, P1[0]), (10, K2[0], 9, P2[0]), (11, T1[0], 10, P2[0]), (12, S2[0], 7, P1[0])]
    assert [w.message for w in plan.warnings] == [
        "1 kegiatan or sub kegiatan row(s) stand apart from the program or kegiatan row their code names (added below the agency's other"
        " rows, or above it); read under that row, first on row 12"]


def test_rows_written_level_by_level_are_read_under_the_rows_their_codes_name(make_workbook):
    plan = read(make_workbook, [P1, P2, K1, K2, S1, S2, T1])
    assert parents(plan) == [(8, K1[0], 6, P1[0]), (9, K2[0], 7, P2[0]), (10, S1[0], 8, P1[0]), (11, S2[0], 8, P1[0]), (12, T1[0], 9, P2[0])]


def test_a_sub_kegiatan_whose_code_repeats_a_child_of_the_kegiatan_it_names_stays_where_it_stands(make_workbook):
    typo = ["1.02.03.2.01.0001", "Pembangunan Puskesmas Pembantu", "Kec. Tugu", 5]  # under K1, a typo for 1.02.02.2.01.0003
    plan = read(make_workbook, [P1, K1, S1, typo, P2, K2, T1])
    assert parents(plan)[2] == (9, typo[0], 7, P1[0])
    assert not any("stand apart" in w.message for w in plan.warnings)


def test_a_kegiatan_whose_own_sub_kegiatan_follow_the_program_above_keeps_it(make_workbook):
    typo = ["1.02.03.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", None, 300]  # under P1 with P1's sub kegiatan codes
    plan = read(make_workbook, [P2, K2, T1, P1, typo, S1, S2])
    assert [row[:3] for row in parents(plan)][2:] == [(10, typo[0], 9), (11, S1[0], 10), (12, S2[0], 10)]
    assert not any("stand apart" in w.message for w in plan.warnings)


K3 = ["1.02.02.2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan", None, 70]
U1 = ["1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Kec. Tugu", 70]


def test_a_last_child_whose_code_names_another_kegiatan_of_its_program_stays_where_it_stands(make_workbook):
    typo = ["1.02.02.2.02.0003", "Pembangunan Puskesmas Pembantu", "Kec. Tugu", 5]  # under K1, its kegiatan segment mistyped
    for rows in ([P1, K3, U1, K1, S1, S2, typo, P2, K2, T1], [P1, K1, S1, S2, typo, K3, U1, P2, K2, T1]):
        plan = read(make_workbook, rows)
        placed = [parent for row, code, parent, _ in parents(plan) if code == typo[0]]
        assert [row[1] for row in parents(plan) if row[1] == K1[0]] == [K1[0]] and placed == [rows.index(K1) + 6]
        assert not any("stand apart" in w.message for w in plan.warnings)


def test_sub_kegiatan_under_a_miscoded_kegiatan_row_stay_under_it(make_workbook):
    # a kegiatan row with a mistyped code (2.03 for 2.02), and its sub kegiatan coded under K3, the kegiatan above
    miscoded = ["1.02.02.2.03", "Penyediaan Fasilitas Pelayanan Kesehatan", None, 300]
    subs = [["1.02.02.2.02.0005", "Pembangunan Rumah Sakit", "Kec. Tugu", 100], ["1.02.02.2.02.0006", "Pembangunan Puskesmas", "Kec. Bawen", 200]]
    plan = read(make_workbook, [P1, K3, U1, miscoded, *subs])
    assert [row[:3] for row in parents(plan)][2:] == [(9, miscoded[0], 6), (10, subs[0][0], 9), (11, subs[1][0], 9)]
