"""Run rules over linked claims and turn their hits into findings with stable fingerprints."""

from __future__ import annotations

import hashlib
import string
from collections.abc import Iterable

from ..errors import ConfigError
from ..link import Cluster
from ..model import Claim, Finding
from ..normalize.fx import RateTable
from .base import Context, Hit, RuleSpec
from .registry import KINDS_BY_NAME

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


class _Facts(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def evaluate(rules: Iterable[RuleSpec], clusters: list[Cluster], claims: list[Claim], fx: RateTable) -> list[Finding]:
    """Every enabled rule over the corpus; findings sorted by severity, rule and position."""
    ctx = Context(clusters=clusters, claims=claims, fx=fx)
    findings: dict[str, Finding] = {}
    for spec in rules:
        if not spec.enabled:
            continue
        kind = KINDS_BY_NAME[spec.kind]()
        for hit in kind.evaluate(spec, ctx):
            f = make_finding(spec, hit)
            findings.setdefault(f.id, f)
    return sorted(findings.values(), key=lambda f: (SEVERITY_ORDER[f.severity], f.rule, f.claims[0].doc, f.claims[0].start))


def make_finding(spec: RuleSpec, hit: Hit) -> Finding:
    """Add rule id, severity, message and fingerprint to a hit."""
    try:
        message = string.Formatter().vformat(spec.message, (), _Facts(hit.facts))
    except (ValueError, IndexError) as exc:
        raise ConfigError(f"{spec.source}:{spec.line}: bad message template: {exc}") from exc
    return Finding(id=fingerprint(spec.id, hit.claims), rule=spec.id, kind=spec.kind, severity=spec.severity,
                   message=message, claims=hit.claims, detail={**hit.detail, "facts": hit.facts})


def claim_identity(c: Claim) -> str:
    """What identifies a claim across runs and edits: document, surface, value, metric, period (never offsets)."""
    return f"{c.doc}|{c.surface}|{c.value}|{c.unit}|{c.metric}|{c.period}"


def fingerprint(rule_id: str, claims: Iterable[Claim]) -> str:
    """Stable finding id: same rule and same evidence give the same id, whatever the line numbers."""
    parts = sorted(claim_identity(c) for c in claims)
    return hashlib.sha1("\n".join([rule_id, *parts]).encode()).hexdigest()[:16]
