"""The official nomenclature master: its entries, lookups by code and by name, name relations.

The master is whatever list the user points at with ``--nomenclature PATH``; reading it (CSV or
spreadsheet, flexible headers) is nomenclature_load.py. syncheck never bundles a master.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .codes import comparison_key, parse_code
from .match import closest_names, name_similarity, text_similarity
from .models import Code, Kind, Level
from .normalize import normalize_name, plain_name, without_continued, without_notes

#: fewer rows with a code and a name than this and the file is not a nomenclature list
MIN_ROWS = 20
#: token_sort_ratio at or above which a differing name may be the same item spelled differently
SPELLING_THRESHOLD = 90.0

PROVINSI = "provinsi"
KABKOTA = "kabkota"
SEMUA = "semua"
AKTIF = "aktif"
NONAKTIF = "nonaktif"


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Entry:
    """One item of the official list."""

    kind: Kind
    code: Code
    name: str
    level: str  # 'provinsi' | 'kabkota' | 'semua'
    status: str = AKTIF  # 'aktif' | 'nonaktif'
    parent: str = ""  # parent code text as the list gives it (or derived from the code)

    @property
    def active(self) -> bool:
        """True unless the list marks the item inactive."""
        return self.status != NONAKTIF

    @property
    def code_text(self) -> str:
        """The code as the list writes it (``X.XX.01...`` for the support program)."""
        return self.code.text


@dataclass(frozen=True)
class Master:
    """The loaded nomenclature: entries plus lookups by code and by name."""

    file: str
    entries: tuple[Entry, ...]
    sub_kegiatan_digits: int = 4
    _by_key: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _children: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _pools: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _names: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for entry in self.entries:
            self._by_key.setdefault(comparison_key(entry.code), []).append(entry)
            parent = parse_master_code(entry.parent) if entry.parent else derived_parent(entry.code)
            if parent is not None:
                self._children.setdefault(comparison_key(parent), []).append(entry)

    def __len__(self) -> int:
        return len(self.entries)

    def counts(self) -> Counter:
        """Number of entries per (kind value, level, status)."""
        return Counter((entry.kind.value, entry.level, entry.status) for entry in self.entries)

    def lookup(self, code: Code | str, level: str | Level | None = None) -> tuple[Entry, ...]:
        """Every entry the code may denote at ``level`` (plus 'semua'), active first.

        Exact code first; for a code whose program segment is ``01`` written under an agency's
        bidang (``1.02.01.2.02.01``) the support-program entries (``X.XX.01.2.02.01``) follow.
        """
        parsed = _as_code(code)
        if parsed is None:
            return ()
        wanted = _level_filter(level)
        found: list[Entry] = []
        for key in _lookup_keys(parsed):
            for entry in self._by_key.get(key, ()):
                if wanted is None or entry.level in wanted:
                    found.append(entry)
        return tuple(sorted(found, key=lambda entry: not entry.active))

    def get(self, code: Code | str, level: str | Level | None = None) -> Entry | None:
        """The entry for a code at a level ('provinsi', 'kabkota' or a plan Level), or None.

        2- and 4-digit sub kegiatan spellings match (comparison_key); an active entry wins over
        an inactive one with the same code; the support-program fallback of lookup() applies.
        With no level, an entry of the level the code's level digit names is preferred.
        """
        found = self.lookup(code, level)
        if not found:
            return None
        if level is None:
            parsed = _as_code(code)
            exact = [entry for entry in found if entry.level == digit_level(parsed)]
            if exact:
                return exact[0]
        return found[0]

    def children(self, code: Code | str, level: str | Level | None = None) -> tuple[Entry, ...]:
        """The entries whose parent is ``code`` (support-program fallback as in lookup)."""
        parsed = _as_code(code)
        if parsed is None:
            return ()
        wanted = _level_filter(level)
        for key in _lookup_keys(parsed):
            found = [entry for entry in self._children.get(key, ()) if wanted is None or entry.level in wanted]
            if found:
                return tuple(found)
        return ()

    def name_candidates(
        self, name: str, kind: Kind, level: str | Level | None, parent: Code | None = None, limit: int = 8
    ) -> list[tuple[Entry, float]]:
        """The ``limit`` entries of ``kind`` at ``level`` whose names are closest to ``name``, best first.

        With ``parent`` (a program or kegiatan code) only items under it count; active entries
        come before inactive ones of the same score.
        """
        query = normalize_name(name)
        if not query:
            return []
        names, pool = self._pool(kind, level, parent)
        return [(pool[index], score) for index, score in closest_names(query, names, limit)] if pool else []

    def _pool(self, kind: Kind, level: str | Level | None, parent: Code | None) -> tuple[list[str], list[Entry]]:
        """Candidate entries (active first) and their normalized names, cached."""
        prefixes = _lookup_keys(parent) if parent is not None else ()
        wanted = _level_filter(level)
        cache_key = (kind, tuple(sorted(wanted)) if wanted else None, prefixes)
        if cache_key not in self._pools:
            pool = [
                entry
                for entry in self.entries
                if entry.kind is kind
                and (wanted is None or entry.level in wanted)
                and (not prefixes or comparison_key(entry.code)[: len(prefixes[0])] in prefixes)
            ]
            pool.sort(key=lambda entry: not entry.active)
            self._pools[cache_key] = ([self._normalized(entry.name) for entry in pool], pool)
        return self._pools[cache_key]

    def _normalized(self, name: str) -> str:
        """normalize_name() of an official name, computed once per name."""
        if name not in self._names:
            self._names[name] = normalize_name(name)
        return self._names[name]


def master_level(level: str | Level | None) -> str | None:
    """'provinsi' / 'kabkota' for a plan Level or level text; None when unknown."""
    if level is None:
        return None
    if isinstance(level, Level):
        return PROVINSI if level.is_province else KABKOTA
    return level_from_text(str(level))


def localize(code: Code, bidang: str) -> Code:
    """A code of the list as a plan writes it: a support program (``X.XX.01...``) under its agency's bidang
    (``1.02.01...``), an item of Aceh's own affairs (``?.01.04``) under the province's urusan (``9.01.04``)."""
    parts = bidang.split(".")
    if code.segments[:2] == ("X", "XX") and len(parts) == 2:
        return Code((parts[0], parts[1]) + code.segments[2:])
    if code.segments[0] == "?":
        return Code((ACEH_URUSAN,) + code.segments[1:])
    return code


# --------------------------------------------------------------------------- names

_NOTE = re.compile(r"\(([^()]*\b(?:hanya|digunakan)\b[^()]*)\)", re.IGNORECASE)
_PAREN = re.compile(r"\([^()]*\)")
_FILLER = frozenset({"dan", "serta", "yang", "di", "untuk", "dalam", "pada", "ke", "dari", "atau", "bagi", "oleh"})
#: words whose presence or absence alone does not make a different item (level and authority)
_LEVEL_WORDS = frozenset({"provinsi", "kabupaten", "kota", "daerah", "kewenangan", "tingkat"})


def official_name(text: str) -> str:
    """An official name without the regulation's usage note ("(... hanya digunakan oleh ...)")."""
    return " ".join(_NOTE.sub(" ", str(text or "")).split())


