"""What a header label names: the column roles of RKPD tables, from the words of their labels."""

from __future__ import annotations

import functools
import re

from .values import cell_text

#: the words a label names a row's indicators or targets by (a name column's label naming them too holds them)
INDICATOR_WORDS = r"indikator|indicator|tolok|tolak|target|keluaran|capaian"
# Order matters: the first pattern that matches a label decides its role, so the specific
# roles (indicator, target, agency) come before the broad "name" words they contain.
_ROLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(pattern))
    for role, pattern in (
        # other years than the plan's: 'Prakiraan Maju', 'Tahun n-1', 'n+1', SIPD's 'pagu_n_lalu' and 'pagu_n_depan'
        ("forward", r"prakiraan|\bmaju\b|n\s*\+\s*1|\bn\s*-\s*[1-5]\b|\bn\s+(?:lalu|depan)\b|realisasi|tahun lalu|sebelumnya"
                    r"|perubahan\s*\(?\s*[+-]|selisih|bertambah|berkurang"),
        ("number", r"^(no|no\.|nomor|no urut|nmr)$"),
        # a count of items in a recap ('Jumlah Sub Kegiatan'), not their names
        ("count", r"^(?:jumlah|jml\.?|banyaknya|total)\s+(?:urusan|bidang|program|kegiatan|sub\s*kegiatan)\b"),
        # the agency's own code and name columns of SIPD exports, before 'kode' and 'nama' name items
        ("agency_code", r"^(?:kode|kd\.?)\s*(?:sub\s*)?(?:skpd|opd|unit|organisasi|perangkat\s+daerah|instansi|dinas)\b"),
        ("agency", r"^nama\s+(?:sub\s*)?(?:skpd|opd|unit|organisasi|perangkat\s+daerah|instansi|dinas)\b|\bpelaksana\b|leading\s+sector|implementing|\bresponsible\b"
                   r"|^(?:dinas|organisasi|(?:sub\s+)?unit\s+organisasi|pengampu)$|\bpengampu\b"),
        # a ceiling named with its holder or stage ('Pagu Usulan OPD', 'Pagu Hasil Verifikasi') is still a budget
        ("budget", r"^(?:jumlah\s+|total\s+)?(?:pagu|anggaran|kebutuhan\s+dana|indicative\s+ceiling)\b|\(\s*(?:rp|idr)\b|\brupiah\b|\bceiling\b"),
        ("code", r"^no\.?\s*rek(?:ening)?\b|^kd\.?\s*rek\b"),
        # a label that starts with the place names one, whatever follows ('Lokasi Output Kegiatan' of SIPD's Renja form)
        ("location", r"^(?:lokasi|lokus|location)\b|^tempat(?:\s+(?:pelaksanaan|kegiatan))?$"),
        # the items' names written with their indicators in one cell ('Program/Kegiatan/Sub Kegiatan dan Indikator Kinerja')
        ("name", r"^(?:nama\s+)?(?:urusan|bidang|program|(?:sub\s*-?\s*)?kegiatan|uraian|nomenklatur)\b.*"
                 rf"(?:\bdan|\bserta|&|/|,)\s*(?:{INDICATOR_WORDS})"),
        ("indicator", r"indikator|indicator|tolok ukur|tolak ukur|keluaran|capaian|\bhasil\b|\boutput\b|\boutcome\b"),
        ("target", r"\btarget\b|\bvolume\b|\bsatuan\b(?!\s+kerja)"),
        ("location", r"\blokasi\b|\blokus\b|\blocation\b"),
        ("location", r"\bkecamatan\b|\bdesa\b|\bkelurahan\b|\bwilayah\b|sasaran\s+lokasi|\bkab(?:upaten)?\s*/\s*kota\b"),
        ("funding", r"sumber\s*dana|sumber\s*pendanaan|\bfunding\b|source of fund"),
        ("agency", r"perangkat daerah|\bopd\b|\bskpd\b|unit kerja|satuan\s+kerja|penanggung\s*jawab|\bagency\b|instansi"),
        ("budget", r"pagu|anggaran|\bjumlah\b(?!\s+[a-z])|jumlah\s+(?:dana|biaya|total|rp\b)|\(rp|\brp\b|rupiah|\bbudget\b|alokasi|\bbiaya\b|kebutuhan\s+dana|\bnilai\b"),
        ("code", r"^kode|\bkode\b|^kd\b|\bcode\b|rekening"),
        ("name", r"urusan|program|kegiatan|uraian|nomenklatur|\bnama\b|\bname\b|rincian|\bactivit|\bdescription\b"),
    )
)
#: the words a total is labelled with ('JUMLAH', 'Sub Total', 'Jml', 'Grand Total')
TOTAL_WORDS = r"sub\s*-?\s*total|total|jumlah|jml|grand\s*total"
#: the first text of a total row ('JUMLAH', 'Sub-Total', 'Grand Total'): neither a label of the header nor an item
TOTAL_TEXT = re.compile(rf"^\s*({TOTAL_WORDS})\b", re.IGNORECASE)
#: a total naming the kind or the agency it adds up ('JUMLAH PROGRAM' and the program's name, 'Jumlah Unit Organisasi' and
#: the agency's, maybe long, misspelt or '(Lanjutan)'): a total whatever follows, as no item's name starts so
TOTAL_OF_KIND = re.compile(
    r"^\s*(?:sub\s*-?\s*total|total|jumlah|jml\.?|grand\s*total)\s+(?:sub\s*-?\s*)?"
    r"(?:prog\w*|keg\w*|urusan|bidang|unit\s+organisasi|unit\s+kerja|perangkat\s+daerah|skpd|opd|satuan\s+kerja|satker|dinas|badan)\b",
    re.IGNORECASE,
)
# a data export's bookkeeping columns: internal ids ('id_program', 'id_skpd'), flags, who set a value and when
# ('set_pagu_user', 'set_pagu_at', 'created_date'); a number there is no name, agency or amount
_BOOKKEEPING = re.compile(r"^(?:id|is|set)\b|\b(?:user|username|created|updated|timestamp|date|time)\b|\bat$")
_CONTENT_ROLES = {"code", "name", "budget", "location", "indicator", "agency", "funding", "target"}


