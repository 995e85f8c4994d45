"""The `syncheck` command: click commands only (build options, call the library, print, map errors)."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
from typing import Any, Callable, Iterator, NoReturn

import click

from . import __version__
from .arguments import FileOption, ScoreOption, audit_args, check_outputs, click_usage_text, unknown_command
from .cli_options import decisions_option, files_argument, json_output, language, linking, one_file_identity, overrides, plan_identity
from .errors import SyncheckError, UsageError
from .inspection import inspect_json, render_inspection
from .messages import Count, render, say
from .left_out import folder_files_read
from .models import Options, Plan
from .readers import read_plans
from .plan_folders import plan_files
from .safety import refuse_overwrite_inputs, refuse_repeats
from .workers import bulk_phase


def _one_line(text: str) -> str:
    """Text as one printable line: whitespace runs become one space, control characters '?'."""
    return "".join(ch if ch.isprintable() else "?" for ch in " ".join(text.split()))


#: the tags of the lines on stderr, by language
_TAGS = {"id": ("kesalahan", "peringatan", "catatan"), "en": ("error", "warning", "note")}
#: ctx.meta key of the command's language once known beyond its --lang (the audit file's lang)
LANG = "syncheck.lang"


def _fail(message: str, lang: str = "en") -> NoReturn:
    """Print one error line on stderr and exit with code 3."""
    click.echo(f"syncheck: {_TAGS[lang][0]}: {_one_line(message)}", err=True)
    sys.exit(3)


def _command_lang(kwargs: dict[str, Any]) -> str:
    """The language of the command's error lines: the audit file's or --lang, else Indonesian (the default)."""
    context = click.get_current_context(silent=True)
    lang = (context.meta.get(LANG) if context else None) or kwargs.get("lang") or "id"
    return lang if lang in _TAGS else "id"


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
            with bulk_phase():  # a command is one bulk job: rare collector passes from reading to the last line
                return command(*args, **kwargs)
        except SyncheckError as error:
            lang = _command_lang(kwargs)
            _fail(error.in_language(lang), lang)
        except BrokenPipeError:  # `syncheck ... | head`: the reader has all it wants
            _silence_stdout()
            sys.exit(0)
        except click.ClickException as error:  # a click error the command did not turn into a UsageError
            _fail(error.format_message(), _command_lang(kwargs))
        except (click.exceptions.Exit, click.Abort, SystemExit, KeyboardInterrupt, GeneratorExit):
            raise
        except BaseException as error:  # noqa: BLE001 - reviewers must never see a traceback
            if os.environ.get("SYNCHECK_DEBUG"):
                raise
            lang = _command_lang(kwargs)
            message = say("error.unexpected", name=type(error).__name__, cause=" ".join(str(error).split())[:300])
            _fail(render(message, lang), lang)

    return wrapper


_NO_ARGS_IS_HELP = getattr(click.exceptions, "NoArgsIsHelpError", ())


class _Commands(click.Group):
    """The command group; a usage error (unknown option, missing file, bad value) is one line and exit 3."""

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple[str | None, click.Command | None, list[str]]:
        """An unknown command is refused in the run's language, with the ones it may mean."""
        if args and self.get_command(ctx, args[0]) is None and not args[0].startswith("-") and not ctx.resilient_parsing:
            raise UsageError(unknown_command(args[0], self.commands))  # in the run's language, not click's English
        return super().resolve_command(ctx, args)

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            return super().main(*args, standalone_mode=False, **kwargs)
        except SyncheckError as error:  # an option value syncheck's own types refused while click read the line
            lang = _lang_given(args[0] if args else kwargs.get("args"))
            _fail(error.in_language(lang), lang)
        except _NO_ARGS_IS_HELP as error:  # bare `syncheck` (click 8.2+): the help, as click 8.1 shows it
            click.echo(error.ctx.get_help())
            sys.exit(0)
        except click.ClickException as error:
            known = click_usage_text(error)
            if known is None:  # click's other errors stay as click words them
                _fail(error.format_message())
            lang = _lang_given(args[0] if args else kwargs.get("args"))
            _fail(render(known, lang), lang)
        except click.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(1)


