"""Terminal report with rich: grouped by document, both sides quoted, colour only on a TTY."""

from __future__ import annotations

import io
from collections import defaultdict

from rich.console import Console
from rich.markup import escape

from ..model import Finding, Report
from ._common import held_back

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render(report: Report, *, color: bool | None = None, limit: int = 200, **_: object) -> str:
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=bool(color), no_color=not color, width=100, highlight=False,
                      soft_wrap=True)
    counts = {s: sum(1 for f in report.findings if f.severity == s) for s in ("error", "warning", "info")}
    by_doc: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings[:limit]:
        by_doc[f.claims[0].doc].append(f)
    for doc in sorted(by_doc):
        console.print(f"[bold]{escape(doc)}[/]")
        for f in by_doc[doc]:
            console.print(f"  [{_STYLE[f.severity]}]{f.severity}[/] [dim]{escape(f.rule)}[/] {escape(f.message)}")
            shown = set()
            for c in f.claims:
                if (c.doc, c.sentence) in shown:
                    continue
                shown.add((c.doc, c.sentence))
                quote = c.sentence if len(c.sentence) <= 160 else c.sentence[:157] + "..."
                console.print(f"    [dim]{escape(c.doc)}:{c.line}[/] {escape(quote)}")
            console.print(f"    [dim]id {f.id}[/]")
        console.print()
    if len(report.findings) > limit:
        console.print(f"{len(report.findings) - limit} more not shown")
    console.print(
        f"{len(report.documents)} documents, {len(report.claims)} claims: "
        f"[{_STYLE['error']}]{counts['error']} errors[/], [{_STYLE['warning']}]{counts['warning']} warnings[/], "
        f"[{_STYLE['info']}]{counts['info']} info[/]" + (f" [dim]({held_back(report)} not shown)[/]" if held_back(report) else "")
    )
    return buf.getvalue()
