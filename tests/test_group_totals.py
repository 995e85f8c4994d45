"""A province against several kab/kota gets province-wide figures (rt28 #6): per kind, its items the same as an item of
at least one kab/kota, and the overlap with all of them, every row counted once; console, workbook and JSON, both languages."""

from __future__ import annotations

import json

import openpyxl

from support import make_runner
from syncheck.cli import main

HEADER = ["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]
AGENCY = "DINAS PEKERJAAN UMUM BINA MARGA"
NAMES = {"05": "Pembangunan Jalan", "09": "Rehabilitasi Jalan", "11": "Pemeliharaan Rutin Jalan", "10": "Pemeliharaan Berkala Jalan"}
BN = 10**9
#: 4 province sub kegiatan: 05 and 09 the same as Kota Malang's, 09 and 11 as Kota Batu's, 10 as none (3 of 4 in all);
#: the 09 row (2 bn) names both cities: 3 bn overlaps with Kota Malang, 6 bn with Kota Batu, 7 bn with the two together
PROVINCE = [("05", "Kota Malang", 1 * BN), ("09", "Kota Malang, Kota Batu", 2 * BN), ("11", "Kota Batu", 4 * BN), ("10", "Kota Malang", 8 * BN)]
MALANG = ("kota_malang_2024.xlsx", "Kota Malang", [("05", "Kec. Klojen", 100_000_000), ("09", "Kec. Sukun", 200_000_000)])
BATU = ("kota_batu_2024.xlsx", "Kota Batu", [("09", "Kec. Bumiaji", 10_000_000), ("11", "Kec. Batu", 20_000_000)])

GROUP_LINES = {
    "en": [
        "Of the province's 1 program, 1 (100.0%) is the same as a program of at least one of the 2 kab/kota.",
        "Of the province's 1 activity, 1 (100.0%) is the same as an activity of at least one of the 2 kab/kota.",
        "Of the province's 4 sub-activities, 3 (75.0%) are the same as a sub-activity of at least one of the 2 kab/kota.",
        "Rp 7.0 billion of province budget overlaps with the 2 kab/kota together (3 sub-activities).",
        "Here every row is counted once, including a province row that names several of the 2 kab/kota "
        "(the sentence of each pair counts such a row in that pair).",
    ],
    "id": [
        "Dari 1 program provinsi, 1 (100,0%) sama dengan program pada sedikitnya satu dari 2 kabupaten/kota.",
        "Dari 1 kegiatan provinsi, 1 (100,0%) sama dengan kegiatan pada sedikitnya satu dari 2 kabupaten/kota.",
        "Dari 4 sub kegiatan provinsi, 3 (75,0%) sama dengan sub kegiatan pada sedikitnya satu dari 2 kabupaten/kota.",
        "Rp 7,0 miliar anggaran provinsi tumpang tindih dengan gabungan 2 kabupaten/kota (3 sub kegiatan).",
        "Di sini setiap baris dihitung satu kali, termasuk baris provinsi yang menyebut lebih dari satu dari 2 kabupaten/kota "
        "(kalimat per pasangan menghitung baris itu pada setiap pasangannya).",
    ],
}


def road_plan(government: str, digit: str, subs) -> list[list[object]]:
    """A road program, one kegiatan, and its sub kegiatan rows (number, location, budget)."""
    rows = [["RENCANA KERJA PEMERINTAH DAERAH"], [government.upper()], ["TAHUN 2024"], [], HEADER,
            ["1.03.10", "PROGRAM PENYELENGGARAAN JALAN", None, None, AGENCY],
            [f"1.03.10.{digit}.01", "Penyelenggaraan Jalan", None, None, AGENCY]]  # fmt: skip
    rows.extend([f"1.03.10.{digit}.01.{number}", NAMES[number], place, budget, AGENCY] for number, place, budget in subs)
    return rows


def compare(make_workbook, tmp_path, lang: str, cities) -> tuple[str, dict, list[tuple]]:
    """`syncheck compare` of the province and the cities: its console text, JSON, and the Summary sheet's rows."""
    paths = [str(make_workbook(road_plan("Provinsi Jawa Timur", "1", PROVINCE), name="provinsi_jawa_timur_2024.xlsx"))]
    paths += [str(make_workbook(road_plan(government, "2", subs), name=name)) for name, government, subs in cities]
    out, js = tmp_path / f"out_{lang}.xlsx", tmp_path / f"out_{lang}.json"
    outcome = make_runner().invoke(main, ["compare", *paths, "-o", str(out), "--json", str(js), "--lang", lang])
    assert outcome.exit_code == 0, outcome.output
    summary = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    return outcome.stdout, json.loads(js.read_text(encoding="utf-8")), summary


def test_the_console_gives_the_province_wide_lines_after_the_pair_headlines(make_workbook, tmp_path):
    for lang, lines in GROUP_LINES.items():
        text, _, _ = compare(make_workbook, tmp_path, lang, [MALANG, BATU])
        blocks = text.split("\n\n")
        assert blocks[0].startswith("Provinsi Jawa Timur 2024: 2 kab")  # the province's heading, then its pairs
        assert "Kota Malang" in blocks[1] and "Kota Batu" in blocks[2]
        assert blocks[3].splitlines() == lines


def test_the_json_gives_group_totals_each_row_counted_once(make_workbook, tmp_path):
    for lang in ("en", "id"):
        _, found, _ = compare(make_workbook, tmp_path, lang, [MALANG, BATU])
        pairs = {t["right"]: (t["sub_kegiatan"], t["left_budget"]) for t in found["overlap_totals"]}
        assert pairs == {"Kota Malang": (2, 3 * BN), "Kota Batu": (2, 6 * BN)}  # 9 bn added up: the shared row twice
        (group,) = found["group_totals"]
        assert (group["left"], group["rights"]) == ("Provinsi Jawa Timur", ["Kota Batu", "Kota Malang"])  # by name
        assert [(s["kind"], s["left_total"], s["same"]) for s in group["summary"]] == [("program", 1, 1), ("kegiatan", 1, 1), ("sub_kegiatan", 4, 3)]
        assert [s["sentence_en"] for s in group["summary"]] == GROUP_LINES["en"][:3]
        assert [s["sentence_id"] for s in group["summary"]] == GROUP_LINES["id"][:3]
        overlap = group["overlap"]
        assert (overlap["sub_kegiatan"], overlap["left_budget"], overlap["right_budget"], overlap["shared_budget"]) == (3, 7 * BN, 330_000_000, 2 * BN)
        assert overlap["sentence_en"] == " ".join(GROUP_LINES["en"][3:]) and overlap["sentence_id"] == " ".join(GROUP_LINES["id"][3:])


def test_the_summary_sheet_gives_the_province_wide_rows(make_workbook, tmp_path):
    for lang, title, right in (
        ("en", "The province against all its kab/kota together (each item and each row counted once)", "the 2 kab/kota together"),
        ("id", "Provinsi terhadap gabungan seluruh kabupaten/kotanya (tiap item dan tiap baris dihitung sekali)", "gabungan 2 kabupaten/kota"),
    ):
        _, _, rows = compare(make_workbook, tmp_path, lang, [MALANG, BATU])
        block = rows[[row[0] for row in rows].index(title) + 2 :]
        assert [row[:6] for row in block[:3]] == [
            ("Provinsi Jawa Timur", right, "program", 1, 1, 1.0),
            ("Provinsi Jawa Timur", right, "kegiatan", 1, 1, 1.0),
            ("Provinsi Jawa Timur", right, "sub kegiatan", 4, 3, 0.75),
        ]
        assert [row[10] for row in block[:3]] == GROUP_LINES[lang][:3]
        assert all(row[6:10] == ("-", "-", "-", "-") for row in block[:3])  # (relations are counted per pair, not over a group)
        # a blank row and a title between the group's two tables
        assert not any(block[3]) and block[4][0] == {
            "en": "Budget overlap of the province with all its kab/kota together",
            "id": "Tumpang tindih anggaran provinsi dengan gabungan seluruh kabupaten/kotanya"}[lang]  # fmt: skip
        assert block[6][:6] == ("Provinsi Jawa Timur", right, 3, 7 * BN, 330_000_000, 2 * BN)
        assert block[6][10] == " ".join(GROUP_LINES[lang][3:])


def test_one_kab_kota_gets_no_province_wide_figures(make_workbook, tmp_path):
    text, found, rows = compare(make_workbook, tmp_path, "en", [MALANG])
    assert found["group_totals"] == [] and "at least one of" not in text
    assert not any(row[0] and "together" in str(row[0]) for row in rows)


def test_the_group_totals_are_the_same_whatever_the_order_of_the_kab_kota_files(make_workbook, tmp_path):
    _, given, _ = compare(make_workbook, tmp_path, "en", [MALANG, BATU])
    _, reversed_, _ = compare(make_workbook, tmp_path, "en", [BATU, MALANG])
    assert reversed_["group_totals"] == given["group_totals"]  # before: 'rights' in the order of the files
    assert given["group_totals"][0]["rights"] == ["Kota Batu", "Kota Malang"]


def test_a_province_item_on_a_row_per_kab_kota_is_one_item_of_the_group(make_workbook, tmp_path):
    # sub kegiatan 09 written on a row per city: one item, the same as an item of both (before: 2 of 1, 200%)
    province = [("09", "Kota Malang", 2 * BN), ("09", "Kota Batu", 3 * BN), ("10", "Kota Malang", 8 * BN)]
    paths = [str(make_workbook(road_plan("Provinsi Jawa Timur", "1", province), name="provinsi_jawa_timur_2024.xlsx"))]
    cities = [("kota_malang_2024.xlsx", "Kota Malang", [("09", "Kec. Sukun", 1)]), ("kota_batu_2024.xlsx", "Kota Batu", [("09", "Kec. Batu", 1)])]
    paths += [str(make_workbook(road_plan(government, "2", subs), name=name)) for name, government, subs in cities]
    js = tmp_path / "out.json"
    assert make_runner().invoke(main, ["compare", *paths, "--json", str(js)]).exit_code == 0
    (group,) = json.loads(js.read_text(encoding="utf-8"))["group_totals"]
    assert [(s["kind"], s["left_total"], s["same"]) for s in group["summary"]] == [("program", 1, 1), ("kegiatan", 1, 1), ("sub_kegiatan", 2, 1)]


def test_a_kab_kota_of_another_province_is_compared_in_its_pair_but_left_out_of_the_group_totals(make_workbook, tmp_path):
    # Kota Semarang (Jawa Tengah), given by mistake, shares sub kegiatan 10, which neither Malang nor Batu has
    semarang = ("kota_semarang_2024.xlsx", "Kota Semarang", [("10", "Kec. Tembalang", 50_000_000)])
    text, found, _ = compare(make_workbook, tmp_path, "en", [MALANG, BATU, semarang])
    assert {t["right"] for t in found["overlap_totals"]} == {"Kota Malang", "Kota Batu", "Kota Semarang"}
    (group,) = found["group_totals"]
    assert group["rights"] == ["Kota Batu", "Kota Malang"]
    assert [(s["kind"], s["left_total"], s["same"]) for s in group["summary"]] == [("program", 1, 1), ("kegiatan", 1, 1), ("sub_kegiatan", 4, 3)]
    assert GROUP_LINES["en"][2] in text and "of the 3 kab/kota" not in text
    (note,) = [w["message"] for w in found["warnings"] if "Semarang" in w["message"]]
    assert "left out of the figures of Provinsi Jawa Timur against all its kab/kota together" in note
