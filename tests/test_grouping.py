"""Province groups by content: each kab/kota with the province it lies in (data/kabkota.csv), whatever the file order."""

from __future__ import annotations

import glob
import importlib.resources
import json
import os
from collections import Counter
from dataclasses import replace

import pytest
from click.testing import CliRunner

from syncheck import provinces
from syncheck.cli import main
from syncheck.grouping import group_notes, group_plans, province_groups
from syncheck.home_provinces import kabkota_province
from syncheck.models import Level, Options, Plan
from syncheck.pipeline import compare

SAMPLES = os.path.join(os.path.dirname(__file__), os.pardir, "sample_data")
LEVELS = {"provinsi": Level.PROVINSI, "kabupaten": Level.KABUPATEN, "kota": Level.KOTA}


def plan(government: str, year: int | None = 2024) -> Plan:
    """A plan with no rows, named and levelled by its government ('Kota Semarang'), its file named after it."""
    file = f"{government.lower().replace(' ', '_')}_{year}.xlsx"
    return Plan(file, f"/data/{file}", f"sha-{file}", government, LEVELS[government.split()[0].lower()], year, (), (), (), (), 0)


def grouped(*plans: Plan) -> tuple[list[list[str]], list[str]]:
    """The groups as 'government year' lists, and the notes' messages."""
    groups, notes = group_plans(list(plans))
    return [[f"{member.label} {member.year}" for member in group] for group in groups], [note.message for note in notes]


# --- data/kabkota.csv -----------------------------------------------------------------------------


def _rows() -> tuple[tuple[str, str, str], ...]:
    return provinces.kabkota_rows()


def test_kabkota_list_holds_every_kabupaten_and_kota_of_the_38_provinces():
    rows = _rows()
    assert Counter(level for level, _, _ in rows) == {"kabupaten": 416, "kota": 98}
    assert {province for _, _, province in rows} == {provinces.official_name(line.split(",")[0]) for line in provinces.data_lines("provinces.csv")}
    per_province = Counter((province, level) for level, _, province in rows)
    assert (per_province["Jawa Timur", "kabupaten"], per_province["Jawa Timur", "kota"]) == (29, 9)
    assert (per_province["Papua Selatan", "kabupaten"], per_province["Papua Selatan", "kota"]) == (4, 0)
    assert (per_province["DKI Jakarta", "kabupaten"], per_province["DKI Jakarta", "kota"]) == (1, 5)


def test_kabkota_list_ships_with_the_package():
    text = importlib.resources.files("syncheck").joinpath("data", "kabkota.csv").read_text(encoding="utf-8")
    assert "kota,Banjarbaru,Kalimantan Selatan" in text.splitlines()


def test_twin_names_are_told_apart_by_level():
    assert kabkota_province("Kota Bogor") == kabkota_province("Kabupaten Bogor") == "Jawa Barat"
    assert kabkota_province("Kota Banjar") == "Jawa Barat"
    assert kabkota_province("Kabupaten Banjar") == "Kalimantan Selatan"
    assert kabkota_province("Kota Demak") == kabkota_province("Kabupaten Batu") == ""  # no such kab/kota
    assert kabkota_province("Semarang") == ""  # no level word


def test_official_and_written_forms_of_a_name_find_its_province():
    assert kabkota_province("Kota Administrasi Jakarta Pusat") == "DKI Jakarta"
    assert kabkota_province("Kab. Kep. Siau Tagulandang Biaro") == "Sulawesi Utara"
    assert kabkota_province("Kota Pangkal Pinang") == "Kepulauan Bangka Belitung"
    assert kabkota_province("Kabupaten Kukar") == "Kalimantan Timur"  # a short name of kabkota_aliases.csv


# --- a run read whole -----------------------------------------------------------------------------


