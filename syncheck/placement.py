"""Where a province row lies relative to one kab/kota: in it, elsewhere, not stated, or ambiguous, from its location
cell read as places (places.py) against the places the kab/kota's own plan names (pure)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, replace

from . import home_provinces, provinces
from .place_words import COMMON_PLACE_WORDS, FILLER_WORDS, KABUPATEN, KOTA, PREFIXES, PROVINCE, TWIN_NAMES
from .places import (
    Part, Region, compact_name, initials_of, is_listed, kota_keys, listed_regions, name_key, parse_location, parse_part, province_name, region_of,
    short_names_of,
)

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
    #: (place, level) of its shared places that its plan alone names at that level ('Kec. Koto Tangah' of Padang
    #: where Agam names a nagari), and those that one other plan alone names so: a province row writing the level is there
    alone: frozenset[tuple[str, str]] = frozenset()
    alone_elsewhere: frozenset[tuple[str, str]] = frozenset()
    #: likewise (place, place word) where the level does not decide: 'Kapanewon Jetis' of Bantul where Kota Yogyakarta
    #: names a 'Kemantren Jetis' (both kecamatan)
    word_alone: frozenset[tuple[str, str]] = frozenset()
    word_elsewhere: frozenset[tuple[str, str]] = frozenset()
    #: its places written without spaces and hyphens ('telukdalam' for its 'Kec. Teluk Dalam') where no other plan of
    #: the run names a place so written
    compact: frozenset[str] = frozenset()
    #: towns its kecamatan are named after with a compass word ('tondano' of its 'Kec. Tondano Barat', 'Tondano Utara'),
    #: where no other plan of the run names a place so and the town is no kab/kota's name
    towns: frozenset[str] = frozenset()
    #: the kab/kota compared in the run, as (level, Region key); None when not known
    compared: frozenset[tuple[str, str]] | None = None


@dataclass(frozen=True)
class Placement:
    """Where a province row lies for one kab/kota: in it (at ``where``), elsewhere, not stated, or ambiguous."""

    status: str
    where: str = ""  # the part of the cell that places the row (or is ambiguous)
    shared_by: int = 1  # how many kab/kota the cell names, this one included
    named_twice: str = ""  # ambiguous as this place, which another kab/kota's plan names too (not as a twin name)
    level: str = ""  # in the kab/kota as ``named_twice`` at this level, at which its plan alone names it (Target.alone)
    word: str = ""  # ... or by this place word, which its plan alone writes for it (Target.word_alone)
    cell: str = ""  # the location read when not the row's own: its kegiatan's (tally.parent_locations)
    town: bool = False  # in the kabupaten as 'Kota X' where no kota X exists: a town of it ('Kota Merauke'; _is_town)
    written_in: str = ""  # ambiguous as a place of its plan written with this kab/kota, which the run does not compare
    kab_kota_named: str = ""  # ambiguous as a place of its plan named like this kab/kota of its province ('Wajo')
    #: the province row's and the kab/kota row's amounts for their places in the kab/kota, where each states its amount
    #: per place (Item.place_budgets, tally.checked_links); None: the row's whole amount
    left_part: int | None = None
    right_part: int | None = None


def target_of(government: str, locations: set[str], province: str, province_locations: set[str],
              elsewhere: frozenset[str] = frozenset(), kota: frozenset[str] = frozenset(),
              levels: Mapping[tuple[str, str, str], tuple[str, ...]] | None = None,
              compared: frozenset[tuple[str, str]] | None = None) -> Target:
    """The kab/kota ``government`` with the places its rows name, read against its province (``elsewhere``: places
    the other kab/kota of the comparison name; ``kota``: the kota compared in the run, as Region keys; ``levels``:
    (place, level, place word) the others name with a level word, with those kab/kota; ``compared``: the kab/kota of
    the run, as (level, Region key), None when not known)."""
    region = region_of(government)
    province_names = province_names_of(province)
    places = named_places(government, locations) - province_names
    named = {region for location in province_locations for part in parse_location(location) for region in part.regions}
    own = {region.key, *initials_of(region)} if region else set()
    short = short_names_of(government)
    target = Target(region, places, province_names, _has_twin(region, named, kota, province_names), frozenset(), (places | short) & elsewhere, short, kota,
                    compact=_compact_places(places, elsewhere), towns=_towns(places, elsewhere), compared=compared)
    if levels is not None:
        target = replace(target, **_alone(named_levels(government, locations), target.shared, levels))
    # (a town of it the province writes as 'Kota Tanah Merah' makes no other kab/kota of a bare 'Tanah Merah')
    return replace(target, peers=frozenset(other.key for other in named if other.key not in own and not _is_town(other, target)))


def _compact_places(places: frozenset[str], elsewhere: frozenset[str]) -> frozenset[str]:
    """Target.compact: a plan's places without spaces and hyphens, less those another plan's places are so."""
    return frozenset(map(compact_name, places)) - frozenset(map(compact_name, elsewhere))


def _towns(places: frozenset[str], elsewhere: frozenset[str]) -> frozenset[str]:
    """Target.towns of a plan naming ``places`` where the other plans name ``elsewhere``."""
    def bases(names: frozenset[str]) -> set[str]:
        return {name.rsplit(" ", 1)[0] for name in names if " " in name and name.rsplit(" ", 1)[1] in _COMPASS}

    return frozenset(town for town in bases(places) - bases(elsewhere) - elsewhere - places if not listed_regions(town))


#: the words a kecamatan named after its town ends in ('Tondano Barat', 'Baturaja Timur', 'Amuntai Tengah')
_COMPASS = frozenset({"barat", "timur", "utara", "selatan", "tengah"})


def named_places(government: str, locations: set[str]) -> frozenset[str]:
    """The kecamatan, desa and other places a kab/kota's own rows name (a kecamatan of another kab/kota is not one)."""
    region = region_of(government)
    places: set[str] = set()
    for location in locations:
        for part in parse_location(location):
            if not part.regions or region in part.regions:
                places.update(name for name in part.locals if not _common_hamlet(name, part))
            elif kecamatan := _kecamatan_named_kota(part, region):
                places.add(kecamatan)  # its own plan's 'Kota Raja': a kecamatan of that name
    return frozenset(places | {shorter for name in places if (shorter := _without_opening_word(name))})


