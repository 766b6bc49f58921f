"""Everyday gold texts: administrative reports as extracted from PDF files.

Cour des comptes, joint inspection report (IGAS/IGF/IGA), Sénat information
report, Eurojust annual report, DREAL and ARS annual reports, an ALL-CAPS
prefectoral telegram, an MDPH activity report, a JORF arrêté, a Tracfin
activity report, an ACPR annual report and a CNIL deliberation.  Hard-wrapped
lines, words hyphenated across line breaks, running headers and footers,
footnote numbers, flattened tables, soft hyphens (U+00AD) and ligatures
(U+FB01, U+FB02), as PDF copies give them.  People, companies, cases and figures
are fictional; agencies, bodies and places are real.

Conventions decided here (on top of tests/data/gold/README.md):
- A name wrapped or hyphenated across a line break is one span whose surface
  includes the "-\\n" or "\\n" (``Direc-\\ntion nationale de la police aux
  frontières``); the expansion given for a definition so wrapped is the
  de-hyphenated long form.
- Running headers and footers are page furniture, but a body they name is an
  ORG span (``Cour des comptes``, ``DREAL Hauts-de-France``, ``EUROJUST``,
  ``MDPH 35``); ``Page 3 sur 12``, ``— 14 —``, ``Réf.``, ``Objet :``,
  ``Tél.`` carry nothing.
- ALL-CAPS: a letterhead or section heading that names a body is an ORG span
  (``DIRECTION DÉPARTEMENTALE DES TERRITOIRES ET DE LA MER DU FINISTÈRE``,
  ``SÉNAT``, ``MINISTÈRE DU TRAVAIL, ...``); a role heading (``PRÉFET DE LA
  RÉGION BRETAGNE``) and a headline or title block are ignored.  Names of
  people and places inside an ALL-CAPS paragraph are annotated as usual, and
  every capitalised word is listed in not_acronyms (by runs of words).
- Column headers interleaved by the PDF extraction (three "Inspection
  générale" side by side) cannot hold a contiguous name: the block is ignored.
- ``NOR : TSSS2515234A`` is one not_acronym (an identifier; ``NOR`` names a
  numbering scheme and is not listed as an acronym), like ``TITRE II`` and
  ``Ier``; report numbers (``2024-061R``) too.
- Publications and databases are not entities: ``Journal officiel de la
  République française`` is ignored (MISC), and ``JORF``, ``BOFiP``,
  ``RNCPS``, ``SNDS`` are acronyms with no span.  ``Seveso`` (a directive's
  classification) and storm names are MISC.
- Generic uses of a network name (``38 % des Caf``, ``les CPAM``, ``des
  MDPH``, ``les CRF étrangères``) are ignored regions; the token is still an
  acronym mention.  An anaphoric short name (``la Cour``, ``la Commission``)
  is ignored.
- The Belgian ``parquet fédéral`` and ``police fédérale`` are ORG without the
  nationality adjective.

Expansions are passed explicitly (from ``_X`` below) rather than through a
module EXP, so that no key can clash with another module.
"""

from functools import partial

from gold_text import expansions

SHY = "\u00ad"  # soft hyphen, as PDF copies give it inside long words

# official expansions used by this module (keys case-folded)
_X = {
    "aah": ["allocation aux adultes handicapés"],
    "abe": ["Autorité bancaire européenne"],
    "acpr": ["Autorité de contrôle prudentiel et de résolution"],
    "ademe": [
        "Agence de l'environnement et de la maîtrise de l'énergie",
        "Agence de la transition écologique",
    ],
    "aipd": ["analyse d'impact relative à la protection des données"],
    "amf": ["Autorité des marchés financiers"],
    "amla": [
        "Autorité de lutte contre le blanchiment de capitaux et le financement du terrorisme",
        "Anti-Money Laundering Authority",
        "Authority for Anti-Money Laundering and Countering the Financing of Terrorism",
    ],
    "bce": ["Banque centrale européenne"],
    "bofip": ["Bulletin officiel des finances publiques-impôts", "Bulletin officiel des finances publiques"],
    "brgm": ["Bureau de recherches géologiques et minières"],
    "casf": ["code de l'action sociale et des familles"],
    "casp": ["crypto-asset service provider", "prestataire de services sur crypto-actifs"],
    "ccmsa": ["Caisse centrale de la mutualité sociale agricole"],
    "cdaph": ["commission des droits et de l'autonomie des personnes handicapées"],
    "chru": ["centre hospitalier régional universitaire"],
    "chu": ["centre hospitalier universitaire"],
    "cnaf": ["Caisse nationale des allocations familiales"],
    "cnam": ["Caisse nationale de l'assurance maladie"],
    "cnav": ["Caisse nationale d'assurance vieillesse"],
    "cnil": ["Commission nationale de l'informatique et des libertés"],
    "cnsa": ["Caisse nationale de solidarité pour l'autonomie"],
    "cod": ["centre opérationnel départemental"],
    "coderst": ["conseil départemental de l'environnement et des risques sanitaires et technologiques"],
    "cosi": ["communication systématique d'informations", "communications systématiques d'informations"],
    "cpam": ["caisse primaire d'assurance maladie"],
    "cpom": ["contrat pluriannuel d'objectifs et de moyens"],
    "crf": ["cellule de renseignement financier"],
    "ddets": ["direction départementale de l'emploi, du travail et des solidarités"],
    "ddtm": ["direction départementale des territoires et de la mer"],
    "dgcs": ["Direction générale de la cohésion sociale"],
    "dgddi": ["Direction générale des douanes et droits indirects"],
    "dgefp": ["Délégation générale à l'emploi et à la formation professionnelle"],
    "dnef": ["Direction nationale d'enquêtes fiscales"],
    "dnlf": ["Délégation nationale à la lutte contre la fraude"],
    "dnpaf": ["Direction nationale de la police aux frontières"],
    "dreal": ["direction régionale de l'environnement, de l'aménagement et du logement"],
    "dreets": ["direction régionale de l'économie, de l'emploi, du travail et des solidarités"],
    "ds": ["déclaration de soupçon"],
    "dss": ["Direction de la sécurité sociale"],
    "eba": ["European Banking Authority", "Autorité bancaire européenne"],
    "ece": ["équipe commune d'enquête"],
    "ehpad": ["établissement d'hébergement pour personnes âgées dépendantes"],
    "emsc": [
        "European Migrant Smuggling Centre",
        "Centre européen chargé de lutter contre le trafic de migrants",
    ],
    "eppo": ["Parquet européen", "European Public Prosecutor's Office"],
    "esat": ["établissement et service d'aide par le travail"],
    "fir": ["fonds d'intervention régional"],
    "frontex": ["Agence européenne de garde-frontières et de garde-côtes"],
    "gafi": ["Groupe d'action financière"],
    "ght": ["groupement hospitalier de territoire"],
    "has": ["Haute Autorité de santé"],
    "iga": ["Inspection générale de l'administration"],
    "igas": ["Inspection générale des affaires sociales"],
    "igf": ["Inspection générale des finances"],
    "icpe": ["installation classée pour la protection de l'environnement"],
    "ineris": ["Institut national de l'environnement industriel et des risques"],
    "jorf": ["Journal officiel de la République française"],
    "junalco": ["juridiction nationale chargée de la lutte contre la criminalité organisée"],
    "lcb-ft": ["lutte contre le blanchiment de capitaux et le financement du terrorisme"],
    "mdph": ["maison départementale des personnes handicapées"],
    "mica": ["Markets in Crypto-Assets"],
    "micaf": ["Mission interministérielle de coordination anti-fraude"],
    "msa": ["Mutualité sociale agricole"],
    "msu": ["mécanisme de surveillance unique"],
    "nca": ["National Crime Agency"],
    "nir": ["numéro d'inscription au répertoire"],
    "ocrgdf": ["Office central pour la répression de la grande délinquance financière"],
    "ofb": ["Office français de la biodiversité"],
    "oltim": ["Office de lutte contre le trafic illicite de migrants"],
    "orsec": ["organisation de la réponse de sécurité civile"],
    "pch": ["prestation de compensation du handicap"],
    "pnat": ["parquet national antiterroriste"],
    "pnf": ["Parquet national financier"],
    "pprt": ["plan de prévention des risques technologiques"],
    "psan": ["prestataire de services sur actifs numériques"],
    "rgpd": ["règlement général sur la protection des données"],
    "rje": ["Réseau judiciaire européen"],
    "rncps": ["Répertoire national commun de la protection sociale"],
    "rqth": ["reconnaissance de la qualité de travailleur handicapé"],
    "rsa": ["revenu de solidarité active"],
    "samu": ["service d'aide médicale urgente"],
    "sdis": ["service départemental d'incendie et de secours"],
    "sgar": ["secrétariat général pour les affaires régionales"],
    "si": ["système d'information"],
    "snds": ["Système national des données de santé"],
}


