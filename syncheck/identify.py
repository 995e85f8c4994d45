"""Give codeless or miscoded rows their official identity from the nomenclature master.

A stage of ``compare --nomenclature``: before matching, a program, kegiatan or sub kegiatan row
without a usable code, with a code the list does not have, or with a code the list gives to a
different item, is looked up by name among the list's items of its kind, at its plan's level and,
where the parent rows say so, under its parent. The row keeps its own code (the outputs show what
the plan said); the official one is recorded on ``Item.official`` and match.py uses it as code
evidence. Conservative: a row is identified only when exactly one item fits its name.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .codes import comparison_key, opd_bidang, parse_code
from .entries import agency_bidangs
from .messages import joined, say
from .models import LINKED_KINDS, Code, Item, Kind, Link, OfficialIdentity, Plan, SourceRef
from .nomenclature import Entry, Master, localize, master_level, name_relation
from .normalize import item_name_parts

#: lowest name score (0-100) at which a row is given the official identity of a list item
IDENTIFY_SCORE = 90.0
#: a name only spelled like the best item (a typo, say) must beat every other item by this many points
MARGIN = 3.0
#: how many of the closest names are weighed
CANDIDATES = 8

_RANK = {"equal": 0, "spelling": 1, "different": 2}
_WHY = {
    "no_code": "identify.no_code",
    "unknown_code": "identify.unknown_code",
    "other_item": "identify.other_item",
}


@dataclass(frozen=True)
class _Candidate:
    """A list item weighed for a row: how its name relates to the row's, and the score."""

    entry: Entry
    relation: str
    score: float


def identify_plans(plans: list[Plan], master: Master) -> list[Plan]:
    """Every plan with its codeless or miscoded rows identified (other rows unchanged)."""
    return [identify_plan(plan, master) for plan in plans]


def identify_plan(plan: Plan, master: Master) -> Plan:
    """The plan with ``official`` set on the rows the master identifies by name."""
    level = master_level(plan.level)
    by_ref = {item.ref: item for item in plan.items}
    trusted: dict[SourceRef, Code] = {}  # rows whose code the list confirms, or the code it assigned
    items = []
    for item in plan.items:
        if item.kind in LINKED_KINDS:
            problem = code_problem(item, master, level)
            if problem is not None:
                item = _identified(item, master, level, problem, _parent_code(item, trusted, by_ref, master))
            code = item.official_code if problem else item.code
            if code is not None:
                trusted[item.ref] = code
            item = _with_listed_kegiatan(item, master, level)
        items.append(item)
    return replace(plan, items=_placeholders_localized(items))


def _placeholders_localized(items: list[Item]) -> tuple[Item, ...]:
    """The items, a support-program identity still under ``X.XX`` written under its agency's bidang when the
    agency's other rows (their codes or identities) say which; otherwise left as the list writes it."""
    bidang_of = agency_bidangs(tuple(items))
    out = []
    for item in items:
        code = item.official_code
        if code is not None and code.segments[0] == "X" and bidang_of.get(item.agency):
            item = replace(item, official=replace(item.official, code=localize(code, bidang_of[item.agency])))
        out.append(item)
    return tuple(out)


def _with_listed_kegiatan(item: Item, master: Master, level: str | None) -> Item:
    """A coded sub kegiatan without a kegiatan row above it, given the name the list gives its code's kegiatan."""
    if item.kind is not Kind.SUB_KEGIATAN or item.kegiatan_code or item.kegiatan_name:
        return item  # (a kegiatan row above it, or a kegiatan column, names its kegiatan)
    code = item.official_code or item.code
    if code is None or len(code.segments) != 6:
        return item
    entry = master.get(Code(code.segments[:5]), level)
    return replace(item, listed_kegiatan=entry.name) if entry is not None and entry.kind is Kind.KEGIATAN else item


def code_problem(item: Item, master: Master, level: str | None) -> str | None:
    """What is wrong with a row's own code: 'no_code', 'unknown_code', 'other_item', or None."""
    code = item.code
    if code is None or code.kind is not item.kind:
        return "no_code"
    entries = master.lookup(code, level) or master.lookup(code)
    if not entries:
        return "unknown_code"
    if not item.name.strip() or any(name_relation(item.name, entry.name)[0] != "different" for entry in entries):
        return None
    return "other_item"


