"""Why syncheck cannot proceed: the catalogue of SyncheckError texts (English, Indonesian), keyed 'error.*'.

messages.catalogue() includes them, so errors are made with messages.say like every other text and the
CLI prints them in the command's language. ``{cause}`` holds a library's or the system's own words (English): in
brackets, it is told as the technical detail after the message ("rincian teknis: ...").
"""

from __future__ import annotations

ERRORS: dict[str, tuple[str, str]] = {
    # cli.py: errors the CLI meets itself
    "error.unexpected": (
        "unexpected {name}: {cause} (set SYNCHECK_DEBUG=1 for details)",
        "kesalahan tak terduga {name}: {cause} (setel SYNCHECK_DEBUG=1 untuk rinciannya)",
    ),
    "error.compare_needs_pair": (
        "compare needs a province file and at least one kabupaten/kota file",
        "compare memerlukan satu berkas provinsi dan sedikitnya satu berkas kabupaten/kota",
    ),
    "error.given_twice": ("given twice: give each plan file once", "diberikan dua kali: berikan tiap berkas rencana sekali saja"),
    "error.given_twice_as": (
        "given twice, as {first} and as {second} (one file): give each plan file once",
        "diberikan dua kali, sebagai {first} dan sebagai {second} (berkas yang sama): berikan tiap berkas rencana sekali saja",
    ),
    "error.no_pair": (
        "compare needs a province file and at least one kabupaten/kota file; read {files}",
        "compare memerlukan satu berkas provinsi dan sedikitnya satu berkas kabupaten/kota; terbaca: {files}",
    ),
    "error.first_look_differs": (
        "read in full as {read}, where its name and title rows give {looked}: --per-province, which puts the files in the "
        "order of their province groups by their names and title rows, may have put it in the wrong group; give its "
        "--name, --level-of or --year (or run without --per-province)",
        "terbaca utuh sebagai {read}, padahal nama dan baris judulnya menyebut {looked}: --per-province, yang mengurutkan "
        "berkas menurut kelompok provinsinya berdasarkan nama dan baris judulnya, mungkin menaruhnya di kelompok yang salah; "
        "berikan --name, --level-of atau --year untuknya (atau jalankan tanpa --per-province)",
    ),
    "error.no_file": ("no file", "tidak ada berkas"),
    "error.review_threshold": (
        "Invalid value: --review-threshold must not exceed --threshold",
        "Nilai tidak sah: --review-threshold tidak boleh melebihi --threshold",
    ),
    "error.per_province_stdout": (
        "--per-province writes one JSON file per province: give --json a file name, not '-'",
        "--per-province menulis satu berkas JSON per provinsi: berikan nama berkas pada --json, bukan '-'",
    ),
    "error.file_value": ("Invalid value: expected FILE=VALUE, got {value}", "Nilai tidak sah: diharapkan BERKAS=NILAI, bukan {value}"),
    "error.option_no_file": (
        "Invalid value: {option} {key}={value}: {key} is none of the files given",
        "Nilai tidak sah: {option} {key}={value}: {key} tidak menunjuk satu pun berkas yang diberikan",
    ),
    "error.option_many_files": (
        "Invalid value: {option} {key}={value}: {key} names {count} of the files given; give its path",
        "Nilai tidak sah: {option} {key}={value}: {key} menunjuk {count} berkas yang diberikan; berikan jalurnya",
    ),
    "error.not_a_level": (
        "Invalid value: --level-of {key}={value}: {level} is not a level; use provinsi, kabupaten or kota",
        "Nilai tidak sah: --level-of {key}={value}: {level} bukan tingkat pemerintahan; gunakan provinsi, kabupaten atau kota",
    ),
    "error.workbook_suffix": (
        "the workbook is an .xlsx file; give -o a name ending in .xlsx",
        "buku kerja disimpan sebagai berkas .xlsx; beri -o nama berkas yang berakhiran .xlsx",
    ),
    "error.not_a_number": ("Invalid value for {option}: {value} is not a number", "Nilai tidak sah untuk {option}: {value} bukan angka"),
    "error.not_whole_number": (
        "Invalid value for {option}: {value} is not a whole number",
        "Nilai tidak sah untuk {option}: {value} bukan bilangan bulat",
    ),
    "error.out_of_range": (
        "Invalid value for {option}: {value} is not between {low} and {high}",
        "Nilai tidak sah untuk {option}: {value} tidak di antara {low} dan {high}",
    ),
    "error.not_a_plan_year": (
        "Invalid value for {option}: {value} is not a plan year; give a year from {low} to {high}",
        "Nilai tidak sah untuk {option}: {value} bukan tahun rencana; berikan tahun {low} sampai {high}",
    ),
    "error.one_file_option": (
        "{option} is for one file, and {count} files are given: use {instead} for each file",
        "{option} hanya untuk satu berkas, sedangkan ada {count} berkas: gunakan {instead} untuk tiap berkas",
    ),
    "error.not_one_of": (
        "Invalid value for {option}: {value} is not one of {choices}",
        "Nilai tidak sah untuk {option}: {value} bukan salah satu dari {choices}",
    ),
    # rule_file.py: an abbreviation/spelling rules file (--synonyms, an audit file's synonyms)
    "error.rules_not_csv": (
        "a rules file is a CSV (pattern,replacement), not a workbook; save it as CSV",
        "berkas aturan berupa CSV (pola,pengganti), bukan buku kerja; simpan sebagai CSV",
    ),
    "error.rules_row": (
        "not a rule: give a pattern and its replacement separated by ',' or ';'",
        "bukan aturan: berikan pola dan penggantinya, dipisah ',' atau ';'",
    ),
    "error.rules_pattern": (
        "the pattern {pattern} is not a regular expression (technical detail: {cause})",
        "pola {pattern} bukan ekspresi reguler yang sah (rincian teknis: {cause})",
    ),
    "error.rules_none": (
        "the rules file has no rule (rows of pattern,replacement); give a file with rules or leave the option out",
        "berkas aturan tidak berisi aturan (baris pola,pengganti); berikan berkas berisi aturan atau hapus opsinya",
    ),
    "error.output_folder": ("the output folder {folder} does not exist", "folder keluaran {folder} tidak ada"),
    "error.truth_or_decisions": ("give either --truth or --decisions", "berikan salah satu: --truth atau --decisions"),
    "error.truth_no_files": (
        "the truth file names no plan files ('files'); give the plan files, not a directory",
        "berkas truth tidak menyebut berkas rencana ('files'); berikan berkas-berkas rencananya, bukan folder",
    ),
    "error.truth_file_not_in_folder": (
        "{name}, a plan file its 'files' names, is not in the folder {folder}",
        "{name}, berkas rencana yang disebut dalam 'files'-nya, tidak ada di folder {folder}",
    ),
    "error.truth_other_files": (
        "{count} of the {total} plan files it names are not among the files given: {missing}; "
        "give the files it labels (or their folder), or the truth file of these files",
        "{count} dari {total} berkas rencana yang disebutnya tidak ada di antara berkas yang diberikan: {missing}; "
        "berikan berkas-berkas yang dilabelinya (atau foldernya), atau berkas truth untuk berkas-berkas ini",
    ),
    "error.year_value": ("--year needs a year, not {value}", "--year memerlukan tahun, bukan {value}"),
    "error.unknown_option": ("unknown option {option}", "opsi {option} tidak dikenal"),
    "error.unknown_option_guess": ("unknown option {option}; perhaps one of: {guesses}", "opsi {option} tidak dikenal; mungkin maksudnya: {guesses}"),
    "error.missing_argument": ("missing argument {name}", "argumen {name} belum diberikan"),
    "error.two_to_stdout": (
        "--json - and --markdown - would both write to the standard output: give one of them a file name",
        "--json - dan --markdown - sama-sama akan menulis ke keluaran standar: beri salah satunya nama berkas",
    ),
    "error.missing_option": ("missing option {name}", "opsi {name} belum diberikan"),
    "error.unknown_command": ("no command {name}; the commands are {commands}", "tidak ada perintah {name}; perintahnya: {commands}"),
    "error.unknown_command_guess": ("no command {name}; perhaps: {guesses}", "tidak ada perintah {name}; mungkin maksudnya: {guesses}"),
    "error.audit_plan_file": (
        "{file}: a plan file, not an audit file (TOML): give each year's plan files after --year N, as in "
        "syncheck audit --year 2024 prov.xlsx kota.xlsx --year 2025 prov.xlsx kota.xlsx",
        "{file}: berkas rencana, bukan berkas audit (TOML): berikan berkas-berkas rencana tiap tahun sesudah --year N, seperti "
        "syncheck audit --year 2024 prov.xlsx kota.xlsx --year 2025 prov.xlsx kota.xlsx",
    ),
    "error.year_first": (
        "{file}: give --year N before the files of that year, or one audit file",
        "{file}: berikan --year N sebelum berkas-berkas tahun itu, atau satu berkas audit",
    ),
    # safety.py: refusing an input or output path
    "error.not_expected_type": ("file is not {wanted} (it looks like {looks})", "berkas bukan {wanted} (tampaknya {looks})"),
    "error.a_csv_file": ("a CSV text file", "berkas teks CSV"),
    "error.an_excel_workbook": ("an Excel workbook", "buku kerja Excel"),
    "error.looks_text": ("CSV or plain text", "CSV atau teks biasa"),
    "error.looks_excel_xml": ("an Excel 2003 XML spreadsheet; save it as .xlsx", "lembar kerja XML Excel 2003; simpan sebagai .xlsx"),
    "error.looks_html": ("HTML", "dokumen HTML"),
    # html_tables.py: an HTML page saved as a workbook
    "error.html_no_table": (
        "file is an HTML page with no table of data, not a spreadsheet export",
        "berkas berupa halaman HTML tanpa tabel data, bukan ekspor lembar kerja",
    ),
    "error.html_frameset": (
        "file is the frame page of a workbook saved as Web Page: give the sheet's .htm file from its _files folder, or save the workbook as .xlsx",
        "berkas adalah halaman bingkai buku kerja yang disimpan sebagai Halaman Web: berikan berkas .htm lembarnya dari folder _files, atau simpan buku kerja sebagai .xlsx",
    ),
    "error.html_too_large": (
        "HTML page is too large to read (more than {cells} table cells or {steps} tags and texts); open it in Excel and save it as .xlsx",
        "halaman HTML terlalu besar untuk dibaca (lebih dari {cells} sel tabel atau {steps} tag dan teks); buka di Excel dan simpan sebagai .xlsx",
    ),
    "error.html_unterminated": (
        "HTML page has a tag, comment or script left open for over {limit} MB (refused for safety)",
        "halaman HTML memiliki tag, komentar atau skrip yang terbuka lebih dari {limit} MB (ditolak demi keamanan)",
    ),
    "error.html_unparsable": (
        "HTML page cannot be parsed (technical detail: {cause})",
        "halaman HTML tidak dapat diurai (rincian teknis: {cause})",
    ),
    "error.looks_xml": ("XML", "dokumen XML"),
    "error.looks_pdf": ("a PDF document", "dokumen PDF"),
    "error.looks_rtf": ("an RTF document", "dokumen RTF"),
    "error.looks_binary": ("binary data", "data biner"),
    "error.looks_word": ("a Word document", "dokumen Word"),
    "error.looks_ole": ("an OLE2 file without a workbook stream", "berkas OLE2 tanpa aliran buku kerja"),
    "error.rename_to_csv": (
        "file is not an Excel workbook (it looks like {looks}; rename it to .csv)",
        "berkas bukan buku kerja Excel (tampaknya {looks}; ganti ekstensinya menjadi .csv)",
    ),
    "error.not_a_workbook": ("file is not an Excel workbook (it looks like {looks})", "berkas bukan buku kerja Excel (tampaknya {looks})"),
    "error.unsupported_type": (
        "unsupported file type {ext}: expected .xlsx, .xls, .ods or .csv",
        "jenis berkas {ext} tidak didukung: gunakan .xlsx, .xls, .ods atau .csv",
    ),
    "error.no_extension": ("'(no extension)'", "'(tanpa ekstensi)'"),
    "error.max_file_mb": (
        "SYNCHECK_MAX_FILE_MB must be a positive number of megabytes, not {value}",
        "SYNCHECK_MAX_FILE_MB harus berupa jumlah megabita yang positif, bukan {value}",
    ),
    "error.symlink_loop": ("path is a loop of symbolic links", "jalur berupa lingkaran tautan simbolik"),
    "error.permission_denied": ("permission denied", "akses ditolak"),
    "error.path_too_long": ("path is too long", "jalur terlalu panjang"),
    "error.file_not_found": ("file not found", "berkas tidak ditemukan"),
    "error.cannot_reach": (
        "cannot reach the file (technical detail: {cause})",
        "berkas tidak dapat dijangkau (rincian teknis: {cause})",
    ),
    "error.folder_no_plans": (
        "no plan file in this folder or its subfolders ({suffixes})",
        "tidak ada berkas rencana di folder ini atau subfoldernya ({suffixes})",
    ),
    "error.is_directory": ("path is a directory, not a spreadsheet file", "jalur ini folder, bukan berkas lembar kerja"),
    "error.not_regular": ("path is not a regular file (a pipe, socket or device)", "jalur ini bukan berkas biasa (pipa, soket atau perangkat)"),
    "error.empty_file": ("file is empty (0 bytes)", "berkas kosong (0 bita)"),
    "error.too_large": (
        "file is {size} MB, above the {limit} MB limit (set SYNCHECK_MAX_FILE_MB to raise it)",
        "berkas berukuran {size} MB, melebihi batas {limit} MB (setel SYNCHECK_MAX_FILE_MB untuk menaikkannya)",
    ),
    "error.corrupt_zip": (
        "file is corrupt or truncated (not a readable zip archive)",
        "berkas rusak atau terpotong (bukan arsip zip yang dapat dibaca)",
    ),
    "error.too_many_parts": (
        "workbook has {count} parts, more than the {limit} allowed (refused for safety)",
        "buku kerja memiliki {count} bagian, lebih dari {limit} yang diizinkan (ditolak demi keamanan)",
    ),
    "error.unpacks_too_large": (
        "workbook would unpack to {size} MB, over the {limit} MB limit (refused for safety)",
        "buku kerja akan terurai menjadi {size} MB, melebihi batas {limit} MB (ditolak demi keamanan)",
    ),
    "error.zip_encrypted": (
        "workbook is password-protected (its zip parts are encrypted)",
        "buku kerja dilindungi kata sandi (bagian-bagian zip-nya terenkripsi)",
    ),
    "error.zip_bomb": (
        "workbook part {part} is compressed over {ratio}:1 (refused for safety as a zip bomb)",
        "bagian buku kerja {part} dimampatkan lebih dari {ratio}:1 (ditolak demi keamanan sebagai bom zip)",
    ),
    "error.xml_entities": (
        "workbook contains XML entity declarations (refused for safety)",
        "buku kerja memuat deklarasi entitas XML (ditolak demi keamanan)",
    ),
    "error.xml_doctype": (
        "workbook part {part} declares an XML DOCTYPE (refused for safety)",
        "bagian buku kerja {part} mendeklarasikan DOCTYPE XML (ditolak demi keamanan)",
    ),
    "error.xml_prolog": (
        "workbook part {part} has an oversized XML prolog (refused for safety)",
        "bagian buku kerja {part} memiliki prolog XML yang terlalu besar (ditolak demi keamanan)",
    ),
    "error.xlsb": (
        "file is a binary .xlsb workbook, which syncheck cannot read (save it as .xlsx)",
        "berkas ini buku kerja biner .xlsb, yang tidak dapat dibaca syncheck (simpan sebagai .xlsx)",
    ),
    "error.zip_not_workbook": (
        "file is a zip archive but not an Excel workbook (no xl/workbook.xml inside)",
        "berkas ini arsip zip, bukan buku kerja Excel (tidak ada xl/workbook.xml di dalamnya)",
    ),
    "error.corrupt_ole": (
        "file is corrupt or truncated (damaged OLE2/.xls container)",
        "berkas rusak atau terpotong (wadah OLE2/.xls rusak)",
    ),
    "error.ole_encrypted": (
        "workbook is password-protected (remove the password in Excel and save a copy)",
        "buku kerja dilindungi kata sandi (hapus kata sandinya di Excel lalu simpan salinannya)",
    ),
    "error.output_is_directory": (
        "output path is a directory; give a file name (or '-' for standard output where allowed)",
        "jalur keluaran berupa folder; berikan nama berkas (atau '-' untuk keluaran standar bila diizinkan)",
    ),
    "error.output_is_device": (
        "output path is a device, pipe or socket, not a file; give a file name (or '-' for standard output where allowed)",
        "jalur keluaran berupa perangkat, pipa atau soket, bukan berkas; berikan nama berkas (atau '-' untuk keluaran standar bila diizinkan)",
    ),
    "error.cannot_write": (
        "cannot write the output file (technical detail: {cause})",
        "berkas keluaran tidak dapat ditulis (rincian teknis: {cause})",
    ),
    "error.overwrite_input": ("output would overwrite the input file {input}", "keluaran akan menimpa berkas masukan {input}"),
    "error.same_output": (
        "two of the outputs would be written to the same file",
        "dua keluaran akan ditulis ke berkas yang sama",
    ),
    # extent.py: sheet sizes before reading (where: messages' 'where.*')
    "error.xml_not_well_formed": (
        "workbook is corrupt: content.xml is not well-formed XML (technical detail: {cause} at line {line})",
        "buku kerja rusak: content.xml bukan XML yang sah (rincian teknis: {cause} pada baris {line})",
    ),
    "error.dimensions": (
        "workbook is corrupt: {where} has a DIMENSIONS record that ends before it starts",
        "buku kerja rusak: {where} memiliki catatan DIMENSIONS yang berakhir sebelum dimulai",
    ),
    "error.sheet_too_large": (
        "{where} spans {rows} rows by {cols} columns, too large to read (delete stray cells far from the table)",
        "{where} membentang {rows} baris kali {cols} kolom, terlalu besar untuk dibaca (hapus sel nyasar yang jauh dari tabel)",
    ),
    # sources.py / readers.py: reading a plan
    "error.protected": ("workbook is password-protected; save an unprotected copy", "buku kerja dilindungi kata sandi; simpan salinan tanpa kata sandi"),
    "error.corrupt_workbook": (
        "workbook is corrupt or not a spreadsheet (technical detail: {cause})",
        "buku kerja rusak atau bukan lembar kerja (rincian teknis: {cause})",
    ),
    "error.cannot_read_workbook": (
        "cannot read workbook (technical detail: {cause})",
        "buku kerja tidak dapat dibaca (rincian teknis: {cause})",
    ),
    "error.out_of_memory": (
        "workbook is too large to read in the memory available",
        "buku kerja terlalu besar untuk dibaca dengan memori yang tersedia",
    ),
    "error.reader_failed": (
        "workbook is corrupt: the reader failed (technical detail: {cause})",
        "buku kerja rusak: pembacanya gagal (rincian teknis: {cause})",
    ),
    "error.no_worksheets": ("workbook has no worksheets", "buku kerja tidak memiliki lembar kerja"),
    "error.csv_unparsable": (
        "CSV file cannot be parsed (technical detail: {cause})",
        "berkas CSV tidak dapat diurai (rincian teknis: {cause})",
    ),
    # own_outputs.py: a workbook syncheck wrote, given as a plan
    "error.own_overlap_workbook": (
        "this is an overlap workbook written by syncheck compare, not a plan: give the plan files it was made from, "
        "or give it to compare with --decisions to apply the reviewer's decisions it holds",
        "ini buku kerja tumpang tindih yang ditulis syncheck compare, bukan rencana: berikan berkas-berkas rencana "
        "asalnya, atau berikan buku kerja ini kepada compare dengan --decisions untuk menerapkan keputusan peninjau di dalamnya",
    ),
    "error.row_references": (
        "a list of rows of other files (its columns name a file, a sheet and a row), not a plan: give the plan files",
        "daftar baris dari berkas lain (kolomnya menyebut berkas, lembar dan baris), bukan rencana: berikan berkas-berkas rencana",
    ),
    "error.own_workbook": (
        "this is a workbook written by {command}, not a plan: give the plan files it was made from",
        "ini buku kerja yang ditulis {command}, bukan rencana: berikan berkas-berkas rencana asalnya",
    ),
    "error.all_empty": ("no data: every sheet is empty", "tidak ada data: semua lembar kosong"),
    "error.all_hidden": (
        "no data in any visible sheet (hidden: {hidden}; unhide the plan's sheet)",
        "tidak ada data di lembar yang terlihat (tersembunyi: {hidden}; tampilkan lembar rencananya)",
    ),
    "error.several_governments": (
        "its sheets are titled or named as the plans of several kab/kota: {sheets}; save each plan as a file of its own, "
        "or give the file's government (--name FILE=NAME, or --government) if the titles are wrong",
        "judul atau nama lembar-lembarnya menyebut rencana beberapa kab/kota: {sheets}; simpan tiap rencana sebagai berkas "
        "tersendiri, atau sebutkan pemerintah daerah berkas ini (--name BERKAS=NAMA, atau --government) bila judulnya keliru",
    ),
    "error.no_header": (
        "no RKPD table header found in the first {rows} rows of any sheet (expected columns such as Kode, Program/Kegiatan/Sub Kegiatan, Pagu)",
        "kepala tabel RKPD tidak ditemukan di {rows} baris pertama lembar mana pun (diharapkan kolom seperti Kode, Program/Kegiatan/Sub Kegiatan, Pagu)",
    ),
    "error.no_items": (
        "an RKPD table header was found, but no row is a program, kegiatan or sub kegiatan ({rows} rows skipped, "
        "most as {skip_reason}: {count}); a plan with no item cannot be compared",
        "kepala tabel RKPD ditemukan, tetapi tidak ada baris program, kegiatan, atau sub kegiatan ({rows} baris dilewati, "
        "terbanyak sebagai {skip_reason}: {count}); rencana tanpa item tidak dapat dibandingkan",
    ),
    # decisions.py / evaluate.py
    "error.no_decision_table": (
        "no decision table found; expected an overlap workbook or a CSV with columns {columns}",
        "tabel keputusan tidak ditemukan; diharapkan buku kerja tumpang tindih atau CSV dengan kolom {columns}",
    ),
    "error.truth_unreadable": ("cannot read the truth file: {problem}", "berkas truth tidak dapat dibaca: {problem}"),
    "error.truth_directory": ("path is a directory, not a truth file (JSON)", "jalur ini folder, bukan berkas truth (JSON)"),
    "error.truth_not_utf8": ("not a truth file: not UTF-8 text", "bukan berkas truth: bukan teks UTF-8"),
    "error.truth_not_json": (
        "not a truth file: not valid JSON at line {line}, column {column} (parser: \"{parser}\")",
        "bukan berkas truth: JSON tidak sah pada baris {line}, kolom {column} (pesan pengurai: \"{parser}\")",
    ),
    "error.not_truth": ("not a truth file: {problem}", "bukan berkas truth: {problem}"),
    "error.truth_not_object": (
        "expected a JSON object with 'files' and 'links', found {json_type}",
        "diharapkan objek JSON dengan 'files' dan 'links', ditemukan {json_type}",
    ),
    "error.truth_files": ("'files' (the plan file names) is not a list of names", "'files' (nama berkas rencana) bukan daftar nama"),
    "error.truth_not_list": ("'{key}' is not a list", "'{key}' bukan daftar"),
    "error.truth_entry": ("entry {number} of '{key}' is not {fields}", "entri {number} pada '{key}' bukan {fields}"),
    "error.truth_entry_rows": (
        "entry {number} of '{key}' is not {fields} with left and right as [file, sheet, row]",
        "entri {number} pada '{key}' bukan {fields} dengan left dan right berupa [file, sheet, row]",
    ),
    # nomenclature_load.py
    "error.nomenclature_not_found": ("nomenclature file not found", "berkas nomenklatur tidak ditemukan"),
    "error.not_nomenclature": ("file is not a nomenclature list: {why}", "berkas ini bukan daftar nomenklatur: {why}"),
    "error.nomenclature_no_rows": ("it holds no rows", "berkas tidak berisi baris"),
    "error.nomenclature_plan_like": (
        "it looks like a plan (it has a {column} column), not a nomenclature list",
        "berkas tampak seperti rencana (ada kolom {column}), bukan daftar nomenklatur",
    ),
    "error.nomenclature_no_header": (
        "no header row with a code column and a name column",
        "tidak ada baris kepala tabel dengan kolom kode dan kolom nama",
    ),
    "error.nomenclature_no_entries": (
        "no row under the header carries a code and a name",
        "tidak ada baris di bawah kepala tabel yang memuat kode dan nama",
    ),
    "error.nomenclature_few_rows": (
        "file is not a nomenclature list: only {count} rows carry a code and a name (at least {minimum} expected)",
        "berkas ini bukan daftar nomenklatur: hanya {count} baris yang memuat kode dan nama (diharapkan sedikitnya {minimum})",
    ),
    "error.nomenclature_unreadable": ("nomenclature file cannot be read: {detail}", "berkas nomenklatur tidak dapat dibaca: {detail}"),
    # tomlfile.py / themes.py / audit_spec.py: the audit file and the themes file
    "error.toml_directory": ("is a directory, not a TOML file", "berupa folder, bukan berkas TOML"),
    "error.toml_not_utf8": ("not UTF-8 text, so not a TOML file", "bukan teks UTF-8, jadi bukan berkas TOML"),
    "error.toml_invalid": ("not valid TOML: {cause}", "bukan TOML yang sah: {cause}"),
    "error.toml_invalid_at": (
        "not valid TOML at line {line}, column {column} (parser: \"{parser}\")",
        "bukan TOML yang sah pada baris {line}, kolom {column} (pesan pengurai: \"{parser}\")",
    ),
    "error.toml_invalid_end": (
        "not valid TOML at the end of the file (parser: \"{parser}\")",
        "bukan TOML yang sah di akhir berkas (pesan pengurai: \"{parser}\")",
    ),
    "error.theme_id": ("theme id {theme} must be letters, digits, '_' or '-'", "id tema {theme} hanya boleh berisi huruf, angka, '_' atau '-'"),
    "error.theme_table": ("theme {theme} must be a table with keywords and/or codes", "tema {theme} harus berupa tabel berisi keywords dan/atau codes"),
    "error.no_themes": ("no themes defined", "tidak ada tema yang didefinisikan"),
    "error.theme_list": ("theme {theme}: {key} must be a list of non-empty strings", "tema {theme}: {key} harus berupa daftar teks yang tidak kosong"),
    "error.theme_empty": ("theme {theme} has neither keywords nor codes", "tema {theme} tidak memiliki keywords maupun codes"),
    "error.theme_code": ("theme {theme}: {code} is not a nomenclature code", "tema {theme}: {code} bukan kode nomenklatur"),
    "error.audit_usage": (
        "give an audit file (AUDIT.toml) or --year N FILE... for each year",
        "berikan berkas audit (AUDIT.toml) atau --year N BERKAS... untuk setiap tahun",
    ),
    "error.year_no_file": ("--year {year} names no file", "--year {year} tidak menyebut berkas apa pun"),
    "error.year_twice": (
        "each year may be given only once; list all its files after one --year",
        "setiap tahun hanya boleh disebut sekali; cantumkan semua berkasnya sesudah satu --year",
    ),
    "error.unknown_key": ("unknown key {key}; expected one of {keys}", "kunci {key} tidak dikenal; gunakan salah satu dari {keys}"),
    "error.title": ("title must be a string", "title harus berupa teks"),
    "error.governments_array": (
        "governments must be an array of tables ([[governments]])",
        "governments harus berupa larik tabel ([[governments]])",
    ),
    "error.government_key": (
        "[[governments]]: unknown key {key}; expected name, level, province",
        "[[governments]]: kunci {key} tidak dikenal; gunakan name, level, province",
    ),
    "error.government_name": ("[[governments]]: every government needs a name", "[[governments]]: setiap pemerintah daerah memerlukan name"),
    "error.government_level": (
        "{government}: level must be provinsi, kabupaten or kota, not {level}",
        "{government}: level harus provinsi, kabupaten atau kota, bukan {level}",
    ),
    "error.government_province": (
        "{government}: province must be a government name",
        "{government}: province harus berupa nama pemerintah daerah",
    ),
    "error.no_years": (
        "no [years.N] table: name the plan files of at least one year",
        "tidak ada tabel [years.N]: sebutkan berkas rencana untuk sedikitnya satu tahun",
    ),
    "error.years_table": (
        "[years.{year}] must map governments to files (or files = [...])",
        "[years.{year}] harus memetakan pemerintah daerah ke berkas (atau files = [...])",
    ),
    "error.not_a_year": ("[years.{year}]: {value} is not a plan year", "[years.{year}]: {value} bukan tahun rencana"),
    "error.file_names": ("{key} must be a file name or a list of file names", "{key} harus berupa nama berkas atau daftar nama berkas"),
    "error.thresholds_table": ("[thresholds] must be a table", "[thresholds] harus berupa tabel"),
    "error.thresholds_key": ("[thresholds]: unknown key {key}; expected {keys}", "[thresholds]: kunci {key} tidak dikenal; gunakan {keys}"),
    "error.thresholds_value": ("[thresholds]: {key} must be a number from 0 to 100", "[thresholds]: {key} harus berupa angka dari 0 sampai 100"),
    "error.lang": ("lang must be 'id' or 'en', not {lang}", "lang harus 'id' atau 'en', bukan {lang}"),
    "error.thresholds_order": (
        "[thresholds]: review_threshold must not exceed threshold",
        "[thresholds]: review_threshold tidak boleh melebihi threshold",
    ),
    "error.file_name": ("{key} must be a file name", "{key} harus berupa nama berkas"),
    "error.file_twice": (
        "{file} is given twice, for {first} and for {second}: a file is the plan of one government and one year",
        "{file} diberikan dua kali, untuk {first} dan untuk {second}: satu berkas adalah rencana satu pemda untuk satu tahun",
    ),
    "error.named_file_missing": ("{key} names {value}, which does not exist", "{key} menyebut {value}, yang tidak ada"),
    "error.themes_tables": (
        "themes must be tables ([themes.ID]); use themes_file for a file",
        "themes harus berupa tabel ([themes.ID]); gunakan themes_file untuk sebuah berkas",
    ),
}
