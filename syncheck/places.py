"""Read a plan row's location cell as places: kab/kota, kecamatan/desa, or a placeholder that names none (pure)."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field, replace

from . import islands, provinces, short_names
from .place_amounts import without_amounts
from .place_words import (
    FILLER_WORDS, FIRST_ONLY, KABUPATEN, KECAMATAN_WORDS, KOTA, LEVELS, LOCAL, NAME_END_WORDS, NUMBERED_HAMLETS, OFFICE_WORDS, PLACE_WORDS,
    PREFIXES, PROVINCE, SUFFIXES,
)

# 'Kab/Kota', 'Kabupaten / Kota', 'Kota/Kab.': every kab/kota, not one; kept whole so '/' does not split it
_ANY_KAB_KOTA = re.compile(r"\bkab(?:upaten)?\.?\s*/\s*kota\b|\bkota\s*/\s*kab(?:upaten)?\b\.?", re.IGNORECASE)
# 'Kota/Kab. Malang', 'Kab. dan Kota Kediri', 'Kabupaten & Kota Blitar': both levels of one name, the twins, together
_BOTH_LEVELS = re.compile(
    r"\b(kab(?:upaten)?\.?|kota)\s*(?:/|&|\bdan\b|\bserta\b)\s*(kab(?:upaten)?\.?|kota)\s+"
    r"([^\W\d_][^,;()/&\n]*?)(?=\s*(?:[,;()/&\n]|\.\s*$|\s-\s|\bdan\b|\bserta\b|$))",
    re.IGNORECASE,
)
# 'Semarang (Kota dan Kabupaten)', 'Magelang (Kota/Kab.)': both level words after one name, read as written before it
_BOTH_AFTER = re.compile(
    r"(?<![\w.])([^\W\d_][^,;()/&\n]{0,60}?)\s*\(\s*(kab(?:upaten)?\.?|kota)\s*(?:/|&|\bdan\b|\bserta\b)\s*(kab(?:upaten)?\.?|kota)\.?\s*\)",
    re.IGNORECASE,
)
# 'Malang Raya', 'se-Blitar Raya': the twins of that name and the area round them (read as the twins)
_GREATER = re.compile(r"(?<![\w.])(?<!kab\.\s)(?<!kota\s)(?<!kabupaten\s)(?:se\s*-\s*|se\s+)?([^\W\d_]+)\s+raya\b", re.IGNORECASE)
# (a hyphen between words only before a level word: 'Kota Batu-Kabupaten Sidoarjo' is two places, 'Oro-oro Dowo'
# one, and a spaced dash adds detail: 'Kab. Malang - Kec. Dampit')
_PART_SEPARATOR = re.compile(r"[,;/&\n]|\bdan\b|\bserta\b|(?<=\w)-(?=(?:kab(?:upaten)?|kota|kec(?:amatan)?|desa|kel(?:urahan)?)\b)", re.IGNORECASE)
# a level word after the name ('Malang (Kab)', 'Batu (Kota)', 'Malang, Kab.'), read as written before it
# (a name of 60 characters at most: a longer run before a bracket is no kab/kota, and the search stays linear)
_LEVEL_AFTER = re.compile(
    r"(?<![^\s,;/&])(?!(?:dan|serta)\b)([^\W\d_][^,;()/&\n]{0,60}?)\s*(?:\(\s*(kab(?:upaten)?|kota)\.?\s*\)|,\s*(kab(?:upaten)?|kota)\.?)"
    r"(?=\s*(?:[,;/&\n]|\bdan\b|\bserta\b|$))",
    re.IGNORECASE,
)
# a kab/kota name holding 'dan' ('Pangkajene  dan Kepulauan'), however spaced: kept whole, its 'dan' joins no two places
_NAME_WITH_DAN = re.compile(
    "|".join(r"\b" + r"\s+".join(map(re.escape, name.split())) + r"\b" for name in short_names.NAMES_WITH_DAN) or "(?!)", re.I
)
_DAN = re.compile(r"\b(d)(an)\b", re.IGNORECASE)
_KOTA_NAMES = short_names.KABUPATEN_NAMED_KOTA
_BRACKETED = re.compile(r"\([^()]*\)")
_BRACKET_JOINER = re.compile(r"\bdan\b|\bserta\b|&")
_BRACKET_MARK = re.compile(r"\x01(\d+)\x01")
# a bracket or a spaced dash adds detail to the place before it ('Kab. Malang (Kec. Dampit)', 'Kab. Malang - Kec. Dampit')
_DETAIL = re.compile(r"[()\[\]]|\s[-\u2013\u2014]+\s|^[-\u2013\u2014]+\s|\s[-\u2013\u2014]+$")
#: words of kab/kota names written short ('Kab. Banggai Kep.', 'Kep. Selayar', 'Kab. Kep. Siau Tagulandang Biaro')
SHORT_WORDS = {"kep": "kepulauan", "kep.": "kepulauan"}
_TOKEN = re.compile(r"\||[^\W_]+(?:-[^\W_]+)*\.?")


@dataclass(frozen=True)
class Region:
    """A kab/kota: its level word and its name, lowercase ('kota', 'malang'); two regions are the same when their
    names are the same without hyphens and spaces ('pare-pare', 'parepare'), or one is the other's short name ('kukar')."""

    level: str
    name: str = field(compare=False)
    key: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", _short_names().leveled.get((self.level, compact_name(self.name))) or name_key(self.name))


