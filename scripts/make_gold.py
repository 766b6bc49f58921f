#!/usr/bin/env python3
"""Build the team gold set tests/data/gold/team.jsonl.

The texts below were written for the project (fictional people, real agencies
and places) and annotated by hand following ../shared/gold/GUIDELINES.md.
Annotations are written as data -- a surface string plus an occurrence
selector -- and this script turns them into code-point offsets, checking that
every offset is exact and that the annotation is consistent.

Occurrence selectors
    "all"      every eligible occurrence of the surface string;
    int n      the n-th eligible occurrence (0-based);
    [n, ...]   several eligible occurrences.
An occurrence is eligible when it starts and ends on a word boundary (a
hyphen counts as part of a word, so "France" is not found inside
"Hauts-de-France") and lies outside URLs, e-mail addresses, domain names
and file names, which hold no entity.  For spans, "all" also skips the
occurrences that overlap a span already placed (explicit selectors first,
then longer surfaces before shorter ones: "Manche" inside
"préfecture maritime de la Manche et de la mer du Nord" is skipped) or an
ignored region.

Five sets are built.  ``team`` (the texts below, 1,500-3,000 characters each,
in the style of the seeds), ``everyday`` (the modules of scripts/gold_everyday/,
texts in genres the seeds lack: court decisions, prefectoral orders, e-mails,
PDF extractions, regional press...; 400-4,000 characters), ``holdout`` (the
modules of scripts/gold_holdout/, 400-3,500 characters, written and annotated
before seedner was run on them), ``blind`` (the modules of
scripts/gold_blind/, 400-3,500 characters, likewise written and annotated
before seedner was run on them) and ``unseen`` (the modules of
scripts/gold_unseen/, 400-3,500 characters, likewise written and annotated
before seedner was run on them).  Each module of a module set defines ``DOCS``,
a list of dicts with the arguments of ``doc()``, and may define ``EXP`` (more
official expansions) and ``TITLECASE_ACRONYMS`` (more press spellings).

usage: python scripts/make_gold.py [--set team|everyday|holdout|blind|unseen] [--module NAME] [--show] [--out PATH]
    --set    which set to build (default: team)
    --module with a module set, only its module NAME.py (while writing one)
    --show   print every document with its annotations inlined, for review
"""

import importlib.util
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "gold" / "team.jsonl"
EVERYDAY_DIR = ROOT / "scripts" / "gold_everyday"
EVERYDAY_OUT = ROOT / "tests" / "data" / "gold" / "everyday.jsonl"
# the sets built from a folder of modules: folder, output file
MODULE_SETS = {
    "everyday": (EVERYDAY_DIR, EVERYDAY_OUT),
    "holdout": (ROOT / "scripts" / "gold_holdout", ROOT / "tests" / "data" / "gold" / "holdout.jsonl"),
    "blind": (ROOT / "scripts" / "gold_blind", ROOT / "tests" / "data" / "gold" / "blind.jsonl"),
    "unseen": (ROOT / "scripts" / "gold_unseen", ROOT / "tests" / "data" / "gold" / "unseen.jsonl"),
}
LABELS = {"PER", "ORG", "LOC"}
LENGTHS = {
    "team": (1500, 3000),
    "everyday": (400, 4000),
    "holdout": (400, 3500),
    "blind": (400, 3500),
    "unseen": (400, 3500),
}

# --------------------------------------------------------------------------
# Usual official expansions, used when a document does not define the
# acronym itself (keys are case-folded).  A document that gives a definition
# passes it explicitly; it comes first, followed by the official form when
# they differ.
# --------------------------------------------------------------------------
TRACFIN = [
    "Traitement du renseignement et action contre les circuits financiers clandestins",
    "Traitement du renseignement et de l'action contre les circuits financiers clandestins",
    "Service Traitement du renseignement et action contre les circuits financiers clandestins",
]
EXP = {
    "adn": ["acide désoxyribonucléique"],
    "afp": ["Agence France-Presse"],
    "anssi": ["Agence nationale de la sécurité des systèmes d'information"],
    "ars": ["Agence régionale de santé"],
    "btp": ["bâtiment et travaux publics"],
    "caf": ["caisse d'allocations familiales"],
    "cross": ["centre régional opérationnel de surveillance et de sauvetage"],
    "ddpp": ["direction départementale de la protection des populations"],
    "dgfip": ["Direction générale des Finances publiques"],
    "europol": [
        "Agence de l'Union européenne pour la coopération des services répressifs",
        "Office européen de police",
        "European Police Office",
    ],
    "eurojust": [
        "Agence de l'Union européenne pour la coopération judiciaire en matière pénale",
        "Unité de coopération judiciaire de l'Union européenne",
    ],
    "iban": ["International Bank Account Number", "numéro de compte bancaire international"],
    "ip": ["Internet Protocol"],
    "olaf": ["Office européen de lutte antifraude", "Office européen de lutte anti-fraude"],
    "ong": ["organisation non gouvernementale"],
    "onu": ["Organisation des Nations unies"],
    "oqtf": ["obligation de quitter le territoire français"],
    "pdg": ["président-directeur général"],
    "rib": ["relevé d'identité bancaire"],
    "sarl": ["société à responsabilité limitée"],
    "tracfin": TRACFIN,
    "tva": ["taxe sur la valeur ajoutée"],
    "ue": ["Union européenne"],
    "urssaf": ["Union de recouvrement des cotisations de sécurité sociale et d'allocations familiales"],
    "vpn": ["virtual private network", "réseau privé virtuel"],
}

# title-case press spellings that the acronym lint must see
TITLECASE_ACRONYMS = {
    "ofpra",
    "ofii",
    "ofast",
    "ocrtis",
    "oclciff",
    "frontex",
    "europol",
    "eurojust",
    "viginum",
    "urssaf",
    "cross",
    "tracfin",
    "ceseda",
}

DOCS = []


def doc(id, text, spans, acronyms, ignore, not_acronyms):
    DOCS.append(
        dict(id=id, text=text, spans=spans, acronyms=acronyms, ignore=ignore, not_acronyms=not_acronyms)
    )


# ==========================================================================
# 1. Customs: DGDDI / DNRED cocaine seizure (press release)
# ==========================================================================
doc(
    id="team-douane-cocaine",
    text="""COMMUNIQUÉ DE PRESSE
Paris, le 14 mars 2025
N° 42

Saisie record de cocaïne à Dunkerque : près de dix tonnes interceptées par la douane

Thierry LAMBERTIN, ministre chargé du Budget et des Comptes publics, salue l’action des agents de la Direction générale des douanes et droits indirects (DGDDI) qui ont réalisé, dans la nuit du 11 au 12 mars 2025, la plus importante saisie de cocaïne jamais enregistrée sur le port de Dunkerque (Nord).

Les quatre conteneurs visés, déclarés comme des chargements de bananes, avaient été ciblés par la DNRED (Direction nationale du renseignement et des enquêtes douanières) à partir d’informations transmises par les autorités de l’Équateur. Partis de Guayaquil et transbordés à Anvers, en Belgique, ils ont été passés au scanner puis ouverts par les douaniers de Dunkerque, qui ont découvert 326 ballots dissimulés derrière les cartons de fruits, soit 9,8 tonnes de cocaïne.

« Cette saisie, la plus importante du XXIe siècle sur le littoral de la mer du Nord, prive les organisations criminelles de près de 600 millions d’euros », a souligné Mme Hélène MARCHETTI, directrice interrégionale des douanes, à Lille.

Deux salariés de la société de transit Nordfret Logistique ont été placés en retenue douanière, puis déférés au parquet de Lille. Une information judiciaire a été ouverte par la juridiction interrégionale spécialisée (JIRS) et les investigations ont été confiées à l’Office national antifraude (ONAF), service d’enquête judiciaire commun à la DGDDI et à la DGFiP.

Les stupéfiants ont été acheminés sous escorte par l’autoroute A16 vers un site sécurisé en vue de leur destruction. Depuis le 1er janvier, la douane a saisi 27 tonnes de cocaïne en France, dont plus de la moitié dans les ports des Hauts-de-France et de Normandie.

![Les ballots de cocaïne saisis à Dunkerque par les agents de la DGDDI](https://www.douane.gouv.fr/sites/default/files/2025-03/saisie-dunkerque-cocaine.jpg)

Contact presse :
DGDDI - Bureau de l’information et de la communication - Tél. : 01 57 53 45 00
Mail : presse@douane.finances.gouv.fr
https://www.douane.gouv.fr""",
    spans=[
        ("Paris", "LOC"),
        ("Dunkerque", "LOC"),
        ("Thierry LAMBERTIN", "PER"),
        ("Direction générale des douanes et droits indirects", "ORG"),
        ("DGDDI", "ORG"),
        ("Nord", "LOC"),
        ("DNRED", "ORG"),
        ("Direction nationale du renseignement et des enquêtes douanières", "ORG"),
        ("Équateur", "LOC"),
        ("Guayaquil", "LOC"),
        ("Anvers", "LOC"),
        ("Belgique", "LOC"),
        ("mer du Nord", "LOC"),
        ("Hélène MARCHETTI", "PER"),
        ("Lille", "LOC"),
        ("Nordfret Logistique", "ORG"),
        ("parquet de Lille", "ORG"),
        ("juridiction interrégionale spécialisée", "ORG"),
        ("JIRS", "ORG"),
        ("Office national antifraude", "ORG"),
        ("ONAF", "ORG"),
        ("DGFiP", "ORG"),
        ("France", "LOC"),
        ("Hauts-de-France", "LOC"),
        ("Normandie", "LOC"),
    ],
    acronyms=[
        ("DGDDI", "all", ["Direction générale des douanes et droits indirects"]),
        ("DNRED", "all", ["Direction nationale du renseignement et des enquêtes douanières"]),
        ("JIRS", "all", ["juridiction interrégionale spécialisée"]),
        ("ONAF", "all", ["Office national antifraude", "Office national anti-fraude"]),
        ("DGFiP", "all", None),
    ],
    ignore=[
        ("COMMUNIQUÉ DE PRESSE",),
        ("ministre chargé du Budget et des Comptes publics",),
        ("douane",),
        ("directrice interrégionale des douanes",),
        ("Bureau de l’information et de la communication",),
    ],
    not_acronyms=[
        ("COMMUNIQUÉ DE PRESSE",),
        ("N° 42",),
        ("LAMBERTIN",),
        ("XXIe",),
        ("Mme",),
        ("MARCHETTI",),
        ("A16",),
    ],
)

