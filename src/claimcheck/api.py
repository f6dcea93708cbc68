"""The only orchestrator: read -> nlp -> extract -> normalize -> link -> rules -> Report."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import io
from .extraction import extract_document
from .link import incomparable, link
from .model import Claim, Document, Report
from .nlp import Pipeline, load
from .normalize import load_table, normalize
from .rules import RuleSet, evaluate, load_rules

from . import __version__


def pipeline(model: str | None = None, fast: bool = False) -> Pipeline:
    """The NLP pipeline extraction will use (cached per process)."""
    return load(model, fast=fast)


def extract(text: str, *, doc_id: str | None = None, published: str | None = None,
            model: str | None = None, fast: bool = False) -> list[Claim]:
    """Claims in one text.

    Args:
        text: the document text; offsets in the claims index into it.
        doc_id: the id claims cite (default ``"<text>"``).
        published: ISO publication date, for resolving "last year".
        model: spaCy pipeline name; ``fast`` skips the statistical pipeline.
    """
    doc = io.from_text(text, doc_id=doc_id or "<text>", published=published)
    return extract_doc(doc, pipeline(model, fast))


def extract_doc(doc: Document, pipe: Pipeline) -> list[Claim]:
    """Claims of an already-read document."""
    return normalize(doc, extract_document(doc, pipe))


def extract_paths(paths: Iterable[str], *, published: str | None = None, model: str | None = None,
                  fast: bool = False, strict: bool = False, errors: list[str] | None = None,
                  on_document: Callable[[Document], None] | None = None) -> Iterator[tuple[Document, list[Claim]]]:
    """Read and extract every document under ``paths``, one at a time."""
    pipe = pipeline(model, fast)
    for doc in io.read(paths, published=published, strict=strict, errors=errors):
        if on_document:
            on_document(doc)
        yield doc, extract_doc(doc, pipe)


def check(paths_or_documents: Iterable[str | Path | Document], rules: RuleSet | list[str | Path] | None = None,
          *, published: str | None = None, model: str | None = None, fast: bool = False, strict: bool = False,
          errors: list[str] | None = None, on_document: Callable[[Document], None] | None = None) -> Report:
    """Extract, link and evaluate rules over documents; returns a ``Report``.

    Args:
        paths_or_documents: file or directory paths, or ``Document`` records.
        rules: a loaded ``RuleSet``, or directories added to the bundled rules.
        errors: collects one line per unreadable file (else the first one raises).
    """
    ruleset = rules if isinstance(rules, RuleSet) else load_rules([str(r) for r in rules or []])
    documents, claims = _collect(paths_or_documents, published, model, fast, strict, errors, on_document)
    return evaluate_claims(documents, claims, ruleset, notes=tuple(errors or ()))


def evaluate_claims(documents: list[Document], claims: list[Claim], ruleset: RuleSet,
                    notes: tuple[str, ...] = ()) -> Report:
    """Link already-extracted claims and evaluate the rules."""
    fx = load_table()
    ruleset.apply_fx(fx)
    clusters = link(claims, ruleset.aliases)
    findings = evaluate(ruleset.rules, clusters, claims, fx)
    return Report(version=__version__, documents=tuple(documents), claims=tuple(claims),
                  findings=tuple(findings), rules=tuple(_rule_meta(r) for r in ruleset.rules if r.enabled), notes=notes,
                  incomparable=tuple(incomparable(clusters)))


def _rule_meta(r: Any) -> dict[str, Any]:
    return {"id": r.id, "kind": r.kind, "severity": r.severity, "description": " ".join(r.description.split()),
            "tags": list(r.tags), "source": r.source}


def _collect(items: Iterable[Any], published: str | None, model: str | None, fast: bool, strict: bool,
             errors: list[str] | None, on_document: Callable[[Document], None] | None) -> tuple[list[Document], list[Claim]]:
    documents: list[Document] = []
    claims: list[Claim] = []
    paths: list[str] = []
    pipe = pipeline(model, fast)
    for item in items:
        if isinstance(item, Document):
            if on_document:
                on_document(item)
            documents.append(_light(item))
            claims += extract_doc(item, pipe)
        else:
            paths.append(str(item))
    for doc, found in extract_paths(paths, published=published, model=model, fast=fast, strict=strict,
                                    errors=errors, on_document=on_document):
        documents.append(_light(doc))
        claims += found
    return documents, claims


def _light(doc: Document) -> Document:
    """Keep what reports need, drop the masked scan copy of the text."""
    meta = {k: v for k, v in doc.meta.items() if k != "scan"}
    return Document(doc.id, doc.text, doc.published, doc.published_source, meta, doc.body_start)


@dataclass(frozen=True)
class ExampleResult:
    """The outcome of one inline rule example."""

    rule: str
    expect: str
    index: int
    ok: bool
    fired: int


def test_rules(ruleset: RuleSet, *, model: str | None = None, fast: bool = False) -> list[ExampleResult]:
    """Run every rule's inline ``examples``: each ``fire`` case must fire it, each ``pass`` case must not."""
    results = []
    pipe = pipeline(model, fast)
    for spec in ruleset.rules:
        for expect in ("fire", "pass"):
            for i, case in enumerate(spec.examples.get(expect) or []):
                docs = [io.from_text(d["text"], doc_id=d.get("id", f"example-{j}.md"), published=str(d.get("published") or "") or None)
                        for j, d in enumerate(case if isinstance(case, list) else [case])]
                claims = [c for d in docs for c in extract_doc(d, pipe)]
                only = RuleSet(rules=[spec], aliases=ruleset.aliases, fx=ruleset.fx, fx_csv=ruleset.fx_csv)
                report = evaluate_claims(docs, claims, only)
                fired = len(report.findings)
                results.append(ExampleResult(spec.id, expect, i, (fired > 0) == (expect == "fire"), fired))
    return results