X = partial(expansions, _X)


# title-case press spellings used below that the acronym lint must see
TITLECASE_ACRONYMS = {"cnam", "cnaf", "caf", "dreets", "junalco", "ineris", "ademe", "coderst"}

DOCS = []

# ==========================================================================
# 1. Cour des comptes: public annual report, chapter on social benefit fraud
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-ccomptes-fraude-sociale",
        text=f"""Rapport public annuel 2025 — Cour des comptes
CHAPITRE III
La lutte contre la fraude aux prestations sociales : des résultats en progrès,
une stratégie encore inaboutie

1 - Une connaissance de la fraude qui demeure partielle

Les organismes de sécurité sociale ont détecté et stoppé en 2023 près de 1,1 Md€
de fraudes, contre 690 M€ en 2019. La Caisse nationale de l’assurance maladie
(Cnam) concentre à elle seule 466 M€ de préjudices constatés, devant la Caisse
nationale des allocations familiales (CNAF, 375 M€) et la Mutualité sociale
agricole (MSA, 31 M€)3. Ces montants restent très inférieurs à la fraude poten-
tielle, que la Cour évalue entre 6 et 8 Md€ par an pour les seules prestations.

La coordination interministérielle, confiée jusqu’en 2020 à la Délégation natio-
nale à la lutte contre la fraude (DNLF), relève désormais de la Mission inter-
ministérielle de coordination anti-fraude (MICAF). La Direction de la sécurité
sociale (DSS) pilote pour sa part les plans de contrôle des caisses nationales,
dans le cadre des conventions d’objectifs et de gestion signées avec l’État.

Tableau n° 4 : fraudes détectées et stoppées par branche (en M€)
Branche 2019 2021 2023
Maladie (Cnam) 287 317 466
Famille (CNAF) 324 351 375
Vieillesse (CNAV) 147 162 211
Agricole (MSA) 24 27 31
Source : Cour des comptes, d’après les données des caisses nationales

3 Données transmises par les caisses nationales à la Cour en octobre 2024.
Page 3 sur 12

Rapport public annuel 2025 — Cour des comptes
2 - Des outils de détection encore sous-exploités

Le Répertoire national commun de la protection sociale (RNCPS), prévu à l’ar-
ticle L. 114-12-1 du code de la sécurité sociale, permet depuis 2010 aux orga-
nismes de vérifier les droits ouverts par un même assuré dans plusieurs ré-
gimes. Son exploitation reste pourtant limitée : en 2023, seules 38 % des Caf
l’interrogeaient systéma{SHY}tiquement lors de l’ouverture d’un droit au revenu de
solidarité active (RSA)4.

Les contrôles conjoints conduits par l’Urssaf Île-de-France et la Caf 59 sur les
entreprises éphémères du bâtiment montrent l’intérêt des échanges de données :
sur 412 dossiers croisés, 96 ont conduit à un redres{SHY}sement, pour un montant
moyen de 84 000 €. La Cour recommande d’étendre ces croisements aux caisses
primaires d’assurance maladie (CPAM) et aux caisses de MSA, sous le pilotage
de la DSS.

Recommandation n° 3 (DSS, Cnam, CNAF, MSA, 2026) : généraliser l’interro-
gation du RNCPS avant toute ouverture de droit et en rendre compte dans les
conventions d’objectifs et de gestion.

4 Enquête de la Cour auprès de 24 caisses d’allocations familiales (Caf).
Page 4 sur 12""",
        spans=[
            ("Cour des comptes", "ORG"),
            ("Caisse nationale de l’assurance maladie", "ORG"),
            ("Cnam", "ORG"),
            ("Caisse\nnationale des allocations familiales", "ORG"),
            ("CNAF", "ORG"),
            ("Mutualité sociale\nagricole", "ORG"),
            ("MSA", "ORG"),
            ("Délégation natio-\nnale à la lutte contre la fraude", "ORG"),
            ("DNLF", "ORG"),
            ("Mission inter-\nministérielle de coordination anti-fraude", "ORG"),
            ("MICAF", "ORG"),
            ("Direction de la sécurité\nsociale", "ORG"),
            ("DSS", "ORG"),
            ("CNAV", "ORG"),
            ("Urssaf Île-de-France", "ORG"),
            ("Caf 59", "ORG"),
        ],
        acronyms=[
            ("Cnam", "all", X("Cnam", "Caisse nationale de l’assurance maladie")),
            ("CNAF", "all", X("CNAF")),
            ("MSA", "all", X("MSA")),
            ("DNLF", "all", X("DNLF")),
            ("MICAF", "all", X("MICAF")),
            ("DSS", "all", X("DSS")),
            ("CNAV", "all", X("CNAV")),
            ("RNCPS", "all", X("RNCPS")),
            ("Caf", "all", ["caisses d’allocations familiales", "caisse d'allocations familiales"]),
            ("RSA", "all", X("RSA")),
            ("Urssaf", "all", None),
            ("CPAM", "all", X("CPAM", "caisses primaires d’assurance maladie")),
        ],
        ignore=[
            ("Cour", [1, 3, 5, 6]),
            ("État",),
            ("Caf", [0, 2]),
            ("caisses\nprimaires d’assurance maladie",),
            ("CPAM",),
        ],
        not_acronyms=[
            ("CHAPITRE III",),
            ("L.",),
        ],
    )
)

# ==========================================================================
# 2. Joint inspection report (IGAS, IGF, IGA): cover page and summary
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-inspections-rsa-france-travail",
        text="""Inspection générale Inspection générale Inspection générale
des affaires sociales des finances de l’administration
N° 2024-061R N° 2024-M-047-02 N° 24078-R

RAPPORT
ÉVALUATION DE L’ACCOMPAGNEMENT RENFORCÉ DES ALLOCATAIRES DU RSA
PAR FRANCE TRAVAIL ET LES DÉPARTEMENTS

– DÉCEMBRE 2024 –

SYNTHÈSE

Par lettre du 3 avril 2024, les ministres chargés du travail, de l’économie et
des collectivités territoriales ont confié à l’Inspection générale des affaires so-
ciales (IGAS), à l’Inspection générale des \ufb01nances (IGF) et à l’Inspection géné-
rale de l’administration (IGA) une mission d’évaluation de l’accompagnement
des allocataires du revenu de solidarité active (RSA) inscrits à France Travail
depuis l’entrée en vigueur de la loi du 18 décembre 2023 pour le plein emploi1.

La mission, composée de Mme Ghis-
laine Tavernier, inspectrice générale des affaires sociales, de M. Hugues LE
BIHAN, inspecteur général des finances, et de Mme Mathilde Akinyi-Rous-
set, inspectrice de l’administration, s’est rendue dans quatre départements
(Nord, Aveyron, Seine-Saint-Denis, Ille-et-Vilaine). Elle a rencontré les
équipes de la direction régionale de France Travail Hauts-de-France, de la
DDETS du Nord, du conseil départemental du Nord et de la Caf du Nord, ainsi
que la Dreets Occitanie et la Délégation générale à l’emploi et à la formation
professionnelle (DGEFP).

Au 30 juin 2024, 61 % des allocataires du RSA orientés vers France Travail
avaient signé un contrat d’engagement, contre 38 % de ceux orientés vers
les services départementaux. À Roubaix et à Tourcoing, les équipes communes
France Travail – Département ont réduit le délai d’orientation de 94 à 31 jours.

La mission relève toutefois que le partage des données entre la Caf, France
Travail et les départements reste tributaire d’échanges de fichiers men-
suels, faute d’interconnexion des systèmes d’information (SI). Elle recom-
mande que la DGEFP et la Direction générale de la cohésion sociale (DGCS)
fixent d’ici à 2026 un socle commun de données, examiné par la Commission
nationale de l’informatique et des libertés.

1 Loi n° 2023-1196 du 18 décembre 2023 pour le plein emploi, JORF du 19 décembre.

IGAS / IGF / IGA — Rapport n° 2024-061R — Page 2 sur 38""",
        spans=[
            ("Inspection générale des affaires so-\nciales", "ORG"),
            ("IGAS", "ORG"),
            ("Inspection générale des \ufb01nances", "ORG"),
            ("IGF", "ORG"),
            ("Inspection géné-\nrale de l’administration", "ORG"),
            ("IGA", "ORG"),
            ("France Travail", "ORG"),
            ("France\nTravail", "ORG"),
            ("Ghis-\nlaine Tavernier", "PER"),
            ("Hugues LE\nBIHAN", "PER"),
            ("Mathilde Akinyi-Rous-\nset", "PER"),
            ("Nord", "LOC"),
            ("Aveyron", "LOC"),
            ("Seine-Saint-Denis", "LOC"),
            ("Ille-et-Vilaine", "LOC"),
            ("direction régionale de France Travail Hauts-de-France", "ORG"),
            ("DDETS du Nord", "ORG"),
            ("conseil départemental du Nord", "ORG"),
            ("Caf du Nord", "ORG"),
            ("Dreets Occitanie", "ORG"),
            ("Délégation générale à l’emploi et à la formation\nprofessionnelle", "ORG"),
            ("DGEFP", "ORG"),
            ("Roubaix", "LOC"),
            ("Tourcoing", "LOC"),
            ("Direction générale de la cohésion sociale", "ORG"),
            ("DGCS", "ORG"),
            ("Commission\nnationale de l’informatique et des libertés", "ORG"),
        ],
        acronyms=[
            ("RSA", "all", X("RSA")),
            ("IGAS", "all", X("IGAS")),
            ("IGF", "all", X("IGF")),
            ("IGA", "all", X("IGA")),
            ("DDETS", "all", X("DDETS")),
            ("Caf", "all", None),
            ("Dreets", "all", X("Dreets")),
            ("DGEFP", "all", X("DGEFP", "Délégation générale à l’emploi et à la formation professionnelle")),
            ("SI", "all", X("SI", "systèmes d’information")),
            ("DGCS", "all", X("DGCS")),
            ("JORF", "all", X("JORF")),
        ],
        ignore=[
            (
                "Inspection générale Inspection générale Inspection générale\n"
                "des affaires sociales des finances de l’administration",
            ),
            (
                "RAPPORT\nÉVALUATION DE L’ACCOMPAGNEMENT RENFORCÉ DES ALLOCATAIRES DU RSA\n"
                "PAR FRANCE TRAVAIL ET LES DÉPARTEMENTS",
            ),
            ("ministres chargés du travail, de l’économie et\ndes collectivités territoriales",),
            ("inspectrice générale des affaires sociales",),
            ("inspecteur général des finances",),
            ("inspectrice de l’administration",),
            ("Département",),
            ("Caf", 1),
        ],
        not_acronyms=[
            ("2024-061R",),
            ("RAPPORT\nÉVALUATION DE L’ACCOMPAGNEMENT RENFORCÉ DES ALLOCATAIRES DU",),
            ("PAR FRANCE TRAVAIL ET LES DÉPARTEMENTS",),
            ("DÉCEMBRE",),
            ("SYNTHÈSE",),
            ("Mme",),
            ("M.",),
            ("LE\nBIHAN",),
        ],
    )
)

