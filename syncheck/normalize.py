"""Indonesian planning-name normalization (pure str -> str and str -> tokens)."""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, NamedTuple

from . import spelling
from .name_places import place_in_name
from .rule_file import read_rule_rows

_DATA = os.path.join(os.path.dirname(__file__), "data", "synonyms.csv")

#: words that name the level of government: set aside when comparing the two levels
LEVEL_WORDS = frozenset({"provinsi", "kabupaten", "kota", "daerah", "pemerintah", "pemda"})
#: the names of the two provinces whose own affairs the official list names after them, where one level writes the name and
#: the other does not or writes its level word ('PROGRAM BAITUL MAL ACEH' / 'PROGRAM BAITUL MAL', 'Penataan Bentuk
#: Kelembagaan Asli DIY' / '... Kabupaten/Kota'): like a level word, they say whose item it is, not what it is
REGION_WORDS = frozenset({"aceh", "yogyakarta", "diy", "istimewa"})
#: words that only state scope or authority ("Kewenangan", "Tingkat Daerah", "dalam 1 (satu) Daerah")
SCOPE_WORDS = frozenset({"kewenangan", "tingkat", "satu", "1", "lingkup", "cakupan", "menjadi", "sesuai"})
#: scope words that make a province item the complementary half of a kab/kota item
COUNTERPART_WORDS = frozenset({"lintas", "regional", "antarkabupaten", "antardaerah"})
#: function words that carry no identity
STOP_WORDS = frozenset(
    {"dan", "yang", "di", "ke", "dari", "untuk", "bagi", "serta", "atau", "dengan", "pada", "oleh",
     "terhadap", "para", "secara", "atas", "se", "the", "of", "and"}
)
# 'antar Kota' is normalized 'antarkota' (spelling.prefixes_joined); 'Luas 10 Ha sampai dengan di Bawah 15 Ha' is
# the province's size range, the kab/kota's being 'di Bawah 10 Ha'
COUNTERPART_WORDS = COUNTERPART_WORDS | frozenset({"antarkota", "antarprovinsi", "antarwilayah", "antarpemerintah", "sampai"})
_TYPO_ANCHORS = ("kabupaten", "provinsi", "kewenangan", "daerah", "pemerintah", "tingkat", "menjadi", "lingkup", "cakupan", "sesuai")
# "dalam (1 (satu)) Daerah ..." states scope; "di Dalam Panti" is content and stays
_SCOPE_DALAM = re.compile(r"\bdalam(?= (?:1 |satu |1 satu )?(?:daerah|provinsi|kabupaten|kota|wilayah)\b)")
# 'Kegiatan : ...' / 'Sub Kegiatan - ...': the kind written before the name (normalized text: no punctuation)
_KIND_PREFIX = re.compile(r"^(?:sub )?kegiatan ")
# ('Tingkat Lanjutan', 'Rujukan Lanjutan', 'Pendidikan Lanjutan ASN', 'dan/atau Lanjutan Waralaba' are the official list's
# own words: 'Tingkat Lanjutan' and 'Tingkat Dasar' are two items)
_CONTINUED = re.compile(
    r"\(\s*lanjutan\s*\)|(?<!tingkat )(?<!rujukan )(?<!pendidikan )(?<!investigasi )(?<!pemenuhan )(?<!perizinan )(?<!waralaba )"
    r"(?<!atau )(?<!/)(?<!tkt )(?<!tkt\. )\blanjutan\b",
    re.IGNORECASE,
)
_BEFORE_CONTINUED = re.compile(r"[\s\-]+(?=lanjutan\b)", re.IGNORECASE)
# '(Lanjtuan)', '(Lanjuan)': the same note mistyped
_BRACKETED_WORD = re.compile(r"\(\s*(l[a-z]{5,8})\s*\)")
# a list marker before the name ('a.', '2)', 'iv.', '(3)'): hand-made tables number rows in the name cell
_LIST_MARKER = re.compile(r"^\s*(?:\((?:\d{1,3}|[a-z])\)|(?:\d{1,3}|[a-z]|[ivx]{2,5})[.)]|[-\u2013\u2022\u00b7*>]+)(?=\s)", re.I)
# a note after the name, in brackets or after a dash: '(DAK Fisik)', '[Baru]', '- APBD', '(Tahun 2024)', '*)'
_TRAILING_NOTE = re.compile(r"(?:\(([^()]*)\)|\[([^\[\]]*)\]|\s[-\u2013\u2014]\s*([^()\-\u2013\u2014]*))[\s.,;:]*$")
_FINAL_DOTTED = re.compile(r"\b([a-z]{3,12})\.$")
_TRAILING = " \t\r\n\u00a0.,;:"
_QUOTES = " \t\r\n\"'`"
_YEAR_OR_PHASE = re.compile(r"\s(?:(?:tahun(?:\s+anggaran)?|t\.?\s?a\.?)\s*(?:19|20)\d\d|tahap\s+(?:[ivx]{1,4}|\d{1,2}))\s*$")
#: words of a funding, year or phase note, which says how an item is paid for or staged, not what it is
NOTE_WORDS = frozenset(
    {"dak", "dau", "dbh", "dbhcht", "cht", "apbd", "apbn", "apbdes", "bos", "blud", "did", "pad", "bankeu", "bk",
     "bantuan", "keuangan", "dana", "alokasi", "khusus", "umum", "fisik", "non", "nonfisik", "reguler", "penugasan",
     "afirmasi", "tahun", "anggaran", "ta", "tahap", "multi", "years", "year", "my", "myc", "murni", "perubahan",
     # where the item came from and which priority it serves: '(Pokir)', '(Musrenbang)', '(SPM)', '(Prioritas Nasional)',
     # '(Sumber Dana: DAK)', '(BK Provinsi)', '(Baru)', '(Stunting)'
     "sumber", "pokir", "pokok", "pikiran", "dprd", "aspirasi", "reses", "musrenbang", "musrenbangdes", "baru", "lanjutan",
     "spm", "prioritas", "nasional", "daerah", "provinsi", "pn", "pd", "stunting", "kemiskinan", "ekstrem", "ekstrim",
     "major", "project", "kegiatan", "tematik", "refocusing",
     # budget status, packaging and whose priority: '(Pagu Sementara)', '(Paket 1)', '(Sharing Provinsi)', '(Unggulan
     # Bupati)', '(Tahun Lalu)' (words no official name writes in brackets: tools/make_vocabulary.py)
     "pagu", "sementara", "paket", "sharing", "unggulan", "lalu", "bupati", "gubernur", "walikota"}
)
_ROMAN = re.compile(r"[ivx]{1,4}")
_NON_WORD = re.compile(r"[^\w]+")
_NON_WORD_OR_MARK = re.compile(rf"[^\w{spelling.ABBREVIATION_MARK}{spelling.ACRONYM_MARK}]+")


