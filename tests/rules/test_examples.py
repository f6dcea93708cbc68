"""Every bundled rule's inline examples: 'fire' cases fire it, 'pass' cases don't."""

from __future__ import annotations

import pytest

from claimcheck import api
from claimcheck.rules import RuleSet, load_rules

RULES = load_rules([])


@pytest.mark.parametrize("rule_id", [r.id for r in RULES.rules])
def test_rule_examples(rule_id, nlp):
    spec = next(r for r in RULES.rules if r.id == rule_id)
    only = RuleSet(rules=[spec], aliases=RULES.aliases, fx=RULES.fx)
    results = api.test_rules(only)
    assert results, f"{rule_id} has no examples"
    failed = [(r.expect, r.index, r.fired) for r in results if not r.ok]
    assert not failed, failed
