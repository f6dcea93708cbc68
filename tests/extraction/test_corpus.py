"""Precision and recall on the labelled corpus (tests/data/extraction/), with floors that only go up.

The floors are the scores measured when they were last raised; a change that
lowers any of them fails here. Scoring rules: tests/extraction/scoring.py.
The issue's target is 0.95 for strict precision and recall; the floors record
where claimcheck actually is on the way there.
"""

from __future__ import annotations

import pytest

from .scoring import extractor, load_cases, score

# strict = span + value + value_max + unit; span = span only.
# "fresh": sentences written before the issue #3 tuning and never tuned on (fresh.yaml). One fix was prompted by
# a fresh miss ("4 million orders a day" read as a frequency), so fresh and the holdout case of the same form
# are no longer blind to that class.
FLOORS = {
    "dev": {"strict_p": 0.99, "strict_r": 1.00, "span_p": 0.99, "span_r": 1.00},
    "holdout": {"strict_p": 0.95, "strict_r": 0.99, "span_p": 0.95, "span_r": 0.99},
    "fresh": {"strict_p": 0.99, "strict_r": 0.99, "span_p": 0.99, "span_r": 0.99},
    # "blind": blind_context.yaml, 69 cases / 186 claims written in session 4 by someone who never saw the code or
    # ran the tool; scored before any change: strict P 0.943 R 0.978, metric 0.793, entity 0.793, period 0.783.
    # after the general fixes it prompted (age groups, numbers to dial, "two-bedroom", złoty): P 0.979 R 0.984
    "blind": {"strict_p": 0.97, "strict_r": 0.98, "span_p": 0.98, "span_r": 0.99},
    # "blind2": blind_context2.yaml, 50 cases / 155 claims written blind in session 5; scored before any change:
    # strict P 0.974 R 0.974, span 0.987 / 0.987, metric 0.725, entity 0.843, period 0.778.
    # after the fixes it prompted (pesos by country, soles, FJ$): strict P 1.000 R 1.000
    "blind2": {"strict_p": 0.99, "strict_r": 0.99, "span_p": 0.99, "span_r": 0.99},
    # "blind3": blind_context3.yaml, 60 cases / 228 claims written blind in session 7; scored before any change:
    # strict P 0.947 R 0.943, span 0.965 / 0.961, metric 0.740, entity 0.817, period 0.808
    "blind3": {"strict_p": 0.94, "strict_r": 0.94, "span_p": 0.96, "span_r": 0.96},
    # "blind4": blind_context4.yaml, 50 cases / 242 claims written blind late in session 7; scored before any change:
    # strict P 0.955 R 0.955, span 0.967 / 0.967, metric 0.782, entity 0.718, period 0.679
    "blind4": {"strict_p": 0.95, "strict_r": 0.95, "span_p": 0.96, "span_r": 0.96},
    # "blind5": blind_context5.yaml, 50 passages / 229 claims written blind in session 8; scored before any change:
    # strict P 0.965 R 0.969, span 0.965 / 0.969, metric 0.739, entity 0.653, period 0.797
    "blind5": {"strict_p": 0.96, "strict_r": 0.96, "span_p": 0.96, "span_r": 0.96},
    # "blind6": blind_context6.yaml, 50 cases / 278 claims (longer passages, pronouns and descriptions) written blind
    # in session 8; scored before any change: strict P 0.939 R 0.939, span 0.960 / 0.960, metric 0.779, entity 0.648,
    # period 0.685
    # (strict and span floors of blind6-13 raised to their end-of-session-13 scores)
    "blind6": {"strict_p": 0.963, "strict_r": 0.96, "span_p": 0.978, "span_r": 0.974},
    # "blind7": blind_context7.yaml, 50 passages / 278 claims (institutions, sport and culture, company periods,
    # science, quotes, relative dates) written blind in session 9; scored before any change prompted by it:
    # strict P 0.923 R 0.906, span 0.949 / 0.932, metric 0.749, entity 0.595, period 0.595
    "blind7": {"strict_p": 0.962, "strict_r": 0.935, "span_p": 0.974, "span_r": 0.946},
    # "blind8": blind_context8.yaml, 50 passages / 285 claims (several periods per sentence, local government,
    # elections, disasters, lists and "Revenue: $4.1bn (+6%)" lines, falling and negative figures, indirect entities)
    # written blind in session 10; scored before any change prompted by it:
    # strict P 0.799 R 0.821, span 0.853 / 0.877, metric 0.672, entity 0.628, period 0.596
    "blind8": {"strict_p": 0.901, "strict_r": 0.929, "span_p": 0.948, "span_r": 0.978},
    # "blind9": blind_context9.yaml, 50 passages / 282 claims (long sentences, attributions, names that look like
    # places or people, parts next to wholes, measures next to money, "per" rates, periods carried across sentences)
    # written blind late in session 10; scored before any change prompted by it:
    # strict P 0.864 R 0.855, span 0.910 / 0.901, metric 0.594, entity 0.469, period 0.571
    "blind9": {"strict_p": 0.86, "strict_r": 0.85, "span_p": 0.91, "span_r": 0.90},
    # "blind10": blind_context10.yaml, 50 passages / 273 claims (a representative sample of ordinary news: wire,
    # papers, releases, results, NGO reports, council notices; 49 countries) written blind in session 11; scored
    # before any change prompted by it (after that session's first period, distance, currency-code and sentence fixes):
    # strict P 0.904 R 0.927, span 0.939 / 0.963, metric 0.700, entity 0.646, period 0.722
    "blind10": {"strict_p": 0.931, "strict_r": 0.948, "span_p": 0.964, "span_r": 0.981},
    # "blind11": blind_context11.yaml, 50 passages / 280 claims (ordinary news again, 49 countries and Macau) written
    # blind mid-session 11; scored before any change prompted by it (after that session's fixes up to then; the
    # session's starting code scored P 0.897 R 0.904, metric 0.678, entity 0.667, period 0.647 on it):
    # strict P 0.911 R 0.914, span 0.929 / 0.932, metric 0.678, entity 0.678, period 0.659
    "blind11": {"strict_p": 0.964, "strict_r": 0.971, "span_p": 0.971, "span_r": 0.978},
    # "blind12": blind_context12.yaml, 50 passages / 282 claims (ordinary news, 49 countries and Greenland) written
    # blind in session 12; scored before any change prompted by it (the session's starting code gave the same):
    # strict P 0.941 R 0.961, span 0.955 / 0.975, metric 0.742, entity 0.600, period 0.636
    "blind12": {"strict_p": 0.95, "strict_r": 0.96, "span_p": 0.964, "span_r": 0.975},
    # "blind13": blind_context13.yaml, 50 passages / 278 claims (ordinary news, 49 countries) written blind in
    # session 13; scored with the session's starting code before any change prompted by it:
    # strict P 0.950 R 0.953, span 0.961 / 0.964, metric 0.731, entity 0.690, period 0.743
    "blind13": {"strict_p": 0.974, "strict_r": 0.974, "span_p": 0.982, "span_r": 0.982},
    # "blind14": blind_context14.yaml, 50 passages / 277 claims (ordinary news, 49 countries and Hong Kong) written
    # blind in session 14; scored with the session's starting code before any change prompted by it:
    # strict P 0.948 R 0.978, span 0.958 / 0.989, metric 0.642, entity 0.628, period 0.682
    "blind14": {"strict_p": 0.947, "strict_r": 0.978, "span_p": 0.958, "span_r": 0.989},
    # "blind15": blind_context15.yaml, 50 passages / 280 claims (ordinary news, 46 countries and Hong Kong) written
    # blind in session 15; scored with the session's starting code before any change prompted by it:
    # strict P 0.920 R 0.943, span 0.955 / 0.979, metric 0.734, entity 0.606, period 0.631
    "blind15": {"strict_p": 0.919, "strict_r": 0.942, "span_p": 0.954, "span_r": 0.978},
    # "blind16": blind_context16.yaml, 50 passages / 280 claims (ordinary news, 49 countries and Puerto Rico) written
    # blind in session 16; scored with the session's starting code before any change prompted by it:
    # strict P 0.961 R 0.975, span 0.968 / 0.982, metric 0.695, entity 0.596, period 0.698
    "blind16": {"strict_p": 0.96, "strict_r": 0.975, "span_p": 0.967, "span_r": 0.982},
}
# context fields on the blind split alone, after general fixes it prompted (comparison bases, federal departments,
# descriptions before names, named things measured by dimension): metric .811, entity .805, period .827
# session 5 (general fixes, none prompted by the blind split): metric .832, entity .805, period .827
# sessions 6-7: the blind split's errors were studied and fixed in general ways, so it is no longer blind
# (metric .854, entity .886, period .914)
# session 16: an economy that grows is named "GDP growth" (was "economic growth"), as most labels name it (blind3, 6,
# 7, 9, 11-15: +27 claims); the older labels that say "economic growth" lose 8: blind .859 -> .843, blind2 .865 ->
# .858, blind4 .808 -> .804 (-> .800: "the lira fell 8%" is now "lira depreciation", labelled "lira value decline"), dev +
# holdout metric .876 -> .870
BLIND_FIELD_FLOORS = {"metric": 0.843, "entity": 0.918, "period": 0.945}
# blind2 after the fixes its errors prompted (so no longer blind): metric .787, entity .858, period .845
# sessions 6-7: metric .845, entity .865, period .884
BLIND2_FIELD_FLOORS = {"metric": 0.858, "entity": 0.929, "period": 0.89}
# after the general fixes it prompted (listed companies, "the Himalayan nation", fiscal "current year", plans): entity
# .840, period .836 (so no longer blind)
# then people counts, time words before a measure, "the same quarter of 2022": metric .772, period .840
# session 10: kina ("K1.1 billion") and piastres found two more of its claims (one entity wrong): entity .860 -> .8597
BLIND3_FIELD_FLOORS = {"metric": 0.794, "entity": 0.866, "period": 0.87}
# after the first general fixes it prompted (sentences continue the one before, text-stated fiscal years): period .735
# session 10 ("cheaper than a year ago" is a comparison base): period .840
BLIND4_FIELD_FLOORS = {"metric": 0.8, "entity": 0.87, "period": 0.845}
# blind5 and blind6 after the general fixes they prompted in session 8 (companies by home and trade, "Rs" by country,
# "six months ended 31 December", entrants, causes, revisions): no longer blind
# session 10: blind5 metric .757, period .829; blind6 metric .792, entity .721, period .758
# session 11: fractions without their "of" ("half", as the blind labels write them) match one more blind5 claim, whose
# metric is wrong: metric 169/223 -> 169/224 (.754)
BLIND5_FIELD_FLOORS = {"metric": 0.763, "entity": 0.687, "period": 0.839}
# session 11: blind6 entity .745, period .775; blind7 metric .768, entity .684, period .662
BLIND6_FIELD_FLOORS = {"metric": 0.815, "entity": 0.771, "period": 0.8}
# blind7 after the general fixes it prompted in session 9 (economy measures are the country's, fiscal years named by
# their end, months that date a noun, record bases, counting units, carriers after their chief executive): no longer blind
# session 10 (fixes prompted by blind8 and cluster batches 10-12): metric .765, entity .665, period .642
BLIND7_FIELD_FLOORS = {"metric": 0.783, "entity": 0.707, "period": 0.669}
# blind8 as first scored (session 10); period .596 -> .587 when currency names found 9 more of its claims; after
# "QR"/"(+6.2%)"/list lines: metric .702, entity .615 (the list owner is named in full, "Qatar Gas Transport Company",
# where the labels use its bracketed short name "Nakilat"), period .600
# blind9 as first scored (session 10); then ("Bata, Equatorial Guinea's biggest city", "the State Oil Fund of
# Azerbaijan"): entity .488
# session 11 (days another value took, sizes written as adjectives, distances, "Trinidad and Tobago", and the rest of
# that session's fixes): blind8 metric .717, entity .649, period .638; blind9 metric .635, entity .498, period .631;
# blind10 (tuned on after its first score) metric .716, entity .731, period .743; blind11 entity .685, period .689
# (blind8 metric .717 -> .713: "soy exports earned US$3.2 billion" is now "soy export earnings", labelled "soy export
# value"; the linking aliases make the two one measure)
BLIND8_FIELD_FLOORS = {"metric": 0.727, "entity": 0.67, "period": 0.684}
BLIND9_FIELD_FLOORS = {"metric": 0.64, "entity": 0.534, "period": 0.643}
# blind10 as first scored (session 11)
BLIND10_FIELD_FLOORS = {"metric": 0.753, "entity": 0.753, "period": 0.761}
# blind11 as first scored (session 11); then fractions without their "of" ("half", as its labels write them) matched
# six more of its claims: metric 182/267 (.682), entity 177/267 (.663: the six new ones' entities are wrong), period .659
# end of session 11: blind11 metric .707, entity .703, period .700
BLIND11_FIELD_FLOORS = {"metric": 0.726, "entity": 0.733, "period": 0.737}
# blind12 as first scored (session 12): metric .742, entity .600, period .636
# end of session 12: blind12 metric .742, entity .644, period .636 (blind9 entity .498 -> .521, blind10 .739 -> .746,
# blind11 .703 -> .714 over the session)
BLIND12_FIELD_FLOORS = {"metric": 0.763, "entity": 0.665, "period": 0.658}
# blind13 as first scored (session 13, the session's starting code): metric .731, entity .690, period .743
# end of session 13: blind13 metric .740, entity .744, period .762 (blind5-12 entity and metric up by the partner,
# housing, currency and fronted-whole fixes)
BLIND13_FIELD_FLOORS = {"metric": 0.772, "entity": 0.809, "period": 0.783}
# blind14 as first scored (session 14, the session's starting code): metric .642, entity .628, period .682
# end of session 14: blind14 metric .642, entity .682, period .704 (session 14 raised blind4, 6-13's floors too: company
# results, election reports, fiscal-year labels, clause ends, national banks as sources)
BLIND14_FIELD_FLOORS = {"metric": 0.669, "entity": 0.716, "period": 0.712}
# blind15 as first scored (session 15, the session's starting code): metric .734, entity .606, period .631
# end of session 15: blind15 metric .755, entity .645, period .671 (session 15 raised blind4-9, 12-14's floors too:
# budgets for a year, multiples' bases, capitalized common nouns, nationalities' shares, academic years, planted areas)
BLIND15_FIELD_FLOORS = {"metric": 0.77, "entity": 0.678, "period": 0.689}
# blind16 as first scored (session 16, the session's starting code): metric .695, entity .596, period .698; after the
# session's first fixes, made before it arrived (GDP growth, exchange rates, boards of banks, plan years): .713 / .615 / .702
# end of session 16: blind16 metric .713, entity .640, period .702 (session 16 raised blind3, 5-16's floors: holidays,
# relative openings, GDP growth, exchange rates, boards and legislatures, plan years, untagged demonyms, takings)
BLIND16_FIELD_FLOORS = {"metric": 0.712, "entity": 0.64, "period": 0.701}
# context fields over dev + holdout (session 4, with context_dev2.yaml in dev): metric 0.839, entity 0.881, period 0.931;
# session 5: metric 0.857, entity 0.905, period 0.930 (national bodies, placeholders, people by what they do, ...)
# session 7: metric 0.867, entity 0.909, period 0.936; session 8: metric 0.870, entity 0.916, period 0.940;
# session 9: unchanged (metric 0.870, entity 0.916, period 0.940); session 10: metric 0.870, entity 0.918, period 0.942
# session 11: metric 0.870, entity 0.918, period 0.948
# session 13: metric 0.876, entity 0.918, period 0.948; session 15: metric 0.876, entity 0.920, period 0.948
FIELD_FLOORS = {"kind": 0.99, "qualifier": 0.99, "metric": 0.870, "entity": 0.919, "period": 0.947}
# --fast (no statistical pipeline): attribution by rules only. Its accuracy cost is documented in the README.
FAST_FIELD_FLOORS = {"kind": 0.99, "qualifier": 0.99, "metric": 0.59, "entity": 0.74, "period": 0.93}
SCORES: dict[str, dict] = {}


