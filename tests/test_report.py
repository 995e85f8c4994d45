"""The JSON contract, the console text and the review workbook, from a hand-built Result."""

import json
import re
import zipfile

import openpyxl
import pytest

from syncheck import __version__
from syncheck.models import (
    Cluster,
    Code,
    Finding,
    Item,
    Kind,
    Level,
    Link,
    Overlap,
    Plan,
    Relation,
    Result,
    SkipReason,
    Skipped,
    SourceRef,
    Summary,
)
from syncheck.messages import joined, say
from syncheck.report import render_console, result_to_json, write_json, write_workbook
from syncheck.tally import summarize

PROV, KOTA, KAB = "Provinsi Jawa Timur", "Kota Pasuruan", "Kabupaten Malang"


def item(file, sheet, row, kind, code, name, budget=None, agency="", location=""):
    return Item(
        ref=SourceRef(file, sheet, row),
        kind=kind,
        name=name,
        code=Code(tuple(code.split("."))) if code else None,
        code_raw=code,
        budget=budget,
        agency=agency,
        location=location,
    )


def plan(file, government, level, items, skipped=(), warnings=()):
    return Plan(
        file=file, path=f"/data/{file}", sha256=f"sha-{file}", government=government, level=level, year=2024,
        sheets=(), items=tuple(items), skipped=tuple(skipped), warnings=tuple(warnings), rows_read=100,
    )  # fmt: skip


# province
U = item("prov.xlsx", "RKPD", 5, Kind.URUSAN, "1", "URUSAN WAJIB PELAYANAN DASAR")
B = item("prov.xlsx", "RKPD", 6, Kind.BIDANG, "1.02", "URUSAN BIDANG KESEHATAN")
P1 = item("prov.xlsx", "RKPD", 10, Kind.PROGRAM, "1.02.02", "PROGRAM UPAYA KESEHATAN", agency="Dinas Kesehatan")
P2 = item("prov.xlsx", "RKPD", 11, Kind.PROGRAM, "1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN", agency="Dinas Pendidikan")
P3 = item("prov.xlsx", "RKPD", 12, Kind.PROGRAM, "", "=1+2", agency="Dinas Lain")
K1 = item("prov.xlsx", "RKPD", 13, Kind.KEGIATAN, "1.02.02.1.01", "Penyediaan Fasilitas Kesehatan Daerah Provinsi")
S1 = item("prov.xlsx", "RKPD", 14, Kind.SUB_KEGIATAN, "1.02.02.1.01.0001", "Pembangunan Rumah Sakit – Lanjutan",
          budget=1_250_000_000, agency="Dinas Kesehatan", location="Kota Pasuruan")  # fmt: skip
# city
C1 = item("kota.xlsx", "Sheet1", 9, Kind.PROGRAM, "1.02.02", "Program Upaya Kesehatan")
C2 = item("kota.xlsx", "Sheet1", 10, Kind.PROGRAM, "", "@SUM(A1)")
CK = item("kota.xlsx", "Sheet1", 11, Kind.KEGIATAN, "1.02.02.2.01", "Penyediaan Fasilitas Kesehatan Daerah Kab/Kota")
CS = item("kota.xlsx", "Sheet1", 12, Kind.SUB_KEGIATAN, "1.02.02.2.01.0001", "Pembangunan Rumah Sakit",
          budget=400_000_000, location="Kota Pasuruan")  # fmt: skip
# regency
M1 = item("kab.xlsx", "Data", 7, Kind.PROGRAM, "1.02.02", "Program Upaya Kesehatan")
M2 = item("kab.xlsx", "Data", 8, Kind.PROGRAM, "", "Program Pendidikan")
MS = item("kab.xlsx", "Data", 20, Kind.SUB_KEGIATAN, "1.02.02.2.01.0001", "Pembangunan RS", budget=300_000_000)


