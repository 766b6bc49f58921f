"""Everyday gold texts: court decisions, prosecutors' communiqués, prefectoral orders, a list of services.

All people, companies, associations, cases and figures are fictional; courts, agencies, places
and legal texts are real, with their official names.  Written and annotated by hand (blind).

Conventions decided here, where GUIDELINES.md and tests/data/gold/README.md leave room:
- a court formation followed by its court is one ORG (`chambre de l'instruction de la cour d'appel
  de Rennes`, `chambre criminelle de la Cour de cassation`); the formation alone (`la chambre
  criminelle`, `la chambre de l'instruction`) and the court naming itself (`la Cour`) are ignored;
- the city in a Cassation citation of the judgment under appeal (`(Rennes, 14 juin 2023)`) stands
  for the court: ignored;
- street names in addresses (`rue Pierre-Abélard`, `quai de Paludate`) are ignored, the town is a LOC;
- law firms are ORG with their legal form (`SCP Delvaux et Rochefort`), companies without the word
  `société` (`Transports Kerhervé`);
- generic hospital or court units (`unité médico-judiciaire`, `service d'accueil unique du
  justiciable`, `SMUR`) are ignored; their acronyms are still listed;
- reference numbers that contain an acronym glued by hyphens (`2025-DDTM-SEB-0147`) and case
  numbers (`23PA04871`) are not acronyms as a whole;
- expansions are given explicitly from _OFF (no module-level EXP, to avoid clashing with other
  modules); keys already in make_gold.EXP (ars, caf, ddpp, oqtf, urssaf, rib) are left to it.
"""

from functools import partial

from gold_text import expansions

TITLECASE_ACRONYMS = {"caf"}

_OFF = {
    "agrasc": ["Agence de gestion et de recouvrement des avoirs saisis et confisqués"],
    "aj": ["aide juridictionnelle"],
    "apl": ["aide personnalisée au logement"],
    "arse": ["assignation à résidence avec surveillance électronique"],
    "baj": ["bureau d'aide juridictionnelle"],
    "bri": ["brigade de recherche et d'intervention"],
    "brb": ["brigade de répression du banditisme"],
    "caa": ["cour administrative d'appel"],
    "cdad": ["conseil départemental de l'accès au droit"],
    "cedh": ["Cour européenne des droits de l'homme"],
    "ceseda": ["code de l'entrée et du séjour des étrangers et du droit d'asile"],
    "chu": ["centre hospitalier universitaire"],
    "cjue": ["Cour de justice de l'Union européenne"],
    "cnda": ["Cour nationale du droit d'asile"],
    "codaf": ["comité opérationnel départemental anti-fraude"],
    "copj": ["convocation par officier de police judiciaire"],
    "cpam": ["caisse primaire d'assurance maladie"],
    "cra": ["centre de rétention administrative"],
    "crpc": ["comparution sur reconnaissance préalable de culpabilité"],
    "ddets": ["direction départementale de l'emploi, du travail et des solidarités"],
    "ddse": ["détention à domicile sous surveillance électronique"],
    "ddtm": ["direction départementale des territoires et de la mer"],
    "dipn": ["direction interdépartementale de la police nationale"],
    "dpae": ["déclaration préalable à l'embauche"],
    "dreal": ["direction régionale de l'environnement, de l'aménagement et du logement"],
    "fpr": ["fichier des personnes recherchées"],
    "gir": ["groupe interministériel de recherches"],
    "icpe": ["installation classée pour la protection de l'environnement"],
    "irtf": ["interdiction de retour sur le territoire français"],
    "itt": ["incapacité totale de travail"],
    "jirs": ["juridiction interrégionale spécialisée"],
    "jld": ["juge des libertés et de la détention"],
    "lapi": ["lecture automatisée des plaques d'immatriculation"],
    "mjd": ["maison de justice et du droit"],
    "mrae": ["mission régionale d'autorité environnementale"],
    "ocrteh": ["Office central pour la répression de la traite des êtres humains"],
    "ofast": ["Office anti-stupéfiants"],
    "ofb": ["Office français de la biodiversité"],
    "ofpra": ["Office français de protection des réfugiés et apatrides"],
    "paf": ["police aux frontières"],
    "pj": ["police judiciaire"],
    "qpc": ["question prioritaire de constitutionnalité"],
    "raa": ["recueil des actes administratifs"],
    "raid": ["Recherche, assistance, intervention, dissuasion"],
    "rsa": ["revenu de solidarité active"],
    "sage": ["schéma d'aménagement et de gestion des eaux"],
    "sauj": ["service d'accueil unique du justiciable"],
    "scp": ["société civile professionnelle"],
    "sdage": ["schéma directeur d'aménagement et de gestion des eaux"],
    "sdis": ["service départemental d'incendie et de secours"],
    "siret": ["système d'identification du répertoire des établissements"],
    "smur": ["service mobile d'urgence et de réanimation"],
    "spip": ["service pénitentiaire d'insertion et de probation"],
    "srpj": ["service régional de police judiciaire"],
    "suv": ["sport utility vehicle", "véhicule utilitaire sport"],
    "ta": ["tribunal administratif"],
    "tgi": ["tribunal de grande instance"],
    "tj": ["tribunal judiciaire"],
    "umj": ["unité médico-judiciaire"],
    "znieff": ["zone naturelle d'intérêt écologique, faunistique et floristique"],
}


_x = partial(expansions, _OFF)


DOCS = []

# ==========================================================================
# 1. Cour de cassation, chambre criminelle: rejet (straight apostrophes)
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-cassation-crim-geolocalisation",
        text="""N° K 24-86.517 F-D

N° 01342

GM
14 MAI 2025

REJET

M. CASTELNAU président,

R É P U B L I Q U E   F R A N Ç A I S E
________________________________________

AU NOM DU PEUPLE FRANÇAIS
_________________________

ARRÊT DE LA COUR DE CASSATION, CHAMBRE CRIMINELLE,
DU 14 MAI 2025

M. Yanis Berthelot a formé un pourvoi contre l'arrêt de la chambre de l'instruction de la cour d'appel de Rennes, en date du 7 novembre 2024, qui, dans l'information suivie contre lui des chefs d'importation de stupéfiants en bande organisée et association de malfaiteurs, a prononcé sur sa demande d'annulation de pièces de la procédure.

Par ordonnance du 20 janvier 2025, le président de la chambre criminelle a prescrit l'examen immédiat du pourvoi.

Un mémoire a été produit.

Sur le rapport de Mme Aubrac-Feuillet, conseiller, les observations de la SCP Delvaux et Rochefort, avocat de M. Yanis Berthelot, et les conclusions de M. Quéméneur, avocat général, après débats en l'audience publique du 2 avril 2025 où étaient présents M. Castelnau, président, Mme Aubrac-Feuillet, conseiller rapporteur, M. Lhuillier, conseiller de la chambre, et Mme Pasquet, greffier de chambre,

la chambre criminelle de la Cour de cassation, composée en application de l'article 567-1-1 du code de procédure pénale, des président et conseillers précités, après en avoir délibéré conformément à la loi, a rendu le présent arrêt.

Faits et procédure

1. Il résulte de l'arrêt attaqué et des pièces de la procédure ce qui suit.

2. Dans le cadre d'une enquête préliminaire conduite par l'antenne de l'Office anti-stupéfiants (OFAST) de Rennes sous la direction de la JIRS de Rennes, le juge des libertés et de la détention (JLD) du tribunal judiciaire de Rennes a autorisé, le 3 mars 2023, la pose d'un dispositif de géolocalisation sur un véhicule utilisé par M. Berthelot, mesure prolongée à deux reprises.

3. Une information judiciaire a été ouverte le 12 juin 2023. Interpellé le 26 septembre 2023 à Saint-Malo, M. Berthelot a été mis en examen le 29 septembre suivant.

4. Le 24 mars 2024, il a déposé une requête en nullité visant les ordonnances du JLD et les procès-verbaux d'exploitation de la géolocalisation. Par mémoire distinct, il a soulevé une QPC que la Cour, par arrêt du 5 février 2025, a dit n'y avoir lieu de renvoyer au Conseil constitutionnel.

Examen du moyen

Enoncé du moyen

5. Le moyen critique l'arrêt attaqué en ce qu'il a rejeté la requête en nullité, alors « que la géolocalisation en temps réel d'un véhicule constitue une ingérence dans le droit au respect de la vie privée, qui ne peut être autorisée que par un juge indépendant au terme d'un contrôle effectif de sa nécessité ; qu'en se bornant à relever que les ordonnances du JLD visaient les réquisitions du procureur de la République, sans rechercher si ce magistrat avait disposé des éléments lui permettant d'apprécier la proportionnalité de la mesure au regard de la jurisprudence de la CJUE, la chambre de l'instruction n'a pas justifié sa décision ».

Réponse de la Cour

6. Pour écarter le moyen de nullité, l'arrêt attaqué énonce que les ordonnances visent les éléments précis de l'enquête faisant apparaître l'utilisation du véhicule pour des livraisons de résine de cannabis entre l'Espagne et la Bretagne, et que la durée totale de la mesure, soit cinq mois, était proportionnée à la gravité des faits.

7. En se déterminant ainsi, la chambre de l'instruction, qui a exercé son contrôle sur la nécessité et la proportionnalité de l'ingérence, a justifié sa décision sans méconnaître l'article 8 de la Convention européenne des droits de l'homme, tel qu'interprété par la Cour européenne des droits de l'homme (CEDH).

8. Ainsi, le moyen doit être écarté.

9. Par ailleurs, l'arrêt est régulier en la forme.

PAR CES MOTIFS, la Cour :

REJETTE le pourvoi ;

Ainsi fait et jugé par la Cour de cassation, chambre criminelle, et prononcé par le président en son audience publique du quatorze mai deux mille vingt-cinq.""",
        spans=[
            ("CASTELNAU", "PER"),
            ("Yanis Berthelot", "PER"),
            ("chambre de l'instruction de la cour d'appel de Rennes", "ORG"),
            ("Aubrac-Feuillet", "PER"),
            ("SCP Delvaux et Rochefort", "ORG"),
            ("Quéméneur", "PER"),
            ("Castelnau", "PER"),
            ("Lhuillier", "PER"),
            ("Pasquet", "PER"),
            ("chambre criminelle de la Cour de cassation", "ORG"),
            ("Cour de cassation", "ORG"),
            ("Office anti-stupéfiants", "ORG"),
            ("OFAST", "ORG"),
            ("JIRS de Rennes", "ORG"),
            ("tribunal judiciaire de Rennes", "ORG"),
            ("Rennes", "LOC"),
            ("Berthelot", "PER"),
            ("Saint-Malo", "LOC"),
            ("Conseil constitutionnel", "ORG"),
            ("CJUE", "ORG"),
            ("Espagne", "LOC"),
            ("Bretagne", "LOC"),
            ("Cour européenne des droits de l'homme", "ORG"),
            ("CEDH", "ORG"),
        ],
        acronyms=[
            ("SCP", "all", _x("scp")),
            ("OFAST", "all", _x("ofast", "Office anti-stupéfiants")),
            ("JIRS", "all", _x("jirs")),
            ("JLD", "all", _x("jld", "juge des libertés et de la détention")),
            ("QPC", "all", _x("qpc")),
            ("CJUE", "all", _x("cjue")),
            ("CEDH", "all", _x("cedh", "Cour européenne des droits de l'homme")),
        ],
        ignore=[
            ("R É P U B L I Q U E   F R A N Ç A I S E",),
            ("AU NOM DU PEUPLE FRANÇAIS",),
            ("ARRÊT DE LA COUR DE CASSATION, CHAMBRE CRIMINELLE,\nDU 14 MAI 2025",),
            ("président de la chambre criminelle",),
            ("chambre criminelle", 2),
            ("juge des libertés et de la détention",),
            ("JLD",),
            ("procureur de la République",),
            ("chambre de l'instruction", [1, 2]),
            ("la Cour, par arrêt",),
            ("Réponse de la Cour",),
            ("la Cour :",),
        ],
        not_acronyms=[
            ("F-D",),
            ("GM",),
            ("14 MAI 2025", 0),
            ("REJET",),
            ("CASTELNAU",),
            ("R É P U B L I Q U E   F R A N Ç A I S E",),
            ("AU NOM DU PEUPLE FRANÇAIS",),
            ("ARRÊT DE LA COUR DE CASSATION, CHAMBRE CRIMINELLE,",),
            ("DU 14 MAI 2025",),
            ("M.",),
            ("Mme",),
            ("PAR CES MOTIFS",),
            ("REJETTE",),
        ],
    )
)

