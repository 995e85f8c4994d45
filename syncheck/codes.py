"""Parse and canonicalize nomenclature codes as they appear in RKPD exports (pure)."""

from __future__ import annotations

import functools
import re

from .models import Code, Kind

_PLACEHOLDER = {"X": "X", "XX": "XX"}
_GLUED = re.compile(
    r"^\s*(?P<code>[0-9Xx]{1,2}(?:\s*\.\s*[0-9Xx]{1,4}){0,5})\s*[.:\-)]?\s+(?P<name>\S.*)$", re.DOTALL
)
_OPD = re.compile(r"\b([0-9X]{1,2}\.[0-9X]{2}(?:\.[0-9X]{1,4}){3,8})\b")
_SEGMENT = re.compile(r"^(?:\d{1,4}|X{1,2})$")
# an agency code has 7+ segments, an item code at most 6
_LEADING_OPD = re.compile(r"^\s*([0-9X]{1,2}\.[0-9X]{1,2}(?:\.[0-9X]{1,4}){5,8})(?:\s+|$)", re.IGNORECASE)
# '1,02,02' typed with commas: three or more segments, so never a decimal number such as '1,5'
_COMMA_CODE = re.compile(r"^\s*[0-9X]{1,2}(?:\s*,\s*[0-9X]{1,4}){2,5}\s*$", re.IGNORECASE)
# outline numbering before a name ('1.1 ', '2.1.3. '): a level with one digit is no nomenclature segment
_OUTLINE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.\d(?:\.\d{1,2})*\.?\s+(?=\S)")


def parse_code(value: object) -> Code | None:
    """Canonical code of one cell (text, int or float), or None if it is not a code."""
    if value is None:
        return None
    # the same codes recur on every agency sheet and in every plan of a run
    return _parse_code_cached(value)


@functools.lru_cache(maxsize=1 << 16, typed=True)  # typed: 1, 1.0 and True are different cells
def _parse_code_cached(value: object) -> Code | None:
    """parse_code for one hashable cell value."""
    text = _cell_text(value)
    if not text:
        return None
    segments = [part for part in re.split(r"\s*\.\s*", text.strip().strip(".")) if part != ""]
    if not 1 <= len(segments) <= 6 or not all(_SEGMENT.match(part.upper()) for part in segments):
        return None
    if len(segments) == 4:
        return None
    return _canonical(segments)


