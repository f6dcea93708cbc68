"""The command line: exit codes, clean stdout, errors as one line."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from claimcheck import __version__
from claimcheck.cli import main

CONFLICT_A = "In 2020, Kenya's tea exports reached 1.2 billion dollars, the board said."
CONFLICT_B = "Kenya's tea exports reached 1.6 billion dollars in 2020, officials said."


def _docs(tmp_path, *texts, published="2021-03-01"):
    paths = []
    for i, text in enumerate(texts):
        p = tmp_path / f"doc{i}.md"
        p.write_text(f"---\npublished: {published}\n---\n{text}\n")
        paths.append(str(p))
    return paths


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and __version__ in result.stdout


def test_python_dash_m_runs():
    out = subprocess.run([sys.executable, "-m", "claimcheck", "--version"], capture_output=True, text=True, check=True)
    assert __version__ in out.stdout


def test_conflict_exits_1_and_no_fail_exits_0(tmp_path, nlp):
    paths = _docs(tmp_path, CONFLICT_A, CONFLICT_B)
    result = CliRunner().invoke(main, ["check", *paths, "--format", "json"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert [f["kind"] for f in report["findings"]] == ["conflict"]
    assert CliRunner().invoke(main, ["check", *paths, "--no-fail"]).exit_code == 0
    assert CliRunner().invoke(main, ["check", *paths, "--fail-on", "never"]).exit_code == 0


def test_consistent_restatement_exits_0(tmp_path, nlp):
    paths = _docs(tmp_path, CONFLICT_A, "Kenya's tea exports reached 1,200 million dollars in 2020.")
    result = CliRunner().invoke(main, ["check", *paths, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["findings"] == []


def test_fail_on_info_counts_drift(tmp_path, nlp):
    a = _docs(tmp_path, "In 2015, Chile's research spending accounted for 0.4% of GDP.")
    b = tmp_path / "later.md"
    b.write_text("---\npublished: 2022-02-01\n---\nIn 2021, Chile's research spending accounted for 0.9% of GDP.\n")
    assert CliRunner().invoke(main, ["check", *a, str(b)]).exit_code == 0
    assert CliRunner().invoke(main, ["check", *a, str(b), "--fail-on", "info"]).exit_code == 1


def test_missing_file_is_one_line_exit_2(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "nope.md")])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "nope.md" in result.stderr


def test_bad_published_option_exit_2(tmp_path, nlp):
    paths = _docs(tmp_path, CONFLICT_A)
    result = CliRunner().invoke(main, ["extract", *paths, "--published", "yesterday-ish"])
    assert result.exit_code == 2 and "--published" in result.stderr


def test_unreadable_file_is_skipped_with_a_line_and_strict_fails(tmp_path, nlp):
    paths = _docs(tmp_path, CONFLICT_A)
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\xff\xfe\xfd not utf8 \xff")
    bad.write_bytes(b"ok\n\xc3\x28 broken")
    result = CliRunner().invoke(main, ["extract", *paths, str(bad), "--format", "jsonl"])
    assert result.exit_code == 0
    assert "bad.md:2: invalid UTF-8" in result.stderr
    assert all(json.loads(l)["doc"] == paths[0] for l in result.stdout.splitlines())
    strict = CliRunner().invoke(main, ["extract", *paths, str(bad), "--strict"])
    assert strict.exit_code == 2


def test_stdin_and_jsonl_stdout_is_clean(nlp):
    result = CliRunner().invoke(main, ["extract", "-", "--format", "jsonl", "--published", "2022-01-01"],
                                input="Sales grew 12.5% last year to 3.4bn euros.")
    assert result.exit_code == 0
    claims = [json.loads(l) for l in result.stdout.splitlines()]
    assert [(c["surface"], c["unit"], c["period"]) for c in claims] == [("12.5%", "%", "2021"), ("3.4bn euros", "EUR", "2021")]


def test_rules_list_and_test(nlp):
    listed = CliRunner().invoke(main, ["rules", "list"])
    assert listed.exit_code == 0
    for rule_id in ("conflict-same-period", "drift-across-periods", "conversion-rate", "parts-and-total"):
        assert rule_id in listed.stdout
    tested = CliRunner().invoke(main, ["rules", "test"])
    assert tested.exit_code == 0, tested.stdout
    assert " 0 failed" in tested.stdout


def test_explain_prints_the_chain(tmp_path, nlp):
    paths = _docs(tmp_path, CONFLICT_A, CONFLICT_B)
    report = json.loads(CliRunner().invoke(main, ["check", *paths, "--format", "json"]).stdout)
    fid = report["findings"][0]["id"]
    out = CliRunner().invoke(main, ["explain", fid[:8], *paths])
    assert out.exit_code == 0, out.stderr
    for needle in ("1.2 billion dollars", "1.6 billion dollars", "interval", "slack", "metric", "tea export"):
        assert needle in out.stdout
    missing = CliRunner().invoke(main, ["explain", "ffffffff", *paths])
    assert missing.exit_code == 2 and "no finding" in missing.stderr
