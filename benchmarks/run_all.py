"""Run every benchmark in turn with its defaults; results land in benchmarks/results/*.json.

    .venv/bin/python benchmarks/run_all.py            # ~12 minutes on 2 cores
    .venv/bin/python benchmarks/run_all.py --quick    # smoke test, ~3 minutes
    .venv/bin/python benchmarks/run_all.py --only extract,link

Each script's own output (tables) goes to stdout as it runs. ``ingest.py``
(the claim-archive benchmark) is separate and not run here.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
STEPS = {
    "extract": (["extract.py"], ["extract.py", "--quick"]),
    "quantulum_suite": (["quantulum_suite.py"], ["quantulum_suite.py", "--failures", "5"]),
    "recognizers": (["recognizers.py"], ["recognizers.py", "--failures", "2"]),
    "link": (["link.py"], ["link.py", "--sizes", "10k,100k"]),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--only", help="comma-separated: " + ",".join(STEPS))
    args = ap.parse_args(argv)
    names = args.only.split(",") if args.only else list(STEPS)
    failed = []
    for name in names:
        full, quick = STEPS[name]
        cmd = [sys.executable, str(HERE / (quick if args.quick else full)[0]), *(quick if args.quick else full)[1:]]
        print(f"\n===== {name}: {' '.join(cmd[1:])}", flush=True)
        t = time.perf_counter()
        rc = subprocess.call(cmd)
        print(f"===== {name}: exit {rc} after {time.perf_counter() - t:.0f}s", flush=True)
        if rc:
            failed.append(name)
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