def make_result() -> Result:
    prov = plan(
        "prov.xlsx", PROV, Level.PROVINSI, [U, B, P1, P2, P3, K1, S1],
        skipped=[Skipped(SourceRef("prov.xlsx", "RKPD", r), SkipReason.BLANK) for r in (1, 2, 3)],
        warnings=[Finding(SourceRef("prov.xlsx", "RKPD", 33), "odd code 1.02.x")],
    )  # fmt: skip
    kota = plan("kota.xlsx", KOTA, Level.KOTA, [C1, C2, CK, CS])
    kab = plan("kab.xlsx", KAB, Level.KABUPATEN, [M1, M2, MS])
    links = (  # deliberately out of report order
        Link(Kind.SUB_KEGIATAN, Relation.REVIEW, 78.44, "names close", S1, MS),
        Link(Kind.SUB_KEGIATAN, Relation.IDENTICAL, 97.0, "same item under identical parent", S1, CS),
        Link(Kind.PROGRAM, Relation.REVIEW, 80.0, "names close", P2, M2),
        Link(Kind.PROGRAM, Relation.SIMILAR, 91.26, "names similar", P3, C2),
        Link(Kind.KEGIATAN, Relation.COUNTERPART, 88.0, "same slot, other level", K1, CK),
        Link(Kind.PROGRAM, Relation.IDENTICAL, 100.0, say("match.same_code", code="1.02.02"), P1, C1),
        Link(Kind.PROGRAM, Relation.IDENTICAL, 100.0, say("match.same_code", code="1.02.02"), P1, M1),
    )
    summaries = (
        Summary(PROV, KOTA, Kind.SUB_KEGIATAN, 1, 1, 1, 0, 0, 0),
        Summary(PROV, KOTA, Kind.PROGRAM, 3, 2, 1, 1, 0, 0),
        Summary(PROV, KOTA, Kind.KEGIATAN, 1, 0, 0, 0, 1, 0),
        Summary(PROV, KAB, Kind.PROGRAM, 3, 1, 1, 0, 0, 1),
    )
    overlaps = (Overlap(S1, CS, "Kota Pasuruan", 1_250_000_000, 400_000_000),)
    clusters = (Cluster(Kind.PROGRAM, (P1, C1, M1), (PROV, KOTA, KAB)),)
    warnings = (Finding(SourceRef("kota.xlsx", "Sheet1", 40), say("values.not_amount", value="'12,5,0'")),)
    return Result((prov, kota, kab), links, summaries, overlaps, clusters, warnings)


# --- JSON ---------------------------------------------------------------------------------------


def test_json_top_level_and_inputs():
    doc = result_to_json(make_result())
    assert list(doc) == ["syncheck_version", "schema", "inputs", "summary", "links", "overlaps", "overlap_totals", "group_totals", "warnings", "run"]
    assert doc["syncheck_version"] == __version__ and doc["schema"] == 1
    assert doc["run"]["generated_by"] == f"syncheck {__version__}"
    assert doc["inputs"][0] == {
        "file": "prov.xlsx", "sha256": "sha-prov.xlsx", "government": PROV, "level": "provinsi", "year": 2024,
        "rows_read": 100, "rows": {"program": 3, "kegiatan": 1, "sub_kegiatan": 1, "other": 2, "skipped": 3},
    }  # fmt: skip
    assert [i["level"] for i in doc["inputs"]] == ["provinsi", "kota", "kabupaten"]


def test_json_summary_order_and_sentences():
    summary = result_to_json(make_result())["summary"]
    assert [(s["right"], s["kind"]) for s in summary] == [
        (KOTA, "program"), (KOTA, "kegiatan"), (KOTA, "sub_kegiatan"), (KAB, "program"),
    ]  # fmt: skip
    first = summary[0]
    assert list(first) == [
        "left", "right", "left_file", "right_file", "year", "kind", "left_total", "same", "identical", "similar", "counterpart",
        "review", "sentence_en", "sentence_id",
    ]  # fmt: skip
    assert (first["left_file"], first["right_file"], first["year"]) == ("prov.xlsx", "kota.xlsx", 2024)
    assert first["sentence_en"] == "3 programs are run by the province; 2 of them (66.7%) are the same as programs of Kota Pasuruan."
    assert first["sentence_id"] == "3 program dilaksanakan provinsi; 2 di antaranya (66,7%) sama dengan program Kota Pasuruan."
    assert summary[2]["sentence_en"] == (
        "1 sub-activity is run by the province; 1 of them (100.0%) is the same as a sub-activity of Kota Pasuruan."
    )


