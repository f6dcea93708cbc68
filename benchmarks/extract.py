"""Extraction speed and memory: claimcheck next to quantulum3 on the same generated text.

    .venv/bin/python benchmarks/extract.py [--size 1MB] [--runs 3] [--seed 1] [--full-size 1MB]
                                           [--linear-size 1MB] [--linear-full-size 200KB]
                                           [--whole-sizes 2KB,8KB,32KB,64KB] [--quick]

Every variant runs in its own child process on the same corpus (written once to
a temporary file), so each one's peak RSS is its own: the child reports its RSS
after imports and model loading, then the high-water mark (VmHWM, the same
figure as ``resource.getrusage(...).ru_maxrss``) after the work. Each variant
makes one warm-up pass over the first ~50 KB (the first ~5 KB of a
single big document), then ``--runs`` timed passes over
the whole corpus; the median is reported as words per second (words are
``len(text.split())`` of the whole article, the same denominator for all).

Variants
    quantulum3_paragraphs   ``quantulum3.parser.parse`` on each paragraph (blank-line separated) of each body
    quantulum3_whole        ``parser.parse`` on whole documents of growing size (superlinear)
    claimcheck_scanner      ``io.from_text`` + ``local_currencies`` + ``find_times`` + ``scanner.scan`` per document:
                            extraction before attribution, no sentence split, no NLP, no normalization
    claimcheck_full         ``api.extract(text)`` with the default spaCy pipeline (attribution, normalization)
    claimcheck_fast         ``api.extract(text, fast=True)`` (rule-based attribution, no statistical pipeline)
    jobs:N                  ``api.extract_paths(files, jobs=N)``: the full pipeline over the corpus written as
                            files, in N worker processes (``--jobs-size``, default 200 KB; N from ``--jobs``)

Also: model load time and cold start of the CLI (``claimcheck --version`` and a
one-article ``claimcheck extract``) in fresh processes, and a linearity check:
the corpus as many ~2 KB documents against the same text as one document.

Results: ``benchmarks/results/extract.json`` and tables on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import article_body, machine, median, peak_rss_mb, rss_mb, table, write_result  # noqa: E402
from generate import generate_until, parse_size, single_document  # noqa: E402

WARMUP_BYTES = 50_000


# ----------------------------------------------------------------------------- child side
def _setup(variant: str) -> Any:
    """Import and load what the variant needs; returns a function text -> number of items found."""
    warnings.filterwarnings("ignore")
    if variant.startswith("quantulum3"):
        from quantulum3 import parser

        if variant == "quantulum3_paragraphs":
            def run(text: str) -> int:
                return sum(len(parser.parse(p)) for p in article_body(text).split("\n\n") if p.strip())
        else:
            def run(text: str) -> int:
                return len(parser.parse(article_body(text)))
        return run
    from claimcheck import api, io
    from claimcheck.extraction.currency import local_currencies
    from claimcheck.extraction.scanner import scan
    from claimcheck.extraction.times import find_times

    if variant == "claimcheck_scanner":
        def run(text: str) -> int:  # what extract_document does before attribution
            doc = io.from_text(text)
            s = doc.meta["scan"]
            times = find_times(s, doc.body_start, published=doc.published)
            return len(scan(s, doc.body_start, masked=[(t.start, t.end) for t in times], local=local_currencies(s)))
        return run
    fast = variant == "claimcheck_fast"
    api.pipeline(fast=fast)

    def run(text: str) -> int:
        return len(api.extract(text, fast=fast))
    return run


def jobs_child(jobs: int, corpus: Path, runs: int) -> dict[str, Any]:
    """The full pipeline via ``extract_paths`` in ``jobs`` processes; warm-up: one pass over 10 documents."""
    import claimcheck.api as api

    texts: list[str] = json.loads(corpus.read_text(encoding="utf-8"))
    words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory(prefix="cc-jobs-") as tmp:
        paths = []
        for i, t in enumerate(texts):
            paths.append(str(Path(tmp) / f"{i:05d}.md"))
            Path(paths[-1]).write_text(t, encoding="utf-8")
        sum(len(c) for _, c in api.extract_paths(paths[:10], jobs=jobs))
        times, found = [], 0
        for _ in range(runs):
            start = time.perf_counter()
            found = sum(len(c) for _, c in api.extract_paths(paths, jobs=jobs))
            times.append(time.perf_counter() - start)
    med = median(times)
    return {"variant": f"jobs:{jobs}", "documents": len(texts), "bytes": sum(len(t.encode()) for t in texts),
            "words": words, "runs": runs, "seconds": [round(x, 4) for x in times], "median_s": round(med, 4),
            "words_per_s": round(words / med, 1), "found": found, "setup_s": 0.0, "rss_ready_mb": round(rss_mb(), 1),
            "peak_rss_mb": round(peak_rss_mb(), 1)}


def child(variant: str, corpus: Path, runs: int, warmup: bool) -> dict[str, Any]:
    if variant.startswith("jobs:"):
        return jobs_child(int(variant[5:]), corpus, runs)
    texts: list[str] = json.loads(corpus.read_text(encoding="utf-8"))
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    run = _setup(variant)
    setup_s = time.perf_counter() - t0
    if warmup:  # the first ~50 KB of documents; of a single big document, its first ~5 KB
        seen = 0
        for t in texts:
            if len(t) > WARMUP_BYTES:
                cut = t.find("\n\n", 5000)
                t = t[:cut if cut != -1 else 5000]
            run(t)
            seen += len(t)
            if seen >= WARMUP_BYTES:
                break
    rss_ready = rss_mb()
    times, found = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        found = sum(run(t) for t in texts)
        times.append(time.perf_counter() - start)
    med = median(times)
    return {"variant": variant, "documents": len(texts), "bytes": sum(len(t.encode()) for t in texts), "words": words,
            "runs": runs, "seconds": [round(x, 4) for x in times], "median_s": round(med, 4),
            "words_per_s": round(words / med, 1), "found": found, "setup_s": round(setup_s, 3),
            "rss_ready_mb": round(rss_ready, 1), "peak_rss_mb": round(peak_rss_mb(), 1)}


# ----------------------------------------------------------------------------- parent side
def run_child(variant: str, texts: list[str], runs: int, workdir: Path, warmup: bool = True) -> dict[str, Any]:
    corpus = workdir / f"corpus-{len(texts)}-{sum(map(len, texts))}.json"
    if not corpus.exists():
        corpus.write_text(json.dumps(texts), encoding="utf-8")
    cmd = [sys.executable, __file__, "--child", variant, "--corpus", str(corpus), "--runs", str(runs)]
    if not warmup:
        cmd.append("--no-warmup")
    t = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"{variant} failed:\n{out.stderr[-3000:]}")
    res = json.loads(out.stdout.strip().splitlines()[-1])
    res["wall_s"] = round(time.perf_counter() - t, 2)
    print(f"  {variant:<24} {res['documents']:>5} docs {res['words']:>8,} words  {res['words_per_s']:>9,.0f} words/s  "
          f"peak {res['peak_rss_mb']:.0f} MB  ({res['wall_s']:.0f}s wall)", file=sys.stderr, flush=True)
    return res


LOAD_CODE = r"""
import json, time, warnings
warnings.filterwarnings("ignore")
t0 = time.perf_counter()
import claimcheck.api as api
t1 = time.perf_counter()
api.pipeline(fast=FAST)
t2 = time.perf_counter()
api.extract("Revenue rose 5% to $3.4m and the plant covers 11.5 square kilometres.", fast=FAST)
t3 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "pipeline_s": t2 - t1, "first_extract_s": t3 - t2, "total_s": t3 - t0}))
"""


def model_load(repeats: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for fast in (False, True):
        rows = []
        for _ in range(repeats):
            r = subprocess.run([sys.executable, "-c", LOAD_CODE.replace("FAST", str(fast))], capture_output=True, text=True,
                               check=True)
            rows.append(json.loads(r.stdout.strip().splitlines()[-1]))
        out["fast" if fast else "full"] = {k: round(median([x[k] for x in rows]), 3) for k in rows[0]}
    return out


def cli_start(repeats: int, workdir: Path, article: str) -> dict[str, Any]:
    exe = Path(sys.executable).parent / "claimcheck"
    path = workdir / "one-article.md"
    path.write_text(article, encoding="utf-8")
    cmds = {"claimcheck --version": [str(exe), "--version"],
            "claimcheck extract ARTICLE --fast": [str(exe), "extract", str(path), "--fast", "--format", "jsonl"],
            "claimcheck extract ARTICLE": [str(exe), "extract", str(path), "--format", "jsonl"]}
    out = {}
    for name, cmd in cmds.items():
        times = []
        for _ in range(repeats if name.endswith("--version") else max(1, repeats - 2)):
            t = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=True)
            times.append(time.perf_counter() - t)
        out[name] = {"median_s": round(median(times), 3), "seconds": [round(x, 3) for x in times]}
    return out


def take_bytes(articles: list[tuple[str, str]], n: int) -> list[tuple[str, str]]:
    out, size = [], 0
    for a in articles:
        if size >= n:
            break
        out.append(a)
        size += len(a[1].encode())
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=parse_size, default=parse_size("1MB"), help="corpus size for throughput (default 1MB)")
    ap.add_argument("--full-size", type=parse_size, default=None,
                    help="corpus size for the full pipeline (default: --size)")
    ap.add_argument("--linear-size", type=parse_size, default=None, help="one-document size for scanner/fast (default: --size)")
    ap.add_argument("--linear-full-size", type=parse_size, default=parse_size("200KB"),
                    help="one-document size for the full pipeline (default 200KB)")
    ap.add_argument("--whole-sizes", default="2KB,8KB,32KB,64KB", help="document sizes for quantulum3 on whole documents")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", default="1,2", help="worker counts for the --jobs scaling table (default 1,2)")
    ap.add_argument("--jobs-size", type=parse_size, default=parse_size("200KB"), help="corpus size for --jobs scaling")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dense", action="store_true",
                    help="the number-dense corpus of sessions 1-6 (generate.py --dense) instead of the realistic mix")
    ap.add_argument("--quick", action="store_true", help="small sizes, one run: a smoke test (~1 minute)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--no-warmup", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.corpus, args.runs, not args.no_warmup)))
        return 0
    if args.quick:
        args.size, args.runs, args.linear_full_size, args.whole_sizes = 100_000, 1, 50_000, "2KB,8KB,16KB"
        args.jobs_size = 50_000
    full_size = args.full_size or args.size
    linear_size = args.linear_size or args.size
    started = time.perf_counter()
    info = machine()
    articles = generate_until(max(args.size, full_size, linear_size, args.linear_full_size, args.jobs_size), args.seed,
                              args.dense)
    main_articles = take_bytes(articles, args.size)
    texts = [t for _, t in main_articles]
    result: dict[str, Any] = {"machine": info, "seed": args.seed, "dense": args.dense, "runs": args.runs,
                              "corpus": {"documents": len(texts), "bytes": sum(len(t.encode()) for t in texts),
                                         "words": sum(len(t.split()) for t in texts),
                                         "mean_doc_bytes": round(sum(len(t.encode()) for t in texts) / len(texts))}}
    print(f"corpus: {result['corpus']}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="cc-bench-") as tmp:
        work = Path(tmp)
        # --- throughput on the same text
        print("throughput (median of runs after a warm-up):", file=sys.stderr)
        thr: dict[str, Any] = {}
        for variant in ("quantulum3_paragraphs", "claimcheck_scanner", "claimcheck_fast"):
            thr[variant] = run_child(variant, texts, args.runs, work)
        full_texts = texts if full_size == args.size else [t for _, t in take_bytes(articles, full_size)]
        thr["claimcheck_full"] = run_child("claimcheck_full", full_texts, args.runs, work)
        if full_texts is not texts:
            # quantulum3 on the same (smaller) text as the full pipeline, so the ratio compares like with like
            thr["quantulum3_paragraphs_on_full_corpus"] = run_child("quantulum3_paragraphs", full_texts, args.runs, work)
        base = thr["quantulum3_paragraphs"]["words_per_s"]
        for k, v in thr.items():
            ref = thr["quantulum3_paragraphs_on_full_corpus"]["words_per_s"] if (
                k == "claimcheck_full" and "quantulum3_paragraphs_on_full_corpus" in thr) else base
            v["speed_vs_quantulum3"] = round(v["words_per_s"] / ref, 2)
            v["peak_rss_vs_quantulum3"] = round(v["peak_rss_mb"] / thr["quantulum3_paragraphs"]["peak_rss_mb"], 2)
        result["throughput"] = thr

        # --- quantulum3 on whole documents: superlinear
        print("quantulum3 on whole documents vs paragraphs:", file=sys.stderr)
        whole = []
        for size in [parse_size(s) for s in args.whole_sizes.split(",")]:
            doc = single_document(take_bytes(articles, size))
            w = run_child("quantulum3_whole", [doc], 1, work)
            p = run_child("quantulum3_paragraphs", [doc], 1, work)
            s = run_child("claimcheck_scanner", [doc], 1, work)
            whole.append({"doc_bytes": len(doc.encode()), "words": w["words"], "whole_words_per_s": w["words_per_s"],
                          "paragraphs_words_per_s": p["words_per_s"], "scanner_words_per_s": s["words_per_s"],
                          "whole_s": w["median_s"], "paragraphs_s": p["median_s"], "whole_peak_rss_mb": w["peak_rss_mb"]})
        result["quantulum3_whole_documents"] = whole

        # --- linearity: many small documents vs the same text as one document
        print("linearity (many ~2 KB documents vs one document of the same text):", file=sys.stderr)
        lin = []
        lin_texts = texts if linear_size == args.size else [t for _, t in take_bytes(articles, linear_size)]
        one = single_document([("", t) for t in lin_texts])
        for variant in ("claimcheck_scanner", "claimcheck_fast"):
            many = thr[variant] if lin_texts is texts else run_child(variant, lin_texts, args.runs, work)
            single = run_child(variant, [one], args.runs, work)
            lin.append(_lin_row(variant, many, single))
        small = [t for _, t in take_bytes(articles, args.linear_full_size)]
        one_small = single_document([("", t) for t in small])
        for variant in ("claimcheck_full", "claimcheck_fast", "quantulum3_paragraphs"):
            many = run_child(variant, small, args.runs, work)
            single = run_child(variant, [one_small], args.runs, work)
            lin.append(_lin_row(variant, many, single))
        result["linearity"] = lin

        # --- --jobs: the full pipeline in worker processes
        print("--jobs scaling (full pipeline via extract_paths):", file=sys.stderr)
        jobs_texts = [t for _, t in take_bytes(articles, args.jobs_size)]
        scaling = [run_child(f"jobs:{n}", jobs_texts, args.runs, work) for n in (int(j) for j in args.jobs.split(","))]
        for row in scaling:
            row["speedup"] = round(row["words_per_s"] / scaling[0]["words_per_s"], 2)
        result["jobs"] = scaling

        # --- model load and cold start
        print("model load and cold CLI start:", file=sys.stderr)
        result["model_load"] = model_load(3)
        result["cli_cold_start"] = cli_start(5 if not args.quick else 2, work, texts[0])
    result["elapsed_s"] = round(time.perf_counter() - started, 1)
    write_result("extract-dense.json" if args.dense else "extract.json", result)
    _print(result)
    return 0


def _lin_row(variant: str, many: dict[str, Any], single: dict[str, Any]) -> dict[str, Any]:
    return {"variant": variant, "bytes": single["bytes"], "documents": many["documents"],
            "mean_doc_bytes": round(many["bytes"] / many["documents"]),
            "many_words_per_s": many["words_per_s"], "one_doc_words_per_s": single["words_per_s"],
            "one_doc_over_many": round(single["words_per_s"] / many["words_per_s"], 2),
            "many_peak_rss_mb": many["peak_rss_mb"], "one_doc_peak_rss_mb": single["peak_rss_mb"],
            "found_many": many["found"], "found_one_doc": single["found"]}


def _print(r: dict[str, Any]) -> None:
    m = r["machine"]
    print(f"\nmachine: {m['cpu']}, {m['cores']} cores, Python {m['python']}; load avg at start {m['loadavg_at_start']}")
    print(f"corpus: {r['corpus']['documents']} documents, {r['corpus']['bytes']:,} bytes, {r['corpus']['words']:,} words\n")
    rows = [[k, f"{v['documents']}", f"{v['words']:,}", f"{v['words_per_s']:,.0f}", f"{v['speed_vs_quantulum3']:.2f}x",
             f"{v['rss_ready_mb']:.0f}", f"{v['peak_rss_mb']:.0f}", v["found"]] for k, v in r["throughput"].items()]
    print(table(rows, ["variant", "docs", "words", "words/s", "vs q3", "RSS ready MB", "peak RSS MB", "found"]))
    print("\nquantulum3 fed whole documents (words/s):")
    print(table([[f"{x['doc_bytes']:,}", f"{x['words']:,}", f"{x['whole_words_per_s']:,.0f}",
                  f"{x['paragraphs_words_per_s']:,.0f}", f"{x['scanner_words_per_s']:,.0f}", f"{x['whole_s']:.2f}"]
                 for x in r["quantulum3_whole_documents"]],
                ["doc bytes", "words", "q3 whole", "q3 paragraphs", "cc scanner", "q3 whole s"]))
    print("\nlinearity: many small documents vs the same text as one document (words/s):")
    print(table([[x["variant"], f"{x['bytes']:,}", f"{x['documents']} x {x['mean_doc_bytes']:,} B",
                  f"{x['many_words_per_s']:,.0f}", f"{x['one_doc_words_per_s']:,.0f}", f"{x['one_doc_over_many']:.2f}",
                  f"{x['many_peak_rss_mb']:.0f} / {x['one_doc_peak_rss_mb']:.0f}", f"{x['found_many']} / {x['found_one_doc']}"]
                 for x in r["linearity"]],
                ["variant", "bytes", "many", "many w/s", "one doc w/s", "one/many", "peak MB many/one", "found many/one"]))
    print("\n--jobs (full pipeline, extract_paths over files; speed-up vs the first row):")
    print(table([[x["variant"], f"{x['documents']}", f"{x['words']:,}", f"{x['words_per_s']:,.0f}", f"{x['speedup']:.2f}x",
                  f"{x['peak_rss_mb']:.0f}", x["found"]] for x in r.get("jobs", [])],
                ["jobs", "docs", "words", "words/s", "speed-up", "peak RSS MB (parent)", "found"]))
    print("\nmodel load (fresh process, median of 3):")
    for k, v in r["model_load"].items():
        print(f"  {k:<5} import {v['import_s']:.2f}s  pipeline {v['pipeline_s']:.2f}s  first extract {v['first_extract_s']:.2f}s"
              f"  total {v['total_s']:.2f}s")
    print("cold CLI start (median):")
    for k, v in r["cli_cold_start"].items():
        print(f"  {k:<36} {v['median_s']:.2f}s")
    print(f"\nelapsed {r['elapsed_s']:.0f}s; load avg at end {os.getloadavg()}")


if __name__ == "__main__":
    sys.exit(main())
