"""A column of an earlier numbering beside the code column ('Kode Lama', or a hidden one): set aside, not glued as a split code."""

from __future__ import annotations

import openpyxl

from syncheck.messages import render
from syncheck.models import Kind
from syncheck.readers import read_plan

from support import TITLE

ITEMS = [("1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", None, None),
         ("1.03", "URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG", None, None),
         ("1.03.02", "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)", None, 900),
         ("1.03.02.2.01", "Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai", None, 900),
         ("1.03.02.2.01.0001", "Penyusunan Pola dan Rencana Pengelolaan SDA", "Sidoarjo", 400),
         ("1.03.02.2.01.0002", "Pembangunan Bendungan", "Sidoarjo", 500)]
# the codes of Permendagri 13/2006 the planners kept beside (none on the urusan and bidang rows)
OLD = [None, None, "1.03.03", "1.03.03.15", "1.03.03.15.01", "1.03.03.15.02"]
EXPECTED = [(Kind.URUSAN, "1"), (Kind.BIDANG, "1.03"), (Kind.PROGRAM, "1.03.02"), (Kind.KEGIATAN, "1.03.02.2.01"),
            (Kind.SUB_KEGIATAN, "1.03.02.2.01.0001"), (Kind.SUB_KEGIATAN, "1.03.02.2.01.0002")]
TAIL = ["Uraian", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]
AGENCY = "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"


def _save(path, rows, hidden=()) -> str:
    """A one-sheet plan with some columns hidden."""
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    for letter in hidden:
        workbook.active.column_dimensions[letter].hidden = True
    workbook.save(path)
    return str(path)


def _rows(first: list[object]) -> list[list[object]]:
    """Each item row with a cell of ``first`` before its code."""
    return [[before, code, name, place, pagu, AGENCY] for before, (code, name, place, pagu) in zip(first, ITEMS)]


def _read(tmp_path, header, first, hidden=()):
    plan = read_plan(_save(tmp_path / "kota_contoh_2024.xlsx", TITLE + [header + TAIL] + _rows(first), hidden))
    return plan, [(item.kind, item.code_text) for item in plan.items], [w.message for w in plan.warnings]


def test_a_kode_lama_column_beside_the_kode_column_is_set_aside_and_said(tmp_path):
    plan, items, warnings = _read(tmp_path, ["Kode Lama", "Kode"], OLD)
    assert items == EXPECTED
    assert warnings == ["code column A (Kode Lama) holds another numbering (an old or hidden code) beside B (Kode): "
                        "codes are read from B (Kode) alone"]
    assert render(warnings[0], "id").startswith("kolom kode A (Kode Lama) berisi penomoran lain (kode lama atau tersembunyi)")
    assert [role for role, _ in plan.sheets[0].columns][:2] == ["code", "name"]


def test_a_hidden_code_column_of_whole_codes_beside_a_visible_one_is_set_aside(tmp_path):
    _plan, items, warnings = _read(tmp_path, ["Kode", "Kode"], OLD, hidden=("A",))
    assert items == EXPECTED and len(warnings) == 1 and warnings[0].startswith("code column A (Kode) holds another numbering")


def test_a_hidden_piece_of_a_split_code_stays_a_piece(tmp_path):
    # 'Kode' over five columns with the urusan's piece hidden: one code in five parts, not two codes
    pieces = [["1", None, None, None, None], ["1", "03", None, None, None], ["1", "03", "02", None, None], ["1", "03", "02", "2.01", None],
              ["1", "03", "02", "2.01", "0001"], ["1", "03", "02", "2.01", "0002"]]
    rows = [piece + [name, place, pagu, AGENCY] for piece, (_code, name, place, pagu) in zip(pieces, ITEMS)]
    header = ["Kode", None, None, None, None, *TAIL]
    workbook = openpyxl.Workbook()
    for row in TITLE + [header] + rows:
        workbook.active.append(row)
    workbook.active.merge_cells("A5:E5")
    workbook.active.column_dimensions["A"].hidden = True
    workbook.save(tmp_path / "kabupaten_sidoarjo_2024.xlsx")
    plan = read_plan(str(tmp_path / "kabupaten_sidoarjo_2024.xlsx"))
    assert [(item.kind, item.code_text) for item in plan.items] == EXPECTED
    assert not [w for w in plan.warnings if "another numbering" in w.message]


def test_whole_codes_one_level_a_column_with_one_hidden_are_still_read(tmp_path):
    # 'Kode Program | Kode Kegiatan | Kode Sub Kegiatan'-like: each row fills one code column, never two
    header = [["Kode", None, None, "Uraian", "Lokasi", "Pagu Indikatif (Rp)"], ["Program", "Kegiatan", "Sub Kegiatan"]]
    rows = [[code if len(code) == 7 else None, code if len(code) == 12 else None, code if len(code) > 12 else None, name, place, pagu]
            for code, name, place, pagu in ITEMS[2:]]
    workbook = openpyxl.Workbook()
    for row in TITLE + header + rows:
        workbook.active.append(row)
    for merge in ("A5:C5", "D5:D6", "E5:E6", "F5:F6"):
        workbook.active.merge_cells(merge)
    workbook.active.column_dimensions["A"].hidden = True
    workbook.save(tmp_path / "kabupaten_sidoarjo_2024.xlsx")
    plan = read_plan(str(tmp_path / "kabupaten_sidoarjo_2024.xlsx"))
    assert [(item.kind, item.code_text) for item in plan.items] == EXPECTED[2:]
    assert not [w for w in plan.warnings if "another numbering" in w.message]
