"""The JSON documents' shared text form and atomic file writer (compare, validate and inspect)."""

from __future__ import annotations

import json
from typing import Any

from syncheck.safety import atomic_write


def document_text(document: dict[str, Any]) -> str:
    """A JSON document as text: each top-level key, and each record of a list, on its own line."""
    # json's indent= path is pure Python; one compact encode per record keeps the C encoder
    encode = json.JSONEncoder(ensure_ascii=False).encode
    parts = []
    for key, value in document.items():
        if isinstance(value, list) and value:
            body = ",\n".join("    " + encode(record) for record in value)
            parts.append(f"  {encode(key)}: [\n{body}\n  ]")
        else:
            parts.append(f"  {encode(key)}: {encode(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def write_document(document: dict[str, Any], path: str) -> None:
    """Write a JSON document to path (UTF-8, LF line ends), atomically."""
    data = document_text(document).encode("utf-8")

    def write(temp: str) -> None:
        with open(temp, "wb") as handle:
            handle.write(data)

    atomic_write(path, write)
