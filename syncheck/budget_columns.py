"""Which column a sheet's budget comes from when its header names several budget columns."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Iterable

from .codes import parse_cell_code
from .header_labels import clean_label, role_of
from .source_ceilings import sources_apart, sum_of_sources
from .values import is_filled, parse_budget

_YEAR = re.compile(r"\b(20\d\d)\b")
_EXPLICIT_AFTER = re.compile(r"\b(?:setelah|sesudah|menjadi)\b", re.IGNORECASE)
# 'P-APBD' is the APBD Perubahan ('APBD | P-APBD'); 'APBD-P' is not, being also the provincial APBD
_CHANGED = re.compile(r"\bperubahan\b|\bp\s*-?\s*apbd\b", re.IGNORECASE)
_BEFORE = re.compile(r"\b(?:sebelum|semula|murni)\b", re.IGNORECASE)
# 'Pagu Awal | Pagu Akhir' is a plan change only as a pair: alone, 'akhir' is the end of a period ('Target Akhir
# Periode Renstra', 'Kondisi Kinerja pada Akhir Periode'), whose columns are no change of this year's plan
_FIRST, _LAST = re.compile(r"\bawal\b", re.IGNORECASE), re.compile(r"\bakhir\b", re.IGNORECASE)
_PERIOD = re.compile(r"\bperiode\b|\brenstra\b|\brpjmd?\b|\brancangan\b", re.IGNORECASE)
_NEWER = re.compile(r"\bbaru\b|\bkepmendagri\b|\bterbaru\b|\bnew\b", re.IGNORECASE)
_OLDER = re.compile(r"\blama\b|\bpermendagri\b|\bold\b", re.IGNORECASE)
# three dotted numbers or more: a whole code of some numbering ('1.03.03.15' of Permendagri 13), never a piece of a split code
_DOTTED = re.compile(r"\s*\d{1,4}(?:\s*\.\s*\d{1,4}){2,}\s*")
_CEILING = re.compile(r"pagu|anggaran|ceiling", re.IGNORECASE)
# a disbursement plan ('Anggaran Kas' by quarter) spreads the ceiling over the year: it is not the ceiling
_CASH_PLAN = re.compile(r"anggaran\s+kas|\btriwulan\b|\btw\.?\s*(?:i{1,3}|iv|[1-4])\b|\bsemester\b", re.IGNORECASE)
_PROPOSAL = re.compile(r"\busulan\b|\bdiusulkan\b|\bpermintaan\b|\bajuan\b|\bproposed\b", re.IGNORECASE)
# the stages of an RKPD, in order: a stage's amounts replace the ones before (Permendagri 86/2017)
_STAGES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"\brancangan\s+awal\b|\branwal\b",
        r"\bforum\b",
        r"\bmusrenbang\b",
        r"\brancangan\s+akhir\b|\branhir\b",
        r"\bpenetapan\b|\bditetapkan\b|\bperkada\b|\bper(?:bup|wali|gub)\b|\bperda\b|\bfinal\b",
    )
)
# the plan level a budget label names ('Pagu Kegiatan', SIPD's 'pagu_giat'), deepest first: 'sub kegiatan' holds 'kegiatan'
_LEVELS = (
    ("sub_kegiatan", re.compile(r"\bsub\s*-?\s*(?:kegiatan|giat|keg)\b|\bsub(?:kegiatan|giat)\b", re.IGNORECASE)),
    ("kegiatan", re.compile(r"\b(?:kegiatan|giat|keg)\b", re.IGNORECASE)),
    ("program", re.compile(r"\b(?:program|prog)\b", re.IGNORECASE)),
    ("bidang", re.compile(r"\bbidang\b", re.IGNORECASE)),
    ("urusan", re.compile(r"\burusan\b", re.IGNORECASE)),
)
_DEPTH = {level: len(_LEVELS) - index for index, (level, _pattern) in enumerate(_LEVELS)}
_TOTAL_LABEL = re.compile(r"^\s*(jumlah|total|sub\s*total)\b", re.IGNORECASE)
_TOTAL_WORD = re.compile(r"\b(?:jumlah|total)\b", re.IGNORECASE)
_FUNDING_PART = re.compile(
    r"\b(?:apbd|apbn|dak|dau|dbh|did|pad|blud|bok|bankeu|bantuan|dana|hibah|pinjaman|csr|swasta|lain|lainnya"
    r"|fisik|non\s*fisik|transfer|otsus|dais|dbhcht|belanja|btt|pusat|provinsi|prov|kabupaten|kab|kota)\b",
    re.IGNORECASE,
)
# the kinds of spending a budget splits into ('Belanja Operasi | Belanja Modal'), 'belanja' itself being a _FUNDING_PART
_SPENDING_KIND = re.compile(
    r"\b(?:operasi|modal|tidak\s+terduga|pegawai|barang(?:\s+dan\s+jasa)?|jasa|sosial|subsidi)\b", re.IGNORECASE
)
#: a label naming where money comes from ('APBD Kab/Kota', 'Bankeu Provinsi', 'DAK Fisik'): a budget part, never a place
FUNDING_SOURCE = re.compile(
    r"^\s*(?:apbd|apbn|apbdes|dak|dau|dbh|dbhcht|did|pad|blud|bok|bos|bankeu|bantuan\s+keuangan|hibah|pinjaman|csr|otsus|dais"
    r"|dana\s+(?:desa|kelurahan|transfer|alokasi|bagi|insentif|otonomi|keistimewaan))\b",
    re.IGNORECASE,
)


# a ceiling named after its funding source ('Pagu Otsus', 'Anggaran DAK', 'Dana DAU'), beside the general 'Pagu Indikatif'
_SOURCE_CEILING = re.compile(r"^\s*(?:pagu|anggaran|dana)\s+(?=\S)", re.IGNORECASE)
_SHORT_SOURCE = re.compile(r"^\s*bkk?\b", re.IGNORECASE)  # 'Pagu BK' (Bantuan Keuangan), 'BKK' (Khusus): no source alone elsewhere


def _source_ceiling(label: str) -> bool:
    """True for a budget label naming one funding source's money ('Pagu Otsus (Rp)', 'Anggaran DAK', 'Pagu BK', 'DAU')."""
    rest = _SOURCE_CEILING.sub("", label, count=1)
    return bool(FUNDING_SOURCE.match(label) or FUNDING_SOURCE.match(rest) or (rest != label and _SHORT_SOURCE.match(rest)))


