"""Names as careless exports write them: cut off at a cell's end, a program word slipped twice, and programs whose
names differ by such noise made one by the kegiatan below them."""

from __future__ import annotations

from syncheck.match import link_plans
from syncheck.models import Kind, Level, Options, Relation
from syncheck.pipeline import compare

from test_match import plan_of
from test_match_wording import linked

RAIL = ("2.15.05", "PROGRAM PENGELOLAAN PERKERETAAPIAN")
RAIL_PLAN = "Penetapan Kebijakan dan Sosialisasi Rencana Induk Perkeretaapian"
WASTE = ("1.03.05", "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM AIR LIMBAH")
WASTE_KEGIATAN = "Pengelolaan dan Pengembangan Sistem Air Limbah Domestik Regional"


def rail(kegiatan_left: str, kegiatan_right: str, sub_left: str, sub_right: str, program: str = RAIL[1]) -> dict:
    """The links of a province's rail rows to a kota's, named as given (the kota's program ``program``)."""
    province = [RAIL, ("2.15.05.1.01", kegiatan_left), ("2.15.05.1.01.02", sub_left)]
    kota = [(RAIL[0], program), ("2.15.05.2.01", kegiatan_right), ("2.15.05.2.01.02", sub_right)]
    return linked(province, kota)


def relation(links: dict, left: str, right: str):
    """The relation of the link between two codes, None when there is none."""
    link = links.get((left, right))
    return link.relation if link is not None else None


def test_a_name_cut_off_mid_word_in_one_slot_is_identical():
    links = rail("Penetapan Rencana Induk Perkeretaapian", "Penetapan Rencana Induk Perkeretaapian", RAIL_PLAN, RAIL_PLAN[:-4])
    assert relation(links, "2.15.05.1.01.02", "2.15.05.2.01.02") is Relation.IDENTICAL
    assert "cut off after 'Rencana Induk Perkeretaa'" in str(links[("2.15.05.1.01.02", "2.15.05.2.01.02")].reason)


def test_a_program_name_cut_off_mid_word_is_identical():
    links = rail("Penetapan Rencana Induk Perkeretaapian", "Penetapan Rencana Induk Perkeretaapian", RAIL_PLAN, RAIL_PLAN,
                 program="PROGRAM PENGELOLAAN PERKERETA")
    assert set(link.relation for link in links.values()) == {Relation.IDENTICAL}


def test_a_name_cut_inside_its_level_words_or_at_an_export_width_is_identical():
    kegiatan = "Penyusunan Data dan Informasi Perpustakaan, Tenaga Perpustakaan dan Pustakawan Tingkat Daerah"
    links = rail(kegiatan + " Provinsi", kegiatan + " Kabupa", RAIL_PLAN, RAIL_PLAN)
    assert relation(links, "2.15.05.1.01", "2.15.05.2.01") is Relation.IDENTICAL
    links = rail(kegiatan + " Provinsi", kegiatan + " Kabupaten/K", RAIL_PLAN, RAIL_PLAN)
    assert relation(links, "2.15.05.1.01", "2.15.05.2.01") is Relation.IDENTICAL
    long_name = ("Penyusunan Kebijakan Teknis dan Rencana Pengembangan Kompetensi Teknis Umum, Inti, dan Pilihan untuk Jabatan "
                 "Administrasi Penyelenggara Urusan Pemerintahan")
    assert long_name[100] == " "  # cut at 100 characters, at a word's end
    links = rail("Penetapan Rencana Induk Perkeretaapian", "Penetapan Rencana Induk Perkeretaapian", long_name, long_name[:100])
    assert relation(links, "2.15.05.1.01.02", "2.15.05.2.01.02") is Relation.IDENTICAL


