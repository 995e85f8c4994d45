"""Sums a reviewer takes over the overlap rows (rt28 #3): a province row paired with three kab/kota rows is on three
lines; 'Left budget' repeats, the 'counted' columns and JSON keys hold each row's budget once, so they sum right."""

from __future__ import annotations

import json

import openpyxl

from support import make_runner
from syncheck.cli import main

HEADER = ["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]
AGENCY = "DINAS PEKERJAAN UMUM BINA MARGA"
BN = 10**9


def road_plan(government: str, digit: str, subs) -> list[list[object]]:
    """A road program, one kegiatan, and its sub kegiatan rows (number, location, budget)."""
    rows = [["RENCANA KERJA PEMERINTAH DAERAH"], [government.upper()], ["TAHUN 2024"], [], HEADER,
            ["1.03.10", "PROGRAM PENYELENGGARAAN JALAN", None, None, AGENCY],
            [f"1.03.10.{digit}.01", "Penyelenggaraan Jalan", None, None, AGENCY]]  # fmt: skip
    names = {"05": "Pembangunan Jalan", "09": "Rehabilitasi Jalan"}
    rows.extend([f"1.03.10.{digit}.01.{number}", names[number], place, budget, AGENCY] for number, place, budget in subs)
    return rows


def compare(make_workbook, tmp_path, lang: str, cities) -> tuple[dict, list[tuple]]:
    """Run `syncheck compare` on a province plan and the given kab/kota plans; the JSON and the Overlaps sheet's rows."""
    province = road_plan("Provinsi Jawa Timur", "1", [("05", "Kota Malang", 1 * BN), ("05", "Kec. Klojen", 4 * BN), ("09", "Kota Malang, Kota Batu", 2 * BN)])
    paths = [str(make_workbook(province, name="provinsi_jawa_timur_2024.xlsx"))]
    for name, government, subs in cities:
        paths.append(str(make_workbook(road_plan(government, "2", subs), name=name)))
    out, js = tmp_path / f"out_{lang}.xlsx", tmp_path / f"out_{lang}.json"
    outcome = make_runner().invoke(main, ["compare", *paths, "-o", str(out), "--json", str(js), "--lang", lang])
    assert outcome.exit_code == 0, outcome.output
    book = openpyxl.load_workbook(out)
    sheet = book["Overlaps" if lang == "en" else "Tumpang Tindih"]
    return json.loads(js.read_text(encoding="utf-8")), list(sheet.iter_rows(values_only=True))


MALANG = ("kota_malang_2024.xlsx", "Kota Malang", [("05", "Kec. Klojen", 100_000_000), ("05", "Kec. Blimbing", 200_000_000),
                                                    ("05", "Kec. Lowokwaru", 400_000_000), ("09", "Kec. Sukun", 800_000_000)])  # fmt: skip
BATU = ("kota_batu_2024.xlsx", "Kota Batu", [("09", "Kec. Bumiaji", 50_000_000)])


def test_the_json_counted_keys_sum_to_each_pairs_totals_and_the_run_key_counts_a_shared_row_once(make_workbook, tmp_path):
    found, _ = compare(make_workbook, tmp_path, "en", [MALANG, BATU])
    overlaps, totals = found["overlaps"], {t["right"]: t for t in found["overlap_totals"]}
    assert sum(o["left_budget"] for o in overlaps) == 3 * 1 * BN + 3 * 4 * BN + 2 * BN + 2 * BN  # the repeats the keys undo
    for right in ("Kota Malang", "Kota Batu"):
        mine = [o for o in overlaps if o["right"]["file"] == ("kota_malang_2024.xlsx" if right == "Kota Malang" else "kota_batu_2024.xlsx")]
        got = (sum(o["left_budget_counted"] for o in mine), sum(o["right_budget_counted"] for o in mine))
        assert got == (totals[right]["left_budget"], totals[right]["right_budget"])
    assert (totals["Kota Malang"]["left_budget"], totals["Kota Batu"]["left_budget"]) == (7 * BN, 2 * BN)
    # over the whole list the shared row (2 bn, naming both cities) once: 1 + 4 + 2 bn
    assert sum(o["left_budget_counted_run"] for o in overlaps) == 7 * BN
    assert all(type(o[key]) is int for o in overlaps for key in ("left_budget_counted", "right_budget_counted", "left_budget_counted_run"))


def test_the_overlaps_sheet_has_counted_columns_whose_sums_are_its_total_row(make_workbook, tmp_path):
    for lang, names in (
        ("en", ("Left budget, counted in pair", "Right budget, counted in pair", "Left budget, counted once in all")),
        ("id", ("Pagu kiri, dihitung per pasangan", "Pagu kanan, dihitung per pasangan", "Pagu kiri, dihitung sekali untuk semua")),
    ):
        _, rows = compare(make_workbook, tmp_path, lang, [MALANG])
        header, body, total = rows[0], rows[1:-1], rows[-1]
        assert header[14:17] == names
        # 2 province rows of 05 x 3 city rows, and 09: Kota Malang, Kota Batu x Kec. Sukun
        assert len(body) == 7 and sum(row[7] for row in body) == 3 * 1 * BN + 3 * 4 * BN + 2 * BN
        sums = [sum(row[col] for row in body) for col in (14, 15, 16)]
        assert sums == [7 * BN, 1_500_000_000, 7 * BN] == list(total[14:17])
        assert total[7:10] == (7 * BN, 1_500_000_000, 8_500_000_000)  # the distinct rows, as before
        assert ("do not sum them" if lang == "en" else "jangan dijumlahkan") in total[18]  # the note beside the totals


def test_a_row_shared_by_two_pairs_is_counted_in_each_pair_and_once_in_all(make_workbook, tmp_path):
    _, rows = compare(make_workbook, tmp_path, "en", [MALANG, BATU])
    body, total = rows[1:-1], rows[-1]
    shared = [row for row in body if row[13] == 2]  # the 09 row naming both cities
    assert [(row[3], row[14], row[16]) for row in shared] == [("Kota Malang", 2 * BN, 2 * BN), ("Kota Batu", 2 * BN, 0)]
    assert total[14:17] == (9 * BN, 1_550_000_000, 7 * BN) and total[7] == 7 * BN


def test_a_shared_row_counts_once_in_all_on_the_kab_kota_its_location_names_first_whatever_the_order_of_the_files(make_workbook, tmp_path):
    province = road_plan("Provinsi Jawa Timur", "1", [("05", "Kota Batu, Kota Malang", 3 * BN), ("09", "Kota Malang, Kota Batu", 2 * BN)])
    paths = {"provinsi_jawa_timur_2024.xlsx": str(make_workbook(province, name="provinsi_jawa_timur_2024.xlsx"))}
    for name, government, place in (("kota_malang_2024.xlsx", "Kota Malang", "Kec. Klojen"), ("kota_batu_2024.xlsx", "Kota Batu", "Kec. Bumiaji")):
        paths[name] = str(make_workbook(road_plan(government, "2", [("05", place, 1 * BN), ("09", place, 1 * BN)]), name=name))
    counted = []
    for order in (["kota_malang_2024.xlsx", "kota_batu_2024.xlsx"], ["kota_batu_2024.xlsx", "kota_malang_2024.xlsx"]):
        js = tmp_path / "out.json"
        outcome = make_runner().invoke(main, ["compare", paths["provinsi_jawa_timur_2024.xlsx"], *(paths[name] for name in order), "--json", str(js)])
        assert outcome.exit_code == 0, outcome.output
        overlaps = json.loads(js.read_text(encoding="utf-8"))["overlaps"]
        counted.append({(o["left"]["row"], o["right"]["file"]): o["left_budget_counted_run"] for o in overlaps})
    assert counted[0] == counted[1] == {  # before, both rows on the pair of the file given first
        (8, "kota_batu_2024.xlsx"): 3 * BN, (8, "kota_malang_2024.xlsx"): 0,
        (9, "kota_malang_2024.xlsx"): 2 * BN, (9, "kota_batu_2024.xlsx"): 0,
    }
