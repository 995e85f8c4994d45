"""The texts of the yearly audit (audit, continuity) and of evaluate, in English and Indonesian: part of
message_texts.CATALOGUE."""

from __future__ import annotations

AUDIT_TEXTS: dict[str, tuple[str, str]] = {
    "audit.year_given": ("the file says {found}; audited as {given}", "berkas menyebut tahun {found}; diaudit sebagai tahun {given}"),
    "audit.versions": (
        "{government} {year}: {count} files repeat each other's items ({files}), a revision or a copy: only {kept}, the "
        "latest by its name (its stage, rancangan to perubahan, then its numbers), is audited (added up, every item would count twice)",
        "{government} {year}: {count} berkas saling mengulang itemnya ({files}), sebuah revisi atau salinan: hanya {kept}, "
        "yang terakhir menurut namanya (tahapnya, dari rancangan sampai perubahan, lalu angkanya), yang diaudit (bila dijumlahkan, setiap item terhitung dua kali)",
    ),
    "audit.merged": ("{government} {year}: {count} files read as one plan ({files})", "{government} {year}: {count} berkas dibaca sebagai satu rencana ({files})"),
    "audit.no_plan": (
        "no plan of {missing} in {year} to compare {government} with",
        "tidak ada rencana {missing} tahun {year} untuk dibandingkan dengan {government}",
    ),
    "audit.other_government": (
        "{file} names {found} (in its title or file name), but the audit file gives it as the plan of {given} for {year}",
        "{file} menyebut {found} (pada judul atau nama berkasnya), tetapi berkas audit memberikannya sebagai rencana {given} tahun {year}",
    ),
    "audit.same_content": (
        "{file} ({government} {year}) has the same content as {other} ({other_government} {other_year})",
        "{file} ({government} {year}) isinya sama dengan {other} ({other_government} {other_year})",
    ),
    "audit.console_warning": ("Warning: {detail}.", "Peringatan: {detail}."),
    "audit.gap_edge": (
        "{government} has no plan for {missing}; its continuity is traced over {years} only",
        "{government} tidak memiliki rencana untuk {missing}; kesinambungannya hanya ditelusuri pada {years}",
    ),
    "audit.gap": (
        "{government} has no plan for {missing}; its continuity skips that year",
        "{government} tidak memiliki rencana untuk {missing}; penelusuran kesinambungannya melewati tahun itu",
    ),
    "evaluate.not_scored": (
        "'-': nothing of that kind was scored (no pair of it labelled or decided), so it has no precision, recall or F1",
        "'-': tidak ada yang dinilai untuk jenis itu (tidak ada pasangannya yang berlabel atau diputuskan), jadi tanpa presisi, recall dan F1",
    ),
    "evaluate.headlines_exact": ("headlines exact: {exact}/{total}", "kalimat utama tepat: {exact}/{total}"),
    "evaluate.headline_miss": (
        "{right} {kind}: expected {expected_same}/{expected_total}, got {got_same}/{got_total}",
        "{right} {kind}: seharusnya {expected_same}/{expected_total}, hasil {got_same}/{got_total}",
    ),
    "evaluate.headline_not_compared": (
        "{right} {kind}: expected {expected_same}/{expected_total}, but the run did not compare this pair",
        "{right} {kind}: seharusnya {expected_same}/{expected_total}, tetapi pasangan ini tidak dibandingkan",
    ),
    "evaluate.only_corrections": (
        "No decision confirms a link syncheck counted as the same: the decisions seem to mark only what was wrong, so the "
        "precision above counts those corrections, not syncheck's accuracy over every link (confirm some links with 'Ya' to measure it).",
        "Tidak ada keputusan yang membenarkan tautan yang dihitung sama oleh syncheck: keputusan tampaknya hanya menandai yang "
        "keliru, sehingga presisi di atas menghitung koreksi tersebut, bukan ketepatan syncheck atas semua tautan (benarkan "
        "beberapa tautan dengan 'Ya' untuk mengukurnya).",
    ),
    "evaluate.decided": (
        "decided pairs: {yes} yes, {no} no, {unsure} unsure; {unmatched} {decisions} matched no items (not scored); "
        "links without a decision are not scored",
        "pasangan yang diputuskan: {yes} ya, {no} tidak, {unsure} ragu; {unmatched} {decisions} tidak cocok dengan "
        "item mana pun (tidak dinilai); tautan tanpa keputusan tidak dinilai",
    ),
    "evaluate.no_threshold_unscored": (
        "No threshold recommended: nothing was scored.",
        "Tidak ada ambang yang disarankan: tidak ada yang dinilai.",
    ),
    "evaluate.no_threshold_zero": (
        "No threshold recommended: no threshold finds any pair labelled the same (F1 0 at every threshold).",
        "Tidak ada ambang yang disarankan: tidak ada ambang yang menemukan pasangan berlabel sama (F1 0 pada setiap ambang).",
    ),
    "continuity.same_name": ("same name", "nama sama"),
    "continuity.same_name_only": ("same name, the only one in both plans", "nama sama, satu-satunya di kedua rencana"),
    "continuity.moved": (
        "same name, the only one in both plans; {detail} (moved within its program)",
        "nama sama, satu-satunya di kedua rencana; {detail} (dipindah di dalam programnya)",
    ),
    "continuity.same_name_elsewhere": ("same name, but {detail} under another parent", "nama sama, tetapi {detail} di bawah induk lain"),
    "continuity.name_changed": ("name changed (score {score})", "nama berubah (skor {score})"),
    "continuity.names_differ": ("same code {code}, but the names differ (score {score})", "kode sama {code}, tetapi nama berbeda (skor {score})"),
    "continuity.renamed_in_place": ("name changed (score {score}) under the same parent", "nama berubah (skor {score}) di bawah induk yang sama"),
    "continuity.names_alike": (
        "names alike (score {score}) under the same parent; {words} differ",
        "nama mirip (skor {score}) di bawah induk yang sama; berbeda pada: {words}",
    ),
    "continuity.no_code": ("no code in {year}", "tanpa kode pada {year}"),
    "continuity.not_in_plan": ("not in the {year} plan", "tidak ada dalam rencana {year}"),
    "continuity.code_changed": ("code {before} -> {after}", "kode {before} -> {after}"),
    "audit.any_province": ("any province", "provinsi mana pun"),
}
