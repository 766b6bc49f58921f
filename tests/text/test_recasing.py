"""Case restoration: where a text has lost its case, what each word is given back, and that nothing but
the case of letters ever changes (offsets stay exact)."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from seedner.text.normalization import normalize
from seedner.text.recasing import (
    LOWER,
    LOWER_MODE,
    MAYBE,
    NAME,
    PLACE,
    UPPER,
    CaseHints,
    PhraseForms,
    caseless_spans,
    is_mostly_lower,
    is_mostly_upper,
    recase,
    restore,
)
from tests.text.test_normalization import TEXTS

# A small lexicon in the shape of the pipeline's (seedner.pipeline.casing).
CLASSES = {
    "paris": NAME,
    "lyon": NAME,
    "lille": NAME,
    "france": NAME,
    "yann": NAME,
    "jean": NAME,
    "dupont": NAME,
    "vidal": NAME,
    "rennes": NAME,
    "guennec": NAME,
    "moreau": NAME,
    "lagarde": NAME,
    "franco": NAME,
    "claire": MAYBE,
    "moulin": MAYBE,
    "nord": PLACE,
    "menton": PLACE,
}
ACRONYMS = {"ofast": "OFAST", "tracfin": "Tracfin", "dgsi": "DGSI", "caf": "CAF", "fo": "FO"}
HINTS = CaseHints(
    classify=lambda word: CLASSES.get(word, LOWER),
    acronym=ACRONYMS.get,
    compound={"rendez-vous": "rendez-vous"}.get,
    grammatical_acronym={"ta": "TA"}.get,
    is_word=lambda word: word in {"mis", "cas", "vu", "ta"},
    phrases=PhraseForms.of(["Pas-de-Calais", "Cour des comptes", "Fontenay-sous-Bois", "cour d'appel"]),
)


def upper(text: str) -> str:
    """``text`` restored as a document in capitals."""
    result = restore(text.upper(), [(0, len(text), UPPER)], HINTS)
    assert len(result) == len(text)
    return result


def lower(text: str) -> str:
    """``text`` restored as a document in lower case."""
    result = restore(text.lower(), [(0, len(text), LOWER_MODE)], HINTS)
    assert len(result) == len(text)
    return result


def both(text: str) -> str:
    """What a text in capitals and the same text in lower case are given back: the same."""
    assert upper(text) == lower(text)
    return upper(text)


# Where: headline case without hints


def test_a_line_in_capitals_is_recased_and_the_prose_after_it_is_not():
    text = "COMMUNIQUE DE PRESSE\nLe préfet de la Seine-Saint-Denis et la DGSI ont signé."
    assert recase(text) == "Communique de Presse\nLe préfet de la Seine-Saint-Denis et la DGSI ont signé."


def test_a_long_stretch_of_capitals_inside_a_line_is_recased():
    text = "Titre : ARRESTATION D'UN SUSPECT À SAINT-DENIS PAR LA PJ hier soir."
    assert recase(text) == "Titre : Arrestation d'un Suspect à Saint-Denis par la PJ hier soir."


def test_short_capitals_in_mixed_case_text_stay():
    text = "Selon la DGSI et Bruno RETAILLEAU, Amélie DE MONTCHALIN a saisi TRACFIN.\nURGENT\nN° 125"
    assert recase(text) is text
    assert caseless_spans(text) == []


def test_elided_articles_stay_in_lower_case():
    assert (
        recase("L'ARMÉE DE L'AIR ET DE L'ESPACE AUJOURD'HUI") == "L'Armée de l'Air et de l'Espace Aujourd'hui"
    )


def test_case_mappings_that_change_length_keep_the_character():
    text = "İSTANBUL ET STRAẞE À PARIS"  # 'İ'.lower() has two characters; 'ẞ'.lower() is 'ß'
    assert recase(text) == "İstanbul et Straße à Paris"


def test_a_document_mostly_in_capitals():
    assert is_mostly_upper("TELEGRAMME N° 12\nPREFET POLICE A MINISTRE INTERIEUR\nSTOP reçu")
    assert not is_mostly_upper("Selon la DGSI et la DGSE, le réseau est démantelé.")
    assert not is_mostly_upper("12 000 € — 3 %")
    telegram = "TELEGRAMME OFFICIEL\nLE PREFET DE POLICE A DECIDE LA FERMETURE\nURGENT"
    assert caseless_spans(telegram) == [(0, len(telegram), UPPER)]


def test_mostly_lower_needs_enough_words_without_capitals():
    assert is_mostly_lower("un texte de notes prises vite sans aucune capitale nulle part ici")
    assert not is_mostly_lower("Un texte de notes prises vite avec une Capitale au Début ici")
    assert not is_mostly_lower("trop court")
    notes = "un texte de notes prises vite sans aucune capitale nulle part ici"
    assert caseless_spans(notes) == [(0, len(notes), LOWER_MODE)]


_WORDS_OF_TWO_LETTERS = re.compile(r"[^\W\d_]{2,}")


@given(
    st.lists(
        st.sampled_from(
            ["notes", "de", "Rennes", "l'", "SDIS", "a", "é", "Œuvre", "x1", "eBay", "ÉTÉ", " ", "\n"]
        ),
        max_size=120,
    )
)
@example(["notes"] * 49 + ["Rennes"])  # one word in fifty has a capital: 2 %, mostly lower
@example(["notes"] * 48 + ["Rennes"])  # one in forty-nine: more than 2 %
def test_mostly_lower_is_its_definition_however_fast_it_rejects(parts):
    """The quick count of words with a capital only ever answers no where the definition does."""
    text = " ".join(parts)
    words = _WORDS_OF_TWO_LETTERS.findall(text)
    expected = len(words) >= 10 and sum(not word.islower() for word in words) <= 0.02 * len(words)
    assert is_mostly_lower(text) == expected


def test_the_lower_case_bodies_of_a_chat_log_are_caseless():
    lines = [
        "09:02 Léa Garrigue : salut, la préf a activé le cod cette nuit",
        "09:04 Tom Bertrand : j'appelle le sdis 66 pour le bilan",
        "09:06 Marc Estève : météo-france annonce 180 mm sur le vallespir",
        "09:15 Léa Garrigue : Parfait. Je fais le papier pour L'Indépendant.",
        "09:16 Marc Estève : ok",
    ]
    text = "\n".join(lines)
    bodies = [(text.index(line) + line.index(" : ") + 3, text.index(line) + len(line)) for line in lines[:3]]
    assert caseless_spans(text) == [(start, end, LOWER_MODE) for start, end in bodies]


def test_fields_or_messages_mostly_written_with_capitals_are_left_as_written():
    form = "Objet : demande de subvention au titre de la dotation\nDe : Jean Dupont\nÀ : Service des Routes"
    assert caseless_spans(form) == []
    chat = "\n".join(
        [
            "09:02 Léa : on se retrouve devant la mairie",
            "09:03 Tom : Oui, à Quimper devant la Caf.",
            "09:04 Léa : Je préviens Marc et Julie.",
            "09:05 Tom : ça marche pour moi",
            "09:06 Léa : Parfait, à tout à l'heure.",
        ]
    )
    assert caseless_spans(chat) == []  # two lower-case bodies out of five: people who write so


def test_normal_text_has_no_caseless_span():
    assert caseless_spans("Le préfet de police a réuni la DGSI et l'Ofast à Paris ce matin.") == []


# What: names, acronyms, sentences


def test_names_acronyms_and_sentence_starts():
    text = "Le préfet de police a interpellé Jean Dupont. La DGSI enquête à Paris, l'OFAST et Tracfin aussi."
    assert both(text) == text


def test_known_names_as_written_whatever_their_case_and_accents():
    assert both("Une saisie dans le Pas-de-Calais et à Fontenay-sous-Bois.") == (
        "Une saisie dans le Pas-de-Calais et à Fontenay-sous-Bois."
    )
    assert upper("Selon la cour des comptes") == "Selon la Cour des comptes"
    assert restore("SELON LA COUR DES COMPTES", [(0, 25, UPPER)], HINTS) == "Selon la Cour des comptes"
    # without accents in capitals: only the case changes
    assert restore("LA COUR D'APPEL DE RENNES", [(0, 25, UPPER)], HINTS) == "La cour d'appel de Rennes"


def test_a_word_that_may_be_a_name_is_one_next_to_a_name():
    assert both("Mme Claire Vidal et la claire fontaine.") == "Mme Claire Vidal et la claire fontaine."
    assert (
        both("Pour le procureur,\nClaire Moulin\nSubstitut") == "Pour le procureur,\nClaire Moulin\nSubstitut"
    )


def test_a_place_that_is_also_a_word():
    assert both("La CAF du Nord, au nord de Lyon, du nord de Paris, à Menton.") == (
        "La CAF du Nord, au nord de Lyon, du nord de Paris, à Menton."
    )
    assert both("Un menton et Lille (Nord).") == "Un menton et Lille (Nord)."


def test_civilities_initials_and_particles():
    assert both("M. Moulin et Me Dupont, J. Vidal, Yann Le Guennec.") == (
        "M. Moulin et Me Dupont, J. Vidal, Yann Le Guennec."
    )
    assert both("Il me dit de venir.") == "Il me dit de venir."


def test_compounds():
    assert both("Un rendez-vous avec Jean-Moreau-Lagarde, puis une enquête franco-italienne.") == (
        "Un rendez-vous avec Jean-Moreau-Lagarde, puis une enquête franco-italienne."
    )
    assert both("Le syndicat Police-FO.") == "Le syndicat Police-FO."


def test_an_acronym_that_is_also_a_word_after_an_article():
    assert both("Le TA de Rennes et ta décision.") == "Le TA de Rennes et ta décision."


def test_french_words_are_no_acronyms():
    assert both("Il a mis en cas de besoin un vu.") == "Il a mis en cas de besoin un vu."


def test_acronyms_defined_in_the_text():
    text = "L'agence de l'union européenne pour l'asile (auea) et l'auea encore."
    assert lower(text) == "L'agence de l'union européenne pour l'asile (AUEA) et l'AUEA encore."
    assert (
        lower("le mis (ministère de l'intérieur) et le mis.")
        == "Le mis (ministère de l'intérieur) et le mis."
    )


def test_sentence_starts_after_a_number_not_after_an_abbreviation_or_inside_a_number():
    assert both("En 2024. La France, art. 3 du code, 151.000 demandes.") == (
        "En 2024. La France, art. 3 du code, 151.000 demandes."
    )


def test_roman_numerals_codes_and_addresses():
    assert upper("Le titre II du XXIe siècle") == "Le titre II du XXIe siècle"
    assert upper("Voir https://www.example.fr/page et l'autoroute A13.") == (
        "Voir https://www.example.fr/page et l'autoroute A13."
    )
    assert lower("voir l'a13 à 3h00, le 2e jour, nor tsss2515234a") == (
        "Voir l'A13 à 3h00, le 2e jour, nor TSSS2515234A"
    )


def test_words_with_their_case_mark_stay_in_a_text_in_lower_case():
    text = "on a vu Paris et la DGSI ce matin avec tous les collègues du service"
    assert lower(text).startswith("On a vu Paris et la DGSI")


def test_a_long_document_is_restored_block_by_block():
    paragraph = "le préfet a réuni jean dupont à paris. la caf du nord a suivi.\n"
    text = paragraph * 4000
    assert restore(text, [(0, len(text), LOWER_MODE)], HINTS) == (
        "Le préfet a réuni Jean Dupont à Paris. La CAF du Nord a suivi.\n" * 4000
    )


# Properties

CASE_PIECES = [
    *"aeAEÉéß'’- .\n1(",
    "İ",
    "ẞ",
    "Σ",
    "DGSI ",
    "LE PREFET ",
    "À PARIS ",
    "L'ARMÉE ",
    "Bruno ",
    "ǅ",
    "claire ",
    "NORD ",
    "m. ",
    "ta ",
    "II ",
    "www.a.fr ",
    "pas-de-calais ",
    "cour des comptes ",
]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(CASE_PIECES), max_size=40).map("".join), st.booleans())
def test_recase_keeps_length_and_changes_only_the_case_of_letters(text: str, with_hints: bool):
    recased = recase(text, HINTS if with_hints else None)
    assert len(recased) == len(text)
    for before, after in zip(text, recased, strict=True):
        assert after == before or (before.isalpha() and after in (before.lower(), before.upper()))


@settings(max_examples=200)
@given(st.lists(st.sampled_from(CASE_PIECES), max_size=40).map("".join), st.sampled_from([UPPER, LOWER_MODE]))
def test_restore_keeps_length_in_both_modes(text: str, mode: str):
    restored = restore(text, [(0, len(text), mode)], HINTS)
    assert len(restored) == len(text)
    assert restored.lower() == text.lower() or all(
        after == before or after in (before.lower(), before.upper())
        for before, after in zip(text, restored, strict=True)
    )


@given(TEXTS)
def test_recasing_the_cleaned_text_keeps_its_map(text: str):
    result = normalize(text)
    assert len(recase(result.text, HINTS)) == len(result.text)


@pytest.mark.parametrize("text", ["", "a", "-", "'", "L'", "(x)", "( )"])
def test_degenerate_texts(text: str):
    for mode in (UPPER, LOWER_MODE):
        assert len(restore(text, [(0, len(text), mode)], HINTS)) == len(text)


def test_names_alone_in_capitals_are_restored_acronyms_and_words_stay():
    hints = CaseHints(name_in_capitals=lambda word: word in {"penmarch", "brest"})
    text = "demeurant à PENMARCH, barreau de BREST, la DGSI. INFIRME le jugement."
    assert recase(text, hints) == "demeurant à Penmarch, barreau de Brest, la DGSI. INFIRME le jugement."


def test_surnames_in_capitals_beside_a_given_name_stay_sandrine_fontaine():
    hints = CaseHints(name_in_capitals=lambda word: word in {"fontaine", "penmarch"})
    text = "Mme Sandrine FONTAINE, FONTAINE Anne, M. FONTAINE, à PENMARCH."
    assert recase(text, hints) == "Mme Sandrine FONTAINE, FONTAINE Anne, M. FONTAINE, à Penmarch."
