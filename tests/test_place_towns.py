"""A province row at 'Kota X' where no kota X exists: a town of the kabupaten, said in a note; the kota of the run are kota."""

from __future__ import annotations

from syncheck.messages import render
from syncheck.models import Options
from syncheck.pipeline import compare
from syncheck.tally import kota_of_run

from test_short_names import plan

PAPUA_SELATAN = "Provinsi Papua Selatan"
MERAUKE = "Kabupaten Merauke"


def test_a_province_row_at_the_town_of_a_kabupaten_overlaps_it_and_says_so(make_workbook):
    province = plan(make_workbook, PAPUA_SELATAN, [("05", "Pembangunan Jalan", "Merauke"), ("09", "Rehabilitasi Jalan", "Kota Merauke")], "1")
    own = plan(make_workbook, MERAUKE, [("05", "Pembangunan Jalan", "Distrik Merauke"), ("09", "Rehabilitasi Jalan", "Distrik Kurik")], "2")
    result = compare([province, own], Options(workers=1, lang="en"))
    assert sorted(overlap.location for overlap in result.overlaps) == ["Kota Merauke", "Merauke"]
    assert [warning.message for warning in result.warnings] == [
        "location 'Kota Merauke' is read as a town in Kabupaten Merauke: no kota of that name exists"]
    assert [render(warning.message, "id") for warning in result.warnings] == [
        "lokasi 'Kota Merauke' dibaca sebagai kawasan perkotaan di Kabupaten Merauke: tidak ada pemerintah kota dengan nama itu"]


def test_a_kota_of_the_run_is_that_kota_and_makes_the_bare_name_ambiguous_for_the_kabupaten(make_workbook):
    province = plan(make_workbook, PAPUA_SELATAN, [("05", "Pembangunan Jalan", "Merauke"), ("09", "Rehabilitasi Jalan", "Kota Merauke")], "1")
    own = plan(make_workbook, MERAUKE, [("05", "Pembangunan Jalan", "Distrik Kurik"), ("09", "Rehabilitasi Jalan", "Distrik Kurik")], "2")
    city = plan(make_workbook, "Kota Merauke", [("05", "Pembangunan Jalan", "Kel. Mandala"), ("09", "Rehabilitasi Jalan", "Kel. Mandala")], "2")
    assert kota_of_run(frozenset()) == frozenset()
    result = compare([province, own, city], Options(workers=1, lang="en"))
    kabupaten = "kabupaten_merauke_2025.xlsx"
    assert ("kota_merauke_2025.xlsx", "Kota Merauke") in [(overlap.right.ref.file, overlap.location) for overlap in result.overlaps]
    assert [overlap.location for overlap in result.overlaps if overlap.right.ref.file == kabupaten] == []
    assert [overlap.location for overlap in result.unlocated if overlap.right.ref.file == kabupaten] == ["Merauke"]
    assert not any("town" in warning.message for warning in result.warnings)


def test_a_former_kabupaten_named_by_the_province_makes_no_twin_of_the_kota(make_workbook):
    # Kabupaten Pontianak is Kabupaten Mempawah since 2014: a row still naming it leaves a bare 'Pontianak' to the kota
    province = plan(make_workbook, "Provinsi Kalimantan Barat", [("05", "Pembangunan Jalan", "Pontianak"), ("09", "Rehabilitasi Jalan", "Kab. Pontianak")], "1")
    city = plan(make_workbook, "Kota Pontianak", [("05", "Pembangunan Jalan", "Kec. Pontianak Kota"), ("09", "Rehabilitasi Jalan", "Kec. Pontianak Barat")], "2")
    result = compare([province, city], Options(workers=1, lang="en"))
    assert [overlap.location for overlap in result.overlaps] == ["Pontianak"]
    assert not any("may be the kota or the kabupaten" in warning.message for warning in result.warnings)


def test_the_former_name_of_a_kabupaten_after_its_level_word_is_that_kabupaten(make_workbook):
    rows = [("05", "Pembangunan Jalan", "Pontianak"), ("07", "Pemeliharaan Jalan", "Kab. Pontianak"), ("09", "Rehabilitasi Jalan", "Kabupaten Pontianak (Mempawah)")]
    province = plan(make_workbook, "Provinsi Kalimantan Barat", rows, "1")
    city = plan(make_workbook, "Kota Pontianak", [(code, name, "Kec. Pontianak Kota") for code, name, _ in rows], "2")
    kabupaten = plan(make_workbook, "Kabupaten Mempawah", [(code, name, "Kec. Sungai Pinyuh") for code, name, _ in rows], "2")
    result = compare([province, city, kabupaten], Options(workers=1, lang="en"))
    assert sorted((overlap.right.ref.file, overlap.location) for overlap in result.overlaps) == [
        ("kabupaten_mempawah_2025.xlsx", "Kab. Pontianak"), ("kabupaten_mempawah_2025.xlsx", "Kabupaten Pontianak (Mempawah)"),
        ("kota_pontianak_2025.xlsx", "Pontianak")]
    assert [warning.message for warning in result.warnings] == []
