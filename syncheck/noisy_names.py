"""Names as careless exports write them: led by the program word slipped twice (pure; entries.py reads it)."""

from __future__ import annotations

import functools

from rapidfuzz.distance import OSA

from .spelling import vocabulary


@functools.lru_cache(maxsize=4096)
def program_word_slipped(token: str) -> bool:
    """A program name's first word that is 'program' slipped twice ('porgam', 'porgrm', 'programme'): no official word
    is within two slips of 'program' (normalize reads one slip itself)."""
    return len(token) >= 5 and token[0] == "p" and token not in vocabulary() and OSA.distance(token, "program", score_cutoff=2) <= 2
