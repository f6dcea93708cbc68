

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
