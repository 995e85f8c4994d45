"""The JSON documents' shared text form and atomic file writer (compare, validate and inspect)."""

from __future__ import annotations

import json
from typing import Any

from syncheck.safety import atomic_write


def document_text(document: dict[str, Any]) -> str:
    """A JSON document as text: indent 2, UTF-8 characters kept, trailing newline."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def write_document(document: dict[str, Any], path: str) -> None:
    """Write a JSON document to path (UTF-8, LF line ends), atomically."""
    data = document_text(document).encode("utf-8")

    def write(temp: str) -> None:
        with open(temp, "wb") as handle:
            handle.write(data)

    atomic_write(path, write)
