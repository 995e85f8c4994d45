"""Sub kegiatan of a plan without kegiatan rows (programs and sub kegiatan only) are compared in their kegiatan's slot
under the linked program: the same kegiatan code is one parent, two levels' kegiatan of a slot only maybe."""

from __future__ import annotations

from syncheck.match import link_plans
from syncheck.messages import render
from syncheck.models import Kind, Options, Relation
from syncheck.pipeline import compare
from syncheck.readers import read_plan

HEADER = ["Kode", "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]
PROGRAM = ["2.24.02", "PROGRAM PENGELOLAAN ARSIP", None, 300]
STATIS = "Pengelolaan Arsip Statis Daerah {}"
SUBS = ["Pengelolaan Arsip Statis yang Diserahkan", "Penyelamatan Arsip Statis"]


def title(government: str) -> list:
    return [["RENCANA KERJA PEMERINTAH DAERAH"], [government], ["TAHUN 2024"], []]


def plan_rows(level: str, kegiatan_rows: bool) -> list:
    """A plan of one program, one kegiatan and its two sub kegiatan; the kegiatan row left out on request."""
    kegiatan = [f"2.24.02.{level}.02", STATIS.format("Provinsi" if level == "1" else "Kabupaten/Kota"), None, 300]
    subs = [[f"2.24.02.{level}.02.0{n}", name, "Kota Contoh", 150] for n, name in enumerate(SUBS, 1)]
    return [HEADER, PROGRAM] + ([kegiatan] if kegiatan_rows else []) + subs


def sub_links(links) -> list[tuple[str, str, Relation]]:
    return [(link.left.code_text, link.right.code_text, link.relation) for link in links if link.kind is Kind.SUB_KEGIATAN]


def test_sub_kegiatan_of_a_plan_without_kegiatan_rows_are_review_candidates_in_their_slot(make_workbook):
    province = make_workbook(title("PROVINSI CONTOH") + plan_rows("1", kegiatan_rows=True), name="provinsi_contoh_2024.xlsx")
    city = make_workbook(title("KOTA CONTOH") + plan_rows("2", kegiatan_rows=False))
    result = compare([str(province), str(city)], Options())
    assert sub_links(result.links) == [
        ("2.24.02.1.02.01", "2.24.02.2.02.01", Relation.REVIEW), ("2.24.02.1.02.02", "2.24.02.2.02.02", Relation.REVIEW)]
    reason = next(link.reason for link in result.links if link.kind is Kind.SUB_KEGIATAN)
    assert reason.endswith("the kegiatan row above one of them is missing: kegiatan 2.24.02.1.02 and 2.24.02.2.02 of the two levels may be different items")
    # a catalogue text, so the Indonesian workbook says it in Indonesian
    assert render(reason, "id").endswith("baris kegiatan di atas salah satunya tidak ada: kegiatan 2.24.02.1.02 dan 2.24.02.2.02 dari kedua tingkat mungkin berbeda")


def test_either_side_may_be_the_plan_without_kegiatan_rows(make_workbook):
    province = make_workbook(title("PROVINSI CONTOH") + plan_rows("1", kegiatan_rows=False), name="provinsi_contoh_2024.xlsx")
    city = make_workbook(title("KOTA CONTOH") + plan_rows("2", kegiatan_rows=True))
    result = compare([str(province), str(city)], Options())
    assert [relation for *_, relation in sub_links(result.links)] == [Relation.REVIEW, Relation.REVIEW]


def test_one_kegiatan_code_is_one_parent_when_its_row_is_missing(make_workbook):
    one = read_plan(make_workbook(title("KOTA CONTOH") + plan_rows("2", kegiatan_rows=True), name="kota_contoh_2024.xlsx"))
    other = read_plan(make_workbook(title("KOTA LAIN") + plan_rows("2", kegiatan_rows=False), name="kota_lain_2024.xlsx"))
    links = link_plans(one, other, Options())
    assert sub_links(links) == [("2.24.02.2.02.01", "2.24.02.2.02.01", Relation.IDENTICAL), ("2.24.02.2.02.02", "2.24.02.2.02.02", Relation.IDENTICAL)]
    reason = next(link.reason for link in links if link.kind is Kind.SUB_KEGIATAN)
    assert reason.endswith("compared under kegiatan 2.24.02.2.02, whose row is missing above one of them")


def test_a_codeless_sub_kegiatan_straight_under_its_program_is_compared_by_its_words(make_workbook):
    # the province lists sub kegiatan alone (no parent rows); the city's flat table gives each its program, no code
    subs = [[f"2.24.02.1.02.000{n}", name, "Kota Contoh", 150] for n, name in enumerate(SUBS, 1)]
    province = make_workbook(title("PROVINSI CONTOH") + [HEADER, *subs], name="provinsi_contoh_2024.xlsx")
    flat = [["Kode Program", "Program", "Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]]
    city = make_workbook(title("KOTA CONTOH") + flat + [[*PROGRAM[:2], name, "Kota Contoh", 150] for name in SUBS])
    links = link_plans(read_plan(str(province)), read_plan(str(city)), Options())
    assert [(link.right.name, link.relation) for link in links if link.kind is Kind.SUB_KEGIATAN] == [
        (SUBS[0], Relation.SIMILAR), (SUBS[1], Relation.SIMILAR)]