# ==========================================================================
# 2. Cour de cassation, deuxième chambre civile: cassation partielle (curly apostrophes)
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-cassation-civ2-urssaf",
        text="""CIV. 2

LM

COUR DE CASSATION
______________________

Audience publique du 19 juin 2025

Cassation partielle

M. SÉVERAC, président

Arrêt n° 648 F-D

Pourvoi n° T 23-20.158

R É P U B L I Q U E   F R A N Ç A I S E
_________________________

AU NOM DU PEUPLE FRANÇAIS
_________________________

ARRÊT DE LA COUR DE CASSATION, DEUXIÈME CHAMBRE CIVILE, DU 19 JUIN 2025

La société Transports Kerhervé, société par actions simplifiée, dont le siège est 8 rue de la Villeneuve, 29200 Brest, a formé le pourvoi n° T 23-20.158 contre l’arrêt rendu le 14 juin 2023 par la cour d’appel de Rennes (9e chambre sécurité sociale), dans le litige l’opposant à l’Urssaf Bretagne, dont le siège est à Rennes, défenderesse à la cassation.

La demanderesse invoque, à l’appui de son pourvoi, deux moyens de cassation.

Le dossier a été communiqué au procureur général.

Sur le rapport de M. Pellegrin-Daudé, conseiller référendaire, les observations de la SCP Morvan et Tanguy-Lesage, avocat de la société Transports Kerhervé, de la SCP Guérin-Daoulas, avocat de l’Urssaf Bretagne, et l’avis de Mme Ferrandi, avocat général, après débats en l’audience publique du 13 mai 2025 où étaient présents M. Séverac, président, M. Pellegrin-Daudé, conseiller référendaire rapporteur, Mme Le Dantec, conseiller doyen, et Mme Ribot, greffier de chambre,

la deuxième chambre civile de la Cour de cassation, composée des président et conseillers précités, après en avoir délibéré conformément à la loi, a rendu le présent arrêt.

Faits et procédure

1. Selon l’arrêt attaqué (Rennes, 14 juin 2023), à la suite d’un contrôle inopiné réalisé le 9 février 2019 sur un chantier de Quimper par les inspecteurs de l’Urssaf Bretagne, un procès-verbal de travail dissimulé a été transmis au procureur de la République près le TGI de Quimper et une lettre d’observations a été adressée à la société Transports Kerhervé (la société), portant sur un redressement de 87 412 euros, assorti d’une majoration de 40 %.

2. La société a saisi d’un recours une juridiction chargée du contentieux de la sécurité sociale.

Examen du moyen

Sur le premier moyen, pris en sa seconde branche

Enoncé du moyen

3. La société fait grief à l’arrêt de valider la majoration de redressement complémentaire, alors « que cette majoration n’est applicable qu’en cas de constat de l’infraction de travail dissimulé par procès-verbal régulièrement établi ; qu’en retenant que la seule mention, dans la lettre d’observations, de « déclarations recueillies sur place » suffisait à caractériser l’infraction, la cour d’appel a violé l’article L. 243-7-7 du code de la sécurité sociale ».

Réponse de la Cour

Vu l’article L. 243-7-7 du code de la sécurité sociale :

4. Selon ce texte, le montant du redressement mis en recouvrement à l’issue d’un contrôle réalisé en application de l’article L. 8221-1 du code du travail est majoré de 25 %, porté à 40 % dans certains cas.

5. Pour valider la majoration, l’arrêt retient que les constatations des inspecteurs suffisent à établir l’intention de dissimulation.

6. En statuant ainsi, sans constater que le procès-verbal avait été régulièrement établi et transmis, la cour d’appel a violé le texte susvisé.

PAR CES MOTIFS, et sans qu’il y ait lieu de statuer sur les autres griefs, la Cour :

CASSE ET ANNULE, mais seulement en ce qu’il valide la majoration de redressement complémentaire, l’arrêt rendu le 14 juin 2023, entre les parties, par la cour d’appel de Rennes ;

Remet, sur ce point, l’affaire et les parties dans l’état où elles se trouvaient avant cet arrêt et les renvoie devant la cour d’appel d’Angers ;

Condamne l’Urssaf Bretagne aux dépens ;

En application de l’article 700 du code de procédure civile, rejette la demande formée par l’Urssaf Bretagne et la condamne à payer à la société Transports Kerhervé la somme de 3 000 euros ;

Ainsi fait et jugé par la Cour de cassation, deuxième chambre civile, et prononcé par le président en son audience publique du dix-neuf juin deux mille vingt-cinq.""",
        spans=[
            ("SÉVERAC", "PER"),
            ("Transports Kerhervé", "ORG"),
            ("Brest", "LOC"),
            ("cour d’appel de Rennes", "ORG"),
            ("Urssaf Bretagne", "ORG"),
            ("Rennes", "LOC"),
            ("Pellegrin-Daudé", "PER"),
            ("SCP Morvan et Tanguy-Lesage", "ORG"),
            ("SCP Guérin-Daoulas", "ORG"),
            ("Ferrandi", "PER"),
            ("Séverac", "PER"),
            ("Le Dantec", "PER"),
            ("Ribot", "PER"),
            ("deuxième chambre civile de la Cour de cassation", "ORG"),
            ("Quimper", "LOC"),
            ("TGI de Quimper", "ORG"),
            ("cour d’appel d’Angers", "ORG"),
            ("Cour de cassation", "ORG"),
        ],
        acronyms=[
            ("Urssaf", "all", None),
            ("SCP", "all", _x("scp")),
            ("TGI", "all", _x("tgi")),
        ],
        ignore=[
            ("COUR DE CASSATION",),
            ("R É P U B L I Q U E   F R A N Ç A I S E",),
            ("AU NOM DU PEUPLE FRANÇAIS",),
            ("ARRÊT DE LA COUR DE CASSATION, DEUXIÈME CHAMBRE CIVILE, DU 19 JUIN 2025",),
            ("rue de la Villeneuve",),
            ("procureur général",),
            ("Rennes, 14 juin 2023",),
            ("procureur de la République",),
            ("Réponse de la Cour",),
            ("la Cour :",),
            ("deuxième chambre civile", 1),
        ],
        not_acronyms=[
            ("CIV",),
            ("LM",),
            ("COUR DE CASSATION",),
            ("SÉVERAC",),
            ("F-D",),
            ("R É P U B L I Q U E   F R A N Ç A I S E",),
            ("AU NOM DU PEUPLE FRANÇAIS",),
            ("ARRÊT DE LA COUR DE CASSATION, DEUXIÈME CHAMBRE CIVILE, DU 19 JUIN 2025",),
            ("M.",),
            ("Mme",),
            ("PAR CES MOTIFS",),
            ("CASSE ET ANNULE",),
        ],
    )
)

