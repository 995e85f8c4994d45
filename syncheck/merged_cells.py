"""Body cells merged over several cells, read as the cells they cover: an agency cell merged down over its block, and an
item's name merged across the code and name columns."""

from __future__ import annotations

from .classify import has_value
from .codes import parse_code
from .header import Header

#: columns whose cell merged down over several rows holds the value of each of them
_SPREAD_ROLES = frozenset({"agency", "location", "funding", "indicator", "target", "agency_code"})


def spread_merged_down(rows: tuple[tuple[object, ...], ...], merged, header: Header) -> tuple[tuple[object, ...], ...]:
    """Copy the value of body cells merged down (an agency cell over its block) into every row they cover."""
    roles = _SPREAD_ROLES | ({"code"} if len(header.columns("code")) > 1 else set())
    spans = [(r1, c1, r2, c2) for (r1, c1), (r2, c2) in merged if r2 > r1 and r1 > header.last_row]
    spans = [span for span in spans if any(header.roles.get(col) in roles for col in range(span[1], span[3] + 1))]
    if not spans:
        return rows
    out = list(rows)
    for r1, c1, r2, _c2 in spans:
        value = out[r1][c1] if r1 < len(out) and c1 < len(out[r1]) else None
        for index in range(r1 + 1, min(r2, len(out) - 1) + 1):
            row = out[index]
            # blank separator rows inside the block stay blank
            if value is not None and has_value(row) and (c1 >= len(row) or row[c1] is None):
                cells = list(row) + [None] * max(0, c1 + 1 - len(row))
                cells[c1] = value
                out[index] = tuple(cells)
    return tuple(out)


#: the columns a name typed across the code and name columns may cover
_NAME_SPAN_ROLES = frozenset({None, "code", "name"})


def names_merged_across(rows: tuple[tuple[object, ...], ...], merged, header: Header) -> tuple[tuple[object, ...], ...]:
    """Put in the name column the text of a row's code cell merged across it when that text is no code: a codeless
    program or kegiatan whose name was typed over both columns ('PROGRAM PENYELENGGARAAN JALAN' in A, merged A:B)."""
    codes, names = set(header.columns("code")), set(header.columns("name"))
    out = list(rows)
    for (r1, c1), (r2, c2) in merged:
        if r1 != r2 or r1 <= header.last_row or r1 >= len(out) or c1 not in codes:
            continue
        if any(header.roles.get(col) not in _NAME_SPAN_ROLES for col in range(c1, c2 + 1)):
            continue  # a banner over the whole table (an agency's heading) is read as one elsewhere
        covered = [col for col in range(c1 + 1, c2 + 1) if col in names]
        row = out[r1]
        text = row[c1] if c1 < len(row) else None
        if covered and isinstance(text, str) and any(ch.isalpha() for ch in text) and parse_code(text) is None:
            cells = list(row) + [None] * max(0, covered[0] + 1 - len(row))
            cells[c1], cells[covered[0]] = None, text
            out[r1] = tuple(cells)
    return tuple(out)