def name_relation(name: str, official: str) -> tuple[str, float]:
    """How a plan's name relates to the official name: ('equal' | 'spelling' | 'different', score).

    equal: the same text but for case, punctuation, spacing, a footnote marker, the list's usage note or a
    note the matcher sets aside ('(Lanjutan)', '(DAK)', '- APBD'). spelling: the same item written differently (abbreviations, '&', '(Lanjutan)',
    split or joined words, typos, level words added or dropped, an extra word) with a score of
    at least SPELLING_THRESHOLD. different: anything else, including a word replaced by another
    one ('Tipe A' / 'Tipe C', 'Usaha Mikro' / 'Usaha Kecil', 'Provinsi' / 'Kabupaten/Kota').
    """
    official = official_name(official)
    name = official_name(name)
    if plain_name(name) == plain_name(official) or _bare(name) == _bare(official):
        return "equal", 100.0
    best = 0.0
    same = False
    for left in _variants(name):
        for right in _variants(official):
            a, b = normalize_name(left), normalize_name(right)
            if not a or not b:
                continue
            if a.replace(" ", "") == b.replace(" ", ""):
                return "spelling", 100.0
            score = max(name_similarity(a, b), text_similarity(a, b))
            best = max(best, score)
            if _same_item(a.split(), b.split(), score):
                same = True
    return ("spelling" if same else "different"), best


def _bare(text: str) -> str:
    """plain_name of the text without the notes the matcher sets aside too ('(Lanjutan)', '(DAK)', '- APBD')."""
    return plain_name(without_notes(without_continued(text.lower())))


def _variants(text: str) -> tuple[str, ...]:
    """The name, and the name without parenthesized parts when it has any."""
    stripped = " ".join(_PAREN.sub(" ", text).split())
    return (text, stripped) if stripped and stripped != text else (text,)


