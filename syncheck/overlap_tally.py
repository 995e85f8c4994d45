"""How the substantive overlaps of a result add up per pair or per province group: every row's budget counted once,
at its own level, and what the rows leave unstated or the reader flagged (pure; report_data and group_totals use it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable

from syncheck.budget_checks import LARGEST_TYPICAL, implausible_rows
from syncheck.funding import Funding
from syncheck.models import Item, Kind, Overlap, Result, SourceRef
from syncheck.province_funded import funded_by_province
from syncheck.tally import distinct_items

if TYPE_CHECKING:
    from syncheck.report_data import PlanLookup


@dataclass(frozen=True)
class PairOverlap:
    """The substantive overlap of one pair of governments, budgets counted once per row.

    ``count`` is of distinct sub kegiatan (a province item on two rows in the kab/kota is one).
    """

    left: str
    right: str
    count: int
    left_budget: int
    right_budget: int
    shared_budget: int = 0  # of left_budget: on province rows that name other kab/kota too
    unlocated: int = 0  # other same sub kegiatan whose province rows name no place that can be checked
    unlocated_budget: int = 0  # their province budget
    unstated: int = 0  # of count: sub kegiatan whose overlapping province rows state no budget of their own
    unstated_parent_budget: int = 0  # what the kegiatan or program rows above those rows state (each row once)
    unstated_parents: tuple[Kind, ...] = ()  # the kinds of those rows above, program last
    right_unstated: int = 0  # kab/kota rows of the overlap without a budget of their own
    implausible: int = 0  # province rows of the overlap whose amount the reader warned is too large
    implausible_budget: int = 0  # of left_budget: their amounts
    province_funded_budget: int = 0  # of left_budget: on overlaps whose kab/kota row is paid by Bantuan Keuangan Provinsi

    @property
    def budget_unstated(self) -> bool:
        """True when no overlapping province row states a budget of its own: left_budget 0 means 'not stated'."""
        return self.count > 0 and self.unstated == self.count


RowKey = tuple[str, str, int, str]


def row_key(item: Item) -> RowKey:
    """One input row (file, sheet, row, kind), a row typed twice as the row it repeats, so that its budget counts once
    in every sum: a plain tuple hashes far faster than the Item."""
    ref = item.repeat_of or item.ref
    return (ref.file, ref.sheet, ref.row, item.kind.value)


def left_row_key(overlap: Overlap) -> tuple[RowKey, str | bool]:
    """The province row of an overlap, counted once over several kab/kota; a row stating its amount per place gives each
    kab/kota its own places' part, so that part is one per kab/kota (its file)."""
    return row_key(overlap.left), overlap.left_by_place and overlap.right.ref.file


def gather_overlaps(result: Result, lookup: PlanLookup, tallies: dict[Any, OverlapTally], key: Callable[[Overlap], Any]) -> None:
    """Add every overlap and unlocated same pair of the result to the tally ``key`` names (None: to none), made when missing."""
    items = DistinctItems(lookup)
    budgets = _PlanBudgets(lookup)
    for overlaps, located in ((result.overlaps, True), (result.unlocated, False)):
        for overlap in overlaps:  # any order: every overlap of a row carries that row's one budget
            name = key(overlap)
            if name is None:
                continue
            tally = tallies.setdefault(name, OverlapTally())
            tally.add(overlap, items.of(overlap.left), located)
            if located:
                tally.note_budget(overlap, items.of(overlap.left), budgets)


