"""Find the header of an RKPD table and what each column means, from the header's words."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field, replace

from .budget_columns import choose_budget, is_budget_part, of_budget_year, prefer_after_change, spread_group_labels, under_budget_label
from .column_roles import funding_amounts, is_full_code, label_roles, place_amounts, shared_label_roles
from .budget_notes import budget_notes, column_named
from .codes import is_code_piece, parse_cell_code, parse_code, split_glued, writes_unpadded_codes
from .flat import FlatLayout, layout_of, level_roles
from .header_labels import TOTAL_TEXT, clean_label, header_roles, header_score, normalize_label, role_of
from .identity import from_titles
from .messages import Count, Rupiah, say
from .sheet_marks import column_letters
from .sources import MergedRange
from .units import scale_said, stated_scale, stated_unit
from .values import is_data_row, is_filled, parse_budget

HEADER_SCAN_ROWS = 60  # a long cover block (notes, legal basis) can push the header down
BODY_SAMPLE_ROWS = 200  # the first rows under the header, which tell a flat layout and the fullest budget column
MAX_HEADER_ROWS = 4

@dataclass(frozen=True)
class Header:
    """Where the header is (0-based rows) and the role of each column."""

    rows: tuple[int, ...]
    roles: dict[int, str]
    labels: dict[int, str]
    kind_hints: dict[int, str] = field(default_factory=dict)
    texts: frozenset[str] = frozenset()
    scale: int = 1  # Rupiah per unit of the budget column: 1000 when amounts are in thousands
    budget_summed: bool = False  # the budget columns are funding-source parts to add up (no total column)
    notes: tuple[str, ...] = ()  # what a reviewer should know about how the header was read
    place_amounts: tuple[tuple[int, str], ...] = ()  # (column, kab/kota) of the budget's shares per place: a row's location
    budget_earlier: int | None = None  # the earlier stage's budget column, read where the budget column's cell is empty
    budget_parts: tuple[int, ...] = ()  # funding-source parts beside the total column, added up where its cell is empty
    from_cells: frozenset[int] = frozenset()  # labelled columns whose role their cells gave, not their label
    scale_said: str = ""  # the scale and where the sheet states it, shown beside the budget columns (units.scale_said)

    @functools.cached_property
    def _by_role(self) -> dict[str, tuple[int, ...]]:
        """Columns per role, left to right: every row asks, so the answer is computed once per header."""
        by_role: dict[str, list[int]] = {}
        for col in sorted(self.roles):
            by_role.setdefault(self.roles[col], []).append(col)
        return {role: tuple(cols) for role, cols in by_role.items()}

    @functools.cached_property
    def flat(self) -> FlatLayout | None:
        """The per-level code and name columns of a flat layout (one row per sub kegiatan), or None."""
        return layout_of(self.roles)

    @functools.cached_property
    def longest_text(self) -> int:
        """Length of the longest header label."""
        return max((len(text) for text in self.texts), default=0)

    @functools.cached_property
    def label_cells(self) -> dict[str, bool]:
        """Cell text -> whether it reads as one of the header's labels (locations and agencies recur on every row)."""
        return {}

    def is_label(self, text: str) -> bool:
        """True when a cell's text, single-spaced and lowercased, is one of the header's labels."""
        known = self.label_cells.get(text)
        if known is None:
            # header labels are short: long cells (item names) need no normalizing to rule them out
            known = self.label_cells[text] = len(text) <= 2 * self.longest_text + 10 and normalize_label(text) in self.texts
        return known

    def columns(self, role: str) -> tuple[int, ...]:
        """The columns with one role, left to right."""
        return self._by_role.get(role, ())

    @property
    def last_row(self) -> int:
        """The last header row (0-based)."""
        return self.rows[-1]

    def with_note_scale(self, notes: list[tuple[int, str]]) -> Header:
        """This header with the unit a note under the table states ('Keterangan : ... dalam ribuan rupiah'),
        when nothing above the table stated one; ``notes`` are the (row, text) of the note rows read."""
        if self.scale != 1 or not self.columns("budget"):
            return self
        for row, text in notes:
            scale = stated_scale([text])
            if scale:
                note = say("header.scale_from_note", unit=Rupiah(scale), row=row, text=repr(text[:120]))
                said = say("header.scale_on_row", unit=Count(scale), row=row, text=repr(text[:120]))
                return replace(self, scale=scale, notes=(*self.notes, note), scale_said=said)
        return self

    def mapping(self) -> tuple[tuple[str, str], ...]:
        """(role, 'C: label') pairs for reports, ordered by column."""
        found = tuple((role, _column_text(col, self.labels, self.from_cells)) for col, role in sorted(self.roles.items()))
        if not self.scale_said:
            return found
        return tuple((role, say("header.scaled_column", column=text, scale=self.scale_said) if role == "budget" else text) for role, text in found)