# ==========================================================================
# 3. Sénat: information report on European cooperation against smugglers
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-senat-passeurs",
        text="""N° 538

SÉNAT
SESSION ORDINAIRE DE 2024-2025

Enregistré à la Présidence du Sénat le 16 avril 2025

RAPPORT D’INFORMATION

FAIT

au nom de la commission des affaires européennes (1) sur la coopération
européenne contre les réseaux de passeurs,

Par Mme Héloïse DE
VILLEMAREST et M. Yannick Le Dréau,

Sénateurs

(1) Cette commission est composée de : M. Fabrice Aubertin, président ;
Mme Nadège Poullaouec, M. Serge Bouhadjar, vice-présidents.

— 14 —

B. UNE COOPÉRATION EUROPÉENNE INDISPENSABLE MAIS INÉGALE

1. Europol et Eurojust, des appuis devenus incontournables

Vos rapporteurs se sont rendus à La Haye les 3 et 4 février 2025. Le Centre
européen chargé de lutter contre le trafic de migrants (EMSC), créé en 2016
au sein d’Europol, a soutenu l’an dernier 312 enquêtes nationales, dont 41
ouvertes en France. Ses analystes croisent les données transmises par la Direc-
tion nationale de la police aux frontières (DNPAF) et par l’Office de lutte contre
le trafic illicite de migrants (OLTIM) avec celles de la National Crime Agency
(NCA) britannique et de la police fédérale belge.

Eurojust, pour sa part, a financé en 2024 onze équipes communes d’enquête
(ECE) visant des filières actives sur le littoral de la Manche. L’une d’elles,
associant le parquet de Boulogne-sur-Mer et le parquet fédéral belge, a permis
le démantèlement d’un réseau qui acheminait des embarcations depuis l’Alle-
magne jusqu’aux plages du Pas-de-Calais (2).

— 15 —

2. Frontex, une agence dont le mandat reste mal compris

Installée à Varsovie, l’Agence européenne de garde-frontières et de garde-
côtes (Frontex) n’intervient pas sur le territoire français hors de missions
ponctuelles. Son directeur exécutif, M. Tobias Lindqvist, a indiqué à vos
rapporteurs que l’agence pourrait « renforcer l’appui aérien au-dessus de la
mer du Nord » si la France en faisait la demande.

(2) Audition de M. Loïc Hamonic, procureur de la République de Boulogne-sur-
Mer, le 12 mars 2025.""",
        spans=[
            ("SÉNAT", "ORG"),
            ("Sénat", "ORG"),
            ("commission des affaires européennes", "ORG"),
            ("Héloïse DE\nVILLEMAREST", "PER"),
            ("Yannick Le Dréau", "PER"),
            ("Fabrice Aubertin", "PER"),
            ("Nadège Poullaouec", "PER"),
            ("Serge Bouhadjar", "PER"),
            ("Europol", "ORG"),
            ("Eurojust", "ORG"),
            ("La Haye", "LOC"),
            ("Centre\neuropéen chargé de lutter contre le trafic de migrants", "ORG"),
            ("EMSC", "ORG"),
            ("France", "LOC"),
            ("Direc-\ntion nationale de la police aux frontières", "ORG"),
            ("DNPAF", "ORG"),
            ("Office de lutte contre\nle trafic illicite de migrants", "ORG"),
            ("OLTIM", "ORG"),
            ("National Crime Agency", "ORG"),
            ("NCA", "ORG"),
            ("police fédérale", "ORG"),
            ("Manche", "LOC"),
            ("parquet de Boulogne-sur-Mer", "ORG"),
            ("parquet fédéral", "ORG"),
            ("Alle-\nmagne", "LOC"),
            ("Pas-de-Calais", "LOC"),
            ("Frontex", "ORG"),
            ("Varsovie", "LOC"),
            ("Agence européenne de garde-frontières et de garde-\ncôtes", "ORG"),
            ("Tobias Lindqvist", "PER"),
            ("mer du Nord", "LOC"),
            ("Loïc Hamonic", "PER"),
        ],
        acronyms=[
            ("EMSC", "all", X("EMSC", "Centre européen chargé de lutter contre le trafic de migrants")),
            ("Europol", "all", None),
            ("Eurojust", "all", None),
            ("DNPAF", "all", X("DNPAF")),
            ("OLTIM", "all", X("OLTIM")),
            ("NCA", "all", X("NCA")),
            ("ECE", "all", X("ECE", "équipes communes d’enquête")),
            ("Frontex", "all", X("Frontex")),
        ],
        ignore=[
            ("SESSION ORDINAIRE DE 2024-2025",),
            ("RAPPORT D’INFORMATION",),
            ("FAIT",),
            ("Sénateurs",),
            ("président",),
            ("vice-présidents",),
            ("B. UNE COOPÉRATION EUROPÉENNE INDISPENSABLE MAIS INÉGALE",),
            ("directeur exécutif",),
            ("procureur de la République de Boulogne-sur-\nMer",),
        ],
        not_acronyms=[
            ("N° 538",),
            ("SÉNAT",),
            ("SESSION ORDINAIRE DE 2024-2025",),
            ("RAPPORT D’INFORMATION",),
            ("FAIT",),
            ("DE\nVILLEMAREST",),
            ("B. UNE COOPÉRATION EUROPÉENNE INDISPENSABLE MAIS INÉGALE",),
            ("Mme",),
            ("M.",),
        ],
    )
)

