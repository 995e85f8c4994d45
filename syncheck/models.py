"""Frozen data types shared by every stage of the pipeline (no I/O here)."""

from __future__ import annotations

import operator
from dataclasses import dataclass, field, fields
from enum import Enum
from functools import cached_property
from typing import Iterable, TypeVar


class Kind(str, Enum):
    """The level of a row in the nomenclature hierarchy."""

    URUSAN = "urusan"
    BIDANG = "bidang_urusan"
    PROGRAM = "program"
    KEGIATAN = "kegiatan"
    SUB_KEGIATAN = "sub_kegiatan"

    @property
    def depth(self) -> int:
        """Number of dotted segments a full code of this kind has."""
        return {"urusan": 1, "bidang_urusan": 2, "program": 3, "kegiatan": 5, "sub_kegiatan": 6}[self.value]


#: the kinds syncheck links and counts; urusan and bidang rows are context only
LINKED_KINDS: tuple[Kind, ...] = (Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN)


class Level(str, Enum):
    """The tier of government a plan belongs to."""

    PROVINSI = "provinsi"
    KABUPATEN = "kabupaten"
    KOTA = "kota"

    @property
    def is_province(self) -> bool:
        """True for the provincial tier."""
        return self is Level.PROVINSI


class Relation(str, Enum):
    """Why two items of different governments are linked."""

    IDENTICAL = "identical"
    SIMILAR = "similar"
    COUNTERPART = "counterpart"
    REVIEW = "review"

    @property
    def is_same(self) -> bool:
        """True when the link counts the two items as the same item."""
        return self in (Relation.IDENTICAL, Relation.SIMILAR)


class SkipReason(str, Enum):
    """Why an input row did not become an item."""

    BLANK = "blank"
    TITLE = "title"
    HEADER = "header"
    BANNER = "banner"
    SUBTOTAL = "subtotal"
    UNREADABLE = "unreadable"
    HIDDEN_SHEET = "hidden_sheet"
    NO_HEADER = "no_header"
    NOTE = "note"
    RECAP = "recap"
    CONTINUATION = "continuation"
    DETAIL = "detail"  # a budget account row (kode rekening) under an item: its budget detail
    GROUP = "group"  # a priority or target heading carrying its group's total
    OTHER_VERSION = "other_version"  # a sheet repeating the plan, or of another year or an earlier draft
    HIDDEN_DUPLICATE = "hidden_duplicate"  # a row hidden in Excel repeating a visible item row: an old draft (hidden_drafts)


T = TypeVar("T")


def build_frozen(cls: type[T], values: dict[str, object]) -> T:
    """An instance of a frozen dataclass (one without __post_init__) from the values of all its fields, in order.

    A frozen __init__ sets each field through object.__setattr__: about 2 microseconds for an Item,
    ten times this, and a reader makes one per row.
    """
    instance = object.__new__(cls)
    instance.__dict__.update(values)
    return instance


def build_frozen_from(cls: type[T], names: tuple[str, ...], values: Iterable[object]) -> T:
    """build_frozen from the field names and their values in the same order (no dict made between)."""
    instance = object.__new__(cls)
    instance.__dict__.update(zip(names, values))
    return instance


@dataclass(frozen=True, order=True)
class SourceRef:
    """Where a row came from: file base name, sheet name, 1-based Excel row.

    ``column`` (1-based) tells apart the items of one row: a flat row holds its sub kegiatan
    (column 0, the row itself) and the program and kegiatan first seen on it (their own columns).
    """

    file: str
    sheet: str
    row: int
    column: int = 0

    def __str__(self) -> str:
        return f"{self.file}, sheet {self.sheet!r}, row {self.row}"


#: the kind a code names, by its number of segments
_KIND_BY_DEPTH = {1: Kind.URUSAN, 2: Kind.BIDANG, 3: Kind.PROGRAM, 5: Kind.KEGIATAN, 6: Kind.SUB_KEGIATAN}


@dataclass(frozen=True)
class Code:
    """A canonical nomenclature code (see codes.py for parsing)."""

    segments: tuple[str, ...]

    @cached_property
    def text(self) -> str:
        """The dotted canonical form, e.g. ``1.02.02.2.01.0001`` (kept: every writer asks for it per row)."""
        return ".".join(self.segments)

    @property
    def kind(self) -> Kind | None:
        """The kind a code of this depth names, or None for an odd depth."""
        return _KIND_BY_DEPTH.get(len(self.segments))

    @property
    def level_digit(self) -> str | None:
        """The level digit of a kegiatan/sub kegiatan code (1 provinsi, 2 kab/kota)."""
        return self.segments[3] if len(self.segments) >= 5 else None

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class OfficialIdentity:
    """The nomenclature item a codeless or miscoded row was identified as by its name (compare --nomenclature)."""

    code: Code  # as the plan would write it: a support-program item under the row's own bidang
    name: str  # the official name
    score: float  # name similarity 0-100
    why: str  # what was wrong with the row's own code: 'no_code' | 'unknown_code' | 'other_item'


