"""A folder given among the plan files stands for the plan files it holds, in its subfolders too (a ministry's folder of
every province's files, one subfolder a province)."""

from __future__ import annotations

import os
from typing import Sequence

from .errors import UsageError
from .messages import say
from .safety import file_identity

#: the files a folder stands for: the spreadsheets and exports syncheck reads
PLAN_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".html", ".htm")
#: an Excel lock file ('~$RKPD 2025.xlsx', left while a workbook is open) holds no plan
LOCK_PREFIX = "~$"


def plan_files(paths: Sequence[str], outputs: Sequence[str | None] = (), others: Sequence[str | None] = ()) -> list[str]:
    """The files the paths stand for: a file as given, a folder its plan files (PLAN_SUFFIXES), recursively, sorted by
    path, leaving out hidden files and folders, Excel lock files, syncheck's own ``outputs`` (and the per-province
    files named after them) and the run's ``others`` (a decisions workbook, a nomenclature list); UsageError for a
    folder holding no plan file."""
    skip = _Skipped([path for path in outputs if path and path != "-"], [path for path in others if path])
    found: list[str] = []
    for path in paths:
        if not os.path.isdir(path):
            found.append(path)
            continue
        held = _folder_files(path, skip)
        if not held:
            raise UsageError(say("error.folder_no_plans", suffixes=" ".join(PLAN_SUFFIXES)), file=path)
        found.extend(held)
    return found


def _folder_files(folder: str, skip: _Skipped) -> list[str]:
    """The plan files under a folder, sorted by their path inside it."""
    found = []
    for root, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in names:
            path = os.path.join(root, name)
            if not name.startswith((".", LOCK_PREFIX)) and name.lower().endswith(PLAN_SUFFIXES) and not skip(path):
                found.append(path)
    return sorted(found, key=lambda path: os.path.relpath(path, folder).split(os.sep))


class _Skipped:
    """What a folder's files leave out: syncheck's outputs (and 'OUT-<province>.xlsx' beside 'OUT.xlsx') and the run's
    other input files."""

    def __init__(self, outputs: list[str], others: list[str]) -> None:
        self._files = {file_identity(path) for path in [*outputs, *others]}
        self._names = {os.path.abspath(path) for path in [*outputs, *others]}  # (an output not written yet has no inode)
        self._stems = [os.path.splitext(os.path.abspath(path)) for path in outputs]

    def __call__(self, path: str) -> bool:
        """True for a file to leave out."""
        full = os.path.abspath(path)
        if full in self._names or file_identity(path) in self._files:
            return True
        stem, suffix = os.path.splitext(full)
        return any(
            suffix.lower() == out_suffix.lower() and os.path.dirname(stem) == os.path.dirname(out_stem) and stem.startswith(out_stem + "-")
            for out_stem, out_suffix in self._stems
        )
