"""Registers every seedner spaCy component with spaCy.

Importing this module is enough for ``nlp.add_pipe("seedner_gazetteer")``; the
``spacy_factories`` entry points in ``pyproject.toml`` point at the same
factories, so any spaCy user gets them without importing seedner first.
"""

from __future__ import annotations

from seedner.acronyms.component import make_acronym_detector
from seedner.components.masks import make_masker
from seedner.gazetteer.component import make_gazetteer
from seedner.gazetteer.institutions import make_institutions
from seedner.pipeline.cleaning import make_cleaning

__all__ = ["make_acronym_detector", "make_cleaning", "make_gazetteer", "make_institutions", "make_masker"]