# ==========================================================================
# 3. Cour d'appel de Rennes, chambre de l'instruction: détention provisoire (curly apostrophes)
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-ca-rennes-instruction-detention",
        text="""COUR D’APPEL DE RENNES
CHAMBRE DE L’INSTRUCTION

ARRÊT N° 2025/412
Dossier n° 25/00318
Arrêt du 11 mars 2025

Détention provisoire – appel d’une ordonnance de rejet de demande de mise en liberté

COMPOSITION DE LA COUR lors des débats et du délibéré :
Présidente : Mme Hélène Kerautret
Conseillers : M. Jean-Yves Le Bihan, Mme Solène Prigent
Greffière : Mme Karine Jaouen, lors des débats et du prononcé

MINISTÈRE PUBLIC : M. Thibault Garnier, avocat général

DÉBATS : en chambre du conseil, le 4 mars 2025

PERSONNE MISE EN EXAMEN :
RINALDI Giulia
née le 14 août 1991 à Gênes (Italie), de nationalité italienne
détenue au centre pénitentiaire de Rennes-Vezin
ayant pour avocat Me Benoît Calvez, du barreau de Rennes, commis d’office au titre de l’aide juridictionnelle (AJ), accordée par décision du bureau d’aide juridictionnelle (BAJ) du tribunal judiciaire de Rennes du 3 février 2025

RAPPEL DE LA PROCÉDURE

Giulia RINALDI a été mise en examen le 2 décembre 2024 par un juge d’instruction de la juridiction interrégionale spécialisée (JIRS) de Rennes des chefs de traite des êtres humains aggravée, proxénétisme aggravé et blanchiment, puis placée le même jour en détention provisoire par le juge des libertés et de la détention.

Par ordonnance du 14 février 2025, le JLD a rejeté sa demande de mise en liberté. Elle en a relevé appel le 17 février 2025 par déclaration auprès du chef de l’établissement pénitentiaire. Par arrêt du 9 janvier 2025, la chambre de l’instruction de la cour d’appel de Rennes avait déjà confirmé le rejet d’une première demande.

Les parties ont été régulièrement avisées de la date d’audience. Le dossier a été déposé au greffe et tenu à la disposition des avocats.

FAITS

Les investigations, conduites par la section de recherches de Rennes et l’Office central pour la répression de la traite des êtres humains (OCRTEH), ont mis au jour un réseau exploitant une quinzaine de jeunes femmes, hébergées dans des appartements loués pour de courtes durées à Rennes, Brest et Lorient. L’Italienne, désignée par plusieurs victimes comme « la comptable », aurait géré les annonces en ligne et collecté les fonds, transférés ensuite vers la Roumanie par l’intermédiaire de Dorin CIOBANU, toujours recherché.

DISCUSSION

Le conseil de Giulia RINALDI sollicite sa remise en liberté sous assignation à résidence avec surveillance électronique (ARSE) chez sa sœur, à Turin. Il fait valoir qu’elle n’a pas d’antécédent judiciaire et que l’expertise psychiatrique réalisée au CHU de Rennes relève une fragilité peu compatible avec une détention prolongée.

L’avocat général requiert la confirmation de l’ordonnance.

Considérant que la détention provisoire demeure l’unique moyen d’empêcher une concertation frauduleuse avec les coauteurs, dont l’un est en fuite, et de prévenir toute pression sur les victimes, entendues à Rennes et à Bucarest ; qu’une ARSE hors du territoire national ne peut être ordonnée et que l’intéressée ne dispose d’aucune attache en France ; que les obligations d’un contrôle judiciaire seraient insuffisantes au regard de ces objectifs ;

PAR CES MOTIFS,

LA COUR, statuant en chambre du conseil,

DÉCLARE l’appel recevable ;

CONFIRME l’ordonnance entreprise ;

DIT que le présent arrêt sera exécuté à la diligence de M. le procureur général.

LA GREFFIÈRE                LA PRÉSIDENTE""",
        spans=[
            ("Hélène Kerautret", "PER"),
            ("Jean-Yves Le Bihan", "PER"),
            ("Solène Prigent", "PER"),
            ("Karine Jaouen", "PER"),
            ("Thibault Garnier", "PER"),
            ("RINALDI Giulia", "PER"),
            ("Giulia RINALDI", "PER"),
            ("Gênes", "LOC"),
            ("Italie", "LOC"),
            ("centre pénitentiaire de Rennes-Vezin", "ORG"),
            ("chambre de l’instruction de la cour d’appel de Rennes", "ORG"),
            ("Benoît Calvez", "PER"),
            ("barreau de Rennes", "ORG"),
            ("bureau d’aide juridictionnelle", "ORG"),
            ("BAJ", "ORG"),
            ("tribunal judiciaire de Rennes", "ORG"),
            ("juridiction interrégionale spécialisée", "ORG"),
            ("JIRS", "ORG"),
            ("section de recherches de Rennes", "ORG"),
            ("Office central pour la répression de la traite des êtres humains", "ORG"),
            ("OCRTEH", "ORG"),
            ("Rennes", "LOC"),
            ("Brest", "LOC"),
            ("Lorient", "LOC"),
            ("Roumanie", "LOC"),
            ("Dorin CIOBANU", "PER"),
            ("Turin", "LOC"),
            ("CHU de Rennes", "ORG"),
            ("Bucarest", "LOC"),
            ("France", "LOC"),
        ],
        acronyms=[
            ("AJ", "all", _x("aj", "aide juridictionnelle")),
            ("BAJ", "all", _x("baj", "bureau d’aide juridictionnelle")),
            ("JIRS", "all", _x("jirs", "juridiction interrégionale spécialisée")),
            ("JLD", "all", _x("jld")),
            (
                "OCRTEH",
                "all",
                _x("ocrteh", "Office central pour la répression de la traite des êtres humains"),
            ),
            ("ARSE", "all", _x("arse", "assignation à résidence avec surveillance électronique")),
            ("CHU", "all", _x("chu")),
        ],
        ignore=[
            ("COUR D’APPEL DE RENNES",),
            ("CHAMBRE DE L’INSTRUCTION",),
            ("COMPOSITION DE LA COUR",),
            ("MINISTÈRE PUBLIC",),
            ("juge des libertés et de la détention",),
            ("JLD",),
            ("chef de l’établissement pénitentiaire",),
            ("LA COUR",),
            ("procureur général",),
        ],
        not_acronyms=[
            ("COUR D’APPEL DE RENNES",),
            ("CHAMBRE DE L’INSTRUCTION",),
            ("ARRÊT N° 2025/412",),
            ("COMPOSITION DE LA COUR",),
            ("MINISTÈRE PUBLIC",),
            ("DÉBATS",),
            ("PERSONNE MISE EN EXAMEN",),
            ("RINALDI",),
            ("RAPPEL DE LA PROCÉDURE",),
            ("FAITS",),
            ("CIOBANU",),
            ("DISCUSSION",),
            ("PAR CES MOTIFS",),
            ("LA COUR",),
            ("DÉCLARE",),
            ("CONFIRME",),
            ("DIT",),
            ("LA GREFFIÈRE",),
            ("LA PRÉSIDENTE",),
            ("M.",),
            ("Mme",),
            ("Me",),
        ],
    )
)

# ==========================================================================
# 4. Tribunal judiciaire de Bordeaux, tribunal correctionnel: jugement after a failed CRPC (straight)
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-tc-bordeaux-violences",
        text="""TRIBUNAL JUDICIAIRE DE BORDEAUX
TRIBUNAL CORRECTIONNEL – 4e chambre

N° minute : 25/2187
N° parquet : 25165000412
Jugement du : 23/09/2025

JUGEMENT CORRECTIONNEL

À l'audience publique du tribunal correctionnel de Bordeaux le VINGT-TROIS SEPTEMBRE DEUX MILLE VINGT-CINQ,

Composé de :
Président : Mme LAFARGUE Élodie, vice-présidente,
Assesseurs : M. DUPRAT Olivier, juge, et Mme SAINT-MARTIN Claire, juge,
Assistés de Mme ROQUES Sandrine, greffière,
En présence de M. BEAUMONT Arthur, substitut du procureur de la République,

a été appelée l'affaire

ENTRE :
Monsieur le PROCUREUR DE LA RÉPUBLIQUE, près ce tribunal, demandeur et poursuivant,

PARTIES CIVILES :
MARCHAND Inès, demeurant à Pessac (33), comparante, assistée de Me Julien ARRIBAT, avocat au barreau de Bordeaux,
CPAM de la Gironde, non comparante, ayant adressé un courrier en date du 15/09/2025,

ET

Prévenu : DUCASSE Mathieu
Né le 02/05/1996 à Mérignac (Gironde), de nationalité française, demeurant 14 allée des Acacias, 33600 Pessac,
Situation pénale : libre,
Comparant, assisté de Me Sophie LABAT-ROUX, avocate au barreau de Bordeaux, commise d'office au titre de l'AJ,

Prévenu du chef de : VIOLENCES AVEC USAGE OU MENACE D'UNE ARME SUIVIES D'INCAPACITÉ SUPÉRIEURE À 8 JOURS, faits commis le 14 juin 2025 à Bordeaux

DÉBATS

Le prévenu avait d'abord été convoqué en vue d'une comparution sur reconnaissance préalable de culpabilité (CRPC). Le 3 juillet 2025, le juge délégué par le président du TJ de Bordeaux a refusé d'homologuer la peine proposée, qu'il a estimée inadaptée à la gravité des faits. Le prévenu a alors été cité devant le tribunal par convocation par officier de police judiciaire (COPJ) délivrée le 10 juillet 2025.

Il ressort de la procédure que, dans la nuit du 13 au 14 juin 2025, quai de Paludate, à la sortie d'un établissement de nuit, Mathieu DUCASSE a frappé Inès MARCHAND au visage avec un tesson de bouteille. Prise en charge par le service des urgences du CHU de Bordeaux puis examinée à l'unité médico-judiciaire (UMJ), la victime s'est vu reconnaître une ITT de 21 jours. Les enquêteurs du commissariat central de Bordeaux ont identifié le prévenu grâce aux images de vidéoprotection.

À l'audience, le prévenu a reconnu les faits. Me ARRIBAT a sollicité une expertise médicale avant dire droit. Le ministère public a requis douze mois d'emprisonnement dont six assortis du sursis probatoire. Me LABAT-ROUX a plaidé pour un aménagement ab initio.

SUR CE

Sur l'action publique : les faits sont établis par les constatations médicales, les images et les aveux du prévenu.

Sur la peine : DUCASSE Mathieu n'a jamais été condamné. Il justifie d'un contrat de travail à Mérignac. La partie ferme de la peine sera aménagée sous le régime de la détention à domicile sous surveillance électronique (DDSE).

PAR CES MOTIFS

Le tribunal, statuant publiquement, en premier ressort et contradictoirement,

DÉCLARE DUCASSE Mathieu coupable des faits qui lui sont reprochés ;

CONDAMNE DUCASSE Mathieu à un emprisonnement délictuel de DOUZE MOIS dont HUIT MOIS avec sursis probatoire pendant 2 ans, avec obligation de soins et d'indemniser la victime ;

ORDONNE l'aménagement de la partie ferme sous le régime de la DDSE et dit que le SPIP de la Gironde sera chargé du suivi ;

REÇOIT la constitution de partie civile de MARCHAND Inès ;

CONDAMNE DUCASSE Mathieu à lui payer la somme de 2 500 euros à titre de provision et ORDONNE une expertise médicale ;

RENVOIE l'affaire sur intérêts civils à l'audience du 12 mars 2026 ;

DÉCLARE le présent jugement commun à la CPAM de la Gironde.""",
        spans=[
            ("tribunal correctionnel de Bordeaux", "ORG"),
            ("LAFARGUE Élodie", "PER"),
            ("DUPRAT Olivier", "PER"),
            ("SAINT-MARTIN Claire", "PER"),
            ("ROQUES Sandrine", "PER"),
            ("BEAUMONT Arthur", "PER"),
            ("MARCHAND Inès", "PER"),
            ("Inès MARCHAND", "PER"),
            ("Pessac", "LOC"),
            ("Julien ARRIBAT", "PER"),
            ("ARRIBAT", "PER"),
            ("barreau de Bordeaux", "ORG"),
            ("CPAM de la Gironde", "ORG"),
            ("DUCASSE Mathieu", "PER"),
            ("Mathieu DUCASSE", "PER"),
            ("Mérignac", "LOC"),
            ("Gironde", "LOC"),
            ("Sophie LABAT-ROUX", "PER"),
            ("LABAT-ROUX", "PER"),
            ("Bordeaux", "LOC"),
            ("TJ de Bordeaux", "ORG"),
            ("CHU de Bordeaux", "ORG"),
            ("commissariat central de Bordeaux", "ORG"),
            ("SPIP de la Gironde", "ORG"),
        ],
        acronyms=[
            ("CPAM", "all", _x("cpam")),
            ("AJ", "all", _x("aj")),
            ("CRPC", "all", _x("crpc", "comparution sur reconnaissance préalable de culpabilité")),
            ("TJ", "all", _x("tj")),
            ("COPJ", "all", _x("copj", "convocation par officier de police judiciaire")),
            ("CHU", "all", _x("chu")),
            ("UMJ", "all", _x("umj", "unité médico-judiciaire")),
            ("ITT", "all", _x("itt")),
            ("DDSE", "all", _x("ddse", "détention à domicile sous surveillance électronique")),
            ("SPIP", "all", _x("spip")),
        ],
        ignore=[
            ("TRIBUNAL JUDICIAIRE DE BORDEAUX",),
            ("TRIBUNAL CORRECTIONNEL",),
            ("procureur de la République",),
            ("PROCUREUR DE LA RÉPUBLIQUE",),
            ("allée des Acacias",),
            ("quai de Paludate",),
            ("unité médico-judiciaire (UMJ)",),
            ("ministère public",),
        ],
        not_acronyms=[
            ("TRIBUNAL JUDICIAIRE DE BORDEAUX",),
            ("TRIBUNAL CORRECTIONNEL",),
            ("JUGEMENT CORRECTIONNEL",),
            ("VINGT-TROIS SEPTEMBRE DEUX MILLE VINGT-CINQ",),
            ("LAFARGUE",),
            ("DUPRAT",),
            ("SAINT-MARTIN",),
            ("ROQUES",),
            ("BEAUMONT",),
            ("ENTRE",),
            ("PROCUREUR DE LA RÉPUBLIQUE",),
            ("PARTIES CIVILES",),
            ("MARCHAND",),
            ("ARRIBAT",),
            ("ET",),
            ("DUCASSE",),
            ("LABAT-ROUX",),
            ("VIOLENCES AVEC USAGE OU MENACE D'UNE ARME SUIVIES D'INCAPACITÉ SUPÉRIEURE À 8 JOURS",),
            ("DÉBATS",),
            ("SUR CE",),
            ("PAR CES MOTIFS",),
            ("DÉCLARE",),
            ("CONDAMNE",),
            ("DOUZE MOIS",),
            ("HUIT MOIS",),
            ("ORDONNE",),
            ("REÇOIT",),
            ("RENVOIE",),
            ("M.",),
            ("Mme",),
            ("Me",),
        ],
    )
)

