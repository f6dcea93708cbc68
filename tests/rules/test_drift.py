"""Which yearly series a period belongs to: calendar years and each kind of fiscal year apart."""

from __future__ import annotations

import pytest

from claimcheck.rules.drift import period_key


@pytest.mark.parametrize("period, key", [
    ("2021", ("calendar", 2021)),
    ("2021-08", ("calendar", 2021)),
    ("2021/2022", ("fiscal", 2022)),          # a year pair ("2021-22" without a country's convention)
    ("2021-04/2022-03", ("fiscal from month 4", 2022)),   # India's fiscal year, by its end
    ("2023-07/2024-06", ("fiscal from month 7", 2024)),   # Kenya's
    ("2021-01/2021-12", ("calendar", 2021)),  # twelve months from January is the calendar year
    ("2021-04/2021-06", ("3 months from month 4", 2021)),  # the second quarter, a series of its own
    ("2024-01/2024-06", ("6 months from month 1", 2024)),  # the first half
    ("2021-01/2021-08", None),                # eight months: no series
    ("2023-10/2024-03", None),                # a half across two years: fiscal halves are not compared
    ("2022/2026", None),                      # nor a five-year span
    (None, None),
])
def test_period_key(period, key):
    assert period_key(period) == key


def test_the_same_half_of_two_years_drifts_and_a_quarter_is_not_compared_with_a_half(nlp):
    from claimcheck import api
    from claimcheck.io import from_text

    docs = [from_text("Ararat Savings Bank posted net profit of 14.2 billion drams in the first half of 2023, the "
                      "Yerevan lender said.", doc_id="a.md", published="2023-08-01"),
            from_text("Ararat Savings Bank earned AMD 19.8 billion in January-June, the Yerevan lender said. Its "
                      "second-quarter net profit was AMD 10.1 billion.", doc_id="b.md", published="2024-08-01")]
    drifts = [f for f in api.check(docs).findings if f.kind == "drift"]
    assert [sorted(c.surface for c in f.claims) for f in drifts] == [["14.2 billion drams", "AMD 19.8 billion"]]


def test_a_bound_drifts_when_its_change_is_sure_and_a_cap_does_not(nlp):
    from claimcheck import api
    from claimcheck.io import from_text

    def drifts(later: str) -> list:
        docs = [from_text("Burundi recorded 5.1 million malaria cases in 2022, the health ministry said.", doc_id="a.md",
                          published="2023-04-25"),
                from_text(later, doc_id="b.md", published="2024-04-25")]
        return [f for f in api.check(docs).findings if f.kind == "drift"]

    (found,) = drifts("Malaria cases in Burundi rose to more than 6.4 million last year, the health ministry said.")
    assert "at least +1.25 million" in found.message  # the least change the bound allows, not the stated gap
    # a bound that may still be within 5% of the old figure says nothing sure
    assert drifts("Malaria cases in Burundi rose to more than 5.2 million last year, the health ministry said.") == []
    # "up to" is a cap, not a level
    assert drifts("Malaria cases in Burundi could reach up to 2.4 million last year, the health ministry said.") == []
