"""Shared fixtures: the English pipeline (loaded once), a blank pipeline, paths to seeds and the contract."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CONTRACT = ROOT.parent / "shared" / "contract"


@pytest.fixture(scope="session")
def nlp():
    from claimcheck.nlp import load

    pipe = load()
    assert pipe.mode == "full", "the English pipeline should be installed by the project's own dependencies"
    return pipe


@pytest.fixture(scope="session")
def blank_nlp():
    from claimcheck.nlp import load

    return load(fast=True)


@pytest.fixture(scope="session")
def seed_claims(nlp):
    """Claims of every seed document, keyed by file name."""
    from claimcheck import api, io

    out = {}
    for path in sorted(SEEDS.glob("*.txt")):
        doc = io.read_file(str(path))
        out[path.name] = (doc, api.extract_doc(doc, nlp))
    return out


@pytest.fixture(scope="session")
def seed_report(nlp):
    from claimcheck import api

    return api.check([str(SEEDS)])


@pytest.fixture(scope="session")
def contract():
    if not CONTRACT.is_dir():
        pytest.skip("../shared/contract is not beside this checkout")
    import json

    return {name: json.loads((CONTRACT / f"{name}.schema.json").read_text()) for name in ("claim", "report")}
