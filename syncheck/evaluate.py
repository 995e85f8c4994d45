"""Score a compare result against a labelled truth.json or reviewer decisions: precision, recall, F1
per kind, exact headlines, and a sweep of the score threshold that recommends the best one.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, replace
from typing import Sequence

from .decisions import DecisionBook
from .errors import InputFileError, UsageError
from .messages import WORDS, Count, Message, render, say
from .models import LINKED_KINDS, Choice, Kind, Link, Options, Relation, Result, SourceRef
from .pipeline import check_rules, compare_plans, master_for, pair_plans, read_plans
from .plan_folders import plan_files
from .safety import os_problem, refuse_repeats

Pair = tuple[tuple[str, str, int], tuple[str, str, int]]
KindPair = tuple[str, Pair]
DEFAULT_FLOOR = 60.0


@dataclass(frozen=True)
class KindScore:
    """Precision/recall/F1 of the same-links of one kind (pairs marked 'dontcare' are ignored)."""

    kind: str
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def scored(self) -> bool:
        """Whether anything was scored: with no true or false positive or negative, the ratios mean nothing."""
        return bool(self.true_positives or self.false_positives or self.false_negatives)

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
    false_positives: tuple[KindPair, ...]
    false_negatives: tuple[KindPair, ...]


@dataclass(frozen=True)
class Labels:
    """What a result is scored against, per kind: the same pairs, the pairs that are not, and ignored pairs.

    ``negatives`` None means every pair not labelled the same is not the same (a complete truth.json);
    reviewer decisions only label the pairs a reviewer decided, so other predictions are not scored.
    """

    positives: dict[str, set[Pair]]
    negatives: dict[str, set[Pair]] | None
    ignored: dict[str, set[Pair]]
    unmatched: int = 0  # decisions naming no items of the compared files

    def errors(self, kind: str, predicted: set[Pair]) -> tuple[set[Pair], set[Pair], set[Pair]]:
        """(true positives, false positives, false negatives) of one kind's predicted same-pairs."""
        positives = self.positives.get(kind, set())
        if self.negatives is None:
            false_pos = predicted - positives - self.ignored.get(kind, set())
        else:
            false_pos = predicted & self.negatives.get(kind, set())
        return predicted & positives, false_pos, positives - predicted

    def score(self, kind: str, predicted: set[Pair]) -> "KindScore":
        """Counts of one kind's predicted same-pairs against the labels."""
        true_pos, false_pos, false_neg = self.errors(kind, predicted)
        return KindScore(kind, len(true_pos), len(false_pos), len(false_neg))


def load_truth(path: str) -> dict:
    """A truth.json file as a dict; InputFileError naming the file and the problem when it is not one."""
    try:
        with open(path, encoding="utf-8") as handle:
            truth = json.load(handle)
    except OSError as error:
        raise InputFileError(say("error.truth_unreadable", problem=os_problem(error, "error.truth_directory")), file=path) from None
    except UnicodeDecodeError:
        raise InputFileError(say("error.truth_not_utf8"), file=path) from None
    except json.JSONDecodeError as error:
        message = say("error.truth_not_json", parser=error.msg, line=error.lineno, column=error.colno)
        raise InputFileError(message, file=path) from None
    problem = _truth_problem(truth)
    if problem:
        raise InputFileError(say("error.not_truth", problem=problem), file=path)
    return truth


def plan_paths(
    files: tuple[str, ...] | list[str], truth: dict | None, truth_path: str | None, outputs: Sequence[str | None] = (), others: Sequence[str | None] = ()
) -> list[str]:
    """The plan files to score: those given (a folder standing for its plan files, plan_folders.plan_files, leaving out
    the ``outputs`` and ``others`` files), or with a truth the files its 'files' names in the one folder given;
    refused when one is given twice, or when the truth is about files not given."""
    paths = list(files)
    if len(paths) == 1 and os.path.isdir(paths[0]) and truth is not None:
        if not truth.get("files"):
            raise UsageError(say("error.truth_no_files"), file=truth_path or "")
        folder, paths = paths[0], [os.path.join(paths[0], name) for name in truth["files"]]
        for name, path in zip(truth["files"], paths):
            if not os.path.lexists(path):
                raise InputFileError(say("error.truth_file_not_in_folder", name=name, folder=folder), file=truth_path or "")
    paths = plan_files(paths, outputs, others)
    refuse_repeats(paths)
    if truth is not None:
        _require_truth_files(truth, paths, truth_path or "")
    return paths


