"""Teams named by their town in sports reports, and the towns that stay towns."""

from __future__ import annotations

from seedner.records.mentions import Mention
from seedner.records.teams import town_teams

REPORT = (
    "Basket – Betclic Élite\n"
    "Le Portel renverse Cholet au buzzer\n\n"
    "Le Portel. Menés à la pause, les Portelois ont renversé Cholet (81-79), samedi, lors de la 11e "
    "journée. L'entraîneur de l'ESSM Le Portel savoure. Cholet Basket recevra Nanterre. "
    "Le prochain match aura lieu à Cholet."
)


def _mentions(text: str, *found: tuple[str, str, int]) -> list[Mention]:
    mentions = []
    for surface, label, occurrence in found:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(surface, start + 1)
        acronym = surface.isupper()
        mentions.append(Mention(start, start + len(surface), surface, label, acronym=acronym))
    return sorted(mentions, key=lambda m: m.start)


def test_the_town_of_a_club_the_report_names_is_the_club_le_portel_cholet():
    found = _mentions(
        REPORT,
        ("Le Portel", "LOC", 0),
        ("Cholet", "LOC", 0),
        ("Le Portel", "LOC", 1),
        ("Cholet", "LOC", 1),
        ("ESSM", "MISC", 0),
        ("Le Portel", "LOC", 2),
        ("Cholet Basket", "ORG", 0),
        ("Nanterre", "LOC", 0),
        ("Cholet", "LOC", 3),
    )
    teams, acronyms = town_teams(REPORT, found)
    assert [(m.text, m.label) for m in teams] == [
        ("Le Portel", "ORG"),  # the headline
        ("Cholet", "ORG"),
        ("Le Portel", "LOC"),  # the dateline
        ("Cholet", "ORG"),
        ("ESSM Le Portel", "ORG"),  # the club's acronym and its town
        ("Cholet Basket", "ORG"),
        ("Nanterre", "LOC"),  # no club of Nanterre named
        ("Cholet", "LOC"),  # à Cholet: the town
    ]
    assert [(m.text, m.label) for m in acronyms] == [("ESSM", "MISC")]


def test_outside_a_sports_report_towns_stay_towns():
    text = "Cholet Basket a signé une convention avec la mairie. Cholet investit dans ses écoles."
    found = _mentions(text, ("Cholet Basket", "ORG", 0), ("Cholet", "LOC", 1))
    assert [(m.text, m.label) for m in town_teams(text, found)[0]] == [
        ("Cholet Basket", "ORG"),
        ("Cholet", "LOC"),
    ]


def test_a_body_named_after_a_town_makes_no_team_chu_de_rennes():
    text = "Après le match, deux supporters ont été soignés au CHU de Rennes. Rennes a gagné le derby."
    found = _mentions(text, ("CHU de Rennes", "ORG", 0), ("Rennes", "LOC", 1))
    assert [m.label for m in town_teams(text, found)[0]] == ["ORG", "LOC"]
