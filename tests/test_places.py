"""Location cells read as places, and where a province row lies for one kab/kota."""

from __future__ import annotations

import pytest

from syncheck.placement import AMBIGUOUS, ELSEWHERE, IN, UNSTATED, place, target_of
from syncheck.places import Region, parse_location, region_of, split_locations

KAB_MALANG_ROWS = {"Kec. Dampit", "Kepanjen", "Desa Sukodono Kec. Dampit", "Tersebar", "Kantor Dinas", "UPT Jalan Wilayah Malang"}
PROVINCE = "Provinsi Jawa Timur"


def kab_malang(province_locations: set[str] = frozenset()):
    return target_of("Kabupaten Malang", KAB_MALANG_ROWS, PROVINCE, set(province_locations))


def test_kab_kota_is_one_placeholder_not_two_places():
    assert split_locations("Kab/Kota se-Jawa Timur") == ("Kab/Kota se-Jawa Timur",)
    assert split_locations("Kec. Ungaran, Desa Lerep") == ("Kec. Ungaran", "Desa Lerep")
    assert split_locations("Kabupaten Malang dan Kota Malang") == ("Kabupaten Malang", "Kota Malang")
    assert split_locations("Kab. Malang.") == ("Kab. Malang",)
    assert split_locations("Kabupaten Pangkajene dan Kepulauan dan Kota Makassar") == (
        "Kabupaten Pangkajene dan Kepulauan", "Kota Makassar")  # the one kab/kota whose name holds 'dan'
    # a list inside a bracket details the place before it
    assert split_locations("Kota Batu (Kec. Bumiaji dan Kec. Junrejo), Kab. Malang (Kec. Dampit/Kec. Tumpang)") == (
        "Kota Batu (Kec. Bumiaji dan Kec. Junrejo)", "Kab. Malang (Kec. Dampit/Kec. Tumpang)")
    assert split_locations("Kec. Bumiaji (Desa Sumberejo, Desa Tulungrejo") == ("Kec. Bumiaji (Desa Sumberejo", "Desa Tulungrejo")


@pytest.mark.parametrize(
    "text",
    ["Tersebar", "-", "Seluruh Kecamatan", "Lokasi Tersebar", "Semua Desa", "Kantor Dinas", "Kantor Dinas PU", "Kab/Kota se-Jawa Timur",
     "Se-Provinsi", "Provinsi Jawa Timur", "0", ""],
)  # fmt: skip
def test_placeholders_name_no_place(text):
    assert all(part.is_placeholder for part in parse_location(text))


@pytest.mark.parametrize(
    "text",
    ["Kabupaten Malang", "Kab. Malang.", "Kab.Malang", "KAB. MALANG", "Kab Malang", "Kab. Malang (Kec. Dampit)",
     "Kabupaten Malang - Kec. Dampit", "Kec. Dampit Kab. Malang", "Desa Sukodono Kec. Dampit Kabupaten Malang",
     "Kota Malang, Kota Batu, Kabupaten Malang", "Kota Batu, Kota Malang dan Kabupaten Malang", "Malang Regency",
     "Kabupaten Malang, Jawa Timur", "Dampit", "Kecamatan Dampit", "Seluruh Kecamatan di Kabupaten Malang", "Malang Raya"],
)  # fmt: skip
def test_spellings_of_a_place_in_the_kabupaten_are_found(text):
    assert place(text, kab_malang()).status == IN


@pytest.mark.parametrize("text", ["Kota Malang", "Kota Batu", "Kec. Klojen, Kota Malang", "Kec. Dampit Kota Batu"])
def test_the_kota_of_the_same_name_and_places_elsewhere_are_not_in_the_kabupaten(text):
    assert place(text, kab_malang()).status == ELSEWHERE


@pytest.mark.parametrize(
    "text", ["Tersebar", "-", "Jawa Timur", "Seluruh Kecamatan", "Kantor Dinas", "Kab/Kota se-Jawa Timur", "Semua Desa", "UPT Jalan Wilayah Malang"]
)
def test_generic_texts_are_not_stated_even_when_the_kab_kota_plan_uses_them(text):
    assert place(text, kab_malang()).status == UNSTATED


def test_a_bare_name_of_both_a_kota_and_a_kabupaten_is_ambiguous():
    placement = place("Malang", kab_malang())
    assert (placement.status, placement.where) == (AMBIGUOUS, "Malang")
    # a name that is only a kabupaten is the kabupaten, unless the province names the kota of that name too and it
    # exists: a kota of the run (there is no Kota Sidoarjo in data/kabkota.csv)
    sidoarjo = target_of("Kabupaten Sidoarjo", {"Kec. Taman"}, PROVINCE, {"Kabupaten Sidoarjo"})
    assert place("Sidoarjo", sidoarjo).status == IN
    both = target_of("Kabupaten Sidoarjo", {"Kec. Taman"}, PROVINCE, {"Kota Sidoarjo, Kabupaten Sidoarjo"}, kota=frozenset({"sidoarjo"}))
    assert place("Sidoarjo", both).status == AMBIGUOUS and place("Kota Sidoarjo", both).status == ELSEWHERE


@pytest.mark.parametrize(("province_text", "own"), [("Kapanewon Depok", "Kec. Depok"), ("Kec. Depok", "Kapanewon Depok"),
                                                  ("Kalurahan Caturtunggal, Kapanewon Depok", "Desa Caturtunggal"),
                                                  ("Pekon Sukamaju", "Desa Sukamaju")])
def test_the_names_some_provinces_give_kecamatan_and_desa_are_place_words(province_text, own):
    sleman = target_of("Kabupaten Sleman", {own}, "Provinsi Daerah Istimewa Yogyakarta", set())
    assert place(province_text, sleman).status == IN


def test_a_kecamatan_is_in_the_kab_kota_only_when_its_plan_names_it():
    kota = target_of("Kota Malang", {"Kota Malang"}, PROVINCE, set())
    assert place("Kec. Lowokwaru", kota).status == ELSEWHERE
    named = target_of("Kota Malang", {"Kec. Lowokwaru", "Klojen"}, PROVINCE, set())
    assert place("Kecamatan Lowokwaru", named).status == IN
    assert place("Kec. Klojen", named).status == IN


