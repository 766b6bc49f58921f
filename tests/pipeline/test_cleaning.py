"""The ``seedner_cleaning`` component writes a Doc's records back into it, on a pipeline without a model.

A stand-in for ``ner`` presets the entities a model might predict; the parity with the command line on
real texts and the real model is ``test_spacy_parity.py``.
"""

from __future__ import annotations

import pickle
import re
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from seedner.execution.extractor import Extractor
from seedner.pipeline.cleaning import MENTION_SPANS, MentionCleaner, split_tokens_at

# What the stand-in model predicts: each surface, wherever it is written, case included.
PREDICTED = {
    "M. Bruno Retailleau": "PER",
    "la Direction générale": "ORG",
    "Siège d'": "MISC",
    "Europol": "ORG",
    "La Haye": "LOC",
    "Jean DUPONT": "PER",
    "Rennes": "LOC",
}
_PREDICTED = re.compile("|".join(re.escape(surface) for surface in sorted(PREDICTED, key=len, reverse=True)))


@Language.component("seedner_test_model")
def stand_in_model(doc: Doc) -> Doc:
    spans = [
        doc.char_span(m.start(), m.end(), label=PREDICTED[m.group()]) for m in _PREDICTED.finditer(doc.text)
    ]
    kept = [span for span in spans if span is not None]
    preset = [ent for ent in doc.ents if not any(ent.start < s.end and s.start < ent.end for s in kept)]
    doc.set_ents(sorted([*preset, *kept]), default="unmodified")
    return doc


def pipeline(**cleaning: Any) -> Language:
    nlp = spacy.blank("fr")
    nlp.add_pipe("seedner_masks")
    nlp.add_pipe("seedner_gazetteer")
    nlp.add_pipe("seedner_institutions")
    nlp.add_pipe("seedner_test_model")
    nlp.add_pipe("seedner_acronyms")
    nlp.add_pipe("seedner_cleaning", config=cleaning)
    return nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline()


def records(nlp: Language, text: str, **options: Any) -> list[tuple[str, int, int]]:
    return [(r["label"], r["start"], r["end"]) for r in Extractor(nlp, **options).extract_text(text)]


def spans(doc: Doc) -> list[tuple[str, int, int]]:
    return [(span.label_, span.start_char, span.end_char) for span in doc.spans[MENTION_SPANS]]


TEXTS = [
    "M. Bruno Retailleau a reçu la Direction générale de la sécurité intérieure (DGSI) à Lyon.",
    "Le Siège d'Europol à La Haye. La CPAM de la Gironde enquête avec la DGSI.",
    "Voir https://www.interieur.gouv.fr/Europol et écrire à contact@europol.eu.",
    # what the command line repairs and recases before reading it: curly apostrophes, a soft hyphen,
    # a word hyphenated across a line break, a line in capitals
    "COMMUNIQUÉ DE LA PRÉFECTURE D’ILLE-ET-VILAINE\nLe siège d’Europol à La Haye a reçu la Direc-\n"
    "tion générale des douanes et Jean DUPONT, préfet, à Ren\u00adnes.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_docs_spans_are_the_records_of_the_command_line(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert doc.text == text
    assert spans(doc) == records(nlp, text)
    outer = [(ent.label_, ent.start_char, ent.end_char) for ent in doc.ents]
    assert set(outer) <= set(spans(doc))
    nested = set(spans(doc)) - set(outer)
    assert all(
        any(s <= start and end <= e and (s, e) != (start, end) for _, s, e in outer)
        for _, start, end in nested
    )


def test_titles_articles_and_masks_are_out_and_attributes_are_the_records(nlp: Language) -> None:
    doc = nlp(TEXTS[0] + " " + TEXTS[2])
    found = {ent.text: ent for ent in doc.ents}
    assert "Bruno Retailleau" in found and "M. Bruno Retailleau" not in found
    assert not any(ent.text.startswith(("la ", "l'")) for ent in doc.ents)
    assert not any("http" in ent.text or "@" in ent.text for ent in doc.ents)
    dgsi = found["DGSI"]
    assert dgsi._.acronym and dgsi._.expansion == "Direction générale de la sécurité intérieure"
    record = next(r for r in Extractor(nlp).extract_text(doc.text) if r["text"] == "DGSI")
    assert (dgsi._.seedner_source, dgsi._.seedner_canonical, dgsi._.expansion_source) == (
        record["source"],
        record["canonical"],
        record["expansion_source"],
    )


def test_a_nested_acronym_is_in_the_span_group_and_not_in_the_entities(nlp: Language) -> None:
    doc = nlp(TEXTS[1])
    assert "CPAM de la Gironde" in [ent.text for ent in doc.ents]
    assert "CPAM" not in [ent.text for ent in doc.ents]
    cpam = next(span for span in doc.spans[MENTION_SPANS] if span.text == "CPAM")
    assert cpam.label_ == "MISC" and cpam._.acronym
    assert [(start, end) for start, end, *_ in doc._.nested_acronyms] == [(cpam.start_char, cpam.end_char)]


def test_a_boundary_inside_a_token_splits_it(nlp: Language) -> None:
    doc = nlp(TEXTS[1])
    assert "Siège d" in [ent.text for ent in doc.ents]  # the record's surface: the apostrophe is trimmed
    assert [token.text for token in doc[2:5]] == ["d", "'", "Europol"]


def test_split_tokens_at_keeps_the_span_groups() -> None:
    nlp = spacy.blank("fr")
    doc = nlp("Le siège d'Europol.")
    doc.spans["kept"] = [doc.char_span(3, 18, label="X")]
    split_tokens_at(doc, [10, 4, 0, 18])
    assert [token.text for token in doc] == ["Le", "s", "iège", "d", "'", "Europol", "."]
    assert [(span.text, span.label_) for span in doc.spans["kept"]] == [("siège d'Europol", "X")]


def test_a_long_text_is_read_in_pieces_as_the_command_line_does() -> None:
    nlp = pipeline(max_chars=60)
    text = " ".join(TEXTS)
    assert spans(nlp(text)) == records(nlp, text, max_chars=60)


def test_pipe_gives_what_one_call_gives(nlp: Language) -> None:
    piped = [spans(doc) for doc in nlp.pipe(TEXTS * 2, batch_size=3)]
    assert piped == [spans(nlp(text)) for text in TEXTS * 2]


def test_the_extractor_makes_records_of_the_docs_without_the_component(nlp: Language) -> None:
    extractor = Extractor(nlp)
    without = spacy.blank("fr")
    for name in ("seedner_masks", "seedner_gazetteer", "seedner_institutions", "seedner_test_model"):
        without.add_pipe(name)
    without.add_pipe("seedner_acronyms")
    assert extractor.extract_text(TEXTS[3]) == Extractor(without).extract_text(TEXTS[3])


def test_saved_loaded_and_pickled_pipelines_clean_alike(nlp: Language, tmp_path: Path) -> None:
    expected = spans(nlp(TEXTS[3]))
    nlp.to_disk(tmp_path / "pipeline")
    assert spans(spacy.load(tmp_path / "pipeline")(TEXTS[3])) == expected
    copy = pickle.loads(pickle.dumps(nlp))
    assert isinstance(copy.get_pipe("seedner_cleaning"), MentionCleaner)
    assert spans(copy(TEXTS[3])) == expected
