"""Reading and validating gazetteer files: formats, every problem with its line, merging."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from seedner.errors import GazetteerError
from seedner.gazetteer.files import (
    GazetteerEntry,
    gazetteer_files,
    load_gazetteer_entries,
    load_gazetteers,
    validate_gazetteers,
)
from seedner.resources import default_gazetteer_files

AGENCIES_YAML = """\
# comment line
- id: fr.dnpaf
  label: ORG
  name: Direction nationale de la police aux frontières
  aliases: [Police aux frontières]
  acronyms: [DNPAF, PAF]
  category: police
  source: curated
- id: fr.dgfip
  label: ORG
  name: Direction générale des Finances publiques
  acronyms: [DGFiP]
  category: finance
  source: curated
"""

PLACES_CSV = """\
id,label,name,aliases,acronyms,category,source,population
insee.dep.77,LOC,Seine-et-Marne,,,departement,test,
insee.com.77258,LOC,Lognes,Lognes-la-Ville|Lognes Centre,,commune,test,15074
"""


def test_yaml_entries_carry_their_fields_file_and_line(write_file):
    path = write_file("agencies.yaml", AGENCIES_YAML)
    dnpaf, dgfip = load_gazetteers([path])
    assert dnpaf == GazetteerEntry(
        id="fr.dnpaf",
        label="ORG",
        name="Direction nationale de la police aux frontières",
        aliases=("Police aux frontières",),
        acronyms=("DNPAF", "PAF"),
        category="police",
        source="curated",
        population=None,
        file=str(path),
        line=2,
    )
    assert (dgfip.acronyms, dgfip.line) == (("DGFiP",), 9)


def test_csv_lists_are_pipe_separated_and_population_is_a_number(write_file):
    path = write_file("places.csv", PLACES_CSV)
    seine, lognes = load_gazetteers([path])
    assert (seine.name, seine.population, seine.line) == ("Seine-et-Marne", None, 2)
    assert lognes.aliases == ("Lognes-la-Ville", "Lognes Centre")
    assert (lognes.population, lognes.line) == (15074, 3)


def test_entries_round_trip_through_plain_dicts(write_file):
    entry = load_gazetteers([write_file("places.csv", PLACES_CSV)])[1]
    assert GazetteerEntry.from_dict(entry.to_dict()) == entry


def test_a_valid_set_of_files_has_no_problem(write_file):
    paths = [write_file("a.yaml", AGENCIES_YAML), write_file("p.csv", PLACES_CSV)]
    assert validate_gazetteers(paths) == []


def test_duplicate_id_names_both_places(write_file):
    first = write_file("a.yaml", AGENCIES_YAML)
    second = write_file("b.csv", "id,label,name,category,source\nfr.dnpaf,ORG,Autre chose,police,test\n")
    assert validate_gazetteers([first, second]) == [
        f"{second}:2: duplicate id 'fr.dnpaf' (first defined at {first}:2)"
    ]


BASE_FIELDS = {"id": "x.1", "label": "ORG", "name": "Office central", "category": "police", "source": "t"}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("label", "COMPANY", "unknown label 'COMPANY' (expected one of LOC, MISC, ORG, PER)"),
        ("category", "bakery", "unknown category 'bakery'"),
        ("name", "''", "empty or missing 'name'"),
        ("name", "'  '", "empty or missing 'name'"),
        ("name", "' - '", "name '-' has no letter or digit"),
        ("aliases", "Police aux frontières", "'aliases' must be a list"),
        ("aliases", "[Bercy, '']", "empty or word-less value '' in 'aliases'"),
        ("acronyms", "[paf]", "acronym 'paf' has no capital letter"),
        ("acronyms", "[P A F]", "acronym 'P A F' contains a space"),
        ("population", "many", "population must be a whole number"),
        ("population", "-3", "population must not be negative"),
        ("id", "fr x", "id 'fr x' contains whitespace"),
        ("id", "12", "'id' must be text, not a number"),
        ("colour", "blue", "unknown field 'colour'"),
    ],
)
def test_each_field_problem_is_reported_at_the_field_line(write_file, field, value, message):
    fields = {**BASE_FIELDS, field: value}
    text = "".join(f"{'- ' if i == 0 else '  '}{key}: {raw}\n" for i, (key, raw) in enumerate(fields.items()))
    line = list(fields).index(field) + 1
    path = write_file("bad.yaml", text)
    problems = validate_gazetteers([path])
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{path}:{line}: "), problems
    assert message in problems[0]


def test_field_problems_point_at_their_own_line(write_file):
    path = write_file("bad.yaml", AGENCIES_YAML.replace("  category: finance", "  category: banking"))
    assert validate_gazetteers([path]) == [
        f"{path}:13: unknown category 'banking' (see gazetteers/README.md)"
    ]


def test_missing_fields_are_all_reported(write_file):
    path = write_file("bad.yaml", "- id: a\n  name: A\n- label: ORG\n")
    problems = validate_gazetteers([path])
    assert f"{path}:1: empty or missing 'label'" in problems
    assert f"{path}:3: empty or missing 'id'" in problems
    assert f"{path}:3: empty or missing 'name'" in problems
    assert len(problems) == 7  # first: label, category, source; second: id, name, category, source


def test_bad_yaml_syntax_reports_its_line(write_file):
    path = write_file("bad.yaml", AGENCIES_YAML + "- id: [unclosed\n  label: ORG\n")
    problems = validate_gazetteers([path])
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:16: bad YAML:"), problems  # the line of the open bracket


def test_python_tags_are_refused_by_the_safe_loader(write_file):
    path = write_file("evil.yaml", "- id: !!python/object/apply:os.system ['echo pwned']\n  label: ORG\n")
    problems = validate_gazetteers([path])
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:1: ")
    assert "python/object/apply:os.system" in problems[0] and "not allowed" in problems[0]


def test_duplicate_yaml_keys_are_reported(write_file):
    path = write_file(
        "dup.yaml",
        AGENCIES_YAML.replace(
            "  source: curated\n- id: fr.dgfip", "  label: LOC\n  source: curated\n- id: fr.dgfip", 1
        ),
    )
    assert f"{path}:8: field 'label' given twice" in validate_gazetteers([path])


def test_yaml_top_level_must_be_a_list(write_file):
    path = write_file("map.yaml", "id: x\nlabel: ORG\n")
    assert validate_gazetteers([path]) == [f"{path}:1: expected a list of entries (`- id: …`)"]


def test_empty_yaml_file_holds_no_entries(write_file):
    assert load_gazetteers([write_file("empty.yaml", "# nothing yet\n")]) == []


def test_csv_problems_carry_row_lines(write_file):
    path = write_file(
        "bad.csv",
        "id,label,name,category,source\n"
        "a,ORG,Alpha,police,t\n"
        "b,ORGANISATION,Beta,police,t\n"
        "c,ORG,,police,t\n"
        "d,ORG,Delta,police,t,extra\n",
    )
    assert validate_gazetteers([path]) == [
        f"{path}:3: unknown label 'ORGANISATION' (expected one of LOC, MISC, ORG, PER)",
        f"{path}:4: empty or missing 'name'",
        f"{path}:5: 1 field(s) more than the header",
    ]


def test_csv_header_problems(write_file):
    missing = write_file("m.csv", "id,label,name\na,ORG,A\n")
    unknown = write_file("u.csv", "id,label,name,category,source,alias\n")
    empty = write_file("e.csv", "")
    dictionary = write_file(
        "acronyms2.csv", "acronym,expansion,category,source\nPAF,Police aux frontières,x,y\n"
    )
    assert validate_gazetteers([missing]) == [f"{missing}:1: missing column(s): category, source"]
    assert validate_gazetteers([unknown])[0].startswith(f"{unknown}:1: unknown column(s): alias")
    assert validate_gazetteers([empty])[0].startswith(f"{empty}:1: empty CSV file")
    assert validate_gazetteers([dictionary]) == [
        f"{dictionary}:1: this is an acronym dictionary, not an entity gazetteer"
    ]


def test_bad_csv_quoting_reports_its_line(write_file):
    path = write_file("q.csv", 'id,label,name,category,source\na,ORG,"Alpha"x,police,t\n')
    problems = validate_gazetteers([path])
    assert len(problems) == 1 and problems[0].startswith(f"{path}:2: bad CSV:"), problems


def test_file_level_problems(tmp_path, write_file):
    missing = tmp_path / "nowhere.yaml"
    text = write_file("notes.txt", "hello")
    latin1 = write_file(
        "latin.csv", "id,label,name,category,source\na,ORG,Préfecture,police,t\n".encode("latin-1")
    )
    problems = validate_gazetteers([missing, text, latin1])
    assert problems[0] == f"{missing}: no such file"
    assert problems[1] == f"{text}: unsupported file type '.txt'; expected .yaml, .yml or .csv"
    assert problems[2] == f"{latin1}:2: not valid UTF-8 (byte 0xe9)"


def test_load_raises_one_error_with_every_problem(write_file):
    path = write_file("bad.csv", "id,label,name,category,source\na,ORG,,police,t\nb,XX,B,police,t\n")
    with pytest.raises(GazetteerError) as caught:
        load_gazetteers([path])
    assert caught.value.problems == [
        f"{path}:2: empty or missing 'name'",
        f"{path}:3: unknown label 'XX' (expected one of LOC, MISC, ORG, PER)",
    ]
    assert str(caught.value).splitlines() == caught.value.problems


def test_user_gazetteers_come_after_the_defaults(write_file):
    user = write_file(
        "mine.yaml", AGENCIES_YAML.replace("fr.dnpaf", "user.dnpaf").replace("fr.dgfip", "user.dgfip")
    )
    files = gazetteer_files([user])
    assert files == [*default_gazetteer_files(), user]
    entries = load_gazetteer_entries([user])
    assert [entry.id for entry in entries[-2:]] == ["user.dnpaf", "user.dgfip"]
    assert len(entries) == len(load_gazetteers(default_gazetteer_files())) + 2


def test_no_default_gazetteers_reads_only_the_users(write_file):
    user = write_file("mine.yaml", AGENCIES_YAML)
    assert gazetteer_files([user], include_defaults=False) == [user]
    assert [entry.id for entry in load_gazetteer_entries([user], include_defaults=False)] == [
        "fr.dnpaf",
        "fr.dgfip",
    ]


def test_a_user_entry_reusing_a_default_id_is_an_error(write_file):
    user = write_file("mine.yaml", AGENCIES_YAML)  # fr.dnpaf is also a default entry
    with pytest.raises(GazetteerError) as caught:
        load_gazetteer_entries([user])
    assert any(
        p.startswith(f"{user}:2: duplicate id 'fr.dnpaf' (first defined at ") for p in caught.value.problems
    )


def test_folders_stand_for_their_gazetteer_files_and_a_file_is_read_once(tmp_path, write_file):
    a = write_file("dir/a.yaml", AGENCIES_YAML)
    b = write_file("dir/b.csv", PLACES_CSV)
    write_file("dir/acronyms.csv", "acronym,expansion,category,source\n")
    write_file("dir/readme.md", "not a gazetteer")
    assert gazetteer_files([tmp_path / "dir", a], include_defaults=False) == [a, b]
    defaults = default_gazetteer_files()
    assert gazetteer_files([defaults[0]]) == defaults


def test_default_gazetteers_load_without_problems_and_fast():
    started = time.perf_counter()
    entries = load_gazetteers(default_gazetteer_files())
    elapsed = time.perf_counter() - started
    assert entries and validate_gazetteers(default_gazetteer_files()) == []
    assert elapsed < 1.5


def test_paths_may_be_strings(write_file):
    path = write_file("a.yaml", AGENCIES_YAML)
    assert load_gazetteers([str(path)]) == load_gazetteers([Path(path)])