# ==========================================================================
# 2. Intelligence: DGSI arrest, DGSE (AFP dispatch)
# ==========================================================================
doc(
    id="team-dgsi-espionnage",
    text="""URGENT
Soupçonné d'espionnage, un ingénieur de l'armement interpellé par la DGSI à Brest

Paris, 3 avril 2025 (AFP) - Un ingénieur de 41 ans employé par un sous-traitant de l'industrie de défense a été interpellé mardi à Brest (Finistère) par la Direction générale de la sécurité intérieure (DGSI), soupçonné d'avoir livré des informations sensibles à un service de renseignement étranger, a-t-on appris jeudi de source judiciaire.

L'homme, Yannick LE GUENNEC, a été placé en garde à vue dans les locaux de la DGSI à Levallois-Perret (Hauts-de-Seine), puis mis en examen mercredi soir pour "intelligence avec une puissance étrangère" et "livraison d'informations à une puissance étrangère", a précisé le parquet de Paris. Il a été placé en détention provisoire.

Selon une source proche du dossier, l'enquête a été ouverte après un signalement de la Direction du renseignement et de la sécurité de la défense (DRSD), chargée de la protection des entreprises qui travaillent pour les armées. La DGSE (Direction générale de la sécurité extérieure) aurait par ailleurs fourni des éléments sur des contacts noués par le suspect lors de séjours à Istanbul et à Bakou.

"Les faits sont d'une particulière gravité: ils touchent aux intérêts fondamentaux de la nation", a déclaré à l'AFP la procureure de la République de Paris, Sophie RANDIER. M. Le Guennec conteste les faits, selon son avocat, Me Antoine Kervella, qui n'a pas souhaité s'exprimer davantage.

Ni le ministère des Armées ni l'employeur du suspect, la société Arvor Systèmes, dont le siège est à Brest, n'ont souhaité commenter. Le ministre des Armées, en déplacement jeudi à Toulon (Var), a salué "le travail remarquable des services".

Ces dernières années, la DGSI a déjoué plusieurs tentatives d'ingérence visant des entreprises de la base industrielle et technologique de défense (BITD), selon le dernier rapport de la délégation parlementaire au renseignement (DPR). En 2020, deux anciens agents de la DGSE avaient été condamnés pour trahison par la cour d'assises spéciale de Paris.

![Le siège de la DGSI à Levallois-Perret, le 12 février 2024](https://www.actu-defense.fr/wp-content/uploads/2025/04/dgsi-levallois-perret-afp.jpg)
Le siège de la DGSI à Levallois-Perret, le 12 février 2024
Julien MAROIS - AFP

© 2025 AFP""",
    spans=[
        ("DGSI", "ORG"),
        ("Brest", "LOC"),
        ("Paris", "LOC"),
        ("AFP", "ORG"),
        ("Finistère", "LOC"),
        ("Direction générale de la sécurité intérieure", "ORG"),
        ("Yannick LE GUENNEC", "PER"),
        ("Le Guennec", "PER"),
        ("Levallois-Perret", "LOC"),
        ("Hauts-de-Seine", "LOC"),
        ("parquet de Paris", "ORG"),
        ("Direction du renseignement et de la sécurité de la défense", "ORG"),
        ("DRSD", "ORG"),
        ("DGSE", "ORG"),
        ("Direction générale de la sécurité extérieure", "ORG"),
        ("Istanbul", "LOC"),
        ("Bakou", "LOC"),
        ("Sophie RANDIER", "PER"),
        ("Antoine Kervella", "PER"),
        ("ministère des Armées", "ORG"),
        ("Arvor Systèmes", "ORG"),
        ("Toulon", "LOC"),
        ("Var", "LOC"),
        ("délégation parlementaire au renseignement", "ORG"),
        ("DPR", "ORG"),
        ("cour d'assises spéciale de Paris", "ORG"),
        ("Julien MAROIS", "PER"),
    ],
    acronyms=[
        ("DGSI", "all", ["Direction générale de la sécurité intérieure"]),
        ("DRSD", "all", ["Direction du renseignement et de la sécurité de la défense"]),
        ("DGSE", "all", ["Direction générale de la sécurité extérieure"]),
        ("BITD", "all", ["base industrielle et technologique de défense"]),
        ("DPR", "all", ["délégation parlementaire au renseignement"]),
        ("AFP", "all", None),
    ],
    ignore=[
        ("URGENT",),
        ("procureure de la République de Paris",),
        ("ministre des Armées",),
    ],
    not_acronyms=[
        ("URGENT",),
        ("LE GUENNEC",),
        ("M.",),
        ("RANDIER",),
        ("Me",),
        ("MAROIS",),
    ],
)

# ==========================================================================
# 3. Anti-drug: OFAST operation (AFP dispatch)
# ==========================================================================
doc(
    id="team-ofast-cannabis",
    text="""Démantèlement d'un réseau d'importation de cannabis entre l'Espagne et Marseille

Marseille, 22 mai 2025 (AFP) - Quatorze personnes ont été interpellées mardi dans les Bouches-du-Rhône, dans le Var et en Espagne lors d'une opération coordonnée par l'OFAST (Office anti-stupéfiants), soupçonnées d'avoir importé plusieurs tonnes de résine de cannabis depuis le Maroc, a annoncé jeudi le parquet de Marseille.

Les enquêteurs de l'Ofast, appuyés par la brigade de recherche et d'intervention (BRI) de la police judiciaire et par la Garde civile espagnole, ont saisi 2,3 tonnes de résine, 480.000 euros en espèces, six armes de poing et un fusil d'assaut, selon la même source.

D'après les enquêteurs, le réseau acheminait la marchandise en "go-fast" depuis la Costa del Sol jusqu'aux quartiers nord de Marseille, en empruntant notamment l'autoroute A7. Les bénéfices étaient ensuite réinvestis, par le biais de prête-noms, dans des entreprises du BTP, dont la société SBM Rénovation, et dans des commerces de la région.

Le chef présumé du réseau, Karim BELHADJ, 34 ans, a été interpellé à Algésiras, en Andalousie, en exécution d'un mandat d'arrêt européen. La remise de M. Belhadj à la France devrait intervenir dans les prochaines semaines. Treize autres suspects, âgés de 19 à 52 ans, ont été déférés et mis en examen par un juge d'instruction de la juridiction interrégionale spécialisée de Marseille.

"C'est un coup dur porté à l'un des principaux réseaux d'approvisionnement du sud de la France", s'est félicité le préfet de police des Bouches-du-Rhône, Pierre-Édouard COLLIN, saluant "l'excellente coopération" avec les autorités espagnoles.

Créé en 2020, l'Office anti-stupéfiants a succédé à l'Office central pour la répression du trafic illicite des stupéfiants (Ocrtis). Rattaché à la Direction nationale de la police judiciaire (DNPJ), il compte une quinzaine d'antennes et de détachements en métropole et outre-mer.

En 2024, plus de 120 tonnes de cannabis ont été saisies en France, selon les chiffres publiés en mars par l'Ofast.

AFP / Marseille (France) / © 2025 AFP""",
    spans=[
        ("Espagne", "LOC"),
        ("Marseille", "LOC"),
        ("AFP", "ORG"),
        ("Bouches-du-Rhône", "LOC"),
        ("Var", "LOC"),
        ("OFAST", "ORG"),
        ("Office anti-stupéfiants", "ORG"),
        ("Maroc", "LOC"),
        ("parquet de Marseille", "ORG"),
        ("Ofast", "ORG"),
        ("brigade de recherche et d'intervention", "ORG"),
        ("BRI", "ORG"),
        ("Garde civile", "ORG"),
        ("Costa del Sol", "LOC"),
        ("Karim BELHADJ", "PER"),
        ("Belhadj", "PER"),
        ("SBM Rénovation", "ORG"),
        ("Algésiras", "LOC"),
        ("Andalousie", "LOC"),
        ("France", "LOC"),
        ("juridiction interrégionale spécialisée de Marseille", "ORG"),
        ("Pierre-Édouard COLLIN", "PER"),
        ("Office central pour la répression du trafic illicite des stupéfiants", "ORG"),
        ("Ocrtis", "ORG"),
        ("Direction nationale de la police judiciaire", "ORG"),
        ("DNPJ", "ORG"),
    ],
    acronyms=[
        ("OFAST", "all", ["Office anti-stupéfiants", "Office antistupéfiants"]),
        ("Ofast", "all", ["Office anti-stupéfiants", "Office antistupéfiants"]),
        ("BRI", "all", ["brigade de recherche et d'intervention"]),
        ("BTP", "all", None),
        ("SBM", "all", []),
        ("Ocrtis", "all", ["Office central pour la répression du trafic illicite des stupéfiants"]),
        ("DNPJ", "all", ["Direction nationale de la police judiciaire"]),
        ("AFP", "all", None),
    ],
    ignore=[
        ("police judiciaire", 0),
        ("préfet de police des Bouches-du-Rhône",),
    ],
    not_acronyms=[
        ("A7",),
        ("BELHADJ",),
        ("M.",),
        ("COLLIN",),
    ],
)