def _lang_given(given: Any) -> str:
    """The language the command line (``given``, else sys.argv) asks for: its last --lang, Indonesian when none,
    English when --lang is bad."""
    args = list(sys.argv[1:] if given is None else given)
    lang = "id"
    for token, following in zip(args, [*args[1:], ""]):
        if token == "--":
            break
        if token == "--lang" or token.startswith("--lang="):
            lang = token.partition("=")[2] or following
    return lang if lang in _TAGS else "en"


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="syncheck")
def main() -> None:
    """Find where a province and its kabupaten/kota plan the same programs, kegiatan and sub kegiatan."""


@main.command()
@files_argument()
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@plan_identity
@one_file_identity
@language("Language of the text report (the JSON is the same in both).")
@_one_line_errors
def inspect(files: tuple[str, ...], as_json: bool, names, levels, year: int | None, government: str | None, level: str | None, lang: str) -> None:
    """Show what syncheck understands of each plan file."""
    from .pipeline import override_for

    given, files = files, tuple(plan_files(files))
    names_of, levels_of = overrides(files, names, levels, government, level)
    hint = {"level_hint": "--level"} if level else {}

    def read(path: str) -> list[Plan]:
        return read_plans(path, override_for(names_of, path), override_for(levels_of, path), year, require_items=False, **hint)

    found, left_out = folder_files_read(list(files), frozenset(files) - frozenset(given), read)
    plans = [plan for read_of_file in found for plan in read_of_file]  # (a workbook of several kab/kota's plans gives each)
    _warn_left_out(left_out, lang)
    if as_json:
        click.echo(json.dumps(inspect_json(plans), ensure_ascii=False, indent=2))
    else:
        click.echo(render_inspection(plans, lang))


@main.command()
@files_argument()
@click.option("-o", "--output", type=FileOption(), help="Write the overlap workbook (.xlsx).")
@json_output
@language("Language of sentences and sheets.")
@linking()
@plan_identity
@click.option("--per-province", is_flag=True, help="One workbook/JSON per province group (OUTPUT-<province>.xlsx), so memory use stays flat on national runs.")
@decisions_option
@_one_line_errors
def compare(files, output, json_path, lang, threshold, review_threshold, synonyms, nomenclature_path, jobs, names, levels, year, per_province, decisions_path) -> None:
    """Compare a province plan (first FILE) with kabupaten/kota plans (the other FILEs).

    A later province file starts a new group: the kabupaten/kota files after it are compared with it. With
    several province files, a kabupaten/kota joins the province it lies in, of its plan year, in any order.
    A folder stands for its plan files (in its subfolders too).
    """
    from .pipeline import compare as run_compare

    if review_threshold > threshold:
        raise UsageError(say("error.review_threshold"))
    given, files = files, tuple(plan_files(files, [output, json_path], [synonyms, nomenclature_path, decisions_path]))
    refuse_repeats(files)
    if len(files) < 2:
        raise UsageError(say("error.compare_needs_pair"))
    check_outputs(output, json_path)
    refuse_overwrite_inputs([output, json_path], [*files, synonyms, nomenclature_path, decisions_path])
    options = Options(
        threshold, review_threshold, lang, synonyms, *overrides(files, names, levels), year,
        workers=jobs, nomenclature_path=nomenclature_path, decisions_path=decisions_path,
        folder_files=frozenset(files) - frozenset(given),
    )  # fmt: skip
    if per_province:
        if json_path == "-":
            raise UsageError(say("error.per_province_stdout"))
        _compare_per_province(list(files), options, output, json_path)
        return
    with _reading_bar(len(files)) as progress:
        result = run_compare(list(files), options, progress)
    _leave_for_exit(_emit(result, output, json_path, lang))


def _console_notes(result: Any, view: Any, lang: str) -> None:
    """On stderr: how the files were grouped or named, when not as given (a kab/kota moved, a province left out,
    two files of one name), and what kept reviewer decisions from applying (one line per kind of problem)."""
    from .run_notes import run_notes

    warned, told = run_notes(result, view.warnings)
    for file, message in warned:
        _warn(file, message, lang)
    for message in told:
        click.echo(f"syncheck: {_TAGS[lang][2]}: {_one_line(render(message, lang))}", err=True)


def _warn(file: str, message: str, lang: str) -> None:
    """'syncheck: warning: FILE: message' on stderr, in ``lang``."""
    click.echo(f"syncheck: {_TAGS[lang][1]}: {file}: {_one_line(render(message, lang))}", err=True)


def _warn_left_out(left_out: list[Any], lang: str) -> None:
    """On stderr: each file of a folder given that was left out as no plan, and why."""
    for note in (found.note() for found in left_out):
        _warn(note.ref.file, note.message, lang)


