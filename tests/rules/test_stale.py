"""stale: an old figure cited when the corpus already had a newer one."""

from __future__ import annotations

from claimcheck import api
from claimcheck.io import from_text


def test_a_fiscal_year_figure_cited_years_later_is_stale(nlp):
    from claimcheck.rules.base import one_year

    assert one_year("2019-04/2020-03") and one_year("2020/2021") and one_year("2023")
    assert not one_year("2012/2021") and not one_year(None)
    docs = [from_text("Cochin International Airport Ltd recorded total revenue of Rs 770.90 crore in 2022-23.",
                      doc_id="a.md", published="2023-09-13"),
            from_text("Cochin International Airport Ltd earned Rs 655.05 crore in revenue in fiscal 2019-20.",
                      doc_id="b.md", published="2024-04-22")]
    assert [f.kind for f in api.check(docs).findings if f.kind == "stale"] == ["stale"]
