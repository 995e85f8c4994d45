"""Short names of kab/kota ('Kukar' = Kutai Kartanegara, data/kabkota_aliases.csv) in province location cells."""

from __future__ import annotations

import configparser
import csv
import fnmatch
import io
import json
import os
from importlib import resources

import pytest

from syncheck.messages import render
from syncheck.models import Options
from syncheck.pipeline import compare
from syncheck.placement import AMBIGUOUS, ELSEWHERE, IN, place, target_of
from syncheck.places import parse_part
from syncheck.report import result_to_json

KALTIM = "Provinsi Kalimantan Timur"
KUKAR = "Kabupaten Kutai Kartanegara"


def kukar(province_locations: set[str] = frozenset()):
    return target_of(KUKAR, {"Kec. Tenggarong", "Loa Janan"}, KALTIM, set(province_locations))


@pytest.mark.parametrize("location", ["Kukar", "KUKAR", "kukar", "Kab. Kukar", "Kabupaten Kukar", "Kab Kukar", "Kukar Kaltim",
                                      "Kab. Kukar (Kec. Tenggarong)", "Kukar - Kec. Samboja"])  # fmt: skip
def test_a_short_name_with_or_without_its_level_word_is_the_kab_kota(location):
    assert place(location, kukar({location})).status == IN


def test_a_short_name_in_a_cell_of_several_places_is_the_kab_kota_and_counts_the_others():
    cell = "Kukar, Kutim dan Kota Samarinda"
    target = kukar({cell, "Kab. Kutai Timur"})
    assert (place(cell, target).status, place(cell, target).where, place(cell, target).shared_by) == (IN, "Kukar", 3)
    samarinda = target_of("Kota Samarinda", {"Palaran"}, KALTIM, {cell, "Kab. Kutai Timur", "Kabupaten Kutai Kartanegara"})
    assert place(cell, samarinda).shared_by == 3  # 'Kutim' and 'Kukar' are the kabupaten the province names elsewhere


def test_a_short_name_is_no_place_when_its_kab_kota_is_not_in_the_comparison():
    assert place("Kukar", kukar({"Kukar"})).status == IN  # with Kutai Kartanegara in the comparison, it is
    samarinda = target_of("Kota Samarinda", {"Palaran", "Sungai Kunjang"}, KALTIM, {"Kukar", "Kab. Kukar"})
    assert place("Kukar", samarinda).status == ELSEWHERE and place("Kab. Kukar", samarinda).status == ELSEWHERE
    assert place("Kutim", kukar({"Kutim"})).status == ELSEWHERE  # another kabupaten's short name


def test_a_level_word_contradicting_the_kab_kota_level_is_not_it():
    assert place("Kota Kukar", kukar({"Kota Kukar"})).status == ELSEWHERE and place("Kab. Kukar", kukar()).status == IN
    jaksel = target_of("Kota Jakarta Selatan", set(), "Provinsi DKI Jakarta", {"Kab. Jaksel"})
    assert place("Kab. Jaksel", jaksel).status == ELSEWHERE and place("Kota Jaksel", jaksel).status == IN


@pytest.mark.parametrize("location", ["Kukaran", "Desa Kukar", "Kec. Kukar", "Kukar Baru", "Smd", "Kota Smd"])
def test_only_the_whole_short_name_as_a_kab_kota_is_the_kab_kota(location):
    assert place(location, kukar({location})).status != IN
    assert place(location, target_of("Kota Samarinda", set(), KALTIM, {location})).status != IN  # no skeletons ('Smd')


