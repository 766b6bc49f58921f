"""Input-format libraries, measured side by side: why seedner reads PDF, HTML and DOCX the way it does.

    python bench/formats.py [--runs 7]

Writes a markdown report to stdout and to bench/formats.md.  Everything is
made here, nothing is downloaded: PDFs drawn with fpdf2 in DejaVu Sans when
the machine has it (an embedded TrueType subset, as most producers write),
HTML and DOCX written as text.  Libraries that are not installed are skipped
and named; the ones seedner does not use (pypdf, pypdfium2, lxml, html5lib,
python-docx) are only needed to run this comparison.

- PDF: pypdf, pypdfium2 and pdfminer.six (as seedner calls it) on a 2-page
  report with running header, footer and page numbers, a two-column page
  whose producer draws the columns line by line (left, right, left ...),
  and a table; speed in ms per page, and checks of reading order, glued
  words, hyphens and table rows.
- HTML: selectolax (Lexbor), lxml and html5lib: parse time of a 20 KB
  article, and how far each tree agrees with html5lib, the WHATWG
  reference parser, on samples of broken markup.
- DOCX: the standard-library reader seedner ships against python-docx.
"""

from __future__ import annotations

import argparse
import importlib
import io
import itertools
import re
import sys
import time
import zipfile
from pathlib import Path
from textwrap import wrap

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

LEFT = (
    "Le 12 mars 2023, l'Office de lutte contre le trafic illicite de migrants (OLTIM) a démantelé un réseau "
    "actif entre Calais et Vintimille. Le commissaire Jean-Pierre Martin a coordonné l'opération avec la "
    "Direction centrale de la police aux frontières (DCPAF)."
)
RIGHT = (
    "Selon Mme Sophie Durand, procureure de la République à Marseille, les enquêteurs ont identifié "
    "vingt-trois passeurs présumés. L'Organisation internationale pour les migrations (OIM) a été "
    "informée, ainsi que le ministère de l'Intérieur."
)
ROWS = [
    ("Service", "Responsable", "Ville", "Effectif"),
    ("OLTIM", "Jean-Pierre Martin", "Nanterre", "120"),
    ("DCPAF", "Claire Lefèvre", "Paris", "1 450"),
    ("Gendarmerie nationale", "Général Marc Bonnet", "Issy-les-Moulineaux", "98 000"),
    ("Préfecture du Nord", "Georges-François Leclerc", "Lille", "850"),
]


def timed(function, argument, runs: int) -> tuple[float, object]:
    """Best time of ``runs`` calls after a warm-up (the least disturbed by a busy machine), and the result."""
    result = function(argument)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = function(argument)
        times.append(time.perf_counter() - start)
    return min(times), result


def available(*modules: str) -> bool:
    try:
        for module in modules:
            importlib.import_module(module)
    except ImportError:
        return False
    return True


# ---------------------------------------------------------------- PDF


def _new_pdf():
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    if FONT.is_file() and FONT.with_name("DejaVuSans-Bold.ttf").is_file():
        pdf.add_font("body", "", str(FONT))
        pdf.add_font("body", "B", str(FONT.with_name("DejaVuSans-Bold.ttf")))
        pdf.set_font("body", size=10)
    else:
        pdf.set_font("Helvetica", size=10)
    return pdf


def make_pdfs() -> dict[str, bytes]:
    """The three layouts; the report's body differs from page to page, like a real one."""
    report = _new_pdf()
    for number, body in enumerate((LEFT, RIGHT), start=1):
        report.add_page()
        report.set_xy(20, 10)
        report.cell(170, 5, "Rapport d'activité 2023 — Préfecture du Nord", align="C")
        report.set_xy(20, 283)
        report.cell(170, 5, f"Diffusion restreinte — page {number} sur 2", align="C")
        report.set_xy(20, 30)
        report.multi_cell(170, 6, body + " La coopération avec l'Organisation inter-\nnationale se poursuit.")
    columns = _new_pdf()
    columns.add_page()
    left, right = wrap(LEFT + " " + RIGHT, 45), wrap(RIGHT + " " + LEFT, 45)
    for row in range(max(len(left), len(right))):  # the producer draws across the page, line by line
        for x, lines in ((20, left), (110, right)):
            if row < len(lines):
                columns.text(x, 30 + row * 5, lines[row])
    table = _new_pdf()
    table.add_page()
    with table.table() as grid:
        for cells in ROWS:
            row = grid.row()
            for cell in cells:
                row.cell(cell)
    return {
        "report": bytes(report.output()),
        "columns": bytes(columns.output()),
        "table": bytes(table.output()),
    }


