"""The `syncheck` command: click commands only (build options, call the library, print, map errors)."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
from typing import Any, Callable, NoReturn

import click

from . import __version__
from .errors import SyncheckError
from .inspection import inspect_json, render_inspection
from .models import Options
from .readers import read_plan


def _one_line(text: str) -> str:
    """Text as one printable line: whitespace runs become one space, control characters '?'."""
    return "".join(ch if ch.isprintable() else "?" for ch in " ".join(text.split()))


def _fail(message: str) -> NoReturn:
    """Print one error line on stderr and exit with code 3."""
    click.echo(f"syncheck: error: {_one_line(message)}", err=True)
    sys.exit(3)


def _silence_stdout() -> None:
    """Point stdout at the null device so that Python's final flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _one_line_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn SyncheckError (and any unexpected error) into one line on stderr and exit code 3."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except SyncheckError as error:
            _fail(str(error))
        except BrokenPipeError:  # `syncheck ... | head`: the reader has all it wants
            _silence_stdout()
            sys.exit(0)
        except click.ClickException as error:  # bad arguments found by the command itself
            _fail(error.format_message())
        except (click.exceptions.Exit, click.Abort, SystemExit, KeyboardInterrupt, GeneratorExit):
            raise
        except BaseException as error:  # noqa: BLE001 - reviewers must never see a traceback
            if os.environ.get("SYNCHECK_DEBUG"):
                raise
            message = " ".join(str(error).split())[:300]
            _fail(f"unexpected {type(error).__name__}: {message} (set SYNCHECK_DEBUG=1 for details)")

    return wrapper


_NO_ARGS_IS_HELP = getattr(click.exceptions, "NoArgsIsHelpError", ())


class _Commands(click.Group):
    """The command group; a usage error (unknown option, missing file, bad value) is one line and exit 3."""

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            return super().main(*args, standalone_mode=False, **kwargs)
        except _NO_ARGS_IS_HELP as error:  # bare `syncheck` (click 8.2+): the help, as click 8.1 shows it
            click.echo(error.ctx.get_help())
            sys.exit(0)
        except click.ClickException as error:
            _fail(error.format_message())
        except click.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(1)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="syncheck")
