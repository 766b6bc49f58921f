"""Held-out gold texts: regional press away from police news (a municipal council, a university
hospital, a factory closure, a port, a university), a rugby report and a European Commission
press release in French.

Written for seedner and annotated by hand, per ../shared/gold/GUIDELINES.md and the conventions
of tests/data/gold/README.md and scripts/gold_everyday/, before seedner was run on any of them.
Agencies, bodies, clubs, media and places are real, with their official names; all people,
companies, cases, figures and quotes are fictional.

Typography: the texts are typed with plain spaces and ``_fr()`` applies French typography to the
text and, identically, to every annotation surface: a no-break space (U+00A0) before ``:`` and
inside guillemets, before ``;``, ``!`` and ``?`` (or a narrow no-break space, U+202F, where a
document says ``thin=True``), and between the groups of digits of a number.

Conventions decided here, on top of the README and the everyday modules:
- press headlines are annotated like the body (only ALL-CAPS headers and title blocks are ignored);
- a facility named after a person or a place (``piscine Mallarmé``, ``hôpital Dupuytren``, the
  ``Hameau`` stadium) is ignored; when the facility is named after its town (``Stadium de
  Toulouse``, ``port de La Rochelle``), the town is a LOC;
- a team named by its town (``Clermont`` for ASM Clermont Auvergne) or by the short form of its
  name (``la Section``) is an ORG;
- the names of programmes, policies, treaties and schemes that hold a place or a body
  (``mécanisme pour l'interconnexion en Europe``, ``traité sur le fonctionnement de l'Union
  européenne``, ``Coupe d'Europe``, ``XV de France``) are ignored: MISC, neither required nor
  penalised; the acronyms inside still count;
- a company's own works council (``comité social et économique``, ``CSE``) and a national scheme
  run locally (``service d'accès aux soins``) are generic: ignored together with their
  parenthesised acronym (as ``service d'accueil unique du justiciable (SAUJ)`` in the everyday
  list), the acronyms still listed as mentions;
- ``Région Grand Est``, ``Région Nouvelle-Aquitaine`` written with a capital name the regional
  authority: ORG; ``la Commission`` alone in a Commission press release is the anaphoric short
  name: ignored, as ``la Cour`` in the reports.
"""

from functools import partial

from gold_text import document, expansions, french_typography

# Official expansions of the acronyms used below (keys case-folded); keys of make_gold.EXP (ue, ars,
# urssaf, ...) are left to it.
_OFF = {
    "ademe": [
        "Agence de l'environnement et de la maîtrise de l'énergie",
        "Agence de la transition écologique",
    ],
    "anr": ["Agence nationale de la recherche"],
    "anru": ["Agence nationale pour la rénovation urbaine"],
    "asm": ["Association sportive montferrandaise"],
    "bei": ["Banque européenne d'investissement"],
    "bhns": ["bus à haut niveau de service"],
    "cea": ["Commissariat à l'énergie atomique et aux énergies alternatives"],
    "ceeag": [
        "lignes directrices concernant les aides d'État au climat, à la protection de l'environnement "
        "et à l'énergie",
    ],
    "cfdt": ["Confédération française démocratique du travail"],
    "cfe-cgc": [
        "Confédération française de l'encadrement - Confédération générale des cadres",
        "Confédération française de l'encadrement-Confédération générale des cadres",
    ],
    "cgt": ["Confédération générale du travail"],
    "chu": ["centre hospitalier universitaire"],
    "ciri": ["comité interministériel de restructuration industrielle"],
    "cndp": ["Commission nationale du débat public"],
    "cnrs": ["Centre national de la recherche scientifique"],
    "crc": ["chambre régionale des comptes"],
    "crous": [
        "centre régional des œuvres universitaires et scolaires",
        "centre régional des oeuvres universitaires et scolaires",
    ],
    "cse": ["comité social et économique"],
    "csp": ["contrat de sécurisation professionnelle"],
    "dg": ["direction générale", "Directorate-General"],
    "dirm": ["direction interrégionale de la mer"],
    "dnacg": ["Direction nationale d'aide et de contrôle de gestion"],
    "dreets": ["direction régionale de l'économie, de l'emploi, du travail et des solidarités"],
    "dsp": ["délégation de service public"],
    "epcr": ["European Professional Club Rugby"],
    "ferc": ["Fédération de l'éducation, de la recherche et de la culture"],
    "ffr": ["Fédération française de rugby"],
    "fo": ["Force ouvrière"],
    "ght": ["groupement hospitalier de territoire"],
    "gvt": ["glissement vieillesse technicité", "glissement vieillesse-technicité"],
    "has": ["Haute Autorité de santé"],
    "hcéres": ["Haut Conseil de l'évaluation de la recherche et de l'enseignement supérieur"],
    "inp": ["Institut national polytechnique", "Institut polytechnique de Grenoble"],
    "inria": [
        "Institut national de recherche en sciences et technologies du numérique",
        "Institut national de recherche en informatique et en automatique",
    ],
    "isni": ["Intersyndicale nationale des internes"],
    "jiff": ["joueurs issus des filières de formation", "joueur issu des filières de formation"],
    "lnr": ["Ligue nationale de rugby"],
    "lr": ["Les Républicains"],
    "mie": ["mécanisme pour l'interconnexion en Europe"],
    "npnru": ["nouveau programme national de renouvellement urbain"],
    "ofb": ["Office français de la biodiversité"],
    "pcf": ["Parti communiste français"],
    "pme": ["petites et moyennes entreprises", "petite et moyenne entreprise"],
    "ps": ["Parti socialiste"],
    "pse": ["plan de sauvegarde de l'emploi"],
    "rn": ["Rassemblement national"],
    "rte": ["Réseau de transport d'électricité"],
    "samu": ["service d'aide médicale urgente"],
    "seqe-ue": [
        "système d'échange de quotas d'émission de l'UE",
        "système d'échange de quotas d'émission de l'Union européenne",
    ],
    "snesup-fsu": [
        "Syndicat national de l'enseignement supérieur",
        "Syndicat national de l'enseignement supérieur - Fédération syndicale unitaire",
    ],
    "sncf": ["Société nationale des chemins de fer français"],
    "sud": ["Solidaires, unitaires, démocratiques"],
    "tfue": ["traité sur le fonctionnement de l'Union européenne"],
    "tmo": ["television match official", "arbitre vidéo"],
    "uga": ["Université Grenoble Alpes"],
    "unef": ["Union nationale des étudiants de France"],
}


