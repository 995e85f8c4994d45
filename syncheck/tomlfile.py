"""Read TOML files (the audit file, theme files): the only tomllib/tomli user."""

from __future__ import annotations

import os
import sys
from typing import Any

from .errors import AuditFileError
from .messages import say

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
    except FileNotFoundError:
        raise AuditFileError(say("error.file_not_found"), file=name) from None
    except IsADirectoryError:
        raise AuditFileError(say("error.toml_directory"), file=name) from None
    except OSError as error:
        raise AuditFileError(say("error.cannot_read_file", cause=str(error.strerror or error)), file=name) from None
    except UnicodeDecodeError:
        raise AuditFileError(say("error.toml_not_utf8"), file=name) from None
    except tomllib.TOMLDecodeError as error:
        raise AuditFileError(say("error.toml_invalid", cause=str(error)), file=name) from None
