"""Every generated hostile file through `inspect`, `validate` and `compare`: exit 0 or 3, one line, no traceback."""

from __future__ import annotations

import os
import traceback
from pathlib import Path

import pytest

from support import load_make_hostile, make_runner, time_limit, unkeyed
from syncheck.cli import main
from syncheck.errors import SyncheckError
from syncheck.nomenclature_load import load_master
from syncheck.readers import read_plan

TIMEOUT_SECONDS = 20
mh = load_make_hostile()
NAMES = sorted(mh.CASES)
# files too slow to read three times over (none since the rows far below row_million.xlsx's table are left out unread)
HEAVY: set[str] = set()
LIGHT = [name for name in NAMES if name not in HEAVY]

MASTER = [
    ("urusan", "1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", ""),
    ("bidang_urusan", "1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN", "1"),
    ("bidang_urusan", "1.03", "URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG", "1"),
    ("program", "1.02.02", mh.ROWS[0][1], "1.02"),
    ("kegiatan", "1.02.02.2.01", mh.ROWS[1][1], "1.02.02"),
    ("sub_kegiatan", "1.02.02.2.01.01", mh.ROWS[2][1], "1.02.02.2.01"),
    ("sub_kegiatan", "1.02.02.2.01.02", mh.ROWS[3][1], "1.02.02.2.01"),
    ("sub_kegiatan", "1.02.02.2.01.03", mh.ROWS[4][1], "1.02.02.2.01"),
    ("program", "1.03.03", mh.ROWS[5][1], "1.03"),
    ("kegiatan", "1.03.03.2.01", mh.ROWS[6][1], "1.03.03"),
    ("sub_kegiatan", "1.03.03.2.01.01", mh.ROWS[7][1], "1.03.03.2.01"),
] + [("sub_kegiatan", f"1.02.02.2.01.{n:02d}", f"Sub Kegiatan Contoh Nomor {n}", "1.02.02.2.01") for n in range(4, 16)]


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> dict[str, str]:
    """A sound province plan, a sound kota plan and a small nomenclature list."""
    directory = tmp_path_factory.mktemp("good")
    province = mh.rkpd_workbook()
    province.active["B2"] = "PROVINSI CONTOH"
    province.save(directory / "provinsi_contoh_2024.xlsx")
    # the hostile files' sound workbooks are its bytes under other names: a sheet name of its own keeps it no copy of
    # theirs (a byte copy of an input is compared once)
    kota = mh.rkpd_workbook()
    kota.active.title = "RKPD Kota"
    kota.save(directory / "kota_lain_2024.xlsx")
    lines = ["kind,code,name,level,parent_code,status"]
    lines += [f'{kind},{code},"{name}",kabkota,{parent},aktif' for kind, code, name, parent in MASTER]
    (directory / "master.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {key: str(directory / name) for key, name in
            (("province", "provinsi_contoh_2024.xlsx"), ("kota", "kota_lain_2024.xlsx"), ("master", "master.csv"))}


def run_cli(name: str, args: list[str]):
    """Invoke syncheck with args under a time limit; fail on a crash, a hang or a traceback."""
    case = mh.CASES[name]
    with time_limit(TIMEOUT_SECONDS, f"syncheck {args[0]} {name}"):
        result = make_runner().invoke(main, args)
    if isinstance(result.exception, TimeoutError):
        pytest.fail(f"{name} ({case.description}): {result.exception}")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        crash = "".join(traceback.format_exception(*result.exc_info))
        pytest.fail(f"{name} ({case.description}) raised instead of exiting cleanly:\n{crash}")
    assert "Traceback" not in result.stdout and "Traceback" not in result.stderr, name
    return result


def check_outcome(name: str, result, expected: str | None = None) -> None:
    """Exit 0 for a file that parses; exit 3 and one stderr line naming the file for one that does not."""
    case = mh.CASES[name]
    expected = expected or case.outcome
    want = 0 if expected == "ok" else 3
    assert result.exit_code == want, (
        f"{name} ({case.description}): exit {result.exit_code}, expected {want}\n{result.stdout}{result.stderr}"
    )
    if expected == "error":
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, f"{name}: expected one line on stderr, got {lines!r}"
        assert lines[0].startswith("syncheck: kesalahan: ") and name in lines[0], f"{name}: {lines[0]!r}"  # --lang id, the default


