"""Writing acronym mentions and long forms into ``doc.ents`` for the ``seedner_acronyms`` component.

* each definition's long form becomes an entity (``seedner_source="definition"``, ``acronym_of`` set),
  replacing the shorter or truncated spans it overlaps, unless a gazetteer name already covers it;
* each acronym mention becomes an entity with ``acronym=True`` and its expansion fields.  A mention
  inside a larger model span is split off when that span is MISC or LOC (the place after it stays a
  LOC: ``Ehpad de Douarnenez``), a PER and the document defines
  the acronym, or when punctuation or an article separates it from the rest (``Thomas SAMSON - AFP``,
  ``L'Amr``); inside an ORG it is nested (``CPAM de la Gironde``); otherwise the span is left to the
  cleaning stage.

Also the Doc-level helpers the component needs: masked tokens, sentence starts, what the tokenizer glues
to an acronym.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from seedner.acronyms import rules
from seedner.acronyms.definitions import Definition
from seedner.acronyms.rules import AcronymMention
from seedner.acronyms.senses import long_form_label
from seedner.acronyms.tokens import TokenView, rule_sentence_starts
from seedner.components.extensions import SPAN_ATTRIBUTES

_SEPARATORS = frozenset("-–—/|,;:(")
_ARTICLES = frozenset({"l'", "d'", "la", "le", "les", "du", "des"})
_LINKS = frozenset({"de", "d'", "du", "des", "à", "au", "aux", "la", "le", "les", "l'", "en"})


class EntityTable:
    """``doc.ents`` under edit, with each token's entity so overlap tests cost the span's length."""

    def __init__(self, doc: Doc) -> None:
        self._spans: dict[tuple[int, int], Span] = {(e.start, e.end): e for e in doc.ents}
        self._owner: list[tuple[int, int] | None] = [None] * len(doc)
        for start, end in self._spans:
            self._owner[start:end] = [(start, end)] * (end - start)

    def get(self, start: int, end: int) -> Span | None:
        return self._spans.get((start, end))

    def overlapping(self, start: int, end: int) -> list[Span]:
        keys = dict.fromkeys(k for k in self._owner[start:end] if k is not None)
        return [self._spans[k] for k in keys]

    def add(self, span: Span) -> Span:
        """Add ``span``, replacing an entity with the same tokens (whose attributes it keeps)."""
        self._spans[(span.start, span.end)] = span
        self._owner[span.start : span.end] = [(span.start, span.end)] * len(span)
        return span

    def remove(self, span: Span) -> None:
        del self._spans[(span.start, span.end)]
        self._owner[span.start : span.end] = [None] * len(span)
        for name, default in SPAN_ATTRIBUTES.items():
            span._.set(name, default)

    def sorted(self) -> list[Span]:
        return sorted(self._spans.values(), key=lambda span: span.start)


def place_long_forms(
    doc: Doc, table: EntityTable, definitions: list[Definition], labels: dict[str, str]
) -> None:
    """Put each long form into the entities; a defined acronym takes its first long form's label."""
    defined_labels: dict[str, str] = {}
    for definition in definitions:
        span = doc.char_span(definition.long_start, definition.long_end, alignment_mode="contract")
        if span is None or not len(span):
            continue
        overlapping = table.overlapping(span.start, span.end)
        if any(
            o._.seedner_source == "definition"
            or (o._.seedner_source == "gazetteer" and o.start <= span.start and span.end <= o.end)
            for o in overlapping
            if (o.start, o.end) != (span.start, span.end)
        ):
            continue
        exact = table.get(span.start, span.end)
        label = long_form_label(
            span.text, exact.label_ if exact is not None else None, labels.get(definition.key)
        )
        if exact is not None and exact._.seedner_source == "gazetteer":
            long = exact
        else:
            for other in overlapping:
                table.remove(other)
            long = table.add(Span(doc, span.start, span.end, label=label))
            long._.seedner_source = "definition"
            long._.acronym = False
        long._.acronym_of = definition.short
        defined_labels.setdefault(definition.key, long.label_)
    labels.update(defined_labels)


