"""Read an "Excel" export that is really an HTML page: each table holding data becomes one sheet.

Web planning portals (SIPD, e-planning, SIMDA reports) offer "Export Excel" as an HTML page holding a
<table>, saved as .xls or .xlsx; Excel's own "Save as Web Page" writes the same. The tables are laid
out as a browser (and Excel, opening the file) lays them out: colspan and rowspan become merged ranges
with the value in the top-left cell, rows hidden with display:none are read but marked, like hidden
rows of an .xlsx. Lines of text just above a table (headings, or a table of one-cell title lines)
become the first rows of its sheet, as Excel shows them above it: they name the government and year.
Only the standard library's tokenizer is used: it fetches nothing and knows no external entities.
"""

from __future__ import annotations

import codecs
import math
import html.parser
import os
import re
from collections import deque
from dataclasses import dataclass, field

from .errors import InputFileError
from .extent import MAX_MERGED
from .messages import Count, say
from .safety import EXCEL_CELL_CHARS, page_encoding
from .sheet_marks import MergedRange, SheetMarks
from .sources import MAX_COLUMNS, trimmed_row

# html.parser hands over some 500,000 tags and texts a second: these bound a hostile page to about ten seconds and
# a few hundred MB; a province's RKPD page holds about 300,000 cells and 2,000,000 tags and texts
MAX_CELLS = 1_000_000  # table cells and rows of the whole page
MAX_STEPS = 6_000_000  # tags and pieces of text handed over by the tokenizer (about 2 µs each)
MAX_PENDING = 1 << 20  # a tag, comment or script left open for this many characters is refused
MAX_COLSPAN, MAX_ROWSPAN = 1000, 65534  # the HTML standard's limits
MAX_DEPTH = 32  # tables nested deeper are read as text of the cell around them
TITLE_LINES = 20  # lines of text above a table kept as its title rows
CHUNK = 1 << 20

_SHEET_NAME = re.compile(r"<x:Name>(.*?)</x:Name>", re.S | re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.I)
_SPACE = re.compile(r"\s+")
_PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?")
_BAD_NAME = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_IGNORED = frozenset({"script", "style", "template", "noscript", "select", "textarea", "object", "iframe"})
_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "center", "pre", "blockquote", "hr"})
_SECTIONS = frozenset({"thead", "tbody", "tfoot"})
_CELLS = frozenset({"td", "th"})
_VOID = frozenset({"br", "col", "img", "input", "hr", "meta", "link", "wbr", "area", "base", "embed", "source"})


@dataclass
class PageSheet:
    """One data table of a page, with the lines of text above it, as rows and merged ranges (0-based)."""

    order: int
    rows: list[tuple[object, ...]]
    merged: list[MergedRange]
    marks: SheetMarks


@dataclass
class _Cell:
    """The cell being read: its place, its span, Excel's number for it and its text so far."""

    col: int
    colspan: int
    rowspan: int
    number: str | None  # x:num's value; '' for a bare x:num (the text is the number)
    parts: list[str] = field(default_factory=list)
    size: int = 0

    def add(self, text: str) -> None:
        """Keep text up to what an Excel cell holds (a giant cell costs no more)."""
        if self.size <= EXCEL_CELL_CHARS:
            self.parts.append(text)
            self.size += len(text)


