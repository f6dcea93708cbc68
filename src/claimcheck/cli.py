"""Command line: a thin click layer. Options -> api -> report; errors -> one line on stderr, exit 2.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it;
2 usage, configuration or input error.
"""

from __future__ import annotations

import contextlib
import json
import os
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
    """Turn claimcheck errors and usage errors anywhere into one line and exit 2."""

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            rv = super().main(*args, standalone_mode=False, **kwargs)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.UsageError as exc:
            where = f"{exc.ctx.command_path}: " if exc.ctx else ""
            click.echo(f"claimcheck: error: {where}{exc.format_message()}", err=True)
            sys.exit(EXIT_ERROR)
        except click.exceptions.Abort:
            click.echo("claimcheck: aborted", err=True)
            sys.exit(EXIT_ERROR)
        except click.ClickException as exc:
            click.echo(f"claimcheck: error: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        sys.exit(rv if isinstance(rv, int) else 0)

    def invoke(self, ctx: click.Context) -> Any:
        from .errors import ClaimcheckError

        try:
            return super().invoke(ctx)
        except ClaimcheckError as exc:
            click.echo(f"claimcheck: error: {exc}", err=True)
            ctx.exit(EXIT_ERROR)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="claimcheck")
@click.option("--config", "config_file", type=click.Path(dir_okay=False),
              help="Read settings from FILE instead of discovering .claimcheck.toml / pyproject.toml.")
@click.pass_context
def main(ctx: click.Context, config_file: str | None) -> None:
    """Extract, link and check numeric claims across articles.

    Settings come from built-in defaults, then [tool.claimcheck] in pyproject.toml
    or .claimcheck.toml (found by walking up from the working directory), then
    command-line flags. 'claimcheck config' prints the effective settings.
    """
    ctx.obj = {"config_file": config_file}


def _settings(ctx: click.Context, **flags: Any) -> Any:
    """Effective settings: defaults < configuration file < these command-line flags."""
    from . import config

    root = ctx.find_root()
    settings = config.load((root.obj or {}).get("config_file"))
    return config.override(settings, **flags)


def _common(f: Any) -> Any:
    f = click.option("--published", help="Publication date (YYYY-MM-DD) for documents without one.")(f)
    f = click.option("--model", help="spaCy pipeline name or path (default: en_core_web_sm, else the re-upload).")(f)
    f = click.option("--fast/--no-fast", default=None, help="Skip the statistical pipeline: rule-based attribution only.")(f)
    f = click.option("--strict", is_flag=True, help="Exit 2 on the first unreadable document instead of skipping it.")(f)
    return f


_jobs_option = click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
    help="Extract in N worker processes (default: 'jobs' from the configuration, else all cores); same output as 1.")

_cache_option = click.option(
    "--cache/--no-cache", default=False, envvar="CLAIMCHECK_CACHE", show_envvar=True,
    help="Reuse the claims of unchanged documents from .claimcheck/cache.db: no NLP for them.")


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "json"]), default="table", show_default=True)
@click.option("--explain", is_flag=True, help="Show what decided each claim's metric, entity, period and date.")
@click.option("--currency", metavar="CODE",
              help="Also express money claims in this ISO 4217 currency (annual average rate of the claim's period).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write to FILE instead of stdout.")
@_cache_option
@_jobs_option
@_common
@click.pass_context
def extract_cmd(ctx: click.Context, paths: tuple[str, ...], fmt: str, explain: bool, currency: str | None,
                output: str | None, cache: bool, jobs: int | None,
                published: str | None, model: str | None, fast: bool | None, strict: bool) -> None:
    """Print the claims found in PATHS (files, directories, or - for stdin)."""
    from . import api

    settings = _settings(ctx, model=model, fast=fast, jobs=jobs)
    model, fast = settings.model, settings.fast
    published = _date_option(published)
    errors: list[str] = []
    rows: list[dict[str, Any]] = []
    rates = _rate_table(currency)
    with _progress(len(paths)) as tick, _sink(output) as sink:
        for doc, claims in api.extract_paths(paths, published=published, model=model, fast=fast, strict=strict,
                                             errors=errors, on_document=tick, cache=_cache_path(cache),
                                             jobs=settings.jobs):
            if explain:
                click.echo(f"{doc.id}: published {doc.published or 'unknown'} (from {doc.published_source or 'nowhere'})", err=True)
            for c in claims:
                d = c.to_dict(explain=explain)
                if currency:
                    d["in_currency"] = _in_currency(c, currency, rates)
                if fmt == "jsonl":  # streamed: memory stays flat however large the input
                    sink.write(json.dumps(d, ensure_ascii=False) + "\n")
                else:
                    rows.append(d)
        if fmt == "json":
            sink.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        elif fmt == "table" and rows:
            sink.write(_table(rows, explain) + "\n")
    _report_errors(errors)


