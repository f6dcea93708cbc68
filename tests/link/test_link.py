

def test_an_acronym_is_a_short_form_of_the_name_it_abbreviates():
    from claimcheck.link.entities import fuller_names

    found = fuller_names(["cial", "cochin international airport", "un", "united nations", "ubs", "union bank"])
    assert found["cial"] == ["cochin international airport"]  # the L was "Ltd", which keys drop
    assert found["un"] == ["united nations"]
    assert "ubs" not in found  # "union bank" has initials "ub", and S is no legal form
