"""A name cut with '...' is the one item of the other plan it starts, or a question for a reviewer (match.py's look at
a kind's verdicts, after each pair was decided on its own)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from .entries import Entry
from .messages import joined, say
from .models import Relation
from .noisy_names import dotted_before, dotted_start
from .verdicts import Verdict


def sole_cut_partners(verdicts: dict[tuple[int, int], Verdict], left: list[Entry], right: list[Entry]) -> dict[tuple[int, int], Verdict]:
    """The verdicts, where a name cut with '...' starts two or more of its partners' names: its pairs that are the
    same item become review candidates, but for a partner whose code is in one slot with its own (the codes say which)."""
    starts: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for i, j in verdicts:
        for side, one, other in ((0, left[i], right[j]), (1, right[j], left[i])):
            if dotted_before(one.item.name) is not None and dotted_start(one.item.name, other.item.name):
                starts[(side, (i, j)[side])].append((i, j))
    out = dict(verdicts)
    for pairs in starts.values():
        if len(pairs) < 2:
            continue
        for i, j in pairs:
            verdict = out[(i, j)]
            if verdict.relation.is_same and not _one_slot(left[i], right[j]):
                reason = joined(verdict.reason, say("match.cut_starts_several", count=len(pairs)))
                out[(i, j)] = replace(verdict, relation=Relation.REVIEW, reason=reason, exact=False)
    return out


def _one_slot(left: Entry, right: Entry) -> bool:
    """Codes that differ only in the level digit (match._same_slot)."""
    a, b = left.code_key, right.code_key
    return left.coded and right.coded and len(a) == len(b) and a[:3] == b[:3] and a[4:] == b[4:]
