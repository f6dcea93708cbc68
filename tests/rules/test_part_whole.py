"""A narrower measure stated above its whole (conflict, part_of_whole)."""

from __future__ import annotations

import pytest

from claimcheck import api
from claimcheck.io import from_text


def part_findings(a: str, b: str) -> list:
    docs = [from_text(a, doc_id="a.md", published="2024-02-01"), from_text(b, doc_id="b.md", published="2024-03-01")]
    return [f for f in api.check(docs).findings if f.rule == "conflict-part-exceeds-whole"]


@pytest.mark.parametrize("a, b", [
    ("Andes Mining reported copper sales of $3.9 billion in 2023.",
     "Andes Mining had sales of $3.1 billion in 2023, its annual report shows."),
    ("Chile received 1.9 million Argentine tourists in 2023.",
     "Chile received fewer than 1.5 million tourists in 2023."),
    # the whole in another currency: compared in US dollars at the year's rates
    ("Ghana's cocoa exports earned $3.4 billion in 2022.",
     "Ghana's exports were worth €2.2 billion in 2022."),
])
def test_a_part_above_its_whole_fires(nlp, a, b):
    (found,) = part_findings(a, b)
    assert found.kind == "conflict" and len(found.claims) == 2


@pytest.mark.parametrize("a, b", [
    # a part below its whole is what parts are
    ("Andes Mining reported copper sales of $2.9 billion in 2023.",
     "Andes Mining had sales of $3.1 billion in 2023, its annual report shows."),
    # other periods
    ("Andes Mining reported copper sales of $3.9 billion in 2023.",
     "Andes Mining had sales of $3.1 billion in 2021, its annual report shows."),
    # other entities
    ("Andes Mining reported copper sales of $3.9 billion in 2023.",
     "Pampa Metals had sales of $3.1 billion in 2023, its annual report shows."),
    # words that do not narrow: a total, an average, an addition
    ("Andes Mining reported total sales of $3.9 billion in 2023.",
     "Andes Mining had sales of $3.1 billion in 2023, its annual report shows."),
    ("The ministry announced additional funding of $900 million for schools in 2023.",
     "The ministry's funding for schools was $700 million in 2023."),
    # amounts that other parts can offset
    ("Andes Mining reported an operating profit of $900 million in 2023.",
     "Andes Mining made a profit of $600 million in 2023."),
])
def test_no_finding_when_the_part_fits_or_is_not_a_part(nlp, a, b):
    assert part_findings(a, b) == []


def test_a_conflict_with_a_converted_figure_is_reported_once_in_its_own_currency(nlp):
    # "KES 142 billion (US$1.2 billion)" vs "KES 104 billion": one conflict, in shillings; the dollar restatement of
    # the same figure would only repeat it
    docs = [from_text("Kenyan horticulture exports earned KES 142 billion (US$1.2 billion) in 2022, the board said.",
                      doc_id="a.md", published="2023-02-01"),
            from_text("Kenya's horticulture exports earned KES 104 billion in 2022.", doc_id="b.md",
                      published="2023-03-01")]
    conflicts = [f for f in api.check(docs).findings if f.kind == "conflict"]
    assert len(conflicts) == 1
    assert {c.surface for c in conflicts[0].claims} == {"KES 142 billion", "KES 104 billion"}


def test_sales_and_revenue_are_one_measure_and_a_named_part_is_still_checked_against_sales(nlp):
    docs = [from_text("Kalahari Foods reported revenue of 1.2 billion pula for 2023.", doc_id="a.md", published="2024-03-01"),
            from_text("Kalahari Foods booked sales of 1.6 billion pula in 2023.", doc_id="b.md", published="2024-03-09")]
    (found,) = [f for f in api.check(docs).findings if f.kind == "conflict"]
    assert {c.surface for c in found.claims} == {"1.2 billion pula", "1.6 billion pula"}
