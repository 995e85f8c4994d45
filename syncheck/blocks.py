"""Which rows of two plans are compared: blocks under linked parents, orphan rows by shared words, and
blocks cut in two runs for a second process."""

from __future__ import annotations

from collections import defaultdict

from .codes import slot_key
from .entries import Entry
from .models import Kind, Relation

#: a word on more rows than this (or 1 in 20) does not narrow an orphan row's candidates
COMMON_WORD_ROWS = 50

Block = tuple[list[int], list[int], Relation | None]


def blocks_of(kind, left, right, parents):
    """Groups of left and right entries worth comparing: same parents where parents exist."""
    if kind is Kind.PROGRAM:
        yield list(range(len(left))), list(range(len(right))), None
        return
    by_left = defaultdict(list)
    by_right = defaultdict(list)
    for i, entry in enumerate(left):
        by_left[entry.item.parent].append(i)
    for j, entry in enumerate(right):
        by_right[entry.item.parent].append(j)
    for (left_parent, right_parent), relation in parents.items():
        if left_parent in by_left and right_parent in by_right:
            yield by_left[left_parent], by_right[right_parent], relation
    if kind is Kind.KEGIATAN:
        yield from _program_code_blocks(left, right)
    yield from _orphan_blocks(left, right, by_left, by_right)


def _program_code_blocks(left: list[Entry], right: list[Entry]):
    """Kegiatan whose program row is missing (none above them, or one of another code) with the other side's kegiatan
    of the program their code names: a program keeps its code across levels, so that program is the parent both share."""
    left_by, right_by = _by_program_code(left), _by_program_code(right)
    left_lost, right_lost = _lost_program(left, left_by), _lost_program(right, right_by)
    for code, lefts in left_lost.items():
        if code in right_by:
            yield lefts, right_by[code], Relation.IDENTICAL
    for code, rights in right_lost.items():
        lefts = [i for i in left_by.get(code, ()) if i not in left_lost.get(code, ())]
        if lefts:
            yield lefts, rights, Relation.IDENTICAL


def _by_program_code(entries: list[Entry]) -> dict[tuple[str, ...], list[int]]:
    """Coded kegiatan by the program part of their code."""
    found: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, entry in enumerate(entries):
        if entry.coded and entry.code is not None and len(entry.code.segments) == 5:
            found[entry.code.segments[:3]].append(index)
    return found


def _lost_program(entries: list[Entry], by_code: dict[tuple[str, ...], list[int]]) -> dict[tuple[str, ...], list[int]]:
    """Of the coded kegiatan ``by_code`` holds (_by_program_code), those whose program row is missing."""
    return {code: lost for code, indexes in by_code.items() if (lost := [i for i in indexes if missing_program_row(entries[i])])}


def missing_program_row(entry: Entry) -> bool:
    """A coded kegiatan with no program row above it, or under a program row of another code than its own names."""
    if not entry.coded or entry.code is None or len(entry.code.segments) != 5:
        return False
    program = entry.item.program_code
    return entry.item.parent is None or (bool(program) and program != ".".join(entry.code.segments[:3]))


def _orphan_blocks(left, right, by_left, by_right):
    """Rows without any parent row, each with the rows of the other side that share a telling word."""
    if None in by_left and right:
        for i, candidates in token_candidates(by_left[None], left, right):
            yield [i], candidates, None
    if None in by_right and left:
        for j, candidates in token_candidates(by_right[None], right, left):
            yield candidates, [j], None


def token_candidates(orphans: list[int], own: list[Entry], other: list[Entry]):
    """(orphan, other rows sharing one of its less common core words); all rows when it has none."""
    index: dict[str, list[int]] = defaultdict(list)
    for j, entry in enumerate(other):
        for token in set(entry.tokens):
            index[token].append(j)
    # words on most rows ('penyediaan', 'layanan') say nothing about which row is the partner
    common = max(COMMON_WORD_ROWS, len(other) // 20)
    everyone = list(range(len(other)))
    for i in orphans:
        telling = [index[token] for token in set(own[i].tokens) if 0 < len(index.get(token, ())) <= common]
        yield i, sorted(set().union(*telling)) if telling else everyone


def slot_cells(left: list[Entry], right: list[Entry]) -> list[tuple[int, int]]:
    """Cells of a block's rows coded in one slot (the same code for programs, which have no level digit)."""
    by_slot: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for b, entry in enumerate(right):
        if entry.coded:
            by_slot[slot_key(entry.code)].append(b)
    return [(a, b) for a, entry in enumerate(left) if entry.coded for b in by_slot.get(slot_key(entry.code), ())]


def halves(blocks: list[Block], max_cells: int) -> tuple[list[Block], list[Block]]:
    """The blocks cut in two runs of about equal cells, in order (a block of most cells cut by its left rows)."""
    total = sum(len(lefts) * len(rights) for lefts, rights, _ in blocks)
    blocks = [part for block in blocks for part in _cut(block, total, max_cells)]
    done = 0
    for index, (lefts, rights, _) in enumerate(blocks):
        if done * 2 >= total:
            return blocks[:index], blocks[index:]
        done += len(lefts) * len(rights)
    return blocks, []


def _cut(block: Block, total: int, max_cells: int) -> list[Block]:
    """A block of more than half of all cells as two blocks of its left rows (scored whole, as before), else itself."""
    lefts, rights, relation = block
    cells = len(lefts) * len(rights)
    if cells * 2 <= total or cells > max_cells or len(lefts) < 2:
        return [block]
    middle = len(lefts) // 2
    return [(lefts[:middle], rights, relation), (lefts[middle:], rights, relation)]
