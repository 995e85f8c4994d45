"""Province grouping whatever the file order, option checks, whole-file warnings, edge formats, truth files, outputs."""

from __future__ import annotations

import contextlib
import json

import openpyxl
import pytest
from click.testing import CliRunner

from syncheck.cli import main
from syncheck.errors import UsageError
from syncheck.models import Options
from syncheck.pipeline import compare, compare_by_province
from syncheck.values import format_percent, format_short_rupiah
from test_cli import CITY, HEADER, PROVINCE

OTHER_PROVINCE = [["RENCANA KERJA PEMERINTAH DAERAH"], ["PROVINSI LAIN"], ["TAHUN 2024"], []] + PROVINCE[4:]
OTHER_CITY = [["RENCANA KERJA PEMERINTAH DAERAH"], ["KOTA LAIN"], ["TAHUN 2024"], []] + CITY[4:]
NO_LEVEL = HEADER + CITY[5:]  # no title, a file name without a level word, kab/kota codes: level not found

MOVED = (
    "syncheck: warning: kota_contoh_2024.xlsx: Kota Contoh is given before any province file; "
    "it is compared with Provinsi Contoh, the first province given"
)
LONE = (
    "syncheck: warning: provinsi_lain_2024.xlsx: Provinsi Lain has no kabupaten/kota file after it: "
    "not compared (give its kabupaten/kota files after it)"
)
LONE_ID = (  # --lang id, the default
    "syncheck: peringatan: provinsi_lain_2024.xlsx: Provinsi Lain tidak diikuti berkas kabupaten/kota: "
    "tidak dibandingkan (sebutkan berkas kabupaten/kotanya sesudahnya)"
)


@pytest.fixture
def files(make_workbook):
    """Two provinces and two cities, by name."""
    return {
        "province": str(make_workbook(PROVINCE, name="provinsi_contoh_2024.xlsx")),
        "city": str(make_workbook(CITY, name="kota_contoh_2024.xlsx")),
        "other_province": str(make_workbook(OTHER_PROVINCE, name="provinsi_lain_2024.xlsx")),
        "other_city": str(make_workbook(OTHER_CITY, name="kota_lain_2024.xlsx")),
    }


def _run(args):
    return CliRunner().invoke(main, args)


# --- 3, 4: groups ---------------------------------------------------------------------------------