def place_mention(
    doc: Doc, table: EntityTable, start: int, end: int, mention: AcronymMention, label: str
) -> None:
    overlapping = table.overlapping(start, end)
    exact = table.get(start, end)
    if any(o._.seedner_source == "definition" for o in overlapping):
        for long in overlapping:  # Caisse centrale de la MSA (CCMSA): MSA is a mention of its own
            nest(doc, long, start, end, mention)
        return
    if exact is not None:
        span = (
            exact if exact._.seedner_source == "gazetteer" else table.add(Span(doc, start, end, label=label))
        )
    elif overlapping:
        outer = overlapping[0]
        if len(overlapping) > 1:
            return
        if outer._.seedner_source == "gazetteer":
            nest(doc, outer, start, end, mention)
            return
        # A person never holds an acronym the document defines (the model's ``L'Amr proteste``).
        replaced = outer.label_ in ("MISC", "LOC") or (
            outer.label_ == "PER" and mention.expansion_source == "document"
        )
        rest = None if replaced else split_edge(doc, outer, start, end)
        if not replaced and rest is None:
            nest(doc, outer, start, end, mention)
            return
        table.remove(outer)
        if rest is None and outer.label_ == "LOC":
            rest = _place_after(doc, outer, start, end)
        if rest is not None and len(rest):
            table.add(rest)
        span = table.add(Span(doc, start, end, label=label))
        span._.seedner_source = "acronym"
    else:
        span = table.add(Span(doc, start, end, label=label))
        span._.seedner_source = "acronym"
    span._.acronym = True
    span._.expansion = mention.expansion
    span._.expansion_source = mention.expansion_source
    span._.expansion_candidates = list(mention.expansion_candidates or ()) or None
    span._.acronym_of = None


def nest(doc: Doc, outer: Span, start: int, end: int, mention: AcronymMention) -> None:
    """Keep an acronym mention that lies inside a longer entity (``CPAM`` in ``CPAM de la Gironde``,
    ``BRB`` in ``BRB de Paris``) in ``doc._.nested_acronyms``: the entity keeps its span, and the
    records report the acronym as well."""
    if outer.label_ != "ORG" or not (outer.start <= start and end <= outer.end):
        return
    nested = doc._.nested_acronyms if doc._.nested_acronyms is not None else []
    span = doc[start:end]
    candidates = tuple(mention.expansion_candidates or ()) or None
    nested.append((span.start_char, span.end_char, mention.expansion, mention.expansion_source, candidates))
    doc._.nested_acronyms = nested


def split_edge(doc: Doc, outer: Span, start: int, end: int) -> Span | None:
    """What is left of ``outer`` once the mention at one of its edges is cut off at a punctuation mark
    (``Thomas SAMSON - AFP`` gives ``Thomas SAMSON``, ``DGFiP .`` nothing), or None if no mark separates
    them (``DGSI de Lyon``); an article before the mention is no name (``L'Amr`` gives nothing)."""
    if end == outer.end:
        cut = start
        while cut > outer.start and (doc[cut - 1].is_punct or doc[cut - 1].is_space):
            cut -= 1
        if all(token.lower_.replace("’", "'") in _ARTICLES for token in doc[outer.start : cut]):
            cut = outer.start
        rest = Span(doc, outer.start, cut, label=outer.label_)
        gap = doc[cut:start]
    elif start == outer.start:
        cut = end
        while cut < outer.end and (doc[cut].is_punct or doc[cut].is_space):
            cut += 1
        rest = Span(doc, cut, outer.end, label=outer.label_)
        gap = doc[end:cut]
    else:
        return None
    return rest if not len(rest) or any(_separates(token) for token in gap) else None


