"""Each agency's support program (X.XX.01) when the rows carry no codes, with and without a nomenclature master."""

from __future__ import annotations

import pytest

from syncheck.codes import parse_code
from syncheck.identify import identify_plan
from syncheck.models import Item, Kind, Level, Options, Plan, Relation, SourceRef
from syncheck.nomenclature_load import load_master
from syncheck.pipeline import compare

from support import build_workbook

SUPPORT_PROV = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI"
SUPPORT_KAB = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
KEUANGAN = "Administrasi Keuangan Perangkat Daerah"
GAJI = "Penyediaan Gaji dan Tunjangan ASN"
UPAYA = "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT"
JALAN = "PROGRAM PENYELENGGARAAN JALAN"
PENDIDIKAN = "PROGRAM PENGELOLAAN PENDIDIKAN"
MASTER = f"""kind,code,name,level,parent_code,status
program,X.XX.01,{SUPPORT_PROV},provinsi,X.XX,aktif
kegiatan,X.XX.01.1.02,{KEUANGAN},provinsi,X.XX.01,aktif
sub_kegiatan,X.XX.01.1.02.01,{GAJI},provinsi,X.XX.01.1.02,aktif
program,X.XX.01,{SUPPORT_KAB},kabkota,X.XX,aktif
kegiatan,X.XX.01.2.02,{KEUANGAN},kabkota,X.XX.01,aktif
sub_kegiatan,X.XX.01.2.02.01,{GAJI},kabkota,X.XX.01.2.02,aktif
program,1.02.02,{UPAYA},semua,1.02,aktif
program,1.03.10,{JALAN},semua,1.03,aktif
program,1.01.02,{PENDIDIKAN},semua,1.01,aktif
program,1.04.02,PROGRAM PENGEMBANGAN PERUMAHAN,semua,1.04,aktif
program,1.04.03,PROGRAM KAWASAN PERMUKIMAN,semua,1.04,aktif
program,1.04.04,PROGRAM PERUMAHAN DAN KAWASAN PERMUKIMAN KUMUH,semua,1.04,aktif
program,1.05.02,PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM,semua,1.05,aktif
program,1.05.03,PROGRAM PENANGGULANGAN BENCANA,semua,1.05,aktif
program,1.05.04,PROGRAM PENANGGULANGAN KEBAKARAN,semua,1.05,aktif
program,1.06.02,PROGRAM PEMBERDAYAAN SOSIAL,semua,1.06,aktif
program,1.06.03,PROGRAM PENANGANAN WARGA NEGARA MIGRAN KORBAN TINDAK KEKERASAN,semua,1.06,aktif
program,1.06.04,PROGRAM REHABILITASI SOSIAL,semua,1.06,aktif
program,1.06.05,PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL,semua,1.06,aktif
program,1.06.06,PROGRAM PENANGANAN BENCANA,semua,1.06,aktif
"""
HEADER = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]


def province_rows(agency: str, bidang: str, program: str, number: str = "02") -> list[list[object]]:
    return [
        [f"{bidang}.01", SUPPORT_PROV, None, 100, agency],
        [f"{bidang}.01.1.02", KEUANGAN, None, 100, agency],
        [f"{bidang}.01.1.02.01", GAJI, "Kota Contoh", 100, agency],
        [f"{bidang}.{number}", program, None, 50, agency],
    ]


def city_rows(agency: str, program: str | None) -> list[list[object]]:
    """A hand-made agency block: no codes at all."""
    rows = [[None, SUPPORT_KAB, None, 10, agency], [None, KEUANGAN, None, 10, agency], [None, GAJI, "Kota Contoh", 10, agency]]
    return rows + ([[None, program, None, 5, agency]] if program else [])


def run(tmp_path, province: list[list[object]], city: list[list[object]], master: bool = False):
    left = build_workbook(tmp_path / "provinsi_contoh_2024.xlsx", [["RENCANA KERJA PEMERINTAH DAERAH"], ["PROVINSI CONTOH"], ["TAHUN 2024"], [], HEADER, *province])
    right = build_workbook(tmp_path / "kota_contoh_2024.xlsx", [["RENCANA KERJA PEMERINTAH DAERAH"], ["KOTA CONTOH"], ["TAHUN 2024"], [], HEADER, *city])
    options = Options(workers=1)
    if master:
        path = tmp_path / "nomenklatur.csv"
        path.write_text(MASTER, encoding="utf-8")
        options = Options(workers=1, nomenclature_path=str(path))
    return compare([str(left), str(right)], options)