def test_a_city_given_before_the_only_province_is_compared_with_it_without_a_note(files):
    # one province: the order says nothing (a folder sorts 'kota_' before 'provinsi_'), so nothing is noted
    result = _run(["compare", files["city"], files["province"], "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[2] == (
        "2 programs are run by the province; 1 of them (50.0%) is the same as a program of Kota Contoh."
    )
    assert result.stderr.splitlines() == []


def test_a_city_given_before_any_of_two_provinces_is_noted(files):
    result = _run(["compare", files["city"], files["province"], files["other_province"], files["other_city"], "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert MOVED in result.stderr.splitlines()


def test_cities_before_any_province_join_the_first_province_in_the_result(files):
    result = compare([files["city"], files["province"], files["other_province"], files["other_city"]], Options(workers=1))
    assert [plan.label for plan in result.plans] == ["Provinsi Contoh", "Kota Contoh", "Provinsi Lain", "Kota Lain"]
    assert sorted({(s.left, s.right) for s in result.summaries}) == [("Provinsi Contoh", "Kota Contoh"), ("Provinsi Lain", "Kota Lain")]
    assert [w.message for w in result.warnings][0].startswith("Kota Contoh is given before any province file")


def test_two_files_of_one_government_are_kept_apart_and_noted(files, make_workbook, tmp_path):
    revision = make_workbook(CITY[:-1] + [["4.01.02", "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT", None, 20, "SEKRETARIAT DAERAH"]],
                             name="kota_contoh_revisi.xlsx")  # fmt: skip
    out = tmp_path / "hasil.json"
    result = _run(["compare", files["province"], files["city"], str(revision), "--json", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "syncheck: warning: kota_contoh_revisi.xlsx: Kota Contoh again, as in kota_contoh_2024.xlsx: both files are compared, "
        "this one shown as 'Kota Contoh (2)', and their figures are never added together; give one file per government "
        "(or --name FILE=NAME when they are two governments)"
    ]
    totals = json.loads(out.read_text(encoding="utf-8"))["overlap_totals"]
    assert [(total["right"], total["right_budget"]) for total in totals] == [
        ("Kota Contoh", totals[0]["right_budget"]), ("Kota Contoh (2)", totals[0]["right_budget"])]  # fmt: skip
    assert result.stdout.count("same as a program of Kota Contoh.") == 1
    assert result.stdout.count("same as a program of Kota Contoh (2).") == 1


def test_a_file_given_again_as_a_copy_is_compared_once_and_noted(files, tmp_path):
    copy = tmp_path / "salinan kota contoh.xlsx"
    copy.write_bytes(open(files["city"], "rb").read())
    out = tmp_path / "hasil.json"
    result = _run(["compare", files["province"], files["city"], str(copy), "--json", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == (
        "syncheck: warning: salinan kota contoh.xlsx: same content as kota_contoh_2024.xlsx: compared once")
    document = json.loads(out.read_text(encoding="utf-8"))
    assert [entry["file"] for entry in document["inputs"]] == ["provinsi_contoh_2024.xlsx", "kota_contoh_2024.xlsx"]
    assert {row["right"] for row in document["summary"]} == {"Kota Contoh"}
    assert "(2)" not in result.stdout
    # the copy given first: the later file is left out, whichever it is
    result = _run(["compare", files["province"], str(copy), files["city"], "--json", str(out), "--lang", "en"])
    assert result.stderr.splitlines()[0] == "syncheck: warning: kota_contoh_2024.xlsx: same content as salinan kota contoh.xlsx: compared once"


def test_a_pair_left_without_a_kab_kota_by_a_copy_says_so_in_its_error(files, tmp_path):
    copy = tmp_path / "salinan kota contoh.xlsx"
    copy.write_bytes(open(files["city"], "rb").read())
    result = _run(["compare", files["city"], str(copy), "--lang", "en"])
    assert result.exit_code == 3
    assert result.stderr == (
        "syncheck: error: compare needs a province file and at least one kabupaten/kota file; read kota_contoh_2024.xlsx: "
        "Kota Contoh (kota); salinan kota contoh.xlsx left out (same content as kota_contoh_2024.xlsx: compared once)\n")


@pytest.mark.parametrize(
    ("names", "extra", "read"),
    [
        (("province", "other_province"), [], "provinsi_contoh_2024.xlsx: Provinsi Contoh (provinsi), provinsi_lain_2024.xlsx: Provinsi Lain (provinsi)"),
        (("province", "city"), ["--level-of", "kota_contoh_2024.xlsx=provinsi"], "provinsi_contoh_2024.xlsx: Provinsi Contoh (provinsi), kota_contoh_2024.xlsx: Kota Contoh (provinsi)"),
    ],
)
def test_a_run_without_any_province_and_kab_kota_pair_is_exit_3(files, names, extra, read):
    result = _run(["compare", *(files[name] for name in names), *extra])
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        f"syncheck: kesalahan: compare memerlukan satu berkas provinsi dan sedikitnya satu berkas kabupaten/kota; terbaca: {read}"
    ]
    assert result.stdout == ""


def test_a_lone_province_at_the_end_is_left_out_with_a_warning(files, tmp_path):
    out = tmp_path / "hasil.json"
    result = _run(["compare", files["province"], files["city"], files["other_province"], "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [LONE_ID]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [entry["file"] for entry in data["inputs"]] == ["provinsi_contoh_2024.xlsx", "kota_contoh_2024.xlsx"]
    assert {"file": "provinsi_lain_2024.xlsx", "sheet": None, "row": None, "message": LONE.split(": ", 3)[3]} in data["warnings"]


def test_per_province_groups_keep_order_independence_and_notes(files):
    order = [files["city"], files["other_province"], files["province"], files["other_city"]]
    results = list(compare_by_province(order, Options(workers=1)))
    # Kota Contoh heads to the first province (Provinsi Lain); Provinsi Contoh then has Kota Lain
    assert [[plan.label for plan in result.plans] for result in results] == [
        ["Provinsi Lain", "Kota Contoh"], ["Provinsi Contoh", "Kota Lain"],
    ]  # fmt: skip
    assert [w.message.split(";")[0] for w in results[0].warnings] == ["Kota Contoh is given before any province file"]


def test_per_province_a_trailing_lone_province_is_noted_on_the_group_before_it(files):
    results = list(compare_by_province([files["province"], files["city"], files["other_province"]], Options(workers=1)))
    assert len(results) == 1
    assert [w.message for w in results[0].warnings] == [LONE.split(": ", 3)[3]]


def test_per_province_without_any_pair_raises(files):
    with pytest.raises(UsageError, match="compare needs a province file"):
        list(compare_by_province([files["province"], files["other_province"]], Options(workers=1)))


# --- 7: --level-of and --name ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--level-of", "kota_contoh_2024.xlsx=desa", "--lang", "en"],
         "syncheck: error: Invalid value: --level-of kota_contoh_2024.xlsx=desa: 'desa' is not a level; use provinsi, kabupaten or kota"),
        (["--level-of", "kota_contoh_2024.xlsx=desa"],
         "syncheck: kesalahan: Nilai tidak sah: --level-of kota_contoh_2024.xlsx=desa: 'desa' bukan tingkat pemerintahan; gunakan provinsi, kabupaten atau kota"),
        (["--level-of", "nothere.xlsx=kota", "--lang", "en"],
         "syncheck: error: Invalid value: --level-of nothere.xlsx=kota: nothere.xlsx is none of the files given"),
        (["--name", "nothere.xlsx=Kota X"],
         "syncheck: kesalahan: Nilai tidak sah: --name nothere.xlsx=Kota X: nothere.xlsx tidak menunjuk satu pun berkas yang diberikan"),
    ],
)
def test_level_of_and_name_refuse_bad_levels_and_unknown_files(files, option, message):
    result = _run(["compare", files["province"], files["city"], *option])
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [message]


def test_name_and_level_of_accept_a_base_name(files):
    result = _run(["compare", files["province"], files["city"], "--name", "kota_contoh_2024.xlsx=Kota Baru", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[2].endswith("is the same as a program of Kota Baru.")
    result = _run(["compare", files["province"], files["city"], "--level-of", "kota_contoh_2024.xlsx=provinsi"])
    assert result.exit_code == 3  # the level did apply: two provinces, nothing to compare


def test_name_and_level_of_accept_a_path_holding_an_equals_sign(files, tmp_path):
    folder = tmp_path / "tahun=2024"
    folder.mkdir()
    city = folder / "kota_contoh_2024.xlsx"
    city.write_bytes(open(files["city"], "rb").read())
    result = _run(["compare", files["province"], str(city), "--name", f"{city}=Kota=Baru", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[2].endswith("is the same as a program of Kota=Baru.")
    result = _run(["compare", files["province"], str(city), "--level-of", f"{city}=provinsi"])
    assert result.exit_code == 3  # the level did apply: two provinces, nothing to compare
    assert result.stderr.startswith("syncheck: kesalahan: compare memerlukan satu berkas provinsi")


# --- 6: warnings about a whole file ----------------------------------------------------------------

def test_a_run_of_several_provinces_and_years_heads_each_block_and_dates_the_table(tmp_path):
    from pathlib import Path

    samples = Path(__file__).resolve().parents[1] / "sample_data"
    paths = [str(samples / f"{name}_{year}.xlsx") for year in (2023, 2024) for name in ("provinsi_jawa_tengah", "kabupaten_demak")]
    result = _run(["compare", *paths, "--lang", "en"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [line for line in lines if line.startswith("Provinsi Jawa Tengah 20") and "kab/kota" in line] == [
        "Provinsi Jawa Tengah 2023: 1 kab/kota", "Provinsi Jawa Tengah 2024: 1 kab/kota"]
    assert [line.split("  ")[0] for line in lines if line.endswith(tuple("0123456789")) and " program " in line] == [
        "Provinsi Jawa Tengah 2023", "Provinsi Jawa Tengah 2024"]


def test_a_whole_file_warning_has_no_row_and_names_the_commands_option(files, make_workbook, tmp_path):
    plain = str(make_workbook(NO_LEVEL, name="rkpd_2024.xlsx"))
    out, book = tmp_path / "hasil.json", tmp_path / "hasil.xlsx"
    result = _run(["compare", files["province"], plain, "--json", str(out), "-o", str(book)])
    assert result.exit_code == 0, result.output
    message = "level of government not found; assumed kabupaten (use --level-of FILE=LEVEL)"
    assert {"file": "rkpd_2024.xlsx", "sheet": None, "row": None, "message": message} in json.loads(out.read_text(encoding="utf-8"))["warnings"]
    sheet = openpyxl.load_workbook(book)["Peringatan"]
    indonesian = "tingkat pemerintahan tidak ditemukan; dianggap kabupaten (gunakan --level-of FILE=LEVEL)"
    assert ["rkpd_2024.xlsx", None, None, indonesian] in [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    warnings = json.loads(_run(["inspect", plain, "--json"]).stdout)["inputs"][0]["warnings"]
    assert {"file": "rkpd_2024.xlsx", "sheet": None, "row": None, "message": message} in warnings


# --- 8: short Rupiah and percentages at the edges ---------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "id_text", "en_text"),
    [
        (999_950_000, "Rp 1,0 miliar", "Rp 1.0 billion"),
        (999_949_999, "Rp 999,9 juta", "Rp 999.9 million"),
        (999_960_000_000, "Rp 1,0 triliun", "Rp 1.0 trillion"),
        (1_250_000_000, "Rp 1,3 miliar", "Rp 1.3 billion"),
        (1_234_567_000_000_000, "Rp 1.234,6 triliun", "Rp 1,234.6 trillion"),
        (-3_450_000_000, "-Rp 3,5 miliar", "-Rp 3.5 billion"),
        (999_999, "Rp 999.999", "Rp 999,999"),
    ],
)
def test_short_rupiah_rounds_half_up_and_carries_into_the_next_unit(amount, id_text, en_text):
    assert (format_short_rupiah(amount), format_short_rupiah(amount, "en")) == (id_text, en_text)


@pytest.mark.parametrize(
    ("numerator", "denominator", "text"),
    [(1999, 2000, "99,9%"), (2000, 2000, "100,0%"), (1, 3000, "<0,1%"), (0, 3000, "0,0%"), (1, 8, "12,5%"), (1, 1500, "0,1%"), (0, 0, "0,0%")],
)
def test_percent_is_100_only_for_all_and_0_only_for_none(numerator, denominator, text):
    assert format_percent(numerator, denominator) == text
    assert format_percent(numerator, denominator, "en") == text.replace(",", ".")


# --- 9: truth files ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("kind,left,right\n", 'not a truth file: not valid JSON at line 1, column 1 (parser: "Expecting value")'),
        ("[1, 2]", "not a truth file: expected a JSON object with 'files' and 'links', found list"),
        ('{"links": [{"kind": "program", "left": ["a.xlsx", 3]}]}',
         "not a truth file: entry 1 of 'links' is not {'kind', 'left', 'right'} with left and right as [file, sheet, row]"),
    ],
)
def test_evaluate_names_a_bad_truth_file_and_what_is_wrong(files, tmp_path, content, problem):
    truth = tmp_path / "truth.json"
    truth.write_text(content, encoding="utf-8")
    result = _run(["evaluate", files["province"], files["city"], "--truth", str(truth), "--lang", "en"])
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [f"syncheck: error: {truth}: {problem}"]


def test_a_bad_truth_file_is_named_in_indonesian_by_default(files, tmp_path):
    truth = tmp_path / "truth.json"
    truth.write_text('{"links": [{"kind": "program", "left": ["a.xlsx", 3]}]}', encoding="utf-8")
    result = _run(["evaluate", files["province"], files["city"], "--truth", str(truth)])
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        f"syncheck: kesalahan: {truth}: bukan berkas truth: entri 1 pada 'links' bukan {{'kind', 'left', 'right'}} "
        "dengan left dan right berupa [file, sheet, row]"
    ]


def test_evaluate_a_directory_with_a_truth_file_naming_no_files(files, tmp_path):
    truth = tmp_path / "truth.json"
    truth.write_text("{}", encoding="utf-8")
    result = _run(["evaluate", str(tmp_path), "--truth", str(truth)])
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        f"syncheck: kesalahan: {truth}: berkas truth tidak menyebut berkas rencana ('files'); berikan berkas-berkas rencananya, bukan folder"
    ]


# --- 10, 14: output names ---------------------------------------------------------------------------


def test_a_workbook_name_that_is_not_xlsx_is_refused(files, tmp_path):
    result = _run(["compare", files["province"], files["city"], "-o", str(tmp_path / "overlap.csv")])
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [f"syncheck: kesalahan: {tmp_path / 'overlap.csv'}: buku kerja disimpan sebagai berkas .xlsx; beri -o nama berkas yang berakhiran .xlsx"]
    assert not (tmp_path / "overlap.csv").exists()


def test_a_folder_given_as_the_workbook_is_refused_as_a_folder(files, tmp_path):
    (tmp_path / "hasil").mkdir()
    result = _run(["compare", files["province"], files["city"], "-o", str(tmp_path / "hasil")])
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [f"syncheck: kesalahan: {tmp_path / 'hasil'}: jalur keluaran berupa folder; berikan nama "
                                          "berkas (atau '-' untuk keluaran standar bila diizinkan)"]  # fmt: skip


def test_a_missing_output_folder_is_named(files, tmp_path):
    result = _run(["compare", files["province"], files["city"], "-o", str(tmp_path / "nodir" / "a.xlsx"), "--lang", "en"])
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [f"syncheck: error: a.xlsx: the output folder {tmp_path / 'nodir'} does not exist"]


def test_evaluate_thresholds_have_help():
    text = _run(["evaluate", "--help"]).stdout
    assert "Lowest score for a confident link on names alone, as for compare." in " ".join(text.split())
    assert "Lowest score listed for review in the scored run, as for compare." in " ".join(text.split())


# --- 11, 13: workbook title and overlap locations ---------------------------------------------------


def test_summary_title_names_every_province_group_and_overlaps_show_both_locations(files, tmp_path):
    book = tmp_path / "hasil.xlsx"
    order = [files["province"], files["city"], files["other_province"], files["other_city"], "-o", str(book)]
    assert _run(["compare", *order]).exit_code == 0
    workbook = openpyxl.load_workbook(book)
    assert workbook["Ringkasan"]["A1"].value == (
        "Ringkasan sinkronisasi RKPD: Provinsi Contoh 2024 (Kota Contoh); Provinsi Lain 2024 (Kota Lain)"
    )
    overlaps = workbook["Tumpang Tindih"]
    assert [overlaps.cell(1, column).value for column in (7, 13)] == ["Lokasi kiri", "Lokasi kanan"]
    assert [overlaps.cell(2, column).value for column in (1, 4, 7, 13)] == ["Provinsi Contoh", "Kota Contoh", "Kota Contoh", "Kec. Tugu"]


def test_two_province_groups_each_show_their_own_programs_and_unmatched_rows(files, tmp_path):
    book = tmp_path / "hasil.xlsx"
    order = [files["province"], files["city"], files["other_province"], files["other_city"], "-o", str(book)]
    assert _run(["compare", *order]).exit_code == 0
    workbook = openpyxl.load_workbook(book)
    program = "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT"
    assert list(workbook["Matriks Program"].iter_rows(values_only=True)) == [
        ("Provinsi", "Kode program", "Nama program", "Kota Contoh", "Kota Lain", "Jumlah"),
        ("Provinsi Contoh", "1.02.02", program, "\u2713", None, 1),
        ("Provinsi Contoh", "4.01.02", "PROGRAM PENATAAN ORGANISASI", None, None, 0),
        ("Provinsi Lain", "1.02.02", program, None, "\u2713", 1),
        ("Provinsi Lain", "4.01.02", "PROGRAM PENATAAN ORGANISASI", None, None, 0),
    ]
    sides = {row[:2] for row in workbook["Tak Berpasangan"].iter_rows(min_row=2, values_only=True)}
    assert sides == {("Provinsi Contoh", "kiri"), ("Kota Contoh", "kanan"), ("Provinsi Lain", "kiri"), ("Kota Lain", "kanan")}


def test_a_result_of_two_province_groups_has_only_kab_kota_on_the_right(files):
    result = compare([files["province"], files["city"], files["other_province"], files["other_city"]], Options(workers=1))
    assert [[plan.label for plan in group] for group in result.groups] == [["Provinsi Contoh", "Kota Contoh"], ["Provinsi Lain", "Kota Lain"]]
    assert result.left.label == "Provinsi Contoh"
    assert [plan.label for plan in result.rights] == ["Kota Contoh", "Kota Lain"]


def test_per_province_gives_a_province_given_again_its_own_outputs(files, make_workbook, tmp_path):
    revision = make_workbook(PROVINCE[:-1], name="provinsi_contoh_perubahan.xlsx")  # a revision: not the same content
    book, out = tmp_path / "hasil.xlsx", tmp_path / "hasil.json"
    order = [files["province"], files["city"], str(revision), files["other_city"]]
    result = _run(["compare", *order, "-o", str(book), "--json", str(out), "--per-province"])
    assert result.exit_code == 0, result.output
    assert [line for line in result.stdout.splitlines() if "Buku kerja" in line] == [
        f"Buku kerja disimpan di {tmp_path / 'hasil-provinsi-contoh.xlsx'}",
        f"Buku kerja disimpan di {tmp_path / 'hasil-provinsi-contoh-2.xlsx'}",
    ]
    for name, files_read, city in (
        ("hasil-provinsi-contoh", ["provinsi_contoh_2024.xlsx", "kota_contoh_2024.xlsx"], "Kota Contoh"),
        ("hasil-provinsi-contoh-2", ["provinsi_contoh_perubahan.xlsx", "kota_lain_2024.xlsx"], "Kota Lain"),
    ):
        data = json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8"))
        assert [entry["file"] for entry in data["inputs"]] == files_read
        assert openpyxl.load_workbook(tmp_path / f"{name}.xlsx")["Matriks Program"].cell(1, 3).value == city


def test_two_inputs_of_one_base_name_are_told_apart_in_every_reference_and_noted(files, tmp_path):
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "RKPD 2024.xlsx", tmp_path / "b" / "RKPD 2024.xlsx"
    first.write_bytes(open(files["city"], "rb").read())
    second.write_bytes(open(files["other_city"], "rb").read())
    book, out = tmp_path / "hasil.xlsx", tmp_path / "hasil.json"
    result = _run(["compare", files["province"], str(first), str(second), "-o", str(book), "--json", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[:2] == [
        "syncheck: warning: a/RKPD 2024.xlsx: RKPD 2024.xlsx is also the name of 'b/RKPD 2024.xlsx': "
        "this file is named 'a/RKPD 2024.xlsx' in the outputs, so that every row reference names one file",
        "syncheck: warning: b/RKPD 2024.xlsx: RKPD 2024.xlsx is also the name of 'a/RKPD 2024.xlsx': "
        "this file is named 'b/RKPD 2024.xlsx' in the outputs, so that every row reference names one file",
    ]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [(entry["file"], entry["government"]) for entry in data["inputs"]] == [
        ("provinsi_contoh_2024.xlsx", "Provinsi Contoh"), ("a/RKPD 2024.xlsx", "Kota Contoh"), ("b/RKPD 2024.xlsx", "Kota Lain"),
    ]  # fmt: skip
    assert sorted({(link["right"]["file"], link["right"]["row"]) for link in data["links"] if link["kind"] == "program"}) == [
        ("a/RKPD 2024.xlsx", 6), ("b/RKPD 2024.xlsx", 6),
    ]  # fmt: skip
    sources = {row[14] for row in openpyxl.load_workbook(book)["Program links"].iter_rows(min_row=2, values_only=True)}
    assert sources == {"a/RKPD 2024.xlsx!Sheet1!6", "b/RKPD 2024.xlsx!Sheet1!6"}


def test_the_other_inputs_of_one_base_name_are_named_in_order_of_their_labels(files, make_workbook, tmp_path):
    # a revision of the city's plan (not a copy: a byte copy is compared once)
    files["revised_city"] = str(make_workbook(CITY + [[None, "Catatan: revisi"]], name="kota_contoh_2024_revisi.xlsx"))
    paths = []
    for folder, source in (("c", "city"), ("a", "other_city"), ("b", "revised_city")):
        (tmp_path / folder).mkdir()
        paths.append(tmp_path / folder / "RKPD 2024.xlsx")
        paths[-1].write_bytes(open(files[source], "rb").read())
    result = _run(["compare", files["province"], *map(str, paths), "--lang", "en"])
    assert result.exit_code == 0, result.output
    notes = [line for line in result.stderr.splitlines() if "is also the name of" in line]
    # before: the others in the order the files were given ('c/...', 'a/...' for b)
    assert [line.split(" is also the name of ")[1].split(": ")[0] for line in notes] == [
        "'a/RKPD 2024.xlsx', 'b/RKPD 2024.xlsx'", "'b/RKPD 2024.xlsx', 'c/RKPD 2024.xlsx'", "'a/RKPD 2024.xlsx', 'c/RKPD 2024.xlsx'"]


def test_file_labels_add_only_the_path_parts_that_tell_two_base_names_apart(tmp_path):
    from syncheck.file_labels import file_labels

    paths = [tmp_path / "x" / "a" / "R.xlsx", tmp_path / "y" / "a" / "R.xlsx", tmp_path / "S.xlsx", tmp_path / "S.xlsx", tmp_path / "T.xlsx"]
    assert file_labels([str(path) for path in paths]) == ["x/a/R.xlsx", "y/a/R.xlsx", "S.xlsx", "S.xlsx", "T.xlsx"]


def test_the_console_table_names_the_province_of_each_row_when_the_run_has_several(files):
    result = _run(["compare", files["province"], files["city"], files["other_province"], files["other_city"], "--lang", "en"])
    assert result.exit_code == 0, result.output
    table = result.stdout.split("\n\n")[-1].splitlines()
    assert table[0].split() == ["Province", "Kab/kota", "Kind", "Total", "Same", "%", "Identical", "Similar", "Counterpart", "Review"]
    assert [row.split("  ")[0] for row in table[2:]] == ["Provinsi Contoh"] * 3 + ["Provinsi Lain"] * 3
    # one province: its name is in every sentence above, the table needs no column for it
    single = _run(["compare", files["province"], files["city"], "--lang", "en"]).stdout.split("\n\n")[-1].splitlines()
    assert single[0].split()[0] == "Kab/kota"


def test_a_file_named_after_another_kab_kota_than_its_title_is_said(files, make_workbook):
    batu = [["RENCANA KERJA PEMERINTAH DAERAH"], ["KOTA BATU"], ["TAHUN 2024"], []] + CITY[4:]
    misnamed = str(make_workbook(batu, name="kota_malang_2024.xlsx"))  # Kota Batu's plan under Kota Malang's name
    result = _run(["compare", files["province"], misnamed, "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == (
        "syncheck: warning: kota_malang_2024.xlsx: the file name names Kota Malang, the title rows Kota Batu: read as "
        "Kota Batu (--name FILE=NAME says otherwise)")
    # a file name with more than the government ('_dinkes') or none of the list names no other kab/kota
    for name in ("kota_contoh_2024_dinkes.xlsx", "rkpd_2024.xlsx"):
        assert _run(["compare", files["province"], str(make_workbook(CITY, name=name)), "--lang", "en"]).stderr == ""
    # another name of the same kab/kota (a short or former name) names no other
    yogyakarta = [["RENCANA KERJA PEMERINTAH DAERAH"], ["KOTA YOGYAKARTA"], ["TAHUN 2024"], []] + CITY[4:]
    jogja = _run(["compare", files["province"], str(make_workbook(yogyakarta, name="kota_jogja_2024.xlsx")), "--lang", "en"])
    assert "file name names" not in jogja.stderr


@pytest.mark.parametrize("per_province", [[], ["--per-province"]])
def test_every_file_read_moves_the_progress_bar_per_province_too(files, tmp_path, monkeypatch, per_province):
    read: list[str] = []

    @contextlib.contextmanager
    def bar(count):
        yield read.append

    monkeypatch.setattr("syncheck.cli._reading_bar", bar)
    order = [files["province"], files["city"], files["other_province"], files["other_city"]]
    assert _run(["compare", *order, "-o", str(tmp_path / "hasil.xlsx"), *per_province]).exit_code == 0
    assert sorted(read) == sorted(order)
