"""The document-level passes every mention goes through before it becomes a record."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from seedner.records.addresses import postcode_towns
from seedner.records.canonical import assign_canonicals
from seedner.records.cleaning import clean_mentions
from seedner.records.firms import firms, named_companies, trade_names
from seedner.records.mail_names import first_names, mail_names
from seedner.records.mentions import Mention
from seedner.records.parenthesised import acronyms_after_names
from seedner.records.place_bodies import body_complements, named_metropoles, place_bodies
from seedner.records.propagation import consistent_names
from seedner.records.roles import with_roles, without_roles
from seedner.records.table_columns import table_columns
from seedner.records.teams import town_teams
from seedner.records.titled_names import after_civility, titled_names


def postprocess(
    text: str,
    mentions: Iterable[Mention],
    nested: Iterable[Mention] = (),
    *,
    common_word: Callable[[str], bool] | None = None,
    rare_word: Callable[[str], bool] | None = None,
    places: Callable[[str, Sequence[Mention]], list[Mention]] | None = None,
) -> list[Mention]:
    """Document-level passes: span hygiene, place ids, then canonical names.

    ``nested`` are acronym mentions inside a longer entity (``CPAM`` in ``CPAM de la Gironde``): each is kept,
    after the hygiene that makes the other mentions disjoint, when an entity still holds it. ``common_word``
    tells the common words that the model takes for a name when a line or a sentence starts with them (``VU``,
    ``Décision``, ``L'Italienne``): a model mention that is one of them, once trimmed, goes; so does one that
    is a ``rare_word`` (a word the vectors do not rank, read as a word: ``Assesseurs :``, ``Homicide à Rezé``)
    where a sentence or a line starts. ``places`` gives place mentions their gazetteer ids, homonyms resolved
    by the document's context (``seedner.gazetteer.homonyms``), before canonical names are chosen.
    """
    mentions, legal_forms = firms(text, sorted(mentions, key=lambda mention: (mention.start, mention.end)))
    mentions = named_metropoles(
        text, titled_names(text, mail_names(text, named_companies(text, trade_names(text, mentions))))
    )
    nested = [*nested, *legal_forms]
    cleaned = clean_mentions(text, mentions)
    cleaned = body_complements(text, place_bodies(without_roles(text, cleaned)))
    cleaned, cell_acronyms = table_columns(text, postcode_towns(text, cleaned))
    if places is not None:
        cleaned = places(text, cleaned)
    if common_word is not None:
        cleaned = [mention for mention in cleaned if not _common_word_alone(text, mention, common_word)]
    if rare_word is not None:
        cleaned = [mention for mention in cleaned if not _rare_word_opening(text, mention, rare_word)]
    cleaned, club_acronyms = town_teams(text, first_names(text, consistent_names(text, cleaned)))
    nested = [*nested, *cell_acronyms, *club_acronyms]
    kept = [inner for inner in nested if _inside_one(inner, cleaned)]
    if kept:
        cleaned = sorted([*cleaned, *kept], key=lambda mention: (mention.start, mention.end))
    return with_roles(text, assign_canonicals(acronyms_after_names(text, cleaned)))


def _common_word_alone(text: str, mention: Mention, common_word: Callable[[str], bool]) -> bool:
    """A model mention that is one common word, unless a civility stands before it (``Mme LEROY``) or it
    is a place of the gazetteer capitalised inside a sentence (``à Menton``, ``la Manche``: the
    writer's capital, not a sentence's)."""
    surface = mention.text
    return (
        mention.source == "model"
        and not mention.acronym
        and surface.isalpha()
        and (surface.isupper() or surface[1:].islower())
        and common_word(surface)
        and not after_civility(text, mention.start)
        and not (mention.id and mention.label == "LOC" and not _opens_a_sentence(text, mention.start))
    )


def _rare_word_opening(text: str, mention: Mention, rare_word: Callable[[str], bool]) -> bool:
    """A model mention that is one rare word, capitalised where a sentence or a line starts (a heading, a
    field: ``Assesseurs :``); inside a sentence the capital is the writer's (``l'Aulne``, ``le
    Léguer``)."""
    surface = mention.text
    return (
        mention.source == "model"
        and not mention.acronym
        and surface.isalpha()
        and surface[1:].islower()
        and rare_word(surface)
        and _opens_a_sentence(text, mention.start)
    )


# What may stand between a sentence's start and its first word: a quote, a bullet, an article.
_SENTENCE_OPENING = re.compile(
    r"(?:\A|[.!?:;…|\n]|^[^\S\n]*[-–—•*>]|\d[.)])[^\w\n]*(?:(?:[lL]['’]|[lL]es?\s|[lL]a\s|[uU]ne?\s)\s*)?\Z",
    re.MULTILINE,
)


def _opens_a_sentence(text: str, start: int) -> bool:
    return _SENTENCE_OPENING.search(text, max(0, start - 40), start) is not None


def _inside_one(inner: Mention, mentions: list[Mention]) -> bool:
    return any(
        outer.start <= inner.start
        and inner.end <= outer.end
        and outer.end - outer.start > inner.end - inner.start
        for outer in mentions
    )
