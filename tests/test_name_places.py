"""A place written at the end of an item's name: read as the row's location, left out of the name that is matched."""

from __future__ import annotations

import csv

import pytest

from syncheck.name_places import place_in_name
from syncheck.normalize import normalize_name
from support import NOMENCLATURE


@pytest.mark.parametrize(("name", "bare", "place"), [
    ("Respon Cepat Bencana Non Alam (Lokasi Kel. Oro-oro Dowo)", "Respon Cepat Bencana Non Alam", "Kel. Oro-oro Dowo"),
    ("RESPON CEPAT BENCANA NON ALAM DI DESA SUMBEREJO", "RESPON CEPAT BENCANA NON ALAM", "DESA SUMBEREJO"),
    ("Penyusunan Kajian Risiko Bencana Kabupaten/Kota Kec. Lowokwaru", "Penyusunan Kajian Risiko Bencana Kabupaten/Kota", "Kec. Lowokwaru"),
    ("Pembangunan Jalan di Desa Sumberejo Kec. Dampit", "Pembangunan Jalan", "Desa Sumberejo Kec. Dampit"),
    ("Rehabilitasi Jalan Provinsi - Kab. Malang", "Rehabilitasi Jalan Provinsi", "Kab. Malang"),
    ("Pembahasan KUA dan PPAS Wilayah Kota", "Pembahasan KUA dan PPAS", "Wilayah Kota"),
    ("Pembahasan KUA dan PPAS se-Kabupaten Malang.", "Pembahasan KUA dan PPAS", "Kabupaten Malang"),
    ("Penyediaan Jasa Kebersihan Kantor (Kab. Malang, Kota Batu)", "Penyediaan Jasa Kebersihan Kantor", "Kab. Malang, Kota Batu"),
    ("Penyediaan Jasa Kebersihan Kantor (Lokasi: Tersebar)", "Penyediaan Jasa Kebersihan Kantor", "Tersebar"),
    ("Penyediaan Jasa Kebersihan Kantor Lokasi: Desa Lerep", "Penyediaan Jasa Kebersihan Kantor", "Desa Lerep"),
])  # fmt: skip
def test_a_named_place_at_the_end_of_a_name_is_found(name, bare, place):
    assert place_in_name(name) == (bare, place)


@pytest.mark.parametrize("name", [
    "Fasilitasi Kota Layak Anak",  # a place word and a word that names no place
    "Adaptasi Perubahan Iklim di Desa Rawan Banjir",
    "Pembinaan Kelembagaan di Kota Administrasi",  # the official list's own endings
    "Penyelenggaraan Pelayanan di Kecamatan dan Desa",
    "Penyediaan Sarana di Kecamatan serta Sarana Pendukungnya",
    "Koordinasi Pelayanan di Wilayah Kabupaten/Kota",
    "Penguatan Kampung KB di Kampung KB",
    "Penyediaan Layanan di Kecamatan",
    "Kecamatan Dampit",  # a whole name that is a place names no item
    "Pengadaan Tanah (Per Jenis Bencana)",  # a bracket that names no place
    "Penyediaan Jasa Kebersihan Kantor (Tersebar)",
    "Pembangunan Jalan Kabupaten/Kota",
])  # fmt: skip
def test_names_that_end_in_no_named_place_are_left_whole(name):
    assert place_in_name(name) is None


@pytest.mark.skipif(not NOMENCLATURE.exists(), reason="needs the shared nomenclature")
def test_no_official_name_ends_in_a_named_place():
    with NOMENCLATURE.open(encoding="utf-8") as handle:
        found = [row["name"] for row in csv.DictReader(handle) if place_in_name(row["name"]) is not None]
    assert found == []


def test_the_normalized_name_leaves_the_place_out():
    assert normalize_name("Respon Cepat Bencana di Desa Sumberejo (DAK Fisik)") == normalize_name("Respon Cepat Bencana")
    assert normalize_name("Rehabilitasi Jalan Kec. Lowokwaru") == "rehabilitasi jalan"
    assert normalize_name("Fasilitasi Kota Layak Anak") == "fasilitasi kota layak anak"