#: words opening a place's name that a province may leave out, with the number of words that must follow: a kecamatan
#: of islands ('Kec. Dullah Utara' for the plan's 'Kec. Pulau Dullah Utara'; only before a name of two words or more,
#: which names nothing else), and Maluku's negeri, its villages ('Piru' for the plan's 'Negeri Piru'; 'negeri' is no
#: place word, as it opens kecamatan names in Lampung: 'Negeri Katon')
_LEFT_OUT = {"pulau": 2, "negeri": 1}


def _without_opening_word(name: str) -> str:
    """A place's name without an opening word of _LEFT_OUT ('negeri piru' -> 'piru'); '' for any other name."""
    first, _, rest = name.partition(" ")
    return rest if first in _LEFT_OUT and len(rest.split()) >= _LEFT_OUT[first] else ""


#: the level of a hamlet (dusun, Bali's banjar, Sumatera Barat's jorong)
_HAMLET = "dusun"


def _common_hamlet(name: str, part: Part) -> bool:
    """True for a hamlet of one word ('Br. Kaja', 'Dusun Krajan', 'Jorong Sutijo'): such names repeat in hundreds of
    villages, so neither a plan's nor a province's places a row ('Jorong Pasar Maninjau' does; an address always)."""
    return " " not in name and (name, _HAMLET) in part.levels


def named_levels(government: str, locations: set[str]) -> frozenset[tuple[str, str, str]]:
    """(place, level, place word) of the places a kab/kota's own rows name with a level word ('Kec. Koto Tangah')."""
    region = region_of(government)
    parts = (part for location in locations for part in parse_location(location))
    return frozenset((name, level, word) for part in parts if not part.regions or region in part.regions
                     for (name, level), (_, word) in zip(part.levels, part.words))