_x = partial(expansions, _OFF)


_fr = french_typography


_doc = document


# title-case press spellings used below that the builder's acronym lint must see
TITLECASE_ACRONYMS = {"ademe", "anru", "dreets", "snesup", "ferc", "unef", "inria", "hcéres", "crous", "samu"}

DOCS = [
    # ======================================================================
    # 1. Regional press (L'Est Républicain style): municipal council of Besançon, budget,
    #    urban renewal, parties by their acronyms, a CRC split by its acronym.
    # ======================================================================
    _doc(
        id="holdout-presse-besancon-conseil-municipal",
        text="""Doubs
Besançon. Budget, piscine Mallarmé, Planoise : un conseil municipal sous tension

Besançon. Il aura fallu près de six heures de débats, jeudi soir, pour que le conseil municipal de Besançon adopte le budget primitif 2026 de la ville, par 39 voix contre 14. Les groupes PS et PCF de la majorité ont voté pour, les élus LR et RN contre. Le document prévoit 68 millions d’euros d’investissements, dont 11,5 millions pour la rénovation de la piscine Mallarmé, fermée depuis l’été 2024.

« Nous investissons sans toucher aux taux de la taxe foncière, c’est un choix assumé », a défendu Rémi Jacquemin, adjoint chargé des finances. La ville a obtenu un prêt de 9 millions d’euros de la Banque des Territoires et une subvention de 2,1 millions de l’Agence de l’environnement et de la maîtrise de l’énergie (Ademe) pour raccorder le futur bassin au réseau de chaleur urbain.

Dans l’opposition, Hervé Schaller (LR) a dénoncé « un chèque en blanc » et rappelé le rapport de la chambre régionale des comptes (CRC) Bourgogne-Franche-Comté, qui jugeait en 2023 la capacité de désendettement de la ville « à surveiller ». Pour le Rassemblement national, Josiane Faivre a réclamé un audit de la délégation de service public (DSP) du stationnement, confiée depuis 2019 à la société Parkalys.

Le quartier de Planoise a occupé une bonne partie de la soirée. Les élus ont approuvé un avenant à la convention signée avec l’Agence nationale pour la rénovation urbaine (Anru) dans le cadre du nouveau programme national de renouvellement urbain (NPNRU) : 1 400 logements seront réhabilités d’ici 2030 par les bailleurs Habitat 25 et Néolia. « Planoise ne doit pas redevenir le quartier dont on ne parle qu’à la rubrique des faits divers », a lancé Farid Benchekroun, conseiller municipal délégué à la politique de la ville, alors que le préfet du Doubs réunira le 3 mars les partenaires du contrat de ville, dont la caisse d’allocations familiales du Doubs et France Travail.

Grand Besançon Métropole, compétente pour les transports, a de son côté confirmé le prolongement de la ligne 2 du tramway au-delà des Hauts-du-Chazal, cofinancé par le conseil régional de Bourgogne-Franche-Comté et l’État. Les élus écologistes ont obtenu l’inscription d’une étude sur une ligne de bus à haut niveau de service (BHNS) vers Saint-Vit et Saône.

La séance a été suspendue vingt minutes après un échange tendu entre Rémi Jacquemin et Hervé Schaller. Le prochain conseil municipal se tiendra le 26 mars, à l’hôtel de ville.""",
        spans=[
            ("Doubs", "LOC"),
            ("Besançon", "LOC"),
            ("Planoise", "LOC"),
            ("conseil municipal de Besançon", "ORG"),
            ("PS", "ORG"),
            ("PCF", "ORG"),
            ("LR", "ORG"),
            ("RN", "ORG"),
            ("Rémi Jacquemin", "PER"),
            ("Banque des Territoires", "ORG"),
            ("Agence de l’environnement et de la maîtrise de l’énergie", "ORG"),
            ("Ademe", "ORG"),
            ("Hervé Schaller", "PER"),
            ("chambre régionale des comptes", "ORG"),
            ("CRC", "ORG"),
            ("Bourgogne-Franche-Comté", "LOC"),
            ("Rassemblement national", "ORG"),
            ("Josiane Faivre", "PER"),
            ("Parkalys", "ORG"),
            ("Agence nationale pour la rénovation urbaine", "ORG"),
            ("Anru", "ORG"),
            ("Habitat 25", "ORG"),
            ("Néolia", "ORG"),
            ("Farid Benchekroun", "PER"),
            ("caisse d’allocations familiales du Doubs", "ORG"),
            ("France Travail", "ORG"),
            ("Grand Besançon Métropole", "ORG"),
            ("Hauts-du-Chazal", "LOC"),
            ("conseil régional de Bourgogne-Franche-Comté", "ORG"),
            ("Saint-Vit", "LOC"),
            ("Saône", "LOC"),
        ],
        acronyms=[
            ("PS", "all", _x("PS")),
            ("PCF", "all", _x("PCF")),
            ("LR", "all", _x("LR")),
            ("RN", "all", _x("RN")),
            ("Ademe", "all", _x("Ademe", "Agence de l’environnement et de la maîtrise de l’énergie")),
            ("CRC", "all", _x("CRC")),
            ("DSP", "all", _x("DSP")),
            ("Anru", "all", _x("Anru")),
            ("NPNRU", "all", _x("NPNRU")),
            ("BHNS", "all", _x("BHNS")),
        ],
        ignore=[
            ("piscine Mallarmé",),
            ("adjoint chargé des finances",),
            ("conseiller municipal délégué à la politique de la ville",),
            ("préfet du Doubs",),
            ("État",),
        ],
        not_acronyms=[],
    ),
    # ======================================================================
    # 2. Regional press (Le Populaire du Centre style): emergency department of the CHU de
    #    Limoges, ARS, Samu 87, GHT, unions, interns, HAS.
    # ======================================================================
    _doc(
        id="holdout-presse-limoges-chu-urgences",
        text="""Haute-Vienne
Urgences du CHU de Limoges : l’accès régulé par le 15 prolongé jusqu’à la fin de l’été

Limoges. Il faudra encore appeler le 15 avant de se rendre aux urgences adultes du CHU de Limoges, au moins jusqu’au 31 août. L’ARS Nouvelle-Aquitaine a validé mardi la prolongation de la régulation des entrées entre 20 heures et 8 heures, mise en place début juin faute d’urgentistes en nombre suffisant.

« Sur 42 postes de médecins urgentistes, onze sont vacants. Sans régulation, nous ne pouvons plus garantir la sécurité des patients », justifie Isabelle Gaudy-Ranoux, directrice générale du CHU, qui recevait la presse jeudi à l’hôpital Dupuytren.

Concrètement, les patients qui appellent sont orientés par le Samu 87 vers une consultation de médecine générale, vers SOS Médecins Limoges ou vers une clinique privée de l’agglomération. Le service d’accès aux soins (SAS), qui associe régulateurs hospitaliers et médecins libéraux, a traité plus de 9 000 appels en juillet, selon l’ARS.

Les hôpitaux de proximité en subissent le contrecoup. Le centre hospitalier de Saint-Junien a dû fermer ses urgences deux nuits par semaine, et celui de Saint-Yrieix-la-Perche ne tient qu’avec des médecins intérimaires. Le groupement hospitalier de territoire du Limousin (GHT), piloté par le CHU, a sollicité des renforts venus de Brive-la-Gaillarde et de Guéret.

Du côté des syndicats, la colère monte. « On transfère la pénurie vers les libéraux et les petits hôpitaux », dénonce Patrick Lavaud, secrétaire de la section CGT du CHU, qui appelle à un rassemblement jeudi devant l’hôpital. SUD Santé Sociaux réclame pour sa part la réouverture de 30 lits d’aval fermés l’hiver dernier.

Le doyen de la faculté de médecine de l’université de Limoges, le Pr Olivier Marcelin, rappelle que dix-sept internes de médecine d’urgence commenceront leur stage en novembre. L’Intersyndicale nationale des internes (ISNI) s’inquiète toutefois d’une « charge de travail incompatible avec la formation ».

La Haute Autorité de santé (HAS), qui doit certifier l’établissement, a reporté sa visite à janvier 2026. Le CHU réunira son conseil de surveillance le 18 septembre.""",
        spans=[
            ("Haute-Vienne", "LOC"),
            ("CHU de Limoges", "ORG"),
            ("Limoges", "LOC"),
            ("ARS Nouvelle-Aquitaine", "ORG"),
            ("Isabelle Gaudy-Ranoux", "PER"),
            ("CHU", "ORG"),
            ("Samu 87", "ORG"),
            ("SOS Médecins Limoges", "ORG"),
            ("ARS", "ORG"),
            ("centre hospitalier de Saint-Junien", "ORG"),
            ("Saint-Yrieix-la-Perche", "LOC"),
            ("groupement hospitalier de territoire du Limousin", "ORG"),
            ("GHT", "ORG"),
            ("Brive-la-Gaillarde", "LOC"),
            ("Guéret", "LOC"),
            ("Patrick Lavaud", "PER"),
            ("CGT", "ORG"),
            ("SUD Santé Sociaux", "ORG"),
            ("faculté de médecine de l’université de Limoges", "ORG"),
            ("Olivier Marcelin", "PER"),
            ("Intersyndicale nationale des internes", "ORG"),
            ("ISNI", "ORG"),
            ("Haute Autorité de santé", "ORG"),
            ("HAS", "ORG"),
        ],
        acronyms=[
            ("CHU", "all", _x("CHU")),
            ("ARS", "all", None),
            ("Samu", "all", _x("Samu")),
            ("SAS", "all", ["service d’accès aux soins", "service d'accès aux soins"]),
            ("GHT", "all", _x("GHT", "groupement hospitalier de territoire du Limousin")),
            ("CGT", "all", _x("CGT")),
            ("SUD", "all", _x("SUD")),
            ("ISNI", "all", _x("ISNI")),
            ("HAS", "all", _x("HAS")),
        ],
        ignore=[
            ("hôpital Dupuytren",),
            ("service d’accès aux soins (SAS)",),
        ],
        not_acronyms=[
            ("SOS",),
            ("Pr",),
        ],
    ),
    # ======================================================================
    # 3. Regional press (Vosges Matin style): factory closure, PSE, unions, Dreets, CIRI.
    # ======================================================================
    _doc(
        id="holdout-presse-vosges-fermeture-usine",
        text="""Vosges
Fermeture de Valdémont Emballages : 212 salariés sur le carreau, les syndicats bloquent le site

Saint-Dié-des-Vosges. La nouvelle est tombée mardi matin, lors d’un comité social et économique (CSE) extraordinaire convoqué à la hâte : le groupe allemand Kessler Verpackung fermera d’ici juin l’usine de cartonnage Valdémont Emballages, installée depuis 1961 au bord de la Meurthe. Ses 212 salariés sont concernés par un plan de sauvegarde de l’emploi (PSE).

« On nous parle de surcapacités en Europe, mais l’usine a dégagé des bénéfices l’an dernier », s’étrangle Stéphane Grandclaude, délégué syndical CGT, devant le portail bloqué par des palettes. Les élus CFDT et CFE-CGC du CSE ont voté le recours à une expertise économique. Selon la direction, la baisse des commandes de l’agroalimentaire et la flambée du prix de l’énergie rendent le site « structurellement déficitaire ».

Le maire de Saint-Dié-des-Vosges et le président de la communauté d’agglomération de Saint-Dié-des-Vosges ont été reçus mercredi à Épinal par la préfète des Vosges. Un comité de suivi associant la direction régionale de l’économie, de l’emploi, du travail et des solidarités du Grand Est (Dreets), la Région Grand Est et France Travail se réunira chaque mois. La Dreets devra homologuer le PSE avant toute notification de licenciement.

Le dossier a été confié au comité interministériel de restructuration industrielle (CIRI), qui cherche un repreneur, indique-t-on au cabinet du ministre chargé de l’Industrie. Deux marques d’intérêt auraient été reçues, dont celle d’un cartonnier italien, et Bpifrance pourrait accompagner une reprise partielle.

En attendant, les salariés se voient proposer un contrat de sécurisation professionnelle (CSP) ou un congé de reclassement. « À 54 ans, après trente ans de maison, on va me proposer quoi ? De livrer des colis à Nancy ? », lâche Nathalie Thiébaut, conductrice de ligne. L’union locale FO appelle à manifester samedi, de la gare à l’hôtel de ville. La direction du groupe, basée à Mannheim, n’a pas répondu à nos sollicitations.""",
        spans=[
            ("Vosges", "LOC"),
            ("Valdémont Emballages", "ORG"),
            ("Saint-Dié-des-Vosges", "LOC"),
            ("Kessler Verpackung", "ORG"),
            ("Meurthe", "LOC"),
            ("Europe", "LOC"),
            ("Stéphane Grandclaude", "PER"),
            ("CGT", "ORG"),
            ("CFDT", "ORG"),
            ("CFE-CGC", "ORG"),
            ("communauté d’agglomération de Saint-Dié-des-Vosges", "ORG"),
            ("Épinal", "LOC"),
            (
                "direction régionale de l’économie, de l’emploi, du travail et des solidarités du Grand Est",
                "ORG",
            ),
            ("Dreets", "ORG"),
            ("Région Grand Est", "ORG"),
            ("France Travail", "ORG"),
            ("comité interministériel de restructuration industrielle", "ORG"),
            ("CIRI", "ORG"),
            ("Bpifrance", "ORG"),
            ("Nancy", "LOC"),
            ("Nathalie Thiébaut", "PER"),
            ("FO", "ORG"),
            ("Mannheim", "LOC"),
        ],
        acronyms=[
            ("CSE", "all", _x("CSE")),
            ("PSE", "all", _x("PSE")),
            ("CGT", "all", _x("CGT")),
            ("CFDT", "all", _x("CFDT")),
            ("CFE-CGC", "all", _x("CFE-CGC")),
            (
                "Dreets",
                "all",
                _x(
                    "Dreets",
                    "direction régionale de l’économie, de l’emploi, du travail et des solidarités du Grand Est",
                ),
            ),
            ("CIRI", "all", _x("CIRI")),
            ("CSP", "all", _x("CSP")),
            ("FO", "all", _x("FO")),
        ],
        ignore=[
            ("comité social et économique (CSE) extraordinaire",),
            ("CSE", 1),
            ("maire de Saint-Dié-des-Vosges",),
            ("préfète des Vosges",),
            ("cabinet du ministre chargé de l’Industrie",),
        ],
        not_acronyms=[],
    ),
    # ======================================================================
    # 4. Regional press (Sud Ouest style): Grand Port Maritime de La Rochelle, offshore wind,
    #    CNDP, RTE, DIRM, a marine park whose name holds places.
    # ======================================================================
    _doc(
        id="holdout-presse-la-rochelle-port",
        text="""Charente-Maritime
Port de La Rochelle : une année record pour les céréales, le grand port mise sur l’éolien en mer

La Rochelle. Avec 11,2 millions de tonnes de marchandises en 2025, le Grand Port Maritime de La Rochelle signe la meilleure année de son histoire. Les céréales, exportées vers le Maroc, l’Algérie et l’Égypte, représentent près de la moitié du trafic, a indiqué jeudi le président du directoire, Frédéric Lemaître-Dussaud, lors de ses vœux à la communauté portuaire.

Le port, dont les principaux quais se trouvent à La Pallice, veut désormais se positionner sur l’éolien en mer. Il investira 48 millions d’euros d’ici 2029 pour aménager un terminal capable d’accueillir les éléments du futur parc au large de l’île d’Oléron, dont le débat public avait été organisé par la Commission nationale du débat public (CNDP). RTE, le gestionnaire du réseau de transport d’électricité, doit raccorder les éoliennes au continent par une liaison sous-marine.

Le financement associe l’État, la Région Nouvelle-Aquitaine, la communauté d’agglomération de La Rochelle et l’Union européenne, au titre du mécanisme pour l’interconnexion en Europe (MIE). « Sans la desserte ferroviaire, rien de tout cela n’est possible », insiste le dirigeant, qui attend de SNCF Réseau la modernisation de la ligne vers Poitiers, indispensable au fret céréalier.

Les dockers, eux, ont obtenu la signature d’un accord sur la pénibilité. « C’était la condition pour accompagner la croissance », explique Yannick Bressollette, secrétaire CGT des dockers rochelais. Côté exportateurs, la société Atlantique Grains a annoncé la construction d’un silo de 60 000 tonnes.

La direction interrégionale de la mer Sud-Atlantique (DIRM) a par ailleurs renforcé les contrôles des navires à quai. L’Office français de la biodiversité (OFB), gestionnaire du Parc naturel marin de l’estuaire de la Gironde et de la mer des Pertuis, sera associé aux études d’impact du futur terminal.""",
        spans=[
            ("Charente-Maritime", "LOC"),
            ("La Rochelle", "LOC"),
            ("Grand Port Maritime de La Rochelle", "ORG"),
            ("Maroc", "LOC"),
            ("Algérie", "LOC"),
            ("Égypte", "LOC"),
            ("Frédéric Lemaître-Dussaud", "PER"),
            ("La Pallice", "LOC"),
            ("île d’Oléron", "LOC"),
            ("Commission nationale du débat public", "ORG"),
            ("CNDP", "ORG"),
            ("RTE", "ORG"),
            ("Région Nouvelle-Aquitaine", "ORG"),
            ("communauté d’agglomération de La Rochelle", "ORG"),
            ("Union européenne", "ORG"),
            ("SNCF Réseau", "ORG"),
            ("Poitiers", "LOC"),
            ("Yannick Bressollette", "PER"),
            ("CGT", "ORG"),
            ("Atlantique Grains", "ORG"),
            ("direction interrégionale de la mer Sud-Atlantique", "ORG"),
            ("DIRM", "ORG"),
            ("Office français de la biodiversité", "ORG"),
            ("OFB", "ORG"),
            ("Parc naturel marin de l’estuaire de la Gironde et de la mer des Pertuis", "ORG"),
        ],
        acronyms=[
            ("CNDP", "all", _x("CNDP")),
            ("RTE", "all", _x("RTE")),
            ("MIE", "all", _x("MIE")),
            ("SNCF", "all", _x("SNCF")),
            ("CGT", "all", _x("CGT")),
            ("DIRM", "all", _x("DIRM", "direction interrégionale de la mer Sud-Atlantique")),
            ("OFB", "all", _x("OFB")),
        ],
        ignore=[
            ("président du directoire",),
            ("État",),
            ("mécanisme pour l’interconnexion en Europe",),
        ],
        not_acronyms=[],
    ),
    # ======================================================================
    # 5. Regional press (Le Dauphiné libéré style): Université Grenoble Alpes budget, research
    #    bodies (CNRS, Inria, CEA, ANR, Hcéres), unions, Crous (thin no-break spaces).
    # ======================================================================
    _doc(
        id="holdout-presse-grenoble-universite",
        thin=True,
        text="""Isère
Université Grenoble Alpes : un budget en déficit, 120 postes gelés

Saint-Martin-d’Hères. L’Université Grenoble Alpes (UGA) a adopté vendredi en conseil d’administration, par 21 voix contre 13, un budget 2026 en déficit de 14,8 millions d’euros. Pour limiter les dégâts, la présidence gèle 120 postes d’enseignants-chercheurs et de personnels administratifs, soit près de 2 % des effectifs.

« Nous payons des mesures salariales décidées par l’État et jamais compensées », plaide le président de l’université, Mathieu Roche-Vallier, qui cite le glissement vieillesse technicité (GVT) et la hausse des cotisations de retraite. Le ministère de l’Enseignement supérieur et de la Recherche a promis une « mission d’appui » de l’inspection générale.

Les élus du Snesup-FSU et de la CGT Ferc Sup ont voté contre. « Geler des postes, c’est fermer des formations, à Grenoble comme à Valence », dénonce Claire Dufresnoy, maîtresse de conférences en sociologie. L’Unef et l’Union étudiante appellent à une assemblée générale mardi sur le campus.

La recherche est aussi touchée. Les laboratoires communs avec le CNRS, l’Inria et le CEA s’inquiètent du report de recrutements d’ingénieurs. Selon l’Agence nationale de la recherche (ANR), les équipes grenobloises ont pourtant décroché 142 projets en 2025, un record. Le Haut Conseil de l’évaluation de la recherche et de l’enseignement supérieur (Hcéres), qui évaluera l’UGA en 2027, avait souligné la « fragilité du modèle financier » de l’établissement.

Grenoble INP – UGA, l’école d’ingénieurs de l’université, supprime deux options de sa filière énergie. Le Crous Grenoble Alpes annonce, lui, 300 logements supplémentaires à la rentrée sur le domaine universitaire.

La rectrice de la région académique Auvergne-Rhône-Alpes, chancelière des universités, dispose d’un mois pour approuver le budget. À défaut, il serait arrêté par ses soins après avis de la chambre régionale des comptes Auvergne-Rhône-Alpes.""",
        spans=[
            ("Isère", "LOC"),
            ("Université Grenoble Alpes", "ORG"),
            ("Saint-Martin-d’Hères", "LOC"),
            ("UGA", "ORG"),
            ("Mathieu Roche-Vallier", "PER"),
            ("ministère de l’Enseignement supérieur et de la Recherche", "ORG"),
            ("Snesup-FSU", "ORG"),
            ("CGT Ferc Sup", "ORG"),
            ("Grenoble", "LOC"),
            ("Valence", "LOC"),
            ("Claire Dufresnoy", "PER"),
            ("Unef", "ORG"),
            ("Union étudiante", "ORG"),
            ("CNRS", "ORG"),
            ("Inria", "ORG"),
            ("CEA", "ORG"),
            ("Agence nationale de la recherche", "ORG"),
            ("ANR", "ORG"),
            ("Haut Conseil de l’évaluation de la recherche et de l’enseignement supérieur", "ORG"),
            ("Hcéres", "ORG"),
            ("Grenoble INP – UGA", "ORG"),
            ("Crous Grenoble Alpes", "ORG"),
            ("chambre régionale des comptes Auvergne-Rhône-Alpes", "ORG"),
        ],
        acronyms=[
            ("UGA", "all", _x("UGA")),
            ("GVT", "all", _x("GVT")),
            ("Snesup-FSU", "all", _x("Snesup-FSU")),
            ("CGT", "all", _x("CGT")),
            ("Ferc", "all", _x("Ferc")),
            ("Unef", "all", _x("Unef")),
            ("CNRS", "all", _x("CNRS")),
            ("Inria", "all", _x("Inria")),
            ("CEA", "all", _x("CEA")),
            ("ANR", "all", _x("ANR")),
            ("Hcéres", "all", _x("Hcéres")),
            ("INP", "all", _x("INP")),
            ("Crous", "all", _x("Crous")),
        ],
        ignore=[
            ("État",),
            ("président de l’université",),
            ("inspection générale",),
            ("maîtresse de conférences en sociologie",),
            ("rectrice de la région académique Auvergne-Rhône-Alpes, chancelière des universités",),
        ],
        not_acronyms=[],
    ),
    # ======================================================================
    # 6. Sports (La République des Pyrénées style): Top 14, clubs by town and short name,
    #    LNR, FFR, DNACG, EPCR, a stadium, a national team (curly apostrophes).
    # ======================================================================
    _doc(
        id="holdout-presse-pau-rugby",
        text="""Rugby – Top 14
La Section paloise fait tomber Clermont et s’invite dans le top 6

Pau. Portée par un Hameau à guichets fermés, la Section paloise Béarn Pyrénées a dominé l’ASM Clermont Auvergne (31-17), samedi soir, lors de la 14e journée du Top 14. Le demi d’ouverture Mathis Etcheverry a inscrit 16 points et l’ailier fidjien Josaia Ravouvou a signé un doublé.

« On a respecté le plan de jeu pendant 80 minutes, c’est la première fois cette saison », se félicite le manager palois, Xavier Lacampagne, au micro de Canal+. Côté auvergnat, l’entraîneur Julien Mourgues déplorait « trop d’indiscipline » : trois cartons jaunes, dont un transformé en rouge après consultation du TMO.

Avec ce succès, la Section remonte à la 5e place, à deux points du Stade toulousain, son prochain adversaire, au Stadium de Toulouse. Clermont, qui recevra l’Aviron bayonnais, glisse au 9e rang.

En coulisses, le club béarnais attend le feu vert de la Direction nationale d’aide et de contrôle de gestion (DNACG) pour un budget en hausse de 8 %. La communauté d’agglomération Pau Béarn Pyrénées, propriétaire du stade, a voté jeudi 4,5 millions d’euros de travaux pour agrandir la tribune Est, avec le soutien du conseil départemental des Pyrénées-Atlantiques et de la Région Nouvelle-Aquitaine.

La Ligue nationale de rugby (LNR) a confirmé que le choc face au Stade toulousain serait diffusé en clair sur France 2. La Fédération française de rugby (FFR) a convoqué deux Palois, dont le talonneur Baptiste Lahourcade, pour le stage du XV de France à Marcoussis. Le pilier Gaëtan Sarthou, formé en Argentine, ne compte pas parmi les joueurs issus des filières de formation (JIFF), dont les clubs doivent aligner un quota minimal.

En Coupe d’Europe, la Section affrontera les Sale Sharks le 13 décembre en Challenge Cup, compétition organisée par l’EPCR.""",
        spans=[
            ("Section paloise Béarn Pyrénées", "ORG"),
            ("Section paloise", "ORG"),
            ("Section", "ORG"),
            ("Clermont", "ORG"),
            ("Pau", "LOC"),
            ("ASM Clermont Auvergne", "ORG"),
            ("Mathis Etcheverry", "PER"),
            ("Josaia Ravouvou", "PER"),
            ("Xavier Lacampagne", "PER"),
            ("Canal+", "ORG"),
            ("Julien Mourgues", "PER"),
            ("Stade toulousain", "ORG"),
            ("Toulouse", "LOC"),
            ("Aviron bayonnais", "ORG"),
            ("Direction nationale d’aide et de contrôle de gestion", "ORG"),
            ("DNACG", "ORG"),
            ("communauté d’agglomération Pau Béarn Pyrénées", "ORG"),
            ("conseil départemental des Pyrénées-Atlantiques", "ORG"),
            ("Région Nouvelle-Aquitaine", "ORG"),
            ("Ligue nationale de rugby", "ORG"),
            ("LNR", "ORG"),
            ("France 2", "ORG"),
            ("Fédération française de rugby", "ORG"),
            ("FFR", "ORG"),
            ("Baptiste Lahourcade", "PER"),
            ("Marcoussis", "LOC"),
            ("Gaëtan Sarthou", "PER"),
            ("Argentine", "LOC"),
            ("Sale Sharks", "ORG"),
            ("EPCR", "ORG"),
        ],
        acronyms=[
            ("ASM", "all", _x("ASM")),
            ("TMO", "all", _x("TMO")),
            ("DNACG", "all", _x("DNACG")),
            ("LNR", "all", _x("LNR")),
            ("FFR", "all", _x("FFR")),
            ("JIFF", "all", _x("JIFF")),
            ("EPCR", "all", _x("EPCR")),
        ],
        ignore=[
            ("Hameau",),
            ("XV de France",),
            ("Coupe d’Europe",),
        ],
        not_acronyms=[
            ("XV",),
        ],
    ),
    # ======================================================================
    # 7. European Commission press release in French: state aid, ADEME and Bpifrance, SEQE-UE,
    #    TFUE, CEEAG, BEI, DG Concurrence, case and release numbers (thin no-break spaces).
    # ======================================================================
    _doc(
        id="holdout-communique-commission-aides-etat",
        thin=True,
        text="""Commission européenne – Communiqué de presse

Aides d’État : la Commission autorise un régime français de 1,9 milliard d’euros pour décarboner les procédés industriels

Bruxelles, le 9 octobre 2025

La Commission européenne a autorisé, en vertu des règles de l’UE en matière d’aides d’État, un régime français de 1,9 milliard d’euros destiné à aider les entreprises industrielles à réduire leurs émissions de gaz à effet de serre. Le régime contribuera aux objectifs du pacte vert pour l’Europe et du pacte pour une industrie propre.

La mesure

La France a notifié à la Commission son intention d’instituer un régime destiné à soutenir l’électrification des procédés et le recours à la chaleur renouvelable dans la chimie, la sidérurgie, le verre et le papier. Le régime sera géré par l’Agence de l’environnement et de la maîtrise de l’énergie (ADEME) et par Bpifrance ; il restera ouvert jusqu’au 31 décembre 2030.

L’aide prendra la forme de subventions directes, attribuées à l’issue d’appels d’offres concurrentiels. Les petites et moyennes entreprises (PME) bénéficieront d’un taux d’aide majoré. Les bénéficiaires devront réduire d’au moins 40 % les émissions directes des installations concernées, dont la plupart relèvent du système d’échange de quotas d’émission de l’UE (SEQE-UE).

Appréciation de la Commission

La Commission a apprécié la mesure au regard des règles de l’UE en matière d’aides d’État, et notamment de l’article 107, paragraphe 3, point c), du traité sur le fonctionnement de l’Union européenne (TFUE), ainsi que des lignes directrices de 2022 concernant les aides d’État au climat, à la protection de l’environnement et à l’énergie (CEEAG). Elle a constaté que le régime est nécessaire, approprié et proportionné, et qu’il a un effet incitatif.

Mme Ingrid Halvorsen-Duval, vice-présidente exécutive chargée d’une transition propre, juste et compétitive, a déclaré : « Ce régime de 1,9 milliard d’euros aidera l’industrie française à réduire ses émissions tout en restant compétitive. Il montre comment les États membres peuvent soutenir la décarbonation sans fausser la concurrence au sein du marché unique. »

Contexte

La Banque européenne d’investissement (BEI) et le Fonds pour l’innovation, alimenté par les recettes du SEQE-UE, complètent les régimes nationaux. Le Parlement européen et le Conseil de l’Union européenne examinent par ailleurs la proposition de règlement sur l’accélérateur de décarbonation industrielle, présentée par la Commission en mars.

La version non confidentielle de la décision sera publiée sous le numéro SA.114872 dans le registre des aides d’État, sur le site internet de la DG Concurrence.

IP/25/2417

Contacts pour la presse :
Arianna Podestà – Tél. : +32 2 298 71 45
Jonas Verhelst – Tél. : +32 2 295 63 08

Demandes du public : Europe Direct par téléphone au 00 800 67 89 10 11""",
        spans=[
            ("Commission européenne", "ORG"),
            ("Bruxelles", "LOC"),
            ("UE", "ORG"),
            ("France", "LOC"),
            ("Agence de l’environnement et de la maîtrise de l’énergie", "ORG"),
            ("ADEME", "ORG"),
            ("Bpifrance", "ORG"),
            ("Ingrid Halvorsen-Duval", "PER"),
            ("Banque européenne d’investissement", "ORG"),
            ("BEI", "ORG"),
            ("Parlement européen", "ORG"),
            ("Conseil de l’Union européenne", "ORG"),
            ("DG Concurrence", "ORG"),
            ("Arianna Podestà", "PER"),
            ("Jonas Verhelst", "PER"),
        ],
        acronyms=[
            ("UE", "all", None),
            ("ADEME", "all", _x("ADEME", "Agence de l’environnement et de la maîtrise de l’énergie")),
            ("PME", "all", _x("PME")),
            ("SEQE-UE", "all", _x("SEQE-UE", "système d’échange de quotas d’émission de l’UE")),
            ("TFUE", "all", _x("TFUE", "traité sur le fonctionnement de l’Union européenne")),
            (
                "CEEAG",
                "all",
                _x(
                    "CEEAG",
                    "lignes directrices de 2022 concernant les aides d’État au climat, à la protection de "
                    "l’environnement et à l’énergie",
                ),
            ),
            ("BEI", "all", _x("BEI")),
            ("DG", "all", _x("DG")),
        ],
        ignore=[
            ("Commission", [1, 3, 4, 5, 6]),
            ("État",),
            ("États membres",),
            ("pacte vert pour l’Europe",),
            ("système d’échange de quotas d’émission de l’UE",),
            ("traité sur le fonctionnement de l’Union européenne",),
            ("vice-présidente exécutive chargée d’une transition propre, juste et compétitive",),
            ("Europe Direct",),
        ],
        not_acronyms=[
            ("Mme",),
            ("SA.114872",),
            ("IP/25/2417",),
        ],
    ),
]
