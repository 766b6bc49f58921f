"""seedner lint's parts without the model: disable comments, the mismatch matcher, sentences, formats,
rule selection and the configuration table."""

from __future__ import annotations

import json
import re

import pytest

from seedner.errors import ConfigError
from seedner.execution.config import load_config
from seedner.execution.lint.directives import disabled_rules
from seedner.execution.lint.facts import Finding, sentence_starts
from seedner.execution.lint.mismatch import initials, is_subsequence, misspelt, one_letter_off
from seedner.execution.lint.report import LintSummary, finding_line
from seedner.execution.lint.rules import DEFAULT_RULES, RULE_IDS, check_rule_ids, selected_rules

# disable comments


def test_html_comment_disables_a_rule_for_the_file():
    assert disabled_rules("Texte.\n<!-- seedner-disable acronym-undefined -->\nSuite.") == (
        frozenset({"acronym-undefined"}),
        [],
    )


def test_hash_comment_at_a_line_start_disables_a_rule():
    disabled, _ = disabled_rules("La DNRED enquête.\n  # seedner-disable acronym-defined-late\n")
    assert disabled == {"acronym-defined-late"}


def test_hash_comment_inside_a_line_disables_nothing():
    assert disabled_rules("Voir le ticket # seedner-disable acronym-undefined") == (frozenset(), [])


def test_comment_without_a_rule_disables_every_rule():
    assert disabled_rules("<!-- seedner-disable -->")[0] == frozenset(RULE_IDS)


def test_one_comment_may_name_several_rules():
    disabled, _ = disabled_rules("<!--seedner-disable acronym-undefined, acronym-redefined-->")
    assert disabled == {"acronym-undefined", "acronym-redefined"}


def test_a_name_that_is_no_rule_is_returned_to_be_reported():
    assert disabled_rules("# seedner-disable acronym-undefined, colour") == (
        frozenset({"acronym-undefined"}),
        ["colour"],
    )


def test_another_tool_s_comment_disables_nothing():
    assert disabled_rules("<!-- vale off -->\n# noqa: E501") == (frozenset(), [])


# the mismatch matcher


def test_initials_of_content_words_and_of_all_words():
    assert initials("Électricité de France") == ("EF", "EDF")
    assert initials("Office français de l'immigration et de l'intégration") == ("OFII", "OFDIEDI")


def test_one_letter_off_is_a_substitution_or_two_neighbours_swapped():
    assert one_letter_off("DGSI", "DGSE")
    assert one_letter_off("DGDID", "DGDDI")
    assert not one_letter_off("DGSI", "DGSI")
    assert not one_letter_off("ABCD", "BADC")  # two swaps
    assert not one_letter_off("ACB", "ABCD")  # another length


def test_letters_found_in_order_among_the_initials_fit():
    assert is_subsequence("LCBFT", "LCLBDCELFDT")
    assert not is_subsequence("DGSI", "DGDLSE")


@pytest.mark.parametrize(
    ("short", "long_form", "spelled"),
    [
        ("DGDID", "Direction générale des douanes et droits indirects", "DGDDI"),
        ("DGSI", "Direction générale de la sécurité extérieure", "DGSE"),
        ("DGSI", "Direction générale de la sécurité intérieure", None),
        ("OFAST", "Office anti-stupéfiants", None),  # letters inside words: further off
        ("SNCF", "Société nationale des chemins de fer français", None),  # a word skipped
        ("EDF", "Électricité de France", None),  # a letter from a function word
        ("RN", "Rassemblement nationul", None),  # two letters: never checked
        ("DDoS", "déni de service distribué", None),  # mixed case
        ("EES", "système d'entrée/sortie", None),  # another first letter
    ],
)
def test_misspelt(short, long_form, spelled):
    assert misspelt(short, long_form) == spelled


# sentences


def test_sentences_start_after_a_full_stop_and_a_line_end():
    text = "Première phrase. Deuxième phrase !\nTitre\nSuite ici."
    assert sentence_starts(text) == [0, 17, 35, 41]


def test_an_abbreviation_or_an_initial_ends_no_sentence():
    assert sentence_starts("M. Dupont et J. Martin, cf. Durand, sont là.") == [0]


def test_a_hard_wrap_inside_a_paragraph_ends_no_sentence():
    line = "des mots en français qui continuent le paragraphe sur une ligne de plus, et"
    text = "\n".join([line] * 4) + "\nfin."
    assert sentence_starts(text) == [0]


# formats


FINDING = Finding("docs/a, b:c.md", 3, 7, "acronym-undefined", "DNRED is 100% undefined", "DNRED")


def test_text_format_is_path_line_column_rule_message():
    assert finding_line(FINDING, "text") == "docs/a, b:c.md:3:7: acronym-undefined DNRED is 100% undefined\n"


def test_github_format_is_a_warning_command_with_escaped_properties():
    assert finding_line(FINDING, "github") == (
        "::warning file=docs/a%2C b%3Ac.md,line=3,col=7,title=acronym-undefined::DNRED is 100%25 undefined\n"
    )


def test_jsonl_format_is_one_object_per_finding():
    line = finding_line(FINDING, "jsonl")
    assert line.endswith("\n") and line.count("\n") == 1
    assert json.loads(line) == {
        "doc": "docs/a, b:c.md",
        "line": 3,
        "column": 7,
        "rule": "acronym-undefined",
        "acronym": "DNRED",
        "message": "DNRED is 100% undefined",
    }


def test_summary_line_counts_findings_by_rule():
    summary = LintSummary()
    summary.add([FINDING, FINDING])
    summary.add([])
    assert summary.line() == "2 findings in 1 of 2 documents (acronym-undefined 2)"
    assert LintSummary(documents=1, failures=1).line() == "no finding in 1 document, 1 input(s) failed"


# rule selection and configuration


def test_select_replaces_the_defaults_and_all_selects_every_rule():
    assert selected_rules() == DEFAULT_RULES
    assert selected_rules({"acronym-redefined"}) == {"acronym-redefined"}
    assert check_rule_ids(["ALL"]) == frozenset(RULE_IDS)
    assert selected_rules(None, {"acronym-inconsistent-case"}, {"acronym-undefined"}) == (
        DEFAULT_RULES | {"acronym-inconsistent-case"}
    ) - {"acronym-undefined"}


def test_an_unknown_rule_id_is_refused():
    with pytest.raises(ValueError, match="unknown rule"):
        check_rule_ids(["acronym-undefined", "acronym-everything"])


def test_a_lint_table_in_pyproject_is_read(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text(
        '[tool.seedner]\nlabels = ["ORG"]\n\n[tool.seedner.lint]\n'
        'extend-select = ["acronym-inconsistent-case"]\nignore = "acronym-defined-late"\nknown = true\n',
        "utf-8",
    )
    assert load_config(path).values["lint"] == {
        "extend-select": {"acronym-inconsistent-case"},
        "ignore": {"acronym-defined-late"},
        "known": True,
    }


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('select = ["acronym-nothing"]', "select: unknown rule(s) acronym-nothing"),
        ('known = "yes"', "known: expected true or false"),
        ("colour = 1", "unknown key 'colour'"),
    ],
)
def test_a_malformed_lint_table_is_a_config_error(tmp_path, table, message):
    path = tmp_path / "seedner.toml"
    path.write_text(f"[lint]\n{table}\n", "utf-8")
    with pytest.raises(ConfigError, match=re.escape(f"seedner.toml:1: lint: {message}")):
        load_config(path)
