"""Documents extracted together (their sentences parsed in one stream) give the claims each gives alone."""

from __future__ import annotations

import sys

import pytest

from claimcheck import api, io

from .conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def documents():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from generate import generate_articles
    finally:
        sys.path.pop(0)
    seeds = [io.read_file(str(p)) for p in sorted(SEEDS.glob("*.txt"))]
    return seeds + [io.from_text(text, doc_id=name) for name, text in generate_articles(12, seed=11)]


def _dicts(claims_per_doc):
    return [[c.to_dict() for c in claims] for claims in claims_per_doc]


def test_batched_documents_get_the_claims_they_get_alone(nlp, documents):
    alone = [api.extract_doc(d, nlp) for d in documents]
    assert sum(map(len, alone)) > 300
    assert _dicts(api.extract_docs(documents, nlp)) == _dicts(alone)
    # neighbours and their order do not matter either
    backwards = api.extract_docs(documents[::-1], nlp)[::-1]
    assert _dicts(backwards) == _dicts(alone)


def test_fast_mode_batches_alike(blank_nlp, documents):
    alone = [api.extract_doc(d, blank_nlp) for d in documents]
    assert _dicts(api.extract_docs(documents, blank_nlp)) == _dicts(alone)


def test_extract_paths_chunks_keep_input_order_and_cache(tmp_path, nlp, documents, monkeypatch):
    monkeypatch.setattr(api, "CHUNK_BYTES", 3000)  # several chunks, some mixing cached and new documents
    for i, doc in enumerate(documents):
        (tmp_path / f"{i:02d}.md").write_text(doc.text, encoding="utf-8")
    paths = [str(p) for p in sorted(tmp_path.glob("*.md"))]
    cache = tmp_path / "cache.db"
    cold = [(d.id, [c.to_dict() for c in cl]) for d, cl in api.extract_paths(paths)]
    partly = [(d.id, [c.to_dict() for c in cl]) for d, cl in api.extract_paths(paths[::3], cache=cache)]
    warm = [(d.id, [c.to_dict() for c in cl]) for d, cl in api.extract_paths(paths, cache=cache)]
    assert [i for i, _ in cold] == paths
    assert warm == cold and partly == cold[::3]
