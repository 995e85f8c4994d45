"""Command-line values syncheck checks itself (numbers, choices, FILE=VALUE pairs, output names), in the run's language.

click's own checks (FloatRange, Path(exists=True), ...) fail in English before the command knows its
language; the option types at the end of this module (which cli.py's options use) call these instead and
raise UsageError, which the CLI prints in the language the command line asks for.
"""

from __future__ import annotations

import difflib
import os
from typing import Any, Iterable

import click

from .errors import UsageError
from .messages import Message, say


def number(value: object, option: str, low: float | None = None, high: float | None = None, whole: bool = False) -> float:
    """An option's number (an int when ``whole``) within [low, high]; UsageError naming the option otherwise."""
    try:
        number_value = int(value) if whole else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        key = "error.not_whole_number" if whole else "error.not_a_number"
        raise UsageError(say(key, option=option, value=repr(str(value)))) from None
    if (low is not None and not number_value >= low) or (high is not None and not number_value <= high):  # NaN too
        raise UsageError(say("error.out_of_range", option=option, value=str(value), low=_plain(low), high=_plain(high)))
    return number_value


#: the plan years a command line may give: an RKPD year, not a typing slip ('--year 1900', '--year 224')
PLAN_YEARS = (2000, 2100)


def plan_year(value: object, option: str = "--year") -> int:
    """A plan year given on the command line; UsageError naming the option when it is no year of PLAN_YEARS."""
    year = int(number(value, option, whole=True))
    if not PLAN_YEARS[0] <= year <= PLAN_YEARS[1]:
        raise UsageError(say("error.not_a_plan_year", option=option, value=str(value), low=PLAN_YEARS[0], high=PLAN_YEARS[1]))
    return year


def _plain(bound: float | None) -> str:
    """A range bound as written: 100, not 100.0."""
    return "" if bound is None else f"{bound:g}"


def one_of(value: str, option: str, choices: tuple[str, ...]) -> str:
    """An option's value when it is one of the choices; UsageError listing them otherwise."""
    if value not in choices:
        raise UsageError(say("error.not_one_of", option=option, value=repr(value), choices=", ".join(choices)))
    return value


def check_outputs(workbook: str | None, *others: str | None) -> None:
    """Refuse, before any work, a workbook name that is not .xlsx and an output whose folder does not exist."""
    if workbook and workbook != "-" and os.path.isdir(workbook):
        raise UsageError(say("error.output_is_directory"), file=workbook)  # (before its suffix: 'hasil/' names a folder)
    if workbook and os.path.splitext(workbook)[1].lower() != ".xlsx":
        raise UsageError(say("error.workbook_suffix"), file=workbook)
    for path in (workbook, *others):
        folder = os.path.dirname(path) if path and path != "-" else ""
        if folder and not os.path.isdir(folder):
            raise UsageError(say("error.output_folder", folder=folder), file=os.path.basename(path))


def _split(value: str, files: tuple[str, ...]) -> tuple[str, str]:
    """FILE=VALUE as (FILE, VALUE): FILE is the longest part before an '=' that names a file given (a path may hold
    '=', as in 'tahun=2024/kota.xlsx'), else the part before the first '='."""
    from .pipeline import names_file

    for cut in reversed([index for index, char in enumerate(value) if char == "="]):
        if cut + 1 < len(value) and any(names_file(value[:cut], path) for path in files):
            return value[:cut], value[cut + 1 :]
    path, sep, text = value.partition("=")
    if not sep or not text:
        raise UsageError(say("error.file_value", value=repr(value)))
    return path, text


def file_pairs(values: tuple[str, ...], files: tuple[str, ...], option: str) -> tuple[tuple[str, str], ...]:
    """FILE=VALUE options whose FILE names exactly one of the files given (its path or base name)."""
    from .pipeline import names_file

    pairs = tuple(_split(value, files) for value in values)
    for key, value in pairs:
        named = {path for path in files if names_file(key, path)}
        if not named:
            raise UsageError(say("error.option_no_file", option=option, key=key, value=value))
        if len(named) > 1:
            raise UsageError(say("error.option_many_files", option=option, key=key, value=value, count=len(named)))
    return pairs


