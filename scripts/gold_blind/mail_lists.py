"""Blind gold texts: two e-mails with headers, a quoted earlier message and signatures (a school
trip, a festival's grant file), and a prefecture's directory of contacts in an overseas
département (La Réunion), one line per person.

Written for seedner and annotated by hand, per ../shared/gold/GUIDELINES.md and the conventions
of tests/data/gold/README.md, scripts/gold_everyday/ and scripts/gold_holdout/, before seedner was
run on any of them. Agencies, bodies and places are real, with their official names; all people,
companies, associations, phone numbers, figures and quotes are fictional.

Typography as in the holdout modules: ``_fr()`` puts the no-break spaces in the text and in every
surface, except in the first e-mail (``typo=False``), typed with plain spaces and straight
apostrophes.

Conventions decided here, on top of the README and the everyday and holdout modules:
- as in the holdout e-mail, display names are annotated like the body (``CARON Delphine``,
  ``DAREIC Lille``, ``Aveyron Culture``); header labels (``Cc``, ``RE``) are not acronyms;
- a school named after a person (``Collège Jean-Macé``) is a facility: ignored, like ``hôpital
  Dupuytren``; a role written as an acronym (``CPE``) is ignored and listed as an acronym; a
  school's ``foyer socio-éducatif (FSE)`` is a generic body: ignored with its acronym;
- a festival's edition and a call for projects (``« Collégiens citoyens »``) are MISC: nothing;
  ``attestation Urssaf`` names the body: ORG;
- in the directory, the functions and the units inside a body (``DRDFE`` of the préfecture,
  ``maison de protection des familles (MPF)``, ``site Félix-Guyon``) are ignored, their acronyms
  listed; ``Gendarmerie`` alone in a cell is the generic institution: ignored; the hotline
  ``Violences Femmes Info`` is a service name (MISC): ignored.
"""

from functools import partial

from gold_text import document, expansions, french_typography

_OFF = {
    "ccas": ["centre communal d'action sociale"],
    "cgss": ["caisse générale de sécurité sociale"],
    "chu": ["centre hospitalier universitaire"],
    "cidff": ["Centre d'information sur les droits des femmes et des familles"],
    "cnm": ["Centre national de la musique"],
    "comgend": ["commandement de la gendarmerie"],
    "cpe": ["conseiller principal d'éducation", "conseillère principale d'éducation"],
    "dareic": [
        "délégation académique aux relations européennes et internationales et à la coopération",
    ],
    "deets": ["direction de l'économie, de l'emploi, du travail et des solidarités"],
    "drac": ["direction régionale des affaires culturelles"],
    "drdfe": ["délégation régionale aux droits des femmes et à l'égalité"],
    "dsden": ["direction des services départementaux de l'éducation nationale"],
    "dtpn": ["direction territoriale de la police nationale"],
    "fse": ["foyer socio-éducatif"],
    "guso": ["Guichet unique du spectacle occasionnel"],
    "mpf": ["maison de protection des familles"],
    "pai": ["projet d'accueil individualisé"],
    "sacem": ["Société des auteurs, compositeurs et éditeurs de musique"],
    "sie": ["service des impôts des entreprises"],
    "siret": ["système d'identification du répertoire des établissements"],
    "sms": ["short message service", "service de messages courts"],
    "ttc": ["toutes taxes comprises"],
    "vif": ["violences intrafamiliales"],
}


_x = partial(expansions, _OFF)


_fr = french_typography


_doc = document


TITLECASE_ACRONYMS = {"sacem", "guso"}

