"""Names by capitalization, and the entity they give a value when there is no parser (``--fast``)."""

from __future__ import annotations

import pytest

from claimcheck import api
from claimcheck.extraction.names import capitalized_words, names_in


@pytest.mark.parametrize("sentence, expected", [
    ("Rwanda's coffee exports earned $120 million last season.", ["Rwanda"]),
    ("Revenue at Orkla Foods climbed 6% in the quarter.", ["Orkla Foods"]),
    ("The U.S. trade deficit narrowed to $63 billion.", ["U.S."]),
    ("Bank of Ghana data put inflation at 23%.", ["Bank of Ghana"]),
    # an office and the person after it are not a name; the place before them is
    ("Punjab Finance Minister Harpal Cheema put the deficit at Rs 23,000 crore.", ["Punjab"]),
    ("Prime Minister Anthony Albanese promised A$2 billion.", []),
    # the first word of a sentence is capitalized anyway
    ("Exports rose 4% to $2 billion.", []),
    ("Fonterra raised its payout forecast.", []),
    ("Shares of Harlow Mining fell 4%.", ["Harlow Mining"]),
    # ... unless it is an acronym, has an inner capital or is possessive
    ("BYD sold 3 million cars.", ["BYD"]),
    ("eBay Inc said revenue was flat.", ["eBay Inc"]),
    # currencies and units next to numbers, months, metric acronyms and places in "X-based" are not names
    ("Lagos-based Zenvia Pay raised US$12m in April-June, or 3% of GDP.", ["Zenvia Pay"]),
    ("The plant will add 7.2 GW by March.", []),
    ("Dividends reached KSh 4 billion.", []),
    # a legal form keeps its full stop inside a sentence
    ("Harlow Mining Corp. shipped 2.1 million tonnes.", ["Harlow Mining Corp."]),
])
def test_names_in(sentence, expected):
    assert [n.text for n in names_in(sentence)] == expected


def test_a_first_word_capitalized_elsewhere_is_a_name():
    text = "Fonterra raised its payout forecast. Farmers supplying Fonterra will get more."
    known = capitalized_words(text)
    assert "Fonterra" in known and "Farmers" not in known
    assert [n.text for n in names_in("Fonterra raised its payout forecast.", known)] == ["Fonterra"]


def test_possessive_names_are_marked():
    names = names_in("Chile's copper output fell, while Peru's rose.")
    assert [(n.text, n.possessive) for n in names] == [("Chile", True), ("Peru", True)]


@pytest.mark.parametrize("text, surface, entity", [
    ("Kenya's tea exports rose to KSh 180 billion last year, the Tea Board of Kenya said.", "KSh 180 billion", "Kenya"),
    ("Harlow Mining Corp. reported revenue of A$1.4 billion for 2023.", "A$1.4 billion", "Harlow Mining Corp."),
    ("The ministry said spending in Sabah reached RM4 billion.", "RM4 billion", "Sabah"),
    # a source after the value is skipped; the city is the one named earlier
    ("Lyon’s population rose to 522,000 in 2022. The city added 12,000 jobs in 2023, the regional statistics office said.", "12,000", "Lyon"),
])
def test_fast_mode_attributes_entities_by_name(blank_nlp, text, surface, entity):
    claims = {c.surface: c for c in api.extract(text, doc_id="t", published="2024-06-01", fast=True)}
    assert claims[surface].entity == entity
