"""Rules stage: rule kinds are code, rule instances are YAML data; the engine makes findings."""

from .base import Context, Hit, RuleKind, RuleSpec
from .engine import claim_identity, evaluate, fingerprint, make_finding
from .loader import RuleSet, bundled_dir, load_file, load_rules
from .registry import KINDS_BY_NAME

__all__ = [
    "KINDS_BY_NAME", "Context", "Hit", "RuleKind", "RuleSet", "RuleSpec", "bundled_dir", "claim_identity",
    "evaluate", "fingerprint", "load_file", "load_rules", "make_finding",
]
