"""The one shape of every seedner component, and the serialisation of their data as JSON rows.

Every component is a spaCy :class:`~spacy.pipeline.Pipe` whose ``process`` runs
under the pipeline's error handler (``nlp.set_error_handler`` applies to all of
them).  Components with data (gazetteer entries, institution heads, acronym
senses) keep it as rows: spaCy saves a pipeline with ``nlp.to_disk``, ``to_bytes``
and pickle, the rows travel with it, so a saved pipeline needs none of the data
files it was built from.

A component with data works after ``nlp.add_pipe`` alone: until it is given data (``initialize``,
``from_bytes``/``from_disk``, or a method that sets it, such as ``add_entries``), its first use loads
its default data, as ``initialize()`` does.  Nothing is shared between instances.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar, Self

import srsly
from spacy import util
from spacy.pipeline import Pipe
from spacy.tokens import Doc
from spacy.util import SimpleFrozenList


class SeednerPipe(Pipe):
    """A component: ``process`` annotates a Doc; an error goes to the pipeline's error handler."""

    name: str

    def process(self, doc: Doc) -> None:
        raise NotImplementedError

    def _ensure_initialized(self) -> None:
        """Load the default data if the component has none yet (one without data has nothing to do)."""

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_initialized()  # a data file that cannot be read is no document's error: it raises
        error_handler = self.get_error_handler()
        try:
            self.process(doc)
            return doc
        except Exception as error:
            return error_handler(self.name, self, [doc], error)


class JsonRowsPipe(SeednerPipe):
    """A component whose data is ``_dump()`` rows, saved as ``<data_name>.jsonl`` on disk.

    ``_has_data`` is false until the component is given data; subclasses set it where they take data,
    and their ``initialize()`` with no argument loads the defaults.
    """

    data_name: ClassVar[str] = "entries"
    _has_data: bool = False

    def initialize(self, get_examples: Any = None, *, nlp: Any = None) -> None:
        raise NotImplementedError

    def _ensure_initialized(self) -> None:
        if not self._has_data:
            self.initialize()
            self._has_data = True

    def _dump(self) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _load(self, rows: Iterable[dict[str, Any]]) -> None:
        raise NotImplementedError

    def to_bytes(self, *, exclude: Iterable[str] = SimpleFrozenList()) -> bytes:
        self._ensure_initialized()  # a component saved before its first use keeps its default data
        return util.to_bytes({self.data_name: lambda: srsly.json_dumps(self._dump())}, exclude)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = SimpleFrozenList()) -> Self:
        util.from_bytes(bytes_data, {self.data_name: lambda b: self._load(srsly.json_loads(b))}, exclude)
        self._has_data = True
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        self._ensure_initialized()
        serializers = {self.data_name: lambda p: srsly.write_jsonl(p.with_suffix(".jsonl"), self._dump())}
        util.to_disk(util.ensure_path(path), serializers, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> Self:
        def load(p: Path) -> None:
            file = p.with_suffix(".jsonl")
            self._load(srsly.read_jsonl(file) if file.exists() else ())  # saved with no rows

        util.from_disk(util.ensure_path(path), {self.data_name: load}, exclude)
        self._has_data = True
        return self


class MatchingPipe(JsonRowsPipe):
    """A rule component: ``match`` finds spans, ``set_annotations`` writes them."""

    def match(self, doc: Doc) -> Any:
        raise NotImplementedError

    def set_annotations(self, doc: Doc, matches: Any) -> None:
        raise NotImplementedError

    def process(self, doc: Doc) -> None:
        self.set_annotations(doc, self.match(doc))
