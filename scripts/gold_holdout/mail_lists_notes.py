"""Held-out gold texts: an e-mail forwarded with its original header, a prefecture's table of
operational contacts, and a newsroom chat written mostly in lower case.

Written for seedner and annotated by hand, per ../shared/gold/GUIDELINES.md and the conventions
of tests/data/gold/README.md and scripts/gold_everyday/, before seedner was run on any of them.
Agencies, bodies, media and places are real, with their official names; all people, figures and
quotes are fictional (phone numbers included, but for the switchboard of the préfecture).

Typography as in press.py: ``_fr()`` puts the no-break spaces in the text and in every surface,
except in the e-mail and the chat (``typo=False``), typed with plain spaces and straight
apostrophes.

Conventions decided here, on top of the README and the everyday modules:
- e-mail display names (``FAUCHER Sandrine``, ``UDAP 63``, ``Mairie de Sauxillanges``) are
  annotated like the body; the role in a display name (``DGS``) and the header labels (``TR``,
  ``Cc``, ``Sujet``, ``Pour``) are not entities;
- units inside a service, in a signature or a table cell (``Service habitat et construction``,
  ``SHC``, ``Service interministériel de défense et de protection civiles``, ``SIDPC``,
  ``CODIS``, ``CORG``, ``délégation départementale de la Gironde``, ``agence territoriale Landes
  Nord-Aquitaine``) are ignored like the press-office units of the README; their acronyms are
  listed; the body they belong to and the town of an address are annotated;
- roles abbreviated by an acronym (``DGS``, ``ABF``) are ignored and listed as acronyms;
- lower-case names in a chat are entities all the same (``pujol``, ``jean-pierre``, ``sdis 66``,
  ``perpignan méditerranée métropole``, ``céret``) and lower-case acronyms are acronym mentions
  (``ddtm``, ``ehpad``, ``ter``, ``mp`` for « message privé »); ``P.-O.`` (Pyrénées-Orientales)
  is a LOC and an initialism; ``la préf``, ``le département``, ``la région``, ``la mairie`` are
  generic institutions: ignored, and so is ``vigicrues`` (the flood-warning service's website,
  written as a common noun).
"""

from functools import partial

from gold_text import document, expansions, french_typography

_OFF = {
    "abf": ["architecte des Bâtiments de France", "architectes des Bâtiments de France"],
    "caue": ["conseil d'architecture, d'urbanisme et de l'environnement"],
    "cerema": [
        "Centre d'études et d'expertise sur les risques, l'environnement, la mobilité et l'aménagement",
    ],
    "chu": ["centre hospitalier universitaire"],
    "cod": ["centre opérationnel départemental"],
    "codis": ["centre opérationnel départemental d'incendie et de secours"],
    "corg": ["centre d'opérations et de renseignement de la gendarmerie"],
    "crs": ["compagnies républicaines de sécurité", "compagnie républicaine de sécurité"],
    "ddt": ["direction départementale des territoires"],
    "ddtm": ["direction départementale des territoires et de la mer"],
    "detr": ["dotation d'équipement des territoires ruraux"],
    "dgs": ["directeur général des services", "directrice générale des services"],
    "dsil": ["dotation de soutien à l'investissement local"],
    "ehpad": [
        "établissement d'hébergement pour personnes âgées dépendantes",
        "établissement hébergeant des personnes âgées dépendantes",
    ],
    "ht": ["hors taxes"],
    "mns": ["maîtres-nageurs sauveteurs", "maître-nageur sauveteur"],
    "mp": ["message privé"],
    "onf": ["Office national des forêts"],
    "p.-o.": ["Pyrénées-Orientales"],
    "samu": ["service d'aide médicale urgente"],
    "sdis": ["service départemental d'incendie et de secours"],
    "sidpc": ["Service interministériel de défense et de protection civiles"],
    "sncf": ["Société nationale des chemins de fer français"],
    "snsm": ["Société nationale de sauvetage en mer"],
    "ter": ["transport express régional", "train express régional"],
    "udap": ["unité départementale de l'architecture et du patrimoine"],
}


