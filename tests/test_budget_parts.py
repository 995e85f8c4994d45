"""Which budget column a sheet reads: funding-source parts, other years' columns, cash plans, spending types."""

from __future__ import annotations

from support import budgets
from support import read_sheet as read
from support import warning_texts as messages

PROGRAM = ("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN")
SUB_1 = ("1.02.02.2.01.0001", "Pembangunan Rumah Sakit")
SUB_2 = ("1.02.02.2.01.0002", "Pembangunan Puskesmas")
#: a code, name and place column merged down over the two header rows, whatever the budget group beside them
MERGES = ("A5:A6", "B5:B6", "C5:C6")


def test_apbd_kab_kota_under_the_pagu_is_a_funding_part_added_up_not_a_location(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", None, None],
              [None, None, None, "APBD Kab/Kota", "Bankeu Provinsi", "DAK"]]
    rows = [[*SUB_1, "Kec. Ungaran", None, 500, 500], [*SUB_2, "Kec. Bawen", 2000, None, None]]
    plan = read(make_workbook, header, rows, merges=MERGES + ("D5:F5",))
    assert budgets(plan) == [1000, 2000]
    assert [item.location for item in plan.items] == ["Kec. Ungaran", "Kec. Bawen"]
    assert messages(plan) == []


def test_a_dash_in_a_funding_part_adds_nothing_and_an_unreadable_part_is_reported(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", None, None],
              [None, None, None, "APBD Kab/Kota", "Bankeu Provinsi", "DAK"]]
    rows = [[*SUB_1, "Kec. Ungaran", 500, "-", "Rp -"], [*SUB_2, "Kec. Bawen", "-", "-", "-"], [*SUB_2, "Kec. Tuntang", 700, "lima", None]]
    plan = read(make_workbook, header, rows, merges=MERGES + ("D5:F5",))
    assert budgets(plan) == [500, None, None]
    assert len(messages(plan)) == 1 and "'lima'" in messages(plan)[0]


