"""Linking stage: group claims about the same metric and entity, comparable in kind and unit.

Blocking first (comparability class, then the metric's head word), fuzzy
matching inside blocks with ``rapidfuzz.process.cdist``, so cost grows with
block sizes, not with the square of all claims.

Thresholds (0-100, rapidfuzz ``token_sort_ratio`` on normalized phrases):
``METRIC_THRESHOLD`` for metrics, ``ENTITY_THRESHOLD`` for entities. Before
fuzzy matching, ``entities`` repairs weak entities from their sentence and joins
a short name with its only fuller form.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from ..extraction.demonyms import country_of
from ..extraction.lexicon import NO_SINGULAR
from ..model import Claim
from . import entities, parts

METRIC_THRESHOLD = 88
ENTITY_THRESHOLD = 90
_STOP = {"the", "a", "an", "of", "in", "for", "and", "'s", "s", "its", "their", "total", "overall", "number"}


_OF = re.compile(r"([\w&-]+)\s+of\s+(?:the\s+)?([\w&\s-]+)")
#: frames that add nothing to the measure after "of": "the number of companies" is "companies"
_FRAME_OF = {"number", "total", "count", "tally", "estimate", "figure", "amount", "sum", "level", "value", "volume"}
#: "share of GDP", "number of companies": the first word is a frame, not the measure's head
_NOT_INVERTED = {"share", "proportion", "percentage", "percent", "part", "number", "total", "amount", "sum", "level",
                 "value", "volume", "half", "third", "quarter", "majority", "bulk", "rest"}


@dataclass(frozen=True)
class Cluster:
    """Claims that speak of one metric of one entity in comparable units."""

    key: str
    metric: str
    entity: str | None
    comparable: str
    claims: tuple[Claim, ...]
    #: one value of several that a sentence lists as pieces of one measure (see ``parts``), kept apart
    part: bool = False


@dataclass
class Aliases:
    """Alias lists from rule files: each variant maps to its canonical form."""

    metric: dict[str, str] = field(default_factory=dict)
    entity: dict[str, str] = field(default_factory=dict)
    #: one-word synonyms for a metric's head ("output" / "production"): "copper output" is "copper production"
    head: dict[str, str] = field(default_factory=dict)
    #: words or short phrases with one meaning anywhere in a metric ("LNG" / "liquefied natural gas")
    word: dict[str, str] = field(default_factory=dict)
    #: words a metric may carry or leave out ("fresh blueberry exports" are "blueberry exports"), each with the
    #: words it must stand before (empty: anywhere); used only when no document names both forms
    optional: dict[str, frozenset[str]] = field(default_factory=dict)
    _words: re.Pattern[str] | None = field(default=None, repr=False, compare=False)

    def add(self, kind: str, names: list[str]) -> None:
        table = {"metric": self.metric, "head": self.head, "word": self.word}.get(kind, self.entity)
        norm = _words_only if kind == "word" else normalize_phrase
        canon = norm(names[0])
        for name in names:
            table[norm(name)] = canon
        if kind == "word":
            self._words = None

    def add_optional(self, words: list[str], before: list[str] | None = None) -> None:
        """``words`` may be left out of a metric (only right before one of ``before``, when given)."""
        for w in words:
            self.optional[_words_only(w)] = frozenset(_words_only(b) for b in before or ())

    def core(self, metric: str) -> str:
        """``metric`` without its optional words: "registered syrian refugee" -> "syrian refugee"."""
        if not self.optional:
            return metric
        words = metric.split()
        kept = [w for i, w in enumerate(words) if not (i < len(words) - 1 and w in self.optional
                and (not self.optional[w] or words[i + 1] in self.optional[w]))]
        return " ".join(kept) if kept else metric

    def words(self, phrase: str) -> str:
        """``phrase`` with every variant of a ``word`` alias replaced by its canonical form."""
        if not self.word or not phrase:
            return phrase
        if self._words is None:
            self._words = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(self.word, key=len, reverse=True)) + r")\b")
        return self._words.sub(lambda m: self.word[m.group(0)], phrase)


def _words_only(s: str) -> str:
    return " ".join(re.findall(r"[\w&%-]+", s.lower()))


def _country_of_group(entity: str | None) -> str | None:
    """ "Kenyan farmers" link with Kenya: people named by nationality stand for their country when claims are grouped."""
    words = (entity or "").split()
    if len(words) == 2 and words[1].endswith("s"):
        return country_of(words[0]) or entity
    return entity


#: a rate named inside the metric: "average monthly net wage" of 36,490 denars is 36,490 denars a month
_RATE_WORDS = {"monthly": "month", "daily": "day", "weekly": "week", "annual": "year", "yearly": "year"}


def _rate_in_metric(c: Claim, metric: str) -> tuple[str, str | None]:
    """The metric without a rate word ("monthly", "daily", ...) and the rate it gives an amount, count or quantity
    that has none of its own (or the same one); percentages keep theirs ("annual inflation" is a 12-month rate)."""
    words = metric.split()
    rate = next((w for w in words if w in _RATE_WORDS), None)
    if rate is None or len(words) < 2 or c.kind not in ("money", "count", "quantity") or c.per not in (None, _RATE_WORDS[rate]):
        return metric, c.per
    return " ".join(w for w in words if w != rate), _RATE_WORDS[rate]


def comparable_class(c: Claim, per: str | None = "") -> str | None:
    """Claims compare only within one class: money (via FX), %, pp, counts, one SI unit; rates by denominator.

    A yearly rate dated to one year ("1.5 million tourists a year, going by 2018 figures") is that year's
    total, so it compares with totals; undated or over several years it stays a rate.
    """
    if c.kind == "date" or c.value is None:
        return None
    base = {"money": "money", "percent": "%", "percentage_points": "pp", "count": "count",
            "ratio": "ratio", "multiplier": "x"}.get(c.kind) or f"quantity:{c.unit}"
    per = c.per if per == "" else per
    if per == "year" and _twelve_months(c.period):
        return base
    return f"{base}/{per}" if per else base


def _twelve_months(period: str | None) -> bool:
    """A calendar year ("2023"), a season or fiscal year ("2019/2020") or any twelve months ("2022-10/2023-09")."""
    if not period:
        return False
    if re.fullmatch(r"\d{4}", period):
        return True
    if (pair := re.fullmatch(r"(\d{4})/(\d{4})", period)):  # a season or fiscal year written "2019/20"
        return int(pair[2]) - int(pair[1]) == 1
    m = re.fullmatch(r"(\d{4})-(\d\d)/(\d{4})-(\d\d)", period)
    return bool(m) and (int(m[3]) * 12 + int(m[4])) - (int(m[1]) * 12 + int(m[2])) == 11


def normalize_phrase(s: str | None) -> str:
    """Lower-case, drop stop words and possessives, singularize the last word."""
    if not s:
        return ""
    words = [w for w in re.findall(r"[\w&%-]+", s.lower().replace("’", "'")) if w not in _STOP]
    if words and words[-1] not in NO_SINGULAR:
        last = words[-1]
        if last.endswith("ies") and len(last) > 4:
            words[-1] = last[:-3] + "y"
        elif last.endswith("s") and not last.endswith(("ss", "us")) and len(last) > 3:
            words[-1] = last[:-1]
    return " ".join(words)


def normalize_metric(s: str | None) -> str:
    """``normalize_phrase`` of a metric read with its measure last: "export of beef" is "beef export", "rate of
    inflation" "inflation rate" (not "share of GDP" or "number of companies", whose first word is a frame)."""
    of = _OF.fullmatch((s or "").strip())
    if of and of.group(1).lower() in _FRAME_OF:
        s = of.group(2)  # "number of wild tigers" counts wild tigers; "estimate of GDP growth" is GDP growth
    elif of and of.group(1).lower() not in _NOT_INVERTED:
        s = f"{of.group(2)} {of.group(1)}"
    return normalize_phrase(s)


