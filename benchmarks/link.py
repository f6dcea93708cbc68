"""Linking and rule evaluation at scale: synthetic claims, 10k to 1M.

    .venv/bin/python benchmarks/link.py [--sizes 10k,100k,1M] [--seed 1]

Builds ``claimcheck.model.Claim`` records directly (no extraction), as a large
news archive would hold them: claims spread over documents (8 per document);
metrics and entities drawn with Zipf-like popularity (exponent 0.7) from
realistic vocabularies (about 140 metric phrases, 700 entities: cities,
countries, companies), so popular (metric, entity) pairs recur across many
documents, more so as the archive grows (the vocabulary does not);
variants as writers produce them (aliases such as "R&D spending" for "R&D
investment", "the ..." prefixes, plurals, case) and typos (3% of claims: a
dropped, doubled, swapped or replaced letter). Kinds are money (ISO codes,
with some conversions grouped with a USD twin and an implied rate), percent,
percentage points, counts and SI quantities; values follow a trend per series
with rounding, and about 4% disagree (so conflict and drift rules have work).

For each size, in its own child process (so peak RSS is the size's own):
``claimcheck.link.link(claims, aliases)`` and then
``claimcheck.rules.evaluate(rules, clusters, claims, fx)`` with the bundled
rules (as ``api.evaluate_claims`` does, less triage) are timed separately.

Results: ``benchmarks/results/link.json`` and a table on stdout.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import machine, peak_rss_mb, rss_mb, table, write_result  # noqa: E402

# (metric, kind, unit or None, typical magnitude)
BASE_METRICS: list[tuple[str, str, str | None, float]] = [
    ("GDP", "money", None, 5e10), ("R&D investment", "money", None, 2e9), ("foreign direct investment", "money", None, 3e9),
    ("exports", "money", None, 2e10), ("imports", "money", None, 2e10), ("tax revenue", "money", None, 8e9),
    ("retail sales", "money", None, 1e10), ("budget", "money", None, 5e9), ("infrastructure spending", "money", None, 3e9),
    ("revenue", "money", None, 1e9), ("net profit", "money", None, 1e8), ("operating loss", "money", None, 5e7),
    ("market value", "money", None, 2e10), ("capital expenditure", "money", None, 6e8), ("venture capital funding", "money", None, 4e8),
    ("tourism revenue", "money", None, 2e9), ("average monthly wage", "money", None, 1500), ("bond issue", "money", None, 1e9),
    ("subsidy programme", "money", None, 2e8), ("defence spending", "money", None, 4e9), ("health spending", "money", None, 3e9),
    ("education budget", "money", None, 2e9), ("property sales", "money", None, 5e9), ("port revenue", "money", None, 4e8),
    ("unemployment rate", "percent", "%", 6), ("inflation", "percent", "%", 3), ("GDP growth", "percent", "%", 4),
    ("market share", "percent", "%", 15), ("R&D investment share of GDP", "percent", "%", 2.5),
    ("savings rate", "percent", "%", 20), ("youth unemployment", "percent", "%", 15),
    ("share of renewables", "percent", "%", 25), ("profit margin", "percent", "%", 10), ("vacancy rate", "percent", "%", 8),
    ("internet penetration", "percent", "%", 70), ("literacy rate", "percent", "%", 90), ("tax rate", "percent", "%", 20),
    ("export share of GDP", "percent", "%", 30), ("urbanisation rate", "percent", "%", 60), ("poverty rate", "percent", "%", 12),
    ("interest rate change", "percentage_points", "pp", 0.5), ("unemployment change", "percentage_points", "pp", 0.8),
    ("population", "count", None, 5e6), ("jobs created", "count", None, 5e4), ("tourist arrivals", "count", None, 3e6),
    ("car sales", "count", None, 2e5), ("enrolment", "count", None, 1e5), ("patent filings", "count", None, 2e4),
    ("registered companies", "count", None, 6e4), ("passenger traffic", "count", None, 3e7), ("households connected", "count", None, 4e5),
    ("container throughput", "count", None, 5e6), ("headcount", "count", None, 2e4), ("hospital beds", "count", None, 3e4),
    ("high-tech enterprises", "count", None, 8e3), ("startups", "count", None, 2e3), ("doctors", "count", None, 1e4),
    ("land area", "quantity", "m^2", 2e9), ("new zone area", "quantity", "m^2", 5e7), ("floor space", "quantity", "m^2", 2e5),
    ("solar capacity", "quantity", "W", 2e9), ("wind capacity", "quantity", "W", 3e9), ("installed capacity", "quantity", "W", 1e10),
    ("rail network", "quantity", "m", 1e6), ("road network", "quantity", "m", 5e6), ("metro line length", "quantity", "m", 4e4),
    ("steel output", "quantity", "kg", 1e10), ("grain harvest", "quantity", "kg", 5e9), ("emissions", "quantity", "kg", 3e10),
    ("water supply", "quantity", "m^3", 1e8), ("reservoir capacity", "quantity", "m^3", 5e8),
]
QUALIFIERS_OF = ["annual", "total", "quarterly", "average", "per capita", "urban", "rural", "industrial", "household",
                 "public", "private", "digital", "green", "overseas"]
ALIASES = {
    "R&D investment": ["R&D spending", "research and development investment", "R&D expenditure"],
    "R&D investment share of GDP": ["R&D intensity", "R&D spending share of GDP"],
    "foreign direct investment": ["FDI", "foreign investment"],
    "tourist arrivals": ["visitor arrivals", "tourist numbers"],
    "registered companies": ["registered businesses", "registered firms"],
    "unemployment rate": ["jobless rate"],
}
CITIES = ["Shenzhen", "Chengdu", "Wuhan", "Xiamen", "Hangzhou", "Suzhou", "Guangzhou", "Pune", "Hyderabad", "Coimbatore",
          "Bengaluru", "Ahmedabad", "Kochi", "Nairobi", "Mombasa", "Kisumu", "Nakuru", "Leipzig", "Hamburg", "Dresden",
          "Stuttgart", "Lyon", "Toulouse", "Nantes", "Lille", "Valencia", "Bilbao", "Seville", "Zaragoza", "Recife",
          "Curitiba", "Porto Alegre", "Fortaleza", "Osaka", "Fukuoka", "Sendai", "Nagoya", "Busan", "Incheon", "Daegu",
          "Manchester", "Leeds", "Bristol", "Glasgow", "Lagos", "Abuja", "Ibadan", "Kano", "Da Nang", "Hai Phong",
          "Can Tho", "Gdansk", "Wroclaw", "Poznan", "Krakow", "Oaxaca", "Monterrey", "Guadalajara", "Puebla", "Surabaya",
          "Bandung", "Medan", "Izmir", "Bursa", "Antalya", "Perth", "Adelaide", "Brisbane", "Calgary", "Winnipeg",
          "Halifax", "Durban", "Pretoria", "Austin", "Denver", "Pittsburgh", "Raleigh", "Kowloon", "Sha Tin",
          "Malmo", "Gothenburg", "Uppsala", "Chiang Mai", "Khon Kaen", "Cebu", "Davao", "Iloilo", "Penang",
          "Johor Bahru", "Kuching", "Lok Ma Chau", "Tampere", "Kumasi", "Accra", "Tartu", "Medellin", "Arusha", "Kigali",
          "Graz", "Tunis", "Brno", "Kaunas", "Rosario", "Cordoba", "Aarhus", "Turku", "Bergen", "Porto", "Braga"]
COUNTRIES = ["China", "India", "Kenya", "Germany", "France", "Spain", "Brazil", "Japan", "South Korea", "United Kingdom",
             "Nigeria", "Vietnam", "Poland", "Mexico", "Indonesia", "Turkey", "Singapore", "Australia", "Canada",
             "South Africa", "United States", "Hong Kong", "Sweden", "Thailand", "Philippines", "Malaysia", "Chile",
             "Colombia", "Ghana", "Rwanda", "Estonia", "Finland", "Norway", "Portugal", "Czech Republic", "Lithuania"]
STEMS = ["Nordwind", "Huaxin", "Sunbridge", "Kappa", "Meridian", "Tata Ridge", "Orion", "Baobab", "Lumen", "Ferro",
         "Vantage", "Greenfield", "Solara", "Pacifica", "Atlas", "Kestrel", "Helios", "Zenith", "Marlow", "Tiber",
         "Cobalt", "Quanta", "Redwood", "Silverline", "Yangtze", "Andes", "Delta Bay", "Northstar", "Keel", "Arbor"]
SUFFIXES = ["Holdings", "Group", "Energy", "Logistics", "Motors", "Semiconductor", "Bank", "Telecom", "Pharma",
            "Steel", "Airlines", "Foods", "Technologies", "Power", "Mining", "Insurance", "Capital", "Ports"]
CURRENCY_OF = {"China": "CNY", "India": "INR", "Germany": "EUR", "France": "EUR", "Spain": "EUR", "Japan": "JPY",
               "United Kingdom": "GBP", "Singapore": "SGD", "Hong Kong": "HKD", "United States": "USD"}
ZIPF = 0.7  # popularity exponent for metrics and entities (1.0 makes the top series ~5x larger)
FX = {"CNY": 6.7, "INR": 74.0, "EUR": 0.88, "JPY": 110.0, "GBP": 0.77, "SGD": 1.35, "HKD": 7.8, "USD": 1.0}


def vocab(rng: random.Random) -> tuple[list[tuple[str, str, str | None, float]], list[str]]:
    metrics = list(BASE_METRICS)
    for name, kind, unit, mag in BASE_METRICS:
        for q in rng.sample(QUALIFIERS_OF, 1):
            metrics.append((f"{q} {name}", kind, unit, mag))
    entities = CITIES + COUNTRIES + [f"{s} {x}" for s in STEMS for x in rng.sample(SUFFIXES, 18)]
    rng.shuffle(metrics)
    rng.shuffle(entities)
    return metrics, entities[:700]


def zipf_weights(n: int, s: float = 1.0) -> list[float]:
    return [1.0 / (i + 1) ** s for i in range(n)]


def typo(rng: random.Random, s: str) -> str:
    if len(s) < 4:
        return s
    i = rng.randrange(1, len(s) - 1)
    op = rng.randrange(4)
    if op == 0:
        return s[:i] + s[i + 1:]
    if op == 1:
        return s[:i] + s[i] + s[i:]
    if op == 2:
        return s[:i - 1] + s[i] + s[i - 1] + s[i + 1:]
    return s[:i] + rng.choice("aeiourstln") + s[i + 1:]


def variant(rng: random.Random, metric: str) -> str:
    r = rng.random()
    if r < 0.03:
        return typo(rng, metric)
    if r < 0.08 and metric in ALIASES:
        return rng.choice(ALIASES[metric])
    if r < 0.12:
        return "the " + metric
    if r < 0.15:
        return metric + "s" if not metric.endswith("s") else metric
    if r < 0.17:
        return metric.lower() if metric != metric.lower() else metric.capitalize()
    return metric


def entity_variant(rng: random.Random, entity: str) -> str:
    r = rng.random()
    if r < 0.03:
        return typo(rng, entity)
    if r < 0.05:
        return f"{entity} city" if entity in CITIES else entity.upper() if len(entity) < 8 else entity
    return entity


def make_claims(n: int, seed: int) -> list[Any]:
    from claimcheck.model import Claim, Interval

    rng = random.Random(seed)
    metrics, entities = vocab(rng)
    mw, ew = zipf_weights(len(metrics), ZIPF), zipf_weights(len(entities), ZIPF)
    per_doc = 8
    claims: list[Any] = []
    i = 0
    while len(claims) < n:
        doc_i = i // per_doc
        doc = f"archive/{doc_i // 1000:04d}/{doc_i:07d}.md"
        pub_year = 2010 + (doc_i * 7919) % 15
        published = f"{pub_year}-{1 + doc_i % 12:02d}-{1 + doc_i % 28:02d}"
        metric, kind, unit, mag = rng.choices(metrics, mw)[0]
        entity = rng.choices(entities, ew)[0]
        year = pub_year - rng.choice((1, 1, 1, 2, 3))
        # the series' true value: a stable hash of (metric, entity) gives its level, a trend gives the year
        h = int(hashlib.md5(f"{metric}|{entity}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
        level = mag * (0.2 + 1.6 * h)
        growth = 1.0 + (0.08 * h - 0.02 if kind not in ("percent", "percentage_points") else 0.0)
        value = level * growth ** (year - 2010)
        if rng.random() < 0.04:
            value *= rng.choice((1.3, 0.7, 10.0))  # a disagreeing source, or a scale slip
        digits = 3
        step = 10 ** (math.floor(math.log10(abs(value))) - digits + 1) if value else 1.0
        value = round(value / step) * step
        code = unit
        if kind == "money":
            country = next((c for c in CURRENCY_OF if c in entity), None)
            code = CURRENCY_OF.get(country or "", rng.choice(("USD", "USD", "EUR", "CNY", "GBP")))
            value = round(value * FX[code] / step) * step or step
        start = (i % per_doc) * 180 + rng.randrange(0, 120)
        surface = f"{value:,.0f}" if value >= 100 else f"{value:.3g}"
        m_text = variant(rng, metric)
        e_text = entity_variant(rng, entity)
        group = None
        implied = None
        claim = dict(doc=doc, start=start, end=start + len(surface), line=1 + (i % per_doc) * 2, surface=surface,
                     sentence=f"The {m_text} of {e_text} was {surface} in {year}.", kind=kind, value=value,
                     value_max=None, unit=code, qualifier="exact", metric=m_text, entity=e_text, period=str(year),
                     published=published, per=None, interval=Interval(value - step / 2, value + step / 2),
                     raw_value=value, raw_unit=code, mode="full")
        if kind == "money" and code != "USD" and rng.random() < 0.05:
            usd = value / FX[code] * rng.choice((1.0, 1.0, 1.0, 1.12))
            usd_step = 10 ** (math.floor(math.log10(usd)) - 2)
            usd = round(usd / usd_step) * usd_step
            group = hashlib.sha1(f"{doc}|g{start}".encode()).hexdigest()[:12]
            implied = value / usd
            claims.append(Claim(id=_cid(doc, start + 40), **{**claim, "start": start + 40, "end": start + 48,
                                                             "surface": f"US${usd:,.0f}", "unit": "USD", "raw_unit": "USD",
                                                             "value": usd, "raw_value": usd,
                                                             "interval": Interval(usd - usd_step / 2, usd + usd_step / 2)},
                                group=group, implied_rate=implied))
        claims.append(Claim(id=_cid(doc, start), **claim, group=group, implied_rate=implied))
        i += 1
    return claims[:n]


def _cid(doc: str, start: int) -> str:
    return hashlib.sha1(f"{doc}|{start}".encode()).hexdigest()[:16]


def child(n: int, seed: int) -> dict[str, Any]:
    from claimcheck.link import link
    from claimcheck.normalize import load_table
    from claimcheck.rules import evaluate, load_rules

    t = time.perf_counter()
    claims = make_claims(n, seed)
    build_s = time.perf_counter() - t
    ruleset = load_rules()
    fx = load_table()
    ruleset.apply_fx(fx)
    rss_before = rss_mb()
    t = time.perf_counter()
    clusters = link(claims, ruleset.aliases)
    link_s = time.perf_counter() - t
    rss_after_link = rss_mb()
    t = time.perf_counter()
    findings = evaluate(ruleset.rules, clusters, claims, fx)
    rules_s = time.perf_counter() - t
    sizes = sorted((len(c.claims) for c in clusters), reverse=True)
    pairs = sum(k * (k - 1) // 2 for k in sizes)
    return {"claims": n, "documents": len({c.doc for c in claims}), "build_s": round(build_s, 2),
            "link_s": round(link_s, 3), "rules_s": round(rules_s, 3),
            "claims_per_s_link": round(n / link_s, 1), "claims_per_s_rules": round(n / rules_s, 1) if rules_s else None,
            "clusters": len(clusters), "largest_cluster": sizes[0] if sizes else 0,
            "pairs_within_clusters": pairs, "distinct_metric_strings": len({c.metric for c in claims}),
            "distinct_entity_strings": len({c.entity for c in claims}),
            "findings": len(findings), "findings_by_rule": dict(Counter(f.rule for f in findings).most_common()),
            "rules": len([r for r in ruleset.rules if r.enabled]),
            "rss_with_claims_mb": round(rss_before, 1), "rss_after_link_mb": round(rss_after_link, 1),
            "peak_rss_mb": round(peak_rss_mb(), 1)}


def parse_count(s: str) -> int:
    s = s.strip().lower()
    mult = {"k": 1_000, "m": 1_000_000}.get(s[-1:], 1)
    return int(float(s.rstrip("km")) * mult)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10k,100k,1M", help="comma-separated claim counts (10k,100k,1M)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=3600, help="seconds allowed per size")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.seed)))
        return 0
    rows = []
    for n in [parse_count(s) for s in args.sizes.split(",")]:
        t = time.perf_counter()
        try:
            out = subprocess.run([sys.executable, __file__, "--child", str(n), "--seed", str(args.seed)],
                                 capture_output=True, text=True, timeout=args.timeout)
        except subprocess.TimeoutExpired:
            rows.append({"claims": n, "timeout_s": args.timeout})
            print(f"  {n:>9,} claims: timed out after {args.timeout:.0f}s", file=sys.stderr)
            continue
        if out.returncode != 0:
            raise RuntimeError(out.stderr[-3000:])
        r = json.loads(out.stdout.strip().splitlines()[-1])
        r["wall_s"] = round(time.perf_counter() - t, 1)
        rows.append(r)
        print(f"  {n:>9,} claims: link {r['link_s']:.2f}s, rules {r['rules_s']:.2f}s, {r['clusters']:,} clusters, "
              f"{r['findings']:,} findings, peak {r['peak_rss_mb']:.0f} MB ({r['wall_s']:.0f}s wall)",
              file=sys.stderr, flush=True)
    done = [r for r in rows if "link_s" in r]
    for a, b in zip(done, done[1:]):
        k = b["claims"] / a["claims"]
        b["growth_vs_previous"] = {"claims_x": k, "link_x": round(b["link_s"] / a["link_s"], 2),
                                   "rules_x": round(b["rules_s"] / a["rules_s"], 2) if a["rules_s"] else None,
                                   "link_exponent": round(math.log(b["link_s"] / a["link_s"]) / math.log(k), 2),
                                   "rules_exponent": round(math.log(b["rules_s"] / a["rules_s"]) / math.log(k), 2)
                                   if a["rules_s"] and b["rules_s"] else None}
    write_result("link.json", {"machine": machine(), "seed": args.seed, "sizes": rows})
    print(table([[f"{r['claims']:,}", f"{r['link_s']:.2f}", f"{r['rules_s']:.2f}", f"{r['claims_per_s_link']:,.0f}",
                  f"{r['clusters']:,}", f"{r['largest_cluster']:,}", f"{r['pairs_within_clusters']:,}",
                  f"{r['distinct_metric_strings']:,}", f"{r['findings']:,}", f"{r['peak_rss_mb']:.0f}",
                  (f"{r['growth_vs_previous']['link_exponent']} / {r['growth_vs_previous']['rules_exponent']}"
                   if "growth_vs_previous" in r else "-")]
                 for r in done],
                ["claims", "link s", "rules s", "claims/s link", "clusters", "largest", "pairs", "metric strings",
                 "findings", "peak MB", "growth exp link/rules"]))
    print("\ngrowth exponent: log(time ratio) / log(size ratio) against the previous size (1 = linear, 2 = quadratic)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