def test_a_row_naming_several_kab_kota_says_how_many_share_it():
    placement = place("Kota Malang, Kota Batu, Kabupaten Malang", kab_malang())
    assert (placement.status, placement.where, placement.shared_by) == (IN, "Kabupaten Malang", 3)
    assert place("Kabupaten Malang (Kec. Dampit)", kab_malang()).shared_by == 1


def test_an_address_puts_its_desa_and_kecamatan_in_the_kab_kota_it_ends_with():
    # Pasuruan's own 'Kec. Purworejo' is not the desa Purworejo of Kabupaten Malang
    pasuruan = target_of("Kota Pasuruan", {"Kec. Purworejo", "Kec. Bugul Kidul"}, PROVINCE, set())
    assert place("Desa Purworejo, Kec. Ngantang, Kab. Malang", pasuruan).status == ELSEWHERE
    placement = place("Desa Purworejo, Kec. Ngantang, Kab. Malang", kab_malang())
    assert (placement.status, placement.where, placement.shared_by) == (IN, "Desa Purworejo, Kec. Ngantang, Kab. Malang", 1)
    assert place("Kec. Singosari; Kec. Dampit, Kab. Sidoarjo", kab_malang()).status == ELSEWHERE
    # a list of kab/kota, or a kab/kota before its kecamatan, is no address: each part is read alone
    assert [part.text for part in parse_location("Kota Batu, Kec. Dampit, Kab. Sidoarjo")] == ["Kota Batu", "Kec. Dampit, Kab. Sidoarjo"]
    assert place("Kota Batu, Kec. Dampit", kab_malang()).status == IN
    assert [part.text for part in parse_location("Kec. Dampit, Desa Sukodono, Kab. Sidoarjo")] == ["Kec. Dampit", "Desa Sukodono, Kab. Sidoarjo"]
    # an address holds one desa and one kecamatan: a kecamatan listed before another is read alone
    assert place("Kec. Dampit; Kec. Singosari, Kab. Sidoarjo", kab_malang()).status == IN
    assert [part.text for part in parse_location("Kec. Dampit, Kec. Bumiaji (Kota Batu)")] == ["Kec. Dampit", "Kec. Bumiaji (Kota Batu)"]
    # a kecamatan named 'Kota ...' ends no address: its kelurahan stays a place of the kabupaten's own plan
    assert [part.text for part in parse_location("Kel. Pajagalan, Kec. Kota Sumenep")] == ["Kel. Pajagalan", "Kec. Kota Sumenep"]


def test_places_joined_by_a_hyphen_without_spaces_are_two_places():
    assert split_locations("Kota Batu-Kabupaten Malang") == ("Kota Batu", "Kabupaten Malang")
    assert place("Kota Batu-Kabupaten Malang", kab_malang()).status == IN
    assert split_locations("Kel. Oro-oro Dowo") == ("Kel. Oro-oro Dowo",)


def test_a_level_word_written_after_the_name_is_read_as_written_before_it():
    assert split_locations("Pasuruan (Kota), Malang (Kab)") == ("Kota Pasuruan", "Kab Malang")
    assert split_locations("Malang, Kab.") == ("Kab Malang",)
    assert place("Malang (Kab)", kab_malang()).status == IN and place("Malang (Kota)", kab_malang()).status == ELSEWHERE
    assert split_locations("Kota Batu, Kab. Malang") == ("Kota Batu", "Kab. Malang")


def test_a_place_another_kab_kota_of_the_comparison_names_too_is_ambiguous():
    malang = target_of("Kabupaten Malang", KAB_MALANG_ROWS | {"Kec. Gedangan"}, PROVINCE, set(), elsewhere=frozenset({"gedangan", "waru"}))
    placement = place("Kec. Gedangan", malang)
    assert (placement.status, placement.where, placement.named_twice) == (AMBIGUOUS, "Kec. Gedangan", "gedangan")
    # the kab/kota named with it, or another of its own places in the cell, still place the row
    assert place("Kec. Gedangan, Kab. Malang", malang).status == IN
    assert place("Kec. Gedangan; Kec. Dampit", malang).status == IN
    assert place("Kec. Dampit", malang).status == IN


def test_region_of_a_government_name():
    assert region_of("Kota Batu") == Region("kota", "batu")
    assert region_of("Kabupaten Lima Puluh Kota") == Region("kabupaten", "lima puluh kota")
    assert region_of("Provinsi Jawa Timur") is None


# --- the plan's own province under its other names ------------------------------------------------

DIY = "Provinsi Daerah Istimewa Yogyakarta"


def kab_sleman(province: str = DIY, province_locations: set[str] = frozenset()):
    return target_of("Kabupaten Sleman", {"Kec. Mlati", "Kec. Depok"}, province, set(province_locations))


@pytest.mark.parametrize(
    "text",
    ["Daerah Istimewa Yogyakarta", "DIY", "se-DIY", "Se-DIY", "Wilayah DIY", "D.I. Yogyakarta", "DI Yogyakarta", "se-DI Yogyakarta",
     "Provinsi DIY", "se-Provinsi DIY", "Seluruh Kabupaten/Kota se-DIY", "Seluruh wilayah DIY", "Tersebar (DIY)"],
)  # fmt: skip
def test_the_plans_own_province_by_any_of_its_names_is_not_stated(text):
    assert place(text, kab_sleman()).status == UNSTATED
    assert place(text, kab_sleman("Provinsi Diy")).status == UNSTATED  # a government named by its abbreviation


@pytest.mark.parametrize("province, text", [("Provinsi Jawa Timur", "Jatim"), ("Provinsi Jawa Timur", "Se-Jatim"),
                                            ("Provinsi Jatim", "se-Jawa Timur"), ("Provinsi Nusa Tenggara Timur", "Wilayah NTT"),
                                            ("Provinsi DKI Jakarta", "Daerah Khusus Ibukota Jakarta"), ("Provinsi Aceh", "NAD")])  # fmt: skip