@dataclass(frozen=True)
class Item:
    """One plan row read as a nomenclature item."""

    ref: SourceRef
    kind: Kind
    name: str
    code: Code | None = None
    code_raw: str = ""
    indicator: str = ""
    target: str = ""
    location: str = ""
    budget: int | None = None
    funding: str = ""
    agency: str = ""
    agency_code: str = ""
    program_code: str = ""
    kegiatan_code: str = ""
    program_name: str = ""
    kegiatan_name: str = ""
    parent: SourceRef | None = None
    official: OfficialIdentity | None = None  # set by identify.py; ``code`` keeps what the plan said
    #: the amount per place where the plan states one for every place of the item (place rows under it, one row per
    #: place under its merged name), adding up to ``budget``; () when it gives none
    place_budgets: tuple[tuple[str, int], ...] = ()
    #: the earlier row of the plan this row repeats exactly (code, name, place, amount, agency): one item typed twice,
    #: whose budget counts once in every total (duplicates.mark_duplicates); None for every other row
    repeat_of: SourceRef | None = None
    #: a sub kegiatan its plan gives no kegiatan row: the name the nomenclature master gives its code's kegiatan
    #: (identify.py), through which blocks.py links it as its kegiatan row would; "" otherwise
    listed_kegiatan: str = ""

    @property
    def code_text(self) -> str:
        """The canonical code as text, or empty when the row has none."""
        return self.code.text if self.code else ""

    @property
    def official_code(self) -> Code | None:
        """The code the nomenclature master assigned to this row, if any."""
        return self.official.code if self.official else None


@dataclass(frozen=True)
class Skipped:
    """An input row that is not an item, with the reason."""

    ref: SourceRef
    reason: SkipReason
    text: str = ""
    count: int = 1  # a run of blank rows starting at ref is one entry, so a million empty rows stay cheap


@dataclass(frozen=True)
class Finding:
    """A data problem reported, never raised (odd code, duplicate row, ...)."""

    ref: SourceRef
    message: str
    kind: str = "warning"
    severity: str = "warning"
    code: str = ""
    name: str = ""
    expected: str | None = None


@dataclass(frozen=True)
class SheetInfo:
    """What the reader understood about one sheet."""

    name: str
    rows: int
    header_rows: tuple[int, ...] = ()
    columns: tuple[tuple[str, str], ...] = ()
    skipped_reason: str = ""
    header_from: str = ""  # the sheet whose header a sheet without one was read with (the next page of its table)
    scale: int = 1  # Rupiah per unit of the budget amounts, as the sheet states it (1000: in thousands)


def item_row_count(items: Iterable[Item]) -> int:
    """How many input rows became items: a flat row can hold a program, a kegiatan and a sub kegiatan."""
    return len({(item.ref.sheet, item.ref.row) for item in items})


def skipped_row_count(skipped: Iterable[Skipped]) -> int:
    """How many input rows were skipped (runs of blank rows count every row)."""
    return sum(row.count for row in skipped)


@dataclass(frozen=True)
class Plan:
    """One government's plan as read from one file."""

    file: str
    path: str
    sha256: str
    government: str
    level: Level
    year: int | None
    sheets: tuple[SheetInfo, ...]
    items: tuple[Item, ...]
    skipped: tuple[Skipped, ...]
    warnings: tuple[Finding, ...]
    rows_read: int
    #: the input files joined into this plan (plan_parts: one file per perangkat daerah), () for a plan of one file
    parts: tuple[Plan, ...] = ()

    def __reduce__(self) -> tuple[object, ...]:
        """Pickled with its items as rows of values: what a reader process sends back, in half the time.

        The items come back as new objects: an item pickled beside its plan is then not one of them.
        """
        state = {name: getattr(self, name) for name in _PLAN_FIELDS if name != "items"}
        return (_plan_from_rows, (state, [_item_values(item) for item in self.items]))

    def __copy__(self) -> Plan:
        """The plan itself: it is immutable, and its items are told apart by identity."""
        return self

    @property
    def item_rows(self) -> int:
        """How many input rows became items (item_row_count)."""
        return item_row_count(self.items)

    @property
    def skipped_rows(self) -> int:
        """How many input rows were skipped (skipped_row_count)."""
        return skipped_row_count(self.skipped)

    def items_of(self, kind: Kind) -> tuple[Item, ...]:
        """The items of one kind, in file order."""
        return tuple(item for item in self.items if item.kind is kind)

    @property
    def label(self) -> str:
        """The name reviewers use for this government."""
        return self.government or self.file


_ITEM_FIELDS = tuple(item_field.name for item_field in fields(Item))
_PLAN_FIELDS = tuple(plan_field.name for plan_field in fields(Plan))
_item_values = operator.attrgetter(*_ITEM_FIELDS)