# ==========================================================================
# 4. Eurojust annual report, French version: running header in capitals
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-eurojust-rapport",
        text="""EUROJUST — RAPPORT ANNUEL 2024 — VERSION FRANÇAISE 7

Chapitre 2 – Les affaires soutenues par le bureau national français

En 2024, l’Agence de l’Union européenne pour la coopération judiciaire en ma-
tière pénale (Eurojust) a traité 13 400 affaires, dont 612 nouvelles affaires
ouvertes par le bureau national français, soit une hausse de 9 % par rapport
à 2023. Un tiers d’entre elles concernent le trafic de stupéfiants, principale-
ment avec l’Espagne, les Pays-Bas et la Belgique ; les escroqueries en ligne et
le blanchiment en représentent un quart.

La membre nationale pour la France, Mme Capucine Ferrand-Lacoste, souligne
le rôle des réunions de coordination organisées à La Haye : 58 d’entre elles
ont réuni des magistrats français, dont plusieurs du parquet national antiter-
roriste (PNAT) et de la juridiction nationale chargée de la lutte contre la cri-
minalité organisée (Junalco). Dans l’affaire dite « Calanque », coordonnée avec
le Parquet européen (EPPO) et Europol, une journée d’action commune a permis
l’interpellation de 27 personnes à Marseille, Naples et Valence, et la saisie de
4,2 M€ d’avoirs.

Tableau 3 – Affaires ouvertes par le bureau français, par type d’infraction
Stupéfiants 204
Escroquerie et fraude 151
Blanchiment de capitaux 97
Traite des êtres humains 38
Autres 122

EUROJUST — RAPPORT ANNUEL 2024 — VERSION FRANÇAISE 8

Le réseau judiciaire européen (RJE) et les magistrats de liaison ont été asso-
ciés à 73 affaires. Eurojust a par ailleurs accueilli l’équipe commune d’enquête
(ECE) franco-italienne sur les faux ordres de virement, financée à hauteur de
180 000 euros.""",
        spans=[
            ("EUROJUST", "ORG"),
            ("Agence de l’Union européenne pour la coopération judiciaire en ma-\ntière pénale", "ORG"),
            ("Eurojust", "ORG"),
            ("Espagne", "LOC"),
            ("Pays-Bas", "LOC"),
            ("Belgique", "LOC"),
            ("Capucine Ferrand-Lacoste", "PER"),
            ("La Haye", "LOC"),
            ("parquet national antiter-\nroriste", "ORG"),
            ("PNAT", "ORG"),
            ("juridiction nationale chargée de la lutte contre la cri-\nminalité organisée", "ORG"),
            ("Junalco", "ORG"),
            ("Parquet européen", "ORG"),
            ("EPPO", "ORG"),
            ("Europol", "ORG"),
            ("Marseille", "LOC"),
            ("Naples", "LOC"),
            ("Valence", "LOC"),
            ("réseau judiciaire européen", "ORG"),
            ("RJE", "ORG"),
        ],
        acronyms=[
            ("EUROJUST", "all", None),
            (
                "Eurojust",
                "all",
                ["Agence de l’Union européenne pour la coopération judiciaire en matière pénale"],
            ),
            ("PNAT", "all", X("PNAT")),
            ("Junalco", "all", X("Junalco")),
            ("EPPO", "all", X("EPPO")),
            ("Europol", "all", None),
            ("RJE", "all", X("RJE")),
            ("ECE", "all", X("ECE")),
        ],
        ignore=[
            ("bureau national français",),
            ("bureau français",),
            ("membre nationale pour la France",),
        ],
        not_acronyms=[
            ("RAPPORT ANNUEL 2024 — VERSION FRANÇAISE",),
            ("Mme",),
        ],
    )
)

# ==========================================================================
# 5. DREAL Hauts-de-France: annual activity report, industrial risks
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-dreal-hdf-risques",
        text="""DREAL Hauts-de-France — Rapport d’activité 2024 Page 11

2. Prévenir les risques industriels

La région compte 1 184 installations classées pour la protection de l’environ-
nement (ICPE) soumises à autorisation et 156 établissements classés Seveso,
dont 87 en seuil haut. En 2024, les inspecteurs de la DREAL Hauts-de-France
ont réalisé 2 917 inspections, dont 412 inopinées, et proposé aux préfets de
département 318 arrêtés de mise en demeure.

Le port de Dunkerque concentre à lui seul 14 sites Seveso seuil haut. Le plan de
prévention des risques technologiques (PPRT) de la zone industrialo-portuaire,
approuvé en 2014, a été révisé en lien avec la direction départementale des ter-
ritoires et de la mer du Nord (DDTM) et la communauté urbaine de Dunkerque.
Les études de dangers ont été tierce-expertisées par l’Institut national de
l’environnement industriel et des risques (Ineris).

Répartition des inspections par département
Département Inspections dont inopinées Mises en demeure
Aisne 318 41 29
Nord 1 106 167 124
Oise 402 55 47
Pas-de-Calais 731 102 81
Somme 360 47 37
Total 2 917 412 318

Les émissions atmosphériques des grandes installations sont suivies avec Atmo
Hauts-de-France ; les sols pollués le sont avec le Bureau de recherches géo-
logiques et minières (BRGM) et l’Agence de l’environnement et de la maîtrise
de l’énergie (Ademe), qui a financé la dépollution de l’ancienne fonderie
Valdezinc, exploitée à Noyelles-Godault pendant presque tout le XXe siècle.
Les contrôles sur les \ufb02ux de déchets transfrontaliers vers la Belgique ont
été conduits avec l’Office français de la biodiversité (OFB) et la direction
régionale des douanes de Lille.

Mme Pauline Verhaeghe-Cauchy, directrice régionale, et M. Didier Mbemba, chef
du service risques, ont présenté ce bilan le 20 mars 2025 au conseil départemen-
tal de l’environnement et des risques sanitaires et technologiques (Coderst) du
Nord.

DREAL Hauts-de-France — Rapport d’activité 2024 Page 12""",
        spans=[
            ("DREAL Hauts-de-France", "ORG"),
            ("Dunkerque", "LOC"),
            ("direction départementale des ter-\nritoires et de la mer du Nord", "ORG"),
            ("DDTM", "ORG"),
            ("communauté urbaine de Dunkerque", "ORG"),
            ("Institut national de\nl’environnement industriel et des risques", "ORG"),
            ("Ineris", "ORG"),
            ("Aisne", "LOC"),
            ("Nord", "LOC"),
            ("Oise", "LOC"),
            ("Pas-de-Calais", "LOC"),
            ("Somme", "LOC"),
            ("Atmo\nHauts-de-France", "ORG"),
            ("Bureau de recherches géo-\nlogiques et minières", "ORG"),
            ("BRGM", "ORG"),
            ("Agence de l’environnement et de la maîtrise\nde l’énergie", "ORG"),
            ("Ademe", "ORG"),
            ("Valdezinc", "ORG"),
            ("Noyelles-Godault", "LOC"),
            ("Belgique", "LOC"),
            ("Office français de la biodiversité", "ORG"),
            ("OFB", "ORG"),
            ("direction\nrégionale des douanes de Lille", "ORG"),
            ("Pauline Verhaeghe-Cauchy", "PER"),
            ("Didier Mbemba", "PER"),
            (
                "conseil départemen-\ntal de l’environnement et des risques sanitaires et technologiques",
                "ORG",
            ),
            ("Coderst", "ORG"),
        ],
        acronyms=[
            ("DREAL", "all", X("DREAL")),
            ("ICPE", "all", X("ICPE", "installations classées pour la protection de l’environnement")),
            ("PPRT", "all", X("PPRT")),
            ("DDTM", "all", X("DDTM")),
            ("Ineris", "all", X("Ineris")),
            ("BRGM", "all", X("BRGM")),
            ("Ademe", "all", X("Ademe")),
            ("OFB", "all", X("OFB")),
            ("Coderst", "all", X("Coderst")),
        ],
        ignore=[
            ("préfets de\ndépartement",),
            ("directrice régionale",),
            ("chef\ndu service risques",),
        ],
        not_acronyms=[
            ("XXe",),
            ("Mme",),
            ("M.",),
        ],
    )
)

