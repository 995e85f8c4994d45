"""Frozen data types of the multi-year audit (no I/O here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .models import Finding, Item, Kind, Level, Plan, SourceRef


class Status(str, Enum):
    """What became of an item between two consecutive years of one government."""

    CONTINUED = "continued"
    RENAMED = "renamed"
    NEW = "new"
    DROPPED = "dropped"


@dataclass(frozen=True)
class Unit:
    """One distinct item of one government's plan in one year (all its rows, budget counted once)."""

    kind: Kind
    item: Item  # the first row of the item, in file order
    rows: tuple[SourceRef, ...]
    budget: int | None
    position: int = 0  # order of the first row in its plan

    @property
    def ref(self) -> SourceRef:
        """The representative row."""
        return self.item.ref


@dataclass(frozen=True)
class Change:
    """One continuity entry: an item of one year, the next year, or both."""

    government: str
    kind: Kind
    from_year: int
    to_year: int
    status: Status
    old: Unit | None
    new: Unit | None
    score: float | None
    reason: str

    @property
    def budget_change(self) -> int | None:
        """New budget minus old budget when both years carry one."""
        if self.old is None or self.new is None or self.old.budget is None or self.new.budget is None:
            return None
        return self.new.budget - self.old.budget


@dataclass(frozen=True)
class Candidate:
    """A dropped and a new item whose names are alike but not enough to call it a rename."""

    government: str
    kind: Kind
    from_year: int
    to_year: int
    old: Unit
    new: Unit
    score: float
    reason: str


@dataclass(frozen=True)
class TrendPoint:
    """One pair's headline for one kind in one year, with the change since the pair's previous year."""

    left: str
    right: str
    kind: Kind
    year: int
    left_total: int
    same: int
    identical: int
    similar: int
    overlap_count: int = 0
    overlap_budget: int = 0
    change_same: int | None = None
    change_points: float | None = None

    @property
    def percent(self) -> float:
        """Share of the left items that are the same, 0-100."""
        return 100.0 * self.same / self.left_total if self.left_total else 0.0


@dataclass(frozen=True)
class Theme:
    """A cross-cutting priority: keywords and/or code prefixes, with vetoing phrases."""

    id: str
    label_id: str
    label_en: str
    keywords: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def label(self, lang: str) -> str:
        """The theme's name in the report language."""
        return self.label_en if lang == "en" else self.label_id


@dataclass(frozen=True)
class ThemeHit:
    """An item of a plan that funds a theme, and why it counts."""

    theme: str
    government: str
    year: int
    item: Item
    matched: str
    budget: int


@dataclass(frozen=True)
class ThemeYear:
    """Whether and how much one government funds one theme in one year."""

    theme: str
    government: str
    level: Level
    year: int
    items: int
    budget: int

    @property
    def present(self) -> bool:
        """True when at least one item of the plan funds the theme."""
        return self.items > 0


@dataclass(frozen=True)
class ThemeGap:
    """A theme a government funded and then stopped funding (and, when known, the year it resumed)."""

    theme: str
    government: str
    level: Level
    last_present: int
    absent_years: tuple[int, ...]
    resumed: int | None


@dataclass(frozen=True)
class AuditOptions:
    """Every knob of an audit run."""

    threshold: float = 90.0
    review_threshold: float = 75.0
    rename_threshold: float = 60.0
    lang: str = "id"
    synonyms_path: str | None = None


@dataclass(frozen=True)
class PlanInput:
    """One file of the audit: where it is, and what the audit says it is."""

    path: str
    year: int
    government: str | None = None
    level: str | None = None


@dataclass(frozen=True)
class GovernmentSpec:
    """A government the audit file names: its level and, for a kab/kota, its province."""

    name: str
    level: str | None = None
    province: str | None = None


@dataclass(frozen=True)
class AuditSpec:
    """What to audit: the files per year, the governments, thresholds and themes."""

    inputs: tuple[PlanInput, ...]
    governments: tuple[GovernmentSpec, ...] = ()
    options: AuditOptions = AuditOptions()
    themes: tuple[Theme, ...] = ()
    title: str = ""
    audit_path: str | None = None  # the audit file, when the audit comes from one
    themes_path: str | None = None  # the themes file read, when not the shipped one

    @property
    def files_read(self) -> tuple[str, ...]:
        """Every file the audit reads: plans, audit file, themes and synonyms (no output may replace one)."""
        others = (self.audit_path, self.themes_path, self.options.synonyms_path)
        return (*(given.path for given in self.inputs), *(path for path in others if path))


@dataclass(frozen=True)
class YearPlan:
    """One government's plan of one year (several files of one government are merged)."""

    year: int
    government: str
    level: Level
    plan: Plan
    province: str | None = None


@dataclass(frozen=True)
class AuditResult:
    """Everything one audit run found; the writers read this."""

    years: tuple[int, ...]
    plans: tuple[YearPlan, ...]
    changes: tuple[Change, ...]
    candidates: tuple[Candidate, ...]
    trend: tuple[TrendPoint, ...]
    themes: tuple[Theme, ...]
    theme_years: tuple[ThemeYear, ...]
    theme_hits: tuple[ThemeHit, ...]
    gaps: tuple[ThemeGap, ...]
    warnings: tuple[Finding, ...]
    options: AuditOptions = AuditOptions()
    title: str = ""
    sources: tuple[tuple[int, Plan], ...] = field(default=())

    @property
    def governments(self) -> tuple[str, ...]:
        """Every government of the audit, in first-seen order."""
        seen: dict[str, None] = {}
        for plan in self.plans:
            seen.setdefault(plan.government, None)
        return tuple(seen)
