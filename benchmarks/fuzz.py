"""Fuzz the document reader, the rule loader and the extractor for a fixed time budget.

    python benchmarks/fuzz.py --seconds 120

Generates hostile inputs with hypothesis (random bytes, mutated front-matter,
broken YAML, HTML, huge numbers) and feeds them to ``io.read_file``,
``rules.load_rules`` and ``api.extract`` (fast mode). Any exception other than
claimcheck's own ``ClaimcheckError`` is a crash; so is a claim whose span does
not slice to its surface or whose value is not finite. Prints cases tried and
crashes found (target: zero) and writes ``benchmarks/results/fuzz.json``.
"""

from __future__ import annotations

import argparse
import json
import math
import tempfile
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import api, io
from claimcheck.errors import ClaimcheckError
from claimcheck.rules import load_rules

PIECES = ["---\n", "published: ", "2021-05-01", "title: ", "&a [x, *a]", "!!python/object:os.system", "\n", "<p>",
          "</p>", "<script>", "<!-- claimcheck-disable conflict: x -->", "```\n", "| a | b |\n|---|---|\n", "5", "1e309",
          "10^400", "9" * 50, "million", " billion ", "yuan", "US$", "(", ")", "%", " per cent", "between ", " and ",
          "\ufeff", "\r\n", "\x00", "\xff", "rules:\n", "  - id: x\n", "    kind: conflict\n", "    severity: error\n",
          "    message: m\n", "    select: {metric: '(a+)+$'}\n", "    params: {tolerance_rel: [1]}\n", "- ", ": ", "{", "}"]
text_strategy = st.lists(st.sampled_from(PIECES) | st.text(max_size=20), max_size=40).map("".join)
bytes_strategy = st.binary(max_size=400) | text_strategy.map(lambda s: s.encode("utf-8", "surrogatepass"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=60.0, help="time budget per target")
    args = ap.parse_args()
    api.pipeline(fast=True)
    tmp = Path(tempfile.mkdtemp(prefix="claimcheck-fuzz-"))
    results = {}
    for name, strategy, target in (("reader", bytes_strategy, _reader(tmp)), ("rules", bytes_strategy, _rules(tmp)),
                                   ("extractor", text_strategy, _extractor)):
        tried, crashes = _run(strategy, target, args.seconds)
        results[name] = {"cases": tried, "crashes": len(crashes), "examples": crashes[:5]}
        print(f"{name:10} {tried:7d} cases  {len(crashes)} crashes")
        for c in crashes[:3]:
            print("   ", c["input"][:120], "->", c["error"].splitlines()[-1])
    out = Path(__file__).with_name("results")
    out.mkdir(exist_ok=True)
    (out / "fuzz.json").write_text(json.dumps({"seconds_per_target": args.seconds, "targets": results}, indent=2))
    raise SystemExit(1 if any(r["crashes"] for r in results.values()) else 0)


def _run(strategy, target, seconds: float) -> tuple[int, list[dict[str, str]]]:
    deadline = time.monotonic() + seconds
    tried = 0
    crashes: list[dict[str, str]] = []

    @settings(max_examples=200, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def case(value) -> None:
        nonlocal tried
        if time.monotonic() > deadline:
            return
        tried += 1
        try:
            target(value)
        except ClaimcheckError:
            pass
        except Exception:  # noqa: BLE001 - a crash is what we are looking for
            crashes.append({"input": repr(value)[:500], "error": traceback.format_exc(limit=3)})

    while time.monotonic() < deadline:
        case()
    return tried, crashes


def _reader(tmp: Path):
    def run(data: bytes) -> None:
        path = tmp / "doc.md"
        path.write_bytes(data)
        io.read_file(str(path))

    return run


def _rules(tmp: Path):
    def run(data: bytes) -> None:
        path = tmp / "rules.yaml"
        path.write_bytes(data)
        load_rules([str(path)], bundled=False)

    return run


def _extractor(text: str) -> None:
    for c in api.extract(text, fast=True, published="2021-06-01"):
        assert text[c.start:c.end] == c.surface, (c.surface, c.start, c.end)
        assert c.value is None or math.isfinite(c.value), c.value


if __name__ == "__main__":
    main()
