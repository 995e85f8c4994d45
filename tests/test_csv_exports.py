"""Plans saved as CSV from Excel (Indonesian locale, narrow columns, numbers Excel retyped) and hand-made tables."""

from __future__ import annotations

from syncheck.readers import read_plan
from syncheck.values import parse_budget, scientific_rounding

HEADER = "Kode;Program/Kegiatan/Sub Kegiatan;Lokasi;Pagu Indikatif (Rp)"


def write_csv(tmp_path, lines, name="rkpd_kota_malang_2024.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return str(path)


def test_scientific_amounts_are_read_as_written():
    assert parse_budget("1,25E+09") == (1_250_000_000, "")
    assert parse_budget("1.25E+09") == (1_250_000_000, "")
    assert parse_budget("3E+09") == (3_000_000_000, "")
    assert parse_budget("1,25E+03", 10**6) == (1_250_000_000, "")
    assert scientific_rounding("1,25E+09") == 5_000_000
    assert scientific_rounding("3E+09") == 500_000_000
    assert scientific_rounding("1.250.000.000") is None


def test_csv_with_amounts_in_scientific_notation_warns_once(tmp_path):
    path = write_csv(tmp_path, [
        HEADER,
        "1.02.02;PROGRAM PEMENUHAN UPAYA KESEHATAN;;3,75E+09",
        "1.02.02.2.01;Penyediaan Fasilitas Pelayanan Kesehatan;;3,75E+09",
        "1.02.02.2.01.0001;Pembangunan Rumah Sakit;Kecamatan Klojen;1,25E+09",
        "1.02.02.2.01.0002;Pembangunan Puskesmas;Kota Malang;2,5E+09",
    ])
    plan = read_plan(path)
    assert [item.budget for item in plan.items] == [3_750_000_000, 3_750_000_000, 1_250_000_000, 2_500_000_000]
    notes = [warning for warning in plan.warnings if "scientific notation" in warning.message]
    assert len(notes) == 1
    assert notes[0].ref.row == 2
    assert "4 budget amounts" in notes[0].message and "'3,75E+09' in D2" in notes[0].message and "Rp 5.000.000" in notes[0].message
    assert not any("is not an amount" in warning.message for warning in plan.warnings)
