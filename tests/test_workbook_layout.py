"""What a reviewer sees in the review workbook: no number shows as ####, no long text is cut off, and a
percent cell never shows a value its sentence contradicts."""

from __future__ import annotations

import re
from dataclasses import replace

import openpyxl
import pytest
from test_report import CS, KAB, KOTA, PROV, S1, make_result

from syncheck.models import Kind, Link, Overlap, Relation, Summary
from syncheck.report import write_workbook
from syncheck.xlsx import MONEY, WIDTH_SAMPLE_ROWS, Book, table

#: a pair whose overlap is on trillions of Rupiah (the province row shared with another kab/kota)
HUGE = Overlap(S1, CS, "Kota Pasuruan", 12_345_678_901_234, 4_000_000_000_000, shared_by=2)


def shown(value, number_format: str, lang: str) -> str:
    """The text a spreadsheet shows for a number in one of the workbook's formats (conditions included)."""
    for section in number_format.split(";"):
        condition = re.match(r"\[(=|<)([\d.]+)\](.*)", section)
        if condition is None or (value == float(condition[2]) if condition[1] == "=" else value < float(condition[2])):
            body = condition[3] if condition else section
            break
    if body.startswith('"'):
        return body.strip('"')
    if body.endswith("%"):
        text = f"{value * 100:.1f}%"
    elif "#,##0" in body:
        text = f"{value:,.0f}"
    else:
        return str(value)
    return text.translate(str.maketrans(",.", ".,")) if lang == "id" else text


def width(ws, cell) -> float:
    return ws.column_dimensions[cell.column_letter].width or 8.43


def assert_everything_readable(path, lang: str) -> None:
    """Every number fits its column; a text too long for its column wraps, or has nothing to its right."""
    for ws in openpyxl.load_workbook(path).worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                    assert len(shown(cell.value, cell.number_format, lang)) + 1 <= width(ws, cell), (ws.title, cell.coordinate)
                elif isinstance(cell.value, str) and len(cell.value) > width(ws, cell) and cell.row > 1:
                    neighbour = ws.cell(cell.row, cell.column + 1).value
                    assert neighbour is None or cell.alignment.wrap_text, (ws.title, cell.coordinate, cell.value)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_overlap_amounts_of_trillions_fit_and_the_sentences_wrap(tmp_path, lang):
    path = tmp_path / f"r_{lang}.xlsx"
    write_workbook(replace(make_result(), overlaps=(HUGE,)), str(path), lang)
    assert_everything_readable(path, lang)
    ws = openpyxl.load_workbook(path).worksheets[0]
    sentence = next(c for c in ws["K"] if isinstance(c.value, str) and c.value.startswith("Rp 12"))
    assert sentence.alignment.wrap_text and 30 <= width(ws, sentence) <= 60
    header = ws.cell(sentence.row - 1, 6)
    assert header.font.bold and header.alignment.wrap_text  # 'Of it, on rows shared with other kab/kota'
    amounts = [ws.cell(sentence.row, col) for col in (4, 5, 6)]
    assert [c.value for c in amounts] == [12_345_678_901_234, 4_000_000_000_000, 12_345_678_901_234]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_long_names_wrap_on_the_link_unmatched_and_overlap_sheets(tmp_path, lang):
    long = replace(S1, name="Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya " * 4)
    result = make_result()
    province = replace(result.plans[0], items=tuple(long if item is S1 else item for item in result.plans[0].items))
    link = Link(Kind.SUB_KEGIATAN, Relation.IDENTICAL, 97.0, "same item under identical parent", long, CS)
    result = replace(result, plans=(province, *result.plans[1:]), links=(*result.links, link), overlaps=(replace(HUGE, left=long),))
    path = tmp_path / f"n_{lang}.xlsx"
    write_workbook(result, str(path), lang)
    assert_everything_readable(path, lang)
    sub = openpyxl.load_workbook(path).worksheets[3]
    name = next(c for c in sub["C"] if c.value == long.name)
    assert name.alignment.wrap_text and width(sub, name) <= 52


def test_a_large_amount_past_the_width_sample_still_fits(tmp_path):
    book = Book()
    rows = [["baris", 1_000] for _ in range(WIDTH_SAMPLE_ROWS)] + [["besar", 987_654_321_012_345]]
    table(book, "Data", ["Nama", "Pagu"], rows, {2: MONEY})
    book.save(str(tmp_path / "out.xlsx"))
    assert_everything_readable(tmp_path / "out.xlsx", "en")


def test_the_overlaps_total_past_the_width_sample_fits(tmp_path):
    overlaps = tuple(replace(HUGE, left_budget=1_000, right_budget=1_000) for _ in range(WIDTH_SAMPLE_ROWS + 5))
    path = tmp_path / "r.xlsx"
    write_workbook(replace(make_result(), overlaps=overlaps), str(path), "id")
    ws = openpyxl.load_workbook(path)["Tumpang Tindih"]
    assert all(width(ws, ws.cell(1, col)) >= len("999.999.999.999.999") + 1 for col in (8, 9, 10))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_percent_cell_shows_what_its_sentence_says(tmp_path, lang):
    summaries = (
        Summary(PROV, KOTA, Kind.SUB_KEGIATAN, 3000, 2999, 2999, 0, 0, 0),
        Summary(PROV, KAB, Kind.SUB_KEGIATAN, 3000, 1, 1, 0, 0, 0),
        Summary(PROV, KOTA, Kind.PROGRAM, 3000, 0, 0, 0, 0, 0),
        Summary(PROV, KAB, Kind.PROGRAM, 3, 3, 3, 0, 0, 0),
    )
    path = tmp_path / f"p_{lang}.xlsx"
    write_workbook(replace(make_result(), summaries=summaries), str(path), lang)
    ws = openpyxl.load_workbook(path).worksheets[0]
    seen = {}
    for row in ws.iter_rows(min_row=4, max_row=7):
        percent = shown(row[5].value, row[5].number_format, lang)
        assert f"({percent})" in row[10].value, (percent, row[10].value)
        seen[(row[3].value, row[4].value)] = (percent, row[5].value)
    decimal = "," if lang == "id" else "."
    assert seen[(3000, 2999)] == (f"99{decimal}9%", 0.999)
    assert seen[(3000, 0)] == (f"0{decimal}0%", 0)
    assert seen[(3, 3)] == (f"100{decimal}0%", 1)
    below, value = seen[(3000, 1)]
    assert below == f"<0{decimal}1%" and 0 < value < 0.0005  # a number still: it sorts and sums as 1 of 3000
