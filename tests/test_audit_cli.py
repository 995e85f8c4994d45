"""`syncheck audit`: the audit file, the command line, exact text, outputs read back, errors."""

from __future__ import annotations

import json

import openpyxl
import pytest
from click.testing import CliRunner

from audit_support import KAB_2023, KAB_2024, PROVINCE, plan_rows, write_plan
from syncheck.cli import main

KAB_WITH_PUG = KAB_2023 + [
    ["2.08.02", "PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN", None, 20, "DP3A"],
    ["2.08.02.2.01", "Pelembagaan Pengarusutamaan Gender (PUG) pada Lembaga Pemerintah", None, 20, "DP3A"],
    ["2.08.02.2.01.01", "@Koordinasi dan Sinkronisasi PUG", "Kab", 20, "DP3A"],
]


@pytest.fixture
def files(make_workbook):
    """(2023 files, 2024 files): a province and a kabupaten that stops funding PUG."""
    return (
        [write_plan(make_workbook, "Provinsi Contoh", 2023, PROVINCE), write_plan(make_workbook, "Kabupaten Contoh", 2023, KAB_WITH_PUG)],
        [write_plan(make_workbook, "Provinsi Contoh", 2024, PROVINCE), write_plan(make_workbook, "Kabupaten Contoh", 2024, KAB_2024)],
    )


def _run(args):
    return CliRunner().invoke(main, ["audit", *args])


def _year_args(files):
    before, after = files
    return ["--year", "2023", *before, "--year", "2024", *after]