def test_names_apart_by_whole_last_words_or_an_official_word_stay_apart():
    # the official list words province and kab/kota halves of an affair so: not a cut
    links = rail("Pengembangan Daya Tarik Wisata Unggulan Provinsi", "Pengembangan Daya Tarik Wisata Kabupaten/Kota", RAIL_PLAN, RAIL_PLAN)
    assert relation(links, "2.15.05.1.01", "2.15.05.2.01") is Relation.COUNTERPART
    links = rail("Penetapan Rencana Induk Perkeretaapian", "Penetapan Rencana Induk Perkeretaapian", RAIL_PLAN, RAIL_PLAN.rsplit(" ", 1)[0])
    assert relation(links, "2.15.05.1.01.02", "2.15.05.2.01.02") is Relation.COUNTERPART
    # a stub that is an official word ('Usaha' of 'Usahanya') or one of a scope word ('Linta') says nothing
    links = rail("Penerbitan Izin Usaha Perikanan yang Usahanya Lintas Daerah Kabupaten/Kota", "Penerbitan Izin Usaha Perikanan yang Usaha",
                 RAIL_PLAN, RAIL_PLAN)
    assert relation(links, "2.15.05.1.01", "2.15.05.2.01") is not Relation.IDENTICAL
    links = rail("Pemantauan Harga pada Pelaku Usaha Distribusi Barang Linta", "Pemantauan Harga pada Pelaku Usaha Distribusi Barang Dalam 1 (Satu) "
                 "Kabupaten/Kota", RAIL_PLAN, RAIL_PLAN)
    assert relation(links, "2.15.05.1.01", "2.15.05.2.01") is not Relation.IDENTICAL


def test_a_name_of_an_export_width_ending_in_its_level_words_is_not_cut():
    kota = "Kegiatan Pencegahan Kekerasan Terhadap Anak yang Melibatkan para Pihak Lingkup Daerah Kabupaten/Kota"
    assert len(kota) == 100
    province = "Pencegahan Kekerasan terhadap Anak yang Melibatkan para Pihak Lingkup Daerah Provinsi dan Lintas Daerah Kabupaten/Kota"
    assert relation(rail(province, kota, RAIL_PLAN, RAIL_PLAN), "2.15.05.1.01", "2.15.05.2.01") is not Relation.IDENTICAL


def test_a_cut_name_in_another_slot_is_not_identical():
    province = [RAIL, ("2.15.05.1.01", "Penetapan Rencana Induk Perkeretaapian"), ("2.15.05.1.01.02", RAIL_PLAN)]
    kota = [RAIL, ("2.15.05.2.01", "Penetapan Rencana Induk Perkeretaapian"), ("2.15.05.2.01.03", RAIL_PLAN[:-4])]
    assert relation(linked(province, kota), "2.15.05.1.01.02", "2.15.05.2.01.03") is not Relation.IDENTICAL


def test_the_program_word_slipped_twice_is_the_program_word():
    for program in ("PORGAM PENGELOLAAN PERKERETAAPIAN", "Porgrm Pengelolaan Perkeretaapian", "PROGRAMME PENGELOLAAN PERKERETAAPIAN"):
        links = rail("Penetapan Rencana Induk Perkeretaapian", "Penetapan Rencana Induk Perkeretaapian", RAIL_PLAN, RAIL_PLAN, program=program)
        assert relation(links, "2.15.05", "2.15.05") is Relation.IDENTICAL, program


def test_a_kegiatan_led_by_a_word_like_program_keeps_it():
    links = rail("Penetapan Rencana Induk Perkeretaapian", "Porgam Penetapan Rencana Induk Perkeretaapian", RAIL_PLAN, RAIL_PLAN)
    assert relation(links, "2.15.05.1.01", "2.15.05.2.01") is not Relation.IDENTICAL


def test_a_program_one_code_names_with_other_words_is_one_program_when_its_kegiatan_are():
    province = [WASTE, ("1.03.05.1.01", WASTE_KEGIATAN), ("1.03.05.1.01.01", "Penyusunan Rencana Pengelolaan Air Limbah")]
    kota = [("1.03.05", "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM"), ("1.03.05.2.01", WASTE_KEGIATAN),
            ("1.03.05.2.01.01", "Penyusunan Rencana Pengelolaan Air Limbah")]
    links = linked(province, kota)
    assert set(link.relation for link in links.values()) == {Relation.IDENTICAL}
    assert "1 kegiatan below are the same" in str(links[("1.03.05", "1.03.05")].reason)


