"""Parse and canonicalize nomenclature codes as they appear in RKPD exports (pure)."""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata

from .models import Code, Kind
from .values import without_invisible

_PLACEHOLDER = {"X": "X", "XX": "XX"}
_GLUED = re.compile(
    r"^\s*(?P<code>[0-9Xx]{1,2}(?:\s*\.\s*[0-9Xx]{1,4}){0,5})\s*[.:\-)]?\s+(?P<name>\S.*)$", re.DOTALL
)
# a code written with spaces between its segments before a name, as a PDF conversion writes it ('1 02 02 2 02 0006 Nama';
# the Kepmendagri list prints the level digit and kegiatan number joined: '1 02 02 2.02 06 Nama'):
# each segment of its width (urusan 1, bidang and program 2, the level digit 1 or 2, kegiatan 2, sub kegiatan 2-4), so a
# number opening a name ('2 (Dua) Daerah', '1 Unit', '10 Desa', '2024 ...') never fits, and a letter opens the name
_SPACED_GLUED = re.compile(
    r"^\s*(?P<code>[1-9X]\s+(?:\d{2}|XX)(?:\s+\d{2}(?:\s+[12](?:\s+|\.)\d{2}(?:\s+\d{2,4})?)?)?)\s*[.:\-\u2013)]?\s+(?P<name>[^\W\d_].*)$",
    re.DOTALL,
)
# what follows the first number of a spaced code: a number, or the placeholder bidang ('X XX 01 PROGRAM PENUNJANG ...')
_SPACED_START = re.compile(r"\d|XX\s")
# the name of a bidang row: the only one a two-number spaced code stands before ('1 02 URUSAN PEMERINTAHAN BIDANG ...')
_BIDANG_NAME = re.compile(r"(?:urusan|bidang|unsur)\b", re.IGNORECASE)
_PROGRAM_NAME = re.compile(r"program\b", re.IGNORECASE)
_SUPPORT_URUSAN = ("4", "5", "6", "7", "8")
_OPD = re.compile(r"\b([0-9X]{1,2}\.[0-9X]{2}(?:\.[0-9X]{1,4}){3,8})\b")
_SEGMENT = re.compile(r"^(?:\d{1,4}|X{1,2})$")
# the start of an urusan's name ('URUSAN PEMERINTAHAN WAJIB ...', 'UNSUR PENUNJANG URUSAN PEMERINTAHAN'; never 'Unsur Masyarakat'),
# which alone takes a one-number code; 'Urusan Penyelenggaraan PSU Perumahan' and 'Urusan Pengelolaan Data ...' are kegiatan,
# and 'Urusan Pemerintahan Daerah ...' is the rest of a wrapped 'Program Penunjang Urusan Pemerintahan Daerah ...'
URUSAN_NAME = re.compile(
    r"\s*(?:urusan\b(?!\s+pe(?:nyelenggaraan|ngelolaan)\b|\s+pemerintahan\s+daerah\b)|unsur\s+(?:pendukung|penunjang|pengawas(?:an)?|kewilayahan|pemerintahan)\b)", re.IGNORECASE
)
# one cell of a split code: '1', '02', '2.01', '0002', or an X/XX placeholder; '2,01' is 2.01 as a CSV saved from Excel in an
# Indonesian locale writes the number
_CODE_PIECE = re.compile(r"\s*(\d{1,4}([.,]\d{1,2})?|X{1,2})\s*", re.IGNORECASE)
# a kegiatan piece ('2,01', '2,1') or a bidang code ('1,02') Excel held as a number, written with a decimal comma
_DECIMAL_COMMA = re.compile(r"\d,\d{1,2}")
# an agency code has 7+ segments, an item code at most 6
_LEADING_OPD = re.compile(r"^\s*([0-9X]{1,2}\.[0-9X]{1,2}(?:\.[0-9X]{1,4}){5,8})(?:\s+|$)", re.IGNORECASE)
# '1,02,02' typed with commas: three or more segments, so never a decimal number such as '1,5'
_COMMA_CODE = re.compile(r"^\s*[0-9X]{1,2}(?:\s*,\s*[0-9X]{1,4}){2,5}\s*$", re.IGNORECASE)
# a bidang code in a code cell typed with a comma ('5,02'), or the number 5.02 a CSV wrote in an Indonesian locale: the same
# code a number cell 5.02 gives (a one-digit decimal '2,1' is left to the row's name: see number_bidang)
_COMMA_BIDANG = re.compile(r"[1-9],\d{2}")
# outline numbering before a name ('1.1 ', '2.1.3. '): a level with one digit is no nomenclature segment
_OUTLINE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.\d(?:\.\d{1,2})*\.?\s+(?=\S)")
# one outline level before a word ('1. PROGRAM ...', '2) ...', '(3) ...', 'a. Kegiatan ...'): no official name starts so
# (a capital is left: 'P. Bawean', 'K. Porong' abbreviate an island's or a river's name)
_OUTLINE_ONE = re.compile(r"^\s*(?:\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)])\s+(?=[^\W\d_]{2})")
# ="1.02.02" (a CSV export keeping Excel from reading the code as a number) and '1.02.02 (a quote typed or exported before it)
_QUOTED = re.compile(r'^=\s*"(.*)"$|^[\'\u2018\u2019`](.*)$', re.DOTALL)
_QUOTES = "'\u2018\u2019`"  # (the quotes _QUOTED takes from before a code)
# a separator an exporter left after the code ('1.02.02.2.01.0001 -'), or a note mark ('1.02.02.2.01.0001*', '... **)')
_TRAILING_SEPARATOR = re.compile(r"(?<=[0-9Xx])\s*(?:[-\u2013\u2014:]+|\*+\)?)\s*$")
# the dashes a code is typed with besides '-' ('1–05–02': en-dash, em-dash, minus sign ...)
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))
# a code typed with a letter O for a zero ('1.O2.02.1.03.0001': no segment of the official list holds a letter but X), or by
# a scan's text recognition with a comma for a dot ('1,02.02', '2.09,01.2.06.0002': a dot among its separators)
_TYPED_CODE = re.compile(r"[0-9Oo]{1,2}(?:[.,][0-9Oo]{1,4}){1,5}")
# a code written without zero padding ('2.8.7', '2.8.7.2.3.1')
_UNPADDED = re.compile(r"^\d{1,2}(?:\.\d{1,4}){1,5}$")
# a code typed with spaces, dashes or slashes between its segments ('2 15 05 1 01 03', '2-15-05'): one separator throughout
_OTHER_SEPARATOR = re.compile(r"^[0-9X]{1,2}(?P<sep>[ /-])[0-9X]{1,4}(?:(?P=sep)[0-9X]{1,4}){0,4}$", re.IGNORECASE)
# a code as the Kepmendagri list prints it: segments apart, the level digit and kegiatan number joined ('1 03 02 2.02 07')
_LISTED_SPACED = re.compile(r"^[0-9X]{1,2}\s+[0-9X]{2}\s+\d{2}\s+[12]\.\d{2}(?:\s+\d{2,4})?$", re.IGNORECASE)
# SIPD's agency code: the urusan and bidang of up to three affairs, then unit and sub unit ('1.02.0.00.0.00.01.0000')
_SIPD_AGENCY = r"\d\.\d{2}\.\d\.\d{2}\.\d\.\d{2}\.\d{2}\.\d{4}"
# an agency code written before an item code: SIPD's joined by a dot ('1.02.0.00.0.00.01.0000.1.02.02'), any 7+ segment one by a space
_AGENCY_PREFIX = re.compile(
    rf"^\s*(?:({_SIPD_AGENCY})\.|([0-9X]{{1,2}}\.[0-9X]{{1,2}}(?:\.[0-9X]{{1,4}}){{5,8}})\s*[\s:\-\u2013]\s*)(?=[0-9X])", re.IGNORECASE
)
# a budget account (kode rekening: akun.kelompok.jenis[.objek[.rincian objek[.sub rincian]]]) such as '5.1.02.01.01.0024':
# its second segment has one digit where an item code's bidang has two
_ACCOUNT = re.compile(r"^\s*[4-6]\.\d\.\d{2}(\.\d{2}(?:\.\d{2}(?:\.\d{2,4})?)?)?(?![.\d])")
# the kind written as a label before the name, SIPD print style: 'Sub Kegiatan : 1.02.02.2.01.0002 ...', 'PROGRAM - ...',
# 'Urusan Pemerintahan : 1 URUSAN ...';
# a dash must stand apart ('Kegiatan-kegiatan Pendukung' is a name) and words without a separator are the name's own
_KIND_LABEL = re.compile(
    r"^\s*(sub\s*-?\s*kegiatan|kegiatan|program|bidang\s+urusan|urusan(?:\s+pemerintahan)?)\s*(?::|[-\u2013\u2014](?=\s))\s*(?=\S)", re.IGNORECASE
)
_LABEL_KINDS = {"subkegiatan": Kind.SUB_KEGIATAN, "kegiatan": Kind.KEGIATAN, "program": Kind.PROGRAM, "bidangurusan": Kind.BIDANG,
                "urusan": Kind.URUSAN, "urusanpemerintahan": Kind.URUSAN}
