"""Several sheets in one workbook: the plan is read once; copies, other years and earlier drafts are set aside with one
warning; sheets that together form the plan (one per OPD) are all read."""

from __future__ import annotations

from click.testing import CliRunner

from syncheck.cli import main
from syncheck.messages import render
from syncheck.models import Kind, SkipReason
from syncheck.readers import read_plan

HEADER = [["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]]
DINKES, DISDIK = "DINAS KESEHATAN", "DINAS PENDIDIKAN DAN KEBUDAYAAN"
HEALTH = [
    ("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", None, 3_000_000_000),
    ("1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota", None, 3_000_000_000),
    ("1.02.02.2.01.0001", "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya", "Kec. Ungaran", 1_000_000_000),
    ("1.02.02.2.01.0002", "Pembangunan Puskesmas", "Kec. Bawen", 2_000_000_000),
]
EDUCATION = [
    ("1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN", None, 4_000_000_000),
    ("1.01.02.2.01", "Pengelolaan Pendidikan Sekolah Dasar", None, 4_000_000_000),
    ("1.01.02.2.01.0009", "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah", "Kec. Tuntang", 4_000_000_000),
]
# every kecamatan plans the same programs: the codes repeat from one kecamatan's sheet to the next
KECAMATAN = [
    ("7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"),
    ("7.01.01.2.02", "Administrasi Keuangan Perangkat Daerah"),
    ("7.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN"),
]



def warning_text(plan, text):
    """The plan's warning whose English is ``text``, as the reader made it (with its catalogue key)."""
    return next(warning.message for warning in plan.warnings if warning.message == text)

def sheet(title, spec, agency=DINKES, scale=1):
    """A sheet's rows: its title, the header and the plan rows (code, name, place, budget) of one agency."""
    return [[title], [], *HEADER, *([code, name, place, budget * scale, agency] for code, name, place, budget in spec)]


def sub_budget(plan):
    return sum(item.budget or 0 for item in plan.items if item.kind is Kind.SUB_KEGIATAN)


def sheet_warnings(plan):
    return [(w.ref.sheet, w.message) for w in plan.warnings if w.message.startswith("sheet(s)")]


def test_per_opd_copies_of_the_whole_plan_are_read_once(make_workbook):
    title = "RKPD KABUPATEN SEMARANG TAHUN 2024"
    whole = sheet(title, HEALTH) + [[c, n, p, b, DISDIK] for c, n, p, b in EDUCATION]
    path = make_workbook(whole, name="rkpd.xlsx", title="RKPD", extra_sheets={
        "DINKES": (sheet(title, HEALTH), "visible"), "DISDIKBUD": (sheet(title, EDUCATION, DISDIK), "visible"),
    })
    plan = read_plan(str(path))
    assert {item.ref.sheet for item in plan.items} == {"RKPD"} and sub_budget(plan) == 7_000_000_000
    message = "sheet(s) 'DINKES', 'DISDIKBUD': the rows of sheet(s) 'RKPD' again, with the same amounts, skipped as copies (13 rows)"
    assert sheet_warnings(plan) == [("", message)]
    assert not [w for w in plan.warnings if w.message.startswith("duplicate row")]
    assert [(s.name, s.skipped_reason) for s in plan.sheets] == [("RKPD", ""), ("DINKES", "copy of another sheet"), ("DISDIKBUD", "copy of another sheet")]
    assert [(row.ref.sheet, row.count) for row in plan.skipped if row.reason is SkipReason.OTHER_VERSION] == [("DINKES", 7), ("DISDIKBUD", 6)]
    assert plan.rows_read == plan.item_rows + plan.skipped_rows == 23
    assert render(warning_text(plan, message), "id") == (
        "lembar 'DINKES', 'DISDIKBUD': mengulang baris lembar 'RKPD' dengan pagu yang sama, dilewati sebagai salinan (13 baris)"
    )


def test_a_summary_sheet_of_program_totals_is_set_aside_for_the_detail(make_workbook):
    support = ("1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA")
    rekap = [["REKAPITULASI PROGRAM RKPD KABUPATEN SEMARANG TAHUN 2024"], [], ["Kode", "Program", "Pagu Indikatif (Rp)"],
             [*support, 500_000_000], ["1.02.02", HEALTH[0][1], 3_000_000_000], ["1.01.02", EDUCATION[0][1], 4_000_000_000]]
    spec = [(*support, None, 500_000_000), ("1.02.01.2.02", "Administrasi Keuangan Perangkat Daerah", None, 500_000_000),
            ("1.02.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "Dinas Kesehatan", 500_000_000), *HEALTH]
    detail = sheet("RKPD KABUPATEN SEMARANG TAHUN 2024", spec) + [[c, n, p, b, DISDIK] for c, n, p, b in EDUCATION]
    plan = read_plan(str(make_workbook(rekap, name="rkpd.xlsx", title="Rekap Program", extra_sheets={"Rincian": (detail, "visible")})))
    # read, the summary's programs would be items of an agency named 'Rekap Program'
    assert {item.ref.sheet for item in plan.items} == {"Rincian"} and sub_budget(plan) == 7_500_000_000
    assert sheet_warnings(plan) == [("", "sheet(s) 'Rekap Program': the rows of sheet(s) 'Rincian' again, with the same amounts, skipped as copies (6 rows)")]


def test_a_summary_of_the_programs_of_every_opd_sheet_is_set_aside(make_workbook):
    rekap = [["REKAPITULASI PROGRAM RKPD KABUPATEN SEMARANG TAHUN 2024"], [], ["Kode", "Program", "Pagu Indikatif (Rp)"],
             ["1.02.02", HEALTH[0][1], 3_000_000_000], ["1.01.02", EDUCATION[0][1], 4_000_000_000], ["1.01.02.2.01", EDUCATION[1][1], 4_000_000_000]]
    title = "RKPD KABUPATEN SEMARANG TAHUN 2024"
    sheets = {"Dinkes": (sheet(title, HEALTH), "visible"), "Disdik": (sheet(title, EDUCATION, DISDIK), "visible")}
    plan = read_plan(str(make_workbook(rekap, name="rkpd.xlsx", title="Rekap", extra_sheets=sheets)))
    assert {item.ref.sheet for item in plan.items} == {"Dinkes", "Disdik"} and sub_budget(plan) == 7_000_000_000
    message = "sheet(s) 'Rekap': the rows of sheet(s) 'Dinkes', 'Disdik' again, with the same amounts, skipped as copies (6 rows)"
    assert sheet_warnings(plan) == [("", message)]


def test_a_recap_of_urusan_and_bidang_totals_beside_one_sheet_per_bidang_is_set_aside(make_workbook):
    urusan = ("1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR")
    health, education = ("1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN"), ("1.01", "URUSAN PEMERINTAHAN BIDANG PENDIDIKAN")
    rekap = [["REKAPITULASI PAGU PER BIDANG URUSAN RKPD KABUPATEN SEMARANG TAHUN 2024"], [], ["Kode", "Bidang Urusan", "Pagu Indikatif (Rp)"],
             [*urusan, 7_000_000_000], [*education, 4_000_000_000], [*health, 3_000_000_000]]
    title = "RKPD KABUPATEN SEMARANG TAHUN 2024"
    sheets = {"1.01 Pendidikan": (sheet(title, [(*urusan, None, 7_000_000_000), (*education, None, 4_000_000_000), *EDUCATION], DISDIK), "visible"),
              "1.02 Kesehatan": (sheet(title, [(*health, None, 3_000_000_000), *HEALTH]), "visible")}
    plan = read_plan(str(make_workbook(rekap, name="rkpd.xlsx", title="Rekap", extra_sheets=sheets)))
    # read, the recap's urusan and bidang would be counted twice
    assert {item.ref.sheet for item in plan.items} == {"1.01 Pendidikan", "1.02 Kesehatan"}
    assert [item.code_text for item in plan.items if item.kind is Kind.BIDANG] == ["1.01", "1.02"]
    message = "sheet(s) 'Rekap': the rows of sheet(s) '1.01 Pendidikan', '1.02 Kesehatan' again, with the same amounts, skipped as copies (6 rows)"
    assert sheet_warnings(plan) == [("", message)]


def test_a_summary_with_a_program_the_detail_lacks_is_read(make_workbook):
    rekap = [["REKAPITULASI PROGRAM RKPD KABUPATEN SEMARANG TAHUN 2024"], [], ["Kode", "Program", "Pagu Indikatif (Rp)"],
             ["1.02.02", HEALTH[0][1], 3_000_000_000], ["1.01.02", EDUCATION[0][1], 4_000_000_000], ["1.03.02", "PROGRAM PENGELOLAAN SUMBER DAYA AIR", 1]]
    detail = sheet("RKPD KABUPATEN SEMARANG TAHUN 2024", HEALTH) + [[c, n, p, b, DISDIK] for c, n, p, b in EDUCATION]
    plan = read_plan(str(make_workbook(rekap, name="rkpd.xlsx", title="Rekap Program", extra_sheets={"Rincian": (detail, "visible")})))
    # two of its three rows are in the detail: not enough to call it a copy
    assert {item.ref.sheet for item in plan.items} == {"Rekap Program", "Rincian"} and sheet_warnings(plan) == []


def test_last_years_plan_beside_this_years_is_skipped(make_workbook):
    now, before = sheet("RKPD KABUPATEN SEMARANG TAHUN 2024", HEALTH), sheet("RKPD KABUPATEN SEMARANG TAHUN 2023", HEALTH[:2] + HEALTH[3:])
    for first, second in (("RKPD 2024", "RKPD 2023"), ("RKPD 2023", "RKPD 2024")):
        rows = {"RKPD 2024": now, "RKPD 2023": before}
        plan = read_plan(str(make_workbook(rows[first], name="rkpd.xlsx", title=first, extra_sheets={second: (rows[second], "visible")})))
        assert plan.year == 2024 and {item.ref.sheet for item in plan.items} == {"RKPD 2024"}
        assert sheet_warnings(plan) == [("", "sheet(s) 'RKPD 2023': titled with another year than the plan's (2024), skipped (6 rows)")]
    # the year the file name (or --year) gives wins over the latest
    plan = read_plan(str(make_workbook(now, name="kabupaten_semarang_2023.xlsx", title="RKPD 2024", extra_sheets={"RKPD 2023": (before, "visible")})))
    assert plan.year == 2023 and {item.ref.sheet for item in plan.items} == {"RKPD 2023"}


def test_one_agencys_sheet_under_last_years_title_is_still_read(make_workbook):
    # a workbook of one sheet per agency; the education sheet kept the title of last year's template
    health = sheet("RKPD KABUPATEN SEMARANG TAHUN 2024", HEALTH)
    education = sheet("RKPD KABUPATEN SEMARANG TAHUN 2023", EDUCATION, agency=DISDIK)
    plan = read_plan(str(make_workbook(health, name="kabupaten_semarang_2024.xlsx", title="DINKES", extra_sheets={"DISDIK": (education, "visible")})))
    assert plan.year == 2024 and {item.ref.sheet for item in plan.items} == {"DINKES", "DISDIK"} and sheet_warnings(plan) == []


def titled(government, year, spec, scale=1):
    """A sheet under the three-line title of an SIPD export: the plan, the government, 'TAHUN <year>' on a line of its own."""
    return [["RENCANA KERJA PEMERINTAH DAERAH"], [government], [f"TAHUN {year}"], *sheet("", spec, scale=scale)[1:]]


def test_last_years_sheet_put_first_is_skipped_for_the_file_names_year(make_workbook):
    before, now = titled("KABUPATEN SEMARANG", 2023, HEALTH, scale=2), titled("KABUPATEN SEMARANG", 2024, HEALTH)
    path = make_workbook(before, name="kab_semarang_2024.xlsx", title="RKPD 2023", extra_sheets={"Sheet1": (now, "visible")})
    plan = read_plan(str(path))
    assert plan.year == 2024 and {item.ref.sheet for item in plan.items} == {"Sheet1"} and sub_budget(plan) == 3_000_000_000
    assert sheet_warnings(plan) == [("", "sheet(s) 'RKPD 2023': titled with another year than the plan's (2024), skipped (9 rows)")]


def test_a_version_dated_by_its_sheet_name_alone_gives_way_to_the_file_names_year(make_workbook):
    before, now = sheet("RKPD KABUPATEN SEMARANG", HEALTH, scale=2), sheet("RKPD KABUPATEN SEMARANG", HEALTH)
    path = make_workbook(before, name="kab_semarang_2024.xlsx", title="RKPD 2023", extra_sheets={"Sheet1": (now, "visible")})
    plan = read_plan(str(path))
    assert {item.ref.sheet for item in plan.items} == {"Sheet1"} and sub_budget(plan) == 3_000_000_000
    assert sheet_warnings(plan) == [("", "sheet(s) 'RKPD 2023': the rows of sheet 'Sheet1' again, with other amounts, skipped as another "
                                         "version of the plan (7 rows): to read it instead, hide the other sheet")]


def test_a_print_date_in_a_title_is_no_plan_year(make_workbook):
    title = "RKPD KABUPATEN SEMARANG TAHUN 2024"
    second = [["Dicetak 28-12-2023"], *sheet(title, EDUCATION, DISDIK)[1:]]
    plan = read_plan(str(make_workbook(sheet(title, HEALTH), name="rkpd.xlsx", extra_sheets={"Sheet2": (second, "visible")})))
    assert sub_budget(plan) == 7_000_000_000 and sheet_warnings(plan) == []


def test_the_final_draft_is_read_over_the_early_one(make_workbook):
    early = sheet("RANCANGAN AWAL RKPD KABUPATEN SEMARANG TAHUN 2024", [(*row[:3], row[3] * 4 // 5) for row in HEALTH])
    final = sheet("RANCANGAN AKHIR RKPD KABUPATEN SEMARANG TAHUN 2024", HEALTH)
    plan = read_plan(str(make_workbook(early, name="rkpd.xlsx", title="Rancangan Awal", extra_sheets={"Rancangan Akhir": (final, "visible")})))
    assert {item.ref.sheet for item in plan.items} == {"Rancangan Akhir"} and sub_budget(plan) == 3_000_000_000
    message = "sheet(s) 'Rancangan Awal': an earlier draft of sheet 'Rancangan Akhir', skipped (7 rows)"
    assert sheet_warnings(plan) == [("", message)]
    assert render(warning_text(plan, message), "id") == "lembar 'Rancangan Awal': rancangan yang lebih awal dari lembar 'Rancangan Akhir', dilewati (7 baris)"


def test_the_same_agencys_rows_with_other_amounts_are_another_version(make_workbook):
    title = "RKPD KABUPATEN SEMARANG TAHUN 2024"
    plan = read_plan(str(make_workbook(sheet(title, HEALTH), name="rkpd.xlsx", extra_sheets={"Sheet2": (sheet(title, HEALTH, scale=2), "visible")})))
    assert {item.ref.sheet for item in plan.items} == {"Sheet1"}
    message = (
        "sheet(s) 'Sheet2': the rows of sheet 'Sheet1' again, with other amounts, skipped as another version of the plan (7 rows): "
        "to read it instead, hide the other sheet"
    )
    assert sheet_warnings(plan) == [("", message)]
    assert render(warning_text(plan, message), "id").startswith("lembar 'Sheet2': mengulang baris lembar 'Sheet1' dengan pagu lain, dilewati sebagai versi lain")


def test_one_sheet_per_kecamatan_with_the_same_codes_is_all_read(make_workbook):
    # no agency column: each sheet is its agency; the codes repeat, the amounts differ
    def kecamatan(budget):
        return [["RKPD KABUPATEN SEMARANG TAHUN 2024"], [], ["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"],
                *([code, name, None, budget] for code, name in KECAMATAN)]

    sheets = {"Kec Bawen": (kecamatan(800_000_000), "visible"), "Kec Tuntang": (kecamatan(650_000_000), "visible")}
    plan = read_plan(str(make_workbook(kecamatan(700_000_000), name="rkpd.xlsx", title="Kec Ungaran", extra_sheets=sheets)))
    assert [item.agency for item in plan.items if item.kind is Kind.SUB_KEGIATAN] == ["Kec Ungaran", "Kec Bawen", "Kec Tuntang"]
    assert sub_budget(plan) == 2_150_000_000 and sheet_warnings(plan) == []


def test_one_sheet_per_opd_is_all_read(make_workbook):
    title = "RKPD KABUPATEN SEMARANG TAHUN 2024"
    plan = read_plan(str(make_workbook(sheet(title, HEALTH), name="rkpd.xlsx", extra_sheets={"Sheet2": (sheet(title, EDUCATION, DISDIK), "visible")})))
    assert sub_budget(plan) == 7_000_000_000 and sheet_warnings(plan) == []


def test_inspect_lists_the_sheet_set_aside(make_workbook):
    now, before = sheet("RKPD KABUPATEN SEMARANG TAHUN 2024", HEALTH), sheet("RKPD KABUPATEN SEMARANG TAHUN 2023", HEALTH)
    path = str(make_workbook(now, name="rkpd.xlsx", title="RKPD 2024", extra_sheets={"RKPD 2023": (before, "visible")}))
    lines = CliRunner().invoke(main, ["inspect", path, "--lang", "en"]).output.splitlines()
    assert "  sheet 'RKPD 2023': 7 rows, skipped (another year)" in lines
    assert "  rows: 14 read = 4 items + 10 skipped (blank 1, header 1, other_version 7, title 1)" in lines
    result = CliRunner().invoke(main, ["inspect", path])
    assert result.exit_code == 0
    assert "  lembar 'RKPD 2023': 7 baris, dilewati (tahun lain)" in result.output.splitlines()
    assert "    berkas: lembar 'RKPD 2023': berjudul tahun lain dari tahun rencana (2024), dilewati (7 baris)" in result.output.splitlines()


def opd_copy(make_workbook, copy_rows, health=HEALTH):
    """A workbook of the whole plan (sheet 'Semua OPD': ``health`` and education) and a DINKES sheet of ``copy_rows``."""
    title = "RKPD KABUPATEN SEMARANG TAHUN 2024"
    whole = sheet(title, health) + [[c, n, p, b, DISDIK] for c, n, p, b in EDUCATION]
    path = make_workbook(whole, name="rkpd.xlsx", title="Semua OPD", extra_sheets={"DINKES": (sheet(title, copy_rows), "visible")})
    return read_plan(str(path))


def test_a_row_only_the_opd_copy_holds_is_named_not_lost_silently(make_workbook):
    extra = ("1.02.02.2.01.0014", "Pengadaan Obat, Vaksin", "Kab. Semarang", 300_000_000)
    plan = opd_copy(make_workbook, [*HEALTH, extra])
    # the copy is still set aside: the plan is read once, its own row named with its code and amount
    assert {item.ref.sheet for item in plan.items} == {"Semua OPD"} and sub_budget(plan) == 7_000_000_000
    unread = "sheet skipped as a copy, but 1 of its row(s) are in no sheet read and are not counted: row 8 1.02.02.2.01.0014 (Rp 300,000,000)"
    assert [(w.ref.sheet, w.ref.row, w.message) for w in plan.warnings if w.ref.sheet == "DINKES"] == [("DINKES", 8, unread)]
    message = (
        "sheet(s) 'DINKES': the rows of sheet(s) 'Semua OPD' again, skipped as copies (8 rows); some rows differ: "
        "the warnings on each of these sheets list them"
    )
    assert sheet_warnings(plan) == [("", message)]
    assert render(warning_text(plan, unread), "id") == (
        "lembar dilewati sebagai salinan, tetapi 1 barisnya tidak ada di lembar yang dibaca dan tidak dihitung: "
        "baris 8 1.02.02.2.01.0014 (Rp 300.000.000)"
    )
    assert render(warning_text(plan, message), "id").startswith("lembar 'DINKES': mengulang baris lembar 'Semua OPD', dilewati sebagai salinan")


def test_an_amount_the_opd_copy_changed_is_named_with_both_amounts(make_workbook):
    health = [*HEALTH, ("1.02.02.2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan", None, 500_000_000),
              ("1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Kec. Bawen", 500_000_000)]
    edited = [row if row[0] != "1.02.02.2.01.0002" else (*row[:3], 2_100_000_000) for row in health]
    plan = opd_copy(make_workbook, edited, health)
    assert {item.ref.sheet for item in plan.items} == {"Semua OPD"}
    assert sub_budget(plan) == 7_500_000_000  # the amount of the sheet read is counted
    differs = (
        "sheet skipped as a copy, but 1 of its row(s) have another amount than the sheet read, whose amount is counted: "
        "row 7 1.02.02.2.01.0002: Rp 2,100,000,000 here, Rp 2,000,000,000 on sheet 'Semua OPD'"
    )
    assert [(w.ref.sheet, w.ref.row, w.message) for w in plan.warnings if w.ref.sheet == "DINKES"] == [("DINKES", 7, differs)]
    assert not any("the same amounts" in w.message for w in plan.warnings)
    assert render(warning_text(plan, differs), "id").endswith("baris 7 1.02.02.2.01.0002: Rp 2.100.000.000 di sini, Rp 2.000.000.000 di lembar 'Semua OPD'")


def test_a_copy_with_many_rows_of_its_own_names_the_first_three_and_counts_the_rest(make_workbook):
    subs = [(f"1.02.02.2.01.{n:04d}", f"Sub Kegiatan {n}", "Kec. Bawen", 100_000_000) for n in range(1, 17)]
    spec = [HEALTH[0][:3] + (1_600_000_000,), HEALTH[1][:3] + (1_600_000_000,), *subs]
    extras = [(f"1.02.02.2.01.{n:04d}", f"Sub Kegiatan {n}", "Kec. Bawen", 50_000_000) for n in range(20, 24)]
    title = "RKPD KABUPATEN SEMARANG TAHUN 2024"
    # the whole plan has more sub kegiatan (education's too): it is read first, the DINKES sheet is its copy
    education = [[f"1.01.02.2.01.{n:04d}", f"Sub Kegiatan Pendidikan {n}", "Kec. Tuntang", 100_000_000, DISDIK] for n in range(1, 6)]
    whole = sheet(title, spec) + education
    path = make_workbook(whole, name="rkpd.xlsx", title="Semua OPD", extra_sheets={"DINKES": (sheet(title, spec + extras), "visible")})
    plan = read_plan(str(path))
    assert {item.ref.sheet for item in plan.items} == {"Semua OPD"}
    [unread] = [w for w in plan.warnings if w.ref.sheet == "DINKES"]
    assert unread.message.endswith(
        "4 of its row(s) are in no sheet read and are not counted: row 22 1.02.02.2.01.0020 (Rp 50,000,000), "
        "row 23 1.02.02.2.01.0021 (Rp 50,000,000), row 24 1.02.02.2.01.0022 (Rp 50,000,000), 1 more"
    )
    assert render(unread.message, "id").endswith("baris 24 1.02.02.2.01.0022 (Rp 50.000.000), 1 lainnya")


def test_a_flat_row_of_a_copy_is_named_once_by_its_sub_kegiatan(make_workbook):
    header = ["Kode Program", "Program", "Kode Kegiatan", "Kegiatan", "Kode Sub Kegiatan", "Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]
    health = ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan"]
    rows = [[*health, f"1.02.02.2.01.{n:04d}", f"Sub Kegiatan {n}", "Kec. Bawen", 100_000_000] for n in range(1, 11)]
    new = ["1.02.03", "PROGRAM PENINGKATAN KAPASITAS SDM KESEHATAN", "1.02.03.2.02", "Pengembangan Mutu SDM Kesehatan",
           "1.02.03.2.02.0001", "Pelatihan Tenaga Kesehatan", "Kec. Bawen", 500_000_000]
    title = [["RKPD KABUPATEN SEMARANG TAHUN 2024"], []]
    # the whole plan has more sub kegiatan (education's too): it is read, the DINKES sheet is its copy
    education = [["1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN", "1.01.02.2.01", "Pengelolaan Pendidikan Sekolah Dasar",
                  f"1.01.02.2.01.{n:04d}", f"Sub Kegiatan Pendidikan {n}", "Kec. Tuntang", 100_000_000] for n in range(1, 4)]
    path = make_workbook(title + [header] + rows + education, name="rkpd.xlsx", title="Semua OPD",
                         extra_sheets={"DINKES": (title + [header] + rows + [new], "visible")})
    plan = read_plan(str(path))
    assert {item.ref.sheet for item in plan.items} == {"Semua OPD"}
    [unread] = [w for w in plan.warnings if w.ref.sheet == "DINKES"]
    assert unread.message.endswith("1 of its row(s) are in no sheet read and are not counted: row 14 1.02.03.2.02.0001 (Rp 500,000,000)")


def test_a_sheet_of_codes_and_names_alone_beside_the_plan_is_a_lookup_list_not_read(make_workbook):
    lookup = [["Kode", "Nomenklatur"], *([code, name] for code, name, _, _ in EDUCATION), ["1.02.02", HEALTH[0][1]]]
    path = make_workbook(sheet("RKPD KABUPATEN SEMARANG TAHUN 2024", HEALTH), name="rkpd.xlsx", title="RKPD",
                         extra_sheets={"Ref": (lookup, "visible")})  # fmt: skip
    plan = read_plan(str(path))
    assert {item.ref.sheet for item in plan.items} == {"RKPD"} and sub_budget(plan) == 3_000_000_000
    message = ("sheet(s) 'Ref': codes and names without amounts, and none of the plan's columns (budget, location, agency) that sheet "
               "'RKPD' has: skipped as a list for lookups (5 rows)")  # fmt: skip
    assert sheet_warnings(plan) == [("", message)]
    assert [(s.name, s.skipped_reason) for s in plan.sheets] == [("RKPD", ""), ("Ref", "list of codes and names")]
    assert plan.rows_read == plan.item_rows + plan.skipped_rows


def test_sheets_of_codes_and_names_alone_are_read_when_no_sheet_has_more(make_workbook):
    lists = {"Kesehatan": ([["Kode", "Uraian"], *([code, name] for code, name, _, _ in HEALTH)], "visible")}
    path = make_workbook([["Kode", "Uraian"], *([code, name] for code, name, _, _ in EDUCATION)], name="rkpd.xlsx", extra_sheets=lists)
    plan = read_plan(str(path))
    assert {item.ref.sheet for item in plan.items} == {"Sheet1", "Kesehatan"} and sheet_warnings(plan) == []


def test_the_official_list_with_its_indicator_texts_is_a_lookup_list_too(make_workbook):
    lookup = [["Kode", "Urusan/Bidang/Program/Kegiatan/Sub Kegiatan", "Kinerja", "Indikator", "Satuan"],
              *([code, name, "Meningkatnya layanan", "Persentase layanan", "Persen"] for code, name, _, _ in EDUCATION)]  # fmt: skip
    path = make_workbook(sheet("RKPD KABUPATEN SEMARANG TAHUN 2024", HEALTH), name="rkpd.xlsx", title="RKPD",
                         extra_sheets={"Nomenklatur": (lookup, "visible")})  # fmt: skip
    plan = read_plan(str(path))
    assert {item.ref.sheet for item in plan.items} == {"RKPD"}
    assert [(s.name, s.skipped_reason) for s in plan.sheets] == [("RKPD", ""), ("Nomenklatur", "list of codes and names")]


def test_a_plan_sheet_whose_amount_column_syncheck_cannot_name_is_still_read(make_workbook):
    other = [["Kode", "Program/Kegiatan/Sub Kegiatan", "Rencana 2024"], *([code, name, budget] for code, name, _, budget in EDUCATION)]
    path = make_workbook(sheet("RKPD KABUPATEN SEMARANG TAHUN 2024", HEALTH), name="rkpd.xlsx", title="DINKES",
                         extra_sheets={"DISDIK": (other, "visible")})  # fmt: skip
    plan = read_plan(str(path))
    assert {item.ref.sheet for item in plan.items} == {"DINKES", "DISDIK"} and sheet_warnings(plan) == []


def test_a_plan_split_into_one_sheet_per_level_gives_each_row_the_parent_its_code_names(make_workbook):
    def level_sheet(rows):
        return [["RKPD KABUPATEN SEMARANG TAHUN 2024"], [], *HEADER, *([code, name, place, budget, DINKES] for code, name, place, budget in rows)]

    path = make_workbook(level_sheet(HEALTH[:1]), name="rkpd.xlsx", title="Program", extra_sheets={
        "Kegiatan": (level_sheet(HEALTH[1:2]), "visible"), "Sub Kegiatan": (level_sheet(HEALTH[2:]), "visible")})  # fmt: skip
    plan = read_plan(str(path))
    program, kegiatan, *subs = plan.items
    assert kegiatan.parent == program.ref and [sub.parent for sub in subs] == [kegiatan.ref, kegiatan.ref]
    assert (subs[0].program_code, subs[0].kegiatan_name) == ("1.02.02", HEALTH[1][1])


def test_level_sheets_without_an_agency_column_are_one_plan_too(make_workbook):
    header = [HEADER[0][:4]]

    def level_sheet(rows):
        return [["RKPD KABUPATEN SEMARANG TAHUN 2024"], [], *header, *([code, name, place, budget] for code, name, place, budget in rows)]

    path = make_workbook(level_sheet(HEALTH[:1]), name="rkpd.xlsx", title="Program", extra_sheets={
        "Kegiatan": (level_sheet(HEALTH[1:2]), "visible"), "Sub Kegiatan": (level_sheet(HEALTH[2:]), "visible")})  # fmt: skip
    program, kegiatan, *subs = read_plan(str(path)).items
    assert kegiatan.parent == program.ref and [sub.parent for sub in subs] == [kegiatan.ref, kegiatan.ref]


def test_a_sheet_per_agency_missing_its_program_row_takes_no_other_agencys(make_workbook):
    def agency_sheet(rows):
        return [["RKPD KABUPATEN SEMARANG TAHUN 2024"], [], HEADER[0][:4], *([code, name, place, budget] for code, name, place, budget in rows)]

    rsud_rows = [("1.02.02.2.01", HEALTH[1][1], None, 700), ("1.02.02.2.01.0014", "Pengadaan Alat Kesehatan", "Kec. Ungaran", 700)]
    path = make_workbook(agency_sheet(HEALTH), name="rkpd.xlsx", title="DINKES", extra_sheets={"RSUD": (agency_sheet(rsud_rows), "visible")})
    rsud = [item for item in read_plan(str(path)).items if item.ref.sheet == "RSUD"]
    assert rsud[0].kind is Kind.KEGIATAN and rsud[0].parent is None


def test_last_years_plan_in_two_digit_sub_kegiatan_codes_is_still_last_years(make_workbook):
    subs = [(f"1.02.02.2.01.{n:04d}", f"Sub Kegiatan Kesehatan {n}", "Kec. Ungaran", 100) for n in range(1, 7)]
    plan_2024 = HEALTH[:2] + subs
    before = [(code[:-4] + code[-2:] if len(code) == 17 else code, name, place, budget) for code, name, place, budget in plan_2024]
    now, old = sheet("RKPD KABUPATEN SEMARANG TAHUN 2024", plan_2024), sheet("RKPD KABUPATEN SEMARANG TAHUN 2023", before)
    plan = read_plan(str(make_workbook(now, name="rkpd_2024.xlsx", title="RKPD 2024", extra_sheets={"RKPD 2023": (old, "visible")})))
    assert {item.ref.sheet for item in plan.items} == {"RKPD 2024"}


def test_a_recap_of_totals_by_agency_is_set_aside_with_one_note_not_a_warning_a_row(make_workbook):
    rekap = [["REKAPITULASI PAGU INDIKATIF PER PERANGKAT DAERAH"], [],
             ["No", "Kode", "Perangkat Daerah", "Jumlah Sub Kegiatan", "APBD", "DAK Fisik", "Jumlah"],
             [1, "1.02.0.00.0.00.01.0000", DINKES, 2, 2_500_000_000, 500_000_000, 3_000_000_000],
             [2, "1.01.0.00.0.00.01.0000", DISDIK, 1, 4_000_000_000, 0, 4_000_000_000],
             [None, None, "JUMLAH", 3, 6_500_000_000, 500_000_000, 7_000_000_000]]
    title = "RKPD KABUPATEN SEMARANG TAHUN 2024"
    sheets = {"Dinkes": (sheet(title, HEALTH), "visible"), "Disdik": (sheet(title, EDUCATION, DISDIK), "visible")}
    plan = read_plan(str(make_workbook(rekap, name="rkpd.xlsx", title="REKAP", extra_sheets=sheets)))
    assert {item.ref.sheet for item in plan.items} == {"Dinkes", "Disdik"} and sub_budget(plan) == 7_000_000_000
    message = "sheet 'REKAP' is a recap by agency (agencies and their totals, no item names): skipped (6 rows)"
    assert [(w.ref.sheet, w.message) for w in plan.warnings] == [("REKAP", message)]
    assert render(warning_text(plan, message), "id") == (
        "lembar 'REKAP' adalah rekapitulasi per perangkat daerah (perangkat daerah dan jumlahnya, tanpa nama item): dilewati (6 baris)")
    assert [(s.name, s.skipped_reason) for s in plan.sheets] == [("REKAP", "recap"), ("Dinkes", ""), ("Disdik", "")]
    assert plan.rows_read == plan.item_rows + plan.skipped_rows
