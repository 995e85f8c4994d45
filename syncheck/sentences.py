"""Headline sentences and the sheet / column labels of the reports, in Indonesian and English."""

from __future__ import annotations

from syncheck.messages import KIND_NAMES
from syncheck.models import Kind, Relation, Summary
from syncheck.values import format_count, format_percent, format_short_rupiah

LANGS: tuple[str, ...] = ("id", "en")

#: every sheet name, column header and relation / kind name the writers show, per language
LABELS: dict[str, dict[str, str]] = {
    "id": {
        # sheet names
        "sheet_summary": "Ringkasan",
        "sheet_links_program": "Tautan Program",
        "sheet_links_kegiatan": "Tautan Kegiatan",
        "sheet_links_sub_kegiatan": "Tautan Sub Kegiatan",
        "sheet_review": "Tinjauan",
        "sheet_unmatched": "Tak Berpasangan",
        "sheet_clusters": "Klaster",
        "sheet_matrix": "Matriks Program",
        "sheet_overlaps": "Tumpang Tindih",
        "sheet_warnings": "Peringatan",
        # titles
        "title": "Ringkasan sinkronisasi RKPD",
        "overlap_title": "Tumpang tindih anggaran per pasangan",
        "chart_title": "Program yang sama dengan provinsi (%) per kabupaten/kota",
        # column headers
        "left": "Pemda kiri",
        "right": "Pemda kanan",
        "kab_kota": "Kab/Kota",
        "kind": "Jenis",
        "left_total": "Jumlah kiri",
        "total": "Jumlah",
        "same": "Sama",
        "percent": "%",
        "identical": "Identik",
        "similar": "Serupa",
        "counterpart": "Padanan",
        "review": "Perlu ditinjau",
        "sentence": "Kalimat",
        "overlap_count": "Jumlah sub kegiatan",
        "left_government": "Pemda kiri",
        "left_code": "Kode kiri",
        "left_name": "Nama kiri",
        "left_agency": "Perangkat daerah kiri",
        "left_budget": "Pagu kiri",
        "right_government": "Pemda kanan",
        "right_code": "Kode kanan",
        "right_name": "Nama kanan",
        "right_agency": "Perangkat daerah kanan",
        "right_budget": "Pagu kanan",
        "relation": "Hubungan",
        "score": "Skor",
        "reason": "Alasan",
        "left_source": "Sumber kiri",
        "right_source": "Sumber kanan",
        "decision": "Keputusan",
        "government": "Pemda",
        "side": "Sisi",
        "side_left": "kiri",
        "side_right": "kanan",
        "code": "Kode",
        "name": "Nama",
        "agency": "Perangkat daerah",
        "budget": "Pagu",
        "source": "Sumber",
        "cluster": "Klaster",
        "governments": "Jumlah pemda",
        "program_code": "Kode program",
        "program_name": "Nama program",
        "province": "Provinsi",
        "count": "Jumlah",
        "location": "Lokasi",
        "left_location": "Lokasi kiri",
        "right_location": "Lokasi kanan",
        "shared_by": "Jumlah kab/kota yang memakai baris ini",
        "overlap_shared": "Di antaranya, pada baris yang juga menyebut kab/kota lain",
        "unlocated_count": "Sama, lokasi tidak disebut atau ambigu (sub kegiatan)",
        "unlocated_budget": "Pagu kiri sub kegiatan itu",
        "unstated_count": "Di antaranya tanpa pagu kiri sendiri (sub kegiatan)",
        "implausible_budget": "Dari pagu kiri, ditandai tidak wajar",
        "sum": "Pagu kiri + kanan",
        "totals": "Total (tiap baris dihitung sekali)",
        "file": "Berkas",
        "sheet": "Lembar",
        "row": "Baris",
        "message": "Pesan",
        # relation names
        "rel_identical": "identik",
        "rel_similar": "serupa",
        "rel_counterpart": "padanan",
        "rel_review": "perlu ditinjau",
    },
    "en": {
        "sheet_summary": "Summary",
        "sheet_links_program": "Program links",
        "sheet_links_kegiatan": "Kegiatan links",
        "sheet_links_sub_kegiatan": "Sub kegiatan links",
        "sheet_review": "Review",
        "sheet_unmatched": "Unmatched",
        "sheet_clusters": "Clusters",
        "sheet_matrix": "Program matrix",
        "sheet_overlaps": "Overlaps",
        "sheet_warnings": "Warnings",
        "title": "RKPD synchronisation summary",
        "overlap_title": "Budget overlap per pair",
        "chart_title": "Programs the same as the province's (%) per kabupaten/kota",
        "left": "Left government",
        "right": "Right government",
        "kab_kota": "Kab/kota",
        "kind": "Kind",
        "left_total": "Left total",
        "total": "Total",
        "same": "Same",
        "percent": "%",
        "identical": "Identical",
        "similar": "Similar",
        "counterpart": "Counterpart",
        "review": "Review",
        "sentence": "Sentence",
        "overlap_count": "Sub kegiatan",
        "left_government": "Left government",
        "left_code": "Left code",
        "left_name": "Left name",
        "left_agency": "Left agency",
        "left_budget": "Left budget",
        "right_government": "Right government",
        "right_code": "Right code",
        "right_name": "Right name",
        "right_agency": "Right agency",
        "right_budget": "Right budget",
        "relation": "Relation",
        "score": "Score",
        "reason": "Reason",
        "left_source": "Left source",
        "right_source": "Right source",
        "decision": "Decision",
        "government": "Government",
        "side": "Side",
        "side_left": "left",
        "side_right": "right",
        "code": "Code",
        "name": "Name",
        "agency": "Agency",
        "budget": "Budget",
        "source": "Source",
        "cluster": "Cluster",
        "governments": "Governments",
        "program_code": "Program code",
        "program_name": "Program name",
        "province": "Province",
        "count": "Count",
        "location": "Location",
        "left_location": "Left location",
        "right_location": "Right location",
        "shared_by": "Kab/kota sharing this row",
        "overlap_shared": "Of it, on rows shared with other kab/kota",
        "unlocated_count": "Same, location not stated or ambiguous (sub kegiatan)",
        "unlocated_budget": "Their left budget",
        "unstated_count": "Of them, no left budget of their own (sub kegiatan)",
        "implausible_budget": "Of left budget, flagged as implausible",
        "sum": "Left + right budget",
        "totals": "Total (each row counted once)",
        "file": "File",
        "sheet": "Sheet",
        "row": "Row",
        "message": "Message",
        "rel_identical": "identical",
        "rel_similar": "similar",
        "rel_counterpart": "counterpart",
        "rel_review": "review",
    },
}

