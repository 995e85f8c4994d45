"""Which rows of two plans are compared: blocks under linked parents, orphan rows by shared words, and
blocks cut in two runs for a second process."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator, Mapping

from .codes import comparison_key, program_of, slot_key
from .entries import Entry
from .models import Kind, Relation, SourceRef
from .normalize import core_tokens, item_name_parts, sorted_key

#: a word on more rows than this (or 1 in 20) does not narrow an orphan row's candidates
COMMON_WORD_ROWS = 50

Block = tuple[list[int], list[int], Relation | None]
#: the relation of each linked pair of parent rows (left row, right row)
Parents = Mapping[tuple[SourceRef, SourceRef], Relation]
#: (program links, the program row of each kegiatan row)
Programs = tuple[Parents, Mapping[SourceRef, SourceRef | None]]


def blocks_of(kind: Kind, left: list[Entry], right: list[Entry], parents: Parents, programs: Programs | None = None) -> Iterator[Block]:
    """Groups of left and right entries worth comparing: same parents where parents exist.

    ``programs`` (sub kegiatan only): the program links and each kegiatan row's program row, for plans without
    kegiatan rows."""
    if kind is Kind.PROGRAM:
        yield list(range(len(left))), list(range(len(right))), None
        return
    by_left: dict[SourceRef | None, list[int]] = defaultdict(list)
    by_right: dict[SourceRef | None, list[int]] = defaultdict(list)
    for i, entry in enumerate(left):
        by_left[entry.item.parent].append(i)
    for j, entry in enumerate(right):
        by_right[entry.item.parent].append(j)
    for (left_parent, right_parent), relation in parents.items():
        if left_parent in by_left and right_parent in by_right:
            yield by_left[left_parent], by_right[right_parent], relation
    if kind is Kind.KEGIATAN:
        yield from _program_code_blocks(left, right)
    if kind is Kind.SUB_KEGIATAN:
        yield from _listed_kegiatan_blocks(left, right)
    if kind is Kind.SUB_KEGIATAN and programs is not None:
        yield from _kegiatan_slot_blocks(left, right, *programs)
    yield from _orphan_blocks(left, right, by_left, by_right)


def _program_code_blocks(left: list[Entry], right: list[Entry]) -> Iterator[Block]:
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


def _kegiatan_slot_blocks(
    left: list[Entry], right: list[Entry], links: Parents, program_of: Mapping[SourceRef, SourceRef | None]
) -> Iterator[Block]:
    """Sub kegiatan of a plan without kegiatan rows (read straight under their program) with the other side's sub
    kegiatan of the same kegiatan slot under the linked program. One kegiatan code is one parent both share; the two
    levels' kegiatan of a slot are often halves of one affair (counterparts), so their sub kegiatan are only review
    candidates."""
    left_lost, right_lost = _lost_programs(left), _lost_programs(right)
    if not left_lost and not right_lost:
        return
    links = {pair: relation for pair, relation in links.items() if pair[0] in left_lost or pair[1] in right_lost}
    left_groups = _kegiatan_groups(left, program_of, {program for program, _ in links})
    right_groups = _kegiatan_groups(right, program_of, {program for _, program in links})
    for (left_program, right_program), relation in links.items():
        lefts, rights = left_groups.get(left_program, {}), right_groups.get(right_program, {})
        for left_kegiatan, (left_lost_rows, left_kept) in lefts.items():
            for right_kegiatan, (right_lost_rows, right_kept) in rights.items():
                if left_kegiatan[:3] + left_kegiatan[4:] != right_kegiatan[:3] + right_kegiatan[4:]:
                    continue
                shared = relation if left_kegiatan == right_kegiatan else Relation.REVIEW
                if left_lost_rows and right_lost_rows + right_kept:
                    yield left_lost_rows, right_lost_rows + right_kept, shared
                if left_kept and right_lost_rows:
                    yield left_kept, right_lost_rows, shared


def _listed_kegiatan_blocks(left: list[Entry], right: list[Entry]) -> Iterator[Block]:
    """Sub kegiatan of a plan without kegiatan rows, with the other side's sub kegiatan of the same kegiatan: the one
    the nomenclature names for their code (Item.listed_kegiatan) against the other's, by program and core words. Equal
    names make it the parent both share, as linked kegiatan rows would; other sub kegiatan wait in orphan blocks."""
    if not any(entry.item.listed_kegiatan for entry in left) and not any(entry.item.listed_kegiatan for entry in right):
        return
    right_groups = _by_kegiatan_key(right)
    for key, (left_lost, left_kept) in _by_kegiatan_key(left).items():
        right_lost, right_kept = right_groups.get(key, ([], []))
        if left_lost and right_lost + right_kept:
            yield left_lost, right_lost + right_kept, Relation.IDENTICAL
        if left_kept and right_lost:
            yield left_kept, right_lost, Relation.IDENTICAL


def _by_kegiatan_key(entries: list[Entry]) -> dict[tuple[str, str], tuple[list[int], list[int]]]:
    """Coded sub kegiatan by kegiatan_key, as (kegiatan named by the list, kegiatan named by the plan)."""
    found: dict[tuple[str, str], tuple[list[int], list[int]]] = {}
    for index, entry in enumerate(entries):
        key = kegiatan_key(entry)
        if key is not None:
            found.setdefault(key, ([], []))[0 if entry.item.listed_kegiatan else 1].append(index)
    return found


def kegiatan_key(entry: Entry) -> tuple[str, str] | None:
    """A coded sub kegiatan's program code and its kegiatan's core words (the plan's kegiatan, else the list's)."""
    name = entry.item.kegiatan_name or entry.item.listed_kegiatan
    if not name or not entry.coded or entry.code is None or len(entry.code.segments) != 6:
        return None
    return program_of(entry.code), sorted_key(core_tokens(item_name_parts(name).name))


def _lost_programs(entries: list[Entry]) -> set[SourceRef]:
    """The program rows holding sub kegiatan read straight under them (no kegiatan row between)."""
    return {entry.item.parent for entry in entries if missing_kegiatan_row(entry)}


def _kegiatan_groups(
    entries: list[Entry], program_of: Mapping[SourceRef, SourceRef | None], programs: set[SourceRef]
) -> dict[SourceRef, dict[tuple[str, ...], tuple[list[int], list[int]]]]:
    """Coded sub kegiatan of ``programs`` by program row and kegiatan code, as (read without a kegiatan row, under one)."""
    found: dict[SourceRef, dict[tuple[str, ...], tuple[list[int], list[int]]]] = defaultdict(dict)
    for index, entry in enumerate(entries):
        lost = missing_kegiatan_row(entry)
        program = entry.item.parent if lost else program_of.get(entry.item.parent)
        if program in programs and entry.coded and entry.code is not None and len(entry.code.segments) == 6:
            found[program].setdefault(comparison_key(entry.code)[:5], ([], []))[0 if lost else 1].append(index)
    return found


def missing_kegiatan_row(entry: Entry) -> bool:
    """A sub kegiatan read under a row that is no kegiatan: its plan has none (orphans, without any parent row, have
    their own blocks)."""
    item = entry.item
    return item.parent is not None and not item.kegiatan_code and not item.kegiatan_name


def _orphan_blocks(
    left: list[Entry], right: list[Entry], by_left: Mapping[SourceRef | None, list[int]], by_right: Mapping[SourceRef | None, list[int]]
) -> Iterator[Block]:
    """Rows without any parent row, each with the rows of the other side that share a telling word."""
    if None in by_left and right:
        for i, candidates in token_candidates(by_left[None], left, right):
            yield [i], candidates, None
    if None in by_right and left:
        for j, candidates in token_candidates(by_right[None], right, left):
            yield candidates, [j], None


def token_candidates(orphans: list[int], own: list[Entry], other: list[Entry]) -> Iterator[tuple[int, list[int]]]:
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