def _column_text(col: int, labels: dict[int, str], from_cells: frozenset[int]) -> str:
    """'C: Lokasi'; a column whose role its cells gave, not its label, says so."""
    if col not in labels:
        return say("header.unlabelled_column", column=column_letter(col))
    if col in from_cells:
        return say("header.column_from_cells", column=column_letter(col), label=labels[col])
    return f"{column_letter(col)}: {labels[col]}"


def column_letter(index: int) -> str:
    """Excel column letter of a 0-based column index."""
    return column_letters(index + 1)


def find_header(
    rows: tuple[tuple[object, ...], ...],
    merged: tuple[MergedRange, ...] = (),
    file_year: int | None = None,
    hidden_columns: frozenset[int] = frozenset(),
) -> Header | None:
    """The header block in the first rows of a sheet, or None; ``file_year`` is the plan year the file name gives."""
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        if header_score(row) >= 2 and not is_data_row(row):
            index = _fuller_header_below(rows, index)
            if index and _is_group_row(rows[index - 1], index - 1, merged) and _merged_down(index - 1, merged) >= index:
                index -= 1
            header_rows = _extend_header(rows, index, merged)
            titles = [str(value) for title in rows[:index] for value in title if isinstance(value, str)]
            return _build_header(rows, header_rows, merged, titles, file_year, hidden_columns)
    return None


def _fuller_header_below(rows: tuple[tuple[object, ...], ...], first: int) -> int:
    """The first header row, or a header row below it naming all its roles and more: the plan's, under a summary table."""
    roles = header_roles(rows[first])
    for index in range(first + 1, min(HEADER_SCAN_ROWS, len(rows))):
        # (a row of fewer labels than roles wanted cannot name them: the usual data row ends here)
        row = rows[index]
        if sum(isinstance(value, str) for value in row) > len(roles) and header_roles(row) > roles and _labels_only(row):
            return index
    return first


def _is_group_row(row: tuple[object, ...], index: int, merged: tuple[MergedRange, ...]) -> bool:
    """A row of labels over groups of the header's columns ('Semula' merged over Kode | Uraian | Lokasi | Pagu, 'Menjadi'
    over the same again), at least two, one merged across columns: the header's first row, not a title line."""
    filled = sum(1 for value in row if is_filled(value))
    return filled >= 2 and _labels_only(row) and any(top == index and right > left for (top, left), (_bottom, right) in merged)


def _labels_only(row: tuple[object, ...]) -> bool:
    """True for a row of labels: text, no number, code or amount (a data row's words can name roles too)."""
    return all(_words(value) for value in row if is_filled(value))


def _words(value: object) -> bool:
    """True for a cell of text that is no code and no amount."""
    return isinstance(value, str) and parse_code(value) is None and not _is_amount(value)


