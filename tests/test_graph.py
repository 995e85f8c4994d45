"""graph: clusters of rows joined by confident links across governments, added pair by pair."""

from __future__ import annotations

from syncheck.graph import ClusterGraph, build_clusters
from syncheck.models import Cluster, Kind, Level, Link, Relation
from test_report import KAB, KOTA, PROV, item, plan

P1 = item("prov.xlsx", "RKPD", 10, Kind.PROGRAM, "1.02.02", "Program Upaya Kesehatan")
P2 = item("prov.xlsx", "RKPD", 11, Kind.PROGRAM, "1.01.02", "Program Pendidikan")
S1 = item("prov.xlsx", "RKPD", 12, Kind.SUB_KEGIATAN, "1.02.02.1.01.0001", "Pembangunan Rumah Sakit")
C1 = item("kota.xlsx", "Sheet1", 9, Kind.PROGRAM, "1.02.02", "Program Upaya Kesehatan")
C2 = item("kota.xlsx", "Sheet1", 3, Kind.PROGRAM, "1.01.02", "Program Pendidikan")
CS = item("kota.xlsx", "Sheet1", 12, Kind.SUB_KEGIATAN, "1.02.02.2.01.0001", "Pembangunan Rumah Sakit")
M1 = item("kab.xlsx", "Data", 7, Kind.PROGRAM, "1.02.02", "Program Upaya Kesehatan")
M2 = item("kab.xlsx", "Data", 8, Kind.PROGRAM, "", "Program Pendidikan Dasar")

PLANS = [
    plan("prov.xlsx", PROV, Level.PROVINSI, [P1, P2, S1]),
    plan("kota.xlsx", KOTA, Level.KOTA, [C1, C2, CS]),
    plan("kab.xlsx", KAB, Level.KABUPATEN, [M1, M2]),
]
KOTA_LINKS = [
    Link(Kind.PROGRAM, Relation.IDENTICAL, 100.0, "same code", P1, C1),
    Link(Kind.PROGRAM, Relation.IDENTICAL, 100.0, "same code", P2, C2),
    Link(Kind.SUB_KEGIATAN, Relation.COUNTERPART, 90.0, "same slot", S1, CS),  # not the same item: no cluster
]
KAB_LINKS = [
    Link(Kind.PROGRAM, Relation.SIMILAR, 95.0, "names similar", P1, M1),
    Link(Kind.PROGRAM, Relation.REVIEW, 80.0, "names close", P2, M2),  # only for review: no edge
]
#: the clusters of KOTA_LINKS + KAB_LINKS: three governments first; rows by file, sheet, row
CLUSTERS = (
    Cluster(Kind.PROGRAM, (M1, C1, P1), tuple(sorted((KAB, KOTA, PROV)))),
    Cluster(Kind.PROGRAM, (C2, P2), tuple(sorted((KOTA, PROV)))),
)


def test_confident_links_make_clusters_across_governments_in_report_order():
    clusters = build_clusters(PLANS, KOTA_LINKS + KAB_LINKS)
    assert clusters == CLUSTERS
    assert [(c.kind, [i.ref.row for i in c.items], c.governments) for c in clusters] == [
        (Kind.PROGRAM, [7, 9, 10], tuple(sorted((KAB, KOTA, PROV)))),  # three governments first; rows by file, sheet, row
        (Kind.PROGRAM, [3, 11], tuple(sorted((KOTA, PROV)))),
    ]


def test_pairs_added_one_by_one_give_the_clusters_of_all_links_at_once():
    graph = ClusterGraph(PLANS)
    graph.add(KAB_LINKS)
    graph.add(KOTA_LINKS)
    assert graph.clusters() == CLUSTERS


def test_rows_of_one_government_twice_are_no_cluster_and_foreign_items_are_ignored():
    copy = item("kota_copy.xlsx", "Sheet1", 9, Kind.PROGRAM, "1.02.02", "Program Upaya Kesehatan")
    plans = [plan("kota.xlsx", KOTA, Level.KOTA, [C1]), plan("kota_copy.xlsx", KOTA, Level.KOTA, [copy])]
    stranger = item("other.xlsx", "S", 1, Kind.PROGRAM, "1.02.02", "Program Upaya Kesehatan")
    links = [
        Link(Kind.PROGRAM, Relation.IDENTICAL, 100.0, "same code", C1, copy),  # one government: no cluster
        Link(Kind.PROGRAM, Relation.IDENTICAL, 100.0, "same code", C1, stranger),  # not in the plans: ignored
    ]
    assert build_clusters(plans, links) == ()
    plans[1] = plan("kota_copy.xlsx", "Kota Lain", Level.KOTA, [copy])
    assert [c.governments for c in build_clusters(plans, links)] == [("Kota Lain", KOTA)]


def test_links_given_as_row_positions_give_the_clusters_of_the_links_themselves():
    """What compare sends from a pair's worker: (left, right) positions of the confident links only."""
    graph = ClusterGraph(PLANS)
    graph.add_positions(0, 2, [(0, 0)])  # P1 ~ M1 (the review link P2 ~ M2 is not sent)
    graph.add_positions(0, 1, [(0, 0), (1, 1)])  # P1 = C1, P2 = C2
    assert graph.clusters() == CLUSTERS