def _alone(own: frozenset[tuple[str, str, str]], shared: frozenset[str], others: Mapping[tuple[str, str, str], tuple[str, ...]]) -> dict:
    """Target.alone and Target.alone_elsewhere of a plan naming ``own`` where other plans name ``others``: only for a
    place every plan names with a level word (a bare 'Koto Tangah' in a plan may be its kecamatan or its kelurahan);
    Target.word_alone and word_elsewhere likewise by place word, but for the words of every place of a level."""
    unknown = {name for name, level, _ in others if not level}
    known = {name for name, _, _ in own if name in shared} - unknown
    alone, elsewhere = _decided(own, others, known, 1, frozenset())
    word_alone, word_elsewhere = _decided(own, others, known, 2, COMMON_PLACE_WORDS)
    return {"alone": alone, "alone_elsewhere": elsewhere, "word_alone": word_alone, "word_elsewhere": word_elsewhere}


def _decided(own: frozenset[tuple[str, str, str]], others: Mapping[tuple[str, str, str], tuple[str, ...]], known: set[str], at: int,
             common: frozenset[str]) -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]:
    """(place, level) (``at`` 1) or (place, place word) (``at`` 2) of the ``known`` places the plan alone names so, and
    those one other plan alone names so (``common``: words that decide nothing)."""
    mine = {(key[0], key[at]) for key in own if key[0] in known and key[at] not in common}
    theirs: dict[tuple[str, str], set[str]] = {}
    for key, named in others.items():
        if key[0] in known and key[at] not in common:
            theirs.setdefault((key[0], key[at]), set()).update(named)
    return frozenset(mine - theirs.keys()), frozenset(key for key, named in theirs.items() if key not in mine and len(named) == 1)


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


def province_names_of(government: str) -> frozenset[str]:
    """What a location cell may call the plan's own province: its name as written, and every name the table knows
    for it ('Provinsi Jawa Timur' -> 'jawa timur', 'jatim'); another province's names are places elsewhere."""
    own = province_name(government)
    known = provinces.names_of(own or government)
    official = parse_part(known[0]).locals if known else ()  # 'Daerah Istimewa Yogyakarta' as a cell reads it
    names = {parse_part(government).province, own, *official, *(provinces.plain(name) for name in known)}
    return frozenset(name for name in names if name)


def names_province(part: Part, province_names: frozenset[str]) -> bool:
    """True for a part naming the whole province of ``province_names`` ('Provinsi Jawa Timur', 'se-Jatim')."""
    return not province_names.isdisjoint(_scope_keys(part.text))


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


def _has_twin(region: Region | None, named: set[Region], kota: frozenset[str], province_names: frozenset[str]) -> bool:
    """True when a bare name of the kab/kota may be the other level's: a known pair, or both named by the province
    where that other one exists in the province (a 'Kota Merauke' written for the town makes no kota of a bare
    'Merauke', nor does 'Kab. Pontianak', Mempawah's name until 2014, a kabupaten of a bare 'Pontianak', nor Jawa
    Barat's 'Kota Banjar' a kota of Kalimantan Selatan's bare 'Banjar')."""
    if region is None:
        return False
    other = Region(KOTA if region.level == KABUPATEN else KABUPATEN, region.name)
    exists = _is_kota(other.key, kota) if other.level == KOTA else is_listed(KABUPATEN, other.name)
    home = home_provinces.province_of(other)
    return region.name in TWIN_NAMES or (other in named and exists and (not home or provinces.plain(home) in province_names))


def _is_kota(key: str, kota: frozenset[str]) -> bool:
    """True for the key of a kota of data/kabkota.csv or of one compared in the run (``kota``)."""
    return key in kota or key in kota_keys()


def place(location: str, target: Target) -> Placement:
    """Where a province row located at ``location`` lies for the target kab/kota."""
    parts = parse_location(location)
    if _in_other_province(parts, target):
        return Placement(ELSEWHERE)
    shared_by = _shared_by(parts, target)
    pending = _Pending()
    for part in parts:
        if part.regions:
            pending.usable = True
            found = _in_regions(part, target, shared_by)
            if found and found.status == IN:
                return found
            pending.ambiguous = pending.ambiguous or (found.where if found else "")  # its kecamatan and desa lie there
        elif not names_province(part, target.province_names):  # (not the whole province: 'se-Jatim')
            found = _in_places(part, target, shared_by, pending)
            if found:
                return found
    return pending.resolve()