def _plan_from_rows(state: dict[str, object], rows: list[tuple[object, ...]]) -> Plan:
    """A pickled Plan back from its other fields and its items' rows of values."""
    return Plan(**state, items=tuple(build_frozen_from(Item, _ITEM_FIELDS, row) for row in rows))  # type: ignore[arg-type]


class Choice(str, Enum):
    """A reviewer's decision on a link: the same item, not the same item, or undecided."""

    YES = "yes"
    NO = "no"
    UNSURE = "unsure"


@dataclass(frozen=True)
class Link:
    """One row of the higher government joined to one row of the lower."""

    kind: Kind
    relation: Relation
    score: float
    reason: str
    left: Item
    right: Item
    decided: str = ""  # a Choice value when a reviewer's decision applies to the link

    @property
    def by_reviewer(self) -> bool:
        """True when a reviewer confirmed the link (rather than the matcher alone)."""
        return self.decided == Choice.YES.value


@dataclass(frozen=True)
class Decision:
    """A reviewer's decision on a pair of items, keyed by content (see decisions.py), not by row."""

    kind: Kind
    left_government: str
    left_code: str
    left_name: str
    right_government: str
    right_code: str
    right_name: str
    choice: Choice
    ref: SourceRef | None = None  # where the decision was read
    status: str = ""  # after a run, for a decision on no link row: 'rejected', 'not linked' or 'unmatched'
    left_agency: str = ""  # the agency columns, when the file has them: a codeless name repeated in every agency is told apart
    right_agency: str = ""


@dataclass(frozen=True)
class Summary:
    """The headline for one pair of governments and one kind."""

    left: str
    right: str
    kind: Kind
    left_total: int
    same: int
    identical: int
    similar: int
    counterpart: int
    review: int
    right_total: int = 0


@dataclass(frozen=True)
class Overlap:
    """The same sub kegiatan funded by both levels in the same place."""

    left: Item
    right: Item
    location: str
    left_budget: int
    right_budget: int
    relation: Relation = Relation.IDENTICAL
    shared_by: int = 1  # kab/kota the province row's location names, this one included: its budget is theirs together
    #: the budget is the row's amount for its places in this kab/kota (Item.place_budgets), not the whole row's
    left_by_place: bool = False
    right_by_place: bool = False


@dataclass(frozen=True)
class Cluster:
    """Items of several governments joined by confident links."""

    kind: Kind
    items: tuple[Item, ...]
    governments: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Options:
    """Every knob of a compare run, in one place (like black's Mode)."""

    threshold: float = 90.0
    review_threshold: float = 75.0
    lang: str = "id"
    synonyms_path: str | None = None
    government_overrides: tuple[tuple[str, str], ...] = ()
    level_overrides: tuple[tuple[str, str], ...] = ()
    year_override: int | None = None
    workers: int = 0  # processes for reading and linking: 0 = one per CPU for large runs, 1 = none
    nomenclature_path: str | None = None  # official list giving codeless or miscoded rows their identity
    decisions_path: str | None = None  # reviewer decisions (an edited overlap workbook or a CSV), see decisions.py
    # files found in a folder given, not named one by one: one that is no plan (unreadable, no RKPD table, a list of rows
    # of other files) is left out with a warning where a file named would stop the run
    folder_files: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Result:
    """Everything one compare run found; the CLI and the writers read this."""

    plans: tuple[Plan, ...]
    links: tuple[Link, ...]
    summaries: tuple[Summary, ...]
    overlaps: tuple[Overlap, ...]
    clusters: tuple[Cluster, ...]
    warnings: tuple[Finding, ...]
    options: Options = Options()
    #: reviewer decisions shown on no link row (rejected pairs, decisions that matched nothing); kept so
    #: the workbook carries them into the next run
    kept_decisions: tuple[Decision, ...] = ()
    #: same sub kegiatan both levels fund where the province row names no place that can be checked
    #: (placeholder or ambiguous location): no substantive overlap, counted apart
    unlocated: tuple[Overlap, ...] = ()

    @property
    def left(self) -> Plan:
        """The higher-level plan of the first province group (the first file given)."""
        return self.plans[0]

    @property
    def rights(self) -> tuple[Plan, ...]:
        """The lower-level plans of every province group, in the order given."""
        return tuple(plan for group in self.groups for plan in group[1:])

    @property
    def groups(self) -> tuple[tuple[Plan, ...], ...]:
        """The province groups as compare lays them end to end: each province plan, then its kab/kota plans."""
        found: list[list[Plan]] = []
        for plan in self.plans:
            # only the first plan heads a group without being a province (a run with no province file)
            if not found or plan.level is Level.PROVINSI:
                found.append([])
            found[-1].append(plan)
        return tuple(tuple(group) for group in found)
