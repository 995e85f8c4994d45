"""A word split at a hyphen ('Ber-basis', 'Pem-bangunan') is the word, where the official names say so."""

from __future__ import annotations

from syncheck.models import Relation
from syncheck.normalize import core_tokens

from test_match_wording import linked

INDUSTRY = ("3.31.03", "PROGRAM PENGELOLAAN SISTEM INFORMASI INDUSTRI NASIONAL")


def test_a_word_split_at_a_hyphen_is_the_official_word():
    sub = "Penyediaan Layanan Perizinan Berbasis Sistem Informasi Industri Nasional"
    links = linked(
        [INDUSTRY, ("3.31.03.1.01", "Pengelolaan Sistem Informasi Industri Nasional"), ("3.31.03.1.01.01", sub)],
        [INDUSTRY, ("3.31.03.2.01", "Pengelolaan Sistem Informasi Industri Nasional"), ("3.31.03.2.01.01", sub.replace("Berbasis", "Ber-basis"))],
    )
    assert links[("3.31.03.1.01.01", "3.31.03.2.01.01")].relation is Relation.IDENTICAL
    assert core_tokens("Pem-bangunan Jalan") == ("pembangunan", "jalan")


def test_hyphenated_words_the_official_names_write_apart_stay_apart():
    assert core_tokens("Kerja-sama Daerah") == ("kerja", "sama")  # 'kerja' is commoner than 'kerjasama'
    assert core_tokens("Kesertaan Ber-KB") == ("kesertaan", "ber", "kb")  # the list's own hyphen: no joined word
    assert core_tokens("Sosial-Ekonomi dan Anak-Anak") == ("sosial", "ekonomi", "anak", "anak")
