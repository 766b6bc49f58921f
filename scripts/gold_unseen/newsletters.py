"""Unseen gold texts: three internal or institutional newsletters: a hospital's internal letter
(Nevers, GHT de la Nièvre, ARS, CHU), a university's newsletter (Université de Haute-Alsace,
CNRS, Inserm, ANR, rectorat, partner universities abroad) and a page of a municipal magazine
(Taverny: the mayor's editorial, the CCAS, the inter-municipality, local clubs and associations).

Written for seedner and annotated by hand, per ../shared/gold/GUIDELINES.md and the conventions
of tests/data/gold/README.md, scripts/gold_everyday/, scripts/gold_holdout/ and
scripts/gold_blind/, before seedner was run on any of them. Hospitals, universities,
laboratories, agencies, bodies, unions and places are real, with their official names; all
people, clubs, local associations, projects, figures and quotes are fictional.

Typography as in press.py: ``_fr()`` puts the no-break spaces in the text and in every surface
(U+202F before ``; ! ?`` where a document says ``thin=True``, between digit groups where it says
``numthin=True``); ``curly=True`` turns every apostrophe into ``’``.

Conventions decided here, on top of the README and the everyday, holdout and blind modules:
- the title of a newsletter or a magazine (``CHAN INFOS``, ``UHA Actu``, ``VIVRE À TAVERNY``) is a
  publication: ignored (MISC), the acronyms inside still listed; section headings in capitals
  are ignored and their words listed as not-acronyms, the acronyms inside still listed;
- a plural head followed by several towns (``centres hospitaliers de Decize, de
  Cosne-Cours-sur-Loire et de Clamecy``) gives each town as a LOC;
- a class acronym used alone for a body the text has named (``l'IFSI`` for the IFSI of Nevers,
  ``le CCAS``, ``le THC``) is an ORG, as ``CHU`` and ``GHT`` in the holdout hospital text;
  units inside a body (``unité de soins de longue durée (USLD)``, ``direction des ressources
  humaines (DRH)``, ``service de santé étudiante (SSE)``, ``SMUR``) are ignored with their
  acronyms, which stay listed;
- ``Ehpad de Varennes-Vauzelles`` is one ORG (service + place); ``bourse ERC`` names the
  funding body: ``ERC`` is an ORG; a grant name (``« Consolidator »``), a research project
  (``Lumipol``) and a label (``« Cordées de la réussite »``) are MISC: ignored; ``UMR 7361``
  is a generic designation: ``UMR`` is an acronym, no span;
- campuses, lecture halls, school buildings, rooms and public facilities named after a person
  or a site (``campus Fonderie``, ``Grillenbreit``, ``Amphithéâtre Weiss``, ``groupe scolaire
  Jules-Ferry``, ``salle Jean-Vilar``, ``Espace social``) are ignored; ``gare de Taverny`` gives
  the town as a LOC; ``la Ville`` (the municipality) is generic: ignored;
- an association whose name begins with a capitalised article keeps it (``Les Jardins de la
  Tuilerie``); a youth team named by the town of its club (``face à Massy``) is an ORG.
"""

from functools import partial

from gold_text import document, expansions, french_typography

