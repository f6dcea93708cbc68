"""Unit surfaces for physical quantities, taken from quantulum3's unit lexicon.

Building the lexicon means loading quantulum3's unit tables and checking every
unit with pint (~2.5 s, more than loading spaCy), so the result is kept in a
per-user cache file keyed by the quantulum3 and pint versions and this module's
source; pint's registry keeps its own parsed definitions next to it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

log = logging.getLogger("claimcheck")

# quantulum3 entities claimcheck reads as physical quantities.
ENTITIES = {"length", "area", "volume", "mass", "energy", "power", "speed", "time",
            "data storage", "frequency", "volumetric flow", "data transfer rate"}
# Surfaces that are ordinary English words or collide with scales, names or currencies.
BLOCKED = {"a", "y", "in", "h", "s", "m", "g", "t", "l", "b", "B", "K", "mi", "ha ha", "pound", "pounds",
           "mo", "min", "yr", "sec", "bit", "bits", "nm", "am", "pm", "Gb", "GB", "MB", "kb", "TB", "cm3",
           "d", "ft", "deg", "dB", "ton", "tons", "bar", "bars", "mm", "cc", "at", "ml", "ms", "us", "hr",
           "wk", "pt", "P", "PS", "hp", "HP", "cal", "Cal", "grain", "grains", "stone", "stones",
           "chain", "chains", "link", "links", "quarter", "quarters", "point", "points", "line", "lines", "pica", "span", "spans",
           "rod", "rods", "cord", "cords", "block", "blocks", "bit", "nibble", "word", "words", "byte",
           "moment", "moments", "shake", "shakes", "jiffy", "fortnight", "fortnights", "decade", "decades",
           "century", "centuries", "millennium", "dram", "drams", "gal", "Gal", "cup", "cups", "pint",
           "pints", "gill", "peck", "bushel", "bushels", "minim", "drop", "drops", "dash", "pinch",
           "shot", "shots", "jigger", "hand", "hands", "barn", "barns", "rem", "gray", "Gy", "gy",
           "light", "lights", "day", "days", "week", "weeks", "month", "months", "year", "years",
           "hour", "hours", "minute", "minutes", "second", "seconds", "league", "leagues"}
# Added because quantulum3 lacks them or names them oddly: surface -> pint expression.
EXTRA = {
    "hectare": "hectare", "hectares": "hectare", "ha": "hectare",
    "square kilometre": "km**2", "square kilometres": "km**2", "square kilometer": "km**2",
    "square kilometers": "km**2", "sq km": "km**2", "km2": "km**2", "km²": "km**2",
    "square meter": "m**2", "square meters": "m**2", "square metre": "m**2", "square metres": "m**2",
    "sq m": "m**2", "m2": "m**2", "m²": "m**2", "sqm": "m**2",
    "m3": "m**3", "m³": "m**3", "km3": "km**3", "km³": "km**3", "cm2": "cm**2", "cm²": "cm**2", "cm³": "cm**3",
    "square mile": "mile**2", "square miles": "mile**2", "sq mi": "mile**2",
    "square feet": "ft**2", "square foot": "ft**2", "sq ft": "ft**2",
    "cubic meters": "m**3", "cubic metres": "m**3", "cubic meter": "m**3", "cubic metre": "m**3",
    # gas volumes: "14.6 bcm" is 14.6 billion cubic metres, a cubic kilometre each; "mcm" a million (a cubic hectometre)
    "bcm": "km**3", "mcm": "hm**3",
    "tonnes": "tonne", "tonne": "tonne", "metric tons": "tonne", "metric ton": "tonne",
    "GWh": "GWh", "TWh": "TWh", "MWh": "MWh", "kWh": "kWh", "GW": "GW", "MW": "MW", "kW": "kW", "TW": "TW",
    "gigawatt-hours": "GWh", "gigawatt hours": "GWh", "terawatt-hours": "TWh", "terawatt hours": "TWh",
    "megawatt-hours": "MWh", "megawatt hours": "MWh", "kilowatt-hours": "kWh", "kilowatt hours": "kWh",
    "gigawatts": "GW", "megawatts": "MW", "kilowatts": "kW", "terawatts": "TW",
    "km/h": "km/hour", "kph": "km/hour", "kmph": "km/hour", "km/hr": "km/hour", "kmh": "km/hour", "mph": "mile/hour", "kilometres per hour": "km/hour",
    "kilometers per hour": "km/hour", "miles per hour": "mile/hour",
    "litres": "liter", "liters": "liter", "litre": "liter", "liter": "liter",
    "megalitres": "megaliter", "megalitre": "megaliter", "megaliters": "megaliter", "megaliter": "megaliter",
    "barrels": "oil_barrel", "barrel": "oil_barrel",
    "hectolitres": "hectoliter", "hectolitre": "hectoliter", "hectoliters": "hectoliter", "hectoliter": "hectoliter",
    # a qualified gallon or ounce is read whole: "450 US gallons", "2 imperial gallons", "1.2 million troy ounces"
    "US gallons": "gallon", "US gallon": "gallon", "U.S. gallons": "gallon", "U.S. gallon": "gallon",
    "us gallons": "gallon", "us gallon": "gallon", "u.s. gallons": "gallon", "u.s. gallon": "gallon",
    "imperial gallons": "imperial_gallon", "imperial gallon": "imperial_gallon",
    "troy ounces": "troy_ounce", "troy ounce": "troy_ounce",
    # symbols that after a number are only these units: "930,000 mi", "3 to 4 L", "25lbs", "50 Wh"
    "mi": "mile", "L": "liter", "lb": "pound", "lbs": "pound", "Wh": "Wh",
    "years": "year", "year": "year", "months": "month", "month": "month", "weeks": "week",
    "week": "week", "days": "day", "day": "day", "hours": "hour", "hour": "hour",
    "minutes": "minute", "minute": "minute", "seconds": "second", "second": "second",
    "decades": "decade", "decade": "decade",
    "hrs": "hour", "mins": "minute", "secs": "second",
    # abbreviations that after a number are only these units; matched with this case only (CASE_SENSITIVE):
    # "300 mm", "75ml", "85 g" (not "5G"), "7 ft" (not the FT), "24 MB", "16 MiB", "400 µg"
    "mm": "millimeter", "ml": "milliliter", "mL": "milliliter", "g": "gram", "ft": "foot",
    "MB": "megabyte", "MiB": "mebibyte", "TiB": "tebibyte", "PB": "petabyte", "PiB": "pebibyte",
    "µg": "microgram", "μg": "microgram", "mcg": "microgram", "bits": "bit", "bytes": "byte",
    # data rates: "500 Mbps", "1.2 Gbit/s", "10 Gb/s" (bits), "250 MB/s" (bytes)
    "mbps": "megabit/second", "gbps": "gigabit/second", "Tbps": "terabit/second", "tbps": "terabit/second",
    "kbit/s": "kilobit/second", "Mbit/s": "megabit/second", "Gbit/s": "gigabit/second", "Tbit/s": "terabit/second",
    "kb/s": "kilobit/second", "Mb/s": "megabit/second", "Gb/s": "gigabit/second", "Tb/s": "terabit/second",
    "kB/s": "kilobyte/second", "MB/s": "megabyte/second", "GB/s": "gigabyte/second", "TB/s": "terabyte/second",
    # a lower-case "t" after a number is the metric tonne ("278,000 t", "a 100t crane"); "T" is a trillion or tesla
    "t": "tonne",
}
# Surfaces looked up with their own case only: upper-case "G", "MM", "FT", "ML" are names, codes or scales.
CASE_SENSITIVE = {"mm", "ml", "mL", "g", "ft", "t", "m2", "m3", "km3", "cm2", "MB", "MiB", "TiB", "PB", "PiB"}


@dataclass(frozen=True)
class UnitLexicon:
    """Maps a unit surface to a pint expression, with one regex that finds any surface."""

    pint_of: dict[str, str]
    pattern: re.Pattern[str]

    def lookup(self, surface: str) -> str | None:
        if surface in self.pint_of:
            return self.pint_of[surface]
        low = surface.lower()
        return None if low in CASE_SENSITIVE or surface in CASE_SENSITIVE else self.pint_of.get(low)


def cache_dir() -> Path:
    """Where claimcheck keeps per-user caches: ``$CLAIMCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/claimcheck``, else ``~/.cache/claimcheck``."""
    if os.environ.get("CLAIMCHECK_CACHE_DIR"):
        return Path(os.environ["CLAIMCHECK_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "claimcheck"


@lru_cache(maxsize=1)
def registry():
    """The process-wide pint registry (~0.4 s to build; ~0.05 s from pint's definition cache)."""
    import pint

    try:
        ureg = pint.UnitRegistry(cache_folder=cache_dir() / "pint")
    except OSError:  # cache folder not writable
        ureg = pint.UnitRegistry()
    # pint counts bits as dimensionless, so "500 Mbps" would be 5e8 per second and "8 MB" any pure number:
    # information gets its own dimension (byte = 8 bit follows). pint logs the redefinition; it is on purpose.
    pint_log = logging.getLogger("pint.util")
    level = pint_log.level
    pint_log.setLevel(logging.ERROR)
    try:
        ureg.define("bit = [information]")
    finally:
        pint_log.setLevel(level)
    # A registry built cold (no definition cache yet) keeps base-unit tables computed before the
    # redefinition, so "gigabyte" would not convert on a user's first run: rebuild them.
    rebuild = getattr(ureg, "_build_cache", None)
    if rebuild is not None:
        rebuild()
    return ureg


def _convertible(ureg, expr: str) -> bool:
    try:
        ureg.Quantity(1, expr).to_base_units()
    except Exception:  # pint raises many types for unknown or odd units
        return False
    return True


@lru_cache(maxsize=1)
def lexicon() -> UnitLexicon:
    """The lexicon: from the per-user cache when it matches this build, else built and cached."""
    path = cache_dir() / f"units-{_build_key()}.json"
    pint_of = _read_cache(path)
    if pint_of is None:
        pint_of = build()
        _write_cache(path, pint_of)
    surfaces = sorted(pint_of, key=len, reverse=True)
    alt = "|".join(re.escape(s) for s in surfaces)
    pattern = re.compile(rf"(?:{alt})(?![\w/²³])", re.IGNORECASE)
    return UnitLexicon(pint_of, pattern)


def _build_key() -> str:
    """What the built lexicon depends on: quantulum3's and pint's versions and this module's code."""
    parts = [metadata.version("quantulum3"), metadata.version("pint"), Path(__file__).read_text(encoding="utf-8")]
    return hashlib.sha1("\n".join(parts).encode()).hexdigest()[:16]


def _read_cache(path: Path) -> dict[str, str] | None:
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    ok = isinstance(data, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in data.items())
    return data if ok and data else None


def _write_cache(path: Path, pint_of: dict[str, str]) -> None:
    """Write atomically (another process may be reading); a cache that cannot be written is skipped."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(pint_of), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.debug("unit lexicon cache not written: %s", exc)


def build() -> dict[str, str]:
    """Unit surface -> pint expression, from quantulum3's data plus ``EXTRA`` (no cache)."""
    from quantulum3 import load

    units = load.units("en_US")
    ureg = registry()
    pint_of: dict[str, str] = {}
    for surface, found in list(units.surfaces.items()) + list(units.symbols.items()):
        is_symbol = surface in units.symbols
        if not found or (is_symbol and len(found) > 1):
            continue  # empty (quantulum3 leaves some after parsing) or an ambiguous symbol ("kt": kiloton or knot)
        # sets iterate in hash order: pick by name so every process builds the same lexicon
        unit = min(found, key=lambda u: u.name)
        if unit.entity.name not in ENTITIES or not unit.dimensions or surface in BLOCKED:
            continue
        if is_symbol and not (len(surface) >= 2 and re.fullmatch(r"[A-Za-z/²³0-9]+", surface)):
            continue
        if not is_symbol and len(surface) <= 2:
            continue
        expr = " * ".join(f"{d['base'].replace(' ', '_')}**{d['power']}" for d in unit.dimensions)
        if _convertible(ureg, expr):
            pint_of.setdefault(surface if is_symbol else surface.lower(), expr)
    pint_of.update(EXTRA)
    pint_of.update({k.lower(): v for k, v in EXTRA.items() if not any(c.isupper() for c in k)})
    return pint_of


_DIMENSION_NAMES = (("meter", "length"), ("meter ** 2", "area"), ("meter ** 3", "volume"), ("kilogram", "weight"),
                    ("second", "duration"), ("watt", "capacity"), ("meter / second", "speed"), ("kelvin", "temperature"))


@lru_cache(maxsize=256)
def dimension(expr: str | None) -> str | None:
    """What a unit measures, as a metric word: "kilometer" -> "length", "hectare" -> "area"; None if unknown."""
    if not expr:
        return None
    ureg = registry()
    try:
        dim = ureg.Quantity(1, expr).dimensionality
    except Exception:  # pint raises many types for unknown or odd units
        return None
    return next((name for ref, name in _DIMENSION_NAMES if ureg.Quantity(1, ref).dimensionality == dim), None)


#: what the words right after a length say it measures: "15 kilometres west of Tampere", "27 kilometres from
#: Catoca", "70 kilometres offshore", "4,000 metres above sea level", "in water 30 metres deep"
#: ("from" and "off" only before a name: "rose 2 metres from its low" is a change)
_LENGTH_SENSE = re.compile(
    r"\s+(?:(?P<distance>(?:due\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?(?:\s+of)?\b|inland\b|away\b|"
    r"(?:up|down)stream\b|(?:from|off)\s+(?:the\s+)?[A-Z]|to\s+the\s+(?:north|south|east|west))|(?P<offshore>offshore\b)|"
    r"(?P<altitude>above\s+(?:mean\s+)?sea[\s-]level\b)|(?P<depth>deep\b|below\s+(?:the\s+)?(?:surface|ground|sea[\s-]level)\b)|"
    r"(?P<width>wide\b|across\b))")
_SENSE_METRIC = {"distance": "distance", "offshore": "distance offshore", "altitude": "altitude", "depth": "depth",
                 "width": "width"}


def length_sense(text: str, end: int) -> str | None:
    """The measure the words after a length at ``end`` name: "distance", "distance offshore", "altitude", "depth",
    "width"; None if they name none."""
    m = _LENGTH_SENSE.match(text, end)
    return _SENSE_METRIC[m.lastgroup] if m and m.lastgroup else None
