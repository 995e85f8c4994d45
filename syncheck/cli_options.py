"""Options several commands share, declared once: each decorator here adds one group of options to a command.

compare, inspect, validate and evaluate name a file's government, level and year the same way (plan_identity);
compare and evaluate run the same linking (linking); the help texts say what each option does wherever it is.
"""

from __future__ import annotations

from typing import Any, Callable

import click

from .arguments import ChoiceOption, CountOption, FileOption, ScoreOption, YearOption, file_pairs, level_pairs, one_file_option

Command = Callable[..., Any]

NOMENCLATURE_HELP = "Official nomenclature list (CSV or XLSX): gives codeless or miscoded rows their official code."
DECISIONS_HELP = "Reviewer decisions: an edited overlap workbook (any language) or a CSV (see README)."
THRESHOLD_HELP = "Lowest score for a confident link on names alone (codeless rows whose names needed a typo repair)."
REVIEW_HELP = ("Lowest name score for a review candidate or counterpart; rows in the same code slot where one name only adds words "
               "are listed for review whatever their score.")


def _stacked(*options: Callable[[Command], Command]) -> Callable[[Command], Command]:
    """One decorator applying the options in the order written (the order --help lists them)."""

    def decorate(command: Command) -> Command:
        for option in reversed(options):
            command = option(command)
        return command

    return decorate


def files_argument(metavar: str | None = None) -> Callable[[Command], Command]:
    """The plan files (at least one), shown as ``metavar`` when they may be something else (a folder)."""
    return click.argument("files", nargs=-1, required=True, type=click.Path(), metavar=metavar)


def language(help_text: str) -> Callable[[Command], Command]:
    """--lang id|en (Indonesian by default)."""
    return click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True, help=help_text)


def json_output(command: Command) -> Command:
    """--json FILE, or '-' for stdout."""
    return click.option("--json", "json_path", type=FileOption(allow_dash=True), help="Write the JSON result ('-' for stdout).")(command)


plan_identity = _stacked(
    click.option("--name", "names", multiple=True, metavar="FILE=NAME", help="Government name of one file (overrides detection)."),
    click.option("--level-of", "levels", multiple=True, metavar="FILE=LEVEL", help="Level of one file: provinsi, kabupaten or kota."),
    click.option("--year", type=YearOption(), metavar="N", help="Plan year for every file (overrides detection; 2000-2100)."),
)
"""--name FILE=NAME, --level-of FILE=LEVEL and --year N: what is detected of a file, overridden."""

one_file_identity = _stacked(
    click.option("--government", metavar="NAME", help="Government name, for one file only (several: --name FILE=NAME)."),
    click.option("--level", type=ChoiceOption(["provinsi", "kabupaten", "kota"]), help="Level, for one file only (several: --level-of FILE=LEVEL)."),
)
"""inspect's older --government NAME and --level LEVEL, kept for scripts that give one file."""


def linking(threshold_help: str = THRESHOLD_HELP, review_help: str = REVIEW_HELP) -> Callable[[Command], Command]:
    """--threshold, --review-threshold, --synonyms, --nomenclature and --jobs: how plans are linked."""
    return _stacked(
        click.option("--threshold", type=ScoreOption(0, 100), default=90.0, show_default=True, help=threshold_help),
        click.option("--review-threshold", type=ScoreOption(0, 100), default=75.0, show_default=True, help=review_help),
        click.option("--synonyms", type=FileOption(), help="Extra abbreviation/spelling rules (CSV: pattern,replacement)."),
        click.option("--nomenclature", "nomenclature_path", type=FileOption(), help=NOMENCLATURE_HELP),
        click.option("--jobs", type=CountOption(0, 64), default=0, show_default=True, help="Processes for reading and linking (0: one per CPU for large runs)."),
    )


def decisions_option(command: Command) -> Command:
    """--decisions FILE."""
    return click.option("--decisions", "decisions_path", type=FileOption(), help=DECISIONS_HELP)(command)


def overrides(files: tuple[str, ...] | list[str], names: tuple[str, ...], levels: tuple[str, ...],
              government: str | None = None, level: str | None = None) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(government, level) FILE=VALUE pairs of the files given: --name and --level-of, after inspect's one-file options."""
    given = tuple(files)
    governments = one_file_option(government, "--government", "--name FILE=NAME", given) + file_pairs(names, given, "--name")
    return governments, one_file_option(level, "--level", "--level-of FILE=LEVEL", given) + level_pairs(levels, given)
