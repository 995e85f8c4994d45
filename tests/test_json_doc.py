"""docs/json.md documents every key the JSON outputs write, and nothing they never write."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit_support import KAB_2023, KAB_2024, PROVINCE, write_plan
from support import build_workbook
from syncheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_data"
DOC = ROOT / "docs" / "json.md"
COMMANDS = ("compare", "validate", "audit", "inspect")
#: a section of the doc: '## `syncheck compare --json`'
SECTION = re.compile(r"^## `syncheck (\w+) --json`", re.MULTILINE)
#: a table row of a section: its first cell is a key path in backquotes
PATH_ROW = re.compile(r"^\| `([^`]+)` \|", re.MULTILINE)


def documented_paths(text: str) -> dict[str, set[str]]:
    """The key paths each command's section of the doc lists."""
    marks = list(SECTION.finditer(text))
    found: dict[str, set[str]] = {}
    for mark, following in zip(marks, marks[1:] + [None]):
        section = text[mark.end() : following.start() if following else len(text)]
        found.setdefault(mark.group(1), set()).update(PATH_ROW.findall(section))
    return found


def written_paths(document: object, prefix: str = "") -> set[str]:
    """Every key path of a JSON document: 'a.b' for key b of object a, 'a[]' for each record of list a."""
    found: set[str] = set()
    if isinstance(document, dict):
        for key, value in document.items():
            path = f"{prefix}.{key}" if prefix else key
            found.add(path)
            found |= written_paths(value, path)
    elif isinstance(document, list):
        for record in document:
            if isinstance(record, dict):  # a list of texts or numbers is one documented value
                found |= written_paths(record, prefix + "[]")
    return found


def matches(pattern: str, path: str) -> bool:
    """True when a documented path names a written one ('<reason>' stands for any key of a map)."""
    wanted, parts = pattern.split("."), path.split(".")
    return len(wanted) == len(parts) and all(w == p or (w.startswith("<") and w.endswith(">")) for w, p in zip(wanted, parts))


def undocumented(documented: set[str], written: set[str]) -> set[str]:
    """Written paths that no documented path names."""
    return {path for path in written if not any(matches(pattern, path) for pattern in documented)}


def never_written(documented: set[str], written: set[str]) -> set[str]:
    """Documented paths that name no written path."""
    return {pattern for pattern in documented if not any(matches(pattern, path) for path in written)}


def _run(args: list[str]) -> None:
    """Run syncheck; fail the test on any exit code but 0."""
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output


def _sample(name: str) -> str:
    return str(SAMPLES / name)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, list[object]]:
    """The JSON documents of each command on sample_data, with the cases that fill every optional part."""
    folder = tmp_path_factory.mktemp("json_doc")
    # two kab/kota sending files of one base name: whole-file warnings ("sheet": null) and folder-named files;
    # Kabupaten Demak's plan has codeless rows; three kab/kota of one province fill group_totals
    for sub, sample in (("a", "kota_semarang_2024.xlsx"), ("b", "kota_magelang_2024.xlsx")):
        (folder / sub).mkdir()
        shutil.copy(SAMPLES / sample, folder / sub / "RKPD 2024.xlsx")
    compare = folder / "compare.json"
    _run(["compare", _sample("provinsi_jawa_tengah_2024.xlsx"), str(folder / "a" / "RKPD 2024.xlsx"),
          str(folder / "b" / "RKPD 2024.xlsx"), _sample("kabupaten_demak_2024.xlsx"), "--jobs", "1", "--json", str(compare)])
    validate = folder / "validate.json"
    _run(["validate", _sample("kabupaten_demak_2024.xlsx"), _sample("kota_magelang_2024.xlsx"),
          "--nomenclature", _sample("nomenclature_subset.csv"), "--json", str(validate)])
    audit = folder / "audit.json"
    _run(["audit", _sample("audit.toml"), "--json", str(audit)])
    # the sample audit has no rename candidate: a kabupaten whose plan changes between two years has one
    small = folder / "small"
    small.mkdir()
    make = lambda rows, name: build_workbook(small / name, rows)  # noqa: E731 - make_workbook's signature
    plans = [write_plan(make, government, year, rows) for year, kab in ((2023, KAB_2023), (2024, KAB_2024))
             for government, rows in (("Provinsi Contoh", PROVINCE), ("Kabupaten Contoh", kab))]
    small_audit = folder / "small_audit.json"
    _run(["audit", "--year", "2023", *plans[:2], "--year", "2024", *plans[2:], "--json", str(small_audit)])
    inspect = CliRunner().invoke(main, ["inspect", _sample("kota_magelang_2024.xlsx"), _sample("kabupaten_demak_2024.xlsx"), "--json"])
    assert inspect.exit_code == 0, inspect.output
    read = lambda path: json.loads(path.read_text(encoding="utf-8"))  # noqa: E731
    return {
        "compare": [read(compare)],
        "validate": [read(validate)],
        "audit": [read(audit), read(small_audit)],
        "inspect": [json.loads(inspect.output)],
    }


def test_the_doc_has_a_section_for_each_command_that_writes_json():
    assert sorted(documented_paths(DOC.read_text(encoding="utf-8"))) == sorted(COMMANDS)


def test_the_cases_reach_the_optional_parts(outputs):
    compare = outputs["compare"][0]
    assert compare["group_totals"]
    assert any(warning["sheet"] is None for warning in compare["warnings"])
    assert any(link["right"]["code"] == "" for link in compare["links"])
    assert any(audit["rename_candidates"] for audit in outputs["audit"])


@pytest.mark.parametrize("command", COMMANDS)
def test_every_key_written_is_documented(outputs, command):
    documented = documented_paths(DOC.read_text(encoding="utf-8"))[command]
    written = set().union(*(written_paths(document) for document in outputs[command]))
    assert undocumented(documented, written) == set(), f"keys of `syncheck {command} --json` missing from docs/json.md"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_key_documented_is_written(outputs, command):
    documented = documented_paths(DOC.read_text(encoding="utf-8"))[command]
    written = set().union(*(written_paths(document) for document in outputs[command]))
    assert never_written(documented, written) == set(), f"docs/json.md lists keys `syncheck {command} --json` does not write"


def test_a_key_added_to_a_record_but_not_to_the_doc_is_caught(outputs):
    documented = documented_paths(DOC.read_text(encoding="utf-8"))["compare"]
    document = json.loads(json.dumps(outputs["compare"][0]))
    document["overlaps"][0]["left_budget_new"] = 1
    assert undocumented(documented, written_paths(document)) == {"overlaps[].left_budget_new"}


def test_map_keys_match_a_placeholder_only():
    assert matches("inputs[].skipped.<reason>", "inputs[].skipped.blank")
    assert not matches("inputs[].skipped.<reason>", "inputs[].skipped")
    assert not matches("inputs[].rows", "inputs[].rows.program")
