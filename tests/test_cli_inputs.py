"""Every file a command reads is safe from its outputs; rules files and option values are refused in one line,
in the run's language."""

from __future__ import annotations

import os
import shutil

import pytest

from support import make_runner
from syncheck.cli import main
from syncheck.normalize import load_rules, normalize_name

SHIPPED_THEMES = os.path.join(os.path.dirname(__file__), "..", "syncheck", "data", "themes.toml")


def _run(args):
    result = make_runner().invoke(main, args)
    return result.exit_code, result.stderr


def _rules(tmp_path, data: bytes, name="sinonim.csv"):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_compare_json_may_not_replace_the_synonyms_file(tmp_path):
    rules = _rules(tmp_path, b"pemb\\.,pembangunan\n")
    assert _run(["compare", "a.xlsx", "b.xlsx", "--synonyms", rules, "--json", rules]) == (
        3, "syncheck: kesalahan: sinonim.csv: keluaran akan menimpa berkas masukan sinonim.csv\n")
    assert open(rules, "rb").read() == b"pemb\\.,pembangunan\n"


def test_the_synonyms_file_is_caught_by_a_link_a_hard_link_and_a_relative_path(tmp_path, monkeypatch):
    rules = _rules(tmp_path, b"pemb\\.,pembangunan\n")
    (tmp_path / "tautan.json").symlink_to(rules)
    os.link(rules, tmp_path / "salinan.json")
    monkeypatch.chdir(tmp_path)
    for output, message in (("tautan.json", "tautan.json"), ("salinan.json", "salinan.json"), ("./sinonim.csv", "sinonim.csv")):
        assert _run(["compare", "a.xlsx", "b.xlsx", "--synonyms", rules, "--json", output, "--lang", "en"]) == (
            3, f"syncheck: error: {message}: output would overwrite the input file sinonim.csv\n"), output


def test_audit_markdown_may_not_replace_the_themes_file(tmp_path):
    themes = tmp_path / "tema.toml"
    shutil.copy(SHIPPED_THEMES, themes)
    args = ["audit", "--year", "2023", "a.xlsx", "--year", "2024", "b.xlsx", "--themes", str(themes), "--markdown", str(themes)]
    assert _run(args) == (3, "syncheck: kesalahan: tema.toml: keluaran akan menimpa berkas masukan tema.toml\n")
    assert themes.read_bytes() == open(SHIPPED_THEMES, "rb").read()


@pytest.mark.parametrize("target", ["audit.toml", "tema.toml", "sinonim.csv"])
def test_audit_outputs_may_not_replace_the_audit_file_or_what_it_names(tmp_path, target):
    for name in ("a.xlsx", "b.xlsx"):
        (tmp_path / name).write_bytes(b"x")
    shutil.copy(SHIPPED_THEMES, tmp_path / "tema.toml")
    _rules(tmp_path, b"pemb\\.,pembangunan\n")
    audit = tmp_path / "audit.toml"
    audit.write_text('themes_file = "tema.toml"\nsynonyms = "sinonim.csv"\n[years.2023]\nfiles = "a.xlsx"\n'
                     '[years.2024]\nfiles = "b.xlsx"\n', encoding="utf-8")
    for option in ("--json", "--markdown"):
        assert _run(["audit", str(audit), option, str(tmp_path / target)]) == (
            3, f"syncheck: kesalahan: {target}: keluaran akan menimpa berkas masukan {target}\n"), option


def test_two_audit_outputs_may_not_be_one_file(tmp_path):
    same = str(tmp_path / "hasil.txt")
    args = ["audit", "--year", "2023", "a.xlsx", "--year", "2024", "b.xlsx", "--json", same, "--markdown", same, "--lang", "en"]
    assert _run(args) == (3, "syncheck: error: hasil.txt: two of the outputs would be written to the same file\n")


