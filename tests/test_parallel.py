"""ordered_map and --jobs: input order, lazy reading, cache bypass, and output identical to one process."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from click.testing import CliRunner

from claimcheck.cli import main
from claimcheck.parallel import ordered_map

from .conftest import ROOT, SEEDS


def _pid_square(x: int) -> tuple[int, int]:
    return x * x, os.getpid()


def _fail(x: int) -> int:
    raise AssertionError(f"fn called for known item {x}")


def test_results_come_back_in_input_order_from_several_processes():
    out = list(ordered_map(_pid_square, range(40), jobs=2))
    assert [item for item, _ in out] == list(range(40))
    assert [r[0] for _, r in out] == [x * x for x in range(40)]
    assert os.getpid() not in {r[1] for _, r in out}


def test_one_job_or_one_item_runs_in_this_process():
    assert {r[1] for _, r in ordered_map(_pid_square, range(5), jobs=1)} == {os.getpid()}
    assert list(ordered_map(_pid_square, [3], jobs=2)) == [(3, (9, os.getpid()))]
    assert list(ordered_map(_pid_square, [], jobs=2)) == []


def test_known_items_skip_fn_and_keep_their_place():
    out = list(ordered_map(_fail, [1, 2, 3, 4], jobs=2, known=lambda x: -x))
    assert out == [(1, -1), (2, -2), (3, -3), (4, -4)]
    mixed = list(ordered_map(_pid_square, range(6), jobs=2, known=lambda x: ("cached", 0) if x % 2 else None))
    assert [r[0] for _, r in mixed] == [0, "cached", 4, "cached", 16, "cached"]


def test_input_is_read_at_most_a_window_ahead():
    read: list[int] = []

    def items():
        for i in range(30):
            read.append(i)
            yield i

    for item, _ in ordered_map(_pid_square, items(), jobs=2, window=4):
        assert len(read) <= item + 5


def _corpus(tmp_path: Path) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from generate import write_articles, generate_articles
    finally:
        sys.path.pop(0)
    tmp_path.mkdir(parents=True, exist_ok=True)
    for seed in sorted(SEEDS.glob("*.txt")):
        (tmp_path / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    write_articles(tmp_path / "generated", generate_articles(8, seed=5))
    return tmp_path


def test_extract_and_check_output_is_identical_for_one_and_two_jobs(tmp_path, nlp):
    corpus = _corpus(tmp_path / "corpus")
    out = {}
    for jobs in ("1", "2"):
        extracted = CliRunner().invoke(main, ["extract", str(corpus), "--format", "jsonl", "--jobs", jobs])
        checked = CliRunner().invoke(main, ["check", str(corpus), "--format", "json", "--no-fail", "--jobs", jobs])
        assert extracted.exit_code == 0 and checked.exit_code == 0, extracted.output + checked.output
        out[jobs] = (extracted.stdout, checked.stdout)
    assert out["1"] == out["2"]
    assert len(out["1"][0].splitlines()) > 200  # seeds and generated articles all gave claims


def test_ingest_with_two_jobs_stores_what_one_job_stores(tmp_path, nlp):
    corpus = _corpus(tmp_path / "corpus")
    claims = {}
    for jobs in ("1", "2"):
        archive = str(tmp_path / f"a{jobs}.db")
        ingested = CliRunner().invoke(main, ["ingest", str(corpus), "--archive", archive, "--jobs", jobs, "--format", "json"])
        assert ingested.exit_code == 0, ingested.output
        queried = CliRunner().invoke(main, ["query", "--archive", archive, "--format", "jsonl"])
        claims[jobs] = queried.stdout
    assert claims["1"] == claims["2"] and claims["1"].count("\n") > 200
