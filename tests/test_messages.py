"""The reason, warning and error catalogue: every text the code can give a reviewer has an Indonesian form,
and every text reaching a writer or the CLI's error line remembers its key (messages.say / joined)."""

from __future__ import annotations

import ast
import copy
import dataclasses
import importlib
import json
import pickle
import pkgutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import syncheck
from support import unkeyed
from syncheck import messages
from syncheck.cli import main
from syncheck.errors import InputFileError
from syncheck.messages import NESTED, WORDS, Joined, Message, Rupiah, catalogue, joined, placeholders, render, say
from syncheck.models import Finding, SourceRef
from syncheck.workers import iter_ordered

CATALOGUE = catalogue()  # the errors' templates included
PACKAGE = Path(__file__).resolve().parent.parent / "syncheck"
SAMPLES = PACKAGE.parent / "sample_data"
#: calls that carry a reason, warning or error text: name -> the positional index of the text
SINKS = {"Finding": 1, "warn": 2, "Verdict": 2, "_Pair": 5, "Change": 8, "Candidate": 7, "_refuse": 1}
#: keyword arguments and variables that hold a reason, warning or error text
TEXT_NAMES = {"message", "reason", "problem", "detail", "note", "why", "looks", "expected"}


def _error_classes() -> set[str]:
    """SyncheckError and its subclasses, by name (from errors.py)."""
    tree = ast.parse((PACKAGE / "errors.py").read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}


ERROR_CLASSES = _error_classes()


def _sample(name: str) -> tuple[object, str]:
    """A value for placeholder ``name`` and the Indonesian the renderer should make of it."""
    if name in NESTED:
        return say("match.names_equal"), CATALOGUE["match.names_equal"][1]
    if name in WORDS:
        english, translated = next(iter(WORDS[name].items()))
        return english, translated
    return f"<{name}>", f"<{name}>"


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_message_has_an_indonesian_form_with_the_same_placeholders(key):
    english, indonesian_template = CATALOGUE[key]
    assert indonesian_template.strip() and indonesian_template != english
    assert sorted(placeholders(english)) == sorted(placeholders(indonesian_template))


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_message_renders_from_its_key(key):
    english, indonesian_template = CATALOGUE[key]
    samples = {name: _sample(name) for name in placeholders(english)}
    message = say(key, **{name: value[0] for name, value in samples.items()})
    assert message == english.format(**{name: value[0] for name, value in samples.items()})
    assert (message.key, message.params) == (key, {name: value[0] for name, value in samples.items()})
    rendered = render(message, "id")
    assert rendered == indonesian_template.format(**{name: value[1] for name, value in samples.items()})
    assert type(rendered) is str and type(render(message, "en")) is str and render(message, "en") == message


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


def test_joined_keeps_one_part_as_it_is_and_flattens_joined_parts():
    same = say("match.same_code", code="1.02")
    assert joined(same, "") is same and joined("", "") == ""
    both = joined(joined(same, say("match.names_equal")), say("match.name_equal_partner"))
    assert isinstance(both, Joined) and [part.key for part in both.parts] == ["match.same_code", "match.names_equal", "match.name_equal_partner"]


def test_a_confirmed_link_renders_the_matcher_reason_inside_it():
    inner = joined(say("match.same_code", code="1.02.02"), say("match.names_equal"))
    reason = joined(say("decisions.confirmed"), say("decisions.matcher", relation="similar", reason=inner))
    assert render(reason, "id") == "dikonfirmasi peninjau; hasil pencocokan: serupa, kode sama 1.02.02; nama sama setelah normalisasi"


def test_a_name_holding_the_separator_or_another_template_renders_by_its_key():
    message = say("decisions.no_items", kind="sub_kegiatan", left="Jalan; Jembatan", right="names equal after normalization")
    assert render(message, "id") == (
        "keputusan peninjau atas sub kegiatan 'Jalan; Jembatan' / 'names equal after normalization' tidak cocok dengan item mana pun dalam proses ini"
    )


def test_a_list_joined_with_commas_renders_each_place():
    where = joined(say("where.named_sheet_row", sheet="Renja", row=15), say("where.named_sheet_row", sheet="row 3", row=20), separator=", ")
    assert where == "Renja row 15, row 3 row 20"
    assert render(where, "id") == "Renja baris 15, row 3 baris 20"


def test_a_text_without_a_key_is_shown_unchanged():
    assert render("something new happened", "id") == "something new happened"
    assert unkeyed(joined(say("match.names_equal"), "something new")) == ["something new"]
    assert unkeyed(say("match.complementary_parents", detail="plain")) == ["plain"]


