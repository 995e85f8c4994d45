"""A province location naming a kab/kota that exists nowhere ('Kab. Meraukee'): one warning per text, never a place."""

from __future__ import annotations

import csv

from syncheck import home_provinces, provinces
from syncheck.messages import render
from syncheck.models import Options
from syncheck.pipeline import compare
from syncheck.places import parse_location

from test_short_names import plan

PAPUA_SELATAN = "Provinsi Papua Selatan"
MERAUKE = "Kabupaten Merauke"
ROADS = [("05", "Pembangunan Jalan", "Distrik Kurik"), ("09", "Rehabilitasi Jalan", "Distrik Kurik"), ("12", "Pemeliharaan Jalan", "Distrik Kurik")]


def unknown(result) -> list[tuple[int, str]]:
    """The rows and texts of the run's unknown-place warnings."""
    return [(warning.ref.row, warning.message) for warning in result.warnings if "Kemendagri" in warning.message]


def test_a_misspelt_kabupaten_draws_one_warning_for_its_rows_and_no_overlap(make_workbook):
    rows = [("05", "Pembangunan Jalan", "Kab. Meraukee"), ("09", "Rehabilitasi Jalan", "Kab. Meraukee"), ("12", "Pemeliharaan Jalan", "Kab.  meraukee")]
    province = plan(make_workbook, PAPUA_SELATAN, rows, "1")
    result = compare([province, plan(make_workbook, MERAUKE, ROADS, "2")], Options(workers=1, lang="en"))
    assert result.overlaps == ()
    assert unknown(result) == [(8, "location 'Kab. Meraukee' names no kabupaten/kota of Kemendagri's list nor a place of the "
                                   "compared plans: no overlap is asserted for it on this row or the others with it (3 same sub "
                                   "kegiatan row(s) in all); check the spelling (perhaps Kabupaten Merauke?)")]  # fmt: skip
    assert render(result.warnings[-1].message, "id").startswith("lokasi 'Kab. Meraukee' tidak menyebut kabupaten/kota dalam daftar "
                                                                 "Kemendagri maupun tempat dalam rencana yang dibandingkan")
    assert "(3 baris sub kegiatan yang sama seluruhnya)" in render(result.warnings[-1].message, "id")
    assert render(result.warnings[-1].message, "id").endswith("periksa ejaannya (mungkin Kabupaten Merauke?)")


def test_a_misspelt_place_beside_a_placed_one_is_still_named_without_a_guess_far_from_the_run(make_workbook):
    province = plan(make_workbook, PAPUA_SELATAN, [("05", "Pembangunan Jalan", "Kab. Merauke, Kabupaten Boven Digull")], "1")
    result = compare([province, plan(make_workbook, MERAUKE, ROADS[:1], "2"), plan(make_workbook, "Kabupaten Asmat", ROADS[:1], "2")],
                     Options(workers=1, lang="en"))  # fmt: skip
    assert [overlap.right.ref.file for overlap in result.overlaps] == ["kabupaten_merauke_2025.xlsx"]
    assert [message.startswith("location 'Kabupaten Boven Digull' names no kabupaten/kota") and "(1 same sub kegiatan row(s) in all)" in message
            for _, message in unknown(result)] == [True]
    assert "perhaps" not in unknown(result)[0][1]


def test_a_short_name_of_no_table_is_warned_about_with_the_kota_of_its_letters(make_workbook):
    province = plan(make_workbook, "Provinsi Kalimantan Timur", [("05", "Pembangunan Jalan", "Kota Smd; Kota Bpp")], "1")
    city = [("05", "Pembangunan Jalan", "Kec. Palaran")]
    result = compare([province, plan(make_workbook, "Kota Samarinda", city, "2"), plan(make_workbook, "Kota Balikpapan", city, "2")],
                     Options(workers=1, lang="en"))  # fmt: skip
    assert result.overlaps == ()
    assert [message.split("check the spelling ")[1] for _, message in unknown(result)] == ["(perhaps Kota Samarinda?)", "(perhaps Kota Balikpapan?)"]