def _in_other_province(parts: list[Part], target: Target) -> bool:
    """True for a cell naming no kab/kota with its level word and another province than the target's: its places lie
    there ('Kec. Martapura, Kalimantan Selatan', 'Martapura (Kalsel)' in Sumatera Selatan's plan)."""
    if not target.province_names or any(part.regions for part in parts):
        return False  # (a kab/kota named decides, whatever province is written beside it)
    names = [name for part in parts for name in (part.province or "", *part.bare) if name]
    return any(provinces.other_province(name, target.province_names) for name in names)


@dataclass
class _Pending:
    """What a cell's parts leave to decide when none places the row in the target."""

    usable: bool = False  # a part names a place (else the row's place is not stated)
    by_level: Placement | None = None  # in it by a level or place word only its plan writes for a shared place
    ambiguous: str = ""  # a twin's bare name, or a kab/kota's that may be either level
    named_twice: tuple[str, str] | None = None  # (part, place) another plan of the run names too
    written_in: tuple[str, str] | None = None  # (part, the kab/kota written with it) the run does not compare
    kab_kota_named: tuple[str, str] | None = None  # (part, the kab/kota of the province its bare place name also names)

    def resolve(self) -> Placement:
        """The placement the cell leaves: by a level word first, then each kind of doubt, else elsewhere or unstated."""
        if self.by_level:  # (placed by a level word only when no other place of the cell places it)
            return self.by_level
        if self.ambiguous:
            return Placement(AMBIGUOUS, self.ambiguous)
        if self.named_twice:
            return Placement(AMBIGUOUS, self.named_twice[0], named_twice=self.named_twice[1])
        if self.written_in:
            return Placement(AMBIGUOUS, self.written_in[0], written_in=self.written_in[1])
        if self.kab_kota_named:
            return Placement(AMBIGUOUS, self.kab_kota_named[0], kab_kota_named=self.kab_kota_named[1])
        return Placement(ELSEWHERE if self.usable else UNSTATED)


def _in_places(part: Part, target: Target, shared_by: int, pending: _Pending) -> Placement | None:
    """IN when a part naming no kab/kota with its level word names the target (its bare name) or a place only its plan
    names; what it leaves in doubt goes to ``pending``."""
    names = [name for name in part.locals if name not in target.province_names and not _common_hamlet(name, part)]
    pending.usable = pending.usable or bool(names)
    for name in names:
        written = _written_in(part, name, target)
        if written == ELSEWHERE:
            continue  # 'Kaliwungu (Kendal)', 'Binjai (Langkat)': the place of that kab/kota
        if name in part.bare and _own_bare_name(name, target):
            if not target.twin:  # the kab/kota's own name, without 'Kota' or 'Kabupaten'
                return Placement(IN, part.text, shared_by)
            pending.ambiguous = pending.ambiguous or part.text
        elif written == AMBIGUOUS:
            if _plan_names(name, target):
                pending.written_in = pending.written_in or (part.text, _written_regions(part.address_of))
        elif name in target.shared:
            _shared_place(part, name, target, shared_by, pending)
        elif _plan_names(name, target) or _island_of_place(name, target):
            if not (other := _province_kab_kota(name, part, target)):
                return Placement(IN, part.text, shared_by)
            pending.kab_kota_named = pending.kab_kota_named or (part.text, other)  # 'Wajo': Makassar's kecamatan or the kabupaten
        elif name in target.towns and name in part.bare:
            return Placement(IN, part.text, shared_by)  # (the town its kecamatan are named after: Tondano, of Tondano Barat)
    return None


def _own_bare_name(name: str, target: Target) -> bool:
    """True when a bare name is the target's own ('Malang', 'Kukar'), unless it is a short name another plan of the run
    names as its place."""
    return _is_own_name(name, target) and not (name in target.short and name in target.shared)


