"""In-text acronym definitions: no pipeline, no model.  Each test is named after the case it pins down."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedner.acronyms.definitions import (
    Definition,
    definition_map,
    find_definitions,
    is_short_form,
    match_long_form,
)

OLTIM = "Office de lutte contre le trafic illicite de migrants"
TRACFIN = "Traitement du renseignement et action contre les circuits financiers clandestins"


def only(text: str, **kwargs: object) -> Definition:
    found = find_definitions(text, **kwargs)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


# ----------------------------------------------------------------------------- definitions


def test_long_form_before_acronym() -> None:
    found = only(f"À Lognes, à l'{OLTIM} (OLTIM) le 7 février.")
    assert (found.short, found.long) == ("OLTIM", OLTIM)


def test_offsets_point_into_the_text() -> None:
    text = f"à l'{OLTIM} (OLTIM)"
    found = only(text)
    assert text[found.long_start : found.long_end] == found.long
    assert text[found.short_start : found.short_end] == found.short


def test_acronym_before_long_form() -> None:
    text = f"l'OLTIM ({OLTIM}) enquête"
    found = only(text)
    assert (found.short, found.long) == ("OLTIM", OLTIM)
    assert text[found.long_start : found.long_end] == OLTIM


def test_acronym_before_long_form_with_article_inside_parentheses() -> None:
    found = only("la DNPAF (la Direction nationale de la police aux frontières) coopère")
    assert found.long == "Direction nationale de la police aux frontières"


def test_definition_article_inside_long_form() -> None:
    found = only("et la Direction nationale de la police aux frontières (DNPAF) apportera")
    assert found.long == "Direction nationale de la police aux frontières"


def test_elided_article_is_not_part_of_long_form() -> None:
    assert only(f"en déplacement à l’{OLTIM} (Oltim)").long == OLTIM


def test_certim_letters_inside_words() -> None:
    found = only("notamment via la cellule d’échange sur le trafic de migrants (CERTIM).")
    assert found.long == "cellule d’échange sur le trafic de migrants"


def test_function_word_aux_gives_letter_a() -> None:
    assert match_long_form("DNPAF", "Direction nationale de la police aux frontières") == 0


def test_function_words_may_give_no_letter() -> None:
    assert only(f"le service {TRACFIN} (TRACFIN)").long == TRACFIN


def test_accents_folded_in_long_form() -> None:
    assert only("l'École nationale d'administration (ENA) ferme").long == "École nationale d'administration"


def test_accents_folded_in_acronym() -> None:
    assert only("les Éditions économiques (ÉÉ)").long == "Éditions économiques"


def test_title_case_acronym_defined() -> None:
    assert only(f"à l'{OLTIM} (Oltim), en Seine-et-Marne").short == "Oltim"


def test_title_case_acronym_before_long_form() -> None:
    assert only(f"Tracfin ({TRACFIN}) et la DNPAF").long == TRACFIN


def test_long_form_does_not_start_on_function_word() -> None:
    assert only("la direction des affaires criminelles et des grâces (DACG)").long.startswith("direction")


def test_long_form_is_the_closest_match() -> None:
    assert only("Le Conseil a salué le Conseil d'État (CE)").long == "Conseil d'État"


def test_long_form_inside_french_quotes() -> None:
    assert only("la « cellule d’échange sur le trafic de migrants » (CERTIM)").long.endswith("migrants")


def test_acronym_followed_by_comment_in_parentheses() -> None:
    assert only(f"l'{OLTIM} (OLTIM, rattaché à la DNPAF)").long == OLTIM


def test_dotted_acronym_defined() -> None:
    assert only("la Société nationale des chemins de fer (S.N.C.F.)").long.startswith("Société")


def test_rejects_parenthesised_departement() -> None:
    assert find_definitions("à Lognes (Seine-et-Marne), le ministre") == []


def test_rejects_parenthesised_country_and_agency_byline() -> None:
    assert find_definitions("AFP / Lognes (France) (AFP) / © 2025 AFP") == []


def test_rejects_photo_position() -> None:
    assert find_definitions("Le ministre de l'Intérieur Bruno Retailleau (2e g) et la ministre") == []


def test_rejects_footnote_number() -> None:
    assert find_definitions("la police aux frontières (1) et la douane (2)") == []


def test_rejects_roman_item_number() -> None:
    assert find_definitions("Vu le code de procédure pénale (iv) et (IV)") == []


def test_rejects_ndlr() -> None:
    text = "entre Tracfin (la cellule antiblanchiment du ministère de l'Economie, ndlr) , le renseignement"
    assert find_definitions(text) == []


def test_rejects_ellipsis() -> None:
    assert find_definitions("change de dimension (...) pour qu'on ait plus") == []


def test_rejects_letters_that_do_not_spell_the_acronym() -> None:
    assert find_definitions("le ministre de l'Intérieur (DGSI) a parlé") == []


def test_rejects_too_few_letters_on_word_starts() -> None:
    assert match_long_form("ABCD", "abcd efgh") is None


def test_long_form_stays_inside_sentence() -> None:
    text = "Il dirige la Direction générale de la sécurité. Intérieure aussi (DGSI) ?"
    assert find_definitions(text) == []
    assert (
        find_definitions("la Direction générale de la sécurité intérieure (DGSI)", sentence_starts=[20]) == []
    )


def test_long_form_stops_at_line_break() -> None:
    assert find_definitions("Direction générale\nde la sécurité intérieure (DGSI)") == []


def test_long_form_word_bound() -> None:
    filler = " ".join(["mot"] * 14)
    assert find_definitions(f"Direction {filler} intérieure (DI)") == []
    assert find_definitions(f"Direction {filler} intérieure (DI)", max_words=30) == []  # 2n + 5 still caps it


def test_content_word_preferred_over_function_word() -> None:
    assert only("selon l'Indice de développement humain (IDH).").long == "Indice de développement humain"


def test_long_form_extended_to_preceding_noun_with_same_letter_ddets() -> None:
    text = "avec la direction départementale de l’emploi, du travail et des solidarités (DDETS) et la DDPP"
    assert only(text).long == "direction départementale de l’emploi, du travail et des solidarités"


def test_long_form_not_extended_without_more_content_letters() -> None:
    text = "le directeur de la Direction générale de la sécurité intérieure (DGSI)"
    assert only(text).long == "Direction générale de la sécurité intérieure"


def test_long_form_extension_respects_word_bound() -> None:
    assert match_long_form("DDA", "dossier direction des affaires") == 0
    assert match_long_form("DDA", "dossier direction des affaires", max_words=3) == len("dossier ")


def test_rejects_skipped_content_word_inside_long_form() -> None:
    assert find_definitions("il faut utiliser le temps universel coordonné (UTC)") == []


def test_trailing_content_words_may_give_no_letter() -> None:
    text = "l'Agence nationale de sécurité du médicament et des produits de santé (ANSM)"
    assert only(text).long.endswith("produits de santé")


def test_long_acronym_may_skip_one_inner_word() -> None:
    assert only("l'Office européen de lutte antifraude (OLAF)").long == "Office européen de lutte antifraude"


def test_many_unmatched_content_words_rejected() -> None:
    assert find_definitions("la police tire vite sur des bandits armés ici (PB)") == []


def test_reverse_order_needs_two_words() -> None:
    assert find_definitions("OLTIM (Office)") == []


def test_short_form_shapes() -> None:
    assert [
        is_short_form(s) for s in ("OLTIM", "Oltim", "DGFiP", "ndlr", "iv", "2e g", "1", "Seine-et-Marne")
    ] == [
        True,
        True,
        True,
        False,
        False,
        False,
        False,
        False,
    ]


def test_definition_map_first_definition_wins() -> None:
    text = f"l'{OLTIM} (Oltim) puis l'Office de lutte contre le trafic de migrants (OLTIM)"
    assert definition_map(find_definitions(text)) == {"OLTIM": OLTIM}


def test_anchored_match_starts_at_first_content_word() -> None:
    assert match_long_form("OLTIM", OLTIM, anchored=True) == 0
    assert match_long_form("OLTIM", "bureau de l'" + OLTIM, anchored=True) is None


@given(st.text(alphabet="AaBbCcDé (),.’'\n-", max_size=200))
def test_definitions_never_break_offsets(text: str) -> None:
    for found in find_definitions(text):
        assert text[found.long_start : found.long_end] == found.long
        assert text[found.short_start : found.short_end] == found.short
        assert found.long_end <= found.short_start or found.short_end <= found.long_start


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        (
            "la BRI de Nice (brigade de recherche et d'intervention) a interpellé",
            "BRI",
            "brigade de recherche et d'intervention",
        ),
        ("l'ARS Bretagne (agence régionale de santé) confirme", "ARS", "agence régionale de santé"),
        (
            "la CPAM de la Gironde (caisse primaire d'assurance maladie)",
            "CPAM",
            "caisse primaire d'assurance maladie",
        ),
        (
            "le CROSS Gris-Nez (centre régional opérationnel de surveillance et de sauvetage)",
            "CROSS",
            "centre régional opérationnel de surveillance et de sauvetage",
        ),
        ("le TJ de Boulogne-sur-Mer (tribunal judiciaire)", "TJ", "tribunal judiciaire"),
    ],
)
def test_definition_after_the_place_of_a_local_service_bri_de_nice(text: str, short: str, long: str) -> None:
    found = only(text)
    assert (found.short, found.long) == (short, long)
    assert text[found.short_start : found.short_end] == short


def test_long_form_starts_where_most_letters_start_words_ineris() -> None:
    text = "expertisées par l'Institut national de l'environnement industriel et des risques (Ineris)."
    assert only(text).long == "Institut national de l'environnement industriel et des risques"


@pytest.mark.parametrize(
    ("text", "expansion"),
    [
        (
            "la direction départementale des territoires et de la mer du Nord (DDTM)",
            "direction départementale des territoires et de la mer",
        ),
        ("l'Institut d'études politiques de Paris (IEP)", "Institut d'études politiques"),
        ("la Banque de France (BDF)", "Banque de France"),  # France gives the F
        ("la Cour de justice de l'Union européenne (CJUE)", "Cour de justice de l'Union européenne"),
    ],
)
def test_place_after_the_letters_is_no_part_of_the_sense_ddtm_du_nord(text: str, expansion: str) -> None:
    found = only(text)
    assert found.expansion == expansion
    assert found.long == text[found.long_start : found.long_end]  # the name keeps its place
    assert definition_map([found]) == {found.key: expansion}


SENSES = {
    "EES": ["système d'entrée/de sortie"],
    "LIBE": ["commission des libertés civiles, de la justice et des affaires intérieures"],
}


@pytest.mark.parametrize(
    ("text", "long"),
    [
        ("le nouveau système d’entrée/sortie (EES) de l’Union", "système d’entrée/sortie"),
        (
            "la commission des libertés civiles, de la justice et des affaires intérieures (LIBE).",
            "commission des libertés civiles, de la justice et des affaires intérieures",
        ),
    ],
)
def test_known_long_form_defines_an_acronym_of_another_language_ees(text: str, long: str) -> None:
    found = find_definitions(text, senses=lambda short: SENSES.get(short, []))
    assert [definition.long for definition in found] == [long]


def test_known_long_form_must_end_at_the_parenthesis() -> None:
    text = "le système d'entrée/de sortie est prêt ; le nouveau registre (EES) ouvre"
    assert find_definitions(text, senses=lambda short: SENSES.get(short, [])) == []


def test_no_definition_after_a_name_and_a_place() -> None:
    assert find_definitions("Jean DUPONT Martin (avocat au barreau de Lyon)") == []
    assert find_definitions("M. Paul Martin (Lyon) et la BRI de Nice (Alpes-Maritimes)") == []


# ----------------------------------------------------------------------------- linear time


def test_hundred_thousand_parentheses() -> None:
    assert find_definitions("(" * 100_000) == []
    assert find_definitions("(" * 100_000 + "OLTIM)") == []


def test_megabyte_line_of_capitals() -> None:
    assert find_definitions("A" * 1_000_000) == []


def test_many_definitions_all_found() -> None:
    text = "la Direction du Lac (DL). " * 20_000
    assert len(find_definitions(text)) == 20_000


# ----------------------------------------------------------------------------- known limits


@pytest.mark.xfail(
    strict=True, reason="syllabic acronyms take several letters per word: too few on word starts"
)
def test_syllabic_acronym_europol() -> None:
    assert only("l'Office européen de police (Europol)").long == "Office européen de police"


@pytest.mark.xfail(strict=True, reason="digits spelled out in the long form are not matched")
def test_digit_spelled_out() -> None:
    assert only("le Groupe des sept (G7)").long == "Groupe des sept"


@pytest.mark.xfail(
    strict=True, reason="a long form that goes on past the acronym's letters is cut where they end"
)
def test_long_form_longer_than_its_letters_nir() -> None:
    text = "le numéro d'inscription au répertoire national d'identification des personnes physiques (NIR)."
    assert only(text).long.startswith("numéro d'inscription au répertoire")


@pytest.mark.xfail(strict=True, reason="an English long form does not spell the French acronym's letters")
def test_translated_long_form() -> None:
    assert only("la Financial Action Task Force (GAFI)").long == "Financial Action Task Force"
