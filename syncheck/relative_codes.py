"""Codes written relative to the row above ('2.01' under program 1.02.02, '0001' under its kegiatan), made full."""

from __future__ import annotations

import re
from typing import Callable

from .codes import parse_code
from .messages import Count, say
from .models import Code, Finding, Kind
from .row_record import RowFields
from .sheet_result import SheetResult


# a kegiatan code without its program ('2.01': level digit and number) and a sub kegiatan number alone ('0001')
_RELATIVE_KEGIATAN = re.compile(r"^[12]\.\d{1,2}$")
_RELATIVE_SUB = re.compile(r"^\d{1,4}$")


def expand_relative_codes(rows: list[RowFields], result: SheetResult, kind_of: Callable[[RowFields], Kind | None]) -> None:
    """Codes written relative to the row above ('2.01' under program 1.02.02, '0001' under its kegiatan) made full.

    Only on a sheet that writes no full kegiatan (or sub kegiatan) code: there '2.01' and '1' are no bidang or urusan.
    ``kind_of``: the kind a codeless row's column or name states (rows named as urusan, bidang or program are passed over).
    """
    depths = {len(fields["code"].segments) for fields in rows if fields["code"] is not None}
    allowed = {depth for depth in (5, 6) if depth not in depths}
    if not allowed:
        return  # the common sheet: full kegiatan and sub kegiatan codes
    program = kegiatan = None
    expanded = []
    for fields in rows:
        code = fields["code"]
        heading = kind_of(fields) in (Kind.URUSAN, Kind.BIDANG, Kind.PROGRAM)
        full = None if heading else _relative_code(fields, program, kegiatan, allowed)
        if full is not None:
            fields["code"], code = full, full
            expanded.append(fields)
        if code is None and heading:
            program = kegiatan = None
        elif code is not None and len(code.segments) in (3, 5):
            program, kegiatan = (code, None) if len(code.segments) == 3 else (program, code)
        elif code is not None and len(code.segments) < 3:
            program = kegiatan = None
    if expanded:
        first = expanded[0]
        message = say("readers.relative_codes", count=Count(len(expanded)), code=repr(first["code_raw"]), full=first["code"].text)
        result.warnings.append(Finding(first["ref"], message, code=first["code_raw"]))


def _relative_code(fields: RowFields, program: Code | None, kegiatan: Code | None, allowed: set[int]) -> Code | None:
    """The full code a relative kegiatan or sub kegiatan code stands for under the rows above, else None
    (the caller passes over rows named as urusan, bidang or program)."""
    code, raw = fields["code"], fields["code_raw"].replace(" ", "")
    if fields["glued"] or not raw or (code is not None and len(code.segments) > 2):
        return None
    # a number cell keeps what parsing made of it (2.1 typed is 2.10); text as written
    suffix = ".".join(code.segments) if code is not None else raw
    if 5 in allowed and program is not None and _RELATIVE_KEGIATAN.match(suffix):
        return parse_code(f"{program.text}.{suffix}")
    if 6 in allowed and kegiatan is not None and _RELATIVE_SUB.match(suffix):
        return parse_code(f"{kegiatan.text}.{suffix}")
    return None