class CountedRows:
    """What each overlap, met in report order, adds to a sum of budgets: a row's budget on its first overlap, 0 after.

    ``of`` gives (left in its pair, right in its pair, left in the whole run): summed over a pair's overlaps the first two
    are the pair's overlap_totals; summed over all, the third counts a province row that several kab/kota share once,
    on the overlap of the kab/kota its location names first (run_rank), whatever the order of the files.
    """

    def __init__(self, lookup: PlanLookup, overlaps: Iterable[Overlap]) -> None:
        self.lookup = lookup
        self._seen: set[tuple] = set()
        ranked: dict[tuple, tuple[tuple, int]] = {}
        for overlap in overlaps:
            key, rank = left_row_key(overlap), self.run_rank(overlap)
            if key not in ranked or rank < ranked[key][0]:
                ranked[key] = (rank, id(overlap))
        self._run_owner = {key: owner for key, (_, owner) in ranked.items()}

    def of(self, overlap: Overlap) -> tuple[int, int, int]:
        """The three amounts of the next overlap (each overlap asked once, in the order they are written)."""
        pair = (self.lookup.government(overlap.left), self.lookup.government(overlap.right))
        left, right, run = row_key(overlap.left), row_key(overlap.right), left_row_key(overlap)
        return (
            self._first(("pair", pair, left), overlap.left_budget),
            self._first(("pair", pair, right), overlap.right_budget),
            self._first(("run", run), overlap.left_budget) if self._run_owner.get(run) == id(overlap) else 0,
        )

    def run_rank(self, overlap: Overlap) -> tuple:
        """Which of a shared province row's overlaps carries it in the whole run: the one whose place comes first in the
        row's location cell, else the kab/kota first by name, then its row; never the order the files were given in."""
        at = overlap.left.location.casefold().find(overlap.location.casefold()) if overlap.location else -1
        ref = overlap.right.ref
        return (at < 0, max(at, 0), self.lookup.government(overlap.right), ref.file, ref.row, ref.sheet)

    def _first(self, key: tuple, budget: int) -> int:
        """The budget the first time the key is met, 0 after."""
        if key in self._seen:
            return 0
        self._seen.add(key)
        return budget


class _PlanBudgets:
    """Per plan of the result: which row above funds a sub kegiatan without a budget (funding.Funding), and which
    rows' amounts the reader warned are too large (budget_checks.implausible_rows); each worked out on first use."""

    def __init__(self, lookup: PlanLookup) -> None:
        self.lookup = lookup
        self._funding: dict[int, Funding] = {}
        self._implausible: dict[int, frozenset[SourceRef]] = {}

    def funded_by(self, item: Item) -> tuple[SourceRef, Kind, int] | None:
        """The row above whose budget a sub kegiatan without its own shares, with its kind and amount, if any."""
        index = self.lookup.index_of(item)
        funding = self._funding.get(index)
        if funding is None:
            plan = self.lookup.plan_of(item)
            funding = self._funding[index] = Funding(plan.items if plan else ())
        found = funding.funded_by(item)
        return found if isinstance(found, tuple) else None

    def implausible(self, item: Item) -> bool:
        """True when the reader warned the row's amount is too large for a sub kegiatan."""
        if not item.budget or item.budget < LARGEST_TYPICAL:
            return False  # (no amount below the lower bar is ever warned of: most rows end here)
        index = self.lookup.index_of(item)
        rows = self._implausible.get(index)
        if rows is None:
            plan = self.lookup.plan_of(item)
            rows = self._implausible[index] = implausible_rows(plan.items) if plan else frozenset()
        return item.ref in rows


class DistinctItems:
    """The distinct item (tally.distinct_items) of a province row, its plan's rows grouped once."""

    def __init__(self, lookup: PlanLookup) -> None:
        self.lookup = lookup
        self._groups: dict[tuple[int, Kind], dict[SourceRef, SourceRef]] = {}

    def of(self, item: Item) -> tuple[int, SourceRef]:
        """(plan position, representative row) of the item's distinct item."""
        index = self.lookup.index_of(item)
        groups = self._groups.get((index, item.kind))  # (rows of each kind grouped apart: a program's rows are no sub kegiatan's)
        if groups is None:
            plan = self.lookup.plan_of(item)
            groups = self._groups[(index, item.kind)] = distinct_items(list(plan.items_of(item.kind))) if plan else {}
        return index, groups.get(item.ref, item.ref)