DOCS = [
    # ======================================================================
    # 1. E-mail (Outlook style, RE:) from a collège principal to the rectorat's European
    #    office about a school trip to Brussels; quoted message with ">" and two signatures.
    # ======================================================================
    _doc(
        id="blind-mail-college-sortie-bruxelles",
        typo=False,
        text="""De : CARON Delphine <ce.0622154x@ac-lille.fr>
Envoyé : jeudi 12 mars 2026 17:48
À : DAREIC Lille <dareic@ac-lille.fr>
Cc : LEROY Mathieu <mathieu.leroy@ac-lille.fr>; Autocars Vandewalle <reservation@autocars-vandewalle.fr>
Objet : RE: Sortie Bruxelles 3e - Parlementarium - demande d'accord

Madame Wattebled,

Merci pour votre retour rapide. Je vous confirme les éléments suivants :
- 52 élèves de 3e et 5 accompagnateurs, dont le CPE, M. Leroy ;
- départ du collège le mardi 7 avril à 6 h 45 avec les Autocars Vandewalle, retour prévu vers 20 h ;
- visite du Parlementarium le matin, rencontre avec une fonctionnaire de la Commission européenne l'après-midi.

Le coût est de 41 euros par élève. Le foyer socio-éducatif (FSE) prend en charge 15 euros et les familles qui le souhaitent pourront solliciter le fonds social collégien, dont les dossiers sont instruits par la DSDEN du Pas-de-Calais. Deux élèves bénéficient d'un PAI : leurs traitements seront confiés à l'infirmière, qui participe à la sortie.

Le conseil d'administration du 10 mars a adopté la programmation du voyage à l'unanimité ; l'extrait de procès-verbal est en pièce jointe.

Bien cordialement,

Delphine CARON
Principale
Collège Jean-Macé
12 rue Fernand-Darchicourt - 62110 Hénin-Beaumont
Tél. : 03 21 20 48 00

> De : DAREIC Lille <dareic@ac-lille.fr>
> Envoyé : mercredi 11 mars 2026 10:05
> À : CARON Delphine <ce.0622154x@ac-lille.fr>
> Objet : Sortie Bruxelles 3e - Parlementarium - demande d'accord
>
> Madame la Principale,
>
> La délégation académique aux relations européennes et internationales et à la coopération (DAREIC) a bien reçu votre demande de sortie en Belgique. Pour que la rectrice puisse donner son accord, merci de préciser l'encadrement prévu et le financement, et de confirmer que le conseil d'administration a délibéré.
> Pour information, la Région Hauts-de-France ne finance pas les sorties d'une journée ; le Département du Pas-de-Calais peut en revanche être sollicité au titre de son appel à projets « Collégiens citoyens ».
>
> Bien cordialement,
> Sophie Wattebled
> Chargée de mission mobilité des élèves
> DAREIC - Rectorat de l'académie de Lille
> 144 rue de Bavay - 59000 Lille""",
        spans=[
            ("CARON Delphine", "PER"),
            ("DAREIC Lille", "ORG"),
            ("LEROY Mathieu", "PER"),
            ("Autocars Vandewalle", "ORG"),
            ("Bruxelles", "LOC"),
            ("Wattebled", "PER"),
            ("Leroy", "PER"),
            ("Commission européenne", "ORG"),
            ("DSDEN du Pas-de-Calais", "ORG"),
            ("Delphine CARON", "PER"),
            ("Hénin-Beaumont", "LOC"),
            ("délégation académique aux relations européennes et internationales et à la coopération", "ORG"),
            ("DAREIC", "ORG"),
            ("Belgique", "LOC"),
            ("Région Hauts-de-France", "ORG"),
            ("Département du Pas-de-Calais", "ORG"),
            ("Sophie Wattebled", "PER"),
            ("Rectorat de l'académie de Lille", "ORG"),
            ("Lille", "LOC"),
        ],
        acronyms=[
            ("DAREIC", "all", _x("DAREIC")),
            ("CPE", "all", _x("CPE")),
            ("FSE", "all", _x("FSE")),
            ("DSDEN", "all", _x("DSDEN")),
            ("PAI", "all", _x("PAI")),
        ],
        ignore=[
            ("Parlementarium",),
            ("CPE",),
            ("foyer socio-éducatif (FSE)",),
            ("Principale",),
            ("Collège Jean-Macé",),
            ("rue Fernand-Darchicourt",),
            ("Madame la Principale",),
            ("rectrice",),
            ("Chargée de mission mobilité des élèves",),
            ("rue de Bavay",),
        ],
        not_acronyms=[
            ("CARON",),
            ("Cc",),
            ("LEROY",),
            ("RE",),
            ("M.",),
        ],
    ),
    # ======================================================================
    # 2. E-mail (Thunderbird style, Re:) from a festival association in Aveyron to the DRAC
    #    about its grant file: Sacem, Urssaf, CNM, Guso, SIE, SIRET, TVA (curly apostrophes).
    # ======================================================================
    _doc(
        id="blind-mail-festival-conques-drac",
        text="""De : Claire Vernhes <direction@nuitsdeconques.fr>
Date : lundi 19 janvier 2026 09:37
À : Bastien Rouquette <bastien.rouquette@culture.gouv.fr>
Cc : Aveyron Culture <contact@aveyron-culture.fr>
Objet : Re: Festival 2026 – dossier de subvention DRAC

Bonjour Bastien,

Merci pour votre appel de vendredi. Comme convenu, voici les compléments pour le dossier :

– le budget prévisionnel 2026 (186 400 € TTC), qui intègre la hausse des droits Sacem et des cachets ;
– l’attestation de vigilance de l’Urssaf Midi-Pyrénées et notre numéro SIRET ;
– la notification de l’aide du Centre national de la musique (CNM) au titre de son programme pour les festivals (12 000 €).

Pour le concert avec les choristes amateurs de Rodez, nous déclarerons les cachets des musiciens au Guso, comme l’an dernier. La Région Occitanie nous a confirmé 25 000 € ; le conseil départemental de l’Aveyron votera son aide le 6 février.

Dernier point : l’association n’est pas assujettie à la TVA, je joins le rescrit du service des impôts des entreprises (SIE) de Rodez.

Belle journée,
Claire

--
Claire Vernhes
Directrice
Association Les Nuits de Conques
Le Bourg – 12320 Conques-en-Rouergue
06 84 31 27 59

Le 16/01/2026 à 17:12, Bastien Rouquette a écrit :
> Bonjour Claire,
>
> Le dossier 2026 est bien arrivé à la direction régionale des affaires culturelles (DRAC) d’Occitanie, site de Montpellier. Pour le passer en commission le 3 février, il me manque l’attestation Urssaf, la notification du CNM et le budget détaillé.
> Je vous rappelle aussi que votre licence d’entrepreneur de spectacles expire en avril : la demande de renouvellement se fait sur la plateforme du ministère de la Culture.
>
> Bien cordialement,
> Bastien Rouquette
> Conseiller musique et danse
> Pôle création et industries culturelles
> DRAC Occitanie – 5 rue Salle-l’Évêque – 34000 Montpellier""",
        spans=[
            ("Claire Vernhes", "PER"),
            ("Bastien Rouquette", "PER"),
            ("Aveyron Culture", "ORG"),
            ("DRAC", "ORG"),
            ("Bastien", "PER"),
            ("Sacem", "ORG"),
            ("Urssaf Midi-Pyrénées", "ORG"),
            ("Centre national de la musique", "ORG"),
            ("CNM", "ORG"),
            ("Rodez", "LOC"),
            ("Guso", "ORG"),
            ("Région Occitanie", "ORG"),
            ("conseil départemental de l’Aveyron", "ORG"),
            ("service des impôts des entreprises", "ORG"),
            ("SIE", "ORG"),
            ("Claire", "PER"),
            ("Association Les Nuits de Conques", "ORG"),
            ("Conques-en-Rouergue", "LOC"),
            ("direction régionale des affaires culturelles", "ORG"),
            ("Occitanie", "LOC"),
            ("Montpellier", "LOC"),
            ("Urssaf", "ORG"),
            ("ministère de la Culture", "ORG"),
            ("DRAC Occitanie", "ORG"),
        ],
        acronyms=[
            ("DRAC", "all", _x("DRAC", "direction régionale des affaires culturelles")),
            ("TTC", "all", _x("TTC")),
            ("Sacem", "all", _x("Sacem")),
            ("Urssaf", "all", None),
            ("SIRET", "all", _x("SIRET")),
            ("CNM", "all", _x("CNM", "Centre national de la musique")),
            ("Guso", "all", _x("Guso")),
            ("TVA", "all", None),
            ("SIE", "all", _x("SIE", "service des impôts des entreprises")),
        ],
        ignore=[
            ("Directrice",),
            ("Le Bourg",),
            ("Conseiller musique et danse",),
            ("Pôle création et industries culturelles",),
            ("rue Salle-l’Évêque",),
        ],
        not_acronyms=[
            ("Cc",),
        ],
    ),
    # ======================================================================
    # 3. Directory of the domestic-violence referents in La Réunion (préfecture): one line per
    #    person, cells separated by " | ", names in capitals, functions, bodies, towns.
    # ======================================================================
    _doc(
        id="blind-annuaire-reunion-violences-intrafamiliales",
        text="""PRÉFET DE LA RÉUNION
Liberté
Égalité
Fraternité

Délégation régionale aux droits des femmes et à l’égalité (DRDFE)

ANNUAIRE DES RÉFÉRENTS VIOLENCES INTRAFAMILIALES (VIF) – LA RÉUNION
Mise à jour du 5 janvier 2026 – document interne, ne pas diffuser

Nom | Fonction | Structure | Commune | Téléphone
Mme Nathalie HOARAU | déléguée régionale | Préfecture de La Réunion – DRDFE | Saint-Denis | 02 62 40 77 01
M. Jean-Hugues PAYET | substitut référent VIF | Parquet de Saint-Denis | Saint-Denis | 02 62 40 25 10
Mme Sandrine FONTAINE | substitute référente VIF | Parquet de Saint-Pierre | Saint-Pierre | 02 62 35 91 20
Cne Laurent GRONDIN | officier prévention | Commandement de la gendarmerie de La Réunion (COMGEND) | Saint-Denis | 02 62 90 70 17
Cdt Marie-Annick RIVIÈRE | cheffe de la maison de protection des familles (MPF) | Gendarmerie – COMGEND | Saint-Paul | 02 62 45 12 30
M. Didier VELLAYOUDOM | chef de la brigade de protection des familles | Direction territoriale de la police nationale (DTPN) | Saint-Denis | 02 62 90 74 74
Dr Aurélie TECHER | médecin coordinatrice | CHU de La Réunion – site Félix-Guyon | Saint-Denis | 02 62 90 50 50
Mme Josiane BOYER | intervenante sociale en commissariat | Département de La Réunion | Le Port | 02 62 42 11 08
Mme Priscilla MUSSARD | juriste | Centre d’information sur les droits des femmes et des familles (CIDFF) | Saint-Denis | 02 62 20 08 30
M. Yannick LEBON | responsable de l’accès aux droits | Caf de La Réunion | Saint-Denis | 02 62 48 50 00
Mme Cindy NATIVEL | assistante sociale | CGSS de La Réunion | Sainte-Clotilde | 02 62 40 33 00
M. Thierry CADET | référent hébergement d’urgence | DEETS de La Réunion | Saint-Denis | 02 62 94 07 07
Mme Fabienne LAURET | chargée de mission santé des femmes | ARS La Réunion | Saint-Denis | 02 62 97 90 00
Mme Gisèle TURPIN | directrice | CCAS du Tampon | Le Tampon | 02 62 57 86 00
M. Patrick HOAREAU | conseiller technique | Rectorat de La Réunion | Saint-Denis | 02 62 48 10 10

Urgence : 17 ou 112 – SMS : 114 – Violences Femmes Info : 3919 (gratuit et anonyme)
Pour toute mise à jour : drdfe@reunion.pref.gouv.fr""",
        spans=[
            ("Nathalie HOARAU", "PER"),
            ("Préfecture de La Réunion", "ORG"),
            ("Saint-Denis", "LOC"),
            ("Jean-Hugues PAYET", "PER"),
            ("Parquet de Saint-Denis", "ORG"),
            ("Sandrine FONTAINE", "PER"),
            ("Parquet de Saint-Pierre", "ORG"),
            ("Saint-Pierre", "LOC"),
            ("Laurent GRONDIN", "PER"),
            ("Commandement de la gendarmerie de La Réunion", "ORG"),
            ("COMGEND", "ORG"),
            ("Marie-Annick RIVIÈRE", "PER"),
            ("Saint-Paul", "LOC"),
            ("Didier VELLAYOUDOM", "PER"),
            ("Direction territoriale de la police nationale", "ORG"),
            ("DTPN", "ORG"),
            ("Aurélie TECHER", "PER"),
            ("CHU de La Réunion", "ORG"),
            ("Josiane BOYER", "PER"),
            ("Département de La Réunion", "ORG"),
            ("Le Port", "LOC"),
            ("Priscilla MUSSARD", "PER"),
            ("Centre d’information sur les droits des femmes et des familles", "ORG"),
            ("CIDFF", "ORG"),
            ("Yannick LEBON", "PER"),
            ("Caf de La Réunion", "ORG"),
            ("Cindy NATIVEL", "PER"),
            ("CGSS de La Réunion", "ORG"),
            ("Sainte-Clotilde", "LOC"),
            ("Thierry CADET", "PER"),
            ("DEETS de La Réunion", "ORG"),
            ("Fabienne LAURET", "PER"),
            ("ARS La Réunion", "ORG"),
            ("Gisèle TURPIN", "PER"),
            ("CCAS du Tampon", "ORG"),
            ("Le Tampon", "LOC"),
            ("Patrick HOAREAU", "PER"),
            ("Rectorat de La Réunion", "ORG"),
        ],
        acronyms=[
            ("DRDFE", "all", _x("DRDFE", "Délégation régionale aux droits des femmes et à l’égalité")),
            ("VIF", "all", _x("VIF")),
            ("COMGEND", "all", _x("COMGEND", "Commandement de la gendarmerie de La Réunion")),
            ("MPF", "all", _x("MPF")),
            ("DTPN", "all", _x("DTPN", "Direction territoriale de la police nationale")),
            ("CHU", "all", _x("CHU")),
            (
                "CIDFF",
                "all",
                _x("CIDFF", "Centre d’information sur les droits des femmes et des familles"),
            ),
            ("Caf", "all", None),
            ("CGSS", "all", _x("CGSS")),
            ("DEETS", "all", _x("DEETS")),
            ("ARS", "all", None),
            ("CCAS", "all", _x("CCAS")),
            ("SMS", "all", _x("SMS")),
        ],
        ignore=[
            ("PRÉFET DE LA RÉUNION",),
            ("Liberté\nÉgalité\nFraternité",),
            ("Délégation régionale aux droits des femmes et à l’égalité (DRDFE)",),
            ("ANNUAIRE DES RÉFÉRENTS VIOLENCES INTRAFAMILIALES (VIF) – LA RÉUNION",),
            ("déléguée régionale",),
            ("DRDFE", 1),
            ("substitut référent VIF",),
            ("substitute référente VIF",),
            ("officier prévention",),
            ("cheffe de la maison de protection des familles (MPF)",),
            ("Gendarmerie",),
            ("chef de la brigade de protection des familles",),
            ("médecin coordinatrice",),
            ("site Félix-Guyon",),
            ("intervenante sociale en commissariat",),
            ("juriste",),
            ("responsable de l’accès aux droits",),
            ("assistante sociale",),
            ("référent hébergement d’urgence",),
            ("chargée de mission santé des femmes",),
            ("directrice",),
            ("conseiller technique",),
            ("Violences Femmes Info",),
        ],
        not_acronyms=[
            ("PRÉFET DE LA RÉUNION",),
            ("ANNUAIRE DES RÉFÉRENTS VIOLENCES INTRAFAMILIALES",),
            ("LA RÉUNION", 1),
            ("Mme",),
            ("M.",),
            ("HOARAU",),
            ("PAYET",),
            ("FONTAINE",),
            ("GRONDIN",),
            ("RIVIÈRE",),
            ("VELLAYOUDOM",),
            ("TECHER",),
            ("BOYER",),
            ("MUSSARD",),
            ("LEBON",),
            ("NATIVEL",),
            ("CADET",),
            ("LAURET",),
            ("TURPIN",),
            ("HOAREAU",),
        ],
    ),
]
