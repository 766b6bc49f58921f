"""The acronym rules of ``seedner lint``: small pure functions from a document's facts to findings.

French administrative and press style spells an acronym out at its first use.  Each
rule has an id, a one-line summary and whether it runs by default; the rules are
chosen with ``--select``/``--extend-select``/``--ignore`` or ``[tool.seedner.lint]``,
and silenced for one file by a ``seedner-disable`` comment.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass

from seedner.execution.lint.facts import DocumentFacts, Finding, Site, Use
from seedner.execution.lint.mismatch import RULE as MISMATCH
from seedner.execution.lint.mismatch import mismatched_definitions
from seedner.text.folding import expansion_key

UNDEFINED = "acronym-undefined"
DEFINED_LATE = "acronym-defined-late"
REDEFINED = "acronym-redefined"
INCONSISTENT_CASE = "acronym-inconsistent-case"
ALL = "all"  # --select all


@dataclass(frozen=True)
class LintSettings:
    """What the rules may count as known: ``known`` lets the gazetteer and dictionaries define an acronym."""

    known: bool = False


@dataclass(frozen=True)
class Rule:
    id: str
    summary: str
    check: Callable[[DocumentFacts, LintSettings], Iterable[Finding]]
    default: bool = True


def _first_uses(facts: DocumentFacts) -> dict[str, Use]:
    first: dict[str, Use] = {}
    for use in facts.uses:
        first.setdefault(use.key, use)
    return first


def _first_definitions(facts: DocumentFacts) -> dict[str, Site]:
    first: dict[str, Site] = {}
    for site in facts.definitions:
        first.setdefault(site.key, site)
    return first


def _defined_by_document(facts: DocumentFacts, key: str) -> bool:
    """The pipeline expanded the acronym from this document, though its definition was not located."""
    return any(use.key == key and use.record.get("expansion_source") == "document" for use in facts.uses)


_VOWELS = frozenset("AEIOUY")


def looks_like_a_word(use: Use) -> bool:
    """A word in capitals taken for an acronym (``DÉCLARE``, ``CONSIDÉRANT``, ``MOTIFS`` in a judgment):
    known to no gazetteer or dictionary, and accented or of six letters or more, a third of them vowels."""
    record = use.record
    if record.get("expansion") or record.get("expansion_candidates") or record.get("id"):
        return False
    if not use.text.isascii():
        return True
    return len(use.key) >= 6 and 3 * sum(letter in _VOWELS for letter in use.key) >= len(use.key)


def undefined(facts: DocumentFacts, settings: LintSettings) -> Iterator[Finding]:
    """An acronym used and never spelled out in the document; with ``known``, one the gazetteer or the
    dictionaries expand (one sense, not a list of candidates) counts as defined."""
    defined = _first_definitions(facts)
    for key, use in _first_uses(facts).items():
        if key in defined or _defined_by_document(facts, key) or looks_like_a_word(use):
            continue
        expansion, candidates = use.record.get("expansion"), use.record.get("expansion_candidates")
        if settings.known and expansion and use.record.get("expansion_source") == "gazetteer":
            continue
        hint = f" (known as '{expansion}')" if expansion else ""
        if candidates and not expansion:
            hint = " (known as one of: " + ", ".join(f"'{sense}'" for sense in candidates) + ")"
        message = (
            f"{use.text} is never spelled out in this document{hint}: write 'Long Form ({use.text})' here"
        )
        yield facts.finding(use.start, UNDEFINED, message, use.text)


def defined_late(facts: DocumentFacts, settings: LintSettings) -> Iterator[Finding]:
    """An acronym whose first use comes in a sentence before its first definition."""
    defined = _first_definitions(facts)
    for key, use in _first_uses(facts).items():
        site = defined.get(key)
        if site is None or use.sentence >= site.sentence or use.start >= site.start:
            continue
        line, column = facts.position(site.start)
        message = (
            f"{use.text} is used before its definition at {line}:{column} "
            f"('{site.long} ({site.short})'): spell it out at its first use"
        )
        yield facts.finding(use.start, DEFINED_LATE, message, use.text)


def redefined(facts: DocumentFacts, settings: LintSettings) -> Iterator[Finding]:
    """An acronym defined again with another long form (each other long form reported once)."""
    seen: dict[str, dict[str, Site]] = {}
    for site in facts.definitions:
        forms = seen.setdefault(site.key, {})
        form = expansion_key(site.long)
        if form in forms:
            continue
        if forms:
            first = next(iter(forms.values()))
            line, column = facts.position(first.start)
            message = (
                f"{site.short} is defined again as '{site.long}' (first as '{first.long}' at {line}:{column})"
            )
            yield facts.finding(site.start, REDEFINED, message, site.short)
        forms[form] = site


def inconsistent_case(facts: DocumentFacts, settings: LintSettings) -> Iterator[Finding]:
    """One acronym written in several cases (``TRACFIN`` and ``Tracfin``): each other spelling, once."""
    spellings: dict[str, dict[str, int]] = {}
    written = [(use.key, use.text, use.start) for use in facts.uses]
    written += [(site.key, site.short, site.start) for site in facts.definitions]
    for key, text, start in sorted(written, key=lambda item: item[2]):
        forms = spellings.setdefault(key, {})
        form = text.replace(".", "")
        if form in forms:
            continue
        if forms:
            first, first_start = next(iter(forms.items()))
            line, column = facts.position(first_start)
            message = f"{text} is also written {first} (at {line}:{column}): write it one way"
            yield facts.finding(start, INCONSISTENT_CASE, message, text)
        forms[form] = start


def definition_mismatch(facts: DocumentFacts, settings: LintSettings) -> Iterator[Finding]:
    """A definition whose acronym is one letter off its long form's initials (a likely typo)."""
    return mismatched_definitions(facts)


