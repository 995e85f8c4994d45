"""What the evidence says about a candidate pair (support programs, a program's official wordings), and which of a row's verdicts stand (pure)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from .entries import Entry
from .messages import Count, joined, say
from .models import Kind, Relation
from .normalize import is_typo_of, normalize_name

MAX_LINKS_PER_ROW = 10  # a row keeps its best links; a pair stays when either of its rows keeps it
#: words the official list itself adds to one level's name of a program of one code ('PROGRAM PENGELOLAAN APLIKASI
#: INFORMATIKA' / 'PROGRAM APLIKASI INFORMATIKA': 2.16.02, 2.16.03, 3.29.03 and 3.29.06 in the 2020 list; 'PENGEMBANGAN
#: KAPASITAS DAYA SAING KEOLAHRAGAAN' 2.19.03; 'ENERGI BARU TERBARUKAN' 3.29.05)
LEVEL_VARIANT_WORDS = frozenset({"pengelolaan", "kapasitas", "baru"})


@dataclass(frozen=True)
class Verdict:
    """What the evidence says about one candidate pair."""

    relation: Relation
    score: float
    reason: str
    exact: bool = False  # names equal with no typo or extra word set aside
    abbreviated: bool = False  # exact only once words cut short with a full stop were read ('Peny.')


def official_program_variant(left: Entry, right: Entry, score: float, extra: frozenset[str]) -> Verdict | None:
    """Two programs of one code whose names differ only by a word the official list adds to one level's name, maybe
    with one typo in it ('kapaitas'): the same program, as the list's own two wordings of it; else None."""
    if left.item.kind is not Kind.PROGRAM or not (left.coded and right.coded and left.code_key == right.code_key):
        return None
    meant = {word: _level_variant_word(word) for word in extra}
    if not extra or None in meant.values():
        return None
    return Verdict(Relation.IDENTICAL, score, joined(say("match.same_code", code=left.code_text), _level_variant_reason(meant)))


def _level_variant_reason(meant: dict[str, str | None]) -> str:
    """The words the official list adds, naming the ones written with a typo ('kapaitas' for 'kapasitas')."""
    words = ", ".join(sorted({official for official in meant.values() if official is not None}))
    typos = sorted(word for word, official in meant.items() if word != official)
    if not typos:
        return say("match.level_variant", words=words)
    if len(typos) == 1:
        return say("match.level_variant_typo", words=words, written=typos[0])
    return say("match.level_variant_typos", words=words, written=", ".join(typos), typos=Count(len(typos)))


def _level_variant_word(word: str) -> str | None:
    """The word the official list adds to one level's program name that ``word`` is, as written or with one typo
    (is_typo_of, as names are compared); else None."""
    if word in LEVEL_VARIANT_WORDS:
        return word
    return next((official for official in sorted(LEVEL_VARIANT_WORDS) if is_typo_of(word, official)), None)


def prefer_exact(verdicts: dict[tuple[int, int], Verdict], left: list[Entry], right: list[Entry]) -> dict[tuple[int, int], Verdict]:
    """A codeless pair equal only after typo repair is a review when either row has an exact partner or is repaired into
    two different items, and so is a pair equal only once abbreviations are read when a row reads as two items so."""
    # 'Jenis Beta' is a one-letter typo of 'Jenis Eta', but not when 'Jenis Eta' is also there
    exact = [pair for pair, verdict in verdicts.items() if verdict.exact and verdict.relation.is_same]
    exact_left, exact_right = {i for i, _ in exact}, {j for _, j in exact}
    # 'Peny. Dokumen' reads 'Penyediaan Dokumen' and 'Penyusunan Dokumen' alike
    read = Counter(side for pair in exact if verdicts[pair].abbreviated for side in ((0, pair[0]), (1, pair[1])))
    # 'Mkro' is one letter from 'Makro' and from 'Mikro': two rows of one item are one reading, two items are two
    repaired: dict[tuple[int, int], list[tuple[str, float]]] = defaultdict(list)
    for (i, j), verdict in verdicts.items():
        if verdict.relation is Relation.SIMILAR and not verdict.exact and i not in exact_left and j not in exact_right:
            repaired[(0, i)].append((right[j].key, verdict.score))
            repaired[(1, j)].append((left[i].key, verdict.score))
    out = {}
    for (i, j), verdict in verdicts.items():
        if verdict.relation is Relation.SIMILAR and not verdict.exact and (i in exact_left or j in exact_right):
            verdict = Verdict(Relation.REVIEW, verdict.score, joined(verdict.reason, say("match.name_equal_partner")))
        elif verdict.relation is Relation.SIMILAR and not verdict.exact and _repaired_as_well(verdict.score, repaired[(0, i)], right[j].key, repaired[(1, j)], left[i].key):
            verdict = Verdict(Relation.REVIEW, verdict.score, joined(verdict.reason, say("match.repair_reads_two")))
        elif verdict.abbreviated and verdict.relation.is_same and (read[(0, i)] > 1 or read[(1, j)] > 1):
            verdict = Verdict(Relation.REVIEW, verdict.score, joined(verdict.reason, say("match.abbreviation_reads_two")))
        out[(i, j)] = verdict
    return out