def _plan_names(name: str, target: Target) -> bool:
    """True when the target's plan names the place, as written or without its spaces and hyphens ('Idanogawo')."""
    return name in target.places or compact_name(name) in target.compact


def _province_kab_kota(name: str, part: Part, target: Target) -> str:
    """The kab/kota of the target's province a bare place name of its plan is the name of ('wajo': Kabupaten Wajo, for
    Kota Makassar's 'Kec. Wajo'), as Kemendagri's list names it; '' for a name written with a place word or of none."""
    if name not in part.bare:
        return ""
    for region in listed_regions(name):
        if provinces.plain(home_provinces.province_of(region)) in target.province_names:
            return home_provinces.listed_name(region)
    return ""


def _island_of_place(name: str, target: Target) -> bool:
    """True for 'Pulau X' where the plan names X ('Pulau Galang' for its 'Kec. Galang') and no other plan of the run does."""
    rest = name[len(_ISLAND) :] if name.startswith(_ISLAND) else ""
    return bool(rest) and rest in target.places and rest not in target.shared


#: the word of an island's name
_ISLAND = "pulau "


def _shared_place(part: Part, name: str, target: Target, shared_by: int, pending: _Pending) -> None:
    """A place another plan of the run names too: in the target by the level or place word only its plan writes for it
    ('Kec. Koto Tangah' where the other names a nagari, 'Kapanewon Jetis' where it names a kemantren), else in doubt
    ('Kec. Gedangan': of Malang or of Sidoarjo) unless that word is the other plan's alone."""
    level, word = dict(part.levels).get(name, ""), dict(part.words).get(name, "")
    if (name, level) in target.alone:
        pending.by_level = pending.by_level or Placement(IN, part.text, shared_by, named_twice=name, level=level)
    elif (name, word) in target.word_alone:
        pending.by_level = pending.by_level or Placement(IN, part.text, shared_by, named_twice=name, level=level, word=word)
    elif (name, level) not in target.alone_elsewhere and (name, word) not in target.word_elsewhere:
        pending.named_twice = pending.named_twice or (part.text, name)


def _written_in(part: Part, name: str, target: Target) -> str:
    """For a place a part writes with another kab/kota (Part.address_of): ELSEWHERE when it is that kab/kota's (a bracket
    after it, 'Kaliwungu (Kendal)'; or a kab/kota of the run whose plan names the place too), AMBIGUOUS when the run does
    not compare that kab/kota ('Kaliwungu, Kab. Kendal': an address, or a list), '' when it is the target, the run is
    not known, or a compared kab/kota whose plan names no such place (the cell lists places: 'Ambarawa, Kota Semarang')."""
    regions = part.address_of
    if not regions or any(_is_region(region, target) for region in regions):
        return ""
    if part.address_in_bracket:  # 'Kaliwungu (Kendal)': Kendal's, unless the plan names the bracket's place ('Sleman (Depok)')
        return "" if part.bare[-1] in target.places else ELSEWHERE
    if target.compared is None:
        return ""
    if any((region.level, region.key) in target.compared for region in regions):
        return ELSEWHERE if name in target.shared else ""
    return AMBIGUOUS


def _written_regions(regions: tuple[Region, ...]) -> str:
    """The kab/kota a place is written with, as a location names them ('Kabupaten Kendal'; twins: 'Kota Semarang /
    Kabupaten Semarang')."""
    return " / ".join(home_provinces.listed_name(region) for region in regions)


def _in_regions(part: Part, target: Target, shared_by: int) -> Placement | None:
    """Where a part naming kab/kota with their level word places the row: in the target when one of them is it (or its
    kecamatan 'Kota Raja', a town of it), or when a bare name listed beside them is its name ('Nias Selatan' in
    '(Kab. Nias, Nias Selatan dan Kota Gunungsitoli)'; ambiguous for a twin name); None otherwise."""
    if any(_is_region(region, target) for region in part.regions) or _own_kecamatan(part, target):
        return Placement(IN, part.text, shared_by)
    if any(_is_town(region, target) for region in part.regions):
        return Placement(IN, part.text, shared_by, town=True)
    for name in part.listed:
        if _own_bare_name(name, target):
            return Placement(AMBIGUOUS, part.text) if target.twin else Placement(IN, part.text, shared_by)
    return None