_ACCOUNT_NAME = re.compile(r"^[\s.:\-]*(?:belanja|pendapatan|pembiayaan|penerimaan|pengeluaran)\b", re.IGNORECASE)


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
    text = code_text(str(value))
    if re.fullmatch(r"\d\.\d", text):
        text += "0"
    return text


def code_text(text: str) -> str:
    """A code cell's text without what exporters put around the code (invisible characters, ="...", a quote, a trailing dash), an O for a 0."""
    if not text.isascii():
        # full-width digits and dots typed with an input method ('1．02．02') are the ASCII ones
        text = unicodedata.normalize("NFKC", without_invisible(text)).translate(_DASHES)
    text = text.strip()
    quoted = _QUOTED.match(text)
    if quoted is not None:
        text = (quoted.group(1) if quoted.group(1) is not None else quoted.group(2)).strip()
    text = _TRAILING_SEPARATOR.sub("", text)
    if ("O" in text or "o" in text or "," in text) and _TYPED_CODE.fullmatch(text) and any(char.isdigit() for char in text):
        text = text.replace("O", "0").replace("o", "0")
        text = text.replace(",", ".") if "." in text else text  # ('2,01' alone is a split code's kegiatan piece)
    return text


def _canonical(segments: list[str]) -> Code | None:
    """Pad each segment to the width its position has in the official list."""
    if len(segments) >= 5 and not segments[-1].strip("0"):
        segments = _without_placeholders(segments)
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


