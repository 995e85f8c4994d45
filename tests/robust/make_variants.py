"""Re-render a labelled RKPD corpus into layouts and noise the dev corpus lacks, labels kept valid.

Usage: ``python tests/robust/make_variants.py CORPUS_DIR OUT_DIR [--variant NAME ...] [--seed N]``
or ``make_variant(corpus_dir, out_dir, name)`` from a test. Nothing binary is committed.

A labelled corpus is a directory with the plan workbooks, ``records.csv`` (every item row as a
perfect reader reads it) and ``truth.json`` (links, headlines, overlaps by (file, sheet, row)).
Each variant writes ``OUT_DIR/<variant>/`` with every plan re-rendered in a new layout (header
wording and depth, column order, code form, budget form and scale, sheets, banners, subtotals,
repeated headers, extra sheets) and with name noise, plus a ``records.csv`` and ``truth.json``
whose references point at the new rows. The labels stay valid because only the presentation
changes: the same items, in the same order, under the same agencies and programs.
The variants themselves (layouts and noise) are in variant_styles.py.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field

import openpyxl
from openpyxl.utils import get_column_letter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # variant_styles.py sits next to this file
from variant_styles import NOISE, VARIANTS, Column, Style, kind_prefix, typo  # noqa: E402

Ref = tuple[str, str, int]
PARENT_KINDS = ("urusan", "bidang_urusan", "program", "kegiatan")
_HEADS = {"provinsi": "GUBERNUR", "kabupaten": "BUPATI", "kota": "WALI KOTA"}


@dataclass(frozen=True)
class Row:
    """One labelled item row of the source corpus."""

    ref: Ref
    kind: str
    code: str
    name: str
    agency: str
    location: str
    budget: int | None


@dataclass(frozen=True)
class SourcePlan:
    """The labelled rows of one plan file, in file order, with its truth metadata."""

    file: str
    meta: dict
    rows: tuple[Row, ...]


# ---------------------------------------------------------------- reading the labelled corpus


def load_corpus(directory: str) -> tuple[list[SourcePlan], dict]:
    """The plans of a labelled corpus (records in file order) and its truth."""
    with open(os.path.join(directory, "truth.json"), encoding="utf-8") as handle:
        truth = json.load(handle)
    by_file: dict[str, list[Row]] = {}
    sheet_order: dict[str, list[str]] = {}
    with open(os.path.join(directory, "records.csv"), encoding="utf-8", newline="") as handle:
        for rec in csv.DictReader(handle):
            row = Row((rec["file"], rec["sheet"], int(rec["row"])), rec["kind"], rec["code"], rec["name"],
                      rec["agency"], rec["location"], int(rec["budget"]) if rec["budget"] else None)
            by_file.setdefault(rec["file"], []).append(row)
            order = sheet_order.setdefault(rec["file"], [])
            if rec["sheet"] not in order:
                order.append(rec["sheet"])
    plans = []
    for file, meta in truth["files"].items():
        rows = sorted(by_file.get(file, []), key=lambda r: (sheet_order[file].index(r.ref[1]), r.ref[2]))
        plans.append(SourcePlan(file, meta, tuple(rows)))
    return plans, truth


# ---------------------------------------------------------------- rendering one plan


@dataclass
class _Sheet:
    """A sheet being written: its rows, merged ranges and hidden columns."""

    name: str
    rows: list[list[object]] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # 1-based r1, c1, r2, c2
    hidden_cols: tuple[int, ...] = ()
    state: str = "visible"


@dataclass
class _Rendered:
    """A rendered plan: its sheets, the expected records and the old-to-new reference map."""

    file: str
    sheets: list[_Sheet]
    records: list[dict]
    moved: dict[Ref, Ref]


class _Renderer:
    """Renders one SourcePlan with one Style."""

    def __init__(self, plan: SourcePlan, style: Style, file: str, rng: random.Random, vocabulary: Counter) -> None:
        self.plan, self.style, self.file, self.rng, self.vocabulary = plan, style, file, rng, vocabulary
        self.level = plan.meta.get("level", "")
        self.government = plan.meta.get("government", "")
        self.year = plan.meta.get("year") or 2024
        self.records: list[dict] = []
        self.moved: dict[Ref, Ref] = {}

    def render(self) -> _Rendered:
        """Every sheet of the plan, extra sheets included."""
        rows = [row for row in self.plan.rows if self.style.keep_urusan or row.kind not in ("urusan", "bidang_urusan")]
        groups = _agency_groups(rows)
        sheets: list[_Sheet] = []
        if self.style.sheets == "per_opd":
            names: set[str] = set()
            for agency, group in groups:
                sheets.append(self._data_sheet(_sheet_name(agency, names), [(agency, group)]))
        else:
            name = os.path.splitext(self.file)[0][:31] if self.style.csv else "RKPD 2024" if self.style.title == "long" else "Sheet1"
            sheets.append(self._data_sheet(name, groups))
        extras = {"rekap": lambda: _rekap_sheet(groups), "notes": _notes_sheet, "hidden_copy": lambda: _hidden_copy(rows)}
        for extra in self.style.extra_sheets:
            sheet = extras[extra]()
            sheets.insert(0, sheet) if extra == "rekap" else sheets.append(sheet)
        return _Rendered(self.file, sheets, self.records, self.moved)

    # -- layout pieces

    def _data_sheet(self, name: str, groups: list[tuple[str, list[Row]]]) -> _Sheet:
        """One sheet holding some agencies' rows under a title block and a header."""
        sheet = _Sheet(name, hidden_cols=tuple(i + 1 for i, col in enumerate(self.style.columns) if col.hidden))
        self._title(sheet, groups[0][0] if self.style.sheets == "per_opd" else "", groups[0][1])
        self._header(sheet)
        since_header = 0
        for agency, group in groups:
            if self.style.banner == "rows":
                sheet.rows.append([f"Unit Organisasi : {_opd_code(group)} {agency}"])
            elif self.style.banner == "code_row":
                sheet.rows.append(self._cells({"code_opd": _opd_code(group), "name": agency}))
            for position, row in enumerate(group):
                if self.style.repeat_header_every and since_header >= self.style.repeat_header_every:
                    self._header(sheet, repeat=True)
                    since_header = 0
                if self.style.blank_after_program and row.kind == "program" and position > 0:
                    sheet.rows.append([])
                if self.style.page_footer_every and since_header and since_header % self.style.page_footer_every == 0:
                    sheet.rows.append([f"Halaman {since_header // self.style.page_footer_every}"])
                sheet.rows.append(self._item_cells(row, group, position))
                self.moved[row.ref] = (self.file, sheet.name, len(sheet.rows))
                self.records.append(self._record(row, sheet.name, len(sheet.rows)))
                since_header += 1
            if self.style.subtotal:
                label, role = self.style.subtotal
                total = sum(r.budget or 0 for r in group if r.kind == "sub_kegiatan")
                sheet.rows.append(self._cells({role: label, "budget": self._budget_cell(total)}))
        if self.style.grand_total:
            total = sum(r.budget or 0 for _, group in groups for r in group if r.kind == "sub_kegiatan")
            sheet.rows.append([])
            sheet.rows.append(self._cells({self._first_text_role(): self.style.grand_total, "budget": self._budget_cell(total)}))
        if self.style.signature:
            sheet.rows.append([])
            for line in _signature_lines(self.government, self.year):
                sheet.rows.append(self._cells({self.style.signature: line}) if line else [])
        if self.style.merge_agency:
            self._merge_agency_blocks(sheet)
        if self.style.margin:
            _shift_right(sheet)
        return sheet

    def _merge_agency_blocks(self, sheet: _Sheet) -> None:
        """Merge the agency column down over each run of rows of one agency (values kept in the top cell)."""
        col = next(i for i, column in enumerate(self.style.columns) if column.role == "agency")
        start = None
        for number in range(1, len(sheet.rows) + 2):
            row = sheet.rows[number - 1] if number <= len(sheet.rows) else []
            value = row[col] if col < len(row) else None
            top = sheet.rows[start - 1][col] if start else None
            if start and value == top and value is not None:
                row[col] = None
                continue
            if start and number - 1 > start:
                sheet.merges.append((start, col + 1, number - 1, col + 1))
            start = number if value is not None and row is not sheet.rows[0] else None

    def _first_text_role(self) -> str:
        """The leftmost column role (where a grand total label goes)."""
        return self.style.columns[0].role

    def _title(self, sheet: _Sheet, agency: str, group: list[Row]) -> None:
        """The title block above the header."""
        width = len(self.style.columns)
        gov = self.government.upper()
        scale_line = "(dalam ribuan rupiah)" if self.style.scale == 1000 and self.style.scale_note == "title" else ""
        if self.style.title == "long":
            head = f"{_HEADS.get(self.government.split()[0].lower(), 'BUPATI')} {' '.join(gov.split()[1:])}"
            lines = ["", "LAMPIRAN I", f"PERATURAN {head}", f"NOMOR 45 TAHUN {self.year - 1}", "TENTANG",
                     f"RENCANA KERJA PEMERINTAH DAERAH {gov} TAHUN {self.year}", "",
                     "TABEL T-C.27 RENCANA PROGRAM, KEGIATAN DAN SUB KEGIATAN PRIORITAS DAERAH", scale_line]
            for line in lines:
                sheet.rows.append([None, line or None])
                if line:
                    sheet.merges.append((len(sheet.rows), 2, len(sheet.rows), max(width, 3)))
            sheet.merges.append((1, 1, 5, 1))  # the logo's block
        else:
            sheet.rows.extend([["RENCANA KERJA PEMERINTAH DAERAH"], [gov], [f"TAHUN {self.year}"]])
            if scale_line:
                sheet.rows.append([scale_line])
        if agency and self.style.banner == "title":
            sheet.rows.append([f"Unit Organisasi : {_opd_code(group)} {agency}"])
        elif agency and self.style.banner == "title_split":
            sheet.rows.append(["Perangkat Daerah", ":", agency])
        sheet.rows.append([])

    def _header(self, sheet: _Sheet, repeat: bool = False) -> None:
        """The header rows (merged where labels span columns or rows), then the index row."""
        columns = self.style.columns
        depth = max(len(col.path) for col in columns)
        top = len(sheet.rows) + 1
        for level in range(depth):
            sheet.rows.append([col.path[level] if level < len(col.path) and _starts_span(columns, i, level) else None
                               for i, col in enumerate(columns)])
        for i, col in enumerate(columns):
            for level in range(len(col.path)):
                if not _starts_span(columns, i, level):
                    continue
                last_col = i
                while last_col + 1 < len(columns) and _same_prefix(columns, i, last_col + 1, level):
                    last_col += 1
                last_row = level if level < len(col.path) - 1 else depth - 1
                if last_col > i or last_row > level:
                    sheet.merges.append((top + level, i + 1, top + last_row, last_col + 1))
        if self.style.index_row:
            sheet.rows.append([f"({n})" if repeat else n for n in range(1, len(columns) + 1)])

    # -- one item row

    def _item_cells(self, row: Row, group: list[Row], position: int) -> list[object]:
        """The cells of one item row."""
        code = self._code(row, group, position)
        name, read_name = self._noisy_name(row)
        self._expected = (code, read_name)
        values: dict[str, object] = {"name": name, "location": row.location or None, "agency": row.agency}
        values[_LEVEL_NAME_ROLE.get(row.kind, "name_program")] = name
        if code and self.style.code_form == "glued":
            values["name"] = f"{code} {name}"
        elif code and self.style.code_form == "split":
            values.update(_split_parts(code, sum(1 for col in self.style.columns if col.role.startswith("code"))))
        elif code:
            values["code"] = _code_cell(code, self.style.code_form)
        budget = row.budget if (self.style.parent_budgets or row.kind not in PARENT_KINDS) else None
        self._expected_budget = budget
        values["budget"] = self._budget_cell(budget) if budget is not None else None
        values["prev_budget"] = round((row.budget or 0) * 0.9) if row.budget else None
        values["forward"] = self._budget_cell(round((row.budget or 0) * 1.05 / 1e6) * 10**6) if row.budget else None
        values["helper"] = 900000 + len(self.records)
        if values["budget"] is not None and budget is not None and any(col.role == "budget_part" for col in self.style.columns):
            values["budget_part"] = self._budget_cell(budget // 10 * 7)
            values["budget_part2"] = self._budget_cell(budget - budget // 10 * 7)
        values["no"] = len(self.records) + 1
        if row.kind == "sub_kegiatan":
            values.update(indicator="Jumlah dokumen yang disusun", target="12 Dokumen", funding="APBD")
        elif row.kind in ("program", "kegiatan"):
            values.update(indicator="Persentase capaian kinerja", target="100 %")
        return self._cells(values)

    def _cells(self, values: dict[str, object]) -> list[object]:
        """A row of cells from values by column role ('code_opd' fills the code column(s))."""
        out: list[object] = []
        for col in self.style.columns:
            value = values.get(col.role)
            if "code_opd" in values and col.role in ("code", "code0"):
                value = values["code_opd"]
            out.append(value)
        return out

    def _code(self, row: Row, group: list[Row], position: int) -> str:
        """The code as this layout writes it ('' when the row drops it)."""
        code = row.code
        if self.style.support_placeholder and code.count(".") >= 2 and code.split(".")[2] == "01":
            code = ".".join(["X", "XX"] + code.split(".")[2:])
        if code and row.kind == "sub_kegiatan" and self.style.sub_digits4_kabkota and self.level != "provinsi":
            parts = code.split(".")
            code = ".".join(parts[:5] + [parts[5].zfill(4)])
        if code and self.style.drop_code_rate and self.rng.random() < self.style.drop_code_rate and _kind_readable_without_code(row, group, position):
            return ""
        return code

    def _noisy_name(self, row: Row) -> tuple[str, str]:
        """The name with some of the variant's noise (what a hand-made plan shows), and the name read from it:
        without the kind label written before it ('Sub Kegiatan : ...')."""
        name = row.name
        if self.style.code_form == "glued":
            name = name.strip()
        if not self.style.noise_rate or self.rng.random() >= self.style.noise_rate:
            return name, name
        label = ""
        for op in self.rng.sample(self.style.noise_ops, k=min(2, len(self.style.noise_ops))):
            if op in ("trailing_space",) and self.style.code_form == "glued":
                continue
            if op == "kind_prefix":
                name, label = kind_prefix(name, row.kind), kind_prefix("", row.kind)
            elif op == "typo":
                name = typo(name, self.rng, self.vocabulary)
            else:
                name = NOISE[op](name, self.rng)
        # (a reader drops a bullet before the name, a footnote mark after it and quotes wrapping it from the name it shows)
        shown = _FOOTNOTE_MARK.sub("", _BULLET_MARK.sub("", _OUTLINE_MARK.sub("", _unquoted(_without_label(name, label)), count=1)))
        return name, _unquoted(shown)

    def _budget_cell(self, amount: int | None) -> object:
        """A Rupiah amount as this layout writes it (scaled, as number or text)."""
        if amount is None:
            return None
        value = amount // self.style.scale if amount % self.style.scale == 0 else amount / self.style.scale
        form = self.style.budget_form
        if form == "mixed":
            form = self.rng.choice(("number", "rp", "dot", "en", "rp_dash", "rp_dot"))
        if form == "number" or not isinstance(value, int):
            return value
        grouped = f"{value:,}"
        dotted = grouped.replace(",", ".")
        return {"rp": f"Rp {dotted},00", "en": grouped, "dot": dotted, "rp_dash": f"Rp {dotted},-", "rp_dot": f"Rp. {dotted}"}[form]

    def _record(self, row: Row, sheet: str, number: int) -> dict:
        """The expected records.csv row of a rendered item row."""
        code, name = self._expected
        return {"file": self.file, "sheet": sheet, "row": number, "kind": row.kind, "code": code, "name": name,
                "agency": row.agency, "location": " ".join(row.location.split()),
                "budget": "" if self._expected_budget is None else str(self._expected_budget)}


_LEVEL_NAME_ROLE = {"kegiatan": "name_kegiatan", "sub_kegiatan": "name_sub"}


def _shift_right(sheet: _Sheet) -> None:
    """Move the whole sheet one column right (an empty margin column A)."""
    sheet.rows = [[None] + list(row) if row else [] for row in sheet.rows]
    sheet.merges = [(r1, c1 + 1, r2, c2 + 1) for r1, c1, r2, c2 in sheet.merges]
    sheet.hidden_cols = tuple(col + 1 for col in sheet.hidden_cols)


def _signature_lines(government: str, year: int) -> list[str]:
    """The block a plan is signed with under its table."""
    place = " ".join(government.split()[1:]).title()
    return [f"{place}, 12 Mei {year - 1}", "KEPALA BADAN PERENCANAAN PEMBANGUNAAN DAERAH", government.upper(), "", "",
            "Dr. Ir. BUDI SANTOSO, M.Si", "Pembina Utama Muda", "NIP. 19700101 199503 1 001"]


def _starts_span(columns: tuple[Column, ...], index: int, level: int) -> bool:
    """True when column index shows its label at this header level (the first of a horizontal span)."""
    if level >= len(columns[index].path):
        return False
    return index == 0 or not _same_prefix(columns, index - 1, index, level)


# an outline number or lowercase letter the numbering noise put before a name ('1. ', 'a. ', 'b) ', '(2) '), which a
# reader drops; a bullet ('- ', '\u2022 ') and a capital ('A. ' after caps noise) stay
_OUTLINE_MARK = re.compile(r"^\s*(?:\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)])\s+(?=[^\W\d_]{2})")
_BULLET_MARK = re.compile(r"^[-\u2022]\s+")
_FOOTNOTE_MARK = re.compile(r"\s*\*\)$")


def _unquoted(name: str) -> str:
    """The name without the double quotes wrapping it whole ('"Nama ..."'), as a reader shows it."""
    inner = name[1:-1]
    return inner.strip() if len(name) > 2 and name[0] == name[-1] == '"' and '"' not in inner else name


def _without_label(name: str, label: str) -> str:
    """The name without the kind label it was given, when the label still starts it (caps, lower and nbsp noise keep it)."""
    head = name[: len(label)]
    return name[len(label) :] if label and " ".join(head.split()).lower() == " ".join(label.split()).lower() else name


def _same_prefix(columns: tuple[Column, ...], a: int, b: int, level: int) -> bool:
    """Two columns share their labels down to this level (so the label spans both)."""
    pa, pb = columns[a].path, columns[b].path
    return len(pa) > level and len(pb) > level and pa[: level + 1] == pb[: level + 1]


def _agency_groups(rows: list[Row]) -> list[tuple[str, list[Row]]]:
    """Consecutive rows of one agency, in order."""
    groups: list[tuple[str, list[Row]]] = []
    for row in rows:
        if groups and groups[-1][0] == row.agency:
            groups[-1][1].append(row)
        else:
            groups.append((row.agency, [row]))
    return groups


def _sheet_name(agency: str, used: set[str]) -> str:
    """A unique sheet name (31 characters at most) from an agency name."""
    base = agency.title()[:31].strip()
    name, n = base, 2
    while name in used:
        name = f"{base[:27]} ({n})"
        n += 1
    used.add(name)
    return name


def _opd_code(group: list[Row]) -> str:
    """An agency code ('2.15.0.00.0.00.01.0000') from the bidang of the agency's first coded row."""
    code = next((row.code for row in group if row.code.count(".") >= 1), "0.00")
    urusan, bidang = code.split(".")[:2]
    return f"{urusan}.{bidang}.0.00.0.00.01.0000"


def _code_cell(code: str, form: str) -> object:
    """A full code as one cell: text, spaced text, or a number where Excel would make one."""
    if form == "spaced":
        return " . ".join(code.split("."))
    if form == "number" and code.count(".") <= 1:
        return float(code) if "." in code else int(code)
    if form == "trailing_dot":
        return code + "."
    return code


def _split_parts(code: str, columns: int) -> dict[str, object]:
    """The code over 5 (kegiatan as 'level.number') or 6 columns, numbers typed as numbers."""
    parts = code.split(".")
    if columns == 5 and len(parts) >= 5:
        parts = parts[:3] + [f"{parts[3]}.{parts[4]}"] + parts[5:]
    values: dict[str, object] = {}
    for index, part in enumerate(parts):
        if len(part) == 4 and part.isdigit():  # a 4-digit sub kegiatan number keeps its zeros as text
            values[f"code{index}"] = part
        elif "." in part:
            values[f"code{index}"] = float(part)
        else:
            values[f"code{index}"] = int(part)
    return values


def _kind_readable_without_code(row: Row, group: list[Row], position: int) -> bool:
    """A row whose kind a reader can still tell without its code (as hand-made plans rely on)."""
    following = group[position + 1] if position + 1 < len(group) else None
    if row.kind == "program":
        return row.name.strip().lower().startswith("program")
    if row.kind == "sub_kegiatan":
        return bool(row.location)
    if row.kind == "kegiatan":
        return following is not None and following.kind == "sub_kegiatan" and bool(following.code)
    return False


# ---------------------------------------------------------------- extra sheets


def _rekap_sheet(groups: list[tuple[str, list[Row]]]) -> _Sheet:
    """A recap of the agencies (no item rows: a reader must skip it)."""
    sheet = _Sheet("Rekap", rows=[["REKAPITULASI PAGU INDIKATIF PER PERANGKAT DAERAH"], [],
                                  ["No", "Perangkat Daerah", "Jumlah Sub Kegiatan", "Pagu Indikatif (Rp)"]])
    for n, (agency, group) in enumerate(groups, 1):
        sheet.rows.append([n, agency, sum(1 for r in group if r.kind == "sub_kegiatan"),
                           sum(r.budget or 0 for r in group if r.kind == "sub_kegiatan")])
    return sheet


def _notes_sheet() -> _Sheet:
    """Notes and a funding-source legend (no item rows)."""
    return _Sheet("Catatan", rows=[
        ["Catatan:"],
        ["1. Pagu indikatif merupakan batas tertinggi anggaran (Rp)."],
        ["2. Kode program, kegiatan dan sub kegiatan mengikuti Kepmendagri 050-5889 Tahun 2021."],
        [],
        ["Kode", "Sumber Dana", "Keterangan"],
        [1, "PAD", "Pendapatan Asli Daerah"],
        [2, "DAU", "Dana Alokasi Umum"],
        [3, "DAK", "Dana Alokasi Khusus"],
    ])


def _hidden_copy(rows: list[Row]) -> _Sheet:
    """A hidden sheet with an old draft of some rows (a reader must skip hidden sheets)."""
    sheet = _Sheet("Draft Lama", rows=[["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu"]], state="hidden")
    for row in rows[:20]:
        sheet.rows.append([row.code, row.name, row.budget])
    return sheet


# ---------------------------------------------------------------- writing a variant


def _write_workbook(path: str, sheets: list[_Sheet]) -> None:
    """Write the rendered sheets with openpyxl."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for spec in sheets:
        sheet = workbook.create_sheet(spec.name)
        sheet.sheet_state = spec.state
        for row in spec.rows:
            sheet.append(row)
        for r1, c1, r2, c2 in spec.merges:
            sheet.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for col in spec.hidden_cols:
            sheet.column_dimensions[get_column_letter(col)].hidden = True
    if all(sheet.sheet_state != "visible" for sheet in workbook.worksheets):
        workbook.worksheets[0].sheet_state = "visible"
    workbook.save(path)


def _write_csv(path: str, sheet: _Sheet) -> None:
    """Write one sheet as a ';' separated UTF-8 CSV file (amounts and codes as text)."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        for row in sheet.rows:
            writer.writerow(["" if value is None else value for value in row])


def _moved_truth(truth: dict, moved: dict[Ref, Ref], files: dict[str, str]) -> dict:
    """truth.json with every reference and file name pointing at the rendered rows."""
    def ref(old: list) -> list:
        return list(moved[tuple(old)])  # type: ignore[index]

    out = dict(truth)
    out["files"] = {files[name]: meta for name, meta in truth["files"].items()}
    out["pairs"] = [{**pair, "left": files[pair["left"]], "right": files[pair["right"]]} for pair in truth["pairs"]]
    for key in ("links", "dontcare", "overlaps"):
        out[key] = [{**entry, "left": ref(entry["left"]), "right": ref(entry["right"])} for entry in truth.get(key, [])]
    return out


def make_variant(corpus_dir: str, out_dir: str, variant: str, seed: int = 7) -> str:
    """Render every plan of a labelled corpus in one variant; returns the variant's directory."""
    style = VARIANTS[variant]
    plans, truth = load_corpus(corpus_dir)
    target = os.path.join(out_dir, variant)
    os.makedirs(target, exist_ok=True)
    rng = random.Random(f"{seed}:{variant}")
    files, moved, records = {}, {}, []
    vocabulary = Counter(word.lower() for plan in plans for row in plan.rows for word in row.name.split())
    for number, plan in enumerate(plans, 1):
        file = f"lampiran_{number}_rkpd_{plan.meta.get('year') or 2024}.xlsx" if style.rename_files else plan.file
        if style.csv:
            file = os.path.splitext(file)[0] + ".csv"
        rendered = _Renderer(plan, style, file, rng, vocabulary).render()
        if style.csv:
            _write_csv(os.path.join(target, file), rendered.sheets[0])
        else:
            _write_workbook(os.path.join(target, file), rendered.sheets)
        files[plan.file] = file
        moved.update(rendered.moved)
        records.extend(rendered.records)
    with open(os.path.join(target, "records.csv"), "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["file", "sheet", "row", "kind", "code", "name", "agency", "location", "budget"])
        writer.writeheader()
        writer.writerows(records)
    with open(os.path.join(target, "truth.json"), "w", encoding="utf-8") as handle:
        json.dump(_moved_truth(truth, moved, files), handle, ensure_ascii=False, indent=1)
    return target


def main(argv: list[str] | None = None) -> int:
    """Command line: render the chosen variants (all by default) of a corpus into OUT_DIR."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("out")
    parser.add_argument("--variant", action="append", choices=sorted(VARIANTS))
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    for name in args.variant or sorted(VARIANTS):
        print(make_variant(args.corpus, args.out, name, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
