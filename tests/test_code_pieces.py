"""One code column per level ('Kode Urusan | Kode Bidang | Kode Program | Kode Kegiatan | Kode Sub Kegiatan') holding pieces."""

from __future__ import annotations

import pytest

from syncheck.models import Kind, SkipReason
from syncheck.readers import read_plan

from support import TITLE

AGENCY = "DINAS PERHUBUNGAN"
NAMES = ["URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR", "URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN",
         "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", "Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota",
         "Penyusunan Dokumen Rencana Induk Jaringan LLAJ Kabupaten/Kota",
         "Penetapan Kawasan Perkotaan untuk Pelayanan Angkutan Perkotaan dalam 1 (Satu) Daerah Kabupaten/Kota",
         "Koordinasi dan Sinkronisasi Penetapan Kawasan Perkotaan"]
PAGU = [900, 900, 900, 400, 400, 500, 500]
# each row's code pieces from the urusan down to its own level
FROM_URUSAN = [["2", None, None, None, None], ["2", "15", None, None, None], ["2", "15", "02", None, None], ["2", "15", "02", "2.01", None],
               ["2", "15", "02", "2.01", "01"], ["2", "15", "02", "2.10", None], ["2", "15", "02", "2.10", "01"]]
# the same pieces as Excel holds them when typed as numbers: 02 is 2, 2.10 is 2.1
NUMBERS = {"2": 2, "15": 15, "02": 2, "2.01": 2.01, "2.10": 2.1, "01": 1, None: None}
# six columns: the kegiatan's level digit and number apart (2 | 1 for 2.01), from the urusan down or the row's own level alone
SIX_FROM_URUSAN = [[2, None, None, None, None, None], [2, 15, None, None, None, None], [2, 15, 2, None, None, None], [2, 15, 2, 2, 1, None],
                   [2, 15, 2, 2, 1, 1], [2, 15, 2, 2, 10, None], [2, 15, 2, 2, 10, 1]]
SIX_OWN = [[2, None, None, None, None, None], [None, 15, None, None, None, None], [None, None, 2, None, None, None],
           [None, None, None, 2, 1, None], [None] * 5 + [1], [None, None, None, 2, 10, None], [None] * 5 + [1]]
EXPECTED = [(Kind.URUSAN, "2", None), (Kind.BIDANG, "2.15", None), (Kind.PROGRAM, "2.15.02", None),
            (Kind.KEGIATAN, "2.15.02.2.01", 2), (Kind.SUB_KEGIATAN, "2.15.02.2.01.01", 3),
            (Kind.KEGIATAN, "2.15.02.2.10", 2), (Kind.SUB_KEGIATAN, "2.15.02.2.10.01", 5)]
KODE = ["Kode Urusan", "Kode Bidang", "Kode Program", "Kode Kegiatan", "Kode Sub Kegiatan"]
TAIL = ["Uraian", "Lokasi", "Pagu (Rp)", "Perangkat Daerah"]


def own_only(pieces: list[list[object]]) -> list[list[object]]:
    """Each row with its own (last) piece alone, the pieces above it left blank."""
    return [[piece if col == max(c for c, p in enumerate(row) if p is not None) else None for col, piece in enumerate(row)] for row in pieces]


def as_numbers(pieces: list[list[object]]) -> list[list[object]]:
    """The pieces as the numbers Excel keeps of them."""
    return [[NUMBERS[piece] for piece in row] for row in pieces]


def body(pieces: list[list[object]]) -> list[list[object]]:
    """The plan's rows: the pieces, then name, location, pagu and agency."""
    return [row + [name, "Turen" if row[-1] is not None else None, pagu, AGENCY] for row, name, pagu in zip(pieces, NAMES, PAGU)]


def items_of(plan) -> list[tuple]:
    """Kind, code and the position of the parent item of each item."""
    position = {item.ref: index for index, item in enumerate(plan.items)}
    return [(item.kind, item.code_text, position.get(item.parent)) for item in plan.items]


def sub_kegiatan_pagu(plan) -> int:
    return sum(item.budget for item in plan.items if item.kind is Kind.SUB_KEGIATAN)


@pytest.mark.parametrize("numbers", [False, True])
def test_kode_labelled_level_columns_filled_from_the_urusan_down_are_one_split_code(make_workbook, numbers):
    pieces = as_numbers(FROM_URUSAN) if numbers else FROM_URUSAN
    plan = read_plan(str(make_workbook(TITLE + [KODE + TAIL] + body(pieces))))
    assert items_of(plan) == EXPECTED
    # the urusan and bidang rows are headings: no sub kegiatan carries their pagu
    assert sub_kegiatan_pagu(plan) == 900 and plan.warnings == ()
    assert [role for role, _ in plan.sheets[0].columns][:6] == ["code"] * 5 + ["name"]


