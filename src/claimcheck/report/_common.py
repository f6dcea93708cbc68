"""Small pieces every renderer shares."""

from __future__ import annotations

from ..model import Report


def held_back(report: Report) -> str:
    """What the run found but does not report, e.g. ``1 suppressed, 2 in baseline``; empty when nothing."""
    suppressed = sum(1 for f in report.suppressed if f.detail.get("suppressed"))
    baselined = len(report.suppressed) - suppressed
    parts = [f"{n} {label}" for n, label in ((suppressed, "suppressed"), (baselined, "in baseline"),
                                             (report.out_of_focus, "among other articles only")) if n]
    return ", ".join(parts)
