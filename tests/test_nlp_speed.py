"""The parse speed-ups change no annotation: numpy's BLAS for the network, table lookup for the attribute ruler."""

from __future__ import annotations

import pytest

from claimcheck import io
from claimcheck.nlp import blas, ruler, split_sentences

from .conftest import SEEDS


@pytest.fixture(scope="module")
def sentences():
    """Every sentence of the seed articles (real news text)."""
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        doc = io.read_file(str(path))
        out += [s.text for s in split_sentences(doc.text, doc.body_start)]
    assert len(out) > 200
    return out


@pytest.fixture(scope="module")
def stock():
    """The default model as spaCy loads it: blis products, the ruler's own Matcher."""
    import spacy

    from claimcheck.nlp.pipeline import DEFAULT_MODELS, UNUSED

    for name in DEFAULT_MODELS:
        try:
            return spacy.load(name, exclude=list(UNUSED))
        except OSError:
            continue
    pytest.skip("no English model")


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, t.morph.to_json(), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]


def test_lookup_ruler_finds_the_matchers_matches(stock, sentences):
    import spacy

    fast = spacy.load(stock.path, exclude=["senter"])
    assert ruler.install(fast.get_pipe("attribute_ruler"))
    before = stock.get_pipe("attribute_ruler")
    docs = list(stock.pipe(sentences, disable=["attribute_ruler", "lemmatizer", "ner"]))
    for doc in docs:
        assert fast.get_pipe("attribute_ruler").match(doc) == before.match(doc), doc.text


def test_pipeline_annotations_are_the_stock_ones(nlp, stock, sentences):
    # (with the one tokenizer change claimcheck makes on purpose: "1.9m" stays one token)
    from claimcheck.nlp.pipeline import _keep_millions

    _keep_millions(stock)
    ours = list(nlp.parse(sentences))
    theirs = list(stock.pipe(sentences, batch_size=64))
    assert [_annotations(d) for d in ours] == [_annotations(d) for d in theirs]


def test_millions_stay_one_token(nlp):
    doc = next(nlp.parse(["About 1.9m people were receiving treatment, and the pipes are 12mm thick."]))
    assert [t.text for t in doc][:3] == ["About", "1.9m", "people"]
    assert "mm" in [t.text for t in doc]  # other units still come apart from their numbers


def test_ruler_with_other_patterns_keeps_the_matcher():
    import spacy

    nlp = spacy.blank("en")
    r = nlp.add_pipe("attribute_ruler")
    r.add([[{"LOWER": "the", "OP": "+"}]], {"POS": "DET"})
    assert not ruler.install(r)
    r2 = nlp.add_pipe("attribute_ruler", name="other")
    r2.add([[{"LENGTH": 3}]], {"POS": "NOUN"})
    assert not ruler.install(r2)


def test_one_thread_restores_the_thread_count():
    setter = blas._thread_setter()
    if setter is None:
        pytest.skip("numpy's OpenBLAS not found")
    before = setter(3)
    with blas.one_thread():
        assert setter(1) == 1
    assert setter(before) == 3
