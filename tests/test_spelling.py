"""Spelling variants, abbreviations and list joiners set aside before matching (normalize.py, spelling.py)."""

from __future__ import annotations

import pytest

from syncheck.models import Options, Relation
from syncheck.differences import token_difference
from syncheck.normalize import core_tokens, normalize_name
from syncheck.pipeline import compare
from syncheck.spelling import bare as spelling_bare
from syncheck.spelling import mistype_one_word

HEADER = ["No", "Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]


def _plan(make_workbook, name, government, rows):
    """A plan in the simple layout: title, header, one row per (code, name); sub kegiatan carry a budget."""
    cells = [[f"RENCANA KERJA PEMERINTAH DAERAH {government} TAHUN 2024"], [], HEADER]
    for number, (code, text) in enumerate(rows, 1):
        budget = 100 if code.count(".") == 5 else None
        cells.append([number, code, text, "Kota Malang" if budget else None, budget, "DINAS"])
    return str(make_workbook(cells, name=name))


def _links(make_workbook, province, city):
    """{(kind, left code): link} of comparing the two plans."""
    files = [_plan(make_workbook, "provinsi_jawa_timur_2024.xlsx", "PROVINSI JAWA TIMUR", province),
             _plan(make_workbook, "kota_malang_2024.xlsx", "KOTA MALANG", city)]
    return {(link.kind.value, link.left.code_text): link for link in compare(files, Options(lang="en")).links}


@pytest.mark.parametrize(("left", "right"), [
    ("Pembentukan Perda dan Peraturan DPRD", "Pembentukan Peraturan Daerah dan Peraturan DPRD"),
    ("Pemusnahan Arsip yang Memiliki Retensi di Bawah 10 Tahun", "Pemusnahan Arsip yang Memiliki Retensi di Bawah 10 (Sepuluh) Tahun"),
    ("Luas 10 (Sepuluh) Ha sampai dengan di Bawah 15 (Lima Belas) Ha", "Luas 10 Ha sampai dengan di Bawah 15 Ha"),
    ("Lembaga Pemerintah, Non Pemerintah, dan Dunia Usaha", "Lembaga Pemerintah, Nonpemerintah, dan Dunia Usaha"),
    ("Perizinan dan Non-Perizinan", "Perizinan dan Nonperizinan"),
    ("Pemulihan Pasca Bencana", "Pemulihan Pascabencana"),
    ("Lintas Pelabuhan antar Daerah Kabupaten/Kota", "Lintas Pelabuhan Antardaerah Kab/Kota"),
    ("Inventarisasi Perkara Pertanahan dalam1 (Satu) Daerah", "Inventarisasi Perkara Pertanahan dalam 1 (satu) Daerah"),
    ("Pengadaan Mebeluer Sekolah", "Pengadaan Mebel Sekolah"),
    ("Arsip Dilingkungan Pemerintah Daerah", "Arsip di Lingkungan Pemerintah Daerah"),
    ("Rumah Dinas Kepala Sekolah, Guru, Penjaga Sekolah", "Rumah Dinas Kepala Sekolah/Guru/Penjaga Sekolah"),
    ("Pendidikan, Pelatihan dan Penyuluhan", "Pendidikan, Pelatihan serta Penyuluhan"),
    ("Pendidikan, Pelatihan, Penyuluhan", "Pendidikan & Pelatihan dan Penyuluhan"),
])
def test_spelling_variants_of_the_official_list_normalize_alike(left, right):
    assert normalize_name(left) == normalize_name(right)


def test_a_split_antar_joins_only_a_region_word():
    # the province's 'Kerja Sama antardesa' (villages of different kab/kota) and the kab/kota's 'antar Desa' stay apart
    assert normalize_name("Kerja sama antar Desa") == "kerja sama antar desa"
    assert core_tokens("Kerja Sama antar Daerah Kabupaten/Kota") == core_tokens("Kerja Sama Antardaerah") == ("kerja", "sama", "antardaerah")


@pytest.mark.parametrize(("left", "right"), [
    ("Pembangunan USB (Unit Sekolah Baru)", "Pembangunan Unit Sekolah Baru (USB)"),
    ("Pengelolaan Sistem Penyediaan Air Minum (SPAM)", "Pengelolaan Sistem Penyediaan Air Minum SPAM"),
])
def test_an_acronym_both_names_write_is_one_word_however_bracketed(left, right):
    assert token_difference(core_tokens(left), core_tokens(right))[:2] == (frozenset(), frozenset())


@pytest.mark.parametrize(("left", "right"), [
    ("Penyelenggaraan Sistem Informasi Jasa Konstruksi (SIPJAKI) Cakupan Daerah Provinsi",
     "Penyelenggaraan Sistem Informasi Jasa Konstruksi Cakupan Daerah Kabupaten/Kota"),
    ("Sosialisasi, Komunikasi, Informasi dan Edukasi (KIE) Rawan Bencana", "Sosialisasi, Komunikasi, Informasi dan Edukasi Rawan Bencana"),
])
def test_an_acronym_only_one_name_adds_stays_a_difference(left, right):
    # the official list writes '(SIPJAKI)' at the province level only: reviewers leave the pair uncounted
    only_left, only_right, _ = token_difference(core_tokens(left), core_tokens(right))
    assert [spelling_bare(word) for word in only_left] in (["sipjaki"], ["kie"]) and not only_right


def test_an_acronym_counts_as_a_word_when_the_names_differ_anyway_and_a_bracketed_word_is_no_acronym():
    # 'Bina Keluarga (BKB)' is not 'B. K.': a short acronym must be exactly the initials
    assert "bkb" in core_tokens("Bina Keluarga (BKB)")
    only_left, only_right, _ = token_difference(core_tokens("Penerbitan Surat Keterangan Asal (SKA) dan Angka Pengenal Importir (API)"),
                                                core_tokens("Penerbitan Surat Keterangan Asal"))
    assert {"angka", "pengenal", "importir", "api\u207e"} <= only_left and not only_right


@pytest.mark.parametrize(("text", "expected"), [
    ("Perenc. dan Adm. Keuangan PD", "perencanaan dan administrasi keuangan perangkat daerah"),
    ("PROG. PENYELENGGARAAN JALAN", "program penyelenggaraan jalan"),
    ("Pelay. Pengend. Pengaw. Pembin. Penyus.", "pelayanan pengendalian pengawasan pembinaan penyusunan"),
    ("Pembangunan Jln. dan Jemb.", "pembangunan jalan dan jembatan"),
    ("Monev Bimtek SDM", "monitoring dan evaluasi bimbingan teknis sumber daya manusia"),
    ("Diklat ASN OPD", "pendidikan dan pelatihan aparatur sipil negara perangkat daerah"),
    ("Layanan Desa. Kota.", "layanan desa kota"),  # words followed by a full stop stay words
    ("Pem. Jalan", "pem jalan"),  # a dozen words begin so: left as written
])
def test_dotted_abbreviations_and_common_acronyms_are_expanded(text, expected):
    assert normalize_name(text) == expected


def test_an_abbreviation_of_several_words_is_read_from_the_other_name():
    tokens = core_tokens("Peny. Jalan Kabupaten/Kota")
    assert token_difference(tokens, core_tokens("Penyelenggaraan Jalan Provinsi")) == (frozenset(), frozenset(), 1)
    assert token_difference(tokens, core_tokens("Penyediaan Jalan Provinsi")) == (frozenset(), frozenset(), 1)
    # two words it could stand for: neither is taken
    assert token_difference(tokens, core_tokens("Penyediaan Penyelenggaraan Jalan"))[0] == frozenset({"peny\u2024"})


@pytest.mark.parametrize("name", ["Layanan Arsip yang Menadi Kewenangan Provinsi", "Layanan Arsip (Lanjtuan)", "Layanan Arsip (Lanjuan)",
                                  "Layanan Arsip Cakupn Daerah Provinsi"])
def test_mistyped_scope_words_and_continued_notes_are_set_aside(name):
    assert core_tokens(name) == ("layanan", "arsip")




PROVINCE = [
    ("4.02.02", "PROGRAM DUKUNGAN PELAKSANAAN TUGAS DAN FUNGSI DPRD"),
    ("4.02.02.1.01", "Pembentukan Perda dan Peraturan DPRD"),
    ("4.02.02.1.01.02", "Pembahasan Rancangan Perda"),
    ("1.03.10", "PROGRAM PENYELENGGARAAN JALAN"),
    ("1.03.10.1.01", "Penyelenggaraan Jalan Provinsi"),
    ("1.03.10.1.01.05", "Pembangunan Jalan"),
    ("1.03.10.1.01.12", "Pembangunan Jembatan"),
    ("2.11.08", "PROGRAM PENINGKATAN PENDIDIKAN, PELATIHAN DAN PENYULUHAN LINGKUNGAN HIDUP UNTUK MASYARAKAT"),
    ("2.11.08.1.01", "Penyelenggaraan Pendidikan, Pelatihan, dan Penyuluhan Lingkungan Hidup untuk Lembaga Kemasyarakatan Tingkat Provinsi"),
    ("2.11.08.1.01.02", "Pendampingan Gerakan Peduli Lingkungan Hidup"),
]
CITY = [
    ("4.02.02", "PROGRAM DUKUNGAN PELAKSANAAN TUGAS DAN FUNGSI DPRD"),
    ("4.02.02.2.01", "Pembentukan Peraturan Daerah dan Peraturan DPRD"),
    ("4.02.02.2.01.02", "Pembahasan Rancangan Perda"),
    ("1.03.10", "PROG. PENYELENGGARAAN JALAN"),
    ("1.03.10.2.01", "Peny. Jalan Kabupaten/Kota"),
    ("1.03.10.2.01.05", "Pembangunan Jln."),
    ("1.03.10.2.01.12", "Pemb. Jemb."),
    ("2.11.08", "PROGRAM PENINGKATAN PENDIDIKAN, PELATIHAN SERTA PENYULUHAN LINGKUNGAN HIDUP UNTUK MASYARAKAT"),
    ("2.11.08.2.01", "Penyelenggaraan Pendidikan, Pelatihan, dan Penyuluhan Lingkungan Hidup untuk Lembaga Kemasyarakatan Tingkat Kabupaten/Kota"),
    ("2.11.08.2.01.02", "Pendampingan Gerakan Peduli Lingkungan Hidup"),
]


def test_coded_rows_written_with_variants_abbreviations_and_serta_are_the_same_items(make_workbook):
    links = _links(make_workbook, PROVINCE, CITY)
    assert {key: link.relation for key, link in links.items()} == {(kind, code): Relation.IDENTICAL for kind, code in (
        ("program", "4.02.02"), ("kegiatan", "4.02.02.1.01"), ("sub_kegiatan", "4.02.02.1.01.02"),
        ("program", "1.03.10"), ("kegiatan", "1.03.10.1.01"), ("sub_kegiatan", "1.03.10.1.01.05"), ("sub_kegiatan", "1.03.10.1.01.12"),
        ("program", "2.11.08"), ("kegiatan", "2.11.08.1.01"), ("sub_kegiatan", "2.11.08.1.01.02"))}
    assert links[("kegiatan", "4.02.02.1.01")].reason == (
        "same slot (4.02.02.1.01 / 4.02.02.2.01); names equal after normalization once level words are set aside")


def test_complementary_halves_that_differ_in_a_joined_antar_stay_apart(make_workbook):
    program = ("2.15.03", "PROGRAM PENGELOLAAN PELAYARAN")
    province = [program, ("2.15.03.1.04", "Penetapan Lintas Penyeberangan dan Persetujuan Pengoperasian Kapal antar Daerah "
                                          "Kabupaten/Kota dalam Daerah Provinsi yang Terletak pada Jaringan Jalan Provinsi")]
    city = [program, ("2.15.03.2.06", "Penetapan Lintas Penyeberangan dan Persetujuan Pengoperasian Kapal dalam Daerah "
                                      "Kabupaten/Kota yang Terletak pada Jaringan Jalan Kabupaten/Kota")]
    link = _links(make_workbook, province, city)[("kegiatan", "2.15.03.1.04")]
    assert link.relation is Relation.COUNTERPART and link.reason.endswith("(antardaerah)")


def test_two_words_each_one_slip_from_the_same_official_word_are_that_word_mistyped():
    assert mistype_one_word("raung", "rhuang") and mistype_one_word("urusn", "urrsan")
    # an official word on either side is itself, and two real words apart stay apart
    assert not mistype_one_word("ruang", "raung") and not mistype_one_word("pasar", "pagar") and not mistype_one_word("ab", "ac")