def is_budget_part(label: str) -> bool:
    """True for a label naming a budget's funding source ('APBD', 'DAK Fisik', 'Bankeu') or its total ('Jumlah', 'Total')."""
    return bool(FUNDING_SOURCE.match(label) or _TOTAL_LABEL.match(label))


def under_budget_label(above: tuple[object, ...], col: int) -> bool:
    """True when the row above holds a budget label over a column, or left of it with only empty cells between
    (a group label merged across or written once over its parts)."""
    for upper in reversed(above[: col + 1]):
        if upper is not None:
            return isinstance(upper, str) and role_of(clean_label(upper)) == "budget"
    return False


def spread_group_labels(grid: list[list[str]]) -> list[list[str]]:
    """A budget label written once over its funding-source parts without a merge ('Pagu (Rp)' over APBD | DAK | Jumlah,
    the cells right of it empty): each part's column takes it, as a merged label's would."""
    for upper, lower in zip(grid, grid[1:]):
        for col in range(1, min(len(upper), len(lower))):
            left = upper[col - 1]
            if not upper[col] and left and role_of(left) == "budget" and is_budget_part(lower[col]) and is_budget_part(lower[col - 1]):
                upper[col] = left
    return grid


#: roles whose 'Semula | Menjadi' columns hold the same thing before and after a plan change
#: roles a year group repeats with the budget ('Tahun 2024' over Lokasi | Target | Pagu): read from the budget's group
_PER_YEAR = ("location", "target", "funding")
_CHANGEABLE = ("budget", "location", "target", "indicator", "funding", "agency", "code", "name")


