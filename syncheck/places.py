"""Read a plan row's location cell as places: kab/kota, kecamatan/desa, or a placeholder that names none (pure)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from . import provinces, short_names
from .place_amounts import without_amounts
from .place_words import FILLER_WORDS, KABUPATEN, KECAMATAN_WORDS, KOTA, LOCAL, OFFICE_WORDS, PREFIXES, PROVINCE, SUFFIXES, TWIN_NAMES

# 'Kab/Kota', 'Kabupaten / Kota', 'Kota/Kab.': every kab/kota, not one; kept whole so '/' does not split it
_ANY_KAB_KOTA = re.compile(r"\bkab(?:upaten)?\.?\s*/\s*kota\b|\bkota\s*/\s*kab(?:upaten)?\b\.?", re.IGNORECASE)
# (a hyphen between words only before a level word: 'Kota Batu-Kabupaten Sidoarjo' is two places, 'Oro-oro Dowo'
# one, and a spaced dash adds detail: 'Kab. Malang - Kec. Dampit')
_PART_SEPARATOR = re.compile(r"[,;/&\n]|\bdan\b|\bserta\b|(?<=\w)-(?=(?:kab(?:upaten)?|kota|kec(?:amatan)?|desa|kel(?:urahan)?)\b)", re.IGNORECASE)
# a level word after the name ('Malang (Kab)', 'Batu (Kota)', 'Malang, Kab.'), read as written before it
_LEVEL_AFTER = re.compile(
    r"(?<![^\s,;/&])(?!(?:dan|serta)\b)([^\W\d_][^,;()/&\n]*?)\s*(?:\(\s*(kab(?:upaten)?|kota)\.?\s*\)|,\s*(kab(?:upaten)?|kota)\.?)"
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
_BRACKET_MARK = re.compile(r"\x01(\d+)\x01")
# a bracket or a spaced dash adds detail to the place before it ('Kab. Malang (Kec. Dampit)', 'Kab. Malang - Kec. Dampit')
_DETAIL = re.compile(r"[()\[\]]|\s[-\u2013\u2014]+\s|^[-\u2013\u2014]+\s|\s[-\u2013\u2014]+$")
_TOKEN = re.compile(r"\||[^\W_]+(?:-[^\W_]+)*\.?")


@dataclass(frozen=True)
class Region:
    """A kab/kota: its level word and its name, lowercase ('kota', 'malang'); two regions are the same when their
    names are the same without hyphens and spaces ('pare-pare', 'parepare'), or one is the other's short name ('kukar')."""

    level: str
    name: str = field(compare=False)
    key: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", _name_key(self.name))


@dataclass(frozen=True)
class Part:
    """One place of a location cell, as written, and what it names."""

    text: str
    regions: tuple[Region, ...] = ()  # the kab/kota it names
    locals: tuple[str, ...] = ()  # kecamatan, desa or unprefixed names, lowercase
    bare: tuple[str, ...] = ()  # the unprefixed ones among them
    province: str | None = None  # the province it names ('' for a bare 'Provinsi')

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
    text = _NAME_WITH_DAN.sub(lambda match: _DAN.sub("\\1\x02\\2", " ".join(match.group(0).split())), without_amounts(text or ""))
    marked = _ANY_KAB_KOTA.sub(lambda match: match.group(0).replace("/", "\x00"), text)
    if "(" in marked or "," in marked:
        marked = _LEVEL_AFTER.sub(lambda match: f"{match.group(2) or match.group(3)} {match.group(1)}", marked)
    brackets: list[str] = []
    if "(" in marked:
        marked = _BRACKETED.sub(lambda match: brackets.append(match.group(0)) or f"\x01{len(brackets) - 1}\x01", marked)
    parts = (part.replace("\x00", "/").replace("\x02", "").strip(" \t\r.") for part in _PART_SEPARATOR.split(marked))
    if brackets:
        parts = (_BRACKET_MARK.sub(lambda match: brackets[int(match.group(1))], part) for part in parts)
    return tuple(part for part in parts if part)