@pytest.fixture(scope="module")
def results(nlp):
    return {split: score(load_cases(split), extractor()) for split in FLOORS}


def test_corpus_is_big_enough_and_has_a_holdout():
    cases = load_cases()
    claims = sum(len(c.get("claims") or []) for c in cases)
    with_context = sum(1 for c in cases for lab in c.get("claims") or [] if {"metric", "entity", "period"} <= set(lab))
    assert len(cases) >= 300 and claims >= 600 and with_context >= 150
    # held out: every split but dev (the holdout, the fresh set and the blind sets written without the code)
    assert sum(1 for c in cases if c.get("split", "dev") != "dev") >= 0.25 * len(cases)
    assert len({c["id"] for c in cases}) == len(cases)


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_precision_and_recall_floors(results, split):
    strict, spans = results[split]["strict"]["_all"], results[split]["spans"]["_all"]
    got = {"strict_p": strict.precision, "strict_r": strict.recall, "span_p": spans.precision, "span_r": spans.recall}
    SCORES[split] = got
    low = {k: (round(v, 3), FLOORS[split][k]) for k, v in got.items() if v < FLOORS[split][k]}
    assert not low, f"{split}: below floor {low}; first errors: {strict.errors[:15]}"


def test_context_field_accuracy_floors(results):
    fields = {name: f for name, f in results["dev"]["fields"].items()}
    for name, f in results["holdout"]["fields"].items():
        fields[name].right += f.right
        fields[name].total += f.total
        fields[name].errors += f.errors
    low = {name: (round(f.accuracy, 3), FIELD_FLOORS[name]) for name, f in fields.items() if f.accuracy < FIELD_FLOORS[name]}
    assert all(f.total >= 100 for name, f in fields.items() if name in ("metric", "entity", "period"))
    assert not low, f"below floor {low}; e.g. {[e for f in fields.values() for e in f.errors[:5]]}"


