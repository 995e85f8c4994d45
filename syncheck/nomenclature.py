"""Load an official nomenclature master (CSV or spreadsheet) and look items up in it.

The master is whatever list the user points at with ``--nomenclature PATH``: the project's own
CSV layout (``kind,code,name,level,parent_code,status,...``) or a Kepmendagri attachment
("Kode" / "Kode Rekening" + "Nomenklatur ..." / "Uraian", one sheet or one column block per
level). syncheck never bundles a master.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from .codes import comparison_key, join_split_code, parse_code, split_glued
from .errors import NomenclatureError, SyncheckError
from .models import Code, Kind, Level

#: fewer rows with a code and a name than this and the file is not a nomenclature list
MIN_ROWS = 20
#: token_sort_ratio at or above which a differing name may be the same item spelled differently
SPELLING_THRESHOLD = 90.0

PROVINSI = "provinsi"
KABKOTA = "kabkota"
SEMUA = "semua"
AKTIF = "aktif"
NONAKTIF = "nonaktif"

_HEADER_SCAN_ROWS = 40


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

    def __post_init__(self) -> None:
        for entry in self.entries:
            self._by_key.setdefault(comparison_key(entry.code), []).append(entry)
            parent = _parse_master_code(entry.parent) if entry.parent else _derived_parent(entry.code)
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
            digit_level = _digit_level(parsed) if parsed is not None else None
            exact = [entry for entry in found if entry.level == digit_level]
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

    def best_name_match(
        self, name: str, kind: Kind, level: str | Level | None, program_code: str | Code | None = None
    ) -> tuple[Entry | None, float]:
        """The entry of ``kind`` at ``level`` whose name is closest to ``name``, and the score (0-100).

        Names are compared after canonical_name() (case, punctuation, abbreviations) with
        rapidfuzz token_sort_ratio. With ``program_code`` only items of that program count
        (``1.02.01`` also searches ``X.XX.01``). Returns (None, 0.0) when nothing qualifies.
        """
        query = canonical_name(name)
        if not query:
            return None, 0.0
        names, pool = self._pool(kind, level, program_code)
        if not pool:
            return None, 0.0
        match = process.extractOne(query, names, scorer=fuzz.token_sort_ratio, processor=None)
        if match is None:
            return None, 0.0
        _, score, index = match
        return pool[index], float(score)

    def _pool(
        self, kind: Kind, level: str | Level | None, program_code: str | Code | None
    ) -> tuple[list[str], list[Entry]]:
        """Candidate entries (active first) and their canonical names, cached."""
        program_keys: tuple[tuple[str, ...], ...] = ()
        if program_code:
            parsed = _as_code(program_code)
            if parsed is None or len(parsed.segments) < 3:
                return [], []
            program_keys = _lookup_keys(Code(parsed.segments[:3]))
        wanted = _level_filter(level)
        cache_key = (kind, tuple(sorted(wanted)) if wanted else None, program_keys)
        if cache_key not in self._pools:
            pool = [
                entry
                for entry in self.entries
                if entry.kind is kind
                and (wanted is None or entry.level in wanted)
                and (not program_keys or tuple(entry.code.segments[:3]) in program_keys)
            ]
            pool.sort(key=lambda entry: not entry.active)
            self._pools[cache_key] = ([canonical_name(entry.name) for entry in pool], pool)
        return self._pools[cache_key]


def master_level(level: str | Level | None) -> str | None:
    """'provinsi' / 'kabkota' for a plan Level or level text; None when unknown."""
    if level is None:
        return None
    if isinstance(level, Level):
        return PROVINSI if level.is_province else KABKOTA
    return _level_from_text(str(level))


def localize(code: Code, bidang: str) -> Code:
    """A support-program code of the list (``X.XX.01...``) as an agency writes it (``1.02.01...``)."""
    parts = bidang.split(".")
    if code.segments[:2] == ("X", "XX") and len(parts) == 2:
        return Code((parts[0], parts[1]) + code.segments[2:])
    return code


# --------------------------------------------------------------------------- names

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
_FOOTNOTE = re.compile(r"\s*\*+\)?\s*$")
_NOTE = re.compile(r"\(([^()]*\b(?:hanya|digunakan)\b[^()]*)\)", re.IGNORECASE)
_LANJUTAN = re.compile(r"\(\s*lanjutan\s*\)|\blanjutan\s*$", re.IGNORECASE)
_PAREN = re.compile(r"\([^()]*\)")
_ABBREVIATIONS = {
    "pemb": "pembangunan",
    "pembang": "pembangunan",
    "pembgn": "pembangunan",
    "peningk": "peningkatan",
    "pengemb": "pengembangan",
    "pengembang": "pengembangan",
    "pemel": "pemeliharaan",
    "pemelih": "pemeliharaan",
    "pelaks": "pelaksanaan",
    "penyel": "penyelenggaraan",
    "penyelengg": "penyelenggaraan",
    "rehab": "rehabilitasi",
    "kab": "kabupaten",
    "kabkota": "kabupaten kota",
    "prov": "provinsi",
    "prop": "provinsi",
    "propinsi": "provinsi",
    "kec": "kecamatan",
    "kel": "kelurahan",
    "masy": "masyarakat",
    "sarpras": "sarana prasarana",
    "dg": "dengan",
    "dgn": "dengan",
    "yg": "yang",
    "utk": "untuk",
    "dlm": "dalam",
    "thd": "terhadap",
    "ttg": "tentang",
    "tdk": "tidak",
    "pemda": "pemerintah daerah",
}
_FILLER = frozenset({"dan", "serta", "yang", "di", "untuk", "dalam", "pada", "ke", "dari", "atau", "bagi", "oleh"})
_LEVEL_WORDS = frozenset({"provinsi", "kabupaten", "kota", "daerah", "kewenangan", "tingkat"})


def normalize_name(text: str) -> str:
    """Lowercase, punctuation to spaces, spaces collapsed (a footnote marker ``**)`` dropped)."""
    text = unicodedata.normalize("NFKC", str(text or "")).translate(_QUOTES)
    text = _FOOTNOTE.sub("", text).lower()
    text = re.sub(r"[^\w]+", " ", text).replace("_", " ")
    return " ".join(text.split())


def canonical_name(text: str) -> str:
    """normalize_name() plus '&' read as 'dan', '(Lanjutan)' dropped and abbreviations expanded."""
    text = str(text or "").replace("&", " dan ")
    text = _LANJUTAN.sub(" ", text)
    tokens = normalize_name(text).split()
    return " ".join(_ABBREVIATIONS.get(token, token) for token in tokens)


def official_name(text: str) -> str:
    """An official name without the regulation's usage note ("(... hanya digunakan oleh ...)")."""
    return " ".join(_NOTE.sub(" ", str(text or "")).split())


