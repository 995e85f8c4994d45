"""Location cells read as places, and where a province row lies for one kab/kota."""

from __future__ import annotations

import pytest

from syncheck.places import AMBIGUOUS, ELSEWHERE, IN, UNSTATED, Region, parse_location, place, region_of, split_locations, target_of

KAB_MALANG_ROWS = {"Kec. Dampit", "Kepanjen", "Desa Sukodono Kec. Dampit", "Tersebar", "Kantor Dinas", "UPT Jalan Wilayah Malang"}
PROVINCE = "Provinsi Jawa Timur"


def kab_malang(province_locations: set[str] = frozenset()):
    return target_of("Kabupaten Malang", KAB_MALANG_ROWS, PROVINCE, set(province_locations))


def test_kab_kota_is_one_placeholder_not_two_places():
    assert split_locations("Kab/Kota se-Jawa Timur") == ("Kab/Kota se-Jawa Timur",)
    assert split_locations("Kec. Ungaran, Desa Lerep") == ("Kec. Ungaran", "Desa Lerep")
    assert split_locations("Kabupaten Malang dan Kota Malang") == ("Kabupaten Malang", "Kota Malang")
    assert split_locations("Kab. Malang.") == ("Kab. Malang",)


@pytest.mark.parametrize(
    "text",
    ["Tersebar", "-", "Seluruh Kecamatan", "Lokasi Tersebar", "Semua Desa", "Kantor Dinas", "Kantor Dinas PU", "Kab/Kota se-Jawa Timur",
     "Se-Provinsi", "Provinsi Jawa Timur", "0", ""],
)  # fmt: skip
def test_placeholders_name_no_place(text):
    assert all(part.is_placeholder for part in parse_location(text))


@pytest.mark.parametrize(
    "text",
    ["Kabupaten Malang", "Kab. Malang.", "Kab.Malang", "KAB. MALANG", "Kab Malang", "Kab. Malang (Kec. Dampit)",
     "Kabupaten Malang - Kec. Dampit", "Kec. Dampit Kab. Malang", "Desa Sukodono Kec. Dampit Kabupaten Malang",
     "Kota Malang, Kota Batu, Kabupaten Malang", "Kota Batu, Kota Malang dan Kabupaten Malang", "Malang Regency",
     "Kabupaten Malang, Jawa Timur", "Dampit", "Kecamatan Dampit", "Seluruh Kecamatan di Kabupaten Malang"],
)  # fmt: skip
def test_spellings_of_a_place_in_the_kabupaten_are_found(text):
    assert place(text, kab_malang()).status == IN


@pytest.mark.parametrize("text", ["Kota Malang", "Kota Batu", "Kec. Klojen, Kota Malang", "Kec. Dampit Kota Batu", "Malang Raya"])
def test_the_kota_of_the_same_name_and_places_elsewhere_are_not_in_the_kabupaten(text):
    assert place(text, kab_malang()).status == ELSEWHERE


@pytest.mark.parametrize(
    "text", ["Tersebar", "-", "Jawa Timur", "Seluruh Kecamatan", "Kantor Dinas", "Kab/Kota se-Jawa Timur", "Semua Desa", "UPT Jalan Wilayah Malang"]
)
def test_generic_texts_are_not_stated_even_when_the_kab_kota_plan_uses_them(text):
    assert place(text, kab_malang()).status == UNSTATED


def test_a_bare_name_of_both_a_kota_and_a_kabupaten_is_ambiguous():
    placement = place("Malang", kab_malang())
    assert (placement.status, placement.where) == (AMBIGUOUS, "Malang")
    # a name that is only a kabupaten is the kabupaten, unless the province names the kota of that name too
    sidoarjo = target_of("Kabupaten Sidoarjo", {"Kec. Taman"}, PROVINCE, {"Kabupaten Sidoarjo"})
    assert place("Sidoarjo", sidoarjo).status == IN
    both = target_of("Kabupaten Sidoarjo", {"Kec. Taman"}, PROVINCE, {"Kota Sidoarjo, Kabupaten Sidoarjo"})
    assert place("Sidoarjo", both).status == AMBIGUOUS


def test_a_kecamatan_is_in_the_kab_kota_only_when_its_plan_names_it():
    kota = target_of("Kota Malang", {"Kota Malang"}, PROVINCE, set())
    assert place("Kec. Lowokwaru", kota).status == ELSEWHERE
    named = target_of("Kota Malang", {"Kec. Lowokwaru", "Klojen"}, PROVINCE, set())
    assert place("Kecamatan Lowokwaru", named).status == IN
    assert place("Kec. Klojen", named).status == IN


def test_a_row_naming_several_kab_kota_says_how_many_share_it():
    placement = place("Kota Malang, Kota Batu, Kabupaten Malang", kab_malang())
    assert (placement.status, placement.where, placement.shared_by) == (IN, "Kabupaten Malang", 3)
    assert place("Kabupaten Malang (Kec. Dampit)", kab_malang()).shared_by == 1


def test_region_of_a_government_name():
    assert region_of("Kota Batu") == Region("kota", "batu")
    assert region_of("Kabupaten Lima Puluh Kota") == Region("kabupaten", "lima puluh kota")
    assert region_of("Provinsi Jawa Timur") is None