@functools.lru_cache(maxsize=1 << 14)
def parse_location(text: str) -> tuple[Part, ...]:
    """Every part of a location cell, read (cached: a plan names a few places on many rows); an address
    ('Desa Purworejo, Kec. Ngantang, Kab. Malang') is one part, its desa and kecamatan inside its kab/kota."""
    parts: list[Part] = []
    for listed in _LIST_SEPARATOR.split(text) if ";" in (text or "") else (text,):
        chain: list[str] = []  # the desa and the kecamatan just before, finer to coarser, one of each at most
        for text_part in split_locations(listed):
            part, rank = parse_part(text_part), _rank(text_part)
            if rank == _REGION_RANK and chain and not _names_own_local(text_part):
                parts[-len(chain) :] = [parse_part(", ".join([*chain, text_part]))]
            else:
                parts.append(part)
            local = 0 < rank < _REGION_RANK
            chain = [*chain, text_part] if local and chain and rank > _rank(chain[-1]) else [text_part] if local else []
    return tuple(parts)


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
    regions: list[Region] = []
    local: list[str] = []
    bare: list[str] = []
    province = None
    for kind, name in _mentions(text):
        if kind in (KOTA, KABUPATEN) and name:
            regions.append(Region(kind, name))
        elif kind == PROVINCE:
            province = name
        elif kind == LOCAL and name:
            local.append(name)
        elif kind == "" and name:
            local.append(name)
            bare.append(name)
    return Part(text, tuple(dict.fromkeys(regions)), tuple(dict.fromkeys(local)), tuple(bare), province)


def _mentions(text: str) -> list[tuple[str, str]]:
    """(kind, name) of each place word run: kind '' for a name without a prefix; names without filler words."""
    runs: list[list] = []
    current: list | None = None
    for token in _tokens(text):
        word = token.rstrip(".")
        if token == "|":
            current = None
        elif word in PREFIXES and not (current is not None and current[0] == LOCAL and not current[1] and PREFIXES[word] != LOCAL):
            current = [PREFIXES[word], []]
            runs.append(current)
        elif word == "kabkota":
            current = ["any", []]  # every kab/kota: what follows ('se-Jawa Timur') names no one place
            runs.append(current)
        else:
            if current is None:
                current = ["", []]
                runs.append(current)
            current[1].append(word)
    return [_named(kind, words) for kind, words in _joined_kota(runs)]


def _joined_kota(runs: list[list]) -> list[list]:
    """'Lima Puluh Kota': a 'kota' with no name after it ends the name before it; 'Kab. Kota Baru' is Kabupaten Kotabaru."""
    out: list[list] = []
    for kind, words in runs:
        if kind == KOTA and not words and out and out[-1][1] and out[-1][0] != "any":
            out[-1][1].append("kota")
        elif kind == KOTA and out and out[-1] == [KABUPATEN, []] and _compact(_named(KABUPATEN, ["kota", *words])[1]) in _KOTA_NAMES:
            out[-1][1].extend(["kota", *words])
        else:
            out.append([kind, words])
    return out


def _named(kind: str, words: list[str]) -> tuple[str, str]:
    """A run's kind and name, filler and number words dropped; an office names no place; 'Malang Regency' is a kabupaten."""
    if kind == "any":
        return "any", ""
    if kind == "" and len(words) > 1 and words[-1] in SUFFIXES:
        kind, words = SUFFIXES[words[-1]], words[:-1]
    if kind == "" and any(word in OFFICE_WORDS for word in words):
        return kind, ""  # 'Kantor Dinas PU', 'UPT Jalan Wilayah Malang': an office, wherever it is
    if kind in (KOTA, KABUPATEN):
        words = provinces.without_province_suffix(words)
    kept = [word for word in words if word not in FILLER_WORDS and not word.isdigit()]
    return kind, " ".join(kept)


def _compact(name: str) -> str:
    """A kab/kota name without its hyphens and spaces: 'Pare-Pare', 'Tanjung Pinang' are how 'Parepare' and
    'Tanjungpinang' are often written."""
    return name.replace("-", "").replace(" ", "")


def _name_key(name: str) -> str:
    """How a kab/kota name is compared: compact, a short name as the name it stands for ('kukar' -> 'kutaikartanegara')."""
    key = _compact(name)
    return _short_names().official.get(key, key)


@functools.lru_cache(maxsize=1)
def _short_names() -> short_names.ShortNames:
    """The kab/kota short names of data/kabkota_aliases.csv, keyed as Region keys its names ('Pangkajene dan Kepulauan')."""
    return short_names.load(lambda name: _compact(_named(KABUPATEN, [token.rstrip(".") for token in _tokens(name)])[1]))


