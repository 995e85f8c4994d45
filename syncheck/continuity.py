"""Year-to-year continuity of one government's plan: the link stage, across years instead of levels.

Items of two consecutive plans are joined level by level (programs, then kegiatan, then sub
kegiatan, so a parent's match is context for its children), on the same evidence a reviewer
uses: the nomenclature code, the name once spelling and abbreviations are set aside, and the
parent. Every distinct item of either year ends up in exactly one entry: continued, renamed,
new or dropped.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from .audit_models import AuditOptions, Candidate, Change, Status, Unit, YearPlan
from .codes import comparison_key
from .differences import token_difference
from .entries import Entry, prepare
from .match import name_scores
from .messages import joined, say
from .models import LINKED_KINDS, Item, Kind, Plan, SourceRef
from .normalize import COUNTERPART_WORDS, STOP_WORDS, Rule, normalize_name
from .wording import word_list

#: words that tell two otherwise equal names apart (school level, enterprise size, repair grade, ...)
CONTRAST_WORDS = frozenset(
    {"dasar", "menengah", "atas", "pertama", "kecil", "mikro", "besar", "sedang", "ringan", "berat",
     "primer", "sekunder", "tersier", "lintas", "dalam", "luar"}
) | COUNTERPART_WORDS
#: share of the shorter name's words a same-code pair must keep to be a rename below the score threshold
KEPT_WORDS = 2 / 3
_PARENT_DEPTH = {Kind.KEGIATAN: 3, Kind.SUB_KEGIATAN: 5}
_NOTHING = "nothing"  # a pair with no evidence worth a reviewer's time
#: the new year's row each earlier kind's old row was joined with (the context of their children)
Matched = dict[SourceRef, SourceRef]


@dataclass
class _Side:
    """One year's distinct items of one kind, with what matching needs to know about them."""

    year: int
    units: list[Unit]
    entries: list[Entry]
    codes: list[set[tuple[str, ...]]]  # comparison keys (2- and 4-digit sub kegiatan numbers alike)
    parents: list[set[SourceRef]]
    names: Counter  # how many distinct items carry each fuzzy key
    words: list[tuple[str, ...]]  # every word of the name, normalized (level and function words kept)


@dataclass(frozen=True)
class _Pair:
    """A scored candidate pair and what the evidence says about it."""

    i: int
    j: int
    rank: int  # lower wins: 0 same code and name, 1 same name in context, 2 same unique name, 3-4 renames
    status: Status | str | None  # None: only a candidate for review; _NOTHING: not even that
    score: float
    reason: str


def link_years(old: YearPlan, new: YearPlan, options: AuditOptions, rules: tuple[Rule, ...] | None = None) -> tuple[list[Change], list[Candidate]]:
    """Continuity entries of every linked kind between two plans of one government.

    Within one government the level words do not differ between years, so a name is the same only
    when every word is (case, abbreviations, '(Lanjutan)' and typos set aside); core words without
    level and function words only find the candidates and score them.
    """
    old_rows, new_rows = _row_index(old.plan), _row_index(new.plan)
    old_entries, new_entries = _entries(old.plan, rules), _entries(new.plan, rules)
    old_budgets, new_budgets = _row_budgets(old.plan), _row_budgets(new.plan)
    old_rep: dict[SourceRef, SourceRef] = {}
    new_rep: dict[SourceRef, SourceRef] = {}
    matched: Matched = {}
    changes: list[Change] = []
    candidates: list[Candidate] = []
    for kind in LINKED_KINDS:
        left = _side(old.year, old.plan, kind, old_rows, old_entries, old_budgets, old_rep, rules)
        right = _side(new.year, new.plan, kind, new_rows, new_entries, new_budgets, new_rep, rules)
        pairs, review = _link_kind(kind, left, right, matched, options)
        for pair in pairs:
            matched[left.units[pair.i].ref] = right.units[pair.j].ref
        changes.extend(_changes(old.government, kind, left, right, pairs))
        candidates.extend(
            Candidate(old.government, kind, old.year, new.year, left.units[p.i], right.units[p.j], round(p.score, 1), p.reason)
            for p in review
        )
    return changes, candidates


def _row_index(plan: Plan) -> dict[SourceRef, Item]:
    """Every item of the plan by its row."""
    return {item.ref: item for item in plan.items}


def _entries(plan: Plan, rules: tuple[Rule, ...] | None) -> dict[SourceRef, Entry]:
    """Normalized names and code evidence of every linked-kind row (entries.prepare)."""
    return {entry.item.ref: entry for entries in prepare(plan, rules).values() for entry in entries}


