"""Link decisions on wording: halves of an affair, list joiners, abbreviations and places under slot codes, review parents."""

from __future__ import annotations

import csv

import pytest

from syncheck.wording import divides_halves
from syncheck.codes import parse_code
from syncheck.entries import prepare
from syncheck.match import link_entries, link_plans
from syncheck.models import Item, Kind, Level, Link, Options, Plan, Relation, SourceRef
from syncheck.wording import official_joiner_pair, shortens
from support import NOMENCLATURE, needs_shared

from test_match import plan_of

PARENT_DEPTH = {Kind.KEGIATAN: 3, Kind.SUB_KEGIATAN: 5}


def coded_plan(file: str, level: Level, rows: list[tuple[str, str]]) -> Plan:
    """A plan of coded rows, each under the row whose code its own code starts with (as readers link them)."""
    items, refs = [], {}
    for row, (code_text, name) in enumerate(rows, start=2):
        code = parse_code(code_text)
        ref = SourceRef(file, "Sheet1", row)
        parent = refs.get(".".join(code.segments[: PARENT_DEPTH[code.kind]])) if code.kind in PARENT_DEPTH else None
        items.append(Item(ref, code.kind, name, code, code_text, agency="DINAS", parent=parent))
        refs[code.text] = ref
    return Plan(file, file, "", file, level, 2024, (), tuple(items), (), (), len(items) + 1)


def linked(province: list[tuple[str, str]], kota: list[tuple[str, str]]) -> dict[tuple[str, str], Link]:
    """The links between a province plan and a kota plan, by (left code, right code)."""
    left, right = coded_plan("prov.xlsx", Level.PROVINSI, province), coded_plan("kota.xlsx", Level.KOTA, kota)
    return {(link.left.code_text, link.right.code_text): link for link in link_plans(left, right, Options())}


ROADS = ("1.03.10", "PROGRAM PENYELENGGARAAN JALAN")


def test_complementary_halves_of_the_official_list_are_never_identical():
    links = linked(
        [("2.15.03", "PROGRAM PENGELOLAAN PELAYARAN"),
         ("2.15.03.1.04", "Penetapan Lintas Penyeberangan dan Persetujuan Pengoperasian Kapal antar Daerah Kabupaten/Kota dalam Daerah Provinsi yang Terletak pada Jaringan Jalan Provinsi dan/atau Jaringan Jalur Kereta Api Provinsi"),
         ("2.15.03.1.06", "Penerbitan Izin Usaha Jasa Terkait dengan Perawatan dan Perbaikan Kapal dan Alat Apung Lainnya Berbadan Hukum dan Berdomisili di Daerah Provinsi"),
         ("1.04.03", "PROGRAM KAWASAN PERMUKIMAN"),
         ("1.04.03.1.02", "Peningkatan Kualitas Kawasan Permukiman Kumuh dengan Luas 10 (Sepuluh) Ha sampai dengan di Bawah 15 (Lima Belas) Ha")],
        [("2.15.03", "PROGRAM PENGELOLAAN PELAYARAN"),
         ("2.15.03.2.06", "Penetapan Lintas Penyeberangan dan Persetujuan Pengoperasian Kapal dalam Daerah Kabupaten/Kota yang Terletak pada Jaringan Jalan Provinsi dan/atau Jaringan Jalur Kereta Api Provinsi"),
         ("2.15.03.2.08", "Penerbitan Izin Usaha Jasa Terkait dengan Perawatan dan Perbaikan Kapal dan Alat Apung Lainnya Berbadan Hukum dan Berdomisili di Daerah Kabupaten/Kota dan Wilayah Operasinya"),
         ("1.04.03", "PROGRAM KAWASAN PERMUKIMAN"),
         ("1.04.03.2.03", "Peningkatan Kualitas Kawasan Permukiman Kumuh dengan Luas di Bawah 10 (sepuluh) Ha")],
    )
    antar = links[("2.15.03.1.04", "2.15.03.2.06")]
    assert antar.relation is Relation.COUNTERPART and antar.reason.endswith("wording differs in scope or object (antardaerah)")
    assert antar.reason.startswith("same parent (2.15.03.1.04 / 2.15.03.2.06)")  # not 'same slot': the numbers differ
    assert ("1.04.03.1.02", "1.04.03.2.03") not in links  # 10 to 15 Ha and below 10 Ha: different numbers, never one item
    # '... Berdomisili di Daerah Kabupaten/Kota dan Wilayah Operasinya': the kab/kota's half says how far it reaches
    operating_area = links[("2.15.03.1.06", "2.15.03.2.08")]
    assert operating_area.relation is Relation.COUNTERPART and operating_area.reason.endswith("(operasinya, wilayah)")


def test_a_typo_of_makro_or_mikro_is_the_item_its_own_slot_codes_and_the_list_own_two_spellings_stay_one():
    labour = [("2.07.02", "PROGRAM PERENCANAAN TENAGA KERJA")]
    links = linked(
        [*labour, ("2.07.02.1.01", "Penyusunan Rencana Tenaga Kerja"), ("2.07.02.1.01.01", "Penyusunan Rencana Tenaga Kerja Makro"),
         ("2.07.02.1.01.02", "Penyusunan Rencana Tenaga Kerja Mikro")],
        [*labour, ("2.07.02.2.01", "Penyusunan Rencana Tenaga Kerja"), ("2.07.02.2.01.02", "Penyusunan Rencana Tenaga Kerja Mkro")],
    )
    # 'Mkro' in the kab/kota's Mikro slot: the province's Mikro, not its Makro one slot over
    assert links[("2.07.02.1.01.02", "2.07.02.2.01.02")].relation is Relation.IDENTICAL
    assert ("2.07.02.1.01.01", "2.07.02.2.01.02") not in links
    (sop,) = codeless_links(["Penyusunan dan Penerapan SOP Penggunaan Arsip yang Bersifat Tertutup"],
                            ["Penyusunan dan Penetapan SOP Penggunaan Arsip yang Bersifat Tertutup"]).values()
    assert sop.relation is Relation.SIMILAR  # the official list's province and kab/kota wording of one item


