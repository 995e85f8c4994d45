"""Indonesian planning-name normalization."""

from __future__ import annotations

import pytest

from syncheck.differences import token_difference
from syncheck.normalize import core_tokens, default_rules, is_typo_of, literal_prefix, load_rules, normalize_name


@pytest.mark.parametrize(("text", "expected"), [
    ("Pemb. Jalan Kab/Kota & Prov.", "pembangunan jalan kabupaten kota dan provinsi"),
    ("PENGARUS  UTAMAAN Gender (Lanjutan)", "pengarusutamaan gender"),
    ("Peningk. Sarpras yg Baru", "peningkatan sarana dan prasarana yang baru"),
    ("Perijinan  Usaha.", "perizinan usaha"),
])
def test_normalize_name_expands_abbreviations_and_spelling(text, expected):
    assert normalize_name(text) == expected


def test_core_tokens_drop_level_scope_and_function_words():
    assert core_tokens("Penyediaan Layanan Kewenangan Provinsi dan Kabupaten/Kota") == ("penyediaan", "layanan")


@pytest.mark.parametrize("name", ["Layanan Arsip Porvinsi", "Layanan Arsip Daerah Kabupaetn", "Layanan Arsip Kewenagnan Darah Provins", "Layanan Arsip Tignkat Daerah"])
def test_mistyped_level_and_scope_words_are_set_aside_too(name):
    assert core_tokens(name) == ("layanan", "arsip")


@pytest.mark.parametrize(("source", "prefix"), [
    ("pemb\\.?", "pemb"), ("kab\\.?\\s*/\\s*kota", "kab"), ("sarpras|sapras", ""), ("abc?", "ab"),
    ("&", "&"), ("(?:a)b", ""), ("Pengarus\\s+utamaan", "pengarus"), ("x*y", ""),
])
def test_literal_prefix_is_what_every_match_starts_with(source, prefix):
    assert literal_prefix(source) == prefix


def test_rule_skipping_gives_the_same_text_as_applying_every_rule():
    texts = ["pemb. jalan kab/kota & prov.", "sapras kec. x dan sarpras", "kabkota dlm wilayah", "rehab. gedung thd banjir"]
    for text in texts:
        expected = text
        for rule in default_rules():
            expected = rule.pattern.sub(rule.replacement, expected)
        assert normalize_name(text) == " ".join(expected.replace(".", " ").replace("/", " ").replace("&", " ").split())


def test_user_rules_come_first(tmp_path):
    path = tmp_path / "rules.csv"
    path.write_text("# mine\nbpbd,badan penanggulangan bencana daerah\n", encoding="utf-8")
    assert normalize_name("Rapat BPBD", load_rules(str(path))) == "rapat badan penanggulangan bencana daerah"


def test_typos_and_glued_words_are_set_aside():
    assert is_typo_of("pelayanan", "pelayaan") and not is_typo_of("sd", "smp")
    only_left, only_right, typos = token_difference(("sistempenyediaan", "air", "minum"), ("sistem", "penyediaan", "air", "minum"))
    assert (only_left, only_right, typos) == (frozenset(), frozenset(), 1)


def test_a_typo_keeps_the_first_or_last_letter_except_two_slips_in_a_long_word():
    assert is_typo_of("kesehatan", "kesehatn") and is_typo_of("mesehatan", "kesehatan")  # last letter kept
    assert is_typo_of("kesehatan", "kesehatam")  # first letter kept
    assert not is_typo_of("xesehatam", "kesehatan")  # both ends differ: two slips in a 9-letter word
    # from 12 letters two slips are allowed, also at both ends
    assert is_typo_of("xenyelenggaraax", "penyelenggaraan")
    assert not is_typo_of("xenyelenggaraxx", "penyelenggaraan")


def _typo_by_definition(a: str, b: str) -> bool:
    """is_typo_of as its docstring defines it, by full edit distance (rapidfuzz's, no shortcuts)."""
    from rapidfuzz.distance import Levenshtein

    if a == b:
        return True
    shorter = min(len(a), len(b))
    if a.isdigit() or b.isdigit() or shorter < 3:
        return False
    distance = Levenshtein.distance(a, b)
    swapped = len(a) == len(b) and any(
        a[:i] == b[:i] and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :] for i in range(len(a) - 1)
    )
    if len(a) != len(b) and distance <= 1:
        return True
    if shorter >= 5 and (distance <= 1 or swapped):
        return True
    return shorter >= 12 and distance <= 2


