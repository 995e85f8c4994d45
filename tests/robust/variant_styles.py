"""The variants make_variants.py renders: layouts (Style) and name noise Bappeda files have and the dev corpus lacks."""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    """One rendered column: its role and its header labels from the top header row down."""

    role: str
    path: tuple[str, ...]
    hidden: bool = False


@dataclass(frozen=True)
class Style:
    """How a variant renders every plan (the knobs a real Bappeda file turns)."""

    description: str
    columns: tuple[Column, ...]
    title: str = "short"  # short | long (logo block, regulation lines, header on row 9+)
    sheets: str = "single"  # single | per_opd
    banner: str = "none"  # none | rows | code_row | title | title_split
    index_row: bool = False
    code_form: str = "text"  # text | spaced | number | glued | split
    sub_digits4_kabkota: bool = False
    budget_form: str = "number"  # number | rp | en | dot | mixed
    scale: int = 1  # 1000: amounts in thousands of Rupiah, stated in the header or the title
    scale_note: str = "header"
    parent_budgets: bool = True
    keep_urusan: bool = True
    subtotal: tuple[str, str] | None = None  # (label, column role it sits in) after each agency
    grand_total: str = ""
    blank_after_program: bool = False
    repeat_header_every: int = 0
    page_footer_every: int = 0  # a 'Halaman N' row (PDF-to-Excel conversions keep the page footers)
    signature: str = ""  # the column role holding the signing block under the table ('' = none)
    extra_sheets: tuple[str, ...] = ()  # rekap | notes | hidden_copy
    drop_code_rate: float = 0.0
    noise_rate: float = 0.0
    noise_ops: tuple[str, ...] = ()
    rename_files: bool = False
    margin: bool = False  # the table starts in column B
    merge_agency: bool = False  # the agency cell merged down over the agency's rows
    csv: bool = False  # a ';' CSV export instead of a workbook (single-sheet styles only)
    support_placeholder: bool = False  # support programs keep the nomenclature's X.XX bidang


def _cols(*specs: tuple) -> tuple[Column, ...]:
    """Columns from (role, label-or-path[, hidden]) tuples."""
    out = []
    for spec in specs:
        path = spec[1] if isinstance(spec[1], tuple) else (spec[1],)
        out.append(Column(spec[0], path, len(spec) > 2 and spec[2]))
    return tuple(out)


_SPLIT5 = [("code0", ("Kode", "Urusan")), ("code1", ("Kode", "Bidang")), ("code2", ("Kode", "Program")),
           ("code3", ("Kode", "Kegiatan")), ("code4", ("Kode", "Sub Kegiatan"))]
_SPLIT6 = [("code0", ("Kode Rekening", "U")), ("code1", ("Kode Rekening", "BU")), ("code2", ("Kode Rekening", "P")),
           ("code3", ("Kode Rekening", "Level")), ("code4", ("Kode Rekening", "K")), ("code5", ("Kode Rekening", "SK"))]