def short_names_of(government: str) -> frozenset[str]:
    """The short names of data/kabkota_aliases.csv a kab/kota is written by ('Kabupaten Kutai Kartanegara' -> 'kukar')."""
    region = region_of(government)
    return frozenset(_short_names().short.get(region.key, ())) if region else frozenset()


def _tokens(text: str) -> list[str]:
    """Lowercase words of a part, '|' where a bracket or a spaced dash starts a detail."""
    value = " ".join((text or "").lower().split())
    value = _ANY_KAB_KOTA.sub(" kabkota ", value)
    value = re.sub(r"\bse-", "se ", value)
    return _TOKEN.findall(_DETAIL.sub(" | ", f" {value} "))


# --- where a province row lies relative to one kab/kota ------------------------------------------

IN, ELSEWHERE, UNSTATED, AMBIGUOUS = "in", "elsewhere", "unstated", "ambiguous"


@dataclass(frozen=True)
class Target:
    """A kab/kota as the province's location cells are read against it."""

    region: Region | None  # None when its government's name is not known
    places: frozenset[str]  # kecamatan, desa and other names its own plan gives
    province_names: frozenset[str]  # the province's own name: no place inside a kab/kota
    twin: bool  # its name is also that of a kab/kota of the other level ('Malang')
    peers: frozenset[str] = frozenset()  # names the province gives a kab/kota ('Kab. Bantul'): a bare 'Bantul' is it
    shared: frozenset[str] = frozenset()  # its places that another kab/kota of the comparison names too ('Gedangan')
    short: frozenset[str] = frozenset()  # its short names ('kukar'): in ``shared`` when another plan names that place
    kota: frozenset[str] = frozenset()  # the kota compared in the run, as Region keys: a 'Kota X' of them is that kota


@dataclass(frozen=True)
class Placement:
    """Where a province row lies for one kab/kota: in it (at ``where``), elsewhere, not stated, or ambiguous."""

    status: str
    where: str = ""  # the part of the cell that places the row (or is ambiguous)
    shared_by: int = 1  # how many kab/kota the cell names, this one included
    named_twice: str = ""  # ambiguous as this place, which another kab/kota's plan names too (not as a twin name)
    cell: str = ""  # the location read when not the row's own: its kegiatan's (tally.parent_locations)
    town: bool = False  # in the kabupaten as 'Kota X' where no kota X exists: a town of it ('Kota Merauke'; _is_town)
    #: the province row's and the kab/kota row's amounts for their places in the kab/kota, where each states its amount
    #: per place (Item.place_budgets, tally.placed_links); None: the row's whole amount
    left_part: int | None = None
    right_part: int | None = None


def target_of(government: str, locations: set[str], province: str, province_locations: set[str],
              elsewhere: frozenset[str] = frozenset(), kota: frozenset[str] = frozenset()) -> Target:
    """The kab/kota ``government`` with the places its rows name, read against its province (``elsewhere``: places
    the other kab/kota of the comparison name; ``kota``: the kota compared in the run, as Region keys)."""
    region = region_of(government)
    province_names = province_names_of(province)
    places = named_places(government, locations) - province_names
    named = {region for location in province_locations for part in parse_location(location) for region in part.regions}
    own = {region.key, *initials_of(region)} if region else set()
    short = short_names_of(government)
    target = Target(region, places, province_names, _has_twin(region, named, kota), frozenset(), (places | short) & elsewhere, short, kota)
    # (a town of it the province writes as 'Kota Tanah Merah' makes no other kab/kota of a bare 'Tanah Merah')
    return replace(target, peers=frozenset(other.key for other in named if other.key not in own and not _is_town(other, target)))


def named_places(government: str, locations: set[str]) -> frozenset[str]:
    """The kecamatan, desa and other places a kab/kota's own rows name (a kecamatan of another kab/kota is not one)."""
    region = region_of(government)
    places: set[str] = set()
    for location in locations:
        for part in parse_location(location):
            if not part.regions or region in part.regions:
                places.update(part.locals)
            elif kecamatan := _kecamatan_named_kota(part, region):
                places.add(kecamatan)  # its own plan's 'Kota Raja': a kecamatan of that name
    return frozenset(places)


