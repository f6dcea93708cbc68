"""Report stage: one module per output format, all rendering the same ``Report`` record."""

from __future__ import annotations

from collections.abc import Callable

from ..errors import ConfigError
from ..model import Report
from . import github, html, json_format, junit, markdown, sarif, text

RENDERERS: dict[str, Callable[..., str]] = {
    "github": github.render,
    "html": html.render,
    "json": json_format.render,
    "junit": junit.render,
    "markdown": markdown.render,
    "sarif": sarif.render,
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