class OverlapTally:
    """One pair's (or one province group's) overlaps and unlocated same rows, gathered row by row."""

    def __init__(self) -> None:
        self.lefts: dict[tuple[RowKey, str | bool], int] = {}
        self.rights: dict[RowKey, int] = {}
        self.shared: dict[tuple[RowKey, str | bool], int] = {}
        self.items: set[tuple[int, SourceRef]] = set()
        self.unlocated: dict[tuple[int, SourceRef], dict[RowKey, int]] = {}
        self.stated: set[tuple[int, SourceRef]] = set()  # items with an overlapping province row that states its budget
        self.parents: dict[tuple[int, SourceRef], dict[SourceRef, tuple[Kind, int]]] = {}  # per item, rows funding it from above
        self.right_unstated: set[RowKey] = set()
        self.implausible: dict[RowKey, int] = {}
        self.province_funded: dict[tuple[RowKey, str | bool], int] = {}

    @classmethod
    def merged(cls, tallies: Iterable[OverlapTally]) -> OverlapTally:
        """One tally of several pairs' (a province group's), as if gathered in one pass: each row counted once."""
        found = cls()
        for tally in tallies:
            for mine, theirs in ((found.lefts, tally.lefts), (found.rights, tally.rights), (found.shared, tally.shared),
                                 (found.implausible, tally.implausible), (found.province_funded, tally.province_funded)):  # fmt: skip
                for key, budget in theirs.items():
                    mine.setdefault(key, budget)
            for nested, other in ((found.unlocated, tally.unlocated), (found.parents, tally.parents)):
                for item, rows in other.items():
                    into = nested.setdefault(item, {})
                    for key, value in rows.items():
                        into.setdefault(key, value)
            found.items |= tally.items
            found.stated |= tally.stated
            found.right_unstated |= tally.right_unstated
        return found

    def add(self, overlap: Overlap, item: tuple[int, SourceRef], located: bool) -> None:
        """Count one overlap (located) or one same pair whose province row names no usable place."""
        if not located:
            self.unlocated.setdefault(item, {})[row_key(overlap.left)] = overlap.left_budget
            return
        # one province row may overlap several city rows: its budget still counts once
        self.lefts.setdefault(left_row_key(overlap), overlap.left_budget)
        self.rights.setdefault(row_key(overlap.right), overlap.right_budget)
        if overlap.shared_by > 1:
            self.shared.setdefault(left_row_key(overlap), overlap.left_budget)
        if funded_by_province(overlap.right.funding):
            self.province_funded.setdefault(left_row_key(overlap), overlap.left_budget)
        self.items.add(item)

    def note_budget(self, overlap: Overlap, item: tuple[int, SourceRef], budgets: _PlanBudgets) -> None:
        """Note whether the overlap's rows state their budgets, what funds the province row when it does not, and
        whether its amount is one the reader warned is too large."""
        if overlap.left.budget is not None:
            self.stated.add(item)
            if budgets.implausible(overlap.left):
                self.implausible.setdefault(row_key(overlap.left), overlap.left_budget)
        else:
            found = budgets.funded_by(overlap.left)
            if found is not None:
                self.parents.setdefault(item, {})[found[0]] = (found[1], found[2])
        if overlap.right.budget is None:
            self.right_unstated.add(row_key(overlap.right))

    def total(self, left: str, right: str) -> PairOverlap:
        """The pair's totals; a sub kegiatan overlapping on one row is not also counted as unlocated."""
        unlocated = [rows for item, rows in self.unlocated.items() if item not in self.items]
        unstated = self.items - self.stated
        parents = {ref: found for item in unstated for ref, found in self.parents.get(item, {}).items()}
        kinds = tuple(kind for kind in (Kind.KEGIATAN, Kind.PROGRAM) if any(found == kind for found, _ in parents.values()))
        return PairOverlap(
            left, right, len(self.items), sum(self.lefts.values()), sum(self.rights.values()), sum(self.shared.values()),
            len(unlocated), sum(sum(rows.values()) for rows in unlocated),
            len(unstated), sum(budget for _, budget in parents.values()), kinds,
            len(self.right_unstated), len(self.implausible), sum(self.implausible.values()), sum(self.province_funded.values()),
        )  # fmt: skip
