"""Check plans against the official nomenclature and the division of authority (UU 23/2014)."""

from __future__ import annotations

import os
from collections import Counter
from typing import Iterator

from . import __version__
from .codes import comparison_key, kegiatan_of, parse_code, program_of
from .duplicates import repeat_place
from .messages import render, say
from .models import Code, Finding, Item, Kind, Plan
from .nomenclature import KABKOTA, NONAKTIF, PROVINSI, Entry, Master, name_relation, official_name
from .normalize import plain_name
from .report_data import warning_cells, warning_json
from .safety import refuse_overwrite_inputs
from .values import format_count

#: every finding kind, in the order a row's findings are listed
KINDS: tuple[str, ...] = (
    "unknown_code",
    "wrong_level",
    "name_different",
    "name_spelling",
    "retired",
    "wrong_parent",
    "duplicate",
)
SEVERITY: dict[str, str] = {
    "unknown_code": "error",
    "wrong_level": "error",
    "name_different": "error",
    "name_spelling": "warning",
    "retired": "warning",
    "wrong_parent": "error",
    "duplicate": "warning",
}

# Message templates live in message_texts.CATALOGUE ('validate.<kind>'): English is what Finding.message
# and the JSON carry; the console and workbook render it in their language.
_OWNER = {PROVINSI: "provincial", KABKOTA: "kabupaten/kota"}


def _message(key: str, **params: object) -> str:
    return say(f"validate.{key}", **params)


def translate_message(message: str, lang: str) -> str:
    """A finding message in ``lang`` ('en' or 'id'); unknown messages are returned unchanged."""
    return render(message, lang)


# --------------------------------------------------------------------------- checks


def validate_plan(plan: Plan, master: Master) -> list[Finding]:
    """Every nomenclature and authority problem of one plan, in file order.

    Codeless rows get no findings; a row may get several (listed in KINDS order).
    """
    plan_level = PROVINSI if plan.level.is_province else KABKOTA
    other_level = KABKOTA if plan_level == PROVINSI else PROVINSI
    plan_words = "provincial" if plan.level.is_province else plan.level.value
    seen: dict[tuple, Item] = {}
    findings: list[Finding] = []
    for item in plan.items:
        if item.code is None:
            continue
        findings.extend(_check_item(item, master, plan_level, other_level, plan_words, seen))
    return findings


def validate_plans(plans: list[Plan] | tuple[Plan, ...], master: Master) -> list[Finding]:
    """validate_plan over several plans, concatenated in the order given."""
    return [finding for plan in plans for finding in validate_plan(plan, master)]


def _check_item(
    item: Item, master: Master, plan_level: str, other_level: str, plan_words: str, seen: dict
) -> list[Finding]:
    """What is wrong with one coded item against the master: its code, level, name, parent, repetition."""
    code = item.code
    assert code is not None
    kind = code.kind or item.kind
    if kind in (Kind.URUSAN, Kind.BIDANG):
        return _findings(item, [] if master.lookup(code) else [("unknown_code", _message("unknown_code", code=code.text), None)])
    out: list[tuple[str, str, str | None]] = []  # (kind, message, expected)
    if kind in (Kind.KEGIATAN, Kind.SUB_KEGIATAN):
        candidates = _deep_candidates(code, master, plan_level, plan_words, out)
    else:
        candidates = _program_candidates(code, master, plan_level, other_level, plan_words, out)
    if candidates:
        out.extend(_name_problems(item.name, code.text, candidates))
    parent = _parent_mismatch(item, code, kind)
    if parent is not None:
        out.append(("wrong_parent", _message("wrong_parent", code=code.text, own=parent[0], parent=parent[1]), None))
    out.extend(_repeated(item, code, seen))
    return _findings(item, out)


def _deep_candidates(code: Code, master: Master, plan_level: str, plan_words: str, out: list) -> tuple[Entry, ...]:
    """The master's entries for a kegiatan or sub kegiatan code at the level its digit names; notes an unknown code or
    one of the other level."""
    digit = code.level_digit or ""
    code_level = {"1": PROVINSI, "2": KABKOTA}.get(digit)
    candidates = master.lookup(code, code_level)
    if not candidates:
        out.append(("unknown_code", _message("unknown_code", code=code.text), None))
    if code_level is not None and code_level != plan_level:
        out.append(("wrong_level", _message("wrong_level", code=code.text, owner=_OWNER[code_level], digit=digit, plan_level=plan_words), None))
    return candidates


