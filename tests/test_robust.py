"""The labelled dev corpus re-rendered in layouts and noise it lacks (tests/robust/make_variants.py).

Every variant must read exactly as its rewritten records.csv says, and link as well as the original
layout: the same headline figures (left_total, same) for every pair, F1 on target, same overlaps.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from syncheck.evaluate import evaluate
from syncheck.models import Options
from syncheck.pipeline import compare

from support import corpus_dirs, needs_shared

CORPORA = corpus_dirs()
pytestmark = needs_shared


def load_make_variants():
    """Import tests/robust/make_variants.py whatever the pytest import mode."""
    if "make_variants" not in sys.modules:
        path = Path(__file__).parent / "robust" / "make_variants.py"
        spec = importlib.util.spec_from_file_location("make_variants", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules["make_variants"] = module
        spec.loader.exec_module(module)
    return sys.modules["make_variants"]


mv = load_make_variants()
VARIANTS = sorted(mv.VARIANTS)


def _run(directory: Path):
    """(truth, compare result, evaluation) of a labelled directory."""
    truth = json.loads((directory / "truth.json").read_text(encoding="utf-8"))
    result = compare([str(directory / name) for name in truth["files"]], Options(workers=1))
    return truth, result, evaluate(result, truth)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Lazily generated and compared variants of the first labelled corpus, plus the original."""
    out = tmp_path_factory.mktemp("variants")
    cache: dict[str, tuple] = {}

    def get(name: str):
        if name not in cache:
            directory = CORPORA[0] if name == "original" else Path(mv.make_variant(str(CORPORA[0]), str(out), name))
            cache[name] = (directory, *_run(directory))
        return cache[name]

    return get


def _records(directory: Path) -> dict:
    """records.csv by (file, sheet, row)."""
    with open(directory / "records.csv", encoding="utf-8", newline="") as handle:
        return {(row["file"], row["sheet"], int(row["row"])): row for row in csv.DictReader(handle)}


@pytest.mark.parametrize("variant", VARIANTS)
def test_variant_rows_read_exactly_as_records(runs, variant):
    directory, _truth, result, _evaluation = runs(variant)
    expected = _records(directory)
    got = {(item.ref.file, item.ref.sheet, item.ref.row): item for plan in result.plans for item in plan.items}
    assert set(got) == set(expected)
    for key, row in expected.items():
        item = got[key]
        # names are read as a reader sees them: the records keep the cell's double and edge spaces
        assert (item.kind.value, item.code_text, item.name, item.agency, item.location) == (
            row["kind"], row["code"], " ".join(row["name"].split()), row["agency"], row["location"]), key
        assert item.budget == (int(row["budget"]) if row["budget"] else None), key
    for plan in result.plans:
        assert plan.rows_read == len(plan.items) + plan.skipped_rows
    assert Counter(item.kind.value for item in got.values()) == Counter(row["kind"] for row in expected.values())


@pytest.mark.parametrize("variant", VARIANTS)
def test_variant_identity_matches_truth(runs, variant):
    _directory, truth, result, _evaluation = runs(variant)
    for plan in result.plans:
        meta = truth["files"][plan.file]
        assert (plan.government, plan.year) == (meta["government"], meta["year"])
        assert plan.level.is_province == (meta["level"] == "provinsi")


@pytest.mark.parametrize("variant", VARIANTS)
def test_variant_links_as_well_as_the_original_layout(runs, variant):
    _directory, truth, result, evaluation = runs(variant)
    _o_directory, _o_truth, _o_result, original = runs("original")
    scores = {score.kind: score for score in evaluation.kinds}
    assert scores["program"].f1 >= 0.99
    assert scores["kegiatan"].f1 >= 0.97
    assert scores["sub_kegiatan"].f1 >= 0.97
    # pairs keep their order in the rewritten truth: each headline as on the original layout
    assert [(c.got_total, c.got_same) for c in evaluation.headlines] == [(c.got_total, c.got_same) for c in original.headlines]
    assert all(check.got_total == check.expected_total for check in evaluation.headlines)
    overlaps = {((o.left.ref.file, o.left.ref.sheet, o.left.ref.row), (o.right.ref.file, o.right.ref.sheet, o.right.ref.row)) for o in result.overlaps}
    assert overlaps == {(tuple(o["left"]), tuple(o["right"])) for o in truth["overlaps"]}


def test_generator_moves_every_label(runs):
    directory, truth, _result, _evaluation = runs("glued_noisy")
    original = json.loads((CORPORA[0] / "truth.json").read_text(encoding="utf-8"))
    records = _records(directory)
    assert len(records) == sum(1 for _ in open(CORPORA[0] / "records.csv", encoding="utf-8")) - 1 - sum(
        1 for row in _records(CORPORA[0]).values() if row["kind"] in ("urusan", "bidang_urusan"))
    for key in ("links", "dontcare", "overlaps"):
        assert len(truth[key]) == len(original[key])
        assert all(tuple(entry["left"]) in records and tuple(entry["right"]) in records for entry in truth[key])
