"""Unseen gold texts: three releases by three kinds of issuers: a ministry's press release with a
« Contacts presse » block (Outre-mer, drinking water in Guadeloupe), an intersyndicale leaflet
(a factory in the Indre) and an environmental association's press release against a logistics
project (Crau, Bouches-du-Rhône).

Written for seedner and annotated by hand, per ../shared/gold/GUIDELINES.md and the conventions
of tests/data/gold/README.md, scripts/gold_everyday/, scripts/gold_holdout/ and
scripts/gold_blind/, before seedner was run on any of them. Ministries, agencies, bodies, unions,
national associations and places are real, with their official names; all people, companies,
local associations, cases, figures, phone numbers and quotes are fictional.

Typography as in press.py: ``_fr()`` puts the no-break spaces in the text and in every surface
(U+202F before ``; ! ?`` where a document says ``thin=True``, between digit groups where it says
``numthin=True``); ``curly=True`` turns every apostrophe into ``’``.

Conventions decided here, on top of the README and the everyday, holdout and blind modules:
- a ministry's letterhead in capitals names the body: ORG (``MINISTÈRE DES OUTRE-MER``), its
  words listed as not-acronyms; the motto, ``COMMUNIQUÉ DE PRESSE`` and the press-office units of
  the contact block are ignored; ``plan Eau DOM`` is a programme (MISC): ignored, ``DOM`` listed;
  ``aux Abymes``, ``au Gosier`` give ``Abymes``, ``Gosier`` (as ``au Havre``);
- a body split by its parenthesised acronym and followed by a territory (``Agence régionale de
  santé (ARS) de Guadeloupe``, ``direction régionale … (DREETS) Centre-Val de Loire``, ``Ligue
  pour la protection des oiseaux (LPO) PACA``) gives the long form and the acronym as ORG spans and
  the territory as a LOC, as in the blind alert; written as one name (``FNE PACA``, ``LPO PACA``,
  ``CCI Aix-Marseille-Provence``) it is one ORG;
- the leaflet: the unions in the ALL-CAPS header are ORG spans and acronyms, ``INTERSYNDICALE``
  a not-acronym; slogans and headings in capitals are ignored; the company's works council is
  generic (ignored with ``(CSE)``, as in the holdout set); ``union locale CGT d'Issoudun`` is one
  ORG, while ``unions départementales CGT, CFDT et FO de l'Indre`` lists three unions (ORG) and a
  LOC; ``inspection du travail`` is a generic service: ignored; ``Code du travail`` is a law
  (MISC): nothing; ``Smic`` is a press spelling of an acronym;
- the association's release: a headline ``tribunal administratif`` without its seat is generic:
  ignored; a nature reserve and a plain (``réserve naturelle nationale des Coussouls de Crau``,
  ``plaine de la Crau``) are LOC as natural places, whole; ``directive Oiseaux`` and ``Natura
  2000`` are MISC: ignored.
"""

from functools import partial

from gold_text import document, expansions, french_typography

_OFF = {
    "afd": ["Agence française de développement"],
    "cci": ["chambre de commerce et d'industrie"],
    "cdd": ["contrat à durée déterminée"],
    "cdi": ["contrat à durée indéterminée"],
    "cerema": [
        "Centre d'études et d'expertise sur les risques, l'environnement, la mobilité et l'aménagement"
    ],
    "cfdt": ["Confédération française démocratique du travail"],
    "cfe-cgc": [
        "Confédération française de l'encadrement - Confédération générale des cadres",
        "Confédération française de l'encadrement-Confédération générale des cadres",
    ],
    "cgt": ["Confédération générale du travail"],
    "cnpn": ["Conseil national de la protection de la nature"],
    "cse": ["comité social et économique"],
    "dom": ["département d'outre-mer", "départements d'outre-mer"],
    "dreal": ["direction régionale de l'environnement, de l'aménagement et du logement"],
    "dreets": ["direction régionale de l'économie, de l'emploi, du travail et des solidarités"],
    "fne": ["France Nature Environnement"],
    "fo": ["Force ouvrière"],
    "lpo": ["Ligue pour la protection des oiseaux"],
    "mrae": ["mission régionale d'autorité environnementale"],
    "nao": ["négociations annuelles obligatoires", "négociation annuelle obligatoire"],
    "ofb": ["Office français de la biodiversité"],
    "paca": ["Provence-Alpes-Côte d'Azur"],
    "pse": ["plan de sauvegarde de l'emploi"],
    "rtt": ["réduction du temps de travail"],
    "smgeag": ["Syndicat mixte de gestion de l'eau et de l'assainissement de Guadeloupe"],
    "smic": ["salaire minimum interprofessionnel de croissance"],
    "sms": ["short message service", "service de messages courts"],
}


