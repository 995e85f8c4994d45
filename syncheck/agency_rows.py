"""Rows and title lines that name an agency (perangkat daerah): banners, bare names, SIPD unit codes."""

from __future__ import annotations

import re

from .codes import is_sipd_agency_code, leading_opd_code, opd_code, without_code
from .models import SkipReason
from .row_context import Context
from .row_record import RowFields
from .values import cell_text


_AGENCY_WORD = r"(?:sub\s+)?(?:unit\s+organisasi|organisasi|perangkat\s+daerah|skpd|opd|unit\s+kerja|unit|instansi|dinas|satuan\s+kerja|satker)"
# 'Unit Organisasi', 'Nama SKPD', 'Instansi', 'SKPD/Unit Kerja', 'Nama Perangkat Daerah'
_AGENCY_LABEL = rf"^\s*(?:nama\s+)?{_AGENCY_WORD}(?:\s*/\s*{_AGENCY_WORD})*"
_BANNER_START = re.compile(_AGENCY_LABEL, re.IGNORECASE)
_BANNER = re.compile(_AGENCY_LABEL + r"\s*:\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
_BANNER_LABEL = re.compile(_AGENCY_LABEL + r"\s*:?\s*$", re.IGNORECASE)
# a bare agency name as a group row of a hand-made plan (no nomenclature item starts with these words); kecamatan,
# kelurahan and the bagian of the secretariat are agencies of every kabupaten/kota plan ('KECAMATAN' alone, and
# 'KECAMATAN ADMINISTRASI', are the names of bidang 7.01)
_AGENCY_START = (
    r"(?:dinas|badan|kantor|sekretariat|inspektorat|satuan\s+polisi|satpol|rumah\s+sakit|rsu\w*|rsj\w*"
    r"|bappeda\w*|bpkad|bpbd|bapenda|bkpsdm|bkd|uptd?|puskesmas|(?:kecamatan(?!\s+administrasi\s*$)|kelurahan|bagian)(?=\s+\w))\b"
)
_AGENCY_NAME = re.compile(rf"^\s*{_AGENCY_START}(?!.*\b(?:program|kegiatan)\b)", re.IGNORECASE)
# the agency of every kecamatan (or kelurahan) written as a heading alone, as bidang 7.01 is named: taken where no code
# is beside it, or a unit code is
_UNITS = ("kecamatan", "kelurahan")
# a unit code of SIMDA and other pre-SIPD systems ('1.03.01.01'): dotted numbers of no nomenclature kind
_UNIT_CODE = re.compile(r"^\d{1,2}(?:\.\d{1,4}){2,4}$")
# a short unit code before the agency's name in a SIMDA banner ('SKPD : 1.03.01 DINAS ...'), SIPD's long one not found
_SHORT_UNIT_CODE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,4}){1,4})\s*[-:]?\s+(?=[^\W\d_]{2})")
# the agency a Renja is the work plan of: 'RENCANA KERJA (RENJA) DINAS KESEHATAN TAHUN 2024'
_RENJA_AGENCY = re.compile(rf"\b(?:renja|rencana\s+kerja)\b\W+(?:\(\s*renja\s*\)\s*)?(?:perangkat\s+daerah\s*:?\s*)?(?P<agency>{_AGENCY_START}.*)$", re.I)
_YEAR_TAIL = re.compile(r"\s*\btahun\b.*$", re.IGNORECASE)
# the government after an agency's name in a title ('DINAS KESEHATAN KABUPATEN MALANG'), which the name's cells never hold
_GOVERNMENT_TAIL = re.compile(
    r"(?<=\w)\s+(?:pemerintah\s+)?(?:kabupaten|kab\.|kota|provinsi|prov\.)\s+(?!.*\b(?:dan|kota|kabupaten|provinsi)\b)[\w .'-]+$", re.IGNORECASE
)
# the title of one agency's Renja, whose agency a line of its own names
RENJA_TITLE = re.compile(r"\brenja\b|\brencana\s+kerja\s+(?:organisasi\s+)?(?:perangkat\s+daerah|skpd|opd)\b", re.IGNORECASE)


def title_banner(row: tuple[object, ...], context: Context, bare: bool) -> None:
    """A title row naming the agency ('Unit Organisasi : ...', or split 'Perangkat Daerah | : | ...') sets it;
    so do a Renja's title and, when ``bare``, a line holding only an agency's name ('DINAS KESEHATAN')."""
    banner = _BANNER.match(_banner_text(row, first_text(row)))
    if banner and _banner_agency(_banner_rest(banner)):
        take_banner(banner, context)
        return
    text = row_text(row)
    code = leading_opd_code(text) if bare else ""
    agency = _title_agency(without_code(text, code) if code else text, bare)
    if agency:
        context.agency, context.agency_code = agency, code


def _title_agency(text: str, bare: bool) -> str:
    """The agency a title line names: 'RENCANA KERJA (RENJA) DINAS KESEHATAN', or a bare 'DINAS KESEHATAN' when ``bare``
    (without the year or the government after it)."""
    renja = _RENJA_AGENCY.search(text)
    alone = bare and len(text) <= 120 and (_AGENCY_NAME.match(text) or _bare_unit(text))
    name = renja.group("agency") if renja else text if alone else ""
    name = _YEAR_TAIL.sub("", name)
    kept = _GOVERNMENT_TAIL.sub("", name)
    # ('KECAMATAN KOTA BATU' is a kecamatan's whole name)
    return " ".join((kept if len(kept.split()) > 1 else name).split())


def _banner_text(row: tuple[object, ...], first: str) -> str:
    """The text a banner would be in: the first text cell, or the whole row when that cell is only the label."""
    return row_text(row) if _BANNER_LABEL.match(first) else first


