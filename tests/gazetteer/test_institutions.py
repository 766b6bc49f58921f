"""The seedner_institutions component: "HEAD de PLACE" organisations, roles left out, data file, factory."""

from __future__ import annotations

import importlib.metadata
import pickle

import pytest
import spacy
from hypothesis import example, given
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc, Span

from seedner.components.token_cache import PerTextCache
from seedner.errors import GazetteerError
from seedner.gazetteer.files import GazetteerEntry
from seedner.gazetteer.heads import InstitutionHeads, parse_institution_heads, read_institution_heads
from seedner.gazetteer.institutions import InstitutionMatcher, add_institutions, default_heads_file
from seedner.gazetteer.matching import token_key
from seedner.gazetteer.units import _ELIDED, Units, unit_key, units

UNUSED = ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter"]


def entry(id: str, label: str, name: str, category: str, population: int | None = None) -> GazetteerEntry:
    return GazetteerEntry(id, label, name, (), (), category, "test", population)


PLACES = [
    entry("reg.bzh", "LOC", "Bretagne", "region"),
    entry("dep.29", "LOC", "Finistère", "departement"),
    entry("dep.44", "LOC", "Loire-Atlantique", "departement"),
    entry("reg.974", "LOC", "La Réunion", "region"),
    entry("com.brest", "LOC", "Brest", "commune", 140_000),
    entry("com.quimper", "LOC", "Quimper", "commune", 63_000),
    entry("com.rennes", "LOC", "Rennes", "commune", 220_000),
    entry("com.nantes", "LOC", "Nantes", "commune", 320_000),
    entry("com.saint-pierre", "LOC", "Saint-Pierre", "commune", 84_000),
]
ORGS = [
    entry("tj.brest", "ORG", "Tribunal judiciaire de Brest", "justice"),
    entry("jirs", "ORG", "Juridiction interrégionale spécialisée", "justice"),
    entry("pg.rennes", "ORG", "Parquet général près la cour d'appel de Rennes", "justice"),
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("fr")
    nlp.add_pipe("seedner_masks")
    nlp.add_pipe("seedner_gazetteer").add_entries(PLACES + ORGS)
    add_institutions(nlp, after="seedner_gazetteer")
    return nlp


def ents(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(ent.text, ent.label_) for ent in nlp(text).ents]


def orgs(nlp: Language, text: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == "ORG"]


# ------------------------------------------------------------ HEAD [qualifier…] de PLACE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "L'accusé comparaîtra devant la cour d'assises spéciale de Rennes.",
            "cour d'assises spéciale de Rennes",
        ),
        ("L'enquête a été confiée à la section de recherches de Brest.", "section de recherches de Brest"),
        ("Le conseil départemental du Finistère a voté son budget.", "conseil départemental du Finistère"),
        (
            "Les agents de la direction régionale des douanes de Nantes ont saisi 40 kilos.",
            "direction régionale des douanes de Nantes",
        ),
        (
            "Une information a été ouverte à la juridiction interrégionale spécialisée de Rennes.",
            "juridiction interrégionale spécialisée de Rennes",
        ),
        ("Il sera jugé par le tribunal judiciaire de Quimper.", "tribunal judiciaire de Quimper"),
        ("Il sera jugé par le tribunal correctionnel de Quimper.", "tribunal correctionnel de Quimper"),
        ("La préfecture du Finistère a publié un arrêté.", "préfecture du Finistère"),
        ("Le parquet de Brest a ouvert une enquête.", "parquet de Brest"),
        ("Appel a été fait devant la cour d' appel de Rennes.", "cour d' appel de Rennes"),
        ("Tribunal judiciaire de Quimper, audience du 3 mai", "Tribunal judiciaire de Quimper"),
    ],
)
def test_head_and_place_make_one_org(nlp, text, name):
    assert ents(nlp, text) == [(name, "ORG")]


def test_the_place_inside_is_no_separate_entity(nlp):
    doc = nlp("Le conseil régional de Bretagne et la préfecture de la Loire-Atlantique.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("conseil régional de Bretagne", "ORG"),
        ("préfecture de la Loire-Atlantique", "ORG"),
    ]
    assert all(e._.seedner_source == "gazetteer" for e in doc.ents)


