"""The HTML report: structure, escaping, summary and the ``seedner render`` command."""

from __future__ import annotations

import html
import io
import re
from html.parser import HTMLParser
from typing import Any

import pytest
from typer.testing import CliRunner

from seedner.cli.app import ExitCode, app
from seedner.io.html_report import HtmlReportWriter
from seedner.records.mentions import Mention
from seedner.records.record import mention_records

HOSTILE = 'Le « chef » de l\'OFDT a écrit <script>alert("x")</script> & "cité" TRACFIN à Paris.\n'


class Marks(HTMLParser):
    """Collects every ``<mark>`` (attributes and text) and every tag name seen."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict[str, Any]] = []
        self.tags: list[str] = []
        self._open: dict[str, Any] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "mark":
            self._open = {**dict(attrs), "text": ""}

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open["text"] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._open is not None:
            self.marks.append(self._open)
            self._open = None


def parsed(page: str) -> Marks:
    parser = Marks()
    parser.feed(page)
    return parser


def mentions_of(text: str, *specs: tuple[str, str, dict[str, Any]]) -> list[Mention]:
    found = []
    for surface, label, fields in specs:
        start = text.index(surface)
        found.append(Mention(start, start + len(surface), surface, label, canonical=surface, **fields))
    return found


def report(documents: list[tuple[str, str, list[Mention]]], **options: Any) -> str:
    stream = io.BytesIO()
    writer = HtmlReportWriter(stream, **options)
    for name, text, mentions in documents:
        writer.write(name, mention_records(name, text, mentions), text)
    writer.close()
    return stream.getvalue().decode("utf-8")


def hostile_report() -> str:
    mentions = mentions_of(
        HOSTILE,
        ("OFDT", "MISC", {"acronym": True, "expansion_candidates": ('Observatoire "A"', "Observatoire <B>")}),
        ("TRACFIN", "ORG", {"acronym": True, "expansion": 'Traitement "du" <renseignement>'}),
        ("Paris", "LOC", {}),
    )
    return report([('<img src=x onerror="alert(1)">.txt', HOSTILE, mentions)])


def test_document_text_is_escaped_and_inert():
    page = hostile_report()
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;cité&quot;" in page
    assert 'title="Traitement &quot;du&quot; &lt;renseignement&gt;"' in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;.txt" in page
    tags = set(parsed(page).tags)
    assert not tags & {"script", "img", "iframe", "object", "link", "embed"}


def test_mentions_are_marked_with_label_and_expansion():
    page = hostile_report()
    marks = parsed(page).marks
    assert [(m["text"], m["data-label"], m["class"]) for m in marks] == [
        ("OFDT", "MISC", "ent ent-MISC acronym"),
        ("TRACFIN", "ORG", "ent ent-ORG acronym"),
        ("Paris", "LOC", "ent ent-LOC"),
    ]
    assert marks[0]["title"] == 'one of: Observatoire "A" | Observatoire <B>'
    assert marks[1]["title"] == 'Traitement "du" <renseignement>'
    assert marks[2]["title"] == "place"
    division = page.split('<div class="text">')[1].split("</div>")[0]
    assert html.unescape(re.sub(r"<[^>]+>", "", division)) == HOSTILE


def test_report_is_self_contained():
    page = hostile_report()
    assert "default-src 'none'" in page and "<style>" in page
    assert not re.search(r"(?:src|href)\s*=\s*\"(?!#)", page), "only in-page links are allowed"
    assert "http://" not in page and "https://" not in page and "@import" not in page


def test_glossary_counts_and_summary():
    first = "La DGSI et la DGSI encore ; Marie Dubois à Lyon ; TRACFIN."
    second = "La DGSI à Lyon, puis à Lyon."
    expansion = {"acronym": True, "expansion": "Direction générale de la sécurité intérieure"}
    page = report(
        [
            (
                "a.txt",
                first,
                [
                    *mentions_of(first, ("DGSI", "ORG", expansion)),
                    Mention(13, 17, "DGSI", "ORG", canonical="DGSI", **expansion),
                    *mentions_of(first, ("Marie Dubois", "PER", {}), ("Lyon", "LOC", {})),
                    *mentions_of(first, ("TRACFIN", "ORG", {"acronym": True})),
                ],
            ),
            ("b.txt", second, [*mentions_of(second, ("DGSI", "ORG", expansion), ("Lyon", "LOC", {}))]),
            ("c.txt", "Rien à signaler.", []),
        ]
    )
    summary = page.split('<section id="summary">')[1].split("</section>")[0]
    assert "<td>DGSI</td><td" in summary and "3 in 2 doc." in summary and "Marie Dubois" in summary
    assert "<abbr>DGSI</abbr> · Direction générale de la sécurité intérieure" in summary
    assert "<abbr>TRACFIN</abbr> · " in summary and "unknown" in summary
    ambiguous = parsed(hostile_report()).marks[0]["title"]
    assert f"<abbr>OFDT</abbr> · {html.escape(ambiguous)}" in hostile_report()
    sections = page.split('<section class="doc"')[1:]
    assert len(sections) == 3
    assert '<li class="chip ent-ORG">ORG 3</li>' in sections[0] and "5 mentions" in sections[0]
    assert '<table class="glossary">' in sections[0] and '<td class="n">2</td>' in sections[0]
    assert "glossary" not in sections[2] and "0 mentions" in sections[2]
    assert page.index('href="#doc-1"') < page.index('id="doc-1"')
    assert "3 documents, 7 mentions (1 PER, 4 ORG, 2 LOC)" in page


def test_summary_keeps_the_top_ten():
    text = " ".join(f"Org{n}" for n in range(12))
    mentions = [m for n in range(12) for m in mentions_of(text, (f"Org{n}", "ORG", {}))]
    mentions = mentions + mentions_of(text, ("Org11", "ORG", {}))  # the same span twice counts twice
    summary = report([("a.txt", text, mentions)]).split('id="summary"')[1].split("</section>")[0]
    assert summary.count("<tr>") == 10 and summary.index("Org11") < summary.index("Org0")


def test_report_is_deterministic():
    assert hostile_report() == hostile_report()


@pytest.mark.model
def test_render_command_writes_a_report(write_file, tmp_path, monkeypatch):
    path = write_file("depeche.txt", "Selon Marie Dubois, la DGSI a interpellé deux hommes à Marseille.\n")
    target = tmp_path / "out" / "report.html"
    target.parent.mkdir()
    runner = CliRunner()
    result = runner.invoke(app, ["render", str(path), "-o", str(target)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and f"report written to {target}" in result.stderr
    marks = parsed(target.read_text("utf-8")).marks
    assert ("Marie Dubois", "PER") in {(m["text"], m["data-label"]) for m in marks}
    assert [p.name for p in target.parent.iterdir()] == ["report.html"]

    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["render", "-q", str(path)]).exit_code == 0
    assert (tmp_path / "seedner-report.html").read_text("utf-8") == target.read_text("utf-8")
    to_stdout = runner.invoke(app, ["render", "-q", str(path), "-o", "-"])
    assert to_stdout.stdout == target.read_text("utf-8") and to_stdout.stderr == ""


@pytest.mark.model
def test_render_reports_failed_inputs(tmp_path):
    result = CliRunner().invoke(
        app, ["render", "-q", str(tmp_path / "absent.txt"), "-o", str(tmp_path / "r.html")]
    )
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert "absent.txt" in result.stderr and (tmp_path / "r.html").exists()


def test_render_help_shows_examples():
    help_text = CliRunner().invoke(app, ["render", "--help"]).output
    assert "Examples" in help_text and "--output" in help_text and "--text-field" in help_text