def normalize_label(text: object) -> str:
    """Lowercase single-spaced header text."""
    return clean_label(text).lower()


def clean_label(text: object) -> str:
    """Header text as shown, read as any cell (values.cell_text): case kept for reports, a year typed as a number 2025."""
    return cell_text(text)


@functools.lru_cache(maxsize=4096)  # the same labels head every agency sheet and every plan
def role_of(label: str) -> str | None:
    """The role a single header label names, or None."""
    if not label:
        return None
    label = label.lower().replace("_", " ")  # snake_case data exports: 'nama_sub_giat', 'sumber_dana'
    if _BOOKKEEPING.search(label):
        return None
    for role, pattern in _ROLE_PATTERNS:
        if pattern.search(label):
            return role
    return None


def row_roles(row: tuple[object, ...]) -> dict[int, str]:
    """Roles of the string cells of one row read as a header row."""
    roles = {}
    for col, value in enumerate(row):
        if isinstance(value, str) and len(value) <= 120:
            role = role_of(normalize_label(value))
            if role:
                roles[col] = role
    return roles


def header_score(row: tuple[object, ...]) -> int:
    """How many distinct content roles a row names: 2 or more (with a name or code) makes a header."""
    return len(header_roles(row))


def header_roles(row: tuple[object, ...]) -> frozenset[str]:
    """The distinct content roles a row names as a header, none without a name or code role."""
    found = frozenset(row_roles(row).values()) & _CONTENT_ROLES
    return found if found & {"name", "code"} else frozenset()
