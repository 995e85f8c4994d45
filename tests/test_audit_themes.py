"""Themes: which items fund them (keywords, codes, parents, vetoes), and where a government stops."""

from __future__ import annotations

import pytest

from audit_support import write_plan
from syncheck.audit_models import Theme, ThemeGap, ThemeYear, YearPlan
from syncheck.errors import AuditFileError
from syncheck.models import Level
from syncheck.readers import read_plan
from syncheck.themes import find_gaps, find_hits, load_themes, theme_years

ROWS = [
    ["2.08.02", "PROGRAM PENGARUS UTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN", None, 300, "DP3A"],
    [None, "Pelembagaan Pengarusutamaan Gender (PUG) pada Lembaga Pemerintah Kewenangan Kabupaten/Kota", None, 300, "DP3A"],
    ["2.08.02.2.01.01", "Koordinasi dan Sinkronisasi Perumusan Kebijakan Pelaksanaan PUG", "Kab", 200, "DP3A"],
    ["2.08.02.2.01.03", "Advokasi Kebijakan dan Pendampingan", "Kab", 100, "DP3A"],
    ["1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN", None, 70, "DISDIK"],
    ["1.01.02.2.02", "Pengelolaan Pendidikan Anak Usia Dini (PAUD)", None, 70, "DISDIK"],
    ["1.01.02.2.02.01", "Pembangunan Gedung PAUD", "Kab", 70, "DISDIK"],
    ["2.18.02", "PROGRAM PENGEMBANGAN IKLIM PENANAMAN MODAL", None, 40, "DPMPTSP"],
    ["2.18.02.2.01", "Penetapan Pemberian Fasilitas/Insentif", None, 40, "DPMPTSP"],
    ["2.18.02.2.01.01", "Penyusunan Kebijakan Pemberian Insentif", "Kab", 40, "DPMPTSP"],
    ["1.05.03", "PROGRAM PENANGGULANGAN BENCANA", None, 90, "BPBD"],
    ["1.05.03.2.02", "Pencegahan dan Kesiapsiagaan Bencana", None, 90, "BPBD"],
    ["1.05.03.2.02.02", "Pelatihan Pencegahan dan Mitigasi Bencana Kabupaten/Kota", "Kab", 50, "BPBD"],
    ["1.05.03.2.02.09", "Adaptasi Perubahan Iklim di Desa Rawan Banjir", "Kab", 40, "BPBD"],
    ["1.06.05", "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL", None, 25, "DINSOS"],
    ["1.06.05.2.02", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", None, 25, "DINSOS"],
]


@pytest.fixture
def hits(make_workbook):
    plan = read_plan(write_plan(make_workbook, "Kabupaten Contoh", 2024, ROWS))
    return find_hits(YearPlan(2024, plan.label, plan.level, plan), load_themes())


def _hits(hits, theme):
    return [(hit.item.name, hit.matched, hit.budget) for hit in hits if hit.theme == theme]


def test_gender_by_code_keyword_and_parent_never_by_anak(hits):
    assert _hits(hits, "gender") == [
        ("Koordinasi dan Sinkronisasi Perumusan Kebijakan Pelaksanaan PUG", "code 2.08.02", 200),
        ("Advokasi Kebijakan dan Pendampingan", "code 2.08.02", 100),
    ]


def test_climate_keyword_with_veto_and_no_investment_climate(hits):
    assert _hits(hits, "climate") == [("Adaptasi Perubahan Iklim di Desa Rawan Banjir", "name: perubahan iklim", 40)]


def test_poverty_on_a_kegiatan_without_sub_kegiatan_counts_the_kegiatan(hits):
    assert _hits(hits, "poverty") == [("Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "name: miskin", 25)]
    assert _hits(hits, "stunting") == []


def test_theme_years_count_distinct_items_and_budget(hits, make_workbook):
    plan = read_plan(write_plan(make_workbook, "Kabupaten Contoh", 2024, ROWS))
    year_plan = YearPlan(2024, plan.label, plan.level, plan)
    rows = {row.theme: (row.present, row.items, row.budget) for row in theme_years([year_plan], load_themes(), hits)}
    assert rows == {"gender": (True, 2, 300), "stunting": (False, 0, 0), "poverty": (True, 1, 25), "climate": (True, 1, 40)}


def test_parent_keyword_reaches_codeless_children(make_workbook):
    rows = [["3.28.03", "PROGRAM PENGELOLAAN HUTAN", None, 10, "DLHK"],
            [None, "Pengembangan Perhutanan Sosial", None, 10, "DLHK"],
            [None, "Fasilitasi Kelompok Tani Hutan", "Kab", 10, "DLHK"]]
    plan = read_plan(write_plan(make_workbook, "Provinsi Contoh", 2024, rows))
    found = find_hits(YearPlan(2024, plan.label, plan.level, plan), load_themes())
    assert [(h.theme, h.item.name, h.matched) for h in found] == [
        ("climate", "Fasilitasi Kelompok Tani Hutan", "kegiatan: perhutanan sosial")]


def _row(year: int, items: int, theme: str = "gender", government: str = "Kabupaten Contoh") -> ThemeYear:
    return ThemeYear(theme, government, Level.KABUPATEN, year, items, items * 10)


def test_gap_that_resumes_and_gap_that_does_not():
    rows = [_row(2021, 2), _row(2022, 0), _row(2023, 0), _row(2024, 1), _row(2025, 0)]
    assert find_gaps(rows) == [
        ThemeGap("gender", "Kabupaten Contoh", Level.KABUPATEN, 2021, (2022, 2023), 2024),
        ThemeGap("gender", "Kabupaten Contoh", Level.KABUPATEN, 2024, (2025,), None),
    ]


def test_never_funded_or_starting_later_is_no_gap():
    assert find_gaps([_row(2023, 0), _row(2024, 0), _row(2025, 0)]) == []
    assert find_gaps([_row(2023, 0), _row(2024, 3), _row(2025, 3)]) == []


def test_a_missing_year_is_not_an_absence():
    assert find_gaps([_row(2023, 1), _row(2025, 1)]) == []


def test_theme_file_errors_name_the_file(tmp_path):
    path = tmp_path / "tema.toml"
    path.write_text('[sanitasi]\nlabel_id = "Sanitasi"\n', encoding="utf-8")
    with pytest.raises(AuditFileError) as caught:
        load_themes(str(path))
    assert str(caught.value) == "tema.toml: theme 'sanitasi' has neither keywords nor codes"
    path.write_text('[sanitasi]\ncodes = ["1.03.x9"]\n', encoding="utf-8")
    with pytest.raises(AuditFileError) as caught:
        load_themes(str(path))
    assert str(caught.value) == "tema.toml: theme 'sanitasi': '1.03.x9' is not a nomenclature code"


def test_a_theme_file_replaces_the_defaults(tmp_path):
    path = tmp_path / "tema.toml"
    path.write_text('[sanitasi]\nlabel_id = "Sanitasi"\nkeywords = ["air limbah"]\ncodes = ["1.03.03"]\n', encoding="utf-8")
    assert load_themes(str(path)) == (Theme("sanitasi", "Sanitasi", "Sanitasi", ("air limbah",), ("1.03.03",), ()),)


def test_default_themes_are_the_documented_ids():
    assert [theme.id for theme in load_themes()] == ["gender", "stunting", "poverty", "climate"]


def test_stunting_counts_nutrition_services_not_food_consumption_targets(make_workbook):
    rows = [["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", None, 30, "DINKES"],
            ["1.02.02.2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan", None, 30, "DINKES"],
            ["1.02.02.2.02.15", "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat", "Kab", 30, "DINKES"],
            ["2.09.03", "PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT", None, 20, "DKP"],
            ["2.09.03.2.04", "Pelaksanaan Pencapaian Target Konsumsi Pangan Perkapita/Tahun sesuai dengan Angka Kecukupan Gizi", None, 20, "DKP"],
            ["2.09.03.2.04.01", "Penyusunan Peta Ketahanan Pangan", "Kab", 20, "DKP"]]
    plan = read_plan(write_plan(make_workbook, "Kabupaten Contoh", 2024, rows))
    found = find_hits(YearPlan(2024, plan.label, plan.level, plan), load_themes())
    assert [(h.theme, h.item.name, h.matched) for h in found] == [
        ("stunting", "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat", "name: gizi")]
