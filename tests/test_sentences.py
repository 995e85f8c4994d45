"""Headline and overlap sentences in Indonesian and English."""

import pytest

from syncheck.models import Kind, Relation, Summary
from syncheck.sentences import (
    LABELS, decisions_sentence, headline, kind_label, label, overlap_sentence, relation_label, threshold_sentence, unlocated_sentence,
)


def summary(total: int, same: int, kind: Kind = Kind.PROGRAM, left: str = "Provinsi Jawa Timur", right: str = "Kota Pasuruan") -> Summary:
    return Summary(left=left, right=right, kind=kind, left_total=total, same=same, identical=same, similar=0, counterpart=0, review=0)


def test_study_sentence_in_both_languages():
    s = summary(83, 78)
    assert headline(s, "en") == "83 programs are run by the province; 78 of them (94.0%) are the same as programs of Kota Pasuruan."
    assert headline(s, "id") == "83 program dilaksanakan provinsi; 78 di antaranya (94,0%) sama dengan program Kota Pasuruan."


def test_kegiatan_and_sub_kegiatan_nouns():
    assert headline(summary(37, 36, Kind.KEGIATAN), "en") == (
        "37 activities are run by the province; 36 of them (97.3%) are the same as activities of Kota Pasuruan."
    )
    assert headline(summary(37, 36, Kind.KEGIATAN), "id") == (
        "37 kegiatan dilaksanakan provinsi; 36 di antaranya (97,3%) sama dengan kegiatan Kota Pasuruan."
    )
    assert headline(summary(5, 2, Kind.SUB_KEGIATAN), "en") == (
        "5 sub-activities are run by the province; 2 of them (40.0%) are the same as sub-activities of Kota Pasuruan."
    )
    assert headline(summary(5, 2, Kind.SUB_KEGIATAN), "id") == (
        "5 sub kegiatan dilaksanakan provinsi; 2 di antaranya (40,0%) sama dengan sub kegiatan Kota Pasuruan."
    )


def test_singular_forms():
    assert headline(summary(1, 1, right="Kota X"), "en") == (
        "1 program is run by the province; 1 of them (100.0%) is the same as a program of Kota X."
    )
    assert headline(summary(1, 1, Kind.KEGIATAN, right="Kota X"), "en") == (
        "1 activity is run by the province; 1 of them (100.0%) is the same as an activity of Kota X."
    )
    assert headline(summary(1, 0, Kind.SUB_KEGIATAN, right="Kota X"), "en") == (
        "1 sub-activity is run by the province; 0 of them (0.0%) are the same as sub-activities of Kota X."
    )
    assert headline(summary(83, 1), "en") == (
        "83 programs are run by the province; 1 of them (1.2%) is the same as a program of Kota Pasuruan."
    )
    assert headline(summary(1, 1, right="Kota X"), "id") == (
        "1 program dilaksanakan provinsi; 1 di antaranya (100,0%) sama dengan program Kota X."
    )


def test_no_items_on_the_left():
    assert headline(summary(0, 0), "en") == "The province runs no programs."
    assert headline(summary(0, 0), "id") == "Provinsi tidak melaksanakan program."
    assert headline(summary(0, 0, Kind.KEGIATAN), "en") == "The province runs no activities."
    assert headline(summary(0, 0, Kind.SUB_KEGIATAN), "id") == "Provinsi tidak melaksanakan sub kegiatan."


def test_left_not_a_province_uses_its_name():
    s = summary(10, 4, left="Kabupaten Malang", right="Kota Batu")
    assert headline(s, "en", left_is_province=False) == (
        "10 programs are run by Kabupaten Malang; 4 of them (40.0%) are the same as programs of Kota Batu."
    )
    assert headline(s, "id", left_is_province=False) == (
        "10 program dilaksanakan Kabupaten Malang; 4 di antaranya (40,0%) sama dengan program Kota Batu."
    )
    empty = summary(0, 0, left="Kabupaten Malang")
    assert headline(empty, "en", left_is_province=False) == "Kabupaten Malang runs no programs."
    assert headline(empty, "id", left_is_province=False) == "Kabupaten Malang tidak melaksanakan program."