def test_canonical_is_the_text_with_spaces_collapsed(nlp):
    (ent,) = nlp("selon le parquet de\nBrest, hier").ents
    assert ent.text == "parquet de\nBrest"
    assert ent._.seedner_canonical == "parquet de Brest"
    assert ent._.seedner_id is None


def test_small_towns_and_foreign_cities_are_capitalised_words_after_de(nlp):
    assert orgs(nlp, "la brigade de gendarmerie de Plouzané est intervenue") == [
        "brigade de gendarmerie de Plouzané"
    ]
    assert orgs(nlp, "le parquet de Bruxelles a été saisi") == ["parquet de Bruxelles"]
    assert orgs(nlp, "le tribunal de Lannion - Trégor ferme") == ["tribunal de Lannion"]


def test_hyphenated_places_split_by_the_tokenizer_stay_whole(nlp):
    assert [t.text for t in nlp.make_doc("Loire-Atlantique")] == ["Loire", "-", "Atlantique"]
    assert orgs(nlp, "la section de recherches de Loire-Atlantique") == [
        "section de recherches de Loire-Atlantique"
    ]
    assert orgs(nlp, "le parquet de Pointe-à-Pitre et celui de Saint - Malo") == ["parquet de Pointe-à-Pitre"]


# -------------------------------------------------------------------- bodies


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("la CAF du Finistère a relevé des fraudes", "CAF du Finistère"),
        ("la CAF de la Loire-Atlantique a relevé des fraudes", "CAF de la Loire-Atlantique"),
        ("Selon l'ARS Bretagne, deux cliniques ferment.", "ARS Bretagne"),
        ("Selon l'Urssaf Bretagne, le travail dissimulé progresse.", "Urssaf Bretagne"),
        ("Selon l'URSSAF Bretagne, le travail dissimulé progresse.", "URSSAF Bretagne"),
        ("le CHU de Brest recrute", "CHU de Brest"),
    ],
)
def test_bodies_take_a_place_with_or_without_de(nlp, text, name):
    assert orgs(nlp, text) == [name]


def test_a_body_takes_a_bare_region_or_departement_not_a_town(nlp):
    assert orgs(nlp, "l'ARS Brest") == []
    assert orgs(nlp, "la caf de la Loire-Atlantique") == []  # a body needs its capital


# ---------------------------------------------------------- HEAD (ACRONYM)


def test_a_head_defined_by_its_acronym_is_an_org_without_place(nlp):
    doc = nlp(
        "une patrouille du peloton de surveillance et d'intervention de la gendarmerie (PSIG) de Carhaix"
    )
    assert orgs(nlp, doc.text) == ["peloton de surveillance et d'intervention de la gendarmerie"]
    assert orgs(nlp, "la direction départementale de la protection des populations (DDPP) a saisi") == [
        "direction départementale de la protection des populations"
    ]


# ------------------------------------------------------------------ not organisations


@pytest.mark.parametrize(
    "text",
    [
        "le ministre de l'Intérieur a réagi",
        "le préfet du Finistère a réagi",
        "le procureur de la République de Brest a réagi",
        "la procureure de Brest a réagi",
        "la présidente du conseil départemental a réagi",
        "la gendarmerie et la douane ont saisi 2 tonnes",
        "le parquet a fait appel devant le tribunal",
        "la préfecture a publié un arrêté",
    ],
)
def test_roles_and_generic_institutions_are_no_org(nlp, text):
    assert orgs(nlp, text) == []


def test_known_place_heads_need_a_gazetteer_place_and_no_predicate(nlp):
    assert orgs(nlp, "la préfecture de Kanagawa au Japon") == []  # a territory
    assert orgs(nlp, "À Quimper, préfecture du Finistère, il pleut.") == []
    assert orgs(nlp, "Quimper est la préfecture du Finistère.") == []
    assert orgs(nlp, "la préfecture du Finistère et la sous-préfecture de Brest") == [
        "préfecture du Finistère",
        "sous-préfecture de Brest",
    ]


