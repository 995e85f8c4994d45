"""A location cell that writes an amount after each place ('Kota Malang: Rp 1.000.000.000; Kota Batu: Rp 2.000.000.000'):
no amount becomes part of a place's name, and amounts adding up to the row's budget are its amount per place, as place
rows under it would be (rt34 F1)."""

from __future__ import annotations

import pytest

from syncheck.cell_amounts import cell_place_budgets
from syncheck.messages import render
from syncheck.places import parse_location
from syncheck.readers import read_plan
from syncheck.report import result_to_json
from test_place_budgets import AGENCY, BN, PROVINCE, ROAD, plan_rows, run

BOTH = "Kota Malang: Rp 1.000.000.000; Kota Batu: Rp 2.000.000.000"


def regions(text: str) -> list[tuple[str, str]]:
    """The kab/kota a location cell names, as (level, name)."""
    return [(region.level, region.name) for part in parse_location(text) for region in part.regions]


@pytest.mark.parametrize("text", [
    "Kota Bandung: Rp 7.599.000.000; Kab. Bandung Barat: Rp 1.301.000.000",
    "Kota Bandung = 7.599.000.000; Kab. Bandung Barat = 1.301.000.000",
    "Kota Bandung (Rp 7.599.000.000), Kab. Bandung Barat (Rp 1.301.000.000)",
    "Kota Bandung 1,5 M, Kab. Bandung Barat 500 jt",
    "Kota Bandung Rp. 1.000.000,-, Kab. Bandung Barat IDR 1.250.000.000,00",
    "Kota Bandung Rp, Kab. Bandung Barat",
])  # fmt: skip
def test_no_amount_and_no_rp_is_part_of_a_place_name(text):
    assert regions(text) == [("kota", "bandung"), ("kabupaten", "bandung barat")]


def test_numbers_that_are_no_money_stay_as_they_were():
    assert [part.text for part in parse_location("27 Kabupaten/Kota")] == ["27 Kabupaten/Kota"]
    assert [part.text for part in parse_location("Kec. Klojen: 3 lokasi")] == ["Kec. Klojen: 3 lokasi"]


@pytest.mark.parametrize("text, budget, parts", [
    (BOTH, 3 * BN, (("Kota Malang", BN), ("Kota Batu", 2 * BN))),
    ("Kota Malang (Rp 1.000.000.000), Kota Batu (Rp 2.000.000.000)", 3 * BN, (("Kota Malang", BN), ("Kota Batu", 2 * BN))),
    ("Kota Malang = 1 M dan Kota Batu = 2 M.", 3 * BN, (("Kota Malang", BN), ("Kota Batu", 2 * BN))),
    ("Kota Malang: 1.000.000; Kota Batu: 2.000.000", 3 * BN, (("Kota Malang", BN), ("Kota Batu", 2 * BN))),  # the table's unit, Rp 1.000
    ("Kota Malang, Kota Batu: Rp 3.000.000.000", 3 * BN, ()),  # one amount for both: no split
    ("Kota Malang: Rp 3.000.000.000", 3 * BN, ()),  # one place: its amount is the row's
    ("Kota Malang: Rp 1.000.000.000; Kota Batu", BN, ()),  # a place without its amount
])  # fmt: skip
def test_a_cell_amount_per_place_adding_up_to_the_budget_is_the_split(text, budget, parts):
    assert cell_place_budgets(text, budget, 1000) == (parts, None)


def test_amounts_that_do_not_add_up_give_no_split_and_say_so():
    parts, problem = cell_place_budgets(BOTH, 4 * BN)
    assert parts == ()
    assert render(problem, "en") == ("the amounts the location cell gives per place (Rp 3,000,000,000 in all) do not add up to the row's "
                                     "budget (Rp 4,000,000,000): the whole budget is counted in each kab/kota the cell names")
    assert "tidak sama dengan pagu baris (Rp 4.000.000.000)" in render(problem, "id")