@pytest.mark.parametrize("name", NAMES)
def test_inspect_hostile_file(hostile, name):
    result = run_cli(name, ["inspect", str(hostile / name)])
    check_outcome(name, result, "ok" if mh.CASES[name].inspected else None)
    assert mh.CASES[name].inspected == ("menolak berkas ini" in result.stdout), name  # (a plan with no item, shown)


@pytest.mark.parametrize("name", LIGHT)
def test_validate_hostile_plan(hostile, good, name):
    check_outcome(name, run_cli(name, ["validate", str(hostile / name), "--nomenclature", good["master"]]))


@pytest.mark.parametrize("name", LIGHT)
def test_validate_hostile_file_as_nomenclature(hostile, good, name):
    result = run_cli(name, ["validate", good["kota"], "--nomenclature", str(hostile / name)])
    check_outcome(name, result, "error")  # no hostile file is a nomenclature list


@pytest.mark.parametrize("name", [name for name in LIGHT if mh.CASES[name].outcome == "error"])
def test_every_refusal_is_a_catalogue_text_in_both_languages(hostile, name):
    for read in (read_plan, load_master):
        with pytest.raises(SyncheckError) as caught:
            read(str(hostile / name))
        assert unkeyed(caught.value.message) == [], (name, read.__name__)
        assert caught.value.in_language("id") != str(caught.value), (name, read.__name__)


@pytest.mark.parametrize("name", LIGHT)
def test_compare_hostile_file_as_kab_kota(hostile, good, name, tmp_path):
    out = tmp_path / "hasil.xlsx"
    result = run_cli(name, ["compare", good["province"], str(hostile / name), "-o", str(out), "--json", "-"])
    check_outcome(name, result)
    assert out.exists() == (mh.CASES[name].outcome == "ok")


@pytest.mark.parametrize("name", LIGHT)
def test_compare_hostile_file_as_province(hostile, good, name):
    check_outcome(name, run_cli(name, ["compare", str(hostile / name), good["kota"]]))


def special_paths(directory: Path) -> dict[str, Path]:
    """Paths that are not spreadsheet files at all: a directory, a FIFO, a symlink loop, a dangling link."""
    paths = {"folder.xlsx": directory / "folder.xlsx", "pipe.csv": directory / "pipe.csv",
             "loop.xlsx": directory / "loop.xlsx", "dangling.xlsx": directory / "dangling.xlsx"}
    paths["folder.xlsx"].mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(paths["pipe.csv"])
    else:
        paths.pop("pipe.csv")
    paths["loop.xlsx"].symlink_to(directory / "loop2.xlsx")
    (directory / "loop2.xlsx").symlink_to(paths["loop.xlsx"])
    paths["dangling.xlsx"].symlink_to(directory / "gone.xlsx")
    return paths


@pytest.mark.parametrize("command", ["inspect", "validate", "compare-left", "compare-right"])
def test_paths_that_are_not_files(tmp_path, good, command):
    for name, path in special_paths(tmp_path).items():
        args = {
            "inspect": ["inspect", str(path)],
            "validate": ["validate", str(path), "--nomenclature", good["master"]],
            "compare-left": ["compare", str(path), good["kota"]],
            "compare-right": ["compare", good["province"], str(path)],
        }[command]
        with time_limit(TIMEOUT_SECONDS, f"{command} {name}"):
            result = make_runner().invoke(main, args)
        lines = result.stderr.strip().splitlines()
        assert result.exit_code == 3 and len(lines) == 1 and name in lines[0], (name, result.stderr)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "rahasia.xlsx"
    path.write_bytes(mh.workbook_bytes())
    path.chmod(0)
    result = make_runner().invoke(main, ["inspect", str(path)])
    assert result.exit_code == 3 and result.stderr == "syncheck: kesalahan: rahasia.xlsx: akses ditolak\n"
    english = make_runner().invoke(main, ["inspect", str(path), "--lang", "en"])
    assert english.exit_code == 3 and english.stderr == "syncheck: error: rahasia.xlsx: permission denied\n"


