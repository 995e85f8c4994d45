"""Every labelled dev workbook: rows read exactly as records.csv, accuracy and headlines on target."""

from __future__ import annotations

import csv
import json
from collections import Counter

import pytest

from syncheck.evaluate import evaluate
from syncheck.models import Options
from syncheck.pipeline import compare
from syncheck.readers import read_plan

from support import corpus_dirs, needs_shared

CORPORA = corpus_dirs()
pytestmark = needs_shared


def _records(directory):
    out = {}
    with open(directory / "records.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            out.setdefault(row["file"], {})[(row["sheet"], int(row["row"]))] = row
    return out


@pytest.mark.parametrize("directory", CORPORA, ids=lambda p: p.name)
def test_every_item_row_read_as_a_perfect_reader_would(directory):
    for file, expected in _records(directory).items():
        plan = read_plan(str(directory / file))
        got = {(item.ref.sheet, item.ref.row): item for item in plan.items}
        assert set(got) == set(expected), file
        for key, row in expected.items():
            item = got[key]
            # names are read as a reader sees them: the labels keep the cell's double and edge spaces
            assert (item.kind.value, item.code_text, item.name, item.agency, item.location) == (
                row["kind"], row["code"], " ".join(row["name"].split()), row["agency"], row["location"]), (file, key)
            assert item.budget == (int(row["budget"]) if row["budget"] else None), (file, key)
        assert plan.rows_read == len(plan.items) + plan.skipped_rows
        counts = Counter(item.kind.value for item in plan.items)
        assert counts == Counter(row["kind"] for row in expected.values())


@pytest.mark.parametrize("directory", CORPORA, ids=lambda p: p.name)
def test_accuracy_targets_on_labelled_corpus(directory):
    truth = json.loads((directory / "truth.json").read_text(encoding="utf-8"))
    result = compare([str(directory / name) for name in truth["files"]], Options())
    scores = {score.kind: score for score in evaluate(result, truth).kinds}
    assert scores["program"].f1 >= 0.99
    assert scores["kegiatan"].f1 >= 0.97
    assert scores["sub_kegiatan"].f1 >= 0.97
    checks = evaluate(result, truth).headlines
    assert all(check.got_total == check.expected_total for check in checks)
    program_checks = [check for check in checks if check.kind == "program"]
    assert all(check.exact for check in program_checks)
    overlaps = {((o.left.ref.file, o.left.ref.sheet, o.left.ref.row), (o.right.ref.file, o.right.ref.sheet, o.right.ref.row)) for o in result.overlaps}
    assert overlaps == {(tuple(o["left"]), tuple(o["right"])) for o in truth["overlaps"]}