def name_score(left: str, right: str) -> float:
    """Similarity 0-100 of two names after canonical_name() (token_sort_ratio)."""
    return float(fuzz.token_sort_ratio(canonical_name(left), canonical_name(right), processor=None))


def name_relation(name: str, official: str) -> tuple[str, float]:
    """How a plan's name relates to the official name: ('equal' | 'spelling' | 'different', score).

    equal: the same text but for case, punctuation, spacing, a footnote marker or the list's
    usage note. spelling: the same item written differently (abbreviations, '&', '(Lanjutan)',
    split or joined words, typos, level words added or dropped, an extra word) with a score of
    at least SPELLING_THRESHOLD. different: anything else, including a word replaced by another
    one ('Tipe A' / 'Tipe C', 'Usaha Mikro' / 'Usaha Kecil', 'Provinsi' / 'Kabupaten/Kota').
    """
    official = official_name(official)
    name = official_name(name)
    if normalize_name(name) == normalize_name(official):
        return "equal", 100.0
    best = 0.0
    same = False
    for left in _variants(name):
        for right in _variants(official):
            a, b = canonical_name(left), canonical_name(right)
            if not a or not b:
                continue
            if a.replace(" ", "") == b.replace(" ", ""):
                return "spelling", 100.0
            score = float(max(fuzz.token_sort_ratio(a, b, processor=None), fuzz.ratio(a, b, processor=None)))
            best = max(best, score)
            if _same_item(a.split(), b.split(), score):
                same = True
    return ("spelling" if same else "different"), best


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
        score = fuzz.ratio(token, other)
        if score > best_score:
            best, best_score = other, score
    return best if best_score >= 75 else None


