"""Score the rules on the labelled multi-document clusters in tests/data/clusters/.

An expected finding is found when a reported finding of the same kind cites a
claim at every referenced span. A reported finding is a false positive when its
kind is one the cluster labels (in ``expect`` or ``expect_not``) and it matches
no expected finding; findings of kinds the cluster does not label are not scored.

Clusters carry a ``batch`` (default 1): batch 1 is the original set, batch 2 was
written before the rules were tuned on it and is reported apart, as a check on
text the rules were not fitted to.

Run directly for a per-kind table and the misses: ``python tests/rules/cluster_scoring.py [GLOB ...]``
(globs pick cluster files by name, e.g. ``'nairobi-*'``; default all).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parents[1] / "data" / "clusters"
KINDS = ("conflict", "drift", "bounds", "arithmetic", "conversion", "stale")


def load_clusters(*globs: str) -> list[dict[str, Any]]:
    paths = sorted({p for g in globs or ("*",) for p in DATA.glob(g if g.endswith(".yaml") else g + ".yaml")})
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in paths]


def _span(text: str, ref: str) -> tuple[int, int]:
    surface, _, nth = ref.partition("#")
    pos = -1
    for _ in range(int(nth or 0) + 1):
        pos = text.index(surface, pos + 1)
    return pos, pos + len(surface)


def run_cluster(cluster: dict[str, Any], fast: bool = False) -> Any:
    from claimcheck import api, io
    from claimcheck.rules import load_rules

    docs = [io.from_text(d["text"], doc_id=d["id"], published=str(d["published"]) if d.get("published") else None)
            for d in cluster["documents"]]
    pipe = api.pipeline(fast=fast)
    claims = [c for d in docs for c in api.extract_doc(d, pipe)]
    return api.evaluate_claims(docs, claims, load_rules([]))


def score(clusters: list[dict[str, Any]], fast: bool = False) -> dict[str, Any]:
    by_batch: dict[int, dict[str, dict[str, int]]] = defaultdict(lambda: {k: {"tp": 0, "fp": 0, "fn": 0} for k in KINDS})
    errors: list[str] = []
    for cluster in clusters:
        counts = by_batch[cluster.get("batch", 1)]
        report = run_cluster(cluster, fast)
        texts = {d["id"]: d["text"] for d in cluster["documents"]}
        labelled = set(cluster.get("expect_not") or []) | {e["kind"] for e in cluster.get("expect") or []}
        used: set[str] = set()
        for exp in cluster.get("expect") or []:
            wanted = []
            for ref in exp["claims"]:
                doc, _, surface = ref.partition(":")
                wanted.append((doc, *_span(texts[doc], surface)))
            hit = next((f for f in report.findings if f.kind == exp["kind"] and f.id not in used and all(
                any(c.doc == d and c.start <= a and b <= c.end or (c.doc == d and a <= c.start < b) for c in f.claims)
                for d, a, b in wanted)), None)
            if hit is None:
                counts[exp["kind"]]["fn"] += 1
                errors.append(f"{cluster['id']}: missed {exp['kind']} {exp['claims']}")
            else:
                counts[exp["kind"]]["tp"] += 1
                used.add(hit.id)
        for f in report.findings:
            if f.id not in used and f.kind in labelled:
                counts[f.kind]["fp"] += 1
                errors.append(f"{cluster['id']}: unexpected {f.kind} ({f.rule}): {f.message}")
    total = {k: {n: sum(b[k][n] for b in by_batch.values()) for n in ("tp", "fp", "fn")} for k in KINDS}
    return {"counts": total, "by_batch": dict(by_batch), "errors": errors}


def rates(c: dict[str, int]) -> tuple[float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    return p, r


if __name__ == "__main__":
    import sys

    result = score(load_clusters(*sys.argv[1:]))
    for name, counts in [("all", result["counts"])] + [(f"batch {b}", c) for b, c in sorted(result["by_batch"].items())]:
        print(name)
        for kind, c in counts.items():
            p, r = rates(c)
            print(f"  {kind:11} P {p:.2f} R {r:.2f}  {c}")
    for e in result["errors"]:
        print("  ", e)
