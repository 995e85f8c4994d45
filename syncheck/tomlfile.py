"""Read TOML files (the audit file, theme files): the only tomllib/tomli user."""

from __future__ import annotations

import os
import re
import sys
from typing import Any

from .errors import AuditFileError
from .messages import say
from .safety import os_problem

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib


def read_toml(path: str) -> dict[str, Any]:
    """The TOML document at path as a dict; AuditFileError (one line) when missing or malformed."""
    name = os.path.basename(path) or path
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise AuditFileError(os_problem(error, "error.toml_directory"), file=name) from None
    except UnicodeDecodeError:
        raise AuditFileError(say("error.toml_not_utf8"), file=name) from None
    except tomllib.TOMLDecodeError as error:
        raise AuditFileError(_invalid(str(error)), file=name) from None


#: where tomllib puts the position in its message: 'Expected ... (at line 40, column 12)'
_POSITION = re.compile(r"^(?P<parser>.*?)\s*\(at line (?P<line>\d+), column (?P<column>\d+)\)$", re.DOTALL)
_AT_END = " (at end of document)"


def _invalid(text: str) -> str:
    """The parser's error as a sentence of our own with its position, the parser's words kept as a quote."""
    found = _POSITION.match(text)
    if found:
        return say("error.toml_invalid_at", line=int(found["line"]), column=int(found["column"]), parser=found["parser"])
    if text.endswith(_AT_END):
        return say("error.toml_invalid_end", parser=text[: -len(_AT_END)])
    return say("error.toml_invalid", cause=text)
