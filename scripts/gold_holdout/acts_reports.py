"""Held-out gold texts: a conseil de prud'hommes judgment, a prefectoral order banning rave
parties (ALL-CAPS headings and an ALL-CAPS signature block), a parliamentary written question
with the minister's answer, and an inspection report (IGA/IGEDD) as extracted from PDF.

Written for seedner and annotated by hand, per ../shared/gold/GUIDELINES.md and the conventions
of tests/data/gold/README.md and scripts/gold_everyday/, before seedner was run on any of them.
Courts, agencies, bodies and places are real, with their official names; all people, companies,
cases, figures and quotes are fictional.

Typography as in press.py: ``_fr()`` puts the no-break spaces in the text and in every surface,
except in the judgment (``typo=False``), which keeps the plain spaces of a word-processor export.

Conventions decided here, on top of the README and the everyday modules:
- a letterhead that names a court is an ORG span (``CONSEIL DE PRUD'HOMMES DE LYON``), as in the
  reports; the court naming itself later (``Le conseil``) is not annotated;
- companies and law firms in a judgment keep their legal form (``SAS LOGIFRAIS RHÔNE``,
  ``SELARL ARVANT MANDATAIRES``, ``SCP PERRICHON-VAREILLES``); the AGS party is one ORG with its
  delegation and town (``UNEDIC DÉLÉGATION AGS CGEA DE CHALON-SUR-SAÔNE``);
- the members of the bench, the clerk and the court-appointed agent are PER; their functions
  (``Présidente``, ``Assesseur``, ``conseiller salarié``, ``mandataire judiciaire``) are ignored,
  as are the ALL-CAPS section headings;
- in the order, article headings and the title block are ignored, the signatory's function is
  ignored and the town in ``FAIT À MENDE`` is a LOC;
- in the written question, the metadata lines ``Ministère interrogé > Intérieur`` are ignored (a
  field and its value, not a mention); a parliamentary group (``Droite Républicaine``) is an ORG;
- in the report, names wrapped or hyphenated across a line break are one span with the break,
  the title block in capitals is ignored, and the bodies and places of the running footer are
  annotated; ``établissement public territorial de bassin`` and ``établissements publics de
  coopération intercommunale`` name classes of bodies: ignored with their acronyms, as are the
  generic and anaphoric uses of those acronyms (``seize EPCI``, ``l’EPTB``), which stay listed as
  acronym mentions; a company's works council (``comité social et économique (CSE)``) likewise.
"""

from functools import partial

from gold_text import document, expansions, french_typography

SHY = "\u00ad"  # soft hyphen, as PDF copies give it inside long words

_OFF = {
    "ags": [
        "Association pour la gestion du régime de garantie des créances des salariés",
        "régime de garantie des salaires",
    ],
    "amrf": ["Association des maires ruraux de France"],
    "ants": ["Agence nationale des titres sécurisés"],
    "cdi": ["contrat à durée indéterminée"],
    "cerema": [
        "Centre d'études et d'expertise sur les risques, l'environnement, la mobilité et l'aménagement",
    ],
    "cgct": ["code général des collectivités territoriales"],
    "cgea": ["centre de gestion et d'étude AGS", "centre de gestion et d'études AGS"],
    "cpam": ["caisse primaire d'assurance maladie"],
    "csi": ["code de la sécurité intérieure"],
    "cse": ["comité social et économique"],
    "ddt": ["direction départementale des territoires"],
    "ddtm": ["direction départementale des territoires et de la mer"],
    "dreal": ["direction régionale de l'environnement, de l'aménagement et du logement"],
    "epci": [
        "établissement public de coopération intercommunale",
        "établissements publics de coopération intercommunale",
    ],
    "eptb": ["établissement public territorial de bassin"],
    "gemapi": [
        "gestion des milieux aquatiques et prévention des inondations",
        "gestion des milieux aquatiques et de prévention des inondations",
    ],
    "iga": ["Inspection générale de l'administration"],
    "igedd": ["Inspection générale de l'environnement et du développement durable"],
    "in": ["Imprimerie nationale"],
    "jo": ["Journal officiel", "Journal officiel de la République française"],
    "ofb": ["Office français de la biodiversité"],
    "papi": ["programme d'actions de prévention des inondations"],
    "ppri": ["plan de prévention du risque inondation", "plan de prévention des risques d'inondation"],
    "raa": ["recueil des actes administratifs"],
    "rg": ["répertoire général"],
    "samu": ["service d'aide médicale urgente"],
    "sas": ["société par actions simplifiée"],
    "scp": ["société civile professionnelle"],
    "sdis": ["service départemental d'incendie et de secours"],
    "selarl": ["société d'exercice libéral à responsabilité limitée"],
    "smmar": ["Syndicat mixte des milieux aquatiques et des rivières"],
    "unedic": ["Union nationale interprofessionnelle pour l'emploi dans l'industrie et le commerce"],
    "zi": ["zone industrielle"],
}


