"""What a name cell holds besides the item's name: the row's indicator written under it, quotes around it (pure)."""

from __future__ import annotations

import re

from .values import visible_text

# the words an indicator opens with; no official name does ('Persentase dokumen ...', 'Jumlah unit ...')
INDICATOR_START = re.compile(
    r"(?:persentase|jumlah|indeks|cakupan|tingkat|rasio|angka|nilai|capaian|proporsi|prevalensi|rata-rata|terlaksananya"
    r"|tersedianya|meningkatnya|luas|panjang)\b", re.IGNORECASE)
_LABEL = (r"(?:indikator(?:\s+kinerja)?|tolok\s+ukur|sasaran|target|keluaran|output|hasil|capaian)"
          r"(?:\s+(?:kinerja|program|kegiatan|sub\s*kegiatan|keluaran|hasil))?")
# a line of a name cell (after Alt+Enter) opening with an indicator's label and a colon ('Indikator: Jumlah ...', 'Target :
# 12 dokumen'), or with the label and then a number or a word an indicator opens with ('Indikator Persentase ...'). The
# labels alone open the wrapped rest of some official names ('... Evaluasi' / 'Hasil Belajar ...', '... Perhitungan' /
# 'Indikator Kerentanan ...', '... Pencapaian' / 'Target Konsumsi ...'): only the colon or such a word tells an indicator
_INDICATOR_LINE = re.compile(
    rf"[\r\n][ \t\u00a0]*{_LABEL}(?:[ \t\u00a0]*:|[ \t\u00a0]+(?=\d|{INDICATOR_START.pattern}))", re.IGNORECASE)
# the same on the name's own line, only for 'Indikator' and its colon ('Nama Sub Kegiatan Indikator: Jumlah ...')
_INDICATOR_INLINE = re.compile(r"\s(?:indikator(?:\s+kinerja)?(?:\s+(?:program|kegiatan|sub\s*kegiatan))?)\s*:", re.IGNORECASE)
# a bracket ending the name that opens with an indicator's label and a colon ('... Kabupaten/Kota (Target: 12 Dokumen)')
_INDICATOR_BRACKET = re.compile(rf"\s*\(\s*{_LABEL}\s*:\s*([^()]*?)\s*\)\s*$", re.IGNORECASE)
# a quote opening a whole name and the quotes that close it ('“…”', '"…"', '„…“', '„…"', '‘…’', '«…»')
_QUOTE_PAIRS = {"\u201c": "\u201d\u201c\"", '"': "\"\u201d\u201c", "\u201e": "\u201c\u201d\"", "\u201d": "\u201d", "\u2018": "\u2019", "\u00ab": "\u00bb"}
_QUOTES = frozenset("\"\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb")
#: the first characters of a name unquoted may change (callers test it first: most names start with a letter)
QUOTE_OPENERS = frozenset(_QUOTE_PAIRS)


def indicator_cut(text: str) -> tuple[str, str]:
    """(name, indicator) of a name cell that writes the row's indicator after the name, on a line of its own
    ('Penyusunan Dokumen ...⏎Indikator: Jumlah dokumen ...'), after 'Indikator:', or in a bracket ending it that opens with
    a label and a colon ('... (Target: 12 Dokumen)'); (text, '') when it holds none."""
    match = _INDICATOR_LINE.search(text) if "\n" in text or "\r" in text else None
    if match is None and ":" in text:
        match = _INDICATOR_INLINE.search(text)
        if match is None and text.rstrip().endswith(")"):
            bracket = _INDICATOR_BRACKET.search(text)
            if bracket is not None and visible_text(text[: bracket.start()]):
                return text[: bracket.start()], visible_text(bracket.group(1))
    if match is None:
        return text, ""
    name = text[: match.start()]
    if not visible_text(name):
        return text, ""
    return name, visible_text(text[match.end() :].lstrip(" :\t"))


def in_brackets(cell: str, name: str) -> bool:
    """True when indicator_cut found the indicator of ``cell`` in a bracket after ``name``, the name it cut."""
    return cell[len(name) :].lstrip()[:1] == "("


def unquoted(name: str) -> str:
    """A name without a pair of quotes wrapping it whole ('“Pengelolaan Data ...”'); any other name as it is."""
    closing = _QUOTE_PAIRS.get(name[:1])
    if closing is None or len(name) < 3 or name[-1] not in closing:
        return name
    inner = name[1:-1]
    # ('"A" dan "B"' opens and closes with quotes, but no pair wraps it whole)
    return name if any(char in _QUOTES for char in inner) else inner.strip()
