"""The JSON documents' shared text form and atomic file writer (compare, validate and inspect)."""

from __future__ import annotations

import json
import math
from typing import Any, Iterable, Iterator

from syncheck.safety import atomic_write

_NOTHING = object()
#: compact JSON, UTF-8 kept: every record and document of syncheck is written with this encoder
_encode = json.JSONEncoder(ensure_ascii=False).encode


class Encoded(str):
    """A record already encoded as compact JSON: written as it is."""


def document_text(document: dict[str, Any]) -> str:
    """A JSON document as text: each top-level key, and each record of a list, on its own line."""
    return "".join(document_chunks(document))


def document_chunks(document: dict[str, Any]) -> Iterator[str]:
    """document_text in pieces; a list given as an iterator is encoded one record at a time."""
    # json's indent= path is pure Python; one compact encode per record keeps the C encoder, and
    # records produced lazily never all sit in memory (300,000 links of a province run)
    yield "{"
    for index, (key, value) in enumerate(document.items()):
        yield ("\n" if index == 0 else ",\n") + f"  {_encode(key)}: "
        if isinstance(value, (list, tuple, Iterator)):
            yield from _records(value)
        else:
            yield _encode(value)
    yield "\n}\n"


def _records(records: Iterable[Any]) -> Iterator[str]:
    """A JSON array with one record a line ('[]' when empty)."""
    iterator = iter(records)
    first = next(iterator, _NOTHING)
    if first is _NOTHING:
        yield "[]"
        return
    yield "[\n    " + (first if first.__class__ is Encoded else _encode(first))
    for record in iterator:
        yield ",\n    " + (record if record.__class__ is Encoded else _encode(record))
    yield "\n  ]"


def write_document(document: dict[str, Any], path: str) -> None:
    """Write a JSON document to path (UTF-8, LF line ends), atomically, streaming its records."""

    def write(temp: str) -> None:
        with open(temp, "w", encoding="utf-8", newline="\n") as handle:
            for chunk in document_chunks(document):
                handle.write(chunk)

    atomic_write(path, write)


#: what that encoder writes for a str (json's own C function)
encode_text = json.encoder.encode_basestring  # type: ignore[attr-defined]


def flat_json(record: dict[str, Any]) -> str:
    """A flat record (texts, numbers, None) as JSONEncoder(ensure_ascii=False) writes it, without its per-call setup.

    The encoder's setup costs more than a small record: a province run writes 300,000 of them.
    """
    return "{" + ", ".join([f"{encode_text(name)}: {_value_json(value)}" for name, value in record.items()]) + "}"


def _value_json(value: object) -> str:
    """One field's value as the encoder writes it."""
    kind = value.__class__
    if kind is str:
        return encode_text(value)
    if value is None:
        return "null"
    if kind is int or (kind is float and math.isfinite(value)):  # type: ignore[arg-type]
        return repr(value)
    if isinstance(value, str):  # a catalogue text (messages.Message): its English text, without the encoder's setup
        return encode_text(value)
    return _encode(value)  # booleans, odd numbers, anything else: the encoder itself
