"""A kab/kota given in several files of one year: placed as one government whatever the files are, and compared as
one plan when each file holds perangkat daerah of its own (a plan given one file per perangkat daerah)."""

from __future__ import annotations

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