def test_console_in_english(files):
    result = _run([*_year_args(files), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "Audit 2023-2024: 2 governments, 4 files.",
        "From 2023 to 2024, programs: 4 continued, 0 renamed, 0 new, 2 dropped.",
        "From 2023 to 2024, activities: 5 continued, 0 renamed, 0 new, 2 dropped.",
        "From 2023 to 2024, sub-activities: 3 continued, 2 renamed, 2 new, 4 dropped.",
        "Programs of Provinsi Contoh the same as Kabupaten Contoh's: 50.0% (2023), 50.0% (2024); +0.0 points.",
        "Gender mainstreaming (PUG) is not funded by Kabupaten Contoh in 2024 (last funded 2023); not yet funded again.",
    ]


def test_console_in_indonesian_is_the_default(files):
    result = _run(_year_args(files))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Audit 2023-2024: 2 pemerintah daerah, 4 berkas."
    assert lines[3] == "Dari 2023 ke 2024, sub kegiatan: 3 berlanjut, 2 berganti nama, 2 baru, 4 dihentikan."
    assert lines[-1] == ("Pengarusutamaan gender (PUG) tidak didanai Kabupaten Contoh pada 2024 (terakhir 2023); "
                         "belum didanai kembali.")


def test_audit_file_with_relative_paths_and_governments(files, tmp_path):
    before, after = files
    toml = tmp_path / "audit.toml"
    toml.write_text(
        'title = "Audit contoh"\nlang = "en"\n[thresholds]\nrename = 60\n'
        '[[governments]]\nname = "Kabupaten Contoh"\nlevel = "kabupaten"\nprovince = "Provinsi Contoh"\n'
        f'[years.2023]\n"Kabupaten Contoh" = "{before[1].split("/")[-1]}"\n"Provinsi Contoh" = "{before[0].split("/")[-1]}"\n'
        f'[years.2024]\nfiles = ["{after[0].split("/")[-1]}", "{after[1].split("/")[-1]}"]\n',
        encoding="utf-8",
    )
    result = _run([str(toml)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[4] == (
        "Programs of Provinsi Contoh the same as Kabupaten Contoh's: 50.0% (2023), 50.0% (2024); +0.0 points.")


def test_json_is_documented_and_byte_identical(files, tmp_path):
    outputs = []
    for name in ("a.json", "b.json"):
        result = _run([*_year_args(files), "--json", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]
    data = json.loads(outputs[0])
    assert (data["schema"], data["years"]) == (1, [2023, 2024])
    renamed = [e for e in data["continuity"] if e["status"] == "renamed"]
    assert [(e["old"]["code"], e["new"]["code"], e["score"]) for e in renamed] == [
        ("1.02.02.2.02.01", "1.02.02.2.02.01", 90.1), ("1.02.02.2.02.03", "1.02.02.2.02.05", 85.4)]
    assert renamed[0]["old"] == {"file": "kabupaten_contoh_2023.xlsx", "sheet": "Sheet1", "row": 11,
                                 "code": "1.02.02.2.02.01", "name": "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
                                 "budget": 50, "rows": [{"file": "kabupaten_contoh_2023.xlsx", "sheet": "Sheet1", "row": 11}]}
    assert renamed[0]["budget_change"] == 10
    trend = [(t["kind"], t["year"], t["left_total"], t["same"], t["change_same"]) for t in data["trend"]]
    assert trend[:2] == [("program", 2023, 2, 1, None), ("kegiatan", 2023, 2, 1, None)]
    assert ("program", 2024, 2, 1, 0) in trend
    gender = [(t["year"], t["present"], t["items"], t["budget"]) for t in data["themes"]
              if t["theme"] == "gender" and t["government"] == "Kabupaten Contoh"]
    assert gender == [(2023, True, 1, 20), (2024, False, 0, 0)]
    assert data["theme_gaps"] == [{"theme": "gender", "government": "Kabupaten Contoh", "level": "kabupaten",
                                   "last_present": 2023, "absent_years": [2024], "resumed": None}]


def test_workbook_read_back(files, tmp_path):
    out = tmp_path / "audit.xlsx"
    result = _run([*_year_args(files), "-o", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == f"Workbook written to {out}"
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["Summary", "Continuity", "Renamed", "Overlap trend", "Themes", "Theme items",
                                   "Theme gaps", "Warnings"]
    summary = workbook["Summary"]
    assert summary["A1"].value == "RKPD synchronisation audit 2023-2024"
    assert len(summary._charts) == 1
    continuity = workbook["Continuity"]
    assert continuity.freeze_panes == "A2" and continuity.auto_filter.ref.startswith("A1:P")
    header = [cell.value for cell in continuity[1]]
    assert header[:6] == ["Government", "Kind", "From year", "To year", "Status", "Score"]
    renamed = [row for row in continuity.iter_rows(min_row=2, values_only=True) if row[4] == "renamed"]
    assert renamed[0][6:13] == ("1.02.02.2.02.01", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", 50, "1.02.02.2.02.01",
                                "Pengelolaan Pelayanan Kesehatan Ibu Hamil dan Bersalin", 60, 10)
    assert continuity["I2"].number_format == '"Rp" #,##0;-"Rp" #,##0'
    assert continuity["H2"].alignment.wrap_text and continuity["K2"].alignment.wrap_text  # names show whole, wrapped
    gaps = list(workbook["Theme gaps"].iter_rows(min_row=2, values_only=True))
    assert gaps == [("Gender mainstreaming (PUG)", "Kabupaten Contoh", "kabupaten", 2023, "2024", None)]
    items = workbook["Theme items"]
    formula_name = next(row for row in items.iter_rows(min_row=2) if str(row[5].value).startswith("@Koordinasi"))
    assert formula_name[5].data_type == "s"
    for sheet in workbook.worksheets:
        assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_markdown_summary(files, tmp_path):
    out = tmp_path / "audit.md"
    result = _run([*_year_args(files), "--markdown", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# RKPD synchronisation audit 2023-2024\n\n## Main findings\n\n- From 2023 to 2024, programs:")
    assert "| Kabupaten Contoh | sub kegiatan | 2023-2024 | 1 | 2 | 2 | 4 | Rp 550 | Rp 500 |" in text
    assert "| Provinsi Contoh | Kabupaten Contoh | program | 50.0% | 50.0% | +0.0 points |" in text
    assert "| Gender mainstreaming (PUG) | Kabupaten Contoh | kabupaten | Rp 20 (1) | - |" in text


def test_json_to_stdout_prints_only_json(files):
    result = _run([*_year_args(files), "--json", "-"])
    assert result.exit_code == 0
    assert json.loads(result.output)["years"] == [2023, 2024]


@pytest.mark.parametrize("args, message", [
    ([], "syncheck: error: give an audit file (AUDIT.toml) or --year N FILE... for each year"),
    (["--year", "20x4", "a.xlsx"], "syncheck: error: --year needs a year, not '20x4'"),
    (["a.xlsx", "--year", "2024", "b.xlsx"], "syncheck: error: a.xlsx: give --year N before the files of that year, or one audit file"),
    (["--year", "2024"], "syncheck: error: --year 2024 names no file"),
    (["nothing.toml"], "syncheck: error: nothing.toml: file not found"),
])
def test_usage_errors_are_one_line_exit_3(args, message):
    result = _run([*args, "--lang", "en"])
    assert (result.exit_code, result.output.strip()) == (3, message)


def test_usage_errors_are_in_indonesian_by_default():
    result = _run(["--year", "2024"])
    assert (result.exit_code, result.output.strip()) == (3, "syncheck: kesalahan: --year 2024 tidak menyebut berkas apa pun")


def test_bad_audit_files_are_one_line_exit_3(tmp_path, files):
    toml = tmp_path / "audit.toml"
    cases = [
        ("[years.2024\n", "syncheck: error: audit.toml: not valid TOML at line 1, column 12 (parser: \"Expected ']' at the end of a table declaration\")"),
        ('[years.2024]\n"Kota X" = "hilang.xlsx"\n', "syncheck: error: audit.toml: [years.2024] names hilang.xlsx, which does not exist"),
        ('[years.dua]\nfiles = ["a.xlsx"]\n', "syncheck: error: audit.toml: [years.dua]: 'dua' is not a plan year"),
        ('year = 2024\n', "syncheck: error: audit.toml: unknown key 'year'; expected one of title, lang, themes_file, synonyms, thresholds, governments, years, themes"),
        (f"[thresholds]\nrename = 120\n[years.2024]\nfiles = ['{files[1][0]}']\n",
         "syncheck: error: audit.toml: [thresholds]: rename must be a number from 0 to 100"),
        ('[years.2024]\nfiles = []\n', "syncheck: error: audit.toml: years.2024.files must be a file name or a list of file names"),
        ("title = 'x'\n", "syncheck: error: audit.toml: no [years.N] table: name the plan files of at least one year"),
    ]
    for text, message in cases:
        toml.write_text(text, encoding="utf-8")
        result = _run([str(toml), "--lang", "en"])
        assert (result.exit_code, result.output.strip()) == (3, message), text


def test_output_may_not_overwrite_an_input(files):
    before, _ = files
    result = _run([*_year_args(files), "-o", before[0]])
    assert result.exit_code == 3
    assert result.output.strip() == "syncheck: kesalahan: provinsi_contoh_2023.xlsx: keluaran akan menimpa berkas masukan provinsi_contoh_2023.xlsx"


def test_an_audit_file_in_english_gives_its_later_errors_in_english(files, tmp_path):
    before, after = files
    toml = tmp_path / "audit.toml"
    toml.write_text(f'lang = "en"\n[years.2023]\nfiles = {before!r}\n[years.2024]\nfiles = {after!r}\n', encoding="utf-8")
    result = _run([str(toml), "-o", before[0]])
    assert result.exit_code == 3
    assert result.output.strip() == "syncheck: error: provinsi_contoh_2023.xlsx: output would overwrite the input file provinsi_contoh_2023.xlsx"


def test_a_bare_file_name_joins_the_government_of_the_other_years(make_workbook, tmp_path):
    from audit_support import HEADER

    untitled = [["RENCANA KERJA PEMERINTAH DAERAH"], ["TAHUN 2023"], [], HEADER] + KAB_2023
    bare = str(make_workbook(untitled, name="rkpd_contoh_2023.xlsx"))
    titled = write_plan(make_workbook, "Kabupaten Contoh", 2024, KAB_2024)
    out = tmp_path / "a.json"
    result = _run(["--year", "2023", bare, "--year", "2024", titled, "--json", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [g["government"] for g in data["governments"]] == ["Kabupaten Contoh"]
    assert {e["government"] for e in data["continuity"]} == {"Kabupaten Contoh"}


def test_themes_from_a_file_and_from_the_audit_file(files, tmp_path):
    themes = tmp_path / "tema.toml"
    themes.write_text('[rumah_sakit]\nlabel_id = "Rumah sakit"\nkeywords = ["rumah sakit"]\n', encoding="utf-8")
    out = tmp_path / "a.json"
    result = _run([*_year_args(files), "--themes", str(themes), "--json", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [t["id"] for t in data["theme_definitions"]] == ["rumah_sakit"]
    assert {(t["government"], t["year"], t["items"]) for t in data["themes"] if t["present"]} == {
        ("Provinsi Contoh", 2023, 1), ("Provinsi Contoh", 2024, 1), ("Kabupaten Contoh", 2023, 1), ("Kabupaten Contoh", 2024, 2)}
    before, after = files
    toml = tmp_path / "audit.toml"
    toml.write_text(f'[years.2023]\nfiles = ["{before[1]}"]\n[years.2024]\nfiles = ["{after[1]}"]\n'
                    '[themes.gender]\nlabel_id = "Gender"\nkeywords = ["kesetaraan gender"]\n', encoding="utf-8")
    result = _run([str(toml), "--json", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [t["id"] for t in data["theme_definitions"]] == ["gender", "stunting", "poverty", "climate"]
    assert data["theme_definitions"][0]["keywords"] == ["kesetaraan gender"]
    assert data["theme_gaps"] == []


def test_a_year_without_the_stated_province_has_no_trend_and_a_warning(files, tmp_path):
    before, after = files
    toml = tmp_path / "audit.toml"
    toml.write_text('[[governments]]\nname = "Kabupaten Contoh"\nprovince = "Provinsi Contoh"\n'
                    f'[years.2023]\nfiles = ["{before[0]}", "{before[1]}"]\n[years.2024]\nfiles = ["{after[1]}"]\n',
                    encoding="utf-8")
    out = tmp_path / "a.json"
    result = _run([str(toml), "--json", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {t["year"] for t in data["trend"]} == {2023}
    assert {"file": "kabupaten_contoh_2024.xlsx", "sheet": None, "row": None,
            "message": "no plan of Provinsi Contoh in 2024 to compare Kabupaten Contoh with"} in data["warnings"]


def test_many_pairs_are_summed_up_in_one_trend_sentence():
    from syncheck.audit_sentences import trend_overview

    assert trend_overview([1.5, -2.0, 0.0, 3.0], (2023, 2024, 2025), "id") == (
        "Program yang sama dengan provinsi (2023-2025): naik pada 2 pasangan, turun pada 1, tetap pada 1.")
    assert trend_overview([-0.1], (2023, 2024), "en") == (
        "Programs the same as the province's (2023-2024): up in 0 pairs, down in 1, unchanged in 0.")


def test_files_read_as_one_plan_are_noted_in_the_order_of_their_names_whatever_the_order_given(make_workbook, tmp_path):
    province = [write_plan(make_workbook, "Provinsi Contoh", year, PROVINCE) for year in (2023, 2024)]
    kab_2024 = write_plan(make_workbook, "Kabupaten Contoh", 2024, KAB_2024)
    parts = [str(make_workbook(plan_rows("Kabupaten Contoh", 2023, rows), name=name))
             for name, rows in (("kabupaten_contoh_2023_dishub.xlsx", KAB_2023[7:]), ("kabupaten_contoh_2023_dinkes.xlsx", KAB_2023[:7]))]
    found = []
    for order in (parts, parts[::-1]):
        out = tmp_path / "audit.json"
        result = _run(["--year", "2023", province[0], *order, "--year", "2024", province[1], kab_2024, "--json", str(out), "--lang", "en"])
        assert result.exit_code == 0, result.output
        found.append([w for w in json.loads(out.read_text(encoding="utf-8"))["warnings"] if "one plan" in w["message"]])
    assert found[0] == found[1] == [{  # before: on the file given first, the files in the order given
        "file": "kabupaten_contoh_2023_dinkes.xlsx", "sheet": None, "row": None,
        "message": "Kabupaten Contoh 2023: 2 files read as one plan (kabupaten_contoh_2023_dinkes.xlsx, kabupaten_contoh_2023_dishub.xlsx)"}]


def test_a_revision_given_beside_the_plan_of_its_year_is_audited_alone(make_workbook, tmp_path):
    province = [write_plan(make_workbook, "Provinsi Contoh", year, PROVINCE) for year in (2023, 2024)]
    kab_2023 = write_plan(make_workbook, "Kabupaten Contoh", 2023, KAB_2023)
    kab_2024 = write_plan(make_workbook, "Kabupaten Contoh", 2024, KAB_2024)
    # the same plan revised: every item again, some amounts changed
    revised = [row[:3] + [row[3] * 2 if row[3] else row[3]] + row[4:] for row in KAB_2024]
    revision = str(make_workbook(plan_rows("Kabupaten Contoh", 2024, revised), name="kabupaten_contoh_2024_perubahan.xlsx"))
    out = tmp_path / "audit.json"
    result = _run(["--year", "2023", province[0], kab_2023, "--year", "2024", province[1], kab_2024, revision, "--json", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [w["message"] for w in data["warnings"] if "repeat each other" in w["message"]] == [
        "Kabupaten Contoh 2024: 2 files repeat each other's items (kabupaten_contoh_2024.xlsx, kabupaten_contoh_2024_perubahan.xlsx), "
        "a revision or a copy: only kabupaten_contoh_2024_perubahan.xlsx, the latest by its name (its stage, rancangan to perubahan, "
        "then its numbers), is audited (added up, every item would count twice)"]
    # each item of 2024 is in one continuity entry, from the revision alone (not twice)
    new_rows = [entry["new"] for entry in data["continuity"] if entry["new"] and entry["to_year"] == 2024 and entry["government"] == "Kabupaten Contoh"]
    assert {row["file"] for row in new_rows} == {"kabupaten_contoh_2024_perubahan.xlsx"}
    assert len(new_rows) == len({(row["row"]) for row in new_rows})


@pytest.mark.parametrize("earlier, later", [
    ("kabupaten_contoh_2024_v2.xlsx", "kabupaten_contoh_2024_v10.xlsx"),  # (by name, v10 came before v2)
    ("kabupaten_contoh_2024_final.xlsx", "kabupaten_contoh_2024_rev1.xlsx"),
    ("kabupaten_contoh_2024_rancangan.xlsx", "kabupaten_contoh_2024_final.xlsx"),  # (by name, rancangan came after final)
])
def test_of_two_versions_of_a_plan_the_latest_by_its_stage_and_numbers_is_audited(make_workbook, tmp_path, earlier, later):
    province = [write_plan(make_workbook, "Provinsi Contoh", year, PROVINCE) for year in (2023, 2024)]
    kab_2023 = write_plan(make_workbook, "Kabupaten Contoh", 2023, KAB_2023)
    revised = [row[:3] + [row[3] * 2 if row[3] else row[3]] + row[4:] for row in KAB_2024]
    paths = [str(make_workbook(plan_rows("Kabupaten Contoh", 2024, rows), name=name)) for name, rows in ((earlier, KAB_2024), (later, revised))]
    out = tmp_path / "audit.json"
    result = _run(["--year", "2023", province[0], kab_2023, "--year", "2024", province[1], *paths, "--json", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    new_rows = [entry["new"] for entry in data["continuity"] if entry["new"] and entry["to_year"] == 2024 and entry["government"] == "Kabupaten Contoh"]
    assert {row["file"] for row in new_rows} == {later}