VARIANTS: dict[str, Style] = {
    "wording_shuffle": Style(
        "other header wordings, shuffled columns, long title block (header on row 9), Rp text budgets, "
        "'Jumlah' subtotals, blank rows, recap and notes sheets, files without government names",
        _cols(("name", "Uraian Urusan/Bidang/Program/Kegiatan/Sub Kegiatan"), ("code", "Kode Rekening"),
              ("budget", "Pagu Indikatif (Rp)"), ("location", "Lokasi Kegiatan"), ("indicator", "Indikator Kinerja"),
              ("target", "Target"), ("funding", "Sumber Dana"), ("agency", "Perangkat Daerah Penanggung Jawab")),
        title="long", budget_form="rp", subtotal=("Jumlah", "name"), grand_total="JUMLAH TOTAL", signature="name",
        page_footer_every=50,
        blank_after_program=True, extra_sheets=("rekap", "notes"), rename_files=True,
        noise_rate=0.15, noise_ops=("double_space", "trailing_space", "caps"),
    ),
    "caps_english": Style(
        "upper-case English headers, spaced codes ('1 . 02 . 02'), '1,250,000,000' budgets, 'TOTAL' in the "
        "code column, header repeated every 40 rows, ALL CAPS names and trailing dots",
        _cols(("no", "NO"), ("code", "CODE"), ("name", "PROGRAM / ACTIVITY / SUB-ACTIVITY NAME"), ("location", "LOCATION"),
              ("indicator", "OUTPUT INDICATOR"), ("target", "TARGET"), ("budget", "BUDGET (IDR)"),
              ("funding", "FUNDING SOURCE"), ("agency", "RESPONSIBLE AGENCY")),
        code_form="spaced", budget_form="en", subtotal=("TOTAL", "code"), repeat_header_every=40,
        noise_rate=0.25, noise_ops=("caps", "trailing_dot", "kind_prefix"), index_row=True, drop_code_rate=0.05,
    ),
    "merged_thousands": Style(
        "3-row merged header with 'Rencana Tahun 2024' and 'Prakiraan Maju' groups, budgets in thousands "
        "('dalam ribuan rupiah' in the header), empty parent budgets, 'Unit Organisasi' banners, hidden "
        "previous-year budget column, 4-digit sub kegiatan codes in kab/kota plans",
        _cols(("code", "Kode"), ("name", "Nomenklatur Urusan, Program, Kegiatan dan Sub Kegiatan"),
              ("prev_budget", ("Pagu Indikatif 2023 (Rp)",), True),
              ("indicator", ("Rencana Tahun 2024", "Indikator Kinerja", "Tolok Ukur")),
              ("target", ("Rencana Tahun 2024", "Indikator Kinerja", "Target")),
              ("location", ("Rencana Tahun 2024", "Lokasi")),
              ("budget", ("Rencana Tahun 2024", "Pagu Indikatif (dalam ribuan rupiah)")),
              ("funding", ("Rencana Tahun 2024", "Sumber Dana")),
              ("forward", ("Prakiraan Maju Tahun 2025", "Pagu Indikatif")),
              ("agency", "Perangkat Daerah")),
        index_row=True, scale=1000, parent_budgets=False, banner="rows", sub_digits4_kabkota=True,
        extra_sheets=("hidden_copy",), noise_rate=0.1, noise_ops=("lanjutan", "abbrev"),
    ),
    "split_codes": Style(
        "code split over six labelled columns (U | BU | P | Level | K | SK) typed as numbers, SIPD agency "
        "rows (agency code in the code column), '1.250.000.000' budgets, 'Sub Total' rows, one sheet per "
        "OPD, title block naming the OPD",
        _cols(*_SPLIT6, ("name", "Nama Program / Kegiatan / Sub Kegiatan"), ("indicator", "Indikator"),
              ("location", "Lokasi"), ("target", "Target Kinerja"), ("budget", "Pagu (Rp)"), ("funding", "Sumber Pendanaan")),
        code_form="split", budget_form="dot", sheets="per_opd", banner="title", subtotal=("Sub Total", "code0"),
        keep_urusan=False, noise_rate=0.2, noise_ops=("abbrev", "typo", "double_space"),
    ),
    "split5_labelled": Style(
        "code split over five labelled columns (Urusan | Bidang | Program | Kegiatan | Sub Kegiatan) under a "
        "merged 'Kode', agency in SIPD code rows, budgets in thousands stated in the title",
        _cols(*_SPLIT5, ("name", "Uraian"), ("location", "Lokasi"), ("budget", "Pagu Indikatif"), ("funding", "Sumber Dana")),
        code_form="split", banner="code_row", scale=1000, scale_note="title", title="long",
        budget_form="mixed", grand_total="TOTAL", noise_rate=0.1, noise_ops=("caps", "lanjutan"),
        page_footer_every=45, signature="budget",
    ),
    "glued_noisy": Style(
        "codes glued to the names (no code column), missing codes, abbreviations, '(Lanjutan)', double "
        "spaces, trailing dots, typos, ALL CAPS, one sheet per OPD with the OPD in split title cells, "
        "mixed budget text, notes sheet",
        _cols(("no", "No."), ("name", "Program/Kegiatan/Sub Kegiatan"), ("location", "Lokasi"),
              ("budget", "Pagu Indikatif (Rp)"), ("funding", "Sumber Dana"), ("helper", "id_sub_bl", True)),
        code_form="glued", sheets="per_opd", banner="title_split", budget_form="mixed", keep_urusan=False,
        drop_code_rate=0.08, extra_sheets=("notes",), blank_after_program=True,
        noise_rate=0.35, noise_ops=("abbrev", "lanjutan", "double_space", "trailing_dot", "typo", "caps"),
    ),
    "indented_names": Style(
        "names in one column per level (Urusan/Bidang/Program | Kegiatan | Sub Kegiatan), 'Lokus', 'Kebutuhan "
        "Dana', 'Satuan Kerja Perangkat Daerah', 'Rp 1.250.000.000,-' budgets, codes typed as numbers where "
        "Excel would, missing codes, non-breaking spaces",
        _cols(("code", "Kode"), ("name_program", "Urusan/Bidang/Program"), ("name_kegiatan", "Kegiatan"),
              ("name_sub", "Sub Kegiatan"), ("location", "Lokus"), ("budget", "Kebutuhan Dana"),
              ("agency", "Satuan Kerja Perangkat Daerah")),
        code_form="number", budget_form="rp_dash", drop_code_rate=0.1, subtotal=("Jumlah", "name_program"),
        noise_rate=0.25, noise_ops=("nbsp", "lower", "trailing_dot", "kind_prefix"),
    ),
    "deep_header_millions": Style(
        "4-row merged header (Rencana Tahun 2024 > Indikator Kinerja > Capaian > Tolok Ukur/Target), budgets in "
        "millions ('dalam jutaan rupiah'), 'Rp. 1.250' text, codes with a trailing dot, 'Sub Total' in the name",
        _cols(("no", "No"), ("code", "Kode"), ("name", "Program / Kegiatan / Sub Kegiatan"),
              ("indicator", ("Rencana Tahun 2024", "Indikator Kinerja", "Capaian Program", "Tolok Ukur")),
              ("target", ("Rencana Tahun 2024", "Indikator Kinerja", "Capaian Program", "Target")),
              ("location", ("Rencana Tahun 2024", "Lokasi")),
              ("budget", ("Rencana Tahun 2024", "Pagu Indikatif (dalam jutaan rupiah)")),
              ("agency", "OPD Penanggung Jawab")),
        code_form="trailing_dot", budget_form="rp_dot", scale=1_000_000, subtotal=("Sub Total", "name"),
        index_row=True, repeat_header_every=60, noise_rate=0.15, noise_ops=("abbrev", "typo", "caps", "newline", "indent"),
        signature="name", page_footer_every=30,
    ),
    "csv_export": Style(
        "a ';' CSV export: no merges, the code split over five unlabelled columns right of 'Kode', Indonesian "
        "number text, upper-case header, 'TOTAL' row",
        _cols(("code0", "KODE"), ("code1", ""), ("code2", ""), ("code3", ""), ("code4", ""),
              ("name", "URUSAN/BIDANG URUSAN/PROGRAM/KEGIATAN/SUB KEGIATAN"), ("location", "LOKASI"),
              ("budget", "PAGU INDIKATIF (RP)"), ("funding", "SUMBER DANA"), ("agency", "PERANGKAT DAERAH")),
        code_form="split", budget_form="rp", csv=True, grand_total="TOTAL", noise_rate=0.1, noise_ops=("caps", "double_space"),
    ),
    "margin_merged_placeholder": Style(
        "table from column B, the agency cell merged down over each agency block, support programs coded with "
        "the nomenclature's X.XX placeholder, header with line breaks",
        _cols(("code", "Kode\nRekening"), ("name", "Program /\nKegiatan /\nSub Kegiatan"), ("location", "Lokasi"),
              ("budget", "Pagu\nIndikatif\n(Rp)"), ("agency", "Perangkat\nDaerah")),
        margin=True, merge_agency=True, support_placeholder=True, blank_after_program=True,
        noise_rate=0.1, noise_ops=("trailing_space", "lanjutan"),
    ),
    "annotated_names": Style(
        "names as typed in hand-made lists: row numbers or bullets in front ('a.', '2)', '\u2022'), quotes around, funding, "
        "year or phase notes after ('(DAK)', '- APBD', 'Tahun 2024', 'Tahap II', '*)'), two letters swapped",
        _cols(("code", "Kode"), ("name", "Program/Kegiatan/Sub Kegiatan"), ("location", "Lokasi"),
              ("budget", "Pagu Indikatif (Rp)"), ("agency", "Perangkat Daerah")),
        noise_rate=0.3, noise_ops=("numbering", "quotes", "note", "swap"),
    ),
    "funding_breakdown": Style(
        "codes in a column labelled 'No.', the ceiling broken down by funding source under a merged 'Pagu "
        "Indikatif' (APBD | DAK | Jumlah), budgets as plain numbers, 'Kegiatan :' prefixes",
        _cols(("code", "No."), ("name", "Uraian"), ("location", "Lokasi"),
              ("budget_part", ("Pagu Indikatif (Rp)", "APBD")), ("budget_part2", ("Pagu Indikatif (Rp)", "DAK")),
              ("budget", ("Pagu Indikatif (Rp)", "Jumlah")), ("agency", "Perangkat Daerah")),
        subtotal=("JUMLAH", "name"), noise_rate=0.15, noise_ops=("kind_prefix", "caps"),
    ),
}