RULES = (
    Rule(UNDEFINED, "an acronym used and never spelled out in the document", undefined),
    Rule(DEFINED_LATE, "an acronym spelled out only after its first use (in a later sentence)", defined_late),
    Rule(REDEFINED, "an acronym defined twice with different long forms", redefined),
    Rule(
        INCONSISTENT_CASE, "one acronym written in several cases (TRACFIN, Tracfin)", inconsistent_case, False
    ),
    Rule(
        MISMATCH, "a definition whose acronym is one letter off its long form's initials", definition_mismatch
    ),
)
RULE_IDS = tuple(rule.id for rule in RULES)
DEFAULT_RULES = frozenset(rule.id for rule in RULES if rule.default)


def check_rule_ids(names: Iterable[str], *, allow_all: bool = True) -> frozenset[str]:
    """Rule ids as given (case-insensitive, ``all`` for every rule); ValueError naming the unknown ones."""
    chosen = {name.strip().lower() for name in names if name.strip()}
    if allow_all and ALL in chosen:
        chosen = (chosen - {ALL}) | set(RULE_IDS)
    unknown = sorted(chosen - set(RULE_IDS))
    if unknown:
        raise ValueError(f"unknown rule(s) {', '.join(unknown)}; choose from {', '.join(RULE_IDS)}")
    return frozenset(chosen)


def selected_rules(
    select: Collection[str] | None = None, extend: Collection[str] = (), ignore: Collection[str] = ()
) -> frozenset[str]:
    """The rules that run: ``select`` (the default ones when None), plus ``extend``, minus ``ignore``."""
    base = DEFAULT_RULES if select is None else frozenset(select)
    return (base | frozenset(extend)) - frozenset(ignore)


def lint_document(facts: DocumentFacts, rules: Collection[str], settings: LintSettings) -> list[Finding]:
    """The findings of the chosen ``rules`` on one document, in text order (then by rule)."""
    findings = [finding for rule in RULES if rule.id in rules for finding in rule.check(facts, settings)]
    return sorted(findings, key=lambda finding: (finding.start, RULE_IDS.index(finding.rule)))
