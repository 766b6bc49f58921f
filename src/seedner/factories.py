"""Registers every seedner spaCy component with spaCy.

Importing this module is enough for ``nlp.add_pipe("seedner_gazetteer")``; the
``spacy_factories`` entry points in ``pyproject.toml`` point at the same
factories, so any spaCy user gets them without importing seedner first.
"""

from __future__ import annotations

from .acronyms import make_acronym_detector
from .gazetteer import make_gazetteer
from .institutions import make_institutions
from .masks import make_masker

__all__ = ["make_acronym_detector", "make_gazetteer", "make_institutions", "make_masker"]
