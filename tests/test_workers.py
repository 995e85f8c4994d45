"""Process helpers: side-by-side writing reports every failure, and bulk phases restore the collector."""

import gc
import os

import pytest

from syncheck.errors import OutputError
from syncheck.workers import BULK_GC_THRESHOLD, bulk_phase, iter_ordered, run_alongside, shared


def test_run_alongside_returns_the_foreground_value_after_the_background_ran(tmp_path):
    marker = tmp_path / "background.txt"
    values = run_alongside(lambda: marker.write_text("done"), lambda: 42)
    assert values == (4, 42)
    assert marker.read_text() == "done"


def test_run_alongside_raises_the_background_error_with_its_details():
    def fail() -> None:
        raise OutputError("cannot write", file="out.json")

    with pytest.raises(OutputError) as caught:
        run_alongside(fail, lambda: None)
    assert str(caught.value) == "out.json: cannot write"


def test_run_alongside_raises_the_foreground_error_and_still_waits_for_the_background(tmp_path):
    marker = tmp_path / "background.txt"

    def fail() -> None:
        raise OutputError("disk full", file="overlap.xlsx")

    with pytest.raises(OutputError, match="disk full"):
        run_alongside(lambda: marker.write_text("done"), fail)
    assert marker.read_text() == "done"


def test_run_alongside_reports_a_background_process_that_died():
    with pytest.raises(RuntimeError, match="ended unexpectedly"):
        run_alongside(lambda: os._exit(7), lambda: None)


def test_bulk_phase_raises_the_thresholds_and_restores_them():
    before = gc.get_threshold()
    with bulk_phase():
        assert gc.get_threshold() == BULK_GC_THRESHOLD
    assert gc.get_threshold() == before


def test_iter_ordered_keeps_task_order_and_unfreezes_the_heap():
    result = list(iter_ordered(_scaled, list(range(10)), 2, {"factor": 3}))
    assert result == [3 * n for n in range(10)]
    assert gc.get_freeze_count() == 0


def _scaled(n: int) -> int:
    return n * shared("factor")


def _pid_and_meanwhile(name: str) -> tuple[int, bool]:
    return os.getpid(), shared("seen")[0]


def test_two_tasks_run_one_here_after_meanwhile_and_one_forked():
    seen = [False]
    found = list(iter_ordered(_pid_and_meanwhile, ["first", "second"], 2, {"seen": seen}, meanwhile=lambda: seen.__setitem__(0, True)))
    (first_pid, first_saw), (second_pid, second_saw) = found
    assert first_pid != os.getpid() and not first_saw  # forked before meanwhile ran
    assert second_pid == os.getpid() and second_saw
    assert gc.get_freeze_count() == 0


def _fail_on(name: str) -> str:
    if name in shared("failing"):
        raise OutputError(f"cannot read {name}", file=name)
    return name


@pytest.mark.parametrize("failing, expected", [({"a", "b"}, "a: cannot read a"), ({"b"}, "b: cannot read b"), ({"a"}, "a: cannot read a")])
def test_two_tasks_raise_the_first_failure_in_task_order(failing, expected):
    with pytest.raises(OutputError) as caught:
        list(iter_ordered(_fail_on, ["a", "b"], 2, {"failing": failing}))
    assert str(caught.value) == expected