def _extend_header(rows: tuple[tuple[object, ...], ...], start: int, merged: tuple[MergedRange, ...]) -> tuple[int, ...]:
    """The header rows: the start row plus up to two sub-header rows under it."""
    block = [start]
    merged_down = _merged_down(start, merged)
    for index in range(start + 1, min(start + MAX_HEADER_ROWS, len(rows))):
        row = rows[index]
        cells = [value for value in row if value is not None]
        # labels, and the years of a column group typed as numbers ('Pagu Indikatif' over 2024 | 2025)
        texts = [value for value in cells if not _is_year_number(value)]
        if not cells or not all(isinstance(value, str) and len(value) <= 60 for value in texts) or not _year_group(cells, texts):
            break
        if any(parse_code(value) is not None or split_glued(value)[0] is not None or _is_amount(value) for value in texts):
            break
        # below the merged block a sub-header row has several labels; one lone name is a data row
        if index > merged_down and (len(cells) < 2 or not _sub_header_row(row, rows[index - 1])):
            break
        block.append(index)
    return tuple(block)


def _is_year_number(value: object) -> bool:
    """A whole number that reads as a year (2024, 2025.0): a year sub-header cell, never a row number or a Rupiah budget."""
    # (the range before int(): NaN and infinity fail it)
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 2000 <= value <= 2100 and value == int(value)


def _year_group(cells: list[object], texts: list[str]) -> bool:
    """No year numbers, or the years of a column group (2024 | 2025): two or more, within ten years, beside labels
    only (a data row's or a total's amounts in millions, 2.030 | 2.035 juta, stand beside a name or 'JUMLAH')."""
    if len(texts) == len(cells):
        return True
    years = {int(value) for value in cells if _is_year_number(value)}
    labels = all(role_of(normalize_label(text)) not in (None, "name", "code") and not TOTAL_TEXT.match(text) for text in texts)
    return len(years) >= 2 and max(years) - min(years) <= 10 and labels


def _merged_down(start: int, merged: tuple[MergedRange, ...]) -> int:
    """The last row the header's merged cells reach down to from its first row."""
    return max((r2 for (r1, _c1), (r2, _c2) in merged if r1 == start), default=start)


def _sub_header_row(row: tuple[object, ...], above: tuple[object, ...]) -> bool:
    """Each cell a label of its own, or the rest of the label above it ('Perangkat' / 'Daerah') or its unit ('(%)')."""
    for col, value in enumerate(row):
        if value is None or role_of(normalize_label(value)):
            continue
        upper = above[col] if col < len(above) else None
        if _is_year_number(value) and (upper is None or (isinstance(upper, str) and role_of(normalize_label(upper)))):
            continue  # a year of the labelled column above, or of a group label merged across ('Pagu' over 2024 | 2025)
        if isinstance(value, str) and is_budget_part(clean_label(value)) and under_budget_label(above, col):
            continue  # a funding source or the total under a budget label ('Pagu (Rp)' over APBD | DAK Fisik | Jumlah)
        if not (isinstance(upper, str) and _continues(clean_label(upper), clean_label(value))):
            return False
    return True


# a unit under a label: '(%)', '(Rp)', '(Kec.)'; not an index cell '(1)' or '(a)'
_UNIT_CELL = re.compile(r"\(\s*(?:%|[^\W\d_][^()]{1,11})\s*\)")
_OPEN_END = ("/", "-", "&", ",", " dan", " atau")


def _continues(upper: str, lower: str) -> bool:
    """True when an unmerged cell finishes the label above it: a unit, or the rest of a label cut short."""
    if not upper or not lower:
        return False
    if _UNIT_CELL.fullmatch(lower):
        return True
    # two labels of their own stack ('Pagu' over 'Indikatif (Rp)'), unless the upper one ends open ('Program/Kegiatan/')
    if not upper.lower().endswith(_OPEN_END) and (role_of(upper) or role_of(lower)):
        return False
    return role_of(_joined(upper, lower)) is not None


def _joined(upper: str, lower: str) -> str:
    """One label from an upper and a lower cell: 'Program/Kegiatan/' + 'Sub Kegiatan', 'Perangkat' + 'Daerah'."""
    return upper + lower if upper.endswith("/") else f"{upper} {lower}"


def _is_amount(text: str) -> bool:
    """A Rupiah amount such as 'Rp 0,00' or '1.250.000' (a totals row), not a label or a year."""
    return any(ch.isdigit() for ch in text) and parse_budget(text)[0] is not None and not re.fullmatch(r"\s*(19|20)\d\d\s*", text)