def test_messages_survive_pickling_copying_and_replace():
    why = say("identify.no_code")
    reason = joined(say("match.same_code", code="1.02"), say("identify.official_code", side="left", code="1.02.02", score="97", why=why))
    finding = Finding(SourceRef("a.xlsx", "Renja", 7), say("values.not_amount", value="'12,5,0'"))
    for copied in (pickle.loads(pickle.dumps(reason)), copy.deepcopy(reason), copy.copy(reason)):
        assert copied == reason and isinstance(copied, Joined) and render(copied, "id") == render(reason, "id")
        assert copied.parts[1].params["why"].key == "identify.no_code"
    assert pickle.loads(pickle.dumps(why)) is why  # a constant comes back as this process's own
    moved = dataclasses.replace(pickle.loads(pickle.dumps(finding)), kind="decision")
    assert moved.message.key == "values.not_amount" and render(moved.message, "id") == "pagu '12,5,0' bukan angka"
    error = pickle.loads(pickle.dumps(InputFileError(say("error.empty_file"), file="a.xlsx", sheet="Renja", row=3)))
    assert error.in_language("id") == "a.xlsx, lembar 'Renja', baris 3: berkas kosong (0 bita)"
    assert str(error) == "a.xlsx, sheet 'Renja', row 3: file is empty (0 bytes)"


def _keyed_reason(number: int) -> str:
    return joined(say("match.same_code", code=f"1.0{number}"), say("match.parents_not_linked", detail=say("match.one_word")))


def test_messages_come_back_from_forked_workers_with_their_keys():
    reasons = list(iter_ordered(_keyed_reason, list(range(6)), 2))
    assert [unkeyed(reason) for reason in reasons] == [[]] * 6
    assert render(reasons[2], "id") == "kode sama 1.02; nama panjang berbeda satu kata, tetapi induknya tidak tertaut"


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


def _texts_given(tree: ast.AST) -> list[tuple[int, ast.AST]]:
    """Every expression handed to a reason, warning or error: sink arguments, text keywords, text variables, problem returns."""
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
            if name in ERROR_CLASSES and node.args:
                found.append((node.lineno, node.args[0]))
            found.extend((node.lineno, kw.value) for kw in node.keywords if kw.arg in TEXT_NAMES)
        elif isinstance(node, ast.Assign):
            if any(isinstance(target, ast.Name) and target.id in TEXT_NAMES for target in node.targets):
                found.append((node.lineno, node.value))
    return found


def test_no_reason_warning_or_error_is_written_outside_the_catalogue():
    """A new warning or error must be a catalogue entry built with say(): else it stays English in Indonesian outputs."""
    raw = []
    for path in sorted(PACKAGE.glob("*.py")):
        if path.name == "messages.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        given = _texts_given(tree)
        raw.extend(f"{path.name}:{line}" for line, node in given if _raw_text(node))
    assert raw == [], "texts not from messages.say(); add them to message_texts.CATALOGUE: " + ", ".join(raw)


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


def test_a_raw_error_text_is_caught_by_the_source_check():
    tree = ast.parse('raise InputFileError(f"bad {x}", file=n)\n_refuse(name, "plain")\nwarn(sheet, row, say("k"))')
    assert [_raw_text(node) for _, node in _texts_given(tree)] == [True, True, False]


def _decisions_csv(path: Path, document: dict) -> str:
    """Decisions on the first three program links: Ya, Ragu, and one not understood."""
    government = {entry["file"]: entry["government"] for entry in document["inputs"]}
    programs = [link for link in document["links"] if link["kind"] == "program"]
    rows = [["program", government[link["left"]["file"]], link["left"]["code"], link["left"]["name"],
             government[link["right"]["file"]], link["right"]["code"], link["right"]["name"], choice]
            for link, choice in zip(programs, ("Ya", "Ragu", "barangkali"))]  # fmt: skip
    header = "kind,left government,left code,left name,right government,right code,right name,decision\n"
    path.write_text(header + "".join(",".join(f'"{cell}"' for cell in row) + "\n" for row in rows), encoding="utf-8")
    return str(path)