def test_a_list_joined_another_way_is_the_same_item_and_leaves_its_children_comparable():
    program = "PROGRAM PENINGKATAN PENDIDIKAN, PELATIHAN DAN PENYULUHAN LINGKUNGAN HIDUP UNTUK MASYARAKAT"
    children = [("2.11.08.1.01", "Penyelenggaraan Pendidikan, Pelatihan, dan Penyuluhan Lingkungan Hidup"),
                ("2.11.08.1.01.02", "Pendampingan Gerakan Peduli Lingkungan Hidup")]
    for written in (program.replace(" DAN ", ", "), program.replace(" DAN ", " SERTA "), program.replace(" DAN ", " / ")):
        kota = [("2.11.08", written), ("2.11.08.2.01", "Penyelenggaraan Pendidikan, Pelatihan, Penyuluhan Lingkungan Hidup"),
                ("2.11.08.2.01.02", "Pendampingan Gerakan Peduli Lingkungan Hidup")]
        links = linked([("2.11.08", program), *children], kota)
        assert [link.relation for link in links.values()] == [Relation.IDENTICAL] * 3, written


def test_the_official_comma_wording_still_keeps_its_two_items_apart_however_the_kota_joins():
    province = [("2.08.07", "PROGRAM PERLINDUNGAN KHUSUS ANAK"), ("2.08.07.1.02", "Penyediaan Layanan bagi Anak"),
                ("2.08.07.1.02.03", "Pengembangan Komunikasi, Informasi, Edukasi Anak yang Memerlukan Perlindungan Khusus Kewenangan Provinsi")]
    for joint in (" dan ", " serta ", " / "):
        kota = [("2.08.07", "PROGRAM PERLINDUNGAN KHUSUS ANAK"), ("2.08.07.2.02", "Penyediaan Layanan bagi Anak"),
                ("2.08.07.2.02.03", f"Pengembangan Komunikasi, Informasi{joint}Edukasi Anak yang Memerlukan Perlindungan Khusus Kewenangan Kabupaten/Kota")]
        link = linked(province, kota)[("2.08.07.1.02.03", "2.08.07.2.02.03")]
        assert link.relation is Relation.COUNTERPART, joint
    miscoded = [(code.replace(".2.02", ".1.02"), name) for code, name in kota]  # the kota wrote the province's level digit
    assert linked(province, miscoded)[("2.08.07.1.02.03", "2.08.07.1.02.03")].relation is Relation.COUNTERPART
    assert official_joiner_pair("Informasi, Edukasi", "Informasi serta Edukasi") == ("informasi, edukasi", "informasi serta edukasi")
    assert official_joiner_pair("Kepala Sekolah, Guru, Penjaga", "Kepala Sekolah/Guru/Penjaga") is None  # alternatives, not a joiner
    assert official_joiner_pair("Pelatihan, dan Penyuluhan", "Pelatihan, Penyuluhan") is None  # a 'dan' dropped by hand


def test_children_of_a_review_program_are_compared_and_stay_review_candidates():
    province = [("2.16.02", "PROGRAM PENGELOLAAN KOMUNIKASI"), ("2.16.02.1.01", "Pengelolaan Informasi Publik"),
                ("2.16.02.1.02", "Layanan Hubungan Media")]
    kota = [("2.16.02", "PROGRAM PENYEBARAN KOMUNIKASI"), ("2.16.02.2.01", "Pengelolaan Informasi Publik"),
            ("2.16.02.2.02", "Layanan Pengaduan Media")]
    left, right = prepare(coded_plan("p.xlsx", Level.PROVINSI, province)), prepare(coded_plan("k.xlsx", Level.KOTA, kota))
    links = {link.kind: link for link in link_entries(left, right, Options())}
    assert links[Kind.PROGRAM].relation is Relation.REVIEW
    child = links[Kind.KEGIATAN]  # the same-slot pair with another object (media) gives no counterpart under a review
    assert child.relation is Relation.REVIEW and child.left.name == "Pengelolaan Informasi Publik"
    assert child.reason.endswith("the parents are only a review candidate")

    def accept_programs(kind, found):  # a reviewer confirms the program pair
        return [Link(l.kind, Relation.IDENTICAL, l.score, l.reason, l.left, l.right) if kind is Kind.PROGRAM else l for l in found]

    confirmed = [link for link in link_entries(left, right, Options(), accept_programs) if link.kind is Kind.KEGIATAN]
    assert [(link.left.name, link.relation) for link in confirmed if link.relation.is_same] == [("Pengelolaan Informasi Publik", Relation.IDENTICAL)]