def with_pypdf(data: bytes) -> list[str]:
    import pypdf

    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def with_pypdfium2(data: bytes) -> list[str]:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return [page.get_textpage().get_text_bounded() for page in document]
    finally:
        document.close()


def with_pdfminer(data: bytes) -> list[str]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer

    return [
        "".join(box.get_text() for box in page if isinstance(box, LTTextContainer))
        for page in extract_pages(io.BytesIO(data), laparams=LAParams(all_texts=True))
    ]


def with_seedner(data: bytes) -> list[str]:
    from seedner.io.formats import pdf

    extracted = pdf.extract(data)
    starts = [*(extracted.page_starts or (0,)), len(extracted.text) + 2]
    return [extracted.text[start : end - 2] for start, end in itertools.pairwise(starts)]


PDF_READERS = {
    "pypdf": (with_pypdf, ("pypdf",)),
    "pypdfium2": (with_pypdfium2, ("pypdfium2",)),
    "pdfminer.six": (with_pdfminer, ("pdfminer",)),
    "seedner (pdfminer.six + clean-up)": (with_seedner, ("pdfminer",)),
}


def _flat(text: str) -> str:
    return " ".join(text.replace("\x02", "-").split())


def pdf_checks(name: str, pages: list[str]) -> str:
    """What matters for entities: words whole, columns apart, hyphens kept, rows or cells apart."""
    text = "\n".join(pages)
    flat = _flat(text)
    if name == "report":
        words = set(re.findall(r"\w+", LEFT + RIGHT))
        missing = sorted(word for word in words if not re.search(rf"\b{re.escape(word)}\b", text))
        header = "header/footer kept" if "Diffusion restreinte" in text else "header/footer gone"
        hyphen = (
            "hyphen kept" if "inter-\nnationale" in text.replace("\r\n", "\n") else "hyphen lost or joined"
        )
        return f"{len(missing)} words glued or lost; {hyphen}; {header}"
    if name == "columns":
        in_order = _flat(LEFT) in flat
        mixed = any("contre le Selon" in line or "(OLTIM) a République" in line for line in text.splitlines())
        glued = "Jean-Pierre" not in text and "JeanPierre" in text.replace("\x02", "")
        order = "columns read in order" if in_order else "columns interleaved line by line"
        return (
            order
            + ("; words of both columns glued on one line" if mixed else "")
            + ("; 'JeanPierre'" if glued else "")
        )
    rows_kept = all(" ".join(row) in flat for row in ROWS[1:])
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    cell_lines = sum(line in {cell for row in ROWS for cell in row} for line in lines)
    layout = (
        "rows on one line each"
        if rows_kept
        else f"{cell_lines} of {sum(map(len, ROWS))} cells alone on a line"
    )
    glued = [line for line in lines if "Leclerc Lille" in line and line != " ".join(ROWS[-1])]
    return layout + ("; 'Leclerc Lille' glued in one line" if glued else "")


def bench_pdf(runs: int) -> list[str]:
    if not available("fpdf"):
        return ["fpdf2 is not installed: no PDF to measure."]
    pdfs = make_pdfs()
    out = [
        "## PDF",
        "",
        f"ms per page, best of {runs} runs; font: {'DejaVu Sans' if FONT.is_file() else 'Helvetica'}.",
        "",
    ]
    out += [
        "| library | " + " | ".join(f"{name} ms/page" for name in pdfs) + " | report | columns | table |",
        "|---|" + "---:|" * len(pdfs) + "---|---|---|",
    ]
    for label, (reader, modules) in PDF_READERS.items():
        if not available(*modules):
            out.append(f"| {label} | not installed |")
            continue
        speeds, checks = [], []
        for name, data in pdfs.items():
            seconds, pages = timed(reader, data, runs)
            speeds.append(f"{seconds * 1000 / len(pages):.1f}")
            checks.append(pdf_checks(name, pages))
        out.append(f"| {label} | " + " | ".join(speeds) + " | " + " | ".join(checks) + " |")
    return out


# ---------------------------------------------------------------- HTML

