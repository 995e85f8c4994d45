"""`--lang id`: link reasons, warnings, inspect and evaluate texts in Indonesian; the JSON the same in both languages."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from syncheck.cli import main
from syncheck.messages import indonesian
from syncheck.models import Options
from syncheck.pipeline import compare
from syncheck.report_data import all_warnings
from support import TITLE

HEADER = [["Kode", "Program/ Kegiatan/ Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]]
PROVINCE = [["RENCANA KERJA PEMERINTAH DAERAH"], ["PROVINSI CONTOH"], ["TAHUN 2024"], []] + HEADER + [
    ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", None, 300, "DINAS KESEHATAN"],
    ["1.02.02.1.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Provinsi", None, 300, "DINAS KESEHATAN"],
    ["1.02.02.1.01.01", "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya", "Kota Contoh", 200, "DINAS KESEHATAN"],
]
CITY = TITLE + HEADER + [
    ["1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", None, 70, "DINAS KESEHATAN"],
    ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kab/Kota", None, "12,5,0", "DINAS KESEHATAN"],
    ["1.02.02.2.01.01", "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya", "Kec. Tugu", 70, "DINAS KESEHATAN"],
]
SAMPLES = Path(__file__).resolve().parents[1] / "sample_data"


def _pair(make_workbook):
    return str(make_workbook(PROVINCE, name="provinsi_contoh_2024.xlsx")), str(make_workbook(CITY, name="kota_contoh_2024.xlsx"))


def _column(sheet, header: str) -> list[object]:
    """The values under one header of a table sheet."""
    names = [cell.value for cell in sheet[1]]
    return [row[names.index(header)] for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_workbook_reasons_and_warnings_follow_lang_and_json_does_not(make_workbook, tmp_path):
    province, city = _pair(make_workbook)
    books, documents = {}, {}
    for lang in ("id", "en"):
        book, document = tmp_path / f"hasil_{lang}.xlsx", tmp_path / f"hasil_{lang}.json"
        result = CliRunner().invoke(main, ["compare", province, city, "--lang", lang, "-o", str(book), "--json", str(document)])
        assert result.exit_code == 0, result.output
        books[lang], documents[lang] = openpyxl.load_workbook(book), document.read_bytes()
    assert documents["id"] == documents["en"]
    assert _column(books["id"]["Tautan Program"], "Alasan") == ["kode sama 1.02.02; nama sama setelah normalisasi"]
    assert _column(books["en"]["Program links"], "Reason") == ["same code 1.02.02; names equal after normalization"]
    assert _column(books["id"]["Tautan Sub Kegiatan"], "Alasan") == [
        "posisi sama (1.02.02.1.01.01 / 1.02.02.2.01.01); nama sama setelah normalisasi, bila kata tingkat pemerintahan diabaikan"
    ]
    assert _column(books["id"]["Peringatan"], "Pesan") == ["pagu '12,5,0' bukan angka"]
    assert _column(books["en"]["Warnings"], "Message") == ["budget '12,5,0' is not an amount"]
    assert b'"reason": "same code 1.02.02; names equal after normalization"' in documents["id"]


def test_inspect_speaks_indonesian_by_default(make_workbook):
    city = str(make_workbook(CITY, name="kota_contoh_2024.xlsx"))
    result = CliRunner().invoke(main, ["inspect", city])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1] == "  pemda: Kota Contoh (kota), tahun 2024"
    assert "  item: 0 urusan, 0 bidang urusan, 1 program, 1 kegiatan, 1 sub kegiatan" in lines
    assert "  pagu sub kegiatan: Rp 70" in lines
    assert "  baris: 8 dibaca = 3 item + 5 dilewati (kosong 1, kepala tabel 1, judul 3)" in lines
    assert lines[-2:] == ["  peringatan: 1", "    lembar 'Sheet1' baris 7: pagu '12,5,0' bukan angka"]
    english = CliRunner().invoke(main, ["inspect", city, "--lang", "en"]).output.splitlines()
    assert english[-2:] == ["  warnings: 1", "    sheet 'Sheet1' row 7: budget '12,5,0' is not an amount"]
    assert CliRunner().invoke(main, ["inspect", city, "--json", "--lang", "id"]).output == CliRunner().invoke(main, ["inspect", city, "--json"]).output


@pytest.mark.parametrize(
    ("files", "nomenclature"),
    [
        (["provinsi_jawa_tengah_2024.xlsx", "kota_semarang_2024.xlsx", "kota_magelang_2024.xlsx"], None),
        (["provinsi_kalimantan_selatan_2024.xlsx", "kota_banjarbaru_2024.xlsx"], "nomenclature_subset.csv"),
    ],
)
def test_every_reason_and_warning_of_a_real_run_has_an_indonesian_form(files, nomenclature):
    options = Options(nomenclature_path=str(SAMPLES / nomenclature) if nomenclature else None)
    result = compare([str(SAMPLES / name) for name in files], options)
    texts = {link.reason for link in result.links} | {warning.message for warning in all_warnings(result)}
    assert len(texts) > 20
    assert sorted(text for text in texts if indonesian(text) is None) == []
