"""Extraction stage: a Document -> its Mentions with context.

Cheap first: time expressions and quantities are found by regex over the whole
text; only sentences with a mention go through the statistical pipeline, which
attributes metric and entity from the parse.
"""

from __future__ import annotations

import bisect
import logging
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..model import Document, Mention
from ..nlp import Pipeline, Sentence, split_sentences
from . import tables
from .context import attribute
from .window import singular
from .currency import currency_context, local_currencies
from .entities import date_entity, described_by_event, place_read_as_person
from .names import capitalized_words
from .scanner import scan
from .times import TimeExpr, find_times

__all__ = ["DEFAULT_BUDGET", "currency_context", "extract_batch", "extract_document", "extract_documents"]

log = logging.getLogger("claimcheck")
#: Seconds of statistical parsing allowed per document before falling back to window attribution.
DEFAULT_BUDGET = 120.0

_EVENT = re.compile(
    r"\b(?P<v>founded|established|set up|created|opened|launched|started|began|begun|signed|took effect|"
    r"tak(?:es|ing) effect|comes into (?:force|effect)|coming into (?:force|effect)|"
    r"came into (?:force|effect)|put into (?:use|operation|service)|built|completed|held|approved|issued|"
    r"released|unveiled|published|certified|inaugurated|incorporated|listed|initiated|debuted)\b(?<!signed(?=\s+up\b))"
    r"(?:\s+\w+){0,5}?\s+(?:in|on|since)?\s*$", re.IGNORECASE)
# The event told after the date: "on 1 January 2024, when the deal took effect".
_EVENT_AFTER = re.compile(r",?\s+when\s+(?:[\w'’-]+\s+){0,8}?(?P<v>took effect|takes effect|came into (?:force|effect)|"
                          r"comes into (?:force|effect))\b", re.IGNORECASE)
# "since records began in 1899": when a series starts, not an event the text reports;
# "unveiled a budget for 2025", "approved funding through 2030": the time the thing covers, not the event's date.
_NOT_EVENT = re.compile(r"\brecords\s+(?:began|begun|started)\b|\b(?:for|through|until|till|to|by|than)\s+(?:the\s+)?$",
                        re.IGNORECASE)
# a year that describes the noun after it: "a 2025 state budget", "its 2024 accounts"
_YEAR_OF_NOUN = re.compile(r"[-\s]+(?!(?:and|or|to|when|after|before|as|at|in|on|by|for|with|from|but|while|until)\b)[a-z]")
# "opened 226 new shops in 2023": a count right after the verb is what the date locates, not an event's date.
_COUNTED_OBJECT = re.compile(r"^\s+(?:(?:about|around|nearly|almost|some|over|more than|up to|at least)\s+)?\d", re.IGNORECASE)
# "294,400 dwellings were completed in 2023": the counted things are the verb's subject; the date dates the count.
# (plural: not "the US$1.2 trillion bill was signed", "the 10 million mark since it was founded")
_COUNTED_SUBJECT = re.compile(r"\d(?:\s+(?:million|billion|thousand|m|bn))?\s+(?:[\w'’-]+\s+){0,3}?"
                              r"(?:were|have\s+been|had\s+been|are)\s+$", re.IGNORECASE)
_EVENT_LEAD = re.compile(r"^(?:Founded|Established|Launched|Opened|Built|Set up|Created|Started)\s+(?:in|on)\s+$")
_EVENT_METRIC = {
    "founded": "founding date", "established": "founding date", "set up": "founding date", "created": "founding date",
    "incorporated": "founding date", "opened": "opening date", "launched": "launch date", "started": "start date",
    "began": "start date", "begun": "start date", "initiated": "start date", "signed": "signing date",
    "took effect": "effective date", "came into force": "effective date", "came into effect": "effective date", "built": "completion date", "completed": "completion date",
    "held": "event date", "approved": "approval date", "issued": "issue date", "released": "release date",
    "unveiled": "release date", "published": "release date", "certified": "certification date",
    "inaugurated": "opening date", "listed": "listing date", "debuted": "launch date",
}
_DATE_KINDS = {"iso", "mdy", "dmy", "my", "year", "md", "dm"}
_PLACE_HINT = re.compile(r"\b(?:in|of|from|across|for)\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2})")
# _PLACE_HINT without its leading \b, which is checked on each match instead (the regex engine then skips ahead;
# no match that fails the check holds the start of one that passes)
_PLACE_HINT_ANY = re.compile(_PLACE_HINT.pattern[2:])
_WORD_CHAR = re.compile(r"\w")
_NOT_PLACES = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December", "The", "This", "In", "English"}


def extract_documents(docs: Iterable[Document], pipeline: Pipeline) -> Iterator[tuple[Document, list[Mention]]]:
    """Extract each document in turn (documents are streamed, never all held)."""
    for doc in docs:
        yield doc, extract_document(doc, pipeline)


