"""'Excel' exports that are HTML pages (web portals' Export Excel, Excel's Save as Web Page) read as sheets."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from syncheck import html_tables, safety
from syncheck.cli import main
from syncheck.errors import InputFileError
from syncheck.models import Kind
from syncheck.readers import read_plan
from syncheck.sources import load_sheets
from support import TITLE, build_workbook

# a SIPD-like export: title lines above the table, a two-row merged header, a hidden row, a subtotal
SIPD = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv="Content-Type" content="application/vnd.ms-excel; charset=UTF-8">
<style>td { mso-number-format:"\\@"; }</style>
<script>document.write("<table><tr><td>a</td><td>b</td></tr></table>");</script></head>
<body>
<h3>RENCANA KERJA PEMERINTAH DAERAH</h3>
<h3>KOTA CONTOH<br>TAHUN 2024</h3>
<table border="1">
<thead>
<tr><th rowspan="2">Kode</th><th rowspan="2">Program/Kegiatan/<br>Sub Kegiatan</th><th rowspan="2">Lokasi</th>
    <th colspan="2">Pagu Indikatif</th></tr>
<tr><th>Tahun 2024</th><th>Tahun 2025</th></tr>
</thead>
<tbody>
<tr><td>1.02.02</td><td>PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT</td>
    <td>&nbsp;</td><td>1.750.000.000,00</td><td>0,00</td></tr>
<tr><td>1.02.02.2.01</td><td>Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota</td>
    <td></td><td>1.750.000.000,00</td><td>0,00</td></tr>
<tr><td>1.02.02.2.01.0001</td><td>Pembangunan Rumah Sakit beserta
    Sarana dan Prasarana Pendukungnya</td><td>Kec.&nbsp;Tugu</td><td>1.250.000.000,00</td><td>0,00</td></tr>
<tr><td>1.02.02.2.01.0002</td><td>Pembangunan Puskesmas<span style="display:none"> LAMA</span></td><td>Kec. Sawahan</td>
    <td>500.000.000,00</td><td>0,00</td></tr>
<tr><td colspan="3">JUMLAH</td><td>1.750.000.000,00</td><td>0,00</td></tr>
</tbody></table>
<p>Kepala Bappeda</p>
</body></html>"""

# Excel's own "Save as Web Page": the sheet's name in an <xml> island, numbers in x:num
EXCEL_WEB_PAGE = """<html xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>RKPD 2024 &amp; Perubahan</x:Name>
</x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]--></head>
<body><table x:str border=0 cellpadding=0 cellspacing=0>
<col width=120><col width=400><col width=0 style='display:none'><col width=160>
<tr><td colspan=4>RENCANA KERJA PEMERINTAH DAERAH KOTA CONTOH TAHUN 2024</td></tr>
<tr><td>Kode</td><td>Program/Kegiatan/Sub Kegiatan</td><td>Pagu Lama</td><td>Pagu Indikatif (Rp)</td></tr>
<tr><td x:str="'1.02.02">1.02.02</td><td>PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT</td>
    <td x:num="9">9</td><td x:num="1250000000" x:fmla="=SUM(D4:D4)">1.250.000.000</td></tr>
<tr><td>1.02.02.2.01.0001</td><td>Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya</td>
    <td x:num="9">9</td><td x:num="1250000000.5">1.250.000.000,50</td></tr>
<![if supportMisalignedColumns]><tr height=0 style='display:none'><td width=120 style='width:90pt'></td></tr><![endif]>
</table></body></html>"""


def write(tmp_path, text: str, name: str = "kota_contoh_2024.xls", encoding: str = "utf-8"):
    """Write an HTML page under an Excel name; its path as a str."""
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def test_sipd_export_reads_as_one_sheet_with_title_lines_and_merged_header(tmp_path):
    [sheet] = load_sheets(write(tmp_path, SIPD))
    assert sheet.name == "Tabel 1" and not sheet.hidden
    assert sheet.rows[:4] == (
        ("RENCANA KERJA PEMERINTAH DAERAH",),
        ("KOTA CONTOH",),
        ("TAHUN 2024",),
        ("Kode", "Program/Kegiatan/\nSub Kegiatan", "Lokasi", "Pagu Indikatif"),
    )
    assert sheet.rows[4] == (None, None, None, "Tahun 2024", "Tahun 2025")
    assert sheet.rows[7][1:3] == ("Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya", "Kec. Tugu")
    assert sheet.rows[8][:2] == ("1.02.02.2.01.0002", "Pembangunan Puskesmas")  # the hidden span's text is not read
    assert sheet.merged == (((3, 0), (4, 0)), ((3, 1), (4, 1)), ((3, 2), (4, 2)), ((3, 3), (3, 4)), ((9, 0), (9, 2)))


