"""Law firms and companies: with their legal form (``SCP Delvaux et Rochefort``, ``SELARL Martin``), or
named after their trade (``Valdémont Emballages``, ``Transports Dupuis``).

The model reads the partners' names as people or places (``Rochefort`` LOC, ``Aubert`` PER); the firm is
one organisation, whose legal form is an acronym nested in it.  A name whose first or last word is a
trade in the plural or a sector (``Emballages``, ``Grains``, ``Habitat``, ``Logistique``) is a company's
or a body's, though the model reads a person (``Valdémont Emballages``) or a place (``Atlantique Grains``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from seedner.records.mentions import Mention, not_given_by_data, with_found
from seedner.text.folding import fold

_NAME = r"[A-ZÀ-Þ][\w’'-]*"
# Partnerships list their partners, commas included (``SCP Delvaux, Martin et Rochefort``); a company's
# name ends at a comma (``SAS LOGIFRAIS RHÔNE, ZI Mi-Plaine``: its address follows).
_PARTNERSHIPS: tuple[str, ...] = ("SCP", "SELARL", "SELAS", "SELAFA", "AARPI")
_COMPANIES: tuple[str, ...] = (
    "SARL",
    "SAS",
    "SASU",
    "EURL",
    "SNC",
    "SA",
    "SPL",
    "SEM",
    "SAEM",
    "SEML",
    "SCOP",
)
_COMPANIES += ("SCIC", "GIE", "SCI", "SCEA", "GAEC", "EARL")
_FIRM = re.compile(
    rf"\b(?:(?:{'|'.join(_PARTNERSHIPS)})\s+{_NAME}(?:(?:\s+(?:et|&)\s+|,\s*|\s+){_NAME}){{0,4}}"
    rf"|(?:{'|'.join(_COMPANIES)})\s+{_NAME}(?:(?:\s+(?:et|&)\s+|\s+){_NAME}){{0,4}})"
)
# A legal form before a space: what ``_FIRM`` needs, found fast (a pattern that opens with letters is
# looked for by them; one that opens with ``\b`` is tried at every position of the text).
_LEGAL_FORM = re.compile(rf"(?:{'|'.join(_PARTNERSHIPS + _COMPANIES)})\s")


def firms(text: str, mentions: Sequence[Mention]) -> tuple[list[Mention], list[Mention]]:
    """``mentions`` with each firm named with its legal form as one ORG mention in place of the mentions
    inside it, and the acronym mentions that were inside (the legal form, a known acronym), to be nested
    in it; a word in capitals no dictionary expands is part of the name (``SAS LOGIFRAIS``), no acronym."""
    if _LEGAL_FORM.search(text) is None:
        return list(mentions), []
    found = [(m.start(), m.end()) for m in _FIRM.finditer(text)]
    if not found:
        return list(mentions), []
    kept: list[Mention] = []
    nested: list[Mention] = []
    for mention in mentions:
        firm = next(((s, e) for s, e in found if s <= mention.start and mention.end <= e), None)
        if firm is None:
            kept.append(mention)
        elif mention.acronym and (mention.expansion or mention.start == firm[0]):
            nested.append(replace(mention, label="MISC"))  # its legal form, a known acronym in its name
    for start, end in found:
        if not any(m.start < end and start < m.end for m in kept):
            kept.append(
                Mention(start, end, text[start:end], "ORG", source="model", canonical=text[start:end])
            )
    return sorted(kept, key=lambda m: (m.start, m.end)), nested


# Trades and sectors, as names write them, that end a company's name (``Kerhalo Conserves``, ``Breizh
# Mobilités``) or, in the plural, open one (``Transports Dupuis``, ``Laboratoires Servier``).
_LAST_WORDS = """
    Emballages Emballage Grains Céréales Conserves Transports Logistique Habitat Immobilier Industries
    Industrie Services Distribution Mobilités Énergies Bâtiment Constructions Travaux Menuiserie Charpente
    Métallurgie Plastiques Textiles Viandes Salaisons Biscuiterie Fonderie Fonderies Forges Chantiers
    Ateliers Laboratoires Pharma Technologies Solutions Assurances Automobiles Motors Groupe Group Holding
    Invest Capital Partners Consulting Telecom Médias Éditions Productions Vins Brasserie Fromagerie
    Laiterie Négoce Matériaux Papeteries Cartonnages Imprimerie Peintures Verrerie Électronique
    Informatique Nettoyage Propreté Recyclage Environnement Aéronautique Agroalimentaire Autocars Ambulances
    Taxis Thermes Marée Culture Tourisme Paiements"""
_TRADE_LAST = frozenset(fold(word) for word in _LAST_WORDS.split())
_FIRST_WORDS = """
    transports etablissements ateliers chantiers laboratoires editions conserveries fonderies forges
    papeteries cartonnages verreries salaisons menuiseries constructions industries entreprises autocars
    ambulances taxis"""
_TRADE_FIRST = frozenset(_FIRST_WORDS.split())
_CAPITALISED = re.compile(r"[A-ZÀ-Þ][\w’'-]*|&|et")
# A capitalised trade, and the one to three capitalised words before it: a company's name wherever it is
# written.  The trade is found first: few texts hold one.
_TRADE_WORDS = tuple(_LAST_WORDS.split())
_TRADE_SET = frozenset(_TRADE_WORDS)
_TITLE_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+")
_TRADE_WORD = re.compile(r"(?<![\w'’-])(?:" + "|".join(_TRADE_WORDS) + r")(?![\w'’-])")
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])(?P<first>[A-ZÀ-Þ][\w-]+)(?:[^\S\n]+[A-ZÀ-Þ][\w-]+){0,2}[^\S\n]+\Z")
_FUNCTION_WORDS_TEXT = """
    Le La Les L De Du Des D Au Aux En Et Un Une Ce Cette Ces Son Sa Ses Leur Leurs Notre Nos Votre Vos Par
    Pour Sur Sous Dans Avec Chez Selon Entre Vers Depuis Après Avant Chaque Tout Toute Tous Toutes"""
_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())


def trade_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Model people and places named after a trade or a sector, as organisations (module docstring);
    such a name the model missed (``Marais Salants Distribution``) becomes one."""
    relabelled = [
        replace(mention, label="ORG", canonical="") if _trade_name(mention) else mention
        for mention in mentions
    ]
    found = []
    trades = _TRADE_WORD.finditer(text) if not _TRADE_SET.isdisjoint(_TITLE_WORD.findall(text)) else ()
    for trade in trades:
        name = _NAME_BEFORE.search(text, max(0, trade.start() - 80), trade.start())
        if name is not None and name.group("first") not in _FUNCTION_WORDS:
            found.append((name.start(), trade.end()))
    return with_found(text, relabelled, not_given_by_data(found, relabelled), "ORG") if found else relabelled


