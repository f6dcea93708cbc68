"""Periods from time expressions the sentence gives without a year, or as a span to the publication date."""

from __future__ import annotations

import pytest

from claimcheck import api


@pytest.mark.parametrize("text, published, period", [
    ("As of June, more than 2 million people had fled their homes.", "2024-08-20", "2024-06"),
    ("In June, the average monthly wage rose 10.6% to 8,267 zlotys.", "2024-08-14", "2024-06"),
    ("Thailand has welcomed 17.5 million foreign tourists so far this year.", "2024-07-12", "2024-01/2024-07"),
    ("Malaysia has approved 2,500 megawatts of solar projects since 2020.", "2024-05-16", "2020/2024"),
    # a comparison, not a span: "the highest since 2015" dates nothing
    ("Output was 3.2 million tonnes, the highest since 2015.", "2024-05-16", None),
])
def test_month_alone_year_to_date_and_since(nlp, text, published, period):
    claims = [c for c in api.extract(text, published=published) if c.kind != "date"]
    assert claims and claims[-1].period == period


def test_the_level_a_change_over_years_reaches_is_the_last_years(nlp):
    rate, level = api.extract("The sector's exports grew 42% between 2019 and 2023 to $47.4 billion.", published="2024-03-20")
    assert (rate.period, level.period) == ("2019/2023", "2023")


@pytest.mark.parametrize("text, published, periods", [
    # the base of a comparison is dated by the claim's own period, moved back
    ("Kenya Power's net profit rose to KSh 9.2 billion in the first quarter of 2024 from KSh 7.1 billion "
     "in the same period last year.", "2024-05-10", ["2024-01/2024-03", "2023-01/2023-03"]),
    ("Revenue reached SEK 3.4 billion in the second quarter of 2024, up from SEK 3.15 billion in the previous quarter.",
     "2024-07-18", ["2024-04/2024-06", "2024-01/2024-03"]),
    # years ahead run from the publication year, or from the year the text names
    ("The utility plans to spend $4 billion over the next three years.", "2025-03-01", ["2025/2027"]),
    ("The ministry will invest 12 billion rand in the five years from 2025.", "2024-11-01", ["2025/2029"]),
    ("About 1.2 gigawatts of capacity will be added through 2030.", "2025-03-01", ["2025/2030"]),
])
def test_comparison_bases_and_years_ahead(nlp, text, published, periods):
    claims = [c for c in api.extract(text, published=published) if c.kind != "date"]
    assert [c.period for c in claims] == periods


@pytest.mark.parametrize("text, published, periods", [
    # a standing fact in the present tense is not dated by the time expressions around it
    ("Alpenchem lifted first-half operating profit by 9% to CHF 2.1 billion. The group has some 31,000 employees.",
     "2024-07-25", ["2024-01/2024-06", "2024-01/2024-06", None]),
    ("Aer Lingus carried 3.5 million passengers in the second quarter, and the airline now flies to more than 90 airports.",
     "2024-07-30", ["2024-04/2024-06", None]),
    # a past-tense clause still takes the sentence's period
    ("Revenue rose 12% in 2023, and profit climbed to $40 million.", "2024-03-01", ["2023", "2023"]),
])
def test_present_tense_facts_are_undated(nlp, text, published, periods):
    claims = [c for c in api.extract(text, published=published) if c.kind != "date"]
    assert [c.period for c in claims] == periods


@pytest.mark.parametrize("text, published, periods", [
    ("Fourth-quarter operating EBIT was NOK 3.1 billion, down from NOK 3.9 billion in the same quarter of 2022.",
     "2024-02-07", ["2023-10/2023-12", "2022-10/2022-12"]),
    ("Revenue in the first half of 2024 was $2.1 billion, against $1.8 billion in the same period of 2023.",
     "2024-08-07", ["2024-01/2024-06", "2023-01/2023-06"]),
])
def test_the_same_period_of_a_named_year(nlp, text, published, periods):
    assert [c.period for c in api.extract(text, published=published) if c.kind != "date"] == periods