# identity equality: rule tables are hashed on every cached normalization call
@dataclass(frozen=True, eq=False)
class Rule:
    """One abbreviation or spelling rule: a whole-word pattern and its replacement."""

    pattern: re.Pattern[str]
    replacement: str
    literals: tuple[str, ...] = ()  # texts one of which every match starts with (lowercase); () when unsure


def load_rules(path: str | None = None) -> tuple[Rule, ...]:
    """The shipped rules, after any user rules from ``path`` (same CSV format)."""
    rules: list[Rule] = []
    for source in (path, _DATA):
        if source:
            rules.extend(_read_rules(source))
    return tuple(rules)


def _read_rules(path: str) -> list[Rule]:
    """Rules from a `pattern,replacement[,note]` CSV; lines starting with # are comments."""
    return [Rule(pattern, replacement, literal_prefixes(source)) for pattern, replacement, source in read_rule_rows(path)]


def literal_prefixes(source: str) -> tuple[str, ...]:
    """The plain texts one of which a regular expression's every match begins with ('' alternatives: ())."""
    prefixes = tuple(literal_prefix(part) for part in _alternatives(source))
    return () if "" in prefixes else prefixes


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regular expression ('a|b(c|d)' -> ['a', 'b(c|d)'])."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(source):
        escaped = index and source[index - 1] == "\\"
        depth += 0 if escaped else (char == "(") - (char == ")")
        if char == "|" and depth == 0 and not escaped:
            parts.append(source[start:index])
            start = index + 1
    return [*parts, source[start:]]


