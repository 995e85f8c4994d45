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


def level_pairs(values: tuple[str, ...], files: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """--level-of FILE=LEVEL options, each naming a file given and a level syncheck knows."""
    from .identity import parse_level

    pairs = file_pairs(values, files, "--level-of")
    for key, value in pairs:
        if parse_level(value) is None:
            raise UsageError(say("error.not_a_level", key=key, value=value, level=repr(value)))
    return pairs


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


ScoreOption, CountOption, WholeOption = _checked(click.FloatRange), _checked(click.IntRange), _checked(click.types.IntParamType)


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