def test_json_links_overlaps_warnings():
    doc = result_to_json(make_result())
    order = [(l["right"]["file"], l["kind"], l["left"]["row"], l["right"]["row"]) for l in doc["links"]]
    assert order == [
        ("kota.xlsx", "program", 10, 9), ("kota.xlsx", "program", 12, 10), ("kota.xlsx", "kegiatan", 13, 11),
        ("kota.xlsx", "sub_kegiatan", 14, 12), ("kab.xlsx", "program", 10, 7), ("kab.xlsx", "program", 11, 8),
        ("kab.xlsx", "sub_kegiatan", 14, 20),
    ]  # fmt: skip
    similar = doc["links"][1]
    assert similar == {
        "kind": "program", "relation": "similar", "score": 91.3, "reason": "names similar",
        "left": {"file": "prov.xlsx", "sheet": "RKPD", "row": 12, "code": "", "name": "=1+2"},
        "right": {"file": "kota.xlsx", "sheet": "Sheet1", "row": 10, "code": "", "name": "@SUM(A1)"},
        "source": "matcher", "decision": None,
    }  # fmt: skip
    assert doc["links"][0]["left"]["code"] == "1.02.02"
    assert doc["links"][-1]["score"] == 78.4
    assert doc["overlaps"] == [
        {"left": {"file": "prov.xlsx", "sheet": "RKPD", "row": 14}, "right": {"file": "kota.xlsx", "sheet": "Sheet1", "row": 12},
         "location": "Kota Pasuruan", "left_budget": 1_250_000_000, "right_budget": 400_000_000, "shared_by": 1,
         "left_budget_stated": True, "right_budget_stated": True,
         "left_budget_counted": 1_250_000_000, "right_budget_counted": 400_000_000, "left_budget_counted_run": 1_250_000_000,
         "left_budget_by_place": False, "right_budget_by_place": False, "right_funded_by_province": False},
    ]  # fmt: skip
    assert doc["warnings"] == [
        {"file": "prov.xlsx", "sheet": "RKPD", "row": 33, "message": "odd code 1.02.x"},
        {"file": "kota.xlsx", "sheet": "Sheet1", "row": 40, "message": "budget '12,5,0' is not an amount"},
    ]


def test_json_file_is_byte_identical(tmp_path):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    write_json(make_result(), str(first))
    write_json(make_result(), str(second))
    data = first.read_bytes()
    assert data == second.read_bytes()
    assert data.endswith(b"}\n") and b"\r\n" not in data
    text = data.decode("utf-8")
    assert "Pembangunan Rumah Sakit \u2013 Lanjutan" in text  # ensure_ascii=False keeps the dash
    assert json.loads(text) == result_to_json(make_result())
    assert text.startswith('{\n  "syncheck_version": "%s",\n  "schema": 1,' % __version__)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "b.json"]  # no temp files left


# --- console ------------------------------------------------------------------------------------


def test_console_text():
    text = render_console(make_result(), "en")
    assert text == render_console(make_result(), "en")
    lines = text.splitlines()
    assert lines[0] == "Provinsi Jawa Timur 2024: 2 kab/kota"
    assert lines[2:6] == [
        "3 programs are run by the province; 2 of them (66.7%) are the same as programs of Kota Pasuruan.",
        "1 activity is run by the province; 0 of them (0.0%) are the same as activities of Kota Pasuruan.",
        "1 sub-activity is run by the province; 1 of them (100.0%) is the same as a sub-activity of Kota Pasuruan.",
        "Rp 1.3 billion of province budget overlaps with Kota Pasuruan (1 sub-activity).",
    ]
    assert "No province budget overlaps with Kabupaten Malang." in lines
    header = next(line for line in lines if line.startswith("Kab/kota"))
    assert header.split() == ["Kab/kota", "Kind", "Total", "Same", "%", "Identical", "Similar", "Counterpart", "Review"]
    row = next(line for line in lines if line.startswith("Kabupaten Malang") and "program" in line)
    assert row.split() == ["Kabupaten", "Malang", "program", "3", "1", "33.3%", "1", "0", "0", "1"]
    assert "\x1b" not in text
    id_text = render_console(make_result(), "id")
    assert "Rp 1,3 miliar anggaran provinsi tumpang tindih dengan Kota Pasuruan (1 sub kegiatan)." in id_text
    assert "66,7%" in id_text


