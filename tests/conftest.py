"""Shared fixtures."""

from __future__ import annotations

import pytest

from support import build_workbook


@pytest.fixture
def make_workbook(tmp_path):
    """Factory fixture: make_workbook(rows, name='x.xlsx', **kwargs) -> path."""

    def factory(rows, name="kota_contoh_2024.xlsx", **kwargs):
        return build_workbook(tmp_path / name, rows, **kwargs)

    return factory