def test_kab_kota_given_before_every_province_join_their_own_province_and_year():
    files = [plan("Kabupaten Demak", 2023), plan("Kabupaten Demak", 2024), plan("Kota Banjarbaru", 2024),
             plan("Provinsi Jawa Tengah", 2023), plan("Provinsi Jawa Tengah", 2024), plan("Provinsi Kalimantan Selatan", 2024)]  # fmt: skip
    groups, notes = grouped(*files)
    assert groups == [
        ["Provinsi Jawa Tengah 2023", "Kabupaten Demak 2023"],
        ["Provinsi Jawa Tengah 2024", "Kabupaten Demak (2024) 2024"],  # another year: told apart by its year
        ["Provinsi Kalimantan Selatan 2024", "Kota Banjarbaru 2024"],
    ]
    assert notes[0] == (
        "Kabupaten Demak lies in Jawa Tengah: it is compared with provinsi_jawa_tengah_2023.xlsx, that province's plan, "
        "whatever the order of the files"
    )
    assert len(notes) == 4  # each regrouped file once, and the second Demak shown apart
    assert notes[3].startswith("Kabupaten Demak again, as in kabupaten_demak_2023.xlsx: this plan of 2024 is shown as")
    assert not any("before any province" in note or "lies in Kalimantan Selatan, not" in note for note in notes)


def test_a_second_file_of_a_plan_of_another_years_government_is_noted_as_a_second_file():
    second = replace(plan("Kabupaten Demak", 2024), file="kabupaten_demak_2024_revisi.xlsx", sha256="sha-revisi")
    files = [plan("Provinsi Jawa Tengah", 2023), plan("Kabupaten Demak", 2023), plan("Provinsi Jawa Tengah", 2024),
             plan("Kabupaten Demak", 2024), second]  # fmt: skip
    groups, notes = grouped(*files)
    assert groups[1] == ["Provinsi Jawa Tengah 2024", "Kabupaten Demak (2024) 2024", "Kabupaten Demak (3) 2024"]
    assert notes == [
        "Kabupaten Demak again, as in kabupaten_demak_2023.xlsx: this plan of 2024 is shown as 'Kabupaten Demak (2024)', "
        "so that its figures are never added to those of the plan of 2023",
        "Kabupaten Demak again, as in kabupaten_demak_2024.xlsx: both files are compared, this one shown as "
        "'Kabupaten Demak (3)', and their figures are never added together; give one file per government (or --name "
        "FILE=NAME when they are two governments)",
    ]


def test_a_kab_kota_after_its_province_of_its_year_stays_without_a_note():
    groups, notes = grouped(plan("Provinsi Jawa Tengah"), plan("Kota Semarang"), plan("Provinsi Jawa Timur"), plan("Kota Batu"))
    assert groups == [["Provinsi Jawa Tengah 2024", "Kota Semarang 2024"], ["Provinsi Jawa Timur 2024", "Kota Batu 2024"]]
    assert notes == []


def test_a_kab_kota_of_unknown_province_keeps_the_order_of_the_files():
    files = [plan("Kota Contoh"), plan("Provinsi Jawa Timur"), plan("Kota Semarang"), plan("Provinsi Jawa Tengah"), plan("Kota Lain")]
    groups, notes = grouped(*files)
    assert groups == [["Provinsi Jawa Timur 2024", "Kota Contoh 2024"], ["Provinsi Jawa Tengah 2024", "Kota Semarang 2024", "Kota Lain 2024"]]
    assert notes[0].startswith("Kota Semarang lies in Jawa Tengah: it is compared with provinsi_jawa_tengah_2024.xlsx")
    assert notes[1].startswith("Kota Contoh is given before any province file")
    assert len(notes) == 2


def test_twin_names_join_the_province_of_their_level():
    files = [plan("Kota Banjar"), plan("Kabupaten Banjar"), plan("Provinsi Kalimantan Selatan"), plan("Provinsi Jawa Barat")]
    groups, _ = grouped(*files)
    assert groups == [["Provinsi Kalimantan Selatan 2024", "Kabupaten Banjar 2024"], ["Provinsi Jawa Barat 2024", "Kota Banjar 2024"]]


