"""Remembered results with a size bound: what a province run repeats for every kab/kota, kept within memory."""

from __future__ import annotations

from typing import TypeVar

V = TypeVar("V")


class Memo(dict):
    """Results by what makes them; emptied when full (the rows after refill what they need).

    Look a key up with ``get``; store a new result with ``keep``.
    """

    __slots__ = ("limit",)

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def keep(self, key: object, value: V) -> V:
        """Store value under key, first emptying a full memo; return value."""
        if len(self) >= self.limit:
            self.clear()
        self[key] = value
        return value
