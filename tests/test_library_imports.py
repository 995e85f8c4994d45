"""Each third-party library is imported by the modules of its stage alone: openpyxl by the workbook writer (nothing
reads a workbook through it), rapidfuzz by fuzzy.py (the match stage's scorers), networkx by graph.py, click by the CLI."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import syncheck

PACKAGE = Path(syncheck.__file__).resolve().parent
ALLOWED = {
    "openpyxl": {"xlsx.py"},
    "rapidfuzz": {"fuzzy.py"},
    "networkx": {"graph.py"},
    "click": {"cli.py", "cli_options.py", "arguments.py"},
}


def _imported_modules(source: str) -> set[str]:
    """Top-level names of the modules a source imports: import and from statements, import_module('x') calls."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in ("import_module", "__import__"):
            names.update(arg.value for arg in node.args[:1] if isinstance(arg, ast.Constant) and isinstance(arg.value, str))
    return {name.split(".")[0] for name in names}


def importers(package: Path, library: str) -> list[str]:
    """The package's modules (paths relative to it) that import ``library``."""
    paths = sorted(package.rglob("*.py"))
    return [str(path.relative_to(package)) for path in paths if library in _imported_modules(path.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("library", sorted(ALLOWED))
def test_only_its_own_modules_import_a_library(library):
    found = importers(PACKAGE, library)
    assert [name for name in found if name not in ALLOWED[library]] == []
    assert found  # the check sees a real import


def test_the_check_finds_every_form_of_import(tmp_path):
    sources = {
        "a.py": "from openpyxl import Workbook\n",
        "b.py": "def f():\n    from openpyxl.styles import Font\n",
        "c.py": "import openpyxl.chart as charts\n",
        "d.py": "import importlib\nxl = importlib.import_module('openpyxl')\n",
        "e.py": "from .xlsx import Book  # writes through openpyxl\nimport openpyxl_like\n",
    }
    for name, text in sources.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert importers(tmp_path, "openpyxl") == ["a.py", "b.py", "c.py", "d.py"]
