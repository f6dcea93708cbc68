"""One exception tree for everything claimcheck raises on purpose.

    ClaimcheckError
    ├── InputError          a document could not be read or decoded
    ├── ConfigError         settings or options are invalid
    │   └── RuleError       a rule file is invalid (carries file and line)
    ├── ModelError          an NLP pipeline could not be loaded
    └── ArchiveError        the claim archive is missing, foreign, corrupt or locked

Third-party errors (YAML, sqlite3, pint) are converted where they enter,
with ``raise ... from exc``, so callers only ever catch these.
"""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base class for every error claimcheck raises on purpose."""


class InputError(ClaimcheckError):
    """A document could not be read, decoded or parsed."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.path = path
        self.line = line
        super().__init__(message)

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line:
            where = f"{where}:{self.line}"
        msg = super().__str__()
        return f"{where}: {msg}" if where else msg


class ConfigError(ClaimcheckError):
    """Settings, options or configuration files are invalid."""


class RuleError(ConfigError):
    """A rule file is invalid; ``str()`` gives ``file:line: message``."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.path = path
        self.line = line
        super().__init__(message)

    def __str__(self) -> str:
        msg = super().__str__()
        if self.path:
            return f"{self.path}:{self.line or 1}: {msg}"
        return msg


class ModelError(ClaimcheckError):
    """An NLP pipeline could not be loaded."""


class ArchiveError(ClaimcheckError):
    """The claim archive (or extraction cache) is missing, not ours, corrupt or locked; names the file."""
