"""SIPD's print form: each label alone in the first column ('Program : 1.04.01 ...') and its indicator, target,
location and pagu on the nameless line below it. The line is the item's own: its pagu is the item's, never a part of
it by place, and no row is left 'without an item name' (rt35 F2)."""

from __future__ import annotations

from syncheck.models import Kind, Options, SkipReason
from syncheck.pipeline import compare
from syncheck.report import result_to_json

from support import read_sheet, row_warnings, skip_reasons

HEADER = [["Uraian", "Indikator Kinerja", "Target", "Lokasi", "Pagu Indikatif (Rp)", "Sumber Dana"]]
M = 1_000_000
PROGRAM = "Program : 1.04.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI"
KEGIATAN = "Kegiatan : 1.04.01.1.09 Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah Provinsi"
SUB_NAME = "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan"
SUB = f"Sub Kegiatan : 1.04.01.1.09.0002 {SUB_NAME}"
BOTH = "Kota Kupang, Kabupaten Sumba Barat Daya"
LINES = "row(s) without a name right under an item row without an amount (the line under a label, as SIPD prints it"


def print_form(location: str = "Kota Kupang", second: list[object] | None = None) -> list[list[object]]:
    """A province's print-form plan: urusan, bidang, program, kegiatan and sub kegiatan labels, each over its line."""
    return [
        ["Urusan : 1 URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"], [None, None, None, None, 500 * M],
        ["Bidang Urusan : 1.04 URUSAN PEMERINTAHAN BIDANG PERUMAHAN RAKYAT"], [None, None, None, None, 500 * M],
        [PROGRAM], [None, "Persentase capaian", "100 %", None, 500 * M],
        [KEGIATAN], [None, "Jumlah laporan", "4 Laporan", None, 500 * M], [None, "Jumlah dokumen", "2 Dokumen"],
        [SUB], [None, "Jumlah unit", "10 Unit", location, 500 * M, "APBD"], *([second] if second else []),
    ]  # fmt: skip


def read(make_workbook, rows):
    return read_sheet(make_workbook, HEADER, rows, name="provinsi_nusa_tenggara_timur_2022.xlsx")


def test_each_label_takes_the_pagu_indicator_and_location_of_its_line(make_workbook):
    plan = read(make_workbook, print_form())
    assert [(item.kind, item.code_text, item.budget) for item in plan.items] == [
        (Kind.URUSAN, "1", 500 * M), (Kind.BIDANG, "1.04", 500 * M), (Kind.PROGRAM, "1.04.01", 500 * M),
        (Kind.KEGIATAN, "1.04.01.1.09", 500 * M), (Kind.SUB_KEGIATAN, "1.04.01.1.09.0002", 500 * M)]  # fmt: skip
    sub = plan.items[-1]
    assert (sub.name, sub.location, sub.funding, sub.place_budgets) == (SUB_NAME, "Kota Kupang", "APBD", ())
    assert (plan.items[2].indicator, plan.items[2].target) == ("Persentase capaian", "100 %")
    lines = [7, 9, 11, 13, 16]
    assert {row: reason for row, reason in skip_reasons(plan).items() if row in lines} == dict.fromkeys(lines, SkipReason.CONTINUATION)
    (found,) = [(row, message) for row, message in row_warnings(plan) if LINES in message]
    assert found[0] == 7 and found[1].startswith("5 " + LINES)
    assert not any("no item name" in message for _, message in row_warnings(plan))


def test_a_line_naming_two_kab_kota_is_the_rows_whole_pagu_counted_once_in_the_group_totals(make_workbook):
    def kab(name: str, file: str):
        code = "1.04.01.2.09"
        rows = [["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)"],
                ["1.04.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", None, 300 * M],
                [code, "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", None, 300 * M],
                [f"{code}.0002", SUB_NAME, "Kec. Maulafa" if name == "KOTA KUPANG" else "Kec. Loura", 300 * M]]  # fmt: skip
        return str(make_workbook([["RKPD"], [name], ["TAHUN 2022"], [], *rows], name=file))

    province = str(make_workbook([["RKPD"], ["PROVINSI NUSA TENGGARA TIMUR"], ["TAHUN 2022"], [], *HEADER, *print_form(BOTH)],
                                 name="provinsi_nusa_tenggara_timur_2022.xlsx"))  # fmt: skip
    paths = [province, kab("KOTA KUPANG", "kota_kupang_2022.xlsx"), kab("KABUPATEN SUMBA BARAT DAYA", "kab_sumba_barat_daya_2022.xlsx")]
    found = result_to_json(compare(paths, Options(workers=1)))
    assert [(overlap["left_budget"], overlap["left_budget_by_place"]) for overlap in found["overlaps"]] == [(500 * M, False)] * 2
    (group,) = found["group_totals"]
    assert (group["overlap"]["left_budget"], group["overlap"]["shared_budget"]) == (500 * M, 500 * M)


def test_two_lines_with_places_and_amounts_stay_the_sub_kegiatans_parts_by_place(make_workbook):
    plan = read(make_workbook, print_form("Kota Kupang", [None, "Jumlah unit", "5 Unit", "Kabupaten Sumba Barat Daya", 200 * M, "APBD"]))
    sub = plan.items[-1]
    assert (sub.budget, sub.place_budgets) == (700 * M, (("Kota Kupang", 500 * M), ("Kabupaten Sumba Barat Daya", 200 * M)))


def test_a_second_amount_line_under_a_label_is_still_a_row_without_a_name(make_workbook):
    rows = print_form()
    plan = read(make_workbook, rows[:6] + [[None, "Jumlah kegiatan", "3 Kegiatan", None, 100 * M]] + rows[6:])
    assert plan.items[2].budget == 500 * M
    assert [row for row, message in row_warnings(plan) if "no item name" in message] == [12]
    assert skip_reasons(plan)[12] is SkipReason.UNREADABLE


def test_one_place_row_under_a_sub_kegiatan_with_its_own_amount_is_no_split_by_place(make_workbook):
    rows = [["1.04.01", "PROGRAM PENUNJANG", None, None, 500 * M], ["1.04.01.1.09", "Pemeliharaan Barang Milik Daerah", None, None, 500 * M],
            ["1.04.01.1.09.0002", SUB_NAME, None, None, 500 * M], [None, None, None, BOTH, 500 * M]]  # fmt: skip
    plan = read_sheet(make_workbook, [["Kode", "Uraian", "Indikator", "Lokasi", "Pagu Indikatif (Rp)"]], rows)
    sub = plan.items[-1]
    assert (sub.budget, sub.location, sub.place_budgets) == (500 * M, BOTH, ())


def test_an_unfunded_sub_kegiatan_with_its_place_does_not_take_the_subtotal_line_below_it(make_workbook):
    header = [["Kode", "Nama Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]]
    plan = read_sheet(make_workbook, header, [
        ["1.03.10", "PROGRAM PENYELENGGARAAN JALAN", None, 300 * M],
        ["1.03.10.2.01", "Penyelenggaraan Jalan Kabupaten/Kota", None, 300 * M],
        ["1.03.10.2.01.01", "Penyusunan Rencana Teknis Penyelenggaraan Jalan dan Jembatan", "Kec. Dampit", 300 * M],
        ["1.03.10.2.01.02", "Pembangunan Jalan", "Kec. Dampit", None],  # no pagu yet
        [None, None, None, 300 * M],  # the kegiatan's subtotal, unlabelled
    ])
    assert [item.budget for item in plan.items] == [300 * M, 300 * M, 300 * M, None]
