"""User gazetteers: malformed files are refused with every problem listed, nothing runs from them."""

from __future__ import annotations

import ast
import csv
import re
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seedner.cli.app import ExitCode
from seedner.errors import GazetteerError
from seedner.gazetteer.files import load_gazetteer_entries, validate_gazetteers

from ..conftest import REPO

ENTRY = "- id: {id}\n  label: ORG\n  name: {name}\n  category: agency\n  source: test\n"


def _problems(path: Path) -> list[str]:
    return validate_gazetteers([path])


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (ENTRY.format(id="x.a", name="Agence A") + "- id: [unclosed\n", r":\d+: bad YAML: "),
        ("- id: x.a\n\tlabel: ORG\n", r":2: bad YAML: "),
        ("id: x.a\nlabel: ORG\n", r":1: expected a list of entries"),
        ("- just text\n", r":1: an entry must be a mapping"),
        (ENTRY.format(id="x.a", name='""'), r":3: empty or missing 'name'"),
        (ENTRY.format(id="x.a", name="'  '"), r":3: empty or missing 'name'"),
        (ENTRY.format(id="x.a", name="'---'"), r":3: name '---' has no letter or digit"),
        (ENTRY.format(id="x.a", name="Agence A") + "  name: Agence B\n", r":6: field 'name' given twice"),
        (ENTRY.format(id="x.a", name="[1, 2]"), r":3: 'name' must be text, not a list"),
        (b"- id: x.a\n  name: Agence \xe9\n", r":2: not valid UTF-8"),
    ],
    ids=[
        "unclosed",
        "tab",
        "not-a-list",
        "not-a-mapping",
        "empty-name",
        "blank-name",
        "wordless-name",
        "field-twice",
        "name-not-text",
        "not-utf8",
    ],
)
def test_malformed_yaml_is_reported_with_file_and_line(tmp_path, content, expected):
    path = tmp_path / "user.yaml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    problems = _problems(path)
    assert problems and all(problem.startswith(f"{path}:") for problem in problems)
    assert any(re.search(expected, problem) for problem in problems), problems
    with pytest.raises(GazetteerError):
        load_gazetteer_entries([path], include_defaults=False)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('id,label,name,category,source\nx.a,ORG,"Agence A,agency,test\n', r":2: bad CSV: "),
        ("id,label,name,category,source\nx.a,ORG,Agence A,agency,test,extra\n", r":2: 1 field\(s\) more"),
        ("id,label,name\nx.a,ORG,Agence A\n", r":1: missing column\(s\): category, source"),
        ("", r":1: empty CSV file"),
        ("id,label,name,category,source\nx.a,ORG,,agency,test\n", r":2: empty or missing 'name'"),
        (
            "id,label,name,category,source\nx.a,ORG,A,agency,test\nx.a,ORG,B,agency,test\n",
            r":3: duplicate id",
        ),
    ],
    ids=["unclosed-quote", "extra-field", "missing-columns", "empty", "empty-name", "duplicate-id"],
)
def test_malformed_csv_is_reported_with_file_and_line(tmp_path, content, expected):
    path = tmp_path / "user.csv"
    path.write_text(content, "utf-8")
    problems = _problems(path)
    assert any(re.search(expected, problem) for problem in problems), problems


def test_every_problem_is_listed_not_just_the_first(tmp_path, record_property):
    path = tmp_path / "user.yaml"
    path.write_text(
        ENTRY.format(id="x.a", name="Agence A")
        + ENTRY.format(id="x.a", name="Agence B")
        + ENTRY.format(id="x.c", name='""')
        + ENTRY.format(id="x.d", name="Agence D").replace("ORG", "ORGANISATION"),
        "utf-8",
    )
    problems = _problems(path)
    assert [problem.split(": ", 1)[0] for problem in problems] == [f"{path}:13", f"{path}:17", f"{path}:6"]
    assert "duplicate id 'x.a' (first defined at" in problems[2]
    record_property("what", "duplicate id, empty name and unknown label all listed")


@pytest.mark.model
def test_the_command_refuses_a_malformed_gazetteer_before_any_output(run_main, tmp_path, write_file):
    gazetteer = tmp_path / "user.yaml"
    gazetteer.write_text(ENTRY.format(id="x.a", name="Agence A") * 2 + "- id: [\n", "utf-8")
    text = write_file("a.txt", "Selon l'Agence A à Paris.")
    output = tmp_path / "out.jsonl"
    code, stdout, stderr = run_main("extract", "--gazetteer", str(gazetteer), str(text), "-o", str(output))
    assert code == ExitCode.SETUP_FAILED
    assert stdout == ""
    assert stderr.splitlines()[0].startswith(f"seedner: error: {gazetteer}:")
    assert "Traceback" not in stderr
    assert not output.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "user.yaml"]


