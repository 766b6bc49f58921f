"""Walking directories as ripgrep users expect: repeatable and negated globs, hidden names, .gitignore."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seedner.io.readers import Document, Found, ReadOptions, iter_documents, list_inputs
from seedner.io.walking import Globs, check_glob, walk


def tree(root: Path, *names: str) -> Path:
    """Files under ``root``, each holding its own name; returns ``root``."""
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(name, "utf-8")
    return root


def walked(root: Path, *globs: str, **options: bool) -> list[str]:
    """The files a walk of ``root`` reads, relative to it, in the order read."""
    found = list(walk(root, globs or ("*.txt",), **options))
    assert not [item for item in found if isinstance(item, OSError)]
    return [item.relative_to(root).as_posix() for item in found if isinstance(item, Path)]


def test_several_globs_take_a_file_matching_any_of_them(tmp_path):
    root = tree(tmp_path / "corpus", "a.txt", "b.md", "c.rst", "sub/d.md")
    assert walked(root, "*.md", "*.txt") == ["a.txt", "b.md", "sub/d.md"]


def test_a_positive_glob_replaces_the_default_and_negative_ones_alone_keep_it(tmp_path):
    root = tree(tmp_path / "corpus", "a.txt", "b.md", "drafts/c.txt", "drafts/old/d.txt", "e.txt")
    assert walked(root, "*.md") == ["b.md"]
    assert walked(root, "!drafts/**") == ["a.txt", "e.txt"]
    assert walked(root, "!drafts") == ["a.txt", "e.txt"]  # a folder excluded by its name
    assert walked(root, "!e.txt") == ["a.txt", "drafts/c.txt", "drafts/old/d.txt"]
    assert walked(root, "*.md", "!b.md") == []
    assert Globs(["!drafts/**"]).takes("a.txt")  # the default *.txt stays


def test_a_glob_with_a_slash_matches_the_path_relative_to_the_directory(tmp_path):
    root = tree(tmp_path / "corpus", "2026/a.md", "old/2026/b.md", "2026/sub/c.md", "x.md")
    assert walked(root, "2026/*.md") == ["2026/a.md"]  # anchored: * stays in one folder
    assert walked(root, "/2026/**") == ["2026/a.md", "2026/sub/c.md"]
    assert walked(root, "**/2026/*.md") == ["2026/a.md", "old/2026/b.md"]
    assert walked(root, "*.md", "!old/") == ["x.md", "2026/a.md", "2026/sub/c.md"]


@pytest.mark.parametrize(
    ("glob", "path", "taken"),
    [
        ("*.txt", "a/b/c.txt", True),  # no slash: the base name
        ("*.txt", "a.txt/b.md", False),  # a folder's name does not take its files
        ("?.txt", "ab.txt", False),
        ("[ab].txt", "b.txt", True),
        ("[!ab].txt", "b.txt", False),
        ("[!ab].txt", "c.txt", True),
        ("a/**/z.txt", "a/z.txt", True),
        ("a/**/z.txt", "a/b/c/z.txt", True),
        ("a/*.txt", "a/b/z.txt", False),
        ("**", "a/b/z.txt", True),
        ("\\*.txt", "*.txt", True),
        ("\\*.txt", "a.txt", False),
        ("note[.txt", "note[.txt", True),  # an unclosed class is a literal bracket
    ],
)
def test_glob_syntax(glob, path, taken):
    assert Globs([glob]).takes(path) is taken


@pytest.mark.parametrize("glob", ["", "!", "/", "!/"])
def test_an_empty_glob_is_refused(glob):
    with pytest.raises(ValueError, match="empty glob"):
        check_glob(glob)


def test_hidden_files_and_folders_are_skipped_unless_asked(tmp_path):
    root = tree(tmp_path / "corpus", "a.txt", ".b.txt", ".venv/lib/c.txt", "sub/.cache/d.txt")
    assert walked(root) == ["a.txt"]
    assert walked(root, hidden=True) == [".b.txt", "a.txt", ".venv/lib/c.txt", "sub/.cache/d.txt"]


def test_a_hidden_directory_given_is_walked(tmp_path):
    root = tree(tmp_path / ".corpus", "a.txt", ".b.txt")
    assert walked(root) == ["a.txt"]


def test_gitignore_files_are_honoured_at_every_level(tmp_path):
    root = tree(
        tmp_path / "corpus",
        "a.txt",
        "out/b.txt",
        "c.tmp.txt",
        "keep.tmp.txt",
        "sub/d.txt",
        "sub/e.txt",
        "sub/f.tmp.txt",
    )
    (root / ".gitignore").write_text("out/\n*.tmp.txt\n!keep.tmp.txt\n", "utf-8")
    (root / "sub" / ".gitignore").write_text("e.txt\n!f.tmp.txt\n", "utf-8")  # deeper wins
    assert walked(root) == ["a.txt", "keep.tmp.txt", "sub/d.txt", "sub/f.tmp.txt"]
    everything = [
        "a.txt",
        "c.tmp.txt",
        "keep.tmp.txt",
        "out/b.txt",
        "sub/d.txt",
        "sub/e.txt",
        "sub/f.tmp.txt",
    ]
    assert walked(root, ignore=False) == everything


def test_the_repository_rules_above_the_directory_apply(tmp_path):
    repository = tmp_path / "repo"
    (repository / ".git" / "info").mkdir(parents=True)
    (repository / ".git" / "info" / "exclude").write_text("*.secret.txt\n", "utf-8")
    (repository / ".gitignore").write_text("build/\n/data/raw/\n", "utf-8")
    root = tree(
        repository / "data",
        "a.txt",
        "b.bak.txt",
        "c.secret.txt",
        "build/d.txt",
        "raw/e.txt",
        "notes/raw/f.txt",  # /data/raw/ is anchored: not this one
    )
    (root / ".gitignore").write_text("*.bak.txt\n", "utf-8")
    (repository / ".git" / "HEAD.txt").write_text("x", "utf-8")
    assert walked(root) == ["a.txt", "notes/raw/f.txt"]
    assert walked(root, ignore=False) == [
        "a.txt",
        "b.bak.txt",
        "c.secret.txt",
        "build/d.txt",
        "notes/raw/f.txt",
        "raw/e.txt",
    ]
    assert walked(repository, "HEAD.txt", hidden=True) == []  # .git is never walked with the ignore rules
    assert walked(repository, "HEAD.txt", hidden=True, ignore=False) == [".git/HEAD.txt"]


def test_above_the_repository_root_no_gitignore_applies(tmp_path):
    (tmp_path / ".gitignore").write_text("*.txt\n", "utf-8")
    repository = tree(tmp_path / "repo", "a.txt")
    (repository / ".git").mkdir()
    assert walked(repository) == ["a.txt"]


def test_outside_a_repository_the_walked_folders_gitignore_files_still_apply(tmp_path):
    (tmp_path / ".gitignore").write_text("*.txt\n", "utf-8")  # a parent outside any repository: not read
    root = tree(tmp_path / "corpus", "a.txt", "b.txt")
    (root / ".gitignore").write_text("b.txt\n", "utf-8")
    assert walked(root) == ["a.txt"]


def test_a_worktree_reads_the_exclude_file_of_its_main_repository(tmp_path):
    main_git = tmp_path / "main" / ".git"
    (main_git / "info").mkdir(parents=True)
    (main_git / "info" / "exclude").write_text("local.txt\n", "utf-8")
    (main_git / "worktrees" / "wt").mkdir(parents=True)
    (main_git / "worktrees" / "wt" / "commondir").write_text("../..\n", "utf-8")
    worktree = tree(tmp_path / "wt", "a.txt", "local.txt")
    (worktree / ".git").write_text(f"gitdir: {main_git / 'worktrees' / 'wt'}\n", "utf-8")
    assert walked(worktree) == ["a.txt"]


def test_seednerignore_is_read_after_gitignore(tmp_path):
    root = tree(tmp_path / "corpus", "a.txt", "b.txt", "c.txt")
    (root / ".gitignore").write_text("b.txt\n", "utf-8")
    (root / ".seednerignore").write_text("!b.txt\nc.txt\n", "utf-8")
    assert walked(root) == ["a.txt", "b.txt"]


def test_a_directory_its_parents_ignore_is_walked_when_named(tmp_path):
    repository = tmp_path / "repo"
    (repository / ".git").mkdir(parents=True)
    (repository / ".gitignore").write_text("vendor/\n*.log.txt\n", "utf-8")
    root = tree(repository / "vendor" / "lib", "a.txt", "b.log.txt")
    (root / ".gitignore").write_text("b.log.txt\n", "utf-8")
    assert walked(root) == ["a.txt"]  # its own rules still apply
    assert walked(repository) == []


def test_files_named_explicitly_are_always_read(tmp_path):
    root = tree(tmp_path / "corpus", ".hidden.md", "ignored.md", "a.txt")
    (root / ".gitignore").write_text("ignored.md\n", "utf-8")
    inputs = [str(root / ".hidden.md"), str(root / "ignored.md"), str(root)]
    options = ReadOptions(globs=("!a.txt",))
    names = [item.name for item in list_inputs(inputs, options) if isinstance(item, Found)]
    assert names == [str(root / ".hidden.md"), str(root / "ignored.md")]


def test_the_order_is_sorted_whatever_the_creation_order(tmp_path):
    """A folder's files (sorted), then its sub-folders (sorted), each walked the same way."""
    root = tree(tmp_path / "corpus", "z.txt", "b/y.txt", "a/x.txt", "B.txt", "a.txt", "a/b/w.txt")
    assert walked(root) == ["B.txt", "a.txt", "z.txt", "a/x.txt", "a/b/w.txt", "b/y.txt"]
    assert walked(root) == walked(root)