def one_file_option(value: str | None, option: str, instead: str, files: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """An option that names no file (inspect's --government, --level) as a FILE=VALUE pair of the one file given;
    refused with several files, which it would all set, pointing to ``instead``."""
    if value is None:
        return ()
    if len(files) > 1:
        raise UsageError(say("error.one_file_option", option=option, instead=instead, count=len(files)))
    return ((files[0], value),)


def level_pairs(values: tuple[str, ...], files: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """--level-of FILE=LEVEL options, each naming a file given and a level syncheck knows."""
    from .identity import parse_level

    pairs = file_pairs(values, files, "--level-of")
    for key, value in pairs:
        if parse_level(value) is None:
            raise UsageError(say("error.not_a_level", key=key, value=value, level=repr(value)))
    return pairs


def audit_args(args: tuple[str, ...]) -> tuple[str | None, list[tuple[int, list[str]]]]:
    """An audit file, or (year, files) groups from '--year N FILE...'; UsageError otherwise."""
    from .safety import looks_like_plan

    if len(args) == 1 and not args[0].startswith("-"):
        if looks_like_plan(args[0]):  # not read as TOML: that error would not say what the command wants
            raise UsageError(say("error.audit_plan_file", file=args[0]))
        return args[0], []
    groups: list[tuple[int, list[str]]] = []
    tokens = list(args)
    while tokens:
        token = tokens.pop(0)
        if token == "--year" or token.startswith("--year="):
            value = token.partition("=")[2] if "=" in token else (tokens.pop(0) if tokens else "")
            if not value.isdigit():
                raise UsageError(say("error.year_value", value=repr(value)))
            groups.append((plan_year(value), []))
        elif token.startswith("-"):
            raise UsageError(say("error.unknown_option", option=token))
        elif not groups:
            raise UsageError(say("error.year_first", file=token))
        else:
            groups[-1][1].append(token)
    return None, groups


def click_usage_text(error: click.ClickException) -> Message | None:
    """click's own usage error as a catalogue text (an unknown option, a missing argument); None for any other."""
    if isinstance(error, click.NoSuchOption):
        guesses = ", ".join(sorted(error.possibilities or ()))
        if guesses:
            return say("error.unknown_option_guess", option=error.option_name, guesses=guesses)
        return say("error.unknown_option", option=error.option_name)
    if isinstance(error, click.MissingParameter) and error.param is not None and error.param.param_type_name == "argument":
        return say("error.missing_argument", name=error.param.get_error_hint(error.ctx))
    if isinstance(error, click.MissingParameter) and error.param is not None and error.param.param_type_name == "option":
        return say("error.missing_option", name=_option_name(error.param))
    return None


def unknown_command(name: str, commands: Iterable[str]) -> Message:
    """A command name syncheck does not have, with the ones it may mean."""
    guesses = difflib.get_close_matches(name, sorted(commands), n=3)
    if guesses:
        return say("error.unknown_command_guess", name=repr(name), guesses=", ".join(guesses))
    return say("error.unknown_command", name=repr(name), commands=", ".join(sorted(commands)))


def _option_name(param: click.Parameter | None) -> str:
    """'--threshold': the option's long name as a user types it."""
    return max(param.opts, key=len) if param is not None and param.opts else "?"


def _checked(base: type) -> type:
    """click's number type ``base`` (its help text kept) whose bad values syncheck refuses in the run's language."""

    class Checked(base):  # type: ignore[valid-type, misc]
        def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
            whole = isinstance(self, click.types.IntParamType)
            return number(value, _option_name(param), getattr(self, "min", None), getattr(self, "max", None), whole)

    return Checked


ScoreOption, CountOption = _checked(click.FloatRange), _checked(click.IntRange)


class YearOption(click.types.IntParamType):
    """A plan year (PLAN_YEARS), refused in the run's language otherwise."""

    name = "year"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        return plan_year(value, _option_name(param))


class ChoiceOption(click.Choice):
    """click's Choice whose bad values syncheck refuses in the run's language."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        return one_of(value, _option_name(param), tuple(self.choices))


class FileOption(click.Path):
    """A file name shown as FILE, which syncheck's library checks (missing, a directory) in the run's language."""

    def __init__(self, allow_dash: bool = False) -> None:
        super().__init__(dir_okay=False, allow_dash=allow_dash)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        return value
