"""GitHub Actions workflow commands, capped per level, plus the Markdown summary for $GITHUB_STEP_SUMMARY."""

from __future__ import annotations

import os

from ..model import Report
from . import markdown

CAP = 10
COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def render(report: Report, *, summary_path: str | None = None, **_: object) -> str:
    lines = []
    counts: dict[str, int] = {}
    for f in report.findings:
        n = counts[f.severity] = counts.get(f.severity, 0) + 1
        if n > CAP:
            continue
        c = f.claims[0]
        col = report.column(c)
        title = f"claimcheck {f.rule}"
        lines.append(f"::{COMMAND[f.severity]} file={_prop(c.doc)},line={c.line},col={col},"
                     f"endColumn={col + len(c.surface)},title={_prop(title)}::{_data(f.message)}")
    for severity, n in counts.items():
        if n > CAP:
            lines.append(f"::{COMMAND[severity]}::{n - CAP} more {severity} findings not shown (see the job summary)")
    path = summary_path if summary_path is not None else os.environ.get("GITHUB_STEP_SUMMARY")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(markdown.render(report))
    return "\n".join(lines) + ("\n" if lines else "")


def _data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(s: str) -> str:
    return _data(s).replace(":", "%3A").replace(",", "%2C")