def _place_after(doc: Doc, outer: Span, start: int, end: int) -> Span | None:
    """The place the model read with an acronym before it (``Ehpad de Douarnenez``, ``ZAC du Bas-Chantenay``):
    what follows the acronym and its preposition, when it starts with a capital."""
    if start != outer.start:
        return None
    cut = end
    while cut < outer.end and doc[cut].lower_.replace("’", "'") in _LINKS:
        cut += 1
    if cut == end or cut == outer.end or not doc[cut].text[:1].isupper():
        return None
    return Span(doc, cut, outer.end, label="LOC")


def _separates(token: Token) -> bool:
    """Whether punctuation sets a mention apart: ``Thomas SAMSON - AFP``, ``AFP/``, not the hyphen that
    joins ``CFDT-Interco``."""
    if token.text not in _SEPARATORS:
        return False
    joined = (
        token.text == "-" and not token.whitespace_ and token.i and not token.doc[token.i - 1].whitespace_
    )
    return not joined


def drop_model_spans(doc: Doc, table: EntityTable, tokens: set[int]) -> None:
    """Remove the model's entities made only of ``tokens``, numbers and punctuation: words the acronym
    rules found to be no names (``Fwd`` in ``Objet : TR: Fwd: Renvoi``, ``PL`` in ``Réf. : PL/MC``,
    ``HUIT MOIS``, ``51 AD``)."""
    for i in sorted(tokens):
        for span in table.overlapping(i, i + 1):
            if span._.seedner_source is None and all(t.i in tokens or t.is_punct or t.like_num for t in span):
                table.remove(span)


def any_masked(doc: Doc, masked: bytearray, definition: Definition) -> bool:
    start = min(definition.long_start, definition.short_start)
    span = doc.char_span(start, max(definition.long_end, definition.short_end), alignment_mode="expand")
    return span is not None and any(masked[span.start : span.end])


def sentence_starts(doc: Doc, view: TokenView) -> list[int]:
    """Character offsets where the sentences of ``doc`` start (``view``: its tokens).

    The Doc's own boundaries when a component set them (a parser, a senter),
    else those of spaCy's rule-based sentencizer, computed without annotating
    the Doc: only texts with a parenthesis need them, for definitions.
    """
    if doc.has_annotation("SENT_START"):
        return [token.idx for token in doc if token.is_sent_start]
    return [view.starts[i] for i in rule_sentence_starts(view)]


def split_glued(doc: Doc, view: TokenView) -> bool:
    """Split off what the French tokenizer leaves glued to an acronym: a final period (``… de la
    DGFiP.``) or a slash and a reference number (``TEL/SGAR/2025-117`` gives ``SGAR``, ``/``, ``2025``).

    ``view`` holds the token texts; returns whether tokens were split (``view`` is then stale).
    """
    texts = view.texts
    targets = [(doc[i], pieces) for i in view.capitalised if (pieces := _glued_pieces(texts[i]))]
    if not targets:
        return False
    entities = [(e.start_char, e.end_char, e.label_, e.kb_id_, e.id_) for e in doc.ents]
    with doc.retokenize() as retokenizer:
        for token, pieces in targets:
            head = (token, 0) if token.head.i == token.i else token.head  # keep a parse, if any
            retokenizer.split(token, pieces, heads=[head, *[(token, 0)] * (len(pieces) - 1)])
    doc.ents = [
        span
        for start, end, label, kb_id, span_id in entities
        if (span := doc.char_span(start, end, label=label, kb_id=kb_id, span_id=span_id)) is not None
    ]
    return True


def _glued_pieces(text: str) -> list[str] | None:
    """The pieces of a token holding an acronym and what is glued to it, or None."""
    if text.endswith("."):
        acronym, rest = text[:-1], ["."]
    elif "/" in text and text[-1:].isdigit():
        acronym, _, number = text.partition("/")
        rest = ["/", number]
    else:
        return None
    if rules.token_shape(acronym) in ("caps", "mixed") and not rules.not_acronym_form(acronym):
        return [acronym, *rest]
    return None