# ==========================================================================
# 4. Anti-fraud: DGFiP, DNLF/MICAF, OLAF (press release)
# ==========================================================================
doc(
    id="team-fraude-tva",
    text="""MINISTÈRE DE L’ÉCONOMIE, DES FINANCES ET DE LA SOUVERAINETÉ INDUSTRIELLE ET NUMÉRIQUE
COMMUNIQUÉ DE PRESSE
Paris, le 9 juin 2025
N° 318

Fraude à la TVA sur les véhicules d’occasion : un préjudice de 47 millions d’euros mis au jour par la DGFiP

Nathalie CORBIÈRE, ministre chargée des Comptes publics, salue le travail des agents de la Direction générale des Finances publiques (DGFiP), qui ont mis au jour un vaste réseau de fraude à la taxe sur la valeur ajoutée (TVA) dans le commerce de véhicules d’occasion importés d’Allemagne et de Belgique. Le préjudice est estimé à 47 millions d’euros pour la période 2021-2024.

Le mécanisme, dit « carrousel », reposait sur une quarantaine de sociétés éphémères, pour la plupart des SARL domiciliées en Seine-Saint-Denis et dans le Val-de-Marne, qui revendaient les véhicules sans jamais reverser la TVA collectée. Les acheteurs recevaient des factures établies au nom de sociétés écrans et des RIB renvoyant vers des comptes ouverts en Lituanie et à Chypre.

Les investigations ont été conduites par la Direction nationale d’enquêtes fiscales (DNEF), dont le siège est à Pantin, en lien avec l’OLAF et avec les administrations fiscales allemande et belge. « Sans l’échange automatique d’informations entre États membres, ce réseau aurait pu prospérer plusieurs années encore », souligne M. Julien FAUCHER, directeur de la DNEF.

Le dossier a été transmis au Parquet européen, compétent pour les fraudes transfrontalières à la TVA dont le préjudice dépasse 10 millions d’euros. Onze gérants de droit ou de fait ont été identifiés ; trois d’entre eux ont été interpellés le 3 juin à Aubervilliers et à Créteil.

Cette affaire illustre la coordination construite depuis la création, en 2008, de la Délégation nationale à la lutte contre la fraude (DNLF), dont la Mission interministérielle de coordination anti-fraude (MICAF) a repris les attributions en 2020. Les signalements de l’Urssaf et de Tracfin ont permis de recouper les flux financiers des sociétés en cause.

« La fraude à la TVA prive chaque année l’État et l’Union européenne de ressources considérables. Nous la combattrons sans relâche », a déclaré la ministre.

Pour signaler une fraude : https://www.economie.gouv.fr/signaler-une-fraude

Contact presse :
Cabinet de la ministre chargée des Comptes publics - Tél. : 01 53 18 45 37
Mail : presse.mcp@cabinets.finances.gouv.fr""",
    spans=[
        ("Paris", "LOC"),
        ("DGFiP", "ORG"),
        ("Nathalie CORBIÈRE", "PER"),
        ("Direction générale des Finances publiques", "ORG"),
        ("Allemagne", "LOC"),
        ("Belgique", "LOC"),
        ("Seine-Saint-Denis", "LOC"),
        ("Val-de-Marne", "LOC"),
        ("Lituanie", "LOC"),
        ("Chypre", "LOC"),
        ("Direction nationale d’enquêtes fiscales", "ORG"),
        ("DNEF", "ORG"),
        ("Pantin", "LOC"),
        ("OLAF", "ORG"),
        ("Julien FAUCHER", "PER"),
        ("Parquet européen", "ORG"),
        ("Aubervilliers", "LOC"),
        ("Créteil", "LOC"),
        ("Délégation nationale à la lutte contre la fraude", "ORG"),
        ("DNLF", "ORG"),
        ("Mission interministérielle de coordination anti-fraude", "ORG"),
        ("MICAF", "ORG"),
        ("Urssaf", "ORG"),
        ("Tracfin", "ORG"),
        ("Union européenne", "ORG"),
    ],
    acronyms=[
        ("TVA", "all", ["taxe sur la valeur ajoutée"]),
        ("DGFiP", "all", ["Direction générale des Finances publiques"]),
        ("SARL", "all", None),
        ("RIB", "all", None),
        (
            "DNEF",
            "all",
            ["Direction nationale d’enquêtes fiscales", "Direction nationale d'enquêtes fiscales"],
        ),
        ("OLAF", "all", None),
        ("DNLF", "all", ["Délégation nationale à la lutte contre la fraude"]),
        ("MICAF", "all", ["Mission interministérielle de coordination anti-fraude"]),
        ("Urssaf", "all", None),
        ("Tracfin", "all", None),
    ],
    ignore=[
        ("MINISTÈRE DE L’ÉCONOMIE, DES FINANCES ET DE LA SOUVERAINETÉ INDUSTRIELLE ET NUMÉRIQUE",),
        ("COMMUNIQUÉ DE PRESSE",),
        ("ministre chargée des Comptes publics",),
        ("Cabinet de la ministre chargée des Comptes publics",),
        ("États membres",),
        ("État",),
    ],
    not_acronyms=[
        ("MINISTÈRE DE L’ÉCONOMIE, DES FINANCES ET DE LA SOUVERAINETÉ INDUSTRIELLE ET NUMÉRIQUE",),
        ("COMMUNIQUÉ DE PRESSE",),
        ("N° 318",),
        ("CORBIÈRE",),
        ("M.",),
        ("FAUCHER",),
    ],
)

# ==========================================================================
# 5. Financial prosecution: PNF, OCLCIFF, AFA (AFP dispatch)
# ==========================================================================
doc(
    id="team-pnf-corruption",
    text="""Corruption d'agents publics étrangers: le groupe Valtheris conclut une CJIP de 38 millions d'euros avec le PNF

Paris, 17 juin 2025 (AFP) - Le groupe d'ingénierie Valtheris a accepté de payer une amende d'intérêt public de 38 millions d'euros pour mettre fin aux poursuites pour corruption d'agents publics étrangers au Sénégal et en Côte d'Ivoire, a annoncé mardi le Parquet national financier (PNF).

La convention judiciaire d'intérêt public (CJIP) conclue avec le PNF a été validée mardi en audience publique par la présidente du tribunal judiciaire de Paris. Elle impose aussi à l'entreprise de se soumettre pendant trois ans au contrôle de l'Agence française anticorruption (AFA), chargée de vérifier la mise en œuvre de son programme de conformité.

Selon l'exposé des faits, des intermédiaires rémunérés par des filiales de Valtheris ont versé entre 2014 et 2019 plus de 4 millions d'euros de commissions à des responsables publics pour obtenir des contrats d'aménagement portuaire à Dakar et à Abidjan. Les fonds transitaient par des sociétés écrans établies à Dubaï et à Maurice, dont la société AKS Consulting.

L'enquête, ouverte en 2021 après un signalement de l'AFA, avait été confiée à l'Office central de lutte contre la corruption et les infractions financières et fiscales (OCLCIFF), installé à Nanterre (Hauts-de-Seine). Les enquêteurs de l'Oclciff avaient perquisitionné le siège du groupe, à Lyon, en octobre 2022.

"Cette convention montre qu'une entreprise française qui corrompt à l'étranger n'échappe pas à la sanction", a déclaré à l'AFP le procureur de la République financier, Jean-Luc FERRAND.

L'ancien PDG du groupe, Bertrand VALLIÈRE, et deux anciens cadres restent poursuivis à titre personnel et pourraient être renvoyés devant le tribunal correctionnel. Leur avocate, Me Claire Hautecœur, a dénoncé auprès de l'AFP "un dossier instruit exclusivement à charge".

Créée par la loi Sapin II de 2016, la CJIP permet à une entreprise d'éviter un procès en reconnaissant les faits. Le PNF en a conclu une trentaine, pour un montant cumulé de plus de 4 milliards d'euros, selon un bilan publié en janvier par l'AFA.

AFP / Paris (France) / © 2025 AFP""",
    spans=[
        ("Valtheris", "ORG"),
        ("PNF", "ORG"),
        ("Paris", "LOC"),
        ("AFP", "ORG"),
        ("Sénégal", "LOC"),
        ("Côte d'Ivoire", "LOC"),
        ("Parquet national financier", "ORG"),
        ("tribunal judiciaire de Paris", "ORG"),
        ("Agence française anticorruption", "ORG"),
        ("AFA", "ORG"),
        ("Dakar", "LOC"),
        ("Abidjan", "LOC"),
        ("Dubaï", "LOC"),
        ("Maurice", "LOC"),
        ("AKS Consulting", "ORG"),
        ("Office central de lutte contre la corruption et les infractions financières et fiscales", "ORG"),
        ("OCLCIFF", "ORG"),
        ("Nanterre", "LOC"),
        ("Hauts-de-Seine", "LOC"),
        ("Oclciff", "ORG"),
        ("Lyon", "LOC"),
        ("Jean-Luc FERRAND", "PER"),
        ("Bertrand VALLIÈRE", "PER"),
        ("Claire Hautecœur", "PER"),
        ("France", "LOC"),
    ],
    acronyms=[
        ("CJIP", "all", ["convention judiciaire d'intérêt public"]),
        ("PNF", "all", ["Parquet national financier"]),
        ("AFA", "all", ["Agence française anticorruption"]),
        (
            "OCLCIFF",
            "all",
            ["Office central de lutte contre la corruption et les infractions financières et fiscales"],
        ),
        (
            "Oclciff",
            "all",
            ["Office central de lutte contre la corruption et les infractions financières et fiscales"],
        ),
        ("PDG", "all", None),
        ("AKS", "all", []),
        ("AFP", "all", None),
    ],
    ignore=[
        ("procureur de la République financier",),
    ],
    not_acronyms=[
        ("FERRAND",),
        ("VALLIÈRE",),
        ("Me",),
        ("II",),
    ],
)

