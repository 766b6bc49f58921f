"""Everyday gold texts: regional press, European news, e-mails, social-administration
newsletter and a union press release.

Written for seedner and annotated by hand (blind) following ../shared/gold/GUIDELINES.md and
tests/data/gold/README.md.  Agencies, bodies, media and places are real, with their official
names; all people, companies, cases, figures and quotes are fictional.

Conventions decided here (beyond the README):
- a service + place written as one name (``Caf du Var``, ``CPAM de la Sarthe``, ``ARS Occitanie``,
  ``Urssaf Bretagne``, ``Samu 34``, ``SGP Police FO``, ``CFDT Interco du Nord``) is one ORG span, and
  the acronym inside still counts as an acronym mention;
- a station or port is not an entity, the town it is named after is (``port de Calais``,
  ``gare de Vintimille``: only the town is a LOC);
- nationality nouns (``une Italienne``, ``les Britanniques``) carry no span;
- street names in postal addresses are ignored regions (neither required nor penalised);
- e-mail header labels and subject prefixes (``TR:``, ``Fwd:``, ``RE:``, ``Cc``) are not acronyms;
  a sender's display name (``GARNIER Luc``) is a PER span, ``(Greffe)`` an ignored generic service.

Expansions are given explicitly (``_OFF`` below) rather than through a module-level ``EXP``, so that
this module cannot disagree with another module's ``EXP``; keys that make_gold.py's ``EXP`` already has
(Caf, ARS, Urssaf, UE, TVA, OLAF, Europol, Eurojust) are passed as ``None``.
"""

from functools import partial

from gold_text import expansions

# Official expansions for the acronyms used without a definition (or in addition to it).
_OFF = {
    "AAH": ["allocation aux adultes handicapés"],
    "Anses": [
        "Agence nationale de sécurité sanitaire de l'alimentation, de l'environnement et du travail",
        "Agence nationale de sécurité sanitaire, de l'alimentation, de l'environnement et du travail",
    ],
    "API": [
        "application programming interface",
        "interface de programmation d'application",
        "interface de programmation applicative",
    ],
    "APL": ["aide personnalisée au logement"],
    "BAC": ["brigade anticriminalité", "brigade anti-criminalité"],
    "BRI": ["brigade de recherche et d'intervention"],
    "C2S": ["complémentaire santé solidaire"],
    "CCI": ["chambre de commerce et d'industrie"],
    "CCMSA": ["Caisse centrale de la Mutualité sociale agricole"],
    "Cerfa": ["Centre d'enregistrement et de révision des formulaires administratifs"],
    "CFDT": ["Confédération française démocratique du travail"],
    "CGT": ["Confédération générale du travail"],
    "CHU": ["centre hospitalier universitaire"],
    "CJUE": ["Cour de justice de l'Union européenne"],
    "Cnaf": ["Caisse nationale des allocations familiales", "Caisse nationale d'allocations familiales"],
    "Cnam": ["Caisse nationale de l'assurance maladie", "Caisse nationale d'assurance maladie"],
    "CNIL": ["Commission nationale de l'informatique et des libertés"],
    "CPAM": ["caisse primaire d'assurance maladie"],
    "CPME": ["Confédération des petites et moyennes entreprises"],
    "CRS": ["compagnies républicaines de sécurité", "compagnie républicaine de sécurité"],
    "Crous": [
        "centre régional des œuvres universitaires et scolaires",
        "centre régional des oeuvres universitaires et scolaires",
    ],
    "EES": ["Entry/Exit System", "système d'entrée/de sortie"],
    "Ehpad": [
        "établissement d'hébergement pour personnes âgées dépendantes",
        "établissement hébergeant des personnes âgées dépendantes",
    ],
    "EID": [
        "Entente interdépartementale pour la démoustication du littoral méditerranéen",
        "Entente interdépartementale pour la démoustication",
    ],
    "EPPO": ["European Public Prosecutor's Office", "Parquet européen"],
    "ETIAS": [
        "European Travel Information and Authorisation System",
        "système européen d'information et d'autorisation concernant les voyages",
    ],
    "eu-LISA": [
        "Agence de l'Union européenne pour la gestion opérationnelle des systèmes d'information à grande "
        "échelle au sein de l'espace de liberté, de sécurité et de justice",
    ],
    "FO": ["Force ouvrière"],
    "Frontex": ["Agence européenne de garde-frontières et de garde-côtes"],
    "FSU": ["Fédération syndicale unitaire"],
    "HAS": ["Haute Autorité de santé"],
    "Inserm": ["Institut national de la santé et de la recherche médicale"],
    "Interpol": [
        "Organisation internationale de police criminelle",
        "International Criminal Police Organization",
    ],
    "ITT": ["incapacité totale de travail", "interruption temporaire de travail"],
    "MDPH": ["maison départementale des personnes handicapées"],
    "Medef": ["Mouvement des entreprises de France"],
    "MSA": ["Mutualité sociale agricole"],
    "PAF": ["police aux frontières"],
    "RATP": ["Régie autonome des transports parisiens"],
    "RER": ["réseau express régional"],
    "RGPD": ["règlement général sur la protection des données"],
    "RPVA": ["réseau privé virtuel des avocats"],
    "RSA": ["revenu de solidarité active"],
    "Samu": ["service d'aide médicale urgente"],
    "SAUJ": ["service d'accueil unique du justiciable"],
    "SDIS": ["service départemental d'incendie et de secours"],
    "SGP": ["Syndicat général de la police"],
    "SIS": ["système d'information Schengen"],
    "SNCF": ["Société nationale des chemins de fer français"],
    "Suge": ["Surveillance générale"],
    "Unef": ["Union nationale des étudiants de France"],
    "UNSA": ["Union nationale des syndicats autonomes"],
}


_x = partial(expansions, _OFF)


# title-case press spellings that the builder's acronym lint must treat as acronym-like
TITLECASE_ACRONYMS = {
    "caf",
    "cnaf",
    "cnam",
    "crous",
    "codaf",
    "medef",
    "inserm",
    "anses",
    "ehpad",
    "samu",
    "unef",
    "suge",
    "cerfa",
    "interpol",
}

