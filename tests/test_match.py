"""Candidate generation and decisions of match.py on small hand-built plans."""

from __future__ import annotations

from syncheck.entries import prepare
from syncheck.blocks import COMMON_WORD_ROWS, token_candidates
from syncheck.match import link_plans
from syncheck.models import Item, Kind, Level, Options, Plan, Relation, SourceRef


def plan_of(file: str, level: Level, names: list[str], kind: Kind = Kind.SUB_KEGIATAN) -> Plan:
    """A plan of codeless rows without parent rows (as a hand-made list of activities is)."""
    items = tuple(Item(SourceRef(file, "Sheet1", row), kind, name) for row, name in enumerate(names, start=2))
    return Plan(file, file, "", file, level, 2024, (), items, (), (), len(items) + 1)


FILLER = [f"Penyediaan Layanan Umum Jenis {word}" for word in
          ("Alfa", "Beta", "Gama", "Delta", "Epsilon", "Zeta", "Eta", "Teta", "Iota", "Kapa", "Lamda", "Mu")]


def test_orphan_rows_link_by_name_and_keep_the_traps_apart():
    left = plan_of("prov.xlsx", Level.PROVINSI, ["Pengelolaan Terminal Penumpang Tipe A", "Pemb. Jalan Lingkar Provinsi", *FILLER])
    right = plan_of("kota.xlsx", Level.KOTA, ["Pengelolaan Terminal Penumpang Tipe C", "Pembangunan Jalan Lingkar", *FILLER[::-1]])
    links = {(link.left.name, link.right.name): link for link in link_plans(left, right, Options())}
    same = {pair for pair, link in links.items() if link.relation.is_same}
    assert ("Pemb. Jalan Lingkar Provinsi", "Pembangunan Jalan Lingkar") in same
    assert all((name, name) in same for name in FILLER)
    assert ("Pengelolaan Terminal Penumpang Tipe A", "Pengelolaan Terminal Penumpang Tipe C") not in same
    assert len(same) == len(FILLER) + 1


def test_orphans_are_compared_only_with_rows_sharing_a_telling_word():
    common = [f"Penyediaan Layanan Nomor {n}" for n in range(COMMON_WORD_ROWS + 10)]
    left = prepare(plan_of("a.xlsx", Level.PROVINSI, ["Penyediaan Layanan Perpustakaan Keliling"]))[Kind.SUB_KEGIATAN]
    right = prepare(plan_of("b.xlsx", Level.KOTA, [*common, "Perpustakaan Keliling Desa"]))[Kind.SUB_KEGIATAN]
    (orphan, candidates), = token_candidates([0], left, right)
    assert orphan == 0
    assert [right[j].item.name for j in candidates] == ["Perpustakaan Keliling Desa"]


def test_an_orphan_with_only_common_words_is_compared_with_every_row():
    common = [f"Penyediaan Layanan Nomor {n}" for n in range(COMMON_WORD_ROWS + 10)]
    left = prepare(plan_of("a.xlsx", Level.PROVINSI, ["Penyediaan Layanan"]))[Kind.SUB_KEGIATAN]
    right = prepare(plan_of("b.xlsx", Level.KOTA, common))[Kind.SUB_KEGIATAN]
    (_, candidates), = token_candidates([0], left, right)
    assert len(candidates) == len(right)


def test_review_band_lists_but_does_not_count():
    left = plan_of("prov.xlsx", Level.PROVINSI, ["Fasilitasi Pengembangan Koperasi Wanita"])
    right = plan_of("kota.xlsx", Level.KOTA, ["Fasilitasi Pengembangan Koperasi Pemuda"])
    (link,) = link_plans(left, right, Options())
    assert link.relation is Relation.REVIEW and not link.relation.is_same


def test_threshold_decides_codeless_pairs_that_needed_a_typo_repair():
    left = plan_of("prov.xlsx", Level.PROVINSI, ["Pelayanan Kesehatan Penderita Hipertensi"])
    right = plan_of("kota.xlsx", Level.KOTA, ["Pelayaan Kesehatan Penderita Hipertensi"])
    (default,) = link_plans(left, right, Options())
    (strict,) = link_plans(left, right, Options(threshold=99.0))
    assert default.relation is Relation.SIMILAR and "1 typo set aside" in default.reason
    assert strict.relation is Relation.REVIEW and "below the threshold 99" in strict.reason


def test_names_equal_as_normalized_are_similar_at_any_threshold():
    left = plan_of("prov.xlsx", Level.PROVINSI, ["Pemb. Jalan Lingkar"])
    right = plan_of("kota.xlsx", Level.KOTA, ["PEMBANGUNAN JALAN LINGKAR"])
    (link,) = link_plans(left, right, Options(threshold=100.0))
    assert link.relation is Relation.SIMILAR


