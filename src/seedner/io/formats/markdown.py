"""Markdown: the text as a reader sees it, without the markup.

Parsed with markdown-it-py (CommonMark, plus tables and strikethrough), so
``(**ORLCF**)`` reads ``(ORLCF)`` and no regex guesses at nesting or escapes.
Kept: link text, image alt text on a line of its own (the press writes its
captions there), headings without ``#``, inline code (it sits in a sentence).
Left out: link targets and image URLs, autolinks (a bare URL), code blocks
(no prose entity lives there), HTML tags (their text is kept), a leading YAML
front matter (metadata), rules.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from seedner.io.formats.base import ExtractedText, decode_markup, needs
from seedner.io.formats.layout import BLOCK, LINE, Layout

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_BLOCKS = frozenset(
    f"{name}_{side}"
    for name in ("paragraph", "heading", "blockquote", "table", "bullet_list", "ordered_list")
    for side in ("open", "close")
) | {"fence", "code_block", "hr", "html_block"}
_LINES = frozenset({"list_item_open", "list_item_close", "tr_open", "tr_close"})
_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)


def extract(data: bytes, *, encoding: str = "utf-8") -> ExtractedText:
    """The plain text of a Markdown document."""
    source = _FRONT_MATTER.sub("", decode_markup(data, encoding, "Markdown"), count=1)
    try:
        from markdown_it import MarkdownIt
    except ImportError:
        raise needs("markdown-it-py", "Markdown") from None
    parser = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    return ExtractedText(render(parser.parse(source)))


def render(tokens: list[Any]) -> str:
    """Plain text from markdown-it block tokens."""
    layout = Layout()
    in_item = 0  # inside a list item, blocks only break the line
    for token in tokens:
        kind = token.type
        if kind == "tr_open":
            layout.row()
        elif kind in _LINES:
            layout.break_(LINE)
            in_item += {"list_item_open": 1, "list_item_close": -1}.get(kind, 0)
        elif kind in _BLOCKS:
            layout.break_(LINE if in_item else BLOCK)
            if kind == "html_block":
                layout.write(html_text(token.content))
                layout.break_(LINE if in_item else BLOCK)
        elif kind in ("th_open", "td_open"):
            layout.cell()
        elif kind == "inline":
            _inline(token.children or [], layout)
    return layout.text()


def _inline(children: list[Any], layout: Layout) -> None:
    """Text, breaks and alt texts of one inline token; markers and targets dropped."""
    in_autolink = False
    for child in children:
        kind = child.type
        if kind == "link_open" and child.markup == "autolink":
            in_autolink = True
        elif kind == "link_close":
            in_autolink = False
        elif in_autolink:
            continue
        elif kind in ("text", "code_inline"):
            layout.write(child.content)
        elif kind in ("softbreak", "hardbreak"):
            layout.newline()
        elif kind == "image":
            if child.content.strip():
                layout.break_(LINE)
                layout.write(child.content)
                layout.break_(LINE)
        elif kind == "html_inline" and _BREAK_TAG.fullmatch(child.content.strip()):
            layout.newline()


def html_text(markup: str) -> str:
    """The text of a raw HTML block in Markdown, entities decoded, script and style left out."""
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    return " ".join(collector.parts)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skipping += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)