def test_the_place_must_end_the_name(nlp):
    assert orgs(nlp, "le tribunal de Grande Instance") == []
    assert orgs(nlp, "le parquet de Brest Métropole") == []
    assert orgs(nlp, "le conseil général de l'Environnement") == []  # no guessed place after an article


def test_the_longest_head_in_the_text_decides(nlp):
    assert orgs(nlp, "le tribunal de commerce de Nantes") == ["tribunal de commerce de Nantes"]
    assert orgs(nlp, "le tribunal de Commerce a statué") == []  # not "tribunal" + a place "Commerce"


def test_headlines_and_masked_text_hold_no_institution(nlp):
    assert orgs(nlp, "TRIBUNAL JUDICIAIRE DE QUIMPER") == []
    component = nlp.get_pipe("seedner_institutions")
    doc = nlp.make_doc("le parquet de Brest")
    assert [span.text for span in component.match(doc)] == ["parquet de Brest"]
    doc._.masked_ranges = [(14, 19)]  # "Brest"
    assert component.match(doc) == []


# ------------------------------------------------------------------ overlap with the gazetteer


def test_a_gazetteer_name_over_the_same_tokens_keeps_its_entry(nlp):
    (ent,) = nlp("devant le tribunal judiciaire de Brest").ents
    assert (ent.text, ent._.seedner_id, ent._.seedner_canonical) == (
        "tribunal judiciaire de Brest",
        "tj.brest",
        "Tribunal judiciaire de Brest",
    )


def test_a_shorter_gazetteer_name_inside_is_replaced(nlp):
    (ent,) = nlp("la juridiction interrégionale spécialisée de Rennes").ents
    assert (ent.text, ent._.seedner_id) == ("juridiction interrégionale spécialisée de Rennes", None)


def test_a_longer_gazetteer_name_around_stays(nlp):
    (ent,) = nlp("le parquet général près la cour d'appel de Rennes").ents
    assert ent._.seedner_id == "pg.rennes"


