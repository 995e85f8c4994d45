"""Kab/kota of Kemendagri's list as plans write them: a name holding 'dan' however spaced, without its 'Kepulauan',
by a former name or a common short form; each finds its overlap, and draws no 'check the spelling' warning."""

from __future__ import annotations

import pytest

from syncheck.identity import from_titles
from syncheck.models import Options
from syncheck.pipeline import compare
from syncheck.placement import IN, place, target_of
from syncheck.places import parse_location, split_locations

from test_short_names import HEADER

ROAD = ("05", "Pembangunan Jalan")


def road_plan(make_workbook, title: str, location: str, digit: str, name: str) -> str:
    """A plan titled ``title`` with one road sub kegiatan of Rp 100 juta at ``location``."""
    kegiatan = "Penyelenggaraan Jalan Provinsi" if digit == "1" else "Penyelenggaraan Jalan Kabupaten/Kota"
    rows = [["RENCANA KERJA PEMERINTAH DAERAH"], [title], ["TAHUN 2025"], [], HEADER,
            ["1.03.10", "PROGRAM PENYELENGGARAAN JALAN", None, 100_000_000],
            [f"1.03.10.{digit}.01", kegiatan, None, 100_000_000],
            [f"1.03.10.{digit}.01.{ROAD[0]}", ROAD[1], location, 100_000_000]]  # fmt: skip
    return str(make_workbook(rows, name=name))


def overlaps_and_warnings(make_workbook, province: str, location: str, title: str) -> tuple[list[str], list[str]]:
    """The kab/kota files a province row at ``location`` overlaps, and the run's unknown-place warnings."""
    left = road_plan(make_workbook, province.upper(), location, "1", "provinsi_2025.xlsx")
    right = road_plan(make_workbook, title, "Kec. Bungoro", "2", "kabupaten_2025.xlsx")
    result = compare([left, right], Options(workers=1, lang="en"))
    return [overlap.right.ref.file for overlap in result.overlaps], [w.message for w in result.warnings if "Kemendagri" in w.message]


@pytest.mark.parametrize("blank", ["  ", "\t", " \t "])
def test_a_name_holding_dan_is_one_place_and_one_title_however_spaced(make_workbook, blank):
    assert split_locations(f"Kab. Pangkajene{blank}dan Kepulauan, Kota Makassar") == ("Kab. Pangkajene dan Kepulauan", "Kota Makassar")
    assert [part.regions[0].key for part in parse_location(f"KAB. PANGKAJENE{blank}DAN KEPULAUAN")] == ["pangkajenekepulauan"]
    found = from_titles([f"RKPD KABUPATEN PANGKAJENE{blank}DAN KEPULAUAN TAHUN 2024"])
    assert found.government == "Kabupaten Pangkajene dan Kepulauan"
    assert from_titles([f"BUPATI PANGKAJENE{blank}DAN KEPULAUAN"]).government == "Kabupaten Pangkajene dan Kepulauan"
    title = f"KABUPATEN PANGKAJENE{blank}DAN KEPULAUAN"
    location = f"Kab. Pangkajene{blank}dan Kepulauan, Kota Makassar"
    assert overlaps_and_warnings(make_workbook, "Provinsi Sulawesi Selatan", location, title) == (["kabupaten_2025.xlsx"], [])


def test_dan_still_ends_a_title_name_and_joins_two_places_around_a_name_holding_it():
    assert from_titles(["RKPD KOTA BATU  DAN KABUPATEN MALANG TAHUN 2024"]).government == "Kota Batu"
    assert split_locations("Kec. Pangkajene dan Kec. Bungoro") == ("Kec. Pangkajene", "Kec. Bungoro")
    assert split_locations("Kab. Pangkajene dan Kepulauan dan Kab. Maros") == ("Kab. Pangkajene dan Kepulauan", "Kab. Maros")


def test_a_title_names_a_kab_kota_whose_name_ends_in_kota_whole():
    assert from_titles(["RKPD KABUPATEN LIMA PULUH KOTA TAHUN 2023"]).government == "Kabupaten Lima Puluh Kota"
    assert from_titles(["Kabupaten Lima Puluh Kota"]).government == "Kabupaten Lima Puluh Kota"
    assert from_titles(["RKPD KABUPATEN MALANG KOTA BATU TAHUN 2024"]).government == "Kabupaten Malang"  # 'Kota' still ends a name


