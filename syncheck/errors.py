"""Errors that stop syncheck from proceeding; each names the file (and sheet/row) it is about."""

from __future__ import annotations

from .messages import render, say


class SyncheckError(Exception):
    """Cannot proceed: the CLI prints ``in_language(lang)`` on one line and exits 3.

    ``message`` is a catalogue text (messages.say('error....')): ``str(error)`` is the English line.
    """

    exit_code = 3

    def __init__(self, message: str, file: str = "", sheet: str = "", row: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.sheet = sheet
        self.row = row

    def __str__(self) -> str:
        return self.in_language("en")

    def in_language(self, lang: str) -> str:
        """'file, sheet 'X', row N: what' in ``lang`` ('en' or 'id'; 'lembar', 'baris')."""
        where = [self.file] if self.file else []
        if self.sheet:
            where.append(render(say("where.sheet", sheet=repr(self.sheet)), lang))
        if self.row is not None:
            where.append(render(say("where.row", row=self.row), lang))
        text = " ".join(render(self.message, lang).split())
        return f"{', '.join(where)}: {text}" if where else text


class InputFileError(SyncheckError):
    """The file is missing, not a spreadsheet, corrupt, protected or too large."""


class NoHeaderError(SyncheckError):
    """No sheet of the file has a recognizable RKPD header."""


class NoItemsError(SyncheckError):
    """A header was found, but no row of the file is a program, kegiatan or sub kegiatan: nothing to compare."""


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
