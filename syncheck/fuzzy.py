"""The fuzzy scorers the match stage uses (match, noisy_names, typo_pairs): the only module that imports rapidfuzz.

The names are rapidfuzz's own objects, bound once at import, so a call through them costs what a direct one does.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

__all__ = ["OSA", "fuzz", "process"]