def test_sipd_export_gives_the_plan_items_and_budgets(tmp_path):
    plan = read_plan(write(tmp_path, SIPD))
    assert (plan.government, plan.level.value, plan.year) == ("Kota Contoh", "kota", 2024)
    assert [(str(item.code), item.kind) for item in plan.items] == [
        ("1.02.02", Kind.PROGRAM),
        ("1.02.02.2.01", Kind.KEGIATAN),
        ("1.02.02.2.01.0001", Kind.SUB_KEGIATAN),
        ("1.02.02.2.01.0002", Kind.SUB_KEGIATAN),
    ]
    assert [item.budget for item in plan.items] == [1_750_000_000, 1_750_000_000, 1_250_000_000, 500_000_000]
    assert plan.items[2].location == "Kec. Tugu"
    assert {row.reason.value for row in plan.skipped} >= {"subtotal"}


def test_merged_ranges_are_those_of_the_same_xlsx(tmp_path, make_workbook):
    rows = [["Kode", "Nama", "Pagu", None], [None, None, "2024", "2025"], ["1.02.02", "PROGRAM X", 1, 2]]
    xlsx = load_sheets(str(make_workbook(rows, merges=("A1:A2", "B1:B2", "C1:D1"))))[0]
    page = "<table><tr><td rowspan=2>Kode<td rowspan=2>Nama<td colspan=2>Pagu<tr><td>2024<td>2025"
    page += "<tr><td>1.02.02<td>PROGRAM X<td x:num=1>1<td x:num=2>2</table>"
    html = load_sheets(write(tmp_path, page))[0]
    assert sorted(html.merged) == sorted(xlsx.merged)
    assert html.rows == xlsx.rows


def test_excel_web_page_takes_x_num_names_the_sheet_and_marks_hidden_columns(tmp_path):
    [sheet] = load_sheets(write(tmp_path, EXCEL_WEB_PAGE, encoding="cp1252"))
    assert sheet.name == "RKPD 2024 & Perubahan"
    assert sheet.rows[2] == ("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", 9.0, 1250000000.0)
    assert sheet.rows[3][0] == "1.02.02.2.01.0001" and sheet.rows[3][3] == 1250000000.5
    assert sheet.marks.hidden_columns == frozenset({2}) and sheet.marks.hidden_rows == frozenset({4})
    plan = read_plan(sheet_path := write(tmp_path, EXCEL_WEB_PAGE, encoding="cp1252"))
    assert [item.budget for item in plan.items] == [1250000000, 1250000000], sheet_path  # the visible Pagu Indikatif, not 9


def test_cell_text_collapses_spaces_keeps_line_breaks_and_codes():
    assert html_tables.cell_value("  Pembangunan \xa0 Jalan\n\n Desa  ") == "Pembangunan Jalan\nDesa"
    assert html_tables.cell_value("1.02.02.2.01.0001") == "1.02.02.2.01.0001"
    assert html_tables.cell_value("1.250.000.000", "1250000000") == 1250000000.0
    assert html_tables.cell_value("2500", "") == 2500.0  # a bare x:num: the text is the number
    assert html_tables.cell_value("n/a", "NaN") == "n/a"
    assert html_tables.cell_value(" \n ") is None


def test_each_data_table_is_a_sheet_and_title_tables_become_title_lines(tmp_path):
    page = "<title>Ekspor RKPD</title><table><tr><td>KOTA CONTOH</td></tr><tr><td>TAHUN 2024</td></tr></table>"
    page += "<table><tr><td>Kode<td>Nama</tr></table><table style='display:none'><tr><td>a<td>b</table>"
    page += "<table><tr><td>Kode<td>Nama</tr></table>"
    sheets = load_sheets(write(tmp_path, page))
    assert [sheet.name for sheet in sheets] == ["Tabel 1", "Tabel 2"]
    assert sheets[0].rows == (("KOTA CONTOH",), ("TAHUN 2024",), ("Kode", "Nama"))
    assert load_sheets(write(tmp_path, page.split("<table style")[0]))[0].name == "Ekspor RKPD"