@pytest.mark.parametrize(
    "tag",
    [
        '!!python/object/apply:os.system ["touch {sentinel}"]',
        '!!python/object/new:subprocess.Popen [["touch", "{sentinel}"]]',
        "!!python/name:os.system",
        "!!python/object:builtins.object {{}}",
        "!!binary aGVsbG8=",
    ],
    ids=["apply", "new", "name", "object", "binary"],
)
@pytest.mark.parametrize("where", ["entry", "field"])
def test_python_tags_are_rejected_and_never_run(tmp_path, tag, where, record_property):
    sentinel = tmp_path / "executed"
    value = tag.format(sentinel=sentinel)
    if where == "entry":
        content = f"- {value}\n" + ENTRY.format(id="x.a", name="Agence A")
    else:
        content = ENTRY.format(id="x.a", name=value)
    path = tmp_path / "evil.yaml"
    path.write_text(content, "utf-8")
    problems = _problems(path)
    assert problems, "a tagged value was accepted"
    assert not sentinel.exists(), "code from the gazetteer ran"
    if "python" in tag:
        assert any("is not allowed: gazetteers hold plain YAML data only" in p for p in problems) or (
            where == "entry" and any("must be a mapping" in p for p in problems)
        ), problems
    record_property("what", problems[0].split(": ", 1)[1][:90])


_UNSAFE_MODULES = {"pickle", "cPickle", "_pickle", "marshal", "shelve", "dill", "joblib"}
_UNSAFE_YAML = {"load", "load_all", "unsafe_load", "unsafe_load_all", "full_load", "full_load_all"}


def _unsafe_uses(tree: ast.AST) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [alias.name for alias in node.names]
            module = node.module if isinstance(node, ast.ImportFrom) else None
            for name in [module or "", *names]:
                if name.split(".")[0] in _UNSAFE_MODULES:
                    yield node.lineno, f"imports {name}"
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in {"eval", "exec"}:
                yield node.lineno, f"calls {func.id}()"
            if (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == "yaml"
                and func.attr in _UNSAFE_YAML
            ):
                yield node.lineno, f"calls yaml.{func.attr}()"
        elif isinstance(node, ast.Attribute) and node.attr in {
            "UnsafeLoader",
            "FullLoader",
            "Loader",
            "CLoader",
        }:
            yield node.lineno, f"uses {node.attr}"


def test_gazetteers_are_parsed_with_safe_loaders_only():
    """No module of seedner imports pickle and the like, calls eval/exec or an unsafe YAML loader."""
    offenders = [
        f"{path.relative_to(REPO)}:{line}: {what}"
        for path in sorted((REPO / "src" / "seedner").rglob("*.py"))
        for line, what in _unsafe_uses(ast.parse(path.read_text("utf-8")))
    ]
    assert offenders == []