# ==========================================================================
# 6. ARS Bretagne: annual activity report (editorial, chapters, table)
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-ars-bretagne-rapport",
        text=f"""Agence régionale de santé Bretagne
Rapport annuel d’activité 2024

Édito

L’année 2024 a été marquée en Bretagne par la tension persistante sur les
urgences hospitalières et par l’épisode de légionellose de Lannion. Je tiens
à remercier les équipes du CHU de Rennes, du CHRU de Brest et de l’ensemble
des établissements qui ont maintenu l’accès aux soins pendant l’été.

Dr Gwenaëlle Morvan-Quéré, directrice générale de l’ARS Bretagne

Page 2 sur 64

1. L’accès aux soins

En 2024, l’ARS a délégué 412 M€ au titre du fonds d’intervention régional (FIR).
Les sept groupements hospitaliers de territoire (GHT) de la région ont signé un
avenant à leur contrat pluriannuel d’objectifs et de moyens (CPOM) pour orga-
niser la régulation des urgences la nuit par le service d’aide médicale urgente
(SAMU) d’Ille-et-Vilaine, installé au CHU de Rennes. Le directeur général de la
santé, en déplacement à Saint-Brieuc le 4 juillet, a salué ce dispositif1.

Avec la Caisse primaire d’assurance maladie d’Ille-et-Vilaine et la MSA d’Ar-
morique, l’agence a financé 38 nouvelles maisons de santé pluriprofession-
nelles, notamment à Carhaix-Plouguer, Ploërmel et Redon. La Haute Autorité
de santé (HAS) a certifié « avec mention » le centre hospitalier intercom-
munal de Cornouaille, à Quimper.

2. La santé environnementale

L’épisode de légionellose survenu à Lannion (Côtes-d’Armor) en septembre a
touché 23 personnes. La source, une tour aéro{SHY}réfrigérante, a été identifiée
par la délégation départementale de l’ARS avec la direction départementale
de la protection des populations (DDPP) des Côtes-d’Armor et Santé publique
France. La préfète de région a réuni le 18 septembre les maires concernés.

Indicateur 2022 2023 2024
EHPAD inspectés 61 74 88
Contrôles sanitaires des eaux 9 412 9 870 10 236
Signalements d’événements indésirables graves 1 134 1 302 1 419

1 Voir le communiqué du ministère chargé de la santé du 4 juillet 2024.
Page 7 sur 64""",
        spans=[
            ("Agence régionale de santé Bretagne", "ORG"),
            ("Bretagne", "LOC"),
            ("Lannion", "LOC"),
            ("CHU de Rennes", "ORG"),
            ("CHRU de Brest", "ORG"),
            ("Gwenaëlle Morvan-Quéré", "PER"),
            ("ARS Bretagne", "ORG"),
            ("ARS", "ORG", 1),
            ("service d’aide médicale urgente", "ORG"),
            ("SAMU", "ORG"),
            ("Ille-et-Vilaine", "LOC", 0),
            ("Saint-Brieuc", "LOC"),
            ("Caisse primaire d’assurance maladie d’Ille-et-Vilaine", "ORG"),
            ("MSA d’Ar-\nmorique", "ORG"),
            ("Carhaix-Plouguer", "LOC"),
            ("Ploërmel", "LOC"),
            ("Redon", "LOC"),
            ("Haute Autorité\nde santé", "ORG"),
            ("HAS", "ORG"),
            ("centre hospitalier intercom-\nmunal de Cornouaille", "ORG"),
            ("Quimper", "LOC"),
            ("Côtes-d’Armor", "LOC"),
            ("délégation départementale de l’ARS", "ORG"),
            ("direction départementale\nde la protection des populations", "ORG"),
            ("DDPP", "ORG"),
            ("Santé publique\nFrance", "ORG"),
        ],
        acronyms=[
            ("CHU", "all", X("CHU")),
            ("CHRU", "all", X("CHRU")),
            ("ARS", "all", None),
            ("FIR", "all", X("FIR")),
            ("GHT", "all", X("GHT", "groupements hospitaliers de territoire")),
            ("CPOM", "all", X("CPOM")),
            ("SAMU", "all", X("SAMU")),
            ("MSA", "all", X("MSA")),
            ("HAS", "all", X("HAS")),
            ("DDPP", "all", None),
            ("EHPAD", "all", X("EHPAD")),
        ],
        ignore=[
            ("directeur général de la\nsanté",),
            ("préfète de région",),
            ("ministère chargé de la santé",),
        ],
        not_acronyms=[
            ("Dr",),
        ],
    )
)

# ==========================================================================
# 7. ALL-CAPS prefectoral telegram (Bretagne), storm warning
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-telegramme-prefet-bretagne",
        text="""PRÉFET DE LA RÉGION BRETAGNE
PRÉFET D’ILLE-ET-VILAINE
SECRÉTARIAT GÉNÉRAL POUR LES AFFAIRES RÉGIONALES

TÉLÉGRAMME OFFICIEL — URGENT — DIFFUSION IMMÉDIATE

DESTINATAIRES : MMES ET MM. LES PRÉFETS DES CÔTES-D’ARMOR, DU FINISTÈRE
ET DU MORBIHAN
COPIE : DIRECTION DÉPARTEMENTALE DES TERRITOIRES ET DE LA MER DU FINISTÈRE ;
ARS BRETAGNE ; DREAL BRETAGNE
Réf. : TEL/SGAR/2025-117
Objet : tempête Morwenna — vigilance rouge vagues-submersion

METEO-FRANCE A PLACÉ CE JOUR À 16 HEURES LE FINISTÈRE ET LES CÔTES-D’ARMOR EN
VIGILANCE ROUGE VAGUES-SUBMERSION. DES RAFALES DE 150 KM/H SONT ATTENDUES CETTE
NUIT À LA POINTE DU RAZ ET À OUESSANT. LE PRÉFET DE LA RÉGION BRETAGNE A RÉUNI
À RENNES LES SERVICES DE L’ÉTAT, EN PRÉSENCE DE MME SOLÈNE KERBRAT, DIRECTRICE
DE LA DDTM DU FINISTÈRE, ET DU COLONEL ERWAN LE
GUILLOU, DIRECTEUR DU SDIS 29.

IL VOUS APPARTIENT D’ACTIVER SANS DÉLAI LE CENTRE OPÉRATIONNEL DÉPARTEMENTAL
(COD) ET LES DISPOSITIONS DU PLAN ORSEC. LES COMMUNES LITTORALES DE BREST,
DOUARNENEZ, CONCARNEAU, MORLAIX ET LORIENT FERONT L’OBJET D’UNE VIGILANCE
PARTICULIÈRE. LE CROSS CORSEN ET LA PRÉFECTURE MARITIME DE L’ATLANTIQUE ONT
PRÉPOSITIONNÉ DES MOYENS DE SAUVETAGE. ENEDIS A MOBILISÉ 400 TECHNICIENS
VENUS DE NANTES ET D’ANGERS.

UN POINT DE SITUATION ME SERA TRANSMIS TOUTES LES SIX HEURES À L’ADRESSE
pref-cic@ille-et-vilaine.gouv.fr.

POUR LE PRÉFET DE RÉGION ET PAR DÉLÉGATION,
LE SECRÉTAIRE GÉNÉRAL POUR LES AFFAIRES RÉGIONALES,
ARNAUD PLESTAN
Tél. : 02 99 02 10 35""",
        spans=[
            ("SECRÉTARIAT GÉNÉRAL POUR LES AFFAIRES RÉGIONALES", "ORG"),
            ("DIRECTION DÉPARTEMENTALE DES TERRITOIRES ET DE LA MER DU FINISTÈRE", "ORG"),
            ("ARS BRETAGNE", "ORG"),
            ("DREAL BRETAGNE", "ORG"),
            ("METEO-FRANCE", "ORG"),
            ("FINISTÈRE", "LOC", 2),
            ("CÔTES-D’ARMOR", "LOC", 1),
            ("POINTE DU RAZ", "LOC"),
            ("OUESSANT", "LOC"),
            ("RENNES", "LOC"),
            ("SOLÈNE KERBRAT", "PER"),
            ("DDTM DU FINISTÈRE", "ORG"),
            ("ERWAN LE\nGUILLOU", "PER"),
            ("SDIS 29", "ORG"),
            ("BREST", "LOC"),
            ("DOUARNENEZ", "LOC"),
            ("CONCARNEAU", "LOC"),
            ("MORLAIX", "LOC"),
            ("LORIENT", "LOC"),
            ("CROSS CORSEN", "ORG"),
            ("PRÉFECTURE MARITIME DE L’ATLANTIQUE", "ORG"),
            ("ENEDIS", "ORG"),
            ("NANTES", "LOC"),
            ("ANGERS", "LOC"),
            ("ARNAUD PLESTAN", "PER"),
        ],
        acronyms=[
            ("ARS", "all", None),
            ("DREAL", "all", X("DREAL")),
            ("SGAR", "all", X("SGAR")),
            ("DDTM", "all", X("DDTM")),
            ("SDIS", "all", X("SDIS")),
            ("COD", "all", X("COD")),
            ("ORSEC", "all", X("ORSEC")),
            ("CROSS", "all", None),
        ],
        ignore=[
            ("PRÉFET DE LA RÉGION BRETAGNE\nPRÉFET D’ILLE-ET-VILAINE",),
            ("TÉLÉGRAMME OFFICIEL — URGENT — DIFFUSION IMMÉDIATE",),
            ("PRÉFETS DES CÔTES-D’ARMOR, DU FINISTÈRE\nET DU MORBIHAN",),
            ("TEL/SGAR/2025-117",),
            ("PRÉFET DE LA RÉGION BRETAGNE", 1),
            ("ÉTAT",),
            ("DIRECTRICE",),
            ("COLONEL",),
            ("DIRECTEUR",),
            ("CENTRE OPÉRATIONNEL DÉPARTEMENTAL\n(COD)",),
            ("PRÉFET DE RÉGION",),
            ("SECRÉTAIRE GÉNÉRAL POUR LES AFFAIRES RÉGIONALES",),
        ],
        not_acronyms=[
            (
                "PRÉFET DE LA RÉGION BRETAGNE\nPRÉFET D’ILLE-ET-VILAINE\nSECRÉTARIAT GÉNÉRAL POUR LES AFFAIRES RÉGIONALES",
            ),
            ("TÉLÉGRAMME OFFICIEL — URGENT — DIFFUSION IMMÉDIATE",),
            ("DESTINATAIRES : MMES ET MM. LES PRÉFETS DES CÔTES-D’ARMOR, DU FINISTÈRE\nET DU MORBIHAN",),
            ("COPIE : DIRECTION DÉPARTEMENTALE DES TERRITOIRES ET DE LA MER DU FINISTÈRE",),
            ("BRETAGNE", [1, 2]),
            ("TEL",),
            (
                "METEO-FRANCE A PLACÉ CE JOUR À 16 HEURES LE FINISTÈRE ET LES CÔTES-D’ARMOR EN\n"
                "VIGILANCE ROUGE VAGUES-SUBMERSION",
            ),
            ("DES RAFALES DE 150 KM/H SONT ATTENDUES CETTE\nNUIT À LA POINTE DU RAZ ET À OUESSANT",),
            (
                "LE PRÉFET DE LA RÉGION BRETAGNE A RÉUNI\n"
                "À RENNES LES SERVICES DE L’ÉTAT, EN PRÉSENCE DE MME SOLÈNE KERBRAT, DIRECTRICE\nDE LA",
            ),
            ("DU FINISTÈRE, ET DU COLONEL ERWAN LE\nGUILLOU, DIRECTEUR DU",),
            ("IL VOUS APPARTIENT D’ACTIVER SANS DÉLAI LE CENTRE OPÉRATIONNEL DÉPARTEMENTAL",),
            ("ET LES DISPOSITIONS DU PLAN",),
            (
                "LES COMMUNES LITTORALES DE BREST,\n"
                "DOUARNENEZ, CONCARNEAU, MORLAIX ET LORIENT FERONT L’OBJET D’UNE VIGILANCE\nPARTICULIÈRE",
            ),
            ("LE", 4),
            ("CORSEN ET LA PRÉFECTURE MARITIME DE L’ATLANTIQUE ONT\nPRÉPOSITIONNÉ DES MOYENS DE SAUVETAGE",),
            ("ENEDIS A MOBILISÉ 400 TECHNICIENS\nVENUS DE NANTES ET D’ANGERS",),
            ("UN POINT DE SITUATION ME SERA TRANSMIS TOUTES LES SIX HEURES À L’ADRESSE",),
            (
                "POUR LE PRÉFET DE RÉGION ET PAR DÉLÉGATION,\n"
                "LE SECRÉTAIRE GÉNÉRAL POUR LES AFFAIRES RÉGIONALES,\nARNAUD PLESTAN",
            ),
        ],
    )
)