def test_a_crossing_entity_wins_over_the_institution():
    nlp = spacy.blank("fr")
    component = add_institutions(nlp)
    doc = nlp.make_doc("le parquet de Brest Ouest")
    doc.set_ents([Span(doc, 3, 5, "LOC")])
    component(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Brest Ouest", "LOC")]


# ------------------------------------------------------------------ hard cases


@pytest.mark.xfail(strict=True, reason="a nominal sentence about a town: nothing tells it from a letterhead")
def test_chief_town_in_a_nominal_sentence(nlp):
    assert orgs(nlp, "Sous-préfecture du Finistère.") == []


@pytest.mark.xfail(strict=True, reason="a place made of two places stops at the first one")
def test_place_qualified_by_another_place(nlp):
    assert orgs(nlp, "le tribunal judiciaire de Saint-Pierre de La Réunion") == [
        "tribunal judiciaire de Saint-Pierre de La Réunion"
    ]


def test_all_caps_place_in_a_signature(nlp):
    assert orgs(nlp, "Le greffe du tribunal judiciaire de QUIMPER") == ["tribunal judiciaire de QUIMPER"]


# ---------------------------------------------------------------------- the data file


def test_the_shipped_heads_parse_and_name_no_person():
    heads = read_institution_heads(default_heads_file())
    assert len(heads.heads) >= 50 and "parquet" in heads.heads and "ARS" in heads.bodies
    assert "préfecture" in heads.known_place_heads
    roles = ("préfet", "procureur", "procureure", "ministre", "juge", "président", "directeur", "commandant")
    for head in (*heads.heads, *heads.known_place_heads):
        assert head.split()[0] not in roles, head
    assert {"spéciale", "départemental", "judiciaire"} <= set(heads.qualifiers)


def test_parse_sections_comments_and_qualifier_forms():
    heads = parse_institution_heads(
        "# heads\n[heads]\ncour d'appel  # a comment\n\n[bodies]\nARS\n[qualifiers]\nspécial spéciale\n"
    )
    assert heads == InstitutionHeads(
        heads=("cour d'appel",), bodies=("ARS",), qualifiers=("spécial", "spéciale")
    )


def test_parse_reports_every_bad_line():
    with pytest.raises(GazetteerError) as caught:
        parse_institution_heads("parquet\n[people]\npréfet\n[heads]\ntribunal\ntribunal\n123\n", "h.txt")
    assert [problem.split(":")[1] for problem in caught.value.problems] == ["1", "2", "3", "6", "7"]


def test_add_institutions_rejects_a_bad_file_before_touching_the_pipeline(write_file):
    bad = write_file("heads.txt", "[heads]\nparquet\nparquet\n")
    nlp = spacy.blank("fr")
    with pytest.raises(GazetteerError):
        add_institutions(nlp, bad)
    assert nlp.pipe_names == []
    with pytest.raises(GazetteerError):
        add_institutions(nlp, bad.with_name("missing.txt"))


def test_a_user_heads_file_replaces_the_default(write_file):
    mine = write_file("heads.txt", "[heads]\ncapitainerie\n")
    nlp = spacy.blank("fr")
    add_institutions(nlp, mine)
    assert orgs(nlp, "la capitainerie de Brest et le parquet de Brest") == ["capitainerie de Brest"]


# ----------------------------------------------------------- factory, serialisation


def test_factory_default_config_default_heads_and_empty_component():
    nlp = spacy.blank("fr")
    component = nlp.add_pipe("seedner_institutions")
    assert isinstance(component, InstitutionMatcher)
    assert nlp.get_pipe_config("seedner_institutions")["max_qualifiers"] == 3
    assert orgs(nlp, "le parquet de Brest") == ["parquet de Brest"]  # no initialize(): the defaults
    component.set_heads(InstitutionHeads())
    assert orgs(nlp, "le parquet de Brest") == []
    component.initialize()
    assert orgs(nlp, "le parquet de Brest") == ["parquet de Brest"]


def test_entry_point_names_the_factory():
    points = importlib.metadata.entry_points(group="spacy_factories")
    found = [point for point in points if point.name == "seedner_institutions"]
    if not found:
        pytest.skip("the installed package metadata has no spacy_factories entry point yet (reinstall)")
    assert found[0].load().__name__ == "make_institutions"


def test_round_trips_keep_the_heads(nlp, tmp_path):
    component = nlp.get_pipe("seedner_institutions")
    other = spacy.blank("fr").add_pipe("seedner_institutions").from_bytes(component.to_bytes())
    assert other.heads == component.heads
    component.to_disk(tmp_path / "institutions")
    assert spacy.blank("fr").add_pipe("seedner_institutions").from_disk(tmp_path / "institutions").heads == (
        component.heads
    )
    nlp.to_disk(tmp_path / "pipeline")
    text = "la CAF du Finistère et le parquet de Quimper"
    assert ents(spacy.load(tmp_path / "pipeline"), text) == ents(nlp, text)
    assert ents(pickle.loads(pickle.dumps(nlp)), text) == ents(nlp, text)


# ------------------------------------------------------------------ with the real model


@pytest.mark.model
def test_the_model_keeps_institutions_whole():
    from seedner.pipeline.build import build_pipeline

    nlp = build_pipeline()
    assert nlp.pipe_names.index("seedner_institutions") == nlp.pipe_names.index("seedner_gazetteer") + 1
    doc = nlp(
        "Le parquet de Brest a confié l'enquête à la section de recherches de Rennes. Le préfet du "
        "Finistère et le procureur de la République de Quimper ont salué le travail de l'ARS Bretagne "
        "et du conseil départemental du Finistère."
    )
    found = [(e.text, e.label_) for e in doc.ents]
    for name in (
        "parquet de Brest",
        "section de recherches de Rennes",
        "ARS Bretagne",
        "conseil départemental du Finistère",
    ):
        assert (name, "ORG") in found
    assert not any(label == "ORG" and text.startswith(("préfet", "procureur")) for text, label in found)


@pytest.mark.model
def test_no_default_gazetteers_leaves_out_the_default_heads_too(tmp_path):
    from seedner.pipeline.build import build_pipeline
    from seedner.pipeline.settings import PipelineSettings

    user = tmp_path / "places.csv"
    user.write_text("id,label,name,category,source\nx.rennes,LOC,Rennes,commune,test\n", encoding="utf-8")
    nlp = build_pipeline(PipelineSettings(default_gazetteers=False, gazetteer_paths=(user,)))
    assert "seedner_institutions" not in nlp.pipe_names
    doc = nlp("Le parquet a confié l'enquête à la section de recherches de Rennes.")
    assert not any(ent._.seedner_source == "gazetteer" and ent.label_ == "ORG" for ent in doc.ents)


def _units_token_by_token(doc: Doc) -> Units:
    """What ``units`` must give, read from Token objects: spaces dropped, ``d' `` elisions joined."""
    found: list[tuple[str, int, int]] = []
    for token in doc:
        if token.is_space:
            continue
        key = token.lower_ if token.lower_.isascii() and token.lower_.isalnum() else token_key(token.text)
        if key == "'" and found and found[-1][0] in _ELIDED and not doc[token.i - 1].whitespace_:
            found[-1] = (found[-1][0] + "'", found[-1][1], token.i + 1)
        else:
            found.append((key, token.i, token.i + 1))
    return Units([key for key, _, _ in found], [start for _, start, _ in found], [end for _, _, end in found])


_BLANK = spacy.blank("fr")
_PARTS = ["d", "'", "Cour", "d'", "appel", "Préfecture", "-", " ", "\n", "l", "’", "Saint-Denis"]


@given(st.lists(st.sampled_from(_PARTS), max_size=15))
@example(["Cour", " ", "d", " ", "'", " ", "appel"])  # a spaced apostrophe is no elision
@example(["Cour", " ", "d", "'", " ", "appel"])
def test_units_from_arrays_are_those_of_the_tokens(parts):
    doc = _BLANK.make_doc("".join(parts))
    assert units(doc) == units(doc, PerTextCache(unit_key)) == _units_token_by_token(doc)


# ------------------------------------------------------------ a service and its place are one organisation


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le dossier a été jugé par le TJ de Brest hier.", "TJ de Brest"),
        ("La BRB de Rennes a interpellé deux hommes.", "BRB de Rennes"),
        ("Il a été placé au CRA de Rennes lundi.", "CRA de Rennes"),
        ("La PAF de Brest a contrôlé le navire.", "PAF de Brest"),
        ("Le GIR de Nantes a saisi les comptes.", "GIR de Nantes"),
        ("Il a saisi le TA de Rennes d'un recours.", "TA de Rennes"),
    ],
)
def test_acronym_of_a_local_service_and_its_place_brb_de_rennes(nlp, text, name):
    assert name in orgs(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La Caf 29 a suspendu les versements.", "Caf 29"),
        ("Le Samu 35 est intervenu.", "Samu 35"),
        ("La MDPH 2A instruit la demande.", "MDPH 2A"),
    ],
)
def test_body_and_departement_number_caf_29(nlp, text, name):
    assert name in orgs(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Copie à la DSDEN du Pas-de-Calais.", "DSDEN du Pas-de-Calais"),
        ("Le CCAS du Tampon a répondu.", "CCAS du Tampon"),
        ("Le SIS 2A est intervenu.", "SIS 2A"),
        ("Le rectorat de l'académie de Lille a validé.", "rectorat de l'académie de Lille"),
        ("L'Agglo du Cotentin finance le projet.", "Agglo du Cotentin"),
        ("Le bureau d'aide juridictionnelle de Rennes a statué.", "bureau d'aide juridictionnelle de Rennes"),
    ],
)
def test_local_services_of_education_social_action_and_rescue_dsden_du_pas_de_calais(nlp, text, name):
    assert name in orgs(nlp, text)