def test_programs_of_one_code_whose_kegiatan_differ_stay_a_review_candidate():
    # '4.01.02' names another program at each level, and their kegiatan differ
    province = [("4.01.02", "PROGRAM PENATAAN ORGANISASI"), ("4.01.02.1.01", "Pengelolaan Kelembagaan dan Analisis Jabatan")]
    kota = [("4.01.02", "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT"), ("4.01.02.2.01", "Pelaksanaan Kebijakan Kesejahteraan Rakyat")]
    assert relation(linked(province, kota), "4.01.02", "4.01.02") is not Relation.IDENTICAL
    # a kegiatan of equal name in another slot is no evidence
    province = [WASTE, ("1.03.05.1.01", WASTE_KEGIATAN)]
    kota = [("1.03.05", "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM"), ("1.03.05.2.02", WASTE_KEGIATAN)]
    assert relation(linked(province, kota), "1.03.05", "1.03.05") is Relation.REVIEW


HOUSING = ("1.04.06", "PROGRAM PENINGKATAN PELAYANAN SERTIFIKASI, KUALIFIKASI, KLASIFIKASI, DAN REGISTRASI BIDANG PERUMAHAN DAN "
           "KAWASAN PERMUKIMAN")
VEHICLES = "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan"
DOMAIN = "Pengelolaan Nama Domain yang Telah Ditetapkan oleh Pemerintah Pusat dan Sub Domain di Lingkup Pemerintah Daerah"


def test_a_name_cut_at_100_characters_inside_a_function_word_is_identical():
    # 'Operasional at' is 'Operasional atau' cut: the core words, without 'atau', saw 'at' against 'lapangan'
    links = rail("Penetapan Rencana Induk Perkeretaapian", "Penetapan Rencana Induk Perkeretaapian", VEHICLES, VEHICLES[:100])
    link = links[("2.15.05.1.01.02", "2.15.05.2.01.02")]
    assert link.relation is Relation.IDENTICAL
    assert "one name cut at 100 characters, after 'Dinas Operasional at'" in str(link.reason)


def test_a_name_mistyped_and_cut_inside_a_level_word_is_identical():
    kota = (DOMAIN + " Kabupaten/Kota").replace("Pemerintah Pusat", "Pemeintah Pusat")[:100]
    assert kota.endswith("Lingkup Pemerin")
    links = rail(DOMAIN + " Provinsi", kota, RAIL_PLAN, RAIL_PLAN)
    assert relation(links, "2.15.05.1.01", "2.15.05.2.01") is Relation.IDENTICAL
    assert "cut at 100 characters" in str(links[("2.15.05.1.01", "2.15.05.2.01")].reason)


def test_a_program_cut_at_100_characters_on_a_space_and_mistyped_is_identical():
    kota = HOUSING[1][:100].rstrip().replace("PENINGKATAN", "PENINKATAN")
    assert len(kota) == 99 and kota.endswith("BIDANG PERUMAHAN")
    links = linked([HOUSING], [(HOUSING[0], HOUSING[1][:100].rstrip())])
    assert relation(links, "1.04.06", "1.04.06") is Relation.IDENTICAL
    links = linked([HOUSING], [(HOUSING[0], kota)])
    assert relation(links, "1.04.06", "1.04.06") is Relation.IDENTICAL


def test_a_codeless_name_cut_at_100_characters_is_similar_on_the_words_before_the_cut():
    name = "Koordinasi dan Sinkronisasi Pelaksanaan Pendampingan Anak yang Memerlukan Perlindungan Khusus Kewenangan"
    left = plan_of("prov.xlsx", Level.PROVINSI, [name + " Provinsi"])
    right = plan_of("kota.xlsx", Level.KOTA, [(name + " Kabupaten/Kota").replace(" dan ", " & ", 1)[:98]])
    assert right.items[0].name.endswith("Khusus Kewena")
    (link,) = link_plans(left, right, Options())
    assert link.relation is Relation.SIMILAR and "cut at 100 characters" in link.reason


def test_a_cut_that_hides_the_words_telling_the_halves_apart_is_no_identity():
    # the official kegiatan 1.04.06.1.01 / 1.04.06.2.01 differ only in their last word (Menengah / Kecil)
    kegiatan = ("Sertifikasi dan Registrasi bagi Orang atau Badan Hukum yang Melaksanakan Perancangan dan Perencanaan Rumah serta "
                "Perencanaan Prasarana, Sarana dan Utilitas Umum PSU Tingkat Kemampuan ")
    province = [HOUSING, ("1.04.06.1.01", kegiatan + "Menengah")]
    kota = [HOUSING, ("1.04.06.2.01", (kegiatan + "Kecil")[:100])]
    assert relation(linked(province, kota), "1.04.06.1.01", "1.04.06.2.01") is not Relation.IDENTICAL


