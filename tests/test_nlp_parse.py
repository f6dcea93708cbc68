"""Pipeline.parse: the same annotations as nlp.pipe, with the fast attribute ruler and NER only where a name can be."""

from __future__ import annotations

import pytest

from claimcheck.nlp import split_sentences
from claimcheck.nlp.pipeline import may_name
from claimcheck.nlp.ruler import FastRuler

from .conftest import SEEDS

# contractions and multi-token patterns exercise the ruler's rarer rules
TRICKY = [
    "Y'all ain't gonna believe it, but there's nothing he gets or got.",
    "Let's go, c'mon! He isn't here; they aren't, and I'd have known.",
    "Tampines had 239 students at the end of 2015.",
    "The central bank raised rates by 75 basis points to 2.7 per cent.",
    "Whether or not the 5 km road opens, it will cost $3m.",
]
ENTITY_LABELS = ("GPE", "ORG", "LOC", "FAC", "PRODUCT", "EVENT")


@pytest.fixture(scope="module")
def sentences():
    out = list(TRICKY)
    for path in sorted(SEEDS.glob("*.txt"))[:6]:
        out += [s.text for s in split_sentences(path.read_text(encoding="utf-8"))]
    return out


def _tokens(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def _names(doc):
    return [(e.start, e.end, e.label_) for e in doc.ents if e.label_ in ENTITY_LABELS]


def test_parse_annotates_tokens_exactly_as_pipe(nlp, sentences):
    assert FastRuler.supports(nlp.nlp.get_pipe("attribute_ruler"))
    for expected, got in zip(nlp.nlp.pipe(sentences), nlp.parse(sentences, batch_size=7)):
        assert _tokens(got) == _tokens(expected)


def test_parse_finds_the_same_names_as_pipe(nlp, sentences):
    """Where NER is skipped, the full pipeline found nothing capitalized (only slips like "smart city")."""
    skipped = 0
    for expected, got in zip(nlp.nlp.pipe(sentences), nlp.parse(sentences, batch_size=7)):
        if may_name(got):
            assert _names(got) == _names(expected), expected.text
        else:
            skipped += 1
            assert not got.ents and all(e.text.islower() for e in expected.ents if e.label_ in ENTITY_LABELS), expected.text
    assert 0 < skipped < len(sentences)


def test_ner_is_skipped_only_where_no_name_can_be(nlp):
    docs = list(nlp.parse(["The central bank raised rates by 75 basis points to 2.7%.",
                           "Tampines had 239 students.", "Exports rose 5% in Kenya."]))
    assert [may_name(d) for d in docs] == [False, True, True]
    assert not docs[0].has_annotation("ENT_IOB") and docs[2].has_annotation("ENT_IOB")
