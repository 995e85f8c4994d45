"""Rows hidden in Excel that repeat a visible item row: old drafts, skipped with a reason so their budget is not counted."""

from __future__ import annotations

import openpyxl

from syncheck.inspection import render_inspection
from syncheck.messages import render
from syncheck.models import Kind, Options, SkipReason
from syncheck.pipeline import compare
from syncheck.readers import read_plan
from syncheck.report import result_to_json

M = 1_000_000
HEAD = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]
PROGRAM = "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT"
KEGIATAN = "Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi"
DATA, SYSTEM = "Pengelolaan Data dan Informasi Kesehatan", "Pengelolaan Sistem Informasi Kesehatan"


def _plan_rows(level: str, place: str, amount: int) -> list[list[object]]:
    """Program, kegiatan and two sub kegiatan at ``place`` (level digit 1 for the province, 2 for a kab/kota)."""
    keg = f"1.02.02.{level}.03"
    return [
        ["1.02.02", PROGRAM, None, 2 * amount, "DINAS KESEHATAN"],
        [keg, KEGIATAN, None, 2 * amount, "DINAS KESEHATAN"],
        [f"{keg}.0001", DATA, place, amount, "DINAS KESEHATAN"],
        [f"{keg}.0002", SYSTEM, place, amount, "DINAS KESEHATAN"],
    ]


def _save(path, title: str, rows: list[list[object]], hidden: dict[int, list[object]] = {}) -> str:
    """A one-sheet plan; ``hidden``: rows inserted hidden after the body row of that index (0-based)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "RKPD"
    sheet.append([title])
    sheet.append([])
    sheet.append(HEAD)
    for index, row in enumerate(rows):
        sheet.append(row)
        if index in hidden:
            sheet.append(hidden[index])
            sheet.row_dimensions[sheet.max_row].hidden = True
    workbook.save(path)
    return str(path)


def _province(tmp_path, hidden: dict[int, list[object]]) -> str:
    """The province's plan in Kota Metro, with hidden rows."""
    rows = _plan_rows("1", "Kota Metro", 500 * M)
    return _save(tmp_path / "provinsi_lampung_2026.xlsx", "RKPD PROVINSI LAMPUNG TAHUN 2026", rows, hidden)


def test_a_hidden_old_draft_of_a_row_is_skipped_and_its_budget_not_in_the_overlap(tmp_path):
    draft = ["1.02.02.1.03.0001", DATA, "Se-Provinsi Lampung", 750 * M, "DINAS KESEHATAN"]
    province = _province(tmp_path, {2: draft})
    kota = _save(tmp_path / "kota_metro_2026.xlsx", "RKPD KOTA METRO TAHUN 2026", _plan_rows("2", "Kec. Metro Pusat", 300 * M))
    plan = read_plan(province)
    assert [item.ref.row for item in plan.items if item.kind is Kind.SUB_KEGIATAN] == [6, 8]
    assert [(row.ref.row, row.reason) for row in plan.skipped if row.reason is SkipReason.HIDDEN_DUPLICATE] == [(7, SkipReason.HIDDEN_DUPLICATE)]
    assert plan.rows_read == 8  # every row accounted for: 4 items + title, blank, header and the draft skipped
    (note,) = [w for w in plan.warnings if "hidden in Excel" in w.message]
    assert (note.ref.row, note.message) == (7, "1 row(s) hidden in Excel repeat a visible item row of the sheet (rows 7; the first "
                                            "repeats row 6): read as old drafts and skipped, so their amounts are not counted; unhide them to check")  # fmt: skip
    assert render(note.message, "id").startswith("1 baris yang disembunyikan di Excel mengulang baris item yang tampak di lembar ini (baris 7;")
    assert not [w for w in plan.warnings if "duplicate row" in w.message]
    assert "4 items + 4 skipped (blank 1, header 1, hidden_duplicate 1, title 1)" in render_inspection([plan])
    found = result_to_json(compare([province, kota], Options(workers=1)))
    assert sorted((o["left"]["row"], o["left_budget"]) for o in found["overlaps"]) == [(6, 500 * M), (8, 500 * M)]
    assert found["overlap_totals"][0]["left_budget"] == 1000 * M


