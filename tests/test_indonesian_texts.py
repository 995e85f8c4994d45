"""An Indonesian run says everything in Indonesian: file errors, parser errors, the audit's theme reasons."""

from __future__ import annotations

import openpyxl
import pytest
from click.testing import CliRunner

from audit_support import KAB_2023, PROVINCE, write_plan
from syncheck.cli import main
from test_decisions import city_rows, province_rows


@pytest.fixture
def plans(make_workbook):
    return [str(make_workbook(province_rows(), name="provinsi_contoh_2024.xlsx")),
            str(make_workbook(city_rows(), name="kota_contoh_2024.xlsx"))]


def _error(args):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 3, result.output
    return result.output.strip()


def test_a_missing_or_folder_truth_file_is_said_in_indonesian(plans, tmp_path):
    missing = tmp_path / "tidak_ada.json"
    assert _error(["evaluate", *plans, "--truth", str(missing)]) == (
        f"syncheck: kesalahan: {missing}: berkas truth tidak dapat dibaca: berkas tidak ditemukan")
    assert _error(["evaluate", *plans, "--truth", str(tmp_path)]) == (
        f"syncheck: kesalahan: {tmp_path}: berkas truth tidak dapat dibaca: jalur ini folder, bukan berkas truth (JSON)")


def test_a_truth_file_that_is_not_json_gives_the_position_in_indonesian(plans, tmp_path):
    truth = tmp_path / "truth.json"
    truth.write_text('{"links": [}\n', encoding="utf-8")
    assert _error(["evaluate", *plans, "--truth", str(truth)]) == (
        f"syncheck: kesalahan: {truth}: bukan berkas truth: JSON tidak sah pada baris 1, kolom 12 "
        '(pesan pengurai: "Expecting value")')
    truth.write_text("[1, 2]", encoding="utf-8")
    assert _error(["evaluate", *plans, "--truth", str(truth)]) == (
        f"syncheck: kesalahan: {truth}: bukan berkas truth: diharapkan objek JSON dengan 'files' dan 'links', "
        "ditemukan daftar (array)")


def test_a_bad_audit_file_gives_the_position_in_indonesian(tmp_path):
    toml = tmp_path / "audit.toml"
    toml.write_text('title = "x"\n[years.2024\n', encoding="utf-8")
    assert _error(["audit", str(toml)]) == (
        "syncheck: kesalahan: audit.toml: bukan TOML yang sah pada baris 2, kolom 12 "
        "(pesan pengurai: \"Expected ']' at the end of a table declaration\")")
    toml.write_text("title = ", encoding="utf-8")
    assert _error(["audit", str(toml)]) == (
        'syncheck: kesalahan: audit.toml: bukan TOML yang sah di akhir berkas (pesan pengurai: "Invalid value")')
    assert _error(["audit", str(tmp_path / "hilang.toml")]) == "syncheck: kesalahan: hilang.toml: berkas tidak ditemukan"


def test_the_audit_workbook_gives_why_an_item_funds_a_theme_in_indonesian(make_workbook, tmp_path):
    gender = [
        ["2.08.02", "PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN", None, 20, "DP3A"],
        ["2.08.02.2.01", "Pelembagaan Pengarusutamaan Gender (PUG) pada Lembaga Pemerintah", None, 20, "DP3A"],
        ["2.08.02.2.01.01", "Koordinasi dan Sinkronisasi PUG", "Kab", 20, "DP3A"],
        [None, "Pemberian Makanan Tambahan Penanganan Stunting", "Kab", 10, "DINKES"],
    ]
    files = [write_plan(make_workbook, "Provinsi Contoh", 2023, PROVINCE),
             write_plan(make_workbook, "Kabupaten Contoh", 2023, KAB_2023 + gender)]
    out = tmp_path / "audit.xlsx"
    result = CliRunner().invoke(main, ["audit", "--year", "2023", *files, "-o", str(out)])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(out)["Item Tema"]
    header = [cell.value for cell in sheet[1]]
    reasons = {row[header.index("Nama")]: row[header.index("Alasan cocok")] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert reasons["Koordinasi dan Sinkronisasi PUG"] == "kode 2.08.02"
    assert reasons["Pemberian Makanan Tambahan Penanganan Stunting"] == "nama: stunting"