def _program_candidates(code: Code, master: Master, plan_level: str, other_level: str, plan_words: str, out: list) -> tuple[Entry, ...]:
    """The master's entries for a program code at the plan's level, else at the other level (noted), else none (noted)."""
    candidates = master.lookup(code, plan_level)
    if candidates:
        return candidates
    candidates = master.lookup(code, other_level)
    if candidates:
        out.append(("wrong_level", _message("wrong_level_program", code=code.text, owner=_OWNER[other_level], plan_level=plan_words), None))
    else:
        out.append(("unknown_code", _message("unknown_code", code=code.text), None))
    return candidates


def _name_problems(name: str, text: str, candidates: tuple[Entry, ...]) -> list[tuple[str, str, str | None]]:
    """A name other than the official one of its code, or misspelt, and a retired code."""
    entry, relation = _best_entry(name, candidates)
    expected = official_name(entry.name)
    out: list[tuple[str, str, str | None]] = []
    if relation in ("different", "spelling"):
        key = "name_different" if relation == "different" else "name_spelling"
        out.append((key, _message(key, code=text, expected=expected), expected))
    if entry.status == NONAKTIF:
        out.append(("retired", _message("retired", code=text), None))
    return out


def _repeated(item: Item, code: Code, seen: dict) -> list[tuple[str, str, str | None]]:
    """The item as a repeat of an earlier row of its agency with its code (and place), remembering the first."""
    key = (_agency_key(item), comparison_key(code), repeat_place(item))
    first = seen.get(key)
    if first is None:
        seen[key] = item
        return []
    same_sheet = first.ref.sheet == item.ref.sheet
    where = say("where.row", row=first.ref.row) if same_sheet else say("where.sheet_row", sheet=repr(first.ref.sheet), row=first.ref.row)
    return [("duplicate", _message("duplicate", code=code.text, first=where), None)]


def _findings(item: Item, out: list[tuple[str, str, str | None]]) -> list[Finding]:
    order = {kind: index for index, kind in enumerate(KINDS)}
    out.sort(key=lambda entry: order[entry[0]])
    return [
        Finding(
            ref=item.ref,
            message=message,
            kind=kind,
            severity=SEVERITY[kind],
            code=item.code_text,
            name=item.name,
            expected=expected,
        )
        for kind, message, expected in out
    ]


def _best_entry(name: str, candidates: tuple[Entry, ...]) -> tuple[Entry, str]:
    """The candidate the row's name fits best (equal < spelling < different; active first)."""
    if not name.strip():
        return candidates[0], "equal"
    rank = {"equal": 0, "spelling": 1, "different": 2}
    best: tuple[tuple, Entry, str] | None = None
    for index, entry in enumerate(candidates):
        relation, score = name_relation(name, entry.name)
        key = (rank[relation], not entry.active, -score, index)
        if best is None or key < best[0]:
            best = (key, entry, relation)
    assert best is not None
    return best[1], best[2]


def _parent_mismatch(item: Item, code: Code, kind: Kind) -> tuple[str, str] | None:
    """(own parent, enclosing parent) when a kegiatan/sub kegiatan row sits under a foreign parent."""
    if kind is Kind.KEGIATAN:
        pairs = [(program_of(code), item.program_code)]
    elif kind is Kind.SUB_KEGIATAN:
        pairs = [(kegiatan_of(code), item.kegiatan_code), (program_of(code), item.program_code)]
    else:
        return None
    for own_text, given_text in pairs:
        given = parse_code(given_text) if given_text else None
        if given is None:
            continue
        own = parse_code(own_text)
        if own is None or len(given.segments) != len(own.segments):
            continue
        if not _same_code(own, given):
            return own.text, given.text
        return None  # the nearest known parent agrees
    return None


def _same_code(left: Code, right: Code) -> bool:
    """Equal codes; an ``X.XX`` support placeholder equals any agency bidang."""
    a, b = comparison_key(left), comparison_key(right)
    if a == b:
        return True
    if ("X" in a[:1] or "X" in b[:1]) and len(a) == len(b):
        return a[2:] == b[2:]
    return False


def _agency_key(item: Item) -> str:
    return item.agency_code.strip() or plain_name(item.agency)


# --------------------------------------------------------------------------- JSON


def _finding_dict(finding: Finding) -> dict:
    return {
        "file": finding.ref.file,
        "sheet": finding.ref.sheet,
        "row": finding.ref.row,
        "code": finding.code,
        "name": finding.name,
        "kind": finding.kind,
        "severity": finding.severity,
        "message": finding.message,
        "expected": finding.expected,
    }


def finding_counts(findings: list[Finding]) -> dict[str, int]:
    """Number of findings of every kind (all KINDS present, zeros included)."""
    counts = Counter(finding.kind for finding in findings)
    return {kind: counts.get(kind, 0) for kind in KINDS}