def test_other_provinces_abbreviations_read_the_same(province, text):
    assert place(text, target_of("Kota Contoh", {"Kec. A"}, province, set())).status == UNSTATED


@pytest.mark.parametrize("text", ["Jatim", "Se-Jatim", "Jawa Timur", "NTB"])
def test_another_provinces_name_is_a_place_elsewhere(text):
    assert place(text, kab_sleman()).status == ELSEWHERE


def test_the_city_sharing_the_provinces_last_name_keeps_its_bare_name():
    kota = target_of("Kota Yogyakarta", {"Kec. Gondokusuman"}, DIY, set())
    assert place("Yogyakarta", kota).status == IN
    assert place("DI Yogyakarta", kota).status == UNSTATED


def test_a_kab_kota_name_followed_by_its_province_is_the_kab_kota_alone():
    for text in ["Kabupaten Sleman DIY", "Sleman DIY", "Kab. Sleman D.I. Yogyakarta", "Kabupaten Sleman, DIY"]:
        assert (place(text, kab_sleman()).status, place(text, kab_sleman()).shared_by) == (IN, 1), text


def test_bare_names_the_province_gives_a_kab_kota_elsewhere_count_as_sharing_the_row():
    target = kab_sleman(province_locations={"Kab. Bantul; Kab. Kulon Progo", "Kota Yogyakarta"})
    assert (place("Sleman dan Bantul", target).status, place("Sleman dan Bantul", target).shared_by) == (IN, 2)
    assert place("Sleman, Bantul, Kulon Progo & Kota Yogyakarta", target).shared_by == 4
    assert place("Kab. Sleman, Bantul", target).shared_by == 2
    # a name the province never gives a kab/kota may be a kecamatan: it is not counted
    assert place("Sleman, Gunungkidul", target).shared_by == 1


def test_the_provinces_own_name_shared_by_its_capital_is_no_other_kab_kota():
    """'Jambi' after a kecamatan of Muaro Jambi is the province, though the province names 'Kota Jambi' elsewhere."""
    target = target_of("Kabupaten Muaro Jambi", {"Sekernan"}, "Provinsi Jambi", {"Kota Jambi", "Kabupaten Muaro Jambi"})
    assert place("Sekernan, Jambi", target).shared_by == 1
    assert place("Muaro Jambi, Jambi", target).shared_by == 1


def test_the_province_table_has_every_province_once():
    from syncheck.provinces import _table, names_of, official_name

    assert len({names[0] for names in _table().values()}) == 38
    assert official_name("Jatim") == "Jawa Timur" and official_name("d.i. yogyakarta") == "Daerah Istimewa Yogyakarta"
    assert names_of("Jawa") == () and official_name("Yogyakarta") == ""


@pytest.mark.parametrize("text", ["Kabupaten Sleman DI Yogyakarta", "Kab. Sleman D.I. Yogyakarta", "Kabupaten Sleman di DIY", "Kab. Sleman, DIY"])
def test_a_kab_kota_with_its_province_written_after_it_is_that_kab_kota(text):
    sleman = target_of("Kabupaten Sleman", {"Kec. Depok"}, "Provinsi Daerah Istimewa Yogyakarta", set())
    assert place(text, sleman).status == IN


def test_a_kab_kota_whose_name_ends_in_a_one_word_province_keeps_its_name():
    assert [region.name for part in parse_location("Kabupaten Muaro Jambi, Kota Bandar Lampung, Kota Banda Aceh") for region in part.regions] == [
        "muaro jambi", "bandar lampung", "banda aceh"]  # fmt: skip
    assert place("Kabupaten Muaro Jambi", target_of("Kota Jambi", set(), "Provinsi Jambi", set())).status == ELSEWHERE


@pytest.mark.parametrize(("text", "level", "name"), [
    ("Kodya Batu", "kota", "batu"), ("Kotamadya Pasuruan", "kota", "pasuruan"), ("Kt. Batu", "kota", "batu"),
    ("Kot. Batu", "kota", "batu"), ("Pemkab Malang", "kabupaten", "malang"), ("Pemkot Batu", "kota", "batu"),
])  # fmt: skip
def test_old_and_short_words_for_a_kota_and_its_government_name_the_kab_kota(text, level, name):
    assert parse_location(text)[0].regions == (Region(level, name),)


@pytest.mark.parametrize(
    ("government", "location"),
    [("Kota Parepare", "Kota Pare-Pare"), ("Kota Pare-Pare", "Kota Parepare"), ("Kota Baubau", "Kota Bau-Bau"),
     ("Kota Tanjungpinang", "Kota Tanjung Pinang"), ("Kota Pangkal Pinang", "Kota Pangkalpinang, Kabupaten Bangka"),
     ("Kota Parepare", "Pare-Pare")],
)  # fmt: skip
def test_a_kab_kota_name_written_with_a_hyphen_or_a_space_is_the_same_place(government, location):
    target = target_of(government, set(), "Provinsi Sulawesi Selatan", {location})
    assert place(location, target).status == IN
    assert region_of(government) == region_of(government.replace("-", "").replace(" Pinang", "pinang"))


def test_a_kab_kota_name_written_apart_is_still_not_another_kab_kota():
    target = target_of("Kota Parepare", set(), "Provinsi Sulawesi Selatan", {"Kabupaten Pinrang"})
    assert place("Kabupaten Pinrang", target).status == ELSEWHERE
    assert place("Kabupaten Pare-Pare", target).status == ELSEWHERE  # another level


def test_a_kecamatan_named_kota_something_is_a_kecamatan():
    assert [(part.regions, part.locals) for part in parse_location("Kec. Kota Raja, Kecamatan Kota Soe")] == [((), ("kota raja",)), ((), ("kota soe",))]
    kupang = target_of("Kota Kupang", {"Kec. Kota Raja", "Kota Lama", "Kec. Oebobo"}, "Provinsi Nusa Tenggara Timur",
                       {"Kota Raja", "Kota Lama", "Kab. Kupang"})
    for location in ("Kota Raja", "Kec. Kota Raja", "Kota Lama"):  # named so by the kota's own plan
        assert place(location, kupang) == place(location, kupang).__class__(IN, location, 1)
    assert place("Kota Soe", kupang).status == ELSEWHERE  # named by no row of the kota's own plan
    assert place("Kota Raja, Kab. Kupang", kupang).shared_by == 2