# ==========================================================================
# 6. Asylum: OFPRA, CNDA, OFII (AFP dispatch, press casing)
# ==========================================================================
doc(
    id="team-asile-ofpra",
    text="""Asile: l'Ofpra a enregistré un nombre record de demandes en 2024

Paris, 4 mars 2025 (AFP) - L'Office français de protection des réfugiés et apatrides (Ofpra) a enregistré près de 151.000 demandes d'asile en 2024, un niveau jamais atteint, selon le bilan annuel publié mardi par l'établissement, dont le siège est à Fontenay-sous-Bois (Val-de-Marne).

Le taux de protection accordée en première instance par l'Ofpra s'établit à 31%. Il atteint près de 40% après l'examen des recours par la Cour nationale du droit d'asile (CNDA), installée à Montreuil (Seine-Saint-Denis).

Les demandeurs originaires d'Afghanistan restent les plus nombreux, devant ceux venus de Guinée, de Côte d'Ivoire et du Soudan. "Nous avons ramené le délai moyen d'instruction à un peu plus de quatre mois", a souligné auprès de l'AFP le directeur général de l'Ofpra, Bastien MOREAU-LAGARDE.

De son côté, l'Office français de l'immigration et de l'intégration (Ofii) indique avoir hébergé quelque 115.000 personnes dans le dispositif national d'accueil, dont 48.000 en centre d'accueil de demandeurs d'asile (CADA). L'allocation pour demandeur d'asile (ADA) a été versée à environ 140.000 bénéficiaires, selon l'Ofii.

L'association France terre d'asile juge toutefois ces capacités "très insuffisantes" et évoque "des milliers de familles à la rue, notamment en Île-de-France". Sa porte-parole, Inès Belkacem, appelle l'État à "ouvrir au moins 10.000 places supplémentaires". Selon Mme Belkacem, plus de 40% des demandeurs éligibles ne se voient proposer aucun hébergement.

Au niveau européen, l'Agence de l'Union européenne pour l'asile (AUEA) a recensé un peu plus d'un million de demandes dans les pays de l'UE, en Norvège et en Suisse, un chiffre en léger recul par rapport à 2023. La France se classe au troisième rang, derrière l'Allemagne et l'Espagne.

Les personnes déboutées peuvent faire l'objet d'une obligation de quitter le territoire français (OQTF). Selon la CNDA, le délai moyen de jugement des recours a été ramené à cinq mois et demi.

![Des demandeurs d'asile devant le siège de l'Ofpra à Fontenay-sous-Bois, le 12 janvier 2025](https://www.infomigrants.net/storage/images/2025/03/ofpra-fontenay-afp.jpg)
Des demandeurs d'asile devant le siège de l'Ofpra à Fontenay-sous-Bois, le 12 janvier 2025
Émilie CHAUVEAU - AFP""",
    spans=[
        ("Ofpra", "ORG"),
        ("Paris", "LOC"),
        ("AFP", "ORG"),
        ("Office français de protection des réfugiés et apatrides", "ORG"),
        ("Fontenay-sous-Bois", "LOC"),
        ("Val-de-Marne", "LOC"),
        ("Cour nationale du droit d'asile", "ORG"),
        ("CNDA", "ORG"),
        ("Montreuil", "LOC"),
        ("Seine-Saint-Denis", "LOC"),
        ("Afghanistan", "LOC"),
        ("Guinée", "LOC"),
        ("Côte d'Ivoire", "LOC"),
        ("Soudan", "LOC"),
        ("Bastien MOREAU-LAGARDE", "PER"),
        ("Office français de l'immigration et de l'intégration", "ORG"),
        ("Ofii", "ORG"),
        ("France terre d'asile", "ORG"),
        ("Île-de-France", "LOC"),
        ("Inès Belkacem", "PER"),
        ("Belkacem", "PER"),
        ("Agence de l'Union européenne pour l'asile", "ORG"),
        ("AUEA", "ORG"),
        ("UE", "ORG"),
        ("Norvège", "LOC"),
        ("Suisse", "LOC"),
        ("France", "LOC"),
        ("Allemagne", "LOC"),
        ("Espagne", "LOC"),
        ("Émilie CHAUVEAU", "PER"),
    ],
    acronyms=[
        ("Ofpra", "all", ["Office français de protection des réfugiés et apatrides"]),
        ("CNDA", "all", ["Cour nationale du droit d'asile"]),
        ("Ofii", "all", ["Office français de l'immigration et de l'intégration"]),
        (
            "CADA",
            "all",
            ["centre d'accueil de demandeurs d'asile", "centre d'accueil pour demandeurs d'asile"],
        ),
        ("ADA", "all", ["allocation pour demandeur d'asile"]),
        ("AUEA", "all", ["Agence de l'Union européenne pour l'asile"]),
        ("UE", "all", None),
        ("OQTF", "all", ["obligation de quitter le territoire français"]),
        ("AFP", "all", None),
    ],
    ignore=[
        ("État",),
    ],
    not_acronyms=[
        ("MOREAU-LAGARDE",),
        ("Mme",),
        ("CHAUVEAU",),
    ],
)

# ==========================================================================
# 7. Maritime rescue: CROSS Gris-Nez, préfecture maritime, SNSM (URGENT)
# ==========================================================================
doc(
    id="team-sauvetage-manche",
    text="""URGENT
Manche: trois migrants meurent lors d'une tentative de traversée vers l'Angleterre

Boulogne-sur-Mer, 28 août 2025 (AFP) - Trois migrants, dont un enfant, sont morts dans la nuit de mercredi à jeudi lors d'une tentative de traversée de la Manche à bord d'une embarcation de fortune, au large de Wimereux (Pas-de-Calais), a annoncé jeudi la préfecture maritime de la Manche et de la mer du Nord.

Peu après 3h00, le CROSS Gris-Nez a été alerté de la présence d'un "small boat" en difficulté avec une soixantaine de personnes à bord. Un patrouilleur et un hélicoptère de la Marine nationale, ainsi que deux canots de la Société nationale de sauvetage en mer (SNSM) venus de Boulogne-sur-Mer et de Calais, ont été engagés dans les opérations de secours.

Cinquante-quatre personnes ont été récupérées et débarquées à Boulogne-sur-Mer, où elles ont été prises en charge par les pompiers et la police aux frontières (PAF). Trois personnes ont été retrouvées inconscientes et n'ont pu être réanimées, a précisé le Cross dans un communiqué. Une quatrième, hélitreuillée en état d'hypothermie sévère, était toujours hospitalisée jeudi midi.

"Les passeurs entassent toujours plus de personnes sur des embarcations de plus en plus fragiles", a déploré auprès de l'AFP le préfet du Pas-de-Calais, Laurent GUÉRIN, qui s'est rendu sur le port de Boulogne-sur-Mer dans la matinée.

Le parquet de Boulogne-sur-Mer a ouvert une enquête pour homicides involontaires et aide à l'entrée et au séjour irréguliers en bande organisée, confiée à la PAF.

Plus de 25.000 personnes ont rejoint les côtes britanniques à bord de ces embarcations depuis le 1er janvier, selon les chiffres du ministère de l'Intérieur britannique (Home Office). Au moins 50 personnes sont mortes en tentant de rejoindre le Royaume-Uni l'an dernier, selon la préfecture maritime (1).

![Des bénévoles de la SNSM ramènent des migrants au port de Boulogne-sur-Mer, le 28 août 2025](https://www.lavoixdunord.fr/images/2025/08/28/snsm-boulogne-afp.jpg)
Des bénévoles de la SNSM ramènent des migrants au port de Boulogne-sur-Mer, le 28 août 2025
Bernard MESNIL - AFP

(1) Bilan provisoire communiqué jeudi à 11h00 par la préfecture maritime de la Manche et de la mer du Nord, basée à Cherbourg.""",
    spans=[
        ("préfecture maritime de la Manche et de la mer du Nord", "ORG"),
        ("Manche", "LOC"),
        ("Angleterre", "LOC"),
        ("Boulogne-sur-Mer", "LOC"),
        ("AFP", "ORG"),
        ("Wimereux", "LOC"),
        ("Pas-de-Calais", "LOC"),
        ("CROSS Gris-Nez", "ORG"),
        ("Marine nationale", "ORG"),
        ("Société nationale de sauvetage en mer", "ORG"),
        ("SNSM", "ORG"),
        ("Calais", "LOC"),
        ("police aux frontières", "ORG"),
        ("PAF", "ORG"),
        ("Cross", "ORG"),
        ("Laurent GUÉRIN", "PER"),
        ("parquet de Boulogne-sur-Mer", "ORG"),
        ("ministère de l'Intérieur", "ORG"),
        ("Home Office", "ORG"),
        ("Royaume-Uni", "LOC"),
        ("Bernard MESNIL", "PER"),
        ("Cherbourg", "LOC"),
    ],
    acronyms=[
        ("CROSS", "all", None),
        ("Cross", "all", None),
        ("SNSM", "all", ["Société nationale de sauvetage en mer"]),
        ("PAF", "all", ["police aux frontières"]),
        ("AFP", "all", None),
    ],
    ignore=[
        ("URGENT",),
        ("préfet du Pas-de-Calais",),
        ("préfecture maritime", 1),
    ],
    not_acronyms=[
        ("URGENT",),
        ("GUÉRIN",),
        ("MESNIL",),
    ],
)

