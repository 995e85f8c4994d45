"""Reviewer decisions: read from an edited overlap workbook or a CSV, matched to links by content.

A decision is keyed by its kind, the two governments and each side's item, never by row number or
year. One side of a decision matches an item of the same government and kind when both carry a
canonical code and the codes are equal (2- and 4-digit sub kegiatan numbers alike); when either
lacks a code, when their normalized names (normalize.normalize_name) are equal. A code the plan writes
under two different names is two items, as compare counts them (tally.distinct_items): the decision
applies to the one named as decided (typos, abbreviations and added words aside), never to the other.
"""

from __future__ import annotations

import functools
import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Iterable

from .codes import comparison_key, parse_code
from .decision_notes import coded, other_codes, other_codes_note
from .errors import InputFileError
from .match import Adjust
from .messages import Count, Message, joined, made_with, say
from .models import LINKED_KINDS, Choice, Decision, Finding, Item, Kind, Link, Plan, Relation, SourceRef
from .normalize import normalize_name
from .sentences import LABELS
from .sources import RawSheet, load_sheets
from .tally import names_differ
from .values import cell_text

#: what reviewers type in the decision column (any case; Indonesian or English)
CHOICE_WORDS: dict[str, Choice] = {
    **dict.fromkeys(("ya", "y", "yes", "iya", "benar", "setuju", "sama", "ok", "true", "1", "\u2713"), Choice.YES),
    **dict.fromkeys(("tidak", "t", "no", "n", "bukan", "salah", "beda", "tolak", "false", "0"), Choice.NO),
    **dict.fromkeys(("ragu", "ragu-ragu", "unsure", "maybe", "mungkin", "?"), Choice.UNSURE),
}
#: the columns a decision table needs (a kind column, or a kind from the sheet name or the code, too)
COLUMNS = ("left_government", "left_code", "left_name", "right_government", "right_code", "right_name", "decision")
OPTIONAL_COLUMNS = ("left_agency", "right_agency")
HEADER_ROWS = 10
CONFIRMED = say("decisions.confirmed")
REJECTED, NOT_LINKED, UNMATCHED = "rejected", "not linked", "unmatched"

SideKey = tuple[str, object]


# --- keys ---------------------------------------------------------------------------------------


def government_key(name: str) -> str:
    """A government name as decisions compare it ('KOTA  Semarang' = 'Kota Semarang')."""
    return normalize_name(name)


def _code_key(code_text: str) -> tuple[str, ...] | None:
    """The comparison key of a code cell, or None when it holds no canonical code."""
    code = parse_code(code_text) if code_text else None
    return comparison_key(code) if code is not None else None


def decision_probes(code_text: str, name: str) -> list[SideKey]:
    """Keys under which one side of a decision looks for items (see the module docstring)."""
    code = _code_key(code_text)
    if code is None:
        return [("name", normalize_name(name))]
    return [("code", code), ("uncoded name", normalize_name(name))]


def item_keys(item: Item) -> list[SideKey]:
    """Keys under which an item is found by decision_probes."""
    name = normalize_name(item.name)
    if item.code is None:
        return [("uncoded name", name), ("name", name)]
    return [("code", comparison_key(item.code)), ("name", name)]


def identity(decision: Decision) -> tuple:
    """What makes two decision rows about the same pair (duplicates and conflicts are found by it)."""
    return (
        decision.kind,
        government_key(decision.left_government),
        decision_probes(decision.left_code, decision.left_name)[0],
        _agency_key(decision.left_code, decision.left_agency),
        government_key(decision.right_government),
        decision_probes(decision.right_code, decision.right_name)[0],
        _agency_key(decision.right_code, decision.right_agency),
    )


def _agency_key(code_text: str, agency: str) -> str:
    """The agency that tells a codeless side apart ('' for a coded one: its code names the item)."""
    return normalize_name(agency) if agency and _code_key(code_text) is None else ""


# --- reading ------------------------------------------------------------------------------------


@functools.cache
def _header_names() -> dict[str, str]:
    """Every column header (both languages, CSV spellings) -> its label key."""
    names: dict[str, str] = {}
    for labels in LABELS.values():
        for key in (*COLUMNS, *OPTIONAL_COLUMNS, "kind"):
            names[_header_text(labels[key])] = key
    for key in (*COLUMNS, *OPTIONAL_COLUMNS, "kind"):
        names[_header_text(key)] = key
    return names