def test_file_name_with_control_characters_stays_one_line(tmp_path):
    path = tmp_path / "kab\nbaris\x1b[2J.xlsx"
    path.write_bytes(b"")
    result = make_runner().invoke(main, ["inspect", str(path)])
    assert result.exit_code == 3
    assert result.stderr == "syncheck: kesalahan: kab baris?[2J.xlsx: berkas kosong (0 bita)\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        # click's own usage errors in the language the command line asks for (Indonesian by default)
        (["inspect"], "syncheck: kesalahan: argumen 'FILES...' belum diberikan"),
        (["inspect", "--lang", "en"], "syncheck: error: missing argument 'FILES...'"),
        (["compare", "a.xlsx", "b.xlsx", "--zzz"], "syncheck: kesalahan: opsi --zzz tidak dikenal"),
        (["compare", "a.xlsx", "b.xlsx", "--lang=en", "--zzz"], "syncheck: error: unknown option --zzz"),
        (["compare", "a.xlsx", "b.xlsx", "--threshhold", "50"],
         "syncheck: kesalahan: opsi --threshhold tidak dikenal; mungkin maksudnya: --review-threshold, --threshold"),
        (["validate", "a.xlsx"], "syncheck: kesalahan: opsi --nomenclature belum diberikan"),
        (["validate", "a.xlsx", "--lang", "en"], "syncheck: error: missing option --nomenclature"),
        (["comapre", "a.xlsx"], "syncheck: kesalahan: tidak ada perintah 'comapre'; mungkin maksudnya: compare"),
        (["comapre", "a.xlsx", "--lang", "en"], "syncheck: error: no command 'comapre'; perhaps: compare"),
        (["zzz"], "syncheck: kesalahan: tidak ada perintah 'zzz'; perintahnya: audit, compare, evaluate, inspect, validate"),
        # click's other errors as click words them
        (["compare", "a.xlsx", "--lang", "xx"], "syncheck: error: Invalid value for '--lang': 'xx' is not one of 'id', 'en'."),
        # the command's own checks speak its language
        (["compare", "a.xlsx"], "syncheck: kesalahan: compare memerlukan satu berkas provinsi dan sedikitnya satu berkas kabupaten/kota"),
        (["compare", "a.xlsx", "--lang", "en"], "syncheck: error: compare needs a province file and at least one kabupaten/kota file"),
        (["compare", "a.xlsx", "b.xlsx", "--threshold", "50"], "syncheck: kesalahan: Nilai tidak sah: --review-threshold tidak boleh melebihi --threshold"),
        (["compare", "a.xlsx", "b.xlsx", "--threshold", "50", "--lang", "en"], "syncheck: error: Invalid value: --review-threshold must not exceed --threshold"),
    ],
)
def test_bad_arguments_are_one_line_exit_3(args, message):
    result = make_runner().invoke(main, args)
    assert result.exit_code == 3 and result.stderr == f"{message}\n"


def test_bare_command_shows_help():
    result = make_runner().invoke(main, [])
    assert result.exit_code == 0 and result.stdout.startswith("Usage: ") and "compare" in result.stdout


def test_a_readers_english_words_come_after_the_indonesian_message_as_its_technical_detail(hostile):
    result = run_cli("fake_biff.xls", ["inspect", str(hostile / "fake_biff.xls")])
    assert result.exit_code == 3
    assert result.stderr.startswith("syncheck: kesalahan: fake_biff.xls: buku kerja rusak atau bukan lembar kerja (rincian teknis: ")
    english = run_cli("fake_biff.xls", ["inspect", str(hostile / "fake_biff.xls"), "--lang", "en"])
    assert "workbook is corrupt or not a spreadsheet (technical detail: " in english.stderr
