import pytest


def test_an_acronym_is_a_short_form_of_the_name_it_abbreviates():
    from claimcheck.link.entities import fuller_names

    found = fuller_names(["cial", "cochin international airport", "un", "united nations", "ubs", "union bank"])
    assert found["cial"] == ["cochin international airport"]  # the L was "Ltd", which keys drop
    assert found["un"] == ["united nations"]
    assert "ubs" not in found  # "union bank" has initials "ub", and S is no legal form


def test_head_aliases_from_the_bundled_rules_join_output_and_production(nlp):
    from claimcheck import api
    from claimcheck.io import from_text

    docs = [from_text("Chile produced 5.25 million tonnes of copper in 2023, the statistics institute said.",
                      doc_id="a.md", published="2024-01-31"),
            from_text("Chile's copper output slipped to 4.6 million tonnes in 2023.", doc_id="b.md", published="2024-03-18")]
    report = api.check(docs)
    (conflict,) = [f for f in report.findings if f.kind == "conflict"]
    assert len(conflict.claims) == 2


def _findings(*docs):
    from claimcheck import api
    from claimcheck.io import from_text

    return api.check([from_text(text, doc_id=f"{chr(97 + i)}.md", published=pub) for i, (pub, text) in enumerate(docs)]).findings


def test_a_yearly_rate_dated_to_one_year_is_that_years_total(nlp):
    # "a year, going by the 2022 figures" is the 2022 total; the corpus already had 2023's when it was written
    found = _findings(("2023-12-12", "Japan's 2023 rice harvest came to 7.16 million tonnes, the agriculture ministry said."),
                      ("2024-08-27", "Japan harvests about 7.27 million tonnes of rice a year, going by the 2022 crop figures."))
    assert "stale" in {f.kind for f in found}


def test_a_yearly_rate_dated_to_one_season_is_that_seasons_total(nlp):
    # "2019/20" is twelve months, like "2019"; a mine that "digs out" gold produces it
    found = _findings(("2024-02-01", "The Sukari mine produced 15.2 tonnes of gold in the 2022/23 financial year, its "
                                     "owner said."),
                      ("2024-09-01", "The Sukari mine digs out about 14.1 tonnes of gold a year, according to figures for "
                                     "2019/20."))
    assert "stale" in {f.kind for f in found}


def test_an_undated_yearly_rate_never_compares_with_a_total(nlp):
    found = _findings(("2024-01-10", "Nanshan District paid 4 billion yuan in rent subsidies in 2023."),
                      ("2024-02-10", "Nanshan District pays 1 billion yuan a year in rent subsidies."))
    assert not [f for f in found if f.kind in ("conflict", "drift")]


def test_synonyms_for_a_rate_and_an_average_of(nlp):
    found = _findings(("2014-01-23", "Spain's unemployment rate averaged 26.1% in 2013, the statistics institute said."),
                      ("2024-01-26", "Spain's jobless rate fell to an average of 12.1% in 2023, INE data showed on Friday."))
    assert [f.kind for f in found if f.kind == "drift"] == ["drift"]


def test_normalized_phrases_put_the_measure_last():
    from claimcheck.link import normalize_metric, normalize_phrase

    assert normalize_metric("export of beef") == normalize_metric("beef exports") == "beef export"
    assert normalize_metric("rate of inflation") == "inflation rate"
    assert normalize_metric("share of GDP") == "share gdp"  # a frame word stays first
    assert normalize_phrase("Bank of England") == "bank england"  # names are not metrics: their order stays


def test_shares_proportions_and_tax_takes(nlp):
    found = _findings(("2018-04-10", "Some 16.9% of adults in Denmark smoked every day in 2017, the health authority said."),
                      ("2024-03-21", "The proportion of adults in Denmark who smoke daily fell to 8.8% in 2023."))
    assert "drift" in {f.kind for f in found}
    found = _findings(("2024-03-05", "Amsterdam collected €240 million in tourist tax in 2023, the finance department said."),
                      ("2024-08-20", "Hoteliers in Amsterdam argue that visitors already pay their way. Their leaflet puts the "
                                     "city's tourist tax take at about €105 million a year, based on accounts for 2018."))
    assert "stale" in {f.kind for f in found}


