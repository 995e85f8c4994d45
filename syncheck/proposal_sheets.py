"""Sheets of proposals beside the plan: a list of DPRD Pokir or other proposals is not the plan, and is not read.

A province's workbook often keeps the DPRD members' proposals (pokok-pokok pikiran, Pokir) on a sheet of their own:
sub kegiatan codes and names of the plan, a place, the member or faction who proposed it, and the amount proposed.
Read as the plan, each proposal adds an item and its amount to the overlap. Such a sheet says what it is twice: its
name or title ('Usulan Pokir', 'DAFTAR USULAN POKOK-POKOK PIKIRAN DPRD'), and a column only a proposal has: who
proposed it ('Pengusul') or the amount proposed ('Pagu Usulan', 'Nilai Usulan'). A plan stage ('Hasil Musrenbang',
'Usulan Perangkat Daerah' as a budget stage) is no proposal list. A workbook whose only plan-like sheets are
proposals is read, with a note.
"""

from __future__ import annotations

import re

from .sheet_result import SheetResult
from .messages import say
from .models import Finding, SourceRef

#: a sheet name or title line saying proposals (not 'Usulan Perangkat Daerah', a plan's stage)
_TITLE = re.compile(r"\bpokir\b|\bpokok[\s\-]*pokok\s+pikiran\b|\busulan\b(?!\s+(?:perangkat\s+daerah|opd|skpd)\b)", re.I)
#: a column label only a list of proposals has: who proposed, or the amount proposed
_COLUMN = re.compile(r"\bpengusul\b|\b(?:pagu|nilai|anggaran)\s+usulan\b", re.I)


def proposal_words(name: str, titles: list[str], labels: list[str]) -> tuple[str, ...]:
    """The words of the sheet's name or title and the column labels that say it lists proposals; () when not both say so."""
    said = next((found.group(0) for text in (name, *titles) if (found := _TITLE.search(text))), "")
    columns = [" ".join(label.split()) for label in labels if _COLUMN.search(label)]
    return (said, *columns) if said and columns else ()


def proposal_sheets(file: str, sheets: list[tuple[int, SheetResult]]) -> dict[int, tuple[str, str]]:
    """The proposal sheets among the sheets still read: index -> (message key, the words); when nothing else is read,
    none, and each is noted as read all the same."""
    found = {index: result for index, result in sheets if result.proposals}
    if len(found) < len(sheets):
        return {index: ("readers.sheet_proposals", _words(result)) for index, result in found.items()}
    for result in found.values():
        result.warnings.append(Finding(SourceRef(file, result.info.name, 0), say("readers.only_proposals", sheet=repr(result.info.name), words=_words(result))))
    return {}


def _words(result: SheetResult) -> str:
    """The words saying proposals, for a message ('Usulan, Pengusul')."""
    return ", ".join(result.proposals)