_x = partial(expansions, _OFF)


_fr = french_typography


_doc = document


TITLECASE_ACRONYMS = {"cerema", "samu"}

DOCS = [
    # ======================================================================
    # 1. E-mail (TR:) from a sous-préfecture to a small commune about a DETR grant, with the
    #    forwarded message's header (Thunderbird style) and two signatures.
    # ======================================================================
    _doc(
        id="holdout-mail-detr-sauxillanges",
        typo=False,
        text="""De : FAUCHER Sandrine (Sous-préfecture d'Issoire) <sandrine.faucher@puy-de-dome.gouv.fr>
Envoyé : lundi 2 février 2026 10:41
À : Mairie de Sauxillanges - DGS <dgs@sauxillanges.fr>
Cc : BORIE Mathieu <mathieu.borie@puy-de-dome.gouv.fr>
Objet : TR: DETR 2026 - dossier incomplet - école de Sauxillanges

Madame la directrice générale des services,

Je vous transfère ci-dessous le message de la DDT concernant votre demande de dotation d'équipement des territoires ruraux (DETR) pour la rénovation énergétique du groupe scolaire.

Pour que le dossier puisse être présenté à la commission DETR du 12 mars, il manque :
- la délibération du conseil municipal approuvant le plan de financement ;
- l'avis de l'architecte des Bâtiments de France, l'école étant située dans le périmètre d'un monument historique ;
- l'attestation de non-commencement des travaux.

Faute de pièces complètes au 20 février, le projet pourra être reporté sur la dotation de soutien à l'investissement local (DSIL) ou sur le Fonds vert, dont l'instruction relève également de la DDT.

Cordialement,

Sandrine Faucher
Pôle d'appui aux territoires
Sous-préfecture d'Issoire
Tél. : 04 73 89 00 00

-------- Message transféré --------
Sujet : DETR 2026 - Sauxillanges - avis technique
Date : Fri, 30 Jan 2026 16:22:05 +0100
De : ROUX Mathilde (DDT 63/SHC) <mathilde.roux@puy-de-dome.gouv.fr>
Pour : FAUCHER Sandrine <sandrine.faucher@puy-de-dome.gouv.fr>
Copie à : UDAP 63 <udap63@culture.gouv.fr>

Bonjour Sandrine,

Avis technique favorable sur le projet de l'école de Sauxillanges, sous réserve de l'audit énergétique : le gain annoncé (-42 % de consommation) est cohérent avec l'étude du Cerema. Le conseil d'architecture, d'urbanisme et de l'environnement (CAUE) du Puy-de-Dôme a accompagné la commune sur le choix des menuiseries.

Attention : le plan de financement mentionne une aide de la Région Auvergne-Rhône-Alpes de 120 000 € et une aide du conseil départemental du Puy-de-Dôme de 80 000 €, sans notification jointe. L'Agglo Pays d'Issoire indique par ailleurs un fonds de concours de 30 000 €. Le total des aides publiques ne peut dépasser 80 % du coût HT.

L'UDAP (en copie) n'a pas encore reçu le dossier ; l'ABF du secteur, M. Pierre-Yves Mazuel, peut recevoir la commune le 10 février.

Cordialement,
Mathilde Roux
Cheffe de l'unité construction durable
Service habitat et construction (SHC)
Direction départementale des territoires du Puy-de-Dôme
Tél. : 04 73 43 16 00""",
        spans=[
            ("FAUCHER Sandrine", "PER"),
            ("Sous-préfecture d'Issoire", "ORG"),
            ("Mairie de Sauxillanges", "ORG"),
            ("BORIE Mathieu", "PER"),
            ("Sauxillanges", "LOC"),
            ("DDT", "ORG"),
            ("Sandrine Faucher", "PER"),
            ("ROUX Mathilde", "PER"),
            ("DDT 63", "ORG"),
            ("UDAP 63", "ORG"),
            ("Sandrine", "PER"),
            ("Cerema", "ORG"),
            ("conseil d'architecture, d'urbanisme et de l'environnement", "ORG"),
            ("CAUE", "ORG"),
            ("Puy-de-Dôme", "LOC"),
            ("Région Auvergne-Rhône-Alpes", "ORG"),
            ("conseil départemental du Puy-de-Dôme", "ORG"),
            ("Agglo Pays d'Issoire", "ORG"),
            ("UDAP", "ORG"),
            ("Pierre-Yves Mazuel", "PER"),
            ("Mathilde Roux", "PER"),
            ("Direction départementale des territoires du Puy-de-Dôme", "ORG"),
        ],
        acronyms=[
            ("DGS", "all", _x("DGS")),
            ("DETR", "all", _x("DETR")),
            ("DDT", "all", _x("DDT")),
            ("DSIL", "all", _x("DSIL")),
            ("SHC", "all", ["Service habitat et construction"]),
            ("UDAP", "all", _x("UDAP")),
            ("Cerema", "all", _x("Cerema")),
            ("CAUE", "all", _x("CAUE")),
            ("HT", "all", _x("HT")),
            ("ABF", "all", _x("ABF")),
        ],
        ignore=[
            ("DGS",),
            ("Madame la directrice générale des services",),
            ("commission DETR",),
            ("architecte des Bâtiments de France",),
            ("Pôle d'appui aux territoires",),
            ("SHC",),
            ("ABF du secteur",),
            ("Cheffe de l'unité construction durable",),
            ("Service habitat et construction",),
        ],
        not_acronyms=[
            ("FAUCHER",),
            ("Cc",),
            ("BORIE",),
            ("TR",),
            ("ROUX",),
            ("M.",),
        ],
    ),
    # ======================================================================
    # 2. Prefecture of the Gironde: table of operational contacts for the summer season
    #    (services, people, phones, addresses), letterhead and headline in capitals.
    # ======================================================================
    _doc(
        id="holdout-annuaire-gironde-dispositif-estival",
        text="""PRÉFÈTE DE LA GIRONDE
Liberté
Égalité
Fraternité

Service interministériel de défense et de protection civiles (SIDPC)

DISPOSITIF ESTIVAL 2026 – LITTORAL GIRONDIN
Annuaire opérationnel des services – version du 2 juin 2026 – diffusion restreinte

Service | Interlocuteur | Téléphone | Adresse
Préfecture de la Gironde – SIDPC | permanence 24 h/24 | 05 56 90 60 60 | 2 esplanade Charles-de-Gaulle, 33077 Bordeaux Cedex
Sous-préfecture de Lesparre-Médoc | M. Olivier Lartigau, secrétaire général | 05 56 73 20 00 | 33340 Lesparre-Médoc
SDIS de la Gironde – CODIS | officier CODIS | 05 56 01 85 18 | 33081 Bordeaux Cedex
Samu 33 – CHU de Bordeaux | médecin régulateur | 15 | 33076 Bordeaux Cedex
CROSS Étel | officier de permanence | 196 | 56410 Étel
SNSM – station d’Arcachon | Cdt Bruno Lafitte | 06 12 47 83 90 | quai Goslar, 33120 Arcachon
Groupement de gendarmerie départementale de la Gironde – CORG | officier CORG | 17 | 33000 Bordeaux
CRS maîtres-nageurs sauveteurs (MNS) | Capt. Hélène Duprat | 06 70 21 55 14 | poste de secours, 33680 Lacanau-Océan
DDTM de la Gironde – délégation à la mer et au littoral | Mme Agnès Castéra | 05 56 24 80 80 | 33000 Bordeaux
ONF – agence territoriale Landes Nord-Aquitaine | M. Thierry Dubos | 05 57 81 30 00 | 33000 Bordeaux
Météo-France | prévisionniste de permanence | 05 57 29 12 34 | 33700 Mérignac
ARS Nouvelle-Aquitaine – délégation départementale de la Gironde | astreinte santé-environnement | 05 57 01 44 00 | 33063 Bordeaux Cedex
SIBA (syndicat intercommunal du bassin d’Arcachon) | qualité des eaux de baignade | 05 57 52 74 74 | 33120 Arcachon
Observatoire de la côte de Nouvelle-Aquitaine (OCNA) | suivi de l’érosion | 05 57 12 45 00 | 33600 Pessac
Communauté de communes Médoc Atlantique | Mme Sophie Larrieu, DGS | 05 56 03 20 11 | 33780 Soulac-sur-Mer
Enedis – accueil dépannage | – | 09 726 750 33 | –
Centre antipoison de Bordeaux | toxicologue de garde | 05 56 96 40 80 | CHU de Bordeaux

Rappel : toute alerte relative à un feu de forêt est signalée sans délai au CODIS et au SIDPC. Les travaux du Conservatoire du littoral et de l’Office national des forêts sur la dune du Pilat sont suspendus du 1er juillet au 31 août, sauf urgence.

Contact : pref-sidpc@gironde.gouv.fr""",
        spans=[
            ("Préfecture de la Gironde", "ORG"),
            ("Bordeaux", "LOC"),
            ("Sous-préfecture de Lesparre-Médoc", "ORG"),
            ("Olivier Lartigau", "PER"),
            ("Lesparre-Médoc", "LOC"),
            ("SDIS de la Gironde", "ORG"),
            ("Samu 33", "ORG"),
            ("CHU de Bordeaux", "ORG"),
            ("CROSS Étel", "ORG"),
            ("Étel", "LOC"),
            ("SNSM", "ORG"),
            ("Arcachon", "LOC"),
            ("Bruno Lafitte", "PER"),
            ("Groupement de gendarmerie départementale de la Gironde", "ORG"),
            ("CRS", "ORG"),
            ("Hélène Duprat", "PER"),
            ("Lacanau-Océan", "LOC"),
            ("DDTM de la Gironde", "ORG"),
            ("Agnès Castéra", "PER"),
            ("ONF", "ORG"),
            ("Thierry Dubos", "PER"),
            ("Météo-France", "ORG"),
            ("Mérignac", "LOC"),
            ("ARS Nouvelle-Aquitaine", "ORG"),
            ("SIBA", "ORG"),
            ("syndicat intercommunal du bassin d’Arcachon", "ORG"),
            ("Observatoire de la côte de Nouvelle-Aquitaine", "ORG"),
            ("OCNA", "ORG"),
            ("Pessac", "LOC"),
            ("Communauté de communes Médoc Atlantique", "ORG"),
            ("Sophie Larrieu", "PER"),
            ("Soulac-sur-Mer", "LOC"),
            ("Enedis", "ORG"),
            ("Centre antipoison de Bordeaux", "ORG"),
            ("Conservatoire du littoral", "ORG"),
            ("Office national des forêts", "ORG"),
            ("dune du Pilat", "LOC"),
        ],
        acronyms=[
            ("SIDPC", "all", _x("SIDPC")),
            ("SDIS", "all", _x("SDIS")),
            ("CODIS", "all", _x("CODIS")),
            ("Samu", "all", _x("Samu")),
            ("CHU", "all", _x("CHU")),
            ("CROSS", "all", None),
            ("SNSM", "all", _x("SNSM")),
            ("CORG", "all", _x("CORG")),
            ("CRS", "all", _x("CRS")),
            ("MNS", "all", _x("MNS")),
            ("DDTM", "all", _x("DDTM")),
            ("ONF", "all", _x("ONF")),
            ("ARS", "all", None),
            (
                "SIBA",
                "all",
                [
                    "syndicat intercommunal du bassin d’Arcachon",
                    "Syndicat intercommunal du bassin d'Arcachon",
                ],
            ),
            ("OCNA", "all", ["Observatoire de la côte de Nouvelle-Aquitaine"]),
            ("DGS", "all", _x("DGS")),
        ],
        ignore=[
            ("PRÉFÈTE DE LA GIRONDE",),
            ("Liberté\nÉgalité\nFraternité",),
            ("Service interministériel de défense et de protection civiles",),
            ("SIDPC",),
            ("DISPOSITIF ESTIVAL 2026 – LITTORAL GIRONDIN",),
            ("esplanade Charles-de-Gaulle",),
            ("secrétaire général",),
            ("CODIS",),
            ("quai Goslar",),
            ("CORG",),
            ("délégation à la mer et au littoral",),
            ("agence territoriale Landes Nord-Aquitaine",),
            ("délégation départementale de la Gironde",),
            ("DGS",),
        ],
        not_acronyms=[
            ("PRÉFÈTE DE LA GIRONDE",),
            ("DISPOSITIF ESTIVAL 2026 – LITTORAL GIRONDIN",),
            ("M.",),
            ("Mme",),
        ],
    ),
    # ======================================================================
    # 3. Newsroom chat (regional daily, Perpignan) during a Mediterranean storm, mostly in
    #    lower case: lower-case names, bodies, places and acronyms; straight apostrophes.
    # ======================================================================
    _doc(
        id="holdout-chat-redaction-perpignan",
        typo=False,
        text="""#redac-perpignan · mardi 21 octobre 2025

09:02 Léa Garrigue : salut à tous, point rapide sur l'épisode méditerranéen
09:03 Léa Garrigue : la préf a activé le cod cette nuit, vigilance orange pluie-inondation sur les P.-O. jusqu'à demain 6h
09:04 Tom Bertrand : ok. j'appelle le sdis 66 pour le bilan des interventions. t'as le num du cdt pujol ?
09:04 Léa Garrigue : oui je te l'envoie en mp
09:06 Marc Estève : météo-france annonce 180 mm sur le vallespir d'ici ce soir. la têt et l'agly sont en jaune sur vigicrues
09:08 Tom Bertrand : perpignan méditerranée métropole a fermé les parkings en zone inondable (cf le post de la mairie). le barrage de vinça est à 60 % d'après le département
09:10 Léa Garrigue : ok. pense à appeler l'ars pour les ehpad de céret et d'amélie-les-bains
09:11 Marc Estève : la sncf a suspendu les ter entre perpignan et villefranche, bus de substitution. je vérifie avec la région
09:13 Tom Bertrand : jean-pierre de la ddtm me dit que la route de prades est coupée à ille-sur-têt
09:15 Léa Garrigue : Parfait. Je fais le papier pour 11h sur le site de L'Indépendant. Marc, tu fais les photos à Argelès-sur-Mer ? On se retrouve à la rédaction à 14h. Merci !
09:16 Marc Estève : ça marche""",
        spans=[
            ("Léa Garrigue", "PER"),
            ("P.-O.", "LOC"),
            ("Tom Bertrand", "PER"),
            ("sdis 66", "ORG"),
            ("pujol", "PER"),
            ("Marc Estève", "PER"),
            ("météo-france", "ORG"),
            ("vallespir", "LOC"),
            ("têt", "LOC"),
            ("agly", "LOC"),
            ("perpignan méditerranée métropole", "ORG"),
            ("vinça", "LOC"),
            ("ars", "ORG"),
            ("céret", "LOC"),
            ("amélie-les-bains", "LOC"),
            ("sncf", "ORG"),
            ("perpignan", "LOC"),
            ("villefranche", "LOC"),
            ("jean-pierre", "PER"),
            ("ddtm", "ORG"),
            ("prades", "LOC"),
            ("ille-sur-têt", "LOC"),
            ("L'Indépendant", "ORG"),
            ("Marc", "PER"),
            ("Argelès-sur-Mer", "LOC"),
        ],
        acronyms=[
            ("cod", "all", _x("cod")),
            ("P.-O.", "all", _x("P.-O.")),
            ("sdis", "all", _x("sdis")),
            ("mp", "all", _x("mp")),
            ("ars", "all", None),
            ("ehpad", "all", _x("ehpad")),
            ("sncf", "all", _x("sncf")),
            ("ter", "all", _x("ter")),
            ("ddtm", "all", _x("ddtm")),
        ],
        ignore=[
            ("préf",),
            ("cod",),
            ("mairie",),
            ("département",),
            ("région",),
            ("vigicrues",),
        ],
        not_acronyms=[],
    ),
]
