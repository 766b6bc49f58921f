"""The expansion and label of each acronym mention, once the mentions are known.

In order: the mention's own definition, a definition elsewhere in the document, the gazetteer, then
the dictionary, whose senses the document's words and the mentions' neighbourhoods choose between.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span

from seedner.acronyms import rules
from seedner.acronyms import senses as sense_rules
from seedner.acronyms.definitions import Definition, match_long_form
from seedner.acronyms.rules import AcronymMention
from seedner.acronyms.senses import DocumentStems, Sense, SenseDictionary
from seedner.text.folding import acronym_key


def resolve_mentions(
    doc: Doc,
    entities: Sequence[Span],
    units: list[tuple[int, int]],
    definitions: list[Definition],
    gazetteer: Mapping[str, tuple[Span, dict[str, Any]]],
    attributes: Mapping[tuple[int, int], dict[str, Any]],
    context: DocumentStems,
    senses: SenseDictionary,
    unknown_label: str,
    window: int,
) -> tuple[list[AcronymMention], dict[str, str]]:
    """Expansion of every mention and label of every acronym key (defined keys: see long forms);
    ``attributes``: the span attributes of the Doc's entities (``span_attribute_table``); ``senses``: the
    dictionary; ``unknown_label``: the label of an acronym of no known kind; ``window``: the tokens on
    either side of a mention whose words tell its senses apart."""
    by_key: dict[str, list[tuple[int, int]]] = {}
    for start, end in units:
        by_key.setdefault(acronym_key(doc[start:end].text), []).append((start, end))
    categories: list[str | None] = [None] * len(doc)  # nearby entities' categories tell senses apart
    for ent in entities:
        category = attributes.get((ent.start_char, ent.end_char), {}).get("seedner_category")
        categories[ent.start : ent.end] = [category] * len(ent)
    found: dict[str, tuple[str | None, str | None, tuple[str, ...] | None]] = {}
    labels: dict[str, str] = {}
    for key, positions in by_key.items():
        labels[key] = unknown_label
        if key in gazetteer:
            entity, values = gazetteer[key]
            labels[key] = entity.label_
            name = values.get("expansion") or values.get("seedner_canonical")
            found[key] = (name and spelled_out(entity.text, name, senses), "gazetteer", None)
        elif key in senses:
            chosen, others = _choose(doc, key, positions, context, categories, senses, window)
            kinds = {sense_rules.sense_label(s) for s in ((chosen,) if chosen else others)}
            labels[key] = kinds.pop() if len(kinds) == 1 else unknown_label
            expansion = chosen.expansion if chosen else None
            found[key] = (
                expansion,
                expansion and "gazetteer",
                tuple(s.expansion for s in others) or None,
            )
    own = {(d.short_start, d.short_end): d.expansion for d in definitions}
    mentions = []
    for start, end in units:
        span = doc[start:end]
        at = (span.text, span.start_char, span.end_char)
        values = attributes.get((span.start_char, span.end_char), {})
        if (span.start_char, span.end_char) in own:
            mentions.append(AcronymMention(*at, own[(span.start_char, span.end_char)], "document"))
        elif values.get("seedner_source") == "gazetteer" and values.get("expansion"):
            mentions.append(
                AcronymMention(*at, spelled_out(span.text, values["expansion"], senses), "gazetteer")
            )
        else:
            mentions.append(AcronymMention(*at, *found.get(acronym_key(span.text), (None, None, None))))
    mentions = rules.propagate_definitions(mentions, doc._.acronym_definitions)
    return [_agree(doc, start, mention) for (start, _), mention in zip(units, mentions, strict=True)], labels


def spelled_out(short: str, name: str, senses: SenseDictionary) -> str:
    """The expansion of a gazetteer acronym: the entry's ``name``, or, when the name does not spell the
    acronym (``PAF`` of the ``Direction nationale de la police aux frontières``), the dictionary sense
    that spells it and names the same body (``Police aux frontières``: its words are the name's)."""
    if match_long_form(short, name, anchored=True) == 0:
        return name
    named = sense_rules.stems(name)
    for sense in senses.get(acronym_key(short)):
        own = sense_rules.stems(sense.expansion)
        if own and own <= named and match_long_form(short, sense.expansion, anchored=True) == 0:
            return sense.expansion
    return name


# Determiners before a mention that say it is singular: ``la JIRS de Rennes``, ``l'ARS``, ``du GIR``.
_SINGULAR = frozenset({"la", "le", "l'", "du", "au", "un", "une", "cette", "ce", "cet", "sa", "son"})


def _agree(doc: Doc, start: int, mention: AcronymMention) -> AcronymMention:
    """A singular mention of an acronym whose expansion is in the plural (``la JIRS``, ``Juridictions
    interrégionales spécialisées``) takes the singular."""
    if not mention.expansion or not start or doc[start - 1].lower_.replace("’", "'") not in _SINGULAR:
        return mention
    singular = sense_rules.singular_expansion(mention.expansion)
    return mention if singular is None else replace(mention, expansion=singular)


def _choose(
    doc: Doc,
    key: str,
    positions: list[tuple[int, int]],
    context: DocumentStems,
    categories: list[str | None],
    senses: SenseDictionary,
    window: int,
) -> tuple[Sense | None, tuple[Sense, ...]]:
    """Dictionary sense of ``key`` from the whole document and the mentions' neighbourhoods."""
    found_senses = senses.get(key)
    if len(found_senses) == 1 and found_senses[0].curated:
        return found_senses[0], ()
    local: set[str] = set()
    nearby: set[str | None] = set()
    for start, end in positions:
        low, high = max(0, start - window), min(len(doc), end + window)
        local |= sense_rules.stems(doc[low:start].text + " " + doc[end:high].text)
        nearby.update(categories[low:high])
    body = any(_local_body(doc, end) for _, end in positions)
    return sense_rules.choose_sense(found_senses, context, local, {c for c in nearby if c}, body)


_OF = frozenset({"de", "du", "des", "d'", "d’"})


def _local_body(doc: Doc, end: int) -> bool:
    """Whether the mention ending at token ``end`` names a local body: ``GIR de Rennes``, ``Caf du Var``,
    ``SDIS 29``, ``ARS Bretagne``."""
    if end >= len(doc):
        return False
    following = doc[end]
    if following.lower_ in _OF:
        return end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
    return following.like_num or following.ent_type_ == "LOC"


# A singular definite article (or one contracted with à/de) before a kind of body makes it one body.
_DEFINITE_SINGULAR = frozenset({"le", "la", "l'", "l’", "du", "au"})


def mention_label(doc: Doc, start: int, mention: AcronymMention, label: str, senses: SenseDictionary) -> str:
    """The label of one mention: its key's, except that a kind of body after a singular definite article
    names that body (``les policiers de la BAC``, ``le CHU a confirmé``: ORG; ``un CHU``, ``des Ehpad``:
    the key's label)."""
    definite = start > 0 and doc[start - 1].lower_ in _DEFINITE_SINGULAR
    if label == "ORG" or not mention.expansion or not definite:
        return label
    known = senses.get(acronym_key(mention.text))
    chosen = next((sense for sense in known if sense.expansion == mention.expansion), None)
    return "ORG" if chosen is not None and sense_rules.is_kind_of_body(chosen) else label