@pytest.mark.parametrize(
    ("government", "province", "location"),
    [("Kabupaten Ogan Komering Ulu Timur", "Provinsi Sumatera Selatan", "OKU Timur"),
     ("Kabupaten Pangkajene dan Kepulauan", "Provinsi Sulawesi Selatan", "Kab. Pangkep"),
     ("Kabupaten Tojo Una-Una", "Provinsi Sulawesi Tengah", "Touna"),
     ("Kabupaten Tanjung Jabung Barat", "Provinsi Jambi", "Tanjabar"),
     ("Kabupaten Kukar", KALTIM, "Kabupaten Kutai Kartanegara"), ("Kabupaten Boven Digoel", "Provinsi Papua Selatan", "Kab. Boven Digul"),
     ("Kabupaten Boven Digoel", "Provinsi Papua Selatan", "Boven Digul"),
     ("Kabupaten Sorong Selatan", "Provinsi Papua Barat Daya", "Kab. Sorsel"), ("Kabupaten Tambrauw", "Provinsi Papua Barat Daya", "Tambraw")],
)  # fmt: skip
def test_short_names_of_several_words_spellings_and_a_government_written_by_its_short_name(government, province, location):
    assert place(location, target_of(government, set(), province, {location})).status == IN


def test_a_short_name_another_plan_names_as_its_place_is_ambiguous_for_both():
    own = target_of(KUKAR, {"Kec. Tenggarong"}, KALTIM, {"Kukar"}, frozenset({"kukar"}))
    other = target_of("Kota Samarinda", {"Desa Kukar"}, KALTIM, {"Kukar"}, frozenset({"kukar"}))
    assert (place("Kukar", own).status, place("Kukar", own).named_twice) == (AMBIGUOUS, "kukar")
    assert (place("Kukar", other).status, place("Kukar", other).named_twice) == (AMBIGUOUS, "kukar")
    assert place("Kab. Kukar", own).status == IN and place("Kab. Kukar", other).status == ELSEWHERE


HEADER = ["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)"]


def plan(make_workbook, government: str, subs: list[tuple[str, str]], digit: str) -> str:
    """A road plan of ``government`` with one sub kegiatan per (number, location), Rp 100 juta each."""
    kegiatan = "Penyelenggaraan Jalan Provinsi" if digit == "1" else "Penyelenggaraan Jalan Kabupaten/Kota"
    rows = [["RENCANA KERJA PEMERINTAH DAERAH"], [government.upper()], ["TAHUN 2025"], [], HEADER,
            ["1.03.10", "PROGRAM PENYELENGGARAAN JALAN", None, 100_000_000 * len(subs)],
            [f"1.03.10.{digit}.01", kegiatan, None, 100_000_000 * len(subs)],
            *([f"1.03.10.{digit}.01.{number}", name, location, 100_000_000] for number, name, location in subs)]  # fmt: skip
    return str(make_workbook(rows, name=government.lower().replace(" ", "_") + "_2025.xlsx"))


def test_a_province_row_at_a_short_name_overlaps_that_kab_kota_and_no_other(make_workbook):
    province = plan(make_workbook, KALTIM, [("05", "Pembangunan Jalan", "Kukar"), ("09", "Rehabilitasi Jalan", "Kab. Kukar, Kota Samarinda")], "1")
    roads = [("05", "Pembangunan Jalan", "Kec. Tenggarong"), ("09", "Rehabilitasi Jalan", "Kec. Samboja")]
    city = [("05", "Pembangunan Jalan", "Kec. Palaran"), ("09", "Rehabilitasi Jalan", "Kec. Palaran")]
    result = compare([province, plan(make_workbook, KUKAR, roads, "2"), plan(make_workbook, "Kota Samarinda", city, "2")], Options(workers=1))
    found = sorted((o.right.ref.file, o.location, o.shared_by) for o in result.overlaps)
    assert found == [("kabupaten_kutai_kartanegara_2025.xlsx", "Kab. Kukar", 2), ("kabupaten_kutai_kartanegara_2025.xlsx", "Kukar", 1),
                     ("kota_samarinda_2025.xlsx", "Kota Samarinda", 2)]  # fmt: skip


def test_a_short_name_a_kab_kota_plan_names_as_its_desa_is_flagged_not_given(make_workbook):
    province = plan(make_workbook, KALTIM, [("05", "Pembangunan Jalan", "Kukar")], "1")
    own = plan(make_workbook, KUKAR, [("05", "Pembangunan Jalan", "Kec. Tenggarong")], "2")
    other = plan(make_workbook, "Kota Samarinda", [("05", "Pembangunan Jalan", "Kukar")], "2")  # a desa of that name
    result = compare([province, own, other], Options(workers=1))
    assert result.overlaps == () and len(result.unlocated) == 2
    warnings = [w["message"] for w in json.loads(json.dumps(result_to_json(result)["warnings"])) if w["row"] == 8]
    assert warnings == ["location 'Kukar' names a place that 2 kabupaten/kota plans name (Kabupaten Kutai Kartanegara, Kota Samarinda): "
                        "no overlap is asserted for this row with any of them"]  # fmt: skip


