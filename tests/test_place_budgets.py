"""A sub kegiatan that states its amount per place (place rows under it, or one row per place under its merged name):
the reader keeps the parts, and each kab/kota's overlap counts the amount of its own places (rt28 #1)."""

from __future__ import annotations

import openpyxl
import pytest

from syncheck.models import Options
from syncheck.pipeline import compare
from syncheck.readers import read_plan
from syncheck.report import render_console, result_to_json, write_workbook

HEADER = ["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]
AGENCY = "DINAS PEKERJAAN UMUM BINA MARGA"
PROVINCE = "Provinsi Jawa Timur"
BN = 1_000_000_000
ROAD = "Pembangunan Jalan"
#: the province's road sub kegiatan: its row, then a row per place (place alone in the location column)
PLACE_ROWS = [["1.03.10.1.01.05", ROAD, None, 3 * BN, AGENCY], [None, None, "Kota Malang", 1 * BN, None], [None, None, "Kota Batu", 2 * BN, None]]
#: the same written as one row per place under the sub kegiatan's merged code, name and agency cells (rows 8 and 9)
MERGED_ROWS = [["1.03.10.1.01.05", ROAD, "Kota Malang", 1 * BN, AGENCY], [None, None, "Kota Batu", 2 * BN, None]]
MERGES = ("A8:A9", "B8:B9", "E8:E9")


def plan_rows(government: str, digit: str, subs: list[list[object]], total: int) -> list[list[object]]:
    """A road plan: title, header, program and kegiatan rows (each holding ``total``), then the sub kegiatan rows."""
    kegiatan = "Penyelenggaraan Jalan Provinsi" if digit == "1" else "Penyelenggaraan Jalan Kabupaten/Kota"
    return [["RENCANA KERJA PEMERINTAH DAERAH"], [government.upper()], ["TAHUN 2024"], [], HEADER,
            ["1.03.10", "PROGRAM PENYELENGGARAAN JALAN", None, total, AGENCY], [f"1.03.10.{digit}.01", kegiatan, None, total, AGENCY],
            *subs]  # fmt: skip


def city(place: str, amount: int = 100_000_000) -> list[list[object]]:
    """A kab/kota's road sub kegiatan row at one place."""
    return [["1.03.10.2.01.05", ROAD, place, amount, AGENCY]]


def the_sub(make_workbook, subs, merges=()):
    """The one sub kegiatan a province plan of ``subs`` reads as."""
    plan = read_plan(str(make_workbook(plan_rows(PROVINCE, "1", subs, 3 * BN), name="provinsi_jawa_timur_2024.xlsx", merges=merges)))
    (found,) = [item for item in plan.items if item.kind.value == "sub_kegiatan"]
    return found


# --- reading --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("subs, merges", [(PLACE_ROWS, ()), (MERGED_ROWS, MERGES)], ids=["place rows", "merged name"])
def test_a_sub_kegiatan_stating_its_amount_per_place_keeps_the_parts_and_its_whole_amount(make_workbook, subs, merges):
    item = the_sub(make_workbook, subs, merges)
    assert (item.location, item.budget) == ("Kota Malang; Kota Batu", 3 * BN)
    assert item.place_budgets == (("Kota Malang", 1 * BN), ("Kota Batu", 2 * BN))


def test_place_rows_under_a_row_without_an_amount_give_both_the_amount_and_its_parts(make_workbook):
    item = the_sub(make_workbook, [PLACE_ROWS[0][:3] + [None, AGENCY], *PLACE_ROWS[1:]])
    assert (item.budget, item.place_budgets) == (3 * BN, (("Kota Malang", 1 * BN), ("Kota Batu", 2 * BN)))


@pytest.mark.parametrize("subs, merges", [
    ([PLACE_ROWS[0], PLACE_ROWS[1], [None, None, "Kota Batu", None, None]], ()),  # a place without its amount
    ([PLACE_ROWS[0], PLACE_ROWS[1], [None, None, "Kota Batu", 1 * BN, None]], ()),  # parts that do not add up to the whole
    ([PLACE_ROWS[0][:2] + ["Kec. Klojen"] + PLACE_ROWS[0][3:], *PLACE_ROWS[1:]], ()),  # the row names a place of its own
    ([MERGED_ROWS[0][:3] + [3 * BN, AGENCY], [None, None, "Kota Batu", 3 * BN, None]], MERGES),  # first row holds the total
    ([["1.03.10.1.01.05", ROAD, "Kota Malang, Kota Batu", 3 * BN, AGENCY]], ()),  # one row naming both
], ids=["amount missing", "not adding up", "own place", "total on first row", "one row"])  # fmt: skip
def test_an_item_giving_no_full_split_by_place_keeps_no_parts(make_workbook, subs, merges):
    assert the_sub(make_workbook, subs, merges).place_budgets == ()


# --- the overlap of each pair ---------------------------------------------------------------------------------


def run(make_workbook, subs, merges=(), malang=city("Kec. Klojen"), batu=city("Kec. Bumiaji")):
    """compare() of the province plan and Kota Malang's and Kota Batu's."""
    paths = [str(make_workbook(plan_rows(PROVINCE, "1", subs, 3 * BN), name="provinsi_jawa_timur_2024.xlsx", merges=merges)),
             str(make_workbook(plan_rows("Kota Malang", "2", malang, 10**8), name="kota_malang_2024.xlsx")),
             str(make_workbook(plan_rows("Kota Batu", "2", batu, 10**8), name="kota_batu_2024.xlsx"))]  # fmt: skip
    return compare(paths, Options(workers=1))


def money_lines(result, lang: str) -> list[str]:
    """The console's sentences about the overlap's money."""
    return [line for line in render_console(result, lang).splitlines() if line.startswith("Rp") or "kab/kota" in line and "Rp" in line]


@pytest.mark.parametrize("subs, merges", [(PLACE_ROWS, ()), (MERGED_ROWS, MERGES)], ids=["place rows", "merged name"])
def test_each_kab_kota_overlaps_with_the_amount_the_province_states_for_it(make_workbook, tmp_path, subs, merges):
    result = run(make_workbook, subs, merges)
    totals = {total["right"]: total for total in result_to_json(result)["overlap_totals"]}
    assert [(right, totals[right]["left_budget"], totals[right]["shared_budget"]) for right in ("Kota Malang", "Kota Batu")] == [
        ("Kota Malang", 1 * BN, 0), ("Kota Batu", 2 * BN, 0)]  # fmt: skip
    assert money_lines(result, "en") == ["Rp 1.0 billion of province budget overlaps with Kota Malang (1 sub-activity).",
                                         "Rp 2.0 billion of province budget overlaps with Kota Batu (1 sub-activity).",
                                         "Rp 3.0 billion of province budget overlaps with the 2 kab/kota together (1 sub-activity)."]  # fmt: skip
    assert money_lines(result, "id") == ["Rp 1,0 miliar anggaran provinsi tumpang tindih dengan Kota Malang (1 sub kegiatan).",
                                         "Rp 2,0 miliar anggaran provinsi tumpang tindih dengan Kota Batu (1 sub kegiatan).",
                                         "Rp 3,0 miliar anggaran provinsi tumpang tindih dengan gabungan 2 kabupaten/kota (1 sub kegiatan)."]  # fmt: skip
    assert sorted((o["location"], o["left_budget"], o["shared_by"], o["left_budget_by_place"]) for o in result_to_json(result)["overlaps"]) == [
        ("Kota Batu", 2 * BN, 1, True), ("Kota Malang", 1 * BN, 1, True)]  # fmt: skip
    path = tmp_path / "out.xlsx"
    write_workbook(result, str(path), "en")
    rows = list(openpyxl.load_workbook(path)["Overlaps"].iter_rows(values_only=True))
    assert sorted((row[3], row[6], row[7], row[13]) for row in rows[1:-1]) == [("Kota Batu", "Kota Batu", 2 * BN, 1), ("Kota Malang", "Kota Malang", 1 * BN, 1)]
    assert rows[-1][7] == 3 * BN  # the totals row: each pair's part once, the whole row in all
    assert sum(row[16] for row in rows[1:-1]) == 3 * BN  # 'counted once in all': each pair's part is its own
    (group,) = result_to_json(result)["group_totals"]
    assert (group["overlap"]["left_budget"], group["overlap"]["shared_budget"]) == (3 * BN, 0)


def test_a_row_giving_no_split_still_counts_whole_in_each_kab_kota_and_is_marked_shared(make_workbook):
    result = run(make_workbook, [["1.03.10.1.01.05", ROAD, "Kota Malang, Kota Batu", 3 * BN, AGENCY]])
    assert [(total["left_budget"], total["shared_budget"]) for total in result_to_json(result)["overlap_totals"]] == [(3 * BN, 3 * BN)] * 2
    assert [overlap["left_budget_by_place"] for overlap in result_to_json(result)["overlaps"]] == [False, False]


def test_a_kab_kota_row_stating_a_part_for_a_place_in_another_kab_kota_counts_only_its_own(make_workbook):
    merged = [["1.03.10.2.01.05", ROAD, "Kec. Klojen", 10**8, AGENCY], [None, None, "Kota Batu", 3 * 10**8, None]]
    paths = [str(make_workbook(plan_rows(PROVINCE, "1", [["1.03.10.1.01.05", ROAD, "Kota Malang", BN, AGENCY]], BN), name="provinsi_jawa_timur_2024.xlsx")),
             str(make_workbook(plan_rows("Kota Malang", "2", merged, 4 * 10**8), name="kota_malang_2024.xlsx", merges=MERGES))]  # fmt: skip
    result = compare(paths, Options(workers=1))
    assert [o.right.budget for o in result.overlaps] == [4 * 10**8]
    (total,) = result_to_json(result)["overlap_totals"]
    assert (total["left_budget"], total["right_budget"]) == (BN, 10**8)
