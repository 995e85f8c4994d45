"""A kab/kota given in several files of one year: placed as one government whatever the files are, and compared as
one plan when each file holds perangkat daerah of its own (a plan given one file per perangkat daerah)."""

from __future__ import annotations

import json

from syncheck.messages import render
from syncheck.models import Options
from syncheck.pipeline import compare
from syncheck.report import result_to_json

HEADER = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]
TOURISM = "DINAS PARIWISATA"
HEALTH = "DINAS KESEHATAN"


def tourism_rows(digit: str, place: str, agency: str = TOURISM) -> list[list[object]]:
    """A tourism program with one kegiatan and its two sub kegiatan at ``place`` (Rp 1.5 bn), of the level ``digit``."""
    level = "Provinsi" if digit == "1" else "Kabupaten/Kota"
    return [
        ["3.26.02", "PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA", None, 1_500_000_000, agency],
        [f"3.26.02.{digit}.01", f"Pengelolaan Daya Tarik Wisata {level}", None, 1_500_000_000, agency],
        [f"3.26.02.{digit}.01.0001", f"Penetapan Daya Tarik Wisata {level}", place, 900_000_000, agency],
        [f"3.26.02.{digit}.01.0002", f"Pengelolaan Daya Tarik Wisata {level}", place, 600_000_000, agency],
    ]


def health_rows(place: str, agency: str = HEALTH) -> list[list[object]]:
    """A kab/kota health program with one hospital sub kegiatan at ``place``."""
    return [
        ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", None, 500_000_000, agency],
        ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota", None, 500_000_000, agency],
        ["1.02.02.2.01.0001", "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya", place, 500_000_000, agency],
    ]


def plan_file(make_workbook, name: str, title: str, rows: list[list[object]]) -> str:
    """A plan workbook: its title, a blank row, the header and the rows."""
    return str(make_workbook([[title], [], HEADER, *rows], name=name))


def run(make_workbook, *sleman: tuple[str, str, list[list[object]]]):
    """The province (two tourism sub kegiatan in Kapanewon Prambanan) compared with Sleman's files, as JSON."""
    province = plan_file(make_workbook, "provinsi_diy_2025.xlsx", "RKPD DAERAH ISTIMEWA YOGYAKARTA TAHUN 2025", tourism_rows("1", "Kapanewon Prambanan"))
    paths = [province, *(plan_file(make_workbook, name, title, rows) for name, title, rows in sleman)]
    return result_to_json(compare(paths, Options(workers=1)))


def headlines(document: dict) -> list[tuple[str, str, int, int]]:
    """(kab/kota, kind, province total, same) of every summary row."""
    return [(row["right"], row["kind"], row["left_total"], row["same"]) for row in document["summary"]]


def test_a_place_another_file_of_the_kab_kota_names_is_the_kab_kota_s_even_when_its_files_are_kept_apart(make_workbook):
    # two files sharing a perangkat daerah (a plan and its revision): kept apart, but both are Kabupaten Sleman, and
    # Kapanewon Prambanan, which only the second names, lies in it for the first file's pair too
    document = run(make_workbook,
                   ("kab_sleman_2025.xlsx", "RENJA DINAS PARIWISATA KABUPATEN SLEMAN TAHUN 2025", tourism_rows("2", "Kapanewon Depok")),
                   ("kab_sleman_2025_revisi.xlsx", "RENJA DINAS PARIWISATA KABUPATEN SLEMAN TAHUN 2025",
                    health_rows("Kapanewon Prambanan", agency=TOURISM)))  # fmt: skip
    assert [(row["right"]["file"], row["left_budget"]) for row in document["overlaps"]] == [
        ("kab_sleman_2025.xlsx", 900_000_000), ("kab_sleman_2025.xlsx", 600_000_000)]  # fmt: skip
    assert [row["right"] for row in document["summary"] if row["kind"] == "program"] == ["Kabupaten Sleman", "Kabupaten Sleman (2)"]
    assert not [w for w in document["warnings"] if "Prambanan" in w["message"]]


