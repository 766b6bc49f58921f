"""Blind gold texts: regional press (local politics in the Val-de-Marne, local economy on the
island of Oléron), a basketball report, a business-press article (receivership, AMF, ACPR) and a
gendarmerie press release.

Written for seedner and annotated by hand, per ../shared/gold/GUIDELINES.md and the conventions
of tests/data/gold/README.md, scripts/gold_everyday/ and scripts/gold_holdout/, before seedner was
run on any of them. Agencies, bodies, clubs, media and places are real, with their official names;
all people, companies, cases, figures and quotes are fictional.

Typography as in the holdout press module: ``_fr()`` puts the no-break spaces (U+00A0, or U+202F
before ``; ! ?`` where a document says ``thin=True``) in the text and in every surface. The
gendarmerie release is typed with straight apostrophes.

Conventions decided here, on top of the README and the everyday and holdout modules:
- a competition named after a sponsor (``Betclic Élite``), a national team (``équipe de
  France``) and a world cup are MISC: ignored; a club named by its town (``Le Portel``,
  ``Cholet``, ``Gravelines-Dunkerque``) is an ORG, the same town as a dateline a LOC;
- a station or an airport named after places (``gare Chevilly Trois-Communes``) is a facility:
  ignored; in ``aéroport d’Orly``, ``port de La Cotinière``, ``station de La Tremblade``,
  ``maison d'arrêt de Foix`` only the town is a LOC (as ``port de Calais``);
- a fund is not a body (``Fonds européen pour les affaires maritimes, la pêche et l’aquaculture``,
  ``prêt garanti par l’État``): no span, its acronym listed; ``service des Domaines``,
  ``gendarme de la Bourse``, ``commissaire aux comptes`` are roles or generic services: ignored;
- a formation of a regulator followed by the regulator is one ORG (``commission des sanctions de
  l’ACPR``, as ``chambre criminelle de la Cour de cassation``); the formation alone is ignored;
- the same acronym with two meanings in the set is annotated by its meaning in each text (``CRC``:
  chambre régionale des comptes, and Comité régional de la conchyliculture);
- a brigade or section split by its parenthesised acronym (``brigade de recherches (BR) de
  Saint-Girons``) gives the long form and the acronym as ORG spans and the town as a LOC, as the
  PSIG of the team set; the letterhead ``GENDARMERIE NATIONALE`` names the body: ORG.
"""

from functools import partial

from gold_text import document, expansions, french_typography

_OFF = {
    "acpr": ["Autorité de contrôle prudentiel et de résolution"],
    "amf": ["Autorité des marchés financiers"],
    "br": ["brigade de recherches"],
    "cdc": ["communauté de communes"],
    "cdi": ["contrat à durée indéterminée"],
    "cfdt": ["Confédération française démocratique du travail"],
    "ciri": ["comité interministériel de restructuration industrielle"],
    "crc": ["chambre régionale des comptes"],
    "ddfip": ["direction départementale des finances publiques"],
    "dnccg": ["Direction nationale du conseil et du contrôle de gestion"],
    "essm": ["Étoile sportive Saint-Michel"],
    "feampa": ["Fonds européen pour les affaires maritimes, la pêche et l'aquaculture"],
    "ffbb": ["Fédération française de basket-ball"],
    "idfm": ["Île-de-France Mobilités"],
    "ifremer": ["Institut français de recherche pour l'exploitation de la mer"],
    "lcb-ft": ["lutte contre le blanchiment de capitaux et le financement du terrorisme"],
    "lfi": ["La France insoumise"],
    "lnb": ["Ligue nationale de basket"],
    "lr": ["Les Républicains"],
    "ocldi": ["Office central de lutte contre la délinquance itinérante"],
    "otv": ["opération tranquillité vacances"],
    "pge": ["prêt garanti par l'État"],
    "ps": ["Parti socialiste"],
    "psig": ["peloton de surveillance et d'intervention de la gendarmerie"],
    "ratp": ["Régie autonome des transports parisiens"],
    "selarl": ["société d'exercice libéral à responsabilité limitée"],
    "sgp": ["Société des grands projets"],
    "sr": ["section de recherches"],
    "vefa": ["vente en l'état futur d'achèvement"],
}