# ==========================================================================
# 8. MDPH d'Ille-et-Vilaine: activity report, flattened table
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-mdph-ille-et-vilaine",
        text=f"""Maison départementale des personnes handicapées d’Ille-et-Vilaine
Rapport d’activité 2024 — Page 5 sur 28

I. L’ACTIVITÉ DE LA MDPH EN CHIFFRES

En 2024, la MDPH d’Ille-et-Vilaine a reçu 48 216 demandes, soit 5,8 % de plus
qu’en 2023. Le délai moyen de traitement s’établit à 4,1 mois, contre 3,2 mois
en moyenne nationale selon la Caisse nationale de solidarité pour l’autonomie
(CNSA)2. La commission des droits et de l’autonomie des personnes handica-
pées (CDAPH) a siégé 96 fois et rendu 61 480 décisions.

Demandes déposées par prestation 2023 2024
AAH (allocation aux adultes handicapés) 9 874 10 312
PCH (prestation de compensation du handicap) 3 205 3 590
RQTH 11 402 12 018
Orientation en ESAT 1 116 1 204
Cartes mobilité inclusion 12 870 13 954

La reconnaissance de la qualité de travailleur handicapé (RQTH) ouvre l’accès
à l’accompagnement de Cap emploi et de France Travail, avec lesquels la MDPH
a signé en mars une convention de partenariat. Les établissements et services
d’aide par le travail (ESAT) du département accueillent 2 310 travailleurs.

II. LES PARTENARIATS

La définition du handicap retenue à l’article L. 114 du code de l’action
sociale et des familles (CASF) suppose une évaluation globale de la situation.
Elle s’appuie sur les échanges avec la CPAM d’Ille-et-Vilaine, la Caf d’Ille-et-
Vilaine et la MSA Portes de Bretagne, qui versent l’AAH aux exploitants agri-
coles. Le CHU de Rennes et le centre hospitalier Guillaume-Régnier mettent à
disposition deux médecins évaluateurs.

M. Thibault Kerhervé, directeur de la MDPH, précise que l’Agence régionale de
santé (ARS) Bretagne co{SHY}finance depuis septembre une équipe mobile à Fougères
et à Vitré.

2 Baromètre des MDPH publié par la CNSA, quatrième trimestre 2024.
Rapport d’activité 2024 — MDPH 35 — Page 6 sur 28""",
        spans=[
            ("Maison départementale des personnes handicapées d’Ille-et-Vilaine", "ORG"),
            ("MDPH d’Ille-et-Vilaine", "ORG"),
            ("Caisse nationale de solidarité pour l’autonomie", "ORG"),
            ("CNSA", "ORG"),
            ("commission des droits et de l’autonomie des personnes handica-\npées", "ORG"),
            ("CDAPH", "ORG"),
            ("Cap emploi", "ORG"),
            ("France Travail", "ORG"),
            ("MDPH", "ORG", [2, 3]),
            ("CPAM d’Ille-et-Vilaine", "ORG"),
            ("Caf d’Ille-et-\nVilaine", "ORG"),
            ("MSA Portes de Bretagne", "ORG"),
            ("CHU de Rennes", "ORG"),
            ("centre hospitalier Guillaume-Régnier", "ORG"),
            ("Thibault Kerhervé", "PER"),
            ("Agence régionale de\nsanté", "ORG"),
            ("ARS", "ORG"),
            ("Bretagne", "LOC", 1),
            ("Fougères", "LOC"),
            ("Vitré", "LOC"),
            ("MDPH 35", "ORG"),
        ],
        acronyms=[
            ("MDPH", "all", X("MDPH")),
            ("CNSA", "all", X("CNSA")),
            ("CDAPH", "all", X("CDAPH")),
            ("AAH", "all", X("AAH")),
            ("PCH", "all", X("PCH")),
            ("RQTH", "all", X("RQTH")),
            ("ESAT", "all", X("ESAT", "établissements et services d’aide par le travail")),
            ("CASF", "all", X("CASF")),
            ("CPAM", "all", X("CPAM")),
            ("Caf", "all", None),
            ("MSA", "all", X("MSA")),
            ("CHU", "all", X("CHU")),
            ("ARS", "all", ["Agence régionale de santé"]),
        ],
        ignore=[
            ("I. L’ACTIVITÉ DE LA MDPH EN CHIFFRES",),
            ("II. LES PARTENARIATS",),
            ("MDPH", 4),
        ],
        not_acronyms=[
            ("I. L’ACTIVITÉ DE LA",),
            ("EN CHIFFRES",),
            ("II. LES PARTENARIATS",),
            ("L.",),
            ("M.",),
        ],
    )
)