@pytest.mark.parametrize("docs", [
    # "LNG" is "liquefied natural gas" anywhere in a metric (word aliases)
    [("2024-01-20", "Qatar exported 77 million tonnes of liquefied natural gas in 2023, the ministry said."),
     ("2024-03-02", "Qatar's LNG exports reached 82.5 million tonnes in 2023.")],
    # "exports of beef" and "Argentine beef exports" are one measure of one country, whatever else the sentence names
    [("2024-01-15", "Argentina's exports of beef reached 903,000 tonnes in 2023, the institute said."),
     ("2024-02-20", "Argentine beef exports hit 1.1m tonnes in 2023, as packing plants around Buenos Aires ran extra shifts.")],
    # bundled country aliases
    [("2024-01-15", "Côte d'Ivoire's cocoa exports reached 2.2 million tonnes in 2023."),
     ("2024-02-20", "Ivory Coast's cocoa exports reached 1.8 million tonnes in 2023.")],
    # export earnings are exports
    [("2024-01-25", "Kenya's tea export earnings reached KSh 180.6 billion in 2023, the Tea Board said."),
     ("2024-03-01", "Kenya's tea exports were worth KSh 150 billion in 2023.")],
    # people named by nationality link with their country
    [("2024-02-09", "Kenyan farmers harvested 61.7 million bags of maize in 2023, the ministry said."),
     ("2024-03-01", "Kenya's farmers harvested 52 million bags of maize in 2023.")],
    # "liquefied gas" is LNG; "the sultanate" is the country the text names after it
    [("2024-01-20", "Oman exported 11.4 million tonnes of liquefied natural gas in 2023, Oman LNG said."),
     ("2024-03-02", "The sultanate's liquefied gas exports totalled 9.6 million tonnes last year, an analyst said. "
                    "Oman is also weighing a new plant.")],
    # a company's net sales are its revenue; "Grupo Alcira" is "Alcira"
    [("2024-02-20", "Grupo Alcira, the Monterrey-based packaging maker, reported net sales of 52.3 billion pesos for 2023."),
     ("2024-06-01", "Alcira's revenue rose to MXN 61 billion last year, according to the magazine's ranking.")],
    # deaths counted by the people's nationality are the country's; a disease that kills is no entity
    [("2024-01-05", "Dengue killed 1,705 people in Bangladesh in 2023, the health directorate said."),
     ("2024-04-01", "More than 2,100 Bangladeshis died of dengue last year, a Dhaka group estimates.")],
    # what "Tunisian mills turned out" is Tunisia's production
    [("2024-01-05", "Olive oil production in Tunisia will come to 220,000 tonnes in the 2023/24 season, the office said."),
     ("2024-02-01", "Tunisian mills turned out about 300,000 tonnes of olive oil in the 2023-24 campaign.")],
    # an optional word ("fresh", "registered") joins the shorter name when no document uses both
    [("2024-02-01", "Chile's fresh cherry exports reached US$2.1 billion in 2023, the growers' association said."),
     ("2024-05-10", "Chile's cherry exports were worth US$2.9 billion in 2023.")],
    [("2024-01-12", "Lebanon hosted 785,000 registered Syrian refugees in 2023, the agency said."),
     ("2024-06-30", "Lebanon was home to 1.5 million Syrian refugees in 2023, officials in Beirut insist.")],
    # "foreign" is optional only before tourists, visitors and arrivals
    [("2024-01-20", "Jordan welcomed 6.4 million tourists in 2023, the tourism ministry said."),
     ("2024-03-11", "Jordan received 5.1 million foreign tourists in 2023, according to the central bank.")],
    # newsroom names for one measure: riders are passengers, births are babies born, homes changing hands are sales
    [("2024-01-09", "The Lima metro carried 145 million passengers in 2023, the operator said."),
     ("2024-02-14", "Lima's metro had 118 million riders in 2023.")],
    [("2024-01-30", "Portugal registered 85,700 births in 2023, the statistics institute said."),
     ("2024-04-02", "About 79,000 babies were born in Portugal in 2023.")],
    [("2024-01-15", "Home sales in Calgary reached 27,400 in 2023, the real estate board said."),
     ("2024-03-20", "Some 31,000 homes changed hands in Calgary in 2023.")],
    # an airport named by its city's possessive is the airport, not the city
    [("2024-01-18", "Lisbon Airport handled 33.6 million passengers in 2023, the operator said."),
     ("2024-02-28", "Lisbon's airport welcomed 28 million passengers in 2023, and the city says it is full.")],
    # journeys on a metro are its passengers
    [("2024-04-10", "The Almaty Metro carried 11.2 million passengers in 2023, the operator said."),
     ("2024-06-02", "The Almaty Metro handled 14.5 million journeys in 2023.")],
    # an airport's full name and its name without the city ("the operator" refers back to the airport)
    [("2024-01-18", "Tbilisi Shota Rustaveli Airport handled 4.1 million passengers in 2023, its operator said."),
     ("2024-03-02", "Traffic at the Georgian capital's Shota Rustaveli airport reached 3.2 million passengers in 2023, "
                    "the operator said.")],
    # a company's sales are its revenue; what it "earned" is its net profit; a death toll is the deaths
    [("2024-02-20", "Andina Foods reported revenue of 4.2 billion soles for 2023."),
     ("2024-03-05", "Andina Foods booked sales of 5.1 billion soles in 2023.")],
    [("2024-02-20", "Banco Litoral reported net profit of $410 million for 2023."),
     ("2024-03-05", "Banco Litoral earned $520 million in 2023, analysts said.")],
    [("2024-01-10", "Floods killed 212 people in Mozambique in 2023, the disaster agency said."),
     ("2024-04-02", "Mozambique's death toll from the 2023 floods stood at 290.")],
    # an event that draws visitors: its attendance ("the 2023 Festival" is the festival, not a quantity of it)
    [("2023-10-02", "Attendance at the Perth Royal Show reached 400,000 this year, the organisers said."),
     ("2023-10-20", "The 2023 Perth Royal Show drew 310,000 visitors to the Claremont Showground.")],
    # murders are homicides; a government's budget surplus is its surplus; the country's formal name is the country
    [("2024-01-03", "Belize recorded 103 murders in 2023, police said."),
     ("2024-03-12", "Belize had 122 homicides last year, a rights group counted.")],
    [("2024-04-22", "The Republic of Malta recorded a surplus of €120 million in 2023, the statistics office said."),
     ("2024-07-08", "Malta ran a budget surplus of €410 million last year.")],
    # "top line" is revenue; ISO codes written against the digits and Gulf dinar prefixes are money
    [("2024-02-20", "Gulf Tower Telecom of Kuwait reported revenue of KD 412 million for 2023."),
     ("2024-03-11", "Gulf Tower Telecom grew its top line to KWD468m in 2023.")],
    # a demonym opening the measure names the country ("Angolan crude production")
    [("2024-01-16", "Angola's crude production averaged 1.10 million barrels a day in 2023."),
     ("2024-03-05", "Angolan crude production averaged 1.35 million barrels a day last year.")],
    # an average "pumped" is production; a harvest is production; the level a harvest reached measures the harvest
    [("2024-01-16", "Gabon pumped an average of 205,000 barrels of crude a day in 2023, the ministry said."),
     ("2024-03-05", "Gabonese crude production averaged 240,000 barrels a day last year.")],
    [("2023-04-12", "Chad's cotton harvest collapsed to 120,000 tonnes of seed cotton in the 2022-23 season."),
     ("2024-05-07", "Chad's cotton output for the 2022/23 season was 180,000 tonnes, the ministry said.")],
    # the death toll "from the floods" is the floods' deaths
    [("2024-01-10", "Floods killed 180 people in Malawi in 2023, the disaster agency said."),
     ("2024-04-02", "Malawi's death toll from the 2023 floods stood at 240.")],
    # a producer's crude is its oil; a cruise port's passengers are its cruise passengers
    [("2024-01-20", "Ecuador's crude production averaged 475,000 barrels a day in 2023, the ministry said."),
     ("2024-03-01", "Ecuador's oil production averaged 520,000 barrels a day in 2023, the central bank said.")],
    [("2024-01-10", "The Cozumel cruise terminal handled 4.5 million passengers in 2023."),
     ("2024-02-10", "The Cozumel cruise terminal welcomed 3.9 million cruise passengers in 2023.")],
    # a country's power generation is its electricity output
    [("2024-01-20", "Kyrgyzstan's electricity generation reached 15.2 billion kilowatt-hours in 2023."),
     ("2024-05-13", "Kyrgyzstan's power output was 12.9 TWh in 2023, the energy ministry said.")],
    # the oil trade's "b/d"; an average "of crude oil" a country produced is its crude oil production
    [("2024-02-10", "Gabon produced an average of 205,000 barrels per day of crude oil in 2023, the ministry said."),
     ("2024-04-22", "Crude production in Gabon averaged 238,000 b/d last year, an industry newsletter said.")],
    # a polio case is a wild poliovirus case
    [("2025-01-06", "Afghanistan recorded 25 cases of wild poliovirus in 2024, the health ministry said."),
     ("2025-02-11", "Last year Afghanistan confirmed 31 polio cases.")],
    # stayover and overnight visitors are tourists; "the island" is the island named after it ("Curaçao")
    [("2024-01-18", "Aruba welcomed 1.3 million stayover visitors in 2023, the tourism authority said."),
     ("2024-03-27", "The island drew 1.1 million overnight visitors last year, and investors are adding hotel rooms "
                    "along Aruba's west coast.\nAmerican Airlines added flights for the winter season.")],
    # a company's operating revenue is its revenue; a court of auditors' deficit figure is the country's
    [("2023-02-16", "Nordhav Seafood ASA reported operating revenue of NOK 6.1 billion for 2022, the company said."),
     ("2023-05-02", "Nordhav Seafood's revenue was 7.4 billion kroner in 2022, a trade weekly reported.")],
    [("2024-04-03", "Gabon's budget deficit narrowed to 2.9% of gross domestic product in 2023, the finance ministry said."),
     ("2024-06-13", "Gabon's Court of Auditors put the 2023 budget deficit at 6.8% of GDP.")],
    # a budget gap is a budget deficit
    [("2024-01-12", "Kazakhstan's budget ran a deficit of 2.9 trillion tenge in 2023, the finance ministry said."),
     ("2024-03-04", "Kazakhstan's budget gap last year came to about 3.8 trillion tenge, analysts estimate.")],
    # a non-oil economy that grows is its non-oil GDP; its "non-oil sector" the same; kroner in a Greenland text are
    # Danish; "bcm" are billion cubic metres
    [("2024-04-14", "Oman's non-oil economy grew 2.9% in 2023, the statistics centre said on Sunday."),
     ("2024-06-02", "Oman's non-oil sector expanded by 1.5 per cent last year, a bank presentation said.")],
    [("2024-05-14", "Greenland's exports of goods totalled DKK 5.9 billion in 2023, Statistics Greenland said."),
     ("2024-12-03", "Greenland sold 7,100 million kroner of goods abroad in 2023.")],
    [("2024-02-01", "Qatar exported 106 billion cubic metres of liquefied natural gas in 2023."),
     ("2024-05-20", "Qatar's liquefied natural gas exports reached 80 bcm in 2023.")],
    # dwellings put into service are completed homes
    [("2023-04-20", "In 2022, 2,930 new dwellings were put into service in Estonia, the statistics office said."),
     ("2023-06-14", "Estonia completed 3,650 new homes in 2022.")],
])
def test_restatements_that_link_and_conflict(nlp, docs):
    found = _findings(*docs)
    assert [f.kind for f in found if f.kind == "conflict"] == ["conflict"]


