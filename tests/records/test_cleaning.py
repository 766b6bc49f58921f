"""Span hygiene and canonical names, on French examples, without the model."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedner.records.canonical import assign_canonicals, person_canonical
from seedner.records.cleaning import clean_mentions
from seedner.records.mentions import Mention
from tests.conftest import mention_at


def cleaned(text: str, *mentions: Mention) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in clean_mentions(text, mentions)]


def test_civility_is_outside_the_person_and_makes_it_a_person():
    text = "a pointé M. Retailleau hier."
    assert cleaned(text, mention_at(text, "M. Retailleau", "MISC")) == [("Retailleau", "PER")]


def test_role_before_a_name_is_removed():
    text = "selon le général Christian Rodriguez,"
    assert cleaned(text, mention_at(text, "général Christian Rodriguez", "PER")) == [
        ("Christian Rodriguez", "PER")
    ]


def test_role_word_does_not_touch_organisations():
    text = "la Direction générale des étrangers"
    assert cleaned(text, mention_at(text, "Direction générale des étrangers", "ORG")) == [
        ("Direction générale des étrangers", "ORG")
    ]


def test_elided_article_and_determiner_are_trimmed():
    text = "à l'Office anti-stupéfiants et la DGSI. L'Etat français"
    result = cleaned(
        text,
        mention_at(text, "l'Office anti-stupéfiants", "ORG"),
        mention_at(text, "la DGSI", "ORG"),
        mention_at(text, "L'Etat français", "LOC"),
    )
    assert result == [("Office anti-stupéfiants", "ORG"), ("DGSI", "ORG"), ("Etat français", "LOC")]


def test_gazetteer_names_keep_their_article():
    text = "selon Le Monde et Le Havre"
    assert cleaned(text, mention_at(text, "Le Monde", "ORG", source="gazetteer")) == [("Le Monde", "ORG")]


def test_quotes_and_dashes_are_trimmed():
    text = '« Frontex » - et "Europol"'
    result = cleaned(text, mention_at(text, "« Frontex »", "ORG"), mention_at(text, '"Europol"', "ORG"))
    assert result == [("Frontex", "ORG"), ("Europol", "ORG")]


def test_initialism_keeps_its_final_dot():
    text = "la S.N.C.F. a"
    assert cleaned(text, mention_at(text, "S.N.C.F.", "ORG")) == [("S.N.C.F.", "ORG")]


def test_photographer_and_agency_are_split():
    text = "Thomas SAMSON - AFP"
    assert cleaned(text, mention_at(text, "Thomas SAMSON - AFP", "PER")) == [
        ("Thomas SAMSON", "PER"),
        ("AFP", "ORG"),
    ]


def test_split_on_slash_with_a_known_organisation():
    text = "Jeanne Martin / Ouest-France et Ouest-France"
    result = cleaned(
        text,
        mention_at(text, "Jeanne Martin / Ouest-France", "PER"),
        mention_at(text, "Ouest-France", "ORG", source="gazetteer", occurrence=1),
    )
    assert result == [("Jeanne Martin", "PER"), ("Ouest-France", "ORG"), ("Ouest-France", "ORG")]


def test_dash_between_two_people_is_not_split():
    text = "Marie Curie - Pierre Curie"
    assert cleaned(text, mention_at(text, text, "PER")) == [(text, "PER")]


def test_one_letter_and_digit_spans_are_dropped():
    text = "N° 125 et 2024 puis X"
    result = cleaned(
        text, mention_at(text, "N", "LOC"), mention_at(text, "2024", "MISC"), mention_at(text, "X", "PER")
    )
    assert result == []


def test_caps_surname_canonical_keeps_particles_low():
    assert person_canonical("Bruno RETAILLEAU") == "Bruno Retailleau"
    assert person_canonical("Amélie DE MONTCHALIN") == "Amélie de Montchalin"
    assert person_canonical("Jean-Pierre LE  GOFF") == "Jean-Pierre le Goff"
    assert person_canonical("Valéry GISCARD D'ESTAING") == "Valéry Giscard d'Estaing"
    assert person_canonical("Charles de Gaulle") == "Charles de Gaulle"


def test_surname_alone_takes_the_full_name_of_the_document():
    text = "Bruno RETAILLEAU a parlé. Bruno Retailleau puis Retailleau."
    result = assign_canonicals(
        [
            mention_at(text, "Bruno RETAILLEAU", "PER"),
            mention_at(text, "Bruno Retailleau", "PER"),
            mention_at(text, "Retailleau", "PER", occurrence=1),
        ]
    )
    assert {m.canonical for m in result} == {"Bruno Retailleau"}


def test_ambiguous_surname_is_left_alone():
    text = "Marie Dupont et Jean Dupont; Dupont"
    result = assign_canonicals(
        [
            mention_at(text, "Marie Dupont", "PER"),
            mention_at(text, "Jean Dupont", "PER"),
            mention_at(text, "Dupont", "PER", 2),
        ]
    )
    assert result[-1].canonical == "Dupont"


def test_acronym_and_long_form_share_a_canonical():
    text = "Office de lutte contre le trafic de migrants (Oltim) et OLTIM"
    name = "Office de lutte contre le trafic illicite de migrants"
    result = assign_canonicals(
        [
            mention_at(
                text,
                "Office de lutte contre le trafic de migrants",
                "ORG",
                source="definition",
                acronym_of="Oltim",
            ),
            mention_at(text, "Oltim", "ORG", source="gazetteer", id="fr.oltim", canonical=name, acronym=True),
            mention_at(text, "OLTIM", "ORG", source="gazetteer", id="fr.oltim", canonical=name, acronym=True),
        ]
    )
    assert {m.canonical for m in result} == {name}


def test_spelling_variants_share_the_first_spelling():
    text = "ministère de l'Economie puis Ministère de l'Économie"
    result = assign_canonicals(
        [
            mention_at(text, "ministère de l'Economie", "ORG"),
            mention_at(text, "Ministère de l'Économie", "ORG"),
        ]
    )
    assert {m.canonical for m in result} == {"ministère de l'Economie"}


WORDS = st.sampled_from(
    [
        "M.",
        "Mme",
        "le",
        "la",
        "l'",
        "Bruno",
        "RETAILLEAU",
        "-",
        "/",
        "AFP",
        "«",
        "»",
        "N°",
        "12",
        "é",
        "😀",
        " ",
        "\n",
    ]
)


@st.composite
def texts_and_mentions(draw):
    text = "".join(draw(st.lists(WORDS, min_size=1, max_size=30)))
    spans = draw(
        st.lists(
            st.tuples(
                st.integers(0, len(text)), st.integers(1, 12), st.sampled_from(["PER", "ORG", "LOC", "MISC"])
            ),
            max_size=8,
        )
    )
    mentions = []
    for start, length, label in spans:
        end = min(len(text), start + length)
        if end > start:
            mentions.append(
                Mention(
                    start, end, text[start:end], label, source=draw(st.sampled_from(["model", "gazetteer"]))
                )
            )
    return text, mentions


@given(texts_and_mentions())
def test_cleaning_keeps_offsets_exact_non_empty_and_disjoint(case):
    text, mentions = case
    result = clean_mentions(text, mentions)
    for m in result:
        assert m.start < m.end
        assert text[m.start : m.end] == m.text
        assert m.text.strip()
    ordered = sorted(result, key=lambda m: m.start)
    assert all(a.end <= b.start for a, b in itertools.pairwise(ordered))


def test_preposition_de_and_de_la_are_outside_a_place():
    text = "les habitants de Saint-Denis et de la Loire"
    result = cleaned(text, mention_at(text, "de Saint-Denis", "LOC"), mention_at(text, "de la Loire", "LOC"))
    assert result == [("Saint-Denis", "LOC"), ("Loire", "LOC")]


def test_capitalised_article_at_a_sentence_start_la_dilcrah():
    text = "La Dilcrah a financé le projet."
    assert cleaned(text, mention_at(text, "La Dilcrah", "ORG")) == [("Dilcrah", "ORG")]


def test_common_noun_before_a_place_port_de_calais():
    text = "au port de Calais, dans le département du Finistère et à la gare de Saint-Denis"
    result = cleaned(
        text,
        mention_at(text, "port de Calais", "LOC"),
        mention_at(text, "département du Finistère", "LOC"),
        mention_at(text, "gare de Saint-Denis", "LOC"),
    )
    assert result == [("Calais", "LOC"), ("Finistère", "LOC"), ("Saint-Denis", "LOC")]


def test_a_natural_place_keeps_its_noun_mer_du_nord_ile_de_re():
    text = "entre la mer du Nord et l'île de Ré"
    result = cleaned(text, mention_at(text, "mer du Nord", "LOC"), mention_at(text, "île de Ré", "LOC"))
    assert result == [("mer du Nord", "LOC"), ("île de Ré", "LOC")]


def test_a_postal_address_gives_the_town_35033_rennes_cedex_9():
    text = "Cité judiciaire, 7 rue Pierre-Abélard, 35033 Rennes Cedex 9"
    assert cleaned(text, mention_at(text, "35033 Rennes Cedex 9", "LOC")) == [("Rennes", "LOC")]


def test_surname_in_capitals_before_a_given_name_ducasse_mathieu():
    text = "Prévenu : DUCASSE Mathieu, né le 2 mai 1996."
    assert cleaned(text, mention_at(text, "Mathieu", "PER")) == [("DUCASSE Mathieu", "PER")]


def test_a_given_name_and_a_surname_in_capitals_is_a_person_giulia_rinaldi():
    text = "La requérante, Giulia RINALDI, est présente."
    assert cleaned(text, mention_at(text, "Giulia RINALDI", "ORG")) == [("Giulia RINALDI", "PER")]


def test_an_acronym_before_a_given_name_is_no_surname_when_it_is_a_mention():
    text = "Selon la DGSI Marie parle."
    result = cleaned(
        text, mention_at(text, "DGSI", "ORG", source="acronym"), mention_at(text, "Marie", "PER")
    )
    assert ("DGSI", "ORG") in result


def test_signature_name_does_not_run_into_the_function_line_luc_garnier_greffier():
    text = "Bien cordialement,\n\nLuc Garnier\nGreffier – service de l'audiencement\n"
    assert cleaned(text, mention_at(text, "Luc Garnier\nGreffier", "PER")) == [("Luc Garnier", "PER")]


def test_composition_line_name_does_not_take_the_next_field_kerautret_conseillers():
    text = "Présidente : Mme Hélène Kerautret\nConseillers : M. Jean-Yves Le Bihan"
    assert cleaned(text, mention_at(text, "Hélène Kerautret\nConseillers", "PER")) == [
        ("Hélène Kerautret", "PER")
    ]


def test_address_does_not_run_into_the_phone_line_75007_paris_tel():
    text = "20 avenue de Ségur, 75007 Paris\nTél. : 01 40 56 60 00"
    assert cleaned(text, mention_at(text, "Paris\nTél", "LOC")) == [("Paris", "LOC")]


def test_span_across_a_blank_line_keeps_its_longest_line_motto_then_direction():
    text = "Liberté\nÉgalité\nFraternité\n\nDirection départementale de l’emploi, du travail"
    surface = "Liberté\nÉgalité\nFraternité\n\nDirection départementale de l’emploi"
    assert cleaned(text, mention_at(text, surface, "ORG")) == [
        ("Direction départementale de l’emploi", "ORG")
    ]


def test_gazetteer_name_wrapped_across_a_kept_line_break_keeps_its_span_banque_de_france():
    text = "la\nBanque\nde France"
    found = mention_at(text, "Banque\nde France", "ORG", source="gazetteer")
    assert cleaned(text, found) == [("Banque\nde France", "ORG")]


def test_salutation_civilities_alone_are_nobody_madame_monsieur():
    text = "Madame, Monsieur,\nJe sollicite le renvoi. Maître,"
    found = [mention_at(text, word, "PER") for word in ("Madame", "Monsieur", "Maître")]
    assert cleaned(text, *found) == []


def test_name_wrapped_after_its_particle_heloise_de_villemarest():
    text = "Par Mme Héloïse DE\nVILLEMAREST et M. Yannick Le Dréau,"
    assert cleaned(text, mention_at(text, "Héloïse DE", "PER")) == [("Héloïse DE\nVILLEMAREST", "PER")]


def test_name_wrapped_after_a_two_word_particle_takes_the_rest_gaspard_van_der_meersch():
    text = "M. Gaspard VAN\nDER MEERSCH, secrétaire général adjoint"
    found = [mention_at(text, "Gaspard VAN", "PER"), mention_at(text, "DER MEERSCH", "ORG")]
    assert cleaned(text, *found) == [("Gaspard VAN\nDER MEERSCH", "PER")]


def test_particle_before_a_lower_case_line_stays_marie_de():
    text = "avec Marie DE\nla direction"
    assert cleaned(text, mention_at(text, "Marie DE", "PER")) == [("Marie DE", "PER")]


def test_a_span_across_table_cells_keeps_its_cell_and_the_person_of_the_next_arcachon_cdt_bruno_lafitte():
    text = "Capitainerie | Arcachon | Cdt Bruno Lafitte | 05 56 22 36 75"
    found = cleaned(text, mention_at(text, "Arcachon | Cdt Bruno Lafitte", "LOC"))
    assert found == [("Arcachon", "LOC"), ("Bruno Lafitte", "PER")]


def test_a_person_across_lines_keeps_only_the_titled_person_mme_kerautret_conseillers():
    text = "Présidente : Mme Hélène Kerautret\nConseillers : M. Jean-Yves Le Bihan"
    assert cleaned(text, mention_at(text, "Mme Hélène Kerautret\nConseillers", "PER")) == [
        ("Hélène Kerautret", "PER")
    ]


def test_a_civility_before_a_lower_case_word_opens_no_person_m_le_maire():
    text = "Bordeaux-Mérignac\nM. le maire"
    assert cleaned(text, mention_at(text, "Bordeaux-Mérignac\nM. le maire", "LOC")) == [
        ("Bordeaux-Mérignac", "LOC")
    ]


def test_a_field_after_a_dash_goes_arianna_podesta_tel():
    text = "Contact presse : Arianna Podestà – Tél. : +32 2 298 00 00"
    assert cleaned(text, mention_at(text, "Arianna Podestà – Tél", "PER")) == [("Arianna Podestà", "PER")]


def test_the_weekday_of_a_mail_date_is_nobody_fri():
    text = "Date: Fri, 3 Oct 2025 10:12:03 +0200"
    assert cleaned(text, mention_at(text, "Fri", "LOC")) == []


@pytest.mark.parametrize(
    ("text", "cut", "whole"),
    [
        ("Les digues de Cuxac-d’Aude ont cédé.", "Cuxac-d", "Cuxac-d’Aude"),
        ("à Saint-Pierre-d'Oléron hier", "Saint-Pierre-d'", "Saint-Pierre-d'Oléron"),
    ],
)
def test_a_compound_cut_at_its_elision_takes_the_elided_word_cuxac_d_aude(text: str, cut: str, whole: str):
    rest = whole[len(cut) :].lstrip("'’")
    found = [mention_at(text, cut, "LOC"), mention_at(text, rest, "LOC")]
    assert cleaned(text, *found) == [(whole, "LOC")]


def test_towns_named_after_a_plural_place_noun_communes_d_erstein():
    text = "les communes d’Erstein et de Sélestat"
    assert cleaned(text, mention_at(text, "communes d’Erstein", "LOC")) == [("Erstein", "LOC")]


def test_a_work_named_after_its_town_gives_the_town_barrage_de_vinca():
    text = "Le barrage de Vinça est à 60 %, la centrale de Golfech à l'arrêt."
    found = [mention_at(text, "barrage de Vinça", "LOC"), mention_at(text, "centrale de Golfech", "LOC")]
    assert cleaned(text, *found) == [("Vinça", "LOC"), ("Golfech", "LOC")]


def test_a_given_name_takes_the_surname_in_capitals_after_it_delphine_caron():
    text = "Bien cordialement,\n\nDelphine CARON\nPrincipale"
    assert cleaned(text, mention_at(text, "Delphine", "PER")) == [("Delphine CARON", "PER")]


def test_a_given_name_before_an_acronym_mention_stays_alone():
    text = "Selon Marie DGSI hier."
    found = [mention_at(text, "Marie", "PER"), mention_at(text, "DGSI", "ORG", source="acronym")]
    assert cleaned(text, *found) == [("Marie", "PER"), ("DGSI", "ORG")]


def test_a_model_misc_given_name_before_a_surname_in_capitals_is_a_person_yves_quetil():
    text = "Absent : Yves QUÉTIL\nSecrétaire"
    assert cleaned(text, mention_at(text, "Yves", "MISC")) == [("Yves QUÉTIL", "PER")]