def literal_prefix(source: str) -> str:
    """The plain text a regular expression's every match begins with, lowercased ('' if unsure)."""
    if len(_alternatives(source)) > 1:
        return ""
    out = []
    for index, char in enumerate(source):
        following = source[index + 1 : index + 2]
        if char in ".^$*+?{}[]\\|()" or following in ("?", "*", "{"):
            break
        out.append(char)
    return "".join(out).lower()


@functools.lru_cache(maxsize=1)
def default_rules() -> tuple[Rule, ...]:
    """The shipped abbreviation and spelling table."""
    return load_rules(None)


def normalize_name(text: str, rules: tuple[Rule, ...] | None = None) -> str:
    """Lowercase, abbreviations expanded, '(Lanjutan)' dropped, punctuation turned into spaces."""
    rules = rules if rules is not None else default_rules()
    if rules is _SEEDED_RULES[0]:
        seeded = _SEEDED.get(text)
        if seeded is not None:
            return seeded
    return _normalize_cached(text or "", rules)


#: names another process normalized (see seed_names): text -> normalized, for the rule table in _SEEDED_RULES
_SEEDED: dict[str, str] = {}
_SEEDED_RULES: list[tuple[Rule, ...] | None] = [None]
#: core words another process found: normalized text -> core_tokens (they depend on that text alone)
_SEEDED_CORE: dict[str, tuple[str, ...]] = {}