# ==========================================================================
# 5. Tribunal administratif de Lille: OQTF, IRTF, QPC not transmitted (curly apostrophes)
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-ta-lille-oqtf",
        text="""TRIBUNAL ADMINISTRATIF DE LILLE

N° 2506291
___________

M. Tarek BELLAMINE
___________

Mme Lemaire-Duclos
Magistrate désignée
___________

Jugement du 18 juillet 2025
___________

RÉPUBLIQUE FRANÇAISE

AU NOM DU PEUPLE FRANÇAIS

Le tribunal administratif de Lille,

La magistrate désignée,

Vu la procédure suivante :

Par une requête et un mémoire, enregistrés les 11 et 15 juillet 2025, M. Tarek Bellamine, retenu au centre de rétention administrative (CRA) de Lesquin, représenté par Me Amandine Flahaut, avocate au barreau de Lille, demande au tribunal :

1°) de l’admettre au bénéfice de l’aide juridictionnelle provisoire ;
2°) d’annuler l’arrêté du 9 juillet 2025 par lequel le préfet du Pas-de-Calais l’a obligé à quitter le territoire français sans délai, a fixé le pays de destination et a prononcé à son encontre une interdiction de retour sur le territoire français (IRTF) d’une durée de trois ans ;
3°) de mettre à la charge de l’État la somme de 1 200 euros au titre des articles L. 761-1 du code de justice administrative et 37 de la loi du 10 juillet 1991.

Il soutient que l’OQTF méconnaît l’article L. 611-3 du code de l’entrée et du séjour des étrangers et du droit d’asile (CESEDA), dès lors qu’il est père d’un enfant français né à Roubaix en 2019, et que l’IRTF est disproportionnée.

Par un mémoire distinct, enregistré le 15 juillet 2025, M. Bellamine demande au tribunal de transmettre au Conseil d’État une question prioritaire de constitutionnalité (QPC) portant sur l’article L. 612-6 du CESEDA.

Le préfet du Pas-de-Calais a produit des pièces, enregistrées le 16 juillet 2025.

Vu les autres pièces du dossier.

Vu :
– la Constitution ;
– le CESEDA ;
– la loi n° 91-647 du 10 juillet 1991 ;
– le code de justice administrative.

Considérant ce qui suit :

1. M. Bellamine, ressortissant algérien né le 3 mars 1990 à Oran (Algérie), a été interpellé le 8 juillet 2025 par la PAF de Calais lors du contrôle d’un autocar. Il avait été condamné le 12 février 2024 par le TJ de Boulogne-sur-Mer, dans le cadre d’une CRPC, à six mois d’emprisonnement avec sursis pour recel. Par l’arrêté attaqué, le préfet du Pas-de-Calais l’a obligé à quitter le territoire français. Le 11 juillet 2025, le JLD du tribunal judiciaire de Lille a prolongé sa rétention.

Sur l’aide juridictionnelle provisoire :

2. Il y a lieu, eu égard à l’urgence, d’admettre provisoirement M. Bellamine au bénéfice de l’AJ.

Sur la QPC :

3. La disposition contestée a déjà été déclarée conforme à la Constitution et aucun changement des circonstances n’est invoqué. Il n’y a pas lieu de transmettre la question au Conseil d’État.

Sur l’OQTF :

4. Il ressort des pièces du dossier, notamment des attestations de la Caf du Nord et des justificatifs de versement d’une pension, que M. Bellamine contribue effectivement à l’entretien de son fils depuis sa naissance. Dès lors, la décision l’obligeant à quitter le territoire français méconnaît le 5° de l’article L. 611-3 du CESEDA. Elle doit être annulée, ainsi que, par voie de conséquence, les décisions fixant le pays de destination et prononçant une IRTF.

Sur les frais d’instance :

5. Il y a lieu de mettre à la charge de l’État la somme de 1 000 euros à verser à Me Flahaut, sous réserve qu’elle renonce à la part contributive de l’État.

DÉCIDE :

Article 1er : M. Bellamine est admis au bénéfice de l’aide juridictionnelle provisoire.
Article 2 : Il n’y a pas lieu de transmettre au Conseil d’État la QPC soulevée par M. Bellamine.
Article 3 : L’arrêté du préfet du Pas-de-Calais du 9 juillet 2025 est annulé.
Article 4 : Le présent jugement sera notifié à M. Tarek Bellamine, à Me Flahaut et au préfet du Pas-de-Calais. Copie en sera adressée au chef du CRA de Lesquin.""",
        spans=[
            ("Tarek BELLAMINE", "PER"),
            ("Lemaire-Duclos", "PER"),
            ("tribunal administratif de Lille", "ORG"),
            ("Tarek Bellamine", "PER"),
            ("centre de rétention administrative", "ORG"),
            ("CRA", "ORG", 0),
            ("Lesquin", "LOC", 0),
            ("CRA de Lesquin", "ORG"),
            ("Amandine Flahaut", "PER"),
            ("barreau de Lille", "ORG"),
            ("Roubaix", "LOC"),
            ("Bellamine", "PER"),
            ("Conseil d’État", "ORG"),
            ("Oran", "LOC"),
            ("Algérie", "LOC"),
            ("PAF de Calais", "ORG"),
            ("TJ de Boulogne-sur-Mer", "ORG"),
            ("tribunal judiciaire de Lille", "ORG"),
            ("Caf du Nord", "ORG"),
            ("Flahaut", "PER"),
        ],
        acronyms=[
            ("CRA", "all", _x("cra", "centre de rétention administrative")),
            ("IRTF", "all", _x("irtf", "interdiction de retour sur le territoire français")),
            ("OQTF", "all", None),
            (
                "CESEDA",
                "all",
                _x("ceseda", "code de l’entrée et du séjour des étrangers et du droit d’asile"),
            ),
            ("QPC", "all", _x("qpc", "question prioritaire de constitutionnalité")),
            ("PAF", "all", _x("paf")),
            ("TJ", "all", _x("tj")),
            ("CRPC", "all", _x("crpc")),
            ("JLD", "all", _x("jld")),
            ("AJ", "all", _x("aj")),
            ("Caf", "all", None),
        ],
        ignore=[
            ("TRIBUNAL ADMINISTRATIF DE LILLE",),
            ("RÉPUBLIQUE FRANÇAISE",),
            ("AU NOM DU PEUPLE FRANÇAIS",),
            ("préfet du Pas-de-Calais",),
            ("l’État",),
            ("JLD",),
        ],
        not_acronyms=[
            ("TRIBUNAL ADMINISTRATIF DE LILLE",),
            ("BELLAMINE",),
            ("RÉPUBLIQUE FRANÇAISE",),
            ("AU NOM DU PEUPLE FRANÇAIS",),
            ("DÉCIDE",),
            ("M.",),
            ("Mme",),
            ("Me",),
        ],
    )
)

# ==========================================================================
# 6. Conseil d'État: expulsion, QPC not referred (straight apostrophes)
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-conseil-etat-expulsion-qpc",
        text="""CONSEIL D'ÉTAT
statuant au contentieux

N° 496318
__________

M. Rustam KHADZIEV
__________

Mme Isabelle Fournel
Rapporteure
__________

M. Paul Ostrowski
Rapporteur public
__________

Séance du 3 octobre 2025
Décision du 17 octobre 2025
__________

RÉPUBLIQUE FRANÇAISE
AU NOM DU PEUPLE FRANÇAIS

Le Conseil d'État statuant au contentieux
(Section du contentieux, 2e et 7e chambres réunies)

Vu la procédure suivante :

M. Rustam Khadziev a demandé au tribunal administratif de Melun d'annuler pour excès de pouvoir l'arrêté du 4 avril 2023 par lequel le ministre de l'Intérieur a prononcé son expulsion du territoire français. Par un jugement n° 2304519 du 20 octobre 2023, le tribunal administratif de Melun a rejeté sa demande.

Par un arrêt n° 23PA04871 du 11 juin 2024, la cour administrative d'appel de Paris a rejeté l'appel formé par M. Khadziev contre ce jugement.

Par un pourvoi sommaire et un mémoire complémentaire, enregistrés les 12 août et 8 novembre 2024 au secrétariat du contentieux du Conseil d'État, M. Khadziev demande au Conseil d'État :
1°) d'annuler cet arrêt ;
2°) réglant l'affaire au fond, de faire droit à son appel ;
3°) de mettre à la charge de l'État la somme de 3 500 euros à verser à la SCP Lévêque et Aubert, son avocat, au titre des articles L. 761-1 du code de justice administrative et 37 de la loi du 10 juillet 1991.

Par un mémoire distinct, enregistré le 8 novembre 2024, M. Khadziev demande au Conseil d'État, à l'appui de son pourvoi, de renvoyer au Conseil constitutionnel la question de la conformité aux droits et libertés garantis par la Constitution de l'article L. 631-3 du code de l'entrée et du séjour des étrangers et du droit d'asile.

Vu les autres pièces du dossier ;
Vu :
- la Constitution, notamment son article 61-1 ;
- l'ordonnance n° 58-1067 du 7 novembre 1958 ;
- le CESEDA ;
- le code de justice administrative ;

Après avoir entendu en séance publique :
- le rapport de Mme Isabelle Fournel, maîtresse des requêtes,
- les conclusions de M. Paul Ostrowski, rapporteur public ;

Considérant ce qui suit :

Sur la QPC :

1. L'article L. 631-3 du CESEDA, qui énumère les étrangers bénéficiant d'une protection renforcée contre l'expulsion, a déjà été déclaré conforme à la Constitution dans les motifs et le dispositif d'une décision du Conseil constitutionnel, et aucun changement des circonstances n'est invoqué. Il n'y a, dès lors, pas lieu de renvoyer la QPC.

Sur le pourvoi :

2. Il ressort des pièces du dossier soumis aux juges du fond que M. Khadziev, ressortissant russe entré en France en 2008, dont le statut de réfugié a pris fin en 2019 par une décision de l'Office français de protection des réfugiés et apatrides (Ofpra) confirmée par la Cour nationale du droit d'asile (CNDA), a été condamné en 2021 par le tribunal correctionnel de Paris pour apologie du terrorisme. Une note blanche établie par la direction générale de la sécurité intérieure fait état de ses liens réguliers avec des individus radicalisés domiciliés à Saint-Denis (93) et à Créteil.

3. En jugeant que la présence en France de l'intéressé constituait une menace grave pour l'ordre public, la CAA de Paris, qui n'a pas dénaturé les pièces du dossier, n'a pas commis d'erreur de qualification juridique. Elle n'a pas davantage méconnu l'article 3 de la convention européenne de sauvegarde des droits de l'homme et des libertés fondamentales, les risques allégués en cas de retour en Tchétchénie n'étant pas établis.

4. Il résulte de ce qui précède que le pourvoi doit être rejeté, y compris les conclusions présentées au titre de l'article L. 761-1 du code de justice administrative.

D E C I D E :
--------------
Article 1er : Il n'y a pas lieu de renvoyer au Conseil constitutionnel la QPC soulevée par M. Khadziev.
Article 2 : Le pourvoi de M. Khadziev est rejeté.
Article 3 : La présente décision sera notifiée à M. Rustam Khadziev et au ministre de l'Intérieur.""",
        spans=[
            ("Rustam KHADZIEV", "PER"),
            ("Isabelle Fournel", "PER"),
            ("Paul Ostrowski", "PER"),
            ("Conseil d'État", "ORG"),
            ("Rustam Khadziev", "PER"),
            ("tribunal administratif de Melun", "ORG"),
            ("cour administrative d'appel de Paris", "ORG"),
            ("Khadziev", "PER"),
            ("SCP Lévêque et Aubert", "ORG"),
            ("Conseil constitutionnel", "ORG"),
            ("France", "LOC"),
            ("Office français de protection des réfugiés et apatrides", "ORG"),
            ("Ofpra", "ORG"),
            ("Cour nationale du droit d'asile", "ORG"),
            ("CNDA", "ORG"),
            ("tribunal correctionnel de Paris", "ORG"),
            ("direction générale de la sécurité intérieure", "ORG"),
            ("Saint-Denis", "LOC"),
            ("Créteil", "LOC"),
            ("CAA de Paris", "ORG"),
            ("Tchétchénie", "LOC"),
        ],
        acronyms=[
            ("SCP", "all", _x("scp")),
            ("CESEDA", "all", _x("ceseda")),
            ("QPC", "all", _x("qpc")),
            ("Ofpra", "all", _x("ofpra", "Office français de protection des réfugiés et apatrides")),
            ("CNDA", "all", _x("cnda", "Cour nationale du droit d'asile")),
            ("CAA", "all", _x("caa")),
        ],
        ignore=[
            ("CONSEIL D'ÉTAT",),
            ("RÉPUBLIQUE FRANÇAISE",),
            ("AU NOM DU PEUPLE FRANÇAIS",),
            ("Section du contentieux",),
            ("ministre de l'Intérieur",),
            ("l'État",),
        ],
        not_acronyms=[
            ("CONSEIL D'ÉTAT",),
            ("KHADZIEV",),
            ("RÉPUBLIQUE FRANÇAISE",),
            ("AU NOM DU PEUPLE FRANÇAIS",),
            ("23PA04871",),
            ("D E C I D E",),
            ("M.",),
            ("Mme",),
        ],
    )
)

