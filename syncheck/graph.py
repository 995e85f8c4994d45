"""Links to clusters across governments (the only networkx user)."""

from __future__ import annotations

import networkx as nx

from .models import Cluster, Item, Kind, Link, Plan

#: report order of cluster kinds
_KIND_ORDER = {Kind.PROGRAM: 0, Kind.KEGIATAN: 1, Kind.SUB_KEGIATAN: 2}


def build_graph(plans: list[Plan], links: list[Link]) -> tuple[nx.Graph, list[tuple[int, Item]]]:
    """Rows joined by confident links: nodes are numbers into the returned (plan position, item) list.

    A row is told apart by identity and plan position, since the same file given twice is two plans;
    rows no confident link reaches are left out, as they can be in no cluster.
    """
    plan_of = {id(item): index for index, plan in enumerate(plans) for item in plan.items}
    node_of: dict[int, int] = {}
    rows: list[tuple[int, Item]] = []
    edges = []
    for link in links:
        if not link.relation.is_same or id(link.left) not in plan_of or id(link.right) not in plan_of:
            continue
        ends = []
        for item in (link.left, link.right):
            node = node_of.get(id(item))
            if node is None:
                node = node_of[id(item)] = len(rows)
                rows.append((plan_of[id(item)], item))
            ends.append(node)
        edges.append(ends)
    graph = nx.Graph()
    graph.add_nodes_from(range(len(rows)))
    graph.add_edges_from(edges)
    return graph, rows


def build_clusters(plans: list[Plan], links: list[Link]) -> tuple[Cluster, ...]:
    """Connected components with two or more governments, largest first, deterministic order."""
    graph, rows = build_graph(plans, links)
    clusters = []
    for component in nx.connected_components(graph):
        members = sorted((rows[node] for node in component), key=_row_order)
        governments = tuple(sorted({plans[index].label for index, _ in members}))
        if len(governments) >= 2:
            clusters.append(Cluster(members[0][1].kind, tuple(item for _, item in members), governments))
    clusters.sort(key=lambda c: (_KIND_ORDER[c.kind], -len(c.governments), c.items[0].ref))
    return tuple(clusters)


def _row_order(row: tuple[int, Item]) -> tuple[str, str, int, int]:
    """Cluster members by source row, then plan position (a plain tuple compares faster than SourceRef)."""
    ref = row[1].ref
    return (ref.file, ref.sheet, ref.row, row[0])