def test_abbreviations_in_coded_rows_are_read_against_the_same_slot():
    links = linked(
        [ROADS, ("1.03.10.1.01", "Penyelenggaraan Jalan Provinsi"), ("1.03.10.1.01.05", "Pembangunan Jalan"),
         ("1.03.10.1.01.12", "Pembangunan Jembatan"), ("1.03.10.1.01.13", "Peningkatan Kapasitas Sumber Daya Manusia Jalan")],
        [("1.03.10", "PROG. PENYELENGGARAAN JALAN"), ("1.03.10.2.01", "Peny. Jalan Kabupaten/Kota"), ("1.03.10.2.01.05", "Pembangunan Jln."),
         ("1.03.10.2.01.12", "Pemb. Jemb."), ("1.03.10.2.01.13", "Peningkatan Kapasitas SDM Jalan")],
    )
    assert {pair: link.relation for pair, link in links.items()} == {
        pair: Relation.IDENTICAL for pair in [("1.03.10", "1.03.10"), ("1.03.10.1.01", "1.03.10.2.01"), ("1.03.10.1.01.05", "1.03.10.2.01.05"),
                                              ("1.03.10.1.01.12", "1.03.10.2.01.12"), ("1.03.10.1.01.13", "1.03.10.2.01.13")]}
    assert "abbreviations read in full (peny = penyelenggaraan)" in links[("1.03.10.1.01", "1.03.10.2.01")].reason
    # 'PROG.' nearly always stands for 'program' in the nomenclature's words: normalization reads it, as it reads 'Pemb.'
    assert links[("1.03.10", "1.03.10")].reason == "same code 1.03.10; names equal after normalization"
    assert "names equal after normalization" in links[("1.03.10.1.01.13", "1.03.10.2.01.13")].reason  # 'SDM' is in the table
    assert shortens("jln", "jalan", dotted=False) and not shortens("desa", "desain", dotted=False)


def test_info_is_read_as_informasi_and_never_as_informatika():
    planning = ("5.01.02", "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH")
    kegiatan = "Analisis Data dan Informasi Pemerintahan Daerah Bidang Perencanaan Pembangunan Daerah"
    links = linked(
        [planning, ("5.01.02.1.02", kegiatan), ("5.01.02.1.02.01", "Analisis Data dan Informasi Perencanaan Pembangunan Daerah")],
        [planning, ("5.01.02.2.02", kegiatan.replace("Informasi", "Info")), ("5.01.02.2.02.01", "Analisis Data dan Info. Perencanaan Pembangunan Daerah")],
    )
    assert [link.relation for link in links.values()] == [Relation.IDENTICAL] * 3
    left = plan_of("prov.xlsx", Level.PROVINSI, ["Pengelolaan Aplikasi Informatika"])
    right = plan_of("kota.xlsx", Level.KOTA, ["Pengelolaan Aplikasi Info"])
    assert not [link for link in link_plans(left, right, Options()) if link.relation.is_same]


def test_a_replaced_word_in_the_same_slot_stays_a_counterpart():
    links = linked(
        [("2.15.02", "PROGRAM PENYELENGGARAAN LALU LINTAS"), ("2.15.02.1.01", "Pengelolaan Terminal Penumpang Tipe B"),
         ("1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN"), ("1.01.02.1.01", "Pengelolaan Pendidikan Sekolah Menengah Atas")],
        [("2.15.02", "PROGRAM PENYELENGGARAAN LALU LINTAS"), ("2.15.02.2.01", "Pengelolaan Terminal Penumpang Tipe C"),
         ("1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN"), ("1.01.02.2.01", "Pengelolaan Pendidikan Sekolah Dasar")],
    )
    assert links[("2.15.02.1.01", "2.15.02.2.01")].relation is Relation.COUNTERPART
    assert links[("1.01.02.1.01", "1.01.02.2.01")].relation is Relation.COUNTERPART


def test_a_place_typed_after_a_coded_name_is_the_same_item():
    links = linked(
        [ROADS, ("1.03.10.1.01", "Penyelenggaraan Jalan Provinsi"), ("1.03.10.1.01.05", "Pembangunan Jalan"),
         ("1.03.10.1.01.09", "Rehabilitasi Jalan"), ("1.03.10.1.01.12", "Pembangunan Jembatan"),
         ("1.03.10.1.01.14", "Penetapan Daya Tarik Wisata Unggulan Provinsi"), ("1.03.10.1.01.15", "Penyusunan Peta Kerentanan Pangan Kewenangan Provinsi")],
        [ROADS, ("1.03.10.2.01", "Penyelenggaraan Jalan Kabupaten/Kota"), ("1.03.10.2.01.05", "Pembangunan Jalan Desa Sumberejo"),
         ("1.03.10.2.01.10", "Rehabilitasi Jalan Kec. Lowokwaru"), ("1.03.10.2.01.12", "Pembangunan Jembatan Sungai Brantas"),
         ("1.03.10.2.01.14", "Penetapan Daya Tarik Wisata Kabupaten/Kota"), ("1.03.10.2.01.15", "Penyusunan Peta Kerentanan Pangan Kecamatan")],
    )
    road = links[("1.03.10.1.01.05", "1.03.10.2.01.05")]
    assert road.relation is Relation.IDENTICAL and "a place typed after the name (desa sumberejo)" in road.reason
    other_number = links[("1.03.10.1.01.09", "1.03.10.2.01.10")]  # under the same parent, another sub kegiatan number
    # 'Kec.' with its full stop names a place wherever it stands: the reader reads it as the row's location
    assert other_number.relation is Relation.IDENTICAL and "the place in the name read as the row's location (Kec. Lowokwaru)" in other_number.reason
    assert links[("1.03.10.1.01.12", "1.03.10.2.01.12")].relation is Relation.IDENTICAL
    # an extra object word is another half of the slot, and a place word with no place named is a level of detail
    assert links[("1.03.10.1.01.14", "1.03.10.2.01.14")].relation is Relation.COUNTERPART
    assert links[("1.03.10.1.01.15", "1.03.10.2.01.15")].relation is Relation.COUNTERPART


