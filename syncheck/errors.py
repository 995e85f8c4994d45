"""Errors that stop syncheck from proceeding; each names the file (and sheet/row) it is about."""

from __future__ import annotations


class SyncheckError(Exception):
    """Cannot proceed: the CLI prints ``str(error)`` on one line and exits 3."""

    exit_code = 3

    def __init__(self, message: str, file: str = "", sheet: str = "", row: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.sheet = sheet
        self.row = row

    def __str__(self) -> str:
        where = [part for part in (self.file, f"sheet {self.sheet!r}" if self.sheet else "") if part]
        if self.row is not None:
            where.append(f"row {self.row}")
        prefix = ", ".join(where)
        text = " ".join(self.message.split())
        return f"{prefix}: {text}" if prefix else text


class InputFileError(SyncheckError):
    """The file is missing, not a spreadsheet, corrupt, protected or too large."""


class NoHeaderError(SyncheckError):
    """No sheet of the file has a recognizable RKPD header."""


class EmptyWorkbookError(SyncheckError):
    """Every sheet of the file is empty."""


class NomenclatureError(SyncheckError):
    """The file given as nomenclature master is not a nomenclature list."""


class OutputError(SyncheckError):
    """An output file cannot be written (or would overwrite an input)."""


class UsageError(SyncheckError):
    """The command line asks for something syncheck cannot do."""


class AuditFileError(SyncheckError):
    """The audit file (or a themes file) cannot be read, or names something that is not there."""
