"""Parse and format Rupiah amounts and other cell values (pure)."""

from __future__ import annotations

import datetime as _dt
import math
import re

from .messages import say

_DIGIT = re.compile(r"\d")
_NO_CENTS = re.compile(r"[.,]-+$")
_RP = re.compile(r"^\s*(?:rp\.?|idr)\s*", re.IGNORECASE)
_AMOUNT_CHARS = re.compile(r"[0-9.,]+")
_CENTS_AFTER_COMMA = re.compile(r",\d{1,2}$")
_LONE_COMMA = re.compile(r"\d{1,3},\d{3}")
#: in miliar amounts carry decimals ('1,505'); in juta or ribu a lone comma before three digits may be a thousands group
_BILLION = 10**9
_DOT_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+")
# a note in brackets after an amount, without digits: its funding source ('10.880.000.000 (APBD)'), not a negative; a
# unit in brackets ('750 (juta)') is no note: it changes the amount, and is reported when not read
_TRAILING_NOTE = re.compile(
    r"\s*\((?![^()]*\b(?:m|jt|juta|miliar|milyar|ribu|rb|ribuan|jutaan|rupiah|rp|idr)\b)[^()\d]*[^\W\d_][^()\d]*\)$", re.IGNORECASE
)
# an amount in miliar or juta ('Rp 1,25 M', '750 Jt', '1.250,5 juta'): Indonesian separators only, for 'M' is million in
# English; a capital 'M' only, for '500 m' is a length
_UNIT_AMOUNT = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)(,\d+)?(M|(?i:miliar|milyar|jt|juta))\.?")
# an amount Excel showed in scientific notation (a General cell in a narrow column) and a CSV saved as shown: '1,25E+09'
# (Indonesian) or '1.25E+09'; the separator before the mantissa's decimals is the decimal one in either locale
_SCIENTIFIC = re.compile(r"(\d{1,15})(?:[.,](\d{1,15}))?[eE]\+?(\d{1,2})")
# what an export writes before a number it keeps as text: Excel's apostrophe (or a typographic one) and the ="..." formula
_TEXT_MARKS = frozenset("'\u2018\u2019`=")
_UNIT_SIZES = {"M": 10**9, "miliar": 10**9, "milyar": 10**9, "jt": 10**6, "juta": 10**6}
# characters no reader sees, which text copied from web pages and exports carries: zero-width spaces and joiners,
# direction marks, the word joiner, a byte order mark, a soft hyphen
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")
# the other spaces a locale or a PDF copy puts between thousands ('1\u202f400\u202f000', thin, figure, ideographic):
# Unicode's space separators beyond the ASCII space; tabs and line breaks stay, they part two amounts in one cell
_WIDE_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def parse_budget(value: object, scale: int = 1) -> tuple[int | None, str]:
    """Rupiah as an integer from a number or Indonesian text (in units of ``scale`` Rupiah); second item explains a failure."""
    if type(value) is float and scale == 1 and 0.0 <= value < 1e18 and value.is_integer():
        return int(value), ""  # the common cell: whole Rupiah as the reader gives numbers
    if isinstance(value, float) or (isinstance(value, int) and not isinstance(value, bool)):
        return _from_number(value, scale)
    if value is None or value == "":
        return None, ""
    if isinstance(value, bool):
        return None, say("values.not_amount", value=repr(value))
    if isinstance(value, (_dt.date, _dt.datetime, _dt.time, _dt.timedelta)):
        return None, say("values.date", value=value)
    return _from_text(str(value), scale)


def has_digit(text: str) -> bool:
    """True when a text holds a digit (one regex search: a cheap first test on every row)."""
    return _DIGIT.search(text) is not None


