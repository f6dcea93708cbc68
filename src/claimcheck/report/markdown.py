"""Markdown report for a pull-request comment or CI job summary, kept under 1 MiB."""

from __future__ import annotations

from ..model import Finding, Report
from ._common import held_back

MAX_BYTES = 1024 * 1024
_ICON = {"error": "🔴", "warning": "🟠", "info": "🔵"}


def render(report: Report, **_: object) -> str:
    counts = {s: sum(1 for f in report.findings if f.severity == s) for s in ("error", "warning", "info")}
    head = [
        "# claimcheck report",
        "",
        f"{len(report.documents)} documents, {len(report.claims)} claims, {len(report.findings)} findings "
        f"({counts['error']} errors, {counts['warning']} warnings, {counts['info']} info)"
        + (f"; not shown: {held_back(report)}." if held_back(report) else "."),
        "",
    ]
    if not report.findings:
        head.append("No findings: every linked claim is consistent.")
    body: list[str] = []
    for f in report.findings:
        body += _finding(f)
    text = "\n".join(head + body) + "\n"
    if len(text.encode()) <= MAX_BYTES:
        return text
    kept, size = [], len("\n".join(head).encode())
    for i, f in enumerate(report.findings):
        chunk = "\n".join(_finding(f)) + "\n"
        if size + len(chunk.encode()) > MAX_BYTES - 200:
            kept.append(f"\n… {len(report.findings) - i} more findings not shown (report capped at 1 MiB).\n")
            break
        kept.append(chunk)
        size += len(chunk.encode())
    return "\n".join(head) + "\n" + "".join(kept)


def _finding(f: Finding) -> list[str]:
    lines = [f"## {_ICON[f.severity]} {f.severity}: `{f.rule}` ({f.kind})", "", _escape(f.message), ""]
    lines += ["| document | line | claim | value | period |", "|---|---|---|---|---|"]
    for c in f.claims:
        lines.append(f"| `{c.doc}` | {c.line} | {_escape(c.surface)} | {c.value if c.value is not None else ''} {c.unit or ''} | {c.period or ''} |")
    for c in f.claims:
        lines.append(f"\n> {_escape(c.sentence)}")
    lines += ["", f"<sub>finding `{f.id}`</sub>", ""]
    return lines


def _escape(s: str) -> str:
    return s.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
