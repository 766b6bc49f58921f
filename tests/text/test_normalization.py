"""The normalisation layer: what each operation cleans, and that every cleaned span maps back to a slice of
the original that holds what became it."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedner.text.line_breaks import _COMPOSING_STARTERS, starts_safely
from seedner.text.normalization import NormalizedText, normalize

LEXICON = {"direction", "administration", "aujourd'hui", "antiterroriste"}


def is_word(word: str) -> bool:
    return word.lower() in LEXICON


def check(
    original: str,
    cleaned: str,
    span: tuple[int, int],
    expected_slice: str,
    is_word: Callable[[str], bool] | None = None,
) -> None:
    """``original`` cleans to ``cleaned``, and ``cleaned[span]`` maps back to ``expected_slice``."""
    result = normalize(original, is_word=is_word)
    assert result.text == cleaned
    start, end = result.to_original(*span)
    assert original[start:end] == expected_slice


# Characters


def test_soft_hyphen_inside_a_word_is_removed():
    check("Trac\u00adfin", "Tracfin", (0, 7), "Trac\u00adfin")
    check("Trac\u00adfin", "Tracfin", (4, 7), "fin")


def test_zero_width_space_is_removed_as_a_reader_sees_it():
    # U+200B has no width: ``des\u200bcomptes`` shows as one word, and so it reads.
    check("Cour des\u200bcomptes", "Cour descomptes", (5, 15), "des\u200bcomptes")
    check("Cour des comp\u200btes", "Cour des comptes", (0, 16), "Cour des comp\u200btes")


def test_joiners_word_joiners_and_boms_are_removed():
    check("\ufeffTRAC\u2060FIN et l\u200c\u200d'Ofast", "TRACFIN et l'Ofast", (0, 7), "TRAC\u2060FIN")
    check("\ufeffBonjour", "Bonjour", (0, 7), "Bonjour")


def test_nfd_letters_are_composed():
    check("Ame\u0301lie", "Amélie", (2, 3), "e\u0301")
    check("Ame\u0301lie", "Amélie", (0, 6), "Ame\u0301lie")
    check("Ame\u0301lie", "Amélie", (3, 6), "lie")


def test_a_removed_joiner_lets_a_letter_and_its_accent_compose():
    check("Ame\u200d\u0301lie", "Amélie", (2, 3), "e\u200d\u0301")


def test_compatibility_ligatures_are_folded():
    check("Of\ufb01ce", "Office", (2, 3), "\ufb01")
    check("Of\ufb01ce", "Office", (0, 6), "Of\ufb01ce")
    check("Of\ufb01ce", "Office", (4, 6), "ce")
    check("e\ufb03cace", "efficace", (1, 4), "\ufb03")


def test_full_width_forms_are_folded():
    check("la \uff24\uff27\uff33\uff29\uff01", "la DGSI!", (3, 7), "\uff24\uff27\uff33\uff29")
    check("\uff25\u0301t\u00e9", "Été", (0, 1), "\uff25\u0301")


def test_superscripts_ordinals_and_degrees_keep_their_meaning():
    text = "x² = 4, 1ª, 20 °C, n° 5, ½ litre, ™"
    result = normalize(text)
    assert result.text is text and result.is_identity


def test_no_break_and_other_spaces_become_spaces():
    check("M.\u00a0Dupont\u202f: 10\u2009000\u3000€", "M. Dupont : 10 000 €", (3, 9), "Dupont")
    assert normalize("a\u00a0b").regions == ()  # one for one: no map needed


def test_curly_apostrophes_and_quotes_become_straight():
    check(
        "l\u2019Office \u201ccentral\u201d, l\u02bcOfpra",
        "l'Office \"central\", l'Ofpra",
        (0, 8),
        "l\u2019Office",
    )


# Lines


def test_a_word_hyphenated_across_a_line_break_is_rejoined_when_it_is_a_word():
    check(
        "la Direc-\ntion nationale",
        "la Direction nationale",
        (3, 22),
        "Direc-\ntion nationale",
        is_word=is_word,
    )
    check("l'adminis- \r\n  tration", "l'administration", (2, 16), "adminis- \r\n  tration", is_word=is_word)
    check("aujour-\nd'hui", "aujourd'hui", (0, 11), "aujour-\nd'hui", is_word=is_word)


def test_a_hyphen_at_a_line_end_stays_when_the_joined_word_is_no_word():
    check("Direc-\ntion", "Direc-tion", (0, 10), "Direc-\ntion")  # no lexicon: the hyphen stays
    check("porte-\nparole", "porte-parole", (0, 12), "porte-\nparole", is_word=is_word)


def test_saint_denis_keeps_its_hyphen():
    check("Saint-\nDenis", "Saint-Denis", (0, 11), "Saint-\nDenis", is_word=lambda word: True)
    check("Seine-Saint- \nDenis", "Seine-Saint-Denis", (6, 17), "Saint- \nDenis", is_word=is_word)


def test_a_soft_hyphen_at_a_line_end_always_joins():
    check("Direc\u00ad\ntion", "Direction", (0, 9), "Direc\u00ad\ntion")
    check("fin\u00ad\n\nSuite", "fin\n\nSuite", (0, 3), "fin")


def test_hard_wrapped_lines_inside_a_paragraph_are_joined():
    original = (
        "Le préfet de la Seine-Saint-Denis a annoncé mardi que la Direction\n"
        "nationale du renseignement territorial (DNRT) enquêtait sur les faits\n"
        "survenus à Montreuil, selon un communiqué de la préfecture de police\n"
        "Le parquet a été saisi."
    )
    cleaned = original.replace("\n", " ")
    at = cleaned.index("Direction nationale")
    check(original, cleaned, (at, at + 19), "Direction\nnationale")


def test_crlf_wraps_become_two_spaces():
    original = "Le préfet a annoncé que la\r\nréunion aurait lieu."
    check(original, original.replace("\r\n", "  "), (0, len(original)), original)


def test_a_blank_line_is_kept():
    text = "Fin du premier paragraphe\n\nDébut du second\n  \nTroisième"
    assert normalize(text).text is text


def test_list_items_are_kept_on_their_lines():
    text = (
        "Les mesures annoncées par le ministre de l'Intérieur ce vendredi à Lognes\n"
        "- un plan de lutte contre les passeurs\n"
        "• une cellule commune\n"
        "1. un partage de renseignements\n"
        "2) des contrôles renforcés\n"
        "a) aux frontières\n"
        "IV. Conclusions"
    )
    assert normalize(text).text == text


def test_a_chat_log_keeps_one_message_per_line():
    text = (
        "09:06 Marc Estève : la têt et l'agly sont en jaune sur vigicrues depuis ce matin, je regarde\n"
        "09:08 Tom Bertrand : la métropole a fermé les parkings en zone inondable cette nuit, ok\n"
        "[14h05] Léa : ok pour moi, je pars vers le barrage et je te rappelle après la réunion\n"
        "14:07 Tom : vu"
    )
    assert normalize(text).text == text


def test_the_rows_of_a_table_stay_on_their_lines():
    text = (
        "Nom | Fonction | Structure | Commune | Téléphone\n"
        "Mme Nathalie HOARAU | déléguée régionale | Préfecture de La Réunion – DRDFE | Saint-Denis | 02\n"
        "M. Jean-Hugues PAYET | substitut référent VIF | Parquet de Saint-Denis | Saint-Denis | 02 62\n"
        "Mme Sandrine FONTAINE | substitute référente VIF | Parquet de Saint-Pierre | Saint-Pierre | 02\n"
        "Cne Laurent GRONDIN | officier prévention | Commandement de la gendarmerie | Saint-Denis | 02\n"
    ) * 2
    assert normalize(text).text == text


def test_headings_and_sentence_ends_are_kept():
    assert normalize("RAPPORT ANNUEL\nLe directeur général a présenté le rapport.").is_identity
    assert normalize("Objet : la réunion\nLe préfet a réuni les services.").is_identity
    assert normalize("Le préfet a réuni les services de l'État.\nLes maires étaient là.").is_identity
    assert normalize("Fontenay-sous-Bois, le 10 avril 2025\nObjet : délais").is_identity
    assert normalize("Madame,\n  Le préfet vous informe de sa décision prise hier soir à Paris").is_identity


def test_a_line_too_long_to_be_wrapped_is_a_paragraph():
    paragraph = "Le préfet de police a annoncé la fermeture de trois établissements du quartier " * 2
    assert normalize(paragraph + "\nLes commerçants ont protesté.").is_identity


def test_a_lower_case_start_joins_even_after_a_short_line():
    check("Le préfet de\nla Seine", "Le préfet de la Seine", (13, 21), "la Seine")


def test_a_long_line_in_capitals_joins_only_a_line_in_capitals():
    caps = (
        "TELEGRAMME OFFICIEL - DESTINATAIRES : SOUS-PREFETS ET DIRECTEURS\n"
        "DEPARTEMENTAUX - OBJET : MESURES DE POLICE ADMINISTRATIVE PRISES\n"
        "LE PREFET DE POLICE A DECIDE LA FERMETURE ADMINISTRATIVE DU"
    )
    assert normalize(caps + "\nETABLISSEMENT SITUE RUE DE RIVOLI").text.endswith(
        "ADMINISTRATIVE DU ETABLISSEMENT SITUE RUE DE RIVOLI"
    )
    assert normalize(caps + "\nLe commerçant a fait appel").text.endswith("DU\nLe commerçant a fait appel")


def test_a_text_in_lower_case_keeps_its_short_lines():
    """In a text without capitals a line starting in lower case says nothing: the headings and the
    signature of these notes are no wrapped sentence."""
    text = (
        "ministère de l'intérieur\ncommuniqué de presse\nparis, le 2 octobre 2025\n\n"
        "le préfet a réuni les services de l'état ce matin pour faire le point sur la situation.\n"
        "claire moulin\nsubstitut du procureur"
    )
    assert normalize(text).is_identity


def test_a_caption_line_is_not_joined_to_the_credit_line_below_it():
    """Paragraphs on one line each: a short line without a final stop is a caption, a signature or an
    address line, never the start of a sentence that goes on below."""
    paragraph = "Le siège d'Europol à La Haye accueille depuis 2011 les enquêteurs des États membres. " * 2
    text = paragraph + "\n\nLe siège d'Europol à La Haye, aux Pays-Bas, le 3 mars\nMaarten VISSER - AFP"
    assert normalize(text).is_identity


# The map and the fast path


def test_clean_text_is_returned_as_it_is():
    text = "Le ministre de l'Intérieur a annoncé un plan.\nLa DGSI enquête.\n"
    result = normalize(text)
    assert result.text is text and result.is_identity and result.regions == ()
    assert result.to_original(3, 11) == (3, 11)


def test_to_original_rejects_spans_outside_the_text():
    with pytest.raises(ValueError):
        normalize("Trac\u00adfin").to_original(0, 8)


def test_an_empty_span_maps_to_an_empty_span():
    result = normalize("Trac\u00adfin")
    assert result.to_original(4, 4) == (4, 4)
    assert result.to_original(7, 7) == (8, 8)


def test_the_composing_starters_are_those_of_unicodedata():
    expected = set()
    for code in range(0x110000):
        char = chr(code)
        decomposition = unicodedata.decomposition(char)
        if decomposition and not decomposition.startswith("<"):
            parts = [chr(int(part, 16)) for part in decomposition.split()]
            if (
                len(parts) == 2
                and unicodedata.combining(parts[1]) == 0
                and unicodedata.is_normalized("NFC", char)
            ):
                expected.add(parts[1])
        if unicodedata.combining(char) == 0 and unicodedata.combining(unicodedata.normalize("NFD", char)[0]):
            expected.add(char)
    hangul = {chr(code) for code in (*range(0x1161, 0x1176), *range(0x11A8, 0x11C3))}
    assert expected | hangul == _COMPOSING_STARTERS


# Properties

PIECES = [
    *"aeEDtiné'.,:1 ",
    "\u0301",
    "\u0327",
    "\u0323\u0307",
    "\u00ad",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\ufb01",
    "\ufb03",
    "\uff21",
    "\uff0d",
    "\u00a0",
    "\u2019",
    "\u201c",
    "\u1100",
    "\u1161",
    "\u212b",
    "-\n",
    "- \r\n ",
    "\n",
    "\r\n",
    "\n\n",
    "\n- ",
    "\n1. ",
    "Direc",
    "tion",
    "Saint",
    "DENIS",
    "Aujourd",
    "²",
    "°",
    "\u2010",
    "\t",
    "\u3000",
    "\u0f73",
    "\u00ad\n",
    "LE PREFET ",
    "fin.",
    "le préfet de police a annoncé la fermeture du commerce ",
    "LE PREFET DE POLICE A DECIDE LA FERMETURE ",
    "Le Tribunal",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
LEXICONS: list[Callable[[str], bool] | None] = [None, is_word, lambda word: len(word) % 2 == 0]


def spans(result: NormalizedText) -> list[tuple[int, int, int, int]]:
    size = len(result.text)
    return [(i, j, *result.to_original(i, j)) for i in range(size + 1) for j in range(i, size + 1)]


@settings(max_examples=300)
@given(TEXTS, st.sampled_from(LEXICONS))
def test_the_map_is_monotone(text: str, lexicon: Callable[[str], bool] | None):
    result = normalize(text, is_word=lexicon)
    points = result.breakpoints
    assert all(a[0] <= b[0] and a[1] <= b[1] for a, b in pairwise(points))
    assert all(
        0 <= cleaned <= len(result.text) and 0 <= original <= len(text) for cleaned, original in points
    )


@settings(max_examples=200)
@given(TEXTS, st.sampled_from(LEXICONS))
def test_every_cleaned_span_maps_to_a_slice_and_order_is_kept(
    text: str, lexicon: Callable[[str], bool] | None
):
    result = normalize(text, is_word=lexicon)
    mapped = spans(result)
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    for i, j, a, b in mapped:
        assert 0 <= a <= b <= len(text)
        assert (a == b) == (i == j)
        if i < j:
            starts[i], ends[j] = a, b
    assert [starts[i] for i in sorted(starts)] == sorted(starts.values())
    assert [ends[j] for j in sorted(ends)] == sorted(ends.values())
    for j in range(1, len(result.text)):  # spans on either side of a boundary that cuts no cluster
        if result.to_original(j - 1, j) != result.to_original(j, j + 1):
            assert ends[j] <= starts[j]


@settings(max_examples=300)
@given(TEXTS, st.sampled_from(LEXICONS))
def test_a_word_s_original_slice_normalises_back_to_the_word(
    text: str, lexicon: Callable[[str], bool] | None
):
    result = normalize(text, is_word=lexicon)
    at = 0
    for word in result.text.split():
        at = result.text.index(word, at)
        start, end = result.to_original(at, at + len(word))
        assert normalize(text[start:end], is_word=lexicon).text == word
        at += len(word)


@settings(max_examples=300)
@given(TEXTS, st.sampled_from(LEXICONS))
def test_normalize_is_idempotent(text: str, lexicon: Callable[[str], bool] | None):
    cleaned = normalize(text, is_word=lexicon).text
    again = normalize(cleaned, is_word=lexicon)
    assert again.text == cleaned and again.is_identity


@given(st.lists(st.sampled_from([*"aeoAEOnc", "\u0301", "\u0308", "\u0327", "\u1100", "\u1161", "\u11a8"])))
def test_letters_and_marks_alone_give_nfc(pieces: list[str]):
    text = "".join(pieces)
    assert normalize(text).text == unicodedata.normalize("NFC", text)


def test_a_cut_is_safe_only_before_characters_nfc_joins_to_nothing():
    assert starts_safely("a") and starts_safely("\u00e9") and starts_safely("\u212b")
    assert not starts_safely("\u0301") and not starts_safely("\u1161")