def test_a_blank_row_of_a_title_table_keeps_its_row_so_rows_are_numbered_as_excel_shows_them(tmp_path):
    page = "<table><tr><td>KOTA CONTOH</td></tr><tr><td>TAHUN 2024</td></tr><tr><td></td></tr></table>"
    page += "<table><tr><td>Kode<td>Nama</tr><tr><td>1.02.02<td>PROGRAM KESEHATAN</tr></table>"
    sheet = load_sheets(write(tmp_path, page))[0]
    assert [row[:1] for row in sheet.rows] == [("KOTA CONTOH",), ("TAHUN 2024",), ("",), ("Kode",), ("1.02.02",)]


def test_rowspan_stops_at_the_end_of_its_row_group(tmp_path):
    page = "<table><thead><tr><td rowspan=5>Kode<td>Nama</thead><tbody><tr><td>1.02<td rowspan=0>X<tr><td>1.03</tbody></table>"
    sheet = load_sheets(write(tmp_path, page))[0]
    assert sheet.rows == (("Kode", "Nama"), ("1.02", "X"), ("1.03",))
    assert sheet.merged == (((1, 1), (2, 1)),)


@pytest.mark.parametrize("name", ["plan.xlsx", "plan.xls", "plan.htm", "plan"])
def test_html_is_told_by_content_whatever_the_name(tmp_path, name):
    assert safety.check_input_file(write(tmp_path, SIPD, name)) == "html"
    assert safety.check_input_file(write(tmp_path, SIPD, name, "utf-16")) == "html"


def test_other_text_is_not_taken_for_html(tmp_path):
    excel_xml = '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Table></Table></Workbook>'
    with pytest.raises(InputFileError, match="Excel 2003 XML"):
        safety.check_input_file(write(tmp_path, excel_xml, "plan.xls"))
    assert safety.check_input_file(write(tmp_path, "Kode;Nama\n1.02;X\n", "plan.csv")) == "csv"


def test_utf16_page_is_read(tmp_path):
    sheet = load_sheets(write(tmp_path, SIPD, encoding="utf-16"))[0]
    assert sheet.rows[5][0] == "1.02.02"


def test_page_without_a_table_is_one_line_exit_3(tmp_path):
    path = write(tmp_path, "<html><head><title>SIPD</title></head><body><p>Sesi Anda telah berakhir</p></body></html>")
    result = CliRunner().invoke(main, ["inspect", path, "--lang", "en"])
    assert result.exit_code == 3
    assert result.output == "syncheck: error: kota_contoh_2024.xls: file is an HTML page with no table of data, not a spreadsheet export\n"


def test_frame_page_of_a_web_page_workbook_says_where_the_sheets_are(tmp_path):
    path = write(tmp_path, '<html><frameset rows="*,39"><frame src="plan_files/sheet001.htm"></frameset></html>', "plan.htm")
    with pytest.raises(InputFileError, match="_files folder"):
        load_sheets(path)


def test_oversize_page_is_one_line_exit_3(tmp_path, monkeypatch):
    monkeypatch.setattr(html_tables, "MAX_CELLS", 100)
    rows = "".join(f"<tr><td>1.02.02.2.01.{n:04d}</td><td>Sub {n}</td><td>{n}</td></tr>" for n in range(40))
    path = write(tmp_path, f"<table><tr><td>Kode</td><td>Nama</td><td>Pagu</td></tr>{rows}</table>")
    result = CliRunner().invoke(main, ["inspect", path, "--lang", "en"])
    assert result.exit_code == 3
    assert result.output == (
        "syncheck: error: kota_contoh_2024.xls: HTML page is too large to read (more than 100 table cells or "
        "6,000,000 tags and texts); open it in Excel and save it as .xlsx\n"
    )


def test_oversize_page_is_named_with_indonesian_thousands_separators(tmp_path, monkeypatch):
    monkeypatch.setattr(html_tables, "MAX_CELLS", 1000)
    rows = "".join(f"<tr><td>1.02.02.2.01.{n:04d}</td><td>Sub {n}</td><td>{n}</td></tr>" for n in range(400))
    path = write(tmp_path, f"<table><tr><td>Kode</td><td>Nama</td><td>Pagu</td></tr>{rows}</table>")
    result = CliRunner().invoke(main, ["inspect", path])
    assert result.exit_code == 3
    assert result.output == (
        "syncheck: kesalahan: kota_contoh_2024.xls: halaman HTML terlalu besar untuk dibaca (lebih dari 1.000 sel tabel atau "
        "6.000.000 tag dan teks); buka di Excel dan simpan sebagai .xlsx\n"
    )


