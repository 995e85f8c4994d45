"""Merged cells of OpenDocument (.ods) sheets, read from content.xml (python-calamine gives none for .ods)."""

from __future__ import annotations

import zipfile
from xml.sax.saxutils import escape, quoteattr

from syncheck import extent
from syncheck.readers import read_plan
from syncheck.sources import load_sheets

from support import TITLE, budgets, warning_texts

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"')
MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
            '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry '
            'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
SUB_1 = ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit"]
SUB_2 = ["1.02.02.2.01.0002", "Pembangunan Puskesmas"]
#: 'Pagu Indikatif' merged over Semula | Menjadi | Bertambah/(Berkurang), the other labels merged down
CHANGE_HEADER = [["Kode", "Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", None, None, "Perangkat Daerah"],
                 [None, None, None, "Semula", "Menjadi", "Bertambah/(Berkurang)"]]
CHANGE_MERGES = ("A5:A6", "B5:B6", "C5:C6", "D5:F5", "G5:G6")


def _cell(value: object, span: tuple[int, int] | None = None) -> str:
    """One table cell as LibreOffice writes it; span = (rows, columns) for a merged cell's first cell."""
    spanned = f' table:number-columns-spanned="{span[1]}" table:number-rows-spanned="{span[0]}"' if span else ""
    if value is None:
        return f"<table:table-cell{spanned}/>"
    if isinstance(value, str):
        return f'<table:table-cell office:value-type="string"{spanned}><text:p>{escape(value)}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="float" office:value="{value}"{spanned}><text:p>{value}</text:p></table:table-cell>'


def _box(merge: str) -> tuple[int, int, int, int]:
    """First row, first column, last row, last column (0-based) of a range such as 'D5:F5'."""
    corners = []
    for ref in merge.split(":"):
        letters = "".join(ch for ch in ref if ch.isalpha())
        col = 0
        for letter in letters:
            col = col * 26 + ord(letter) - 64
        corners += [int(ref[len(letters):]) - 1, col - 1]
    return corners[0], corners[1], corners[2], corners[3]


def table_xml(name: str, rows: list[list[object]], merges: tuple[str, ...] = ()) -> str:
    """A <table:table> of rows whose merged ranges are spanned cells followed by covered cells."""
    boxes = [_box(merge) for merge in merges]
    spans = {(r1, c1): (r2 - r1 + 1, c2 - c1 + 1) for r1, c1, r2, c2 in boxes}
    covered = {(r, c) for r1, c1, r2, c2 in boxes for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)} - set(spans)
    width = max([len(row) for row in rows] + [c2 + 1 for _, _, _, c2 in boxes])
    body = ""
    for r, row in enumerate(rows):
        cells = list(row) + [None] * (width - len(row))
        body += "<table:table-row>" + "".join(
            "<table:covered-table-cell/>" if (r, c) in covered else _cell(value, spans.get((r, c))) for c, value in enumerate(cells)
        ) + "</table:table-row>"
    return f"<table:table table:name={quoteattr(name)}>{body}</table:table>"


def write_ods(path, tables: str):
    """An OpenDocument spreadsheet whose content.xml holds these <table:table> elements."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:body>'
               f"<office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", MANIFEST, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return str(path)


def build_ods(path, rows, merges=(), title="RKPD"):
    """A one-sheet .ods of rows with merged ranges written as 'D5:F5', like build_workbook's."""
    return write_ods(path, table_xml(title, rows, merges))


def test_a_merged_change_header_reads_the_after_change_budget(tmp_path):
    rows = [[*SUB_1, "Kec. Tugu", 1250, 1300, 50, "DINKES"], [*SUB_2, "Kec. Bawen", 900, 850, -50, "DINKES"]]
    path = build_ods(tmp_path / "kab_contoh_2024.ods", TITLE + CHANGE_HEADER + rows, CHANGE_MERGES)
    assert sorted(load_sheets(path)[0].merged) == [((4, 0), (5, 0)), ((4, 1), (5, 1)), ((4, 2), (5, 2)), ((4, 3), (4, 5)), ((4, 6), (5, 6))]
    plan = read_plan(path)
    assert budgets(plan) == [1300, 850]
    assert plan.sheets[0].header_rows == (5, 6) and [row.ref.row for row in plan.skipped if row.reason.value == "unreadable"] == []


