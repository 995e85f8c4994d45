"""syncheck.xlsx: rows serialized outside openpyxl still read back exactly, never as formulas."""

from __future__ import annotations

import openpyxl

from syncheck.sources import load_sheets
from syncheck import xlsx
from syncheck.xlsx import MONEY, WIDTH_SAMPLE_ROWS, Book, Table, table


def test_tricky_values_read_back_as_written(tmp_path):
    book = Book()
    rows = [
        ["=HYPERLINK(\"x\")", "+62 811", "-5", "@SUM(A1)", "#N/A", "  padded  ", "a & <b> \"c\"", "bel\x07l", "x" * 40_000],
        [1_250_000_000, 97.5, True, float("nan"), None, "", "baris\nkedua", "\u2013 Lanjutan", 0],
    ]
    sheet = table(book, "Data", [f"k{i}" for i in range(1, 10)], rows, {1: MONEY})
    sheet.append(["Total", None, 3], {1: "bold", 3: "bold money"})
    path = tmp_path / "out.xlsx"
    book.save(str(path))
    ws = openpyxl.load_workbook(path)["Data"]
    first = [cell.value for cell in ws[2]]
    assert first[:8] == ["=HYPERLINK(\"x\")", "+62 811", "-5", "@SUM(A1)", "#N/A", "  padded  ", "a & <b> \"c\"", "bell"]
    assert len(first[8]) == 32_767
    assert all(cell.data_type == "s" for cell in ws[2])
    assert [ws.cell(2, col).quotePrefix for col in range(1, 6)] == [True, True, True, True, False]
    second = ws[3]
    assert [cell.value for cell in second] == [1_250_000_000, 97.5, True, "nan", None, None, "baris\nkedua", "\u2013 Lanjutan", 0]
    assert second[0].number_format == MONEY and second[1].number_format == "General"
    assert ws.cell(1, 1).font.bold and ws.cell(4, 3).font.bold and ws.cell(4, 3).number_format == MONEY
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:I3"
    assert ws.column_dimensions["I"].width == 60 and ws.column_dimensions["A"].width == 17
    assert load_sheets(str(path))[0].rows[1][:3] == ("=HYPERLINK(\"x\")", "+62 811", "-5")  # calamine agrees


def test_sheets_keep_their_order_and_an_empty_sheet_is_valid(tmp_path):
    book = Book()
    for title in ("Satu", "Dua", "Tiga"):
        book.sheet(title)
    book.sheets[1].append(["isi"])
    path = tmp_path / "kosong.xlsx"
    book.save(str(path))
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Satu", "Dua", "Tiga"]
    assert workbook["Dua"]["A1"].value == "isi" and workbook["Satu"].max_row == 1 and workbook["Satu"]["A1"].value is None


TRICKY = ["=HYPERLINK(\"x\")", "a & <b>", "  padded  ", "bel\x07l", 1_250_000_000, 97.5, True, None, "", "#N/A"]


def _tricky_rows(count: int) -> list[list]:
    return [[f"baris {n}", *TRICKY] for n in range(count)]


def test_rows_past_the_width_sample_read_back_as_the_first_ones(tmp_path):
    book = Book()
    rows = _tricky_rows(WIDTH_SAMPLE_ROWS + 50)
    table(book, "Data", [f"k{i}" for i in range(1, 12)], rows, {6: MONEY})
    path = tmp_path / "out.xlsx"
    book.save(str(path))
    ws = openpyxl.load_workbook(path)["Data"]
    last = WIDTH_SAMPLE_ROWS + 51
    for number in (2, last):  # the first row goes through append, the last through the lean row writer
        values = [cell.value for cell in ws[number]]
        assert values == [f"baris {number - 2}", "=HYPERLINK(\"x\")", "a & <b>", "  padded  ", "bell", 1_250_000_000, 97.5, True, None, None, "#N/A"]
        assert ws.cell(number, 2).quotePrefix and ws.cell(number, 2).data_type == "s"
        assert ws.cell(number, 6).number_format == MONEY


