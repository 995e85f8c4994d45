"""Body cells merged over several cells, read as the cells they cover: an agency cell merged down over its block, an
item's name merged across the code and name columns, and the rows under an item's name or code cell merged down."""

from __future__ import annotations

from .classify import has_value
from .codes import parse_code
from .header import Header, is_repeated_header
from .values import is_filled

Rows = tuple[tuple[object, ...], ...]
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


def merged_item_rows(rows: Rows, spread: Rows, merged, header: Header) -> tuple[Rows, dict[int, int]]:
    """Rows under an item's name or code cell merged down, each mapped to the item's row (``spread``: the rows with
    the other merged cells spread). A covered row with a place or budget of its own but no name or code gets the
    item's, so that it is read (and then added to the item) rather than skipped as a row without a name."""
    codes = header.columns("code")
    item_cols = header.columns("name") + (codes if len(codes) == 1 else ())
    covered: dict[int, int] = {}
    if header.flat is not None or not item_cols:
        return spread, covered
    out = list(spread)
    for r1, r2 in _item_spans(merged, header, item_cols, len(out)):
        # (a page's repeated header merges its label cells too)
        named = _filled(out[r1], header.columns("name")) and not is_repeated_header(out[r1], header)
        for index in range(r1 + 1, r2 + 1):
            covered.setdefault(index, r1)
            if named and _own_amounts(rows[index], header, item_cols):
                cells = list(out[index]) + [None] * max(0, max(item_cols) + 1 - len(out[index]))
                for col in item_cols:
                    cells[col] = out[r1][col] if col < len(out[r1]) else None
                out[index] = tuple(cells)
    return (tuple(out) if covered else spread), covered


def _item_spans(merged, header: Header, item_cols: tuple[int, ...], size: int) -> list[tuple[int, int]]:
    """First and last row of each body cell merged down over a name or code column."""
    return [(r1, min(r2, size - 1)) for (r1, c1), (r2, c2) in merged
            if r2 > r1 and header.last_row < r1 < size and any(c1 <= col <= c2 for col in item_cols)]


def _own_amounts(row: tuple[object, ...], header: Header, item_cols: tuple[int, ...]) -> bool:
    """True when a row holds a place or budget of its own, and no name or code (nor is it a header copy)."""
    own = header.columns("budget") + header.columns("location")
    return _filled(row, own) and not _filled(row, item_cols) and not is_repeated_header(row, header)


def _filled(row: tuple[object, ...], cols: tuple[int, ...]) -> bool:
    """True when any of the columns holds something in the row."""
    return any(col < len(row) and is_filled(row[col]) for col in cols)
