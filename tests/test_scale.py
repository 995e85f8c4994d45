"""Large-run machinery: parallel workers give the same answer; per-province runs match one big run."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from syncheck.cli import main
from syncheck.models import Options
from syncheck.pipeline import compare, compare_by_province
from syncheck.report import json_text
from syncheck.workers import MIN_PARALLEL_TASKS, worker_count

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data"
FILES = [str(SAMPLE / name) for name in (
    "provinsi_jawa_tengah_2024.xlsx", "kota_semarang_2024.xlsx", "kabupaten_demak_2024.xlsx",
    "kota_magelang_2024.xlsx", "provinsi_kalimantan_selatan_2024.xlsx", "kota_banjarbaru_2024.xlsx",
)]


def test_worker_count_stays_single_for_small_runs():
    assert worker_count(0, MIN_PARALLEL_TASKS - 1) == 1
    assert worker_count(1, 100) == 1
    assert worker_count(2, 100) == 2
    assert worker_count(8, 5) == 5
    assert worker_count(0, 2, heavy=True) == min(2, os.cpu_count() or 1)
    assert worker_count(0, 1, heavy=True) == 1


def test_parallel_run_gives_the_same_json_and_clusters_as_a_single_process():
    single, parallel = compare(FILES, Options(workers=1)), compare(FILES, Options(workers=2))
    assert json_text(parallel) == json_text(single)
    assert parallel.clusters == single.clusters and len(single.clusters) > 0
    # links rebuilt from a worker's rows are whole: every field set, nothing more, in order
    from dataclasses import fields

    from syncheck.models import Link

    names = [field.name for field in fields(Link)]
    assert all(list(vars(link)) == names for link in parallel.links) and parallel.links == single.links


def test_per_province_results_match_one_run():
    whole = compare(FILES, Options(workers=1))
    groups = list(compare_by_province(FILES, Options(workers=1)))
    assert [result.left.government for result in groups] == ["Provinsi Jawa Tengah", "Provinsi Kalimantan Selatan"]
    assert [len(result.plans) for result in groups] == [4, 2]
    assert [summary for result in groups for summary in result.summaries] == list(whole.summaries)
    assert sum(len(result.links) for result in groups) == len(whole.links)


def test_cli_per_province_writes_one_workbook_per_province(tmp_path):
    out = tmp_path / "overlap.xlsx"
    result = CliRunner().invoke(main, ["compare", *FILES, "-o", str(out), "--json", str(tmp_path / "r.json"), "--per-province", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == ["overlap-provinsi-jawa-tengah.xlsx", "overlap-provinsi-kalimantan-selatan.xlsx",
                     "r-provinsi-jawa-tengah.json", "r-provinsi-kalimantan-selatan.json"]
    book = openpyxl.load_workbook(tmp_path / "overlap-provinsi-kalimantan-selatan.xlsx", read_only=True)
    text = " ".join(str(value) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for value in row if value)
    assert "Kota Banjarbaru" in text and "Kota Semarang" not in text


def test_cli_per_province_refuses_json_on_stdout():
    result = CliRunner().invoke(main, ["compare", *FILES, "--json", "-", "--per-province"])
    assert result.exit_code == 3
    assert "--per-province menulis satu berkas JSON per provinsi" in result.output


def test_json_records_stream_one_a_line_and_read_back_equal(tmp_path):
    from syncheck.jsonout import document_text, write_document

    document = {"schema": 1, "links": iter([{"a": 1}, {"b": "Rp 1.250.000,00"}]), "warnings": [], "run": {"x": None}}
    write_document(document, str(tmp_path / "r.json"))
    text = (tmp_path / "r.json").read_text(encoding="utf-8")
    assert text == '{\n  "schema": 1,\n  "links": [\n    {"a": 1},\n    {"b": "Rp 1.250.000,00"}\n  ],\n  "warnings": [],\n  "run": {"x": null}\n}\n'
    assert document_text({"links": ({"n": n} for n in range(3))}).count("\n    {") == 3


def test_written_json_equals_the_result_document(tmp_path):
    import json

    from syncheck.report import result_to_json, write_json

    result = compare(FILES[4:], Options(workers=1))
    write_json(result, str(tmp_path / "r.json"))
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8")) == result_to_json(result)