def _emit(result: Any, output: str | None, json_path: str | None, lang: str) -> Any:
    """Write the requested workbook and JSON of one result, then print the console report; the view written from."""
    from .report import json_text, render_console, write_outputs
    from .report_data import ReportView

    view = ReportView(result)  # one plan lookup and ordering for the files and the console
    _console_notes(result, view, lang)
    # files first: a reader that closes the console pipe early must not cost the outputs
    write_outputs(result, output, json_path if json_path != "-" else None, lang, view)
    where = "workbook" if output else "json" if json_path else "above"
    if json_path == "-":
        click.echo(json_text(result, view), nl=False)  # stdout carries the JSON alone, as for validate
        _warning_count(view, "workbook" if output else "stdout", lang, output)
        return view
    click.echo(render_console(result, lang, view))
    if result.options.decisions_path:
        click.echo("\n" + _decisions_line(result, lang, where))
    if output:
        click.echo("\n" + _written(output, lang))
    _warning_count(view, where, lang, output or json_path)
    return view


#: what a command run as the program (run) leaves for its immediate exit to drop, else None
_LEFT_FOR_EXIT: list[Any] | None = None


def _leave_for_exit(view: Any) -> None:
    """Keep a written result alive until the program's exit: freeing its millions of objects one by one
    when the command returns costs a third of a second on a province run, after every file is written."""
    if _LEFT_FOR_EXIT is not None:  # a library or test caller's result is freed as usual
        _LEFT_FOR_EXIT.append(view)


def _warning_count(view: Any, where: str, lang: str, path: str | None = None) -> None:
    """On stderr: how many warnings the input rows drew, and where they are listed (the file ``path``: the report above shows none)."""
    from .run_notes import input_warnings

    count = input_warnings(view.warnings)
    if count:
        click.echo(f"syncheck: {render(say(f'cli.warnings_{where}', count=Count(count), **({'path': path} if path else {})), lang)}", err=True)


def _decisions_line(result: Any, lang: str, where: str) -> str:
    """What the reviewer decisions did, in one sentence (``where``: where the warnings are in full)."""
    from .decisions import decision_counts
    from .sentences import decisions_sentence

    confirmed, rejected, unsure, unmatched, fallen = decision_counts(result.links, result.kept_decisions)
    return decisions_sentence(confirmed, rejected, unsure, unmatched, lang, fallen, where)


def _compare_per_province(files: list[str], options: Options, output: str | None, json_path: str | None) -> None:
    """Compare and write one province group at a time, each to its own files (province_outputs)."""
    from .pipeline import compare_by_province
    from .province_outputs import ProvinceOutputs
    from .run_order import run_order

    inputs = [*files, options.synonyms_path, options.nomenclature_path, options.decisions_path]
    names = ProvinceOutputs()
    order = run_order(files, options)  # the files in the order of their province groups, whatever the order given
    with _reading_bar(len(files)) as progress:
        for result in compare_by_province(files, options, progress, order):
            year = result.left.year if order.several_years(result.left) else None  # ('-2024', '-2025': not '-2')
            outputs = names.paths(result.left.government, output, json_path, year=year)
            refuse_overwrite_inputs(outputs, inputs)
            if progress:
                click.echo(err=True)  # the province's report starts below the bar, which the next file draws again
            _emit(result, outputs[0], outputs[1], options.lang)


def _written(path: str, lang: str) -> str:
    """'Buku kerja disimpan di PATH' / 'Workbook written to PATH'."""
    return render(say("cli.workbook_written", path=path), lang)


@contextlib.contextmanager
def _reading_bar(count: int) -> Iterator[Callable[[str], None] | None]:
    """A progress callback that moves a bar on stderr as each of ``count`` files is read (only on a terminal), else None."""
    if not sys.stderr.isatty():
        yield None
        return
    with click.progressbar(length=count, label="Reading plans", file=sys.stderr) as bar:
        yield lambda _path: bar.update(1)