def _require_truth_files(truth: dict, paths: list[str], truth_path: str) -> None:
    """Raise when the truth names plan files (in 'files' or its rows) that are not among those given: every
    figure would be scored against plans that were not read."""
    named = [*truth.get("files", [])]
    named += [pair[side] for pair in truth.get("pairs", []) for side in ("left", "right")]
    named += [entry[side][0] for key in ("links", "dontcare") for entry in truth.get(key, []) for side in ("left", "right")]
    given = {os.path.basename(path) for path in paths}
    missing = [name for name in dict.fromkeys(named) if name not in given]
    if missing:
        shown = ", ".join(missing[:5]) + (", ..." if len(missing) > 5 else "")
        fields = {"count": Count(len(missing)), "total": Count(len(dict.fromkeys(named))), "missing": shown}
        raise InputFileError(say("error.truth_other_files", **fields), file=truth_path)


_TRUTH_LISTS = {"links": ("kind", "left", "right"), "dontcare": ("kind", "left", "right"), "pairs": ("left", "right", "kind", "left_total", "same")}


def _truth_problem(truth: object) -> str:
    """What makes a parsed truth file unusable ('' when nothing does)."""
    if not isinstance(truth, dict):
        return say("error.truth_not_object", json_type=type(truth).__name__)
    if not isinstance(truth.get("files", []), (dict, list)) or not all(isinstance(name, str) for name in truth.get("files", [])):
        return say("error.truth_files")
    for key, fields in _TRUTH_LISTS.items():
        entries = truth.get(key, [])
        if not isinstance(entries, list):
            return say("error.truth_not_list", key=key)
        for number, entry in enumerate(entries, start=1):
            missing = [name for name in fields if not isinstance(entry, dict) or name not in entry]
            if missing or not all(_is_row(entry[side]) for side in ("left", "right") if key != "pairs"):
                shape = "{" + ", ".join(repr(name) for name in fields) + "}"
                return say("error.truth_entry" if key == "pairs" else "error.truth_entry_rows", number=number, key=key, fields=shape)
    return ""


def _is_row(value: object) -> bool:
    """A truth row reference: [file, sheet, row]."""
    return isinstance(value, list) and len(value) == 3 and isinstance(value[0], str) and isinstance(value[1], str) and isinstance(value[2], int)


def _pairs(entries: list[dict], kind: str) -> set[Pair]:
    """Truth link entries of one kind as comparable tuples."""
    return {(tuple(e["left"]), tuple(e["right"])) for e in entries if e["kind"] == kind}  # type: ignore[misc]


def truth_labels(truth: dict) -> Labels:
    """Labels from a corpus truth.json (links, and 'dontcare' pairs ignored)."""
    kinds = [kind.value for kind in LINKED_KINDS]
    return Labels(
        {kind: _pairs(truth.get("links", []), kind) for kind in kinds},
        None,
        {kind: _pairs(truth.get("dontcare", []), kind) for kind in kinds},
    )


def decision_labels(result: Result, book: DecisionBook) -> Labels:
    """Labels from reviewer decisions, matched by content to the items of the result's plans."""
    sets: dict[Choice, dict[str, set[Pair]]] = {choice: {} for choice in Choice}
    for left, right in pair_plans(list(result.plans)):
        for kind, (left_ref, right_ref), choice in book.labelled_pairs(left, right):
            sets[choice].setdefault(kind.value, set()).add((_ref(left_ref), _ref(right_ref)))
        book.settle(left, right, [])
    unmatched = sum(1 for decision in book.kept() if decision.status == "unmatched")
    return Labels(sets[Choice.YES], sets[Choice.NO], sets[Choice.UNSURE], unmatched)


def _ref(ref: SourceRef) -> tuple[str, str, int]:
    """A row reference as a comparable tuple."""
    return (ref.file, ref.sheet, ref.row)


def _link_pair(link: Link) -> Pair:
    """A link's two rows."""
    return (_ref(link.left.ref), _ref(link.right.ref))


