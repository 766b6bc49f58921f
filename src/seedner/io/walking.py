"""Walking a directory the way ripgrep users expect: globs, hidden names and ``.gitignore``.

:func:`walk` gives the files of a directory to read, in sorted order, and the
folders it could not list; turning them into inputs is the reader's business.

- Globs (``--glob``, repeatable) are matched against the path relative to the
  directory given, or against the base name for a pattern without a slash
  (``*.md``); ``*`` and ``?`` stop at a slash, ``**`` crosses folders, a leading
  ``!`` excludes.  A file is taken when it matches at least one positive glob
  and no negative one; with no positive glob, :data:`DEFAULT_GLOB` is the
  positive one.  A negative glob that matches a folder (``!drafts``,
  ``!drafts/**``) leaves the folder unwalked.
- Hidden names (starting with ``.``) below the directory given are skipped
  unless ``hidden`` (the directory given may itself be hidden).
- Unless ``ignore`` is false, what git ignores is skipped: the patterns of the
  ``.gitignore`` files in the walked folders and in their parents up to the
  repository root (the folder holding ``.git``), of ``.git/info/exclude``, and
  of ``.seednerignore`` files (read after ``.gitignore``, so they win), with
  git's precedence: a deeper file wins, and in one file the last pattern that
  matches.  ``.git`` folders are never walked then.  A directory given
  explicitly is walked even when its parents' rules ignore it (those rules are
  then left out for it, as the directory was asked for by name).

:func:`display_name` and :func:`os_cause` say how a path and an OS error are named in messages.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a walk meets an ignore file: `seedner --help` never pays for it
    from pathspec import GitIgnoreSpec

DEFAULT_GLOB = "*.txt"
IGNORE_FILES = (".gitignore", ".seednerignore")  # read in this order in a folder: the later wins


def check_glob(pattern: str) -> str:
    """A ``--glob`` value, checked: raises ValueError when nothing is left to match."""
    if not pattern.removeprefix("!").strip("/"):
        raise ValueError(f"empty glob {pattern!r}")
    return pattern


@dataclass(frozen=True)
class _Glob:
    regex: re.Pattern[str]
    anchored: bool  # it has a slash (but a trailing one): matched against the relative path
    folders_only: bool  # it ends with a slash

    @classmethod
    def parse(cls, pattern: str) -> _Glob:
        folders_only = pattern.endswith("/")
        pattern = pattern.rstrip("/")
        anchored = "/" in pattern
        return cls(re.compile(_translate(pattern.lstrip("/"))), anchored, folders_only)

    def matches(self, relative: str, *, folder: bool) -> bool:
        if self.folders_only and not folder:
            return False
        subject = relative if self.anchored else relative.rpartition("/")[2]
        return self.regex.fullmatch(subject) is not None


class Globs:
    """Which files a directory walk takes, and which folders it leaves out."""

    def __init__(self, patterns: Iterable[str]) -> None:
        patterns = list(patterns)
        positive = [pattern for pattern in patterns if not pattern.startswith("!")] or [DEFAULT_GLOB]
        self.include = [_Glob.parse(pattern) for pattern in positive]
        self.exclude = [_Glob.parse(pattern[1:]) for pattern in patterns if pattern.startswith("!")]

    def takes(self, relative: str) -> bool:
        """Whether the file at ``relative`` (to the directory given) is read."""
        return any(glob.matches(relative, folder=False) for glob in self.include) and not any(
            glob.matches(relative, folder=False) for glob in self.exclude
        )

    def prunes(self, relative: str) -> bool:
        """Whether a negative glob leaves the folder at ``relative`` out, with all it holds."""
        return any(
            glob.matches(relative, folder=True) or glob.matches(relative + "/", folder=True)
            for glob in self.exclude
        )


def _translate(pattern: str) -> str:
    """A glob as a regular expression: ``*`` and ``?`` within a path component, ``**`` across them."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        whole_component = (i == 0 or pattern[i - 1] == "/") and pattern.startswith("**", i)
        if whole_component and i + 2 == n:  # "**" at the end: anything, folders included
            out.append(".*")
            i += 2
        elif whole_component and pattern[i + 2] == "/":  # "**/": any number of folders, none too
            out.append("(?:[^/]*/)*")
            i += 3
        elif char == "*":
            while i < n and pattern[i] == "*":
                i += 1
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
            i += 1
        elif char == "[" and (end := _class_end(pattern, i)) > 0:
            inside = pattern[i + 1 : end].replace("\\", "\\\\")
            if inside.startswith("!"):
                inside = "^" + inside[1:]
            elif inside.startswith("^"):
                inside = "\\" + inside
            out.append(f"(?!/)[{inside}]")
            i = end + 1
        elif char == "\\" and i + 1 < n:
            out.append(re.escape(pattern[i + 1]))
            i += 2
        else:
            out.append(re.escape(char))
            i += 1
    return "".join(out)


def _class_end(pattern: str, start: int) -> int:
    """Where the character class opened at ``start`` closes; -1 when it does not (a literal ``[``)."""
    i = start + 1
    if i < len(pattern) and pattern[i] == "!":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    return pattern.find("]", i)