def test_files_of_one_kab_kota_each_with_its_own_perangkat_daerah_are_compared_as_one_plan(make_workbook):
    document = run(make_workbook,
                   ("kab_sleman_2025_dispar.xlsx", "RENJA DINAS PARIWISATA KABUPATEN SLEMAN TAHUN 2025", tourism_rows("2", "Kapanewon Depok")),
                   ("kab_sleman_2025_dinkes.xlsx", "RENJA DINAS KESEHATAN KABUPATEN SLEMAN TAHUN 2025", health_rows("Kapanewon Prambanan")))  # fmt: skip
    # what the two files' rows in one file give: one headline, and the 2 overlaps (Rp 1.5 bn)
    assert headlines(document) == [("Kabupaten Sleman", "program", 1, 1), ("Kabupaten Sleman", "kegiatan", 1, 1), ("Kabupaten Sleman", "sub_kegiatan", 2, 2)]
    assert [(row["right"]["file"], row["left_budget"]) for row in document["overlaps"]] == [
        ("kab_sleman_2025_dispar.xlsx", 900_000_000), ("kab_sleman_2025_dispar.xlsx", 600_000_000)]  # fmt: skip
    assert [(row["right"], row["left_budget"]) for row in document["overlap_totals"]] == [("Kabupaten Sleman", 1_500_000_000)]
    # every file keeps its input record, under the one government, the files in the order of their names
    assert [(row["file"], row["government"], row["rows"]["sub_kegiatan"]) for row in document["inputs"][1:]] == [
        ("kab_sleman_2025_dinkes.xlsx", "Kabupaten Sleman", 1), ("kab_sleman_2025_dispar.xlsx", "Kabupaten Sleman", 2)]  # fmt: skip
    notes = [render(w["message"], "id") for w in document["warnings"] if w["file"] == "kab_sleman_2025_dinkes.xlsx"]
    assert any(note.startswith("2 berkas Kabupaten Sleman, satu per perangkat daerah, dibandingkan sebagai satu rencana") for note in notes)
    assert not [w for w in document["warnings"] if "(2)" in w["message"]]


def test_files_of_one_plan_give_the_same_result_and_note_whatever_their_order(make_workbook):
    dispar = ("kab_sleman_2025_dispar.xlsx", "RENJA DINAS PARIWISATA KABUPATEN SLEMAN TAHUN 2025", tourism_rows("2", "Kapanewon Depok"))
    dinkes = ("kab_sleman_2025_dinkes.xlsx", "RENJA DINAS KESEHATAN KABUPATEN SLEMAN TAHUN 2025", health_rows("Kapanewon Prambanan"))
    given, reversed_ = run(make_workbook, dispar, dinkes), run(make_workbook, dinkes, dispar)
    for document in (given, reversed_):  # the files are written again for the second run: a second later, other bytes
        for entry in document["inputs"]:
            entry.pop("sha256")
    assert given == reversed_  # before: the note on the file given first, naming the files in that order
    (note,) = [w for w in given["warnings"] if w["message"].startswith("2 files of Kabupaten Sleman")]
    assert note["file"] == "kab_sleman_2025_dinkes.xlsx" and "(kab_sleman_2025_dinkes.xlsx, kab_sleman_2025_dispar.xlsx)" in note["message"]


def test_files_of_one_kab_kota_sharing_a_perangkat_daerah_stay_apart(make_workbook):
    document = run(make_workbook,
                   ("kab_sleman_2025.xlsx", "RENJA KABUPATEN SLEMAN TAHUN 2025", tourism_rows("2", "Kapanewon Depok") + health_rows("Kapanewon Depok")),
                   ("kab_sleman_2025_revisi.xlsx", "RENJA DINAS KESEHATAN KABUPATEN SLEMAN TAHUN 2025", health_rows("Kapanewon Prambanan")))  # fmt: skip
    assert [row[0] for row in headlines(document) if row[1] == "program"] == ["Kabupaten Sleman", "Kabupaten Sleman (2)"]
    assert [row["government"] for row in document["inputs"][1:]] == ["Kabupaten Sleman", "Kabupaten Sleman (2)"]
    assert any("never added together" in render(w["message"], "en") for w in document["warnings"])


