"""Markdown (pipe) tables: each data cell is read with its column and row headers as context.

In a table whose first row names the columns and whose first column names the
rows, a quantity in a cell measures the column header (or the row header when
the column header is a period such as ``2021``), for the period named by the
other header. Metric, entity and period from the cell's own words still win
where the cell says more than a bare number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)
_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*)?$")
_PERIOD = re.compile(r"^(?:FY\s?)?(?:19|20)\d\d(?:[-/](?:\d\d|(?:19|20)\d\d))?$|^(?:Q[1-4]|H[12])\s+(?:19|20)\d\d$")


@dataclass(frozen=True)
class Cell:
    """A data cell's span and the headers that give it meaning."""

    start: int
    end: int
    column: str
    row: str


def cells(text: str) -> list[Cell]:
    """Every data cell of every pipe table in ``text`` (header row, rule row, then data rows)."""
    out: list[Cell] = []
    rows = list(_ROW.finditer(text))
    i = 0
    while i + 1 < len(rows):
        head, rule = rows[i], rows[i + 1]
        if not _RULE.match(rule.group(0)) or text[head.end():rule.start()].strip():
            i += 1
            continue
        headers = [h for h, _, _ in _split(text, head.start(), head.end())]
        j, previous = i + 2, rule
        while j < len(rows) and not text[previous.end():rows[j].start()].strip():
            parts = _split(text, rows[j].start(), rows[j].end())
            row_header = parts[0][0] if parts else ""
            for k, (_, a, b) in enumerate(parts[1:], start=1):
                out.append(Cell(a, b, headers[k] if k < len(headers) else "", row_header))
            previous = rows[j]
            j += 1
        i = j
    return out


def _split(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Cells of one row as (stripped text, start, end)."""
    line = text[start:end]
    bars = [m.start() for m in re.finditer(r"(?<!\\)\|", line)]
    out = []
    for a, b in zip(bars, bars[1:]):
        raw = line[a + 1:b]
        lead = len(raw) - len(raw.lstrip())
        cell = raw.strip()
        out.append((cell, start + a + 1 + lead, start + a + 1 + lead + len(cell)))
    return out


def is_period(header: str) -> bool:
    """True for headers such as ``2021``, ``2020-21``, ``FY2022``, ``Q3 2021``."""
    return bool(_PERIOD.match(header.strip()))