# --- workbook -----------------------------------------------------------------------------------

SHEETS_ID = ["Ringkasan", "Tautan Program", "Tautan Kegiatan", "Tautan Sub Kegiatan", "Tinjauan",
             "Tak Berpasangan", "Klaster", "Matriks Program", "Tumpang Tindih", "Peringatan"]  # fmt: skip
SHEETS_EN = ["Summary", "Program links", "Kegiatan links", "Sub kegiatan links", "Review",
             "Unmatched", "Clusters", "Program matrix", "Overlaps", "Warnings"]  # fmt: skip


def build(tmp_path, lang="id"):
    path = tmp_path / f"out_{lang}.xlsx"
    write_workbook(make_result(), str(path), lang)
    return path, openpyxl.load_workbook(path)


def values(ws, row):
    return [cell.value for cell in ws[row]]


def test_sheet_names_per_language(tmp_path):
    _, wb = build(tmp_path, "id")
    assert wb.sheetnames == SHEETS_ID
    _, wb = build(tmp_path, "en")
    assert wb.sheetnames == SHEETS_EN
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out_en.xlsx", "out_id.xlsx"]  # no temp files left


def test_links_sheet_header_and_row(tmp_path):
    _, wb = build(tmp_path, "id")
    ws = wb["Tautan Program"]
    assert values(ws, 1) == [
        "Pemda kiri", "Kode kiri", "Nama kiri", "Perangkat daerah kiri", "Pagu kiri",
        "Pemda kanan", "Kode kanan", "Nama kanan", "Perangkat daerah kanan", "Pagu kanan",
        "Hubungan", "Skor", "Alasan", "Sumber kiri", "Sumber kanan", "Keputusan", "Sumber tautan",
    ]  # fmt: skip
    assert values(ws, 2) == [
        PROV, "1.02.02", "PROGRAM UPAYA KESEHATAN", "Dinas Kesehatan", None,
        KOTA, "1.02.02", "Program Upaya Kesehatan", None, None,
        "identik", 100.0, "kode sama 1.02.02", "prov.xlsx!RKPD!10", "kota.xlsx!Sheet1!9", None, "otomatis",
    ]  # fmt: skip
    assert ws.max_row == 5
    assert ws.cell(3, 11).value == "serupa" and ws.cell(3, 12).value == 91.3
    sub = wb["Tautan Sub Kegiatan"]
    assert sub.cell(2, 5).value == 1_250_000_000 and sub.cell(2, 5).number_format == "#,##0"
    assert wb["Tautan Kegiatan"].cell(2, 11).value == "padanan"
    en = build(tmp_path, "en")[1]["Program links"]
    assert en.cell(1, 16).value == "Decision" and en.cell(2, 11).value == "identical"
    assert en.cell(1, 17).value == "Link source" and en.cell(2, 17).value == "matcher"


def test_review_sheet_sorted_by_score(tmp_path):
    _, wb = build(tmp_path, "en")
    ws = wb["Review"]
    assert ws.cell(1, 1).value == "Kind" and ws.cell(1, 17).value == "Decision"
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [r[12] for r in rows] == [80.0, 78.4]
    assert [r[11] for r in rows] == ["review", "review"]
    assert rows[0][0] == "program" and rows[1][0] == "sub kegiatan"
    assert rows[0][16] is None