def _slip(word: str, where: int, how: int, letter: str) -> str:
    where %= len(word) + 1
    if how == 0:
        return word[:where] + letter + word[where:]
    if how == 1:
        return word[:where] + word[where + 1 :]
    if how == 2:
        return word[:where] + letter + word[where + 1 :]
    return word[:where] + word[where + 1 : where + 2] + word[where : where + 1] + word[where + 2 :]


def test_is_typo_of_keeps_to_its_definition_on_words_with_slips():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    slip = st.tuples(st.integers(0, 20), st.integers(0, 3), st.sampled_from("aenkx"))
    # few letters: words share letters as Indonesian words do; many: long words whose thirds are telling
    words = st.text("aenkg", min_size=1, max_size=15) | st.text("abcdefghijklmnopqrst", min_size=10, max_size=16)

    @settings(max_examples=600, derandomize=True, database=None, deadline=None)
    @given(words, st.lists(slip, max_size=3))
    def check(word, slips):
        other = word
        for where, how, letter in slips:
            other = _slip(other, where, how, letter) or other
        is_typo_of.cache_clear()
        assert is_typo_of(word, other) == _typo_by_definition(word, other)

    check()


@pytest.mark.parametrize(("text", "expected"), [
    ("a. Program Pengelolaan Pendidikan", "program pengelolaan pendidikan"),
    ("2) PROGRAM PENGELOLAAN PENDIDIKAN", "program pengelolaan pendidikan"),
    ("IV. Program Pengelolaan Pendidikan", "program pengelolaan pendidikan"),
    ('"(3) Penambahan Ruang Kelas Baru"', "penambahan ruang kelas baru"),
    ("\u2022 Penambahan Ruang Kelas Baru", "penambahan ruang kelas baru"),
    ("Penambahan Ruang Kelas Baru (DAK Fisik)", "penambahan ruang kelas baru"),
    ("Penambahan Ruang Kelas Baru - APBD.", "penambahan ruang kelas baru"),
    ("Penambahan Ruang Kelas Baru Tahun 2024", "penambahan ruang kelas baru"),
    ("Penambahan Ruang Kelas Baru (Lanjutan) Tahap II *)", "penambahan ruang kelas baru"),
    # where the item came from and which priority it serves
    ("Penambahan Ruang Kelas Baru (Pokir DPRD)", "penambahan ruang kelas baru"),
    ("Penambahan Ruang Kelas Baru (Sumber Dana: DAK Fisik)", "penambahan ruang kelas baru"),
    ("Penambahan Ruang Kelas Baru (Prioritas Nasional)", "penambahan ruang kelas baru"),
    ("Penambahan Ruang Kelas Baru (BK Provinsi)", "penambahan ruang kelas baru"),
    ("Penambahan Ruang Kelas Baru [Kegiatan Baru]", "penambahan ruang kelas baru"),
    ("Penambahan Ruang Kelas Baru (Lanjutan Tahun 2023)", "penambahan ruang kelas baru"),
    ("Penambahan Ruang Kelas Baru (Tematik Stunting)", "penambahan ruang kelas baru"),
    # budget status, packaging and whose priority
    ("Penambahan Ruang Kelas Baru (Pagu Sementara)", "penambahan ruang kelas baru"),
    ("Penambahan Ruang Kelas Baru - Sharing Provinsi", "penambahan ruang kelas baru"),
    ("Penambahan Ruang Kelas Baru (Paket 1)", "penambahan ruang kelas baru"),
    ("Penambahan Ruang Kelas Baru (Lanjutan Tahun Lalu)", "penambahan ruang kelas baru"),
    ("Penambahan Ruang Kelas Baru (Unggulan Bupati)", "penambahan ruang kelas baru"),
])
def test_list_markers_quotes_and_funding_year_or_phase_notes_are_set_aside(text, expected):
    assert normalize_name(text) == expected


