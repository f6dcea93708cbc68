"""Every report format renders the same report record; each has its own guarantees."""

from __future__ import annotations

import json
import shutil
import subprocess
import tarfile
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest

from claimcheck import api, io
from claimcheck.report import RENDERERS, render

SARIF_PACKAGE = "@microsoft/jest-sarif@1.0.0-beta.0"  # ships the official SARIF 2.1.0 schema (MIT)
CACHE = Path.home() / ".cache" / "claimcheck-tests"


def _docs(*texts, published="2021-03-01", suffix="md"):
    return [io.from_text(t, doc_id=f"articles/doc{i}.{suffix}", published=published) for i, t in enumerate(texts)]


@pytest.fixture(scope="module")
def conflict_report(nlp):
    return api.check(_docs("In 2020, Kenya's tea exports reached 1.2 billion dollars, the board said.",
                           "Kenya's tea exports reached 1.6 billion dollars in 2020, officials said."))


@pytest.fixture(scope="module")
def many_report(nlp):
    texts = [f"In 2020, the port of Mombasa handled {n} ships, its authority said." for n in (100, 150, 220, 300, 410, 520, 640, 760, 880, 990, 1100, 1250)]
    return api.check(_docs(*texts))


@pytest.fixture(scope="module")
def sarif_schema():
    schema = CACHE / "sarif-2.1.0-rtm.5.json"
    if not schema.exists():
        if not shutil.which("npm"):
            pytest.skip("npm is not available to fetch the SARIF 2.1.0 schema")
        CACHE.mkdir(parents=True, exist_ok=True)
        out = subprocess.run(["npm", "pack", SARIF_PACKAGE, "--silent"], cwd=CACHE, capture_output=True, text=True,
                             timeout=120)
        if out.returncode != 0:
            pytest.skip(f"cannot fetch {SARIF_PACKAGE}: {out.stderr.strip()[:200]}")
        with tarfile.open(CACHE / out.stdout.strip().splitlines()[-1]) as tar:
            member = tar.getmember("package/lib/schemas/sarif-2.1.0-rtm.5.json")
            schema.write_bytes(tar.extractfile(member).read())
    return json.loads(schema.read_text())


def test_every_format_renders(conflict_report):
    for name in RENDERERS:
        assert render(conflict_report, name, summary_path="") .strip()


def test_sarif_validates_and_fingerprints_ignore_lines(conflict_report, sarif_schema, nlp):
    sarif = json.loads(render(conflict_report, "sarif"))
    jsonschema.Draft7Validator(sarif_schema).validate(sarif)
    result = sarif["runs"][0]["results"][0]
    assert result["ruleId"] == "conflict-same-period"
    assert result["relatedLocations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "1.6 billion dollars"
    rules = {r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert "conflict-same-period" in rules
    shifted = api.check(_docs("\n\n\nIn 2020, Kenya's tea exports reached 1.2 billion dollars, the board said.",
                              "Kenya's tea exports reached 1.6 billion dollars in 2020, officials said."))
    again = json.loads(render(shifted, "sarif"))["runs"][0]["results"][0]
    assert again["locations"][0]["physicalLocation"]["region"]["startLine"] == 4
    assert again["partialFingerprints"] == result["partialFingerprints"]


def test_github_caps_at_ten_per_level_and_writes_summary(many_report, tmp_path):
    errors = [f for f in many_report.findings if f.severity == "error"]
    assert len(errors) > 10
    summary = tmp_path / "summary.md"
    out = render(many_report, "github", summary_path=str(summary)).splitlines()
    assert sum(1 for line in out if line.startswith("::error file=articles/")) == 10
    assert out[-1] == f"::error::{len(errors) - 10} more error findings not shown (see the job summary)"
    assert summary.read_text().startswith("# claimcheck report")


def test_junit_has_a_failing_case_per_rule_and_metric(conflict_report):
    root = ET.fromstring(render(conflict_report, "junit"))
    failing = [c for c in root.iter("testcase") if c.find("failure") is not None]
    assert [(c.get("classname"), c.get("name")) for c in failing] == [("claimcheck.conflict-same-period", "tea export")]


def test_html_escapes_document_text(nlp):
    hostile = "In 2020, Kenya's tea exports reached 1.2 billion dollars, said <script>alert('x')</script> officials."
    report = api.check(_docs(hostile, "Kenya's tea exports reached 1.6 billion dollars in 2020, <img src=x onerror=alert()> said the board.",
                             suffix="txt"))
    assert report.findings, "the two plain-text articles should conflict"
    page = render(report, "html")
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page and "<mark>1.2 billion dollars</mark>" in page
    assert "http://" not in page and "https://" not in page


def test_markdown_is_capped_at_one_mebibyte(nlp):
    from claimcheck.report import markdown

    report = api.check(_docs("In 2020, Kenya's tea exports reached 1.2 billion dollars, the board said.",
                             "Kenya's tea exports reached 1.6 billion dollars in 2020, officials said."))
    finding = report.findings[0]
    big = type(report)(report.version, report.documents, report.claims, (finding,) * 3000, report.rules)
    text = markdown.render(big)
    assert len(text.encode()) <= markdown.MAX_BYTES
    assert "more findings not shown" in text