def test_the_kota_sharing_a_kabupatens_name_in_its_plan_is_no_kecamatan_of_it():
    kabupaten = target_of("Kabupaten Kupang", {"Kota Kupang", "Kec. Kupang Barat"}, "Provinsi Nusa Tenggara Timur", {"Kota Kupang"})
    assert place("Kota Kupang", kabupaten).status == ELSEWHERE


@pytest.mark.parametrize(
    ("government", "location"),
    [("Kabupaten Timor Tengah Selatan", "Kab. TTS"), ("Kabupaten Timor Tengah Selatan", "TTS"),
     ("Kabupaten Sumba Barat Daya", "SBD"), ("Kabupaten Timor Tengah Selatan", "Kab. TTS - Kec. Boking")],
)  # fmt: skip
def test_a_kab_kota_of_several_words_written_by_its_initials_is_that_kab_kota(government, location):
    target = target_of(government, set(), "Provinsi Nusa Tenggara Timur", {location})
    assert place(location, target).status == IN and place(location, target).shared_by == 1


def test_initials_name_no_kab_kota_of_one_word_or_of_other_words():
    assert place("KM", target_of("Kota Malang", set(), PROVINCE, {"KM"})).status != IN
    # a level's initial before a two-word name would not tell Kota Padang Panjang from Kabupaten Padang Pariaman
    assert place("KPP", target_of("Kabupaten Padang Pariaman", set(), "Provinsi Sumatera Barat", {"KPP"})).status != IN
    assert place("Kab. TTU", target_of("Kabupaten Timor Tengah Selatan", set(), "Provinsi Nusa Tenggara Timur", {"Kab. TTU"})).status == ELSEWHERE


def test_a_kota_named_in_a_kabupatens_own_plan_is_that_kota_not_a_kecamatan_of_the_kabupaten():
    malang = target_of("Kabupaten Malang", {"Kota Batu", "Kec. Dampit", "Kota Surabaya"}, PROVINCE, {"Kota Batu", "Kota Surabaya"})
    assert place("Kota Batu", malang).status == ELSEWHERE and place("Kota Surabaya", malang).status == ELSEWHERE
    assert "kota batu" not in malang.places


def test_a_semicolon_or_a_kab_kota_with_its_own_kecamatan_ends_no_address():
    # a ';' lists places, and 'Kab. Asmat (Distrik Fayit)' names its own distrik: 'Distrik Malind' is a place of its own
    for cell in ("Distrik Malind; Kab. Asmat (Distrik Fayit)", "Distrik Malind, Kab. Asmat (Distrik Fayit)", "Distrik Malind; Kab. Asmat",
                 "Distrik Malind, Kab. Asmat - Distrik Fayit"):
        assert [part.text for part in parse_location(cell)][0] == "Distrik Malind"
    merauke = target_of("Kabupaten Merauke", {"Distrik Malind"}, PAPUA_SELATAN, set())
    assert place("Distrik Malind, Kab. Asmat (Distrik Fayit)", merauke).status == IN
    assert place("Kec. Dampit; Kab. Sidoarjo", kab_malang()).status == IN
    # an address ends in its kab/kota bare, or with its province: still one place there
    assert [part.text for part in parse_location("Desa Purworejo, Kec. Ngantang, Kab. Malang (Jawa Timur)")] == [
        "Desa Purworejo, Kec. Ngantang, Kab. Malang (Jawa Timur)"]
    assert place("Distrik Malind, Kab. Asmat", merauke).status == ELSEWHERE
    assert split_locations("Kota Batu (Kec. Bumiaji; Kec. Junrejo)") == ("Kota Batu (Kec. Bumiaji; Kec. Junrejo)",)
    assert [part.text for part in parse_location("Kota Batu (Kec. Bumiaji; Kec. Junrejo)")] == ["Kota Batu (Kec. Bumiaji; Kec. Junrejo)"]


PAPUA_SELATAN = "Provinsi Papua Selatan"


def test_the_town_named_kota_of_a_kabupaten_makes_no_twin_of_its_bare_name():
    merauke = target_of("Kabupaten Merauke", {"Distrik Merauke"}, PAPUA_SELATAN, {"Merauke", "Kota Merauke", "Kab. Merauke"})
    assert place("Merauke", merauke).status == IN  # no Kota Merauke exists
    # real twins keep their ambiguity, however the province writes them
    for government, province in (("Kabupaten Malang", PROVINCE), ("Kabupaten Kupang", "Provinsi Nusa Tenggara Timur")):
        bare = government.split()[-1]
        target = target_of(government, set(), province, {bare, f"Kota {bare}", f"Kab. {bare}"})
        assert place(bare, target).status == AMBIGUOUS and place(f"Kota {bare}", target).status == ELSEWHERE
    bogor = target_of("Kabupaten Bogor", set(), "Provinsi Jawa Barat", {"Bogor", "Kota Bogor"})
    assert place("Bogor", bogor).status == AMBIGUOUS


def test_a_kota_of_the_same_name_in_another_province_makes_no_twin_of_a_bare_name():
    # Jawa Barat's Kota Banjar, named once by Kalimantan Selatan, left every bare 'Banjar' of Kabupaten Banjar in doubt
    banjar = target_of("Kabupaten Banjar", {"Kec. Martapura"}, "Provinsi Kalimantan Selatan", {"Banjar", "Kota Banjar, Jawa Barat"})
    assert place("Banjar", banjar).status == IN
    # where both lie in the province, the doubt stays
    kediri = target_of("Kabupaten Kediri", set(), PROVINCE, {"Kediri", "Kota Kediri"})
    assert place("Kediri", kediri).status == AMBIGUOUS


