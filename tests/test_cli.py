"""The command line: exact text, exit codes, one-line errors, outputs read back."""

from __future__ import annotations

import json

import openpyxl
from click.testing import CliRunner

from syncheck.cli import main
from support import TITLE

HEADER = [["Kode", "Program/ Kegiatan/ Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]]
PROVINCE = [["RENCANA KERJA PEMERINTAH DAERAH"], ["PROVINSI CONTOH"], ["TAHUN 2024"], []] + HEADER + [
    ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", None, 300, "DINAS KESEHATAN"],
    ["1.02.02.1.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Provinsi", None, 300, "DINAS KESEHATAN"],
    ["1.02.02.1.01.01", "Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya", "Kota Contoh", 200, "DINAS KESEHATAN"],
    ["1.02.02.1.01.02", "@SUM(1+1)*cmd|' /C calc'!A0", "Provinsi Contoh", 100, "DINAS KESEHATAN"],
    ["4.01.02", "PROGRAM PENATAAN ORGANISASI", None, 50, "SEKRETARIAT DAERAH"],
]
CITY = TITLE + HEADER + [
    ["1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan & Upaya Kesehatan Masyarakat", None, 70, "DINAS KESEHATAN"],
    ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kab/Kota", None, 70, "DINAS KESEHATAN"],
    ["1.02.02.2.01.01", "Pemb. Rumah Sakit beserta Sarana dan Prasarana Pendukungnya (Lanjutan)", "Kec. Tugu", 70, "DINAS KESEHATAN"],
    ["4.01.02", "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT", None, 10, "SEKRETARIAT DAERAH"],
]


def _pair(make_workbook):
    return str(make_workbook(PROVINCE, name="provinsi_contoh_2024.xlsx")), str(make_workbook(CITY, name="kota_contoh_2024.xlsx"))


def test_compare_prints_headlines_in_english(make_workbook):
    province, city = _pair(make_workbook)
    result = CliRunner().invoke(main, ["compare", province, city, "--lang", "en"])
    assert result.exit_code == 0, result.output
    # a heading names the province plan and its year: a block copied into a report still says whose plan it is
    assert result.output.splitlines()[:6] == [
        "Provinsi Contoh 2024: 1 kab/kota",
        "",
        "2 programs are run by the province; 1 of them (50.0%) is the same as a program of Kota Contoh.",
        "1 activity is run by the province; 1 of them (100.0%) is the same as an activity of Kota Contoh.",
        "2 sub-activities are run by the province; 1 of them (50.0%) is the same as a sub-activity of Kota Contoh.",
        "Rp 200 of province budget overlaps with Kota Contoh (1 sub-activity).",
    ]


def test_compare_prints_headlines_in_indonesian(make_workbook):
    province, city = _pair(make_workbook)
    result = CliRunner().invoke(main, ["compare", province, city])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "Provinsi Contoh 2024: 1 kabupaten/kota"
    assert result.output.splitlines()[2] == "2 program dilaksanakan provinsi; 1 di antaranya (50,0%) sama dengan program Kota Contoh."


def test_compare_says_on_stderr_how_many_warnings_the_rows_drew_and_where_they_are_listed(make_workbook, tmp_path):
    province = str(make_workbook(PROVINCE, name="provinsi_contoh_2024.xlsx"))
    city = str(make_workbook(CITY + [[None, "Pembangunan Puskesmas", "Kec. Tugu", 5, "DINAS KESEHATAN"]], name="kota_contoh_2024.xlsx"))
    lines = {}
    for where, args in (("above", []), ("workbook", ["-o", str(tmp_path / "o.xlsx")]), ("json", ["--json", "-"]), ("id", ["--lang", "id"])):
        result = CliRunner().invoke(main, ["compare", province, city, "--lang", "en", *args])
        assert result.exit_code == 0, result.output
        lines[where] = result.stderr.splitlines()
    assert lines["above"] == ["syncheck: 1 warning(s) about the input rows: write them out with -o FILE.xlsx or --json FILE, or list them with syncheck inspect"]
    assert lines["workbook"] == [f"syncheck: 1 warning(s) about the input rows, listed on the 'Warnings' sheet of {tmp_path / 'o.xlsx'}"]
    assert lines["json"] == ['syncheck: 1 warning(s) about the input rows, listed under "warnings" in the JSON']
    assert lines["id"] == [
        "syncheck: 1 peringatan tentang baris berkas masukan: simpan ke berkas dengan -o BERKAS.xlsx atau --json BERKAS, "
        "atau tampilkan dengan syncheck inspect"
    ]
    clean = CliRunner().invoke(main, ["compare", *_pair(make_workbook)])
    assert clean.exit_code == 0 and clean.stderr == ""


def test_compare_writes_json_and_workbook(make_workbook, tmp_path):
    province, city = _pair(make_workbook)
    out_json, out_xlsx = tmp_path / "hasil.json", tmp_path / "hasil.xlsx"
    result = CliRunner().invoke(main, ["compare", province, city, "--json", str(out_json), "-o", str(out_xlsx)])
    assert result.exit_code == 0, result.output
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert data["schema"] == 1 and [i["file"] for i in data["inputs"]] == ["provinsi_contoh_2024.xlsx", "kota_contoh_2024.xlsx"]
    program = next(s for s in data["summary"] if s["kind"] == "program")
    assert (program["left_total"], program["same"]) == (2, 1)
    relations = {(l["kind"], l["left"]["code"], l["right"]["code"]): l["relation"] for l in data["links"]}
    assert relations[("program", "1.02.02", "1.02.02")] == "identical"
    assert ("program", "4.01.02", "4.01.02") not in relations or relations[("program", "4.01.02", "4.01.02")] == "review"
    assert relations[("sub_kegiatan", "1.02.02.1.01.01", "1.02.02.2.01.01")] == "identical"
    assert data["overlaps"] == [{"left": {"file": "provinsi_contoh_2024.xlsx", "sheet": "Sheet1", "row": 8},
                                 "right": {"file": "kota_contoh_2024.xlsx", "sheet": "Sheet1", "row": 8},
                                 "location": "Kota Contoh", "left_budget": 200, "right_budget": 70, "shared_by": 1,
                                 "left_budget_stated": True, "right_budget_stated": True,
                                 "left_budget_counted": 200, "right_budget_counted": 70, "left_budget_counted_run": 200,
                                 "left_budget_by_place": False, "right_budget_by_place": False,
                                 "right_funded_by_province": False}]
    workbook = openpyxl.load_workbook(out_xlsx)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate)


def test_json_is_byte_identical_between_runs(make_workbook, tmp_path):
    province, city = _pair(make_workbook)
    outputs = []
    for name in ("a.json", "b.json"):
        result = CliRunner().invoke(main, ["compare", province, city, "--json", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]


def test_inspect_text_and_json(make_workbook):
    city = str(make_workbook(CITY, name="kota_contoh_2024.xlsx"))
    result = CliRunner().invoke(main, ["inspect", city, "--lang", "en"])
    assert result.exit_code == 0
    assert result.output.splitlines()[:2] == ["kota_contoh_2024.xlsx", "  government: Kota Contoh (kota), year 2024"]
    assert "  items: 0 urusan, 0 bidang urusan, 2 program, 1 kegiatan, 1 sub kegiatan" in result.output
    assert "  sub kegiatan budget: Rp 70" in result.output
    assert "  rows: 9 read = 4 items + 5 skipped (blank 1, header 1, title 3)" in result.output
    data = json.loads(CliRunner().invoke(main, ["inspect", city, "--json"]).output)
    assert data["inputs"][0]["counts"]["program"] == 2 and data["inputs"][0]["rows_read"] == 9


def test_unreadable_input_one_line_exit_3(tmp_path):
    bad = tmp_path / "laporan.xlsx"
    bad.write_text("<html>bukan excel</html>")
    result = CliRunner().invoke(main, ["inspect", str(bad)])
    assert result.exit_code == 3
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line]
    assert lines == ["syncheck: kesalahan: laporan.xlsx: berkas berupa halaman HTML tanpa tabel data, bukan ekspor lembar kerja"]


def test_output_equal_to_input_is_refused(make_workbook):
    province, city = _pair(make_workbook)
    result = CliRunner().invoke(main, ["compare", province, city, "-o", city])
    assert result.exit_code == 3 and "kota_contoh_2024.xlsx" in result.output


def test_json_that_cannot_be_written_beside_the_workbook_is_one_line_exit_3(make_workbook, tmp_path):
    province, city = _pair(make_workbook)
    # /proc exists but takes no new file: the JSON fails while the workbook is written beside it
    workbook, json_path = tmp_path / "overlap.xlsx", "/proc/result.json"
    result = CliRunner().invoke(main, ["compare", province, city, "-o", str(workbook), "--json", json_path])
    assert result.exit_code == 3
    lines = [line for line in result.output.splitlines() if line]
    assert len(lines) == 1 and lines[0].startswith("syncheck: kesalahan: result.json: berkas keluaran tidak dapat ditulis")
    assert workbook.exists()  # written side by side, so it is there although the JSON failed


def test_an_output_in_a_missing_folder_is_refused_before_any_work(make_workbook, tmp_path):
    province, city = _pair(make_workbook)
    workbook, json_path = tmp_path / "overlap.xlsx", tmp_path / "missing" / "result.json"
    result = CliRunner().invoke(main, ["compare", province, city, "-o", str(workbook), "--json", str(json_path)])
    assert result.exit_code == 3
    assert [line for line in result.output.splitlines() if line] == [
        f"syncheck: kesalahan: result.json: folder keluaran {tmp_path / 'missing'} tidak ada"
    ]
    assert not workbook.exists()


def test_the_program_exits_with_the_commands_status_and_all_its_output(make_workbook, tmp_path):
    import os
    import subprocess
    import sys

    def program(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "syncheck", *args], capture_output=True, text=True, timeout=120)

    province, city = _pair(make_workbook)
    done = program("compare", province, city, "--json", "-")
    assert done.returncode == 0 and json.loads(done.stdout)["inputs"][0]["file"] == "provinsi_contoh_2024.xlsx"  # all flushed
    done = program("compare", str(tmp_path / "missing.xlsx"), city)
    assert (done.returncode, done.stderr) == (3, "syncheck: kesalahan: missing.xlsx: berkas tidak ditemukan\n")
    done = program("--version")
    assert (done.returncode, done.stdout.split()[0]) == (0, "syncheck,")
    # with no stdout at all (a scheduled job with its output closed) the exit status stays the command's
    closed = subprocess.run([sys.executable, "-m", "syncheck", "--version"], capture_output=False, stderr=subprocess.PIPE,
                            text=True, timeout=120, preexec_fn=lambda: os.close(1))  # fmt: skip
    assert (closed.returncode, closed.stderr) == (0, "")


