"""Render the HTML report of the seeds in a real headless browser and save a screenshot.

    python benchmarks/render_html.py [--out benchmarks/results/report.png]

Uses Debian's ``chromium`` (``apt install chromium``); the report must load with
no network access (it is self-contained). Prints the screenshot path and the
page's size so a person can look at it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "report.png"))
    args = ap.parse_args()
    browser = next((b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
    if browser is None:
        sys.exit("no chromium found: apt install chromium")
    html = Path(tempfile.mkdtemp()) / "report.html"
    subprocess.run([sys.executable, "-m", "claimcheck", "check", str(ROOT / "seeds"), "--format", "html", "-o", str(html),
                    "--no-fail"], check=True)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--proxy-server=127.0.0.1:9",
                    f"--screenshot={out}", "--window-size=1200,2400", html.as_uri()], check=True,
                   capture_output=True, timeout=120)
    print(f"screenshot: {out} ({out.stat().st_size} bytes) of {html}")


if __name__ == "__main__":
    main()