def test_a_kab_kota_whose_province_is_not_given_keeps_the_order_and_is_warned_about():
    groups, notes = grouped(plan("Provinsi Jawa Tengah"), plan("Kota Banjarbaru"), plan("Provinsi Jawa Timur"), plan("Kota Batu"))
    assert groups == [["Provinsi Jawa Tengah 2024", "Kota Banjarbaru 2024"], ["Provinsi Jawa Timur 2024", "Kota Batu 2024"]]
    assert notes == [
        "Kota Banjarbaru lies in Kalimantan Selatan, not in Provinsi Jawa Tengah: it is compared with Provinsi Jawa Tengah "
        "only as the files are given, in its own pair, and left out of the figures of Provinsi Jawa Tengah against all its "
        "kab/kota together (give the plan of Kalimantan Selatan to compare it with its own province)"
    ]


def test_one_province_keeps_the_order_of_the_files_and_warns_of_a_kab_kota_of_another_province():
    groups, notes = grouped(plan("Kota Banjarbaru", 2023), plan("Provinsi Jawa Tengah"), plan("Kota Semarang"))
    assert groups == [["Provinsi Jawa Tengah 2024", "Kota Banjarbaru 2023", "Kota Semarang 2024"]]
    # the one province takes every kab/kota whatever the order, unnoted; one of another province is said
    assert [note.split(":")[0] for note in notes] == ["Kota Banjarbaru lies in Kalimantan Selatan, not in Provinsi Jawa Tengah"]


def test_one_province_with_its_own_kab_kota_is_grouped_as_given():
    groups, notes = grouped(plan("Kota Semarang"), plan("Provinsi Jawa Tengah"), plan("Kabupaten Demak"))
    assert groups == [["Provinsi Jawa Tengah 2024", "Kota Semarang 2024", "Kabupaten Demak 2024"]]
    assert notes == []  # the only province: the order of the files does not matter


def test_a_kab_kota_plan_of_another_year_is_left_out_when_its_plan_of_the_province_year_is_given():
    # the province's plan of 2024 is not in the run: Kota Bogor's 2024 plan is not compared with the 2025 one
    files = [plan("Provinsi Jawa Barat", 2025), plan("Kota Bogor", 2024), plan("Kota Bogor", 2025), plan("Kabupaten Bogor", 2025)]
    groups, notes = grouped(*files)
    assert groups == [["Provinsi Jawa Barat 2025", "Kota Bogor 2025", "Kabupaten Bogor 2025"]]  # no 'Kota Bogor (2025)'
    assert notes == [
        "Kota Bogor's plan of 2024 (kota_bogor_2024.xlsx) is not compared: Provinsi Jawa Barat's plan "
        "(provinsi_jawa_barat_2025.xlsx) is of 2025, and Kota Bogor's plan of 2025 (kota_bogor_2025.xlsx) is compared with it"
    ]
    # so too in a run of several provinces, the kab/kota given first
    files = [plan("Kota Bogor", 2024), plan("Kota Bogor", 2025), plan("Provinsi Banten", 2025), plan("Kota Serang", 2025), plan("Provinsi Jawa Barat", 2025)]
    groups, notes = grouped(*files)
    assert groups == [["Provinsi Banten 2025", "Kota Serang 2025"], ["Provinsi Jawa Barat 2025", "Kota Bogor 2025"]]
    assert sum("is not compared" in note for note in notes) == 1


def test_a_kab_kota_plan_of_another_year_alone_is_compared_as_given():
    groups, notes = grouped(plan("Provinsi Jawa Barat", 2025), plan("Kota Bogor", 2024))
    assert groups == [["Provinsi Jawa Barat 2025", "Kota Bogor 2024"]]  # (pipeline warns of the two years)
    assert notes == []
    groups, _ = grouped(plan("Provinsi Jawa Barat", None), plan("Kota Bogor", 2024), plan("Kota Bogor", 2025))
    assert len(groups[0]) == 3  # a year unknown tells nothing


def test_a_copy_of_a_file_is_compared_once():
    copy = replace(plan("Provinsi Kalimantan Selatan", 2025), file="Salinan RKPD Kalsel 2025.xlsx")
    files = [copy, plan("Kabupaten Banjar", 2025), plan("Provinsi Jawa Barat", 2025), plan("Kota Bogor", 2025),
             plan("Provinsi Kalimantan Selatan", 2025)]  # fmt: skip
    groups, notes = grouped(*files)
    assert groups == [["Provinsi Kalimantan Selatan 2025", "Kabupaten Banjar 2025"], ["Provinsi Jawa Barat 2025", "Kota Bogor 2025"]]
    assert notes == ["same content as Salinan RKPD Kalsel 2025.xlsx: compared once"]


