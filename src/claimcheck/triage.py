"""What to report of the findings: in-source suppressions, baselines, and focus on new documents.

Runs after the rules and before the report. A finding is

- *suppressed* when one of its claims lies in a region silenced by a
  ``<!-- claimcheck-disable RULE: reason -->`` comment naming its rule id or
  kind (or no rule at all);
- *unchanged* when its fingerprint is in the baseline file given with
  ``--baseline`` (SARIF ``baselineState``), so only new findings are reported;
- *out of focus* when a set of focus documents is given (``--changed-since``,
  ``--archive``) and none of its claims comes from one of them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .model import Document, Finding

BASELINE_FORMAT = 1


@dataclass(frozen=True)
class Triage:
    """Findings sorted into what is reported and what is held back, and why."""

    reported: tuple[Finding, ...]
    suppressed: tuple[Finding, ...] = ()
    baselined: tuple[Finding, ...] = ()
    out_of_focus: int = 0
    unused_suppressions: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()


def triage(findings: Sequence[Finding], documents: Iterable[Document], *, baseline: dict[str, dict[str, Any]] | None = None,
           focus: set[str] | None = None) -> Triage:
    """Apply focus, then suppressions, then the baseline."""
    kept = [f for f in findings if focus is None or any(c.doc in focus for c in f.claims)]
    out_of_focus = len(findings) - len(kept)
    regions = {d.id: d.meta.get("suppressions") or [] for d in documents}
    used: set[tuple[str, int]] = set()
    reported: list[Finding] = []
    suppressed: list[Finding] = []
    for f in kept:
        region = _silencing(f, regions)
        if region is None:
            reported.append(f)
            continue
        doc_id, r = region
        used.add((doc_id, r["start"]))
        suppressed.append(replace(f, detail={**f.detail, "suppressed": True, "suppressed_reason": r["reason"],
                                               "suppressed_at": f"{doc_id}:{r['line']}"}))
    unused = tuple(f"{doc_id}:{r['line']}: unused suppression ({', '.join(r['rules']) or 'all rules'})"
                   for doc_id, rs in regions.items() for r in rs if (doc_id, r["start"]) not in used
                   and (focus is None or doc_id in focus))
    baselined: list[Finding] = []
    absent: tuple[str, ...] = ()
    if baseline is not None:
        new = []
        for f in reported:
            if f.id in baseline:
                baselined.append(replace(f, detail={**f.detail, "baseline_state": "unchanged"}))
            else:
                new.append(replace(f, detail={**f.detail, "baseline_state": "new"}))
        reported = new
        firing = {f.id for f in findings}
        absent = tuple(sorted(i for i in baseline if i not in firing))
    return Triage(tuple(reported), tuple(suppressed), tuple(baselined), out_of_focus, unused, absent)


def _silencing(finding: Finding, regions: dict[str, list[dict[str, Any]]]) -> tuple[str, dict[str, Any]] | None:
    for claim in finding.claims:
        for r in regions.get(claim.doc, ()):
            if r["start"] <= claim.start < r["end"] and (not r["rules"] or finding.rule in r["rules"] or finding.kind in r["rules"]):
                return claim.doc, r
    return None


def load_baseline(path: str | Path) -> dict[str, dict[str, Any]]:
    """Fingerprint -> entry from a baseline file written by ``write_baseline``."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read baseline: {getattr(exc, 'strerror', None) or exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}:{exc.lineno}: invalid baseline JSON: {exc.msg}") from exc
    entries = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not all(isinstance(e, dict) and isinstance(e.get("id"), str) for e in entries):
        raise ConfigError(f"{path}:1: not a claimcheck baseline (expected {{\"findings\": [{{\"id\": ...}}]}})")
    return {e["id"]: e for e in entries}


def baseline_entries(findings: Iterable[Finding]) -> list[dict[str, Any]]:
    """Baseline entries for findings: fingerprint plus enough to read the file by eye."""
    return sorted(({"id": f.id, "rule": f.rule, "severity": f.severity, "message": f.message,
                    "docs": sorted({c.doc for c in f.claims})} for f in findings), key=lambda e: (e["rule"], e["id"]))


def write_baseline(path: str | Path, entries: list[dict[str, Any]]) -> None:
    """Write a baseline atomically (a temporary file renamed over the old one)."""
    target = Path(path)
    if target.parent and not target.parent.exists():
        target.parent.mkdir(parents=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps({"claimcheck_baseline": BASELINE_FORMAT, "findings": entries}, indent=2) + "\n",
                   encoding="utf-8")
    tmp.replace(target)
