"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import build_workbook, load_make_hostile


@pytest.fixture
def make_workbook(tmp_path):
    """Factory fixture: make_workbook(rows, name='x.xlsx', **kwargs) -> path."""

    def factory(rows, name="kota_contoh_2024.xlsx", **kwargs):
        return build_workbook(tmp_path / name, rows, **kwargs)

    return factory


@pytest.fixture(scope="session")
def hostile(tmp_path_factory) -> Path:
    """A directory holding every generated hostile file (generated once per test run)."""
    directory = tmp_path_factory.mktemp("hostile")
    load_make_hostile().make_all(str(directory))
    return directory
