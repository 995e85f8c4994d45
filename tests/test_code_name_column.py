"""A plan with one 'Kode dan Nama' column (code and name glued in one cell, no name column): a quote before the code, and
rows whose cell holds the name alone (rt41 F1)."""

from __future__ import annotations

import pytest

from syncheck.codes import split_glued
from syncheck.models import Kind
from syncheck.pipeline import compare
from syncheck.readers import read_plan

AGENCY = "DINAS KESEHATAN"
PROGRAM = ("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT")
KEGIATAN = ("1.02.02.{}.03", "Pengelolaan Sistem Informasi Kesehatan")
SUB_1 = ("1.02.02.{}.03.0001", "Pengelolaan Data dan Informasi Kesehatan")
SUB_2 = ("1.02.02.{}.03.0002", "Pengelolaan Sistem Informasi Kesehatan")


def province(make_workbook) -> str:
    """A province plan with a code and a name column, both sub kegiatan in Kec. Guguk Panjang of Kota Bukittinggi."""
    rows = [["RENCANA KERJA PEMERINTAH DAERAH"], ["PROVINSI SUMATERA BARAT"], ["TAHUN 2023"], [],
            ["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"],
            [PROGRAM[0], PROGRAM[1], None, 500, AGENCY], [KEGIATAN[0].format(1), KEGIATAN[1], None, 500, AGENCY],
            [SUB_1[0].format(1), SUB_1[1], "Kec. Guguk Panjang, Kota Bukittinggi", 200, AGENCY],
            [SUB_2[0].format(1), SUB_2[1], "Kec. Guguk Panjang, Kota Bukittinggi", 300, AGENCY]]  # fmt: skip
    return str(make_workbook(rows, name="provinsi_sumatera_barat_2023.xlsx"))


def glued_plan(make_workbook, label: str, first_sub: str, second_sub: str) -> str:
    """A kota plan whose one code column (labelled ``label``) holds code and name together, its sub kegiatan cells as given."""
    rows = [["RENCANA KERJA PEMERINTAH DAERAH"], ["KOTA BUKITTINGGI"], ["TAHUN 2023"], [],
            [label, "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"],
            [f"{PROGRAM[0]} {PROGRAM[1]}", None, 700, AGENCY], [f"{KEGIATAN[0].format(2)} {KEGIATAN[1]}", None, 700, AGENCY],
            [first_sub, "Kec. Guguk Panjang", 400, AGENCY], [second_sub, "Kec. Guguk Panjang", 300, AGENCY]]  # fmt: skip
    return str(make_workbook(rows, name="kota_bukittinggi_2023.xlsx"))


@pytest.mark.parametrize("quote", ["'", "\u2018", "\u2019", "`"])
def test_a_quote_before_a_code_glued_to_its_name_is_no_part_of_it(quote):
    code, name = split_glued(f"{quote}1.02.02.2.03.0001 Pengelolaan Data dan Informasi Kesehatan")
    assert (code.text, name) == ("1.02.02.2.03.0001", "Pengelolaan Data dan Informasi Kesehatan")
    assert split_glued("'Pengelolaan Data") == (None, "'Pengelolaan Data")


def test_a_glued_cell_typed_with_an_apostrophe_before_its_code_is_read(make_workbook):
    path = glued_plan(make_workbook, "Kode dan Nama Program/Kegiatan/Sub Kegiatan",
                      f"'{SUB_1[0].format(2)} {SUB_1[1]}", f"\u2018{SUB_2[0].format(2)} {SUB_2[1]}")
    plan = read_plan(path)
    assert [(item.kind, item.code_text, item.name) for item in plan.items[2:]] == [
        (Kind.SUB_KEGIATAN, "1.02.02.2.03.0001", SUB_1[1]), (Kind.SUB_KEGIATAN, "1.02.02.2.03.0002", SUB_2[1])]
    assert plan.warnings == ()


@pytest.mark.parametrize("label", ["Kode dan Nama Program/Kegiatan/Sub Kegiatan", "Kode / Uraian", "Kode"])
def test_a_name_without_a_code_in_a_code_and_name_column_is_a_codeless_item(make_workbook, label):
    # 'Kode' alone: the column holds glued codes and names on most rows
    kota = glued_plan(make_workbook, label, f"{SUB_1[0].format(2)} {SUB_1[1]}", SUB_2[1])
    plan = read_plan(kota)
    assert [(item.kind, item.code_text, item.name) for item in plan.items[2:]] == [
        (Kind.SUB_KEGIATAN, "1.02.02.2.03.0001", SUB_1[1]), (Kind.SUB_KEGIATAN, "", SUB_2[1])]
    assert [finding.message for finding in plan.warnings] == ["row has no code; read as sub kegiatan from its place in the table"]
    assert plan.items[3].parent.row == 7
    result = compare([province(make_workbook), kota])
    subs = {(link.left.code_text, link.right.name) for link in result.links if link.kind is Kind.SUB_KEGIATAN and link.relation.value != "review"}
    assert ("1.02.02.1.03.0002", SUB_2[1]) in subs
    assert sorted((overlap.left.code_text, overlap.right_budget) for overlap in result.overlaps) == [
        ("1.02.02.1.03.0001", 400), ("1.02.02.1.03.0002", 300)]


def test_a_text_in_a_code_column_beside_a_name_column_is_no_name(make_workbook):
    rows = [["RENCANA KERJA PEMERINTAH DAERAH"], ["KOTA BUKITTINGGI"], ["TAHUN 2023"], [],
            ["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)"],
            [PROGRAM[0], PROGRAM[1], None, 300], [KEGIATAN[0].format(2), KEGIATAN[1], None, 300],
            ["Pengelolaan Sistem Informasi", None, "Kec. Guguk Panjang", 300]]  # fmt: skip
    plan = read_plan(str(make_workbook(rows)))
    assert len(plan.items) == 2 and "no item name" in plan.warnings[0].message
