"""Link reasons, warnings and errors: one catalogue of English and Indonesian templates keyed by a stable id.

Producers build a text with ``say(key, **params)`` and chain the parts of a reason with ``joined``. What
they return is a ``str`` whose value is the English text (what models, JSON and tests carry) and which
remembers its key and parameters (``Message``; ``Joined`` remembers its parts), so a writer's
``render(text, lang)`` fills the Indonesian template directly. Adding a message is one catalogue line;
tests/test_messages.py fails for a raw string given to a Finding, Verdict, reason or SyncheckError.
"""

from __future__ import annotations

import re
from typing import Any

from .memo import Memo
from .message_texts import CATALOGUE

SEPARATOR = "; "


def catalogue() -> dict[str, tuple[str, str]]:
    """Every template, the errors' (error_texts.ERRORS, 'error.*') included."""
    if "error.unexpected" not in CATALOGUE:
        # read on the first error only: a command that succeeds never needs them
        from .error_texts import ERRORS

        CATALOGUE.update(ERRORS)
    return CATALOGUE


#: placeholders whose value is always a catalogue text (tests check it); any value that is one (a Message or
#: Joined) is rendered in the writer's language, a name or code as it is
NESTED = frozenset({"detail", "reason", "why", "first", "where", "wanted", "looks", "problem"})

#: each kind's names (by Kind value): the Indonesian name, which the outputs of both languages show as reviewers
#: say it, and the English nouns of the sentences (singular, plural, with its article); the one table of them
KIND_NAMES: dict[str, tuple[str, tuple[str, str, str]]] = {
    "urusan": ("urusan", ("affair", "affairs", "an affair")),
    "bidang_urusan": ("bidang urusan", ("sector", "sectors", "a sector")),
    "program": ("program", ("program", "programs", "a program")),
    "kegiatan": ("kegiatan", ("activity", "activities", "an activity")),
    "sub_kegiatan": ("sub kegiatan", ("sub-activity", "sub-activities", "a sub-activity")),
}
_ITEM_KINDS = ("program", "kegiatan", "sub_kegiatan")

#: placeholders holding English words, and their Indonesian forms (a value not listed is shown as it is)
WORDS: dict[str, dict[str, str]] = {
    "side": {"left": "kiri", "right": "kanan"},
    "sides": {"left": "kiri", "right": "kanan", "left and right": "kiri dan kanan"},
    "relation": {"identical": "identik", "similar": "serupa", "counterpart": "padanan", "review": "perlu ditinjau"},
    "kind": {kind: KIND_NAMES[kind][0] for kind in _ITEM_KINDS},
    "owner": {"provincial": "provinsi", "kabupaten/kota": "kabupaten/kota"},
    "json_type": {"list": "daftar (array)", "str": "teks", "int": "angka", "float": "angka", "bool": "true/false", "NoneType": "null"},
    # the headlines' kind nouns (sentences._EN_NOUNS): singular, plural and with its article, all one Indonesian word
    "kinds": {noun: KIND_NAMES[kind][0] for kind in _ITEM_KINDS for noun in KIND_NAMES[kind][1][1::-1]},
    "a_kind": {KIND_NAMES[kind][1][2]: KIND_NAMES[kind][0] for kind in _ITEM_KINDS},
    # why rows or sheets were skipped (SkipReason values and SheetInfo.skipped_reason): inspect and error.no_items
    "skip_reason": {
        "blank": "kosong", "title": "judul", "header": "kepala tabel", "banner": "baris perangkat daerah", "subtotal": "subtotal",
        "unreadable": "tak terbaca", "hidden_sheet": "lembar tersembunyi", "no_header": "tanpa kepala tabel",
        "hidden sheet": "lembar tersembunyi", "no header": "tanpa kepala tabel", "note": "catatan", "recap": "rekapitulasi",
        "continuation": "baris lanjutan", "group": "baris kelompok", "detail": "rincian belanja",
        "other_version": "versi lain", "other version": "versi lain", "another year": "tahun lain",
        "copy of another sheet": "salinan lembar lain", "earlier draft": "rancangan lebih awal",
        "hidden_duplicate": "duplikat tersembunyi", "list of codes and names": "daftar kode dan nama",
        "another government's plan": "rencana pemerintah lain", "proposals, not the plan": "usulan, bukan rencana",
    },  # fmt: skip
    "decisions": {"decisions": "keputusan", "decision": "keputusan"},
    # the level a place word names (place_words.LEVELS)
    "place_level": {"kecamatan": "kecamatan", "desa": "desa/kelurahan", "dusun": "dusun/jorong"},
    "plan_level": {"province": "provinsi", "provincial": "provinsi", "kabupaten/kota": "kabupaten/kota", "kabupaten": "kabupaten", "kota": "kota"},
}


