"""The role of each column of a header, from its stack of labels (a group label over the labels under it)."""

from __future__ import annotations

import re

from .budget_columns import FUNDING_SOURCE
from .codes import parse_code
from .header_labels import role_of
from .places import parse_location
from .values import is_filled, parse_budget

_UNIT = re.compile(r"\(\s*(?:rp|idr)\b[^)]*\)", re.IGNORECASE)  # 'Kab. Malang (Rp)'
_KIND_HINTS = {"program": "program", "kegiatan": "kegiatan", "sub kegiatan": "sub_kegiatan"}
# the roles of labels under a budget label that its amounts are shares or stages of: text columns never hold amounts
_GROUP_SHARES = frozenset({"location", "name", "agency", "indicator"})


def label_roles(grid: list[list[str]]) -> tuple[dict[int, str], dict[int, str], dict[int, str], dict[int, list[str]]]:
    """Role, label, kind hint and label stack of each labelled column of a header grid."""
    roles: dict[int, str] = {}
    labels: dict[int, str] = {}
    hints: dict[int, str] = {}
    stacks: dict[int, list[str]] = {}
    for col in range(len(grid[0])):
        stack = _dedupe([grid[level][col] for level in range(len(grid))])
        full = " / ".join(stack)
        if not full:
            continue
        labels[col] = full
        stacks[col] = stack
        role = _column_role(stack, full)
        if role:
            roles[col] = role
        if role == "name" and stack[-1].lower() in _KIND_HINTS:
            hints[col] = _KIND_HINTS[stack[-1].lower()]
    return roles, labels, hints, stacks


def _column_role(stack: list[str], full: str) -> str | None:
    """Forward-year columns are never used; otherwise the lowest label with a role decides."""
    if role_of(full) == "forward" or any(role_of(part) == "forward" for part in stack):
        return "forward"
    roles = [role_of(part) for part in reversed(stack)]
    if FUNDING_SOURCE.match(stack[-1]) and roles[0] in (None, "location"):
        # 'APBD Kab/Kota' names where money comes from, not a place: under a budget label it is one of the budget's parts
        roles[0] = "budget" if "budget" in roles[1:] else None
    roles = [role for role in roles if role]
    # 'Target Capaian Kinerja' over 'Program | Kegiatan': the measure of each level, not its name
    if roles and roles[0] == "name" and stack[-1].lower() in _KIND_HINTS and roles[1:2] in (["indicator"], ["target"]):
        return roles[1]
    # 'Kode' over 'Urusan | Bidang | Program | Kegiatan | Sub Kegiatan': split code columns, not names
    if roles and roles[0] == "name" and "code" in roles[1:]:
        return "code"
    return roles[0] if roles else None


def _dedupe(parts: list[str]) -> list[str]:
    """Drop empty and repeated labels of a merged column stack."""
    out: list[str] = []
    for part in parts:
        if part and part.lower() not in (seen.lower() for seen in out):
            out.append(part)
    return out


def shared_label_roles(groups: list[tuple[int, ...]], roles: dict[int, str], body: tuple[tuple[object, ...], ...]) -> dict[int, str]:
    """Columns under one merged label naming the code or the name ('Kode' over A:B, 'Program/Kegiatan' over A:B) each
    take the role their cells give: under a code label a column of mostly worded text is the name column, under a name
    label a column of mostly full codes is the code column; any other column (split code pieces, indented names) keeps it."""
    for cols in groups:
        role = roles.get(cols[0])
        if role not in ("code", "name") or any(roles.get(col) != role for col in cols):
            continue
        other, holds = ("name", _worded) if role == "code" else ("code", is_full_code)
        for col in cols:
            values = [row[col] for row in body if col < len(row) and is_filled(row[col])]
            if values and 2 * sum(1 for value in values if holds(value)) > len(values):
                roles = {**roles, col: other}
    return roles


def is_full_code(value: object) -> bool:
    """True for a cell holding a code of a program or below ('1.03.02', '1.03.02.2.01.0007')."""
    code = parse_code(value)
    return code is not None and len(code.segments) >= 3


def _worded(value: object) -> bool:
    """True for text of several words that is no code: an item's name (a code glued before it included)."""
    return isinstance(value, str) and len(value.split()) >= 2 and parse_code(value) is None


def funding_amounts(stacks: dict[int, list[str]], roles: dict[int, str], body: tuple[tuple[object, ...], ...]) -> dict[int, str]:
    """A column of a group that holds amounts is a budget part when it names a source of money ('Sumber Dana' over
    'APBD | APBN'), or a budget when a budget label is over it: a level's share ('Pagu' over 'Provinsi | Kab/Kota'), a plan
    level's or a planning stage's amount ('Pagu Indikatif' over 'Program | Kegiatan | Sub Kegiatan' or 'Usulan Perangkat
    Daerah | Hasil Musrenbang', whose words alone name a name, agency or indicator column); a lone 'APBD' column keeps no role."""
    for col, stack in stacks.items():
        role = roles.get(col)
        source = role in (None, "funding") and FUNDING_SOURCE.match(stack[-1])
        share = role in _GROUP_SHARES and any(role_of(part) == "budget" for part in stack[:-1])
        if len(stack) > 1 and (source or share) and _mostly_amounts(body, col):
            roles = {**roles, col: "budget"}
    return roles


def _mostly_amounts(body: tuple[tuple[object, ...], ...], col: int) -> bool:
    """True when most filled cells of a column hold an amount or a dash for nothing ('-', 'Rp -'), one an amount at least."""
    values = [parse_budget(row[col]) for row in body if col < len(row) and is_filled(row[col])]
    amounts = sum(1 for amount, _problem in values if amount is not None)
    return amounts > 0 and 2 * sum(1 for amount, problem in values if amount is not None or not problem) > len(values)


def place_amounts(stacks: dict[int, list[str]], roles: dict[int, str], body: tuple[tuple[object, ...], ...]) -> dict[int, str]:
    """The columns that each hold one kab/kota's share of the budget ('Kab. Malang | Kota Batu | ... | Jumlah' under 'Pagu
    Indikatif' or 'Alokasi per Kabupaten/Kota'), with the place their label names: where a row's money is spent; and the
    province's own column beside them under the same label ('Provinsi Jawa Timur'), for the money spent province-wide."""
    under = {col: stack for col, stack in stacks.items() if roles.get(col) in (None, "budget", "location") and len(stack) > 1}
    places = {col: stack[-1] for col, stack in under.items() if _one_region(stack[-1]) and _mostly_amounts(body, col)}
    groups = {tuple(under[col][:-1]) for col in places}
    for col, stack in under.items():
        if col not in places and tuple(stack[:-1]) in groups and _the_province(stack[-1]) and _mostly_amounts(body, col):
            places[col] = stack[-1]
    return dict(sorted(places.items()))


def _the_province(label: str) -> bool:
    """True for a label naming a province and nothing else ('Provinsi Jawa Timur', 'Prov. Jatim'; not 'APBD Provinsi')."""
    label = _UNIT.sub("", label).strip()
    parts = parse_location(label) if label and not FUNDING_SOURCE.match(label) else ()
    return len(parts) == 1 and not parts[0].regions and not parts[0].locals and bool(parts[0].province)


def _one_region(label: str) -> bool:
    """True for a label naming one kab/kota and nothing else ('Kab. Malang'; not 'Kab/Kota', 'APBD Kab. Malang')."""
    label = _UNIT.sub("", label).strip()
    parts = parse_location(label) if label and not FUNDING_SOURCE.match(label) else ()
    return len(parts) == 1 and len(parts[0].regions) == 1 and not parts[0].locals and parts[0].province is None