#: a rule that keeps some of several budget columns (all of them when it has nothing to say), given their labels
Narrower = Callable[[list[int], dict[int, str]], list[int]]


@dataclass(frozen=True)
class BudgetChoice:
    """The budget columns a sheet reads: one column, or funding-source parts added up."""

    columns: tuple[int, ...] = ()
    summed: bool = False
    passed_over: tuple[int, ...] = ()  # other budget columns left, when the choice was a guess
    hidden: tuple[int, ...] = ()  # a column hidden in Excel that would have been read, left for a visible one
    shifted: bool = False  # the amounts sit in one column or the next, never both (a PDF conversion's shift): each row's filled one
    # the earlier stage's column ('Pagu Murni' beside the chosen 'Pagu Perubahan'): a row whose chosen cell is empty reads it,
    # as plans fill the later stage only on the rows whose budget changed
    earlier: int | None = None
    # the funding-source parts beside a chosen total ('APBD | DAK | Total'): a row whose total cell is empty reads their sum
    parts: tuple[int, ...] = ()
    # the general ceiling added to funding-source columns ('Pagu Indikatif' + 'Pagu Otsus'), as some row fills a source and not it
    general: int | None = None
    quarters: bool = False  # the columns are the quarters (or halves) of the year's amount, with no column of the year's: added up


def prefer_after_change(roles: dict[int, str], labels: dict[int, str], body: tuple[tuple[object, ...], ...] = (),
                        hidden: frozenset[int] = frozenset()) -> dict[int, str]:
    """In an RKPD Perubahan, each role reads its after-change column ('Setelah Perubahan', 'Menjadi'); codes in two
    nomenclatures ('Kode Lama | Kode Baru', 'Kode 2020 | Kode 2023', a hidden 'Kode' beside a visible one), each column
    holding whole codes, read the newer."""
    for role in _CHANGEABLE:
        cols = [col for col, value in roles.items() if value == role]
        keep = _after_change(cols, labels)
        if role == "code" and keep == cols and _both_whole_codes(cols, body):
            keep = _newer_codes(cols, labels, hidden)
        if keep != cols:
            roles = {col: value for col, value in roles.items() if value != role or col in keep}
    return roles


def of_budget_year(roles: dict[int, str], labels: dict[int, str], budget: tuple[int, ...], plan_year: int | None) -> dict[int, str]:
    """With year groups side by side ('Tahun 2024' and 'Tahun 2025', each over Lokasi | Target | Pagu), the place,
    target and funding columns of the budget's year: another year's place is not where this year's money goes."""
    years = {year for col in budget for year in _YEAR.findall(labels.get(col, ""))}
    year = years.pop() if len(years) == 1 else str(plan_year) if plan_year and not years else None
    if year is None:
        return roles
    for role in _PER_YEAR:
        cols = [col for col, value in roles.items() if value == role]
        dated = {col: _YEAR.findall(labels.get(col, "")) for col in cols} if len(cols) > 1 else {}
        if any(year in found for found in dated.values()):
            roles = {col: value for col, value in roles.items() if not dated.get(col) or year in dated[col]}
    return roles


def _both_whole_codes(cols: list[int], body: tuple[tuple[object, ...], ...]) -> bool:
    """True for two columns that each hold a program, kegiatan or sub kegiatan code on three rows or more of the same rows
    (a code split over columns holds a part in each)."""
    if len(cols) != 2:
        return False
    rows = sum(1 for row in body if all(_whole_code(row[col] if col < len(row) else None) for col in cols))
    return rows >= 3


def _whole_code(value: object) -> bool:
    """True for a cell holding a code of three segments or more (of today's nomenclature or an earlier one)."""
    code = parse_cell_code(value)
    return (code is not None and len(code.segments) >= 3) or (isinstance(value, str) and _DOTTED.fullmatch(value) is not None)