def _header_text(value: object) -> str:
    """'Left_Government ' -> 'left government'."""
    return " ".join(cell_text(value).replace("_", " ").casefold().split())


@functools.cache
def _kind_names() -> dict[str, Kind]:
    """Kind names (both languages, JSON values) -> Kind."""
    names = {_header_text(kind.value): kind for kind in LINKED_KINDS}
    for labels in LABELS.values():
        names.update({_header_text(labels[f"kind_{kind.value}"]): kind for kind in LINKED_KINDS})
    return names


@functools.cache
def _sheet_kinds() -> dict[str, Kind]:
    """Link sheet names (both languages) -> the kind they list."""
    return {labels[f"sheet_links_{kind.value}"].casefold(): kind for labels in LABELS.values() for kind in LINKED_KINDS}


@dataclass
class _Reading:
    """Decisions and problems found while reading one decisions file."""

    file: str
    decisions: list[Decision] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    tables: int = 0

    def warn(self, sheet: str, row: int, message: str) -> None:
        """Record a problem with one row."""
        self.warnings.append(Finding(SourceRef(self.file, sheet, row), message, kind="decision"))


def read_decisions(path: str) -> tuple[list[Decision], list[Finding]]:
    """Decisions from an overlap workbook (any language) or a CSV; InputFileError when none is a table."""
    reading = _Reading(os.path.basename(path))
    for sheet in load_sheets(path):
        _read_sheet(sheet, reading)
    if not reading.tables:
        columns = ", ".join(key.replace("_", " ") for key in ("kind", *COLUMNS))
        raise InputFileError(say("error.no_decision_table", columns=columns), file=reading.file)
    decisions, conflicts = _merge(reading.decisions, reading.file)
    return decisions, reading.warnings + conflicts


def _read_sheet(sheet: RawSheet, reading: _Reading) -> None:
    """The decisions of one sheet whose header row names the decision columns."""
    found = _find_header(sheet)
    if found is None:
        return
    header_row, columns = found
    reading.tables += 1
    sheet_kind = _sheet_kinds().get(sheet.name.casefold())
    for number, row in enumerate(sheet.rows[header_row + 1 :], start=header_row + 2):
        decision = _row_decision(row, columns, sheet_kind, SourceRef(reading.file, sheet.name, number), reading)
        if decision is not None:
            reading.decisions.append(decision)


def _find_header(sheet: RawSheet) -> tuple[int, dict[str, int]] | None:
    """(0-based header row, label key -> column) of the first row naming every decision column."""
    names = _header_names()
    for index, row in enumerate(sheet.rows[:HEADER_ROWS]):
        columns: dict[str, int] = {}
        for col, value in enumerate(row):
            key = names.get(_header_text(value))
            if key is not None:
                columns.setdefault(key, col)
        if all(key in columns for key in COLUMNS):
            return index, columns
    return None


def _row_decision(row: tuple, columns: dict[str, int], sheet_kind: Kind | None, ref: SourceRef, reading: _Reading) -> Decision | None:
    """One row as a Decision; None (with a warning when the row is odd) when it holds none."""

    def text(key: str) -> str:
        col = columns.get(key)
        return cell_text(row[col]).strip() if col is not None and col < len(row) else ""

    word = text("decision")
    if not word:
        return None
    choice = CHOICE_WORDS.get(word.casefold().rstrip(".!"))
    if choice is None:
        reading.warn(ref.sheet, ref.row, say("decisions.not_understood", word=word))
        return None
    kind = _kind_names().get(_header_text(text("kind"))) or sheet_kind or _kind_of_code(text("left_code"), text("right_code"))
    if kind is None or not (text("left_name") or text("left_code")) or not (text("right_name") or text("right_code")):
        reading.warn(ref.sheet, ref.row, say("decisions.incomplete"))
        return None
    return Decision(
        kind, text("left_government"), text("left_code"), text("left_name"),
        text("right_government"), text("right_code"), text("right_name"), choice, ref,
        left_agency=text("left_agency"), right_agency=text("right_agency"),
    )  # fmt: skip


def _kind_of_code(*codes: str) -> Kind | None:
    """The linked kind a code names by its depth, from the first side that has one."""
    for code_text in codes:
        code = parse_code(code_text) if code_text else None
        if code is not None and code.kind in LINKED_KINDS:
            return code.kind
    return None


