"""Fiscal-year conventions come from what the text is about, not from any country it mentions."""

from __future__ import annotations

import pytest

from claimcheck import api
from claimcheck.extraction.fiscal import FiscalYear, convention


@pytest.mark.parametrize("text, expected", [
    # a yen amount makes a Japanese text even when the US is mentioned
    ("Hoshino Robotics reported revenue of ¥95 billion for fiscal 2023. Sales in the United States rose.",
     FiscalYear(4, named_by_start=True)),
    # a US company: no convention, its fiscal years are its own
    ("Brightline Foods said revenue for fiscal 2023 rose to $3.2 billion, with U.S. sales up 4%.", None),
    # the federal government: October to September
    ("The federal deficit for fiscal 2023 reached $1.7 trillion, Congress was told.", FiscalYear(10)),
    ("The U.S. Department of Agriculture paid $3 billion in fiscal 2024.", FiscalYear(10)),
    # a text that says when its own year ends, however written
    ("AFC Ajax reported a net loss of €23.4 million for the 2023/24 financial year, which ended on 30 June.",
     FiscalYear(7)),
    ("Harlow Systems reported revenue of $2.41 billion for fiscal 2024, which ended June 30.", FiscalYear(7)),
    ("Profit for the financial year ended 31 March 2024 rose 8%.", FiscalYear(4)),
    # a year that ends early in a month is, to the month, the year to the month before (Ethiopia's ends on July 7)
    ("Ethiopia exported 298,500 tonnes of coffee in the 2023/24 fiscal year, which ended on July 7.", FiscalYear(7)),
])
def test_convention(text, expected):
    assert convention(text) == expected


def test_two_outlets_on_one_japanese_fiscal_year_agree(nlp):
    a = api.extract("Hoshino Robotics reported revenue of ¥95 billion for fiscal 2023, the Nagoya-based company said. "
                    "Sales in the United States drove the increase.", doc_id="a", published="2024-05-14")
    b = api.extract("Hoshino Robotics' revenue came to ¥88 billion in fiscal 2023, a Tokyo daily reported.",
                    doc_id="b", published="2024-05-20")
    assert a[0].period == b[0].period == "2023-04/2024-03"
