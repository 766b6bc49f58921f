"""Unseen gold texts in three layouts the other sets have least of: a typed letter of 1963 as
converted by OCR (errors left in), a wiki-style page in Markdown about a local institution (the
Centre spatial guyanais, Kourou) and a messaging-app export between two people, mostly in lower
case (Lorraine and Luxembourg).

Written for seedner and annotated by hand, per ../shared/gold/GUIDELINES.md and the conventions
of tests/data/gold/README.md, scripts/gold_everyday/, scripts/gold_holdout/ and
scripts/gold_blind/, before seedner was run on any of them. Ministries, agencies, bodies,
companies, associations and places are real, with their official names (those of 1963 in the
letter); all people, figures, quotes and the letter itself are fictional.

Typography: the OCR letter and the chat export keep plain spaces and straight apostrophes
(``typo=False``); the Markdown page gets French typography from ``_fr()`` as in press.py, with
curly apostrophes (``curly=True``).

Conventions decided here, on top of the README and the everyday, holdout and blind modules:
- OCR: a name is annotated as the OCR gives it, errors included, as one span from its first to
  its last character (``Saint-Aig nan`` split by a stray space, ``Pont1evoy`` with a digit for a
  letter, ``Mont-\\nrichard`` hyphenated across a line); an elided article read ``I'`` stays out
  of the span like ``l'``; a token with a digit inside a word (``Pont1evoy``) is a not-acronym;
  ligatures (U+FB01, U+FB02) and stray characters (``|``) are left in the text; the letterhead
  names two bodies (ORG spans with their line breaks, words listed as not-acronyms); units of
  the service or of the préfecture (``Arrondissement de Romorantin``, ``Subdivision de Contres``,
  ``Service de la Navigation``, ``Cabinet - Service de la Protection civile``) are ignored
  whole; roles (``Préfet de Loir-et-Cher``, ``Maire de Mont-\\nrichard``, ``éclusier de
  Thésée``, the engineers) are ignored; dotted initialisms (``E.D.F.``, ``P.T.T.``,
  ``S.N.C.F.``) are acronym mentions and ORG spans with their final dot, as ``P.-O.`` in the
  holdout chat; ``I'écluse de Thésée`` gives the town as a LOC;
- Markdown: headings (``#``, ``##``) and bold text are annotated like the body (the page title
  ``Centre spatial guyanais`` is an ORG); link texts are annotated, the URLs hold nothing; table
  cells are annotated like text; launchers and rockets (``Ariane 6``, ``Soyouz``, ``Véronique``,
  ``Vega-C``) are products: ignored; a unit of a body (``direction du transport spatial``) is
  ignored; ``3e régiment étranger d'infanterie`` and ``3e REI`` keep the ordinal (one ORG
  each), the acronym mention is ``REI``; a launch site named after a place (``base
  d'Hammaguir``, ``ensemble de lancement de Sinnamary``) gives the place as a LOC; the programme
  ``Phèdre`` is MISC: ignored;
- chat export: the sender names at the head of each line are PER spans like mentions in the
  messages; the system lines carry nothing; lower-case names, bodies, places and acronyms are
  annotated as written (``cargolux``, ``caf de meurthe-et-moselle``, ``cns``, ``antai``); ``la
  poste`` gives ``poste`` (as ``la Poste`` in the guidelines); ``mercy`` (a hospital site named
  after its place) is a facility: ignored; texting initialisms made of initial letters (``mdr``)
  are acronym mentions like ``mp`` in the holdout chat, while clipped words (``taf``,
  ``rééduc``, ``sécu``, ``dr``) are not; lower-case road numbers would carry nothing.
"""

from functools import partial

from gold_text import document, expansions, french_typography

