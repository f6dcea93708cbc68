"""Opening claimcheck SQLite files safely: refuse foreign or corrupt files; WAL, busy timeout, migrations.

A file that is not ours is never written to: its header is read before SQLite
opens it, and its schema is inspected before any pragma that writes.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from ..errors import ArchiveError
from .db import DEFAULT_TIMEOUT, translate
from .schema import check_owner, migrate

MAGIC = b"SQLite format 3\x00"


def connect(path: str, *, create: bool, timeout: float = DEFAULT_TIMEOUT) -> sqlite3.Connection:
    """Open (or, with ``create``, make) a claimcheck database, migrated to the latest schema."""
    _check_file(Path(path), create)
    with translate(path, timeout):
        conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
        try:
            check_owner(conn, path)
            _wal(conn, timeout)
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            migrate(conn, path)
        except BaseException:
            conn.close()
            raise
    return conn


def _wal(conn: sqlite3.Connection, timeout: float) -> None:
    """Switch to write-ahead logging, waiting up to ``timeout`` for the lock it needs.

    When two processes create the same archive at once, the switch can fail with "database is locked" at once:
    SQLite does not call the busy handler for it (seen in about one in eight concurrent creations). Retry it.
    """
    deadline = time.monotonic() + timeout
    delay = 0.005
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() + delay > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.1)


def _check_file(p: Path, create: bool) -> None:
    if p.is_dir():
        raise ArchiveError(f"{p}: is a directory, not a claimcheck archive")
    if not p.exists():
        if not create:
            raise ArchiveError(f"{p}: no archive here (create one with `claimcheck ingest PATH... --archive {p}`)")
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ArchiveError(f"{p}: cannot create the archive's directory: {exc.strerror or exc}") from exc
        return
    try:
        with p.open("rb") as fh:
            head = fh.read(len(MAGIC))
    except OSError as exc:
        raise ArchiveError(f"{p}: cannot read: {exc.strerror or exc}") from exc
    if head and head != MAGIC:
        raise ArchiveError(f"{p}: not a claimcheck archive (not an SQLite database); refusing to use it")
