"""What a value measures without a parser (``--fast``): patterns over the words around it."""

from __future__ import annotations

import pytest

from claimcheck import api


@pytest.mark.parametrize("text, surface, metric", [
    # a count names what it counts
    ("The cooperative now has 4,200 members in three districts.", "4,200", "member"),
    # a share names its whole, with the clause's subject when it has one
    ("Remittances were equal to 24% of GDP in 2023.", "24%", "share of GDP"),
    ("Tourism receipts accounted for 11% of exports.", "11%", "tourism receipt share of export"),
    # a noun phrase joined by "of" / "at" / "worth"
    ("Qantas posted an underlying profit of A$2.47 billion for the year.", "A$2.47 billion", "underlying profit"),
    ("Headline inflation stood at 3.1% in May.", "3.1%", "headline inflation"),
    ("The Lisbon metro contract is worth €380 million.", "€380 million", "metro contract"),
    # the subject of a verb of change, without the owner's name
    ("Chile's copper exports rose 7% to $46 billion last year.", "$46 billion", "copper export"),
    ("Average rents in Porto are now €1,150 a month.", "€1,150", "average rent"),
])
def test_fast_metric(blank_nlp, text, surface, metric):
    claims = {c.surface: c for c in api.extract(text, doc_id="t", published="2024-06-01", fast=True)}
    assert claims[surface].metric == metric