def test_files_without_perangkat_daerah_or_sharing_most_codes_stay_apart(make_workbook):
    no_agency = [row[:4] + [None] for row in health_rows("Kapanewon Depok")]
    document = run(make_workbook,
                   ("kab_sleman_2025.xlsx", "RENJA KABUPATEN SLEMAN TAHUN 2025", tourism_rows("2", "Kapanewon Depok")),
                   ("kab_sleman_2025_b.xlsx", "RENJA KABUPATEN SLEMAN TAHUN 2025", no_agency))  # fmt: skip
    assert [row[0] for row in headlines(document) if row[1] == "program"] == ["Kabupaten Sleman", "Kabupaten Sleman (2)"]
    # a copy under another perangkat daerah's name is no part
    document = run(make_workbook,
                   ("kab_sleman_2025.xlsx", "RENJA KABUPATEN SLEMAN TAHUN 2025", tourism_rows("2", "Kapanewon Depok")),
                   ("kab_sleman_2025_b.xlsx", "RENJA KABUPATEN SLEMAN TAHUN 2025", tourism_rows("2", "Kapanewon Depok", agency="DINAS KEBUDAYAAN")))  # fmt: skip
    assert [row[0] for row in headlines(document) if row[1] == "program"] == ["Kabupaten Sleman", "Kabupaten Sleman (2)"]


def test_a_plan_in_parts_is_one_government_in_a_per_province_run(make_workbook, tmp_path):
    from click.testing import CliRunner

    from syncheck.cli import main

    paths = [plan_file(make_workbook, "provinsi_diy_2025.xlsx", "RKPD DAERAH ISTIMEWA YOGYAKARTA TAHUN 2025", tourism_rows("1", "Kapanewon Prambanan")),
             plan_file(make_workbook, "kab_sleman_2025_dispar.xlsx", "RENJA DINAS PARIWISATA KABUPATEN SLEMAN TAHUN 2025", tourism_rows("2", "Kapanewon Depok")),
             plan_file(make_workbook, "kab_sleman_2025_dinkes.xlsx", "RENJA DINAS KESEHATAN KABUPATEN SLEMAN TAHUN 2025", health_rows("Kapanewon Prambanan"))]  # fmt: skip
    outcome = CliRunner().invoke(main, ["compare", *paths, "--per-province", "-o", str(tmp_path / "out.xlsx"), "--json", str(tmp_path / "out.json")])
    assert outcome.exit_code == 0, outcome.output
    documents = [json.loads(path.read_text()) for path in tmp_path.glob("out*.json")]
    assert [headlines(document)[0] for document in documents] == [("Kabupaten Sleman", "program", 1, 1)]
    assert [len(document["overlaps"]) for document in documents] == [2]


def test_a_plan_split_by_level_is_one_plan_its_sub_kegiatan_under_the_kegiatan_their_codes_name(make_workbook):
    rows = tourism_rows("2", "Kapanewon Prambanan")
    document = run(make_workbook,
                   ("kab_sleman_2025_program_kegiatan.xlsx", "RKPD KABUPATEN SLEMAN TAHUN 2025", rows[:2]),
                   ("kab_sleman_2025_sub_kegiatan.xlsx", "RKPD KABUPATEN SLEMAN TAHUN 2025", rows[2:]))  # fmt: skip
    # what one file of all the rows gives: one government, its sub kegiatan the same as the province's, 2 overlaps
    assert headlines(document) == [("Kabupaten Sleman", "program", 1, 1), ("Kabupaten Sleman", "kegiatan", 1, 1), ("Kabupaten Sleman", "sub_kegiatan", 2, 2)]
    assert [row["left_budget"] for row in document["overlaps"]] == [900_000_000, 600_000_000]
    (note,) = [w["message"] for w in document["warnings"] if w["message"].startswith("2 files of Kabupaten Sleman")]
    assert note == (
        "2 files of Kabupaten Sleman compared as one plan (kab_sleman_2025_program_kegiatan.xlsx, kab_sleman_2025_sub_kegiatan.xlsx): "
        "kab_sleman_2025_program_kegiatan.xlsx holds its program and kegiatan rows, the other file(s) its sub kegiatan rows, "
        "coded under those kegiatan, so they are parts of one plan, not versions of it")


def test_a_file_of_sub_kegiatan_under_other_kegiatan_is_no_part_of_the_plan(make_workbook):
    rows = tourism_rows("2", "Kapanewon Prambanan")
    others = [[f"1.02.02.2.01.000{n}", name, "Kapanewon Depok", 100, TOURISM] for n, name in ((1, "Pembangunan Rumah Sakit"), (2, "Pembangunan Puskesmas"))]
    document = run(make_workbook,
                   ("kab_sleman_2025_program_kegiatan.xlsx", "RKPD KABUPATEN SLEMAN TAHUN 2025", rows[:2]),
                   ("kab_sleman_2025_sub_kegiatan.xlsx", "RKPD KABUPATEN SLEMAN TAHUN 2025", others))  # fmt: skip
    assert {row["right"] for row in document["summary"]} == {"Kabupaten Sleman", "Kabupaten Sleman (2)"}


