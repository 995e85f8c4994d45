"""The stage of an RKPD a title or a file name states: one vocabulary for the sheets of a workbook and an audit's files."""

from __future__ import annotations

import pytest

from syncheck import stages
from syncheck.audit import version_order
from syncheck.stages import stage_of


@pytest.mark.parametrize(
    ("text", "stage"),
    [("RKPD Final Draft 2024", stages.FINAL), ("Draft Rancangan Akhir RKPD 2024", stages.RANHIR), ("Draft RKPD 2024", stages.DRAFT),
     ("Rancangan Awal RKPD", stages.RANWAL), ("Perubahan RKPD 2024", stages.PERUBAHAN), ("RKPD 2024", None)],
)  # fmt: skip
def test_the_first_stage_a_title_names_counts(text, stage):
    assert stage_of(text) == stage


def test_a_file_name_also_says_revisions_and_a_bare_perubahan():
    assert stage_of("rkpd 2024 rev2", file_name=True) == stages.REVISION and stage_of("RKPD 2024 revisi") is None
    assert stage_of("rkpd 2024 perubahan", file_name=True) == stages.PERUBAHAN and stage_of("Perubahan Iklim") is None


def test_audit_orders_a_final_draft_after_the_rancangan_akhir_as_the_sheet_choice_does():
    names = ["rkpd_2024_final_draft.xlsx", "rkpd_2024_draft.xlsx", "rkpd_2024_ranhir.xlsx", "rkpd_2024.xlsx", "rkpd_2024_perubahan.xlsx"]
    assert sorted(names, key=version_order) == [
        "rkpd_2024_draft.xlsx", "rkpd_2024_ranhir.xlsx", "rkpd_2024.xlsx", "rkpd_2024_final_draft.xlsx", "rkpd_2024_perubahan.xlsx"]
