"""A stated conversion is judged against the rate of its period or of when it was written, never a later year's."""

from __future__ import annotations

from claimcheck import api, io


def _conversions(text: str, published: str):
    doc = io.from_text(text, doc_id="a.md", published=published)
    return [f for f in api.check([doc]).findings if f.kind == "conversion"]


def test_reference_year_is_never_after_publication(nlp):
    # R4.2 billion as US$380 million implies ~11 rand per dollar: wrong in any recent year
    found = _conversions("Airports Company South Africa will spend R4.2 billion (US$380 million) on a new terminal wing.",
                         "2024-02-27")
    assert len(found) == 1
    assert found[0].detail["year"] in (2023, 2024)


def test_a_rate_of_the_year_before_publication_is_accepted(nlp):
    # 2020 average ~16.46 rand per dollar; the article is from early 2021 and gives no period
    assert _conversions("The port will spend R1.65 billion (US$100 million) on new cranes.", "2021-02-10") == []


def test_a_conversion_rounded_to_one_figure_is_still_checked(nlp):
    # RD$40 billion is about US$700 million at 2023's ~56.2 pesos per dollar: "about US$1 billion" is far off, even
    # though 700 million rounds to 1 billion at one significant figure; US$1 billion for RD$57 billion is fine
    found = _conversions("Santo Domingo will spend RD$40 billion (about US$1 billion) on a cable car.", "2023-08-10")
    assert len(found) == 1 and found[0].detail["pair"] == "DOP per USD"
    assert _conversions("Santo Domingo will spend RD$57 billion (about US$1 billion) on a cable car.", "2023-08-10") == []