class _Number(int):
    """A number a say() parameter shows as its language writes it, by the values.py function ``formatter`` names."""

    __slots__ = ()
    formatter = ""

    def __format__(self, spec: str) -> str:
        return self.shown("en") if not spec else int.__format__(self, spec)

    def shown(self, lang: str) -> str:
        """The number as ``lang`` writes it."""
        from . import values  # values builds on this module

        return getattr(values, self.formatter)(self, lang)


class Count(_Number):
    """A whole number written with its language's thousands separator: '1,048,576' in English, '1.048.576' in Indonesian."""

    __slots__ = ()
    formatter = "format_count"


class Tenths(_Number):
    """A number held in tenths, written with one decimal as its language writes it: '12.5' in English, '12,5' in Indonesian."""

    __slots__ = ()
    formatter = "format_tenths"


class Rupiah(_Number):
    """An amount written in its language's Rupiah form: 'Rp 1,250,000' in English, 'Rp 1.250.000' in Indonesian."""

    __slots__ = ()
    formatter = "format_rupiah"


class Share(_Number):
    """A count as a share of ``whole``, as the headlines write it: '94.0%' in English, '94,0%' in Indonesian."""

    whole: int  # (an int subclass holds no slots: the whole lives in the instance's dict)

    def shown(self, lang: str) -> str:
        """The share as ``lang`` writes it (values.format_percent)."""
        from .values import format_percent

        return format_percent(self, self.whole, lang)


def share(part: int, whole: int) -> Share:
    """``part`` of ``whole`` as a say() parameter."""
    found = Share(part)
    found.whole = whole
    return found


class Keyed(str):
    """A text made from the catalogue: the English text as the str value, and what it was made from."""

    __slots__ = ()

    def indonesian(self) -> str:
        """The Indonesian form of the text."""
        raise NotImplementedError


class Message(Keyed):
    """One catalogue text: ``key`` and the ``values`` of its placeholders in template order (nested texts kept)."""

    __slots__ = ("key", "values")  # a tuple, not a dict: a province run holds hundreds of thousands of reasons
    key: str
    values: tuple[object, ...]

    @property
    def params(self) -> dict[str, object]:
        """The parameters by placeholder name, as say() was given them."""
        return dict(zip(_names(self.key), self.values))

    def __reduce__(self) -> tuple[object, ...]:
        if not self.values:  # the one made for the key in this process, not a copy per pickled batch
            return say, (self.key,)
        return _message, (str(self), self.key, self.values)

    def indonesian(self) -> str:
        """The key's Indonesian template filled with the parameters, nested texts and English words translated."""
        return _indonesian(self.key, self.values)


class Joined(Keyed):
    """Texts shown as one, in order: the parts of a link reason (``separator`` '; ') or a list (', ').

    ``spec`` holds the parts flat, each a key and its values (or None and a text without a key),
    not as Messages: the English of the parts is the Joined's own text and is not kept twice.
    """

    __slots__ = ("spec", "separator")
    spec: tuple[object, ...]
    separator: str

    @property
    def parts(self) -> list[str]:
        """The parts, as Messages again (texts without a key as they are)."""
        return [part if key is None else say(key, **dict(zip(_names(key), part))) for key, part in _unpacked(self.spec)]

    def __reduce__(self) -> tuple[object, ...]:
        return _joined, (str(self), self.spec, self.separator)

    def indonesian(self) -> str:
        """Each part in Indonesian, joined by the same separator."""
        return self.separator.join([render(part, "id") if key is None else _indonesian(key, part) for key, part in _unpacked(self.spec)])


def _message(text: str, key: str, values: tuple[object, ...]) -> Message:
    """A Message of this English text (also how pickle rebuilds one: no formatting again)."""
    message = Message(text)
    message.key, message.values = key, values
    return message


def _joined(text: str, spec: tuple[object, ...], separator: str) -> Joined:
    """A Joined of this English text and flat parts."""
    out = Joined(text)
    out.spec, out.separator = spec, separator
    return out


def _unpacked(spec: tuple[object, ...]) -> list[tuple[str | None, Any]]:
    """(key, values) for each keyed part of a Joined's spec, (None, text) for a text without a key."""
    out, at = [], 0
    while at < len(spec):
        key = spec[at]
        if key is None:
            out.append((None, spec[at + 1]))
            at += 2
        else:
            count = len(_names(key))  # type: ignore[arg-type]
            out.append((key, spec[at + 1 : at + 1 + count]))
            at += 1 + count
    return out  # type: ignore[return-value]


#: key -> (English, Indonesian, its placeholder names in order, each once), made on a key's first use
_FORMS: dict[str, tuple[str, str, tuple[str, ...]]] = {}