def support_links(result) -> list[tuple[str, str, Relation]]:
    """(kind, province code, relation) of every link made to a city row of the support program's subtree."""
    names = {SUPPORT_KAB, KEUANGAN, GAJI}
    return sorted((link.kind.value, link.left.code_text, link.relation) for link in result.links if link.right.name in names)


HEALTH_LINKS = [("kegiatan", "1.02.01.1.02", Relation.IDENTICAL), ("program", "1.02.01", Relation.IDENTICAL),
                ("sub_kegiatan", "1.02.01.1.02.01", Relation.IDENTICAL)]


@pytest.mark.parametrize("master", [False, True])
def test_a_codeless_support_program_links_within_its_agencys_bidang_with_or_without_a_master(tmp_path, master):
    province = province_rows("DINAS KESEHATAN", "1.02", UPAYA) + province_rows("DINAS PENDIDIKAN", "1.01", PENDIDIKAN)
    result = run(tmp_path, province, city_rows("DINAS KESEHATAN", UPAYA), master)
    relation = Relation.IDENTICAL if master else Relation.SIMILAR
    # the master's X.XX.01 is written under the agency's bidang (1.02, from its identified program), never 'X.XX'
    assert support_links(result) == [(kind, code, relation) for kind, code, _ in HEALTH_LINKS]


@pytest.mark.parametrize("master", [False, True])
def test_a_support_program_alone_in_its_agency_falls_back_to_the_agency_name_with_a_master_too(tmp_path, master):
    province = province_rows("DINAS KESEHATAN", "1.02", UPAYA) + province_rows("DINAS PENDIDIKAN", "1.01", PENDIDIKAN)
    result = run(tmp_path, province, city_rows("DINAS KESEHATAN", None), master)
    (program,) = [link for link in result.links if link.kind is Kind.PROGRAM]
    assert (program.left.code_text, program.relation) == ("1.02.01", Relation.SIMILAR)
    assert program.reason.startswith("support program of the same agency (DINAS KESEHATAN)")


