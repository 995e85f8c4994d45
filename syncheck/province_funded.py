"""Overlaps whose kab/kota side is funded by the province's own transfer (Bantuan Keuangan Provinsi): told apart in a note.

Such a sub kegiatan is in both plans, but the kab/kota's money for it comes from the province: the overlap is one
budget written twice, not two levels funding the same thing. A reviewer weighs it differently, so each pair says so:
a warning per kab/kota, and a line under the pair's overlap sentence with the province budget on such overlaps.
"""

from __future__ import annotations

import re
from typing import Mapping

from .messages import Count, Rupiah, render, say
from .models import Finding, Overlap
from .values import format_short_rupiah

# 'Bantuan Keuangan Provinsi', 'BANKEU PROV', 'Bankeu Provinsi', 'BKK Provinsi', 'Bantuan Keuangan Khusus Provinsi', 'BK Prov'
_PROVINCE_TRANSFER = re.compile(
    r"\bbantuan\s+keuangan(?:\s+khusus)?\s+(?:pemerintah\s+)?(?:pemprov|prov(?:insi)?)\b|\bbankeu\s*[-.]?\s*(?:pemprov|prov(?:insi)?)\b"
    r"|\bbkk?\s*[-.]?\s*prov(?:insi)?\b",
    re.IGNORECASE,
)


def funded_by_province(funding: str) -> bool:
    """True when a funding text names the province's financial aid to the kab/kota."""
    return bool(funding) and _PROVINCE_TRANSFER.search(funding) is not None


def province_funded_notes(overlaps: list[Overlap] | tuple[Overlap, ...], labels: Mapping[tuple[str, str], str]) -> list[Finding]:
    """One note per kab/kota plan whose overlapping rows are funded by the province's aid: how many, and their amount
    (``labels``: the government of each input file's sheets)."""
    found: dict[str, list[Overlap]] = {}
    for overlap in overlaps:
        if funded_by_province(overlap.right.funding):
            ref = overlap.right.ref
            found.setdefault(labels.get((ref.file, ref.sheet), ref.file), []).append(overlap)
    notes = []
    for label, rows in found.items():
        distinct = {overlap.right.ref: overlap.right_budget for overlap in rows}
        fields = {"count": Count(len(distinct)), "right": label, "amount": Rupiah(sum(distinct.values()))}
        notes.append(Finding(rows[0].right.ref, say("tally.province_funded", **fields)))
    return notes


def province_funded_sentence(amount: int, right: str | None, lang: str) -> str:
    """'Of this, Rp 820.0 million is on sub kegiatan Kota X funds with Bantuan Keuangan Provinsi (...)': the part of the
    pair's overlap budget (``right`` None: of a group's, 'the kab/kota fund') that is one budget written in both plans."""
    if right is None:
        return render(say("tally.province_funded_group", amount=format_short_rupiah(amount, lang)), lang)
    return render(say("tally.province_funded_part", amount=format_short_rupiah(amount, lang), right=right), lang)
