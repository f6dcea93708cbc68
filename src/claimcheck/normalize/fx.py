"""Exchange rates: the bundled annual-average table, user overrides, conversions, implied rates."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import ConfigError
from . import ecb, hmrc


@dataclass
class RateTable:
    """Annual average rates as units of currency per one US dollar.

    Attributes:
        rates: ``{(year, code): units per USD}``.
        source: where each currency's figures came from, for reports.
    """

    rates: dict[tuple[int, str], float] = field(default_factory=dict)
    source: dict[str, str] = field(default_factory=dict)
    #: ``(rates, source)`` sources for currencies the table has no figures for, tried in order and
    #: read only when such a currency is asked for
    fallbacks: tuple[tuple[Callable[[], dict[tuple[int, str], float]], str], ...] = ()

    def per_usd(self, code: str, year: int) -> tuple[float, int] | None:
        """Units of ``code`` per USD in ``year``, or the nearest year available."""
        if code == "USD":
            return 1.0, year
        if code not in self.source:
            self._borrow(code)
        if (year, code) in self.rates:
            return self.rates[(year, code)], year
        years = sorted(y for y, c in self.rates if c == code)
        if not years:
            return None
        nearest = min(years, key=lambda y: abs(y - year))
        return self.rates[(nearest, code)], nearest

    def rate(self, base: str, quote: str, year: int) -> tuple[float, int] | None:
        """Units of ``base`` per one unit of ``quote`` in ``year`` (e.g. CNY per USD)."""
        a, b = self.per_usd(base, year), self.per_usd(quote, year)
        if a is None or b is None:
            return None
        return a[0] / b[0], a[1]

    def convert(self, amount: float, frm: str, to: str, year: int) -> tuple[float, float, int] | None:
        """``(converted, rate used, year used)`` for ``amount`` of ``frm`` in ``to``."""
        r = self.rate(frm, to, year)
        if r is None:
            return None
        return amount / r[0], r[0], r[1]

    def currencies(self) -> set[str]:
        borrowed = {c for rates, _ in self.fallbacks for _, c in rates()}
        return {c for _, c in self.rates} | borrowed | {"USD"}

    def _borrow(self, code: str) -> None:
        for rates, source in self.fallbacks:
            rows = {key: rate for key, rate in rates().items() if key[1] == code}
            if rows:
                self.rates.update(rows)
                self.source[code] = source
                return

    def update_from_csv(self, text: str, source: str) -> None:
        """Add or override rates from CSV text: ``year,CODE,CODE...`` (units per USD)."""
        rows = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
        reader = csv.reader(io.StringIO("\n".join(rows)))
        header = next(reader, None)
        if not header or header[0].strip().lower() != "year":
            raise ConfigError(f"{source}:1: exchange-rate CSV must start with a 'year' column")
        codes = [h.strip().upper() for h in header[1:]]
        for lineno, row in enumerate(reader, start=2):
            try:
                year = int(row[0])
                for code, cell in zip(codes, row[1:]):
                    if cell.strip():
                        value = float(cell)
                        if not value > 0:
                            raise ValueError(f"rate must be positive, got {cell}")
                        self.rates[(year, code)] = value
            except (ValueError, IndexError) as exc:
                raise ConfigError(f"{source}:{lineno}: bad exchange-rate row: {exc}") from exc
        for code in codes:
            self.source[code] = source

    def update_from_mapping(self, data: dict, source: str) -> None:
        """Add rates from a rules file's ``fx:`` section: ``{CODE: {YEAR: rate}}``."""
        for code, years in data.items():
            if not isinstance(years, dict):
                raise ConfigError(f"{source}: fx.{code} must map years to rates per USD")
            for year, value in years.items():
                try:
                    self.rates[(int(year), str(code).upper())] = float(value)
                except (TypeError, ValueError) as exc:
                    raise ConfigError(f"{source}: fx.{code}.{year}: {exc}") from exc
            self.source[str(code).upper()] = source


def default_table() -> RateTable:
    """The bundled table (``claimcheck/data/fx_annual.csv``), then the ECB history, then HMRC's, for every other currency."""
    table = RateTable(fallbacks=((ecb.annual_per_usd, ecb.SOURCE), (hmrc.annual_per_usd, hmrc.SOURCE)))
    text = resources.files("claimcheck.data").joinpath("fx_annual.csv").read_text(encoding="utf-8")
    table.update_from_csv(text, "IMF IFS annual averages (bundled fx_annual.csv)")
    return table


def load_table(extra: list[Path] | None = None) -> RateTable:
    """The bundled table overridden by each CSV in ``extra``, in order."""
    table = default_table()
    for path in extra or []:
        table.update_from_csv(path.read_text(encoding="utf-8"), str(path))
    return table


def implied_rate(amount_a: float, code_a: str, amount_b: float, code_b: str) -> tuple[float, str, str] | None:
    """The rate a stated conversion implies, quoted as units of the non-USD side per USD
    (or of ``code_a`` per ``code_b`` when neither is USD)."""
    if not amount_a or not amount_b:
        return None
    if code_a == "USD":
        return amount_b / amount_a, code_b, "USD"
    return amount_a / amount_b, code_a, code_b


@dataclass(frozen=True)
class Expressed:
    """A money claim restated in another currency, with the rate and year that were used."""

    currency: str
    from_currency: str
    value: float
    value_max: float | None
    low: float
    high: float
    rate: float
    year: int
    year_wanted: int
    year_basis: str
    source: str

    def to_dict(self) -> dict[str, object]:
        def num(x: float) -> float | None:
            return x if math.isfinite(x) else None

        return {"currency": self.currency, "value": self.value, "value_max": self.value_max, "low": num(self.low),
                "high": num(self.high), "rate": self.rate, "rate_unit": self.rate_unit,
                "year": self.year, "year_basis": self.year_basis, "source": self.source}

    @property
    def rate_unit(self) -> str:
        """How ``rate`` reads, e.g. ``CNY per USD``."""
        return f"{self.from_currency} per {self.currency}"


def express(claim: object, currency: str, table: RateTable) -> Expressed | None:
    """``claim`` (a money Claim) in ``currency`` at the annual average rate for its period, else its publication year.

    Returns None for claims that are not money, lack a value, or name a currency
    the table does not know. ``year`` is the table year actually used (the
    nearest available when the wanted one is missing) and ``basis`` says why
    that year was wanted ("period" or "published").
    """
    import re

    if getattr(claim, "kind", None) != "money" or getattr(claim, "value", None) is None or not getattr(claim, "unit", None):
        return None
    period, published = getattr(claim, "period", None), getattr(claim, "published", None)
    years = re.findall(r"\d{4}", period or "")
    basis = "period" if years else "published"
    years = years or re.findall(r"\d{4}", published or "")
    if not years:
        return None
    wanted = int(years[-1])
    code = currency.upper()
    found = table.rate(claim.unit, code, wanted)  # type: ignore[attr-defined]
    if found is None:
        return None
    rate, year = found
    interval = getattr(claim, "interval", None)
    low, high = (interval.low / rate, interval.high / rate) if interval is not None else (claim.value / rate,) * 2  # type: ignore[attr-defined]
    value_max = claim.value_max / rate if claim.value_max is not None else None  # type: ignore[attr-defined]
    src = table.source.get(claim.unit) or table.source.get(code) or "reference table"  # type: ignore[attr-defined]
    return Expressed(code, claim.unit, claim.value / rate, value_max, low, high, rate, year, wanted, basis,  # type: ignore[attr-defined]
                     src)
