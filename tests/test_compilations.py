"""A workbook of several kab/kota's plans, one per sheet (a province Bappeda's compilation): compare, inspect and validate
read each sheet's plan as that kab/kota's; a sheet of items that names no kab/kota stops the run (whose plan is it?)."""

from __future__ import annotations

import json

import pytest

from support import make_runner
from syncheck.cli import main
from syncheck.errors import InputFileError
from syncheck.models import Options
from syncheck.pipeline import compare
from syncheck.readers import read_plan, read_plans

HEADER = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]
HEALTH = "DINAS KESEHATAN"
HOSPITAL = "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya"


def plan_rows(title: str | None, digit: str, place: str, amount: int) -> list[list[object]]:
    """A health program, its kegiatan and the hospital sub kegiatan at ``place``, under ``title`` (None: untitled)."""
    rows = [[title], []] if title else []
    return rows + [HEADER, ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", None, amount, HEALTH],
                   [f"1.02.02.{digit}.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah", None, amount, HEALTH],
                   [f"1.02.02.{digit}.01.0001", HOSPITAL, place, amount, HEALTH]]  # fmt: skip


def files(make_workbook, titled: bool = True) -> list[str]:
    """The province (a hospital row in each city) and a workbook of Kota Ambon's and Kabupaten Buru's plans."""
    province = plan_rows("RKPD PROVINSI MALUKU TAHUN 2025", "1", "Kec. Sirimau", 3_000)
    province.append(["1.02.02.1.01.0001", HOSPITAL, "Kec. Namlea", 5_000, HEALTH])
    ambon = plan_rows("RKPD KOTA AMBON TAHUN 2025" if titled else None, "2", "Kec. Sirimau", 700)
    buru = plan_rows("RKPD KABUPATEN BURU TAHUN 2025" if titled else None, "2", "Kec. Namlea", 900)
    compilation = make_workbook(ambon, name="rkpd_kabkota_maluku_2025.xlsx", title="Kota Ambon", extra_sheets={"Kab. Buru": (buru, "visible")})
    return [str(make_workbook(province, name="provinsi_maluku_2025.xlsx")), str(compilation)]


@pytest.mark.parametrize("titled", [True, False])
def test_each_sheet_of_a_compilation_is_its_kab_kotas_plan(make_workbook, titled):
    result = compare(files(make_workbook, titled), Options(workers=1))
    assert [(plan.label, [sheet.name for sheet in plan.sheets]) for plan in result.plans[1:]] == [
        ("Kota Ambon", ["Kota Ambon"]), ("Kabupaten Buru", ["Kab. Buru"])]  # (in the order of the sheets)
    assert sorted((overlap.right.ref.sheet, overlap.left_budget, overlap.right_budget) for overlap in result.overlaps) == [
        ("Kab. Buru", 5_000, 900), ("Kota Ambon", 3_000, 700)]
    notes = [str(finding.message) for plan in result.plans for finding in plan.warnings if "one per sheet" in str(finding.message)]
    assert sorted(notes) == [
        "the file holds the plans of 2 kab/kota, one per sheet: sheet(s) 'Kab. Buru' read as the plan of Kabupaten Buru",
        "the file holds the plans of 2 kab/kota, one per sheet: sheet(s) 'Kota Ambon' read as the plan of Kota Ambon"]


def test_the_json_names_each_plan_of_the_workbook_and_the_per_province_run_reads_them(make_workbook, tmp_path):
    paths = files(make_workbook)
    out = tmp_path / "result.json"
    outcome = make_runner().invoke(main, ["compare", *paths, "--json", str(out), "--lang", "en"])
    assert outcome.exit_code == 0, outcome.output
    inputs = json.loads(out.read_text(encoding="utf-8"))["inputs"]
    assert [(entry["file"], entry["government"]) for entry in inputs] == [
        ("provinsi_maluku_2025.xlsx", "Provinsi Maluku"), ("rkpd_kabkota_maluku_2025.xlsx", "Kota Ambon"),
        ("rkpd_kabkota_maluku_2025.xlsx", "Kabupaten Buru")]  # fmt: skip
    per_province = make_runner().invoke(main, ["compare", *paths, "--json", str(tmp_path / "pp.json"), "--per-province", "--lang", "en"])
    assert per_province.exit_code == 0, per_province.output
    (written,) = tmp_path.glob("pp-*.json")
    assert {row["right"] for row in json.loads(written.read_text(encoding="utf-8"))["summary"]} == {"Kabupaten Buru", "Kota Ambon"}


def test_inspect_shows_each_plan_of_the_workbook(make_workbook):
    outcome = make_runner().invoke(main, ["inspect", files(make_workbook)[1], "--lang", "en"])
    assert outcome.exit_code == 0, outcome.output
    assert [line for line in outcome.stdout.splitlines() if line.startswith("  government:")] == [
        "  government: Kota Ambon (kota), year 2025", "  government: Kabupaten Buru (kabupaten), year 2025"]