# ==========================================================================
# 8. EU bodies: Europol, Eurojust, Frontex, Parquet européen (AFP dispatch)
# ==========================================================================
doc(
    id="team-europol-passeurs",
    text="""Trafic de migrants: 38 interpellations dans sept pays de l'UE lors d'une opération coordonnée par Europol

La Haye, 11 septembre 2025 (AFP) - Trente-huit personnes soupçonnées d'appartenir à un réseau de passeurs opérant sur la route des Balkans ont été interpellées mardi en France, en Italie, en Bulgarie, en Grèce, en Autriche, en Allemagne et en Belgique, a annoncé jeudi Europol, l'agence de coopération policière de l'Union européenne (UE).

L'opération, préparée dans le cadre d'une équipe commune d'enquête (ECE) franco-italienne constituée avec l'appui d'Eurojust, a mobilisé plus de 900 policiers et gendarmes. En France, les interpellations ont eu lieu dans le Nord, en Île-de-France et dans les Alpes-Maritimes, notamment à Menton, près de la frontière italienne.

Selon Europol, le réseau, piloté depuis la Turquie, faisait venir des migrants du Pakistan et du Bangladesh par la Grèce et les Balkans, puis jusqu'en Italie et en France, moyennant 6.000 à 10.000 euros par personne. Les profits étaient blanchis au moyen d'un système de compensation informel de type "hawala".

L'Agence européenne de garde-frontières et de garde-côtes (Frontex), dont le siège est à Varsovie, a contribué à l'enquête en transmettant des informations recueillies lors de ses opérations en mer Égée. Les garde-côtes grecs, appuyés par Frontex, avaient intercepté en juin deux embarcations liées au réseau au large de Lesbos.

Une partie des fonds provenait par ailleurs d'une fraude à la TVA intracommunautaire, qui fait l'objet d'une enquête distincte du Parquet européen (EPPO, selon son sigle anglais), installé à Luxembourg.

"Ce type d'enquête montre que la coopération policière et judiciaire européenne fonctionne quand tous les États membres jouent le jeu", a déclaré à l'AFP un porte-parole d'Europol, Jan Verhoeven. Des demandes d'extradition visant quatre suspects arrêtés en Turquie sont en cours, a précisé la magistrate française détachée auprès d'Eurojust, Marie-Hélène de Verneuil.

![Le siège d'Europol à La Haye, aux Pays-Bas](https://www.dw.com/image/europol-den-haag-afp.jpg)
Le siège d'Europol à La Haye, aux Pays-Bas
Maarten VISSER - AFP""",
    spans=[
        ("UE", "ORG"),
        ("Europol", "ORG"),
        ("La Haye", "LOC"),
        ("AFP", "ORG"),
        ("Balkans", "LOC"),
        ("France", "LOC"),
        ("Italie", "LOC"),
        ("Bulgarie", "LOC"),
        ("Grèce", "LOC"),
        ("Autriche", "LOC"),
        ("Allemagne", "LOC"),
        ("Belgique", "LOC"),
        ("Union européenne", "ORG"),
        ("Eurojust", "ORG"),
        ("Nord", "LOC"),
        ("Île-de-France", "LOC"),
        ("Alpes-Maritimes", "LOC"),
        ("Menton", "LOC"),
        ("Turquie", "LOC"),
        ("Pakistan", "LOC"),
        ("Bangladesh", "LOC"),
        ("Agence européenne de garde-frontières et de garde-côtes", "ORG"),
        ("Frontex", "ORG"),
        ("Varsovie", "LOC"),
        ("mer Égée", "LOC"),
        ("Lesbos", "LOC"),
        ("Parquet européen", "ORG"),
        ("EPPO", "ORG"),
        ("Luxembourg", "LOC"),
        ("Jan Verhoeven", "PER"),
        ("Marie-Hélène de Verneuil", "PER"),
        ("Pays-Bas", "LOC"),
        ("Maarten VISSER", "PER"),
    ],
    acronyms=[
        ("UE", "all", ["Union européenne"]),
        ("Europol", "all", None),
        ("ECE", "all", ["équipe commune d'enquête"]),
        ("Eurojust", "all", None),
        ("Frontex", "all", ["Agence européenne de garde-frontières et de garde-côtes"]),
        ("TVA", "all", None),
        ("EPPO", "all", ["Parquet européen", "European Public Prosecutor's Office"]),
        ("AFP", "all", None),
    ],
    ignore=[
        ("États membres",),
    ],
    not_acronyms=[
        ("VISSER",),
    ],
)

# ==========================================================================
# 9. UN bodies: ONUDC, HCR, OIM (AFP dispatch)
# ==========================================================================
doc(
    id="team-onu-mediterranee",
    text="""Méditerranée centrale: l'ONU s'alarme d'une hausse des décès de migrants

Genève, 26 juin 2025 (AFP) - Au moins 1.450 migrants sont morts ou portés disparus en Méditerranée centrale depuis le début de l'année, ont annoncé jeudi le Haut-Commissariat des Nations unies pour les réfugiés (HCR) et l'Organisation internationale pour les migrations (OIM), qui appellent les États européens à renforcer les capacités de sauvetage en mer.

"Chaque naufrage est une tragédie évitable", a déclaré lors d'un point de presse à Genève une porte-parole du HCR, Ingrid Solberg. Selon l'OIM, la majorité des départs ont eu lieu depuis la Libye et la Tunisie, en particulier depuis la région de Sfax, et la plupart des embarcations tentaient de rejoindre l'île italienne de Lampedusa.

Le même jour, l'Office des Nations unies contre la drogue et le crime (ONUDC), basé à Vienne (Autriche), a publié un rapport consacré aux réseaux de passeurs opérant au Sahel. Selon l'ONUDC, les trafiquants tirent une part croissante de leurs revenus du racket des migrants, en particulier sur l'axe qui relie Agadez, au Niger, à la frontière libyenne.

"Les groupes criminels se diversifient: ils font passer des migrants, de l'or, des armes et de la drogue sur les mêmes routes", résume l'un des auteurs du rapport, Daniel Okafor.

Les ONG présentes en mer, dont Médecins sans frontières (MSF), dénoncent de leur côté les entraves administratives imposées à leurs navires par les autorités italiennes. "Nos équipes ont été bloquées à quai pendant 60 jours cette année", affirme MSF dans un communiqué.

Le HCR et l'OIM plaident pour un mécanisme européen de débarquement et de répartition des personnes secourues. Le pacte sur la migration et l'asile, adopté en 2024 par l'Union européenne, doit entrer en application en juin 2026.

Selon les chiffres de l'ONU, plus de 30.000 personnes sont mortes ou disparues en Méditerranée depuis 2014.

AFP / Genève (Suisse) / © 2025 AFP""",
    spans=[
        ("Méditerranée centrale", "LOC"),
        ("Méditerranée", "LOC"),
        ("ONU", "ORG"),
        ("Genève", "LOC"),
        ("AFP", "ORG"),
        ("Haut-Commissariat des Nations unies pour les réfugiés", "ORG"),
        ("HCR", "ORG"),
        ("Organisation internationale pour les migrations", "ORG"),
        ("OIM", "ORG"),
        ("Ingrid Solberg", "PER"),
        ("Libye", "LOC"),
        ("Tunisie", "LOC"),
        ("Sfax", "LOC"),
        ("Lampedusa", "LOC"),
        ("Office des Nations unies contre la drogue et le crime", "ORG"),
        ("ONUDC", "ORG"),
        ("Vienne", "LOC"),
        ("Autriche", "LOC"),
        ("Sahel", "LOC"),
        ("Agadez", "LOC"),
        ("Niger", "LOC"),
        ("Daniel Okafor", "PER"),
        ("Médecins sans frontières", "ORG"),
        ("MSF", "ORG"),
        ("Union européenne", "ORG"),
        ("Suisse", "LOC"),
    ],
    acronyms=[
        ("ONU", "all", None),
        ("HCR", "all", ["Haut-Commissariat des Nations unies pour les réfugiés"]),
        ("OIM", "all", ["Organisation internationale pour les migrations"]),
        ("ONUDC", "all", ["Office des Nations unies contre la drogue et le crime"]),
        ("ONG", "all", None),
        ("MSF", "all", ["Médecins sans frontières"]),
        ("AFP", "all", None),
    ],
    ignore=[
        ("États européens",),
    ],
    not_acronyms=[],
)

# ==========================================================================
# 10. Cybercrime: OFAC, ANSSI, Viginum (press release)
# ==========================================================================
doc(
    id="team-cyber-ofac",
    text="""MINISTÈRE DE L’INTÉRIEUR
COMMUNIQUÉ DE PRESSE
Paris, le 2 octobre 2025

Cyberattaque contre le conseil départemental du Morbihan : trois suspects interpellés par l’Office anti-cybercriminalité

Le ministre de l’Intérieur salue l’action des enquêteurs de l’Office anti-cybercriminalité (OFAC), qui ont interpellé le 30 septembre trois hommes âgés de 22 à 29 ans à Nantes, à Rennes et à Lyon. Ils sont soupçonnés d’avoir mené en mars l’attaque par rançongiciel qui avait paralysé pendant plus de trois semaines les services du conseil départemental du Morbihan.

Les investigations, conduites sous l’autorité du parquet de Paris, ont permis d’identifier les auteurs présumés grâce à l’analyse des adresses IP utilisées pour piloter l’attaque, dissimulées derrière plusieurs services de VPN. L’OFAC a bénéficié du concours de l’ANSSI, qui avait accompagné la collectivité dans la restauration de ses systèmes d’information, ainsi que de l’appui d’Europol.

Les suspects sont également mis en cause dans une série d’attaques par déni de service distribué (DDoS) visant les sites internet de plusieurs communes du Finistère et des Côtes-d’Armor. Ils ont été mis en examen et placés en détention provisoire.

Parallèlement, le service de vigilance et de protection contre les ingérences numériques étrangères (Viginum), rattaché au Secrétariat général de la défense et de la sécurité nationale (SGDSN), a mis en évidence une campagne coordonnée de faux comptes ayant amplifié sur les réseaux sociaux la diffusion des données volées. Selon Viginum, cette campagne présente les caractéristiques d’une opération d’ingérence numérique étrangère.

« Cette affaire montre que nos services savent remonter jusqu’aux auteurs, même lorsqu’ils se croient protégés par l’anonymat », a souligné la commissaire divisionnaire Agnès PELLERIN, cheffe de l’OFAC.

La Commission nationale de l’informatique et des libertés (CNIL) a été notifiée de la violation de données, qui concerne près de 40 000 usagers des services sociaux du département.

Les victimes de cyberattaques peuvent trouver assistance sur Cybermalveillance.gouv.fr.

Contact presse :
Ministère de l’Intérieur - Délégation à l’information et à la communication
Tél. : 01 49 27 38 28 - presse@interieur.gouv.fr""",
    spans=[
        ("Paris", "LOC"),
        ("conseil départemental du Morbihan", "ORG"),
        ("Office anti-cybercriminalité", "ORG"),
        ("OFAC", "ORG"),
        ("Nantes", "LOC"),
        ("Rennes", "LOC"),
        ("Lyon", "LOC"),
        ("parquet de Paris", "ORG"),
        ("ANSSI", "ORG"),
        ("Europol", "ORG"),
        ("Finistère", "LOC"),
        ("Côtes-d’Armor", "LOC"),
        ("service de vigilance et de protection contre les ingérences numériques étrangères", "ORG"),
        ("Viginum", "ORG"),
        ("Secrétariat général de la défense et de la sécurité nationale", "ORG"),
        ("SGDSN", "ORG"),
        ("Agnès PELLERIN", "PER"),
        ("Commission nationale de l’informatique et des libertés", "ORG"),
        ("CNIL", "ORG"),
        ("Ministère de l’Intérieur", "ORG"),
    ],
    acronyms=[
        ("OFAC", "all", ["Office anti-cybercriminalité"]),
        ("IP", "all", None),
        ("VPN", "all", None),
        ("ANSSI", "all", None),
        ("Europol", "all", None),
        ("DDoS", "all", ["déni de service distribué", "distributed denial of service"]),
        (
            "Viginum",
            "all",
            ["service de vigilance et de protection contre les ingérences numériques étrangères"],
        ),
        ("SGDSN", "all", ["Secrétariat général de la défense et de la sécurité nationale"]),
        (
            "CNIL",
            "all",
            [
                "Commission nationale de l’informatique et des libertés",
                "Commission nationale de l'informatique et des libertés",
            ],
        ),
    ],
    ignore=[
        ("MINISTÈRE DE L’INTÉRIEUR",),
        ("COMMUNIQUÉ DE PRESSE",),
        ("ministre de l’Intérieur",),
        ("Délégation à l’information et à la communication",),
    ],
    not_acronyms=[
        ("MINISTÈRE DE L’INTÉRIEUR",),
        ("COMMUNIQUÉ DE PRESSE",),
        ("PELLERIN",),
    ],
)

