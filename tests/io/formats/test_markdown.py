"""Markdown: the text without the markup; link targets and code hold no entity."""

from __future__ import annotations

import pytest

from seedner.io.formats import FormatError, markdown
from tests.io.formats.helpers import fixture

NOTE = """\
Coopération judiciaire en Gironde

L'Office de répression et de lutte contre la criminalité financière (ORLCF) travaille
avec Europol et la Guardia Civil à Bordeaux.

Le commissaire Jean-Pierre Martin à Lille

Selon Mme Sophie Durand, l'enquête vise 12 *suspects* : .

la Direction centrale de la police aux frontières (DCPAF)
la Gendarmerie nationale

Service | Ville
ORLCF | Nantes

Rapport transmis à la préfecture de la Gironde."""


def text_of(source: str) -> str:
    return markdown.extract(source.encode("utf-8")).text


def test_the_note_fixture_reads_as_plain_text():
    extracted = markdown.extract(fixture("note.md"))
    assert extracted.text == NOTE
    assert extracted.page_starts is None


@pytest.mark.parametrize(
    "left_out", ["Toulouse", "Marseille", "Frontex", "europol.eu", "Bureau de Bordeaux", "#"]
)
def test_front_matter_link_targets_image_urls_autolinks_and_code_blocks_are_left_out(left_out):
    assert left_out not in markdown.extract(fixture("note.md")).text


def test_emphasis_around_an_acronym_leaves_the_parentheses_that_define_it():
    assert (
        text_of("l'Office (**ORLCF**) et (*OLTIM*) et (__DCPAF__)")
        == "l'Office (ORLCF) et (OLTIM) et (DCPAF)"
    )


def test_headings_lose_their_marks_setext_ones_too():
    assert text_of("## Rennes ##\n\nBrest\n=====\n\ntexte") == "Rennes\n\nBrest\n\ntexte"


def test_an_image_alt_is_a_line_of_its_own_even_inside_a_paragraph():
    assert (
        text_of('Voir ![Le port de Calais](a.jpg "titre") ci-dessus.')
        == "Voir\nLe port de Calais\nci-dessus."
    )


def test_reference_links_keep_their_text_only():
    assert text_of("Voir [Europol][e].\n\n[e]: https://example.org/Frontex") == "Voir Europol."


def test_raw_html_keeps_its_text_not_its_tags_nor_scripts():
    source = '<div class="encadré">Le <b>préfet</b> &eacute;crit<script>var v = "Nice";</script></div>\n\nFin'
    assert text_of(source) == "Le préfet écrit\n\nFin"


def test_inline_code_stays_in_its_sentence_code_blocks_go():
    assert text_of("Lancer `seedner` à Lyon.\n\n    DCPAF = 1\n\nFin.") == "Lancer seedner à Lyon.\n\nFin."


def test_binary_data_named_md_is_refused():
    with pytest.raises(FormatError, match=r"^looks binary, not Markdown$"):
        markdown.extract(b"\x00\x01\x02# titre")
