"""Items prepared for matching: core words, fuzzy keys and nomenclature evidence (match.py links them)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, fields, replace
from typing import Iterator

from .codes import comparison_key, is_support_program, opd_bidang
from .differences import token_difference
from .memo import Memo
from .models import LINKED_KINDS, Code, Item, Kind, Level, Plan, build_frozen_from
from .noisy_names import program_word_slipped
from .normalize import Rule, core_tokens, is_typo_of, item_name_parts, normalize_name, ordered_key, sorted_key
from .spelling import qualifier_words, vocabulary

SUPPORT_WORDS = ("penunjang", "urusan", "pemerintahan")


@dataclass(frozen=True)
class Entry:
    """An item prepared for matching: its core words, fuzzy key and nomenclature evidence."""

    item: Item
    tokens: tuple[str, ...]
    key: str  # the distinct core words sorted: word order does not matter
    ordered: str  # the distinct core words as written: a typo in a first letter does not reorder them
    coded: bool
    support: bool
    bidang: str
    code_key: tuple[str, ...] = ()
    code: Code | None = None  # the official code when the nomenclature assigned one, else the row's own
    agency_bidang: str = ""  # the bidang most rows of the item's agency carry (context for codeless rows)
    words: tuple[str, ...] = ()  # the normalized name's words, level and function words kept (for wording.py)
    agency_key: str = ""  # the agency's name words without level words and the plan's own place name
    partner_bidang: str = ""  # the bidang the agency's programs have in the other plan (see with_partner_bidang)
    written_after: bool = False  # the name ends in a place or a description that matching leaves out (item_name_parts)
    bare: tuple | None = None  # (tokens, words, the bracket) of a name without the bracketed text it ends in, if any

    @property
    def code_text(self) -> str:
        """The code used as evidence, as text."""
        return self.code.text if self.code else ""

    @property
    def home_bidang(self) -> tuple[str, str]:
        """The bidang of the item's agency and where it was read: 'code', 'rows', 'partner'; ('', '') when unknown."""
        if self.bidang:
            return self.bidang, "code"
        # without an agency name every row of the plan is one 'agency': its most common bidang says nothing
        if self.item.agency and self.agency_bidang:
            return self.agency_bidang, "rows"
        return (self.partner_bidang, "partner") if self.partner_bidang else ("", "")

    def agency_alike(self, other: Entry) -> bool:
        """Agency names equal once level words and each plan's own place name are set aside."""
        return bool(self.agency_key) and self.agency_key == other.agency_key


def prepare(plan: Plan, rules: tuple[Rule, ...] | None = None) -> dict[Kind, list[Entry]]:
    """Entries of the linked kinds of one plan, by kind."""
    entries: dict[Kind, list[Entry]] = defaultdict(list)
    bidang_of = agency_bidangs(plan.items)
    place = set(core_tokens(plan.government, rules))
    if rules is not _FIELDS_RULES[0]:  # the remembered fields hold for one rule table
        _FIELDS.clear()
        _FIELDS_RULES[0] = rules
    keys: dict[str, str] = {}
    below = _program_codes_below(plan.items)
    own = own_name_pattern(plan.government, plan.level)
    for item in plan.items:
        if item.kind in LINKED_KINDS:
            if item.agency not in keys:
                keys[item.agency] = " ".join(sorted(set(core_tokens(item.agency, rules)) - place))
            entries[item.kind].append(_entry(item, rules, bidang_of, keys[item.agency], below.get(item.ref), own))
    return entries


#: the words of each level as names write them before a government's own name ('Kab. Malang', 'Prov. Jawa Timur')
_LEVEL_WORDS = {Level.KABUPATEN: r"kabupaten|kab\.?", Level.KOTA: r"kota", Level.PROVINSI: r"provinsi|propinsi|prov\.?"}
_GOVERNMENT_LEVEL_WORDS = frozenset({"pemerintah", "daerah", "kabupaten", "kab", "kota", "provinsi", "propinsi", "prov"})


