"""DOCX and ODT: the body's paragraphs and tables in order, read from the zip's XML."""

from __future__ import annotations

import io
import zipfile

import pytest

from seedner.io.formats import FormatError, docx, odt
from tests.io.formats.helpers import fixture

MINUTES = """\
Compte rendu de la réunion de Rennes

L'Office central de lutte contre le travail illégal (OCLTI) a reçu la Gendarmerie nationale à Rennes.

Présents :\tle colonel Marc Bonnet
et Mme Claire Lefèvre.

Europol
la préfecture d'Ille-et-Vilaine

Service | Responsable
OCLTI | Claire Lefèvre
Rennes
Marc Bonnet

Prochaine réunion à Brest."""
ODT_NOTE = """\
Note de la brigade de Strasbourg

La Direction générale de la sécurité intérieure (DGSI) a alerté  le parquet de Colmar.
Le capitaine Louis Meyer suit le dossier.

Europol
la police aux frontières

DGSI | Strasbourg"""
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of encrypted Office files


def package(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def docx_with_body(body: str) -> bytes:
    return package({"word/document.xml": f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'})


def test_the_minutes_give_body_paragraphs_lists_and_table_in_order():
    extracted = docx.extract(fixture("minutes.docx"))
    assert extracted.text == MINUTES
    assert extracted.page_starts is None


@pytest.mark.parametrize(
    "left_out", ["Ministère", "Diffusion restreinte", "Toulouse", "example.org", "Conclusion"]
)
def test_headers_deleted_text_link_targets_and_control_names_are_left_out(left_out):
    assert left_out not in docx.extract(fixture("minutes.docx")).text


def test_runs_split_inside_a_word_are_joined():
    body = "<w:p><w:r><w:t>Gendar</w:t></w:r><w:r><w:t>merie</w:t></w:r></w:p>"
    assert docx.extract(docx_with_body(body)).text == "Gendarmerie"


def test_field_instructions_are_left_out_their_results_kept():
    body = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText> HYPERLINK "https://ex.org/Nice" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Europol</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    assert docx.extract(docx_with_body(body)).text == "Europol"


def test_a_package_without_relationships_still_finds_word_document_xml():
    assert docx.extract(docx_with_body("<w:p><w:r><w:t>Lyon</w:t></w:r></w:p>")).text == "Lyon"


@pytest.mark.parametrize(
    ("data", "cause"),
    [
        (fixture("truncated.docx"), "not a DOCX file (bad zip)"),
        (b"Bonjour", "not a DOCX file (bad zip)"),
        (OLE + b"\x00" * 512, "encrypted DOCX or old binary format, not a DOCX file"),
        (package({"content.xml": "<x/>"}), "not a DOCX file (no word/document.xml)"),
        (package({"word/document.xml": "<w:document"}), "corrupt DOCX (invalid XML in word/document.xml: "
         "unclosed token: line 1, column 0)"),
        (package({"word/document.xml": '<!DOCTYPE x [<!ENTITY a "b">]><x/>'}),
         "corrupt DOCX (word/document.xml declares a DTD)"),
        (package({"word/document.xml": f'<w:document xmlns:w="{W}"/>'}),
         "not a DOCX file (no body in word/document.xml)"),
    ],
)  # fmt: skip
def test_a_broken_docx_is_one_line_naming_the_cause(data, cause):
    with pytest.raises(FormatError) as caught:
        docx.extract(data)
    assert str(caught.value) == cause


def test_the_odt_note_gives_headings_paragraphs_lists_and_tables_without_notes():
    extracted = odt.extract(fixture("note.odt"))
    assert extracted.text == ODT_NOTE
    assert "Mulhouse" not in extracted.text


def test_an_odt_spreadsheet_is_refused():
    data = package({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"})
    with pytest.raises(FormatError, match=r"^not an ODT file \(another OpenDocument type\)$"):
        odt.extract(data)