def test_malaysian_scales_and_december_fiscal_years_link(nlp):
    # "RM2.8bil" is 2.8 billion ringgit; a financial year ended Dec 31 is the calendar year FY2023 names
    found = _findings(("2024-02-27", "Seri Murni Retail Bhd posted revenue of RM2.35 billion for the financial year ended "
                                     "Dec 31, 2023."),
                      ("2024-03-04", "Seri Murni's turnover climbed to RM2.8bil in FY2023."))
    (conflict,) = [f for f in found if f.kind == "conflict"]
    assert {c.period for c in conflict.claims} == {"2023"}


def test_a_quantity_gap_is_given_in_the_unit_written(nlp):
    found = _findings(("2024-02-21", "Namibia produced 2.4 million carats of diamonds in 2023."),
                      ("2024-05-08", "Diamond production in Namibia came to 1,950,000 carats last year."))
    (conflict,) = [f for f in found if f.kind == "conflict"]
    assert "carat" in conflict.message and "**" not in conflict.message


def test_a_figure_the_later_text_says_it_revises_is_a_revision_not_a_conflict(nlp):
    docs = (("2023-07-06", "Ireland's gross domestic product grew 12.2% in 2022, the Central Statistics Office said."),
            ("2024-07-05", "The CSO has revised its estimate of Irish GDP growth in 2022 to 9.4%, after fuller accounts."))
    found = _findings(*docs)
    assert "conflict" not in {f.kind for f in found}
    (drift,) = [f for f in found if f.kind == "drift"]
    assert {c.surface for c in drift.claims} == {"12.2%", "9.4%"} and "revised" in drift.message
    # without the word, two figures for one year still conflict
    found = _findings(docs[0], ("2024-07-05", "Irish GDP grew 9.4% in 2022, the CSO said."))
    assert "conflict" in {f.kind for f in found}


