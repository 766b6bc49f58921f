"""Which tokens of a Doc are acronym mentions: the token-level evidence for :func:`rules.accept_mention`.

The ``seedner_acronyms`` component (``component.py``) calls :func:`detect_mentions` once per Doc with
what it knows of the document: its in-text definitions, the gazetteer's entities, the dictionary.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from spacy.tokens import Doc, Span

from seedner.acronyms import rules
from seedner.acronyms import senses as sense_rules
from seedner.acronyms.senses import DocumentStems, SenseDictionary
from seedner.acronyms.tokens import Headlines, ReferenceLines, TokenView, hyphen_words, word_indices
from seedner.acronyms.words import FrenchWords
from seedner.text.folding import acronym_key


def detect_mentions(
    doc: Doc,
    entities: Sequence[Span],
    view: TokenView,
    masked: bytearray,
    defined: Mapping[str, str],
    gazetteer: Mapping[str, object],
    curated: list[tuple[Span, dict[str, Any]]],
    context: DocumentStems,
    senses: SenseDictionary,
    min_title_length: int,
    french: FrenchWords,
) -> tuple[list[tuple[int, int]], set[int]]:
    """Token ranges of the acronym mentions, in order, and the tokens that are no names either: a
    letter's initials, e-mail prefixes, units of time after a number (``curated``: the gazetteer's
    entities; ``senses``: the dictionary; ``min_title_length``: the fewest letters of a title-case
    acronym; ``french``: the French words of the model's vocabulary)."""
    token_texts = view.texts
    not_names = _mail_prefixes(view)

    def known(key: str) -> bool:
        return key in defined or key in gazetteer or key in senses

    # Words the rules could take: capitals, mixed case or dots, or title case with a definition, a
    # gazetteer entry or a sense.  The others (``Paris``, ``la``) are plain words: nothing to decide.
    acronym_like = [
        i
        for i in view.capitalised
        if (shape := rules.token_shape(token_texts[i])) is not None
        and (shape != "title" or known(acronym_key(token_texts[i])))
    ]
    if not gazetteer and not acronym_like:
        return [], not_names  # most sentences: no word the rules below could accept
    owner: list[Span | None] = [None] * len(doc)
    for entity in entities:
        owner[entity.start : entity.end] = [entity] * len(entity)
    blocked: list[int] = []  # tokens of the gazetteer's places and acronyms: never names
    curated_acronyms: set[int] = set()  # start tokens of the gazetteer's acronyms
    in_curated: set[int] = set()  # their tokens
    for entity, values in curated:
        if entity.label_ == "LOC" or values.get("acronym"):
            blocked.extend(range(entity.start, entity.end))
        if values.get("acronym"):
            curated_acronyms.add(entity.start)
            in_curated.update(range(entity.start, entity.end))
    words = hyphen_words(view)
    one_token_words = len(words) == len(token_texts)  # no hyphenated capitals: most texts
    texts = token_texts
    if not one_token_words:
        texts = [token_texts[start] if end - start == 1 else doc[start:end].text for start, end in words]

    def vouched(word: str) -> bool:  # an acronym the document, the gazetteer or a curated sense knows
        key = acronym_key(word)
        return key in defined or key in gazetteer or any(sense.curated for sense in senses.get(key))

    surnames = rules.surname_indices(texts, word_indices(words, blocked), vouched)
    headlines = Headlines(context.text)
    references = ReferenceLines(context.text)
    support: dict[str, int] = {}
    units: list[tuple[int, int]] = []
    title_case: list[tuple[int, int, dict[str, Any]]] = []  # decided once all capitals are known
    # The words to examine: those holding an acronym-like token or one of the gazetteer's acronyms,
    # and every hyphenated word.
    examined = word_indices(words, in_curated.union(acronym_like))
    if not one_token_words:
        examined.update(w for w, (start, end) in enumerate(words) if end - start > 1)
    previous, previous_word = "", -1  # the text before the current piece, and its word
    for w in sorted(examined):
        if previous_word != w - 1:
            previous = texts[w - 1] if w else ""  # a plain word
        previous_word = w
        word = words[w]
        pieces = [word]
        if word[1] - word[0] > 1:
            pieces = _hyphenated(doc, word, owner, defined, gazetteer, senses)
        for start, end in pieces:
            text = token_texts[start] if end - start == 1 else doc[start:end].text
            ent = owner[start]
            shape = rules.token_shape(text)
            if masked[start] or text.isspace():
                previous = text
                continue
            if ent is not None and ent.start in curated_acronyms:
                if ent.start == start:
                    units.append((ent.start, ent.end))
                previous = text
                continue
            if shape is None:
                previous = text  # accept_mention refuses a shapeless word whatever the evidence
                continue
            key = acronym_key(text)
            if shape == "title" and not known(key):
                previous = text  # a title-case word needs a definition, the gazetteer or a sense
                continue
            meanings = senses.get(key)
            if key not in support:
                support[key] = sense_rules.context_support(meanings, context) if meanings else 0
            at = view.starts[start]
            after = view.starts[end - 1] + len(token_texts[end - 1])
            evidence: dict[str, Any] = {
                "previous": previous,
                "strong": key in defined or key in gazetteer,
                "in_dictionary": bool(meanings),
                "support": support[key],
                "in_headline": at in headlines,
                "surname": w in surnames,
                "proper_name": ent is not None and ent.label_ in ("PER", "LOC"),
                "min_title_length": min_title_length,
                "title_spelling": senses.is_title_spelling(text),
                "following": context.text[after : after + 12],
                "french_word": french.in_capitals(text),
                "curated": any(sense.curated for sense in meanings),
                "initials": _slashed(token_texts, start, end) and at in references,
            }
            if shape == "title":
                title_case.append((start, end, evidence))
            elif rules.accept_mention(text, **evidence):
                units.append((start, end))
            elif (evidence["initials"] and not evidence["curated"]) or rules.is_time_unit(text, previous):
                not_names.update(range(start, end))
            previous = text
    capitals = {acronym_key(doc[start:end].text) for start, end in units}
    for start, end, evidence in title_case:
        text = doc[start:end].text
        if rules.accept_mention(text, seen_in_capitals=acronym_key(text) in capitals, **evidence):
            units.append((start, end))
    return sorted(units), not_names


def _mail_prefixes(view: TokenView) -> set[int]:
    """The tokens that are e-mail prefixes (``TR: Fwd: Renvoi``, ``Cc :``), in any casing."""
    texts = view.texts
    return {
        i
        for i in view.capitalised
        if i + 1 < len(texts) and texts[i + 1] == ":" and rules.is_mail_prefix(texts[i], ":")
    }


def _slashed(texts: Sequence[str], start: int, end: int) -> bool:
    """Whether the word at ``[start, end)`` is joined by a slash to the word before or after (``PL/MC``)."""
    return (start > 0 and texts[start - 1] == "/") or (end < len(texts) and texts[end] == "/")


def _hyphenated(
    doc: Doc,
    word: tuple[int, int],
    owner: list[Span | None],
    defined: Mapping[str, str],
    gazetteer: Mapping[str, object],
    senses: SenseDictionary,
) -> list[tuple[int, int]]:
    """A hyphenated word is one mention when the whole is a known acronym (``LCB-FT``), else its parts
    are (``DGSI-DGSE``); either way its parts are surnames together (``MOREAU-LAGARDE``)."""
    start, end = word
    key = acronym_key(doc[start:end].text)
    known = key in defined or key in gazetteer or key in senses
    if known and all(owner[i] is owner[start] for i in range(start, end)):
        return [word]
    return [(i, i + 1) for i in range(start, end)]