def link(claims: Iterable[Claim], aliases: Aliases | None = None) -> list[Cluster]:
    """Group claims into clusters; a claim without a metric or comparable unit is left out."""
    aliases = aliases or Aliases()
    blocks: dict[tuple[str, str], list[tuple[Claim, str, str]]] = defaultdict(list)
    for c in claims:
        if not c.metric:
            continue
        metric, per = _rate_in_metric(c, aliases.words(normalize_metric(c.metric)))
        cls = comparable_class(c, per)
        if cls is None or not metric:
            continue
        metric = aliases.metric.get(metric, metric)
        if aliases.head and metric:
            words = metric.split()
            if words[-1] in aliases.head:
                metric = aliases.metric.get(" ".join([*words[:-1], aliases.head[words[-1]]]), " ".join([*words[:-1], aliases.head[words[-1]]]))
        entity = entities.without_legal_form(normalize_phrase(_country_of_group(c.entity)))
        entity = aliases.entity.get(entity, entity)
        head = metric.split()[-1] if metric else ""
        blocks[(cls, head)].append((c, metric, entity))
    clusters: list[Cluster] = []
    for (cls, _), members in sorted(blocks.items()):
        clusters.extend(_cluster_block(cls, members, aliases))
    return clusters


def _cluster_block(cls: str, members: list[tuple[Claim, str, str]], aliases: Aliases | None = None) -> list[Cluster]:
    metrics = sorted({m for _, m, _ in members})
    if len(metrics) > 1:
        scores = process.cdist(metrics, metrics, scorer=fuzz.token_sort_ratio, workers=1)
        canon = {}
        for i, m in enumerate(metrics):
            if m in canon:
                continue
            for j in range(i, len(metrics)):
                if metrics[j] not in canon and scores[i][j] >= METRIC_THRESHOLD:
                    canon[metrics[j]] = m
    else:
        canon = {m: m for m in metrics}
    if aliases is not None and aliases.optional:
        _join_optional(canon, members, aliases)
    members = _resolve_entities(members)
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    entity_names: dict[str, str] = {}
    for c, m, e in members:
        key_e = _entity_key(e, entity_names)
        groups[(canon[m], key_e)].append(c)
    out = []
    for (metric, entity), cl in list(groups.items()):
        # pieces of a whole listed in one sentence stand apart: no rule compares them as the whole
        for run in parts.lists((c, metric) for c in cl):
            for c in run:
                cl.remove(c)
                out.append(Cluster(key=f"{cls}|{entity}|{metric}|part:{c.id}", metric=metric, entity=entity or None,
                                   comparable=cls, claims=(c,), part=True))
        if not cl:
            del groups[(metric, entity)]
    for (metric, entity), cl in sorted(groups.items()):
        out.append(Cluster(key=f"{cls}|{entity}|{metric}", metric=metric, entity=entity or None,
                           comparable=cls, claims=tuple(sorted(cl, key=lambda c: (c.doc, c.start)))))
    return out