def _own_kecamatan(part: Part, target: Target) -> bool:
    """A 'Kota Raja' the kab/kota's own plan names as one of its places and no other kab/kota of the run does."""
    name = _kecamatan_named_kota(part, target.region, target.kota)
    return bool(name) and name in target.places and name not in target.shared


def _is_town(region: Region, target: Target) -> bool:
    """'Kota Merauke' for Kabupaten Merauke, 'Kota Tanah Merah' for the kabupaten whose own plan names 'Tanah Merah'
    (and no other kab/kota of the run does), 'Kota Tondano' for the town its kecamatan are named after, 'Kota Baru' for
    Kabupaten Kotabaru: a town of the kabupaten, where no kota of that name exists (a short name of the kabupaten names
    no town: 'Kota Kukar')."""
    own = target.region
    if own is None or own.level != KABUPATEN or region.level != KOTA or _is_kota(region.key, target.kota):
        return False
    if region.name in target.short or region.name in target.shared:
        return False
    if compact_name(f"kota {region.name}") == compact_name(own.name):
        return True  # 'Kota Baru' for Kabupaten Kotabaru: its name written apart
    return compact_name(region.name) == compact_name(own.name) or region.name in target.places or region.name in target.towns


def _shared_by(parts: tuple[Part, ...], target: Target) -> int:
    """How many kab/kota a cell names, the target included: 'Kabupaten X' and a bare name the province gives a
    kab/kota elsewhere ('Sleman dan Bantul' where another row says 'Kab. Bantul')."""
    regions = {region for part in parts for region in part.regions}
    if target.region is None:
        return max(1, len(regions))
    others = {region for region in regions if not _names_target(region, target)}
    # (a province named as the kota of its capital, 'Jambi', is the province's own name here, no other kab/kota)
    bare = {name_key(name) for part in parts if not part.regions for name in part.bare
            if name_key(name) in target.peers and name not in target.province_names}
    listed = {name_key(name) for part in parts for name in part.listed if _names_kab_kota(name, target) and not _is_own_name(name, target)}
    return 1 + len(others) + len((bare | listed) - {region.key for region in others})


def _names_kab_kota(name: str, target: Target) -> bool:
    """True when a bare name is a kab/kota of Kemendagri's list, or a short name of one ('nias selatan', 'tapteng'), that
    the run compares, when the run is known: a short name names only a kab/kota of the run ('Palas' is also a kecamatan)."""
    regions = listed_regions(name)
    return bool(regions) and (target.compared is None or any((region.level, region.key) in target.compared for region in regions))


def _names_target(region: Region, target: Target) -> bool:
    """True when a kab/kota a cell names is the target: itself, its kecamatan 'Kota Raja' or a town of it ('Kota Merauke')."""
    return _is_region(region, target) or _own_kecamatan(Part("", (region,)), target) or _is_town(region, target)


def _is_region(region: Region, target: Target) -> bool:
    """'Kabupaten Malang' (or 'Kabupaten Malang Jawa Timur', or a short name: 'Kota Jogja') names the target; 'Kota Malang' does not."""
    own = target.region
    return own is not None and region.level == own.level and (region.key == own.key or _is_own_name(region.name, target))


def _is_own_name(name: str, target: Target) -> bool:
    """'malang' (or 'malang jawa timur', 'sleman diy', a short name of the table: 'kukar') is the target's name."""
    own = target.region
    if own is None:
        return False
    if name.isalpha() and name in initials_of(own):
        return True
    words = name.split()
    if len(words) > _LONGEST_NAME:
        return False  # (no kab/kota name with its province's after it is so long; a cell's run of words is no name)
    for end in range(len(words), 0, -1):
        if name_key(" ".join(words[:end])) == own.key:
            return end == len(words) or " ".join(words[end:]) in target.province_names
    return False


#: the most words a kab/kota's name with its province's after it holds ('kepulauan siau tagulandang biaro sulawesi utara')
_LONGEST_NAME = 12