def own_name_pattern(government: str, level: Level | None) -> re.Pattern[str] | None:
    """What finds the plan's own government named with its level word in a name ('Kota Batu' in a Kota Batu plan;
    group 1 the level word), or None when the government's name is unknown."""
    words = re.findall(r"[^\W_]+", government.lower())
    while words and words[0] in _GOVERNMENT_LEVEL_WORDS:
        words.pop(0)
    if not words or level not in _LEVEL_WORDS:
        return None
    name = r"[\s-]+".join(map(re.escape, words))
    return re.compile(rf"\b({_LEVEL_WORDS[level]})\s*{name}\b", re.IGNORECASE)


def _program_codes_below(items: tuple[Item, ...]) -> dict:
    """The program code of each codeless program row whose coded kegiatan rows all name one program ('2.12.03')."""
    codeless = {item.ref for item in items if item.kind is Kind.PROGRAM and item.code is None and item.official_code is None}
    found: dict = defaultdict(set)
    for item in items:
        code = item.official_code or item.code
        if item.kind is Kind.KEGIATAN and item.parent in codeless and code is not None and len(code.segments) == 5 and code.segments[0] != "X":
            found[item.parent].add(code.segments[:3])
    return {ref: Code(next(iter(programs))) for ref, programs in found.items() if len(programs) == 1}


def prepared_texts(plan: Plan) -> Iterator[str]:
    """Every text prepare normalizes: the government, and each linked row's agency and name."""
    yield plan.government
    for item in plan.items:
        if item.kind in LINKED_KINDS:
            yield item.agency
            yield item.name