class _Table:
    """One table being laid out: rows, the columns rowspans still cover, merged ranges, hidden marks."""

    def __init__(self, order: int, titles: list[str]) -> None:
        self.order, self.titles = order, titles
        self.rows: list[list[object]] = []
        self.row: list[object] | None = None
        self.cell: _Cell | None = None
        self.next_col = 0
        self.covered: dict[int, int] = {}  # column -> last row a rowspan from above covers
        self.merged: list[MergedRange] = []
        self.section_start = 0  # index in merged of the first range of this row group
        self.hidden_rows: set[int] = set()
        self.hidden_columns: set[int] = set()
        self.col_tags = 0  # columns declared by <col> so far
        self.caption: list[str] | None = None  # the text of an open <caption>, a title line above the table

    def start_row(self, hidden: bool) -> None:
        """Begin a row (ending the one before)."""
        self.end_row()
        self.row, self.next_col = [], 0
        if hidden:
            self.hidden_rows.add(len(self.rows))

    def end_row(self) -> None:
        """End the open row, if any."""
        self.end_cell()
        if self.row is not None:
            self.rows.append(self.row)
            self.row = None

    def start_cell(self, attrs: dict[str, str | None], hidden: bool) -> None:
        """Begin a cell in the first column no rowspan from above covers."""
        if self.row is None:
            self.start_row(False)
        self.end_cell()
        here, col = len(self.rows), self.next_col
        while self.covered.get(col, -1) >= here:
            col += 1
        colspan = _span(attrs.get("colspan"), MAX_COLSPAN)
        rowspan = _span(attrs.get("rowspan"), MAX_ROWSPAN, zero_is_all=True)
        self.next_col = col + colspan
        number = attrs.get("x:num", None) if "x:num" in attrs else None
        self.cell = _Cell(col, colspan, rowspan, "" if "x:num" in attrs and number is None else number)
        last_col = min(col + colspan, MAX_COLUMNS) - 1
        for column in range(col, last_col + 1):
            if rowspan > 1:
                self.covered[column] = here + rowspan - 1
            if hidden:
                self.hidden_columns.add(column)
        if (colspan > 1 or rowspan > 1) and col <= last_col and len(self.merged) < MAX_MERGED:
            self.merged.append(((here, col), (here + rowspan - 1, last_col)))

    def end_cell(self) -> None:
        """Put the open cell's value in its place."""
        cell, self.cell = self.cell, None
        if cell is None or self.row is None or cell.col >= MAX_COLUMNS:
            return
        value = cell_value("".join(cell.parts), cell.number)
        if value is not None:
            self.row.extend([None] * (cell.col + 1 - len(self.row)))
            self.row[cell.col] = value

    def end_section(self) -> None:
        """End a row group: rowspans stop at its last row, as a browser lays them out."""
        self.end_row()
        last = len(self.rows) - 1
        # (only the section's own ranges are cut, in place: copying every range at each section end made
        # a page of many empty row groups quadratic)
        start = self.section_start
        section = [((top, left), (min(bottom, last), right)) for (top, left), (bottom, right) in self.merged[start:]]
        self.merged[start:] = [(corner, end) for corner, end in section if end[0] > corner[0] or end[1] > corner[1]]
        self.section_start, self.covered = len(self.merged), {}

    def end_caption(self) -> None:
        """A caption is shown above its table: one more title line."""
        text = " ".join("".join(self.caption or ()).split())
        if text and not self.rows:
            self.titles.append(text[:EXCEL_CELL_CHARS])
        self.caption = None

    def add_col(self, attrs: dict[str, str | None], hidden: bool) -> None:
        """Note the columns a <col> declares, hidden ones among them."""
        span = _span(attrs.get("span"), MAX_COLSPAN)
        if hidden:
            self.hidden_columns.update(range(self.col_tags, min(self.col_tags + span, MAX_COLUMNS)))
        self.col_tags += span

    def finish(self) -> tuple[list[tuple[object, ...]], bool]:
        """The table's rows (trailing empty cells trimmed) and whether it holds data (a row of two values or more)."""
        self.end_section()
        rows = [trimmed_row(tuple(row)) for row in self.rows]
        return rows, any(sum(value is not None for value in row) > 1 for row in rows)

    def sheet(self, rows: list[tuple[object, ...]]) -> PageSheet:
        """This table as a sheet below its title lines."""
        shift = len(self.titles)
        merged = [((top + shift, left), (bottom + shift, right)) for (top, left), (bottom, right) in self.merged]
        marks = SheetMarks(hidden_columns=frozenset(self.hidden_columns), hidden_rows=frozenset(row + shift for row in self.hidden_rows))
        return PageSheet(self.order, [(line,) for line in self.titles] + rows, merged, marks)


def _span(raw: str | None, limit: int, zero_is_all: bool = False) -> int:
    """A colspan, rowspan or col span as a browser reads it: its leading digits, 1 when absent, at most limit;
    rowspan="0" reaches the end of the row group."""
    digits = re.match(r"\s*\+?(\d{1,9})", raw or "")
    value = int(digits.group(1)) if digits else 1
    if value == 0 and zero_is_all:
        return limit
    return max(1, min(value, limit))