def test_real_kab_kota_short_names_placeholders_and_places_of_the_run_draw_no_warning(make_workbook):
    rows = [("05", "Pembangunan Jalan", "Kab. Kutai Barat"), ("09", "Rehabilitasi Jalan", "Se-Papua Selatan"),
            ("12", "Pemeliharaan Jalan", "Lintas Kabupaten/Kota"), ("15", "Peningkatan Jalan", "4 Kabupaten"),
            ("18", "Rekonstruksi Jalan", "Kota Adm. Jakarta Pusat"), ("21", "Pelebaran Jalan", "Kab. Kukar; Kab. Pangkajene dan Kepulauan"),
            ("24", "Penggantian Jembatan", "Kampung Wasurr"), ("27", "Pembangunan Jembatan", "Kota Kurik")]  # fmt: skip
    province = plan(make_workbook, PAPUA_SELATAN, rows, "1")
    own = [(number, name, "Distrik Kurik") for number, name, _ in rows]
    result = compare([province, plan(make_workbook, "Kabupaten Asmat", own, "2")], Options(workers=1, lang="en"))
    assert len(result.overlaps) == 1 and result.overlaps[0].location == "Kota Kurik"  # (a town its plan names)
    assert unknown(result) == []


def test_a_misspelt_twin_name_is_guessed_at_the_level_written(make_workbook):
    province = plan(make_workbook, "Provinsi Jawa Timur", [("05", "Pembangunan Jalan", "Kab. Malangg; Kota Malangg")], "1")
    city = [("05", "Pembangunan Jalan", "Kec. Klojen")]
    result = compare([province, plan(make_workbook, "Kabupaten Malang", city, "2"), plan(make_workbook, "Kota Malang", city, "2")],
                     Options(workers=1, lang="en"))  # fmt: skip
    assert [message.split("check the spelling ")[1] for _, message in unknown(result)] == ["(perhaps Kabupaten Malang?)", "(perhaps Kota Malang?)"]


def test_a_misspelt_name_of_the_other_level_only_is_guessed_at_that_level(make_workbook):
    province = plan(make_workbook, PAPUA_SELATAN, [("05", "Pembangunan Jalan", "Kota Meraukee")], "1")
    result = compare([province, plan(make_workbook, MERAUKE, ROADS[:1], "2")], Options(workers=1, lang="en"))
    assert [message.split("check the spelling ")[1] for _, message in unknown(result)] == ["(perhaps Kabupaten Merauke?)"]


def test_rows_that_link_to_nothing_draw_no_warning(make_workbook):
    province = plan(make_workbook, PAPUA_SELATAN, [("05", "Pembangunan Jalan", "Kab. Meraukee")], "1")
    other = plan(make_workbook, MERAUKE, [("09", "Rehabilitasi Jalan", "Distrik Kurik")], "2")
    assert unknown(compare([province, other], Options(workers=1, lang="en"))) == []


def test_every_kab_kota_of_the_list_is_known_however_written():
    for level, name, province in csv.reader(provinces.data_lines("kabkota.csv")):
        for written in (f"{'Kab.' if level == 'kabupaten' else 'Kota'} {name}", f"{name} ({level})"):
            regions = [region for part in parse_location(written) for region in part.regions]
            assert regions and all(home_provinces.is_listed(region) for region in regions), written
            assert home_provinces.kabkota_province(f"{level} {name}") == province


def test_the_kabupaten_whose_name_holds_dan_is_one_place_and_overlaps(make_workbook):
    rows = [("05", "Pembangunan Jalan", "Kabupaten Pangkajene dan Kepulauan"), ("09", "Rehabilitasi Jalan", "Kab. Pangkajene dan Kepulauan, Kota Makassar")]
    province = plan(make_workbook, "Provinsi Sulawesi Selatan", rows, "1")
    pangkep = plan(make_workbook, "Kabupaten Pangkajene dan Kepulauan", [(number, name, "Kec. Bungoro") for number, name, _ in ROADS[:2]], "2")
    result = compare([province, pangkep], Options(workers=1, lang="en"))
    assert result.plans[1].label == "Kabupaten Pangkajene dan Kepulauan"  # its title is not cut at 'dan' either
    assert [overlap.left.ref.row for overlap in result.overlaps] == [8, 9] and unknown(result) == []


