"""Currency names from the Unicode CLDR (through Babel): "21.9 billion drams", "5 billion Hungarian forints".

The hand-written tables in :mod:`.lexicon` cover the currencies news names most
and their local quirks; CLDR supplies the English names of every other active
currency, singular and plural ("Armenian dram", "Armenian drams"), and the bare
name after the country adjective ("drams"). A bare name that several active
currencies share ("dinar": Jordan, Kuwait, Bahrain, Iraq, Libya, Tunisia,
Algeria, Serbia) is resolved per document from the countries it names, like
the hand-written shared names (:mod:`.currency`).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

__all__ = ["cldr_names"]

#: bare names never read alone: peoples ("1.2 million Afghanis"), common words ("in real terms", "the 5 mark"), and
#: names the hand-written tables already resolve ("pounds", "pesos", "francs", ...)
_NOT_BARE = {"afghani", "afghanis", "real", "reals", "mark", "marks", "won", "pound", "pounds", "dollar", "dollars",
             "peso", "pesos", "rupee", "rupees", "franc", "francs", "crown", "crowns", "shilling", "shillings", "euro",
             "euros", "cent", "cents", "yen", "yuan", "unit", "units"}
#: bare names that are also English words ("two drams of whisky", "a kip"): money only where the document names the
#: currency's country
_CUED = {"dram", "drams", "kip", "kips", "loti", "lotis", "maloti"}
#: plurals news also writes that CLDR does not give ("guaraníes", "quetzales", "colones", "lempiras" are regular)
_MORE_PLURALS = {"quetzal": ["quetzales"], "colón": ["colones"], "guarani": ["guaranies", "guaraníes"],
                 "córdoba": ["cordobas"], "bolívar": ["bolivares", "bolívares"], "lek": ["leks"], "leu": ["leus"],
                 "tenge": ["tenge"], "som": ["soms", "soum", "soums"], "manat": ["manat"], "denar": ["denars"], "tugrik": ["tugriks"]}


@lru_cache(maxsize=None)
def cldr_names(codes: frozenset[str]) -> tuple[dict[str, str], dict[str, list[tuple[str, str]]]]:
    """``(name -> ISO code or shared name, shared name -> [(code, cue regex)])`` for ``codes``, lower-case names.

    A bare name several currencies share ("dinars") maps to its singular ("dinar"), the key of its options.

    Empty when Babel is not installed (the hand-written tables still work).
    """
    try:
        from babel import Locale
        from babel.numbers import get_currency_name, get_territory_currencies
    except ImportError:  # pragma: no cover - Babel is a dependency; degrade rather than fail
        return {}, {}
    english = Locale("en")
    where: dict[str, list[str]] = {}
    today = date.today()
    for territory, country in english.territories.items():
        if territory.isalpha() and len(territory) == 2:
            for code in get_territory_currencies(territory, today):
                where.setdefault(code, []).append(country)
    names: dict[str, str] = {}
    bare: dict[str, set[str]] = {}
    base: dict[str, str] = {}  # bare form -> its singular ("dinars" -> "dinar")
    adjectives: dict[str, str] = {}
    for code in sorted(codes):
        one, many = get_currency_name(code, locale="en"), get_currency_name(code, count=2, locale="en")
        if one == code or "(" in one:  # no English name, or a former one ("Zimbabwean Dollar (2009–2024)")
            continue
        for full in (one, many):
            names.setdefault(full.lower(), code)
        words, plural = one.split(), many.split()
        if len(words) < 2:
            continue
        # "Israeli New Shekel" -> "new shekel", "shekel"; "West African CFA Franc" -> "cfa franc"
        tail = 2 if words[-2].lower() in ("new", "cfa", "convertible") else 1
        adjectives[code] = " ".join(words[:-tail])
        for k in range(tail, 0, -1):
            forms = {" ".join(words[-k:]).lower(), " ".join(plural[-k:]).lower()}
            if k == 1:
                forms |= set(_MORE_PLURALS.get(words[-1].lower(), ()))
            for form in forms:
                if form not in _NOT_BARE:
                    bare.setdefault(form, set()).add(code)
                    base.setdefault(form, " ".join(words[-k:]).lower())
    shared: dict[str, list[tuple[str, str]]] = {}
    for form, owners in bare.items():
        if len(owners) == 1 and form not in _CUED:
            names.setdefault(form, next(iter(owners)))
            continue
        key = base[form]
        names.setdefault(form, key)  # read through the document's cues (currency.local_currencies)
        if key not in shared:
            cues = {code: [adjectives[code], *where.get(code, ())] for code in sorted(owners)}
            shared[key] = [(code, "|".join(dict.fromkeys(re.escape(c) + r"\w*" for c in words if c)))
                           for code, words in cues.items()]
    return names, shared
