"""Spread per-file and per-pair work over processes when a run is large enough to gain from it."""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import sys
from typing import Any, Callable, Iterable, Iterator, Sequence, TypeVar

B = TypeVar("B")
T = TypeVar("T")

#: below this many tasks the cost of starting processes outweighs the gain
MIN_PARALLEL_TASKS = 4

# forked workers inherit this mapping, so large inputs reach them without pickling
_SHARED: dict[str, Any] = {}


#: cyclic-GC thresholds for bulk phases (Python's default first threshold is 700 allocations)
BULK_GC_THRESHOLD = (100_000, 50, 100)


@contextlib.contextmanager
def bulk_phase() -> Iterator[None]:
    """Run a phase that builds hundreds of thousands of long-lived objects with rare cyclic-GC passes.

    Rows, items and links hold no reference cycles, yet at the default thresholds the collector
    rescans the growing heap again and again: a quarter of a 39-file run's time went to it.
    """
    previous = gc.get_threshold()
    gc.set_threshold(*BULK_GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def shared(name: str) -> Any:
    """A value the parent published for the current iter_ordered call."""
    return _SHARED[name]


def worker_count(requested: int, tasks: int, heavy: bool = False) -> int:
    """Processes to use: 1 for small runs or where fork is unavailable, else the request or the CPUs.

    ``heavy`` tasks (large files) are worth a process each from two of them on.
    """
    if requested == 1 or tasks < (2 if heavy else MIN_PARALLEL_TASKS) or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(requested or os.cpu_count() or 1, tasks))


def iter_ordered(
    function: Callable[[Any], Any],
    tasks: Sequence[Any],
    workers: int,
    values: dict[str, Any] | None = None,
    on_done: Callable[[Any], None] | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> Iterator[Any]:
    """function(task) for every task, results in task order one by one as they come, so the caller can use
    each while the rest are made; ``values`` are visible through shared().

    ``meanwhile`` runs in this process while forked workers work (first, when there are none).
    """
    _SHARED.clear()
    _SHARED.update(values or {})
    try:
        yield from _results(function, tasks, workers, on_done, meanwhile)
    finally:
        _SHARED.clear()


def _results(
    function: Callable[[Any], Any], tasks: Sequence[Any], workers: int, on_done: Callable[[Any], None] | None, meanwhile: Callable[[], None] | None
) -> Iterable[Any]:
    """Yield results in order, in this process or in a pool of forked workers."""
    if workers <= 1:
        if meanwhile:
            meanwhile()
        for task in tasks:
            value = function(task)
            if on_done:
                on_done(task)
            yield value
        return
    if len(tasks) == 2:
        yield from _two_alongside(function, tasks, on_done, meanwhile)
        return
    # frozen objects are never scanned by a worker's collector, so their pages stay shared, not copied
    _flush_std_streams()
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            results = pool.imap(function, tasks)
            if meanwhile:
                meanwhile()
            for task, value in zip(tasks, results):
                if on_done:
                    on_done(task)
                yield value
    finally:
        gc.unfreeze()


def _two_alongside(
    function: Callable[[Any], Any], tasks: Sequence[Any], on_done: Callable[[Any], None] | None, meanwhile: Callable[[], None] | None
) -> Iterable[Any]:
    """Two tasks: the first in a forked process, the second here after ``meanwhile`` (no pool to start, one
    result to send back); a failure is raised in task order, as a pool's would be."""

    def here() -> tuple[bool, Any]:
        if meanwhile:
            meanwhile()
        return _attempt(function, tasks[1])

    outcomes = run_alongside(lambda: _attempt(function, tasks[0]), here)
    for task, (ok, value) in zip(tasks, outcomes):
        if not ok:
            raise value
        if on_done:
            on_done(task)
        yield value


def _attempt(function: Callable[[Any], Any], task: Any) -> tuple[bool, Any]:
    """(True, function(task)), or (False, the error it raised)."""
    try:
        return True, function(task)
    except Exception as error:  # noqa: BLE001 - raised again by the caller, in task order
        return False, error


def run_alongside(background: Callable[[], B], foreground: Callable[[], T]) -> tuple[B, T]:
    """(background(), foreground()): foreground here while background runs in a forked process.

    An error of either is raised here; background's value must pickle. Without fork (or with one
    CPU) the two simply run one after the other.
    """
    if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return background(), foreground()
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    _flush_std_streams()
    gc.freeze()
    try:
        process = context.Process(target=_report_to, args=(send, background), daemon=True)
        process.start()
    finally:
        gc.unfreeze()
    send.close()
    try:
        value = foreground()
    finally:
        ok, outcome = _outcome(receive, process)
    if not ok:
        raise outcome
    return outcome, value


def _report_to(send: Any, function: Callable[[], Any]) -> None:
    """In the forked process: run function, then send (True, its value) or (False, the exception it raised)."""
    try:
        message = (True, function())
    except BaseException as error:  # noqa: BLE001 - every failure must reach the parent
        message = (False, error)
    try:
        try:
            send.send(message)
        except Exception as error:  # noqa: BLE001 - a value or error that does not pickle still gets a word back
            send.send((False, RuntimeError(f"a worker's outcome could not be sent back ({error})")))
    finally:
        send.close()


def _outcome(receive: Any, process: Any) -> tuple[bool, Any]:
    """What the forked process sent, after it ended; an error when it died without a word."""
    try:
        message = receive.recv()
    except EOFError:
        message = (False, RuntimeError(f"a worker process ended unexpectedly (exit code {process.exitcode})"))
    process.join()
    return message


def _flush_std_streams() -> None:
    """Flush stdout and stderr before a fork: a forked process flushes what it inherited, printing it twice."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
