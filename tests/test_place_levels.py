"""A place name two kab/kota plans share, one as a kecamatan and the other as a village ('Kec. Koto Tangah' of Kota
Padang, 'Nagari Koto Tangah' of Kabupaten Agam): a province row writing the level word lies in the one plan naming
it at that level; a bare name stays ambiguous."""

from __future__ import annotations

import pytest

from syncheck.messages import render
from syncheck.models import Options
from syncheck.placement import AMBIGUOUS, ELSEWHERE, IN, UNSTATED, place, target_of
from syncheck.places import parse_location
from syncheck.pipeline import compare

PROVINCE = "Provinsi Sumatera Barat"
PADANG_PLACES = {"Kec. Koto Tangah", "Kelurahan Lubuk Buaya, Kec. Koto Tangah", "Kec. Padang Utara"}
AGAM_PLACES = {"Nagari Koto Tangah, Kec. Tilatang Kamang", "Jorong Sutijo, Nagari Koto Gadang"}


def test_a_location_part_keeps_the_level_its_place_word_names():
    levels = [part.levels for part in parse_location("Jorong Sutijo, Nagari Koto Gadang; Kec. Koto Tangah; Koto Tangah; Kampung Baru")]
    assert levels == [(("sutijo", "dusun"),), (("koto gadang", "desa"),), (("koto tangah", "kecamatan"),), (), (("kampung baru", "desa"),)]


@pytest.mark.parametrize(("location", "padang", "agam"), [
    ("Kec. Koto Tangah", IN, ELSEWHERE),  # only Padang names a kecamatan Koto Tangah
    ("Kecamatan Koto Tangah", IN, ELSEWHERE),
    ("Nagari Koto Tangah", ELSEWHERE, IN),  # only Agam names a village Koto Tangah
    ("Desa Koto Tangah", ELSEWHERE, IN),  # a desa, a kelurahan and a nagari are one level
    ("Koto Tangah", AMBIGUOUS, AMBIGUOUS),  # no level word: either
    ("Jorong Koto Tangah", AMBIGUOUS, AMBIGUOUS),  # a level neither plan names it at
    ("Jorong Sutijo", UNSTATED, UNSTATED),  # a hamlet of one word: its name places no row
])  # fmt: skip
def test_a_shared_place_with_a_level_word_lies_in_the_one_plan_naming_it_at_that_level(location, padang, agam):
    padang_target = target_of("Kota Padang", PADANG_PLACES, PROVINCE, set(), frozenset({"koto tangah"}),
                              levels={("koto tangah", "desa", "nagari"): ("Kabupaten Agam",)})
    agam_target = target_of("Kabupaten Agam", AGAM_PLACES, PROVINCE, set(), frozenset({"koto tangah"}),
                            levels={("koto tangah", "kecamatan", "kecamatan"): ("Kota Padang",)})
    assert (place(location, padang_target).status, place(location, agam_target).status) == (padang, agam)


def test_a_place_both_plans_name_at_one_level_stays_ambiguous():
    target = target_of("Kota Padang", {"Kec. Koto Tangah"}, PROVINCE, set(), frozenset({"koto tangah"}),
                       levels={("koto tangah", "kecamatan", "kecamatan"): ("Kabupaten Agam",)})
    assert place("Kec. Koto Tangah", target).status == AMBIGUOUS


def test_a_place_a_plan_names_without_a_level_word_keeps_its_level_unknown():
    # Padang writes a bare 'Koto Tangah': its kecamatan or its kelurahan, so 'Nagari Koto Tangah' may be Padang's too
    agam = target_of("Kabupaten Agam", AGAM_PLACES, PROVINCE, set(), frozenset({"koto tangah"}), levels={("koto tangah", "", ""): ("Kota Padang",)})
    assert place("Nagari Koto Tangah", agam).status == AMBIGUOUS
    padang = target_of("Kota Padang", {"Koto Tangah"}, PROVINCE, set(), frozenset({"koto tangah"}), levels={("koto tangah", "desa", "nagari"): ("Kabupaten Agam",)})
    assert place("Nagari Koto Tangah", padang).status == AMBIGUOUS
    # without the other plans' levels (a pair read alone) nothing is placed by its level word
    assert place("Kec. Koto Tangah", target_of("Kota Padang", PADANG_PLACES, PROVINCE, set(), frozenset({"koto tangah"}))).status == AMBIGUOUS


