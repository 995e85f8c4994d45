"""A kab/kota's workbook holding the province's plan on a sheet of its own (for reference): that sheet is set aside with one
warning, the kab/kota's plan read alone; a kab/kota's own sheets and a province's workbook are read whole."""

from __future__ import annotations

from click.testing import CliRunner

from syncheck.cli import main
from syncheck.messages import render
from syncheck.readers import read_plan

HEADER = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]
PROGRAM = ("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT")
KABUPATEN = [
    (*PROGRAM, None, 3_000_000_000),
    ("1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota", None, 3_000_000_000),
    ("1.02.02.2.01.0001", "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya", "Kec. Ungaran", 1_000_000_000),
    ("1.02.02.2.01.0002", "Pembangunan Puskesmas", "Kec. Bawen", 2_000_000_000),
]
PROVINSI = [
    (*PROGRAM, None, 9_000_000_000),
    ("1.02.02.1.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Provinsi", None, 9_000_000_000),
    ("1.02.02.1.01.0001", "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya", "Kab. Semarang", 5_000_000_000),
    ("1.02.02.1.01.0002", "Pengembangan Rumah Sakit", "Kota Semarang", 4_000_000_000),
]

#: another agency's rows: a sheet of them beside the ones above is more of the plan, not a copy
EDUCATION = [
    ("1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN", None, 4_000_000_000),
    ("1.01.02.{}.01", "Pengelolaan Pendidikan", None, 4_000_000_000),
    ("1.01.02.{}.01.0009", "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah", "Kec. Tuntang", 4_000_000_000),
]


def education(digit: str) -> list:
    """The education rows at one level (level digit 1 or 2)."""
    return [(code.format(digit), *rest) for code, *rest in EDUCATION]


def sheet(title: list[str], spec, codes: bool = True) -> list:
    """A sheet's rows: title lines, a blank row, the header and the plan rows (codes left out when ``codes`` is false)."""
    return [*([line] for line in title), [], HEADER, *([code if codes else None, *rest] for code, *rest in spec)]


KAB_TITLE = ["RENCANA KERJA PEMERINTAH DAERAH", "KABUPATEN SEMARANG", "TAHUN 2024"]
PROV_TITLE = ["RENCANA KERJA PEMERINTAH DAERAH", "PROVINSI JAWA TENGAH", "TAHUN 2024"]
WHY_TITLE = "titled Provinsi Jawa Tengah alone, while this file is the plan of Kabupaten Semarang"
WHY_CODES = "3 of its 3 kegiatan and sub kegiatan codes carry level digit 1 (provinsi), not 2 (kabupaten/kota)"


def kab_workbook(make_workbook, prov_sheet: list, name: str = "kab_semarang_2024.xlsx"):
    """A kabupaten's plan on 'Sheet1' and ``prov_sheet`` on 'RKPD Prov Jateng'."""
    return make_workbook(sheet(KAB_TITLE, KABUPATEN), name=name, extra_sheets={"RKPD Prov Jateng": (prov_sheet, "visible")})


def sheet_warnings(plan) -> list[str]:
    return [warning.message for warning in plan.warnings if warning.message.startswith("sheet(s)")]


def skipped_message(why: str, rows: int) -> str:
    return f"sheet(s) 'RKPD Prov Jateng': {why}: another government's plan, skipped ({rows} rows); to compare it, save it as a file of its own"


def test_the_provinces_plan_on_a_sheet_of_a_kabupatens_workbook_is_not_read(make_workbook):
    plan = read_plan(str(kab_workbook(make_workbook, sheet(PROV_TITLE, PROVINSI))))
    assert plan.government == "Kabupaten Semarang" and {item.ref.sheet for item in plan.items} == {"Sheet1"} and len(plan.items) == 4
    assert sheet_warnings(plan) == [skipped_message(f"{WHY_TITLE}; {WHY_CODES}", 9)]
    assert not [w for w in plan.warnings if w.message.startswith("duplicate row")]
    assert [(s.name, s.skipped_reason) for s in plan.sheets] == [("Sheet1", ""), ("RKPD Prov Jateng", "another government's plan")]
    assert render(sheet_warnings(plan)[0], "id") == (
        "lembar 'RKPD Prov Jateng': berjudul Provinsi Jawa Tengah saja, sedangkan berkas ini rencana Kabupaten Semarang; 3 dari 3 kode "
        "kegiatan dan sub kegiatannya berdigit tingkat 1 (provinsi), bukan 2 (kabupaten/kota): rencana pemerintah lain, dilewati "
        "(9 baris); untuk membandingkannya, simpan sebagai berkas tersendiri"
    )


