"""A code typed with a letter O for a zero ('1.O2.02.1.03.0001') is read with the zero, with one note per sheet (rt41 F5)."""

from __future__ import annotations

from syncheck.codes import parse_cell_code, parse_code, split_glued
from syncheck.messages import render
from syncheck.models import Kind, Relation
from syncheck.pipeline import compare
from syncheck.readers import read_plan

HEADER = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]
AGENCY = "DINAS KESEHATAN"


def plan_rows(government: str, digit: str, codes: list[str]) -> list[list[object]]:
    """A health program, one kegiatan and two sub kegiatan in Kota Padang, their codes written as given."""
    names = ["PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
             "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
             "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Pengelolaan Pelayanan Kesehatan Ibu Bersalin"]  # fmt: skip
    places, budgets = [None, None, "Kec. Koto Tangah, Kota Padang", "Kec. Kuranji, Kota Padang"], [300, 300, 100, 200]
    body = [[code.format(digit), name, place, budget, AGENCY] for code, name, place, budget in zip(codes, names, places, budgets)]
    return [["RENCANA KERJA PEMERINTAH DAERAH"], [government], ["TAHUN 2023"], [], HEADER, *body]


CODES = ["1.02.02", "1.02.02.{}.02", "1.02.02.{}.02.0001", "1.02.02.{}.02.0002"]


def test_a_letter_o_in_a_code_shaped_cell_is_a_zero():
    assert parse_cell_code("1.O2.02.1.03.0001").text == "1.02.02.1.03.0001"
    assert parse_cell_code("1.o2.02.2.O1").text == "1.02.02.2.01" and parse_code("'1.02.O2").text == "1.02.02"
    assert parse_cell_code("X.XX.01").text == "X.XX.01" and parse_cell_code("O.OO") is None
    assert parse_cell_code("Obat") is None and split_glued("1.02.02 Operasional Posyandu")[1] == "Operasional Posyandu"


def test_a_plan_with_letter_o_codes_reads_them_with_one_note_and_links_them_identical(make_workbook):
    lettered = ["1.O2.02", "1.02.O2.{}.02", "1.02.02.{}.02.0001", "1.02.02.{}.O2.OOO2"]
    province = str(make_workbook(plan_rows("PROVINSI SUMATERA BARAT", "1", lettered), name="provinsi_sumatera_barat_2023.xlsx"))
    plan = read_plan(province)
    assert [item.code_text for item in plan.items] == ["1.02.02", "1.02.02.1.02", "1.02.02.1.02.0001", "1.02.02.1.02.0002"]
    assert [render(finding.message, "en") for finding in plan.warnings] == [
        "3 code(s) were typed with a letter O for a zero or a comma for a dot (such as '1.O2.02'): read as the code meant; first on row 6"]
    assert [render(finding.message, "id") for finding in plan.warnings] == [
        "3 kode diketik dengan huruf O sebagai angka nol atau koma sebagai titik (mis. '1.O2.02'): dibaca sebagai kode yang dimaksud; "
        "yang pertama di baris 6"]
    kota = str(make_workbook(plan_rows("KOTA PADANG", "2", CODES), name="kota_padang_2023.xlsx"))
    result = compare([province, kota])
    subs = [(link.left.code_text, link.relation) for link in result.links if link.kind is Kind.SUB_KEGIATAN]
    assert subs == [("1.02.02.1.02.0001", Relation.IDENTICAL), ("1.02.02.1.02.0002", Relation.IDENTICAL)]
    assert len(result.overlaps) == 2


def test_a_comma_for_a_dot_in_a_code_of_several_parts_is_a_dot():
    assert parse_cell_code("1,02.02").text == "1.02.02" and parse_cell_code("2.09,01.2.06.0002").text == "2.09.01.2.06.0002"
    assert parse_cell_code("1,O2.02.2.01.0001").text == "1.02.02.2.01.0001"
    assert parse_cell_code("2,01").text == "2.01"  # (a split code's kegiatan piece Excel wrote in an Indonesian locale)


def test_a_plan_with_comma_codes_reads_them_with_one_note(make_workbook):
    commas = ["1,02.02", "1.02.02.{}.02", "1.02,02.{}.02.0001", "1.02.02.{}.02.0002"]
    plan = read_plan(str(make_workbook(plan_rows("KOTA PADANG", "2", commas), name="kota_padang_2023.xlsx")))
    assert [item.code_text for item in plan.items] == ["1.02.02", "1.02.02.2.02", "1.02.02.2.02.0001", "1.02.02.2.02.0002"]
    assert [render(finding.message, "en") for finding in plan.warnings] == [
        "2 code(s) were typed with a letter O for a zero or a comma for a dot (such as '1,02.02'): read as the code meant; first on row 6"]
