"""Words the acronym rules find to be no names by their form: the model's entities made of them go."""

from __future__ import annotations

from spacy.language import Language

from tests.acronyms.test_component import nlp, run

__all__ = ["nlp"]  # the module-scoped blank pipeline fixture


def test_model_span_over_initials_of_a_reference_line_goes_pl(nlp: Language) -> None:
    doc = run(nlp, "Réf. : 2025/117 – PL/MC\nObjet : permanences", ("PL", "ORG", {}), ("MC", "PER", {}))
    assert [ent.text for ent in doc.ents] == []


def test_model_span_over_mail_prefixes_goes_fwd_cc(nlp: Language) -> None:
    text = "Cc : Marie Durand\nObjet : TR: Fwd: Renvoi de l'audience"
    doc = run(nlp, text, ("Cc", "LOC", {}), ("Fwd", "PER", {}), ("Marie Durand", "PER", {}))
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Marie Durand", "PER")]


def test_model_span_with_other_words_and_gazetteer_span_stay(nlp: Language) -> None:
    text = "Réf. : 2025/117 – PL/MC\nObjet : permanences\nCc : SAUJ Meaux"
    preset = ("MC\nObjet", "ORG", {}), ("SAUJ Meaux", "ORG", {"seedner_source": "gazetteer"})
    doc = run(nlp, text, *preset)
    assert [ent.text for ent in doc.ents if not ent._.acronym] == ["MC\nObjet", "SAUJ Meaux"]


def test_model_span_over_a_duration_or_a_year_goes_huit_mois_51_ad(nlp: Language) -> None:
    text = "CONDAMNE le prévenu à DOUZE MOIS dont HUIT MOIS avec sursis. Fondée vers 51 AD par les Romains."
    doc = run(nlp, text, ("HUIT MOIS", "LOC", {}), ("51 AD", "LOC", {}), ("Romains", "MISC", {}))
    assert [ent.text for ent in doc.ents if not ent._.acronym] == ["Romains"]  # CONDAMNE: no vectors here


def test_model_person_over_a_defined_acronym_gives_way_l_amr(nlp: Language) -> None:
    text = "Selon l'Association des maires ruraux (AMR), les communes manquent de médecins. L'AMR proteste."
    doc = run(nlp, text, ("L'AMR proteste", "PER", {}))
    assert [(ent.text, ent.label_) for ent in doc.ents if ent._.acronym] == [("AMR", "ORG"), ("AMR", "ORG")]
    assert [ent.text for ent in doc.ents if ent.label_ == "PER"] == []


def test_elided_article_is_no_part_of_a_name_beside_an_acronym(nlp: Language) -> None:
    doc = run(nlp, "Selon le rapport, L'OLTIM enquête.", ("L'OLTIM", "ORG", {}))
    assert [(ent.text, ent._.acronym) for ent in doc.ents] == [("OLTIM", True)]


def test_pieces_of_a_reference_code_are_no_acronyms_portalis_b7i_kxv2(nlp: Language) -> None:
    doc = run(nlp, "RG N° F 24/01873\nN° Portalis DBZK-W-B7I-KXV2\nLa suite.")
    assert [ent.text for ent in doc.ents if ent._.acronym] == []
