"""Domain errors raised by the library.

The library never prints: it raises one of these, and the command line turns
them into one-line messages on stderr with the right exit code.
"""

from __future__ import annotations


class SeednerError(Exception):
    """Base class of every error seedner raises on purpose."""


class InputError(SeednerError):
    """One input (file, stdin, JSONL line) cannot be read; the others go on."""

    def __init__(self, source: str, cause: str) -> None:
        super().__init__(f"{source}: {cause}")
        self.source = source
        self.cause = cause


class ModelLoadError(SeednerError):
    """The statistical model is missing or broken."""


class GazetteerError(SeednerError):
    """A gazetteer file is malformed; carries every problem found, not just the first."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class OptionError(SeednerError):
    """An option's value cannot be used for this run (found once the run started); a usage error."""

    def __init__(self, option: str, message: str) -> None:
        super().__init__(f"{option}: {message}")
        self.option = option
        self.message = message


class ConfigError(SeednerError):
    """The configuration file (``seedner.toml``, ``[tool.seedner]``) is malformed; a usage error."""


class DiffInputError(SeednerError):
    """A result file given to ``seedner diff`` cannot be read or holds no records; a usage error."""


class OutputError(SeednerError):
    """The output cannot be written (disk full, permission, closed stdout)."""


class ReaderGone(SeednerError):
    """The reader of our output went away (``| head -1``): stop quietly."""
