"""syncheck evaluate: scores against a truth.json or reviewer decisions, and the threshold sweep."""

from __future__ import annotations

import json

import openpyxl
from click.testing import CliRunner

from syncheck.cli import main
from syncheck.evaluate import Candidate, Labels, recommend, sweep, thresholds
from syncheck.models import Relation
from test_decisions import HEALTH, HOSPITAL, HOUSING, SCHOOLS, SCHOOLS_CITY, SETTLEMENT, city_rows, province_rows, write_csv

PROV, CITY = "provinsi_contoh_2024.xlsx", "kota_contoh_2024.xlsx"


def pair(left_row: int, right_row: int):
    return ((PROV, "Sheet1", left_row), (CITY, "Sheet1", right_row))


def test_sweep_recommends_the_threshold_with_the_best_f1():
    found = [
        Candidate("program", pair(1, 1), 95.0, Relation.IDENTICAL),  # the same
        Candidate("program", pair(2, 2), 90.0, Relation.SIMILAR),  # the same
        Candidate("kegiatan", pair(3, 3), 80.0, Relation.REVIEW),  # the same
        Candidate("program", pair(4, 4), 85.0, Relation.REVIEW),  # not the same
        Candidate("kegiatan", pair(5, 5), 70.0, Relation.REVIEW),  # not the same
        Candidate("kegiatan", pair(6, 6), 99.0, Relation.COUNTERPART),  # never predicted the same
    ]
    labels = Labels({"program": {pair(1, 1), pair(2, 2)}, "kegiatan": {pair(3, 3)}}, None, {})
    points = {point.threshold: point.score for point in sweep(found, labels, thresholds(60))}
    assert sorted(points) == [float(t) for t in range(60, 101)]
    assert [(points[t].true_positives, points[t].false_positives, points[t].false_negatives) for t in (60, 75, 81, 86, 91, 96)] == [
        (3, 2, 0), (3, 1, 0), (2, 1, 1), (2, 0, 1), (1, 0, 2), (0, 0, 3),
    ]  # fmt: skip
    assert round(points[75].f1, 3) == 0.857 and points[96].f1 == 0.0
    best = recommend(list(sweep(found, labels, thresholds(60))))
    assert best is not None and best.threshold == 80.0  # 71..80 tie on F1: the highest wins
    assert thresholds(90, 5) == [90.0, 95.0, 100.0]


def test_reviewer_labels_score_only_decided_pairs():
    labels = Labels({"program": {pair(1, 1)}}, {"program": {pair(2, 2)}}, {"program": {pair(3, 3)}})
    score = labels.score("program", {pair(1, 1), pair(2, 2), pair(3, 3), pair(4, 4)})
    assert (score.true_positives, score.false_positives, score.false_negatives) == (1, 1, 0)


def _files(make_workbook):
    return [str(make_workbook(province_rows(), name=PROV)), str(make_workbook(city_rows(), name=CITY))]


