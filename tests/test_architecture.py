"""Data flows one way: no module imports a layer above its own (the layers of [tool.importlinter] in pyproject.toml).

Checked with ``ast`` over every import, including imports inside functions, so
the contract holds without import-linter installed.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
LAYERS: list[str] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"][
    "contracts"][0]["layers"]
# the package's front door and ``python -m claimcheck`` re-export the top layers on purpose
ENTRY_POINTS = {"claimcheck", "claimcheck.__main__"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(module: str) -> int | None:
    """Index in LAYERS (0 = top), or None for base modules (model, errors, config) that sit below every layer."""
    found = [i for i, layer in enumerate(LAYERS) if module == layer or module.startswith(layer + ".")]
    return found[0] if found else None


def imports_of(path: Path, module: str) -> set[str]:
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([node.module] if node.module else []))
            out.add(base)
            out.update(f"{base}.{a.name}" for a in node.names)  # "from . import lexicon"
    return {m for m in out if m == "claimcheck" or m.startswith("claimcheck.")}


def test_no_module_imports_a_layer_above_its_own():
    wrong = []
    for path in sorted((SRC / "claimcheck").rglob("*.py")):
        module = module_name(path)
        if module in ENTRY_POINTS:
            continue
        mine = layer_of(module)
        for target in imports_of(path, module):
            theirs = layer_of(target)
            if theirs is None:
                continue  # base modules may be used by every layer
            if mine is None or theirs < mine:
                wrong.append(f"{module} imports {target}")
    assert not wrong, wrong


def test_the_check_sees_an_upward_import(tmp_path):
    assert layer_of("claimcheck.rules.engine") < layer_of("claimcheck.extraction.scanner")
    # an upward import written in a module of a lower layer is found, relative or absolute
    probe = tmp_path / "probe.py"
    probe.write_text("from ..rules import engine\nimport claimcheck.report\n", encoding="utf-8")
    found = imports_of(probe, "claimcheck.extraction.probe")
    assert {"claimcheck.rules", "claimcheck.rules.engine", "claimcheck.report"} <= found
