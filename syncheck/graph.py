"""Links to clusters across governments (the only networkx user)."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from typing import Iterable

import networkx as nx

from .models import Cluster, Item, Kind, Link, Plan

#: report order of cluster kinds
_KIND_ORDER = {Kind.PROGRAM: 0, Kind.KEGIATAN: 1, Kind.SUB_KEGIATAN: 2}


class ClusterGraph:
    """Rows joined by confident links, added pair by pair as links come in; clusters at the end.

    A node is a row's number in the plans laid end to end: a row is told apart by its plan and its
    position there, since the same file given twice is two plans. Rows no confident link reaches are
    left out, as they can be in no cluster.
    """

    def __init__(self, plans: list[Plan]) -> None:
        self._plans = plans
        self._starts = [0, *accumulate(len(plan.items) for plan in plans)]
        self._node_of: dict[int, int] | None = None  # by item identity, for add(): made on its first call
        self._graph = nx.Graph()

    def add(self, links: Iterable[Link]) -> None:
        """Make the confident links between rows of the plans edges."""
        node_of = self._nodes_by_identity()
        edges = [
            (node_of[id(link.left)], node_of[id(link.right)])
            for link in links
            if link.relation.is_same and id(link.left) in node_of and id(link.right) in node_of
        ]
        self._graph.add_edges_from(edges)

    def add_positions(self, left: int, right: int, pairs: Iterable[tuple[int, int]]) -> None:
        """Make edges of confident links given as (row of plans[left], row of plans[right]) positions."""
        # what a pair's worker sends: no item identities to look up, a province run's 100,000 edges at C speed
        left_start, right_start = self._starts[left], self._starts[right]
        self._graph.add_edges_from((left_start + i, right_start + j) for i, j in pairs)

    def _nodes_by_identity(self) -> dict[int, int]:
        """Each item's node by identity (an item in two plans: its last)."""
        if self._node_of is None:
            self._node_of = {id(item): start + position for start, plan in zip(self._starts, self._plans) for position, item in enumerate(plan.items)}
        return self._node_of

    def _row(self, node: int) -> tuple[int, Item]:
        """(plan position, item) of a node."""
        index = bisect_right(self._starts, node) - 1
        return index, self._plans[index].items[node - self._starts[index]]

    def clusters(self) -> tuple[Cluster, ...]:
        """Connected components with two or more governments, largest first, deterministic order."""
        clusters = []
        for component in nx.connected_components(self._graph):
            members = sorted(map(self._row, component), key=_row_order)
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