def test_overlap_sentence():
    assert overlap_sentence("Kota X", 12_400_000_000, 5, "en") == (
        "Rp 12.4 billion of province budget overlaps with Kota X (5 sub-activities)."
    )
    assert overlap_sentence("Kota X", 12_400_000_000, 5, "id") == (
        "Rp 12,4 miliar anggaran provinsi tumpang tindih dengan Kota X (5 sub kegiatan)."
    )
    assert overlap_sentence("Kota X", 250_000_000, 1, "en") == (
        "Rp 250.0 million of province budget overlaps with Kota X (1 sub-activity)."
    )
    assert overlap_sentence("Kota X", 0, 0, "en") == "No province budget overlaps with Kota X."
    assert overlap_sentence("Kota X", 0, 0, "id") == "Tidak ada anggaran provinsi yang tumpang tindih dengan Kota X."
    assert overlap_sentence("Kota Batu", 2_000_000_000, 2, "id", left="Kabupaten Malang") == (
        "Rp 2,0 miliar anggaran Kabupaten Malang tumpang tindih dengan Kota Batu (2 sub kegiatan)."
    )


def test_labels_cover_both_languages():
    assert set(LABELS["id"]) == set(LABELS["en"])
    sheets_id = [label(k, "id") for k in LABELS["id"] if k.startswith("sheet_")]
    assert sheets_id == [
        "Ringkasan", "Tautan Program", "Tautan Kegiatan", "Tautan Sub Kegiatan", "Tinjauan",
        "Tak Berpasangan", "Klaster", "Matriks Program", "Tumpang Tindih", "Peringatan", "Keputusan Tersimpan",
    ]  # fmt: skip
    sheets_en = [label(k, "en") for k in LABELS["en"] if k.startswith("sheet_")]
    assert sheets_en == [
        "Summary", "Program links", "Kegiatan links", "Sub kegiatan links", "Review",
        "Unmatched", "Clusters", "Program matrix", "Overlaps", "Warnings", "Kept decisions",
    ]  # fmt: skip
    assert all(len(name) <= 31 for name in sheets_id + sheets_en)  # Excel's sheet name limit
    assert [relation_label(r, "id") for r in Relation] == ["identik", "serupa", "padanan", "perlu ditinjau"]
    assert [relation_label(r, "en") for r in Relation] == ["identical", "similar", "counterpart", "review"]
    assert kind_label(Kind.SUB_KEGIATAN, "id") == "sub kegiatan"
    assert label("decision", "id") == "Keputusan" and label("decision", "en") == "Decision"


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        headline(summary(1, 1), "fr")


def test_counts_of_a_thousand_or_more_carry_the_languages_thousands_separator():
    s = summary(3000, 2999, Kind.SUB_KEGIATAN)
    assert headline(s, "id") == (
        "3.000 sub kegiatan dilaksanakan provinsi; 2.999 di antaranya (99,9%) sama dengan sub kegiatan Kota Pasuruan."
    )
    assert headline(s, "en") == (
        "3,000 sub-activities are run by the province; 2,999 of them (99.9%) are the same as sub-activities of Kota Pasuruan."
    )
    assert overlap_sentence("Kota X", 2_999_000_000, 2999, "id") == (
        "Rp 3,0 miliar anggaran provinsi tumpang tindih dengan Kota X (2.999 sub kegiatan)."
    )
    assert overlap_sentence("Kota X", 2_999_000_000, 2999, "en") == (
        "Rp 3.0 billion of province budget overlaps with Kota X (2,999 sub-activities)."
    )
    assert unlocated_sentence("Kota X", 5_000_000, 1200, "id").startswith("Sebanyak 1.200 sub kegiatan lain yang sama")
    assert unlocated_sentence("Kota X", 5_000_000, 1200, "en").startswith("1,200 other sub-activities that are the same")
    assert decisions_sentence(1500, 1, 0, 0, "en") == (
        "Reviewer decisions: 1,500 links confirmed, 1 pair rejected, 0 links left for review."
    )


def test_a_fractional_threshold_has_a_decimal_comma_in_indonesian():
    assert threshold_sentence(86.5, 0.981, 0.99, 0.972, "id") == (
        "Ambang yang disarankan: 86,5 (F1 0,981; presisi 0,990; recall 0,972)."
    )
    assert threshold_sentence(86.5, 0.981, 0.99, 0.972, "en") == "Recommended threshold: 86.5 (F1 0.981, precision 0.990, recall 0.972)."
    assert threshold_sentence(86.0, 0.981, 0.99, 0.972, "id").startswith("Ambang yang disarankan: 86 (")
