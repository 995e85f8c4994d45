"""Readers: header detection, codes in every form, kinds, budgets, banners, row accounting."""

from __future__ import annotations

import pytest

from syncheck.errors import InputFileError, NoHeaderError, SyncheckError
from syncheck.header import is_index_row
from syncheck.messages import render
from syncheck.models import Kind, Level, SkipReason
from syncheck.readers import read_plan

from support import TITLE

RENJA_HEADER = [
    ["No", "Kode", "Program/ Kegiatan/ Sub Kegiatan", "Indikator", "Target 2024", "Pagu Indikatif (Rp)", "Lokasi",
     "Sumber Dana", "Prakiraan Maju 2025 Pagu Indikatif (Rp)", "Perangkat Daerah"],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
]


def kinds(plan):
    return [(item.ref.row, item.kind, item.code_text) for item in plan.items]


def test_renja_layout_with_banner_index_row_and_total(make_workbook):
    path = make_workbook(TITLE + RENJA_HEADER + [
        ["Unit Organisasi : 1.02.0.00.0.00.01.0000 DINAS KESEHATAN"],
        [1, "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", None, None, 300, None, None, 999],
        [2, "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", None, None, 300],
        [3, "1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Jumlah RS", "1 Unit", "Rp 1.250.000.000,00", "Kec. Tugu", "DAK", 5],
        [None, None, "Jumlah", None, None, 300],
    ])
    plan = read_plan(str(path))
    assert (plan.government, plan.level, plan.year) == ("Kota Contoh", Level.KOTA, 2024)
    assert kinds(plan) == [(8, Kind.PROGRAM, "1.02.02"), (9, Kind.KEGIATAN, "1.02.02.2.01"), (10, Kind.SUB_KEGIATAN, "1.02.02.2.01.0001")]
    sub = plan.items[-1]
    assert (sub.budget, sub.location, sub.funding, sub.indicator, sub.target) == (1250000000, "Kec. Tugu", "DAK", "Jumlah RS", "1 Unit")
    assert sub.agency == "DINAS KESEHATAN" and sub.agency_code == "1.02.0.00.0.00.01.0000"
    reasons = {s.ref.row: s.reason for s in plan.skipped}
    assert reasons == {1: SkipReason.TITLE, 2: SkipReason.TITLE, 3: SkipReason.TITLE, 4: SkipReason.BLANK,
                       5: SkipReason.HEADER, 6: SkipReason.HEADER, 7: SkipReason.BANNER, 11: SkipReason.SUBTOTAL}
    assert plan.rows_read == len(plan.items) + plan.skipped_rows == 11


def test_split_code_cells_under_merged_three_row_header(make_workbook):
    header = [
        ["Kode", None, None, None, None, "Urusan/ Bidang Urusan/ Program/ Kegiatan", "Lokasi", "Indikator Kinerja", None, "Pagu Indikatif (Rp.)"],
        [None, None, None, None, None, None, None, "Keluaran Sub Kegiatan", None, None],
        [None, None, None, None, None, None, None, "Tolok Ukur", "Target", None],
    ]
    path = make_workbook(TITLE + header + [
        [2, 15, 5, None, None, "PROGRAM PENGELOLAAN PERKERETAAPIAN", None, None, None, 50],
        [2, 15, 5, 2.1, None, "Penetapan Rencana Induk Perkeretaapian", None, None, None, 50],
        [2, 15, 5, 2.1, 1, "Pelaksanaan Penyusunan Rencana Induk", "Panggungrejo", "Dokumen", "1 Dok", 50],
    ], merges=("A5:E7", "F5:F7", "G5:G7", "H5:I5", "H6:I6", "J5:J7"))
    plan = read_plan(str(path))
    assert plan.sheets[0].header_rows == (5, 6, 7)
    assert kinds(plan) == [(8, Kind.PROGRAM, "2.15.05"), (9, Kind.KEGIATAN, "2.15.05.2.10"), (10, Kind.SUB_KEGIATAN, "2.15.05.2.10.01")]
    assert (plan.items[-1].indicator, plan.items[-1].target) == ("Dokumen", "1 Dok")


