"""Write the input-format fixtures of tests/data/formats/, the same bytes on every run.

    python scripts/make_format_fixtures.py [OUTPUT_DIR]

Small French texts with agencies, people, places and acronyms, in every format
seedner reads, plus the broken inputs it must refuse in one line: an
encrypted PDF, a truncated DOCX, binary data named ``.html``.  The PDFs are
drawn with fpdf2 (a development dependency, never shipped) in a core font,
so no font file of the machine is embedded; DOCX and ODT packages are
written member by member with zipfile, with a fixed date, so that no binary
of unknown origin enters the repository.
"""

from __future__ import annotations

import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPO / "tests" / "data" / "formats"
FIXED_DATE = datetime(2024, 3, 14, 9, 30, tzinfo=UTC)
ZIP_DATE = (2024, 3, 14, 9, 30, 0)

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Démantèlement d'un réseau de passeurs | Préfecture du Nord</title>
<style>body { font-family: Marianne, sans-serif; } .menu { color: #000091; }</style>
<script>window.analytics = {site: "Ministère de l'Intérieur", page: "Calais"};</script>
</head>
<body>
<header class="site"><a href="/">Préfecture du Nord</a> <a href="/presse">Espace presse</a></header>
<nav><ul><li><a href="/police">Police nationale</a></li>
<li><a href="/gendarmerie">Gendarmerie</a></li></ul></nav>
<main>
<article>
<header><h1>Démantèlement d'un réseau de passeurs à Calais</h1>
<p>Publié le 14 mars 2024</p></header>
<p>L&#8217;Office de lutte contre le trafic illicite de migrants (<strong>OLTIM</strong>) a interpellé
   six personnes à <a href="https://example.org/villes/calais">Calais</a>&nbsp;; le parquet de Lille
   &amp; la <abbr title="Direction centrale de la police aux frontières">DCPAF</abbr> ont été saisis.<br>
Le commissaire Jean-Pierre Martin a dirigé l&apos;opération.</p>
<ul>
<li>Mme Sophie Durand, procureure de la République</li>
<li>M. Georges-François Leclerc, préfet du Nord</li>
</ul>
<table>
<tr><th>Service</th><th>Ville</th></tr>
<tr><td>OLTIM</td><td>Nanterre</td></tr>
<tr><td><p>Gendarmerie nationale</p></td><td><p>Dunkerque</p></td></tr>
</table>
<figure><img src="calais.jpg" alt="photo"><figcaption>Le port de Calais.</figcaption></figure>
<p hidden>Brouillon : Toulouse</p>
<noscript>Activez JavaScript pour voir la carte de Marseille.</noscript>
<button>Partager sur Europe 1</button>
</article>
</main>
<aside>À lire aussi : Frontex à Lampedusa</aside>
<footer><p>© Ministère de l'Intérieur — <a href="/mentions">Mentions légales</a></p></footer>
</body>
</html>
"""

MARKDOWN = """---
title: Note de synthèse
auteur: Bureau de Bordeaux
---

# Coopération *judiciaire* en Gironde

L'Office de répression et de lutte contre la criminalité financière (**ORLCF**) travaille
avec [Europol](https://www.europol.europa.eu/Frontex "Europol") et la Guardia Civil à *Bordeaux*.

![Le commissaire Jean-Pierre Martin à Lille](photos/martin-Marseille.jpg)

Selon `Mme Sophie Durand`, l'enquête vise 12 \\*suspects\\* : <https://example.org/Toulouse>.

- la **Direction centrale de la police aux frontières** (DCPAF)
- la _Gendarmerie nationale_

| Service | Ville |
|---------|-------|
| ORLCF   | Nantes |

```python
DCPAF = "Toulouse"
```

> Rapport transmis à la préfecture de la Gironde.
"""

PDF_HEADER = "Préfecture du Nord - Rapport d'activité 2023"
PDF_FOOTER = "Diffusion restreinte"
PDF_PAGES = (
    (
        "Bilan de l'Office de lutte contre le trafic illicite de migrants",
        "L'Office de lutte contre le trafic illicite de migrants (OLTIM) a conduit quarante opérations "
        "avec la Direction centrale de la police aux frontières (DCPAF). Le commissaire Jean-Pierre "
        "Martin dirige la cellule de Lille.",
        "La coopération avec l'Organisation inter-\nnationale pour les migrations (OIM) s'est renforcée.",
    ),
    (
        "Coopération européenne",
        "Mme Sophie Durand, procureure de la République à Marseille, a saisi Europol et la Guardia Civil. "
        "L'agence Frontex a détaché douze agents à Calais.",
        "Le préfet Georges-François Leclerc a présenté ce bilan à Dunkerque.",
    ),
)


def _pdf(
    pages: tuple[tuple[str, ...], ...], *, header: bool = True, password: str | None = None, copy: bool = True
) -> bytes:
    """A4 pages in Helvetica: a title and paragraphs, with running header and footer if asked.

    With a ``password`` the file is encrypted (RC4, deterministic); ``""`` opens
    without one, like the many official PDFs protected by an owner password
    only, which often forbid copying (``copy=False``).
    """
    from fpdf import FPDF
    from fpdf.enums import AccessPermission

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_producer("seedner test fixtures")
    pdf.set_auto_page_break(False)
    if password is not None:
        permissions = AccessPermission.all() if copy else AccessPermission.all() & ~AccessPermission.COPY
        pdf.set_encryption(owner_password="seedner-owner", user_password=password, permissions=permissions)
    for number, (title, *paragraphs) in enumerate(pages, start=1):
        pdf.add_page()
        if header:
            pdf.set_font("Helvetica", size=9)
            pdf.set_xy(20, 10)
            pdf.cell(170, 5, PDF_HEADER, align="C")
            pdf.set_xy(20, 280)
            pdf.cell(170, 5, PDF_FOOTER, align="L")
            pdf.set_xy(20, 285)
            pdf.cell(170, 5, f"Page {number} sur {len(pages)}", align="C")
        pdf.set_xy(20, 30)
        pdf.set_font("Helvetica", style="B", size=14)
        pdf.multi_cell(170, 8, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=11)
        for paragraph in paragraphs:
            pdf.set_x(20)
            pdf.ln(3)
            pdf.set_x(20)
            pdf.multi_cell(170, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    "</Types>"
)
_DOCX_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)
_DOCX_DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{R}/header" Target="header1.xml"/>'
    f'<Relationship Id="rId2" Type="{R}/hyperlink" Target="https://example.org/Toulouse"'
    ' TargetMode="External"/>'
    f'<Relationship Id="rId3" Type="{R}/numbering" Target="numbering.xml"/>'
    "</Relationships>"
)
_DOCX_NUMBERING = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
    '<w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
)
_DOCX_HEADER = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:hdr xmlns:w="{W}"><w:p><w:r><w:t>Ministère de l\'Intérieur - Diffusion restreinte</w:t></w:r></w:p>'
    "</w:hdr>"
)


def _run(text: str, bold: bool = False) -> str:
    properties = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{properties}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _paragraph(*runs: str, list_item: bool = False) -> str:
    properties = (
        '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' if list_item else ""
    )
    return f"<w:p>{properties}{''.join(runs)}</w:p>"


def _cell(*paragraphs: str) -> str:
    return f"<w:tc>{''.join(paragraphs) or '<w:p/>'}</w:tc>"


DOCX_BODY = "".join(
    [
        _paragraph(_run("Compte rendu de la réunion de Rennes", bold=True)),
        _paragraph(
            _run("L'Off"),
            _run("ice central de lutte contre le travail illégal ("),
            _run("OCLTI", bold=True),
            _run(") a reçu la "),
            f'<w:hyperlink r:id="rId2">{_run("Gendarmerie nationale")}</w:hyperlink>',
            _run(" à "),
            '<w:del w:id="1" w:author="A"><w:r><w:delText>Toulouse</w:delText></w:r></w:del>',
            '<w:ins w:id="2" w:author="A">' + _run("Rennes") + "</w:ins>",
            _run("."),
        ),
        _paragraph(
            _run("Présents :"),
            "<w:r><w:tab/></w:r>",
            _run("le colonel Marc Bonnet"),
            "<w:r><w:br/></w:r>",
            _run("et Mme Claire Lefèvre."),
        ),
        _paragraph(_run("Europol"), list_item=True),
        _paragraph(_run("la préfecture d'Ille-et-Vilaine"), list_item=True),
        "<w:tbl>"
        + "<w:tr>"
        + _cell(_paragraph(_run("Service")))
        + _cell(_paragraph(_run("Responsable")))
        + "</w:tr><w:tr>"
        + _cell(_paragraph(_run("OCLTI")))
        + _cell(_paragraph(_run("Claire Lefèvre")), _paragraph(_run("Rennes")))
        + "</w:tr><w:tr>"
        + _cell()
        + _cell(_paragraph(_run("Marc Bonnet")))
        + "</w:tr></w:tbl>",
        '<w:sdt><w:sdtPr><w:alias w:val="Conclusion"/></w:sdtPr><w:sdtContent>'
        + _paragraph(_run("Prochaine réunion à Brest."))
        + "</w:sdtContent></w:sdt>",
        '<w:sectPr><w:headerReference w:type="default" r:id="rId1"/></w:sectPr>',
    ]
)
_DOCX_DOCUMENT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{DOCX_BODY}</w:body></w:document>'
)

ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
_ODT_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
    ' manifest:version="1.2">'
    f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODT_MIMETYPE}"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)
_ODT_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
    "<office:body><office:text>"
    '<text:h text:outline-level="1">Note de la brigade de Strasbourg</text:h>'
    "<text:p>La <text:span>Direction   générale</text:span> de la sécurité intérieure (DGSI)"
    '<text:s/>a alerté<text:s text:c="2"/>le parquet de Colmar.'
    '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
    "<text:note-body><text:p>Note : Mulhouse</text:p></text:note-body></text:note>"
    "<text:line-break/>Le capitaine Louis Meyer suit le dossier.</text:p>"
    "<text:list><text:list-item><text:p>Europol</text:p></text:list-item>"
    "<text:list-item><text:p>la police aux frontières</text:p></text:list-item></text:list>"
    "<table:table><table:table-row><table:table-cell><text:p>DGSI</text:p></table:table-cell>"
    "<table:table-cell><text:p>Strasbourg</text:p></table:table-cell></table:table-row></table:table>"
    "</office:text></office:body></office:document-content>"
)


def _package(members: list[tuple[str, str]], *, stored_first: bool = False) -> bytes:
    """A zip with fixed dates; ``stored_first`` leaves the first member uncompressed (ODF's mimetype)."""
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for number, (name, text) in enumerate(members):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_STORED if stored_first and number == 0 else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            package.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


def fixtures() -> dict[str, bytes]:
    """Every fixture, by file name."""
    docx = _package(
        [
            ("[Content_Types].xml", _DOCX_TYPES),
            ("_rels/.rels", _DOCX_ROOT_RELS),
            ("word/document.xml", _DOCX_DOCUMENT),
            ("word/_rels/document.xml.rels", _DOCX_DOCUMENT_RELS),
            ("word/header1.xml", _DOCX_HEADER),
            ("word/numbering.xml", _DOCX_NUMBERING),
        ]
    )
    return {
        "article.html": HTML.encode("utf-8"),
        "note.md": MARKDOWN.encode("utf-8"),
        "report.pdf": _pdf(PDF_PAGES),
        "encrypted.pdf": _pdf(
            (("Document confidentiel de la DCPAF à Calais.",),), header=False, password="secret"
        ),
        "protected.pdf": _pdf(
            (("Note de la Gendarmerie nationale à Rennes.",),), header=False, password="", copy=False
        ),
        "minutes.docx": docx,
        "truncated.docx": docx[: len(docx) // 2],
        "note.odt": _package(
            [
                ("mimetype", ODT_MIMETYPE),
                ("META-INF/manifest.xml", _ODT_MANIFEST),
                ("content.xml", _ODT_CONTENT),
            ],
            stored_first=True,
        ),
        "binary.html": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 2,
    }


def main(output: Path = DEFAULT_OUTPUT) -> None:
    output.mkdir(parents=True, exist_ok=True)
    for name, data in fixtures().items():
        (output / name).write_bytes(data)
        print(f"{output / name}: {len(data)} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUTPUT)
