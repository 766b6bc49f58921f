"""Blind gold texts: a cour d'appel judgment in a labour case (chambre sociale), an interim-relief
order of a tribunal administratif (environment), a prefectoral order with its VU list and an annex
table (Corse-du-Sud), and the minutes of a municipal council (Normandie).

Written for seedner and annotated by hand, per ../shared/gold/GUIDELINES.md and the conventions
of tests/data/gold/README.md, scripts/gold_everyday/ and scripts/gold_holdout/, before seedner was
run on any of them. Courts, agencies, bodies and places are real, with their official names; all
people, companies, associations, cases, figures and quotes are fictional.

Typography as in the holdout modules: ``_fr()`` puts the no-break spaces in the text and in every
surface, except in the judgment (``typo=False``), which keeps the plain spaces and straight
apostrophes of a word-processor export.

Conventions decided here, on top of the README and the everyday and holdout modules:
- as in the holdout judgment, a letterhead that names a court is an ORG span (``COUR D'APPEL DE
  RENNES``, ``TRIBUNAL ADMINISTRATIF DE STRASBOURG``), and so is a party's name in capitals in the
  heading of a decision (``ASSOCIATION POUR LA SAUVEGARDE DU RIED DE L’ILL``); the court's chamber
  line (``8ème Chambre Prud'homale``), the title and the section headings are ignored; the court
  naming itself (``La Cour``, ``la juge des référés``) is not annotated or ignored;
- a party written ``M. NOM Prénom`` is a PER span ``NOM Prénom``, the particle in capitals included
  (``LE BIHAN Erwan``); towns in capitals in a judgment (``CONCARNEAU``, ``PENMARCH``) are LOC;
- ``commune de X`` and the letterhead ``COMMUNE DE X`` give X as a LOC (as ``commune de Plouaret``
  in the everyday set), while ``conseil municipal de X`` is one ORG;
- in the order, massifs, forests and capes of the annex table are LOC (natural places); a
  programme or plan that holds a place (``plan de protection ... (PPFENI) de la Corse``) is ignored
  as MISC, its acronym still listed; the department code in ``SIS 2A`` is not an acronym;
- in the minutes, the functions of the members (``maire``, ``adjointe aux affaires scolaires``,
  ``secrétaire de séance``) are ignored; a school named after a person is a facility: ignored.
"""

from functools import partial

from gold_text import document, expansions, french_typography

_OFF = {
    "cdd": ["contrat à durée déterminée"],
    "cdi": ["contrat à durée indéterminée"],
    "cpam": ["caisse primaire d'assurance maladie"],
    "cse": ["comité social et économique"],
    "ctg": ["convention territoriale globale"],
    "detr": ["dotation d'équipement des territoires ruraux"],
    "drac": ["direction régionale des affaires culturelles"],
    "dreal": ["direction régionale de l'environnement, de l'aménagement et du logement"],
    "efs": ["Établissement français du sang"],
    "ht": ["hors taxes"],
    "mrae": ["mission régionale d'autorité environnementale"],
    "msa": ["Mutualité sociale agricole"],
    "ofb": ["Office français de la biodiversité"],
    "onf": ["Office national des forêts"],
    "rg": ["répertoire général"],
    "rsa": ["revenu de solidarité active"],
    "sas": ["société par actions simplifiée"],
    "scp": ["société civile professionnelle"],
    "selarl": ["société d'exercice libéral à responsabilité limitée"],
    "sis": ["service d'incendie et de secours"],
    "za": ["zone artisanale", "zone d'activités"],
    "znieff": ["zone naturelle d'intérêt écologique, faunistique et floristique"],
}


_x = partial(expansions, _OFF)


_fr = french_typography


_doc = document


