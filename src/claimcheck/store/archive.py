"""The claim archive: documents with their versions, and each version's claims, in one SQLite file."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from pathlib import Path

from ..model import Claim, Document
from .codec import claim_from_json, claim_to_json, document_from_row, meta_to_json, revision_label, term_key
from .db import DEFAULT_TIMEOUT, Connected, guarded, transaction
from .files import connect

DEFAULT_ARCHIVE = ".claimcheck/claims.db"
_SELECT_CLAIMS = "SELECT c.data, d.path, d.version, d.current FROM claims c JOIN documents d ON d.id = c.document"
_ORDER = "ORDER BY c.metric_key, c.entity_key, c.period, d.published, d.path, d.version, c.seq"
_RELATED = """
    WITH related AS (
        SELECT c.data, c.metric_key, c.entity_key, c.period, d.path, d.version, d.current, d.published,
               row_number() OVER (PARTITION BY c.metric_key, c.entity_key, c.period, c.kind, c.unit,
                                               c.qualifier IN ('exact', 'approx')
                                  ORDER BY d.published, d.path, d.version) AS earliest
        FROM claims c JOIN documents d ON d.id = c.document
        WHERE c.metric_key IN (SELECT value FROM json_each(:metrics))
          AND c.entity_key IN (SELECT value FROM json_each(:entities))
          AND c.kind != 'date' AND c.value IS NOT NULL AND c.period IS NOT NULL
          AND (d.current = 1 OR d.path IN (SELECT value FROM json_each(:versions))))
    SELECT data, path, version, current FROM related
    WHERE earliest = 1 OR path IN (SELECT value FROM json_each(:versions)) OR published >= :since
       OR (metric_key, entity_key, period) IN (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'),
                                                      json_extract(value, '$[2]') FROM json_each(:triples))
    ORDER BY path, version"""


class Archive(Connected):
    """An open claim archive. Documents are keyed by ``Document.id`` (an archive key, see ``source_key``).

    Every write is one transaction per document, so a run killed at any moment
    leaves each document at either its old or its new version.
    """

    def __init__(self, path: str | Path = DEFAULT_ARCHIVE, *, create: bool = False,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        self.path = str(path)
        self.timeout = timeout
        self.conn = connect(self.path, create=create, timeout=timeout)

    @guarded
    def fingerprints(self) -> dict[str, tuple[str, str, str]]:
        """Current version of every document: key -> (content hash, extractor version, pipeline)."""
        rows = self.conn.execute("SELECT path, content_hash, extractor, pipeline FROM documents WHERE current = 1")
        return {path: (digest, extractor, pipeline) for path, digest, extractor, pipeline in rows}

    @guarded
    def write(self, doc: Document, claims: list[Claim], *, content_hash: str, extractor: str, pipeline: str) -> str:
        """Make ``doc`` with ``claims`` the current version of its document, in one transaction.

        Returns ``"added"`` (a new document), ``"revised"`` (the text changed: the
        previous version and its claims are kept as a revision) or ``"refreshed"``
        (same text, extracted again: its claims are replaced).
        """
        with transaction(self.conn):
            row = self.conn.execute("SELECT id, version, text FROM documents WHERE path = ? AND current = 1",
                                    (doc.id,)).fetchone()
            if row is None:
                version, status = 1, "added"
            elif row[2] == doc.text:
                self.conn.execute("DELETE FROM documents WHERE id = ?", (row[0],))
                version, status = row[1], "refreshed"
            else:
                self.conn.execute("UPDATE documents SET current = 0 WHERE id = ?", (row[0],))
                version, status = row[1] + 1, "revised"
            doc_row = self._insert_document(doc, version, content_hash, extractor, pipeline, len(claims))
            self._insert_claims(doc_row, claims)
        return status

    def _insert_document(self, doc: Document, version: int, content_hash: str, extractor: str, pipeline: str,
                         count: int) -> int:
        cur = self.conn.execute(
            "INSERT INTO documents (path, version, current, content_hash, extractor, pipeline, published, "
            "published_source, meta, body_start, text, claim_count, ingested_at) "
            "VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.id, version, content_hash, extractor, pipeline, doc.published, doc.published_source,
             meta_to_json(doc), doc.body_start, doc.text, count, dt.datetime.now(dt.timezone.utc).isoformat()))
        return int(cur.lastrowid or 0)

    def _insert_claims(self, doc_row: int, claims: list[Claim]) -> None:
        self.conn.executemany(
            "INSERT INTO claims (document, seq, claim_id, kind, unit, qualifier, metric_key, entity_key, period, value, "
            "data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_row, i, c.id, c.kind, c.unit, c.qualifier, term_key(c.metric), term_key(c.entity), c.period, c.value,
              claim_to_json(c)) for i, c in enumerate(claims)])
        terms = {("metric", term_key(c.metric)) for c in claims} | {("entity", term_key(c.entity)) for c in claims}
        self.conn.executemany("INSERT OR IGNORE INTO vocabulary (field, key) VALUES (?, ?)", sorted(terms))

    @guarded
    def claims(self, *, metric: str | None = None, entity: str | None = None, period: str | None = None,
               doc: str | None = None, kind: str | None = None, all_versions: bool = False) -> list[Claim]:
        """Claims matching every filter given; each filter is exact (case-insensitive) or a ``*``/``?`` glob.

        ``doc`` also matches a file name without its directory. With
        ``all_versions``, claims of earlier versions are included, citing ``path@revN``.
        """
        where, params = ["d.current = 1"] if not all_versions else ["1"], []
        for column, value in (("c.metric_key", term_key(metric) if metric else None),
                              ("c.entity_key", term_key(entity) if entity else None),
                              ("c.period", period), ("c.kind", kind)):
            if value is not None:
                where.append(f"{column} {'GLOB' if _is_glob(value) else '='} ?")
                params.append(value)
        if doc is not None:
            pattern = doc if _is_glob(doc) else _glob_escape(doc)
            where.append("(d.path GLOB ? OR d.path GLOB '*/' || ?)")
            params += [pattern, pattern]
        rows = self.conn.execute(f"{_SELECT_CLAIMS} WHERE {' AND '.join(where)} {_ORDER}", params)
        return [claim_from_json(data, doc=_label(path, version, current)) for data, path, version, current in rows]

    @guarded
    def related(self, metrics: Iterable[str], entities: Iterable[str], triples: Iterable[tuple[str, str, str]], *,
                versions_of: Mapping[str, str] | None = None, since: str | None = None) -> list[Claim]:
        """The archived claims rules can pair with new claims of these metric and entity keys.

        Only dated, comparable claims (with a period and a value, not dates) of
        current versions count, and of them:

        - every claim matching one of the (metric key, entity key, period)
          ``triples``: what a new claim can conflict with;
        - for every other period, the earliest published claim of each metric,
          entity, period, kind, unit and exactness: what drift and stale compare
          across periods;
        - every claim published on or after ``since`` (the earliest new article):
          figures a new article may make stale;
        - every claim of every version of the documents in ``versions_of``
          (archive key -> the id it is being checked under), cited ``ID@revN``,
          so drift reports what a new version revised.

        So, when new articles are the latest, the claims loaded grow with the
        periods the archive covers, not with the number of its articles.
        """
        versions_of = versions_of or {}
        params = {"metrics": json.dumps(sorted(metrics)), "entities": json.dumps(sorted(entities)),
                  "versions": json.dumps(sorted(versions_of)), "triples": json.dumps(sorted(triples)), "since": since}
        rows = self.conn.execute(_RELATED, params)
        return [claim_from_json(data, doc=revision_label(versions_of[path], version) if path in versions_of
                                else _label(path, version, current))
                for data, path, version, current in rows]

    @guarded
    def vocabulary(self, field: str) -> list[str]:
        """Every metric (``field="metric"``) or entity key ever archived; ``''`` stands for none."""
        return [k for (k,) in self.conn.execute("SELECT key FROM vocabulary WHERE field = ? ORDER BY key", (field,))]

    @guarded
    def document(self, path: str, version: int | None = None) -> Document | None:
        """A document with its text: the current version of ``path``, or version ``version`` (id ``path@revN``)."""
        where, params = ("current = 1", (path,)) if version is None else ("version = ?", (path, version))
        row = self.conn.execute("SELECT text, published, published_source, meta, body_start FROM documents "
                                f"WHERE path = ? AND {where}", params).fetchone()
        return document_from_row(path if version is None else revision_label(path, version), row) if row else None

    @guarded
    def stats(self) -> dict[str, int]:
        """How many documents, earlier versions and current claims the archive holds."""
        docs, revisions, claims = self.conn.execute(
            "SELECT sum(current), sum(1 - current), sum(claim_count * current) FROM documents").fetchone()
        return {"documents": docs or 0, "revisions": revisions or 0, "claims": claims or 0}


def _label(path: str, version: int, current: int) -> str:
    """What a stored claim cites: its path, or ``path@revN`` for an earlier version."""
    return path if current else revision_label(path, version)


def _is_glob(pattern: str) -> bool:
    return "*" in pattern or "?" in pattern


def _glob_escape(s: str) -> str:
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in s)