def _without_placeholders(segments: list[str]) -> list[str]:
    """A code padded to full width with zero segments as the code it stands for: '1.03.02.2.02.0000' is kegiatan
    1.03.02.2.02, '1.03.02.0.00.0000' program 1.03.02, '1.03.00.0.00.0000' bidang 1.03, '1.00.00.0.00.0000' urusan 1."""
    # a level digit 0 is never valid and no sub kegiatan is numbered 0000; the zero numbers the official list has (retired
    # program '4.02.00', kegiatan '4.01.02.1.00', sub kegiatan '1.01.08.1.01.00') are kept when no such placeholder marks
    # the code as padded
    zero = [not part.strip("0") for part in segments]
    if zero[0]:
        return segments
    if zero[3]:
        if not all(zero[4:]):
            return segments
        kept = segments[:3]
        while len(kept) > 1 and not kept[-1].strip("0"):
            kept = kept[:-1]
        return kept
    if len(segments) == 6 and len(segments[5]) >= 3:
        return segments[:3] if zero[4] else segments[:5]
    return segments


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
        if "," in text and _DECIMAL_COMMA.fullmatch(text):
            text = number_text(text)
        if position == 3 and "." not in text and len(text) == 3 and text.isdigit():
            text = f"{text[0]}.{text[1:]}"
        if position == 1 and "." in text:
            text = text.split(".")[-1]
        pieces.extend(piece.strip() for piece in text.split("."))
    if not 1 <= len(pieces) <= 6 or len(pieces) == 4 or not all(_SEGMENT.match(p.upper()) for p in pieces):
        return None
    return _canonical(pieces)


