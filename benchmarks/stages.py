"""Where `--fast` spends its time: CPU seconds of each stage over generated articles (best of N passes).

    .venv/bin/python benchmarks/stages.py [--articles 300] [--seed 7] [--passes 5] [--dense] [--profile]

Stages are cumulative the way ``extraction.extract_document`` runs them: reading, the
document's currency readings, time expressions, the scanner, then attribution and
normalization. ``--profile`` adds a cProfile listing (CPU time) of one ``--fast`` pass.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
import warnings
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_articles  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--dense", action="store_true", help="the number-dense corpus of sessions 1-6 (generate.py --dense)")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    from claimcheck import api, io
    from claimcheck.extraction import extract_document
    from claimcheck.extraction.currency import local_currencies
    from claimcheck.extraction.scanner import scan
    from claimcheck.extraction.times import find_times
    from claimcheck.normalize import normalize

    texts = [text for _, text in generate_articles(args.articles, seed=args.seed, dense=args.dense)]
    docs = [io.from_text(t) for t in texts]
    words = sum(len(d.text[d.body_start:].split()) for d in docs)
    pipe = api.pipeline(fast=True)

    def body(d: Any) -> str:
        return d.meta.get("scan", d.text) if d.meta else d.text

    def scanner(d: Any) -> Any:
        s = body(d)
        times = find_times(s, d.body_start, published=d.published)
        return scan(s, d.body_start, masked=[(t.start, t.end) for t in times], local=local_currencies(s))

    stages: dict[str, Callable[[], Any]] = {
        "read (io.from_text)": lambda: [io.from_text(t) for t in texts],
        "currency readings (local_currencies)": lambda: [local_currencies(body(d)) for d in docs],
        "time expressions (find_times)": lambda: [find_times(body(d), d.body_start, published=d.published) for d in docs],
        "scanner (the two above + scan)": lambda: [scanner(d) for d in docs],
        "extract_document (+ sentences, rule-based attribution)": lambda: [extract_document(d, pipe) for d in docs],
        "api.extract(fast=True) (+ read, normalize)": lambda: [normalize(io.from_text(t), extract_document(io.from_text(t), pipe)) for t in texts],
    }
    stages["scanner (the two above + scan)"]()  # warm caches (unit lexicon)
    best: dict[str, float] = {}
    for _ in range(args.passes):
        for name, fn in stages.items():
            c0 = time.process_time()
            fn()
            best[name] = min(best.get(name, float("inf")), time.process_time() - c0)
    print(f"{len(texts)} articles, {words:,} words; CPU seconds, best of {args.passes} passes")
    total = best["api.extract(fast=True) (+ read, normalize)"]
    for name, sec in best.items():
        print(f"  {name:56s} {sec:6.3f} s  {sec / total:5.0%}  {words / sec:9,.0f} words/s")
    if args.profile:
        prof = cProfile.Profile(time.process_time)
        prof.enable()
        for t in texts:
            api.extract(t, fast=True)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