def main() -> None:
    """Find where a province and its kabupaten/kota plan the same programs, kegiatan and sub kegiatan."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option("--government", help="Government name (overrides detection).")
@click.option("--level", type=click.Choice(["provinsi", "kabupaten", "kota"]), help="Level of government.")
@click.option("--year", type=int, help="Plan year (overrides detection).")
@_one_line_errors
def inspect(files: tuple[str, ...], as_json: bool, government: str | None, level: str | None, year: int | None) -> None:
    """Show what syncheck understands of each plan file."""
    plans = [read_plan(path, government, level, year) for path in files]
    if as_json:
        click.echo(json.dumps(inspect_json(plans), ensure_ascii=False, indent=2))
    else:
        click.echo(render_inspection(plans))


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the overlap workbook (.xlsx).")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, allow_dash=True), help="Write the JSON result ('-' for stdout).")
@click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True, help="Language of sentences and sheets.")
@click.option("--threshold", type=click.FloatRange(0, 100), default=90.0, show_default=True, help="Score for a confident name-only link.")
@click.option("--review-threshold", type=click.FloatRange(0, 100), default=75.0, show_default=True, help="Lowest score listed for review.")
@click.option("--synonyms", type=click.Path(exists=True, dir_okay=False), help="Extra abbreviation/spelling rules (CSV: pattern,replacement).")
@click.option("--year", type=int, help="Plan year for every file (overrides detection).")
@click.option("--name", "names", multiple=True, metavar="FILE=NAME", help="Government name of one file.")
@click.option("--level-of", "levels", multiple=True, metavar="FILE=LEVEL", help="Level of one file: provinsi, kabupaten or kota.")
@_one_line_errors
def compare(files, output, json_path, lang, threshold, review_threshold, synonyms, year, names, levels) -> None:
    """Compare a province plan (first FILE) with kabupaten/kota plans (the other FILEs).

    A later province file starts a new group: the kabupaten/kota files after it are compared with it.
    """
    from .pipeline import compare as run_compare
    from .report import json_text, render_console, write_json, write_workbook
    from .safety import refuse_overwrite_inputs

    if review_threshold > threshold:
        raise click.BadParameter("--review-threshold must not exceed --threshold")
    if len(files) < 2:
        raise click.UsageError("compare needs a province file and at least one kabupaten/kota file")
    refuse_overwrite_inputs([path for path in (output, json_path) if path and path != "-"], list(files))
    options = Options(threshold, review_threshold, lang, synonyms, _pairs(names), _pairs(levels), year)
    result = _run_with_progress(run_compare, list(files), options)
    # files first: a reader that closes the console pipe early must not cost the outputs
    if output:
        write_workbook(result, output, lang)
    if json_path == "-":
        click.echo(json_text(result), nl=False)  # stdout carries the JSON alone, as for validate
        return
    if json_path:
        write_json(result, json_path)
    click.echo(render_console(result, lang))
    if output:
        click.echo(f"\n{'Workbook written to' if lang == 'en' else 'Buku kerja ditulis ke'} {output}")


def _pairs(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """FILE=VALUE options as (path, value) pairs."""
    out = []
    for value in values:
        path, sep, text = value.partition("=")
        if not sep or not text:
            raise click.BadParameter(f"expected FILE=VALUE, got {value!r}")
        out.append((path, text))
    return tuple(out)


def _run_with_progress(run: Callable[..., Any], files: list[str], options: Options) -> Any:
    """Run the comparison with a progress bar on stderr while files are read (only on a terminal)."""
    if not sys.stderr.isatty():
        return run(files, options)
    with click.progressbar(length=len(files), label="Reading plans", file=sys.stderr) as bar:
        return run(files, options, progress=lambda _path: bar.update(1))


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--truth", required=True, type=click.Path(exists=True, dir_okay=False), help="A corpus truth.json.")
@click.option("--threshold", type=click.FloatRange(0, 100), default=90.0, show_default=True)
@click.option("--review-threshold", type=click.FloatRange(0, 100), default=75.0, show_default=True)
@_one_line_errors
def evaluate(files: tuple[str, ...], truth: str, threshold: float, review_threshold: float) -> None:
    """Compare FILES and score the links and headlines against a truth.json."""
    from .evaluate import evaluate as score, load_truth, render_evaluation
    from .pipeline import compare as run_compare

    labelled = load_truth(truth)
    paths = list(files)
    if len(paths) == 1 and os.path.isdir(paths[0]):
        paths = [os.path.join(paths[0], name) for name in labelled["files"]]
    result = run_compare(paths, Options(threshold, review_threshold))
    click.echo(render_evaluation(score(result, labelled)))


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--nomenclature", "nomenclature_path", required=True, type=click.Path(),
              help="The official nomenclature list (CSV or XLSX, e.g. a Kepmendagri attachment).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the findings workbook (.xlsx).")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, allow_dash=True), help="Write the JSON result ('-' for stdout).")
@click.option("--strict", is_flag=True, help="Exit with code 1 when any finding has severity error.")
@click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True, help="Language of messages and sheets.")
@click.option("--level-of", "levels", multiple=True, metavar="FILE=LEVEL", help="Level of one file: provinsi, kabupaten or kota.")
@_one_line_errors
def validate(files, nomenclature_path, output, json_path, strict, lang, levels) -> None:
    """Check plan FILEs against the official nomenclature and the division of authority (UU 23/2014)."""
    from .nomenclature import load_master
    from .safety import refuse_overwrite_inputs
    from .validate import (render_validation, validate_plans, validation_json_text, validation_to_json,
                           write_validation_json, write_validation_workbook)

    outputs = [path for path in (output, json_path) if path and path != "-"]
    refuse_overwrite_inputs(outputs, [*files, nomenclature_path])
    master = load_master(nomenclature_path)
    level_of = dict(_pairs(levels))
    plans = [read_plan(path, None, level_of.get(path)) for path in files]
    findings = validate_plans(plans, master)
    document = validation_to_json(plans, master, findings, nomenclature_path)
    if output:
        write_validation_workbook(output, plans, findings, lang)
    if json_path == "-":
        click.echo(validation_json_text(document), nl=False)
    else:
        if json_path:
            write_validation_json(document, json_path)
        click.echo(render_validation(plans, findings, lang, master))
        if output:
            click.echo(f"\n{'Workbook written to' if lang == 'en' else 'Buku kerja ditulis ke'} {output}")
    if strict and any(finding.severity == "error" for finding in findings):
        sys.exit(1)