def _cell_text(value: object) -> str:
    """Text of a code cell; floats keep two decimals because Excel drops the trailing zero (2.1 is 2.10)."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return f"{value:.2f}"
    text = str(value).strip()
    if re.fullmatch(r"\d\.\d", text):
        text += "0"
    return text


def _canonical(segments: list[str]) -> Code | None:
    """Pad each segment to the width its position has in the official list."""
    out: list[str] = []
    for position, raw in enumerate(segments):
        part = raw.upper()
        if part.startswith("X"):
            if position > 1:
                return None
            out.append("X" if position == 0 else "XX")
            continue
        out.append(_pad(position, part))
        if out[-1] is None:  # type: ignore[comparison-overlap]
            return None
    return Code(tuple(out))


def _pad(position: int, digits: str) -> str | None:
    """Zero-pad one numeric segment; None when it cannot be that segment."""
    number = int(digits)
    if position == 0:
        return str(number) if number < 10 else None
    if position == 3:
        return str(number) if number < 10 else None
    if position == 5:
        return digits.zfill(4) if len(digits) > 2 else digits.zfill(2)
    return digits.zfill(2) if number < 100 else None


def join_split_code(parts: list[object]) -> Code | None:
    """One code from the split columns urusan | bidang | program | kegiatan | sub kegiatan."""
    texts = [_cell_text(part) for part in parts]
    while texts and not texts[-1]:
        texts.pop()
    if not texts or any(not text for text in texts):
        return None
    pieces: list[str] = []
    for position, text in enumerate(texts):
        if position == 3 and "." not in text and len(text) == 3 and text.isdigit():
            text = f"{text[0]}.{text[1:]}"
        if position == 1 and "." in text:
            text = text.split(".")[-1]
        pieces.extend(piece.strip() for piece in text.split("."))
    if not 1 <= len(pieces) <= 6 or len(pieces) == 4 or not all(_SEGMENT.match(p.upper()) for p in pieces):
        return None
    return _canonical(pieces)


def parse_cell_code(value: object) -> Code | None:
    """The code in a plan's cell: text must look canonical (2-digit bidang and program segments).

    Outline numbering ('1.1', '1.1.2') is then no code, and the repair of a number that lost its
    trailing zero (2.1 is 2.10) applies to numeric cells only, where Excel drops it.
    """
    if not isinstance(value, str):
        return parse_code(value)
    return _parse_text_code(value)


@functools.lru_cache(maxsize=1 << 16)  # like parse_code: the same code texts recur in every plan
def _parse_text_code(value: str) -> Code | None:
    """parse_cell_code for one text cell."""
    text = value.replace(",", ".") if _COMMA_CODE.match(value) else value
    return parse_code(text) if _looks_canonical(text) else None


def _looks_canonical(text: str) -> bool:
    """True when a dotted text has a 1-2 character first segment and 2-character bidang and program."""
    segments = [part.strip() for part in text.strip().strip(".").split(".")]
    return len(segments[0]) <= 2 and all(len(part) == 2 for part in segments[1:3])


def outline_prefix(text: str) -> str:
    """Outline numbering in front of a name ('1.1 ', '2.1.3. '), which is no code; empty if none."""
    match = _OUTLINE.match(text or "")
    return match.group(0) if match else ""


def split_glued(text: str) -> tuple[Code | None, str]:
    """Split a code glued to the front of a name: ``'1.02.02 PROGRAM ...'``."""
    match = _GLUED.match(text or "")
    if not match:
        return None, text
    code = parse_cell_code(match.group("code"))
    name = match.group("name").strip()
    if code is None:
        return None, text
    if len(code.segments) == 1 and not name.upper().startswith("URUSAN"):
        return None, text
    if len(code.segments) == 2 and re.match(r"^\d+\.\d+$", match.group("code")) and not name[:1].isalpha():
        return None, text
    return code, name


def opd_bidang(text: str) -> str:
    """The bidang (``1.02``) of an agency code such as ``1.02.0.00.0.00.01.0000``; empty if none."""
    match = _OPD.search(text or "")
    return ".".join(match.group(1).split(".")[:2]) if match else ""


def leading_opd_code(text: str) -> str:
    """The agency code a text starts with ('2.15.0.00.0.00.01.0000 DINAS ...'), or empty."""
    match = _LEADING_OPD.match(text or "")
    return match.group(1) if match else ""


def opd_code(text: str) -> str:
    """The full agency code found in a banner text, or empty."""
    match = _OPD.search(text or "")
    return match.group(1) if match else ""


def kind_of(code: Code) -> Kind | None:
    """The kind a code names by its depth."""
    return code.kind


def comparison_key(code: Code) -> tuple[str, ...]:
    """A key equal for 2- and 4-digit spellings of the same sub kegiatan number."""
    segments = list(code.segments)
    if len(segments) == 6:
        segments[5] = str(int(segments[5]))
    return tuple(segments)


def program_of(code: Code) -> str:
    """The program code (``1.02.02``) of a program or deeper code; empty when shallower."""
    return ".".join(code.segments[:3]) if len(code.segments) >= 3 else ""


def kegiatan_of(code: Code) -> str:
    """The kegiatan code of a kegiatan or sub kegiatan code; empty when shallower."""
    return ".".join(code.segments[:5]) if len(code.segments) >= 5 else ""


def slot_key(code: Code) -> tuple[str, ...]:
    """The code with the level digit removed: the same slot at both levels."""
    key = comparison_key(code)
    return key[:3] + key[4:] if len(key) >= 5 else key


def is_support_program(code: Code) -> bool:
    """True for the support program every agency runs (``X.XX.01`` under its own bidang)."""
    return len(code.segments) >= 3 and code.segments[2] == "01"