def _identified(item: Item, master: Master, level: str | None, problem: str, parent: Code | None) -> Item:
    """The item with its official identity, when exactly one list item fits its name."""
    # a place or description written after a kegiatan's or sub kegiatan's name is no part of the official name
    name = item.name if item.kind is Kind.PROGRAM else item_name_parts(item.name).name
    found = best_entry(name, item.kind, master, level, parent)
    if found is None:
        return item
    bidang = _bidang(item, parent)
    code = localize(found.entry.code, bidang or "")
    official = OfficialIdentity(code=code, name=found.entry.name, score=round(found.score, 1), why=problem)
    return replace(item, official=official)


def best_entry(name: str, kind: Kind, master: Master, level: str | None, parent: Code | None) -> _Candidate | None:
    """The one list item that fits ``name`` clearly better than any other item, or None."""
    closest = master.name_candidates(name, kind, level, parent, CANDIDATES)
    ranked = sorted(
        (_Candidate(entry, *name_relation(name, entry.name)) for entry, _ in closest),
        key=lambda candidate: (_RANK[candidate.relation], -candidate.score, not candidate.entry.active),
    )
    if not ranked or ranked[0].relation == "different" or ranked[0].score < IDENTIFY_SCORE:
        return None
    best = ranked[0]
    for rival in ranked[1:]:
        if comparison_key(rival.entry.code) == comparison_key(best.entry.code):
            continue  # the same item (an inactive twin, or another level's copy)
        if best.entry.active and not rival.entry.active:
            continue  # a retired item does not compete with a current one
        if _RANK[rival.relation] <= _RANK[best.relation]:
            return None  # two items fit the name as well: not for syncheck to choose
        if best.score < 100.0 and rival.score > best.score - MARGIN:
            return None  # a typo away from one item and a word away from another: too close to call
    return best


def _parent_code(item: Item, trusted: dict[SourceRef, Code], by_ref: dict[SourceRef, Item], master: Master) -> Code | None:
    """The program or kegiatan the row stands under, when its parent rows' codes can be trusted."""
    if item.kind is Kind.PROGRAM:
        return None
    ref = item.parent
    if ref is None:  # no parent rows: the enclosing codes the reader recorded, if the list has them
        texts = (item.kegiatan_code, item.program_code) if item.kind is Kind.SUB_KEGIATAN else (item.program_code,)
        codes = [parse_code(text) for text in texts if text]
        return next((_parent_part(code, item.kind) for code in codes if code is not None and master.lookup(code)), None)
    while ref is not None:
        if ref in trusted:
            return _parent_part(trusted[ref], item.kind)
        ref = by_ref[ref].parent if ref in by_ref else None
    return None


def _parent_part(code: Code, kind: Kind) -> Code | None:
    """The part of an ancestor's code that can restrict the search: kegiatan or program."""
    depth = len(code.segments)
    if kind is Kind.SUB_KEGIATAN and depth >= 5:
        return Code(code.segments[:5])
    return Code(code.segments[:3]) if depth >= 3 else None


def _bidang(item: Item, parent: Code | None) -> str:
    """The agency's bidang (``1.02``) for writing a support-program code as the agency would."""
    for code in (parent, item.code):
        if code is not None and len(code.segments) >= 2 and code.segments[0] not in ("X", "?"):
            return ".".join(code.segments[:2])
    return opd_bidang(item.agency_code)


def explain_links(links: list[Link]) -> list[Link]:
    """The links, each reason saying which side's code came from the nomenclature and why."""
    out = []
    for link in links:
        notes = [_note(side, item) for side, item in (("left", link.left), ("right", link.right)) if item.official]
        out.append(replace(link, reason=joined(link.reason, *notes)) if notes else link)
    return out


def _note(side: str, item: Item) -> str:
    """'right code 1.02.02.2.01.01 from nomenclature (name 96; the row has no code)'."""
    official = item.official
    assert official is not None
    why = say(_WHY[official.why], code=item.code_text)
    return say("identify.official_code", side=side, code=official.code.text, score=f"{official.score:.0f}", why=why)
