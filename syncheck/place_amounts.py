"""Amounts a location cell writes after its places ('Kota Bandung: Rp 7.599.000.000'): found, and taken out before its
places are read (pure)."""

from __future__ import annotations

import re

from .values import has_digit

# an amount written after a place ('Kota Bandung: Rp 7.599.000.000', 'Kab Bogor = 6.966.000.000', '(Rp 224.000.000)',
# '1,5 M', '500 jt', 'Rp. 1.000.000,-'), with the ':' or '=' before it and its brackets; a capital 'M' only, as values reads it
AMOUNT = re.compile(
    r"(?P<sep>[:=]\s*)?(\(\s*)?(?P<amount>(?<![\w.,])(?P<rp>(?i:rp|idr)\.?\s*)?(?P<number>\d+(?:[.,]\d+)*)(?:,-+)?"
    r"(?:\s*(?P<unit>M|(?i:miliar|milyar|juta|jt))\b\.?)?)(?(2)\s*\))"
)
# digits only money has: Rupiah written with dot thousands up from a million ('7.599.000.000'); seven digits and more
# are money only after ':' or '=' (a desa's ten-digit code '3507012001' is none)
_MONEY_DIGITS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?")
_LONG_NUMBER = re.compile(r"\d{7,}")


def without_amounts(text: str) -> str:
    """A location cell without the amounts it writes after its places: no amount is a place, and 'Rp' no place name."""
    if not has_digit(text):
        return text
    return AMOUNT.sub(lambda match: " " if is_money(match) else match.group(0), text)


def is_money(match: re.Match[str]) -> bool:
    """True when an AMOUNT match is money: 'Rp' or a unit with it, or digits only money has ('RT 01', '27 Kab/Kota' are not)."""
    number = match.group("number")
    return bool(match.group("rp") or match.group("unit") or _MONEY_DIGITS.fullmatch(number)
                or (match.group("sep") and _LONG_NUMBER.fullmatch(number)))
