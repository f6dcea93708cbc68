"""Precision and recall per rule kind on the labelled clusters (tests/data/clusters/), floors that only go up.

The issue's target is 0.9 for each kind; the floors record what claimcheck
measures today. Scoring rules: tests/rules/cluster_scoring.py.
"""

from __future__ import annotations

import pytest

from .cluster_scoring import KINDS, load_clusters, rates, score

# kind: (precision, recall) per batch of clusters. Batch 1: the original 39. Batch 2: 12 written before tuning,
# then used to fix linking, rules and context. Batch 3: 14 written blind by someone who never saw the code,
# scored before any change (conflict P 0.50 R 0.33, drift R 0.00, arithmetic R 0.00, conversion R 0.00,
# stale R 0.00, bounds 1.00); the floors below are after the general fixes it prompted (ISO codes,
# descriptions before names, newsroom metric aliases, a subject's scope on a counted object, places the
# model tags as people, "three times as many as in 2022"), and its misses are the open work.
# Batch 4: 21 clusters written blind (session 4), scored before any change: precision 1.00 for every kind (all 7
# must-not-fire clusters passed), recall conflict 0.00 (0/4), drift 1.00, bounds 1.00, arithmetic 0.33 (1/3),
# conversion 1.00, stale 1.00.
# Batch 5: 24 clusters written blind (session 5), scored before any change: precision 1.00 for every kind (all 6
# must-not-fire clusters passed), recall conflict 0.00 (0/5), drift 0.00 (0/5), bounds 1.00, arithmetic 0.25 (1/4),
# conversion 1.00 (3/3). Batch 6: 10 stale-centred clusters written blind, scored before any change: precision 1.00,
# recall stale 0.00 (0/6), drift 0.00 (0/5), conversion 1.00 (1/1).
# Batch 7: 24 clusters written blind (session 7), scored before any change: precision 1.00 for every kind (all 6
# must-not-fire clusters passed), recall conflict 0.00 (0/5), drift 0.00 (0/7), stale 0.00 (0/4), arithmetic 0.50
# (1/2), conversion 1.00 (2/2).
# Batch 8: 24 clusters written blind (end of session 7), scored before any change: precision 1.00 for every kind (all 6
# must-not-fire clusters passed), recall conflict 0.20 (1/5), drift 0.00 (0/10), stale 0.00 (0/4), arithmetic 0.00
# (0/2), conversion 1.00 (2/2).
# Batch 9: 24 clusters written blind (session 8), scored before any change: precision 1.00 for every kind (all 3
# must-not-fire clusters passed), recall conflict 0.00 (0/6), drift 0.00 (0/8), stale 0.25 (1/4), arithmetic 0.67
# (2/3), conversion 0.50 (1/2).
# Batch 10: 24 clusters written blind (session 9), scored before any change: precision 1.00 for every kind (all 3
# must-not-fire clusters passed), recall conflict 0.00 (0/6), drift 0.12 (1/8), stale 0.50 (2/4), arithmetic 0.00
# (0/2), conversion 1.00 (2/2).
# (session 13 raised the arithmetic floors of batches 3-16 after the breakdown rule, and batches 15-16 drift and stale)
FLOORS = {
    1: {kind: (1.0, 1.0) for kind in ("conflict", "drift", "bounds", "arithmetic", "conversion", "stale")},
    2: {kind: (1.0, 1.0) for kind in ("conflict", "drift", "bounds", "arithmetic", "conversion", "stale")},
    3: {"conflict": (1.0, 1.0), "drift": (1.0, 1.0), "bounds": (1.0, 1.0), "arithmetic": (1.0, 1.0),
        "conversion": (1.0, 1.0), "stale": (1.0, 0.0)},
    4: {"conflict": (1.0, 1.0), "drift": (1.0, 1.0), "bounds": (1.0, 1.0), "arithmetic": (1.0, 1.0),
        "conversion": (1.0, 1.0), "stale": (1.0, 1.0)},
    # batches 5 and 6 after the general fixes they prompted (HMRC rates, part above whole, placeholders, acronyms,
    # fiscal-year staleness, head aliases, listed parts, part shares, ...); two drift misses are changes the writer
    # states in one sentence, which drift does not report by design
    # (session 12: changes stated in one sentence are drift too: batch 5 drift 2/5 -> 3/5, batch 6 3/5 -> 4/5,
    # batch 8 5/10 -> 6/10)
    5: {"conflict": (1.0, 0.6), "drift": (1.0, 0.6), "bounds": (1.0, 1.0), "arithmetic": (1.0, 1.0),
        "conversion": (1.0, 1.0), "stale": (1.0, 1.0)},
    6: {"conflict": (1.0, 1.0), "drift": (1.0, 0.8), "bounds": (1.0, 1.0), "arithmetic": (1.0, 1.0),
        "conversion": (1.0, 1.0), "stale": (1.0, 0.66)},
    # batch 7 after the general fixes it prompted (yearly rates dated to a year, stale at two years, word and
    # rate aliases, "an average of", "home to N people")
    7: {"conflict": (1.0, 1.0), "drift": (1.0, 0.85), "bounds": (1.0, 1.0), "arithmetic": (1.0, 1.0),
        "conversion": (1.0, 1.0), "stale": (1.0, 0.75)},
    # batch 8 after the first general fixes it prompted ("worth of", shares/proportions, tax takes, "the city")
    8: {"conflict": (1.0, 0.4), "drift": (1.0, 0.6), "bounds": (1.0, 1.0), "arithmetic": (1.0, 0.5),
        "conversion": (1.0, 1.0), "stale": (1.0, 0.5)},
    # batch 9 after the general fixes it prompted (entrants, causes, nationality counts, net sales = revenue, stated
    # revisions, "the sultanate", LNG): conflict 4/6, drift 2/8, stale 2/4; session 9 (optional metric words,
    # newsroom aliases, births, home sales, attendance, airports): conflict 5/6, drift 5/8, stale 3/4
    9: {"conflict": (1.0, 0.83), "drift": (1.0, 0.62), "bounds": (1.0, 1.0), "arithmetic": (1.0, 1.0),
        "conversion": (1.0, 0.5), "stale": (1.0, 0.75)},
    # batch 10 after session 10's general fixes (harvest/landing verbs, things that earn money, sales = revenue,
    # demonyms read as names, one conflict per restated figure): conflict 2/6, drift 2/8
    10: {"conflict": (1.0, 0.33), "drift": (1.0, 0.25), "bounds": (1.0, 1.0), "arithmetic": (1.0, 0.5),
         "conversion": (1.0, 1.0), "stale": (1.0, 0.5)},
    # batch 11, first score (session 10, 2026-11-23, after that session's first fixes): conflict P 0.75 (one false
    # conflict: "NIS 4,815 million" read as 100 million NIS) R 3/6, drift 1/8, arithmetic 0/2, conversion 1/2, stale 1/4
    # then (NIS and CLDR currency names, same quarter/half series, earnings = net profit, seasons as yearly rates,
    # conversions rounded by at most 10%): conflict P 1.00 R 4/6, drift 3/8, conversion 2/2, stale 2/4
    11: {"conflict": (1.0, 0.66), "drift": (1.0, 0.37), "bounds": (1.0, 1.0), "arithmetic": (1.0, 0.5),
         "conversion": (1.0, 1.0), "stale": (1.0, 0.5)},
    # batch 12, first score (late session 10, after all of that session's fixes): precision 1.00 everywhere (the 3
    # must-not-fire clusters passed); recall conflict 0/6, drift 0/9, stale 0/4, arithmetic 0/2, conversion 2/2
    # then (attractions draw visitors): drift 1/9
    12: {"conflict": (1.0, 0.0), "drift": (1.0, 0.11), "bounds": (1.0, 1.0), "arithmetic": (1.0, 0.0),
         "conversion": (1.0, 1.0), "stale": (1.0, 0.0)},
    # batch 13, first score (session 11, 2026-11-23, representative restatements between outlets; after that
    # session's first period and distance fixes): precision 1.00 everywhere; recall conflict 0/6, drift 5/11,
    # stale 2/4, arithmetic 0/2, conversion 1/2
    # then (KD/KWD468m, murders = homicides, rates named in metrics, one stale per restated figure, harvests and crops,
    # averages pumped, metrics sharing a core, gross debt): conflict 4/6, drift 9/11, stale 4/4
    # (session 15: dwellings put into service, academic years: drift 10/11)
    13: {"conflict": (1.0, 0.83), "drift": (1.0, 0.9), "bounds": (1.0, 1.0), "arithmetic": (1.0, 0.5),
         "conversion": (1.0, 0.5), "stale": (1.0, 1.0)},
    # batch 14, first score (session 11, written blind mid-session, scored after that session's fixes up to then):
    # conflict P 0.75 (one false conflict) R 3/8, drift 2/10, stale 1/4, arithmetic 0/2, conversion 1/2
    # then (rates per 100,000 people kept apart, CFA and B$ prefixes, crude = oil): conflict P 1.00 R 5/8, drift 3/10
    # (session 15: gapped parts of a whole the sentence opens with: arithmetic 1/2)
    14: {"conflict": (1.0, 0.62), "drift": (1.0, 0.3), "bounds": (1.0, 1.0), "arithmetic": (1.0, 0.5),
         "conversion": (1.0, 0.5), "stale": (1.0, 0.25)},
    # batch 15, first score (session 12, 2026-11-23, written blind; scored after that session's first change, drift
    # stated in one sentence): conflict 0/6, drift 4/9, stale 2/4, arithmetic 0/2, conversion P 0.67 (a false
    # conversion: Tunisian dinars read as Algerian, the text naming Algerians as often as Tunisia) R 2/2
    # then (the country named first wins a tie, power = electricity, remittances sent home): conversion P 1.00,
    # conflict 1/6, stale 3/4
    15: {"conflict": (1.0, 0.33), "drift": (1.0, 0.66), "bounds": (1.0, 1.0), "arithmetic": (1.0, 0.5),
         "conversion": (1.0, 1.0), "stale": (1.0, 0.75)},
    # batch 16, first score (session 13, 2026-11-23, written blind; scored with the session's starting code):
    # P 1.00 everywhere; conflict 4/6, drift 2/9, stale 1/4, arithmetic 0/2, conversion 2/2
    # then (bounds in drift, housing starts, rubles by country, breakdowns, cholera cases ...): conflict 5/6, drift
    # 6/9, stale 3/4, arithmetic 1/2
    16: {"conflict": (1.0, 0.83), "drift": (1.0, 0.66), "bounds": (1.0, 1.0), "arithmetic": (1.0, 0.5),
         "conversion": (1.0, 1.0), "stale": (1.0, 0.75)},
    # batch 17, first score (session 14, 2026-11-23, written blind; scored with the session's starting code):
    # P 1.00 everywhere; conflict 1/6, drift 1/11, stale 0/4, arithmetic 0/2, conversion 2/2
    # then (fiscal-year labels, overnight stays, housing starts, people on treatment, "1.9m" one token, sources'
    # countries, goods sold abroad, aliases): conflict 5/6, drift 8/11, stale 3/4 (session 14 also raised batch 13's
    # conflict and batch 15's conflict and drift floors)
    17: {"conflict": (1.0, 0.83), "drift": (1.0, 0.72), "bounds": (1.0, 1.0), "arithmetic": (1.0, 0.0),
         "conversion": (1.0, 1.0), "stale": (1.0, 0.75)},
    # batch 18, first score (session 15, 2026-11-23, written blind; scored with the session's starting code):
    # P 1.00 everywhere; conflict 1/6, drift 3/9, stale 1/4, arithmetic 0/2, conversion 2/2
    # then (b/d, averages of crude produced, polio and stayover aliases, "the island" beyond ASCII, operating revenue,
    # academic years, court of auditors, dwellings put into service, hospital beds, trade verbs read as nouns, budget
    # gaps, minimum wages earned, a body's own accounts' year): conflict 6/6, drift 8/9, stale 3/4
    18: {"conflict": (1.0, 1.0), "drift": (1.0, 0.88), "bounds": (1.0, 1.0), "arithmetic": (1.0, 0.0),
         "conversion": (1.0, 1.0), "stale": (1.0, 0.75)},    # batch 19, first score (session 16, 2026-11-23, written blind; scored with the session's starting code):
    # conflict P 0.50 (two false conflicts: Greenland's "kroner" read as Norway's) R 2/6, drift 5/12, stale 3/4,
    # arithmetic 0/2, conversion 1/2; kroner by the document's country: conflict P 1.00
    # then (non-oil GDP growth and its aliases, untagged country adjectives): conflict 4/6
    19: {"conflict": (1.0, 0.66), "drift": (1.0, 0.41), "bounds": (1.0, 1.0), "arithmetic": (1.0, 0.0),
         "conversion": (1.0, 0.5), "stale": (1.0, 0.75)},
}


@pytest.fixture(scope="module")
def result(nlp):
    return score(load_clusters())


def test_cluster_set_is_big_and_varied():
    clusters = load_clusters()
    assert len(clusters) >= 30
    kinds = {e["kind"] for c in clusters for e in c.get("expect") or []}
    assert kinds == set(KINDS)
    assert sum(1 for c in clusters if not c.get("expect")) >= 10  # restatements that must not fire


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("batch", sorted(FLOORS))
def test_per_kind_precision_and_recall(result, kind, batch):
    p, r = rates(result["by_batch"][batch][kind])
    floor_p, floor_r = FLOORS[batch][kind]
    errors = [e for e in result["errors"] if f" {kind} " in e]
    assert p >= floor_p and r >= floor_r, f"batch {batch} {kind}: P {p:.2f} R {r:.2f} (floors {floor_p}, {floor_r}); {errors}"


def test_every_batch_is_scored_apart():
    assert {c.get("batch", 1) for c in load_clusters()} == set(FLOORS)