def test_a_coded_name_extended_by_a_description_is_a_review_candidate_not_dropped():
    links = linked([ROADS, ("1.03.10.1.01", "Penyelenggaraan Jalan"), ("1.03.10.1.01.05", "Pembangunan Jalan")],
                   [ROADS, ("1.03.10.2.01", "Penyelenggaraan Jalan"), ("1.03.10.2.01.05", "Pembangunan Jalan Lingkar Barat Menuju Terminal Baru")])
    link = links[("1.03.10.1.01.05", "1.03.10.2.01.05")]
    assert link.relation is Relation.REVIEW and "one name adds words (barat, baru, lingkar, menuju, terminal;" in link.reason


def test_a_program_code_with_words_added_to_its_name_is_a_review_candidate_and_another_name_no_link():
    links = linked([("2.19.03", "PROGRAM PENGEMBANGAN DAYA SAING KEOLAHRAGAAN"), ("4.01.02", "PROGRAM PENATAAN ORGANISASI")],
                   [("2.19.03", "PROGRAM PENGEMBANGAN DAYA SAING KEOLAHRAGAAN PRESTASI"), ("4.01.02", "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT")])
    program = links[("2.19.03", "2.19.03")]  # one code and all its words, yet a word that may name another scope
    assert program.relation is Relation.REVIEW and program.reason.startswith("same code 2.19.03; one name adds words (prestasi;")
    assert ("4.01.02", "4.01.02") not in links


def test_a_program_code_named_with_and_without_pengelolaan_as_the_official_list_does_is_one_program():
    links = linked([("3.29.03", "PROGRAM PENGELOLAAN MINERAL DAN BATUBARA"), ("2.16.03", "PROGRAM APLIKASI INFORMATIKA")],
                   [("3.29.03", "PROGRAM MINERAL DAN BATUBARA"), ("2.16.03", "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA")])
    official = linked([("2.19.03", "PROGRAM PENGEMBANGAN DAYA SAING KEOLAHRAGAAN"), ("3.29.05", "PROGRAM PENGELOLAAN ENERGI TERBARUKAN")],
                      [("2.19.03", "PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEOLAHRAGAAN"), ("3.29.05", "PROGRAM PENGELOLAAN ENERGI BARU TERBARUKAN")])
    assert all(official[(code, code)].relation is Relation.IDENTICAL for code in ("2.19.03", "3.29.05"))  # the list's other two
    for code in ("3.29.03", "2.16.03"):  # scored below the review threshold (73, 77)
        program = links[(code, code)]
        assert program.relation is Relation.IDENTICAL
        assert program.reason == f"same code {code}; one name adds 'pengelolaan', as the official list names this program at one of the two levels"
    # another code, or the word beside others, is not the official wording of one program
    other = linked([("3.29.03", "PROGRAM PENGELOLAAN MINERAL DAN BATUBARA")], [("3.29.04", "PROGRAM MINERAL DAN BATUBARA")])
    assert all(link.relation is not Relation.IDENTICAL for link in other.values())
    more = linked([("3.29.03", "PROGRAM PENGELOLAAN DAN PENGAWASAN MINERAL DAN BATUBARA")], [("3.29.03", "PROGRAM MINERAL DAN BATUBARA")])
    assert more[("3.29.03", "3.29.03")].relation is Relation.REVIEW


def test_the_word_the_official_list_adds_to_a_program_is_that_word_through_one_typo_and_no_other_word_is():
    province = [("2.19.03", "PROGRAM PENGEMBANGAN DAYA SAING KEOLAHRAGAAN"), ("2.19.03.1.03", "Pembinaan dan Pengembangan Olahraga Prestasi Tingkat Daerah Provinsi")]
    kegiatan = ("2.19.03.2.03", "PEMBINAAN DAN PENGEMB. OLARAGA PRESTASI TINGKAT DAERAH KABUPATEN/KOTA")  # a typo of its own
    links = linked(province, [("2.19.03", "PROGRAM PENGEMBANGAN KAPAITAS DAYA SAING KEOLAHRAGAAN"), kegiatan])
    program = links[("2.19.03", "2.19.03")]
    assert program.relation is Relation.IDENTICAL and program.reason == (
        "same code 2.19.03; one name adds 'kapasitas' (written 'kapaitas': 1 typo set aside), as the official list names this program at one of the two levels")
    assert links[("2.19.03.1.03", "2.19.03.2.03")].relation is Relation.IDENTICAL  # not a child of a review candidate
    both = linked(province[:1], [("2.19.03", "PROGRAM PENGELOLAN PENGEMBANGAN KAPAITAS DAYA SAING KEOLAHRAGAAN")])[("2.19.03", "2.19.03")]
    assert both.relation is Relation.IDENTICAL and "adds 'kapasitas, pengelolaan' (written 'kapaitas, pengelolan': 2 typos set aside)" in both.reason
    # another word (no typo of the official one), or the typo under another code, is not the list's other wording
    for code, name in (("2.19.03", "PROGRAM PENGEMBANGAN KUALITAS DAYA SAING KEOLAHRAGAAN"), ("2.19.04", "PROGRAM PENGEMBANGAN KAPAITAS DAYA SAING KEOLAHRAGAAN")):
        assert all(link.relation is not Relation.IDENTICAL for link in linked(province[:1], [(code, name)]).values())


