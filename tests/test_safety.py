"""syncheck.safety on generated hostile files: refuse bad input early, write outputs safely."""

from __future__ import annotations

import errno
import io
import os
import random
import stat
import struct
import time
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from syncheck import extent, safety
from syncheck.errors import InputFileError, OutputError, UsageError
from support import load_make_hostile, read_stream, stream_names, text_encoding

mh = load_make_hostile()
REFUSED = sorted(name for name, case in mh.CASES.items() if case.stage == "safety")
PASSED = sorted(name for name, case in mh.CASES.items() if case.stage != "safety")


def refused(path: Path | str) -> InputFileError:
    """The InputFileError check_input_file raises for path (fails the test if none)."""
    with pytest.raises(InputFileError) as info:
        safety.check_input_file(str(path))
    return info.value


def test_generator_makes_enough_described_cases(hostile):
    files = mh.make_all(str(hostile))
    assert len(files) >= 25
    assert set(files) == set(mh.CASES) == {p.name for p in hostile.iterdir()}
    for name, case in mh.CASES.items():
        assert case.description and case.outcome in ("ok", "error"), name
        assert case.stage in (("safety", "reader") if case.outcome == "error" else ("",)), name


@pytest.mark.parametrize("name", REFUSED)
def test_hostile_file_is_refused_in_one_line_naming_the_file(hostile, name):
    error = refused(hostile / name)
    text = str(error)
    assert error.file == name and error.exit_code == 3
    assert text.startswith(f"{name}: ") and "\n" not in text and len(text) < 200


@pytest.mark.parametrize("name", PASSED)
def test_parseable_file_passes_with_its_format(hostile, name):
    ext = Path(name).suffix
    expected = {".csv": "csv", ".ods": "ods", ".xls": "xls"}.get(ext, "xlsx") if name != "really_xlsx.xls" else "xlsx"
    expected = "html" if name.startswith("html_") else expected  # told by content, whatever the name
    assert safety.check_input_file(str(hostile / name)) == expected


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("zero_byte.xlsx", "empty"),
        ("truncated.xlsx", "corrupt or truncated"),
        ("csv_as.xlsx", "looks like CSV"),
        ("encrypted.xlsx", "password-protected"),
        ("billion_laughs.xlsx", "workbook contains XML entity declarations (refused for safety)"),
        ("xxe.xlsx", "workbook contains XML entity declarations (refused for safety)"),
        ("zip_bomb.xlsx", "unpack to"),
        ("ratio_bomb.xlsx", "200:1"),
        ("many_members.xlsx", "more than the 10,000"),
        ("no_workbook_xml.xlsx", "not an Excel workbook"),
        ("garbage.csv", "binary"),
        ("word_as.xls", "Word document"),
        ("doctype_plain.xlsx", "declares an XML DOCTYPE"),
        ("giant_sheet.xlsx", "spans 1,048,576 rows by 17 columns, too large to read"),
        ("far_corner.xls", "sheet 'RKPD' spans 65,536 rows by 65,536 columns"),
        ("dimension_lie.xls", "spans 4,294,967,295 rows"),
        ("repeat_bomb.ods", "sheet 'RKPD' spans 1,048,513 rows by 16,384 columns"),
    ],
)
def test_message_says_what_is_wrong(hostile, name, words):
    assert words in str(refused(hostile / name))


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("id", "syncheck: kesalahan: giant_sheet.xlsx: bagian 'xl/worksheets/sheet1.xml' membentang 1.048.576 baris kali 17 kolom, "
               "terlalu besar untuk dibaca (hapus sel nyasar yang jauh dari tabel)"),
        ("en", "syncheck: error: giant_sheet.xlsx: part 'xl/worksheets/sheet1.xml' spans 1,048,576 rows by 17 columns, "
               "too large to read (delete stray cells far from the table)"),
    ],
)  # fmt: skip
def test_a_sheet_too_large_is_named_with_the_languages_thousands_separator(hostile, lang, line):
    from click.testing import CliRunner

    from syncheck.cli import main

    result = CliRunner().invoke(main, ["inspect", str(hostile / "giant_sheet.xlsx"), "--lang", lang])
    assert result.exit_code == 3
    assert result.output.splitlines() == [line]


def test_missing_file_and_directory(tmp_path):
    assert str(refused(tmp_path / "gone.xlsx")) == "gone.xlsx: file not found"
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    assert "directory" in str(refused(folder))


