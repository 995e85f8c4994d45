"""Sentences and labels of the audit reports, in Indonesian and English."""

from __future__ import annotations

from .audit_models import Status, ThemeGap, TrendPoint
from .models import Kind, Level
from .sentences import check_lang, english_nouns, kind_label
from .values import format_count, percent_text

LABELS: dict[str, dict[str, str]] = {
    "id": {
        "sheet_summary": "Ringkasan", "sheet_continuity": "Kesinambungan", "sheet_renamed": "Berganti Nama",
        "sheet_trend": "Tren Tumpang Tindih", "sheet_themes": "Tema", "sheet_theme_items": "Item Tema",
        "sheet_gaps": "Tema Terhenti", "sheet_warnings": "Peringatan",
        "title": "Audit sinkronisasi RKPD", "chart_title": "Program yang sama dengan provinsi (%) per tahun",
        "findings": "Temuan utama", "continuity_totals": "Kesinambungan per pemda",
        "government": "Pemda", "level": "Tingkat", "kind": "Jenis", "from_year": "Dari tahun", "to_year": "Ke tahun",
        "status": "Status", "score": "Skor", "reason": "Alasan", "old_code": "Kode lama", "old_name": "Nama lama",
        "old_budget": "Pagu lama", "new_code": "Kode baru", "new_name": "Nama baru", "new_budget": "Pagu baru",
        "budget_change": "Perubahan pagu", "old_source": "Sumber lama", "new_source": "Sumber baru",
        "left": "Provinsi", "right": "Kab/Kota", "year": "Tahun", "left_total": "Jumlah provinsi", "same": "Sama",
        "percent": "%", "change_same": "Perubahan sama", "change_points": "Perubahan (poin %)",
        "overlap_count": "Sub kegiatan tumpang tindih", "overlap_budget": "Pagu provinsi tumpang tindih",
        "theme": "Tema", "present": "Didanai", "items": "Jumlah item", "budget": "Pagu", "matched": "Alasan cocok",
        "code": "Kode", "name": "Nama", "source": "Sumber", "last_present": "Terakhir didanai",
        "absent_years": "Tahun tanpa dana", "resumed": "Didanai kembali", "file": "Berkas", "sheet": "Lembar",
        "row": "Baris", "message": "Pesan", "yes": "ya", "no": "tidak", "candidate": "calon",
        "continued": "berlanjut", "renamed": "berganti nama", "new": "baru", "dropped": "dihentikan",
        "no_gaps": "Tidak ada tema yang berhenti didanai.", "provinsi": "provinsi", "kabupaten": "kabupaten",
        "kota": "kota", "inputs": "Berkas", "themes_by_year": "Tema per tahun", "trend": "Tren tumpang tindih",
        "none": "-", "themes_by_level": "Tema per tingkat pemerintahan",
        "kabkota": "Kab/Kota", "governments_short": "pemda",
    },
    "en": {
        "sheet_summary": "Summary", "sheet_continuity": "Continuity", "sheet_renamed": "Renamed",
        "sheet_trend": "Overlap trend", "sheet_themes": "Themes", "sheet_theme_items": "Theme items",
        "sheet_gaps": "Theme gaps", "sheet_warnings": "Warnings",
        "title": "RKPD synchronisation audit", "chart_title": "Programs the same as the province's (%) per year",
        "findings": "Main findings", "continuity_totals": "Continuity per government",
        "government": "Government", "level": "Level", "kind": "Kind", "from_year": "From year", "to_year": "To year",
        "status": "Status", "score": "Score", "reason": "Reason", "old_code": "Old code", "old_name": "Old name",
        "old_budget": "Old budget", "new_code": "New code", "new_name": "New name", "new_budget": "New budget",
        "budget_change": "Budget change", "old_source": "Old source", "new_source": "New source",
        "left": "Province", "right": "Kab/kota", "year": "Year", "left_total": "Province total", "same": "Same",
        "percent": "%", "change_same": "Change in same", "change_points": "Change (% points)",
        "overlap_count": "Overlapping sub-activities", "overlap_budget": "Province budget in overlap",
        "theme": "Theme", "present": "Funded", "items": "Items", "budget": "Budget", "matched": "Matched by",
        "code": "Code", "name": "Name", "source": "Source", "last_present": "Last funded",
        "absent_years": "Years without funding", "resumed": "Funded again", "file": "File", "sheet": "Sheet",
        "row": "Row", "message": "Message", "yes": "yes", "no": "no", "candidate": "candidate",
        "continued": "continued", "renamed": "renamed", "new": "new", "dropped": "dropped",
        "no_gaps": "No theme stopped being funded.", "provinsi": "province", "kabupaten": "kabupaten",
        "kota": "kota", "inputs": "Files", "themes_by_year": "Themes per year", "trend": "Overlap trend",
        "none": "-", "themes_by_level": "Themes per level of government",
        "kabkota": "Kab/kota", "governments_short": "gov.",
    },
}


