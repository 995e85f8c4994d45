"""Body cells merged over several cells: an item's name typed across the code and name columns is its name."""

from __future__ import annotations

from support import FIRST_BODY_ROW, read_sheet, skip_reasons

HEADER = [["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]]
PU = "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"
ROWS = [
    ["PROGRAM PENYELENGGARAAN JALAN", None, None, None, PU],  # typed in A, merged A:B
    ["Penyelenggaraan Jalan Kabupaten/Kota", None, None, None, PU],
    ["1.03.10.2.01.0001", "Penyusunan Rencana, Kebijakan, Strategi dan Teknis Pengembangan Jaringan Jalan", "Kec. Sungai Raya", 300_000_000, PU],
    ["1.03.10.2.01.0002", "Pembangunan Jalan", "Kec. Sungai Raya", 900_000_000, PU],
]


def merges(*rows: int) -> tuple[str, ...]:
    """A:B merged on these body rows (0-based among ROWS)."""
    return tuple(f"A{FIRST_BODY_ROW + row}:B{FIRST_BODY_ROW + row}" for row in rows)


def test_a_codeless_name_merged_across_the_code_and_name_columns_is_the_rows_name(make_workbook):
    plan = read_sheet(make_workbook, HEADER, ROWS, merges=merges(0, 1))
    assert [(item.kind.value, item.name) for item in plan.items][:2] == [
        ("program", "PROGRAM PENYELENGGARAAN JALAN"), ("kegiatan", "Penyelenggaraan Jalan Kabupaten/Kota")]
    assert len(plan.items) == 4 and skip_reasons(plan) == {}  # (before: both rows skipped as having no item name)


def test_a_banner_merged_over_the_whole_table_stays_no_item(make_workbook):
    banner = [[PU, None, None, None, None]]
    plan = read_sheet(make_workbook, HEADER, banner + ROWS[2:], merges=(f"A{FIRST_BODY_ROW}:E{FIRST_BODY_ROW}",))
    assert [item.kind.value for item in plan.items] == ["sub_kegiatan", "sub_kegiatan"]
