"""claimcheck on the Microsoft Recognizers-Text English specs, spec by spec.

    .venv/bin/python benchmarks/recognizers.py [--specs DIR] [--failures N] [--fast]

The specs are read in place from ``../shared/benchmarks/recognizers-text/``
(override with ``--specs``). Each case is ``{Input, Context?, NotSupported?,
NotSupportedByDesign?, Results: [{Text, Start, End (inclusive), Resolution}]}``.
The specs used and what claimcheck output each is compared with:

    NumberModel       claims of kind count or ratio          value
    NumberRangeModel  count claims with a range or bound     interval end points ("(20,35]")
    PercentModel      percent claims                          value
    CurrencyModel     money claims                            value and currency (ISO code)
    DimensionModel    quantity claims                         value and unit, compared in SI with pint
    DateTimeModel     claimcheck's time expressions           resolved period as a span of days
                      (``extraction.times.find_times`` with the case's ReferenceDateTime as the
                      publication date; only date and daterange results, the kinds claimcheck
                      resolves claims' periods to)

The folder has no Age or Temperature specs (NumberWithUnit covers Currency
and Dimension here); claimcheck reads neither ages (dropped on purpose) nor
temperatures.

A case passes when every expected result is matched by one claimcheck item of
the right kind whose span overlaps the expected span and whose resolved value
agrees, and claimcheck has no other item of that kind in the input. The
"exact span" rate also requires the same text (case-insensitive; many inputs
are lower-cased newswire). Cases are "not claimed" when they test something
claimcheck does not say it handles (currency sub-units and obsolete or crypto
currencies, angles, cooking measures, number notation like ``1.1^23``,
percent without a number, and relative day/week expressions like "tomorrow"
or "next Friday"); rates are given over all cases and over claimed ones.

The peer: Recognizers-Text passes its own specs by definition, so the
reference (.NET) implementation is reported at 100% of the cases not marked
``NotSupported``/``NotSupportedByDesign`` for dotnet, and its Python port at
the share not marked for python. These are the specs' annotations, not runs.

Results: ``benchmarks/results/recognizers.json`` and a table on stdout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import warnings
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import machine, table, write_result  # noqa: E402

warnings.filterwarnings("ignore")
DEFAULT_SPECS = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "recognizers-text"
SPECS = ["NumberModel", "NumberRangeModel", "PercentModel", "CurrencyModel", "DimensionModel", "DateTimeModel"]
REL_TOL = 1e-9

# ---------------------------------------------------------------- unit tables
DOLLARS = {"USD", "HKD", "SGD", "AUD", "CAD", "NZD", "TWD", "MXN"}
CURRENCY_NAMES = {  # Resolution "unit" without an isoCurrency -> accepted claimcheck codes
    "Dollar": DOLLARS, "Pound": {"GBP"}, "Franc": {"CHF"}, "Rupee": {"INR", "PKR", "LKR"},
    "Yen": {"JPY"}, "Euro": {"EUR"}, "Yuan": {"CNY"},
}
CURRENCY_NOT_CLAIMED = {"Cent", "Pence", "Penny", "Sen", "Satoshi", "Bitcoin", "Finnish markka", "Peseta",
                        "Netherlands guilder"}
# Recognizers dimension unit -> pint expressions accepted (several where the name is ambiguous)
DIMENSIONS = {
    "Foot": ["foot"], "Meter": ["meter"], "Mile": ["mile"], "Inch": ["inch"], "Kilometer": ["kilometer"],
    "Millimeter": ["millimeter"], "Decimeter": ["decimeter"], "Picometer": ["picometer"],
    "Pound": ["pound"], "Ton": ["ton", "tonne", "long_ton"], "Metric ton": ["tonne"], "Kilogram": ["kilogram"],
    "Microgram": ["microgram"], "Gram": ["gram"], "Ounce": ["ounce"], "Dram": ["dram"],
    "Gallon": ["gallon", "imperial_gallon"], "Milliliter": ["milliliter"], "Barrel": ["oil_barrel", "barrel"],
    "Cubic foot": ["foot**3"], "Tablespoon": ["tablespoon"], "Cup": ["cup"], "Teaspoon": ["teaspoon"],
    "Square meter": ["meter**2"], "Square kilometer": ["kilometer**2"], "Acre": ["acre"],
    "Kilometer per hour": ["kilometer/hour"], "Mile per hour": ["mile/hour"],
    "Meter per millisecond": ["meter/millisecond"], "Centimeter per millisecond": ["centimeter/millisecond"],
    "Kilometer per millisecond": ["kilometer/millisecond"],
    "Bit": ["bit"], "Megabit": ["megabit"], "Megabyte": ["megabyte"],
    "Degree": ["degree"], "Turn": ["turn"], "Radian": ["radian"],
}
DIMENSION_NOT_CLAIMED = {"Degree", "Turn", "Radian", "Tablespoon", "Cup", "Teaspoon", "Dram",
                         "Meter per millisecond", "Centimeter per millisecond", "Kilometer per millisecond"}
_RELATIVE_DAYS = re.compile(r"\b(?:today|tonight|tomorrow|yesterday|day|days|week|weeks|weekend|monday|tuesday|"
                            r"wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|fortnight|"
                            r"summer|winter|spring|fall|autumn|christmas|easter|thanksgiving|holiday|eve)\b", re.I)


# ---------------------------------------------------------------- helpers
def load_spec(folder: Path, name: str) -> list[dict[str, Any]]:
    return json.loads((folder / f"{name}.json").read_text(encoding="utf-8-sig"))


def marked(case: dict[str, Any], platform: str) -> bool:
    return any(platform in (case.get(k) or "").lower() for k in ("NotSupported", "NotSupportedByDesign"))


def close(a: float | None, b: float | None, tol: float = REL_TOL) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tol * max(abs(a), abs(b)) + 1e-12


def num(s: Any) -> float | None:
    if s is None or s == "null":
        return None
    try:
        return float(str(s).replace(",", "").rstrip("%"))
    except ValueError:
        return None


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def exp_span(r: dict[str, Any], text: str) -> tuple[int, int]:
    """Expected [start, end) from the inclusive End; falls back to finding the text when offsets look wrong."""
    s, e = int(r.get("Start", 0)), int(r.get("End", -1)) + 1
    if text[s:e].lower() != (r.get("Text") or "").lower():
        i = text.lower().find((r.get("Text") or "").lower())
        if i >= 0:
            return i, i + len(r["Text"])
    return s, e


class Item:
    """One claimcheck output item, reduced to span, text and what the spec compares."""

    def __init__(self, start: int, end: int, text: str, data: dict[str, Any]) -> None:
        self.start, self.end, self.text, self.data = start, end, text, data

    def brief(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, **self.data}


# ---------------------------------------------------------------- spec adapters
class Spec:
    """How one spec's expected results map onto claimcheck's output."""

    name = ""

    def __init__(self, fast: bool) -> None:
        self.fast = fast
        from claimcheck.extraction.units import registry

        self.ureg = registry()

    def items(self, case: dict[str, Any]) -> list[Item]:
        from claimcheck import api

        text = case["Input"]
        return [Item(c.start, c.end, c.surface, {"kind": c.kind, "value": c.value, "value_max": c.value_max,
                                                 "unit": c.unit, "qualifier": c.qualifier})
                for c in api.extract(text, fast=self.fast) if self.relevant(c)]

    def relevant(self, c: Any) -> bool:
        raise NotImplementedError

    def matches(self, r: dict[str, Any], item: Item, case: dict[str, Any]) -> bool:
        raise NotImplementedError

    def in_scope(self, case: dict[str, Any]) -> bool:
        return True

    def claimed(self, case: dict[str, Any]) -> bool:
        return True

    def expected_brief(self, r: dict[str, Any]) -> Any:
        return r.get("Resolution")


class NumberSpec(Spec):
    name = "NumberModel"

    def relevant(self, c: Any) -> bool:
        return c.kind in ("count", "ratio")

    def matches(self, r: dict[str, Any], item: Item, case: dict[str, Any]) -> bool:
        return close(num(r["Resolution"].get("value")), item.data["value"])

    def claimed(self, case: dict[str, Any]) -> bool:
        return not any(r["Resolution"].get("subtype") == "power" for r in case["Results"])


class PercentSpec(Spec):
    name = "PercentModel"

    def relevant(self, c: Any) -> bool:
        return c.kind == "percent"

    def matches(self, r: dict[str, Any], item: Item, case: dict[str, Any]) -> bool:
        return close(num(r["Resolution"].get("value")), item.data["value"])

    def claimed(self, case: dict[str, Any]) -> bool:
        return all(num(r["Resolution"].get("value")) is not None for r in case["Results"])


class RangeSpec(Spec):
    name = "NumberRangeModel"
    _BOUNDS = {"range": ("[", "]"), "more_than": ("(", None), "at_least": ("[", None),
               "less_than": (None, ")"), "at_most": (None, "]")}

    def relevant(self, c: Any) -> bool:
        return c.kind in ("count", "ratio")

    @staticmethod
    def parse(v: str) -> tuple[float | None, float | None, str, str]:
        m = re.fullmatch(r"\s*([\[(])\s*([^,]*)\s*,\s*([^\])]*)\s*([\])])\s*", v or "")
        if not m:
            return None, None, "", ""
        return num(m.group(2) or None), num(m.group(3) or None), m.group(1), m.group(4)

    def interval(self, item: Item) -> tuple[float | None, float | None] | None:
        q = item.data["qualifier"]
        v, vmax = item.data["value"], item.data["value_max"]
        if q == "range":
            return v, vmax
        if q in ("more_than", "at_least"):
            return v, None
        if q in ("less_than", "at_most"):
            return None, v
        return None

    def matches(self, r: dict[str, Any], item: Item, case: dict[str, Any]) -> bool:
        lo, hi, _, _ = self.parse(r["Resolution"].get("value"))
        got = self.interval(item)
        return got is not None and close(lo, got[0]) and close(hi, got[1])

    def brackets_agree(self, r: dict[str, Any], item: Item) -> bool:
        _, _, lb, rb = self.parse(r["Resolution"].get("value"))
        want = self._BOUNDS.get(item.data["qualifier"])
        if not want:
            return False
        return (want[0] is None or want[0] == lb) and (want[1] is None or want[1] == rb)


class CurrencySpec(Spec):
    name = "CurrencyModel"

    def relevant(self, c: Any) -> bool:
        return c.kind == "money"

    def codes(self, r: dict[str, Any]) -> set[str]:
        res = r["Resolution"]
        if res.get("isoCurrency"):
            return {res["isoCurrency"]}
        return CURRENCY_NAMES.get(res.get("unit"), set())

    def matches(self, r: dict[str, Any], item: Item, case: dict[str, Any]) -> bool:
        want = num(r["Resolution"].get("value"))
        got = item.data["value"]
        return item.data["unit"] in self.codes(r) and close(want, got)

    def claimed(self, case: dict[str, Any]) -> bool:
        from claimcheck.extraction.lexicon import ISO_CODES

        for r in case["Results"]:
            res = r["Resolution"]
            if res.get("unit") in CURRENCY_NOT_CLAIMED or res.get("value") in (None, "null"):
                return False
            if res.get("isoCurrency") and res["isoCurrency"] not in ISO_CODES:
                return False
        return True


class DimensionSpec(Spec):
    name = "DimensionModel"

    def relevant(self, c: Any) -> bool:
        return c.kind == "quantity" and c.unit != "s"  # durations belong to DateTimeModel there

    def si(self, value: float, expr: str) -> tuple[float, str] | None:
        try:
            q = self.ureg.Quantity(value, expr.replace("^", "**")).to_base_units()
        except Exception:
            return None
        return float(q.magnitude), str(q.dimensionality)

    def matches(self, r: dict[str, Any], item: Item, case: dict[str, Any]) -> bool:
        want_v = num(r["Resolution"].get("value"))
        if want_v is None or not item.data["unit"]:
            return False
        got = self.si(item.data["value"], item.data["unit"])
        for expr in DIMENSIONS.get(r["Resolution"].get("unit"), []):
            want = self.si(want_v, expr)
            if want and got and want[1] == got[1] and close(want[0], got[0], 1e-6):
                return True
        return False

    def claimed(self, case: dict[str, Any]) -> bool:
        return not any(r["Resolution"].get("unit") in DIMENSION_NOT_CLAIMED for r in case["Results"])


class DateSpec(Spec):
    name = "DateTimeModel"
    TYPES = {"datetimeV2.date", "datetimeV2.daterange"}

    def items(self, case: dict[str, Any]) -> list[Item]:
        from claimcheck.extraction.times import find_times

        text = case["Input"]
        ref = (case.get("Context") or {}).get("ReferenceDateTime", "")[:10] or None
        return [Item(t.start, t.end, text[t.start:t.end], {"period": t.period, "pattern": t.kind})
                for t in find_times(text, published=ref)]

    def in_scope(self, case: dict[str, Any]) -> bool:
        types = {r.get("TypeName") for r in case["Results"]}
        return not types or types <= self.TYPES

    def claimed(self, case: dict[str, Any]) -> bool:
        for r in case["Results"]:
            if _RELATIVE_DAYS.search(r.get("Text") or ""):
                return False
            if any("W" in (v.get("timex") or "") or re.search(r"P\d+[DW]", v.get("timex") or "")
                   or (v.get("value") or v.get("start")) in (None, "not resolved")
                   for v in r["Resolution"]["values"]):
                return False
        return True

    @staticmethod
    def span_of(period: str | None) -> tuple[dt.date, dt.date] | None:
        if not period:
            return None
        parts = period.split("/")
        a, b = _days(parts[0]), _days(parts[-1])
        return (a[0], b[1]) if a and b else None

    def matches(self, r: dict[str, Any], item: Item, case: dict[str, Any]) -> bool:
        got = self.span_of(item.data["period"])
        if not got:
            return False
        for v in r["Resolution"]["values"]:
            if v.get("type") == "date" and v.get("value"):
                d = _date(v["value"])
                if d and got == (d, d):
                    return True
            elif v.get("start"):
                s = _date(v["start"])
                e = _date(v["end"]) if v.get("end") else None
                if s != got[0]:
                    continue
                if e is None or got[1] in (e, e - dt.timedelta(days=1)):
                    return True
        return False

    def expected_brief(self, r: dict[str, Any]) -> Any:
        return [{k: v.get(k) for k in ("timex", "value", "start", "end") if v.get(k)} for v in r["Resolution"]["values"]]


def _date(s: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return None


def _days(part: str) -> tuple[dt.date, dt.date] | None:
    """'2021' -> whole year, '2021-08' -> month, '2021-08-09' -> that day."""
    try:
        bits = [int(x) for x in part.split("-")]
    except ValueError:
        return None
    if len(bits) == 1:
        return dt.date(bits[0], 1, 1), dt.date(bits[0], 12, 31)
    if len(bits) == 2:
        start = dt.date(bits[0], bits[1], 1)
        nxt = dt.date(bits[0] + (bits[1] == 12), bits[1] % 12 + 1, 1)
        return start, nxt - dt.timedelta(days=1)
    d = dt.date(*bits[:3])
    return d, d


ADAPTERS = {s.name: s for s in (NumberSpec, RangeSpec, PercentSpec, CurrencySpec, DimensionSpec, DateSpec)}


# ---------------------------------------------------------------- evaluation
def run_spec(folder: Path, name: str, fast: bool) -> dict[str, Any]:
    adapter = ADAPTERS[name](fast)
    cases = load_spec(folder, name)
    rows = []
    for case in cases:
        if not adapter.in_scope(case):
            continue
        text = case["Input"]
        items = adapter.items(case)
        used: set[int] = set()
        results = []
        for r in case["Results"]:
            s, e = exp_span(r, text)
            hit = next((i for i, it in enumerate(items) if i not in used and overlaps(s, e, it.start, it.end)
                        and adapter.matches(r, it, case)), None)
            if hit is not None:
                used.add(hit)
            exact = hit is not None and items[hit].text.strip().lower() == (r.get("Text") or "").strip().lower()
            extra_info = {}
            if isinstance(adapter, RangeSpec) and hit is not None:
                extra_info["brackets_agree"] = adapter.brackets_agree(r, items[hit])
            results.append({"text": r.get("Text"), "expected": adapter.expected_brief(r), "found": hit is not None,
                            "exact_span": exact, **extra_info})
        extra = [it for i, it in enumerate(items) if i not in used
                 and not any(overlaps(*exp_span(r, text), it.start, it.end) for r in case["Results"])]
        unmatched_overlapping = [it for i, it in enumerate(items) if i not in used and it not in extra]
        ok = all(x["found"] for x in results) and not extra
        rows.append({"input": text, "reference_supported": not marked(case, "dotnet"),
                     "python_port_supported": not marked(case, "python"), "claimed": adapter.claimed(case),
                     "pass": ok, "pass_exact_span": ok and all(x["exact_span"] for x in results),
                     "results": results, "got": [it.brief() for it in items],
                     "extra": [it.text for it in extra], "other_overlapping": [it.text for it in unmatched_overlapping]})
    return summarize(name, len(cases), rows)


def summarize(name: str, total: int, rows: list[dict[str, Any]]) -> dict[str, Any]:
    def rate(sel: list[dict[str, Any]], key: str) -> dict[str, Any]:
        n = len(sel)
        k = sum(1 for r in sel if r[key])
        return {"n": n, "pass": k, "rate": round(k / n, 4) if n else None}

    claimed = [r for r in rows if r["claimed"]]
    results = [x for r in rows for x in r["results"]]
    out = {
        "spec": name, "cases_in_file": total, "cases_in_scope": len(rows), "cases_claimed": len(claimed),
        "claimcheck": rate(rows, "pass"), "claimcheck_exact_span": rate(rows, "pass_exact_span"),
        "claimcheck_claimed": rate(claimed, "pass"), "claimcheck_claimed_exact_span": rate(claimed, "pass_exact_span"),
        "claimcheck_results_found": {"n": len(results), "found": sum(1 for x in results if x["found"])},
        "reference_dotnet": rate(rows, "reference_supported"),
        "python_port": rate(rows, "python_port_supported"),
        "claimcheck_on_reference_supported": rate([r for r in rows if r["reference_supported"]], "pass"),
        "claimcheck_on_python_supported": rate([r for r in rows if r["python_port_supported"]], "pass"),
        "rows": rows,
    }
    if name == "NumberRangeModel":
        found = [x for x in results if x["found"]]
        out["brackets_agree"] = {"n": len(found), "agree": sum(1 for x in found if x.get("brackets_agree"))}
    if name == "DateTimeModel":
        out["scope_note"] = "cases whose results are all datetimeV2.date / daterange (or none)"
    return out


def fmt(r: dict[str, Any]) -> str:
    return f"{r['pass']}/{r['n']} ({100 * r['rate']:.0f}%)" if r["n"] else "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--specs", type=Path, default=DEFAULT_SPECS)
    ap.add_argument("--only", help="comma-separated spec names")
    ap.add_argument("--fast", action="store_true", help="claimcheck --fast mode (same values, quicker)")
    ap.add_argument("--failures", type=int, default=6, help="failing claimed cases to print per spec")
    args = ap.parse_args(argv)
    names = args.only.split(",") if args.only else SPECS
    specs = {n: run_spec(args.specs, n, args.fast) for n in names}
    write_result("recognizers.json", {"machine": machine(), "specs_dir": str(args.specs),
                                      "mode": "fast" if args.fast else "default pipeline", "specs": specs})
    rows = []
    for n, s in specs.items():
        rows.append([n, s["cases_in_scope"], s["cases_claimed"], fmt(s["claimcheck"]), fmt(s["claimcheck_claimed"]),
                     fmt(s["claimcheck_claimed_exact_span"]), fmt(s["reference_dotnet"]), fmt(s["python_port"])])
    print(table(rows, ["spec", "cases", "claimed", "claimcheck (all)", "claimcheck (claimed)", "claimed, exact span",
                       "Recognizers .NET*", "Recognizers Python*"]))
    print("\n* the peer's rates are the specs' own NotSupported annotations (it passes its specs by definition), not runs.")
    print("  DateTimeModel: only cases whose results are dates or date ranges (or none) are in scope.")
    if "NumberRangeModel" in specs and "brackets_agree" in specs["NumberRangeModel"]:
        b = specs["NumberRangeModel"]["brackets_agree"]
        print(f"  NumberRangeModel: open/closed ends agree on {b['agree']} of {b['n']} matched ranges "
              "(Recognizers reads 'between 20 and 30' as [20,30); claimcheck as [20,30]).")
    for n, s in specs.items():
        fails = [r for r in s["rows"] if r["claimed"] and not r["pass"]]
        if not fails or not args.failures:
            continue
        print(f"\n{n}: {len(fails)} claimed cases fail; first {min(args.failures, len(fails))}:")
        for r in fails[:args.failures]:
            miss = [(x["text"], x["expected"]) for x in r["results"] if not x["found"]]
            got = [(g["text"], {k: v for k, v in g.items() if k in ("value", "value_max", "unit", "qualifier", "period")})
                   for g in r["got"]]
            print(f"  {r['input'][:100]!r}\n      missing {miss}\n      extra {r['extra']}\n      got {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
