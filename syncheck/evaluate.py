"""Score a compare result against a labelled truth.json: precision, recall, F1, exact headlines."""

from __future__ import annotations

import json
from dataclasses import dataclass

from .models import LINKED_KINDS, Kind, Result

Pair = tuple[tuple[str, str, int], tuple[str, str, int]]


@dataclass(frozen=True)
class KindScore:
    """Precision/recall/F1 of the same-links of one kind (pairs marked 'dontcare' are ignored)."""

    kind: str
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when nothing was predicted."""
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1.0 when there is nothing to find."""
        actual = self.true_positives + self.false_negatives
        return self.true_positives / actual if actual else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True)
class HeadlineCheck:
    """One truth headline against what the result says."""

    left: str
    right: str
    kind: str
    expected_total: int
    expected_same: int
    got_total: int | None
    got_same: int | None

    @property
    def exact(self) -> bool:
        """True when both numbers agree."""
        return (self.expected_total, self.expected_same) == (self.got_total, self.got_same)


@dataclass(frozen=True)
class Evaluation:
    """All scores of one result against one truth file."""

    kinds: tuple[KindScore, ...]
    headlines: tuple[HeadlineCheck, ...]
    false_positives: tuple[tuple[str, Pair], ...]
    false_negatives: tuple[tuple[str, Pair], ...]

    @property
    def all_exact(self) -> bool:
        """True when every headline is exact."""
        return all(check.exact for check in self.headlines)


def load_truth(path: str) -> dict:
    """A truth.json file as a dict."""
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def _pairs(entries: list[dict], kind: str) -> set[Pair]:
    """Truth link entries of one kind as comparable tuples."""
    return {(tuple(e["left"]), tuple(e["right"])) for e in entries if e["kind"] == kind}  # type: ignore[misc]


def predicted_pairs(result: Result, kind: Kind) -> set[Pair]:
    """Same-links (identical or similar) of one kind from a result."""
    return {
        ((l.left.ref.file, l.left.ref.sheet, l.left.ref.row), (l.right.ref.file, l.right.ref.sheet, l.right.ref.row))
        for l in result.links
        if l.kind is kind and l.relation.is_same
    }


def evaluate(result: Result, truth: dict) -> Evaluation:
    """Per-kind link scores and headline checks."""
    scores, fps, fns = [], [], []
    for kind in LINKED_KINDS:
        predicted = predicted_pairs(result, kind)
        expected = _pairs(truth.get("links", []), kind.value)
        ignored = _pairs(truth.get("dontcare", []), kind.value)
        false_pos = predicted - expected - ignored
        false_neg = expected - predicted
        scores.append(KindScore(kind.value, len(predicted & expected), len(false_pos), len(false_neg)))
        fps.extend((kind.value, pair) for pair in sorted(false_pos))
        fns.extend((kind.value, pair) for pair in sorted(false_neg))
    return Evaluation(tuple(scores), tuple(_headlines(result, truth)), tuple(fps), tuple(fns))


def _headlines(result: Result, truth: dict) -> list[HeadlineCheck]:
    """Each truth pair's headline next to the result's summary for the same files and kind."""
    label_of = {plan.file: plan.label for plan in result.plans}
    found = {(s.left, s.right, s.kind.value): s for s in result.summaries}
    checks = []
    for pair in truth.get("pairs", []):
        summary = found.get((label_of.get(pair["left"]), label_of.get(pair["right"]), pair["kind"]))
        checks.append(
            HeadlineCheck(
                pair["left"], pair["right"], pair["kind"], pair["left_total"], pair["same"],
                summary.left_total if summary else None, summary.same if summary else None,
            )
        )
    return checks


def render_evaluation(evaluation: Evaluation) -> str:
    """A plain-text table of the scores and headline checks."""
    lines = [f"{'kind':<13} {'precision':>9} {'recall':>7} {'F1':>6} {'TP':>5} {'FP':>4} {'FN':>4}"]
    for score in evaluation.kinds:
        lines.append(
            f"{score.kind:<13} {score.precision:>9.3f} {score.recall:>7.3f} {score.f1:>6.3f} "
            f"{score.true_positives:>5} {score.false_positives:>4} {score.false_negatives:>4}"
        )
    exact = sum(1 for check in evaluation.headlines if check.exact)
    lines.append(f"headlines exact: {exact}/{len(evaluation.headlines)}")
    for check in evaluation.headlines:
        if not check.exact:
            lines.append(
                f"  {check.right} {check.kind}: expected {check.expected_same}/{check.expected_total}, "
                f"got {check.got_same}/{check.got_total}"
            )
    return "\n".join(lines)
