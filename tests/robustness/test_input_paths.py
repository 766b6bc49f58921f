"""Inputs that are not readable text files: each is reported by name, the others are processed."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from seedner.cli.app import ExitCode
from seedner.execution.partitions import plan_partitions, read_units
from seedner.io.readers import Document, InputFailure, Item, ReadOptions, iter_documents

from ..conftest import parse_jsonl
from .helpers import DISPATCH, remove_tree, run_seedner, unprivileged_prefix, world_readable_dir

pytestmark = pytest.mark.model

# Reads the given inputs as ``nobody`` and prints one JSON line per item.  The
# privileges are dropped only after the imports, so this works even when the
# interpreter itself lives where ``nobody`` may not go.
_READ_AS_NOBODY = """
import json, os, sys
from seedner.io.readers import InputFailure, iter_documents
os.setgroups([]); os.setgid(65534); os.setuid(65534)
for item in iter_documents(sys.argv[1:]):
    kind = "failure" if isinstance(item, InputFailure) else "document"
    name = item.source if isinstance(item, InputFailure) else item.name
    print(json.dumps([kind, name, getattr(item, "cause", None)]))
"""


@pytest.fixture
def shared_tree() -> Iterator[Path]:
    """A folder another user can enter, with readable and unreadable inputs inside."""
    root = world_readable_dir()
    (root / "good.txt").write_text(DISPATCH, "utf-8")
    (root / "secret.txt").write_text("Marie Dubois", "utf-8")
    (root / "secret.txt").chmod(0o000)
    for name in ("locked", "no-exec", "corpus", "corpus/closed", "corpus/open"):
        (root / name).mkdir()
    (root / "locked" / "a.txt").write_text("Lyon", "utf-8")
    (root / "no-exec" / "b.txt").write_text("Nice", "utf-8")
    (root / "corpus" / "closed" / "c.txt").write_text("Lille", "utf-8")
    (root / "corpus" / "open" / "d.txt").write_text(DISPATCH, "utf-8")
    (root / "locked").chmod(0o000)
    (root / "no-exec").chmod(0o644)  # may be listed, not entered
    (root / "corpus" / "closed").chmod(0o000)
    for path in root.rglob("*"):
        if path.is_file() and path.name != "secret.txt":
            path.chmod(0o644)
    yield root
    remove_tree(root)


def test_missing_path_is_reported_and_the_others_processed(cli, write_file, tmp_path, record_property):
    good = write_file("good.txt", DISPATCH)
    missing = tmp_path / "absent.txt"
    result = cli("extract", "-q", str(missing), str(good))
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert result.stderr == f"seedner: error: {missing}: no such file or directory\n"
    assert {r["doc"] for r in parse_jsonl(result.stdout)} == {str(good)}
    record_property("what", "exit 1, 'no such file or directory', the other file processed")


def test_permissions_refused_by_the_os_are_reported(shared_tree, record_property):
    if os.geteuid() != 0:
        pytest.skip("needs root to switch to nobody; unprivileged runs are covered by the CLI test")
    inputs = ["secret.txt", "locked", "no-exec", "corpus", "good.txt"]
    result = subprocess.run(
        [sys.executable, "-c", _READ_AS_NOBODY, *inputs],
        cwd=shared_tree,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    items = [tuple(json.loads(line)) for line in result.stdout.splitlines()]
    assert items == [
        ("failure", "secret.txt", "permission denied"),
        ("failure", "locked", "permission denied"),
        ("failure", "no-exec", "permission denied"),
        ("failure", "corpus/closed", "permission denied"),
        ("document", "corpus/open/d.txt", None),
        ("document", "good.txt", None),
    ]
    record_property("what", "as nobody: file 000, folder 000, folder without x, sub-folder 000 reported")


def test_unreadable_inputs_with_the_command_as_nobody(shared_tree, record_property):
    prefix = unprivileged_prefix()
    if prefix is None:
        pytest.skip(
            "cannot run seedner as nobody here (setpriv/runuser missing, or this Python, the package "
            "or the model is not readable by nobody); the privilege-drop test covers the reading"
        )
    run = run_seedner(
        ["extract", "-q", "secret.txt", "locked", "corpus", "good.txt"], cwd=shared_tree, prefix=prefix
    )
    assert run.returncode == ExitCode.INPUT_FAILED, run.stderr
    assert run.errors == [
        "seedner: error: secret.txt: permission denied",
        "seedner: error: locked: permission denied",
        "seedner: error: corpus/closed: permission denied",
    ]
    assert {r["doc"] for r in run.records()} == {"corpus/open/d.txt", "good.txt"}
    record_property("seconds", run.seconds)
    record_property("what", "exit 1, three 'permission denied', two documents processed")


def test_permission_errors_in_process(cli, write_file, tmp_path, monkeypatch, record_property):
    """The same paths without relying on the OS: works as root too."""
    good = write_file("good.txt", DISPATCH)
    secret = write_file("secret.txt", "Marie Dubois")
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.txt").write_text("Lyon", "utf-8")
    real_open, real_access = Path.open, os.access

    def refuse_open(self: Path, *args: object, **kwargs: object) -> object:
        if self == secret:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    def refuse_access(path: object, mode: int, **kwargs: object) -> bool:
        return False if Path(str(path)) == folder else real_access(path, mode, **kwargs)

    monkeypatch.setattr(Path, "open", refuse_open)
    monkeypatch.setattr(os, "access", refuse_access)
    result = cli("extract", "-q", str(secret), str(folder), str(good))
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert result.stderr.splitlines() == [
        f"seedner: error: {secret}: permission denied",
        f"seedner: error: {folder}: permission denied",
    ]
    assert {r["doc"] for r in parse_jsonl(result.stdout)} == {str(good)}
    record_property("what", "exit 1, both reported, the readable file processed")


def test_walk_errors_in_sub_folders_are_reported(tmp_path, monkeypatch, write_file):
    write_file("corpus/a.txt", "A")
    real_walk = os.walk

    def walk_with_error(top: object, onerror: object = None, **kwargs: object) -> Iterator[object]:
        assert callable(onerror)
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "corpus" / "hidden")))
        yield from real_walk(top, onerror=onerror, **kwargs)

    monkeypatch.setattr(os, "walk", walk_with_error)
    items = list(iter_documents([str(tmp_path / "corpus")]))
    assert items == [
        InputFailure(str(tmp_path / "corpus" / "hidden"), "permission denied"),
        Document(str(tmp_path / "corpus" / "a.txt"), "A"),
    ]


def test_fifo_named_on_the_command_line_is_read(tmp_path, record_property):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def feed() -> None:
        with fifo.open("w", encoding="utf-8") as stream:
            stream.write("Selon Marie Dubois, la DGSI enquête.")

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    items = list(iter_documents([str(fifo)]))
    writer.join(timeout=10)
    assert items == [Document(str(fifo), "Selon Marie Dubois, la DGSI enquête.")]
    record_property("what", "read like a file (process substitution works)")


def _read_as_cluster_workers(inputs: list[str]) -> list[Item]:
    """What the Dask path reads: the client plans partitions, each worker reads its own."""
    partitions = plan_partitions(inputs, partition_bytes=1)
    return [item for units in partitions for item in read_units(units, ReadOptions(), print)]


READERS = {"one process": iter_documents, "cluster partitions": _read_as_cluster_workers}


@pytest.mark.parametrize("reader", READERS.values(), ids=READERS.keys())
def test_fifo_and_socket_inside_a_directory_are_reported_not_opened(reader, tmp_path, record_property):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Lyon", "utf-8")
    os.mkfifo(corpus / "b.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(corpus / "c.txt"))
    unblocked: list[bool] = []

    def watchdog() -> None:
        """Opening the FIFO would block forever: after a while, write to it so the test ends."""
        if not done.wait(20):
            unblocked.append(True)
            with (corpus / "b.txt").open("w") as stream:
                stream.write("x")

    done = threading.Event()
    guard = threading.Thread(target=watchdog, daemon=True)
    guard.start()
    try:
        items = list(reader([str(corpus)]))
    finally:
        done.set()
        server.close()
    assert not unblocked, "the FIFO inside the directory was opened and blocked"
    assert items == [
        Document(str(corpus / "a.txt"), "Lyon"),
        InputFailure(str(corpus / "b.txt"), "not a regular file"),
        InputFailure(str(corpus / "c.txt"), "not a regular file"),
    ]
    record_property("what", "'not a regular file' for each, no hang, a.txt read")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_device_is_reported_not_read(cli, device, write_file):
    good = write_file("good.txt", DISPATCH)
    result = cli("extract", "-q", device, str(good))
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert result.stderr == f"seedner: error: {device}: not a regular file\n"
    assert {r["doc"] for r in parse_jsonl(result.stdout)} == {str(good)}


def test_broken_symlink_and_symlinked_file_in_a_directory(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (tmp_path / "real.txt").write_text("Lyon", "utf-8")
    (corpus / "a.txt").symlink_to(tmp_path / "real.txt")
    (corpus / "b.txt").symlink_to(tmp_path / "gone.txt")
    assert list(iter_documents([str(corpus)])) == [
        Document(str(corpus / "a.txt"), "Lyon"),
        InputFailure(str(corpus / "b.txt"), "no such file or directory"),
    ]


def test_file_name_that_is_not_utf8_keeps_the_output_valid(cli, tmp_path, record_property):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    odd = os.fsencode(corpus) + b"/caf\xe9.txt"
    with open(odd, "wb") as stream:
        stream.write(DISPATCH.encode("utf-8"))
    (corpus / "z.txt").write_text(DISPATCH, "utf-8")
    result = cli("extract", "-q", str(corpus))
    assert result.exit_code == 0, result.stderr
    docs = [r["doc"] for r in parse_jsonl(result.stdout_bytes.decode("utf-8"))]
    assert set(docs) == {f"{corpus}/caf\ufffd.txt", f"{corpus}/z.txt"}
    record_property("what", "exit 0, the name shown with U+FFFD, both documents written")


def test_closed_stdin_is_an_input_failure(record_property):
    run = run_seedner(["extract"], stdin=None, prefix=["bash", "-c", 'exec "$0" "$@" <&-'])
    assert run.returncode == ExitCode.INPUT_FAILED
    assert run.stderr.splitlines()[0] == "seedner: error: -: stdin is closed"
    assert run.stdout == b""
    record_property("seconds", run.seconds)
    record_property("what", "exit 1, '-: stdin is closed'")


@pytest.mark.parametrize("reader", READERS.values(), ids=READERS.keys())
def test_file_name_that_is_not_utf8_is_named_alike_by_every_reader(reader, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with open(os.fsencode(corpus) + b"/caf\xe9.txt", "wb") as stream:
        stream.write(b"Lyon")
    [item] = reader([str(corpus)])
    assert item == Document(f"{corpus}/caf\ufffd.txt", "Lyon")
    json.dumps(item.name, ensure_ascii=False).encode("utf-8")  # no lone surrogate left
