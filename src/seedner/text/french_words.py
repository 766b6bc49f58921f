"""French words the layers share: the definite articles, civilities, functions and ranks before a name,
nouns of things, and the words that open a message.

One list for every layer: span hygiene keeps them out of PER spans, and the
acronym rules read an ALL-CAPS word after them as a surname, not an acronym.
"""

from __future__ import annotations

import re

# The definite articles in lower case, the elided one with its apostrophe; ``ELIDED_ARTICLES`` without
# it, for words split at apostrophes (``l`` of ``l'Aude``).
DEFINITE_ARTICLES = frozenset({"le", "la", "les", "l'"})
ELIDED_ARTICLES = frozenset(article.rstrip("'") for article in DEFINITE_ARTICLES)
# Civilities: whatever the span's label, what follows them is a person.
CIVILITIES = (
    "M.",
    "MM.",
    "Mme",
    "Mmes",
    "Mlle",
    "Mlles",
    "Me",
    "Dr",
    "Pr",
    "Monsieur",
    "Madame",
    "Mademoiselle",
    # ranks abbreviated before a name in lists and directories: "Cdt Bruno Lafitte", "Capt. Hélène Duprat"
    "Cdt",
    "Cdt.",
    "Capt",
    "Capt.",
    "Cne",
    "Lt",
    "Lcl",
    "Col.",
    "Gal",
    "Adj.",
    "Adjt",
    "Adc",
    "Sgt",
)
# The civilities as a regular expression, longest first (``Mmes`` before ``Mme``), for the layers that
# find them in text; a caller adds what must follow (a blank, a capital).
CIVILITY_PATTERN = (
    "(?:" + "|".join(re.escape(word) for word in sorted(CIVILITIES, key=len, reverse=True)) + ")"
)
# Functions and ranks written before a name: outside the PER span.
ROLE_WORDS = (
    "général",
    "générale",
    "préfet",
    "préfète",
    "sous-préfet",
    "sous-préfète",
    "ministre",
    "procureur",
    "procureure",
    "commissaire",
    "colonel",
    "lieutenant-colonel",
    "capitaine",
    "lieutenant",
    "commandant",
    "amiral",
    "vice-amiral",
    "juge",
    "président",
    "présidente",
    "directeur",
    "directrice",
    "maire",
    "sénateur",
    "sénatrice",
    "député",
    "députée",
    "docteur",
    "professeur",
    "maître",
    "gendarme",
    "adjudant",
    "brigadier",
    "major",
    "avocat",
    "avocate",
)
# Nouns of what administrations keep, pay or run, not of a body (folded: no accents, lower case): a long
# form or a model name that starts with one names no entity (``Répertoire national commun de la
# protection sociale (RNCPS)``, ``Système national des données de santé (SNDS)``, ``complément de
# traitement indiciaire (CTI)``), and nor does a class of bodies in the plural (``Prestataires de
# services sur actifs numériques (PSAN)``, ``Établissements de paiement``).  Not ``traitement``
# (Tracfin), ``programme`` (PNUD), ``aide`` (ASE), ``entreprises`` (Leem): bodies start so too.
_THINGS = (
    "repertoire registre fichier systeme complement prime indemnite allocation revenu taxe impot "
    "contribution cotisation plan dispositif contrat certificat carte permis formulaire reglement "
    "directive schema application logiciel plateforme numero identifiant procedure prestataires "
    "etablissements organismes operateurs intermediaires code fonds"
)
THING_NOUNS = frozenset(_THINGS.split())
# Nouns that end in -s or -x in the singular too (folded): ``Fonds européen``, ``Corps``, ``secours``.
_INVARIABLE = "fonds corps temps pays secours concours cours recours relais prix choix croix paix poids"
INVARIABLE_NOUNS = frozenset(_INVARIABLE.split())
# Greetings, sign-offs and interjections (folded): French writes them in lower case, but they open so
# many sentences and messages that the vectors rank them first with a capital (``Bonjour``,
# ``Cordialement``); in a text that has lost its case they are words, never names.
_OPENERS = (
    "bonjour bonsoir salut coucou allo merci bravo helas cordialement amicalement bises felicitations "
    "d'accord ok oui toutefois pourtant bref super desole desolee"
)
MESSAGE_OPENERS = frozenset(_OPENERS.split())