def cell_value(text: str, number: str | None = None) -> object:
    """A cell's value: Excel's x:num when it gives one, else the text with each line's spaces collapsed."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    value = "\n".join(line for line in lines if line)[:EXCEL_CELL_CHARS]
    if number:
        try:
            parsed = float(number.strip())
        except ValueError:
            parsed = math.nan
        if math.isfinite(parsed):
            return parsed
    if number == "" and _PLAIN_NUMBER.fullmatch(value):
        return float(value)
    return value or None


class _HiddenRegion:
    """An element hidden with display:none (not a row or cell) whose content is skipped until it ends."""

    _STRUCTURE = _CELLS | _SECTIONS | {"tr"}

    def __init__(self, tag: str) -> None:
        self.tag, self.open, self.tables = tag, 1, 0

    def start(self, tag: str) -> bool:
        """True while a start tag is still inside; False when it ends the region (a new cell or row closes a span)."""
        if tag == "table":
            self.open += self.tag == "table"
            self.tables += self.tag != "table"
        elif tag == self.tag:
            self.open += 1
        return not (tag in self._STRUCTURE and self.tag != "table" and not self.tables)

    def end(self, tag: str) -> str:
        """'inside', 'closed' (the tag ends the region) or 'broken' (the region ends before the tag, which counts)."""
        if self.tag != "table" and not self.tables and (tag in self._STRUCTURE or tag == "table"):
            return "broken"
        if tag == "table" and self.tag != "table":
            self.tables -= 1
        elif tag == self.tag:
            self.open -= 1
        return "closed" if self.open == 0 else "inside"


class _PageParser(html.parser.HTMLParser):
    """Lays out the tables of one page as the tokenizer hands over its tags and text."""

    def __init__(self, name: str) -> None:
        super().__init__(convert_charrefs=True)
        self.name = name
        self.tables: list[_Table] = []  # the open tables, innermost last
        self.sheets: list[PageSheet] = []
        self.lines: deque[str] = deque(maxlen=TITLE_LINES)  # lines of text since the last table
        self.line: list[str] = []
        self.line_size = 0
        self.title: list[str] = []
        self.sheet_names: list[str] = []  # Excel's own names for its worksheets, from its <xml> comment
        self.hidden: _HiddenRegion | None = None
        self.skipping: dict[str, int] = {}
        self.in_title = self.frameset = False
        self.too_deep = self.order = self.steps = self.cells = 0

    def feed_text(self, text: str) -> None:
        """Feed decoded text; refuse a construct left open too long (the tokenizer would read it again and again)."""
        self.feed(text.replace("\x00", "").replace("\ufeff", ""))  # NULs and byte order marks show nothing
        if len(self.rawdata) > MAX_PENDING:
            raise InputFileError(say("error.html_unterminated", limit=f"{MAX_PENDING // (1 << 20)}"), file=self.name)

    def _step(self, cells: int = 0) -> None:
        """Count one piece handed over (and cells laid out); refuse a page past the limits."""
        self.steps += 1
        self.cells += cells
        if self.steps > MAX_STEPS or self.cells > MAX_CELLS:
            raise InputFileError(say("error.html_too_large", cells=Count(MAX_CELLS), steps=Count(MAX_STEPS)), file=self.name)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """<br/> and <td/> are start tags in HTML: the slash means nothing."""
        self.handle_starttag(tag, attrs)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Lay out a table tag; note line breaks, the title and hidden or skipped elements."""
        self._step(tag in _CELLS or tag == "tr")
        if self.hidden is not None:
            if self.hidden.start(tag):
                return
            self.hidden = None
        if tag in _IGNORED:
            self.skipping[tag] = self.skipping.get(tag, 0) + 1
            return
        if any(self.skipping.values()):
            return
        found: dict[str, str | None] = {}
        for key, value in attrs:
            found.setdefault(key, value)  # the first of a repeated attribute counts, as in a browser
        hidden = "hidden" in found or bool(_HIDDEN_STYLE.search(found.get("style") or ""))
        if not self._table_start(tag, found, hidden):
            self._other_start(tag, hidden)

    def _table_start(self, tag: str, attrs: dict[str, str | None], hidden: bool) -> bool:
        """Handle a table, row, cell, row group or column tag; False for any other tag."""
        if tag == "table":
            if hidden:
                self.hidden = _HiddenRegion(tag)
            else:
                self._open_table()
            return True
        table = self.tables[-1] if self.tables and not self.too_deep else None
        if tag not in _CELLS and tag not in _SECTIONS and tag not in ("tr", "col"):
            return False
        if table is not None:
            if tag == "tr":
                table.start_row(hidden)
            elif tag in _CELLS:
                table.start_cell(attrs, hidden)
            elif tag == "col":
                table.add_col(attrs, hidden)
            else:
                table.end_section()
        return True

    def _other_start(self, tag: str, hidden: bool) -> None:
        """Any tag but a table's: a hidden element, a line break, the title, a frameset."""
        if hidden and tag not in _VOID:
            self.hidden = _HiddenRegion(tag)
        elif tag == "br":
            self._text("\n")
        elif tag in _BLOCKS:
            self._break()
        elif tag == "caption" and self.tables:
            self.tables[-1].caption = []
        elif tag == "title":
            self.in_title = True
        elif tag in ("frameset", "frame"):
            self.frameset = True

    def handle_endtag(self, tag: str) -> None:
        """End a cell, row, row group or table; </br> is a line break, as browsers read it."""
        self._step()
        if self.hidden is not None:
            state = self.hidden.end(tag)
            if state != "broken":
                self.hidden = None if state == "closed" else self.hidden
                return
            self.hidden = None
        if tag in _IGNORED:
            self.skipping[tag] = max(0, self.skipping.get(tag, 0) - 1)
            return
        if any(self.skipping.values()):
            return
        table = self.tables[-1] if self.tables and not self.too_deep else None
        if tag == "table":
            self._close_table()
        elif tag == "tr" and table is not None:
            table.end_row()
        elif tag in _CELLS and table is not None:
            table.end_cell()
        elif tag in _SECTIONS and table is not None:
            table.end_section()
        elif tag == "br":
            self._text("\n")
        elif tag in _BLOCKS:
            self._break()
        elif tag == "caption" and table is not None:
            table.end_caption()
        elif tag == "title":
            self.in_title = False

    def handle_data(self, data: str) -> None:
        """Text goes to the open cell, to the page title, or to the lines between tables."""
        self._step()
        if self.hidden is not None or any(self.skipping.values()):
            return
        if self.in_title:
            self.title.append(data)
        else:
            self._text(_SPACE.sub(" ", data))

    def handle_comment(self, data: str) -> None:
        """Excel's "Save as Web Page" names its worksheets in an <xml> island inside a comment."""
        self._step()
        if "x:Name" in data or "x:name" in data:
            self.sheet_names.extend(html.unescape(found) for found in _SHEET_NAME.findall(data)[:1000])

    def _text(self, text: str) -> None:
        """Add text where it shows: the open cell, or the current line outside tables ('\\n' breaks a line)."""
        if self.tables:
            table = self.tables[-1]
            if table.cell is not None:
                table.cell.add(text)
            elif table.caption is not None and len(table.caption) < 1000:
                table.caption.append(text)
        elif text == "\n":
            self._break()
        elif self.line_size <= EXCEL_CELL_CHARS:
            self.line.append(text)
            self.line_size += len(text)

    def _break(self) -> None:
        """End a line: within a cell a line break, outside tables one line of text above the next table."""
        if self.tables:
            self._text("\n")
            return
        line = " ".join("".join(self.line).split())
        if line:
            self.lines.append(line[:EXCEL_CELL_CHARS])
        self.line, self.line_size = [], 0

    def _open_table(self) -> None:
        """Begin a table; at the top level the lines of text above it become its title rows."""
        if len(self.tables) >= MAX_DEPTH or self.too_deep:
            self.too_deep += 1
            return
        titles: list[str] = []
        if not self.tables:
            self._break()
            titles = list(self.lines)
            self.lines.clear()
        self.tables.append(_Table(self.order, titles))
        self.order += 1

    def close_open_tables(self) -> None:
        """End the tables still open when the page ends, innermost first."""
        while self.tables or self.too_deep:
            self._close_table()

    def _close_table(self) -> None:
        """End a table: one holding data is a sheet; the text of any other shows where it stood."""
        if self.too_deep:
            self.too_deep -= 1
            return
        if not self.tables:
            return  # a stray </table>
        table = self.tables.pop()
        rows, holds_data = table.finish()
        if holds_data:
            self.sheets.append(table.sheet(rows))
            return
        lines = table.titles + [" ".join(str(value) for value in row if value is not None) for row in rows]
        if not self.tables:
            self.lines.extend(lines)  # each row a line, blank ones too: Excel shows every row, and rows are cited by number
            return
        for line in filter(None, lines):
            self._text(line)
            self._text("\n")