def _filled_header_rows(
    rows: tuple[tuple[object, ...], ...], header_rows: tuple[int, ...], merged: tuple[MergedRange, ...]
) -> list[list[str]]:
    """Header rows as label grids with merged cells spread over their whole range."""
    width = max(len(rows[index]) for index in header_rows)
    for (r1, c1), (r2, c2) in merged:
        if r1 <= header_rows[-1] and r2 >= header_rows[0]:
            width = max(width, c2 + 1)
    grid = [[clean_label(rows[index][col] if col < len(rows[index]) else None) for col in range(width)] for index in header_rows]
    for (r1, c1), (r2, c2) in merged:
        if not (r1 <= header_rows[-1] and r2 >= header_rows[0]) or not (r1 in header_rows):
            continue
        value = grid[header_rows.index(r1)][c1]
        for index in header_rows:
            if r1 <= index <= r2:
                for col in range(c1, min(c2 + 1, width)):
                    if not grid[header_rows.index(index)][col]:
                        grid[header_rows.index(index)][col] = value
    return grid


def _build_header(
    rows: tuple[tuple[object, ...], ...],
    header_rows: tuple[int, ...],
    merged: tuple[MergedRange, ...],
    titles: list[str] = (),
    file_year: int | None = None,
    hidden_columns: frozenset[int] = frozenset(),
) -> Header:
    """Assign each column the role its labels name, most specific (lowest) header row first."""
    grid = spread_group_labels(_filled_header_rows(rows, header_rows, merged))
    # (the cells as written, which a copy of the header further down repeats)
    texts = frozenset(text.lower() for line in grid for text in line if text)
    roles, labels, hints, stacks = label_roles(_join_cut_labels(grid, header_rows, merged))
    body = rows[header_rows[-1] + 1 : header_rows[-1] + BODY_SAMPLE_ROWS + 1]
    unindexed = tuple(row for row in body if not is_index_row(row))
    labelled, roles = roles, shared_label_roles(_merged_groups(header_rows, merged, stacks), roles, unindexed)
    from_cells = frozenset(col for col, role in roles.items() if labelled.get(col) != role)
    roles = funding_amounts(stacks, roles, body)
    places = place_amounts(stacks, roles, body)
    roles = {col: role for col, role in roles.items() if col not in places or role != "location"}  # amounts, not place names
    levels = level_roles(stacks, roles, unindexed)
    roles = _unlabelled_name_columns(levels, labels, body)
    roles = _spread_code_columns(rows, header_rows, _numbers_holding_codes(rows, header_rows, roles, labels))
    stages = tuple(col for col, role in roles.items() if role == "budget")
    year = from_titles(titles).year or file_year
    kept = prefer_after_change(roles, labels, body, hidden_columns)
    old_codes = [col for col, role in roles.items() if role == "code" and col not in kept]
    roles, choice = choose_budget(kept, labels, year, body, hidden_columns, stages)
    roles = of_budget_year(roles, labels, choice.columns, year)
    notes = budget_notes(choice, labels, rows[header_rows[-1] + 1 :], header_rows[-1] + 1) + _old_code_notes(old_codes, roles, labels)
    # a unit written in a spare cell of the header row ('(dalam ribuan rupiah)' right of the labels) counts as a title
    spare = [labels[col] for col in labels if col not in roles and not any(col < len(row) and is_filled(row[col]) for row in body)]
    scale, line = stated_unit([labels.get(col, "") for col, role in roles.items() if role == "budget"], spare + list(titles))
    return Header(
        rows=header_rows, roles=roles, labels=labels, kind_hints=hints, texts=texts, scale=scale,
        scale_said=scale_said(scale, line, rows, range(min(header_rows[-1] + 1, len(rows)))),
        budget_summed=choice.summed, notes=notes, place_amounts=tuple(places.items()), budget_earlier=choice.earlier,
        budget_parts=choice.parts,
        from_cells=from_cells | {col for col, role in roles.items() if role == "code" and labelled.get(col) == "number"},
    )