_OFF = {
    "aah": ["allocation aux adultes handicapés"],
    "anr": ["Agence nationale de la recherche"],
    "bafa": ["brevet d'aptitude aux fonctions d'animateur"],
    "caf": ["caisse d'allocations familiales"],
    "ccas": ["centre communal d'action sociale"],
    "cdd": ["contrat à durée déterminée"],
    "cdi": ["contrat à durée indéterminée"],
    "cgt": ["Confédération générale du travail"],
    "chan": ["Centre hospitalier de l'agglomération de Nevers"],
    "chu": ["centre hospitalier universitaire"],
    "cnrs": ["Centre national de la recherche scientifique"],
    "crous": [
        "centre régional des œuvres universitaires et scolaires",
        "centre régional des oeuvres universitaires et scolaires",
    ],
    "dpi": ["dossier patient informatisé"],
    "drh": ["direction des ressources humaines"],
    "efs": ["Établissement français du sang"],
    "ehpad": [
        "établissement d'hébergement pour personnes âgées dépendantes",
        "établissement hébergeant des personnes âgées dépendantes",
    ],
    "erc": ["Conseil européen de la recherche", "European Research Council"],
    "fo": ["Force ouvrière"],
    "ghrmsa": ["Groupe hospitalier de la région de Mulhouse et Sud Alsace"],
    "ght": ["groupement hospitalier de territoire"],
    "has": ["Haute Autorité de santé"],
    "hus": ["Hôpitaux universitaires de Strasbourg"],
    "ifsi": ["institut de formation en soins infirmiers"],
    "inserm": ["Institut national de la santé et de la recherche médicale"],
    "irimas": ["Institut de recherche en informatique, mathématiques, automatique et signal"],
    "irm": ["imagerie par résonance magnétique"],
    "is2m": ["Institut de science des matériaux de Mulhouse"],
    "kit": ["Karlsruher Institut für Technologie", "Institut de technologie de Karlsruhe"],
    "onf": ["Office national des forêts"],
    "plu": ["plan local d'urbanisme"],
    "rsa": ["revenu de solidarité active"],
    "smur": ["service mobile d'urgence et de réanimation"],
    "sse": ["service de santé étudiante"],
    "sud": ["Solidaires, unitaires, démocratiques"],
    "thc": ["Taverny Handball Club"],
    "uha": ["Université de Haute-Alsace"],
    "umr": ["unité mixte de recherche"],
    "usld": ["unité de soins de longue durée"],
}


_x = partial(expansions, _OFF)


_fr = french_typography


_doc = partial(document, typeset_expansions=True)


TITLECASE_ACRONYMS = {"ehpad", "crous", "inserm", "caf"}

