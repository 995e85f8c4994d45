"""Checks over a sheet's budgets once its rows are read: formulas saved without results, an empty budget column,
money only on kegiatan rows, and sub kegiatan amounts no sub kegiatan has."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from syncheck.cli import main
from syncheck.messages import render
from syncheck.models import Kind
from syncheck.readers import read_plan
from syncheck.sheet_marks import MarkCollector

from support import CORPUS, TITLE

HEADER = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "APBD", "DAK"]
PROGRAM = ("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT")
KEGIATAN = ("1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota")
RUMAH_SAKIT = ("1.02.02.2.01.0001", "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya", "Kec. Ungaran")
PUSKESMAS = ("1.02.02.2.01.0002", "Pembangunan Puskesmas", "Kec. Bawen")
SAMPLES = Path(__file__).resolve().parents[1] / "sample_data"
CHECK_WORDS = ("formula(s)", "holds no amount", "carry no budget", "too small for a sub kegiatan", "implausibly large for a sub kegiatan")



def warning_text(plan, text):
    """The plan's warning whose English is ``text``, as the reader made it (with its catalogue key)."""
    return next(warning.message for warning in plan.warnings if warning.message == text)

def plan_rows(budgets, label="Pagu Indikatif (Rp)"):
    """Title, header and the four rows of a small plan with these budgets (program, kegiatan, two sub kegiatan)."""
    program, kegiatan, first, second = budgets
    return TITLE + [[*HEADER[:3], label], [*PROGRAM, None, program], [*KEGIATAN, None, kegiatan], [*RUMAH_SAKIT, first], [*PUSKESMAS, second]]


def checks(plan):
    """(row, message) of the warnings these checks give."""
    return [(w.ref.row, w.message) for w in plan.warnings if any(word in w.message for word in CHECK_WORDS)]


def test_sums_saved_without_results_are_worked_out_from_their_cells(make_workbook):
    # a workbook written by a script: openpyxl stores the formulas and no result
    rows = TITLE + [HEADER] + [
        [*PROGRAM, None, "=SUM(D8:D9)"], [*KEGIATAN, None, "=SUM(D8:D9)"],
        [*RUMAH_SAKIT, "=E8+F8", 600_000_000, 400_000_000], [*PUSKESMAS, "=E9+F9", 2_000_000_000, None],
    ]
    plan = read_plan(str(make_workbook(rows)))
    assert [item.budget for item in plan.items] == [3_000_000_000, 3_000_000_000, 1_000_000_000, 2_000_000_000]
    message = (
        "budget column D (Pagu Indikatif (Rp)): 4 formula(s) on item rows have no saved result (the first is D6); their "
        "budgets were worked out from the cells each one adds up"
    )
    assert checks(plan) == [(5, message)]
    assert render(warning_text(plan, message), "id").startswith("kolom pagu D (Pagu Indikatif (Rp)): 4 rumus pada baris item tidak memiliki hasil")


def test_formulas_that_are_not_sums_are_named_with_the_way_out(make_workbook):
    rows = TITLE + [HEADER] + [
        [*PROGRAM, None, "=SUM(D8:D9)"], [*KEGIATAN, None, "=ROUND(D8+D9,0)"],
        [*RUMAH_SAKIT, "=Lampiran!E8", 600_000_000, 400_000_000], [*PUSKESMAS, 2_000_000_000, None, None],
    ]
    plan = read_plan(str(make_workbook(rows)))
    # the program's sum names a cell no formula here can fill, so it stays empty too
    assert [item.budget for item in plan.items] == [None, None, None, 2_000_000_000]
    message = (
        "budget column D (Pagu Indikatif (Rp)): 3 formula(s) on item rows have no saved result (the first is D6), so their "
        "budgets are read as empty (only sums and differences of this sheet's cells are worked out): open the file in "
        "Excel, save it and read it again"
    )
    assert checks(plan) == [(5, message)]
    assert render(warning_text(plan, message), "id").startswith("kolom pagu D (Pagu Indikatif (Rp)): 3 rumus pada baris item tidak memiliki hasil")