def test_a_hidden_draft_of_a_kegiatan_leaves_its_sub_kegiatan_under_the_visible_kegiatan(tmp_path):
    draft = ["1.02.02.1.03", "Penyelenggaraan Sistem Informasi Kesehatan (draft)", None, 900 * M, "DINAS KESEHATAN"]
    plan = read_plan(_province(tmp_path, {1: draft}))
    kegiatan = [item for item in plan.items if item.kind is Kind.KEGIATAN]
    assert [item.ref.row for item in kegiatan] == [5]
    subs = [item for item in plan.items if item.kind is Kind.SUB_KEGIATAN]
    assert {(item.parent, item.kegiatan_name) for item in subs} == {(kegiatan[0].ref, KEGIATAN)}


def test_a_hidden_row_of_another_code_is_still_read_counted_and_warned(tmp_path):
    other = ["1.02.02.1.03.0003", "Pengadaan Alat/Perangkat Sistem Informasi Kesehatan dan Jaringan Internet", "Kota Metro", 750 * M, "DINAS KESEHATAN"]
    plan = read_plan(_province(tmp_path, {3: other}))
    assert [item.ref.row for item in plan.items if item.kind is Kind.SUB_KEGIATAN] == [6, 7, 8]
    assert not [row for row in plan.skipped if row.reason is SkipReason.HIDDEN_DUPLICATE]
    assert [w.message[:60] for w in plan.warnings] == ["1 item row(s) are hidden in Excel (rows 8): they are read an"]


def test_rows_a_filter_hides_are_warned_about_as_filtered(tmp_path):
    other = ["1.02.02.1.03.0003", "Pengadaan Alat/Perangkat Sistem Informasi Kesehatan dan Jaringan Internet", "Kota Metro", 750 * M, "DINAS KESEHATAN"]
    path = _province(tmp_path, {3: other})
    workbook = openpyxl.load_workbook(path)
    workbook.active.auto_filter.ref = "A3:E9"
    workbook.save(path)
    plan = read_plan(path)
    assert [item.ref.row for item in plan.items if item.kind is Kind.SUB_KEGIATAN] == [6, 7, 8]
    (note,) = plan.warnings
    assert note.message == ("1 item row(s) are hidden by the sheet's AutoFilter in Excel (rows 8): they are read and counted like the others; "
                            "clear the filter (Data > Filter) to check that they belong in the plan")  # fmt: skip
    assert render(note.message, "id").startswith("1 baris item tersembunyi oleh AutoFilter sheet di Excel (baris 8)")


def test_a_hidden_codeless_row_repeating_a_visible_name_is_a_draft(tmp_path):
    draft = [None, "Pengelolaan  DATA dan Informasi Kesehatan", "Kota Metro", 750 * M, "DINAS KESEHATAN"]
    plan = read_plan(_province(tmp_path, {3: draft}))
    assert [row.ref.row for row in plan.skipped if row.reason is SkipReason.HIDDEN_DUPLICATE] == [8]
    assert sum(item.budget for item in plan.items if item.kind is Kind.SUB_KEGIATAN) == 1000 * M


def test_a_visible_duplicate_row_is_read_and_warned_as_before(tmp_path):
    rows = _plan_rows("1", "Kota Metro", 500 * M)
    rows.insert(3, ["1.02.02.1.03.0001", DATA, "Kota Metro", 750 * M, "DINAS KESEHATAN"])
    plan = read_plan(_save(tmp_path / "provinsi_lampung_2026.xlsx", "RKPD PROVINSI LAMPUNG TAHUN 2026", rows))
    assert [item.ref.row for item in plan.items if item.kind is Kind.SUB_KEGIATAN] == [6, 7, 8]
    assert not [row for row in plan.skipped if row.reason is SkipReason.HIDDEN_DUPLICATE]
    assert [w.message[:60] for w in plan.warnings] == ["duplicate row: code 1.02.02.1.03.0001 already on row 6 of sh"]
