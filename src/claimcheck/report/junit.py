"""JUnit XML for GitLab and Jenkins: one testcase per rule and metric."""

from __future__ import annotations

from collections import defaultdict
from xml.etree import ElementTree as ET

from ..model import Finding, Report


def render(report: Report, **_: object) -> str:
    cases: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for f in report.findings:
        cases[(f.rule, f.claims[0].metric or "(no metric)")].append(f)
    for rule in report.rules:
        cases.setdefault((rule["id"], "(all metrics)"), [])
    failures = sum(1 for fs in cases.values() if any(f.severity == "error" for f in fs))
    suite = ET.Element("testsuite", name="claimcheck", tests=str(len(cases)), failures=str(failures), errors="0",
                       skipped="0")
    for (rule, metric), found in sorted(cases.items()):
        case = ET.SubElement(suite, "testcase", classname=f"claimcheck.{rule}", name=metric)
        if not found:
            continue
        worst = "failure" if any(f.severity == "error" for f in found) else "system-out"
        body = "\n".join(f"{f.severity}: {f.message} [" + ", ".join(f"{c.doc}:{c.line}" for c in f.claims) + "]"
                         for f in found)
        if worst == "failure":
            el = ET.SubElement(case, "failure", message=found[0].message[:200], type=found[0].kind)
            el.text = body
        else:
            ET.SubElement(case, "system-out").text = body
    root = ET.Element("testsuites", name="claimcheck", tests=suite.get("tests"), failures=suite.get("failures"))
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
