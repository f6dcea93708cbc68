"""The archive under stress: foreign and corrupt files, locks, two writers at once, and kill -9 mid-ingest."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck import api, store
from claimcheck.cli import main
from claimcheck.errors import ArchiveError
from tests.store.corpus import write_articles

ARTICLE = "---\npublished: 2019-03-01\n---\nShenzhen's R&D investment accounted for 4.13% of its GDP in 2017.\n"


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _foreign_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    conn.close()


def _corrupt_archive(path: Path) -> None:
    """A real archive (right header, our application id) whose pages after the first are garbage."""
    source = path.with_name("source.md")
    source.write_text(ARTICLE, encoding="utf-8")
    api.ingest([str(source)], path, fast=True)
    data = bytearray(path.read_bytes())
    data[4096:] = os.urandom(len(data) - 4096)
    path.write_bytes(bytes(data))


def _text_file(path: Path) -> None:
    path.write_text("these are my notes, not a database\n", encoding="utf-8")


@pytest.mark.parametrize("make", [_random_bytes, _foreign_sqlite, _corrupt_archive, _text_file])
@pytest.mark.parametrize("command", ["ingest", "query", "check"])
def test_foreign_or_corrupt_archive_is_refused_in_one_line_and_left_alone(tmp_path: Path, make, command: str) -> None:
    db = tmp_path / "claims.db"
    make(db)
    before = db.read_bytes()
    siblings = set(tmp_path.iterdir())
    article = tmp_path / "new.md"
    article.write_text(ARTICLE, encoding="utf-8")
    args = {"ingest": ["ingest", str(article), "--fast", "--archive", str(db)],
            "query": ["query", "--metric", "gdp", "--archive", str(db)],
            "check": ["check", str(article), "--fast", "--archive", str(db)]}[command]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(db) in lines[0] and lines[0].startswith("claimcheck: error:")
    assert db.read_bytes() == before
    assert {p for p in tmp_path.iterdir() if p.name.startswith("claims.db")} == \
        {p for p in siblings if p.name.startswith("claims.db")}


def test_missing_archive_is_not_created_by_readers(tmp_path: Path) -> None:
    db = tmp_path / "none.db"
    result = CliRunner().invoke(main, ["query", "--archive", str(db)])
    assert result.exit_code == 2 and "no archive here" in result.stderr
    assert not db.exists()


def test_archive_from_a_newer_claimcheck_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    with store.Archive(db, create=True) as arc:
        arc.conn.execute(f"PRAGMA user_version = {store.LATEST + 1}")
    with pytest.raises(ArchiveError, match="newer than this claimcheck"):
        store.Archive(db)


def test_an_empty_file_becomes_an_archive(tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    db.touch()
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    assert api.ingest([str(tmp_path / "a.md")], db, fast=True).added == 1


def test_a_held_write_lock_is_a_clear_error(tmp_path: Path) -> None:
    db, article = tmp_path / "claims.db", tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    api.ingest([str(article)], db, fast=True)
    article.write_text(ARTICLE.replace("4.13%", "4.2%"), encoding="utf-8")
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(ArchiveError, match="locked by another process") as caught:
            api.ingest([str(article)], db, fast=True, timeout=0.2)
        assert str(db) in str(caught.value) and "\n" not in str(caught.value)
    finally:
        holder.close()
    assert api.ingest([str(article)], db, fast=True).revised == 1


def test_two_processes_ingesting_at_once(tmp_path: Path) -> None:
    write_articles(tmp_path / "a", 40, seed=1)
    write_articles(tmp_path / "b", 40, seed=2)
    runs = [_ingest_process(tmp_path, "a", "b"), _ingest_process(tmp_path, "b")]  # b is written by both
    for proc in runs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    counts = _assert_consistent(tmp_path / "claims.db")
    assert counts == {"current": 80, "revisions": 0}


def _open_archive(path: str, results: "multiprocessing.queues.Queue[str]") -> None:
    try:
        store.Archive(path, create=True, timeout=30).close()
        results.put("ok")
    except ArchiveError as exc:
        results.put(str(exc))


def test_two_processes_creating_one_archive_both_wait_for_its_lock(tmp_path: Path) -> None:
    # switching a new file to write-ahead logging could fail at once ("database is locked") when another process
    # was creating it too: about one opening in eight failed before the switch waited for the lock
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    results = ctx.Queue()
    for i in range(24):
        path = str(tmp_path / f"claims{i}.db")
        procs = [ctx.Process(target=_open_archive, args=(path, results)) for _ in range(2)]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join(60)
        assert [results.get(timeout=10) for _ in procs] == ["ok", "ok"], path


def test_kill_9_mid_ingest_leaves_a_consistent_archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_articles(tmp_path / "corpus", 400, seed=3)
    db = tmp_path / "claims.db"
    proc = _ingest_process(tmp_path, "corpus")
    deadline = time.monotonic() + 90
    while _committed(db) < 40:
        assert proc.poll() is None, "ingest ended before it could be killed"
        assert time.monotonic() < deadline, "ingest made no progress"
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    done = _assert_consistent(db)["current"]
    assert 40 <= done < 400
    monkeypatch.chdir(tmp_path)
    summary = api.ingest(["corpus"], db, fast=True)
    assert (summary.unchanged, summary.added) == (done, 400 - done)
    assert _assert_consistent(db)["current"] == 400


def _ingest_process(cwd: Path, *folders: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "claimcheck", "ingest", *folders, "--fast", "--archive", "claims.db"],
                            cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _committed(db: Path) -> int:
    """Documents committed so far, read without ever creating the file."""
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0  # still being created


def _assert_consistent(db: Path) -> dict[str, int]:
    """Reopen the archive the way claimcheck does; check integrity and that every version has all its claims."""
    with store.Archive(db) as arc:
        conn = arc.conn
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        incomplete = conn.execute(
            "SELECT d.path, d.version, d.claim_count, count(c.seq) FROM documents d LEFT JOIN claims c "
            "ON c.document = d.id GROUP BY d.id HAVING count(c.seq) != d.claim_count").fetchall()
        assert incomplete == []
        paths, current = conn.execute("SELECT count(DISTINCT path), sum(current) FROM documents").fetchone()
        assert paths == current  # exactly one current version of every document
        stats = arc.stats()
    return {"current": stats["documents"], "revisions": stats["revisions"]}


def test_an_archive_created_between_the_owner_checks_reads_still_counts_as_ours(tmp_path: Path) -> None:
    """Two ingests creating one archive: the second must not take the first's fresh archive for a foreign file."""
    from claimcheck.store.schema import check_owner, migrate

    db = tmp_path / "claims.db"
    with sqlite3.connect(db) as setup:  # an empty file in WAL mode, as a first ingest leaves it before migrating
        setup.execute("PRAGMA journal_mode = WAL")
    setup.close()
    other = sqlite3.connect(db, isolation_level=None)

    class Interleaved:
        """A connection that lets the other process migrate right after its header is read."""

        def __init__(self) -> None:
            self.conn = sqlite3.connect(db, isolation_level=None)

        def __getattr__(self, name: str) -> object:
            return getattr(self.conn, name)

        def execute(self, sql: str) -> sqlite3.Cursor:
            cursor = self.conn.execute(sql)
            if sql == "PRAGMA application_id":
                migrate(other, str(db))
            return cursor

    mine = Interleaved()
    try:
        check_owner(mine, str(db))  # type: ignore[arg-type]
        assert other.execute("PRAGMA application_id").fetchone()[0] != 0  # the other process did create it
        check_owner(mine, str(db))  # type: ignore[arg-type]  # and once created, it is ours on a fresh look
    finally:
        mine.conn.close()
        other.close()