def _newer_codes(cols: list[int], labels: dict[int, str], hidden: frozenset[int] = frozenset()) -> list[int]:
    """Of two code columns, the one its label names the newer ('Baru', 'Kepmendagri', the later year), else the visible
    one beside a hidden one (the numbering kept out of sight), else both."""
    if len(cols) != 2:
        return cols
    texts = [labels.get(col, "") for col in cols]
    years = [max(map(int, _YEAR.findall(text)), default=0) for text in texts]
    ranks = [2 if _NEWER.search(text) else 0 if _OLDER.search(text) else 1 for text in texts]
    for values in (ranks, years, [col not in hidden for col in cols]):
        if values[0] != values[1]:
            return [cols[values.index(max(values))]]
    return cols


def _after_change(cols: list[int], labels: dict[int, str]) -> list[int]:
    """The after-change columns of one role, or all of them when the header shows no change."""
    if len(cols) < 2:
        return cols
    explicit = [col for col in cols if _EXPLICIT_AFTER.search(labels.get(col, ""))] or _last_of_pair(cols, labels)
    if explicit:
        return explicit
    changed = [col for col in cols if _CHANGED.search(labels.get(col, "")) and not _BEFORE.search(labels.get(col, ""))]
    return changed if changed and len(changed) < len(cols) else cols


def _last_of_pair(cols: list[int], labels: dict[int, str]) -> list[int]:
    """The 'Akhir' columns when others of the role say 'Awal' (and none names a period or a draft), else none."""
    texts = {col: labels.get(col, "") for col in cols}
    if any(_PERIOD.search(text) for text in texts.values()) or not any(_FIRST.search(text) for text in texts.values()):
        return []
    return [col for col, text in texts.items() if _LAST.search(text) and not _FIRST.search(text)]


def choose_budget(
    roles: dict[int, str],
    labels: dict[int, str],
    plan_year: int | None,
    body: tuple[tuple[object, ...], ...],
    hidden: frozenset[int] = frozenset(),
    stages: tuple[int, ...] = (),
) -> tuple[dict[int, str], BudgetChoice]:
    """Narrow the budget columns to the one a sheet reads (or to funding-source parts to add up).

    A column hidden in Excel (a stale 'Pagu' kept out of sight) is read only when no visible one would be. ``stages``: the
    budget columns before the after-change ones were kept, among which the chosen column's earlier stage is looked for.
    """
    cols = [col for col, role in sorted(roles.items()) if role == "budget"]
    labels = {col: label.replace("_", " ") for col, label in labels.items()}  # snake_case exports: 'pagu_murni', 'pagu_giat'
    # (the narrowers that never pick one stage of an amount over another, then the ones that do)
    same = (_plan_year_columns(plan_year), _ceiling_columns, _own_level_columns(roles), _outside_source_parts, _final_columns)
    narrowers = (*same, _latest_stage_columns, _unchanged_columns)
    choice = _choose(cols, labels, narrowers, body)
    visible = [col for col in cols if col not in hidden]
    if not choice.summed and visible and hidden.intersection(choice.columns):
        choice = replace(_choose(visible, labels, narrowers, body), hidden=choice.columns)
    choice = _shifted(choice, roles, labels, body)
    if len(choice.columns) == 1 and not choice.summed:
        others = [col for col in sorted({*stages, *cols}) if col not in hidden]
        choice = replace(choice, earlier=_earlier_stage(choice.columns[0], others, labels, same))
        choice = _with_level_columns(choice, [col for col in cols if col not in hidden], roles, labels)
    kept = {col: role for col, role in roles.items() if role != "budget" or col in choice.columns}
    return kept | dict.fromkeys(choice.columns, "budget"), choice


