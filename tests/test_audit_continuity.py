"""Year-to-year continuity of one government: continued, renamed, new, dropped, with budgets."""

from __future__ import annotations

import pytest

from audit_support import KAB_2023, KAB_2024, write_plan
from syncheck.audit_models import AuditOptions, Status, YearPlan
from syncheck.continuity import link_years
from syncheck.models import Kind
from syncheck.readers import read_plan


def _year(path: str, year: int) -> YearPlan:
    plan = read_plan(path)
    return YearPlan(year, plan.label, plan.level, plan)


def _link(make_workbook, old_rows, new_rows, options=AuditOptions()):
    old = _year(write_plan(make_workbook, "Kabupaten Contoh", 2023, old_rows), 2023)
    new = _year(write_plan(make_workbook, "Kabupaten Contoh", 2024, new_rows), 2024)
    return link_years(old, new, options)


def _by_codes(changes, kind: Kind) -> dict[tuple[str | None, str | None], object]:
    return {
        (c.old.item.code_text if c.old else None, c.new.item.code_text if c.new else None): c
        for c in changes if c.kind is kind
    }


@pytest.fixture
def linked(make_workbook):
    return _link(make_workbook, KAB_2023, KAB_2024)


def test_every_distinct_item_of_both_years_is_in_exactly_one_entry(linked):
    changes, _ = linked
    subs = [c for c in changes if c.kind is Kind.SUB_KEGIATAN]
    old_rows = [ref for c in subs if c.old for ref in c.old.rows]
    new_rows = [ref for c in subs if c.new for ref in c.new.rows]
    assert len(old_rows) == len(set(old_rows)) == 7
    assert len(new_rows) == len(set(new_rows)) == 5


def test_statuses_of_the_sub_kegiatan(linked):
    changes, _ = linked
    statuses = {codes: change.status for codes, change in _by_codes(changes, Kind.SUB_KEGIATAN).items()}
    assert statuses == {
        ("1.02.02.2.01.01", ""): Status.CONTINUED,  # typed without code, abbreviated, '(Lanjutan)'
        ("1.02.02.2.01.02", None): Status.DROPPED,
        (None, "1.02.02.2.01.03"): Status.NEW,
        ("1.02.02.2.02.01", "1.02.02.2.02.01"): Status.RENAMED,  # same code, a word added
        ("1.02.02.2.02.03", "1.02.02.2.02.05"): Status.RENAMED,  # new code, same parent, a word added
        ("2.15.02.2.03.01", None): Status.DROPPED,  # 'Tipe B' is not 'Tipe C'
        (None, "2.15.02.2.03.02"): Status.NEW,
        ("4.01.02.2.03.01", None): Status.DROPPED,
    }


def test_rename_carries_score_reason_and_budget_change(linked):
    changes, _ = linked
    subs = _by_codes(changes, Kind.SUB_KEGIATAN)
    same_code = subs[("1.02.02.2.02.01", "1.02.02.2.02.01")]
    assert same_code.score == 90.1
    assert same_code.reason == "same code 1.02.02.2.02.01; name changed (score 90)"
    assert (same_code.old.budget, same_code.new.budget, same_code.budget_change) == (50, 60, 10)
    recoded = subs[("1.02.02.2.02.03", "1.02.02.2.02.05")]
    assert recoded.reason == "name changed (score 85) under the same parent; code 1.02.02.2.02.03 -> 1.02.02.2.02.05"
    assert recoded.budget_change == -10


def test_an_item_on_two_rows_counts_once_with_both_budgets(linked):
    changes, _ = linked
    hospital = _by_codes(changes, Kind.SUB_KEGIATAN)[("1.02.02.2.01.01", "")]
    assert len(hospital.old.rows) == 2
    assert (hospital.old.budget, hospital.new.budget, hospital.budget_change) == (230, 250, 20)
    assert hospital.reason == "same name; no code in 2024"


def test_programs_and_kegiatan(linked):
    changes, _ = linked
    programs = {codes: c.status for codes, c in _by_codes(changes, Kind.PROGRAM).items()}
    assert programs == {("1.02.02", "1.02.02"): Status.CONTINUED, ("2.15.02", "2.15.02"): Status.CONTINUED,
                        ("4.01.02", None): Status.DROPPED}
    health = _by_codes(changes, Kind.PROGRAM)[("1.02.02", "1.02.02")]
    assert (health.score, health.budget_change) == (100.0, 25)


def test_near_pair_that_is_not_a_rename_is_left_for_review(linked):
    _, candidates = linked
    assert [(c.old.item.code_text, c.new.item.code_text) for c in candidates] == [("2.15.02.2.03.01", "2.15.02.2.03.02")]
    assert candidates[0].reason == "names alike (score 97) under the same parent; b, c differ"