@pytest.mark.parametrize(
    ("province", "title", "location"),
    [("Provinsi Sulawesi Selatan", "KABUPATEN KEPULAUAN SELAYAR", "Kab. Selayar"),
     ("Provinsi Sulawesi Selatan", "KABUPATEN KEPULAUAN SELAYAR", "Selayar"),
     ("Provinsi Sulawesi Selatan", "KABUPATEN KEPULAUAN SELAYAR", "Kab. Kep. Selayar"),
     ("Provinsi Sulawesi Utara", "KABUPATEN KEPULAUAN SANGIHE", "Kab. Sangihe"),
     ("Provinsi Sulawesi Utara", "KABUPATEN KEPULAUAN TALAUD", "Kabupaten Talaud"),
     ("Provinsi Sulawesi Utara", "KABUPATEN KEPULAUAN SIAU TAGULANDANG BIARO", "Kab. Sitaro"),
     ("Provinsi Riau", "KABUPATEN KEPULAUAN MERANTI", "Kab. Meranti"),
     ("Provinsi Riau", "KABUPATEN SIAK", "Kab. Siak Sri Indrapura"),
     ("Provinsi Sumatera Barat", "KABUPATEN KEPULAUAN MENTAWAI", "Kab. Mentawai"),
     ("Provinsi Kepulauan Riau", "KABUPATEN KEPULAUAN ANAMBAS", "Kab. Anambas"),
     ("Provinsi Maluku", "KABUPATEN KEPULAUAN ARU", "Kab. Aru"),
     ("Provinsi Maluku", "KABUPATEN KEPULAUAN TANIMBAR", "Kab. Tanimbar"),
     ("Provinsi Maluku", "KABUPATEN KEPULAUAN TANIMBAR", "Kab. Maluku Tenggara Barat"),
     ("Provinsi Papua", "KABUPATEN KEPULAUAN YAPEN", "Kab. Yapen"),
     ("Provinsi Maluku Utara", "KABUPATEN KEPULAUAN SULA", "Kab. Sula"),
     ("Provinsi Sumatera Utara", "KABUPATEN TOBA", "Kab. Toba Samosir"),
     ("Provinsi Sumatera Utara", "KABUPATEN TOBA", "Kab. Tobasa"),
     ("Provinsi Sumatera Utara", "KABUPATEN TOBA SAMOSIR", "Kab. Toba"),  # an older plan titled by the former name
     ("Provinsi Sulawesi Barat", "KABUPATEN PASANGKAYU", "Kab. Mamuju Utara"),
     ("Provinsi Sulawesi Selatan", "KABUPATEN PANGKAJENE DAN KEPULAUAN", "Kab. Pangkajene"),
     ("Provinsi Kalimantan Selatan", "KABUPATEN KOTABARU", "Kab. Kota Baru"),
     ("Provinsi Kalimantan Tengah", "KABUPATEN KOTAWARINGIN TIMUR", "Kabupaten Kota Waringin Timur")],
)  # fmt: skip
def test_a_short_or_former_name_places_the_province_row_in_that_kab_kota_without_a_warning(make_workbook, province, title, location):
    assert overlaps_and_warnings(make_workbook, province, location, title) == (["kabupaten_2025.xlsx"], [])


@pytest.mark.parametrize(
    ("government", "province", "location"),
    [("Kabupaten Kepulauan Selayar", "Provinsi Sulawesi Selatan", "Kepulauan"),
     ("Kabupaten Kepulauan Selayar", "Provinsi Sulawesi Selatan", "Kab. Kepulauan"),
     ("Kabupaten Kepulauan Selayar", "Provinsi Sulawesi Selatan", "Desa Selayar Baru"),
     ("Kabupaten Kotabaru", "Provinsi Kalimantan Selatan", "Baru"),
     ("Kabupaten Toba", "Provinsi Sumatera Utara", "Kab. Samosir"),
     ("Kabupaten Toba", "Provinsi Sumatera Utara", "Samosir"),
     ("Kabupaten Siak", "Provinsi Riau", "Sri Indrapura")],
)  # fmt: skip
def test_an_ordinary_word_or_another_kab_kota_does_not_place_the_row_there(government, province, location):
    assert place(location, target_of(government, {"Kec. Bungoro"}, province, {location})).status != IN


def test_kabupaten_kota_for_every_kab_kota_names_none():
    assert all(not part.regions for part in parse_location("Seluruh Kabupaten Kota se-Kalimantan Selatan"))
    assert all(not part.regions for part in parse_location("Kabupaten Kota"))