@main.command()
@files_argument("FILES_OR_DIR...")
@click.option("--truth", type=FileOption(), help="A corpus truth.json.")
@decisions_option
@click.option("-o", "--output", type=FileOption(), help="Write scores, the threshold sweep (with a chart) and errors (.xlsx).")
@click.option("--floor", type=ScoreOption(0, 100), default=60.0, show_default=True, help="Lowest threshold of the sweep.")
@language("Language of the recommendation and the workbook.")
@linking("Lowest score for a confident link on names alone, as for compare.", "Lowest score listed for review in the scored run, as for compare.")
@plan_identity
@_one_line_errors
def evaluate(files, truth, decisions_path, output, floor, lang, threshold, review_threshold, synonyms, nomenclature_path, jobs, names, levels, year) -> None:
    """Compare the plan files (or, with --truth, those of its 'files' in one folder) and score the links against a
    truth.json or reviewer decisions; sweep the threshold."""
    from .evaluate import load_truth, no_recommendation, only_corrections, plan_paths, render_decision_labels, render_evaluation, run_evaluation
    from .sentences import threshold_sentence

    if bool(truth) == bool(decisions_path):
        raise UsageError(say("error.truth_or_decisions"))
    labelled = load_truth(truth) if truth else None
    paths = plan_paths(files, labelled, truth, [output], [truth, decisions_path, synonyms, nomenclature_path])
    check_outputs(output)
    refuse_overwrite_inputs([output], [*paths, truth, decisions_path, synonyms, nomenclature_path])
    names_of, levels_of = overrides(paths, names, levels)
    options = Options(threshold, review_threshold, synonyms_path=synonyms, government_overrides=names_of, level_overrides=levels_of,
                      year_override=year, workers=jobs, nomenclature_path=nomenclature_path,
                      folder_files=frozenset() if labelled else frozenset(paths) - frozenset(files))  # fmt: skip
    run = run_evaluation(paths, options, labelled, decisions_path, floor)
    click.echo(render_evaluation(run.evaluation, lang))
    if decisions_path:
        click.echo(render_decision_labels(run.labels, lang))
        if only_corrections(run.evaluation):
            click.echo(render(say("evaluate.only_corrections"), lang))
    if run.best is not None:
        best = run.best.score
        click.echo(threshold_sentence(run.best.threshold, best.f1, best.precision, best.recall, lang))
    elif run.points:
        click.echo(render(no_recommendation(run.points), lang))
    if output:
        from .evaluation_workbook import write_evaluation_workbook

        write_evaluation_workbook(run, output, lang)
        click.echo(_written(output, lang))


@main.command()
@files_argument()
@click.option("--nomenclature", "nomenclature_path", required=True, type=FileOption(),
              help="The official nomenclature list (CSV or XLSX, e.g. a Kepmendagri attachment).")
@click.option("-o", "--output", type=FileOption(), help="Write the findings workbook (.xlsx).")
@json_output
@click.option("--strict", is_flag=True, help="Exit with code 1 when any finding has severity error.")
@language("Language of messages and sheets.")
@plan_identity
@_one_line_errors
def validate(files, nomenclature_path, output, json_path, strict, lang, names, levels, year) -> None:
    """Check plan FILEs against the official nomenclature and the division of authority (UU 23/2014)."""
    from .nomenclature_load import load_master
    from .jsonout import document_text, write_document
    from .validate import render_validation, validate_plans, validation_to_json, write_validation_workbook

    given, files = files, tuple(plan_files(files, [output, json_path], [nomenclature_path]))
    refuse_repeats(files)
    check_outputs(output, json_path)
    names_of, levels_of = overrides(files, names, levels)
    refuse_overwrite_inputs([output, json_path], [*files, nomenclature_path])
    master = load_master(nomenclature_path)
    from .pipeline import override_for

    def read(path: str) -> list[Plan]:
        return read_plans(path, override_for(names_of, path), override_for(levels_of, path), year)

    found, left_out = folder_files_read(list(files), frozenset(files) - frozenset(given), read)
    plans = [plan for read_of_file in found for plan in read_of_file]  # (a workbook of several kab/kota's plans gives each)
    _warn_left_out(left_out, lang)
    findings = validate_plans(plans, master)
    document = validation_to_json(plans, master, findings, nomenclature_path)
    if output:
        write_validation_workbook(output, plans, findings, lang)
    if json_path == "-":
        click.echo(document_text(document), nl=False)
    else:
        if json_path:
            write_document(document, json_path)
        click.echo(render_validation(plans, findings, lang, master, workbook=bool(output)))
        if output:
            click.echo("\n" + _written(output, lang))
    if strict and any(finding.severity == "error" for finding in findings):
        sys.exit(1)


