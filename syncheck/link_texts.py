"""Why two items are linked or not: the link reasons of match.py and its helpers, in English and Indonesian
(merged into message_texts.CATALOGUE)."""

from __future__ import annotations

#: key -> (English, Indonesian); ``{name}`` placeholders, the same set in both
LINK_TEXTS: dict[str, tuple[str, str]] = {
    # match.py: why two items are linked
    "match.names_equal": ("names equal after normalization", "nama sama setelah normalisasi"),
    "match.names_equal_typo": ("names equal after normalization (1 typo set aside)", "nama sama setelah normalisasi (1 salah ketik diabaikan)"),
    "match.names_equal_typos": ("names equal after normalization ({typos} typos set aside)", "nama sama setelah normalisasi ({typos} salah ketik diabaikan)"),
    "match.one_word": ("long names differ in one word", "nama panjang berbeda satu kata"),
    "match.same_code": ("same code {code}", "kode sama {code}"),
    "match.codes_differ": ("codes differ ({left} vs {right})", "kode berbeda ({left} dan {right})"),
    "match.same_code_names_differ": ("same code {code} but the names differ (score {score})", "kode sama {code}, tetapi nama berbeda (skor {score})"),
    "match.cut_off": ("one name cut off after '{end}'", "salah satu nama terpotong setelah '{end}'"),
    "match.children_same": (
        "{detail}; {count} kegiatan below are the same", "{detail}; {count} kegiatan di bawahnya sama"
    ),
    "match.same_slot": ("same slot in linked parents", "posisi sama di bawah induk yang tertaut"),
    "match.scope_words": ("wording differs in scope or object ({words})", "rumusan berbeda pada cakupan atau objek ({words})"),
    "match.partly_alike": ("names partly alike (score {score}); {words} differ", "nama sebagian mirip (skor {score}); berbeda pada: {words}"),
    "match.typo_reads_two_words": (
        "'{typo}' may be '{one}' or '{other}', two words of the official list", "'{typo}' dapat dibaca '{one}' atau '{other}', dua kata dalam daftar resmi"
    ),
    "match.complementary_parents": ("{detail}, but under complementary parents", "{detail}, tetapi di bawah induk yang saling melengkapi"),
    "match.no_code": ("no code on the {sides} side", "tanpa kode di sisi {sides}"),
    "match.codes_no_evidence": ("codes give no evidence", "kode tidak dapat dijadikan bukti"),
    "match.bracket_set_aside": ("{bracket} at the end of one name set aside", "{bracket} di akhir salah satu nama diabaikan"),
    "match.brackets_set_aside": ("{left} and {right} at the ends of the names set aside", "{left} dan {right} di akhir kedua nama diabaikan"),
    "match.below_threshold": ("score {score} is below the threshold {threshold}", "skor {score} di bawah ambang {threshold}"),
    "match.program_row_missing": (
        "the codes name program {program}, whose row is missing above one of them",
        "kodenya menunjuk program {program}, yang barisnya tidak ada di atas salah satunya",
    ),
    "match.kegiatan_row_missing": (
        "compared under kegiatan {kegiatan}, whose row is missing above one of them",
        "dibandingkan di bawah kegiatan {kegiatan}, yang barisnya tidak ada di atas salah satunya",
    ),
    "match.kegiatan_rows_missing": (
        "the kegiatan row above one of them is missing: kegiatan {left} and {right} of the two levels may be different items",
        "baris kegiatan di atas salah satunya tidak ada: kegiatan {left} dan {right} dari kedua tingkat mungkin berbeda",
    ),
    "match.kegiatan_from_list": (
        "no kegiatan row above one of them: the nomenclature names its kegiatan {kegiatan} '{name}', the same as the other's",
        "tanpa baris kegiatan di atas salah satunya: nomenklatur menyebut kegiatannya {kegiatan} '{name}', sama dengan kegiatan yang lain",
    ),
    "match.listed_kegiatan_differs": (
        "no kegiatan row above one of them: the nomenclature names its kegiatan {kegiatan} '{name}', not '{other}'",
        "tanpa baris kegiatan di atas salah satunya: nomenklatur menyebut kegiatannya {kegiatan} '{name}', bukan '{other}'",
    ),
    "match.plan_without_parents": (
        "{government}'s plan ({file}) has sub kegiatan rows but no {missing}: its headlines count none of them, and {then}",
        "rencana {government} ({file}) memuat baris sub kegiatan tetapi tanpa {missing}: ringkasannya tidak menghitungnya, dan {then}",
    ),
    "match.rows_missing_program": ("program or kegiatan rows", "baris program maupun kegiatan"),
    "match.rows_missing_kegiatan": ("kegiatan rows", "baris kegiatan"),
    "match.linked_through_list": (
        "its sub kegiatan are linked through the kegiatan the nomenclature gives their codes",
        "sub kegiatannya ditautkan melalui kegiatan yang diberikan nomenklatur untuk kodenya",
    ),
    "match.give_nomenclature": (
        "its sub kegiatan of the same name as the other level's stay for review, since no row says which kegiatan they "
        "belong to: give --nomenclature to link them through the kegiatan the list gives their codes",
        "sub kegiatannya yang bernama sama dengan tingkat lain tetap perlu ditinjau, karena tidak ada baris yang menyebut "
        "kegiatannya: berikan --nomenclature untuk menautkannya melalui kegiatan yang diberikan daftar untuk kodenya",
    ),
    "match.name_alone_shared": (
        "the row has no code and no parent row, and its name alone links it to {count} rows of the other plan: which one "
        "it is needs a reviewer",
        "baris tanpa kode dan tanpa baris induk, dan namanya saja menautkannya ke {count} baris rencana lain: mana yang "
        "sama perlu ditentukan peninjau",
    ),
    "match.code_from_kegiatan": (
        "program code {code} of a row without a code read from its kegiatan rows",
        "kode program {code} untuk baris tanpa kode dibaca dari baris kegiatannya",
    ),
    "match.parents_not_linked": ("{detail}, but the parents are not linked", "{detail}, tetapi induknya tidak tertaut"),
    "match.same_slot_codes": ("same slot ({left} / {right})", "posisi sama ({left} / {right})"),
    "match.same_parent_codes": ("same parent ({left} / {right})", "induk sama ({left} / {right})"),
    "match.without_level_words": ("{detail} once level words are set aside", "{detail}, bila kata tingkat pemerintahan diabaikan"),
    "match.only_dan": ("names differ only in 'dan' (one lists with commas)", "nama hanya berbeda pada 'dan' (salah satunya memakai koma)"),
    "match.support_bidang": ("support program of the same bidang urusan ({bidang})", "program penunjang bidang urusan yang sama ({bidang})"),
    "match.support_agency": ("support program of the same agency ({agency})", "program penunjang dari perangkat daerah yang sama ({agency})"),
    "match.abbreviation_reads_two": (
        "an abbreviation here reads as two items of the other plan", "singkatan di sini terbaca sebagai dua item pada rencana lain"
    ),
    "match.repair_reads_two": (
        "with its typos set aside, this name reads as two different items of the other plan",
        "setelah salah ketiknya diabaikan, nama ini terbaca sebagai dua item berbeda pada rencana lain",
    ),
    "match.name_equal_partner": ("a name-equal partner exists", "ada pasangan lain yang namanya sama persis"),
    "match.long_name_words": ("long names differ in {count} words ({words})", "nama panjang berbeda {count} kata ({words})"),
    "match.abbreviations": ("names equal with abbreviations read in full ({pairs})", "nama sama bila singkatan dibaca utuh ({pairs})"),
    "match.place_added": ("names equal but for a place typed after the name ({places})", "nama sama kecuali tempat yang ditulis setelah nama ({places})"),
    "match.detail_set_aside": ("the detail written after the name set aside ({detail})", "rincian yang ditulis setelah nama diabaikan ({detail})"),
    "match.place_in_name": ("the place in the name read as the row's location ({places})", "tempat dalam nama dibaca sebagai lokasi baris ({places})"),
    "match.abbreviations_and_place": (
        "names equal with abbreviations read in full ({pairs}) but for a place typed after the name ({places})",
        "nama sama bila singkatan dibaca utuh ({pairs}) kecuali tempat yang ditulis setelah nama ({places})",
    ),
    "match.long_name_and_place": (
        "long names differ in {words} but for a place typed after the name ({places})",
        "nama panjang berbeda pada {words} kecuali tempat yang ditulis setelah nama ({places})",
    ),
    "match.only_joiner": ("names differ only in how a list is joined ('{left}' / '{right}')", "nama hanya berbeda pada penghubung daftar ('{left}' / '{right}')"),
    "match.parent_review": ("the parents are only a review candidate", "induknya masih berupa calon tinjauan"),
    "match.under_linked_parents": ("under linked parents", "di bawah induk yang tertaut"),
    "match.list_shortened": ("list shortened with '{word}'", "daftar dipersingkat dengan '{word}'"),
    "match.adds_words": ("one name adds words ({words}; score {score})", "salah satu nama menambahkan kata ({words}; skor {score})"),
    # identify.py: a code taken from the nomenclature
    "identify.official_code": (
        "{side} code {code} from nomenclature (name {score}; {why})",
        "kode sisi {side} {code} diambil dari nomenklatur (kemiripan nama {score}; {why})",
    ),
    "identify.no_code": ("the row has no code", "baris tidak berkode"),
    "identify.unknown_code": ("the row's code {code} is not in the nomenclature", "kode baris {code} tidak ada dalam nomenklatur"),
    "identify.other_item": ("the row's code {code} names another item", "kode baris {code} menunjuk item lain"),
    # verdicts.decide_support: where a support program's agency bidang was read, when not from its own code
    "match.support_bidang_rows": ("{side} agency's bidang read from its other coded rows", "bidang perangkat daerah sisi {side} dibaca dari baris berkode lainnya"),
    "match.support_bidang_partner": (
        "{side} agency's bidang read from its programs named as in the other plan",
        "bidang perangkat daerah sisi {side} dibaca dari programnya yang bernama sama di rencana lain",
    ),
    "match.support_agency_alike": (
        "support program of agencies named alike once level and place words are set aside ({left} / {right})",
        "program penunjang dari perangkat daerah yang namanya sama bila kata tingkat dan nama daerah diabaikan ({left} / {right})",
    ),
    "match.level_variant": (
        "one name adds '{words}', as the official list names this program at one of the two levels",
        "salah satu nama menambahkan '{words}', sebagaimana daftar resmi menamai program ini pada salah satu tingkat",
    ),
    "match.level_variant_typo": (
        "one name adds '{words}' (written '{written}': 1 typo set aside), as the official list names this program at one of the two levels",
        "salah satu nama menambahkan '{words}' (tertulis '{written}': 1 salah ketik diabaikan), sebagaimana daftar resmi menamai program ini pada salah satu tingkat",
    ),
    "match.level_variant_typos": (
        "one name adds '{words}' (written '{written}': {typos} typos set aside), as the official list names this program at one of the two levels",
        "salah satu nama menambahkan '{words}' (tertulis '{written}': {typos} salah ketik diabaikan), sebagaimana daftar resmi menamai program ini pada salah satu tingkat",
    ),
    "match.words_rearranged": (
        "the same words listing other items ('{word}' written more often in one name)",
        "kata yang sama menyusun daftar item yang lain ('{word}' lebih sering ditulis pada salah satu nama)",
    ),
    "match.cut_at_width": (
        "one name cut at {width} characters, after '{end}': compared on the words before the cut",
        "salah satu nama terpotong pada {width} karakter, setelah '{end}': dibandingkan pada kata sebelum potongan",
    ),
    "match.cut_marked": (
        "one name cut at '...', after '{end}': compared on the words before the cut",
        "salah satu nama terpotong pada '...', setelah '{end}': dibandingkan pada kata sebelum potongan",
    ),
    "match.cut_starts_several": (
        "the name cut at '...' is the start of {count} items of the other plan: which one it is, is for a reviewer",
        "nama yang terpotong pada '...' adalah awal dari {count} item rencana lain: mana yang dimaksud, diputuskan peninjau",
    ),
}
