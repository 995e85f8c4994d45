"""Column roles from what the body holds: one label merged over the code and the name column, an unlabelled code column."""

from __future__ import annotations

import pytest

from syncheck.cli import main
from syncheck.readers import read_plan

from support import TITLE, make_runner

PROGRAM = ("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN")
KEGIATAN = ("1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan")
SUB_1 = ("1.02.02.2.01.0001", "Pembangunan Rumah Sakit")
SUB_2 = ("1.02.02.2.01.0002", "Pembangunan Puskesmas")
TAIL = ["Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]
AGENCY = "DINAS KESEHATAN"
BODY = [[*PROGRAM, None, 3000, AGENCY], [*KEGIATAN, None, 3000, AGENCY],
        [*SUB_1, "Kec. Bawen", 1000, AGENCY], [*SUB_2, "Kec. Tugu", 2000, AGENCY]]  # fmt: skip
EXPECTED = [(code, name) for code, name, *_ in BODY]


def items_of(plan):
    """(code, name) of each item read."""
    return [(item.code_text, item.name) for item in plan.items]


@pytest.mark.parametrize("label", ["Kode", "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", "Uraian"])
def test_one_label_merged_over_the_code_and_the_name_column_reads_both(make_workbook, label):
    plan = read_plan(str(make_workbook(TITLE + [[label, None, *TAIL]] + BODY, merges=("A5:B5",))))
    assert items_of(plan) == EXPECTED
    assert [role for role, _ in plan.sheets[0].columns][:2] == ["code", "name"]
    assert plan.warnings == ()


def test_the_column_whose_cells_changed_its_labels_role_says_so(make_workbook):
    plan = read_plan(str(make_workbook(TITLE + [["Kode", None, *TAIL]] + BODY, merges=("A5:B5",))))
    assert plan.sheets[0].columns[:2] == (("code", "A: Kode"), ("name", "B: Kode (role read from its cells)"))


def test_kode_merged_over_two_header_rows_and_the_name_column(make_workbook):
    header = [["Kode", None, "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"], [None] * 5]
    plan = read_plan(str(make_workbook(TITLE + header + BODY, merges=("A5:B6", "C5:C6", "D5:D6", "E5:E6"))))
    assert items_of(plan) == EXPECTED


def test_kode_merged_over_split_code_pieces_keeps_every_piece_a_code_column(make_workbook):
    rows = [["1", "02", "02", None, None, PROGRAM[1], None, 3000, AGENCY],
            ["1", "02", "02", "2.01", None, KEGIATAN[1], None, 3000, AGENCY],
            ["1", "02", "02", "2.01", "0001", SUB_1[1], "Kec. Bawen", 1000, AGENCY],
            ["1", "02", "02", "2.01", "0002", SUB_2[1], "Kec. Tugu", 2000, AGENCY]]  # fmt: skip
    header = [["Kode", None, None, None, None, "Uraian", *TAIL], [None] * 9, [None] * 9]
    merges = ("A5:E7", "F5:F7", "G5:G7", "H5:H7", "I5:I7")
    plan = read_plan(str(make_workbook(TITLE + header + rows, merges=merges)))
    assert items_of(plan) == EXPECTED
    assert [role for role, _ in plan.sheets[0].columns][:6] == ["code"] * 5 + ["name"]


def test_names_indented_under_one_merged_name_label_stay_names(make_workbook):
    rows = [[PROGRAM[1], None, None, 3000, AGENCY], [None, SUB_1[1], "Kec. Bawen", 1000, AGENCY],
            [None, SUB_2[1], "Kec. Tugu", 2000, AGENCY]]  # fmt: skip
    plan = read_plan(str(make_workbook(TITLE + [["Program/Kegiatan", None, *TAIL]] + rows, merges=("A5:B5",))))
    assert [role for role, _ in plan.sheets[0].columns][:2] == ["name", "name"]
    assert [item.name for item in plan.items] == [PROGRAM[1], SUB_1[1], SUB_2[1]]


def test_an_unlabelled_column_of_full_codes_is_the_code_column(make_workbook):
    plan = read_plan(str(make_workbook(TITLE + [[None, "Uraian", *TAIL]] + BODY)))
    assert items_of(plan) == EXPECTED
    assert plan.sheets[0].columns[0] == ("code", "A: (no label; role read from its cells)")
    assert plan.warnings == ()


def test_inspect_lists_the_unlabelled_code_column_in_the_chosen_language(make_workbook):
    path = make_workbook(TITLE + [[None, "Uraian", *TAIL]] + BODY)
    result = make_runner().invoke(main, ["inspect", str(path), "--lang", "id"])
    assert result.exit_code == 0 and "A: (tanpa label; peran dibaca dari isinya)" in result.output


def test_an_unlabelled_column_is_no_code_column_beside_a_kode_column_or_when_it_holds_row_numbers(make_workbook):
    # a second code-like column beside 'Kode' (an old code, say) does not take over the code role
    rows = [[code, code, name, *rest] for code, name, *rest in BODY]
    plan = read_plan(str(make_workbook(TITLE + [["Kode", None, "Uraian", *TAIL]] + rows)))
    assert items_of(plan) == EXPECTED and [role for role, _ in plan.sheets[0].columns][:2] == ["code", "name"]
    numbered = [[number, name, *rest] for number, (_code, name, *rest) in enumerate(BODY, 1)]
    plan = read_plan(str(make_workbook(TITLE + [[None, "Uraian", *TAIL]] + numbered)))
    assert "code" not in [role for role, _ in plan.sheets[0].columns]


def test_a_no_column_of_full_codes_says_its_cells_made_it_the_code_column(make_workbook):
    plan = read_plan(str(make_workbook(TITLE + [["No.", "Uraian", *TAIL]] + BODY)))
    assert items_of(plan) == EXPECTED
    assert plan.sheets[0].columns[:2] == (("code", "A: No. (role read from its cells)"), ("name", "B: Uraian"))