@pytest.mark.parametrize("text", [
    "Pengembangan Satuan Permukiman pada Tahap Kemandirian",  # 'Tahap' inside the official name
    "Pengelolaan Dana BOS",  # funding words that are the item itself, not a note
    "Pengembangan dan Pengelolaan Sistem Irigasi yang Luasnya 1000 Ha - 3000 Ha dan Daerah Irigasi Lintas Daerah",
    "Rehabilitasi Gedung Kantor (BPBD) Kabupaten",  # an acronym is not a note
    "1.02 Program Kesehatan",  # a code, not a list number
    "Pengelolaan Hutan Berkelanjutan",  # 'lanjutan' inside a word is no note
])
def test_words_of_the_official_names_are_not_taken_for_notes_or_markers(text):
    assert normalize_name(text) == " ".join(text.lower().replace("(", " ").replace(")", " ").replace(".", " ").replace("-", " ").split())


def test_a_mistyped_compound_is_not_taken_for_two_glued_words():
    # 'antardesa' (between villages) is not 'antar desa'; mistyped, it is still one word
    assert token_difference(("kerja", "sama", "anatrdesa"), ("kerja", "sama", "antar", "desa"))[:2] == (frozenset({"anatrdesa"}), frozenset({"antar", "desa"}))


def test_seeded_names_are_used_for_their_own_rule_table_only():
    from syncheck import normalize

    rules, other = normalize.default_rules(), normalize.load_rules(None)
    text = "Peny. Layanan Kesehatan Seeded"
    forms = normalize.name_forms([text, text], rules)
    assert forms == [(text, normalize_name(text, rules), core_tokens(text, rules))]
    try:
        normalize.seed_names([(text, "made elsewhere", ("made", "elsewhere"))], rules)
        assert normalize_name(text, rules) == "made elsewhere"
        assert core_tokens(text, rules) == ("made", "elsewhere")
        assert normalize_name(text, other) == forms[0][1]  # another table's result is its own
    finally:
        normalize.seed_names([], None)
    assert normalize_name(text, rules) == forms[0][1]


def test_kab_kot_cut_short_is_kabupaten_kota():
    assert normalize_name("Penyelenggaraan Jalan Kab/Kot") == normalize_name("Penyelenggaraan Jalan Kabupaten/Kota")
    assert normalize_name("Penyelenggaraan Jalan Kab./Kot.") == normalize_name("Penyelenggaraan Jalan Kabupaten/Kota")
    assert normalize_name("Kab/Kota Kotamobagu") == "kabupaten kota kotamobagu"


def test_a_mistyped_function_word_is_no_word_of_the_items_identity():
    written = core_tokens("PROGRAM PENYELENGGARAAN PERSANDIAN UNTK PENGAMANAN INFORMASI DNA KOMUNIKASI yng BAIK")
    assert written == core_tokens("PROGRAM PENYELENGGARAAN PERSANDIAN UNTUK PENGAMANAN INFORMASI DAN KOMUNIKASI yang BAIK")
    # a word of the official names one letter from a function word is itself ('data' / 'dari', 'pasar' / 'para')
    assert "data" in core_tokens("Pengelolaan Data Pasar") and "pasar" in core_tokens("Pengelolaan Data Pasar")
    # a letter changed makes another word ('dengar' is no 'dengan'), and three letters are an acronym ('PAD')
    assert core_tokens("Pengadaan Alat Bantu Dengar")[-1] == "dengar" and "pad" in core_tokens("Intensifikasi PAD")
    # a letter changed or added inside a long one is still that word mistyped
    assert core_tokens("PERSANDIAN UNTgK PENGAMANAN") == core_tokens("PERSANDIAN UNTluK PENGAMANAN") == ("persandian", "pengamanan")


@pytest.mark.parametrize("written", ["Tingkat Lanjutan", "Tingkat  Lanjutan", "Tingkat-Lanjutan", "Tkt. Lanjutan"])
def test_the_official_words_tingkat_lanjutan_keep_lanjutan_however_spaced(written):
    assert normalize_name(f"Pelatihan SDM Pariwisata {written}").endswith("lanjutan")
    assert normalize_name("Pelatihan SDM Pariwisata (Lanjutan)") == normalize_name("Pelatihan SDM Pariwisata")