def extract_document(doc: Document, pipeline: Pipeline, *, budget: float | None = DEFAULT_BUDGET) -> list[Mention]:
    """All claims' mentions in one document, in text order, with context attributed.

    ``budget`` caps the seconds spent in the statistical pipeline for one
    document: sentences not parsed in time are attributed in window mode (as
    with a blank pipeline) and their claims say so in ``explain``.
    """
    return extract_batch([doc], pipeline, budget=budget)[0]


def extract_batch(docs: list[Document], pipeline: Pipeline, *, budget: float | None = DEFAULT_BUDGET) -> list[list[Mention]]:
    """``extract_document`` for each of ``docs``, their sentences parsed in one stream.

    The statistical pipeline runs its networks and transition loops over a
    batch of sentences at a time; one short article fills a small batch, so
    parsing several together costs less per sentence. Each sentence is parsed
    on its own, so the mentions are those ``extract_document`` gives. ``budget``
    caps the parsing seconds of the whole batch.
    """
    started = time.monotonic()
    scanned = [_scan(doc) for doc in docs]
    sdocs = _parse(pipeline, [s.text for one in scanned for s in one.parsed], None if budget is None else started + budget)
    out, at = [], 0
    for one in scanned:
        own = sdocs[at:at + len(one.parsed)]
        at += len(one.parsed)
        if own and own[-1] is None and pipeline.mode == "full":
            log.warning("%s: time budget of %ss used up; %d of %d sentences attributed without the parser",
                        one.doc.id, budget, sum(1 for d in own if d is None), len(own))
        out.append(_attribute(one, own, pipeline))
    return out


@dataclass
class _Scanned:
    """A document after the cheap pass: its mentions, by sentence, and the sentences to parse."""

    doc: Document
    text: str
    mentions: list[Mention]
    by_sentence: dict[int, list[Mention]]
    order: list[int]
    parsed: list[Sentence]
    owned: set[int]
    dating: list[TimeExpr]


def _scan(doc: Document) -> _Scanned:
    text = doc.meta.get("scan", doc.text) if doc.meta else doc.text
    local = local_currencies(text)
    times = find_times(text, doc.body_start, published=doc.published)
    mentions = [m for m in scan(text, doc.body_start, masked=[(t.start, t.end) for t in times], local=local)
                if m.kind != "time_ref"]
    sentences = split_sentences(text, doc.body_start)
    mentions += _date_claims(text, times, sentences)
    mentions.sort(key=lambda m: m.start)
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        i = max(0, bisect.bisect_right(starts, m.start) - 1)
        m.sentence = (sentences[i].start, sentences[i].end)
        by_sentence.setdefault(i, []).append(m)
    owned = _owned_times(text, mentions, times)
    # a founding or effective date is a claim of its own, not the period of the numbers around it
    dated = {m.start for m in mentions if m.kind == "date"}
    dating = [t for t in times if t.start not in dated]
    order = sorted(by_sentence)
    return _Scanned(doc, text, mentions, by_sentence, order, [sentences[i] for i in order], owned, dating)


def _attribute(one: _Scanned, sdocs: list[Any], pipeline: Pipeline) -> list[Mention]:
    text, mentions, by_sentence, owned, dating = one.text, one.mentions, one.by_sentence, one.owned, one.dating
    defaults = {"entity": _main_entity(text, sdocs), "spans": [(m.start, m.end) for m in mentions]}
    defaults["capitalized"] = capitalized_words(text)  # names by capitalization: without a parser, or where NER saw none
    previous: dict[str, Mention] = {}  # the last value of each kind: "the figure" refers back past a percentage
    paragraphs = _paragraphs(text)
    paragraph_starts = [p[0] for p in paragraphs]
    for i, sentence, sdoc in zip(one.order, one.parsed, sdocs):
        defaults["paragraph"] = paragraphs[bisect.bisect_right(paragraph_starts, sentence.start) - 1]
        defaults["last_place"] = defaults.get("next_place")  # a place named in an earlier sentence
        for m in by_sentence[i]:
            if m.kind == "date":
                _attribute_date(m, text, sdoc, defaults)
                continue
            attribute(m, text, sdoc, dating, owned, defaults, previous.get(m.kind))
            m.explain["mode"] = pipeline.mode if sdoc is not None or pipeline.mode != "full" else "window (time budget)"
            previous[m.kind] = defaults["last_value"] = m
    _share_group_context(mentions)
    _table_context(text, mentions)
    return mentions


