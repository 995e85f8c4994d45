"""Rows naming a place of the sub kegiatan above them instead of an item: one row per location (pure).

Plans list a sub kegiatan's places on rows of their own under it, each with its part of the amount: the place alone in
the location column, a list entry in the name column ('- Kec. Waru'), or a 'Lokasi' label. body_rows folds them into
the sub kegiatan.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .messages import say
from .models import Finding, Skipped, SkipReason
from .name_places import names_a_place, names_an_address
from .normalize import without_list_marker
from .values import cell_text

if TYPE_CHECKING:
    from .classify import SheetResult

# a row naming a place of the item above rather than an item: 'Lokasi', 'Lokasi : Kec. Waru'
_PLACE_LABEL = re.compile(r"^\s*lokasi\b\s*(?::|-|$)", re.IGNORECASE)
# a list entry that can only be a place: an abbreviated place word ('- Kec. Taman', '- Kab. Malang'), the province
# ('- Provinsi Jawa Timur') or everywhere ('- Seluruh Kecamatan', '- Tersebar')
_PLACE_ENTRY = re.compile(r"(?:kec|kel|kab|ds|prov)\.\s*\S|(?:provinsi\s+\S|seluruh\b|tersebar\b)", re.IGNORECASE)


def place_of_row(fields: dict) -> str | None:
    """The place a codeless row names instead of an item: in the location column under no name, after 'Lokasi', or
    as a list entry of its own ('- Kec. Waru'); None for any other row."""
    if fields["code"] is not None or fields["code_raw"]:
        return None
    name = fields["name"]
    if not name:
        return fields["location"] or None
    label = _PLACE_LABEL.match(name)
    if label:
        return name[label.end():].strip(" :-") or fields["location"] or None
    entry = without_list_marker(name)
    if len(entry.split()) > 8 or (fields["location"] and " ".join(fields["location"].casefold().split()) != entry.casefold()):
        return None  # a row with a place of its own is an item ('- Kampung KB' | 'Kec. Tugu')
    if entry.isupper() and not _PLACE_ENTRY.match(entry):
        return None  # 'KECAMATAN UNGARAN BARAT': a kecamatan office heading its own programs
    if entry == name.strip():
        # unlisted, only an address names a place row ('Desa Sukamaju, Turen'); 'Desa Sumberejo' alone may head an agency
        return entry if names_an_address(entry) else None
    # a place word and a proper name ('Desa Sumberejo'), not an item's words ('- Desa Wisata ...', '- Kota Layak Anak')
    return entry if _PLACE_ENTRY.match(entry) or names_a_place(entry) else None


def is_place_label(fields: dict) -> bool:
    """True for a row labelled 'Lokasi': never an item, whatever its amount."""
    return bool(fields["name"]) and _PLACE_LABEL.match(fields["name"]) is not None


def skip_nameless(fields: dict, result: SheetResult) -> None:
    """A row of a place alone with no item above to hold it: skipped as classify skips a row without a name."""
    text = " ".join(cell_text(part) for part in (fields["location"], fields["budget_raw"]) if part not in ("", None))
    if fields["budget_raw"] is None:
        result.skipped.append(Skipped(fields["ref"], SkipReason.CONTINUATION, text))
        return
    result.skipped.append(Skipped(fields["ref"], SkipReason.UNREADABLE, text))
    result.warnings.append(Finding(fields["ref"], say("classify.no_name", text=repr(text[:80]))))