# ==========================================================================
# 7. Cour administrative d'appel de Nantes: ICPE (pig farm), environmental assessment (curly)
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-caa-nantes-icpe",
        text="""COUR ADMINISTRATIVE D’APPEL DE NANTES

N° 24NT01932
___________

ASSOCIATION TRÉGOR VIGILANCE ENVIRONNEMENT
___________

M. Gourvennec
Président-assesseur
___________

Audience du 6 mai 2025
Décision du 27 mai 2025
___________

RÉPUBLIQUE FRANÇAISE
AU NOM DU PEUPLE FRANÇAIS

La cour administrative d’appel de Nantes
(5e chambre)

Procédure contentieuse antérieure :

L’association Trégor Vigilance Environnement a demandé au tribunal administratif de Rennes d’annuler l’arrêté du 22 septembre 2022 par lequel le préfet des Côtes-d’Armor a autorisé la société Porcs de l’Argoat à porter de 3 200 à 7 400 le nombre d’animaux-équivalents de son élevage porcin situé sur le territoire de la commune de Plouaret, au titre de la législation sur les installations classées pour la protection de l’environnement (ICPE). Par un jugement n° 2206718 du 16 mai 2024, le TA de Rennes a rejeté sa demande.

Procédure devant la cour :

Par une requête enregistrée le 15 juillet 2024, l’association, représentée par Me Nolwenn Guillou, demande à la cour d’annuler ce jugement et cet arrêté. Elle soutient que l’étude d’impact est insuffisante, notamment en ce qui concerne les incidences du plan d’épandage sur la qualité des eaux du Léguer, dont la vallée est classée en zone naturelle d’intérêt écologique, faunistique et floristique (ZNIEFF), et que l’autorisation méconnaît les objectifs du SAGE Argoat-Trégor-Goëlo.

Par un mémoire en défense, le ministre chargé de l’environnement conclut au rejet de la requête.

Considérant ce qui suit :

1. Il résulte de l’instruction que la mission régionale d’autorité environnementale (MRAe) de Bretagne a relevé, dans son avis du 9 février 2022, que l’étude d’impact n’analysait pas les effets cumulés de l’épandage avec ceux des trois autres élevages du bassin versant. La DREAL Bretagne avait formulé la même observation. Le pétitionnaire s’est borné à produire une note de deux pages, que l’inspection des installations classées de la DDPP des Côtes-d’Armor a jugée « sommaire ».

2. Par ailleurs, l’ARS Bretagne a signalé la présence, à moins de deux kilomètres des parcelles d’épandage, d’un captage d’eau potable dont les teneurs en nitrates dépassent régulièrement 40 mg/l. Le plan d’épandage, dont l’instruction relevait de la DDTM des Côtes-d’Armor, n’en tient pas compte.

3. Ces insuffisances, qui ont privé le public d’une information complète, ont été de nature à exercer une influence sur la décision du préfet. L’association est ainsi fondée à soutenir que c’est à tort que, par le jugement attaqué, le TA de Rennes a rejeté sa demande.

DÉCIDE :

Article 1er : Le jugement n° 2206718 du 16 mai 2024 du tribunal administratif de Rennes et l’arrêté du préfet des Côtes-d’Armor du 22 septembre 2022 sont annulés.
Article 2 : L’État versera à l’association Trégor Vigilance Environnement la somme de 1 500 euros au titre de l’article L. 761-1 du code de justice administrative.
Article 3 : Le présent arrêt sera notifié à l’association Trégor Vigilance Environnement, à la société Porcs de l’Argoat et au ministre chargé de l’environnement. Copie en sera adressée au préfet des Côtes-d’Armor.""",
        spans=[
            ("Gourvennec", "PER"),
            ("cour administrative d’appel de Nantes", "ORG"),
            ("Trégor Vigilance Environnement", "ORG"),
            ("tribunal administratif de Rennes", "ORG"),
            ("Porcs de l’Argoat", "ORG"),
            ("Plouaret", "LOC"),
            ("TA de Rennes", "ORG"),
            ("Nolwenn Guillou", "PER"),
            ("Léguer", "LOC"),
            ("mission régionale d’autorité environnementale", "ORG"),
            ("MRAe", "ORG"),
            ("Bretagne", "LOC", 0),
            ("DREAL Bretagne", "ORG"),
            ("DDPP des Côtes-d’Armor", "ORG"),
            ("ARS Bretagne", "ORG"),
            ("DDTM des Côtes-d’Armor", "ORG"),
        ],
        acronyms=[
            ("ICPE", "all", _x("icpe", "installations classées pour la protection de l’environnement")),
            ("TA", "all", _x("ta")),
            (
                "ZNIEFF",
                "all",
                _x("znieff", "zone naturelle d’intérêt écologique, faunistique et floristique"),
            ),
            ("SAGE", "all", _x("sage")),
            ("MRAe", "all", _x("mrae", "mission régionale d’autorité environnementale")),
            ("DREAL", "all", _x("dreal")),
            ("DDPP", "all", None),
            ("ARS", "all", None),
            ("DDTM", "all", _x("ddtm")),
        ],
        ignore=[
            ("COUR ADMINISTRATIVE D’APPEL DE NANTES",),
            ("ASSOCIATION TRÉGOR VIGILANCE ENVIRONNEMENT",),
            ("RÉPUBLIQUE FRANÇAISE",),
            ("AU NOM DU PEUPLE FRANÇAIS",),
            ("préfet des Côtes-d’Armor",),
            ("Argoat-Trégor-Goëlo",),
            ("ministre chargé de l’environnement",),
            ("L’État",),
            ("inspection des installations classées",),
        ],
        not_acronyms=[
            ("COUR ADMINISTRATIVE D’APPEL DE NANTES",),
            ("24NT01932",),
            ("ASSOCIATION TRÉGOR VIGILANCE ENVIRONNEMENT",),
            ("RÉPUBLIQUE FRANÇAISE",),
            ("AU NOM DU PEUPLE FRANÇAIS",),
            ("DÉCIDE",),
            ("M.",),
            ("Me",),
        ],
    )
)

# ==========================================================================
# 8. Parquet de Nantes: communiqué on a homicide, referral to the JIRS de Rennes (curly)
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-parquet-nantes-homicide",
        text="""TRIBUNAL JUDICIAIRE DE NANTES
PARQUET DU PROCUREUR DE LA RÉPUBLIQUE

COMMUNIQUÉ

Nantes, le 6 novembre 2025

Homicide à Rezé : deux hommes mis en examen, le parquet se dessaisit au profit de la JIRS de Rennes

Dans la nuit du 2 au 3 novembre 2025, vers 23 h 40, un homme de 27 ans a été mortellement blessé par plusieurs tirs d’arme à feu sur le parking d’un immeuble d’habitation de Rezé (Loire-Atlantique). Pris en charge par les sapeurs-pompiers du SDIS de Loire-Atlantique et par le SMUR, il est décédé peu après son admission au CHU de Nantes.

Le parquet de Nantes a immédiatement ouvert une enquête de flagrance des chefs de meurtre en bande organisée et d’association de malfaiteurs, confiée à l’antenne de police judiciaire de Nantes, avec le concours de la direction interdépartementale de la police nationale (DIPN) de Loire-Atlantique.

Selon les premiers éléments, la victime, connue des services de police pour des infractions à la législation sur les stupéfiants, aurait été visée dans le cadre d’un conflit entre deux réseaux se disputant un point de deal du secteur. Le procureur de Nantes, Olivier Kervella, a rappelé que ces règlements de comptes « touchent désormais des quartiers jusqu’ici épargnés » et qu’une douzaine d’étuis percutés ont été retrouvés à proximité d’une aire de jeux.

Deux hommes âgés de 19 et 22 ans ont été interpellés le 4 novembre à Saint-Herblain et à Orvault, avec l’appui du RAID. Un troisième suspect, âgé de 16 ans, a été présenté à un juge des enfants du TJ de Nantes et placé sous contrôle judiciaire.

Compte tenu de la dimension de criminalité organisée des faits, le parquet de Nantes s’est dessaisi au profit de la juridiction interrégionale spécialisée de Rennes. Une information judiciaire a été ouverte le 5 novembre. Les deux majeurs ont été mis en examen et placés en détention provisoire par le juge des libertés et de la détention. Les investigations se poursuivent avec l’Office anti-stupéfiants (OFAST).

Depuis le début de l’année, quatre homicides ou tentatives d’homicide liés au trafic de stupéfiants ont été recensés dans l’agglomération nantaise.

Il est rappelé que toute personne mise en cause est présumée innocente tant que sa culpabilité n’a pas été établie.

Contact presse : secrétariat du parquet – 02 40 20 61 17 – presse.pr.tj-nantes@justice.fr""",
        spans=[
            ("Nantes", "LOC"),
            ("Rezé", "LOC"),
            ("JIRS de Rennes", "ORG"),
            ("Loire-Atlantique", "LOC"),
            ("SDIS de Loire-Atlantique", "ORG"),
            ("CHU de Nantes", "ORG"),
            ("parquet de Nantes", "ORG"),
            ("antenne de police judiciaire de Nantes", "ORG"),
            ("direction interdépartementale de la police nationale", "ORG"),
            ("DIPN", "ORG"),
            ("Olivier Kervella", "PER"),
            ("Saint-Herblain", "LOC"),
            ("Orvault", "LOC"),
            ("RAID", "ORG"),
            ("TJ de Nantes", "ORG"),
            ("juridiction interrégionale spécialisée de Rennes", "ORG"),
            ("Office anti-stupéfiants", "ORG"),
            ("OFAST", "ORG"),
        ],
        acronyms=[
            ("JIRS", "all", _x("jirs")),
            ("SDIS", "all", _x("sdis")),
            ("SMUR", "all", _x("smur")),
            ("CHU", "all", _x("chu")),
            ("DIPN", "all", _x("dipn", "direction interdépartementale de la police nationale")),
            ("RAID", "all", _x("raid")),
            ("TJ", "all", _x("tj")),
            ("OFAST", "all", _x("ofast", "Office anti-stupéfiants")),
        ],
        ignore=[
            ("TRIBUNAL JUDICIAIRE DE NANTES",),
            ("PARQUET DU PROCUREUR DE LA RÉPUBLIQUE",),
            ("COMMUNIQUÉ",),
            ("SMUR",),
            ("procureur de Nantes",),
            ("juge des libertés et de la détention",),
            ("juge des enfants",),
        ],
        not_acronyms=[
            ("TRIBUNAL JUDICIAIRE DE NANTES",),
            ("PARQUET DU PROCUREUR DE LA RÉPUBLIQUE",),
            ("COMMUNIQUÉ",),
        ],
    )
)

