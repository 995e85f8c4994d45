"""Helpers for the audit tests: a small plan workbook of one government and year."""

from __future__ import annotations

HEADER = ["Kode", "Program/ Kegiatan/ Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]


def plan_rows(government: str, year: int, rows: list[list[object]]) -> list[list[object]]:
    """Title rows naming the government and year, the header, then the item rows."""
    return [["RENCANA KERJA PEMERINTAH DAERAH"], [government.upper()], [f"TAHUN {year}"], [], HEADER] + rows


def write_plan(make_workbook, government: str, year: int, rows: list[list[object]]) -> str:
    """A plan workbook named like the sample files ('kabupaten_contoh_2024.xlsx'); return its path."""
    name = f"{government.lower().replace(' ', '_')}_{year}.xlsx"
    return str(make_workbook(plan_rows(government, year, rows), name=name))


# A province and a kabupaten over two years: the kabupaten's plan changes between the years.
HEALTH = "1.02.02"
PROGRAM = ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT"]
FACILITY = ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota"]
SERVICE = ["1.02.02.2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota"]
TERMINAL = ["2.15.02", "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)"]
TERMINAL_KEG = ["2.15.02.2.03", "Pengelolaan Terminal Penumpang"]
DINKES, DISHUB, SETDA = "DINAS KESEHATAN", "DINAS PERHUBUNGAN", "SEKRETARIAT DAERAH"

KAB_2023 = [
    PROGRAM + [None, 430, DINKES],
    FACILITY + [None, 300, DINKES],
    ["1.02.02.2.01.01", "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya", "Kec. Satu", 200, DINKES],
    ["1.02.02.2.01.02", "Pembangunan Puskesmas", "Kec. Dua", 100, DINKES],
    SERVICE + [None, 130, DINKES],
    ["1.02.02.2.02.01", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Kec. Satu", 50, DINKES],
    ["1.02.02.2.02.03", "Pengelolaan Sistem Informasi Kesehatan", "Kec. Satu", 80, DINKES],
    TERMINAL + [None, 40, DISHUB],
    TERMINAL_KEG + [None, 40, DISHUB],
    ["2.15.02.2.03.01", "Pembangunan Gedung Terminal Tipe B", "Kec. Dua", 40, DISHUB],
    ["4.01.02", "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT", None, 60, SETDA],
    ["4.01.02.2.03", "Koordinasi Penyusunan Kebijakan Daerah", None, 60, SETDA],
    ["4.01.02.2.03.01", "Fasilitasi Penyusunan Produk Hukum Daerah", "Kabupaten Contoh", 30, SETDA],
    ["1.02.02.2.01.01", "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya", "Kec. Tiga", 30, SETDA],
]
KAB_2024 = [
    PROGRAM + [None, 455, DINKES],
    FACILITY + [None, 325, DINKES],
    # the same sub kegiatan typed by hand: no code, abbreviated, '(Lanjutan)'
    [None, "Pemb. Rumah Sakit beserta Sarana & Prasarana Pendukungnya (Lanjutan)", "Kec. Satu", 250, DINKES],
    ["1.02.02.2.01.03", "Pengembangan Rumah Sakit", "Kec. Dua", 75, DINKES],
    SERVICE + [None, 130, DINKES],
    ["1.02.02.2.02.01", "Pengelolaan Pelayanan Kesehatan Ibu Hamil dan Bersalin", "Kec. Satu", 60, DINKES],
    ["1.02.02.2.02.05", "Pengelolaan Sistem Informasi Kesehatan Terintegrasi", "Kec. Satu", 70, DINKES],
    TERMINAL + [None, 45, DISHUB],
    TERMINAL_KEG + [None, 45, DISHUB],
    ["2.15.02.2.03.02", "Pembangunan Gedung Terminal Tipe C", "Kec. Dua", 45, DISHUB],
]
PROVINCE = [
    PROGRAM + [None, 500, DINKES],
    ["1.02.02.1.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Provinsi", None, 500, DINKES],
    ["1.02.02.1.01.01", "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya", "Kabupaten Contoh", 500, DINKES],
    ["4.01.02", "PROGRAM PENATAAN ORGANISASI", None, 50, SETDA],
    ["4.01.02.1.02", "Fasilitasi Reformasi Birokrasi dan Akuntabilitas Kinerja", None, 50, SETDA],
    ["4.01.02.1.02.01", "Pembinaan Pelaksanaan Reformasi Birokrasi", "Provinsi Contoh", 50, SETDA],
]
