"""SARIF 2.1.0 for code scanning: stable ruleIds, fingerprints from claim identity, related locations."""

from __future__ import annotations

import json
from typing import Any

from ..model import Claim, Finding, Report

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def render(report: Report, **_: object) -> str:
    rules = list(report.rules)
    index = {r["id"]: i for i, r in enumerate(rules)}
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "claimcheck",
            "version": report.version,
            "semanticVersion": report.version,
            "informationUri": "https://pypi.org/project/claimcheck/",
            "rules": [_rule(r) for r in rules],
        }},
        "columnKind": "unicodeCodePoints",
        "results": [_result(report, f, index) for f in (*report.findings, *report.suppressed)],
    }
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, indent=2, ensure_ascii=False) + "\n"


def _rule(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": r["id"],
        "name": "".join(w.capitalize() for w in r["id"].replace(".", "-").split("-")),
        "shortDescription": {"text": r["description"].split(". ")[0][:200] or r["id"]},
        "fullDescription": {"text": r["description"] or r["id"]},
        "defaultConfiguration": {"level": LEVEL[r["severity"]]},
        "properties": {"tags": sorted({r["kind"], *r.get("tags", [])}), "kind": r["kind"]},
    }


def _location(report: Report, c: Claim, i: int | None = None) -> dict[str, Any]:
    loc: dict[str, Any] = {"physicalLocation": {
        "artifactLocation": {"uri": c.doc},
        "region": {"startLine": c.line, "startColumn": report.column(c), "endColumn": report.column(c) + len(c.surface),
                   "charOffset": c.start, "charLength": c.end - c.start, "snippet": {"text": c.surface}},
    }}
    if i is not None:
        loc["id"] = i
        loc["message"] = {"text": f"{c.surface} ({c.period or 'no period'})"}
    return loc


def _result(report: Report, f: Finding, index: dict[str, int]) -> dict[str, Any]:
    first, *others = f.claims
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "level": LEVEL[f.severity],
        "kind": "fail",
        "message": {"text": f.message},
        "locations": [_location(report, first)],
        "partialFingerprints": {"claimcheck/finding/v1": f.id},
        "baselineState": f.detail.get("baseline_state", "new"),
        "properties": {"findingKind": f.kind, "claims": [c.id for c in f.claims]},
    }
    if f.rule in index:
        result["ruleIndex"] = index[f.rule]
    if others:
        result["relatedLocations"] = [_location(report, c, i) for i, c in enumerate(others, 1)]
    if f.detail.get("suppressed"):
        result["suppressions"] = [{"kind": "inSource", "justification": f.detail.get("suppressed_reason", "")}]
    return result
