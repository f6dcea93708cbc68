"""The report on the seeds shows what a careful reader expects, and nothing they would call wrong."""

from __future__ import annotations


def _by_kind(report, kind):
    return [f for f in report.findings if f.kind == kind]


def test_rd_share_of_gdp_is_drift_not_conflict(seed_report):
    drift = [f for f in _by_kind(seed_report, "drift") if f.claims[0].metric == "R&D investment share of GDP"]
    chain = sorted({(c.period, c.value) for f in drift for c in f.claims})
    assert chain == [("2012", 3.81), ("2017", 4.13), ("2021", 5.46)]
    assert all(f.severity == "info" for f in drift)
    conflicts = _by_kind(seed_report, "conflict")
    assert not any("R&D" in (c.metric or "") for f in conflicts for c in f.claims)


def test_market_entities_and_businesses_are_consistent(seed_report):
    for f in seed_report.findings:
        surfaces = {c.surface for c in f.claims}
        assert not ({"3.8 million", "3.7 million"} & surfaces), f.message


def test_no_errors_on_the_seeds(seed_report):
    assert [f.message for f in seed_report.findings if f.severity == "error"] == []


def test_002_conversions_are_checked_against_reference_rates(seed_report, seed_claims):
    from claimcheck.normalize import load_table

    doc, claims = seed_claims["002_d11688a31523a51f.txt"]
    table = load_table()
    groups = {c.group for c in claims if c.group}
    assert len(groups) >= 5
    flagged = {c.group for f in _by_kind(seed_report, "conversion") for c in f.claims}
    for c in claims:
        if c.group and c.unit == "CNY" and c.period and c.period[:4].isdigit():
            ref = table.rate("CNY", "USD", int(c.period[:4]))[0]
            off = abs(c.implied_rate / ref - 1) > 0.05
            assert (c.group in flagged) == off, (c.surface, c.period, c.implied_rate, ref)


def test_findings_have_stable_ids_independent_of_lines(seed_report, tmp_path):
    from claimcheck import api
    from tests.conftest import SEEDS

    for path in SEEDS.glob("*.txt"):
        (tmp_path / path.name).write_text("\n\n\n" + path.read_text())
        meta = path.with_name(path.stem + ".meta.yaml")
        (tmp_path / meta.name).write_text(meta.read_text())
    shifted = api.check([str(tmp_path)])
    assert len(shifted.findings) == len(seed_report.findings)
    # document ids differ (paths), so compare the rule/message structure
    assert sorted(f.rule for f in shifted.findings) == sorted(f.rule for f in seed_report.findings)
    again = api.check([str(tmp_path)])
    assert [f.id for f in again.findings] == [f.id for f in shifted.findings]


def test_percent_and_points_are_incomparable_not_conflicting(nlp):
    from claimcheck import api, io

    docs = [io.from_text("In 2021, Ghana's unemployment rate rose 1.2 percentage points.", doc_id="a.md", published="2022-01-01"),
            io.from_text("In 2021, Ghana's unemployment rate rose 4.5%.", doc_id="b.md", published="2022-01-01")]
    report = api.check(docs)
    assert not [f for f in report.findings if f.kind == "conflict"]
    assert any("percentage points never compare" in i["reason"] for i in report.incomparable)