# --------------------------------------------------------------------------- code helpers


def _as_code(code: Code | str | None) -> Code | None:
    if code is None:
        return None
    if isinstance(code, Code):
        return code
    return _parse_master_code(code)


def _parse_master_code(value: object) -> Code | None:
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


def _lookup_keys(code: Code) -> tuple[tuple[str, ...], ...]:
    """The comparison keys a code may be stored under: itself, then its X.XX support form."""
    key = comparison_key(code)
    keys = [key]
    if len(key) >= 3 and key[2] == "01" and key[:2] != ("X", "XX"):
        keys.append(("X", "XX") + key[2:])
    return tuple(keys)


def _derived_parent(code: Code) -> Code | None:
    """The parent code a code implies (kegiatan -> program skips the level digit)."""
    depth = len(code.segments)
    if depth <= 1:
        return None
    if depth == 5:
        return Code(code.segments[:3])
    return Code(code.segments[:-1])


def _digit_level(code: Code | None) -> str | None:
    if code is None:
        return None
    return {"1": PROVINSI, "2": KABKOTA}.get(code.level_digit or "")


def _level_filter(level: str | Level | None) -> frozenset[str] | None:
    lvl = master_level(level)
    if lvl is None:
        return None
    return frozenset({lvl, SEMUA})


def _level_from_text(text: str) -> str | None:
    """'provinsi' / 'kabkota' / 'semua' from a level cell, sheet name or header; None if unclear."""
    norm = normalize_name(text)
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


def _status_from_text(text: str) -> str:
    norm = normalize_name(text)
    if norm in ("nonaktif", "non aktif", "tidak aktif", "inactive", "dihapus", "hapus", "retired", "dicabut"):
        return NONAKTIF
    return AKTIF


# --------------------------------------------------------------------------- loading


def load_master(path: str) -> Master:
    """Read a nomenclature master from CSV (',' ';' or tab; UTF-8 or Windows-1252) or a spreadsheet.

    Raises NomenclatureError (naming the file) when it cannot be read or is not a nomenclature list.
    """
    name = os.path.basename(path)
    if not os.path.exists(path):
        raise NomenclatureError("nomenclature file not found", file=name)
    sheets = _read_tables(path, name)
    entries: list[Entry] = []
    reasons: list[str] = []
    for sheet_name, rows in sheets:
        found, why = _entries_of_sheet(sheet_name, rows)
        entries.extend(found)
        if why:
            reasons.append(why)
    entries = list(dict.fromkeys(entries))  # drop exact repeats, keep order
    if not entries:
        why = reasons[0] if reasons else "it holds no rows"
        raise NomenclatureError(f"file is not a nomenclature list: {why}", file=name)
    if len(entries) < MIN_ROWS:
        raise NomenclatureError(
            f"file is not a nomenclature list: only {len(entries)} rows carry a code and a name "
            f"(at least {MIN_ROWS} expected)",
            file=name,
        )
    return Master(file=name, entries=tuple(entries), sub_kegiatan_digits=_sub_digits(entries))


def _sub_digits(entries: list[Entry]) -> int:
    widths = Counter(len(entry.code.segments[5]) for entry in entries if len(entry.code.segments) == 6)
    if not widths:
        return 4
    return 4 if widths.get(4, 0) >= widths.get(2, 0) else 2


def _read_tables(path: str, name: str) -> list[tuple[str, list[list[object]]]]:
    """The visible sheets of the file as (sheet name, rows of cell values from Excel row 1)."""
    from .sources import load_sheets

    try:
        sheets = load_sheets(path)
    except SyncheckError as error:
        raise NomenclatureError(f"nomenclature file cannot be read: {error.message}", file=name) from error
    return [(sheet.name, [list(row) for row in sheet.rows]) for sheet in sheets if not sheet.hidden]


# header recognition ---------------------------------------------------------

_PLAN_WORDS = ("pagu", "anggaran", "sumber dana", "lokasi", "alokasi", "realisasi", "perangkat daerah", "skpd")


def _is_code_header(text: str) -> bool:
    return text in ("code", "kode", "kd", "no kode", "kode rekening", "kode rek", "no rek") or text.startswith(
        ("kode ", "kd ")
    )


