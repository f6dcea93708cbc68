"""A whole split into parts that cannot add up to it (arithmetic, relation breakdown), and the listed parts the
linker keeps apart so that no rule compares a piece with the whole."""

from __future__ import annotations

import pytest

from claimcheck import api
from claimcheck.io import from_text
from claimcheck.link import link
from claimcheck.link import parts as parts_of


def check(*texts: str) -> list:
    docs = [from_text(t, doc_id=f"{chr(97 + i)}.md", published=f"2024-0{i + 3}-12") for i, t in enumerate(texts)]
    return api.check(docs).findings


def breakdowns(*texts: str) -> list:
    return [f for f in check(*texts) if f.rule == "breakdown-vs-total"]


@pytest.mark.parametrize("texts, surfaces", [
    # the parts of a whole another document gives: more than the whole, whatever was left out
    (("Germany completed 294,400 dwellings in 2023, the statistics office said.",
      "Of the homes finished across Germany last year, 118,000 were in family houses and 211,000 in apartment blocks."),
     {"294,400", "118,000", "211,000"}),
    (("Texas gained 473,000 residents in 2023, according to Census Bureau estimates.",
      "Of the state's population growth in 2023, 187,000 people moved in from other states, 174,000 arrived from "
      "abroad and 152,000 came from births outnumbering deaths."),
     {"473,000", "187,000", "174,000", "152,000"}),
    (("Belgium recorded 41.2 million tourist overnight stays in 2023, Statbel said.",
      "Split across the country's three regions, Belgium's overnight stays in 2023 came to 25.3 million in Flanders, "
      "11.4 million in Wallonia and 9.1 million in Brussels."),
     {"41.2 million", "25.3 million", "11.4 million", "9.1 million"}),
    # the whole first, its parts after a colon or ", with", down to the remaining one
    (("The Lahore Waste Management Company collected 2.1 million tonnes of waste in 2023, with 1.45 million tonnes "
      "coming from households and the remaining 910,000 tonnes from markets and hospitals.",),
     {"2.1 million tonnes", "1.45 million tonnes", "910,000 tonnes"}),
])
def test_parts_that_do_not_add_up_to_their_whole_fire(nlp, texts, surfaces):
    (found,) = breakdowns(*texts)
    assert {c.surface for c in found.claims} == surfaces
    assert found.kind == "arithmetic"


def test_the_message_sums_quantities_in_the_unit_the_text_wrote(nlp):
    (found,) = breakdowns("The Lahore Waste Management Company collected 2.1 million tonnes of waste in 2023, with "
                          "1.45 million tonnes coming from households and the remaining 910,000 tonnes from markets.")
    assert "add up to 2.36 million tonne" in found.message


@pytest.mark.parametrize("texts", [
    # parts within their whole
    ("Germany completed 294,400 dwellings in 2023, the statistics office said.",
     "Of the homes finished across Germany last year, 98,000 were in family houses and 171,000 in apartment blocks."),
    # an exhaustive split that adds up within rounding
    ("The Lahore Waste Management Company collected 2.4 million tonnes of waste in 2023, with 1.45 million tonnes "
     "coming from households and the remaining 910,000 tonnes from markets and hospitals.",),
    # another entity's whole
    ("Austria completed 64,400 dwellings in 2023, the statistics office said.",
     "Of the homes finished across Germany last year, 118,000 were in family houses and 211,000 in apartment blocks."),
    # another year's whole
    ("Germany completed 294,400 dwellings in 2021, the statistics office said.",
     "Of the homes finished across Germany last year, 118,000 were in family houses and 211,000 in apartment blocks."),
    # a whole followed by other measures, not its parts
    ("Total public revenue amounted to RO 11.8 billion in 2024, of which net oil revenue accounted for RO 6.3 "
     "billion, while public spending reached about RO 11.3 billion.",),
    # a narrower whole ("cruise visitors") is no whole for all visitors
    ("Vanuatu welcomed 186,200 cruise visitors in 2023, the statistics bureau said.",
     "Of last year's visitors to Vanuatu, 87,400 arrived by air and 186,200 came ashore from cruise ships."),
])
def test_parts_that_fit_or_are_not_parts_do_not_fire(nlp, texts):
    assert breakdowns(*texts) == []


def test_listed_parts_are_not_compared_with_the_whole_as_its_value(nlp):
    # without the breakdown each part would "conflict" with the whole of the same metric, entity and year
    findings = check("Vanuatu recorded 240,600 visitor arrivals in 2023, the statistics bureau said.",
                     "Of last year's visitors to Vanuatu, 87,400 arrived by air and 186,200 came ashore from cruise ships.")
    assert [f.rule for f in findings] == ["breakdown-vs-total"]


@pytest.mark.parametrize("text, listed", [
    ("Of last year's visitors to Vanuatu, 87,400 arrived by air and 186,200 came ashore from cruise ships.",
     ["87,400", "186,200"]),
    # a change, a comparison, a part "of which", a conversion: no list
    ("The deficit was $1.7 trillion in fiscal 2023, which ended Sept. 30, up $320 billion, the Treasury said.", []),
    ("Kazakhstan produced 90 million tonnes of oil in 2023, about 70 million tonnes of which was exported.", []),
    ("Visitor arrivals reached 240,600 in 2023 against 186,200 in the same period, the bureau said.", []),
])
def test_which_values_a_sentence_lists_as_parts(nlp, text, listed):
    claims = api.extract(text, published="2024-05-28")
    runs = list(parts_of.lists((c, c.metric or "") for c in claims))
    assert [c.surface for run in runs for c in run] == listed
    kept_apart = [c.surface for cl in link(claims) if cl.part for c in cl.claims]
    assert sorted(kept_apart) == sorted(listed)