@pytest.mark.parametrize("text, published, periods", [
    # "the season to May" is the twelve months to May
    ("Milk collections in the season to May fell 1.4% to 1.49 billion kilograms.", "2024-08-21",
     ["2023-06/2024-05", "2023-06/2024-05"]),
    # "which starts in July" says when a fiscal year begins; it dates nothing
    ("Kenya plans to spend KSh3.99 trillion in the 2024/25 financial year, which starts in July, and aims to narrow "
     "the fiscal deficit to 3.3% of GDP.", "2024-06-14", ["2024-07/2025-06", "2024-07/2025-06"]),
    # "and said" opens another clause: its forecast year does not date the decision
    ("The central bank cut its rate to 6.50% on Tuesday and said inflation should return to 3% in the second half of 2025.",
     "2024-04-03", ["2024-04-02", "2025-07/2025-12"]),
])
def test_seasons_fiscal_starts_and_what_was_said(nlp, text, published, periods):
    assert [c.period for c in api.extract(text, published=published) if c.kind != "date"] == periods


@pytest.mark.parametrize("text, published, periods", [
    # a sentence with no time of its own continues the sentence before it (its first dating, not a comparison base)
    ("Kenya's annual inflation rose to 6.8% in September from 6.7% in August. Fuel inflation reached 14.1%.",
     "2023-10-02", ["2023-09", "2023-08", "2023-09"]),
    # a passive "is budgeted to rise" is not a present-tense fact
    ("India aims to narrow its fiscal deficit to 5.1% of GDP in 2024-25. Capital expenditure is budgeted to rise "
     "11.1% to ₹11.11 lakh crore.", "2024-02-01", ["2024-04/2025-03"] * 3),
    # a text that says when its fiscal year begins or ends sets the convention for its other fiscal years
    ("Harlow Systems reported revenue of $2.41 billion for fiscal 2024, which ended June 30. For fiscal 2025, it "
     "guided to revenue of $2.7 billion.", "2024-08-01", ["2023-07/2024-06", "2024-07/2025-06"]),
    ("Kanto Motor said operating profit for the fiscal year ended March 31 rose to ¥5.35 trillion. The company expects "
     "operating profit to fall to ¥4.3 trillion in the current fiscal year.", "2024-05-08",
     ["2023-04/2024-03", "2024-04/2025-03"]),
    # "on the previous fiscal year" is a comparison base: the growth is the year's own
    ("India's gross direct tax collections reached ₹19.58 lakh crore in 2023-24, up 17.7% on the previous fiscal year.",
     "2024-07-31", ["2023-04/2024-03", "2023-04/2024-03"]),
])
def test_sentences_continue_and_fiscal_years_of_the_text(nlp, text, published, periods):
    assert [c.period for c in api.extract(text, published=published) if c.kind != "date"] == periods


@pytest.mark.parametrize("text, published, periods", [
    # the change and the level it reached share the level's year
    ("Vietnam's exports rose 14.3% to $405.5 billion in 2024.", "2025-01-06", ["2024", "2024"]),
    # a clause with no time of its own continues the sentence before, even if a target elsewhere in it has a year
    ("France's public deficit reached 5.5% of GDP in 2023. Public debt rose to €3.1 trillion, and Paris aims to "
     "bring the deficit below 3% by 2027.", "2024-03-26", ["2023", "2023", "2027"]),
])
def test_changes_share_their_levels_year_and_clauses_continue(nlp, text, published, periods):
    assert [c.period for c in api.extract(text, published=published) if c.kind != "date"] == periods


