"""Rule files: every mistake is reported as file:line: message; bundled rules are valid."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from claimcheck.cli import main
from claimcheck.errors import RuleError
from claimcheck.rules import bundled_dir, load_rules

GOOD = """rules:
  - id: my-bound
    kind: bounds
    severity: warning
    message: "{a} is too big"
    params: {max: 10}
"""

BAD = [
    ("rules:\n  - id: x\n    kind: nope\n    severity: error\n    message: m\n", 3, "unknown rule kind 'nope'"),
    ("rules:\n  - id: x\n    kind: bounds\n    severity: fatal\n    message: m\n", 4, "unknown severity"),
    ("rules:\n  - id: x\n    kind: bounds\n    severity: error\n    message: m\n    colour: red\n", 6, "unknown rule field 'colour'"),
    ("rules:\n  - id: x\n    kind: bounds\n    severity: error\n    message: m\n    params: {max: ten}\n", 6, "wrong type"),
    ("rules:\n  - id: x\n    kind: bounds\n    severity: error\n    message: m\n    params: {tolerance: 1}\n", 6, "unknown parameter 'tolerance'"),
    ("rules:\n  - id: x\n    kind: bounds\n    severity: error\n    message: m\n    select: {metric: '(a+)+$'}\n", 6, "backtrack"),
    ("rules:\n  - id: x\n    kind: bounds\n    severity: error\n    message: m\n    select: {metric: '([a-'}\n", 6, "not a valid regex"),
    ("rules:\n  - id: x\n    kind: bounds\n    severity: error\n", 2, "missing required field 'message'"),
    ("rules:\n  - id: x\n    kind: [bounds\n", 4, "YAML syntax error"),
    ("a: &a [1, 2]\nb: [*a, *a]\n", 1, "anchors and aliases"),
    ("rules:\n  - !!python/object:os.system {}\n", 2, "not allowed"),
    ("colour: red\n", 1, "unknown top-level field"),
    ("rules:\n  - id: x\n    kind: arithmetic\n    severity: error\n    message: m\n    params: {relation: ratio}\n", 6,
     "'relation' must be one of ['parts', 'part_share', 'breakdown', 'multiplier', 'growth', 'share']"),
    ("rules:\n  - id: Bad Id\n    kind: bounds\n    severity: error\n    message: m\n", 2, "must be lower-case"),
    ("aliases:\n  optional:\n    - {words: [fresh], after: [x]}\n", 2, "aliases.optional: each entry is a list of words"),
    ("aliases:\n  optional:\n    - fresh\n", 2, "aliases.optional"),
    ("aliases:\n  colour: [[a, b]]\n", 2, "aliases.colour: expected"),
]


@pytest.mark.parametrize("text,line,message", BAD)
def test_bad_rule_file_reports_file_and_line(tmp_path, text, line, message):
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(RuleError) as err:
        load_rules([tmp_path], bundled=False)
    assert str(err.value).startswith(f"{path}:{line}: "), str(err.value)
    assert message in str(err.value)


def test_duplicate_ids_in_one_directory(tmp_path):
    (tmp_path / "a.yaml").write_text(GOOD)
    (tmp_path / "b.yaml").write_text(GOOD)
    with pytest.raises(RuleError, match="duplicate rule id 'my-bound'"):
        load_rules([tmp_path], bundled=False)


def test_user_rule_overrides_bundled_id(tmp_path):
    (tmp_path / "mine.yaml").write_text(GOOD.replace("my-bound", "negative-count"))
    rules = {r.id: r for r in load_rules([tmp_path]).rules}
    assert rules["negative-count"].severity == "warning"
    assert "conflict-same-period" in rules


def test_validate_command_exit_codes(tmp_path):
    (tmp_path / "ok.yaml").write_text(GOOD)
    ok = CliRunner().invoke(main, ["rules", "validate", str(tmp_path)])
    assert ok.exit_code == 0 and "1 rules" in ok.stdout
    (tmp_path / "bad.yaml").write_text(BAD[0][0])
    bad = CliRunner().invoke(main, ["rules", "validate", str(tmp_path)])
    assert bad.exit_code == 2
    assert bad.stderr.startswith(f"{tmp_path / 'bad.yaml'}:3: unknown rule kind")


def test_bundled_rules_are_valid_and_each_has_examples():
    ruleset = load_rules([], bundled=True)
    assert bundled_dir().is_dir()
    kinds = {r.kind for r in ruleset.rules}
    assert kinds == {"conflict", "drift", "bounds", "arithmetic", "conversion", "stale"}
    for rule in ruleset.rules:
        assert rule.examples.get("fire") and rule.examples.get("pass"), rule.id
        assert rule.description, rule.id
