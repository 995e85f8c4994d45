"""A --per-province run of files in any order: a first look at each file (name, title rows) orders them by province."""

from __future__ import annotations

import json

from support import make_runner
from syncheck.cli import main
from syncheck.models import Level, Options
from syncheck.pipeline import compare, compare_by_province
from syncheck.run_order import first_look, run_order
from syncheck.sources import head_sheets
from test_cli import CITY, HEADER, PROVINCE


def titled(rows: list[list[object]], government: str, year: int = 2025) -> list[list[object]]:
    """The rows of test_cli's plan under another government's title and year."""
    return [["RENCANA KERJA PEMERINTAH DAERAH"], [government], [f"TAHUN {year}"], []] + rows[4:]


def write(make_workbook, *plans: tuple[str, str, int]) -> list[str]:
    """Workbooks of (file name, title, year): province plans for 'PROVINSI ...' titles, else kab/kota plans."""
    return [str(make_workbook(titled(PROVINCE if title.startswith("PROVINSI") else CITY, title, year), name=name)) for name, title, year in plans]


def national(make_workbook) -> list[str]:
    """Two provinces, the kab/kota first, as a shell glob sorts them (their names tell nothing)."""
    return write(make_workbook, ("a_bogor.xlsx", "KOTA BOGOR", 2025), ("b_serang.xlsx", "KOTA SERANG", 2025), ("c_cilegon.xlsx", "KOTA CILEGON", 2025),
                 ("d_prov_banten.xlsx", "PROVINSI BANTEN", 2025), ("e_prov_jabar.xlsx", "PROVINSI JAWA BARAT", 2025))  # fmt: skip


def test_first_look_reads_the_title_rows_of_the_first_rows_only(make_workbook):
    path = make_workbook(titled(CITY, "KOTA BOGOR", 2024) + [["9.99", f"PROGRAM {n}", None, 1] for n in range(500)], name="rkpd.xlsx")
    assert [len(sheet.rows) for sheet in head_sheets(str(path), 20, 3)] == [20]
    look = first_look(str(path), "rkpd.xlsx", Options())
    assert (look.government, look.level, look.year, look.items) == ("Kota Bogor", Level.KOTA, 2024, ())
    # the options override it, as they do the full reading
    look = first_look(str(path), "rkpd.xlsx", Options(government_overrides=(("rkpd.xlsx", "Kota Depok"),), year_override=2025))
    assert (look.government, look.year) == ("Kota Depok", 2025)


def test_files_in_any_order_are_read_province_by_province(make_workbook):
    files = national(make_workbook)
    order = run_order(files, Options(workers=1))
    assert [path.rsplit("/", 1)[1] for path in order.paths] == ["d_prov_banten.xlsx", "b_serang.xlsx", "c_cilegon.xlsx", "e_prov_jabar.xlsx", "a_bogor.xlsx"]
    results = list(compare_by_province(files, Options(workers=1)))
    whole = compare(files, Options(workers=1))
    assert [[plan.file for plan in result.plans] for result in results] == [[plan.file for plan in group] for group in whole.groups]
    # each kab/kota's note stays with its group's result
    assert [sum("whatever the order" in warning.message for warning in result.warnings) for result in results] == [2, 1]


def test_per_province_in_any_order_writes_one_output_per_province_and_a_line_per_province(make_workbook, tmp_path):
    files = national(make_workbook)
    result = make_runner().invoke(main, ["compare", *files, "--json", str(tmp_path / "hasil.json"), "--per-province", "--lang", "en"])
    assert result.exit_code == 0, result.stderr
    assert sorted(path.name for path in tmp_path.glob("hasil-*.json")) == ["hasil-provinsi-banten.json", "hasil-provinsi-jawa-barat.json"]
    assert [line for line in result.stderr.splitlines() if "whatever the order" in line] == [
        "syncheck: warning: d_prov_banten.xlsx: Provinsi Banten 2025 is compared with its 2 kabupaten/kota of this run, whatever the order "
        "of the files: Kota Cilegon, Kota Serang",
        "syncheck: warning: e_prov_jabar.xlsx: Provinsi Jawa Barat 2025 is compared with its 1 kabupaten/kota of this run, whatever the "
        "order of the files: Kota Bogor",
    ]
    banten = json.loads((tmp_path / "hasil-provinsi-banten.json").read_text(encoding="utf-8"))
    assert {(row["left_file"], row["right_file"], row["year"]) for row in banten["summary"]} == {
        ("d_prov_banten.xlsx", "b_serang.xlsx", 2025), ("d_prov_banten.xlsx", "c_cilegon.xlsx", 2025)}  # fmt: skip


