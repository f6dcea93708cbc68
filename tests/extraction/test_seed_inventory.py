"""Every number in every seed article is either extracted or excluded on purpose."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from claimcheck.extraction.times import find_times

INVENTORY = yaml.safe_load((Path(__file__).parents[1] / "data" / "seed_inventory.yaml").read_text())
NUMBER = re.compile(r"\d[\d,.]*\d|\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                    r"forty|fifty|hundred|thousand|dozen|double|twice|half)\b", re.IGNORECASE)


@pytest.mark.parametrize("seed", sorted(INVENTORY))
def test_every_number_is_extracted_or_excluded_on_purpose(seed, seed_claims):
    doc, claims = seed_claims[seed]
    times = find_times(doc.text, published=doc.published)
    missed = []
    for m in NUMBER.finditer(doc.text):
        if any(c.start <= m.start() < c.end for c in claims) or any(t.start <= m.start() < t.end for t in times):
            continue
        missed.append((m.group(), " ".join(doc.text[max(0, m.start() - 25):m.end() + 20].split())))
    expected = [(e["number"], e["context"]) for e in INVENTORY[seed]]
    assert missed == expected
    assert all(e["reason"] for e in INVENTORY[seed])