def test_kota_and_the_name_of_a_kabupaten_that_is_no_kota_is_a_town_of_the_kabupaten():
    merauke = target_of("Kabupaten Merauke", {"Distrik Merauke", "Distrik Kurik"}, PAPUA_SELATAN, {"Kota Merauke"})
    placement = place("Kota Merauke", merauke)
    assert (placement.status, placement.where, placement.town) == (IN, "Kota Merauke", True)
    assert place("Kota Merauke, Kab. Asmat", merauke).shared_by == 2
    assert place("Kabupaten Merauke", merauke).town is False
    # a kota of the run, or of data/kabkota.csv (Kota Banjar, in Jawa Barat), is that kota, not Kabupaten Banjar's town
    assert place("Kota Merauke", target_of("Kabupaten Merauke", set(), PAPUA_SELATAN, set(), kota=frozenset({"merauke"}))).status == ELSEWHERE
    banjar = target_of("Kabupaten Banjar", {"Kec. Martapura"}, "Provinsi Kalimantan Selatan", {"Kota Banjar"})
    assert place("Kota Banjar", banjar).status == ELSEWHERE
    assert place("Kota Malang", kab_malang()).status == ELSEWHERE


def test_kota_and_a_place_the_kabupatens_plan_names_is_a_town_of_it_where_no_kota_has_that_name():
    boven_digoel = target_of("Kabupaten Boven Digoel", {"Kelurahan Tanah Merah", "Distrik Mandobo"}, PAPUA_SELATAN, {"Kota Tanah Merah"})
    placement = place("Kota Tanah Merah", boven_digoel)
    assert (placement.status, placement.town, placement.shared_by) == (IN, True, 1)
    assert place("Tanah Merah", boven_digoel).shared_by == 1  # the town is no other kab/kota sharing the row
    # not when another kab/kota of the run names the place too, nor when a kota has that name (Kota Batu)
    shared = target_of("Kabupaten Boven Digoel", {"Kelurahan Tanah Merah"}, PAPUA_SELATAN, set(), elsewhere=frozenset({"tanah merah"}))
    assert place("Kota Tanah Merah", shared).status == ELSEWHERE
    malang = target_of("Kabupaten Malang", {"Desa Batu", "Kec. Dampit"}, PROVINCE, {"Kota Batu"})
    assert place("Kota Batu", malang).status == ELSEWHERE
    # a kota's plan naming the place makes no town of it: 'Kota X' in a kota is another kota
    assert place("Kota Lama", target_of("Kota Malang", {"Kel. Lama"}, PROVINCE, set())).status == ELSEWHERE


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Kota/Kab. Malang", ("Kota Malang", "Kabupaten Malang")),
        ("Kab./Kota Blitar", ("Kota Blitar", "Kabupaten Blitar")),
        ("Kab. dan Kota Kediri", ("Kota Kediri", "Kabupaten Kediri")),
        ("Kota & Kabupaten Kediri; Kab. Blitar", ("Kota Kediri", "Kabupaten Kediri", "Kab. Blitar")),
        ("Kota dan Kab. Batu", ("Kota Batu",)),  # only the level the list has
        ("Kab/Kota se-Jawa Timur", ("Kab/Kota se-Jawa Timur",)),  # no name of the list after the level words: every kab/kota
        ("Se-Malang Raya", ("Kota Malang", "Kabupaten Malang")),  # the twins and the area round them
        ("Blitar Raya", ("Kota Blitar", "Kabupaten Blitar")),
        ("Jakarta Raya", ("Jakarta Raya",)),  # no twins of that name
        ("Jl. Raya Kepanjen", ("Jl. Raya Kepanjen",)),
    ],
)
def test_both_level_words_before_one_name_are_both_twins(text, parts):
    assert split_locations(text) == parts


def test_a_row_at_both_twins_lies_in_each():
    for government in ("Kabupaten Malang", "Kota Malang"):
        target = target_of(government, {"Kec. Dampit"} if government.startswith("Kab") else {"Kec. Klojen"}, PROVINCE, {"Kota/Kab. Malang"})
        assert place("Kota/Kab. Malang", target).status == IN


def test_a_bracket_listing_kab_kota_by_name_names_each():
    part = parse_location("Pulau Lombok (Mataram, Lobar, Loteng)")[0]
    assert part.bare == ("pulau lombok", "mataram", "lobar", "loteng")  # (before: one 'mataram lobar loteng')
    assert parse_location("Kec. Bumiaji (Desa Sumberejo, Desa Tulungrejo)")[0].locals == ("bumiaji", "sumberejo", "tulungrejo")


SUMUT = "Provinsi Sumatera Utara"


def test_a_bare_kab_kota_listed_beside_leveled_ones_is_one_of_them_not_a_place_in_them():
    nisel = target_of("Kabupaten Nias Selatan", {"Kec. Teluk Dalam"}, SUMUT, set())
    placement = place("Kepulauan Nias (Kab. Nias, Nias Selatan dan Kota Gunungsitoli)", nisel)
    assert (placement.status, placement.shared_by) == (IN, 3)
    assert place("Kepulauan Nias (Kab. Nias dan Kota Gunungsitoli)", nisel).status == ELSEWHERE
    # a table short name in a kab/kota's bracket is that kab/kota too
    tapteng = target_of("Kabupaten Tapanuli Tengah", {"Kec. Pandan"}, SUMUT, set())
    assert (place("Kota Sibolga (Tapteng)", tapteng).status, place("Kota Sibolga (Tapteng)", tapteng).shared_by) == (IN, 2)
    # a bare name right after its kab/kota is a place in it: Serdang Bedagai's kecamatan Tebing Tinggi, not the kota
    tebing = target_of("Kota Tebing Tinggi", {"Kec. Padang Hulu"}, SUMUT, set())
    assert place("Kab. Serdang Bedagai (Tebing Tinggi)", tebing).status == ELSEWHERE
    assert parse_location("Kab. Serdang Bedagai (Tebing Tinggi)")[0].listed == ()


