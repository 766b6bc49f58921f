"""HTML: the visible text, without site chrome, scripts or markup."""

from __future__ import annotations

import pytest

from seedner.io.formats import FormatError, html
from tests.io.formats.helpers import fixture

pytest.importorskip("selectolax")

ARTICLE = """\
Démantèlement d'un réseau de passeurs à Calais

Publié le 14 mars 2024

L’Office de lutte contre le trafic illicite de migrants (OLTIM) a interpellé six personnes à Calais\xa0; \
le parquet de Lille & la DCPAF ont été saisis.
Le commissaire Jean-Pierre Martin a dirigé l'opération.

Mme Sophie Durand, procureure de la République
M. Georges-François Leclerc, préfet du Nord

Service | Ville
OLTIM | Nanterre
Gendarmerie nationale | Dunkerque

Le port de Calais."""


def text_of(markup: str, **options) -> str:
    return html.extract(markup.encode("utf-8"), **options).text


def test_the_article_fixture_gives_its_visible_text_only():
    extracted = html.extract(fixture("article.html"))
    assert extracted.text == ARTICLE
    assert extracted.page_starts is None


@pytest.mark.parametrize(
    "left_out",
    ["Espace presse", "Police nationale", "analytics", "Marianne", "Toulouse", "Marseille", "Europe 1",
     "Lampedusa", "Mentions légales", "Préfecture du Nord", "photo", "example.org"],
)  # fmt: skip
def test_chrome_scripts_hidden_text_title_and_urls_are_left_out(left_out):
    assert left_out not in html.extract(fixture("article.html")).text


def test_the_header_and_footer_of_an_article_are_kept_those_of_the_page_are_not():
    markup = (
        "<header>Site de la préfecture</header><article><header><h1>Titre</h1></header><p>Corps</p>"
        "<footer>Signé : le préfet</footer></article><footer>Plan du site</footer>"
    )
    assert text_of(markup) == "Titre\n\nCorps\n\nSigné : le préfet"


def test_navigation_roles_and_inline_display_none_are_left_out():
    markup = '<div role="navigation">Menu</div><p>Lille</p><div style="DISPLAY: none">Caché</div>'
    assert text_of(markup) == "Lille"


def test_entities_are_decoded_and_non_breaking_spaces_kept():
    assert text_of("<p>Caf&eacute; &amp; th&#233;&nbsp;: l&rsquo;&Eacute;tat</p>") == "Café & thé\xa0: l’État"


def test_broken_markup_is_repaired_as_a_browser_would():
    markup = "<div><p>Un <b>réseau<p>démantelé</b> à <i>Lille</div></i><li>Calais<li>Dunkerque"
    assert text_of(markup) == "Un réseau\n\ndémantelé à Lille\n\nCalais\nDunkerque"


def test_pre_keeps_its_spacing():
    assert text_of("<p>Code :</p><pre>  a  =  1\n  b</pre>") == "Code :\n\n  a  =  1\n  b"


def test_deep_nesting_does_not_exhaust_the_stack():
    assert text_of("<div>" * 5000 + "Strasbourg" + "</div>" * 5000) == "Strasbourg"


def test_declared_charset_is_used_when_the_bytes_are_not_utf8():
    data = '<meta charset="windows-1252"><p>Préfecture de l’Hérault</p>'.encode("cp1252")
    assert html.extract(data).text == "Préfecture de l’Hérault"


def test_auto_encoding_falls_back_to_cp1252():
    data = "<p>Préfecture de l’Hérault</p>".encode("cp1252")
    assert html.extract(data, encoding="auto").text == "Préfecture de l’Hérault"
    with pytest.raises(FormatError, match="cannot decode as utf-8 at byte 5"):
        html.extract(data)


def test_a_bom_decides_the_encoding():
    assert html.extract("<p>Évry</p>".encode("utf-16")).text == "Évry"


def test_binary_data_named_html_is_refused_in_one_line():
    with pytest.raises(FormatError) as caught:
        html.extract(fixture("binary.html"))
    assert str(caught.value) == "looks binary, not HTML"
