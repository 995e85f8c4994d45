"""Link and tally (higher, lower) plan pairs, on several processes for many pairs (pipeline's linking stage)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterator

from .identify import explain_links
from .entries import prepare, prepared_texts, with_partner_bidang
from .match import Adjust, link_entries
from .models import Finding, Kind, Link, Options, Overlap, Plan, Relation, Summary, build_frozen
from .normalize import Rule, default_rules, load_rules, name_forms, seed_names
from .placement import AMBIGUOUS, ELSEWHERE, IN, Placement
from .tally import (
    Groups, HeldPlace, ambiguity_note, code_name_notes, distinct_counts, level_notes, overlap_of, pair_placements, plan_groups,
    run_places, summarize, town_notes,
)
from .workers import iter_ordered, run_alongside, shared, worker_count

if TYPE_CHECKING:
    from .decisions import DecisionBook


def rules_for(options: Options) -> tuple[Rule, ...]:
    """The normalization rules: the user's table first, then the shipped one."""
    return load_rules(options.synonyms_path) if options.synonyms_path else default_rules()


def reviewer_for(book: DecisionBook | None, plans: list[Plan]) -> Reviewer | None:
    """The reviewer decisions' hook for the pair at (left, right) positions; forked workers inherit it."""
    if book is None:
        return None
    return lambda left, right: book.adjuster(plans[left], plans[right])


@dataclass(frozen=True)
class PairOutcome:
    """What comparing one (higher, lower) pair gives: its links, headlines and substantive overlaps."""

    links: list[Link]
    summaries: list[Summary]
    overlaps: list[Overlap]
    unlocated: list[Overlap] = field(default_factory=list)  # same sub kegiatan whose province row names no usable place
    notes: list[Finding] = field(default_factory=list)  # warnings on the pair's rows (a kota or kabupaten of one name)
    code_notes: list[Finding] = field(default_factory=list)  # tally.code_name_notes of the lower plan
    same_rows: list[tuple[int, int]] = field(default_factory=list)  # (left, right) item positions of the confident links
    held: list[HeldPlace] = field(default_factory=list)  # rows whose place other kab/kota name too (tally.shared_place_notes)
    elsewhere: list[int] = field(default_factory=list)  # positions of the higher plan's same rows placed elsewhere (unknown_places)


Reviewer = Callable[[int, int], "Adjust | None"]


def link_pairs(
    plans: list[Plan], pairs: list[tuple[int, int]], options: Options, reviewer: Reviewer | None = None, explain: bool = False
) -> Iterator[PairOutcome]:
    """Link and tally every (higher, lower) pair, outcomes in pair order as they come, on several processes for many pairs.

    A higher-level plan is prepared and grouped once, here; each lower plan is prepared, linked and
    tallied in a worker, so that work runs on every CPU and only small rows travel back.
    """
    rules = rules_for(options)
    lefts = sorted({left for left, _ in pairs})
    workers = worker_count(options.workers, len(pairs))
    # pairs linked one after another here leave a CPU idle: their large kinds are shared with a forked process,
    # and the lower plans' names are normalized, their code notes made and their items counted there while this
    # one prepares the higher
    split = workers == 1 and options.workers != 1 and bool(pairs)
    if split:
        rights = [right for _, right in pairs]
        (forms, notes, counts), (prepared, groups) = run_alongside(lambda: _lower_side(plans, rights, rules), lambda: _higher_side(plans, lefts, rules))
        seed_names(forms, rules)
    else:
        notes, counts = {}, {}
        prepared, groups = _higher_side(plans, lefts, rules)
    places = run_places(plans, pairs)
    values = {
        "plans": plans, "options": options, "rules": rules, "reviewer": reviewer, "explain": explain,
        "prepared": prepared, "groups": groups, "split": split, "code_notes": notes, "counts": counts, "places": places,
    }  # fmt: skip
    found = iter_ordered(_pair_rows, pairs, workers, values)
    for (left, right), rows in zip(pairs, found):
        yield _rebuild(plans[left], plans[right], rows, places.elsewhere[right])