def _rate_table(currency: str | None) -> Any:
    """The reference rate table when ``--currency`` names one it knows; a usage error otherwise."""
    if not currency:
        return None
    from .normalize import load_table

    table = load_table()
    if currency.upper() not in table.currencies():
        raise click.UsageError(f"--currency: no reference rates for {currency!r} (known: {', '.join(sorted(table.currencies()))})")
    return table


def _in_currency(claim: Any, currency: str, table: Any) -> dict[str, Any] | None:
    from .normalize import express

    found = express(claim, currency, table)
    return found.to_dict() if found else None


@contextlib.contextmanager
def _sink(output: str | None) -> Any:
    """stdout, or FILE written through a temporary file renamed into place only when the run succeeds."""
    if output is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    tmp = f"{output}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        try:
            yield fh
        except BaseException:
            fh.close()
            os.unlink(tmp)
            raise
    os.replace(tmp, output)


@main.command("check")
@click.argument("paths", nargs=-1)
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(exists=True),
              help="Rule directory or file (repeatable; replaces 'rules' from the configuration).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown", "html", "sarif", "github", "junit"]),
              default=None, help="Report format (default: text, or 'format' from the configuration).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write the report to FILE.")
@click.option("--fail-on", type=click.Choice(list(FAIL_ON)), default=None,
              help="Exit 1 when a finding is at or above this severity (default: error).")
@click.option("--no-fail", is_flag=True, help="Always exit 0 when the run itself succeeds.")
@click.option("--color/--no-color", default=None, help="Colour the text report (default: only on a terminal).")
@click.option("--baseline", type=click.Path(dir_okay=False), help="Report only findings not recorded in this baseline file.")
@click.option("--changed-since", "changed_since", metavar="GIT_REF",
              help="Report only findings that involve articles changed since GIT_REF (compared with all PATHS).")
@click.option("--against", "against", multiple=True, type=click.Path(exists=True),
              help="Corpus to compare PATHS with; only findings involving PATHS are reported "
                   "(default: 'paths' from the configuration when PATHS are given).")
@click.option("--all", "show_all", is_flag=True, help="Report findings among unchanged or corpus-only articles too.")
@click.option("--archive", type=click.Path(dir_okay=False),
              help="Compare PATHS with this claim archive (read only); only findings involving PATHS are reported.")
@click.option("--ingest", is_flag=True, help="With --archive: add PATHS to the archive after a clean run.")
@_cache_option
@_jobs_option
@_common
@click.pass_context
def check_cmd(ctx: click.Context, paths: tuple[str, ...], rules_dirs: tuple[str, ...], fmt: str | None,
              output: str | None, fail_on: str | None, no_fail: bool, color: bool | None, baseline: str | None,
              changed_since: str | None, against: tuple[str, ...], show_all: bool, archive: str | None, ingest: bool,
              cache: bool, jobs: int | None, published: str | None, model: str | None, fast: bool | None,
              strict: bool) -> None:
    """Extract, link and check the claims in PATHS; print a report.

    PATHS default to 'paths' from the configuration file. Given PATHS and a
    corpus (--against, or 'paths' from the configuration), claimcheck reads
    both and reports only findings that involve PATHS.
    """
    from . import api, io
    from .report import render
    from .rules import load_rules

    settings = _settings(ctx, rules=rules_dirs, format=fmt, fail_on=fail_on, model=model, fast=fast, baseline=baseline,
                         jobs=jobs)
    if ingest and not archive:
        raise click.UsageError("--ingest needs --archive")
    corpus = list(against) or (settings.paths if paths and not archive else [])
    inputs = _unique([*paths, *corpus] if paths else settings.paths, settings.exclude)
    if not inputs:
        raise click.UsageError("no PATHS given and no 'paths' in the configuration")
    focus = None
    if paths and corpus and not show_all:
        focus = set(_unique(paths, settings.exclude))
    if changed_since and not show_all:
        changed = io.changed_since(changed_since, inputs, exclude=settings.exclude)
        focus = changed if focus is None else focus & changed
    published = _date_option(published)
    ruleset = load_rules(list(settings.rules))
    errors: list[str] = []
    with _progress(len(inputs)) as tick:
        report = api.check(inputs, ruleset, published=published, model=settings.model, fast=settings.fast,
                           strict=strict, errors=errors, on_document=tick, baseline=settings.baseline, focus=focus,
                           archive=archive, cache=_cache_path(cache), jobs=settings.jobs)
    _report_errors(errors)
    for note in report.notes:
        if note not in errors:
            click.echo(f"claimcheck: note: {note}", err=True)
    use_color = color if color is not None else (output is None and sys.stdout.isatty())
    _write(render(report, settings.format, color=use_color), output)
    worst = max((SEVERITY_RANK[f.severity] for f in report.findings), default=0)
    if ingest and worst < FAIL_ON[settings.fail_on]:
        summary = api.ingest(_unique(paths, settings.exclude) if paths else inputs, str(archive), published=published,
                             model=settings.model, fast=settings.fast, errors=[], reuse=report, jobs=settings.jobs)
        click.echo(f"claimcheck: {_ingest_line(summary)}", err=True)
    if not no_fail and worst >= FAIL_ON[settings.fail_on]:
        sys.exit(EXIT_FINDINGS)