DOCS = [
    # ======================================================================
    # 1. Regional press (Le Parisien 77 / La République de Seine-et-Marne style):
    #    social-benefit fraud, brigade de recherches de Melun, mayor in apposition.
    # ======================================================================
    dict(
        id="everyday-presse-melun-fraude-caf",
        text="""Seine-et-Marne
Fraude aux prestations sociales\u00a0: onze interpellations entre Melun et Lognes

Melun. Ils domiciliaient de faux allocataires dans une boutique fermée et inventaient des enfants. Onze personnes ont été interpellées mardi à Melun, Lognes et Savigny-le-Temple par les enquêteurs de la brigade de recherches de Melun, appuyés par les militaires de la brigade de gendarmerie de Brie-Comte-Robert. Elles sont soupçonnées d’avoir perçu indûment près de 640\u00a0000 euros d’aides – RSA, APL, prime d’activité – entre 2021 et 2024.

L’affaire est partie d’un signalement de la Caf de Seine-et-Marne, qui avait repéré une trentaine de dossiers rattachés à la même adresse, une ancienne boutique de téléphonie de Lognes. «\u00a0Certains déclaraient quatre enfants à charge alors qu’ils vivaient seuls\u00a0», résume une source proche de l’enquête. La CPAM de Seine-et-Marne a, de son côté, relevé des remboursements de soins fictifs au profit de deux cabinets infirmiers de Chelles.

Le maire de Lognes, Hervé Dumoulin, dit avoir découvert l’ampleur de l’affaire «\u00a0par la presse\u00a0». «\u00a0La boutique était fermée depuis deux ans. Nous avions alerté le bailleur à plusieurs reprises\u00a0», assure l’élu, qui envisage de se constituer partie civile au nom de la commune.

Placés en garde à vue, les suspects, âgés de 24 à 61 ans, ont été déférés jeudi au parquet de Melun. Le principal mis en cause, un gérant de société de 43 ans, a été placé en détention provisoire\u202f; neuf autres sont ressortis sous contrôle judiciaire. Les gendarmes ont saisi deux véhicules et 38\u00a0000 euros en liquide, et fait bloquer une dizaine de comptes bancaires, dont trois ouverts en Belgique.

Selon le procureur de la République de Melun, Jean-Marc Ferrand, le préjudice pourrait dépasser le million d’euros une fois achevés les contrôles de l’Urssaf sur les sociétés du principal suspect. «\u00a0Les caisses ne sont pas des guichets sans fond\u00a0», a-t-il insisté lors d’un point presse.

Le comité opérationnel départemental anti-fraude (Codaf) de Seine-et-Marne présentera le 12 décembre son bilan annuel. L’an dernier, la fraude détectée par la Caf et la CPAM dans le département avoisinait 21 millions d’euros.""",
        spans=[
            ("Seine-et-Marne", "LOC"),
            ("Melun", "LOC"),
            ("Lognes", "LOC"),
            ("Savigny-le-Temple", "LOC"),
            ("brigade de recherches de Melun", "ORG"),
            ("brigade de gendarmerie de Brie-Comte-Robert", "ORG"),
            ("Caf de Seine-et-Marne", "ORG"),
            ("CPAM de Seine-et-Marne", "ORG"),
            ("Chelles", "LOC"),
            ("Hervé Dumoulin", "PER"),
            ("parquet de Melun", "ORG"),
            ("Belgique", "LOC"),
            ("Jean-Marc Ferrand", "PER"),
            ("Urssaf", "ORG"),
            ("comité opérationnel départemental anti-fraude", "ORG"),
            ("Codaf", "ORG"),
            ("Caf", "ORG"),
            ("CPAM", "ORG"),
        ],
        acronyms=[
            ("RSA", "all", _x("RSA")),
            ("APL", "all", _x("APL")),
            ("Caf", "all", None),
            ("CPAM", "all", _x("CPAM")),
            ("Urssaf", "all", None),
            (
                "Codaf",
                "all",
                [
                    "comité opérationnel départemental anti-fraude",
                    "comité opérationnel départemental antifraude",
                ],
            ),
        ],
        ignore=[
            ("maire de Lognes",),
            ("procureur de la République de Melun",),
        ],
        not_acronyms=[],
    ),
    # ======================================================================
    # 2. Regional press (Nice-Matin style), faits divers: BRI de Nice, a nationality
    #    noun, a station (gare de Vintimille), a police union.
    # ======================================================================
    dict(
        id="everyday-presse-nice-bijouterie",
        text="""FAITS DIVERS
Braquage d'une bijouterie à Nice\u00a0: une Italienne de 34 ans interpellée à Vintimille

Nice. Trois semaines après le vol à main armée d'une bijouterie du quartier du port, les policiers de la BRI de Nice (brigade de recherche et d'intervention) ont interpellé lundi soir une Italienne de 34 ans à la gare de Vintimille, avec le concours des carabiniers.

Le 2 septembre, deux hommes casqués avaient fait irruption dans la boutique, menacé la gérante avec une arme de poing et emporté une trentaine de montres de luxe, pour un préjudice estimé à 410\u00a0000 euros. Choquée, la commerçante s'était vu prescrire cinq jours d'ITT.

L'exploitation des images de vidéoprotection et de la téléphonie a permis d'identifier une femme chargée des repérages. L'Italienne, visée par un mandat d'arrêt européen, a été remise mercredi aux autorités françaises au poste frontière de Menton, puis placée en garde à vue à l'hôtel de police de Nice. Ses deux complices présumés, originaires de Gênes, sont toujours recherchés et font l'objet d'une notice rouge d'Interpol.

«\u00a0C'est un travail de fourmi, mené par une unité qui tourne avec un tiers d'effectifs en moins\u00a0», souligne Marc Aubanel, secrétaire départemental du syndicat SGP Police FO, qui réclame des renforts pour la BRI comme pour la BAC de nuit.

Présentée jeudi au parquet de Nice, la suspecte a été mise en examen pour vol en bande organisée avec arme et placée en détention provisoire. Son avocate, Me Laura Bensimon, dénonce «\u00a0un dossier vide\u00a0». Le préfet des Alpes-Maritimes et le ministre de l'Intérieur ont salué «\u00a0l'efficacité des policiers niçois\u00a0». Une autre bijouterie avait été attaquée en juillet à Cannes selon le même mode opératoire.""",
        spans=[
            ("Nice", "LOC"),
            ("BRI de Nice", "ORG"),
            ("brigade de recherche et d'intervention", "ORG"),
            ("Vintimille", "LOC"),
            ("Menton", "LOC"),
            ("Gênes", "LOC"),
            ("Interpol", "ORG"),
            ("Marc Aubanel", "PER"),
            ("SGP Police FO", "ORG"),
            ("BRI", "ORG"),
            ("BAC", "ORG"),
            ("parquet de Nice", "ORG"),
            ("Laura Bensimon", "PER"),
            ("Cannes", "LOC"),
        ],
        acronyms=[
            ("BRI", "all", _x("BRI")),
            ("ITT", "all", _x("ITT")),
            ("Interpol", "all", _x("Interpol")),
            ("SGP", "all", _x("SGP")),
            ("FO", "all", _x("FO")),
            ("BAC", "all", _x("BAC")),
        ],
        ignore=[
            ("FAITS DIVERS",),
            ("préfet des Alpes-Maritimes",),
            ("ministre de l'Intérieur",),
        ],
        not_acronyms=[
            ("FAITS DIVERS",),
            ("Me",),
        ],
    ),
    # ======================================================================
    # 3. Regional press (Le Parisien 93 style): homonymous Saint-Denis, transport
    #    operators, préfet de police.
    # ======================================================================
    dict(
        id="everyday-presse-saint-denis-ratp",
        text="""Saint-Denis (93)\u00a0: un conducteur de bus de la RATP agressé, un suspect de 19 ans interpellé

Un conducteur de bus de la RATP a été frappé dimanche soir à Saint-Denis, en Seine-Saint-Denis, alors qu’il demandait à un passager de valider son titre de transport. Touché au visage, l’homme de 52 ans s’est vu prescrire dix jours d’ITT.

Le suspect, un jeune homme de 19 ans originaire de Saint-Denis de La Réunion et installé en métropole depuis deux ans, a été interpellé lundi près de la gare de Saint-Denis par des policiers de la BAC, grâce aux images des caméras embarquées. Il devait être jugé mercredi en comparution immédiate par le tribunal judiciaire de Bobigny.

Au dépôt, les conducteurs ont exercé lundi leur droit de retrait à l’appel de la CGT et de FO, perturbant le trafic sur six lignes jusqu’en début d’après-midi. «\u00a0Nos collègues sont en première ligne, sans aucune protection\u00a0», dénonce Karim Haddad, délégué de la CGT au sein de la régie.

La direction de la RATP a annoncé le dépôt d’une plainte et promis le renforcement des patrouilles du groupe de protection et de sécurisation des réseaux (GPSR), son service de sûreté, sur les lignes les plus exposées. Le préfet de police a de son côté demandé des contrôles communs avec la Suge, la sûreté ferroviaire de la SNCF, autour des gares du RER D.

Le maire de Saint-Denis a exprimé son «\u00a0soutien total\u00a0» au conducteur. Selon la RATP, 1\u00a0400 agressions d’agents ont été recensées l’an dernier sur le réseau, dont près d’un tiers en Seine-Saint-Denis.""",
        spans=[
            ("Saint-Denis", "LOC"),
            ("Seine-Saint-Denis", "LOC"),
            ("La Réunion", "LOC"),
            ("RATP", "ORG"),
            ("BAC", "ORG"),
            ("tribunal judiciaire de Bobigny", "ORG"),
            ("CGT", "ORG"),
            ("FO", "ORG"),
            ("Karim Haddad", "PER"),
            ("groupe de protection et de sécurisation des réseaux", "ORG"),
            ("GPSR", "ORG"),
            ("Suge", "ORG"),
            ("SNCF", "ORG"),
        ],
        acronyms=[
            ("RATP", "all", _x("RATP")),
            ("ITT", "all", _x("ITT")),
            ("BAC", "all", _x("BAC")),
            ("CGT", "all", _x("CGT")),
            ("FO", "all", _x("FO")),
            ("GPSR", "all", ["groupe de protection et de sécurisation des réseaux"]),
            ("Suge", "all", _x("Suge")),
            ("SNCF", "all", _x("SNCF")),
            ("RER", "all", _x("RER")),
        ],
        ignore=[
            ("préfet de police",),
            ("maire de Saint-Denis",),
        ],
        not_acronyms=[],
    ),
    # ======================================================================
    # 4. Regional press (Ouest-France style): CPAM de la Sarthe, director in apposition,
    #    "Le Mans" / "au Mans", MSA.
    # ======================================================================
    dict(
        id="everyday-presse-le-mans-cpam",
        text="""Le Mans. Faux arrêts de travail : la CPAM de la Sarthe passe à l'offensive

Des avis d'arrêt de travail vendus 30 euros pièce sur les réseaux sociaux et les messageries : la CPAM de la Sarthe a détecté depuis janvier plus de 400 faux arrêts, pour un préjudice estimé à 310 000 euros d'indemnités journalières (IJ) versées à tort.

"Les faux sont de plus en plus soignés, mais ils comportent presque toujours une erreur sur le numéro du médecin ou sur le formulaire", explique Sophie Garnier, directrice de la CPAM de la Sarthe, qui présentait mardi au Mans le bilan de la lutte contre la fraude. Depuis le 1er septembre, seul le nouveau formulaire Cerfa sécurisé, doté d'une étiquette holographique, est accepté pour les arrêts prescrits sur papier.

Au niveau national, la Caisse nationale de l'assurance maladie (Cnam) a détecté et stoppé 628 millions d'euros de fraudes l'an dernier. Dans la Sarthe, les principaux montants concernent les professionnels de santé : un infirmier libéral de La Flèche, qui facturait des soins à des patients décédés, a été condamné en juin par le tribunal correctionnel du Mans à dix-huit mois de prison avec sursis et au remboursement de 190 000 euros.

Les exploitants agricoles ne sont pas épargnés par les contrôles. La MSA Mayenne-Orne-Sarthe, qui gère la protection sociale du monde agricole dans les trois départements, a récupéré 1,2 million d'euros d'indus en 2024, notamment auprès de bénéficiaires de la complémentaire santé solidaire (C2S) qui n'avaient pas déclaré l'ensemble de leurs revenus.

La caisse rappelle qu'un arrêt de travail est transmis en ligne par le médecin ou envoyé par courrier dans les 48 heures. Les assurés qui reçoivent un message leur proposant un arrêt "sans consultation" sont invités à le signaler sur ameli.fr. Les dossiers les plus lourds sont transmis au parquet du Mans.""",
        spans=[
            ("Le Mans", "LOC"),
            ("CPAM de la Sarthe", "ORG"),
            ("Sophie Garnier", "PER"),
            ("Mans", "LOC"),
            ("Caisse nationale de l'assurance maladie", "ORG"),
            ("Cnam", "ORG"),
            ("Sarthe", "LOC"),
            ("La Flèche", "LOC"),
            ("tribunal correctionnel du Mans", "ORG"),
            ("MSA Mayenne-Orne-Sarthe", "ORG"),
            ("parquet du Mans", "ORG"),
        ],
        acronyms=[
            ("CPAM", "all", _x("CPAM")),
            ("IJ", "all", ["indemnités journalières", "indemnité journalière"]),
            ("Cerfa", "all", _x("Cerfa")),
            ("Cnam", "all", _x("Cnam", "Caisse nationale de l'assurance maladie")),
            ("MSA", "all", _x("MSA")),
            ("C2S", "all", _x("C2S", "complémentaire santé solidaire")),
        ],
        ignore=[],
        not_acronyms=[],
    ),
    # ======================================================================
    # 5. Regional press (Midi Libre style): ARS Occitanie, CHU, Inserm, Anses, Ehpad.
    # ======================================================================
    dict(
        id="everyday-presse-montpellier-ars",
        text="""Hérault
Chikungunya\u00a0: l’ARS Occitanie confirme onze cas autochtones à Lunel et lance une démoustication

Montpellier. L’ARS Occitanie a confirmé vendredi onze cas autochtones de chikungunya à Lunel, le foyer le plus important jamais recensé dans l’Hérault. Les malades, âgés de 8 à 84 ans, n’avaient pas voyagé récemment\u00a0: ils ont été contaminés sur place par le moustique tigre, lui-même infecté au contact d’un voyageur revenu de La Réunion.

Deux patients ont été hospitalisés au CHU de Montpellier, dont une résidente d’un Ehpad de la ville, sortie depuis. «\u00a0Il n’y a pas de transmission d’une personne à l’autre, seulement par la piqûre du moustique\u00a0», rappelle le Dr Claire Vidal, médecin infectiologue au CHU.

Dès jeudi soir, les équipes de l’EID Méditerranée, l’opérateur public de démoustication, ont traité un périmètre de 200 mètres autour des domiciles des malades. Les traitements reposent sur la deltaméthrine, seul adulticide autorisé en France, dont l’Anses surveille de près les effets sur les insectes pollinisateurs. «\u00a0Chaque nouveau foyer nous oblige à traiter, mais nous savons que les moustiques développent des résistances\u00a0», observe Thomas Réal, chercheur à l’Inserm, qui étudie la progression du moustique tigre dans le sud de la France.

Le préfet de l’Hérault a réuni vendredi une cellule de crise avec la mairie de Lunel, le Samu 34 et le service départemental d’incendie et de secours (SDIS). Les habitants sont invités à supprimer les eaux stagnantes et à consulter leur médecin en cas de fièvre brutale et de douleurs articulaires. Selon Santé publique France, plus de 700 cas autochtones d’arboviroses ont été recensés en métropole depuis le début de l’année, dont près d’un tiers en Occitanie.""",
        spans=[
            ("Hérault", "LOC"),
            ("ARS Occitanie", "ORG"),
            ("Lunel", "LOC"),
            ("Montpellier", "LOC"),
            ("La Réunion", "LOC"),
            ("CHU de Montpellier", "ORG"),
            ("Claire Vidal", "PER"),
            ("CHU", "ORG"),
            ("EID Méditerranée", "ORG"),
            ("France", "LOC"),
            ("Anses", "ORG"),
            ("Thomas Réal", "PER"),
            ("Inserm", "ORG"),
            ("mairie de Lunel", "ORG"),
            ("Samu 34", "ORG"),
            ("service départemental d’incendie et de secours", "ORG"),
            ("SDIS", "ORG"),
            ("Santé publique France", "ORG"),
            ("Occitanie", "LOC"),
        ],
        acronyms=[
            ("ARS", "all", None),
            ("CHU", "all", _x("CHU")),
            ("Ehpad", "all", _x("Ehpad")),
            ("EID", "all", _x("EID")),
            ("Anses", "all", _x("Anses")),
            ("Inserm", "all", _x("Inserm")),
            ("Samu", "all", _x("Samu")),
            ("SDIS", "all", _x("SDIS", "service départemental d’incendie et de secours")),
        ],
        ignore=[
            ("préfet de l’Hérault",),
        ],
        not_acronyms=[
            ("Dr",),
        ],
    ),
    # ======================================================================
    # 6. Regional press (La Voix du Nord style): Crous de Lille, APL defined, Caf du Nord.
    # ======================================================================
    dict(
        id="everyday-presse-lille-crous",
        text="""Lille. Précarité étudiante : le Crous de Lille ouvre une troisième épicerie solidaire

À l'approche de l'hiver, le Crous de Lille ouvre ce lundi une troisième épicerie solidaire, sur le campus de l'université de Lille à Villeneuve-d'Ascq. Les étudiants boursiers et ceux qui justifient de difficultés passagères pourront y acheter des produits de première nécessité à 10 % de leur prix.

« Nous voyons arriver des étudiants qui sautent des repas pour payer leur loyer », témoigne Inès Moreau, assistante sociale au Crous. Depuis la rentrée, 4 200 étudiants de la métropole ont bénéficié du repas à 1 euro, contre 3 100 l'an dernier à la même période.

Le logement reste le premier poste de dépense. Selon l'Unef, le loyer moyen d'un studio dans le Vieux-Lille atteint 620 euros, quand l'aide personnalisée au logement (APL) plafonne autour de 250 euros. « Beaucoup d'étudiants ignorent encore qu'ils peuvent demander l'APL dès la signature du bail, et pas seulement une fois installés », rappelle Julien Caron, responsable du service logement étudiant à la Caf du Nord.

Au CHU de Lille, les urgences psychiatriques constatent elles aussi une hausse des consultations d'étudiants depuis la rentrée, en particulier pour des troubles anxieux.

Le président du conseil régional des Hauts-de-France a annoncé mardi une aide exceptionnelle de 500 000 euros pour les épiceries solidaires des campus. Les Restos du cœur ont, eux, ouvert un point d'accueil réservé aux étudiants à Roubaix.""",
        spans=[
            ("Lille", "LOC"),
            ("Crous de Lille", "ORG"),
            ("université de Lille", "ORG"),
            ("Villeneuve-d'Ascq", "LOC"),
            ("Inès Moreau", "PER"),
            ("Crous", "ORG"),
            ("Unef", "ORG"),
            ("Vieux-Lille", "LOC"),
            ("Julien Caron", "PER"),
            ("Caf du Nord", "ORG"),
            ("CHU de Lille", "ORG"),
            ("conseil régional des Hauts-de-France", "ORG"),
            ("Restos du cœur", "ORG"),
            ("Roubaix", "LOC"),
        ],
        acronyms=[
            ("Crous", "all", _x("Crous")),
            ("Unef", "all", _x("Unef")),
            ("APL", "all", _x("APL", "aide personnalisée au logement")),
            ("Caf", "all", None),
            ("CHU", "all", _x("CHU")),
        ],
        ignore=[],
        not_acronyms=[],
    ),
    # ======================================================================
    # 7. Regional press (La Voix du Nord style): port de Calais, PAF, SDIS, CRS.
    # ======================================================================
    dict(
        id="everyday-presse-calais-port",
        text="""Calais. Seize migrants découverts dans une remorque frigorifique au port de Calais

Seize migrants, dont trois mineurs, ont été découverts dans la nuit de mardi à mercredi dans la remorque frigorifique d’un poids lourd qui s’apprêtait à embarquer pour Douvres, au port de Calais. C’est un chien de détection de la police aux frontières (PAF) qui a donné l’alerte lors d’un contrôle au terminal poids lourds, peu après 2 heures.

Les exilés, des Érythréens et des Soudanais, souffraient d’hypothermie modérée. Ils ont été pris en charge par les pompiers du SDIS du Pas-de-Calais et transportés au centre hospitalier de Calais, où deux d’entre eux restaient hospitalisés mercredi soir. Le chauffeur, un Polonais de 46 ans, a été placé en garde à vue dans les locaux de la PAF à Coquelles, puis remis en liberté\u00a0: il affirme ne pas avoir entendu les passagers monter à bord sur une aire de l’autoroute A16, près de Saint-Omer.

«\u00a0Les contrôles sont de plus en plus serrés au port, alors les passeurs se rabattent sur les camions\u00a0», observe un responsable de la CGT des dockers, qui réclame des effectifs supplémentaires. Six compagnies de CRS sont actuellement déployées sur le littoral, selon le sous-préfet de Calais, qui a annoncé l’installation de nouveaux scanners d’ici à l’été.

Côté britannique, la Border Force a intercepté 340 personnes dissimulées dans des poids lourds depuis janvier. L’association Utopia 56 dénonce «\u00a0une politique qui pousse les exilés à prendre toujours plus de risques\u00a0».""",
        spans=[
            ("Calais", "LOC"),
            ("Douvres", "LOC"),
            ("police aux frontières", "ORG"),
            ("PAF", "ORG"),
            ("SDIS du Pas-de-Calais", "ORG"),
            ("centre hospitalier de Calais", "ORG"),
            ("Coquelles", "LOC"),
            ("Saint-Omer", "LOC"),
            ("CGT", "ORG"),
            ("CRS", "ORG"),
            ("Border Force", "ORG"),
            ("Utopia 56", "ORG"),
        ],
        acronyms=[
            ("PAF", "all", _x("PAF")),
            ("SDIS", "all", _x("SDIS")),
            ("CGT", "all", _x("CGT")),
            ("CRS", "all", _x("CRS")),
        ],
        ignore=[
            ("sous-préfet de Calais",),
        ],
        not_acronyms=[
            ("A16",),
        ],
    ),
    # ======================================================================
    # 8. Regional press (Var-Matin style): Caf du Var, Caf 13, director in apposition,
    #    MDPH split by its acronym.
    # ======================================================================
    dict(
        id="everyday-presse-toulon-caf",
        text="""Toulon. Accueil saturé, dossiers en retard : la Caf du Var promet un retour à la normale d'ici février

Files d'attente sur le trottoir dès 7 heures, délais de traitement qui dépassent huit semaines : les allocataires de la Caf du Var ont connu un automne difficile. « Nous avons pris du retard, nous le reconnaissons », admet Hélène Perrot, directrice de la Caf du Var, qui recevait la presse jeudi dans les locaux de la caisse, à Toulon.

En cause, selon elle, la réforme de la « solidarité à la source », qui préremplit désormais les déclarations trimestrielles des bénéficiaires du RSA et de la prime d'activité, et une vague de départs à la retraite non remplacés. Quarante agents ont été recrutés en renfort, dont douze venus de la Caf 13, la caisse des Bouches-du-Rhône, qui a résorbé l'an dernier un retard comparable.

Le conseil départemental du Var, qui finance le RSA, s'inquiète de son côté des indus réclamés aux allocataires. « Des familles de La Seyne-sur-Mer ou de Hyères se retrouvent à rembourser 3 000 euros du jour au lendemain », regrette Sylvie Marchal, vice-présidente chargée des solidarités. La maison départementale des personnes handicapées (MDPH) du Var annonce quant à elle un délai moyen de cinq mois pour l'attribution de l'allocation aux adultes handicapés (AAH).

Les syndicats ne décolèrent pas. « On nous demande de faire du chiffre avec moins de monde », tacle la section CGT de la caisse. La direction promet la réouverture de l'accueil sans rendez-vous à La Garde et à Brignoles dès le mois de janvier.""",
        spans=[
            ("Toulon", "LOC"),
            ("Caf du Var", "ORG"),
            ("Hélène Perrot", "PER"),
            ("Caf 13", "ORG"),
            ("Bouches-du-Rhône", "LOC"),
            ("conseil départemental du Var", "ORG"),
            ("La Seyne-sur-Mer", "LOC"),
            ("Hyères", "LOC"),
            ("Sylvie Marchal", "PER"),
            ("maison départementale des personnes handicapées", "ORG"),
            ("MDPH", "ORG"),
            ("Var", "LOC"),
            ("CGT", "ORG"),
            ("La Garde", "LOC"),
            ("Brignoles", "LOC"),
        ],
        acronyms=[
            ("Caf", "all", None),
            ("RSA", "all", _x("RSA")),
            ("MDPH", "all", _x("MDPH", "maison départementale des personnes handicapées")),
            ("AAH", "all", _x("AAH", "allocation aux adultes handicapés")),
            ("CGT", "all", _x("CGT")),
        ],
        ignore=[],
        not_acronyms=[],
    ),
    # ======================================================================
    # 9. European news (Bruxelles dateline): EES, ETIAS, SIS, eu-LISA, Frontex.
    # ======================================================================
    dict(
        id="everyday-europe-bruxelles-frontieres",
        text="""Bruxelles, 14 octobre 2025 – Deux jours après son lancement, le nouveau système d’entrée/sortie (EES) de l’Union européenne a enregistré plus de 180\u00a0000 voyageurs ressortissants de pays tiers, a annoncé mardi la Commission européenne, qui se félicite d’un démarrage «\u00a0sans incident majeur\u00a0».

Le dispositif, qui remplace le tampon sur le passeport par un enregistrement biométrique des empreintes digitales et du visage, sera déployé progressivement sur six mois aux frontières extérieures de l’UE. En France, les premiers enregistrements ont eu lieu dans les aéroports parisiens et au port de Calais, où des files d’attente de plus d’une heure ont été signalées dimanche.

Le système est géré par eu-LISA, l’agence européenne chargée de la gestion opérationnelle des systèmes d’information à grande échelle, installée à Tallinn. Il sera suivi au dernier trimestre 2026 par l’ETIAS, une autorisation de voyage électronique que devront obtenir, pour 20 euros, les voyageurs exemptés de visa, dont les Britanniques.

Les deux systèmes seront interconnectés avec le système d’information Schengen (SIS), la plus grande base de données de sécurité en Europe, ainsi qu’avec les bases d’Europol et d’Interpol sur les documents de voyage volés.

Au Parlement européen, plusieurs élus ont exprimé leurs réserves. «\u00a0Nous créons un fichier biométrique de centaines de millions de personnes sans garanties suffisantes\u00a0», estime l’eurodéputée néerlandaise Femke Jansen, membre de la commission des libertés civiles, de la justice et des affaires intérieures (LIBE).

Frontex, l’Agence européenne de garde-frontières et de garde-côtes, a déployé 300 agents en renfort aux frontières terrestres de la Finlande, de la Pologne et de la Croatie pour accompagner la mise en service. Le commissaire européen aux affaires intérieures et aux migrations a promis un premier bilan au Conseil de l’UE en décembre.""",
        spans=[
            ("Bruxelles", "LOC"),
            ("Union européenne", "ORG"),
            ("Commission européenne", "ORG"),
            ("UE", "ORG"),
            ("France", "LOC"),
            ("Calais", "LOC"),
            ("eu-LISA", "ORG"),
            ("Tallinn", "LOC"),
            ("Europe", "LOC"),
            ("Europol", "ORG"),
            ("Interpol", "ORG"),
            ("Parlement européen", "ORG"),
            ("Femke Jansen", "PER"),
            ("commission des libertés civiles, de la justice et des affaires intérieures", "ORG"),
            ("LIBE", "ORG"),
            ("Frontex", "ORG"),
            ("Agence européenne de garde-frontières et de garde-côtes", "ORG"),
            ("Finlande", "LOC"),
            ("Pologne", "LOC"),
            ("Croatie", "LOC"),
            ("Conseil de l’UE", "ORG"),
        ],
        acronyms=[
            ("EES", "all", _x("EES", "système d’entrée/sortie", "système d'entrée/sortie")),
            ("UE", "all", None),
            ("eu-LISA", "all", _x("eu-LISA")),
            ("ETIAS", "all", _x("ETIAS")),
            ("SIS", "all", _x("SIS", "système d’information Schengen")),
            ("Europol", "all", None),
            ("Interpol", "all", _x("Interpol")),
            ("LIBE", "all", ["commission des libertés civiles, de la justice et des affaires intérieures"]),
            ("Frontex", "all", _x("Frontex")),
        ],
        ignore=[
            ("commissaire européen aux affaires intérieures et aux migrations",),
        ],
        not_acronyms=[],
    ),
    # ======================================================================
    # 10. European news (Luxembourg dateline): EPPO / Parquet européen, OLAF,
    #     EUROJUST in capitals once, Europol, CJUE.
    # ======================================================================
    dict(
        id="everyday-europe-luxembourg-eppo",
        text="""Luxembourg, 20 novembre 2025 – Le Parquet européen (EPPO) a annoncé jeudi le démantèlement d'un réseau de fraude à la TVA dans le commerce de composants électroniques, dont le préjudice pour les budgets nationaux et celui de l'UE est estimé à 195 millions d'euros.

Plus de 40 perquisitions ont été menées mardi en Italie, en Espagne, en Slovaquie et en France, à la demande des procureurs européens délégués de Milan et de Paris. Neuf personnes ont été arrêtées et des biens d'une valeur de 32 millions d'euros, dont une villa à Marbella et un voilier amarré à Gênes, ont été saisis.

Selon le Parquet européen, le réseau reposait sur une chaîne de sociétés fictives qui achetaient des processeurs et des cartes graphiques en exonération de TVA dans un État membre, avant de les revendre dans un autre sans jamais reverser la taxe. L'enquête a bénéficié de l'appui d'Europol, qui a dépêché un bureau mobile à Milan, et de l'Office européen de lutte antifraude (OLAF), qui avait signalé les premières anomalies en 2023.

EUROJUST a coordonné l'exécution d'une décision d'enquête européenne en Hongrie, qui ne participe pas au Parquet européen. "Sans Eurojust, une partie des flux nous aurait échappé", souligne le procureur européen délégué chargé du dossier, Giulio Ferraresi, qui n'exclut pas de nouvelles arrestations.

Opérationnel depuis 2021, le Parquet européen est compétent pour les fraudes transfrontalières à la TVA dépassant 10 millions d'euros. La Cour de justice de l'Union européenne (CJUE) a précisé en décembre 2023 l'étendue du contrôle juridictionnel des actes d'enquête transfrontaliers qu'il ordonne. Dans son dernier rapport annuel, l'EPPO fait état de plus de 2 600 enquêtes en cours, pour un préjudice estimé à 24 milliards d'euros, dont près de la moitié liée à la TVA.""",
        spans=[
            ("Luxembourg", "LOC"),
            ("Parquet européen", "ORG"),
            ("EPPO", "ORG"),
            ("UE", "ORG"),
            ("Italie", "LOC"),
            ("Espagne", "LOC"),
            ("Slovaquie", "LOC"),
            ("France", "LOC"),
            ("Marbella", "LOC"),
            ("Gênes", "LOC"),
            ("Europol", "ORG"),
            ("Milan", "LOC"),
            ("Office européen de lutte antifraude", "ORG"),
            ("OLAF", "ORG"),
            ("EUROJUST", "ORG"),
            ("Hongrie", "LOC"),
            ("Eurojust", "ORG"),
            ("Giulio Ferraresi", "PER"),
            ("Cour de justice de l'Union européenne", "ORG"),
            ("CJUE", "ORG"),
        ],
        acronyms=[
            ("EPPO", "all", _x("EPPO", "Parquet européen")),
            ("TVA", "all", None),
            ("UE", "all", None),
            ("Europol", "all", None),
            ("OLAF", "all", None),
            ("EUROJUST", "all", None),
            ("Eurojust", "all", None),
            ("CJUE", "all", _x("CJUE")),
        ],
        ignore=[
            ("procureurs européens délégués de Milan et de Paris",),
            ("État membre",),
            ("procureur européen délégué chargé du dossier",),
        ],
        not_acronyms=[],
    ),
    # ======================================================================
    # 11. E-mail: court clerk forwarding the prosecutor's answer (TR: Fwd:), quoted
    #     messages, display names "GARNIER Luc (Greffe)", signatures.
    # ======================================================================
    dict(
        id="everyday-mail-greffe-renvoi",
        text="""De : GARNIER Luc (Greffe) <luc.garnier@justice.fr>
Envoyé : mardi 14 octobre 2025 09:12
À : Durand Marie <marie.durand@avocats-meaux.fr>
Cc : SAUJ Meaux <sauj.tj-meaux@justice.fr>
Objet : TR: Fwd: Renvoi audience correctionnelle du 21/10 – dossier Benali

Maître,

Je vous transfère ci-dessous la réponse du parquet concernant votre demande de renvoi. L'audience du 21 octobre est maintenue ; le dossier de votre client, M. Karim Benali, sera appelé en fin de matinée devant la 3e chambre correctionnelle.

Je vous rappelle que les conclusions doivent être déposées au greffe au plus tard la veille à 12 h, ou transmises par le RPVA.

Bien cordialement,

Luc Garnier
Greffier – service de l'audiencement correctionnel
Tribunal judiciaire de Meaux
Tél. : 01 60 09 75 00

-----Message d'origine-----
De : Parquet Meaux – Permanence <permanence.pr.tj-meaux@justice.fr>
Envoyé : lundi 13 octobre 2025 17:40
À : GARNIER Luc (Greffe) <luc.garnier@justice.fr>
Objet : Fwd: Renvoi audience correctionnelle du 21/10 – dossier Benali

Le parquet s'oppose au renvoi : la victime, Mme Sandrine Lopez, a été citée et a confirmé sa présence. Le dossier, audiencé de longue date, ne peut plus être déplacé sans porter atteinte au délai raisonnable.

Pour le procureur de la République,
Claire Moulin
Substitut du procureur

> Le 10 oct. 2025 à 16:05, Durand Marie <marie.durand@avocats-meaux.fr> a écrit :
> Madame, Monsieur,
> Je sollicite le renvoi de l'affaire Benali, mon client devant subir une intervention chirurgicale au CHU de Reims le 20 octobre (certificat médical en pièce jointe).
> Je vous remercie de bien vouloir transmettre cette demande au parquet.
> Marie Durand
> Avocate au barreau de Meaux""",
        spans=[
            ("GARNIER Luc", "PER"),
            ("Durand Marie", "PER"),
            ("SAUJ Meaux", "ORG"),
            ("Benali", "PER"),
            ("Karim Benali", "PER"),
            ("Luc Garnier", "PER"),
            ("Tribunal judiciaire de Meaux", "ORG"),
            ("Parquet Meaux", "ORG"),
            ("Sandrine Lopez", "PER"),
            ("Claire Moulin", "PER"),
            ("CHU de Reims", "ORG"),
            ("Marie Durand", "PER"),
            ("barreau de Meaux", "ORG"),
        ],
        acronyms=[
            ("SAUJ", "all", _x("SAUJ")),
            ("RPVA", "all", _x("RPVA")),
            ("CHU", "all", _x("CHU")),
        ],
        ignore=[
            ("Greffe",),
            ("Greffier",),
            ("procureur de la République",),
            ("Substitut du procureur",),
        ],
        not_acronyms=[
            ("GARNIER",),
            ("Cc",),
            ("TR",),
            ("Fwd",),
            ("M.",),
            ("Mme",),
        ],
    ),
    # ======================================================================
    # 12. E-mail: reply (RE:) about a data-exchange workshop, agenda, signature block with
    #     function, service and postal address; quoted earlier message.
    # ======================================================================
    dict(
        id="everyday-mail-dinum-atelier",
        text="""De\u00a0: Benoît Lacaze <benoit.lacaze@modernisation.gouv.fr>
Envoyé\u00a0: jeudi 6 novembre 2025 18:03
À\u00a0: Leclerc Amandine <amandine.leclerc@cnaf.fr>; Roussel Yanis <yanis.roussel@assurance-maladie.fr>
Cc\u00a0: Perrin Odile <odile.perrin@modernisation.gouv.fr>
Objet\u00a0: RE: Atelier «\u00a0dites-le-nous une fois\u00a0» – échanges de données Cnaf / Cnam / France Travail

Bonjour à tous,

Merci pour vos retours. Je vous propose de maintenir l’atelier le mardi 18 novembre de 14\u00a0h à 16\u00a0h\u00a030, dans nos locaux (salle 4.12)\u202f; une connexion à distance sera possible pour les collègues de la Cnam et de France Travail.

Ordre du jour\u00a0:
1. Point d’étape sur l’API «\u00a0quotient familial\u00a0» exposée par la Cnaf\u202f;
2. Raccordement de la MSA au dispositif, demandé par la Caisse centrale de la MSA (CCMSA) en septembre\u202f;
3. Conformité au RGPD\u00a0: avis de la CNIL attendu d’ici la fin de l’année\u202f;
4. Calendrier 2026.

Amandine, pourrais-tu présenter les volumes d’appels constatés depuis la rentrée\u202f? Yanis, la question des délais de réponse pour les attestations de droits à la C2S reste ouverte côté Cnam.

Bien à vous,

Benoît Lacaze
Chef de projet «\u00a0Échanges de données sociales\u00a0»
Direction interministérielle du numérique (DINUM)
20 avenue de Ségur 75007 Paris
Tél.\u00a0: 01 71 21 03 58

> De\u00a0: Leclerc Amandine
> Envoyé\u00a0: mercredi 5 novembre 2025 11:47
> Objet\u00a0: Atelier «\u00a0dites-le-nous une fois\u00a0»
>
> Bonjour Benoît,
> Nous ne serons pas disponibles le 13\u00a0: le comité de direction de la Cnaf se réunit ce jour-là. Le 18 conviendrait à notre équipe.
> Amandine Leclerc
> Responsable de la délivrance des données, Cnaf""",
        spans=[
            ("Benoît Lacaze", "PER"),
            ("Leclerc Amandine", "PER"),
            ("Roussel Yanis", "PER"),
            ("Perrin Odile", "PER"),
            ("Cnaf", "ORG"),
            ("Cnam", "ORG"),
            ("France Travail", "ORG"),
            ("MSA", "ORG"),
            ("Caisse centrale de la MSA", "ORG"),
            ("CCMSA", "ORG"),
            ("CNIL", "ORG"),
            ("Amandine", "PER"),
            ("Yanis", "PER"),
            ("Direction interministérielle du numérique", "ORG"),
            ("DINUM", "ORG"),
            ("Paris", "LOC"),
            ("Benoît", "PER"),
            ("Amandine Leclerc", "PER"),
        ],
        acronyms=[
            ("Cnaf", "all", _x("Cnaf")),
            ("Cnam", "all", _x("Cnam")),
            ("API", "all", _x("API")),
            ("MSA", "all", _x("MSA")),
            ("CCMSA", "all", _x("CCMSA", "Caisse centrale de la MSA")),
            ("RGPD", "all", _x("RGPD")),
            ("CNIL", "all", _x("CNIL")),
            ("C2S", "all", _x("C2S")),
            ("DINUM", "all", ["Direction interministérielle du numérique"]),
        ],
        ignore=[
            ("Chef de projet «\u00a0Échanges de données sociales\u00a0»",),
            ("avenue de Ségur",),
            ("Responsable de la délivrance des données",),
        ],
        not_acronyms=[
            ("Cc",),
            ("RE",),
        ],
    ),
    # ======================================================================
    # 13. Social-administration newsletter: Cnam, HAS, CPAM, Urssaf Bretagne, MSA, Caf,
    #     MDPH, France Travail, Medef / CPME.
    # ======================================================================
    dict(
        id="everyday-lettre-protection-sociale-bretagne",
        text="""LETTRE D’INFORMATION – PARTENAIRES DE LA PROTECTION SOCIALE
Bretagne – n°\u00a027 – novembre 2025

Au sommaire\u00a0: vaccination, cotisations des indépendants, rendez-vous des allocataires, handicap.

1. Vaccination contre la grippe\u00a0: la campagne prolongée
La Caisse nationale de l’assurance maladie (Cnam) prolonge jusqu’au 31 janvier la campagne de vaccination contre la grippe saisonnière. Conformément aux recommandations de la Haute Autorité de santé (HAS), les personnes de 65 ans et plus, les femmes enceintes et les résidents d’Ehpad restent prioritaires. Les bons de prise en charge sont envoyés par la CPAM d’Ille-et-Vilaine\u202f; ils peuvent aussi être téléchargés sur ameli.fr.

2. Travailleurs indépendants\u00a0: nouvelle assiette de cotisations
À compter du 1er janvier 2026, le calcul des cotisations sociales des travailleurs indépendants est réformé. L’Urssaf Bretagne organise six webinaires d’information en décembre, avec la chambre de métiers et de l’artisanat (CMA) de Bretagne et la CCI Bretagne. Le Medef et la CPME, consultés en amont, ont salué «\u00a0une simplification attendue\u00a0». Les exploitants agricoles, eux, relèvent de la MSA Portes de Bretagne.

3. Caf\u00a0: prise de rendez-vous en ligne
La Caf d’Ille-et-Vilaine généralise la prise de rendez-vous sur caf.fr pour les demandes de RSA et de prime d’activité. Les allocataires sans accès au numérique peuvent se rendre dans l’un des points d’accueil du département. Rappel\u00a0: depuis le 1er janvier, les bénéficiaires du RSA sont automatiquement inscrits à France Travail.

4. Handicap\u00a0: délais en baisse à la MDPH
La maison départementale des personnes handicapées du Morbihan annonce un délai moyen de traitement ramené à trois mois et demi. Les demandes d’AAH et de prestation de compensation du handicap (PCH) peuvent désormais être déposées en ligne.

Contact\u00a0: lettre.partenaires@bretagne-protection-sociale.fr
Pour vous désabonner, répondez «\u00a0STOP\u00a0» à ce message.""",
        spans=[
            ("Bretagne", "LOC"),
            ("Caisse nationale de l’assurance maladie", "ORG"),
            ("Cnam", "ORG"),
            ("Haute Autorité de santé", "ORG"),
            ("HAS", "ORG"),
            ("CPAM d’Ille-et-Vilaine", "ORG"),
            ("Urssaf Bretagne", "ORG"),
            ("chambre de métiers et de l’artisanat", "ORG"),
            ("CMA", "ORG"),
            ("CCI Bretagne", "ORG"),
            ("Medef", "ORG"),
            ("CPME", "ORG"),
            ("MSA Portes de Bretagne", "ORG"),
            ("Caf", "ORG"),
            ("Caf d’Ille-et-Vilaine", "ORG"),
            ("France Travail", "ORG"),
            ("MDPH", "ORG"),
            ("maison départementale des personnes handicapées du Morbihan", "ORG"),
        ],
        acronyms=[
            ("Cnam", "all", _x("Cnam", "Caisse nationale de l’assurance maladie")),
            ("HAS", "all", _x("HAS", "Haute Autorité de santé")),
            ("Ehpad", "all", _x("Ehpad")),
            ("CPAM", "all", _x("CPAM")),
            ("Urssaf", "all", None),
            ("CMA", "all", ["chambre de métiers et de l’artisanat", "chambre de métiers et de l'artisanat"]),
            ("CCI", "all", _x("CCI")),
            ("Medef", "all", _x("Medef")),
            ("CPME", "all", _x("CPME")),
            ("MSA", "all", _x("MSA")),
            ("Caf", "all", None),
            ("RSA", "all", _x("RSA")),
            ("MDPH", "all", _x("MDPH")),
            ("AAH", "all", _x("AAH")),
            ("PCH", "all", ["prestation de compensation du handicap"]),
        ],
        ignore=[
            ("LETTRE D’INFORMATION – PARTENAIRES DE LA PROTECTION SOCIALE",),
        ],
        not_acronyms=[
            ("LETTRE D’INFORMATION – PARTENAIRES DE LA PROTECTION SOCIALE",),
            ("STOP",),
        ],
    ),
    # ======================================================================
    # 14. Union press release (intersyndicale of a département's staff): CGT, CFDT Interco,
    #     FO, UNSA Territoriaux, FSU; ALL-CAPS headline with acronyms inside.
    # ======================================================================
    dict(
        id="everyday-communique-intersyndicale-nord",
        text="""COMMUNIQUÉ DE PRESSE INTERSYNDICAL
CGT – CFDT Interco – FO – UNSA Territoriaux – FSU

Lille, le 3 décembre 2025

RSA, MDPH, PROTECTION DE L'ENFANCE : LES AGENTS DU DÉPARTEMENT DU NORD NE PEUVENT PLUS SUIVRE

Les organisations syndicales CGT, CFDT Interco, FO, UNSA Territoriaux et FSU du conseil départemental du Nord appellent les agents à une journée de grève et de mobilisation le jeudi 11 décembre, avec un rassemblement à 11 h devant l'hôtel du Département, à Lille.

Depuis la généralisation de l'accompagnement renforcé des bénéficiaires du RSA, chaque travailleur social suit en moyenne 140 dossiers, contre 90 il y a trois ans. À la maison départementale des personnes handicapées (MDPH) du Nord, 18 000 demandes sont en attente de traitement. Dans les unités territoriales de prévention et d'action sociale (UTPAS), près d'un poste sur six est vacant.

"Les collègues partent en arrêt maladie les uns après les autres, et les usagers attendent des mois pour une réponse", dénonce Sabrina Lefebvre, secrétaire générale de la CFDT Interco du Nord. Pour Thierry Vasseur, de la CGT, "la collectivité fait des économies sur le dos des plus fragiles".

Les syndicats demandent :
- le recrutement de 150 travailleurs sociaux ;
- l'extension du complément de traitement indiciaire (CTI) à l'ensemble des agents de la filière sociale ;
- l'arrêt des fermetures de points d'accueil dans les UTPAS de l'arrondissement d'Avesnes-sur-Helpe.

Ils ont sollicité une audience auprès du président du conseil départemental et alerté la Caf du Nord ainsi que la direction régionale de France Travail sur les conséquences des réformes en cours.

Contacts presse :
CGT : Thierry Vasseur – 06 12 34 56 78
CFDT Interco : Sabrina Lefebvre – 06 98 76 54 32""",
        spans=[
            ("CGT", "ORG"),
            ("CFDT Interco", "ORG"),
            ("FO", "ORG"),
            ("UNSA Territoriaux", "ORG"),
            ("FSU", "ORG"),
            ("Lille", "LOC"),
            ("conseil départemental du Nord", "ORG"),
            ("maison départementale des personnes handicapées", "ORG"),
            ("MDPH", "ORG"),
            ("Nord", "LOC"),
            ("Sabrina Lefebvre", "PER"),
            ("CFDT Interco du Nord", "ORG"),
            ("Thierry Vasseur", "PER"),
            ("Avesnes-sur-Helpe", "LOC"),
            ("Caf du Nord", "ORG"),
            ("direction régionale de France Travail", "ORG"),
        ],
        acronyms=[
            ("CGT", "all", _x("CGT")),
            ("CFDT", "all", _x("CFDT")),
            ("FO", "all", _x("FO")),
            ("UNSA", "all", _x("UNSA")),
            ("FSU", "all", _x("FSU")),
            ("RSA", "all", _x("RSA")),
            ("MDPH", "all", _x("MDPH", "maison départementale des personnes handicapées")),
            (
                "UTPAS",
                "all",
                [
                    "unités territoriales de prévention et d'action sociale",
                    "unité territoriale de prévention et d'action sociale",
                ],
            ),
            ("CTI", "all", ["complément de traitement indiciaire"]),
            ("Caf", "all", None),
        ],
        ignore=[
            ("COMMUNIQUÉ DE PRESSE INTERSYNDICAL",),
            (
                "RSA, MDPH, PROTECTION DE L'ENFANCE : LES AGENTS DU DÉPARTEMENT DU NORD NE PEUVENT PLUS SUIVRE",
            ),
            ("hôtel du Département",),
            ("président du conseil départemental",),
        ],
        not_acronyms=[
            ("COMMUNIQUÉ DE PRESSE INTERSYNDICAL",),
            ("PROTECTION DE L'ENFANCE",),
            ("LES AGENTS DU DÉPARTEMENT DU NORD NE PEUVENT PLUS SUIVRE",),
        ],
    ),
]
