"""Span hygiene: the boundaries users expect, whatever component found the span.

The statistical model puts titles inside names (``M. Retailleau``), keeps
articles (``l'Office …``, ``la DGSI``), quotes and dashes, joins a photographer
and an agency (``Thomas SAMSON - AFP``) and finds ``N`` in ``N° 125``.  These
pure functions take mentions and the document text and give clean,
non-overlapping mentions; they never move a boundary outside the original span,
so ``text == document[start:end]`` always holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from seedner.records.furniture import is_furniture
from seedner.records.mentions import Mention
from seedner.records.people import people_as_written
from seedner.text.folding import casefold_key
from seedner.text.french_words import CIVILITIES, CIVILITY_PATTERN, ROLE_WORDS

# Common nouns the model capitalises into entities when they stand alone
# (``l'État``, ``la Préfecture``, a ``Contact`` line): generic institutions and
# labels, not names.  Compared case- and accent-insensitively, whole span only.
GENERIC_WORDS = frozenset(
    {
        "etat",
        "gouvernement",
        "republique",
        "nation",
        "administration",
        "justice",
        "police",
        "gendarmerie",
        "douane",
        "douanes",
        "prefecture",
        "parquet",
        "ministere",
        "ministre",
        "tribunal",
        "cour",
        "armee",
        "armees",
        "pays",
        "region",
        "departement",
        "commune",
        "ville",
        "capitale",
        "mairie",
        "contact",
        "contacts",
        "mail",
        "e-mail",
        "courriel",
        "tel",
        "tél",
        "telephone",
        "fax",
        "mel",
        "email",
        "mobile",
        "portable",
        "standard",
        "communique",
        "presse",
        "urgent",
        "source",
        "sources",
        "photo",
        "credit",
        "legende",
        "partager",
        # document furniture: headings and fields of letters, communiqués, judgments
        "communique de presse",
        "audience publique",
        "destinataire",
        "destinataires",
        "objet",
        "signataire",
        "pieces jointes",
        # the operative words of judgments and orders, in capitals: ``INFIRME le jugement``
        "infirme",
        "confirme",
        "deboute",
        "condamne",
        "ordonne",
        "rejette",
        "annule",
        "casse",
        "renvoie",
        "declare",
        "constate",
        "alloue",
        "statuant",
        "par ces motifs",
        # the English weekdays of e-mail dates: ``Date: Fri, 3 Oct 2025``
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
    }
) | {  # a civility alone is nobody: ``Madame, Monsieur,``, ``Maître,`` (the form of address)
    "monsieur",
    "madame",
    "mademoiselle",
    "messieurs",
    "mesdames",
    "maitre",
}
_EDGE_PUNCTUATION = "\"'«»“”‘’„()[]{}<>-–—,;:.!?*_/\\|"
_ELIDED_ARTICLE = re.compile(r"^(?:[lLdD]['’]|(?:de la|de l['’]|la|le|les|de|du|des|au|aux)\s*(?<=\s|['’]))")
# A model organisation does not start with a capitalised article (``La Dilcrah`` at a sentence start);
# names that do (``La Poste``, ``Le Monde``) are the gazetteer's.
_CAPITAL_ARTICLE_BEFORE_ONE_NAME = re.compile(r"^(?:La|Le|Les)\s+(?=[A-ZÀ-Þ][\w-]*$)")
# A common noun for a place of people or a work before its name is no part of it: ``port de Calais``,
# ``département du Finistère``, ``barrage de Vinça``.  Natural places keep theirs: ``mer du Nord``,
# ``île de Ré``.
_PLACE_NOUNS = (
    "port|gare|aéroport|département|arrondissement|commune|communes|ville|villes|canton|quartier|banlieue"
    "|agglomération"
    "|centre-ville|périphérie|environs|région|métropole|communauté urbaine|communauté d'agglomération"
    "|barrage|centrale|usine|stade|stadium|pont|viaduc|tunnel|station|site"  # works named after their town
)
_COMMON_NOUN_BEFORE_PLACE = re.compile(
    rf"^(?:{_PLACE_NOUNS})(?:\s+[a-zà-ÿœæ][\w'’-]*)?\s+(?:de\s+la\s+|de\s+l['’]|d['’]|de\s+|du\s+|des\s+)"
    r"(?=[A-ZÀ-Þ])"
)
# A postal address gives the town only: ``35033 Rennes Cedex 9``.
_POSTCODE = re.compile(r"^\d{5}\s+(?=\D)")
_CEDEX = re.compile(r"\s+(?:Cedex|CEDEX)(?:\s+\d{1,2})?$")
_CAPITAL_ARTICLE_BEFORE_ACRONYM = re.compile(r"^(?:La|Le|Les|Du|Des)\s+(?=[A-Z][A-Z0-9]{1,}\b)")
_INITIALISM = re.compile(r"(?:[A-Z]\.-?){2,}$")  # S.N.C.F., P.-O. (Pyrénées-Orientales)
# A name does not end with a function word: ``Présidence du`` (before ``Sénat``, found apart).
_TRAILING_FUNCTION_WORD = re.compile(r"\s+(?:de|du|des|d['’]|la|le|les|l['’]|au|aux|à|et|en|par|pour|sur)$")
_JOINER = re.compile(r"\s+[-–—/|]\s+")
_TITLE = re.compile(
    r"^(?:(?:"
    + "|".join(re.escape(word) for word in sorted(CIVILITIES, key=len, reverse=True))
    + r")(?=\s)|(?:"
    + "|".join(re.escape(word) for word in sorted(ROLE_WORDS, key=len, reverse=True))
    + r")\b)\s*",
    re.IGNORECASE,
)
_CIVILITY = re.compile(CIVILITY_PATTERN + r"(?=\s)")
_TITLED_PERSON = re.compile(_CIVILITY.pattern + r"\s+[A-ZÀ-Þ]")


def clean_mentions(text: str, mentions: Iterable[Mention]) -> list[Mention]:
    """Trim, relabel, split and filter mentions; the result never overlaps."""
    mentions = list(mentions)
    known_organisations = {m.text for m in mentions if m.label == "ORG" and m.source != "model"}
    cleaned: list[Mention] = []
    starts = sorted(m.start for m in mentions)
    for mention in mentions:
        for piece in one_line(mention):
            whole = elided_compound(text, wrapped_particle(text, piece))
            for part in split_joined(text, whole, known_organisations):
                trimmed = trim_mention(text, part)
                if trimmed is not None and is_worth_keeping(trimmed.text) and not is_furniture(text, trimmed):
                    cleaned.append(people_as_written(text, trimmed, starts))
    return remove_overlaps(cleaned)


# Line breaks, and the cell separators of a table laid out as text ("Arcachon | Cdt Bruno Lafitte").
_CELL_BREAK = re.compile(r"[\n\t|]")
_CELL_BREAKS = str.maketrans("\t|", "\n\n")


def one_line(mention: Mention) -> list[Mention]:
    """A model span within one line, and one cell of a table: its longest line (the first on ties), and
    the people whose civility or rank opens a line or a cell.

    The line breaks left in the text are those the normalisation kept (a hard wrap inside a paragraph
    is a space by then), so a span across one runs into a signature's next line (``Luc Garnier\n
    Greffier``), a form's next field (``Mme Hélène Kerautret\nConseillers :``), a heading or the next
    cell of a row (``Arcachon | Cdt Bruno Lafitte``: ``Arcachon`` keeps the span's label, ``Cdt Bruno
    Lafitte`` is a person).  Names the gazetteer knows whole keep their span.
    """
    if mention.source != "model" or not _CELL_BREAK.search(mention.text):
        return [mention]
    pieces: list[tuple[int, int]] = []
    at = 0
    for line in mention.text.translate(_CELL_BREAKS).split("\n"):
        stripped = line.strip()
        start = at + line.index(stripped) if stripped else at
        pieces.append((start, start + len(stripped)))
        at += len(line) + 1
    people = [(start, end) for start, end in pieces if _TITLED_PERSON.match(mention.text, start, end)]
    others = [piece for piece in pieces if piece not in people]
    if people and mention.label == "PER":
        others = []
    kept = [*people, max(others, key=lambda piece: piece[1] - piece[0])] if others else people
    return [
        replace(
            mention,
            start=mention.start + start,
            end=mention.start + end,
            text=mention.text[start:end],
            label="PER" if (start, end) in people else mention.label,
            canonical="",
        )
        for start, end in sorted(kept)
        if end > start
    ]


# A name particle that ends a line: the surname goes on on the next one (``Héloïse DE\nVILLEMAREST``).
_PARTICLE_AT_LINE_END = re.compile(
    r"\s(?:DE|DU|DES|D'|D’|LE|LA|VAN|VON|DER|DEN|DI|DA|DEL|DOS|de|du|van|von)$"
)
_NEXT_LINE_NAME = re.compile(r"[ \t]*\n[ \t]*(?:[A-ZÀ-Þ][\w'’-]*)(?: [A-ZÀ-Þ][\w'’-]*){0,2}(?![\w'’-])")


def wrapped_particle(text: str, mention: Mention) -> Mention:
    """A person whose line ends with a name particle takes the next line's capitalised words: a name
    wrapped by a layout (``Héloïse DE\nVILLEMAREST``, ``Gaspard VAN\nDER MEERSCH``)."""
    if mention.label != "PER" or mention.source != "model" or not _PARTICLE_AT_LINE_END.search(mention.text):
        return mention
    following = _NEXT_LINE_NAME.match(text, mention.end)
    if following is None:
        return mention
    end = following.end()
    return replace(mention, end=end, text=text[mention.start : end], canonical="")


# A compound name cut at its elision: ``Cuxac-d`` + ``’Aude``, ``Saint-Pierre-d`` + ``’Oléron``.
_ELIDED_COMPOUND_END = re.compile(r"-[dlDL]['’]?$")
_ELIDED_REST = re.compile(r"['’]?[A-ZÀ-Þ][\w’'-]*")


def elided_compound(text: str, mention: Mention) -> Mention:
    """A name that ends at the elision of a compound takes the word elided to (``Cuxac-d’Aude``)."""
    if not _ELIDED_COMPOUND_END.search(mention.text):
        return mention
    rest = _ELIDED_REST.match(text, mention.end)
    if rest is None or (
        not mention.text.endswith(("'", "’")) and text[mention.end : mention.end + 1] not in "'’"
    ):
        return mention
    end = rest.end()
    return replace(mention, end=end, text=text[mention.start : end], canonical="")


def split_joined(text: str, mention: Mention, known_organisations: set[str]) -> list[Mention]:
    """``Thomas SAMSON - AFP`` → ``Thomas SAMSON`` (PER) and ``AFP`` (ORG).

    A model span is cut at a spaced dash or slash when one side is an
    organisation: known from the gazetteer or acronym component in this
    document, or shaped like an acronym; a field after it goes (``Arianna
    Podestà – Tél``).
    """
    if mention.source != "model":
        return [mention]
    joiner = _JOINER.search(mention.text)
    if joiner is None:
        return [mention]
    left, right = mention.text[: joiner.start()], mention.text[joiner.end() :]
    if not is_worth_keeping(right.strip(_EDGE_PUNCTUATION + " ")):  # Arianna Podestà – Tél. : …
        return [replace(mention, end=mention.start + len(left), text=left, canonical="")]
    left_is_org, right_is_org = (
        _is_organisation(left, known_organisations),
        _is_organisation(right, known_organisations),
    )
    if not (left_is_org or right_is_org):
        return [mention]
    right_start = mention.start + joiner.end()
    left_mention = replace(
        mention, end=mention.start + len(left), text=left, label="ORG" if left_is_org else mention.label
    )
    right_mention = replace(
        mention, start=right_start, text=right, label="ORG" if right_is_org else mention.label, canonical=""
    )
    left_mention = replace(left_mention, canonical="")
    return [left_mention, *split_joined(text, right_mention, known_organisations)]


def _is_organisation(part: str, known: set[str]) -> bool:
    part = part.strip()
    return part in known or bool(re.fullmatch(r"[A-Z][A-Z0-9&]{1,7}", part))


def trim_mention(text: str, mention: Mention) -> Mention | None:
    """Remove edge punctuation, articles and titles; relabel after a civility."""
    trim = _trim(text[mention.start : mention.end], mention.label, mention.source == "gazetteer")
    if trim is None:
        return None
    cut_left, cut_right, label = trim
    if (cut_left, cut_right, label) == (0, 0, mention.label):
        return mention
    start, end = mention.start + cut_left, mention.end - cut_right
    return replace(mention, start=start, end=end, text=text[start:end], label=label, canonical="")


@lru_cache(maxsize=65_536)  # surfaces recur across the documents of a corpus
def _trim(surface: str, label: str, gazetteer: bool) -> tuple[int, int, str] | None:
    """Characters to cut on the left and on the right of ``surface``, and the label; None: nothing left."""
    start, end = 0, len(surface)
    changed = True
    while changed and start < end:
        changed = False
        part = surface[start:end]
        stripped = part.lstrip(_EDGE_PUNCTUATION + " \t\r\n\u00a0\u202f")
        if len(stripped) != len(part):
            start += len(part) - len(stripped)
            changed = True
            continue
        right = _strip_right(part)
        if len(right) != len(part):
            end = start + len(right)
            changed = True
            continue
        if not gazetteer:
            article = _ELIDED_ARTICLE.match(part) or _CAPITAL_ARTICLE_BEFORE_ACRONYM.match(part)
            if label == "ORG" and article is None:
                article = _CAPITAL_ARTICLE_BEFORE_ONE_NAME.match(part)
            if label == "LOC" and article is None:
                article = _COMMON_NOUN_BEFORE_PLACE.match(part) or _POSTCODE.match(part)
            if article and article.end() < len(part):
                start += article.end()
                changed = True
                continue
            trailing = _TRAILING_FUNCTION_WORD.search(part)
            if trailing and trailing.start() > 0:
                end = start + trailing.start()
                changed = True
                continue
            cedex = _CEDEX.search(part) if label == "LOC" else None
            if cedex and cedex.start() > 0:
                end = start + cedex.start()
                changed = True
                continue
        title = _TITLE.match(part)
        if title and title.end() < len(part) and (label == "PER" or _CIVILITY.match(part)):
            if _CIVILITY.match(part):
                label = "PER"
            start += title.end()
            changed = True
    return (start, len(surface) - end, label) if start < end else None


def _strip_right(surface: str) -> str:
    stripped = surface.rstrip(" \t\r\n\u00a0\u202f")
    if _INITIALISM.search(stripped):
        return stripped
    return stripped.rstrip(_EDGE_PUNCTUATION + " \t\r\n\u00a0\u202f")


@lru_cache(maxsize=65_536)
def is_worth_keeping(surface: str) -> bool:
    """No one-letter spans, no spans without letters, no bare numbers, no generic nouns."""
    if casefold_key(surface) in GENERIC_WORDS:
        return False
    letters = sum(char.isalpha() for char in surface)
    return letters >= 2 or (letters == 1 and len(surface.strip()) > 1 and not surface.strip().isdigit())


def remove_overlaps(mentions: Sequence[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions (earliest on ties), sorted by position."""
    by_priority = sorted(mentions, key=lambda m: (-(m.end - m.start), m.start, m.label))
    taken = bytearray(max((m.end for m in mentions), default=0))  # one flag per character: linear
    kept: list[Mention] = []
    for mention in by_priority:
        if any(taken[mention.start : mention.end]):
            continue
        kept.append(mention)
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    return sorted(kept, key=lambda m: (m.start, m.end))