def _repaired_as_well(score: float, left_readings: list[tuple[str, float]], right_key: str, right_readings: list[tuple[str, float]], left_key: str) -> bool:
    """True when either row's typos repair as well (or better) into another item than into this pair's."""
    return any(key != right_key and other >= score for key, other in left_readings) or any(
        key != left_key and other >= score for key, other in right_readings
    )


def keep_best_per_row(verdicts: dict[tuple[int, int], Verdict]) -> dict[tuple[int, int], Verdict]:
    """Drop the links beyond each row's MAX_LINKS_PER_ROW best (confident first, then score, then row order)."""
    by_left: dict[int, list[tuple[int, int]]] = defaultdict(list)
    by_right: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for pair in verdicts:
        by_left[pair[0]].append(pair)
        by_right[pair[1]].append(pair)
    if all(len(pairs) <= MAX_LINKS_PER_ROW for pairs in (*by_left.values(), *by_right.values())):
        return verdicts
    rank = lambda pair: (verdicts[pair].relation is Relation.REVIEW, -verdicts[pair].score, pair)  # noqa: E731
    kept = {pair for group in (*by_left.values(), *by_right.values()) for pair in sorted(group, key=rank)[:MAX_LINKS_PER_ROW]}
    return {pair: verdict for pair, verdict in verdicts.items() if pair in kept}


def shared_names_held(verdicts: dict[tuple[int, int], Verdict], left: list[Entry], right: list[Entry]) -> dict[tuple[int, int], Verdict]:
    """The verdicts, a row with no code and no parent row linked by its name alone to several items of the other plan held
    for review: the name alone does not say which of them it is ('Penyediaan Gaji dan Tunjangan ASN' of every agency).
    Rows of one code (one item written on a row per place) are one item."""
    partners: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)  # (side, row) -> its linked pairs
    for pair, verdict in verdicts.items():
        if verdict.relation is not Relation.REVIEW:
            for side, entry in ((0, left[pair[0]]), (1, right[pair[1]])):
                if not entry.coded and entry.item.parent is None and entry.item.kind is not Kind.PROGRAM:  # (programs have none)
                    partners[(side, pair[side])].append(pair)
    held = {}
    for (side, _), pairs in partners.items():
        others = {_item_key(right[pair[1]] if side == 0 else left[pair[0]]) for pair in pairs}
        held.update({pair: len(others) for pair in pairs} if len(others) > 1 else {})
    if not held:
        return verdicts
    return {pair: Verdict(Relation.REVIEW, verdict.score, joined(verdict.reason, say("match.name_alone_shared", count=Count(held[pair]))))
            if pair in held else verdict for pair, verdict in verdicts.items()}  # fmt: skip


def _item_key(entry: Entry) -> tuple:
    """What tells one item of a plan from another: its code, else its parent row and name."""
    return ("code", entry.code_key) if entry.coded else ("name", entry.item.parent, entry.key)


def decide_support(left: Entry, right: Entry, score: float) -> Verdict | None:
    """Support programs match only within the same agency bidang (from codes, the agency's rows or its programs'
    names in the other plan) or, where a bidang is unknown or read from the other plan, between agencies named alike."""
    if not (left.support and right.support):
        return None
    (bidang, source), (other, other_source) = left.home_bidang, right.home_bidang
    score = max(score, 90.0)
    # a bidang read from program names can be a merged agency's second one: the agencies' names come first
    if not (bidang and other) or "partner" in (source, other_source):
        if left.item.agency and normalize_name(left.item.agency) == normalize_name(right.item.agency):
            return Verdict(Relation.SIMILAR, score, say("match.support_agency", agency=left.item.agency))
        if left.agency_alike(right):
            return Verdict(Relation.SIMILAR, score, say("match.support_agency_alike", left=left.item.agency, right=right.item.agency))
    if not (bidang and other) or bidang != other:
        return None
    notes = [say("match.support_bidang_rows" if where == "rows" else "match.support_bidang_partner", side=side)
             for side, where in (("left", source), ("right", other_source)) if where != "code"]
    relation = Relation.IDENTICAL if left.coded and right.coded else Relation.SIMILAR
    return Verdict(relation, score, joined(say("match.support_bidang", bidang=bidang), *notes))