def _kecamatan_named_kota(part: Part, own: Region | None, kota: frozenset[str] = frozenset()) -> str:
    """The kecamatan a part of a kab/kota's own plan names as 'Kota ...' when it is no kota ('kota raja', 'kota soe' in
    Nusa Tenggara Timur); '' otherwise ('Kota Batu' in Kabupaten Malang's plan, 'Kota Kupang' in Kabupaten Kupang's, are
    the kota)."""
    if len(part.regions) != 1 or part.locals or own is None:
        return ""
    found = part.regions[0]
    if found.level != KOTA or found.key == own.key or _is_kota(found.key, kota):
        return ""
    return f"kota {found.name}"


@functools.lru_cache(maxsize=1)
def _kota_keys() -> frozenset[str]:
    """The names of Indonesia's kota (the kota of data/kabkota.csv), as Region keys ('tanjungpinang', 'padangpanjang')."""
    return frozenset(_name_key(name.lower()) for level, name, _ in provinces.kabkota_rows() if level == KOTA)


@functools.lru_cache(maxsize=1)
def _listed_keys() -> frozenset[tuple[str, str]]:
    """(level, Region key) of every kab/kota of data/kabkota.csv."""
    return frozenset((level, _name_key(name.lower())) for level, name, _ in provinces.kabkota_rows())


def is_listed(level: str, name: str) -> bool:
    """True when ``name`` ('kepulauan mentawai', or a short name of the table: 'solsel') is a kab/kota of that level
    ('kabupaten', 'kota') in data/kabkota.csv."""
    return (level, _name_key(name)) in _listed_keys()


def province_names_of(government: str) -> frozenset[str]:
    """What a location cell may call the plan's own province: its name as written, and every name the table knows
    for it ('Provinsi Jawa Timur' -> 'jawa timur', 'jatim'); another province's names are places elsewhere."""
    own = province_name(government)
    known = provinces.names_of(own or government)
    official = parse_part(known[0]).locals if known else ()  # 'Daerah Istimewa Yogyakarta' as a cell reads it
    names = {parse_part(government).province, own, *official, *(provinces.plain(name) for name in known)}
    return frozenset(name for name in names if name)


@functools.lru_cache(maxsize=1 << 14)
def _scope_keys(text: str) -> tuple[str, ...]:
    """A part as a whole, less each leading filler word in turn ('se-DI Yogyakarta' -> 'se di yogyakarta',
    'di yogyakarta', 'yogyakarta'): 'DI' is both a province's initials and the filler 'di'."""
    words = provinces.plain(text).split()
    keys = []
    while words:
        keys.append(" ".join(words))
        if words[0] not in FILLER_WORDS and PREFIXES.get(words[0]) != PROVINCE:
            break
        words = words[1:]
    return tuple(keys)


def province_name(government: str) -> str:
    """'Provinsi Jawa Timur' -> 'jawa timur' (the name without its level word)."""
    words = " ".join(government.lower().split()).split(" ", 1)
    return words[1] if len(words) == 2 and words[0].rstrip(".") in PREFIXES else ""


def _has_twin(region: Region | None, named: set[Region], kota: frozenset[str]) -> bool:
    """True when a bare name of the kab/kota may be the other level's: a known pair, or both named by the province
    where that other one exists (a 'Kota Merauke' written for the town makes no kota of a bare 'Merauke')."""
    if region is None:
        return False
    other = Region(KOTA if region.level == KABUPATEN else KABUPATEN, region.name)
    return region.name in TWIN_NAMES or (other in named and (other.level != KOTA or _is_kota(other.key, kota)))


def _is_kota(key: str, kota: frozenset[str]) -> bool:
    """True for the key of a kota of data/kabkota.csv or of one compared in the run (``kota``)."""
    return key in kota or key in _kota_keys()


