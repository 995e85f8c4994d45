"""Same inputs, same outputs: JSON byte for byte (apart from the run block) and workbook cell values.

Runs in one process, then in separate processes with different PYTHONHASHSEED values, which is where
set and dict ordering by string hash would show.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from support import make_runner
from syncheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_data"
PROVINCE = SAMPLES / "provinsi_jawa_tengah_2024.xlsx"
CITIES = [SAMPLES / "kota_magelang_2024.xlsx"]
MASTER = SAMPLES / "nomenclature_subset.csv"


def without_run_block(text: str) -> str:
    """The JSON text before the run manifest (the last top-level key), where times and versions may go."""
    head, found, _ = text.partition('\n  "run": ')
    return head if found else text


def workbook_values(path: Path) -> list[tuple[str, list[tuple]]]:
    """Every sheet's name and cell values, row by row."""
    workbook = openpyxl.load_workbook(path)
    return [(sheet.title, [tuple(cell.value for cell in row) for row in sheet.iter_rows()]) for sheet in workbook.worksheets]


def run_in_process(out: Path) -> None:
    """compare once, writing its JSON and workbook into out."""
    out.mkdir()
    files = [str(PROVINCE), *map(str, CITIES)]
    result = make_runner().invoke(main, ["compare", *files, "--json", str(out / "c.json"), "-o", str(out / "c.xlsx")])
    assert result.exit_code == 0, result.output


def assert_same_outputs(first: Path, second: Path, commands: tuple[str, ...] = ("c", "v")) -> None:
    """The JSON documents match byte for byte before the run block; the workbooks cell for cell."""
    for command in commands:
        texts = [without_run_block((folder / f"{command}.json").read_text(encoding="utf-8")) for folder in (first, second)]
        assert texts[0] == texts[1], command
        assert workbook_values(first / f"{command}.xlsx") == workbook_values(second / f"{command}.xlsx"), command


@pytest.mark.skipif(not PROVINCE.exists(), reason="sample data not present")
def test_two_runs_in_one_process_give_the_same_outputs(tmp_path):
    run_in_process(tmp_path / "a")
    run_in_process(tmp_path / "b")
    assert_same_outputs(tmp_path / "a", tmp_path / "b", ("c",))
    compare_json = (tmp_path / "a" / "c.json").read_text(encoding="utf-8")
    assert '"links": [' in compare_json and compare_json.count('"relation"') > 40  # a run with plenty to order


SCRIPT = """
import sys
from click.testing import CliRunner
from syncheck.cli import main
out, files, master = sys.argv[1], sys.argv[2:-1], sys.argv[-1]
runner = CliRunner()
for args in (["compare", *files, "--json", out + "/c.json", "-o", out + "/c.xlsx"],
             ["validate", *files, "--nomenclature", master, "--json", out + "/v.json", "-o", out + "/v.xlsx"]):
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
"""


@pytest.mark.skipif(not PROVINCE.exists(), reason="sample data not present")
def test_separate_processes_with_other_hash_seeds_give_the_same_outputs(tmp_path):
    folders = []
    for seed in ("1", "2"):
        folder = tmp_path / f"seed{seed}"
        folder.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed}
        args = [sys.executable, "-c", SCRIPT, str(folder), str(PROVINCE), *map(str, CITIES), str(MASTER)]
        done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        folders.append(folder)
    assert_same_outputs(*folders)