BROKEN = [
    "<div><p>Un <b>réseau<p>démantelé</b> à <i>Lille</div></i><li>Calais<li>Dunkerque",
    "<table><tr><td>OLTIM<td>Nanterre<tr><td>DCPAF</table>Texte après",
    "<p>Le préfet<table><tr><td>Lille</td></tr></table>du Nord</p>",
    "<ul><li>Europol<ul><li>Frontex</ul><li>OIM</ul>",
    "<p>Avant <script>var a = '</p><p>';</script> après</p>",
    "<title>Titre</title><p>Corps<!-- note --> suite</p></body><p>Après le body</p>",
    "<b><i>Gendarmerie</b> nationale</i> à <a href=x>Rennes<a href=y>Brest</a>",
    "<p>Caf&eacute &amp &#x27;quot&#39; &nbsp;&copy</p>",
    "<select><option>Nord<option>Pas-de-Calais</select><p>Texte",
    "<h1>Titre<h2>Sous-titre</h1></h2><p>fin",
    "<table><b>Gras</b><tr><td>Lille</td></tr></table>",
    "<p>Avant<div>bloc</div>après",
    "Texte &lt;b> 3 < 5 && x > 2 <p>suite",
    '<p id="a>Lille</p><p>Brest</p>',
]
_BLOCK = {"p", "div", "li", "td", "th", "tr", "h1", "h2", "ul", "table", "body", "select", "option"}


def _outline_etree(element, parts: list[str]) -> None:
    tag = element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
    if tag in ("script", "style", "head", "title"):
        parts.append(element.tail or "")
        return
    if tag in _BLOCK:
        parts.append("|")
    if isinstance(element.tag, str):
        parts.append(element.text or "")
        for child in element:
            _outline_etree(child, parts)
    if tag in _BLOCK:
        parts.append("|")
    parts.append(element.tail or "")


def _outline_lexbor(node, parts: list[str]) -> None:
    tag = node.tag
    if tag == "-text":
        parts.append(node.text_content or "")
        return
    if tag in ("script", "style", "head", "title", "-comment"):
        return
    if tag in _BLOCK:
        parts.append("|")
    child = node.child
    while child is not None:
        _outline_lexbor(child, parts)
        child = child.next
    if tag in _BLOCK:
        parts.append("|")


def _normal(parts: list[str]) -> str:
    return re.sub(r"\s*\|[\s|]*", " | ", " ".join("".join(parts).split())).strip(" |")