def test_a_sheet_of_items_naming_no_kab_kota_stops_the_run_and_read_plan_reads_one_plan_only(make_workbook):
    ambon, buru = plan_rows("RKPD KOTA AMBON TAHUN 2025", "2", "Kec. Sirimau", 700), plan_rows("RKPD KABUPATEN BURU TAHUN 2025", "2", "", 900)
    extra = {"Kab. Buru": (buru, "visible"), "Lampiran": (plan_rows(None, "2", "Kec. Sirimau", 100), "visible")}
    path = str(make_workbook(ambon, name="rkpd_kabkota_maluku_2025.xlsx", title="Kota Ambon", extra_sheets=extra))
    with pytest.raises(InputFileError, match="titled or named as the plans of several kab/kota"):
        read_plans(path)
    compilation = files(make_workbook)[1]
    with pytest.raises(InputFileError, match="save each plan as a file of its own"):
        read_plan(compilation)


def test_validate_counts_each_plans_findings_apart(make_workbook, tmp_path):
    ambon = plan_rows("RKPD KOTA AMBON TAHUN 2025", "2", "Kec. Sirimau", 700)
    ambon[-1][0] = "1.02.02.2.01.0099"  # (a code the list does not have, in Kota Ambon's plan only)
    buru = plan_rows("RKPD KABUPATEN BURU TAHUN 2025", "2", "Kec. Namlea", 900)
    path = str(make_workbook(ambon, name="rkpd_kabkota_maluku_2025.xlsx", title="Kota Ambon", extra_sheets={"Kab. Buru": (buru, "visible")}))
    master = tmp_path / "list.csv"
    master.write_text("kind,code,name,level,parent_code,status\n" + "".join(
        f"sub_kegiatan,1.02.02.2.01.{n:04d},Pembangunan Nomor {n},kabkota,1.02.02.2.01,aktif\n" for n in range(1, 25)) + (
        f"sub_kegiatan,1.02.02.2.01.0001,{HOSPITAL},kabkota,1.02.02.2.01,aktif\n"), encoding="utf-8")
    outcome = make_runner().invoke(main, ["validate", path, "--nomenclature", str(master), "--lang", "en"])
    heads = [line for line in outcome.stdout.splitlines() if line.startswith("rkpd_kabkota_maluku_2025.xlsx")]
    errors = [int(head.split(": ")[1].split()[0]) for head in heads]  # ('... (Kota Ambon, kota): 3 errors, 0 warnings')
    assert len(heads) == 2 and errors[0] == errors[1] + 1  # the unlisted code is Kota Ambon's alone


def test_a_per_province_run_of_two_provinces_reads_a_compilation_of_untitled_sheets(make_workbook, tmp_path):
    paths = files(make_workbook, titled=False)
    java = plan_rows("RKPD PROVINSI JAWA TIMUR TAHUN 2025", "1", "Kec. Batu", 100)
    batu = plan_rows("RKPD KOTA BATU TAHUN 2025", "2", "Kec. Batu", 50)
    paths += [str(make_workbook(java, name="provinsi_jawa_timur_2025.xlsx")), str(make_workbook(batu, name="kota_batu_2025.xlsx"))]
    outcome = make_runner().invoke(main, ["compare", *paths, "--json", str(tmp_path / "pp.json"), "--per-province", "--lang", "en"])
    assert outcome.exit_code == 0, outcome.output
    written = {path.name: json.loads(path.read_text(encoding="utf-8")) for path in tmp_path.glob("pp-*.json")}
    assert {row["right"] for row in written["pp-provinsi-maluku.json"]["summary"]} == {"Kabupaten Buru", "Kota Ambon"}


@pytest.mark.parametrize("name, extra, title", [
    ("rkpd_kota_kupang_2025.xlsx", "Kec. Kota Lama", None),  # a kecamatan's sheet, 'Kota Lama' no kab/kota of the list
    ("rkpd_kota_ambon_2025.xlsx", "Kab. Maluku Tengah", None),  # the file's name names its kab/kota
    ("rkpd_2025.xlsx", "Kab. Maluku Tengah", "RKPD KOTA AMBON TAHUN 2025"),  # a sheet's title names it
])
def test_a_sheet_named_after_another_place_is_no_plan_of_its_own(make_workbook, name, extra, title):
    rows, other = plan_rows(title, "2", "Kec. Sirimau", 700), plan_rows(None, "2", "Kec. Sirimau", 100)
    other[-1][0] = "1.02.02.2.01.0002"
    assert len(read_plans(str(make_workbook(rows, name=name, title="RKPD", extra_sheets={extra: (other, "visible")})))) == 1


def test_sheets_of_province_codes_named_after_kab_kota_are_the_provinces_plan(make_workbook):
    ambon, buru = plan_rows(None, "1", "Kota Ambon", 700), plan_rows(None, "1", "Kab. Buru", 900)
    path = str(make_workbook(ambon, name="rkpd_2025.xlsx", title="Kota Ambon", extra_sheets={"Kab. Buru": (buru, "visible")}))
    assert len(read_plans(path)) == 1


def test_a_sheet_titled_with_a_former_name_is_read_by_the_lists_name(make_workbook):
    tanimbar = plan_rows("RKPD KABUPATEN MALUKU TENGGARA BARAT TAHUN 2025", "2", "Kec. Tanimbar Selatan", 700)
    buru = plan_rows("RKPD KABUPATEN BURU TAHUN 2025", "2", "Kec. Namlea", 900)
    path = str(make_workbook(tanimbar, name="rkpd_kabkota_2025.xlsx", title="MTB", extra_sheets={"Kab. Buru": (buru, "visible")}))
    assert [plan.label for plan in read_plans(path)] == ["Kabupaten Kepulauan Tanimbar", "Kabupaten Buru"]
