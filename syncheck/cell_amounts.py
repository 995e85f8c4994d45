"""The amount per place a location cell states ('Kota Bandung: Rp 7.599.000.000; Kab. Bandung Barat: Rp 1.301.000.000'),
as Item.place_budgets, when the amounts add up to the row's budget (pure)."""

from __future__ import annotations

import re

from .messages import Message, Rupiah, say
from .place_amounts import AMOUNT, is_money
from .places import parse_location
from .values import adds_up, has_digit, parse_budget

# what parts two places of a list ('Kab Bogor = 1 M; Kota Bogor = 2 M'), or ends one
_BETWEEN = re.compile(r"^(?:[\s,;/&.]|\bdan\b|\bserta\b)*|(?:[\s,;/&]|\bdan\b|\bserta\b)*$", re.IGNORECASE)


def cell_place_budgets(location: str, budget: int | None, scale: int = 1) -> tuple[tuple[tuple[str, int], ...], Message | None]:
    """The cell's places with their amounts when it gives one for each of two places or more and these add up to
    ``budget`` (read in Rupiah, or else in the table's unit ``scale``); else (), with a warning when the amounts it states
    do not add up (the whole budget then counts at each place)."""
    if not location or not budget or not has_digit(location):
        return (), None
    spans = [match for match in AMOUNT.finditer(location) if is_money(match)]
    if not spans:
        return (), None
    places = _places(location, spans)
    for unit in dict.fromkeys((1, scale)):
        amounts = [parse_budget(match.group("amount"), unit)[0] for match in spans]
        if all(amounts) and adds_up(amounts, budget):
            return (tuple(zip(places, amounts)) if places and len(places) > 1 else ()), None
    stated = sum(amount or 0 for amount in (parse_budget(match.group("amount"))[0] for match in spans))
    return (), say("cell_amounts.not_total", stated=Rupiah(stated), budget=Rupiah(budget))


def _places(location: str, spans: list[re.Match[str]]) -> list[str] | None:
    """The place before each amount, when each is one place and nothing but a separator follows the last amount."""
    starts = [0, *(match.end() for match in spans)]
    places = [_BETWEEN.sub("", location[start : match.start()]) for start, match in zip(starts, spans)]
    if _BETWEEN.sub("", location[spans[-1].end() :]):
        return None
    for place in places:
        parts = parse_location(place) if place else ()
        if len(parts) != 1 or parts[0].is_placeholder:
            return None
    return places