@pytest.mark.parametrize("numbers", [False, True])
@pytest.mark.parametrize("header, merges", [
    ([KODE + TAIL], ()),
    ([["Urusan", "Bidang Urusan", "Program", "Kegiatan", "Sub Kegiatan", *TAIL]], ()),
    ([["Kode", None, None, None, None, *TAIL], ["Urusan", "Bidang", "Program", "Kegiatan", "Sub Kegiatan"]],
     ("A5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:I6")),
], ids=["kode_labels", "level_labels", "kode_over_levels"])
def test_each_row_filling_its_own_levels_piece_continues_the_code_above(make_workbook, header, merges, numbers):
    pieces = own_only(as_numbers(FROM_URUSAN) if numbers else FROM_URUSAN)
    plan = read_plan(str(make_workbook(TITLE + header + body(pieces), merges=merges)))
    assert items_of(plan) == EXPECTED
    assert sub_kegiatan_pagu(plan) == 900
    bidang_row = len(TITLE) + len(header) + 2
    assert [(w.ref.row, w.message) for w in plan.warnings] == [
        (bidang_row, "6 code(s) written as their own level's part alone (such as '15') read as the rest of the code above them (2.15)")]


@pytest.mark.parametrize("pieces", [SIX_FROM_URUSAN, SIX_OWN], ids=["from_urusan", "own_level"])
def test_six_piece_columns_with_the_kegiatan_level_digit_and_number_apart(make_workbook, pieces):
    header = ["Kode Urusan", "Kode Bidang", "Kode Program", "Kode Kegiatan", None, "Kode Sub Kegiatan", *TAIL]
    plan = read_plan(str(make_workbook(TITLE + [header] + body(pieces), merges=("D5:E5",))))
    assert items_of(plan) == EXPECTED


def test_a_bidang_code_in_its_own_column_is_a_heading_and_a_program_piece_continues_it(make_workbook):
    header = ["Kode Bidang", "Kode Program", "Kode Kegiatan", "Kode Sub Kegiatan", *TAIL]
    plan = read_plan(str(make_workbook(TITLE + [header] + [
        ["2.15", None, None, None, NAMES[1], None, 900, AGENCY],
        [None, "2.15.02", None, None, NAMES[2], None, 400, AGENCY],
        [None, None, "2.01", None, NAMES[3], None, 400, AGENCY],
        [None, None, None, "0001", NAMES[4], "Turen", 400, AGENCY],
        [None, "03", None, None, "PROGRAM PENGELOLAAN PELAYARAN", None, 500, AGENCY],
    ])))
    assert items_of(plan) == [(Kind.BIDANG, "2.15", None), (Kind.PROGRAM, "2.15.02", None), (Kind.KEGIATAN, "2.15.02.2.01", 1),
                              (Kind.SUB_KEGIATAN, "2.15.02.2.01.0001", 2), (Kind.PROGRAM, "2.15.03", None)]
    assert [w.message for w in plan.warnings] == [
        "3 code(s) written as their own level's part alone (such as '2.01') read as the rest of the code above them (2.15.02.2.01)"]


SIPD_HEADER = ["Kode Urusan", "Nama Urusan", "Kode Bidang Urusan", "Nama Bidang Urusan", "Kode SKPD", "Nama SKPD", "Kode Program",
               "Nama Program", "Kode Kegiatan", "Nama Kegiatan", "Kode Sub Kegiatan", "Nama Sub Kegiatan", "Lokasi", "Pagu"]


def test_export_rows_holding_a_piece_per_level_and_a_bidang_total_row(make_workbook):
    heading = ["2", NAMES[0], "15", NAMES[1], "2.15.0.00.0.00.01.0000", AGENCY]
    plan = read_plan(str(make_workbook(TITLE + [SIPD_HEADER] + [
        heading + ["02", NAMES[2], "2.01", NAMES[3], "0001", NAMES[4], "Turen", 400],
        heading + ["02", NAMES[2], "2.10", NAMES[5], "0001", NAMES[6], "Kepanjen", 500],
        heading + [None] * 6 + [None, 900],  # the bidang's total: a heading, not a codeless sub kegiatan
    ])))
    # (the urusan and bidang beside each row's program are its context, as in a full-code export: no items of their own)
    assert items_of(plan) == [(Kind.PROGRAM, "2.15.02", None), (Kind.KEGIATAN, "2.15.02.2.01", 0), (Kind.SUB_KEGIATAN, "2.15.02.2.01.0001", 1),
                              (Kind.KEGIATAN, "2.15.02.2.10", 0), (Kind.SUB_KEGIATAN, "2.15.02.2.10.0001", 3), (Kind.BIDANG, "2.15", None)]
    assert sub_kegiatan_pagu(plan) == 900