def test_only_the_budget_cells_of_item_rows_count(make_workbook):
    rows = TITLE + [HEADER] + [
        [*PROGRAM, None, 3_000_000_000], [*KEGIATAN, None, 3_000_000_000],
        [*RUMAH_SAKIT, 1_000_000_000, "=1+1", None], [*PUSKESMAS, 2_000_000_000, None, None], [None, "JUMLAH", None, "=SUM(D8:D9)"],
    ]
    plan = read_plan(str(make_workbook(rows)))
    assert checks(plan) == []


def test_a_formula_without_result_is_told_from_one_with_a_result_or_an_empty_text():
    collector = MarkCollector()
    collector.feed(
        b'<sheetData><row r="2"><c r="A2"><f>A1*2</f><v /></c><c r="B2" t="str"><f>IF(A1,"",1)</f><v></v></c>'
        b'<c r="C2" s="1"><f t="shared" si="0"/></c><c r="D2"><f>SUM(D3:D4)</f><v>5</v></c><c r="E2"/>'
        b'<c r="F2"><f>E2</f>'
    )
    collector.feed(b"</c></row></sheetData>")  # a cell cut where one chunk ends and the next begins
    assert sorted(collector.result().unsaved_formulas) == [(1, 0), (1, 2), (1, 5)]
    # a shared formula's other cells hold no text of their own: they stay unsolved
    assert collector.result().formula_texts == ((1, 0, "A1*2"), (1, 5, "E2"))


def test_an_empty_budget_column_is_named(make_workbook):
    plan = read_plan(str(make_workbook(plan_rows((None, None, None, 0)))))
    message = (
        "budget column D (Pagu Indikatif (Rp)) holds no amount on any of the 4 item rows: every budget is empty "
        "(is this the column with the amounts?)"
    )
    assert checks(plan) == [(5, message)]
    assert render(warning_text(plan, message), "id").startswith("kolom pagu D (Pagu Indikatif (Rp)) tidak berisi angka pada satu pun dari 4 baris item")


def test_money_only_on_program_rows_is_warned(make_workbook):
    plan = read_plan(str(make_workbook(plan_rows((3_000_000_000, None, None, None)))))
    message = (
        "the 2 sub kegiatan row(s) and their kegiatan carry no budget, but 1 program row(s) do (Rp 3,000,000,000): a sub "
        "kegiatan is read as funded when its program is, and its overlap amount comes out as Rp 0"
    )
    assert checks(plan) == [(8, message)]


def test_money_only_on_kegiatan_rows_is_warned(make_workbook):
    plan = read_plan(str(make_workbook(plan_rows((3_000_000_000, 3_000_000_000, None, None)))))
    message = (
        "the 2 sub kegiatan row(s) carry no budget, but 1 kegiatan row(s) do (Rp 3,000,000,000): a sub kegiatan is read "
        "as funded when its kegiatan is, and its overlap amount comes out as Rp 0"
    )
    assert checks(plan) == [(8, message)]
    assert render(warning_text(plan, message), "id").startswith("2 baris sub kegiatan tidak berpagu, tetapi 1 baris kegiatan berpagu (Rp 3.000.000.000)")


def test_a_sub_kegiatan_amount_under_one_juta_is_warned_once_a_sheet(make_workbook):
    plan = read_plan(str(make_workbook(plan_rows((3_000_000_000, 3_000_000_000, "1.250.000", "1.750")))))
    assert [item.budget for item in plan.items if item.kind is Kind.SUB_KEGIATAN] == [1_250_000, 1_750]
    message = (
        "1 sub kegiatan budget(s) under Rp 1,000,000, too small for a sub kegiatan (such as Rp 1,750 here): if column D "
        "(Pagu Indikatif (Rp)) holds thousands or millions of Rupiah, state the unit in its label, e.g. 'Pagu Indikatif (Rp 000)'"
    )
    assert checks(plan) == [(9, message)]
    assert render(warning_text(plan, message), "id").startswith("1 pagu sub kegiatan di bawah Rp 1.000.000, terlalu kecil")


