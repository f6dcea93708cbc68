"""Dates stated as the fact about an event are date claims; dates that only start a series are not."""

from __future__ import annotations

import pytest

from claimcheck import api


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(c.surface, c.period) for c in api.extract(text, doc_id="t", fast=True) if c.kind == "date"]


@pytest.mark.parametrize("text, expected", [
    ("Lindqvist Packaging opened its first factory in Poland on June 5, 2018.", [("June 5, 2018", "2018-06-05")]),
    ("The minimum wage will rise 20%, with the increase taking effect on January 1, 2024.",
     [("January 1, 2024", "2024-01-01")]),
    ("The tax rate rose to 15% on 1 January 2024, when the OECD minimum tax deal took effect.",
     [("1 January 2024", "2024-01-01")]),
    # a singular subject with a figure in it is the thing the event happened to
    ("The US$1.2 trillion infrastructure bill was signed into law on November 15, 2021.",
     [("November 15, 2021", "2021-11-15")]),
    ("The league passed the 10 million mark for the first time since it was founded in 1982.", [("1982", "1982")]),
])
def test_event_dates_before_and_after_the_event(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "Births were the lowest number since records began in 1899.",
    "Prices rose on 1 January 2024, when shoppers returned.",
    # the counted things are what the event happened to: the date dates the count
    "A total of 294,400 dwellings were completed in Germany in 2023.",
    "Some 1,200 new schools were built in 2022.",
    # the time a plan or a budget covers, not the day it was unveiled or approved
    "The Treasury unveiled a budget for 2026 that trims spending on roads.",
    "The ministry published new emission targets for 2030.",
    # a year that describes the thing approved
    "Georgia's parliament on Friday approved a 2026 state budget that foresees revenue of 28 billion lari.",
])
def test_dates_that_are_not_event_claims(text):
    assert dates(text) == []