@pytest.mark.parametrize("index", [[f"({number})" for number in range(1, 10)], list(range(1, 10))], ids=["parenthesized", "numbers"])
@pytest.mark.parametrize("pieces", [FROM_URUSAN, own_only(FROM_URUSAN)], ids=["from_urusan", "own_level"])
def test_the_column_numbers_under_the_header_are_no_code_pieces(make_workbook, index, pieces):
    header = [["Urusan", "Bidang Urusan", "Program", "Kegiatan", "Sub Kegiatan", *TAIL], index]
    plan = read_plan(str(make_workbook(TITLE + header + body(pieces))))
    assert items_of(plan) == EXPECTED


@pytest.mark.parametrize("labels, pieces", [
    (["Urs", "Bid", "Prog", "Kew", "Keg", "Sub Keg"], SIX_FROM_URUSAN),
    (["Urs.", "Bid.", "Prg", None, "Keg.", "Sub Keg."], SIX_FROM_URUSAN),
    (["Urs", "Bid", "Prog", "Keg", "Sub Keg"], FROM_URUSAN),
], ids=["kew_column", "dotted_unlabelled_level", "five_columns"])
def test_abbreviated_level_labels_over_code_pieces_are_one_split_code(make_workbook, labels, pieces):
    plan = read_plan(str(make_workbook(TITLE + [labels + TAIL] + body(pieces))))
    assert items_of(plan) == EXPECTED
    assert sub_kegiatan_pagu(plan) == 900
    assert [role for role, _ in plan.sheets[0].columns][:len(labels)] == ["code"] * len(labels)


def test_a_bid_column_of_division_names_beside_a_full_code_is_no_code_piece(make_workbook):
    # 'Bid' is also the agency's division ('Bid. SDA'): text there is neither a code piece nor an item's name
    codes = ["2", "2.15", "2.15.02", "2.15.02.2.01", "2.15.02.2.01.01", "2.15.02.2.10", "2.15.02.2.10.01"]
    rows = [[code, "Bid. Lalu Lintas", name, "Turen" if len(code) > 12 else None, pagu, AGENCY] for code, name, pagu in zip(codes, NAMES, PAGU)]
    plan = read_plan(str(make_workbook(TITLE + [["Kode", "Bid", *TAIL]] + rows)))
    assert items_of(plan) == EXPECTED
    assert [item.name for item in plan.items] == NAMES


def test_counts_under_jumlah_over_abbreviated_level_labels_are_no_code(make_workbook):
    header = [["Kode", "Uraian", "Jumlah", None, None, None, None, "Pagu (Rp)"], [None, None, "Urs", "Bid", "Prog", "Keg", "Sub Keg", None]]
    merges = ("A5:A6", "B5:B6", "C5:G5", "H5:H6")
    rows = [["2.15", NAMES[1], 1, 1, 3, 12, 40, 900], ["2.15.02", NAMES[2], 1, 1, 1, 2, 2, 900]]
    plan = read_plan(str(make_workbook(TITLE + header + rows, merges=merges)))
    assert [(item.kind, item.code_text) for item in plan.items] == [(Kind.BIDANG, "2.15"), (Kind.PROGRAM, "2.15.02")]


@pytest.mark.parametrize("agency", [AGENCY, None], ids=["agency_column", "no_agency_column"])
def test_indicator_rows_under_code_pieces_merged_down_continue_their_sub_kegiatan(make_workbook, agency):
    """The pieces spread down give the indicator rows the sub kegiatan's code; their agency cell is empty, as its merge is not."""
    header = [KODE + ["Uraian", "Indikator Kinerja", "Lokasi", "Pagu (Rp)"] + (["Perangkat Daerah"] if agency else [])]
    tail = [agency] if agency else []
    rows = [[*FROM_URUSAN[index], NAMES[index], None, None, PAGU[index], *tail] for index in (2, 3)]
    rows.append([*FROM_URUSAN[4], NAMES[4], "Jumlah dokumen", "Turen", PAGU[4], *tail])
    rows += [[None] * 6 + [indicator, None, None] + [None] * len(tail) for indicator in ("Jumlah laporan", "Persentase tepat waktu")]
    first = len(TITLE) + 4  # (the sub kegiatan's row)
    plan = read_plan(str(make_workbook(TITLE + header + rows, merges=[f"{col}{first}:{col}{first + 2}" for col in "ABCDE"])))
    assert [(item.code_text, item.agency) for item in plan.items] == [(code, agency or "") for code in ("2.15.02", "2.15.02.2.01", "2.15.02.2.01.01")]
    assert [row.reason for row in plan.skipped if row.ref.row > first] == [SkipReason.CONTINUATION] * 2
    assert [warning.message for warning in plan.warnings] == [
        f"2 continuation row(s) without an item name or budget of their own (e.g. a second indicator row) skipped; first on row {first + 1}"]