ABBREVIATIONS = (
    ("Pembangunan", "Pemb."), ("Peningkatan", "Peningk."), ("Pengembangan", "Pengemb."),
    ("Kabupaten/Kota", "Kab/Kota"), ("Provinsi", "Prov."), (" dan ", " & "), ("Penyelenggaraan", "Penyel."),
    ("Koordinasi", "Koord."), ("Pengelolaan", "Pengel."), ("Fasilitasi", "Fasil."),
)


def _abbreviate(name: str, rng: random.Random) -> str:
    """Abbreviate one word the way hand-made plans do."""
    options = [(long, short) for long, short in ABBREVIATIONS if long.lower() in name.lower()]
    if not options:
        return name
    long, short = rng.choice(options)
    return re.sub(re.escape(long), short, name, count=1, flags=re.IGNORECASE)


def typo(name: str, rng: random.Random, vocabulary: Counter) -> str:
    """Drop one inner letter of a long, common word (never the first word, which may say 'Program').

    Only words the corpus spells the same way 3+ times: a word that is already a typo is not mistyped again.
    """
    words = name.split(" ")
    candidates = [i for i, word in enumerate(words) if i > 0 and len(word) >= 8 and word.isalpha() and vocabulary[word.lower()] >= 3]
    if not candidates:
        return name
    i = rng.choice(candidates)
    word = words[i]
    cut = rng.randrange(2, len(word) - 2)
    words[i] = word[:cut] + word[cut + 1 :]
    return " ".join(words)