# ==========================================================================
# 11. Gendarmerie: GIGN, IRCGN (AFP dispatch)
# ==========================================================================
doc(
    id="team-gign-forcene",
    text="""Côte-d'Or: un forcené qui avait tiré sur des gendarmes interpellé par le GIGN

Dijon, 14 novembre 2025 (AFP) - Un homme de 52 ans, retranché depuis la veille dans sa maison de Vitteaux (Côte-d'Or) après avoir tiré sur des gendarmes, a été interpellé vendredi à l'aube sans faire de blessé par le Groupe d'intervention de la Gendarmerie nationale (GIGN), a annoncé le parquet de Dijon.

Jeudi en fin d'après-midi, l'homme avait ouvert le feu avec un fusil de chasse sur une patrouille du peloton de surveillance et d'intervention de la gendarmerie (PSIG) de Montbard, venue pour un différend de voisinage. Un gendarme avait été légèrement blessé à l'épaule. Le village avait été bouclé et la circulation interrompue sur la D905.

Les négociateurs du GIGN, arrivés de Satory (Yvelines) dans la soirée, ont tenté pendant plus de dix heures de renouer le dialogue. L'assaut a été donné vers 6h30, lorsque le forcené est sorti dans sa cour, a précisé lors d'une conférence de presse le procureur de la République de Dijon, Olivier MAZEAU. Selon M. Mazeau, le suspect était connu pour des menaces de mort proférées contre ses voisins.

"L'intervention a été conduite avec un sang-froid remarquable", a salué le général Christophe TESSIER, commandant de la région de gendarmerie de Bourgogne-Franche-Comté. Quatre armes longues et plus de 300 cartouches ont été découvertes au domicile du suspect.

Les experts de l'IRCGN, l'institut de recherche criminelle de la gendarmerie basé à Pontoise (Val-d'Oise), ont été dépêchés sur place pour les constatations balistiques et des prélèvements ADN. L'enquête pour "tentative de meurtre sur personne dépositaire de l'autorité publique" a été confiée à la section de recherches de Dijon.

Créé en 1974, le GIGN est intervenu plus de 400 fois l'an dernier, dont une centaine pour des situations de forcenés, selon la Gendarmerie nationale.

![Des militaires du GIGN à Vitteaux, en Côte-d'Or, le 14 novembre 2025](https://www.bienpublic.com/images/2025/11/14/gign-vitteaux-afp.jpg)
Des militaires du GIGN à Vitteaux, en Côte-d'Or, le 14 novembre 2025
Romain DUCHÊNE - AFP""",
    spans=[
        ("Côte-d'Or", "LOC"),
        ("GIGN", "ORG"),
        ("Dijon", "LOC"),
        ("AFP", "ORG"),
        ("Vitteaux", "LOC"),
        ("Groupe d'intervention de la Gendarmerie nationale", "ORG"),
        ("parquet de Dijon", "ORG"),
        ("peloton de surveillance et d'intervention de la gendarmerie", "ORG"),
        ("PSIG", "ORG"),
        ("Montbard", "LOC"),
        ("Satory", "LOC"),
        ("Yvelines", "LOC"),
        ("Olivier MAZEAU", "PER"),
        ("Mazeau", "PER"),
        ("Christophe TESSIER", "PER"),
        ("IRCGN", "ORG"),
        ("institut de recherche criminelle de la gendarmerie", "ORG"),
        ("Pontoise", "LOC"),
        ("Val-d'Oise", "LOC"),
        ("section de recherches de Dijon", "ORG"),
        ("Gendarmerie nationale", "ORG"),
        ("Romain DUCHÊNE", "PER"),
    ],
    acronyms=[
        ("GIGN", "all", ["Groupe d'intervention de la Gendarmerie nationale"]),
        ("PSIG", "all", ["peloton de surveillance et d'intervention de la gendarmerie"]),
        (
            "IRCGN",
            "all",
            [
                "institut de recherche criminelle de la gendarmerie",
                "Institut de recherche criminelle de la Gendarmerie nationale",
            ],
        ),
        ("ADN", "all", None),
        ("AFP", "all", None),
    ],
    ignore=[
        ("procureur de la République de Dijon",),
        ("commandant de la région de gendarmerie de Bourgogne-Franche-Comté",),
    ],
    not_acronyms=[
        ("D905",),
        ("MAZEAU",),
        ("M.",),
        ("TESSIER",),
        ("DUCHÊNE",),
    ],
)

# ==========================================================================
# 12. Money laundering / crypto-assets: AMF, ACPR (joint press release)
# ==========================================================================
doc(
    id="team-amf-acpr-crypto",
    text="""COMMUNIQUÉ DE PRESSE CONJOINT AMF – ACPR
Paris, le 20 novembre 2025

Crypto-actifs : l’AMF et l’ACPR mettent en garde le public contre la plateforme CryptaNova

L’Autorité des marchés financiers (AMF) et l’ACPR (Autorité de contrôle prudentiel et de résolution), adossée à la Banque de France, alertent le public sur les activités de la plateforme CryptaNova, qui propose en France des services d’achat et de conservation de crypto-actifs sans être enregistrée comme prestataire de services sur actifs numériques (PSAN) ni agréée au titre du règlement européen MiCA (Markets in Crypto-Assets).

Depuis le mois de juin, plus de 600 épargnants, principalement en Île-de-France, en Occitanie et en Provence-Alpes-Côte d’Azur, ont signalé des difficultés à récupérer leurs fonds. Les virements étaient demandés vers des comptes dont les IBAN renvoyaient à des établissements situés en Lituanie et à Malte, puis les sommes étaient converties en crypto-actifs.

Les contrôles menés par l’ACPR auprès de deux établissements de paiement partenaires de la plateforme ont révélé des manquements graves à leurs obligations de lutte contre le blanchiment de capitaux et le financement du terrorisme (LCB-FT). Des procédures disciplinaires ont été engagées.

« Aucun acteur ne peut proposer des services sur crypto-actifs en France sans autorisation. Des rendements garantis de 15 % par mois sont le signe d’une escroquerie », rappelle M. Stéphane GRIMAUD, directeur des relations avec les épargnants de l’AMF.

Les éléments recueillis ont été transmis au parquet de Paris ainsi qu’à Tracfin. L’AMF a par ailleurs demandé le blocage du site de CryptaNova, dont les adresses changent régulièrement.

Les autorités rappellent que la liste des PSAN enregistrés et des prestataires agréés au titre de MiCA est disponible sur le site de l’AMF. Avant tout investissement, les épargnants peuvent consulter les listes noires publiées par l’AMF et l’ACPR.

![Capture d’écran de la page d’accueil de la plateforme CryptaNova](https://www.amf-france.org/sites/default/files/2025-11/cryptanova-capture.png)

https://www.amf-france.org
https://acpr.banque-france.fr

Contacts presse :
AMF - Direction de la communication - Tél. : 01 53 45 60 28
ACPR - Direction de la communication - Tél. : 01 42 92 39 00""",
    spans=[
        ("Paris", "LOC"),
        ("AMF", "ORG"),
        ("ACPR", "ORG"),
        ("CryptaNova", "ORG"),
        ("Autorité des marchés financiers", "ORG"),
        ("Autorité de contrôle prudentiel et de résolution", "ORG"),
        ("Banque de France", "ORG"),
        ("France", "LOC"),
        ("Île-de-France", "LOC"),
        ("Occitanie", "LOC"),
        ("Provence-Alpes-Côte d’Azur", "LOC"),
        ("Lituanie", "LOC"),
        ("Malte", "LOC"),
        ("Stéphane GRIMAUD", "PER"),
        ("parquet de Paris", "ORG"),
        ("Tracfin", "ORG"),
    ],
    acronyms=[
        ("AMF", "all", ["Autorité des marchés financiers"]),
        ("ACPR", "all", ["Autorité de contrôle prudentiel et de résolution"]),
        (
            "PSAN",
            "all",
            [
                "prestataire de services sur actifs numériques",
                "prestataires de services sur actifs numériques",
            ],
        ),
        ("MiCA", "all", ["Markets in Crypto-Assets"]),
        ("IBAN", "all", None),
        ("LCB-FT", "all", ["lutte contre le blanchiment de capitaux et le financement du terrorisme"]),
        ("Tracfin", "all", None),
    ],
    ignore=[
        ("COMMUNIQUÉ DE PRESSE CONJOINT AMF – ACPR",),
        ("Direction de la communication",),
    ],
    not_acronyms=[
        ("COMMUNIQUÉ DE PRESSE CONJOINT",),
        ("M.",),
        ("GRIMAUD",),
        ("CryptaNova",),
    ],
)