# the kind names (kind_program, ...), the same in both languages, and the English nouns per kind
for _lang in LABELS:
    LABELS[_lang].update({f"kind_{kind}": name for kind, (name, _) in KIND_NAMES.items()})
_EN_NOUNS: dict[Kind, tuple[str, str, str]] = {kind: KIND_NAMES[kind.value][1] for kind in Kind}


def english_nouns(kind: Kind) -> tuple[str, str, str]:
    """The kind's English noun: singular, plural, and singular with its article ('a sub-activity')."""
    return _EN_NOUNS[kind]


def check_lang(lang: str) -> str:
    """The language code itself, or ValueError when it is not 'id' or 'en'."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGS)}")
    return lang


def label(key: str, lang: str) -> str:
    """One sheet name / column header in the chosen language."""
    return LABELS[check_lang(lang)][key]


def relation_label(relation: Relation, lang: str) -> str:
    """The relation name as reviewers read it (identik / serupa / padanan / perlu ditinjau)."""
    return label(f"rel_{relation.value}", lang)


def kind_label(kind: Kind, lang: str) -> str:
    """The kind name as reviewers read it (program / kegiatan / sub kegiatan)."""
    return label(f"kind_{kind.value}", lang)


def _count(number: int, kind: Kind, lang: str) -> str:
    """'5 sub-activities', '1 sub-activity', '5 sub kegiatan'."""
    if lang == "id":
        return f"{format_count(number, lang)} {kind_label(kind, lang)}"
    singular, plural, _ = _EN_NOUNS[kind]
    return f"{format_count(number, lang)} {singular if number == 1 else plural}"


def headline(summary: Summary, lang: str, left_is_province: bool = True) -> str:
    """'83 programs are run by the province; 78 of them (94.0%) are the same as programs of Kota X.'"""
    check_lang(lang)
    if lang == "id":
        return _headline_id(summary, left_is_province)
    return _headline_en(summary, left_is_province)


def _headline_en(summary: Summary, left_is_province: bool) -> str:
    """The English headline."""
    singular, plural, with_article = _EN_NOUNS[summary.kind]
    runner = "the province" if left_is_province else summary.left
    if summary.left_total == 0:
        subject = "The province" if left_is_province else summary.left
        return f"{subject} runs no {plural}."
    total = summary.left_total
    run = f"{total} {singular} is run" if total == 1 else f"{format_count(total, 'en')} {plural} are run"
    percent = format_percent(summary.same, total, "en")
    same = f"is the same as {with_article}" if summary.same == 1 else f"are the same as {plural}"
    return f"{run} by {runner}; {format_count(summary.same, 'en')} of them ({percent}) {same} of {summary.right}."


def _headline_id(summary: Summary, left_is_province: bool) -> str:
    """The Indonesian headline."""
    noun = kind_label(summary.kind, "id")
    if summary.left_total == 0:
        subject = "Provinsi" if left_is_province else summary.left
        return f"{subject} tidak melaksanakan {noun}."
    runner = "provinsi" if left_is_province else summary.left
    percent = format_percent(summary.same, summary.left_total, "id")
    return (
        f"{format_count(summary.left_total, 'id')} {noun} dilaksanakan {runner}; {format_count(summary.same, 'id')} di antaranya "
        f"({percent}) sama dengan {noun} {summary.right}."
    )


def overlap_sentence(
    right: str, amount: int, count: int, lang: str, *, left: str | None = None, flagged: int = 0, flagged_amount: int = 0
) -> str:
    """'Rp 12.4 billion of province budget overlaps with Kota X (5 sub-activities).'

    ``left`` names the left government when it is not a province; ``flagged`` amounts (``flagged_amount`` in all) of
    the sum are ones the reader warned are too large for a sub kegiatan: the sentence says so, and the sum without them.
    """
    check_lang(lang)
    items = _count(count, Kind.SUB_KEGIATAN, lang)
    if lang == "id":
        owner = f"anggaran {left or 'provinsi'}"
        if count == 0:
            return f"Tidak ada {owner} yang tumpang tindih dengan {right}."
        marked = _flagged(amount, flagged, flagged_amount, "id")
        return f"{format_short_rupiah(amount, 'id')} {owner} tumpang tindih dengan {right} ({items}){marked}."
    owner = f"{left or 'province'} budget"
    if count == 0:
        return f"No {owner} overlaps with {right}."
    marked = _flagged(amount, flagged, flagged_amount, "en")
    return f"{format_short_rupiah(amount, 'en')} of {owner} overlaps with {right} ({items}){marked}."


def _flagged(amount: int, flagged: int, flagged_amount: int, lang: str) -> str:
    """'; Rp 1,250.0 trillion of it is 1 amount flagged as implausible (see Warnings), Rp 1.0 billion without it' ('; all of
    it is ...' when every amount is flagged), or ''."""
    if not flagged:
        return ""
    part, rest = format_short_rupiah(flagged_amount, lang), format_short_rupiah(amount - flagged_amount, lang)
    if lang == "id":
        amounts = f"{format_count(flagged, 'id')} pagu yang ditandai tidak wajar (lihat lembar Peringatan)"
        if flagged_amount == amount:
            return f"; seluruhnya berasal dari {amounts}"
        return f"; {part} di antaranya berasal dari {amounts}; tanpa pagu tersebut, {rest}"
    amounts, them = ("1 amount", "it") if flagged == 1 else (f"{format_count(flagged, 'en')} amounts", "them")
    if flagged_amount == amount:
        return f"; all of it is {amounts} flagged as implausible (see Warnings)"
    return f"; {part} of it is {amounts} flagged as implausible (see Warnings), {rest} without {them}"


#: the levels above sub kegiatan a plan may give the budget at instead, as the sentences name them
_LEVELS = {"id": {kind: KIND_NAMES[kind.value][0] for kind in (Kind.KEGIATAN, Kind.PROGRAM)},
           "en": {kind: KIND_NAMES[kind.value][1][0] for kind in (Kind.KEGIATAN, Kind.PROGRAM)}}


def _level_words(levels: tuple[Kind, ...], lang: str) -> str:
    """The levels a budget is given at instead, as the sentences name them ('kegiatan dan program', 'activity and program')."""
    return (" dan " if lang == "id" else " and ").join(_LEVELS[lang][kind] for kind in levels)


def unstated_sentence(
    right: str, count: int, lang: str, *, left: str | None = None, above: int = 0, levels: tuple[Kind, ...] = ()
) -> str:
    """'2 sub-activities overlap with Kota X; the province states no budget for them at sub-activity level, only at
    activity level (Rp 3.0 billion).': the overlap of province rows that have no budget of their own (not Rp 0)."""
    check_lang(lang)
    items = _count(count, Kind.SUB_KEGIATAN, lang)
    level = _level_words(levels, lang)
    if lang == "id":
        where = f", hanya di tingkat {level} ({format_short_rupiah(above, 'id')})" if levels else ""
        return f"{items} tumpang tindih dengan {right}; {left or 'provinsi'} tidak mencantumkan pagunya di tingkat sub kegiatan{where}."
    them, verb = ("it", "overlaps") if count == 1 else ("them", "overlap")
    where = f", only at {level} level ({format_short_rupiah(above, 'en')})" if levels else ""
    return f"{items} {verb} with {right}; {left or 'the province'} states no budget for {them} at sub-activity level{where}."


def partly_unstated_sentence(count: int, lang: str, *, above: int = 0, levels: tuple[Kind, ...] = ()) -> str:
    """'1 of them has no budget stated at sub-activity level and is not in this amount (stated at activity level:
    Rp 3.0 billion).': overlapping sub kegiatan left out of the amount because their rows give none."""
    check_lang(lang)
    level = _level_words(levels, lang)
    if lang == "id":
        where = f" (dicantumkan di tingkat {level}: {format_short_rupiah(above, 'id')})" if levels else ""
        return f"{format_count(count, 'id')} di antaranya tidak berpagu di tingkat sub kegiatan dan tidak termasuk dalam jumlah ini{where}."
    has, verb = ("has", "is") if count == 1 else ("have", "are")
    where = f" (stated at {level} level: {format_short_rupiah(above, 'en')})" if levels else ""
    return f"{format_count(count, 'en')} of them {has} no budget stated at sub-activity level and {verb} not in this amount{where}."


def shared_sentence(amount: int, lang: str, *, left: str | None = None) -> str:
    """'Of this, Rp 8.6 billion is on province rows that also name other kab/kota (the whole budget of such a row is
    counted for each kab/kota it names).'"""
    check_lang(lang)
    if lang == "id":
        return (
            f"Dari jumlah itu, {format_short_rupiah(amount, 'id')} berada pada baris {left or 'provinsi'} yang juga menyebut "
            "kabupaten/kota lain (pagu baris tersebut dihitung utuh pada setiap kabupaten/kota yang disebutnya)."
        )
    rows = f"rows of {left}" if left else "province rows"
    return (
        f"Of this, {format_short_rupiah(amount, 'en')} is on {rows} that also name other kab/kota "
        "(the whole budget of such a row is counted for each kab/kota it names)."
    )


def unlocated_sentence(right: str, amount: int, count: int, lang: str, *, left: str | None = None) -> str:
    """'2 other sub-activities that are the same (Rp 1.2 billion of province budget) name no location that can be
    checked against Kota X, so no overlap is counted for them.'"""
    check_lang(lang)
    if lang == "id":
        owner = f"anggaran {left or 'provinsi'}"
        return (
            f"Sebanyak {format_count(count, 'id')} sub kegiatan lain yang sama ({format_short_rupiah(amount, 'id')} {owner}) tidak "
            f"mencantumkan lokasi yang dapat dicocokkan dengan {right}, sehingga tidak dihitung sebagai tumpang tindih."
        )
    singular, plural, _ = _EN_NOUNS[Kind.SUB_KEGIATAN]
    if count == 1:
        items, name, them = f"1 other {singular} that is the same", "names", "it"
    else:
        items, name, them = f"{format_count(count, 'en')} other {plural} that are the same", "name", "them"
    owner = f"{left or 'province'} budget"
    return (
        f"{items} ({format_short_rupiah(amount, 'en')} of {owner}) {name} no location that can be checked "
        f"against {right}, so no overlap is counted for {them}."
    )


# --- the review loop: decision column, kept decisions, evaluation workbook ----------------------

_REVIEW_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "sheet_decisions": "Keputusan Tersimpan",
        "link_source": "Sumber tautan",
        "source_matcher": "otomatis",
        "source_reviewer": "peninjau",
        "choice_yes": "Ya",
        "choice_no": "Tidak",
        "choice_unsure": "Ragu",
        "decision_prompt": "Pilih Ya (sama), Tidak (tidak sama) atau Ragu",
        "status": "Status",
        "status_rejected": "ditolak",
        "status_not_linked": "tidak tertaut",
        "status_unmatched": "tidak cocok dengan item mana pun",
        "eval_sheet_scores": "Skor",
        "eval_sheet_sweep": "Uji Ambang",
        "eval_sheet_errors": "Kesalahan",
        "eval_chart_title": "Presisi, recall dan F1 menurut ambang skor",
        "threshold": "Ambang",
        "precision": "Presisi",
        "recall": "Recall",
        "f1": "F1",
        "true_positives": "Positif benar",
        "false_positives": "Positif palsu",
        "false_negatives": "Negatif palsu",
        "error": "Kesalahan",
        "false_positive": "positif palsu",
        "false_negative": "negatif palsu",
    },
    "en": {
        "sheet_decisions": "Kept decisions",
        "link_source": "Link source",
        "source_matcher": "matcher",
        "source_reviewer": "reviewer",
        "choice_yes": "Yes",
        "choice_no": "No",
        "choice_unsure": "Unsure",
        "decision_prompt": "Choose Yes (the same), No (not the same) or Unsure",
        "status": "Status",
        "status_rejected": "rejected",
        "status_not_linked": "not linked",
        "status_unmatched": "matched nothing",
        "eval_sheet_scores": "Scores",
        "eval_sheet_sweep": "Threshold sweep",
        "eval_sheet_errors": "Errors",
        "eval_chart_title": "Precision, recall and F1 by score threshold",
        "threshold": "Threshold",
        "precision": "Precision",
        "recall": "Recall",
        "f1": "F1",
        "true_positives": "True positives",
        "false_positives": "False positives",
        "false_negatives": "False negatives",
        "error": "Error",
        "false_positive": "false positive",
        "false_negative": "false negative",
    },
}
for _lang, _labels in _REVIEW_LABELS.items():
    LABELS[_lang].update(_labels)


