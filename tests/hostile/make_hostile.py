"""Generate malformed and hostile RKPD inputs for syncheck's safety tests (nothing binary is committed).

Usage: ``python tests/hostile/make_hostile.py DIR`` or ``make_all(directory)`` from a test.
``CASES[name].outcome`` is what ``syncheck inspect FILE`` must do: "ok" (exit 0, maybe with
warnings) or "error" (one line on stderr naming the file, exit 3). ``CASES[name].stage`` says who
refuses an "error" case: "safety" (``syncheck.safety.check_input_file`` raises InputFileError) or
"reader" (the file passes the safety check and the reader must refuse it cleanly). An "error" case
``CASES[name].inspected`` is refused by compare and validate but shown by inspect, with a warning saying why
(a plan with no item).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import random
import re
import struct
import sys
import zipfile
from dataclasses import dataclass
from typing import Callable

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # hostile_formats.py sits beside this script
from hostile_formats import biff8, biff_record, bomb_zip, cfb, ods_bytes, png_1x1  # noqa: E402


@dataclass(frozen=True)
class Case:
    """One generated file: what it is and what syncheck must do with it."""

    description: str
    outcome: str
    stage: str = ""
    inspected: bool = False  # refused by compare and validate, shown by inspect with a warning


CASES: dict[str, Case] = {}
_BUILDERS: dict[str, Callable[[str], None]] = {}

TITLE = ["RENCANA KERJA PEMERINTAH DAERAH", "KOTA CONTOH", "TAHUN 2024"]
HEADER = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]
ROWS = [
    ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", "", 2_500_000_000],
    [
        "1.02.02.2.01",
        "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
        "",
        2_500_000_000,
    ],
    [
        "1.02.02.2.01.01",
        "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya",
        "Kec. X",
        1_250_000_000,
    ],
    ["1.02.02.2.01.02", "Pembangunan Puskesmas", "Kec. Y", 500_000_000],
    [
        "1.02.02.2.01.03",
        "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
        "Kec. Z",
        750_000_000,
    ],
    ["1.03.03", "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM", "", 900_000_000],
    [
        "1.03.03.2.01",
        "Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM) di Daerah Kabupaten/Kota",
        "",
        900_000_000,
    ],
    ["1.03.03.2.01.01", "Pembangunan SPAM Jaringan Perpipaan di Kawasan Perkotaan", "Kec. X", 900_000_000],
]
HEADER_ROW = 5
FIRST_DATA_ROW = HEADER_ROW + 1


def case(name: str, description: str, outcome: str, stage: str = "", inspected: bool = False) -> Callable:
    """Register a builder that writes the file `name`."""

    def register(build: Callable[[str], None]) -> Callable[[str], None]:
        CASES[name] = Case(description, outcome, stage if outcome == "error" else "", inspected)
        _BUILDERS[name] = build
        return build

    return register


def make_all(directory: str) -> dict[str, str]:
    """Write every hostile file into directory; return {file name: description}."""
    os.makedirs(directory, exist_ok=True)
    for name, build in _BUILDERS.items():
        build(os.path.join(directory, name))
    return {name: CASES[name].description for name in _BUILDERS}


# -- helpers ---------------------------------------------------------------------------------


def rkpd_workbook(rows: list[list] | None = None, header: list[str] | None = None) -> openpyxl.Workbook:
    """A small RKPD-like workbook: title rows, a header at row 5, data below."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "RKPD"
    for row, text in enumerate(TITLE, start=1):
        ws.cell(row=row, column=1, value=text)
    for col, text in enumerate(header or HEADER, start=1):
        ws.cell(row=HEADER_ROW, column=col, value=text)
    for offset, values in enumerate(ROWS if rows is None else rows):
        for col, value in enumerate(values, start=1):
            ws.cell(row=FIRST_DATA_ROW + offset, column=col, value=value if value != "" else None)
    return wb