def _earlier_stage(chosen: int, cols: list[int], labels: dict[int, str], same: tuple[Narrower, ...]) -> int | None:
    """The column holding the chosen one's amounts a stage earlier ('Pagu Murni' for 'Pagu Perubahan', 'APBD' for 'P-APBD',
    'Pagu Awal' for 'Pagu Akhir', 'Hasil Forum' for 'Hasil Musrenbang'), or None: one a stage rule alone leaves for the
    chosen one (the same plan level, year and kind of amount), the latest of several."""
    def earlier(col: int) -> bool:
        pair = sorted((col, chosen))
        return all(narrow(pair, labels) == pair for narrow in same) and any(
            rule(pair, labels) == [chosen] for rule in (_after_change, _latest_stage_columns, _unchanged_columns))

    found = [col for col in cols if col != chosen and earlier(col)]
    if len(found) > 1:
        found = _latest_stage_columns(found, labels)
    return found[0] if len(found) == 1 else None


def _shifted(choice: BudgetChoice, roles: dict[int, str], labels: dict[int, str], body: tuple[tuple[object, ...], ...]) -> BudgetChoice:
    """The chosen column with the one beside it when the amounts of some rows sit there instead (never in both): a column
    under the same label (a merged header) on either side, or one right of it without a label or role, holding amounts on
    three rows or more."""
    if choice.summed or len(choice.columns) != 1:
        return choice
    chosen = choice.columns[0]
    label = labels.get(chosen, "").strip()
    merged = [col for col in (chosen - 1, chosen + 1) if col in choice.passed_over and labels.get(col, "").strip() == label]
    unlabelled = [chosen + 1] if chosen + 1 not in roles and not labels.get(chosen + 1, "").strip() else []
    for beside in merged or unlabelled:
        both = any(_amount_at(row, chosen) and _amount_at(row, beside) for row in body)
        if not both and sum(1 for row in body if _amount_at(row, beside)) >= 3:
            others = tuple(col for col in choice.passed_over if col != beside)
            return replace(choice, columns=tuple(sorted((chosen, beside))), passed_over=others, shifted=True)
    return choice


def _amount_at(row: tuple[object, ...], col: int) -> bool:
    """True when a row's cell in a column holds an amount."""
    return col < len(row) and row[col] is not None and parse_budget(row[col])[0] is not None


def _choose(cols: list[int], labels: dict[int, str], narrowers: tuple[Narrower, ...], body: tuple[tuple[object, ...], ...]) -> BudgetChoice:
    """The budget column (or funding-source parts) among some budget columns."""
    for narrow in narrowers:
        if len(cols) > 1:
            cols = narrow(cols, labels)
    return _parts_or_one(cols, labels, body) if len(cols) > 1 else BudgetChoice(tuple(cols))


def _plan_year_columns(plan_year: int | None):
    """With budget columns of several years ('Pagu 2024', 'Pagu 2025'), the plan year's columns."""

    def narrow(cols: list[int], labels: dict[int, str]) -> list[int]:
        if not plan_year:
            return cols
        years = {col: _YEAR.findall(labels.get(col, "")) for col in cols}
        keep = [col for col in cols if str(plan_year) in years[col]]
        # no column names the plan year: one dated another year ('Pagu 2024' in RKPD 2025) is not the plan's
        return keep or [col for col in cols if not years[col]] or cols

    return narrow


def _ceiling_columns(cols: list[int], labels: dict[int, str]) -> list[int]:
    """The indicative ceiling (Pagu / Anggaran) over other amounts ('Nilai', 'Kebutuhan Dana', 'Anggaran Kas TW I')."""
    return [col for col in cols if _CEILING.search(labels.get(col, "")) and not _CASH_PLAN.search(labels.get(col, ""))] or cols


def _label_level(label: str) -> str | None:
    """The deepest plan level a label names ('Pagu Kegiatan' -> 'kegiatan'), or None."""
    return next((level for level, pattern in _LEVELS if pattern.search(label)), None)