def outline_selectolax(markup: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    parts: list[str] = []
    _outline_lexbor(LexborHTMLParser(markup).body, parts)
    return _normal(parts)


def outline_lxml(markup: str) -> str:
    import lxml.html

    parts: list[str] = []
    root = lxml.html.document_fromstring(markup)
    body = root.find("body")
    _outline_etree(body if body is not None else root, parts)
    return _normal(parts)


def outline_html5lib(markup: str) -> str:
    import html5lib

    parts: list[str] = []
    root = html5lib.parse(markup, namespaceHTMLElements=False)
    _outline_etree(root.find("body"), parts)
    return _normal(parts)


def parse_selectolax(markup: str) -> object:
    from selectolax.lexbor import LexborHTMLParser

    return LexborHTMLParser(markup).root


def parse_lxml(markup: str) -> object:
    import lxml.html

    return lxml.html.document_fromstring(markup)


def parse_html5lib(markup: str) -> object:
    import html5lib

    return html5lib.parse(markup)


HTML_PARSERS = {
    "selectolax (Lexbor)": (parse_selectolax, outline_selectolax, ("selectolax",)),
    "lxml (libxml2)": (parse_lxml, outline_lxml, ("lxml.html",)),
    "html5lib": (parse_html5lib, outline_html5lib, ("html5lib",)),
}


def article() -> str:
    """A 20 KB article page: the fixture's chrome around paragraphs, lists and a table, repeated."""
    from make_format_fixtures import HTML

    head, _, rest = HTML.partition("<article>")
    body, _, tail = rest.partition("</article>")
    return head + "<article>" + body * 20 + "</article>" + tail


def bench_html(runs: int) -> list[str]:
    page = article()
    reference = [outline_html5lib(sample) for sample in BROKEN] if available("html5lib") else None
    out = [
        "## HTML",
        "",
        f"Parse time of a {len(page.encode()) // 1024} KB article, best of {runs} runs; "
        f"agreement with html5lib (the WHATWG reference) on {len(BROKEN)} broken-markup samples.",
        "",
    ]
    out += ["| parser | parse ms | agrees with html5lib |", "|---|---:|---:|"]
    for label, (parse, outline, modules) in HTML_PARSERS.items():
        if not available(*modules):
            out.append(f"| {label} | not installed | |")
            continue
        seconds, _ = timed(parse, page, runs)
        agree = (
            "n/a"
            if reference is None
            else f"{sum(outline(s) == r for s, r in zip(BROKEN, reference, strict=True))}/{len(BROKEN)}"
        )
        out.append(f"| {label} | {seconds * 1000:.2f} | {agree} |")
    if available("selectolax"):
        from seedner.io.formats import html

        seconds, _ = timed(html.extract, page.encode(), runs)
        out += [
            "",
            f"seedner's whole extraction (decode, parse, walk) of the same page: {seconds * 1000:.2f} ms.",
        ]
    return out


# ---------------------------------------------------------------- DOCX


def big_docx() -> bytes:
    """1,000 paragraphs and a 50-row table, through the fixture script's package writer."""
    import make_format_fixtures as fixtures

    body = "".join(fixtures._paragraph(fixtures._run(LEFT)) for _ in range(1000))
    rows = "".join(
        "<w:tr>" + "".join(fixtures._cell(fixtures._paragraph(fixtures._run(c))) for c in ROWS[1]) + "</w:tr>"
        for _ in range(50)
    )
    document = fixtures._DOCX_DOCUMENT.replace(fixtures.DOCX_BODY, body + f"<w:tbl>{rows}</w:tbl>")
    with zipfile.ZipFile(io.BytesIO(fixtures.fixtures()["minutes.docx"])) as package:
        members = [(name, package.read(name).decode()) for name in package.namelist()]
    return fixtures._package([(n, document if n == "word/document.xml" else t) for n, t in members])


def with_python_docx(data: bytes) -> str:
    import docx

    parts = []
    for block in docx.Document(io.BytesIO(data)).iter_inner_content():
        if hasattr(block, "rows"):
            parts += [" | ".join(cell.text for cell in row.cells) for row in block.rows]
        else:
            parts.append(block.text)
    return "\n".join(parts)


def with_seedner_docx(data: bytes) -> str:
    from seedner.io.formats import docx

    return docx.extract(data).text


def bench_docx(runs: int) -> list[str]:
    from make_format_fixtures import fixtures

    data, minutes = big_docx(), fixtures()["minutes.docx"]
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml_size = package.getinfo("word/document.xml").file_size
    out = [
        "## DOCX",
        "",
        f"1,000 paragraphs and a 50-row table ({xml_size // 1024} KB of XML), best of {runs} runs; "
        "what each reader finds in the minutes fixture.",
        "",
    ]
    out += [
        "| reader | ms | Rennes (tracked insertion) | Gendarmerie (hyperlink) | Brest (content control) |",
        "|---|---:|---|---|---|",
    ]
    for label, reader, modules in (
        ("zipfile + ElementTree (seedner)", with_seedner_docx, ()),
        ("python-docx", with_python_docx, ("docx",)),
    ):
        if not available(*modules):
            out.append(f"| {label} | not installed | | | |")
            continue
        seconds, _ = timed(reader, data, runs)
        text = reader(minutes)
        found = ["yes" if word in text else "missed" for word in ("à Rennes", "Gendarmerie", "Brest")]
        out.append(f"| {label} | {seconds * 1000:.1f} | " + " | ".join(found) + " |")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    arguments = parser.parse_args()
    lines = [
        "# Input formats: libraries compared",
        "",
        f"Made by bench/formats.py; Python {sys.version.split()[0]}, {', '.join(_versions())}.",
        "",
    ]
    for section in (bench_pdf, bench_html, bench_docx):
        lines += [*section(arguments.runs), ""]
    report = "\n".join(lines)
    print(report)
    (REPO / "bench" / "formats.md").write_text(report, "utf-8")


def _versions() -> list[str]:
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name in (
        "pypdf",
        "pypdfium2",
        "pdfminer.six",
        "selectolax",
        "lxml",
        "html5lib",
        "python-docx",
        "fpdf2",
    ):
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            found.append(f"{name} absent")
    return found


if __name__ == "__main__":
    main()
