"""Pure acronym mention rules: no pipeline, no model.  Each test is named after the case it pins down."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedner.acronyms.rules import (
    COMMON,
    RARE,
    AcronymMention,
    accept_mention,
    acronym_key,
    fold,
    is_headline,
    is_reference_line,
    not_acronym_form,
    propagate_definitions,
    surname_indices,
    token_shape,
)

OLTIM = "Office de lutte contre le trafic illicite de migrants"


def headline_ranges(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of the lines of ``text`` that :func:`is_headline` takes for headlines."""
    ranges, start = [], 0
    for line in text.split("\n"):
        if is_headline(line):
            ranges.append((start, start + len(line)))
        start += len(line) + 1
    return ranges


def words(text: str) -> list[str]:
    return re.findall(r"\n|(?:[A-Z]\.){2,}|MM?\.|[^\W_]+(?:[-’'][^\W_]+)*|[^\w\s]", text)


# ----------------------------------------------------------------------------- shapes


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("TRACFIN", "caps"),
        ("G7", "caps"),
        ("COVID-19", "caps"),
        ("DGFiP", "mixed"),
        ("S.N.C.F.", "dotted"),
        ("Tracfin", "title"),
        ("tracfin", None),
        ("M.", None),
        ("McDonald", None),
        ("Seine-et-Marne", None),
        ("A" * 40, None),
    ],
)
def test_token_shape(text: str, shape: str | None) -> None:
    assert token_shape(text) == shape


@given(st.text(max_size=100))
def test_fold_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize("text", ["Oltim", "OLTIM", "oltim"])
def test_acronym_key_folds_casings(text: str) -> None:
    assert acronym_key(text) == "OLTIM"


def test_acronym_key_drops_dots_and_accents() -> None:
    assert (acronym_key("S.N.C.F."), acronym_key("DGFiP"), acronym_key("ÉÉ")) == ("SNCF", "DGFIP", "EE")


@pytest.mark.parametrize(
    ("text", "previous"),
    [("XXIe", "au"), ("IIe", "le"), ("Ier", "François"), ("XIV", "Louis"), ("IV", "chapitre"), ("II", "le")],
)
def test_ordinals_and_roman_numerals_are_not_acronyms(text: str, previous: str) -> None:
    assert not_acronym_form(text, previous)


def test_roman_numeral_alone_needs_a_known_sense() -> None:
    assert not accept_mention("XIV", previous="le")
    assert accept_mention("XIV", previous="le", in_dictionary=True, support=2)


def test_acronym_that_is_also_a_roman_numeral() -> None:
    assert accept_mention("CDI", previous="un")
    assert accept_mention("CCI", previous="la")
    assert not accept_mention("CDI", previous="Louis")


@pytest.mark.parametrize("text", ["A16", "N7", "RN7", "D906", "A350"])
def test_road_and_reference_codes_are_not_acronyms(text: str) -> None:
    assert not accept_mention(text)


@pytest.mark.parametrize(
    "text", ["G7", "G20", "COVID-19", "PSAN", "TVA", "DGFiP", "S.N.C.F.", "PS", "PJ", "DR"]
)
def test_codes_like_acronyms_are_acronyms(text: str) -> None:
    assert accept_mention(text)


@pytest.mark.parametrize(
    ("text", "previous"), [("MW", "400"), ("MWh", "de"), ("Mme", "et"), ("Dr", "le"), ("NDLR", "(")]
)
def test_units_and_civilities_are_not_acronyms(text: str, previous: str) -> None:
    assert not accept_mention(text, previous=previous)


@pytest.mark.parametrize(
    ("text", "following"), [("TR", ": Fwd: Renvoi"), ("RE", " : Atelier"), ("FW", ":"), ("CC", " : Marie")]
)
def test_mail_subject_prefixes_tr_re_fw_are_not_acronyms(text: str, following: str) -> None:
    assert not_acronym_form(text, following=following)
    assert not accept_mention(text, previous=":", following=following)


