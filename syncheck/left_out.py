"""The files of a folder given that are no plan: left out of the run with a warning, where a file named would stop it."""

from __future__ import annotations

import os
from dataclasses import dataclass

from .messages import say
from .models import Finding, SourceRef
from .plan_parts import PAIRING


@dataclass(frozen=True)
class LeftOut:
    """A file of a folder that could not be read as a plan, and why."""

    path: str
    sheet: str
    why: str

    def note(self) -> Finding:
        """The warning saying so."""
        # a note on which files were compared, shown with the grouping notes
        return Finding(SourceRef(os.path.basename(self.path), self.sheet, 0), say("pipeline.folder_file_left_out", why=self.why), kind=PAIRING)


def kept_inputs(paths: list[str], left_out: list[LeftOut]) -> list[str]:
    """The paths read as plans: those not left out."""
    gone = {found.path for found in left_out}
    return [path for path in paths if path not in gone]