def test_two_plans_of_one_province_and_year_name_the_one_its_kab_kota_are_compared_with():
    draft = replace(plan("Provinsi Kalimantan Selatan", 2025), file="rancangan_kalsel_2025.xlsx", sha256="sha-draft")
    files = [plan("Kabupaten Banjar", 2025), draft, plan("Provinsi Kalimantan Selatan", 2025), plan("Provinsi Jawa Barat", 2025), plan("Kota Bogor", 2025)]
    groups, notes = grouped(*files)
    assert groups == [["Provinsi Kalimantan Selatan 2025", "Kabupaten Banjar 2025"], ["Provinsi Jawa Barat 2025", "Kota Bogor 2025"]]
    assert group_plans(files)[0][0][0].file == "rancangan_kalsel_2025.xlsx"  # the last given before its kab/kota, as before
    assert notes[-1] == (
        "Provinsi Kalimantan Selatan 2025 has another plan in this run (rancangan_kalsel_2025.xlsx), and its kabupaten/kota "
        "are compared with that one: provinsi_kalimantan_selatan_2025.xlsx is not compared (give one plan per province and year)"
    )
    assert not any("give its kabupaten/kota files after it" in note for note in notes)


def test_one_console_note_per_province_group_whose_kab_kota_the_order_moved():
    files = [plan("Kota Semarang"), plan("Kabupaten Demak"), plan("Kota Banjarbaru"), plan("Provinsi Jawa Tengah"),
             plan("Provinsi Kalimantan Selatan"), plan("Provinsi Jawa Timur"), plan("Kota Batu")]  # fmt: skip
    groups, notes = group_plans(files)
    assert sum(note.kind == "regrouped" for note in notes) == 3
    assert [note.message for note in group_notes(groups, notes)] == [
        "Provinsi Jawa Tengah 2024 is compared with its 2 kabupaten/kota of this run, whatever the order of the files: "
        "Kabupaten Demak, Kota Semarang",  # by name, whatever the order
        "Provinsi Kalimantan Selatan 2024 is compared with its 1 kabupaten/kota of this run, whatever the order of the files: Kota Banjarbaru",
    ]  # Jawa Timur's Kota Batu came after it: no line


# --- a streamed run (--per-province) --------------------------------------------------------------


def _streamed(*plans: Plan) -> list[list[str]]:
    return [[member.label for member in group] for group, _ in province_groups(list(plans), streamed=True)]


def test_streamed_run_with_a_province_plan_of_no_year_is_no_other_year_and_names_no_none():
    files = [plan("Provinsi Jawa Tengah", None), plan("Kabupaten Demak", 2024), plan("Provinsi Jawa Tengah", 2024), plan("Kota Semarang", 2024)]
    assert _streamed(*files) == [["Provinsi Jawa Tengah", "Kabupaten Demak"], ["Provinsi Jawa Tengah", "Kota Semarang"]]


def test_streamed_run_in_order_or_of_one_province_or_unknown_places_is_grouped_as_given():
    assert _streamed(plan("Provinsi Jawa Tengah"), plan("Kota Semarang"), plan("Provinsi Jawa Timur"), plan("Kota Batu")) == [
        ["Provinsi Jawa Tengah", "Kota Semarang"], ["Provinsi Jawa Timur", "Kota Batu"]]  # fmt: skip
    assert _streamed(plan("Kota Banjarbaru"), plan("Provinsi Jawa Tengah")) == [["Provinsi Jawa Tengah", "Kota Banjarbaru"]]
    assert _streamed(plan("Kota Contoh"), plan("Provinsi Jawa Tengah"), plan("Provinsi Jawa Timur"), plan("Kota Lain")) == [
        ["Provinsi Jawa Tengah", "Kota Contoh"], ["Provinsi Jawa Timur", "Kota Lain"]]  # fmt: skip


