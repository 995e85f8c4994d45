"""Tests for syncheck.nomenclature: loading masters in several layouts and looking items up."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from syncheck.codes import parse_code
from syncheck.errors import NomenclatureError
from syncheck.models import Kind, Level
from syncheck.nomenclature import load_master, master_level, name_relation
from support import NOMENCLATURE, best_name_match, needs_shared

REAL_LIST = str(NOMENCLATURE)

HEADER = "kind,code,name,level,parent_code,status"
ROWS = [
    ("urusan", "X", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "semua", "", "aktif"),
    ("urusan", "1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", "semua", "", "aktif"),
    ("bidang_urusan", "1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN", "provinsi", "1", "aktif"),
    ("bidang_urusan", "1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN", "kabkota", "1", "aktif"),
    ("program", "X.XX.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", "provinsi", "X.XX", "aktif"),
    ("program", "X.XX.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "kabkota", "X.XX", "aktif"),
    ("kegiatan", "X.XX.01.1.02", "Administrasi Keuangan Perangkat Daerah", "provinsi", "X.XX.01", "aktif"),
    ("sub_kegiatan", "X.XX.01.1.02.01", "Penyediaan Gaji dan Tunjangan ASN", "provinsi", "X.XX.01.1.02", "aktif"),
    ("kegiatan", "X.XX.01.2.02", "Administrasi Keuangan Perangkat Daerah", "kabkota", "X.XX.01", "aktif"),
    ("sub_kegiatan", "X.XX.01.2.02.01", "Penyediaan Gaji dan Tunjangan ASN", "kabkota", "X.XX.01.2.02", "aktif"),
    ("program", "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", "provinsi", "1.02", "aktif"),
    ("program", "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", "kabkota", "1.02", "aktif"),
    ("program", "1.02.04", "PROGRAM SEDIAAN FARMASI, ALAT KESEHATAN DAN MAKANAN MINUMAN", "provinsi", "1.02", "aktif"),
    (
        "kegiatan",
        "1.02.02.1.01",
        "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Provinsi",
        "provinsi",
        "1.02.02",
        "aktif",
    ),
    ("sub_kegiatan", "1.02.02.1.01.01", "Pengembangan Rumah Sakit", "provinsi", "1.02.02.1.01", "aktif"),
    (
        "kegiatan",
        "1.02.02.2.01",
        "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
        "kabkota",
        "1.02.02",
        "aktif",
    ),
    (
        "sub_kegiatan",
        "1.02.02.2.01.01",
        "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya",
        "kabkota",
        "1.02.02.2.01",
        "aktif",
    ),
    ("sub_kegiatan", "1.02.02.2.01.02", "Pembangunan Puskesmas", "kabkota", "1.02.02.2.01", "aktif"),
    ("sub_kegiatan", "1.02.02.2.01.03", "Pembangunan Fasilitas Kesehatan Lainnya", "kabkota", "1.02.02.2.01", "aktif"),
    ("sub_kegiatan", "1.02.02.2.01.04", "Pengadaan Alat Kesehatan Lama", "kabkota", "1.02.02.2.01", "nonaktif"),
    (
        "kegiatan",
        "1.02.02.2.02",
        "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
        "kabkota",
        "1.02.02",
        "aktif",
    ),
    ("sub_kegiatan", "1.02.02.2.02.01", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "kabkota", "1.02.02.2.02", "aktif"),
    ("sub_kegiatan", "1.02.02.2.02.02", "Pengelolaan Pelayanan Kesehatan Ibu Bersalin", "kabkota", "1.02.02.2.02", "aktif"),
]


def _csv_text(delimiter: str = ",") -> str:
    def quote(value: str) -> str:
        return f'"{value}"' if delimiter in value or "," in value else value

    lines = [HEADER.replace(",", delimiter)]
    lines += [delimiter.join(quote(value) for value in row) for row in ROWS]
    return "\n".join(lines) + "\n"


def write_master_csv(tmp_path, delimiter: str = ",", encoding: str = "utf-8", name: str = "master.csv") -> str:
    path = tmp_path / name
    path.write_bytes(_csv_text(delimiter).encode(encoding))
    return str(path)


# --------------------------------------------------------------------------- own CSV layout


def test_csv_layout_loads_entries_levels_and_status(tmp_path):
    master = load_master(write_master_csv(tmp_path))
    assert master.file == "master.csv"
    assert len(master.entries) == len(ROWS)
    assert master.sub_kegiatan_digits == 2
    kinds = {entry.kind for entry in master.entries}
    assert kinds == {Kind.URUSAN, Kind.BIDANG, Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN}
    urusan = master.get("1")
    assert urusan is not None and urusan.level == "semua"
    retired = master.get("1.02.02.2.01.04", "kabkota")
    assert retired is not None and retired.status == "nonaktif" and not retired.active
    assert master.get("1.02.02.2.01.01", "kabkota").parent == "1.02.02.2.01"


def test_invisible_characters_in_a_master_cell_are_dropped_as_in_a_plan_cell(tmp_path):
    path = tmp_path / "master.csv"
    text = _csv_text().replace("Pembangunan Puskesmas", "Pembangunan\u200b Pus\u00adkesmas")
    path.write_text(text, encoding="utf-8")
    assert load_master(str(path)).get("1.02.02.2.01.02", "kabkota").name == "Pembangunan Puskesmas"


def test_get_by_level_and_comparison_key(tmp_path):
    master = load_master(write_master_csv(tmp_path))
    # 4-digit spelling finds the 2-digit entry
    entry = master.get(parse_code("1.02.02.2.01.0001"), "kabkota")
    assert entry is not None and entry.name.startswith("Pembangunan Rumah Sakit")
    assert master.get("1.02.02.2.01.0001", Level.KABUPATEN) is entry
    # a kab/kota code is not found among provincial items
    assert master.get("1.02.02.2.01.01", "provinsi") is None
    # programs exist per level; 1.02.04 only for provinces
    assert master.get("1.02.04", Level.PROVINSI) is not None
    assert master.get("1.02.04", Level.KOTA) is None
    assert master.get("9.99.99") is None
    assert master.get("not a code") is None


def test_support_program_fallback(tmp_path):
    master = load_master(write_master_csv(tmp_path))
    program = master.get("1.02.01", "kabkota")
    assert program is not None and program.code.text == "X.XX.01"
    assert program.name.endswith("KABUPATEN/KOTA")
    sub = master.get("1.02.01.2.02.0001", "kabkota")
    assert sub is not None and sub.code.text == "X.XX.01.2.02.01"
    assert master.get("1.02.01.1.02.01", "provinsi").level == "provinsi"
    # program segment other than 01 does not fall back
    assert master.get("1.02.03", "kabkota") is None


def test_children(tmp_path):
    master = load_master(write_master_csv(tmp_path))
    kabkota = {entry.code.text for entry in master.children("1.02.02", "kabkota")}
    assert kabkota == {"1.02.02.2.01", "1.02.02.2.02"}
    everything = {entry.code.text for entry in master.children("1.02.02")}
    assert everything == {"1.02.02.1.01", "1.02.02.2.01", "1.02.02.2.02"}
    subs = {entry.code.text for entry in master.children("1.02.02.2.01")}
    assert subs == {"1.02.02.2.01.01", "1.02.02.2.01.02", "1.02.02.2.01.03", "1.02.02.2.01.04"}
    assert [entry.code.text for entry in master.children("1.02.01.2.02")] == ["X.XX.01.2.02.01"]


def test_best_name_match_within_level_and_program(tmp_path):
    master = load_master(write_master_csv(tmp_path))
    entry, score = best_name_match(master, 
        "Pemb. Rumah Sakit beserta Sarana & Prasarana Pendukungnya", Kind.SUB_KEGIATAN, "kabkota"
    )
    assert entry.code.text == "1.02.02.2.01.01" and score >= 95
    # level restricts the pool: the provincial item is found only at provincial level
    entry, _ = best_name_match(master, "Pengembangan Rumah Sakit", Kind.SUB_KEGIATAN, Level.PROVINSI)
    assert entry.code.text == "1.02.02.1.01.01"
    # the support program is searched through its agency form
    entry, score = best_name_match(master, "Penyediaan Gaji & Tunjangan ASN", Kind.SUB_KEGIATAN, "kabkota", "1.02.01")
    assert entry.code.text == "X.XX.01.2.02.01" and score == 100
    # the program filter excludes items of other programs
    entry, score = best_name_match(master, "Penyediaan Gaji dan Tunjangan ASN", Kind.SUB_KEGIATAN, "kabkota", "1.02.02")
    assert entry is None or entry.code.text.startswith("1.02.02")
    assert best_name_match(master, "", Kind.PROGRAM, "kabkota") == (None, 0.0)


def test_semicolon_cp1252_and_bom(tmp_path):
    master = load_master(write_master_csv(tmp_path, delimiter=";", encoding="cp1252", name="m1.csv"))
    assert len(master.entries) == len(ROWS)
    path = tmp_path / "m2.csv"
    path.write_bytes(b"\xef\xbb\xbf" + _csv_text(",").encode("utf-8"))
    assert len(load_master(str(path)).entries) == len(ROWS)
    # a Windows-1252 byte in a name decodes
    text = _csv_text(";").replace("Pembangunan Puskesmas", "Pembangunan Puskesmas \u2013 Baru")
    path = tmp_path / "m3.csv"
    path.write_bytes(text.encode("cp1252"))
    assert "\u2013" in load_master(str(path)).get("1.02.02.2.01.02", "kabkota").name


# --------------------------------------------------------------------------- Kepmendagri-style XLSX


def write_kepmendagri_xlsx(path) -> str:
    """Two sheets, 4-digit sub kegiatan: split code columns under a merged 'KODE' header on the
    kab/kota sheet (numbers typed as numbers), one 'Kode Rekening' column on the province sheet."""
    workbook = Workbook()
    kab = workbook.active
    kab.title = "Kabupaten Kota"
    kab.append(["LAMPIRAN KEPUTUSAN MENTERI DALAM NEGERI"])
    kab.append(["KLASIFIKASI, KODEFIKASI DAN NOMENKLATUR PERENCANAAN PEMBANGUNAN DAN KEUANGAN DAERAH"])
    kab.append([])
    kab.append(["KODE", None, None, None, None, "NOMENKLATUR URUSAN KABUPATEN/KOTA", "KINERJA", "INDIKATOR", "SATUAN"])
    kab.merge_cells("A4:E4")
    kab.append([1, 2, 3, 4, 5, 6, 7, 8, 9])
    rows = [
        (1, None, None, None, None, "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"),
        (1, 2, None, None, None, "URUSAN PEMERINTAHAN BIDANG KESEHATAN"),
        (1, 2, "02", None, None, "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT"),
        (1, 2, "02", 2.01, None, "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota"),
        (1, 2, "02", 2.01, "0001", "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya"),
        (1, 2, "02", 2.01, "0002", "Pembangunan Puskesmas"),
        (1, 2, "02", 2.01, "0003", "Pembangunan Fasilitas Kesehatan Lainnya"),
        (1, 2, "02", 2.01, "0004", "Pembangunan Rumah Dinas Tenaga Kesehatan"),
        (1, 2, "02", 2.02, None, "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota"),
        (1, 2, "02", 2.02, "0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil"),
        (1, 2, "02", 2.02, "0002", "Pengelolaan Pelayanan Kesehatan Ibu Bersalin"),
        ("X", "XX", "01", None, None, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"),
        ("X", "XX", "01", 2.02, None, "Administrasi Keuangan Perangkat Daerah"),
        ("X", "XX", "01", 2.02, "0001", "Penyediaan Gaji dan Tunjangan ASN"),
    ]
    for row in rows:
        kab.append(list(row) + ["kinerja", "indikator", "satuan"])
    prov = workbook.create_sheet("Provinsi")
    prov.append(["Kode Rekening", "Uraian", "Kinerja"])
    for code, name in [
        ("1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"),
        (1.02, "URUSAN PEMERINTAHAN BIDANG KESEHATAN"),
        ("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT"),
        ("1.02.02.1.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Provinsi"),
        ("1.02.02.1.01.0001", "Pengembangan Rumah Sakit"),
        ("1.02.02.1.01.0002", "Pengembangan Fasilitas Kesehatan Lainnya"),
        ("1.02.02.1.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Provinsi"),
        ("1.02.02.1.02.0001", "Pengelolaan Pelayanan Kesehatan bagi Penduduk Terdampak Krisis Kesehatan **)"),
    ]:
        prov.append([code, name, "kinerja"])
    hidden = workbook.create_sheet("Catatan")
    hidden.append(["Kode", "Uraian"])
    hidden.append(["9.99.99", "Program yang tidak boleh terbaca"])
    hidden.sheet_state = "hidden"
    workbook.save(path)
    return str(path)


def test_kepmendagri_xlsx_four_digit(tmp_path):
    master = load_master(write_kepmendagri_xlsx(tmp_path / "nomenklatur_2023.xlsx"))
    assert master.file == "nomenklatur_2023.xlsx"
    assert master.sub_kegiatan_digits == 4
    assert len(master.entries) == 22
    assert master.get("9.99.99") is None  # hidden sheet not read
    # kinds from depth, levels from sheet name (program) and level digit (kegiatan)
    program_levels = {entry.level for entry in master.entries if entry.kind is Kind.PROGRAM and entry.code.text == "1.02.02"}
    assert program_levels == {"kabkota", "provinsi"}
    sub = master.get("1.02.02.2.01.0001", "kabkota")
    assert sub.kind is Kind.SUB_KEGIATAN and sub.code.text == "1.02.02.2.01.0001"
    # a 2-digit spelling finds the 4-digit entry
    assert master.get("1.02.02.2.01.01", "kabkota") is sub
    bidang = master.get("1.02", "provinsi")
    assert bidang.kind is Kind.BIDANG and bidang.name == "URUSAN PEMERINTAHAN BIDANG KESEHATAN"
    kegiatan = master.get("1.02.02.2.01")
    assert kegiatan.kind is Kind.KEGIATAN and kegiatan.level == "kabkota"
    assert master.get("1.02.02.1.02.0001").name.endswith("Krisis Kesehatan")  # footnote marker dropped
    assert master.get("1.02.01.2.02.0001", "kabkota").code.text == "X.XX.01.2.02.0001"
    assert all(entry.status == "aktif" for entry in master.entries)


def test_side_by_side_level_columns(tmp_path):
    lines = ["Kode;Nomenklatur Urusan Provinsi;Nomenklatur Urusan Kabupaten/Kota"]
    lines.append("1.02.02;PROGRAM PEMENUHAN UPAYA KESEHATAN;PROGRAM PEMENUHAN UPAYA KESEHATAN")
    lines.append("4.01.02;PROGRAM PENATAAN ORGANISASI;PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT")
    for number in range(1, 11):
        lines.append(f"1.02.02.1.{number:02d};Kegiatan Provinsi {number};")
        lines.append(f"1.02.02.2.{number:02d};;Kegiatan Kabupaten {number}")
    path = tmp_path / "lampiran.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    master = load_master(str(path))
    assert len(master.entries) == 24
    assert master.get("4.01.02", "provinsi").name == "PROGRAM PENATAAN ORGANISASI"
    assert master.get("4.01.02", "kabkota").name == "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT"
    assert master.get("1.02.02.2.03").level == "kabkota"
    assert master.get("1.02.02.1.03", "kabkota") is None


# --------------------------------------------------------------------------- not a list


def test_not_a_nomenclature_list(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("tanggal,catatan\n2024-01-01,rapat\n", encoding="utf-8")
    with pytest.raises(NomenclatureError) as error:
        load_master(str(path))
    assert str(error.value).startswith("notes.csv: file is not a nomenclature list: ")
    assert error.value.file == "notes.csv"


def test_too_few_rows(tmp_path):
    path = tmp_path / "short.csv"
    path.write_text("kode,uraian\n1,URUSAN A\n1.02,BIDANG B\n1.02.02,PROGRAM C\n", encoding="utf-8")
    with pytest.raises(NomenclatureError, match="only 3 rows"):
        load_master(str(path))


def test_plan_given_as_master(tmp_path):
    lines = ["Kode,Uraian,Pagu Indikatif,Lokasi"]
    lines += [f"1.02.02.2.01.{number:02d},Sub kegiatan {number},1000000,Kota" for number in range(1, 40)]
    path = tmp_path / "rkpd.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(NomenclatureError, match="looks like a plan"):
        load_master(str(path))


def test_missing_and_unreadable(tmp_path):
    with pytest.raises(NomenclatureError, match="not found"):
        load_master(str(tmp_path / "nope.xlsx"))
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not a zip")
    with pytest.raises(NomenclatureError, match="cannot be read") as error:
        load_master(str(broken))
    assert error.value.file == "broken.xlsx"


# --------------------------------------------------------------------------- names and levels


def test_name_relation():
    assert name_relation("PROGRAM PEMENUHAN", "Program Pemenuhan")[0] == "equal"
    assert name_relation("Pelayanan Perijinan Berusaha", "Pelayanan Perizinan Berusaha")[0] == "spelling"
    assert name_relation("PROGRAM PENGARUS UTAMAAN GENDER", "PROGRAM PENGARUSUTAMAAN GENDER")[0] == "spelling"
    assert name_relation("Pengelolaan Terminal Penumpang Tipe C", "Pengelolaan Terminal Penumpang Tipe A")[0] == "different"
    assert name_relation("Pemberdayaan Usaha Mikro", "Pemberdayaan Usaha Kecil")[0] == "different"
    assert name_relation("Penyediaan Gaji dan Tunjangan ASN", "Evaluasi Kinerja Perangkat Daerah")[0] == "different"
    # the regulation's usage note is not part of the name
    note = "Fasilitasi Keprotokolan (Kegiatan dan Sub Kegiatan hanya digunakan oleh Sekretariat Daerah)"
    assert name_relation("Fasilitasi Keprotokolan", note)[0] == "equal"
    assert name_relation(note, note)[0] == "equal"


def test_name_relation_sets_aside_the_notes_the_matcher_sets_aside_before_calling_a_name_misspelt():
    official = "PROGRAM PENYELENGGARAAN PENATAAN RUANG"
    assert name_relation("PROGRAM PENYELENGGARAAN PENATAAN RUANG (Lanjutan)", official)[0] == "equal"
    assert name_relation("Program Penyelenggaraan Penataan Ruang (Lanjtuan)", official)[0] == "equal"  # (mistyped)
    assert name_relation("Program Penyelenggaraan Penataan Ruang (DAK Fisik)", official)[0] == "equal"
    assert name_relation("Program Penyelenggaraan Penataan Ruang - APBD", official)[0] == "equal"
    # a real misspelling beside the note still is one; the official list's own 'Tingkat Lanjutan' is no note
    assert name_relation("PROGRAM PENYELENGARAAN PENATAAN RUANG (Lanjutan)", official)[0] == "spelling"
    assert name_relation("Pendidikan Tingkat Lanjutan", "Pendidikan Tingkat Dasar")[0] == "different"


def test_master_level():
    assert master_level(Level.PROVINSI) == "provinsi"
    assert master_level(Level.KABUPATEN) == "kabkota"
    assert master_level(Level.KOTA) == "kabkota"
    assert master_level("Kab/Kota") == "kabkota"
    assert master_level(None) is None


# --------------------------------------------------------------------------- the real 2020 list


@needs_shared
def test_real_list_counts_and_support_lookup():
    master = load_master(REAL_LIST)
    assert master.sub_kegiatan_digits == 2
    counts = master.counts()

    def total(kind: str) -> int:
        return sum(number for (k, _, _), number in counts.items() if k == kind)

    assert total("urusan") == 10
    assert total("bidang_urusan") == 99
    assert total("program") == 408
    assert total("kegiatan") == 1073
    assert total("sub_kegiatan") == 5352
    assert counts[("program", "provinsi", "aktif")] == 207
    assert counts[("program", "provinsi", "nonaktif")] == 5
    assert counts[("program", "kabkota", "aktif")] == 192
    assert counts[("program", "kabkota", "nonaktif")] == 4
    assert counts[("kegiatan", "provinsi", "aktif")] == 568
    assert counts[("kegiatan", "kabkota", "nonaktif")] == 19
    assert counts[("sub_kegiatan", "provinsi", "aktif")] == 2798
    assert counts[("sub_kegiatan", "provinsi", "nonaktif")] == 169
    assert counts[("sub_kegiatan", "kabkota", "aktif")] == 2254
    assert counts[("sub_kegiatan", "kabkota", "nonaktif")] == 131

    support = master.get("1.02.01.2.02.01", "kabkota")
    assert support is not None and support.code.text == "X.XX.01.2.02.01"
    assert support.name == "Penyediaan Gaji dan Tunjangan ASN"
    assert master.get("1.01.02.2.01.0001", "kabkota").name == "Pembangunan Unit Sekolah Baru (USB)"
    assert master.get("X.XX.01.1.01.01", "provinsi").name == "Penyusunan Dokumen Perencanaan Perangkat Daerah"
    # same code, different programs at the two levels
    assert master.get("4.01.02", "provinsi").name != master.get("4.01.02", "kabkota").name
    # the aktif row wins over its nonaktif twin
    assert master.get("2.12.04.2.01.04", "kabkota").status == "aktif"