def name_forms(texts: Iterable[str], rules: tuple[Rule, ...]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(text, normalize_name, core_tokens) of each distinct text: what seed_names takes from another process."""
    return [(text, normalize_name(text, rules), core_tokens(text, rules)) for text in dict.fromkeys(texts)]


def seed_names(forms: list[tuple[str, str, tuple[str, ...]]], rules: tuple[Rule, ...]) -> None:
    """Take the name_forms a forked process made with this same rule table (replacing earlier seeds)."""
    _SEEDED.clear()
    _SEEDED_CORE.clear()
    _SEEDED_RULES[0] = rules
    for text, normalized, tokens in forms:
        _SEEDED[text] = normalized
        _SEEDED_CORE[normalized] = tokens


# plans repeat the same official names thousands of times, within and across files
@functools.lru_cache(maxsize=1 << 17)
def _normalize_cached(text: str, rules: tuple[Rule, ...]) -> str:
    """normalize_name for one text and rule table."""
    value = spelling.joiners_unified(_expanded(text, rules))
    return " ".join(_NON_WORD_OR_MARK.sub(" ", spelling.numbers_unglued(value)).split())


@functools.lru_cache(maxsize=1 << 16)
def _expanded(text: str, rules: tuple[Rule, ...]) -> str:
    """The lowercase text with notes dropped and abbreviations, acronyms and spelling variants read, joiners as written."""
    value = unicodedata.normalize("NFKC", text or "").lower()
    value = value.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    value = without_continued(value)
    value = _without_notes_but_final_stop(without_list_marker(value))
    value = spelling.acronyms_marked(spelling.spelled_numbers_dropped(value))
    return spelling.hyphens_joined(spelling.prefixes_joined(spelling.abbreviations_expanded(_rules_applied(value, rules))))


def _rules_applied(value: str, rules: tuple[Rule, ...]) -> str:
    """The rules applied in order; only those whose literal starts a word of the text run their regex."""
    finder, rules_for, always = _rule_index(rules)
    # one C-level scan finds the literals at word starts; most rules fit no given name
    wanted = set(always).union(*(rules_for[found] for found in finder.findall(value)))
    position = 0
    while wanted:
        index = min(wanted)
        wanted.discard(index)
        if index < position:
            continue
        rule, position = rules[index], index + 1
        changed = rule.pattern.sub(rule.replacement, value)
        if changed != value:
            # a replacement may bring in a word a later rule reads ('kab' -> 'kabupaten')
            value = changed
            wanted = set(always).union(*(rules_for[found] for found in finder.findall(value)))
    return value


@functools.lru_cache(maxsize=8)
def _rule_index(rules: tuple[Rule, ...]) -> tuple[re.Pattern[str], dict[str, frozenset[int]], frozenset[int]]:
    """A regex finding every rule literal at a word start, the rules each found literal lets run, and the rules
    without a literal (always run)."""
    literals = sorted({literal for rule in rules for literal in rule.literals}, key=len, reverse=True)
    finder = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, literals)) + ")" if literals else r"(?!x)x")
    # the longest literal found at a place stands for the shorter ones it starts with
    rules_for = {found: frozenset(i for i, rule in enumerate(rules) if any(found.startswith(lit) for lit in rule.literals)) for found in literals}
    return finder, rules_for, frozenset(i for i, rule in enumerate(rules) if not rule.literals)


def _without_notes_but_final_stop(value: str) -> str:
    """without_notes, keeping the full stop of a last word that may be abbreviated ('Pembangunan Jemb.')."""
    final = _FINAL_DOTTED.search(value) if value.endswith(".") else None
    value = without_notes(value)
    return value + "." if final is not None and value.endswith(final.group(1)) else value


def without_continued(value: str) -> str:
    """The lowercase text without '(Lanjutan)', also when mistyped ('(Lanjtuan)')."""
    if "(" in value:
        value = _BRACKETED_WORD.sub(lambda match: " " if is_typo_of(match.group(1), "lanjutan") else match.group(0), value)
    if "lanjutan" not in value:
        return value
    return _CONTINUED.sub(" ", _BEFORE_CONTINUED.sub(" ", value))  # ('Tingkat-Lanjutan', 'Tingkat  Lanjutan': one space)


def without_list_marker(text: str) -> str:
    """The name without the quotes around it or a list marker before it ('a.', '2)', 'IV.', '(3)', '-', '\u2022')."""
    return _LIST_MARKER.sub("", text.strip(_QUOTES), count=1).strip(_QUOTES)


def without_notes(value: str) -> str:
    """The lowercase name without funding, year or phase notes at its end (at most three, innermost last)."""
    value = _without_footnote(value)
    for _ in range(3):
        # the patterns only for a name that can end in a note: most names end in a plain word
        last = value[-1:]
        cut = _YEAR_OR_PHASE.search(value) if last.isdigit() or last in ("i", "v", "x") else None
        if cut is None and (last == ")" or last == "]" or _has_dash(value)):
            cut = _note_at_end(value)
        if cut is None or not value[: cut.start()].strip():
            return value
        value = _without_footnote(value[: cut.start()])
    return value


def _note_at_end(value: str) -> re.Match[str] | None:
    """The funding, year or phase note ending a text ('(DAK Fisik)', '- APBD'), or None (any case)."""
    note = _TRAILING_NOTE.search(value)
    found = note and next((group for group in note.groups() if group is not None), None)
    return note if found is not None and _is_note(found.lower()) else None


def _without_footnote(value: str) -> str:
    """The text without trailing punctuation and a footnote mark ('*', '*)')."""
    value = value.rstrip(_TRAILING)
    if value.endswith("*)"):
        value = value[:-1]
    if value.endswith("*"):
        value = value.rstrip("*").rstrip(_TRAILING)
    return value


def _has_dash(value: str) -> bool:
    """True when the text holds a hyphen or a dash (a note may follow one)."""
    return "-" in value or "\u2013" in value or "\u2014" in value


def _is_note(text: str) -> bool:
    """True for a note made only of funding, year or phase words and numbers ('DAK Fisik', 'Tahun 2024', '2')."""
    words = _NON_WORD.sub(" ", text).split()
    return bool(words) and all(word in NOTE_WORDS or word.isdigit() or _ROMAN.fullmatch(word) for word in words)


#: where a plan's description starts after a name: a colon or a spaced dash ('Pembangunan Jalan: Ruas A-B')
_DETAIL_START = re.compile(r"\s*:\s*|\s+[-\u2013\u2014]+\s+")
#: words such a description has at most; the official list's clauses after a colon or dash are longer
_DETAIL_WORDS = 6


class NameParts(NamedTuple):
    """An item's name as written, split into the name matched, the place written at its end, and a description."""

    name: str
    place: str = ""  # 'Desa Sumberejo' of '... di Desa Sumberejo' (the reader adds it to the row's location)
    detail: str = ""  # 'Ruas A-B' of 'Pembangunan Jalan: Ruas A-B'


# a province and its kab/kota repeat the same names; every linked row of every plan asks (readers, entries, identify)
@functools.lru_cache(maxsize=1 << 17)
def item_name_parts(text: str) -> NameParts:
    """The parts of a kegiatan's or sub kegiatan's name: a place written at its end (before any funding note) and a
    short description after a colon or spaced dash are no part of the item's name."""
    placed = place_in_name(text)
    if placed is None:
        bare = _without_trailing_note(text)
        placed = place_in_name(bare) if bare is not text else None
    name, place = placed if placed is not None else (text, "")
    detail = _written_detail(name)
    return NameParts(name[: name.rstrip().rfind(detail)].rstrip(" :-\u2013\u2014") if detail else name, place, detail)


def _without_trailing_note(text: str) -> str:
    """The text without a funding, year or phase note at its end ('(DAK)', '- APBD'), as written."""
    spaced_dash = " -" in text or "\u2013" in text or "\u2014" in text  # ('Tempat-Tempat' holds no note)
    note = _note_at_end(text) if text.rstrip().endswith(")") or spaced_dash else None
    return text[: note.start()].rstrip() if note is not None else text


def _written_detail(name: str) -> str:
    """A short description written after the last colon or spaced dash outside brackets ('Ruas A-B', 'Paket
    Pekerjaan Fisik'); '' for none, or for a long clause of the official name."""
    if ":" not in name and " -" not in name and "\u2013" not in name and "\u2014" not in name:
        return ""  # most names: no colon or dash at all
    cuts = [cut for cut in _DETAIL_START.finditer(name) if name.count("(", 0, cut.start()) == name.count(")", 0, cut.start())]
    if not cuts or len(name[: cuts[-1].start()].split()) < 2:
        return ""  # no name of two words before it: the whole text is the name
    detail = name[cuts[-1].end() :].strip()
    return detail if detail and len(detail.split()) <= _DETAIL_WORDS else ""


def without_kind_prefix(normalized: str) -> str:
    """A normalized name without the kind written before it ('kegiatan ...', 'sub kegiatan ...')."""
    return _KIND_PREFIX.sub("", normalized)


def plain_name(text: str) -> str:
    """Lowercase, punctuation to spaces, spaces collapsed; nothing expanded or dropped.

    For comparing wording as written (is a plan's name *equal* to the official one, or only a
    spelling of it?) and for matching header, level and status words.
    """
    value = unicodedata.normalize("NFKC", str(text or "")).lower()
    value = re.sub(r"[^\w]+", " ", value).replace("_", " ")
    return " ".join(value.split())


def core_tokens(text: str, rules: tuple[Rule, ...] | None = None) -> tuple[str, ...]:
    """The identity-bearing words of a name: no level, scope or function words."""
    normalized = normalize_name(text, rules)
    seeded = _SEEDED_CORE.get(normalized)
    return seeded if seeded is not None else _core_tokens_of(normalized)


@functools.lru_cache(maxsize=1 << 17)
def _core_tokens_of(normalized: str) -> tuple[str, ...]:
    """core_tokens of an already normalized name."""
    tokens = []
    for token in _SCOPE_DALAM.sub(" ", _KIND_PREFIX.sub("", normalized)).split():
        if token in STOP_WORDS or token in SCOPE_WORDS or token in REGION_WORDS or _is_level_word(token) or _is_stop_word_typo(token):
            continue
        if not tokens and is_program_word(token):
            continue
        tokens.append(token)
    return tuple(tokens)


@functools.lru_cache(maxsize=4096)
def is_program_word(token: str) -> bool:
    """'program' leading a name, also when mistyped ('progrm')."""
    return token == "program" or (len(token) >= 5 and is_typo_of(token, "program"))


_THREE_LETTER_SLIPS = frozenset({"dna", "adn", "nda", "yng", "yag", "dri", "utk"})


@functools.lru_cache(maxsize=65536)
def _is_stop_word_typo(token: str) -> bool:
    """A function word mistyped ('untk', 'dna', 'dengn', 'terhdap'), when no official name uses the word so written."""
    if not 3 <= len(token) <= 9 or token in spelling.vocabulary():
        return False
    if len(token) == 3:
        # 'dna' for 'dan', 'yng' for 'yang'; three letters take no other typo safely ('pad' is PAD, not 'pada')
        return token in _THREE_LETTER_SLIPS
    if spelling.ocr_form(token) in _stop_word_forms():
        return True  # scanned: '0leh', 'darl', 'bagl'
    # a letter dropped ('untk', 'dengn'), two swapped ('dnegan'), or one changed inside a long word ('untgk'); a first
    # or last letter changed makes another word ('dengar')
    return any(len(word) >= 4 and (len(word) == len(token) + 1 and _within_one_edit(token, word) or _transposed(token, word)
                                   or _changed_inside(token, word)) for word in STOP_WORDS)  # fmt: skip


@functools.lru_cache(maxsize=1)
def _stop_word_forms() -> frozenset[str]:
    """The function words of four letters or more as a scan may read them (spelling.ocr_form)."""
    return frozenset(spelling.ocr_form(word) for word in STOP_WORDS if len(word) >= 4)


def _changed_inside(token: str, word: str) -> bool:
    """One letter of a word of five or more changed or added ('untgk', 'untluk'), its first and last letters kept."""
    return (len(word) >= 5 and token[0] == word[0] and token[-1] == word[-1] and len(token) - len(word) in (0, 1)
            and _within_one_edit(token, word))  # fmt: skip


@functools.lru_cache(maxsize=65536)
def _is_level_word(token: str) -> bool:
    """A level word, also when mistyped ('kabuaten', 'darah', 'provins', 'porvinsi')."""
    if token in LEVEL_WORDS:
        return True
    if len(token) < 5 or any(_within_one_edit(token, word) for word in _anchored_words()):
        return False  # 'pemerintahn' is 'pemerintahan' with a letter dropped before it is 'pemerintah' with one added
    return any(_within_one_edit(token, anchor) or _transposed(token, anchor) for anchor in _TYPO_ANCHORS)


@functools.lru_cache(maxsize=1)
def _anchored_words() -> tuple[str, ...]:
    """Official words longer than a level or scope word they begin with ('pemerintahan')."""
    return tuple(word for word, count in spelling.vocabulary().items() if count >= 3 and any(word.startswith(anchor) and word != anchor for anchor in _TYPO_ANCHORS))


def _within_one_edit(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion or substitution."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            i += 1
            j += 1
            continue
        edits += 1
        if edits > 1:
            return False
        if len(a) == len(b):
            i += 1
        j += 1
    return edits + (len(b) - j) + (len(a) - i) <= 1


@functools.lru_cache(maxsize=1 << 18)
def is_typo_of(a: str, b: str) -> bool:
    """Two words that are the same word mistyped: a dropped letter, one edit in 5+ letters, two in 12+."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    if shorter < 3 or a.isdigit() or b.isdigit():
        return False
    # one edit or one swap leaves the first or the last letter in place: most word pairs end here
    if a[0] != b[0] and a[-1] != b[-1] and shorter < 12:
        return False
    if len(a) != len(b) and _within_one_edit(a, b):
        return True
    if shorter >= 5 and (_within_one_edit(a, b) or _transposed(a, b)):
        return True
    return shorter >= 12 and _shares_a_third(a, b) and _edit_distance(a, b) <= 2


def _shares_a_third(a: str, b: str) -> bool:
    """One of the three thirds of the shorter word appears in the longer one, as it must within two edits."""
    # two edits touch at most two of the three pieces: the third is found unchanged (a C-level test)
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    third = len(short) // 3
    return short[:third] in long or short[third : 2 * third] in long or short[2 * third :] in long


def _transposed(a: str, b: str) -> bool:
    """Two neighbouring letters swapped ('pengawsan' / 'pengwasan'), the commonest slip at a keyboard."""
    if len(a) != len(b):
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (small inputs only)."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def ordered_key(tokens: tuple[str, ...]) -> str:
    """The distinct core words in the order written, as one string for fuzzy scoring."""
    return " ".join(dict.fromkeys(tokens))


@functools.lru_cache(maxsize=1 << 17)  # the same names recur in every plan
def sorted_key(tokens: tuple[str, ...]) -> str:
    """The distinct core words in alphabetical order, as one string for fuzzy scoring."""
    return " ".join(sorted(set(tokens)))