def _is_name_header(text: str) -> bool:
    if text in ("name", "nama", "uraian", "nomenklatur", "nama nomenklatur", "uraian nomenklatur"):
        return True
    return text.startswith(("nomenklatur", "uraian ", "nama program", "nama kegiatan", "nama sub", "nama urusan", "nama bidang"))


def _is_level_header(text: str) -> bool:
    return text in ("level", "tingkat", "tingkatan", "jenis pemda", "jns pemda", "pemda", "kewenangan", "tingkat pemerintahan")


def _is_status_header(text: str) -> bool:
    return text in ("status", "status data", "status aktif", "keterangan status")


def _is_parent_header(text: str) -> bool:
    return text in ("parent code", "parent", "kode induk", "induk")


@dataclass
class _Layout:
    header_row: int  # index of the last header row
    code_groups: list[list[int]]
    names: list[tuple[int, str | None]]  # (column, level from the header)
    level_col: int | None = None
    status_col: int | None = None
    parent_col: int | None = None


def _cell(row: list[object], column: int) -> object:
    return row[column] if column < len(row) else None


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _headers_at(rows: list[list[object]], index: int) -> tuple[list[str], int]:
    """Normalized header texts of row ``index``, merged with a sub-header row below it if any."""
    top = [normalize_name(_text(value)) for value in rows[index]]
    if index + 1 >= len(rows):
        return top, index
    below = [normalize_name(_text(value)) for value in rows[index + 1]]
    if not _is_subheader(rows[index + 1]):
        return top, index
    width = max(len(top), len(below))
    top += [""] * (width - len(top))
    below += [""] * (width - len(below))
    merged, carry = [], ""
    for column in range(width):
        if top[column]:
            carry = top[column]
        elif not below[column]:
            carry = ""
        head = top[column] or carry
        merged.append(" ".join(part for part in (head, below[column]) if part))
    return merged, index + 1


def _is_subheader(row: list[object]) -> bool:
    """A second header row: short words only, no code, not a column-number row."""
    texts = [_text(value) for value in row if _text(value)]
    if not texts or _is_numbering(row):
        return False
    if any(re.search(r"\d", text) or parse_code(text) is not None for text in texts):
        return False
    if not all(len(text) <= 40 for text in texts):
        return False
    return any(_level_from_text(text) or _SUBHEADER_WORDS & set(normalize_name(text).split()) for text in texts)


_SUBHEADER_WORDS = frozenset(
    {"kode", "nomenklatur", "uraian", "urusan", "bidang", "program", "kegiatan", "sub", "kinerja", "indikator", "satuan"}
)


def _is_numbering(row: list[object]) -> bool:
    """The '1 | 2 | 3 | ...' column-number row of regulation tables."""
    texts = [_text(value) for value in row if _text(value)]
    if len(texts) < 2 or not all(text.isdigit() for text in texts):
        return False
    numbers = [int(text) for text in texts]
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def _find_layout(rows: list[list[object]]) -> tuple[_Layout | None, str]:
    """Locate the header and classify its columns; second item says why none was found."""
    plan_like = ""
    for index in range(min(_HEADER_SCAN_ROWS, len(rows))):
        if not any(_text(value) for value in rows[index]):
            continue
        headers, last = _headers_at(rows, index)
        code_cols = [column for column, text in enumerate(headers) if _is_code_header(text)]
        name_cols = [column for column, text in enumerate(headers) if _is_name_header(text) and column not in code_cols]
        if not code_cols or not name_cols:
            continue
        plan_words = [word for word in _PLAN_WORDS if any(word in text for text in headers)]
        if plan_words:
            plan_like = f"it looks like a plan (it has a {plan_words[0]!r} column), not a nomenclature list"
            continue
        groups = _code_groups(rows, last, headers, code_cols, set(name_cols))
        names = _name_columns(headers, name_cols)
        layout = _Layout(
            header_row=last,
            code_groups=groups,
            names=names,
            level_col=next((c for c, t in enumerate(headers) if _is_level_header(t)), None),
            status_col=next((c for c, t in enumerate(headers) if _is_status_header(t)), None),
            parent_col=next((c for c, t in enumerate(headers) if _is_parent_header(t)), None),
        )
        return layout, ""
    return None, plan_like or "no header row with a code column and a name column"