# ==========================================================================
# 9. Parquet de Lille: communiqué on social-benefit fraud (straight apostrophes)
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-parquet-lille-fraude-sociale",
        text="""Parquet de Lille
Communiqué de presse – 14 octobre 2025

Fraude aux prestations sociales : un réseau démantelé dans la métropole lilloise

Sophie Dewaele, procureure de Lille, communique les éléments suivants :

Le 13 octobre 2025, onze personnes ont été interpellées à Roubaix, Tourcoing, Wattrelos et Villeneuve-d'Ascq dans le cadre d'une enquête ouverte en février 2024 des chefs d'escroquerie en bande organisée, faux et usage de faux et blanchiment.

Les investigations, menées par le SRPJ de Lille et le groupe interministériel de recherches (GIR) de Lille, sous la direction de la section économique et financière du parquet, ont permis d'établir que le réseau déposait de fausses demandes de RSA, d'APL et de prime d'activité, à l'aide d'identités usurpées et de faux bulletins de salaire émis par des sociétés fictives. Plus de 240 dossiers frauduleux ont été recensés.

Le préjudice est évalué à 1,4 million d'euros pour la Caf du Nord, à 310 000 euros pour la CPAM de Lille-Douai et à 95 000 euros pour l'Urssaf Nord-Pas-de-Calais, dont les services de contrôle ont signalé les premières anomalies. Les fonds étaient versés sur des comptes ouverts à l'aide de faux RIB, puis retirés en espèces ou transférés vers la Belgique.

Au cours des perquisitions, les enquêteurs ont saisi 86 000 euros en numéraire, deux véhicules de luxe et des bijoux. Ces avoirs ont été confiés à l'Agence de gestion et de recouvrement des avoirs saisis et confisqués (AGRASC).

À l'issue des gardes à vue, sept personnes ont été déférées devant le tribunal judiciaire de Lille. Le principal suspect, âgé de 41 ans, a été mis en examen par un juge d'instruction et placé en détention provisoire. Trois personnes, dont le rôle apparaît secondaire, ont accepté une CRPC ; l'audience d'homologation se tiendra devant le TJ de Lille le 12 novembre. Une femme sera jugée en comparution immédiate ; une autre a été convoquée par procès-verbal.

« La fraude sociale n'est pas une fraude sans victime : elle pèse sur l'ensemble des assurés », souligne la procureure, qui salue la coopération entre les enquêteurs et les organismes sociaux au sein du comité opérationnel départemental anti-fraude (CODAF) du Nord.

Les personnes mises en cause sont présumées innocentes.

Contact : parquet de Lille – cabinet du procureur – Tél. : 03 20 78 41 52""",
        spans=[
            ("Parquet de Lille", "ORG"),
            ("Sophie Dewaele", "PER"),
            ("Roubaix", "LOC"),
            ("Tourcoing", "LOC"),
            ("Wattrelos", "LOC"),
            ("Villeneuve-d'Ascq", "LOC"),
            ("SRPJ de Lille", "ORG"),
            ("groupe interministériel de recherches", "ORG"),
            ("GIR", "ORG"),
            ("Lille", "LOC"),
            ("Caf du Nord", "ORG"),
            ("CPAM de Lille-Douai", "ORG"),
            ("Urssaf Nord-Pas-de-Calais", "ORG"),
            ("Belgique", "LOC"),
            ("Agence de gestion et de recouvrement des avoirs saisis et confisqués", "ORG"),
            ("AGRASC", "ORG"),
            ("tribunal judiciaire de Lille", "ORG"),
            ("TJ de Lille", "ORG"),
            ("comité opérationnel départemental anti-fraude", "ORG"),
            ("CODAF", "ORG"),
            ("Nord", "LOC"),
            ("parquet de Lille", "ORG"),
        ],
        acronyms=[
            ("SRPJ", "all", _x("srpj")),
            ("GIR", "all", _x("gir", "groupe interministériel de recherches")),
            ("RSA", "all", _x("rsa")),
            ("APL", "all", _x("apl")),
            ("Caf", "all", None),
            ("CPAM", "all", _x("cpam")),
            ("Urssaf", "all", None),
            ("RIB", "all", None),
            (
                "AGRASC",
                "all",
                _x("agrasc", "Agence de gestion et de recouvrement des avoirs saisis et confisqués"),
            ),
            ("CRPC", "all", _x("crpc")),
            ("TJ", "all", _x("tj")),
            ("CODAF", "all", _x("codaf", "comité opérationnel départemental anti-fraude")),
        ],
        ignore=[
            ("procureure de Lille",),
            ("section économique et financière du parquet",),
            ("cabinet du procureur",),
        ],
        not_acronyms=[],
    )
)

# ==========================================================================
# 10. Parquet de Marseille / JIRS: communiqué on a cocaine network (curly apostrophes)
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-jirs-marseille-cocaine",
        text="""PARQUET DE MARSEILLE
JURIDICTION INTERRÉGIONALE SPÉCIALISÉE

Marseille, le 21 février 2025

COMMUNIQUÉ DE PRESSE

Trafic de cocaïne entre Marseille et Lyon : quatorze mises en examen

Le procureur de la République de Marseille, Rémi Santoni, fait savoir qu’une information judiciaire ouverte le 9 juillet 2024 par la JIRS de Marseille, des chefs d’importation de stupéfiants en bande organisée, trafic de stupéfiants et blanchiment, a donné lieu, du 17 au 19 février, à une vaste opération conduite simultanément dans les Bouches-du-Rhône et dans le Rhône.

Plus de 300 policiers ont été mobilisés, dont des effectifs de l’OFAST, de la PJ de Marseille et du RAID, ainsi que les enquêteurs du GIR de Lyon, chargés du volet patrimonial du dossier. Dix-neuf personnes ont été interpellées à Marseille, Vitrolles, Aubagne et Villeurbanne.

Les investigations ont établi que le réseau faisait entrer la cocaïne par conteneurs, via les terminaux de Fos-sur-Mer, avant de la redistribuer dans plusieurs points de deal des quartiers nord de Marseille et de l’agglomération lyonnaise. Le produit du trafic était réinvesti dans des commerces de restauration rapide et dans l’immobilier, en Espagne et à Dubaï.

Au total, 61 kilos de cocaïne, quatre armes de poing, un fusil d’assaut, 412 000 euros en numéraire et onze véhicules ont été saisis. Une villa située à La Ciotat a fait l’objet d’une saisie pénale immobilière.

À l’issue de leur garde à vue, dix-sept personnes ont été présentées aux magistrats instructeurs de la JIRS. Quatorze ont été mises en examen, dont douze placées en détention provisoire par le juge des libertés et de la détention. Deux personnes ont été placées sous le statut de témoin assisté ; trois ont été remises en liberté sans poursuite à ce stade.

Selon Clara Benhamou, vice-procureure chargée de la section criminalité organisée, l’enquête a mis au jour « une logistique quasi industrielle », le réseau recourant à des messageries chiffrées et à des « nourrices » rémunérées jusqu’à 2 000 euros par mois pour stocker la marchandise.

Le garde des Sceaux et le ministre de l’Intérieur ont salué, dans un message commun, « une opération exemplaire par l’ampleur de la coordination entre services ».

Le procureur rappelle que ces éléments sont communiqués en application de l’article 11 du code de procédure pénale, dans le respect de la présomption d’innocence.""",
        spans=[
            ("Marseille", "LOC"),
            ("Lyon", "LOC"),
            ("Rémi Santoni", "PER"),
            ("JIRS de Marseille", "ORG"),
            ("Bouches-du-Rhône", "LOC"),
            ("Rhône", "LOC"),
            ("OFAST", "ORG"),
            ("PJ de Marseille", "ORG"),
            ("RAID", "ORG"),
            ("GIR de Lyon", "ORG"),
            ("Vitrolles", "LOC"),
            ("Aubagne", "LOC"),
            ("Villeurbanne", "LOC"),
            ("Fos-sur-Mer", "LOC"),
            ("Espagne", "LOC"),
            ("Dubaï", "LOC"),
            ("La Ciotat", "LOC"),
            ("JIRS", "ORG"),
            ("Clara Benhamou", "PER"),
        ],
        acronyms=[
            ("JIRS", "all", _x("jirs")),
            ("OFAST", "all", _x("ofast")),
            ("PJ", "all", _x("pj")),
            ("RAID", "all", _x("raid")),
            ("GIR", "all", _x("gir")),
        ],
        ignore=[
            ("PARQUET DE MARSEILLE",),
            ("JURIDICTION INTERRÉGIONALE SPÉCIALISÉE",),
            ("COMMUNIQUÉ DE PRESSE",),
            ("procureur de la République de Marseille",),
            ("juge des libertés et de la détention",),
            ("vice-procureure chargée de la section criminalité organisée",),
            ("garde des Sceaux",),
            ("ministre de l’Intérieur",),
        ],
        not_acronyms=[
            ("PARQUET DE MARSEILLE",),
            ("JURIDICTION INTERRÉGIONALE SPÉCIALISÉE",),
            ("COMMUNIQUÉ DE PRESSE",),
        ],
    )
)