DOCS = [
    # ======================================================================
    # 1. Cour d'appel de Rennes, chambre prud'homale: dismissal for unfitness, duty to seek
    #    redeployment within the group; parties and towns in capitals (straight apostrophes,
    #    plain spaces).
    # ======================================================================
    _doc(
        id="blind-ca-rennes-inaptitude-reclassement",
        typo=False,
        text="""COUR D'APPEL DE RENNES
8ème Chambre Prud'homale

ARRÊT N° 412/2025
N° RG 23/05731 - N° Portalis DBVL-V-B7H-UDK4

SAS BRETIMAR
C/
M. LE BIHAN Erwan

RÉPUBLIQUE FRANÇAISE
AU NOM DU PEUPLE FRANÇAIS

ARRÊT DU 9 OCTOBRE 2025

COMPOSITION DE LA COUR LORS DU DÉLIBÉRÉ :
Madame Anne-Sophie QUÉRÉ, Présidente de chambre
Monsieur Patrick DANIÉLOU, Conseiller
Madame Élodie MARZIN, Conseillère
GREFFIER : Madame Gwénola PRIGENT

APPELANTE :
SAS BRETIMAR, ZA de Kerbriant, 29900 CONCARNEAU, prise en la personne de son président
Représentée par Me Yann GOURMELEN de la SELARL GOURMELEN AVOCATS, avocat au barreau de QUIMPER

INTIMÉ :
M. LE BIHAN Erwan, né le 14 avril 1984 à DOUARNENEZ (29), demeurant à PENMARCH
Représenté par Me Soizic TANGUY-ROLLAND, avocate au barreau de BREST (bénéficiaire de l'aide juridictionnelle totale accordée par le bureau d'aide juridictionnelle de RENNES)

EXPOSÉ DU LITIGE

M. LE BIHAN a été engagé le 3 septembre 2012 par la SAS BRETIMAR, entreprise de mareyage filiale du GROUPE ARMOR MARÉE, par contrat à durée indéterminée (CDI), en qualité d'ouvrier de marée, puis de chef d'équipe à l'atelier de filetage de Concarneau.

Victime le 7 mars 2022 d'un accident du travail pris en charge par la CPAM du Finistère, il a été déclaré inapte à son poste par le médecin du travail le 2 janvier 2023, puis licencié le 14 février 2023 pour inaptitude et impossibilité de reclassement.

Par jugement du 12 octobre 2023, le conseil de prud'hommes de Quimper a dit le licenciement dépourvu de cause réelle et sérieuse et condamné la SAS BRETIMAR à lui verser 28 000 euros de dommages et intérêts. La société a interjeté appel le 6 novembre 2023.

MOTIFS DE LA DÉCISION

Il résulte de l'article L. 1226-10 du code du travail que l'employeur propose au salarié déclaré inapte un autre emploi approprié à ses capacités, après avis du comité social et économique (CSE), au sein de l'entreprise ou des entreprises du groupe situées sur le territoire national.

La SAS BRETIMAR soutient avoir interrogé les sociétés du groupe. Elle ne produit toutefois que deux courriels adressés à la SARL LORIENT FILETS et à la SAS KERHALO CONSERVES, à Douarnenez, sans les réponses, alors que M. LE BIHAN justifie que trois postes de cariste étaient ouverts au même moment sur le site du groupe au Guilvinec. Le procès-verbal de la réunion du CSE du 30 janvier 2023 ne mentionne aucune recherche de poste.

Le manquement à l'obligation de reclassement prive le licenciement de cause réelle et sérieuse. Compte tenu de son ancienneté, de son âge et de ce qu'il perçoit le revenu de solidarité active (RSA) depuis mai 2024, selon l'attestation de la Caf du Finistère, le préjudice de M. LE BIHAN sera réparé par l'allocation de 31 500 euros.

PAR CES MOTIFS

La Cour, statuant publiquement, par arrêt contradictoire,

CONFIRME le jugement du conseil de prud'hommes de Quimper en ce qu'il a dit le licenciement de M. LE BIHAN Erwan dépourvu de cause réelle et sérieuse ;
L'INFIRME sur le montant des dommages et intérêts ;
CONDAMNE la SAS BRETIMAR à payer à M. LE BIHAN Erwan la somme de 31 500 euros à titre de dommages et intérêts ;
ORDONNE le remboursement par la SAS BRETIMAR à France Travail des indemnités de chômage versées au salarié, dans la limite de six mois ;
CONDAMNE la SAS BRETIMAR aux dépens d'appel.

LE GREFFIER          LA PRÉSIDENTE""",
        spans=[
            ("COUR D'APPEL DE RENNES", "ORG"),
            ("SAS BRETIMAR", "ORG"),
            ("LE BIHAN Erwan", "PER"),
            ("LE BIHAN", "PER"),
            ("Anne-Sophie QUÉRÉ", "PER"),
            ("Patrick DANIÉLOU", "PER"),
            ("Élodie MARZIN", "PER"),
            ("Gwénola PRIGENT", "PER"),
            ("CONCARNEAU", "LOC"),
            ("Yann GOURMELEN", "PER"),
            ("SELARL GOURMELEN AVOCATS", "ORG"),
            ("barreau de QUIMPER", "ORG"),
            ("DOUARNENEZ", "LOC"),
            ("PENMARCH", "LOC"),
            ("Soizic TANGUY-ROLLAND", "PER"),
            ("barreau de BREST", "ORG"),
            ("bureau d'aide juridictionnelle de RENNES", "ORG"),
            ("GROUPE ARMOR MARÉE", "ORG"),
            ("Concarneau", "LOC"),
            ("CPAM du Finistère", "ORG"),
            ("conseil de prud'hommes de Quimper", "ORG"),
            ("SARL LORIENT FILETS", "ORG"),
            ("SAS KERHALO CONSERVES", "ORG"),
            ("Douarnenez", "LOC"),
            ("Guilvinec", "LOC"),
            ("Caf du Finistère", "ORG"),
            ("France Travail", "ORG"),
        ],
        acronyms=[
            ("RG", "all", _x("RG")),
            ("SAS", "all", _x("SAS")),
            ("ZA", "all", _x("ZA")),
            ("SELARL", "all", _x("SELARL")),
            ("CDI", "all", _x("CDI")),
            ("CPAM", "all", _x("CPAM")),
            ("CSE", "all", _x("CSE")),
            ("SARL", "all", None),
            ("RSA", "all", _x("RSA")),
            ("Caf", "all", None),
        ],
        ignore=[
            ("8ème Chambre Prud'homale",),
            ("ARRÊT N° 412/2025",),
            ("RÉPUBLIQUE FRANÇAISE",),
            ("AU NOM DU PEUPLE FRANÇAIS",),
            ("ARRÊT DU 9 OCTOBRE 2025",),
            ("COMPOSITION DE LA COUR LORS DU DÉLIBÉRÉ",),
            ("Présidente de chambre",),
            ("Conseiller",),
            ("Conseillère",),
            ("GREFFIER",),
            ("APPELANTE",),
            ("ZA de Kerbriant",),
            ("INTIMÉ",),
            ("EXPOSÉ DU LITIGE",),
            ("médecin du travail",),
            ("MOTIFS DE LA DÉCISION",),
            ("comité social et économique (CSE)",),
            ("CSE", 1),
            ("PAR CES MOTIFS",),
            ("LA PRÉSIDENTE",),
        ],
        not_acronyms=[
            ("COUR D'APPEL DE RENNES",),
            ("ARRÊT N° 412/2025",),
            ("DBVL-V-B7H-UDK4",),
            ("BRETIMAR",),
            ("M.",),
            ("LE BIHAN",),
            ("RÉPUBLIQUE FRANÇAISE",),
            ("AU NOM DU PEUPLE FRANÇAIS",),
            ("ARRÊT DU 9 OCTOBRE 2025",),
            ("COMPOSITION DE LA COUR LORS DU DÉLIBÉRÉ",),
            ("QUÉRÉ",),
            ("DANIÉLOU",),
            ("MARZIN",),
            ("GREFFIER", 0),
            ("PRIGENT",),
            ("APPELANTE",),
            ("CONCARNEAU",),
            ("Me",),
            ("GOURMELEN",),
            ("AVOCATS",),
            ("QUIMPER",),
            ("INTIMÉ",),
            ("DOUARNENEZ",),
            ("PENMARCH",),
            ("TANGUY-ROLLAND",),
            ("BREST",),
            ("RENNES", 1),
            ("EXPOSÉ DU LITIGE",),
            ("GROUPE ARMOR MARÉE",),
            ("MOTIFS DE LA DÉCISION",),
            ("L.",),
            ("LORIENT FILETS",),
            ("KERHALO CONSERVES",),
            ("PAR CES MOTIFS",),
            ("CONFIRME",),
            ("INFIRME",),
            ("CONDAMNE",),
            ("ORDONNE",),
            ("LE GREFFIER",),
            ("LA PRÉSIDENTE",),
        ],
    ),
    # ======================================================================
    # 2. Tribunal administratif de Strasbourg, juge des référés: suspension of a quarry
    #    authorisation (Bas-Rhin), environment bodies, an association as party (curly
    #    apostrophes).
    # ======================================================================
    _doc(
        id="blind-ta-strasbourg-refere-carriere",
        text="""TRIBUNAL ADMINISTRATIF DE STRASBOURG

N° 2507814
___________

ASSOCIATION POUR LA SAUVEGARDE DU RIED DE L’ILL
___________

Mme Schaeffer
Juge des référés
___________

Ordonnance du 3 décembre 2025
___________

RÉPUBLIQUE FRANÇAISE
AU NOM DU PEUPLE FRANÇAIS

La juge des référés

Vu la procédure suivante :

Par une requête enregistrée le 14 novembre 2025, l’Association pour la sauvegarde du Ried de l’Ill, représentée par Me Mathilde Oberlé, demande au juge des référés, sur le fondement de l’article L. 521-1 du code de justice administrative :
1°) de suspendre l’exécution de l’arrêté du 19 septembre 2025 par lequel la préfète du Bas-Rhin a autorisé la société Rhenalys Granulats à exploiter une carrière de sables et graviers sur le territoire des communes d’Erstein et de Gerstheim ;
2°) de mettre à la charge de l’État la somme de 2 000 euros au titre de l’article L. 761-1 du même code.

Elle soutient que :
– l’urgence est caractérisée, le décapage des terres devant débuter le 8 décembre 2025 dans un secteur classé en zone naturelle d’intérêt écologique, faunistique et floristique (ZNIEFF) de type 1 ;
– l’avis de la mission régionale d’autorité environnementale (MRAe) Grand Est n’a pas été joint au dossier d’enquête publique, en méconnaissance de l’article R. 123-8 du code de l’environnement ;
– l’étude d’impact n’analyse pas les effets du projet sur la nappe phréatique rhénane.

Par un mémoire en défense, enregistré le 28 novembre 2025, la société Rhenalys Granulats, représentée par la SCP Heitz et Wendling, conclut au rejet de la requête.

La préfète du Bas-Rhin a présenté des observations, enregistrées le 1er décembre 2025.

Vu :
– les autres pièces du dossier ;
– le code de l’environnement ;
– le code de justice administrative.

Considérant ce qui suit :

1. Aux termes de l’article L. 521-1 du code de justice administrative, le juge des référés peut ordonner la suspension de l’exécution d’une décision administrative « lorsque l’urgence le justifie et qu’il est fait état d’un moyen propre à créer, en l’état de l’instruction, un doute sérieux quant à la légalité de la décision ».

2. Il résulte de l’instruction que la DREAL Grand Est, chargée de l’inspection des installations classées, a elle-même relevé en juillet 2025 que le volet hydrogéologique de l’étude d’impact reposait sur des relevés piézométriques de l’Association pour la protection de la nappe phréatique de la plaine d’Alsace (APRONA) datant de 2009. L’Agence de l’eau Rhin-Meuse et la Collectivité européenne d’Alsace ont émis des réserves dans le même sens. Le moyen tiré de l’insuffisance de l’étude d’impact est, en l’état de l’instruction, propre à créer un doute sérieux quant à la légalité de l’arrêté.

3. Les travaux de décapage porteraient une atteinte difficilement réversible à des milieux où l’Office français de la biodiversité (OFB) a recensé le crapaud vert. La condition d’urgence est remplie.

ORDONNE :

Article 1er : L’exécution de l’arrêté de la préfète du Bas-Rhin du 19 septembre 2025 est suspendue.
Article 2 : L’État versera à l’Association pour la sauvegarde du Ried de l’Ill la somme de 1 500 euros au titre de l’article L. 761-1 du code de justice administrative.
Article 3 : La présente ordonnance sera notifiée à l’Association pour la sauvegarde du Ried de l’Ill, à la société Rhenalys Granulats et au ministre de la transition écologique. Copie en sera adressée à la préfète du Bas-Rhin.

Fait à Strasbourg, le 3 décembre 2025.""",
        spans=[
            ("TRIBUNAL ADMINISTRATIF DE STRASBOURG", "ORG"),
            ("ASSOCIATION POUR LA SAUVEGARDE DU RIED DE L’ILL", "ORG"),
            ("Schaeffer", "PER"),
            ("Association pour la sauvegarde du Ried de l’Ill", "ORG"),
            ("Mathilde Oberlé", "PER"),
            ("Rhenalys Granulats", "ORG"),
            ("Erstein", "LOC"),
            ("Gerstheim", "LOC"),
            ("mission régionale d’autorité environnementale", "ORG"),
            ("MRAe", "ORG"),
            ("Grand Est", "LOC"),
            ("SCP Heitz et Wendling", "ORG"),
            ("DREAL Grand Est", "ORG"),
            ("Association pour la protection de la nappe phréatique de la plaine d’Alsace", "ORG"),
            ("APRONA", "ORG"),
            ("Agence de l’eau Rhin-Meuse", "ORG"),
            ("Collectivité européenne d’Alsace", "ORG"),
            ("Office français de la biodiversité", "ORG"),
            ("OFB", "ORG"),
            ("Strasbourg", "LOC"),
        ],
        acronyms=[
            (
                "ZNIEFF",
                "all",
                _x("ZNIEFF", "zone naturelle d’intérêt écologique, faunistique et floristique"),
            ),
            ("MRAe", "all", _x("MRAe", "mission régionale d’autorité environnementale")),
            ("SCP", "all", _x("SCP")),
            ("DREAL", "all", _x("DREAL")),
            (
                "APRONA",
                "all",
                [
                    "Association pour la protection de la nappe phréatique de la plaine d’Alsace",
                    "Association pour la protection de la nappe phréatique de la plaine d'Alsace",
                ],
            ),
            ("OFB", "all", _x("OFB", "Office français de la biodiversité")),
        ],
        ignore=[
            ("RÉPUBLIQUE FRANÇAISE",),
            ("AU NOM DU PEUPLE FRANÇAIS",),
            ("Juge des référés",),
            ("juge des référés",),
            ("préfète du Bas-Rhin",),
            ("État",),
            ("inspection des installations classées",),
            ("ministre de la transition écologique",),
        ],
        not_acronyms=[
            ("TRIBUNAL ADMINISTRATIF DE STRASBOURG",),
            ("ASSOCIATION POUR LA SAUVEGARDE DU RIED DE L’ILL",),
            ("Mme",),
            ("RÉPUBLIQUE FRANÇAISE",),
            ("AU NOM DU PEUPLE FRANÇAIS",),
            ("Me",),
            ("L.",),
            ("R.",),
            ("ORDONNE",),
        ],
    ),
    # ======================================================================
    # 3. Prefectoral order (Corse-du-Sud): access to forest massifs in summer, VU list,
    #    annex table with cells separated by " | " (curly apostrophes).
    # ======================================================================
    _doc(
        id="blind-arrete-corse-du-sud-massifs-forestiers",
        text="""PRÉFET DE LA CORSE-DU-SUD
Liberté
Égalité
Fraternité

Direction départementale des territoires et de la mer
Service risques, eau et forêt

Arrêté n° 2A-2026-07-10-00012 du 10 juillet 2026
réglementant l’accès, la circulation et l’usage du feu dans les massifs forestiers de la Corse-du-Sud pendant la période estivale

Le préfet de la Corse-du-Sud,
Chevalier de la Légion d’honneur,

VU le code forestier, notamment ses articles L. 131-1 à L. 131-6 et R. 131-2 ;
VU le code général des collectivités territoriales, notamment son article L. 2212-2 ;
VU le plan de protection des forêts et des espaces naturels contre les incendies (PPFENI) de la Corse 2024-2033 ;
VU l’avis de l’Office national des forêts (ONF), direction territoriale Corse, du 7 juillet 2026 ;
VU l’avis du service d’incendie et de secours de la Corse-du-Sud (SIS 2A) du 8 juillet 2026 ;
VU le bulletin de Météo-France du 9 juillet 2026 ;

CONSIDÉRANT que le dessèchement de la végétation et les prévisions de vent d’ouest rendent le risque d’éclosion et de propagation des incendies très sévère ;
CONSIDÉRANT que quatorze départs de feu ont été recensés depuis le 1er juillet, dont celui qui a parcouru 160 hectares à Sartène le 5 juillet ;
SUR PROPOSITION du directeur départemental des territoires et de la mer ;

ARRÊTE

Article 1er – Jusqu’au 15 septembre 2026, l’accès aux massifs listés en annexe est réglementé selon le niveau de danger publié chaque jour à 18 h sur le site de la préfecture. En niveau « très sévère » ou « exceptionnel », l’accès, la circulation et le stationnement y sont interdits, y compris à pied, sauf pour les riverains et les professionnels.

Article 2 – L’emploi du feu, y compris pour les barbecues, est interdit sur l’ensemble du département.

Article 3 – Les agents de l’ONF, les forestiers-sapeurs de la Collectivité de Corse, les agents de l’Office français de la biodiversité (OFB) et du Parc naturel régional de Corse et les militaires du groupement de gendarmerie départementale de la Corse-du-Sud veillent à la mise en œuvre du présent arrêté.

Article 4 – Le secrétaire général de la préfecture, le sous-préfet de Sartène, le directeur départemental des territoires et de la mer, le directeur du SIS 2A et les maires des communes concernées sont chargés de l’exécution du présent arrêté, publié au recueil des actes administratifs de la préfecture de la Corse-du-Sud.

Fait à Ajaccio, le 10 juillet 2026

Le préfet,
Hervé MARCANGELI

ANNEXE – MASSIFS RÉGLEMENTÉS
Massif | Communes | Gestionnaire
Ospédale | Porto-Vecchio, Zonza, Sainte-Lucie-de-Porto-Vecchio | ONF
Aïtone | Évisa, Cristinacce | ONF
Incudine | Zicavo, Cozzano | Collectivité de Corse
Cagna | Sotta, Monacia-d’Aullène | ONF
Capo Rosso et Calanche | Piana, Ota | Conservatoire du littoral
Parata | Ajaccio | Conservatoire du littoral""",
        spans=[
            ("Direction départementale des territoires et de la mer", "ORG"),
            ("Corse-du-Sud", "LOC"),
            ("Office national des forêts", "ORG"),
            ("ONF", "ORG"),
            ("service d’incendie et de secours de la Corse-du-Sud", "ORG"),
            ("SIS 2A", "ORG"),
            ("Météo-France", "ORG"),
            ("Sartène", "LOC"),
            ("Collectivité de Corse", "ORG"),
            ("Office français de la biodiversité", "ORG"),
            ("OFB", "ORG"),
            ("Parc naturel régional de Corse", "ORG"),
            ("groupement de gendarmerie départementale de la Corse-du-Sud", "ORG"),
            ("préfecture de la Corse-du-Sud", "ORG"),
            ("Ajaccio", "LOC"),
            ("Hervé MARCANGELI", "PER"),
            ("Ospédale", "LOC"),
            ("Porto-Vecchio", "LOC"),
            ("Zonza", "LOC"),
            ("Sainte-Lucie-de-Porto-Vecchio", "LOC"),
            ("Aïtone", "LOC"),
            ("Évisa", "LOC"),
            ("Cristinacce", "LOC"),
            ("Incudine", "LOC"),
            ("Zicavo", "LOC"),
            ("Cozzano", "LOC"),
            ("Cagna", "LOC"),
            ("Sotta", "LOC"),
            ("Monacia-d’Aullène", "LOC"),
            ("Capo Rosso", "LOC"),
            ("Calanche", "LOC"),
            ("Piana", "LOC"),
            ("Ota", "LOC"),
            ("Conservatoire du littoral", "ORG"),
            ("Parata", "LOC"),
        ],
        acronyms=[
            (
                "PPFENI",
                "all",
                [
                    "plan de protection des forêts et des espaces naturels contre les incendies",
                    "plan de protection des forêts et des espaces naturels contre l'incendie",
                ],
            ),
            ("ONF", "all", _x("ONF", "Office national des forêts")),
            ("SIS", "all", _x("SIS", "service d’incendie et de secours de la Corse-du-Sud")),
            ("OFB", "all", _x("OFB", "Office français de la biodiversité")),
        ],
        ignore=[
            ("PRÉFET DE LA CORSE-DU-SUD",),
            ("Liberté\nÉgalité\nFraternité",),
            ("Service risques, eau et forêt",),
            ("préfet de la Corse-du-Sud",),
            ("Chevalier de la Légion d’honneur",),
            (
                "plan de protection des forêts et des espaces naturels contre les incendies (PPFENI) de la Corse 2024-2033",
            ),
            ("direction territoriale Corse",),
            ("directeur départemental des territoires et de la mer",),
            ("site de la préfecture",),
            ("secrétaire général de la préfecture",),
            ("sous-préfet de Sartène",),
            ("Le préfet",),
            ("ANNEXE – MASSIFS RÉGLEMENTÉS",),
        ],
        not_acronyms=[
            ("PRÉFET DE LA CORSE-DU-SUD",),
            ("2A-2026-07-10-00012",),
            ("VU",),
            ("L.",),
            ("R.",),
            ("2A",),
            ("CONSIDÉRANT",),
            ("SUR PROPOSITION",),
            ("ARRÊTE",),
            ("MARCANGELI",),
            ("ANNEXE – MASSIFS RÉGLEMENTÉS",),
        ],
    ),
    # ======================================================================
    # 4. Minutes of a municipal council (Manche): list of members in capitals, numbered
    #    deliberations with their votes (curly apostrophes).
    # ======================================================================
    _doc(
        id="blind-pv-conseil-municipal-bricquebec",
        text="""COMMUNE DE BRICQUEBEC-EN-COTENTIN (Manche)

PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 16 OCTOBRE 2025

L’an deux mille vingt-cinq, le seize octobre à vingt heures trente, le conseil municipal de Bricquebec-en-Cotentin, légalement convoqué le 9 octobre 2025, s’est réuni à la mairie sous la présidence de M. Gérard LECOSTEY, maire.

Présents : Gérard LECOSTEY, Sylvie HAMEL, Jean-Luc DUVAL-LEBRETON, Maryvonne ANQUETIL, Thomas LEFRANÇOIS, Nadine GOSSELIN, Pascal MAUGER, Chloé ROUXEL, Bernard LESAULNIER, Isabelle DESHAYES, Kévin LEMONNIER, Anne-Marie VRAC
Absents excusés ayant donné pouvoir : Didier PICOT (pouvoir à Sylvie HAMEL), Laetitia GIOT (pouvoir à Thomas LEFRANÇOIS)
Absent : Yves QUÉTIL
Secrétaire de séance : Chloé ROUXEL

Le procès-verbal de la séance du 11 septembre 2025 est adopté à l’unanimité.

Délibération n° 2025-058 – Rénovation énergétique de l’école élémentaire – plan de financement
Mme HAMEL, adjointe aux affaires scolaires, présente le projet de rénovation de l’école Jacques-Prévert, estimé à 1 240 000 € HT. Le plan de financement sollicite la dotation d’équipement des territoires ruraux (DETR) à hauteur de 35 %, le Fonds vert pour 20 %, le Département de la Manche pour 15 % et le Syndicat départemental d’énergies de la Manche (SDEM50) pour 5 %. M. MAUGER demande si l’Agglo du Cotentin participera ; le maire indique qu’un fonds de concours a été sollicité.
Vote : 13 pour, 0 contre, 1 abstention (M. MAUGER). Adoptée.

Délibération n° 2025-059 – Convention territoriale globale avec la Caf de la Manche
Le conseil autorise le maire à signer la convention territoriale globale (CTG) 2025-2029 avec la Caf de la Manche et la MSA Côtes Normandes pour l’accueil de loisirs. La prestation de service est estimée à 48 500 € par an.
Vote : unanimité (14 voix).

Délibération n° 2025-060 – Tarifs de l’eau et de l’assainissement 2026
La compétence ayant été transférée à l’Agglo du Cotentin, le conseil prend acte des tarifs votés par le conseil communautaire. M. DUVAL-LEBRETON regrette une hausse de 6 % et rappelle les aides de l’Agence de l’eau Seine-Normandie pour le renouvellement des réseaux.
Pas de vote (information).

Délibération n° 2025-061 – Recrutement d’un agent en contrat à durée déterminée (CDD)
Le conseil crée un emploi non permanent d’adjoint technique pour six mois, affecté à l’entretien du château et du donjon, en lien avec la direction régionale des affaires culturelles (DRAC) de Normandie, le château étant classé monument historique.
Vote : 12 pour, 2 contre (Mme VRAC, M. LEMONNIER). Adoptée.

Questions diverses
Mme GOSSELIN signale que la ligne de car régionale entre Bricquebec et Cherbourg-en-Cotentin ne desservira plus la gare routière à partir de janvier. Le maire écrira à la Région Normandie, autorité organisatrice des transports.
M. LEFRANÇOIS annonce une collecte de l’Établissement français du sang (EFS) le 20 novembre à la salle des fêtes.

La séance est levée à 22 h 40.

Le maire,                La secrétaire de séance,
Gérard LECOSTEY          Chloé ROUXEL""",
        spans=[
            ("BRICQUEBEC-EN-COTENTIN", "LOC"),
            ("Manche", "LOC", 0),
            ("conseil municipal de Bricquebec-en-Cotentin", "ORG"),
            ("Gérard LECOSTEY", "PER"),
            ("Sylvie HAMEL", "PER"),
            ("Jean-Luc DUVAL-LEBRETON", "PER"),
            ("Maryvonne ANQUETIL", "PER"),
            ("Thomas LEFRANÇOIS", "PER"),
            ("Nadine GOSSELIN", "PER"),
            ("Pascal MAUGER", "PER"),
            ("Chloé ROUXEL", "PER"),
            ("Bernard LESAULNIER", "PER"),
            ("Isabelle DESHAYES", "PER"),
            ("Kévin LEMONNIER", "PER"),
            ("Anne-Marie VRAC", "PER"),
            ("Didier PICOT", "PER"),
            ("Laetitia GIOT", "PER"),
            ("Yves QUÉTIL", "PER"),
            ("HAMEL", "PER"),
            ("Département de la Manche", "ORG"),
            ("Syndicat départemental d’énergies de la Manche", "ORG"),
            ("SDEM50", "ORG"),
            ("MAUGER", "PER"),
            ("Agglo du Cotentin", "ORG"),
            ("Caf de la Manche", "ORG"),
            ("MSA Côtes Normandes", "ORG"),
            ("DUVAL-LEBRETON", "PER"),
            ("Agence de l’eau Seine-Normandie", "ORG"),
            ("direction régionale des affaires culturelles", "ORG"),
            ("DRAC", "ORG"),
            ("Normandie", "LOC"),
            ("VRAC", "PER"),
            ("LEMONNIER", "PER"),
            ("GOSSELIN", "PER"),
            ("Bricquebec", "LOC"),
            ("Cherbourg-en-Cotentin", "LOC"),
            ("Région Normandie", "ORG"),
            ("LEFRANÇOIS", "PER"),
            ("Établissement français du sang", "ORG"),
            ("EFS", "ORG"),
        ],
        acronyms=[
            ("HT", "all", _x("HT")),
            ("DETR", "all", _x("DETR", "dotation d’équipement des territoires ruraux")),
            (
                "SDEM50",
                "all",
                [
                    "Syndicat départemental d’énergies de la Manche",
                    "Syndicat départemental d'énergies de la Manche",
                ],
            ),
            ("Caf", "all", None),
            ("CTG", "all", _x("CTG", "convention territoriale globale")),
            ("MSA", "all", _x("MSA")),
            ("CDD", "all", _x("CDD", "contrat à durée déterminée")),
            ("DRAC", "all", _x("DRAC", "direction régionale des affaires culturelles")),
            ("EFS", "all", _x("EFS", "Établissement français du sang")),
        ],
        ignore=[
            ("PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 16 OCTOBRE 2025",),
            ("maire",),
            ("Secrétaire de séance",),
            ("secrétaire de séance",),
            ("adjointe aux affaires scolaires",),
            ("école Jacques-Prévert",),
        ],
        not_acronyms=[
            ("COMMUNE DE BRICQUEBEC-EN-COTENTIN",),
            ("PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 16 OCTOBRE 2025",),
            ("M.",),
            ("Mme",),
            ("LECOSTEY",),
            ("HAMEL",),
            ("DUVAL-LEBRETON",),
            ("ANQUETIL",),
            ("LEFRANÇOIS",),
            ("GOSSELIN",),
            ("MAUGER",),
            ("ROUXEL",),
            ("LESAULNIER",),
            ("DESHAYES",),
            ("LEMONNIER",),
            ("VRAC",),
            ("PICOT",),
            ("GIOT",),
            ("QUÉTIL",),
        ],
    ),
]
