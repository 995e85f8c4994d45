"""What a name cell holds besides the name: the row's indicator on a line under it, quotes wrapping the whole name."""

from __future__ import annotations

import pytest

from syncheck.messages import render
from syncheck.models import Options
from syncheck.name_cells import indicator_cut, unquoted
from syncheck.pipeline import compare
from syncheck.readers import read_plan

from support import warning_texts

HEADER = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]
PROGRAM = "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT"
KEGIATAN = "Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi"
SUBS = ["Pengelolaan Data dan Informasi Kesehatan", "Pengelolaan Sistem Informasi Kesehatan"]
INDICATOR = "Jumlah dokumen perencanaan yang disusun"


def plan_rows(level: str, place: str, budget: int, names: list[str]) -> list[list[object]]:
    """A health agency's program, kegiatan and two sub kegiatan at one place (``level``: the level digit 1 or 2)."""
    codes = ["1.02.02", f"1.02.02.{level}.03", f"1.02.02.{level}.03.0001", f"1.02.02.{level}.03.0002"]
    places, budgets = [None, None, place, place], [2 * budget, 2 * budget, budget, budget]
    return [[code, name, at, amount, "DINAS KESEHATAN"] for code, name, at, amount in zip(codes, names, places, budgets)]


def links_and_overlaps(make_workbook, kota_names: list[str]):
    """(kind, relation) of every link, and (province, kota) budget of every overlap, of a province plan and a Kota Metro plan."""
    names = [PROGRAM, KEGIATAN, *SUBS]
    left = make_workbook([["RKPD PROVINSI LAMPUNG TAHUN 2026"], [], HEADER, *plan_rows("1", "Kota Metro", 500, names)], "provinsi_2026.xlsx")
    right = make_workbook([["RKPD KOTA METRO TAHUN 2026"], [], HEADER, *plan_rows("2", "Kec. Metro Pusat", 300, kota_names)], "kota_2026.xlsx")
    result = compare([str(left), str(right)], Options(workers=1, lang="en"))
    links = sorted((link.left.kind.value, link.relation.value) for link in result.links)
    return links, sorted((overlap.left.budget, overlap.right.budget) for overlap in result.overlaps), result


def test_an_indicator_on_a_second_line_of_the_name_cell_is_the_rows_indicator_not_its_name(make_workbook):
    plain, plain_overlaps, _ = links_and_overlaps(make_workbook, [PROGRAM, KEGIATAN, *SUBS])
    carried = [f"{name}\nIndikator: {INDICATOR}" for name in [PROGRAM, KEGIATAN, *SUBS]]
    links, overlaps, result = links_and_overlaps(make_workbook, carried)
    assert plain == [("kegiatan", "identical"), ("program", "identical"), ("sub_kegiatan", "identical"), ("sub_kegiatan", "identical")]
    assert (links, overlaps) == (plain, plain_overlaps) and len(overlaps) == 2
    kota = read_plan(str(make_workbook([["RKPD KOTA METRO TAHUN 2026"], [], HEADER, *plan_rows("2", "Kec. Metro Pusat", 300, carried)])))
    assert [(item.name, item.indicator) for item in kota.items] == [(name, INDICATOR) for name in [PROGRAM, KEGIATAN, *SUBS]]
    # one note for the sheet, in the reader's language
    notes = [text for text in warning_texts(kota) if "indicator" in text]
    assert notes == [
        f"4 name cell(s) carried the row's indicator on a line of their own under the name (such as '{INDICATOR}'): read as the "
        "indicator, not as words of the name; first on row 4"
    ]
    assert render(notes[0], "id").startswith("4 sel nama memuat indikator barisnya pada baris tersendiri di bawah nama")


@pytest.mark.parametrize("cell, name, indicator", [
    ("Pengelolaan Data\nIndikator Kinerja : Persentase data", "Pengelolaan Data", "Persentase data"),
    ("Pengelolaan Data\r\nTarget: 12 dokumen", "Pengelolaan Data", "12 dokumen"),
    ("Pengelolaan Data\nSasaran Persentase data terkelola", "Pengelolaan Data", "Persentase data terkelola"),
    ("Pengelolaan Data\nKeluaran 12 dokumen", "Pengelolaan Data", "12 dokumen"),
    ("Pengelolaan Data Indikator: Jumlah data", "Pengelolaan Data", "Jumlah data"),
])
def test_indicator_labels_cut_a_name_cell(cell, name, indicator):
    cut, rest = indicator_cut(cell)
    assert (" ".join(cut.split()), rest) == (name, indicator)