def test_same_code_with_an_unrelated_name_is_not_a_rename(make_workbook):
    old = [["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", None, 10, "DINKES"],
           ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", None, 10, "DINKES"],
           ["1.02.02.2.01.04", "Pengadaan Alat Kesehatan", "Kec. Satu", 10, "DINKES"]]
    new = old[:2] + [["1.02.02.2.01.04", "Distribusi Obat dan Vaksin ke Puskesmas", "Kec. Satu", 10, "DINKES"]]
    changes, candidates = _link(make_workbook, old, new)
    subs = [c.status for c in changes if c.kind is Kind.SUB_KEGIATAN]
    assert subs == [Status.DROPPED, Status.NEW]
    assert candidates[0].reason.startswith("same code 1.02.02.2.01.04, but the names differ")


def test_dropping_a_repeated_word_is_a_rename_not_the_same_name(make_workbook):
    old = [["5.01.02", "PROGRAM PERENCANAAN", None, 10, "BAPPEDA"],
           ["5.01.02.2.01", "Penyusunan Perencanaan dan Pendanaan", None, 10, "BAPPEDA"],
           ["5.01.02.2.01.01", "Koordinasi dan Sinkronisasi Program dan Kegiatan", "Kab", 10, "BAPPEDA"]]
    new = old[:2] + [["5.01.02.2.01.01", "Koordinasi dan Sinkronisasi Program Kegiatan", "Kab", 10, "BAPPEDA"]]
    changes, _ = _link(make_workbook, old, new)
    assert [c.status for c in changes if c.kind is Kind.SUB_KEGIATAN] == [Status.RENAMED]


def test_rename_threshold_is_a_knob(make_workbook):
    old = [["1.02.02", "PROGRAM KESEHATAN", None, 10, "DINKES"],
           ["1.02.02.2.01", "Penyediaan Fasilitas", None, 10, "DINKES"],
           ["1.02.02.2.01.04", "Pengadaan Alat Kesehatan Rumah Sakit", "Kec. Satu", 10, "DINKES"]]
    new = old[:2] + [["1.02.02.2.01.04", "Pengadaan Obat Puskesmas Keliling", "Kec. Satu", 10, "DINKES"]]
    strict, _ = _link(make_workbook, old, new)
    lenient, _ = _link(make_workbook, old, new, AuditOptions(rename_threshold=20))
    assert [c.status for c in strict if c.kind is Kind.SUB_KEGIATAN] == [Status.DROPPED, Status.NEW]
    assert [c.status for c in lenient if c.kind is Kind.SUB_KEGIATAN] == [Status.RENAMED]


def test_two_codes_under_one_name_stay_two_items(make_workbook):
    program = [["1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN", None, 30, "DISDIK"]]
    sd = [["1.01.02.2.01", "Pengelolaan Pendidikan Sekolah Dasar", None, 10, "DISDIK"],
          ["1.01.02.2.01.02", "Penambahan Ruang Kelas Baru", "Kab", 10, "DISDIK"]]
    smp = [["1.01.02.2.02", "Pengelolaan Pendidikan Sekolah Menengah Pertama", None, 20, "DISDIK"],
           ["1.01.02.2.02.02", "Penambahan Ruang Kelas Baru", "Kab", 20, "DISDIK"]]
    changes, _ = _link(make_workbook, program + sd + smp, program + smp)
    subs = {codes: c.status for codes, c in _by_codes(changes, Kind.SUB_KEGIATAN).items()}
    assert subs == {("1.01.02.2.01.02", None): Status.DROPPED, ("1.01.02.2.02.02", "1.01.02.2.02.02"): Status.CONTINUED}


def test_the_one_item_of_a_name_moved_to_another_kegiatan_of_its_program_is_renamed(make_workbook):
    # 'Pengelolaan Sistem Informasi Kesehatan' numbered under the other kegiatan of the same program the next year
    moved = [row if row[0] != "1.02.02.2.02.03" else ["1.02.02.2.01.04", *row[1:]] for row in KAB_2023]
    moved = [row for row in moved if row[0] != "1.02.02.2.01.04"]
    moved.insert(4, ["1.02.02.2.01.04", "Pengelolaan Sistem Informasi Kesehatan", "Kec. Satu", 80, "DINAS KESEHATAN"])
    changes, _ = _link(make_workbook, KAB_2023, moved)
    change = _by_codes(changes, Kind.SUB_KEGIATAN)[("1.02.02.2.02.03", "1.02.02.2.01.04")]
    assert change.status is Status.RENAMED
    assert change.reason == "same name, the only one in both plans; code 1.02.02.2.02.03 -> 1.02.02.2.01.04 (moved within its program)"