def _merged_groups(header_rows: tuple[int, ...], merged: tuple[MergedRange, ...], stacks: dict[int, list[str]]) -> list[tuple[int, ...]]:
    """The columns one merged header cell spans, when no label of their own stands under it (one stack for all)."""
    groups = []
    for (r1, c1), (_r2, c2) in merged:
        cols = tuple(range(c1, c2 + 1))
        if r1 in header_rows and c2 > c1 and cols[0] in stacks and all(stacks.get(col) == stacks[c1] for col in cols):
            groups.append(cols)
    return groups


def _unlabelled_name_columns(roles: dict[int, str], labels: dict[int, str], body: tuple[tuple[object, ...], ...]) -> dict[int, str]:
    """Names indented by column under one label ('Program / Kegiatan' over C, nothing over D and E): the unlabelled
    columns right of the name column that hold the names of the rows whose name columns are empty."""
    names = [col for col, role in roles.items() if role == "name"]
    if len(names) != 1:
        return roles
    roles, col = dict(roles), names[0] + 1
    while col not in labels and col not in roles and _indented_names(body, sorted(c for c, r in roles.items() if r == "name"), col):
        roles[col] = "name"
        col += 1
    return roles


def _indented_names(body: tuple[tuple[object, ...], ...], names: list[int], col: int) -> bool:
    """True when a column holds text, never numbers or codes, and only on rows whose name columns are empty."""
    found = 0
    for row in body:
        value = row[col] if col < len(row) else None
        if not is_filled(value) or is_index_row(row):  # (the column numbers under the header: 1, 2, 3 ...)
            continue
        if not _words(value):
            return False
        if any(c < len(row) and is_filled(row[c]) for c in names):
            return False
        found += 1
    return found > 0


def _join_cut_labels(grid: list[list[str]], header_rows: tuple[int, ...], merged: tuple[MergedRange, ...]) -> list[list[str]]:
    """Below the merged block, a cell that finishes the unmerged label above it is joined to it (one label, not two)."""
    merged_down = _merged_down(header_rows[0], merged)
    width = max((len(line) for line in grid), default=0)
    covered = [_covered_columns(merged, row, width) for row in header_rows]
    grid = [list(line) for line in grid]
    for level in range(1, len(grid)):
        if header_rows[level] <= merged_down:
            continue
        for col, lower in enumerate(grid[level]):
            upper = grid[level - 1][col]
            free = not covered[level][col] and not covered[level - 1][col]
            if free and _continues(upper, lower):
                grid[level - 1][col], grid[level][col] = _joined(upper, lower), ""
    return grid


def _covered_columns(merged: tuple[MergedRange, ...], row: int, width: int) -> list[bool]:
    """Whether a merged range covers each column of the table on ``row`` (ranges counted, never their cells)."""
    starts = [0] * (width + 1)
    for (r1, c1), (r2, c2) in merged:
        if r1 <= row <= r2 and c1 < width:
            starts[c1], starts[min(c2 + 1, width)] = starts[c1] + 1, starts[min(c2 + 1, width)] - 1
    return [total > 0 for total in itertools.accumulate(starts[:width])]


def _old_code_notes(old: list[int], roles: dict[int, str], labels: dict[int, str]) -> tuple[str, ...]:
    """A note naming the code column set aside as another numbering and the one codes are read from."""
    kept = ", ".join(column_named(col, labels) for col, role in sorted(roles.items()) if role == "code")
    return (say("header.old_code", aside=", ".join(column_named(col, labels) for col in old), chosen=kept),) if old else ()