@dataclass(frozen=True)
class Part:
    """One place of a location cell, as written, and what it names."""

    text: str
    regions: tuple[Region, ...] = ()  # the kab/kota it names
    locals: tuple[str, ...] = ()  # kecamatan, desa or unprefixed names, lowercase
    bare: tuple[str, ...] = ()  # the unprefixed ones among them
    province: str | None = None  # the province it names ('' for a bare 'Provinsi')
    levels: tuple[tuple[str, str], ...] = ()  # (local, its level: place_words.LEVELS) of those written with a level word
    words: tuple[tuple[str, str], ...] = ()  # (local, the place word written: 'kapanewon', 'kemantren') of the same
    #: bare names that may be kab/kota of their own, though a kab/kota with its level word is in the part: listed beside
    #: one ('Nias Selatan' in 'Kepulauan Nias (Kab. Nias, Nias Selatan dan Kota Gunungsitoli)'), or a short name of the
    #: table ('Tapteng' in 'Kota Sibolga (Tapteng)'); a bare name right after its kab/kota is a place in it ('Kab.
    #: Serdang Bedagai (Tebing Tinggi)': the kecamatan)
    listed: tuple[str, ...] = ()
    #: the kab/kota the next part of the cell names when this one names places and no kab/kota: the kab/kota those
    #: places may lie in ('Kaliwungu, Kab. Kendal': Kendal's Kaliwungu), or another place of a list ('Ambarawa, Kota
    #: Semarang'); placement.place decides by the kab/kota of the run
    address_of: tuple[Region, ...] = ()
    address_in_bracket: bool = False  # address_of is the part's own bracket ('Kaliwungu (Kendal)'), not the next part

    @property
    def is_placeholder(self) -> bool:
        """True when the part names no place in a kab/kota ('Tersebar', '-', 'Kantor Dinas', 'Se-Provinsi')."""
        return not (self.regions or self.locals)


def region_of(government: str) -> Region | None:
    """The kab/kota a government name names ('Kota Batu' -> kota batu); None for a province or an odd name."""
    found = parse_part(government).regions
    return found[0] if len(found) == 1 else None


