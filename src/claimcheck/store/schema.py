"""The archive's schema as an ordered list of migrations, applied in one transaction each.

``PRAGMA user_version`` holds the number of the last migration applied and
``PRAGMA application_id`` marks the file as a claimcheck database, so files of
other applications are recognized and refused. Append a migration to change
the schema; never edit one that has shipped.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from .. import __version__
from ..errors import ArchiveError
from .db import transaction

APPLICATION_ID = 0x434C4D43  # "CLMC"


@dataclass(frozen=True)
class Migration:
    """One schema step: its number (the ``user_version`` it leaves behind) and its statements."""

    number: int
    summary: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents with versions, claims with indexed keys, vocabulary, extraction cache", (
        """CREATE TABLE migrations (
               number INTEGER PRIMARY KEY, summary TEXT NOT NULL, applied_at TEXT NOT NULL, by_version TEXT NOT NULL)""",
        # One row per version of a document; ``current`` marks the live one, older ones are revisions.
        """CREATE TABLE documents (
               id INTEGER PRIMARY KEY,
               path TEXT NOT NULL,
               version INTEGER NOT NULL,
               current INTEGER NOT NULL CHECK (current IN (0, 1)),
               content_hash TEXT NOT NULL,
               extractor TEXT NOT NULL,
               pipeline TEXT NOT NULL,
               published TEXT,
               published_source TEXT,
               meta TEXT NOT NULL,
               body_start INTEGER NOT NULL,
               text TEXT NOT NULL,
               claim_count INTEGER NOT NULL,
               ingested_at TEXT NOT NULL,
               UNIQUE (path, version))""",
        "CREATE UNIQUE INDEX documents_current ON documents (path) WHERE current = 1",
        # ``data`` is the whole Claim as JSON; the other columns exist to be indexed.
        """CREATE TABLE claims (
               document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
               seq INTEGER NOT NULL,
               claim_id TEXT NOT NULL,
               kind TEXT NOT NULL,
               unit TEXT,
               qualifier TEXT NOT NULL,
               metric_key TEXT NOT NULL,
               entity_key TEXT NOT NULL,
               period TEXT,
               value REAL,
               data TEXT NOT NULL,
               PRIMARY KEY (document, seq)) WITHOUT ROWID""",
        "CREATE INDEX claims_metric ON claims (metric_key, entity_key, period)",
        "CREATE INDEX claims_entity ON claims (entity_key, period)",
        "CREATE INDEX claims_period ON claims (period)",
        "CREATE INDEX claims_kind ON claims (kind, unit)",
        # Distinct metric and entity keys, so finding related claims never scans every claim.
        "CREATE TABLE vocabulary (field TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (field, key)) WITHOUT ROWID",
        """CREATE TABLE extraction_cache (
               doc_id TEXT NOT NULL, pipeline TEXT NOT NULL, fingerprint TEXT NOT NULL, claims TEXT NOT NULL,
               PRIMARY KEY (doc_id, pipeline)) WITHOUT ROWID""",
    )),
)
LATEST = MIGRATIONS[-1].number


def check_owner(conn: sqlite3.Connection, path: str) -> None:
    """Refuse SQLite files of other applications and archives from a newer claimcheck.

    The header and the schema are read in one read transaction: read apart, a
    process that creates the archive between the two reads would make a fresh
    archive look like another application's file (id 0, tables present).
    """
    conn.execute("BEGIN")
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        empty = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")
    if app_id == 0 and empty:
        return  # an empty database: nothing of anyone's to lose
    if app_id != APPLICATION_ID:
        raise ArchiveError(f"{path}: not a claimcheck archive (an SQLite database of another application); "
                           "refusing to use it")
    if version > LATEST:
        raise ArchiveError(f"{path}: archive schema {version} is newer than this claimcheck knows ({LATEST}); upgrade")


def migrate(conn: sqlite3.Connection, path: str) -> None:
    """Apply the migrations the file has not seen, each in its own write transaction."""
    for step in MIGRATIONS:
        if conn.execute("PRAGMA user_version").fetchone()[0] >= step.number:
            continue
        with transaction(conn):
            # Another process may have migrated while we waited for the write lock.
            if conn.execute("PRAGMA user_version").fetchone()[0] >= step.number:
                continue
            for statement in step.statements:
                conn.execute(statement)
            conn.execute("INSERT INTO migrations VALUES (?, ?, ?, ?)",
                         (step.number, step.summary, dt.datetime.now(dt.timezone.utc).isoformat(), __version__))
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {step.number}")
