"""Claims survive the trip through the archive exactly, open intervals included."""

from __future__ import annotations

import math

from claimcheck import api, store


def test_claims_round_trip_with_open_intervals() -> None:
    claims = api.extract("More than 3.7 million people visited Lyon in 2019; up to 1.5 million came by car.",
                         doc_id="a.md", published="2020-01-01", fast=True)
    assert any(c.interval and math.isinf(c.interval.high) for c in claims)
    for claim in claims:
        back = store.claim_from_json(store.claim_to_json(claim))
        assert back == claim and back.interval == claim.interval


def test_revision_labels_parse_back() -> None:
    assert store.parse_label(store.revision_label("seeds/a.txt", 3)) == ("seeds/a.txt", 3)
    assert store.parse_label("seeds/a.txt") == ("seeds/a.txt", None)