def number_text(text: str) -> str:
    """'2,1' or '2.1' (a code Excel held as a number, with its trailing zero dropped) as the code it was: '2.10'."""
    whole, _, decimals = text.replace(",", ".").partition(".")
    return f"{whole}.{decimals.ljust(2, '0')}"


def number_bidang(text: str) -> Code | None:
    """The bidang code a number-shaped text stands for ('2.1', '1,02', '2,1'), as a CSV writes a code Excel held as a number;
    None for any other text."""
    text = code_text(text)
    if len(text) > 4 or not re.fullmatch(r"\d[.,]\d{1,2}", text):
        return None
    return parse_code(number_text(text))


def is_code_piece(value: object) -> bool:
    """A short number or X/XX placeholder, as split code columns hold."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return 0 <= value < 10000
    return isinstance(value, str) and bool(_CODE_PIECE.fullmatch(value))


def time_as_code(value: object) -> object:
    """A code Excel turned into a time (in an Indonesian locale '.' separates hours and minutes: '2.15.05' became
    02:15:05) as the code text it was; any other value as it is."""
    if not isinstance(value, datetime.time):
        return value
    return f"{value.hour}.{value.minute:02d}" + (f".{value.second:02d}" if value.second else "")


def date_as_code(value: object) -> str | None:
    """A piece of a split code Excel turned into a date (in an Indonesian locale '1.02' became 1 February) as the piece it
    was: day.month, as that locale read it, when that makes an urusan 1-8 and a bidang 01-12, else month.day (an English
    locale's reading); None when neither fits, for a date with a time of day, and for any other value."""
    if not isinstance(value, datetime.date) or (isinstance(value, datetime.datetime) and value.time() != datetime.time()):
        return None
    for first, second in ((value.day, value.month), (value.month, value.day)):
        if 1 <= first <= 8 and 1 <= second <= 12:
            return f"{first}.{second:02d}"
    return None


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
    value = code_text(value)
    text = value.replace(",", ".") if "," in value and (_COMMA_CODE.match(value) or _COMMA_BIDANG.fullmatch(value)) else value
    separated = _OTHER_SEPARATOR.match(text)
    if separated is not None:
        text = text.replace(separated.group("sep"), ".")
    elif _LISTED_SPACED.match(text):
        text = ".".join(text.split())
    return parse_code(text) if _looks_canonical(text) else None


def unpadded_code(value: object) -> Code | None:
    """The code a text written without zero padding stands for ('2.8.7.2.3.1' is 2.08.07.2.03.01), else None.

    Only for a sheet that writes its codes so (writes_unpadded_codes): elsewhere '1.1.2' is outline numbering.
    """
    if not isinstance(value, str):
        return None
    text = code_text(value)
    # (not parse_code: its '2.8' is the number 2.80 Excel showed short)
    return _canonical(text.split(".")) if _UNPADDED.match(text) and len(text.split(".")) != 4 else None


def writes_unpadded_codes(values: list[object]) -> bool:
    """True when a code column's cells include three kegiatan or sub kegiatan codes written without zero padding, with
    their level digit in place, and nothing outline numbering has: four levels ('1.1.1.1') or a deep level past 2
    ('1.1.1.3.1')."""
    found = 0
    for value in values:
        if not isinstance(value, str) or parse_cell_code(value) is not None:
            continue
        text = code_text(value)
        if not _UNPADDED.match(text):
            continue
        parts = text.split(".")
        if len(parts) == 4 or (len(parts) >= 5 and parts[3] not in ("1", "2")):
            return False
        found += len(parts) >= 5 and _canonical(parts) is not None
    return found >= 3


def _looks_canonical(text: str) -> bool:
    """True when a dotted text has a 1-2 character first segment and 2-character bidang and program, or is a kegiatan
    or sub kegiatan code with a 2-character bidang and its level digit ('2.15.5.2.1.1': the program written short),
    which outline numbering ('1.1.2') never is."""
    segments = [part.strip() for part in text.strip().strip(".").split(".")]
    if len(segments[0]) > 2:
        return False
    if all(len(part) == 2 for part in segments[1:3]):
        return True
    return len(segments) in (5, 6) and len(segments[1]) == 2 and segments[3] in ("1", "2")


def outline_prefix(text: str) -> str:
    """Outline numbering in front of a name ('1.1 ', '2.1.3. ', '1. ', 'a. '), which is no code; empty if none."""
    match = _OUTLINE.match(text or "") or _OUTLINE_ONE.match(text or "")
    return match.group(0) if match else ""


def split_glued(text: str) -> tuple[Code | None, str]:
    """Split a code glued to the front of a name: ``'1.02.02 PROGRAM ...'``, also after a quote (``"'1.02.02 ..."``)."""
    body = text[1:] if text and text[0] in _QUOTES else text or ""
    match = _GLUED.match(body)
    if not match:
        return None, text
    if "." not in match.group("code") and _SPACED_START.match(match.group("name")):
        return _split_spaced(body)  # '1 02 02 ...': more numbers after the first
    code = parse_cell_code(match.group("code"))
    name = match.group("name").strip()
    if code is None:
        return None, text
    # one number before a name is an urusan code only before an urusan's name ('5 UNSUR PENUNJANG URUSAN ...')
    if len(code.segments) == 1 and not URUSAN_NAME.match(name):
        return None, text
    if len(code.segments) == 2 and re.match(r"^\d+\.\d+$", match.group("code")) and not name[:1].isalpha():
        return None, text
    return code, name


def without_own_code(name: str, code: Code) -> str:
    """The name without the row's own code written again at its front (SIPD's names carry it:
    ``'1.02.02.2.01.0002 Pembangunan Puskesmas'`` beside the code column's ``1.02.02.2.01.0002``)."""
    if not name[:1].isdigit():
        return name
    glued, rest = split_glued(name)
    return rest if glued is not None and comparison_key(glued) == comparison_key(code) else name


def _split_spaced(text: str) -> tuple[Code | None, str]:
    """split_glued for a code with spaces between its segments: ``'2 15 02 Program ...'``."""
    match = _SPACED_GLUED.match(text)
    if match is None:
        return None, text
    code, name = parse_code(".".join(match.group("code").split())), match.group("name").strip()
    # two or three numbers are a bidang or program code only before such a name: quantities open names too ('3 10 15 Km
    # Jalan ...', '1 12 PAKET SEMBAKO'). The bidang of urusan 1-3 are named 'URUSAN PEMERINTAHAN BIDANG ...', those of
    # the supporting urusan 4-8 by their function in capitals ('5 01 PERENCANAAN'); programs 'PROGRAM ...'
    if code is None or (len(code.segments) == 3 and not _PROGRAM_NAME.match(name)):
        return None, text
    if len(code.segments) == 2 and not (_BIDANG_NAME.match(name) or (name.isupper() and code.segments[0] in _SUPPORT_URUSAN)):
        return None, text
    return code, name


def split_kind_label(text: str) -> tuple[Kind | None, str]:
    """The kind a label before a name states and the rest: ``'Sub Kegiatan : 1.02.02.2.01.0002 Nama'`` is
    (SUB_KEGIATAN, '1.02.02.2.01.0002 Nama'); (None, text) when no label and separator start it."""
    # (most names hold no separator near their start: the search is spared them)
    head = text[:24]
    if not (":" in head or "-" in head or "\u2013" in head or "\u2014" in head):
        return None, text
    match = _KIND_LABEL.match(text) if text[:1].isspace() or text[:1] in "PpKkSsUuBb" else None
    if match is None:
        return None, text
    return _LABEL_KINDS[re.sub(r"[^a-z]", "", match.group(1).lower())], text[match.end() :]


def opd_bidang(text: str) -> str:
    """The bidang (``1.02``) of an agency code such as ``1.02.0.00.0.00.01.0000``; empty if none."""
    match = _OPD.search(text or "")
    return ".".join(match.group(1).split(".")[:2]) if match else ""


def leading_opd_code(text: str) -> str:
    """The agency code a text starts with ('2.15.0.00.0.00.01.0000 DINAS ...'), or empty."""
    match = _LEADING_OPD.match(text or "")
    return match.group(1) if match else ""


def split_agency_prefix(text: str) -> tuple[str, str]:
    """('1.02.0.00.0.00.01.0000', '1.02.02.2.01.0001') for an agency code written before an item code; ('', text) if none."""
    match = _AGENCY_PREFIX.match(text)
    if match is None:
        return "", text
    return match.group(1) or match.group(2), text[match.end() :]


def may_hold_agency_code(text: str) -> bool:
    """A cheap precheck: an agency code (7+ segments) may start this text."""
    return text[:1].isdigit() and text.count(".", 0, 24) >= 6


def agency_prefixed(code_raw: str, name: str) -> tuple[str, Code | None, str, str, Code | None]:
    """(agency code, item code, code as written, name, code glued to the name) of a row whose item code follows an agency
    code ('1.02.0.00.0.00.01.0000 1.02.02.2.01.0001') in its code cell or before its name; ('', None, ...) when none does."""
    if code_raw:
        agency, rest = split_agency_prefix(code_raw)
        code = parse_cell_code(rest) if agency else None
        return (agency, code, code_raw, name, None) if code is not None else ("", None, code_raw, name, None)
    agency, rest = split_agency_prefix(name)
    glued, rest_name = split_glued(rest) if agency else (None, rest)
    if glued is None:
        return "", None, code_raw, name, None
    return agency, glued, name[: len(name) - len(rest_name)].strip(), rest_name, glued


def without_code(text: str, code: str) -> str:
    """A name with its agency code taken out: '1.02.0.00.0.00.01.0000 - DINAS KESEHATAN' is 'DINAS KESEHATAN'."""
    return " ".join(text.replace(code, "", 1).strip(" -:\u2013").split())


def is_sipd_agency_code(code: str) -> bool:
    """True for a code of the shape SIPD gives agencies ('1.02.0.00.0.00.01.0000'), which no item code has."""
    return re.fullmatch(_SIPD_AGENCY, code) is not None


def is_account_row(code_text: str, name: str) -> bool:
    """True for a budget account row (kode rekening '5.1.02.01.01.0024 Belanja ...'): budget detail, no nomenclature item.

    ``code_text`` is the code cell as written, or '' when the code is glued to the front of ``name``. A
    three-segment code counts only under a Belanja/Pendapatan name: a hand-made '5.1.02' may be program 5.01.02.
    """
    text = code_text or name
    match = _ACCOUNT.match(text)
    if match is None:
        return False
    return match.group(1) is not None or _ACCOUNT_NAME.match(name if code_text else text[match.end() :]) is not None


def opd_code(text: str) -> str:
    """The full agency code found in a banner text, or empty."""
    match = _OPD.search(text or "")
    return match.group(1) if match else ""


def kind_of(code: Code) -> Kind | None:
    """The kind a code names by its depth."""
    return code.kind


def comparison_key(code: Code) -> tuple[str, ...]:
    """A key equal for 2- and 4-digit spellings of the same sub kegiatan number."""
    segments = code.segments
    if len(segments) != 6:
        return segments
    number = segments[5]
    # (most numbers are written without a leading zero: the key is the segments themselves)
    if number[:1] != "0" and number.isascii() and number.isdigit():
        return segments
    return (*segments[:5], str(int(number)))


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


def kegiatan_numbered_apart(one: Code | None, other: Code | None) -> bool:
    """True for two sub kegiatan codes with one number under kegiatan numbered apart (2.23.03.1.03.02 / 2.23.03.2.01.02)."""
    if one is None or other is None or not len(one.segments) == len(other.segments) == 6:
        return False
    first, second = comparison_key(one), comparison_key(other)
    return first[5] == second[5] and first[4] != second[4]
