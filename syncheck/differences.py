"""Which words two names do not share, once typos, abbreviations, acronyms and glued words are paired off."""

from __future__ import annotations

import functools
from collections import Counter

from . import spelling
from .normalize import default_rules, is_typo_of


# cached: the same name pairs recur in every kab/kota of a province
@functools.lru_cache(maxsize=1 << 18)
def token_difference(left: tuple[str, ...], right: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str], int]:
    """Words only on the left, only on the right (typos paired off), and how many typo pairs there were."""
    left_set, right_set = set(left), set(right)
    only_left, only_right = left_set - right_set, right_set - left_set
    if not (only_left or only_right):
        return frozenset(), frozenset(), 0
    typos = 0
    (left_acronym, left_abbreviation), (right_acronym, right_abbreviation) = _marks(left), _marks(right)
    if left_acronym or right_acronym:
        _pair_bare_acronyms(only_left, only_right, left_set, right_set)
    if only_left and only_right:
        typos = _pair_abbreviations(only_left, only_right) if left_abbreviation or right_abbreviation else 0
        typos += _pair_glued(only_left, only_right, left_set, right_set)
        candidates = sorted(only_right)
        for word in sorted(only_left):
            size, first, last = len(word), word[0], word[-1]
            for other in candidates:
                # one or two edits never change the length by more than two, and below twelve letters keep the
                # first or the last letter (is_typo_of's own first exit, tested here before its call)
                length = len(other)
                if -2 <= size - length <= 2 and (other[0] == first or other[-1] == last or min(size, length) >= 12):
                    if other in only_right and is_typo_of(word, other):
                        only_left.discard(word)
                        only_right.discard(other)
                        typos += 1
                        break
    if only_left and only_right:
        typos += _pair_variant_typos(only_left, only_right)
    # a word written twice in a name, once mistyped ('Terintegrasi ... Teintegrasi') or both times ('Lemabga ...
    # Lmebaga'): the typo is no extra word when the other name has the word, as written or paired off above
    # (only worth a look when one side is nearly covered and few words differ: else the names differ anyway)
    if min(len(only_left), len(only_right)) <= 1 and 0 < len(only_left) + len(only_right) <= 8:
        matched_left, matched_right = left_set - only_left, right_set - only_right
        typos += _drop_repeated_typos(only_left, matched_right) + _drop_repeated_typos(only_right, matched_left)
    # an acronym one name adds beside its expansion ('Jasa Konstruksi (SIPJAKI)' / 'Jasa Konstruksi') stays a
    # difference: the official list writes it at one level only, and reviewers leave such pairs uncounted
    return frozenset(only_left), frozenset(only_right), typos


def _pair_variant_typos(only_left: set[str], only_right: set[str]) -> int:
    """Pair off a word mistyped from the spelling the rules rewrite the other name's word from ('naalisa' / 'analisis',
    written 'Analisa'); returns the count."""
    count, forms_of = 0, _written_forms()
    for words, others in ((only_left, only_right), (only_right, only_left)):
        # most words have no other spelling: look them up before building the search
        for other in sorted(word for word in others if word in forms_of):
            typo = next((word for form in forms_of[other] for word in sorted(words) if is_typo_of(word, form)), None)
            if typo is not None and other in others:
                words.discard(typo)
                others.discard(other)
                count += 1
    return count


@functools.lru_cache(maxsize=1)
def _written_forms() -> dict[str, tuple[str, ...]]:
    """The one-word spellings the shipped rules rewrite into another spelling of the word, by the word they become
    ('analisis': ('analisa',)); abbreviations ('pengemb.') are no spelling."""
    forms: dict[str, list[str]] = {}
    for rule in default_rules():
        written = rule.literals[0] if len(rule.literals) == 1 else ""
        if len(written) >= 5 and written.isalpha() and rule.replacement.isalpha() and abs(len(written) - len(rule.replacement)) <= 2 \
                and rule.pattern.fullmatch(written):
            forms.setdefault(rule.replacement, []).append(written)
    return {word: tuple(written) for word, written in forms.items()}


