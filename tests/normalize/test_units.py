"""Physical quantities: every unit family lands on its documented SI symbol, the same in every process."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from claimcheck import api


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("The park covers 11.5 square kilometers.", 11.5e6, "m^2"),
    ("The farm spans 2,500 hectares.", 2.5e7, "m^2"),
    ("The road is 12 km long.", 12000, "m"),
    ("The mill produced 1,200 tonnes of flour.", 1.2e6, "kg"),
    ("The plant has 450 MW of capacity.", 4.5e8, "W"),
    ("Solar output reached 3 GW.", 3e9, "W"),
    ("The battery stores 7.3 MWh.", 7.3 * 3.6e9, "J"),
    ("The grid delivered 5 GWh.", 1.8e13, "J"),
    ("The tank holds 40 litres.", 0.04, "m^3"),
    ("Trains run at 300 km/h.", 300 / 3.6, "m/s"),
])
def test_unit_families_normalize_to_si(text, value, unit):
    (claim,) = [c for c in api.extract(text, fast=True) if c.kind == "quantity"]
    assert claim.unit == unit
    assert claim.value == pytest.approx(value, rel=1e-9)


def test_lexicon_is_the_same_in_every_process():
    code = ("from claimcheck.extraction.units import lexicon; import hashlib, json; "
            "print(hashlib.sha1(json.dumps(sorted(lexicon().pint_of.items())).encode()).hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(digests) == 1


def test_quantulum3_parsing_first_does_not_break_the_lexicon():
    code = ("import warnings; warnings.simplefilter('ignore'); from quantulum3 import parser; "
            "parser.parse('Exports came to 277 billion dollars in 2022.'); "
            "from claimcheck import api; print(api.extract('It covers 11.5 square kilometers.', fast=True)[0].unit)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "m^2"