def test_a_codeless_name_of_99_characters_ending_in_a_whole_word_is_not_read_as_cut_without_a_place():
    # 1.04.03.2.03.02 is 1.04.04.2.01.01 but for the tail: an official name, not a cut one
    short = "Perbaikan Rumah Tidak Layak Huni untuk Pencegahan terhadap Tumbuh dan Berkembangnya Permukiman Kumuh"
    left = plan_of("prov.xlsx", Level.PROVINSI, [short + " diluar Kawasan Permukiman Kumuh dengan Luas di Bawah 10 (sepuluh) Ha"])
    right = plan_of("kota.xlsx", Level.KOTA, [short])
    assert all(not link.relation.is_same for link in link_plans(left, right, Options()))


def test_the_official_lists_own_name_cut_at_255_characters_is_its_other_levels_item():
    program = ("5.04.02", "PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA")
    kegiatan = "Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional"
    full = ("Pembinaan, Pengoordinasian, Fasilitasi, Pemantauan, Evaluasi, dan Pelaporan Pelaksanaan Sertifikasi, Pengelolaan "
            "Kelembagaan dan Tenaga Pengembang Kompetensi, Pengelolaan Sumber Belajar, dan Kerjasama, serta Pengembangan "
            "Kompetensi Pimpinan Daerah, Jabatan Pimpinan Tinggi, Kepemimpinan, dan Prajabatan")
    links = linked([program, ("5.04.02.1.02", kegiatan), ("5.04.02.1.02.08", full)],
                   [program, ("5.04.02.2.02", kegiatan), ("5.04.02.2.02.08", full[:255])])
    # the words the cut hides end a long list ('Pimpinan Tinggi'): no half's qualifier
    assert links[("5.04.02.1.02.08", "5.04.02.2.02.08")].relation is Relation.IDENTICAL


#: 3.27.05's sub kegiatan the two levels number apart (province .0004, kab/kota .0005), and a kab that cut it at 100 with '...'
CROPS = "Penanggulangan Pasca Bencana Alam Bidang Tanaman Pangan, Hortikultura, Perkebunan, Peternakan dan Kesehatan Hewan"
CROPS_CUT = CROPS[:100].rstrip() + "..."
DISASTER = ("3.27.05", "PROGRAM PENANGANAN BENCANA")
DISASTER_KEGIATAN = "Penanganan Bencana Alam Bidang Pertanian"


def disaster(province_subs: list[tuple[str, str]], kab_subs: list[tuple[str, str]]) -> dict:
    """linked() of a province's and a kab's 3.27.05 rows with the given sub kegiatan (code, name)."""
    return linked([DISASTER, ("3.27.05.1.01", DISASTER_KEGIATAN), *province_subs], [DISASTER, ("3.27.05.2.01", DISASTER_KEGIATAN), *kab_subs])


def test_a_name_cut_with_dots_under_one_parent_is_the_item_it_starts(make_workbook):
    assert CROPS_CUT.endswith("Peternakan dan Ke...")
    header = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)", "Perangkat Daerah"]

    def rows(title: str, level: str, number: str, sub: str) -> list[list[object]]:
        return [[title], [], header, [*DISASTER, None, None, "DINAS PERTANIAN"], [f"3.27.05.{level}.01", DISASTER_KEGIATAN, None, None, "DINAS PERTANIAN"],
                [f"3.27.05.{level}.01.{number}", sub, "Kec. Sikakap", 500_000_000, "DINAS PERTANIAN"]]

    province = make_workbook(rows("RKPD PROVINSI SUMATERA BARAT TAHUN 2023", "1", "0004", CROPS), "provinsi_2023.xlsx")
    kab = make_workbook(rows("RKPD KABUPATEN KEPULAUAN MENTAWAI TAHUN 2023", "2", "0005", CROPS_CUT), "kab_2023.xlsx")
    result = compare([str(province), str(kab)], Options(workers=1, lang="en"))
    (sub,) = [link for link in result.links if link.left.kind is Kind.SUB_KEGIATAN]
    assert sub.relation is Relation.IDENTICAL
    assert "one name cut at '...', after 'Peternakan dan Ke...'" in sub.reason
    assert [(overlap.left.budget, overlap.right.budget) for overlap in result.overlaps] == [(500_000_000, 500_000_000)]


