"""`syncheck inspect` text: warnings that say the same on one sheet share a line naming their rows."""

from __future__ import annotations

from click.testing import CliRunner

from syncheck.cli import main
from syncheck.inspection import MAX_ROWS_SHOWN
from support import TITLE

HEADER = [["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu (Rp)"]]
PROGRAM = ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", None, None]
KEGIATAN = ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota", None, None]


def codeless_plan(subs: int) -> list[list[object]]:
    """A plan whose sub kegiatan rows have no code (rows 8 on), and one amount that is not an amount (row 7)."""
    rows = [[None, f"Pembangunan Puskesmas {n}", "Kec. Bawen", 1_000_000_000] for n in range(1, subs + 1)]
    return TITLE + HEADER + [PROGRAM, [*KEGIATAN[:3], "12,5,0"], *rows]


def warning_lines(path: str, lang: str) -> list[str]:
    """The lines under 'warnings: N' of inspect's text."""
    output = CliRunner().invoke(main, ["inspect", path, "--lang", lang]).output.splitlines()
    return output[next(n for n, line in enumerate(output) if line.startswith("  warnings:") or line.startswith("  peringatan:")):]


def test_the_same_warning_on_several_rows_is_one_line_naming_them(make_workbook):
    path = str(make_workbook(codeless_plan(3)))
    assert warning_lines(path, "en") == [
        "  warnings: 4",
        "    sheet 'Sheet1' rows 8, 9, 10: row has no code; read as sub kegiatan from its place in the table",
        "    sheet 'Sheet1' row 7: budget '12,5,0' is not an amount",
    ]
    assert warning_lines(path, "id")[1] == "    lembar 'Sheet1' baris 8, 9, 10: baris tanpa kode; dibaca sebagai sub kegiatan menurut letaknya dalam tabel"


def test_a_long_list_of_rows_is_cut_with_how_many_more(make_workbook):
    path = str(make_workbook(codeless_plan(MAX_ROWS_SHOWN + 3)))
    rows = ", ".join(str(row) for row in range(8, 8 + MAX_ROWS_SHOWN))
    assert warning_lines(path, "en")[1] == f"    sheet 'Sheet1' rows {rows} (and 3 more): row has no code; read as sub kegiatan from its place in the table"
    assert warning_lines(path, "id")[1].startswith(f"    lembar 'Sheet1' baris {rows} (dan 3 lainnya): baris tanpa kode")


def test_inspect_names_the_money_columns_of_another_year_or_stage_it_does_not_read(make_workbook):
    header = [["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu (Rp)", "Bertambah/(Berkurang) (Rp)", "Prakiraan Maju 2026 (Rp)"]]
    rows = [[*PROGRAM, None, None], [*KEGIATAN, None, None], [None, "Pembangunan Puskesmas", "Kec. Bawen", 1_000, 0, 1_100]]
    path = str(make_workbook(TITLE + header + rows))
    english = CliRunner().invoke(main, ["inspect", path, "--lang", "en"]).output.splitlines()
    assert "    other columns, not read (another year or stage): E: Bertambah/(Berkurang) (Rp); F: Prakiraan Maju 2026 (Rp)" in english
    indonesian = CliRunner().invoke(main, ["inspect", path]).output.splitlines()
    assert "    kolom lain, tidak dibaca (tahun atau tahap lain): E: Bertambah/(Berkurang) (Rp); F: Prakiraan Maju 2026 (Rp)" in indonesian
