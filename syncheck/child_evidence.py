"""Programs one code names whose names alone leave them a review candidate, made one by their kegiatan: the same
kegiatan in the same slots below both (pure; match.link_entries applies it before linking the kegiatan)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from .differences import token_difference
from .entries import Entry
from .messages import say
from .models import Kind, Link, Relation, SourceRef
from .spelling import vocabulary


def programs_by_children(links: list[Link], entries: tuple[dict[Kind, list[Entry]], dict[Kind, list[Entry]]]) -> list[Link]:
    """The program links, a review candidate of one code whose names differ by noise (one adds words, or a word no
    official name uses) made identical when kegiatan below both sides sit in the same slot under names equal once
    normalized (the official list's programs one code names differently at the two levels, '4.01.02', share none)."""
    if not any(link.relation is Relation.REVIEW for link in links):
        return links
    left, right = entries
    programs = {entry.item.ref: entry for entry in (*left.get(Kind.PROGRAM, []), *right.get(Kind.PROGRAM, []))}
    below = _kegiatan_below(left), _kegiatan_below(right)
    return [_promoted(link, programs, below) if link.relation is Relation.REVIEW else link for link in links]


def _kegiatan_below(entries: dict[Kind, list[Entry]]) -> dict[SourceRef | None, dict[tuple, set]]:
    """Program row -> {a coded kegiatan's slot (its code without the level digit): its core words}."""
    found: dict[SourceRef | None, dict[tuple, set]] = defaultdict(lambda: defaultdict(set))
    for entry in entries.get(Kind.KEGIATAN, []):
        if entry.coded and entry.tokens and len(entry.code_key) > 4:
            found[entry.item.parent][(*entry.code_key[:3], *entry.code_key[4:])].add(entry.tokens)
    return found


def _promoted(link: Link, programs: dict[SourceRef, Entry], below: tuple[dict, dict]) -> Link:
    """A review link made identical when both programs carry one code and kegiatan below them agree (see above)."""
    one, other = programs.get(link.left.ref), programs.get(link.right.ref)
    if one is None or other is None or not (one.coded and other.coded) or one.code_key != other.code_key or one.support or other.support:
        return link
    only_left, only_right, _ = token_difference(one.tokens, other.tokens)
    if only_left and only_right and all(word in vocabulary() for word in only_left | only_right):
        return link  # official words for official words ('Pengelolaan' / 'Penyebaran'): another wording, not noise
    lefts, rights = below[0].get(link.left.ref, {}), below[1].get(link.right.ref, {})
    count = sum(1 for slot, names in lefts.items() if names & rights.get(slot, set()))
    if not count:
        return link
    return replace(link, relation=Relation.IDENTICAL, reason=say("match.children_same", detail=link.reason, count=count))
