"""The only orchestrator: read -> nlp -> extract -> normalize -> link -> rules -> Report."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from . import io, store
from .errors import InputError
from .extraction import extract_batch, extract_document
from .link import ENTITY_THRESHOLD, METRIC_THRESHOLD, comparable_class, incomparable, link, normalize_phrase
from .model import Claim, Document, Report
from .nlp import Pipeline, load
from .normalize import EXTRACTOR_VERSION, Expressed, load_table, normalize
from .normalize import express as express_in
from .parallel import ordered_map
from .rules import RuleSet, evaluate, load_rules
from . import triage as triage_

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


def express(claim: Claim, currency: str, rules: RuleSet | None = None) -> Expressed | None:
    """A money claim in ``currency`` at the reference annual average rate for its period (else publication year).

    The result names the rate, the table year used and its source; rate overrides
    from ``rules`` (``fx:`` sections, ``fx*.csv``) apply. None for non-money claims
    or currencies the table does not know.
    """
    table = load_table()
    if rules is not None:
        rules.apply_fx(table)
    return express_in(claim, currency, table)


def extract_doc(doc: Document, pipe: Pipeline) -> list[Claim]:
    """Claims of an already-read document."""
    return normalize(doc, extract_document(doc, pipe))


def extract_docs(docs: list[Document], pipe: Pipeline) -> list[list[Claim]]:
    """Claims of each already-read document, as ``extract_doc`` gives them; the sentences are parsed together (faster)."""
    return [normalize(doc, mentions) for doc, mentions in zip(docs, extract_batch(docs, pipe))]


#: Uncached documents are extracted together until their text reaches this size (or this many documents).
CHUNK_BYTES = 16_000
CHUNK_DOCUMENTS = 64


class _Extractor:
    """Extracts documents: from the cache when it has the claims, else with the pipeline, in ``jobs`` processes.

    The pipeline is loaded on the first cache miss only, so a warm run does no NLP at all.
    """

    def __init__(self, model: str | None, fast: bool, cache: str | Path | None = None, jobs: int | None = 1) -> None:
        self.model, self.fast, self.jobs = model, fast, jobs
        self.label = "fast" if fast else model or "default"
        self.cache = store.ExtractionCache(cache) if cache is not None else None
        self._pipe: Pipeline | None = None

    def __enter__(self) -> _Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.cache is not None:
            self.cache.close()

    def __call__(self, doc: Document) -> list[Claim]:
        claims = self._cached(doc)
        return self._extract(doc) if claims is None else claims

    def _extract(self, doc: Document) -> list[Claim]:
        if self._pipe is None:
            self._pipe = pipeline(self.model, self.fast)
        return self._store(doc, extract_doc(doc, self._pipe))

    def map(self, docs: Iterable[Document], known: Callable[[Document], list[Claim] | None] | None = None
            ) -> Iterator[tuple[Document, list[Claim]]]:
        """``(doc, claims)`` for every document, in input order; misses are extracted in ``jobs`` processes.

        ``known`` may give a document's claims without extracting it. Misses are
        extracted a few consecutive documents at a time (``CHUNK_BYTES`` of text),
        their sentences parsed in one stream; the chunks are the same whatever
        ``jobs`` is, and so are the results.
        """
        chunks: deque[list[tuple[Document, list[Claim] | None]]] = deque()

        def misses() -> Iterator[list[Document]]:
            chunk: list[tuple[Document, list[Claim] | None]] = []
            size = 0
            for doc in docs:
                claims = known(doc) if known is not None else None
                claims = self._cached(doc) if claims is None else claims
                chunk.append((doc, claims))
                size += len(doc.text) if claims is None else 0
                if size >= CHUNK_BYTES or len(chunk) >= CHUNK_DOCUMENTS:
                    chunks.append(chunk)
                    yield [d for d, c in chunk if c is None]
                    chunk, size = [], 0
            if chunk:
                chunks.append(chunk)
                yield [d for d, c in chunk if c is None]

        if self.jobs == 1:
            done: Iterator[tuple[list[Document], list[list[Claim]]]] = ((m, self._extract_many(m)) for m in misses())
        else:
            done = ordered_map(partial(_extract_job, self.model, self.fast), misses(), self.jobs,
                               known=lambda m: [] if not m else None, prepare=partial(_warm_up, self.model, self.fast))
        for _, extracted in done:
            fresh = iter(extracted)
            for doc, claims in chunks.popleft():
                if claims is None:
                    claims = self._store(doc, next(fresh))
                yield doc, claims

    def _extract_many(self, docs: list[Document]) -> list[list[Claim]]:
        if not docs:
            return []
        if self._pipe is None:
            self._pipe = pipeline(self.model, self.fast)
        return extract_docs(docs, self._pipe)

    def _cached(self, doc: Document) -> list[Claim] | None:
        return self.cache.get(doc, self.label) if self.cache is not None else None

    def _store(self, doc: Document, claims: list[Claim]) -> list[Claim]:
        if self.cache is not None:
            self.cache.put(doc, self.label, claims)
        return claims


def _extract_job(model: str | None, fast: bool, docs: list[Document]) -> list[list[Claim]]:
    """Claims of a chunk of documents, in a worker process (the pipeline is loaded once per process)."""
    return extract_docs(docs, pipeline(model, fast))


def _warm_up(model: str | None, fast: bool) -> None:
    """Load the pipeline and build the lookup tables extraction builds lazily (before workers fork)."""
    extract("Output rose 5% to 12 km in 2020.", model=model, fast=fast)


def extract_paths(paths: Iterable[str], *, published: str | None = None, model: str | None = None,
                  fast: bool = False, strict: bool = False, errors: list[str] | None = None,
                  on_document: Callable[[Document], None] | None = None,
                  cache: str | Path | None = None, jobs: int | None = 1) -> Iterator[tuple[Document, list[Claim]]]:
    """Read and extract every document under ``paths``, streamed, in input order.

    ``cache`` names an extraction cache (e.g. ``store.DEFAULT_CACHE``): documents
    whose text, date and extractor are unchanged are not extracted again.
    ``jobs`` worker processes extract documents in parallel (``None``: all
    cores); the results are the same as with one.
    """
    with _Extractor(model, fast, cache, jobs) as extractor:
        yield from extractor.map(_announced(io.read(paths, published=published, strict=strict, errors=errors),
                                            on_document))


def _announced(docs: Iterable[Document], on_document: Callable[[Document], None] | None) -> Iterator[Document]:
    """``docs``, calling ``on_document`` as each one is read."""
    for doc in docs:
        if on_document:
            on_document(doc)
        yield doc


def check(paths_or_documents: Iterable[str | Path | Document], rules: RuleSet | list[str | Path] | None = None,
          *, published: str | None = None, model: str | None = None, fast: bool = False, strict: bool = False,
          errors: list[str] | None = None, on_document: Callable[[Document], None] | None = None,
          baseline: str | Path | dict[str, dict[str, Any]] | None = None, focus: Iterable[str] | None = None,
          archive: str | Path | None = None, cache: str | Path | None = None, jobs: int | None = 1) -> Report:
    """Extract, link and evaluate rules over documents; returns a ``Report``.

    Args:
        paths_or_documents: file or directory paths, or ``Document`` records.
        rules: a loaded ``RuleSet``, or directories added to the bundled rules.
        errors: collects one line per unreadable file (else the first one raises).
        baseline: a baseline file (or loaded entries); findings in it are held back.
        focus: document ids; findings that cite none of them are not reported.
        archive: a claim archive to compare with (read only); only findings that
            involve the documents checked are reported.
        cache: an extraction cache; unchanged documents are not extracted again.
        jobs: worker processes for extraction (``None``: all cores); same results as 1.
    """
    ruleset = rules if isinstance(rules, RuleSet) else load_rules([str(r) for r in rules or []])
    entries = triage_.load_baseline(baseline) if isinstance(baseline, (str, Path)) else baseline
    documents, claims = _collect(paths_or_documents, published, model, fast, strict, errors, on_document, cache, jobs)
    if archive is not None:
        return _against_archive(archive, documents, claims, ruleset, notes=tuple(errors or ()), baseline=entries,
                                focus=set(focus) if focus is not None else None)
    return evaluate_claims(documents, claims, ruleset, notes=tuple(errors or ()), baseline=entries,
                           focus=set(focus) if focus is not None else None)


def evaluate_claims(documents: list[Document], claims: list[Claim], ruleset: RuleSet,
                    notes: tuple[str, ...] = (), *, baseline: dict[str, dict[str, Any]] | None = None,
                    focus: set[str] | None = None) -> Report:
    """Link already-extracted claims, evaluate the rules and sort out what to report."""
    fx = load_table()
    ruleset.apply_fx(fx)
    clusters = link(claims, ruleset.aliases)
    findings = evaluate(ruleset.rules, clusters, claims, fx)
    sorted_out = triage_.triage(findings, documents, baseline=baseline, focus=focus)
    notes = (*notes, *sorted_out.unused_suppressions,
             *(f"baseline entry {i} no longer fires (run 'claimcheck baseline prune')" for i in sorted_out.absent))
    return Report(version=__version__, documents=tuple(documents), claims=tuple(claims),
                  findings=sorted_out.reported, rules=tuple(_rule_meta(r) for r in ruleset.rules if r.enabled), notes=notes,
                  incomparable=tuple(incomparable(clusters)),
                  suppressed=sorted_out.suppressed + sorted_out.baselined, out_of_focus=sorted_out.out_of_focus)


def _rule_meta(r: Any) -> dict[str, Any]:
    return {"id": r.id, "kind": r.kind, "severity": r.severity, "description": " ".join(r.description.split()),
            "tags": list(r.tags), "source": r.source}


def _collect(items: Iterable[Any], published: str | None, model: str | None, fast: bool, strict: bool,
             errors: list[str] | None, on_document: Callable[[Document], None] | None,
             cache: str | Path | None = None, jobs: int | None = 1) -> tuple[list[Document], list[Claim]]:
    """Documents given as records first, then those read from the paths given, with their claims."""
    items = list(items)
    given = [i for i in items if isinstance(i, Document)]
    paths = [str(i) for i in items if not isinstance(i, Document)]

    def read() -> Iterator[Document]:
        yield from given
        yield from io.read(paths, published=published, strict=strict, errors=errors)

    documents: list[Document] = []
    claims: list[Claim] = []
    with _Extractor(model, fast, cache, jobs) as extractor:
        for doc, found in extractor.map(_announced(read(), on_document)):
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


@dataclass
class IngestSummary:
    """What one ``ingest`` run did: documents by outcome, and the claims it wrote."""

    archive: str
    added: int = 0
    revised: int = 0
    refreshed: int = 0
    unchanged: int = 0
    claims: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def ingest(paths: Iterable[str], archive: str | Path = store.DEFAULT_ARCHIVE, *, published: str | None = None,
           model: str | None = None, fast: bool = False, strict: bool = False, errors: list[str] | None = None,
           exclude: Iterable[str] = (), on_document: Callable[[Document], None] | None = None,
           reuse: Report | None = None, timeout: float = store.DEFAULT_TIMEOUT, jobs: int | None = 1) -> IngestSummary:
    """Add or update documents in the claim archive, one transaction per document.

    A file whose content hash (file, sidecar, ``published``) and extractor are
    unchanged is skipped after hashing it; a changed text becomes a new version
    and the previous one is kept as a revision.

    Args:
        archive: the archive file, created if missing (default ``.claimcheck/claims.db``).
        errors: collects one line per unreadable file (else the first one raises).
        reuse: a report over these documents (from ``check``) whose claims are stored instead of extracting again.
        timeout: seconds to wait for another process's write lock before ``ArchiveError``.
        jobs: worker processes for extraction (``None``: all cores); same results as 1.
    """
    summary = IngestSummary(str(archive))
    digests: dict[str, str] = {}
    with store.Archive(archive, create=True, timeout=timeout) as arc, _Extractor(model, fast, jobs=jobs) as extractor:
        known = arc.fingerprints()

        def changed_documents() -> Iterator[Document]:
            for path in io.expand(paths, exclude=exclude):
                try:
                    key = store.source_key(path)
                    changed = _changed(path, key, published, known.get(key), extractor.label)
                except InputError as exc:
                    if strict or errors is None:
                        raise
                    errors.append(str(exc))
                    continue
                if changed is None:
                    summary.unchanged += 1
                    continue
                doc, digests[key] = changed
                known[key] = (digests[key], EXTRACTOR_VERSION, extractor.label)  # a path named twice is read once
                if on_document:
                    on_document(doc)
                yield doc

        for doc, claims in extractor.map(changed_documents(), known=partial(_reused, reuse)):
            status = arc.write(doc, claims, content_hash=digests.pop(doc.id), extractor=EXTRACTOR_VERSION,
                               pipeline=extractor.label)
            setattr(summary, status, getattr(summary, status) + 1)
            summary.claims += len(claims)
    return summary


def _changed(path: str, key: str, published: str | None, stored: tuple[str, str, str] | None,
             label: str) -> tuple[Document, str] | None:
    """The document under its archive key and its content hash, or None when the archive is up to date."""
    digest = store.content_hash(path, published)
    if stored == (digest, EXTRACTOR_VERSION, label):
        return None
    return replace(io.read_file(path, published=published), id=key), digest


def _reused(report: Report | None, doc: Document) -> list[Claim] | None:
    """The claims ``report`` already holds for exactly this document, if any."""
    if report is None:
        return None
    same = report.document(doc.id)
    if same is None or same.text != doc.text or same.published != doc.published:
        return None
    return [c for c in report.claims if c.doc == doc.id]


def query(archive: str | Path = store.DEFAULT_ARCHIVE, *, metric: str | None = None, entity: str | None = None,
          period: str | None = None, doc: str | None = None, kind: str | None = None,
          all_versions: bool = False) -> list[Claim]:
    """Archived claims matching every filter given: exact (case-insensitive) values or ``*``/``?`` globs.

    ``doc`` also matches a bare file name. With ``all_versions``, claims of
    earlier versions are included and cite ``path@revN``.
    """
    with store.Archive(archive) as arc:
        return arc.claims(metric=metric, entity=entity, period=period, doc=doc, kind=kind, all_versions=all_versions)


def diff(old: str | Path, new: str | Path, *, published: str | None = None, model: str | None = None,
         fast: bool = False, cache: str | Path | None = None) -> store.VersionDiff:
    """Compare the claims of two versions of one article: added, removed and changed values."""
    docs = [io.read_file(str(p), published=published) for p in (old, new)]
    with _Extractor(model, fast, cache) as extract_one:
        before, after = extract_one(docs[0]), extract_one(docs[1])
    return store.compare_versions(docs[0].id, docs[1].id, before, after)


def _against_archive(archive: str | Path, documents: list[Document], claims: list[Claim], ruleset: RuleSet, *,
                     notes: tuple[str, ...], baseline: dict[str, dict[str, Any]] | None,
                     focus: set[str] | None) -> Report:
    """Evaluate new claims with the archive's related claims; report only findings that involve a new document.

    Earlier versions of a document being checked come from the archive as
    ``ID@revN``, so drift reports what a new version revised.
    """
    new_ids = {d.id for d in documents}
    keys = {store.source_key(i): i for i in new_ids if i != "-"}
    with store.Archive(archive) as arc:
        old = arc.related(*_related_keys(arc, claims, ruleset), versions_of=keys,
                          since=min((d.published for d in documents if d.published), default=None))
        report = evaluate_claims(documents, claims + old, ruleset, baseline=baseline,
                                 notes=(*notes, f"compared with {len(old)} related claims from the archive {archive}"),
                                 focus=new_ids if focus is None else focus & new_ids)
        cited = {c.doc for f in (*report.findings, *report.suppressed) for c in f.claims} - new_ids
        key_of = {i: k for k, i in keys.items()}
        archived = [d for d in (_archived_document(arc, label, key_of) for label in sorted(cited)) if d is not None]
    new_claims = {c.id for c in claims}
    return replace(report, documents=(*report.documents, *archived),
                   claims=(*claims, *(c for c in old if c.doc in cited)),
                   incomparable=tuple(i for i in report.incomparable if new_claims & set(i["claims"])))


def _archived_document(arc: store.Archive, label: str, key_of: dict[str, str]) -> Document | None:
    """The archived document a claim cites (``path``, or ``ID@revN`` for a document checked as ``ID``)."""
    base, version = store.parse_label(label)
    doc = arc.document(key_of.get(base, base), version)
    return replace(doc, id=label) if doc is not None else None


def _related_keys(arc: store.Archive, claims: list[Claim],
                  ruleset: RuleSet) -> tuple[set[str], set[str], set[tuple[str, str, str]]]:
    """Archive metric keys, entity keys and (metric, entity, period) triples that could link with ``claims``.

    A generous superset that mirrors the linking stage: metrics link only within
    the same head word (after aliases), then by fuzzy score; entities by fuzzy
    score. ``link`` decides.
    """
    aliases = ruleset.aliases
    linkable = [c for c in claims if c.metric and comparable_class(c)]
    metric_of = _near({_canon(c.metric, aliases.metric) for c in linkable}, arc.vocabulary("metric"), aliases.metric,
                      fuzz.token_sort_ratio, METRIC_THRESHOLD - 15, same_head=True)
    entity_of = _near({_canon(c.entity, aliases.entity) for c in linkable}, arc.vocabulary("entity"), aliases.entity,
                      fuzz.ratio, ENTITY_THRESHOLD - 15)
    triples = {(m, e, c.period) for c in linkable if c.period
               for m in metric_of[_canon(c.metric, aliases.metric)] for e in entity_of[_canon(c.entity, aliases.entity)]}
    return set().union(*metric_of.values()), set().union(*entity_of.values()), triples


def _canon(phrase: str | None, table: dict[str, str]) -> str:
    p = normalize_phrase(phrase)
    return table.get(p, p)


def _near(wanted: set[str], vocabulary: list[str], table: dict[str, str], scorer: Callable[..., float],
          cutoff: float, same_head: bool = False) -> dict[str, set[str]]:
    """For each wanted canonical phrase, the vocabulary keys that are it or score at least ``cutoff`` against it."""
    found: dict[str, set[str]] = {w: set() for w in wanted}
    if not wanted or not vocabulary:
        return found
    targets = sorted(wanted)
    canon = [_canon(k, table) for k in vocabulary]
    rows, cols = (process.cdist(canon, targets, scorer=scorer, score_cutoff=cutoff, workers=1) >= cutoff).nonzero()
    position = {t: j for j, t in enumerate(targets)}
    pairs = set(zip(rows.tolist(), cols.tolist())) | {(i, position[c]) for i, c in enumerate(canon) if c in position}
    for i, j in pairs:
        if not same_head or _head(canon[i]) == _head(targets[j]):
            found[targets[j]].add(vocabulary[i])
    return found


def _head(phrase: str) -> str:
    return phrase.rsplit(" ", 1)[-1]