# ==========================================================================
# 11. Parquet de Paris: armed robberies, BRB and brigade de recherches de Melun (straight)
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-parquet-paris-brb-bijouteries",
        text="""PARQUET DE PARIS
Communiqué de presse
Paris, le 3 avril 2025

Vols à main armée de bijouteries à Paris et en Seine-et-Marne : quatre mises en examen

Le 1er avril 2025, quatre hommes âgés de 21 à 29 ans ont été mis en examen par un juge d'instruction parisien des chefs de vols à main armée en bande organisée et association de malfaiteurs, puis placés en détention provisoire par le juge des libertés et de la détention.

Ils sont soupçonnés d'avoir commis trois vols à main armée : le 14 janvier dans une bijouterie de la rue de la Paix (Paris 2e), le 2 mars dans une horlogerie de Dammarie-lès-Lys, puis le 19 mars à Neuilly-sur-Seine (Hauts-de-Seine). Le préjudice total est estimé à 2,3 millions d'euros.

L'information judiciaire a été confiée à la BRB de Paris, en co-saisine avec la brigade de recherches de Melun, initialement saisie par le parquet de Melun des faits commis en Seine-et-Marne, dont celui-ci s'est dessaisi au profit du parquet de Paris.

L'exploitation des images de vidéoprotection et des données de lecture automatisée des plaques d'immatriculation (LAPI) a permis d'identifier le véhicule utilisé à Dammarie-lès-Lys, un SUV volé, repéré à plusieurs reprises sur l'A6, puis sur la N 7 et la RD 607 en direction de Nemours.

Les suspects ont été interpellés le 28 mars à Saint-Denis (93), Sevran et Aulnay-sous-Bois par les enquêteurs de la BRB, appuyés par la BRI. Deux d'entre eux étaient inscrits au FPR. Une partie du butin a été retrouvée dans un box loué à Saint-Denis sous une fausse identité.

Un cinquième homme, interpellé au même domicile et mis hors de cause pour les vols, faisait l'objet d'une OQTF notifiée en 2024. Il a été placé au CRA de Vincennes par arrêté du préfet de police.

Le parquet de Paris rappelle que les personnes mises en examen sont présumées innocentes.""",
        spans=[
            ("Paris", "LOC"),
            ("Seine-et-Marne", "LOC"),
            ("Dammarie-lès-Lys", "LOC"),
            ("Neuilly-sur-Seine", "LOC"),
            ("Hauts-de-Seine", "LOC"),
            ("BRB de Paris", "ORG"),
            ("brigade de recherches de Melun", "ORG"),
            ("parquet de Melun", "ORG"),
            ("parquet de Paris", "ORG"),
            ("Nemours", "LOC"),
            ("Saint-Denis", "LOC"),
            ("Sevran", "LOC"),
            ("Aulnay-sous-Bois", "LOC"),
            ("BRB", "ORG"),
            ("BRI", "ORG"),
            ("CRA de Vincennes", "ORG"),
        ],
        acronyms=[
            ("BRB", "all", _x("brb")),
            ("LAPI", "all", _x("lapi", "lecture automatisée des plaques d'immatriculation")),
            ("SUV", "all", _x("suv")),
            ("BRI", "all", _x("bri")),
            ("FPR", "all", _x("fpr")),
            ("OQTF", "all", None),
            ("CRA", "all", _x("cra")),
        ],
        ignore=[
            ("PARQUET DE PARIS",),
            ("juge des libertés et de la détention",),
            ("rue de la Paix",),
            ("préfet de police",),
        ],
        not_acronyms=[
            ("PARQUET DE PARIS",),
            ("A6",),
            ("N 7",),
            ("RD 607",),
        ],
    )
)

# ==========================================================================
# 12. Arrêté préfectoral du Finistère: drought restrictions (straight apostrophes)
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-arrete-finistere-secheresse",
        text="""PRÉFET DU FINISTÈRE
Liberté
Égalité
Fraternité

Direction départementale des territoires et de la mer
Service eau et biodiversité

Arrêté préfectoral n° 2025-DDTM-SEB-0147 du 8 août 2025
portant limitation provisoire des usages de l'eau dans le département du Finistère

Le préfet du Finistère,
Chevalier de la Légion d'honneur,
Officier de l'ordre national du Mérite,

VU le code de l'environnement, notamment ses articles L. 211-3 et R. 211-66 à R. 211-70 ;
VU le code de la santé publique ;
VU le code général des collectivités territoriales, notamment son article L. 2215-1 ;
VU le schéma directeur d'aménagement et de gestion des eaux (SDAGE) du bassin Loire-Bretagne 2022-2027 ;
VU l'arrêté préfectoral cadre du 12 avril 2024 définissant les mesures de gestion de la ressource en eau en période de sécheresse dans le Finistère ;
VU les données hydrométriques transmises par la DREAL Bretagne le 6 août 2025 ;
VU l'avis du comité départemental ressource en eau réuni le 7 août 2025 ;

CONSIDÉRANT que les débits de l'Aulne, de l'Elorn et de l'Odet sont inférieurs aux seuils d'alerte renforcée définis par l'arrêté cadre susvisé et comptent parmi les plus bas relevés depuis le milieu du XXe siècle ;
CONSIDÉRANT que Météo-France ne prévoit pas de précipitations significatives d'ici la fin du mois d'août ;
CONSIDÉRANT l'avis de l'ARS Bretagne relatif à la sécurisation de l'alimentation en eau potable ;
SUR PROPOSITION du directeur départemental des territoires et de la mer ;

ARRÊTE

TITRE PREMIER – DISPOSITIONS GÉNÉRALES

Article 1er – Objet
Le département du Finistère est placé en situation d'alerte renforcée du 9 août au 30 septembre 2025 inclus, sauf abrogation anticipée.

Article 2 – Champ d'application
Les mesures s'appliquent à tous les prélèvements d'eau, qu'ils soient effectués dans le réseau public, les cours d'eau ou les nappes souterraines.

TITRE II – MESURES DE RESTRICTION

Article 3 – Usages des particuliers et des collectivités
Sont interdits : l'arrosage des pelouses et des massifs fleuris, le lavage des véhicules hors stations professionnelles, le remplissage des piscines privées et le nettoyage des voiries, y compris sur les routes départementales, notamment la RD 770 et la RD 787.

Article 4 – Usages agricoles et industriels
L'irrigation agricole est interdite de 8 h à 20 h. Les exploitants d'ICPE réduisent leurs prélèvements d'au moins 15 %, sous le contrôle de l'inspection des installations classées de la DREAL Bretagne et de la DDPP du Finistère.

TITRE III – CONTRÔLES ET SANCTIONS

Article 5 – Contrôles
Les agents de la DDTM, de l'Office français de la biodiversité (OFB) et de la gendarmerie sont chargés des contrôles. Toute infraction est passible de l'amende prévue pour les contraventions de la 5e classe.

Article 6 – Exécution et publication
Le secrétaire général de la préfecture, les sous-préfets de Brest, Châteaulin et Morlaix, le directeur de la DDTM, le directeur de la DDPP, le délégué départemental de l'ARS Bretagne, le commandant du groupement de gendarmerie départementale du Finistère, le chef du service départemental de l'OFB et les maires du département sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté, qui sera publié au recueil des actes administratifs (RAA) de la préfecture du Finistère.

Il peut faire l'objet d'un recours devant le tribunal administratif de Rennes dans un délai de deux mois à compter de sa publication, y compris par l'application Télérecours citoyens (www.telerecours.fr).

Fait à Quimper, le 8 août 2025

Pour le préfet et par délégation,
le secrétaire général,

Mathilde KERGOAT""",
        spans=[
            ("Direction départementale des territoires et de la mer", "ORG"),
            ("Finistère", "LOC"),
            ("DREAL Bretagne", "ORG"),
            ("Aulne", "LOC"),
            ("Elorn", "LOC"),
            ("Odet", "LOC"),
            ("Météo-France", "ORG"),
            ("ARS Bretagne", "ORG"),
            ("DDPP du Finistère", "ORG"),
            ("DDTM", "ORG"),
            ("Office français de la biodiversité", "ORG"),
            ("OFB", "ORG"),
            ("DDPP", "ORG"),
            ("groupement de gendarmerie départementale du Finistère", "ORG"),
            ("préfecture du Finistère", "ORG"),
            ("tribunal administratif de Rennes", "ORG"),
            ("Quimper", "LOC"),
            ("Mathilde KERGOAT", "PER"),
        ],
        acronyms=[
            ("SDAGE", "all", _x("sdage", "schéma directeur d'aménagement et de gestion des eaux")),
            ("DREAL", "all", _x("dreal")),
            ("ARS", "all", None),
            ("ICPE", "all", _x("icpe")),
            ("DDPP", "all", None),
            ("DDTM", "all", _x("ddtm")),
            ("OFB", "all", _x("ofb", "Office français de la biodiversité")),
            ("RAA", "all", _x("raa", "recueil des actes administratifs")),
        ],
        ignore=[
            ("PRÉFET DU FINISTÈRE",),
            ("Liberté\nÉgalité\nFraternité",),
            ("Service eau et biodiversité",),
            ("préfet du Finistère",),
            ("Chevalier de la Légion d'honneur,\nOfficier de l'ordre national du Mérite,",),
            ("bassin Loire-Bretagne",),
            ("directeur départemental des territoires et de la mer",),
            ("gendarmerie", 0),
            ("comité départemental ressource en eau",),
            ("inspection des installations classées",),
            ("secrétaire général de la préfecture",),
            ("sous-préfets de Brest, Châteaulin et Morlaix",),
            ("Télérecours citoyens",),
        ],
        not_acronyms=[
            ("PRÉFET DU FINISTÈRE",),
            ("2025-DDTM-SEB-0147",),
            ("VU",),
            ("CONSIDÉRANT",),
            ("XXe",),
            ("SUR PROPOSITION",),
            ("ARRÊTE",),
            ("TITRE",),
            ("PREMIER",),
            ("DISPOSITIONS GÉNÉRALES",),
            ("II",),
            ("MESURES DE RESTRICTION",),
            ("III",),
            ("CONTRÔLES ET SANCTIONS",),
            ("RD 770",),
            ("RD 787",),
            ("KERGOAT",),
        ],
    )
)