def test_size_limit_from_environment(hostile, monkeypatch):
    monkeypatch.setenv("SYNCHECK_MAX_FILE_MB", "0.001")
    assert "SYNCHECK_MAX_FILE_MB" in str(refused(hostile / "really_xlsx.xls"))
    monkeypatch.setenv("SYNCHECK_MAX_FILE_MB", "lots")
    with pytest.raises(UsageError):
        safety.check_input_file(str(hostile / "really_xlsx.xls"))
    monkeypatch.setenv("SYNCHECK_MAX_FILE_MB", "500")
    assert safety.max_file_bytes() == 500 * 1024 * 1024


@pytest.mark.parametrize(
    "name", ["zip_bomb.xlsx", "ratio_bomb.xlsx", "many_members.xlsx", "giant_sheet.xlsx", "far_corner.xls", "repeat_bomb.ods"]
)
def test_bomb_check_is_fast_and_small(hostile, name):
    tracemalloc.start()
    started = time.perf_counter()
    try:
        refused(hostile / name)
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert elapsed < 30.0  # a hang guard, not a speed claim (shared machines are noisy)
    assert peak < 32 * 1024 * 1024


def test_zip_bomb_file_is_small_but_declares_over_a_gigabyte(hostile):
    path = hostile / "zip_bomb.xlsx"
    assert path.stat().st_size < 2 * 1024 * 1024
    with zipfile.ZipFile(path) as archive:
        assert sum(info.file_size for info in archive.infolist()) > 1024**3