def test_two_kab_kota_joined_by_a_hyphen_without_spaces_are_both_named():
    assert split_locations("Sibolga-Tapteng") == ("Sibolga", "Tapteng")
    tapteng = target_of("Kabupaten Tapanuli Tengah", {"Kec. Pandan"}, SUMUT, set())
    assert place("Sibolga-Tapteng", tapteng).status == IN
    # one kab/kota's name, a word said twice, and other names keep their hyphen
    for text in ("Toli-Toli", "Pare-Pare", "Desa Bone-Bone", "Kel. Oro-oro Dowo", "Pulau-Pulau Batu", "Kabupaten Tojo Una-Una"):
        assert split_locations(text) == (text,)
    # names of two words each side
    assert split_locations("Minahasa Utara-Minahasa Selatan") == ("Minahasa Utara", "Minahasa Selatan")
    assert split_locations("Luwu-Luwu Utara") == ("Luwu", "Luwu Utara")


def test_a_place_written_without_its_spaces_or_hyphen_is_the_plans_place():
    nisel = target_of("Kabupaten Nias Selatan", {"Kec. Idano Gawo", "Desa Hilisimaetano"}, SUMUT, set())
    assert place("Kec. Idanogawo", nisel).status == IN
    assert place("Hili Simaetano", nisel).status == IN
    # unless another kab/kota of the comparison names a place so written
    shared = target_of("Kabupaten Nias Selatan", {"Kec. Idano Gawo"}, SUMUT, set(), elsewhere=frozenset({"idano gawo"}))
    assert place("Kec. Idanogawo", shared).status != IN


NTB = "Provinsi Nusa Tenggara Barat"


@pytest.mark.parametrize("text", ["Pulau Lombok", "P. Lombok", "Kab/Kota se-Pulau Lombok", "Seluruh Pulau Lombok.", "pulau  lombok"])
def test_an_island_of_several_kab_kota_names_each_of_them(text):
    loteng = target_of("Kabupaten Lombok Tengah", {"Kec. Pujut"}, NTB, set())
    placement = place(text, loteng)
    assert (placement.status, placement.where, placement.shared_by) == (IN, text.strip(" ."), 5)


def test_an_island_with_its_kab_kota_or_a_place_said_is_read_by_what_is_said():
    loteng = target_of("Kabupaten Lombok Tengah", {"Kec. Pujut"}, NTB, set())
    assert place("Pulau Lombok (Mataram, Lobar)", loteng).status == ELSEWHERE
    assert place("Pulau Lombok - Kec. Pujut", loteng).status == IN
    assert place("Pulau Lombok - Kec. Sekotong", loteng).status != IN
    # a desa or kecamatan named after an island is that desa or kecamatan
    assert parse_location("Desa Pulau Lombok")[0].regions == ()
    # an island holding both twins places the row in each
    for government in ("Kota Bima", "Kabupaten Bima"):
        assert place("Pulau Sumbawa", target_of(government, set(), NTB, set())).status == IN
    assert place("Pulau Sumbawa", target_of("Kota Mataram", set(), NTB, set())).status == ELSEWHERE


def test_every_kab_kota_of_the_island_table_is_in_kemendagris_list():
    from syncheck import islands, provinces
    from syncheck.places import is_listed

    rows = [row.split(",") for row in provinces.data_lines("islands.csv")]
    assert rows and all(is_listed(*islands._level_and_name(kab_kota)) for _, listed in rows for kab_kota in listed.split("|"))


def test_an_urban_area_named_by_its_syllables_names_each_kab_kota_of_it():
    sidoarjo = target_of("Kabupaten Sidoarjo", {"Kec. Waru"}, PROVINCE, set())
    placement = place("Kawasan Perkotaan Gerbangkertosusila", sidoarjo)
    assert (placement.status, placement.shared_by) == (IN, 7)
    assert place("Gerbangkertosusila", kab_malang()).status == ELSEWHERE


JATENG = "Provinsi Jawa Tengah"
RUN = frozenset({("kabupaten", "semarang"), ("kota", "semarang"), ("kota", "salatiga")})


@pytest.mark.parametrize("text", ["Kaliwungu, Kab. Kendal", "Kec. Kaliwungu, Kendal", "Kaliwungu, Kendal"])
def test_a_place_written_with_a_kab_kota_the_run_does_not_compare_is_held_for_review(text):
    semarang = target_of("Kabupaten Semarang", {"Kec. Kaliwungu", "Kec. Ambarawa"}, JATENG, set(), compared=RUN)
    placement = place(text, semarang)
    assert (placement.status, placement.written_in) == (AMBIGUOUS, "Kabupaten Kendal")
    # the run not known (a target made alone): read as before, a list of places
    assert place(text, target_of("Kabupaten Semarang", {"Kec. Kaliwungu"}, JATENG, set())).status == IN


def test_a_place_with_a_kab_kota_in_a_bracket_after_it_lies_in_that_kab_kota():
    semarang = target_of("Kabupaten Semarang", {"Kec. Kaliwungu"}, JATENG, set(), compared=RUN)
    assert place("Kaliwungu (Kendal)", semarang).status == ELSEWHERE
    binjai = target_of("Kota Binjai", {"Kec. Binjai Kota"}, "Provinsi Sumatera Utara", set())
    assert place("Binjai (Langkat)", binjai).status == ELSEWHERE
    # an address without any mark lists nothing: Langkat's kecamatan Binjai, not Kota Binjai
    assert place("Binjai Kab. Langkat", binjai).status == ELSEWHERE
    langkat = target_of("Kabupaten Langkat", {"Kec. Binjai"}, "Provinsi Sumatera Utara", set())
    assert place("Binjai Kab. Langkat", langkat).shared_by == 1


def test_a_short_name_in_a_bracket_counts_as_sharing_only_for_a_kab_kota_of_the_run():
    lamsel = target_of("Kabupaten Lampung Selatan", {"Kec. Palas"}, "Provinsi Lampung", set(), compared=frozenset({("kabupaten", "lampungselatan")}))
    assert place("Kab. Lampung Selatan (Palas, Sidomulyo)", lamsel).shared_by == 1