@functools.lru_cache(maxsize=1 << 14)
def split_locations(text: str) -> tuple[str, ...]:
    """'Kota Batu, Kabupaten Malang; Kec. X' -> its parts, as written ('Kab/Kota' and a bracket's list are not split:
    'Kota Batu (Kec. Bumiaji dan Kec. Junrejo)' is one part, the kota with its detail)."""
    text = text if not text or text.isascii() else unicodedata.normalize("NFKC", text)  # full-width letters, 'ſ'
    text = _NAME_WITH_DAN.sub(lambda match: _DAN.sub("\\1\x02\\2", " ".join(match.group(0).split())), without_amounts(text or ""))
    text = _DASHED_PAIR.sub(_dashed_pair, text) if "-" in text else text
    text = _BOTH_AFTER.sub(_both_after_written, text) if "(" in text else text
    text = _BOTH_LEVELS.sub(_both_written, text) if _BOTH_LEVELS.search(text) else text
    text = _GREATER.sub(_twins_written, text) if "raya" in text.lower() else text
    marked = _ANY_KAB_KOTA.sub(lambda match: match.group(0).replace("/", "\x00"), text)
    if "(" in marked or "," in marked:
        marked = _LEVEL_AFTER.sub(lambda match: f"{match.group(2) or match.group(3)} {match.group(1)}", marked)
    brackets: list[str] = []
    if "(" in marked:
        # (a bracket is kept whole, so a name holding 'dan' inside it needs no mark: 'Desa A (Kab. Pangkajene dan Kepulauan)')
        marked = _BRACKETED.sub(lambda match: brackets.append(match.group(0).replace("\x02", "")) or f"\x01{len(brackets) - 1}\x01", marked)
    parts = (part.replace("\x00", "/").replace("\x02", "").strip(" \t\r.") for part in _PART_SEPARATOR.split(marked))
    if brackets:
        parts = (_BRACKET_MARK.sub(lambda match: brackets[int(match.group(1))], part) for part in parts)
    return tuple(part for part in parts if part)


#: two names joined by a hyphen without spaces ('Sibolga-Tapteng', 'Minahasa Utara-Minahasa Selatan'), read as two
#: places when each is a kab/kota: up to three words on each side
_DASHED_PAIR = re.compile(r"(?<![\w-])((?:[^\W\d_]+ ){0,2}[^\W\d_]+)-([^\W\d_]+(?: [^\W\d_]+){0,2})(?![\w-])")


def _dashed_pair(match: re.Match[str]) -> str:
    """'Sibolga-Tapteng' as 'Sibolga, Tapteng': two kab/kota (or short names of them) of Kemendagri's list, the longest
    names the words on each side of the hyphen end and start with; as written for a name of one ('Toli-Toli',
    'Pare-Pare', 'Tojo Una-Una'), a word said twice ('Bone-Bone') or any other ('Oro-Oro', 'Pulau-Pulau')."""
    left, right = match.group(1).split(" "), match.group(2).split(" ")
    for start in range(len(left)):
        for end in range(len(right), 0, -1):
            first, second = " ".join(left[start:]).lower(), " ".join(right[:end]).lower()
            if _is_kab_kota(first) and _is_kab_kota(second):
                if first == second or _is_kab_kota(first + second) or _is_kab_kota(f"{first}-{second}"):
                    return match.group(0)
                return f"{match.group(1)}, {match.group(2)}"
    return match.group(0)


def _is_kab_kota(name: str) -> bool:
    """True when ``name`` is a kab/kota of either level in data/kabkota.csv, or a short name of one."""
    return bool(listed_regions(name))


def listed_regions(name: str) -> tuple[Region, ...]:
    """The kab/kota a bare name names at each level data/kabkota.csv has it, kabupaten first ('kendal'; 'semarang': both;
    a short name of the table: 'tapteng')."""
    return tuple(Region(level, name) for level in (KABUPATEN, KOTA) if is_listed(level, name))