def test_evaluate_against_truth_writes_the_sweep_with_a_chart(make_workbook, tmp_path):
    _files(make_workbook)  # the directory holds the plans and truth.json
    truth = {
        "files": {PROV: {}, CITY: {}},
        "pairs": [{"left": PROV, "right": CITY, "kind": "program", "left_total": 3, "same": 2}],
        "links": [
            {"kind": "program", "left": [PROV, "Sheet1", 6], "right": [CITY, "Sheet1", 6]},
            {"kind": "program", "left": [PROV, "Sheet1", 9], "right": [CITY, "Sheet1", 9]},
            {"kind": "kegiatan", "left": [PROV, "Sheet1", 7], "right": [CITY, "Sheet1", 7]},
            {"kind": "sub_kegiatan", "left": [PROV, "Sheet1", 8], "right": [CITY, "Sheet1", 8]},
        ],
        "dontcare": [],
    }
    (tmp_path / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    out = tmp_path / "evaluasi.xlsx"
    args = ["evaluate", str(tmp_path), "--truth", str(tmp_path / "truth.json"), "-o", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "jenis           presisi  recall     F1    TP   FP   FN",
        "program           1,000   0,500  0,667     1    0    1",
        "kegiatan          1,000   1,000  1,000     1    0    0",
        "sub kegiatan      1,000   1,000  1,000     1    0    0",
        "kalimat utama tepat: 0/1",
        "  kota_contoh_2024.xlsx program: seharusnya 2/3, hasil 1/3",
        "Ambang yang disarankan: 88 (F1 1,000; presisi 1,000; recall 1,000).",
        f"Buku kerja disimpan di {out}",
    ]
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["Skor", "Uji Ambang", "Kesalahan"]
    sweep_sheet = workbook["Uji Ambang"]
    assert [cell.value for cell in sweep_sheet[1]] == [
        "Ambang", "Presisi", "Recall", "F1", "Positif benar", "Positif palsu", "Negatif palsu",
    ]  # fmt: skip
    rows = {row[0]: row for row in sweep_sheet.iter_rows(min_row=2, values_only=True)}
    assert len(rows) == 41 and rows[88.0][1:] == (1.0, 1.0, 1.0, 4, 0, 0) and rows[86.0][5] == 1
    assert sweep_sheet.cell(2, 2).number_format == "0.000"
    assert [type(chart).__name__ for chart in sweep_sheet._charts] == ["LineChart"]
    errors = list(workbook["Kesalahan"].iter_rows(min_row=2, values_only=True))
    assert errors == [("program", "negatif palsu", f"{PROV}!Sheet1!9", SCHOOLS, f"{CITY}!Sheet1!9", SCHOOLS_CITY)]


def test_evaluate_against_reviewer_decisions(make_workbook, tmp_path):
    files = _files(make_workbook)
    csv = write_csv(tmp_path / "keputusan.csv", [
        ["program", "Provinsi Contoh", "1.02.02", HEALTH, "Kota Contoh", "1.02.02", "x", "Ya"],
        ["program", "Provinsi Contoh", "1.01.02", SCHOOLS, "Kota Contoh", "1.01.02", SCHOOLS_CITY, "Ya"],
        ["sub_kegiatan", "Provinsi Contoh", "1.02.02.1.01.01", HOSPITAL, "Kota Contoh", "1.02.02.2.01.01", "x", "Tidak"],
        ["program", "Provinsi Contoh", "9.99.99", "PROGRAM HILANG", "Kota Contoh", "9.99.99", "Hilang", "Ya"],
    ])  # fmt: skip
    result = CliRunner().invoke(main, ["evaluate", *files, "--decisions", csv, "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "kind          precision  recall     F1    TP   FP   FN",
        "program           1.000   0.500  0.667     1    0    1",
        "kegiatan              -       -      -     0    0    0",
        "sub_kegiatan      0.000   1.000  0.000     0    1    0",
        "'-': nothing of that kind was scored (no pair of it labelled or decided), so it has no precision, recall or F1",
        "decided pairs: 2 yes, 1 no, 0 unsure; 1 decision matched no items (not scored); links without a decision are not scored",
        "Recommended threshold: 88 (F1 0.800, precision 0.667, recall 1.000).",
    ]
    indonesian = CliRunner().invoke(main, ["evaluate", *files, "--decisions", csv]).output.splitlines()
    assert indonesian[0] == "jenis           presisi  recall     F1    TP   FP   FN"
    assert indonesian[5] == ("pasangan yang diputuskan: 2 ya, 1 tidak, 0 ragu; 1 keputusan tidak cocok dengan item mana pun "
                             "(tidak dinilai); tautan tanpa keputusan tidak dinilai")
    usage = CliRunner().invoke(main, ["evaluate", *files])
    assert usage.exit_code == 3 and usage.output == "syncheck: kesalahan: berikan salah satu: --truth atau --decisions\n"


def test_decisions_that_only_correct_syncheck_are_said_to_measure_no_accuracy(make_workbook, tmp_path):
    files = _files(make_workbook)
    csv = write_csv(tmp_path / "keputusan.csv", [  # the reviewer marked only a link they disagree with
        ["sub_kegiatan", "Provinsi Contoh", "1.02.02.1.01.01", HOSPITAL, "Kota Contoh", "1.02.02.2.01.01", "x", "Tidak"],
    ])  # fmt: skip
    english = CliRunner().invoke(main, ["evaluate", *files, "--decisions", csv, "--lang", "en"]).output.splitlines()
    assert any(line.startswith("No decision confirms a link syncheck counted as the same: the decisions seem to mark only") for line in english)
    # with one confirmed link the scores measure something: no such line
    confirmed = write_csv(tmp_path / "keputusan2.csv", [
        ["sub_kegiatan", "Provinsi Contoh", "1.02.02.1.01.01", HOSPITAL, "Kota Contoh", "1.02.02.2.01.01", "x", "Tidak"],
        ["program", "Provinsi Contoh", "1.02.02", HEALTH, "Kota Contoh", "1.02.02", "x", "Ya"],
    ])  # fmt: skip
    output = CliRunner().invoke(main, ["evaluate", *files, "--decisions", confirmed, "--lang", "en"]).output
    assert "No decision confirms" not in output


def test_kinds_with_nothing_scored_show_no_ratios_and_no_threshold_is_recommended(make_workbook, tmp_path):
    files = _files(make_workbook)
    csv = write_csv(tmp_path / "keputusan.csv", [  # the one decided pair is one the matcher does not link
        ["program", "Provinsi Contoh", "1.04.02", HOUSING, "Kota Contoh", "1.04.03", SETTLEMENT, "Ya"],
    ])  # fmt: skip
    out = tmp_path / "evaluasi.xlsx"
    result = CliRunner().invoke(main, ["evaluate", *files, "--decisions", csv, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:5] == [
        "jenis           presisi  recall     F1    TP   FP   FN",
        "program           1,000   0,000  0,000     0    0    1",
        "kegiatan              -       -      -     0    0    0",
        "sub kegiatan          -       -      -     0    0    0",
        "'-': tidak ada yang dinilai untuk jenis itu (tidak ada pasangannya yang berlabel atau diputuskan), "
        "jadi tanpa presisi, recall dan F1",
    ]
    assert result.output.splitlines()[6] == (
        "Tidak ada ambang yang disarankan: tidak ada ambang yang menemukan pasangan berlabel sama (F1 0 pada setiap ambang).")
    scores = list(openpyxl.load_workbook(out)["Skor"].iter_rows(min_row=2, values_only=True))
    assert scores[0][:4] == ("program", 1.0, 0.0, 0.0) and scores[2][:4] == ("sub kegiatan", "-", "-", "-")
    assert [row[0] for row in scores[4:]] == [
        "'-': tidak ada yang dinilai untuk jenis itu (tidak ada pasangannya yang berlabel atau diputuskan), "
        "jadi tanpa presisi, recall dan F1",
        "Tidak ada ambang yang disarankan: tidak ada ambang yang menemukan pasangan berlabel sama (F1 0 pada setiap ambang).",
    ]


def test_nothing_scored_recommends_no_threshold():
    found = [Candidate("program", pair(1, 1), 95.0, Relation.IDENTICAL)]
    assert recommend(sweep(found, Labels({}, {}, {}), thresholds(60))) is None
    assert recommend(sweep([], Labels({"program": {pair(1, 1)}}, None, {}), thresholds(60))) is None
