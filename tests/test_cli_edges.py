"""Command lines a reviewer types by mistake: a plan with no item, a folder, one file twice, a truth of other files.

Each stops with exit 3 and one line naming the file (or folder), in the run's language.
"""

from __future__ import annotations

import json
import os

import pytest

from support import TITLE, make_runner
from syncheck.cli import main
from syncheck.errors import NoItemsError
from syncheck.evaluate import HeadlineCheck, Evaluation, render_evaluation
from syncheck.readers import read_plan
from test_decisions import city_rows, province_rows

PROV, CITY = "provinsi_contoh_2024.xlsx", "kota_contoh_2024.xlsx"
HEADER = [["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]]


def _run(args):
    result = make_runner().invoke(main, args)
    return result.exit_code, result.stderr


def _plans(make_workbook):
    return str(make_workbook(province_rows(), name=PROV)), str(make_workbook(city_rows(), name=CITY))


# --- a plan with no program, kegiatan or sub kegiatan row --------------------------------------------


def test_a_plan_of_a_header_and_no_item_row_is_refused_naming_the_rows_skipped(make_workbook):
    empty = make_workbook(TITLE + HEADER + [[None, "Catatan: pagu menyusul", None, None]], name="kota_kosong_2024.xlsx")
    with pytest.raises(NoItemsError) as raised:
        read_plan(str(empty))
    assert str(raised.value) == (
        "kota_kosong_2024.xlsx: an RKPD table header was found, but no row is a program, kegiatan or sub kegiatan "
        "(6 rows skipped, most as note: 1); a plan with no item cannot be compared"
    )


def test_compare_refuses_a_plan_with_no_item_instead_of_a_silent_zero_and_inspect_shows_why(make_workbook):
    province, _ = _plans(make_workbook)
    empty = str(make_workbook(TITLE + HEADER, name="kota_kosong_2024.xlsx"))
    indonesian = (
        "syncheck: kesalahan: kota_kosong_2024.xlsx: kepala tabel RKPD ditemukan, tetapi tidak ada baris program, kegiatan, "
        "atau sub kegiatan (5 baris dilewati, terbanyak sebagai judul: 3); rencana tanpa item tidak dapat dibandingkan\n"
    )
    assert _run(["compare", province, empty]) == (3, indonesian)
    assert _run(["compare", province, empty, "--lang", "en"]) == (3, (
        "syncheck: error: kota_kosong_2024.xlsx: an RKPD table header was found, but no row is a program, kegiatan "
        "or sub kegiatan (5 rows skipped, most as title: 3); a plan with no item cannot be compared\n"
    ))
    shown = make_runner().invoke(main, ["inspect", empty, province, "--lang", "en"])
    assert shown.exit_code == 0 and shown.stderr == ""
    assert "  rows: 5 read = 0 items + 5 skipped (blank 1, header 1, title 3)\n  warnings: 1\n    file: no row is a program, kegiatan " \
           "or sub kegiatan (5 rows skipped, most as title: 3): compare, validate, evaluate and audit refuse this file\n" in shown.stdout
    assert "provinsi_contoh_2024.xlsx\n" in shown.stdout  # the next file is inspected too
    indonesian = make_runner().invoke(main, ["inspect", empty]).stdout
    assert "berkas: tidak ada baris program, kegiatan, atau sub kegiatan (5 baris dilewati, terbanyak sebagai judul: 3): " \
           "compare, validate, evaluate, dan audit menolak berkas ini" in indonesian
    warnings = json.loads(make_runner().invoke(main, ["inspect", empty, "--json"]).stdout)["inputs"][0]["warnings"]
    assert [warning["message"][:36] for warning in warnings] == ["no row is a program, kegiatan or sub"]


def test_a_workbook_with_one_empty_plan_sheet_beside_a_full_one_is_read(make_workbook):
    path = make_workbook(TITLE + HEADER + [["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", None, 1_000]],
                         extra_sheets={"Kosong": (TITLE + HEADER, "visible")})  # fmt: skip
    plan = read_plan(str(path))
    assert [item.code_text for item in plan.items] == ["1.02.02"]


# --- a folder among the files: its plan files ------------------------------------------------------


def test_compare_of_a_folder_with_no_plan_file_names_the_folder(make_workbook, tmp_path):
    province, _ = _plans(make_workbook)
    folder = tmp_path / "rencana"
    folder.mkdir()
    (folder / "catatan.txt").write_text("bukan rencana", encoding="utf-8")
    expected = "no plan file in this folder or its subfolders (.xlsx .xlsm .xls .ods .csv .html .htm)"
    assert _run(["compare", str(folder), "--lang", "en"]) == (3, f"syncheck: error: {folder}: {expected}\n")
    assert _run(["compare", province, str(folder), "--lang", "en"]) == (3, f"syncheck: error: {folder}: {expected}\n")
    assert _run(["compare", str(folder)]) == (
        3, f"syncheck: kesalahan: {folder}: tidak ada berkas rencana di folder ini atau subfoldernya (.xlsx .xlsm .xls .ods .csv .html .htm)\n")


def test_a_folder_stands_for_its_plan_files_in_its_subfolders_too_sorted_by_path(make_workbook, tmp_path):
    from syncheck.plan_folders import plan_files

    folder = tmp_path / "nasional"
    (folder / "jatim").mkdir(parents=True)
    (folder / ".cache").mkdir()
    make_workbook(province_rows(), name="nasional/jatim/provinsi_contoh_2024.xlsx")
    make_workbook(city_rows(), name="nasional/kota_contoh_2024.xlsx")
    for name in ("~$kota_contoh_2024.xlsx", ".kota.xlsx", ".cache/x.xlsx", "catatan.txt", "hasil.xlsx", "hasil-provinsi-contoh.xlsx",
                 "keputusan.xlsx", "jatim/hasil-x.xlsx"):  # fmt: skip
        (folder / name).write_bytes(b"x")
    found = plan_files([str(folder)], [str(folder / "hasil.xlsx"), str(folder / "hasil.json")], [str(folder / "keputusan.xlsx")])
    assert [os.path.relpath(path, folder) for path in found] == [os.path.join("jatim", "hasil-x.xlsx"), os.path.join("jatim", "provinsi_contoh_2024.xlsx"), "kota_contoh_2024.xlsx"]
    # the command: the province in a subfolder is compared with the kota, and the outputs written inside are not read again
    os.remove(folder / "jatim" / "hasil-x.xlsx")
    for name in ("~$kota_contoh_2024.xlsx", ".kota.xlsx", "hasil.xlsx", "hasil-provinsi-contoh.xlsx", "keputusan.xlsx"):
        os.remove(folder / name)
    for _ in range(2):
        code, _ = _run(["compare", str(folder), "-o", str(folder / "hasil.xlsx"), "--json", str(folder / "hasil.json"), "--lang", "en"])
        assert code == 0
    document = json.loads((folder / "hasil.json").read_text(encoding="utf-8"))
    assert [entry["file"] for entry in document["inputs"]] == [PROV, CITY]


@pytest.mark.parametrize("command", [["inspect"], ["validate", "--nomenclature", "master.csv"], ["evaluate", "--truth", "truth.json"]])
def test_every_command_taking_files_takes_a_folder_for_its_plan_files(make_workbook, tmp_path, command):
    from test_validate import MASTER_ROWS

    province, city = _plans(make_workbook)
    folder = tmp_path / "rencana"
    folder.mkdir()
    os.replace(city, folder / CITY)
    (tmp_path / "master.csv").write_text(MASTER_ROWS, encoding="utf-8")
    (tmp_path / "truth.json").write_text(json.dumps({"files": [PROV, CITY], "links": []}), encoding="utf-8")
    args = [command[0], province, str(folder), *(str(tmp_path / value) if value.endswith((".csv", ".json")) else value for value in command[1:])]
    code, stderr = _run([*args, "--lang", "en"])
    assert code == 0, stderr


# --- one file given twice ------------------------------------------------------------------------


def test_compare_refuses_one_file_given_twice_by_one_path_or_two(make_workbook, tmp_path, monkeypatch):
    province, city = _plans(make_workbook)
    os.symlink(city, tmp_path / "tautan.xlsx")
    monkeypatch.chdir(tmp_path)
    assert _run(["compare", province, city, city]) == (
        3, f"syncheck: kesalahan: {CITY}: diberikan dua kali: berikan tiap berkas rencana sekali saja\n")
    assert _run(["compare", province, CITY, f"./{CITY}", "--lang", "en"]) == (
        3, f"syncheck: error: {CITY}: given twice, as {CITY} and as ./{CITY} (one file): give each plan file once\n")
    assert _run(["compare", province, province, CITY, "--lang", "en"]) == (
        3, f"syncheck: error: {PROV}: given twice: give each plan file once\n")
    assert _run(["compare", province, CITY, "tautan.xlsx"]) == (3, (
        f"syncheck: kesalahan: tautan.xlsx: diberikan dua kali, sebagai {CITY} dan sebagai tautan.xlsx (berkas yang sama): "
        "berikan tiap berkas rencana sekali saja\n"
    ))


def test_validate_and_evaluate_refuse_one_file_given_twice(make_workbook, tmp_path):
    province, city = _plans(make_workbook)
    master = tmp_path / "master.csv"
    master.write_text("kode,nomenklatur\n1.02.02,PROGRAM PEMENUHAN UPAYA KESEHATAN\n", encoding="utf-8")
    (tmp_path / "truth.json").write_text(json.dumps({"files": [PROV, CITY], "links": []}), encoding="utf-8")
    twice = f"syncheck: error: {CITY}: given twice: give each plan file once\n"
    assert _run(["validate", city, city, "--nomenclature", str(master), "--lang", "en"]) == (3, twice)
    assert _run(["evaluate", province, city, city, "--truth", str(tmp_path / "truth.json"), "--lang", "en"]) == (3, twice)


# --- a truth file about other plans ---------------------------------------------------------------


def test_evaluate_refuses_a_truth_about_files_not_given(make_workbook, tmp_path):
    province, city = _plans(make_workbook)
    truth = tmp_path / "truth.json"
    truth.write_text(json.dumps({"files": [PROV, "kota_lain_2024.xlsx", "kab_lain_2024.xlsx"], "links": []}), encoding="utf-8")
    assert _run(["evaluate", province, city, "--truth", str(truth), "--lang", "en"]) == (3, (
        f"syncheck: error: {truth}: 2 of the 3 plan files it names are not among the files given: kota_lain_2024.xlsx, "
        "kab_lain_2024.xlsx; give the files it labels (or their folder), or the truth file of these files\n"
    ))
    assert _run(["evaluate", province, city, "--truth", str(truth)]) == (3, (
        f"syncheck: kesalahan: {truth}: 2 dari 3 berkas rencana yang disebutnya tidak ada di antara berkas yang diberikan: "
        "kota_lain_2024.xlsx, kab_lain_2024.xlsx; berikan berkas-berkas yang dilabelinya (atau foldernya), "
        "atau berkas truth untuk berkas-berkas ini\n"
    ))


def test_evaluate_of_a_folder_names_the_folder_and_the_truth_files_entry_it_lacks(tmp_path):
    truth = tmp_path / "truth.json"
    truth.write_text(json.dumps({"files": [PROV, CITY], "links": []}), encoding="utf-8")
    folder = tmp_path / "kosong"
    folder.mkdir()
    assert _run(["evaluate", str(folder), "--truth", str(truth), "--lang", "en"]) == (
        3, f"syncheck: error: {truth}: {PROV}, a plan file its 'files' names, is not in the folder {folder}\n")
    assert _run(["evaluate", str(folder), "--truth", str(truth)]) == (
        3, f"syncheck: kesalahan: {truth}: {PROV}, berkas rencana yang disebut dalam 'files'-nya, tidak ada di folder {folder}\n")


def test_a_headline_the_run_did_not_compare_is_said_so_never_as_none():
    evaluation = Evaluation((), (HeadlineCheck(PROV, CITY, "sub_kegiatan", 3, 2, None, None),), (), ())
    assert render_evaluation(evaluation, "en").splitlines()[-1] == (
        f"  {CITY} sub_kegiatan: expected 2/3, but the run did not compare this pair")
    assert render_evaluation(evaluation, "id").splitlines()[-1] == (
        f"  {CITY} sub kegiatan: seharusnya 2/3, tetapi pasangan ini tidak dibandingkan")


@pytest.mark.parametrize("per_province", [False, True], ids=["one output", "per province"])
def test_a_folders_files_that_are_no_plan_are_left_out_with_a_note(make_workbook, tmp_path, per_province):
    folder = tmp_path / "korpus"
    folder.mkdir()
    make_workbook(province_rows(), name=f"korpus/{PROV}")
    make_workbook(city_rows(), name=f"korpus/{CITY}")
    # a labelled corpus's list of its rows, and a file that is no workbook at all
    (folder / "records.csv").write_text("file,sheet,row,kind,code,name\nkota_contoh_2024.xlsx,Sheet1,6,program,1.02.02,PROGRAM X\n", encoding="utf-8")
    (folder / "rusak.xlsx").write_bytes(b"PK\x03\x04 not a zip")
    args = ["compare", str(folder), "--json", str(tmp_path / "hasil.json"), "--lang", "en"]
    code, stderr = _run(args + (["--per-province", "-o", str(tmp_path / "hasil.xlsx")] if per_province else []))
    assert code == 0
    notes = sorted(line for line in stderr.splitlines() if "left out of the run" in line)
    assert notes[0] == (
        "syncheck: warning: records.csv: found in a folder given and left out of the run: a list of rows of other files "
        "(its columns name a file, a sheet and a row), not a plan: give the plan files")
    assert notes[1].startswith("syncheck: warning: rusak.xlsx: found in a folder given and left out of the run: ")
    written = tmp_path / ("hasil-provinsi-contoh.json" if per_province else "hasil.json")
    assert [entry["file"] for entry in json.loads(written.read_text(encoding="utf-8"))["inputs"]] == [PROV, CITY]
    # named one by one, the same files stop the run, as any file that cannot be read
    assert _run(["compare", str(folder / PROV), str(folder / "records.csv"), "--lang", "en"]) == (
        3, "syncheck: error: records.csv, sheet 'records': a list of rows of other files (its columns name a file, a sheet "
           "and a row), not a plan: give the plan files\n")


def _folder_with_list(make_workbook, tmp_path, name: str, text: str, province: bool = True):
    """A folder 'contoh' of the example kota's plan (and the province's, with ``province``) and a file ``name`` holding ``text``."""
    folder = tmp_path / "contoh"
    folder.mkdir()
    if province:
        make_workbook(province_rows(), name=f"contoh/{PROV}")
    make_workbook(city_rows(), name=f"contoh/{CITY}")
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_folders_table_that_names_no_level_such_as_a_nomenclature_list_is_left_out(make_workbook, tmp_path):
    folder = _folder_with_list(make_workbook, tmp_path, "nomenclature_subset.csv",
                               "kind,code,name\nprogram,1.02.02,PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT\n")
    code, stderr = _run(["compare", str(folder), "--json", str(tmp_path / "hasil.json"), "--lang", "en"])
    assert code == 0
    assert "syncheck: warning: nomenclature_subset.csv: found in a folder given and left out of the run: neither its title, its " \
           "name nor its codes say whether it is a province's or a kab/kota's plan" in stderr
    assert [entry["file"] for entry in json.loads((tmp_path / "hasil.json").read_text(encoding="utf-8"))["inputs"]] == [PROV, CITY]
    # named with its level, the file is read as the user says
    code, _ = _run(["compare", str(folder / PROV), str(folder / "nomenclature_subset.csv"), "--level-of", "nomenclature_subset.csv=kota"])
    assert code == 0


def test_a_folders_nomenclature_list_in_the_projects_own_layout_is_named_one_without_the_level_of_advice(make_workbook, tmp_path):
    folder = _folder_with_list(make_workbook, tmp_path, "nomenclature_subset.csv", "kind,code,name,level,parent_code,status\n"
                               "program,1.02.02,PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT,semua,1.02,aktif\n")
    code, stderr = _run(["compare", str(folder), "--json", str(tmp_path / "hasil.json"), "--lang", "en"])
    assert code == 0
    assert ("syncheck: warning: nomenclature_subset.csv: found in a folder given and left out of the run: a nomenclature list "
            "(columns kind, code, name, level, ...), not a plan: give it with --nomenclature\n") in stderr
    assert "--level-of" not in stderr


def test_a_folders_nomenclature_list_holding_province_codes_is_left_out_not_read_as_the_province(make_workbook, tmp_path):
    folder = _folder_with_list(make_workbook, tmp_path, "nomenklatur.csv", "kind,code,name,level,parent_code,status\n"
                               "kegiatan,1.02.02.1.01,Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Provinsi,provinsi,1.02.02,aktif\n"
                               "sub_kegiatan,1.02.02.1.01.0001,Pengembangan Rumah Sakit,provinsi,1.02.02.1.01,aktif\n", province=False)
    code, stderr = _run(["inspect", str(folder), "--lang", "en"])
    assert code == 0 and "nomenklatur.csv: found in a folder given and left out of the run: a nomenclature list" in stderr


@pytest.mark.parametrize("command", [["inspect"], ["validate", "--nomenclature", "master.csv"]])
def test_inspect_and_validate_of_a_folder_leave_out_its_files_that_are_no_plan(make_workbook, tmp_path, command):
    from test_validate import MASTER_ROWS

    folder = tmp_path / "korpus"
    folder.mkdir()
    make_workbook(city_rows(), name=f"korpus/{CITY}")
    (folder / "records.csv").write_text("file,sheet,row,kind,code,name\nkota_contoh_2024.xlsx,Sheet1,6,program,1.02.02,X\n", encoding="utf-8")
    (tmp_path / "master.csv").write_text(MASTER_ROWS, encoding="utf-8")
    result = make_runner().invoke(main, [command[0], str(folder), *[str(tmp_path / arg) if arg.endswith(".csv") else arg for arg in command[1:]], "--lang", "en"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("syncheck: warning: records.csv: found in a folder given and left out of the run: a list of rows")
    assert CITY in result.stdout


def test_evaluate_stops_on_a_file_its_truth_names_that_cannot_be_read(make_workbook, tmp_path):
    folder = tmp_path / "korpus"
    folder.mkdir()
    make_workbook(province_rows(), name=f"korpus/{PROV}")
    (folder / CITY).write_bytes(b"PK\x03\x04 not a zip")  # named by the truth: not a folder's stray file to leave out
    truth = tmp_path / "truth.json"
    truth.write_text(json.dumps({"files": [PROV, CITY], "links": []}), encoding="utf-8")
    code, stderr = _run(["evaluate", str(folder), "--truth", str(truth), "--lang", "en"])
    assert code == 3 and stderr.startswith(f"syncheck: error: {CITY}: ")


@pytest.mark.parametrize("command", [["compare"], ["inspect"], ["validate", "--nomenclature", "master.csv"]])
def test_an_excel_lock_file_named_by_a_shell_glob_is_left_out_with_a_note(make_workbook, tmp_path, monkeypatch, command):
    from test_validate import MASTER_ROWS

    province, city = _plans(make_workbook)
    # Excel's owner file, written beside kota_contoh_2024.xlsx while it is open: a length byte, the user, the name
    lock = tmp_path / f"~${CITY}"
    lock.write_bytes(b"\x05Budi " + b"\x00" * 48 + "Budi".encode("utf-16-le") + b"\x00" * 100)
    (tmp_path / "master.csv").write_text(MASTER_ROWS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, stderr = _run([*command, province, city, str(lock)])
    assert code == 0, stderr
    assert (f"syncheck: peringatan: ~${CITY}: tidak diikutkan: berkas kunci Excel, ada selama {CITY} dibuka di Excel, "
            "bukan rencana\n") in stderr
    os.remove(city)  # the workbook gone, the note says what the file is without naming it
    code, stderr = _run(["inspect", province, str(lock), "--lang", "en"])
    assert code == 0 and (f"syncheck: warning: ~${CITY}: left out of the run: a lock file Excel (or another Office program) "
                          "writes while a workbook is open, not a plan\n") in stderr
