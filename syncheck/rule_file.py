"""Read an abbreviation/spelling rules file: the shipped synonyms.csv or a user's --synonyms CSV.

A rules file is read as plan CSVs are (',' ';' or tab; UTF-8 with or without BOM, UTF-16 or
Windows-1252), because Excel in an Indonesian locale saves CSV with ';'. A row that is not a rule,
a pattern that is not a regular expression, or a file with no rule at all stops the run with the
file and row named: rules the user asked for must not be dropped without a word.
"""

from __future__ import annotations

import csv
import os
import re

from .errors import InputFileError
from .messages import say
from .safety import check_input_file
from .sources import decode_text, sniff_delimiter

#: global flags the user wrote in front of a pattern ('(?i)perda'), which must stay in front when it is wrapped
_LEADING_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
#: a first row naming the columns, as the README's example writes them
HEADER = ("pattern", "replacement")


def read_rule_rows(path: str) -> list[tuple[re.Pattern[str], str, str]]:
    """(whole-word pattern, lowercase replacement, pattern as written) of every rule row, in file order."""
    name = os.path.basename(path) or path
    if check_input_file(path) != "csv":
        raise InputFileError(say("error.rules_not_csv"), file=name)
    with open(path, "rb") as handle:
        text = decode_text(handle.read())
    lines = text.splitlines()
    delimiter = sniff_delimiter("\n".join(line for line in lines if not _skipped(line)))
    rules = []
    for number, line in enumerate(lines, start=1):
        if _skipped(line):
            continue
        row = [cell.strip() for cell in next(csv.reader([line], delimiter=delimiter), [])]
        if not rules and tuple(cell.lower() for cell in row[:2]) == HEADER:
            continue
        if len(row) < 2 or not row[0]:
            raise InputFileError(say("error.rules_row"), file=name, row=number)
        rules.append((_compiled(row[0], name, number), row[1].lower(), row[0]))
    if not rules:
        raise InputFileError(say("error.rules_none"), file=name)
    return rules


def _skipped(line: str) -> bool:
    """A blank or comment ('#') line."""
    return not line.strip() or line.lstrip().startswith("#")


def _compiled(source: str, name: str, number: int) -> re.Pattern[str]:
    """The rule's pattern as a whole-word, case-blind regular expression."""
    flags = _LEADING_FLAGS.match(source)
    body = source[flags.end() :] if flags else source
    try:
        re.compile(source)  # first alone: an error's position is then the user's own
        # the group keeps both word boundaries on every alternative ('perwal|perwali'); global flags stay in front
        return re.compile(rf"{flags.group(0) if flags else ''}(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)
    except (re.error, OverflowError, RecursionError) as error:
        raise InputFileError(say("error.rules_pattern", pattern=repr(source), cause=str(error)), file=name, row=number) from None
