"""The catalogue's texts about reading a plan: budgets, codes, rows skipped or joined, flat layouts.

message_texts.CATALOGUE holds them with the rest; they live here to keep that module short.
"""

from __future__ import annotations

#: key -> (English, Indonesian); readers.py / classify.py / values.py: reading a plan
READING_TEXTS: dict[str, tuple[str, str]] = {
    "readers.error_budget": (
        "budget cell {cell} holds the Excel error {error}; the budget is read as empty",
        "sel pagu {cell} berisi galat Excel {error}; pagunya dibaca kosong",
    ),
    "readers.error_cells": (
        "cells holding Excel errors, read as empty: {count} ({errors}), the first is {cell}",
        "sel berisi galat Excel, dibaca kosong: {count} ({errors}), yang pertama {cell}",
    ),
    "readers.level_against_title": (
        "level {level} given by {hint} contradicts the plan's title, which names {title} ({title_level}); {level} is used as given",
        "tingkat {level} yang diberikan lewat {hint} bertentangan dengan judul rencana, yang menyebut {title} ({title_level}); {level} tetap dipakai",
    ),
    "readers.compilation_part": (
        "the file holds the plans of {count} kab/kota, one per sheet: sheet(s) {sheets} read as the plan of {government}",
        "berkas ini memuat rencana {count} kabupaten/kota, satu per lembar: lembar {sheets} dibaca sebagai rencana {government}",
    ),
    "readers.other_province_title": (
        "the title names Provinsi {titled}, but Kemendagri's list puts {government} in {province} (its province before a "
        "split, or a slip of the title): read as a kab/kota of {province}",
        "judul menyebut Provinsi {titled}, tetapi daftar Kemendagri menempatkan {government} di {province} (provinsi induknya "
        "sebelum pemekaran, atau salah tulis judul): dibaca sebagai kabupaten/kota {province}",
    ),
    "readers.other_name": (
        "the plan names itself {written}, another name (a former or short one) of {current} in Kemendagri's list: read as {current}",
        "rencana ini menyebut dirinya {written}, nama lain (nama lama atau singkatan) dari {current} dalam daftar Kemendagri: "
        "dibaca sebagai {current}",
    ),
    "readers.file_name_other": (
        "the file name names {named}, the title rows {title}: read as {title} (--name FILE=NAME says otherwise)",
        "nama berkas menyebut {named}, baris judul menyebut {title}: dibaca sebagai {title} (--name BERKAS=NAMA untuk menentukan lain)",
    ),
    "readers.level_unknown": (
        "level of government not found; assumed kabupaten (use {hint})",
        "tingkat pemerintahan tidak ditemukan; dianggap kabupaten (gunakan {hint})",
    ),
    "readers.no_items": (
        "no row is a program, kegiatan or sub kegiatan ({rows} rows skipped, most as {skip_reason}: {count}): compare, "
        "validate, evaluate and audit refuse this file",
        "tidak ada baris program, kegiatan, atau sub kegiatan ({rows} baris dilewati, terbanyak sebagai {skip_reason}: "
        "{count}): compare, validate, evaluate, dan audit menolak berkas ini",
    ),
    "readers.hidden_sheet": ("sheet {sheet} is hidden: skipped ({rows} rows)", "lembar {sheet} tersembunyi: dilewati ({rows} baris)"),
    "readers.no_header": ("sheet {sheet} has no RKPD header: skipped", "lembar {sheet} tidak memiliki kepala tabel RKPD: dilewati"),
    # sheet_warnings.gathered_warnings: more sheets than it notes apart skipped for one reason
    "readers.hidden_sheets": (
        "{count} sheets are hidden: skipped ({sheets}; {rows} rows)",
        "{count} lembar tersembunyi: dilewati ({sheets}; {rows} baris)",
    ),
    "readers.no_header_sheets": (
        "{count} sheets have no RKPD header: skipped ({sheets})",
        "{count} lembar tidak memiliki kepala tabel RKPD: dilewati ({sheets})",
    ),
    "readers.continued_sheet": (
        "sheet {sheet} has no header of its own and its rows fit the table of sheet {first}: read as its next page, with its columns",
        "lembar {sheet} tidak memiliki kepala tabel sendiri dan barisnya cocok dengan tabel lembar {first}: dibaca sebagai halaman"
        " lanjutannya, dengan kolom-kolomnya",
    ),
    "readers.odd_depth": ("code {code} has an unexpected depth; read without code", "kode {code} memiliki jumlah segmen yang tidak lazim; dibaca tanpa kode"),
    "readers.invalid_code_placed": (
        "code {code} is not a valid code; read as {label} from its place in the table",
        "kode {code} bukan kode yang sah; dibaca sebagai {label} menurut letaknya dalam tabel",
    ),
    "readers.label_not_code": (
        "labelled {label}, but code {code} is a {kind} code: read as {kind}, as its code says",
        "berlabel {label}, tetapi kode {code} adalah kode {kind}: dibaca sebagai {kind} sesuai kodenya",
    ),
    "readers.no_code_column": (
        "the sheet has no code column: {count} row(s) without a code are read as program, kegiatan or sub kegiatan from "
        "their place in the table; first on row {row}",
        "lembar ini tidak memiliki kolom kode: {count} baris tanpa kode dibaca sebagai program, kegiatan atau sub kegiatan "
        "menurut letaknya dalam tabel; yang pertama di baris {row}",
    ),
    "readers.no_code": (
        "row has no code; read as {label} from its place in the table",
        "baris tanpa kode; dibaca sebagai {label} menurut letaknya dalam tabel",
    ),
    "readers.duplicate": (
        "duplicate row: code {code} already on row {row} of sheet {sheet}",
        "baris ganda: kode {code} sudah ada pada baris {row} lembar {sheet}",
    ),
    "classify.continuation": (
        "{count} continuation row(s) without an item name or budget of their own (e.g. a second indicator row) skipped; first on row {row}",
        "{count} baris lanjutan tanpa nama item atau pagu sendiri (mis. baris indikator kedua) dilewati; yang pertama di baris {row}",
    ),
    "classify.shifted_names": (
        "{count} coded row(s) with an empty name cell have their name in column {column} beside it, as a PDF conversion shifts a page's cells; read from there, first on row {row}",
        "{count} baris berkode dengan sel nama kosong memuat namanya di kolom {column} di sebelahnya, seperti hasil konversi PDF yang menggeser sel satu halaman; dibaca dari sana, yang pertama di baris {row}",
    ),
    "classify.part_budgets": (
        "{count} row(s) without an amount in {total} take the sum of its funding sources ({parts}); first on row {row}",
        "{count} baris tanpa angka di {total} memakai jumlah sumber dananya ({parts}); yang pertama di baris {row}",
    ),
    "classify.earlier_budgets": (
        "{count} row(s) without an amount in {later} (left empty where the budget did not change) take their amount in "
        "{earlier}, the stage before; a 0 there stays 0; first on row {row}",
        "{count} baris tanpa angka di {later} (dikosongkan bila pagunya tidak berubah) memakai angkanya di {earlier}, "
        "tahap sebelumnya; angka 0 di sana tetap 0; yang pertama di baris {row}",
    ),
    "classify.unpadded_codes": (
        "{count} code(s) written without zero padding (such as {code}) read as the codes they stand for ({full}); first on row {row}",
        "{count} kode yang ditulis tanpa angka nol di depan (mis. {code}) dibaca sebagai kode yang dimaksud ({full}); yang pertama di baris {row}",
    ),
    "classify.name_indicators": (
        "{count} name cell(s) carried the row's indicator on a line of their own under the name (such as {indicator}): read as "
        "the indicator, not as words of the name; first on row {row}",
        "{count} sel nama memuat indikator barisnya pada baris tersendiri di bawah nama (mis. {indicator}): dibaca sebagai "
        "indikator, bukan sebagai kata-kata nama; yang pertama di baris {row}",
    ),
    "classify.name_indicator_brackets": (
        "{count} name(s) ended with the row's indicator in brackets (such as {indicator}): read as the indicator, not as "
        "words of the name; first on row {row}",
        "{count} nama diakhiri indikator barisnya dalam kurung (mis. {indicator}): dibaca sebagai indikator, bukan sebagai "
        "kata-kata nama; yang pertama di baris {row}",
    ),
    "classify.date_codes": (
        "{count} code cell(s) that Excel had turned into dates read back as the codes typed ({example}); first on row {row}",
        "{count} sel kode yang diubah Excel menjadi tanggal dibaca kembali sebagai kode yang diketik ({example}); yang pertama di baris {row}",
    ),
    "classify.letter_o_codes": (
        "{count} code(s) were typed with a letter O for a zero or a comma for a dot (such as {code}): read as the code meant; "
        "first on row {row}",
        "{count} kode diketik dengan huruf O sebagai angka nol atau koma sebagai titik (mis. {code}): dibaca sebagai kode yang "
        "dimaksud; yang pertama di baris {row}",
    ),
    "classify.recap": (
        "recap or other table under the plan skipped from this row ({text})",
        "tabel rekapitulasi atau tabel lain di bawah rencana dilewati mulai baris ini ({text})",
    ),
    "flat.wrong_level_code": ("code {code} is not a {kind} code; read without code", "kode {code} bukan kode {kind}; dibaca tanpa kode"),
    "readers.government_from_file": (
        "government name not found in the title rows; taken from the file name: {name}",
        "nama pemda tidak ditemukan di baris judul; diambil dari nama berkas: {name}",
    ),
    "readers.government_from_sheet": (
        "government name not found in the title rows or the file name; taken from the name of sheet {sheet}: {name}",
        "nama pemda tidak ditemukan di baris judul maupun di nama berkas; diambil dari nama sheet {sheet}: {name}",
    ),
    "readers.government_is_file_name": (
        "government name not found in the title rows or the file name; the file name {stem} is used as the name",
        "nama pemda tidak ditemukan di baris judul maupun di nama berkas; nama berkas {stem} dipakai sebagai nama",
    ),
    "readers.no_budget_column": (
        "no budget column found in the header ({labels}): every budget is empty",
        "kolom pagu tidak ditemukan di kepala tabel ({labels}): semua pagu kosong",
    ),
    # sheet checks (budget_checks.py, sheet_choice.py)
    "readers.scientific_amounts": (
        "{count} budget amount(s) are in scientific notation (first {value} in {cell}), as Excel shows numbers in a narrow column "
        "and saves them in a CSV: the file holds them rounded; read as written, each may be off by half its last digit ({bound} "
        "for the first). Widen the column or give it a number format and save again",
        "{count} pagu ditulis dalam notasi ilmiah (yang pertama {value} di {cell}), seperti Excel menampilkan angka di kolom sempit "
        "dan menyimpannya ke CSV: berkas hanya memuat angka yang dibulatkan; dibaca apa adanya, masing-masing dapat meleset "
        "setengah digit terakhirnya ({bound} untuk yang pertama). Lebarkan kolom atau beri format angka lalu simpan ulang",
    ),
    "readers.place_in_name": (
        "{count} item name(s) end in a place (the first on row {row}: {name}): the place is read as the row's location, "
        "and the name is matched without it",
        "{count} nama item diakhiri nama tempat (yang pertama di baris {row}: {name}): tempat itu dibaca sebagai lokasi "
        "baris, dan nama dicocokkan tanpa tempat itu",
    ),
    "readers.hidden_item_rows": (
        "{count} item row(s) are hidden in Excel (rows {rows}): they are read and counted like the others; unhide them "
        "to check that they belong in the plan",
        "{count} baris item disembunyikan di Excel (baris {rows}): baris itu dibaca dan dihitung seperti yang lain; "
        "tampilkan untuk memastikan baris itu memang bagian dari rencana",
    ),
    "readers.filtered_item_rows": (
        "{count} item row(s) are hidden by the sheet's AutoFilter in Excel (rows {rows}): they are read and counted like the "
        "others; clear the filter (Data > Filter) to check that they belong in the plan",
        "{count} baris item tersembunyi oleh AutoFilter sheet di Excel (baris {rows}): baris itu dibaca dan dihitung seperti "
        "yang lain; hapus filter (Data > Filter) untuk memastikan baris itu memang bagian dari rencana",
    ),
    "readers.far_cells": (
        "{detail}: left out, too far from the table to belong to the plan",
        "{detail}: tidak dibaca, terlalu jauh dari tabel untuk menjadi bagian rencana",
    ),
    "readers.far_cell_below": ("cell {cell} ({text}), {rows} rows below the table", "sel {cell} ({text}), {rows} baris di bawah tabel"),
    "readers.far_cell_right": ("cell {cell} ({text}), {cols} columns right of the table", "sel {cell} ({text}), {cols} kolom di kanan tabel"),
    "readers.far_cell_corner": (
        "cell {cell} ({text}), {rows} rows below and {cols} columns right of the table",
        "sel {cell} ({text}), {rows} baris di bawah dan {cols} kolom di kanan tabel",
    ),
    "readers.far_cells_more": ("{count} more such cell(s)", "{count} sel serupa lainnya"),
    "readers.hidden_drafts": (
        "{count} row(s) hidden in Excel repeat a visible item row of the sheet (rows {rows}; the first repeats row {row}): "
        "read as old drafts and skipped, so their amounts are not counted; unhide them to check",
        "{count} baris yang disembunyikan di Excel mengulang baris item yang tampak di lembar ini (baris {rows}; yang pertama "
        "mengulang baris {row}): dianggap rancangan lama dan dilewati, sehingga pagunya tidak dihitung; tampilkan untuk memeriksanya",
    ),
    "readers.computed_formulas": (
        "budget column {column}: {count} formula(s) on item rows have no saved result (the first is {cell}); their budgets "
        "were worked out from the cells each one adds up",
        "kolom pagu {column}: {count} rumus pada baris item tidak memiliki hasil yang tersimpan (yang pertama {cell}); pagunya "
        "dihitung dari sel-sel yang dijumlahkan setiap rumus",
    ),
    "readers.funding_part_rows": (
        "{count} row(s) repeating the sub kegiatan above them with another funding source and its part read into it: their "
        "sources joined, their amounts added (the first: {code} on row {row}, {total} in all)",
        "{count} baris yang mengulang sub kegiatan di atasnya dengan sumber dana lain beserta bagiannya dibaca ke dalamnya: "
        "sumber dananya digabung, pagunya dijumlahkan (yang pertama: {code} pada baris {row}, seluruhnya {total})",
    ),
    "readers.unsaved_formulas": (
        "budget column {column}: {count} formula(s) on item rows have no saved result (the first is {cell}), so their budgets are "
        "read as empty (only sums and differences of this sheet's cells are worked out): open the file in Excel, save it and "
        "read it again",
        "kolom pagu {column}: {count} rumus pada baris item tidak memiliki hasil yang tersimpan (yang pertama {cell}), sehingga "
        "pagunya dibaca kosong (hanya penjumlahan dan pengurangan sel lembar ini yang dihitung): buka berkas di Excel, simpan, "
        "lalu baca kembali",
    ),
    "readers.budget_column_empty": (
        "budget column {column} holds no amount on any of the {count} item rows: every budget is empty (is this the column "
        "with the amounts?)",
        "kolom pagu {column} tidak berisi angka pada satu pun dari {count} baris item: semua pagu kosong (apakah ini kolom "
        "yang berisi angka?)",
    ),
    "readers.budget_on_kegiatan_only": (
        "the {subs} sub kegiatan row(s) carry no budget, but {kegiatan} kegiatan row(s) do ({total}): a sub kegiatan is read "
        "as funded when its kegiatan is, and its overlap amount comes out as Rp 0",
        "{subs} baris sub kegiatan tidak berpagu, tetapi {kegiatan} baris kegiatan berpagu ({total}): sub kegiatan dianggap "
        "didanai bila kegiatannya berpagu, dan nilai tumpang tindihnya Rp 0",
    ),
    "readers.budget_on_program_only": (
        "the {subs} sub kegiatan row(s) and their kegiatan carry no budget, but {programs} program row(s) do ({total}): a sub "
        "kegiatan is read as funded when its program is, and its overlap amount comes out as Rp 0",
        "{subs} baris sub kegiatan beserta kegiatannya tidak berpagu, tetapi {programs} baris program berpagu ({total}): sub "
        "kegiatan dianggap didanai bila programnya berpagu, dan nilai tumpang tindihnya Rp 0",
    ),
    "readers.budget_too_small": (
        "{count} sub kegiatan budget(s) under {least}, too small for a sub kegiatan (such as {amount} here): if column "
        "{column} holds thousands or millions of Rupiah, state the unit in its label, e.g. 'Pagu Indikatif (Rp 000)'",
        "{count} pagu sub kegiatan di bawah {least}, terlalu kecil untuk sebuah sub kegiatan (seperti {amount} di sini): "
        "bila kolom {column} berisi ribuan atau jutaan rupiah, tuliskan satuannya pada labelnya, mis. 'Pagu Indikatif (Rp 000)'",
    ),
    "readers.budget_too_large": (
        "{count} sub kegiatan budget(s) implausibly large for a sub kegiatan (such as {amount} here): check column {column} "
        "for extra digits",
        "{count} pagu sub kegiatan tidak wajar karena terlalu besar untuk sebuah sub kegiatan (seperti {amount} di sini): "
        "periksa apakah kolom {column} memuat digit berlebih",
    ),
    "readers.budget_too_large_unit": (
        "{count} sub kegiatan budget(s) implausibly large for a sub kegiatan once read at {unit} per unit, the unit the table states "
        "for column {column} (such as {amount} here): if its cells hold full Rupiah (a number format such as '#,##0,' only "
        "shows them in thousands), remove the unit from the label or title",
        "{count} pagu sub kegiatan tidak wajar karena terlalu besar untuk sebuah sub kegiatan bila dibaca {unit} per satuan, satuan yang "
        "dinyatakan tabel untuk kolom {column} (seperti {amount} di sini): bila selnya berisi rupiah penuh (format angka "
        "seperti '#,##0,' hanya menampilkannya dalam ribuan), hapus satuan itu dari label atau judul",
    ),
    "readers.recap_sheet": (
        "sheet {sheet} is a recap by agency (agencies and their totals, no item names): skipped ({rows} rows)",
        "lembar {sheet} adalah rekapitulasi per perangkat daerah (perangkat daerah dan jumlahnya, tanpa nama item): dilewati ({rows} baris)",
    ),
}