def test_every_text_a_writer_renders_is_a_catalogue_text(monkeypatch, tmp_path):
    """Workbooks, consoles and error lines of every command, in both languages: each text given to render has its key."""
    real, seen = messages.render, []

    def strict(text: str, lang: str) -> str:
        # raised in a forked writer too: the command then fails, which the exit code below shows
        assert unkeyed(text) == [], f"a text reached a writer without its key: {text!r}"
        seen.append(text)
        return real(text, lang)

    # every module imported first: one imported while render is patched would keep the strict one after this test
    for found in pkgutil.iter_modules(syncheck.__path__):
        if found.name != "__main__":  # (which would run the command line)
            importlib.import_module(f"syncheck.{found.name}")
    for name, module in list(sys.modules.items()):
        if name.startswith("syncheck.") and getattr(module, "render", None) is real:
            monkeypatch.setattr(module, "render", strict)
    pair = [str(SAMPLES / "provinsi_jawa_tengah_2024.xlsx"), str(SAMPLES / "kabupaten_demak_2024.xlsx")]
    master = str(SAMPLES / "nomenclature_subset.csv")
    first = tmp_path / "first.json"
    assert CliRunner().invoke(main, ["compare", *pair, "--nomenclature", master, "--json", str(first)]).exit_code == 0
    decisions = _decisions_csv(tmp_path / "keputusan.csv", json.loads(first.read_text(encoding="utf-8")))
    for lang in ("id", "en"):
        runs = [
            ["compare", *pair, "--nomenclature", master, "--decisions", decisions, "-o", str(tmp_path / f"c_{lang}.xlsx")],
            ["validate", *pair, "--nomenclature", master, "-o", str(tmp_path / f"v_{lang}.xlsx")],
            ["inspect", *pair],
            ["audit", str(SAMPLES / "audit.toml"), "-o", str(tmp_path / f"a_{lang}.xlsx")],
        ]
        for args in runs:
            result = CliRunner().invoke(main, [*args, "--lang", lang])
            assert result.exit_code == 0, (args, result.output)
        refused = CliRunner().invoke(main, ["compare", *pair, "-o", pair[0], "--lang", lang])
        assert refused.exit_code == 3
    keys = {text.key for text in seen if isinstance(text, Message)} | {part.key for text in seen if isinstance(text, Joined) for part in text.parts}
    assert {"decisions.confirmed", "decisions.unsure", "decisions.not_understood", "identify.official_code", "validate.name_spelling",
            "continuity.same_name", "error.overwrite_input"} <= keys


def test_the_error_texts_are_read_only_when_an_error_is_made():
    import subprocess

    code = "import sys, syncheck.cli, syncheck.safety; print('syncheck.error_texts' in sys.modules)"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PACKAGE.parent, check=True)
    assert loaded.stdout.split() == ["False"]
    assert say("error.empty_file").key == "error.empty_file" and "syncheck.error_texts" in sys.modules


def test_remembered_renderings_tell_apart_equal_english_of_other_keys_and_number_types(monkeypatch):
    from syncheck import messages

    monkeypatch.setitem(messages.CATALOGUE, "test.one", ("same words", "kata satu"))
    monkeypatch.setitem(messages.CATALOGUE, "test.two", ("same words", "kata dua"))
    monkeypatch.setitem(messages.CATALOGUE, "test.wrap", ("because {detail}, {score}", "karena {detail}, {score}"))
    made = [messages.say("test.wrap", detail=messages.say(key), score=score) for key in ("test.one", "test.two") for score in (90, 90.0)]
    assert len({str(text) for text in made}) == 2  # the English of the two keys is the same
    rendered = [messages.render(text, "id") for text in made * 2]  # the second round from the remembered ones
    assert rendered == ["karena kata satu, 90", "karena kata satu, 90.0", "karena kata dua, 90", "karena kata dua, 90.0"] * 2
    zeros = [messages.say("test.wrap", detail="x", score=score) for score in (0.0, -0.0, True, 1)]
    assert [messages.render(text, "id") for text in zeros * 2] == ["karena x, 0.0", "karena x, -0.0", "karena x, True", "karena x, 1"] * 2


def test_an_amount_in_a_warning_is_written_in_the_language_it_is_shown_in():
    message = say("readers.budget_too_small", count=1, amount=Rupiah(1_750), column="D", least=Rupiah(1_000_000))
    assert str(message).startswith("1 sub kegiatan budget(s) under Rp 1,000,000, too small for a sub kegiatan (such as Rp 1,750 here)")
    assert render(message, "id").startswith("1 pagu sub kegiatan di bawah Rp 1.000.000, terlalu kecil untuk sebuah sub kegiatan (seperti Rp 1.750")
    assert pickle.loads(pickle.dumps(message)) == message and render(pickle.loads(pickle.dumps(message)), "id") == render(message, "id")
