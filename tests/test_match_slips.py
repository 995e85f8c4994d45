"""A word slipped twice ('rAssip' for 'Arsip', 'ILKlM' for 'IKLIM'): one word where codes put both rows in one slot."""

from __future__ import annotations

from syncheck.match import link_plans
from syncheck.typo_pairs import slipped_twice
from syncheck.models import Level, Options, Relation

from test_match import plan_of
from test_match_wording import linked

ARCHIVES = ("2.24.03", "PROGRAM PERLINDUNGAN DAN PENYELAMATAN ARSIP")


def test_an_official_word_slipped_twice_is_still_that_word_in_one_slot():
    links = linked(
        [("2.18.02", "PROGRAM PENGEMBANGAN ILKlM PENANAMAN MODAL"), ARCHIVES,
         ("2.24.03.1.02", "Perlindungan dan Penyelamatan rAssip Akibat Bencana yang Berskala Provinsi"),
         ("2.24.03.1.02.02", "Pemulihan dan Penyimpanan Arsip Akibat Bencana")],
        [("2.18.02", "PROGRAM PENGEMBANGAN IKLIM PENANAMAN MODAL"), ARCHIVES,
         ("2.24.03.2.02", "Perlindungan dan Penyelamatan Arsip Akibat Bencana yang Berskala Kabupaten/Kota"),
         ("2.24.03.2.02.02", "Pemulihan dan Penyimpanan Arsip Akibat Bencana")],
    )
    assert [link.relation for link in links.values()] == [Relation.IDENTICAL] * 4


def test_two_slips_need_codes_in_one_slot_and_one_official_word_within_reach():
    left = plan_of("prov.xlsx", Level.PROVINSI, ["Perlindungan dan Penyelamatan rAssip Akibat Bencana"])
    right = plan_of("kota.xlsx", Level.KOTA, ["Perlindungan dan Penyelamatan Arsip Akibat Bencana"])
    assert not [link for link in link_plans(left, right, Options()) if link.relation.is_same]
    assert slipped_twice("rassip", "arsip") and slipped_twice("ilklm", "iklim")
    assert not slipped_twice("dareh", "daerah")  # 'arah', 'darat', 'dari' are as near
    assert not slipped_twice("pasar", "pagar")  # both official words: two items


def test_a_typo_of_a_spelling_the_rules_rewrite_is_still_that_word():
    from syncheck.differences import token_difference

    assert token_difference(("naalisa", "retribusi"), ("analisis", "retribusi")) == (frozenset(), frozenset(), 1)
    assert token_difference(("rseiko", "bencana"), ("risiko", "bencana")) == (frozenset(), frozenset(), 1)
    left = plan_of("prov.xlsx", Level.PROVINSI, ["nAalisa dan Pengembangan Retribusi Daerah"])
    right = plan_of("kota.xlsx", Level.KOTA, ["Analisa dan Pengembangan Retribusi Daerah"])
    (link,) = link_plans(left, right, Options())
    assert link.relation is Relation.SIMILAR and "1 typo set aside" in link.reason


def test_a_word_written_twice_and_mistyped_both_times_is_no_extra_word():
    from syncheck.differences import token_difference

    lembaga = ("pemberdayaan", "lembaga", "kemasyarakatan", "adat")
    assert token_difference(("pemberdayaan", "lemabga", "kemasyarakatan", "lmebaga", "adat"), lembaga) == (frozenset(), frozenset(), 2)
    assert token_difference(("laporan", "keuangan", "skpd"), ("laporan", "keuamgan", "skpd", "keungan")) == (frozenset(), frozenset(), 2)


def test_pemerintahan_with_a_letter_dropped_is_no_level_word():
    from syncheck.normalize import core_tokens

    assert "pemerintahn" in core_tokens("Pengawasan Urusan Pemerintahn Bidang Infrastruktur")
    assert "pemerintha" not in core_tokens("Pembinaan Pemerintha Desa")  # 'pemerintah' mistyped: still a level word
    left = plan_of("prov.xlsx", Level.PROVINSI, ["Pengawasan Urusan Pemerintahan Bidang Infrastruktur"])
    right = plan_of("kota.xlsx", Level.KOTA, ["PENGAWASAN URUSAN PEMERINTAHN BIDANG INFRASTRUKTUR"])
    (link,) = link_plans(left, right, Options())
    assert link.relation is Relation.SIMILAR


def test_one_long_word_mistyped_differently_on_each_side_under_linked_parents_is_that_word():
    support = ("1.05.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI")
    left = plan_with_codeless_child(support, "Administrasi Pendapatan Daerah Kewenangan Preangkat Daerah", "prov.xlsx", Level.PROVINSI)
    right = plan_with_codeless_child(("1.05.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"),
                                     "Administrasi Pendapatan Daerah Kewenangan Peranigkat Daerah", "kota.xlsx", Level.KOTA)
    kegiatan = [link for link in link_plans(left, right, Options()) if link.kind.value == "kegiatan"]
    assert [link.relation for link in kegiatan] == [Relation.SIMILAR]


def plan_with_codeless_child(program: tuple[str, str], name: str, file: str, level: Level):
    """A coded program row and one codeless kegiatan row under it."""
    from syncheck.codes import parse_code
    from syncheck.models import Item, Kind, Plan, SourceRef

    parent = SourceRef(file, "Sheet1", 2)
    items = (Item(parent, Kind.PROGRAM, program[1], parse_code(program[0]), program[0], agency="DINAS"),
             Item(SourceRef(file, "Sheet1", 3), Kind.KEGIATAN, name, agency="DINAS", parent=parent))
    return Plan(file, file, "", file, level, 2024, (), items, (), (), 4)