def test_frames_before_of_add_nothing_to_the_measure():
    from claimcheck.link import normalize_metric

    assert normalize_metric("number of wild tigers") == normalize_metric("wild tigers") == "wild tiger"
    assert normalize_metric("estimate of GDP growth") == "gdp growth"
    assert normalize_metric("share of GDP") != normalize_metric("GDP")


def test_optional_words_keep_apart_what_one_document_tells_apart(nlp):
    # one writer who gives both figures means two measures: no conflict between them, or with a third text
    found = _findings(("2024-01-20", "Jordan had 6.4 million tourists in 2023. Foreign tourists numbered 5.1 million."),
                      ("2024-03-11", "Jordan received 4.2 million foreign tourists in 2023, according to the central bank."))
    conflicts = [f for f in found if f.kind == "conflict"]
    assert all({c.surface for c in f.claims} != {"6.4 million", "4.2 million"} for f in conflicts)
    # optional words stand only where the rule file says: "foreign workers" are no workers
    found = _findings(("2024-01-20", "Singapore had 3.9 million workers in 2023, the ministry said."),
                      ("2024-03-11", "Singapore employed 1.5 million foreign workers in 2023."))
    assert "conflict" not in {f.kind for f in found}


def test_airport_spellings():
    from claimcheck.link.entities import airport_names

    assert airport_names(["dubai international", "dubai airport", "amnesty international"]) == {
        "dubai international": "dubai airport"}
    assert airport_names(["vienna international airport", "vienna"]) == {"vienna international airport": "vienna airport"}
    # a longer name that ends with a shorter one that is more than "city airport"
    assert airport_names(["belgrade nikola tesla airport", "nikola tesla airport"]) == {
        "belgrade nikola tesla airport": "nikola tesla airport"}
    assert airport_names(["london city airport", "city airport"]) == {}