@main.command("config")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def config_cmd(ctx: click.Context, fmt: str) -> None:
    """Print the effective settings and where each came from."""
    settings = _settings(ctx)
    if fmt == "json":
        click.echo(json.dumps({"source": settings.source, "settings": settings.to_dict(), "origins": settings.origins},
                              indent=2))
        return
    click.echo(f"# configuration file: {settings.source or 'none found'}")
    for key, value in settings.to_dict().items():
        click.echo(f"{key.replace('_', '-')} = {json.dumps(value)}  # {settings.origins.get(key, 'default')}")


@main.group("baseline")
def baseline_group() -> None:
    """Record today's findings so CI reports only new ones."""


@baseline_group.command("write")
@click.argument("file", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1)
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(exists=True))
@_common
@click.pass_context
def baseline_write(ctx: click.Context, file: str, paths: tuple[str, ...], rules_dirs: tuple[str, ...],
                   published: str | None, model: str | None, fast: bool | None, strict: bool) -> None:
    """Check PATHS and record every finding's fingerprint in FILE."""
    from . import triage

    report = _baseline_check(ctx, paths, rules_dirs, published, model, fast, strict)
    triage.write_baseline(file, triage.baseline_entries(report.findings))
    click.echo(f"wrote {len(report.findings)} findings to {file}", err=True)


@baseline_group.command("prune")
@click.argument("file", type=click.Path(dir_okay=False, exists=True))
@click.argument("paths", nargs=-1)
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(exists=True))
@_common
@click.pass_context
def baseline_prune(ctx: click.Context, file: str, paths: tuple[str, ...], rules_dirs: tuple[str, ...],
                   published: str | None, model: str | None, fast: bool | None, strict: bool) -> None:
    """Drop the entries of FILE that no longer fire on PATHS."""
    from . import triage

    entries = triage.load_baseline(file)
    report = _baseline_check(ctx, paths, rules_dirs, published, model, fast, strict)
    firing = {f.id for f in report.findings}
    kept = [e for i, e in entries.items() if i in firing]
    triage.write_baseline(file, kept)
    click.echo(f"kept {len(kept)} of {len(entries)} baseline entries", err=True)


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


_archive_option = click.option("--archive", type=click.Path(dir_okay=False),
                               help="Archive file (default: 'archive' from the configuration, else .claimcheck/claims.db).")


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@_archive_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_jobs_option
@_common
@click.pass_context
def ingest_cmd(ctx: click.Context, paths: tuple[str, ...], archive: str | None, fmt: str, jobs: int | None,
               published: str | None, model: str | None, fast: bool | None, strict: bool) -> None:
    """Add or update PATHS in the claim archive; unchanged documents are skipped.

    A document whose text changed becomes a new version; the previous one is
    kept as a revision, whose claims cite PATH@revN.
    """
    from . import api

    settings = _settings(ctx, archive=archive, model=model, fast=fast, jobs=jobs)
    errors: list[str] = []
    with _progress(len(paths)) as tick:
        summary = api.ingest(paths, settings.archive, published=_date_option(published), model=settings.model,
                             fast=settings.fast, strict=strict, errors=errors, exclude=settings.exclude,
                             on_document=tick, jobs=settings.jobs)
    _report_errors(errors)
    click.echo(json.dumps(summary.to_dict()) if fmt == "json" else _ingest_line(summary))


