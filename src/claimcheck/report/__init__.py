"""Report stage: one module per output format, all rendering the same ``Report`` record."""

from __future__ import annotations

from collections.abc import Callable

from ..errors import ConfigError
from ..model import Report
from . import json_format, markdown, text

RENDERERS: dict[str, Callable[..., str]] = {
    "json": json_format.render,
    "markdown": markdown.render,
    "text": text.render,
}


def render(report: Report, fmt: str = "text", **options: object) -> str:
    """Render ``report`` in format ``fmt`` (see ``RENDERERS``)."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError as exc:
        raise ConfigError(f"unknown report format {fmt!r} (expected one of {sorted(RENDERERS)})") from exc
    return renderer(report, **options)


__all__ = ["RENDERERS", "render"]
