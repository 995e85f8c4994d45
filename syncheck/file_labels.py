"""Input files with one base name in different folders ('RKPD 2024.xlsx' from two kab/kota), told apart (pure).

Every row reference (JSON ``file``, the workbook's source cells) names its file by its base name; two
inputs sharing one would make those references ambiguous, so such files are named by as many of their
last path parts as tell them apart ('kota_batu/RKPD 2024.xlsx'), with a note.
"""

from __future__ import annotations

import os
from dataclasses import replace

from .grouping import PAIRING
from .messages import say
from .models import Finding, Plan, SourceRef
from .values import name_order


def file_labels(paths: list[str]) -> list[str]:
    """Per input, the name its rows carry: its base name, unless an input at another path has that base name too."""
    parts = [tuple(os.path.abspath(path).split(os.sep)) for path in paths]
    labels = [found[-1] for found in parts]
    same_name: dict[str, list[int]] = {}
    for index, label in enumerate(labels):
        same_name.setdefault(label, []).append(index)
    for indices in same_name.values():
        distinct = {parts[index] for index in indices}  # one file given twice is one path: no other name needed
        if len(distinct) > 1:
            depth = _telling_depth(distinct)
            for index in indices:
                labels[index] = "/".join(parts[index][-depth:])
    return labels


def _telling_depth(paths: set[tuple[str, ...]]) -> int:
    """The fewest last path parts that tell the paths apart (absolute paths always differ somewhere)."""
    depth = 2
    while len({path[-depth:] for path in paths}) < len(paths):
        depth += 1
    return depth


def with_labels(plans: list[Plan], paths: list[str], labels: list[str]) -> list[Plan]:
    """The plans read from ``paths`` (a workbook of several plans gives each), each named by its file's label
    (relabelled) where that is not its base name."""
    index_of = {os.path.abspath(path): index for index, path in enumerate(paths)}
    out = []
    for plan in plans:
        index = index_of[plan.path]
        out.append(plan if plan.file == labels[index] else relabelled(plan, labels[index], _others(index, paths, labels)))
    return out


def _others(index: int, paths: list[str], labels: list[str]) -> str:
    """The labels of the other inputs of the same base name (not the cwd-dependent paths: the JSON stays the same)."""
    name = os.path.basename(paths[index])
    others = (repr(label) for path, label in zip(paths, labels) if os.path.basename(path) == name and label != labels[index])
    return ", ".join(sorted(dict.fromkeys(others), key=name_order))


def relabelled(plan: Plan, label: str, others: str) -> Plan:
    """The plan with every reference to its rows naming ``label`` as the file, and a note saying why."""

    def moved(ref: SourceRef) -> SourceRef:
        return replace(ref, file=label) if ref.file == plan.file else ref

    items = tuple(replace(item, ref=moved(item.ref), parent=item.parent and moved(item.parent)) for item in plan.items)
    note = Finding(SourceRef(label, "", 0), say("pipeline.same_file_name", name=plan.file, others=others, label=repr(label)), kind=PAIRING)
    return replace(
        plan, file=label, items=items, skipped=tuple(replace(row, ref=moved(row.ref)) for row in plan.skipped),
        warnings=(note, *(replace(warning, ref=moved(warning.ref)) for warning in plan.warnings)),
    )  # fmt: skip
