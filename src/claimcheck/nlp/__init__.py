"""NLP layer: pipeline loading with fallback, and cheap sentence splitting."""

from .pipeline import DEFAULT_MODELS, Pipeline, has_noun_index, is_common_noun, load
from .sentences import Sentence, split_sentences

__all__ = ["DEFAULT_MODELS", "Pipeline", "Sentence", "has_noun_index", "is_common_noun", "load", "split_sentences"]
