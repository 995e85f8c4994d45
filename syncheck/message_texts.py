"""The catalogue of link reasons and warnings: English and Indonesian templates keyed by a stable id.

``messages.say(key, **params)`` makes a text from it; error texts ('error.*') are in error_texts.py.
"""

from __future__ import annotations

from .audit_texts import AUDIT_TEXTS
from .grouping_texts import GROUPING_TEXTS
from .link_texts import LINK_TEXTS
from .reading_texts import READING_TEXTS
from .sheet_texts import SHEET_TEXTS

#: key -> (English, Indonesian); ``{name}`` placeholders, the same set in both (errors: error_texts, see catalogue())
CATALOGUE: dict[str, tuple[str, str]] = {
    **AUDIT_TEXTS,
    **GROUPING_TEXTS,
    **LINK_TEXTS,
    # decisions.py: reviewer decisions
    "decisions.confirmed": ("confirmed by reviewer", "dikonfirmasi peninjau"),
    "decisions.matcher": ("matcher: {relation}, {reason}", "hasil pencocokan: {relation}, {reason}"),
    "decisions.not_proposed": ("not proposed by the matcher", "tidak diusulkan oleh pencocokan otomatis"),
    "decisions.other_codes": (
        "confirmed by reviewer as similar, not identical: the codes differ ({left_code} / {right_code})",
        "dikonfirmasi peninjau sebagai serupa, bukan identik: kodenya berbeda ({left_code} / {right_code})",
    ),
    "decisions.other_codes_note": (
        "reviewer confirmed {kind} '{left}' / '{right}', whose codes differ ({left_code} / {right_code}): counted as the same "
        "item, as similar rather than identical; check the decision",
        "peninjau mengonfirmasi {kind} '{left}' / '{right}' yang kodenya berbeda ({left_code} / {right_code}): dihitung sebagai "
        "item yang sama, tetapi sebagai serupa, bukan identik; periksa keputusan itu",
    ),
    "decisions.unsure": ("reviewer unsure", "peninjau ragu"),
    "decisions.console_one": ("{first} (at {where})", "{first} (di {where})"),
    "decisions.console_many": (
        "{first} (at {where}); {count} warnings like this in all",
        "{first} (di {where}); seluruhnya {count} peringatan seperti ini",
    ),
    "decisions.console_count": ("{first}; {count} warnings like this in all", "{first}; seluruhnya {count} peringatan seperti ini"),
    "decisions.more_rows": ("{count} more", "{count} lainnya"),
    "decisions.parent_rejected": (
        "under {kind} '{left}' / '{right}', which the reviewer rejected",
        "di bawah {kind} '{left}' / '{right}' yang ditolak peninjau",
    ),
    "decisions.not_understood": (
        "decision '{word}' not understood (use Ya/Tidak/Ragu or Yes/No/Unsure); row ignored",
        "keputusan '{word}' tidak dikenali (gunakan Ya/Tidak/Ragu atau Yes/No/Unsure); baris diabaikan",
    ),
    "decisions.incomplete": (
        "decision row lacks the kind or an item (code or name) on one side; row ignored",
        "baris keputusan tidak memuat jenis atau item (kode atau nama) pada salah satu sisi; baris diabaikan",
    ),
    "decisions.conflict": (
        "conflicting decisions on '{left}' / '{right}' ({where}); left for review",
        "keputusan yang bertentangan atas '{left}' / '{right}' ({where}); dibiarkan untuk ditinjau",
    ),
    "decisions.no_items": (
        "reviewer decision on {kind} '{left}' / '{right}' matched no items of this run",
        "keputusan peninjau atas {kind} '{left}' / '{right}' tidak cocok dengan item mana pun dalam proses ini",
    ),
    "decisions.not_compared_one": (
        "1 reviewer decision about {left} and {right}, which are not compared in this run",
        "1 keputusan peninjau tentang {left} dan {right}, yang tidak dibandingkan dalam proses ini",
    ),
    "decisions.not_compared": (
        "{count} reviewer decisions about {left} and {right}, which are not compared in this run",
        "{count} keputusan peninjau tentang {left} dan {right}, yang tidak dibandingkan dalam proses ini",
    ),
    **READING_TEXTS,
    "cli.workbook_written": ("Workbook written to {path}", "Buku kerja disimpan di {path}"),
    "cli.warnings_workbook": (
        "{count} warning(s) about the input rows, listed on the 'Warnings' sheet of {path}",
        "{count} peringatan tentang baris berkas masukan, tercantum di lembar 'Peringatan' pada buku kerja {path}",
    ),
    "cli.warnings_json": (
        "{count} warning(s) about the input rows, listed under \"warnings\" in {path}",
        "{count} peringatan tentang baris berkas masukan, tercantum di bagian \"warnings\" pada {path}",
    ),
    "cli.warnings_stdout": (
        "{count} warning(s) about the input rows, listed under \"warnings\" in the JSON",
        "{count} peringatan tentang baris berkas masukan, tercantum di bagian \"warnings\" pada berkas JSON",
    ),
    "inspection.unread_columns": (
        "other columns, not read (another year or stage): {columns}",
        "kolom lain, tidak dibaca (tahun atau tahap lain): {columns}",
    ),
    "cli.warnings_above": (
        "{count} warning(s) about the input rows: write them out with -o FILE.xlsx or --json FILE, or list them with syncheck inspect",
        "{count} peringatan tentang baris berkas masukan: simpan ke berkas dengan -o BERKAS.xlsx atau --json BERKAS, atau tampilkan "
        "dengan syncheck inspect",
    ),
    **SHEET_TEXTS,
    "readers.reparented": (
        "{count} kegiatan or sub kegiatan row(s) stand apart from the program or kegiatan row their code names (added below"
        " the agency's other rows, or above it); read under that row, first on row {row}",
        "{count} baris kegiatan atau sub kegiatan terpisah dari baris program atau kegiatan yang ditunjuk kodenya (ditambahkan"
        " di bawah baris lain perangkat daerahnya, atau di atasnya); dibaca di bawah baris itu, yang pertama di baris {row}",
    ),
    "readers.relative_codes": (
        "{count} code(s) written without their program or kegiatan (such as {code}) read as the rest of the code above them ({full})",
        "{count} kode yang ditulis tanpa program atau kegiatannya (mis. {code}) dibaca sebagai lanjutan kode di atasnya ({full})",
    ),
    "flat.relative_pieces": (
        "{count} code(s) written as their own level's part alone (such as {code}) read as the rest of the code above them ({full})",
        "{count} kode yang ditulis hanya bagian tingkatnya sendiri (mis. {code}) dibaca sebagai lanjutan kode di atasnya ({full})",
    ),
    "readers.invalid_code": ("code {code} is not a valid code; read without code", "kode {code} bukan kode yang sah; dibaca tanpa kode"),
    "classify.account_rows": (
        "{count} budget account row(s) (kode rekening such as 5.1.02.01.01.0024) skipped as detail of the item above, "
        "their amounts not counted; first on row {row}",
        "{count} baris kode rekening (mis. 5.1.02.01.01.0024) dilewati sebagai rincian item di atasnya, "
        "nilainya tidak dihitung; yang pertama di baris {row}",
    ),
    "readers.duplicate_spelled": (
        "duplicate row: code {code} already on row {row} of sheet {sheet}, written {written} there",
        "baris ganda: kode {code} sudah ada pada baris {row} lembar {sheet}, ditulis {written} di sana",
    ),
    "header.hidden_budget": (
        "budget column {hidden} is hidden in Excel; budgets are read from the visible column {chosen}",
        "kolom pagu {hidden} disembunyikan di Excel; pagu dibaca dari kolom {chosen} yang tampak",
    ),
    "header.old_code": (
        "code column {aside} holds another numbering (an old or hidden code) beside {chosen}: codes are read from {chosen} alone",
        "kolom kode {aside} berisi penomoran lain (kode lama atau tersembunyi) di samping {chosen}: kode dibaca dari {chosen} saja",
    ),
    "header.shifted_budget": (
        "budget amounts sit in one of the columns {columns} on each row, never in both (as a PDF conversion shifts "
        "them): each row's budget is read from the one that holds it",
        "angka pagu ada di salah satu kolom {columns} pada tiap baris, tidak pernah di keduanya (seperti hasil konversi "
        "PDF): pagu tiap baris dibaca dari kolom yang berisi angka",
    ),
    "header.quarter_budgets": (
        "no budget column of the whole year: every budget is the sum of the quarter columns {columns}",
        "tidak ada kolom pagu setahun: setiap pagu adalah jumlah kolom triwulan {columns}",
    ),
    "header.several_budgets": (
        "several budget columns: every budget is read from column {chosen}, not from {others}",
        "beberapa kolom pagu: semua pagu dibaca dari kolom {chosen}, bukan dari {others}",
    ),
    "header.source_budgets": (
        "each budget is the sum of {general} and the funding-source column(s) {sources}: {count} row(s) hold more money in "
        "the sources than in {general} (often none), so it is no total of them; first on row {row}",
        "setiap pagu adalah jumlah {general} dan kolom sumber dana {sources}: {count} baris memuat dana di kolom sumber dana "
        "yang lebih besar daripada di {general} (sering kali kosong), sehingga kolom pagu itu bukan total kolom sumber dana; "
        "yang pertama di baris {row}",
    ),
    "header.unlabelled_column": ("{column}: (no label; role read from its cells)", "{column}: (tanpa label; peran dibaca dari isinya)"),
    "header.column_from_cells": ("{column}: {label} (role read from its cells)", "{column}: {label} (peran dibaca dari isinya)"),
    "header.scaled_column": ("{column} (read {scale})", "{column} (dibaca {scale})"),
    "header.scale_in_label": ("x {unit}, as its label says", "x {unit}, sesuai labelnya"),
    "header.scale_on_row": ("x {unit}: row {row} says {text}", "x {unit}: baris {row} menyebut {text}"),
    "header.scale_in_title": ("x {unit}: the title says {text}", "x {unit}: judul menyebut {text}"),
    "header.scale_from_note": (
        "budget amounts are read in units of {unit}, as the note on row {row} says: {text}",
        "pagu dibaca dalam satuan {unit}, sesuai catatan di baris {row}: {text}",
    ),
    "pipeline.folder_file_left_out": (
        "found in a folder given and left out of the run: {why}",
        "ditemukan dalam folder yang diberikan dan tidak diikutkan: {why}",
    ),
    "pipeline.lock_file_left_out": ("left out of the run: {why}", "tidak diikutkan: {why}"),
    "pipeline.lock_file": (
        "Excel's lock file, present while {workbook} is open in Excel, not a plan",
        "berkas kunci Excel, ada selama {workbook} dibuka di Excel, bukan rencana",
    ),
    "pipeline.lock_file_alone": (
        "a lock file Excel (or another Office program) writes while a workbook is open, not a plan",
        "berkas kunci yang ditulis Excel (atau program Office lain) selama sebuah buku kerja dibuka, bukan rencana",
    ),
    "pipeline.folder_nomenclature": (
        "a nomenclature list (columns kind, code, name, level, ...), not a plan: give it with --nomenclature",
        "daftar nomenklatur (kolom kind, code, name, level, ...), bukan rencana: berikan dengan --nomenclature",
    ),
    "pipeline.folder_file_no_level": (
        "neither its title, its name nor its codes say whether it is a province's or a kab/kota's plan (give it by name "
        "with --level-of FILE=LEVEL to compare it)",
        "judul, nama, maupun kodenya tidak menyebut apakah ini rencana provinsi atau kabupaten/kota (sebutkan berkasnya "
        "dengan --level-of BERKAS=TINGKAT untuk membandingkannya)",
    ),
    "tally.province_funded_part": (
        "Of this, {amount} is on sub-activities {right} funds with Bantuan Keuangan Provinsi, the province's financial aid "
        "(one budget written in both plans, not two levels funding the same thing).",
        "Dari jumlah itu, {amount} berada pada sub kegiatan yang didanai {right} dengan Bantuan Keuangan Provinsi "
        "(satu anggaran yang tercantum di kedua rencana, bukan dua tingkat pemerintahan yang mendanai hal yang sama).",
    ),
    "tally.province_funded_group": (
        "Of this, {amount} is on sub-activities the kab/kota fund with Bantuan Keuangan Provinsi, the province's financial aid "
        "(one budget written in both plans, not two levels funding the same thing).",
        "Dari jumlah itu, {amount} berada pada sub kegiatan yang didanai kabupaten/kota dengan Bantuan Keuangan Provinsi "
        "(satu anggaran yang tercantum di kedua rencana, bukan dua tingkat pemerintahan yang mendanai hal yang sama).",
    ),
    "tally.province_funded": (
        "{count} overlapping sub kegiatan row(s) of {right} are funded by Bantuan Keuangan Provinsi ({amount}): that money is "
        "the province's own, passed on to the kab/kota, so those overlaps are one budget written in both plans rather than "
        "two levels funding the same thing",
        "{count} baris sub kegiatan {right} yang tumpang tindih didanai Bantuan Keuangan Provinsi ({amount}): dana itu milik "
        "provinsi yang diteruskan ke kabupaten/kota, sehingga tumpang tindih tersebut adalah satu anggaran yang tercantum di "
        "kedua rencana, bukan dua tingkat pemerintahan yang mendanai hal yang sama",
    ),
    "classify.no_name": ("row has no item name; skipped ({text})", "baris tanpa nama item; dilewati ({text})"),
    "body_rows.group": (
        "{count} group row(s) naming no nomenclature item (priority or target headings with their totals) skipped; first on row {row}",
        "{count} baris kelompok yang bukan item nomenklatur (judul prioritas atau sasaran beserta totalnya) dilewati; yang pertama di baris {row}",
    ),
    "body_rows.heading": (
        "{count} section heading(s) naming a kind of items without code, and without amount or with the total of the rows "
        "under them ('PROGRAM PRIORITAS', 'KEGIATAN BARU'), skipped, no item of their own; first on row {row}",
        "{count} judul bagian yang menyebut jenis item tanpa kode, dan tanpa pagu atau dengan total baris di bawahnya "
        "('PROGRAM PRIORITAS', 'KEGIATAN BARU'), dilewati, bukan item tersendiri; yang pertama di baris {row}",
    ),
    "body_rows.repeated": (
        "{count} row(s) repeating the code and name of the item above, with its budget or none (one row per indicator), read as that item; "
        "first on row {row}",
        "{count} baris yang mengulang kode dan nama item di atasnya, dengan pagu yang sama atau tanpa pagu (satu baris per indikator), dibaca "
        "sebagai item itu; yang pertama di baris {row}",
    ),
    "body_rows.place_rows": (
        "{count} row(s) naming a place of the sub kegiatan above (one row per location) read into it: their places joined to its "
        "location, their amounts added only where it has none; first on row {row}",
        "{count} baris yang menyebut lokasi sub kegiatan di atasnya (satu baris per lokasi) dibaca sebagai bagian sub kegiatan itu: "
        "lokasinya digabung, pagunya dijumlahkan hanya bila sub kegiatan itu tidak berpagu; yang pertama di baris {row}",
    ),
    "body_rows.source_rows": (
        "{count} row(s) naming a funding source of the item above ('- DAU' with its part) read into it: their sources joined "
        "to its funding, their amounts added only where a sub kegiatan has none; first on row {row}",
        "{count} baris yang menyebut sumber dana item di atasnya ('- DAU' beserta bagiannya) dibaca sebagai bagian item itu: "
        "sumber dananya digabung, pagunya dijumlahkan hanya bila sub kegiatan itu tidak berpagu; yang pertama di baris {row}",
    ),
    "body_rows.merged_places": (
        "{count} row(s) under the merged name or code cell of the item above: their places and budgets added to it; first on row {row}",
        "{count} baris di bawah sel nama atau kode gabungan milik item di atasnya: lokasi dan pagunya ditambahkan ke item itu; yang pertama di baris {row}",
    ),
    "body_rows.wrapped_name": (
        "{count} row(s) continuing the name of the item above (a name wrapped onto the next row) joined to it with their amounts; first on row {row}",
        "{count} baris lanjutan nama item di atasnya (nama yang terpotong ke baris berikutnya) digabungkan ke item itu beserta angkanya; yang pertama di baris {row}",
    ),
    "values.not_amount": ("budget {value} is not an amount", "pagu {value} bukan angka"),
    "values.hashes": (
        "budget shows {value}: Excel's sign that the column was too narrow when the file was saved; widen it and save again",
        "pagu tertulis {value}: tanda Excel bahwa kolom terlalu sempit saat berkas disimpan; lebarkan kolom lalu simpan ulang",
    ),
    "values.date": ("budget cell holds a date ({value}), not an amount", "sel pagu berisi tanggal ({value}), bukan angka"),
    "values.not_finite": ("budget is not a finite number", "pagu bukan bilangan yang sah"),
    "values.too_large": ("budget {value} is implausibly large", "pagu {value} terlalu besar sehingga tidak wajar"),
    "values.negative": ("negative budget", "pagu negatif"),
    # pipeline.py / audit.py: the run as a whole
    "pipeline.not_province": (
        "{government} is not a province; it is compared as the higher level because it is given first",
        "{government} bukan provinsi; diperlakukan sebagai tingkat yang lebih tinggi karena disebut pertama",
    ),
    "pipeline.same_file_name": (
        "{name} is also the name of {others}: this file is named {label} in the outputs, so that every row reference names one file",
        "{name} juga nama berkas {others}: berkas ini disebut {label} pada keluaran, agar setiap rujukan baris menunjuk satu berkas",
    ),
    # group_totals.py: province-wide figures of a run with several kab/kota
    "report.group_same": (
        "Of the province's {total} {kinds}, {same} ({share}) are the same as {a_kind} of at least one of the {rights} kab/kota.",
        "Dari {total} {kinds} provinsi, {same} ({share}) sama dengan {a_kind} pada sedikitnya satu dari {rights} kabupaten/kota.",
    ),
    "report.group_same_one": (
        "Of the province's {total} {kinds}, {same} ({share}) is the same as {a_kind} of at least one of the {rights} kab/kota.",
        "Dari {total} {kinds} provinsi, {same} ({share}) sama dengan {a_kind} pada sedikitnya satu dari {rights} kabupaten/kota.",
    ),
    "report.group_none": ("The province runs no {kinds}.", "Provinsi tidak melaksanakan {kinds}."),
    "report.group_rows_once": (
        "Here every row is counted once, including a province row that names several of the {rights} kab/kota "
        "(the sentence of each pair counts such a row in that pair).",
        "Di sini setiap baris dihitung satu kali, termasuk baris provinsi yang menyebut lebih dari satu dari {rights} "
        "kabupaten/kota (kalimat per pasangan menghitung baris itu pada setiap pasangannya).",
    ),
    "report.all_kab_kota": ("the {rights} kab/kota together", "gabungan {rights} kabupaten/kota"),
    "report.group_overlap_title": (
        "Budget overlap of the province with all its kab/kota together",
        "Tumpang tindih anggaran provinsi dengan gabungan seluruh kabupaten/kotanya",
    ),
    "report.chart_data_title": (
        "Programs the same, per pair (the chart's data)",
        "Program yang sama, per pasangan (data grafik)",
    ),
    "report.group_title": (
        "The province against all its kab/kota together (each item and each row counted once)",
        "Provinsi terhadap gabungan seluruh kabupaten/kotanya (tiap item dan tiap baris dihitung sekali)",
    ),
    # workbook.py: the Overlaps sheet's columns that sum right
    "report.left_counted": ("Left budget, counted in pair", "Pagu kiri, dihitung per pasangan"),
    "report.right_counted": ("Right budget, counted in pair", "Pagu kanan, dihitung per pasangan"),
    "report.left_counted_run": ("Left budget, counted once in all", "Pagu kiri, dihitung sekali untuk semua"),
    "report.console_group": ("{province} {year}: {count} kab/kota", "{province} {year}: {count} kabupaten/kota"),
    "report.console_group_no_year": ("{province}: {count} kab/kota", "{province}: {count} kabupaten/kota"),
    "report.right_funded_by_province": ("Right row funded by Bantuan Keuangan Provinsi", "Baris kanan didanai Bantuan Keuangan Provinsi"),
    "report.how_to_sum": (
        "'Left budget' and 'Right budget' show a row's whole budget on each of its pairings, so they repeat: do not sum them. "
        "The 'counted in pair' columns hold a row's budget on its first line in the pair and 0 after; 'Left budget, counted once "
        "in all' holds a province row's budget on the line of the kab/kota its location names first (whatever the order the "
        "files were given in) and 0 on its other lines. Filtered to one right government, the two "
        "'counted in pair' columns sum to that pair's overlap on the Summary sheet; over the whole sheet, 'Left budget, counted "
        "once in all' sums to the Total row's left budget (a province row shared by several kab/kota counted once), while "
        "'counted in pair' adds up the pairs' amounts (such a row in each pair).",
        "'Pagu kiri' dan 'Pagu kanan' menampilkan seluruh pagu baris pada tiap pasangannya, sehingga berulang: jangan "
        "dijumlahkan. Kolom 'dihitung per pasangan' memuat pagu baris pada baris pertamanya dalam pasangan itu dan 0 sesudahnya; "
        "'Pagu kiri, dihitung sekali untuk semua' memuat pagu baris provinsi pada baris kab/kota yang pertama disebut lokasinya "
        "(apa pun urutan berkas yang diberikan) dan 0 pada baris lainnya. Bila disaring untuk satu pemda "
        "kanan, jumlah kedua kolom 'dihitung per pasangan' sama dengan tumpang tindih pasangan itu di lembar Ringkasan; untuk "
        "seluruh lembar, jumlah 'Pagu kiri, dihitung sekali untuk semua' sama dengan pagu kiri pada baris Total (baris provinsi yang dipakai "
        "beberapa kab/kota dihitung sekali), sedangkan 'dihitung per pasangan' menjumlahkan pagu tiap pasangan (baris itu pada "
        "tiap pasangan).",
    ),
    # tally.py: counting items and placing the province rows
    "pipeline.years_differ": (
        "{government}'s plan ({file}) is of {year}, {province}'s ({province_file}) of {province_year}: compared as given; "
        "give plans of one year, or --year N when a year is read wrong",
        "rencana {government} ({file}) tahun {year}, rencana {province} ({province_file}) tahun {province_year}: dibandingkan "
        "sebagaimana diberikan; berikan rencana dari satu tahun yang sama, atau --year N bila tahunnya salah terbaca",
    ),
    "tally.province_level_digit": (
        "{count} rows carry the province level digit 1 in their kegiatan code (x.xx.xx.1.xx), though {government} is a kabupaten/kota",
        "{count} baris memakai digit tingkat provinsi 1 pada kode kegiatannya (x.xx.xx.1.xx), padahal {government} adalah kabupaten/kota",
    ),
    "tally.code_names_differ": (
        "code {code} is also written on a row named '{other}': the names differ, so this row is counted as another item",
        "kode {code} juga tertulis pada baris bernama '{other}': namanya berbeda, sehingga baris ini dihitung sebagai item lain",
    ),
    "tally.place_named_by_many": (
        "location '{location}' names a place that {count} kabupaten/kota plans name ({governments}): "
        "no overlap is asserted for this row with any of them",
        "lokasi '{location}' menyebut tempat yang disebut {count} rencana kabupaten/kota ({governments}): "
        "tumpang tindih baris ini dengan kabupaten/kota tersebut tidak dinyatakan",
    ),
    "tally.place_named_by_many_some": (
        "location '{location}' names a place that {count} kabupaten/kota plans name ({governments}): "
        "no overlap is asserted for this row with {withheld}",
        "lokasi '{location}' menyebut tempat yang disebut {count} rencana kabupaten/kota ({governments}): "
        "tumpang tindih baris ini dengan {withheld} tidak dinyatakan",
    ),
    "tally.place_by_level": (
        "location '{location}' is read as in {government}: the place is also named by {governments}, but only {government}'s "
        "plan names it at the {place_level} level",
        "lokasi '{location}' dibaca berada di {government}: tempat itu juga disebut oleh {governments}, tetapi hanya rencana "
        "{government} yang menyebutnya pada tingkat {place_level}",
    ),
    "tally.place_by_word": (
        "location '{location}' is read as in {government}: the place is also named by {governments}, but only {government}'s "
        "plan calls it a {place_word}",
        "lokasi '{location}' dibaca berada di {government}: tempat itu juga disebut oleh {governments}, tetapi hanya rencana "
        "{government} yang menyebutnya {place_word}",
    ),
    "tally.town_place": (
        "location '{location}' is read as a town in {government}: no kota of that name exists",
        "lokasi '{location}' dibaca sebagai kawasan perkotaan di {government}: tidak ada pemerintah kota dengan nama itu",
    ),
    "tally.unplaced_places": (
        "{count} same sub kegiatan row(s) of the province name only places that no compared plan names and no kab/kota, so "
        "no overlap is asserted for them: {places}{more}; an island, a landmark or a kecamatan of a kab/kota not compared "
        "is a reviewer's call",
        "{count} baris sub kegiatan provinsi yang sama hanya menyebut tempat yang tidak disebut rencana mana pun yang "
        "dibandingkan dan tidak menyebut kabupaten/kota, sehingga tumpang tindih tidak dinyatakan untuknya: {places}{more}; "
        "pulau, tempat terkenal, atau kecamatan dari kabupaten/kota yang tidak dibandingkan perlu dinilai peninjau",
    ),
    "tally.more_places": (" and {count} more", " dan {count} lainnya"),
    "tally.unknown_place": (
        "location '{location}' names no kabupaten/kota of Kemendagri's list nor a place of the compared plans: no overlap "
        "is asserted for it on this row or the others with it ({count} same sub kegiatan row(s) in all); check the spelling",
        "lokasi '{location}' tidak menyebut kabupaten/kota dalam daftar Kemendagri maupun tempat dalam rencana yang "
        "dibandingkan: tumpang tindih tidak dinyatakan untuknya pada baris ini maupun baris lain yang memuatnya ({count} "
        "baris sub kegiatan yang sama seluruhnya); periksa ejaannya",
    ),
    "tally.bare_short_name": (
        "location '{location}' is {government} only when written '{written}', and alone it may mean a wider area: no "
        "overlap is asserted for it on this row or the others with it ({count} same sub kegiatan row(s) in all)",
        "lokasi '{location}' berarti {government} hanya bila ditulis '{written}', dan tanpa kata itu dapat berarti "
        "wilayah yang lebih luas: tumpang tindih tidak dinyatakan untuknya pada baris ini maupun baris lain yang memuatnya "
        "({count} baris sub kegiatan yang sama seluruhnya)",
    ),
    "tally.unknown_place_guess": (
        "location '{location}' names no kabupaten/kota of Kemendagri's list nor a place of the compared plans: no overlap "
        "is asserted for it on this row or the others with it ({count} same sub kegiatan row(s) in all); check the spelling "
        "(perhaps {guess}?)",
        "lokasi '{location}' tidak menyebut kabupaten/kota dalam daftar Kemendagri maupun tempat dalam rencana yang "
        "dibandingkan: tumpang tindih tidak dinyatakan untuknya pada baris ini maupun baris lain yang memuatnya ({count} "
        "baris sub kegiatan yang sama seluruhnya); periksa ejaannya (mungkin {guess}?)",
    ),
    "tally.place_written_in": (
        "location '{location}' names a place of {government}'s plan, written with {other}, which this run does not compare: "
        "it may be {other}'s place of that name, so no overlap with {government} is asserted for this row",
        "lokasi '{location}' menyebut tempat yang ada di rencana {government}, ditulis bersama {other} yang tidak "
        "ikut dibandingkan: bisa jadi itu tempat bernama sama di {other}, sehingga baris ini tidak dihitung "
        "sebagai tumpang tindih dengan {government}",
    ),
    "tally.place_named_as_kab_kota": (
        "location '{location}' names a place of {government}'s plan, and also {other}: it may mean {other}, so no overlap "
        "with {government} is asserted for this row",
        "lokasi '{location}' menyebut tempat yang ada di rencana {government}, dan juga nama {other}: bisa jadi yang dimaksud "
        "{other}, sehingga baris ini tidak dihitung sebagai tumpang tindih dengan {government}",
    ),
    "tally.ambiguous_place": (
        "location '{location}' may be the kota or the kabupaten of that name: no overlap is asserted for this row",
        "lokasi '{location}' bisa berarti kota atau kabupaten dengan nama itu: tumpang tindih baris ini tidak dinyatakan",
    ),
    # themes.py: why an item funds a theme
    "themes.code": ("code {code}", "kode {code}"),
    "themes.in_name": ("name: {keyword}", "nama: {keyword}"),
    "themes.in_kegiatan": ("kegiatan: {keyword}", "nama kegiatan: {keyword}"),
    "themes.in_program": ("program: {keyword}", "nama program: {keyword}"),
    # evaluate.py: what the scores cannot say
    # validate.py: findings against the nomenclature
    "validate.unknown_code": ("code {code} is not in the nomenclature", "kode {code} tidak ada dalam nomenklatur"),
    "validate.wrong_level": (
        "{code} is a {owner} item (level digit {digit}), which a {plan_level} plan may not carry under UU 23/2014",
        "{code} adalah item kewenangan {owner} (digit tingkat {digit}) yang tidak boleh dimuat dalam rencana {plan_level} menurut UU 23/2014",
    ),
    "validate.wrong_level_program": (
        "program {code} is in the nomenclature only for {owner} governments, not for a {plan_level} plan",
        "program {code} dalam nomenklatur hanya untuk pemerintah {owner}, bukan untuk rencana {plan_level}",
    ),
    "validate.name_spelling": (
        'the name of {code} is spelled differently from the nomenclature, which reads "{expected}"',
        'nama {code} ditulis berbeda dari nomenklatur, yang berbunyi "{expected}"',
    ),
    "validate.name_different": (
        'code {code} is "{expected}" in the nomenclature, a different item from the name in this row',
        'kode {code} dalam nomenklatur adalah "{expected}", item yang berbeda dari nama pada baris ini',
    ),
    "validate.retired": ("{code} is marked inactive (nonaktif) in the nomenclature", "{code} berstatus nonaktif dalam nomenklatur"),
    "validate.wrong_parent": (
        "{code} belongs under {own}, but this row stands under {parent}",
        "{code} semestinya berada di bawah {own}, tetapi baris ini berada di bawah {parent}",
    ),
    "validate.reading_warnings_sheet": (
        "reading warnings: {count} (see the Warnings sheet)",
        "peringatan pembacaan: {count} (lihat lembar Peringatan)",
    ),
    "validate.reading_warnings_inspect": (
        "reading warnings: {count} (listed by syncheck inspect {file})",
        "peringatan pembacaan: {count} (tercantum pada syncheck inspect {file})",
    ),
    "validate.duplicate": ("{code} already appears at {first} for the same agency", "{code} sudah muncul di {first} untuk perangkat daerah yang sama"),
    # continuity.py: why an item of one year is the same as an item of the next
    # where a row is, inside another text
    "where.row": ("row {row}", "baris {row}"),
    "where.sheet_row": ("sheet {sheet} row {row}", "lembar {sheet} baris {row}"),
    "where.named_sheet_row": ("{sheet} row {row}", "{sheet} baris {row}"),
    "where.sheet": ("sheet {sheet}", "lembar {sheet}"),
    "where.part": ("part {part}", "bagian {part}"),
    "where.a_sheet": ("a sheet", "sebuah lembar"),
    # cell_amounts.py: amounts a location cell gives per place
    "cell_amounts.not_total": (
        "the amounts the location cell gives per place ({stated} in all) do not add up to the row's budget ({budget}): the "
        "whole budget is counted in each kab/kota the cell names",
        "nilai per lokasi pada sel lokasi (seluruhnya {stated}) tidak sama dengan pagu baris ({budget}), sehingga pagu "
        "dihitung utuh pada setiap kabupaten/kota yang disebutnya",
    ),
    # item_lines.py: the nameless line under an item's label (SIPD print form)
    "body_rows.item_lines": (
        "{count} row(s) without a name right under an item row without an amount (the line under a label, as SIPD prints "
        "it: indicator, target, location, pagu) read as that item's own; first on row {row}",
        "{count} baris tanpa nama tepat di bawah baris item yang tidak berpagu (baris di bawah label, seperti cetakan SIPD: "
        "indikator, target, lokasi, pagu) dibaca sebagai milik item itu; yang pertama di baris {row}",
    ),
    # duplicates.py: a row that repeats an earlier row exactly (one item typed twice)
    "readers.duplicate_once": (
        "duplicate row: code {code} already on row {row} of sheet {sheet} with the same name, place and amount: one item "
        "typed twice, its budget counted once",
        "baris ganda: kode {code} sudah ada pada baris {row} lembar {sheet} dengan nama, lokasi, dan pagu yang sama: satu "
        "item yang tertulis dua kali, pagunya dihitung sekali",
    ),
    "readers.duplicate_once_spelled": (
        "duplicate row: code {code} already on row {row} of sheet {sheet}, written {written} there, with the same name, "
        "place and amount: one item typed twice, its budget counted once",
        "baris ganda: kode {code} sudah ada pada baris {row} lembar {sheet}, ditulis {written} di sana, dengan nama, "
        "lokasi, dan pagu yang sama: satu item yang tertulis dua kali, pagunya dihitung sekali",
    ),
}