def _double_space(name: str, rng: random.Random) -> str:
    """Two spaces where one was."""
    spaces = [i for i, char in enumerate(name) if char == " "]
    if not spaces:
        return name
    i = rng.choice(spaces)
    return name[:i] + " " + name[i:]


def _swap_letters(name: str, rng: random.Random) -> str:
    """Swap two neighbouring inner letters of one long word (never the first word): the commonest keyboard slip."""
    words = name.split(" ")
    candidates = [i for i, word in enumerate(words) if i > 0 and len(word) >= 8 and word.isalpha()]
    if not candidates:
        return name
    i = rng.choice(candidates)
    word = words[i]
    k = rng.randrange(1, len(word) - 3)
    words[i] = word[:k] + word[k + 1] + word[k] + word[k + 2 :]
    return " ".join(words)


NOISE = {
    "caps": lambda name, rng: name.upper(),
    "trailing_dot": lambda name, rng: name.rstrip() + ".",
    "trailing_space": lambda name, rng: name + " ",
    "lanjutan": lambda name, rng: name.rstrip() + " (Lanjutan)",
    "abbrev": _abbreviate,
    "double_space": _double_space,
    "nbsp": lambda name, rng: name.replace(" ", "\u00a0", 1),
    "lower": lambda name, rng: name.lower(),
    "newline": lambda name, rng: _double_space(name, rng).replace("  ", "\n", 1),
    "indent": lambda name, rng: "   " + name,
    "numbering": lambda name, rng: rng.choice(["1. ", "a. ", "b) ", "(2) ", "- ", "\u2022 "]) + name,
    "quotes": lambda name, rng: f'"{name}"',
    "note": lambda name, rng: name + rng.choice([" (DAK)", " - APBD", " (Tahun 2024)", " Tahap II", " (DAK Fisik)", " *)"]),
    "swap": _swap_letters,
}


def kind_prefix(name: str, kind: str) -> str:
    """'Kegiatan : ...' / 'Sub Kegiatan : ...' as some hand-made plans write."""
    return {"kegiatan": "Kegiatan : ", "sub_kegiatan": "Sub Kegiatan : "}.get(kind, "") + name
