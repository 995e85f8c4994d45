"""The JSON documents' shared text form and atomic file writer (compare, validate and inspect)."""

from __future__ import annotations

import json
from typing import Any, Iterable, Iterator

from syncheck.safety import atomic_write

_NOTHING = object()


class Encoded(str):
    """A record already encoded as compact JSON: written as it is."""


def document_text(document: dict[str, Any]) -> str:
    """A JSON document as text: each top-level key, and each record of a list, on its own line."""
    return "".join(document_chunks(document))


def document_chunks(document: dict[str, Any]) -> Iterator[str]:
    """document_text in pieces; a list given as an iterator is encoded one record at a time."""
    # json's indent= path is pure Python; one compact encode per record keeps the C encoder, and
    # records produced lazily never all sit in memory (300,000 links of a province run)
    encode = json.JSONEncoder(ensure_ascii=False).encode
    yield "{"
    for index, (key, value) in enumerate(document.items()):
        yield ("\n" if index == 0 else ",\n") + f"  {encode(key)}: "
        if isinstance(value, (list, tuple, Iterator)):
            yield from _records(value, encode)
        else:
            yield encode(value)
    yield "\n}\n"


def _records(records: Iterable[Any], encode: Any) -> Iterator[str]:
    """A JSON array with one record a line ('[]' when empty)."""
    iterator = iter(records)
    first = next(iterator, _NOTHING)
    if first is _NOTHING:
        yield "[]"
        return
    yield "[\n    " + (first if first.__class__ is Encoded else encode(first))
    for record in iterator:
        yield ",\n    " + (record if record.__class__ is Encoded else encode(record))
    yield "\n  ]"


def write_document(document: dict[str, Any], path: str) -> None:
    """Write a JSON document to path (UTF-8, LF line ends), atomically, streaming its records."""

    def write(temp: str) -> None:
        with open(temp, "w", encoding="utf-8", newline="\n") as handle:
            for chunk in document_chunks(document):
                handle.write(chunk)

    atomic_write(path, write)