def test_hand_made_sheet_codes_glued_or_missing(make_workbook):
    path = make_workbook(TITLE + [
        ["Uraian", "Lokasi", "Anggaran"],
        ["1.03.12 PROGRAM PENYELENGGARAAN PENATAAN RUANG", None, "Rp 20.000.000,00"],
        ["Koordinasi & Sinkronisasi Perencanaan Tata Ruang Kab/Kota", None, "Rp 20.000.000,00"],
        ["Penyusunan RTRW (Lanjutan)", "Kec. Batu", "Rp 20.000.000,00"],
        ["TOTAL", None, "Rp 20.000.000,00"],
    ], name="kab_contoh_2023.xlsx")
    plan = read_plan(str(path))
    assert (plan.government, plan.level, plan.year) == ("Kota Contoh", Level.KOTA, 2024)
    assert kinds(plan) == [(6, Kind.PROGRAM, "1.03.12"), (7, Kind.KEGIATAN, ""), (8, Kind.SUB_KEGIATAN, "")]
    assert plan.items[0].code_raw == "1.03.12" and plan.items[0].name == "PROGRAM PENYELENGGARAAN PENATAAN RUANG"
    assert plan.items[2].parent == plan.items[1].ref
    assert any("no code" in w.message for w in plan.warnings)


def test_names_pasted_from_sipd_with_their_own_code_in_front_beside_a_code_column(make_workbook):
    path = make_workbook(TITLE + [
        ["Kode", "Uraian", "Lokasi", "Pagu"],
        ["1.03.12", "1.03.12 PROGRAM PENYELENGGARAAN PENATAAN RUANG", None, 20],
        ["1.03.12.2.01", "1.03.12.2.01\nPenetapan Rencana Tata Ruang Wilayah (RTRW) dan Rencana Rinci Tata Ruang (RRTR) Kabupaten/Kota", None, 20],
        ["1.03.12.2.01.01", "1.03.12.2.01.0001 Penyusunan RTRW", "Kec. Batu", 20],
    ])
    plan = read_plan(str(path))
    assert [item.name for item in plan.items] == [
        "PROGRAM PENYELENGGARAAN PENATAAN RUANG",
        "Penetapan Rencana Tata Ruang Wilayah (RTRW) dan Rencana Rinci Tata Ruang (RRTR) Kabupaten/Kota", "Penyusunan RTRW"]
    assert plan.warnings == ()


def test_one_sheet_per_agency_and_hidden_sheet(make_workbook):
    rows = TITLE + [["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu"], ["1.02.02", "PROGRAM KESEHATAN", 10]]
    path = make_workbook(rows, title="Dinas Kesehatan", extra_sheets={
        "Dinas Pendidikan": (TITLE + [["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu"], ["1.01.02", "PROGRAM PENDIDIKAN", 5]], "visible"),
        "Referensi": ([["junk"]], "hidden"),
    })
    plan = read_plan(str(path))
    assert [(i.ref.sheet, i.agency) for i in plan.items] == [("Dinas Kesehatan", "Dinas Kesehatan"), ("Dinas Pendidikan", "Dinas Pendidikan")]
    assert any("hidden" in w.message for w in plan.warnings)


def test_many_sheets_skipped_for_one_reason_get_one_warning_naming_the_first_few(make_workbook):
    from syncheck.messages import render

    rows = TITLE + [["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu"], ["1.02.02", "PROGRAM KESEHATAN", 10]]
    notes = {f"Lampiran {n}": ([["Catatan"], ["lihat lampiran"]], "visible") for n in range(1, 8)}
    hidden = {f"Ref {n}": ([["x"]], "hidden") for n in range(1, 4)}  # three: each its own note, as before
    plan = read_plan(str(make_workbook(rows, extra_sheets={**notes, **hidden})))
    assert [(w.ref.sheet, render(w.message, lang)) for w in plan.warnings for lang in ("en", "id")] == [
        # before: 7 warnings 'sheet 'Lampiran N' has no RKPD header: skipped'
        ("", "7 sheets have no RKPD header: skipped ('Lampiran 1', 'Lampiran 2', 'Lampiran 3', 'Lampiran 4', 'Lampiran 5' (+2))"),
        ("", "7 lembar tidak memiliki kepala tabel RKPD: dilewati ('Lampiran 1', 'Lampiran 2', 'Lampiran 3', 'Lampiran 4', 'Lampiran 5' (+2))"),
        *((f"Ref {n}", text) for n in range(1, 4) for text in (f"sheet 'Ref {n}' is hidden: skipped (1 rows)",
                                                             f"lembar 'Ref {n}' tersembunyi: dilewati (1 baris)")),
    ]  # fmt: skip
    assert sum(row.count for row in plan.skipped if row.reason is SkipReason.NO_HEADER) == 14  # every row still accounted for
    many_hidden = read_plan(str(make_workbook(rows, name="kota_lain_2024.xlsx", extra_sheets={f"Ref {n}": ([["x"], ["y"]], "hidden") for n in range(1, 7)})))
    assert [render(w.message, "en") for w in many_hidden.warnings] == [
        "6 sheets are hidden: skipped ('Ref 1', 'Ref 2', 'Ref 3', 'Ref 4', 'Ref 5' (+1); 12 rows)"]