def predicted_pairs(result: Result, kind: Kind) -> set[Pair]:
    """Same-links (identical or similar) of one kind from a result."""
    return {_link_pair(link) for link in result.links if link.kind is kind and link.relation.is_same}


def evaluate(result: Result, truth: dict | Labels) -> Evaluation:
    """Per-kind link scores, and headline checks against a truth.json."""
    labels = truth if isinstance(truth, Labels) else truth_labels(truth)
    scores, fps, fns = [], [], []
    for kind in LINKED_KINDS:
        true_pos, false_pos, false_neg = labels.errors(kind.value, predicted_pairs(result, kind))
        scores.append(KindScore(kind.value, len(true_pos), len(false_pos), len(false_neg)))
        fps.extend((kind.value, pair) for pair in sorted(false_pos))
        fns.extend((kind.value, pair) for pair in sorted(false_neg))
    headlines = _headlines(result, truth) if isinstance(truth, dict) else []
    return Evaluation(tuple(scores), tuple(headlines), tuple(fps), tuple(fns))


def _headlines(result: Result, truth: dict) -> list[HeadlineCheck]:
    """Each truth pair's headline next to the result's summary for the same files and kind."""
    label_of = {part.file: plan.label for plan in result.plans for part in plan.parts or (plan,)}
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


#: the score table's column heads, per language
_HEADER = {
    "en": f"{'kind':<13} {'precision':>9} {'recall':>7} {'F1':>6} {'TP':>5} {'FP':>4} {'FN':>4}",
    "id": f"{'jenis':<13} {'presisi':>9} {'recall':>7} {'F1':>6} {'TP':>5} {'FP':>4} {'FN':>4}",
}


def render_evaluation(evaluation: Evaluation, lang: str = "en") -> str:
    """A plain-text table of the scores and headline checks, in ``lang`` ('id' or 'en')."""
    lines = [_HEADER[lang]]
    for score in evaluation.kinds:
        precision, recall, f1 = (_ratio(value, lang) if score.scored else "-" for value in (score.precision, score.recall, score.f1))
        lines.append(
            f"{_kind_word(score.kind, lang):<13} {precision:>9} {recall:>7} "
            f"{f1:>6} {score.true_positives:>5} {score.false_positives:>4} {score.false_negatives:>4}"
        )
    if not all(score.scored for score in evaluation.kinds):
        lines.append(render(say("evaluate.not_scored"), lang))
    exact = sum(1 for check in evaluation.headlines if check.exact)
    if evaluation.headlines:
        lines.append(render(say("evaluate.headlines_exact", exact=exact, total=len(evaluation.headlines)), lang))
    lines.extend("  " + render(_headline_miss(check), lang) for check in evaluation.headlines if not check.exact)
    return "\n".join(lines)


def _headline_miss(check: HeadlineCheck) -> Message:
    """A headline the run did not give: what it gave instead, or that it did not compare the pair."""
    fields = {"right": check.right, "kind": check.kind, "expected_same": check.expected_same, "expected_total": check.expected_total}
    if check.got_same is None or check.got_total is None:
        return say("evaluate.headline_not_compared", **fields)
    return say("evaluate.headline_miss", **fields, got_same=check.got_same, got_total=check.got_total)


def _kind_word(kind: str, lang: str) -> str:
    """'sub_kegiatan' as the table shows it: unchanged in English, 'sub kegiatan' in Indonesian."""
    return WORDS["kind"].get(kind, kind) if lang == "id" else kind


def _ratio(value: float, lang: str) -> str:
    """0.5 -> '0.500' (en) / '0,500' (id)."""
    text = f"{value:.3f}"
    return text.replace(".", ",") if lang == "id" else text


# --- the threshold sweep ------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """One scored pair the matcher considered, with the relation it gave."""

    kind: str
    pair: Pair
    score: float
    relation: Relation


@dataclass(frozen=True)
class SweepPoint:
    """All kinds pooled when every candidate scoring at least ``threshold`` counts as the same."""

    threshold: float
    score: KindScore


def candidates(result: Result) -> list[Candidate]:
    """Every link of a result as a scored candidate (run it with a low review threshold to get many)."""
    return [Candidate(link.kind.value, _link_pair(link), float(link.score), link.relation) for link in result.links]


