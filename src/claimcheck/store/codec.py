"""Records <-> rows: claims as JSON of their fields, documents from their row, keys and revision labels."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, fields
from typing import Any

from ..errors import ArchiveError
from ..model import Claim, Document, Interval

_CLAIM_FIELDS = {f.name for f in fields(Claim)}
_REVISION = re.compile(r"^(?P<path>.+)@rev(?P<version>\d+)$")


def claim_to_json(claim: Claim) -> str:
    """Every field of the claim, ``explain`` included; infinite interval ends survive (JSON ``Infinity``)."""
    return json.dumps(asdict(claim), ensure_ascii=False, separators=(",", ":"), default=str)


def claim_from_json(data: str, *, doc: str | None = None) -> Claim:
    """Rebuild a stored claim; ``doc`` relabels it (archived revisions cite ``path@revN``)."""
    return claim_from_dict(json.loads(data), doc=doc)


def claim_from_dict(data: dict[str, Any], *, doc: str | None = None) -> Claim:
    """A Claim from the dict ``claim_to_json`` wrote; unknown keys (from a newer writer) are ignored."""
    try:
        values = {k: v for k, v in data.items() if k in _CLAIM_FIELDS}
        interval = values.get("interval")
        values["interval"] = Interval(**interval) if interval else None
        if doc is not None:
            values["doc"] = doc
        return Claim(**values)
    except (TypeError, ValueError) as exc:
        raise ArchiveError(f"a stored claim cannot be read ({exc}); re-ingest with this claimcheck") from exc


def claims_to_json(claims: list[Claim]) -> str:
    """A list of claims as one JSON array (the extraction cache's value)."""
    return "[" + ",".join(claim_to_json(c) for c in claims) + "]"


def claims_from_json(data: str) -> list[Claim]:
    """The inverse of ``claims_to_json``."""
    return [claim_from_dict(d) for d in json.loads(data)]


def meta_to_json(doc: Document) -> str:
    """Document metadata without the masked scan copy of the text."""
    return json.dumps({k: v for k, v in doc.meta.items() if k != "scan"}, ensure_ascii=False, default=str)


def document_from_row(label: str, row: Any) -> Document:
    """A Document from ``(text, published, published_source, meta, body_start)``."""
    text, published, source, meta, body_start = row
    return Document(id=label, text=text, published=published, published_source=source, meta=json.loads(meta),
                    body_start=body_start)


def term_key(s: str | None) -> str:
    """How metrics and entities are indexed: lower case, single spaces; '' for none."""
    return " ".join(s.lower().split()) if s else ""


def revision_label(path: str, version: int) -> str:
    """The id an archived earlier version of ``path`` goes by: ``path@revN``."""
    return f"{path}@rev{version}"


def parse_label(label: str) -> tuple[str, int | None]:
    """``path@revN`` -> (path, N); a plain path -> (path, None) for its current version."""
    m = _REVISION.match(label)
    return (m["path"], int(m["version"])) if m else (label, None)