def test_a_place_listed_beside_a_compared_kab_kota_that_does_not_name_it_is_the_targets():
    semarang = target_of("Kabupaten Semarang", {"Kec. Ambarawa"}, JATENG, set(), compared=RUN)
    assert place("Ambarawa, Kota Semarang", semarang).status == IN
    assert place("Ambarawa, Kab. Semarang", semarang).status == IN
    # ... but not when that kab/kota's plan names the place too: the cell says whose it is
    shared = target_of("Kabupaten Semarang", {"Kec. Tingkir"}, JATENG, set(), elsewhere=frozenset({"tingkir"}), compared=RUN)
    assert place("Tingkir, Kota Salatiga", shared).status == ELSEWHERE


@pytest.mark.parametrize("text", ["Semarang Raya", "Semarang (Kota dan Kabupaten)", "Semarang (Kota & Kab.)", "Semarang (Kab./Kota)"])
def test_twin_names_with_raya_or_both_level_words_after_them_name_both(text):
    assert set(split_locations(text)) == {"Kota Semarang", "Kabupaten Semarang"}
    assert split_locations("Serang Raya") == ("Kota Serang", "Kabupaten Serang")


def test_a_town_holding_an_office_word_after_its_first_word_is_a_place():
    karimun = target_of("Kabupaten Karimun", {"Tanjung Balai Karimun", "Kec. Meral"}, "Provinsi Kepulauan Riau", set())
    assert place("Tanjung Balai Karimun", karimun).status == IN
    assert parse_location("Kantor Dinas PU")[0].locals == () and parse_location("Lokasi UPT Jalan")[0].locals == ()


def test_an_island_named_after_a_kecamatan_of_the_plan_is_that_kecamatan():
    batam = target_of("Kota Batam", {"Kec. Galang", "Kec. Bulang"}, "Provinsi Kepulauan Riau", set())
    assert place("Pulau Bulang", batam).status == IN
    shared = target_of("Kota Batam", {"Kec. Bulang"}, "Provinsi Kepulauan Riau", set(), elsewhere=frozenset({"bulang"}))
    assert place("Pulau Bulang", shared).status != IN


def test_a_kab_kota_with_its_own_place_in_a_bracket_is_that_kab_kota():
    sleman = target_of("Kabupaten Sleman", {"Kec. Depok", "Kec. Mlati"}, "Provinsi Daerah Istimewa Yogyakarta", set())
    assert place("Sleman (Depok)", sleman).status == IN
    # a bracket of the part itself, not a kab/kota in the next part, makes the address
    semarang = target_of("Kabupaten Semarang", {"Kec. Ambarawa"}, JATENG, set(), compared=RUN)
    assert place("Ambarawa (Desa Lodoyong), Kota Semarang", semarang).status == IN
    assert place("Kec. Ambarawa - Desa Lodoyong, Kab. Kendal", semarang).written_in == "Kabupaten Kendal"
    # a short name after a spaced dash is the kab/kota too; the list's spelling names a kab/kota in a warning
    tapteng = target_of("Kabupaten Tapanuli Tengah", {"Kec. Pandan"}, SUMUT, set())
    assert place("Kota Sibolga - Tapteng", tapteng).status == IN
    pangkep = frozenset({("kabupaten", "maros")})
    maros = target_of("Kabupaten Maros", {"Kec. Bantimurung"}, "Provinsi Sulawesi Selatan", set(), compared=pangkep)
    assert place("Bantimurung, Kab. Pangkajene dan Kepulauan", maros).written_in == "Kabupaten Pangkajene dan Kepulauan"


def test_a_bare_place_named_like_a_kab_kota_of_the_province_is_held_for_review():
    makassar = target_of("Kota Makassar", {"Kec. Wajo", "Kec. Tamalate"}, "Provinsi Sulawesi Selatan", set())
    placement = place("Wajo", makassar)
    assert (placement.status, placement.kab_kota_named) == (AMBIGUOUS, "Kabupaten Wajo")
    assert place("Kec. Wajo", makassar).status == IN  # written as a kecamatan
    # a kab/kota of another province is no doubt: Sleman's Depok, not Jawa Barat's Kota Depok
    sleman = target_of("Kabupaten Sleman", {"Kec. Depok"}, "Provinsi Daerah Istimewa Yogyakarta", set())
    assert place("Depok", sleman).status == IN


@pytest.mark.parametrize("text", ["Mamminasata", "Kawasan Maminasata", "Luwu Raya", "Tana Luwu", "BMR", "Se-Bolaang Mongondow Raya", "Banua Anam"])
def test_more_areas_of_several_kab_kota(text):
    assert len(parse_location(text)[0].regions) >= 4



@pytest.mark.parametrize("text", ["Br. Kaja", "Banjar Dinas Kaja", "Dusun Kaja", "Jorong Kaja", "Kaja"])
def test_a_hamlet_of_one_word_places_no_row_its_name_repeats_in_hundreds_of_villages(text):
    tabanan = target_of("Kabupaten Tabanan", {"Banjar Dinas Kaja, Desa Sudimara", "Kec. Kediri"}, "Provinsi Bali", set())
    assert place(text, tabanan).status != IN
    # its address still places the row, and an address ending in a kab/kota the run does not compare does not
    assert place("Br. Kaja, Desa Sudimara", tabanan).status == IN
    buleleng = target_of("Kabupaten Buleleng", {"Dusun Krajan, Desa Pemaron"}, "Provinsi Bali", set())
    assert place("Dusun Krajan, Desa Sumberejo, Kec. Pakis, Kab. Malang", buleleng).status != IN


def test_bali_village_words_and_a_dash_between_two_kab_kota():
    gianyar = target_of("Kabupaten Gianyar", {"Desa Ubud", "Kec. Ubud"}, "Provinsi Bali", set())
    assert place("Desa Adat Ubud", gianyar).status == IN and place("Desa Pakraman Ubud", gianyar).status == IN
    assert place("Gianyar - Bangli", gianyar).status == IN


def test_full_width_letters_and_old_letter_forms_are_read_as_their_plain_letters():
    assert place("Ｋａｂ． Ｍａｌａｎｇ", kab_malang()).status == IN
    assert len(parse_location("Gerbangkertoſuſila")[0].regions) == 7  # (a KeyError stopped the run)



