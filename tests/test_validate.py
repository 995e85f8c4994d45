"""Tests for syncheck.validate: findings of plans checked against a nomenclature master."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace

import openpyxl
import pytest

from syncheck.codes import parse_code
from syncheck.errors import OutputError
from syncheck.messages import say
from syncheck.models import Finding, Item, Kind, Level, Plan, SourceRef
from syncheck.nomenclature import load_master
from syncheck.validate import KINDS, translate_message, validate_plan, validation_to_json, write_validation_workbook
from support import NOMENCLATURE, needs_shared

MASTER_ROWS = """kind,code,name,level,parent_code,status
urusan,X,PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH,semua,,aktif
urusan,1,URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR,semua,,aktif
bidang_urusan,1.02,URUSAN PEMERINTAHAN BIDANG KESEHATAN,provinsi,1,aktif
bidang_urusan,1.02,URUSAN PEMERINTAHAN BIDANG KESEHATAN,kabkota,1,aktif
program,X.XX.01,PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI,provinsi,X.XX,aktif
program,X.XX.01,PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA,kabkota,X.XX,aktif
kegiatan,X.XX.01.1.02,Administrasi Keuangan Perangkat Daerah,provinsi,X.XX.01,aktif
sub_kegiatan,X.XX.01.1.02.01,Penyediaan Gaji dan Tunjangan ASN,provinsi,X.XX.01.1.02,aktif
kegiatan,X.XX.01.2.02,Administrasi Keuangan Perangkat Daerah,kabkota,X.XX.01,aktif
sub_kegiatan,X.XX.01.2.02.01,Penyediaan Gaji dan Tunjangan ASN,kabkota,X.XX.01.2.02,aktif
program,1.02.02,PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT,provinsi,1.02,aktif
program,1.02.02,PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT,kabkota,1.02,aktif
program,1.02.04,"PROGRAM SEDIAAN FARMASI, ALAT KESEHATAN DAN MAKANAN MINUMAN",provinsi,1.02,aktif
kegiatan,1.02.02.1.01,Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Provinsi,provinsi,1.02.02,aktif
sub_kegiatan,1.02.02.1.01.01,Pengembangan Rumah Sakit,provinsi,1.02.02.1.01,aktif
kegiatan,1.02.02.2.01,Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota,kabkota,1.02.02,aktif
sub_kegiatan,1.02.02.2.01.01,Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya,kabkota,1.02.02.2.01,aktif
sub_kegiatan,1.02.02.2.01.02,Pembangunan Puskesmas,kabkota,1.02.02.2.01,aktif
sub_kegiatan,1.02.02.2.01.03,Pembangunan Fasilitas Kesehatan Lainnya,kabkota,1.02.02.2.01,aktif
sub_kegiatan,1.02.02.2.01.04,Pengadaan Alat Kesehatan Lama,kabkota,1.02.02.2.01,nonaktif
kegiatan,1.02.02.2.02,Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota,kabkota,1.02.02,aktif
sub_kegiatan,1.02.02.2.02.01,Pengelolaan Pelayanan Kesehatan Ibu Hamil,kabkota,1.02.02.2.02,aktif
sub_kegiatan,1.02.02.2.02.02,Pengelolaan Pelayanan Kesehatan Ibu Bersalin,kabkota,1.02.02.2.02,aktif
"""

DINKES = ("Dinas Kesehatan", "1.02.0.00.0.00.01.0000")
RSUD = ("RSUD Kabupaten", "1.02.0.00.0.00.02.0000")
FASILITAS_KAB = "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota"
FASILITAS_PROV = "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Provinsi"
RUMAH_SAKIT = "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya"
PEMENUHAN = "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT"


@pytest.fixture
def master(tmp_path):
    path = tmp_path / "master.csv"
    path.write_text(MASTER_ROWS, encoding="utf-8")
    return load_master(str(path))


def make_item(row, kind, code, name, program="", kegiatan="", agency=DINKES, sheet="RKPD", file="kab_contoh_2024.xlsx"):
    return Item(
        ref=SourceRef(file, sheet, row),
        kind=kind,
        name=name,
        code=parse_code(code) if code else None,
        code_raw=code,
        program_code=program,
        kegiatan_code=kegiatan,
        agency=agency[0],
        agency_code=agency[1],
    )


def make_plan(items, level=Level.KABUPATEN, file="kab_contoh_2024.xlsx", government="Kabupaten Contoh"):
    return Plan(
        file=file,
        path=f"/nonexistent/{file}",
        sha256="0" * 64,
        government=government,
        level=level,
        year=2024,
        sheets=(),
        items=tuple(items),
        skipped=(),
        warnings=(),
        rows_read=len(items) + 5,
    )


P, K, S = Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN


def seeded_plan() -> Plan:
    """A kabupaten plan with exactly one row of each finding kind plus clean rows."""
    items = [
        # clean: the support program written under the agency's bidang, 4-digit sub kegiatan
        make_item(10, P, "1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"),
        make_item(11, K, "1.02.01.2.02", "Administrasi Keuangan Perangkat Daerah", program="1.02.01"),
        make_item(12, S, "1.02.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "1.02.01", "1.02.01.2.02"),
        make_item(13, P, "1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat"),
        make_item(14, K, "1.02.02.2.01", FASILITAS_KAB, program="1.02.02"),
        # name_spelling: abbreviations and '&'
        make_item(15, S, "1.02.02.2.01.01", "Pemb. Rumah Sakit beserta Sarana & Prasarana Pendukungnya", "1.02.02", "1.02.02.2.01"),
        # name_different: 1.02.02.2.01.02 is Pembangunan Puskesmas
        make_item(16, S, "1.02.02.2.01.02", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "1.02.02", "1.02.02.2.01"),
        # unknown_code
        make_item(17, S, "1.02.02.2.01.99", "Pembangunan Gedung Baru", "1.02.02", "1.02.02.2.01"),
        # retired
        make_item(18, S, "1.02.02.2.01.04", "Pengadaan Alat Kesehatan Lama", "1.02.02", "1.02.02.2.01"),
        # clean, 4-digit spelling of a 2-digit list
        make_item(19, S, "1.02.02.2.01.0003", "PEMBANGUNAN FASILITAS KESEHATAN LAINNYA", "1.02.02", "1.02.02.2.01"),
        # wrong_parent: a 2.02 sub kegiatan under the 2.01 kegiatan row
        make_item(20, S, "1.02.02.2.02.01", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "1.02.02", "1.02.02.2.01"),
        # duplicate of row 15's item, with the official name
        make_item(21, S, "1.02.02.2.01.0001", RUMAH_SAKIT, "1.02.02", "1.02.02.2.01"),
        # wrong_level: a provincial kegiatan in a kabupaten plan
        make_item(22, K, "1.02.02.1.01", FASILITAS_PROV, program="1.02.02"),
        # codeless row: no findings
        make_item(23, S, "", "Kegiatan Lokal Tanpa Kode", "1.02.02", "1.02.02.2.01"),
        # clean: sub kegiatan whose kegiatan row is codeless but whose program agrees
        make_item(24, S, "1.02.02.2.02.02", "Pengelolaan Pelayanan Kesehatan Ibu Bersalin", "1.02.02", ""),
        # clean: the same codes in another agency are not duplicates
        make_item(30, P, "1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", agency=RSUD),
        make_item(31, S, "1.02.01.2.02.01", "Penyediaan Gaji dan Tunjangan ASN", "1.02.01", "1.02.01.2.02", agency=RSUD),
        make_item(32, P, "1.02.02", PEMENUHAN, agency=RSUD),
    ]
    return make_plan(items)


def kinds_by_row(findings: list[Finding]) -> set[tuple[int, str]]:
    return {(finding.ref.row, finding.kind) for finding in findings}


def test_exactly_the_seeded_findings(master):
    findings = validate_plan(seeded_plan(), master)
    assert kinds_by_row(findings) == {
        (15, "name_spelling"),
        (16, "name_different"),
        (17, "unknown_code"),
        (18, "retired"),
        (20, "wrong_parent"),
        (21, "duplicate"),
        (22, "wrong_level"),
    }
    assert len(findings) == 7
    by_kind = {finding.kind: finding for finding in findings}
    assert {kind: finding.severity for kind, finding in by_kind.items()} == {
        "name_spelling": "warning",
        "name_different": "error",
        "unknown_code": "error",
        "retired": "warning",
        "wrong_parent": "error",
        "duplicate": "warning",
        "wrong_level": "error",
    }
    assert by_kind["name_different"].expected == "Pembangunan Puskesmas"
    assert by_kind["name_spelling"].expected == RUMAH_SAKIT
    assert by_kind["unknown_code"].expected is None
    assert by_kind["unknown_code"].code == "1.02.02.2.01.99"
    assert by_kind["unknown_code"].name == "Pembangunan Gedung Baru"
    assert by_kind["unknown_code"].message == "code 1.02.02.2.01.99 is not in the nomenclature"
    assert "row 15" in by_kind["duplicate"].message
    assert "1.02.02.2.02" in by_kind["wrong_parent"].message and "1.02.02.2.01" in by_kind["wrong_parent"].message
    assert by_kind["wrong_level"].ref == SourceRef("kab_contoh_2024.xlsx", "RKPD", 22)
    for finding in findings:
        assert finding.message and "\n" not in finding.message
        assert finding.message.count(". ") == 0  # one sentence


def test_findings_in_file_order(master):
    rows = [finding.ref.row for finding in validate_plan(seeded_plan(), master)]
    assert rows == sorted(rows)


def test_clean_plan_has_no_findings(master):
    items = [
        make_item(5, P, "1.02.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"),
        make_item(6, K, "1.02.01.2.02", "Administrasi Keuangan Perangkat Daerah", program="1.02.01"),
        make_item(7, S, "1.02.01.2.02.01", "Penyediaan Gaji dan Tunjangan ASN", "1.02.01", "1.02.01.2.02"),
        make_item(8, P, "1.02.02", PEMENUHAN),
        make_item(9, K, "1.02.02.2.01", FASILITAS_KAB, program="1.02.02"),
        make_item(10, S, "1.02.02.2.01.0001", RUMAH_SAKIT.upper(), "1.02.02", "1.02.02.2.01"),
        make_item(11, Kind.BIDANG, "1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN"),
    ]
    assert validate_plan(make_plan(items, level=Level.KOTA), master) == []


def test_a_sub_kegiatan_written_again_for_another_place_is_no_duplicate(master):
    rows = [make_item(row, S, "1.02.02.2.01.0001", RUMAH_SAKIT, "1.02.02", "1.02.02.2.01") for row in (10, 11, 12)]
    items = [replace(rows[0], location="Kec. Tugu"), replace(rows[1], location="Kec. Bawen"), replace(rows[2], location="kec. TUGU")]
    assert [(finding.ref.row, finding.kind) for finding in validate_plan(make_plan(items), master)] == [(12, "duplicate")]


def test_province_plan_levels(master):
    items = [
        make_item(5, P, "1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI"),
        make_item(6, S, "1.02.01.1.02.01", "Penyediaan Gaji dan Tunjangan ASN", "1.02.01", "1.02.01.1.02"),
        make_item(7, P, "1.02.04", "PROGRAM SEDIAAN FARMASI, ALAT KESEHATAN DAN MAKANAN MINUMAN"),
        make_item(8, K, "1.02.02.1.01", FASILITAS_PROV, program="1.02.02"),
        make_item(9, S, "1.02.02.2.01.01", RUMAH_SAKIT, "1.02.02", "1.02.02.2.01"),
    ]
    findings = validate_plan(make_plan(items, level=Level.PROVINSI, government="Provinsi Contoh"), master)
    assert kinds_by_row(findings) == {(9, "wrong_level")}
    assert "kabupaten/kota item" in findings[0].message and "provincial plan" in findings[0].message


def test_program_of_the_other_level_only(master):
    items = [make_item(5, P, "1.02.04", "PROGRAM SEDIAAN FARMASI, ALAT KESEHATAN DAN MAKANAN MINUMAN")]
    findings = validate_plan(make_plan(items), master)
    assert kinds_by_row(findings) == {(5, "wrong_level")}
    assert "only for provincial governments" in findings[0].message


def test_support_program_name_per_level(master):
    # the provincial support program name in a kabupaten plan is a different item name
    items = [make_item(5, P, "1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI")]
    findings = validate_plan(make_plan(items), master)
    assert kinds_by_row(findings) == {(5, "name_different")}
    assert findings[0].expected == "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"


def test_several_findings_on_one_row(master):
    items = [
        make_item(5, S, "1.02.02.1.07.03", "Sesuatu yang tidak ada", "1.02.02", "1.02.02.2.01"),
        make_item(6, S, "1.02.02.1.07.03", "Sesuatu yang tidak ada", "1.02.02", "1.02.02.1.07"),
    ]
    findings = validate_plan(make_plan(items), master)
    assert [(f.ref.row, f.kind) for f in findings] == [
        (5, "unknown_code"),
        (5, "wrong_level"),
        (5, "wrong_parent"),
        (6, "unknown_code"),
        (6, "wrong_level"),
        (6, "duplicate"),
    ]


def test_codeless_rows_get_nothing(master):
    items = [
        make_item(5, S, "", "Kegiatan Lokal", "1.02.02", "1.02.02.2.01"),
        make_item(6, S, "", "Kegiatan Lokal", "1.02.02", "1.02.02.2.01"),
        make_item(7, P, "", "PROGRAM KHAS DAERAH"),
    ]
    assert validate_plan(make_plan(items), master) == []


def test_validation_to_json(master):
    plan = seeded_plan()
    findings = validate_plan(plan, master)
    document = validation_to_json([plan], master, findings, "/some/dir/master.csv")
    json.dumps(document)  # serializable
    assert document["schema"] == 1
    assert document["syncheck_version"]
    assert document["nomenclature"] == {"file": "master.csv", "items": 23, "sub_kegiatan_digits": 2}
    assert document["inputs"] == [
        {"file": "kab_contoh_2024.xlsx", "government": "Kabupaten Contoh", "level": "kabupaten", "rows_read": 23}
    ]
    assert len(document["findings"]) == 7
    assert document["warnings"] == []
    first = document["findings"][0]
    assert set(first) == {"file", "sheet", "row", "code", "name", "kind", "severity", "message", "expected"}
    assert first["file"] == "kab_contoh_2024.xlsx" and first["sheet"] == "RKPD" and first["row"] == 15
    assert document["counts"] == {kind: 1 for kind in KINDS}
    assert document["severity_counts"] == {"error": 4, "warning": 3}


def test_translate_message():
    en = say("validate.unknown_code", code="1.02.02.2.01.99")
    assert translate_message(en, "id") == "kode 1.02.02.2.01.99 tidak ada dalam nomenklatur"
    assert translate_message(en, "en") == en == "code 1.02.02.2.01.99 is not in the nomenclature"
    assert translate_message("something else", "id") == "something else"
    dup = say("validate.duplicate", code="1.02.02.2.01.0001", first=say("where.sheet_row", sheet="'Renja'", row=15))
    assert dup == "1.02.02.2.01.0001 already appears at sheet 'Renja' row 15 for the same agency"
    assert translate_message(dup, "id") == "1.02.02.2.01.0001 sudah muncul di lembar 'Renja' baris 15 untuk perangkat daerah yang sama"


def test_workbook(master, tmp_path):
    plan = seeded_plan()
    findings = validate_plan(plan, master)
    findings.append(
        Finding(
            ref=SourceRef(plan.file, "RKPD", 99),
            message="code 9.99 is not in the nomenclature",
            kind="unknown_code",
            severity="error",
            code="9.99",
            name='=HYPERLINK("http://example.invalid","x")',
        )
    )
    path = tmp_path / "validasi.xlsx"
    write_validation_workbook(str(path), [plan], findings, "id")
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Temuan", "Jumlah", "Peringatan"]
    sheet = workbook["Temuan"]
    header = [cell.value for cell in sheet[1]]
    assert header == ["Berkas", "Lembar", "Baris", "Kode", "Nama", "Jenis", "Tingkat keparahan", "Pesan", "Nama resmi"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:I9"
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 8
    assert rows[0][:4] == ("kab_contoh_2024.xlsx", "RKPD", 15, "1.02.02.2.01.01")
    unknown = next(row for row in rows if row[2] == 17)
    assert unknown[5] == "kode tidak ada dalam nomenklatur" and unknown[6] == "kesalahan"  # a label, never the raw kind
    assert unknown[7] == "kode 1.02.02.2.01.99 tidak ada dalam nomenklatur"
    formula_like = sheet.cell(row=9, column=5)
    assert formula_like.value.startswith("=HYPERLINK") and formula_like.data_type == "s"
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name)
    counts = workbook["Jumlah"]
    assert [cell.value for cell in counts[1]] == ["Jenis", "Tingkat keparahan", "kab_contoh_2024.xlsx", "Jumlah"]
    table = {row[0]: row for row in counts.iter_rows(min_row=2, values_only=True)}
    assert table["kode tidak ada dalam nomenklatur"][1:] == ("kesalahan", 2, 2)
    assert table["item yang sama muncul lagi"][2:] == (1, 1)
    assert table["Jumlah"][2:] == (8, 8)
    assert not {"unknown_code", "duplicate", "name_spelling"} & {cell.value for row in workbook.worksheets for cell in row[6]}
    assert counts.freeze_panes == "A2" and counts.auto_filter.ref


def test_workbook_english_and_no_findings(master, tmp_path):
    path = tmp_path / "out.xlsx"
    write_validation_workbook(str(path), [make_plan([])], [], "en")
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Findings", "Counts", "Warnings"]
    assert [cell.value for cell in workbook["Findings"][1]][0] == "File"
    assert workbook["Counts"].cell(row=2, column=3).value == 0
    assert workbook["Counts"].cell(row=2, column=1).value == "code not in the nomenclature"


def test_workbook_refuses_to_overwrite_an_input(tmp_path):
    plan = make_plan([])
    target = tmp_path / "kab.xlsx"
    plan = Plan(**{**plan.__dict__, "path": str(target)})
    with pytest.raises(OutputError):
        write_validation_workbook(str(target), [plan], [], "id")


REAL_LIST = str(NOMENCLATURE)


@needs_shared
def test_real_list_copied_into_plans_is_clean():
    """Every active item of the 2020 list, written as an agency would, raises no finding."""
    from syncheck.codes import kegiatan_of, program_of
    from syncheck.models import LINKED_KINDS
    from syncheck.nomenclature import localize

    master = load_master(REAL_LIST)
    for level_text, level in (("kabkota", Level.KOTA), ("provinsi", Level.PROVINSI)):
        items = []
        for entry in master.entries:
            if entry.level != level_text or not entry.active or entry.kind not in LINKED_KINDS:
                continue
            if entry.code.segments[0] == "?":
                continue  # Kekhususan Aceh: no urusan digit in the source
            code = localize(entry.code, "1.02")
            items.append(
                Item(
                    ref=SourceRef("plan.xlsx", "S", len(items) + 2),
                    kind=entry.kind,
                    name=entry.name,
                    code=code,
                    program_code=program_of(code),
                    kegiatan_code=kegiatan_of(code) if entry.kind is Kind.SUB_KEGIATAN else "",
                    agency=entry.code.text[:4],  # one agency per bidang
                )
            )
        assert len(items) > 2500
        assert validate_plan(make_plan(items, level=level), master) == []


def test_render_and_write_json(master, tmp_path):
    from syncheck.jsonout import write_document
    from syncheck.validate import render_validation

    plan = seeded_plan()
    findings = validate_plan(plan, master)
    text = render_validation([plan, make_plan([], file="kota_bersih.xlsx")], findings, "en", master, limit=3)
    lines = text.splitlines()
    assert lines[0] == "Nomenclature master.csv: 23 items, 2-digit sub kegiatan codes"
    assert lines[1] == "kab_contoh_2024.xlsx (Kabupaten Contoh, kabupaten): 4 errors, 3 warnings"
    assert lines[2] == (
        "  code not in the nomenclature: 1, item of the other level's authority: 1, code names a different item: 1, "
        "name spelled differently: 1, item marked inactive: 1, row under a parent that is not its own: 1, same item again in the plan: 1"
    )
    assert render_validation([plan], findings, "id").splitlines()[1] == (
        "  kode tidak ada dalam nomenklatur: 1, item kewenangan tingkat pemerintahan lain: 1, kode menunjuk item lain: 1, "
        "penulisan nama berbeda: 1, item nonaktif: 1, baris di bawah induk yang bukan induknya: 1, item yang sama muncul lagi: 1"
    )
    assert lines[3].startswith("  sheet 'RKPD', row 15: [warning] the name of 1.02.02.2.01.01 is spelled")
    assert "and 4 more findings" in lines[6]
    assert lines[-1] == "kota_bersih.xlsx (Kabupaten Contoh, kabupaten): no findings"
    assert "kode 1.02.02.2.01.99 tidak ada dalam nomenklatur" in render_validation([plan], findings, "id")
    path = tmp_path / "v.json"
    write_document(validation_to_json([plan], master, findings, "master.csv"), str(path))
    assert json.loads(path.read_text(encoding="utf-8"))["counts"]["duplicate"] == 1


def test_console_counts_say_one_error_one_warning_and_one_more_finding(master):
    from syncheck.validate import render_validation

    plan = seeded_plan()
    findings = validate_plan(plan, master)
    one_each = [next(f for f in findings if f.severity == severity) for severity in ("error", "warning")]
    assert render_validation([plan], one_each, "en", limit=1).splitlines()[0] == (
        "kab_contoh_2024.xlsx (Kabupaten Contoh, kabupaten): 1 error, 1 warning"
    )
    assert render_validation([plan], one_each, "en", limit=1).splitlines()[-1] == "  ... and 1 more finding (see the workbook or the JSON)"
    assert render_validation([plan], one_each, "id", limit=1).splitlines()[0] == (
        "kab_contoh_2024.xlsx (Kabupaten Contoh, kabupaten): 1 kesalahan, 1 peringatan"
    )
    assert render_validation([plan], one_each, "id", limit=1).splitlines()[-1] == "  ... dan 1 temuan lain (lihat buku kerja atau JSON)"


def test_reading_warnings_are_counted_on_the_console_and_listed_in_the_workbook(make_workbook, tmp_path):
    from click.testing import CliRunner

    from syncheck.cli import main

    master_path = tmp_path / "master.csv"
    master_path.write_text(MASTER_ROWS, encoding="utf-8")
    plan = str(make_workbook([
        ["RENCANA KERJA PEMERINTAH DAERAH"], ["KABUPATEN CONTOH"], ["TAHUN 2024"], [],
        ["Kode", "Program/ Kegiatan/ Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"],
        ["1.02.02", PEMENUHAN, None, 300],
        ["1.02.02.2.01", FASILITAS_KAB, None, 300],
        [None, RUMAH_SAKIT, "Kec. Satu", 300],
    ], name="kabupaten_contoh_2024.xlsx"))  # fmt: skip
    out = tmp_path / "validasi.xlsx"
    result = CliRunner().invoke(main, ["validate", plan, "--nomenclature", str(master_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1:3] == [
        "kabupaten_contoh_2024.xlsx (Kabupaten Contoh, kabupaten): tidak ada temuan",
        "  peringatan pembacaan: 1 (lihat lembar Peringatan)",
    ]
    english = CliRunner().invoke(main, ["validate", plan, "--nomenclature", str(master_path), "--lang", "en"])
    assert english.output.splitlines()[2] == "  reading warnings: 1 (listed by syncheck inspect kabupaten_contoh_2024.xlsx)"
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["Temuan", "Jumlah", "Peringatan"]
    assert list(workbook["Peringatan"].iter_rows(values_only=True)) == [
        ("Berkas", "Lembar", "Baris", "Pesan"),
        ("kabupaten_contoh_2024.xlsx", "Sheet1", 8, "baris tanpa kode; dibaca sebagai sub kegiatan menurut letaknya dalam tabel"),
    ]
