"""acronym-definition-mismatch: a definition whose acronym is one letter off its long form's initials.

The acronym detector accepts a long form when the acronym's letters appear in it in
order, so a typo often passes unseen (``Direction générale des douanes et droits
indirects (DGDID)``) or gets the definition refused.  This matcher reads every
parenthesised group shaped like a definition, ``Long Form (ACR)`` or ``ACR (long
form)``, whether the detector took it or not, through the detector's own helpers
(:mod:`seedner.acronyms.definitions`), and compares the acronym with the initials of
the long form.  The acronym fits when its letters are initials of the long form's
words, in order, some skipped (``Électricité de France``: EDF; ``lutte contre le
blanchiment de capitaux et le financement du terrorisme``: LCB-FT).  It is a likely
typo when it does not fit but has the length and first letter of the content words'
initials and differs from them by one letter or two neighbours swapped.  Acronyms that
take more than initials (``Ofast``, ``Tracfin``) or skip a word (``SNCF``) are further
off, so they are never flagged; neither are two-letter ones (``RN`` after a name), those
mixing cases (``DGFiP``, the English ``DDoS``) and those whose first letter differs (an
acronym kept from another language: ``système d'entrée/sortie (EES)``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from seedner.acronyms.definitions import (
    forward_window,
    group_head,
    is_short_form,
    paren_groups,
    reverse_shape,
)
from seedner.acronyms.rules import FUNCTION_WORDS
from seedner.execution.lint.facts import DocumentFacts, Finding
from seedner.text.folding import acronym_key, fold
from seedner.text.masked_regions import find_masked_ranges, overlaps_any

RULE = "acronym-definition-mismatch"
MIN_LETTERS = 3
_WORD = re.compile(r"[^\W_]+")
_NOT_LONG_FORMS = ("PER", "LOC")  # a name or a place before a group is no long form: Jean Dupont (LR)


def mixes_cases(short: str) -> bool:
    """``DGFiP``, ``DDoS``: capitals and small letters after the first, letters taken from inside words."""
    rest = short[1:]
    return any(char.isupper() for char in rest) and any(char.islower() for char in rest)


def is_subsequence(letters: str, spelled: str) -> bool:
    """Whether ``letters`` are found in ``spelled`` in order, others skipped (LCB-FT in LCLBDCELFDT)."""
    remaining = iter(spelled)
    return all(letter in remaining for letter in letters)


def initials(long_form: str) -> tuple[str, str]:
    """The initials of the content words of ``long_form``, and of all its words (elided l', d' left out)."""
    words = [word for word in _WORD.findall(fold(long_form)) if word not in ("l", "d")]
    content = "".join(word[0] for word in words if word not in FUNCTION_WORDS)
    return content.upper(), "".join(word[0] for word in words).upper()


def one_letter_off(letters: str, spelled: str) -> bool:
    """Same length, and one letter replaced or two neighbouring letters swapped."""
    if len(letters) != len(spelled) or letters == spelled:
        return False
    differ = [index for index, (a, b) in enumerate(zip(letters, spelled, strict=True)) if a != b]
    if len(differ) == 1:
        return True
    if len(differ) != 2 or differ[1] != differ[0] + 1:
        return False
    first, second = differ
    return letters[first] == spelled[second] and letters[second] == spelled[first]


def misspelt(short: str, long_form: str) -> str | None:
    """What ``long_form``'s initials spell when ``short`` is one letter off them; None when it fits or is
    further off (or has fewer than three letters)."""
    letters = acronym_key(short)
    if len(letters) < MIN_LETTERS or not letters.isalpha() or mixes_cases(short):
        return None
    content, every = initials(long_form)
    if letters[0] != content[:1] or is_subsequence(letters, every):
        return None
    return content if one_letter_off(letters, content) else None


def _forward(text: str, start: int, end: int, short: str) -> tuple[int, str] | None:
    """In the window ``text[start:end]`` before ``(ACR)``: the long form ending there whose initials
    are one letter off the acronym, unless another fits it exactly."""
    low = fold(text[start:end])
    letters = acronym_key(short)
    found = None
    content = 0
    for word in reversed(list(_WORD.finditer(low))):
        if word.group() in FUNCTION_WORDS or word.group() in ("l", "d"):
            continue
        content += 1
        if content > len(letters):
            break
        candidate = text[start + word.start() : end]
        if is_subsequence(letters, initials(candidate)[1]):
            return None
        spelled = misspelt(short, candidate)
        if spelled is not None and found is None:
            found = (start + word.start(), spelled)
    return found


def mismatched_definitions(facts: DocumentFacts) -> Iterator[Finding]:
    """A finding at the acronym of each definition one letter off its long form's initials."""
    text = facts.text
    masked = find_masked_ranges(text)
    names = [(r["start"], r["end"]) for r in facts.records if r["label"] in _NOT_LONG_FORMS]
    for group in paren_groups(text):
        if overlaps_any(group.start(), group.end(), masked):
            continue
        found = _mismatch(facts, group, names)
        if found is not None:
            short, short_start, long_form, spelled = found
            message = f"'{long_form}' spells {spelled}, not {short}: a typo in the acronym or its long form?"
            yield facts.finding(short_start, RULE, message, short)


def _mismatch(
    facts: DocumentFacts, group: re.Match[str], names: list[tuple[int, int]]
) -> tuple[str, int, str, str] | None:
    """(acronym, its start, long form, what the long form spells) for a group shaped like a definition
    whose acronym is one letter off, else None."""
    text = facts.text
    short, short_start = group_head(group)
    if is_short_form(short):  # Long Form (ACR)
        window_start, end = forward_window(text, group.start(), facts.sentence_starts)
        found = _forward(text, window_start, end, short)
        if found is None or overlaps_any(found[0], end, names):
            return None
        return short, short_start, text[found[0] : end], found[1]
    shape = reverse_shape(text, group)  # ACR (long form)
    if shape is None:
        return None
    short, short_start, long_form, long_start = shape
    spelled = misspelt(short, long_form)
    if spelled is None or overlaps_any(long_start, long_start + len(long_form), names):
        return None
    return short, short_start, long_form, spelled