DOCS = [
    # ======================================================================
    # 1. Hospital internal newsletter (Centre hospitalier de l'agglomération de Nevers): the
    #    director's word, GHT news, services, certification, human resources, diary; headings in
    #    capitals, dashes as bullets (curly apostrophes).
    # ======================================================================
    _doc(
        id="unseen-lettre-interne-ch-nevers",
        curly=True,
        text="""CHAN INFOS
La lettre interne du Centre hospitalier de l'agglomération de Nevers
N° 47 – mars 2026

LE MOT DU DIRECTEUR
Chères collègues, chers collègues,
L'hiver a été long : l'épidémie de grippe a saturé nos urgences pendant six semaines, avec des pics à 142 passages par jour. Merci à toutes les équipes, soignantes, médico-techniques, administratives et logistiques, qui ont tenu la maison. Grâce au renfort de trois urgentistes du CHU Dijon Bourgogne, prévu par la convention signée en janvier, aucune ligne de SMUR n'a dû fermer cet hiver.
Frédéric Mazoyer, directeur

ACTUALITÉS DU GHT
Les instances du groupement hospitalier de territoire (GHT) de la Nièvre se sont réunies le 12 février à Clamecy. Les établissements du groupement, dont les centres hospitaliers de Decize, de Cosne-Cours-sur-Loire et de Clamecy, ont adopté le projet médical partagé 2026-2030 et le déploiement d'un dossier patient informatisé (DPI) commun d'ici à la fin de 2027. L'ARS Bourgogne-Franche-Comté financera le projet à hauteur de 3,4 millions d'euros.

DU CÔTÉ DES SERVICES
– Pédiatrie : le Dr Samia Benhamou a pris le 1er mars ses fonctions de cheffe de service. Elle succède au Dr Jean-Luc Perrier, qui part à la retraite après 31 ans au CHAN.
– Imagerie : la deuxième IRM fonctionne depuis le 16 février ; le délai moyen de rendez-vous passe de 58 à 21 jours.
– Gériatrie : l'unité de soins de longue durée (USLD) ouvrira douze lits supplémentaires en juin.
– Soins palliatifs : l'équipe mobile teste jusqu'en juin une astreinte téléphonique commune avec l'Ehpad de Varennes-Vauzelles.

QUALITÉ ET CERTIFICATION
La visite de certification de la Haute Autorité de santé (HAS) aura lieu du 8 au 12 juin. Les experts-visiteurs rencontreront les équipes de quatorze services, dont les urgences, la maternité et l'hôpital de jour d'oncologie. La cellule qualité organise des « patients traceurs » chaque jeudi : inscriptions auprès de Valérie Chaumeil, poste 4418.

RESSOURCES HUMAINES
– Le protocole sur les astreintes, signé le 5 février avec la CGT, FO et SUD Santé Sociaux, s'applique depuis le 1er mars.
– Vingt-trois infirmières diplômées de l'institut de formation en soins infirmiers (IFSI) de Nevers nous rejoignent cet été : 17 en CDI, 6 en CDD.
– La prime d'attractivité versée en avril concerne les agents arrivés avant le 1er janvier ; vos questions sont à adresser à la direction des ressources humaines (DRH).

AGENDA
– 19 mars : conférence « Prévenir les violences faites aux soignants », avec le commissariat de Nevers et le parquet de Nevers, salle du conseil de surveillance.
– 2 avril : collecte de sang avec l'Établissement français du sang (EFS), hall principal.
– 14 avril : journée portes ouvertes de l'IFSI.

Direction de la communication – communication@ch-nevers.fr""",
        spans=[
            ("Centre hospitalier de l'agglomération de Nevers", "ORG"),
            ("CHU Dijon Bourgogne", "ORG"),
            ("Frédéric Mazoyer", "PER"),
            ("groupement hospitalier de territoire", "ORG"),
            ("GHT", "ORG", 1),
            ("Nièvre", "LOC"),
            ("Clamecy", "LOC"),
            ("Decize", "LOC"),
            ("Cosne-Cours-sur-Loire", "LOC"),
            ("ARS Bourgogne-Franche-Comté", "ORG"),
            ("Samia Benhamou", "PER"),
            ("Jean-Luc Perrier", "PER"),
            ("CHAN", "ORG", 1),
            ("Ehpad de Varennes-Vauzelles", "ORG"),
            ("Haute Autorité de santé", "ORG"),
            ("HAS", "ORG"),
            ("Valérie Chaumeil", "PER"),
            ("CGT", "ORG"),
            ("FO", "ORG"),
            ("SUD Santé Sociaux", "ORG"),
            ("institut de formation en soins infirmiers", "ORG"),
            ("IFSI", "ORG"),
            ("Nevers", "LOC", 1),
            ("commissariat de Nevers", "ORG"),
            ("parquet de Nevers", "ORG"),
            ("Établissement français du sang", "ORG"),
            ("EFS", "ORG"),
        ],
        acronyms=[
            ("CHAN", "all", _x("CHAN")),
            ("CHU", "all", _x("CHU")),
            ("SMUR", "all", _x("SMUR")),
            ("GHT", "all", _x("GHT", "groupement hospitalier de territoire")),
            ("DPI", "all", _x("DPI", "dossier patient informatisé")),
            ("ARS", "all", None),
            ("IRM", "all", _x("IRM")),
            ("USLD", "all", _x("USLD", "unité de soins de longue durée")),
            ("Ehpad", "all", _x("Ehpad")),
            ("HAS", "all", _x("HAS", "Haute Autorité de santé")),
            ("CGT", "all", _x("CGT")),
            ("FO", "all", _x("FO")),
            ("SUD", "all", _x("SUD")),
            ("IFSI", "all", _x("IFSI", "institut de formation en soins infirmiers")),
            ("CDI", "all", _x("CDI")),
            ("CDD", "all", _x("CDD")),
            ("DRH", "all", _x("DRH", "direction des ressources humaines")),
            ("EFS", "all", _x("EFS", "Établissement français du sang")),
        ],
        ignore=[
            ("CHAN INFOS",),
            ("LE MOT DU DIRECTEUR",),
            ("SMUR",),
            ("directeur",),
            ("ACTUALITÉS DU GHT",),
            ("DU CÔTÉ DES SERVICES",),
            ("cheffe de service",),
            ("unité de soins de longue durée (USLD)",),
            ("QUALITÉ ET CERTIFICATION",),
            ("RESSOURCES HUMAINES",),
            ("direction des ressources humaines (DRH)",),
            ("AGENDA",),
            ("salle du conseil de surveillance",),
            ("Direction de la communication",),
        ],
        not_acronyms=[
            ("INFOS",),
            ("N° 47",),
            ("LE MOT DU DIRECTEUR",),
            ("ACTUALITÉS DU",),
            ("DU CÔTÉ DES SERVICES",),
            ("Dr",),
            ("QUALITÉ ET CERTIFICATION",),
            ("RESSOURCES HUMAINES",),
            ("AGENDA",),
        ],
    ),
    # ======================================================================
    # 2. University newsletter (Université de Haute-Alsace): an ERC grant, a health project with
    #    the hospital group and Inserm, a binational master with Basel and the KIT, campus life,
    #    diary (straight apostrophes, thin no-break spaces).
    # ======================================================================
    _doc(
        id="unseen-lettre-universite-haute-alsace",
        thin=True,
        text="""UHA Actu – la lettre d'information de l'Université de Haute-Alsace
Février 2026 – n° 112

À la une : une bourse ERC pour l'IS2M
Chercheuse CNRS à l'Institut de science des matériaux de Mulhouse (IS2M), unité mixte de recherche (UMR 7361) du CNRS et de l'UHA, Laura Keller-Ndiaye a obtenu une bourse « Consolidator » du Conseil européen de la recherche (ERC) : 2 millions d'euros sur cinq ans pour son projet Lumipol, consacré aux polymères photosensibles pour les dispositifs médicaux. C'est la troisième bourse ERC obtenue à Mulhouse depuis 2020. « Cette reconnaissance récompense tout le laboratoire ! », souligne la directrice de l'IS2M, Hélène Roth.

Santé numérique : l'IRIMAS s'associe au GHRMSA et à l'Inserm
L'IRIMAS (Institut de recherche en informatique, mathématiques, automatique et signal) et le Groupe hospitalier de la région de Mulhouse et Sud Alsace (GHRMSA) ont obtenu 1,2 million d'euros de l'Agence nationale de la recherche (ANR) pour mettre au point un outil de détection précoce des chutes chez les patients âgés. Le projet associe une équipe de l'Institut national de la santé et de la recherche médicale (Inserm) et les Hôpitaux universitaires de Strasbourg (HUS). Responsable scientifique : Thomas Brenner, professeur des universités.

International : un master binational entre Mulhouse et Bâle
À la rentrée 2026, l'UHA et l'Université de Bâle ouvriront un master binational en chimie verte, avec des cours à Mulhouse, à Bâle et au Karlsruher Institut für Technologie (KIT). Les étudiants pourront loger dans les résidences du Crous de Strasbourg à Mulhouse et à Colmar, et bénéficier des aides à la mobilité de la Région Grand Est.

Vie de campus
- Le service de santé étudiante (SSE) ouvre une antenne au campus Fonderie.
- Le rectorat de la région académique Grand Est a renouvelé le label « Cordées de la réussite » de notre programme de tutorat avec douze lycées du Haut-Rhin.
- Journée portes ouvertes le samedi 7 mars sur les campus de l'Illberg, à Mulhouse, et du Grillenbreit, à Colmar.

Agenda
12 mars, 18 h – Conférence de Karin Vogt, professeure à l'université de Fribourg-en-Brisgau (Allemagne), sur l'hydrogène vert. Amphithéâtre Weiss. Inscription : communication@uha.fr""",
        spans=[
            ("Université de Haute-Alsace", "ORG"),
            ("ERC", "ORG"),
            ("IS2M", "ORG"),
            ("CNRS", "ORG"),
            ("Institut de science des matériaux de Mulhouse", "ORG"),
            ("UHA", "ORG"),
            ("Laura Keller-Ndiaye", "PER"),
            ("Conseil européen de la recherche", "ORG"),
            ("Mulhouse", "LOC"),
            ("Hélène Roth", "PER"),
            ("IRIMAS", "ORG"),
            ("GHRMSA", "ORG"),
            ("Inserm", "ORG"),
            ("Institut de recherche en informatique, mathématiques, automatique et signal", "ORG"),
            ("Groupe hospitalier de la région de Mulhouse et Sud Alsace", "ORG"),
            ("Agence nationale de la recherche", "ORG"),
            ("ANR", "ORG"),
            ("Institut national de la santé et de la recherche médicale", "ORG"),
            ("Hôpitaux universitaires de Strasbourg", "ORG"),
            ("HUS", "ORG"),
            ("Thomas Brenner", "PER"),
            ("Bâle", "LOC"),
            ("Université de Bâle", "ORG"),
            ("Karlsruher Institut für Technologie", "ORG"),
            ("KIT", "ORG"),
            ("Crous de Strasbourg", "ORG"),
            ("Colmar", "LOC"),
            ("Région Grand Est", "ORG"),
            ("rectorat de la région académique Grand Est", "ORG"),
            ("Haut-Rhin", "LOC"),
            ("Karin Vogt", "PER"),
            ("université de Fribourg-en-Brisgau", "ORG"),
            ("Allemagne", "LOC"),
        ],
        acronyms=[
            ("UHA", "all", _x("UHA")),
            ("ERC", "all", _x("ERC", "Conseil européen de la recherche")),
            ("IS2M", "all", _x("IS2M", "Institut de science des matériaux de Mulhouse")),
            ("CNRS", "all", _x("CNRS")),
            ("UMR", "all", _x("UMR", "unité mixte de recherche")),
            (
                "IRIMAS",
                "all",
                _x("IRIMAS", "Institut de recherche en informatique, mathématiques, automatique et signal"),
            ),
            ("GHRMSA", "all", _x("GHRMSA", "Groupe hospitalier de la région de Mulhouse et Sud Alsace")),
            ("Inserm", "all", _x("Inserm", "Institut national de la santé et de la recherche médicale")),
            ("ANR", "all", _x("ANR", "Agence nationale de la recherche")),
            ("HUS", "all", _x("HUS", "Hôpitaux universitaires de Strasbourg")),
            ("KIT", "all", _x("KIT", "Karlsruher Institut für Technologie")),
            ("Crous", "all", _x("Crous")),
            ("SSE", "all", _x("SSE", "service de santé étudiante")),
        ],
        ignore=[
            ("UHA Actu",),
            ("Consolidator",),
            ("Lumipol",),
            ("professeur des universités",),
            ("service de santé étudiante (SSE)",),
            ("campus Fonderie",),
            ("Cordées de la réussite",),
            ("campus de l'Illberg",),
            ("Grillenbreit",),
            ("Amphithéâtre Weiss",),
        ],
        not_acronyms=[],
    ),
    # ======================================================================
    # 3. Municipal magazine page (Taverny, Val-d'Oise): masthead, the mayor's editorial and
    #    signature, solidarity, associations and clubs, sport (curly apostrophes, digits grouped
    #    by narrow no-break spaces).
    # ======================================================================
    _doc(
        id="unseen-magazine-municipal-taverny",
        curly=True,
        numthin=True,
        text="""VIVRE À TAVERNY – N° 86 – MAI-JUIN 2026

L'ÉDITO DU MAIRE

Chères Tabernaciennes, chers Tabernaciens,

Le printemps a vu s'achever deux chantiers attendus : la rénovation thermique du groupe scolaire Jules-Ferry et la réfection de la Grande Rue, menée avec la communauté d'agglomération Val Parisis.

Autre bonne nouvelle : après deux ans de discussions, Île-de-France Mobilités a accepté de renforcer la ligne de bus 95-19 entre la gare de Taverny et Saint-Leu-la-Forêt, avec un passage toutes les dix minutes aux heures de pointe dès septembre. Je remercie la Région Île-de-France et le Département du Val-d'Oise, qui cofinancent le nouveau pôle gare.

Enfin, la révision de notre plan local d'urbanisme (PLU) entre dans sa phase de concertation : réunion publique le jeudi 4 juin à 20 h, salle Jean-Vilar. Votre avis compte !

Élise Marchand-Duval
Maire de Taverny
Vice-présidente de la communauté d'agglomération Val Parisis

SOLIDARITÉ
Canicule : inscrivez-vous sur le registre du CCAS
Comme chaque été, le centre communal d'action sociale (CCAS) de Taverny tient un registre des personnes âgées, isolées ou handicapées, qui seront appelées en cas d'alerte canicule déclenchée par la préfecture du Val-d'Oise. Inscription au 01 30 40 50 60 ou à l'accueil de l'Espace social, place Charles-de-Gaulle. Les bénéficiaires du RSA et de l'allocation aux adultes handicapés (AAH) peuvent y être accompagnés dans leurs démarches auprès de la Caf du Val-d'Oise et de France Travail, lors des permanences du mardi.

VIE ASSOCIATIVE
Le handball tabernacien en finale régionale
Les moins de 18 ans du Taverny Handball Club (THC) disputeront le 14 juin la finale du championnat régional de la Ligue Île-de-France de handball, à Cergy, face à Massy. « Une première en vingt ans ! », se réjouit la présidente du club, Nadia Ferhat. Le THC, qui compte 1 310 licenciés, finance aussi le BAFA des jeunes qui encadrent ses stages d'été.

Les Jardins de la Tuilerie fêtent leurs dix ans
Soutenue par la Ville, l'association Les Jardins de la Tuilerie cultive depuis 2016 quarante parcelles partagées au pied de la butte. Portes ouvertes le samedi 20 juin, avec un troc de plants et un atelier de compostage.

SPORT NATURE
Le 28 juin, l'Office national des forêts (ONF) et l'association Taverny Nature organisent une course de 12 km au cœur de la forêt de Montmorency, entre Taverny et Bessancourt. Inscriptions sur taverny.fr.""",
        spans=[
            ("communauté d'agglomération Val Parisis", "ORG"),
            ("Île-de-France Mobilités", "ORG"),
            ("Taverny", "LOC"),
            ("Saint-Leu-la-Forêt", "LOC"),
            ("Région Île-de-France", "ORG"),
            ("Département du Val-d'Oise", "ORG"),
            ("Élise Marchand-Duval", "PER"),
            ("CCAS", "ORG"),
            ("centre communal d'action sociale", "ORG"),
            ("préfecture du Val-d'Oise", "ORG"),
            ("Caf du Val-d'Oise", "ORG"),
            ("France Travail", "ORG"),
            ("Taverny Handball Club", "ORG"),
            ("THC", "ORG"),
            ("Ligue Île-de-France de handball", "ORG"),
            ("Cergy", "LOC"),
            ("Massy", "ORG"),
            ("Nadia Ferhat", "PER"),
            ("Les Jardins de la Tuilerie", "ORG"),
            ("Office national des forêts", "ORG"),
            ("ONF", "ORG"),
            ("Taverny Nature", "ORG"),
            ("forêt de Montmorency", "LOC"),
            ("Bessancourt", "LOC"),
        ],
        acronyms=[
            ("PLU", "all", _x("PLU", "plan local d'urbanisme")),
            ("CCAS", "all", _x("CCAS", "centre communal d'action sociale")),
            ("RSA", "all", _x("RSA")),
            ("AAH", "all", _x("AAH", "allocation aux adultes handicapés")),
            ("Caf", "all", _x("Caf")),
            ("THC", "all", _x("THC", "Taverny Handball Club")),
            ("BAFA", "all", _x("BAFA")),
            ("ONF", "all", _x("ONF", "Office national des forêts")),
        ],
        ignore=[
            ("VIVRE À TAVERNY – N° 86 – MAI-JUIN 2026",),
            ("L'ÉDITO DU MAIRE",),
            ("groupe scolaire Jules-Ferry",),
            ("Grande Rue",),
            ("salle Jean-Vilar",),
            ("Maire de Taverny",),
            ("SOLIDARITÉ",),
            ("Espace social",),
            ("place Charles-de-Gaulle",),
            ("VIE ASSOCIATIVE",),
            ("Ville",),
            ("SPORT NATURE",),
        ],
        not_acronyms=[
            ("VIVRE À TAVERNY – N° 86 – MAI-JUIN 2026",),
            ("L'ÉDITO DU MAIRE",),
            ("SOLIDARITÉ",),
            ("VIE ASSOCIATIVE",),
            ("SPORT NATURE",),
        ],
    ),
]