def _table_context(text: str, mentions: list[Mention]) -> None:
    """Quantities in table cells measure their column (or row) header, for the period the other header names."""
    if "|" not in text:
        return
    table = tables.cells(text)
    if not table:
        return
    starts = [c.start for c in table]
    for m in mentions:
        i = bisect.bisect_right(starts, m.start) - 1
        if i < 0 or not (table[i].start <= m.start and m.end <= table[i].end) or m.kind == "date":
            continue
        cell = table[i]
        metric_header, period_header = (cell.row, cell.column) if tables.is_period(cell.column) else (cell.column, cell.row)
        if metric_header and not tables.is_period(metric_header):
            m.metric = singular(re.sub(r"\s*\([^)]*\)\s*$", "", metric_header))
            m.explain["metric_from"] = f"table header '{metric_header}'"
        found = find_times(period_header) if period_header else []
        period = found[0].period if found else None
        if period:
            m.period = period
            m.explain["period_from"] = f"table header '{period_header}'"


def _share_group_context(mentions: list[Mention]) -> None:
    """A conversion in brackets restates its partner: same metric, entity and period."""
    first: dict[str, Mention] = {}
    for m in mentions:
        if not m.group:
            continue
        lead = first.setdefault(m.group, m)
        if lead is not m:
            m.metric, m.entity, m.period = lead.metric or m.metric, lead.entity or m.entity, lead.period
            m.explain["period_from"] = "shared with the amount it converts"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: text between blank lines (or single newlines in one-paragraph-per-line text)."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text)]
    return spans or [(0, len(text))]


def _parse(pipeline: Pipeline, texts: list[str], deadline: float | None) -> list[Any]:
    """Parsed sentences, in order; ``None`` for every sentence past the deadline (or without a parser)."""
    if pipeline.mode != "full":
        return [None] * len(texts)
    out: list[Any] = []
    # sentences are short and batched 64 at a time, so memory stays flat on long documents
    for sdoc in pipeline.parse(texts, batch_size=64):
        out.append(sdoc)
        if deadline is not None and time.monotonic() > deadline:
            break
    return out + [None] * (len(texts) - len(out))


def _date_claims(text: str, times: list[TimeExpr], sentences: list[Sentence]) -> list[Mention]:
    out = []
    for t in times:
        if t.kind not in _DATE_KINDS or t.period is None:
            continue
        before = text[max(0, t.start - 60):t.start]
        ev = _EVENT.search(before) or _EVENT_LEAD.search(before) or _EVENT_AFTER.match(text, t.end, t.end + 100)
        if not ev or _NOT_EVENT.search(before) or t.kind == "year" and _YEAR_OF_NOUN.match(text, t.end):
            continue  # (not "approved a 2025 state budget": the year of the thing approved)
        if ev.re is _EVENT and (_COUNTED_OBJECT.match(before[ev.end("v"):])
                                or _COUNTED_SUBJECT.search(before, 0, ev.start("v"))):
            continue
        verb = (ev.group(1).lower() if ev.groups() else before.split()[0].lower()).replace("taking", "took").replace("takes", "took")
        verb = re.sub(r"^com(?:es|ing) into", "came into", verb)
        mention = Mention(t.start, t.end, "date", None, exact=True, step=0.0, period=t.period)
        mention.metric = _EVENT_METRIC.get(verb.split()[0] if verb not in _EVENT_METRIC else verb, "event date")
        mention.explain["period_from"] = f"date of '{verb}'"
        out.append(mention)
    return out


def _attribute_date(m: Mention, text: str, sdoc: Any, defaults: dict[str, Any]) -> None:
    described = described_by_event(m, sdoc)
    if described:  # "Health Bridges, a Kigali-based charity founded in 2009": an aside, the sentence goes on about others
        m.entity, m.explain["entity_from"] = described, f"'{described}', which the event's noun describes"
        return
    m.entity, m.explain["entity_from"] = date_entity(m, text, sdoc, defaults)
    if m.entity:  # "Ho Chi Minh City's first metro line opened on ...": later sentences may continue it
        defaults["last_entity"] = (m.entity, defaults.get("paragraph"))


def _owned_times(text: str, mentions: list[Mention], times: list[TimeExpr]) -> set[int]:
    """Time expressions directly after a value belong to that value."""
    owned = set()
    starts = [t.start for t in times]
    for m in mentions:
        i = bisect.bisect_left(starts, m.end)
        if i < len(times) and times[i].start - m.end < 12 and re.fullmatch(r"[\s,]*(?:in|by|as of)?\s*", text[m.end:times[i].start]):
            owned.add(times[i].start)
    return owned


def _main_entity(text: str, sdocs: list[Any]) -> str | None:
    counts: Counter[str] = Counter()
    for sdoc in sdocs:
        if sdoc is not None:
            counts.update(e.text for e in sdoc.ents if e.label_ == "GPE" or place_read_as_person(e))
    if not counts:
        head = text[:20000]
        counts.update(m.group(1) for m in _PLACE_HINT_ANY.finditer(head)
                      if m.group(1) not in _NOT_PLACES and not (m.start() and _WORD_CHAR.match(head, m.start() - 1)))
    if not counts:
        return None
    name, n = counts.most_common(1)[0]
    return name if n >= 2 else None