# --- the sample data as a shell glob gives it -----------------------------------------------------


@pytest.fixture(scope="module")
def glob_result():
    """compare sample_data/*.xlsx: every kab/kota file sorts before every province file."""
    return compare(sorted(glob.glob(os.path.join(SAMPLES, "*.xlsx"))), Options(workers=1))


def test_sample_glob_pairs_each_kab_kota_with_its_own_province_and_year(glob_result):
    pairs = [(group[0].file, plan.file) for group in glob_result.groups for plan in group[1:]]
    assert sorted(pairs) == sorted([
        ("provinsi_jawa_tengah_2023.xlsx", "kabupaten_demak_2023.xlsx"),
        ("provinsi_jawa_tengah_2024.xlsx", "kabupaten_demak_2024.xlsx"),
        ("provinsi_jawa_tengah_2024.xlsx", "kota_magelang_2024.xlsx"),
        ("provinsi_jawa_tengah_2024.xlsx", "kota_semarang_2024.xlsx"),
        ("provinsi_jawa_tengah_2025.xlsx", "kabupaten_demak_2025.xlsx"),
        ("provinsi_kalimantan_selatan_2023.xlsx", "kota_banjarbaru_2023.xlsx"),
        ("provinsi_kalimantan_selatan_2024.xlsx", "kota_banjarbaru_2024.xlsx"),
        ("provinsi_kalimantan_selatan_2025.xlsx", "kota_banjarbaru_2025.xlsx"),
    ])  # fmt: skip
    assert all(plan.year == group[0].year for group in glob_result.groups for plan in group[1:])
    messages = [warning.message for warning in glob_result.warnings]
    assert not any("before any province" in message or "no kabupaten/kota file" in message or "compared as given" in message or "not compared" in message for message in messages)


def test_sample_glob_keeps_each_years_figures_apart(glob_result):
    pairs = {(summary.left, summary.right) for summary in glob_result.summaries}
    assert len(pairs) == 8  # one pair of names per province-kab/kota pair: no pair's figures merged with another year's
    from syncheck.group_totals import group_totals

    (total,) = group_totals(glob_result)  # Jawa Tengah 2024, with Demak, Magelang and Semarang
    assert [figures.left_total for figures in total.kinds] == [83, 107, 156]  # the 2024 plan's, not the 2023 plan's


def test_sample_glob_with_per_province_compares_each_kab_kota_with_its_own_province_and_year(tmp_path, glob_result):
    files = sorted(glob.glob(os.path.join(SAMPLES, "*.xlsx")))
    result = CliRunner().invoke(main, ["compare", *files, "--json", str(tmp_path / "out.json"), "--per-province", "--lang", "en"])
    assert result.exit_code == 0, result.output
    names = sorted(path.name for path in tmp_path.iterdir())
    # a province with plans of several years: each output named with its year, not numbered
    assert names == [f"out-provinsi-{province}-{year}.json" for province in ("jawa-tengah", "kalimantan-selatan") for year in (2023, 2024, 2025)]
    outputs = [json.loads((tmp_path / name).read_text(encoding="utf-8")) for name in names]
    pairs = {(row["left_file"], row["right_file"], row["year"]) for document in outputs for row in document["summary"]}
    assert pairs == {(group[0].file, plan.file, group[0].year) for group in glob_result.groups for plan in group[1:]}
    # one line on stderr per province group whose kab/kota the order of the files put elsewhere
    moved = [line for line in result.stderr.splitlines() if "whatever the order of the files" in line]
    assert moved[0] == ("syncheck: warning: provinsi_jawa_tengah_2023.xlsx: Provinsi Jawa Tengah 2023 is compared with its 1 "
                        "kabupaten/kota of this run, whatever the order of the files: Kabupaten Demak")  # fmt: skip
    assert len(moved) == 6
    notes = [warning["message"] for document in outputs for warning in document["warnings"] if "whatever the order" in warning["message"]]
    assert len(notes) == 8  # each kab/kota file's own note stays in the JSON