def place(location: str, target: Target) -> Placement:
    """Where a province row located at ``location`` lies for the target kab/kota."""
    parts = parse_location(location)
    shared_by = _shared_by(parts, target)
    ambiguous, usable = "", False
    named_twice: tuple[str, str] | None = None
    for part in parts:
        if part.regions:
            usable = True
            if any(_is_region(region, target) for region in part.regions) or _own_kecamatan(part, target):
                return Placement(IN, part.text, shared_by)
            if any(_is_town(region, target) for region in part.regions):
                return Placement(IN, part.text, shared_by, town=True)
            continue  # its kecamatan and desa lie in the kab/kota it names
        if target.province_names.intersection(_scope_keys(part.text)):
            continue  # the whole province ('DIY', 'se-Jatim', 'Wilayah D.I. Yogyakarta'): no one place in it
        names = [name for name in part.locals if name not in target.province_names]
        usable = usable or bool(names)
        for name in names:
            if name in part.bare and _is_own_name(name, target) and not (name in target.short and name in target.shared):
                if not target.twin:  # the kab/kota's own name, without 'Kota' or 'Kabupaten'
                    return Placement(IN, part.text, shared_by)
                ambiguous = ambiguous or part.text
            elif name in target.shared:
                named_twice = named_twice or (part.text, name)  # 'Kec. Gedangan': of Malang or of Sidoarjo
            elif name in target.places:
                return Placement(IN, part.text, shared_by)
    if ambiguous:
        return Placement(AMBIGUOUS, ambiguous)
    if named_twice:
        return Placement(AMBIGUOUS, named_twice[0], named_twice=named_twice[1])
    return Placement(ELSEWHERE if usable else UNSTATED)


def _own_kecamatan(part: Part, target: Target) -> bool:
    """A 'Kota Raja' the kab/kota's own plan names as one of its places and no other kab/kota of the run does."""
    name = _kecamatan_named_kota(part, target.region, target.kota)
    return bool(name) and name in target.places and name not in target.shared


def _is_town(region: Region, target: Target) -> bool:
    """'Kota Merauke' for Kabupaten Merauke, 'Kota Tanah Merah' for the kabupaten whose own plan names 'Tanah Merah'
    (and no other kab/kota of the run does): a town of the kabupaten, where no kota of that name exists (a short
    name of the kabupaten names no town: 'Kota Kukar')."""
    own = target.region
    if own is None or own.level != KABUPATEN or region.level != KOTA or _is_kota(region.key, target.kota):
        return False
    if region.name in target.short or region.name in target.shared:
        return False
    return _compact(region.name) == _compact(own.name) or region.name in target.places


@functools.lru_cache(maxsize=1 << 10)
def initials_of(region: Region) -> tuple[str, ...]:
    """How a kab/kota of three words or more is written by its initials ('tts': Timor Tengah Selatan, 'sbd'); a level's
    initial before them would not tell a kabupaten from a kota ('KPP': Kota Padang Panjang, Kabupaten Padang Pariaman)."""
    words = region.name.replace("-", " ").split()
    return ("".join(word[0] for word in words),) if len(words) >= 3 else ()


def _shared_by(parts: tuple[Part, ...], target: Target) -> int:
    """How many kab/kota a cell names, the target included: 'Kabupaten X' and a bare name the province gives a
    kab/kota elsewhere ('Sleman dan Bantul' where another row says 'Kab. Bantul')."""
    regions = {region for part in parts for region in part.regions}
    if target.region is None:
        return max(1, len(regions))
    others = {region for region in regions if not _names_target(region, target)}
    # (a province named as the kota of its capital, 'Jambi', is the province's own name here, no other kab/kota)
    bare = {_name_key(name) for part in parts if not part.regions for name in part.bare
            if _name_key(name) in target.peers and name not in target.province_names}
    return 1 + len(others) + len(bare - {region.key for region in others})


def _names_target(region: Region, target: Target) -> bool:
    """True when a kab/kota a cell names is the target: itself, its kecamatan 'Kota Raja' or a town of it ('Kota Merauke')."""
    return _is_region(region, target) or _own_kecamatan(Part("", (region,)), target) or _is_town(region, target)


def _is_region(region: Region, target: Target) -> bool:
    """'Kabupaten Malang' (or 'Kabupaten Malang Jawa Timur') names the target; 'Kota Malang' does not."""
    return target.region is not None and region.level == target.region.level and _is_own_name(region.name, target)


def _is_own_name(name: str, target: Target) -> bool:
    """'malang' (or 'malang jawa timur', 'sleman diy', a short name of the table: 'kukar') is the target's name."""
    own = target.region
    if own is None:
        return False
    if name.isalpha() and name in initials_of(own):
        return True
    words = name.split()
    for end in range(len(words), 0, -1):
        if _name_key(" ".join(words[:end])) == own.key:
            return end == len(words) or " ".join(words[end:]) in target.province_names
    return False