def _own_level_columns(roles: dict[int, str]) -> Narrower:
    """The rows' own level's budget over a parent level's ('Pagu Program | Pagu Kegiatan | Pagu Sub Kegiatan' on each sub
    kegiatan row, SIPD's 'pagu_giat | pagu'): the deepest level the header's level columns or the budget labels name."""

    def narrow(cols: list[int], labels: dict[int, str]) -> list[int]:
        named = {col: _label_level(labels.get(col, "")) for col in cols}
        levels = [*named.values(), *(role.split("_", 1)[1] for role in roles.values() if role.startswith(("code_", "name_")))]
        deepest = max((_DEPTH.get(level, 0) for level in levels if level), default=0)
        return [col for col in cols if not named[col] or _DEPTH[named[col]] == deepest] or cols

    return narrow


def _with_level_columns(choice: BudgetChoice, cols: list[int], roles: dict[int, str], labels: dict[int, str]) -> BudgetChoice:
    """The chosen column with its siblings when they are each one level's amounts under one label ('Pagu Indikatif'
    over 'Program/Kegiatan' | 'Sub Kegiatan'): every row reads its own level's (row_fields). A flat layout's row is a
    sub kegiatan, whose parents' pagu beside it is no amount of its own."""
    if any(role.startswith(("code_", "name_")) for role in roles.values()):
        return choice
    parent = labels.get(choice.columns[0], "").rpartition(" / ")[0]
    levels = level_columns([col for col in cols if labels.get(col, "").rpartition(" / ")[0] == parent], labels)
    if choice.columns[0] not in levels.get("", ()):
        return choice
    return replace(choice, columns=tuple(sorted(levels[""])), passed_over=tuple(col for col in choice.passed_over if col not in levels[""]))


#: what a level's sub-header holds besides its levels ('Program/Kegiatan', 'Sub Kegiatan (Rp)')
_LEVEL_REST = re.compile(r"[\s/,&().\-]+|\b(?:dan|rp|pagu)\b", re.IGNORECASE)
_LEVEL_WORDS = (
    ("sub_kegiatan", re.compile(r"\bsub\s*-?\s*kegiatan\b", re.IGNORECASE)),
    ("kegiatan", re.compile(r"\bkegiatan\b", re.IGNORECASE)),
    ("program", re.compile(r"\bprogram\b", re.IGNORECASE)),
)


def level_columns(cols: tuple[int, ...] | list[int], labels: dict[int, str]) -> dict[str, tuple[int, ...]]:
    """For budget columns under one label whose sub-headers name levels and nothing else ('Program/Kegiatan' | 'Sub Kegiatan',
    'Program' | 'Kegiatan' | 'Sub Kegiatan'): level -> the columns to read a row of it from, its own first, then the others
    deepest first ('' for a row of no known level: deepest first); {} for other columns."""
    parents = {labels.get(col, "").rpartition(" / ")[0].strip().lower() for col in cols}
    if len(cols) < 2 or len(parents) != 1 or "" in parents:
        return {}
    named = {col: _levels_named(labels.get(col, "").rpartition(" / ")[2]) for col in cols}
    if not all(named.values()) or sum(map(len, named.values())) != len(set().union(*named.values())):
        return {}  # (a level named twice: no column of its own)
    deepest = sorted(cols, key=lambda col: -max(_DEPTH[level] for level in named[col]))
    out = {level: (col, *(other for other in deepest if other != col)) for col, found in named.items() for level in found}
    return out | {"": tuple(deepest)}


def _levels_named(leaf: str) -> set[str]:
    """The levels a sub-header names when it names levels only ('Program/Kegiatan' -> program, kegiatan), else none."""
    found = set()
    for level, pattern in _LEVEL_WORDS:
        leaf, count = pattern.subn(" ", leaf)
        found |= {level} if count else set()
    return found if not _LEVEL_REST.sub("", leaf) else set()