def test_the_program_leaves_a_compared_result_to_its_exit_and_a_caller_frees_its_own(make_workbook, tmp_path, monkeypatch):
    import contextlib
    import sys

    from syncheck import cli

    province, city = _pair(make_workbook)
    exits: list[int] = []
    real_os = cli.os  # only cli's own exit is replaced: forked workers still end with the real one
    monkeypatch.setattr(cli, "os", type("Os", (), {"__getattr__": lambda _, name: getattr(real_os, name), "_exit": staticmethod(exits.append)})())
    monkeypatch.setattr(cli, "_LEFT_FOR_EXIT", None)
    monkeypatch.setattr(sys, "argv", ["syncheck", "compare", province, city, "--json", str(tmp_path / "result.json")])
    with contextlib.suppress(SystemExit):  # under coverage run() ends with sys.exit
        cli.run()
    # freeing a province run's result when the command returns costs a third of a second: the exit drops it
    [view] = cli._LEFT_FOR_EXIT
    assert [link.left.name for link in view.result.links][:1] == [PROVINCE[5][1]]
    assert exits in ([0], [])
    monkeypatch.setattr(cli, "_LEFT_FOR_EXIT", None)
    assert CliRunner().invoke(main, ["compare", province, city]).exit_code == 0
    assert cli._LEFT_FOR_EXIT is None  # a library or test caller's results are not kept


def test_a_bad_file_among_two_large_ones_is_one_line_exit_3(make_workbook, tmp_path, monkeypatch):
    from syncheck import pipeline

    monkeypatch.setattr(pipeline, "PARALLEL_READ_BYTES", 0)  # two files count as large: read by a forked process
    province, _ = _pair(make_workbook)
    broken = tmp_path / "kota_rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    result = CliRunner().invoke(main, ["compare", province, str(broken)])
    assert result.exit_code == 3
    assert result.output.startswith("syncheck: kesalahan: kota_rusak.xlsx: ") and result.output.count("\n") == 1


def test_two_large_files_read_by_a_forked_process_give_the_same_result(make_workbook, monkeypatch):
    from syncheck import pipeline

    files = list(_pair(make_workbook))
    alone = CliRunner().invoke(main, ["compare", *files, "--json", "-"])
    monkeypatch.setattr(pipeline, "PARALLEL_READ_BYTES", 0)
    forked = CliRunner().invoke(main, ["compare", *files, "--json", "-"])
    assert alone.exit_code == forked.exit_code == 0 and forked.output == alone.output
