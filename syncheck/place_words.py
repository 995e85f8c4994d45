"""The words of location cells: the place words and what they name, the level each local one names, and the words
that name no place (pure data for places.py and name_places.py)."""

from __future__ import annotations

KOTA, KABUPATEN, LOCAL, PROVINCE = "kota", "kabupaten", "local", "provinsi"

#: words that open a place name, and what they name
PREFIXES = {
    "kabupaten": KABUPATEN, "kab": KABUPATEN, "kota": KOTA, "kotamadya": KOTA, "kodya": KOTA, "kt": KOTA, "kot": KOTA,
    "pemkab": KABUPATEN, "pemkot": KOTA,  # the kab/kota's own government ('Pemkab Malang') is the kab/kota
    "kecamatan": LOCAL, "kec": LOCAL, "distrik": LOCAL, "kelurahan": LOCAL, "kel": LOCAL,
    "desa": LOCAL, "ds": LOCAL, "dusun": LOCAL, "dsn": LOCAL, "nagari": LOCAL, "gampong": LOCAL,
    # the names some provinces give them: DIY's kapanewon and kemantren (kecamatan) and kalurahan (desa), Lampung's
    # pekon and tiyuh, Sumatera Barat's jorong, Aceh's mukim ('Kapanewon Depok' is the Kec. Depok a Sleman plan names)
    "kapanewon": LOCAL, "kemantren": LOCAL, "kalurahan": LOCAL, "pekon": LOCAL, "tiyuh": LOCAL, "jorong": LOCAL,
    "mukim": LOCAL, "kemukiman": LOCAL,
    # hamlets: Bali's banjar ('Br. Kaja'; 'Banjar Dinas', 'Banjar Adat' are read as 'br', places.py: a bare 'Banjar' is
    # a kab/kota or Buleleng's kecamatan), Jawa's dukuh
    "br": LOCAL, "dukuh": LOCAL,
    # Kei's ohoi (villages), as the first word of a place only; Maluku's 'negeri' is no such word, as Lampung's kecamatan
    # and villages are named with it ('Kec. Negeri Katon', 'Negeri Agung')
    "ohoi": LOCAL,
    "provinsi": PROVINCE, "propinsi": PROVINCE, "prov": PROVINCE,
}  # fmt: skip
KECAMATAN_WORDS = frozenset({"kecamatan", "kec", "distrik", "kapanewon", "kemantren"})
#: place words that open a place only as its first word (PREFIXES)
FIRST_ONLY = frozenset({"ohoi"})
#: the units of a village named by a number ('Jaga 2' of a Minahasa desa, 'Lingkungan III' or 'Lk. II' of a kelurahan,
#: 'RT 03/RW 01'): before a number such a word opens a hamlet, and a hamlet's number names one in every village
NUMBERED_HAMLETS = frozenset({"jaga", "lingkungan", "ling", "lk", "rt", "rw", "dusun", "dsn"})
#: English names written after the place ('Malang Regency')
SUFFIXES = {"regency": KABUPATEN, "city": KOTA}
#: words that say where without naming a place ('Tersebar', 'Seluruh Kecamatan', 'se-Jawa Timur'), or that a place's
#: name may carry without its meaning ('Desa Adat Ubud', 'Desa Pakraman Ubud': Bali's desa Ubud)
FILLER_WORDS = frozenset(
    {"tersebar", "lokasi", "seluruh", "semua", "se", "di", "wilayah", "daerah", "dalam", "luar", "sekitarnya", "sekitar",
     "berbagai", "beberapa", "lingkup", "lingkungan", "masing", "masing-masing", "setiap", "tiap", "sesuai", "kebutuhan",
     "lokus", "sasaran", "terpilih", "prioritas", "yang", "ada", "tidak", "belum", "ditentukan", "na", "nihil", "tempat",
     "antar", "lintas", "all", "kabkota", "dan", "atau", "rp", "idr", "adat", "pakraman",
     # a place's name now or before, in a bracket after the other ('Kec. Tampan (kini Binawidya)', '(eks Kec. Tampan)')
     "kini", "sekarang", "dulu", "dahulu", "semula", "eks"}
)  # fmt: skip
#: filler words that end many places' names after a word of the name ('Lubuk Dalam', 'Teluk Dalam', 'Tanjung Luar')
NAME_END_WORDS = frozenset({"dalam", "luar"})
#: words of an office or building: the place of the work, not a place in a kab/kota ('Kantor Dinas', 'Gedung DPRD')
OFFICE_WORDS = frozenset(
    {"kantor", "dinas", "badan", "biro", "sekretariat", "setda", "setwan", "dprd", "upt", "uptd", "balai", "gedung",
     "aula", "pendopo", "instansi", "opd", "skpd", "perangkat", "pemerintah", "pemprov", "bappeda"}
)  # fmt: skip
#: names that are both a kota and a kabupaten (in one province): a bare 'Malang' is either
TWIN_NAMES = frozenset(
    {"bogor", "sukabumi", "bandung", "cirebon", "bekasi", "tasikmalaya", "tangerang", "serang", "magelang", "pekalongan",
     "semarang", "tegal", "kediri", "blitar", "malang", "probolinggo", "pasuruan", "mojokerto", "madiun", "solok", "bima",
     "kupang", "gorontalo", "jayapura", "sorong"}
)  # fmt: skip
#: the level a local place word names: a kecamatan, a village (desa, kelurahan and what provinces call them), or a
#: part of a village (Sumatera Barat's jorong); 'Kec. Koto Tangah' of Padang is no 'Nagari Koto Tangah' of Agam
LEVELS = {
    **dict.fromkeys(KECAMATAN_WORDS, "kecamatan"),
    **dict.fromkeys(("desa", "ds", "kelurahan", "kel", "nagari", "gampong", "kalurahan", "pekon", "tiyuh", "kampung", "ohoi"), "desa"),
    **dict.fromkeys(("dusun", "dsn", "jorong", "br", "dukuh"), "dusun"),
}  # fmt: skip
#: the place word a written abbreviation stands for: a place word tells two plans naming a place at one level apart
#: ('Kapanewon Jetis' of Kabupaten Bantul, 'Kemantren Jetis' of Kota Yogyakarta: DIY's kabupaten and kota words)
PLACE_WORDS = {"kec": "kecamatan", "kel": "kelurahan", "ds": "desa", "dsn": "dusun"}
#: the words any plan writes for any place of their level: a province writing them tells no plan's place word
COMMON_PLACE_WORDS = frozenset({"kecamatan", "desa"})