def choice_label(choice: str, lang: str) -> str:
    """A decision as the workbook shows it (Ya / Tidak / Ragu, Yes / No / Unsure); '' when undecided."""
    return label(f"choice_{choice}", lang) if choice else ""


#: where a run's warnings can be read in full, as the decisions sentence points to them
WARNINGS_AT = {
    "id": {"workbook": "lihat lembar Peringatan", "json": "lihat peringatan di JSON", "above": "lihat peringatan di atas"},
    "en": {"workbook": "see the Warnings sheet", "json": "see the warnings in the JSON", "above": "see the warnings above"},
}


def decisions_sentence(confirmed: int, rejected: int, unsure: int, unmatched: int, lang: str, fallen: int = 0, where: str = "workbook") -> str:
    """'Reviewer decisions: 3 links confirmed, 1 pair rejected, 2 links left for review; 1 decision matched nothing ...'

    ``fallen``: links sent back to review because a pair above them was rejected; ``where``: where the
    warnings are (a WARNINGS_AT key: the workbook when one is written, else the JSON, else the console).
    """
    check_lang(lang)
    n = {"confirmed": confirmed, "rejected": rejected, "unsure": unsure, "unmatched": unmatched, "fallen": fallen}
    shown = {key: format_count(number, lang) for key, number in n.items()}
    at = WARNINGS_AT[lang][where]
    if lang == "id":
        text = f"Keputusan peninjau: {shown['confirmed']} tautan dikonfirmasi, {shown['rejected']} pasangan ditolak, {shown['unsure']} tautan masih perlu ditinjau"
        text += f"; {shown['fallen']} tautan di bawah pasangan yang ditolak dikembalikan untuk ditinjau" if fallen else ""
        return text + (f"; {shown['unmatched']} keputusan tidak cocok dengan item mana pun ({at})." if unmatched else ".")
    s = {key: "" if number == 1 else "s" for key, number in n.items()}
    text = (
        f"Reviewer decisions: {shown['confirmed']} link{s['confirmed']} confirmed, "
        f"{shown['rejected']} pair{s['rejected']} rejected, {shown['unsure']} link{s['unsure']} left for review"
    )
    text += f"; {shown['fallen']} link{s['fallen']} under rejected pairs went back to review" if fallen else ""
    if not unmatched:
        return text + "."
    return text + f"; {shown['unmatched']} decision{s['unmatched']} matched nothing ({at})."


def threshold_sentence(threshold: float, f1: float, precision: float, recall: float, lang: str) -> str:
    """'Recommended threshold: 86 (F1 0.981, precision 0.990, recall 0.972).'"""
    check_lang(lang)

    def number(value: float, spec: str = ".3f") -> str:
        text = format(value, spec)
        return text.replace(".", ",") if lang == "id" else text

    if lang == "id":
        return f"Ambang yang disarankan: {number(threshold, 'g')} (F1 {number(f1)}; presisi {number(precision)}; recall {number(recall)})."
    return f"Recommended threshold: {threshold:g} (F1 {number(f1)}, precision {number(precision)}, recall {number(recall)})."