def test_an_abbreviation_reads_the_mistyped_word_it_begins():
    from syncheck.differences import token_difference

    assert token_difference(("peny\u2024", "jasa", "surat"), ("peneydiaan", "jasa", "surat"))[:2] == (frozenset(), frozenset())
    assert token_difference(("peny\u2024", "jasa"), ("penyediaan", "jasa"))[:2] == (frozenset(), frozenset())
    assert token_difference(("peny\u2024", "jasa"), ("pendataan", "jasa"))[:2] != (frozenset(), frozenset())  # no typo of a 'peny' word


def test_a_codeless_program_row_takes_the_program_code_its_kegiatan_rows_share():
    from syncheck.codes import parse_code
    from syncheck.models import Item, Kind, Plan, SourceRef

    def plan(file, level, program, kegiatan_code):
        top = SourceRef(file, "Sheet1", 2)
        items = (Item(top, Kind.PROGRAM, program, agency="DUKCAPIL"),
                 Item(SourceRef(file, "Sheet1", 3), Kind.KEGIATAN, "Pelayanan Pencatatan Sipil", parse_code(kegiatan_code),
                      kegiatan_code, agency="DUKCAPIL", parent=top))
        return Plan(file, file, "", file, level, 2024, (), items, (), (), 4)

    links = link_plans(plan("prov.xlsx", Level.PROVINSI, "PROGRAM PENCATATAN ISPIL", "2.12.03.1.01"),
                       plan("kota.xlsx", Level.KOTA, "PROGRAM PENCATAMAN SIPIL", "2.12.03.2.01"), Options())
    assert [(link.kind.value, link.relation) for link in links] == [("program", Relation.IDENTICAL), ("kegiatan", Relation.IDENTICAL)]
    program = links[0].reason
    assert program.startswith("same code 2.12.03")
    assert program.count("program code 2.12.03 of a row without a code read from its kegiatan rows") == 2


def test_a_level_word_slipped_twice_is_still_a_level_word_in_one_slot():
    tourism = ("3.26.02", "PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA")
    links = linked([tourism, ("3.26.02.1.01", "Pengelolaan Daya Tarik Wisata Pronisi")],
                   [tourism, ("3.26.02.2.01", "Pengelolaan Daya Tarik Wisata Kabupaten/Kota")])
    assert links[("3.26.02.1.01", "3.26.02.2.01")].relation is Relation.IDENTICAL
    left = plan_of("prov.xlsx", Level.PROVINSI, ["Pengelolaan Daya Tarik Wisata Pronisi"])  # no codes, no parents
    right = plan_of("kota.xlsx", Level.KOTA, ["Pengelolaan Daya Tarik Wisata"])
    assert not [link for link in link_plans(left, right, Options()) if link.relation.is_same]


def test_a_word_one_slip_from_an_official_word_is_no_level_word_slipped_twice():
    research = ("5.05.02", "PROGRAM PENELITIAN DAN PENGEMBANGAN DAERAH")
    links = linked([research, ("5.05.02.1.01", "Penelitian Bidang Penyelenggaraan Pemeintahan dan Pengkajian Peraturan")],
                   [research, ("5.05.02.2.01", "Penelitian Bidang Penyelenggaraan Pemerintaan dan Pengkajian Peraturan")])
    assert links[("5.05.02.1.01", "5.05.02.2.01")].relation is Relation.IDENTICAL  # 'pemerintaan' is 'pemerintahan', not 'pemerintah'


CULTURE = ("2.23.03", "PROGRAM PERLINDUNGAN DAN PELESTARIAN ARSIP")


def test_differently_numbered_sub_kegiatan_under_one_parent_with_names_all_but_one_are_for_review():
    # the two levels number one activity apart (1.03 / 2.01); the kab/kota's name swapped two letters of a short word ('Lian')
    sub = "Pengelolaan Arsip Statis yang Diterima dari Pihak Lain dan Dilestarikan oleh Pemerintah Daerah"
    links = linked(
        [CULTURE, ("2.23.03.1.03", "Pengelolaan Arsip Statis Daerah Provinsi"), ("2.23.03.1.03.02", sub)],
        [CULTURE, ("2.23.03.2.01", "Pengelolaan Arsip Statis Daerah Kabupaten/Kota"), ("2.23.03.2.01.02", sub.replace("Lain", "Lian"))],
    )
    (sub_link,) = [link for link in links.values() if link.kind.value == "sub_kegiatan"]
    assert sub_link.relation is Relation.REVIEW and sub_link.reason.startswith("same parent (2.23.03.1.03.02 / 2.23.03.2.01.02)")


def test_differently_numbered_sub_kegiatan_under_one_parent_with_other_names_stay_unlinked():
    links = linked(
        [CULTURE, ("2.23.03.1.03", "Pengelolaan Arsip Statis Daerah Provinsi"), ("2.23.03.1.03.02", "Penyusunan Daftar Arsip Statis")],
        [CULTURE, ("2.23.03.2.01", "Pengelolaan Arsip Statis Daerah Kabupaten/Kota"), ("2.23.03.2.01.02", "Penyusunan Daftar Arsip Dinamis")],
    )
    assert not [link for link in links.values() if link.kind.value == "sub_kegiatan"]