def test_mail_prefix_letters_elsewhere_stay_acronyms_re2020() -> None:
    assert accept_mention("RE", previous="la", following=" 2020 impose")
    assert accept_mention("TR", previous="le", following=" est versé")


@pytest.mark.parametrize(
    ("text", "following"), [("RD", " 906 vers"), ("RN", " 7."), ("RD", "\u00a01075"), ("RC", " 12")]
)
def test_road_numbers_written_with_a_space_rd_906_rn_7(text: str, following: str) -> None:
    assert not accept_mention(text, previous="la", following=following)


@pytest.mark.parametrize(
    ("text", "following"), [("RN", " a obtenu"), ("RN", " 33 % des voix"), ("RD", " Congo")]
)
def test_road_letters_without_a_road_number_stay_acronyms_rn(text: str, following: str) -> None:
    assert accept_mention(text, previous="le", following=following)


@pytest.mark.parametrize(
    ("text", "previous"), [("MOIS", "DOUZE"), ("ANS", "2"), ("AD", "51"), ("HEURES", "48")]
)
def test_units_of_time_after_a_number_douze_mois_51_ad(text: str, previous: str) -> None:
    assert not_acronym_form(text, previous)
    assert not accept_mention(text, previous=previous)


def test_abbreviation_before_a_colon_nb_pj() -> None:
    assert not accept_mention("NB", previous="\n", following=" : le délai court")
    assert not accept_mention("PJ", previous="\n", following=" : deux pièces")
    assert accept_mention("PJ", previous="la", following=" de Lille")


def test_french_word_in_capitals_needs_a_curated_sense_considerant() -> None:
    assert not accept_mention("CONSIDÉRANT", previous="\n", french_word=COMMON)
    assert not accept_mention("MOIS", previous="DOUZE", french_word=COMMON, in_dictionary=True, support=3)
    assert accept_mention("BAC", previous="la", french_word=COMMON, in_dictionary=True, curated=True)
    assert accept_mention("SAGE", previous="du", french_word=COMMON, strong=True)


def test_rare_french_word_in_capitals_takes_a_supported_sense_hadopi() -> None:
    assert not accept_mention("RELAXE", previous="\n", french_word=RARE)
    assert not accept_mention("HADOPI", previous="la", french_word=RARE, in_dictionary=True, support=1)
    assert accept_mention("HADOPI", previous="la", french_word=RARE, in_dictionary=True, support=2)


def test_writer_initials_in_a_reference_line_pl_mc() -> None:
    assert is_reference_line("Réf. : 2025/117 – PL/MC")
    assert is_reference_line("N/Réf. : JD/AB") and is_reference_line("Vos références : 25-117")
    assert not is_reference_line("Référendum : la CGT appelle à voter")
    assert not accept_mention("PL", previous="–", initials=True)
    assert accept_mention("SGAR", previous="/", initials=True, in_dictionary=True, curated=True)


# ----------------------------------------------------------------------------- headlines and names


def test_headline_communique_de_presse() -> None:
    text = "N° 125\nCOMMUNIQUE DE PRESSE\nFrapper les réseaux"
    assert headline_ranges(text) == [(7, 27)]


def test_single_word_caps_line_is_headline() -> None:
    assert headline_ranges("URGENT\nLa DGSI enquête") == [(0, 6)]


def test_byline_is_not_headline() -> None:
    assert headline_ranges("Thomas SAMSON - AFP\nAFP / Lognes (France) (AFP) / © 2025 AFP") == []


def test_sentence_with_several_acronyms_is_not_headline() -> None:
    assert headline_ranges("TRACFIN, la DNPAF et l'OLTIM signent une convention") == []


def test_headline_word_needs_known_supported_sense() -> None:
    assert not accept_mention("TRACFIN", in_headline=True)
    assert not accept_mention("TRACFIN", in_headline=True, in_dictionary=True, support=1)
    assert accept_mention("TRACFIN", in_headline=True, in_dictionary=True, support=2)
    assert accept_mention("TRACFIN", in_headline=True, strong=True)