def workbook_bytes(wb: openpyxl.Workbook | None = None) -> bytes:
    """The saved .xlsx bytes of wb (default: the plain RKPD workbook)."""
    buffer = io.BytesIO()
    (wb or rkpd_workbook()).save(buffer)
    return buffer.getvalue()


def workbook_parts(wb: openpyxl.Workbook | None = None) -> dict[str, bytes]:
    """The zip members of a saved workbook, by name."""
    with zipfile.ZipFile(io.BytesIO(workbook_bytes(wb))) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_parts(path: str, parts: dict[str, bytes]) -> None:
    """Write parts as a deflated zip."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def save(wb: openpyxl.Workbook, path: str) -> None:
    """Save an openpyxl workbook."""
    wb.save(path)


def _write(path: str, data: bytes) -> None:
    """Write bytes to path."""
    with open(path, "wb") as handle:
        handle.write(data)


def csv_text(sep: str = ",", names: dict[int, str] | None = None, number: Callable[[int], str] = str) -> str:
    """The RKPD table as delimited text (CRLF line ends, quoted where needed)."""
    lines = [sep.join([title] + [""] * 3) for title in TITLE] + [sep.join(HEADER)]
    for index, (code, name, place, budget) in enumerate(ROWS):
        name = (names or {}).get(index, name)
        cells = [code, name, place, number(budget)]
        lines.append(sep.join(f'"{c}"' if sep in c or '"' in c else c for c in cells))
    return "\r\n".join(lines) + "\r\n"


def edit_parts(path: str, edits: dict[str, Callable[[bytes], bytes]], wb: openpyxl.Workbook | None = None,
               drop: tuple[str, ...] = (), add: dict[str, bytes] | None = None) -> None:
    """Save wb (default RKPD), apply byte edits to named parts, drop and add parts."""
    parts = workbook_parts(wb)
    for name, edit in edits.items():
        parts[name] = edit(parts[name])
    for name in drop:
        parts.pop(name)
    parts.update(add or {})
    write_parts(path, parts)


def after_declaration(data: bytes, insert: bytes) -> bytes:
    """Insert bytes right after the <?xml ...?> declaration (or at the start when there is none)."""
    end = data.index(b"?>") + 2 if data.startswith(b"<?xml") else 0
    return data[:end] + insert + data[end:]


def rkpd_rows(title: list[str] | None = None) -> list[list]:
    """Title rows, a blank row, the header and the data rows as one grid (row 1 first)."""
    return [[text] for text in (title or TITLE)] + [[]] + [HEADER] + [list(row) for row in ROWS]




# -- cases refused by the safety check ------------------------------------------------------


@case("zero_byte.xlsx", "zero-byte .xlsx", "error", "safety")
def _zero(path: str) -> None:
    _write(path, b"")


@case("truncated.xlsx", "valid workbook cut in half", "error", "safety")
def _truncated(path: str) -> None:
    data = workbook_bytes()
    _write(path, data[: len(data) // 2])


# a web portal's "Export Excel" is an HTML table: read like a workbook holding its header row and program row
@case("html_as.xlsx", "HTML table of a header and one program row saved with an .xlsx name (web-portal export)", "ok")
def _html(path: str) -> None:
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in (HEADER, ROWS[0]))
    _write(path, f"<!DOCTYPE html><html><body><table>{rows}</table></body></html>".encode())


@case("csv_as.xlsx", "CSV text saved with an .xlsx name", "error", "safety")
def _csv_xlsx(path: str) -> None:
    _write(path, csv_text().encode("utf-8"))


@case("pdf_as.xlsx", "PDF document saved with an .xlsx name", "error", "safety")
def _pdf(path: str) -> None:
    _write(path, b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")


@case("excel2003.xls", "Excel 2003 XML spreadsheet with an .xls name", "error", "safety")
def _xml2003(path: str) -> None:
    _write(path, b'<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
                 b'<Worksheet ss:Name="RKPD"><Table/></Worksheet></Workbook>\n')


@case("encrypted.xlsx", "password-protected workbook (OLE2 with EncryptionInfo/EncryptedPackage)", "error", "safety")
def _encrypted(path: str) -> None:
    info = struct.pack("<HHI", 4, 4, 0x40) + (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns='
        b'"http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" '
        b'keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/>'
        b"</encryption>"
    )
    package = struct.pack("<Q", 8000) + random.Random(1).randbytes(8192)
    _write(path, cfb({"EncryptionInfo": info, "EncryptedPackage": package}))


@case("word_as.xls", "Word document (OLE2 with a WordDocument stream) with an .xls name", "error", "safety")
def _word(path: str) -> None:
    _write(path, cfb({"WordDocument": b"\xec\xa5" + b"\0" * 4094, "1Table": b"\0" * 4096}))


@case("billion_laughs.xlsx", "billion-laughs entity expansion in sharedStrings.xml", "error", "safety")
def _laughs(path: str) -> None:
    entities = b'<!ENTITY lol "lol">' + b"".join(
        b"<!ENTITY lol%d \"%s\">" % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10)
    )
    strings = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE sst [' + entities + b']>\n'
               b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
               b"<si><t>&lol9;</t></si></sst>")
    rel = (b'<Relationship Id="rIdSST" Target="sharedStrings.xml" '
           b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/></Relationships>')
    override = (b'<Override PartName="/xl/sharedStrings.xml" ContentType='
                b'"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    sheet = lambda d: re.sub(rb'<c r="A2" t="inlineStr">.*?</c>', b'<c r="A2" t="s"><v>0</v></c>', d, count=1)
    edit_parts(path, {"xl/worksheets/sheet1.xml": sheet,
                      "xl/_rels/workbook.xml.rels": lambda d: d.replace(b"</Relationships>", rel),
                      "[Content_Types].xml": lambda d: d.replace(b"</Types>", override)},
               add={"xl/sharedStrings.xml": strings})


@case("xxe.xlsx", "external entity (XXE) reading /etc/passwd in sheet1.xml", "error", "safety")
def _xxe(path: str) -> None:
    def edit(data: bytes) -> bytes:
        data = after_declaration(data, b'<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
        cell = b'<row r="30"><c r="B30" t="inlineStr"><is><t>&xxe;</t></is></c></row>'
        return data.replace(b"</sheetData>", cell + b"</sheetData>")

    edit_parts(path, {"xl/worksheets/sheet1.xml": edit})


@case("zip_bomb.xlsx", "sheet1.xml inflates to 1.1 GB of spaces (file ~1 MB)", "error", "safety")
def _bomb(path: str) -> None:
    sheet = workbook_parts()["xl/worksheets/sheet1.xml"]
    cut = sheet.index(b"<sheetData>")
    bomb_zip(path, workbook_parts(), "xl/worksheets/sheet1.xml", sheet[:cut], b" " * (1 << 20), 1100, sheet[cut:])


@case("ratio_bomb.xlsx", "sheet1.xml of 24 MB compressed ~1000:1 (total under 1 GB)", "error", "safety")
def _ratio(path: str) -> None:
    sheet = workbook_parts()["xl/worksheets/sheet1.xml"]
    cut = sheet.index(b"<sheetData>")
    bomb_zip(path, workbook_parts(), "xl/worksheets/sheet1.xml", sheet[:cut], b" " * (1 << 20), 24, sheet[cut:])


@case("many_members.xlsx", "valid workbook plus 20,000 tiny zip members", "error", "safety")
def _many(path: str) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, data in workbook_parts().items():
            archive.writestr(name, data)
        for i in range(20_000):
            archive.writestr(f"customXml/item{i}.txt", b"x")


@case("no_workbook_xml.xlsx", "zip with the workbook parts except xl/workbook.xml", "error", "safety")
def _no_workbook(path: str) -> None:
    edit_parts(path, {}, drop=("xl/workbook.xml",))


@case("garbage.csv", "random binary bytes (non-UTF-8, with NULs) named .csv", "error", "safety")
def _garbage(path: str) -> None:
    _write(path, random.Random(7).randbytes(4096))


# -- cases the reader must refuse cleanly ----------------------------------------------------


@case("html_page.xls", "a web page without a table saved with an .xls name", "error", "reader")
def _html_page(path: str) -> None:
    _write(path, b"<!DOCTYPE html><html><head><title>SIPD</title></head><body><h1>Sesi berakhir</h1><p>Silakan masuk lagi.</p></body></html>")


@case("html_nested.xls", "HTML tables nested 20,000 deep, one cell each", "error", "reader")
def _html_nested(path: str) -> None:
    _write(path, b"<html><body>" + b"<table><tr><td>x" * 20_000 + b"</td></tr></table>" * 20_000 + b"</body></html>")


@case("html_unclosed.xls", "an HTML table, then a comment never closed for 3 MB", "error", "reader")
def _html_unclosed(path: str) -> None:
    cells = "".join(f"<td>{c}</td>" for c in HEADER)
    _write(path, f"<html><body><table><tr>{cells}</tr></table><!--".encode() + b"x" * (3 << 20))


@case("no_header.xlsx", "data rows only, no title or header row", "error", "reader")
def _no_header(path: str) -> None:
    wb = openpyxl.Workbook()
    for values in ROWS:
        wb.active.append([v if v != "" else None for v in values])
    save(wb, path)


@case("empty_sheets.xlsx", "three sheets without values (one only formatted)", "error", "reader")
def _empty(path: str) -> None:
    wb = openpyxl.Workbook()
    wb.create_sheet("Sheet2")
    wb.create_sheet("Sheet3")
    wb.active["A1"].font = openpyxl.styles.Font(bold=True)
    save(wb, path)


@case("images_only.xlsx", "one sheet holding only a picture (drawing, no cells)", "error", "reader")
def _images(path: str) -> None:
    ns = 'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' \
         'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' \
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    drawing = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr {ns}><xdr:oneCellAnchor>'
        '<xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>'
        '<xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Picture 1"/><xdr:cNvPicPr/>'
        '</xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>'
        '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/>'
        "</xdr:oneCellAnchor></xdr:wsDr>"
    ).encode()
    rel = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns=' \
          '"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type=' \
          '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{}" Target="{}"/></Relationships>'
    types = b'<Default Extension="png" ContentType="image/png"/><Override PartName="/xl/drawings/drawing1.xml" ' \
            b'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>'
    sheet = lambda d: re.sub(rb"<sheetData\s*/>|<sheetData>.*</sheetData>", b"<sheetData/>", d, flags=re.S).replace(
        b"</worksheet>", b'<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        b'r:id="rId1"/></worksheet>')
    edit_parts(path, {"xl/worksheets/sheet1.xml": sheet, "[Content_Types].xml": lambda d: d.replace(b"</Types>", types)},
               wb=openpyxl.Workbook(), add={
                   "xl/worksheets/_rels/sheet1.xml.rels": rel.format("drawing", "../drawings/drawing1.xml").encode(),
                   "xl/drawings/drawing1.xml": drawing,
                   "xl/drawings/_rels/drawing1.xml.rels": rel.format("image", "../media/image1.png").encode(),
                   "xl/media/image1.png": png_1x1()})


@case("hidden_only.xlsx", "the workbook's only sheet (with RKPD data) is hidden", "error", "reader")
def _hidden(path: str) -> None:
    hide = lambda d: re.sub(rb'(<sheet [^>]*)state="visible"', rb'\1state="hidden"', d, count=1)
    edit_parts(path, {"xl/workbook.xml": hide})


@case("numbers_only.csv", "a single column of numbers, no header", "error", "reader")
def _numbers(path: str) -> None:
    _write(path, "".join(f"{row[3]}\r\n" for row in ROWS).encode())


@case("bom_only.csv", "a UTF-8 byte-order mark and nothing else", "error", "reader")
def _bom(path: str) -> None:
    _write(path, b"\xef\xbb\xbf")


@case("fake_biff.xls", "OLE2 file with a Workbook stream of garbage (not BIFF records)", "error", "reader")
def _fake_biff(path: str) -> None:
    _write(path, cfb({"Workbook": random.Random(3).randbytes(4096)}))


# -- cases that must parse (maybe with warnings) ---------------------------------------------


@case("cp1252_semicolon.csv", "Windows-1252 CSV, ';' separator, 'Pemb.' names, '1.250.000.000' amounts", "ok")
def _cp1252(path: str) -> None:
    names = {2: "Pemb. Rumah Sakit beserta Sarana dan Prasarana Pendukungnya \u2013 Tahap I",
             3: "Pemb. Puskesmas Rawat Inap (luas 1.200 m\u00b2)"}
    text = csv_text(";", names, number=lambda n: f"{n:,}".replace(",", "."))
    _write(path, text.encode("cp1252"))


@case("utf8_bom.csv", "UTF-8 CSV with a byte-order mark", "ok")
def _utf8_bom(path: str) -> None:
    _write(path, csv_text().encode("utf-8-sig"))


@case("utf16.csv", "UTF-16 (with BOM) CSV, as 'Unicode text' exports", "ok")
def _utf16(path: str) -> None:
    _write(path, csv_text().encode("utf-16"))


@case("formulas_no_cache.xlsx", "budget totals are =SUM() formulas with no cached values", "ok")
def _formulas(path: str) -> None:
    wb = rkpd_workbook()
    ws = wb.active
    first = FIRST_DATA_ROW
    ws.cell(row=first, column=4, value=f"=SUM(D{first + 2}:D{first + 4})")
    ws.cell(row=first + 1, column=4, value=f"=SUM(D{first + 2}:D{first + 4})")
    ws.cell(row=first + 4, column=4, value="=500000000+250000000")
    save(wb, path)


@case("merged_chaos.xlsx", "random merged ranges over the header and data area", "ok")
def _merged(path: str) -> None:
    wb = rkpd_workbook()
    ws = wb.active
    rng = random.Random(2024)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
    ws.merge_cells(start_row=FIRST_DATA_ROW, start_column=1, end_row=FIRST_DATA_ROW + 1, end_column=1)
    used: set[tuple[int, int]] = set()
    for _ in range(12):
        row, col = rng.randint(FIRST_DATA_ROW + 2, FIRST_DATA_ROW + len(ROWS) + 3), rng.randint(1, 5)
        cells = {(r, c) for r in range(row, row + 2) for c in range(col, col + rng.randint(1, 2))}
        if not cells & used:
            used |= cells
            ws.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=max(c for _, c in cells))
    save(wb, path)


@case("dimension_lie.xlsx", "<dimension ref='A1:Z1048576'> but only 13 rows", "ok")
def _dimension(path: str) -> None:
    claim = lambda d: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:Z1048576"', d)
    edit_parts(path, {"xl/worksheets/sheet1.xml": claim})


@case("row_million.xlsx", "the RKPD table plus a few rows written at row 1,000,000: left out, named", "ok")
def _far(path: str) -> None:
    wb = rkpd_workbook()
    for offset, values in enumerate(ROWS[-3:]):
        for col, value in enumerate(values, start=1):
            wb.active.cell(row=1_000_000 + offset, column=col, value=value or None)
    save(wb, path)


@case("giant_cell.xlsx", "a sub kegiatan name of 32,000 characters", "ok")
def _giant(path: str) -> None:
    save_with_long_name(path, 32_000)


def save_with_long_name(path: str, length: int) -> None:
    """The RKPD workbook whose 'Pembangunan Puskesmas' row has a name `length` characters long."""
    wb = rkpd_workbook()
    wb.active.cell(row=FIRST_DATA_ROW + 3, column=2, value=("Pembangunan Puskesmas " * (length // 20 + 1))[:length])
    save(wb, path)


@case("duplicate_pagu.xlsx", "two 'Pagu Indikatif (Rp)' header columns", "ok")
def _duplicate(path: str) -> None:
    save(rkpd_workbook([row + [row[3] // 2 if row[3] else None] for row in ROWS], HEADER + [HEADER[3]]), path)


@case("dates_negative.xlsx", "dates, negative numbers, '(250.000.000)' and '-' in the budget column", "ok")
def _dates(path: str) -> None:
    rows = [list(row) for row in ROWS]
    rows[2][3] = dt.datetime(2024, 1, 15)
    rows[3][3] = -500_000_000
    rows[4][3] = "(250.000.000)"
    rows[7][3] = "-"
    save(rkpd_workbook(rows), path)


@case("formula_injection.xlsx", "names stored as text starting with =, +, -, @ (formula/DDE payloads)", "ok")
def _injection(path: str) -> None:
    payloads = ['=HYPERLINK("http://x","click")', "@SUM(1+1)*cmd|' /C calc'!A0", "+1+cmd|' /C notepad'!A0",
                "-2+3+cmd|' /C calc'!A0", '=cmd|" /C calc"!A0']
    wb = rkpd_workbook()
    for offset, payload in enumerate(payloads):
        cell = wb.active.cell(row=FIRST_DATA_ROW + 2 + offset % 4 + (offset // 4) * 5, column=2, value=payload)
        cell.data_type = "s"
    save(wb, path)


@case("really_xlsx.xls", "a valid .xlsx workbook named .xls", "ok")
def _xls_name(path: str) -> None:
    _write(path, workbook_bytes())


@case("Kab. Contoh \u2013 RKPD 2024 (revisi) \u2713.xlsx", "valid workbook; space and unicode in the file name", "ok")
def _unicode_name(path: str) -> None:
    _write(path, workbook_bytes())


# -- more unseen-reviewer cases: old and open formats, odd text files, odd sheets -------------


@case("doctype_plain.xlsx", "sheet1.xml declares <!DOCTYPE worksheet> (no entities)", "error", "safety")
def _doctype(path: str) -> None:
    edit_parts(path, {"xl/worksheets/sheet1.xml": lambda d: after_declaration(d, b"<!DOCTYPE worksheet>")})


@case("empty_zip.xlsx", "a valid zip archive with no members", "error", "safety")
def _empty_zip(path: str) -> None:
    zipfile.ZipFile(path, "w").close()


@case("far_corner.xlsx", "the RKPD table plus one value at XFD1048576 (a 17-billion-cell used range): left out, named", "ok")
def _far_corner(path: str) -> None:
    wb = rkpd_workbook()
    wb.active.cell(row=1_048_576, column=16_384, value="x")
    save(wb, path)


@case("giant_sheet.xlsx", "values every 1,000 rows down to row 1,048,576 in columns A and Q: one 17.8-million-cell table", "error", "safety")
def _giant_sheet(path: str) -> None:
    wb = rkpd_workbook()
    for row in [*range(1_000, 1_048_577, 1_000), 1_048_576]:
        wb.active.cell(row=row, column=1, value=1)
        wb.active.cell(row=row, column=17, value=1)
    save(wb, path)


@case("far_corner.xls", "BIFF8 .xls with one cell record at column 65535, row 65535", "error", "safety")
def _far_corner_xls(path: str) -> None:
    stream = biff8([("RKPD", rkpd_rows())])
    far = biff_record(0x0203, struct.pack("<HHHd", 65535, 65535, 15, 1.0))
    end = stream.rindex(biff_record(0x000A))
    _write(path, cfb({"Workbook": stream[:end] + far + stream[end:]}))


@case("dimension_lie.xls", "BIFF8 .xls whose DIMENSIONS record claims 4 billion rows", "error", "safety")
def _dimension_lie_xls(path: str) -> None:
    rows = rkpd_rows()
    stream = biff8([("RKPD", rows)])
    honest = struct.pack("<IIHHH", 0, len(rows), 0, len(HEADER), 0)
    _write(path, cfb({"Workbook": stream.replace(honest, struct.pack("<IIHHH", 0, 0xFFFFFFFF, 0, 0xFFFF, 0))}))


@case("repeat_bomb.ods", "ODS row repeated 1,048,500 times with a value repeated over 16,384 columns", "error", "safety")
def _repeat_bomb(path: str) -> None:
    bomb = ('<table:table-row table:number-rows-repeated="1048500"><table:table-cell table:number-columns-repeated='
            '"16384" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>')
    _write(path, ods_bytes(rkpd_rows(), bomb))


@case("dimension_backwards.xls", "BIFF8 .xls whose DIMENSIONS record ends before it starts", "error", "safety")
def _dimension_backwards(path: str) -> None:
    rows = rkpd_rows()
    stream = biff8([("RKPD", rows)])
    honest = struct.pack("<IIHHH", 0, len(rows), 0, len(HEADER), 0)
    _write(path, cfb({"Workbook": stream.replace(honest, struct.pack("<IIHHH", 0x0A00FD00, 512, 3840, 512, 0))}))


@case("malformed_content.ods", "ODS whose content.xml ends in a broken tag (the reader loops forever on it)", "error",
      "safety")
def _malformed_ods(path: str) -> None:
    data = ods_bytes(rkpd_rows())
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["content.xml"] = parts["content.xml"].replace(b"</table:table-row></table:table>",
                                                        b"</table:table-row><le-cell /table:table>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), parts.pop("mimetype"))
        for name, content in parts.items():
            archive.writestr(name, content, zipfile.ZIP_DEFLATED)


@case("bad_sheet_offset.xls", "BIFF8 .xls whose BOUNDSHEET points far past the end of the stream", "error", "reader")
def _bad_offset(path: str) -> None:
    stream = bytearray(biff8([("RKPD", rkpd_rows())]))
    at = stream.index(struct.pack("<H", 0x0085))
    stream[at + 4 : at + 8] = struct.pack("<I", 0x7FFFFFFF)
    _write(path, cfb({"Workbook": bytes(stream)}))


@case("sst_out_of_range.xlsx", "a cell pointing at shared string 999 of a table without one", "error", "reader")
def _sst(path: str) -> None:
    cell = lambda d: re.sub(rb'<c r="B6" t="inlineStr">.*?</c>', b'<c r="B6" t="s"><v>999</v></c>', d, count=1)
    edit_parts(path, {"xl/worksheets/sheet1.xml": cell})


@case("chartsheet_only.xlsx", "a workbook whose only sheet is a chart sheet", "error", "reader")
def _chartsheet(path: str) -> None:
    wb = openpyxl.Workbook()
    wb.create_chartsheet("Grafik")
    wb.remove(wb.active)
    save(wb, path)


@case("old_biff8.xls", "Excel 97-2003 (BIFF8) .xls with the RKPD table", "ok")
def _biff(path: str) -> None:
    _write(path, cfb({"Workbook": biff8([("RKPD", rkpd_rows())])}))


@case("old_biff8_small.xls", "BIFF8 .xls whose Workbook stream lives in the OLE2 mini stream", "ok")
def _biff_small(path: str) -> None:
    _write(path, cfb({"Workbook": biff8([("RKPD", rkpd_rows())])}, mini=True))


@case("plain.ods", "OpenDocument spreadsheet (LibreOffice) with the RKPD table and trailing empty repeats", "ok")
def _ods(path: str) -> None:
    empty = ('<table:table-row table:number-rows-repeated="1048500"><table:table-cell '
             'table:number-columns-repeated="1024"/></table:table-row>')
    _write(path, ods_bytes(rkpd_rows(), empty))


@case("utf16be.csv", "UTF-16 big-endian CSV with a byte-order mark", "ok")
def _utf16be(path: str) -> None:
    _write(path, b"\xfe\xff" + csv_text().encode("utf-16-be"))


@case("utf16le_nobom.csv", "UTF-16 little-endian CSV without a byte-order mark", "ok")
def _utf16le(path: str) -> None:
    _write(path, csv_text().encode("utf-16-le"))


@case("nul_byte.csv", "UTF-8 CSV with a NUL byte inside a sub kegiatan name", "ok")
def _nul(path: str) -> None:
    _write(path, csv_text(names={3: "Pembangunan\x00 Puskesmas"}).encode("utf-8"))


@case("cr_only.csv", "CSV with classic Mac line ends (CR only)", "ok")
def _cr(path: str) -> None:
    _write(path, csv_text().replace("\r\n", "\r").encode("utf-8"))


@case("mb_cell.csv", "CSV whose sub kegiatan name is 1 MB of text", "ok")
def _mb_csv(path: str) -> None:
    _write(path, csv_text(names={3: ("Pembangunan Puskesmas " * 50_000)[:1_000_000]}).encode("utf-8"))


@case("mb_cell.xlsx", "workbook whose sub kegiatan name is 1 MB of text (over Excel's 32,767)", "ok")
def _mb_xlsx(path: str) -> None:
    save_with_long_name(path, 1_000_000)


@case("sheets_200.xlsx", "200 sheets, one per agency: two in three hold a small table, the rest are empty", "ok")
def _sheets_200(path: str) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for number in range(200):
        sheet = wb.create_sheet(f"OPD {number:03d}")
        for row in (rkpd_rows()[:7] if number % 3 else []):
            sheet.append(row)
    save(wb, path)


@case("empty_first_sheet.xlsx", "a first sheet with no rows at all, the plan on the second", "ok")
def _empty_first(path: str) -> None:
    wb = rkpd_workbook()
    wb.create_sheet("Kosong", 0)
    save(wb, path)


# nothing to compare: read as it is, it would be a confident '0 of 83 (0.0%)' (the reader refuses it)
@case("header_only.xlsx", "title and header rows but not a single data row", "error", "reader", inspected=True)
def _header_only(path: str) -> None:
    save(rkpd_workbook(rows=[]), path)


@case("deep_merge_header.xlsx", "every header cell merged down over six rows", "ok")
def _deep_merge(path: str) -> None:
    wb = rkpd_workbook()
    ws = wb.active
    ws.insert_rows(HEADER_ROW + 1, 5)
    for col in range(1, len(HEADER) + 1):
        ws.merge_cells(start_row=HEADER_ROW, start_column=col, end_row=HEADER_ROW + 5, end_column=col)
    save(wb, path)


@case("budget_text.xlsx", "budgets 'n/a', 'Rp 1.250.000.000,00', '(1.000.000)', '1,5 M', '-', a date, TRUE", "ok")
def _budget_text(path: str) -> None:
    rows = [list(row) for row in ROWS]
    values = ["n/a", "Rp 1.250.000.000,00", "(1.000.000)", "1,5 M", "-", dt.date(2024, 1, 1), True, "1.000.000,-"]
    for row, value in zip(rows, values):
        row[3] = value
    save(rkpd_workbook(rows), path)


@case("macro.xlsm", "macro-enabled workbook carrying a vbaProject.bin part", "ok")
def _macro(path: str) -> None:
    macro = b"ms-excel.sheet.macroEnabled.main+xml"
    edit_parts(path, {"[Content_Types].xml": lambda d: d.replace(b"spreadsheetml.sheet.main+xml", macro)},
               add={"xl/vbaProject.bin": cfb({"VBA": b"Attribute VB_Name = \"Module1\""})})


def main(argv: list[str]) -> int:
    """Write the files into argv[1] and list them with their expected outcome."""
    if len(argv) != 2:
        print(f"usage: {argv[0]} DIRECTORY", file=sys.stderr)
        return 2
    for name, description in make_all(argv[1]).items():
        print(f"{CASES[name].outcome:5}  {CASES[name].stage:6}  {name}: {description}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