def test_a_name_cut_with_dots_reads_a_whole_last_word_or_one_marked_with_an_ellipsis_character():
    for cut in (CROPS[:90].rstrip() + "…", CROPS.rsplit(" ", 2)[0] + " ..."):
        links = disaster([("3.27.05.1.01.0004", CROPS)], [("3.27.05.2.01.0005", cut)])
        assert relation(links, "3.27.05.1.01.0004", "3.27.05.2.01.0005") is Relation.IDENTICAL, cut


def test_a_short_name_cut_with_dots_or_one_the_other_does_not_start_with_stays_unlinked():
    short = CROPS[:50].rstrip() + "..."
    assert relation(disaster([("3.27.05.1.01.0004", CROPS)], [("3.27.05.2.01.0005", short)]), "3.27.05.1.01.0004", "3.27.05.2.01.0005") is None
    # the same words but one after the cut: not the item it starts
    other = CROPS_CUT.replace("Peternakan", "Perikanan")
    assert relation(disaster([("3.27.05.1.01.0004", CROPS)], [("3.27.05.2.01.0005", other)]), "3.27.05.1.01.0004", "3.27.05.2.01.0005") is None


def test_a_name_cut_with_dots_that_starts_two_items_is_for_a_reviewer():
    second = CROPS.replace("Kesehatan Hewan", "Kesejahteraan Hewan")
    links = disaster([("3.27.05.1.01.0004", CROPS), ("3.27.05.1.01.0007", second)], [("3.27.05.2.01.0005", CROPS_CUT)])
    for code in ("3.27.05.1.01.0004", "3.27.05.1.01.0007"):
        assert relation(links, code, "3.27.05.2.01.0005") is Relation.REVIEW, code
        assert "the name cut at '...' is the start of 2 items of the other plan" in links[(code, "3.27.05.2.01.0005")].reason
    # codes in one slot say which of the two it is
    links = disaster([("3.27.05.1.01.0004", CROPS), ("3.27.05.1.01.0007", second)], [("3.27.05.2.01.0004", CROPS_CUT)])
    assert relation(links, "3.27.05.1.01.0004", "3.27.05.2.01.0004") is Relation.IDENTICAL
    assert relation(links, "3.27.05.1.01.0007", "3.27.05.2.01.0004") is Relation.REVIEW


def test_a_name_cut_with_dots_in_its_level_words_is_read_without_them_but_its_scope_words_count():
    food = ("2.09.02", "PROGRAM PENGELOLAAN SUMBER DAYA EKONOMI UNTUK KEDAULATAN DAN KEMANDIRIAN PANGAN")
    # the official 2.09.02.1.01 / 2.09.02.2.01: 'pada Berbagai Sektor' is where the province's half differs
    province = "Penyediaan Infrastruktur dan Seluruh Pendukung Kemandirian Pangan pada Berbagai Sektor Sesuai Kewenangan Daerah Provinsi"
    kab = "Penyediaan Infrastruktur dan Seluruh Pendukung Kemandirian Pangan Sesuai Kewenangan Daerah Kabupaten..."
    links = linked([food, ("2.09.02.1.01", province)], [food, ("2.09.02.2.01", kab)])
    assert relation(links, "2.09.02.1.01", "2.09.02.2.01") is not Relation.IDENTICAL
    # the same item, cut inside the kab/kota's level words and numbered apart: the level words are no item's
    kegiatan = "Penyediaan Infrastruktur dan Seluruh Pendukung Kemandirian Pangan Sesuai Kewenangan Daerah"
    links = linked([food, ("2.09.02.1.01", kegiatan + " Provinsi")], [food, ("2.09.02.2.03", kegiatan + " Kabupaten/Ko...")])
    assert relation(links, "2.09.02.1.01", "2.09.02.2.03") is Relation.IDENTICAL