def lone_agency(row: tuple[object, ...], text: str, context: Context) -> bool:
    """A row of one cell naming an agency alone ('DINAS KESEHATAN', '1.02.0.00.0.00.01.0000 DINAS KESEHATAN'), outside
    the name and code columns: it sets the agency of the rows under it."""
    if sum(1 for value in row if value is not None and str(value).strip()) != 1 or len(text) > 120:
        return False
    code = leading_opd_code(text)
    name = " ".join((without_code(text, code) if code else text).split())
    if not (_AGENCY_NAME.match(name) or _bare_unit(name)):
        return False
    context.agency, context.agency_code = name, code
    context.program = context.kegiatan = None
    return True


def agency_cell_code(fields: RowFields, known: dict[str, tuple[str, str]]) -> None:
    """An agency cell written as SIPD shows it ('1.02.0.00.0.00.01.0000 - Dinas Kesehatan') gives the agency code and name."""
    text = fields["agency"]
    split = known.get(text)
    if split is None:
        code = leading_opd_code(text)
        split = known[text] = (code, without_code(text, code) or text) if code else ("", text)
    if split[0]:
        fields["agency_code"], fields["agency"] = split


def is_coded_agency_heading(fields: RowFields) -> bool:
    """A row with a program-depth code (or a unit code) whose name is an agency's ('2.15.01 | DINAS PERHUBUNGAN')."""
    code, name = fields["code"], fields["name"]
    # (a program's depth only: a kegiatan or sub kegiatan may be named after the hospital or puskesmas it builds)
    if fields["location"] or not (len(code.segments) == 3 if code is not None else _UNIT_CODE.match(fields["code_raw"])):
        return False
    # (a bare 'KECAMATAN' is bidang 7.01's name, and with a unit code under it the agency of every kecamatan)
    return _AGENCY_NAME.match(name) is not None or _bare_unit(name)


def _bare_unit(text: str) -> bool:
    """True for 'KECAMATAN' or 'KELURAHAN' alone."""
    return len(text) < 20 and " ".join(text.split()).casefold() in _UNITS


def names_an_agency(name: str) -> bool:
    """True for a name an agency's heading row may hold ('Dinas Kesehatan', 'Kecamatan Turen')."""
    return _AGENCY_NAME.match(name) is not None


def is_agency_name_row(fields: RowFields, context: Context) -> bool:
    """True for a row holding only an agency's name ('DINAS KESEHATAN', maybe with its total)."""
    name = fields["name"] or fields["code_raw"]
    # an agency row has no code text beside its name, nor a place
    return not (context.in_places or fields["location"] or (fields["name"] and fields["code_raw"]) or len(name) > 120) \
        and (names_an_agency(name) or _bare_unit(name))


def agency_name_row(fields: RowFields, context: Context) -> SkipReason | None:
    """A group row holding only an agency's name sets the agency."""
    if not is_agency_name_row(fields, context):
        return None
    context.agency, context.agency_code = " ".join((fields["name"] or fields["code_raw"]).split()), ""
    return SkipReason.BANNER


def first_text(row: tuple[object, ...]) -> str:
    """The first non-empty string cell of a row."""
    for value in row:
        if isinstance(value, str) and value.strip():
            return value
    return ""


def _banner_rest(banner: re.Match[str]) -> str:
    """The text after a banner's label; a sub unit's own when the cell names the unit and, on a line of its own, its sub
    unit ('Unit Organisasi : ... \n Sub Unit Organisasi : ...', as wp-sipd heads each table)."""
    rest = banner.group("rest")
    if "\n" in rest:
        for line in reversed(rest.splitlines()[1:]):
            inner = _BANNER.match(line)
            if inner:
                return inner.group("rest")
    return rest


def _banner_agency(rest: str) -> str:
    """The agency name after the code in a banner: '1.02.0.00.0.00.01.0000 DINAS KESEHATAN', '1.03.01 DINAS PU'."""
    code = _banner_code(rest)
    name = rest.replace(code, "", 1) if code else rest
    return " ".join(name.strip(" -:").split())


def _banner_code(rest: str) -> str:
    """The agency code in a banner's text: SIPD's anywhere in it, or a short unit code leading the name."""
    short = None if (code := opd_code(rest)) else _SHORT_UNIT_CODE.match(rest)
    return short.group(1) if short else code


def agency_row_code(fields: RowFields) -> str:
    """The agency code of an agency row (7+ segments in the code column or leading the name), else ''.

    An agency's row has SIPD's agency code or an agency's name, and no place. Any other row led by a long
    code (a pre-2021 Permendagri 13 code '1.02.1.02.01.15.01') is an item row, read with a warning on its code.
    """
    code = leading_opd_code(fields["code_raw"]) or leading_opd_code(fields["name"])
    if not code or _AGENCY_NAME.match(without_code(fields["name"], code)):
        return code
    # (an item row of a plan whose first code column holds every row's unit code names its agency in its own cell)
    return code if is_sipd_agency_code(code) and not fields["location"] and not fields["agency"] else ""


def row_text(row: tuple[object, ...]) -> str:
    """The row's cells joined as one line (for titles and notes)."""
    return " ".join(text for text in map(cell_text, row) if text)[:300]


def banner_of(row: tuple[object, ...], first: str) -> re.Match[str] | None:
    """The agency banner a row is ('Unit Organisasi : 1.02.0.00.0.00.01.0000 DINAS KESEHATAN'), else None."""
    # the full banner patterns only for the rare row whose first text starts like one
    return _BANNER.match(_banner_text(row, first)) if _BANNER_START.match(first) else None


def take_banner(banner: re.Match[str], context: Context) -> None:
    """The banner's agency code and name become the context's."""
    context.agency_code = _banner_code(_banner_rest(banner))
    context.agency = _banner_agency(_banner_rest(banner))