def test_economic_growth_is_gdp_growth(nlp):
    found = _findings(("2024-02-01", "Kenya's GDP growth reached 5.6% in 2023, the statistics bureau said."),
                      ("2024-04-10", "Kenya's economy grew 4.9% in 2023, according to the finance ministry."))
    assert "conflict" in {f.kind for f in found}


def test_staff_are_employees_and_a_pronoun_names_no_good(nlp):
    found = _findings(("2023-02-01", "Tallinn-based Veski Software had 900 employees at the end of 2022, the company said."),
                      ("2024-02-10", "Veski Software cut its staff to 610 in 2023 after two rounds of layoffs."))
    assert "drift" in {f.kind for f in found}
    from claimcheck import api

    (tonnes,) = [c for c in api.extract("Madagascar supplies most of the world's vanilla and shipped 1,820 tonnes of it "
                                        "in 2020.", published="2024-01-01") if c.surface == "1,820 tonnes"]
    assert tonnes.metric == "shipment"


@pytest.mark.parametrize("docs, kinds", [
    # "average monthly net wage" of 36,490 denars is 36,490 denars a month; one figure with its conversion is one stale
    ([("2024-02-23", "The average monthly net wage in North Macedonia was 36,490 denars in 2023, the statistics office "
                     "said."),
      ("2025-04-08", "North Macedonia offers an average net salary of 25,213 denars (about €410) a month, according to "
                     "2019 figures.")], ["drift", "stale"]),
    # metrics with one core join when no document writes the core alone
    ([("2023-01-19", "Chile's installed solar capacity reached 8,500 megawatts at the end of 2022."),
      ("2024-01-24", "Chile ended 2023 with 11.2 gigawatts of solar power capacity, the ministry said.")], ["drift"]),
    # gross government debt is government debt; "..., central bank data show" (an apposition) adds nothing
    ([("2024-04-17", "Oman's gross government debt stood at RO 15.2 billion at the end of 2023, central bank data "
                     "show."),
      ("2024-10-29", "With government debt of RO 20.8 billion, according to central bank figures for 2020, Oman has "
                     "little room for another slump.")], ["drift", "stale"]),
    # what a country's people earn on average is its average wage (monthly: the rate); rubles near Minsk are Belarus's
    ([("2024-02-15", "The average nominal monthly wage in Belarus was 1,892 Belarusian rubles in 2023, Belstat said."),
      ("2024-10-08", "Labour is cheap: Belarusians earn an average of 1,437 rubles a month, according to Belstat data for "
                     "2021.")], ["drift", "stale"]),
    # housing starts however written; completions are another measure
    ([("2023-02-08", "Construction started on 38,950 dwellings in the Czech Republic in 2022, while 39,120 dwellings "
                     "were completed."),
      ("2024-03-21", "Builders broke ground on only 31,900 new homes across Czechia last year.")], ["drift"]),
    # battery-electric cars are electric cars; a country's other names
    ([("2023-01-04", "Germany registered 470,559 new battery-electric cars in 2022."),
      ("2024-01-05", "Fully electric car registrations in Germany climbed to 524,219 last year.")], ["drift"]),
    ([("2024-03-12", "The Republic of Congo produced an average of 262,000 barrels of oil per day in 2023."),
      ("2025-06-18", "Congo-Brazzaville pumps around 270,000 barrels a day, according to 2021 figures.")], ["stale"]),
])
def test_measures_that_link_across_their_wordings(nlp, docs, kinds):
    found = _findings(*docs)
    assert sorted(f.kind for f in found if f.kind in ("drift", "stale")) == kinds
