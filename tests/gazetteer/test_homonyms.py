"""Places keep their id: homonyms resolved by the document's clues, as pure functions (no model)."""

from __future__ import annotations

import pytest

from seedner.gazetteer.entries import GazetteerEntry
from seedner.gazetteer.files import load_gazetteer_entries
from seedner.gazetteer.geography import Clue, areas_of
from seedner.gazetteer.homonyms import (
    NameClues,
    Place,
    PlaceIndex,
    Standing,
    name_areas,
    resolve,
)
from seedner.records.mentions import Mention

SAINT_DENIS_93 = Place("insee.com.93066", "Saint-Denis", 149077, areas_of("insee.com.93066"), 1)
SAINT_DENIS_974 = Place("insee.com.97411", "Saint-Denis", 155634, areas_of("insee.com.97411"), 2)
SAINT_DENIS = (SAINT_DENIS_93, SAINT_DENIS_974)
SEINE_SAINT_DENIS = areas_of("insee.dep.93")
REUNION = areas_of("insee.reg.04")
FAR = float("inf")


def _choose(candidates, clues, start=1000, end=1011, text=" " * 5000):
    """The resolution for a mention at ``start:end`` of ``text`` (spaces: no sentence ends)."""
    return resolve(candidates, NameClues(text, candidates, clues).standings(start, end))


def _after(gap: int, areas: frozenset[str], length: int = 10) -> Clue:
    """A clue ``gap`` characters after the mention at 1000:1011."""
    return Clue(1011 + gap, 1011 + gap + length, areas)


def test_a_unique_name_has_no_other_candidate():
    place = Place("insee.com.77258", "Lognes", 15074, areas_of("insee.com.77258"), 0)
    assert resolve([place], {}) == ("insee.com.77258", ())


def test_without_clue_the_most_populous_wins_and_the_other_is_listed():
    assert _choose(SAINT_DENIS, []) == ("insee.com.97411", ("insee.com.93066",))


def test_without_population_the_entry_loaded_last_wins():
    region = Place("insee.reg.01", "Guadeloupe", None, areas_of("insee.reg.01"), 0)
    departement = Place("insee.dep.971", "Guadeloupe", None, areas_of("insee.dep.971"), 5)
    assert resolve([region, departement], {}).id == "insee.dep.971"


def test_a_departement_clue_points_to_the_commune_in_it():
    assert _choose(SAINT_DENIS, [_after(500, SEINE_SAINT_DENIS)]) == ("insee.com.93066", ("insee.com.97411",))


def test_a_region_clue_points_to_the_commune_in_it():
    assert _choose(SAINT_DENIS, [_after(500, REUNION)]).id == "insee.com.97411"
    assert _choose(SAINT_DENIS, [_after(500, areas_of("insee.reg.11"))]).id == "insee.com.93066"


def test_an_attached_clue_beats_the_weight_of_the_document():
    far = [Clue(200, 217, SEINE_SAINT_DENIS), _after(800, SEINE_SAINT_DENIS)]
    assert _choose(SAINT_DENIS, [*far, _after(4, REUNION)]).id == "insee.com.97411"


def test_without_attached_clue_the_document_weight_decides_then_the_nearest():
    assert _choose(SAINT_DENIS, [_after(80, REUNION), _after(300, SEINE_SAINT_DENIS)]).id == "insee.com.93066"
    unknown = _after(80, areas_of("dep:974"))  # an unknown id lies nowhere
    assert _choose(SAINT_DENIS, [unknown, _after(300, SEINE_SAINT_DENIS)]).id == "insee.com.93066"
    same_weight = [_after(80, areas_of("insee.dep.974")), _after(300, SEINE_SAINT_DENIS)]
    assert _choose(SAINT_DENIS, same_weight).id == "insee.com.97411"
    before_and_after = [Clue(900, 920, areas_of("insee.dep.974")), _after(30, SEINE_SAINT_DENIS)]
    assert _choose(SAINT_DENIS, before_and_after).id == "insee.com.93066"  # 30 after, 80 before


def test_a_clue_pointing_to_every_candidate_alike_is_passed_over():
    paris_departement = Place("insee.dep.75", "Paris", None, areas_of("insee.dep.75"), 0)
    paris = Place("insee.com.75056", "Paris", 2103778, areas_of("insee.com.75056"), 9)
    both = areas_of("insee.dep.75")
    assert _choose([paris_departement, paris], [_after(1, both)]).id == "insee.com.75056"
    assert NameClues(" " * 5000, [paris_departement, paris], [_after(1, both)]).standings(1000, 1011) == {}


def test_clues_over_the_mention_are_left_out_and_sentences_bound_attachment():
    text = "Saint-Denis (93). Saint-Denis, en Seine-Saint-Denis."
    clues = [Clue(12, 16, SEINE_SAINT_DENIS), Clue(34, 51, SEINE_SAINT_DENIS), Clue(0, 11, REUNION)]
    found = NameClues(text, SAINT_DENIS, clues)
    assert found.standings(0, 11) == {
        "insee.com.93066": Standing(attached=1, weight=4, nearest=1),
        "insee.com.97411": Standing(attached=FAR, weight=1, nearest=FAR),  # the clue over the mention
    }
    assert found.standings(18, 29)["insee.com.93066"] == Standing(attached=5, weight=4, nearest=2)  # ". "


