"""Score claimcheck's extraction against the labelled corpus in tests/data/extraction/.

A predicted claim matches a labelled one when the spans are equal and, for the
strict score, the normalized value (relative tolerance 1e-6), value_max and unit
agree. Context fields are scored on matched claims only, where a label gives them:

- entity: equal after case-folding and dropping a leading "the" / trailing "'s";
- period: equal strings (``None`` matches an explicit ``null``);
- metric: rapidfuzz ``token_set_ratio`` of the lemmatized, lower-cased phrases >= 80
  (so "R&D investment share of GDP" matches "R&D investment share of city GDP").

Run directly for a per-file table: ``python tests/extraction/scoring.py [--split holdout] [--file NAME.yaml] [--fast]``.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parents[1] / "data" / "extraction"
METRIC_THRESHOLD = 80


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Field:
    right: int = 0
    total: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0


def load_cases(split: str | None = None, file: str | None = None) -> list[dict[str, Any]]:
    cases = []
    for path in sorted(DATA.glob(file or "*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if split is None or case.get("split", "dev") == split:
                case["_file"] = path.name
                cases.append(case)
    return cases


def span_of(text: str, label: dict[str, Any]) -> tuple[int, int]:
    surface, occurrence = label["surface"], int(label.get("occurrence", 0))
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(surface, pos + 1)
    return pos, pos + len(surface)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def _entity_key(s: str | None) -> str | None:
    if s is None:
        return None
    s = re.sub(r"^the\s+", "", s.strip(), flags=re.I)
    return re.sub(r"[’']s$", "", s).casefold()


def metric_match(expected: str, got: str | None) -> bool:
    from rapidfuzz import fuzz

    if not got:
        return False
    return fuzz.token_set_ratio(expected.casefold(), got.casefold()) >= METRIC_THRESHOLD


def score(cases: list[dict[str, Any]], extract: Any) -> dict[str, Any]:
    """Strict (span+value+unit) and span-only scores, per file and overall, plus context field accuracy."""
    strict: dict[str, Score] = defaultdict(Score)
    spans: dict[str, Score] = defaultdict(Score)
    fields = {k: Field() for k in ("kind", "qualifier", "metric", "entity", "period")}
    for case in cases:
        text = case["text"]
        got = extract(text, case.get("published"))
        predicted = {(c.start, c.end): c for c in got}
        labels = case.get("claims") or []
        expected = {span_of(text, lab): lab for lab in labels}
        for key in ("_all", case["_file"]):
            for span, lab in expected.items():
                c = predicted.get(span)
                where = f"{case['id']}: {lab['surface']!r}"
                if c is None:
                    spans[key].fn += 1
                    strict[key].fn += 1
                    strict[key].errors.append(f"{where} missed")
                    continue
                spans[key].tp += 1
                ok = (_close(lab.get("value"), c.value) and _close(lab.get("value_max"), c.value_max)
                      and lab.get("unit") == c.unit)
                if ok:
                    strict[key].tp += 1
                else:
                    strict[key].fn += 1
                    strict[key].fp += 1
                    strict[key].errors.append(f"{where} read as {c.value}..{c.value_max} {c.unit}, "
                                              f"expected {lab.get('value')}..{lab.get('value_max')} {lab.get('unit')}")
            for span, c in predicted.items():
                if span not in expected:
                    spans[key].fp += 1
                    strict[key].fp += 1
                    strict[key].errors.append(f"{case['id']}: spurious {c.surface!r} ({c.kind})")
        for span, lab in expected.items():
            c = predicted.get(span)
            if c is None:
                continue
            where = f"{case['id']}: {lab['surface']!r}"
            _field(fields["kind"], lab["kind"], c.kind, where)
            _field(fields["qualifier"], lab.get("qualifier", "exact"), c.qualifier, where)
            if "metric" in lab and lab["metric"] is not None:
                fields["metric"].total += 1
                if metric_match(str(lab["metric"]), c.metric):
                    fields["metric"].right += 1
                else:
                    fields["metric"].errors.append(f"{where} metric {c.metric!r}, expected {lab['metric']!r}")
            if "entity" in lab:
                _field(fields["entity"], _entity_key(lab["entity"]), _entity_key(c.entity), where)
            if "period" in lab:
                _field(fields["period"], None if lab["period"] is None else str(lab["period"]), c.period, where)
    return {"strict": dict(strict), "spans": dict(spans), "fields": fields}


def _field(f: Field, expected: Any, got: Any, where: str) -> None:
    f.total += 1
    if expected == got:
        f.right += 1
    else:
        f.errors.append(f"{where} got {got!r}, expected {expected!r}")


def extractor(fast: bool = False) -> Any:
    from claimcheck import api

    def run(text: str, published: Any) -> list[Any]:
        return api.extract(text, doc_id="case", published=str(published) if published else None, fast=fast)

    return run


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "holdout", "fresh", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16"])
    ap.add_argument("--file", help="score one file of tests/data/extraction/ only (e.g. fresh_context.yaml)")
    ap.add_argument("--fast", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors per measure")
    args = ap.parse_args()
    result = score(load_cases(args.split, args.file), extractor(args.fast))
    for key in sorted(result["strict"]):
        s, p = result["strict"][key], result["spans"][key]
        print(f"{key:18} strict P {s.precision:.3f} R {s.recall:.3f}   span P {p.precision:.3f} R {p.recall:.3f}")
    for name, f in result["fields"].items():
        print(f"{name:18} accuracy {f.accuracy:.3f} ({f.right}/{f.total})")
    if args.errors:
        for e in result["strict"]["_all"].errors[: args.errors]:
            print("  ", e)
        for name, f in result["fields"].items():
            for e in f.errors[: args.errors]:
                print(f"   [{name}]", e)


if __name__ == "__main__":
    main()
