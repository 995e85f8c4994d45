"""A place written at the end of an item's name: read as the row's location, left out of the name that is matched."""

from __future__ import annotations

import csv

import pytest

from syncheck.models import Kind, Options
from syncheck.name_places import place_in_name
from syncheck.normalize import NameParts, item_name_parts, normalize_name
from syncheck.pipeline import compare
from support import NOMENCLATURE, needs_shared


@pytest.mark.parametrize(("name", "bare", "place"), [
    ("Respon Cepat Bencana Non Alam (Lokasi Kel. Oro-oro Dowo)", "Respon Cepat Bencana Non Alam", "Kel. Oro-oro Dowo"),
    ("RESPON CEPAT BENCANA NON ALAM DI DESA SUMBEREJO", "RESPON CEPAT BENCANA NON ALAM", "DESA SUMBEREJO"),
    ("Penyusunan Kajian Risiko Bencana Kabupaten/Kota Kec. Lowokwaru", "Penyusunan Kajian Risiko Bencana Kabupaten/Kota", "Kec. Lowokwaru"),
    ("Pembangunan Jalan di Desa Sumberejo Kec. Dampit", "Pembangunan Jalan", "Desa Sumberejo Kec. Dampit"),
    ("Rehabilitasi Jalan Provinsi - Kab. Malang", "Rehabilitasi Jalan Provinsi", "Kab. Malang"),
    ("Pembahasan KUA dan PPAS di Wilayah Kota", "Pembahasan KUA dan PPAS", "di Wilayah Kota"),
    ("Pembahasan KUA dan PPAS se-Kabupaten Malang.", "Pembahasan KUA dan PPAS", "Kabupaten Malang"),
    ("Penyediaan Jasa Kebersihan Kantor (Kab. Malang, Kota Batu)", "Penyediaan Jasa Kebersihan Kantor", "Kab. Malang, Kota Batu"),
    ("Penyediaan Jasa Kebersihan Kantor (Lokasi: Tersebar)", "Penyediaan Jasa Kebersihan Kantor", "Tersebar"),
    ("Penyediaan Jasa Kebersihan Kantor Lokasi: Desa Lerep", "Penyediaan Jasa Kebersihan Kantor", "Desa Lerep"),
    # a kab/kota name of data/kabkota.csv after its level word, however common its words ('Kep.' is Kepulauan)
    ("Pembangunan Jalan di Kabupaten Kepulauan Mentawai", "Pembangunan Jalan", "Kabupaten Kepulauan Mentawai"),
    ("Pembangunan Jalan di Kab. Kep. Mentawai.", "Pembangunan Jalan", "Kab. Kep. Mentawai"),
    ("Pembangunan Jalan di Kabupaten Lima Puluh Kota", "Pembangunan Jalan", "Kabupaten Lima Puluh Kota"),
    ("Pembangunan Jalan di Kabupaten Solok Selatan", "Pembangunan Jalan", "Kabupaten Solok Selatan"),
    ("Pembangunan Jalan Kab. Pesisir Barat", "Pembangunan Jalan", "Kab. Pesisir Barat"),
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
    "Bantuan Alsintan Kel. Tani",  # 'Kel.' for Kelompok
    "Penyusunan Rencana Tata Ruang Wilayah Kabupaten",
    "Pembinaan di Desa Sangat Tertinggal",
    "Penguatan di Kampung Keluarga Berkualitas",
    "Pembinaan di Desa Sadar Hukum",
    "Pembangunan Jalan di Kec. Dampit dan Kec. Tumpang",  # a list of places: the name is not cut inside it
    "Lomba Kampung dan Kel. Tingkat Provinsi",
    "Pengembangan Usaha di Desa Sumber Air Bersih",  # words the official names use often are no place's name
    # official names ending in the words of a kab/kota name, with no kab/kota place word before them
    "Pemanfaatan Ruang Satuan Ruang Strategis Pantai Selatan",
    "Penerbitan Rekomendasi Izin Pelaksanaan Reklamasi di Perairan Pesisir",
    "Pengelolaan Ruang Laut sampai dengan 12 Mil ke Arah Perairan Kepulauan",
    "Pembangunan Jalan di Kota Solok Selatan",  # a kabupaten's name under 'Kota' is no place the list knows
    "Pembinaan di Desa Kep. Tertinggal",
])  # fmt: skip
def test_names_that_end_in_no_named_place_are_left_whole(name):
    assert place_in_name(name) is None


