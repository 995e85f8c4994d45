"""What a compare run tells on stderr beside its report: a clean folder run tells no warning about nothing wrong."""

from __future__ import annotations

import os

from click.testing import CliRunner

from syncheck.cli import main
from syncheck.grouping import group_plans, year_label_notes

from test_grouping import plan

SAMPLES = os.path.join(os.path.dirname(__file__), os.pardir, "sample_data")


def test_a_folders_kab_kota_joined_to_their_province_draw_no_note_of_a_moved_order():
    files = [plan("Kabupaten Demak"), plan("Kota Banjarbaru"), plan("Provinsi Jawa Tengah"), plan("Provinsi Kalimantan Selatan")]
    groups, notes = group_plans(files, frozenset(member.path for member in files))
    assert [[member.label for member in group] for group in groups] == [
        ["Provinsi Jawa Tengah", "Kabupaten Demak"], ["Provinsi Kalimantan Selatan", "Kota Banjarbaru"]]  # fmt: skip
    assert not [note for note in notes if note.kind == "regrouped"]
    _, given = group_plans(files)  # the same files given one by one, in that order: each moved file noted
    assert sum(note.kind == "regrouped" for note in given) == 2


def test_plans_of_several_years_of_one_government_are_one_note():
    files = [plan("Provinsi Jawa Tengah", 2023), plan("Kabupaten Demak", 2023), plan("Provinsi Jawa Tengah", 2024),
             plan("Kabupaten Demak", 2024), plan("Provinsi Jawa Tengah", 2025), plan("Kabupaten Demak", 2025)]  # fmt: skip
    groups, notes = group_plans(files)
    (note,) = year_label_notes([member for group in groups for member in group], notes)
    assert note.message == (
        "3 plans of Kabupaten Demak in this run, one a year (2023, 2024, 2025): shown as 'Kabupaten Demak', "
        "'Kabupaten Demak (2024)', 'Kabupaten Demak (2025)', so that their figures are never added together"
    )


def test_the_sample_folder_tells_one_note_per_government_of_several_years_and_no_order_warning():
    result = CliRunner().invoke(main, ["compare", SAMPLES, "--lang", "en"])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert not [line for line in lines if "whatever the order" in line or " again, as in " in line]
    assert [line for line in lines if line.startswith("syncheck: note: ")] == [
        "syncheck: note: 3 plans of Kabupaten Demak in this run, one a year (2023, 2024, 2025): shown as 'Kabupaten Demak', "
        "'Kabupaten Demak (2024)', 'Kabupaten Demak (2025)', so that their figures are never added together",
        "syncheck: note: 3 plans of Kota Banjarbaru in this run, one a year (2023, 2024, 2025): shown as 'Kota Banjarbaru', "
        "'Kota Banjarbaru (2024)', 'Kota Banjarbaru (2025)', so that their figures are never added together",
    ]


def test_per_province_warning_counts_name_their_workbook(tmp_path):
    result = CliRunner().invoke(main, ["compare", SAMPLES, "--per-province", "--lang", "en", "-o", str(tmp_path / "o.xlsx")])
    assert result.exit_code == 0, result.output
    counts = [line for line in result.stderr.splitlines() if "warning(s) about the input rows" in line]
    assert len(counts) == 3  # (Kalimantan Selatan's rows draw none)
    assert counts[0].endswith(f"listed on the 'Warnings' sheet of {tmp_path / 'o-provinsi-jawa-tengah-2023.xlsx'}")