def validation_to_json(plans, master: Master, findings: list[Finding], master_file: str) -> dict:
    """The ``syncheck validate --json`` document (every key is described in docs/json.md)."""
    severities = Counter(finding.severity for finding in findings)
    return {
        "syncheck_version": __version__,
        "schema": 1,
        "nomenclature": {
            "file": os.path.basename(master_file),
            "items": len(master.entries),
            "sub_kegiatan_digits": master.sub_kegiatan_digits,
        },
        "inputs": [
            {"file": plan.file, "government": plan.government, "level": plan.level.value, "rows_read": plan.rows_read}
            for plan in plans
        ],
        "findings": [_finding_dict(finding) for finding in findings],
        "warnings": [warning_json(warning) for plan in plans for warning in plan.warnings],
        "counts": finding_counts(findings),
        "severity_counts": {"error": severities.get("error", 0), "warning": severities.get("warning", 0)},
    }


# --------------------------------------------------------------------------- console

_CONSOLE = {
    "en": {
        "head": "{file} ({government}, {level}): {errors}, {warnings}",
        "clean": "{file} ({government}, {level}): no findings",
        "more": "  ... and {count} more {findings} (see the workbook or the JSON)",
        "master": "Nomenclature {file}: {items} items, {digits}-digit sub kegiatan codes",
    },
    "id": {
        "head": "{file} ({government}, {level}): {errors}, {warnings}",
        "clean": "{file} ({government}, {level}): tidak ada temuan",
        "more": "  ... dan {count} {findings} lain (lihat buku kerja atau JSON)",
        "master": "Nomenklatur {file}: {items} item, kode sub kegiatan {digits} digit",
    },
}


def render_validation(
    plans, findings: list[Finding], lang: str = "id", master: Master | None = None, limit: int = 20, workbook: bool = False
) -> str:
    """Plain console text: per file the error/warning counts by kind, its reading warnings counted, and the first findings."""
    lang = lang if lang in _CONSOLE else "en"
    words = _CONSOLE[lang]
    lines: list[str] = []
    if master is not None:
        items = format_count(len(master.entries), lang)
        lines.append(words["master"].format(file=master.file, items=items, digits=master.sub_kegiatan_digits))
    for plan in plans:
        own = [finding for finding in findings if _of_plan(plan, finding.ref)]
        fields = {"file": plan.file, "government": plan.label, "level": plan.level.value}
        notes = [f"  ({render(warning.message, lang)})" for warning in plan.warnings if warning.ref.row == 0]
        notes.extend(_reading_warnings(plan, lang, workbook))
        if not own:
            lines.append(words["clean"].format(**fields))
            lines.extend(notes)
            continue
        severities = Counter(finding.severity for finding in own)
        errors, warnings = (_counted(severities.get(severity, 0), severity, lang) for severity in ("error", "warning"))
        lines.append(words["head"].format(errors=errors, warnings=warnings, **fields))
        lines.extend(notes)
        counts = finding_counts(own)
        lines.append("  " + ", ".join(f"{_KIND_WORDS[lang][kind]}: {format_count(count, lang)}" for kind, count in counts.items() if count))
        for finding in own[:limit]:
            severity = _SEVERITY_WORDS[lang].get(finding.severity, finding.severity)
            sheet, row = finding.ref.sheet, finding.ref.row
            where = f"sheet {sheet!r}, row {row}" if lang == "en" else f"lembar {sheet!r}, baris {row}"
            lines.append(f"  {where}: [{severity}] {translate_message(finding.message, lang)}")
        if len(own) > limit:
            more = len(own) - limit
            lines.append(words["more"].format(count=format_count(more, lang), findings=_NOUNS[lang]["finding"][more != 1]))
    return "\n".join(lines)


#: (singular, plural) of the console's counted nouns; Indonesian nouns take no plural form after a number
_NOUNS = {
    "en": {"error": ("error", "errors"), "warning": ("warning", "warnings"), "finding": ("finding", "findings")},
    "id": {"error": ("kesalahan", "kesalahan"), "warning": ("peringatan", "peringatan"), "finding": ("temuan", "temuan")},
}


def _counted(count: int, noun: str, lang: str) -> str:
    """'1 error', '4 errors' ('4 kesalahan')."""
    return f"{format_count(count, lang)} {_NOUNS[lang][noun][count != 1]}"


def _reading_warnings(plan: Plan, lang: str, workbook: bool) -> list[str]:
    """How many warnings reading the file gave (rows without a code, ...), and where they are listed."""
    if not plan.warnings:
        return []
    key = "validate.reading_warnings_sheet" if workbook else "validate.reading_warnings_inspect"
    return ["  " + render(say(key, count=format_count(len(plan.warnings), lang), file=plan.file), lang)]


# --------------------------------------------------------------------------- workbook

