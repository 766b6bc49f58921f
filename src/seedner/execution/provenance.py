"""What a run was made with, and one fingerprint of it: ``seedner info`` and ``extract --provenance``.

Nothing here imports spaCy or loads the model: the model's name, version and
components come from its ``meta.json`` (in the installed package or the model
directory), the versions from the installed packages' metadata, and every data
file is hashed from its bytes.  ``seedner info`` is therefore as fast as reading
the data files once.

The pipeline fingerprint is a SHA-256 over everything that turns a document into
records: the seedner version, the model's name and version, the content of every
data file the pipeline reads (default gazetteers, acronym dictionaries,
institution heads, the user's gazetteers), the pipeline switches and the labels
kept.  Paths do not enter it, contents do: the same run on another machine gives
the same fingerprint, and a changed gazetteer line gives another.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import platform
import time
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from seedner.errors import GazetteerError
from seedner.execution.options import ExtractionOptions
from seedner.pipeline.settings import PipelineSettings
from seedner.resources import default_dictionary_files, default_gazetteer_files, gazetteer_dir
from seedner.version import __version__

HEADS_FILENAME = "institution_heads.txt"
FINGERPRINT_FORMAT = 1  # raised whenever what the fingerprint covers changes


@dataclass(frozen=True)
class ModelInfo:
    """The spaCy pipeline named by ``--model``, as described by its ``meta.json``."""

    requested: str
    name: str  # e.g. fr_core_news_md (lang_name from meta.json), else what was requested
    version: str | None  # None: not found
    path: str | None = None  # the directory holding meta.json
    components: tuple[str, ...] = ()

    @property
    def found(self) -> bool:
        return self.version is not None


@dataclass(frozen=True)
class DataFile:
    """One data file the pipeline reads."""

    role: str  # gazetteer, user gazetteer, acronym dictionary, institution heads
    path: Path
    sha256: str
    entries: int | None = None  # counted by :func:`describe` only

    def to_dict(self) -> dict[str, Any]:
        return {"role": self.role, "path": str(self.path), "entries": self.entries, "sha256": self.sha256}


@dataclass(frozen=True)
class Description:
    """Everything ``seedner info`` prints."""

    seedner: str
    python: str
    spacy: str | None
    model: ModelInfo
    config: Path | None
    data_files: tuple[DataFile, ...]
    settings: dict[str, Any]
    fingerprint: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "seedner": self.seedner,
            "python": self.python,
            "spacy": self.spacy,
            "model": asdict(self.model) | {"components": list(self.model.components)},
            "config": str(self.config) if self.config else None,
            "data_files": [data.to_dict() for data in self.data_files],
            "settings": self.settings,
            "fingerprint": self.fingerprint,
        }


def package_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def model_info(model: str) -> ModelInfo:
    """Name, version and components of ``model``: an installed package first, as spaCy does, else a folder."""
    meta_path: Path | None = None
    spec = None
    if model.isidentifier():
        try:
            spec = importlib.util.find_spec(model)
        except (ImportError, ValueError):
            spec = None
    if spec is not None and spec.submodule_search_locations:
        meta_path = Path(next(iter(spec.submodule_search_locations))) / "meta.json"
    elif Path(model).is_dir():
        meta_path = Path(model) / "meta.json"
    try:
        meta = json.loads(meta_path.read_text("utf-8")) if meta_path is not None else {}
    except (OSError, ValueError):
        meta = {}
    if not isinstance(meta, dict):
        meta = {}
    version = meta.get("version") or (package_version(model) if spec is not None else None)
    lang, name = meta.get("lang"), meta.get("name")
    return ModelInfo(
        requested=model,
        name=f"{lang}_{name}" if lang and name else model,
        version=str(version) if version else None,
        path=str(meta_path.parent) if meta_path is not None and meta_path.is_file() else None,
        components=tuple(str(pipe) for pipe in meta.get("pipeline", ()) if isinstance(pipe, str)),
    )


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def data_files(settings: PipelineSettings) -> list[DataFile]:
    """The data files the pipeline built with ``settings`` reads, in the order it reads them."""
    from seedner.gazetteer.files import gazetteer_files

    wanted: list[tuple[str, Path]] = []
    if settings.gazetteer:
        defaults = (
            {path.resolve() for path in default_gazetteer_files()} if settings.default_gazetteers else set()
        )
        for path in gazetteer_files(settings.gazetteer_paths, include_defaults=settings.default_gazetteers):
            exists = path.exists()
            wanted.append(("gazetteer" if exists and path.resolve() in defaults else "user gazetteer", path))
        if settings.institutions and settings.default_gazetteers:
            wanted.append(("institution heads", gazetteer_dir() / HEADS_FILENAME))
    if settings.acronyms:
        wanted.extend(("acronym dictionary", path) for path in default_dictionary_files())
    found: list[DataFile] = []
    problems: list[str] = []
    for role, path in wanted:
        try:
            found.append(DataFile(role, path, file_sha256(path)))
        except OSError as error:
            problems.append(f"{path}: {error.strerror or error}")
    if problems:
        raise GazetteerError(problems)
    return found


def fingerprint(
    settings: PipelineSettings,
    labels: frozenset[str] | None,
    *,
    model: ModelInfo | None = None,
    files: list[DataFile] | None = None,
) -> str:
    """SHA-256 (hex) of what turns a document into records; see the module's docstring."""
    model = model or model_info(settings.model)
    files = files if files is not None else data_files(settings)
    payload = {
        "format": FINGERPRINT_FORMAT,
        "seedner": __version__,
        "model": [model.name, model.version],
        "data": [[data.role, data.sha256] for data in files],
        "switches": pipeline_switches(settings),
        "labels": sorted(labels) if labels is not None else None,
    }
    text = json.dumps(payload, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def pipeline_switches(settings: PipelineSettings) -> dict[str, bool]:
    return {
        "gazetteer": settings.gazetteer,
        "default_gazetteers": settings.default_gazetteers,
        "institutions": settings.institutions,
        "acronyms": settings.acronyms,
    }


def count_entries(data: DataFile) -> int:
    """Entries of a data file as the pipeline reads them (raises GazetteerError for a malformed one)."""
    if data.role.endswith("gazetteer"):
        from seedner.gazetteer.files import load_gazetteers

        return len(load_gazetteers([data.path]))
    if data.role == "institution heads":
        from seedner.gazetteer.heads import read_institution_heads

        return len(read_institution_heads(data.path).to_rows())
    with data.path.open(encoding="utf-8", newline="") as stream:
        return sum(1 for _row in csv.DictReader(stream))


def describe(options: ExtractionOptions, config: Path | None = None) -> Description:
    """What ``seedner info`` shows for these options (reads each data file; never loads the model)."""
    settings = options.pipeline
    model = model_info(settings.model)
    files = [
        DataFile(data.role, data.path, data.sha256, count_entries(data)) for data in data_files(settings)
    ]
    return Description(
        seedner=__version__,
        python=platform.python_version(),
        spacy=package_version("spacy"),
        model=model,
        config=config,
        data_files=tuple(files),
        settings={
            "labels": sorted(options.labels) if options.labels is not None else None,
            **pipeline_switches(settings),
            "gazetteer_paths": [str(path) for path in settings.gazetteer_paths],
        },
        fingerprint=fingerprint(settings, options.labels, model=model, files=files),
    )


@dataclass(frozen=True)
class RunRecord:
    """How a run was started, for the ``--provenance`` sidecar (the command line fills it)."""

    command: tuple[str, ...]
    config: Path | None = None
    started: float = field(default_factory=time.time)


def sidecar_path(output: Path) -> Path:
    """``FILE.meta.json`` beside ``FILE``."""
    return output.with_name(output.name + ".meta.json")


def sidecar(options: ExtractionOptions, run: RunRecord, output: Path) -> dict[str, Any]:
    """The content of ``FILE.meta.json``: enough to know what produced FILE and to run it again.

    Computed before the run, from the files the pipeline is about to read; the exit code is added after.
    """
    settings = options.pipeline
    model = model_info(settings.model)
    files = data_files(settings)
    return {
        "fingerprint": fingerprint(settings, options.labels, model=model, files=files),
        "seedner": __version__,
        "command": list(run.command),
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(run.started)),
        "inputs": list(options.inputs),
        "output": str(output),
        "exit_code": None,
        "config": str(run.config) if run.config else None,
        "model": {"name": model.name, "version": model.version},
        "labels": sorted(options.labels) if options.labels is not None else None,
        "data_files": [{"role": data.role, "path": str(data.path), "sha256": data.sha256} for data in files],
    }


def write_sidecar(output: Path, content: dict[str, Any]) -> Path:
    """Write ``FILE.meta.json`` atomically; returns its path."""
    from seedner.io.atomic import replace_file

    path = sidecar_path(output)
    replace_file(path, (json.dumps(content, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return path