def _row_budgets(plan: Plan) -> dict[SourceRef, int | None]:
    """Each row's own budget; a row without one gets the sum of its children (a kegiatan typed without a total)."""
    children: dict[SourceRef, list[Item]] = defaultdict(list)
    for item in plan.items:
        if item.parent is not None:
            children[item.parent].append(item)
    budgets: dict[SourceRef, int | None] = {}

    def budget(item: Item) -> int | None:
        if item.ref not in budgets:
            budgets[item.ref] = item.budget
            if item.budget is None and children.get(item.ref):
                parts = [b for b in (budget(child) for child in children[item.ref]) if b is not None]
                budgets[item.ref] = sum(parts) if parts else None
        return budgets[item.ref]

    for item in plan.items:
        budget(item)
    return budgets


def _side(
    year: int, plan: Plan, kind: Kind, rows: dict[SourceRef, Item], entries: dict[SourceRef, Entry],
    budgets: dict[SourceRef, int | None], reps: dict[SourceRef, SourceRef], rules: tuple[Rule, ...] | None,
) -> _Side:
    """The distinct items of one kind (tally.distinct_items), their codes and their parents' items."""
    items = list(plan.items_of(kind))
    groups = item_groups(items, rules)
    reps.update(groups)
    members: dict[SourceRef, list[Item]] = defaultdict(list)
    for item in items:
        members[groups[item.ref]].append(item)
    position = {item.ref: index for index, item in enumerate(plan.items)}
    units, codes, parents = [], [], []
    for rep, group in members.items():
        own = [budgets.get(item.ref) for item in group]
        total = sum(b for b in own if b is not None) if any(b is not None for b in own) else None
        units.append(Unit(kind, rows[rep], tuple(item.ref for item in group), total, position[rep]))
        codes.append({comparison_key(item.code) for item in group if _coded(item)})
        parents.append({reps.get(item.parent, item.parent) for item in group if item.parent is not None})
    prepared = [entries[unit.ref] for unit in units]
    words = [tuple(normalize_name(unit.item.name, rules).split()) for unit in units]
    return _Side(year, units, prepared, codes, parents, Counter(_key(entry) for entry in prepared), words)


def item_groups(items: list[Item], rules: tuple[Rule, ...] | None = None) -> dict[SourceRef, SourceRef]:
    """Each row mapped to the first row of its distinct item (items of one kind).

    One code is one item, whatever the agency; a row without a code is the coded item of the same
    name under the same parent, else one item with the other codeless rows of that name there.
    Two codes never merge, even under one name ('Penambahan Ruang Kelas Baru' of SD and of SMP).
    """
    groups: dict[SourceRef, SourceRef] = {}
    by_code: dict[tuple[str, ...], SourceRef] = {}
    by_name: dict[tuple[str, str], SourceRef] = {}
    for item in (item for item in items if _coded(item)):
        groups[item.ref] = by_code.setdefault(comparison_key(item.code), item.ref)
        by_name.setdefault(_name_key(item, rules), groups[item.ref])
    for item in (item for item in items if not _coded(item)):
        groups[item.ref] = by_name.setdefault(_name_key(item, rules), item.ref)
    return {item.ref: groups[item.ref] for item in items}


def _name_key(item: Item, rules: tuple[Rule, ...] | None) -> tuple[str, str]:
    """(parent, name): where a name identifies an item; a program's parent is its agency."""
    if item.kind is Kind.PROGRAM:
        parent = normalize_name(item.agency)
    elif item.kind is Kind.KEGIATAN:
        parent = item.program_code or normalize_name(item.program_name)
    else:
        parent = f"{item.program_code}/{item.kegiatan_code or normalize_name(item.kegiatan_name)}"
    return parent, normalize_name(item.name, rules)


def _coded(item: Item) -> bool:
    """A row whose code names its own kind (not a placeholder X.XX code)."""
    return item.code is not None and item.code.kind is item.kind and item.code.segments[0] != "X"


