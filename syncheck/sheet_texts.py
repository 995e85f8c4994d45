"""The catalogue's texts about the sheets of a workbook that are not read: copies, other years, drafts, lookup lists.

message_texts.CATALOGUE holds them with the rest; they live here to keep that module short.
"""

from __future__ import annotations

#: key -> (English, Indonesian), in key order
SHEET_TEXTS: dict[str, tuple[str, str]] = {
    "classify.other_year_table": (
        "a second table under the plan's table, {title}, is another year's: its {rows} rows to the end of the sheet are skipped",
        "tabel kedua di bawah tabel rencana, {title}, adalah tahun lain: {rows} barisnya sampai akhir lembar dilewati",
    ),
    "readers.copy_amounts_differ": (
        "sheet skipped as a copy, but {count} of its row(s) have another amount than the sheet read, whose amount is "
        "counted: {first}",
        "lembar dilewati sebagai salinan, tetapi {count} barisnya berpagu lain dari lembar yang dibaca, yang pagunya "
        "dihitung: {first}",
    ),
    "readers.copy_row": ("row {row} {code} ({amount})", "baris {row} {code} ({amount})"),
    "readers.copy_row_amount": ("row {row} {code}: {amount} here, {kept} on sheet {other}", "baris {row} {code}: {amount} di sini, {kept} di lembar {other}"),
    "readers.copy_rows_more": ("{count} more", "{count} lainnya"),
    "readers.copy_rows_unread": (
        "sheet skipped as a copy, but {count} of its row(s) are in no sheet read and are not counted: {first}",
        "lembar dilewati sebagai salinan, tetapi {count} barisnya tidak ada di lembar yang dibaca dan tidak dihitung: {first}",
    ),
    "readers.only_proposals": (
        "sheet {sheet} holds proposals ({words}), not the plan, but is read as the plan: no other sheet of the file holds one",
        "lembar {sheet} berisi usulan ({words}), bukan rencana, tetapi dibaca sebagai rencana: tidak ada lembar lain di berkas ini "
        "yang memuat rencana",
    ),
    "readers.other_government_codes": (
        "{count} of its {total} kegiatan and sub kegiatan codes carry level digit 1 (provinsi), not 2 (kabupaten/kota)",
        "{count} dari {total} kode kegiatan dan sub kegiatannya berdigit tingkat 1 (provinsi), bukan 2 (kabupaten/kota)",
    ),
    "readers.other_government_title": (
        "titled {government} alone, while this file is the plan of {own}",
        "berjudul {government} saja, sedangkan berkas ini rencana {own}",
    ),
    "readers.sheet_copy": (
        "sheet(s) {sheets}: the rows of sheet(s) {other} again, with the same amounts, skipped as copies ({rows} rows)",
        "lembar {sheets}: mengulang baris lembar {other} dengan pagu yang sama, dilewati sebagai salinan ({rows} baris)",
    ),
    "readers.sheet_copy_differs": (
        "sheet(s) {sheets}: the rows of sheet(s) {other} again, skipped as copies ({rows} rows); some rows differ: "
        "the warnings on each of these sheets list them",
        "lembar {sheets}: mengulang baris lembar {other}, dilewati sebagai salinan ({rows} baris); sebagian baris berbeda: "
        "peringatan pada tiap lembar ini mencantumkannya",
    ),
    "readers.sheet_earlier_draft": (
        "sheet(s) {sheets}: an earlier draft of sheet {other}, skipped ({rows} rows)",
        "lembar {sheets}: rancangan yang lebih awal dari lembar {other}, dilewati ({rows} baris)",
    ),
    "readers.sheet_other_government": (
        "sheet(s) {sheets}: {why}: another government's plan, skipped ({rows} rows); to compare it, save it as a file of its own",
        "lembar {sheets}: {why}: rencana pemerintah lain, dilewati ({rows} baris); untuk membandingkannya, simpan sebagai berkas tersendiri",
    ),
    "readers.sheet_other_year": (
        "sheet(s) {sheets}: titled with another year than the plan's ({year}), skipped ({rows} rows)",
        "lembar {sheets}: berjudul tahun lain dari tahun rencana ({year}), dilewati ({rows} baris)",
    ),
    "readers.sheet_proposals": (
        "sheet(s) {sheets} hold(s) proposals ({words}), not the plan: skipped ({rows} rows)",
        "lembar {sheets} berisi usulan ({words}), bukan rencana: dilewati ({rows} baris)",
    ),
    "readers.sheet_reference_list": (
        "sheet(s) {sheets}: codes and names without amounts, and none of the plan's columns (budget, location, agency) that sheet "
        "{other} has: skipped as a list for lookups ({rows} rows)",
        "lembar {sheets}: kode dan nama tanpa angka, dan tanpa kolom rencana (pagu, lokasi, perangkat daerah) yang ada di lembar "
        "{other}: dilewati sebagai daftar rujukan ({rows} baris)",
    ),
    "readers.sheet_version": (
        "sheet(s) {sheets}: the rows of sheet {other} again, with other amounts, skipped as another version of the plan "
        "({rows} rows): to read it instead, hide the other sheet",
        "lembar {sheets}: mengulang baris lembar {other} dengan pagu lain, dilewati sebagai versi lain dari rencana "
        "({rows} baris): untuk membacanya, sembunyikan lembar yang lain",
    ),
}