# ==========================================================================
# 13. Court decisions: Cour de cassation, Conseil d'État (AFP dispatch)
# ==========================================================================
doc(
    id="team-cassation-conseil-etat",
    text="""Géolocalisation, repas aux migrants: la Cour de cassation et le Conseil d'État tranchent

Paris, 5 décembre 2025 (AFP) - La Cour de cassation a rejeté mercredi les pourvois de trois hommes condamnés pour trafic de stupéfiants, qui contestaient la géolocalisation en temps réel de leurs véhicules pendant plus de deux mois, validant une technique d'enquête très utilisée par les policiers.

Dans cet arrêt (n° 24-83.517), la chambre criminelle estime que la mesure, autorisée puis prolongée par un juge des libertés et de la détention, était "proportionnée à la gravité des faits", conformément à la jurisprudence de la Cour européenne des droits de l'homme (CEDH). Les trois hommes avaient été condamnés en 2024 par la cour d'appel de Douai à des peines de six à neuf ans d'emprisonnement.

Leur avocat, Me Hugo Castaing, invoquait notamment un arrêt de la Cour de justice de l'Union européenne (CJUE) sur l'accès aux données de connexion. "Nous allons saisir la CEDH", a-t-il annoncé à l'AFP.

Le même jour, le Conseil d'État a suspendu en référé un arrêté du préfet des Alpes-Maritimes interdisant les distributions de repas aux personnes migrantes dans le centre de Nice. Saisi par plusieurs associations, dont la Ligue des droits de l'homme (LDH), le juge des référés a estimé que l'arrêté portait "une atteinte grave et manifestement illégale" à la liberté d'aller et venir et à la dignité humaine, au sens de l'article L. 521-2 du code de justice administrative.

Le tribunal administratif (de Nice, ndlr) avait rejeté leur requête le mois dernier. La préfecture a indiqué "prendre acte" de la décision.

Enfin, le Conseil d'État a transmis au Conseil constitutionnel une question prioritaire de constitutionnalité (QPC) portant sur plusieurs dispositions du livre VII du Ceseda (code de l'entrée et du séjour des étrangers et du droit d'asile) relatives à la rétention administrative. Les Sages disposent de trois mois pour se prononcer.

AFP / Paris (France) / © 2025 AFP""",
    spans=[
        ("Cour de cassation", "ORG"),
        ("Conseil d'État", "ORG"),
        ("Paris", "LOC"),
        ("AFP", "ORG"),
        ("Cour européenne des droits de l'homme", "ORG"),
        ("CEDH", "ORG"),
        ("cour d'appel de Douai", "ORG"),
        ("Hugo Castaing", "PER"),
        ("Cour de justice de l'Union européenne", "ORG"),
        ("CJUE", "ORG"),
        ("Nice", "LOC"),
        ("Ligue des droits de l'homme", "ORG"),
        ("LDH", "ORG"),
        ("Conseil constitutionnel", "ORG"),
        ("France", "LOC"),
    ],
    acronyms=[
        ("CEDH", "all", ["Cour européenne des droits de l'homme"]),
        ("CJUE", "all", ["Cour de justice de l'Union européenne"]),
        ("LDH", "all", ["Ligue des droits de l'homme"]),
        ("QPC", "all", ["question prioritaire de constitutionnalité"]),
        ("Ceseda", "all", ["code de l'entrée et du séjour des étrangers et du droit d'asile"]),
        ("AFP", "all", None),
    ],
    ignore=[
        ("préfet des Alpes-Maritimes",),
        ("préfecture",),
        ("Sages",),
    ],
    not_acronyms=[
        ("Me",),
        ("L.",),
        ("VII",),
    ],
)

# ==========================================================================
# 14. Regional prefecture: CODAF operation in Seine-Maritime (press release)
# ==========================================================================
doc(
    id="team-prefecture-codaf",
    text="""PRÉFET DE LA RÉGION NORMANDIE
Liberté
Égalité
Fraternité

COMMUNIQUÉ DE PRESSE
Rouen, le 12 décembre 2025

Travail illégal et blanchiment : opération d’ampleur du CODAF de la Seine-Maritime à Rouen, Dieppe et Elbeuf

Sous l’autorité conjointe du préfet de la région Normandie, préfet de la Seine-Maritime, et du procureur de la République près le tribunal judiciaire de Rouen, le comité opérationnel départemental anti-fraude (CODAF) a conduit le 10 décembre une opération de contrôle visant 23 commerces (épiceries de nuit, salons de coiffure, ongleries, stations de lavage) à Rouen, Dieppe et Elbeuf.

Près de 120 agents y ont participé : policiers, gendarmes, agents de la direction régionale des douanes de Rouen, de l’Urssaf Normandie, de la CAF de la Seine-Maritime, de la direction départementale de l’emploi, du travail et des solidarités (DDETS) et de la DDPP.

Bilan de l’opération :
- 14 procès-verbaux dressés pour travail dissimulé ;
- 4 fermetures administratives prononcées ou en cours ;
- 38 000 euros en espèces et 2 véhicules saisis ;
- 6 personnes en situation irrégulière, dont 3 faisant déjà l’objet d’une OQTF.

« Derrière certains de ces commerces se cachent des circuits de blanchiment de l’argent du trafic de stupéfiants. L’État sera intraitable », a déclaré le préfet, Jean-Benoît ROUSSEAU, lors d’un point presse à Elbeuf (Seine-Maritime).

Des contrôles conduits avec l’ARS Normandie dans deux ongleries ont mis en évidence l’utilisation de produits interdits. La DDPP a par ailleurs saisi 300 kilos de denrées impropres à la consommation dans une épicerie de Dieppe.

Une nouvelle opération est prévue au premier trimestre 2026 dans l’Eure, notamment à Évreux et à Vernon, ainsi que sur les aires de service de l’autoroute A13.

![Contrôle d’une épicerie de nuit à Rouen par les services du CODAF](https://www.seine-maritime.gouv.fr/var/ide_site/storage/images/actualites/controle-codaf-rouen.jpg)

Contact presse :
Préfecture de la Seine-Maritime - Service départemental de la communication interministérielle
Tél. : 02 32 76 50 14 - pref-communication@seine-maritime.gouv.fr
www.seine-maritime.gouv.fr""",
    spans=[
        ("Rouen", "LOC"),
        ("CODAF de la Seine-Maritime", "ORG"),
        ("Seine-Maritime", "LOC"),
        ("Dieppe", "LOC"),
        ("Elbeuf", "LOC"),
        ("tribunal judiciaire de Rouen", "ORG"),
        ("comité opérationnel départemental anti-fraude", "ORG"),
        ("CODAF", "ORG"),
        ("direction régionale des douanes de Rouen", "ORG"),
        ("Urssaf Normandie", "ORG"),
        ("CAF de la Seine-Maritime", "ORG"),
        ("direction départementale de l’emploi, du travail et des solidarités", "ORG"),
        ("DDETS", "ORG"),
        ("DDPP", "ORG"),
        ("Jean-Benoît ROUSSEAU", "PER"),
        ("ARS Normandie", "ORG"),
        ("Eure", "LOC"),
        ("Évreux", "LOC"),
        ("Vernon", "LOC"),
        ("Préfecture de la Seine-Maritime", "ORG"),
    ],
    acronyms=[
        ("CODAF", "all", ["comité opérationnel départemental anti-fraude"]),
        ("Urssaf", "all", None),
        ("CAF", "all", None),
        (
            "DDETS",
            "all",
            [
                "direction départementale de l’emploi, du travail et des solidarités",
                "direction départementale de l'emploi, du travail et des solidarités",
            ],
        ),
        ("DDPP", "all", None),
        ("OQTF", "all", None),
        ("ARS", "all", None),
    ],
    ignore=[
        ("PRÉFET DE LA RÉGION NORMANDIE",),
        ("Liberté\nÉgalité\nFraternité",),
        ("COMMUNIQUÉ DE PRESSE",),
        ("préfet de la région Normandie, préfet de la Seine-Maritime",),
        ("procureur de la République",),
        ("État",),
        ("Service départemental de la communication interministérielle",),
    ],
    not_acronyms=[
        ("PRÉFET DE LA RÉGION NORMANDIE",),
        ("COMMUNIQUÉ DE PRESSE",),
        ("ROUSSEAU",),
        ("A13",),
    ],
)


# ==========================================================================
# Offset computation and checks
# ==========================================================================
ZONE_RES = [
    re.compile(r"https?://[^\s)\]]+"),  # URLs
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),  # e-mail addresses
    re.compile(r"(?<![\w@/.-])(?:[\w-]+\.)+(?:fr|com|eu|org|int|net)\b"),  # bare domain names
    re.compile(r"[\w-]+\.(?:jpe?g|png|gif|pdf|docx?)\b", re.I),  # file names
]


class GoldError(Exception):
    pass


