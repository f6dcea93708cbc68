"""Linking trusts strong entities, repairs weak ones from the sentence, and joins a name with its fuller form."""

from __future__ import annotations

import pytest

from claimcheck.link import link
from claimcheck.link.entities import fuller_name, weak, without_legal_form
from claimcheck.model import Claim


def claim(doc: str, value: float, entity: str | None, sentence: str, period: str = "2019", metric: str = "passengers") -> Claim:
    surface = f"{value:g}"
    return Claim(id=f"{doc}-{value}", doc=doc, start=0, end=len(surface), line=1, surface=surface, sentence=sentence,
                 kind="count", value=value, value_max=None, unit=None, qualifier="exact", metric=metric, entity=entity,
                 period=period, published="2020-01-01")


@pytest.mark.parametrize("entity, sentence, expected", [
    ("metro", "Lisbon's metro carried 126 million passengers in 2019.", True),
    ("Cork", "Brightwater Analytics, a Cork-based company, employed 420 people.", True),
    ("Lisbon", "Lisbon's metro carried 126 million passengers in 2019.", False),
    ("Germany", "Germany's rate was 5.3%, with the lowest rates in Bavaria.", False),
    (None, "The metro carried 126 million passengers.", False),
])
def test_weak_entities(entity, sentence, expected):
    assert weak(claim("a.md", 1, entity, sentence)) is expected


@pytest.mark.parametrize("short, long, expected", [
    ("mrt", "mrt jakarta", True),
    ("guangdong", "guangdong province", True),
    ("ontario", "ontario hospital association", False),
    ("sri lanka", "sri lanka tea board", False),
    ("germany", "east germany", False),
    ("mrt", "mrt", False),
    # "the Port of Koper" is Koper; "the Bank of England" is not England
    ("koper", "port of koper", True),
    ("koper", "port koper", True),
    ("cape town", "city of cape town", True),
    ("england", "bank of england", False),
])
def test_fuller_names(short, long, expected):
    assert fuller_name(short, long) is expected


def _groups(claims):
    return sorted(sorted(c.doc for c in cl.claims) for cl in link(claims))


def test_a_weak_entity_links_with_the_entity_its_sentence_names():
    a = claim("a.md", 173e6, "Lisbon", "Lisbon's metro carried 173 million passengers in 2019.")
    b = claim("b.md", 126e6, "metro", "Lisbon's metro carried 126 million passengers in 2019.")
    assert _groups([a, b]) == [["a.md", "b.md"]]


def test_a_strong_entity_is_never_reassigned():
    a = claim("a.md", 3.1, "Bavaria", "Bavaria's unemployment rate averaged 3.1% in 2022.", metric="unemployment rate")
    b = claim("b.md", 5.3, "Germany", "Germany's unemployment rate averaged 5.3% in 2022, lowest in Bavaria.",
              metric="unemployment rate")
    assert _groups([a, b]) == [["a.md"], ["b.md"]]


def test_a_short_name_with_two_fuller_names_is_ambiguous():
    a = claim("a.md", 19e6, "MRT", "The MRT carried 19 million passengers.")
    b = claim("b.md", 33e6, "MRT Jakarta", "MRT Jakarta carried 33 million passengers.")
    c = claim("c.md", 50e6, "MRT Manila", "MRT Manila carried 50 million passengers.")
    assert _groups([a, b]) == [["a.md", "b.md"]]
    assert _groups([a, b, c]) == [["a.md"], ["b.md"], ["c.md"]]


def test_a_name_another_claim_of_the_sentence_owns_is_not_borrowed():
    s = "The company's revenue was 5 billion, while Apple's revenue was 9 billion."
    a = claim("a.md", 5e9, "company", s, metric="revenue")
    b = claim("a.md", 9e9, "Apple", s, metric="revenue")
    c = claim("b.md", 9e9, "Apple", "Apple's revenue was 9 billion.", metric="revenue")
    assert _groups([a, b, c]) == [["a.md"], ["a.md", "b.md"]]


@pytest.mark.parametrize("key, plain", [
    ("pt mrt jakarta", "mrt jakarta"),
    ("nordhavn shipping a", "nordhavn shipping a"),  # "A/S" is split by normalization; a lone letter stays
    ("acme ltd", "acme"),
    ("tata motors limited", "tata motors"),
    ("sdn bhd", "sdn"),  # never empties a name
    ("ontario", "ontario"),
])
def test_legal_forms_are_dropped_from_entity_keys(key, plain):
    assert without_legal_form(key) == plain


def test_a_company_links_with_and_without_its_legal_form():
    a = claim("a.md", 19.1e6, "MRT Jakarta", "MRT Jakarta carried 19.1 million passengers in 2022.", period="2022")
    b = claim("b.md", 21.0e6, "PT MRT Jakarta", "PT MRT Jakarta said the line carried 21 million passengers in 2022.",
              period="2022")
    clusters = [c for c in link([a, b]) if len(c.claims) > 1]
    assert len(clusters) == 1 and clusters[0].entity == "mrt jakarta"