def shipped_table() -> list[list[str]]:
    """data/kabkota_aliases.csv as the installed package holds it."""
    text = resources.files("syncheck").joinpath("data", "kabkota_aliases.csv").read_text(encoding="utf-8")
    return list(csv.reader(line for line in io.StringIO(text) if line.strip() and not line.startswith("#")))


def test_the_short_name_table_ships_with_the_package_and_names_each_kab_kota_once():
    config = configparser.ConfigParser()
    config.read(os.path.join(os.path.dirname(__file__), "..", "setup.cfg"))
    shipped = [pattern.strip() for pattern in config["options.package_data"]["syncheck.data"].split(",")]
    assert any(fnmatch.fnmatch("kabkota_aliases.csv", pattern) for pattern in shipped)
    rows = shipped_table()
    names = [row[0] for row in rows]
    short = [name.strip().lower() for row in rows for name in row[1].split("|")]
    assert len(rows) > 100 and all(len(row) == 2 for row in rows)
    assert len(set(names)) == len(names) and len(set(short)) == len(short)
    assert not set(short) & {name.lower() for name in names}  # a short name is no other kab/kota's name
    assert all(len(parse_part(f"Kabupaten {name}").regions) == 1 for name in names + short)


DIY = "Provinsi Daerah Istimewa Yogyakarta"


@pytest.mark.parametrize(("location", "status"), [
    ("Kota Jogja", IN), ("Kota Yogya", IN), ("KOTA JOGJA", IN), ("Kota Yogyakarta", IN),
    ("Jogja", ELSEWHERE), ("Yogya", ELSEWHERE),  # alone they may name the region too: listed after 'Kota' only
    ("Kab. Jogja", ELSEWHERE),  # the level word decides
])  # fmt: skip
def test_a_short_name_listed_after_its_level_word_names_the_kab_kota_only_so_written(location, status):
    assert place(location, target_of("Kota Yogyakarta", {"Kemantren Jetis"}, DIY, {location})).status == status


@pytest.mark.parametrize(("government", "province", "short"), [
    ("Kabupaten Minahasa Tenggara", "Provinsi Sulawesi Utara", "Mitra"), ("Kabupaten Ogan Ilir", "Provinsi Sumatera Selatan", "OI"),
    ("Kabupaten Bengkulu Tengah", "Provinsi Bengkulu", "Benteng"),
])  # fmt: skip
def test_short_names_that_are_words_name_the_kabupaten_after_its_level_word_only(government, province, short):
    target = target_of(government, {"Kec. Ratahan"}, province, set())
    assert place(f"Kab. {short}", target).status == IN and place(short, target).status == ELSEWHERE


def test_a_bare_short_name_bound_to_its_level_word_is_warned_not_placed(make_workbook):
    province = plan(make_workbook, DIY, [("05", "Pembangunan Jalan", "Kota Jogja"), ("09", "Rehabilitasi Jalan", "Jogja")], "1")
    kota = plan(make_workbook, "Kota Yogyakarta", [("05", "Pembangunan Jalan", "Kemantren Jetis"), ("09", "Rehabilitasi Jalan", "Kemantren Jetis")], "2")
    bantul = plan(make_workbook, "Kabupaten Bantul", [("09", "Rehabilitasi Jalan", "Kapanewon Sewon")], "2")
    result = compare([province, kota, bantul], Options(workers=1))
    assert [(o.left.ref.row, o.right.ref.file, o.location) for o in result.overlaps] == [(8, "kota_yogyakarta_2025.xlsx", "Kota Jogja")]
    notes = [(w.ref.row, render(w.message, lang)) for w in result.warnings if w.ref.file.startswith("provinsi") for lang in ("en", "id")]
    assert notes == [
        (9, "location 'Jogja' is Kota Yogyakarta only when written 'Kota Jogja', and alone it may mean a wider area: no overlap is "
            "asserted for it on this row or the others with it (1 same sub kegiatan row(s) in all)"),
        (9, "lokasi 'Jogja' berarti Kota Yogyakarta hanya bila ditulis 'Kota Jogja', dan tanpa kata itu dapat berarti wilayah yang "
            "lebih luas: tumpang tindih tidak dinyatakan untuknya pada baris ini maupun baris lain yang memuatnya (1 baris sub "
            "kegiatan yang sama seluruhnya)"),
    ]