def test_unmatched_and_clusters(tmp_path):
    _, wb = build(tmp_path, "en")
    rows = list(wb["Unmatched"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
        (PROV, "left", "program", "PROGRAM PENGELOLAAN PENDIDIKAN"),
        (KAB, "right", "program", "Program Pendidikan"),
        (KAB, "right", "sub kegiatan", "Pembangunan RS"),
    ]
    assert rows[2][6] == 300_000_000 and rows[2][7] == "kab.xlsx!Data!20"
    clusters = list(wb["Clusters"].iter_rows(min_row=2, values_only=True))
    assert clusters == [
        (1, "program", PROV, "1.02.02", "PROGRAM UPAYA KESEHATAN", 3),
        (1, "program", KOTA, "1.02.02", "Program Upaya Kesehatan", 3),
        (1, "program", KAB, "1.02.02", "Program Upaya Kesehatan", 3),
    ]


def test_program_matrix_ticks(tmp_path):
    _, wb = build(tmp_path, "id")
    ws = wb["Matriks Program"]
    assert values(ws, 1) == ["Kode program", "Nama program", KOTA, KAB, "Jumlah"]
    assert values(ws, 2) == ["1.02.02", "PROGRAM UPAYA KESEHATAN", "\u2713", "\u2713", 2]
    assert values(ws, 3) == ["1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN", None, None, 0]
    assert values(ws, 4) == [None, "=1+2", "\u2713", None, 1]


def test_overlaps_sheet_totals(tmp_path):
    _, wb = build(tmp_path, "id")
    ws = wb["Tumpang Tindih"]
    assert values(ws, 1)[:10] == [
        "Pemda kiri", "Kode kiri", "Nama kiri", "Pemda kanan", "Kode kanan", "Nama kanan",
        "Lokasi kiri", "Pagu kiri", "Pagu kanan", "Pagu kiri + kanan",
    ]  # fmt: skip
    assert values(ws, 2)[:10] == [
        PROV, "1.02.02.1.01.0001", "Pembangunan Rumah Sakit – Lanjutan", KOTA, "1.02.02.2.01.0001",
        "Pembangunan Rumah Sakit", "Kota Pasuruan", 1_250_000_000, 400_000_000, 1_650_000_000,
    ]  # fmt: skip
    assert ws.cell(3, 1).value == "Total (tiap baris dihitung sekali)" and ws.cell(3, 1).font.bold
    assert [ws.cell(3, c).value for c in (8, 9, 10)] == [1_250_000_000, 400_000_000, 1_650_000_000]
    assert ws.cell(3, 10).number_format == "#,##0"
    assert [ws.cell(3, c).value for c in (15, 16, 17)] == [1_250_000_000, 400_000_000, 1_250_000_000]
    assert ws.auto_filter.ref == "A1:R2"  # the totals row stays out of the filter


def test_summary_sheet_and_chart(tmp_path):
    path, wb = build(tmp_path, "en")
    ws = wb["Summary"]
    assert ws["A1"].value.startswith("RKPD synchronisation summary: Provinsi Jawa Timur 2024")
    assert values(ws, 3) == ["Left government", "Right government", "Kind", "Left total", "Same", "%",
                             "Identical", "Similar", "Counterpart", "Review", "Sentence"]  # fmt: skip
    assert values(ws, 4)[:10] == [PROV, KOTA, "program", 3, 2, 0.667, 1, 1, 0, 0]  # the share the sentence shows
    assert values(ws, 5)[:2] == [PROV, KAB]  # programs first (the chart reads them), then the rest
    assert ws.cell(4, 6).number_format == '[=0]0.0%;[<0.001]"<0.1%";0.0%'
    assert ws.cell(4, 11).value.startswith("3 programs are run by the province")
    assert ws.freeze_panes == "A4" and ws.auto_filter.ref == "A3:K7"
    sentences = [c.value for c in ws["K"] if isinstance(c.value, str) and "overlaps" in c.value]
    assert sentences == [
        "Rp 1.3 billion of province budget overlaps with Kota Pasuruan (1 sub-activity).",
        "No province budget overlaps with Kabupaten Malang.",
        "Rp 1.3 billion of province budget overlaps with the 2 kab/kota together (1 sub-activity). Here every row is counted "
        "once, including a province row that names several of the 2 kab/kota (the sentence of each pair counts such a row "
        "in that pair).",
    ]
    (chart,) = ws._charts
    # the chart reads a small table of its own below every other, so a sort through the filter of A3:K7 moves none of its rows
    (series,) = chart.series
    first, last = (int(cell.split("$")[-1]) for cell in series.val.numRef.f.split("!")[1].split(":"))
    assert first > 7 and [values(ws, row)[:3] for row in range(first - 1, last + 1)] == [
        ["Left government", "Right government", "%"], [PROV, KOTA, 0.667], [PROV, KAB, values(ws, 5)[5]]]  # fmt: skip
    assert (series.cat.strRef or series.cat.numRef).f == f"'Summary'!$B${first}:$B${last}"
    with zipfile.ZipFile(path) as archive:
        assert any(name.startswith("xl/charts/chart") for name in archive.namelist())


def test_every_sheet_has_frozen_bold_header_and_filter(tmp_path):
    _, wb = build(tmp_path, "id")
    for ws in wb.worksheets[1:]:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title
        assert ws["A1"].font.bold, ws.title
        widths = [d.width for d in ws.column_dimensions.values() if d.width]
        assert widths and max(widths) <= 60, ws.title
    warnings = list(wb["Peringatan"].iter_rows(min_row=2, values_only=True))
    # a catalogue message is in Indonesian; a text the catalogue does not know is shown as it is
    assert warnings == [("prov.xlsx", "RKPD", 33, "odd code 1.02.x"),
                        ("kota.xlsx", "Sheet1", 40, "pagu '12,5,0' bukan angka")]  # fmt: skip


def test_no_cell_becomes_a_formula(tmp_path):
    path, wb = build(tmp_path, "id")
    left = wb["Tautan Program"]
    cells = [c for row in left.iter_rows() for c in row if c.value in ("=1+2", "@SUM(A1)")]
    assert {c.value for c in cells} == {"=1+2", "@SUM(A1)"}
    assert all(c.data_type == "s" for c in cells)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if re.match(r"xl/worksheets/sheet\d+\.xml$", n)]
        assert len(sheets) == 10
        for name in sheets:
            assert not re.search(rb"<f[ >]", archive.read(name)), name