def test_agencies_named_apart_link_through_the_bidang_of_their_other_programs(tmp_path):
    province = province_rows("DINAS PEKERJAAN UMUM BINA MARGA", "1.03", JALAN, "10") + province_rows("DINAS PENDIDIKAN", "1.01", PENDIDIKAN)
    result = run(tmp_path, province, city_rows("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "Program Penyelenggaraan Jalan"))
    assert support_links(result) == [("kegiatan", "1.03.01.1.02", Relation.SIMILAR), ("program", "1.03.01", Relation.SIMILAR),
                                     ("sub_kegiatan", "1.03.01.1.02.01", Relation.SIMILAR)]
    (program,) = [link for link in result.links if link.kind is Kind.PROGRAM and link.left.code_text == "1.03.01"]
    assert program.reason == ("support program of the same bidang urusan (1.03); "
                              "right agency's bidang read from its programs named as in the other plan")


def test_a_mistyped_program_name_still_tells_the_agencys_bidang(tmp_path):
    province = province_rows("DINAS PEKERJAAN UMUM BINA MARGA", "1.03", JALAN, "10")
    result = run(tmp_path, province, city_rows("DINAS PUPR", "PROGRAM PENYELENGARAAN JALAN"))
    assert ("program", "1.03.01", Relation.SIMILAR) in support_links(result)


def test_support_programs_of_different_bidang_stay_apart(tmp_path):
    # the city's health office is named apart from the province's; its program says 1.02, so not the education office's
    province = province_rows("DINAS PENDIDIKAN", "1.01", PENDIDIKAN) + province_rows("DINAS KESEHATAN PROVINSI", "1.02", UPAYA)
    result = run(tmp_path, province, city_rows("DINKES", UPAYA))
    assert [code for kind, code, _ in support_links(result) if kind == "program"] == ["1.02.01"]


def test_an_agency_of_unknown_bidang_and_another_name_is_not_linked(tmp_path):
    province = province_rows("DINAS PENDIDIKAN", "1.01", PENDIDIKAN)
    assert support_links(run(tmp_path, province, city_rows("DINAS KESEHATAN", None))) == []


def test_a_tie_between_two_bidang_says_nothing(tmp_path):
    # a merged agency running one program of each of two bidang: its support program belongs to neither for sure
    province = province_rows("DINAS A", "1.02", UPAYA) + province_rows("DINAS B", "1.01", PENDIDIKAN)
    city = city_rows("DINAS GABUNGAN", UPAYA) + [[None, PENDIDIKAN, None, 5, "DINAS GABUNGAN"]]
    assert support_links(run(tmp_path, province, city)) == []


def test_agency_names_alike_once_level_and_place_words_are_set_aside(tmp_path):
    province = province_rows("DINAS KESEHATAN PROVINSI CONTOH", "1.02", UPAYA) + province_rows("DINAS PENDIDIKAN PROVINSI CONTOH", "1.01", PENDIDIKAN)
    result = run(tmp_path, province, city_rows("DINAS KESEHATAN KOTA CONTOH", None))
    (program,) = [link for link in result.links if link.kind is Kind.PROGRAM]
    assert (program.left.code_text, program.relation) == ("1.02.01", Relation.SIMILAR)
    assert program.reason == ("support program of agencies named alike once level and place words are set aside "
                              "(DINAS KESEHATAN PROVINSI CONTOH / DINAS KESEHATAN KOTA CONTOH)")


def test_a_codeless_support_program_takes_the_bidang_of_its_agencys_coded_rows(tmp_path):
    province = province_rows("DINAS KESEHATAN", "1.02", UPAYA) + province_rows("DINAS PENDIDIKAN", "1.01", PENDIDIKAN)
    city = city_rows("DINKES KOTA", None) + [["1.02.02", UPAYA, None, 5, "DINKES KOTA"]]
    (program,) = [link for link in run(tmp_path, province, city).links if link.kind is Kind.PROGRAM and link.right.name == SUPPORT_KAB]
    assert program.left.code_text == "1.02.01"
    assert program.reason == "support program of the same bidang urusan (1.02); right agency's bidang read from its other coded rows"


def test_identify_writes_the_support_identity_under_the_bidang_the_agencys_other_rows_are_identified_in(tmp_path):
    path = tmp_path / "nomenklatur.csv"
    path.write_text(MASTER, encoding="utf-8")
    ref = lambda row: SourceRef("kota_contoh_2024.xlsx", "S", row)  # noqa: E731
    items = (Item(ref(1), Kind.PROGRAM, SUPPORT_KAB, agency="DINAS KESEHATAN"),
             Item(ref(2), Kind.KEGIATAN, KEUANGAN, agency="DINAS KESEHATAN", parent=ref(1)),
             Item(ref(3), Kind.PROGRAM, UPAYA, agency="DINAS KESEHATAN"),
             Item(ref(4), Kind.PROGRAM, SUPPORT_KAB, agency="DINAS LAIN"))
    plan = Plan("kota_contoh_2024.xlsx", "", "", "Kota Contoh", Level.KOTA, 2024, (), items, (), (), len(items))
    codes = [item.official_code.text for item in identify_plan(plan, load_master(str(path))).items]
    # an agency whose bidang nothing tells keeps the list's placeholder
    assert codes == ["1.02.01", "1.02.01.2.02", "1.02.02", "X.XX.01"]
    assert parse_code(codes[0]) is not None


def test_two_agencies_of_one_bidang_run_two_support_programs(tmp_path):
    # PU Bina Marga and PU Sumber Daya Air both write 1.03.01: each agency's support program is its own item
    province = province_rows("DINAS PU BINA MARGA", "1.03", JALAN, "10") + province_rows("DINAS PU SUMBER DAYA AIR", "1.03", JALAN, "10")
    result = run(tmp_path, province, city_rows("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "Program Penyelenggaraan Jalan"))
    totals = {summary.kind: summary.left_total for summary in result.summaries}
    # (one program 1.03.10 run by both is still one item: only the support program is each agency's own)
    assert totals == {Kind.PROGRAM: 3, Kind.KEGIATAN: 2, Kind.SUB_KEGIATAN: 2}