def province_sub(make_workbook, location: str, budget: int):
    """The one sub kegiatan of a province plan whose location cell is ``location``, and the plan's warnings."""
    rows = plan_rows(PROVINCE, "1", [["1.03.10.1.01.05", ROAD, location, budget, AGENCY]], budget)
    plan = read_plan(str(make_workbook(rows, name="provinsi_jawa_timur_2024.xlsx")))
    (found,) = [item for item in plan.items if item.kind.value == "sub_kegiatan"]
    return found, [render(warning.message, "en") for warning in plan.warnings]


def test_the_reader_keeps_the_cell_amounts_as_the_place_budgets(make_workbook):
    item, warnings = province_sub(make_workbook, BOTH, 3 * BN)
    assert (item.location, item.budget, item.place_budgets) == (BOTH, 3 * BN, (("Kota Malang", BN), ("Kota Batu", 2 * BN)))
    assert not [warning for warning in warnings if "location cell" in warning]


def test_the_reader_warns_when_the_cell_amounts_do_not_add_up(make_workbook):
    item, warnings = province_sub(make_workbook, BOTH, 4 * BN)
    assert item.place_budgets == ()
    assert [warning for warning in warnings if "location cell" in warning] == [
        "the amounts the location cell gives per place (Rp 3,000,000,000 in all) do not add up to the row's budget "
        "(Rp 4,000,000,000): the whole budget is counted in each kab/kota the cell names"]  # fmt: skip


def overlaps(result) -> list[tuple[str, int, int, bool]]:
    """(kab/kota, left budget, shared by, left budget by place) of each overlap in the JSON."""
    return sorted((o["right"]["file"], o["left_budget"], o["shared_by"], o["left_budget_by_place"]) for o in result_to_json(result)["overlaps"])


def test_a_place_written_with_its_amount_is_found(make_workbook):
    result = run(make_workbook, [["1.03.10.1.01.05", ROAD, "Kota Malang: Rp 3.000.000.000", 3 * BN, AGENCY]])
    assert overlaps(result) == [("kota_malang_2024.xlsx", 3 * BN, 1, False)]


def test_each_kab_kota_overlaps_with_the_amount_the_cell_states_for_it(make_workbook):
    result = run(make_workbook, [["1.03.10.1.01.05", ROAD, BOTH, 3 * BN, AGENCY]])
    assert overlaps(result) == [("kota_batu_2024.xlsx", 2 * BN, 1, True), ("kota_malang_2024.xlsx", BN, 1, True)]
    totals = {total["right"]: (total["left_budget"], total["shared_budget"]) for total in result_to_json(result)["overlap_totals"]}
    assert totals == {"Kota Malang": (BN, 0), "Kota Batu": (2 * BN, 0)}
    (group,) = result_to_json(result)["group_totals"]
    assert (group["overlap"]["left_budget"], group["overlap"]["shared_budget"]) == (3 * BN, 0)


def test_cell_amounts_not_adding_up_keep_the_whole_row_in_each_kab_kota(make_workbook):
    result = run(make_workbook, [["1.03.10.1.01.05", ROAD, BOTH, 4 * BN, AGENCY]])
    assert overlaps(result) == [("kota_batu_2024.xlsx", 4 * BN, 2, False), ("kota_malang_2024.xlsx", 4 * BN, 2, False)]


def test_a_long_number_without_rp_a_unit_or_a_separator_before_it_is_no_amount():
    # a desa's Kemendagri code beside its name: no amount the cell gives, so no warning that amounts do not add up
    assert cell_place_budgets("Desa Sumberejo (3507012001), Kec. Dampit", 250_000_000) == ((), None)
    assert cell_place_budgets("Kab Bogor = 6966000000; Kota Bogor = 2638000000", 9_604_000_000)[0] == (
        ("Kab Bogor", 6_966_000_000), ("Kota Bogor", 2_638_000_000))
