"""A kab/kota writing its own name where the official list says 'Kabupaten/Kota' ('Penyelenggaraan Jalan Kota Batu')."""

from __future__ import annotations

from dataclasses import replace

from syncheck.match import link_plans
from syncheck.models import Level, Options, Relation

from test_match_wording import coded_plan

ROADS = ("1.03.10", "PROGRAM PENYELENGGARAAN JALAN")
PROVINCE = [ROADS, ("1.03.10.1.01", "Penyelenggaraan Jalan Provinsi"), ("1.03.10.1.01.02", "Pembebasan Lahan/Tanah Untuk Penyelenggaraan Jalan")]


def links_with(government: str, level: Level, kegiatan: str) -> dict:
    """The links of the province's road rows to a kab/kota's, its kegiatan named ``kegiatan``, by (left, right) code."""
    kota = [ROADS, ("1.03.10.2.01", kegiatan), ("1.03.10.2.01.02", "Pembebasan Lahan/Tanah Untuk Penyelenggaraan Jalan")]
    left = replace(coded_plan("prov.xlsx", Level.PROVINSI, PROVINCE), government="Provinsi Jawa Timur")
    right = replace(coded_plan("kota.xlsx", level, kota), government=government)
    return {(link.left.code_text, link.right.code_text): link.relation for link in link_plans(left, right, Options())}


def test_the_plans_own_name_after_its_level_word_is_set_aside():
    assert set(links_with("Kota Batu", Level.KOTA, "Penyelenggaraan Jalan Kota Batu").values()) == {Relation.IDENTICAL}
    assert set(links_with("Kabupaten Malang", Level.KABUPATEN, "Penyelenggaraan Jalan Kab. Malang").values()) == {Relation.IDENTICAL}
    assert set(links_with("Kabupaten Malang", Level.KABUPATEN, "Penyelenggaraan Jalan Kewenangan Daerah Kabupaten Malang").values()) == {
        Relation.IDENTICAL}


def test_a_place_word_without_its_level_word_or_another_governments_name_stays():
    kegiatan = ("1.03.10.1.01", "1.03.10.2.01")
    assert links_with("Kota Batu", Level.KOTA, "Penyelenggaraan Jalan Batu")[kegiatan] is not Relation.IDENTICAL
    assert links_with("Kabupaten Malang", Level.KABUPATEN, "Penyelenggaraan Jalan Kota Malang")[kegiatan] is not Relation.IDENTICAL
    assert links_with("Kota Malang", Level.KOTA, "Penyelenggaraan Jalan Kota Batu")[kegiatan] is not Relation.IDENTICAL