def test_the_yaml_loader_used_is_a_safe_one():
    from seedner.gazetteer import files as gazetteer_files

    loader = gazetteer_files._safe_loader()
    assert issubclass(loader, (yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
    with pytest.raises(yaml.constructor.ConstructorError):
        yaml.load("!!python/object/apply:os.getcwd []", Loader=loader)


_ALIAS_BOMB = textwrap.dedent(
    """\
    - id: x.bomb
      label: ORG
      name: Agence Bombe
      category: agency
      source: test
      aliases: &a9 [&a8 [&a7 [&a6 [&a5 [&a4 [&a3 [&a2 [&a1 [&a0 [lol, lol, lol, lol, lol, lol, lol, lol],
        *a0, *a0, *a0, *a0, *a0, *a0, *a0], *a1, *a1, *a1, *a1, *a1, *a1, *a1], *a2, *a2, *a2, *a2, *a2, *a2,
        *a2], *a3, *a3, *a3, *a3, *a3, *a3, *a3], *a4, *a4, *a4, *a4, *a4, *a4, *a4], *a5, *a5, *a5, *a5, *a5,
        *a5, *a5], *a6, *a6, *a6, *a6, *a6, *a6, *a6], *a7, *a7, *a7, *a7, *a7, *a7, *a7], *a8, *a8, *a8, *a8,
        *a8, *a8, *a8]
    """
)


def test_yaml_alias_bomb_is_refused_quickly(tmp_path, record_property):
    path = tmp_path / "bomb.yaml"
    path.write_text(_ALIAS_BOMB, "utf-8")
    code = (
        "import sys; from seedner.gazetteer.files import validate_gazetteers; "
        "print(validate_gazetteers(sys.argv[1:]))"
    )
    started = time.perf_counter()
    try:
        result = subprocess.run(
            [sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=20
        )
    except subprocess.TimeoutExpired:
        record_property("what", "validation still running after 20 s (killed)")
        raise AssertionError("the alias bomb was not refused within 20 s") from None
    record_property("seconds", time.perf_counter() - started)
    assert result.returncode == 0 and "aliases" in result.stdout
    record_property("what", f"8^10 aliased items: refused, message of {len(result.stdout)} characters")


# ------------------------------------------------------------------ big and random gazetteers


def _big_gazetteer(path: Path, count: int) -> None:
    syllables = ["ba", "ro", "mi", "lu", "ter", "van", "dor", "phi", "sel", "gar", "nou", "cha", "pré", "zon"]

    def word(i: int, salt: int) -> str:
        parts = [syllables[(i // len(syllables) ** k + salt * k) % len(syllables)] for k in range(4)]
        return "".join(parts).capitalize()

    with path.open("w", newline="", encoding="utf-8") as stream:
        table = csv.writer(stream)
        table.writerow(["id", "label", "name", "category", "source", "aliases", "acronyms"])
        for i in range(count):
            acronym = f"U{i:05d}X" if i % 10 == 0 else ""
            table.writerow(
                [
                    f"user.{i}",
                    "ORG",
                    f"Agence {word(i, 1)} de {word(i, 2)} {i}",
                    "agency",
                    "test",
                    f"Bureau {word(i, 3)} {i}",
                    acronym,
                ]
            )


@pytest.mark.slow
def test_a_100000_entry_user_gazetteer_loads_and_builds(tmp_path, record_property):
    import spacy

    from seedner.gazetteer.component import add_gazetteer

    path = tmp_path / "big.csv"
    _big_gazetteer(path, 100_000)
    started = time.perf_counter()
    entries = load_gazetteer_entries([path], include_defaults=False)
    loaded = time.perf_counter()
    nlp = spacy.blank("fr")
    add_gazetteer(nlp, [path], include_defaults=False)
    built = time.perf_counter()
    assert len(entries) == 100_000
    sample = entries[77_777]
    doc = nlp(f"Selon l'{sample.name}, le {sample.aliases[0]} a répondu.")
    assert sample.name in {ent.text for ent in doc.ents}
    record_property("seconds", built - started)
    record_property(
        "what",
        f"100,000 entries: read {loaded - started:.1f} s, "
        f"read again + component built {built - loaded:.1f} s",
    )


_YAML_PIECES = st.sampled_from(
    [
        "- ",
        "id: ",
        "label: ",
        "name: ",
        "category: ",
        "source: ",
        "aliases: ",
        "acronyms: ",
        "population: ",
        "ORG",
        "LOC",
        "agency",
        "x.a",
        "Agence",
        "[",
        "]",
        "{",
        "}",
        ",",
        ":",
        "'",
        '"',
        "&a ",
        "*a",
        "!!str ",
        "!!python/object:os.system ",
        "\n",
        "\n  ",
        "  ",
        "\t",
        "#",
        "-1",
        "1e9",
        "~",
        "|",
        ">",
        "%YAML 1.1\n",
        "---\n",
        "...\n",
        "\ufeff",
        "é",
        "\x00",
        "\ud7ff",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.one_of(_YAML_PIECES, st.text(max_size=8)), max_size=40))
def test_random_yaml_never_crashes_the_loader(tmp_path, pieces):
    path = tmp_path / "random.yaml"
    path.write_text("".join(pieces), "utf-8", errors="surrogatepass")
    problems = validate_gazetteers([path])  # raises nothing: every problem is a message
    assert all(problem.startswith(f"{path}") for problem in problems)


_CSV_CELLS = st.one_of(
    st.sampled_from(
        ["x.a", "x.b", "ORG", "LOC", "agency", "test", "Agence A", "", " ", "A|B", "|", "-5", "12"]
    ),
    st.text(max_size=10),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(_CSV_CELLS, min_size=0, max_size=9), max_size=8), header=st.booleans())
def test_random_csv_never_crashes_the_loader(tmp_path, rows, header):
    path = tmp_path / "random.csv"
    with path.open("w", newline="", encoding="utf-8", errors="surrogatepass") as stream:
        table = csv.writer(stream)
        if header:
            table.writerow(["id", "label", "name", "category", "source", "aliases", "acronyms"])
        table.writerows(rows)
    problems = validate_gazetteers([path])
    assert all(problem.startswith(f"{path}") for problem in problems)