def test_stop_word_in_headline_never_acronym() -> None:
    assert not accept_mention("DE", in_headline=True, in_dictionary=True, support=5)


def test_caps_surname_after_given_name() -> None:
    tokens = words("annoncent, Bruno RETAILLEAU, ministre")
    assert {tokens[i] for i in surname_indices(tokens)} == {"RETAILLEAU"}


def test_caps_particle_and_surname() -> None:
    tokens = words("et Amélie DE MONTCHALIN, ministre")
    assert {tokens[i] for i in surname_indices(tokens)} == {"DE", "MONTCHALIN"}


def test_caps_surname_after_lowercase_particle() -> None:
    tokens = words("et Amélie de MONTCHALIN, ministre")
    assert {tokens[i] for i in surname_indices(tokens)} == {"MONTCHALIN"}


def test_caps_surname_in_byline() -> None:
    tokens = words("Thomas SAMSON - AFP")
    assert {tokens[i] for i in surname_indices(tokens)} == {"SAMSON"}


def test_caps_surname_after_civility() -> None:
    tokens = words("selon M. DUPONT et le général MARTIN")
    assert {tokens[i] for i in surname_indices(tokens)} == {"DUPONT", "MARTIN"}


def test_caps_surname_before_given_name_in_a_list() -> None:
    tokens = words("Présents :\nDUPONT Jean, MARTIN Paul")
    assert {tokens[i] for i in surname_indices(tokens)} == {"DUPONT", "MARTIN"}


def test_acronym_after_capitalised_function_word_is_no_surname() -> None:
    for text in ("Selon TRACFIN, les flux", "Hier TRACFIN a publié", "Avec TRACFIN et la DGSI"):
        assert surname_indices(words(text)) == set(), text


def test_acronym_after_line_break_is_no_surname() -> None:
    assert surname_indices(words("Amélie de Montchalin\nTRACFIN publie")) == set()


def test_caps_surname_cut_by_a_line_break_de_villemarest() -> None:
    tokens = words("par Mme Héloïse DE\nVILLEMAREST et M. Gaspard VAN\nDER MEERSCH, sénateurs")
    assert {tokens[i] for i in surname_indices(tokens)} == {"DE", "VILLEMAREST", "VAN", "DER", "MEERSCH"}


KNOWN = {"CFDT", "UNSA", "TJ", "MDPH", "ARS", "SAUJ"}.__contains__


def test_known_acronym_before_a_capitalised_word_is_no_surname_cfdt_interco() -> None:
    tokens = words(
        "Les syndicats CGT, CFDT Interco, FO, UNSA Territoriaux et FSU\n– ARS Bretagne, délégation"
    )
    assert surname_indices(tokens, known=KNOWN) == set()
    assert {tokens[i] for i in surname_indices(tokens)} == {"CFDT", "UNSA", "ARS"}  # without the knowledge


def test_known_acronym_after_a_role_and_a_particle_is_no_surname_president_du_tj() -> None:
    tokens = words("le président du TJ de Bordeaux ; le Baromètre des MDPH ; Cc : SAUJ Meaux")
    assert surname_indices(tokens, known=KNOWN) == set()


def test_role_and_contracted_particle_introduce_a_body_directeur_du_sdis() -> None:
    tokens = words("le directeur du SDIS 29 et le président des CDAD ; M. du PLESSIS")
    assert {tokens[i] for i in surname_indices(tokens)} == {"PLESSIS"}


def test_known_acronym_right_after_a_given_name_stays_a_surname() -> None:
    tokens = words("selon Marie ARS, présidente")
    assert {tokens[i] for i in surname_indices(tokens, known=KNOWN)} == {"ARS"}


def test_blocked_place_is_no_given_name() -> None:
    tokens = words("à Lognes OLTIM et DNPAF")
    assert surname_indices(tokens, blocked={tokens.index("Lognes")}) == set()


