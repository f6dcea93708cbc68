"""The conflict rule's sorted sweep finds exactly the hits of comparing every pair, in the same order."""

from __future__ import annotations

import math
import random

import pytest

from claimcheck.link import Cluster
from claimcheck.model import Claim, Interval
from claimcheck.normalize import load_table
from claimcheck.rules import conflict
from claimcheck.rules.base import Context, RuleSpec

PERIODS = ["2019", "2020", "2020-Q3", "FY", None]
UNITS = {"count": [None], "percent": ["%"], "money": ["USD", "EUR", "CNY", "XYZ"]}


def _claim(rng: random.Random, i: int, kind: str) -> Claim:
    base = rng.choice([100.0, 103.0, 250.0, -40.0, 1e9])
    value = base * rng.choice([1.0, 1.0, 1.004, 1.02, 1.5, 0.7])
    step = rng.choice([0.0, 0.0, 1.0, 0.5e8])
    shape = rng.random()
    if shape < 0.08:
        interval = Interval(value, math.inf, low_closed=False)
    elif shape < 0.12:
        interval = Interval(-math.inf, value, high_closed=False)
    elif shape < 0.15:
        interval = None
    else:
        interval = Interval(value - step / 2, value + step / 2, shape > 0.9, shape > 0.2)
    doc = f"d{rng.randrange(12)}{rng.choice(['', '-v2'])}.md"
    return Claim(id=f"c{i}", doc=doc, start=i, end=i + 3, line=1, surface=str(value), sentence=f"s{rng.randrange(3)}",
                 kind=kind, value=value, value_max=None, unit=rng.choice(UNITS[kind]), qualifier="exact",
                 metric="exports", entity="Kenya", period=rng.choice(PERIODS), published=rng.choice(["2021-01-01", None]),
                 group=rng.choice([None, None, None, "g1", "g2"]), interval=interval)


def _hits(monkeypatch, small: int, clusters, params):
    monkeypatch.setattr(conflict, "_SMALL", small)
    spec = RuleSpec(id="c", kind="conflict", severity="error", message="", params=params)
    ctx = Context(clusters=clusters, claims=[c for cl in clusters for c in cl.claims], fx=load_table())
    return [(tuple(c.id for c in h.claims), h.facts, h.detail) for h in conflict.Conflict().evaluate(spec, ctx)]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("params", [{}, {"tolerance_rel": 0.0}, {"tolerance_abs": 5.0, "same_document": True},
                                    {"tolerance_rel": 0.05, "fx_tolerance": 0.2}])
def test_sweep_equals_every_pair(monkeypatch, seed, params):
    rng = random.Random(seed)
    clusters = []
    for k, kind in enumerate(["count", "percent", "money", "money"]):
        n = rng.choice([40, 120])
        cls = [_claim(rng, 1000 * k + i, kind if rng.random() > 0.05 or k < 3 else "count") for i in range(n)]
        clusters.append(Cluster(key=f"k{k}", metric="exports", entity="Kenya", comparable=kind, claims=tuple(cls)))
    every_pair = _hits(monkeypatch, 10**9, clusters, params)
    swept = _hits(monkeypatch, 0, clusters, params)
    assert swept == every_pair
    assert len(every_pair) > 10  # the data has conflicts to find
