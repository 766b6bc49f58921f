"""PDF: text per page in reading order, without running headers, footers or page numbers."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from seedner.io.formats import ExtractedText, FormatError, pdf
from seedner.io.formats.pdf import Line, is_page_number, join_pages, page_text, remove_running_lines
from tests.io.formats.helpers import fixture

PAGE_1 = """\
Bilan de l'Office de lutte contre le trafic illicite de migrants

L'Office de lutte contre le trafic illicite de migrants (OLTIM) a conduit quarante opérations avec la
Direction centrale de la police aux frontières (DCPAF). Le commissaire Jean-Pierre Martin dirige
la cellule de Lille.

La coopération avec l'Organisation inter-
nationale pour les migrations (OIM) s'est renforcée."""
PAGE_2 = """\
Coopération européenne

Mme Sophie Durand, procureure de la République à Marseille, a saisi Europol et la Guardia Civil.
L'agence Frontex a détaché douze agents à Calais.

Le préfet Georges-François Leclerc a présenté ce bilan à Dunkerque."""


@pytest.fixture(scope="module")
def report() -> ExtractedText:
    pytest.importorskip("pdfminer")
    return pdf.extract(fixture("report.pdf"))


def test_the_report_gives_each_page_without_its_header_footer_and_number(report):
    assert report.text == PAGE_1 + "\n\n" + PAGE_2
    assert report.page_starts == (0, len(PAGE_1) + 2)
    assert report.text[report.page_starts[1] :].startswith("Coopération européenne")


@pytest.mark.parametrize(
    "left_out", ["Rapport d'activité", "Préfecture du Nord", "Diffusion restreinte", "sur 2"]
)
def test_running_lines_are_gone(report, left_out):
    assert left_out not in report.text


def test_offsets_map_to_pages(report):
    assert report.page_at(report.text.index("OLTIM")) == 1
    assert report.page_at(report.text.index("Frontex")) == 2
    assert report.page_at(report.page_starts[1]) == 2
    assert report.page_at(report.page_starts[1] - 1) == 1


def test_a_pdf_with_an_owner_password_only_opens_with_the_empty_password():
    pytest.importorskip("pdfminer")
    assert pdf.extract(fixture("protected.pdf")).text == "Note de la Gendarmerie nationale à Rennes."


def test_pdfminer_warnings_do_not_reach_stderr():
    """protected.pdf forbids copying: pdfminer warns through logging, which unhandled would print."""
    pytest.importorskip("pdfminer")
    code = "import sys; from seedner.io.formats import pdf;print(pdf.extract(sys.stdin.buffer.read()).text)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        input=fixture("protected.pdf"),
        capture_output=True,
        timeout=60,
        check=True,
    )
    assert (result.stdout.decode().strip(), result.stderr) == (
        "Note de la Gendarmerie nationale à Rennes.",
        b"",
    )


def test_reading_many_pdfs_adds_one_logging_handler_only():
    pytest.importorskip("pdfminer")
    for _ in range(3):
        pdf.extract(fixture("protected.pdf"))
    assert sum(isinstance(h, logging.NullHandler) for h in logging.getLogger("pdfminer").handlers) == 1


def test_an_encrypted_pdf_is_one_clear_error():
    pytest.importorskip("pdfminer")
    with pytest.raises(FormatError) as caught:
        pdf.extract(fixture("encrypted.pdf"))
    assert str(caught.value) == "encrypted PDF"


@pytest.mark.parametrize(
    ("data", "cause"),
    [
        (b"Bonjour, ceci n'est pas un PDF", "not a PDF file"),
        (fixture("report.pdf")[:1100], "unreadable PDF (PSEOF: Unexpected EOF)"),
        (
            b"%PDF-1.7\n" + b"\x00" * 64,
            "unreadable PDF (PDFSyntaxError: No /Root object! - Is this really a PDF?)",
        ),
    ],
)
def test_a_damaged_pdf_is_one_line_naming_the_cause(data, cause):
    pytest.importorskip("pdfminer")
    with pytest.raises(FormatError) as caught:
        pdf.extract(data)
    assert str(caught.value) == cause


@pytest.mark.parametrize(
    "line", ["3", "- 3 -", "— 14 —", "Page 3 sur 12", "page 3", "p. 4", "3/12", "12 sur 40"]
)
def test_page_numbers_are_recognised(line):
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["Article 3", "3 agents", "2023-2024 rapport", "Page d'accueil", "12345"])
def test_other_short_lines_are_not_page_numbers(line):
    assert not is_page_number(line)


def page(*texts: str, first_top: float = 0.05, pitch: float = 0.04) -> list[Line]:
    """Lines from the top of a page down, one every ``pitch``; a text "" skips a slot."""
    lines = []
    for slot, text in enumerate(texts):
        top = first_top + slot * pitch
        if text:
            lines.append(Line(text, top, top + pitch * 0.5))
    return lines


def with_footer(number: int, *body: str) -> list[Line]:
    head = page("Rapport 2023 de la Préfecture du Nord", first_top=0.03)
    foot = [Line(f"Page {number} sur 3", 0.95, 0.97)]
    return head + page(*body, first_top=0.2) + foot


def texts(pages: list[list[Line]]) -> list[list[str]]:
    return [[line.text for line in lines] for lines in pages]


def test_lines_repeated_at_the_edges_of_most_pages_go_digits_aside():
    pages = [with_footer(1, "Lille"), with_footer(2, "Calais"), with_footer(3, "Nice")]
    assert texts(remove_running_lines(pages)) == [["Lille"], ["Calais"], ["Nice"]]


def test_a_line_repeated_in_the_body_of_pages_stays():
    pages = [page("titre", "", "", "", "", "Europol", "", "", "", "", "", "", "fin")] * 2
    assert "Europol" in texts(remove_running_lines(pages))[0]


def test_a_first_line_on_one_page_only_stays():
    pages = [page("Préfecture du Nord", "Lille"), page("Préfecture de l'Oise", "Beauvais")]
    assert texts(remove_running_lines(pages)) == [
        ["Préfecture du Nord", "Lille"],
        ["Préfecture de l'Oise", "Beauvais"],
    ]


def test_a_single_page_loses_its_bare_number_only():
    lines = (
        page("En-tête du Nord", first_top=0.02) + page("Texte", first_top=0.3) + [Line("- 1 -", 0.95, 0.96)]
    )
    assert texts(remove_running_lines([lines])) == [["En-tête du Nord", "Texte"]]


def test_a_number_in_the_middle_of_a_page_stays():
    lines = page("Effectif", "120", first_top=0.4)
    assert texts(remove_running_lines([lines])) == [["Effectif", "120"]]


def test_blocks_start_at_wider_gaps_and_at_the_next_column():
    left = page("Le préfet a", "réuni les", "", "", "services de", "l'État.", first_top=0.1)
    right = page("Colonne de", "droite.", first_top=0.1)
    assert page_text(left + right) == "Le préfet a\nréuni les\n\nservices de\nl'État.\n\nColonne de\ndroite."


def test_pages_are_joined_by_a_blank_line_and_their_starts_recorded():
    joined = join_pages(["Lille", "", "Nice"])
    assert joined == ExtractedText("Lille\n\n\n\nNice", (0, 7, 9))
    assert joined.text[9:] == "Nice" and joined.page_at(9) == 3
    assert join_pages([]) == ExtractedText("", (0,))
