"""What every rule kind shares: the rule spec (data), the hit (what a kind returns), the context."""

from __future__ import annotations

import fnmatch
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, ClassVar

from ..link import Cluster
from ..model import Claim
from ..normalize.fx import RateTable


@dataclass(frozen=True)
class RuleSpec:
    """One rule as written in a YAML file."""

    id: str
    kind: str
    severity: str
    message: str
    description: str = ""
    select: dict[str, Any] = field(default_factory=dict)
    params: dict[str, Any] = field(default_factory=dict)
    examples: dict[str, Any] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    enabled: bool = True
    source: str = ""
    line: int = 0


@dataclass
class Hit:
    """What a rule kind returns: the claims involved and the facts for the message."""

    claims: tuple[Claim, ...]
    facts: dict[str, Any]
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class Context:
    """What the engine gives every rule: the clusters, all claims, and the rate table."""

    clusters: list[Cluster]
    claims: list[Claim]
    fx: RateTable


class RuleKind:
    """Base of the rule kinds. Subclasses declare ``kind`` and ``params`` (name -> (type, default))."""

    kind: ClassVar[str] = ""
    params: ClassVar[dict[str, tuple[type | tuple[type, ...], Any]]] = {}
    choices: ClassVar[dict[str, tuple[Any, ...]]] = {}  # parameters that take one of a fixed set of values

    def evaluate(self, spec: RuleSpec, ctx: Context) -> list[Hit]:
        raise NotImplementedError

    def param(self, spec: RuleSpec, name: str) -> Any:
        return spec.params.get(name, self.params[name][1])


def selected(spec: RuleSpec, claim: Claim) -> bool:
    """Whether ``claim`` passes the rule's selectors (metric/entity/sentence regexes and their ``not_`` forms, kind, unit, document glob)."""
    sel = spec.select
    if not sel:
        return True
    if "kind" in sel and claim.kind not in _as_list(sel["kind"]):
        return False
    if "unit" in sel and claim.unit not in _as_list(sel["unit"]):
        return False
    if "metric" in sel and not re.search(sel["metric"], claim.metric or "", re.IGNORECASE):
        return False
    if "entity" in sel and not re.search(sel["entity"], claim.entity or "", re.IGNORECASE):
        return False
    if "not_metric" in sel and re.search(sel["not_metric"], claim.metric or "", re.IGNORECASE):
        return False
    if "sentence" in sel and not re.search(sel["sentence"], claim.sentence or "", re.IGNORECASE):
        return False
    if "not_sentence" in sel and re.search(sel["not_sentence"], claim.sentence or "", re.IGNORECASE):
        return False
    if "docs" in sel and not any(fnmatch.fnmatch(claim.doc, g) or fnmatch.fnmatch(claim.doc.split("/")[-1], g)
                                 for g in _as_list(sel["docs"])):
        return False
    return True


def _as_list(x: Any) -> list[Any]:
    return list(x) if isinstance(x, (list, tuple)) else [x]


_VERSION = re.compile(r"(?:[-_. ](?:v\d+|old|new|rev\d*|draft|final|updated|orig(?:inal)?))+$", re.IGNORECASE)


# The claim archive cites earlier versions of a document as ``path@revN``.
_ARCHIVED = re.compile(r"@rev(\d+)$")


@lru_cache(maxsize=1 << 16)  # called for every pair a rule looks at; documents repeat
def series_of(doc: str) -> str:
    """Documents in one directory that differ only by a version marker (report-v1 / report-v2) are one series."""
    folder, _, name = _ARCHIVED.sub("", doc).rpartition("/")
    stem = name.rsplit(".", 1)[0]
    return f"{folder}/{_VERSION.sub('', stem)}"


_REVISES = re.compile(r"\b(?:revis(?:ed|es|ing|ion)|restat(?:ed|es|ing|ement)|corrected|downgraded|upgraded)\b", re.IGNORECASE)


def speaks_of_revising(c: Claim) -> bool:
    """Whether the claim's sentence says it revises, restates or corrects a figure."""
    return bool(_REVISES.search(c.sentence or ""))


def stated_revision(a: Claim, b: Claim) -> bool:
    """Whether the later of two claims for one period says it revises the figure ("The CSO has revised its
    estimate of GDP growth in 2022 to 9.4%"): a newer vintage, not a contradiction."""
    if a.doc == b.doc or a.period != b.period:
        return False
    _, new = older_first(a, b)
    return speaks_of_revising(new)


def older_first(a: Claim, b: Claim) -> tuple[Claim, Claim]:
    """Two versions in time order: archived ``path@revN`` by N (``path`` itself is newest), others by date."""
    (path_a, rev_a), (path_b, rev_b) = _revision(a.doc), _revision(b.doc)
    if path_a == path_b:
        return (a, b) if rev_a < rev_b else (b, a)
    return (a, b) if (a.published or "", a.doc) <= (b.published or "", b.doc) else (b, a)


def _revision(doc: str) -> tuple[str, float]:
    m = _ARCHIVED.search(doc)
    return (doc[:m.start()], int(m[1])) if m else (doc, math.inf)


@lru_cache(maxsize=1 << 12)  # a few hundred distinct periods, asked millions of times at archive scale
def year_of(period: str | None) -> int | None:
    """The (last) year of a period string, or None."""
    if not period:
        return None
    m = _YEAR.findall(period)
    return int(m[-1]) if m else None


_YEAR = re.compile(r"(\d{4})")


def one_year(period: str | None) -> bool:
    """A period within one year, or one fiscal year or season across two ("2019-04/2020-03", "2020/2021"),
    not a longer span ("2012/2021")."""
    years = [int(y) for y in _YEAR.findall(period or "")]
    return bool(years) and max(years) - min(years) <= 1


def describe(c: Claim) -> str:
    """'4.13% (2017, 004_x.txt)': how findings cite a claim."""
    when = c.period or (f"published {c.published}" if c.published else "undated")
    return f"{c.surface} ({when}, {c.doc.rsplit('/', 1)[-1]})"


def fmt(x: float) -> str:
    if x is None or not math.isfinite(x):
        return "∞"
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(x) >= scale:
            return f"{x / scale:,.4g} {word}"
    return f"{x:,.4g}" if abs(x) < 1000 else f"{x:,.0f}"


def amount(x: float, like: Claim) -> str:
    """``x`` (in ``like``'s normalized unit) written as ``like`` was: "2.36 million tonnes", "17.6 billion OMR"."""
    if like.kind == "quantity" and like.raw_value and like.value and like.raw_unit:
        return f"{fmt(x * like.raw_value / like.value)} {like.raw_unit}"
    return f"{fmt(x)} {like.unit}" if like.kind == "money" and like.unit else fmt(x)