def test_a_column_typed_in_millions_without_its_unit_is_warned_once_enough_rows_tell(make_workbook):
    subs = [[f"1.02.02.2.01.000{n}", f"Pembangunan Puskesmas {n}", "Kec. Bawen", 150 + n] for n in range(1, 6)]
    rows = TITLE + [[*HEADER[:3], "Pagu Indikatif (Rp)"], [*PROGRAM, None, 765], [*KEGIATAN, None, 765], *subs]
    plan = read_plan(str(make_workbook(rows)))
    assert [row for row, message in checks(plan)] == [8] and "5 sub kegiatan budget(s) under Rp 1,000,000" in checks(plan)[0][1]
    # two rows and no amount in full Rupiah beside them say too little about the unit
    few = read_plan(str(make_workbook(rows[:-3], name="kota_lain_2024.xlsx")))
    assert checks(few) == []


def test_a_small_figure_under_a_stated_unit_is_no_slip(make_workbook):
    plan = read_plan(str(make_workbook(plan_rows((3_000, 3_000, "0,5", 2_999.5), label="Pagu Indikatif (Rp juta)"))))
    assert [item.budget for item in plan.items][2:] == [500_000, 2_999_500_000] and checks(plan) == []


def test_full_rupiah_under_a_thousands_label_is_warned(make_workbook):
    # the cells hold full Rupiah that a '#,##0,' number format shows in thousands; the label says thousands
    rows = plan_rows((3_000_000_000, 3_000_000_000, 1_000_000_000, 2_000_000_000), label="Pagu Indikatif (Rp 000)")
    plan = read_plan(str(make_workbook(rows)))
    message = (
        "2 sub kegiatan budget(s) implausibly large for a sub kegiatan once read at Rp 1,000 per unit, the unit the table states for "
        "column D (Pagu Indikatif (Rp 000)) (such as Rp 1,000,000,000,000 here): if its cells hold full Rupiah (a number "
        "format such as '#,##0,' only shows them in thousands), remove the unit from the label or title"
    )
    assert checks(plan) == [(8, message)]
    assert render(warning_text(plan, message), "id").startswith(
        "2 pagu sub kegiatan tidak wajar karena terlalu besar untuk sebuah sub kegiatan bila dibaca Rp 1.000 per satuan"
    )


def test_one_amount_beyond_any_sub_kegiatan_is_warned_but_a_large_salary_line_is_not(make_workbook):
    # a large province's salaries run to a few triliun in one sub kegiatan: no warning for that
    salaries = read_plan(str(make_workbook(plan_rows((4_000_000_000_000, 4_000_000_000_000, 3_500_000_000_000, 500_000_000)))))
    assert checks(salaries) == []
    typo = read_plan(str(make_workbook(plan_rows((3_000_000_000, 3_000_000_000, 10_000_000_000_000, 2_000_000_000)), name="kota_lain_2024.xlsx")))
    assert checks(typo) == [(8, "1 sub kegiatan budget(s) implausibly large for a sub kegiatan (such as Rp 10,000,000,000,000 here): check column D (Pagu Indikatif (Rp)) for extra digits")]


def test_inspect_shows_the_warning_in_indonesian(make_workbook):
    path = str(make_workbook(plan_rows((3_000_000_000, 3_000_000_000, None, None))))
    result = CliRunner().invoke(main, ["inspect", path])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-2:] == [
        "  peringatan: 1",
        "    lembar 'Sheet1' baris 8: 2 baris sub kegiatan tidak berpagu, tetapi 1 baris kegiatan berpagu (Rp 3.000.000.000): "
        "sub kegiatan dianggap didanai bila kegiatannya berpagu, dan nilai tumpang tindihnya Rp 0",
    ]


def test_the_dev_corpus_and_the_samples_give_no_budget_warning():
    files = sorted([*CORPUS.glob("*/*.xlsx"), *SAMPLES.glob("*.xlsx")])
    assert files
    for path in files:
        assert checks(read_plan(str(path))) == [], path.name
