"""seedner lint's acronym rules on real extractions: what each must flag, and what it must not."""

from __future__ import annotations

import pytest

from seedner.execution.lint.facts import Finding, document_facts
from seedner.execution.lint.rules import DEFAULT_RULES, RULE_IDS, LintSettings, lint_document

pytestmark = pytest.mark.model

EVERY_RULE = frozenset(RULE_IDS)


@pytest.fixture
def lint(extractor):
    def run(
        text: str,
        rules: frozenset[str] = EVERY_RULE,
        *,
        known: bool = False,
        labels: frozenset[str] | None = None,
    ) -> list[Finding]:
        records = extractor.extract_text(text, name="note.txt")
        facts = document_facts("note.txt", text, records, labels)
        return lint_document(facts, rules, LintSettings(known=known))

    return run


def flagged(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(finding.rule, finding.acronym) for finding in findings]


# acronym-undefined


def test_acronym_never_spelled_out_is_undefined(lint):
    (finding,) = lint("La DNRED a transmis le dossier au parquet.")
    assert (finding.rule, finding.acronym, finding.line, finding.column) == (
        "acronym-undefined",
        "DNRED",
        1,
        4,
    )
    assert "Direction nationale du renseignement et des enquêtes douanières" in finding.message


def test_undefined_acronym_is_reported_once_at_its_first_use(lint):
    findings = lint("Hier matin,\nla DNRED a saisi le dossier. La DNRED enquête. La DNRED conclut.")
    assert flagged(findings) == [("acronym-undefined", "DNRED")]
    assert (findings[0].line, findings[0].column) == (2, 4)


def test_definition_before_use_is_fine(lint):
    assert (
        lint("L'Office anti-stupéfiants (OFAST) a saisi deux tonnes. Plus tard, l'OFAST a communiqué.") == []
    )


def test_definition_at_first_use_is_fine(lint):
    assert lint("Le chauffeur a été remis à l'Office anti-stupéfiants (OFAST). L'OFAST enquête.") == []


def test_acronym_then_long_form_in_parentheses_is_a_definition(lint):
    assert lint("L'OFAST (Office anti-stupéfiants) enquête. L'OFAST a saisi de la drogue.") == []


def test_long_form_in_lower_case_defines_its_acronym(lint):
    assert lint("La taxe sur la valeur ajoutée (TVA) augmente. La TVA est payée par le consommateur.") == []


def test_acronym_in_a_url_is_not_one(lint):
    assert (
        lint("Le rapport est en ligne : https://www.example.fr/DNRED/rapport-2025.pdf et rien d'autre.") == []
    )


def test_acronym_in_an_email_address_is_not_one(lint):
    assert lint("Écrire à contact@dgsi.gouv.fr ou à presse@OFAST.fr pour toute question.") == []


def test_long_form_without_parentheses_is_no_definition(lint):
    text = "Office français de protection des réfugiés et apatrides\n\nLe directeur de l'Ofpra a signé."
    assert flagged(lint(text)) == [("acronym-undefined", "Ofpra")]


def test_unknown_acronym_is_undefined_and_says_nothing_of_a_sense(lint):
    (finding,) = lint("Le GZPQ a saisi le dossier. Le GZPQ enquête.")
    assert finding.rule == "acronym-undefined" and "known as" not in finding.message


def test_known_silences_acronyms_the_gazetteer_expands(lint):
    text = "La DNRED a transmis le dossier à la CRS 44."
    assert len(lint(text)) == 2
    assert lint(text, known=True) == []


def test_known_does_not_silence_an_ambiguous_acronym(lint):
    findings = lint("Le RN a voté contre le texte.", known=True)
    assert flagged(findings) == [("acronym-undefined", "RN")]
    assert "one of: 'Rassemblement national'" in findings[0].message


def test_known_does_not_silence_an_unknown_acronym(lint):
    assert flagged(lint("Le GZPQ a saisi le dossier.", known=True)) == [("acronym-undefined", "GZPQ")]


def test_words_in_capitals_of_a_judgment_are_not_acronyms(lint):
    assert lint("PAR CES MOTIFS\n\nLe tribunal DÉCLARE M. Dupont coupable et ORDONNE la confiscation.") == []


