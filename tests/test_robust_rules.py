"""The reading and matching rules that make unseen layouts and noise work, one small input each."""

from __future__ import annotations

import openpyxl

from syncheck.codes import leading_opd_code, parse_code
from syncheck.units import budget_scale
from syncheck.identity import from_titles
from syncheck.entries import prepare
from syncheck.match import decide, link_plans
from syncheck.typo_pairs import loose_typo
from syncheck.models import Item, Kind, Level, Options, Plan, Relation, SkipReason, SourceRef
from syncheck.differences import token_difference
from syncheck.normalize import core_tokens, is_typo_of
from syncheck.readers import read_plan
from syncheck.tally import distinct_items
from syncheck.values import parse_budget

from support import TITLE

HEADER = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]
ROWS = [
    ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", None, 300],
    ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", None, 300],
    ["1.02.02.2.01.01", "Pembangunan Rumah Sakit", "Kec. Tugu", 300],
]


def rows_of(plan):
    return [(item.ref.row, item.kind, item.code_text, item.name, item.budget) for item in plan.items]


def test_row_numbers_stay_right_when_the_sheet_starts_with_empty_rows(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for number, row in enumerate([TITLE[1], TITLE[2], [], HEADER] + ROWS, start=3):
        for col, value in enumerate(row, start=1):
            sheet.cell(row=number, column=col, value=value)
    workbook.save(tmp_path / "kota_contoh_2024.xlsx")
    plan = read_plan(str(tmp_path / "kota_contoh_2024.xlsx"))
    assert [item.ref.row for item in plan.items] == [7, 8, 9]
    assert plan.sheets[0].header_rows == (6,)


def test_agency_named_in_the_title_block_split_over_cells(make_workbook):
    path = make_workbook(TITLE + [["Perangkat Daerah", ":", "DINAS KESEHATAN"], [], HEADER] + ROWS, extra_sheets={"Dinas Pendidikan": ([], "visible")})
    plan = read_plan(str(path))
    assert {item.agency for item in plan.items} == {"DINAS KESEHATAN"}
    assert plan.year == 2024


def test_sipd_agency_row_with_the_agency_code_in_the_code_column(make_workbook):
    path = make_workbook(TITLE + [HEADER, ["1.02.0.00.0.00.01.0000", "DINAS KESEHATAN"]] + ROWS)
    plan = read_plan(str(path))
    assert len(plan.items) == 3 and {(item.agency, item.agency_code) for item in plan.items} == {("DINAS KESEHATAN", "1.02.0.00.0.00.01.0000")}
    assert {s.ref.row: s.reason for s in plan.skipped}[6] is SkipReason.BANNER
    assert leading_opd_code("1.02.02.2.01.0001 Pembangunan") == ""


def test_split_code_columns_labelled_by_level_under_a_kode_label(make_workbook):
    header = [["Kode", None, None, None, None, "Uraian", "Pagu Indikatif (dalam ribuan rupiah)"],
              ["Urusan", "Bidang", "Program", "Kegiatan", "Sub Kegiatan", None, None]]
    path = make_workbook(TITLE + header + [
        [1, 2, 2, None, None, "PROGRAM PEMENUHAN UPAYA KESEHATAN", 300],
        [1, 2, 2, 2.01, None, "Penyediaan Fasilitas Pelayanan Kesehatan", 300],
        [1, 2, 2, 2.01, "0001", "Pembangunan Rumah Sakit", "1.250,5"],
    ], merges=("A5:E5", "F5:F6", "G5:G6"))
    plan = read_plan(str(path))
    assert rows_of(plan) == [(7, Kind.PROGRAM, "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", 300_000),
                             (8, Kind.KEGIATAN, "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", 300_000),
                             (9, Kind.SUB_KEGIATAN, "1.02.02.2.01.0001", "Pembangunan Rumah Sakit", 1_250_500)]


def test_amounts_in_thousands_or_millions_stated_in_the_title(make_workbook):
    path = make_workbook(TITLE + [["(dalam jutaan rupiah)"], HEADER] + ROWS)
    assert [item.budget for item in read_plan(str(path)).items] == [300_000_000] * 3
    assert budget_scale(["Pagu (Rp 000)"]) == 1000 and budget_scale(["Pagu Indikatif (Rp)", "KEPULAUAN SERIBU"]) == 1


def test_the_plan_years_budget_column_wins_over_last_years(make_workbook):
    header = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu Indikatif 2023 (Rp)", "Pagu Indikatif 2024 (Rp)"]
    path = make_workbook(TITLE + [header, ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", 100, 300]])
    assert read_plan(str(path)).items[0].budget == 300


def test_budget_text_forms():
    assert parse_budget("Rp 1.250.000.000,-") == (1_250_000_000, "")
    assert parse_budget("Rp. 1.250") == (1250, "")
    assert parse_budget("9" * 400)[0] is None
    assert parse_budget(1250.5, 1000) == (1_250_500, "")


def test_page_footers_and_the_signing_block_are_not_items(make_workbook):
    header = ["Program/Kegiatan/Sub Kegiatan", "Kode", "Lokasi", "Pagu Indikatif (Rp)"]
    body = [[row[1], row[0], row[2], row[3]] for row in ROWS]
    path = make_workbook(TITLE + [header] + body[:2] + [["Halaman 1"]] + body[2:] + [
        [], ["Malang, 12 Mei 2023"], ["KEPALA BADAN PERENCANAAN PEMBANGUNAAN DAERAH"], ["KOTA CONTOH"], [],
        ["Dr. Ir. BUDI SANTOSO, M.Si"], ["Pembina Utama Muda"], ["NIP. 19700101 199503 1 001"]])
    plan = read_plan(str(path))
    assert [item.ref.row for item in plan.items] == [6, 7, 9]
    assert plan.rows_read == len(plan.items) + plan.skipped_rows


def test_repeated_four_row_header_is_skipped_whole(make_workbook):
    header = [["Kode", "Uraian", "Rencana Tahun 2024", None, "Perangkat Daerah"],
              [None, None, "Indikator Kinerja", "Pagu Indikatif", None],
              [None, None, "Capaian Program", None, None],
              [None, None, "Tolok Ukur", None, None]]
    merges = ("A5:A8", "B5:B8", "C5:D5", "D6:D8", "E5:E8")
    path = make_workbook(TITLE + header + ROWS[:2] + header + ROWS[2:], merges=merges)
    plan = read_plan(str(path))
    assert plan.sheets[0].header_rows == (5, 6, 7, 8)
    assert [item.ref.row for item in plan.items] == [9, 10, 15] and not plan.warnings


def test_the_title_block_repeated_over_the_next_table_is_title_rows_not_warnings(make_workbook):
    header = ["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)"]
    title = [["RENCANA KERJA PEMERINTAH DAERAH"], ["  kota   contoh "], ["TAHUN 2024"]]
    plan = read_plan(str(make_workbook(TITLE + [header] + ROWS[:2] + title + [header] + ROWS[2:] + [["KOTA LAIN"]])))
    assert [item.ref.row for item in plan.items] == [6, 7, 12]
    assert {row.ref.row: row.reason for row in plan.skipped if row.ref.row in (8, 9, 10, 13)} == {
        8: SkipReason.TITLE, 9: SkipReason.TITLE, 10: SkipReason.TITLE, 13: SkipReason.UNREADABLE}
    assert [warning.ref.row for warning in plan.warnings] == [13]


def test_title_year_is_the_plans_not_the_regulations():
    lines = ["PERATURAN BUPATI MALANG", "NOMOR 45 TAHUN 2023", "RENCANA KERJA PEMERINTAH DAERAH KABUPATEN MALANG TAHUN 2024"]
    assert (from_titles(lines).government, from_titles(lines).year) == ("Kabupaten Malang", 2024)


def test_a_heading_naming_the_bupati_or_wali_kota_names_the_kab_kota_over_its_province():
    # the standard heading of a Perbup / Perwali attachment: the province line is where the kab/kota lies
    perbup = ["BUPATI SIDOARJO", "PROVINSI JAWA TIMUR", "RENCANA KERJA PEMERINTAH DAERAH TAHUN 2024"]
    assert (from_titles(perbup).government, from_titles(perbup).level) == ("Kabupaten Sidoarjo", Level.KABUPATEN)
    assert from_titles(["WALIKOTA BATU", "PROVINSI JAWA TIMUR"]).government == "Kota Batu"
    # bupati and wali kota in general are no one kab/kota
    meeting = ["RAPAT KOORDINASI BUPATI DAN WALIKOTA SE-JAWA TIMUR", "RKPD PROVINSI JAWA TIMUR TAHUN 2024"]
    assert from_titles(meeting).government == "Provinsi Jawa Timur"


def test_a_line_that_is_only_a_kab_kotas_name_names_the_plan_under_its_provinces_line():
    assert from_titles(["PROVINSI JAWA TIMUR", "PEMERINTAH KOTA BATU", "RENCANA KERJA PEMERINTAH DAERAH TAHUN 2024"]).government == "Kota Batu"
    # a kab/kota named in a line about something else is not the plan's
    lines = ["RKPD PROVINSI JAWA TIMUR TAHUN 2024", "Lokasi Prioritas: Kabupaten Malang, Kota Batu"]
    assert from_titles(lines).government == "Provinsi Jawa Timur"
    assert from_titles(["RKPD PROVINSI JAWA TIMUR", "Kota Surabaya, 12 Januari 2024"]).government == "Provinsi Jawa Timur"


def test_the_government_written_as_pemkot_pemkab_or_pemprov_and_a_province_by_its_short_name():
    assert [from_titles([line]).government for line in ("PEMKOT BATU", "PEMKAB SIDOARJO TAHUN 2024", "PEMERINTAH PROV. JATIM")] == [
        "Kota Batu", "Kabupaten Sidoarjo", "Provinsi Jawa Timur"]


def test_english_titles_name_the_government_as_the_indonesian_ones_do():
    assert [from_titles([line]).government for line in ("MALANG REGENCY", "RKPD OF BATU CITY 2024", "EAST JAVA PROVINCE")] == [
        "Kabupaten Malang", "Kota Batu", "Provinsi Jawa Timur"]


def test_a_kab_kota_name_ends_at_the_word_joining_it_to_the_rest_of_the_title():
    assert from_titles(["KESELARASAN RKPD KOTA BATU DENGAN RKPD PROVINSI JAWA TIMUR", "TAHUN 2024"]).government == "Kota Batu"
    assert from_titles(["SINKRONISASI PROGRAM KABUPATEN TANAH DATAR TERHADAP RKPD PROVINSI"]).government == "Kabupaten Tanah Datar"
    assert from_titles(["PERATURAN BUPATI MALANG SELAKU KEPALA DAERAH"]).government == "Kabupaten Malang"
    assert from_titles(["KEGIATAN KOTA BATU YANG DIDANAI DAK"]).government == "Kota Batu"


def test_typo_forms_set_aside():
    assert is_typo_of("pengwasan", "pengawsan") and not is_typo_of("pertanian", "pertanahan")
    # two slips in one word count only where codes or parents back the pair (see below)
    assert loose_typo("pentaan", "penataa") and not loose_typo("pertanian", "perkebunan")
    # a word written twice, mistyped once; a mistyped word glued to the next
    assert token_difference(core_tokens("Sistem Teintegrasi dan Terintegrasi"), core_tokens("Sistem Terintegrasi")) == (frozenset(), frozenset(), 1)
    assert token_difference(core_tokens("Sitempenyediaan Air Minum"), core_tokens("Sistem Penyediaan Air Minum"))[:2] == (frozenset(), frozenset())


def _plan(file: str, level: Level, rows: list[tuple[Kind, str, str]]) -> Plan:
    items, parent = [], None
    for number, (kind, code, name) in enumerate(rows, start=1):
        item = Item(SourceRef(file, "S", number), kind, name, parse_code(code) if code else None, parent=parent)
        parent = item.ref if kind is Kind.KEGIATAN else parent
        items.append(item)
    return Plan(file, file, "", file, level, 2024, (), tuple(items), (), (), len(items))


def test_a_word_mistyped_on_both_sides_needs_code_or_parent_evidence():
    left = prepare(_plan("p", Level.PROVINSI, [(Kind.SUB_KEGIATAN, "1.03.12.1.04.03", "Operasionalisasi PPNS Bidang Pentaan Ruang")]))
    right = prepare(_plan("k", Level.KOTA, [(Kind.SUB_KEGIATAN, "1.03.12.2.04.03", "Operasionalisasi PPNS Bidang Penataa Ruang")]))
    pair = (Kind.SUB_KEGIATAN, left[Kind.SUB_KEGIATAN][0], right[Kind.SUB_KEGIATAN][0], 90.0)
    assert decide(*pair, Relation.IDENTICAL, Options()).relation is Relation.IDENTICAL
    codeless = prepare(_plan("k", Level.KOTA, [(Kind.SUB_KEGIATAN, "", "Operasionalisasi PPNS Bidang Penataa Ruang")]))
    assert decide(Kind.SUB_KEGIATAN, left[Kind.SUB_KEGIATAN][0], codeless[Kind.SUB_KEGIATAN][0], 90.0, None, Options()).relation is Relation.REVIEW


def test_a_codeless_repeat_of_a_coded_row_is_the_same_distinct_item():
    plan = _plan("k", Level.KOTA, [(Kind.PROGRAM, "1.02.02", "PROGRAM A"), (Kind.KEGIATAN, "1.02.02.2.01", "Penyediaan Fasilitas"),
                                   (Kind.SUB_KEGIATAN, "1.02.02.2.01.01", "Pembangunan Rumah Sakit")])
    codeless = Item(SourceRef("k", "S", 9), Kind.SUB_KEGIATAN, "Pembangunan Rumah  Sakit", None, program_code="1.02.02")
    groups = distinct_items([plan.items[2], codeless])
    assert len(set(groups.values())) == 1


def test_an_agency_cell_merged_down_names_every_row_of_its_block(make_workbook):
    header = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]
    body = [ROWS[0] + ["DINAS KESEHATAN"], ROWS[1], [], ROWS[2]]
    path = make_workbook(TITLE + [header] + body, merges=("E6:E9",))
    plan = read_plan(str(path))
    assert [(item.ref.row, item.agency) for item in plan.items] == [(6, "DINAS KESEHATAN"), (7, "DINAS KESEHATAN"), (9, "DINAS KESEHATAN")]
    assert {s.ref.row: s.reason for s in plan.skipped}[8] is SkipReason.BLANK


def test_csv_cells_read_as_workbook_cells_are(tmp_path):
    path = tmp_path / "kota_contoh_2024.csv"
    path.write_text("Kode;Program/Kegiatan/Sub Kegiatan;Pagu\n1.02.02 ;Program  Pemenuhan Upaya Kesehatan ; Rp 1.000,- \n", encoding="utf-8")
    item = read_plan(str(path)).items[0]
    # the name as a reader sees it, single-spaced (as every name is)
    assert (item.code_text, item.name, item.budget) == ("1.02.02", "Program Pemenuhan Upaya Kesehatan", 1000)


def test_support_programs_coded_with_the_placeholder_stay_per_agency():
    def plan(file, level, rows):
        items = [Item(SourceRef(file, "S", n), Kind.PROGRAM, name, parse_code(code), agency=agency) for n, (code, name, agency) in enumerate(rows, 1)]
        return Plan(file, file, "", file, level, 2024, (), tuple(items), (), (), len(items))

    support = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH"
    province = plan("p", Level.PROVINSI, [("X.XX.01", support, "DINAS KESEHATAN"), ("1.02.02", "PROGRAM KESEHATAN", "DINAS KESEHATAN"),
                                          ("X.XX.01", support, "DINAS PENDIDIKAN"), ("1.01.02", "PROGRAM PENDIDIKAN", "DINAS PENDIDIKAN")])
    city = plan("k", Level.KOTA, [("1.02.01", support, "DINKES"), ("1.02.02", "PROGRAM KESEHATAN", "DINKES")])
    links = [link for link in link_plans(province, city, Options()) if link.relation.is_same]
    assert sorted((link.left.ref.row, link.right.ref.row) for link in links) == [(1, 1), (2, 2)]
    assert len(set(distinct_items(list(province.items)).values())) == 4


def test_codes_in_a_no_column_and_a_ceiling_broken_down_by_source(make_workbook):
    header = [["No.", "Uraian", "Pagu Indikatif (Rp)", None, None], [None, None, "APBD", "DAK", "Jumlah"]]
    path = make_workbook(TITLE + header + [[code, name, 100, 200, 300] for code, name, _loc, _budget in ROWS],
                         merges=("A5:A6", "B5:B6", "C5:E5"))
    plan = read_plan(str(path))
    assert [(item.kind, item.code_text, item.budget) for item in plan.items] == [
        (Kind.PROGRAM, "1.02.02", 300), (Kind.KEGIATAN, "1.02.02.2.01", 300), (Kind.SUB_KEGIATAN, "1.02.02.2.01.01", 300)]


def test_kind_written_before_the_name(make_workbook):
    path = make_workbook(TITLE + [HEADER, ROWS[0], [None, "Kegiatan : Penyediaan Fasilitas Pelayanan Kesehatan", None, 300],
                                  [None, "Sub Kegiatan : Pembangunan Rumah Sakit", None, 300]])
    assert [item.kind for item in read_plan(str(path)).items] == [Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN]
    assert core_tokens("Sub Kegiatan : Pembangunan Rumah Sakit") == core_tokens("Pembangunan Rumah Sakit")


def _programs(file, level, rows):
    items = [Item(SourceRef(file, "S", n), Kind.PROGRAM if code.count(".") == 2 or not code else Kind.KEGIATAN, name,
                  parse_code(code) if code else None, agency=agency) for n, (code, name, agency) in enumerate(rows, 1)]
    return Plan(file, file, "", file, level, 2024, (), tuple(items), (), (), len(items))


def test_a_typo_that_reorders_the_sorted_words_still_makes_a_candidate():
    # sorted, 'peekonomian' comes before 'pembangunan' and 'perekonomian' after: the sorted keys score 47
    province = _programs("p", Level.PROVINSI, [("4.01.06", "PROGRAM PEREKONOMIAN DAN PEMBANGUNAN", "SETDA")])
    city = _programs("k", Level.KOTA, [("4.01.03", "PROGRAM PEEKONOMIAN & PEMBANGUNAN", "SETDA")])
    assert [link.relation for link in link_plans(province, city, Options())] == [Relation.IDENTICAL]


def test_a_codeless_program_mistyped_twice_links_within_its_agencys_bidang():
    province = _programs("p", Level.PROVINSI, [("2.07.02", "PROGRAM PERENCANAAN TENAGA KERJA", "DISNAKER")])
    same_bidang = _programs("k", Level.KOTA, [("", "PROGRAM PERECANAA TENAGA KERJA", "DISNAKER"), ("2.07.03.2.01", "Pelatihan", "DISNAKER")])
    other_bidang = _programs("k", Level.KOTA, [("", "PROGRAM PERECANAA TENAGA KERJA", "DINSOS"), ("1.06.03.2.01", "Rehabilitasi", "DINSOS")])
    assert [link.relation for link in link_plans(province, same_bidang, Options()) if link.left.kind is Kind.PROGRAM] == [Relation.SIMILAR]
    assert [link.relation for link in link_plans(province, other_bidang, Options()) if link.relation.is_same] == []


def test_subtotal_labels_in_any_label_column_but_not_indicators(make_workbook):
    header = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Pagu Indikatif (Rp)"]
    path = make_workbook(TITLE + [header, ROWS[0][:2] + [None, 300], [None, "Pembangunan Puskesmas", "Jumlah puskesmas", 100],
                                  ["Sub Total", "DINAS KESEHATAN", None, 400], [None, None, None, 400, "TOTAL"]])
    plan = read_plan(str(path))
    assert [(item.ref.row, item.name) for item in plan.items] == [(6, "PROGRAM PEMENUHAN UPAYA KESEHATAN"), (7, "Pembangunan Puskesmas")]
    reasons = {s.ref.row: s.reason for s in plan.skipped}
    assert (reasons[8], reasons[9]) == (SkipReason.SUBTOTAL, SkipReason.SUBTOTAL)


def test_distinct_count_is_the_number_of_distinct_items(make_workbook):
    from syncheck.tally import distinct_count

    plan = read_plan(str(make_workbook(TITLE + [HEADER] + [
        ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", None, 300],
        ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", None, 300],
        ["1.02.03", "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN", None, 300],
    ])))
    items = list(plan.items)
    assert distinct_count(items) == len(set(distinct_items(items).values())) == 2