def _code_groups(
    rows: list[list[object]], last: int, headers: list[str], code_cols: list[int], name_cols: set[int]
) -> list[list[int]]:
    """Code columns grouped: consecutive 'Kode ...' columns, or a 'Kode' header merged over blank ones."""
    groups: list[list[int]] = []
    for column in code_cols:
        if groups and column == groups[-1][-1] + 1:
            groups[-1].append(column)
        else:
            groups.append([column])
    sample = rows[last + 1 : last + 301]
    for group in groups:
        column = group[-1] + 1
        while column < len(headers) and not headers[column] and column not in name_cols and _looks_like_part(sample, column):
            group.append(column)
            column += 1
    return groups


def _looks_like_part(sample: list[list[object]], column: int) -> bool:
    """True when a column holds only short code parts (``02``, ``2.01``, ``0001``, ``X``)."""
    seen = False
    for row in sample:
        text = _text(_cell(row, column))
        if not text:
            continue
        if not re.fullmatch(r"(?:\d{1,4}|X{1,2})(?:\.\d{1,4})?", text, re.IGNORECASE):
            return False
        seen = True
    return seen


def _name_columns(headers: list[str], name_cols: list[int]) -> list[tuple[int, str | None]]:
    """The name columns to read: one per level block, or the first plain one."""
    levelled = [(column, _level_from_text(headers[column])) for column in name_cols]
    blocks = [(column, level) for column, level in levelled if level in (PROVINSI, KABKOTA)]
    if blocks:
        return blocks
    return [(name_cols[0], None)]


def _entries_of_sheet(sheet_name: str, rows: list[list[object]]) -> tuple[list[Entry], str]:
    layout, why = _find_layout(rows)
    if layout is None:
        return [], why
    sheet_level = _level_from_text(sheet_name)
    if sheet_level == SEMUA:
        sheet_level = None
    entries: list[Entry] = []
    for row in rows[layout.header_row + 1 :]:
        if _is_numbering(row):
            continue
        explicit = _level_from_text(_text(_cell(row, layout.level_col))) if layout.level_col is not None else None
        status = _status_from_text(_text(_cell(row, layout.status_col))) if layout.status_col is not None else AKTIF
        parent_text = _text(_cell(row, layout.parent_col)) if layout.parent_col is not None else ""
        for column, block_level in layout.names:
            raw_name = _text(_cell(row, column))
            if not raw_name:
                continue
            group = _group_for(layout.code_groups, column)
            code = _row_code(row, group)
            if code is None:
                code, raw_name = split_glued(raw_name)
                if code is None:
                    continue
                code = _parse_master_code(code.text)
            kind = code.kind if code is not None else None
            if kind is None:
                continue
            name = " ".join(_FOOTNOTE.sub("", raw_name).split())
            if not name:
                continue
            level = _entry_level(kind, code, explicit, block_level, sheet_level)
            parent = parent_text if layout.parent_col is not None else ""
            if not parent:
                derived = _derived_parent(code)
                parent = derived.text if derived is not None else ""
            entries.append(Entry(kind=kind, code=code, name=name, level=level, status=status, parent=parent))
    why = "" if entries else "no row under the header carries a code and a name"
    return entries, why


def _group_for(groups: list[list[int]], column: int) -> list[int]:
    """The code group nearest to the left of a name column (else the first group)."""
    left = [group for group in groups if group[0] < column]
    return left[-1] if left else groups[0]


def _row_code(row: list[object], group: list[int]) -> Code | None:
    values = [_cell(row, column) for column in group]
    filled = [value for value in values if _text(value)]
    if not filled:
        return None
    if len(group) == 1:
        return _parse_master_code(values[0])
    if len(filled) == 1:
        # one cell of a split group: a full code anywhere, or the urusan alone in the first cell
        text = _text(filled[0])
        if text.count(".") >= 2 or _text(values[0]):
            return _parse_master_code(filled[0])
        return None
    return join_split_code(values)


def _entry_level(kind: Kind, code: Code, explicit: str | None, block: str | None, sheet: str | None) -> str:
    if explicit in (PROVINSI, KABKOTA, SEMUA):
        return explicit
    if kind in (Kind.KEGIATAN, Kind.SUB_KEGIATAN):
        digit = _digit_level(code)
        if digit:
            return digit
    return block or sheet or SEMUA
