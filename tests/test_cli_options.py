"""The options compare, inspect, validate and evaluate share: --name FILE=NAME, --level-of FILE=LEVEL and --year N
the same on each; inspect's --government/--level for one file only; plausible years; what audit says of a plan file;
a --level-of the plan's title contradicts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support import make_runner
from syncheck.cli import main
from test_cli import CITY, PROVINCE
from test_decisions import HEALTH, city_rows, province_rows, write_csv
from test_sheet_choice import HEALTH as HEALTH_ROWS
from test_sheet_choice import sheet

SUBSET = Path(__file__).resolve().parents[1] / "sample_data" / "nomenclature_subset.csv"

PROV_NAME, CITY_NAME = "provinsi_contoh_2024.xlsx", "kota_contoh_2024.xlsx"


def _run(args):
    result = make_runner().invoke(main, args)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def pair(make_workbook):
    """A province plan and a kota plan, each titled with its government."""
    return str(make_workbook(PROVINCE, name=PROV_NAME)), str(make_workbook(CITY, name=CITY_NAME))


def _governments(stdout: str) -> list[tuple[str, str]]:
    """(government, level) of each plan inspect --json shows."""
    return [(plan["government"], plan["level"]) for plan in json.loads(stdout)["inputs"]]


# --- inspect: --government/--level name one file; --name/--level-of each file -----------------------


def test_inspect_refuses_government_and_level_with_several_files(pair):
    assert _run(["inspect", *pair, "--government", "Kota X"]) == (
        3, "", "syncheck: kesalahan: --government hanya untuk satu berkas, sedangkan ada 2 berkas: gunakan --name FILE=NAME untuk tiap berkas\n")
    assert _run(["inspect", *pair, "--level", "kota", "--lang", "en"]) == (
        3, "", "syncheck: error: --level is for one file, and 2 files are given: use --level-of FILE=LEVEL for each file\n")


def test_inspect_still_takes_government_and_level_for_one_file(pair):
    code, stdout, _ = _run(["inspect", pair[1], "--government", "Kota X", "--level", "kota", "--json"])
    assert code == 0 and _governments(stdout) == [("Kota X", "kota")]


def test_inspect_names_each_file_with_name_and_level_of(pair):
    code, stdout, _ = _run(["inspect", *pair, "--name", f"{CITY_NAME}=Kota X", "--level-of", f"{CITY_NAME}=kabupaten", "--json"])
    assert code == 0 and _governments(stdout) == [("Provinsi Contoh", "provinsi"), ("Kota X", "kabupaten")]


def test_inspect_help_says_government_and_level_are_for_one_file():
    text = " ".join(_run(["inspect", "--help"])[1].split())
    assert "--government NAME Government name, for one file only (several: --name FILE=NAME)." in text
    assert "Level, for one file only (several: --level-of FILE=LEVEL)." in text


# --- validate and evaluate take the same options ----------------------------------------------------


def test_validate_takes_name_and_year(make_workbook):
    now, before = sheet("RKPD KABUPATEN SEMARANG TAHUN 2024", HEALTH_ROWS), sheet("RKPD KABUPATEN SEMARANG TAHUN 2023", HEALTH_ROWS[:3])
    path = str(make_workbook(now, name="rkpd.xlsx", title="RKPD 2024", extra_sheets={"RKPD 2023": (before, "visible")}))
    code, stdout, stderr = _run(["validate", path, "--nomenclature", str(SUBSET), "--name", "rkpd.xlsx=Kabupaten X", "--year", "2023", "--json", "-"])
    assert code == 0, stderr
    document = json.loads(stdout)
    assert document["inputs"][0]["government"] == "Kabupaten X"
    assert [warning["message"] for warning in document["warnings"]] == [
        "sheet(s) 'RKPD 2024': titled with another year than the plan's (2023), skipped (7 rows)"]


def test_evaluate_names_a_file_as_compare_does(make_workbook, tmp_path):
    files = [str(make_workbook(province_rows(), name=PROV_NAME)), str(make_workbook(city_rows(), name=CITY_NAME))]
    rules = write_csv(tmp_path / "keputusan.csv", [
        ["program", "Provinsi Contoh", "1.02.02", HEALTH, "Kota Baru", "1.02.02", "x", "Ya"],
    ])  # fmt: skip
    synonyms = tmp_path / "sinonim.csv"
    synonyms.write_text("pemb\\.,pembangunan\n", encoding="utf-8")
    args = ["evaluate", *files, "--decisions", rules, "--lang", "en", "--jobs", "1", "--synonyms", str(synonyms), "--year", "2024"]
    code, stdout, stderr = _run([*args, "--name", f"{CITY_NAME}=Kota Baru"])
    assert code == 0, stderr
    assert stdout.splitlines()[1] == "program           1.000   1.000  1.000     1    0    0"
    assert "decided pairs: 1 yes, 0 no, 0 unsure; 0 decisions matched no items (not scored); links without a decision are not scored" in (
        stdout.splitlines())
    unnamed = _run(args)[1].splitlines()
    assert "decided pairs: 0 yes, 0 no, 0 unsure; 1 decision matched no items (not scored); links without a decision are not scored" in unnamed


def test_evaluate_help_shows_it_takes_files_or_a_folder():
    assert "evaluate [OPTIONS] FILES_OR_DIR...\n" in _run(["evaluate", "--help"])[1]


# --- --year: a plan year, on every command ----------------------------------------------------------


@pytest.mark.parametrize("command", [
    ["compare", "a.xlsx", "b.xlsx"], ["inspect", "a.xlsx"], ["validate", "a.xlsx", "--nomenclature", "m.csv"],
    ["evaluate", "a.xlsx", "--truth", "t.json"], ["audit"],
])  # fmt: skip
def test_a_year_outside_2000_2100_is_refused_in_the_run_language(command):
    after = ["a.xlsx"] if command == ["audit"] else []
    assert _run([*command, "--year", "1900", *after]) == (
        3, "", "syncheck: kesalahan: Nilai tidak sah untuk --year: 1900 bukan tahun rencana; berikan tahun 2000 sampai 2100\n")
    assert _run([*command, "--lang", "en", "--year", "2101", *after]) == (
        3, "", "syncheck: error: Invalid value for --year: 2101 is not a plan year; give a year from 2000 to 2100\n")


# --- audit given a plan file ------------------------------------------------------------------------


def test_audit_given_a_plan_file_says_how_to_give_plan_files(pair, tmp_path):
    form = "syncheck audit --year 2024 prov.xlsx kota.xlsx --year 2025 prov.xlsx kota.xlsx"
    assert _run(["audit", pair[1], "--lang", "en"]) == (
        3, "", f"syncheck: error: {pair[1]}: a plan file, not an audit file (TOML): give each year's plan files after --year N, as in {form}\n")
    renamed = tmp_path / "rencana.dat"  # a workbook by its content, whatever its name
    renamed.write_bytes(open(pair[1], "rb").read())
    assert _run(["audit", str(renamed)]) == (3, "", (
        f"syncheck: kesalahan: {renamed}: berkas rencana, bukan berkas audit (TOML): berikan berkas-berkas rencana tiap tahun "
        f"sesudah --year N, seperti {form}\n"))


# --- a --level-of the title contradicts ---------------------------------------------------------------


def test_a_level_the_title_contradicts_is_used_with_a_warning(pair, tmp_path):
    out = tmp_path / "hasil.json"
    code, _, stderr = _run(["compare", *pair, "--level-of", f"{CITY_NAME}=kabupaten", "--json", str(out), "--lang", "en"])
    english = (f"{CITY_NAME}: level kabupaten given by --level-of FILE=LEVEL contradicts the plan's title, which names Kota Contoh (kota); "
               "kabupaten is used as given")
    assert code == 0 and f"syncheck: warning: {english}" in stderr.splitlines()
    document = json.loads(out.read_text(encoding="utf-8"))
    assert {"file": CITY_NAME, "sheet": None, "row": None, "message": english.partition(": ")[2]} in document["warnings"]
    assert [plan["level"] for plan in document["inputs"]] == ["provinsi", "kabupaten"]
    indonesian = (f"syncheck: peringatan: {CITY_NAME}: tingkat kabupaten yang diberikan lewat --level-of FILE=LEVEL bertentangan dengan "
                  "judul rencana, yang menyebut Kota Contoh (kota); kabupaten tetap dipakai")
    assert indonesian in _run(["compare", *pair, "--level-of", f"{CITY_NAME}=kabupaten"])[2].splitlines()


def test_a_level_the_title_agrees_with_draws_no_warning(pair):
    code, _, stderr = _run(["compare", *pair, "--level-of", f"{CITY_NAME}=kota", "--lang", "en"])
    assert code == 0 and "contradicts" not in stderr
