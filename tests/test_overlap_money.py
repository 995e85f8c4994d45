"""The overlap's money as a reviewer quotes it: an amount not stated at sub kegiatan level is not Rp 0, and an amount the
reader warns is implausible is marked in the headline (rt28 #2, #4); console, JSON and workbook say the same."""

from __future__ import annotations

import openpyxl

from syncheck.models import Options
from syncheck.pipeline import compare
from syncheck.report import render_console, result_to_json, write_workbook

HEADER = ["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]
NO_BUDGET = ["Kode", "Uraian", "Lokasi", "Perangkat Daerah"]
AGENCY = "DINAS PEKERJAAN UMUM BINA MARGA"
PROVINCE = "Provinsi Jawa Timur"
CITY_ROADS = [("01", "Penyelenggaraan Jalan", 30, [("05", "Pembangunan Jalan", "Kec. Klojen", 10), ("09", "Rehabilitasi Jalan", "Kec. Klojen", 20)]),
              ("02", "Penyelenggaraan Jembatan", 5, [("12", "Pembangunan Jembatan", "Kec. Klojen", 5)])]  # fmt: skip


def road_plan(government: str, digit: str, blocks, header=HEADER) -> list[list[object]]:
    """A road plan whose kegiatan are (number, name, budget, [(number, name, location, budget)]) blocks."""
    cells = (lambda code, name, place, budget: [code, name, place, budget, AGENCY]) if header == HEADER else (
        lambda code, name, place, budget: [code, name, place, AGENCY])  # fmt: skip
    total = sum(block[2] or 0 for block in blocks) or None
    rows = [["RENCANA KERJA PEMERINTAH DAERAH"], [government.upper()], ["TAHUN 2024"], [], header,
            cells("1.03.10", "PROGRAM PENYELENGGARAAN JALAN", None, total)]  # fmt: skip
    for number, name, budget, subs in blocks:
        rows.append(cells(f"1.03.10.{digit}.{number}", name, None, budget))
        rows.extend(cells(f"1.03.10.{digit}.{number}.{sub}", sub_name, place, amount) for sub, sub_name, place, amount in subs)
    return rows


def run(make_workbook, province_blocks, province_header=HEADER, city_blocks=CITY_ROADS):
    """compare() of a province road plan and a Kota Malang one."""
    paths = [str(make_workbook(road_plan(PROVINCE, "1", province_blocks, province_header), name="provinsi_jawa_timur_2024.xlsx")),
             str(make_workbook(road_plan("Kota Malang", "2", city_blocks), name="kota_malang_2024.xlsx"))]  # fmt: skip
    return compare(paths, Options(workers=1))


def money_lines(result, lang: str) -> list[str]:
    """The console's lines after the three headlines of the pair, up to the table (after the province's heading)."""
    return render_console(result, lang).split("\n\n")[1].splitlines()[3:]


def workbook_rows(result, tmp_path, lang: str) -> tuple[list[tuple], list[tuple]]:
    """The Summary sheet's overlap row of the pair, and the Overlaps sheet's rows (header first), read back."""
    path = tmp_path / f"out_{lang}.xlsx"
    write_workbook(result, str(path), lang)
    book = openpyxl.load_workbook(path)
    summary = list(book.worksheets[0].iter_rows(values_only=True))
    block = summary[[row[0] for row in summary].index("Budget overlap per pair" if lang == "en" else "Tumpang tindih anggaran per pasangan") + 1 :]
    sheet = book["Overlaps" if lang == "en" else "Tumpang Tindih"]
    return block, list(sheet.iter_rows(values_only=True))


def totals(result) -> dict:
    """The pair's overlap_totals record of the JSON result."""
    (found,) = result_to_json(result)["overlap_totals"]
    return found


ONLY_ON_KEGIATAN = [("01", "Penyelenggaraan Jalan", 3_000_000_000, [("05", "Pembangunan Jalan", "Kota Malang", None), ("09", "Rehabilitasi Jalan", "Kota Malang", None)])]  # fmt: skip


def test_sub_kegiatan_budgeted_only_on_their_kegiatan_overlap_with_the_amount_not_stated_not_rp_0(make_workbook, tmp_path):
    result = run(make_workbook, ONLY_ON_KEGIATAN)
    assert money_lines(result, "en") == [
        "2 sub-activities overlap with Kota Malang; the province states no budget for them at sub-activity level, only at "
        "activity level (Rp 3.0 billion)."
    ]
    assert money_lines(result, "id") == [
        "2 sub kegiatan tumpang tindih dengan Kota Malang; provinsi tidak mencantumkan pagunya di tingkat sub kegiatan, hanya di "
        "tingkat kegiatan (Rp 3,0 miliar)."
    ]
    found = totals(result)
    assert (found["sub_kegiatan"], found["left_budget"], found["right_budget"]) == (2, 0, 30)
    assert (found["left_budget_unstated"], found["left_budget_unstated_above"], found["right_budget_unstated"]) == (2, 3_000_000_000, 0)
    overlaps = result_to_json(result)["overlaps"]
    assert [(o["left_budget"], o["left_budget_stated"], o["right_budget"], o["right_budget_stated"]) for o in overlaps] == [
        (0, False, 10, True), (0, False, 20, True)]  # fmt: skip
    block, sheet = workbook_rows(result, tmp_path, "en")
    assert block[0][2:10] == ("Sub kegiatan", "Left budget", "Right budget", "Of it, on rows shared with other kab/kota",
                              "Same, location not stated or ambiguous (sub kegiatan)", "Their left budget",
                              "Of them, no left budget of their own (sub kegiatan)", "Of left budget, flagged as implausible")  # fmt: skip
    assert block[1][:10] == (PROVINCE, "Kota Malang", 2, None, 30, 0, 0, 0, 2, 0)
    assert block[1][10] == money_lines(result, "en")[0]
    assert [row[7:10] for row in sheet[1:3]] == [(None, 10, None), (None, 20, None)]
    block, _ = workbook_rows(result, tmp_path, "id")
    assert block[1][3] is None and block[1][10] == money_lines(result, "id")[0]


def test_a_province_plan_without_a_budget_column_says_no_budget_is_stated(make_workbook, tmp_path):
    blocks = [("01", "Penyelenggaraan Jalan", None, [("05", "Pembangunan Jalan", "Kota Malang", None)])]
    result = run(make_workbook, blocks, province_header=NO_BUDGET)
    assert money_lines(result, "en") == ["1 sub-activity overlaps with Kota Malang; the province states no budget for it at sub-activity level."]
    assert money_lines(result, "id") == ["1 sub kegiatan tumpang tindih dengan Kota Malang; provinsi tidak mencantumkan pagunya di tingkat sub kegiatan."]
    found = totals(result)
    assert (found["left_budget"], found["left_budget_unstated"], found["left_budget_unstated_above"]) == (0, 1, 0)
    block, sheet = workbook_rows(result, tmp_path, "en")
    assert block[1][3] is None and block[1][8] == 1
    assert sheet[1][7] is None


def test_sub_kegiatan_without_their_own_budget_beside_budgeted_ones_are_said_to_be_left_out_of_the_amount(make_workbook, tmp_path):
    blocks = [("01", "Penyelenggaraan Jalan", 300, [("05", "Pembangunan Jalan", "Kota Malang", 100), ("09", "Rehabilitasi Jalan", "Kota Malang", 200)]),
              ("02", "Penyelenggaraan Jembatan", 50, [("12", "Pembangunan Jembatan", "Kota Malang", None)])]  # fmt: skip
    result = run(make_workbook, blocks)
    assert money_lines(result, "en") == [
        "Rp 300 of province budget overlaps with Kota Malang (3 sub-activities).",
        "1 of them has no budget stated at sub-activity level and is not in this amount (stated at activity level: Rp 50).",
    ]
    assert money_lines(result, "id") == [
        "Rp 300 anggaran provinsi tumpang tindih dengan Kota Malang (3 sub kegiatan).",
        "1 di antaranya tidak berpagu di tingkat sub kegiatan dan tidak termasuk dalam jumlah ini (dicantumkan di tingkat kegiatan: Rp 50).",
    ]
    found = totals(result)
    assert (found["sub_kegiatan"], found["left_budget"], found["left_budget_unstated"], found["left_budget_unstated_above"]) == (3, 300, 1, 50)
    block, sheet = workbook_rows(result, tmp_path, "en")
    assert block[1][3] == 300 and block[1][8] == 1
    assert block[1][10] == " ".join(money_lines(result, "en"))
    assert [row[7:10] for row in sheet[1:4]] == [(100, 10, 110), (200, 20, 220), (None, 5, None)]


def test_a_kab_kota_row_without_its_own_budget_is_counted_and_shown_empty(make_workbook, tmp_path):
    city = [("01", "Penyelenggaraan Jalan", 30, [("05", "Pembangunan Jalan", "Kec. Klojen", None)])]
    blocks = [("01", "Penyelenggaraan Jalan", 100, [("05", "Pembangunan Jalan", "Kota Malang", 100)])]
    result = run(make_workbook, blocks, city_blocks=city)
    assert money_lines(result, "en") == ["Rp 100 of province budget overlaps with Kota Malang (1 sub-activity)."]
    assert totals(result)["right_budget_unstated"] == 1
    assert [(o["right_budget"], o["right_budget_stated"]) for o in result_to_json(result)["overlaps"]] == [(0, False)]
    _, sheet = workbook_rows(result, tmp_path, "en")
    assert sheet[1][7:10] == (100, None, None)


def test_an_amount_the_reader_warns_is_too_large_is_marked_in_the_headline_with_the_sum_without_it(make_workbook, tmp_path):
    huge = 1_250_000_000_000_000  # typed with extra digits
    blocks = [("01", "Penyelenggaraan Jalan", None, [("05", "Pembangunan Jalan", "Kota Malang", huge), ("09", "Rehabilitasi Jalan", "Kota Malang", 10**9)])]  # fmt: skip
    result = run(make_workbook, blocks)
    assert any("implausibly large for a sub kegiatan" in w.message for w in result.plans[0].warnings)
    assert money_lines(result, "en") == [
        "Rp 1,250.0 trillion of province budget overlaps with Kota Malang (2 sub-activities); Rp 1,250.0 trillion of it is 1 amount "
        "flagged as implausible (see Warnings), Rp 1.0 billion without it."
    ]
    assert money_lines(result, "id") == [
        "Rp 1.250,0 triliun anggaran provinsi tumpang tindih dengan Kota Malang (2 sub kegiatan); Rp 1.250,0 triliun di antaranya "
        "berasal dari 1 pagu yang ditandai tidak wajar (lihat lembar Peringatan); tanpa pagu tersebut, Rp 1,0 miliar."
    ]
    found = totals(result)
    assert (found["left_budget"], found["left_implausible"], found["left_implausible_budget"]) == (huge + 10**9, 1, huge)
    block, _ = workbook_rows(result, tmp_path, "en")
    assert block[1][3] == huge + 10**9 and block[1][9] == huge
    assert block[1][10] == money_lines(result, "en")[0]


def test_plausible_large_amounts_are_not_marked(make_workbook):
    blocks = [("01", "Penyelenggaraan Jalan", None, [("05", "Pembangunan Jalan", "Kota Malang", 900 * 10**9), ("09", "Rehabilitasi Jalan", "Kota Malang", 10**9)])]  # fmt: skip
    result = run(make_workbook, blocks)
    assert money_lines(result, "en") == ["Rp 901.0 billion of province budget overlaps with Kota Malang (2 sub-activities)."]
    assert totals(result)["left_implausible"] == 0


def test_an_overlap_whose_every_amount_is_flagged_says_all_of_it_is(make_workbook):
    blocks = [("01", "Penyelenggaraan Jalan", None, [("05", "Pembangunan Jalan", "Kota Malang", 12_345_678_901_234)])]
    result = run(make_workbook, blocks)
    assert money_lines(result, "en") == [
        "Rp 12.3 trillion of province budget overlaps with Kota Malang (1 sub-activity); all of it is 1 amount flagged as "
        "implausible (see Warnings)."
    ]
    assert money_lines(result, "id") == [
        "Rp 12,3 triliun anggaran provinsi tumpang tindih dengan Kota Malang (1 sub kegiatan); seluruhnya berasal dari 1 pagu "
        "yang ditandai tidak wajar (lihat lembar Peringatan)."
    ]