def agency_bidangs(items: tuple[Item, ...]) -> dict[str, str]:
    """Each agency's bidang ('2.15'): the one most of its coded rows carry (a code from the nomenclature counts)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for item in items:
        code = item.official_code or item.code
        if code is not None and len(code.segments) >= 2 and code.segments[0] not in ("X", "?"):
            counts[item.agency][".".join(code.segments[:2])] += 1
    return {agency: counter.most_common(1)[0][0] for agency, counter in counts.items()}


def _placeholder_filled(code: Code | None, bidang: str) -> Code | None:
    """A code written with the nomenclature's X.XX placeholder, under the agency's own bidang when known."""
    if code is None or code.segments[0] != "X" or not bidang:
        return code
    return Code(tuple(bidang.split(".")) + code.segments[2:])


#: Entry field values by what makes them (_entry's key): the same official rows recur in every kab/kota of a province
_FIELDS: Memo = Memo(200_000)
_FIELDS_RULES: list[tuple[Rule, ...] | None] = [None]


def _entry(item: Item, rules: tuple[Rule, ...] | None, bidang_of: dict[str, str] | None = None, agency_key: str = "",
           below: Code | None = None, own: re.Pattern[str] | None = None) -> Entry:
    """Normalize one item once (``below``: a codeless program's code, read from its kegiatan; ``own``: the plan's
    own_name_pattern)."""
    home = (bidang_of or {}).get(item.agency)
    code = item.official_code or item.code or below
    # a kab/kota writes its own name where the list says 'Kabupaten/Kota' ('Penyelenggaraan Jalan Kota Batu'): the
    # level word stays, the name that tells no two items apart goes
    own = own if own is not None and own.search(item.name) else None
    key = (item.name, item.kind, code, item.agency_code, home, agency_key, item.parent is None, own)
    values = _FIELDS.get(key)
    if values is None:
        values = _FIELDS.keep(key, _entry_fields(item, rules, home, agency_key, code, own))
    # a plan's every row becomes an Entry: built without the frozen dataclass's per-field __init__
    return build_frozen_from(Entry, _ENTRY_NAMES, (item, *values))


def _entry_fields(item: Item, rules: tuple[Rule, ...] | None, home: str | None, agency_key: str, code: Code | None,
                  own: re.Pattern[str] | None = None) -> tuple:
    """An Entry's fields but its item, from what _entry keys them by: the item's name, kind, code (the official
    one when given), agency code, whether it has a parent, its agency's bidang in the plan (``home``) and the
    plan's own name when the item's name holds it (``own``)."""
    # a place or a description written after the name ('... di Desa Sumberejo', '...: Ruas A-B') is not the item's name
    text = item_name_parts(item.name).name if item.kind is not Kind.PROGRAM else item.name
    written_after = text != item.name
    if own is not None:
        text = own.sub(r"\1", text)
    tokens = core_tokens(text, rules)
    if item.kind is Kind.PROGRAM and tokens and program_word_slipped(tokens[0]):
        tokens = tokens[1:]
    if code is not None and code.segments[0] == "X":
        code = _placeholder_filled(code, opd_bidang(item.agency_code) or home or "")
    coded = code is not None and code.kind is item.kind and not code.segments[0] == "X"
    name_words = tuple(normalize_name(text, rules).split())
    support = (code is not None and item.kind is Kind.PROGRAM and is_support_program(code)) or (
        item.kind is Kind.PROGRAM and _support_words(name_words)
    )
    # the X.XX placeholder left unfilled names no bidang: the agency's is unknown, not 'X.XX'
    bidang = ".".join(code.segments[:2]) if code is not None and len(code.segments) >= 2 and code.segments[0] != "X" else ""
    code_key = comparison_key(code) if coded else ()
    bidang = bidang or opd_bidang(item.agency_code)
    # the as-written key only scores program blocks and rows without a parent (see _score_block)
    ordered = ordered_key(tokens) if item.kind is Kind.PROGRAM or item.parent is None else ""
    # in the order of Entry's fields after its item (_ENTRY_NAMES)
    return (
        tokens, sorted_key(tokens), ordered, coded, support, bidang, code_key, code,
        home if home is not None else bidang, name_words, agency_key, "", written_after, _bare(text, rules, tokens),
    )  # fmt: skip


def _bare(text: str, rules: tuple[Rule, ...] | None, tokens: tuple[str, ...]) -> tuple | None:
    """(tokens, words, the bracket) of a name ending in bracketed text ('... (PEN)'), read without it; None for others
    and for a bracket whose words the name's ``tokens`` already leave out (a note word: '(Lanjutan)')."""
    found = _TRAILING_BRACKET.search(text) if text.endswith(")") else None
    # (a remark of the official list is longer: '(Kegiatan dan Sub Kegiatan hanya digunakan oleh Sekretariat Daerah)'
    # tells a province's kegiatan from the kab/kota's of the same words)
    if found is None or not text[: found.start()].strip() or len(found.group(1).split()) > _NOTE_WORDS_AT_MOST:
        return None
    words, qualifiers = vocabulary(), qualifier_words()
    # a word the official names use only here and there, and in brackets or as an acronym, says what the item is
    # ('(Per Jenis Bencana)', '(SMA/SMK)', '(Otsus)'); a note's words are no official words ('(PEN)'), common ones
    # ('(Kegiatan Strategis Daerah)') or words the list never writes so ('(Pagu Sementara)', '(Program Unggulan Bupati)')
    if any(word in qualifiers and 0 < words.get(word, 0) < _TELLING_USES for word in re.findall(r"[a-z0-9]+", found.group(1).lower())):
        return None
    rest = text[: found.start()]
    bare_tokens = core_tokens(rest, rules)
    # (a reading equal to the name's own costs every comparison of the name a second look and finds nothing new)
    return None if bare_tokens == tokens else (bare_tokens, tuple(normalize_name(rest, rules).split()), found.group(0).strip())


# a bracketed text a name ends in: a note ('(PEN)', '(Kegiatan Strategis Daerah)') or the official list's own remark
_TRAILING_BRACKET = re.compile(r"\s*\(([^()]*)\)\s*$")
_NOTE_WORDS_AT_MOST = 4
_TELLING_USES = 20

_ENTRY_NAMES = tuple(entry_field.name for entry_field in fields(Entry))


