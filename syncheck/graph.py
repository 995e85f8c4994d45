"""Links to clusters across governments (the only networkx user)."""

from __future__ import annotations

import networkx as nx

from .models import Cluster, Item, Kind, Link, Plan, SourceRef


def build_graph(plans: list[Plan], links: list[Link]) -> nx.Graph:
    """Every item of the linked kinds is a node; confident links are edges."""
    graph = nx.Graph()
    for plan in plans:
        for item in plan.items:
            if item.kind in (Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN):
                graph.add_node(item.ref, item=item, government=plan.label)
    for link in links:
        if link.relation.is_same:
            graph.add_edge(link.left.ref, link.right.ref, relation=link.relation.value, score=link.score)
    return graph


def build_clusters(plans: list[Plan], links: list[Link]) -> tuple[Cluster, ...]:
    """Connected components with two or more governments, largest first, deterministic order."""
    graph = build_graph(plans, links)
    clusters = []
    for component in nx.connected_components(graph):
        if len(component) < 2:
            continue
        refs: list[SourceRef] = sorted(component)
        items: list[Item] = [graph.nodes[ref]["item"] for ref in refs]
        governments = tuple(sorted({graph.nodes[ref]["government"] for ref in refs}))
        if len(governments) >= 2:
            clusters.append(Cluster(items[0].kind, tuple(items), governments))
    order = {Kind.PROGRAM: 0, Kind.KEGIATAN: 1, Kind.SUB_KEGIATAN: 2}
    clusters.sort(key=lambda c: (order[c.kind], -len(c.governments), c.items[0].ref))
    return tuple(clusters)
