"""Settings: built-in defaults < ``[tool.claimcheck]`` / ``.claimcheck.toml`` < CLI flags.

Discovery walks up from the working directory; in each directory a
``.claimcheck.toml`` (top-level keys, or a ``[tool.claimcheck]`` table) wins over
a ``pyproject.toml`` with a ``[tool.claimcheck]`` table, and the first directory
that has either ends the walk. Paths in a file are relative to that file.
Keys may be written with hyphens or underscores (``fail-on`` or ``fail_on``).
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .errors import ConfigError

FAIL_ON = ("error", "warning", "info", "never")
FORMATS = ("text", "json", "markdown", "html", "sarif", "github", "junit")


@dataclass
class Settings:
    """Effective settings, and where each one came from.

    Attributes:
        rules: extra rule directories or files, added to the bundled rules.
        fail_on: lowest severity that makes ``check`` exit 1.
        format: default ``check`` output format.
        model: spaCy pipeline name or path (None: the default chain).
        fast: skip the statistical pipeline.
        archive: path of the SQLite claim archive.
        baseline: baseline file whose findings are not reported.
        exclude: glob patterns of paths never read.
        paths: paths ``check`` reads when none are given.
        jobs: worker processes for extraction (None: all cores).
        source: the configuration file read, if any.
        origins: setting name -> "default", the file path, or "command line".
    """

    rules: list[str] = field(default_factory=list)
    fail_on: str = "error"
    format: str = "text"
    model: str | None = None
    fast: bool = False
    archive: str = ".claimcheck/claims.db"
    baseline: str | None = None
    exclude: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    jobs: int | None = None
    source: str | None = None
    origins: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("source", "origins")}


_TYPES: dict[str, tuple[type, ...]] = {
    "rules": (list,), "fail_on": (str,), "format": (str,), "model": (str,), "fast": (bool,), "archive": (str,),
    "baseline": (str,), "exclude": (list,), "paths": (list,), "jobs": (int,),
}
_CHOICES = {"fail_on": FAIL_ON, "format": FORMATS}
_PATHS = ("rules", "archive", "baseline", "paths")


def find_config(start: str | Path | None = None) -> tuple[Path, dict[str, Any]] | None:
    """The nearest configuration file at or above ``start`` and its claimcheck table."""
    here = Path(start or os.getcwd()).resolve()
    for directory in (here, *here.parents):
        own = directory / ".claimcheck.toml"
        if own.is_file():
            data = _read_toml(own)
            return own, data.get("tool", {}).get("claimcheck", data) if "tool" in data else data
        project = directory / "pyproject.toml"
        if project.is_file():
            table = _read_toml(project).get("tool", {}).get("claimcheck")
            if table is not None:
                return project, table
    return None


def load(path: str | Path | None = None, *, start: str | Path | None = None) -> Settings:
    """Settings from ``path`` (a ``.claimcheck.toml`` or ``pyproject.toml``), else from discovery."""
    settings = Settings(origins={f.name: "default" for f in fields(Settings) if f.name not in ("source", "origins")})
    if path is not None:
        file = Path(path)
        if not file.is_file():
            raise ConfigError(f"{path}: configuration file not found")
        data = _read_toml(file)
        table = data.get("tool", {}).get("claimcheck", {} if file.name == "pyproject.toml" else data)
        found: tuple[Path, dict[str, Any]] | None = (file, table)
    else:
        found = find_config(start)
    if found is None:
        return settings
    file, table = found
    text = file.read_text(encoding="utf-8")
    if not isinstance(table, dict):
        raise ConfigError(f"{file}:1: [tool.claimcheck] must be a table")
    settings.source = _display(file)
    for raw_key, value in table.items():
        key = raw_key.replace("-", "_")
        line = _line_of(text, raw_key)
        if key not in _TYPES:
            raise ConfigError(f"{settings.source}:{line}: unknown setting '{raw_key}' (known: "
                              f"{', '.join(k.replace('_', '-') for k in _TYPES)})")
        value = _check_type(settings.source, line, raw_key, key, value)
        if key in _PATHS:
            value = [_relative(file.parent, v) for v in value] if isinstance(value, list) else _relative(file.parent, value)
        setattr(settings, key, value)
        settings.origins[key] = settings.source
    return settings


def override(settings: Settings, **flags: Any) -> Settings:
    """Apply command-line values (``None`` means not given) on top of ``settings``."""
    for key, value in flags.items():
        if value is None or value == () or key not in _TYPES:
            continue
        setattr(settings, key, list(value) if isinstance(value, tuple) else value)
        settings.origins[key] = "command line"
    return settings


def _check_type(source: str, line: int, raw_key: str, key: str, value: Any) -> Any:
    expected = _TYPES[key]
    if isinstance(value, bool) and bool not in expected:
        ok = False
    else:
        ok = isinstance(value, expected)
    if key in ("rules", "exclude", "paths") and isinstance(value, str):
        value, ok = [value], True
    if ok and isinstance(value, list):
        ok = all(isinstance(v, str) for v in value)
    if not ok:
        want = {list: "a list of strings", str: "a string", bool: "true or false", int: "an integer"}[expected[0]]
        raise ConfigError(f"{source}:{line}: '{raw_key}' must be {want}, not {type(value).__name__}")
    if key in _CHOICES and value not in _CHOICES[key]:
        raise ConfigError(f"{source}:{line}: '{raw_key}' must be one of {', '.join(_CHOICES[key])}, not '{value}'")
    if key == "jobs" and value < 1:
        raise ConfigError(f"{source}:{line}: 'jobs' must be at least 1")
    return value


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        line = match.group(1) if match else str(text.count("\n") + 1) if "end of document" in str(exc) else "1"
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ConfigError(f"{_display(path)}:{line}: invalid TOML: {message}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{_display(path)}: cannot read: {exc}") from exc


def _line_of(text: str, key: str) -> int:
    match = re.search(rf"^[ \t]*[\"']?{re.escape(key)}[\"']?[ \t]*=", text, re.M)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def _relative(base: Path, value: str) -> str:
    path = Path(value)
    full = path if path.is_absolute() else base / path
    return _display(full)


def _display(path: Path) -> str:
    """A path relative to the working directory (so reports and settings never show absolute paths)."""
    try:
        return os.path.relpath(path.resolve(), os.getcwd())
    except ValueError:  # another drive on Windows
        return str(path.resolve())
