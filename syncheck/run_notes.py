"""What a compare run tells on stderr beside its report: how its files were grouped or named when not as given, and
what kept reviewer decisions from applying, as few lines as say it (pure)."""

from __future__ import annotations

from typing import Any, Iterable

from .decision_notes import console_notes as decision_lines
from .grouping import group_notes, year_label_notes
from .models import Finding
from .plan_parts import PAIRING, REGROUPED, YEAR_LABEL

#: the kinds of warnings the console tells line by line (or aggregated): not counted among the input rows' warnings
CONSOLE_KINDS = (PAIRING, REGROUPED, YEAR_LABEL, "decision")


def run_notes(result: Any, warnings: Iterable[Finding]) -> tuple[list[tuple[str, str]], list[str]]:
    """((file, text) warnings, plain notes): a kab/kota that joined its own province's file whatever the order given,
    one line a province; each grouping note; another year's plans shown under their year, one note a government."""
    warnings = list(warnings)
    lines = [(finding.ref.file, finding.message) for finding in group_notes(result.groups, warnings)]
    lines += [(finding.ref.file, finding.message) for finding in warnings if finding.kind == PAIRING]
    told = [finding.message for finding in year_label_notes(result.plans, warnings)]
    return lines + decision_lines(result.warnings), told


def input_warnings(warnings: Iterable[Finding]) -> int:
    """How many warnings are about the input rows (those the console does not tell one by one)."""
    return sum(1 for finding in warnings if finding.kind not in CONSOLE_KINDS)