def adds_up(amounts: list[int], total: int) -> bool:
    """True when parts add up to ``total``, within a Rupiah a part or 1%, as a split rounds."""
    return abs(sum(amounts) - total) <= max(len(amounts), total // 100)


def _from_number(value: float, scale: int = 1) -> tuple[int | None, str]:
    """Round a numeric cell to whole Rupiah."""
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None, say("values.not_finite")
    if abs(value) >= 10**18:
        return None, say("values.too_large", value=value)
    number = int(round(value * scale))
    if abs(number) >= 10**18:
        return None, say("values.too_large", value=value)
    return number, say("values.negative") if number < 0 else ""


#: words a budget cell writes for no money, as '-' does ('Tidak ada', 'Nihil'), spaces taken out
_NIL_WORDS = frozenset({"tidakada", "tdkada", "nihil", "kosong", "nil", "n/a", "none"})


def _from_text(text: str, scale: int = 1) -> tuple[int | None, str]:
    """Parse '1.250.000.000,00', 'Rp 1,250,000,000.00', '(5.000)' and plain digits."""
    raw = text.strip()
    if raw[:1] in _TEXT_MARKS:
        raw = _without_text_mark(raw)
    if raw[:3] == "###" and not raw.strip("#"):
        return None, say("values.hashes", value=repr(raw))
    if raw[-1:] == ")":
        raw = _TRAILING_NOTE.sub("", raw) or raw
    negative = raw.startswith("(") and raw.endswith(")") or raw.startswith("-")
    body = _RP.sub("", raw.strip("()").lstrip("-").strip())
    body = body.replace(" ", "") if body.isascii() else _WIDE_SPACES.sub("", body.replace(" ", ""))
    body = _NO_CENTS.sub("", body)  # 'Rp 1.250.000,-': no cents
    if body in ("", "-") or body.casefold() in _NIL_WORDS:
        return None, ""
    digits = _normalize_separators(body, scale)
    if digits is None and ("E" in body or "e" in body):
        digits = _scientific(body)
    if digits is None and not body[-1].isdigit():
        digits, scale = _unit_amount(body, scale)
    if digits is None:
        return None, say("values.not_amount", value=repr(text))
    amount = float(digits) * scale
    if not math.isfinite(amount) or abs(amount) >= 10**18:
        return None, say("values.too_large", value=repr(text))
    number = int(round(amount))
    return (-number if negative else number), (say("values.negative") if negative else "")


def _without_text_mark(raw: str) -> str:
    """An amount without the mark an export puts before a number kept as text: ="1250000000", '1250000000."""
    if raw[0] == "=":
        return raw[1:].strip().strip('"').strip() if raw[1:].strip()[:1] == '"' else raw
    return raw[1:].strip()


def _scientific(body: str) -> str | None:
    """'1,25E+09' -> '1.25e09', a decimal string float() reads; None when the text is no number in scientific notation."""
    match = _SCIENTIFIC.fullmatch(body)
    if match is None:
        return None
    whole, decimals, exponent = match.groups()
    return f"{whole}.{decimals or '0'}e{exponent}"


def scientific_rounding(value: object, scale: int = 1) -> int | None:
    """How far an amount in scientific notation ('1,25E+09') may be from the one the spreadsheet held (half its last
    shown digit, in Rupiah: 5.000.000 here), or None when the value is not written so."""
    if not isinstance(value, str) or ("E" not in value and "e" not in value):
        return None
    match = _SCIENTIFIC.search(value.replace(" ", ""))
    if match is None or _from_text(value, scale)[0] is None:
        return None
    _whole, decimals, exponent = match.groups()
    # (a mantissa with more decimals than its exponent shows every Rupiah: nothing was rounded away)
    return (10 ** int(exponent) * scale // (2 * 10 ** len(decimals or ""))) or None


def _unit_amount(body: str, scale: int) -> tuple[str | None, int]:
    """'1,25M' -> ('1.25', 10**9): the number and the size of the unit it names (which overrides the sheet's scale)."""
    match = _UNIT_AMOUNT.fullmatch(body)
    # '1,500 jt' may be 1.5 juta or an English 1,500 juta: three digits after the comma are told, not guessed; '1,662 M'
    # is 1.662 miliar, and 1,662 million (the English M) is the same amount
    if match is None or (match.group(2) is not None and len(match.group(2)) == 4 and match.group(3).lower() in ("jt", "juta")):
        return None, scale
    whole, decimals, unit = match.groups()
    return whole.replace(".", "") + (decimals or "").replace(",", "."), _UNIT_SIZES[unit if unit == "M" else unit.lower()]


def _normalize_separators(body: str, scale: int = 1) -> str | None:
    """Turn Indonesian or English separators into a plain decimal string (``scale``: the unit of the amount)."""
    if not _AMOUNT_CHARS.fullmatch(body):
        return None
    if "," in body and "." in body:
        decimal = "," if body.rfind(",") > body.rfind(".") else "."
    elif "," in body:
        decimal = "," if _CENTS_AFTER_COMMA.search(body) or _comma_decimals(body, scale) else ""
    elif "." in body:
        decimal = "" if _DOT_THOUSANDS.fullmatch(body) else "."
    else:
        decimal = ""
    thousands = {",": ".", ".": ",", "": ".,"}[decimal]
    for sep in thousands:
        body = body.replace(sep, "")
    body = body.replace(",", ".")
    try:
        float(body)
    except ValueError:
        return None
    return body


def _comma_decimals(body: str, scale: int) -> bool:
    """True when the one comma of an amount with three digits after it is a decimal comma: after a lone 0 ('0,085'), no
    thousands group begins so; in billions of Rupiah ('1,505' miliar), a plan writes decimals the Indonesian way
    (in juta, '2,500' may be an English thousands group)."""
    return _LONE_COMMA.fullmatch(body) is not None and (body[:2] == "0," or scale >= _BILLION)


def format_rupiah(amount: int, lang: str = "id") -> str:
    """'Rp 1.250.000.000' (id) or 'Rp 1,250,000,000' (en)."""
    return f"{'-' if amount < 0 else ''}Rp {format_count(abs(amount), lang)}"


#: the units of format_short_rupiah, smallest first: (size, Indonesian name, English name)
_SHORT_UNITS = ((10**6, "juta", "million"), (10**9, "miliar", "billion"), (10**12, "triliun", "trillion"))


def _tenths(numerator: int, denominator: int) -> int:
    """numerator / denominator in tenths, rounded half up (exact integer arithmetic)."""
    return (20 * numerator + denominator) // (2 * denominator)


def _decimal_text(tenths: int, lang: str) -> str:
    """12345 tenths -> '1.234,5' (id) or '1,234.5' (en)."""
    whole = f"{tenths // 10:,}"
    if lang == "id":
        return f"{whole.replace(',', '.')},{tenths % 10}"
    return f"{whole}.{tenths % 10}"


def format_tenths(tenths: int, lang: str = "id") -> str:
    """A number given in tenths, with one decimal: '1.234,5' (id) or '1,234.5' (en)."""
    return _decimal_text(tenths, lang)


def format_short_rupiah(amount: int, lang: str = "id") -> str:
    """'Rp 12,4 miliar' / 'Rp 12.4 billion': the form reviewers say aloud, rounded half up.

    A value that rounds to 1000 of a unit is shown in the next one (Rp 999.950.000 is 'Rp 1,0 miliar').
    """
    size = abs(amount)
    fitting = [index for index, unit in enumerate(_SHORT_UNITS) if size >= unit[0]]
    if not fitting:
        return format_rupiah(amount, lang)
    index = fitting[-1]
    tenths = _tenths(size, _SHORT_UNITS[index][0])
    if tenths >= 10_000 and index + 1 < len(_SHORT_UNITS):
        index += 1
        tenths = _tenths(size, _SHORT_UNITS[index][0])
    _, name_id, name_en = _SHORT_UNITS[index]
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp {_decimal_text(tenths, lang)} {name_id if lang == 'id' else name_en}"


def format_percent(numerator: int, denominator: int, lang: str = "id") -> str:
    """'94,0%' (id) or '94.0%' (en), rounded half up; 0 of 0 is 0.0%.

    Only all is 100,0% and only none is 0,0%: a share just short of all is '99,9%', a share above
    none that rounds to nothing is '<0,1%'.
    """
    tenths = _percent_tenths(numerator, denominator)
    if tenths is None:
        return below_tenth_text(lang)
    return _decimal_text(tenths, lang) + "%"


def shown_share(numerator: int, denominator: int) -> float:
    """The share as format_percent shows it, as a fraction for a percent cell: 2999 of 3000 is 0.999 ('99,9%').

    A share above none that format_percent shows as '<0,1%' stays the exact fraction (above 0, below 0.0005),
    so it sorts and sums as what it is; a cell format shows it as '<0,1%' (see workbook.share_format).
    """
    tenths = _percent_tenths(numerator, denominator)
    return numerator / denominator if tenths is None else tenths / 1000


def _percent_tenths(numerator: int, denominator: int) -> int | None:
    """The percentage in tenths, rounded half up, 1000 only for all; None for a share above none that rounds to 0."""
    if not denominator or not numerator:
        return 0
    tenths = _tenths(100 * numerator, denominator)
    if numerator < denominator:
        tenths = min(tenths, 999)
    return tenths or None


def format_count(number: int, lang: str = "id") -> str:
    """A count with the language's thousands separator: '3.000' (id), '3,000' (en)."""
    text = f"{number:,}"
    return text.replace(",", ".") if lang == "id" else text


def percent_text(value: float, lang: str = "id") -> str:
    """A percentage already computed: '49,4%' (id) or '49.4%' (en)."""
    text = f"{value:.1f}"
    return (text.replace(".", ",") if lang == "id" else text) + "%"


def below_tenth_text(lang: str = "id") -> str:
    """How format_percent shows a share above none that rounds to nothing: '<0,1%' (id), '<0.1%' (en)."""
    return "<" + percent_text(0.1, lang)


def is_amount(value: object) -> bool:
    """True for a number, or a text that reads as an amount ('Rp 1.250.000', '500')."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    if not isinstance(value, str) or not has_digit(value):
        return False
    amount, problem = parse_budget(value)
    return amount is not None and not problem


def is_filled(value: object) -> bool:
    """True for a cell that holds something: only text can be blank."""
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def cell_text(value: object) -> str:
    """A cell value as trimmed single-spaced text (numbers without a trailing .0)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return visible_text(str(value))


def name_order(name: str) -> tuple[str, str]:
    """The sort key of a government or file name in a list the outputs show: the same list whatever the order of the files."""
    return name.casefold(), name


def visible_text(text: str) -> str:
    """Text as a reader sees it: single-spaced (line breaks and tabs too), trimmed, without invisible characters."""
    return " ".join(without_invisible(text).split())


def without_invisible(text: str) -> str:
    """Text without the invisible characters (zero-width space, byte order mark, ...) it may carry."""
    # (the common cell is ASCII, which holds none of them: one flag test instead of a regex)
    return text if text.isascii() else _INVISIBLE.sub("", text)


#: a whole number read as a year, which a header row can hold (a group of year columns), not an amount
_YEARS = range(1990, 2101)


def is_data_row(row: tuple[object, ...]) -> bool:
    """A row holding a program (or deeper) code or an amount: an item row whose words name columns ('PROGRAM
    PENYELENGGARAAN JALAN' beside 'Persentase capaian'), never a header row."""
    for value in row:
        if isinstance(value, str):
            if _deep_code(value):
                return True
        elif isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value) >= 1000 and value not in _YEARS:
            return True
    return False


def _deep_code(text: str) -> bool:
    """A cell that is a dotted code of three segments or more ('1.03.10', '1.03.10.2.01.0004')."""
    parts = text.strip().split(".")
    return len(parts) >= 3 and all(part.isdigit() and len(part) <= 4 for part in parts)