def _link_kind(kind: Kind, old: _Side, new: _Side, matched: Matched, options: AuditOptions) -> tuple[list[_Pair], list[_Pair]]:
    """One-to-one pairs of one kind, best evidence first; the leftover near pairs for review."""
    pairs = _same_code_same_name(old, new)
    taken_old, taken_new = {p.i for p in pairs}, {p.j for p in pairs}
    rest_old = [i for i in range(len(old.units)) if i not in taken_old]
    rest_new = [j for j in range(len(new.units)) if j not in taken_new]
    scored = [_judge(kind, old, new, i, j, score, matched, options) for i, j, score in _candidates(old, new, rest_old, rest_new, options)]
    review = []
    for pair in sorted(scored, key=lambda p: (p.rank, -p.score, old.units[p.i].position, new.units[p.j].position)):
        if pair.i in taken_old or pair.j in taken_new or pair.status == _NOTHING:
            continue
        if pair.status is None:
            review.append(pair)
            continue
        pairs.append(pair)
        taken_old.add(pair.i)
        taken_new.add(pair.j)
    return pairs, [p for p in review if p.i not in taken_old and p.j not in taken_new]


def _same_code_same_name(old: _Side, new: _Side) -> list[_Pair]:
    """Pass 1: the same code and the same name (the bulk of any plan)."""
    by_code: dict[tuple[str, ...], int] = {}
    for j, codes in enumerate(new.codes):
        for code in codes:
            by_code.setdefault(code, j)
    pairs, taken = [], set()
    for i, codes in enumerate(old.codes):
        for code in sorted(codes):
            j = by_code.get(code)
            if j is not None and j not in taken and _names_equal(old.words[i], new.words[j]):
                pairs.append(_Pair(i, j, 0, Status.CONTINUED, 100.0, joined(say("match.same_code", code=_code_text(old, i)), say("continuity.same_name"))))
                taken.add(j)
                break
    return pairs


def _candidates(old: _Side, new: _Side, rest_old: list[int], rest_new: list[int], options: AuditOptions) -> list[tuple[int, int, float]]:
    """(i, j, score) for the remaining pairs that share a code or whose names are alike."""
    if not rest_old or not rest_new:
        return []
    scores = name_scores([_key(old.entries[i]) for i in rest_old], [_key(new.entries[j]) for j in rest_new])
    cutoff = min(options.review_threshold, options.rename_threshold)
    found = {(int(a), int(b)) for a, b in zip(*(scores >= cutoff).nonzero())}
    new_by_code: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for b, j in enumerate(rest_new):
        for code in new.codes[j]:
            new_by_code[code].append(b)
    for a, i in enumerate(rest_old):
        for code in old.codes[i]:
            found.update((a, b) for b in new_by_code.get(code, []))
    return [(rest_old[a], rest_new[b], float(scores[a][b])) for a, b in sorted(found)]


def _key(entry: Entry) -> str:
    """The fuzzy key of a name: its sorted core words, or the whole normalized name when it has none."""
    return entry.key or normalize_name(entry.item.name)


