"""The ``seedner_institutions`` component: "HEAD de PLACE" organisations preset before ``ner``.

French writes most administrations in lower case (``cour d'assises spéciale de
Paris``, ``section de recherches de Dijon``, ``conseil départemental du Morbihan``);
the model cuts them or keeps only the place.  The heads are data
(``gazetteers/institution_heads.txt``, see :mod:`seedner.institution_heads`); the
rules, run right after ``seedner_gazetteer``:

* ``HEAD [QUALIFIER…] OF PLACE``: OF is de, du, des, de la, de l' or d'; PLACE is
  a place the gazetteer found (``doc.spans[PLACE_SPANS]``, embedded ones
  included) or, straight after de/d'/du, a capitalised word that is no function
  word (``de Montbard``, ``de Bruxelles``, ``du Mans``: small towns, foreign
  cities, towns with an article).  Known-place heads (``préfecture``) take only a
  gazetteer place.
* ``HEAD [QUALIFIER…] OF ORGANISATION``: a composite name, the organisation being
  the gazetteer's or one found here (``chambre de l'instruction de la cour d'appel
  de Rennes``, ``chambre criminelle de la Cour de cassation``).
* ``BODY PLACE``: a body of the list (``ARS``, ``Urssaf``, ``TJ``, ``BRB``) directly
  before a gazetteer region or département (``ARS Normandie``), places joined by
  hyphens (``MSA Mayenne-Orne-Sarthe``) or a département number (``Caf 13``,
  ``Samu 34``); bodies take OF PLACE too (``BRB de Paris``).  Heads and the
  gazetteer's organisations take a region or département on the same line too
  (``Agence régionale de santé Bretagne``, ``Pôle emploi Occitanie``).
* ``HEAD [QUALIFIER…] (ACRONYM)``: a head defined by its acronym names one body
  (``peloton de surveillance et d'intervention de la gendarmerie (PSIG)``).
* A head alone on its line, with a capital, is a letterhead: the body that writes
  (``Direction départementale des territoires et de la mer`` above an order).

The place must end the name: no capitalised word may follow it (``tribunal de
Grande Instance``, a person's name).  Heads are institutions, never persons, so
roles (``préfet du Nord``, ``procureur de la République de Paris``) and a bare
``la gendarmerie`` stay out.  Heads match in any case but ALL CAPS (headlines);
bodies need a capital first letter.  Only the longest head that matches the
text is tried at a position.  A span is ORG with source ``gazetteer`` and its
text, spaces collapsed, as canonical name; it replaces the entities it
contains, never a gazetteer entity of the same or greater length or one it
crosses, and nothing is matched in masked text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.training import Example

from seedner.components.base import MatchingPipe
from seedner.components.extensions import register_extensions
from seedner.components.masks import masked_tokens
from seedner.components.token_cache import PerTextCache
from seedner.gazetteer.heads import BODY, HEAD, KNOWN_PLACE, InstitutionHeads, read_institution_heads
from seedner.gazetteer.matching import (
    PLACE_SPANS,
    glued,
    is_proper,
    token_key,
)
from seedner.gazetteer.units import Units, unit_key, units
from seedner.resources import gazetteer_dir
from seedner.text.folding import unaccent

HEADS_FILENAME = "institution_heads.txt"
# Places a body may take without "de": "ARS Normandie", "CAF Seine-Maritime".
BARE_PLACE_CATEGORIES = frozenset({"region", "departement", "place"})
_OF = (("de", "la"), ("de", "l'"), ("de",), ("du",), ("des",), ("d'",))
# After these a known-place head is said of a town: "Vannes, préfecture du Morbihan", "Rouen est la…".
_COPULAS = frozenset(
    {"est", "etait", "fut", "sera", "serait", "devient", "devint", "devenu", "devenue", "reste", "demeure"}
)
_PREDICATE_ARTICLES = frozenset({"la", "une", "l'", "le"})
# A département number after a body: "Caf 13", "Samu 34", "MDPH 2A", "ARS 974".
_DEPARTEMENT_NUMBER = re.compile(r"0?[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6]")


def _firsts(text: str) -> set[str]:
    """The first word of a head as the lower-case token text may show it: accents or not."""
    first = text.split()[0].lower()
    return {first, token_key(first)}


def default_heads_file() -> Path:
    """The heads shipped with seedner."""
    return gazetteer_dir() / HEADS_FILENAME


class InstitutionMatcher(MatchingPipe):
    """Presets "HEAD de PLACE" organisations as ``doc.ents`` (rules in the module docstring)."""

    data_name = "heads"

    def __init__(self, nlp: Language, name: str = "seedner_institutions", *, max_qualifiers: int = 3) -> None:
        register_extensions()
        self.nlp = nlp
        self.name = name
        self.max_qualifiers = max_qualifiers
        self._stop_words = frozenset(unaccent(word).lower() for word in nlp.Defaults.stop_words)
        self._unit_keys = PerTextCache(unit_key)
        self.set_heads(InstitutionHeads())
        self._has_data = False  # the default heads load on first use, unless given heads first

    # ------------------------------------------------------------ heads as data

    @property
    def heads(self) -> InstitutionHeads:
        self._ensure_initialized()
        return self._heads

    def set_heads(self, heads: InstitutionHeads) -> None:
        """Replace the heads and compile them with this pipeline's tokenizer."""
        self._has_data = True
        self._heads = heads
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for kind, texts in (
            (HEAD, heads.heads),
            (KNOWN_PLACE, heads.known_place_heads),
            (BODY, heads.bodies),
        ):
            for text in texts:
                keys = tuple(units(self.nlp.make_doc(text)).keys)
                if keys:
                    self._by_first.setdefault(keys[0], []).append((keys, kind))
        for patterns in self._by_first.values():
            patterns.sort(key=lambda pattern: -len(pattern[0]))
        # Lower-case forms that can start a head, as hashes: most texts are skipped without a look.
        firsts = {
            form for text in (*heads.heads, *heads.known_place_heads, *heads.bodies) for form in _firsts(text)
        }
        self._first_ids = frozenset(get_string_id(form) for form in firsts)
        self._qualifiers = frozenset(token_key(form) for form in heads.qualifiers)

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        path: str | Path | None = None,
    ) -> None:
        """Load the heads file (the default one unless ``path``); raises GazetteerError."""
        self.set_heads(read_institution_heads(Path(path) if path else default_heads_file()))

    def _dump(self) -> list[dict[str, Any]]:
        return self._heads.to_rows()

    def _load(self, rows: Iterable[dict[str, Any]]) -> None:
        self.set_heads(InstitutionHeads.from_rows(rows))

    # -------------------------------------------------------------------- matching

    def match(self, doc: Doc) -> list[Span]:
        """Every institution name of ``doc``, overlaps included, in text order."""
        self._ensure_initialized()
        if not len(doc) or self._first_ids.isdisjoint(doc.to_array(LOWER).tolist()):
            return []
        words = units(doc, self._unit_keys)
        keys, starts, ends = words
        places: dict[int, list[tuple[int, str]]] = {}
        for place in doc.spans.get(PLACE_SPANS, ()):
            places.setdefault(place.start, []).append((place.end, place.label_))
        blocked = masked_tokens(doc)
        # Organisations a head may be "of" (composite names): the gazetteer's, and those found here,
        # right to left so that "cour d'appel de Rennes" is known before "chambre de l'instruction de".
        bodies = {ent.start: ent.end for ent in doc.ents if ent.label_ == "ORG"}
        found = []
        for u in range(len(keys) - 1, -1, -1):
            start = starts[u]
            for head, kind in self._by_first.get(keys[u], ()):
                v = u + len(head)
                if tuple(keys[u:v]) != head:
                    continue
                end = (
                    self._name_end(doc, words, v, kind, places, bodies)
                    if self._case_ok(doc, start, kind)
                    else None
                )
                if end is None and kind == HEAD and _letterhead(doc, start, ends[v - 1]):
                    end = ends[v - 1]
                if end is not None and not any(blocked[start:end]):
                    found.append(Span(doc, start, end, label="ORG"))
                    bodies[start] = max(end, bodies.get(start, 0))
                break  # the longest head in the text decides: "tribunal de commerce" is no "tribunal"
        found.extend(self._organisations_with_place(doc, places, blocked))
        return sorted(found, key=lambda span: (span.start, span.end))

    def _organisations_with_place(
        self, doc: Doc, places: dict[int, list[tuple[int, str]]], blocked: bytearray
    ) -> list[Span]:
        """A gazetteer organisation one space before a region or département is its local body:
        ``Pôle emploi Bretagne``, ``Agence régionale de santé Occitanie``."""
        found = []
        for ent in doc.ents:
            if (
                ent.label_ != "ORG"
                or ent._.seedner_source != "gazetteer"
                or doc[ent.end - 1].whitespace_ != " "
            ):
                continue
            end = self._bare_place_end(doc, ent.end, places)
            if end is not None and not any(blocked[ent.start : end]):
                found.append(Span(doc, ent.start, end, label="ORG"))
        return found

    def _case_ok(self, doc: Doc, start: int, kind: str) -> bool:
        text = doc[start].text
        if kind == BODY:
            return text[:1].isupper()
        if kind == KNOWN_PLACE and _predicative(doc, start):
            return False
        return not (len(text) > 1 and text.isupper())

    def _name_end(
        self,
        doc: Doc,
        words: Units,
        v: int,
        kind: str,
        places: dict[int, list[tuple[int, str]]],
        bodies: dict[int, int],
    ) -> int | None:
        """Where the name whose head ends at unit ``v`` ends, or None if no complement fits: a place, a
        département number after a body (``Caf 13``), or an organisation (``chambre de l'instruction de
        la cour d'appel de Rennes``, ``chambre criminelle de la Cour de cassation``)."""
        keys, starts, ends = words
        qualifiers = 0
        while v < len(keys) and qualifiers < self.max_qualifiers and keys[v] in self._qualifiers:
            v, qualifiers = v + 1, qualifiers + 1
        if v >= len(keys):
            return None
        if _defined(doc, words, v):
            return ends[v - 1]
        if kind != KNOWN_PLACE:
            bare = self._bare_place_end(doc, starts[v], places)
            if bare is not None:
                return bare
        if kind == BODY:
            compound = self._capitalised_end(doc, starts[v])
            if compound > starts[v] + 2 and self._ends_name(doc, compound):
                return compound  # places joined by hyphens: "MSA Mayenne-Orne-Sarthe", "Urssaf Rhône-Alpes"
            number = ends[v] == starts[v] + 1 and _DEPARTEMENT_NUMBER.fullmatch(doc[starts[v]].text)
            if number and self._ends_name(doc, ends[v]):
                return ends[v]
        for of in _OF:
            p = v + len(of)
            if p >= len(keys) or tuple(keys[v:p]) != of:
                continue
            start = starts[p]
            candidates = [end for end, _ in places.get(start, ())]
            if kind != KNOWN_PLACE and start in bodies:
                candidates.append(bodies[start])
            if not candidates and kind != KNOWN_PLACE and len(of) == 1 and of[0] in ("de", "d'", "du"):
                # judgments write the place of a lower-case head in capitals: "barreau de LYON"
                candidates = [self._capitalised_end(doc, start, capitals=doc[start - 2].text.islower())]
            end = max((end for end in candidates if end > 0), default=None)
            if end is not None and self._ends_name(doc, end):
                return end
        return None

    def _bare_place_end(self, doc: Doc, start: int, places: dict[int, list[tuple[int, str]]]) -> int | None:
        """End of a region or département straight after a name (``ARS Normandie``, ``Agence régionale de
        santé Bretagne``), with the places hyphen-joined to it (``MSA Mayenne-Orne-Sarthe``), or None."""
        if start == 0 or doc[start - 1].is_space or "\n" in doc[start - 1].whitespace_:
            return None  # on the same line only: a place on the next one starts a new line of its own
        bare = [end for end, category in places.get(start, ()) if category in BARE_PLACE_CATEGORIES]
        if not bare:
            return None
        end = max(bare)
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
            joined = [e for e, category in places.get(end + 1, ()) if category in BARE_PLACE_CATEGORIES]
            if not joined or doc[end].whitespace_:
                break
            end = max(joined)
        return end if self._ends_name(doc, end) else None

    def _capitalised_end(self, doc: Doc, i: int, *, capitals: bool = False) -> int:
        """End of the capitalised place-like word at ``i`` (hyphen-joined parts included), or 0; with
        ``capitals``, a word in capitals of three letters or more with a vowel is one too (``LYON``)."""
        text = doc[i].text
        if (
            not text[:1].isupper()
            or (len(text) > 1 and text.isupper() and not (capitals and _spelled_word(text)))
            or not any(char.isalpha() for char in text)
            or unaccent(text).lower() in self._stop_words
        ):
            return 0
        end = i + 1
        while end + 1 < len(doc) and glued(doc[end - 1], doc[end].text) and not doc[end].whitespace_:
            end += 2  # Seine - Maritime, as the tokenizer splits some names
        return end

    def _ends_name(self, doc: Doc, end: int) -> bool:
        """Whether a name may stop at ``end``: no capitalised word or hyphen-joined part follows."""
        if end >= len(doc):
            return True
        return not glued(doc[end - 1], doc[end].text[:1]) and not is_proper(doc, end, self._stop_words)

    def set_annotations(self, doc: Doc, spans: Sequence[Span]) -> None:
        """Longest first: a span replaces the entities it contains (rules in the module docstring)."""
        if not spans:
            return
        existing = list(doc.ents)
        owner: list[Span | None] = [None] * len(doc)
        for ent in existing:
            owner[ent.start : ent.end] = [ent] * len(ent)
        taken = bytearray(len(doc))
        chosen = []
        for span in sorted(spans, key=lambda s: (s.start - s.end, s.start)):
            inside = {ent for ent in owner[span.start : span.end] if ent is not None}
            if any(taken[span.start : span.end]) or any(
                ent.start < span.start or ent.end > span.end or len(ent) == len(span) for ent in inside
            ):
                continue
            taken[span.start : span.end] = b"\x01" * len(span)
            chosen.append(span)
        if not chosen:
            return
        kept = [ent for ent in existing if not any(taken[ent.start : ent.end])]
        for span in chosen:
            span._.seedner_source = "gazetteer"
            span._.seedner_canonical = " ".join(span.text.split())
        doc.set_ents(sorted([*kept, *chosen]), default="unmodified")