HEADER = ["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]


def road_plan(government: str, digit: str, subs: list[tuple[str, str, str]]) -> list[list[object]]:
    """A road plan of ``government``: a program, a kegiatan, and each (number, name, location) sub kegiatan of Rp 100."""
    kegiatan = "Penyelenggaraan Jalan Provinsi" if digit == "1" else "Penyelenggaraan Jalan Kabupaten/Kota"
    return [
        ["RENCANA KERJA PEMERINTAH DAERAH"], [government.upper()], ["TAHUN 2023"], [], HEADER,
        ["1.03.10", "PROGRAM PENYELENGGARAAN JALAN", None, 100 * len(subs), "DINAS PU"],
        [f"1.03.10.{digit}.01", kegiatan, None, 100 * len(subs), "DINAS PU"],
        *([f"1.03.10.{digit}.01.{number}", name, location, 100, "DINAS PU"] for number, name, location in subs),
    ]  # fmt: skip


ROADS = [("05", "Pembangunan Jalan"), ("09", "Rehabilitasi Jalan"), ("11", "Pemeliharaan Rutin Jalan"), ("10", "Pemeliharaan Berkala Jalan")]


@pytest.mark.parametrize("reverse", [False, True])
def test_compare_places_a_row_by_its_level_word_and_says_so(make_workbook, reverse):
    written = ["Kec. Koto Tangah", "Nagari Koto Tangah", "Koto Tangah", "Nagari Koto Tangah, Kec. Tilatang Kamang"]
    province = [(number, name, location) for (number, name), location in zip(ROADS, written)]
    padang = [(number, name, "Kec. Koto Tangah") for number, name in ROADS]
    agam = [(number, name, "Nagari Koto Tangah, Kec. Tilatang Kamang") for number, name in ROADS]
    kab_kota = [str(make_workbook(road_plan("Kota Padang", "2", padang), name="kota_padang_2023.xlsx")),
                str(make_workbook(road_plan("Kabupaten Agam", "2", agam), name="kab_agam_2023.xlsx"))]  # fmt: skip
    paths = [str(make_workbook(road_plan(PROVINCE, "1", province), name="provinsi_sumatera_barat_2023.xlsx")), *kab_kota[:: -1 if reverse else 1]]
    result = compare(paths, Options(workers=1))
    assert sorted((o.left.ref.row, o.right.ref.file) for o in result.overlaps) == [
        (8, "kota_padang_2023.xlsx"), (9, "kab_agam_2023.xlsx"), (11, "kab_agam_2023.xlsx")]
    notes = [(w.ref.row, render(w.message, lang)) for w in result.warnings if w.ref.row in (8, 9, 10, 11) for lang in ("en", "id")]
    assert sorted(notes) == [
        (8, "location 'Kec. Koto Tangah' is read as in Kota Padang: the place is also named by Kabupaten Agam, but only "
            "Kota Padang's plan names it at the kecamatan level"),
        (8, "lokasi 'Kec. Koto Tangah' dibaca berada di Kota Padang: tempat itu juga disebut oleh Kabupaten Agam, tetapi hanya "
            "rencana Kota Padang yang menyebutnya pada tingkat kecamatan"),
        (9, "location 'Nagari Koto Tangah' is read as in Kabupaten Agam: the place is also named by Kota Padang, but only "
            "Kabupaten Agam's plan names it at the desa level"),
        (9, "lokasi 'Nagari Koto Tangah' dibaca berada di Kabupaten Agam: tempat itu juga disebut oleh Kota Padang, tetapi hanya "
            "rencana Kabupaten Agam yang menyebutnya pada tingkat desa/kelurahan"),
        # the kab/kota by name, whatever the order of the files (before: in that order)
        (10, "location 'Koto Tangah' names a place that 2 kabupaten/kota plans name (Kabupaten Agam, Kota Padang): no overlap "
             "is asserted for this row with any of them"),
        (10, "lokasi 'Koto Tangah' menyebut tempat yang disebut 2 rencana kabupaten/kota (Kabupaten Agam, Kota Padang): "
             "tumpang tindih baris ini dengan kabupaten/kota tersebut tidak dinyatakan"),
    ]


@pytest.mark.parametrize("reverse", [False, True])
def test_the_level_note_names_the_other_kab_kota_by_name_whatever_the_order_of_the_files(make_workbook, reverse):
    padang = [(number, name, "Kec. Koto Tangah") for number, name in ROADS[:1]]
    agam = [(number, name, "Nagari Koto Tangah, Kec. Tilatang Kamang") for number, name in ROADS[:1]]
    pariaman = [(number, name, "Nagari Koto Tangah, Kec. Batang Anai") for number, name in ROADS[:1]]
    kab_kota = [str(make_workbook(road_plan("Kota Padang", "2", padang), name="kota_padang_2023.xlsx")),
                str(make_workbook(road_plan("Kabupaten Padang Pariaman", "2", pariaman), name="kab_padang_pariaman_2023.xlsx")),
                str(make_workbook(road_plan("Kabupaten Agam", "2", agam), name="kab_agam_2023.xlsx"))]  # fmt: skip
    province = str(make_workbook(road_plan(PROVINCE, "1", [(*ROADS[0], "Kec. Koto Tangah")]), name="provinsi_sumatera_barat_2023.xlsx"))
    result = compare([province, *kab_kota[:: -1 if reverse else 1]], Options(workers=1))
    assert [render(w.message, "en") for w in result.warnings if w.ref.row == 8] == [
        "location 'Kec. Koto Tangah' is read as in Kota Padang: the place is also named by Kabupaten Agam, Kabupaten Padang "
        "Pariaman, but only Kota Padang's plan names it at the kecamatan level"]  # fmt: skip


DIY = "Daerah Istimewa Yogyakarta"
BANTUL_PLACES = {"Kapanewon Jetis", "Kalurahan Sumberagung, Kapanewon Jetis"}
KOTA_PLACES = {"Kemantren Jetis", "Kelurahan Sumberagung, Kemantren Jetis"}


@pytest.mark.parametrize(("location", "bantul", "kota"), [
    ("Kapanewon Jetis", IN, ELSEWHERE),  # both name a kecamatan Jetis: only Bantul writes 'Kapanewon'
    ("Kemantren Jetis", ELSEWHERE, IN),  # ... only Kota Yogyakarta 'Kemantren'
    ("Kalurahan Sumberagung", IN, ELSEWHERE),  # DIY's kabupaten village word
    ("Kelurahan Sumberagung", ELSEWHERE, IN),
    ("Kel. Sumberagung", ELSEWHERE, IN),  # the abbreviation is the word
    ("Jetis", AMBIGUOUS, AMBIGUOUS),  # no word: either
    ("Kec. Jetis", AMBIGUOUS, AMBIGUOUS),  # a word every plan writes for any kecamatan: either
    ("Desa Sumberagung", AMBIGUOUS, AMBIGUOUS),
])  # fmt: skip
def test_a_place_two_plans_name_at_one_level_lies_in_the_one_writing_the_province_word(location, bantul, kota):
    shared = frozenset({"jetis", "sumberagung"})
    bantul_target = target_of("Kabupaten Bantul", BANTUL_PLACES, DIY, set(), shared, levels={
        ("jetis", "kecamatan", "kemantren"): ("Kota Yogyakarta",), ("sumberagung", "desa", "kelurahan"): ("Kota Yogyakarta",)})
    kota_target = target_of("Kota Yogyakarta", KOTA_PLACES, DIY, set(), shared, levels={
        ("jetis", "kecamatan", "kapanewon"): ("Kabupaten Bantul",), ("sumberagung", "desa", "kalurahan"): ("Kabupaten Bantul",)})
    assert (place(location, bantul_target).status, place(location, kota_target).status) == (bantul, kota)


def test_a_place_word_decides_only_where_no_other_plan_writes_it_or_names_the_place_bare():
    target = target_of("Kabupaten Jayawijaya", {"Distrik Asolokobal"}, "Provinsi Papua Pegunungan", set(), frozenset({"asolokobal"}),
                       levels={("asolokobal", "kecamatan", "kecamatan"): ("Kabupaten Lanny Jaya",)})
    assert place("Distrik Asolokobal", target).status == IN  # Lanny Jaya writes 'Kecamatan': only Jayawijaya 'Distrik'
    two = {("asolokobal", "kecamatan", "distrik"): ("Kabupaten Lanny Jaya",)}
    assert place("Distrik Asolokobal", target_of("Kabupaten Jayawijaya", {"Distrik Asolokobal"}, "Provinsi Papua Pegunungan", set(),
                                                 frozenset({"asolokobal"}), levels=two)).status == AMBIGUOUS
    bare = {("asolokobal", "", ""): ("Kabupaten Lanny Jaya",)}
    assert place("Distrik Asolokobal", target_of("Kabupaten Jayawijaya", {"Distrik Asolokobal"}, "Provinsi Papua Pegunungan", set(),
                                                 frozenset({"asolokobal"}), levels=bare)).status == AMBIGUOUS


def test_compare_places_a_row_by_its_place_word_and_says_so(make_workbook):
    written = ["Kapanewon Jetis", "Kemantren Jetis", "Jetis"]
    province = [(number, name, location) for (number, name), location in zip(ROADS, written)]
    paths = [str(make_workbook(road_plan("Provinsi " + DIY, "1", province), name="provinsi_diy_2025.xlsx")),
             str(make_workbook(road_plan("Kota Yogyakarta", "2", [(n, name, "Kemantren Jetis") for n, name in ROADS[:3]]), name="kota_yogyakarta_2025.xlsx")),
             str(make_workbook(road_plan("Kabupaten Bantul", "2", [(n, name, "Kapanewon Jetis") for n, name in ROADS[:3]]), name="kab_bantul_2025.xlsx"))]  # fmt: skip
    result = compare(paths, Options(workers=1))
    assert sorted((o.left.ref.row, o.right.ref.file) for o in result.overlaps) == [(8, "kab_bantul_2025.xlsx"), (9, "kota_yogyakarta_2025.xlsx")]
    notes = sorted((w.ref.row, render(w.message, lang)) for w in result.warnings if w.ref.row in (8, 9) for lang in ("en", "id"))
    assert notes == [
        (8, "location 'Kapanewon Jetis' is read as in Kabupaten Bantul: the place is also named by Kota Yogyakarta, but only "
            "Kabupaten Bantul's plan calls it a kapanewon"),
        (8, "lokasi 'Kapanewon Jetis' dibaca berada di Kabupaten Bantul: tempat itu juga disebut oleh Kota Yogyakarta, tetapi hanya "
            "rencana Kabupaten Bantul yang menyebutnya kapanewon"),
        (9, "location 'Kemantren Jetis' is read as in Kota Yogyakarta: the place is also named by Kabupaten Bantul, but only "
            "Kota Yogyakarta's plan calls it a kemantren"),
        (9, "lokasi 'Kemantren Jetis' dibaca berada di Kota Yogyakarta: tempat itu juga disebut oleh Kabupaten Bantul, tetapi hanya "
            "rencana Kota Yogyakarta yang menyebutnya kemantren"),
    ]
    held = [w for w in result.warnings if w.ref.row == 10 and "2 kabupaten/kota plans" in render(w.message, "en")]
    assert len(held) == 1  # the bare 'Jetis' stays ambiguous
