"""The public JSON shapes: real CLI output on the seeds validated against ../shared/contract."""

from __future__ import annotations

import json

import jsonschema
from click.testing import CliRunner

from claimcheck.cli import main

from .conftest import SEEDS


def test_extract_jsonl_matches_claim_schema(contract, nlp):
    result = CliRunner().invoke(main, ["extract", str(SEEDS), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) > 100
    validator = jsonschema.Draft202012Validator(contract["claim"])
    for line in lines:
        claim = json.loads(line)
        errors = [e.message for e in validator.iter_errors(claim)]
        assert not errors, (claim["surface"], errors)


def test_check_json_matches_report_schema(contract, nlp):
    result = CliRunner().invoke(main, ["check", str(SEEDS), "--format", "json"])
    assert result.exit_code in (0, 1), result.stderr
    report = json.loads(result.stdout)
    jsonschema.Draft202012Validator(contract["report"]).validate(report)
    assert len(report["documents"]) == 5
    claim_ids = {json.loads(l)["id"] for l in CliRunner().invoke(main, ["extract", str(SEEDS), "--format", "jsonl"]).stdout.splitlines()}
    for finding in report["findings"]:
        assert set(finding["claims"]) <= claim_ids


def test_library_to_dict_is_the_contract_shape(contract, nlp):
    import claimcheck

    claims = claimcheck.extract("The city's R&D investment reached 90 billion yuan in 2017.", doc_id="a.txt",
                                published="2018-01-01")
    c = next(c for c in claims if c.kind == "money")
    jsonschema.validate(c.to_dict(), contract["claim"])
    assert (c.value, c.unit, c.period) == (9.0e10, "CNY", "2017")
