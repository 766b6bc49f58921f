"""Blind gold texts: two reports as extracted from PDF (a chambre régionale des comptes report on a
spa town's thermal baths, the annual report of a European regional programme), a volunteers'
group chat in lower case, and a health agency's alert on cyanobacteria.

Written for seedner and annotated by hand, per ../shared/gold/GUIDELINES.md and the conventions
of tests/data/gold/README.md, scripts/gold_everyday/ and scripts/gold_holdout/, before seedner was
run on any of them. Agencies, bodies, associations and places are real, with their official
names; all people, companies, figures and quotes are fictional.

Typography as in the holdout modules: ``_fr()`` puts the no-break spaces in the text and in every
surface, except in the chat (``typo=False``), typed with plain spaces, straight apostrophes and
mostly without accents.

Conventions decided here, on top of the README and the everyday and holdout modules:
- PDF extractions: hard wraps and hyphenations as in the everyday reports (one span with its
  ``-\\n`` or ``\\n``, also when the break falls on the hyphen of a compound: ``Puy-de-\\nDôme``,
  ``Petite-\\nRosselle``); tables flattened into cells separated by several spaces or ``|``;
  running headers and footers that name a body are annotated; ``COMMUNE DU MONT-DORE`` gives
  ``MONT-DORE`` as a LOC, as ``COMMUNE DE X`` in the minutes of judgments_acts.py;
- ``société publique locale (SPL) Sancy Thermes`` names the company ``Sancy Thermes``; ``SPL
  Sancy Thermes`` keeps its legal form (as ``SAS …`` in judgments); ``la SPL`` and ``la chambre``
  alone are anaphoric short names: ignored; ``l’assurance maladie`` is generic: ignored;
- a European programme or fund that holds a place (``Programme régional FEDER et FTJ Grand Est
  2021-2027``), a national programme (``Territoires d’industrie``) and a cross-border cooperation
  area (``Grande Région``) are ignored; a fund alone (``Fonds pour une transition juste``) carries
  no span; its acronym is listed; an organisation name ending in ``+`` (``Grand E-nov+``) keeps it;
- the chat: lower-case names, bodies, places and acronyms are annotated as written (``cd29``,
  ``cpam du finistere``, ``pont-l'abbe``); ``cd29`` (conseil départemental du Finistère) is one
  ORG span and one acronym mention; ``la prefecture``, ``le departement`` and ``la mjd`` (no
  town) are generic: ignored, ``mjd`` still listed; ``ag`` (assemblée générale) is an acronym;
  rooms and community halls are facilities: ignored; nicknames of an association
  (``secours pop``) are ORG;
- the alert: a beach or lake named after its town (``plage de Montjean-sur-Loire``) gives the town
  as a LOC; ``lac de Maine`` is a natural place: LOC; ``maires d’Angers, de …`` is a role: ignored.
"""

from functools import partial

from gold_text import document, expansions, french_typography

_OFF = {
    "ag": ["assemblée générale"],
    "anct": ["Agence nationale de la cohésion des territoires"],
    "anef": ["Administration numérique pour les étrangers en France"],
    "anses": [
        "Agence nationale de sécurité sanitaire de l'alimentation, de l'environnement et du travail",
    ],
    "apl": ["aide personnalisée au logement"],
    "cci": ["chambre de commerce et d'industrie"],
    "cd29": ["conseil départemental du Finistère", "conseil départemental"],
    "cicc": ["Commission interministérielle de coordination des contrôles"],
    "cneth": ["Conseil national des établissements thermaux"],
    "cpam": ["caisse primaire d'assurance maladie"],
    "crc": ["chambre régionale des comptes"],
    "dg": ["direction générale", "Directorate-General"],
    "dreal": ["direction régionale de l'environnement, de l'aménagement et du logement"],
    "ebe": ["excédent brut d'exploitation"],
    "epfge": ["Établissement public foncier de Grand Est"],
    "etp": ["équivalent temps plein", "équivalents temps plein"],
    "feder": ["Fonds européen de développement régional"],
    "ftj": ["Fonds pour une transition juste"],
    "ht": ["hors taxes"],
    "mjd": ["maison de justice et du droit"],
    "msa": ["Mutualité sociale agricole"],
    "ofb": ["Office français de la biodiversité"],
    "pme": ["petites et moyennes entreprises", "petite et moyenne entreprise"],
    "regio": ["Regional and Urban Policy", "politique régionale et urbaine"],
    "rsa": ["revenu de solidarité active"],
    "slal": ["Syndicat Layon Aubance Louets"],
    "spl": ["société publique locale"],
}