@main.command("query")
@click.option("--metric", help='Metric, e.g. "R&D investment share of GDP" (any case; * and ? are wildcards).')
@click.option("--entity", help="Entity, e.g. Shenzhen (any case; * and ? are wildcards).")
@click.option("--period", help="Period, e.g. 2017, 2021-08 or '20*'.")
@click.option("--doc", help="Document path or file name (* and ? are wildcards).")
@click.option("--kind", help="Claim kind: money, percent, count, quantity, ...")
@click.option("--all-versions", is_flag=True, help="Include claims of earlier versions (cited as PATH@revN).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "json"]), default="table", show_default=True)
@_archive_option
@click.pass_context
def query_cmd(ctx: click.Context, metric: str | None, entity: str | None, period: str | None, doc: str | None,
              kind: str | None, all_versions: bool, fmt: str, archive: str | None) -> None:
    """List archived claims by metric, entity, period and document."""
    from . import api

    settings = _settings(ctx, archive=archive)
    claims = api.query(settings.archive, metric=metric, entity=entity, period=period, doc=doc, kind=kind,
                       all_versions=all_versions)
    rows = [c.to_dict() for c in claims]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif rows:
        click.echo("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) if fmt == "jsonl" else _table(rows, False))


@main.command("diff")
@click.argument("old", type=click.Path(exists=True, dir_okay=False))
@click.argument("new", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) for versions without one.")
@click.option("--model", help="spaCy pipeline name or path.")
@click.option("--fast/--no-fast", default=None, help="Skip the statistical pipeline: rule-based attribution only.")
@_cache_option
@click.pass_context
def diff_cmd(ctx: click.Context, old: str, new: str, fmt: str, published: str | None, model: str | None,
             fast: bool | None, cache: bool) -> None:
    """Compare the claims of two versions of one article: added, removed and changed values."""
    from . import api

    settings = _settings(ctx, model=model, fast=fast)
    result = api.diff(old, new, published=_date_option(published), model=settings.model, fast=settings.fast,
                      cache=_cache_path(cache))
    click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) if fmt == "json" else _diff_table(result))


def _baseline_check(ctx: click.Context, paths: tuple[str, ...], rules_dirs: tuple[str, ...], published: str | None,
                    model: str | None, fast: bool | None, strict: bool) -> Any:
    """The full report a baseline is written from or pruned against (no baseline, no focus)."""
    from . import api
    from .rules import load_rules

    settings = _settings(ctx, rules=rules_dirs, model=model, fast=fast, paths=paths)
    inputs = _unique(settings.paths, settings.exclude)
    if not inputs:
        raise click.UsageError("no PATHS given and no 'paths' in the configuration")
    errors: list[str] = []
    report = api.check(inputs, load_rules(list(settings.rules)), published=_date_option(published), model=settings.model,
                       fast=settings.fast, strict=strict, errors=errors)
    _report_errors(errors)
    return report


def _unique(paths: Any, exclude: list[str]) -> list[str]:
    """Expanded files, each once (by resolved path), in the order first named."""
    import os

    from . import io

    seen: dict[str, str] = {}
    for p in io.expand(paths, exclude=exclude):
        seen.setdefault(p if p == "-" else os.path.realpath(p), p)
    return list(seen.values())


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


def _cache_path(enabled: bool) -> str | None:
    from .store import DEFAULT_CACHE

    return DEFAULT_CACHE if enabled else None


def _ingest_line(summary: Any) -> str:
    return (f"{summary.archive}: {summary.added} added, {summary.revised} revised, {summary.refreshed} re-extracted, "
            f"{summary.unchanged} unchanged ({summary.claims} claims written)")


def _diff_table(result: Any) -> str:
    def about(c: Any) -> str:
        return f"{c.metric or '-'} | {c.entity or '-'} | {c.period or '-'}"

    lines = [f"changed  {b.doc}:{b.line}\t{a.surface} -> {b.surface}\t{about(b)}" for a, b in result.changed]
    lines += [f"added    {c.doc}:{c.line}\t{c.surface}\t{about(c)}" for c in result.added]
    lines += [f"removed  {c.doc}:{c.line}\t{c.surface}\t{about(c)}" for c in result.removed]
    lines.append(f"{len(result.changed)} changed, {len(result.added)} added, {len(result.removed)} removed, "
                 f"{result.unchanged} unchanged")
    return "\n".join(lines)
