"""sqlite3 plumbing: errors converted to one-line ``ArchiveError`` naming the file, and write transactions."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Self, TypeVar

from ..errors import ArchiveError

DEFAULT_TIMEOUT = 30.0

T = TypeVar("T")


@contextmanager
def translate(path: str, timeout: float = DEFAULT_TIMEOUT) -> Iterator[None]:
    """Turn sqlite3 errors into one-line ``ArchiveError`` naming ``path``."""
    try:
        yield
    except (sqlite3.ProgrammingError, sqlite3.InterfaceError):
        raise  # a bug in claimcheck, not a problem with the file
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if "locked" in message or "busy" in message:
            raise ArchiveError(f"{path}: archive is locked by another process (waited {timeout:g} s); "
                               "try again when it finishes") from exc
        raise ArchiveError(f"{path}: {message}") from exc
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"{path}: corrupt or not a claimcheck archive ({exc}); refusing to use it") from exc
    except sqlite3.Error as exc:
        raise ArchiveError(f"{path}: {exc}") from exc


def guarded(method: Callable[..., T]) -> Callable[..., T]:
    """Run a method of an object with ``path`` and ``timeout`` under ``translate``."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> T:
        with translate(self.path, self.timeout):
            return method(self, *args, **kwargs)

    return wrapper


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: take the write lock up front (``BEGIN IMMEDIATE``), commit or roll back."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class Connected:
    """A claimcheck SQLite file held open: a context manager that closes its connection."""

    path: str
    conn: sqlite3.Connection

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()
