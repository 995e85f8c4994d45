"""A row that repeats an earlier row of the same plan exactly (code, name, place, amount, agency) is one item typed twice
(rt35 F4): it stays listed and warned, its budget counts once in every total; rows differing in place, amount or agency
are no such repeat and both count."""

from __future__ import annotations

import json

import openpyxl

from support import make_runner
from syncheck.cli import main
from syncheck.inspection import sub_kegiatan_budget
from syncheck.messages import render, say
from syncheck.readers import read_plan

HEADER = ["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]
AGENCY = "DINAS PEKERJAAN UMUM BINA MARGA"
NAMES = {"05": "Pembangunan Jalan", "09": "Rehabilitasi Jalan"}
M = 1_000_000
ONCE = "its budget counted once"


def road_plan(government: str, digit: str, subs) -> list[list[object]]:
    """A road program, one kegiatan, and its sub kegiatan rows (number, location, budget[, agency, name])."""
    rows = [["RENCANA KERJA PEMERINTAH DAERAH"], [government.upper()], ["TAHUN 2024"], [], HEADER,
            ["1.03.10", "PROGRAM PENYELENGGARAAN JALAN", None, None, AGENCY],
            [f"1.03.10.{digit}.01", "Penyelenggaraan Jalan", None, None, AGENCY]]  # fmt: skip
    for number, place, budget, *rest in subs:
        agency, name = (rest + [AGENCY, NAMES[number]][len(rest):])[:2]
        rows.append([f"1.03.10.{digit}.01.{number}", name, place, budget, agency])
    return rows


def compare(make_workbook, tmp_path, province, cities) -> tuple[str, dict, list[tuple], list[tuple]]:
    """`syncheck compare` (English): console text, JSON, and the Summary and Overlaps sheets' rows."""
    paths = [str(make_workbook(road_plan("Provinsi Jawa Timur", "1", province), name="provinsi_jawa_timur_2024.xlsx"))]
    paths += [str(make_workbook(road_plan(government, "2", subs), name=name)) for name, government, subs in cities]
    out, js = tmp_path / "out.xlsx", tmp_path / "out.json"
    outcome = make_runner().invoke(main, ["compare", *paths, "-o", str(out), "--json", str(js), "--lang", "en"])
    assert outcome.exit_code == 0, outcome.output
    book = openpyxl.load_workbook(out)
    sheets = [list(sheet.iter_rows(values_only=True)) for sheet in (book.worksheets[0], book["Overlaps"])]
    return outcome.stdout, json.loads(js.read_text(encoding="utf-8")), *sheets


def totals(found: dict) -> dict[str, tuple[int, int, int]]:
    """Per kab/kota: (sub kegiatan, province budget, kab/kota budget) of overlap_totals."""
    return {t["right"]: (t["sub_kegiatan"], t["left_budget"], t["right_budget"]) for t in found["overlap_totals"]}


PROVINCE = [("05", "Kota Malang, Kota Batu", 500 * M)]
TWICE = [("05", "Kec. Klojen", 300 * M), ("05", "Kec.  KLOJEN", 300 * M)]


def test_a_kab_kota_row_typed_twice_counts_once_in_the_pair_and_group_totals_and_the_workbook(make_workbook, tmp_path):
    cities = [("kota_malang_2024.xlsx", "Kota Malang", TWICE), ("kota_batu_2024.xlsx", "Kota Batu", [("05", "Kec. Batu", 20 * M)])]
    _, found, summary, overlaps = compare(make_workbook, tmp_path, PROVINCE, cities)
    assert len(found["overlaps"]) == 3  # both rows stay listed
    assert totals(found)["Kota Malang"] == (1, 500 * M, 300 * M)
    assert [o["right_budget_counted"] for o in found["overlaps"] if o["right"]["file"] == "kota_malang_2024.xlsx"] == [300 * M, 0]
    assert found["group_totals"][0]["overlap"]["right_budget"] == 320 * M
    warned = [w["message"] for w in found["warnings"] if w["file"] == "kota_malang_2024.xlsx"]
    assert warned == [f"duplicate row: code 1.03.10.2.01.05 already on row 8 of sheet 'Sheet1' with the same name, place and "
                      f"amount: one item typed twice, {ONCE}"]  # fmt: skip
    assert overlaps[-1][7:10] == (500 * M, 320 * M, 820 * M)  # the Overlaps sheet's totals row
    blocks = {row[1]: row[4] for row in summary if row[0] == "Provinsi Jawa Timur" and isinstance(row[2], int)}
    assert blocks == {"Kota Malang": 300 * M, "Kota Batu": 20 * M, "the 2 kab/kota together": 320 * M}  # Summary sheet


def test_a_province_row_typed_twice_counts_once(make_workbook, tmp_path):
    province = PROVINCE + [("05", "Kota Malang, Kota Batu", 500 * M)]
    cities = [("kota_malang_2024.xlsx", "Kota Malang", [("05", "Kec. Klojen", 300 * M)])]
    console, found, _, _ = compare(make_workbook, tmp_path, province, cities)
    assert totals(found)["Kota Malang"] == (1, 500 * M, 300 * M)
    assert "Rp 500.0 million of province budget overlaps with Kota Malang (1 sub-activity)." in console
    assert sum(o["left_budget_counted_run"] for o in found["overlaps"]) == 500 * M


def test_two_rows_differing_only_in_place_both_count_beside_a_row_typed_twice(make_workbook, tmp_path):
    cities = [("kota_malang_2024.xlsx", "Kota Malang", TWICE + [("05", "Kec. Sukun", 300 * M)])]
    _, found, _, _ = compare(make_workbook, tmp_path, PROVINCE, cities)
    assert totals(found)["Kota Malang"] == (1, 500 * M, 600 * M)  # Klojen once, Sukun
    assert [w["row"] for w in found["warnings"] if w["message"].startswith("duplicate row")] == [9]


def test_rows_differing_in_amount_or_agency_both_count_and_only_a_same_agency_repeat_is_warned(make_workbook, tmp_path):
    subs = [("05", "Kec. Klojen", 300 * M), ("05", "Kec. Klojen", 200 * M), ("05", "Kec. Klojen", 300 * M, "DINAS PERHUBUNGAN"),
            ("05", "Kec. Klojen", 300 * M)]  # fmt: skip
    _, found, _, _ = compare(make_workbook, tmp_path, PROVINCE, [("kota_malang_2024.xlsx", "Kota Malang", subs)])
    assert totals(found)["Kota Malang"] == (1, 500 * M, 800 * M)  # 300 (typed twice) + 200 + 300 of the other agency
    warned = [(w["row"], w["message"].endswith(ONCE)) for w in found["warnings"] if w["message"].startswith("duplicate row")]
    assert warned == [(9, False), (11, True)]  # row 9 a plain duplicate: another amount


def test_a_row_typed_twice_is_marked_with_the_row_it_repeats_and_a_third_copy_too(make_workbook):
    subs = [("05", "Kec. Klojen", 300 * M), ("05", "Kec. Klojen", 200 * M), ("05", "Kec. Klojen", 200 * M),
            ("05", "kec. klojen", 300 * M, AGENCY, "PEMBANGUNAN JALAN")]  # fmt: skip
    plan = read_plan(str(make_workbook(road_plan("Kota Malang", "2", subs))))
    subs = [item for item in plan.items if item.code_text.count(".") == 5]
    assert [item.repeat_of.row if item.repeat_of else None for item in subs] == [None, None, 9, 8]
    assert sub_kegiatan_budget(plan) == 500 * M
    warned = [w.message for w in plan.warnings if w.ref.row == 10]
    assert warned == [say("readers.duplicate_once", code="1.03.10.2.01.05", row=9, sheet="'Sheet1'")]
    indonesian = render(say("readers.duplicate_once", code="1.03.10.2.01.05", row=9, sheet="'Sheet1'"), "id")
    assert indonesian.endswith("satu item yang tertulis dua kali, pagunya dihitung sekali")
