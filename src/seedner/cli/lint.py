"""``seedner lint``: declarations only; the checks are ``seedner.execution.lint``."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from seedner.cli.diagnostics import Diagnostics
from seedner.cli.options import Output, Quiet, choices, with_extraction_options
from seedner.execution.options import ExtractionOptions

LintFormat = choices("LintFormat", ("text", "github", "jsonl"))

LINT_EPILOG = """\
Rules: acronym-undefined, acronym-defined-late, acronym-redefined, acronym-definition-mismatch,
acronym-inconsistent-case (off by default). Silence one for a file with
<!-- seedner-disable RULE --> or a line '# seedner-disable RULE'.

Exit status: 1 when there is a finding (or an input failed), 0 otherwise.

Examples:

  seedner lint docs/ --glob '*.md'

  seedner lint notes/ --known --format github

  seedner lint report.docx --extend-select acronym-inconsistent-case --ignore acronym-defined-late
"""


def _rule_option(help: str) -> Any:
    return typer.Option(metavar="RULE,...", show_default=False, help=help)


def _rules(value: str | None, option: str) -> frozenset[str] | None:
    if value is None:
        return None
    from seedner.execution.lint.rules import check_rule_ids

    try:
        return check_rule_ids(value.split(","))
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint=f"'{option}'") from None


def _file_settings(extraction: ExtractionOptions) -> dict[str, Any]:
    """``[tool.seedner.lint]`` (``[lint]`` in seedner.toml) of the configuration file read, if any."""
    if extraction.config is None:
        return {}
    from seedner.execution.config import load_config

    settings: dict[str, Any] = load_config(extraction.config).values.get("lint", {})
    return settings


FORMAT_HELP = "text (path:line:col: rule message), github (workflow annotations) or jsonl."
KNOWN_HELP = "An acronym the gazetteer or the dictionaries expand counts as defined."


@with_extraction_options()
def lint(
    extraction: ExtractionOptions,
    *,
    format: Annotated[LintFormat, typer.Option("--format", "-f", help=FORMAT_HELP)] = "text",  # type: ignore[valid-type]
    select: Annotated[str | None, _rule_option("Run only these rules ('all': every rule).")] = None,
    extend_select: Annotated[str | None, _rule_option("Run these rules as well.")] = None,
    ignore: Annotated[str | None, _rule_option("Do not run these rules.")] = None,
    known: Annotated[bool, typer.Option("--known", help=KNOWN_HELP)] = False,
    output: Output = None,
    quiet: Quiet = False,
) -> None:
    """Check acronyms as French style wants them: spelled out at first use, once, consistently."""
    from seedner.execution.lint.rules import selected_rules
    from seedner.execution.lint.run import LintOptions, run_lint

    settings = _file_settings(extraction)
    chosen = _rules(select, "--select")
    rules = selected_rules(
        chosen if chosen is not None else settings.get("select"),
        (_rules(extend_select, "--extend-select") or frozenset())
        | settings.get("extend-select", frozenset()),
        (_rules(ignore, "--ignore") or frozenset()) | settings.get("ignore", frozenset()),
    )
    known = known or settings.get("known", False)
    options = LintOptions(rules=rules, known=known, format=str(format), output=output)
    raise typer.Exit(run_lint(extraction, options, Diagnostics(quiet=quiet)))
