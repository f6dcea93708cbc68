"""The rule kinds, by the name rule files use in ``kind:``."""

from __future__ import annotations

from .arithmetic import Arithmetic
from .base import RuleKind
from .bounds import Bounds
from .conflict import Conflict
from .conversion import Conversion
from .drift import Drift
from .stale import Stale

KINDS_BY_NAME: dict[str, type[RuleKind]] = {
    k.kind: k for k in (Arithmetic, Bounds, Conflict, Conversion, Drift, Stale)
}