@functools.lru_cache(maxsize=1 << 16)
def official_words_apart(left: tuple[str, ...], right: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """Words of one name whose counterpart in the other is another official word one letter away ('makro' / 'mikro'),
    or a typo that reads as either of two such words ('mkro'), which token_difference pairs off as typos: (left words,
    right words)."""
    only_left, only_right = set(left) - set(right), set(right) - set(left)
    pairs = [(word, other) for word in only_left for other in only_right if _apart(word, other)]
    return frozenset(word for word, _ in pairs), frozenset(other for _, other in pairs)


def _apart(word: str, other: str) -> bool:
    """Two official words one letter apart, or a typo that repairs as well into the other's one-letter neighbour
    ('mkro': 'makro' or 'mikro'): the typo's item is not known."""
    return spelling.distinct_official_words(word, other) or _ambiguous_repair(word, other) or _ambiguous_repair(other, word)


def ambiguous_repairs(only_left: frozenset[str], only_right: frozenset[str]) -> list[tuple[str, str, str]]:
    """(typo, official word, the word telling its names apart) for each typo of the differing words that reads as either."""
    found = []
    for typo, word in [*((a, b) for a in only_left for b in only_right), *((b, a) for a in only_left for b in only_right)]:
        if _ambiguous_repair(typo, word):
            found.extend((typo, *sorted((word, near))) for near in spelling.official_neighbours(word))
    return list(dict.fromkeys(found))


def _ambiguous_repair(typo: str, word: str) -> bool:
    """``typo`` is a typo of the official ``word`` and of the official word that tells its names apart ('mikro')."""
    return is_typo_of(typo, word) and any(typo != near and is_typo_of(typo, near) for near in spelling.official_neighbours(word))


@functools.lru_cache(maxsize=1 << 16)
def repeated_apart(left: tuple[str, ...], right: tuple[str, ...], left_words: tuple[str, ...], right_words: tuple[str, ...]) -> str:
    """A word one name writes more often than the other ('UKP Rujukan, UKM dan UKM Rujukan' / 'UKM dan UKP Rujukan': the
    same words listing other items); '' when none, when one name is the other cut off, or when a name writes a word twice
    side by side (a slip, or words shuffled) or expands an acronym or abbreviation, which repeats its words ('Sumber Daya
    Manusia (SDM)')."""
    if any(_marks(left)) or any(_marks(right)):
        return ""
    # a typo counts as the word it mistypes ('kendraan' beside 'kendaraan' is no repetition, 'penyeiaan' no new word)
    mapped = _typos_mapped(left, right)
    if mapped is None:
        return ""  # a word paired off some other way (glued, a variant spelling): its count is not known
    left, right = (tuple(mapped.get(word, word) for word in side) for side in (left, right))
    left_words, right_words = (tuple(mapped.get(word, word) for word in side) for side in (left_words, right_words))
    if _doubled(left_words) or _doubled(right_words):
        return ""
    short, long = sorted((left, right), key=len)
    if long[: len(short)] == short:
        return ""  # one name the other cut off before a word it repeats ('... Kawasan Strategis [Pariwisata]')
    counts = Counter(left), Counter(right)
    return next((word for word, count in counts[0].items() if len(word) > 2 and word in counts[1] and count != counts[1][word]), "")


def _typos_mapped(left: tuple[str, ...], right: tuple[str, ...]) -> dict[str, str] | None:
    """Each word of one name the other lacks, mapped to the word of the other name it mistypes (a word the other name
    lacks first); None when one of them mistypes none."""
    mapped: dict[str, str] = {}
    for one, other in ((left, right), (right, left)):
        # (the second side is read against the first as mapped, so a pair is mapped once, from the left)
        other_words = {mapped.get(word, word) for word in other}
        for word in sorted(set(one) - other_words - mapped.keys()):
            partner = next((candidate for candidate in sorted(other_words, key=lambda known: (known in one, known))
                            if is_typo_of(word, candidate)), None)
            if partner is None:
                return None
            mapped[word] = partner
    return mapped


def _doubled(words: tuple[str, ...]) -> bool:
    """True when a name writes a word twice side by side, or the first element of the list it opens with twice."""
    return any(one == other for one, other in zip(words, words[1:])) or _first_element_twice(words)


def _first_element_twice(words: tuple[str, ...]) -> bool:
    """True when a name's words open with a list element written twice ('Monitoring, Monitoring, Evaluasi ...', read
    'monitoring dan monitoring dan evaluasi': a slip for 'Monitoring, Evaluasi ...'). No official name does; a word
    repeated inside an element ('Kawasan Permukiman dan Permukiman Kumuh') is no element written twice."""
    for size in range(1, (len(words) - 1) // 2 + 1):
        end = 2 * size + 1
        if words[size] == "dan" and words[:size] == words[size + 1 : end] and (end == len(words) or words[end] == "dan"):
            return True
    return False


def _marks(tokens: tuple[str, ...]) -> tuple[bool, bool]:
    """Whether a name's words hold a marked acronym ('sipjaki\u207e') or abbreviation ('peny\u2024'): one search per name."""
    text = " ".join(tokens)
    return spelling.ACRONYM_MARK in text, spelling.ABBREVIATION_MARK in text


def _pair_bare_acronyms(only_left: set[str], only_right: set[str], left: set[str], right: set[str]) -> None:
    """Drop an acronym written beside its expansion in one name and bare in the other ('sipjaki\u207e' / 'sipjaki')."""
    bare_left, bare_right = {spelling.bare(word) for word in left}, {spelling.bare(word) for word in right}
    only_left.difference_update([word for word in only_left if spelling.bare(word) in bare_right])
    only_right.difference_update([word for word in only_right if spelling.bare(word) in bare_left])


def _drop_repeated_typos(extra: set[str], shared: set[str]) -> int:
    """Remove from ``extra`` the words that are typos of a word both names share; returns how many."""
    found = []
    for word in extra:
        if len(word) < 5:
            continue
        head, tail, size = word[:2], word[-2:], len(word)
        # one or two slips keep the length within two and the first or the last two letters
        if any((other[:2] == head or other[-2:] == tail) and abs(len(other) - size) <= 2 and is_typo_of(word, other) for other in shared):
            found.append(word)
    extra.difference_update(found)
    return len(found)


def _pair_abbreviations(only_left: set[str], only_right: set[str]) -> int:
    """Pair off each abbreviation the word list left open ('peny․') with the one word of the other name it begins."""
    return len(_abbreviation_pairs(only_left, only_right))


def _abbreviation_pairs(only_left: set[str], only_right: set[str]) -> list[tuple[str, str]]:
    """(abbreviation stem, word read) for each abbreviation paired off; the pairs leave the two sets."""
    mark = spelling.ABBREVIATION_MARK
    if mark not in f"{' '.join(only_left)} {' '.join(only_right)}":
        return []
    pairs = []
    for words, others in ((only_left, only_right), (only_right, only_left)):
        for word in sorted(words):
            stem = spelling.abbreviation_stem(word)
            readings = [other for other in others if stem and other[-1] != mark and (other.startswith(stem) or _mistyped_reading(stem, other))]
            if len(readings) == 1:
                words.discard(word)
                others.discard(readings[0])
                pairs.append((stem, readings[0]))
    return pairs


@functools.lru_cache(maxsize=1 << 12)
def _mistyped_reading(stem: str, word: str) -> bool:
    """A word no official name uses that is a typo of one the stem begins ('peneydiaan' for 'penyediaan', read from 'peny.')."""
    words = spelling.vocabulary()
    if word in words or len(word) < len(stem) + 2:
        return False
    return any(official.startswith(stem) and is_typo_of(word, official) for official in words if official[:2] == word[:2])


def abbreviations_read(left: tuple[str, ...], right: tuple[str, ...]) -> tuple[str, ...]:
    """The abbreviations one name's words read from the other's ('peny = penyelenggaraan'), for a link's reason."""
    left_set, right_set = set(left), set(right)
    pairs = _abbreviation_pairs(left_set - right_set, right_set - left_set)
    return tuple(f"{stem} = {word}" for stem, word in pairs)


#: prefixes that legitimately glue to the next word ("antardesa"), so a glued pair is not a typo
_COMPOUND_PREFIXES = ("antar", "lintas", "non", "pra", "pasca", "sub", "multi", "inter", "swa")


def _pair_glued(only_left: set[str], only_right: set[str], left: set[str], right: set[str]) -> int:
    """Pair off words typed without the space between them ('sistempenyediaan'); returns the count."""
    if not (_may_be_glued(only_left, only_right) or _may_be_glued(only_right, only_left)):
        return 0  # the common pair: no word starts or ends with a word of the other name
    count = 0
    for words, other_only, other in ((only_left, only_right, right), (only_right, only_left, left)):
        parts = sorted(other_only)
        for word in sorted(words):
            split = _glued_split(word, parts, other_only, other)
            if split is not None:
                words.discard(word)
                other_only.difference_update(split)
                count += 1
    return count


def _may_be_glued(words: set[str], parts: set[str]) -> bool:
    """Some word starts or ends with a part of three letters or more (no word is a part: the sets are disjoint)."""
    text = f" {' '.join(words)} "
    # 'part in text' first: most parts are in no word, and the test costs no string built
    return any(part in text and (f" {part}" in text or f"{part} " in text) for part in parts if len(part) >= 3)


def _glued_split(word: str, parts: list[str], other_only: set[str], other: set[str]) -> tuple[str, str] | None:
    """(head, tail) when word is two words of the other name glued, one of them (from ``parts``, sorted) missing there."""
    size = len(word)
    for part in parts:
        if len(part) < 3 or size - len(part) < 3 or part not in other_only:
            continue
        if word.startswith(part) and part not in _COMPOUND_PREFIXES:
            tail = _in_or_typo(word[len(part):], other)
            if tail:
                return part, tail
        if word.endswith(part) and word[: -len(part)] not in _COMPOUND_PREFIXES:
            head = _in_or_typo(word[: -len(part)], other)
            if head and head not in _COMPOUND_PREFIXES:  # 'anatrdesa' is 'antardesa' mistyped, still one word
                return head, part
    return None


def _in_or_typo(word: str, words: set[str]) -> str:
    """The word as the other name spells it, also when mistyped here (glued words often are); else ''."""
    if word in words:
        return word
    if len(word) < 5:
        return ""
    size = len(word)
    # (sorted for a stable answer; only words within two letters of the length can be one edit or two away)
    return next((other for other in sorted(other for other in words if abs(size - len(other)) <= 2) if is_typo_of(word, other)), "")