def test_tables_filled_side_by_side_equal_tables_filled_in_one_process(tmp_path, monkeypatch):
    def build(path):
        book = Book()
        for title, count in (("Besar", 900), ("Kecil", 300), ("Sedang", 600)):
            rows = _tricky_rows(count)
            finish = lambda sheet: sheet.append(["Total", None, None, None, None, 7], {1: "bold", 6: "bold money"})  # noqa: E731
            book.add_table(Table(title, [f"k{i}" for i in range(1, 12)], lambda rows=rows: rows, {6: MONEY}, count, finish))
        book.save(str(path))
        return openpyxl.load_workbook(path)

    single = build(tmp_path / "single.xlsx")
    monkeypatch.setattr(xlsx, "PARALLEL_FILL_ROWS", 100)
    parallel = build(tmp_path / "parallel.xlsx")
    assert parallel.sheetnames == single.sheetnames == ["Besar", "Kecil", "Sedang"]
    for title, count in (("Besar", 900), ("Kecil", 300), ("Sedang", 600)):
        a, b = single[title], parallel[title]
        assert [[c.value for c in row] for row in a.iter_rows()] == [[c.value for c in row] for row in b.iter_rows()]
        assert b.max_row == count + 2 and b.cell(count + 2, 6).value == 7 and b.cell(count + 2, 1).font.bold
        assert b.auto_filter.ref == f"A1:K{count + 1}"  # the totals row stays outside the filter
        assert b.cell(count + 1, 2).quotePrefix
    # the sheets' XML itself is the same but for style numbers: each row once, in order (Excel must repair
    # a file whose rows are not; openpyxl reads it without a word)
    import re
    import zipfile

    def sheet_xml(archive: zipfile.ZipFile, part: str) -> bytes:
        return re.sub(rb' s="\d+"', b"", archive.read(part))

    with zipfile.ZipFile(tmp_path / "single.xlsx") as one, zipfile.ZipFile(tmp_path / "parallel.xlsx") as two:
        parts = [name for name in one.namelist() if name.startswith("xl/worksheets/sheet")]
        assert len(parts) == 3
        for part in parts:
            xml = sheet_xml(two, part)
            assert xml == sheet_xml(one, part)
            numbers = [int(number) for number in re.findall(rb'<row r="(\d+)"', xml)]
            assert numbers == list(range(1, len(numbers) + 1))


def test_a_further_number_format_a_minimum_width_and_a_chart_under_a_table_lower_down(tmp_path):
    book = Book()
    book.add_style("rupiah", '"Rp" #,##0;-"Rp" #,##0')
    sheet = book.sheet("Ringkasan")
    sheet.append(["Judul panjang yang tidak melebarkan kolom"], style="title", fit=False)
    sheet.append(["Tahun", "Demak", "Banjarbaru"], style="bold")
    for year, demak, banjarbaru in ((2023, 0.5, 0.97), (2024, 0.49, 0.98)):
        sheet.append([year, demak, banjarbaru], {2: xlsx.PERCENT, 3: xlsx.PERCENT})
    sheet.append(["Pagu", 3_230_000_000], {2: "rupiah"})
    sheet.min_width(1, 40)
    xlsx.line_chart(sheet, "Tren", None, (2, 3), 2, "E2", header_row=2, number_format="0%", size=(16.0, 8.0))
    path = tmp_path / "out.xlsx"
    book.save(str(path))
    ws = openpyxl.load_workbook(path)["Ringkasan"]
    assert ws["B5"].value == 3_230_000_000 and ws["B5"].number_format == '"Rp" #,##0;-"Rp" #,##0'
    assert ws["B3"].number_format == xlsx.PERCENT and ws["A1"].font.sz == 14
    # "Rp 3.230.000.000" is 16 characters: the column fits it (a narrower one shows ####)
    assert ws.column_dimensions["A"].width == 40 and ws.column_dimensions["B"].width == 18
    (chart,) = ws._charts
    refs = [(s.tx.strRef.f, s.val.numRef.f, s.cat.numRef.f) for s in chart.series]
    assert refs == [("'Ringkasan'!B2", "'Ringkasan'!$B$3:$B$4", "'Ringkasan'!$A$3:$A$4"),
                    ("'Ringkasan'!C2", "'Ringkasan'!$C$3:$C$4", "'Ringkasan'!$A$3:$A$4")]