def _join_optional(canon: dict[str, str], members: list[tuple[Claim, str, str]], aliases: Aliases) -> None:
    """Give a metric with optional words the group of its core ("fresh blueberry export" -> "blueberry export")
    when the core is a metric of the block and no document names both: one writer who uses both means two things."""
    docs: dict[str, set[str]] = defaultdict(set)
    for c, m, _ in members:
        docs[canon[m]].add(c.doc)
    joined: dict[str, str] = {}  # group -> the group it joined (followed to the end: no pass over all metrics per join)

    def group(g: str) -> str:
        while g in joined:
            g = joined[g]
        return g

    # (two metrics with one core join also when no document writes the core alone: "installed solar capacity" and
    # "solar power capacity" are both "solar capacity")
    by_core: dict[str, str] = {}
    for m in sorted(canon, key=lambda x: (-len(x), x)):
        core = aliases.core(m)
        core = aliases.metric.get(core, core)  # "foreign tourist arrival" -> "tourist arrival", which the aliases call "tourist"
        if core == m:
            continue
        if core not in canon:
            if core not in by_core:
                by_core[core] = m
                continue
            long, short = group(canon[m]), group(canon[by_core[core]])
        else:
            long, short = group(canon[m]), group(canon[core])
        if long == short or docs[long] & docs[short]:
            continue
        joined[long] = short
        docs[short] |= docs.pop(long)
    if joined:
        for m in canon:
            canon[m] = group(canon[m])