def _trade_name(mention: Mention) -> bool:
    if mention.source != "model" or mention.acronym or mention.label not in ("PER", "LOC"):
        return False
    words = mention.text.split()
    if not 2 <= len(words) <= 4 or not (fold(words[-1]) in _TRADE_LAST or fold(words[0]) in _TRADE_FIRST):
        return False
    return all(_CAPITALISED.fullmatch(word) for word in words)


# The common nouns the press puts before a company's or a body's name (``le cabinet Ouestaudit``, ``le
# groupe allemand Kessler Verpackung``, ``les bailleurs Habitat 25``) or after it, in apposition
# (``Nautilia, le fabricant de …``, ``Payliane, établissement de paiement``).
_COMPANY_NOUN_PHRASES = (
    "société",
    "entreprise",
    "groupe",
    "cabinet",
    "laboratoire",
    "bailleurs",
    "bailleur",
    "enseigne",
    "start-up",
    "jeune pousse",
    "PME",
    "fabricant",
    "transporteur",
    "opérateur",
    "équipementier",
    "constructeur",
    "distributeur",
    "assureur",
    "prestataire",
    "sous-traitant",
    "fournisseur",
    "filiale",
    "coopérative",
    "exploitant",
    "chantier naval",
    "établissement de paiement",
    "établissement de crédit",
    "établissement de monnaie électronique",
)
_COMPANY_NOUNS = (
    "(?:" + "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in _COMPANY_NOUN_PHRASES) + ")"
)
_ADJECTIVES = r"(?:\s+[a-zà-ÿ][\w-]*){0,2}"  # ``allemand``, ``départemental``, ``de paiement``
# Their first words without the first letter, whatever its case: a cheap test that a text holds one.
_COMPANY_NOUN_STEMS = tuple(dict.fromkeys(phrase.split()[0][1:] for phrase in _COMPANY_NOUN_PHRASES))
# Their first words in lower case: what the text around a mention holds, in lower case, if they are there.
_COMPANY_NOUN_FIRST = re.compile(
    "|".join(re.escape(word) for word in dict.fromkeys(p.split()[0].lower() for p in _COMPANY_NOUN_PHRASES))
)
_COMPANY_BEFORE = re.compile(rf"(?<![\w-]){_COMPANY_NOUNS}{_ADJECTIVES}\s+\Z", re.IGNORECASE)
_COMPANY_AFTER = re.compile(
    rf"\A\s*,\s+(?:(?:le|la|l['’]|un|une|son|sa)\s*)?(?:premier\s+|première\s+|jeune\s+)?{_COMPANY_NOUNS}\b",
    re.IGNORECASE,
)


_PLACE_BEFORE = re.compile(r"\b(?:à|À|au|Au|en|En|dans|Dans|vers|depuis|Depuis)\s+\Z")


def named_companies(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Model people and places that a company noun introduces or follows in apposition, as organisations
    (``le cabinet Ouestaudit``, ``Nautilia, le fabricant de …``)."""
    if not any(stem in text for stem in _COMPANY_NOUN_STEMS):
        return list(mentions)
    return [
        replace(mention, label="ORG", canonical="") if _introduced_as_company(text, mention) else mention
        for mention in mentions
    ]


def _introduced_as_company(text: str, mention: Mention) -> bool:
    if mention.source != "model" or mention.acronym or mention.label not in ("PER", "LOC"):
        return False
    if not mention.text[:1].isupper():
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    around = (
        text[max(line_start, mention.start - 60) : mention.start] + " " + text[mention.end : mention.end + 60]
    )
    if _COMPANY_NOUN_FIRST.search(around.lower()) is None:  # a company noun is near, or neither test holds
        return False
    before = _COMPANY_BEFORE.search(text, max(line_start, mention.start - 60), mention.start)
    if before is not None:
        return True
    if _PLACE_BEFORE.search(text, max(line_start, mention.start - 12), mention.start):
        return False  # À Bourcefranc-le-Chapus, la jeune pousse …: the place of the company
    return _COMPANY_AFTER.match(text[mention.end : mention.end + 60]) is not None