def _both_written(match: re.Match[str]) -> str:
    """'Kota/Kab. Malang' as 'Kota Malang, Kabupaten Malang': each level of the name that Kemendagri's list has (only
    'Kota Batu' of 'Kota dan Kab. Batu'); as written when the two level words are one level or the name is none listed."""
    first, second, name = match.groups()
    if first[:3].lower() == second[:3].lower():
        return match.group(0)
    levels = [level for level in (KOTA, KABUPATEN) if is_listed(level, name.lower())]
    return ", ".join(f"{level.title()} {name}" for level in levels) if levels else match.group(0)


def _both_after_written(match: re.Match[str]) -> str:
    """'Semarang (Kota dan Kabupaten)' as 'Kota / Kabupaten Semarang', for _both_written; as written for a name the list
    has at neither level."""
    name, first, second = match.groups()
    return f"{first} / {second} {name}" if _is_kab_kota(name.lower()) else match.group(0)


def _twins_written(match: re.Match[str]) -> str:
    """'Malang Raya' as 'Kota Malang, Kabupaten Malang' when the list has both; as written otherwise ('Jakarta Raya')."""
    name = match.group(1)
    both = all(is_listed(level, name.lower()) for level in (KOTA, KABUPATEN))
    return f"Kota {name}, Kabupaten {name}" if both else match.group(0)


@functools.lru_cache(maxsize=1 << 14)
def parse_location(text: str) -> tuple[Part, ...]:
    """Every part of a location cell, read (cached: a plan names a few places on many rows); an address
    ('Desa Purworejo, Kec. Ngantang, Kab. Malang') is one part, its desa and kecamatan inside its kab/kota."""
    parts: list[Part] = []
    for listed in _LIST_SEPARATOR.split(text) if ";" in (text or "") else (text,):
        start = len(parts)
        chain: list[str] = []  # the desa and the kecamatan just before, finer to coarser, one of each at most
        for text_part in split_locations(listed):
            part, rank = parse_part(text_part), _rank(text_part)
            if rank == _REGION_RANK and chain and not _names_own_local(text_part):
                parts[-len(chain) :] = [parse_part(", ".join([*chain, text_part]))]
            else:
                parts.append(part)
            local = 0 < rank < _REGION_RANK
            chain = [*chain, text_part] if local and chain and rank > _rank(chain[-1]) else [text_part] if local else []
        parts[start:] = _with_addresses(parts[start:])
    return tuple(parts)


def _with_addresses(parts: list[Part]) -> list[Part]:
    """Each part naming places and no kab/kota right before a part naming one ('Kaliwungu, Kab. Kendal', 'Kec. Pakis,
    Malang'), with that kab/kota as its Part.address_of."""
    for at in range(len(parts) - 1):
        part, after = parts[at], parts[at + 1]
        if part.regions or not part.locals or part.address_of:
            continue
        regions = after.regions if _rank(after.text) == _REGION_RANK else _bare_kab_kota(after)
        if regions:
            parts[at] = replace(part, address_of=regions)
    return parts


def _bare_kab_kota(part: Part) -> tuple[Region, ...]:
    """The kab/kota a part of one bare name names, at each level Kemendagri's list has it ('Kendal'; 'Semarang': both)."""
    if part.regions or len(part.bare) != 1 or part.locals != part.bare:
        return ()
    return listed_regions(part.bare[0])


# a ';' outside a bracket lists places: an address runs across commas only ('Kec. Dampit; Kab. Malang' is two places)
_LIST_SEPARATOR = re.compile(r";(?![^()]*\))")


def _names_own_local(text: str) -> bool:
    """True for a kab/kota part naming its own kecamatan or desa ('Kab. Asmat (Distrik Fayit)'): an address ends in
    its kab/kota bare, so a distrik before it ('Distrik Malind, Kab. Asmat (Distrik Fayit)') is a place of its own."""
    return any(kind == LOCAL for kind, _ in _mentions(text)[1:])


_REGION_RANK = 3