_OFF = {
    "antai": ["Agence nationale de traitement automatisé des infractions"],
    "apl": ["aide personnalisée au logement"],
    "caf": ["caisse d'allocations familiales"],
    "ccds": ["communauté de communes des Savanes"],
    "cdi": ["contrat à durée indéterminée"],
    "chr": ["centre hospitalier régional"],
    "cnes": ["Centre national d'études spatiales"],
    "cns": ["Caisse nationale de santé"],
    "cpam": ["caisse primaire d'assurance maladie"],
    "csg": ["Centre spatial guyanais"],
    "ctg": ["Collectivité territoriale de Guyane"],
    "e.d.f.": ["Électricité de France"],
    "esa": ["Agence spatiale européenne", "European Space Agency"],
    "fag": ["Forces armées en Guyane"],
    "insee": ["Institut national de la statistique et des études économiques"],
    "mdr": ["mort de rire"],
    "ofb": ["Office français de la biodiversité"],
    "p.t.t.": ["Postes, télégraphes et téléphones", "Postes et Télécommunications"],
    "pib": ["produit intérieur brut"],
    "pv": ["procès-verbal", "procès-verbaux"],
    "rei": ["régiment étranger d'infanterie"],
    "s.n.c.f.": ["Société nationale des chemins de fer français"],
    "sncf": ["Société nationale des chemins de fer français"],
    "ter": ["transport express régional", "train express régional"],
}


_x = partial(expansions, _OFF)


_fr = french_typography


_doc = partial(document, typeset_expansions=True)


TITLECASE_ACRONYMS = {"insee"}

