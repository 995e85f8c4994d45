"""Notes in brackets at the end of names ('(PEN)', '(DAK)', '(Kegiatan Strategis Daerah)'), on one name or both."""

from __future__ import annotations

from syncheck.match import link_plans
from syncheck.models import Kind, Level, Options, Relation

from test_match import plan_of
from test_match_wording import linked


def test_a_different_note_at_the_end_of_each_name_is_set_aside_on_both():
    tata_ruang = "PROGRAM PENYELENGGARAAN PENATAAN RUANG"
    links = linked(
        [("1.03.12", f"{tata_ruang} (Kegiatan Strategis Daerah)"),
         ("1.03.12.1.02", "Koordinasi dan Sinkronisasi Perencanaan Tata Ruang Daerah Provinsi (DAK)"),
         ("1.03.12.1.02.03", "Sistem Informasi Penataan Ruang (BLUD)")],
        [("1.03.12", f"{tata_ruang} (PEN)"),
         ("1.03.12.2.02", "Koordinasi dan Sinkronisasi Perencanaan Tata Ruang Daerah Kabupaten/Kota (PEN)"),
         ("1.03.12.2.02.03", "Sistem Informasi Penataan Ruang (Pokir DPRD)")],
    )
    assert [link.relation for link in links.values()] == [Relation.IDENTICAL] * 3
    assert links[("1.03.12", "1.03.12")].reason.endswith("(Kegiatan Strategis Daerah) and (PEN) at the ends of the names set aside")


def test_an_acronym_beside_the_note_stays_when_only_the_note_is_set_aside():
    water = "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)"
    (link,) = linked([("1.03.02", f"{water} (PEN)")], [("1.03.02", water)]).values()
    assert link.relation is Relation.IDENTICAL and link.reason.endswith("(PEN) at the end of one name set aside")


def test_a_short_mistyped_name_with_a_long_note_is_still_decided():
    left = plan_of("prov.xlsx", Level.PROVINSI, ["PROGRAM KAWASAN PERMUKIMAN"], Kind.PROGRAM)
    right = plan_of("kota.xlsx", Level.KOTA, ["PROGRAM KAWAmSAN PERMUKIMAN (Kegiatan Strategis Daerah)"], Kind.PROGRAM)
    (link,) = link_plans(left, right, Options())
    assert link.relation is Relation.SIMILAR and "(Kegiatan Strategis Daerah) at the end of one name set aside" in link.reason


def test_a_telling_word_in_brackets_on_both_names_still_tells_them_apart():
    left = plan_of("prov.xlsx", Level.PROVINSI, ["Pengelolaan Pendidikan Khusus (SLB)"])
    right = plan_of("kota.xlsx", Level.KOTA, ["Pengelolaan Pendidikan Khusus (PAUD)"])
    assert not [link for link in link_plans(left, right, Options()) if link.relation.is_same]


def test_notes_on_both_names_need_codes_in_one_slot():
    left = plan_of("prov.xlsx", Level.PROVINSI, ["Pengelolaan Pendidikan Khusus (Kegiatan Strategis Daerah)"])
    right = plan_of("kota.xlsx", Level.KOTA, ["Pengelolaan Pendidikan Khusus (PEN)"])
    assert not [link for link in link_plans(left, right, Options()) if link.relation.is_same]
    left = plan_of("prov.xlsx", Level.PROVINSI, ["Pengelolaan Pendidikan Khusus (DAK)"])  # a note normalization sets aside
    (link,) = link_plans(left, right, Options())
    assert link.relation is Relation.SIMILAR and link.reason.endswith("(PEN) at the end of one name set aside")


def test_a_comma_list_is_no_official_wording_when_the_name_lost_a_dan_elsewhere():
    from syncheck.wording import official_joiner_pair

    province = "Pelaksanaan Komunikasi, Informasi, Edukasi KG Perlindungan Anak"  # the official 'KG dan Perlindungan' lost its 'dan'
    assert official_joiner_pair(province, "Pelaksanaan Komunikasi, Informasi & Edukasi KG dan Perlindungan Anak") is None
    assert official_joiner_pair("Pengembangan Komunikasi, Informasi, Edukasi Anak",
                                "Pengembangan Komunikasi, Informasi dan Edukasi Anak") == ("informasi, edukasi", "informasi dan edukasi")


def test_a_note_in_brackets_is_no_word_cut_short():
    links = linked([("2.16.03", "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA")], [("2.16.03", "PROGRAM APLIKASI INFORMATIKA (PEN)")])
    assert links[("2.16.03", "2.16.03")].relation is Relation.REVIEW  # 'pen' is no 'pengelolaan' cut short


def test_a_plans_own_note_in_words_the_official_list_never_brackets_is_set_aside():
    roads = ("1.03.10", "PROGRAM PENYELENGGARAAN JALAN")
    links = linked(
        [roads, ("1.03.10.1.01", "Penyelenggaraan Jalan Provinsi"),
         ("1.03.10.1.01.02", "Pembebasan Lahan/Tanah Untuk Penyelenggaraan Jalan")],
        [(roads[0], f"{roads[1]} (Program Unggulan Bupati)"), ("1.03.10.2.01", "Penyelenggaraan Jalan Kabupaten/Kota (Pagu Sementara)"),
         ("1.03.10.2.01.02", "Pembebasan Lahan/Tanah Untuk Penyelenggaraan Jalan (Lanjutan Tahun Lalu)")],
    )
    assert [link.relation for link in links.values()] == [Relation.IDENTICAL] * 3
    assert links[("1.03.10", "1.03.10")].reason.endswith("(Program Unggulan Bupati) at the end of one name set aside")


def test_budget_status_and_packaging_notes_on_both_codeless_names_are_set_aside():
    left = plan_of("prov.xlsx", Level.PROVINSI, ["Pengelolaan Pendidikan Khusus (Sharing Provinsi)"])
    right = plan_of("kota.xlsx", Level.KOTA, ["Pengelolaan Pendidikan Khusus (Pagu Sementara)"])
    (link,) = link_plans(left, right, Options())
    assert link.relation is Relation.SIMILAR


def test_an_official_bracketed_qualifier_still_tells_the_items_apart():
    disaster = ("1.05.03", "PROGRAM PENANGGULANGAN BENCANA")
    kie = "Sosialisasi, Komunikasi, Informasi dan Edukasi (KIE) Rawan Bencana"
    links = linked(
        [disaster, ("1.05.03.1.01", "Pelayanan Informasi Rawan Bencana Provinsi"), ("1.05.03.1.01.02", f"{kie} Provinsi (Per Jenis Bencana)")],
        [disaster, ("1.05.03.2.01", "Pelayanan Informasi Rawan Bencana Kabupaten/Kota"), ("1.05.03.2.01.02", f"{kie} Kabupaten/Kota")],
    )
    assert not links[("1.05.03.1.01.02", "1.05.03.2.01.02")].relation.is_same
    left = plan_of("prov.xlsx", Level.PROVINSI, [f"{kie} Provinsi (Per Jenis Bencana)"])
    right = plan_of("kota.xlsx", Level.KOTA, [f"{kie} Kabupaten/Kota"])
    assert not [link for link in link_plans(left, right, Options()) if link.relation.is_same]
