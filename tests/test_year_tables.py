"""Tables of other years beside or below the plan's: a second table for the year after on the plan's sheet is set
aside, not read as more items."""

from __future__ import annotations

from support import TITLE, read_sheet, sub_budget

from syncheck.messages import render
from syncheck.models import Kind, SkipReason

HEADER = [["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]]
DINKES = "DINAS KESEHATAN"
ROWS = [
    ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", None, 3_000_000_000, DINKES],
    ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota", None, 3_000_000_000, DINKES],
    ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya", "Kec. Klojen", 1_000_000_000, DINKES],
    ["1.02.02.2.01.0002", "Pembangunan Puskesmas", "Kec. Sukun", 2_000_000_000, DINKES],
]


def next_year(rows):
    """The same rows with 10% more budget: the prakiraan maju of the year after."""
    return [[code, name, place, budget * 11 // 10, agency] for code, name, place, budget, agency in rows]


def other_version_rows(plan):
    """The rows skipped as another year's or version's, added up."""
    return sum(row.count for row in plan.skipped if row.reason is SkipReason.OTHER_VERSION)


def test_a_prakiraan_maju_table_under_the_plan_is_not_read(make_workbook):
    forward = [[], [], ["PRAKIRAAN MAJU TAHUN 2025"], ["Kode", "Uraian", "Lokasi", "Prakiraan Maju (Rp)", "Perangkat Daerah"]]
    plan = read_sheet(make_workbook, HEADER, ROWS + forward + next_year(ROWS))
    assert len(plan.items) == 4 and sub_budget(plan) == 3_000_000_000
    assert other_version_rows(plan) == 6 and plan.rows_read == len(TITLE) + 1 + 4 + 2 + 6
    message = "a second table under the plan's table, 'PRAKIRAAN MAJU TAHUN 2025', is another year's: its 6 rows to the end of the sheet are skipped"
    assert [(warning.ref.row, warning.message) for warning in plan.warnings if warning.ref.row] == [(12, message)]
    assert render(plan.warnings[-1].message, "id").startswith("tabel kedua di bawah tabel rencana")


def test_a_table_titled_with_another_year_is_not_read(make_workbook):
    other = [[], [None, "RENCANA KERJA PEMERINTAH DAERAH TAHUN 2025"], HEADER[0]]
    plan = read_sheet(make_workbook, HEADER, ROWS + other + next_year(ROWS))
    assert len(plan.items) == 4 and sub_budget(plan) == 3_000_000_000 and other_version_rows(plan) == 6


def test_a_header_copy_relabelled_for_the_year_after_starts_its_table(make_workbook):
    copy = [["Kode", "Uraian", "Lokasi", "Pagu Tahun 2025 (Rp)", "Perangkat Daerah"]]
    header = [["Kode", "Uraian", "Lokasi", "Pagu Tahun 2024 (Rp)", "Perangkat Daerah"]]
    plan = read_sheet(make_workbook, header, ROWS + [[]] + copy + next_year(ROWS))
    assert len(plan.items) == 4 and sub_budget(plan) == 3_000_000_000 and other_version_rows(plan) == 5


def test_a_page_title_repeated_over_a_header_copy_goes_on_with_the_plan(make_workbook):
    # a print layout repeats the title block and the header over each page: the rows below are the plan's
    page = [[], *TITLE[:3], HEADER[0]]
    plan = read_sheet(make_workbook, HEADER, ROWS[:2] + page + ROWS[2:])
    assert [item.kind for item in plan.items][-2:] == [Kind.SUB_KEGIATAN, Kind.SUB_KEGIATAN] and sub_budget(plan) == 3_000_000_000
    assert other_version_rows(plan) == 0


def test_a_regulation_year_or_the_plan_year_over_a_header_copy_is_no_other_table(make_workbook):
    # the next OPD's block under its own title lines: the regulation is last year's, the plan the same year
    block = [[], ["LAMPIRAN PERATURAN WALI KOTA CONTOH NOMOR 12 TAHUN 2023"], ["RENJA DINAS KESEHATAN TAHUN 2024"], HEADER[0]]
    plan = read_sheet(make_workbook, HEADER, ROWS[:2] + block + ROWS[2:])
    assert sub_budget(plan) == 3_000_000_000 and other_version_rows(plan) == 0


def test_another_year_named_without_a_header_copy_is_not_a_table(make_workbook):
    # a line naming next year among the rows (a note, a heading) starts no table: only a header copy does
    plan = read_sheet(make_workbook, HEADER, ROWS[:3] + [["Catatan: dilanjutkan tahun 2025"]] + ROWS[3:])
    assert sub_budget(plan) == 3_000_000_000 and other_version_rows(plan) == 0


def test_an_item_named_with_next_year_over_a_header_copy_is_read(make_workbook):
    # a codeless item row whose name names a year, right above the header repeated over the next page: still the plan
    item = [None, "Pembangunan Gedung Tahap II Tahun 2025", "Kec. Sukun", None, DINKES]
    plan = read_sheet(make_workbook, HEADER, ROWS + [item, HEADER[0]] + [[ "1.02.02.2.01.0003", "Pengembangan Rumah Sakit", None, 5_000, DINKES]])
    assert other_version_rows(plan) == 0 and sub_budget(plan) == 3_000_005_000


def year_groups(first=2024, second=2025):
    """Two header rows: a group per year, each over Lokasi | Target | Pagu."""
    return [
        ["Kode", "Uraian", f"Tahun {first}", None, None, f"Tahun {second}", None, None, "Perangkat Daerah"],
        [None, None, "Lokasi", "Target", "Pagu (Rp)", "Lokasi", "Target", "Pagu (Rp)", None],
    ]


GROUP_MERGES = ("A5:A6", "B5:B6", "C5:E5", "F5:H5", "I5:I6")
SUB = ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya"]


def test_the_location_of_a_year_group_is_read_with_its_budget(make_workbook):
    rows = [ROWS[0][:2] + [None] * 7, ROWS[1][:2] + [None] * 7,
            SUB + ["Kec. Klojen", "1 unit", 1_000_000_000, "Kec. Sukun", "1 unit", 1_100_000_000, DINKES]]
    plan = read_sheet(make_workbook, year_groups(), rows, merges=GROUP_MERGES)
    sub = plan.items[-1]
    assert (sub.budget, sub.location) == (1_000_000_000, "Kec. Klojen")


def test_the_plan_year_group_is_read_when_it_comes_second(make_workbook):
    rows = [SUB + ["Kec. Klojen", "1 unit", 1_000_000_000, "Kec. Sukun", "1 unit", 1_100_000_000, DINKES]]
    title = [TITLE[0], TITLE[1], ["TAHUN 2025"], []]
    plan = read_sheet(make_workbook, year_groups(), rows, title=title, name="kota_contoh.xlsx", merges=GROUP_MERGES)
    assert (plan.items[-1].budget, plan.items[-1].location) == (1_100_000_000, "Kec. Sukun")


def test_place_columns_of_one_year_are_still_joined(make_workbook):
    # 'Lokasi' over Kecamatan | Desa: one place in two columns, not two years
    header = [["Kode", "Uraian", "Lokasi", None, "Pagu 2024 (Rp)", "Perangkat Daerah"], [None, None, "Kecamatan", "Desa", None, None]]
    rows = [SUB + ["Kec. Klojen", "Kel. Oro-oro Dowo", 1_000_000_000, DINKES]]
    plan = read_sheet(make_workbook, header, rows, merges=("A5:A6", "B5:B6", "C5:D5", "E5:E6", "F5:F6"))
    assert (plan.items[-1].budget, plan.items[-1].location) == (1_000_000_000, "Kec. Klojen, Kel. Oro-oro Dowo")


def titled_plan(government, year, digit="1", scale=1):
    """A one-agency plan under its title block: RENCANA KERJA PEMERINTAH DAERAH / government / TAHUN year."""
    rows = [["RENCANA KERJA PEMERINTAH DAERAH"], [government], [f"TAHUN {year}"], [], *HEADER]
    for code, name, place, budget, agency in ROWS:
        code = code.replace(".2.", f".{digit}.", 1)
        rows.append([code, name, place, budget * scale // 10, agency])
    return rows


def compare_with_province(make_workbook, kab_sheets):
    """compare() of a 2024 province plan and a kabupaten workbook of (sheet name, rows) sheets, its file name undated."""
    from syncheck.models import Options
    from syncheck.pipeline import compare

    province = make_workbook(titled_plan("PROVINSI JAWA TIMUR", 2024, "1", 10), name="provinsi_jawa_timur_2024.xlsx")
    (first, rows), *others = kab_sheets
    kab = make_workbook(rows, name="rkpd_kab.xlsx", title=first, extra_sheets={name: (sheet, "visible") for name, sheet in others})
    return compare([str(province), str(kab)], Options(workers=1))


def years_notes(result):
    return [warning.message for warning in result.warnings if "compared as given" in warning.message]


def test_a_workbook_with_a_sheet_per_year_is_read_for_the_year_of_the_other_plans(make_workbook):
    # the plan and its prakiraan maju, each on a sheet: read alone, the latest; beside a 2024 province, the 2024 sheet
    sheets = [("2024", titled_plan("KABUPATEN SIDOARJO", 2024, scale=10)), ("2025", titled_plan("KABUPATEN SIDOARJO", 2025, scale=11))]
    kab = compare_with_province(make_workbook, sheets).plans[1]
    assert kab.year == 2024 and sub_budget(kab) == 3_000_000_000 and {item.ref.sheet for item in kab.items} == {"2024"}
    assert years_notes(compare_with_province(make_workbook, sheets)) == []


def test_a_plan_of_another_year_than_its_provinces_is_compared_with_a_warning(make_workbook):
    result = compare_with_province(make_workbook, [("RKPD", titled_plan("KABUPATEN SIDOARJO", 2025, scale=11))])
    assert result.plans[1].year == 2025 and len(years_notes(result)) == 1
    assert years_notes(result)[0].startswith("Kabupaten Sidoarjo's plan (rkpd_kab.xlsx) is of 2025, Provinsi Jawa Timur's (provinsi_jawa_timur_2024.xlsx) of 2024")
    # sheets of other years only: the workbook's own choice (the latest) stands, and the years are told
    sheets = [("2025", titled_plan("KABUPATEN SIDOARJO", 2025, scale=11)), ("2026", titled_plan("KABUPATEN SIDOARJO", 2026, scale=12))]
    result = compare_with_province(make_workbook, sheets)
    assert result.plans[1].year == 2026 and len(years_notes(result)) == 1