def test_sheets_titled_as_the_plans_of_two_governments_are_refused(make_workbook):
    def plan_sheet(government: str, code: str) -> list:
        return [["RENCANA KERJA PEMERINTAH DAERAH"], [government], ["TAHUN 2024"], [], ["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu"],
                [code, "PROGRAM KESEHATAN", 10]]

    path = make_workbook(plan_sheet("KABUPATEN MALANG", "1.02.02"), name="rkpd_kabkota_2024.xlsx", title="Kab. Malang",
                         extra_sheets={"Kab. Sidoarjo": (plan_sheet("KABUPATEN SIDOARJO", "1.02.02"), "visible")})
    with pytest.raises(InputFileError) as caught:
        read_plan(str(path))
    assert str(caught.value).endswith("its sheets are titled or named as the plans of several kab/kota: 'Kab. Malang' (Kabupaten Malang), "
                                      "'Kab. Sidoarjo' (Kabupaten Sidoarjo); save each plan as a file of its own, or give the "
                                      "file's government (--name FILE=NAME, or --government) if the titles are wrong")
    assert len(read_plan(str(path), government="Kabupaten Malang").items) == 2  # the user says whose it is
    # one kab/kota on every sheet however written, beside a sheet titled with its province, is one plan
    same = make_workbook(plan_sheet("KABUPATEN MALANG", "1.02.02"), name="kab_malang_2024.xlsx", title="Dinkes", extra_sheets={
        "Disdik": (plan_sheet("KAB. MALANG", "1.01.02"), "visible"),
        "Bankeu": (plan_sheet("KEGIATAN YANG DIDANAI BANTUAN KEUANGAN PROVINSI JAWA TIMUR", "1.03.02"), "visible")})
    assert len(read_plan(str(same)).items) == 3


def test_untitled_sheets_named_after_two_kab_kota_are_refused_and_copies_of_each_other_too(make_workbook):
    def plan_sheet(code: str) -> list:
        return [["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu"], [code, "PROGRAM KESEHATAN", None, 10],
                [f"{code}.2.01.0001", "Pembangunan Puskesmas", "Kec. Sirimau", 10]]

    # (the same rows on both sheets: no copy of one plan set aside, two kab/kota's plans)
    path = make_workbook(plan_sheet("1.02.02"), name="rkpd_kabkota_2025.xlsx", title="Kota Ambon",
                         extra_sheets={"Kab. Buru": (plan_sheet("1.02.02"), "visible")})
    with pytest.raises(InputFileError) as caught:
        read_plan(str(path))
    assert "its sheets are titled or named as the plans of several kab/kota: 'Kota Ambon' (Kota Ambon), 'Kab. Buru' (Kabupaten Buru)" in str(caught.value)
    # a province's file whose sheets are named after the kab/kota it funds is one plan
    province = make_workbook(plan_sheet("1.02.02"), name="provinsi_maluku_2025.xlsx", title="Kota Ambon",
                             extra_sheets={"Kab. Buru": (plan_sheet("1.02.03"), "visible")})
    assert len(read_plan(str(province)).items) == 4


def test_csv_semicolon_windows_1252(tmp_path):
    path = tmp_path / "kota_contoh_2024.csv"
    text = "Kode;Program/Kegiatan/Sub Kegiatan;Lokasi;Pagu\n1.02.02;PROGRAM KESEHATAN;;1.000.000\n1.02.02.2.01.01;Pemb. Puskesmas Tembalang é;Tembalang;1.000.000\n"
    path.write_bytes(text.encode("cp1252"))
    plan = read_plan(str(path))
    assert [i.kind for i in plan.items] == [Kind.PROGRAM, Kind.SUB_KEGIATAN]
    assert plan.items[1].name.endswith("é") and plan.items[1].budget == 1000000