def _spelled_word(text: str) -> bool:
    """A word in capitals that reads as a word, not initials: three letters or more, a vowel."""
    return len(text) >= 3 and text.isalpha() and not set(text.lower()).isdisjoint("aeiouyàâéèêëîïôöùûü")


def _letterhead(doc: Doc, start: int, end: int) -> bool:
    """Whether a head is a line of its own, with a capital: the letterhead of the body that writes
    (``Direction départementale des territoires et de la mer`` above an order) names one body."""
    first = doc[start].text
    return (
        first[:1].isupper()
        and not first.isupper()
        and (start == 0 or "\n" in doc[start - 1].text)
        and (end == len(doc) or "\n" in doc[end].text)
    )


def _predicative(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is said of a town (``Vannes, préfecture du Morbihan``, ``est la préfecture``)."""
    j = i - 1 if i > 0 and token_key(doc[i - 1].text) in _PREDICATE_ARTICLES else i
    return j > 0 and ((doc[j - 1].text == "," and j == i) or token_key(doc[j - 1].text) in _COPULAS)


def _defined(doc: Doc, words: Units, v: int) -> bool:
    """Whether ``( ACRONYM )`` starts at unit ``v``: two capitals at least, letters and digits."""
    keys = words.keys
    if v + 2 >= len(keys) or keys[v] != "(" or keys[v + 2] != ")":
        return False
    text = doc[words.starts[v + 1] : words.ends[v + 1]].text
    return text.isalnum() and sum(char.isupper() for char in text) >= 2


@Language.factory(
    "seedner_institutions",
    assigns=["doc.ents", "span._.seedner_source", "span._.seedner_canonical"],
    default_config={"max_qualifiers": 3},
)
def make_institutions(nlp: Language, name: str, max_qualifiers: int) -> InstitutionMatcher:
    """Factory of ``seedner_institutions``; heads come from initialize() or set_heads(), else the
    default heads load on first use."""
    return InstitutionMatcher(nlp, name, max_qualifiers=max_qualifiers)


def add_institutions(
    nlp: Language, path: str | Path | None = None, *, name: str = "seedner_institutions", **placement: Any
) -> InstitutionMatcher:
    """Add the component (``after="seedner_gazetteer"``… in ``placement``) and load its heads.

    The file is read first, so a malformed one raises GazetteerError before the
    pipeline is touched.
    """
    heads = read_institution_heads(Path(path) if path else default_heads_file())
    component = nlp.add_pipe("seedner_institutions", name=name, **placement)
    if not isinstance(component, InstitutionMatcher):
        raise TypeError(f"{name!r} is not a seedner_institutions component")
    component.set_heads(heads)
    return component