# ==========================================================================
# 9. Journal officiel: arrêté with NOR number, TITRE Ier / TITRE II
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-jorf-arrete-echanges",
        text="""19 juin 2025 JOURNAL OFFICIEL DE LA RÉPUBLIQUE FRANÇAISE Texte 27 sur 112

Décrets, arrêtés, circulaires

TEXTES GÉNÉRAUX

MINISTÈRE DU TRAVAIL, DE LA SANTÉ, DES SOLIDARITÉS ET DES FAMILLES

Arrêté du 12 juin 2025 relatif aux échanges de données entre les organismes de
sécurité sociale et France Travail pour la lutte contre la fraude

NOR : TSSS2515234A

La ministre du travail, de la santé, des solidarités et des familles et la mi-
nistre chargée des comptes publics,
Vu le code de la sécurité sociale, notamment ses articles L. 114-9 à L. 114-12-1
et R. 114-7 ;
Vu le code du travail, notamment son article L. 5312-1 ;
Vu l’avis de la Caisse nationale de l’assurance maladie en date du 6 mai 2025 ;
Vu l’avis du conseil d’administration de la Caisse centrale de la mutualité so-
ciale agricole (CCMSA) en date du 14 mai 2025 ;
Vu la délibération n° 2025-041 de la Commission nationale de l’informatique et
des libertés (CNIL) en date du 22 mai 2025,
Arrêtent :

TITRE Ier
DISPOSITIONS GÉNÉRALES

Art. 1er. – La Cnam, la CCMSA, la Caisse nationale des allocations familiales
et l’Urssaf Caisse nationale transmettent à France Travail, par voie dématé-
rialisée, les données mentionnées à l’annexe du présent arrêté.

TITRE II
DISPOSITIONS FINALES

Art. 2. – Le directeur de la sécurité sociale et le directeur général de France
Travail sont chargés, chacun en ce qui le concerne, de l’exécution du présent
arrêté, qui sera publié au Journal officiel de la République française.

Fait le 12 juin 2025.

Pour la ministre et par délégation :
Le directeur de la sécurité sociale,
P.-A. KERVOAS""",
        spans=[
            ("MINISTÈRE DU TRAVAIL, DE LA SANTÉ, DES SOLIDARITÉS ET DES FAMILLES", "ORG"),
            ("France Travail", "ORG"),
            ("France\nTravail", "ORG"),
            ("Caisse nationale de l’assurance maladie", "ORG"),
            ("Caisse centrale de la mutualité so-\nciale agricole", "ORG"),
            ("CCMSA", "ORG"),
            ("Commission nationale de l’informatique et\ndes libertés", "ORG"),
            ("CNIL", "ORG"),
            ("Cnam", "ORG"),
            ("Caisse nationale des allocations familiales", "ORG"),
            ("Urssaf Caisse nationale", "ORG"),
            ("P.-A. KERVOAS", "PER"),
        ],
        acronyms=[
            ("CCMSA", "all", X("CCMSA")),
            ("CNIL", "all", X("CNIL")),
            ("Cnam", "all", X("Cnam")),
            ("Urssaf", "all", None),
        ],
        ignore=[
            ("JOURNAL OFFICIEL DE LA RÉPUBLIQUE FRANÇAISE",),
            ("TEXTES GÉNÉRAUX",),
            ("La ministre du travail, de la santé, des solidarités et des familles",),
            ("mi-\nnistre chargée des comptes publics",),
            ("DISPOSITIONS GÉNÉRALES",),
            ("DISPOSITIONS FINALES",),
            ("directeur de la sécurité sociale",),
            ("Journal officiel de la République française",),
        ],
        not_acronyms=[
            ("JOURNAL OFFICIEL DE LA RÉPUBLIQUE FRANÇAISE",),
            ("TEXTES GÉNÉRAUX",),
            ("MINISTÈRE DU TRAVAIL, DE LA SANTÉ, DES SOLIDARITÉS ET DES FAMILLES",),
            ("NOR : TSSS2515234A",),
            ("L.",),
            ("R.",),
            ("TITRE Ier",),
            ("DISPOSITIONS GÉNÉRALES",),
            ("TITRE II",),
            ("DISPOSITIONS FINALES",),
            ("KERVOAS",),
        ],
    )
)

# ==========================================================================
# 10. Tracfin: annual activity report (running header, flattened table)
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-tracfin-rapport-activite",
        text="""Tracfin – Rapport d’activité 2024 12

PARTIE 1 – L’ACTIVITÉ DÉCLARATIVE

1.1 Une progression continue des déclarations de soupçon

En 2024, le service de renseignement financier a reçu 212 406 déclarations de
soupçon (DS), en hausse de 13 % sur un an, et 1,9 million de communications
systématiques d’informations (COSI). Les établissements de crédit et les éta-
blissements de paiement restent les premiers déclarants, mais la part des pro-
fessions non financières, notamment les notaires et les agents immobiliers,
progresse pour la troisième année consécutive.

Tableau 2 – Déclarations de soupçon reçues par catégorie de déclarants
Catégorie 2023 2024 Évolution
Établissements de crédit 118 954 131 702 +10,7 %
Établissements de paiement et de monnaie électronique 41 386 47 015 +13,6 %
Prestataires de services sur actifs numériques (PSAN) 2 117 3 846 +81,7 %
Notaires 2 409 2 688 +11,6 %
Administrations (DGFiP, DGDDI, ACPR, AMF) 1 533 1 907 +24,4 %
Total 188 128 212 406 +12,9 %

La forte hausse des déclarations des PSAN s’explique par l’entrée en appli-
cation du règlement MiCA et par les actions de sensibilisation conduites avec
l’Autorité des marchés financiers. La banque en ligne Fidelor et l’établisse-
ment de paiement Paynexa ont été invités à renforcer leurs dispositifs.

1.2 Les transmissions aux partenaires

Tracfin a adressé 2 815 notes à l’autorité judiciaire, dont 412 au parquet
national financier (PNF), ainsi que 1 137 notes à la Direction nationale
d’enquêtes fiscales (DNEF) et 392 à l’Office central pour la répression de la
grande délinquance financière (OCRGDF). Les échanges avec les cellules de ren-
seignement financier (CRF) étrangères ont porté sur 4 118 demandes, dont la
moitié avec des CRF de l’Union européenne. Mme Laëtitia Onfray-Diallo, cheffe
du département de l’analyse, souligne l’intérêt des travaux du Groupe d’action
financière (GAFI) sur la fraude aux virements.

Tracfin – Rapport d’activité 2024 13""",
        spans=[
            ("Tracfin", "ORG"),
            ("DGFiP", "ORG"),
            ("DGDDI", "ORG"),
            ("ACPR", "ORG"),
            ("AMF", "ORG"),
            ("Autorité des marchés financiers", "ORG"),
            ("Fidelor", "ORG"),
            ("Paynexa", "ORG"),
            ("parquet\nnational financier", "ORG"),
            ("PNF", "ORG"),
            ("Direction nationale\nd’enquêtes fiscales", "ORG"),
            ("DNEF", "ORG"),
            ("Office central pour la répression de la\ngrande délinquance financière", "ORG"),
            ("OCRGDF", "ORG"),
            ("Union européenne", "ORG"),
            ("Laëtitia Onfray-Diallo", "PER"),
            ("Groupe d’action\nfinancière", "ORG"),
            ("GAFI", "ORG"),
        ],
        acronyms=[
            ("Tracfin", "all", None),
            ("DS", "all", X("DS", "déclarations de soupçon")),
            ("COSI", "all", X("COSI")),
            ("PSAN", "all", X("PSAN", "Prestataires de services sur actifs numériques")),
            ("DGFiP", "all", None),
            ("DGDDI", "all", X("DGDDI")),
            ("ACPR", "all", X("ACPR")),
            ("AMF", "all", X("AMF")),
            ("MiCA", "all", X("MiCA")),
            ("PNF", "all", X("PNF")),
            ("DNEF", "all", X("DNEF")),
            ("OCRGDF", "all", X("OCRGDF")),
            ("CRF", "all", X("CRF", "cellules de renseignement financier")),
            ("GAFI", "all", X("GAFI")),
        ],
        ignore=[
            ("PARTIE 1 – L’ACTIVITÉ DÉCLARATIVE",),
            ("service de renseignement financier",),
            ("autorité judiciaire",),
            ("cellules de ren-\nseignement financier (CRF)",),
            ("CRF", 1),
            ("cheffe\ndu département de l’analyse",),
        ],
        not_acronyms=[
            ("PARTIE 1 – L’ACTIVITÉ DÉCLARATIVE",),
            ("Mme",),
        ],
    )
)

