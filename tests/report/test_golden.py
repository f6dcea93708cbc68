"""Golden files: every report format on the seeds, normalized for version and paths.

A difference fails with a diff. After an intended change, regenerate with
``CLAIMCHECK_UPDATE_GOLDEN=1 python -m pytest tests/report/test_golden.py`` and
review the diff of ``tests/golden/`` before committing it.
"""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path

import pytest

from claimcheck import __version__
from claimcheck.report import render

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
ROOT = Path(__file__).resolve().parents[2]
FORMATS = {"text": "txt", "json": "json", "markdown": "md", "html": "html", "sarif": "sarif", "github": "github",
           "junit": "xml"}


def normalize(text: str) -> str:
    text = text.replace(str(ROOT) + os.sep, "").replace(str(ROOT), ".")
    text = re.sub(rf"\b{re.escape(__version__)}\b", "<version>", text)
    return re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?", "<timestamp>", text)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_format_matches_golden_file(seed_report, fmt, monkeypatch):
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    got = normalize(render(seed_report, fmt, color=False))
    path = GOLDEN / f"seeds.{FORMATS[fmt]}"
    if os.environ.get("CLAIMCHECK_UPDATE_GOLDEN") or not path.exists():
        if not os.environ.get("CLAIMCHECK_UPDATE_GOLDEN"):
            pytest.fail(f"{path} is missing; run with CLAIMCHECK_UPDATE_GOLDEN=1 to create it")
        path.write_text(got, encoding="utf-8")
        return
    want = path.read_text(encoding="utf-8")
    if got != want:
        diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), str(path), "now", n=1))
        pytest.fail(f"{fmt} output changed:\n{diff[:6000]}")