def test_overrides_win_over_detection(make_workbook):
    path = make_workbook(TITLE + [["Kode", "Program", "Pagu"], ["1.02.02", "PROGRAM KESEHATAN", 1]])
    plan = read_plan(str(path), government="Kota Lain", level="kota", year=2025)
    assert (plan.government, plan.level, plan.year) == ("Kota Lain", Level.KOTA, 2025)


@pytest.mark.parametrize("content, error", [
    (b"", InputFileError),
    (b"<html><body>not a workbook</body></html>", InputFileError),
    (b"PK\x03\x04broken", InputFileError),
])
def test_unreadable_files_raise_one_line_errors(tmp_path, content, error):
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(content)
    with pytest.raises(error) as caught:
        read_plan(str(path))
    assert "rusak.xlsx" in str(caught.value) and "\n" not in str(caught.value)


def test_no_header_is_an_error(make_workbook):
    path = make_workbook([["hello"], ["world"], [1, 2, 3]])
    with pytest.raises(NoHeaderError):
        read_plan(str(path))


def test_missing_file(tmp_path):
    with pytest.raises(SyncheckError):
        read_plan(str(tmp_path / "nope.xlsx"))


def test_runs_of_blank_rows_are_counted_but_stored_once(make_workbook):
    rows = TITLE + [["Kode", "Program", "Pagu"], ["1.02.02", "PROGRAM KESEHATAN", 1]] + [[]] * 500 + [["Jumlah", None, 1]]
    plan = read_plan(str(make_workbook(rows)))
    blanks = [s for s in plan.skipped if s.reason is SkipReason.BLANK]
    assert [(s.ref.row, s.count) for s in blanks] == [(4, 1), (7, 500)]
    assert plan.rows_read == len(rows) == len(plan.items) + plan.skipped_rows


@pytest.mark.parametrize(
    "row, expected",
    [
        ((1.0, 2.0, 3.0), True),
        ((1, 2, 3, 4), True),
        (("(1)", " (2) ", "3"), True),
        ((None, 1.0, None, 2.0, 3.0), True),
        ((1, 3, 5), True),
        ((1.0, 2.0), False),
        ((1, 3, 2), False),
        ((1, 2, 6, 3, 4, 5, 8, 7), True),
        (("(1)", "(2)", "(5)", "(3)", "(4)"), True),
        ((1, 2, 6, 3, 5), False),
        ((1, 2, 2, 3, 4), False),
        ((1.0, 2.0, 100.0), False),
        ((1.0, 2.5, 3.0), False),
        ((-1.0, 0.0, 1.0), False),
        ((True, 2, 3), False),
        (("(1)", "(2)", "(123)"), False),
        ((1.0, "2.07.02", "PROGRAM PERENCANAAN"), False),
    ],
)
def test_index_row_cells_are_small_whole_numbers_in_order_or_moved_columns(row, expected):
    assert is_index_row(row) is expected


def test_items_are_whole_and_equal_to_ones_built_field_by_field(make_workbook):
    from dataclasses import fields

    from syncheck.models import Item

    path = make_workbook(TITLE + RENJA_HEADER + [
        [1, "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", None, None, 300, None, None, None, "DINAS KESEHATAN"],
        [2, "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", None, None, 300],
        [3, "1.02.02.2.01.0001", "Pembangunan Rumah Sakit", "Jumlah RS", "1 Unit", 1250.0, "Kec. Tugu", "DAK"],
    ])
    names = [field.name for field in fields(Item)]
    for item in read_plan(str(path)).items:
        assert list(vars(item)) == names  # every field set, nothing more, in order
        rebuilt = Item(**{name: getattr(item, name) for name in names})
        assert rebuilt == item and hash(rebuilt) == hash(item) and repr(rebuilt) == repr(item)


def test_a_copied_header_row_is_skipped_but_a_coded_row_named_like_a_label_is_an_item(make_workbook):
    path = make_workbook(TITLE + RENJA_HEADER + [
        [1, "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", None, None, 300],
        RENJA_HEADER[0],
        [2, "1.02.02.2.01", "Kegiatan", "Indikator", None, 300],
    ])
    plan = read_plan(str(path))
    assert kinds(plan) == [(7, Kind.PROGRAM, "1.02.02"), (9, Kind.KEGIATAN, "1.02.02.2.01")]
    assert {s.ref.row: s.reason for s in plan.skipped}[8] is SkipReason.HEADER