def thresholds(floor: float = DEFAULT_FLOOR, step: float = 1.0) -> list[float]:
    """floor, floor + step, ..., 100."""
    count = int(round((100.0 - floor) / step))
    return [round(floor + step * index, 4) for index in range(count + 1)]


def sweep(found: list[Candidate], labels: Labels, points: list[float]) -> list[SweepPoint]:
    """Precision, recall and F1 at each threshold: a candidate is predicted the same when it scores at least
    the threshold; counterparts (complementary halves, never the same) are never predicted."""
    out = []
    for threshold in points:
        predicted: dict[str, set[Pair]] = {kind.value: set() for kind in LINKED_KINDS}
        for candidate in found:
            if candidate.score >= threshold and candidate.relation is not Relation.COUNTERPART:
                predicted[candidate.kind].add(candidate.pair)
        scores = [labels.score(kind, pairs) for kind, pairs in predicted.items()]
        total = KindScore("all", *(sum(getattr(s, name) for s in scores) for name in ("true_positives", "false_positives", "false_negatives")))
        out.append(SweepPoint(threshold, total))
    return out


def recommend(points: list[SweepPoint]) -> SweepPoint | None:
    """The point with the highest F1; among equals the highest threshold (fewer wrong links). None when no
    threshold finds a labelled pair (nothing scored, or F1 0 everywhere): any threshold would do as well."""
    best = max(points, key=lambda point: (round(point.score.f1, 9), point.threshold), default=None)
    return best if best is not None and best.score.scored and best.score.f1 > 0 else None


def no_recommendation(points: tuple[SweepPoint, ...] | list[SweepPoint]) -> str:
    """Why no threshold is recommended: nothing was scored, or no threshold finds a labelled pair."""
    if not any(point.score.scored for point in points):
        return say("evaluate.no_threshold_unscored")
    return say("evaluate.no_threshold_zero")


@dataclass(frozen=True)
class EvaluationRun:
    """Everything `syncheck evaluate` reports: scores, the sweep and its recommendation."""

    result: Result
    evaluation: Evaluation
    points: tuple[SweepPoint, ...]
    best: SweepPoint | None
    labels: Labels


def run_evaluation(paths: list[str], options: Options, truth: dict | None = None, decisions: str | None = None, floor: float = DEFAULT_FLOOR) -> EvaluationRun:
    """Compare the files (without applying decisions), score against the truth or the decisions, sweep."""
    options = replace(options, decisions_path=None)  # the matcher is measured, not the reviewer
    master = master_for(options)
    book = DecisionBook.from_file(decisions) if decisions else None
    check_rules(options)  # before the plans, as compare does
    plans = read_plans(paths, options)
    result = compare_plans(plans, options, master)
    labels = truth_labels(truth) if truth is not None else decision_labels(result, book)  # type: ignore[arg-type]
    evaluation = evaluate(result, truth if truth is not None else labels)
    low = replace(options, review_threshold=min(floor, options.review_threshold))
    scored = result if low == options else compare_plans(plans, low, master)
    points = sweep(candidates(scored), labels, thresholds(floor))
    return EvaluationRun(result, evaluation, tuple(points), recommend(points), labels)


def only_corrections(evaluation: Evaluation) -> bool:
    """True when no decision confirms a link syncheck counted as the same, and some reject one: a reviewer who marked
    only what is wrong, so the scores count the corrections, not syncheck's accuracy over every link."""
    return not any(score.true_positives for score in evaluation.kinds) and any(score.false_positives for score in evaluation.kinds)


def render_decision_labels(labels: Labels, lang: str = "en") -> str:
    """'decided pairs: 12 yes, 3 no, 1 unsure; 2 matched no items (not scored)', in ``lang``."""
    counts = Counter({name: sum(len(pairs) for pairs in group.values()) for name, group in
                      (("yes", labels.positives), ("no", labels.negatives or {}), ("unsure", labels.ignored))})  # fmt: skip
    decisions = "decisions" if labels.unmatched != 1 else "decision"
    fields = {"yes": counts["yes"], "no": counts["no"], "unsure": counts["unsure"], "unmatched": labels.unmatched, "decisions": decisions}
    return render(say("evaluate.decided", **fields), lang)