def test_empty_result_and_odd_text(tmp_path):
    empty = Result((), (), (), (), (), ())
    assert result_to_json(empty)["inputs"] == [] and render_console(empty, "en") == ""
    write_workbook(empty, str(tmp_path / "empty.xlsx"), "en")
    assert openpyxl.load_workbook(tmp_path / "empty.xlsx").sheetnames == SHEETS_EN
    odd = item("kota.xlsx", "Sheet1", 50, Kind.PROGRAM, "", "#N/A")
    bell = item("kota.xlsx", "Sheet1", 51, Kind.PROGRAM, "", "-Program\x07 Lain")
    base = make_result()
    kota = base.plans[1]
    kota = Plan(**{**kota.__dict__, "items": kota.items + (odd, bell)})
    result = Result((base.plans[0], kota, base.plans[2]), base.links, base.summaries, base.overlaps, base.clusters, ())
    write_workbook(result, str(tmp_path / "odd.xlsx"), "en")
    rows = list(openpyxl.load_workbook(tmp_path / "odd.xlsx")["Unmatched"].iter_rows(min_row=2))
    names = {row[4].value: row[4].data_type for row in rows}
    assert names["#N/A"] == "s" and names["-Program Lain"] == "s"


def test_json_records_are_written_as_the_encoder_writes_each_record(tmp_path):
    path = tmp_path / "r.json"
    result = make_result()
    write_json(result, str(path))
    lines = path.read_text(encoding="utf-8").splitlines()
    document = result_to_json(result)
    for key in ("links", "overlaps"):
        start = lines.index(f'  "{key}": [') + 1
        records = [line.strip().rstrip(",") for line in lines[start : start + len(document[key])]]
        assert records == [json.dumps(record, ensure_ascii=False) for record in document[key]]
    assert document["links"] and document["overlaps"]