def test_an_acronym_written_beside_its_expansion_is_a_word_not_a_number():
    # normalization marks '(SIINAS)' as 'siinas\u207e'; the mark must not read as a digit that divides two halves
    assert not divides_halves(frozenset({"berbasis", "sistem", "siinas\u207e"}))
    assert not divides_halves(frozenset({"berbasis", "inf\u2024", "sistem"}))  # an abbreviation left open
    assert divides_halves(frozenset({"berbasis", "15"}))


def codeless_roads(subs: list[str]) -> Plan:
    """A kota plan whose program is coded and whose kegiatan and sub kegiatan rows lost their codes (a hand-made list)."""
    file = "kota.xlsx"
    program = Item(SourceRef(file, "Sheet1", 2), Kind.PROGRAM, ROADS[1], parse_code(ROADS[0]), ROADS[0], agency="DINAS")
    kegiatan = Item(SourceRef(file, "Sheet1", 3), Kind.KEGIATAN, "Penyelenggaraan Jalan Kab./Kota", agency="DINAS", parent=program.ref)
    rows = [Item(SourceRef(file, "Sheet1", row), Kind.SUB_KEGIATAN, name, agency="DINAS", parent=kegiatan.ref) for row, name in enumerate(subs, 4)]
    return Plan(file, file, "", file, Level.KOTA, 2024, (), (program, kegiatan, *rows), (), (), len(rows) + 3)


def codeless_link_list(province_subs: list[str], kota_subs: list[str]) -> list[Link]:
    """The sub kegiatan links between a coded province road plan and a codeless kota one."""
    province = coded_plan("prov.xlsx", Level.PROVINSI, [ROADS, ("1.03.10.1.01", "Penyelenggaraan Jalan Provinsi")]
                          + [(f"1.03.10.1.01.{number:02d}", name) for number, name in enumerate(province_subs, 1)])  # fmt: skip
    return [link for link in link_plans(province, codeless_roads(kota_subs), Options()) if link.kind is Kind.SUB_KEGIATAN]


def codeless_links(province_subs: list[str], kota_subs: list[str]) -> dict[tuple[str, str], Link]:
    """codeless_link_list by (left name, right name)."""
    return {(link.left.name, link.right.name): link for link in codeless_link_list(province_subs, kota_subs)}


def test_a_codeless_name_with_a_letter_dropped_is_the_item_even_when_the_typo_moves_its_word_in_sorted_order():
    # sorted, 'peghargaan' comes before 'pemberian' and 'penghargaan' after it: the score of sorted words is 81
    (link,) = codeless_links(["Pemberian Penghargaan Gerakan Budaya Gemar Membaca"], ["Pemberian Peghargaan Gerakan Budaya Gemar Membaca"]).values()
    assert link.relation is Relation.SIMILAR and link.reason.startswith("names equal after normalization (1 typo set aside)")
    assert "below the threshold" not in link.reason


def test_a_codeless_name_with_words_cut_short_by_a_full_stop_is_the_item_under_linked_parents():
    links = codeless_links(["Penyediaan Jasa Pelayanan Umum Kantor", "Penyusunan Data dan Informasi Jalan"],
                           ["Peny. Jasa Pelay. Umum Kantor", "Penyus. Data dan Inf. Jalan"])  # fmt: skip
    services = links[("Penyediaan Jasa Pelayanan Umum Kantor", "Peny. Jasa Pelay. Umum Kantor")]
    assert services.relation is Relation.SIMILAR and "abbreviations read in full (peny = penyediaan)" in services.reason
    data = links[("Penyusunan Data dan Informasi Jalan", "Penyus. Data dan Inf. Jalan")]
    assert data.relation is Relation.SIMILAR and "inf = informasi" in data.reason
    assert sum(link.relation.is_same for link in links.values()) == 2


def test_an_abbreviation_that_reads_as_two_items_is_left_to_a_reviewer():
    links = codeless_links(["Penyediaan Dokumen Perencanaan Jalan", "Penyusunan Dokumen Perencanaan Jalan"], ["Peny. Dokumen Perencanaan Jalan"])
    assert {link.relation for link in links.values()} == {Relation.REVIEW}
    assert all(link.reason.endswith("an abbreviation here reads as two items of the other plan") for link in links.values())


def test_a_codeless_typo_that_repairs_into_two_items_alike_is_left_to_a_reviewer():
    links = codeless_links(["Penyusunan Rencana Jalan Makro", "Penyusunan Rencana Jalan Mikro"], ["Penyusunan Rencana Jalan Mkro"])
    assert {link.relation for link in links.values()} == {Relation.REVIEW}
    assert all(link.reason.endswith("'mkro' may be 'makro' or 'mikro', two words of the official list") for link in links.values())


def test_one_official_word_for_the_other_or_a_typo_of_either_is_no_typo_of_a_codeless_name():
    # 'Makro' / 'Mikro' tell two items of the list apart: a codeless 'Mikro' is not the province's 'Makro'
    (apart,) = codeless_links(["Penyusunan Rencana Jalan Makro"], ["Penyusunan Rencana Jalan Mikro"]).values()
    assert (apart.relation, apart.reason) == (Relation.REVIEW, "names partly alike (score 97); makro, mikro differ")
    (either,) = codeless_links(["Penyusunan Rencana Jalan Makro"], ["Penyusunan Rencana Jalan Mkro"]).values()
    assert either.relation is Relation.REVIEW and either.reason.endswith("'mkro' may be 'makro' or 'mikro', two words of the official list")
    (typo,) = codeless_links(["Penyusunan Rencana Jalan Makro"], ["Penyusunan Rencana Jalan Makor"]).values()
    assert typo.relation is Relation.SIMILAR


