"""Run a function over a stream of items in worker processes, results in input order, memory bounded.

Items are read from the iterator in the calling process only as worker slots
free up (at most ``window`` in flight), so a lazy reader stays lazy and its
callbacks run in the caller. On Linux workers are forked after ``prepare`` has
run in the parent, so a loaded spaCy pipeline and built lookup tables are
shared copy-on-write instead of loaded again; elsewhere they are spawned and
``prepare`` runs once in each worker.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

__all__ = ["cpu_count", "ordered_map"]

T = TypeVar("T")
R = TypeVar("R")


def cpu_count() -> int:
    """Cores this process may run on (its CPU affinity where the OS has one)."""
    try:
        return len(os.sched_getaffinity(0))  # type: ignore[attr-defined]
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def ordered_map(fn: Callable[[T], R], items: Iterable[T], jobs: int | None = None, *,
                known: Callable[[T], R | None] | None = None, prepare: Callable[[], None] | None = None,
                window: int | None = None) -> Iterator[tuple[T, R]]:
    """``(item, fn(item))`` for every item, in input order, computed in ``jobs`` processes.

    Args:
        fn: a module-level function (it is pickled by reference).
        jobs: worker processes; ``None`` means all cores. With 1, or fewer
            than two items for ``fn``, everything runs in this process.
        known: gives an item's result without ``fn`` (e.g. from a cache), or None.
        prepare: warms up shared state before workers start (e.g. loads the pipeline).
        window: items read ahead at most (default ``4 * jobs``).
    """
    jobs = cpu_count() if jobs is None else max(1, jobs)
    limit = window or 4 * jobs
    pending: deque[list[Any]] = deque()  # [item, result]; result None: held back until a second item needs fn
    held: list[Any] | None = None
    pool: Any = None
    try:
        for item in items:
            found = known(item) if known is not None else None
            if found is not None or jobs == 1:
                pending.append([item, _Ready(fn(item) if found is None else found)])
            elif pool is None and held is None:
                held = [item, None]
                pending.append(held)
            else:
                if pool is None:
                    pool = _pool(jobs, prepare)
                    if held is not None and held[1] is None:
                        held[1] = pool.apply_async(fn, (held[0],))
                pending.append([item, pool.apply_async(fn, (item,))])
            while pending and (len(pending) >= limit or pending[0][1] is not None and pending[0][1].ready()):
                yield _settle(fn, pending.popleft())
        while pending:
            yield _settle(fn, pending.popleft())
    finally:
        if pool is not None:
            pool.terminate()


def _settle(fn: Callable[[Any], Any], entry: list[Any]) -> tuple[Any, Any]:
    if entry[1] is None:  # the held item, never sent to a pool: run it here
        entry[1] = _Ready(fn(entry[0]))
    return entry[0], entry[1].get()


def _pool(jobs: int, prepare: Callable[[], None] | None) -> Any:
    fork = sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
    if fork and prepare is not None:
        prepare()  # before the fork, so every worker inherits it
    ctx = multiprocessing.get_context("fork" if fork else "spawn")
    return ctx.Pool(jobs, initializer=None if fork else prepare)


class _Ready:
    """A result computed in this process, with the ``AsyncResult`` methods ``ordered_map`` uses."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def ready(self) -> bool:
        return True

    def get(self) -> Any:
        return self.value
