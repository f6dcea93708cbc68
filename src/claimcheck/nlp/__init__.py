"""NLP layer: pipeline loading with fallback, and cheap sentence splitting."""

from .pipeline import DEFAULT_MODELS, Pipeline, load
from .sentences import Sentence, split_sentences

__all__ = ["DEFAULT_MODELS", "Pipeline", "Sentence", "load", "split_sentences"]