def test_a_codeless_typo_nearer_one_item_stays_that_item_and_two_rows_of_one_item_are_one_reading():
    nearer = codeless_links(["Penyusunan Rencana Jalan Makro", "Penyusunan Rencana Jalan Mikro"], ["Penuysunan Rencana Jalan Makro"])
    assert nearer[("Penyusunan Rencana Jalan Makro", "Penuysunan Rencana Jalan Makro")].relation is Relation.SIMILAR
    assert nearer[("Penyusunan Rencana Jalan Mikro", "Penuysunan Rencana Jalan Makro")].relation is Relation.REVIEW
    twice = codeless_link_list(["Penyusunan Rencana Jalan Makro", "Penyusunan Rencana Jalan Makro"], ["Penyusunan Rencana Jalan Makor"])
    assert [link.relation for link in twice] == [Relation.SIMILAR, Relation.SIMILAR]


def test_an_undotted_word_cut_short_in_a_codeless_name_still_needs_the_score():
    (link,) = codeless_links(["Penyediaan Jasa Pelayanan Umum Kantor"], ["Peny Jasa Pelay Umum Kantor"]).values()
    assert link.relation is Relation.REVIEW


def test_a_description_after_a_colon_or_dash_is_set_aside_and_named_in_the_reason():
    links = linked(
        [ROADS, ("1.03.10.1.01", "Penyelenggaraan Jalan Provinsi"), ("1.03.10.1.01.05", "Pembangunan Jalan: Ruas Lingkar Selatan"),
         ("1.03.10.1.01.09", "Rehabilitasi Jalan")],
        [ROADS, ("1.03.10.2.01", "Penyelenggaraan Jalan Kabupaten/Kota"), ("1.03.10.2.01.05", "Pembangunan Jalan"),
         ("1.03.10.2.01.09", "Rehabilitasi Jalan \u2013 Paket Pekerjaan Fisik")],
    )
    road = links[("1.03.10.1.01.05", "1.03.10.2.01.05")]
    assert road.relation is Relation.IDENTICAL and road.reason.endswith("the detail written after the name set aside (Ruas Lingkar Selatan)")
    assert links[("1.03.10.1.01.09", "1.03.10.2.01.09")].relation is Relation.IDENTICAL


def test_a_short_note_in_brackets_at_the_end_of_one_name_is_set_aside():
    tata_ruang = ("1.03.12", "PROGRAM PENYELENGGARAAN PENATAAN RUANG")
    links = linked(
        [tata_ruang, ("1.03.12.1.02", "Koordinasi dan Sinkronisasi Perencanaan Tata Ruang Daerah Provinsi"),
         ("1.03.12.1.02.01", "Penyusunan Rencana Tata Ruang")],
        [(tata_ruang[0], f"{tata_ruang[1]} (PEN)"),
         ("1.03.12.2.02", "Koordinasi dan Sinkronisasi Perencanaan Tata Ruang Daerah Kabupaten/Kota (Kegiatan Strategis Daerah)"),
         ("1.03.12.2.02.01", "Penyusunan Rencana Tata Ruang (Penugasan)")],
    )
    assert [(pair, link.relation) for pair, link in links.items()] == [
        (("1.03.12", "1.03.12"), Relation.IDENTICAL), (("1.03.12.1.02", "1.03.12.2.02"), Relation.IDENTICAL),
        (("1.03.12.1.02.01", "1.03.12.2.02.01"), Relation.IDENTICAL)]
    assert links[("1.03.12", "1.03.12")].reason.endswith("; (PEN) at the end of one name set aside")


def test_the_official_lists_long_remark_in_brackets_still_tells_a_provinces_kegiatan_apart():
    remark = "(Kegiatan dan Sub Kegiatan hanya digunakan oleh Sekretariat Daerah)"
    support = ("2.13.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH")
    links = linked(
        [support, ("2.13.01.1.12", f"Fasilitasi Kerumahtanggaan Sekretariat Daerah {remark}")],
        [support, ("2.13.01.2.12", "Fasilitasi Kerumahtanggaan Sekretariat Daerah")],
    )
    assert links[("2.13.01.1.12", "2.13.01.2.12")].relation is Relation.REVIEW


def test_a_comma_list_that_lost_its_dan_is_still_the_list_with_it():
    assert official_joiner_pair("Perencanaan, Penganggaran, Evaluasi Kinerja Perangkat Daerah",
                                "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah") is None
    # the official list's own pair joins without a comma at the lower level
    assert official_joiner_pair("Pengembangan Komunikasi, Informasi, Edukasi Anak",
                                "Pengembangan Komunikasi, Informasi dan Edukasi Anak") == ("informasi, edukasi", "informasi dan edukasi")


def test_a_word_mistyped_differently_on_each_side_is_still_one_word_in_one_slot():
    links = linked(
        [ROADS, ("1.03.10.1.01", "Koordinasi dan Sinkronisasi Perencanaan Tata Raung Daerah Provinsi")],
        [ROADS, ("1.03.10.2.01", "Koordinasi dan Sinkronisasi Perencanaan Tata Rhuang Daerah Kabupaten/Kota")],
    )
    assert links[("1.03.10.1.01", "1.03.10.2.01")].relation is Relation.IDENTICAL