def _higher_side(plans: list[Plan], lefts: list[int], rules: tuple[Rule, ...]) -> tuple[dict[int, dict], dict[int, Groups]]:
    """The higher plans prepared for matching, and their distinct items (tally.plan_groups), by position."""
    return {index: prepare(plans[index], rules) for index in lefts}, {index: plan_groups(plans[index]) for index in lefts}


def _lower_side(plans: list[Plan], rights: list[int], rules: tuple[Rule, ...]) -> tuple[list, dict[int, list[Finding]], dict[int, dict]]:
    """The lower plans' name forms (normalize.name_forms of what prepare reads), code notes and distinct item counts, by position."""
    texts = [text for index in rights for text in prepared_texts(plans[index])]
    # (the counts after the notes: both key the same rows, remembered in this process only)
    notes = {index: code_name_notes(plans[index]) for index in rights}
    return name_forms(texts, rules), notes, {index: distinct_counts(plans[index]) for index in rights}


LinkRow = tuple[Kind, int, int, Relation, float, str, str]
OverlapRow = tuple[int, Placement]
PairRows = tuple[list[LinkRow], list[Summary], list[OverlapRow], list[Finding], list[int]]


def _pair_rows(pair: tuple[int, int]) -> PairRows:
    """One pair's links, headlines and overlaps, with items as positions in their plans (small to send)."""
    plans: list[Plan] = shared("plans")
    left, right = plans[pair[0]], plans[pair[1]]
    reviewer = shared("reviewer")
    adjust = reviewer(*pair) if reviewer else None
    entries = with_partner_bidang(shared("prepared")[pair[0]], prepare(right, shared("rules")))
    found = link_entries(*entries, shared("options"), adjust, shared("split"))
    if shared("explain"):
        found = explain_links(found)
    left_at, right_at = _positions(left), _positions(right)
    link_at = {id(link): index for index, link in enumerate(found)}
    links = [(link.kind, left_at[id(link.left)], right_at[id(link.right)], link.relation, link.score, link.reason, link.decided) for link in found]
    checked = pair_placements(left, right, found, shared("places"), pair[1])
    overlaps = [(link_at[id(link)], placement) for link, placement in checked if placement.status != ELSEWHERE]
    elsewhere = sorted({left_at[id(link.left)] for link, placement in checked if placement.status == ELSEWHERE})
    notes = shared("code_notes").get(pair[1])
    summaries = summarize(left, right, found, shared("groups")[pair[0]], shared("counts").get(pair[1]))
    return links, summaries, overlaps, notes if notes is not None else code_name_notes(right), elsewhere


def _positions(plan: Plan) -> dict[int, int]:
    """Position of each of the plan's items, by identity."""
    return {id(item): index for index, item in enumerate(plan.items)}


def _rebuild(left: Plan, right: Plan, rows: PairRows, elsewhere: dict[str, tuple[str, ...]]) -> PairOutcome:
    """A pair's outcome from a worker's rows, joined to this process's items."""
    link_rows, summaries, overlap_rows, code_notes, elsewhere_rows = rows
    # every link of the run is made again here, in the parent: built without the frozen __init__
    links = [
        build_frozen(Link, {"kind": kind, "relation": relation, "score": score, "reason": reason,
                            "left": left.items[i], "right": right.items[j], "decided": decided})
        for kind, i, j, relation, score, reason, decided in link_rows
    ]  # fmt: skip
    overlaps = [overlap_of(links[at], placement) for at, placement in overlap_rows if placement.status == IN]
    unlocated = [overlap_of(links[at], placement) for at, placement in overlap_rows if placement.status != IN]
    ambiguous = [(links[at], placement) for at, placement in overlap_rows if placement.status == AMBIGUOUS]
    notes = [ambiguity_note(link, placement, right.label) for link, placement in ambiguous if not placement.named_twice]
    notes += town_notes(((links[at], placement) for at, placement in overlap_rows), right.label)
    notes += level_notes(((links[at], placement) for at, placement in overlap_rows), right.label, elsewhere)
    held = [(link.left, placement.where, right.label, elsewhere.get(placement.named_twice, ())) for link, placement in ambiguous if placement.named_twice]
    same_rows = [(i, j) for _, i, j, relation, *_ in link_rows if relation.is_same]
    return PairOutcome(links, summaries, overlaps, unlocated, notes, code_notes, same_rows, held, elsewhere_rows)
