"""A sheet of proposals (DPRD Pokir, Usulan ...) beside the plan is not the plan: it is set aside with a note."""

from __future__ import annotations

from syncheck.messages import render
from syncheck.models import Kind
from syncheck.readers import read_plan

PLAN_HEADER = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]
PLAN = [
    ["RKPD DAERAH ISTIMEWA YOGYAKARTA TAHUN 2025"], [], PLAN_HEADER,
    ["3.26.02", "PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA", None, 1_500_000_000, "DINAS PARIWISATA"],
    ["3.26.02.1.01", "Pengelolaan Daya Tarik Wisata Provinsi", None, 1_500_000_000, "DINAS PARIWISATA"],
    ["3.26.02.1.01.0001", "Penetapan Daya Tarik Wisata Provinsi", "Kapanewon Depok, Kab. Sleman", 900_000_000, "DINAS PARIWISATA"],
    ["3.26.02.1.01.0002", "Pengelolaan Daya Tarik Wisata Provinsi", "Kapanewon Prambanan, Kab. Sleman", 600_000_000, "DINAS PARIWISATA"],
]
POKIR = [
    ["DAFTAR USULAN POKOK-POKOK PIKIRAN DPRD DIY TAHUN 2025"],
    ["No", "Kode Sub Kegiatan", "Sub Kegiatan", "Uraian Usulan", "Lokasi", "Pengusul", "Pagu Usulan (Rp)"],
    [1, "3.26.02.1.01.0003", "Pengembangan Daya Tarik Wisata", "Bantuan sarana pokdarwis", "Kapanewon Depok", "Fraksi A (Dapil 3)", "Rp. 150.000.000,-"],
    [2, "3.26.02.1.01.0001", "Penetapan Daya Tarik Wisata Provinsi", "Papan nama", "Kapanewon Kalasan", "Fraksi B (Dapil 2)", "Rp. 50.000.000,-"],
]


def subs(plan):
    return [item for item in plan.items if item.kind is Kind.SUB_KEGIATAN]


def test_a_pokir_sheet_beside_the_plan_is_skipped_with_a_note(make_workbook):
    path = make_workbook(PLAN, name="provinsi_diy_2025.xlsx", title="RKPD 2025", extra_sheets={"Usulan Pokir": (POKIR, "visible")})
    plan = read_plan(str(path))
    assert [item.code.text for item in subs(plan)] == ["3.26.02.1.01.0001", "3.26.02.1.01.0002"]
    assert sum(item.budget for item in subs(plan)) == 1_500_000_000
    notes = [warning.message for warning in plan.warnings if "proposals" in warning.message]
    assert notes == ["sheet(s) 'Usulan Pokir' hold(s) proposals (Usulan, Pengusul, Pagu Usulan (Rp)), not the plan: skipped (4 rows)"]
    assert render(notes[0], "id").startswith("lembar 'Usulan Pokir' berisi usulan (Usulan, Pengusul")
    assert next(sheet for sheet in plan.sheets if sheet.name == "Usulan Pokir").skipped_reason == "proposals, not the plan"


def test_a_workbook_of_proposals_alone_is_read_and_says_so(make_workbook):
    path = make_workbook(POKIR, name="pokir_diy_2025.xlsx", title="Usulan Pokir")
    plan = read_plan(str(path), government="Provinsi DI Yogyakarta", level="provinsi")
    assert len(subs(plan)) == 2
    assert any(warning.message.startswith("sheet 'Usulan Pokir' holds proposals (Usulan, Pengusul") for warning in plan.warnings)


def test_a_hasil_musrenbang_plan_sheet_is_still_read(make_workbook):
    musrenbang = [["RKPD HASIL MUSRENBANG TAHUN 2025"], [], PLAN_HEADER,
                  ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", None, 2_000_000_000, "DINAS KESEHATAN"],
                  ["1.02.02.1.01", "Penyediaan Fasilitas Kesehatan", None, 2_000_000_000, "DINAS KESEHATAN"],
                  ["1.02.02.1.01.0001", "Pembangunan Rumah Sakit", "Kab. Bantul", 2_000_000_000, "DINAS KESEHATAN"]]
    path = make_workbook(PLAN, name="provinsi_diy_2025.xlsx", title="RKPD 2025", extra_sheets={"Hasil Musrenbang": (musrenbang, "visible")})
    plan = read_plan(str(path))
    assert len(subs(plan)) == 3 and not any("proposals" in warning.message for warning in plan.warnings)


def test_a_proposal_word_in_the_title_alone_sets_no_sheet_aside(make_workbook):
    # 'Usulan' in the title but no column only proposals have: a plan's sheet (a draft's 'usulan' stage)
    usulan = [["USULAN RKPD TAHUN 2025"], [], PLAN_HEADER, *PLAN[4:]]
    path = make_workbook(PLAN[:4], name="provinsi_diy_2025.xlsx", title="RKPD 2025", extra_sheets={"Usulan": (usulan, "visible")})
    plan = read_plan(str(path))
    assert not any("proposals" in warning.message for warning in plan.warnings)