@pytest.mark.parametrize("text", ["Jaga 2", "Jaga 7", "Jaga III", "Lingkungan III", "Lk. 2", "RT 03/RW 01", "Dusun 2"])
def test_a_hamlet_named_by_its_number_places_no_row_the_number_names_one_in_every_village(text):
    minahasa = target_of("Kabupaten Minahasa", {"Jaga 2, Desa Lotta, Kec. Pineleng", "Lingkungan III, Kel. Kleak", "RT 03/RW 01, Desa Lotta"},
                         "Provinsi Sulawesi Utara", set())  # fmt: skip
    assert place(text, minahasa).status != IN
    # its address places the row where the address is, and only there
    assert place(f"{text}, Desa Lotta, Kec. Pineleng", minahasa).status == IN
    assert place(f"{text}, Desa Kaima, Kec. Kauditan, Kab. Minahasa Utara", minahasa).status != IN
    assert parse_location("di lingkungan Pemprov Sulut")[0].locals == ()  # no number: the filler word it was


def test_a_hamlet_of_several_words_that_one_plan_names_places_the_row():
    agam = target_of("Kabupaten Agam", {"Jorong Pasar Maninjau, Nagari Maninjau"}, "Provinsi Sumatera Barat", set())
    assert place("Jorong Pasar Maninjau", agam).status == IN


def test_a_place_written_with_another_province_lies_there():
    oku_timur = target_of("Kabupaten Ogan Komering Ulu Timur", {"Kec. Martapura", "Kec. Belitang"}, "Provinsi Sumatera Selatan", set())
    for text in ("Kec. Martapura, Kalimantan Selatan", "Martapura (Kalsel)", "Kec. Martapura, Prov. Kalsel"):
        assert place(text, oku_timur).status == ELSEWHERE  # Kalimantan Selatan's Martapura, Kabupaten Banjar's capital
    assert place("Kec. Martapura, Sumatera Selatan", oku_timur).status == IN and place("Martapura, Sumsel", oku_timur).status == IN
    kotabaru = target_of("Kabupaten Kotabaru", {"Kotabaru", "Kec. Pulau Laut Utara"}, "Provinsi Kalimantan Selatan", set())
    assert place("Kotabaru, Jambi", kotabaru).status == ELSEWHERE and place("Kotabaru", kotabaru).status == IN
    # the province a new province was part of may still be written for its places
    merauke = target_of("Kabupaten Merauke", {"Distrik Kurik"}, PAPUA_SELATAN, set())
    assert place("Distrik Kurik, Papua", merauke).status == IN and place("Distrik Kurik, Papua Barat", merauke).status == ELSEWHERE


def test_an_island_of_one_kabupaten_and_an_area_of_three():
    assert [region.name for region in parse_location("Pulau Laut")[0].regions] == ["kotabaru"]
    assert parse_location("Kec. Pulau Laut Utara")[0].regions == ()  # Kotabaru's kecamatan, as its plan names it
    assert len(parse_location("Kepulauan Nusa Utara")[0].regions) == 3


def test_a_bare_kota_baru_is_the_kabupaten_whose_name_it_is_written_apart_as_a_town():
    kotabaru = target_of("Kabupaten Kotabaru", {"Kec. Pulau Laut Utara"}, "Provinsi Kalimantan Selatan", set())
    placement = place("Kota Baru", kotabaru)
    assert (placement.status, placement.town) == (IN, True) and place("Kab. Kota Baru", kotabaru).status == IN
    # (in other provinces 'Kota Baru' is a new town, Lampung's: no kab/kota there, and warned about as one)
    assert parse_location("Kota Baru")[0].regions == (Region("kota", "baru"),)


def test_a_town_its_plans_kecamatan_are_named_after_is_the_kabupatens():
    minahasa = target_of("Kabupaten Minahasa", {"Kec. Tondano Barat", "Kec. Tondano Utara", "Kec. Pineleng"}, "Provinsi Sulawesi Utara", set())
    assert place("Tondano", minahasa).status == IN and place("Kota Tondano", minahasa).status == IN
    assert place("Kec. Tondano", minahasa).status != IN  # no such kecamatan
    # not when another plan of the run names it, or names kecamatan after it too
    for elsewhere in ({"tondano"}, {"tondano selatan"}):
        shared = target_of("Kabupaten Minahasa", {"Kec. Tondano Barat"}, "Provinsi Sulawesi Utara", set(), elsewhere=frozenset(elsewhere))
        assert place("Tondano", shared).status != IN
    # nor a kab/kota's name: Kota Semarang's 'Semarang Barat' makes no town of the kabupaten's name
    semarang = target_of("Kabupaten Boyolali", {"Kec. Semarang Barat"}, "Provinsi Jawa Tengah", set())
    assert place("Semarang", semarang).status != IN


def test_a_filler_word_ending_a_place_name_is_part_of_the_name():
    siak = target_of("Kabupaten Siak", {"Kec. Lubuk Dalam", "Kel. Kampung Dalam, Kec. Siak"}, "Provinsi Riau", set())
    assert place("Kec. Lubuk Dalam", siak).status == IN and place("Kampung Dalam", siak).status == IN
    for other in ("Lubuk Luar", "Kampung Luar", "Kec. Lubuk"):  # (read 'lubuk' and 'kampung', they placed the row in Siak)
        assert place(other, siak).status != IN
    nisel = target_of("Kabupaten Nias Selatan", {"Kec. Teluk Dalam"}, "Provinsi Sumatera Utara", set())
    assert place("Telukdalam", nisel).status == IN  # written joined
    assert parse_location("Di dalam Kota Malang")[0].regions == (Region("kota", "malang"),)


def test_a_places_name_now_or_before_in_a_bracket_is_read():
    pekanbaru = target_of("Kota Pekanbaru", {"Kec. Binawidya"}, "Provinsi Riau", set())
    for text in ("Kec. Tampan (kini Binawidya)", "Kec. Tampan (sekarang Kec. Binawidya)", "Kec. Binawidya (dulu Tampan)"):
        assert place(text, pekanbaru).status == IN
