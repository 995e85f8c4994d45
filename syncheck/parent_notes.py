"""What a verdict says when its rows were compared by codes their own rows lack: under a parent their codes name, its
row missing in a plan, or by the program code a codeless program's kegiatan name."""

from __future__ import annotations

from dataclasses import replace

from .blocks import kegiatan_key, missing_kegiatan_row, missing_program_row
from .codes import kegiatan_of
from .entries import Entry
from .messages import Joined, joined, say
from .models import Finding, Kind, Plan, Relation, SourceRef
from .plan_parts import PAIRING
from .verdicts import Verdict


def noted_missing_parents(kind: Kind, verdicts: dict, left: list[Entry], right: list[Entry], parents: dict) -> dict:
    """The verdicts, each saying so when its pair was compared under a parent whose row one plan lacks."""
    note = {Kind.PROGRAM: _program_code_from_kegiatan, Kind.KEGIATAN: _program_from_codes, Kind.SUB_KEGIATAN: _kegiatan_from_codes}.get(kind)
    if note is None:
        return verdicts
    return {pair: note(verdict, left[pair[0]], right[pair[1]], parents) for pair, verdict in verdicts.items()}


def _program_code_from_kegiatan(verdict: Verdict, one: Entry, other: Entry, parents: dict) -> Verdict:
    """The verdict, saying so when a codeless program row was compared by the code its kegiatan rows name."""
    read = [entry.code_text for entry in (one, other) if entry.code is not None and entry.item.code is None and entry.item.official is None]
    if not read:
        return verdict
    return replace(verdict, reason=joined(verdict.reason, *(say("match.code_from_kegiatan", code=code) for code in read)))


def _program_from_codes(verdict: Verdict, one: Entry, other: Entry, parents: dict) -> Verdict:
    """The verdict, saying so when the kegiatan were compared under the program their codes name, its row missing."""
    if verdict.relation is Relation.REVIEW or (one.item.parent, other.item.parent) in parents:
        return verdict
    lost = one if missing_program_row(one) else other if missing_program_row(other) else None
    if lost is None:
        return verdict
    program = ".".join(lost.code.segments[:3])
    return replace(verdict, reason=joined(verdict.reason, say("match.program_row_missing", program=program)))


def _kegiatan_from_codes(verdict: Verdict, one: Entry, other: Entry, parents: dict) -> Verdict:
    """The verdict, saying so when the sub kegiatan were compared in their kegiatan's slot, one plan without kegiatan rows."""
    listed = one if one.item.listed_kegiatan else other if other.item.listed_kegiatan else None
    if listed is not None:
        return _listed_kegiatan(verdict, listed, other if listed is one else one)
    if not (missing_kegiatan_row(one) or missing_kegiatan_row(other)) or (one.item.parent, other.item.parent) in parents:
        return verdict
    if one.code is None or other.code is None or len(one.code.segments) < 5 or len(other.code.segments) < 5:
        return verdict  # (a codeless row was compared by its words, not in a kegiatan's slot)
    kegiatan = [".".join(entry.code.segments[:5]) for entry in (one, other)]
    if kegiatan[0] == kegiatan[1]:
        return replace(verdict, reason=joined(verdict.reason, say("match.kegiatan_row_missing", kegiatan=kegiatan[0])))
    # the review cap's 'the parents are only a review candidate' would say the wrong thing: which row is missing instead
    missing, capped = say("match.kegiatan_rows_missing", left=kegiatan[0], right=kegiatan[1]), say("match.parent_review")
    parts = verdict.reason.parts if isinstance(verdict.reason, Joined) else [verdict.reason]
    return replace(verdict, reason=joined(*(missing if part == capped else part for part in parts)))


def _listed_kegiatan(verdict: Verdict, listed: Entry, partner: Entry) -> Verdict:
    """The verdict, naming the kegiatan the list gives a row its plan gives none, and whether the other's is that one."""
    key, name = kegiatan_key(listed), listed.item.listed_kegiatan
    code = kegiatan_of(listed.code) if listed.code is not None else ""
    if key is not None and key == kegiatan_key(partner):
        return replace(verdict, reason=joined(verdict.reason, say("match.kegiatan_from_list", kegiatan=code, name=name)))
    theirs = partner.item.kegiatan_name or partner.item.listed_kegiatan
    if key is None or not theirs:
        return verdict
    return replace(verdict, reason=joined(verdict.reason, say("match.listed_kegiatan_differs", kegiatan=code, name=name, other=theirs)))


def missing_level_notes(plans: list[Plan], listed: bool) -> list[Finding]:
    """One note per plan with sub kegiatan rows but no kegiatan rows (nor, often, program rows): its headlines count
    none of the missing kinds, and its sub kegiatan are linked through the list's kegiatan (``listed``) or wait for review."""
    notes = []
    for plan in plans:
        kinds = {item.kind for item in plan.items}
        if Kind.SUB_KEGIATAN not in kinds or Kind.KEGIATAN in kinds:
            continue
        missing = say("match.rows_missing_program" if Kind.PROGRAM not in kinds else "match.rows_missing_kegiatan")
        then = say("match.linked_through_list" if listed else "match.give_nomenclature")
        message = say("match.plan_without_parents", government=plan.label, file=plan.file, missing=missing, then=then)
        notes.append(Finding(SourceRef(plan.file, "", 0), message, kind=PAIRING))  # it decides what the headlines count: on the console
    return notes