# ==========================================================================
# 13. Arrêté du préfet d'Ille-et-Vilaine: fermeture administrative for illegal work (curly)
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-arrete-ille-et-vilaine-fermeture",
        text="""PRÉFET D’ILLE-ET-VILAINE
Liberté
Égalité
Fraternité

Direction départementale de l’emploi, du travail et des solidarités
Pôle travail – Unité de contrôle n° 2

Réf. : DDETS 35 – n° 2025-318

ARRÊTÉ
portant fermeture administrative temporaire de l’établissement « L’Escale du Sillon » à Saint-Malo

Le préfet de la région Bretagne, préfet d’Ille-et-Vilaine,

VU le code du travail, notamment ses articles L. 8211-1, L. 8272-2 et R. 8272-7 à R. 8272-9 ;
VU le code des relations entre le public et l’administration, notamment ses articles L. 121-1 et L. 122-1 ;
VU le procès-verbal relevant des infractions de travail dissimulé et d’emploi d’étrangers sans titre, dressé le 12 mai 2025 par la brigade de recherches de Saint-Malo à l’issue d’un contrôle conjoint avec les inspecteurs de l’Urssaf Bretagne, organisé dans le cadre du CODAF d’Ille-et-Vilaine ;
VU le courrier du 3 juin 2025 informant la société Restauration Ker Avel, exploitante de l’établissement, de la mesure envisagée et l’invitant à présenter ses observations ;
VU les observations écrites présentées le 16 juin 2025 par Me Gwenaëlle Riou, avocate au barreau de Rennes, pour le compte de la société ;

CONSIDÉRANT que, lors du contrôle du 12 mai 2025, quatre des sept salariés présents n’avaient fait l’objet d’aucune déclaration préalable à l’embauche (DPAE) et que deux d’entre eux, ressortissants étrangers, étaient dépourvus d’autorisation de travail, l’un faisant l’objet d’une OQTF notifiée le 4 février 2025 ;
CONSIDÉRANT que la gérante, Mme Soazig LE BRIS, a reconnu avoir rémunéré ces salariés en espèces depuis au moins six mois ;
CONSIDÉRANT que la DDPP d’Ille-et-Vilaine a constaté le même jour de graves manquements aux règles d’hygiène ;
CONSIDÉRANT que la mesure est proportionnée à la répétition et à la gravité des infractions, à la situation économique de l’entreprise et au nombre de salariés concernés ;
SUR PROPOSITION de la directrice départementale de l’emploi, du travail et des solidarités ;

ARRÊTE

Article 1er : L’établissement « L’Escale du Sillon », 14 chaussée du Sillon, 35400 Saint-Malo, exploité par la société Restauration Ker Avel (SIRET 912 345 678 00014), est fermé à titre administratif pour une durée de quinze jours à compter de la notification du présent arrêté.

Article 2 : La société Restauration Ker Avel est exclue, pour une durée de six mois, du bénéfice des aides publiques à l’emploi et à la formation professionnelle.

Article 3 : Le présent arrêté peut faire l’objet, dans un délai de deux mois à compter de sa notification, d’un recours gracieux auprès du préfet d’Ille-et-Vilaine, d’un recours hiérarchique auprès du ministre chargé du travail ou d’un recours contentieux devant le TA de Rennes.

Article 4 : Le secrétaire général de la préfecture d’Ille-et-Vilaine, la directrice de la DDETS, le commandant du groupement de gendarmerie départementale d’Ille-et-Vilaine et le maire de Saint-Malo sont chargés, chacun en ce qui le concerne, de l’exécution du présent arrêté, dont copie sera adressée au procureur de la République près le tribunal judiciaire de Saint-Malo, au GIR de Rennes et à l’Urssaf Bretagne.

Fait à Rennes, le 24 juin 2025

Le préfet,
Bertrand JOUANNO""",
        spans=[
            ("Direction départementale de l’emploi, du travail et des solidarités", "ORG"),
            ("L’Escale du Sillon", "ORG"),
            ("Saint-Malo", "LOC"),
            ("brigade de recherches de Saint-Malo", "ORG"),
            ("Urssaf Bretagne", "ORG"),
            ("CODAF d’Ille-et-Vilaine", "ORG"),
            ("Restauration Ker Avel", "ORG"),
            ("Gwenaëlle Riou", "PER"),
            ("barreau de Rennes", "ORG"),
            ("Soazig LE BRIS", "PER"),
            ("DDPP d’Ille-et-Vilaine", "ORG"),
            ("TA de Rennes", "ORG"),
            ("préfecture d’Ille-et-Vilaine", "ORG"),
            ("DDETS", "ORG"),
            ("groupement de gendarmerie départementale d’Ille-et-Vilaine", "ORG"),
            ("tribunal judiciaire de Saint-Malo", "ORG"),
            ("GIR de Rennes", "ORG"),
            ("Rennes", "LOC"),
            ("Bertrand JOUANNO", "PER"),
        ],
        acronyms=[
            ("DDETS", "all", _x("ddets")),
            ("Urssaf", "all", None),
            ("CODAF", "all", _x("codaf")),
            ("DPAE", "all", _x("dpae", "déclaration préalable à l’embauche")),
            ("OQTF", "all", None),
            ("DDPP", "all", None),
            ("SIRET", "all", _x("siret")),
            ("TA", "all", _x("ta")),
            ("GIR", "all", _x("gir")),
        ],
        ignore=[
            ("PRÉFET D’ILLE-ET-VILAINE",),
            ("Liberté\nÉgalité\nFraternité",),
            ("Pôle travail – Unité de contrôle n° 2",),
            ("Réf. : DDETS 35 – n° 2025-318",),
            ("préfet de la région Bretagne, préfet d’Ille-et-Vilaine",),
            ("préfet d’Ille-et-Vilaine",),
            ("directrice départementale de l’emploi, du travail et des solidarités",),
            ("chaussée du Sillon",),
            ("ministre chargé du travail",),
            ("maire de Saint-Malo",),
            ("procureur de la République",),
        ],
        not_acronyms=[
            ("PRÉFET D’ILLE-ET-VILAINE",),
            ("ARRÊTÉ",),
            ("VU",),
            ("CONSIDÉRANT",),
            ("LE BRIS",),
            ("SUR PROPOSITION",),
            ("ARRÊTE",),
            ("JOUANNO",),
            ("Me",),
            ("Mme",),
        ],
    )
)

# ==========================================================================
# 14. CDAD d'Ille-et-Vilaine: letter listing access-to-law services with addresses (curly)
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-liste-acces-droit-ille-et-vilaine",
        text="""CONSEIL DÉPARTEMENTAL DE L’ACCÈS AU DROIT D’ILLE-ET-VILAINE
Groupement d’intérêt public
7 rue Pierre-Abélard – 35000 Rennes
Tél. : 02 99 65 41 08 – cdad-ille-et-vilaine@justice.fr

Rennes, le 2 septembre 2025

Réf. : 2025/117 – PL/MC
Objet : liste des permanences d’accès au droit et des services partenaires – année 2025-2026
Affaire suivie par : Mme Pauline Lécuyer, chargée de mission

Madame, Monsieur,

Vous trouverez ci-dessous la liste actualisée des lieux d’accès au droit et des services partenaires du CDAD d’Ille-et-Vilaine. Nous vous remercions de bien vouloir l’afficher dans vos locaux d’accueil.

1. Juridictions
– Tribunal judiciaire de Rennes, service d’accueil unique du justiciable (SAUJ) – 7 rue Pierre-Abélard, 35000 Rennes – Tél. : 02 99 65 37 00
– Tribunal judiciaire de Saint-Malo – place des Frères-Lamennais, 35400 Saint-Malo
– Conseil de prud’hommes de Rennes – Tél. : 02 99 65 38 50
– Tribunal administratif de Rennes – 3 contour de la Motte, 35044 Rennes Cedex

2. Maisons de justice et du droit (MJD) et points-justice
– MJD de Redon – 4 rue des Douves, 35600 Redon – permanences les mardis et jeudis
– Point-justice de Fougères – mairie, 2 rue Nationale, 35300 Fougères
– Point-justice de Vitré – sur rendez-vous au 02 99 74 12 60

3. Avocats et aide juridictionnelle
– Ordre des avocats du barreau de Rennes – consultations gratuites le mercredi, sur rendez-vous
– Bureau d’aide juridictionnelle (BAJ) du TJ de Rennes – dépôt des demandes d’AJ

4. Services de l’État et organismes sociaux
– DDETS d’Ille-et-Vilaine – Tél. : 02 99 12 22 22
– DDPP d’Ille-et-Vilaine – protection des consommateurs
– Caf d’Ille-et-Vilaine – cours des Alliés, 35000 Rennes
– CPAM d’Ille-et-Vilaine – accueil sur rendez-vous au 36 46
– Urssaf Bretagne – travailleurs indépendants et employeurs

5. Santé, victimes et personnes retenues
– CHU de Rennes, unité médico-judiciaire (UMJ) – hôpital Pontchaillou, 2 rue Henri-Le-Guilloux, 35033 Rennes Cedex 9
– ARS Bretagne, délégation départementale d’Ille-et-Vilaine – 6 place des Colombes, 35042 Rennes Cedex
– Service pénitentiaire d’insertion et de probation (SPIP) d’Ille-et-Vilaine
– CRA de Rennes-Saint-Jacques-de-la-Lande – permanence juridique assurée par La Cimade

Les horaires détaillés figurent sur le site www.cdad-ille-et-vilaine.justice.fr. Toute modification doit être signalée au secrétariat du CDAD.

Pour le président du CDAD et par délégation,
la secrétaire générale,
Yvonne GICQUEL""",
        spans=[
            ("Rennes", "LOC"),
            ("Pauline Lécuyer", "PER"),
            ("CDAD d’Ille-et-Vilaine", "ORG"),
            ("CDAD", "ORG"),
            ("Tribunal judiciaire de Rennes", "ORG"),
            ("Tribunal judiciaire de Saint-Malo", "ORG"),
            ("Saint-Malo", "LOC"),
            ("Conseil de prud’hommes de Rennes", "ORG"),
            ("Tribunal administratif de Rennes", "ORG"),
            ("MJD de Redon", "ORG"),
            ("Redon", "LOC"),
            ("Point-justice de Fougères", "ORG"),
            ("Fougères", "LOC"),
            ("Point-justice de Vitré", "ORG"),
            ("Ordre des avocats du barreau de Rennes", "ORG"),
            ("Bureau d’aide juridictionnelle", "ORG"),
            ("BAJ", "ORG"),
            ("TJ de Rennes", "ORG"),
            ("DDETS d’Ille-et-Vilaine", "ORG"),
            ("DDPP d’Ille-et-Vilaine", "ORG"),
            ("Caf d’Ille-et-Vilaine", "ORG"),
            ("CPAM d’Ille-et-Vilaine", "ORG"),
            ("Urssaf Bretagne", "ORG"),
            ("CHU de Rennes", "ORG"),
            ("ARS Bretagne", "ORG"),
            ("Service pénitentiaire d’insertion et de probation", "ORG"),
            ("SPIP", "ORG"),
            ("Ille-et-Vilaine", "LOC"),
            ("CRA de Rennes-Saint-Jacques-de-la-Lande", "ORG"),
            ("La Cimade", "ORG"),
            ("Yvonne GICQUEL", "PER"),
        ],
        acronyms=[
            ("CDAD", "all", _x("cdad")),
            ("SAUJ", "all", _x("sauj", "service d’accueil unique du justiciable")),
            ("MJD", "all", _x("mjd", "Maisons de justice et du droit")),
            ("BAJ", "all", _x("baj", "Bureau d’aide juridictionnelle")),
            ("TJ", "all", _x("tj")),
            ("AJ", "all", _x("aj")),
            ("DDETS", "all", _x("ddets")),
            ("DDPP", "all", None),
            ("Caf", "all", None),
            ("CPAM", "all", _x("cpam")),
            ("Urssaf", "all", None),
            ("CHU", "all", _x("chu")),
            ("UMJ", "all", _x("umj", "unité médico-judiciaire")),
            ("ARS", "all", None),
            ("SPIP", "all", _x("spip", "Service pénitentiaire d’insertion et de probation")),
            ("CRA", "all", _x("cra")),
        ],
        ignore=[
            ("CONSEIL DÉPARTEMENTAL DE L’ACCÈS AU DROIT D’ILLE-ET-VILAINE",),
            ("Groupement d’intérêt public",),
            ("Maisons de justice et du droit",),
            ("rue Pierre-Abélard",),
            ("service d’accueil unique du justiciable (SAUJ)",),
            ("place des Frères-Lamennais",),
            ("contour de la Motte",),
            ("rue des Douves",),
            ("rue Nationale",),
            ("l’État",),
            ("cours des Alliés",),
            ("unité médico-judiciaire (UMJ)",),
            ("hôpital Pontchaillou",),
            ("rue Henri-Le-Guilloux",),
            ("délégation départementale d’Ille-et-Vilaine",),
            ("place des Colombes",),
        ],
        not_acronyms=[
            ("CONSEIL DÉPARTEMENTAL DE L’ACCÈS AU DROIT D’ILLE-ET-VILAINE",),
            ("PL/MC",),
            ("GICQUEL",),
            ("Mme",),
        ],
    )
)
