"""One self-contained HTML file (inline CSS and SVG, no network): summary, findings in context, drift charts.

Every piece of document text is escaped; nothing from a document is ever emitted as markup.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict

from ..model import Claim, Finding, Report

CSS = """
body{font:15px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{background:#1d2330;color:#fff;padding:18px 28px}header h1{margin:0;font-size:22px}
main{max-width:1100px;margin:0 auto;padding:20px 28px}
.summary{display:flex;gap:12px;margin:0 0 18px}.pill{padding:8px 14px;border-radius:8px;background:#fff;border:1px solid #dde1e7}
.pill b{font-size:20px;display:block}.error b{color:#c62828}.warning b{color:#b26a00}.info b{color:#1565c0}
section.finding{background:#fff;border:1px solid #dde1e7;border-left:5px solid #999;border-radius:8px;padding:12px 16px;margin:12px 0}
section.error{border-left-color:#c62828}section.warning{border-left-color:#e09100}section.info{border-left-color:#1e88e5}
.meta{color:#5b6475;font-size:13px}.msg{font-weight:600;margin:4px 0 8px}
blockquote{margin:6px 0;padding:6px 10px;background:#f3f5f8;border-radius:6px}mark{background:#ffe58a;padding:0 2px;border-radius:3px}
table{border-collapse:collapse;font-size:13px}td,th{padding:3px 8px;border-bottom:1px solid #eceff3;text-align:left}
.chart{margin:8px 0}code{font-size:12px}h2{margin-top:28px}
"""
COLORS = ["#1e88e5", "#e53935", "#43a047", "#8e24aa", "#fb8c00", "#00897b", "#6d4c41"]


def render(report: Report, **_: object) -> str:
    counts = {s: sum(1 for f in report.findings if f.severity == s) for s in ("error", "warning", "info")}
    parts = [
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>",
        "<meta name=viewport content='width=device-width,initial-scale=1'>",
        f"<title>claimcheck report</title><style>{CSS}</style></head><body>",
        f"<header><h1>claimcheck report</h1><div class=meta style='color:#c9d1e0'>claimcheck {_e(report.version)} · "
        f"{len(report.documents)} documents · {len(report.claims)} claims</div></header><main>",
        "<div class=summary>" + "".join(f"<div class='pill {s}'><b>{n}</b>{s}</div>" for s, n in counts.items()) + "</div>",
    ]
    charts = _drift_charts(report)
    if charts:
        parts.append("<h2>Metrics that moved over time</h2>" + "".join(charts))
    parts.append("<h2>Findings</h2>" if report.findings else "<p>No findings: every linked claim is consistent.</p>")
    parts += [_finding(f) for f in report.findings]
    parts.append("<h2>Documents</h2><table><tr><th>document</th><th>published</th><th>claims</th></tr>")
    per_doc = defaultdict(int)
    for c in report.claims:
        per_doc[c.doc] += 1
    for d in report.documents:
        parts.append(f"<tr><td><code>{_e(d.id)}</code></td><td>{_e(d.published or '?')}</td><td>{per_doc[d.id]}</td></tr>")
    parts.append("</table></main></body></html>\n")
    return "".join(parts)


def _e(s: object) -> str:
    return html.escape(str(s), quote=True)


def _finding(f: Finding) -> str:
    quotes = []
    seen = set()
    for c in f.claims:
        key = (c.doc, c.sentence)
        if key in seen:
            continue
        seen.add(key)
        marks = [x for x in f.claims if (x.doc, x.sentence) == key]
        quotes.append(f"<blockquote>{_highlight(c.sentence, marks)}<div class=meta>{_e(c.doc)}:{c.line}</div></blockquote>")
    rows = "".join(
        f"<tr><td><code>{_e(c.doc)}:{c.line}</code></td><td>{_e(c.surface)}</td><td>{_e(c.value)} {_e(c.unit or '')}</td>"
        f"<td>{_e(c.period or '')}</td><td>{_e(c.metric or '')}</td></tr>" for c in f.claims)
    return (f"<section class='finding {f.severity}' id='f-{_e(f.id)}'><div class=meta>{_e(f.severity)} · "
            f"<code>{_e(f.rule)}</code> · {_e(f.kind)} · id <code>{_e(f.id)}</code></div>"
            f"<div class=msg>{_e(f.message)}</div>{''.join(quotes)}"
            f"<table><tr><th>where</th><th>claim</th><th>value</th><th>period</th><th>metric</th></tr>{rows}</table></section>")


def _highlight(sentence: str, claims: list[Claim]) -> str:
    """Escape the sentence and mark each claim's surface (sentences are whitespace-normalized)."""
    out, pos = [], 0
    for c in sorted(claims, key=lambda c: c.start):
        surface = " ".join(c.surface.split())
        i = sentence.find(surface, pos)
        if i < 0:
            continue
        out += [_e(sentence[pos:i]), f"<mark>{_e(surface)}</mark>"]
        pos = i + len(surface)
    out.append(_e(sentence[pos:]))
    return "".join(out)


def _drift_charts(report: Report) -> list[str]:
    series: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for f in report.findings:
        if f.kind != "drift":
            continue
        c0 = f.claims[0]
        key = (c0.metric or "?", c0.entity or "?")
        for c in f.claims:
            if c not in series[key]:
                series[key].append(c)
    return [_chart(metric, entity, claims) for (metric, entity), claims in sorted(series.items())]


def _chart(metric: str, entity: str, claims: list[Claim]) -> str:
    pts = [(int(re.findall(r"\d{4}", c.period)[-1]), c.value, c) for c in claims
           if c.period and re.findall(r"\d{4}", c.period) and c.value is not None]
    if len(pts) < 2:
        return ""
    w, h, pad = 560, 200, 40
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    x0, x1 = min(xs), max(xs) if max(xs) > min(xs) else min(xs) + 1
    y0, y1 = min(0.0, min(ys)), max(ys) * 1.15 or 1.0
    sx = lambda x: pad + (x - x0) / (x1 - x0) * (w - 2 * pad)  # noqa: E731
    sy = lambda y: h - pad - (y - y0) / (y1 - y0) * (h - 2 * pad)  # noqa: E731
    docs = sorted({p[2].doc for p in pts})
    color = {d: COLORS[i % len(COLORS)] for i, d in enumerate(docs)}
    ordered = sorted(pts, key=lambda p: p[0])
    line = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y, _ in ordered)
    dots = "".join(
        f"<circle cx='{sx(x):.1f}' cy='{sy(y):.1f}' r='5' fill='{color[c.doc]}'><title>{_e(c.surface)} ({_e(c.period)}, {_e(c.doc)})</title></circle>"
        f"<text x='{sx(x):.1f}' y='{sy(y) - 9:.1f}' font-size='11' text-anchor='middle'>{_e(_short(y))}</text>"
        for x, y, c in ordered)
    ticks = "".join(f"<text x='{sx(x):.1f}' y='{h - pad + 16}' font-size='11' text-anchor='middle'>{x}</text>" for x in sorted(set(xs)))
    legend = " ".join(f"<span style='color:{color[d]}'>● {_e(d)}</span>" for d in docs)
    unit = _e(claims[0].unit or "")
    return (f"<div class=chart><b>{_e(metric)}</b> — {_e(entity)} <span class=meta>({unit})</span><br>"
            f"<svg width='{w}' height='{h}' role='img' aria-label='{_e(metric)} by period'>"
            f"<line x1='{pad}' y1='{h - pad}' x2='{w - pad}' y2='{h - pad}' stroke='#aab'/>"
            f"<polyline points='{line}' fill='none' stroke='#99a' stroke-dasharray='4 3'/>{dots}{ticks}</svg>"
            f"<div class=meta>{legend}</div></div>")


def _short(y: float) -> str:
    """A chart label: "1.295 trillion", "4.5 billion", "3.81" (not "1.295e+12")."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(y) >= scale:
            return f"{y / scale:g} {word}"
    return f"{y:,.6g}"
