"""The extraction cache: a document's claims, reused while its text, date and the extractor are unchanged.

Entries are keyed by (document id, pipeline) and hold a fingerprint of what
the claims depend on: the text, the publication date and the extractor
version. One entry per document and pipeline, so the cache never outgrows the
corpus. A hit needs no NLP at all: the pipeline is never loaded.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..model import Claim, Document
from ..normalize import EXTRACTOR_VERSION
from .codec import claims_from_json, claims_to_json
from .db import DEFAULT_TIMEOUT, Connected, guarded, transaction
from .files import connect

DEFAULT_CACHE = ".claimcheck/cache.db"


class ExtractionCache(Connected):
    """Claims by document, valid while the document's fingerprint matches."""

    def __init__(self, path: str | Path = DEFAULT_CACHE, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.path = str(path)
        self.timeout = timeout
        self.conn = connect(self.path, create=True, timeout=timeout)

    @guarded
    def get(self, doc: Document, pipeline: str) -> list[Claim] | None:
        """The cached claims of ``doc`` extracted by ``pipeline``, or None when absent or stale."""
        row = self.conn.execute("SELECT fingerprint, claims FROM extraction_cache WHERE doc_id = ? AND pipeline = ?",
                                (doc.id, pipeline)).fetchone()
        if row is None or row[0] != fingerprint(doc):
            return None
        return claims_from_json(row[1])

    @guarded
    def put(self, doc: Document, pipeline: str, claims: list[Claim]) -> None:
        """Remember the claims of ``doc`` (replacing what was cached for it)."""
        with transaction(self.conn):
            self.conn.execute("INSERT OR REPLACE INTO extraction_cache VALUES (?, ?, ?, ?)",
                              (doc.id, pipeline, fingerprint(doc), claims_to_json(claims)))


def fingerprint(doc: Document) -> str:
    """What a document's claims depend on besides its id: extractor version, text and publication date."""
    parts = (EXTRACTOR_VERSION, doc.published or "", doc.published_source or "", doc.text)
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