_x = partial(expansions, _OFF)


_fr = french_typography


_doc = document


TITLECASE_ACRONYMS = {"gemapi", "cerema"}

DOCS = [
    # ======================================================================
    # 1. Conseil de prud'hommes de Lyon: judgment on a dismissal, company in receivership,
    #    AGS CGEA, names in capitals (straight apostrophes, plain spaces).
    # ======================================================================
    _doc(
        id="holdout-cph-lyon-licenciement",
        typo=False,
        text="""CONSEIL DE PRUD'HOMMES DE LYON
Section Commerce - Chambre 2

RG N° F 24/01873
N° Portalis DBZK-W-B7I-KXV2

JUGEMENT DU 17 NOVEMBRE 2025

DEMANDEUR :
M. Kévin ROCHEBLAVE, né le 4 mars 1989 à Villeurbanne, demeurant à Vénissieux
Représenté par Me Nadia FERHAT, avocate au barreau de LYON

DÉFENDERESSES :
SAS LOGIFRAIS RHÔNE, ZI Mi-Plaine, 69800 Saint-Priest, prise en la personne de son représentant légal
Représentée par Me Olivier DUMONTET de la SELARL DUMONTET ET ASSOCIÉS, avocat au barreau de LYON
SELARL ARVANT MANDATAIRES, prise en la personne de Me Claire ARVANT, ès qualités de mandataire judiciaire de la SAS LOGIFRAIS RHÔNE, non comparante

PARTIE INTERVENANTE :
UNEDIC DÉLÉGATION AGS CGEA DE CHALON-SUR-SAÔNE
Représentée par Me Julien PERRICHON de la SCP PERRICHON-VAREILLES, avocat au barreau de LYON

COMPOSITION DU BUREAU DE JUGEMENT lors des débats et du délibéré :
Mme Sylvie MARTINON, Présidente, conseiller salarié
M. Bernard FAVRE-MOLLARD, Assesseur, conseiller employeur
Mme Aïcha DJEBBAR, Assesseur, conseiller salarié
M. Hervé PONCET, Assesseur, conseiller employeur
Assistés de Mme Laure BENOÎT, Greffière

FAITS ET PROCÉDURE

M. ROCHEBLAVE a été engagé le 2 mai 2016 par la SAS LOGIFRAIS RHÔNE comme préparateur de commandes, par contrat à durée indéterminée (CDI). Par lettre du 12 janvier 2024, il a été convoqué à un entretien préalable avec mise à pied conservatoire, puis licencié pour faute grave le 31 janvier 2024, l'employeur lui reprochant d'avoir refusé à trois reprises d'effectuer des heures supplémentaires et d'avoir tenu des propos injurieux envers son chef d'équipe.

Par jugement du 9 juillet 2024, le tribunal de commerce de Lyon a ouvert une procédure de redressement judiciaire à l'égard de la SAS LOGIFRAIS RHÔNE et désigné la SELARL ARVANT MANDATAIRES en qualité de mandataire judiciaire.

M. ROCHEBLAVE soutient que les heures supplémentaires n'avaient pas été programmées dans le délai de prévenance prévu par l'accord d'entreprise. Il produit l'attestation de M. Yacine BOUAZZA, membre élu du comité social et économique (CSE), qui déclare n'avoir entendu aucun propos injurieux, ainsi qu'un arrêt de travail du 15 janvier 2024 pris en charge par la CPAM du Rhône.

L'AGS CGEA de Chalon-sur-Saône rappelle que sa garantie est subsidiaire et plafonnée conformément aux articles L. 3253-6 et suivants du code du travail.

MOTIFS DE LA DÉCISION

La faute grave est celle qui rend impossible le maintien du salarié dans l'entreprise ; la preuve en incombe à l'employeur. En l'espèce, la société ne produit ni le planning des heures supplémentaires ni aucun témoignage direct des propos. Le licenciement est dès lors dépourvu de cause réelle et sérieuse.

PAR CES MOTIFS

Le conseil, statuant publiquement, par jugement réputé contradictoire et en premier ressort :

DIT que le licenciement de M. Kévin ROCHEBLAVE est dépourvu de cause réelle et sérieuse ;
FIXE la créance de M. ROCHEBLAVE au passif du redressement judiciaire de la SAS LOGIFRAIS RHÔNE aux sommes de 4 368 euros à titre d'indemnité compensatrice de préavis, 4 550 euros à titre d'indemnité de licenciement et 17 500 euros à titre de dommages et intérêts ;
DIT le présent jugement opposable à l'UNEDIC délégation AGS CGEA de Chalon-sur-Saône dans la limite de sa garantie légale ;
ORDONNE le remboursement à France Travail des indemnités de chômage versées à M. ROCHEBLAVE, dans la limite de trois mois ;
CONDAMNE la SAS LOGIFRAIS RHÔNE aux dépens.

La Greffière          La Présidente""",
        spans=[
            ("CONSEIL DE PRUD'HOMMES DE LYON", "ORG"),
            ("Kévin ROCHEBLAVE", "PER"),
            ("ROCHEBLAVE", "PER"),
            ("Villeurbanne", "LOC"),
            ("Vénissieux", "LOC"),
            ("Nadia FERHAT", "PER"),
            ("barreau de LYON", "ORG"),
            ("SAS LOGIFRAIS RHÔNE", "ORG"),
            ("Saint-Priest", "LOC"),
            ("Olivier DUMONTET", "PER"),
            ("SELARL DUMONTET ET ASSOCIÉS", "ORG"),
            ("SELARL ARVANT MANDATAIRES", "ORG"),
            ("Claire ARVANT", "PER"),
            ("UNEDIC DÉLÉGATION AGS CGEA DE CHALON-SUR-SAÔNE", "ORG"),
            ("Julien PERRICHON", "PER"),
            ("SCP PERRICHON-VAREILLES", "ORG"),
            ("Sylvie MARTINON", "PER"),
            ("Bernard FAVRE-MOLLARD", "PER"),
            ("Aïcha DJEBBAR", "PER"),
            ("Hervé PONCET", "PER"),
            ("Laure BENOÎT", "PER"),
            ("tribunal de commerce de Lyon", "ORG"),
            ("Yacine BOUAZZA", "PER"),
            ("CPAM du Rhône", "ORG"),
            ("AGS CGEA de Chalon-sur-Saône", "ORG"),
            ("UNEDIC délégation AGS CGEA de Chalon-sur-Saône", "ORG"),
            ("France Travail", "ORG"),
        ],
        acronyms=[
            ("RG", "all", _x("RG")),
            ("SAS", "all", _x("SAS")),
            ("ZI", "all", _x("ZI")),
            ("SELARL", "all", _x("SELARL")),
            ("UNEDIC", "all", _x("UNEDIC")),
            ("AGS", "all", _x("AGS")),
            ("CGEA", "all", _x("CGEA")),
            ("SCP", "all", _x("SCP")),
            ("CDI", "all", _x("CDI")),
            ("CSE", "all", _x("CSE")),
            ("CPAM", "all", _x("CPAM")),
        ],
        ignore=[
            ("Section Commerce - Chambre 2",),
            ("JUGEMENT DU 17 NOVEMBRE 2025",),
            ("DEMANDEUR",),
            ("ZI Mi-Plaine",),
            ("DÉFENDERESSES",),
            ("mandataire judiciaire",),
            ("PARTIE INTERVENANTE",),
            ("COMPOSITION DU BUREAU DE JUGEMENT",),
            ("Présidente",),
            ("Assesseur",),
            ("conseiller salarié",),
            ("conseiller employeur",),
            ("Greffière",),
            ("FAITS ET PROCÉDURE",),
            ("comité social et économique (CSE)",),
            ("MOTIFS DE LA DÉCISION",),
            ("PAR CES MOTIFS",),
        ],
        not_acronyms=[
            ("CONSEIL DE PRUD'HOMMES DE LYON",),
            ("DBZK-W-B7I-KXV2",),
            ("JUGEMENT DU 17 NOVEMBRE 2025",),
            ("DEMANDEUR",),
            ("M.",),
            ("Mme",),
            ("Me",),
            ("ROCHEBLAVE",),
            ("FERHAT",),
            ("LYON", [1, 2, 3]),
            ("DÉFENDERESSES",),
            ("LOGIFRAIS RHÔNE",),
            ("DUMONTET",),
            ("ET ASSOCIÉS",),
            ("ARVANT",),
            ("MANDATAIRES",),
            ("PARTIE INTERVENANTE",),
            ("DÉLÉGATION",),
            ("DE CHALON-SUR-SAÔNE",),
            ("PERRICHON",),
            ("PERRICHON-VAREILLES",),
            ("COMPOSITION DU BUREAU DE JUGEMENT",),
            ("MARTINON",),
            ("FAVRE-MOLLARD",),
            ("DJEBBAR",),
            ("PONCET",),
            ("BENOÎT",),
            ("FAITS ET PROCÉDURE",),
            ("BOUAZZA",),
            ("L.",),
            ("MOTIFS DE LA DÉCISION",),
            ("PAR CES MOTIFS",),
            ("DIT",),
            ("FIXE",),
            ("ORDONNE",),
            ("CONDAMNE",),
        ],
    ),
    # ======================================================================
    # 2. Prefectoral order (Lozère): ban on rave parties and on carrying sound systems,
    #    ALL-CAPS title, headings and signature block (curly apostrophes).
    # ======================================================================
    _doc(
        id="holdout-arrete-lozere-rassemblements-festifs",
        text="""PRÉFET DE LA LOZÈRE
Liberté
Égalité
Fraternité

Cabinet du préfet
Service des sécurités

ARRÊTÉ PRÉFECTORAL N° 48-2026-05-12-00003
PORTANT INTERDICTION DES RASSEMBLEMENTS FESTIFS À CARACTÈRE MUSICAL ET DE LA CIRCULATION DE MATÉRIEL DE SONORISATION DANS LE DÉPARTEMENT DE LA LOZÈRE DU 15 AU 19 MAI 2026

LE PRÉFET DE LA LOZÈRE,

VU le code de la sécurité intérieure (CSI), notamment ses articles L. 211-5 à L. 211-8 et R. 211-2 à R. 211-9 ;
VU le code général des collectivités territoriales (CGCT), notamment ses articles L. 2214-4 et L. 2215-1 ;
VU le décret du 6 janvier 2025 portant nomination de M. Antoine GUERRAZ en qualité de préfet de la Lozère ;

CONSIDÉRANT que des messages diffusés sur les réseaux sociaux annoncent la tenue, pendant le week-end de la Pentecôte, d’un rassemblement festif à caractère musical non déclaré, susceptible de réunir plusieurs milliers de participants sur le causse Méjean, entre Meyrueis et Hures-la-Parade, ou sur le causse de Sauveterre ;
CONSIDÉRANT que ces secteurs sont situés en zone cœur du parc national et en site Natura 2000, et que l’établissement public du Parc national des Cévennes et l’Office français de la biodiversité (OFB) ont signalé la présence d’espèces protégées en période de reproduction ;
CONSIDÉRANT que Météo-France prévoit un risque élevé de feux de végétation et que le service départemental d’incendie et de secours (SDIS) de la Lozère ne pourrait engager que des moyens limités ;
CONSIDÉRANT que le centre hospitalier de Mende et le SAMU 48 ne seraient pas en mesure de faire face à un afflux massif de victimes ;
CONSIDÉRANT que les effectifs du groupement de gendarmerie départementale de la Lozère, même renforcés par des escadrons de gendarmerie mobile, ne permettent pas d’assurer la sécurité d’un tel rassemblement sur des plateaux dépourvus de voies d’accès adaptées ;
CONSIDÉRANT l’avis de l’ARS Occitanie ;

SUR PROPOSITION du directeur de cabinet ;

ARRÊTE

ARTICLE 1ER – INTERDICTION DES RASSEMBLEMENTS
Tout rassemblement festif à caractère musical répondant aux caractéristiques définies à l’article R. 211-2 du code de la sécurité intérieure est interdit sur l’ensemble du département de la Lozère du vendredi 15 mai 2026 à 8 heures au mardi 19 mai 2026 à 8 heures.

ARTICLE 2 – CIRCULATION DU MATÉRIEL DE SONORISATION
Pendant la même période, la circulation de tout véhicule transportant du matériel de sonorisation susceptible d’être utilisé pour un tel rassemblement est interdite sur l’autoroute A75, sur la RN 88 et sur les routes départementales, notamment les RD 986 et RD 996.

ARTICLE 3 – SANCTIONS
Les infractions au présent arrêté sont punies des peines prévues à l’article R. 211-27 du code de la sécurité intérieure.

ARTICLE 4 – RECOURS
Le présent arrêté peut être déféré au tribunal administratif de Nîmes dans un délai de deux mois à compter de sa publication, y compris par l’application Télérecours citoyens (www.telerecours.fr).

ARTICLE 5 – EXÉCUTION
Le directeur de cabinet, la sous-préfète de Florac, le commandant du groupement de gendarmerie départementale de la Lozère, le directeur de la DDT de la Lozère et les maires du département sont chargés de l’exécution du présent arrêté, publié au recueil des actes administratifs (RAA) de la préfecture de la Lozère et transmis au procureur de la République près le tribunal judiciaire de Mende.

FAIT À MENDE, LE 12 MAI 2026

POUR LE PRÉFET ET PAR DÉLÉGATION,
LE DIRECTEUR DE CABINET,
GRÉGOIRE FAUCHEUX-BALME""",
        spans=[
            ("Antoine GUERRAZ", "PER"),
            ("causse Méjean", "LOC"),
            ("Meyrueis", "LOC"),
            ("Hures-la-Parade", "LOC"),
            ("causse de Sauveterre", "LOC"),
            ("Parc national des Cévennes", "ORG"),
            ("Office français de la biodiversité", "ORG"),
            ("OFB", "ORG"),
            ("Météo-France", "ORG"),
            ("service départemental d’incendie et de secours", "ORG"),
            ("SDIS", "ORG"),
            ("Lozère", "LOC"),
            ("centre hospitalier de Mende", "ORG"),
            ("SAMU 48", "ORG"),
            ("groupement de gendarmerie départementale de la Lozère", "ORG"),
            ("ARS Occitanie", "ORG"),
            ("tribunal administratif de Nîmes", "ORG"),
            ("DDT de la Lozère", "ORG"),
            ("préfecture de la Lozère", "ORG"),
            ("tribunal judiciaire de Mende", "ORG"),
            ("MENDE", "LOC"),
            ("GRÉGOIRE FAUCHEUX-BALME", "PER"),
        ],
        acronyms=[
            ("CSI", "all", _x("CSI")),
            ("CGCT", "all", _x("CGCT")),
            ("OFB", "all", _x("OFB")),
            ("SDIS", "all", _x("SDIS", "service départemental d’incendie et de secours")),
            ("SAMU", "all", _x("SAMU")),
            ("ARS", "all", None),
            ("DDT", "all", _x("DDT")),
            ("RAA", "all", _x("RAA")),
        ],
        ignore=[
            ("PRÉFET DE LA LOZÈRE",),
            ("Liberté\nÉgalité\nFraternité",),
            ("Cabinet du préfet",),
            ("Service des sécurités",),
            (
                "ARRÊTÉ PRÉFECTORAL N° 48-2026-05-12-00003\nPORTANT INTERDICTION DES RASSEMBLEMENTS FESTIFS "
                "À CARACTÈRE MUSICAL ET DE LA CIRCULATION DE MATÉRIEL DE SONORISATION DANS LE DÉPARTEMENT "
                "DE LA LOZÈRE DU 15 AU 19 MAI 2026",
            ),
            ("LE PRÉFET DE LA LOZÈRE,",),
            ("préfet de la Lozère",),
            ("gendarmerie mobile",),
            ("directeur de cabinet",),
            ("ARTICLE 1ER – INTERDICTION DES RASSEMBLEMENTS",),
            ("ARTICLE 2 – CIRCULATION DU MATÉRIEL DE SONORISATION",),
            ("ARTICLE 3 – SANCTIONS",),
            ("ARTICLE 4 – RECOURS",),
            ("Télérecours citoyens",),
            ("ARTICLE 5 – EXÉCUTION",),
            ("sous-préfète de Florac",),
            ("procureur de la République",),
            ("POUR LE PRÉFET ET PAR DÉLÉGATION,\nLE DIRECTEUR DE CABINET,",),
        ],
        not_acronyms=[
            ("PRÉFET DE LA LOZÈRE", 0),
            (
                "ARRÊTÉ PRÉFECTORAL N° 48-2026-05-12-00003\nPORTANT INTERDICTION DES RASSEMBLEMENTS FESTIFS "
                "À CARACTÈRE MUSICAL ET DE LA CIRCULATION DE MATÉRIEL DE SONORISATION DANS LE DÉPARTEMENT "
                "DE LA LOZÈRE DU 15 AU 19 MAI 2026",
            ),
            ("LE PRÉFET DE LA LOZÈRE",),
            ("VU",),
            ("L.",),
            ("M.",),
            ("GUERRAZ",),
            ("CONSIDÉRANT",),
            ("SUR PROPOSITION",),
            ("ARRÊTE",),
            ("ARTICLE 1ER – INTERDICTION DES RASSEMBLEMENTS",),
            ("ARTICLE 2 – CIRCULATION DU MATÉRIEL DE SONORISATION",),
            ("A75",),
            ("RN 88",),
            ("RD 986",),
            ("RD 996",),
            ("ARTICLE 3 – SANCTIONS",),
            ("ARTICLE 4 – RECOURS",),
            ("ARTICLE 5 – EXÉCUTION",),
            ("FAIT À MENDE, LE 12 MAI 2026",),
            ("POUR LE PRÉFET ET PAR DÉLÉGATION,\nLE DIRECTEUR DE CABINET,\nGRÉGOIRE FAUCHEUX-BALME",),
        ],
    ),
    # ======================================================================
    # 3. Assemblée nationale: written question and ministerial answer (identity documents),
    #    metadata block, AMF as the mayors' association (straight apostrophes).
    # ======================================================================
    _doc(
        id="holdout-question-ecrite-titres-identite",
        text="""17ème législature

Question N° 4218
de M. Thibault Lanvert (Droite Républicaine - Haute-Garonne)
Question écrite
Ministère interrogé > Intérieur
Ministère attributaire > Intérieur
Rubrique > papiers d'identité
Titre > Délais de délivrance des titres d'identité en Haute-Garonne
Question publiée au JO le : 11/03/2025 page : 1784
Réponse publiée au JO le : 24/06/2025 page : 4402

Texte de la question
M. Thibault Lanvert attire l'attention de M. le ministre de l'intérieur sur les délais d'obtention d'un rendez-vous pour une carte nationale d'identité (CNI) ou un passeport en Haute-Garonne. Dans plusieurs communes équipées d'un dispositif de recueil (DR), comme Muret, Saint-Gaudens ou Villefranche-de-Lauragais, le premier rendez-vous disponible intervient au-delà de trois mois, tandis qu'à Toulouse les usagers sont invités à se tourner vers les communes de la périphérie. L'Association des maires de France et des présidents d'intercommunalité (AMF) a plusieurs fois alerté sur la charge que représente ce service pour les communes, insuffisamment compensée par la dotation pour les titres sécurisés (DTS). Il lui demande quelles mesures il entend prendre pour réduire ces délais avant la période estivale et si une revalorisation de la DTS est envisagée.

Texte de la réponse
La délivrance des cartes nationales d'identité et des passeports repose, depuis le plan « préfectures nouvelle génération » (PPNG), sur le recueil des demandes par les communes équipées d'un DR et sur leur instruction par les centres d'expertise et de ressources titres (CERT). L'Agence nationale des titres sécurisés (ANTS), autorisée depuis le décret du 26 février 2024 à porter le nom de France Titres, conçoit les titres, fabriqués par l'Imprimerie nationale (IN Groupe).

Le plan d'urgence mis en œuvre depuis 2022 a permis de déployer plus de 1 800 DR supplémentaires, dont 41 en Haute-Garonne, et le délai moyen d'instruction par les CERT est aujourd'hui de douze jours. Les délais d'obtention d'un rendez-vous en mairie restent en revanche hétérogènes. La préfecture de la Haute-Garonne a organisé avec Toulouse Métropole et le Muretain Agglo des opérations de recueil exceptionnelles qui ont permis de traiter 6 400 demandes au premier semestre. Un module de prise de rendez-vous en ligne, interfacé avec le site de France Titres, permet en outre aux usagers de rechercher le premier créneau disponible dans un rayon de 60 kilomètres.

S'agissant de la compensation, la DTS a été revalorisée par la loi de finances pour 2024 : chaque DR ouvre droit à une part forfaitaire de 9 000 euros, majorée de 3 550 euros au-delà de 1 875 demandes annuelles. Une concertation avec l'AMF et l'Association des maires ruraux de France (AMRF) sera engagée à l'automne sur l'évolution de ce barème, en lien avec la direction générale des collectivités locales (DGCL) et la direction des libertés publiques et des affaires juridiques (DLPAJ).""",
        spans=[
            ("Thibault Lanvert", "PER"),
            ("Droite Républicaine", "ORG"),
            ("Haute-Garonne", "LOC"),
            ("Muret", "LOC"),
            ("Saint-Gaudens", "LOC"),
            ("Villefranche-de-Lauragais", "LOC"),
            ("Toulouse", "LOC"),
            ("Association des maires de France et des présidents d'intercommunalité", "ORG"),
            ("AMF", "ORG"),
            ("Agence nationale des titres sécurisés", "ORG"),
            ("ANTS", "ORG"),
            ("France Titres", "ORG"),
            ("Imprimerie nationale", "ORG"),
            ("IN Groupe", "ORG"),
            ("préfecture de la Haute-Garonne", "ORG"),
            ("Toulouse Métropole", "ORG"),
            ("Muretain Agglo", "ORG"),
            ("Association des maires ruraux de France", "ORG"),
            ("AMRF", "ORG"),
            ("direction générale des collectivités locales", "ORG"),
            ("DGCL", "ORG"),
            ("direction des libertés publiques et des affaires juridiques", "ORG"),
            ("DLPAJ", "ORG"),
        ],
        acronyms=[
            ("JO", "all", _x("JO")),
            ("CNI", "all", ["carte nationale d'identité"]),
            ("DR", "all", ["dispositif de recueil", "dispositif de recueil d'empreintes"]),
            (
                "AMF",
                "all",
                [
                    "Association des maires de France et des présidents d'intercommunalité",
                    "Association des maires de France",
                ],
            ),
            ("DTS", "all", ["dotation pour les titres sécurisés", "dotation titres sécurisés"]),
            ("PPNG", "all", ["préfectures nouvelle génération", "plan préfectures nouvelle génération"]),
            (
                "CERT",
                "all",
                ["centres d'expertise et de ressources titres", "centre d'expertise et de ressources titres"],
            ),
            ("ANTS", "all", _x("ANTS")),
            ("IN", "all", _x("IN")),
            ("AMRF", "all", _x("AMRF")),
            ("DGCL", "all", ["direction générale des collectivités locales"]),
            ("DLPAJ", "all", ["direction des libertés publiques et des affaires juridiques"]),
        ],
        ignore=[
            ("Ministère interrogé > Intérieur",),
            ("Ministère attributaire > Intérieur",),
            ("ministre de l'intérieur",),
        ],
        not_acronyms=[
            ("M.",),
        ],
    ),
    # ======================================================================
    # 4. Joint IGA/IGEDD inspection report on flood prevention in the Aude, as extracted from
    #    PDF: hard wraps, hyphenation across lines, a ligature, a soft hyphen, page numbers,
    #    a footnote and a running footer (curly apostrophes).
    # ======================================================================
    _doc(
        id="holdout-rapport-iga-igedd-inondations-aude",
        text=f"""Inspection générale de l’administration
Inspection générale de l’environnement et du développement durable

RETOUR D’EXPÉRIENCE SUR LA PRÉVENTION DES INONDATIONS
DANS L’AUDE, SEPT ANS APRÈS LA CRUE D’OCTOBRE 2018

Rapport IGA n° 25-041-01 – IGEDD n° 015612-01 – juin 2025

— 22 —

1.2. Une gouvernance désormais stabilisée

Depuis le transfert de la compétence de gestion des milieux aquatiques et
de prévention des inondations (Gemapi) aux établissements publics de coopé-
ration intercommunale (EPCI) à \ufb01scalité propre, le Syndicat mixte des milieux
aquatiques et des rivières (SMMAR), reconnu établissement public territorial
de bassin (EPTB), fédère sept syndicats de bassin et seize EPCI. La mission a
rencontré son président, M. Gilles Ferrasse, ainsi que les services de la direc-
tion départementale des territoires et de la mer (DDTM) de l’Aude, de la DREAL
Occitanie et du service de prévision des crues Méditerranée ouest (SPC), rat-
taché à la DREAL. Elle s’est rendue à Trèbes, Villegailhenc, Conques-sur-Orbiel
et Cuxac-d’Aude, où la crue de l’Orbiel et de l’Aude a causé l’essentiel des
dommages en 2018.

Le programme d’actions de prévention des inondations (PAPI) de l’Aude, label-
lisé en 2021 par la commission mixte inondation (CMI), représente 142 M€ de
travaux, \ufb01nancés à 40 % par le fonds de prévention des risques naturels ma-
jeurs (FPRNM, dit « fonds Barnier »), le solde étant partagé entre la Région
Occitanie, le Département de l’Aude, l’Agence de l’eau Rhône Méditerranée
Corse et les EPCI. À \ufb01n 2024, seuls 38 % des crédits avaient été engagés5.

Recommandation n° 4 (DDTM, SMMAR, 2026) : accélérer l’engagement des opé-
rations du PAPI en mutualisant la maîtrise d’ouvrage des études hydrauliques
au niveau de l’EPTB.

— 23 —

1.3. L’information préventive reste le maillon faible

Sur les 97 communes couvertes par un plan de prévention du risque inonda-
tion (PPRI), 61 disposaient en 2025 d’un plan communal de sauvegarde (PCS)
à jour et 29 seulement d’un document d’information communal sur les risques
majeurs (DICRIM). Les exercices conduits avec le SDIS de l’Aude et Météo-
France restent rares. Le Centre d’études et d’expertise sur les risques, l’en-
vironnement, la mobilité et l’aménagement (Cerema) a proposé un appui mé{SHY}tho-
dologique aux communes de moins de 2 000 habitants, sans succès à ce jour.

5 Données de la DDTM de l’Aude au 31 décembre 2024.

IGA – IGEDD – Prévention des inondations dans l’Aude – juin 2025""",
        spans=[
            ("Inspection générale de l’administration", "ORG"),
            ("Inspection générale de l’environnement et du développement durable", "ORG"),
            ("IGA", "ORG"),
            ("IGEDD", "ORG"),
            ("Syndicat mixte des milieux\naquatiques et des rivières", "ORG"),
            ("SMMAR", "ORG"),
            ("Gilles Ferrasse", "PER"),
            ("direc-\ntion départementale des territoires et de la mer", "ORG"),
            ("DDTM", "ORG"),
            ("Aude", "LOC"),
            ("DREAL\nOccitanie", "ORG"),
            ("service de prévision des crues Méditerranée ouest", "ORG"),
            ("SPC", "ORG"),
            ("DREAL", "ORG"),
            ("Trèbes", "LOC"),
            ("Villegailhenc", "LOC"),
            ("Conques-sur-Orbiel", "LOC"),
            ("Cuxac-d’Aude", "LOC"),
            ("Orbiel", "LOC"),
            ("commission mixte inondation", "ORG"),
            ("CMI", "ORG"),
            ("Région\nOccitanie", "ORG"),
            ("Département de l’Aude", "ORG"),
            ("Agence de l’eau Rhône Méditerranée\nCorse", "ORG"),
            ("SDIS de l’Aude", "ORG"),
            ("Météo-\nFrance", "ORG"),
            (
                "Centre d’études et d’expertise sur les risques, l’en-\nvironnement, la mobilité et l’aménagement",
                "ORG",
            ),
            ("Cerema", "ORG"),
            ("DDTM de l’Aude", "ORG"),
        ],
        acronyms=[
            ("IGA", "all", _x("IGA")),
            ("IGEDD", "all", _x("IGEDD")),
            (
                "Gemapi",
                "all",
                _x("Gemapi", "gestion des milieux aquatiques et de prévention des inondations"),
            ),
            ("EPCI", "all", _x("EPCI")),
            ("SMMAR", "all", _x("SMMAR")),
            ("EPTB", "all", _x("EPTB")),
            ("DDTM", "all", _x("DDTM")),
            ("DREAL", "all", _x("DREAL")),
            (
                "SPC",
                "all",
                ["service de prévision des crues", "service de prévision des crues Méditerranée ouest"],
            ),
            ("PAPI", "all", _x("PAPI", "programme d’actions de prévention des inondations")),
            ("CMI", "all", ["commission mixte inondation"]),
            ("FPRNM", "all", ["fonds de prévention des risques naturels majeurs"]),
            ("PPRI", "all", _x("PPRI")),
            ("PCS", "all", ["plan communal de sauvegarde"]),
            (
                "DICRIM",
                "all",
                [
                    "document d’information communal sur les risques majeurs",
                    "document d'information communal sur les risques majeurs",
                ],
            ),
            ("SDIS", "all", _x("SDIS")),
            (
                "Cerema",
                "all",
                _x(
                    "Cerema",
                    "Centre d’études et d’expertise sur les risques, l’environnement, la mobilité et l’aménagement",
                ),
            ),
        ],
        ignore=[
            (
                "RETOUR D’EXPÉRIENCE SUR LA PRÉVENTION DES INONDATIONS\n"
                "DANS L’AUDE, SEPT ANS APRÈS LA CRUE D’OCTOBRE 2018",
            ),
            ("établissements publics de coopé-\nration intercommunale (EPCI)",),
            ("EPCI",),
            ("établissement public territorial\nde bassin (EPTB)",),
            ("EPTB",),
            ("fonds Barnier",),
        ],
        not_acronyms=[
            (
                "RETOUR D’EXPÉRIENCE SUR LA PRÉVENTION DES INONDATIONS\n"
                "DANS L’AUDE, SEPT ANS APRÈS LA CRUE D’OCTOBRE 2018",
            ),
            ("M.",),
        ],
    ),
]