def _resolve_entities(members: list[tuple[Claim, str, str]]) -> list[tuple[Claim, str, str]]:
    """Give weak entities the strong one their sentence names; map a short name to its only fuller name."""
    is_weak = [entities.weak(c) for c, _, _ in members]
    if any(is_weak):
        members = _repair_weak(members, is_weak)
    fuller = entities.fuller_names(sorted({e for _, _, e in members if e}))
    rename = {e: f[0] for e, f in fuller.items() if len(f) == 1}  # "MRT" with two fuller names is ambiguous
    members = [(c, m, rename.get(e, e)) for c, m, e in members]
    airports = entities.airport_names(sorted({e for _, _, e in members if e}))
    return [(c, m, airports.get(e, e)) for c, m, e in members] if airports else members


def _repair_weak(members: list[tuple[Claim, str, str]], is_weak: list[bool]) -> list[tuple[Claim, str, str]]:
    strong = {c.entity.strip(): e for (c, _, e), w in zip(members, is_weak) if e and c.entity and not w}
    names = entities.Names(strong)
    # a name that another claim of the same sentence owns ("the company's $5bn, while Apple's $9bn") is taken
    owned: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (c, _, e), w in zip(members, is_weak):
        if e and c.entity and not w:
            owned[(c.doc, c.sentence)].add(e)
    out = []
    for (c, m, e), w in zip(members, is_weak):
        if e and w:
            e = names.named_in(c.sentence or "", owned[(c.doc, c.sentence)] | {e}) or e
        out.append((c, m, e))
    return out


def _entity_key(entity: str, seen: dict[str, str]) -> str:
    """Map an entity to an earlier spelling it fuzzily matches ("Lok Ma Chau" ~ "Lok Ma Chou")."""
    if entity in seen:
        return seen[entity]
    if seen and entity:
        best = process.extractOne(entity, list(seen), scorer=fuzz.ratio)
        if best and best[1] >= ENTITY_THRESHOLD:
            seen[entity] = seen[best[0]]
            return seen[entity]
    seen[entity] = entity
    return entity


_REASONS = {
    frozenset({"%", "pp"}): "a percentage and a change in percentage points never compare",
}


def incomparable(clusters: list[Cluster]) -> list[dict[str, object]]:
    """Same metric and entity, but units that cannot be compared: say so instead of inventing a conflict."""
    by_key: dict[tuple[str, str | None], list[Cluster]] = defaultdict(list)
    for cl in clusters:
        by_key[(cl.metric, cl.entity)].append(cl)
    out: list[dict[str, object]] = []
    for (metric, entity), group in sorted(by_key.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        classes = sorted({cl.comparable for cl in group})
        if len(classes) < 2:
            continue
        out.append({"metric": metric, "entity": entity, "classes": classes, "reason": _reason(classes),
                    "claims": [c.id for cl in group for c in cl.claims]})
    return out


def _reason(classes: list[str]) -> str:
    bases = {c.split("/")[0] for c in classes}
    if frozenset(bases) in _REASONS:
        return _REASONS[frozenset(bases)]
    if any("/" in c for c in classes) and len(bases) == 1:
        return "a total and a rate (per " + ", ".join(sorted({c.split('/')[1] for c in classes if '/' in c})) + ") never compare"
    return "different kinds or units: " + ", ".join(classes)