def _merge(decisions: list[Decision], file: str) -> tuple[list[Decision], list[Finding]]:
    """One decision per pair: Ya/Tidak beats Ragu; Ya against Tidak leaves the pair for review."""
    groups: dict[tuple, list[list[Decision]]] = defaultdict(list)
    for decision in decisions:
        _add_to_pair(groups[identity(decision)], decision)
    merged, warnings = [], []
    for group in (pair for pairs in groups.values() for pair in pairs):
        definite = {d.choice for d in group} - {Choice.UNSURE}
        if len(definite) > 1:
            first = group[0]
            where = joined(*(say("where.named_sheet_row", sheet=d.ref.sheet, row=d.ref.row) for d in group if d.ref), separator=", ")
            message = say("decisions.conflict", left=first.left_name, right=first.right_name, where=where)
            warnings.append(Finding(first.ref or SourceRef(file, "", 0), message, kind="decision"))
            merged.append(replace(first, choice=Choice.UNSURE))
        else:
            choice = definite.pop() if definite else Choice.UNSURE
            merged.append(next(d for d in group if d.choice is choice))
    return merged, warnings


def _add_to_pair(pairs: list[list[Decision]], decision: Decision) -> None:
    """Add a decision to the decisions of its pair among those of one identity: a code written under two
    different names is two items (tally.distinct_items), so both sides' names must be alike too."""
    for pair in pairs:
        first = pair[0]
        if not names_differ(first.left_name, decision.left_name) and not names_differ(first.right_name, decision.right_name):
            pair.append(decision)
            return
    pairs.append([decision])


# --- applying -----------------------------------------------------------------------------------


def confirmed_link(link: Link) -> Link:
    """A link a reviewer confirmed: identical with the same code on both sides, else similar (saying so when codes differ)."""
    codes = other_codes(link.left, link.right)
    relation = Relation.IDENTICAL if coded(link.left) and coded(link.right) and not codes else Relation.SIMILAR
    matcher = say("decisions.matcher", relation=link.relation.value, reason=link.reason) if link.reason else say("decisions.not_proposed")
    reason = joined(say("decisions.other_codes", left_code=codes[0], right_code=codes[1]) if codes else CONFIRMED, matcher)
    return replace(link, relation=relation, reason=reason, decided=Choice.YES.value)


def unsure_link(link: Link) -> Link:
    """A link the reviewer left undecided: back to review."""
    return replace(link, relation=Relation.REVIEW, reason=joined(say("decisions.unsure"), link.reason), decided=Choice.UNSURE.value)


def _under_rejected(link: Link, fallen: dict[tuple[SourceRef, SourceRef], str]) -> Link:
    """A link whose parents a reviewer rejected (or whose parents are under such a pair), saying so first."""
    rejection = fallen.get((link.left.parent, link.right.parent)) if not link.decided else None
    return replace(link, reason=joined(rejection, link.reason)) if rejection else link


def _fell(link: Link) -> bool:
    """True when a link is a review candidate only because a reviewer rejected a pair above it."""
    return made_with(link.reason, "decisions.parent_rejected")


def _rejection_of(link: Link) -> str:
    """The rejection a fallen link names first (its children name it too)."""
    return link.reason if isinstance(link.reason, Message) else link.reason.parts[0]  # type: ignore[attr-defined]


class _ItemIndex:
    """Items of one plan and kind, found by decision keys."""

    def __init__(self, items: Iterable[Item]) -> None:
        self._by_key: dict[SideKey, list[Item]] = defaultdict(list)
        for item in items:
            for key in item_keys(item):
                self._by_key[key].append(item)

    def find(self, code_text: str, name: str, agency: str = "") -> dict[Item, bool]:
        """The items one side of a decision names, in file order, each once: item -> named as decided.

        A code written on rows of different names is as many items (tally.distinct_items): the decision
        names the rows whose name is the decided one's (typos, abbreviations and added words aside). When
        none is, and the code is one item only, that item was renamed since the decision: it is named
        too, but not as decided (a decision naming it as it is now wins).
        """
        found: dict[Item, bool] = {}
        for key in decision_probes(code_text, name):
            items = self._by_key.get(key, ())
            if key[0] == "code":
                alike = [item for item in items if not names_differ(item.name, name)]
                if alike or not _one_item(items):
                    found.update(dict.fromkeys(alike, True))
                    continue
                found.update(dict.fromkeys(items, False))
            else:
                found.update(dict.fromkeys(_of_agency(items, agency), True))
        return found


def _of_agency(items: list[Item], agency: str) -> list[Item]:
    """The items of a codeless name that the decision's agency names: one support program decided is not every
    agency's. Rows of one agency (or of none) are the decided item whatever agency the decision names."""
    if not agency or len({normalize_name(item.agency) for item in items}) <= 1:
        return items
    key = normalize_name(agency)
    return [item for item in items if normalize_name(item.agency) == key]


