"""Links to clusters across governments (the only networkx user)."""

from __future__ import annotations

from typing import Iterable

import networkx as nx

from .models import Cluster, Item, Kind, Link, Plan

#: report order of cluster kinds
_KIND_ORDER = {Kind.PROGRAM: 0, Kind.KEGIATAN: 1, Kind.SUB_KEGIATAN: 2}


class ClusterGraph:
    """Rows joined by confident links, added pair by pair as links come in; clusters at the end.

    A node is a number into a list of (plan position, item): a row is told apart by identity and
    plan position, since the same file given twice is two plans. Rows no confident link reaches are
    left out, as they can be in no cluster.
    """

    def __init__(self, plans: list[Plan]) -> None:
        self._plans = plans
        self._plan_of = {id(item): index for index, plan in enumerate(plans) for item in plan.items}
        self._node_of: dict[int, int] = {}
        self._rows: list[tuple[int, Item]] = []
        self._graph = nx.Graph()

    def add(self, links: Iterable[Link]) -> None:
        """Make the confident links between rows of the plans edges."""
        plan_of = self._plan_of
        edges = [
            (self._node(link.left), self._node(link.right))
            for link in links
            if link.relation.is_same and id(link.left) in plan_of and id(link.right) in plan_of
        ]
        self._graph.add_edges_from(edges)

    def _node(self, item: Item) -> int:
        """The item's node, made on first sight."""
        node = self._node_of.get(id(item))
        if node is None:
            node = self._node_of[id(item)] = len(self._rows)
            self._rows.append((self._plan_of[id(item)], item))
        return node

    def clusters(self) -> tuple[Cluster, ...]:
        """Connected components with two or more governments, largest first, deterministic order."""
        clusters = []
        for component in nx.connected_components(self._graph):
            members = sorted((self._rows[node] for node in component), key=_row_order)
            governments = tuple(sorted({self._plans[index].label for index, _ in members}))
            if len(governments) >= 2:
                clusters.append(Cluster(members[0][1].kind, tuple(item for _, item in members), governments))
        clusters.sort(key=lambda c: (_KIND_ORDER[c.kind], -len(c.governments), c.items[0].ref))
        return tuple(clusters)


def build_clusters(plans: list[Plan], links: list[Link]) -> tuple[Cluster, ...]:
    """Connected components of the plans' rows joined by confident links (see ClusterGraph)."""
    graph = ClusterGraph(plans)
    graph.add(links)
    return graph.clusters()


def _row_order(row: tuple[int, Item]) -> tuple[str, str, int, int]:
    """Cluster members by source row, then plan position (a plain tuple compares faster than SourceRef)."""
    ref = row[1].ref
    return (ref.file, ref.sheet, ref.row, row[0])