def _rank(text: str) -> int:
    """1 for a part that is a desa (or kelurahan, dusun) alone, 2 for a kecamatan (or distrik) alone, 3 for a part
    starting with its kab/kota ('Kab. Malang'; not 'Kec. Kota Sumenep'), 0 for anything else."""
    mentions = _mentions(text)
    if not mentions:
        return 0
    if mentions[0][0] in (KOTA, KABUPATEN):
        return _REGION_RANK
    if len(mentions) != 1 or mentions[0][0] != LOCAL:
        return 0
    return 2 if _tokens(text)[0].rstrip(".") in KECAMATAN_WORDS else 1


@functools.lru_cache(maxsize=1 << 14)
def parse_part(text: str) -> Part:
    """What one part names: kab/kota, kecamatan/desa (with any kab/kota it is in), a province, or nothing."""
    if on_island := islands.kab_kota_on(text):
        return Part(text, tuple(Region(level, name) for level, name in on_island))
    regions: list[Region] = []
    local: list[str] = []
    bare: list[str] = []
    province = None
    levels: list[tuple[str, str]] = []
    words: list[tuple[str, str]] = []
    mentions = _leveled_mentions(text)
    for kind, name, level, word in mentions:
        if kind in (KOTA, KABUPATEN) and name:
            regions.append(Region(kind, name))
        elif kind == PROVINCE:
            province = name
        elif kind == LOCAL and name:
            local.append(name)
        elif kind == "" and name:
            local.append(name)
            bare.append(name)
        if level and name and kind in (LOCAL, ""):
            levels.append((name, level))
            words.append((name, PLACE_WORDS.get(word, word)))
    listed = _listed_beside(mentions) if regions and bare and _LIST_MARK.search(text) else ()
    # (a spaced dash between two kab/kota lists them: 'Gianyar - Bangli')
    address = _bracket_address(bare) if len(bare) == 2 and not regions and len(local) == 2 and ("(" in text or not _is_kab_kota(bare[0])) else ()
    return Part(text, tuple(dict.fromkeys(regions)), tuple(dict.fromkeys(local)), tuple(bare), province, tuple(levels), tuple(words), listed,
                address, bool(address))


def _bracket_address(bare: list[str]) -> tuple[Region, ...]:
    """Part.address_of of a place written with a bare kab/kota in a bracket after it ('Kaliwungu (Kendal)'; also a
    place named like a kab/kota: 'Binjai (Langkat)', Langkat's kecamatan)."""
    return listed_regions(bare[1])


#: what lists names inside one part: a bracket, a comma, a spaced dash or a joining word in it ('Binjai Kab. Langkat' is an
#: address)
_LIST_MARK = re.compile(r"[(,;&]|\s[-\u2013\u2014]\s|\bdan\b|\bserta\b", re.IGNORECASE)


def _listed_beside(mentions: list[tuple[str, str, str, str]]) -> tuple[str, ...]:
    """Part.listed of a part's mentions: bare names after the first next to a kab/kota written with its level word
    that does not open the part, and bare short names of the table after the first."""
    found = []
    for at, (kind, name, _, _) in enumerate(mentions):
        if kind or not name or at == 0:
            continue
        beside = (mentions[near][0] for near in (at - 1, at + 1) if 0 < near < len(mentions))
        if any(other in (KOTA, KABUPATEN) for other in beside) or compact_name(name) in _short_names().official:
            found.append(name)
    return tuple(found)


def _mentions(text: str) -> list[tuple[str, str]]:
    """(kind, name) of each place word run: kind '' for a name without a prefix; names without filler words."""
    return [(kind, name) for kind, name, *_ in _leveled_mentions(text)]