def test_many_mentions_and_clues_stay_fast():
    clues = [Clue(i, i + 17, SEINE_SAINT_DENIS if i // 40 % 2 else REUNION) for i in range(0, 2_000_000, 40)]
    found = NameClues(" " * 2_000_100, SAINT_DENIS, clues)
    chosen = {resolve(SAINT_DENIS, found.standings(i + 20, i + 31)).id for i in range(0, 2_000_000, 40)}
    assert chosen == {"insee.com.93066", "insee.com.97411"}


def test_a_name_tells_where_all_its_places_lie():
    assert name_areas(SAINT_DENIS) == frozenset()
    paris = [
        Place("insee.dep.75", "Paris", None, areas_of("insee.dep.75"), 0),
        Place("insee.com.75056", "Paris", 2103778, areas_of("insee.com.75056"), 1),
    ]
    assert name_areas(paris) == {"dep:75", "reg:11"}


# ------------------------------------------------------------------------------------- the pass


@pytest.fixture(scope="module")
def places() -> PlaceIndex:
    return PlaceIndex.from_entries(load_gazetteer_entries())


def _place(text: str, name: str, *, nth: int = 0, source: str = "model", id: str | None = None) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), name, "LOC", source, id, name)


def test_the_index_holds_every_place_name_of_the_default_gazetteers(places):
    assert [place.id for place in places.candidates("Saint-Denis")] == ["insee.com.93066", "insee.com.97411"]
    assert [place.id for place in places.candidates("SAINT DENIS")] == ["insee.com.93066", "insee.com.97411"]
    assert [place.id for place in places.candidates("Lognes")] == ["insee.com.77258"]
    assert places.candidates("DGSI") == ()


def test_a_model_place_gets_the_gazetteer_id_and_name(places):
    text = "Le maire de LOGNES a porté plainte."
    (mention,) = places.resolve_mentions(text, [_place(text, "LOGNES")])
    assert (mention.id, mention.canonical, mention.id_candidates, mention.source) == (
        "insee.com.77258",
        "Lognes",
        None,
        "model",
    )


def test_the_pass_reads_departement_numbers_and_places_named_inside_other_mentions(places):
    text = "Saint-Denis (974). La CPAM de Seine-Saint-Denis et Saint-Denis."
    mentions = [_place(text, "Saint-Denis"), _place(text, "Saint-Denis", nth=2)]
    inside = text.index("Seine-Saint-Denis")
    first, second = places.resolve_mentions(text, mentions, named=[(inside, inside + 17)])
    assert (first.id, first.id_candidates) == ("insee.com.97411", ("insee.com.93066",))
    assert (second.id, second.id_candidates) == ("insee.com.93066", ("insee.com.97411",))


def test_other_mentions_are_left_as_they_are(places):
    text = "La DGSI à Lyon, Atlantis et Paris."
    mentions = [
        Mention(3, 7, "DGSI", "ORG", "gazetteer", "fr.dgsi", "Direction générale de la sécurité intérieure"),
        _place(text, "Atlantis"),
        _place(text, "Paris", source="gazetteer", id="ours.paris"),  # an entry of another name
    ]
    assert places.resolve_mentions(text, mentions) == mentions


def test_user_places_are_candidates_too():
    ours = GazetteerEntry("ours.saint-denis", "LOC", "Saint-Denis", category="commune", source="ours")
    index = PlaceIndex.from_entries([*load_gazetteer_entries(), ours])
    text = "Saint-Denis."
    (mention,) = index.resolve_mentions(text, [_place(text, "Saint-Denis")])
    assert mention.id == "insee.com.97411"
    assert mention.id_candidates == ("insee.com.93066", "ours.saint-denis")


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Saint-Denis de La Réunion", ["Saint-Denis", "La Réunion"]),
        ("Valence (Drôme)", ["Valence", "Drôme"]),
        ("Valence (Tarn-et-Garonne)", ["Valence", "Tarn-et-Garonne"]),
        ("Valence (Gironde)", ["Valence (Gironde)"]),  # no Valence there
        ("Saint-Louis du Sénégal", ["Saint-Louis du Sénégal"]),  # a country is no French territory
        ("Saint-Denis de Paris", ["Saint-Denis de Paris"]),  # Paris is a commune too
        ("Valence (Drôme", ["Valence (Drôme"]),
    ],
)
def test_a_place_qualified_by_its_territory_is_two_places(places, name, parts):
    text = f"Né à {name}."
    mention = _place(text, name)
    split = places.split_qualified(mention)
    assert [m.text for m in split] == parts
    assert all(text[m.start : m.end] == m.text and m.label == "LOC" for m in split)