def _same_item(left: list[str], right: list[str], score: float) -> bool:
    """True when the token differences are spelling, not a different object."""
    only_left = Counter(left) - Counter(right)
    only_right = Counter(right) - Counter(left)
    a = [token for token in only_left.elements() if token not in _FILLER]
    b = [token for token in only_right.elements() if token not in _FILLER]
    # pair typos / variants ("perijinan" ~ "perizinan", "pemanfataan" ~ "pemanfaatan")
    for token in list(a):
        partner = _partner(token, b)
        if partner is not None:
            a.remove(token)
            b.remove(partner)
    if a and b:
        return False  # a word replaced by another word: a different item
    extra = a or b
    if all(token in _LEVEL_WORDS for token in extra):
        return True  # level / scope words added or dropped
    return score >= SPELLING_THRESHOLD


def _partner(token: str, others: list[str]) -> str | None:
    """A token of the other name that is a spelling variant of ``token``."""
    if len(token) < 4 or token.isdigit():
        return None
    best, best_score = None, 0.0
    for other in others:
        if len(other) < 4 or other.isdigit():
            continue
        score = text_similarity(token, other)
        if score > best_score:
            best, best_score = other, score
    return best if best_score >= 75 else None


# --------------------------------------------------------------------------- codes and levels


def _as_code(code: Code | str | None) -> Code | None:
    """A Code from a Code or its text (the list's ``?`` placeholder accepted)."""
    if code is None or isinstance(code, Code):
        return code
    return parse_master_code(code)


def parse_master_code(value: object) -> Code | None:
    """parse_code plus the list's ``?`` urusan placeholder (kab/kota Kekhususan Aceh)."""
    code = parse_code(value)
    if code is not None:
        return code
    text = str(value or "").strip()
    if text == "?":
        return Code(("?",))
    if text.startswith("?."):
        rest = parse_code("1." + text[2:])
        if rest is not None:
            return Code(("?",) + rest.segments[1:])
    return None


#: the urusan the province's list gives the affairs special to Aceh, which the kab/kota list leaves as '?'
ACEH_URUSAN = "9"


def _lookup_keys(code: Code) -> tuple[tuple[str, ...], ...]:
    """The comparison keys a code may be stored under: itself, then its X.XX support form, then the list's ? form."""
    key = comparison_key(code)
    keys = [key]
    if len(key) >= 3 and key[2] == "01" and key[:2] != ("X", "XX"):
        keys.append(("X", "XX") + key[2:])
    # the list leaves the urusan of Aceh's own kab/kota items as '?' (?.01.04 PROGRAM BAITUL MAL); the province's
    # are under urusan 9 (9.01.04 PROGRAM BAITUL MAL ACEH), and a kab/kota plan writes its own under 9 as well
    if key and key[0] == ACEH_URUSAN:
        keys.append(("?",) + key[1:])
    return tuple(keys)


def derived_parent(code: Code) -> Code | None:
    """The parent code a code implies (kegiatan -> program skips the level digit)."""
    depth = len(code.segments)
    if depth <= 1:
        return None
    if depth == 5:
        return Code(code.segments[:3])
    return Code(code.segments[:-1])


def digit_level(code: Code | None) -> str | None:
    """'provinsi' / 'kabkota' from a kegiatan or sub kegiatan code's level digit; else None."""
    if code is None:
        return None
    return {"1": PROVINSI, "2": KABKOTA}.get(code.level_digit or "")


def _level_filter(level: str | Level | None) -> frozenset[str] | None:
    """The master levels an item of ``level`` may carry: its own and 'semua'."""
    lvl = master_level(level)
    if lvl is None:
        return None
    return frozenset({lvl, SEMUA})


def level_from_text(text: str) -> str | None:
    """'provinsi' / 'kabkota' / 'semua' from a level cell, sheet name or header; None if unclear."""
    norm = plain_name(text)
    if not norm:
        return None
    tokens = set(norm.replace("kab kota", "kabkota").split())
    if norm in ("1", "provinsi"):
        return PROVINSI
    if norm in ("2",):
        return KABKOTA
    if norm in ("semua", "all", "both", "0"):
        return SEMUA
    prov = bool(tokens & {"provinsi", "prov", "propinsi", "prop", "province"})
    kab = bool(tokens & {"kabkota", "kabupaten", "kab", "kota", "kabupatenkota", "regency", "city"})
    if prov and not kab:
        return PROVINSI
    if kab and not prov:
        return KABKOTA
    return None


def load_master(path: str) -> Master:
    """Read a nomenclature master from CSV or a spreadsheet (see nomenclature_load.load_master)."""
    from .nomenclature_load import load_master as load  # the loader imports this module

    return load(path)