def _spread_code_columns(rows: tuple[tuple[object, ...], ...], header_rows: tuple[int, ...], roles: dict[int, str]) -> dict[int, str]:
    """Unlabelled columns right of a 'Kode' column that hold code parts are split code columns."""
    code_cols = sorted(col for col, role in roles.items() if role == "code")
    if len(code_cols) != 1:
        return roles
    first, col = code_cols[0], code_cols[0] + 1
    # only rows whose Kode cell holds a code part say anything: not the '(1) (2) (3)' index row, notes, totals
    sample = [row for row in rows[header_rows[-1] + 1 : header_rows[-1] + 60]
              if first < len(row) and is_code_piece(row[first]) and not is_index_row(row)]
    while col not in roles and len([c for c in roles if roles[c] == "code"]) < 6:
        values = [row[col] for row in sample if col < len(row) and row[col] is not None]
        odd = sum(1 for value in values if not is_code_piece(value))
        if not values or odd > len(values) // 10:
            break
        roles = {**roles, col: "code"}
        col += 1
    return roles


def _numbers_holding_codes(
    rows: tuple[tuple[object, ...], ...], header_rows: tuple[int, ...], roles: dict[int, str], labels: dict[int, str]
) -> dict[int, str]:
    """Without a code column, a 'No' column, or else a column with no label, whose cells are mostly full codes
    ('1.02.02') is the code column; outline numbering ('1', '1.1', '1.1.1') is not."""
    if any(role.startswith("code") for role in roles.values()):
        return roles
    sample = rows[header_rows[-1] + 1 : header_rows[-1] + 60]
    width = max((len(row) for row in sample), default=0)
    unlabelled = [col for col in range(width) if col not in labels and col not in roles]
    for col in [col for col, role in roles.items() if role == "number"] + unlabelled:
        values = [row[col] for row in sample if col < len(row) and row[col] is not None]
        if values and _mostly_codes(values):
            return {**roles, col: "code"}
    return roles


def _mostly_codes(values: list[object]) -> bool:
    """True when most cells are full codes written as codes are: with bidang and program padded to two digits ('1.02.02'),
    or all without padding the way a code column can write them ('2.8.7.2.3.1'), never outline numbering ('1.1.1')."""
    full = [value for value in values if is_full_code(value)]
    if len(full) * 2 <= len(values):
        return False
    return sum(1 for value in full if parse_cell_code(value) is not None) * 2 > len(values) or writes_unpadded_codes(values)


def is_repeated_header(row: tuple[object, ...], header: Header) -> bool:
    """A copy of the header row further down (exports repeat it on every printed page)."""
    known = header.label_cells
    same = other = 0
    for value in row:
        if value is None:
            continue
        if isinstance(value, str) and (known[value] if value in known else header.is_label(value)):
            same += 1
        else:
            other += 1
    # a lone label is the lower row of a repeated multi-row header ('Capaian Program')
    return same >= 2 or (same == 1 and other == 0)


# '(3)', '5 = 6 + 7' (a column summing two others), 'a' or '(b)' (lettered templates)
_INDEX_CELL = re.compile(r"\(?(\d{1,2}|[a-z])\)?\.?(?:\s*=\s*[\d\s+\-x*()]+)?")


def is_index_row(row: tuple[object, ...]) -> bool:
    """The numbered column-index row under a header: 1, 2, 3 ... (or '(1)', '(2)' ..., '5 = 6 + 7', a, b, c ...)."""
    numbers: list[int] = []
    for value in row:
        if value is None:
            continue
        number = _index_number(value)
        if number is None:
            return False
        numbers.append(number)
    if len(numbers) < 3:
        return False
    if all(b == a + 1 for a, b in zip(numbers, numbers[1:])) or numbers == sorted(set(numbers)):
        return True
    # columns moved after the sheet was numbered keep their numbers: 1 2 6 3 4 5 (five or more, each once)
    return len(numbers) >= 5 and sorted(numbers) == list(range(min(numbers), min(numbers) + len(numbers)))


def _index_number(value: object) -> int | None:
    """The number a cell of an index row shows: 0 to 99 (a letter counts from a = 1); None for any other cell."""
    if isinstance(value, float):
        return int(value) if value.is_integer() and 0 <= value <= 99 else None
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 0 <= value <= 99 else None
    text = str(value).strip().lower()
    match = _INDEX_CELL.fullmatch(text) if len(text) <= 16 else None
    if not match:
        return None
    token = match.group(1)
    return int(token) if token.isdigit() else ord(token) - ord("a") + 1