def test_labels_keep_only_acronyms_of_those_labels(lint):
    text = "La DNRED a relevé une fraude à la TVA."
    assert flagged(lint(text)) == [("acronym-undefined", "DNRED"), ("acronym-undefined", "TVA")]
    assert flagged(lint(text, labels=frozenset({"ORG"}))) == [("acronym-undefined", "DNRED")]


# acronym-defined-late


def test_use_in_an_earlier_sentence_than_its_definition_is_defined_late(lint):
    text = "L'OFAST a saisi deux tonnes. Plus tard, l'Office anti-stupéfiants (OFAST) a communiqué."
    (finding,) = lint(text)
    assert (finding.rule, finding.acronym, finding.column) == ("acronym-defined-late", "OFAST", 3)
    assert "at 1:43" in finding.message and "'Office anti-stupéfiants (OFAST)'" in finding.message


def test_use_in_the_same_sentence_as_its_definition_is_fine(lint):
    assert lint("Les agents de l'OFAST, l'Office anti-stupéfiants (OFAST), ont saisi deux tonnes.") == []


def test_use_in_a_heading_before_the_definition_is_defined_late(lint):
    text = "Saisie record de l'OFAST\n\nL'Office anti-stupéfiants (OFAST) a saisi deux tonnes."
    assert flagged(lint(text)) == [("acronym-defined-late", "OFAST")]


def test_a_civility_does_not_end_the_sentence(lint):
    assert lint("M. Durand, de l'OFAST, chef de l'Office anti-stupéfiants (OFAST), approuve.") == []


def test_a_hard_wrapped_paragraph_is_one_sentence_across_its_lines(lint):
    text = (
        "Le rapport annuel publié mardi par les services de douane souligne que les\n"
        "saisies de cocaïne ont encore augmenté cette année, selon les agents de l'OFAST et\n"
        "de l'Office anti-stupéfiants (OFAST), qui travaillent avec la police judiciaire et\n"
        "les magistrats du parquet de Marseille depuis plusieurs mois sur ce dossier sensible.\n"
    )
    assert lint(text) == []


def test_defined_late_is_reported_once_per_acronym(lint):
    text = "L'OFAST a saisi. L'OFAST enquête. Enfin, l'Office anti-stupéfiants (OFAST) conclut."
    assert flagged(lint(text)) == [("acronym-defined-late", "OFAST")]


def test_defined_late_is_no_undefined_too(lint):
    text = (
        "La DGDDI a saisi des poivrons. La Direction générale des douanes et droits indirects (DGDDI) le dit."
    )
    assert flagged(lint(text)) == [("acronym-defined-late", "DGDDI")]


# acronym-redefined


def test_two_long_forms_for_one_acronym_are_a_redefinition(lint):
    text = (
        "L'Office anti-stupéfiants (OFAST) enquête. "
        "Puis l'Organisation française des amis du sport et du théâtre (OFAST) a réagi."
    )
    (finding,) = lint(text)
    assert (finding.rule, finding.column) == ("acronym-redefined", 51)
    assert "first as 'Office anti-stupéfiants' at 1:3" in finding.message


def test_the_same_definition_twice_is_fine(lint):
    text = "L'Office anti-stupéfiants (OFAST) enquête. L'office anti-stupéfiants (OFAST) conclut."
    assert lint(text) == []


def test_each_other_long_form_is_reported_once(lint):
    text = (
        "L'Office anti-stupéfiants (OFAST) enquête. "
        "L'Organisation française des amis du sport et du théâtre (OFAST) réagit. "
        "L'Organisation française des amis du sport et du théâtre (OFAST) insiste."
    )
    assert flagged(lint(text)) == [("acronym-redefined", "OFAST")]


# acronym-inconsistent-case


def test_inconsistent_case_is_off_by_default(lint):
    assert "acronym-inconsistent-case" not in DEFAULT_RULES
    text = "Le service Tracfin a reçu cent déclarations. TRACFIN les a analysées."
    assert "acronym-inconsistent-case" not in {rule for rule, _ in flagged(lint(text, DEFAULT_RULES))}