def zones_of(text):
    return [(m.start(), m.end()) for r in ZONE_RES for m in r.finditer(text)]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def boundary_ok(text, i, j):
    def wordy(c):
        return c.isalnum() or c in "-_"

    return not (i > 0 and wordy(text[i - 1])) and not (j < len(text) and wordy(text[j]))


def eligible(text, surface, zones):
    out, i = [], text.find(surface)
    while i != -1:
        j = i + len(surface)
        if boundary_ok(text, i, j) and not any(overlaps((i, j), z) for z in zones):
            out.append((i, j))
        i = text.find(surface, i + 1)
    return out


def select(did, text, surface, occ, zones):
    occs = eligible(text, surface, zones)
    if not occs:
        raise GoldError(f"{did}: {surface!r} not found (outside URLs, on word boundaries)")
    if occ == "all":
        return occs
    idx = [occ] if isinstance(occ, int) else list(occ)
    for n in idx:
        if not 0 <= n < len(occs):
            raise GoldError(f"{did}: {surface!r} occurrence {n} out of range ({len(occs)} found)")
    return [occs[n] for n in idx]


def expansions_for(surface, given):
    exps = list(given) if given else list(EXP.get(surface.casefold(), []))
    if given:  # a document definition first, then the official form if it differs
        exps += EXP.get(surface.casefold(), [])
    seen, out = set(), []
    for e in exps:
        if e not in seen:
            seen.add(e)
            out.append(e)
    return out


def acronym_like(tok):
    caps_run = any(a.isupper() and b.isupper() for a, b in zip(tok, tok[1:]))
    letter_digit = any(c.isupper() for c in tok) and any(c.isdigit() for c in tok)
    return caps_run or letter_digit or tok.casefold() in TITLECASE_ACRONYMS


def build(d, lengths=LENGTHS["team"]):
    did, text = d["id"], d["text"]
    if text != text.strip() or "\r" in text:
        raise GoldError(f"{did}: text must be stripped, LF line ends")
    if not lengths[0] <= len(text) <= lengths[1]:
        raise GoldError(f"{did}: length {len(text)} outside {lengths[0]}-{lengths[1]}")
    zones = zones_of(text)

    def spec(t, default_occ="all"):
        surface = t[0]
        occ = t[1] if len(t) > 1 else default_occ
        return surface, occ

    # ignored regions (may overlap each other)
    ignore = []
    for t in d["ignore"]:
        surface, occ = spec(t)
        ignore += select(did, text, surface, occ, zones)
    ignore = sorted(set(ignore))

    # entity spans: explicit selectors first, then "all" by decreasing length
    placed = []
    specs = []
    for t in d["spans"]:
        surface, label = t[0], t[1]
        occ = t[2] if len(t) > 2 else "all"
        if label not in LABELS:
            raise GoldError(f"{did}: bad label {label}")
        specs.append((surface, label, occ))
    for surface, label, occ in [s for s in specs if s[2] != "all"]:
        for i, j in select(did, text, surface, occ, zones):
            for p in placed:
                if overlaps((i, j), p):
                    raise GoldError(f"{did}: span {surface!r}@{i} overlaps {text[p[0] : p[1]]!r}")
            for g in ignore:
                if overlaps((i, j), g):
                    raise GoldError(f"{did}: span {surface!r}@{i} overlaps ignored {text[g[0] : g[1]]!r}")
            placed.append((i, j, label))
    for surface, label, occ in sorted([s for s in specs if s[2] == "all"], key=lambda s: -len(s[0])):
        n = 0
        for i, j in select(did, text, surface, occ, zones):
            if any(overlaps((i, j), p) for p in placed) or any(overlaps((i, j), g) for g in ignore):
                continue
            placed.append((i, j, label))
            n += 1
        if n == 0:
            raise GoldError(f"{did}: span {surface!r} ({label}) placed nowhere")
    placed.sort()
    for a, b in zip(placed, placed[1:]):
        if overlaps(a, b):
            raise GoldError(f"{did}: overlapping spans {a} {b}")

    # acronyms
    acr = []
    for t in d["acronyms"]:
        surface, occ = t[0], t[1] if len(t) > 1 else "all"
        given = t[2] if len(t) > 2 else None
        exps = expansions_for(surface, given)
        for i, j in select(did, text, surface, occ, zones):
            acr.append({"start": i, "end": j, "text": surface, "expansions": exps})
    acr.sort(key=lambda a: a["start"])
    for a, b in zip(acr, acr[1:]):
        if overlaps((a["start"], a["end"]), (b["start"], b["end"])):
            raise GoldError(f"{did}: overlapping acronyms {a['text']} {b['text']}")
    for a in acr:
        if text[a["start"] : a["end"]] != a["text"]:
            raise GoldError(f"{did}: acronym text mismatch at {a['start']}")
        if not all(isinstance(e, str) and e for e in a["expansions"]):
            raise GoldError(f"{did}: bad expansions for {a['text']}")

    # not acronyms
    nac = []
    for t in d["not_acronyms"]:
        surface, occ = spec(t)
        for i, j in select(did, text, surface, occ, zones):
            nac.append({"start": i, "end": j, "text": surface})
    nac.sort(key=lambda a: a["start"])
    for a in nac:
        for b in acr:
            if overlaps((a["start"], a["end"]), (b["start"], b["end"])):
                raise GoldError(f"{did}: {a['text']!r} is both an acronym and a not-acronym")

    # lint: every acronym-looking token outside URLs is listed one way or the other
    covered = [(a["start"], a["end"]) for a in acr] + [(a["start"], a["end"]) for a in nac]
    for m in re.finditer(r"[^\W_]+", text):
        r = (m.start(), m.end())
        if any(overlaps(r, z) for z in zones) or not acronym_like(m.group()):
            continue
        if not any(overlaps(r, c) for c in covered):
            raise GoldError(
                f"{did}: acronym-like token {m.group()!r}@{m.start()} is neither "
                f"in acronyms nor in not_acronyms"
            )

    for s in placed:
        assert text[s[0] : s[1]].strip() == text[s[0] : s[1]], (did, s)

    return {
        "id": did,
        "text": text,
        "spans": [{"start": i, "end": j, "label": l} for i, j, l in placed],
        "acronyms": acr,
        "ignore": [{"start": i, "end": j} for i, j in ignore],
        "not_acronyms": nac,
    }


def render(rec):
    """The text with spans [LABEL ...], acronyms {...} and ignored <...> inlined."""
    text = rec["text"]
    marks = []
    for s in rec["spans"]:
        marks.append((s["start"], 1, "[" + s["label"] + " "))
        marks.append((s["end"], 0, "]"))
    for a in rec["acronyms"]:
        marks.append((a["start"], 2, "{"))
        marks.append((a["end"], -1, "}"))
    for g in rec["ignore"]:
        marks.append((g["start"], 0, "<"))
        marks.append((g["end"], 1, ">"))
    out, pos = [], 0
    for off, _, m in sorted(marks, key=lambda x: (x[0], x[1])):
        out.append(text[pos:off])
        out.append(m)
        pos = off
    out.append(text[pos:])
    return "".join(out)


def uncovered_capitalised(rec):
    text = rec["text"]
    zones = zones_of(text)
    cov = (
        [(s["start"], s["end"]) for s in rec["spans"]]
        + [(g["start"], g["end"]) for g in rec["ignore"]]
        + [(a["start"], a["end"]) for a in rec["acronyms"]]
        + [(a["start"], a["end"]) for a in rec["not_acronyms"]]
    )
    words = []
    for m in re.finditer(r"[^\W\d_]+", text):
        r = (m.start(), m.end())
        if (
            m.group()[0].isupper()
            and not any(overlaps(r, z) for z in zones)
            and not any(overlaps(r, c) for c in cov)
        ):
            words.append(m.group())
    return sorted(set(words))


def module_docs(which, only=None):
    """The documents of the modules of set ``which`` (or of its module ``only``), expansions and spellings merged in."""
    docs = []
    folder = MODULE_SETS[which][0]
    for path in sorted(folder.glob(f"{only or '*'}.py")):
        spec = importlib.util.spec_from_file_location(f"{folder.name}_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for key, values in getattr(module, "EXP", {}).items():
            if key != key.casefold():
                raise GoldError(f"{path.name}: EXP key {key!r} must be case-folded")
            if key in EXP and EXP[key] != values:
                raise GoldError(f"{path.name}: EXP[{key!r}] disagrees with another set")
            EXP[key] = values
        TITLECASE_ACRONYMS.update(getattr(module, "TITLECASE_ACRONYMS", ()))
        docs += module.DOCS
    return docs


def main(argv):
    which = argv[argv.index("--set") + 1] if "--set" in argv else "team"
    if which not in LENGTHS:
        raise GoldError(f"unknown set {which!r}: team, {', '.join(MODULE_SETS)}")
    only = argv[argv.index("--module") + 1] if "--module" in argv else None
    docs = DOCS if which == "team" else module_docs(which, only)
    out = OUT if which == "team" else MODULE_SETS[which][1]
    if "--out" in argv:
        out = Path(argv[argv.index("--out") + 1])
    ids = [d["id"] for d in docs]
    if len(ids) != len(set(ids)):
        raise GoldError("duplicate ids")
    recs = [build(d, LENGTHS[which]) for d in docs]
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--show" in argv:
        for r in recs:
            print("=" * 20, r["id"], len(r["text"]), "chars")
            print(render(r))
            print("-- capitalised words outside any annotation:", ", ".join(uncovered_capitalised(r)))
    counts = {l: sum(1 for r in recs for s in r["spans"] if s["label"] == l) for l in sorted(LABELS)}
    n_acr = sum(len(r["acronyms"]) for r in recs)
    n_noexp = sum(1 for r in recs for a in r["acronyms"] if not a["expansions"])
    print(
        f"wrote {out} : {len(recs)} documents, spans {counts}, "
        f"acronyms {n_acr} ({n_acr - n_noexp} with expansions, {n_noexp} without)"
    )


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except GoldError as e:
        sys.exit(f"make_gold: {e}")
