"""Overlaps whose kab/kota rows the province funds by Bantuan Keuangan Provinsi: one budget in both plans, said per pair."""

from __future__ import annotations

import pytest

from syncheck.group_totals import group_overlap_lines, group_totals
from syncheck.messages import render
from syncheck.models import Options
from syncheck.pipeline import compare
from syncheck.province_funded import funded_by_province



@pytest.mark.parametrize(
    ("funding", "transfer"),
    [("BANKEU PROVINSI", True), ("Bantuan Keuangan Provinsi", True), ("Bantuan Keuangan Khusus Pemprov Kalbar", True),
     ("BKK Provinsi", True), ("APBD", False), ("APBD Provinsi", False), ("Bantuan Keuangan Desa", False), ("DAK Fisik", False),
     ("Bankeu Desa", False), ("BANKEU KABUPATEN", False)],
)  # fmt: skip
def test_the_provinces_aid_is_told_from_other_sources(funding, transfer):
    assert funded_by_province(funding) is transfer


HEADER = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Sumber Dana"]


def road_plan(make_workbook, government: str, digit: str, location: str, funding: str) -> str:
    """A road plan with one sub kegiatan at ``location``, funded by ``funding``."""
    rows = [["RENCANA KERJA PEMERINTAH DAERAH"], [government.upper()], ["TAHUN 2025"], [], HEADER,
            ["1.03.10", "PROGRAM PENYELENGGARAAN JALAN", None, 750_000_000, None],
            [f"1.03.10.{digit}.01", "Penyelenggaraan Jalan", None, 750_000_000, None],
            [f"1.03.10.{digit}.01.0005", "Pembangunan Jalan", location, 750_000_000, funding]]  # fmt: skip
    return str(make_workbook(rows, name=government.lower().replace(" ", "_") + f"_{funding[:4].lower()}_2025.xlsx"))


@pytest.mark.parametrize(("funding", "noted"), [("BANKEU PROVINSI", True), ("APBD", False)])
def test_a_pair_whose_overlaps_the_province_funds_says_so(make_workbook, funding, noted):
    province = road_plan(make_workbook, "Provinsi Kalimantan Barat", "1", "Kab. Kubu Raya", "APBD")
    own = road_plan(make_workbook, "Kabupaten Kubu Raya", "2", "Kec. Sungai Raya", funding)
    result = compare([province, own], Options(workers=1, lang="en"))
    assert len(result.overlaps) == 1
    notes = [w.message for w in result.warnings if "Bantuan Keuangan" in w.message]
    if not noted:
        assert notes == []
        return
    assert notes == [
        "1 overlapping sub kegiatan row(s) of Kabupaten Kubu Raya are funded by Bantuan Keuangan Provinsi (Rp 750,000,000): "
        "that money is the province's own, passed on to the kab/kota, so those overlaps are one budget written in both plans "
        "rather than two levels funding the same thing"]
    assert render(notes[0], "id").startswith("1 baris sub kegiatan Kabupaten Kubu Raya yang tumpang tindih didanai Bantuan Keuangan Provinsi")


@pytest.mark.parametrize(("funding", "noted"), [("BANKEU PROVINSI", True), ("APBD", False)])
def test_the_province_budget_on_such_overlaps_is_counted_apart_in_the_sentence_sheet_and_json(make_workbook, tmp_path, funding, noted):
    import json

    import openpyxl
    from click.testing import CliRunner

    from syncheck.cli import main

    province = road_plan(make_workbook, "Provinsi Kalimantan Barat", "1", "Kab. Kubu Raya", "APBD")
    own = road_plan(make_workbook, "Kabupaten Kubu Raya", "2", "Kec. Sungai Raya", funding)
    out_json, out_xlsx = tmp_path / "hasil.json", tmp_path / "hasil.xlsx"
    done = CliRunner().invoke(main, ["compare", province, own, "--json", str(out_json), "-o", str(out_xlsx)])
    assert done.exit_code == 0, done.output
    line = ("Dari jumlah itu, Rp 750,0 juta berada pada sub kegiatan yang didanai Kabupaten Kubu Raya dengan Bantuan Keuangan "
            "Provinsi (satu anggaran yang tercantum di kedua rencana, bukan dua tingkat pemerintahan yang mendanai hal yang sama).")
    assert (line in done.output) is noted
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert [o["right_funded_by_province"] for o in data["overlaps"]] == [noted]
    total = data["overlap_totals"][0]
    assert total["left_budget"] == 750_000_000 and total["province_funded_budget"] == (750_000_000 if noted else 0)
    assert (line in total["sentence_id"]) is noted
    sheet = openpyxl.load_workbook(out_xlsx)["Tumpang Tindih"]
    column = [cell.value for cell in next(sheet.iter_cols(min_col=18, max_col=18))]
    assert column[:2] == ["Baris kanan didanai Bantuan Keuangan Provinsi", "Ya" if noted else None]


@pytest.mark.parametrize(("funding", "noted"), [("BANKEU PROVINSI", True), ("APBD", False)])
def test_the_province_wide_overlap_says_its_part_the_province_funds(make_workbook, funding, noted):
    province = road_plan(make_workbook, "Provinsi Kalimantan Barat", "1", "Kab. Kubu Raya", "APBD")
    own = road_plan(make_workbook, "Kabupaten Kubu Raya", "2", "Kec. Sungai Raya", funding)
    other = road_plan(make_workbook, "Kabupaten Sambas", "2", "Kec. Pemangkat", "APBD")
    result = compare([province, own, other], Options(workers=1))
    group = ("Dari jumlah itu, Rp 750,0 juta berada pada sub kegiatan yang didanai kabupaten/kota dengan Bantuan Keuangan "
             "Provinsi (satu anggaran yang tercantum di kedua rencana, bukan dua tingkat pemerintahan yang mendanai hal yang sama).")
    assert (group in group_overlap_lines(group_totals(result)[0], "id")) is noted
