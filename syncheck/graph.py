"""Links to clusters across governments (the only networkx user)."""

from __future__ import annotations

import networkx as nx

from .models import LINKED_KINDS, Cluster, Item, Kind, Link, Plan, SourceRef

#: a node is a row of one plan: the plan's position and the row (the same file given twice is two plans)
Node = tuple[int, SourceRef]


def build_graph(plans: list[Plan], links: list[Link]) -> nx.Graph:
    """Every item of the linked kinds is a node; confident links are edges."""
    graph = nx.Graph()
    node_of: dict[int, Node] = {}
    for index, plan in enumerate(plans):
        for item in plan.items:
            if item.kind in LINKED_KINDS:
                node_of[id(item)] = (index, item.ref)
                graph.add_node((index, item.ref), item=item, government=plan.label)
    for link in links:
        left, right = node_of.get(id(link.left)), node_of.get(id(link.right))
        if link.relation.is_same and left is not None and right is not None:
            graph.add_edge(left, right, relation=link.relation.value, score=link.score)
    return graph


def build_clusters(plans: list[Plan], links: list[Link]) -> tuple[Cluster, ...]:
    """Connected components with two or more governments, largest first, deterministic order."""
    graph = build_graph(plans, links)
    clusters = []
    for component in nx.connected_components(graph):
        if len(component) < 2:
            continue
        nodes: list[Node] = sorted(component, key=lambda node: (node[1], node[0]))  # by row, then plan
        items: list[Item] = [graph.nodes[node]["item"] for node in nodes]
        governments = tuple(sorted({graph.nodes[node]["government"] for node in nodes}))
        if len(governments) >= 2:
            clusters.append(Cluster(items[0].kind, tuple(items), governments))
    order = {Kind.PROGRAM: 0, Kind.KEGIATAN: 1, Kind.SUB_KEGIATAN: 2}
    clusters.sort(key=lambda c: (order[c.kind], -len(c.governments), c.items[0].ref))
    return tuple(clusters)
