"""Dictionary senses and labels of acronyms: no pipeline, no model."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedner.acronyms.senses import (
    DocumentStems,
    Sense,
    SenseDictionary,
    choose_sense,
    context_support,
    long_form_label,
    merge_senses,
    sense_label,
    singular_expansion,
    stems,
)

TRACFIN = "Traitement du renseignement et action contre les circuits financiers clandestins"


def test_context_support_counts_shared_stems() -> None:
    context = stems("le renseignement financier et les filières clandestines")
    assert context_support([Sense(TRACFIN)], context) == 3
    assert context_support([Sense("Plan d'aménagement régional")], context) == 0


# ----------------------------------------------------------------------------- senses and labels


def test_local_body_prefers_the_organisation_sense_gir_de_rennes() -> None:
    senses = [
        Sense("groupe interministériel de recherches", "police", "curated"),
        Sense("groupe iso-ressources", None, "curated"),
    ]
    assert choose_sense(senses, stems(""))[0] is None  # two curated senses, no evidence: a tie
    chosen, _ = choose_sense(senses, stems(""), local_body=True)
    assert chosen == senses[0]


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("Juridictions interrégionales spécialisées", "Juridiction interrégionale spécialisée"),
        (
            "maisons départementales des personnes handicapées",
            "maison départementale des personnes handicapées",
        ),
        ("centres régionaux des œuvres universitaires", "centre régional des œuvres universitaires"),
        ("caisses d’allocations familiales", None),  # one word before the complement: not plainly plural
        ("Fonds européens", None),
        ("Parquet européen", None),
        ("tribunal judiciaire", None),
    ],
)
def test_singular_of_a_plural_long_form_jirs(plural: str, singular: str | None) -> None:
    assert singular_expansion(plural) == singular


AFP_SENSES = [Sense("Aide financière personnalisée"), Sense("Agence France-Presse", "media")]


def test_single_sense_wins_without_context() -> None:
    assert choose_sense([Sense("Taxe sur la valeur ajoutée")], ()) == (
        Sense("Taxe sur la valeur ajoutée"),
        (),
    )


def test_sense_variants_merged() -> None:
    variants = [Sense("Service " + TRACFIN), Sense(TRACFIN.replace("et action", "et de l'action"))]
    assert merge_senses(variants) == variants[:1]
    assert choose_sense(variants, ()) == (variants[0], ())


def test_context_picks_sense() -> None:
    context = stems("Une dépêche de l'agence de presse française")
    assert choose_sense(AFP_SENSES, context) == (AFP_SENSES[1], ())


def test_winner_listed_with_other_supported_senses() -> None:
    context = stems("l'agence de presse et l'aide aux familles")
    local = stems("une dépêche de l'agence de presse")
    chosen, candidates = choose_sense(AFP_SENSES, context, local)
    assert chosen == AFP_SENSES[1]
    assert candidates == (AFP_SENSES[1], AFP_SENSES[0])


def test_tie_gives_no_expansion_and_tied_candidates() -> None:
    context = stems("une aide pour la presse")
    assert choose_sense([*AFP_SENSES, Sense("Association des fondeurs de Picardie")], context) == (
        None,
        tuple(AFP_SENSES),
    )


def test_no_evidence_lists_all_senses() -> None:
    assert choose_sense(AFP_SENSES, stems("rien à voir")) == (None, tuple(AFP_SENSES))


def test_category_of_nearby_entity_breaks_tie() -> None:
    context = stems("une aide pour la presse")
    assert choose_sense(AFP_SENSES, context, categories={"media"}) == (AFP_SENSES[1], tuple(AFP_SENSES[::-1]))


@pytest.mark.parametrize(
    ("sense", "label"),
    [
        (Sense("Agence France-Presse"), "ORG"),
        (Sense("Traitement du renseignement", "agency"), "ORG"),
        (Sense("Taxe sur la valeur ajoutée"), "MISC"),
        (Sense("Prestataire de services sur actifs numériques"), "MISC"),
        (Sense("République démocratique du Congo", "country"), "LOC"),
        (Sense("Haut Conseil pour le climat"), "ORG"),
    ],
)
def test_sense_label(sense: Sense, label: str) -> None:
    assert sense_label(sense) == label


def test_long_form_label() -> None:
    assert long_form_label("cellule d’échange sur le trafic de migrants") == "ORG"
    assert long_form_label(TRACFIN) == "ORG"
    assert long_form_label("taxe sur la valeur ajoutée") == "MISC"
    assert long_form_label("zone de défense", existing="LOC") == "LOC"
    assert long_form_label("gestion des ressources humaines", sense="ORG") == "ORG"
    assert long_form_label("revenu de solidarité active", sense="ORG") == "MISC"  # an allowance


def test_stems_of_a_megabyte_line() -> None:
    assert stems("ABC " * 250_000) == {"abc"}


# ----------------------------------------------------------------------------- curated and imported senses

BTP_IMPORTED = [
    Sense("Brigade Territoriale de Proximité", source="sigles:5759"),
    Sense("Bâtiment et travaux publics", source="sigles:859"),
]
BTP_CURATED = Sense("bâtiment et travaux publics", source="curated")


def test_lone_imported_sense_without_support_is_only_a_candidate_bbc() -> None:
    bbc = Sense("bâtiment basse consommation énergétique", source="sigles:737")
    assert choose_sense([bbc], stems("La BBC a diffusé un documentaire sur la reine")) == (None, (bbc,))


def test_lone_imported_sense_with_support_wins() -> None:
    cross = Sense("Centre régional opérationnel de surveillance et de sauvetage", source="sigles:2047")
    assert choose_sense([cross], stems("une opération de sauvetage en mer")) == (cross, ())


def test_sense_without_source_counts_as_curated() -> None:
    assert Sense("Taxe sur la valeur ajoutée").curated
    assert not BTP_IMPORTED[0].curated


def test_curated_sense_beats_weakly_supported_imported_sense_btp() -> None:
    context = stems("la brigade de recherche et d'intervention enquête sur des entreprises")
    chosen, candidates = choose_sense([*BTP_IMPORTED, BTP_CURATED], context)
    assert chosen == BTP_CURATED
    assert candidates == (BTP_CURATED, BTP_IMPORTED[0])


def test_imported_sense_beats_curated_with_clear_evidence() -> None:
    context = stems("la brigade territoriale de proximité patrouille")
    assert choose_sense([*BTP_IMPORTED, BTP_CURATED], context, local=context)[0] == BTP_IMPORTED[0]
    assert choose_sense([*BTP_IMPORTED, BTP_CURATED], stems("la brigade"), local=stems("la brigade"))[0] == (
        BTP_CURATED
    )


def test_two_curated_senses_without_evidence_tie() -> None:
    senses = [Sense("Journal officiel", source="curated"), Sense("Jeux olympiques", source="curated")]
    assert choose_sense(senses, stems("rien à voir")) == (None, tuple(senses))


def test_curated_wording_kept_when_variants_merge_ong() -> None:
    plural = Sense("Organisations non gouvernementales", source="sigles:4228")
    singular = Sense("organisation non gouvernementale", "common", "curated")
    assert choose_sense([plural, singular], ()) == (singular, ())


def test_common_category_names_no_entity() -> None:
    assert sense_label(Sense("organisation non gouvernementale", "common")) == "MISC"
    assert sense_label(Sense("caisse d'allocations familiales", "agency")) == "ORG"


# ----------------------------------------------------------------------------- the dictionary


def test_dictionary_keeps_written_acronyms_and_curated_title_spellings() -> None:
    rows = [
        {"acronym": "Urssaf", "expansion": "Union de recouvrement", "source": "curated"},
        {"acronym": "Tracfin", "expansion": "Traitement du renseignement", "source": "sigles:1"},
        {"acronym": "URSSAF", "expansion": "Union de recouvrement.", "source": "curated"},
    ]
    dictionary = SenseDictionary(rows)
    assert len(dictionary) == 2 and "URSSAF" in dictionary
    assert [s.expansion for s in dictionary.get("URSSAF")] == ["Union de recouvrement"]
    assert dictionary.is_title_spelling("Urssaf")
    assert not dictionary.is_title_spelling("Tracfin")  # imported rows prove no spelling
    restored = SenseDictionary(dictionary.rows())
    assert restored.rows() == dictionary.rows() and restored.is_title_spelling("Urssaf")


def test_stems_fold_accents_and_leave_out_stop_words_short_words_and_numbers() -> None:
    assert stems("Les FINANCIÈRES et les financiers, 2025, à Œuvre_bis") == {"finan", "ouvre", "bis"}


def test_folding_keeps_every_character_a_letter_or_digit_or_not() -> None:
    """``stems`` cuts the raw text into words and folds each word: the words must be those of the folded
    text, so no character that folding changes may become, or stop being, part of a word."""
    from seedner.acronyms.senses import _ALNUM
    from seedner.text.folding import _FOLD_TABLE, fold

    for code in _FOLD_TABLE:
        char, folded = chr(code), fold(chr(code))
        assert len(folded) == 1, hex(code)
        assert (_ALNUM.fullmatch(char) is None) == (_ALNUM.fullmatch(folded) is None), hex(code)


_WORDS = ["financière", "FINANCIERS", "finance", "les", "2025", "Œuvre_bis", "oeuvres", "du", "l'Office"]
_ASKED = ["finan", "ouvre", "oeuvr", "offic", "les", "2025", "fi", "bis", "euvre", "", "zzz"]


@given(st.lists(st.sampled_from(_WORDS), max_size=12), st.lists(st.sampled_from(_ASKED), max_size=6))
def test_document_stems_answer_as_the_set_of_stems_would(words, asked) -> None:
    text = " ".join(words)
    every = stems(text)
    document = DocumentStems(text)
    for stem in [*every, *asked]:
        assert (stem in document) == (stem in every), (text, stem)


def test_row_expanding_an_acronym_to_itself_is_no_sense_sgar() -> None:
    dictionary = SenseDictionary(
        [
            {"acronym": "SGAR", "expansion": "SGAR", "source": "sigles:1"},
            {"acronym": "SGAR", "expansion": "secrétariat général pour les affaires régionales"},
        ]
    )
    assert [sense.expansion for sense in dictionary.get("SGAR")] == [
        "secrétariat général pour les affaires régionales"
    ]


@pytest.mark.parametrize(
    "long_form",
    [
        "Répertoire national commun de la protection sociale",
        "Système national des données de santé",
        "complément de traitement indiciaire",
        "Prestataires de services sur actifs numériques",
        "Fichier des comptes bancaires et assimilés",
    ],
)
def test_a_register_a_scheme_or_a_class_of_bodies_names_no_entity_rncps_snds(long_form: str) -> None:
    assert long_form_label(long_form, existing="ORG") == "MISC"


@pytest.mark.parametrize(
    "long_form",
    [
        "Traitement du renseignement et action contre les circuits financiers clandestins",
        "Programme des Nations unies pour le développement",
        "Aide sociale à l'enfance",
        "Office français de la biodiversité",
    ],
)
def test_bodies_whose_name_starts_like_a_thing_stay_organisations_tracfin_pnud(long_form: str) -> None:
    assert long_form_label(long_form) == "ORG"


def test_spellings_as_the_rows_write_them() -> None:
    dictionary = SenseDictionary(
        [
            {"acronym": "Urssaf", "expansion": "Union de recouvrement", "source": "curated"},
            {"acronym": "URSSAF", "expansion": "Union de recouvrement des cotisations", "source": "sigles:1"},
        ]
    )
    assert [(written, sense.curated) for written, sense in dictionary.spellings()] == [
        ("Urssaf", True),
        ("URSSAF", False),
    ]


def test_a_body_named_after_its_territory_is_an_organisation_even_as_a_model_place_uga() -> None:
    assert long_form_label("Université Grenoble Alpes", existing="LOC") == "ORG"
    assert long_form_label("Grenoble Alpes", existing="LOC") == "LOC"


@pytest.mark.parametrize(
    "long_form", ["code de la sécurité intérieure", "fonds de prévention des risques naturels majeurs"]
)
def test_codes_and_funds_name_no_entity_csi_fprnm(long_form: str) -> None:
    assert long_form_label(long_form, existing="ORG") == "MISC"
