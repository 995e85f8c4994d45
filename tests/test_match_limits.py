"""Linking stays near-linear on pathological plans: a thousand copies of one name, huge parentless blocks."""

from __future__ import annotations

import pytest

from syncheck import match, verdicts
from syncheck.models import Item, Kind, Level, Options, Plan, Relation, SourceRef


def plan(file: str, level: Level, names: list[str]) -> Plan:
    """A plan of codeless sub kegiatan rows without parents (every row lands in one block)."""
    items = tuple(Item(SourceRef(file, "RKPD", row), Kind.SUB_KEGIATAN, name) for row, name in enumerate(names, start=2))
    return Plan(file, f"/data/{file}", "0", file, level, 2024, (), items, (), (), len(items))


def links_of(left: Plan, right: Plan) -> list:
    return match.link_plans(left, right, Options())


def test_copies_of_one_name_keep_a_few_best_links_per_row():
    left = plan("prov.xlsx", Level.PROVINSI, ["Pembangunan Puskesmas"] * 60)
    right = plan("kab.xlsx", Level.KABUPATEN, ["Pembangunan Puskesmas"] * 40)
    links = links_of(left, right)
    assert len(links) <= verdicts.MAX_LINKS_PER_ROW * (60 + 40)
    for side, rows in (("left", left.items), ("right", right.items)):
        linked = {getattr(link, side).ref for link in links if link.relation is not Relation.REVIEW}
        assert linked == {item.ref for item in rows}, side  # every row keeps a confident link
    assert len(links) < 60 * 40 // 2  # not every pair


@pytest.mark.parametrize("limit", [match.MAX_BLOCK_PAIRS, 500])
def test_huge_blocks_are_decided_on_each_rows_best_partners(monkeypatch, limit):
    monkeypatch.setattr(match, "MAX_BLOCK_PAIRS", limit)  # 500 pairs: the 40 x 30 block takes the bounded path
    names = [f"Pembangunan Jalan Desa Nomor {number}" for number in range(40)]
    left = plan("prov.xlsx", Level.PROVINSI, names)
    right = plan("kab.xlsx", Level.KABUPATEN, list(reversed(names[5:35])))
    same = {(link.left.name, link.right.name) for link in links_of(left, right) if link.relation.is_same}
    assert same == {(name, name) for name in names[5:35]}


def test_normal_blocks_are_unchanged_by_the_limits():
    names = ["Pembangunan Puskesmas", "Pembangunan Rumah Sakit", "Pengadaan Alat Kesehatan"]
    links = links_of(plan("prov.xlsx", Level.PROVINSI, names), plan("kab.xlsx", Level.KABUPATEN, names[::-1]))
    assert sorted((link.left.name, link.right.name, link.relation.value) for link in links if link.relation.is_same) == [
        (name, name, "similar") for name in sorted(names)
    ]
