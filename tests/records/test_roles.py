"""Functions are not organisations, and a person named beside a function holds it."""

from __future__ import annotations

from seedner.records.mentions import Mention
from seedner.records.roles import with_roles, without_roles


def _mention(text: str, surface: str, label: str, source: str = "model") -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, label, source=source)


def _kept(text: str, *mentions: Mention) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in without_roles(text, mentions)]


def test_ministre_de_l_interieur_is_a_function():
    text = "Le ministre de l'Intérieur a parlé."
    assert _kept(text, _mention(text, "ministre de l'Intérieur", "ORG")) == []


def test_the_members_of_a_bench_are_functions_assesseur_magistrate():
    text = "M. Hervé PONCET, Assesseur, conseiller employeur ; Mme Anne Roux, Magistrate honoraire"
    found = [_mention(text, "Assesseur", "ORG"), _mention(text, "Magistrate honoraire", "ORG")]
    assert _kept(text, *found) == []


def test_the_portfolio_of_a_minister_comptes_publics_is_no_organisation():
    text = "Thierry LAMBERTIN, ministre chargé du Budget et des Comptes publics, salue les agents."
    assert _kept(text, _mention(text, "Comptes publics", "ORG")) == []


def test_a_body_after_a_function_stays_directrice_de_la_caf():
    text = "Hélène Perrot, directrice de la Caf du Var, confirme."
    assert _kept(text, _mention(text, "Caf du Var", "ORG", source="gazetteer")) == [("Caf du Var", "ORG")]


def test_a_function_that_carries_a_place_gives_the_place_prefet_du_finistere():
    text = "Le préfet du Finistère a pris un arrêté."
    assert _kept(text, _mention(text, "préfet du Finistère", "ORG")) == [("Finistère", "LOC")]


def test_garde_des_sceaux_holds_no_town():
    text = "Le garde des Sceaux est venu, puis il est rentré à Sceaux."
    first, second = text.index("Sceaux"), text.rindex("Sceaux")
    sceaux = [Mention(i, i + 6, "Sceaux", "LOC", source="gazetteer") for i in (first, second)]
    assert [m.start for m in without_roles(text, sceaux)] == [second]


def test_role_before_the_name_le_procureur_de_paris_laure_beccuau():
    text = "Selon le procureur de Paris, Laure Beccuau, l'enquête avance."
    (person,) = with_roles(text, [_mention(text, "Laure Beccuau", "PER")])
    assert person.role == "procureur de Paris"


def test_role_after_the_name_laure_beccuau_procureure_de_paris():
    text = "Laure Beccuau, procureure de Paris, a confirmé."
    (person,) = with_roles(text, [_mention(text, "Laure Beccuau", "PER")])
    assert person.role == "procureure de Paris"


def test_no_role_without_apposition():
    text = "Laure Beccuau a rencontré le procureur de Lille."
    (person,) = with_roles(text, [_mention(text, "Laure Beccuau", "PER")])
    assert person.role is None


def test_only_people_hold_roles():
    text = "La DGSI, direction générale de la sécurité intérieure, enquête."
    (body,) = with_roles(text, [_mention(text, "DGSI", "ORG")])
    assert body.role is None
