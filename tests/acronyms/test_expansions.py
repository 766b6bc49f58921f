"""Which sense an acronym takes, through the whole pipeline: local services, number, common acronyms."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

JIRS = "Juridiction interrégionale spécialisée"


def expansions(extractor: Any, text: str) -> list[tuple[str, str | None]]:
    return [(r["text"], r["expansion"]) for r in extractor.extract_text(text) if r["acronym"]]


def test_local_police_unit_takes_the_service_sense_paf_de_calais(extractor: Any) -> None:
    text = "Il a été interpellé le 8 juillet par la PAF de Calais, puis remis à la PAF de Coquelles."
    assert expansions(extractor, text) == [("PAF", "Police aux frontières")] * 2


def test_national_direction_keeps_its_name_dnpaf(extractor: Any) -> None:
    text = "La DNPAF coordonne les contrôles aux frontières."
    assert expansions(extractor, text) == [("DNPAF", "Direction nationale de la police aux frontières")]


def test_singular_mention_of_a_plural_name_takes_the_singular_jirs(extractor: Any) -> None:
    text = "L'information a été ouverte par la JIRS de Marseille. Les JIRS traitent la criminalité organisée."
    assert expansions(extractor, text) == [
        ("JIRS", JIRS),
        ("JIRS", "Juridictions interrégionales spécialisées"),
    ]


def test_plural_definition_gives_the_singular_to_a_singular_mention_mdph(extractor: Any) -> None:
    text = (
        "Les maisons départementales des personnes handicapées (MDPH) sont saturées. "
        "Dans le Nord, la MDPH a reçu 40 000 demandes."
    )
    assert expansions(extractor, text) == [
        ("MDPH", "maisons départementales des personnes handicapées"),
        ("MDPH", "maison départementale des personnes handicapées"),
    ]


def test_local_body_takes_the_organisation_sense_gir_de_rennes(extractor: Any) -> None:
    text = "Le dossier a été transmis au parquet de Saint-Malo, au GIR de Rennes et à l'Urssaf Bretagne."
    assert ("GIR", "groupe interministériel de recherches") in expansions(extractor, text)


@pytest.mark.parametrize(
    ("text", "acronym", "expansion"),
    [
        (
            "La liste est tenue par le secrétariat du CDAD.",
            "CDAD",
            "conseil départemental de l'accès au droit",
        ),
        ("Les conclusions sont transmises par le RPVA.", "RPVA", "réseau privé virtuel des avocats"),
        ("Les droits à la C2S restent ouverts.", "C2S", "complémentaire santé solidaire"),
        ("Le préfet a déclenché le plan ORSEC.", "ORSEC", "organisation de la réponse de sécurité civile"),
        ("Il a été transporté par le SMUR.", "SMUR", "service mobile d'urgence et de réanimation"),
        ("Le règlement MiCA s'applique depuis 2024.", "MiCA", "Markets in Crypto-Assets"),
        (
            "L'API « quotient familial » est exposée aux partenaires.",
            "API",
            "application programming interface",
        ),
        ("Le syndicat SGP Police FO réclame des renforts.", "SGP", "Syndicat général de la police"),
    ],
)
def test_common_acronyms_have_their_usual_sense(
    extractor: Any, text: str, acronym: str, expansion: str
) -> None:
    assert (acronym, expansion) in expansions(extractor, text)
