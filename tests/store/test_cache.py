"""The extraction cache: a warm run over unchanged documents does no NLP at all."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck import api
from claimcheck.cli import main
from tests.conftest import SEEDS


def test_warm_check_loads_no_pipeline_and_reports_the_same(tmp_path: Path, nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache.db"
    cold = api.check([str(SEEDS)], cache=cache)
    monkeypatch.setattr(api, "pipeline", _no_pipeline)
    warm = api.check([str(SEEDS)], cache=cache)
    assert warm.claims == cold.claims
    assert [c.to_dict(explain=True) for c in warm.claims] == \
        [json.loads(json.dumps(c.to_dict(explain=True), default=str)) for c in cold.claims]
    assert [f.to_dict() for f in warm.findings] == [f.to_dict() for f in cold.findings]


def test_changed_text_date_or_pipeline_misses_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article, cache = tmp_path / "a.md", tmp_path / "cache.db"
    article.write_text("---\npublished: 2021-03-01\n---\nKenya's tea exports reached 1.2 billion dollars in 2020.\n")
    loads = _count_pipeline_loads(monkeypatch)

    def values(**options) -> list[float | None]:
        return [c.value for _, claims in api.extract_paths([str(article)], cache=cache, **options) for c in claims]

    assert values(fast=True) == [1.2e9] and loads == [True]
    assert values(fast=True) == [1.2e9] and loads == [True]  # warm
    article.write_text(article.read_text().replace("1.2", "1.4"))
    assert values(fast=True) == [1.4e9] and len(loads) == 2
    assert values(fast=True, published="2022-01-01") == [1.4e9] and len(loads) == 3
    values(fast=False)
    assert len(loads) == 4


def test_extract_output_is_the_same_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(SEEDS, tmp_path / "seeds")
    args = ["extract", "seeds", "--fast", "--format", "jsonl", "--explain"]
    plain = CliRunner().invoke(main, args)
    cold = CliRunner().invoke(main, [*args, "--cache"])
    assert (tmp_path / ".claimcheck" / "cache.db").is_file()
    monkeypatch.setattr(api, "pipeline", _no_pipeline)
    warm = CliRunner().invoke(main, [*args, "--cache"])
    assert plain.exit_code == cold.exit_code == warm.exit_code == 0, warm.output
    assert plain.stdout == cold.stdout == warm.stdout


def test_warm_cli_check_never_imports_spacy(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    code = ("import sys; from claimcheck.cli import main; "
            "main(['check', 'seeds', '--cache', '--fast', '--no-fail', '--format', 'json'], standalone_mode=False); "
            "print('spacy' in sys.modules, file=sys.stderr)")
    runs = [subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
            for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], runs[-1].stderr
    assert [r.stderr.split()[-1] for r in runs] == ["True", "False"]
    assert runs[0].stdout == runs[1].stdout


def _count_pipeline_loads(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Record every call to ``api.pipeline`` (the extractor calls it once per run, on its first cache miss)."""
    loads: list[bool] = []
    real = api.pipeline

    def counting(*args, **kwargs):
        loads.append(True)
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "pipeline", counting)
    return loads


def _no_pipeline(*args, **kwargs):
    raise AssertionError("the NLP pipeline was loaded")
