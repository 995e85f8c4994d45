"""The outputs the README shows are what its commands print today (run as a reviewer would, from a folder
holding sample_data)."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from support import SHARED, needs_shared

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCED = re.compile(r"^```[a-z]*\n(.*?)^```\n", re.S | re.M)


def block_after(marker: str) -> str:
    """The first fenced block of the README after the first line holding marker."""
    start = README.index(marker)
    return next(block.group(1) for block in FENCED.finditer(README) if block.start() > start)


def run_shown(command: str, cwd: Path) -> str:
    """stdout of a `syncheck ...` command as the README writes it, run in cwd."""
    return run_done(command, cwd).stdout


def run_done(command: str, cwd: Path) -> subprocess.CompletedProcess:
    """A `syncheck ...` command as the README writes it, run in cwd, that succeeded."""
    args = shlex.split(command)
    assert args[0] == "syncheck", command
    done = subprocess.run([sys.executable, "-m", "syncheck", *args[1:]], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A reviewer's folder holding the sample data."""
    (tmp_path / "sample_data").symlink_to(ROOT / "sample_data")
    return tmp_path


def test_the_quick_start_prints_what_the_readme_shows(folder):
    command = block_after("run the main job on the sample data").strip()
    assert run_shown(command, folder) == block_after("Output of the command above:")


def test_the_quick_starts_warning_line_is_the_one_the_readme_quotes(folder):
    command = block_after("run the main job on the sample data").strip()
    quoted = re.search(r"one line on stderr counts them and says where they are listed, here `([^`]+)`", README, re.S)
    assert run_done(command, folder).stderr.splitlines()[-1] == " ".join(quoted.group(1).split())


def test_inspect_prints_what_the_readme_shows(folder):
    command = "syncheck inspect sample_data/kabupaten_demak_2024.xlsx --lang en"
    assert run_shown(command, folder) == block_after(f"`{command}`")


def test_the_audit_prints_what_the_readme_shows(folder):
    command = block_after("Run the sample audit").strip()
    assert run_shown(command, folder) == block_after(command)


@needs_shared
def test_evaluate_prints_what_the_readme_shows(tmp_path):
    (tmp_path / "shared").symlink_to(SHARED)
    (tmp_path / "repo").mkdir()
    command = "syncheck evaluate ../shared/corpus/dev/jawa_timur_2024 --truth ../shared/corpus/dev/jawa_timur_2024/truth.json"
    shown = run_shown(command + " --lang en", tmp_path / "repo")
    assert shown.startswith(block_after(f"`{command} --lang en`"))
    assert block_after("with the best F1 (the highest one among equals)") in run_shown(command, tmp_path / "repo")


def anchors(text: str) -> set[str]:
    """GitHub's anchors of a markdown text's headings: lower case, punctuation dropped, spaces made hyphens."""
    headings = [line.lstrip("#").strip() for line in FENCED.sub("", text).splitlines() if re.match(r"#{1,6} ", line)]
    return {re.sub(r"[^a-z0-9 _-]", "", heading.lower()).replace(" ", "-") for heading in headings}


def test_every_link_inside_the_readme_leads_to_a_heading():
    links = re.findall(r"\]\(#([^)]+)\)", README)
    assert links and not [link for link in links if link not in anchors(README)]


def test_every_link_between_the_readme_and_docs_leads_to_a_file_and_heading():
    broken = []
    for source in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for target, anchor in re.findall(r"\]\(([\w./-]+\.md)(?:#([^)]+))?\)", source.read_text(encoding="utf-8")):
            path = source.parent / target
            if not path.is_file() or (anchor and anchor not in anchors(path.read_text(encoding="utf-8"))):
                broken.append(f"{source.name}: {target}#{anchor}")
    assert not broken
