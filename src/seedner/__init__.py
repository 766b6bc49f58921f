"""seedner: people, organisations, places and acronyms from French text.

Library use::

    from seedner import Extractor
    extractor = Extractor()
    for record in extractor.extract_text("La DGSI a interpellé deux hommes à Lyon."):
        print(record["label"], record["text"])

As a spaCy pipeline::

    import seedner
    nlp = seedner.load()                          # a spacy.language.Language
    print([(ent.text, ent.label_) for ent in nlp("La DGSI enquête à Lyon.").ents])

This module is the public API; the subpackages are the implementation.
Importing it is cheap: spaCy and the model load when an :class:`Extractor` is
built or :func:`load` called, Dask when :func:`extract_bag` or :func:`extract_to_directory` is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from seedner.version import __version__

if TYPE_CHECKING:
    from seedner.errors import GazetteerError, InputError, ModelLoadError, OutputError, SeednerError
    from seedner.execution.batches import Result
    from seedner.execution.cluster import extract_bag, extract_to_directory
    from seedner.execution.extractor import Extractor
    from seedner.execution.options import ExtractionOptions
    from seedner.io.readers import Document, InputFormat, ReadOptions, iter_documents
    from seedner.pipeline.build import build_pipeline, load
    from seedner.pipeline.settings import PipelineSettings
    from seedner.records.record import LABELS, RECORD_FIELDS, Record, record_schema
    from seedner.resources import default_dictionary_file, default_dictionary_files, default_gazetteer_files

__all__ = [
    "LABELS",
    "RECORD_FIELDS",
    "Document",
    "ExtractionOptions",
    "Extractor",
    "GazetteerError",
    "InputError",
    "InputFormat",
    "ModelLoadError",
    "OutputError",
    "PipelineSettings",
    "ReadOptions",
    "Record",
    "Result",
    "SeednerError",
    "__version__",
    "build_pipeline",
    "default_dictionary_file",
    "default_dictionary_files",
    "default_gazetteer_files",
    "extract_bag",
    "extract_to_directory",
    "iter_documents",
    "load",
    "record_schema",
]

# Every public name, loaded on first use from its home: ``seedner --help`` imports none of them.
_HOMES = {
    "Extractor": "seedner.execution.extractor",
    "Result": "seedner.execution.batches",
    "ExtractionOptions": "seedner.execution.options",
    "extract_bag": "seedner.execution.cluster",
    "extract_to_directory": "seedner.execution.cluster",
    "build_pipeline": "seedner.pipeline.build",
    "load": "seedner.pipeline.build",
    "PipelineSettings": "seedner.pipeline.settings",
    "Document": "seedner.io.readers",
    "InputFormat": "seedner.io.readers",
    "ReadOptions": "seedner.io.readers",
    "iter_documents": "seedner.io.readers",
    "LABELS": "seedner.records.record",
    "RECORD_FIELDS": "seedner.records.record",
    "Record": "seedner.records.record",
    "record_schema": "seedner.records.record",
    "default_dictionary_file": "seedner.resources",
    "default_dictionary_files": "seedner.resources",
    "default_gazetteer_files": "seedner.resources",
    "GazetteerError": "seedner.errors",
    "InputError": "seedner.errors",
    "ModelLoadError": "seedner.errors",
    "OutputError": "seedner.errors",
    "SeednerError": "seedner.errors",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'seedner' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
