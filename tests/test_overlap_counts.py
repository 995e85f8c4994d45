"""Distinct counts and substantive overlaps through compare: places, shared rows, mistyped codes, level digits."""

from __future__ import annotations

import json

import openpyxl

from syncheck.messages import render
from syncheck.models import Kind, Options
from syncheck.pipeline import compare
from syncheck.report import render_console, result_to_json, write_workbook
from support import NOMENCLATURE, needs_shared

HEADER = ["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]
AGENCY = "DINAS PEKERJAAN UMUM BINA MARGA"
PROVINCE = "Provinsi Jawa Timur"
#: the pair's files and year, as the JSON's overlap_totals name them
FILES = {"left_file": "provinsi_jawa_timur_2024.xlsx", "right_file": "kota_malang_2024.xlsx", "year": 2024}


def plan_rows(government: str, subs: list[tuple[str, str, str, int]], digit: str) -> list[list[object]]:
    """A road plan of ``government``: its program, its kegiatan, then each (number, name, location, budget) sub kegiatan."""
    kegiatan = "Penyelenggaraan Jalan Provinsi" if digit == "1" else "Penyelenggaraan Jalan Kabupaten/Kota"
    total = sum(sub[3] or 0 for sub in subs)
    return [
        ["RENCANA KERJA PEMERINTAH DAERAH"], [government.upper()], ["TAHUN 2024"], [], HEADER,
        ["1.03.10", "PROGRAM PENYELENGGARAAN JALAN", None, total, AGENCY],
        [f"1.03.10.{digit}.01", kegiatan, None, total, AGENCY],
        *([f"1.03.10.{digit}.01.{number}", name, location, budget, AGENCY] for number, name, location, budget in subs),
    ]  # fmt: skip


def run(make_workbook, province_subs, *kab_kota, options: Options = Options(workers=1), digit: str = "2"):
    """compare() of the province plan and each (government, subs) kab/kota plan."""
    paths = [str(make_workbook(plan_rows(PROVINCE, province_subs, "1"), name="provinsi_jawa_timur_2024.xlsx"))]
    for government, subs in kab_kota:
        name = government.lower().replace(" ", "_") + "_2024.xlsx"
        paths.append(str(make_workbook(plan_rows(government, subs, digit), name=name)))
    return compare(paths, options)


def overlap_lines(result, lang: str = "en") -> list[str]:
    """The console's sentences about budgets."""
    return [line for line in render_console(result, lang).splitlines() if "budget" in line or "anggaran" in line or line.startswith("Of this")]


ROADS = [("05", "Pembangunan Jalan"), ("09", "Rehabilitasi Jalan"), ("11", "Pemeliharaan Rutin Jalan"), ("10", "Pemeliharaan Berkala Jalan"),
         ("08", "Rekonstruksi Jalan"), ("12", "Pembangunan Jembatan"), ("18", "Rehabilitasi Jembatan")]  # fmt: skip


# --- 3: generic location texts -------------------------------------------------------------------


def test_generic_locations_used_by_both_plans_make_no_overlap(make_workbook):
    words = ["Tersebar", "-", "Jawa Timur", "Seluruh Kecamatan", "Lokasi Tersebar", "Semua Desa", "Kab/Kota se-Jawa Timur"]
    province = [(number, name, word, 100) for (number, name), word in zip(ROADS, words)]
    city = [(number, name, word, 10) for (number, name), word in zip(ROADS, words)]
    result = run(make_workbook, province, ("Kota Malang", city))
    assert next(s for s in result.summaries if s.kind is Kind.SUB_KEGIATAN).same == 7
    assert result.overlaps == ()
    # (a dash says there is no place: such rows are unlocated with an empty location)
    assert sorted(overlap.location for overlap in result.unlocated) == sorted("" if word == "-" else word for word in words)
    assert overlap_lines(result) == [
        "No province budget overlaps with Kota Malang.",
        "7 other sub-activities that are the same (Rp 700 of province budget) name no location that can be checked against "
        "Kota Malang, so no overlap is counted for them.",
    ]
    assert overlap_lines(result, "id")[1] == (
        "Sebanyak 7 sub kegiatan lain yang sama (Rp 700 anggaran provinsi) tidak mencantumkan lokasi yang dapat dicocokkan "
        "dengan Kota Malang, sehingga tidak dihitung sebagai tumpang tindih."
    )
    assert result_to_json(result)["overlap_totals"] == [
        {"left": PROVINCE, "right": "Kota Malang", **FILES, "sub_kegiatan": 0, "left_budget": 0, "right_budget": 0, "shared_budget": 0,
         "unlocated": 7, "unlocated_budget": 700, "left_budget_unstated": 0, "left_budget_unstated_above": 0,
         "right_budget_unstated": 0, "left_implausible": 0, "left_implausible_budget": 0, "province_funded_budget": 0,
         # the sentences the console prints under the pair's headlines, for a dashboard that shows them
         "sentence_en": " ".join(overlap_lines(result)), "sentence_id": " ".join(overlap_lines(result, "id"))}
    ]


def test_the_provinces_abbreviation_is_no_location_and_another_provinces_is_elsewhere(make_workbook):
    words = ["Jatim", "Se-Jatim", "Wilayah Jawa Timur", "DIY", "Kota Malang dan Batu", "Kota Batu"]
    province = [(number, name, word, 100) for (number, name), word in zip(ROADS, words)]
    city = [(number, name, "Kec. Klojen", 10) for number, name in ROADS[: len(words)]]
    result = run(make_workbook, province, ("Kota Malang", city))
    assert [(o.location, o.shared_by) for o in result.overlaps] == [("Kota Malang", 2)]
    assert sorted(overlap.location for overlap in result.unlocated) == ["Jatim", "Se-Jatim", "Wilayah Jawa Timur"]
    assert overlap_lines(result)[1:] == [
        "Of this, Rp 100 is on province rows that also name other kab/kota (the whole budget of such a row is counted for "
        "each kab/kota it names).",
        "3 other sub-activities that are the same (Rp 300 of province budget) name no location that can be checked against "
        "Kota Malang, so no overlap is counted for them.",
    ]


# --- 4: every part of the cell, and common spellings ----------------------------------------------


def test_every_part_of_a_location_cell_is_read_and_kota_and_kabupaten_stay_apart(make_workbook):
    province = [("05", "Pembangunan Jalan", "Kota Malang, Kabupaten Malang", 100), ("09", "Rehabilitasi Jalan", "Kabupaten Malang dan Kota Malang", 200),
                ("11", "Pemeliharaan Rutin Jalan", "Kab. Malang (Kec. Dampit)", 400), ("10", "Pemeliharaan Berkala Jalan", "Kec. Dampit Kab.Malang.", 800),
                ("08", "Rekonstruksi Jalan", "Kota Batu", 1600)]  # fmt: skip
    kab = [(number, name, "Kec. Dampit", 10) for number, name in ROADS[:5]]
    kota = [(number, name, "Kec. Klojen", 20) for number, name in ROADS[:5]]
    result = run(make_workbook, province, ("Kabupaten Malang", kab), ("Kota Malang", kota))
    found = {(overlap.right.ref.file, overlap.left.name): overlap.location for overlap in result.overlaps}
    assert found == {
        ("kabupaten_malang_2024.xlsx", "Pembangunan Jalan"): "Kabupaten Malang",
        ("kabupaten_malang_2024.xlsx", "Rehabilitasi Jalan"): "Kabupaten Malang",
        ("kabupaten_malang_2024.xlsx", "Pemeliharaan Rutin Jalan"): "Kab. Malang (Kec. Dampit)",
        ("kabupaten_malang_2024.xlsx", "Pemeliharaan Berkala Jalan"): "Kec. Dampit Kab.Malang",
        ("kota_malang_2024.xlsx", "Pembangunan Jalan"): "Kota Malang",
        ("kota_malang_2024.xlsx", "Rehabilitasi Jalan"): "Kota Malang",
    }


# --- 10: one written code, two items ---------------------------------------------------------------


def mistyped_code(make_workbook, options: Options):
    """The province types Rehabilitasi Jalan (officially .09) with the code of Pembangunan Jalan (.05)."""
    province = [("05", "Pembangunan Jalan", "Kota Malang", 100), ("05", "Rehabilitasi Jalan", "Kota Malang", 200),
                ("11", "Pemeliharaan Rutin Jalan", "Kota Malang", 400)]  # fmt: skip
    city = [("05", "Pembangunan Jalan", "Kota Malang", 10), ("09", "Rehabilitasi Jalan", "Kota Malang", 20),
            ("11", "Pemeliharaan Rutin Jalan", "Kota Malang", 40)]  # fmt: skip
    return run(make_workbook, province, ("Kota Malang", city), options=options)


def test_a_mistyped_code_does_not_merge_two_items_and_is_warned(make_workbook):
    result = mistyped_code(make_workbook, Options(workers=1))
    sub = next(s for s in result.summaries if s.kind is Kind.SUB_KEGIATAN)
    assert (sub.left_total, sub.same) == (3, 3)
    assert [w.message for w in result.warnings if w.ref.row == 9] == [
        "code 1.03.10.1.01.05 is also written on a row named 'Pembangunan Jalan': the names differ, so this row is counted as another item"
    ]
    assert overlap_lines(result)[0] == "Rp 700 of province budget overlaps with Kota Malang (3 sub-activities)."
    assert result_to_json(result)["overlap_totals"] == [
        {"left": PROVINCE, "right": "Kota Malang", **FILES, "sub_kegiatan": 3, "left_budget": 700, "right_budget": 70, "shared_budget": 0,
         "unlocated": 0, "unlocated_budget": 0, "left_budget_unstated": 0, "left_budget_unstated_above": 0,
         "right_budget_unstated": 0, "left_implausible": 0, "left_implausible_budget": 0, "province_funded_budget": 0,
         "sentence_en": "Rp 700 of province budget overlaps with Kota Malang (3 sub-activities).",
         "sentence_id": "Rp 700 anggaran provinsi tumpang tindih dengan Kota Malang (3 sub kegiatan)."}
    ]


def test_a_kab_kota_mistyped_code_is_warned_in_plan_order_on_workers_too(make_workbook):
    """The lower plans' code notes are made where their pairs are linked (forked workers for 4 pairs): same notes, same order."""
    city = [("05", "Pembangunan Jalan", "X", 10), ("05", "Rehabilitasi Jalan", "X", 20)]
    kab_kota = [(name, [(n, sub, name, b) for n, sub, _, b in city]) for name in ("Kota Malang", "Kota Batu", "Kota Blitar", "Kota Kediri")]
    province = [("05", "Pembangunan Jalan", "Kota Malang", 100), ("05", "Rehabilitasi Jalan", "Kota Malang", 200)]

    def code_notes(options: Options) -> list[tuple[str, int]]:
        result = run(make_workbook, province, *kab_kota, options=options)
        return [(w.ref.file, w.ref.row) for w in result.warnings if "counted as another item" in w.message]

    expected = [("provinsi_jawa_timur_2024.xlsx", 9), *((name.lower().replace(" ", "_") + "_2024.xlsx", 9) for name, _ in kab_kota)]
    assert code_notes(Options(workers=1)) == expected
    assert code_notes(Options(workers=2)) == expected


def test_one_pair_linked_with_a_helper_process_gives_what_one_process_gives(make_workbook):
    """A lone pair normalizes the kab/kota names and makes its code notes in a forked helper (pairing._lower_side)."""
    city = [("05", "Pembangunan Jalan", "Kota Malang", 10), ("05", "Rehabilitasi Jalan", "Kota Malang", 20), ("11", "Pemeliharaan Rutin Jalan", "Kota Malang", 40)]
    province = [("05", "Pembangunan Jalan", "Kota Malang", 100), ("09", "Rehabilitasi Jalan", "Kota Malang", 200)]
    alone, helped = (run(make_workbook, province, ("Kota Malang", city), options=options) for options in (Options(workers=1), Options()))
    assert [w.message for w in helped.warnings] == [w.message for w in alone.warnings]
    assert any("counted as another item" in w.message and w.ref.file == "kota_malang_2024.xlsx" for w in helped.warnings)
    assert [(l.left.name, l.right.name, l.relation, l.reason) for l in helped.links] == [(l.left.name, l.right.name, l.relation, l.reason) for l in alone.links]


def test_a_lone_pair_counts_the_kab_kota_items_in_its_helper_as_one_process_does(make_workbook):
    """The helper process counts the kab/kota's distinct items for the headlines (pairing._lower_side)."""
    city = [("05", "Pembangunan Jalan", "Kec. Klojen", 10), ("05", "Pembangunan Jalan", "Kec. Sukun", 15), ("11", "Pemeliharaan Rutin Jalan", "Kota Malang", 40)]
    province = [("05", "Pembangunan Jalan", "Kota Malang", 100)]
    alone, helped = (run(make_workbook, province, ("Kota Malang", city), options=options) for options in (Options(workers=1), Options()))
    assert helped.summaries == alone.summaries
    assert next(s for s in helped.summaries if s.kind is Kind.SUB_KEGIATAN).right_total == 2


@needs_shared
def test_with_a_master_the_official_identity_counts(make_workbook):
    result = mistyped_code(make_workbook, Options(workers=1, nomenclature_path=str(NOMENCLATURE)))
    sub = next(s for s in result.summaries if s.kind is Kind.SUB_KEGIATAN)
    assert (sub.left_total, sub.same, sub.right_total) == (3, 3, 3)
    assert not [w for w in result.warnings if "counted as another item" in w.message]  # the master explains the row


def test_the_same_item_spelled_or_abbreviated_differently_stays_one_item(make_workbook):
    province = [("05", "Pembangunan Jalan", "Kota Malang", 100), ("05", "Pemb. Jalan (Lanjutan)", "Kota Malang", 200),
                ("05", "Pembangunan Jalan Desa Sumberejo", "Kota Malang", 300), ("05", "Pembangnan Jalan", "Kota Malang", 400)]  # fmt: skip
    result = run(make_workbook, province, ("Kota Malang", [("05", "Pembangunan Jalan", "Kota Malang", 10)]))
    assert next(s for s in result.summaries if s.kind is Kind.SUB_KEGIATAN).left_total == 1
    assert not [w for w in result.warnings if "counted as another item" in w.message]


# --- 11: the overlap sentence counts distinct sub kegiatan ---------------------------------------


def test_one_sub_kegiatan_on_two_rows_is_one_overlapping_sub_kegiatan(make_workbook):
    province = [("05", "Pembangunan Jalan", "Kec. Klojen", 100), ("05", "Pembangunan Jalan", "Kec. Lowokwaru", 200)]
    city = [("05", "Pembangunan Jalan", "Kec. Lowokwaru", 10), ("05", "Pembangunan Jalan", "Kec. Klojen", 20)]
    result = run(make_workbook, province, ("Kota Malang", city))
    assert len(result.overlaps) == 4
    assert overlap_lines(result) == ["Rp 300 of province budget overlaps with Kota Malang (1 sub-activity)."]


# --- 12: a row shared by several kab/kota; a bare twin name ---------------------------------------


def test_a_row_naming_three_kab_kota_is_shown_whole_and_marked_shared(make_workbook, tmp_path):
    province = [("05", "Pembangunan Jalan", "Kota Malang, Kota Batu, Kabupaten Malang", 900), ("09", "Rehabilitasi Jalan", "Kota Batu", 50)]
    city = [("05", "Pembangunan Jalan", "Kota", 10), ("09", "Rehabilitasi Jalan", "Kota", 20)]
    result = run(make_workbook, province, ("Kota Malang", city), ("Kota Batu", city), ("Kabupaten Malang", city))
    assert sorted((o.location, o.left_budget, o.shared_by) for o in result.overlaps) == [
        ("Kabupaten Malang", 900, 3), ("Kota Batu", 50, 1), ("Kota Batu", 900, 3), ("Kota Malang", 900, 3),
    ]  # fmt: skip
    assert overlap_lines(result)[2:4] == [
        "Rp 950 of province budget overlaps with Kota Batu (2 sub-activities).",
        "Of this, Rp 900 is on province rows that also name other kab/kota (the whole budget of such a row is counted for "
        "each kab/kota it names).",
    ]
    shared = sorted((record["location"], record["left_budget"], record["shared_by"]) for record in result_to_json(result)["overlaps"])
    assert shared == [("Kabupaten Malang", 900, 3), ("Kota Batu", 50, 1), ("Kota Batu", 900, 3), ("Kota Malang", 900, 3)]
    path = tmp_path / "out.xlsx"
    write_workbook(result, str(path), "en")
    sheet = openpyxl.load_workbook(path)["Overlaps"]
    assert sheet.cell(1, 14).value == "Kab/kota sharing this row"
    assert [sheet.cell(row, 14).value for row in range(2, 6)].count(3) == 3
    assert sheet.cell(6, 8).value == 950  # the totals row counts the shared row's budget once
    summary = openpyxl.load_workbook(path)["Summary"]
    header = next(row for row in summary.iter_rows(values_only=True) if row[2] == "Sub kegiatan")
    assert header[5:8] == ("Of it, on rows shared with other kab/kota", "Same, location not stated or ambiguous (sub kegiatan)", "Their left budget")


def test_a_bare_name_of_a_kota_and_a_kabupaten_is_flagged_not_given_to_both(make_workbook):
    province = [("05", "Pembangunan Jalan", "Malang", 400)]
    result = run(make_workbook, province, ("Kota Malang", [("05", "Pembangunan Jalan", "Kec. Klojen", 10)]),
                 ("Kabupaten Malang", [("05", "Pembangunan Jalan", "Kec. Dampit", 20)]))  # fmt: skip
    assert result.overlaps == ()
    assert len(result.unlocated) == 2
    warnings = json.loads(json.dumps(result_to_json(result)["warnings"]))
    assert [w["message"] for w in warnings if w["row"] == 8] == [
        "location 'Malang' may be the kota or the kabupaten of that name: no overlap is asserted for this row"
    ]


def test_a_kecamatan_two_kab_kota_plans_name_is_flagged_not_given_to_both(make_workbook):
    province = [("05", "Pembangunan Jalan", "Kec. Gedangan", 400), ("09", "Rehabilitasi Jalan", "Kec. Dampit", 100)]
    malang = [("05", "Pembangunan Jalan", "Kec. Gedangan", 10), ("09", "Rehabilitasi Jalan", "Kec. Dampit", 30)]
    result = run(make_workbook, province, ("Kabupaten Malang", malang), ("Kabupaten Sidoarjo", [("05", "Pembangunan Jalan", "Kec. Gedangan", 20)]))
    assert [(o.right.ref.file, o.location) for o in result.overlaps] == [("kabupaten_malang_2024.xlsx", "Kec. Dampit")]
    assert len(result.unlocated) == 2
    warnings = [w["message"] for w in json.loads(json.dumps(result_to_json(result)["warnings"])) if w["row"] == 8]
    # one warning for the row, however many pairs held its overlap back
    assert warnings == ["location 'Kec. Gedangan' names a place that 2 kabupaten/kota plans name (Kabupaten Malang, Kabupaten Sidoarjo): "
                        "no overlap is asserted for this row with any of them"]
    # compared with one of them alone, or with its own second copy, the kecamatan is that one's
    alone = run(make_workbook, province, ("Kabupaten Malang", malang))
    assert sorted(o.location for o in alone.overlaps) == ["Kec. Dampit", "Kec. Gedangan"]
    twice = run(make_workbook, province, ("Kabupaten Malang", malang), ("Kab Malang", malang))
    assert sorted(o.location for o in twice.overlaps) == ["Kec. Dampit", "Kec. Dampit", "Kec. Gedangan", "Kec. Gedangan"]


def test_a_kecamatan_many_kab_kota_plans_name_is_one_warning_naming_them_and_those_held_back(make_workbook):
    province = [("05", "Pembangunan Jalan", "Kec. Gedangan", 400)]
    own = [("05", "Pembangunan Jalan", "Kec. Gedangan", 10)]
    other = [("09", "Rehabilitasi Jalan", "Kec. Gedangan", 30)]  # names the kecamatan, has no such sub kegiatan
    plans = [("Kabupaten Sidoarjo", own), ("Kabupaten Gresik", other), ("Kabupaten Malang", own)]
    result = run(make_workbook, province, *plans, options=Options(workers=1, lang="id"))
    assert result.overlaps == () and len(result.unlocated) == 2
    messages = [(w.ref.row, render(w.message, lang)) for w in result.warnings if w.ref.row == 8 for lang in ("en", "id")]
    assert messages == [  # the kab/kota by name, not in the order of the files
        (8, "location 'Kec. Gedangan' names a place that 3 kabupaten/kota plans name (Kabupaten Gresik, Kabupaten Malang, "
            "Kabupaten Sidoarjo): no overlap is asserted for this row with Kabupaten Malang, Kabupaten Sidoarjo"),
        (8, "lokasi 'Kec. Gedangan' menyebut tempat yang disebut 3 rencana kabupaten/kota (Kabupaten Gresik, Kabupaten Malang, "
            "Kabupaten Sidoarjo): tumpang tindih baris ini dengan Kabupaten Malang, Kabupaten Sidoarjo tidak dinyatakan"),
    ]


def test_a_place_written_once_on_the_kegiatan_row_locates_the_sub_kegiatan_under_it(make_workbook):
    rows = plan_rows(PROVINCE, [("05", "Pembangunan Jalan", None, 400), ("09", "Rehabilitasi Jalan", None, 100)], "1")
    rows[6][2] = "Kabupaten Malang"  # the kegiatan row
    paths = [str(make_workbook(rows, name="provinsi_jawa_timur_2024.xlsx"))]
    paths.append(str(make_workbook(plan_rows("Kabupaten Malang", [("05", "Pembangunan Jalan", "Kec. Dampit", 20)], "2"), name="kab_malang_2024.xlsx")))
    result = compare(paths, Options(workers=1))
    assert [(o.left.name, o.location) for o in result.overlaps] == [("Pembangunan Jalan", "Kabupaten Malang")]
    # a sub kegiatan beside it stating its own place: the kegiatan's place is no longer every row's
    rows[8][2] = "Kota Batu"
    paths[0] = str(make_workbook(rows, name="provinsi_jawa_timur_2024.xlsx"))
    assert compare(paths, Options(workers=1)).overlaps == ()


# --- 13: province level digit in a kab/kota plan --------------------------------------------------


def test_a_kab_kota_plan_with_the_province_level_digit_gets_one_warning(make_workbook):
    city = [("05", "Pembangunan Jalan", "Kota Malang", 10), ("09", "Rehabilitasi Jalan", "Kota Malang", 20)]
    result = run(make_workbook, [("05", "Pembangunan Jalan", "Kota Malang", 100)], ("Kota Malang", city), digit="1")
    notes = [w for w in result.warnings if "level digit" in w.message]
    assert [(w.ref.file, w.ref.row, w.message) for w in notes] == [
        ("kota_malang_2024.xlsx", 0, "3 rows carry the province level digit 1 in their kegiatan code (x.xx.xx.1.xx), though Kota Malang is a kabupaten/kota")
    ]
    clean = run(make_workbook, [("05", "Pembangunan Jalan", "Kota Malang", 100)], ("Kota Malang", city))
    assert not [w for w in clean.warnings if "level digit" in w.message]


# --- official words one letter apart ------------------------------------------------------------


def test_one_official_word_for_another_is_two_items_unless_the_codes_share_the_slot(make_workbook):
    # 'Makro' and 'Mikro' are both words of the official list: two items ('Usaha Kecil' / 'Usaha Mikro'), not a typo;
    # in one slot the official list itself writes 'Penerapan' at one level and 'Penetapan' at the other
    province = [("01", "Pembinaan Usaha Makro", "Kota Malang", 100), ("04", "Penyusunan dan Penerapan SOP Kearsipan", "Kota Malang", 100)]
    city = [("03", "Pembinaan Usaha Mikro", "Kec. Klojen", 10), ("04", "Penyusunan dan Penetapan SOP Kearsipan", "Kec. Klojen", 10),
            ("05", "Pembinaan Usaha Makro", "Kec. Klojen", 10)]  # fmt: skip
    result = run(make_workbook, province, ("Kota Malang", city))
    same = {(link.left.name, link.right.name) for link in result.links if link.kind is Kind.SUB_KEGIATAN and link.relation.is_same}
    assert same == {("Pembinaan Usaha Makro", "Pembinaan Usaha Makro"),
                    ("Penyusunan dan Penerapan SOP Kearsipan", "Penyusunan dan Penetapan SOP Kearsipan")}  # fmt: skip
    assert not [link for link in result.links if "Mikro" in link.right.name]


def test_a_reason_lists_an_acronym_as_written_without_the_matchers_mark(make_workbook):
    province = [("04", "Pengembangan Sistem Informasi Jasa Konstruksi (SIPJAKI)", "Kota Malang", 100)]
    city = [("04", "Pengembangan Sistem Informasi Jasa Konstruksi", "Kec. Klojen", 10)]
    result = run(make_workbook, province, ("Kota Malang", city))
    (link,) = [link for link in result.links if link.kind is Kind.SUB_KEGIATAN]
    assert "sipjaki" in link.reason and "\u207e" not in link.reason


# --- a place written in the name -----------------------------------------------------------------------


def test_a_place_written_in_the_name_is_the_rows_location_and_the_name_matches_without_it(make_workbook):
    province = [("05", "Pembangunan Jalan di Kabupaten Malang", None, 100), ("09", "Rehabilitasi Jalan (Lokasi: Kota Batu)", None, 200)]
    kab = [("05", "Pembangunan Jalan", "Kec. Dampit", 10), ("09", "Rehabilitasi Jalan Kec. Kepanjen", None, 20)]
    result = run(make_workbook, province, ("Kabupaten Malang", kab))
    province_plan = result.plans[0]
    assert [(item.name, item.location) for item in province_plan.items[2:]] == [
        ("Pembangunan Jalan di Kabupaten Malang", "Kabupaten Malang"), ("Rehabilitasi Jalan (Lokasi: Kota Batu)", "Kota Batu")]
    assert [w.message for w in province_plan.warnings if "end in a place" in w.message] == [
        "2 item name(s) end in a place (the first on row 8: 'Pembangunan Jalan di Kabupaten Malang'): the place is read as the "
        "row's location, and the name is matched without it"]
    links = {link.left.name: link for link in result.links if link.kind is Kind.SUB_KEGIATAN}
    assert links["Rehabilitasi Jalan (Lokasi: Kota Batu)"].reason.endswith(
        "the place in the name read as the row's location (Kota Batu, Kec. Kepanjen)")
    assert [(o.left.name, o.location) for o in result.overlaps] == [("Pembangunan Jalan di Kabupaten Malang", "Kabupaten Malang")]
    assert overlap_lines(result)[0] == "Rp 100 of province budget overlaps with Kabupaten Malang (1 sub-activity)."


# --- funded by both levels: budgets of 0, and plans budgeted one level up or not at all -----------------


def road_plan(government: str, digit: str, blocks, header=HEADER) -> list[list[object]]:
    """A road plan whose kegiatan are (number, name, budget, [(number, name, location, budget)]) blocks."""
    has_budget = len(header) == len(HEADER)
    row = (lambda code, name, location, budget: [code, name, location, budget, AGENCY]) if has_budget else (
        lambda code, name, location, budget: [code, name, location, AGENCY])
    rows = [["RENCANA KERJA PEMERINTAH DAERAH"], [government.upper()], ["TAHUN 2024"], [], header, row("1.03.10", "PROGRAM PENYELENGGARAAN JALAN", None, 900)]
    for number, name, budget, subs in blocks:
        rows.append(row(f"1.03.10.{digit}.{number}", name, None, budget))
        rows.extend(row(f"1.03.10.{digit}.{number}.{sub}", sub_name, location, sub_budget) for sub, sub_name, location, sub_budget in subs)
    return rows


def run_road_plans(make_workbook, province_blocks, city_blocks, city_header=HEADER):
    """compare() of a province road plan and a Kota Malang one."""
    paths = [str(make_workbook(road_plan(PROVINCE, "1", province_blocks), name="provinsi_jawa_timur_2024.xlsx")),
             str(make_workbook(road_plan("Kota Malang", "2", city_blocks, city_header), name="kota_malang_2024.xlsx"))]  # fmt: skip
    return compare(paths, Options(workers=1))


PROVINCE_ROADS = [("01", "Penyelenggaraan Jalan", 300, [("05", "Pembangunan Jalan", "Kota Malang", 100), ("09", "Rehabilitasi Jalan", "Kota Malang", 200)]),
                  ("02", "Penyelenggaraan Jembatan", 50, [("12", "Pembangunan Jembatan", "Kota Malang", 50)])]  # fmt: skip


def test_a_sub_kegiatan_either_level_budgets_at_zero_or_leaves_blank_is_no_overlap(make_workbook):
    province = [("05", "Pembangunan Jalan", "Kota Malang", 0), ("09", "Rehabilitasi Jalan", "Kota Malang", None),
                ("11", "Pemeliharaan Rutin Jalan", "Kota Malang", 100), ("10", "Pemeliharaan Berkala Jalan", "Kota Malang", 100)]  # fmt: skip
    city = [("05", "Pembangunan Jalan", "Kec. Klojen", 10), ("09", "Rehabilitasi Jalan", "Kec. Klojen", 10),
            ("11", "Pemeliharaan Rutin Jalan", "Kec. Klojen", 0), ("10", "Pemeliharaan Berkala Jalan", "Kec. Klojen", 10)]  # fmt: skip
    result = run(make_workbook, province, ("Kota Malang", city))
    assert next(s for s in result.summaries if s.kind is Kind.SUB_KEGIATAN).same == 4
    assert [(o.left.name, o.left_budget, o.right_budget) for o in result.overlaps] == [("Pemeliharaan Berkala Jalan", 100, 10)]
    assert overlap_lines(result) == ["Rp 100 of province budget overlaps with Kota Malang (1 sub-activity)."]


def test_sub_kegiatan_of_a_sheet_budgeted_at_kegiatan_are_funded_by_their_kegiatan(make_workbook):
    city = [("01", "Penyelenggaraan Jalan", 30, [("05", "Pembangunan Jalan", "Kec. Klojen", None), ("09", "Rehabilitasi Jalan", "Kec. Klojen", None)]),
            ("02", "Penyelenggaraan Jembatan", None, [("12", "Pembangunan Jembatan", "Kec. Klojen", None)])]  # fmt: skip
    result = run_road_plans(make_workbook, PROVINCE_ROADS, city)
    assert [(o.left.name, o.left_budget, o.right_budget) for o in result.overlaps] == [
        ("Pembangunan Jalan", 100, 0), ("Rehabilitasi Jalan", 200, 0)]
    assert any("sub kegiatan row(s) carry no budget" in w.message for w in result.plans[1].warnings)


def test_sub_kegiatan_of_a_plan_without_budgets_are_all_planned_there(make_workbook):
    city = [("01", "Penyelenggaraan Jalan", None, [("05", "Pembangunan Jalan", "Kec. Klojen", None)]),
            ("02", "Penyelenggaraan Jembatan", None, [("12", "Pembangunan Jembatan", "Kec. Klojen", None)])]  # fmt: skip
    result = run_road_plans(make_workbook, PROVINCE_ROADS, city, city_header=["Kode", "Uraian", "Lokasi", "Perangkat Daerah"])
    assert [(o.left.name, o.left_budget, o.right_budget) for o in result.overlaps] == [("Pembangunan Jalan", 100, 0), ("Pembangunan Jembatan", 50, 0)]


def test_an_agencys_sub_kegiatan_budgeted_at_their_kegiatan_are_funded_beside_sub_kegiatan_with_budgets(make_workbook):
    province = [PROVINCE_ROADS[0], ("02", "Penyelenggaraan Jembatan", 50, [("12", "Pembangunan Jembatan", "Kota Malang", None)])]
    city = [("01", "Penyelenggaraan Jalan", 30, [("05", "Pembangunan Jalan", "Kec. Klojen", 10), ("09", "Rehabilitasi Jalan", "Kec. Klojen", 20)]),
            ("02", "Penyelenggaraan Jembatan", 5, [("12", "Pembangunan Jembatan", "Kec. Klojen", 5)])]  # fmt: skip
    result = run_road_plans(make_workbook, province, city)
    assert [(o.left.name, o.left_budget, o.right_budget) for o in result.overlaps] == [
        ("Pembangunan Jalan", 100, 10), ("Rehabilitasi Jalan", 200, 20), ("Pembangunan Jembatan", 0, 5)]
    assert [w.message for w in result.plans[0].warnings if "carry no budget" in w.message] == [
        "the 1 sub kegiatan row(s) carry no budget, but 1 kegiatan row(s) do (Rp 50): a sub kegiatan is read as funded when its "
        "kegiatan is, and its overlap amount comes out as Rp 0"]


def test_a_place_written_with_a_kab_kota_not_compared_is_held_with_a_warning_naming_both(make_workbook):
    province = [("0005", "Pembangunan Jalan", "Pakis, Kab. Probolinggo", 100), ("0009", "Rehabilitasi Jalan", "Kec. Pakis, Kab. Malang", 200)]
    result = run(make_workbook, province, ("Kabupaten Malang", [("0005", "Pembangunan Jalan", "Kec. Pakis", 10), ("0009", "Rehabilitasi Jalan", "Kec. Pakis", 20)]))
    assert [(o.left.name, o.location) for o in result.overlaps] == [("Rehabilitasi Jalan", "Kec. Pakis, Kab. Malang")]
    notes = [render(w.message, "en") for w in result.warnings if "written with" in render(w.message, "en")]
    assert notes == ["location 'Pakis' names a place of Kabupaten Malang's plan, written with Kabupaten Probolinggo, which this run "
                     "does not compare: it may be Kabupaten Probolinggo's place of that name, so no overlap with Kabupaten Malang is "
                     "asserted for this row"]