def test_a_body_before_a_year_is_no_departement_number(nlp):
    assert orgs(nlp, "La Caf 2024 a changé ses règles.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Me Kerhervé, avocat au barreau de Rennes, a plaidé.", "barreau de Rennes"),
        ("Il est détenu au centre pénitentiaire de Rennes depuis mai.", "centre pénitentiaire de Rennes"),
        ("Il a été conduit au commissariat central de Brest.", "commissariat central de Brest"),
        ("La mairie de Quimper a porté plainte.", "mairie de Quimper"),
        ("Le tribunal correctionnel du Mans a jugé l'affaire.", "tribunal correctionnel du Mans"),
    ],
)
def test_more_institution_heads_barreau_centre_penitentiaire_mairie(nlp, text, name):
    assert name in orgs(nlp, text)


def test_composite_court_chambre_de_l_instruction_de_la_cour_d_appel(nlp):
    text = "La chambre de l'instruction de la cour d'appel de Rennes a confirmé la détention."
    assert orgs(nlp, text) == ["chambre de l'instruction de la cour d'appel de Rennes"]


def test_a_chamber_alone_is_no_organisation(nlp):
    assert orgs(nlp, "La chambre criminelle a rejeté le pourvoi.") == []


# ------------------------------------------------- local branches, bare places, compounds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("L'Agence régionale de santé Bretagne a publié un avis.", "Agence régionale de santé Bretagne"),
        ("La MSA Loire-Atlantique-Finistère a versé les aides.", "MSA Loire-Atlantique-Finistère"),
        ("La MSA Mayenne-Orne-Sarthe a versé les aides.", "MSA Mayenne-Orne-Sarthe"),
        (
            "La maison départementale des personnes handicapées du Finistère répond.",
            "maison départementale des personnes handicapées du Finistère",
        ),
        ("La communauté urbaine de Brest vote son budget.", "communauté urbaine de Brest"),
        (
            "La délégation départementale de la Juridiction interrégionale spécialisée a parlé.",
            "délégation départementale de la Juridiction interrégionale spécialisée",
        ),
    ],
)
def test_local_branch_agence_regionale_de_sante_bretagne_msa_mayenne_orne_sarthe(nlp, text, name):
    assert orgs(nlp, text) == [name]