def label(key: str, lang: str) -> str:
    """One audit label in the chosen language."""
    return LABELS[check_lang(lang)][key]


def status_label(status: Status, lang: str) -> str:
    """continued / renamed / new / dropped, as reviewers read it."""
    return label(status.value, lang)


def level_label(level: Level, lang: str) -> str:
    """provinsi / kabupaten / kota."""
    return label(level.value, lang)


def years_text(years: tuple[int, ...] | list[int]) -> str:
    """'2024' or '2023-2025' (a run of years) or '2022, 2024'."""
    years = sorted(years)
    if not years:
        return ""
    if len(years) > 1 and years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}-{years[-1]}"
    return ", ".join(str(year) for year in years)


def headline(governments: int, files: int, years: tuple[int, ...], lang: str) -> str:
    """'Audit 2023-2025: 4 pemerintah daerah, 12 berkas.'"""
    if check_lang(lang) == "id":
        return f"Audit {years_text(years)}: {governments} pemerintah daerah, {files} berkas."
    nouns = "government" if governments == 1 else "governments"
    return f"Audit {years_text(years)}: {governments} {nouns}, {files} file{'s' if files != 1 else ''}."


def continuity_sentence(kind: Kind, from_year: int, to_year: int, counts: dict[Status, int], lang: str) -> str:
    """'Dari 2023 ke 2024, sub kegiatan: 80 berlanjut, 2 berganti nama, 5 baru, 3 dihentikan.'"""
    parts = ", ".join(f"{format_count(counts.get(status, 0), lang)} {status_label(status, lang)}" for status in Status)
    if check_lang(lang) == "id":
        text = f"dari {from_year} ke {to_year}, {kind_label(kind, 'id')}: {parts}."
    else:
        text = f"from {from_year} to {to_year}, {english_nouns(kind)[1]}: {parts}."
    return text[:1].upper() + text[1:]


def points_text(value: float, lang: str) -> str:
    """'+1,2 poin' / '+1.2 points'."""
    text = f"{round(value, 1) + 0.0:+.1f}"  # + 0.0 turns -0.0 into 0.0
    return f"{text.replace('.', ',')} poin" if lang == "id" else f"{text} points"


def trend_sentence(points: list[TrendPoint], lang: str) -> str:
    """'Program Provinsi X yang sama dengan Kota Y: 94,0% (2023), 92,8% (2024); -1,2 poin.'"""
    first, last = points[0], points[-1]
    series = ", ".join(f"{percent_text(p.percent, lang)} ({p.year})" for p in points)
    change = f"; {points_text(last.percent - first.percent, lang)}" if len(points) > 1 else ""
    if check_lang(lang) == "id":
        return f"{kind_label(first.kind, 'id').capitalize()} {first.left} yang sama dengan {first.right}: {series}{change}."
    return f"{english_nouns(first.kind)[1].capitalize()} of {first.left} the same as {first.right}'s: {series}{change}."


def trend_overview(changes: list[float], years: tuple[int, ...], lang: str) -> str:
    """'Program yang sama dengan provinsi (2023-2025): naik pada 12 pasangan, turun pada 20, tetap pada 3.'"""
    up, down = sum(c > 0 for c in changes), sum(c < 0 for c in changes)
    same = len(changes) - up - down
    if check_lang(lang) == "id":
        return f"Program yang sama dengan provinsi ({years_text(years)}): naik pada {up} pasangan, turun pada {down}, tetap pada {same}."
    return f"Programs the same as the province's ({years_text(years)}): up in {up} pairs, down in {down}, unchanged in {same}."


def gap_sentence(theme_label: str, gap: ThemeGap, lang: str) -> str:
    """'Pengarusutamaan gender (PUG) tidak didanai Kota X pada 2024 (terakhir 2023); didanai kembali pada 2025.'"""
    absent = years_text(gap.absent_years)
    if check_lang(lang) == "id":
        after = f"didanai kembali pada {gap.resumed}" if gap.resumed else "belum didanai kembali"
        return f"{theme_label} tidak didanai {gap.government} pada {absent} (terakhir {gap.last_present}); {after}."
    after = f"funded again in {gap.resumed}" if gap.resumed else "not yet funded again"
    return f"{theme_label} is not funded by {gap.government} in {absent} (last funded {gap.last_present}); {after}."
