"""Noisy names in one slot: short words mistyped or misread by a scan ('Kodc', 'Etlk', 'Urnum', '0leh')."""

from __future__ import annotations

from syncheck.match import link_plans
from syncheck.models import Level, Options, Relation
from syncheck.normalize import core_tokens
from syncheck.typo_pairs import letters_dropped, misread

from test_match import plan_of
from test_match_wording import linked

DPRD = ("4.02.02", "PROGRAM DUKUNGAN PELAKSANAAN TUGAS DAN FUNGSI DPRD")


def ethics(sub_name: str, province_sub: str = "Pengawasan Kode Etik DPRD") -> dict:
    """The links of a province and a kota plan that both hold 4.02.02 / .06 / .06.02, the kota's sub kegiatan so named."""
    return linked(
        [DPRD, ("4.02.02.1.06", "Pelaksanaan dan Pengawasan Kode Etik DPRD"), ("4.02.02.1.06.02", province_sub)],
        [DPRD, ("4.02.02.2.06", "Pelaksanaan dan Pengawasan Kode Etik DPRD"), ("4.02.02.2.06.02", sub_name)],
    )


def test_a_short_word_mistyped_or_misread_in_one_slot_is_that_word():
    for name in ("Pengawasan Kodc Etik DPRD", "Pengawasan Kode Etlk DPRD", "Pengawasan Kodr Etik DPRD"):
        sub = ethics(name)[("4.02.02.1.06.02", "4.02.02.2.06.02")]
        assert sub.relation is Relation.IDENTICAL and "1 typo set aside" in sub.reason, name
    program = ("1.03.02", "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)")
    links = linked([program], [("1.03.02", "Program Pengelolaan Sumber Daya Alr (Sda)")])
    assert links[("1.03.02", "1.03.02")].relation is Relation.IDENTICAL
    assert misread("urnum", "umum") and misread("lnti", "inti") and misread("lndk", "induk")


def test_two_official_words_are_never_read_as_a_misread_one():
    assert not misread("mikro", "makro") and not misread("kecil", "mikro") and not misread("umkm", "umum")
    # the kota writes another official word in the slot, four letters with one changed: wording that differs, not a typo
    sub = ethics("Pengawasan Kode Etik UMKM", "Pengawasan Kode Etik Umum").get(("4.02.02.1.06.02", "4.02.02.2.06.02"))
    assert sub is None or not sub.relation.is_same


def test_a_short_word_misread_needs_codes_in_one_slot():
    sibling = linked(
        [DPRD, ("4.02.02.1.06", "Pelaksanaan dan Pengawasan Kode Etik DPRD"), ("4.02.02.1.06.02", "Pengawasan Kode Etik DPRD")],
        [DPRD, ("4.02.02.2.06", "Pelaksanaan dan Pengawasan Kode Etik DPRD"), ("4.02.02.2.06.03", "Pengawasan Kodc Etik DPRD")],
    )
    assert ("4.02.02.1.06.02", "4.02.02.2.06.03") not in sibling
    left = plan_of("prov.xlsx", Level.PROVINSI, ["Pengawasan Kode Etik DPRD"])
    right = plan_of("kota.xlsx", Level.KOTA, ["Pengawasan Kodc Etik DPRD"])
    assert not [link for link in link_plans(left, right, Options()) if link.relation.is_same]


def test_a_function_word_misread_by_a_scan_is_a_function_word():
    assert core_tokens("Naskah Kuno yang Dimiliki 0leh Masyarakat darl Desa") == ("naskah", "kuno", "dimiliki", "masyarakat", "desa")
    assert core_tokens("Penataan Kolam dan Tebing") == ("penataan", "kolam", "tebing")  # words of the list stay
    culture = ("2.23.03", "PROGRAM PELESTARIAN KOLEKSI NASIONAL DAN NASKAH KUNO")
    sub = "Pengembangan Naskah Kuno yang Dimiliki Oleh Masyarakat"
    links = linked(
        [culture, ("2.23.03.1.03", "Pelestarian Naskah Kuno Milik Daerah Provinsi"), ("2.23.03.1.03.02", sub)],
        [culture, ("2.23.03.2.01", "Pelestarian Naskah Kuno Milik Daerah Kabupaten/Kota"), ("2.23.03.2.01.02", sub.replace("Oleh", "0leh"))],
    )
    assert links[("2.23.03.1.03.02", "2.23.03.2.01.02")].relation is Relation.IDENTICAL


LABOUR = ("2.07.02", "PROGRAM PERENCANAAN TENAGA KERJA")


def test_a_word_written_with_letters_left_out_in_one_slot_is_the_one_official_word_holding_them():
    links = linked(
        [LABOUR, ("2.07.02.1.01", "Penyusunan Rencana Tenaga Kerja (RTK)"), ("2.07.02.1.01.01", "Penyusunan Rencana Tenaga Kerja Makro")],
        [LABOUR, ("2.07.02.2.01", "Penyusunan Rencana Tega Kerja (RTK)"), ("2.07.02.2.01.01", "Penyusunan Rencana Tenaga Kerja Makro")],
    )
    kegiatan = links[("2.07.02.1.01", "2.07.02.2.01")]
    assert kegiatan.relation is Relation.IDENTICAL and "1 typo set aside" in kegiatan.reason
    assert links[("2.07.02.1.01.01", "2.07.02.2.01.01")].relation is Relation.IDENTICAL  # no longer under halves
    assert letters_dropped("darh", "daerah") and letters_dropped("usha", "usaha")
    assert not letters_dropped("bmd", "bumd") and not letters_dropped("dau", "danau")  # acronyms as often


def test_letters_left_out_that_two_official_words_hold_or_an_official_word_are_no_typo():
    assert not letters_dropped("mkro", "mikro")  # 'makro' holds them too
    assert not letters_dropped("makro", "mikro") and not letters_dropped("tega", "tegal")
    assert not letters_dropped("tenaga", "tega") and not letters_dropped("penataan", "peaaan")