def test_gazetteer_organisation_before_a_region_is_its_local_body_jirs_bretagne(nlp):
    assert orgs(nlp, "La Juridiction interrégionale spécialisée Bretagne enquête.") == [
        "Juridiction interrégionale spécialisée Bretagne"
    ]


def test_gazetteer_organisation_before_a_town_or_a_new_line_stays_alone(nlp):
    assert orgs(nlp, "La Juridiction interrégionale spécialisée Brest enquête.") == [
        "Juridiction interrégionale spécialisée"
    ]
    assert orgs(nlp, "Juridiction interrégionale spécialisée\nBretagne") == [
        "Juridiction interrégionale spécialisée"
    ]


def test_a_branch_head_alone_is_no_organisation_la_direction_regionale(nlp):
    assert orgs(nlp, "La direction régionale a répondu hier.") == []


def test_a_head_alone_on_its_line_is_a_letterhead_direction_departementale(nlp):
    text = "Préfet du Finistère\nSection de recherches\nService eau et biodiversité\n\nArrêté n° 2025-14"
    assert orgs(nlp, text) == ["Section de recherches"]


def test_a_head_inside_a_line_or_in_lower_case_is_no_letterhead(nlp):
    assert orgs(nlp, "Vu l'avis de la section de recherches\nArrêté") == []
    assert orgs(nlp, "section de recherches\nArrêté") == []
    assert orgs(nlp, "La Section de recherches\nArrêté") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La Région Bretagne finance le projet.", "Région Bretagne"),
        ("Le Grand Port Maritime de Brest exporte.", "Grand Port Maritime de Brest"),
        ("Le centre antipoison de Rennes répond.", "centre antipoison de Rennes"),
    ],
)
def test_region_authority_port_and_poison_centre_region_bretagne(nlp, text, name):
    assert orgs(nlp, text) == [name]


def test_the_region_in_lower_case_is_a_territory(nlp):
    assert orgs(nlp, "La région Bretagne est belle.") == []


def test_judgments_write_the_place_of_a_lower_case_head_in_capitals_barreau_de_rennes(nlp):
    assert orgs(nlp, "avocat au barreau de RENNES, substitué") == ["barreau de RENNES"]
    assert orgs(nlp, "le tribunal judiciaire de BREST a jugé") == ["tribunal judiciaire de BREST"]


def test_initials_in_capitals_after_a_head_are_no_place(nlp):
    assert orgs(nlp, "la section de recherches de SR devant") == []
