"""Paths and stdin -> ``Document`` records with text, id and publication date.

Publication date precedence (first found wins), reported as ``published_source``:

1. ``published=`` given by the caller (``--published`` on the CLI);
2. a sidecar file ``NAME.meta.yaml`` beside the document (``published: 2021-05-01``);
3. YAML front-matter at the top of the document (``---`` ... ``---``);
4. a line in the text such as ``Updated: 2018-08-09`` or ``Published: May 3, 2021``;
5. a year-less line such as ``Updated Jan.1``, resolved to the first such day after
   the latest dated event the text itself mentions.

Offsets always index the text as decoded from disk. Markup that is not prose
(front-matter, HTML tags, scripts, styles, Markdown code blocks) is blanked out
in ``Document.meta["scan"]`` with spaces of the same length, so extraction never
reads it and offsets stay true.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError
from .model import Document

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".html", ".htm", ".rst"}
SIDE_SUFFIX = ".meta.yaml"
MARKUP_SUFFIXES = (".html", ".htm", ".md", ".markdown")
MAX_META_BYTES = 64 * 1024

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DATED_LINE = re.compile(
    r"^\s*(?:Updated|Published|Posted|Date|Last updated)\s*:?\s*(?P<date>.+?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_MDY = re.compile(rf"({_MONTH_RE})\.?\s*(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s*(\d{{4}}))?", re.IGNORECASE)
_DMY = re.compile(rf"(\d{{1,2}})\s+({_MONTH_RE})\.?,?\s*(\d{{4}})?", re.IGNORECASE)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_MONTH_MENTION = re.compile(rf"\b({_MONTH_RE})\b")
_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_HTML_DROP = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--(?!\s*claimcheck).*?-->|<[^>]*>", re.DOTALL | re.IGNORECASE)
_FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.DOTALL | re.MULTILINE)
_SUPPRESS = re.compile(r"<!--\s*claimcheck-(?P<verb>disable|enable)\b[ \t]*(?P<rules>[^:>\n]*?)[ \t]*(?::[ \t]*(?P<reason>.*?))?\s*-->",
                       re.IGNORECASE)


def read(paths: Iterable[str], *, published: str | None = None, strict: bool = False,
         errors: list[str] | None = None) -> Iterator[Document]:
    """Yield a Document for every file under ``paths`` (``-`` reads stdin).

    Unreadable files raise ``InputError`` when ``strict``; otherwise the reason is
    appended to ``errors`` and reading continues with the next file.
    """
    for path in expand(paths):
        try:
            if path == "-":
                yield from_text(sys.stdin.read(), doc_id="-", published=published)
            else:
                yield read_file(path, published=published)
        except InputError as exc:
            if strict or errors is None:
                raise
            errors.append(str(exc))


def expand(paths: Iterable[str], *, exclude: Iterable[str] = ()) -> Iterator[str]:
    """Files named directly, then text files found under directories, sorted.

    ``exclude`` holds glob patterns (``drafts/*``, ``**/archive/**``); a file is
    skipped when its path as found, or its name, matches one.
    """
    patterns = list(exclude)
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        p = Path(_relative_to_cwd(raw))
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if (child.is_file() and child.suffix.lower() in TEXT_SUFFIXES and not child.name.startswith(".")
                        and not _excluded(child, patterns)):
                    yield str(child)
        elif p.exists() or p.is_symlink():
            if not _excluded(p, patterns):
                yield str(p)
        else:
            raise InputError("no such file or directory", path=raw)


def _relative_to_cwd(raw: str) -> str:
    """Absolute paths below the working directory become relative, so reports never show where a checkout lives."""
    if not os.path.isabs(raw):
        return raw
    try:
        rel = os.path.relpath(raw)
    except ValueError:
        return raw
    return raw if rel.startswith("..") else rel


def _excluded(path: Path, patterns: list[str]) -> bool:
    return any(path.match(pat) or fnmatch.fnmatch(str(path), pat) or fnmatch.fnmatch(path.name, pat) for pat in patterns)


def changed_since(ref: str, paths: Iterable[str], *, exclude: Iterable[str] = ()) -> set[str]:
    """The files under ``paths`` (as ``expand`` names them) changed since git ``ref``.

    Changed means modified, added or renamed in the work tree relative to ``ref``,
    or untracked and not ignored.
    """
    def git(*args: str) -> str:
        try:
            done = subprocess.run(["git", *args], capture_output=True, text=True, check=False)
        except OSError as exc:
            raise InputError(f"--changed-since needs git: {exc.strerror or exc}") from exc
        if done.returncode != 0:
            reason = (done.stderr.strip().splitlines() or ["git failed"])[-1]
            raise InputError(f"--changed-since {ref}: {reason}")
        return done.stdout

    top = Path(git("rev-parse", "--show-toplevel").strip())
    try:
        git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except InputError:
        raise InputError(f"--changed-since: unknown git revision '{ref}'") from None
    names = git("diff", "--name-only", "--diff-filter=ACMR", ref, "--").splitlines()
    names += git("ls-files", "--others", "--exclude-standard", "--full-name", str(top)).splitlines()
    changed = {(top / n).resolve() for n in names if n}
    paths = list(paths)
    return {p for p in expand(paths, exclude=exclude)
            if p != "-" and (Path(p).resolve() in changed
                             or Path(p).with_name(Path(p).stem + SIDE_SUFFIX).resolve() in changed)}


def read_file(path: str, *, published: str | None = None) -> Document:
    """Read and decode one file, with its sidecar metadata."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=path) from exc
    text = decode(data, path)
    side = _sidecar(Path(path))
    return from_text(text, doc_id=path, published=published, sidecar=side, html=path.lower().endswith((".html", ".htm")))


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; refuse binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"invalid UTF-16 at byte {exc.start}", path=path) from exc
    if b"\x00" in data[:4096]:
        raise InputError("binary file (NUL bytes), not text", path=path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"invalid UTF-8 at byte {exc.start}", path=path, line=line) from exc


def from_text(text: str, *, doc_id: str = "<text>", published: str | None = None,
              sidecar: dict[str, Any] | None = None, html: bool = False) -> Document:
    """Build a Document from text, reading front-matter and dated lines."""
    meta: dict[str, Any] = {}
    scan = text
    body_start = 0
    fm = _FRONT.match(text)
    if fm:
        meta.update(_load_meta(fm.group(1), doc_id, line_offset=1))
        body_start = fm.end()
        scan = " " * body_start + text[body_start:]
    markup = html or doc_id.lower().endswith(MARKUP_SUFFIXES)
    if markup or re.match(r"\s*<(?:!doctype|html)", text[:200], re.IGNORECASE):
        scan = _HTML_DROP.sub(lambda m: _blank(m.group(0)), scan)
    scan = _FENCE.sub(lambda m: _blank(m.group(0)), scan)
    scan = _SUPPRESS.sub(lambda m: _blank(m.group(0)), scan)
    source = None
    chosen = None
    for name, candidate in (("option", published), ("sidecar", (sidecar or {}).get("published")),
                            ("front-matter", meta.get("published") or meta.get("date"))):
        if candidate:
            chosen = _iso(candidate, doc_id)
            source = name
            break
    if sidecar:
        meta = {**meta, **sidecar}
    if chosen is None:
        chosen, source = _dated_line(scan)
    meta["scan"] = scan
    regions = suppression_regions(text)
    if regions:
        meta["suppressions"] = regions
    return Document(id=doc_id, text=text, published=chosen, published_source=source, meta=meta, body_start=body_start)


def suppression_regions(text: str) -> list[dict[str, Any]]:
    """Regions silenced by ``<!-- claimcheck-disable RULE[, RULE]: reason -->`` comments.

    A region runs from the comment to the next ``<!-- claimcheck-enable -->``
    (or the end of the document). ``rules`` empty means every rule; a name may be
    a rule id or a rule kind (``conflict``).
    """
    regions: list[dict[str, Any]] = []
    open_regions: list[dict[str, Any]] = []
    for m in _SUPPRESS.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        names = [r.strip() for r in re.split(r"[,\s]+", m.group("rules") or "") if r.strip()]
        if m.group("verb").lower() == "disable":
            region = {"start": m.start(), "end": len(text), "line": line, "rules": names,
                      "reason": (m.group("reason") or "").strip()}
            open_regions.append(region)
            regions.append(region)
        else:
            for region in list(open_regions):
                if not names or set(names) & set(region["rules"]) or not region["rules"]:
                    region["end"] = m.start()
                    open_regions.remove(region)
    return regions


def _blank(s: str) -> str:
    return re.sub(r"[^\n]", " ", s)


def _sidecar(path: Path) -> dict[str, Any] | None:
    side = path.with_name(path.stem + SIDE_SUFFIX)
    if not side.is_file():
        return None
    raw = side.read_bytes()[:MAX_META_BYTES]
    return _load_meta(decode(raw, str(side)), str(side))


#: libyaml's safe loader when PyYAML has it: ~10x faster on front-matter, same results.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_meta(block: str, where: str, line_offset: int = 0) -> dict[str, Any]:
    if "&" in block and "*" in block:
        raise InputError("metadata uses YAML anchors/aliases, which are not allowed", path=where)
    try:
        data = yaml.load(block, Loader=_LOADER)  # noqa: S506 - a safe loader (libyaml's when built)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 1 + line_offset
        raise InputError(f"invalid metadata YAML: {getattr(exc, 'problem', exc)}", path=where, line=line) from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError("metadata must be a mapping of keys to values", path=where, line=1 + line_offset)
    return {str(k): v for k, v in data.items()}


def _iso(value: Any, where: str) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    s = str(value).strip()
    m = _ISO.fullmatch(s) or re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?", s)
    if m:
        parts = [int(g) for g in m.groups() if g]
        try:
            dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError as exc:
            raise InputError(f"invalid published date {s!r}: {exc}", path=where) from exc
        return "-".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]])
    parsed = parse_date(s)
    if parsed and parsed[0]:
        return parsed[0].isoformat()
    raise InputError(f"invalid published date {s!r} (use YYYY-MM-DD)", path=where)


def parse_date(s: str) -> tuple[dt.date | None, tuple[int, int] | None]:
    """Parse a date string: (full date, None) or (None, (month, day)) when the year is missing."""
    for rx, order in ((_ISO, "ymd"), (_MDY, "mdy"), (_DMY, "dmy")):
        m = rx.search(s)
        if not m:
            continue
        g = m.groups()
        if order == "ymd":
            y, mo, d = int(g[0]), int(g[1]), int(g[2])
        elif order == "mdy":
            mo, d, y = MONTHS[g[0].lower()[:3]], int(g[1]), int(g[2]) if g[2] else None
        else:
            d, mo, y = int(g[0]), MONTHS[g[1].lower()[:3]], int(g[2]) if g[2] else None
        try:
            if y is None:
                dt.date(2000, mo, d)
                return None, (mo, d)
            return dt.date(y, mo, d), None
        except ValueError:
            continue
    return None, None


def _dated_line(text: str) -> tuple[str | None, str | None]:
    head = text[:4000]
    for m in _DATED_LINE.finditer(head):
        full, partial = parse_date(m.group("date"))
        if full:
            return full.isoformat(), "text"
        if partial:
            return _resolve_yearless(partial, text), "text-inferred"
    m = re.search(r"\b(?:Updated|Published)\s+(" + _MONTH_RE + r")\.?\s*(\d{1,2})\b", head, re.IGNORECASE)
    if m:
        _, partial = parse_date(m.group(0))
        if partial:
            return _resolve_yearless(partial, text), "text-inferred"
    return None, None


def _resolve_yearless(month_day: tuple[int, int], text: str) -> str | None:
    """Resolve a year-less publication date against the latest year the text mentions.

    The year is the latest year mentioned; if the text mentions months later in the
    year than the publication month, the date is the following year's (a page
    "Updated Jan.1" that reports October events was updated the next January).
    """
    years = [int(y) for y in _YEAR.findall(text)]
    if not years:
        return None
    year = max(years)
    month, day = month_day
    later = any(MONTHS[m.lower()[:3]] > month
                for m in _MONTH_MENTION.findall(text))
    if later:
        year += 1
    return dt.date(year, month, day).isoformat()