def test_a_title_naming_the_province_alone_is_enough_but_province_codes_alone_are_not(make_workbook):
    codeless = read_plan(str(kab_workbook(make_workbook, sheet(PROV_TITLE, PROVINSI, codes=False))))
    assert {item.ref.sheet for item in codeless.items} == {"Sheet1"} and sheet_warnings(codeless) == [skipped_message(WHY_TITLE, 9)]
    # an untitled sheet of level digit 1 codes: one agency's sheet of the kabupaten, its codes mistyped, is still read
    untitled = read_plan(str(kab_workbook(make_workbook, sheet([], PROVINSI), name="rkpd_2024.xlsx")))
    assert {item.ref.sheet for item in untitled.items} == {"Sheet1", "RKPD Prov Jateng"} and sheet_warnings(untitled) == []


def test_a_kabupatens_own_sheets_are_all_read_whatever_their_title_says_of_the_province(make_workbook):
    # its province named above its own name (rows without codes); the province's name alone over its own codes (level digit 2)
    above = sheet(["PEMERINTAH PROVINSI JAWA TENGAH", "BAPPEDA KABUPATEN SEMARANG", "TAHUN 2024"], education("2"), codes=False)
    # what the province funds, run by the kabupaten: the province named in a phrase, not as the plan's own
    funded = sheet(["KEGIATAN YANG DIDANAI BANTUAN KEUANGAN PROVINSI JAWA TENGAH", "TAHUN 2024"], education("2"), codes=False)
    for second in (above, sheet(PROV_TITLE, education("2")), funded):
        plan = read_plan(str(kab_workbook(make_workbook, second)))
        assert {item.ref.sheet for item in plan.items} == {"Sheet1", "RKPD Prov Jateng"} and sheet_warnings(plan) == []
    # one sheet is never set aside: it is the plan, whoever's it is
    alone = read_plan(str(make_workbook(sheet(PROV_TITLE, PROVINSI), name="kab_semarang_2024.xlsx")))
    assert len(alone.items) == 4 and sheet_warnings(alone) == []


def test_a_provinces_workbook_keeps_its_sheets(make_workbook):
    upt = sheet(["RENCANA KERJA UPT", "KABUPATEN SEMARANG", "TAHUN 2024"], education("1"))  # the province's own rows in one kabupaten
    for name in ("provinsi_jawa_tengah_2024.xlsx", "rkpd_2024.xlsx"):
        path = make_workbook(sheet(PROV_TITLE, PROVINSI), name=name, extra_sheets={"UPT Semarang": (upt, "visible")})
        plan = read_plan(str(path))
        assert {item.ref.sheet for item in plan.items} == {"Sheet1", "UPT Semarang"} and sheet_warnings(plan) == []
    # --level-of FILE=provinsi: a workbook named as a kabupaten's is the province's all the same
    plan = read_plan(str(kab_workbook(make_workbook, sheet(PROV_TITLE, PROVINSI))), level="provinsi")
    assert {item.ref.sheet for item in plan.items} == {"Sheet1", "RKPD Prov Jateng"}


def test_inspect_names_the_sheet_of_another_government(make_workbook):
    path = str(kab_workbook(make_workbook, sheet(PROV_TITLE, PROVINSI)))
    result = CliRunner().invoke(main, ["inspect", path, "--lang", "en"])
    assert result.exit_code == 0
    assert "  sheet 'RKPD Prov Jateng': 9 rows, skipped (another government's plan)" in result.output.splitlines()
    result = CliRunner().invoke(main, ["inspect", path])
    assert result.exit_code == 0
    assert "  lembar 'RKPD Prov Jateng': 9 baris, dilewati (rencana pemerintah lain)" in result.output.splitlines()
