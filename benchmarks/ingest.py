"""Claim archive benchmark: cold ingest, warm re-run against plain hashing, and checks against growing archives.

    .venv/bin/python benchmarks/ingest.py [--articles 10000] [--seed 7] [--full 200] [--workdir DIR]

Generates a seeded corpus of varied articles (same arguments, same files),
then measures, in articles per second:

- cold ingest with ``--fast`` of the whole corpus, in stages of 1k, 5k, 10k;
- cold ingest with the default spaCy pipeline on the first ``--full`` articles;
- a warm re-run over the unchanged corpus, next to reading and SHA-256 hashing
  the same files (the floor a warm run can reach);
- checking 10 new articles (the latest: they report on 2023-2024) against the
  archive at each stage (their claims come from a warm extraction cache, so
  the time is the archive's part: finding related claims, linking, rules).

Results go to ``benchmarks/results/ingest.json`` and a table on stdout.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import random
import re
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from claimcheck import api, store

RESULTS = Path(__file__).parent / "results" / "ingest.json"
STAGES = (1000, 5000, 10000)
NEW_ARTICLES = 10

PLACES = ["Shenzhen", "Nairobi", "Lyon", "Recife", "Pune", "Gdansk", "Tampere", "Cebu", "Kumasi", "Valencia",
          "Porto Alegre", "Chengdu", "Mombasa", "Bilbao", "Surabaya", "Leipzig", "Oaxaca", "Izmir", "Kaunas", "Da Nang",
          "Cordoba", "Accra", "Tartu", "Hyderabad", "Medellin", "Wuhan", "Arusha", "Malmo", "Penang", "Rosario",
          "Aarhus", "Lagos", "Brno", "Coimbatore", "Curitiba", "Xiamen", "Kigali", "Graz", "Davao", "Tunis"]
SOURCES = ["the statistics bureau", "the city government", "officials", "the chamber of commerce", "analysts",
           "the development commission", "a report released on Monday", "the mayor's office"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
# (template, value generator) pairs: the claims an article can make about its place.
FACTS: list[tuple[str, Any]] = [
    ("In {year}, {place}'s R&D investment accounted for {v:.2f}% of its GDP, according to {src}.",
     lambda r: r.uniform(0.4, 6.5)),
    ("{place}'s GDP reached {v:.1f} billion dollars in {year}, {src} said.", lambda r: r.uniform(5, 900)),
    ("The unemployment rate in {place} fell to {v:.1f} percent in {year}.", lambda r: r.uniform(2, 14)),
    ("About {v:.1f} million people lived in {place} in {year}.", lambda r: r.uniform(0.3, 22)),
    ("The port of {place} handled {v:.2f} million containers in {year}.", lambda r: r.uniform(0.2, 30)),
    ("{place} had {v:,} registered high-tech companies at the end of {year}.", lambda r: r.randint(200, 20000)),
    ("Exports from {place} grew by {v:.1f}% in {year} compared with the previous year.", lambda r: r.uniform(-8, 25)),
    ("The city's new industrial park covers {v:.1f} square kilometers and opened in {year}.",
     lambda r: r.uniform(0.5, 40)),
    ("Average rent in {place} rose by {v:.1f}% in {year}, {src} said.", lambda r: r.uniform(0.5, 15)),
    ("{place} attracted foreign direct investment of {v:.2f} billion euros in {year}.", lambda r: r.uniform(0.1, 20)),
    ("More than {v:,} students enrolled at universities in {place} in {year}.", lambda r: r.randint(5000, 400000)),
    ("Installed solar capacity in {place} reached {v:,} megawatts in {year}.", lambda r: r.randint(20, 9000)),
    ("Tourist arrivals in {place} totalled {v:.1f} million in {year}, up from the year before.",
     lambda r: r.uniform(0.2, 40)),
    ("The metro in {place} carried {v:.0f} million passengers in {year}.", lambda r: r.uniform(5, 3000)),
]
FILLER = [
    "The figures were published alongside a plan to expand transport links across the region.",
    "Local businesses say access to skilled workers remains their main concern.",
    "“We expect the trend to continue,” a spokesperson told reporters.",
    "The announcement came as neighbouring cities released similar statistics.",
    "Critics argue that the numbers hide large differences between districts.",
    "The government has promised to publish a detailed breakdown later this year.",
]


def generate_articles(n: int, seed: int, years: tuple[int, int] = (2005, 2022)) -> list[tuple[str, str]]:
    """``n`` articles as (file name, text): a title, a dated line, facts about one place, some filler; seeded.

    Each article reports on a year in ``years`` and is published the year after.
    """
    rng = random.Random(seed)
    return [(f"article-{i:05d}.md", _article(rng, years)) for i in range(n)]


def _article(rng: random.Random, years: tuple[int, int]) -> str:
    place, year = rng.choice(PLACES), rng.randint(*years)
    published = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {year + 1}"
    paragraphs = []
    for template, value in rng.sample(FACTS, rng.randint(4, 9)):
        fact = template.format(place=place, year=year - rng.choice((0, 0, 0, 1, 2)), v=value(rng),
                               src=rng.choice(SOURCES))
        paragraphs.append(fact + (" " + rng.choice(FILLER) if rng.random() < 0.6 else ""))
    title = f"{place}: {rng.choice(['growth continues', 'a mixed year', 'new figures', 'the numbers behind the boom'])}"
    return f"{title}\n\nPublished: {published}\n\n" + "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, articles: list[tuple[str, str]]) -> list[str]:
    """Write articles in shards of 1,000 files; returns their paths in order."""
    paths = []
    for i, (name, text) in enumerate(articles):
        path = folder / f"shard-{i // 1000:02d}" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def timed(fn: Any, *args: Any, **kwargs: Any) -> tuple[Any, float]:
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - start


def hash_files(paths: list[str]) -> int:
    """Read and SHA-256 every file: the least work that can tell an unchanged corpus from a changed one."""
    return sum(len(hashlib.sha256(Path(p).read_bytes()).digest()) for p in paths)


def check_new(new: list[str], db: Path, cache: Path) -> dict[str, Any]:
    """Median of three checks of the new articles against the archive, and how many archived claims they pulled in."""
    runs = [timed(api.check, new, archive=db, fast=True, cache=cache) for _ in range(3)]
    note = next(n for n in runs[0][0].notes if n.startswith("compared with"))
    with store.Archive(db) as arc:
        stats = arc.stats()
    return {"archive_articles": stats["documents"], "archive_claims": stats["claims"],
            "related_claims": int(re.findall(r"\d+", note)[0]), "findings": len(runs[0][0].findings),
            "seconds": statistics.median(s for _, s in runs)}


def run(n: int, seed: int, full: int, work: Path) -> dict[str, Any]:
    paths = write_corpus(work / "corpus", generate_articles(n, seed))
    new = write_corpus(work / "new", generate_articles(NEW_ARTICLES, seed + 1, years=(2023, 2024)))
    db, cache = work / "claims.db", work / "cache.db"
    api.pipeline(fast=True)  # load once, outside the timings
    list(api.extract_paths(new, fast=True, cache=cache))  # warm the cache for the new articles
    cold_seconds, checks, done = 0.0, [], 0
    for stage in [s for s in STAGES if s < n] + [n]:
        _, seconds = timed(api.ingest, paths[done:stage], db, fast=True)
        cold_seconds, done = cold_seconds + seconds, stage
        checks.append(check_new(new, db, cache))
    warm, warm_seconds = timed(api.ingest, paths, db, fast=True)
    assert warm.unchanged == n, warm
    _, hash_seconds = timed(hash_files, paths)
    api.pipeline()
    _, full_seconds = timed(api.ingest, paths[:full], work / "full.db")
    return {
        "articles": n, "seed": seed, "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
        "corpus_bytes": sum(Path(p).stat().st_size for p in paths), "archive_bytes": db.stat().st_size,
        "cold_fast": _rate(n, cold_seconds), "cold_default_pipeline": _rate(full, full_seconds),
        "warm_rerun": _rate(n, warm_seconds), "sha256_only": _rate(n, hash_seconds),
        "warm_over_hash": warm_seconds / hash_seconds, "check_10_new": checks,
    }


def _rate(n: int, seconds: float) -> dict[str, float]:
    return {"articles": n, "seconds": round(seconds, 3), "per_second": round(n / seconds, 1)}


def table(r: dict[str, Any]) -> str:
    rows = [("cold ingest, --fast", r["cold_fast"]), ("cold ingest, default pipeline", r["cold_default_pipeline"]),
            ("warm re-run (unchanged)", r["warm_rerun"]), ("read + sha256 only", r["sha256_only"])]
    out = [f"{'':34}{'articles':>9}{'seconds':>10}{'articles/s':>12}"]
    out += [f"{name:34}{m['articles']:>9}{m['seconds']:>10.2f}{m['per_second']:>12,.0f}" for name, m in rows]
    out.append(f"warm re-run / hashing: {r['warm_over_hash']:.2f}x")
    out.append(f"\ncheck {NEW_ARTICLES} new articles against the archive (median of 3, claims from a warm cache)")
    out.append(f"{'archive articles':>17}{'claims':>9}{'related':>9}{'seconds':>9}")
    out += [f"{c['archive_articles']:>17}{c['archive_claims']:>9}{c['related_claims']:>9}{c['seconds']:>9.3f}"
            for c in r["check_10_new"]]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--full", type=int, default=200, help="articles ingested with the default pipeline")
    parser.add_argument("--workdir", type=Path, help="where to write the corpus and archives (default: a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = run(args.articles, args.seed, min(args.full, args.articles), args.workdir or Path(tmp))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(table(result))


if __name__ == "__main__":
    main()
