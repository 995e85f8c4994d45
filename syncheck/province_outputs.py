"""The output file names of a --per-province run: one workbook and one JSON per province group (pure)."""

from __future__ import annotations

import os


class ProvinceOutputs:
    """Names each province group's outputs, a province with plans of several years in the run with the year
    ('-2025'), a province given again (a plan and its revision) with '-2', '-3', ..."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def paths(self, government: str, *paths: str | None, year: int | None = None) -> list[str | None]:
        """'overlap.xlsx' -> 'overlap-provinsi-jawa-tengah.xlsx' for each path (None stays None); with a ``year``,
        'overlap-provinsi-jawa-tengah-2025.xlsx'."""
        slug = self._unique(government if year is None else f"{government} {year}")
        return [_with_slug(path, slug) if path else None for path in paths]

    def _unique(self, government: str) -> str:
        """The government's name as a file name part, one no earlier group of the run took."""
        base = "-".join("".join(char if char.isalnum() else " " for char in government.lower()).split()) or "provinsi"
        slug, number = base, 1
        while slug in self._taken:
            number += 1
            slug = f"{base}-{number}"
        self._taken.add(slug)
        return slug


def _with_slug(path: str, slug: str) -> str:
    """'overlap.xlsx', 'provinsi-x' -> 'overlap-provinsi-x.xlsx'."""
    stem, ext = os.path.splitext(path)
    return f"{stem}-{slug}{ext}"
