"""`syncheck inspect FILE` on every generated hostile file: exit 0 or 3, one line on error, never a traceback."""

from __future__ import annotations

import contextlib
import importlib.util
import signal
import sys
import traceback
from pathlib import Path
from typing import Iterator

import pytest

cli = pytest.importorskip("syncheck.cli")
from click.testing import CliRunner  # noqa: E402

TIMEOUT_SECONDS = 20


def load_make_hostile():
    """Import tests/hostile/make_hostile.py whatever the pytest import mode."""
    if "make_hostile" not in sys.modules:
        path = Path(__file__).parent / "hostile" / "make_hostile.py"
        spec = importlib.util.spec_from_file_location("make_hostile", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules["make_hostile"] = module
        spec.loader.exec_module(module)
    return sys.modules["make_hostile"]


mh = load_make_hostile()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """A directory holding every generated hostile file."""
    directory = tmp_path_factory.mktemp("hostile_cli")
    mh.make_all(str(directory))
    return directory


@contextlib.contextmanager
def time_limit(seconds: int, what: str) -> Iterator[None]:
    """Raise TimeoutError in the main thread after `seconds` (SIGALRM; no guard where it does not exist)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"{what} took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def make_runner() -> CliRunner:
    """A CliRunner that keeps stderr apart from stdout (click 8.1 and 8.2+)."""
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:
        return CliRunner()


@pytest.mark.parametrize("name", sorted(mh.CASES))
def test_inspect_hostile_file(hostile, name):
    case = mh.CASES[name]
    with time_limit(TIMEOUT_SECONDS, f"syncheck inspect {name}"):
        result = make_runner().invoke(cli.main, ["inspect", str(hostile / name)])
    if isinstance(result.exception, TimeoutError):
        pytest.fail(f"{name} ({case.description}): {result.exception}")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        crash = "".join(traceback.format_exception(*result.exc_info))
        pytest.fail(f"{name} ({case.description}) raised instead of exiting cleanly:\n{crash}")
    stdout, stderr = result.stdout, result.stderr
    assert "Traceback" not in stdout and "Traceback" not in stderr, name
    expected = 0 if case.outcome == "ok" else 3
    assert result.exit_code == expected, (
        f"{name} ({case.description}): exit {result.exit_code}, expected {expected}\n{stdout}{stderr}"
    )
    if case.outcome == "error":
        lines = stderr.strip().splitlines()
        assert len(lines) == 1, f"{name}: expected one line on stderr, got {lines!r}"
        assert name in lines[0], f"{name}: the error does not name the file: {lines[0]!r}"