_x = partial(expansions, _OFF)


_fr = french_typography


_doc = document


# title-case press spellings used below that the builder's acronym lint must see
TITLECASE_ACRONYMS = {"vefa", "feampa", "ifremer", "cdc"}

DOCS = [
    # ======================================================================
    # 1. Regional press (Le Parisien 94 style): municipal council of L’Haÿ-les-Roses, land sale
    #    near a metro station; EPT, Métropole du Grand Paris, IDFM, SGP, DDFiP, CRC, parties.
    # ======================================================================
    _doc(
        id="blind-presse-lhay-les-roses-conseil-municipal",
        text="""Val-de-Marne
L’Haÿ-les-Roses : la vente des terrains près de la ligne 14 fait vaciller la majorité

L’Haÿ-les-Roses. La séance s’est achevée à une heure du matin. Mardi soir, le conseil municipal de L’Haÿ-les-Roses a approuvé, par 22 voix contre 17, la cession à la société Novalis Promotion d’une emprise de 1,8 hectare située près de la gare Chevilly Trois-Communes de la ligne 14. Trois élus de la majorité ont voté contre, dont l’adjointe à l’urbanisme, Florence Marchetti-Aubry, qui a quitté l’exécutif dans la foulée.

« Ce projet, c’est 420 logements, dont 30 % de logements sociaux, une crèche et une halle de marché. Il a été validé par l’établissement public territorial Grand-Orly Seine Bièvre et par la Métropole du Grand Paris », a défendu le maire (LR), Stéphane Vauclin, devant une salle comble.

Les opposants dénoncent un prix « bradé » : 14,2 millions d’euros, quand le service des Domaines avait évalué le terrain à 16,5 millions. « La direction départementale des finances publiques (DDFiP) du Val-de-Marne a rendu un avis, la commune s’en écarte sans justification sérieuse », attaque Karim Benslimane, chef de file de l’opposition (PS, LFI et Les Écologistes), qui annonce un recours devant le tribunal administratif de Melun.

Le bailleur Valophis Habitat, qui doit acquérir 126 logements en vente en l’état futur d’achèvement (Vefa), n’a pas souhaité commenter. Île-de-France Mobilités (IDFM) et la Société des grands projets (SGP), maître d’ouvrage du prolongement de la ligne jusqu’à l’aéroport d’Orly, rappellent que la RATP exploite la ligne depuis sa mise en service en juin 2024.

Florence Marchetti-Aubry dit avoir alerté dès janvier sur « l’absence d’étude de circulation » rue de Chevilly. « Je ne cautionnerai pas un projet qui ajoute 900 voitures à deux pas de la Roseraie du Val-de-Marne », a-t-elle déclaré au Parisien. Son départ réduit à trois sièges la marge du maire, élu en 2020 face à une liste d’union de la gauche.

La chambre régionale des comptes (CRC) d’Île-de-France avait déjà pointé, en 2023, « l’insuffisante traçabilité des cessions foncières » de la commune. Contactée, la préfecture du Val-de-Marne indique qu’elle examinera la délibération au titre du contrôle de légalité.

Prochain conseil municipal le 9 décembre, avec le vote du budget 2026.""",
        spans=[
            ("Val-de-Marne", "LOC"),
            ("L’Haÿ-les-Roses", "LOC"),
            ("conseil municipal de L’Haÿ-les-Roses", "ORG"),
            ("Novalis Promotion", "ORG"),
            ("Florence Marchetti-Aubry", "PER"),
            ("établissement public territorial Grand-Orly Seine Bièvre", "ORG"),
            ("Métropole du Grand Paris", "ORG"),
            ("LR", "ORG"),
            ("Stéphane Vauclin", "PER"),
            ("direction départementale des finances publiques", "ORG"),
            ("DDFiP", "ORG"),
            ("Karim Benslimane", "PER"),
            ("PS", "ORG"),
            ("LFI", "ORG"),
            ("Les Écologistes", "ORG"),
            ("tribunal administratif de Melun", "ORG"),
            ("Valophis Habitat", "ORG"),
            ("Île-de-France Mobilités", "ORG"),
            ("IDFM", "ORG"),
            ("Société des grands projets", "ORG"),
            ("SGP", "ORG"),
            ("Orly", "LOC"),
            ("RATP", "ORG"),
            ("Parisien", "ORG"),
            ("chambre régionale des comptes", "ORG"),
            ("CRC", "ORG"),
            ("Île-de-France", "LOC"),
            ("préfecture du Val-de-Marne", "ORG"),
        ],
        acronyms=[
            ("LR", "all", _x("LR")),
            ("DDFiP", "all", _x("DDFiP", "direction départementale des finances publiques")),
            ("PS", "all", _x("PS")),
            ("LFI", "all", _x("LFI")),
            ("Vefa", "all", _x("Vefa", "vente en l’état futur d’achèvement")),
            ("IDFM", "all", _x("IDFM", "Île-de-France Mobilités")),
            ("SGP", "all", _x("SGP", "Société des grands projets")),
            ("RATP", "all", _x("RATP")),
            ("CRC", "all", _x("CRC", "chambre régionale des comptes")),
        ],
        ignore=[
            ("gare Chevilly Trois-Communes",),
            ("adjointe à l’urbanisme",),
            ("maire",),
            ("service des Domaines",),
            ("chef de file de l’opposition",),
            ("rue de Chevilly",),
            ("Roseraie du Val-de-Marne",),
        ],
        not_acronyms=[],
    ),
    # ======================================================================
    # 2. Regional press (Sud Ouest style): oyster farming on Oléron, companies named without a
    #    legal form, Feampa, Ifremer, CRC (the shellfish committee), CdC (thin no-break spaces).
    # ======================================================================
    _doc(
        id="blind-presse-oleron-ostreiculture",
        thin=True,
        text="""Charente-Maritime
Huîtres : Ostréa Oléron investit 6 millions pour produire son propre naissain

Dolus-d’Oléron. Sur le site ostréicole de la Baudissière, les engins de chantier ont pris la place des tables à huîtres. Ostréa Oléron, premier expéditeur de l’île avec 2 400 tonnes par an, y construit une écloserie et un bassin de purification, un chantier de 6,2 millions d’euros qui doit être livré au printemps 2027.

« Avec les mortalités de 2024, nous avons perdu près d’un tiers de nos huîtres de deux ans ; produire notre naissain, c’est ne plus dépendre des captages », explique Laurent Giraudeau, qui dirige l’entreprise familiale avec sa sœur Émilie depuis 2016.

Le projet reçoit 1,4 million d’euros du Fonds européen pour les affaires maritimes, la pêche et l’aquaculture (Feampa), dont la Région Nouvelle-Aquitaine est l’autorité de gestion, et un prêt de Bpifrance. Les analyses de l’eau seront confiées au laboratoire départemental Qualyse, et l’Ifremer, dont la station de La Tremblade suit les mortalités depuis 2008, apportera son appui scientifique.

Le Comité régional de la conchyliculture Poitou-Charentes (CRC) salue « un investissement structurant pour tout le bassin de Marennes-Oléron ». Son président, Jean-Marc Bouineau, rappelle que la profession emploie près de 4 000 personnes sur le bassin et a obtenu en 2025, après avis de l’ARS Nouvelle-Aquitaine, le reclassement de plusieurs zones de production.

Ostréa Oléron n’est pas seule à investir. À Saint-Pierre-d’Oléron, Cotinière Marée, mareyeur installé sur le port de La Cotinière, a repris en septembre les locaux de Marais Salants Distribution, placée en liquidation judiciaire par le tribunal de commerce de La Rochelle. À Bourcefranc-le-Chapus, la jeune pousse Atlantique Naissain a levé 800 000 euros pour ses capteurs connectés.

Reste la question de l’eau douce. « Les apports de la Charente sont de plus en plus faibles l’été », s’inquiète Émilie Giraudeau. La Communauté de communes de l’île d’Oléron (CdC) a lancé avec l’Agence de l’eau Adour-Garonne une étude sur les prélèvements, dont les résultats sont attendus en juin. Ostréa Oléron, qui emploie 38 salariés en CDI et jusqu’à 70 saisonniers, prévoit une dizaine d’embauches au Château-d’Oléron.""",
        spans=[
            ("Charente-Maritime", "LOC"),
            ("Ostréa Oléron", "ORG"),
            ("Dolus-d’Oléron", "LOC"),
            ("Baudissière", "LOC"),
            ("Laurent Giraudeau", "PER"),
            ("Émilie", "PER"),
            ("Région Nouvelle-Aquitaine", "ORG"),
            ("Bpifrance", "ORG"),
            ("Qualyse", "ORG"),
            ("Ifremer", "ORG"),
            ("La Tremblade", "LOC"),
            ("Comité régional de la conchyliculture Poitou-Charentes", "ORG"),
            ("CRC", "ORG"),
            ("Marennes-Oléron", "LOC"),
            ("Jean-Marc Bouineau", "PER"),
            ("ARS Nouvelle-Aquitaine", "ORG"),
            ("Saint-Pierre-d’Oléron", "LOC"),
            ("Cotinière Marée", "ORG"),
            ("La Cotinière", "LOC"),
            ("Marais Salants Distribution", "ORG"),
            ("tribunal de commerce de La Rochelle", "ORG"),
            ("Bourcefranc-le-Chapus", "LOC"),
            ("Atlantique Naissain", "ORG"),
            ("Charente", "LOC"),
            ("Émilie Giraudeau", "PER"),
            ("Communauté de communes de l’île d’Oléron", "ORG"),
            ("CdC", "ORG"),
            ("Agence de l’eau Adour-Garonne", "ORG"),
            ("Château-d’Oléron", "LOC"),
        ],
        acronyms=[
            (
                "Feampa",
                "all",
                _x("Feampa", "Fonds européen pour les affaires maritimes, la pêche et l’aquaculture"),
            ),
            ("Ifremer", "all", _x("Ifremer")),
            (
                "CRC",
                "all",
                [
                    "Comité régional de la conchyliculture Poitou-Charentes",
                    "Comité régional de la conchyliculture",
                ],
            ),
            ("ARS", "all", None),
            ("CdC", "all", _x("CdC", "Communauté de communes de l’île d’Oléron")),
            ("CDI", "all", _x("CDI")),
        ],
        ignore=[
            ("Son président",),
        ],
        not_acronyms=[],
    ),
    # ======================================================================
    # 3. Sports (La Voix du Nord style): basketball, clubs by town, LNB, DNCCG, FFBB, a sponsor-
    #    named league, arenas, a national team (curly apostrophes).
    # ======================================================================
    _doc(
        id="blind-presse-le-portel-basket",
        text="""Basket – Betclic Élite
Le Portel renverse Cholet au buzzer et respire enfin

Le Portel. Il a fallu attendre la dernière seconde pour que le Chaudron explose. Menés de douze points à la pause, les Portelois ont renversé Cholet (81-79), samedi soir, lors de la 11e journée de Betclic Élite, grâce à un panier à trois points de leur meneur, Dylan Mabika-Roussel.

« On était morts à la mi-temps. Le public nous a portés, c’est pour ça qu’on joue ici », souffle l’entraîneur de l’ESSM, Grégory Vasseur, au micro de France 3 Hauts-de-France. En face, le coach choletais, Fabien Morineau, regrettait « quinze balles perdues, dont cinq dans le dernier quart-temps ».

Avec ce succès, Le Portel remonte à la 13e place, deux victoires devant Gravelines-Dunkerque, lanterne rouge, qu’il retrouvera pour le derby de la Côte d’Opale le 20 décembre au Sportica. Cholet Basket, qui recevra Nanterre 92 samedi prochain, glisse au 9e rang.

En coulisses, le club attend toujours le verdict de la Direction nationale du conseil et du contrôle de gestion (DNCCG) de la Ligue nationale de basket (LNB), qui avait placé l’ESSM Le Portel sous encadrement de la masse salariale en juin. Le président, Hervé Delattre, assure que « les comptes sont à l’équilibre grâce à la Communauté d’agglomération du Boulonnais et à nos partenaires ».

La Fédération française de basket-ball (FFBB) a par ailleurs convoqué l’ailier portelois Ousmane Keïta-Dumas avec l’équipe de France pour la fenêtre de qualification à la Coupe du monde 2027 au Qatar. La LNB a confirmé que le derby serait diffusé en clair sur France 3 Hauts-de-France.""",
        spans=[
            ("Le Portel", "ORG", [0, 2]),
            ("Le Portel", "LOC", 1),
            ("Cholet", "ORG"),
            ("Dylan Mabika-Roussel", "PER"),
            ("ESSM", "ORG"),
            ("Grégory Vasseur", "PER"),
            ("France 3 Hauts-de-France", "ORG"),
            ("Fabien Morineau", "PER"),
            ("Gravelines-Dunkerque", "ORG"),
            ("Côte d’Opale", "LOC"),
            ("Cholet Basket", "ORG"),
            ("Nanterre 92", "ORG"),
            ("Direction nationale du conseil et du contrôle de gestion", "ORG"),
            ("DNCCG", "ORG"),
            ("Ligue nationale de basket", "ORG"),
            ("LNB", "ORG"),
            ("ESSM Le Portel", "ORG"),
            ("Hervé Delattre", "PER"),
            ("Communauté d’agglomération du Boulonnais", "ORG"),
            ("Fédération française de basket-ball", "ORG"),
            ("FFBB", "ORG"),
            ("Ousmane Keïta-Dumas", "PER"),
            ("Qatar", "LOC"),
        ],
        acronyms=[
            ("ESSM", "all", _x("ESSM")),
            (
                "DNCCG",
                "all",
                _x("DNCCG", "Direction nationale du conseil et du contrôle de gestion"),
            ),
            ("LNB", "all", _x("LNB", "Ligue nationale de basket")),
            ("FFBB", "all", _x("FFBB", "Fédération française de basket-ball")),
        ],
        ignore=[
            ("Betclic Élite",),
            ("Chaudron",),
            ("Sportica",),
            ("Le président",),
            ("équipe de France",),
            ("Coupe du monde 2027",),
        ],
        not_acronyms=[],
    ),
    # ======================================================================
    # 4. Business press (Les Echos style): a listed company in receivership, AMF, CIRI, PGE,
    #    receivers, a union, and an ACPR sanction against a payment institution (thin no-break spaces).
    # ======================================================================
    _doc(
        id="blind-presse-nautilia-redressement-amf",
        thin=True,
        text="""Entreprises & Marchés
Nautilia en redressement judiciaire, l’AMF enquête sur sa communication financière

Le tribunal de commerce de Saint-Nazaire a placé mardi en redressement judiciaire Nautilia, le fabricant de moteurs électriques pour bateaux de plaisance coté à Paris depuis 2021. La cotation de l’action, qui a perdu 87 % depuis janvier, était suspendue depuis vendredi à la demande de l’Autorité des marchés financiers (AMF).

Le tribunal a ouvert une période d’observation de six mois et désigné comme administratrice judiciaire Me Claire Le Meur, de la SELARL Le Meur & Associés, et comme mandataire judiciaire Me Bertrand Aubineau. La conciliation ouverte en juin sous l’égide du comité interministériel de restructuration industrielle (CIRI) n’a pas permis d’accord avec les créanciers, dont Bpifrance et la Banque de Saintonge, qui portent l’essentiel du prêt garanti par l’État (PGE) de 18 millions d’euros souscrit en 2020.

« Nous avons sous-estimé le temps nécessaire pour industrialiser nos moteurs à Montoir-de-Bretagne ; nous en tirons les leçons », reconnaît le PDG et fondateur, Yoann Keraudren, qui reste en fonction. L’entreprise, qui emploie 212 salariés, a réalisé en 2024 un chiffre d’affaires de 31,4 millions d’euros pour une perte nette de 22 millions. Son commissaire aux comptes, le cabinet Ouestaudit, avait émis une réserve sur la continuité d’exploitation. La CFDT, majoritaire dans l’entreprise, réclame « des garanties écrites sur l’emploi » à tout repreneur.

Le gendarme de la Bourse s’intéresse, lui, aux communiqués du printemps, qui annonçaient « une commande ferme de 4 000 moteurs » d’un chantier naval norvégien, jamais confirmée, selon une information d’Ouest-France. L’AMF pourrait saisir sa commission des sanctions.

Ce n’est pas le seul dossier qui occupe les régulateurs dans l’ouest du pays. L’Autorité de contrôle prudentiel et de résolution (ACPR) a prononcé jeudi un blâme et une sanction de 450 000 euros contre Payliane, établissement de paiement nantais, pour des manquements à ses obligations de lutte contre le blanchiment de capitaux et le financement du terrorisme (LCB-FT). La commission des sanctions de l’ACPR relève que 1 300 opérations atypiques n’avaient fait l’objet d’aucune déclaration à Tracfin. Payliane, qui conteste, a deux mois pour saisir le Conseil d’État.""",
        spans=[
            ("Nautilia", "ORG"),
            ("AMF", "ORG"),
            ("tribunal de commerce de Saint-Nazaire", "ORG"),
            ("Paris", "LOC"),
            ("Autorité des marchés financiers", "ORG"),
            ("Claire Le Meur", "PER"),
            ("SELARL Le Meur & Associés", "ORG"),
            ("Bertrand Aubineau", "PER"),
            ("comité interministériel de restructuration industrielle", "ORG"),
            ("CIRI", "ORG"),
            ("Bpifrance", "ORG"),
            ("Banque de Saintonge", "ORG"),
            ("Montoir-de-Bretagne", "LOC"),
            ("Yoann Keraudren", "PER"),
            ("Ouestaudit", "ORG"),
            ("CFDT", "ORG"),
            ("Ouest-France", "ORG"),
            ("Autorité de contrôle prudentiel et de résolution", "ORG"),
            ("ACPR", "ORG"),
            ("Payliane", "ORG"),
            ("commission des sanctions de l’ACPR", "ORG"),
            ("Tracfin", "ORG"),
            ("Conseil d’État", "ORG"),
        ],
        acronyms=[
            ("AMF", "all", _x("AMF", "Autorité des marchés financiers")),
            ("SELARL", "all", _x("SELARL")),
            ("CIRI", "all", _x("CIRI", "comité interministériel de restructuration industrielle")),
            ("PGE", "all", _x("PGE", "prêt garanti par l’État")),
            ("PDG", "all", None),
            ("CFDT", "all", _x("CFDT")),
            ("ACPR", "all", _x("ACPR", "Autorité de contrôle prudentiel et de résolution")),
            (
                "LCB-FT",
                "all",
                _x("LCB-FT", "lutte contre le blanchiment de capitaux et le financement du terrorisme"),
            ),
            ("Tracfin", "all", None),
        ],
        ignore=[
            ("Entreprises & Marchés",),
            ("administratrice judiciaire",),
            ("mandataire judiciaire",),
            ("État", 0),
            ("PDG et fondateur",),
            ("commissaire aux comptes",),
            ("gendarme de la Bourse",),
            ("commission des sanctions", 0),
        ],
        not_acronyms=[
            ("Me",),
        ],
    ),
    # ======================================================================
    # 5. Gendarmerie press release (Ariège): burglaries, BR, SR, OCLDI, PSIG, Guardia Civil,
    #    Policia d'Andorra, Eurojust (straight apostrophes).
    # ======================================================================
    _doc(
        id="blind-communique-gendarmerie-ariege-cambriolages",
        text="""GENDARMERIE NATIONALE
Groupement de gendarmerie départementale de l'Ariège

COMMUNIQUÉ DE PRESSE
Foix, le 27 février 2026

Cambriolages en série dans le Couserans : quatre interpellations, un entrepôt découvert en Espagne

Après quatre mois d'enquête, les militaires de la brigade de recherches (BR) de Saint-Girons, appuyés par la section de recherches (SR) de Toulouse et l'Office central de lutte contre la délinquance itinérante (OCLDI), ont interpellé le 24 février quatre hommes âgés de 22 à 41 ans, soupçonnés d'avoir commis au moins 37 cambriolages de résidences secondaires et d'exploitations agricoles en Ariège et en Haute-Garonne depuis l'automne 2025.

Les interpellations ont eu lieu simultanément à Saint-Girons, Seix et Saint-Gaudens, avec l'appui du peloton de surveillance et d'intervention de la gendarmerie (PSIG) de Foix et d'une équipe cynophile. Le même jour, la Guardia Civil a perquisitionné, à la demande d'un juge d'instruction du tribunal judiciaire de Foix et avec l'appui d'Eurojust, un entrepôt situé près de Lleida (Catalogne), où ont été retrouvés des outils agricoles, trois quads et un tracteur volés en Ariège. La Policia d'Andorra a de son côté identifié deux comptes bancaires ouverts à Andorre-la-Vieille.

Placés en garde à vue dans les locaux de la compagnie de gendarmerie départementale de Saint-Girons, trois suspects ont été mis en examen pour vols en bande organisée et recel, et placés en détention provisoire à la maison d'arrêt de Foix ; le quatrième a été placé sous contrôle judiciaire.

Une partie du butin a déjà été restituée à ses propriétaires. « Notez les numéros de série de votre matériel et signalez tout véhicule suspect en composant le 17 », rappelle le colonel Sébastien Vidalou, qui commande le groupement. Avant de vous absenter, pensez également à l'opération tranquillité vacances (OTV), ouverte toute l'année dans les brigades. La chambre d'agriculture de l'Ariège relaiera ces conseils auprès des exploitants.

Contact presse : cellule communication du groupement - Tél. : 05 61 05 37 00 - ggd09-communication@gendarmerie.interieur.gouv.fr""",
        spans=[
            ("GENDARMERIE NATIONALE", "ORG"),
            ("Groupement de gendarmerie départementale de l'Ariège", "ORG"),
            ("Foix", "LOC"),
            ("Couserans", "LOC"),
            ("Espagne", "LOC"),
            ("brigade de recherches", "ORG"),
            ("BR", "ORG"),
            ("Saint-Girons", "LOC"),
            ("section de recherches", "ORG"),
            ("SR", "ORG"),
            ("Toulouse", "LOC"),
            ("Office central de lutte contre la délinquance itinérante", "ORG"),
            ("OCLDI", "ORG"),
            ("Ariège", "LOC"),
            ("Haute-Garonne", "LOC"),
            ("Seix", "LOC"),
            ("Saint-Gaudens", "LOC"),
            ("peloton de surveillance et d'intervention de la gendarmerie", "ORG"),
            ("PSIG", "ORG"),
            ("Guardia Civil", "ORG"),
            ("tribunal judiciaire de Foix", "ORG"),
            ("Eurojust", "ORG"),
            ("Lleida", "LOC"),
            ("Catalogne", "LOC"),
            ("Policia d'Andorra", "ORG"),
            ("Andorre-la-Vieille", "LOC"),
            ("compagnie de gendarmerie départementale de Saint-Girons", "ORG"),
            ("Sébastien Vidalou", "PER"),
            ("chambre d'agriculture de l'Ariège", "ORG"),
        ],
        acronyms=[
            ("BR", "all", _x("BR")),
            ("SR", "all", _x("SR")),
            ("OCLDI", "all", _x("OCLDI", "Office central de lutte contre la délinquance itinérante")),
            ("PSIG", "all", _x("PSIG")),
            ("Eurojust", "all", None),
            ("OTV", "all", _x("OTV")),
        ],
        ignore=[
            ("COMMUNIQUÉ DE PRESSE",),
            ("juge d'instruction",),
            ("cellule communication du groupement",),
        ],
        not_acronyms=[
            ("GENDARMERIE NATIONALE",),
            ("COMMUNIQUÉ DE PRESSE",),
        ],
    ),
]