@pytest.mark.parametrize("text, published, periods", [
    # a quarter of a fiscal year follows the text's fiscal convention
    ("Vidyut Infotech's revenue for the first quarter of fiscal 2025 rose 5.4% year on year to ₹62,613 crore.",
     "2024-07-20", ["2024-04/2024-06", "2024-04/2024-06"]),
    # "fell 45% year on year to RMB 30.2 billion in the first half": the change shares the level's period
    ("Huaxin Land said contracted sales fell 45% year on year to RMB 30.2 billion in the first half.", "2024-08-20",
     ["2024-01/2024-06", "2024-01/2024-06"]),
])
def test_fiscal_quarters_and_year_on_year_changes(nlp, text, published, periods):
    assert [c.period for c in api.extract(text, published=published) if c.kind != "date"] == periods


@pytest.mark.parametrize("text, published, surface, period", [
    # a year named only as a record's base dates no other sentence of the paragraph
    ("Kenya ends the championships with eleven medals. Its relay team set a national record. The haul was the best since "
     "Osaka in 2007.", "2024-08-20", "eleven", None),
    # a month that dates its noun: the latest such month by publication
    ("Nordvik Foods said its September sales rose 6% to NOK 1.2 billion.", "2024-10-09", "NOK 1.2 billion", "2024-09"),
    ("Korea's March exports reached $56.6 billion.", "2024-04-02", "$56.6 billion", "2024-03"),
    # a fiscal year named by its end without a year: the latest one ended by publication
    ("RwandAir carried 1.2 million passengers in the financial year that ended on 30 June.", "2024-09-01", "1.2 million",
     "2023-07/2024-06"),
    ("Sales reached 4.2 billion rand in the 12 months to the end of March.", "2024-06-01", "4.2 billion rand",
     "2023-04/2024-03"),
    # Ethiopia's and the Suez Canal's fiscal years run July to June
    ("The Suez Canal Authority's revenue fell to $7.2 billion in the 2023/24 fiscal year.", "2024-07-20", "$7.2 billion",
     "2023-07/2024-06"),
])
def test_record_bases_attributive_months_and_years_named_by_their_end(nlp, text, published, surface, period):
    (claim,) = [c for c in api.extract(text, published=published) if c.surface == surface]
    assert claim.period == period


def test_a_counting_unit_is_no_claim(nlp):
    claims = api.extract("Uganda exported 6.1 million 60-kg bags of coffee in 2023, and 40-foot containers cost more.",
                         published="2024-01-20")
    assert [(c.surface, c.period) for c in claims] == [("6.1 million", "2023")]