_HEADERS = {
    "en": ("File", "Sheet", "Row", "Code", "Name", "Kind", "Severity", "Message", "Expected (official name)"),
    "id": ("Berkas", "Lembar", "Baris", "Kode", "Nama", "Jenis", "Tingkat keparahan", "Pesan", "Nama resmi"),
}
_SEVERITY_WORDS = {"en": {"error": "error", "warning": "warning"}, "id": {"error": "kesalahan", "warning": "peringatan"}}
_KIND_WORDS = {
    "en": {
        "unknown_code": "code not in the nomenclature",
        "wrong_level": "item of the other level's authority",
        "name_different": "code names a different item",
        "name_spelling": "name spelled differently",
        "retired": "item marked inactive",
        "wrong_parent": "row under a parent that is not its own",
        "duplicate": "same item again in the plan",
    },
    "id": {
        "unknown_code": "kode tidak ada dalam nomenklatur",
        "wrong_level": "item kewenangan tingkat pemerintahan lain",
        "name_different": "kode menunjuk item lain",
        "name_spelling": "penulisan nama berbeda",
        "retired": "item nonaktif",
        "wrong_parent": "baris di bawah induk yang bukan induknya",
        "duplicate": "item yang sama muncul lagi",
    },
}
_SHEETS = {"en": ("Findings", "Counts", "Warnings"), "id": ("Temuan", "Jumlah", "Peringatan")}
_COUNT_HEADERS = {"en": ("Kind", "Severity"), "id": ("Jenis", "Tingkat keparahan")}
_TOTAL = {"en": "Total", "id": "Jumlah"}


def write_validation_workbook(path: str, plans, findings: list[Finding], lang: str = "id") -> None:
    """Write the Findings and Counts sheets of a validate run to ``path`` (.xlsx)."""
    from .xlsx import WRAP, Book, Table, table  # the workbook library only when a workbook is asked for

    lang = lang if lang in _HEADERS else "en"
    refuse_overwrite_inputs([path], [plan.path for plan in plans if plan.path])
    book = Book()
    wrapped = {5: WRAP, 8: WRAP, 9: WRAP}  # names and messages: long text shows whole, on more lines
    book.add_table(Table(_SHEETS[lang][0], _HEADERS[lang], lambda: _finding_rows(findings, lang), wrapped, len(findings)))
    headers, rows = _count_table(plans, findings, lang)
    table(book, _SHEETS[lang][1], headers, rows, {})
    warnings = [warning_cells(w, lang) for plan in plans for w in plan.warnings]
    table(book, _SHEETS[lang][2], [*_HEADERS[lang][:3], _HEADERS[lang][7]], warnings, {4: WRAP})
    book.save(path)


def _finding_rows(findings: list[Finding], lang: str) -> Iterator[list[object]]:
    """The Findings sheet's rows: one per finding, its message in lang."""
    for finding in findings:
        severity = _SEVERITY_WORDS[lang].get(finding.severity, finding.severity)
        yield [finding.ref.file, finding.ref.sheet, finding.ref.row, finding.code, finding.name, _KIND_WORDS[lang][finding.kind],
               severity, translate_message(finding.message, lang), finding.expected]


def _count_table(plans, findings: list[Finding], lang: str) -> tuple[list[str], list[list[object]]]:
    """Headers and rows of the Counts sheet: findings per kind and plan (its file; a workbook of several plans gives a
    column to each, named with its government), then the totals row (inside the filter)."""
    shared = {plan.file for plan in plans if sum(1 for other in plans if other.file == plan.file) > 1}
    columns = [(f"{plan.file} ({plan.label})" if plan.file in shared else plan.file, plan) for plan in plans]
    columns += [(file, None) for file in dict.fromkeys(finding.ref.file for finding in findings) if not any(p.file == file for p in plans)]
    per_column = Counter((finding.kind, index) for finding in findings for index, (_, plan) in enumerate(columns)
                         if (_of_plan(plan, finding.ref) if plan is not None else finding.ref.file == columns[index][0]))  # fmt: skip
    rows: list[list[object]] = []
    for kind in KINDS:
        counts = [per_column.get((kind, index), 0) for index in range(len(columns))]
        rows.append([_KIND_WORDS[lang][kind], _SEVERITY_WORDS[lang][SEVERITY[kind]], *counts, sum(counts)])
    totals = [sum(per_column.get((kind, index), 0) for kind in KINDS) for index in range(len(columns))]
    rows.append([_TOTAL[lang], None, *totals, len(findings)])
    return [*_COUNT_HEADERS[lang], *(name for name, _ in columns), _TOTAL[lang]], rows


def _of_plan(plan, ref) -> bool:
    """A finding's row is the plan's: of its file and, in a workbook of several plans, one of its sheets."""
    return ref.file == plan.file and (not (ref.sheet and plan.sheets) or any(sheet.name == ref.sheet for sheet in plan.sheets))