@main.command(context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
@click.option("-o", "--output", type=FileOption(), help="Write the audit workbook (.xlsx).")
@json_output
@click.option("--markdown", "markdown_path", type=FileOption(allow_dash=True), help="Write a Markdown summary ('-' for stdout).")
@language("Language of sentences and sheets.")
@click.option("--themes", "themes_path", type=FileOption(), help="Themes file (TOML) replacing the shipped themes.")
@click.option("--threshold", type=ScoreOption(0, 100), default=90.0, show_default=True, help="Score for a confident name-only link.")
@click.option("--review-threshold", type=ScoreOption(0, 100), default=75.0, show_default=True, help="Lowest score listed for review.")
@click.option("--rename-threshold", type=ScoreOption(0, 100), default=60.0, show_default=True, help="Lowest score for a same-code rename.")
@_one_line_errors
def audit(args, output, json_path, markdown_path, lang, themes_path, threshold, review_threshold, rename_threshold) -> None:
    """Audit several years of plans: continuity, overlap trend and themes.

    Give the files of each year after --year (syncheck audit --year 2023 FILE... --year 2024 FILE...)
    or an audit file (syncheck audit AUDIT.toml) that names governments, years, files and themes.
    """
    from .audit import run_audit
    from .audit_models import AuditOptions
    from .audit_spec import load_spec, spec_from_years
    from .themes import load_themes

    given = {"threshold": threshold, "review_threshold": review_threshold, "rename_threshold": rename_threshold, "lang": lang}
    typed = click.get_current_context().get_parameter_source  # a default gives way to the audit file's value
    given = {key: value for key, value in given.items() if typed(key) is not click.core.ParameterSource.DEFAULT}
    check_outputs(output, json_path, markdown_path)
    if json_path == markdown_path == "-":
        raise UsageError(say("error.two_to_stdout"))
    audit_file, groups = audit_args(args)
    if audit_file:
        spec = load_spec(audit_file, given, themes_path)
    else:
        options = AuditOptions(**given)
        if options.review_threshold > options.threshold:
            raise UsageError(say("error.review_threshold"))
        spec = spec_from_years(groups, options, load_themes(themes_path), themes_path)
    lang = click.get_current_context().meta[LANG] = spec.options.lang
    refuse_overwrite_inputs([output, json_path, markdown_path], list(spec.files_read))
    with _reading_bar(len(spec.inputs)) as progress:
        result = run_audit(spec, progress)
    _emit_audit(result, output, json_path, markdown_path, lang)


def _emit_audit(result: Any, output: str | None, json_path: str | None, markdown_path: str | None, lang: str) -> None:
    """Write the requested workbook, JSON and Markdown of an audit, then print its report (or the document asked on '-')."""
    from .audit_report import audit_json_text, render_console, render_markdown, write_text
    from .audit_workbook import write_audit_workbook

    # the files first, as compare does: an output that cannot be written stops the run before the report is printed
    if output:
        write_audit_workbook(result, output, lang)
    texts = ((json_path, audit_json_text), (markdown_path, lambda r: render_markdown(r, lang)))
    for path, text in texts:
        if path and path != "-":
            write_text(text(result), path)
    if "-" in (json_path, markdown_path):
        click.echo(next(text for path, text in texts if path == "-")(result), nl=False)
        return
    click.echo(render_console(result, lang))
    if output:
        click.echo("\n" + _written(output, lang))


def run() -> NoReturn:
    """The `syncheck` program: the commands, then an immediate exit once the output is flushed.

    A large comparison leaves millions of objects; an ordinary interpreter exit frees them one by one,
    a tenth of a pair's run, after every file is written and closed. Nothing is left to finish then:
    workers are joined and files closed before a command returns.
    """
    global _LEFT_FOR_EXIT
    _LEFT_FOR_EXIT = []
    status: object
    try:
        status = main(prog_name="syncheck")  # what a console script would pass to sys.exit
    except SystemExit as done:
        status = done.code
    code = status if isinstance(status, int) else 0 if status is None else 1
    if status is not None and not isinstance(status, int):  # sys.exit('message'), as the interpreter prints it
        click.echo(str(status), err=True)
    if sys.gettrace() is not None or sys.getprofile() is not None:
        sys.exit(code)  # under coverage or a profiler: let them write their data at exit
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except Exception:  # noqa: BLE001 - a closed pipe or stream: what was not read is not wanted
            pass
    os._exit(code)