def test_surname_flag_rejects_unless_defined() -> None:
    assert not accept_mention("SAMSON", surname=True)
    assert not accept_mention("SAMSON", surname=True, in_dictionary=True, support=3)
    assert accept_mention("SAMSON", surname=True, strong=True)


# ----------------------------------------------------------------------------- title case


def test_title_case_needs_a_supported_dictionary_sense() -> None:
    assert not accept_mention("Tracfin")
    assert not accept_mention("Tracfin", in_dictionary=True, support=1)
    assert accept_mention("Tracfin", in_dictionary=True, support=2)
    assert accept_mention("Tracfin", strong=True)


def test_title_case_place_never_acronym() -> None:
    for place in ("Paris", "Lognes", "Manche"):
        assert not accept_mention(place, in_dictionary=True, support=3, proper_name=True)


def test_title_case_curated_spelling_is_acronym_urssaf() -> None:
    assert accept_mention("Urssaf", title_spelling=True)
    assert accept_mention("Urssaf", title_spelling=True, proper_name=True)  # the model's LOC Urssaf Normandie
    assert not accept_mention("Plus", title_spelling=True)


def test_title_case_three_letters_need_the_curated_spelling_caf() -> None:
    assert accept_mention("Caf", title_spelling=True)
    assert accept_mention("Caf", previous="la", title_spelling=True, proper_name=True)  # Caf du Var: a LOC
    assert not accept_mention("Ars", in_dictionary=True, support=3)
    assert not accept_mention("Ca", title_spelling=True)


def test_title_case_place_written_in_capitals_elsewhere_is_acronym_cross() -> None:
    assert not accept_mention("Cross", in_dictionary=True, support=2, proper_name=True)
    assert accept_mention("Cross", in_dictionary=True, support=2, proper_name=True, seen_in_capitals=True)
    assert not accept_mention("Cross", in_dictionary=True, support=1, proper_name=True, seen_in_capitals=True)


def test_title_case_stop_word_or_short_word_never_acronym() -> None:
    assert not accept_mention("Plus", in_dictionary=True, support=3)
    assert not accept_mention("Caf", in_dictionary=True, support=3)


# ----------------------------------------------------------------------------- propagation


def test_propagation_before_and_after_definition() -> None:
    mentions = [
        AcronymMention("Oltim", 0, 5),
        AcronymMention("OLTIM", 90, 95, OLTIM, "document"),
        AcronymMention("OLTIM", 200, 205),
    ]
    result = propagate_definitions(mentions, {"OLTIM": OLTIM})
    assert [(m.expansion, m.expansion_source) for m in result] == [(OLTIM, "document")] * 3


def test_propagation_document_beats_dictionary() -> None:
    mention = AcronymMention("AFP", 0, 3, "Aide financière", "gazetteer", ("Aide financière", "Agence"))
    (result,) = propagate_definitions([mention], {"AFP": "Agence France-Presse"})
    assert (result.expansion, result.expansion_source, result.expansion_candidates) == (
        "Agence France-Presse",
        "document",
        None,
    )


def test_propagation_keeps_own_definition() -> None:
    own = AcronymMention("Oltim", 0, 5, "Office de lutte contre le trafic de migrants", "document")
    assert propagate_definitions([own], {"OLTIM": OLTIM}) == [own]


def test_propagation_leaves_undefined_acronyms() -> None:
    mention = AcronymMention("TVA", 0, 3, "Taxe sur la valeur ajoutée", "gazetteer")
    assert propagate_definitions([mention], {"OLTIM": OLTIM}) == [mention]


# ----------------------------------------------------------------------------- linear time


def test_megabyte_line_of_capitals() -> None:
    line = "A" * 1_000_000
    assert headline_ranges(line) == [(0, len(line))]
    assert token_shape(line) is None
    caps_words = "ABC " * 250_000
    assert len(headline_ranges(caps_words)) == 1
    assert surname_indices(["Bruno", "ABC"] * 100_000) == set(range(1, 200_000, 2))