@pytest.mark.parametrize("text, published, surface, period", [
    # the year a budget is for, past the amount in brackets that converts it (not the day it was presented)
    ("Lesotho's finance minister presented a 28.4 billion maloti ($1.5 billion) budget for 2026 to parliament on "
     "Tuesday.", "2025-11-26", "28.4 billion maloti", "2026"),
    # the time of what a multiple is of dates that base, not the multiple or the paragraph
    ("The airline carried 4.2 million passengers in 2024. Its cargo revenue was nearly double the figure for 2019.",
     "2025-03-01", "double", "2024"),
    ("Ferry operator Baltic Link earned SEK 310 million in 2023 and proposed a dividend of SEK 4 a share, twice the "
     "payout for 2021.", "2024-02-20", "twice", "2023"),
    # the values of "a 2026 state budget" approved on a day are the budget year's
    ("Georgia's parliament on Friday approved a 2026 state budget that foresees revenue of 28 billion lari and "
     "spending of 31.5 billion lari.", "2025-12-12", "31.5 billion lari", "2026"),
    # an Australian state's "2024-25" is its July-June fiscal year; "the following year" the one after
    ("The NSW Government will record a deficit of $2.1 billion in 2024-25, the Treasurer said on Tuesday, and expects "
     "a surplus of $0.4 billion the following year.", "2024-06-18", "$2.1 billion", "2024-07/2025-06"),
    ("The NSW Government will record a deficit of $2.1 billion in 2024-25, the Treasurer said on Tuesday, and expects "
     "a surplus of $0.4 billion the following year.", "2024-06-18", "$0.4 billion", "2025-07/2026-06"),
    ("Exports reached $4 billion in 2021 and $4.6 billion the following year.", "2024-06-01", "$4.6 billion", "2022"),
    # the year of a body's own accounts dates what they show (not "42 times their 2016 listing price")
    ("The Principality of Monaco closed its 2023 accounts with a surplus of EUR 57 million.", "2024-04-23",
     "EUR 57 million", "2023"),
    # a plan's values in a later sentence with no time of its own: the budget year the sentence before names
    ("Armenia's parliament on Thursday approved a 2025 state budget that foresees revenue of 3.1 trillion drams. "
     "Grants from donors will cover 41 billion drams.", "2024-12-06", "41 billion drams", "2025"),
    ("Barbados expects a fiscal deficit of $90 million in the 2024/25 fiscal year, equal to 0.6% of GDP, down from "
     "$160 million in 2023/24. "
     "Recurrent spending will total $3.9 billion. Debt is expected to fall to 71% of GDP by March 2026.",
     "2024-03-20", "$3.9 billion", "2024-04/2025-03"),
    # (not a company's plan after its results for a fiscal year)
    ("Cascadia Software said revenue for fiscal 2024, which ended June 30, rose 16% to $245.1 billion. The company "
     "will raise its quarterly dividend by 10% to 83 cents a share.", "2024-07-30", "83 cents", None),
    # a school year runs across two calendar years
    ("Ireland has about 35,000 international students this academic year.", "2024-04-09", "35,000", "2023/2024"),
    ("Norway had 21,000 international students last academic year.", "2024-10-09", "21,000", "2023/2024"),
])
def test_budgets_for_a_year_and_the_bases_of_multiples(nlp, text, published, surface, period):
    assert _period(text, published, surface) == period


def _period(text: str, published: str, surface: str) -> str | None:
    return next(c for c in api.extract(text, published=published) if c.surface == surface).period


@pytest.mark.parametrize("text, published, surface, period", [
    # a holiday names its day: the latest one by publication, or the one of the year named
    ("A magnitude 6.9 earthquake struck the coast of Vanua Levu on New Year's Day, officials said.", "2025-01-04",
     "6.9", "2025-01-01"),
    ("US shoppers spent $10.8 billion online on Black Friday, according to Adobe.", "2024-12-02",
     "$10.8 billion", "2024-11-29"),
    ("Ferry traffic peaked at 41,000 passengers on Easter Monday 2019.", "2024-05-01", "41,000", "2019-04-22"),
    ("Retailers in Dublin took EUR 62 million on Christmas Eve.", "2025-01-08", "EUR 62 million", "2024-12-24"),
    # after words that point forward, the coming one (as for a day named without its year)
    ("Bus fares in Valletta will rise to EUR 2.50 from Christmas Day.", "2024-11-20", "EUR 2.50", "2024-12-25"),
])
def test_holidays_name_their_day(nlp, text, published, surface, period):
    assert _period(text, published, surface) == period


@pytest.mark.parametrize("surface, period", [
    ("$12 million", "2021"), ("$15 million", "2022"), ("$9 million", "2023"), ("$80 million", "2025"),
    ("5.1%", "2024-03"), ("5.3%", "2024-04"), ("$3 billion", "2016"),
])
def test_a_sentence_opened_by_a_relative_time_moves_the_one_before(nlp, surface, period):
    text = ("Kestrel Foods made a profit of $12 million in 2021. A year later, profit was $15 million. The following "
            "year it fell to $9 million. Two years later, revenue reached $80 million.\n\nUnemployment in Tallinn was "
            "5.1% in March. A month later, it was 5.3%.\n\nExports reached $4 billion in 2019. Three years earlier, "
            "they were $3 billion.")
    assert _period(text, "2024-05-01", surface) == period
