"""The files of a folder given that are no plan: left out of the run with a warning, where a file named would stop it;
and an Office lock file, left out wherever it comes from (a shell's '*.xlsx' names it while a plan is open in Excel)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable, TypeVar

from .errors import SyncheckError
from .messages import say
from .models import Finding, SourceRef
from .plan_folders import LOCK_PREFIX
from .plan_parts import PAIRING

#: the reader's note on a file that names no level of government (readers.read_plan)
LEVEL_UNKNOWN = "readers.level_unknown"
#: an Office lock ("owner") file ('~$kota.xlsx', written beside kota.xlsx while it is open) is smaller: 165 bytes for Excel
LOCK_BYTES = 4096


@dataclass(frozen=True)
class LeftOut:
    """A file of a folder that could not be read as a plan, and why."""

    path: str
    sheet: str
    why: str
    key: str = "pipeline.folder_file_left_out"  # how the warning says it was left out

    def note(self) -> Finding:
        """The warning saying so."""
        # a note on which files were compared, shown with the grouping notes
        return Finding(SourceRef(os.path.basename(self.path), self.sheet, 0), say(self.key, why=self.why), kind=PAIRING)


def lock_file(path: str) -> LeftOut | None:
    """An Office lock file given among the plans, left out with a note naming the workbook open; None for any other."""
    folder, name = os.path.split(path)
    try:
        if not name.startswith(LOCK_PREFIX) or os.path.getsize(path) >= LOCK_BYTES:
            return None
    except OSError:
        return None  # (reading it says what is wrong)
    workbook = name[len(LOCK_PREFIX):]
    why = say("pipeline.lock_file", workbook=workbook) if os.path.isfile(os.path.join(folder, workbook)) else say("pipeline.lock_file_alone")
    return LeftOut(path, "", why, key="pipeline.lock_file_left_out")


def kept_inputs(paths: list[str], left_out: list[LeftOut]) -> list[str]:
    """The paths read as plans: those not left out."""
    gone = {found.path for found in left_out}
    return [path for path in paths if path not in gone]


Read = TypeVar("Read")


def read_or_left_out(path: str, read: Callable[[], Read], folder_files: frozenset[str]) -> Read | LeftOut:
    """What ``read`` gives; for a folder's file (one of ``folder_files``), the file left out instead when it cannot be read
    as a plan, or when nothing in it (title, name, codes) says the level of its government, as a nomenclature list or a
    table of another kind. A file named one by one is read as it is: its error stops the run (an Office lock file aside)."""
    lock = lock_file(path)
    if lock is not None:
        return lock
    if path not in folder_files:
        return read()
    from .nomenclature_load import own_list_header

    # (a list of the whole nomenclature holds province codes: its codes alone would make it a province's plan; a CSV is
    # looked at before it is read, a workbook only when its level is not known)
    is_csv = path.lower().endswith(".csv")
    if is_csv and own_list_header(path):
        return LeftOut(path, "", say("pipeline.folder_nomenclature"))
    try:
        found = read()
    except SyncheckError as error:
        return LeftOut(path, error.sheet, error.message)
    plans = found if isinstance(found, list) else [found]  # (a workbook of several kab/kota's plans gives each)
    if any(getattr(warning.message, "key", "") == LEVEL_UNKNOWN for plan in plans for warning in getattr(plan, "warnings", ())):
        listed = not is_csv and own_list_header(path)
        return LeftOut(path, "", say("pipeline.folder_nomenclature" if listed else "pipeline.folder_file_no_level"))
    return found


def folder_files_read(paths: list[str], folder_files: frozenset[str], read: Callable[[str], Read]) -> tuple[list[Read], list[LeftOut]]:
    """``read`` of each path, a folder's file that is no plan left out (for the commands that read plans one by one)."""
    found: list[Read] = []
    left_out: list[LeftOut] = []
    for path in paths:
        result = read_or_left_out(path, lambda: read(path), folder_files)
        (left_out if isinstance(result, LeftOut) else found).append(result)  # type: ignore[arg-type]
    return found, left_out
