"""Command line: a thin click layer. Options -> api -> report; errors -> one line on stderr, exit 2.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it;
2 usage, configuration or input error.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from . import __version__

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
SEVERITY_RANK = {"error": 3, "warning": 2, "info": 1}
FAIL_ON = {"error": 3, "warning": 2, "info": 1, "never": 99}


class Group(click.Group):
    """Turn claimcheck errors anywhere into one line and exit 2."""

    def invoke(self, ctx: click.Context) -> Any:
        from .errors import ClaimcheckError

        try:
            return super().invoke(ctx)
        except ClaimcheckError as exc:
            click.echo(f"claimcheck: error: {exc}", err=True)
            ctx.exit(EXIT_ERROR)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="claimcheck")
def main() -> None:
    """Extract, link and check numeric claims across articles."""


def _common(f: Any) -> Any:
    f = click.option("--published", help="Publication date (YYYY-MM-DD) for documents without one.")(f)
    f = click.option("--model", help="spaCy pipeline name or path (default: en_core_web_sm, else the re-upload).")(f)
    f = click.option("--fast", is_flag=True, help="Skip the statistical pipeline: rule-based attribution only.")(f)
    f = click.option("--strict", is_flag=True, help="Exit 2 on the first unreadable document instead of skipping it.")(f)
    return f


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "json"]), default="table", show_default=True)
@click.option("--explain", is_flag=True, help="Show what decided each claim's metric, entity, period and date.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write to FILE instead of stdout.")
@_common
def extract_cmd(paths: tuple[str, ...], fmt: str, explain: bool, output: str | None, published: str | None,
                model: str | None, fast: bool, strict: bool) -> None:
    """Print the claims found in PATHS (files, directories, or - for stdin)."""
    from . import api

    published = _date_option(published)
    errors: list[str] = []
    out: list[str] = []
    rows: list[dict[str, Any]] = []
    with _progress(len(paths)) as tick:
        for doc, claims in api.extract_paths(paths, published=published, model=model, fast=fast, strict=strict,
                                             errors=errors, on_document=tick):
            if explain:
                click.echo(f"{doc.id}: published {doc.published or 'unknown'} (from {doc.published_source or 'nowhere'})", err=True)
            for c in claims:
                d = c.to_dict(explain=explain)
                if fmt == "jsonl":
                    out.append(json.dumps(d, ensure_ascii=False))
                else:
                    rows.append(d)
    _report_errors(errors)
    if fmt == "json":
        out.append(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "table":
        out.append(_table(rows, explain))
    _write("\n".join(out) + ("\n" if out else ""), output)


@main.command("check")
@click.argument("paths", nargs=-1, required=True)
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(exists=True), help="Rule directory or file (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown", "html", "sarif", "github", "junit"]),
              default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write the report to FILE.")
@click.option("--fail-on", type=click.Choice(list(FAIL_ON)), default="error", show_default=True,
              help="Exit 1 when a finding is at or above this severity.")
@click.option("--no-fail", is_flag=True, help="Always exit 0 when the run itself succeeds.")
@click.option("--color/--no-color", default=None, help="Colour the text report (default: only on a terminal).")
@_common
def check_cmd(paths: tuple[str, ...], rules_dirs: tuple[str, ...], fmt: str, output: str | None, fail_on: str,
              no_fail: bool, color: bool | None, published: str | None, model: str | None, fast: bool,
              strict: bool) -> None:
    """Extract, link and check the claims in PATHS; print a report."""
    from . import api
    from .report import render
    from .rules import load_rules

    published = _date_option(published)
    ruleset = load_rules(list(rules_dirs))
    errors: list[str] = []
    with _progress(len(paths)) as tick:
        report = api.check(paths, ruleset, published=published, model=model, fast=fast, strict=strict,
                           errors=errors, on_document=tick)
    _report_errors(errors)
    use_color = color if color is not None else (output is None and sys.stdout.isatty())
    _write(render(report, fmt, color=use_color), output)
    worst = max((SEVERITY_RANK[f.severity] for f in report.findings), default=0)
    if not no_fail and worst >= FAIL_ON[fail_on]:
        sys.exit(EXIT_FINDINGS)


@main.command("explain")
@click.argument("finding_id")
@click.argument("paths", nargs=-1, required=True)
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(exists=True))
@_common
def explain_cmd(finding_id: str, paths: tuple[str, ...], rules_dirs: tuple[str, ...], published: str | None,
                model: str | None, fast: bool, strict: bool) -> None:
    """Show the whole chain behind FINDING_ID from a check over PATHS."""
    from . import api
    from .report import explain
    from .rules import load_rules

    report = api.check(paths, load_rules(list(rules_dirs)), published=_date_option(published), model=model,
                       fast=fast, strict=strict, errors=[])
    click.echo(explain.render(report, finding_id), nl=False)


@main.group("rules")
def rules_group() -> None:
    """List, validate and test rule files."""


@rules_group.command("list")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def rules_list(rules_dirs: tuple[str, ...], fmt: str) -> None:
    """Show every rule: id, kind, severity, description."""
    from .rules import load_rules

    ruleset = load_rules(list(rules_dirs))
    if fmt == "json":
        click.echo(json.dumps([{"id": r.id, "kind": r.kind, "severity": r.severity, "description": r.description.strip(),
                                "source": r.source, "enabled": r.enabled} for r in ruleset.rules], indent=2))
        return
    for r in ruleset.rules:
        click.echo(f"{r.id:28} {r.kind:11} {r.severity:8} {' '.join(r.description.split())[:90]}")


@rules_group.command("validate")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
def rules_validate(paths: tuple[str, ...]) -> None:
    """Check rule files; report the first mistake in each as file:line: message."""
    from .errors import RuleError
    from .rules import load_rules

    try:
        ruleset = load_rules(list(paths), bundled=False)
    except RuleError as exc:
        click.echo(str(exc), err=True)
        sys.exit(EXIT_ERROR)
    click.echo(f"ok: {len(ruleset.rules)} rules in {len(ruleset.files)} files")


@rules_group.command("test")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(exists=True))
@click.option("--model")
@click.option("--fast", is_flag=True)
def rules_test(rules_dirs: tuple[str, ...], model: str | None, fast: bool) -> None:
    """Run every rule's inline examples; exit 1 if any example fails."""
    from . import api
    from .rules import load_rules

    results = api.test_rules(load_rules(list(rules_dirs)), model=model, fast=fast)
    failed = [r for r in results if not r.ok]
    for r in failed:
        click.echo(f"FAIL {r.rule}: {r.expect} example {r.index} {'did not fire' if r.expect == 'fire' else f'fired {r.fired} times'}")
    click.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    if failed:
        sys.exit(EXIT_FINDINGS)