def _zip(path: Path, parts: dict[str, bytes]) -> Path:
    """Write parts as a zip file and return its path."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_entity_declaration_in_utf16_part_is_refused(tmp_path):
    parts = mh.workbook_parts()
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    declared = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]>'
    parts["xl/worksheets/sheet1.xml"] = (declared + sheet).encode("utf-16")
    assert "entity" in str(refused(_zip(tmp_path / "u16.xlsx", parts)))


def test_doctype_hidden_behind_a_long_comment_is_refused(tmp_path):
    parts = mh.workbook_parts()
    padding = b"<!--" + b" " * (safety.XML_SCAN_BYTES + 10) + b"-->"
    parts["xl/styles.xml"] = padding + b'<!DOCTYPE x [<!ENTITY a "b">]>' + parts["xl/styles.xml"]
    assert "refused for safety" in str(refused(_zip(tmp_path / "padded.xlsx", parts)))


def test_ods_docx_and_truncated_ole(tmp_path):
    ods = _zip(tmp_path / "plan.ods", {"mimetype": safety.ODS_MIME, "content.xml": b"<a/>"})
    assert safety.check_input_file(str(ods)) == "ods"
    docx = _zip(tmp_path / "plan.xlsx", {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"})
    assert "not an Excel workbook" in str(refused(docx))
    whole = mh.cfb({"EncryptionInfo": b"x", "EncryptedPackage": b"y"})
    (tmp_path / "cut.xlsx").write_bytes(whole[:700])
    assert "corrupt or truncated" in str(refused(tmp_path / "cut.xlsx"))


def test_workbook_named_by_content_type_is_accepted(tmp_path):
    parts = mh.workbook_parts()
    parts["xl/book.xml"] = parts.pop("xl/workbook.xml")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"/xl/workbook.xml", b"/xl/book.xml")
    assert safety.check_input_file(str(_zip(tmp_path / "odd.xlsx", parts))) == "xlsx"


def test_magic_bytes_win_over_extension(hostile, tmp_path):
    assert safety.check_input_file(str(hostile / "really_xlsx.xls")) == "xlsx"
    (tmp_path / "plan.csv").write_bytes(mh.workbook_bytes())
    assert safety.check_input_file(str(tmp_path / "plan.csv")) == "xlsx"
    (tmp_path / "plan.pdf").write_text("Kode,Nama\n", encoding="utf-8")
    assert "unsupported file type" in str(refused(tmp_path / "plan.pdf"))


def test_text_encoding(hostile):
    expected = {"cp1252_semicolon.csv": "cp1252", "utf8_bom.csv": "utf-8-sig", "utf16.csv": "utf-16"}
    expected["numbers_only.csv"] = "utf-8"
    for name, encoding in expected.items():
        assert text_encoding(str(hostile / name)) == encoding


def test_atomic_write_success(tmp_path):
    target = tmp_path / "report.csv"
    safety.atomic_write(str(target), lambda temp: Path(temp).write_text("ok", encoding="utf-8"))
    assert target.read_text(encoding="utf-8") == "ok"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_atomic_write_failure_leaves_nothing(tmp_path):
    def broken(temp: str) -> None:
        Path(temp).write_text("half a rep", encoding="utf-8")
        raise ValueError("writer crashed")

    target = tmp_path / "report.xlsx"
    with pytest.raises(ValueError):
        safety.atomic_write(str(target), broken)
    assert list(tmp_path.iterdir()) == []
    target.write_text("previous", encoding="utf-8")
    with pytest.raises(ValueError):
        safety.atomic_write(str(target), broken)
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]


def test_atomic_write_os_error_becomes_output_error(tmp_path):
    with pytest.raises(OutputError) as info:
        safety.atomic_write(str(tmp_path / "no" / "such" / "dir.xlsx"), lambda temp: None)
    assert str(info.value).startswith("dir.xlsx: ")


def test_atomic_write_with_openpyxl(tmp_path):
    wb = mh.rkpd_workbook()
    safety.atomic_write(str(tmp_path / "out.xlsx"), wb.save)
    assert openpyxl.load_workbook(tmp_path / "out.xlsx").active["A1"].value == mh.TITLE[0]


def test_refuse_overwrite_inputs(tmp_path, monkeypatch):
    source = tmp_path / "prov.xlsx"
    source.write_bytes(b"x")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "link.xlsx").symlink_to(source)
    os.link(source, tmp_path / "hard.xlsx")
    for output in (str(source), "prov.xlsx", "./sub/../prov.xlsx", "link.xlsx", "hard.xlsx"):
        with pytest.raises(OutputError) as info:
            safety.refuse_overwrite_inputs(["fine.xlsx", output], [str(tmp_path / "kab.xlsx"), str(source)])
        assert "prov.xlsx" in str(info.value)
    safety.refuse_overwrite_inputs(["report.xlsx", "report.csv"], [str(source)])
    with pytest.raises(OutputError, match="same file"):
        safety.refuse_overwrite_inputs(["report.xlsx", "./report.xlsx"], [str(source)])


def test_an_output_beside_its_input_on_a_drive_of_inode_0_is_no_overwrite(tmp_path, monkeypatch):
    source, output = tmp_path / "prov.xlsx", tmp_path / "report.xlsx"
    source.write_bytes(b"x")
    output.write_bytes(b"old")
    real_stat = os.stat

    def inode_0(path, *args, **kwargs):
        found = real_stat(path, *args, **kwargs)
        return os.stat_result((found.st_mode, 0, 1, *tuple(found)[3:]))  # every file inode 0 on device 1

    monkeypatch.setattr(os, "stat", inode_0)
    safety.refuse_overwrite_inputs([str(output)], [str(source)])  # two files, not one, on such a drive
    with pytest.raises(OutputError):
        safety.refuse_overwrite_inputs([str(source)], [str(tmp_path / "." / "prov.xlsx")])


PAYLOADS = ['=HYPERLINK("http://x","click")', "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1", "-1+1", "\t=1+1", "\r=1+1"]


def test_workbook_text_cells_never_become_formulas(tmp_path):
    from syncheck.xlsx import Book, table

    book = Book()
    rows = [[payload, number] for payload, number in zip(PAYLOADS, [1250000000, -5, None, None, None, None])]
    table(book, "Sheet1", ["text", "number"], rows + [["bad\x01char\x1b", None]], {})
    path = tmp_path / "out.xlsx"
    book.save(str(path))
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet and b"<f " not in sheet
    back = openpyxl.load_workbook(path).active
    cells = [back.cell(row=r, column=1) for r in range(2, len(PAYLOADS) + 2)]
    assert [c.value for c in cells] == [p.replace("\r", "\n") for p in PAYLOADS]  # XML turns CR into LF
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    assert back["B2"].value == 1250000000 and back["B3"].value == -5 and back.cell(len(PAYLOADS) + 2, 1).value == "badchar"


def test_plain_openpyxl_would_write_a_formula(tmp_path):
    wb = openpyxl.Workbook()
    wb.active["A1"] = PAYLOADS[0]
    buffer = io.BytesIO()
    wb.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        assert b"<f>" in archive.read("xl/worksheets/sheet1.xml")


def test_safe_cell_text():
    assert safety.safe_cell_text("=1+1") == "=1+1"
    assert safety.safe_cell_text(12) == 12 and safety.safe_cell_text(None) is None
    assert len(safety.safe_cell_text("x" * 40_000)) == 32_767
    assert safety.is_injection("@SUM(1)") and safety.is_injection("-1+1")
    assert not safety.is_injection("Pembangunan") and not safety.is_injection(-5)


def test_damaged_containers_only_ever_raise_input_file_error(hostile, tmp_path):
    rng = random.Random(9)
    ole = (hostile / "encrypted.xlsx").read_bytes()
    seeds = [(mh.workbook_bytes(), -400), (ole, 0), (ole, 512)]
    target = tmp_path / "fuzz.xlsx"
    for _ in range(1500):
        original, start = rng.choice(seeds)
        data, low = bytearray(original), start % len(original)
        for _ in range(rng.randint(1, 6)):
            at = rng.randrange(low, min(len(data), low + 600))
            data[at : at + 4] = struct.pack("<I", rng.choice([0, 1, 0xFFFFFFFF, 0xFFFFFFFE, rng.randrange(2**32)]))
        target.write_bytes(bytes(data[: rng.randrange(1, len(data) + 1)] if rng.random() < 0.2 else data))
        try:
            safety.check_input_file(str(target))
        except InputFileError as error:
            assert "\n" not in str(error) and error.file == "fuzz.xlsx"


def _sheet_with(cells: bytes) -> dict[str, bytes]:
    """Workbook parts whose sheet1.xml has the given extra <row> elements at the end of sheetData."""
    parts = mh.workbook_parts()
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(b"</sheetData>", cells + b"</sheetData>")
    return parts


def _left_out(path: Path) -> tuple[tuple[int, int, str], ...] | None:
    """The far cells the file check leaves out of the sheet 'RKPD' (None: none), the file accepted."""
    found = safety.screen_input_file(str(path)).marks.get("RKPD")
    return found.far_cells.cells if found is not None and found.far_cells is not None else None


def _letters(col: int) -> bytes:
    """Excel column letters of a 1-based column."""
    return openpyxl.utils.get_column_letter(col).encode()


def _row(number: int, cells: bytes, times: int = 1) -> bytes:
    """A <row> element of ``number`` holding ``cells`` ``times`` over."""
    return b'<row r="%d">' % number + cells * times + b"</row>"


def test_sheet_extent_counts_values_not_styles(tmp_path):
    styled = _sheet_with(b'<row r="1048576"><c r="XFD1048576" s="0"/></row>')
    assert _left_out(_zip(tmp_path / "styled.xlsx", styled)) is None
    valued = _sheet_with(b'<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row>')
    assert _left_out(_zip(tmp_path / "valued.xlsx", valued)) == ((1_048_576, 16_384, "1"),)
    many = _sheet_with(_row(1_048_576, b"".join(b'<c r="%s1048576" t="n"><v>1</v></c>' % _letters(col) for col in range(16_234, 16_385))))
    assert "1,048,576 rows by 16,384 columns" in str(refused(_zip(tmp_path / "many.xlsx", many)))  # 151 values: no stray cells


def test_sheet_extent_places_cells_without_references_by_position(tmp_path):
    few = _sheet_with(_row(1_048_576, b"<c><v>1</v></c>", 3))
    assert _left_out(_zip(tmp_path / "few.xlsx", few)) == tuple((1_048_576, col, "1") for col in (1, 2, 3))
    wide = _sheet_with(_row(1_048_576, b"<x:c><x:v>2</x:v></x:c>", 40))
    assert _left_out(_zip(tmp_path / "wide.xlsx", wide)) == tuple((1_048_576, col, "2") for col in range(1, 41))
    wider = _sheet_with(_row(1_048_576, b"<x:c><x:v>2</x:v></x:c>", 200))
    assert "1,048,576 rows by 200 columns" in str(refused(_zip(tmp_path / "wider.xlsx", wider)))


@pytest.mark.parametrize("space", [b"\n", b"\t", b"\r\n  "])
def test_sheet_extent_sees_cells_with_any_whitespace_after_the_tag_name(tmp_path, space):
    far = _sheet_with(b'<row r="1048576"><c' + space + b'r="XFD1048576" t="n"><v>1</v></c></row>')
    assert _left_out(_zip(tmp_path / "far.xlsx", far)) == ((1_048_576, 16_384, "1"),)
    many = _sheet_with(_row(1_048_576, b"".join(b"<c" + space + b'r="%s1048576"><v>1</v></c>' % _letters(col) for col in range(16_284, 16_385))))
    assert "1,048,576 rows by 16,384 columns" in str(refused(_zip(tmp_path / "many.xlsx", many)))


def test_sheet_extent_measures_sheets_past_the_quick_bound(tmp_path):
    tall = _sheet_with(_row(60_000, b'<c r="AB60000" t="n"><v>1</v></c>', 150))
    assert _left_out(_zip(tmp_path / "tall.xlsx", tall)) is None  # 60,000 rows x 28 columns: read whole
    wide = _sheet_with(_row(60_000, b'<c r="ZZZ60000" t="n"><v>1</v></c>', 150))
    assert "60,000 rows by 18,278 columns" in str(refused(_zip(tmp_path / "wide.xlsx", wide)))


def test_ole_streams_regular_and_mini(tmp_path):
    streams = {"Workbook": b"small" * 10, "Big": bytes(range(256)) * 20, "Other": b"x" * 100}
    for mini in (False, True):
        path = tmp_path / f"mini{mini}.xls"
        path.write_bytes(mh.cfb(streams, mini=mini))
        assert sorted(stream_names(str(path))) == ["Big", "Other", "Root Entry", "Workbook"]
        for name, data in streams.items():
            assert read_stream(str(path), name, 10**6).rstrip(b"\0") == data.rstrip(b"\0"), (mini, name)
        assert read_stream(str(path), "Big", 300) == streams["Big"][:300]


def test_biff5_dimensions_are_measured():
    honest = struct.pack("<HH", 0x0809, 8) + bytes(8) + struct.pack("<HHHHHHH", 0x0200, 10, 0, 100, 0, 20, 0)
    extent.check_biff_sheets(honest, "old.xls")
    lying = struct.pack("<HH", 0x0809, 8) + bytes(8) + struct.pack("<HHHHHHH", 0x0200, 10, 0, 65535, 0, 65535, 0)
    with pytest.raises(InputFileError, match="65,535 rows by 65,535 columns"):
        extent.check_biff_sheets(lying, "old.xls")


@pytest.mark.parametrize(
    ("number", "words"),
    [(errno.EACCES, "permission denied"), (errno.ELOOP, "loop of symbolic links"), (errno.ENOENT, "file not found"),
     (errno.ENAMETOOLONG, "path is too long"), (errno.EIO, "cannot reach the file")],
)
def test_unreachable_paths_are_named(number, words):
    assert words in safety._stat_problem(OSError(number, os.strerror(number)))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_and_symlink_loop_are_refused(tmp_path):
    os.mkfifo(tmp_path / "pipe.csv")
    assert "not a regular file" in str(refused(tmp_path / "pipe.csv"))
    (tmp_path / "a.xlsx").symlink_to(tmp_path / "b.xlsx")
    (tmp_path / "b.xlsx").symlink_to(tmp_path / "a.xlsx")
    assert str(refused(tmp_path / "a.xlsx")) == "a.xlsx: path is a loop of symbolic links"


def test_an_output_that_is_a_pipe_or_a_directory_is_refused_and_left_as_it_is(tmp_path):
    pipe = tmp_path / "result.json"
    os.mkfifo(pipe)
    with pytest.raises(OutputError, match="device, pipe or socket"):
        safety.atomic_write(str(pipe), lambda temp: Path(temp).write_text("{}"))
    assert stat.S_ISFIFO(os.stat(pipe).st_mode) and os.listdir(tmp_path) == ["result.json"]
    with pytest.raises(OutputError, match="is a directory"):
        safety.refuse_overwrite_inputs([str(tmp_path)], [])


def test_a_device_is_never_an_output():
    # checked, not written: a failure here must not replace the machine's /dev/null
    with pytest.raises(OutputError, match="device, pipe or socket") as raised:
        safety.check_output_path(os.devnull)
    assert raised.value.file == os.devnull
    safety.check_output_path(os.path.join(os.path.dirname(os.devnull), "no-such-output-file.json"))
