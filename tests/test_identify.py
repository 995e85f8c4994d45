"""compare --nomenclature: codeless and miscoded rows get their official identity before matching."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from syncheck.cli import main
from syncheck.codes import parse_code
from syncheck.errors import NomenclatureError
from syncheck.evaluate import evaluate
from syncheck.identify import identify_plan
from syncheck.models import Item, Kind, Level, Options, Plan, Relation, SourceRef
from syncheck.nomenclature_load import load_master
from syncheck.pipeline import compare

from support import NOMENCLATURE as SHARED_LIST, TITLE, corpus_dirs, needs_shared

SAMPLES = Path(__file__).resolve().parents[1] / "sample_data"

# A 4-digit sub kegiatan master in the project's CSV layout (names from the official list).
FASILITAS = "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah"
LAYANAN = "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah"
PEMENUHAN = "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT"
RUMAH_SAKIT = "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya"
MASTER = f"""kind,code,name,level,parent_code,status
urusan,1,URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR,semua,,aktif
bidang_urusan,1.01,URUSAN PEMERINTAHAN BIDANG PENDIDIKAN,kabkota,1,aktif
bidang_urusan,1.02,URUSAN PEMERINTAHAN BIDANG KESEHATAN,provinsi,1,aktif
bidang_urusan,1.02,URUSAN PEMERINTAHAN BIDANG KESEHATAN,kabkota,1,aktif
program,X.XX.01,PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA,kabkota,X.XX,aktif
kegiatan,X.XX.01.2.02,Administrasi Keuangan Perangkat Daerah,kabkota,X.XX.01,aktif
sub_kegiatan,X.XX.01.2.02.0001,Penyediaan Gaji dan Tunjangan ASN,kabkota,X.XX.01.2.02,aktif
program,1.01.02,PROGRAM PENGELOLAAN PENDIDIKAN,kabkota,1.01,aktif
program,2.15.02,PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ),provinsi,2.15,aktif
kegiatan,2.15.02.1.03,Pengelolaan Terminal Penumpang Tipe B,provinsi,2.15.02,aktif
kegiatan,2.15.02.1.04,Pengelolaan Terminal Penumpang Tipe A,provinsi,2.15.02,aktif
kegiatan,1.01.02.2.01,Pengelolaan Pendidikan Sekolah Dasar,kabkota,1.01.02,aktif
sub_kegiatan,1.01.02.2.01.0002,Penambahan Ruang Kelas Baru,kabkota,1.01.02.2.01,aktif
kegiatan,1.01.02.2.02,Pengelolaan Pendidikan Sekolah Menengah Pertama,kabkota,1.01.02,aktif
sub_kegiatan,1.01.02.2.02.0002,Penambahan Ruang Kelas Baru,kabkota,1.01.02.2.02,aktif
program,1.02.02,{PEMENUHAN},provinsi,1.02,aktif
program,1.02.02,{PEMENUHAN},kabkota,1.02,aktif
program,1.02.04,"PROGRAM SEDIAAN FARMASI, ALAT KESEHATAN DAN MAKANAN MINUMAN",provinsi,1.02,aktif
program,1.02.04,"PROGRAM SEDIAAN FARMASI, ALAT KESEHATAN DAN MAKANAN MINUMAN",kabkota,1.02,aktif
kegiatan,1.02.02.1.01,{FASILITAS} Provinsi,provinsi,1.02.02,aktif
sub_kegiatan,1.02.02.1.01.0001,{RUMAH_SAKIT},provinsi,1.02.02.1.01,aktif
sub_kegiatan,1.02.02.1.01.0002,Pengembangan Rumah Sakit,provinsi,1.02.02.1.01,aktif
kegiatan,1.02.02.1.02,{LAYANAN} Provinsi,provinsi,1.02.02,aktif
sub_kegiatan,1.02.02.1.02.0001,Pengelolaan Pelayanan Kesehatan bagi Penduduk Terdampak Krisis Kesehatan,provinsi,1.02.02.1.02,aktif
sub_kegiatan,1.02.02.1.02.0004,Pengelolaan Pelayanan Kesehatan Usia Produktif,provinsi,1.02.02.1.02,aktif
sub_kegiatan,1.02.02.1.02.0005,Pengelolaan Pelayanan Kesehatan Usia Lanjut,provinsi,1.02.02.1.02,aktif
kegiatan,1.02.02.2.01,{FASILITAS} Kabupaten/Kota,kabkota,1.02.02,aktif
sub_kegiatan,1.02.02.2.01.0001,{RUMAH_SAKIT},kabkota,1.02.02.2.01,aktif
sub_kegiatan,1.02.02.2.01.0002,Pembangunan Puskesmas,kabkota,1.02.02.2.01,aktif
sub_kegiatan,1.02.02.2.01.0005,Pengembangan Rumah Sakit,kabkota,1.02.02.2.01,aktif
kegiatan,1.02.02.2.02,{LAYANAN} Kabupaten/Kota,kabkota,1.02.02,aktif
sub_kegiatan,1.02.02.2.02.0001,Pengelolaan Pelayanan Kesehatan Ibu Hamil,kabkota,1.02.02.2.02,aktif
sub_kegiatan,1.02.02.2.02.0003,Pengelolaan Pelayanan Kesehatan Ibu Hamil,kabkota,1.02.02.2.02,nonaktif
sub_kegiatan,1.02.02.2.02.0004,Pengelolaan Pelayanan Kesehatan Balita,kabkota,1.02.02.2.02,aktif
sub_kegiatan,1.02.02.2.02.0006,Pengelolaan Pelayanan Kesehatan pada Usia Produktif,kabkota,1.02.02.2.02,aktif
sub_kegiatan,1.02.02.2.02.0007,Pengelolaan Pelayanan Kesehatan pada Usia Lanjut,kabkota,1.02.02.2.02,aktif
"""

P, K, S = Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN


@pytest.fixture
def master_path(tmp_path) -> str:
    path = tmp_path / "nomenklatur.csv"
    path.write_text(MASTER, encoding="utf-8")
    return str(path)


@pytest.fixture
def master(master_path):
    return load_master(master_path)


def row(number, kind, code, name, parent=None, program="", kegiatan="", agency_code=""):
    return Item(
        ref=SourceRef("kab_contoh_2024.xlsx", "RKPD", number),
        kind=kind,
        name=name,
        code=parse_code(code) if code else None,
        code_raw=code,
        program_code=program,
        kegiatan_code=kegiatan,
        agency_code=agency_code,
        parent=SourceRef("kab_contoh_2024.xlsx", "RKPD", parent) if parent else None,
    )


def plan_of(items, level=Level.KABUPATEN) -> Plan:
    return Plan("kab_contoh_2024.xlsx", "", "", "Kabupaten Contoh", level, 2024, (), tuple(items), (), (), len(items))


def officials(plan: Plan) -> dict[int, tuple[str, str, float]]:
    return {item.ref.row: (item.official.code.text, item.official.why, item.official.score) for item in plan.items if item.official}


# --------------------------------------------------------------------------- identify_plan


def test_codeless_unknown_and_miscoded_rows_get_the_official_code(master):
    items = [
        row(5, P, "", "Program Pemenuhan Upaya Kesehatan Perorangan & Upaya Kesehatan Masyarakat"),
        row(6, K, "", f"{FASILITAS} Kab/Kota", parent=5),
        row(7, S, "1.02.02.2.01.0099", "Pembangunan Puskesmas", parent=6),  # code not in the list
        row(8, S, "1.02.02.2.01.0002", RUMAH_SAKIT.upper(), parent=6),  # the list's 0002 is Puskesmas
        row(9, S, "1.02.02.2.01.0005", "Pengembangan Rumah Sakit", parent=6),  # right: left alone
        row(10, S, "1.02.02.2.01.0001", "Pemb. Rumah Sakit beserta Sarana & Prasarana Pendukungnya", parent=6),
    ]
    identified = identify_plan(plan_of(items), master)
    assert officials(identified) == {
        5: ("1.02.02", "no_code", 100.0),
        6: ("1.02.02.2.01", "no_code", 100.0),
        7: ("1.02.02.2.01.0002", "unknown_code", 100.0),
        8: ("1.02.02.2.01.0001", "other_item", 100.0),
    }
    # the plan's own codes are kept
    assert [item.code_text for item in identified.items] == [
        "", "", "1.02.02.2.01.0099", "1.02.02.2.01.0002", "1.02.02.2.01.0005", "1.02.02.2.01.0001"]
    assert identified.items[1].official.name == f"{FASILITAS} Kabupaten/Kota"


def test_rows_stay_unidentified_when_no_single_item_fits(master):
    items = [
        # no list item of this name
        row(5, S, "1.02.02.2.01.0002", "Pembangunan Gedung Parkir Rumah Sakit"),
        # a provincial item's name in a kabupaten plan: the search stays at the plan's level
        row(6, S, "", "Pengelolaan Pelayanan Kesehatan bagi Penduduk Terdampak Krisis Kesehatan"),
        # the same name under two kegiatan (Sekolah Dasar, SMP) and no parent row to choose
        row(7, S, "", "Penambahan Ruang Kelas Baru"),
    ]
    assert officials(identify_plan(plan_of(items), master)) == {}
    provincial_only = [row(5, S, "", "Pengembangan Rumah Sakit")]
    assert officials(identify_plan(plan_of(provincial_only), master)) == {5: ("1.02.02.2.01.0005", "no_code", 100.0)}
    assert officials(identify_plan(plan_of(provincial_only, Level.PROVINSI), master)) == {5: ("1.02.02.1.01.0002", "no_code", 100.0)}


def test_parent_rows_choose_between_items_of_the_same_name(master):
    items = [
        row(5, P, "1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN"),
        row(6, K, "", "Pengelolaan Pendidikan Sekolah Menengah Pertama", parent=5),
        row(7, S, "", "Penambahan Ruang Kelas Baru", parent=6),
        row(8, K, "1.01.02.2.01", "Pengelolaan Pendidikan Sekolah Dasar", parent=5),
        row(9, S, "", "Penambahan Ruang Kelas Baru", parent=8),
    ]
    assert officials(identify_plan(plan_of(items), master)) == {
        6: ("1.01.02.2.02", "no_code", 100.0),
        7: ("1.01.02.2.02.0002", "no_code", 100.0),
        9: ("1.01.02.2.01.0002", "no_code", 100.0),
    }


def test_near_identical_names_are_told_apart(master):
    # 'Usia Lanjut' and 'Usia Produktif' score 90+ against each other; only the equal name counts
    items = [row(5, S, "", "PENGELOLAAN PELAYANAN KESEHATAN PADA USIA LANJUT")]
    assert officials(identify_plan(plan_of(items), master)) == {5: ("1.02.02.2.02.0007", "no_code", 100.0)}
    # 'Tipe B' (Lanjutan) is Tipe B although Tipe A scores 97; with a typo as well it is too close to call
    province = [
        row(5, K, "", "Pengelolaan Terminal Penumpang Tipe B (Lanjutan)"),
        row(6, K, "", "Pengelolan Terminal Penumpang Tipe B"),
    ]
    assert officials(identify_plan(plan_of(province, Level.PROVINSI), master)) == {5: ("2.15.02.1.03", "no_code", 100.0)}


def test_a_retired_item_of_the_same_name_does_not_compete(master):
    items = [row(5, S, "", "Pengelolaan Pelayanan Kesehatan Ibu Hamil")]
    assert officials(identify_plan(plan_of(items), master)) == {5: ("1.02.02.2.02.0001", "no_code", 100.0)}


def test_support_program_item_is_written_under_the_agency_bidang(master):
    items = [
        row(5, P, "1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"),
        row(6, K, "1.02.01.2.02", "Administrasi Keuangan Perangkat Daerah", parent=5),
        row(7, S, "", "Penyediaan Gaji & Tunjangan ASN", parent=6),
        row(8, S, "", "Penyediaan Gaji dan Tunjangan ASN", agency_code="1.01.0.00.0.00.01.0000"),
    ]
    assert officials(identify_plan(plan_of(items), master)) == {
        7: ("1.02.01.2.02.0001", "no_code", 100.0),
        8: ("1.01.01.2.02.0001", "no_code", 100.0),
    }


# --------------------------------------------------------------------------- compare, built workbooks

HEADER = [["Kode", "Program/ Kegiatan/ Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]]
DINKES = "DINAS KESEHATAN"
PROVINCE = [["RENCANA KERJA PEMERINTAH DAERAH"], ["PROVINSI CONTOH"], ["TAHUN 2024"], []] + HEADER + [
    ["1.02.02", PEMENUHAN, None, 900, DINKES],
    ["1.02.02.1.01", f"{FASILITAS} Provinsi", None, 500, DINKES],
    ["1.02.02.1.01.0001", RUMAH_SAKIT, "Kota Contoh", 300, DINKES],
    ["1.02.02.1.01.0002", "Pengembangan Rumah Sakit", "Kota Contoh", 200, DINKES],
    ["1.02.02.1.02", f"{LAYANAN} Provinsi", None, 400, DINKES],
    ["1.02.02.1.02.0004", "Pengelolaan Pelayanan Kesehatan Usia Produktif", "Kota Contoh", 250, DINKES],
    ["1.02.02.1.02.0005", "Pengelolaan Pelayanan Kesehatan Usia Lanjut", "Kota Contoh", 150, DINKES],
]
# codes stripped: the rows are the same items as the province's, written by hand
CODELESS = TITLE + HEADER + [
    [None, "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", None, 120, DINKES],
    [None, f"{FASILITAS} Kab/Kota", None, 120, DINKES],
    [None, "Pemb. Rumah Sakit beserta Sarana & Prasarana Pendukungnya", "Kec. Tugu", 120, DINKES],
]
# wrong codes: the kegiatan carries the Fasilitas code, the sub kegiatan the Balita code
MISCODED = [["RENCANA KERJA PEMERINTAH DAERAH"], ["KABUPATEN CONTOH"], ["TAHUN 2024"], []] + HEADER + [
    ["1.02.02", PEMENUHAN, None, 80, DINKES],
    ["1.02.02.2.01", f"{LAYANAN} Kabupaten/Kota", None, 80, DINKES],
    ["1.02.02.2.02.0004", "Pengelolaan Pelayanan Kesehatan pada Usia Lanjut", "Kabupaten Contoh", 80, DINKES],
]


def _files(make_workbook) -> list[str]:
    return [
        str(make_workbook(PROVINCE, name="provinsi_contoh_2024.xlsx")),
        str(make_workbook(CODELESS, name="kota_contoh_2024.xlsx")),
        str(make_workbook(MISCODED, name="kab_contoh_2024.xlsx")),
    ]


def _links(result, right_file: str) -> dict[tuple[int, int], tuple[Relation, str]]:
    return {(l.left.ref.row, l.right.ref.row): (l.relation, l.reason) for l in result.links if l.right.ref.file == right_file}


def test_codeless_rows_are_identical_only_with_the_nomenclature(make_workbook, master_path):
    files = _files(make_workbook)
    plain = _links(compare(files), "kota_contoh_2024.xlsx")
    assert {pair: relation for pair, (relation, _) in plain.items() if relation.is_same} == {
        (6, 6): Relation.SIMILAR, (7, 7): Relation.SIMILAR, (8, 8): Relation.SIMILAR}
    assert plain[(8, 8)][1] == "names equal after normalization; no code on the right side"

    named = _links(compare(files, Options(nomenclature_path=master_path)), "kota_contoh_2024.xlsx")
    assert {pair: relation for pair, (relation, _) in named.items() if relation.is_same} == {
        (6, 6): Relation.IDENTICAL, (7, 7): Relation.IDENTICAL, (8, 8): Relation.IDENTICAL}
    assert named[(6, 6)][1] == (
        "same code 1.02.02; names equal after normalization; "
        "right code 1.02.02 from nomenclature (name 100; the row has no code)")
    assert named[(8, 8)][1] == (
        "same slot (1.02.02.1.01.0001 / 1.02.02.2.01.0001); names equal after normalization once level words are set aside; "
        "right code 1.02.02.2.01.0001 from nomenclature (name 100; the row has no code)")


def test_miscoded_rows_lose_their_false_counterparts_only_with_the_nomenclature(make_workbook, master_path):
    files = _files(make_workbook)
    plain = _links(compare(files), "kab_contoh_2024.xlsx")
    # the wrong codes put the rows in the slots of other province items
    assert plain[(7, 7)][0] is Relation.COUNTERPART  # Fasilitas (province) vs Layanan (coded as Fasilitas)
    assert plain[(11, 8)][0] is Relation.COUNTERPART  # Usia Produktif vs Usia Lanjut (coded as Balita)
    assert plain[(10, 7)][0] is Relation.IDENTICAL
    assert plain[(12, 8)] == (Relation.IDENTICAL, (
        "same parent (1.02.02.1.02.0005 / 1.02.02.2.02.0004); names equal after normalization once level words are set aside"))

    named = _links(compare(files, Options(nomenclature_path=master_path)), "kab_contoh_2024.xlsx")
    assert Relation.COUNTERPART not in {relation for relation, _ in named.values()}
    assert named[(10, 7)] == (Relation.IDENTICAL, (
        "same slot (1.02.02.1.02 / 1.02.02.2.02); names equal after normalization once level words are set aside; "
        "right code 1.02.02.2.02 from nomenclature (name 100; the row's code 1.02.02.2.01 names another item)"))
    assert named[(12, 8)] == (Relation.IDENTICAL, (
        "same parent (1.02.02.1.02.0005 / 1.02.02.2.02.0007); names equal after normalization once level words are set aside; "
        "right code 1.02.02.2.02.0007 from nomenclature (name 100; the row's code 1.02.02.2.02.0004 names another item)"))


# --------------------------------------------------------------------------- CLI


def test_cli_compare_with_nomenclature_keeps_the_plan_codes_in_the_outputs(make_workbook, master_path, tmp_path):
    files = _files(make_workbook)[:2]
    out = tmp_path / "hasil.xlsx"
    result = CliRunner().invoke(main, ["compare", *files, "--nomenclature", master_path, "--json", "-", "-o", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout[result.stdout.index("{"):])
    link = next(l for l in document["links"] if l["kind"] == "sub_kegiatan" and l["relation"] == "identical")
    assert (link["left"]["code"], link["right"]["code"]) == ("1.02.02.1.01.0001", "")
    assert link["reason"].endswith("; right code 1.02.02.2.01.0001 from nomenclature (name 100; the row has no code)")
    sheet = openpyxl.load_workbook(out)["Sub kegiatan links"]
    headers = [cell.value for cell in sheet[1]]
    rows = [dict(zip(headers, (cell.value for cell in line))) for line in sheet.iter_rows(min_row=2)]
    identical = [r for r in rows if r["Relation"] == "identical"]
    assert len(identical) == 1 and identical[0]["Right code"] is None
    assert "from nomenclature (name 100" in identical[0]["Reason"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("tanggal,catatan\n2024-01-01,rapat\n",
         "notes.csv: berkas ini bukan daftar nomenklatur: tidak ada baris kepala tabel dengan kolom kode dan kolom nama"),
        (None, "notes.csv: berkas nomenklatur tidak ditemukan"),
    ],
)
def test_cli_bad_nomenclature_is_one_line_exit_3(make_workbook, tmp_path, content, message):
    files = _files(make_workbook)[:2]
    master = tmp_path / "notes.csv"
    if content is not None:
        master.write_text(content, encoding="utf-8")
    for command in (["compare", *files], ["evaluate", *files, "--truth", str(tmp_path / "truth.json")]):
        (tmp_path / "truth.json").write_text("{}", encoding="utf-8")
        result = CliRunner().invoke(main, [*command, "--nomenclature", str(master)])
        assert result.exit_code == 3, result.output
        assert result.output.splitlines() == [f"syncheck: kesalahan: {message}"]


def test_library_users_pass_the_master_path_in_options(make_workbook, tmp_path):
    files = _files(make_workbook)[:2]
    with pytest.raises(NomenclatureError) as error:
        compare(files, Options(nomenclature_path=str(tmp_path / "missing.csv")))
    assert str(error.value) == "missing.csv: nomenclature file not found"


# --------------------------------------------------------------------------- real data


@needs_shared
def test_sample_plan_codeless_rows_identified_with_the_official_list():
    files = [str(SAMPLES / "provinsi_jawa_tengah_2024.xlsx"), str(SAMPLES / "kabupaten_demak_2024.xlsx")]
    plain = compare(files)
    named = compare(files, Options(nomenclature_path=str(SHARED_LIST)))
    demak = named.plans[1]
    identified = {item.ref.row: item.official.code.text for item in demak.items if item.official}
    assert identified[67] == "1.04.04" and identified[106] == "2.09.03.2.01.02"
    assert all(item.code is None for item in demak.items if item.official)
    before = {(l.left.ref.row, l.right.ref.row): l.relation for l in plain.links}
    after = {(l.left.ref.row, l.right.ref.row): l for l in named.links}
    upgraded = [pair for pair, relation in before.items() if relation is Relation.SIMILAR and after[pair].relation is Relation.IDENTICAL]
    assert upgraded and all("from nomenclature (name " in after[pair].reason for pair in upgraded)
    assert [s.same for s in named.summaries if s.kind is Kind.PROGRAM] == [41]


@needs_shared
@pytest.mark.parametrize("directory", corpus_dirs(), ids=lambda p: p.name)
def test_corpus_accuracy_does_not_drop_with_the_nomenclature(directory):
    truth = json.loads((directory / "truth.json").read_text(encoding="utf-8"))
    files = [str(directory / name) for name in truth["files"]]
    plain = evaluate(compare(files), truth)
    named = evaluate(compare(files, Options(nomenclature_path=str(SHARED_LIST))), truth)
    for before, after in zip(plain.kinds, named.kinds):
        assert after.true_positives >= before.true_positives, after.kind
        assert after.false_positives <= before.false_positives, after.kind
    assert sum(c.exact for c in named.headlines) >= sum(c.exact for c in plain.headlines)