def read_page(path: str) -> list[tuple[str, PageSheet]]:
    """Each table holding data of an HTML page, with its sheet name; refuses a page without one."""
    name = os.path.basename(path)
    parser = _PageParser(name)
    with open(path, "rb") as handle:
        data = handle.read(CHUNK)
        decoder = codecs.getincrementaldecoder(page_encoding(data))(errors="replace")
        try:
            while data:
                parser.feed_text(decoder.decode(data))
                data = handle.read(CHUNK)
            parser.feed_text(decoder.decode(b"", final=True))
            parser.close()
            parser.close_open_tables()  # a page cut short of its </table>, which browsers still show
        except (AssertionError, ValueError, IndexError) as error:  # the tokenizer's rare complaints
            raise InputFileError(say("error.html_unparsable", cause=str(error)[:100] or type(error).__name__), file=name) from error
    if not parser.sheets:
        raise InputFileError(say("error.html_frameset" if parser.frameset else "error.html_no_table"), file=name)
    sheets = sorted(parser.sheets, key=lambda sheet: sheet.order)
    title = " ".join("".join(parser.title).split())
    return list(zip(sheet_names(len(sheets), parser.sheet_names, title), sheets))


def sheet_names(count: int, excel_names: list[str], title: str) -> list[str]:
    """Sheet names: Excel's own when it names every table, else the page title for a lone table, else 'Tabel N'."""
    if len(excel_names) == count:
        wanted = excel_names
    elif count == 1 and title:
        wanted = [title]
    else:
        wanted = [""] * count
    names: list[str] = []
    for number, raw in enumerate(wanted, start=1):
        name = " ".join(_BAD_NAME.sub(" ", raw).split())[:31].strip() or f"Tabel {number}"
        if name in names:
            name = f"Tabel {number}"
        names.append(name)
    return names