@pytest.mark.parametrize("split, floors", [("blind", BLIND_FIELD_FLOORS), ("blind2", BLIND2_FIELD_FLOORS),
                                           ("blind3", BLIND3_FIELD_FLOORS), ("blind4", BLIND4_FIELD_FLOORS),
                                           ("blind5", BLIND5_FIELD_FLOORS), ("blind6", BLIND6_FIELD_FLOORS),
                                           ("blind7", BLIND7_FIELD_FLOORS), ("blind8", BLIND8_FIELD_FLOORS),
                                           ("blind9", BLIND9_FIELD_FLOORS), ("blind10", BLIND10_FIELD_FLOORS),
                                           ("blind11", BLIND11_FIELD_FLOORS), ("blind12", BLIND12_FIELD_FLOORS),
                                           ("blind13", BLIND13_FIELD_FLOORS), ("blind14", BLIND14_FIELD_FLOORS),
                                           ("blind15", BLIND15_FIELD_FLOORS), ("blind16", BLIND16_FIELD_FLOORS)])
def test_blind_context_field_floors(results, split, floors):
    fields = results[split]["fields"]
    low = {name: (round(fields[name].accuracy, 3), floor) for name, floor in floors.items()
           if fields[name].accuracy < floor}
    assert not low, f"{split} split below floor {low}"


def test_fast_mode_context_field_floors(blank_nlp):
    """Without a parser, entity comes from capitalized names and metric from a window of words: lower, but floored."""
    result = score(load_cases("dev") + load_cases("holdout"), extractor(fast=True))
    fields = result["fields"]
    low = {name: (round(f.accuracy, 3), FAST_FIELD_FLOORS[name]) for name, f in fields.items()
           if f.accuracy < FAST_FIELD_FLOORS[name]}
    assert not low, f"--fast below floor {low}; e.g. {[e for f in fields.values() for e in f.errors[:5]]}"
