"""The review loop: decisions made in the overlap workbook (or a CSV) carried into the next run."""

from __future__ import annotations

import json

import openpyxl
import pytest
from click.testing import CliRunner

from syncheck.cli import main
from syncheck.decisions import read_decisions
from syncheck.models import Choice, Options
from syncheck.pipeline import compare_plans, read_plans

HEADER = [["Kode", "Program/ Kegiatan/ Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]]
HEALTH = "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT"
HOSPITAL = "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya"
SCHOOLS, SCHOOLS_CITY = "PROGRAM PENGELOLAAN PENDIDIKAN", "Program Pengelolaan Pendidikan Dasar"
HOUSING, HOUSING_CITY = "PROGRAM PENGEMBANGAN PERUMAHAN", "Program Pengembangan Perumahan Rakyat"
SETTLEMENT = "Program Kawasan Permukiman"


def province_rows(year: int = 2024) -> list[list[object]]:
    return [["RENCANA KERJA PEMERINTAH DAERAH"], ["PROVINSI CONTOH"], [f"TAHUN {year}"], []] + HEADER + [
        ["1.02.02", HEALTH, None, 300, "DINAS KESEHATAN"],
        ["1.02.02.1.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Provinsi", None, 300, "DINAS KESEHATAN"],
        ["1.02.02.1.01.01", HOSPITAL, "Kota Contoh", 200, "DINAS KESEHATAN"],
        ["1.01.02", SCHOOLS, None, 50, "DINAS PENDIDIKAN"],
        ["1.04.02", HOUSING, None, 40, "DINAS PERKIM"],
    ]


def city_blocks(schools_code: str | None = "1.01.02") -> dict[str, list[list[object]]]:
    return {
        "health": [
            ["1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan & Upaya Kesehatan Masyarakat", None, 70, "DINAS KESEHATAN"],
            ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kab/Kota", None, 70, "DINAS KESEHATAN"],
            ["1.02.02.2.01.01", "Pemb. Rumah Sakit beserta Sarana dan Prasarana Pendukungnya (Lanjutan)", "Kec. Tugu", 70, "DINAS KESEHATAN"],
        ],
        "schools": [[schools_code, SCHOOLS_CITY, None, 20, "DINAS PENDIDIKAN"]],
        "housing": [["1.04.02", HOUSING_CITY, None, 15, "DINAS PERKIM"], ["1.04.03", SETTLEMENT, None, 10, "DINAS PERKIM"]],
    }


def city_rows(year: int = 2024, order=("health", "schools", "housing"), schools_code: str | None = "1.01.02") -> list[list[object]]:
    blocks = city_blocks(schools_code)
    body = [row for name in order for row in blocks[name]]
    return [["RENCANA KERJA PEMERINTAH DAERAH"], ["KOTA CONTOH"], [f"TAHUN {year}"], []] + HEADER + body


@pytest.fixture
def plans_2024(make_workbook):
    province = make_workbook(province_rows(), name="provinsi_contoh_2024.xlsx")
    city = make_workbook(city_rows(), name="kota_contoh_2024.xlsx")
    return [str(province), str(city)]


def run(args: list[str]) -> str:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return result.output


def links_of(path) -> dict[tuple[str, str, str], dict]:
    """JSON links by (kind, left name, right name)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {(link["kind"], link["left"]["name"], link["right"]["name"]): link for link in data["links"]}


def summary_of(path, kind: str) -> tuple[int, int]:
    data = json.loads(path.read_text(encoding="utf-8"))
    found = next(s for s in data["summary"] if s["kind"] == kind)
    return found["left_total"], found["same"]


def rows_of(ws) -> list[list[object]]:
    return [list(row) for row in ws.iter_rows(min_row=2, values_only=True)]


def reviewer_edits(source, target) -> None:
    """What a reviewer does: re-sort the review sheet, decide in both languages, reject a confident link."""
    workbook = openpyxl.load_workbook(source)
    review = workbook["Tinjauan"]
    header = [cell.value for cell in review[1]]
    decision = header.index("Keputusan")
    rows = rows_of(review)[::-1]  # re-sorted: worst score first
    for row in rows:
        if row[header.index("Nama kanan")] == SCHOOLS_CITY:
            row[decision] = "ya"
        if row[header.index("Nama kanan")] == HOUSING_CITY:
            row[decision] = "Unsure"
    for number, row in enumerate(rows, start=2):
        for col, value in enumerate(row, start=1):
            review.cell(number, col, value)
    subs = workbook["Tautan Sub Kegiatan"]
    names = [cell.value for cell in subs[1]]
    assert subs.cell(2, names.index("Nama kiri") + 1).value == HOSPITAL
    subs.cell(2, names.index("Keputusan") + 1, "No")
    workbook.save(target)


def test_workbook_decision_columns_have_lists(plans_2024, tmp_path):
    for lang, choices, column in (("id", '"Ya,Tidak,Ragu"', "Keputusan"), ("en", '"Yes,No,Unsure"', "Decision")):
        out = tmp_path / f"o_{lang}.xlsx"
        run(["compare", *plans_2024, "-o", str(out), "--lang", lang])
        workbook = openpyxl.load_workbook(out)
        for index in (1, 2, 3, 4):  # the three link sheets and the review sheet
            ws = workbook.worksheets[index]
            header = [cell.value for cell in ws[1]]
            letter = openpyxl.utils.get_column_letter(header.index(column) + 1)
            validations = ws.data_validations.dataValidation
            assert [(v.type, v.formula1) for v in validations] == [("list", choices)], ws.title
            last = max(ws.max_row, 2)
            assert str(validations[0].sqref) == (f"{letter}2:{letter}{last}" if last > 2 else f"{letter}2"), ws.title
            assert header[-1] == ("Sumber tautan" if lang == "id" else "Link source")


def test_decisions_hold_on_the_same_and_next_years_files(plans_2024, make_workbook, tmp_path):
    first, edited = tmp_path / "tinjauan.xlsx", tmp_path / "tinjauan_diedit.xlsx"
    run(["compare", *plans_2024, "-o", str(first)])
    reviewer_edits(first, edited)

    again, again_json = tmp_path / "lagi.xlsx", tmp_path / "lagi.json"
    output = run(["compare", *plans_2024, "--decisions", str(edited), "-o", str(again), "--json", str(again_json), "--lang", "en"])
    assert "Reviewer decisions: 1 link confirmed, 1 pair rejected, 1 link left for review." in output
    links = links_of(again_json)
    confirmed = links[("program", SCHOOLS, SCHOOLS_CITY)]
    assert (confirmed["relation"], confirmed["source"], confirmed["decision"]) == ("identical", "reviewer", "yes")
    assert confirmed["reason"].startswith("confirmed by reviewer; matcher: review")
    unsure = links[("program", HOUSING, HOUSING_CITY)]
    assert (unsure["relation"], unsure["source"], unsure["decision"]) == ("review", "matcher", "unsure")
    assert not [key for key in links if key[0] == "sub_kegiatan"]  # rejected, and not re-linked at any score
    assert summary_of(again_json, "program") == (3, 2) and summary_of(again_json, "sub_kegiatan") == (1, 0)
    assert json.loads(again_json.read_text())["overlaps"] == []

    workbook = openpyxl.load_workbook(again)
    programs = {row[2]: row for row in rows_of(workbook["Program links"])}
    assert programs[SCHOOLS][15:] == ["Yes", "reviewer"] and programs[HEALTH][15:] == [None, "matcher"]
    assert [row[3] for row in rows_of(workbook["Review"])] == [HOUSING] and rows_of(workbook["Review"])[0][16] == "Unsure"
    kept = rows_of(workbook["Kept decisions"])
    assert kept == [["sub kegiatan", "Provinsi Contoh", "1.02.02.1.01.01", HOSPITAL, "DINAS KESEHATAN", "Kota Contoh", "1.02.02.2.01.01",
                     "Pemb. Rumah Sakit beserta Sarana dan Prasarana Pendukungnya (Lanjutan)", "DINAS KESEHATAN", "No", "rejected"]]  # fmt: skip

    # the English workbook of that run carries every decision on: used as the decisions file, same links
    chained = tmp_path / "chained.json"
    run(["compare", *plans_2024, "--decisions", str(again), "--json", str(chained)])
    assert links_of(chained) == links

    # next year: other year and file names, rows in another order, the city's education program without a code
    next_year = [
        str(make_workbook(province_rows(2025), name="provinsi_contoh_2025.xlsx")),
        str(make_workbook(city_rows(2025, ("housing", "schools", "health"), schools_code=None), name="kota_contoh_2025.xlsx")),
    ]
    later_json = tmp_path / "2025.json"
    run(["compare", *next_year, "--decisions", str(edited), "--json", str(later_json)])
    later = links_of(later_json)
    assert later[("program", SCHOOLS, SCHOOLS_CITY)]["relation"] == "similar"  # confirmed; no code evidence now
    assert later[("program", SCHOOLS, SCHOOLS_CITY)]["source"] == "reviewer"
    assert later[("program", HOUSING, HOUSING_CITY)]["decision"] == "unsure"
    assert not [key for key in later if key[0] == "sub_kegiatan"]
    assert json.loads(later_json.read_text())["inputs"][1]["year"] == 2025


#: labels of a workbook written before v0.17 -> the ones written now; decisions never read these columns
OLD_LABELS = {
    "perlu ditinjau": "tinjau", "Perlu ditinjau": "Tinjau", "otomatis": "pencocok", "tidak tertaut": "tidak bertautan",
    "tidak cocok dengan item mana pun": "tidak ditemukan", "Jumlah kab/kota yang memakai baris ini": "Baris dipakai bersama (kab/kota)",
    "Di antaranya, pada baris yang juga menyebut kab/kota lain": "Di antaranya pada baris bersama kab/kota lain",
}  # fmt: skip


def test_a_reviewed_workbook_with_the_old_labels_still_gives_its_decisions(plans_2024, tmp_path):
    first, edited = tmp_path / "tinjauan.xlsx", tmp_path / "tinjauan_diedit.xlsx"
    run(["compare", *plans_2024, "-o", str(first)])
    reviewer_edits(first, edited)
    workbook = openpyxl.load_workbook(edited)
    replaced = 0
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value in OLD_LABELS:
                    cell.value, replaced = OLD_LABELS[cell.value], replaced + 1
    assert replaced >= 3  # the relation 'tinjau', the source 'pencocok', the summary's 'Tinjau' header at least
    workbook.save(edited)
    output = run(["compare", *plans_2024, "--decisions", str(edited)])
    assert "Keputusan peninjau: 1 tautan dikonfirmasi, 1 pasangan ditolak, 1 tautan masih perlu ditinjau." in output


def write_csv(path, rows: list[list[str]]) -> str:
    header = "kind,left government,left code,left name,right government,right code,right name,decision\n"
    path.write_text(header + "".join(",".join(row) + "\n" for row in rows), encoding="utf-8")
    return str(path)


def test_csv_decisions_create_a_link_the_matcher_did_not_propose_and_warn_about_the_rest(plans_2024, tmp_path):
    # the Ya joins two different official programs (1.04.02 / 1.04.03): counted as the reviewer said, but as similar
    # (never identical, 'the same nomenclature item'), with a warning naming both codes
    csv = write_csv(tmp_path / "keputusan.csv", [
        ["program", "Provinsi Contoh", "1.04.02", HOUSING, "Kota Contoh", "1.04.03", SETTLEMENT, "Ya"],
        ["program", "Provinsi Contoh", "", "PROGRAM YANG TIDAK ADA", "Kota Contoh", "", "Program Lain", "Tidak"],
        ["program", "Provinsi Contoh", "1.02.02", HEALTH, "Kota Lain", "1.02.02", "Program Kesehatan", "Ya"],
        ["program", "Provinsi Contoh", "1.01.02", SCHOOLS, "Kota Contoh", "1.01.02", SCHOOLS_CITY, "mungkin tidak"],
    ])  # fmt: skip
    out_json = tmp_path / "hasil.json"
    output = run(["compare", *plans_2024, "--decisions", csv, "--json", str(out_json)])
    assert "\n3 program dilaksanakan provinsi; 2 di antaranya (66,7%) sama dengan program Kota Contoh.\n" in output
    assert "peninjau mengonfirmasi program 'PROGRAM PENGEMBANGAN PERUMAHAN' / 'Program Kawasan Permukiman' yang kodenya berbeda" in output
    assert (
        "Keputusan peninjau: 1 tautan dikonfirmasi, 0 pasangan ditolak, 0 tautan masih perlu ditinjau; "
        "2 keputusan tidak cocok dengan item mana pun (lihat peringatan di JSON)."
    ) in output
    created = links_of(out_json)[("program", HOUSING, SETTLEMENT)]
    assert created["relation"] == "similar" and created["score"] == 0.0 and created["source"] == "reviewer"
    assert created["reason"] == "confirmed by reviewer as similar, not identical: the codes differ (1.04.02 / 1.04.03); not proposed by the matcher"
    assert links_of(out_json)[("program", HOUSING, HOUSING_CITY)]["relation"] == "review"  # untouched by it
    warnings = [w["message"] for w in json.loads(out_json.read_text())["warnings"] if w["file"] == "keputusan.csv"]
    assert warnings == [
        "decision 'mungkin tidak' not understood (use Ya/Tidak/Ragu or Yes/No/Unsure); row ignored",
        "reviewer confirmed program 'PROGRAM PENGEMBANGAN PERUMAHAN' / 'Program Kawasan Permukiman', whose codes differ (1.04.02 / 1.04.03): "
        "counted as the same item, as similar rather than identical; check the decision",
        "reviewer decision on program 'PROGRAM YANG TIDAK ADA' / 'Program Lain' matched no items of this run",
        "1 reviewer decision about Provinsi Contoh and Kota Lain, which are not compared in this run",
    ]


def test_decision_keys_codes_first_names_without_codes(tmp_path):
    from syncheck.decisions import decision_probes, item_keys
    from syncheck.models import Code, Item, Kind, SourceRef

    def item(code: str | None, name: str) -> Item:
        return Item(SourceRef("x.xlsx", "S", 1), Kind.SUB_KEGIATAN, name, Code(tuple(code.split("."))) if code else None)

    four_digits = item("1.02.02.2.01.0001", "Pembangunan Rumah Sakit")
    assert set(decision_probes("1.02.02.2.01.01", "Nama Lain")) & set(item_keys(four_digits))  # 2- and 4-digit codes
    assert not set(decision_probes("1.02.02.2.01.02", "Pembangunan Rumah Sakit")) & set(item_keys(four_digits))
    assert set(decision_probes("", "PEMBANGUNAN  RUMAH SAKIT")) & set(item_keys(four_digits))  # no code: the name
    assert set(decision_probes("1.02.02.2.01.01", "Pembangunan Rumah Sakit")) & set(item_keys(item(None, "Pemb. Rumah Sakit")))


def test_conflicting_decisions_leave_the_pair_for_review(tmp_path):
    csv = write_csv(tmp_path / "d.csv", [
        ["program", "Provinsi Contoh", "1.01.02", SCHOOLS, "Kota Contoh", "1.01.02", SCHOOLS_CITY, "Ya"],
        ["program", "Provinsi Contoh", "1.01.02", "Program Pengelolaan Pendidikan (Lanjutan)", "Kota Contoh", "1.01.02", SCHOOLS_CITY.upper(), "Tidak"],
        ["program", "Provinsi Contoh", "1.04.02", HOUSING, "Kota Contoh", "1.04.02", HOUSING_CITY, "Ragu"],
        ["program", "Provinsi Contoh", "1.04.02", HOUSING, "Kota Contoh", "1.04.02", HOUSING_CITY, "Tidak"],
        # one code under another name is another item (tally.distinct_items): its own decision, no conflict
        ["program", "Provinsi Contoh", "1.04.02", HOUSING, "Kota Contoh", "1.04.02", SETTLEMENT, "Ya"],
    ])  # fmt: skip
    decisions, warnings = read_decisions(csv)
    assert [(d.left_code, d.choice) for d in decisions] == [("1.01.02", Choice.UNSURE), ("1.04.02", Choice.NO), ("1.04.02", Choice.YES)]
    assert [w.message for w in warnings] == [
        f"conflicting decisions on '{SCHOOLS}' / '{SCHOOLS_CITY}' (d row 2, d row 3); left for review"
    ]


def test_unreadable_decisions_file_is_one_line_exit_3(plans_2024, tmp_path):
    cases = {
        str(tmp_path / "tidak_ada.xlsx"): "syncheck: error: tidak_ada.xlsx: file not found",
        plans_2024[1]: "syncheck: error: kota_contoh_2024.xlsx: no decision table found; expected an overlap workbook "
        "or a CSV with columns kind, left government, left code, left name, right government, right code, right name, decision",
    }
    for path, message in cases.items():
        result = CliRunner().invoke(main, ["compare", *plans_2024, "--decisions", path, "--lang", "en"])
        assert result.exit_code == 3 and result.output.splitlines() == [message]
    decided = write_csv(tmp_path / "d.csv", [])
    result = CliRunner().invoke(main, ["compare", *plans_2024, "--decisions", decided, "--json", decided])
    assert result.exit_code == 3 and "keluaran akan menimpa berkas masukan d.csv" in result.output


def test_decisions_apply_the_same_in_forked_workers(make_workbook, tmp_path):
    paths = [str(make_workbook(province_rows(), name="provinsi_contoh_2024.xlsx"))]
    for index, name in enumerate(("Kota Satu", "Kota Dua", "Kota Tiga", "Kota Empat")):
        rows = city_rows()
        rows[1] = [name.upper()]
        paths.append(str(make_workbook(rows, name=f"kota_{index}_2024.xlsx")))
    csv = write_csv(tmp_path / "d.csv", [
        ["program", "Provinsi Contoh", "1.04.02", HOUSING, name, "1.04.03", SETTLEMENT, "Ya"] for name in ("Kota Dua", "Kota Empat")
    ] + [["sub kegiatan", "Provinsi Contoh", "1.02.02.1.01.01", HOSPITAL, "Kota Satu", "1.02.02.2.01.01", "x", "Tidak"]])  # fmt: skip
    plans = read_plans(paths, Options(workers=1))
    results = [compare_plans(plans, Options(workers=workers, decisions_path=csv)) for workers in (1, 2)]
    assert results[0].links == results[1].links and results[0].kept_decisions == results[1].kept_decisions
    reviewer = [(link.right.ref.file, link.right.name) for link in results[1].links if link.by_reviewer]
    assert reviewer == [("kota_1_2024.xlsx", SETTLEMENT), ("kota_3_2024.xlsx", SETTLEMENT)]
    assert [d.status for d in results[1].kept_decisions] == ["rejected"]



def test_per_province_runs_keep_each_provinces_decisions(make_workbook, tmp_path):
    paths = []
    for province in ("Contoh", "Lain"):
        rows = province_rows()
        rows[1] = [f"PROVINSI {province.upper()}"]
        paths.append(str(make_workbook(rows, name=f"provinsi_{province.lower()}_2024.xlsx")))
        city = city_rows()
        city[1] = [f"KOTA {province.upper()}"]
        paths.append(str(make_workbook(city, name=f"kota_{province.lower()}_2024.xlsx")))
    csv = write_csv(tmp_path / "d.csv", [
        ["program", f"Provinsi {name}", "1.04.02", HOUSING, f"Kota {name}", "1.04.02", HOUSING_CITY, "Ya"] for name in ("Contoh", "Lain")
    ] + [["program", "Provinsi Lain", "", "PROGRAM HILANG", "Kota Lain", "", "Hilang", "Tidak"]])  # fmt: skip
    out = tmp_path / "hasil.json"
    output = run(["compare", *paths, "--per-province", "--decisions", csv, "--json", str(out), "--lang", "en"])
    assert output.count("Reviewer decisions: 1 link confirmed") == 2
    for name, unmatched in (("contoh", []), ("lain", ["reviewer decision on program 'PROGRAM HILANG' / 'Hilang' matched no items of this run"])):
        data = json.loads((tmp_path / f"hasil-provinsi-{name}.json").read_text(encoding="utf-8"))
        assert [w["message"] for w in data["warnings"] if w["file"] == "d.csv"] == unmatched
        assert [(l["right"]["name"], l["relation"]) for l in data["links"] if l["source"] == "reviewer"] == [(HOUSING_CITY, "identical")]
    decided = tmp_path / "keputusan-provinsi-contoh.csv"  # what a per-province --json keputusan.csv would write
    decided.write_text((tmp_path / "d.csv").read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(main, ["compare", *paths, "--per-province", "--decisions", str(decided), "--json", str(tmp_path / "keputusan.csv")])
    assert result.exit_code == 3 and "keluaran akan menimpa berkas masukan keputusan-provinsi-contoh.csv" in result.output


MEDICINE = "Pengadaan Obat dan Vaksin"


def test_a_decision_applies_to_the_item_decided_not_to_another_name_under_its_code(make_workbook, tmp_path):
    city = city_rows()
    city.insert(7, ["1.02.02.2.01.01", MEDICINE, "Kota Contoh", 50, "DINAS KESEHATAN"])  # one code, two items
    paths = [str(make_workbook(province_rows(), name="provinsi_contoh_2024.xlsx")), str(make_workbook(city, name="kota_contoh_2024.xlsx"))]
    first, edited, out = tmp_path / "a.xlsx", tmp_path / "a_edit.xlsx", tmp_path / "b.json"
    run(["compare", *paths, "-o", str(first)])
    workbook = openpyxl.load_workbook(first)
    subs = workbook["Tautan Sub Kegiatan"]
    names = [cell.value for cell in subs[1]]
    assert subs.cell(2, names.index("Nama kanan") + 1).value.startswith("Pemb. Rumah Sakit") and subs.max_row == 2
    subs.cell(2, names.index("Keputusan") + 1, "Ya")
    workbook.save(edited)
    output = run(["compare", *paths, "--decisions", str(edited), "--json", str(out)])
    assert "Keputusan peninjau: 1 tautan dikonfirmasi, 0 pasangan ditolak, 0 tautan masih perlu ditinjau." in output
    subs_linked = [key[2] for key in links_of(out) if key[0] == "sub_kegiatan"]
    assert subs_linked == ["Pemb. Rumah Sakit beserta Sarana dan Prasarana Pendukungnya (Lanjutan)"]
    assert json.loads(out.read_text())["overlap_totals"][0]["right_budget"] == 70

    # a decision naming the other item of that code applies to it alone; one naming neither matches nothing
    csv = write_csv(tmp_path / "d.csv", [
        ["sub kegiatan", "Provinsi Contoh", "1.02.02.1.01.01", HOSPITAL, "Kota Contoh", "1.02.02.2.01.01", MEDICINE, "Tidak"],
        ["sub kegiatan", "Provinsi Contoh", "1.02.02.1.01.01", HOSPITAL, "Kota Contoh", "1.02.02.2.01.01", "Rehabilitasi Puskesmas", "Ya"],
    ])  # fmt: skip
    run(["compare", *paths, "--decisions", csv, "--json", str(out)])
    hospital = links_of(out)[("sub_kegiatan", HOSPITAL, "Pemb. Rumah Sakit beserta Sarana dan Prasarana Pendukungnya (Lanjutan)")]
    assert hospital["source"] == "matcher" and [key[2] for key in links_of(out) if key[0] == "sub_kegiatan"] == [hospital["right"]["name"]]
    data = json.loads(out.read_text())
    assert [w["message"] for w in data["warnings"] if w["file"] == "d.csv"] == [
        f"reviewer decision on sub kegiatan '{HOSPITAL}' / 'Rehabilitasi Puskesmas' matched no items of this run"
    ]


def test_a_decision_follows_a_renamed_item_when_its_code_names_one_item(plans_2024, tmp_path):
    csv = write_csv(tmp_path / "d.csv", [
        ["sub kegiatan", "Provinsi Contoh", "1.02.02.1.01.01", "Nama Lama Tahun Lalu", "Kota Contoh", "1.02.02.2.01.01", "Nama Lama", "Tidak"],
    ])  # fmt: skip
    out = tmp_path / "b.json"
    output = run(["compare", *plans_2024, "--decisions", csv, "--json", str(out)])
    assert "0 tautan dikonfirmasi, 1 pasangan ditolak" in output
    assert not [key for key in links_of(out) if key[0] == "sub_kegiatan"]


def test_rejecting_a_parent_sends_its_same_children_to_review_naming_the_rejection(plans_2024, tmp_path):
    csv = write_csv(tmp_path / "d.csv", [["program", "Provinsi Contoh", "1.02.02", HEALTH, "Kota Contoh", "1.02.02", "x", "Tidak"]])
    out, unsure_csv = tmp_path / "b.json", write_csv(tmp_path / "u.csv", [["program", "Provinsi Contoh", "1.02.02", HEALTH, "Kota Contoh", "1.02.02", "x", "Ragu"]])
    output = run(["compare", *plans_2024, "--decisions", csv, "--json", str(out), "--lang", "en"])
    assert (
        "Reviewer decisions: 0 links confirmed, 1 pair rejected, 0 links left for review; "
        "2 links under rejected pairs went back to review."
    ) in output
    links = links_of(out)
    assert not [key for key in links if key[0] == "program" and key[1] == HEALTH]
    children = [link for key, link in links.items() if key[0] != "program"]
    assert [(link["kind"], link["relation"], link["source"]) for link in children] == [("kegiatan", "review", "matcher"), ("sub_kegiatan", "review", "matcher")]
    assert children[0]["reason"].startswith(f"under program '{HEALTH}' / 'Program Pemenuhan Upaya Kesehatan Perorangan & Upaya")
    assert children[1]["reason"].startswith("under program '") and "which the reviewer rejected; " in children[1]["reason"]
    assert json.loads(out.read_text())["overlaps"] == []
    # Ragu on the parent keeps the same children in review as before
    run(["compare", *plans_2024, "--decisions", unsure_csv, "--json", str(out)])
    assert [link["relation"] for key, link in links_of(out).items() if key[0] != "program" or key[1] == HEALTH] == ["review"] * 3


def test_per_province_runs_warn_about_decisions_on_a_province_not_in_the_run(make_workbook, tmp_path):
    paths = []
    for province in ("Contoh", "Lain"):
        rows, city = province_rows(), city_rows()
        rows[1], city[1] = [f"PROVINSI {province.upper()}"], [f"KOTA {province.upper()}"]
        paths += [str(make_workbook(rows, name=f"provinsi_{province.lower()}_2024.xlsx")), str(make_workbook(city, name=f"kota_{province.lower()}_2024.xlsx"))]
    csv = write_csv(tmp_path / "d.csv", [["program", "Provinsi Jauh", "1.04.02", HOUSING, "Kota Jauh", "1.04.03", SETTLEMENT, "Ya"]])
    out, xlsx = tmp_path / "hasil.json", tmp_path / "hasil.xlsx"
    run(["compare", *paths, "--per-province", "--decisions", csv, "--json", str(out), "-o", str(xlsx), "--lang", "en"])
    absent = "1 reviewer decision about Provinsi Jauh and Kota Jauh, which are not compared in this run"
    for name, warned in (("contoh", []), ("lain", [absent])):
        data = json.loads((tmp_path / f"hasil-provinsi-{name}.json").read_text(encoding="utf-8"))
        assert [w["message"] for w in data["warnings"] if w["file"] == "d.csv"] == warned
    kept = rows_of(openpyxl.load_workbook(tmp_path / "hasil-provinsi-lain.xlsx")["Kept decisions"])
    assert [row[1] for row in kept] == ["Provinsi Jauh"]  # carried on, as in a run of all provinces


def test_decision_problems_reach_the_console_one_line_per_kind_and_the_sentence_points_to_the_warnings(plans_2024, tmp_path):
    from support import make_runner

    words = ["Ya sama", "Tdk", "yes please", "nope", "0k"]
    csv = write_csv(tmp_path / "d.csv", [
        *(["program", "Provinsi Contoh", "1.01.02", SCHOOLS, "Kota Contoh", "1.01.02", SCHOOLS_CITY, word] for word in words),
        ["program", "Provinsi Contoh", "", "PROGRAM YANG TIDAK ADA", "Kota Contoh", "", "Program Lain", "Tidak"],
        ["program", "Provinsi Contoh", "1.02.02", HEALTH, "Kota Lain", "1.02.02", "Program Kesehatan", "Ya"],
        ["program", "Provinsi Lain", "1.02.02", HEALTH, "Kota Lain", "1.02.02", "Program Kesehatan", "Ya"],
    ])  # fmt: skip
    wheres = {(): "lihat peringatan di atas", ("--json", str(tmp_path / "o.json")): "lihat peringatan di JSON", ("-o", str(tmp_path / "o.xlsx")): "lihat lembar Peringatan"}
    for options, where in wheres.items():
        result = make_runner().invoke(main, ["compare", *plans_2024, "--decisions", csv, *options])
        assert result.exit_code == 0, result.output
        assert result.stderr.splitlines() == [
            "syncheck: peringatan: d.csv: keputusan 'Ya sama' tidak dikenali (gunakan Ya/Tidak/Ragu atau Yes/No/Unsure); "
            "baris diabaikan (di baris 2, baris 3, baris 4, 2 lainnya); seluruhnya 5 peringatan seperti ini",
            "syncheck: peringatan: d.csv: keputusan peninjau atas program 'PROGRAM YANG TIDAK ADA' / 'Program Lain' "
            "tidak cocok dengan item mana pun dalam proses ini (di baris 7)",
            "syncheck: peringatan: d.csv: 1 keputusan peninjau tentang Provinsi Contoh dan Kota Lain, yang tidak dibandingkan "
            "dalam proses ini; seluruhnya 2 peringatan seperti ini",
        ]
        assert (
            "Keputusan peninjau: 0 tautan dikonfirmasi, 0 pasangan ditolak, 0 tautan masih perlu ditinjau; "
            f"3 keputusan tidak cocok dengan item mana pun ({where})."
        ) in result.stdout


def test_a_decision_with_agency_columns_applies_to_that_agencys_codeless_rows_only(make_workbook, tmp_path):
    support_province, support_city = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
    header = [["Kode", "Uraian", "Lokasi", "Pagu", "Perangkat Daerah"]]

    def plan(government, name, agencies):
        return [["RENCANA KERJA PEMERINTAH DAERAH"], [government], ["TAHUN 2024"], []] + header + [[None, name, None, 100, agency] for agency in agencies]

    province = make_workbook(plan("PROVINSI CONTOH", support_province, ["DINAS KESEHATAN", "DINAS PENDIDIKAN"]), name="provinsi_contoh_2024.xlsx")
    city = make_workbook(plan("KOTA CONTOH", support_city, ["DINAS KESEHATAN", "DINAS PENDIDIKAN"]), name="kota_contoh_2024.xlsx")
    decisions = tmp_path / "d.csv"
    decisions.write_text(
        "kind,left government,left code,left name,left agency,right government,right code,right name,right agency,decision\n"
        f"program,Provinsi Contoh,,{support_province},Dinas Kesehatan,Kota Contoh,,{support_city},DINAS PENDIDIKAN,Ya\n", encoding="utf-8")
    out_json = tmp_path / "hasil.json"
    run(["compare", str(province), str(city), "--decisions", str(decisions), "--json", str(out_json), "--lang", "en"])
    links = json.loads(out_json.read_text(encoding="utf-8"))["links"]
    confirmed = [(link["left"]["row"], link["right"]["row"]) for link in links if link["reason"].startswith("confirmed by reviewer")]
    assert confirmed == [(6, 7)]  # the health office's row with the education office's, as decided, and no other pair
    # an agency with no such row confirms no other agency's
    decisions.write_text(decisions.read_text(encoding="utf-8").replace("Dinas Kesehatan", "Dinas Sosial"), encoding="utf-8")
    run(["compare", str(province), str(city), "--decisions", str(decisions), "--json", str(out_json), "--lang", "en"])
    links = json.loads(out_json.read_text(encoding="utf-8"))["links"]
    assert not [link for link in links if link["reason"].startswith("confirmed by reviewer")]
