"""Old and new code side by side: CPU seconds of ``api.extract(text, fast=True)``, processes alternating.

    git archive COMMIT src | tar -x -C /tmp/base       # the old code's source tree
    .venv/bin/python benchmarks/paired.py /tmp/base/src [--rounds 4] [--passes 3] [--articles 300] [--seed 7] [--dense]

Each round runs one child process on the old source tree (``PYTHONPATH=OLD_SRC``) and one on the
installed one, in turn, so both see the same load; a child times ``--passes`` passes over the same
generated articles and reports its best (CPU time, ``time.process_time``). Prints every round and the
best of each side. The machine is shared: compare within one run only.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child(articles: int, seed: int, dense: bool, passes: int) -> dict[str, object]:
    warnings.filterwarnings("ignore")
    sys.path.insert(0, str(HERE))
    from generate import generate_articles

    import claimcheck
    from claimcheck import api

    texts = [t for _, t in generate_articles(articles, seed=seed, dense=dense)]
    for t in texts:  # warm: unit lexicon, pint, regex caches
        api.extract(t, fast=True)
    best, claims = float("inf"), 0
    for _ in range(passes):
        c = time.process_time()
        claims = sum(len(api.extract(t, fast=True)) for t in texts)
        best = min(best, time.process_time() - c)
    return {"src": str(Path(claimcheck.__file__).parent.parent), "best_s": round(best, 4), "claims": claims,
            "words": sum(len(t.split()) for t in texts)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old_src", nargs="?", help="source tree of the old code (the folder holding claimcheck/)")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--dense", action="store_true", help="the number-dense corpus (generate.py --dense)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.articles, args.seed, args.dense, args.passes)))
        return 0
    if not args.old_src:
        ap.error("give the old code's source tree")
    cmd = [sys.executable, __file__, "--child", "--passes", str(args.passes), "--articles", str(args.articles),
           "--seed", str(args.seed)] + (["--dense"] if args.dense else [])
    best: dict[str, float] = {}
    for r in range(args.rounds):
        for side, extra in (("old", {"PYTHONPATH": str(Path(args.old_src).resolve())}), ("new", {})):
            env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | extra
            out = json.loads(subprocess.run(cmd, env=env, cwd="/", capture_output=True, text=True, check=True)
                             .stdout.strip().splitlines()[-1])
            best[side] = min(best.get(side, float("inf")), out["best_s"])
            print(f"round {r + 1} {side}: {out['best_s']:.3f} s CPU, {out['words'] / out['best_s']:,.0f} words/s, "
                  f"{out['claims']} claims ({out['src']})", flush=True)
    print(f"best: old {best['old']:.3f} s, new {best['new']:.3f} s, {best['old'] / best['new']:.2f}x; "
          f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