def test_the_reader_uses_the_same_walk(tmp_path):
    root = tree(tmp_path / "corpus", "a.txt", ".b.txt", "c.md")
    items = list(iter_documents([str(root)], ReadOptions(globs=("*.md", "*.txt"), hidden=True)))
    assert items == [
        Document(str(root / ".b.txt"), ".b.txt"),
        Document(str(root / "a.txt"), "a.txt"),
        Document(str(root / "c.md"), "c.md"),
    ]


def test_the_command_line_options_reach_the_reader(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    import seedner.execution.extract
    from seedner.cli.app import app

    seen = []
    monkeypatch.setattr(
        seedner.execution.extract, "run_extract", lambda options, *_, **__: seen.append(options) or 0
    )
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    for args in (["."], [".", "--glob", "*.md", "--glob", "!drafts/**", "--hidden", "--no-ignore"]):
        result = runner.invoke(app, ["extract", "--no-config", *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    assert [options.read for options in seen] == [
        ReadOptions(globs=("*.txt",), hidden=False, ignore=True),
        ReadOptions(globs=("*.md", "!drafts/**"), hidden=True, ignore=False),
    ]
    refused = runner.invoke(app, ["extract", "--glob", "!", "."])
    assert refused.exit_code == 2 and "empty glob" in refused.output


@pytest.mark.model
def test_extract_in_a_checkout_skips_its_virtual_environment(tmp_path, monkeypatch):
    """The issue's case: `seedner extract .` in a checkout read 121 files of .venv out of 126."""
    from typer.testing import CliRunner

    from seedner.cli.app import app

    checkout = tree(tmp_path / "checkout", "notes/a.txt", ".venv/lib/site/LICENSE.txt", "build/b.txt")
    (checkout / ".git").mkdir()
    (checkout / ".gitignore").write_text("build/\n", "utf-8")
    monkeypatch.chdir(checkout)
    runner = CliRunner()

    def docs(*args: str) -> list[str]:
        result = runner.invoke(
            app, ["extract", "-q", "--no-config", "-f", "doc", *args], catch_exceptions=False
        )
        assert result.exit_code == 0, result.output
        return [json.loads(line)["doc"] for line in result.stdout.splitlines()]

    assert docs(".") == ["notes/a.txt"]
    assert docs(".", "--hidden") == [".venv/lib/site/LICENSE.txt", "notes/a.txt"]
    assert docs(".", "--no-ignore") == ["build/b.txt", "notes/a.txt"]
