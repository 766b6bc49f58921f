"""French words that introduce a person's name: civilities, and functions or ranks.

One list for every layer: span hygiene keeps them out of PER spans, and the
acronym rules read an ALL-CAPS word after them as a surname, not an acronym.
"""

from __future__ import annotations

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
