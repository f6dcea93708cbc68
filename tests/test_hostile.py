"""Hostile input: claimcheck never crashes, never loses data, and always says what went wrong."""

from __future__ import annotations

import json
import math
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import api, io
from claimcheck.cli import main
from claimcheck.errors import ConfigError, InputError
from claimcheck.rules import load_rules

GOOD = "---\npublished: 2021-05-01\n---\nKenya's tea exports reached 1.2 billion dollars in 2020.\n"


def extract(*args: str, input: str | None = None):
    return CliRunner().invoke(main, ["extract", "--fast", "--format", "jsonl", *args], input=input)


def claims_of(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


# --- documents -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "binary file"),
    ("latin1.txt", "Caf\xe9 sales hit 5 million euros.\n".encode("latin-1"), "invalid UTF-8"),
    ("bomb.md", b"---\na: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n---\nText 5 million.\n", "anchors"),
    ("types.md", b"---\npublished: [2021, 5]\n---\nSales hit 5 million euros.\n", "published"),
    ("unclosed.md", b"---\npublished: 2021-05-01\ntitle: [unclosed\n---\nText.\n", "invalid metadata YAML"),
])
def test_bad_documents_are_one_line_and_the_run_continues(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    (tmp_path / "good.md").write_text(GOOD)
    (tmp_path / name).write_bytes(data)
    result = extract(str(tmp_path))
    assert result.exit_code == 0, result.output
    assert [c["surface"] for c in claims_of(result)] == ["1.2 billion dollars"]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and reason in lines[0], result.stderr
    strict = extract(str(tmp_path), "--strict")
    assert strict.exit_code == 2 and name in strict.stderr and "Traceback" not in strict.stderr


def test_empty_file_gives_no_claims(tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_bytes(b"")
    result = extract(str(tmp_path / "empty.md"))
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""


def test_utf16_bom_and_windows_line_endings(tmp_path: Path) -> None:
    text = "Title\r\nUpdated: 2021-06-01\r\n\r\nExports rose 4.5% last year to 3.2 billion euros.\r\n"
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "crlf.txt").write_bytes(text.encode("utf-8"))
    result = extract(str(tmp_path))
    assert result.exit_code == 0, result.stderr
    claims = claims_of(result)
    assert [(c["surface"], c["line"], c["period"]) for c in claims] == [("4.5%", 4, "2020"), ("3.2 billion euros", 4, "2020")] * 2
    for path in ("crlf.txt", "u16.txt"):
        doc = io.read_file(str(tmp_path / path))
        for c in (c for c in claims if c["doc"].endswith(path)):
            assert doc.text[c["start"]:c["end"]] == c["surface"]


def test_broken_symlink_and_unreadable_file(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text(GOOD)
    (tmp_path / "dangling.md").symlink_to(tmp_path / "missing.md")
    result = extract(str(tmp_path / "good.md"), str(tmp_path / "dangling.md"))
    assert result.exit_code == 0
    assert "dangling.md: cannot read" in result.stderr
    if os.geteuid() != 0:  # root reads everything
        locked = tmp_path / "locked.md"
        locked.write_text(GOOD)
        locked.chmod(0)
        assert "locked.md: cannot read" in extract(str(locked)).stderr


def test_directory_with_thousands_of_files(tmp_path: Path) -> None:
    for i in range(2000):
        (tmp_path / f"a{i:04d}.md").write_text(f"Item {i}: sales were {i + 1} million euros in 2020.\n")
    result = extract(str(tmp_path))
    assert result.exit_code == 0
    assert len(claims_of(result)) == 2000


def test_one_megabyte_line_without_newline_and_deep_html(tmp_path: Path) -> None:
    sentence = "Exports rose to 3.2 billion euros in 2020 while imports fell 4% "
    (tmp_path / "long.txt").write_text(sentence * (1_000_000 // len(sentence)))
    nested = "<div>" * 20000 + "<p>Revenue hit 7 million euros.</p>" + "</div>" * 20000
    (tmp_path / "deep.html").write_text(f"<html><body>{nested}<script>var x = 99;</script></body></html>")
    result = extract(str(tmp_path))
    assert result.exit_code == 0, result.stderr
    claims = claims_of(result)
    deep = [c for c in claims if c["doc"].endswith("deep.html")]
    assert [c["surface"] for c in deep] == ["7 million euros"]
    assert sum(1 for c in claims if c["doc"].endswith("long.txt")) == 2 * (1_000_000 // len(sentence))


def test_fifty_megabyte_file_streams(tmp_path: Path) -> None:
    filler = "The committee met again and discussed the harbour, the roads and the schools at length. " * 120
    block = filler + "\n\nThe port handled 1.2 million containers in 2020.\n\n"
    path = tmp_path / "huge.txt"
    with path.open("w") as fh:
        for _ in range(50 * 1024 * 1024 // len(block) + 1):
            fh.write(block)
    assert path.stat().st_size >= 50 * 1024 * 1024
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", "--fast", "--format", "jsonl", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    with out.open() as fh:
        first = json.loads(fh.readline())
        count = 1 + sum(1 for _ in fh)
    assert first["surface"] == "1.2 million" and count == 50 * 1024 * 1024 // len(block) + 1


def test_markdown_tables_code_and_front_matter() -> None:
    text = ("---\npublished: 2022-03-01\nbudget: 99 million\n---\n# Ridership\n\n"
            "| Year | Passengers | Revenue |\n|---|---|---|\n| 2020 | 1.2 million | $4.5m |\n| 2021 | 1.6 million | $5.1m |\n\n"
            "```python\nx = 12345\n```\n")
    claims = api.extract(text, doc_id="t.md", fast=True)
    assert [(c.surface, c.metric, c.period) for c in claims] == [
        ("1.2 million", "passenger", "2020"), ("$4.5m", "revenue", "2020"),
        ("1.6 million", "passenger", "2021"), ("$5.1m", "revenue", "2021")]


def test_scripts_and_styles_are_ignored_and_nothing_runs(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    html = (f"<html><head><style>p {{ width: 500px }}</style><script>require('fs').writeFileSync('{marker}', '1')</script>"
            "</head><body><p>Revenue hit 3 billion euros.</p></body></html>")
    text = f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\n---\nSales hit 5 million euros.\n"
    (tmp_path / "a.html").write_text(html)
    (tmp_path / "b.md").write_text(text)
    result = extract(str(tmp_path))
    assert [c["surface"] for c in claims_of(result)] == ["3 billion euros"]
    assert "b.md" in result.stderr
    assert not marker.exists()


# --- numbers -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The deficit was 10^400 dollars.", "It weighed 1e309 tonnes.", "A total of " + "9" * 400 + " yuan.",
    "Growth was -0 percent, NaN percent or inf%.", "Just $ and € and ¥ and US$ alone.",
    "It cost 5 billion yuan (US$735m and then stopped.", "It cost 5 billion yuan US$735m) then.",
    "(((((((((( 5 million ))))))))))", "9" * 320 + " billion dollars", "5" + " million" * 200,
])
def test_absurd_numbers_are_finite_or_dropped(text: str) -> None:
    for c in api.extract(text, fast=True):
        assert text[c.start:c.end] == c.surface
        for v in (c.value, c.value_max, c.interval.low if c.interval else 0):
            assert v is None or math.isfinite(v) or v == -math.inf
        assert not (c.value == 0 and math.copysign(1, c.value) < 0)


def test_negative_zero_reads_as_zero() -> None:
    (c,) = api.extract("Growth was -0 percent.", fast=True)
    assert c.value == 0 and math.copysign(1, c.value) > 0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(list("0123456789.,-%$€£¥ abcdemnkMBTxyz()[]'\"\n\t|") +
                                ["million", "billion", " per cent", "yuan", "US$", "about ", "between ", " and ",
                                 " to ", "percentage points", "square km", "2021", "19th", "last year"]),
                max_size=40).map("".join))
def test_arbitrary_text_never_raises_and_spans_slice(text: str) -> None:
    for c in api.extract(text, fast=True, published="2021-06-01"):
        assert text[c.start:c.end] == c.surface
        assert c.value is None or math.isfinite(c.value)
        assert c.value_max is None or math.isfinite(c.value_max)


# --- rule files ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("content", "message"), [
    ("rules:\n  - id: x\n    kind: conflict\n    severity: [\n", "YAML syntax error"),
    ("rules:\n  - id: x\n    kind: telepathy\n    severity: error\n    message: m\n", "rules.yaml:3: unknown rule kind 'telepathy'"),
    ("rules:\n  - id: x\n    kind: bounds\n    severity: error\n    max: lots\n", "rules.yaml:5"),
    ("rules:\n  - id: x\n    kind: conflict\n    severity: error\n    message: m\n    colour: red\n",
     "rules.yaml:6: unknown rule field 'colour'"),
    ("rules:\n  - id: x\n    kind: conflict\n    severity: error\n    message: m\n  - id: x\n    kind: drift\n"
     "    severity: info\n    message: m\n", "rules.yaml:6: duplicate rule id 'x'"),
    ("rules:\n  - id: x\n    kind: conflict\n    severity: error\n    metric: '(a+)+$'\n", "rules.yaml:5"),
    ("a: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nrules: [*c]\n", "rules.yaml:1"),
    ("rules:\n  - !!python/object/apply:os.system ['true']\n", "rules.yaml:2"),
])
def test_bad_rule_files_are_file_line_and_exit_2(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(content)
    with pytest.raises(ConfigError) as err:
        load_rules([str(path)], bundled=False)
    assert message in f"{path.name}:{str(err.value).split(path.name + ':', 1)[-1]}", str(err.value)
    result = CliRunner().invoke(main, ["rules", "validate", str(path)])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


# --- security and paths --------------------------------------------------------------------------------------------


def test_html_report_escapes_document_text(tmp_path: Path) -> None:
    evil = '<script>alert("x")</script>'
    (tmp_path / "a.md").write_text(GOOD.replace("Kenya's", f"Kenya's {evil}"))
    (tmp_path / "b.md").write_text(GOOD.replace("1.2 billion", "1.6 billion").replace("Kenya's", f"{evil} Kenya's"))
    out = tmp_path / "report.html"
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = CliRunner().invoke(main, ["check", ".", "--format", "html", "-o", str(out), "--no-fail"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.stderr
    html = out.read_text()
    assert "conflict" in html and evil not in html and "&lt;script&gt;" in html
    assert str(tmp_path) not in html  # paths relative to the working directory


def test_reading_a_document_executes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    def refuse(*args, **kwargs):
        raise AssertionError("reading a document ran a process")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    monkeypatch.setattr(os, "system", refuse)
    (tmp_path / "a.md").write_text("---\npublished: 2021-01-01\nrun: $(touch x)\n---\n`rm -rf /` costs $5 million.\n")
    doc = io.read_file(str(tmp_path / "a.md"))
    assert doc.published == "2021-01-01"
    assert api.extract_doc(doc, api.pipeline(fast=True))


def test_errors_never_show_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(GOOD)
    for args in (["check", str(tmp_path), "--rules", str(tmp_path / "nope")], ["extract", str(tmp_path), "--published", "x"],
                 ["check", str(tmp_path), "--baseline", str(tmp_path / "a.md")], ["extract", str(tmp_path / "missing")]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2, (args, result.output)
        assert "Traceback" not in result.output and len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)


@pytest.mark.parametrize(("text", "surfaces"), [
    ("Item 1949: sales were 1950 million euros in 2020.", ["1950 million euros"]),
    ("The party that in 2019 won the vote lost again in 2021.", []),
    ("Since 2019 rand weakness has hurt exporters.", []),
])
def test_year_like_numbers_are_years_unless_a_quantity_follows(text, surfaces):
    assert [c.surface for c in api.extract(text, fast=True)] == surfaces