_x = partial(expansions, _OFF)


_fr = french_typography


_doc = document


TITLECASE_ACRONYMS = {"caf", "anses"}

DOCS = [
    # ======================================================================
    # 1. Chambre régionale des comptes Auvergne-Rhône-Alpes: final observations on Le Mont-Dore,
    #    thermal baths run by an SPL; PDF extraction with hard wraps, hyphenation, a table
    #    flattened with spaces, running header and footer (curly apostrophes).
    # ======================================================================
    _doc(
        id="blind-rapport-crc-mont-dore-thermes",
        text="""COMMUNE DU MONT-DORE – RAPPORT D’OBSERVATIONS DÉFINITIVES

3.2 L’exploitation de l’établissement thermal

Depuis le 1er janvier 2019, l’établissement thermal, propriété de la commune,
est exploité par la société publique locale (SPL) Sancy Thermes, dont la com-
mune détient 71 % du capital aux côtés de la communauté de communes du
Massif du Sancy (24 %) et de la commune de La Bourboule (5 %). Le contrat de
concession, conclu pour quinze ans, prévoit une redevance annuelle fixe de
180 000 € HT et une part variable assise sur le chiffre d’affaires.

La fréquentation est passée de 11 240 curistes en 2019 à 6 870 en 2020, avant de
remonter à 9 915 en 2024, un niveau inférieur de 12 % à celui d’avant la crise sa-
nitaire. Les cures conventionnées, prises en charge par l’assurance maladie, re-
présentent 93 % du chiffre d’affaires ; la caisse primaire d’assurance maladie
(CPAM) du Puy-de-Dôme a relevé en 2023 des anomalies de facturation sur 4 %
des dossiers contrôlés.

Tableau n° 6 : principaux indicateurs de la SPL Sancy Thermes (en k€)

Exercice                        2021      2022      2023      2024
Chiffre d’affaires              5 412     6 380     6 702     6 955
Excédent brut d’exploitation    214       402       365       298
(EBE)
Redevance versée                210       236       241       247
Effectif (ETP)                  58        66        67        64

Source : CRC, d’après les comptes de la SPL et les données de la DGFiP

La chambre observe que l’EBE ne couvre plus, depuis 2023, les dotations aux amor-
tissements des travaux de rénovation des thermes, financés à hauteur de 4,6 M€
par la Région Auvergne-Rhône-Alpes, de 1,2 M€ par le Département du Puy-de-
Dôme et par un emprunt de 3 M€ auprès de la Banque des Territoires. Le direc-
teur général de la SPL, M. Frédéric Chassaing, impute en réponse la dégradation
à la hausse du prix de l’énergie. La chambre relève toutefois que ni le conseil
d’administration de la SPL ni le conseil municipal n’ont été informés des ave-
nants nos 2 et 3 au contrat.

L’Agence régionale de santé (ARS) Auvergne-Rhône-Alpes a renouvelé en 2022
l’autorisation d’exploiter les sources, après avis de l’Académie nationale de mé-
decine. Le Conseil national des établissements thermaux (CNETh) relève, dans
son baromètre 2024, que les stations du Massif central ont retrouvé plus lente-
ment que les autres leur fréquentation d’avant 2020.

Recommandation n° 5 : conclure un avenant fixant une trajectoire de redevance
soutenable et en informer le conseil municipal (commune, SPL, 2026).

                                                                           17
Chambre régionale des comptes Auvergne-Rhône-Alpes""",
        spans=[
            ("MONT-DORE", "LOC"),
            ("SPL Sancy Thermes", "ORG"),
            ("Sancy Thermes", "ORG"),
            ("communauté de communes du\nMassif du Sancy", "ORG"),
            ("La Bourboule", "LOC"),
            ("caisse primaire d’assurance maladie", "ORG"),
            ("CPAM", "ORG"),
            ("Puy-de-Dôme", "LOC"),
            ("CRC", "ORG"),
            ("DGFiP", "ORG"),
            ("Région Auvergne-Rhône-Alpes", "ORG"),
            ("Département du Puy-de-\nDôme", "ORG"),
            ("Banque des Territoires", "ORG"),
            ("Frédéric Chassaing", "PER"),
            ("Agence régionale de santé", "ORG"),
            ("ARS", "ORG"),
            ("Auvergne-Rhône-Alpes", "LOC"),
            ("Académie nationale de mé-\ndecine", "ORG"),
            ("Conseil national des établissements thermaux", "ORG"),
            ("CNETh", "ORG"),
            ("Massif central", "LOC"),
            ("Chambre régionale des comptes Auvergne-Rhône-Alpes", "ORG"),
        ],
        acronyms=[
            ("SPL", "all", _x("SPL", "société publique locale")),
            ("HT", "all", _x("HT")),
            ("CPAM", "all", _x("CPAM", "caisse primaire d’assurance maladie")),
            ("EBE", "all", _x("EBE", "Excédent brut d’exploitation")),
            ("ETP", "all", _x("ETP")),
            ("CRC", "all", _x("CRC")),
            ("DGFiP", "all", None),
            ("ARS", "all", None),
            ("CNETh", "all", _x("CNETh", "Conseil national des établissements thermaux")),
        ],
        ignore=[
            ("RAPPORT D’OBSERVATIONS DÉFINITIVES",),
            ("assurance maladie", 0),
            ("SPL", [2, 4, 5]),
            ("La chambre",),
            ("direc-\nteur général de la SPL",),
        ],
        not_acronyms=[
            ("COMMUNE DU MONT-DORE – RAPPORT D’OBSERVATIONS DÉFINITIVES",),
            ("M.",),
        ],
    ),
    # ======================================================================
    # 2. Annual report of a European regional programme (Région Grand Est), just transition
    #    fund in Moselle-Est; PDF extraction, table with " | ", footnote, running header and
    #    footer (curly apostrophes).
    # ======================================================================
    _doc(
        id="blind-rapport-feder-ftj-grand-est",
        text="""Programme régional FEDER et FTJ Grand Est 2021-2027 – Rapport annuel 2024       9

2.3 Priorité 4 : Fonds pour une transition juste (FTJ)

Le FTJ, doté de 163,6 M€ pour le Grand Est, concentre son intervention sur
la Moselle-Est, marquée par l’arrêt de la centrale à charbon Émile-Huchet de
Saint-Avold et la reconversion de l’ancien bassin houiller. Fin 2024, 47 opéra-
tions avaient été programmées pour un coût total de 78,2 M€, dont 36,9 M€ de
crédits européens.

L’autorité de gestion, la Région Grand Est, s’appuie pour l’instruction des
dossiers sur l’agence régionale d’innovation Grand E-nov+ et sur la Communau-
té d’agglomération Saint-Avold Synergie. Parmi les opérations emblématiques
figurent la plateforme de formation aux métiers de l’hydrogène portée par l’Uni-
versité de Lorraine à Forbach et la dépollution du carreau Wendel, à Petite-
Rosselle, conduite par l’Établissement public foncier de Grand Est (EPFGE).

Tableau 5 – Avancement de la priorité 4 par type d’action (en M€)
Type d’action | Coût total programmé | dont FTJ | Payé au 31/12
Formation et reconversion | 21,4 | 10,3 | 6,2
Friches et foncier | 33,9 | 15,8 | 4,1
Innovation et PME | 14,6 | 7,1 | 2,9
Mobilités décarbonées | 8,3 | 3,7 | 0,0
Total | 78,2 | 36,9 | 13,2

Le rythme des paiements reste lent : 13,2 M€ seulement avaient été versés aux
bénéficiaires au 31 décembre, ce qui fait peser un risque de dégagement d’of-
fice en 2026. La Commission européenne (DG REGIO) a demandé en octobre un
plan d’accélération, présenté au comité de suivi du 28 novembre à Metz.

Côté contrôles, la Commission interministérielle de coordination des contrô-
les (CICC), autorité d’audit, a relevé un taux d’erreur de 1,7 % sur l’échantil-
lon 2023-2024, sous le seuil de 2 % fixé par l’Union européenne. Les aides aux
PME sont instruites avec Bpifrance et la CCI Grand Est ; celles qui relèvent de
la coopération transfrontalière sont coordonnées avec la Sarre et le Grand-Duché
de Luxembourg, dans le cadre de la Grande Région1.

1 Les crédits de l’Agence nationale de la cohésion des territoires (ANCT) au titre
du programme Territoires d’industrie ne sont pas inclus.

Région Grand Est – Direction des fonds européens                  Page 9 sur 64""",
        spans=[
            ("Grand Est", "LOC"),
            ("Moselle-Est", "LOC"),
            ("Saint-Avold", "LOC"),
            ("Région Grand Est", "ORG"),
            ("Grand E-nov+", "ORG"),
            ("Communau-\nté d’agglomération Saint-Avold Synergie", "ORG"),
            ("Uni-\nversité de Lorraine", "ORG"),
            ("Forbach", "LOC"),
            ("Petite-\nRosselle", "LOC"),
            ("Établissement public foncier de Grand Est", "ORG"),
            ("EPFGE", "ORG"),
            ("Commission européenne", "ORG"),
            ("DG REGIO", "ORG"),
            ("Metz", "LOC"),
            ("Commission interministérielle de coordination des contrô-\nles", "ORG"),
            ("CICC", "ORG"),
            ("Union européenne", "ORG"),
            ("Bpifrance", "ORG"),
            ("CCI Grand Est", "ORG"),
            ("Sarre", "LOC"),
            ("Grand-Duché\nde Luxembourg", "LOC"),
            ("Agence nationale de la cohésion des territoires", "ORG"),
            ("ANCT", "ORG"),
        ],
        acronyms=[
            ("FEDER", "all", _x("FEDER")),
            ("FTJ", "all", _x("FTJ", "Fonds pour une transition juste")),
            ("EPFGE", "all", _x("EPFGE", "Établissement public foncier de Grand Est")),
            ("PME", "all", _x("PME")),
            ("DG", "all", _x("DG")),
            ("REGIO", "all", _x("REGIO")),
            (
                "CICC",
                "all",
                _x("CICC", "Commission interministérielle de coordination des contrôles"),
            ),
            ("CCI", "all", _x("CCI")),
            ("ANCT", "all", _x("ANCT", "Agence nationale de la cohésion des territoires")),
        ],
        ignore=[
            ("Programme régional FEDER et FTJ Grand Est 2021-2027",),
            ("centrale à charbon Émile-Huchet",),
            ("carreau Wendel",),
            ("Grande Région1",),
            ("programme Territoires d’industrie",),
            ("Direction des fonds européens",),
        ],
        not_acronyms=[
            ("Grande Région1",),
        ],
    ),
    # ======================================================================
    # 3. Volunteers' group chat (an association helping with paperwork, Finistère): lower case,
    #    no accents, lower-case names, bodies, places and acronyms (straight apostrophes).
    # ======================================================================
    _doc(
        id="blind-chat-benevoles-quimper",
        typo=False,
        text="""[groupe] permanence papiers secours pop quimper - mer. 4 fevrier 2026

08:47 - gaelle le roux : coucou tout le monde, rappel permanence ce matin 9h30-12h a la maison des assos de kerfeunteun
08:49 - yannick : je serai la. par contre j'ai rendez-vous a 11h avec mme tanguy pour son dossier apl, on se retrouve a quimper devant la caf ?
08:50 - gaelle le roux : ok. pense a prendre son avis d'imposition, la caf va le demander
08:52 - soizic b : moi cet aprem je vais a douarnenez avec le monsieur de treboul, son rsa est suspendu depuis qu'il est inscrit a france travail. sa conseillere dit que c'est le departement qui bloque
08:53 - yannick : classique. il faut ecrire au cd29 direct, service insertion
08:55 - soizic b : ok je fais un courrier. et pour sa carte vitale la cpam du finistere dit 3 semaines minimum
08:58 - gaelle le roux : au fait la msa d'armorique fait une permanence a chateaulin le 12, si on a des agriculteurs
09:01 - erwan (secours pop) : salut ! le camion du secours populaire passe a pont-l'abbe et a concarneau samedi, il faut 2 benevoles
09:02 - yannick : moi pour pont-l'abbe
09:04 - soizic b : pour le titre de sejour d'amina ca bloque toujours sur l'anef et la prefecture repond pas. la cimade de brest peut nous aider ?
09:05 - gaelle le roux : oui appelle nolwenn a la cimade, elle connait bien. sinon le defenseur des droits tient une permanence a la mjd le jeudi
09:07 - erwan (secours pop) : et n'oubliez pas l'ag le 28 fevrier a 14h, salle du chapeau rouge !!""",
        spans=[
            ("secours pop", "ORG"),
            ("quimper", "LOC"),
            ("gaelle le roux", "PER"),
            ("yannick", "PER"),
            ("tanguy", "PER"),
            ("caf", "ORG"),
            ("soizic b", "PER"),
            ("douarnenez", "LOC"),
            ("treboul", "LOC"),
            ("france travail", "ORG"),
            ("cd29", "ORG"),
            ("cpam du finistere", "ORG"),
            ("msa d'armorique", "ORG"),
            ("chateaulin", "LOC"),
            ("erwan", "PER"),
            ("secours populaire", "ORG"),
            ("pont-l'abbe", "LOC"),
            ("concarneau", "LOC"),
            ("amina", "PER"),
            ("cimade de brest", "ORG"),
            ("nolwenn", "PER"),
            ("cimade", "ORG"),
            ("defenseur des droits", "ORG"),
        ],
        acronyms=[
            ("apl", "all", _x("apl")),
            ("caf", "all", None),
            ("rsa", "all", _x("rsa")),
            ("cd29", "all", _x("cd29")),
            ("cpam", "all", _x("cpam")),
            ("msa", "all", _x("msa")),
            ("anef", "all", _x("anef")),
            ("mjd", "all", _x("mjd")),
            ("ag", "all", _x("ag")),
        ],
        ignore=[
            ("maison des assos de kerfeunteun",),
            ("departement",),
            ("prefecture",),
            ("mjd",),
            ("salle du chapeau rouge",),
        ],
        not_acronyms=[],
    ),
    # ======================================================================
    # 4. Health alert (ARS Pays de la Loire and préfecture de Maine-et-Loire): cyanobacteria,
    #    bathing bans, recommendations, contacts (thin no-break spaces).
    # ======================================================================
    _doc(
        id="blind-alerte-ars-cyanobacteries-maine-et-loire",
        thin=True,
        text="""COMMUNIQUÉ DE PRESSE

Agence régionale de santé Pays de la Loire
Préfecture de Maine-et-Loire

Nantes et Angers, le 24 juillet 2026

Cyanobactéries : baignade et activités nautiques interdites sur trois sites de Maine-et-Loire

À la suite des prélèvements réalisés le 22 juillet par le laboratoire Inovalys pour le compte de l’Agence régionale de santé (ARS) Pays de la Loire, des concentrations de cyanobactéries supérieures à 100 000 cellules par millilitre ont été mesurées sur trois sites de baignade :
– le lac de Maine, à Angers ;
– la plage de Montjean-sur-Loire, commune de Mauges-sur-Loire ;
– le plan d’eau de Chalonnes-sur-Loire, à la confluence du Layon.

Par arrêté préfectoral et par arrêtés des maires d’Angers, de Mauges-sur-Loire et de Chalonnes-sur-Loire, la baignade et les activités nautiques y sont interdites jusqu’à nouvel ordre. La pêche reste autorisée, mais la consommation des poissons pêchés est déconseillée.

Les cyanobactéries, ou « algues bleues », prolifèrent quand l’eau est chaude et chargée en nutriments. Certaines produisent des toxines pouvant provoquer irritations cutanées, troubles digestifs ou, à forte dose, atteintes du foie. Les chiens y sont particulièrement sensibles : deux décès suspects ont été signalés en juillet 2025 au bord du Layon, rappelle l’Office français de la biodiversité (OFB).

Recommandations :
– ne pas se baigner ni pratiquer d’activité nautique sur les sites concernés ;
– se rincer à l’eau claire en cas de contact ;
– tenir les animaux de compagnie à distance des berges ;
– en cas de symptômes, consulter un médecin ou appeler le centre antipoison d’Angers au 02 41 48 21 21.

L’ARS, Santé publique France et l’Agence nationale de sécurité sanitaire de l’alimentation, de l’environnement et du travail (Anses) rappellent que ces épisodes se multiplient avec le réchauffement des eaux. La direction régionale de l’environnement, de l’aménagement et du logement (DREAL) des Pays de la Loire et l’Agence de l’eau Loire-Bretagne suivent les apports en nutriments en amont, avec Angers Loire Métropole et le Syndicat Layon Aubance Louets (SLAL).

Résultats des contrôles sanitaires et carte des sites : baignades.sante.gouv.fr

Contacts presse :
ARS Pays de la Loire – Tél. : 02 49 10 40 00 – ars-pdl-communication@ars.sante.fr
Préfecture de Maine-et-Loire – Bureau de la communication interministérielle – Tél. : 02 41 81 81 81""",
        spans=[
            ("Agence régionale de santé Pays de la Loire", "ORG"),
            ("Préfecture de Maine-et-Loire", "ORG"),
            ("Nantes", "LOC"),
            ("Angers", "LOC"),
            ("Maine-et-Loire", "LOC"),
            ("Inovalys", "ORG"),
            ("Agence régionale de santé", "ORG"),
            ("ARS", "ORG"),
            ("Pays de la Loire", "LOC"),
            ("lac de Maine", "LOC"),
            ("Montjean-sur-Loire", "LOC"),
            ("Mauges-sur-Loire", "LOC"),
            ("Chalonnes-sur-Loire", "LOC"),
            ("Layon", "LOC"),
            ("Office français de la biodiversité", "ORG"),
            ("OFB", "ORG"),
            ("centre antipoison d’Angers", "ORG"),
            ("Santé publique France", "ORG"),
            (
                "Agence nationale de sécurité sanitaire de l’alimentation, de l’environnement et du travail",
                "ORG",
            ),
            ("Anses", "ORG"),
            ("direction régionale de l’environnement, de l’aménagement et du logement", "ORG"),
            ("DREAL", "ORG"),
            ("Agence de l’eau Loire-Bretagne", "ORG"),
            ("Angers Loire Métropole", "ORG"),
            ("Syndicat Layon Aubance Louets", "ORG"),
            ("SLAL", "ORG"),
            ("ARS Pays de la Loire", "ORG"),
        ],
        acronyms=[
            ("ARS", "all", None),
            ("OFB", "all", _x("OFB", "Office français de la biodiversité")),
            (
                "Anses",
                "all",
                _x(
                    "Anses",
                    "Agence nationale de sécurité sanitaire de l’alimentation, de l’environnement et du travail",
                ),
            ),
            (
                "DREAL",
                "all",
                _x("DREAL", "direction régionale de l’environnement, de l’aménagement et du logement"),
            ),
            ("SLAL", "all", _x("SLAL", "Syndicat Layon Aubance Louets")),
        ],
        ignore=[
            ("COMMUNIQUÉ DE PRESSE",),
            ("maires d’Angers, de Mauges-sur-Loire et de Chalonnes-sur-Loire",),
            ("Bureau de la communication interministérielle",),
        ],
        not_acronyms=[
            ("COMMUNIQUÉ DE PRESSE",),
        ],
    ),
]