# An ignore file's patterns and where they apply: the folder holding it, relative to the anchor of the walk.
_Layer = tuple[str, "GitIgnoreSpec"]


def walk(
    root: Path, globs: Iterable[str] = (DEFAULT_GLOB,), *, hidden: bool = False, ignore: bool = True
) -> Iterator[Path | OSError]:
    """The files under ``root`` to read, sorted, and an OSError for each folder that could not be listed."""
    rules = Globs(globs)
    anchor, above = _anchor(root) if ignore else ("", [])
    inherited: dict[str, tuple[str, list[_Layer]]] = {os.fspath(root): ("", above)}
    problems: list[OSError] = []
    for folder, subfolders, files in os.walk(root, onerror=problems.append):
        yield from problems
        problems.clear()
        relative, layers = inherited.pop(folder, ("", []))
        if ignore:
            layers = layers + _read_layers(folder, anchor + relative, present=files)
        here = _Folder(anchor + relative, layers, hidden=hidden, ignore=ignore)
        subfolders[:] = sorted(
            name for name in subfolders if here.keeps(name, folder=True) and not rules.prunes(relative + name)
        )
        for name in subfolders:
            inherited[os.path.join(folder, name)] = (relative + name + "/", layers)
        for name in sorted(files):
            if here.keeps(name, folder=False) and rules.takes(relative + name):
                yield Path(folder) / name
    yield from problems


@dataclass(frozen=True)
class _Folder:
    """A walked folder: its path from the anchor (with a trailing slash) and the ignore rules in force."""

    path: str
    layers: list[_Layer]
    hidden: bool
    ignore: bool

    def keeps(self, name: str, *, folder: bool) -> bool:
        """Whether the entry ``name`` is neither hidden nor ignored."""
        if not self.hidden and name.startswith("."):
            return False
        if not self.ignore:
            return True
        if folder and name == ".git":
            return False
        return not (self.layers and _ignored(self.layers, self.path + name, folder=folder))


def _ignored(layers: list[_Layer], path: str, *, folder: bool) -> bool:
    """Whether ``path`` (relative to the anchor) is ignored: the deepest rule that decides wins."""
    subject = path + "/" if folder else path
    for base, spec in reversed(layers):
        if base and not subject.startswith(base):
            continue
        decision = spec.check_file(subject[len(base) :]).include
        if decision is not None:
            return decision
    return False


def _anchor(root: Path) -> tuple[str, list[_Layer]]:
    """Where ignore patterns are relative to (``root`` from the repository root, ``""`` outside one,
    with a trailing slash) and the ignore layers of the folders above ``root`` inside its repository."""
    try:
        start = root.resolve()
    except OSError:
        return "", []
    repository = next((folder for folder in (start, *start.parents) if (folder / ".git").exists()), None)
    if repository is None or repository == start:
        return "", _exclude_layer(repository) if repository is not None else []
    layers = _exclude_layer(repository)
    parts = start.relative_to(repository).parts
    for depth in range(len(parts)):
        base = "".join(part + "/" for part in parts[:depth])
        layers += _read_layers(repository.joinpath(*parts[:depth]), base)
        if _ignored(layers, base + parts[depth], folder=True):  # asked for by name: its parents' rules go
            return "", []
    return "/".join(parts) + "/", layers


def _exclude_layer(repository: Path) -> list[_Layer]:
    """``.git/info/exclude`` (in the main repository's folder for a worktree, whose ``.git`` is a file)."""
    git = repository / ".git"
    if git.is_file():
        try:
            text = git.read_text("utf-8")
            pointed = Path(text.partition("gitdir:")[2].strip())
            git = repository / pointed
            common = git / "commondir"
            if common.is_file():
                git = git / common.read_text("utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return []
    return _layer(git / "info" / "exclude", "")


def _read_layers(folder: str | Path, base: str, present: Iterable[str] | None = None) -> list[_Layer]:
    """The ignore files of ``folder``; ``present``: its file names, when already listed."""
    names = IGNORE_FILES if present is None else [name for name in IGNORE_FILES if name in present]
    return [layer for name in names for layer in _layer(Path(folder) / name, base)]


def _layer(path: Path, base: str) -> list[_Layer]:
    """The patterns of one ignore file, if it exists and says anything."""
    try:
        lines = path.read_text("utf-8", errors="replace").splitlines()
    except OSError:  # absent (the common case), a folder, unreadable: no rules from it
        return []
    from pathspec import GitIgnoreSpec

    spec = GitIgnoreSpec.from_lines(lines)
    return [(base, spec)] if len(spec) else []


def display_name(path: str) -> str:
    """``path`` as valid Unicode for records and messages.

    A file name that is not UTF-8 reaches Python with lone surrogates
    (``café`` in latin-1 is ``caf\\udce9``), which no UTF-8 output can carry:
    the undecodable bytes become U+FFFD, so the run goes on and stays valid.
    """
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "replace")
    return path


def os_cause(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    return error.strerror or str(error)
