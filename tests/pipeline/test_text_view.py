"""What the pipeline reads: damaged text is repaired for the model, records point into the document."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def _records(extractor: Any, text: str) -> list[dict[str, Any]]:
    records = extractor.extract_text(text, name="d")
    for record in records:
        assert text[record["start"] : record["end"]] == record["text"]
    return records


def _found(records: list[dict[str, Any]], label: str) -> dict[str, str]:
    return {r["text"]: r["canonical"] for r in records if r["label"] == label}


def test_word_hyphenated_across_a_line_break_direction_nationale(extractor):
    text = (
        "Les enquêteurs de la Direc-\ntion nationale de la police aux frontières ont interpellé deux\n"
        "passeurs à Calais, selon le parquet de Boulogne-sur-Mer, qui a ouvert une enquête.\n"
        "Les deux hommes ont été déférés mercredi devant un juge d'instruction de Lille."
    )
    orgs = _found(_records(extractor, text), "ORG")
    surface = "Direc-\ntion nationale de la police aux frontières"
    assert orgs[surface] == "Direction nationale de la police aux frontières"


def test_soft_hyphens_inside_tracfin(extractor):
    records = _records(extractor, "Le service Trac\u00adfin a transmis une note au parquet de Paris.")
    acronyms = [r for r in records if r["acronym"]]
    assert [r["text"] for r in acronyms] == ["Trac\u00adfin"]
    assert acronyms[0]["expansion"]


def test_decomposed_accents_amelie_de_montchalin(extractor):
    text = (
        "Ame\u0301lie de Montchalin, ministre charge\u0301e des Comptes publics, s'est rendue a\u0300 Lille."
    )
    people = _found(_records(extractor, text), "PER")
    assert people == {"Ame\u0301lie de Montchalin": "Amélie de Montchalin"}


def test_ligature_office_copied_from_a_pdf(extractor):
    text = "L'Ofﬁce de lutte contre le traﬁc illicite de migrants (OLTIM) a démantelé un réseau."
    orgs = _found(_records(extractor, text), "ORG")
    assert orgs["Ofﬁce de lutte contre le traﬁc illicite de migrants"] == (
        "Office de lutte contre le trafic illicite de migrants"
    )


def test_zero_width_space_inside_cour_des_comptes(extractor):
    orgs = _found(_records(extractor, "La Cour des comp\u200btes publie son rapport annuel."), "ORG")
    assert "Cour des comp\u200btes" in orgs


def test_a_caption_keeps_its_line_and_the_credit_its_own(extractor):
    text = (
        "Le siège d'Europol accueille les enquêteurs des États membres depuis des années, et encore cette "
        "semaine une réunion sur les passeurs de la Manche.\n\n"
        "Le siège d'Europol à La Haye, aux Pays-Bas\nMaarten VISSER - AFP"
    )
    places = _found(_records(extractor, text), "LOC")
    assert "Pays-Bas" in places
    assert not any("\n" in surface for surface in places)


def test_a_line_in_capitals_is_read_in_headline_case(extractor):
    text = "LE PRÉFET DU FINISTÈRE A INTERDIT LES RASSEMBLEMENTS À BREST ET À QUIMPER\nLa mesure court."
    places = _found(_records(extractor, text), "LOC")
    assert {"BREST", "QUIMPER"} <= set(places)


def test_lower_case_notes_ofast_is_an_acronym_caf_stays_a_word(extractor):
    text = (
        "notes de la réunion de ce matin avec les collègues du service. l'ofast a saisi deux tonnes "
        "de résine à marseille, le parquet a ouvert une enquête et les gendarmes ont pris un café."
    )
    acronyms = {r["text"] for r in _records(extractor, text) if r["acronym"]}
    assert acronyms == {"ofast"}


def test_a_chat_log_in_lower_case_under_capitalised_speakers(extractor):
    text = (
        "#redac-quimper · lundi 3 novembre\n\n"
        "08:58 Anne Kerlo : bonjour, la préfecture a activé le cod cette nuit pour la tempête\n"
        "09:01 Yves Tanguy : j'appelle le sdis 29 pour le bilan. la rn165 est coupée à châteaulin\n"
        "09:03 Anne Kerlo : ok. pense à appeler l'ars pour les ehpad de douarnenez\n"
        "09:05 Yves Tanguy : la sncf a suspendu les ter entre quimper et brest\n"
        "09:06 Anne Kerlo : Parfait, merci.\n"
    )
    records = _records(extractor, text)
    assert {"châteaulin", "quimper", "brest"} <= set(_found(records, "LOC"))
    assert "bonjour" not in {r["text"] for r in records}
    assert {"sdis 29", "sncf"} <= set(_found(records, "ORG"))
    assert {"Anne Kerlo", "Yves Tanguy"} <= set(_found(records, "PER"))


def test_a_common_word_alone_is_no_entity_vu_decision_italienne(extractor):
    text = (
        "VU le code de l'environnement ;\nDécision rendue le 3 mai.\n"
        "L'Italienne a été interpellée à Marseille avec Rihanna."
    )
    found = {(r["text"], r["label"]) for r in _records(extractor, text) if r["label"] != "MISC"}
    assert not {"VU", "Décision", "Italienne"} & {surface for surface, _ in found}
    assert ("Marseille", "LOC") in found


# Text that has lost its case


def test_how_french_writes_a_word_from_the_vectors_and_the_gazetteer(extractor):
    from seedner.text.recasing import LOWER, MAYBE, NAME, PLACE

    casing = extractor.lexicon.casing
    assert casing.classify("paris") == NAME
    assert casing.classify("montbard") == NAME  # a rare word whose vector row is a town's
    assert casing.classify("kerautret") == NAME  # unknown to the vocabulary
    assert casing.classify("décision") == LOWER
    assert casing.classify("domiciliaient") == LOWER  # unknown, but French made it
    assert casing.classify("prépositionné") == LOWER
    assert casing.classify("parquet") == LOWER  # an institution head
    assert casing.classify("claire") == MAYBE
    assert casing.classify("nord") == PLACE
    assert casing.acronym_form("ofast") == "OFAST"
    assert casing.acronym_form("caf") == "CAF"
    assert {casing.acronym_form(word) for word in ("mis", "cas", "bac", "café", "vu")} == {None}
    assert casing.grammatical_acronym("ta") == "TA" and casing.acronym_form("ta") is None
    assert casing.compound_form("rendez-vous") == "rendez-vous"


TELEGRAM = (
    "Paris, 4 mars 2025 (AFP) - L'Office français de protection des réfugiés et apatrides (Ofpra) a "
    "enregistré 151.000 demandes d'asile en 2024, selon le bilan publié mardi par l'établissement, dont "
    "le siège est à Fontenay-sous-Bois (Val-de-Marne). Le taux de protection atteint 40 % après "
    "l'examen des recours par la Cour nationale du droit d'asile (CNDA), installée à Montreuil. "
    "Sa porte-parole, Mme Inès Belkacem, appelle l'État à ouvrir 10.000 places. La remise de M. Karim "
    "Belhadj à la France devrait intervenir dans les prochaines semaines, selon la CAF du Nord."
)


def _entities(records: list[dict[str, Any]]) -> set[tuple[str, str]]:
    from seedner.text.folding import name_key

    return {(r["label"], name_key(r["canonical"])) for r in records if r["label"] in ("PER", "ORG", "LOC")}


@pytest.mark.parametrize("damage", [str.upper, str.lower], ids=["capitals", "lower case"])
def test_a_document_that_lost_its_case_keeps_its_entities(extractor, damage):
    clean = _entities(_records(extractor, TELEGRAM))
    damaged = _entities(_records(extractor, damage(TELEGRAM)))
    assert clean == damaged
    assert {("LOC", "fontenay sous bois"), ("PER", "ines belkacem"), ("ORG", "caf du nord")} <= damaged


def test_span_hygiene_reads_the_restored_case(extractor):
    records = _records(extractor, TELEGRAM.upper())
    places = _found(records, "LOC")
    assert places["FRANCE"] == "France"  # no "LA FRANCE": the article is read in lower case
    assert places["FONTENAY-SOUS-BOIS"] == "Fontenay-sous-Bois"  # canonical names in the restored case


def test_lower_case_acronyms_only_where_known_or_defined(extractor):
    text = (
        "notes de la réunion de ce matin. l'agence de l'union européenne pour l'asile (auea) a recensé "
        "un million de demandes, l'auea le confirme. tracfin a saisi le parquet, la caf aussi, et le "
        "ta de rennes a rejeté la demande. on a mis en cas de besoin un vu au dossier."
    )
    records = _records(extractor, text)
    acronyms = {r["text"] for r in records if r["acronym"]}
    assert {"auea", "tracfin", "caf"} <= acronyms
    assert not {"mis", "cas", "vu", "on", "de"} & acronyms
    assert _found(records, "ORG")["ta de rennes"] == "TA de Rennes"


def test_a_town_in_capitals_in_a_judgment_is_a_place_not_an_acronym_penmarch(extractor):
    text = (
        "M. LE BIHAN Erwan, né le 14 avril 1984 à DOUARNENEZ (29), demeurant à PENMARCH, représenté par "
        "Me Soizic TANGUY, avocate au barreau de BREST.\nINFIRME le jugement. La DGSI et la CNIL."
    )
    records = _records(extractor, text)
    assert {"DOUARNENEZ", "PENMARCH"} <= set(_found(records, "LOC"))
    assert "barreau de BREST" in _found(records, "ORG")
    assert {r["text"] for r in records if r["acronym"]} == {"DGSI", "CNIL"}
    assert "INFIRME" not in {r["text"] for r in records}


def test_a_place_that_is_also_a_word_keeps_its_capital_inside_a_sentence_menton_manche(extractor):
    text = "Le suspect a été interpellé à Menton, puis conduit dans la Somme. Décision rendue le 3 mai."
    records = _records(extractor, text)
    assert {"Menton", "Somme"} <= set(_found(records, "LOC"))
    assert "Décision" not in {r["text"] for r in records}


def test_a_rare_word_opening_a_line_is_no_name_but_a_river_inside_a_sentence_is_assesseurs_aulne(extractor):
    text = (
        "Président : Mme LAFARGUE Élodie, vice-présidente,\nAssesseurs : M. DUPRAT Olivier, juge,\n"
        "Homicide à Rezé : deux hommes mis en examen.\nLe débit de l’Aulne et du Léguer a baissé."
    )
    records = _records(extractor, text)
    assert not {"Assesseurs", "Homicide"} & {r["text"] for r in records}
    assert {"Aulne", "Léguer"} <= set(_found(records, "LOC"))
