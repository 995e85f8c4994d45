"""A list cut short with 'dll' ('Akuisisi, Pengolahan dll'): a review candidate in its own slot, never the same item."""

from __future__ import annotations

from syncheck.match import link_plans
from syncheck.models import Level, Options, Relation
from syncheck.wording import shortened_list

from test_match import plan_of
from test_match_wording import linked

ARCHIVES = ("2.24.02", "PROGRAM PENGELOLAAN ARSIP")
FULL = "Akuisisi, Pengolahan, Preservasi, dan Akses Arsip Statis"


def archive_links(kota_sub: str, province_sub: str = FULL) -> dict:
    """The links of a province and a kota plan holding 2.24.02 / .02 / .02.02, the sub kegiatan so named."""
    return linked(
        [ARCHIVES, ("2.24.02.1.02", "Pengelolaan Arsip Statis Daerah Provinsi"), ("2.24.02.1.02.02", province_sub)],
        [ARCHIVES, ("2.24.02.2.02", "Pengelolaan Arsip Statis Daerah Kabupaten/Kota"), ("2.24.02.2.02.02", kota_sub)],
    )


def test_a_list_cut_short_with_dll_in_its_own_slot_is_for_review():
    for kota_sub, word in (("Akuisisi, Pengolahan dll", "dll"), ("Akuisisi, Pengolahan, Preservasi dan lain-lain", "dan lain-lain")):
        sub = archive_links(kota_sub)[("2.24.02.1.02.02", "2.24.02.2.02.02")]
        assert (sub.relation, sub.reason) == (Relation.REVIEW, f"same slot in linked parents; list shortened with '{word}'")
    program = archive_links("Akuisisi dll", "Akuisisi dll")  # the program's own list cut short too
    assert program[("2.24.02", "2.24.02")].relation is Relation.IDENTICAL
    links = linked([("1.03.10", "PROGRAM PENYELENGGARAAN JALAN, JEMBATAN DAN TEROWONGAN")], [("1.03.10", "PROGRAM PENYELENGGARAAN JALAN dll")])
    assert links[("1.03.10", "1.03.10")].reason == "same code 1.03.10; list shortened with 'dll'"


def test_dll_is_no_evidence_without_the_slot_or_the_first_words():
    assert shortened_list(("akuisisi", "preservasi", "dll"), ("akuisisi", "pengolahan", "preservasi")) == ""  # not the first words
    assert shortened_list(("akuisisi", "dll"), ("akuisisi", "dll")) == ""
    # the same list written out on both sides, one with 'dll' after it: not shortened
    same = archive_links(FULL + " dll")[("2.24.02.1.02.02", "2.24.02.2.02.02")]
    assert "list shortened" not in same.reason
    left = plan_of("prov.xlsx", Level.PROVINSI, [FULL])
    right = plan_of("kota.xlsx", Level.KOTA, ["Akuisisi, Pengolahan dll"])
    assert not [link for link in link_plans(left, right, Options()) if "list shortened" in link.reason]
