"""Peak memory against corpus size: is claimcheck's memory flat as the corpus grows?

    .venv/bin/python benchmarks/memory.py [--sizes 1MB,10MB,100MB] [--full-sizes 1MB,10MB]
                                          [--commands extract,ingest] [--seed 3] [--workdir DIR]

For each size, a seeded corpus of generated articles (``generate.py``; one file
per article, ~1.75 KB each) is written once, then each command runs in a fresh
process and its peak RSS (the child's ``ru_maxrss`` from ``os.wait4``) and wall
time are recorded:

- ``extract``: ``claimcheck extract DIR --format jsonl -o FILE --no-cache --jobs 1``,
  with ``--fast`` for every size in ``--sizes`` and with the default spaCy
  pipeline for ``--full-sizes``;
- ``ingest``: ``claimcheck ingest DIR --fast --archive FILE --jobs 1`` into a new
  archive.

The target (issue #9): peak RSS for 100 MB within 1.5x of 1 MB. ``check``
is not measured: linking and rules need every claim of the corpus at once, so
its memory grows with the number of claims by design.

Results go to ``benchmarks/results/memory.json`` and a table on stdout.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import machine, peak_rss_mb, write_result  # noqa: E402
from generate import parse_size  # noqa: E402

TARGET = 1.5


def run(cmd: list[str]) -> dict[str, Any]:
    """Run ``cmd``; its wall seconds and peak RSS in MB (Linux reports ``ru_maxrss`` in KB)."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    _, status, usage = os.wait4(proc.pid, 0)
    err = proc.stderr.read().decode(errors="replace")
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.strip()[-500:]}")
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / 1024 / 1024
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(usage.ru_maxrss * scale, 1),
            "user_seconds": round(usage.ru_utime, 2)}


def corpus(workdir: Path, size: str, seed: int) -> tuple[Path, int]:
    """Write the corpus once, in a child process: a forked child's peak RSS starts from its parent's size."""
    folder = workdir / f"corpus-{size}"
    if not folder.exists():
        parse_size(size)
        subprocess.run([sys.executable, str(Path(__file__).with_name("generate.py")), str(folder), "--size", size,
                        "--seed", str(seed)], check=True, stdout=subprocess.DEVNULL)
    return folder, sum(p.stat().st_size for p in folder.iterdir())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1MB,10MB,100MB", help="corpus sizes for --fast extract and ingest")
    ap.add_argument("--full-sizes", default="1MB,10MB", help="corpus sizes for the full pipeline ('' to skip)")
    ap.add_argument("--commands", default="extract,ingest")
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--workdir", type=Path, help="keep corpora here (default: a temporary folder, removed)")
    args = ap.parse_args(argv)
    sizes = [s for s in args.sizes.split(",") if s]
    full_sizes = [s for s in args.full_sizes.split(",") if s]
    commands = set(args.commands.split(","))
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="claimcheck-memory-"))
    workdir.mkdir(parents=True, exist_ok=True)
    cli = [sys.executable, "-m", "claimcheck"]
    print(f"this process: {peak_rss_mb():.0f} MB (children start from it)", flush=True)
    rows: list[dict[str, Any]] = []
    try:
        plan = [("extract --fast", s) for s in sizes if "extract" in commands]
        plan += [("extract (full pipeline)", s) for s in full_sizes if "extract" in commands]
        plan += [("ingest --fast", s) for s in sizes if "ingest" in commands]
        for name, size in plan:
            folder, nbytes = corpus(workdir, size, args.seed)
            out = workdir / "out"
            out.unlink(missing_ok=True)
            if name.startswith("extract"):
                cmd = cli + ["extract", str(folder), "--format", "jsonl", "-o", str(out), "--no-cache", "--jobs", "1"]
                if "--fast" in name:
                    cmd.append("--fast")
            else:
                cmd = cli + ["ingest", str(folder), "--fast", "--archive", str(out), "--jobs", "1"]
            row = {"command": name, "size": size, "bytes": nbytes, **run(cmd)}
            rows.append(row)
            print(f"{name:26} {size:>6} {nbytes / 1e6:8.1f} MB  {row['seconds']:8.1f} s  "
                  f"peak RSS {row['peak_rss_mb']:7.1f} MB", flush=True)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    print()
    print(f"{'command':26} {'smallest':>10} {'largest':>10}  growth (target <= {TARGET}x)")
    verdicts = {}
    for name in dict.fromkeys(r["command"] for r in rows):
        mine = [r for r in rows if r["command"] == name]
        if len(mine) < 2:
            continue
        growth = mine[-1]["peak_rss_mb"] / mine[0]["peak_rss_mb"]
        verdicts[name] = round(growth, 2)
        print(f"{name:26} {mine[0]['peak_rss_mb']:8.1f} MB {mine[-1]['peak_rss_mb']:8.1f} MB  "
              f"{growth:.2f}x ({mine[0]['size']} -> {mine[-1]['size']})")
    write_result("memory", {"machine": machine(), "seed": args.seed, "runs": rows, "growth": verdicts})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