def _latest_stage_columns(cols: list[int], labels: dict[int, str]) -> list[int]:
    """Of the amounts of several planning stages ('Rancangan Awal | Hasil Forum Perangkat Daerah | Hasil Musrenbang',
    'Rancangan Awal RKPD | Rancangan Akhir RKPD'), the latest stage's."""
    stages = {col: max((rank for rank, pattern in enumerate(_STAGES, 1) if pattern.search(labels.get(col, ""))), default=0) for col in cols}
    if len(set(stages.values()) - {0}) < 2:
        return cols
    return [col for col in cols if stages[col] == max(stages.values())]


def _unchanged_columns(cols: list[int], labels: dict[int, str]) -> list[int]:
    """The budget over its value before a change ('pagu_murni | pagu' of an RKPD Perubahan year: murni is the earlier one)."""
    return [col for col in cols if not _BEFORE.search(labels.get(col, ""))] or cols


def _outside_source_parts(cols: list[int], labels: dict[int, str]) -> list[int]:
    """A budget column beside a group of funding-source parts ('Sumber Dana' over 'APBD | APBN') over the parts."""
    parents = {col: labels.get(col, "").rpartition(" / ")[0].lower() for col in cols}
    groups = {parents[col] for col in cols if parents[col] and FUNDING_SOURCE.match(labels.get(col, "").rpartition(" / ")[2])}
    return [col for col in cols if parents[col] not in groups] or cols


def _final_columns(cols: list[int], labels: dict[int, str]) -> list[int]:
    """The agreed ceiling over the agency's proposal ('Pagu Usulan OPD' beside 'Pagu Hasil Verifikasi')."""
    return [col for col in cols if not _PROPOSAL.search(labels.get(col, ""))] or cols


def _parts_or_one(cols: list[int], labels: dict[int, str], body: tuple[tuple[object, ...], ...]) -> BudgetChoice:
    """A total column, funding-source parts to add up, or else the fullest column (a guess)."""
    leaves = {col: labels.get(col, "").split(" / ")[-1] for col in cols}
    parents = {" / ".join(labels.get(col, "").split(" / ")[:-1]).lower() for col in cols}
    shared_parent = len(parents) == 1 and "" not in parents
    totals = [col for col in cols if _TOTAL_LABEL.match(leaves[col])] or _total_among_parts(leaves)
    if len(totals) == 1:
        parts = tuple(col for col in cols if col != totals[0])
        sources = len(parts) > 1 and all(_FUNDING_PART.search(leaves[col]) for col in parts)
        sources = sources and (shared_parent or _one_stem(leaves[col] for col in parts))
        return BudgetChoice((totals[0],), parts=parts if sources else ())
    parts = all(_FUNDING_PART.search(leaf) for leaf in leaves.values())
    if not totals and parts and (shared_parent or _one_stem(leaves.values())):
        return BudgetChoice(tuple(cols), summed=True)
    if not totals and _quarters_of_one_amount([labels.get(col, "") for col in cols]):
        return BudgetChoice(tuple(cols), summed=True, quarters=True)
    general, sources = _general_and_sources(cols, leaves)
    if not totals and general is not None and sources_apart(body, general, sources):
        return BudgetChoice(tuple(cols), summed=True, general=general)
    if not totals and general is not None and any(sum_of_sources(row, general, sources) for row in body):
        return BudgetChoice((general,), parts=sources)  # their total, as its rows show: a row it leaves empty reads them
    # the fullest column, the leftmost of equals: one column for every row, never a mix
    counts = {col: _amount_count(body, col) for col in cols}
    chosen = max(cols, key=lambda col: (counts[col], -col))
    # columns without a single amount ('Rp' signs split off by a PDF conversion), or with the chosen one's on every row
    # (SIPD's 'pagu_indikatif | pagu'), leave no doubt
    doubts = tuple(col for col in cols if col != chosen and counts[col] and not _same_amounts(body, col, chosen))
    # a general ceiling read as the total of its sources: a row it leaves empty (below the rows looked at) reads them
    return BudgetChoice((chosen,), passed_over=doubts, parts=sources if chosen == general else ())


