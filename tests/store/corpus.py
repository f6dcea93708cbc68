"""A small seeded generator of varied articles for archive tests (the benchmark has its own, larger one)."""

from __future__ import annotations

import random
from pathlib import Path

CITIES = ["Shenzhen", "Nairobi", "Lyon", "Recife", "Pune", "Gdansk", "Tampere", "Cebu", "Kumasi", "Valencia"]
SENTENCES = [
    "In {year}, {city}'s R&D investment accounted for {pct:.2f}% of its GDP, the statistics bureau said.",
    "{city} had {count:,} registered technology companies at the end of {year}.",
    "Exports from {city} reached {money:.1f} billion dollars in {year}, officials said.",
    "The unemployment rate in {city} fell to {rate:.1f} percent in {year}.",
    "About {people:.1f} million people lived in {city} in {year}, according to the census.",
    "The port of {city} handled {teu:.2f} million containers in {year}.",
    "Average rent in {city} rose by {rise:.1f}% in {year} compared with the year before.",
]


def article(rng: random.Random) -> str:
    """One article: front-matter with a date, then five to seven sentences about one city."""
    city, year = rng.choice(CITIES), rng.randint(2008, 2022)
    values = {"city": city, "year": year, "pct": rng.uniform(0.5, 6), "count": rng.randint(500, 90000),
              "money": rng.uniform(1, 90), "rate": rng.uniform(2, 12), "people": rng.uniform(0.5, 20),
              "teu": rng.uniform(0.5, 30), "rise": rng.uniform(1, 15)}
    body = [s.format(**values) for s in rng.sample(SENTENCES, rng.randint(5, 7))]
    return f"---\npublished: {year + 1}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\n---\n" + "\n\n".join(body) + "\n"


def write_articles(folder: Path, n: int, seed: int = 0) -> list[Path]:
    """Write ``n`` articles ``article-00000.md``... into ``folder``; same seed, same files."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"article-{i:05d}.md"
        path.write_text(article(rng), encoding="utf-8")
        paths.append(path)
    return paths
