"""Store stage: the SQLite claim archive, the extraction cache, and comparing versions of a document.

One file format for both: an SQLite database marked with claimcheck's
``application_id``, schema versioned by ``user_version`` and migrated in order
(``schema.py``), in WAL mode with a busy timeout. Writes take the write lock up
front (``BEGIN IMMEDIATE``) and commit one document at a time. Files that are
not ours, corrupt files and locks become a one-line ``ArchiveError`` naming the
file; a file that is not ours is never written to.
"""

from __future__ import annotations

from .archive import DEFAULT_ARCHIVE, Archive
from .cache import DEFAULT_CACHE, ExtractionCache
from .codec import claim_from_json, claim_to_json, parse_label, revision_label
from .db import DEFAULT_TIMEOUT
from .schema import LATEST
from .sources import content_hash, source_key
from .versions import VersionDiff, compare_versions

__all__ = [
    "Archive", "DEFAULT_ARCHIVE", "DEFAULT_CACHE", "DEFAULT_TIMEOUT", "ExtractionCache", "LATEST", "VersionDiff",
    "claim_from_json", "claim_to_json", "compare_versions", "content_hash", "parse_label", "revision_label",
    "source_key",
]