def _date_option(value: str | None) -> str | None:
    if value is None:
        return None
    from .io import _iso

    return _iso(value, "--published")


def _report_errors(errors: list[str]) -> None:
    for line in errors:
        click.echo(f"claimcheck: skipped {line}", err=True)


def _write(text: str, output: str | None) -> None:
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        click.echo(text, nl=False)


class _progress:
    """A progress bar on stderr for long interactive runs; silent otherwise."""

    def __init__(self, n_args: int) -> None:
        self.enabled = sys.stderr.isatty()
        self.progress: Any = None

    def __enter__(self) -> Any:
        if not self.enabled:
            return lambda doc: None
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn

        self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), console=Console(stderr=True), transient=True)
        self.progress.start()
        task = self.progress.add_task("reading", total=None)
        return lambda doc: self.progress.update(task, description=f"extracting {doc.id}", advance=1)

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()


def _table(rows: list[dict[str, Any]], explain: bool) -> str:
    lines = []
    for r in rows:
        value = "" if r["value"] is None else f"{r['value']:g}" + (f"..{r['value_max']:g}" if r["value_max"] is not None else "")
        lines.append(f"{r['doc']}:{r['line']}\t{r['surface']}\t{r['kind']}\t{value} {r['unit'] or ''}\t{r['qualifier']}\t"
                     f"{r['metric'] or '-'}\t{r['entity'] or '-'}\t{r['period'] or '-'}")
        if explain:
            for k, v in (r.get("explain") or {}).items():
                lines.append(f"    {k}: {v}")
    return "\n".join(lines)