_x = partial(expansions, _OFF)


_fr = french_typography


_doc = partial(document, typeset_expansions=True)


TITLECASE_ACRONYMS = {"cerema", "smic"}

DOCS = [
    # ======================================================================
    # 1. Ministry press release (Outre-mer): drinking water in Guadeloupe, the SMGEAG, funding
    #    by the State, the AFD and the Banque des Territoires; contact block (curly apostrophes,
    #    thin no-break spaces, digits grouped by narrow no-break spaces).
    # ======================================================================
    _doc(
        id="unseen-communique-outre-mer-eau-guadeloupe",
        curly=True,
        thin=True,
        numthin=True,
        text="""MINISTÈRE DES OUTRE-MER
Liberté
Égalité
Fraternité

COMMUNIQUÉ DE PRESSE
Paris, le 3 mars 2026

Eau potable en Guadeloupe : l'État engage 48 millions d'euros supplémentaires et renforce son appui au SMGEAG

La ministre des Outre-mer, Nathalie Béroard, a réuni ce mardi, avec le préfet de la région Guadeloupe, le président de la Région Guadeloupe, la présidente du conseil départemental de la Guadeloupe et les représentants du Syndicat mixte de gestion de l'eau et de l'assainissement de Guadeloupe (SMGEAG), pour faire le point sur la crise de l'eau potable dans l'archipel.

Depuis 2021, le SMGEAG assure la production et la distribution de l'eau potable ainsi que l'assainissement pour la quasi-totalité des communes de l'archipel. Près de 60 % de l'eau produite est perdue dans des canalisations vétustes, et des « tours d'eau » privent encore régulièrement d'eau les habitants de plusieurs communes de Grande-Terre, notamment aux Abymes, au Gosier et à Sainte-Anne.

Pour accélérer les travaux, l'État engage 48 millions d'euros supplémentaires sur trois ans, qui s'ajoutent aux crédits du plan Eau DOM. Ils financeront en priorité :
– le renouvellement de 85 km de canalisations entre Petit-Bourg et Pointe-à-Pitre ;
– la sécurisation des usines de production d'eau potable de Petit-Bourg et de Capesterre-Belle-Eau ;
– une cellule d'appui technique, armée par des experts du Centre d'études et d'expertise sur les risques, l'environnement, la mobilité et l'aménagement (Cerema) et de l'Office de l'eau Guadeloupe.

L'Agence française de développement (AFD) accordera en outre au syndicat un prêt de 20 millions d'euros, et la Banque des Territoires étudiera le financement de 40 000 compteurs intelligents : les abonnés pourront ainsi être prévenus des coupures par SMS. L'Agence régionale de santé (ARS) de Guadeloupe renforcera ses contrôles de la qualité de l'eau distribuée, dont les résultats seront publiés chaque semaine.

« Les Guadeloupéens ne peuvent plus attendre. Chaque euro doit arriver sur les chantiers, et chaque chantier doit être suivi ! », a déclaré la ministre, qui se rendra à Basse-Terre et à Pointe-à-Pitre du 20 au 22 mars. Un comité de suivi, présidé par le préfet, se réunira chaque trimestre.

Contacts presse
Ministère des Outre-mer – Service de presse
Julie Marchal – 01 53 69 24 66 – presse@outre-mer.gouv.fr
Préfecture de la Guadeloupe – Bureau de la communication interministérielle
Tél. : 05 90 99 39 50 – communication@guadeloupe.pref.gouv.fr""",
        spans=[
            ("MINISTÈRE DES OUTRE-MER", "ORG"),
            ("Paris", "LOC"),
            ("Guadeloupe", "LOC"),
            ("SMGEAG", "ORG"),
            ("Nathalie Béroard", "PER"),
            ("Région Guadeloupe", "ORG"),
            ("conseil départemental de la Guadeloupe", "ORG"),
            ("Syndicat mixte de gestion de l'eau et de l'assainissement de Guadeloupe", "ORG"),
            ("Grande-Terre", "LOC"),
            ("Abymes", "LOC"),
            ("Gosier", "LOC"),
            ("Sainte-Anne", "LOC"),
            ("Petit-Bourg", "LOC"),
            ("Pointe-à-Pitre", "LOC"),
            ("Capesterre-Belle-Eau", "LOC"),
            (
                "Centre d'études et d'expertise sur les risques, l'environnement, la mobilité et l'aménagement",
                "ORG",
            ),
            ("Cerema", "ORG"),
            ("Office de l'eau Guadeloupe", "ORG"),
            ("Agence française de développement", "ORG"),
            ("AFD", "ORG"),
            ("Banque des Territoires", "ORG"),
            ("Agence régionale de santé", "ORG"),
            ("ARS", "ORG"),
            ("Basse-Terre", "LOC"),
            ("Ministère des Outre-mer", "ORG"),
            ("Julie Marchal", "PER"),
            ("Préfecture de la Guadeloupe", "ORG"),
        ],
        acronyms=[
            (
                "SMGEAG",
                "all",
                _x("SMGEAG", "Syndicat mixte de gestion de l'eau et de l'assainissement de Guadeloupe"),
            ),
            ("DOM", "all", _x("DOM")),
            (
                "Cerema",
                "all",
                _x(
                    "Cerema",
                    "Centre d'études et d'expertise sur les risques, l'environnement, la mobilité et l'aménagement",
                ),
            ),
            ("AFD", "all", _x("AFD", "Agence française de développement")),
            ("SMS", "all", _x("SMS")),
            ("ARS", "all", None),
        ],
        ignore=[
            ("Liberté\nÉgalité\nFraternité",),
            ("COMMUNIQUÉ DE PRESSE",),
            ("État",),
            ("ministre des Outre-mer",),
            ("préfet de la région Guadeloupe",),
            ("préfet",),
            ("plan Eau DOM",),
            ("Service de presse",),
            ("Bureau de la communication interministérielle",),
        ],
        not_acronyms=[
            ("MINISTÈRE DES OUTRE-MER",),
            ("COMMUNIQUÉ DE PRESSE",),
        ],
    ),
    # ======================================================================
    # 2. Intersyndicale leaflet (CGT, CFDT, FO, CFE-CGC) at a factory in Issoudun (Indre): strike
    #    call, demands as a list, labour inspection, DREETS, unions' phone numbers (straight
    #    apostrophes).
    # ======================================================================
    _doc(
        id="unseen-tract-intersyndicale-issoudun",
        text="""INTERSYNDICALE CGT – CFDT – FO – CFE-CGC
Thermacor Industries – site d'Issoudun

TOUS EN GRÈVE LE JEUDI 12 FÉVRIER !
Rassemblement à 9 h 30 devant l'usine, puis départ en cars pour Châteauroux : rendez-vous à 11 h devant la préfecture de l'Indre.

Le 20 janvier, la direction de Thermacor Industries a présenté au comité social et économique (CSE) un projet de réorganisation qui supprimerait 64 postes sur 310 à Issoudun et transférerait la fabrication des échangeurs thermiques vers l'usine du groupe à Brno, en République tchèque. Le groupe a pourtant dégagé 11,8 millions d'euros de résultat net en 2025 et touché 2,3 millions d'euros d'aides publiques depuis 2021, dont un prêt de Bpifrance et une subvention de la Région Centre-Val de Loire.

Nous refusons que les salariés paient les choix d'actionnaires installés à Francfort !

NOS REVENDICATIONS
- zéro licenciement sec et le maintien de la production à Issoudun ;
- la réouverture immédiate des négociations annuelles obligatoires (NAO), bloquées depuis novembre : +6 % pour tous, aucun salaire sous 1,2 fois le Smic ;
- la transformation en CDI des 27 intérimaires et CDD présents sur le site depuis plus d'un an ;
- le paiement des RTT non prises en 2025.

Le 3 février, les élus du CSE ont saisi l'inspection du travail : la direction refuse de leur communiquer les documents sur la situation économique du site prévus par le Code du travail. Nous avons également alerté la direction régionale de l'économie, de l'emploi, du travail et des solidarités (DREETS) Centre-Val de Loire, qui devra se prononcer sur tout plan de sauvegarde de l'emploi (PSE), ainsi que le sous-préfet d'Issoudun et les parlementaires de l'Indre.

« On nous parle de compétitivité, mais les cadences ont augmenté de 15 % en deux ans, et les accidents du travail aussi », rappelle Sandrine Pérot (CGT), secrétaire du CSE. Pour Mickaël Thibault (CFDT), « la direction doit présenter un vrai projet industriel, pas un tableau de chiffres ». Didier Naudin (FO) et Claire Anselme (CFE-CGC) appellent les cadres et les techniciens à rejoindre le mouvement.

Les unions départementales CGT, CFDT et FO de l'Indre soutiennent la mobilisation. Une caisse de grève est ouverte : chèques à l'ordre de l'union locale CGT d'Issoudun, à déposer au local syndical.

ENSEMBLE, ON NE LÂCHE RIEN !
Contacts : CGT 06 12 48 33 71 – CFDT 06 70 21 95 08 – FO 06 45 87 12 60 – CFE-CGC 07 81 30 44 19
Ne pas jeter sur la voie publique.""",
        spans=[
            ("CGT", "ORG"),
            ("CFDT", "ORG"),
            ("FO", "ORG"),
            ("CFE-CGC", "ORG"),
            ("Thermacor Industries", "ORG"),
            ("Issoudun", "LOC"),
            ("Châteauroux", "LOC"),
            ("préfecture de l'Indre", "ORG"),
            ("Brno", "LOC"),
            ("République tchèque", "LOC"),
            ("Bpifrance", "ORG"),
            ("Région Centre-Val de Loire", "ORG"),
            ("Francfort", "LOC"),
            ("direction régionale de l'économie, de l'emploi, du travail et des solidarités", "ORG"),
            ("DREETS", "ORG"),
            ("Centre-Val de Loire", "LOC"),
            ("Indre", "LOC"),
            ("Sandrine Pérot", "PER"),
            ("Mickaël Thibault", "PER"),
            ("Didier Naudin", "PER"),
            ("Claire Anselme", "PER"),
            ("union locale CGT d'Issoudun", "ORG"),
        ],
        acronyms=[
            ("CGT", "all", _x("CGT")),
            ("CFDT", "all", _x("CFDT")),
            ("FO", "all", _x("FO")),
            ("CFE-CGC", "all", _x("CFE-CGC")),
            ("CSE", "all", _x("CSE", "comité social et économique")),
            ("NAO", "all", _x("NAO", "négociations annuelles obligatoires")),
            ("Smic", "all", _x("Smic")),
            ("CDI", "all", _x("CDI")),
            ("CDD", "all", _x("CDD")),
            ("RTT", "all", _x("RTT")),
            (
                "DREETS",
                "all",
                _x("DREETS", "direction régionale de l'économie, de l'emploi, du travail et des solidarités"),
            ),
            ("PSE", "all", _x("PSE", "plan de sauvegarde de l'emploi")),
        ],
        ignore=[
            ("TOUS EN GRÈVE LE JEUDI 12 FÉVRIER !",),
            ("comité social et économique (CSE)",),
            ("CSE",),
            ("NOS REVENDICATIONS",),
            ("inspection du travail",),
            ("sous-préfet d'Issoudun",),
            ("parlementaires de l'Indre",),
            ("secrétaire du CSE",),
            ("ENSEMBLE, ON NE LÂCHE RIEN !",),
        ],
        not_acronyms=[
            ("INTERSYNDICALE",),
            ("TOUS EN GRÈVE LE JEUDI 12 FÉVRIER",),
            ("NOS REVENDICATIONS",),
            ("ENSEMBLE, ON NE LÂCHE RIEN",),
        ],
    ),
    # ======================================================================
    # 3. Environmental associations' press release (Crau, Bouches-du-Rhône): appeal against a
    #    prefectoral authorisation, MRAe and CNPN opinions, DREAL, OFB, a nature reserve, the
    #    European Commission (curly apostrophes, thin no-break spaces).
    # ======================================================================
    _doc(
        id="unseen-communique-association-crau-logistique",
        curly=True,
        thin=True,
        text="""COMMUNIQUÉ DE PRESSE
Arles, le 16 avril 2026

Plateforme logistique de Saint-Martin-de-Crau : les associations saisissent le tribunal administratif

Le collectif Crau Vivante, France Nature Environnement Provence-Alpes-Côte d'Azur (FNE PACA) et la Ligue pour la protection des oiseaux (LPO) PACA ont déposé le 14 avril un recours devant le tribunal administratif de Marseille contre l'arrêté du 12 février 2026 par lequel le préfet des Bouches-du-Rhône a délivré à la société Provalog Développement l'autorisation environnementale de construire une plateforme logistique de 180 000 m² sur 42 hectares de coussouls, à 800 mètres de la réserve naturelle nationale des Coussouls de Crau.

Ce projet détruirait l'habitat de l'outarde canepetière et du ganga cata, deux oiseaux protégés dont la plaine de la Crau abrite l'essentiel de la population française. Dans son avis du 9 octobre 2025, la mission régionale d'autorité environnementale (MRAe) Provence-Alpes-Côte d'Azur jugeait l'étude d'impact « insuffisante » sur les effets cumulés avec les quatre entrepôts déjà construits dans la zone d'activités de Saint-Martin-de-Crau. Le Conseil national de la protection de la nature (CNPN) avait, lui, rendu un avis défavorable à la dérogation « espèces protégées ». Le préfet est passé outre.

« On ne compense pas la disparition d'une steppe unique en Europe en plantant des haies à Fos-sur-Mer ! », dénonce Mireille Aubanel, porte-parole de Crau Vivante. « La DREAL elle-même reconnaissait en 2024 que les mesures compensatoires mises en œuvre restaient à démontrer. »

Les associations demandent aussi au juge des référés de suspendre les travaux de défrichement, qui pourraient commencer dès le mois de mai selon le calendrier de Provalog Développement, filiale du groupe lyonnais Velorim. Elles ont écrit à la direction régionale de l'environnement, de l'aménagement et du logement (DREAL) Provence-Alpes-Côte d'Azur et à l'Office français de la biodiversité (OFB), et saisi la Commission européenne d'une plainte pour violation de la directive Oiseaux : la Crau est classée en zone de protection spéciale au titre de Natura 2000.

Contactée, la préfecture des Bouches-du-Rhône indique que « l'arrêté comporte des prescriptions renforcées », dont un suivi écologique de trente ans confié au Conservatoire d'espaces naturels de Provence-Alpes-Côte d'Azur. La CCI Aix-Marseille-Provence, favorable au projet, met en avant 450 emplois, dont une majorité en CDI.

Contacts presse :
Crau Vivante – Mireille Aubanel – 06 84 27 51 39 – contact@crauvivante.org
FNE PACA – Thomas Giraud, juriste – 04 91 33 44 12
LPO PACA – Service communication – 04 94 12 79 52""",
        spans=[
            ("Arles", "LOC"),
            ("Saint-Martin-de-Crau", "LOC"),
            ("Crau Vivante", "ORG"),
            ("France Nature Environnement Provence-Alpes-Côte d'Azur", "ORG"),
            ("FNE PACA", "ORG"),
            ("Ligue pour la protection des oiseaux", "ORG"),
            ("LPO", "ORG", 0),
            ("PACA", "LOC", 1),
            ("tribunal administratif de Marseille", "ORG"),
            ("Provalog Développement", "ORG"),
            ("réserve naturelle nationale des Coussouls de Crau", "LOC"),
            ("plaine de la Crau", "LOC"),
            ("mission régionale d'autorité environnementale", "ORG"),
            ("MRAe", "ORG"),
            ("Provence-Alpes-Côte d'Azur", "LOC"),
            ("Conseil national de la protection de la nature", "ORG"),
            ("CNPN", "ORG"),
            ("Europe", "LOC"),
            ("Fos-sur-Mer", "LOC"),
            ("Mireille Aubanel", "PER"),
            ("DREAL", "ORG"),
            ("Velorim", "ORG"),
            ("direction régionale de l'environnement, de l'aménagement et du logement", "ORG"),
            ("Office français de la biodiversité", "ORG"),
            ("OFB", "ORG"),
            ("Commission européenne", "ORG"),
            ("Crau", "LOC"),
            ("préfecture des Bouches-du-Rhône", "ORG"),
            ("Conservatoire d'espaces naturels de Provence-Alpes-Côte d'Azur", "ORG"),
            ("CCI Aix-Marseille-Provence", "ORG"),
            ("Thomas Giraud", "PER"),
            ("LPO PACA", "ORG"),
        ],
        acronyms=[
            ("FNE", "all", _x("FNE")),
            ("PACA", "all", _x("PACA")),
            ("LPO", "all", _x("LPO", "Ligue pour la protection des oiseaux")),
            ("MRAe", "all", _x("MRAe", "mission régionale d'autorité environnementale")),
            ("CNPN", "all", _x("CNPN", "Conseil national de la protection de la nature")),
            (
                "DREAL",
                "all",
                _x("DREAL", "direction régionale de l'environnement, de l'aménagement et du logement"),
            ),
            ("OFB", "all", _x("OFB", "Office français de la biodiversité")),
            ("CCI", "all", _x("CCI")),
            ("CDI", "all", _x("CDI")),
        ],
        ignore=[
            ("COMMUNIQUÉ DE PRESSE",),
            ("tribunal administratif", 0),
            ("préfet des Bouches-du-Rhône",),
            ("préfet",),
            ("juge des référés",),
            ("directive Oiseaux",),
            ("Natura 2000",),
            ("juriste",),
            ("Service communication",),
        ],
        not_acronyms=[
            ("COMMUNIQUÉ DE PRESSE",),
        ],
    ),
]