def test_a_dan_only_one_name_has_keeps_two_official_wordings_apart():
    left = plan_of("prov.xlsx", Level.PROVINSI, [
        "Pengembangan Komunikasi, Informasi, Edukasi Anak Kewenangan Provinsi",
        "Pengakuan MHA dan Kearifan Lokal, Pengetahuan Tradisional dan Hak MHA",
    ])
    right = plan_of("kota.xlsx", Level.KOTA, [
        "Pengembangan Komunikasi, Informasi dan Edukasi Anak Kewenangan Kabupaten/Kota",
        "Pengakuan MHA, Kearifan Lokal, Pengetahuan Tradisional dan Hak MHA",
    ])
    links = {(link.left.ref.row, link.right.ref.row): link for link in link_plans(left, right, Options())}
    assert links[(2, 2)].relation is Relation.REVIEW and "differ only in 'dan'" in links[(2, 2)].reason
    assert links[(3, 3)].relation is Relation.SIMILAR


def test_a_typo_beside_a_dan_only_one_name_has_keeps_them_apart_too():
    left = plan_of("prov.xlsx", Level.PROVINSI, ["Pengembangan Komunikasi, Informasi, Eduukasi Anak Kewenangan Provinsi"])
    right = plan_of("kota.xlsx", Level.KOTA, ["Pengembangan Komunikasi, Informasi dan Edukasi Anak Kewenangan Kabupaten/Kota"])
    (link,) = link_plans(left, right, Options())
    assert link.relation is Relation.REVIEW and "differ only in 'dan'" in link.reason


def test_two_valid_codes_of_different_items_leave_nothing_to_review():
    from syncheck.codes import parse_code

    def coded(file, level, code, name):
        item = Item(SourceRef(file, "Sheet1", 2), Kind.PROGRAM, name, code=parse_code(code), code_raw=code)
        return Plan(file, file, "", file, level, 2024, (), (item,), (), (), 2)

    left = coded("prov.xlsx", Level.PROVINSI, "1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN")
    right = coded("kota.xlsx", Level.KOTA, "5.02.02", "PROGRAM PENGELOLAAN KEUANGAN DAERAH")
    assert link_plans(left, right, Options()) == []
    codeless = [plan_of(f, level, [name], Kind.PROGRAM) for f, level, name in (
        ("prov.xlsx", Level.PROVINSI, "PROGRAM PENGELOLAAN PENDIDIKAN"), ("kota.xlsx", Level.KOTA, "PROGRAM PENGELOLAAN KEUANGAN DAERAH"))]
    (review,) = link_plans(*codeless, Options())
    assert review.relation is Relation.REVIEW


def test_a_kind_shared_with_a_forked_process_links_exactly_as_in_one(monkeypatch):
    import syncheck.match as match
    from syncheck.readers import read_plan
    from test_scale import FILES

    left, right = prepare(read_plan(FILES[0])), prepare(read_plan(FILES[2]))
    alone = match.link_entries(left, right, Options())
    monkeypatch.setattr(match, "SPLIT_CELLS", 1)  # every kind is cut in two, the largest block by its rows
    calls = []
    monkeypatch.setattr(match, "run_alongside", lambda background, foreground: calls.append(1) or (background(), foreground()))
    shared = match.link_entries(left, right, Options(), split=True)
    assert len(calls) == 3 and shared == alone and len(alone) > 50
    # and through a real fork
    monkeypatch.undo()
    monkeypatch.setattr(match, "SPLIT_CELLS", 1)
    assert match.link_entries(left, right, Options(), split=True) == alone


def test_halves_keep_block_order_and_cut_a_dominant_block_by_its_left_rows():
    from syncheck.blocks import halves
    from syncheck.match import MAX_BLOCK_PAIRS

    blocks = [([1], [1, 2], None), (list(range(10)), list(range(10)), None), ([5], [5], None)]
    earlier, later = halves(blocks, MAX_BLOCK_PAIRS)
    assert earlier == [([1], [1, 2], None), (list(range(5)), list(range(10)), None)]
    assert later == [(list(range(5, 10)), list(range(10)), None), ([5], [5], None)]


def test_prepared_entries_have_every_field_and_equal_ones_built_field_by_field():
    from dataclasses import fields

    from syncheck.codes import parse_code
    from syncheck.entries import Entry

    def item(row, kind, code, name, parent=None):
        return Item(SourceRef("k.xlsx", "S", row), kind, name, parse_code(code), code, agency="DINAS X", parent=parent)

    program = item(1, Kind.PROGRAM, "1.02.02", "Program Pemenuhan Upaya Kesehatan")
    sub = item(2, Kind.SUB_KEGIATAN, "1.02.02.2.01.0001", "Pembangunan Rumah Sakit dan Puskesmas", program.ref)
    plan = Plan("k.xlsx", "k.xlsx", "", "Kota K", Level.KOTA, 2024, (), (program, sub), (), (), 2)
    names = [field.name for field in fields(Entry)]
    for entries in prepare(plan).values():
        for entry in entries:
            assert list(vars(entry)) == names
            assert Entry(**{name: getattr(entry, name) for name in names}) == entry