def test_per_province_leaves_out_a_copy_and_another_years_plan_as_the_whole_run_does(make_workbook, tmp_path):
    files = national(make_workbook) + write(make_workbook, ("f_bogor_2024.xlsx", "KOTA BOGOR", 2024))
    copy = tmp_path / "g_salinan_banten.xlsx"
    copy.write_bytes(open(files[3], "rb").read())
    results = list(compare_by_province([*files, str(copy)], Options(workers=1)))
    assert [[plan.file for plan in result.plans] for result in results] == [
        ["d_prov_banten.xlsx", "b_serang.xlsx", "c_cilegon.xlsx"], ["e_prov_jabar.xlsx", "a_bogor.xlsx"]]  # fmt: skip
    notes = [warning.message for result in results for warning in result.warnings if not warning.ref.row]
    assert "same content as d_prov_banten.xlsx: compared once" in notes
    assert any(note.startswith("Kota Bogor's plan of 2024 (f_bogor_2024.xlsx) is not compared") for note in notes)


def test_per_province_stops_when_a_file_read_in_full_is_not_what_its_first_rows_said(make_workbook, tmp_path):
    # a province plan without a title, its level only in its codes (x.xx.xx.1.xx), beside two titled provinces
    files = write(make_workbook, ("provinsi_contoh_2025.xlsx", "PROVINSI CONTOH", 2025), ("kota_contoh_2025.xlsx", "KOTA CONTOH", 2025))
    untitled = make_workbook(HEADER + PROVINCE[5:], name="rencana_2025.xlsx")
    result = make_runner().invoke(main, ["compare", *files, str(untitled), "--json", str(tmp_path / "r.json"), "--per-province", "--lang", "en"])
    assert result.exit_code == 3
    assert result.stderr == (
        "syncheck: error: rencana_2025.xlsx: read in full as rencana_2025, provinsi, 2025, where its name and title rows give "
        "rencana_2025, kabupaten, 2025: --per-province, which puts the files in the order of their province groups by their names "
        "and title rows, may have put it in the wrong group; give its --name, --level-of or --year (or run without --per-province)\n"
    )
    # told its level, the run goes on
    fixed = ["--level-of", "rencana_2025.xlsx=provinsi"]
    result = make_runner().invoke(main, ["compare", *files, str(untitled), "--json", str(tmp_path / "r.json"), "--per-province", *fixed])
    assert result.exit_code == 0, result.stderr


def test_a_kab_kota_plan_of_another_year_than_its_province_is_compared_with_a_warning_on_stderr(make_workbook, tmp_path):
    files = write(make_workbook, ("prov_2025.xlsx", "PROVINSI JAWA BARAT", 2025), ("kota bogor 2024.xlsx", "KOTA BOGOR", 2024))
    result = make_runner().invoke(main, ["compare", *files, "--json", str(tmp_path / "r.json"), "--lang", "en"])
    assert result.exit_code == 0, result.stderr
    warning = ("Kota Bogor's plan (kota bogor 2024.xlsx) is of 2024, Provinsi Jawa Barat's (prov_2025.xlsx) of 2025: compared as given; "
               "give plans of one year, or --year N when a year is read wrong")  # fmt: skip
    assert f"syncheck: warning: kota bogor 2024.xlsx: {warning}" in result.stderr.splitlines()
    assert warning in [entry["message"] for entry in json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["warnings"]]
    result = make_runner().invoke(main, ["compare", *files])
    assert ("syncheck: peringatan: kota bogor 2024.xlsx: rencana Kota Bogor (kota bogor 2024.xlsx) tahun 2024, rencana Provinsi Jawa Barat "
            "(prov_2025.xlsx) tahun 2025: dibandingkan sebagaimana diberikan; berikan rencana dari satu tahun yang sama, atau --year N "
            "bila tahunnya salah terbaca") in result.stderr.splitlines()  # fmt: skip
