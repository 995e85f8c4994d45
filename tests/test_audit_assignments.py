"""`syncheck audit`: a plan given to the wrong government, a file given twice, a year missing at either end."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from audit_support import KAB_2023, KAB_2024, PROVINCE, write_plan
from syncheck.cli import main


def _audit_file(tmp_path, years: dict[int, dict[str, str]]) -> str:
    """An audit file naming the governments' files of each year (paths relative to it)."""
    text = '[[governments]]\nname = "Kabupaten Contoh"\nlevel = "kabupaten"\nprovince = "Provinsi Contoh"\n'
    for year, files in years.items():
        text += f"[years.{year}]\n" + "".join(f'"{name}" = "{path.split("/")[-1]}"\n' for name, path in files.items())
    path = tmp_path / "audit.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _run(args):
    return CliRunner().invoke(main, ["audit", *args])


def test_a_plan_whose_title_names_another_government_is_warned_about_on_the_console(make_workbook, tmp_path):
    province = write_plan(make_workbook, "Provinsi Contoh", 2024, PROVINCE)
    other = write_plan(make_workbook, "Kabupaten Lain", 2024, KAB_2024)
    toml = _audit_file(tmp_path, {2024: {"Provinsi Contoh": province, "Kabupaten Contoh": other}})
    result = _run([toml])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == (
        "Peringatan: kabupaten_lain_2024.xlsx menyebut Kabupaten Lain (pada judul atau nama berkasnya), "
        "tetapi berkas audit memberikannya sebagai rencana Kabupaten Contoh tahun 2024.")
    english = _run([toml, "--lang", "en"])
    assert english.output.splitlines()[-1] == (
        "Warning: kabupaten_lain_2024.xlsx names Kabupaten Lain (in its title or file name), "
        "but the audit file gives it as the plan of Kabupaten Contoh for 2024.")


def test_a_plan_named_the_same_government_in_other_words_is_not_warned_about(make_workbook, tmp_path):
    province = write_plan(make_workbook, "Provinsi Contoh", 2024, PROVINCE)
    kab = write_plan(make_workbook, "Kab. Contoh", 2024, KAB_2024)
    toml = _audit_file(tmp_path, {2024: {"Provinsi Contoh": province, "Kabupaten Contoh": kab}})
    out = tmp_path / "a.json"
    result = _run([toml, "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert not any(line.startswith("Peringatan") for line in result.output.splitlines())
    messages = [w["message"] for w in json.loads(out.read_text(encoding="utf-8"))["warnings"]]
    assert not any("audit file" in m or "government name" in m for m in messages), messages


def test_one_file_given_for_two_governments_is_refused(make_workbook, tmp_path):
    province = write_plan(make_workbook, "Provinsi Contoh", 2024, PROVINCE)
    toml = _audit_file(tmp_path, {2024: {"Provinsi Contoh": province, "Kabupaten Contoh": province}})
    result = _run([toml])
    assert (result.exit_code, result.output.strip()) == (3, (
        "syncheck: kesalahan: audit.toml: provinsi_contoh_2024.xlsx diberikan dua kali, untuk Provinsi Contoh 2024 dan "
        "untuk Kabupaten Contoh 2024: satu berkas adalah rencana satu pemda untuk satu tahun"))


def test_one_file_given_for_two_years_is_refused(make_workbook):
    kab = write_plan(make_workbook, "Kabupaten Contoh", 2024, KAB_2024)
    result = _run(["--year", "2023", kab, "--year", "2024", kab, "--lang", "en"])
    assert (result.exit_code, result.output.strip()) == (3, (
        "syncheck: error: kabupaten_contoh_2024.xlsx is given twice, for 2023 and for 2024: "
        "a file is the plan of one government and one year"))


def test_a_copy_given_for_another_year_is_warned_about(make_workbook, tmp_path):
    province = write_plan(make_workbook, "Provinsi Contoh", 2023, PROVINCE)
    kab = write_plan(make_workbook, "Kabupaten Contoh", 2023, KAB_2023)
    copy = shutil.copy(kab, tmp_path / "kabupaten_contoh_salinan.xlsx")
    result = _run(["--year", "2023", province, kab, "--year", "2024", str(copy), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == (
        "Warning: kabupaten_contoh_salinan.xlsx (Kabupaten Contoh 2024) has the same content as "
        "kabupaten_contoh_2023.xlsx (Kabupaten Contoh 2023).")


def test_a_year_missing_at_either_end_is_noted_as_a_missing_middle_year_is(make_workbook, tmp_path):
    plans = {year: write_plan(make_workbook, "Provinsi Contoh", year, PROVINCE) for year in (2023, 2024, 2025)}
    kab = {year: write_plan(make_workbook, "Kabupaten Contoh", year, KAB_2024) for year in (2024, 2025)}
    years = {year: {"Provinsi Contoh": plans[year], **({"Kabupaten Contoh": kab[year]} if year in kab else {})}
             for year in plans}
    out = tmp_path / "a.json"
    result = _run([_audit_file(tmp_path, years), "--json", str(out)])
    assert result.exit_code == 0, result.output
    messages = [w["message"] for w in json.loads(out.read_text(encoding="utf-8"))["warnings"]]
    assert "Kabupaten Contoh has no plan for 2023; its continuity is traced over 2024, 2025 only" in messages
