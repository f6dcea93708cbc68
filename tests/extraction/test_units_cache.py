"""The unit lexicon's per-user cache: same lexicon as a fresh build, rebuilt when missing or damaged."""

from __future__ import annotations

import json

import pytest

from claimcheck.extraction import units


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    units.lexicon.cache_clear()
    yield tmp_path
    units.lexicon.cache_clear()


def test_cached_lexicon_is_the_built_one(fresh_cache):
    built = units.build()
    first = units.lexicon()
    files = list(fresh_cache.glob("units-*.json"))
    assert len(files) == 1 and json.loads(files[0].read_text(encoding="utf-8")) == built
    units.lexicon.cache_clear()
    again = units.lexicon()  # read back from the file
    assert again.pint_of == first.pint_of == built
    assert list(again.pint_of) == list(built)  # same order, so the same regex
    assert again.pattern.pattern == first.pattern.pattern
    assert again.lookup("MW") == "MW" and again.pattern.match("square kilometres")


def test_damaged_cache_is_rebuilt_and_rewritten(fresh_cache):
    units.lexicon()
    path = next(fresh_cache.glob("units-*.json"))
    path.write_text("{not json", encoding="utf-8")
    units.lexicon.cache_clear()
    assert units.lexicon().pint_of == units.build()
    assert json.loads(path.read_text(encoding="utf-8")) == units.build()


def test_cache_key_follows_the_library_versions(monkeypatch):
    key = units._build_key()
    real = units.metadata.version
    monkeypatch.setattr(units.metadata, "version", lambda name: "0.0-other" if name == "pint" else real(name))
    assert units._build_key() != key


def test_unwritable_cache_folder_still_gives_a_lexicon(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(blocker / "sub"))
    units.lexicon.cache_clear()
    try:
        assert units.lexicon().lookup("hectares") == "hectare"
    finally:
        units.lexicon.cache_clear()


def test_first_run_with_no_caches_reads_data_sizes(tmp_path):
    """A first run (no pint definition cache, no lexicon cache) reads "8 GB" like every later run."""
    import os
    import subprocess
    import sys

    code = ("from claimcheck.extraction import units\n"
            "print(units.lexicon().lookup('gigabyte'), units.registry().Quantity(1, 'GiB').to('byte').magnitude)")
    env = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(tmp_path / "cold")}
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
            for _ in range(2)]  # cold, then warm from the caches the first run wrote
    assert runs[0] == runs[1] and runs[0].split()[0] == "gigabyte**1" and float(runs[0].split()[1]) == 2 ** 30