# ==========================================================================
# 11. ACPR annual report: AML chapter (ECB, EBA/ABE, AMLA, AMF, DGFiP)
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-acpr-rapport-lcbft",
        text="""ACPR – Rapport annuel 2024 31

CHAPITRE 4
LA LUTTE CONTRE LE BLANCHIMENT ET LE FINANCEMENT DU TERRORISME

L’Autorité de contrôle prudentiel et de résolution (ACPR), adossée à la Banque
de France, veille au respect des obligations de lutte contre le blanchiment de
capitaux et le financement du terrorisme (LCB-FT) par les banques, les assu-
reurs et les établissements de paiement. En 2024, elle a conduit 64 contrôles
sur place et prononcé, par sa commission des sanctions, six sanctions pour un
montant total de 11,4 M€, dont un blâme et une amende de 3 M€ à l’encontre de
la société Orbanque Paiements.

Les grandes banques françaises relèvent, pour la surveillance prudentielle, du
mécanisme de surveillance unique (MSU) piloté par la Banque centrale euro-
péenne (BCE) à Francfort ; la LCB-FT demeure en revanche une compétence na-
tionale, dans l’attente de la montée en charge de l’Autorité européenne de
lutte contre le blanchiment de capitaux (AMLA), installée à Francfort en 2025.
L’Autorité bancaire européenne (ABE, ou EBA selon son sigle anglais) a publié
en juillet des orientations que l’ACPR a déclarées conformes.

Contrôles sur place LCB-FT par secteur 2023 2024
Banques 29 31
Établissements de paiement et de monnaie électronique 14 19
Assurance vie 9 11
Changeurs manuels 3 3

S’agissant des crypto-actifs, l’ACPR et l’Autorité des marchés financiers (AMF)
ont instruit conjointement 27 dossiers d’agrément de prestataires de services
sur crypto-actifs (CASP) au titre du règlement MiCA. Les signalements relatifs
à des fraudes fiscales sont transmis à la Direction générale des Finances pu-
bliques (DGFiP) ; la doctrine applicable aux plus-values sur actifs numériques
est publiée au BOFiP. Ces échanges s’inscrivent dans le plan interministériel
de lutte contre les fraudes coordonné par la MICAF, qui a succédé en 2020 à
la DNLF.

M. Gaspard VAN
DER MEERSCH, secrétaire général adjoint de l’ACPR, a présenté ces résultats le
8 avril 2025 devant la commission des finances de l’Assemblée nationale.

Rapport annuel 2024 – ACPR 32""",
        spans=[
            ("ACPR", "ORG"),
            ("Autorité de contrôle prudentiel et de résolution", "ORG"),
            ("Banque\nde France", "ORG"),
            ("Orbanque Paiements", "ORG"),
            ("Banque centrale euro-\npéenne", "ORG"),
            ("BCE", "ORG"),
            ("Francfort", "LOC"),
            ("Autorité européenne de\nlutte contre le blanchiment de capitaux", "ORG"),
            ("AMLA", "ORG"),
            ("Autorité bancaire européenne", "ORG"),
            ("ABE", "ORG"),
            ("EBA", "ORG"),
            ("Autorité des marchés financiers", "ORG"),
            ("AMF", "ORG"),
            ("Direction générale des Finances pu-\nbliques", "ORG"),
            ("DGFiP", "ORG"),
            ("MICAF", "ORG"),
            ("DNLF", "ORG"),
            ("Gaspard VAN\nDER MEERSCH", "PER"),
            ("commission des finances de l’Assemblée nationale", "ORG"),
        ],
        acronyms=[
            ("ACPR", "all", X("ACPR")),
            ("LCB-FT", "all", X("LCB-FT")),
            ("MSU", "all", X("MSU")),
            ("BCE", "all", X("BCE")),
            ("AMLA", "all", X("AMLA", "Autorité européenne de lutte contre le blanchiment de capitaux")),
            ("ABE", "all", X("ABE")),
            ("EBA", "all", X("EBA", "Autorité bancaire européenne")),
            ("AMF", "all", X("AMF")),
            ("CASP", "all", X("CASP", "prestataires de services sur crypto-actifs")),
            ("MiCA", "all", X("MiCA")),
            ("DGFiP", "all", None),
            ("BOFiP", "all", X("BOFiP")),
            ("MICAF", "all", X("MICAF")),
            ("DNLF", "all", X("DNLF")),
        ],
        ignore=[
            ("CHAPITRE 4\nLA LUTTE CONTRE LE BLANCHIMENT ET LE FINANCEMENT DU TERRORISME",),
            ("commission des sanctions",),
            ("mécanisme de surveillance unique (MSU)",),
        ],
        not_acronyms=[
            ("CHAPITRE 4\nLA LUTTE CONTRE LE BLANCHIMENT ET LE FINANCEMENT DU TERRORISME",),
            ("M.",),
            ("VAN\nDER MEERSCH",),
        ],
    )
)

# ==========================================================================
# 12. CNIL deliberation (opinion on the arrêté of text 9), NOR number
# ==========================================================================
DOCS.append(
    dict(
        id="everyday-cnil-deliberation",
        text="""Délibération n° 2025-041 du 22 mai 2025 portant avis sur un projet d’arrêté relatif
aux échanges de données entre les organismes de sécurité sociale et France Travail
(demande d’avis n° 25004512)

NOR : CNIX2516788V

La Commission nationale de l’informatique et des libertés,
Saisie par le ministre du travail, de la santé, des solidarités et des familles
d’une demande d’avis concernant un projet d’arrêté relatif aux échanges de
données entre les organismes de sécurité sociale et France Travail ;
Vu le règlement (UE) 2016/679 du Parlement européen et du Conseil du
27 avril 2016 (RGPD) ;
Vu le code de la sécurité sociale, notamment ses articles L. 114-9 et suivants ;
Vu la loi n° 78-17 du 6 janvier 1978 modifiée relative à l’informatique, aux
fichiers et aux libertés ;
Après avoir entendu Mme Bénédicte Arrighi-Lemaire, commissaire, en son rap-
port, et M. Olivier Tchakarian, commissaire du Gouvernement, en ses observa-
tions,

Émet l’avis suivant :

I. Sur les données traitées

Le projet d’arrêté prévoit que la Caisse nationale de l’assurance maladie (Cnam),
la Caisse centrale de la mutualité sociale agricole (CCMSA), la Caisse nationale
des allocations familiales (Cnaf) et l’Urssaf Caisse nationale transmettent à
France Travail des données d’identification, dont le numéro d’inscription au ré-
pertoire national d’identification des personnes physiques (NIR). La Commission
rappelle que l’utilisation du NIR est encadrée par le décret n° 2019-341 du
19 avril 2019 et que son usage doit rester strictement limité aux finalités de
lutte contre la fraude.

II. Sur les garanties

Une analyse d’impact relative à la protection des données (AIPD) a été trans-
mise. La Commission relève qu’elle ne couvre pas les échanges avec la Direction
générale des finances publiques (DGFiP), prévus à l’article 3 du projet, ni l’ap-
pariement avec le Système national des données de santé (SNDS). Elle demande
que l’AIPD soit complétée sur ces points avant toute mise en œuvre.

La présidente,
Armelle VASSEUR-
KERBOUL

CNIL — Délibération n° 2025-041 — Page 2 sur 2""",
        spans=[
            ("France Travail", "ORG"),
            ("Commission nationale de l’informatique et des libertés", "ORG"),
            ("Parlement européen", "ORG"),
            ("Conseil", "ORG"),
            ("Bénédicte Arrighi-Lemaire", "PER"),
            ("Olivier Tchakarian", "PER"),
            ("Caisse nationale de l’assurance maladie", "ORG"),
            ("Cnam", "ORG"),
            ("Caisse centrale de la mutualité sociale agricole", "ORG"),
            ("CCMSA", "ORG"),
            ("Caisse nationale\ndes allocations familiales", "ORG"),
            ("Cnaf", "ORG"),
            ("Urssaf Caisse nationale", "ORG"),
            ("Direction\ngénérale des finances publiques", "ORG"),
            ("DGFiP", "ORG"),
            ("Armelle VASSEUR-\nKERBOUL", "PER"),
            ("CNIL", "ORG"),
        ],
        acronyms=[
            ("UE", "all", None),
            ("RGPD", "all", X("RGPD")),
            ("Cnam", "all", X("Cnam")),
            ("CCMSA", "all", X("CCMSA")),
            ("Cnaf", "all", X("Cnaf")),
            ("Urssaf", "all", None),
            (
                "NIR",
                "all",
                X(
                    "NIR",
                    "numéro d’inscription au répertoire national d’identification des personnes physiques",
                ),
            ),
            ("AIPD", "all", X("AIPD")),
            ("DGFiP", "all", ["Direction générale des finances publiques"]),
            ("SNDS", "all", X("SNDS")),
            ("CNIL", "all", X("CNIL")),
        ],
        ignore=[
            ("ministre du travail, de la santé, des solidarités et des familles",),
            ("règlement (UE) 2016/679",),
            ("commissaire",),
            ("commissaire du Gouvernement",),
            ("Commission", [1, 2]),
            ("présidente",),
        ],
        not_acronyms=[
            ("NOR : CNIX2516788V",),
            ("L.",),
            ("Mme",),
            ("M.",),
            ("I.",),
            ("II.",),
            ("VASSEUR-\nKERBOUL",),
        ],
    )
)