def without_bracket(entry: Entry) -> Entry | None:
    """The entry read without the bracketed text its name ends in; None when it ends in none."""
    if entry.bare is None:
        return None
    tokens, words, _ = entry.bare
    return replace(entry, tokens=tokens, words=words, key=sorted_key(tokens), ordered=ordered_key(tokens) if entry.ordered else "", bare=None)


def _support_words(words: tuple[str, ...]) -> bool:
    """The name says 'penunjang urusan pemerintahan', one of the three words perhaps mistyped."""
    missing = [word for word in SUPPORT_WORDS if word not in words]
    return not missing or (len(missing) == 1 and any(is_typo_of(other, missing[0]) for other in words))


def with_partner_bidang(left: dict[Kind, list[Entry]], right: dict[Kind, list[Entry]]) -> tuple[dict[Kind, list[Entry]], dict[Kind, list[Entry]]]:
    """Both plans' entries, the support programs of agencies of no known bidang given the one the other plan's
    coded programs named like the agency's other programs share (a codeless 'PROGRAM PENYELENGGARAAN JALAN': 1.03)."""
    return _partnered(left, right), _partnered(right, left)


def _partnered(own: dict[Kind, list[Entry]], other: dict[Kind, list[Entry]]) -> dict[Kind, list[Entry]]:
    """``own`` with partner_bidang set on its support programs whose agency's bidang is unknown."""
    programs = own.get(Kind.PROGRAM, [])
    unknown = {entry.item.agency for entry in programs if entry.support and entry.item.agency and not entry.home_bidang[0]}
    if not unknown:
        return own
    named = _named_bidang(other.get(Kind.PROGRAM, []))
    named_programs = [entry for entry in programs if entry.item.agency in unknown and not entry.support]
    votes = _votes(named_programs, named, fuzzy=False)
    # a mistyped name is sought only for agencies no program name found as written (the scan costs more)
    votes.update(_votes([entry for entry in named_programs if entry.item.agency not in votes], named, fuzzy=True))
    found = {agency: _clear_winner(counter) for agency, counter in votes.items()}
    updated = [replace(entry, partner_bidang=found[entry.item.agency]) if entry.support and found.get(entry.item.agency) else entry
               for entry in programs]
    return {**own, Kind.PROGRAM: updated}


def _votes(programs: list[Entry], named: dict[tuple[str, ...], str], fuzzy: bool) -> dict[str, Counter]:
    """For each agency, how many of its programs the other plan names under each bidang."""
    votes: dict[str, Counter] = defaultdict(Counter)
    index: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for other in named if fuzzy else ():
        for word in other:
            index[word].append(other)
    for entry in programs:
        words = tuple(sorted(set(entry.tokens)))
        bidang = _typo_named(words, named, index) if fuzzy else named.get(words, "")
        if bidang:
            votes[entry.item.agency][bidang] += 1
    return votes


def _named_bidang(programs: list[Entry]) -> dict[tuple[str, ...], str]:
    """The bidang of each program name (core words) the plan codes under one bidang only."""
    seen: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for entry in programs:
        if entry.coded and not entry.support and entry.bidang and entry.tokens:
            seen[tuple(sorted(set(entry.tokens)))].add(entry.bidang)
    return {tokens: next(iter(bidangs)) for tokens, bidangs in seen.items() if len(bidangs) == 1}


def _typo_named(words: tuple[str, ...], named: dict[tuple[str, ...], str], index: dict[str, list[tuple[str, ...]]]) -> str:
    """The bidang of the one program name of the other plan these words equal once typos are set aside, else ''."""
    shared = Counter(other for word in words for other in index.get(word, ()))
    # a typo pairs one word with one word: a name sharing fewer words, or more or fewer of them, differs anyway
    found = {named[other] for other, count in shared.items()
             if count >= max(1, len(words) - 2) and abs(len(other) - len(words)) <= 1 and not any(token_difference(words, other)[:2])}
    return found.pop() if len(found) == 1 else ""


def _clear_winner(counter: Counter) -> str:
    """The most common bidang, or '' when two tie for it (an agency of several bidang)."""
    ranked = counter.most_common(2)
    return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else ""