def _one_item(items: Iterable[Item]) -> bool:
    """True when rows of one code are one item: no two of them are named differently."""
    names = list(dict.fromkeys(item.name for item in items))
    return all(not names_differ(names[0], other) for other in names[1:])


class DecisionBook:
    """Decisions read once, applied pair by pair and kind by kind as the matcher links.

    Applying is stateless (it may run in forked workers); settle() then records, in the calling
    process, what became of each decision.
    """

    def __init__(self, decisions: list[Decision], warnings: list[Finding] | None = None) -> None:
        self.decisions = decisions
        self.read_warnings = list(warnings or [])
        self._status: dict[int, str] = {}
        self._other_codes: dict[int, Finding] = {}  # a Ya on rows of different codes: warned about once
        self._by_pair: dict[tuple[str, str, Kind], list[int]] = defaultdict(list)
        for index, decision in enumerate(decisions):
            pair = (government_key(decision.left_government), government_key(decision.right_government), decision.kind)
            self._by_pair[pair].append(index)

    @classmethod
    def from_file(cls, path: str) -> "DecisionBook":
        """Read a decisions workbook or CSV."""
        return cls(*read_decisions(path))

    def only_left(self, government: str, last_of: Iterable[str] | None = None) -> "DecisionBook":
        """A fresh book of the decisions whose higher government is this one (for one province group).

        ``last_of``: every group's province, given for the run's last group, which then takes the decisions
        about none of them too (warned about and kept as in a run of all groups, rather than lost).
        """
        key = government_key(government)
        others = {government_key(name) for name in last_of} if last_of is not None else None

        def taken(decision: Decision) -> bool:
            left = government_key(decision.left_government)
            return left == key or (others is not None and left not in others)

        return DecisionBook([d for d in self.decisions if taken(d)], self.read_warnings)

    def _indices(self, left: Plan, right: Plan, kind: Kind) -> list[int]:
        """The decisions about one pair of governments and one kind."""
        return self._by_pair.get((government_key(left.label), government_key(right.label), kind), [])

    def adjuster(self, left: Plan, right: Plan) -> Adjust | None:
        """The hook the matcher calls after linking each kind of one pair; None when no decision concerns it."""
        if not any(self._indices(left, right, kind) for kind in LINKED_KINDS):
            return None

        fallen: dict[tuple[SourceRef, SourceRef], str] = {}  # pair -> the rejection its children name

        def adjust(kind: Kind, links: list[Link]) -> list[Link]:
            indices = self._indices(left, right, kind)
            pairs = self._pairs(indices, left, right, kind) if indices else {}
            out = self._apply(pairs, links) if indices else links
            out = [_under_rejected(link, fallen) for link in out]
            fallen.clear()
            fallen.update({(link.left.ref, link.right.ref): _rejection_of(link) for link in out if _fell(link)})
            fallen.update(self._rejections(pairs, links))
            return out

        return adjust

    def _rejections(self, pairs: dict, links: list[Link]) -> dict[tuple[SourceRef, SourceRef], str]:
        """The linked pairs a decision rejects, each with the reason its children will give."""
        linked = {(link.left.ref, link.right.ref) for link in links}
        return {
            key: say("decisions.parent_rejected", kind=left_item.kind.value.replace("_", " "), left=left_item.name, right=right_item.name)
            for key, (index, left_item, right_item) in pairs.items()
            if key in linked and self.decisions[index].choice is Choice.NO
        }

    def _apply(self, pairs: dict[tuple[SourceRef, SourceRef], tuple[int, Item, Item]], links: list[Link]) -> list[Link]:
        """Confirm, drop or send back to review the links the decisions name; add confirmed pairs not linked."""
        pairs = dict(pairs)
        out: list[Link] = []
        for link in links:
            hit = pairs.pop((link.left.ref, link.right.ref), None)
            choice = self.decisions[hit[0]].choice if hit else None
            if choice is None:
                out.append(link)
            elif choice is not Choice.NO:
                out.append(confirmed_link(link) if choice is Choice.YES else unsure_link(link))
        for index, left, right in pairs.values():
            if self.decisions[index].choice is Choice.YES:
                out.append(confirmed_link(Link(left.kind, Relation.SIMILAR, 0.0, "", left, right)))
        return out

    def _pairs(self, indices: list[int], left: Plan, right: Plan, kind: Kind) -> dict[tuple[SourceRef, SourceRef], tuple[int, Item, Item]]:
        """(left row, right row) -> (decision, items) for every pair of items a decision names.

        A pair two decisions name goes to the one naming both items as decided, else to the first.
        """
        lefts, rights = _ItemIndex(left.items_of(kind)), _ItemIndex(right.items_of(kind))
        ranked: dict[tuple[SourceRef, SourceRef], tuple[int, int, Item, Item]] = {}
        for index in indices:
            decision = self.decisions[index]
            found_right = rights.find(decision.right_code, decision.right_name, decision.right_agency)
            for left_item, left_named in lefts.find(decision.left_code, decision.left_name, decision.left_agency).items():
                for right_item, right_named in found_right.items():
                    key, rank = (left_item.ref, right_item.ref), 2 - left_named - right_named
                    if key not in ranked or rank < ranked[key][0]:
                        ranked[key] = (rank, index, left_item, right_item)
        return {key: (index, left_item, right_item) for key, (_, index, left_item, right_item) in ranked.items()}

    def labelled_pairs(self, left: Plan, right: Plan) -> list[tuple[Kind, tuple[SourceRef, SourceRef], Choice]]:
        """(kind, (left row, right row), choice) for every pair of items of two plans a decision names."""
        found = []
        for kind in LINKED_KINDS:
            indices = self._indices(left, right, kind)
            if indices:
                pairs = self._pairs(indices, left, right, kind)
                found.extend((kind, key, self.decisions[index].choice) for key, (index, _, _) in pairs.items())
        return found

    def settle(self, left: Plan, right: Plan, links: list[Link]) -> None:
        """Record what became of the decisions about one pair, from its final links."""
        linked = {(link.left.ref, link.right.ref) for link in links}
        for kind in LINKED_KINDS:
            indices = self._indices(left, right, kind)
            if not indices:
                continue
            for key, (index, left_item, right_item) in self._pairs(indices, left, right, kind).items():
                choice = self.decisions[index].choice
                status = "" if key in linked else (REJECTED if choice is Choice.NO else NOT_LINKED)
                if not status and choice is Choice.YES and other_codes(left_item, right_item):
                    self._other_codes.setdefault(index, other_codes_note(self.decisions[index], left_item, right_item))
                if self._status.get(index) != "":
                    self._status[index] = status

    def kept(self) -> tuple[Decision, ...]:
        """Decisions on no link row after the run, each with its status, in reading order."""
        return tuple(
            replace(decision, status=self._status.get(index, UNMATCHED))
            for index, decision in enumerate(self.decisions)
            if self._status.get(index, UNMATCHED)
        )

    def warnings(self, plans: list[Plan]) -> list[Finding]:
        """Reading problems, then decisions that matched nothing (one line per absent pair of governments)."""
        known = {government_key(plan.label) for plan in plans}
        found = [*self.read_warnings, *self._other_codes.values()]
        absent: Counter[tuple[str, str]] = Counter()
        for decision in self.kept():
            if decision.status != UNMATCHED:
                continue
            left, right = government_key(decision.left_government), government_key(decision.right_government)
            if left not in known or right not in known:
                absent[(decision.left_government, decision.right_government)] += 1
                continue
            message = say("decisions.no_items", kind=decision.kind.value.replace("_", " "), left=decision.left_name, right=decision.right_name)
            found.append(Finding(decision.ref or SourceRef("", "", 0), message, kind="decision"))
        for (left, right), count in absent.items():
            message = say("decisions.not_compared" if count > 1 else "decisions.not_compared_one", count=Count(count), left=left, right=right)
            found.append(Finding(SourceRef(self._file(), "", 0), message, kind="decision"))
        return found

    def _file(self) -> str:
        """The decisions file name, for warnings about the file as a whole."""
        return next((d.ref.file for d in self.decisions if d.ref), "")


def decision_counts(links: Iterable[Link], kept: Iterable[Decision]) -> tuple[int, int, int, int, int]:
    """(links confirmed, pairs rejected, links left unsure, decisions that matched nothing, links under rejected pairs)."""
    decided: Counter[str] = Counter()
    fallen = 0
    for link in links:
        decided[link.decided] += 1
        fallen += _fell(link)
    statuses = Counter(decision.status for decision in kept)
    return decided[Choice.YES.value], statuses[REJECTED], decided[Choice.UNSURE.value], statuses[UNMATCHED], fallen
