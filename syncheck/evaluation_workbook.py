"""The `syncheck evaluate -o` workbook: scores per kind, the threshold sweep with its chart, the errors."""

from __future__ import annotations

from .evaluate import EvaluationRun, KindScore, Pair, no_recommendation
from .messages import render, say
from .models import Item, Kind, Result
from .sentences import check_lang, kind_label, label, threshold_sentence
from .xlsx import RATIO, Book, line_chart, table

SCORE_KEYS = ("kind", "precision", "recall", "f1", "true_positives", "false_positives", "false_negatives")
SWEEP_KEYS = ("threshold", "precision", "recall", "f1", "true_positives", "false_positives", "false_negatives")
ERROR_KEYS = ("kind", "error", "left_source", "left_name", "right_source", "right_name")
RATIO_COLUMNS = {2: RATIO, 3: RATIO, 4: RATIO}


def _score_row(first: object, score: KindScore) -> list[object]:
    """One row of counts and ratios ('-' for the ratios when nothing was scored)."""
    ratios = [score.precision, score.recall, score.f1] if score.scored else ["-"] * 3
    return [first, *ratios, score.true_positives, score.false_positives, score.false_negatives]


def write_evaluation_workbook(run: EvaluationRun, path: str, lang: str = "id") -> None:
    """Scores, the sweep (a table and a line chart of precision, recall and F1) and the errors, atomically."""
    check_lang(lang)
    book = Book()
    rows = [_score_row(kind_label_of(score.kind, lang), score) for score in run.evaluation.kinds]
    scores = table(book, label("eval_sheet_scores", lang), [label(k, lang) for k in SCORE_KEYS], rows, RATIO_COLUMNS)
    notes = [] if all(score.scored for score in run.evaluation.kinds) else [render(say("evaluate.not_scored"), lang)]
    if run.best is not None:
        best = run.best.score
        notes.append(threshold_sentence(run.best.threshold, best.f1, best.precision, best.recall, lang))
    elif run.points:
        notes.append(render(no_recommendation(run.points), lang))
    if notes:
        scores.append([])
    for note in notes:
        scores.append([note], style="bold", fit=False)
    points = [_score_row(point.threshold, point.score) for point in run.points]
    sweep = table(book, label("eval_sheet_sweep", lang), [label(k, lang) for k in SWEEP_KEYS], points, RATIO_COLUMNS)
    if points:
        line_chart(sweep, label("eval_chart_title", lang), label("threshold", lang), (2, 4), len(points), "I2")
    table(book, label("eval_sheet_errors", lang), [label(k, lang) for k in ERROR_KEYS], _error_rows(run, lang), {})
    book.save(path)


def kind_label_of(kind: str, lang: str) -> str:
    """A kind value ('sub_kegiatan') as the reports name it."""
    return kind_label(Kind(kind), lang)


def _error_rows(run: EvaluationRun, lang: str) -> list[list[object]]:
    """False positives then false negatives, each with both rows' names."""
    items = _items_by_ref(run.result)
    rows = []
    for key, errors in (("false_positive", run.evaluation.false_positives), ("false_negative", run.evaluation.false_negatives)):
        for kind, pair in errors:
            rows.append([kind_label_of(kind, lang), label(key, lang), *_side(pair, 0, items, kind), *_side(pair, 1, items, kind)])
    return rows


def _items_by_ref(result: Result) -> dict[tuple[str, str, int, str], Item]:
    """Every item of the result's plans by (file, sheet, row, kind): a flat row holds items of several kinds."""
    return {(item.ref.file, item.ref.sheet, item.ref.row, item.kind.value): item for plan in result.plans for item in plan.items}


def _side(pair: Pair, index: int, items: dict[tuple[str, str, int, str], Item], kind: str) -> list[object]:
    """'file!sheet!row' and the name of one side of a pair."""
    ref = pair[index]
    item = items.get((*ref, kind))
    return [f"{ref[0]}!{ref[1]}!{ref[2]}", item.name if item else None]
