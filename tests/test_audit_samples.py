"""The sample audit (sample_data/audit.toml) reports exactly the continuity and theme gaps it was built with."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from syncheck.audit import run_audit
from syncheck.audit_report import audit_to_json
from syncheck.audit_spec import load_spec
from syncheck.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "sample_data"


@pytest.fixture(scope="module")
def audit() -> dict:
    return audit_to_json(run_audit(load_spec(str(SAMPLES / "audit.toml"))))


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads((SAMPLES / "expected_audit.json").read_text(encoding="utf-8"))


def _side(entry: dict | None) -> tuple[str, int] | None:
    return (entry["file"], entry["row"]) if entry else None


def test_theme_gaps_are_the_designed_ones(audit, truth):
    found = [{key: gap[key] for key in ("theme", "government", "last_present", "absent_years", "resumed")}
             for gap in audit["theme_gaps"]]
    assert sorted(found, key=str) == sorted(truth["theme_gaps"], key=str)
    assert {"theme": "gender", "government": "Kota Banjarbaru", "last_present": 2023, "absent_years": [2024],
            "resumed": 2025} in found


def test_continuity_is_exactly_the_truth(audit, truth):
    for group in truth["continuity"]:
        entries = [e for e in audit["continuity"] if (e["government"], e["kind"], e["from_year"]) ==
                   (group["government"], group["kind"], group["from_year"])]
        expected = {("renamed", _side(r["old"]), _side(r["new"])) for r in group["renamed"]}
        expected |= {("new", None, _side(r)) for r in group["new"]}
        expected |= {("dropped", _side(r), None) for r in group["dropped"]}
        changed = {(e["status"], _side(e["old"]), _side(e["new"])) for e in entries if e["status"] != "continued"}
        where = f"{group['government']} {group['kind']} {group['from_year']}"
        assert changed == expected, where
        assert sum(e["status"] == "continued" for e in entries) == group["continued"], where


def test_the_readme_command_runs(tmp_path):
    out = tmp_path / "audit.xlsx"
    result = CliRunner().invoke(main, ["audit", str(SAMPLES / "audit.toml"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert ("Pengarusutamaan gender (PUG) tidak didanai Kota Banjarbaru pada 2024 (terakhir 2023); "
            "didanai kembali pada 2025.") in result.output.splitlines()
    assert out.exists()


def test_an_output_that_cannot_be_written_stops_before_the_report_is_printed(tmp_path, monkeypatch):
    def refused(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")

    # a folder the reviewer may not write in (read-only, a locked share): the report must not print as if all went well
    monkeypatch.setattr("syncheck.safety.tempfile.mkstemp", refused)
    result = CliRunner().invoke(main, ["audit", str(SAMPLES / "audit.toml"), "--markdown", str(tmp_path / "a.md"), "--lang", "en"])
    assert result.exit_code == 3 and result.stdout == ""
    assert result.stderr == "syncheck: error: a.md: cannot write the output file (technical detail: Operation not permitted)\n"


def test_json_and_markdown_both_to_stdout_are_refused():
    result = CliRunner().invoke(main, ["audit", str(SAMPLES / "audit.toml"), "--json", "-", "--markdown", "-"])
    assert result.exit_code == 3
    assert result.stderr == (
        "syncheck: kesalahan: --json - dan --markdown - sama-sama akan menulis ke keluaran standar: beri salah satunya nama berkas\n"
    )