def test_tag_left_open_is_refused(tmp_path):
    path = write(tmp_path, "<table><tr><td>Kode<td>Nama</table><script>" + "x" * (2 << 20))
    with pytest.raises(InputFileError, match="left open"):
        load_sheets(path)


def test_inspect_accounts_for_every_row(tmp_path):
    result = CliRunner().invoke(main, ["inspect", write(tmp_path, SIPD), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)["inputs"][0]
    assert data["rows_read"] == 10  # 3 title lines, 2 header rows, 4 items and the subtotal
    assert data["counts"]["sub_kegiatan"] == 2


PROVINCE_PAGE = """<html><head><meta charset="utf-8"><title>RKPD Provinsi</title></head><body>
<table border=1>
<tr><td colspan=4>RENCANA KERJA PEMERINTAH DAERAH</td></tr><tr><td colspan=4>PROVINSI CONTOH</td></tr>
<tr><td colspan=4>TAHUN 2024</td></tr>
<tr><th>Kode</th><th>Program/ Kegiatan/ Sub Kegiatan</th><th>Lokasi</th><th>Pagu Indikatif (Rp)</th></tr>
<tr><td>1.02.02</td><td>PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT</td><td></td><td>300,00</td></tr>
<tr><td>1.02.02.1.01</td><td>Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Provinsi</td>
    <td></td><td>300,00</td></tr>
<tr><td>1.02.02.1.01.01</td><td>Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya</td><td>Kota Contoh</td><td>200,00</td></tr>
<tr><td>1.02.02.1.01.02</td><td>Pembangunan Puskesmas</td><td>Provinsi Contoh</td><td>100,00</td></tr>
</table></body></html>"""

CITY = TITLE + [["Kode", "Program/ Kegiatan/ Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]] + [
    ["1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan & Upaya Kesehatan Masyarakat", None, 70],
    ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kab/Kota", None, 70],
    ["1.02.02.2.01.01", "Pemb. Rumah Sakit beserta Sarana dan Prasarana Pendukungnya (Lanjutan)", "Kec. Tugu", 70],
]


def test_compare_html_province_with_xlsx_city(tmp_path):
    province = write(tmp_path, PROVINCE_PAGE, "provinsi_contoh_2024.xls")
    city = str(build_workbook(tmp_path / "kota_contoh_2024.xlsx", CITY))
    out = tmp_path / "hasil.xlsx"
    result = CliRunner().invoke(main, ["compare", province, city, "--lang", "en", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[2:6] == [
        "1 program is run by the province; 1 of them (100.0%) is the same as a program of Kota Contoh.",
        "1 activity is run by the province; 1 of them (100.0%) is the same as an activity of Kota Contoh.",
        "2 sub-activities are run by the province; 1 of them (50.0%) is the same as a sub-activity of Kota Contoh.",
        "Rp 200 of province budget overlaps with Kota Contoh (1 sub-activity).",
    ]
    assert out.exists()


def test_caption_is_a_title_line(tmp_path):
    page = "<table><caption>RKPD KOTA CONTOH<br>TAHUN 2024</caption><tr><td>Kode<td>Nama</table>"
    assert load_sheets(write(tmp_path, page))[0].rows == (("RKPD KOTA CONTOH TAHUN 2024",), ("Kode", "Nama"))


def test_a_page_cut_short_of_its_closing_tags_is_read_as_a_browser_shows_it(tmp_path):
    cut = SIPD[: SIPD.index("</tbody>")]
    assert [str(item.code) for item in read_plan(write(tmp_path, cut)).items][-1] == "1.02.02.2.01.0002"


@pytest.mark.parametrize("charset", ["rot13", "zlib", "idna", "hex"])
def test_a_charset_that_is_no_text_encoding_is_not_trusted(tmp_path, charset):
    page = SIPD.replace("charset=UTF-8", f"charset={charset}")
    assert read_plan(write(tmp_path, page)).government == "Kota Contoh"


def test_empty_row_groups_keep_the_ranges_before_them(tmp_path):
    # a section ends at each <tbody>: only its own ranges are cut (all of them once made many sections quadratic)
    page = SIPD.replace("</tbody></table>", "</tbody>" + "<tbody></tbody>" * 50 + "</table>")
    assert load_sheets(write(tmp_path, page))[0].merged == load_sheets(write(tmp_path, SIPD, "b.xls"))[0].merged