SULTENG = "Provinsi Sulawesi Tengah"


@pytest.mark.parametrize("location, government", [
    ("Kab. Banggai Kep.", "Kabupaten Banggai Kepulauan"), ("Banggai Kep.", "Kabupaten Banggai Kepulauan"),
    ("Desa Bulagi Dua (Kab. Banggai Kep.)", "Kabupaten Banggai Kepulauan"), ("Kep. Selayar", "Kabupaten Kepulauan Selayar"),
])
def test_kep_is_kepulauan_in_a_kab_kota_name(location, government):
    assert place(location, target_of(government, set(), SULTENG, {location})).status == IN
    assert place(location, target_of("Kabupaten Banggai", {"Kec. Luwuk"}, SULTENG, {location})).status == ELSEWHERE


def test_a_bracket_listing_kab_kota_with_dan_names_each():
    cell = "Kepulauan Banggai (Bangkep dan Balut)"
    statuses = [place(cell, target_of(government, set(), SULTENG, {cell})).status
                for government in ("Kabupaten Banggai Kepulauan", "Kabupaten Banggai Laut", "Kabupaten Banggai")]
    assert statuses == [IN, IN, ELSEWHERE]


def test_a_kab_kota_name_holding_dan_inside_a_bracket_is_that_kab_kota():
    cell = "Desa Mattiro Bombang (Kab. Pangkajene dan Kepulauan)"
    assert place(cell, target_of("Kabupaten Pangkajene dan Kepulauan", set(), "Provinsi Sulawesi Selatan", {cell})).status == IN


MALUKU = "Provinsi Maluku"


@pytest.mark.parametrize("location, government", [("Ohoidertawun", "Kabupaten Maluku Tenggara")])
def test_an_ohoi_the_plan_names_is_its_village(location, government):
    places = {"Ohoi Ohoidertawun, Kec. Kei Kecil"}
    assert place(location, target_of(government, places, MALUKU, {location})).status == IN


def test_negeri_names_places_in_lampung_and_is_no_village_word():
    katon = target_of("Kabupaten Pesawaran", {"Kec. Negeri Katon"}, "Provinsi Lampung", {"Negeri Katon"})
    assert place("Negeri Katon", katon).status == IN


def test_negeri_inside_a_name_is_no_village_word():
    ambon = target_of("Kota Ambon", {"Negeri Passo, Kec. Baguala", "Kec. Sirimau"}, MALUKU, {"SMA Negeri 1 Ambon"})
    assert parse_part("SMA Negeri 1 Ambon").locals == ("sma negeri ambon",) and place("SMA Negeri 1 Ambon", ambon).status != IN


def test_a_kecamatan_of_islands_written_without_its_pulau_is_the_plans():
    tual = target_of("Kota Tual", {"Kec. Pulau Dullah Utara", "Kec. Pulau Dullah Selatan"}, MALUKU, {"Kec. Dullah Utara"})
    assert place("Kec. Dullah Utara", tual).status == IN and place("Dullah Utara", tual).status == IN
    assert place("Kec. Dullah", tual).status != IN  # (one word left: it could name anything)


def test_a_negeri_written_without_its_word_is_the_plans_negeri():
    sbb = target_of("Kabupaten Seram Bagian Barat", {"Negeri Piru, Kec. Seram Barat", "Kec. Kairatu"}, MALUKU, {"Piru"})
    assert place("Piru", sbb).status == IN and place("Desa Piru", sbb).status == IN
    assert place("Piru", target_of("Kabupaten Buru", {"Kec. Namlea"}, MALUKU, {"Piru"})).status != IN