def test_one_acronym_in_two_cases_is_inconsistent(lint):
    text = "Le service Tracfin a reçu cent déclarations. TRACFIN les a analysées."
    (finding,) = lint(text, frozenset({"acronym-inconsistent-case"}))
    assert finding.acronym == "TRACFIN" and "also written Tracfin" in finding.message


def test_one_case_throughout_is_consistent(lint):
    text = "L'Office anti-stupéfiants (OFAST) enquête. L'OFAST a saisi. L'OFAST conclut."
    assert lint(text, frozenset({"acronym-inconsistent-case"})) == []


def test_dots_are_no_case_difference(lint):
    text = "La Société nationale des chemins de fer français (SNCF) recrute. La S.N.C.F. embauche."
    assert lint(text, frozenset({"acronym-inconsistent-case"})) == []


# acronym-definition-mismatch


def test_swapped_letters_in_a_definition_are_a_mismatch(lint):
    (finding,) = lint("La Direction générale des douanes et droits indirects (DGDID) enquête.")
    assert (finding.rule, finding.acronym, finding.column) == ("acronym-definition-mismatch", "DGDID", 56)
    assert "spells DGDDI, not DGDID" in finding.message


def test_one_wrong_letter_in_a_definition_is_a_mismatch(lint):
    findings = lint("La Direction générale de la sécurité extérieure (DGSI) enquête.")
    assert flagged(findings) == [("acronym-definition-mismatch", "DGSI")]
    assert "spells DGSE" in findings[0].message


def test_a_wrong_letter_in_an_acronym_then_long_form_is_a_mismatch(lint):
    findings = lint("La DGSI (Direction générale de la sécurité extérieure) enquête.")
    assert flagged(findings) == [("acronym-definition-mismatch", "DGSI")]
    assert findings[0].column == 4


def test_a_definition_the_detector_refused_is_checked_too(lint):
    findings = lint("La Brigade de répression du banditisme (BBR) a interpellé deux hommes.")
    assert ("acronym-definition-mismatch", "BBR") in flagged(findings)


def test_letters_taken_inside_words_are_no_mismatch(lint):
    assert lint("L'Office anti-stupéfiants (OFAST) a saisi deux tonnes.") == []


def test_an_acronym_skipping_a_word_is_no_mismatch(lint):
    assert lint("La Société nationale des chemins de fer français (SNCF) recrute.") == []


def test_a_letter_from_a_function_word_is_no_mismatch(lint):
    text = "La lutte contre le blanchiment de capitaux et le financement du terrorisme (LCB-FT) progresse."
    assert lint(text) == []


def test_a_person_before_parentheses_is_no_long_form(lint):
    assert "acronym-definition-mismatch" not in {
        rule for rule, _ in flagged(lint("Selon Jean Paul Durand (JDP), tout va bien."))
    }


def test_an_acronym_kept_from_another_language_is_no_mismatch(lint):
    assert lint("Le système d'entrée/sortie (EES) entre en vigueur en octobre.") == []


def test_a_mixed_case_acronym_is_not_checked(lint):
    findings = lint("Une attaque par déni de service distribué (DDoS) a visé le site.")
    assert "acronym-definition-mismatch" not in {rule for rule, _ in flagged(findings)}


def test_a_definition_inside_a_url_is_not_checked(lint):
    assert (
        lint("Voir https://www.example.fr/Direction_generale_douanes_droits_indirects_(DGDID) pour plus.")
        == []
    )


def test_two_letter_acronyms_are_not_checked(lint):
    findings = lint("Marine Le Pen (RN) a voté.")
    assert "acronym-definition-mismatch" not in {rule for rule, _ in flagged(findings)}


def test_findings_come_in_text_order(lint):
    text = "La DNRED enquête. La Direction générale de la sécurité extérieure (DGSI) aussi. Le GZPQ conclut."
    findings = lint(text)
    assert [finding.start for finding in findings] == sorted(finding.start for finding in findings)
    assert flagged(findings) == [
        ("acronym-undefined", "DNRED"),
        ("acronym-definition-mismatch", "DGSI"),
        ("acronym-undefined", "GZPQ"),
    ]
