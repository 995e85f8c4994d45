"""syncheck's own workbooks (compare, validate, audit, evaluate) given back as a plan: refused, saying what they are."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from audit_support import KAB_2023, KAB_2024, PROVINCE, write_plan
from support import make_runner
from syncheck.cli import main
from test_decisions import city_rows, province_rows

SUBSET = str(Path(__file__).resolve().parents[1] / "sample_data" / "nomenclature_subset.csv")
PROV, CITY = "provinsi_contoh_2024.xlsx", "kota_contoh_2024.xlsx"
OVERLAP_EN = (
    "this is an overlap workbook written by syncheck compare, not a plan: give the plan files it was made from, "
    "or give it to compare with --decisions to apply the reviewer's decisions it holds"
)
OVERLAP_ID = (
    "ini buku kerja tumpang tindih yang ditulis syncheck compare, bukan rencana: berikan berkas-berkas rencana asalnya, "
    "atau berikan buku kerja ini kepada compare dengan --decisions untuk menerapkan keputusan peninjau di dalamnya"
)


def _run(args):
    result = make_runner().invoke(main, args)
    return result.exit_code, result.stderr


@pytest.fixture
def plans(make_workbook):
    """(province, city, nomenclature master) paths."""
    return str(make_workbook(province_rows(), name=PROV)), str(make_workbook(city_rows(), name=CITY)), SUBSET


@pytest.mark.parametrize("lang, sheet", [("en", "Summary"), ("id", "Ringkasan")])
def test_the_overlap_workbook_given_as_a_plan_is_refused_by_every_command(plans, tmp_path, lang, sheet):
    province, city, master = plans
    out = str(tmp_path / "tumpang_tindih.xlsx")
    assert _run(["compare", province, city, "-o", out, "--lang", lang]) == (0, "")
    english = f"syncheck: error: tumpang_tindih.xlsx, sheet '{sheet}': {OVERLAP_EN}\n"
    indonesian = f"syncheck: kesalahan: tumpang_tindih.xlsx, lembar '{sheet}': {OVERLAP_ID}\n"
    assert _run(["compare", out, city, "--lang", "en"]) == (3, english)  # before: a province plan of every link's two sides
    assert _run(["compare", province, out]) == (3, indonesian)
    assert _run(["inspect", out, "--lang", "en"]) == (3, english)
    assert _run(["validate", out, "--nomenclature", master, "--lang", "en"]) == (3, english)
    assert _run(["compare", province, city, "--decisions", out, "--lang", "en"])[0] == 0  # what it is for


def test_a_sheet_of_it_copied_alone_under_another_name_is_known_by_its_header(plans, tmp_path):
    province, city, _ = plans
    out = tmp_path / "tumpang_tindih.xlsx"
    assert _run(["compare", province, city, "-o", str(out), "--lang", "en"])[0] == 0
    book = openpyxl.load_workbook(out)
    for name in book.sheetnames:
        if name != "Sub kegiatan links":
            del book[name]
    book["Sub kegiatan links"].title = "Sheet1"
    book.save(tmp_path / "salinan.xlsx")
    assert _run(["inspect", str(tmp_path / "salinan.xlsx"), "--lang", "en"]) == (3, f"syncheck: error: salinan.xlsx, sheet 'Sheet1': {OVERLAP_EN}\n")


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_validate_and_evaluate_workbooks_are_refused(plans, tmp_path, lang):
    province, city, master = plans
    assert _run(["validate", city, "--nomenclature", master, "-o", str(tmp_path / "temuan.xlsx"), "--lang", lang])[0] == 0
    (tmp_path / "truth.json").write_text(json.dumps({"files": [PROV, CITY], "links": []}), encoding="utf-8")
    evaluated = ["evaluate", province, city, "--truth", str(tmp_path / "truth.json"), "-o", str(tmp_path / "evaluasi.xlsx"), "--lang", lang]
    assert _run(evaluated)[0] == 0
    findings, scores = ("Findings", "Scores") if lang == "en" else ("Temuan", "Skor")
    assert _run(["compare", province, str(tmp_path / "temuan.xlsx"), "--lang", "en"]) == (
        3, f"syncheck: error: temuan.xlsx, sheet '{findings}': this is a workbook written by syncheck validate, not a plan: "
        "give the plan files it was made from\n")  # fmt: skip
    assert _run(["inspect", str(tmp_path / "evaluasi.xlsx")]) == (
        3, f"syncheck: kesalahan: evaluasi.xlsx, lembar '{scores}': ini buku kerja yang ditulis syncheck evaluate, bukan rencana: "
        "berikan berkas-berkas rencana asalnya\n")  # fmt: skip


@pytest.mark.parametrize("lang, sheet", [("en", "Continuity"), ("id", "Kesinambungan")])
def test_the_audit_workbook_is_refused(make_workbook, tmp_path, lang, sheet):
    before = [write_plan(make_workbook, "Provinsi Contoh", 2023, PROVINCE), write_plan(make_workbook, "Kabupaten Contoh", 2023, KAB_2023)]
    after = [write_plan(make_workbook, "Provinsi Contoh", 2024, PROVINCE), write_plan(make_workbook, "Kabupaten Contoh", 2024, KAB_2024)]
    out = str(tmp_path / "audit.xlsx")
    assert _run(["audit", "--year", "2023", *before, "--year", "2024", *after, "-o", out, "--lang", lang])[0] == 0
    assert _run(["inspect", out, "--lang", "en"]) == (
        3, f"syncheck: error: audit.xlsx, sheet '{sheet}': this is a workbook written by syncheck audit, not a plan: "
        "give the plan files it was made from\n")  # fmt: skip
