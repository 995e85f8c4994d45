"""Names as careless exports write them: cut off at a cell's end, a program word slipped twice, and programs whose
names differ by such noise made one by the kegiatan below them."""

from __future__ import annotations

from syncheck.models import Relation

from test_match_wording import linked

RAIL = ("2.15.05", "PROGRAM PENGELOLAAN PERKERETAAPIAN")
RAIL_PLAN = "Penetapan Kebijakan dan Sosialisasi Rencana Induk Perkeretaapian"
WASTE = ("1.03.05", "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM AIR LIMBAH")
WASTE_KEGIATAN = "Pengelolaan dan Pengembangan Sistem Air Limbah Domestik Regional"


def rail(kegiatan_left: str, kegiatan_right: str, sub_left: str, sub_right: str, program: str = RAIL[1]) -> dict:
    """The links of a province's rail rows to a kota's, named as given (the kota's program ``program``)."""
    province = [RAIL, ("2.15.05.1.01", kegiatan_left), ("2.15.05.1.01.02", sub_left)]
    kota = [(RAIL[0], program), ("2.15.05.2.01", kegiatan_right), ("2.15.05.2.01.02", sub_right)]
    return linked(province, kota)


def relation(links: dict, left: str, right: str):
    """The relation of the link between two codes, None when there is none."""
    link = links.get((left, right))
    return link.relation if link is not None else None


def test_the_program_word_slipped_twice_is_the_program_word():
    for program in ("PORGAM PENGELOLAAN PERKERETAAPIAN", "Porgrm Pengelolaan Perkeretaapian", "PROGRAMME PENGELOLAAN PERKERETAAPIAN"):
        links = rail("Penetapan Rencana Induk Perkeretaapian", "Penetapan Rencana Induk Perkeretaapian", RAIL_PLAN, RAIL_PLAN, program=program)
        assert relation(links, "2.15.05", "2.15.05") is Relation.IDENTICAL, program


def test_a_kegiatan_led_by_a_word_like_program_keeps_it():
    links = rail("Penetapan Rencana Induk Perkeretaapian", "Porgam Penetapan Rencana Induk Perkeretaapian", RAIL_PLAN, RAIL_PLAN)
    assert relation(links, "2.15.05.1.01", "2.15.05.2.01") is not Relation.IDENTICAL