DOCS = [
    # ======================================================================
    # 1. Typed letter of 1963 (Ponts et Chaussées de Loir-et-Cher to the préfet) as converted by
    #    OCR: letterhead, hard wraps, hyphenations, « I' » for « l' », « rn » for « m », a digit
    #    for a letter, a split word, ligatures, a stray bar, dotted initialisms (plain spaces).
    # ======================================================================
    _doc(
        id="unseen-ocr-lettre-ponts-chaussees-cher-1963",
        typo=False,
        text="""MINISTÈRE DES TRAVAUX PUBLICS
ET DES TRANSPORTS                        RÉPUBLIQUE FRANÇAISE
SERVICE ORDINAIRE DES PONTS
ET CHAUSSÉES DE LOIR-ET-CHER
Arrondissement de Romorantin
N° 1247

                                   Blois, le 14 février 1963

L'Ingénieur en Chef des Ponts et Chaussées
à Monsieur le Préfet de Loir-et-Cher
(Cabinet - Service de la Protection civile)

0bjet : Dégâts causés par les glaces sur le Cher
        entre Selles-sur-Cher et Montrichard.
Réf. : Votre lettre n° 318 du 5 février 1963.

Monsieur le Préfet,

J'ai I'honneur de vous rendre compte des constatations faites
par mes services à la suite de la débâcle des glaces survenue
sur le Cher dans la nuit du 2 au 3 février.

1°) Ouvrages de navigation. — Les barrages à aiguilles de
Saint-Aig nan et de Mareuil-sur-Cher ont été sérieusement
endornmagés ; cinq fermettes ont été arrachées par les glaçons
\ufb02ottants et I'écluse de Thésée reste inutilisable. Le Service
de la Navigation estime le montant des réparations à 185.000 F.

2°) Ponts. — Le pont suspendu de Saint-Aignan n'a pas souffert ;
en revanche la pile n° 3 du pont de Montrichard présente des
affouillements importants. J'ai prescrit la limitation du
tonnage à 8 tonnes et j'en ai avisé M. le Maire de Mont-
richard ainsi que la Subdivision de Contres.

3°) Réseaux. — L'Électricité de France (E.D.F.) a rétabli le
6 février la ligne de Noyers-sur-Cher ; les lignes téléphoni-
ques des P.T.T. entre Saint-Aignan et Pont1evoy étaient encore
coupées le 10. La S.N.C.F. me fait savoir que la ligne de
Tours à Vierzon n'a pas été atteinte.

| 4°) Riverains. — Une quarantaine d'habitations ont été inondées
à Chissay-en-Touraine et à Bourré. La Croix-Rouge française
et les services de la Préfecture ont assuré l'héberge-
ment de 31 personnes. Je crois devoir vous signaler le dé-
vouement de M. Marcel Guignard, conducteur de travaux, et
de I'éclusier de Thésée, M. René Pasquier, qui a sauvé deux
enfants.

Je vous propose de solliciter du Ministère l'inscription d'un
crédit de 420.000 F au titre des calamités publiques ; le dos-
sier technique vous sera transmis par M. I'Ingénieur de I'ar-
rondissement dans la huitaine. Les crédits dont je dispose
ne sont pas suf\ufb01sants pour engager les travaux d'urgence.

Veuillez agréer, Monsieur le Préfet, I'assurance de ma haute
considération.
                                   L'Ingénieur en Chef,

                                   P. LAVERGNE
- 2 -""",
        spans=[
            ("MINISTÈRE DES TRAVAUX PUBLICS\nET DES TRANSPORTS", "ORG"),
            ("SERVICE ORDINAIRE DES PONTS\nET CHAUSSÉES DE LOIR-ET-CHER", "ORG"),
            ("Blois", "LOC"),
            ("Cher", "LOC"),
            ("Selles-sur-Cher", "LOC"),
            ("Montrichard", "LOC"),
            ("Saint-Aig nan", "LOC"),
            ("Mareuil-sur-Cher", "LOC"),
            ("Thésée", "LOC"),
            ("Saint-Aignan", "LOC"),
            ("Électricité de France", "ORG"),
            ("E.D.F.", "ORG"),
            ("Noyers-sur-Cher", "LOC"),
            ("P.T.T.", "ORG"),
            ("Pont1evoy", "LOC"),
            ("S.N.C.F.", "ORG"),
            ("Tours", "LOC"),
            ("Vierzon", "LOC"),
            ("Chissay-en-Touraine", "LOC"),
            ("Bourré", "LOC"),
            ("Croix-Rouge française", "ORG"),
            ("Marcel Guignard", "PER"),
            ("René Pasquier", "PER"),
            ("P. LAVERGNE", "PER"),
        ],
        acronyms=[
            ("E.D.F.", "all", _x("E.D.F.", "Électricité de France")),
            ("P.T.T.", "all", _x("P.T.T.")),
            ("S.N.C.F.", "all", _x("S.N.C.F.")),
        ],
        ignore=[
            ("RÉPUBLIQUE FRANÇAISE",),
            ("Arrondissement de Romorantin",),
            ("Ingénieur en Chef des Ponts et Chaussées",),
            ("Préfet de Loir-et-Cher",),
            ("Préfet",),
            ("Cabinet - Service de la Protection civile",),
            ("Service\nde la Navigation",),
            ("Maire de Mont-\nrichard",),
            ("Subdivision de Contres",),
            ("Préfecture",),
            ("conducteur de travaux",),
            ("éclusier de Thésée",),
            ("Ministère",),
            ("Ingénieur de I'ar-\nrondissement",),
            ("Ingénieur en Chef",),
        ],
        not_acronyms=[
            ("MINISTÈRE DES TRAVAUX PUBLICS\nET DES TRANSPORTS",),
            ("RÉPUBLIQUE FRANÇAISE",),
            ("SERVICE ORDINAIRE DES PONTS\nET CHAUSSÉES DE LOIR-ET-CHER",),
            ("N° 1247",),
            ("M.",),
            ("Pont1evoy",),
            ("LAVERGNE",),
        ],
    ),
    # ======================================================================
    # 2. Wiki-style page in Markdown: the Centre spatial guyanais (Kourou): headings, bold,
    #    bullet list, a table, links [text](url), an italic footer (curly apostrophes).
    # ======================================================================
    _doc(
        id="unseen-wiki-centre-spatial-guyanais",
        curly=True,
        text="""# Centre spatial guyanais

Le **Centre spatial guyanais** (CSG) est la base de lancement française et européenne, située à [Kourou](https://fr.wikipedia.org/wiki/Kourou), en [Guyane](https://fr.wikipedia.org/wiki/Guyane). Il est exploité par le [Centre national d'études spatiales](https://cnes.fr) (CNES) pour le compte de l'[Agence spatiale européenne](https://www.esa.int) (ESA), et accueille les lanceurs commercialisés par Arianespace.

## Histoire

- **1964** : le gouvernement choisit le site de Kourou, proche de l'équateur, pour remplacer la base d'Hammaguir, en Algérie.
- **1968** : premier lancement depuis la Guyane, une fusée-sonde Véronique.
- **1979** : premier vol d'Ariane 1.
- **2011** : premier lancement d'une fusée Soyouz, depuis l'ensemble de lancement de Sinnamary.
- **2024** : premier vol d'Ariane 6.

## Organisation

Le CSG emploie environ 1 700 personnes, dont une partie au sein des entreprises de la base. Il relève de la direction du transport spatial du CNES. La protection du site est assurée par les Forces armées en Guyane (FAG), notamment par le 3e régiment étranger d'infanterie (3e REI), stationné à Kourou.

| Entité | Rôle sur la base |
|---|---|
| CNES | opérateur de la base, sauvegarde des vols |
| ESA | financement des ensembles de lancement |
| Arianespace | commercialisation et exploitation des lanceurs |
| ArianeGroup | intégration d'Ariane 6 |
| Avio | intégration de Vega-C |

## Environnement

Le CSG s'étend sur près de 700 km² entre Kourou et Sinnamary, le long de l'océan Atlantique. Une convention avec l'Office français de la biodiversité (OFB) et l'association Kwata encadre le suivi des tortues marines sur les plages de la commune. Les îles du Salut, au large de Kourou, se trouvent sous la trajectoire des lanceurs et sont évacuées à chaque tir.

## Économie locale

Selon l'Institut national de la statistique et des études économiques (Insee), l'activité spatiale représente environ 15 % du PIB de la Guyane. La Collectivité territoriale de Guyane (CTG) et la communauté de communes des Savanes (CCDS) cofinancent avec le CNES le programme [Phèdre](https://guyane.cnes.fr/phedre) d'aide aux entreprises locales.

## Voir aussi

- [Cayenne](https://fr.wikipedia.org/wiki/Cayenne)
- [Arianespace](https://www.arianespace.com)
- [Le CSG sur le site du CNES](https://cnes.fr/fr/csg)

*Dernière modification : 12 janvier 2026, par Jérémie Sabayo.*""",
        spans=[
            ("Centre spatial guyanais", "ORG"),
            ("CSG", "ORG"),
            ("Kourou", "LOC"),
            ("Guyane", "LOC"),
            ("Centre national d'études spatiales", "ORG"),
            ("CNES", "ORG"),
            ("Agence spatiale européenne", "ORG"),
            ("ESA", "ORG"),
            ("Arianespace", "ORG"),
            ("Hammaguir", "LOC"),
            ("Algérie", "LOC"),
            ("Sinnamary", "LOC"),
            ("Forces armées en Guyane", "ORG"),
            ("FAG", "ORG"),
            ("3e régiment étranger d'infanterie", "ORG"),
            ("3e REI", "ORG"),
            ("ArianeGroup", "ORG"),
            ("Avio", "ORG"),
            ("océan Atlantique", "LOC"),
            ("Office français de la biodiversité", "ORG"),
            ("OFB", "ORG"),
            ("Kwata", "ORG"),
            ("îles du Salut", "LOC"),
            ("Institut national de la statistique et des études économiques", "ORG"),
            ("Insee", "ORG"),
            ("Collectivité territoriale de Guyane", "ORG"),
            ("CTG", "ORG"),
            ("communauté de communes des Savanes", "ORG"),
            ("CCDS", "ORG"),
            ("Cayenne", "LOC"),
            ("Jérémie Sabayo", "PER"),
        ],
        acronyms=[
            ("CSG", "all", _x("CSG", "Centre spatial guyanais")),
            ("CNES", "all", _x("CNES", "Centre national d'études spatiales")),
            ("ESA", "all", _x("ESA", "Agence spatiale européenne")),
            ("FAG", "all", _x("FAG", "Forces armées en Guyane")),
            ("REI", "all", _x("REI", "régiment étranger d'infanterie")),
            ("OFB", "all", _x("OFB", "Office français de la biodiversité")),
            ("Insee", "all", _x("Insee", "Institut national de la statistique et des études économiques")),
            ("PIB", "all", _x("PIB")),
            ("CTG", "all", _x("CTG", "Collectivité territoriale de Guyane")),
            ("CCDS", "all", _x("CCDS", "communauté de communes des Savanes")),
        ],
        ignore=[
            ("Véronique",),
            ("Ariane 1",),
            ("Soyouz",),
            ("Ariane 6",),
            ("direction du transport spatial",),
            ("Vega-C",),
            ("Phèdre",),
        ],
        not_acronyms=[],
    ),
    # ======================================================================
    # 3. Messaging-app export between a sister and a brother (Nancy, Thionville, Luxembourg,
    #    Metz area): dated lines with the sender, system lines, emoji, lower case throughout
    #    the messages (plain spaces, straight apostrophes).
    # ======================================================================
    _doc(
        id="unseen-chat-export-demenagement-lorraine",
        typo=False,
        text="""14/03/2026 18:40 - Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même le service de messagerie, ne peut les lire ou les écouter.
14/03/2026 18:41 - Inès: coucou t'es dispo ce soir ? faut que je te parle du déménagement
14/03/2026 18:43 - Yanis Haddad: ouais après 20h, je sors du taf. quoi de neuf
14/03/2026 18:44 - Inès: j'ai eu le cdi chez cargolux !!! je commence le 4 mai, c'est à côté de l'aéroport
14/03/2026 18:44 - Yanis Haddad: ahhh trop bien bravo 🎉🎉 donc tu quittes nancy ?
14/03/2026 18:46 - Inès: oui je cherche à thionville ou à hettange-grande, le ter jusqu'à luxembourg c'est 30 min. depuis nancy c'est 1h40 avec les retards sncf
14/03/2026 18:47 - Yanis Haddad: fais gaffe les loyers à thionville ont explosé avec les frontaliers. regarde vers yutz ou florange plutôt
14/03/2026 18:49 - Inès: ok. et pour la caf je fais quoi ? je touche les apl à nancy
14/03/2026 18:50 - Yanis Haddad: tu déclares ton changement d'adresse sur le site, ton dossier passe de la caf de meurthe-et-moselle à celle de la moselle. et préviens la cpam
14/03/2026 18:51 - Yanis Haddad: pour la sécu tu seras affiliée à la cns côté luxembourg je crois. demande à karim il bosse à la société générale au luxembourg, il connaît tout ça
14/03/2026 18:53 - Inès: ok merci. au fait papa sort quand de l'hôpital ?
14/03/2026 18:55 - Yanis Haddad: lundi normalement. il est toujours à mercy, le dr lambert passe demain. le chr veut qu'il fasse de la rééduc après
14/03/2026 18:56 - Inès: ok je monte samedi. tu peux récupérer ses affaires chez lui à woippy ? et son courrier, y a un recommandé qui l'attend à la poste
14/03/2026 18:58 - Yanis Haddad: oui j'y passe demain. il a aussi reçu un pv pour le parking de l'hôpital 🙄 je vais contester sur le site de l'antai
14/03/2026 18:58 - Yanis Haddad: <Médias omis>
14/03/2026 19:02 - Inès: mdr classique. bon je file, cours de zumba. bisous
14/03/2026 19:02 - Yanis Haddad: bisous et encore bravo pour le taf 💪""",
        spans=[
            ("Inès", "PER"),
            ("Yanis Haddad", "PER"),
            ("cargolux", "ORG"),
            ("nancy", "LOC"),
            ("thionville", "LOC"),
            ("hettange-grande", "LOC"),
            ("luxembourg", "LOC"),
            ("sncf", "ORG"),
            ("yutz", "LOC"),
            ("florange", "LOC"),
            ("caf", "ORG"),
            ("caf de meurthe-et-moselle", "ORG"),
            ("moselle", "LOC"),
            ("cpam", "ORG"),
            ("cns", "ORG"),
            ("karim", "PER"),
            ("société générale", "ORG"),
            ("lambert", "PER"),
            ("chr", "ORG"),
            ("woippy", "LOC"),
            ("poste", "ORG"),
            ("antai", "ORG"),
        ],
        acronyms=[
            ("cdi", "all", _x("cdi")),
            ("ter", "all", _x("ter")),
            ("sncf", "all", _x("sncf")),
            ("caf", "all", _x("caf")),
            ("apl", "all", _x("apl")),
            ("cpam", "all", _x("cpam")),
            ("cns", "all", _x("cns")),
            ("chr", "all", _x("chr")),
            ("pv", "all", _x("pv")),
            ("antai", "all", _x("antai")),
            ("mdr", "all", _x("mdr")),
        ],
        ignore=[
            ("mercy",),
        ],
        not_acronyms=[],
    ),
]