def _leveled_mentions(text: str) -> list[tuple[str, str, str, str]]:
    """_mentions with the level its place word names (place_words.LEVELS; a bare 'Kampung X' is a village), else '',
    and that word."""
    runs: list[list] = []
    current: list | None = None
    tokens = _tokens(text)
    for at, token in enumerate(tokens):
        word = token.rstrip(".")
        if token == "|":
            current = None
        elif word in NUMBERED_HAMLETS and at + 1 < len(tokens) and _NUMERAL.fullmatch(tokens[at + 1].rstrip(".")):
            current = [LOCAL, [], LEVELS["dusun"], word]  # ('Jaga 2': the number is dropped, 'Jaga III' a hamlet of one word)
            runs.append(current)
        elif word in PREFIXES and not (current is not None and current[0] == LOCAL and not current[1] and PREFIXES[word] != LOCAL) and (
            word not in FIRST_ONLY or current is None
        ):
            current = [PREFIXES[word], [], LEVELS.get(word, ""), word]
            runs.append(current)
        elif word == "kabkota":
            current = ["any", [], "", ""]  # every kab/kota: what follows ('se-Jawa Timur') names no one place
            runs.append(current)
        else:
            if current is None:
                current = ["", [], *((LEVELS["kampung"], word) if word == "kampung" else ("", ""))]
                runs.append(current)
            current[1].append(word)
    return [(*_named(kind, words), level, written) for kind, words, level, written in _joined_kota(runs)]


#: a hamlet's number: Arabic, with a letter after it ('2a'), or Roman ('iii')
_NUMERAL = re.compile(r"\d+[a-z]?|[ivx]+")


def _joined_kota(runs: list[list]) -> list[list]:
    """'Lima Puluh Kota': a 'kota' with no name after it ends the name before it; 'Kab. Kota Baru' is Kabupaten Kotabaru."""
    out: list[list] = []
    for kind, words, level, written in runs:
        if kind == KOTA and not words and out and out[-1][1] and out[-1][0] != "any":
            out[-1][1].append("kota")
        elif kind == KOTA and out and out[-1][:2] == [KABUPATEN, []] and compact_name(_named(KABUPATEN, ["kota", *words])[1]) in _KOTA_NAMES:
            out[-1][1].extend(["kota", *words])
        else:
            out.append([kind, words, level, written])
    return out


def _named(kind: str, words: list[str]) -> tuple[str, str]:
    """A run's kind and name, filler and number words dropped; an office names no place; 'Malang Regency' is a kabupaten."""
    if kind == "any":
        return "any", ""
    if kind == "" and len(words) > 1 and words[-1] in SUFFIXES:
        kind, words = SUFFIXES[words[-1]], words[:-1]
    if kind == "" and next((word for word in words if word not in FILLER_WORDS), "") in OFFICE_WORDS:
        # 'Kantor Dinas PU', 'UPT Jalan Wilayah Malang': an office, wherever it is ('Tanjung Balai Karimun' is a town)
        return kind, ""
    if kind in (KOTA, KABUPATEN):
        words = provinces.without_province_suffix(words)
    words = [SHORT_WORDS.get(word, word) for word in words]
    kept: list[str] = []
    for word in words:
        # ('Lubuk Dalam', 'Teluk Dalam', 'Tanjung Luar' are names: a filler word ending a name after a word of it stays)
        if not word.isdigit() and (word not in FILLER_WORDS or (kept and word in NAME_END_WORDS and kind not in (KOTA, KABUPATEN))):
            kept.append(word)
    return kind, " ".join(kept)


def compact_name(name: str) -> str:
    """A kab/kota name without its hyphens and spaces: 'Pare-Pare', 'Tanjung Pinang' are how 'Parepare' and
    'Tanjungpinang' are often written."""
    return name.replace("-", "").replace(" ", "")


def name_key(name: str) -> str:
    """How a kab/kota name is compared: compact, a short name as the name it stands for ('kukar' -> 'kutaikartanegara')."""
    key = compact_name(name)
    return _short_names().official.get(key, key)


@functools.lru_cache(maxsize=1)
def _short_names() -> short_names.ShortNames:
    """The kab/kota short names of data/kabkota_aliases.csv, keyed as Region keys its names ('Pangkajene dan Kepulauan')."""
    return short_names.load(lambda name: compact_name(_named(KABUPATEN, [token.rstrip(".") for token in _tokens(name)])[1]))


