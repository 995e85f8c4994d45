"""The options compare, inspect, validate and evaluate share: a --level-of the plan's title contradicts."""

from __future__ import annotations

import json

import pytest

from support import make_runner
from syncheck.cli import main
from test_cli import CITY, PROVINCE

PROV_NAME, CITY_NAME = "provinsi_contoh_2024.xlsx", "kota_contoh_2024.xlsx"


def _run(args):
    result = make_runner().invoke(main, args)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def pair(make_workbook):
    """A province plan and a kota plan, each titled with its government."""
    return str(make_workbook(PROVINCE, name=PROV_NAME)), str(make_workbook(CITY, name=CITY_NAME))


# --- a --level-of the title contradicts ---------------------------------------------------------------


def test_a_level_the_title_contradicts_is_used_with_a_warning(pair, tmp_path):
    out = tmp_path / "hasil.json"
    code, _, stderr = _run(["compare", *pair, "--level-of", f"{CITY_NAME}=kabupaten", "--json", str(out), "--lang", "en"])
    english = (f"{CITY_NAME}: level kabupaten given by --level-of FILE=LEVEL contradicts the plan's title, which names Kota Contoh (kota); "
               "kabupaten is used as given")
    assert code == 0 and f"syncheck: warning: {english}" in stderr.splitlines()
    document = json.loads(out.read_text(encoding="utf-8"))
    assert {"file": CITY_NAME, "sheet": None, "row": None, "message": english.partition(": ")[2]} in document["warnings"]
    assert [plan["level"] for plan in document["inputs"]] == ["provinsi", "kabupaten"]
    indonesian = (f"syncheck: peringatan: {CITY_NAME}: tingkat kabupaten yang diberikan lewat --level-of FILE=LEVEL bertentangan dengan "
                  "judul rencana, yang menyebut Kota Contoh (kota); kabupaten tetap dipakai")
    assert indonesian in _run(["compare", *pair, "--level-of", f"{CITY_NAME}=kabupaten"])[2].splitlines()


def test_a_level_the_title_agrees_with_draws_no_warning(pair):
    code, _, stderr = _run(["compare", *pair, "--level-of", f"{CITY_NAME}=kota", "--lang", "en"])
    assert code == 0 and "contradicts" not in stderr
