"""What a verdict says when its rows were compared by codes their own rows lack: under a parent their codes name, its
row missing in a plan, or by the program code a codeless program's kegiatan name."""

from __future__ import annotations

from dataclasses import replace

from .blocks import missing_kegiatan_row, missing_program_row
from .entries import Entry
from .messages import Joined, joined, say
from .models import Kind, Relation
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