def _form(key: str) -> tuple[str, str, tuple[str, ...]]:
    """(English, Indonesian, placeholder names) of ``key``: the names give the order of a Message's values."""
    form = _FORMS.get(key)
    if form is None:
        english, indonesian = CATALOGUE.get(key) or catalogue()[key]
        form = _FORMS[key] = (english, indonesian, tuple(dict.fromkeys(placeholders(english))))
    return form


def _names(key: str) -> tuple[str, ...]:
    """The placeholder names of ``key``, in the order a Message keeps their values."""
    return (_FORMS.get(key) or _form(key))[2]


def _indonesian(key: str, values: tuple[object, ...]) -> str:
    """The Indonesian template of ``key`` filled with these values (in Indonesian themselves)."""
    _, template, names = _FORMS.get(key) or _form(key)
    if not values:
        return template
    return template.format_map({name: _param_id(name, value) for name, value in zip(names, values)})


#: messages without parameters, made once: a run says "names equal after normalization" thousands of times
_CONSTANT: dict[str, Message] = {}


def say(key: str, /, **params: object) -> Message:
    """Catalogue message ``key``: its English text, remembering the key and parameters."""
    if params:
        english, _, names = _FORMS.get(key) or _form(key)
        message = Message(english.format_map(params))
        message.key, message.values = key, tuple(map(params.__getitem__, names))
        return message
    message = _CONSTANT.get(key)
    if message is None:
        message = _CONSTANT[key] = _message(_form(key)[0], key, ())
    return message


def joined(*parts: str, separator: str = SEPARATOR) -> str:
    """Parts of one reason, in order ('same code 1.02; names equal after normalization'); empty parts left out.

    One part is returned as it is; a Joined part with the same separator gives its own parts.
    """
    kept = [part for part in parts if part]
    if len(kept) < 2:
        return kept[0] if kept else ""
    spec: list[object] = []
    for part in kept:
        kind = part.__class__
        if kind is Message:
            spec.append(part.key)  # type: ignore[attr-defined]
            spec.extend(part.values)  # type: ignore[attr-defined]
        elif kind is Joined and part.separator == separator:  # type: ignore[attr-defined]
            spec.extend(part.spec)  # type: ignore[attr-defined]
        else:
            spec.extend((None, part))
    return _joined(separator.join(kept), tuple(spec), separator)


def made_with(text: str, key: str) -> bool:
    """True when the text is the catalogue message ``key`` or a Joined holding it among its parts."""
    if text.__class__ is Message:
        return text.key == key  # type: ignore[attr-defined]
    return text.__class__ is Joined and any(part_key == key for part_key, _ in _unpacked(text.spec))  # type: ignore[attr-defined]


def render(text: str, lang: str) -> str:
    """``text`` in ``lang`` ('en' or 'id'), as a plain str.

    A text not made by say() or joined() (none reaches a writer: tests/test_messages.py checks it)
    is shown as it is; no reader of the English text is needed, since none comes back from a file.
    """
    if text.__class__ is str or not text:
        return text
    if lang == "id" and isinstance(text, Keyed):
        return _cached_indonesian(text)
    return str.__str__(text)


#: Indonesian texts by what made them (a province run's workbook renders its 4,000 distinct reasons 185,000 times)
_RENDERED: Memo = Memo(100_000)


def _cached_indonesian(text: Keyed) -> str:
    """text.indonesian(), remembered by its structure (_made_of): equal English of two texts need not be equal
    Indonesian, equal structure is."""
    try:
        made = _made_of(text)
        found = _RENDERED.get(made)
    except TypeError:  # a value that cannot be a key: rendered every time
        return text.indonesian()
    if found is None:
        found = _RENDERED.keep(made, text.indonesian())
    return found


def _made_of(value: object) -> object:
    """What a text is made of, as a key: catalogue keys and values, nested texts likewise, whole numbers with
    their type (True == 1, but is written 'True'); any other value raises TypeError, and the text is not
    remembered (equal floats, decimals or times may be written differently: -0.0 and 0.0)."""
    kind = value.__class__
    if kind is str or value is None:
        return value
    if kind is Message:
        return (Message, value.key, tuple(map(_made_of, value.values)))  # type: ignore[attr-defined]
    if kind is Joined:
        return (Joined, value.separator, tuple(map(_made_of, value.spec)))  # type: ignore[attr-defined]
    if kind is int or kind is bool:
        return (kind, value)
    raise TypeError(f"a {kind.__name__} value is not remembered")


def _param_id(name: str, value: object) -> object:
    """A parameter in Indonesian: nested texts rendered, English words translated, the rest (codes, names) kept."""
    if isinstance(value, Keyed):
        return value.indonesian()
    if isinstance(value, _Number):
        return value.shown("id")
    words = WORDS.get(name)
    return words.get(value, value) if words is not None and isinstance(value, str) else value


def placeholders(template: str) -> list[str]:
    """The placeholder names of a template, in order."""
    return re.findall(r"\{(\w+)\}", template)