def level_bound(name: str) -> tuple[Region, ...]:
    """The kab/kota a bare name of a location names only after its level word ('jogja': Kota Yogyakarta, as 'Kota
    Jogja'; alone, the region too), as Regions of the name written."""
    leveled = _short_names().leveled
    return tuple(Region(level, name) for level in (KOTA, KABUPATEN) if (level, compact_name(name)) in leveled)


def short_names_of(government: str) -> frozenset[str]:
    """The short names of data/kabkota_aliases.csv a kab/kota is written by ('Kabupaten Kutai Kartanegara' -> 'kukar')."""
    region = region_of(government)
    return frozenset(_short_names().short.get(region.key, ())) if region else frozenset()


#: Bali's hamlet ('Banjar Dinas Kaja', 'Banjar Adat Kelod'), read as its short form 'Br.'
_BALI_HAMLET = re.compile(r"\bbanjar\s+(?:dinas|adat)\b")


def _tokens(text: str) -> list[str]:
    """Lowercase words of a part, '|' where a bracket or a spaced dash starts a detail."""
    value = " ".join((text or "").lower().split())
    value = _ANY_KAB_KOTA.sub(" kabkota ", value)
    value = re.sub(r"\bse-", "se ", value)
    value = _BALI_HAMLET.sub("br", value) if "banjar" in value else value
    # a comma left inside a part is in a bracket's list ('Pulau Lombok (Mataram, Lobar, KLU)'): each name its own run
    value = value.replace(",", " | ").replace(";", " | ") if "," in value or ";" in value else value
    if "(" in value and ("dan" in value or "serta" in value or "&" in value):
        value = _BRACKETED.sub(_bracket_listed, value)  # ('Kepulauan Banggai (Bangkep dan Balut)')
    return _TOKEN.findall(_DETAIL.sub(" | ", f" {value} "))


def _bracket_listed(match: re.Match[str]) -> str:
    """A bracket listing places with 'dan' ('(Bangkep dan Balut)') as a list, each name its own run; a kab/kota name
    holding 'dan' ('Pangkajene dan Kepulauan') stays whole."""
    text = match.group(0)
    return text if _NAME_WITH_DAN.search(text) else _BRACKET_JOINER.sub(" | ", text)


@functools.lru_cache(maxsize=1)
def kota_keys() -> frozenset[str]:
    """The names of Indonesia's kota (the kota of data/kabkota.csv), as Region keys ('tanjungpinang', 'padangpanjang')."""
    return frozenset(name_key(name.lower()) for level, name, _ in provinces.kabkota_rows() if level == KOTA)


@functools.lru_cache(maxsize=1)
def _listed_keys() -> frozenset[tuple[str, str]]:
    """(level, Region key) of every kab/kota of data/kabkota.csv."""
    return frozenset((level, name_key(name.lower())) for level, name, _ in provinces.kabkota_rows())


def is_listed(level: str, name: str) -> bool:
    """True when ``name`` ('kepulauan mentawai', or a short name of the table: 'solsel') is a kab/kota of that level
    ('kabupaten', 'kota') in data/kabkota.csv."""
    return (level, name_key(name)) in _listed_keys()


def province_name(government: str) -> str:
    """'Provinsi Jawa Timur' -> 'jawa timur' (the name without its level word)."""
    words = " ".join(government.lower().split()).split(" ", 1)
    return words[1] if len(words) == 2 and words[0].rstrip(".") in PREFIXES else ""


@functools.lru_cache(maxsize=1 << 10)
def initials_of(region: Region) -> tuple[str, ...]:
    """How a kab/kota of three words or more is written by its initials ('tts': Timor Tengah Selatan, 'sbd'); a level's
    initial before them would not tell a kabupaten from a kota ('KPP': Kota Padang Panjang, Kabupaten Padang Pariaman)."""
    words = region.name.replace("-", " ").split()
    return ("".join(word[0] for word in words),) if len(words) >= 3 else ()
