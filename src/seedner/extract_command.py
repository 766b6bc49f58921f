"""What ``seedner extract`` does once its options are parsed.

Kept out of ``cli.py`` so the command line stays declarations only, and so the
run can be driven from Python with the same behaviour.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO

from .batch import write_results
from .console import Diagnostics
from .errors import OutputError, ReaderGone
from .io import Item, ReadOptions, iter_documents
from .pipeline import PipelineSettings
from .records import unique_records
from .runner import Extractor, Result
from .writers import DIRECTORY_FORMATS, AtomicOutput, make_writer


@dataclass(frozen=True)
class ExtractRequest:
    """Every option of ``seedner extract``."""

    inputs: tuple[str, ...] = ()
    output: Path | None = None
    format: str = "jsonl"
    input_format: str = "auto"
    glob: str = "*.txt"
    text_field: str = "text"
    id_field: str = "id"
    encoding: str = "utf-8"
    labels: frozenset[str] | None = None
    gazetteers: tuple[Path, ...] = ()
    default_gazetteers: bool = True
    scheduler: str | None = None  # a Dask scheduler address, or "local"
    unique: bool = False
    jobs: int = 1
    quiet: bool = False
    include_text: bool = False

    def read_options(self) -> ReadOptions:
        return ReadOptions(
            glob=self.glob,
            input_format=self.input_format,  # type: ignore[arg-type]
            text_field=self.text_field,
            id_field=self.id_field,
            encoding=self.encoding,
        )

    def pipeline_settings(self) -> PipelineSettings:
        return PipelineSettings(gazetteer_paths=self.gazetteers, default_gazetteers=self.default_gazetteers)


def run_extract(request: ExtractRequest, diagnostics: Diagnostics) -> int:
    """Run the extraction; returns the exit code (0, or 1 when an input failed).

    The pipeline is built before any output is opened, so a setup error (model
    missing, malformed gazetteer) leaves no file behind.
    """
    if request.scheduler is not None:  # the same run on a Dask cluster, one part file per partition
        from .dask import run_extract_on_cluster

        return run_extract_on_cluster(request, diagnostics)
    results = extraction_results(
        request, iter_documents(request.inputs, request.read_options(), notify=diagnostics.note)
    )
    if request.unique:
        results = (replace(result, records=tuple(unique_records(result.records))) for result in results)
    directory = request.output if request.format in DIRECTORY_FORMATS else None  # brat: -o is a folder
    target = open_output(None if directory else request.output)
    stream: IO[bytes] = target.stream if isinstance(target, AtomicOutput) else target
    writer = make_writer(request.format, stream, include_text=request.include_text, directory=directory)
    several = len(request.inputs) > 1 or any(Path(i).is_dir() for i in request.inputs if i != "-")
    try:
        with diagnostics.progress(several) as advance:
            summary = write_results(
                results,
                writer,
                report_error=diagnostics.error,
                labels=request.labels,
                on_result=lambda _result: advance(),
            )
    except BaseException as error:
        if isinstance(target, AtomicOutput):
            target.discard()
        if isinstance(error, BrokenPipeError):
            raise ReaderGone() from None
        if isinstance(error, OSError):
            where = "stdout" if request.output is None or str(request.output) == "-" else request.output
            raise OutputError(f"{where}: {error.strerror or error}") from None
        raise
    if isinstance(target, AtomicOutput):
        try:
            target.commit()
        except OSError as error:
            target.discard()  # no temporary file left beside the output
            raise OutputError(f"{request.output}: {error.strerror or error}") from None
    diagnostics.summary(summary.line())
    return 1 if summary.errors else 0


def extraction_results(request: ExtractRequest, items: Iterator[Item]) -> Iterator[Result]:
    """Results in input order, from this process or from ``--jobs`` workers.

    The one-process pipeline is built here, before any output is opened, so a
    set-up error leaves no file behind.
    """
    settings = request.pipeline_settings()
    if request.jobs == 1:
        return Extractor(settings=settings).run(items)
    from .parallel import run_parallel

    return run_parallel(items, settings, request.jobs)


def open_output(path: Path | None) -> AtomicOutput | IO[bytes]:
    try:
        if path is None or str(path) == "-":
            if sys.stdout is None:
                raise OutputError("stdout is closed")
            return sys.stdout.buffer
        if path.exists() and not path.is_file():  # /dev/stdout, /dev/full, a FIFO: write in place
            return path.open("wb")
        return AtomicOutput(path)
    except OSError as error:
        raise OutputError(f"{path}: {error.strerror or error}") from None
