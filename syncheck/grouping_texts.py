"""The catalogue's texts about grouping a run's files: provinces with their kab/kota, copies, years, parts of a plan.

message_texts.CATALOGUE holds them with the rest; they live here to keep that module short.
"""

from __future__ import annotations

#: key -> (English, Indonesian); grouping.py / plan_parts.py: how the files of a run were grouped
GROUPING_TEXTS: dict[str, tuple[str, str]] = {
    "grouping.before_province": (
        "{government} is given before any province file; it is compared with {province}, the first province given",
        "{government} disebut sebelum berkas provinsi mana pun; dibandingkan dengan {province}, provinsi pertama yang disebut",
    ),
    "grouping.by_province": (
        "{government} lies in {province}: it is compared with {file}, that province's plan, whatever the order of the files",
        "{government} terletak di {province}: dibandingkan dengan {file}, rencana provinsi tersebut, apa pun urutan berkasnya",
    ),
    "grouping.other_province": (
        "{government} lies in {province}, not in {group}: it is compared with {group} only as the files are given, in its "
        "own pair, and left out of the figures of {group} against all its kab/kota together (give the plan of {province} "
        "to compare it with its own province)",
        "{government} terletak di {province}, bukan di {group}: dibandingkan dengan {group} hanya karena berkas yang "
        "diberikan, dalam pasangannya sendiri, dan tidak dihitung dalam angka {group} terhadap gabungan seluruh "
        "kabupaten/kotanya (berikan rencana {province} untuk membandingkannya dengan provinsinya sendiri)",
    ),
    "grouping.same_government": (
        "{government} again, as in {first}: both files are compared, this one shown as {label}, and their figures are "
        "never added together; give one file per government (or --name FILE=NAME when they are two governments)",
        "{government} lagi, seperti di {first}: kedua berkas dibandingkan, yang ini ditampilkan sebagai {label}, dan "
        "angkanya tidak pernah dijumlahkan; berikan satu berkas per pemerintah daerah (atau --name BERKAS=NAMA bila keduanya "
        "pemerintah yang berbeda)",
    ),
    "grouping.parts": (
        "{count} files of {government}, one per perangkat daerah, compared as one plan ({files}): no perangkat daerah is "
        "in two of them, so they are parts of one plan, not versions of it",
        "{count} berkas {government}, satu per perangkat daerah, dibandingkan sebagai satu rencana ({files}): tidak ada "
        "perangkat daerah di dua berkas, jadi berkas-berkas itu bagian dari satu rencana, bukan versinya",
    ),
    "grouping.level_parts": (
        "{count} files of {government} compared as one plan ({files}): {upper} holds its program and kegiatan rows, the "
        "other file(s) its sub kegiatan rows, coded under those kegiatan, so they are parts of one plan, not versions of it",
        "{count} berkas {government} dibandingkan sebagai satu rencana ({files}): {upper} memuat baris program dan "
        "kegiatannya, berkas lainnya baris sub kegiatannya, yang berkode di bawah kegiatan itu, jadi berkas-berkas itu bagian "
        "dari satu rencana, bukan versinya",
    ),
    "grouping.other_year": (
        "{government} again, as in {first}: this plan of {year} is shown as {label}, so that its figures are never added "
        "to those of the plan of {first_year}",
        "{government} lagi, seperti di {first}: rencana tahun {year} ini ditampilkan sebagai {label}, agar angkanya tidak "
        "pernah dijumlahkan dengan rencana tahun {first_year}",
    ),
    "grouping.years_shown": (
        "{count} plans of {government} in this run, one a year ({years}): shown as {labels}, so that their figures are "
        "never added together",
        "{count} rencana {government} dalam perbandingan ini, satu per tahun ({years}): ditampilkan sebagai {labels}, agar angkanya "
        "tidak pernah dijumlahkan",
    ),
    "grouping.copy_left_out": ("{file} left out ({note})", "{file} tidak diikutkan ({note})"),
    "grouping.same_content": (
        "same content as {original}: compared once",
        "isinya sama dengan {original}: dibandingkan sekali saja",
    ),
    "grouping.other_plan": (
        "{plan} has another plan in this run ({others}), and its kabupaten/kota are compared with that one: "
        "{file} is not compared (give one plan per province and year)",
        "{plan} memiliki rencana lain dalam perbandingan ini ({others}), dan kabupaten/kotanya dibandingkan dengan "
        "rencana itu: {file} tidak dibandingkan (berikan satu rencana per provinsi dan tahun)",
    ),
    "grouping.other_year_left_out": (
        "{government}'s plan of {year} ({file}) is not compared: {province}'s plan ({province_file}) is of {province_year}, "
        "and {government}'s plan of {province_year} ({other}) is compared with it",
        "rencana {government} tahun {year} ({file}) tidak dibandingkan: rencana {province} ({province_file}) adalah tahun "
        "{province_year}, dan rencana {government} tahun {province_year} ({other}) yang dibandingkan dengannya",
    ),
    "grouping.province_group": (
        "{province} is compared with its {count} kabupaten/kota of this run, whatever the order of the files: {governments}",
        "{province} dibandingkan dengan {count} kabupaten/kotanya di sini, apa pun urutan berkasnya: {governments}",
    ),
    "grouping.lone_province": (
        "{government} has no kabupaten/kota file after it: not compared (give its kabupaten/kota files after it)",
        "{government} tidak diikuti berkas kabupaten/kota: tidak dibandingkan (sebutkan berkas kabupaten/kotanya sesudahnya)",
    ),
}