def test_an_ods_plan_reads_as_the_same_xlsx_plan_with_a_merged_name_and_agency(tmp_path, make_workbook):
    header = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]]
    rows = [["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", None, 390, "DINAS KESEHATAN"],
            [*SUB_1, "Kec. Tugu", 100, None], [None, None, "Kec. Bergas", 50, None], [None, None, "Kec. Bawen", 40, None],
            [*SUB_2, "Kec. Bawen", 200, None]]
    merges = ("A7:A9", "B7:B9", "E6:E10")
    ods = read_plan(build_ods(tmp_path / "kota_contoh_2024.ods", TITLE + header + rows, merges))
    xlsx = read_plan(str(make_workbook(TITLE + header + rows, merges=merges, title="RKPD")))
    assert [(i.ref.row, i.name, i.location, i.budget, i.agency) for i in ods.items] == [
        (6, "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", "", 390, "DINAS KESEHATAN"),
        (7, "Pembangunan Rumah Sakit", "Kec. Tugu; Kec. Bergas; Kec. Bawen", 190, "DINAS KESEHATAN"),
        (10, "Pembangunan Puskesmas", "Kec. Bawen", 200, "DINAS KESEHATAN"),
    ]
    assert [(i.ref.row, i.name, i.location, i.budget, i.agency) for i in xlsx.items] == [
        (i.ref.row, i.name, i.location, i.budget, i.agency) for i in ods.items]
    assert warning_texts(ods) == warning_texts(xlsx)


def test_spans_are_placed_after_repeated_rows_and_columns_and_covered_cells_on_the_sheet_calamine_names(tmp_path):
    first = ('<table:table table:style-name="ta1" table:name="Rekap &amp; Dinas">'
             '<table:table-row table:number-rows-repeated="3"><table:table-cell/></table:table-row>'
             '<table:table-row><table:table-cell table:number-columns-repeated="2"/>'
             '<table:table-cell office:value-type="string" table:number-columns-spanned="2" table:number-rows-spanned="3">'
             "<text:p>Pagu</text:p></table:table-cell><table:covered-table-cell/>"
             '<table:table-cell table:number-columns-spanned="2"/><table:covered-table-cell/></table:table-row>'
             '<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="2"/>'
             '<table:covered-table-cell table:number-columns-repeated="2"/>'
             '<table:table-cell office:value-type="float" office:value="5" table:number-columns-spanned="3"><text:p>5</text:p>'
             "</table:table-cell><table:covered-table-cell table:number-columns-repeated='2'/></table:table-row></table:table>")
    second = table_xml("Lain", [["a", None], ["b", "c"]], ("A1:B1",))
    sheets = load_sheets(write_ods(tmp_path / "plan.ods", first + second))
    assert [sheet.name for sheet in sheets] == ["Rekap & Dinas", "Lain"]
    # the spanned cell of the repeated row is merged on each of its rows
    assert sorted(sheets[0].merged) == [((3, 2), (5, 3)), ((3, 4), (3, 5)), ((4, 4), (4, 6)), ((5, 4), (5, 6))]
    assert sheets[0].rows[3][2] == "Pagu" and sheets[0].rows[5][4] == 5
    assert sheets[1].merged == (((0, 0), (0, 1)),)


def test_spans_are_capped_by_count_and_sheet_size(tmp_path, monkeypatch):
    monkeypatch.setattr(extent, "MAX_MERGED", 4)
    table = ('<table:table table:name="RKPD"><table:table-row table:number-rows-repeated="1000">'
             '<table:table-cell office:value-type="string" table:number-columns-spanned="99999999" table:number-rows-spanned="2">'
             "<text:p>x</text:p></table:table-cell></table:table-row></table:table>")
    merged = load_sheets(write_ods(tmp_path / "plan.ods", table))[0].merged
    assert merged == tuple(((row, 0), (row + 1, 16_383)) for row in range(4))