def test_a_plan_sent_from_a_reader_process_comes_back_whole(make_workbook):
    import pickle
    from dataclasses import replace

    path = make_workbook(TITLE + RENJA_HEADER + [
        [1, "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", None, None, 300, "Kec. Tugu", None, None, "DINAS KESEHATAN"],
        [2, "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", None, None, 300, "Kec. Tugu", None, None, "DINAS KESEHATAN"],
    ])
    plan = read_plan(str(path))
    assert plan.items[0].location is plan.items[1].location  # a text written on many rows is kept once
    plan = replace(plan, year=2031)
    back = pickle.loads(pickle.dumps(plan, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == plan and back.year == 2031 and [vars(item) for item in back.items] == [vars(item) for item in plan.items]
    assert back.items[1].location is back.items[0].location
    import copy

    assert copy.copy(plan) is plan  # items are told apart by identity: a copy keeps them


def test_a_codeless_program_row_with_program_mistyped_is_a_program(make_workbook):
    rows = TITLE + [
        ["Kode", "Uraian", "Lokasi", "Pagu Indikatif (Rp)"],
        [None, "Progrm Pengembangan Sumber Daya Pariwisata dan Ekonomi Kreatif", None, 500],
        [None, "Pelaksanaan Peningkatan Kapasitas Sumber Daya Manusia Pariwisata", None, 500],
        [None, "Peningkatan Pemahaman Pelaku Ekonomi Kreatif", "Kec. Klojen", 500],
        [None, "PORGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA", None, 200],
        [None, "Proses Pembangunan Destinasi", "Kec. Klojen", 200],
    ]
    kinds = [item.kind for item in read_plan(str(make_workbook(rows))).items]
    assert kinds == [Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN, Kind.PROGRAM, Kind.SUB_KEGIATAN]


def test_a_plan_titled_with_its_kabupatens_former_name_is_read_by_the_name_in_kemendagris_list(make_workbook):
    rows = [["RENCANA KERJA PEMERINTAH DAERAH"], ["KABUPATEN MALUKU TENGGARA BARAT"], ["TAHUN 2025"], [],
            ["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu"], ["1.02.02", "PROGRAM KESEHATAN", 10]]
    plan = read_plan(str(make_workbook(rows, name="kab_kepulauan_tanimbar_2025.xlsx")))
    assert plan.label == "Kabupaten Kepulauan Tanimbar"
    assert [render(w.message, "en") for w in plan.warnings] == [
        "the plan names itself Kabupaten Maluku Tenggara Barat, another name (a former or short one) of Kabupaten Kepulauan "
        "Tanimbar in Kemendagri's list: read as Kabupaten Kepulauan Tanimbar"]
    # the name a user gives stands as given
    assert read_plan(str(make_workbook(rows, name="mtb_2025.xlsx")), government="Kabupaten Maluku Tenggara Barat").label == (
        "Kabupaten Maluku Tenggara Barat")


def test_a_kabupaten_titled_with_its_former_province_is_read_as_the_new_ones_and_noted_in_both_languages(make_workbook):
    rows = [["RKPD KABUPATEN SORONG TAHUN 2025"], ["PROVINSI PAPUA BARAT"], ["Kode Wilayah : 92.01 - Kabupaten Sorong"], [],
            ["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu"], ["1.02.02", "PROGRAM KESEHATAN", 10]]
    plan = read_plan(str(make_workbook(rows, name="kab_sorong_2025.xlsx")))
    assert plan.label == "Kabupaten Sorong"
    assert [(render(w.message, "en"), render(w.message, "id")) for w in plan.warnings] == [(
        "the title names Provinsi Papua Barat, but Kemendagri's list puts Kabupaten Sorong in Papua Barat Daya (its province "
        "before a split, or a slip of the title): read as a kab/kota of Papua Barat Daya",
        "judul menyebut Provinsi Papua Barat, tetapi daftar Kemendagri menempatkan Kabupaten Sorong di Papua Barat Daya "
        "(provinsi induknya sebelum pemekaran, atau salah tulis judul): dibaca sebagai kabupaten/kota Papua Barat Daya")]


def test_a_kabupaten_titled_with_its_own_province_gets_no_province_note(make_workbook):
    rows = [["RKPD KABUPATEN SORONG TAHUN 2025"], ["PROVINSI PAPUA BARAT DAYA"], [],
            ["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu"], ["1.02.02", "PROGRAM KESEHATAN", 10]]
    assert read_plan(str(make_workbook(rows, name="kab_sorong_2025.xlsx"))).warnings == ()