@pytest.mark.parametrize(
    ("data", "indonesian", "english"),
    [
        (b"# mine\n(unclosed,x\n", "sinonim.csv, baris 2: pola '(unclosed' bukan ekspresi reguler yang sah "
         "(rincian teknis: missing ), unterminated subpattern at position 0)",
         "sinonim.csv, row 2: the pattern '(unclosed' is not a regular expression (technical detail: missing ), unterminated subpattern at position 0)"),
        (b"a{4294967296},x\n", "sinonim.csv, baris 1: pola 'a{4294967296}' bukan ekspresi reguler yang sah (rincian teknis: the repetition number is too large)",
         "sinonim.csv, row 1: the pattern 'a{4294967296}' is not a regular expression (technical detail: the repetition number is too large)"),
        (b"pemb\\.,pembangunan\nkab\n", "sinonim.csv, baris 2: bukan aturan: berikan pola dan penggantinya, dipisah ',' atau ';'",
         "sinonim.csv, row 2: not a rule: give a pattern and its replacement separated by ',' or ';'"),
        (b"# only notes\npattern,replacement\n",
         "sinonim.csv: berkas aturan tidak berisi aturan (baris pola,pengganti); berikan berkas berisi aturan atau hapus opsinya",
         "sinonim.csv: the rules file has no rule (rows of pattern,replacement); give a file with rules or leave the option out"),
    ],
)
def test_a_bad_synonyms_file_is_one_line_naming_file_and_row(tmp_path, data, indonesian, english):
    rules = _rules(tmp_path, data)
    assert _run(["compare", "a.xlsx", "b.xlsx", "--synonyms", rules]) == (3, f"syncheck: kesalahan: {indonesian}\n")
    assert _run(["compare", "a.xlsx", "b.xlsx", "--synonyms", rules, "--lang", "en"]) == (3, f"syncheck: error: {english}\n")


@pytest.mark.parametrize(
    "data",
    [
        "pemb\\.;pembangunan\nrs;rumah sakit é\n".encode("cp1252"),  # Excel in an Indonesian locale: ';', Windows-1252
        "\ufeffpattern,replacement\npemb\\.,pembangunan\nrs,rumah sakit é\n".encode("utf-8"),
        "pemb\\.\tpembangunan\nrs\trumah sakit é\n".encode("utf-16"),
    ],
)
def test_synonyms_files_are_read_as_plan_csvs_are(tmp_path, data):
    rules = load_rules(_rules(tmp_path, data))
    assert normalize_name("Pemb. RS", rules) == "pembangunan rumah sakit é"


def test_a_pattern_with_its_own_leading_flags_is_a_rule(tmp_path):
    rules = load_rules(_rules(tmp_path, b"(?i)perda,peraturan daerah\n"))
    assert normalize_name("Penyusunan PERDA", rules) == "penyusunan peraturan daerah"


def test_a_workbook_given_as_synonyms_is_refused(make_workbook):
    book = str(make_workbook([["a", "b"]], name="aturan.xlsx"))
    assert _run(["compare", "a.xlsx", "b.xlsx", "--synonyms", book]) == (
        3, "syncheck: kesalahan: aturan.xlsx: berkas aturan berupa CSV (pola,pengganti), bukan buku kerja; simpan sebagai CSV\n")


def test_option_values_are_refused_in_the_run_language(tmp_path):
    folder = tmp_path / "hasil.xlsx"
    folder.mkdir()
    cases = [
        (["compare", "a.xlsx", "b.xlsx", "--threshold", "150"], "kesalahan: Nilai tidak sah untuk --threshold: 150 tidak di antara 0 dan 100"),
        (["compare", "a.xlsx", "b.xlsx", "--threshold", "150", "--lang", "en"], "error: Invalid value for --threshold: 150 is not between 0 and 100"),
        (["compare", "a.xlsx", "b.xlsx", "--lang=en", "--jobs", "99"], "error: Invalid value for --jobs: 99 is not between 0 and 64"),
        (["compare", "a.xlsx", "b.xlsx", "--year", "20x4"], "kesalahan: Nilai tidak sah untuk --year: '20x4' bukan bilangan bulat"),
        (["evaluate", "a.xlsx", "--floor", "abc"], "kesalahan: Nilai tidak sah untuk --floor: 'abc' bukan angka"),
        (["inspect", "a.xlsx", "--level", "desa"], "kesalahan: Nilai tidak sah untuk --level: 'desa' bukan salah satu dari provinsi, kabupaten, kota"),
        (["compare", "a.xlsx", "b.xlsx", "-o", str(folder)],
         f"kesalahan: {folder}: jalur keluaran berupa folder; berikan nama berkas (atau '-' untuk keluaran standar bila diizinkan)"),
        (["compare", "a.xlsx", "b.xlsx", "--synonyms", str(tmp_path / "hilang.csv")], "kesalahan: hilang.csv: berkas tidak ditemukan"),
        (["audit", "--year", "2023", "a.xlsx", "--themes", str(tmp_path)], f"kesalahan: {tmp_path.name}: berupa folder, bukan berkas TOML"),
        # a --lang syncheck does not speak: the language is not known
        (["compare", "a.xlsx", "b.xlsx", "--threshold", "150", "--lang", "fr"], "error: Invalid value for --threshold: 150 is not between 0 and 100"),
    ]
    for args, message in cases:
        assert _run(args) == (3, f"syncheck: {message}\n"), args