def _names_equal(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """The same words as often (so dropping a second 'dan' is a change), typos and glued words paired off."""
    extra_left, extra_right = Counter(left) - Counter(right), Counter(right) - Counter(left)
    if not extra_left and not extra_right:
        return True
    only_left, only_right, _ = token_difference(tuple(extra_left.elements()), tuple(extra_right.elements()))
    return not only_left and not only_right


def _judge(kind: Kind, old: _Side, new: _Side, i: int, j: int, score: float, matched: Matched, options: AuditOptions) -> _Pair:
    """What one candidate pair is: continued, renamed, or only a candidate for review."""
    same_code = old.codes[i] & new.codes[j]
    context = _context(kind, old, new, i, j, matched)
    if _names_equal(old.words[i], new.words[j]):
        detail = _code_detail(old, new, i, j)
        if same_code or context:
            return _Pair(i, j, 1, Status.CONTINUED, score, joined(say("continuity.same_name"), detail))
        if (not old.codes[i] or not new.codes[j]) and _unique_name(old, new, i, j):
            return _Pair(i, j, 2, Status.CONTINUED, score, joined(say("continuity.same_name_only"), detail))
        if _moved_in_program(old, new, i, j) and _unique_name(old, new, i, j):
            # the one item of that name, numbered under another kegiatan of its program: the item under a changed code
            return _Pair(i, j, 2, Status.RENAMED, score, say("continuity.moved", detail=detail))
        return _Pair(i, j, 9, None, score, say("continuity.same_name_elsewhere", detail=detail))
    return _rename(old, new, i, j, score, bool(same_code), context, options)


def _rename(old: _Side, new: _Side, i: int, j: int, score: float, same_code: bool, context: bool, options: AuditOptions) -> _Pair:
    """A renamed item (same code, or the same parent and a near name), a candidate for review, or nothing."""
    left, right = old.entries[i], new.entries[j]
    if same_code:
        code = _code_text(old, i)
        if score >= options.rename_threshold or _kept_share(left, right) >= KEPT_WORDS:
            return _Pair(i, j, 3, Status.RENAMED, score, joined(say("match.same_code", code=code), say("continuity.name_changed", score=f"{score:.0f}")))
        return _Pair(i, j, 9, None, score, say("continuity.names_differ", code=code, score=f"{score:.0f}"))
    only_left, only_right, _ = token_difference(old.words[i], new.words[j])
    contrast = bool(only_left and only_right and _contrasting((only_left | only_right) - STOP_WORDS))
    one_sided = not only_left or not only_right
    if context and not contrast and (score >= options.threshold or (one_sided and score >= options.review_threshold)):
        return _Pair(i, j, 4, Status.RENAMED, score, joined(say("continuity.renamed_in_place", score=f"{score:.0f}"), _code_detail(old, new, i, j)))
    words = word_list(only_left | only_right)[:80]
    status = None if context and score >= options.review_threshold else _NOTHING
    return _Pair(i, j, 9, status, score, say("continuity.names_alike", score=f"{score:.0f}", words=words))


def _context(kind: Kind, old: _Side, new: _Side, i: int, j: int, matched: Matched) -> bool:
    """Same place in the plan: the same agency bidang for programs, matched or same-coded parents below."""
    left, right = old.entries[i], new.entries[j]
    if kind is Kind.PROGRAM:
        if left.bidang and right.bidang:
            return left.bidang == right.bidang
        agency = normalize_name(left.item.agency)
        return bool(agency) and agency == normalize_name(right.item.agency)
    if any(matched.get(parent) in new.parents[j] for parent in old.parents[i]):
        return True
    depth = _PARENT_DEPTH[kind]
    return bool({code[:depth] for code in old.codes[i]} & {code[:depth] for code in new.codes[j]})


def _moved_in_program(old: _Side, new: _Side, i: int, j: int) -> bool:
    """True when both rows carry a code and the codes name one program (urusan, bidang, program alike)."""
    before, after = _code_text(old, i), _code_text(new, j)
    return bool(before and after) and before.split(".")[:3] == after.split(".")[:3] and before.count(".") > 2


def _unique_name(old: _Side, new: _Side, i: int, j: int) -> bool:
    """The name names one item in each plan, so a missing code cannot hide a second one."""
    return old.names[_key(old.entries[i])] == 1 and new.names[_key(new.entries[j])] == 1


def _kept_share(left: Entry, right: Entry) -> float:
    """Share of the shorter name's core words that both names keep (typos paired off)."""
    only_left, _, _ = token_difference(left.tokens, right.tokens)
    shorter = min(len(set(left.tokens)), len(set(right.tokens)))
    return len(set(left.tokens) - only_left) / shorter if shorter else 0.0


def _contrasting(words: set[str]) -> bool:
    """Words that make two names different items: a letter or number ('Tipe A'), a contrast word."""
    return any(len(word) <= 2 or word.isdigit() or word in CONTRAST_WORDS or set(word) <= set("ivxl") for word in words)


def _code_detail(old: _Side, new: _Side, i: int, j: int) -> str:
    """'code 1.02 -> 1.03', 'no code in 2024', 'same code 1.02'."""
    before, after = _code_text(old, i), _code_text(new, j)
    if not before:
        return say("continuity.no_code", year=old.year)
    if not after:
        return say("continuity.no_code", year=new.year)
    return say("match.same_code", code=before) if before == after else say("continuity.code_changed", before=before, after=after)


def _code_text(side: _Side, index: int) -> str:
    """The item's code as the plan shows it, empty when none of its rows has one."""
    unit = side.units[index]
    return unit.item.code_text if side.codes[index] and _coded(unit.item) else ".".join(min(side.codes[index], default=()))


def _changes(government: str, kind: Kind, old: _Side, new: _Side, pairs: list[_Pair]) -> list[Change]:
    """Entries in plan order: old items (continued, renamed, dropped), then the new ones."""
    by_old = {p.i: p for p in pairs}
    taken_new = {p.j for p in pairs}
    out = []
    for i, unit in enumerate(old.units):
        pair = by_old.get(i)
        if pair is None:
            out.append(Change(government, kind, old.year, new.year, Status.DROPPED, unit, None, None, say("continuity.not_in_plan", year=new.year)))
        else:
            out.append(Change(government, kind, old.year, new.year, pair.status, unit, new.units[pair.j], round(pair.score, 1), pair.reason))
    for j, unit in enumerate(new.units):
        if j not in taken_new:
            out.append(Change(government, kind, old.year, new.year, Status.NEW, None, unit, None, say("continuity.not_in_plan", year=old.year)))
    return out