def test_a_bracket_that_says_what_the_item_is_is_not_set_aside():
    school = ("1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN")
    links = linked(
        [school, ("1.01.02.1.01", "Pengelolaan Pendidikan Sekolah"), ("1.01.02.1.01.01", "Rehabilitasi Ruang Kelas Sekolah (SMA/SMK)")],
        [school, ("1.01.02.2.01", "Pengelolaan Pendidikan Sekolah"), ("1.01.02.2.01.01", "Rehabilitasi Ruang Kelas Sekolah")],
    )
    assert links[("1.01.02.1.01.01", "1.01.02.2.01.01")].relation not in (Relation.IDENTICAL, Relation.SIMILAR)


def test_the_official_words_tingkat_lanjutan_and_tingkat_dasar_name_two_items():
    program = ("3.26.05", "PROGRAM PENGEMBANGAN SUMBER DAYA PARIWISATA DAN EKONOMI KREATIF")
    links = linked([program, ("3.26.05.1.01", "Pelaksanaan Peningkatan Kapasitas Sumber Daya Manusia Pariwisata dan Ekonomi Kreatif Tingkat Lanjutan")],
                   [program, ("3.26.05.2.01", "Pelaksanaan Peningkatan Kapasitas Sumber Daya Manusia Pariwisata dan Ekonomi Kreatif Tingkat Dasar")])
    kegiatan = links.get(("3.26.05.1.01", "3.26.05.2.01"))
    assert kegiatan is None or not kegiatan.relation.is_same
    # a hand-made plan's continuation note stays a note, bracketed or not
    noted = linked([program, ("3.26.05.1.01", "Pelaksanaan Peningkatan Kapasitas SDM Pariwisata Tingkat Lanjutan")],
                   [program, ("3.26.05.2.01", "Pelaksanaan Peningkatan Kapasitas SDM Pariwisata Tingkat Lanjutan Lanjutan")])
    assert noted[("3.26.05.1.01", "3.26.05.2.01")].relation is Relation.IDENTICAL


HEALTH_PROGRAM = ("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT")
#: 1.02.02's kegiatan 02 as the two levels word it: the same words, listing other items
UKP_PROVINCE = "Penyediaan Layanan Kesehatan untuk UKP Rujukan, UKM dan UKM Rujukan Tingkat Daerah Provinsi"
UKM_KOTA = "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota"


def linked_rujukan(province: str, kota: str) -> dict:
    """linked() of the two 1.02.02 kegiatan 02 named so, each with one sub kegiatan of the same name."""
    return linked([HEALTH_PROGRAM, ("1.02.02.1.02", province), ("1.02.02.1.02.05", "Pengelolaan Pelayanan Kesehatan Usia Lanjut")],
                  [HEALTH_PROGRAM, ("1.02.02.2.02", kota), ("1.02.02.2.02.07", "Pengelolaan Pelayanan Kesehatan Usia Lanjut")])


def test_the_same_words_listing_other_items_are_the_two_halves_of_one_slot():
    links = linked_rujukan(UKP_PROVINCE, UKM_KOTA)
    kegiatan = links[("1.02.02.1.02", "1.02.02.2.02")]
    assert kegiatan.relation is Relation.COUNTERPART
    assert kegiatan.reason == "same slot in linked parents; the same words listing other items ('rujukan' written more often in one name)"
    assert links[("1.02.02.1.02.05", "1.02.02.2.02.07")].relation is Relation.COUNTERPART  # under complementary parents


def test_the_same_words_listing_other_items_stay_apart_through_a_typo():
    # a typo elsewhere in a name ('Penyeiaan'), or in the repeated word itself ('Rujkan'), still leaves it repeated
    for left, right in ((UKP_PROVINCE, UKM_KOTA.replace("Penyediaan", "Penyeiaan")), (UKP_PROVINCE.replace("UKM Rujukan", "UKM Rujkan"), UKM_KOTA)):
        links = linked_rujukan(left, right)
        kegiatan = links[("1.02.02.1.02", "1.02.02.2.02")]
        assert kegiatan.relation is Relation.COUNTERPART and "'rujukan' written more often" in kegiatan.reason
        assert links[("1.02.02.1.02.05", "1.02.02.2.02.07")].relation is Relation.COUNTERPART


def test_words_repeated_by_an_acronym_beside_its_expansion_or_side_by_side_are_the_same_name():
    program = ("5.04.02", "PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA")
    links = linked([program, ("5.04.02.1.01", "Pengembangan Kompetensi Sumber Daya Manusia (SDM) Aparatur")],
                   [program, ("5.04.02.2.01", "Pengembangan Kompetensi SDM Aparatur")])
    assert links[("5.04.02.1.01", "5.04.02.2.01")].relation is Relation.IDENTICAL
    # a word written twice on each side, once mistyped ('Kendraan'), is not written more often on one side
    vehicles = "Penyediaan Jasa Pemeliharaan Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan"
    mistyped = linked([program, ("5.04.02.1.01", vehicles)], [program, ("5.04.02.2.01", vehicles.replace("atau Kendaraan", "atau Kendraan"))])
    assert mistyped[("5.04.02.1.01", "5.04.02.2.01")].relation is Relation.IDENTICAL
    # a name cut off before the word it repeats, and words shuffled so that one stands twice side by side
    tourism = ("3.26.03", "PROGRAM PEMASARAN PARIWISATA")
    cut = linked([tourism, ("3.26.03.1.01", "Pemasaran Pariwisata dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Strategis Pariwisata Provinsi")],
                 [tourism, ("3.26.03.2.01", "Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Strategis")])
    assert cut[("3.26.03.1.01", "3.26.03.2.01")].relation is Relation.IDENTICAL
    shuffled = linked([program, ("5.04.02.1.01", "Pelayanan dan Penunjang Pelayanan BLUD")],
                      [program, ("5.04.02.2.01", "Penunjang dan Pelayanan Pelayanan BLUD")])
    assert shuffled[("5.04.02.1.01", "5.04.02.2.01")].relation is Relation.IDENTICAL
    doubled = linked([program, ("5.04.02.1.01", "Pengembangan Kompetensi Aparatur")],
                     [program, ("5.04.02.2.01", "Pengembangan Pengembangan Kompetensi Aparatur")])
    assert doubled[("5.04.02.1.01", "5.04.02.2.01")].relation is Relation.IDENTICAL


