"""The console report by province group: a heading naming the province plan and its year, its pairs, then its figures
over all its kab/kota. A run of several provinces or years (a folder, --per-province) is read block by block, and a
block copied into a report still says whose plan it is."""

from __future__ import annotations

from typing import Sequence

from .group_totals import GroupTotal
from .messages import Count, Message, say
from .models import Result

Pair = tuple[str, str]


def console_groups(result: Result, groups: Sequence[GroupTotal], pairs: Sequence[Pair]) -> list[tuple[Message | None, list[Pair], GroupTotal | None]]:
    """(heading, pairs, group figures) per province group in the run's order; pairs and figures of no group last, unheaded."""
    left_over = list(pairs)
    unused = {group.left_file: group for group in groups}
    found: list[tuple[Message | None, list[Pair], GroupTotal | None]] = []
    for plans in result.groups:
        head = plans[0]
        mine = [(head.label, plan.label) for plan in plans[1:] if (head.label, plan.label) in left_over]
        if not mine:
            continue
        left_over = [pair for pair in left_over if pair not in mine]
        fields = {"province": head.label, "count": Count(len(plans) - 1)}
        heading = say("report.console_group", **fields, year=str(head.year)) if head.year else say("report.console_group_no_year", **fields)
        found.append((heading, mine, unused.pop(head.file, None)))
    if left_over:
        found.append((None, left_over, None))
    found.extend((None, [], group) for group in unused.values())
    return found