def test_rows_naming_only_places_no_plan_names_draw_one_warning_listing_them(make_workbook):
    rows = [("05", "Pembangunan Jalan", "Pulau Kimaam"), ("09", "Rehabilitasi Jalan", "Pulau Kimaam"), ("12", "Pemeliharaan Jalan", "Taman Nasional Wasur")]
    province = plan(make_workbook, PAPUA_SELATAN, rows, "1")
    result = compare([province, plan(make_workbook, MERAUKE, ROADS, "2")], Options(workers=1, lang="en"))
    notes = [(warning.ref.row, warning.message) for warning in result.warnings if "only places" in warning.message]
    assert notes == [(8, "3 same sub kegiatan row(s) of the province name only places that no compared plan names and no kab/kota, so "
                         "no overlap is asserted for them: 'Pulau Kimaam' (2), 'Taman Nasional Wasur' (1); an island, a landmark "
                         "or a kecamatan of a kab/kota not compared is a reviewer's call")]  # fmt: skip
    # a place the plans name, or a kab/kota (even bare), draws none
    placed = plan(make_workbook, PAPUA_SELATAN, [("05", "Pembangunan Jalan", "Distrik Kurik"), ("09", "Rehabilitasi Jalan", "Mappi")], "1")
    result = compare([placed, plan(make_workbook, MERAUKE, ROADS, "2")], Options(workers=1, lang="en"))
    assert not [warning for warning in result.warnings if "only places" in warning.message]


def test_the_province_named_beside_places_no_plan_names_still_draws_the_warning(make_workbook):
    rows = [("05", "Pembangunan Jalan", "Provinsi Papua Selatan, Pulau Kimaam"), ("09", "Rehabilitasi Jalan", "Se-Papua Selatan"),
            ("12", "Pemeliharaan Jalan", "Papua Selatan, Distrik Kurik")]
    province = plan(make_workbook, PAPUA_SELATAN, rows, "1")
    result = compare([province, plan(make_workbook, MERAUKE, ROADS, "2")], Options(workers=1, lang="en"))
    notes = [(warning.ref.row, warning.message) for warning in result.warnings if "only places" in warning.message]
    assert [(row, "'Provinsi Papua Selatan, Pulau Kimaam' (1)" in message) for row, message in notes] == [(8, True)]
    assert "Se-Papua" not in notes[0][1] and [overlap.left.ref.row for overlap in result.overlaps] == [10]


def test_a_row_in_one_kab_kota_and_elsewhere_for_another_is_not_listed_as_unplaced(make_workbook):
    # 'Air Madidi' is the kecamatan Airmadidi Minahasa Utara's plan writes joined: in it, and elsewhere for Minahasa
    province = plan(make_workbook, "Provinsi Sulawesi Utara", [("05", "Pembangunan Jalan", "Air Madidi"), ("09", "Rehabilitasi Jalan", "Bukit Kasih")], "1")
    minut = plan(make_workbook, "Kabupaten Minahasa Utara", [(code, name, "Kec. Airmadidi") for code, name, _ in ROADS[:2]], "2")
    minahasa = plan(make_workbook, "Kabupaten Minahasa", [(code, name, "Kec. Pineleng") for code, name, _ in ROADS[:2]], "2")
    result = compare([province, minut, minahasa], Options(workers=1, lang="en"))
    assert [(overlap.left.ref.row, overlap.right.ref.file) for overlap in result.overlaps] == [(8, "kabupaten_minahasa_utara_2025.xlsx")]
    (note,) = [warning.message for warning in result.warnings if "only places" in warning.message]
    assert "'Bukit Kasih' (1)" in note and "Air Madidi" not in note


def test_the_unplaced_places_warning_lists_ten_places_before_counting_the_others(make_workbook):
    islands = ["Pulau " + name for name in ("Adi", "Bata", "Cina", "Dana", "Ewa", "Fani", "Gali", "Hira", "Ina", "Jawi", "Kera", "Lima")]
    rows = [(code, name, island) for island in islands for code, name, _ in ROADS[:1]]
    province = plan(make_workbook, PAPUA_SELATAN, rows, "1")
    result = compare([province, plan(make_workbook, MERAUKE, ROADS, "2")], Options(workers=1, lang="en"))
    (note,) = [warning.message for warning in result.warnings if "only places" in warning.message]
    assert all(f"'{island}' (1)" in note for island in islands[:10])
    assert "'Pulau Kera'" not in note and "and 2 more" in note
