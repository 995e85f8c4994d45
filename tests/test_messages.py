"""The reason and warning catalogue: every text the code can give a reviewer has an Indonesian form."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from syncheck.messages import CATALOGUE, CONVERT, NESTED, WORDS, indonesian, joined, placeholders, render, say

PACKAGE = Path(__file__).resolve().parent.parent / "syncheck"
#: calls that carry a reason or warning text: name -> the positional index of the text
SINKS = {"Finding": 1, "warn": 2, "Verdict": 2}
#: keyword arguments and variables that hold a reason or warning text
TEXT_NAMES = {"message", "reason", "problem", "detail", "note"}
#: modules whose texts are SyncheckError messages (one English line on stderr), not findings: their variables are not checked
ERROR_MODULES = {"safety.py", "extent.py", "nomenclature_load.py", "errors.py", "sources.py", "cli.py"}
#: a value of each CONVERT placeholder and its Indonesian
CONVERT_SAMPLES = {
    "where": ("Renja row 15, Renja row 20", "Renja baris 15, Renja baris 20"),
    "first": ("sheet 'Renja' row 15", "lembar 'Renja' baris 15"),
    "missing": ("any province", "provinsi mana pun"),
}


def _sample(name: str) -> tuple[str, str]:
    """An English value for placeholder ``name`` and the Indonesian the renderer should make of it."""
    if name in NESTED:
        return say("match.names_equal"), CATALOGUE["match.names_equal"][1]
    if name in WORDS:
        english, translated = next(iter(WORDS[name].items()))
        return english, translated
    if name in CONVERT:
        return CONVERT_SAMPLES[name]
    return f"<{name}>", f"<{name}>"


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_message_has_an_indonesian_form_with_the_same_placeholders(key):
    english, indonesian_template = CATALOGUE[key]
    assert indonesian_template.strip() and indonesian_template != english
    assert sorted(placeholders(english)) == sorted(placeholders(indonesian_template))
    assert len(set(placeholders(english))) == len(placeholders(english)), "a placeholder used twice cannot be read back"


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_message_reads_back_into_its_indonesian_form(key):
    english, indonesian_template = CATALOGUE[key]
    samples = {name: _sample(name) for name in placeholders(english)}
    text = english.format(**{name: value[0] for name, value in samples.items()})
    expected = indonesian_template.format(**{name: value[1] for name, value in samples.items()})
    assert render(text, "id") == expected
    assert render(text, "en") == text


def test_joined_reasons_render_part_by_part():
    reason = joined(
        say("match.same_code", code="1.02.02"),
        say("match.names_equal_typo"),
        say("identify.official_code", side="right", code="1.02.02.2.01.0001", score="96", why=say("identify.no_code")),
    )
    assert reason == (
        "same code 1.02.02; names equal after normalization (1 typo set aside); "
        "right code 1.02.02.2.01.0001 from nomenclature (name 96; the row has no code)"
    )
    assert render(reason, "id") == (
        "kode sama 1.02.02; nama sama setelah normalisasi (1 salah ketik diabaikan); "
        "kode sisi kanan 1.02.02.2.01.0001 diambil dari nomenklatur (kemiripan nama 96; baris tidak berkode)"
    )


def test_a_confirmed_link_renders_the_matcher_reason_inside_it():
    inner = joined(say("match.same_code", code="1.02.02"), say("match.names_equal"))
    reason = joined(say("decisions.confirmed"), say("decisions.matcher", relation="similar", reason=inner))
    assert render(reason, "id") == "dikonfirmasi peninjau; hasil pencocokan: serupa, kode sama 1.02.02; nama sama setelah normalisasi"


def test_a_name_holding_the_separator_still_renders():
    message = say("decisions.no_items", kind="sub_kegiatan", left="Jalan; Jembatan", right="Jalan")
    assert render(message, "id") == "keputusan peninjau atas sub kegiatan 'Jalan; Jembatan' / 'Jalan' tidak cocok dengan item mana pun dalam proses ini"


def test_an_unknown_text_is_shown_unchanged_and_flagged():
    assert render("something new happened", "id") == "something new happened"
    assert indonesian("something new happened") is None
    assert indonesian(joined(say("match.names_equal"), "something new")) is None


def _raw_text(node: ast.AST | None) -> bool:
    """True for a string literal, f-string, concatenation or join: a text built outside the catalogue."""
    if node is None:
        return False
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and node.value != ""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _raw_text(node.left) or _raw_text(node.right) or isinstance(node.op, ast.Mod)
    if isinstance(node, ast.IfExp):
        return _raw_text(node.body) or _raw_text(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in ("join", "format") and isinstance(node.func.value, (ast.Constant, ast.JoinedStr))
    return False


def test_every_converted_placeholder_has_a_sample():
    assert set(CONVERT) == set(CONVERT_SAMPLES)


def _texts_given(tree: ast.AST, variables: bool) -> list[tuple[int, ast.AST]]:
    """Every expression handed to a reason or warning: sink arguments, text keywords, text variables, problem returns."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.returns is not None and ast.unparse(node.returns) == "tuple[int | None, str]":
            # (value, problem) pairs, as parse_budget returns
            returns = [n.value for n in ast.walk(node) if isinstance(n, ast.Return) and isinstance(n.value, ast.Tuple)]
            found.extend((value.lineno, value.elts[1]) for value in returns if len(value.elts) == 2)
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in SINKS and len(node.args) > SINKS[name]:
                found.append((node.lineno, node.args[SINKS[name]]))
            found.extend((node.lineno, kw.value) for kw in node.keywords if kw.arg in TEXT_NAMES)
        elif isinstance(node, ast.Assign) and variables:
            if any(isinstance(target, ast.Name) and target.id in TEXT_NAMES for target in node.targets):
                found.append((node.lineno, node.value))
    return found


def test_no_reason_or_warning_is_written_outside_the_catalogue():
    """A new warning must be a catalogue entry (messages.CATALOGUE) built with say(): else it stays English in Indonesian outputs."""
    raw = []
    for path in sorted(PACKAGE.glob("*.py")):
        if path.name == "messages.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        given = _texts_given(tree, variables=path.name not in ERROR_MODULES)
        raw.extend(f"{path.name}:{line}" for line, node in given if _raw_text(node))
    assert raw == [], "texts not from messages.say(); add them to messages.CATALOGUE: " + ", ".join(raw)


def test_every_key_said_in_the_code_is_in_the_catalogue_and_every_entry_is_used():
    said, spelled = set(), set()
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "say" and node.args:
                key = node.args[0]
                keys = [key.body, key.orelse] if isinstance(key, ast.IfExp) else [key]
                said.update(k.value for k in keys if isinstance(k, ast.Constant))
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in CATALOGUE:
                spelled.add(node.value)
    assert said - set(CATALOGUE) == set()
    # keys picked by a table (identify's _WHY) or a prefix (validate's f"validate.{kind}") are spelled or built elsewhere
    unused = {key for key in set(CATALOGUE) - said - spelled if not key.startswith("validate.")}
    assert unused == set()