@pytest.mark.parametrize("cell", [
    # a wrapped name: a line break before an ordinary word, or before a label word that goes on as the name's own
    "Penyediaan Biaya Penyelenggaraan Proses Evaluasi\nHasil Belajar Peserta Didik",
    "Pengukuran dan Perhitungan\nIndikator Kerentanan Dampak Kependudukan",
    "Evaluasi, Pelaksanaan Kebijakan dan\nCapaian Kinerja terkait Kesejahteraan Sosial",
    "Penyusunan dan Penetapan\nTarget Konsumsi Pangan per Kapita per Tahun",
    "Pengelolaan Data dan\nInformasi Kesehatan",
    # a label with a colon but on the name's own line: only 'Indikator:' cuts there
    "Pengelolaan Data Target: Nasional",
    "Indikator: Jumlah dokumen",
])
def test_a_wrapped_name_stays_whole(cell):
    assert indicator_cut(cell) == (cell, "")


@pytest.mark.parametrize("cell, name, indicator", [
    ("Penetapan Daya Tarik Wisata Kabupaten/Kota (Target: 12 Dokumen)", "Penetapan Daya Tarik Wisata Kabupaten/Kota", "12 Dokumen"),
    ("Pengelolaan Data (Indikator: Jumlah data terkelola)", "Pengelolaan Data", "Jumlah data terkelola"),
    ("Pengelolaan Data (Sasaran : Meningkatnya mutu data )", "Pengelolaan Data", "Meningkatnya mutu data"),
    ("Pengelolaan Data (Output: 4 Laporan)", "Pengelolaan Data", "4 Laporan"),
    # a bracket of the name's own, or one without a label and colon, stays
    ("Pembangunan Jalan (Ruas Wates: Sentolo)", "Pembangunan Jalan (Ruas Wates: Sentolo)", ""),
    ("Pengelolaan Data (Target 12 Dokumen)", "Pengelolaan Data (Target 12 Dokumen)", ""),
    ("(Target: 12 Dokumen)", "(Target: 12 Dokumen)", ""),
])
def test_a_bracket_ending_the_name_with_an_indicator_label_is_the_indicator(cell, name, indicator):
    assert indicator_cut(cell) == (name, indicator)


def test_a_target_in_brackets_after_names_is_read_as_the_indicator_with_one_note(make_workbook):
    names = [f"{name} (Target: 12 Dokumen)" for name in [PROGRAM, KEGIATAN, *SUBS]]
    kota = read_plan(str(make_workbook([["RKPD KOTA METRO TAHUN 2026"], [], HEADER, *plan_rows("2", "Kec. Metro Pusat", 300, names)])))
    assert [(item.name, item.indicator) for item in kota.items] == [(name, "12 Dokumen") for name in [PROGRAM, KEGIATAN, *SUBS]]
    notes = [text for text in warning_texts(kota) if "indicator" in text]
    assert notes == ["4 name(s) ended with the row's indicator in brackets (such as '12 Dokumen'): read as the indicator, not as words "
                     "of the name; first on row 4"]
    assert render(notes[0], "id").startswith("4 nama diakhiri indikator barisnya dalam kurung")


def test_a_wrapped_name_cell_is_read_whole(make_workbook):
    wrapped = ["PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN\nDAN UPAYA KESEHATAN MASYARAKAT", KEGIATAN,
               "Pengelolaan Data dan\nInformasi Kesehatan", "Pengelolaan Sistem\nInformasi Kesehatan"]
    plan = read_plan(str(make_workbook([["RKPD KOTA METRO TAHUN 2026"], [], HEADER, *plan_rows("2", "Kec. Metro Pusat", 300, wrapped)])))
    assert [(item.name, item.indicator) for item in plan.items] == [(PROGRAM, ""), (KEGIATAN, ""), (SUBS[0], ""), (SUBS[1], "")]
    assert not [text for text in warning_texts(plan) if "indicator" in text]


@pytest.mark.parametrize("quoted", ["\u201cPengelolaan Data dan Informasi Kesehatan\u201d", '"Pengelolaan Data dan Informasi Kesehatan"',
                                    "\u201ePengelolaan Data dan Informasi Kesehatan\u201c", "\u201ePengelolaan Data dan Informasi Kesehatan\"",
                                    "\u2022 \"Pengelolaan Data dan Informasi Kesehatan\""])
def test_quotes_wrapping_a_whole_name_are_not_part_of_it(make_workbook, quoted):
    names = [PROGRAM, KEGIATAN, quoted, SUBS[1]]
    plan = read_plan(str(make_workbook([["RKPD KOTA METRO TAHUN 2026"], [], HEADER, *plan_rows("2", "Kec. Metro Pusat", 300, names)])))
    assert plan.items[2].name == SUBS[0]


def test_quotes_inside_a_name_stay():
    for name in ['"Kampung KB" dan "Rumah Data"', "Pembinaan \u201cKampung KB\u201d", "\u201cKampung KB\u201d Percontohan", '"',
                 "\u2018Kampung KB\u2019 dan \u2018Rumah Data\u2019"]:
        assert unquoted(name) == name