@needs_shared
def test_no_official_name_ends_in_a_named_place():
    with NOMENCLATURE.open(encoding="utf-8") as handle:
        found = [row["name"] for row in csv.DictReader(handle) if place_in_name(row["name"]) is not None]
    assert found == []


def test_the_matched_name_leaves_the_place_and_a_written_description_out():
    assert item_name_parts("Respon Cepat Bencana di Desa Sumberejo (DAK Fisik)") == NameParts("Respon Cepat Bencana", "Desa Sumberejo")
    assert item_name_parts("Rehabilitasi Jalan Kec. Lowokwaru") == NameParts("Rehabilitasi Jalan", "Kec. Lowokwaru")
    assert item_name_parts("Pembangunan Jalan: Ruas A-B") == NameParts("Pembangunan Jalan", "", "Ruas A-B")
    assert item_name_parts("Rehabilitasi Jalan (Lokasi: Kota Batu)") == NameParts("Rehabilitasi Jalan", "Kota Batu")
    assert item_name_parts("Fasilitasi Kota Layak Anak") == NameParts("Fasilitasi Kota Layak Anak")
    # an official clause after a colon is long: no description
    long_clause = "Pemenuhan Hak Setiap Pemuda yang Meliputi: Perlindungan Pemuda, Advokasi, Akses Pengembangan Diri, Penggunaan Prasarana"
    assert item_name_parts(long_clause) == NameParts(long_clause)
    # normalize_name itself reads every text alike, agencies too: 'Kantor Camat Kec. Klojen' keeps its place
    assert normalize_name("Kantor Camat Kec. Klojen") == "kantor camat kecamatan klojen"


HEADER = ["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]


def health_plan(government: str, digit: str, subs: list[tuple[str, str | None]]) -> list[list[object]]:
    """A health plan of ``government``: a program, a kegiatan, and each (name, location) sub kegiatan."""
    return [
        ["RENCANA KERJA PEMERINTAH DAERAH"], [government.upper()], ["TAHUN 2023"], [], HEADER,
        ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", None, 300, "DINAS KESEHATAN"],
        [f"1.02.02.{digit}.03", "Penyelenggaraan Sistem Informasi Kesehatan", None, 300, "DINAS KESEHATAN"],
        *([f"1.02.02.{digit}.03.000{number}", name, location, 100, "DINAS KESEHATAN"] for number, (name, location) in enumerate(subs, 1)),
    ]  # fmt: skip


@pytest.mark.parametrize(("province", "written", "kabupaten"), [
    ("Sumatera Barat", "di Kabupaten Kepulauan Mentawai", "Kabupaten Kepulauan Mentawai"),
    ("Sumatera Barat", "di Kab. Kep. Mentawai", "Kabupaten Kepulauan Mentawai"),
    ("Sumatera Barat", "di Kabupaten Lima Puluh Kota", "Kabupaten Lima Puluh Kota"),
    ("Sumatera Barat", "di Kabupaten Solok Selatan", "Kabupaten Solok Selatan"),
    ("Lampung", "Kab. Pesisir Barat", "Kabupaten Pesisir Barat"),
])  # fmt: skip
def test_a_kab_kota_of_common_words_at_the_end_of_a_name_locates_the_row_and_its_overlap(make_workbook, province, written, kabupaten):
    names = ["Pengelolaan Data dan Informasi Kesehatan", "Pengelolaan Sistem Informasi Kesehatan"]
    left = health_plan(f"Provinsi {province}", "1", [(f"{name} {written}", None) for name in names])
    right = health_plan(kabupaten, "2", [(name, "Kecamatan Tengah") for name in names])
    paths = [str(make_workbook(left, name="provinsi_2023.xlsx")), str(make_workbook(right, name="kabupaten_2023.xlsx"))]
    result = compare(paths, Options(workers=1))
    subs = [link.relation.value for link in result.links if link.kind is Kind.SUB_KEGIATAN]
    assert subs == ["identical", "identical"]
    assert [(o.left.name, o.location) for o in result.overlaps] == [(f"{name} {written}", written.removeprefix("di ")) for name in names]