def test_one_header_row_of_funding_parts_and_a_total_reads_the_total(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Pagu APBD (Rp)", "Pagu DAK (Rp)", "Pagu Total (Rp)"]]
    plan = read(make_workbook, header, [[*SUB_1, "Kec. Ungaran", 300, 200, 500], [*SUB_2, "Kec. Bawen", 2000, None, 2000]])
    assert budgets(plan) == [500, 2000] and messages(plan) == []


def test_the_total_of_one_funding_source_is_no_total_of_the_budget(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Pagu APBD (Rp)", "Pagu DAK Fisik (Rp)", "Pagu DAK Non Fisik (Rp)", "Pagu DAK Total (Rp)"]]
    plan = read(make_workbook, header, [[*SUB_1, "Kec. Ungaran", 100, 20, 10, 30]])
    assert budgets(plan) == [100] and any("several budget columns" in message for message in messages(plan))


def test_one_header_row_of_funding_parts_without_a_total_adds_them_up(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Pagu APBD (Rp)", "Pagu DAK (Rp)", "Pagu Bankeu (Rp)"]]
    plan = read(make_workbook, header, [[*SUB_1, "Kec. Ungaran", 300, 150, 50], [*SUB_2, "Kec. Bawen", 2000, "-", None]])
    assert budgets(plan) == [500, 2000] and messages(plan) == []


def test_one_header_row_of_spending_kinds_without_a_total_adds_them_up(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Belanja Operasi (Rp)", "Belanja Modal (Rp)", "Prakiraan Maju 2025 Pagu (Rp)"]]
    rows = [[*SUB_1, "Kec. Ungaran", 300, 200, 900], [*SUB_2, "Kec. Bawen", 2000, None, 2100]]
    plan = read(make_workbook, header, rows, title=[["RKPD KOTA CONTOH TAHUN 2024"], []])
    assert budgets(plan) == [500, 2000] and messages(plan) == []


def test_with_a_jumlah_part_the_total_is_read_and_the_place_stays_clean(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", None, None],
              [None, None, None, "APBD Kab/Kota", "Bankeu Provinsi", "Jumlah"]]
    rows = [[*SUB_1, "Kec. Ungaran", 500, 500, 1000], [*SUB_2, "Kec. Bawen", 2000, None, 2000]]
    plan = read(make_workbook, header, rows, merges=MERGES + ("D5:F5",))
    assert [(item.location, item.budget) for item in plan.items] == [("Kec. Ungaran", 1000), ("Kec. Bawen", 2000)]


def test_a_sumber_dana_group_holding_amounts_beside_the_total_reads_the_total(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Sumber Dana", None, "Jumlah (Rp)"],
              [None, None, None, "APBD Kab/Kota", "APBN", None]]
    rows = [[*SUB_1, "Kec. Ungaran", None, 1000, 1000], [*SUB_2, "Kec. Bawen", 2000, None, 2000]]
    plan = read(make_workbook, header, rows, merges=MERGES + ("D5:E5", "F5:F6"))
    assert [(item.location, item.budget, item.funding) for item in plan.items] == [("Kec. Ungaran", 1000, ""), ("Kec. Bawen", 2000, "")]


def test_a_sumber_dana_group_of_names_stays_the_funding_column(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", "Sumber Dana", None],
              [None, None, None, None, "APBD Kab/Kota", "APBN"]]
    rows = [[*SUB_1, "Kec. Ungaran", 1000, "DAU", None], [*SUB_2, "Kec. Bawen", 2000, None, "DAK"]]
    plan = read(make_workbook, header, rows, merges=MERGES + ("D5:D6", "E5:F5"))
    assert [(item.location, item.budget, item.funding) for item in plan.items] == [("Kec. Ungaran", 1000, "DAU"), ("Kec. Bawen", 2000, "DAK")]


def test_spending_types_under_one_pagu_without_a_total_are_added_up(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", None], [None, None, None, "Belanja Operasi", "Belanja Modal"]]
    rows = [[*SUB_1, "Kec. Ungaran", 200, 800], [*SUB_2, "Kec. Bawen", 800, 1200]]
    plan = read(make_workbook, header, rows, merges=MERGES + ("D5:E5",))
    assert budgets(plan) == [1000, 2000] and messages(plan) == []


def test_last_and_next_years_columns_are_never_the_budget(make_workbook):
    header = [["Kode", "Uraian", "Pagu Indikatif Tahun n-1 (Rp)", "Pagu Indikatif Tahun n (Rp)", "Pagu Indikatif Tahun n+1 (Rp)"]]
    plan = read(make_workbook, header, [[*SUB_1, 900, 1000, 1100], [*SUB_2, 1800, 2000, 2200]])
    assert budgets(plan) == [1000, 2000] and messages(plan) == []


def test_sipd_pagu_n_lalu_and_n_depan_columns_are_other_years(make_workbook):
    header = [["kode_sub_giat", "nama_sub_giat", "pagu_n_lalu", "pagu", "pagu_n_depan"]]
    plan = read(make_workbook, header, [[*SUB_1, 900, 1000, 1100], [*SUB_2, 1800, 2000, 2200]])
    assert budgets(plan) == [1000, 2000] and messages(plan) == []


def test_a_column_dated_another_year_gives_way_to_the_undated_pagu(make_workbook):
    title = [["RKPD KOTA CONTOH TAHUN 2025"], []]
    header = [["Kode", "Uraian", "Pagu 2024 (Rp)", "Pagu Indikatif (Rp)"]]
    plan = read(make_workbook, header, [[*SUB_1, 800, 1000], [*SUB_2, 1600, 2000]], title=title)
    assert budgets(plan) == [1000, 2000] and messages(plan) == []


def test_a_quarterly_cash_plan_is_not_the_ceiling(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Anggaran Kas (Rp)", None, None, None, "Pagu Indikatif (Rp)"],
              [None, None, None, "Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV", None]]
    rows = [[*SUB_1, "Kec. Ungaran", None, 300, 300, 400, 1000], [*SUB_2, "Kec. Bawen", 500, 500, 500, 500, 2000]]
    plan = read(make_workbook, header, rows, merges=MERGES + ("D5:G5", "H5:H6"))
    assert budgets(plan) == [1000, 2000] and messages(plan) == []


def test_quarters_without_a_column_of_the_year_are_added_up_with_a_note(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Pagu TW I (Rp)", "Pagu TW II (Rp)", "Pagu TW III (Rp)", "Pagu TW IV (Rp)"]]
    rows = [[*SUB_1, "Kec. Ungaran", 100, 300, 300, 300], [*SUB_2, "Kec. Bawen", 500, None, 500, "-"]]
    plan = read(make_workbook, header, rows)
    assert budgets(plan) == [1000, 1000]  # (Triwulan I alone was read: 100 and 500)
    assert messages(plan) == ["no budget column of the whole year: every budget is the sum of the quarter columns D (Pagu TW I (Rp)), "
                              "E (Pagu TW II (Rp)), F (Pagu TW III (Rp)), G (Pagu TW IV (Rp))"]  # fmt: skip
    # cumulative quarters are no parts: the fullest is read, with the usual note
    cumulative = [["Kode", "Uraian", "Lokasi", "Pagu s.d. TW I (Rp)", "Pagu s.d. TW II (Rp)"]]
    assert budgets(read(make_workbook, cumulative, [[*SUB_1, "Kec. Ungaran", 100, 400]])) == [100]


def test_level_shares_under_the_pagu_holding_amounts_are_added_up(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", None], [None, None, None, "Provinsi", "Kab/Kota"]]
    rows = [[*SUB_1, "Kec. Ungaran", 400, 600], [*SUB_2, "Kec. Bawen", None, 2000]]
    plan = read(make_workbook, header, rows, merges=MERGES + ("D5:E5",))
    assert [(item.location, item.budget) for item in plan.items] == [("Kec. Ungaran", 1000), ("Kec. Bawen", 2000)]


def test_a_budget_column_beside_a_sumber_dana_group_of_amounts_is_read_without_a_guess(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Sumber Dana", None, "Nilai (Rp)"], [None, None, None, "APBD", "DAK", None]]
    rows = [[*SUB_1, "Kec. Ungaran", 1000, None, 1000], [*SUB_2, "Kec. Bawen", 1500, 500, 2000]]
    plan = read(make_workbook, header, rows, merges=MERGES + ("D5:E5", "F5:F6"))
    assert budgets(plan) == [1000, 2000] and messages(plan) == []


def test_amounts_a_pdf_conversion_shifted_into_the_column_beside_the_pagu_are_read_from_there(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", None, "Sumber Dana"]]
    amounts = [(500, None), (None, 2000), (None, 700), (None, 300), (100, None)]
    places = ["Kec. Ungaran", "Kec. Bawen", "Kec. Tuntang", "Kec. Pringapus", "Kec. Bergas"]
    rows = [[*SUB_1, place, pagu and pagu * 10**6, beside and beside * 10**6, "APBD"] for place, (pagu, beside) in zip(places, amounts)]
    plan = read(make_workbook, header, rows)
    assert budgets(plan) == [amount * 10**6 for amount in (500, 2000, 700, 300, 100)]
    assert messages(plan) == ["budget amounts sit in one of the columns D (Pagu Indikatif (Rp)) / E on each row, never in both "
                              "(as a PDF conversion shifts them): each row's budget is read from the one that holds it"]


def test_amounts_shifted_left_out_of_the_fuller_column_under_one_merged_label_are_read_there_too(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", None, "Sumber Dana"]]
    amounts = [(500, None), (200, None), (400, None), (None, 700), (None, 300), (None, 100), (None, 900)]
    rows = [[*SUB_1, f"Desa {number}", left and left * 10**6, right and right * 10**6, "APBD"] for number, (left, right) in enumerate(amounts)]
    plan = read(make_workbook, header, rows, merges=("D5:E5",))
    assert budgets(plan) == [amount * 10**6 for amount in (500, 200, 400, 700, 300, 100, 900)]
    assert len(messages(plan)) == 1 and "one of the columns D (Pagu Indikatif (Rp)) / E (Pagu Indikatif (Rp))" in messages(plan)[0]


def test_a_column_beside_the_pagu_filled_on_the_same_rows_is_not_read_as_its_shift(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", None]]
    rows = [[*SUB_1, "Kec. Ungaran", 500, 12], [*SUB_2, "Kec. Bawen", 2000, 3], [*SUB_2, "Kec. Tuntang", None, 7], [*SUB_1, "Kec. Bergas", 100, 4]]
    plan = read(make_workbook, header, rows)
    assert budgets(plan) == [500, 2000, None, 100]


#: a group label over funding sources and their total, the sources in a row of their own under it
GROUP = ["Kode", "Uraian", "Lokasi", "Pagu Indikatif Tahun 2024 (Rp)", None, None]
SOURCES = [None, None, None, "APBD", "DAK Fisik", "Jumlah"]
#: each row's APBD and DAK Fisik parts, 0 in an unused one, and their total
PARTS = [[*SUB_1, "Kec. Ungaran", 400, 0, 400], [*SUB_2, "Kec. Bawen", 300, 200, 500]]


def test_funding_sources_under_a_group_label_written_once_read_the_total(make_workbook):
    plan = read(make_workbook, [GROUP, SOURCES], PARTS)  # no merge at all, as a CSV export writes it
    assert budgets(plan) == [400, 500] and messages(plan) == []
    assert not [row for row in plan.skipped if row.ref.row > 6]


def test_funding_sources_under_a_group_label_merged_across_read_the_total_and_repeat_as_header(make_workbook):
    numbers = [f"({n})" for n in range(1, 7)]
    # the header and its column numbers repeated after a page break, the group label merged across again
    rows = [PARTS[0], GROUP, SOURCES, numbers, PARTS[1]]
    plan = read(make_workbook, [GROUP, SOURCES, numbers], rows, merges=("D5:F5", "D9:F9"))
    assert budgets(plan) == [400, 500] and messages(plan) == []
    assert {row.ref.row: row.reason.value for row in plan.skipped if row.ref.row > 7} == {9: "header", 10: "header", 11: "header"}


def test_funding_sources_under_a_group_label_name_each_column_by_its_source(make_workbook):
    from syncheck.header import find_header

    header = find_header((tuple(GROUP), tuple(SOURCES), *map(tuple, PARTS)))
    assert header.rows == (0, 1)
    assert [header.labels[col] for col in (3, 4, 5)] == [
        "Pagu Indikatif Tahun 2024 (Rp) / APBD", "Pagu Indikatif Tahun 2024 (Rp) / DAK Fisik", "Pagu Indikatif Tahun 2024 (Rp) / Jumlah"]


def test_funding_sources_under_a_group_label_without_a_total_are_added_up(make_workbook):
    sources = [None, None, None, "APBD", "DAK Fisik", "Bankeu"]
    rows = [[*SUB_1, "Kec. Ungaran", 400, 0, 100], [*SUB_2, "Kec. Bawen", 300, 200, None]]
    plan = read(make_workbook, [GROUP, sources], rows, merges=("D5:F5",))
    assert budgets(plan) == [500, 500] and messages(plan) == []


def test_a_row_whose_total_is_empty_takes_the_sum_of_its_funding_sources(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", None, None, None],
              [None, None, None, "APBD", "DAK", "DBH", "Total"]]
    rows = [[*SUB_1, "Kec. Palu Barat", 1000, 500, "-", None], [*SUB_2, "Kec. Palu Timur", 2000, None, None, 2000],
            [*SUB_2, "Kec. Mantikulore", 300, None, None, 400]]  # (where the total is written, it is read as written)
    plan = read(make_workbook, header, rows, merges=MERGES + ("D5:G5",))
    assert budgets(plan) == [1500, 2000, 400]
    assert messages(plan) == ["1 row(s) without an amount in G (Pagu Indikatif (Rp) / Total) take the sum of its funding sources "
                              "(D (Pagu Indikatif (Rp) / APBD), E (Pagu Indikatif (Rp) / DAK), F (Pagu Indikatif (Rp) / DBH)); first on row 7"]


def test_a_one_row_header_of_funding_parts_and_a_total_adds_the_parts_where_the_total_is_empty(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Pagu APBD (Rp)", "Pagu DAK (Rp)", "Pagu Total (Rp)"]]
    plan = read(make_workbook, header, [[*SUB_1, "Kec. Ungaran", 300, 200, None], [*SUB_2, "Kec. Bawen", 2000, None, 2000]])
    assert budgets(plan) == [500, 2000] and len(messages(plan)) == 1


def test_an_empty_total_takes_its_own_stages_sources_before_the_earlier_stages_total(make_workbook):
    header = [["Kode", "Uraian", "Lokasi", "Pagu Murni", None, None, "Pagu Perubahan", None, None],
              [None, None, None, "APBD", "DAK", "Total", "APBD", "DAK", "Total"]]
    rows = [[*SUB_1, "Kec. Sukun", 100, 50, 150, 100, 60, None]]
    plan = read(make_workbook, header, rows, merges=MERGES + ("D5:F5", "G5:I5"))
    assert budgets(plan) == [160]
