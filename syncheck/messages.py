"""Link reasons and warning texts: one catalogue of English and Indonesian templates keyed by a stable id.

Producers build a text with ``say(key, **params)`` (English: what models, JSON and tests carry) and
chain the parts of a reason with ``joined``. Writers show it with ``render(text, lang)``, which reads
the English text back against the catalogue and fills the Indonesian template. Adding a message is one
catalogue line; tests/test_messages.py fails for a raw string given to a Finding, Verdict or reason.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

SEPARATOR = "; "

#: key -> (English, Indonesian); ``{name}`` placeholders, the same set in both
CATALOGUE: dict[str, tuple[str, str]] = {
    # match.py: why two items are linked
    "match.names_equal": ("names equal after normalization", "nama sama setelah normalisasi"),
    "match.names_equal_typo": ("names equal after normalization (1 typo set aside)", "nama sama setelah normalisasi (1 salah ketik diabaikan)"),
    "match.names_equal_typos": ("names equal after normalization ({typos} typos set aside)", "nama sama setelah normalisasi ({typos} salah ketik diabaikan)"),
    "match.one_word": ("long names differ in one word", "nama panjang berbeda satu kata"),
    "match.same_code": ("same code {code}", "kode sama {code}"),
    "match.codes_differ": ("codes differ ({left} vs {right})", "kode berbeda ({left} dan {right})"),
    "match.same_code_names_differ": ("same code {code} but the names differ (score {score})", "kode sama {code}, tetapi nama berbeda (skor {score})"),
    "match.same_slot": ("same slot in linked parents", "posisi sama di bawah induk yang tertaut"),
    "match.scope_words": ("wording differs in scope or object ({words})", "rumusan berbeda pada cakupan atau objek ({words})"),
    "match.partly_alike": ("names partly alike (score {score}); {words} differ", "nama sebagian mirip (skor {score}); berbeda pada: {words}"),
    "match.complementary_parents": ("{detail}, but under complementary parents", "{detail}, tetapi di bawah induk yang saling melengkapi"),
    "match.no_code": ("no code on the {sides} side", "tanpa kode di sisi {sides}"),
    "match.codes_no_evidence": ("codes give no evidence", "kode tidak menjadi bukti"),
    "match.below_threshold": ("score {score} is below the threshold {threshold}", "skor {score} di bawah ambang {threshold}"),
    "match.parents_not_linked": ("{detail}, but the parents are not linked", "{detail}, tetapi induknya tidak tertaut"),
    "match.same_slot_codes": ("same slot ({left} / {right})", "posisi sama ({left} / {right})"),
    "match.same_parent_codes": ("same parent ({left} / {right})", "induk sama ({left} / {right})"),
    "match.without_level_words": ("{detail} once level words are set aside", "{detail}, bila kata tingkat pemerintahan diabaikan"),
    "match.only_dan": ("names differ only in 'dan' (one lists with commas)", "nama hanya berbeda pada 'dan' (salah satunya memakai koma)"),
    "match.support_bidang": ("support program of the same bidang {bidang}", "program penunjang dari bidang yang sama {bidang}"),
    "match.support_agency": ("support program of the same agency ({agency})", "program penunjang dari perangkat daerah yang sama ({agency})"),
    "match.name_equal_partner": ("a name-equal partner exists", "ada pasangan lain yang namanya sama persis"),
    "match.long_name_words": ("long names differ in {count} words ({words})", "nama panjang berbeda {count} kata ({words})"),
    "match.abbreviations": ("names equal with abbreviations read in full ({pairs})", "nama sama bila singkatan dibaca utuh ({pairs})"),
    "match.place_added": ("names equal but for a place typed after the name ({places})", "nama sama kecuali tempat yang ditulis setelah nama ({places})"),
    "match.abbreviations_and_place": (
        "names equal with abbreviations read in full ({pairs}) but for a place typed after the name ({places})",
        "nama sama bila singkatan dibaca utuh ({pairs}) kecuali tempat yang ditulis setelah nama ({places})",
    ),
    "match.long_name_and_place": (
        "long names differ in {words} but for a place typed after the name ({places})",
        "nama panjang berbeda pada {words} kecuali tempat yang ditulis setelah nama ({places})",
    ),
    "match.only_joiner": ("names differ only in how a list is joined ('{left}' / '{right}')", "nama hanya berbeda pada penghubung daftar ('{left}' / '{right}')"),
    "match.parent_review": ("the parents are only a review candidate", "induknya baru calon tinjauan"),
    "match.under_linked_parents": ("under linked parents", "di bawah induk yang tertaut"),
    "match.adds_words": ("one name adds words ({words}; score {score})", "salah satu nama menambahkan kata ({words}; skor {score})"),
    # identify.py: a code taken from the nomenclature
    "identify.official_code": (
        "{side} code {code} from nomenclature (name {score}; {why})",
        "kode sisi {side} {code} diambil dari nomenklatur (kemiripan nama {score}; {why})",
    ),
    "identify.no_code": ("the row has no code", "baris tidak berkode"),
    "identify.unknown_code": ("the row's code {code} is not in the nomenclature", "kode baris {code} tidak ada dalam nomenklatur"),
    "identify.other_item": ("the row's code {code} names another item", "kode baris {code} menunjuk item lain"),
    # decisions.py: reviewer decisions
    "decisions.confirmed": ("confirmed by reviewer", "dikonfirmasi peninjau"),
    "decisions.matcher": ("matcher: {relation}, {reason}", "hasil pencocokan: {relation}, {reason}"),
    "decisions.not_proposed": ("not proposed by the matcher", "tidak diusulkan oleh pencocokan otomatis"),
    "decisions.unsure": ("reviewer unsure", "peninjau ragu"),
    "decisions.not_understood": (
        "decision '{word}' not understood (use Ya/Tidak/Ragu or Yes/No/Unsure); row ignored",
        "keputusan '{word}' tidak dikenali (gunakan Ya/Tidak/Ragu atau Yes/No/Unsure); baris diabaikan",
    ),
    "decisions.incomplete": (
        "decision row lacks the kind or an item (code or name) on one side; row ignored",
        "baris keputusan tidak memuat jenis atau item (kode atau nama) pada salah satu sisi; baris diabaikan",
    ),
    "decisions.conflict": (
        "conflicting decisions on '{left}' / '{right}' ({where}); left for review",
        "keputusan yang bertentangan atas '{left}' / '{right}' ({where}); dibiarkan untuk ditinjau",
    ),
    "decisions.no_items": (
        "reviewer decision on {kind} '{left}' / '{right}' matched no items of this run",
        "keputusan peninjau atas {kind} '{left}' / '{right}' tidak cocok dengan item mana pun dalam proses ini",
    ),
    "decisions.not_compared_one": (
        "1 reviewer decision about {left} and {right}, which are not compared in this run",
        "1 keputusan peninjau tentang {left} dan {right}, yang tidak dibandingkan dalam proses ini",
    ),
    "decisions.not_compared": (
        "{count} reviewer decisions about {left} and {right}, which are not compared in this run",
        "{count} keputusan peninjau tentang {left} dan {right}, yang tidak dibandingkan dalam proses ini",
    ),
    # readers.py / classify.py / values.py: reading a plan
    "readers.error_budget": (
        "budget cell {cell} holds the Excel error {error}; the budget is read as empty",
        "sel pagu {cell} berisi galat Excel {error}; pagunya dibaca kosong",
    ),
    "readers.error_cells": (
        "cells holding Excel errors, read as empty: {count} ({errors}), the first is {cell}",
        "sel berisi galat Excel, dibaca kosong: {count} ({errors}), yang pertama {cell}",
    ),
    "readers.level_unknown": (
        "level of government not found; assumed kabupaten (use {hint})",
        "tingkat pemerintahan tidak ditemukan; dianggap kabupaten (gunakan {hint})",
    ),
    "readers.hidden_sheet": ("sheet {sheet} is hidden: skipped ({rows} rows)", "lembar {sheet} tersembunyi: dilewati ({rows} baris)"),
    "readers.no_header": ("sheet {sheet} has no RKPD header: skipped", "lembar {sheet} tidak memiliki kepala tabel RKPD: dilewati"),
    "readers.odd_depth": ("code {code} has an unexpected depth; read without code", "kode {code} memiliki jumlah segmen yang tidak lazim; dibaca tanpa kode"),
    "readers.invalid_code_placed": (
        "code {code} is not a valid code; read as {label} from its place in the table",
        "kode {code} bukan kode yang sah; dibaca sebagai {label} menurut letaknya dalam tabel",
    ),
    "readers.no_code": (
        "row has no code; read as {label} from its place in the table",
        "baris tanpa kode; dibaca sebagai {label} menurut letaknya dalam tabel",
    ),
    "readers.duplicate": (
        "duplicate row: code {code} already on row {row} of sheet {sheet}",
        "baris ganda: kode {code} sudah ada pada baris {row} lembar {sheet}",
    ),
    "classify.continuation": (
        "{count} continuation row(s) without item name, code or budget (e.g. a second indicator row) skipped; first on row {row}",
        "{count} baris lanjutan tanpa nama item, kode atau pagu (mis. baris indikator kedua) dilewati; yang pertama di baris {row}",
    ),
    "classify.recap": (
        "recap table under the plan skipped from this row ({text})",
        "tabel rekapitulasi di bawah rencana dilewati mulai baris ini ({text})",
    ),
    "flat.wrong_level_code": ("code {code} is not a {kind} code; read without code", "kode {code} bukan kode {kind}; dibaca tanpa kode"),
    "readers.government_from_file": (
        "government name not found in the title rows; taken from the file name: {name}",
        "nama pemda tidak ditemukan di baris judul; diambil dari nama berkas: {name}",
    ),
    "readers.government_is_file_name": (
        "government name not found in the title rows or the file name; the file name {stem} is used as the name",
        "nama pemda tidak ditemukan di baris judul maupun di nama berkas; nama berkas {stem} dipakai sebagai nama",
    ),
    "readers.no_budget_column": (
        "no budget column found in the header ({labels}): every budget is empty",
        "kolom pagu tidak ditemukan di kepala tabel ({labels}): semua pagu kosong",
    ),
    "readers.relative_codes": (
        "{count} code(s) written without their program or kegiatan (such as {code}) read as the rest of the code above them ({full})",
        "{count} kode yang ditulis tanpa program atau kegiatannya (mis. {code}) dibaca sebagai lanjutan kode di atasnya ({full})",
    ),
    "readers.invalid_code": ("code {code} is not a valid code; read without code", "kode {code} bukan kode yang sah; dibaca tanpa kode"),
    "header.hidden_budget": (
        "budget column {hidden} is hidden in Excel; budgets are read from the visible column {chosen}",
        "kolom pagu {hidden} disembunyikan di Excel; pagu dibaca dari kolom yang tampak {chosen}",
    ),
    "header.several_budgets": (
        "several budget columns: every budget is read from column {chosen}, not from {others}",
        "beberapa kolom pagu: semua pagu dibaca dari kolom {chosen}, bukan dari {others}",
    ),
    "grouping.before_province": (
        "{government} is given before any province file; it is compared with {province}, the first province given",
        "{government} disebut sebelum berkas provinsi mana pun; dibandingkan dengan {province}, provinsi pertama yang disebut",
    ),
    "grouping.lone_province": (
        "{government} has no kabupaten/kota file after it: not compared (give its kabupaten/kota files after it)",
        "{government} tidak diikuti berkas kabupaten/kota: tidak dibandingkan (sebutkan berkas kabupaten/kotanya sesudahnya)",
    ),
    "classify.no_name": ("row has no item name; skipped ({text})", "baris tanpa nama item; dilewati ({text})"),
    "values.not_amount": ("budget {value} is not an amount", "pagu {value} bukan angka"),
    "values.date": ("budget cell holds a date ({value}), not an amount", "sel pagu berisi tanggal ({value}), bukan angka"),
    "values.not_finite": ("budget is not a finite number", "pagu bukan bilangan yang sah"),
    "values.too_large": ("budget {value} is implausibly large", "pagu {value} terlalu besar untuk masuk akal"),
    "values.negative": ("negative budget", "pagu negatif"),
    # pipeline.py / audit.py: the run as a whole
    "pipeline.not_province": (
        "{government} is not a province; it is compared as the higher level because it is given first",
        "{government} bukan provinsi; diperlakukan sebagai tingkat yang lebih tinggi karena disebut pertama",
    ),
    "audit.year_given": ("the file says {found}; audited as {given}", "berkas menyebut tahun {found}; diaudit sebagai tahun {given}"),
    "audit.merged": ("{government} {year}: {count} files read as one plan ({files})", "{government} {year}: {count} berkas dibaca sebagai satu rencana ({files})"),
    "audit.no_plan": (
        "no plan of {missing} in {year} to compare {government} with",
        "tidak ada rencana {missing} tahun {year} untuk dibandingkan dengan {government}",
    ),
    "audit.gap": (
        "{government} has no plan for {missing}; its continuity skips that year",
        "{government} tidak memiliki rencana untuk {missing}; penelusuran kesinambungannya melewati tahun itu",
    ),
    # validate.py: findings against the nomenclature
    "validate.unknown_code": ("code {code} is not in the nomenclature", "kode {code} tidak ada dalam nomenklatur"),
    "validate.wrong_level": (
        "{code} is a {owner} item (level digit {digit}), which a {plan_level} plan may not carry under UU 23/2014",
        "{code} adalah urusan {owner} (digit tingkat {digit}) yang tidak boleh dimuat rencana {plan_level} menurut UU 23/2014",
    ),
    "validate.wrong_level_program": (
        "program {code} is in the nomenclature only for {owner} governments, not for a {plan_level} plan",
        "program {code} dalam nomenklatur hanya untuk pemerintah {owner}, bukan untuk rencana {plan_level}",
    ),
    "validate.name_spelling": (
        'the name of {code} is spelled differently from the nomenclature, which reads "{expected}"',
        'nama {code} ditulis berbeda dari nomenklatur, yang berbunyi "{expected}"',
    ),
    "validate.name_different": (
        'code {code} is "{expected}" in the nomenclature, a different item from the name in this row',
        'kode {code} dalam nomenklatur adalah "{expected}", item yang berbeda dari nama pada baris ini',
    ),
    "validate.retired": ("{code} is marked inactive (nonaktif) in the nomenclature", "{code} berstatus nonaktif dalam nomenklatur"),
    "validate.wrong_parent": (
        "{code} belongs under {own}, but this row stands under {parent}",
        "{code} semestinya berada di bawah {own}, tetapi baris ini berada di bawah {parent}",
    ),
    "validate.duplicate": ("{code} already appears at {first} for the same agency", "{code} sudah muncul di {first} untuk perangkat daerah yang sama"),
}

#: placeholders whose value is itself a catalogue text
NESTED = frozenset({"detail", "reason", "why"})


def _where(text: str) -> str | None:
    """'sheet Renja row 15' / 'Renja row 15, Renja row 20' -> 'lembar Renja baris 15' / 'Renja baris 15, ...'."""
    text = re.sub(r"\brow (\d+)", r"baris \1", text)
    return re.sub(r"^sheet ", "lembar ", text)


#: placeholders holding English words, and their Indonesian forms (a value not listed fails the match)
WORDS: dict[str, dict[str, str]] = {
    "side": {"left": "kiri", "right": "kanan"},
    "sides": {"left": "kiri", "right": "kanan", "left and right": "kiri dan kanan"},
    "relation": {"identical": "identik", "similar": "serupa", "counterpart": "padanan", "review": "tinjau"},
    "kind": {"program": "program", "kegiatan": "kegiatan", "sub_kegiatan": "sub kegiatan"},
    "owner": {"provincial": "provinsi", "kabupaten/kota": "kabupaten/kota"},
    "plan_level": {"province": "provinsi", "provincial": "provinsi", "kabupaten/kota": "kabupaten/kota", "kabupaten": "kabupaten", "kota": "kota"},
}
#: placeholders holding English phrases, turned into Indonesian by a function
CONVERT: dict[str, Callable[[str], str | None]] = {
    "where": _where,
    "first": _where,
    "missing": lambda text: "provinsi mana pun" if text == "any province" else text,
}


def say(key: str, **params: object) -> str:
    """The English text of catalogue message ``key``."""
    return CATALOGUE[key][0].format(**params)


def joined(*parts: str) -> str:
    """Parts of one reason, in order ('same code 1.02; names equal after normalization')."""
    return SEPARATOR.join(part for part in parts if part)


def render(text: str, lang: str) -> str:
    """``text`` in ``lang`` ('en' or 'id'); a text the catalogue does not know is returned unchanged."""
    if lang != "id" or not text:
        return text
    found = indonesian(text)
    return text if found is None else found


@lru_cache(maxsize=1 << 16)
def indonesian(text: str) -> str | None:
    """The Indonesian form of an English catalogue text (or of several joined), None when one part is unknown."""
    # a code or name rarely holds '; ': read parts at the separators first, then let values span them
    found = _joined(text, True)
    return found if found is not None else _joined(text, False)


def _joined(text: str, strict: bool) -> str | None:
    """Indonesian of ``text`` read as catalogue texts joined by the separator, the shortest first part first."""
    parts = text.split(SEPARATOR)
    for cut in range(1, len(parts) + 1):
        head = _one(SEPARATOR.join(parts[:cut]), strict)
        if head is None:
            continue
        if cut == len(parts):
            return head
        tail = _joined(SEPARATOR.join(parts[cut:]), strict)
        if tail is not None:
            return f"{head}{SEPARATOR}{tail}"
    return None


def placeholders(template: str) -> list[str]:
    """The placeholder names of a template, in order."""
    return re.findall(r"\{(\w+)\}", template)


def _pattern(template: str, strict: bool) -> re.Pattern[str]:
    """A regex that reads a text made from ``template`` back into its parameters (strict: no value holds a ';')."""
    plain = "[^;]*?" if strict else ".*?"
    parts = re.split(r"(\{\w+\})", template)
    body = "".join(
        (f"(?P<{part[1:-1]}>{plain})" if part.startswith("{") else re.escape(part))
        for part in parts
    )
    return re.compile(f"{body}$", re.DOTALL)


def _first_word(template: str) -> str:
    """The literal first word of a template; '' when it starts with a placeholder."""
    word = template.split(" ", 1)[0]
    return "" if "{" in word else word


_Template = tuple[str, str, str, re.Pattern[str]]  # key, literal start, literal end, regex
_Index = dict[tuple[str, int | None], list[_Template]]


@lru_cache(maxsize=2)  # built on the first Indonesian rendering, not at import: every command imports this module
def _patterns(strict: bool) -> _Index:
    """The templates' regexes by literal first word ('' when a placeholder starts it) and, when strict, separator count."""
    out: _Index = {}
    for key, (english, _) in CATALOGUE.items():
        parts = re.split(r"\{\w+\}", english)
        separators = english.count(SEPARATOR) if strict else None
        out.setdefault((_first_word(english), separators), []).append((key, parts[0], parts[-1], _pattern(english, strict)))
    # the most literal text first: 'same code {code} but ...' before 'same code {code}'
    for group in out.values():
        group.sort(key=lambda entry: -len(re.sub(r"\{\w+\}", "", CATALOGUE[entry[0]][0])))
    return out



@lru_cache(maxsize=1 << 16)
def _one(text: str, strict: bool) -> str | None:
    """The Indonesian form of a text made from one catalogue template, None when none fits."""
    # strict: no value holds a ';', so the text has exactly the template's own separators
    separators = text.count(SEPARATOR) if strict else None
    first = text.split(" ", 1)[0]
    patterns = _patterns(strict)
    for key, start, end, pattern in (*patterns.get((first, separators), ()), *patterns.get(("", separators), ())):
        # the literal ends rule out nearly every template before a regex runs
        match = pattern.match(text) if text.startswith(start) and text.endswith(end) else None
        params = _params_id(match.groupdict()) if match else None
        if params is not None:
            return CATALOGUE[key][1].format(**params)
    return None


def _params_id(params: dict[str, str]) -> dict[str, str] | None:
    """Parameters in Indonesian: nested texts and English words translated, the rest (codes, names) kept."""
    out = {}
    for name, value in params.items():
        if name in NESTED:
            found = indonesian(value)
        elif name in WORDS:
            found = WORDS[name].get(value)
        elif name in CONVERT:
            found = CONVERT[name](value)
        else:
            found = value
        if found is None:
            return None
        out[name] = found
    return out
