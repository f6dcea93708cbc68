"""Convert physical quantities to SI with pint, and name the canonical unit."""

from __future__ import annotations

import math
from functools import lru_cache

from ..extraction.units import registry

# dimensionality -> (pint unit to convert to, symbol claimcheck reports)
CANONICAL = {
    "[length]": ("meter", "m"),
    "[length] ** 2": ("meter ** 2", "m^2"),
    "[length] ** 3": ("meter ** 3", "m^3"),
    "[mass]": ("kilogram", "kg"),
    "[time]": ("second", "s"),
    "[length] ** 2 * [mass] / [time] ** 2": ("joule", "J"),
    "[length] ** 2 * [mass] / [time] ** 3": ("watt", "W"),
    "[length] / [time]": ("meter / second", "m/s"),
    "1 / [time]": ("1 / second", "1/s"),
    "[length] ** 3 / [time]": ("meter ** 3 / second", "m^3/s"),
    "[temperature]": ("kelvin", "K"),
    "[information]": ("byte", "B"),
    "[information] / [time]": ("byte / second", "B/s"),
}


# Units with an offset from zero: converted as values, never by a factor.
_OFFSET = {"degC", "degF"}


@lru_cache(maxsize=1)
def _canonical() -> dict[frozenset, tuple[str, str]]:
    """CANONICAL keyed by dimensionality as a set, so the order pint writes dimensions in does not matter."""
    ureg = registry()
    out: dict[frozenset, tuple[str, str]] = {}
    for target, symbol in CANONICAL.values():  # first wins: "1 / second" before "byte / second" if pint has no [information]
        out.setdefault(frozenset(ureg.Quantity(1.0, target).dimensionality.items()), (target, symbol))
    return out


@lru_cache(maxsize=512)
def _factor(expr: str) -> tuple[float, str] | None:
    ureg = registry()
    try:
        q = ureg.Quantity(1.0, expr)
        key = frozenset(q.dimensionality.items())  # pint's own order of dimensions varies ("[mass] * [length] ** 2")
        if key not in _canonical():
            base = q.to_base_units()
            return float(base.magnitude), f"{base.units:~}".replace(" ", "").replace("**", "^")
        target, symbol = _canonical()[key]
        return float(q.to(target).magnitude), symbol
    except Exception:  # pint raises many error types for unknown units
        return None


def to_si(value: float, expr: str) -> tuple[float, str] | None:
    """``(value in SI, canonical symbol)``, or None when pint cannot read ``expr``.

    ``1/second`` style rates (from "per second") pass straight through.
    """
    if expr in _OFFSET:
        return registry().Quantity(value, expr).to("kelvin").magnitude, "K"  # 40.3 °C is 313.45 K, not 40.3 x 274.15
    if expr.startswith("1/"):
        found = _factor("1 / " + expr[2:])
    else:
        found = _factor(expr)
    if found is None:
        return None
    factor, symbol = found
    out = value * factor
    return (out, symbol) if math.isfinite(out) else None


def is_offset(expr: str) -> bool:
    """Whether ``expr`` has an offset from zero (°C, °F), so it converts by value, not by a factor."""
    return expr in _OFFSET


def si_factor(expr: str) -> float:
    """Multiplier from ``expr`` to its canonical SI unit (1.0 when unknown)."""
    found = _factor("1 / " + expr[2:] if expr.startswith("1/") else expr)
    return found[0] if found else 1.0
