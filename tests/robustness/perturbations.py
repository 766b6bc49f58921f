"""Text as users really have it: the same French texts damaged the way PDFs, macOS, web pages and
telegrams damage them, and how much of the clean text's entities each variant keeps.

Each variant is a pure, deterministic function of the clean text; the HTML and Markdown ones write the
text as a page or a Markdown file and read it back through seedner's own format readers, so that the
entities are found in the text those give and their offsets index it.  A document's entities are its set
of ``(label, key of the canonical name)`` pairs; the key ignores case and accents (an ALL-CAPS text
cannot say how ``DIRECTION GÉNÉRALE`` is written in lower case).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from html.entities import codepoint2name
from typing import Any

from seedner.io.formats import extract
from seedner.text.folding import name_key

_WORD = re.compile(r"[^\W\d_]+")


def _inside_words(text: str, min_letters: int, mark: str) -> str:
    """``mark`` inserted in the middle of every word of at least ``min_letters`` letters."""

    def cut(match: re.Match[str]) -> str:
        word = match.group()
        if len(word) < min_letters:
            return word
        middle = len(word) // 2
        return word[:middle] + mark + word[middle:]

    return _WORD.sub(cut, text)


def soft_hyphens(text: str) -> str:
    return _inside_words(text, 8, "\u00ad")


def zero_width_spaces(text: str) -> str:
    return _inside_words(text, 6, "\u200b")


def decomposed(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def ligatures(text: str) -> str:
    return (
        text.replace("ffi", "\ufb03").replace("fi", "\ufb01").replace("fl", "\ufb02").replace("ff", "\ufb00")
    )


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def all_caps(text: str) -> str:
    return "".join(c.upper() if len(c.upper()) == 1 else c for c in text)


def lower_case(text: str) -> str:
    return text.lower()


def pdf_wraps(text: str, width: int = 72) -> str:
    """Each paragraph hard-wrapped at ``width`` columns; a long word crossing the margin is cut with a
    hyphen at the line end, as PDF text extraction gives it."""
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            if not line:
                line = word
            elif len(line) + 1 + len(word) <= width:
                line += " " + word
            elif len(word) >= 8 and word.isalpha() and len(line) + 6 <= width:
                cut = min(len(word) - 3, max(3, width - len(line) - 2))
                lines.append(f"{line} {word[:cut]}-")
                line = word[cut:]
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return "\n".join(lines)


def html_page(text: str) -> str:
    """``text`` as a minimal HTML page: characters escaped (``&eacute;``, ``&amp;``; a numeric reference
    for a character without a name), a ``<p>`` per paragraph, ``<br>`` between the lines of one."""

    def escaped(line: str) -> str:
        return "".join(
            html.escape(char) if char.isascii() else f"&{codepoint2name.get(ord(char), f'#{ord(char)}')};"
            for char in line
        )

    paragraphs = (
        "<br>\n".join(escaped(line) for line in paragraph.split("\n")) for paragraph in text.split("\n\n")
    )
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    head = '<head><meta charset="utf-8"><title>Document</title></head>'
    return f'<!DOCTYPE html>\n<html lang="fr">{head}\n<body>\n{body}\n</body></html>\n'


_ACRONYM = re.compile(r"(?<![\w\\])[A-Z]{2,}(?!\w)")
_NAME = re.compile(r"(?<![\w\\'])[A-ZÀ-Þ][a-zà-ÿ]{2,}(?!\w)")
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def markdown_document(text: str) -> str:
    """``text`` as Markdown: its punctuation escaped, so that only the markup added here is markup, and
    acronyms and names emphasised or linked in turn (``**DGSI**``, ``[Ofast](https://…)``, ``*Paris*``)."""
    counter = iter(range(1_000_000))

    def acronym(match: re.Match[str]) -> str:
        word = match.group()
        return f"**{word}**" if next(counter) % 2 else f"[{word}](https://example.org/{word.lower()})"

    def name(match: re.Match[str]) -> str:
        return f"*{match.group()}*" if next(counter) % 3 == 0 else match.group()

    escaped = _PUNCTUATION.sub(r"\\\1", text)
    return _NAME.sub(name, _ACRONYM.sub(acronym, escaped))


def read_html(text: str) -> str:
    return extract(html_page(text).encode("ascii"), "html").text


def read_markdown(text: str) -> str:
    return extract(markdown_document(text).encode("utf-8"), "markdown").text


VARIANTS: dict[str, Callable[[str], str]] = {
    "soft hyphens": soft_hyphens,
    "zero-width spaces": zero_width_spaces,
    "NFD": decomposed,
    "ligatures": ligatures,
    "PDF hard wraps": pdf_wraps,
    "ALL CAPS": all_caps,
    "lower case": lower_case,
    "full width": full_width,
    "HTML": read_html,
    "Markdown": read_markdown,
}


def entity_pairs(records: Iterable[Mapping[str, Any]]) -> set[tuple[str, str]]:
    """A document's entities: (label, canonical key) of its PER, ORG and LOC records."""
    return {
        (str(r["label"]), name_key(str(r["canonical"])))
        for r in records
        if r["label"] in ("PER", "ORG", "LOC")
    }


@dataclass(frozen=True)
class Consistency:
    """How a variant's entities compare with the clean text's, over a set of documents."""

    clean: int  # clean pairs
    kept: int  # clean pairs the variant also gives
    junk: int  # pairs the variant gives that the clean text does not

    @property
    def kept_share(self) -> float:
        return self.kept / self.clean if self.clean else 1.0

    @property
    def junk_share(self) -> float:
        return self.junk / self.clean if self.clean else 0.0


def consistency(clean: list[set[tuple[str, str]]], variant: list[set[tuple[str, str]]]) -> Consistency:
    return Consistency(
        clean=sum(len(c) for c in clean),
        kept=sum(len(c & v) for c, v in zip(clean, variant, strict=True)),
        junk=sum(len(v - c) for c, v in zip(clean, variant, strict=True)),
    )
