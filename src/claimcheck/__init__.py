"""claimcheck: extract, normalize, link and check numeric claims across articles.

>>> import claimcheck
>>> claims = claimcheck.extract("R&D investment reached 90 billion yuan in 2017.")
>>> report = claimcheck.check(["seeds/"])

Names are imported lazily so ``claimcheck --version`` starts fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_WHERE = {
    "check": "api", "diff": "api", "express": "api", "extract": "api", "extract_paths": "api", "ingest": "api",
    "query": "api", "test_rules": "api",
    "ArchiveError": "errors", "ClaimcheckError": "errors", "ConfigError": "errors", "InputError": "errors",
    "ModelError": "errors",
    "RuleError": "errors", "Claim": "model", "Document": "model", "Finding": "model", "Interval": "model",
    "Report": "model",
}

__all__ = sorted([*_WHERE, "__version__"])


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