def test_two_versions_of_the_sub_kegiatan_file_are_no_parts_of_one_plan(make_workbook):
    rows = tourism_rows("2", "Kapanewon Prambanan")
    revised = [row[:3] + [row[3] * 2] + row[4:] for row in rows[2:]]
    document = run(make_workbook,
                   ("kab_sleman_2025_program_kegiatan.xlsx", "RKPD KABUPATEN SLEMAN TAHUN 2025", rows[:2]),
                   ("kab_sleman_2025_sub_kegiatan.xlsx", "RKPD KABUPATEN SLEMAN TAHUN 2025", rows[2:]),
                   ("kab_sleman_2025_sub_kegiatan_revisi.xlsx", "RKPD KABUPATEN SLEMAN TAHUN 2025", revised))  # fmt: skip
    # joined, every sub kegiatan would count twice
    assert not [w for w in document["warnings"] if "compared as one plan" in w["message"]]


def test_a_kegiatan_row_in_the_sub_kegiatan_file_stays_where_it_is(make_workbook):
    from syncheck.plan_parts import joined_plan
    from syncheck.readers import read_plan

    rows = tourism_rows("2", "Kapanewon Prambanan")
    upper = plan_file(make_workbook, "kab_sleman_2025_program_kegiatan.xlsx", "RKPD KABUPATEN SLEMAN TAHUN 2025", rows[:2])
    subs = [[f"3.26.02.2.01.{n:04d}", f"Pengelolaan Daya Tarik Wisata Nomor {n}", "Kapanewon Depok", 100, TOURISM] for n in range(1, 11)]
    lower = plan_file(make_workbook, "kab_sleman_2025_sub_kegiatan.xlsx", "RKPD KABUPATEN SLEMAN TAHUN 2025", subs + [rows[1]])
    plan = joined_plan([read_plan(upper), read_plan(lower)])
    kegiatan = [item for item in plan.items if item.ref.file == "kab_sleman_2025_sub_kegiatan.xlsx" and item.kind.value == "kegiatan"]
    assert [(item.code_text, item.parent) for item in kegiatan] == [("3.26.02.2.01", None)]  # not put under itself
    assert all(item.parent is not None for item in plan.items if item.kind.value == "sub_kegiatan")


def test_a_codeless_sub_kegiatan_between_rows_of_one_kegiatan_is_put_under_it(make_workbook):
    from syncheck.plan_parts import joined_plan
    from syncheck.readers import read_plan

    rows = tourism_rows("2", "Kapanewon Prambanan")
    upper = plan_file(make_workbook, "kab_sleman_2025_program_kegiatan.xlsx", "RKPD KABUPATEN SLEMAN TAHUN 2025", rows[:2])
    subs = [[f"3.26.02.2.01.{n:04d}", f"Pengelolaan Daya Tarik Wisata Nomor {n}", "Kapanewon Depok", 100, TOURISM] for n in range(1, 5)]
    other = ["3.26.03.2.01.0001", "Pemasaran Pariwisata Dalam dan Luar Negeri", "Kapanewon Depok", 100, TOURISM]
    codeless = [None, "Penetapan Daya Tarik Wisata Kabupaten/Kota", "Kapanewon Depok", 100, TOURISM]
    lower_rows = subs[:2] + [codeless] + subs[2:] + [codeless[:1] + ["Pengembangan Destinasi Wisata"] + codeless[2:], other]
    lower = plan_file(make_workbook, "kab_sleman_2025_sub_kegiatan.xlsx", "RKPD KABUPATEN SLEMAN TAHUN 2025", lower_rows)
    plan = joined_plan([read_plan(upper), read_plan(lower)])
    parents = {item.name: item.kegiatan_code for item in plan.items if item.kind.value == "sub_kegiatan" and item.code is None}
    # the first between two rows of kegiatan 3.26.02.2.01; the second between rows of two kegiatan: where it goes is unknown
    assert parents == {"Penetapan Daya Tarik Wisata Kabupaten/Kota": "3.26.02.2.01", "Pengembangan Destinasi Wisata": ""}