def _quarters_of_one_amount(labels: list[str]) -> bool:
    """True for the labels of two or more quarters (or halves) of one amount, each another ('Pagu TW I' .. 'Pagu TW IV',
    'Pagu / Triwulan I' ..), none cumulative ('s.d. Triwulan II')."""
    found = [_QUARTER.search(label) for label in labels]
    if len(labels) < 2 or not all(found) or any(_CUMULATIVE.search(label) for label in labels):
        return False
    periods = {_PERIOD_NUMBER.get(match.group(2).lower(), match.group(2)) + match.group(1)[:3].lower() for match in found if match}
    stems = {" ".join(_QUARTER.sub(" ", label).lower().split()) for label in labels}
    return len(periods) == len(labels) and len(stems) == 1


_QUARTER = re.compile(r"\b(triwulan|tw|semester|smt)\.?\s*(iv|i{1,3}|[1-4])\b", re.IGNORECASE)
_CUMULATIVE = re.compile(r"\bs\.?\s*/?\s*d\b|\bsampai\s+dengan\b|\bkumulatif\b", re.IGNORECASE)
_PERIOD_NUMBER = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}


def _general_and_sources(cols: list[int], leaves: dict[int, str]) -> tuple[int | None, tuple[int, ...]]:
    """One general ceiling ('Pagu Indikatif') and the funding-source columns beside it ('Pagu Otsus', 'Pagu DAK'), or
    (None, ()) when the columns are anything else."""
    sources = tuple(col for col in cols if _source_ceiling(leaves[col]))
    general = [col for col in cols if col not in sources]
    if len(general) != 1 or not sources or _FUNDING_PART.search(leaves[general[0]]):
        return None, ()
    return general[0], sources


def _same_amounts(body: tuple[tuple[object, ...], ...], col: int, other: int) -> bool:
    """True when two columns hold the same amount on every row (a blank and '-' the same nothing)."""
    amount = lambda row, at: parse_budget(row[at])[0] if at < len(row) and is_filled(row[at]) else None  # noqa: E731
    return all(amount(row, col) == amount(row, other) for row in body)


def _total_among_parts(leaves: dict[int, str]) -> list[int]:
    """In a one-row header ('Pagu APBD | Pagu DAK | Pagu Total'), the one column named a total beside funding parts."""
    # 'Pagu DAK Total' totals one source's parts, not the budget
    totals = [col for col, leaf in leaves.items() if _TOTAL_WORD.search(leaf) and not _FUNDING_PART.search(_TOTAL_WORD.sub(" ", leaf))]
    others = [leaf for col, leaf in leaves.items() if col not in totals]
    return totals if len(totals) == 1 and others and all(_FUNDING_PART.search(leaf) for leaf in others) else []


def _one_stem(labels: Iterable[str]) -> bool:
    """True when labels differ only in their funding source ('Pagu APBD (Rp)', 'Pagu DAK (Rp)') or kind of spending
    ('Belanja Operasi (Rp)', 'Belanja Modal (Rp)'): parts of one budget."""
    stems = {" ".join(_SPENDING_KIND.sub(" ", _FUNDING_PART.sub(" ", label.lower())).split()) for label in labels}
    return len(stems) == 1 and "" not in stems


def _amount_count(body: tuple[tuple[object, ...], ...], col: int) -> int:
    """How many cells of a column hold an amount."""
    return sum(1 for row in body if _amount_at(row, col))


def summed_budget(row: tuple[object, ...], cols: tuple[int, ...], scale: int) -> object:
    """Funding-source parts of one row added up (in the sheet's unit); a part of "-" adds nothing, an unreadable one is returned as is."""
    values = [row[col] for col in cols if col < len(row) and is_filled(row[col])]
    if len(values) < 2:
        return values[0] if values else None
    total, counted = 0, 0
    for value in values:
        amount, problem = parse_budget(value, scale)
        if problem:
            return value  # the reader then reports this cell
        if amount is not None:  # '-', 'Rp -': nothing from this source
            total, counted = total + amount, counted + 1
    if not counted:
        return None
    return total if scale == 1 else total / scale