def test_flat_records_are_encoded_as_the_json_encoder_encodes_them():
    from syncheck.jsonout import flat_json

    records = [
        {"location": "Kec. Tugu \u2013 \"Utara\"\n", "left_budget": 5, "right_budget": None},
        {"score": 97.5, "whole": 100.0, "big": 10**17, "flag": True, "odd": float("nan"), "text": "\x00<&>"},
        {},
    ]
    for record in records:
        assert flat_json(record) == json.dumps(record, ensure_ascii=False)


def test_overlaps_total_counts_a_province_row_overlapping_two_cities_once(tmp_path):
    from dataclasses import replace

    result = make_result()
    both = (*result.overlaps, Overlap(S1, MS, "Kota Pasuruan, Kabupaten Malang", 1_250_000_000, 300_000_000))
    path = tmp_path / "both.xlsx"
    write_workbook(replace(result, overlaps=both), str(path), "en")
    ws = openpyxl.load_workbook(path)["Overlaps"]
    assert [ws.cell(r, 8).value for r in (2, 3)] == [1_250_000_000, 1_250_000_000]  # each pair shows the row
    assert ws.cell(4, 1).value == "Total (each row counted once)"  # not the sum of the column above: said so
    assert [ws.cell(4, c).value for c in (8, 9, 10)] == [1_250_000_000, 700_000_000, 1_950_000_000]


@pytest.mark.parametrize("decided", ["", "yes", "no", "unsure"])
@pytest.mark.parametrize("score", [87.25, 100, float("inf")])
def test_link_records_are_written_as_the_json_encoder_writes_them(decided, score):
    from syncheck.jsonout import flat_json
    from syncheck.report import RecordEncoder, _item_json, _link_head, _link_tail

    link = Link(Kind.PROGRAM, Relation.SIMILAR, score, joined(say("match.names_equal"), "=1+\"2\""), P1, C1, decided=decided)
    head, tail = flat_json(_link_head(link)), flat_json(_link_tail(link))
    expected = f'{head[:-1]}, "left": {flat_json(_item_json(P1))}, "right": {flat_json(_item_json(C1))}, {tail[1:]}'
    assert RecordEncoder().link(link) == expected
    assert json.loads(expected)["decision"] == (decided or None)


def test_an_item_with_a_counterpart_and_a_review_link_is_counted_for_review_not_as_a_counterpart():
    kota = plan("kota.xlsx", KOTA, Level.KOTA, [CK, CS])
    prov = plan("prov.xlsx", PROV, Level.PROVINSI, [K1, S1])
    links = [Link(Kind.KEGIATAN, Relation.COUNTERPART, 88.0, "same slot", K1, CK),
             Link(Kind.SUB_KEGIATAN, Relation.COUNTERPART, 88.0, "same slot", S1, CS),
             Link(Kind.SUB_KEGIATAN, Relation.REVIEW, 80.0, "names close", S1, CS)]  # fmt: skip
    counts = {s.kind: (s.left_total, s.same, s.counterpart, s.review) for s in summarize(prov, kota, links)}
    assert counts[Kind.KEGIATAN] == (1, 0, 1, 0) and counts[Kind.SUB_KEGIATAN] == (1, 0, 0, 1)


def test_the_summary_sheets_pair_overlap_row_holds_all_the_pairs_sentences(tmp_path):
    import os

    from syncheck.models import Options
    from syncheck.pipeline import compare

    samples = os.path.join(os.path.dirname(__file__), os.pardir, "sample_data")
    files = [os.path.join(samples, name) for name in ("provinsi_jawa_tengah_2024.xlsx", "kota_semarang_2024.xlsx")]
    result = compare(files, Options(workers=1))
    write_workbook(result, str(tmp_path / "o.xlsx"), "id")
    (total,) = result_to_json(result)["overlap_totals"]
    assert "Bantuan Keuangan Provinsi" in total["sentence_id"]  # (the pair's last sentences, not only its first)
    ws = openpyxl.load_workbook(tmp_path / "o.xlsx")["Ringkasan"]
    assert total["sentence_id"] in [row[10] for row in ws.iter_rows(values_only=True)]