SPBE = ("2.16.03", "PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL")
SPBE_SUB = "Monitoring, Evaluasi dan Pelaporan Pengembangan Ekosistem SPBE"


def test_a_list_whose_first_element_is_written_twice_is_the_list_written_once():
    # 'Monitoring, Monitoring, Evaluasi ...' is a slip for 'Monitoring, Evaluasi ...', as 'Penyediaan Penyediaan' is
    province = [SPBE, ("2.16.03.1.02", "Penyelenggaraan Statistik Sektoral"), ("2.16.03.1.02.0012", SPBE_SUB)]
    for doubled in ("Monitoring, " + SPBE_SUB, "Monitoring dan " + SPBE_SUB):
        kota = [SPBE, ("2.16.03.2.02", "Penyelenggaraan Statistik Sektoral"), ("2.16.03.2.02.0012", doubled)]
        link = linked(province, kota)[("2.16.03.1.02.0012", "2.16.03.2.02.0012")]
        assert link.relation is Relation.IDENTICAL, doubled
        assert "written more often" not in link.reason


@needs_shared
def test_no_official_name_opens_with_a_list_element_written_twice():
    # so reading the first element once can make no two official items one
    from syncheck.differences import _first_element_twice
    from syncheck.normalize import normalize_name

    with NOMENCLATURE.open(encoding="utf-8") as handle:
        names = [row["name"] for row in csv.DictReader(handle)]
    assert len(names) > 6000
    assert [name for name in names if _first_element_twice(tuple(normalize_name(name).split()))] == []
    # a word repeated inside an element, as official names do, is no element written twice
    assert not _first_element_twice(tuple(normalize_name("Kawasan Permukiman dan Permukiman Kumuh").split()))
    assert not _first_element_twice(tuple(normalize_name("Adat dan Adat Istiadat").split()))


def test_a_level_named_after_wilayah_is_the_scope_of_the_other_half_no_place():
    program = ("1.05.03", "PROGRAM PENANGGULANGAN BENCANA")
    links = linked(
        [program, ("1.05.03.1.04", "Penanganan Pascabencana Provinsi"),
         ("1.05.03.1.04.05", "Pembinaan dan Pengawasan Penyelenggaraan Penanggulangan Bencana Kabupaten/Kota di Wilayah Provinsi")],
        [program, ("1.05.03.2.04", "Penanganan Pascabencana Kabupaten/Kota"),
         ("1.05.03.2.04.05", "Pembinaan dan Pengawasan Penyelenggaraan Penanggulangan Bencana")],
    )
    sub = links.get(("1.05.03.1.04.05", "1.05.03.2.04.05"))
    assert sub is None or (not sub.relation.is_same and "place typed after" not in sub.reason)


def test_a_long_name_reaching_the_desa_or_kelurahan_is_the_kab_kota_half_of_the_affair():
    program = ("1.06.03", "PROGRAM PENANGANAN BENCANA")
    province = "Pemulangan Warga Negara Migran Korban Tindak Kekerasan dari Titik Debarkasi di Daerah Provinsi untuk dipulangkan Ke Daerah Kabupaten/Kota Asal"
    kota = "Pemulangan Warga Negara Migran Korban Tindak Kekerasan dari Titik Debarkasi di Daerah Kabupaten/Kota untuk dipulangkan ke Desa/Kelurahan Asal"
    links = linked([program, ("1.06.03.1.01", province)], [program, ("1.06.03.2.01", kota)])
    kegiatan = links.get(("1.06.03.1.01", "1.06.03.2.01"))
    assert kegiatan is not None and kegiatan.relation is Relation.COUNTERPART


@pytest.mark.parametrize("program, province, kota", [
    ("2.07.05", "Pencegahan dan Penyelesaian Perselisihan Hubungan Industrial, Mogok Kerja, dan Penutupan Perusahaan yang Berakibat/Berdampak pada Kepentingan di 1 (Satu) Daerah Provinsi",
     "Pencegahan dan Penyelesaian Perselisihan Hubungan Industrial, Mogok Kerja dan Penutupan Perusahaan di Daerah Kabupaten/Kota"),
    ("2.08.04", "Penguatan dan Pengembangan Lembaga Penyedia Layanan Peningkatan Kualitas Keluarga dalam Mewujudkan KG dan Hak Anak Kewenangan Provinsi",
     "Penguatan dan Pengembangan Lembaga Penyedia Layanan Peningkatan Kualitas Keluarga dalam Mewujudkan KG dan Hak Anak yang Wilayah Kerjanya dalam Daerah Kabupaten/Kota"),
])
def test_a_long_name_saying_how_far_its_affair_reaches_is_the_other_half(program, province, kota):
    parent = (program, "PROGRAM X")
    links = linked([parent, (f"{program}.1.02", province)], [parent, (f"{program}.2.02", kota)])
    kegiatan = links.get((f"{program}.1.02", f"{program}.2.02"))
    assert kegiatan is not None and kegiatan.relation is Relation.COUNTERPART
