"""The benchmark script still runs from a fresh clone and prints every table the README quotes (quick sizes)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bench(tmp_path: Path, scenario: str) -> str:
    done = subprocess.run(
        [sys.executable, "benchmarks/bench.py", "--scenario", scenario, "--quick", "--workdir", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)},  # this checkout's syncheck
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_pair_scenario_prints_stages_ratios_and_the_command_run(tmp_path):
    out = bench(tmp_path, "pair")
    for stage in ("read", "normalize (prepare)", "link_entries", "graph (build_clusters)", "tally", "write workbook", "write JSON"):
        assert re.search(rf"^\| {re.escape(stage)} \| [0-9.]+ \|", out, re.M), stage
    ratios = dict(re.findall(r"^\| (link_entries vs|reading cells|read_plan \(cells|read_plan vs raw openpyxl)[^|]*\|[^|]*\|[^|]*\| ([0-9.]+)x \|$", out, re.M))
    assert len(ratios) == 4 and all(float(value) > 0 for value in ratios.values())
    assert re.search(r"^\| 1 province \+ 1 kab/kota \(median of 3 runs, [0-9.]+-[0-9.]+ s\) \| 2 \| [0-9.]+ \| [0-9]+ \| [0-9]+ \|$", out, re.M)


def test_national_scenario_prints_the_command_runs_and_memory_per_province(tmp_path):
    out = bench(tmp_path, "national")
    assert re.search(r"^\| 3 provinces x 5 kab/kota, --per-province \| 18 \| [0-9.]+ \|", out, re.M)
    table = out[out.index("| provinces done") :]
    assert [int(n) for n in re.findall(r"^\| (\d+) \| \d+ \|$", table, re.M)] == [1, 2, 3]


def test_the_memory_sampler_counts_a_process_that_ends_while_it_is_read_as_childless(monkeypatch):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench as script
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))

    def gone(path):
        raise FileNotFoundError(2, "No such file or directory", str(path))

    # a worker exits between the check that its /proc entry exists and the read of it (the national run hit this
    # once in its sampler thread, which then stopped sampling and under-reported the run's memory)
    monkeypatch.setattr(script.os, "scandir", gone)
    monkeypatch.setattr(script.os, "listdir", gone)
    assert script._tree(os.getpid()) == [os.getpid()]
