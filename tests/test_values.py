import datetime

import pytest

from syncheck.values import format_percent, format_rupiah, format_short_rupiah, parse_budget

from support import budgets, read_sheet, warning_texts

SUB_1 = ("1.02.02.2.01.0001", "Pembangunan Rumah Sakit")
SUB_2 = ("1.02.02.2.01.0002", "Pembangunan Puskesmas")
SUB_3 = ("1.02.02.2.01.0003", "Pengembangan Rumah Sakit")


def test_indonesian_rupiah_text():
    assert parse_budget("Rp 1.250.000.000,00") == (1250000000, "")
    assert parse_budget("Rp. 1.250.000") == (1250000, "")
    assert parse_budget("1.250.000.000") == (1250000000, "")
    assert parse_budget("1,250,000,000.00") == (1250000000, "")


def test_numbers_blanks_and_problems():
    assert parse_budget(1250000000.0) == (1250000000, "")
    assert parse_budget(None) == (None, "")
    assert parse_budget("-") == (None, "")
    assert parse_budget(-5000) == (-5000, "negative budget")
    assert parse_budget(datetime.datetime(2024, 1, 1))[0] is None
    assert parse_budget("seratus juta")[0] is None


@pytest.mark.parametrize("text", ["Tidak ada", "NIHIL", "kosong", "N/A", "tidak  ada"])
def test_words_for_no_money_read_as_no_amount_without_a_problem(text):
    assert parse_budget(text) == (None, "")


def test_a_word_for_no_money_in_a_funding_source_column_takes_nothing_from_the_row(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", "Pagu Otsus (Rp)"]]
    rows = [[*SUB_1, "Distrik A", None, 2000], [*SUB_2, "Distrik B", 1000, "Tidak ada"], [*SUB_3, "Distrik C", 500, 500]]
    assert budgets(read_sheet(make_workbook, header, rows)) == [2000, 1000, 1000]


def test_formats():
    assert format_rupiah(1250000000) == "Rp 1.250.000.000"
    assert format_rupiah(1250000000, "en") == "Rp 1,250,000,000"
    assert format_short_rupiah(12_400_000_000) == "Rp 12,4 miliar"
    assert format_short_rupiah(12_400_000_000, "en") == "Rp 12.4 billion"
    assert format_percent(78, 83) == "94,0%"
    assert format_percent(78, 83, "en") == "94.0%"


def test_numeric_cells_round_to_whole_rupiah_and_flag_problems():
    assert parse_budget(2_280_000_000.0) == (2_280_000_000, "")
    assert parse_budget(1500.4) == (1500, "") and parse_budget(1500.6) == (1501, "")
    assert parse_budget(-5.0) == (-5, "negative budget")
    assert parse_budget(1250.0, 1000) == (1_250_000, "")  # a header saying '(Rp ribu)'
    assert parse_budget(1e18)[0] is None and parse_budget(float("nan"))[0] is None
    assert parse_budget(True)[0] is None


def test_amounts_in_miliar_and_juta():
    assert parse_budget("Rp 1,25 M") == (1_250_000_000, "") and parse_budget("Rp 1,25 M", 1000) == (1_250_000_000, "")
    assert parse_budget("2 Miliar") == (2_000_000_000, "") and parse_budget("3,5 milyar") == (3_500_000_000, "")
    assert parse_budget("750 Jt") == (750_000_000, "") and parse_budget("1.250,5 juta") == (1_250_500_000, "")
    assert parse_budget("(Rp 1,25 M)") == (-1_250_000_000, "negative budget")
    # '1.25 M' may be English millions, and '500 m' a length: neither is read
    assert parse_budget("1.25 M")[0] is None and parse_budget("500 m")[0] is None and parse_budget("Rp M")[0] is None
    # three digits after the comma may be decimals or English thousands ('1,500 jt'): told, not guessed
    assert parse_budget("1,500 jt")[0] is None and parse_budget("1,500 juta")[0] is None and parse_budget("1,5 jt") == (1_500_000, "")
    # in miliar they are decimals: 1,662 miliar; and an English 1,662 M (million) is the same amount
    assert parse_budget("2,250 M") == (2_250_000_000, "") and parse_budget("1,662 miliar") == (1_662_000_000, "")
    assert parse_budget("Rp 10,097 M") == (10_097_000_000, "")


def test_a_funding_note_in_brackets_after_an_amount_is_not_part_of_it():
    assert parse_budget("10.880.000.000 (APBD)") == (10_880_000_000, "")
    assert parse_budget("Rp 5.000.000,00 (DAK Fisik)") == (5_000_000, "")
    assert parse_budget("1.250 jt (APBN)") == (1_250_000_000, "")
    # a bracket with digits is still a negative amount or no amount; a note alone is no amount
    assert parse_budget("(5.000)") == (-5000, "negative budget")
    assert parse_budget("12 (2 lokasi)")[0] is None
    assert parse_budget("(APBD)")[0] is None
    # a unit in brackets changes the amount: never set aside as a note
    assert [parse_budget(text)[0] for text in ("750 (juta)", "1,25 (miliar)", "2.500 (ribu rupiah)")] == [None, None, None]


def test_amounts_as_text_with_narrow_thin_or_figure_spaces_between_thousands(make_workbook):
    # the group separator of a locale's number format or a PDF copy: U+202F, U+2009, U+2007
    rows = [[*SUB_1, "41\u202f820\u202f000\u202f000"], [*SUB_2, "Rp\u20091\u2009400\u2009000"], [*SUB_3, "2\u2007500\u2007000,00"]]
    plan = read_sheet(make_workbook, [["Kode", "Uraian", "Pagu Indikatif (Rp)"]], rows)
    assert budgets(plan) == [41_820_000_000, 1_400_000, 2_500_000] and warning_texts(plan) == []


def test_two_amounts_on_two_lines_of_one_cell_are_not_glued_into_one():
    # a line break is no thousands separator: '1.000.000' and '2.000.000' are two amounts, not 1.000.0002.000.000
    assert parse_budget("1.000.000\n2.000.000")[0] is None and parse_budget("1\u202f000\n2\u202f000")[0] is None
    assert parse_budget("1.000\t000")[0] is None


@pytest.mark.parametrize(
    ("text", "scale", "amount"),
    [
        ("0,085", 10**9, 85_000_000),  # no thousands group begins with a lone 0
        ("1,505", 10**9, 1_505_000_000),  # in miliar, three decimals the Indonesian way
        ("2,500", 10**6, 2_500_000_000),  # in juta a lone comma may be English thousands: as before
        ("1,25", 10**9, 1_250_000_000),
        ("1.505", 10**6, 1_505_000_000),  # the thousands of an amount in juta, with a dot
        ("1,234,567", 10**6, 1_234_567_000_000),  # groups: English thousands
        ("1,505", 1, 1_505),  # whole Rupiah have no three decimals
        ("12,500", 1000, 12_500_000),  # in thousands of Rupiah a plan writes whole numbers
    ],
)
def test_a_lone_comma_before_three_digits_is_a_decimal_in_miliar_and_after_a_lone_0(text, scale, amount):
    assert parse_budget(text, scale) == (amount, "")
