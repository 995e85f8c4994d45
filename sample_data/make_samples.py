#!/usr/bin/env python3
"""Generate the sample RKPD workbooks of syncheck, their ground truth and README.

Run from the repository root::

    python sample_data/make_samples.py
        builds every workbook from sample_data/nomenclature_subset.csv

    python sample_data/make_samples.py --refresh-subset PATH/nomenclature.csv
        first re-selects the nomenclature rows the samples use from the official
        list (columns kind,code,name,level,parent_code,status,...), writes them to
        sample_data/nomenclature_subset.csv, checks that building from the subset
        gives exactly what building from the full list gives, then builds.

The output is deterministic: every random choice comes from a fixed seed or from
a hash of the file key and the nomenclature code, and the .xlsx files carry fixed
document and zip timestamps.  Only openpyxl and the standard library are used.

Every workbook row the script writes is a node of a ground-truth tree that knows
which official nomenclature item it is, whatever the row shows (abbreviated,
codeless, typo'd).  expected.json is computed from that tree, not read back from
the workbooks.
"""

from __future__ import annotations

import argparse
import copy
import csv
import hashlib
import io
import json
import random
import re
import sys
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
SUBSET_NAME = "nomenclature_subset.csv"
YEAR = 2024
SEED = 20240101
MONEY_STEP = 10_000_000
FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)
CSV_FIELDS = ["kind", "code", "name", "level", "parent_code", "status", "changed_by_kep_050_3708", "footnote_marker"]
LEVEL_DIGIT = {"provinsi": "1", "kabkota": "2"}
SUPPORT = "X.XX.01"

# --------------------------------------------------------------------------------------
# Regions
# --------------------------------------------------------------------------------------

JATENG_KABKOTA = [
    "Kabupaten Banjarnegara", "Kabupaten Banyumas", "Kabupaten Batang", "Kabupaten Blora",
    "Kabupaten Boyolali", "Kabupaten Brebes", "Kabupaten Cilacap", "Kabupaten Demak",
    "Kabupaten Grobogan", "Kabupaten Jepara", "Kabupaten Karanganyar", "Kabupaten Kebumen",
    "Kabupaten Kendal", "Kabupaten Klaten", "Kabupaten Kudus", "Kabupaten Magelang", "Kabupaten Pati",
    "Kabupaten Pekalongan", "Kabupaten Pemalang", "Kabupaten Purbalingga", "Kabupaten Purworejo",
    "Kabupaten Rembang", "Kabupaten Semarang", "Kabupaten Sragen", "Kabupaten Sukoharjo",
    "Kabupaten Tegal", "Kabupaten Temanggung", "Kabupaten Wonogiri", "Kabupaten Wonosobo",
    "Kota Magelang", "Kota Pekalongan", "Kota Salatiga", "Kota Semarang", "Kota Surakarta", "Kota Tegal",
]
KALSEL_KABKOTA = [
    "Kabupaten Balangan", "Kabupaten Banjar", "Kabupaten Barito Kuala", "Kabupaten Hulu Sungai Selatan",
    "Kabupaten Hulu Sungai Tengah", "Kabupaten Hulu Sungai Utara", "Kabupaten Kotabaru",
    "Kabupaten Tabalong", "Kabupaten Tanah Bumbu", "Kabupaten Tanah Laut", "Kabupaten Tapin",
    "Kota Banjarbaru", "Kota Banjarmasin",
]
SEMARANG_KEC = [
    "Banyumanik", "Candisari", "Gajahmungkur", "Gayamsari", "Genuk", "Gunungpati", "Mijen", "Ngaliyan",
    "Pedurungan", "Semarang Barat", "Semarang Selatan", "Semarang Tengah", "Semarang Timur",
    "Semarang Utara", "Tembalang", "Tugu",
]
DEMAK_KEC = [
    "Bonang", "Demak", "Dempet", "Gajah", "Guntur", "Karanganyar", "Karangawen", "Karangtengah",
    "Kebonagung", "Mijen", "Mranggen", "Sayung", "Wedung", "Wonosalam",
]
MAGELANG_KEC = ["Magelang Selatan", "Magelang Tengah", "Magelang Utara"]
BANJARBARU_KEC = ["Banjarbaru Selatan", "Banjarbaru Utara", "Cempaka", "Landasan Ulin", "Liang Anggang"]

# --------------------------------------------------------------------------------------
# The plans: agencies (name, OPD code, program codes as the plan shows them).
# A program "<agency bidang>.01" is that agency's support program (X.XX.01).
# --------------------------------------------------------------------------------------

Agencies = list[tuple[str, str, list[str]]]

JATENG: Agencies = [
    ("DINAS PENDIDIKAN DAN KEBUDAYAAN", "1.01.2.22.0.00.01.0000",
     ["1.01.01", "1.01.02", "1.01.03", "1.01.04", "1.01.05", "2.22.02"]),
    ("DINAS KESEHATAN", "1.02.0.00.0.00.01.0000", ["1.02.01", "1.02.02", "1.02.03", "1.02.04", "1.02.05"]),
    ("DINAS PEKERJAAN UMUM BINA MARGA DAN CIPTA KARYA", "1.03.0.00.0.00.01.0000",
     ["1.03.01", "1.03.08", "1.03.09", "1.03.10", "1.03.12"]),
    ("DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN", "1.04.0.00.0.00.01.0000",
     ["1.04.01", "1.04.02", "1.04.03", "1.04.05"]),
    ("SATUAN POLISI PAMONG PRAJA", "1.05.0.00.0.00.01.0000", ["1.05.01", "1.05.02"]),
    ("DINAS SOSIAL", "1.06.0.00.0.00.01.0000", ["1.06.01", "1.06.02", "1.06.04", "1.06.05", "1.06.06"]),
    ("DINAS TENAGA KERJA DAN TRANSMIGRASI", "2.07.3.32.0.00.01.0000",
     ["2.07.01", "2.07.02", "2.07.03", "2.07.04", "2.07.05"]),
    ("DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA",
     "2.08.2.14.0.00.01.0000",
     ["2.08.01", "2.08.02", "2.08.03", "2.08.04", "2.08.05", "2.08.06", "2.08.07"]),
    ("DINAS KETAHANAN PANGAN", "2.09.0.00.0.00.01.0000", ["2.09.01", "2.09.02", "2.09.03", "2.09.04", "2.09.05"]),
    ("DINAS LINGKUNGAN HIDUP DAN KEHUTANAN", "2.11.3.28.0.00.01.0000",
     ["2.11.01", "2.11.02", "2.11.03", "2.11.05", "2.11.10"]),
    ("DINAS PERHUBUNGAN", "2.15.0.00.0.00.01.0000", ["2.15.01", "2.15.02", "2.15.03"]),
    ("DINAS KOMUNIKASI DAN INFORMATIKA", "2.16.2.20.2.21.01.0000", ["2.16.01", "2.20.02", "2.21.02"]),
    ("DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA", "2.19.3.26.0.00.01.0000",
     ["2.19.01", "2.19.02", "3.26.02", "3.26.03"]),
    ("DINAS KEARSIPAN DAN PERPUSTAKAAN", "2.23.2.24.0.00.01.0000", ["2.23.01", "2.23.02", "2.24.02", "2.24.04"]),
    ("DINAS KELAUTAN DAN PERIKANAN", "3.25.0.00.0.00.01.0000",
     ["3.25.01", "3.25.03", "3.25.04", "3.25.05", "3.25.06"]),
    ("SEKRETARIAT DAERAH", "4.01.0.00.0.00.01.0000", ["4.01.01", "4.01.02", "4.01.05", "4.01.06", "4.01.07"]),
    ("BADAN PERENCANAAN PEMBANGUNAN DAERAH", "5.01.5.05.0.00.01.0000", ["5.01.01", "5.01.02", "5.01.03"]),
    ("BADAN PENGELOLA KEUANGAN DAN ASET DAERAH", "5.02.0.00.0.00.01.0000", ["5.02.01", "5.02.02", "5.02.03"]),
    ("BADAN PENGHUBUNG", "5.06.0.00.0.00.01.0000", ["5.06.01", "5.06.02"]),
    ("INSPEKTORAT", "6.01.0.00.0.00.01.0000", ["6.01.01", "6.01.02"]),
]

SEMARANG: Agencies = [
    ("DINAS PENDIDIKAN", "1.01.0.00.0.00.01.0000", ["1.01.01", "1.01.02", "1.01.03", "1.01.04", "1.01.05"]),
    ("DINAS KESEHATAN", "1.02.0.00.0.00.01.0000", ["1.02.01", "1.02.02", "1.02.03", "1.02.04", "1.02.05"]),
    ("DINAS PEKERJAAN UMUM", "1.03.0.00.0.00.01.0000",
     ["1.03.01", "1.03.02", "1.03.06", "1.03.08", "1.03.09", "1.03.10", "1.03.12"]),
    ("DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN", "1.04.0.00.0.00.01.0000",
     ["1.04.01", "1.04.02", "1.04.03", "1.04.04", "1.04.05"]),
    ("SATUAN POLISI PAMONG PRAJA", "1.05.0.00.0.00.01.0000", ["1.05.01", "1.05.02"]),
    ("DINAS SOSIAL", "1.06.0.00.0.00.01.0000", ["1.06.01", "1.06.02", "1.06.04", "1.06.05", "1.06.06"]),
    ("DINAS TENAGA KERJA", "2.07.0.00.0.00.01.0000",
     ["2.07.01", "2.07.02", "2.07.03", "2.07.04", "2.07.05"]),
    ("DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", "2.08.0.00.0.00.01.0000",
     ["2.08.01", "2.08.02", "2.08.03", "2.08.04", "2.08.05", "2.08.06", "2.08.07"]),
    ("DINAS KETAHANAN PANGAN", "2.09.0.00.0.00.01.0000", ["2.09.01", "2.09.02", "2.09.03", "2.09.04", "2.09.05"]),
    ("DINAS LINGKUNGAN HIDUP", "2.11.0.00.0.00.01.0000",
     ["2.11.01", "2.11.02", "2.11.03", "2.11.05", "2.11.10", "2.11.11"]),
    ("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "2.12.0.00.0.00.01.0000", ["2.12.01", "2.12.02", "2.12.03"]),
    ("DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA", "2.14.0.00.0.00.01.0000",
     ["2.14.01", "2.14.02", "2.14.03"]),
    ("DINAS PERHUBUNGAN", "2.15.0.00.0.00.01.0000", ["2.15.01", "2.15.02", "2.15.03"]),
    ("DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN", "2.16.2.20.2.21.01.0000",
     ["2.16.01", "2.16.02", "2.20.02", "2.21.02"]),
    ("DINAS KOPERASI DAN USAHA MIKRO", "2.17.0.00.0.00.01.0000", ["2.17.01", "2.17.07"]),
    ("DINAS KEPEMUDAAN DAN OLAHRAGA", "2.19.0.00.0.00.01.0000", ["2.19.01", "2.19.02", "2.19.03"]),
    ("DINAS ARSIP DAN PERPUSTAKAAN", "2.23.2.24.0.00.01.0000", ["2.23.01", "2.23.02", "2.24.02", "2.24.04"]),
    ("DINAS PERIKANAN", "3.25.0.00.0.00.01.0000", ["3.25.01", "3.25.03", "3.25.04", "3.25.05", "3.25.06"]),
    ("DINAS KEBUDAYAAN DAN PARIWISATA", "3.26.2.22.0.00.01.0000",
     ["3.26.01", "3.26.02", "3.26.03", "3.26.04", "2.22.02"]),
    ("SEKRETARIAT DAERAH", "4.01.0.00.0.00.01.0000", ["4.01.01", "4.01.02", "4.01.03"]),
    ("BADAN PERENCANAAN PEMBANGUNAN DAERAH", "5.01.0.00.0.00.01.0000", ["5.01.01", "5.01.02", "5.01.03"]),
    ("BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", "5.02.0.00.0.00.01.0000", ["5.02.01", "5.02.02", "5.02.03"]),
    ("INSPEKTORAT", "6.01.0.00.0.00.01.0000", ["6.01.01", "6.01.02"]),
    ("KECAMATAN TEMBALANG", "7.01.0.00.0.00.16.0000", ["7.01.01", "7.01.02"]),
]

DEMAK: Agencies = [
    ("DINAS PENDIDIKAN DAN KEBUDAYAAN", "1.01.2.22.0.00.01.0000", ["1.01.01", "1.01.02", "1.01.03", "2.22.02"]),
    ("DINAS KESEHATAN", "1.02.0.00.0.00.01.0000", ["1.02.01", "1.02.02", "1.02.03", "1.02.04"]),
    ("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "1.03.0.00.0.00.01.0000",
     ["1.03.01", "1.03.02", "1.03.10", "1.03.12"]),
    ("DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN", "1.04.0.00.0.00.01.0000", ["1.04.01", "1.04.02", "1.04.04"]),
    ("SATUAN POLISI PAMONG PRAJA", "1.05.0.00.0.00.01.0000", ["1.05.01", "1.05.02"]),
    ("DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", "1.06.2.08.0.00.01.0000",
     ["1.06.01", "1.06.02", "1.06.04", "2.08.02", "2.08.07"]),
    ("DINAS KETAHANAN PANGAN", "2.09.0.00.0.00.01.0000", ["2.09.01", "2.09.03", "2.09.04"]),
    ("DINAS LINGKUNGAN HIDUP", "2.11.0.00.0.00.01.0000", ["2.11.01", "2.11.03", "2.11.11"]),
    ("DINAS PEMBERDAYAAN MASYARAKAT DAN DESA", "2.13.0.00.0.00.01.0000", ["2.13.01", "2.13.02", "2.13.04"]),
    ("DINAS PERHUBUNGAN", "2.15.0.00.0.00.01.0000", ["2.15.01", "2.15.02"]),
    ("DINAS KOMUNIKASI DAN INFORMATIKA", "2.16.2.20.2.21.01.0000", ["2.16.01", "2.20.02"]),
    ("DINAS PERINDUSTRIAN DAN TENAGA KERJA", "3.31.2.07.0.00.01.0000", ["3.31.01", "3.31.02", "2.07.03", "2.07.04"]),
    ("SEKRETARIAT DAERAH", "4.01.0.00.0.00.01.0000", ["4.01.01", "4.01.02", "4.01.03"]),
    ("BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH", "5.01.5.05.0.00.01.0000",
     ["5.01.01", "5.01.02", "5.01.03"]),
    ("BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", "5.02.0.00.0.00.01.0000", ["5.02.01", "5.02.02", "5.02.03"]),
    ("INSPEKTORAT", "6.01.0.00.0.00.01.0000", ["6.01.01", "6.01.02"]),
]

MAGELANG: Agencies = [
    ("DINAS PENDIDIKAN DAN KEBUDAYAAN", "1.01.2.22.0.00.01.0000",
     ["1.01.01", "1.01.02", "1.01.03", "2.22.02", "2.22.04"]),
    ("DINAS KESEHATAN", "1.02.0.00.0.00.01.0000", ["1.02.01", "1.02.02", "1.02.03", "1.02.04", "1.02.05"]),
    ("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "1.03.0.00.0.00.01.0000",
     ["1.03.01", "1.03.02", "1.03.10", "1.03.12"]),
    ("DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN", "1.04.0.00.0.00.01.0000", ["1.04.01", "1.04.04", "1.04.05"]),
    ("SATUAN POLISI PAMONG PRAJA", "1.05.0.00.0.00.01.0000", ["1.05.01", "1.05.02"]),
    ("DINAS SOSIAL", "1.06.0.00.0.00.01.0000", ["1.06.01", "1.06.04", "1.06.05"]),
    ("DINAS PENGENDALIAN PENDUDUK, KELUARGA BERENCANA, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
     "2.14.2.08.0.00.01.0000", ["2.14.01", "2.14.02", "2.08.02", "2.08.03", "2.08.06"]),
    ("DINAS LINGKUNGAN HIDUP", "2.11.0.00.0.00.01.0000", ["2.11.01", "2.11.02", "2.11.11"]),
    ("DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK", "2.16.2.20.2.21.01.0000",
     ["2.16.01", "2.16.03", "2.20.02", "2.21.02"]),
    ("SEKRETARIAT DAERAH", "4.01.0.00.0.00.01.0000", ["4.01.01", "4.01.02"]),
    ("BADAN PERENCANAAN PEMBANGUNAN DAERAH", "5.01.0.00.0.00.01.0000", ["5.01.01", "5.01.02", "5.01.03"]),
    ("BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", "5.02.0.00.0.00.01.0000", ["5.02.01", "5.02.02"]),
]

KALSEL: Agencies = [
    ("DINAS PENDIDIKAN DAN KEBUDAYAAN", "1.01.2.22.0.00.01.0000",
     ["1.01.01", "1.01.02", "1.01.03", "1.01.04", "2.22.02"]),
    ("DINAS KESEHATAN", "1.02.0.00.0.00.01.0000", ["1.02.01", "1.02.02", "1.02.03", "1.02.04"]),
    ("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "1.03.0.00.0.00.01.0000",
     ["1.03.01", "1.03.02", "1.03.10", "1.03.12"]),
    ("DINAS SOSIAL", "1.06.0.00.0.00.01.0000", ["1.06.01", "1.06.02", "1.06.04"]),
    ("DINAS KETAHANAN PANGAN", "2.09.0.00.0.00.01.0000", ["2.09.01", "2.09.03"]),
    ("DINAS LINGKUNGAN HIDUP", "2.11.0.00.0.00.01.0000", ["2.11.01", "2.11.02", "2.11.03"]),
    ("DINAS PERHUBUNGAN", "2.15.0.00.0.00.01.0000", ["2.15.01", "2.15.02"]),
    ("DINAS KOMUNIKASI DAN INFORMATIKA", "2.16.2.20.0.00.01.0000", ["2.16.01", "2.20.02"]),
    ("SEKRETARIAT DAERAH", "4.01.0.00.0.00.01.0000", ["4.01.01", "4.01.05"]),
    ("BADAN PERENCANAAN PEMBANGUNAN DAERAH", "5.01.0.00.0.00.01.0000", ["5.01.01", "5.01.02", "5.01.03"]),
    ("BADAN KEUANGAN DAN ASET DAERAH", "5.02.0.00.0.00.01.0000", ["5.02.01", "5.02.02", "5.02.03", "5.02.04"]),
    ("INSPEKTORAT", "6.01.0.00.0.00.01.0000", ["6.01.01", "6.01.02", "6.01.03"]),
]

BANJARBARU: Agencies = [
    ("DINAS PENDIDIKAN DAN KEBUDAYAAN", "1.01.2.22.0.00.01.0000",
     ["1.01.01", "1.01.02", "1.01.03", "1.01.04", "2.22.02"]),
    ("DINAS KESEHATAN", "1.02.0.00.0.00.01.0000", ["1.02.01", "1.02.02", "1.02.03", "1.02.04"]),
    ("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "1.03.0.00.0.00.01.0000",
     ["1.03.01", "1.03.02", "1.03.10", "1.03.12"]),
    ("DINAS SOSIAL", "1.06.0.00.0.00.01.0000", ["1.06.01", "1.06.02", "1.06.04"]),
    ("DINAS KETAHANAN PANGAN, PERTANIAN DAN PERIKANAN", "2.09.3.27.3.25.01.0000",
     ["2.09.01", "2.09.03", "3.27.02"]),
    ("DINAS LINGKUNGAN HIDUP", "2.11.0.00.0.00.01.0000", ["2.11.01", "2.11.02", "2.11.03", "2.11.11"]),
    ("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "2.12.0.00.0.00.01.0000", ["2.12.01", "2.12.02"]),
    ("DINAS PERHUBUNGAN", "2.15.0.00.0.00.01.0000", ["2.15.01", "2.15.02"]),
    ("DINAS KOMUNIKASI DAN INFORMATIKA", "2.16.2.20.2.21.01.0000", ["2.16.01", "2.20.02"]),
    ("SEKRETARIAT DAERAH", "4.01.0.00.0.00.01.0000", ["4.01.01", "4.01.02"]),
    ("BADAN PERENCANAAN PEMBANGUNAN DAERAH, PENELITIAN DAN PENGEMBANGAN", "5.01.5.05.0.00.01.0000",
     ["5.01.01", "5.01.02", "5.01.03"]),
    ("BADAN PENGELOLAAN KEUANGAN, PENDAPATAN DAN ASET DAERAH", "5.02.0.00.0.00.01.0000",
     ["5.02.01", "5.02.02", "5.02.03", "5.02.04"]),
    ("INSPEKTORAT", "6.01.0.00.0.00.01.0000", ["6.01.01", "6.01.02", "6.01.03"]),
    ("KECAMATAN LANDASAN ULIN", "7.01.0.00.0.00.04.0000", ["7.01.01", "7.01.02"]),
]

#: a kab/kota program that is the same program as a province program under another code
#: (the nomenclature's "same program, different codes" case); checked by name below
PROGRAM_ALIASES = {"4.01.03": "4.01.06"}  # PROGRAM PEREKONOMIAN DAN PEMBANGUNAN

# Forced items: (program as shown, nomenclature kegiatan or sub kegiatan code, location, places).
# A 5-segment code forces a kegiatan only (its sub kegiatan are then chosen as usual).
Forced = list[tuple[str, str, str, tuple[str, ...]]]

FORCED: dict[str, Forced] = {
    "jateng": [
        # substantive overlaps with Kota Semarang
        ("1.03.10", "1.03.10.1.01.09", "Kota Semarang", ("Kota Semarang",)),
        ("1.04.02", "1.04.02.1.03.01", "Kota Semarang, Kabupaten Kendal", ("Kota Semarang", "Kabupaten Kendal")),
        ("1.06.06", "1.06.06.1.01.03", "Kec. Genuk, Kota Semarang", ("Kota Semarang",)),
        ("2.09.03", "2.09.03.1.01.02", "Kota Semarang, Kabupaten Demak", ("Kota Semarang", "Kabupaten Demak")),
        ("2.15.02", "2.15.02.1.02.02", "Kota Semarang", ("Kota Semarang",)),
        # decoys for Kota Semarang (not substantive overlaps)
        ("1.03.10", "1.03.10.1.01.11", "Kabupaten Demak, Kabupaten Grobogan", ("Kabupaten Demak", "Kabupaten Grobogan")),
        ("1.06.06", "1.06.06.1.01.04", "Kabupaten Semarang", ("Kabupaten Semarang",)),
        ("1.01.02", "1.01.02.1.01.02", "Kota Semarang", ("Kota Semarang",)),
        ("2.15.02", "2.15.02.1.03.02", "Kota Semarang", ("Kota Semarang",)),
        # overlap and decoy for Kota Magelang
        ("1.02.02", "1.02.02.1.03.02", "Kota Magelang", ("Kota Magelang",)),
        ("1.02.02", "1.02.02.1.03.01", "Kabupaten Magelang", ("Kabupaten Magelang",)),
    ],
    "semarang": [
        ("1.03.10", "1.03.10.2.01.09", "Kec. Tembalang", ("Kota Semarang",)),
        ("1.04.02", "1.04.02.2.03.01", "Kec. Semarang Utara", ("Kota Semarang",)),
        ("1.06.06", "1.06.06.2.01.03", "Genuk", ("Kota Semarang",)),
        ("2.09.03", "2.09.03.2.01.02", "Banyumanik", ("Kota Semarang",)),
        ("2.15.02", "2.15.02.2.02.02", "Kec. Pedurungan, Kec. Tembalang", ("Kota Semarang",)),
        ("1.03.10", "1.03.10.2.01.11", "Kota Semarang", ("Kota Semarang",)),
        ("1.06.06", "1.06.06.2.01.04", "Kec. Gunungpati", ("Kota Semarang",)),
        ("1.01.02", "1.01.02.2.01.02", "Kec. Mijen", ("Kota Semarang",)),
        ("2.15.02", "2.15.02.2.03.02", "Kec. Banyumanik", ("Kota Semarang",)),
        ("1.02.01", "X.XX.01.2.10", "", ()),  # BLUD kegiatan: split kegiatan part 2.10 typed as 2.1
    ],
    "demak": [
        ("1.03.10", "1.03.10.2.01.11", "Kec. Mranggen", ("Kabupaten Demak",)),
        ("2.09.03", "2.09.03.2.01.02", "Kec. Sayung", ("Kabupaten Demak",)),
    ],
    "magelang": [
        ("1.02.02", "1.02.02.2.03.02", "Kec. Magelang Tengah", ("Kota Magelang",)),
        ("1.02.02", "1.02.02.2.03.01", "Magelang Utara", ("Kota Magelang",)),
    ],
    "kalsel": [
        ("2.15.02", "2.15.02.1.02.04", "Kota Banjarbaru", ("Kota Banjarbaru",)),
        ("1.03.10", "1.03.10.1.01.10", "Kota Banjarbaru, Kabupaten Banjar", ("Kota Banjarbaru", "Kabupaten Banjar")),
        ("1.03.10", "1.03.10.1.01.11", "Kabupaten Kotabaru", ("Kabupaten Kotabaru",)),
    ],
    "banjarbaru": [
        ("2.15.02", "2.15.02.2.02.04", "Kec. Landasan Ulin", ("Kota Banjarbaru",)),
        ("1.03.10", "1.03.10.2.01.10", "Cempaka", ("Kota Banjarbaru",)),
        ("1.03.10", "1.03.10.2.01.11", "Kec. Banjarbaru Utara", ("Kota Banjarbaru",)),
    ],
}

# Why each decoy is not a substantive overlap (reported in expected.json and the README).
DECOYS = {
    ("jateng", "semarang", "1.03.10.1.01.11"): "identical sub kegiatan, but the province funds it in Kabupaten "
    "Demak/Grobogan, not in Kota Semarang (it is a substantive overlap for Kabupaten Demak)",
    ("jateng", "semarang", "1.06.06.1.01.04"): "identical sub kegiatan, but located in Kabupaten Semarang, "
    "not Kota Semarang",
    ("jateng", "semarang", "1.01.02.1.01.02"): "same sub kegiatan name 'Penambahan Ruang Kelas Baru' in the same "
    "slot, but the parent kegiatan differs (Sekolah Menengah Atas vs Sekolah Dasar): not identical",
    ("jateng", "semarang", "2.15.02.1.03.02"): "same sub kegiatan name 'Pembangunan Gedung Terminal' in the same "
    "slot, but the parent kegiatan differs (Terminal Penumpang Tipe B vs Tipe C): not identical",
    ("jateng", "magelang", "1.02.02.1.03.01"): "identical sub kegiatan, but located in Kabupaten Magelang, "
    "not Kota Magelang",
    ("kalsel", "banjarbaru", "1.03.10.1.01.11"): "identical sub kegiatan, but located in Kabupaten Kotabaru, "
    "not Kota Banjarbaru",
}


@dataclass(frozen=True)
class PlanSpec:
    """One sample workbook."""

    key: str
    file: str
    government: str
    level: str  # provinsi / kabkota
    layout: str  # renja / rkpd_numbers / rkpd_text / handmade / renja_sheets
    agencies: Agencies
    place: str  # the canonical place name of the government
    sheet: str = ""
    kecamatan: tuple[str, ...] = ()
    region: tuple[str, ...] = ()
    protected: tuple[str, ...] = ()  # places never drawn at random (overlaps only where forced)
    year: int = YEAR  # the plan year the workbook shows (the audit samples add other years)


SPECS: list[PlanSpec] = [
    PlanSpec("jateng", "provinsi_jawa_tengah_2024.xlsx", "Provinsi Jawa Tengah", "provinsi", "renja", JATENG,
             "Provinsi Jawa Tengah", sheet="Renja 2024", region=tuple(JATENG_KABKOTA),
             protected=("Kota Semarang", "Kabupaten Demak", "Kota Magelang")),
    PlanSpec("semarang", "kota_semarang_2024.xlsx", "Kota Semarang", "kabkota", "rkpd_numbers", SEMARANG,
             "Kota Semarang", sheet="RKPD 2024", kecamatan=tuple(SEMARANG_KEC)),
    PlanSpec("demak", "kabupaten_demak_2024.xlsx", "Kabupaten Demak", "kabkota", "handmade", DEMAK,
             "Kabupaten Demak", sheet="Sheet1", kecamatan=tuple(DEMAK_KEC)),
    PlanSpec("magelang", "kota_magelang_2024.xlsx", "Kota Magelang", "kabkota", "renja_sheets", MAGELANG,
             "Kota Magelang", kecamatan=tuple(MAGELANG_KEC)),
    PlanSpec("kalsel", "provinsi_kalimantan_selatan_2024.xlsx", "Provinsi Kalimantan Selatan", "provinsi", "renja",
             KALSEL, "Provinsi Kalimantan Selatan", sheet="Renja 2024", region=tuple(KALSEL_KABKOTA),
             protected=("Kota Banjarbaru",)),
    PlanSpec("banjarbaru", "kota_banjarbaru_2024.xlsx", "Kota Banjarbaru", "kabkota", "rkpd_text", BANJARBARU,
             "Kota Banjarbaru", sheet="RKPD 2024", kecamatan=tuple(BANJARBARU_KEC)),
]

#: (province plan, kab/kota plan) pairs recorded in expected.json
PAIRS = [("jateng", "semarang"), ("jateng", "demak"), ("jateng", "magelang"), ("kalsel", "banjarbaru")]

#: the published figures the two main pairs must reproduce
PUBLISHED = {("jateng", "semarang"): (83, 78), ("kalsel", "banjarbaru"): (37, 36)}

# --------------------------------------------------------------------------------------
# Nomenclature
# --------------------------------------------------------------------------------------

_EXCLUDE = re.compile(
    r"Aceh|Papua|Yogyakarta|Keistimewaan|Kasultanan|Kadipaten|\bBali\b|Dayah|Qanun|Wilayatul|Otsus|"
    r"Otonomi Khusus|\bDKI\b|Jakarta|Administrasi Kota|Kota Administrasi|Kabupaten Administrasi|"
    r"berlaku untuk|hanya digunakan|Migas|Kabupaen|Perbatasan",
    re.IGNORECASE,
)


class Nomenclature:
    """The official list (or the committed subset), indexed; remembers every row used."""

    def __init__(self, path: Path) -> None:
        with open(path, newline="", encoding="utf-8") as handle:
            self.rows = [dict(row) for row in csv.DictReader(handle)]
        self.by_key: dict[tuple[str, str], dict] = {}
        self.children: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for row in self.rows:
            key = (row["level"], row["code"])
            if key not in self.by_key or row["status"] == "aktif":
                self.by_key[key] = row
            self.children[(row["level"], row["parent_code"])].append(row)
        self.used: set[int] = set()

    def get(self, level: str, code: str) -> dict | None:
        row = self.by_key.get((level, code))
        if row is not None:
            self.used.add(id(row))
        return row

    def need(self, level: str, code: str) -> dict:
        row = self.get(level, code)
        if row is None:
            raise KeyError(f"nomenclature has no {level} row {code}")
        return row

    def used_rows(self) -> list[dict]:
        return [row for row in self.rows if id(row) in self.used]


def eligible(row: dict) -> bool:
    """An active item with no region-specific footnote or wording."""
    return row["status"] == "aktif" and not row["footnote_marker"] and not _EXCLUDE.search(row["name"])


def _hash(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()


def _hnum(*parts: str) -> int:
    return int(_hash(*parts)[:8], 16)


def ranked(salt: str, rows: list[dict]) -> list[dict]:
    """Rows in a fixed pseudo-random order.  Picking the first k is stable under taking a
    subset that contains the picked rows, which is what lets the build run on the subset."""
    return sorted(rows, key=lambda row: _hash(salt, row["level"], row["code"]))


def sub_candidates(nom: Nomenclature, level: str, kegiatan_code: str) -> list[dict]:
    return [
        row for row in nom.children[(level, kegiatan_code)]
        if row["kind"] == "sub_kegiatan" and eligible(row)
    ]


def kegiatan_candidates(nom: Nomenclature, level: str, program_code: str) -> list[dict]:
    out = []
    for row in nom.children[(level, program_code)]:
        if row["kind"] != "kegiatan" or not eligible(row):
            continue
        segments = row["code"].split(".")
        if segments[3] != LEVEL_DIGIT[level]:
            continue
        if program_code == SUPPORT and int(segments[4]) > 9:
            continue
        if sub_candidates(nom, level, row["code"]):
            out.append(row)
    return out


# --------------------------------------------------------------------------------------
# Names and identities
# --------------------------------------------------------------------------------------

_LEVEL_WORDS = re.compile(r"\bdaerah provinsi\b|\bdaerah kabupaten/kota\b|\bkabupaten/kota\b|\bprovinsi\b")


def level_free(name: str) -> str:
    """A name with the level words removed, lower case, single spaces."""
    text = _LEVEL_WORDS.sub(" ", name.lower())
    return re.sub(r"\s+", " ", text).strip(" .,")


def program_norm(name: str) -> str:
    """A program name reduced to compare the two levels (level words, spelling variants)."""
    text = name.upper().replace("PERIJINAN", "PERIZINAN")
    text = re.sub(r"\bDAERAH PROVINSI\b|\bDAERAH KABUPATEN/KOTA\b|\bPROVINSI\b|\bKABUPATEN/KOTA\b", " ", text)
    return re.sub(r"[^A-Z0-9]", "", text)


def shown(nom_code: str, bidang: str) -> str:
    """The code as a plan shows it: the X.XX placeholder replaced by the agency bidang."""
    return bidang + nom_code[4:] if nom_code.startswith("X.XX") else nom_code


def program_identity(nom: Nomenclature, level: str, nom_code: str, bidang: str) -> tuple[str, str]:
    """What makes two program rows 'the same program' in the ground truth."""
    if nom_code == SUPPORT:
        return ("support", bidang)
    if level == "provinsi":
        return ("program", nom_code)
    own = program_norm(nom.need(level, nom_code)["name"])
    prov = nom.get("provinsi", nom_code)
    if prov is not None and program_norm(prov["name"]) == own:
        return ("program", nom_code)
    alias = PROGRAM_ALIASES.get(nom_code)
    if alias is not None:
        if program_norm(nom.need("provinsi", alias)["name"]) != own:
            raise AssertionError(f"alias {nom_code}->{alias} does not name the same program")
        return ("program", alias)
    return ("program", f"kabkota:{nom_code}")


# --------------------------------------------------------------------------------------
# The ground-truth tree
# --------------------------------------------------------------------------------------


@dataclass
class Node:
    kind: str
    level: str
    nom_code: str
    code: str  # shown canonical code, sub kegiatan part 2 digits
    name: str
    agency: str = ""
    bidang: str = ""
    children: list["Node"] = field(default_factory=list)
    budget: int = 0
    next_budget: int = 0
    location: str = ""
    places: tuple[str, ...] = ()
    funding: str = ""
    indicator: str = ""
    target: int = 0
    unit: str = ""
    group: str = ""
    identity: tuple = ()
    forced: bool = False
    sheet: str = ""
    row: int = 0
    # how a hand-made sheet shows the row
    show_code: str | None = None
    show_name: str | None = None
    show_budget: object = None
    uid: str = ""  # the item across years (kind and 2024 code), for the audit ground truth

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Agency:
    name: str
    opd: str
    bidang: str
    programs: list[Node]


@dataclass
class Plan:
    spec: PlanSpec
    agencies: list[Agency]

    def nodes(self, kind: str | None = None):
        for agency in self.agencies:
            for program in agency.programs:
                for node in program.walk():
                    if kind is None or node.kind == kind:
                        yield node


FUNDING_PROV = ["PAD", "PAD", "DAU", "DAU", "DBH Pajak", "DAK Fisik", "DAK Non Fisik"]
FUNDING_KAB = ["PAD", "DAU", "DAU", "DAK Fisik", "DAK Non Fisik", "Bantuan Keuangan Provinsi", "DBH"]
GROUPS = ["Masyarakat", "ASN Perangkat Daerah", "Pelaku Usaha", "Kelompok Rentan", "Pemerintah Daerah"]
PROGRAM_INDICATORS = [
    "Persentase capaian kinerja program", "Indeks kepuasan masyarakat terhadap layanan",
    "Persentase sasaran program yang tercapai", "Nilai SAKIP perangkat daerah",
]
KEGIATAN_INDICATORS = [
    "Persentase kegiatan yang terlaksana sesuai rencana", "Persentase dokumen yang tersusun tepat waktu",
    "Persentase layanan yang memenuhi standar",
]


def sub_indicator(name: str, rng: random.Random) -> tuple[str, int, str]:
    lowered = name.lower()
    if "gaji" in lowered:
        return "Jumlah orang yang menerima gaji dan tunjangan", rng.randint(40, 400), "Orang/Bulan"
    if re.search(r"pembangunan|rehabilitasi|pemeliharaan|pelebaran|rekonstruksi|penggantian|penambahan", lowered):
        return "Jumlah sarana/prasarana yang dibangun atau dipelihara", rng.randint(1, 25), "Unit"
    if re.search(r"penyusunan|perencanaan|dokumen|kajian|rencana", lowered):
        return "Jumlah dokumen yang disusun", rng.randint(1, 12), "Dokumen"
    if re.search(r"pelatihan|bimbingan|peningkatan kapasitas|pendidikan", lowered):
        return "Jumlah peserta yang dilatih", rng.randint(20, 300), "Orang"
    if re.search(r"penyediaan|pengadaan", lowered):
        return "Jumlah paket yang disediakan", rng.randint(1, 30), "Paket"
    if re.search(r"koordinasi|sinkronisasi|fasilitasi|sosialisasi", lowered):
        return "Jumlah kegiatan koordinasi yang dilaksanakan", rng.randint(2, 24), "Kegiatan"
    return "Jumlah laporan yang disusun", rng.randint(1, 12), "Laporan"


def province_location(rng: random.Random, spec: PlanSpec, support: bool) -> tuple[str, tuple[str, ...]]:
    if support:
        return spec.government, (spec.government,)
    pool = [place for place in spec.region if place not in spec.protected]
    draw = rng.random()
    if draw < 0.15:
        return spec.government, (spec.government,)
    if draw < 0.8:
        place = rng.choice(pool)
        return place, (place,)
    places = tuple(rng.sample(pool, 2))
    return ", ".join(places), places


def local_location(rng: random.Random, spec: PlanSpec, support: bool, agency: str) -> str:
    if support:
        return spec.government
    if agency.startswith("KECAMATAN "):  # a kecamatan office works in its own kecamatan
        return f"Kec. {agency.split(' ', 1)[1].title()}"
    kec = rng.choice(spec.kecamatan)
    draw = rng.random()
    if draw < 0.35:
        return f"Kec. {kec}"
    if draw < 0.55:
        return kec
    if draw < 0.7:
        return f"Kecamatan {kec}"
    if draw < 0.85:
        other = rng.choice([name for name in spec.kecamatan if name != kec])
        return f"Kec. {kec}, Kec. {other}"
    return spec.government


def build_plan(nom: Nomenclature, spec: PlanSpec) -> Plan:
    """Choose the items of one plan and give them budgets, locations and indicators."""
    rng = random.Random(f"{SEED}:{spec.key}")
    level = spec.level
    forced_by_program: dict[str, list[tuple[str, str, tuple[str, ...]]]] = defaultdict(list)
    for program_code, nom_code, location, places in FORCED.get(spec.key, []):
        forced_by_program[program_code].append((nom_code, location, places))
    used_forced: set[tuple[str, str]] = set()
    agencies = []
    for agency_name, opd, program_codes in sorted(spec.agencies, key=lambda item: item[1]):
        bidang = ".".join(opd.split(".")[:2])
        programs = []
        for program_code in sorted(program_codes):
            support = program_code == f"{bidang}.01"
            prog_nom = SUPPORT if support else program_code
            prow = nom.need(level, prog_nom)
            nom.get("kabkota" if level == "provinsi" else "provinsi", prog_nom)  # kept for identities
            program = Node("program", level, prog_nom, program_code, prow["name"], agency_name, bidang)
            program.identity = program_identity(nom, level, prog_nom, bidang)
            program.indicator = rng.choice(PROGRAM_INDICATORS)
            program.target = rng.choice([80, 85, 90, 95, 100])
            program.unit = "%"
            salt = f"{spec.key}:{program_code}"
            # kegiatan: forced ones plus the first n of a fixed ranking
            forced_keg: dict[str, list[tuple[str, str, tuple[str, ...]]]] = defaultdict(list)
            for nom_code, location, places in forced_by_program.get(program_code, []):
                keg_code = ".".join(nom_code.split(".")[:5])
                forced_keg[keg_code].append((nom_code, location, places))
                used_forced.add((program_code, nom_code))
            candidates = kegiatan_candidates(nom, level, prog_nom)
            if not candidates and not forced_keg:
                raise AssertionError(f"{spec.key}: no {level} kegiatan for program {prog_nom}")
            count = 1 + (_hnum(salt, "k") % 4 == 0)
            chosen = {row["code"] for row in ranked(salt, candidates)[:count]} | set(forced_keg)
            for keg_code in sorted(chosen):
                krow = nom.need(level, keg_code)
                kegiatan = Node("kegiatan", level, keg_code, shown(keg_code, bidang), krow["name"], agency_name, bidang)
                kegiatan.indicator = rng.choice(KEGIATAN_INDICATORS)
                kegiatan.target = 100
                kegiatan.unit = "%"
                forced_subs = {code: (loc, places) for code, loc, places in forced_keg.get(keg_code, []) if code != keg_code}
                subs = sub_candidates(nom, level, keg_code)
                n_subs = 1 + _hnum(salt, keg_code, "s") % 2
                picked = set() if forced_subs else {row["code"] for row in ranked(f"{salt}:{keg_code}", subs)[:n_subs]}
                for sub_code in sorted(picked | set(forced_subs)):
                    srow = nom.need(level, sub_code)
                    sub = Node("sub_kegiatan", level, sub_code, shown(sub_code, bidang), srow["name"], agency_name, bidang)
                    big = support and "gaji" in srow["name"].lower()
                    sub.budget = (rng.randint(100, 900) if big else rng.randint(5, 150)) * MONEY_STEP
                    sub.next_budget = round(sub.budget * rng.uniform(1.0, 1.15) / MONEY_STEP) * MONEY_STEP
                    if sub_code in forced_subs:
                        sub.location, sub.places = forced_subs[sub_code]
                        sub.forced = True
                    elif level == "provinsi":
                        sub.location, sub.places = province_location(rng, spec, support)
                    else:
                        sub.location = local_location(rng, spec, support, agency_name)
                        sub.places = (spec.place,)
                    if level == "kabkota" and not sub.places:
                        sub.places = (spec.place,)
                    sub.funding = rng.choice(FUNDING_PROV if level == "provinsi" else FUNDING_KAB)
                    sub.group = rng.choice(GROUPS)
                    sub.indicator, sub.target, sub.unit = sub_indicator(srow["name"], rng)
                    kegiatan.children.append(sub)
                kegiatan.budget = sum(child.budget for child in kegiatan.children)
                kegiatan.next_budget = sum(child.next_budget for child in kegiatan.children)
                program.children.append(kegiatan)
            program.budget = sum(child.budget for child in program.children)
            program.next_budget = sum(child.next_budget for child in program.children)
            programs.append(program)
        agencies.append(Agency(agency_name, opd, bidang, programs))
    missing = {(code, nom_code) for code, nom_code, _, _ in FORCED.get(spec.key, [])} - used_forced
    if missing:
        raise AssertionError(f"{spec.key}: forced items not placed: {sorted(missing)}")
    plan = Plan(spec, agencies)
    for program in plan.nodes("program"):
        for kegiatan in program.children:
            for sub in kegiatan.children:
                sub.identity = (
                    program.identity,
                    kegiatan.nom_code.split(".")[4],
                    sub.nom_code.split(".")[5],
                    level_free(kegiatan.name),
                    level_free(sub.name),
                )
    return plan


# --------------------------------------------------------------------------------------
# Workbook writing
# --------------------------------------------------------------------------------------

BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
MONEY = "#,##0"


def _new_workbook() -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    wb.properties.creator = "syncheck sample_data/make_samples.py"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    return wb


def save_deterministic(wb: openpyxl.Workbook, path: Path) -> None:
    """Save with fixed document and zip timestamps so the bytes depend only on the content."""
    buffer = io.BytesIO()
    wb.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>" + stamp + rb"\g<3>", data)
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, data)
    path.write_bytes(out.getvalue())


def _titles(ws, lines: list[str], width: int) -> None:
    for index, text in enumerate(lines, start=1):
        ws.cell(index, 1, text).font = BOLD
        ws.cell(index, 1).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=index, start_column=1, end_row=index, end_column=width)


def _groups(nom: Nomenclature, level: str, programs: list[Node]):
    """Programs grouped as urusan -> bidang -> programs, in code order."""
    out: list[tuple[str, list[tuple[str, list[Node]]]]] = []
    for program in programs:
        urusan, bidang = program.code.split(".")[0], ".".join(program.code.split(".")[:2])
        if not out or out[-1][0] != urusan:
            out.append((urusan, []))
        if not out[-1][1] or out[-1][1][-1][0] != bidang:
            out[-1][1].append((bidang, []))
        out[-1][1][-1][1].append(program)
    return out


def _sum(nodes: list[Node], attr: str = "budget") -> int:
    return sum(getattr(node, attr) for node in nodes)


def _sub_code(code: str, width: int) -> str:
    segments = code.split(".")
    if len(segments) == 6:
        segments[5] = segments[5].zfill(width)
    return ".".join(segments)


def renja_header(year: int = YEAR) -> list[str]:
    return [
        "No", "Kode", "Urusan/ Bidang Urusan/ Program/ Kegiatan/ Sub Kegiatan", "Indikator", f"Target {year}", "Satuan",
        "Pagu Indikatif (Rp)", "Lokasi", "Sumber Dana", "Kelompok Sasaran", f"Prakiraan Maju {year + 1} (Rp)",
        "Perangkat Daerah",
    ]


def renja_sheet_header(year: int = YEAR) -> list[str]:
    return [
        "No", "Kode", "Urusan/ Bidang Urusan/ Program/ Kegiatan/ Sub Kegiatan", "Indikator", f"Target {year}", "Satuan",
        "Pagu Indikatif (Rp)", "Lokasi", "Sumber Dana", "Perangkat Daerah",
    ]



def _renja_rows(ws, nom, plan: Plan, agencies: list[Agency], start: int, header: list[str], banner: bool,
                sub_width: int) -> tuple[int, int, int]:
    """Write banner/urusan/bidang/program/kegiatan/sub rows; return next row, total, next total."""
    col = {name: index for index, name in enumerate(header, start=1)}
    level = plan.spec.level
    year = plan.spec.year
    row = start
    number = 0
    total = next_total = 0
    pagu = col["Pagu Indikatif (Rp)"]

    def put(values: dict[str, object], node: Node | None = None, bold: bool = False) -> None:
        nonlocal row, number
        number += 1
        ws.cell(row, col["No"], number)
        for name, value in values.items():
            if name in col and value not in (None, ""):
                ws.cell(row, col[name], value)
        ws.cell(row, pagu).number_format = MONEY
        if bold:
            for c in range(1, len(header) + 1):
                ws.cell(row, c).font = BOLD
        if node is not None:
            node.sheet, node.row = ws.title, row
        row += 1

    for agency in agencies:
        if banner:
            ws.cell(row, 1, f"Unit Organisasi : {agency.opd} {agency.name}").font = BOLD
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(header))
            row += 1
        for urusan, bidangs in _groups(nom, level, agency.programs):
            programs = [program for _, group in bidangs for program in group]
            put({"Kode": urusan, header[2]: nom.need("semua", urusan)["name"],
                 "Pagu Indikatif (Rp)": _sum(programs), f"Prakiraan Maju {year + 1} (Rp)": _sum(programs, "next_budget")},
                bold=True)
            for bidang, group in bidangs:
                put({"Kode": bidang, header[2]: nom.need(level, bidang)["name"],
                     "Pagu Indikatif (Rp)": _sum(group), f"Prakiraan Maju {year + 1} (Rp)": _sum(group, "next_budget")},
                    bold=True)
                for program in group:
                    total += program.budget
                    next_total += program.next_budget
                    for node in program.walk():
                        values = {
                            "Kode": _sub_code(node.code, sub_width), header[2]: node.name, "Indikator": node.indicator,
                            f"Target {year}": node.target, "Satuan": node.unit, "Pagu Indikatif (Rp)": node.budget,
                            f"Prakiraan Maju {year + 1} (Rp)": node.next_budget, "Perangkat Daerah": agency.name,
                        }
                        if node.kind == "sub_kegiatan":
                            values.update({"Lokasi": node.location, "Sumber Dana": node.funding,
                                           "Kelompok Sasaran": node.group})
                        put(values, node, bold=node.kind == "program")
    return row, total, next_total


def write_renja(nom: Nomenclature, plan: Plan, path: Path) -> None:
    """SIPD Renja-style export: one sheet, banners per agency, column-number row, Jumlah row."""
    spec = plan.spec
    wb = _new_workbook()
    ws = wb.active
    ws.title = spec.sheet
    header = renja_header(spec.year)
    width = len(header)
    _titles(ws, ["RENCANA KERJA PEMERINTAH DAERAH", spec.government.upper(), f"TAHUN {spec.year}"], width)
    ws.cell(4, 1, "Rumusan Rencana Program, Kegiatan dan Sub Kegiatan Perangkat Daerah")
    for index, text in enumerate(header, start=1):
        ws.cell(6, index, text).font = BOLD
        ws.cell(6, index).alignment = CENTER
        ws.cell(7, index, index).alignment = CENTER
    sub_width = 4 if spec.key == "jateng" else 2
    row, total, next_total = _renja_rows(ws, nom, plan, plan.agencies, 8, header, True, sub_width)
    ws.cell(row, 1, "Jumlah").font = BOLD
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    ws.cell(row, 7, total).number_format = MONEY
    ws.cell(row, 11, next_total).number_format = MONEY
    for letter, size in zip("ABCDEFGHIJKL", [6, 24, 60, 36, 10, 12, 18, 30, 14, 18, 18, 36]):
        ws.column_dimensions[letter].width = size
    ws.freeze_panes = "A8"
    save_deterministic(wb, path)


def _sheet_name(name: str) -> str:
    return re.sub(r"[\[\]:*?/\\]", " ", name)[:31].rstrip()


def write_renja_sheets(nom: Nomenclature, plan: Plan, path: Path) -> None:
    """One Renja-style sheet per agency, plus a hidden 'Referensi' sheet of junk."""
    spec = plan.spec
    wb = _new_workbook()
    wb.remove(wb.active)
    header = renja_sheet_header(spec.year)
    width = len(header)
    for position, agency in enumerate(plan.agencies):
        ws = wb.create_sheet(_sheet_name(agency.name))
        _titles(ws, ["RENCANA KERJA PEMERINTAH DAERAH", spec.government.upper(), f"TAHUN {spec.year}"], width)
        ws.cell(4, 1, f"Perangkat Daerah : {agency.opd} {agency.name}").font = BOLD
        for index, text in enumerate(header, start=1):
            ws.cell(6, index, text).font = BOLD
            ws.cell(6, index).alignment = CENTER
            ws.cell(7, index, index).alignment = CENTER
        row, total, _ = _renja_rows(ws, nom, plan, [agency], 8, header, False, 4)
        ws.cell(row, 1, "Jumlah").font = BOLD
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        ws.cell(row, 7, total).number_format = MONEY
        for letter, size in zip("ABCDEFGHIJ", [6, 24, 60, 36, 10, 12, 18, 30, 14, 36]):
            ws.column_dimensions[letter].width = size
        if position == 0:
            _referensi(wb)
    save_deterministic(wb, path)


def _referensi(wb: openpyxl.Workbook) -> None:
    ws = wb.create_sheet("Referensi")
    ws.sheet_state = "hidden"
    ws.append(["Daftar Sumber Dana", None, "Kecamatan"])
    for fund, kec in zip(FUNDING_KAB, MAGELANG_KEC + [None] * 10):
        ws.append([fund, None, kec])
    ws.append([])
    ws.append(["Kode", "Nama Program (referensi lama)", "Pagu"])
    ws.append(["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", 999_000_000])
    ws.append(["1.03.03", "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM", 123_450_000])
    ws.append(["2.17.07", "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)", 55_000_000])
    ws.append(["x", "jangan dihapus - lookup VLOOKUP", "=SUM(C7:C9)"])


RKPD_LAST = 15  # columns A..O


def write_rkpd(nom: Nomenclature, plan: Plan, path: Path, numeric: bool) -> None:
    """SIPD RKPD-style export: merged 3-row header, code split over five columns."""
    spec = plan.spec
    level = spec.level
    wb = _new_workbook()
    ws = wb.active
    ws.title = spec.sheet
    year = spec.year
    _titles(ws, ["RENCANA KERJA PEMERINTAH DAERAH", spec.government.upper(), f"TAHUN {year}"], RKPD_LAST)
    ws.cell(4, 1, f"Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun {year} dan Prakiraan Maju Tahun {year + 1}")
    heads = [
        ("A5:E7", "Kode"),
        ("F5:F7", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan"),
        ("G5:I5", "Indikator Kinerja"), ("G6:G7", "Tolok Ukur"), ("H6:I6", "Target"), ("H7", "Nilai"), ("I7", "Satuan"),
        ("J5:J7", "Lokasi"), ("K5:K7", "Pagu Indikatif (Rp.)"), ("L5:L7", "Sumber Dana"),
        ("M5:N5", f"Prakiraan Maju {year + 1}"), ("M6:M7", "Target"), ("N6:N7", "Pagu Indikatif (Rp.)"),
        ("O5:O7", "Perangkat Daerah"),
    ]
    for ref, text in heads:
        first = ref.split(":")[0]
        ws[first] = text
        ws[first].font = BOLD
        ws[first].alignment = CENTER
        if ":" in ref:
            ws.merge_cells(ref)
    for index in range(1, RKPD_LAST + 1):
        ws.cell(8, index, index).alignment = CENTER
    row = 9

    def parts(code: str) -> list[object]:
        segments = code.split(".")
        if numeric:
            out: list[object] = [int(segments[0])]
            if len(segments) >= 2:
                out.append(int(segments[1]))
            if len(segments) >= 3:
                out.append(int(segments[2]))
            if len(segments) >= 5:
                out.append(float(f"{segments[3]}.{segments[4]}"))
            if len(segments) == 6:
                out.append(int(segments[5]))
            return out
        out = segments[:3]
        if len(segments) >= 5:
            out.append(f"{segments[3]}.{segments[4]}")
        if len(segments) == 6:
            out.append(segments[5].zfill(4))
        return out

    def put(code: str, name: str, node: Node | None, budget: int, next_budget: int, agency: str, bold: bool) -> None:
        nonlocal row
        for index, value in enumerate(parts(code), start=1):
            ws.cell(row, index, value)
        ws.cell(row, 6, name)
        if node is not None:
            ws.cell(row, 7, node.indicator)
            ws.cell(row, 8, node.target)
            ws.cell(row, 9, node.unit)
            ws.cell(row, 13, node.target)
            if node.kind == "sub_kegiatan":
                ws.cell(row, 10, node.location)
                ws.cell(row, 12, node.funding)
            if agency:
                ws.cell(row, 15, agency)
            node.sheet, node.row = ws.title, row
        ws.cell(row, 11, budget).number_format = MONEY
        ws.cell(row, 14, next_budget).number_format = MONEY
        if bold:
            for c in range(1, RKPD_LAST + 1):
                ws.cell(row, c).font = BOLD
        row += 1

    total = next_total = 0
    for agency in plan.agencies:
        ws.cell(row, 1, f"Unit Organisasi : {agency.opd} {agency.name}").font = BOLD
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=RKPD_LAST)
        row += 1
        for urusan, bidangs in _groups(nom, level, agency.programs):
            programs = [program for _, group in bidangs for program in group]
            put(urusan, nom.need("semua", urusan)["name"], None, _sum(programs), _sum(programs, "next_budget"), "", True)
            for bidang, group in bidangs:
                put(bidang, nom.need(level, bidang)["name"], None, _sum(group), _sum(group, "next_budget"), "", True)
                for program in group:
                    total += program.budget
                    next_total += program.next_budget
                    for node in program.walk():
                        put(node.code, node.name, node, node.budget, node.next_budget, agency.name,
                            node.kind == "program")
    ws.cell(row, 1, "TOTAL").font = BOLD
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
    ws.cell(row, 11, total).number_format = MONEY
    ws.cell(row, 14, next_total).number_format = MONEY
    for letter, size in zip("ABCDEFGHIJKLMNO", [5, 5, 5, 7, 7, 60, 36, 8, 12, 30, 18, 14, 8, 18, 36]):
        ws.column_dimensions[letter].width = size
    save_deterministic(wb, path)


# --- the hand-made sheet ------------------------------------------------------------------

_ABBREVIATIONS = [
    (re.compile(r"\bPembangunan\b", re.I), "Pemb."),
    (re.compile(r"\bPeningkatan\b", re.I), "Peningk."),
    (re.compile(r"\bKabupaten/Kota\b", re.I), "Kab/Kota"),
    (re.compile(r"\bProvinsi\b", re.I), "Prov."),
    (re.compile(r"\bdan\b", re.I), "&"),
]


def rupiah_text(amount: int, style: int) -> str:
    dotted = f"{amount:,}".replace(",", ".")
    return [f"Rp {dotted},00", f"Rp. {dotted}", dotted][style]


def _typo(name: str) -> str:
    """Drop one letter from the longest word (a hand-typing slip)."""
    words = name.split(" ")
    index = max(range(len(words)), key=lambda i: (len(words[i]), -i))
    word = words[index]
    cut = len(word) // 2
    words[index] = word[:cut] + word[cut + 1:]
    return " ".join(words)


def style_handmade(plan: Plan) -> dict[str, list[str]]:
    """Decide how each row of the hand-made plan looks; return what was done, for the README."""
    salt = "" if plan.spec.year == YEAR else f":{plan.spec.year}"  # each year's sheet is typed anew
    rng = random.Random(f"{SEED}:{plan.spec.key}:style{salt}")
    notes: dict[str, list[str]] = defaultdict(list)
    programs = list(plan.nodes("program"))
    kegiatans = list(plan.nodes("kegiatan"))
    subs = list(plan.nodes("sub_kegiatan"))
    for node in programs + kegiatans + subs:
        node.show_code = node.code
        name = node.name
        draw = rng.random()
        if draw < 0.35:
            name = name.title() if node.kind == "program" else name
        elif draw < 0.45:
            name = name.upper()
        elif draw < 0.5:
            name = name.lower()
        for pattern, short in _ABBREVIATIONS:
            if pattern.search(name) and rng.random() < 0.35:
                name = pattern.sub(lambda match, short=short: short.upper() if match.group(0).isupper() else short, name)
        if rng.random() < 0.12 and " " in name:
            spaces = [i for i, ch in enumerate(name) if ch == " "]
            cut = rng.choice(spaces)
            name = name[:cut] + "  " + name[cut + 1:]
        node.show_name = name
        if node.kind == "sub_kegiatan":
            node.show_budget = node.budget if rng.random() < 0.6 else rupiah_text(node.budget, rng.randrange(3))
        elif node.kind == "program":
            node.show_budget = node.budget if rng.random() < 0.5 else rupiah_text(node.budget, 0)
        else:
            node.show_budget = node.budget if rng.random() < 0.5 else None
    # codeless programs (never a support program: those are only identified by their code)
    for node in programs:
        if node.code in ("1.04.04", "2.09.04", "2.13.04"):
            node.show_code = ""
            node.show_name = node.name.title().replace(" Dan ", " dan ")
            notes["codeless program"].append(f"{node.code} {node.name}")
    glued = next(node for node in programs if node.code == "2.11.03")
    glued.show_code = ""
    glued.show_name = f"{glued.code} {glued.name.title().replace(' Dan ', ' dan ')}"
    notes["code glued to the name"].append(f"{glued.code} {glued.name}")
    plain_keg = [node for node in kegiatans
                 if node.code.split(".")[2] != "01" and not any(sub.forced for sub in node.children)]
    for node in rng.sample(plain_keg, 3):
        node.show_code = ""
        notes["codeless kegiatan"].append(f"{node.code} {node.name}")
    free_subs = [node for node in subs if not node.forced and node.code.split(".")[2] != "01"]
    codeless_subs = rng.sample(free_subs, 3)
    for node in codeless_subs:
        node.show_code = ""
        notes["codeless sub kegiatan"].append(f"{node.code} {node.name}")
    overlap_sub = next(node for node in subs if node.nom_code == "2.09.03.2.01.02")
    overlap_sub.show_code = ""
    overlap_sub.show_name = overlap_sub.name + " (Lanjutan)"
    notes["codeless sub kegiatan"].append(f"{overlap_sub.code} {overlap_sub.name} (shown with ' (Lanjutan)')")
    rest = [node for node in free_subs if node not in codeless_subs]
    for node in rng.sample(rest, 2):
        node.show_name = f"{node.show_name} (Lanjutan)"
        notes["name with (Lanjutan)"].append(f"{node.code} {node.name}")
    rest = [node for node in rest if "(Lanjutan)" not in (node.show_name or "")]
    for node in rng.sample(rest, 2):
        node.show_name = _typo(node.show_name or node.name)
        notes["typo"].append(f"{node.code}: {node.show_name!r} for {node.name!r}")
    return notes


def write_handmade(plan: Plan, path: Path) -> None:
    """A sheet typed by hand: five columns, no banners, no urusan/bidang rows."""
    spec = plan.spec
    wb = _new_workbook()
    ws = wb.active
    ws.title = spec.sheet
    ws["A1"] = "RENCANA KERJA PEMERINTAH DAERAH"
    ws["A2"] = spec.government.upper()
    ws["A3"] = f"TAHUN {spec.year}"
    for index, text in enumerate(["Kode Rekening", "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu (Rp)", "OPD"], 1):
        ws.cell(5, index, text).font = BOLD
    row = 6
    total = 0
    for agency in plan.agencies:
        opd = agency.name.title().replace(" Dan ", " dan ")
        for program in agency.programs:
            total += program.budget
            for node in program.walk():
                ws.cell(row, 1, node.show_code or None)
                ws.cell(row, 2, node.show_name)
                if node.kind == "sub_kegiatan":
                    location = node.location.replace("Kabupaten Demak", "Kab. Demak")
                    ws.cell(row, 3, location or None)
                if node.show_budget is not None:
                    ws.cell(row, 4, node.show_budget)
                    ws.cell(row, 4).number_format = MONEY
                ws.cell(row, 5, opd)
                if node.kind == "program":
                    ws.cell(row, 2).font = BOLD
                node.sheet, node.row = ws.title, row
                row += 1
        row += 1  # a blank line between agencies
    ws.cell(row, 2, "TOTAL").font = BOLD
    ws.cell(row, 4, total).number_format = MONEY
    for letter, size in zip("ABCDE", [20, 70, 28, 22, 40]):
        ws.column_dimensions[letter].width = size
    save_deterministic(wb, path)


# --------------------------------------------------------------------------------------
# Ground truth
# --------------------------------------------------------------------------------------


def _ref(plan: Plan, node: Node) -> dict:
    return {
        "file": plan.spec.file, "sheet": node.sheet, "row": node.row, "code": node.code,
        "code_shown": node.show_code if node.show_code is not None else node.code,
        "name": node.name, "location": node.location, "budget": node.budget,
    }


def pair_truth(left: Plan, right: Plan) -> dict:
    left_programs: dict[tuple, list[Node]] = defaultdict(list)
    right_programs: dict[tuple, list[Node]] = defaultdict(list)
    for node in left.nodes("program"):
        left_programs[node.identity].append(node)
    for node in right.nodes("program"):
        right_programs[node.identity].append(node)
    same = [identity for identity in left_programs if identity in right_programs]
    not_same = [identity for identity in left_programs if identity not in right_programs]
    program_links = []
    for identity in same:
        lnode, rnode = left_programs[identity][0], right_programs[identity][0]
        why = "support program of the same bidang" if identity[0] == "support" else (
            "same program code and name" if lnode.code == rnode.code and lnode.name == rnode.name else
            "same program code, spelling variant" if lnode.code == rnode.code else
            "same program under a different code (kab/kota {} = provinsi {})".format(rnode.code, lnode.code))
        program_links.append({
            "left_code": lnode.code, "left_row": lnode.row, "right_code": rnode.code,
            "right_code_shown": rnode.show_code if rnode.show_code is not None else rnode.code,
            "right_sheet": rnode.sheet, "right_row": rnode.row, "why": why,
        })
    right_codes = {node.code: node for node in right.nodes("program")}
    program_missing = []
    for identity in not_same:
        lnode = left_programs[identity][0]
        other = right_codes.get(lnode.code)
        note = "no such program in the kab/kota plan"
        if other is not None:
            note = f"the kab/kota plan shows code {other.code} but it names a different program: {other.name}"
        program_missing.append({"code": lnode.code, "name": lnode.name, "row": lnode.row, "note": note})
    overlaps = []
    place = right.spec.place
    right_subs: dict[tuple, list[Node]] = defaultdict(list)
    for node in right.nodes("sub_kegiatan"):
        right_subs[node.identity].append(node)
    for node in left.nodes("sub_kegiatan"):
        if place not in node.places:
            continue
        for other in right_subs.get(node.identity, []):
            coded = bool(other.show_code if other.show_code is not None else other.code)
            overlaps.append({
                "place": place, "relation": "identical" if coded else "similar",
                "left": _ref(left, node), "right": _ref(right, other),
            })
    decoys = []
    for node in left.nodes("sub_kegiatan"):
        reason = DECOYS.get((left.spec.key, right.spec.key, node.nom_code))
        if reason and not any(item["left"]["row"] == node.row for item in overlaps):
            partner = next((other for other in right.nodes("sub_kegiatan")
                            if other.nom_code.split(".")[:3] + other.nom_code.split(".")[4:]
                            == node.nom_code.split(".")[:3] + node.nom_code.split(".")[4:]), None)
            if partner is not None:
                decoys.append({"left": _ref(left, node), "right": _ref(right, partner), "why_not": reason})
    return {
        "left": left.spec.file, "right": right.spec.file,
        "summaries": [{"kind": "program", "left_total": len(left_programs), "same": len(same),
                       "right_total": len(right_programs)}],
        "program_same": program_links,
        "program_not_same": program_missing,
        "substantive_overlaps": overlaps,
        "not_substantive_overlaps": decoys,
    }


# --------------------------------------------------------------------------------------
# Other years: the multi-year audit samples (2023 and 2025 around the 2024 plans)
# --------------------------------------------------------------------------------------

AUDIT_KEYS = ("jateng", "demak", "kalsel", "banjarbaru")
AUDIT_YEARS = (2023, YEAR, 2025)
PPPA = ("DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", "2.08.0.00.0.00.01.0000", ["2.08.01", "2.08.02"])


@dataclass(frozen=True)
class YearEdit:
    """How one government's plan of another year differs from its 2024 plan (codes as the plan shows them)."""

    key: str
    year: int
    drop: tuple[str, ...] = ()  # programs, kegiatan or sub kegiatan not in that year's plan
    add: tuple[tuple[str, ...], ...] = ()  # (agency OPD code, nomenclature kegiatan/sub code[, name of a later list])
    rename: tuple[tuple[str, str], ...] = ()  # (code, that year's name): the same item worded differently
    recode: tuple[tuple[str, str, str], ...] = ()  # (code, that year's code, that year's name)
    agencies: tuple[tuple[str, str, list[str]], ...] = ()  # agencies (and their programs) only in that year


YEAR_EDITS = [
    YearEdit("jateng", 2023,
             drop=("4.01.07", "2.15.02.1.01", "2.20.02.1.01.05"),
             add=(("2.11.3.28.0.00.01.0000", "2.11.03.1.01.02"),),
             rename=(("2.08.02.1.01.01", "Koordinasi Perumusan Kebijakan Pelaksanaan Pengarusutamaan Gender Kewenangan Provinsi"),
                     ("5.06.02", "PROGRAM PELAYANAN KANTOR PENGHUBUNG")),
             recode=(("4.01.02.1.02.05", "4.01.02.1.02.08", "Fasilitasi Peningkatan Kualitas Pelayanan Publik"),)),
    YearEdit("jateng", 2025,
             drop=("5.06.02", "1.02.04.1.02.02"),
             add=(("2.11.3.28.0.00.01.0000", "2.11.03.1.01.02"), ("1.06.0.00.0.00.01.0000", "1.06.05.1.02.02")),
             rename=(("5.02.01.1.02.01", "Penyediaan Gaji, Tunjangan dan Tambahan Penghasilan ASN"),),
             recode=(("1.02.02.1.03.02", "1.02.02.1.03.05", "Pengelolaan Sistem Informasi Kesehatan Terintegrasi"),)),
    YearEdit("demak", 2023,
             drop=("2.20.02", "1.02.03.2.02.02"),
             add=(("3.31.2.07.0.00.01.0000", "2.07.02.2.01"),),
             rename=(("2.13.04.2.01.08", "Pembinaan dan Pemberdayaan Badan Usaha Milik Desa dan Lembaga Kerja sama antar Desa"),)),
    YearEdit("demak", 2025,
             drop=("2.08.02", "1.03.02.2.02"),
             add=(("1.06.2.08.0.00.01.0000", "1.06.05.2.02.01"),
                  ("1.02.0.00.0.00.01.0000", "1.02.02.2.02.40", "Pelaksanaan Percepatan Penurunan Stunting")),
             rename=(("4.01.03.2.01.02", "Pengendalian Inflasi dan Distribusi Perekonomian"),),
             recode=(("3.31.02.2.01.06", "3.31.02.2.01.10",
                      "Evaluasi terhadap Pelaksanaan Rencana Pembangunan Industri dan Kawasan Industri"),)),
    YearEdit("kalsel", 2023,
             drop=("6.01.03",),
             rename=(("2.11.02.1.02.02", "Pembuatan dan Pelaksanaan KLHS RPJMD"),)),
    YearEdit("kalsel", 2025,
             drop=("1.02.02.1.02.29",),
             recode=(("5.02.04.1.01.09", "5.02.04.1.01.14", "Penelitian dan Verifikasi Data Pelaporan Pajak dan Retribusi Daerah"),),
             agencies=(PPPA,)),
    YearEdit("banjarbaru", 2023,
             drop=("7.01.02.2.03",),
             rename=(("1.02.02.2.03.03", "Pengadaan Alat/Perangkat Sistem Informasi Kesehatan"),),
             agencies=(PPPA,)),
    YearEdit("banjarbaru", 2025,
             drop=("2.12.02.2.04.03",),
             add=(("2.11.0.00.0.00.01.0000", "2.11.03.2.01.02"),),
             recode=(("2.09.03.2.01.01", "2.09.03.2.01.08", "Penyediaan Informasi Harga Pangan Pokok dan Neraca Bahan Makanan"),),
             agencies=(PPPA,)),
]

#: the theme gaps the audit samples are built to show (checked against the plans when building)
DESIGNED_GAPS = [
    {"theme": "climate", "government": "Provinsi Jawa Tengah", "last_present": 2023, "absent_years": [2024], "resumed": 2025},
    {"theme": "gender", "government": "Kabupaten Demak", "last_present": 2024, "absent_years": [2025], "resumed": None},
    {"theme": "gender", "government": "Kota Banjarbaru", "last_present": 2023, "absent_years": [2024], "resumed": 2025},
]
#: how the generator tells a theme item (a simple check of the designed plans, independent of syncheck)
THEME_WORDS = {
    "gender": re.compile(r"\b(gender|pug|perempuan)\b|^2\.08\.02\b", re.I),
    "stunting": re.compile(r"\bstunting\b", re.I),
    "poverty": re.compile(r"\bmiskin\b|\bkemiskinan\b", re.I),
    "climate": re.compile(r"gas rumah kaca|perubahan iklim|perhutanan sosial", re.I),
}


def _year_file(file: str, year: int) -> str:
    return file.replace(f"_{YEAR}.", f"_{year}.")


def _mark_uids(plan: Plan) -> None:
    for node in plan.nodes():
        node.uid = node.uid or f"{node.kind}:{node.code}"


def build_year(nom: Nomenclature, base: Plan, edit: YearEdit) -> Plan:
    """One government's plan of another year: the 2024 plan with the edit's items dropped, added, renamed."""
    _mark_uids(base)
    spec = replace(base.spec, year=edit.year, file=_year_file(base.spec.file, edit.year),
                   sheet=base.spec.sheet.replace(str(YEAR), str(edit.year)))
    plan = Plan(spec, copy.deepcopy(base.agencies))
    _drop(plan, set(edit.drop))
    for entry in edit.add:
        _add(nom, plan, edit, *entry)
    for agency in edit.agencies:
        extra = build_plan(nom, replace(base.spec, key=f"{base.spec.key}+{agency[1]}", agencies=[agency]))
        _mark_uids(extra)
        plan.agencies.append(extra.agencies[0])
    _reword(plan, edit)
    _rebudget(plan, edit)
    plan.agencies.sort(key=lambda agency: agency.opd)
    for agency in plan.agencies:
        agency.programs.sort(key=lambda node: node.code)
        for program in agency.programs:
            program.children.sort(key=lambda node: node.code)
            for kegiatan in program.children:
                kegiatan.children.sort(key=lambda node: node.code)
    return plan


def _drop(plan: Plan, codes: set[str]) -> None:
    """Remove the items with these codes (and any kegiatan or program left empty)."""
    found = {node.code for node in plan.nodes()} & codes
    if found != codes:
        raise AssertionError(f"{plan.spec.key} {plan.spec.year}: cannot drop {sorted(codes - found)}")
    for agency in plan.agencies:
        for program in agency.programs:
            for kegiatan in program.children:
                kegiatan.children = [sub for sub in kegiatan.children if sub.code not in codes]
            program.children = [k for k in program.children if k.code not in codes and k.children]
        agency.programs = [p for p in agency.programs if p.code not in codes and p.children]


def _add(nom: Nomenclature, plan: Plan, edit: YearEdit, opd: str, code: str, name: str = "") -> None:
    """Add a kegiatan (with its first sub kegiatan) or a sub kegiatan, and the program and kegiatan above it."""
    spec, level = plan.spec, plan.spec.level
    agency = next(agency for agency in plan.agencies if agency.opd == opd)
    rng = random.Random(f"{SEED}:{spec.key}:{edit.year}:{code}")
    segments = code.split(".")
    program = _child(agency.programs, "program", ".".join(segments[:3]), nom, level, agency, rng)
    kegiatan = _child(program.children, "kegiatan", ".".join(segments[:5]), nom, level, agency, rng)
    if len(segments) == 5:
        segments = ranked(f"{spec.key}:{code}", sub_candidates(nom, level, code))[0]["code"].split(".")
    sub_code = ".".join(segments)
    if any(sub.code == sub_code for sub in kegiatan.children):
        raise AssertionError(f"{spec.key} {edit.year}: {sub_code} is already in the plan")
    sub = Node("sub_kegiatan", level, sub_code, sub_code, name or nom.need(level, sub_code)["name"], agency.name, agency.bidang)
    sub.uid = f"sub_kegiatan:{sub_code}"
    sub.budget = rng.randint(5, 150) * MONEY_STEP
    sub.next_budget = sub.budget
    if level == "provinsi":
        sub.location, sub.places = spec.government, (spec.government,)
    else:
        sub.location, sub.places = local_location(rng, spec, False, agency.name), (spec.place,)
    sub.funding = rng.choice(FUNDING_PROV if level == "provinsi" else FUNDING_KAB)
    sub.group = rng.choice(GROUPS)
    sub.indicator, sub.target, sub.unit = sub_indicator(sub.name, rng)
    sub.forced = True  # the hand-made sheet keeps its code: the audit's truth is about changes, not typing
    kegiatan.children.append(sub)


def _child(nodes: list[Node], kind: str, code: str, nom: Nomenclature, level: str, agency: Agency, rng) -> Node:
    """The program or kegiatan with this code, created from the nomenclature when the plan lacks it."""
    for node in nodes:
        if node.code == code:
            return node
    node = Node(kind, level, code, code, nom.need(level, code)["name"], agency.name, agency.bidang)
    node.uid = f"{kind}:{code}"
    node.indicator = rng.choice(PROGRAM_INDICATORS if kind == "program" else KEGIATAN_INDICATORS)
    node.target, node.unit = (rng.choice([80, 90, 100]), "%")
    if kind == "program":
        node.identity = program_identity(nom, level, code, agency.bidang)
    nodes.append(node)
    return node


def _reword(plan: Plan, edit: YearEdit) -> None:
    """That year's wording (and, for a recode, code) of the items the edit names."""
    by_code = {node.code: node for node in plan.nodes()}
    for code, name in edit.rename:
        by_code[code].name = name
        by_code[code].forced = True
    for code, new_code, name in edit.recode:
        node = by_code[code]
        node.code, node.name, node.forced = new_code, name, True


def _rebudget(plan: Plan, edit: YearEdit) -> None:
    """Every sub kegiatan budget moves by -20% to +25% (hash-based); parents carry the new sums."""
    for agency in plan.agencies:
        for program in agency.programs:
            for kegiatan in program.children:
                for sub in kegiatan.children:
                    factor = 0.8 + (_hnum(plan.spec.key, str(edit.year), sub.uid) % 46) / 100
                    sub.budget = max(MONEY_STEP, round(sub.budget * factor / MONEY_STEP) * MONEY_STEP)
                    sub.next_budget = round(sub.budget * 1.08 / MONEY_STEP) * MONEY_STEP
                kegiatan.budget, kegiatan.next_budget = _sum(kegiatan.children), _sum(kegiatan.children, "next_budget")
            program.budget, program.next_budget = _sum(program.children), _sum(program.children, "next_budget")


def build_years(nom: Nomenclature, plans: dict[str, Plan]) -> dict[tuple[str, int], Plan]:
    """Every plan of the audit samples by (key, year); 2024 is the committed 2024 plan itself."""
    out = {(key, YEAR): plans[key] for key in AUDIT_KEYS}
    for edit in YEAR_EDITS:
        out[(edit.key, edit.year)] = build_year(nom, plans[edit.key], edit)
    for key in AUDIT_KEYS:
        _mark_uids(plans[key])
    return out


def _truth_ref(plan: Plan, node: Node) -> dict:
    return {"file": plan.spec.file, "sheet": node.sheet, "row": node.row, "code": node.code, "name": node.name}


def continuity_truth(old: Plan, new: Plan) -> list[dict]:
    """Per kind: the renamed, new and dropped items between two years of one government, and how many continue."""
    out = []
    for kind in ("program", "kegiatan", "sub_kegiatan"):
        before = {node.uid: node for node in old.nodes(kind)}
        after = {node.uid: node for node in new.nodes(kind)}
        both = [uid for uid in before if uid in after]
        renamed = [uid for uid in both if before[uid].name != after[uid].name]
        out.append({
            "government": old.spec.government, "kind": kind, "from_year": old.spec.year, "to_year": new.spec.year,
            "continued": len(both) - len(renamed),
            "renamed": [{"old": _truth_ref(old, before[uid]), "new": _truth_ref(new, after[uid])} for uid in renamed],
            "new": [_truth_ref(new, after[uid]) for uid in after if uid not in before],
            "dropped": [_truth_ref(old, before[uid]) for uid in before if uid not in after],
        })
    return out


def theme_gaps(years: dict[tuple[str, int], Plan]) -> list[dict]:
    """The theme gaps of the plans as built (the same rule as syncheck: funded, then not, then maybe again)."""
    gaps = []
    for theme, pattern in THEME_WORDS.items():
        for key in AUDIT_KEYS:
            present = [(year, any(pattern.search(node.name) or pattern.search(node.code)
                                  for node in years[(key, year)].nodes("sub_kegiatan"))) for year in AUDIT_YEARS]
            last, absent = None, []
            for year, funded in present + [(None, True)]:
                if funded:
                    if absent and last is not None:
                        gaps.append({"theme": theme, "government": years[(key, YEAR)].spec.government,
                                     "last_present": last, "absent_years": absent, "resumed": year})
                    last, absent = year, []
                elif last is not None:
                    absent.append(year)
    return sorted(gaps, key=lambda gap: (gap["government"], gap["theme"]))


def write_years(nom: Nomenclature, years: dict[tuple[str, int], Plan], out_dir: Path) -> dict:
    """Write the 2023 and 2025 workbooks, expected_audit.json and audit.toml."""
    for (key, year), plan in sorted(years.items()):
        if year == YEAR:
            continue
        path = out_dir / plan.spec.file
        layout = plan.spec.layout
        if layout == "renja":
            write_renja(nom, plan, path)
        elif layout == "rkpd_text":
            write_rkpd(nom, plan, path, numeric=False)
        elif layout == "handmade":
            style_handmade(plan)
            write_handmade(plan, path)
        else:
            raise ValueError(layout)
    continuity = [entry for key in AUDIT_KEYS for before, after in zip(AUDIT_YEARS, AUDIT_YEARS[1:])
                  for entry in continuity_truth(years[(key, before)], years[(key, after)])]
    gaps = theme_gaps(years)
    if sorted(gaps, key=str) != sorted(DESIGNED_GAPS, key=str):
        raise AssertionError(f"the plans show theme gaps {gaps}, not the designed {DESIGNED_GAPS}")
    expected = {
        "generated_by": "sample_data/make_samples.py",
        "years": list(AUDIT_YEARS),
        "files": {years[(key, year)].spec.government: {str(year): years[(key, year)].spec.file for year in AUDIT_YEARS}
                  for key in AUDIT_KEYS},
        "rules": {
            "continuity": "one entry per distinct item and pair of consecutive years; renamed = the same item (same "
            "code, or the same place under a new code) with a changed name; a hand-made sheet is typed anew each "
            "year (codes dropped, abbreviations, typos), which is not a change",
            "theme_gaps": "a theme a government funded (a sub kegiatan of it in the plan) and then did not",
        },
        "continuity": continuity,
        "theme_gaps": gaps,
    }
    (out_dir / "expected_audit.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (out_dir / "audit.toml").write_text(audit_toml(years), encoding="utf-8")
    return expected


def audit_toml(years: dict[tuple[str, int], Plan]) -> str:
    """The sample audit file: governments, then one [years.N] block per year."""
    lines = [
        "# The sample audit: syncheck audit sample_data/audit.toml -o audit.xlsx",
        "# Generated by sample_data/make_samples.py. Next year's rerun: add one [years.N] block.",
        'title = "Audit sinkronisasi RKPD 2023-2025 (contoh)"',
        "",
        "[thresholds]",
        "threshold = 90",
        "review_threshold = 75",
        "rename = 60",
        "",
    ]
    for key in AUDIT_KEYS:
        spec = years[(key, YEAR)].spec
        level = "provinsi" if spec.level == "provinsi" else spec.government.split()[0].lower()
        lines += ["[[governments]]", f'name = "{spec.government}"', f'level = "{level}"']
        if level != "provinsi":
            province = next(pair[0] for pair in PAIRS if pair[1] == key)
            lines.append(f'province = "{years[(province, YEAR)].spec.government}"')
        lines.append("")
    for year in AUDIT_YEARS:
        lines.append(f"[years.{year}]")
        lines += [f'"{years[(key, year)].spec.government}" = "{years[(key, year)].spec.file}"' for key in AUDIT_KEYS]
        lines.append("")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------
# Orchestration
# --------------------------------------------------------------------------------------


def build_plans(nom: Nomenclature) -> dict[str, Plan]:
    return {spec.key: build_plan(nom, spec) for spec in SPECS}


def _fingerprint(plans: dict[str, Plan]) -> list:
    return [
        (key, node.kind, node.code, node.name, node.budget, node.location, node.identity)
        for key, plan in plans.items() for node in plan.nodes()
    ]


def write_all(nom: Nomenclature, plans: dict[str, Plan], out_dir: Path) -> dict:
    out_dir.mkdir(parents=True, exist_ok=True)
    handmade_notes: dict[str, list[str]] = {}
    for spec in SPECS:
        plan = plans[spec.key]
        path = out_dir / spec.file
        if spec.layout == "renja":
            write_renja(nom, plan, path)
        elif spec.layout == "renja_sheets":
            write_renja_sheets(nom, plan, path)
        elif spec.layout == "rkpd_numbers":
            write_rkpd(nom, plan, path, numeric=True)
        elif spec.layout == "rkpd_text":
            write_rkpd(nom, plan, path, numeric=False)
        elif spec.layout == "handmade":
            handmade_notes = style_handmade(plan)
            write_handmade(plan, path)
        else:
            raise ValueError(spec.layout)
    pairs = [pair_truth(plans[left], plans[right]) for left, right in PAIRS]
    for (left, right), pair in zip(PAIRS, pairs):
        wanted = PUBLISHED.get((left, right))
        got = (pair["summaries"][0]["left_total"], pair["summaries"][0]["same"])
        if wanted and got != wanted:
            raise AssertionError(f"{left}/{right}: got {got[1]} of {got[0]} programs, want {wanted[1]} of {wanted[0]}")
    expected = {
        "generated_by": "sample_data/make_samples.py",
        "year": YEAR,
        "rules": {
            "program_same": "the same nomenclature program (same code and name up to level words and spelling "
            "variants, or the same name under another code); a support program X.XX.01 is the same only when "
            "the agency bidang that replaces X.XX is the same",
            "substantive_overlap": "a province sub kegiatan whose Lokasi names the kab/kota (or one of its "
            "kecamatan) and a kab/kota sub kegiatan that is identical: same program, same kegiatan and sub "
            "kegiatan slot (code differing only in the level digit), same kegiatan and sub kegiatan name after "
            "removing the level words; 'Provinsi ...' as Lokasi is province-wide and never counts",
            "relation": "identical when the kab/kota row carries its code, similar when it has none",
        },
        "files": {spec.file: {"government": spec.government, "level": "provinsi" if spec.level == "provinsi"
                              else spec.government.split()[0].lower(), "layout": spec.layout}
                  for spec in SPECS},
        "pairs": pairs,
    }
    (out_dir / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (out_dir / "README.md").write_text(readme(plans, expected, handmade_notes), encoding="utf-8")
    return expected


def build_all(out_dir: Path, subset: Path | None = None) -> dict:
    """Build every workbook, expected.json, expected_audit.json, audit.toml and README.md into out_dir."""
    nom = Nomenclature(subset or HERE / SUBSET_NAME)
    plans = build_plans(nom)
    expected = write_all(nom, plans, out_dir)
    years = build_years(nom, plans)
    audit = write_years(nom, years, out_dir)
    with open(out_dir / "README.md", "a", encoding="utf-8") as handle:
        handle.write(audit_readme(years, audit))
    return expected


def refresh_subset(official: Path, subset: Path) -> None:
    """Select the rows the samples use from the official list and write them to the subset."""
    full = Nomenclature(official)
    plans = build_plans(full)
    years = build_years(full, plans)
    for plan in list(plans.values()) + list(years.values()):  # the writers look up urusan/bidang names: keep those rows too
        for agency in plan.agencies:
            for urusan, bidangs in _groups(full, plan.spec.level, agency.programs):
                full.need("semua", urusan)
                for bidang, _ in bidangs:
                    full.need(plan.spec.level, bidang)
    rows = full.used_rows()
    with open(subset, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({name: row.get(name, "") for name in CSV_FIELDS})
    small = Nomenclature(subset)
    again = build_plans(small)
    again_years = build_years(small, again)
    if _fingerprint(again) != _fingerprint(plans) or _fingerprint(again_years) != _fingerprint(years):
        raise AssertionError("building from the subset differs from building from the official list")
    print(f"wrote {subset} ({len(rows)} rows)")


# --------------------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------------------


def rupiah(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def readme(plans: dict[str, Plan], expected: dict, notes: dict[str, list[str]]) -> str:
    lines = [
        "# Sample RKPD workbooks",
        "",
        "Generated by `python sample_data/make_samples.py` (run from the repository root; do not edit the",
        "generated files by hand, change the script and re-run it). The output is deterministic: fixed seed,",
        "hash-based choices, fixed document and zip timestamps. `tests/test_sample_data.py` regenerates the",
        "workbooks and checks they equal the committed ones cell for cell.",
        "",
        "The plans compared are for the year 2024; four governments also have 2023 and 2025 plans for the",
        "multi-year audit (see the end). Names and codes are real nomenclature items; budgets, locations,",
        "indicators and targets are invented. Sub kegiatan budgets are multiples of Rp 10.000.000 and parent",
        "rows (urusan, bidang, program, kegiatan) carry the sum of their children.",
        "",
        "## Source and credit",
        "",
        "The nomenclature (Permendagri 90/2019 as updated by Kepmendagri 050-3708/2020) comes from the",
        "SIMDA Perencanaan (SIMCAN) master data published by the BPKP SIMDA team, repository",
        "`simda-id/simcan`, file `backup_dbmaster/simcan_master_parameter90_20201120.sql`.",
        "Copyright of that data set: **Badan Pengawasan Keuangan dan Pembangunan (BPKP)**; its README allows",
        "free use with this credit, no commercial use, and open release of modifications.",
        "",
        "`nomenclature_subset.csv` holds only the rows these samples use (same columns as the converted",
        "official list: kind, code, name, level, parent_code, status, changed_by_kep_050_3708, footnote_marker).",
        "It was made with `python sample_data/make_samples.py --refresh-subset ../shared/nomenclature/nomenclature.csv`,",
        "which picks the items from the full list, writes the subset, and checks that building from the subset",
        "gives the same plans. A normal run reads only the subset, so it works on a fresh clone.",
        "The names are those of the 2020 list (2-digit sub kegiatan numbers); some files show the sub kegiatan",
        "part with 4 digits (`...0001`) the way 2024 SIPD exports do. That is a display convention here, not",
        "a claim about the later decrees, which renumbered some items.",
        "",
        "## Files",
        "",
        "| file | what it is | layout |",
        "|---|---|---|",
        "| `provinsi_jawa_tengah_2024.xlsx` | province plan, 20 agencies, **83 distinct programs** | SIPD Renja export, "
        "one sheet `Renja 2024`: title rows 1-3, header row 6 (No, Kode, Urusan/ Bidang Urusan/ Program/ Kegiatan/ "
        "Sub Kegiatan, Indikator, Target 2024, Satuan, Pagu Indikatif (Rp), Lokasi, Sumber Dana, Kelompok Sasaran, "
        "Prakiraan Maju 2025 (Rp), Perangkat Daerah), column-number row 7, merged `Unit Organisasi : <OPD code> "
        "<name>` banner before each agency, full dotted codes (4-digit sub kegiatan), final `Jumlah` row |",
        "| `kota_semarang_2024.xlsx` | Kota Semarang plan; 78 of the 83 Jawa Tengah programs are the same program "
        "here | SIPD RKPD export, sheet `RKPD 2024`: merged header rows 5-7 (`Kode` over A5:E7, `Indikator Kinerja` "
        "over Tolok Ukur / Target (Nilai, Satuan), `Prakiraan Maju 2025` over Target / Pagu), column-number row 8 "
        "(1..15: note that A8:E8 read 1|2|3|4|5), code split over A-E typed as numbers (`1 | 2 | 2 | 2.01 | 1`; "
        "kegiatan `2.10` arrives as `2.1`), kecamatan in Lokasi, banner rows, final `TOTAL` row |",
        "| `kabupaten_demak_2024.xlsx` | Kabupaten Demak plan typed by hand | one sheet `Sheet1`: title rows 1-3, "
        "header row 5 `Kode Rekening | Program / Kegiatan / Sub Kegiatan | Lokasi | Pagu (Rp) | OPD`, no "
        "banners and no urusan/bidang rows, a blank row between agencies, final `TOTAL` row; 2-digit sub kegiatan "
        "codes; abbreviations, mixed case, double spaces, `(Lanjutan)`, typos, codeless rows, a code glued to "
        "its name, budgets partly as text (`Rp 1.250.000.000,00`, `Rp. 1.250.000.000`, `1.250.000.000`); "
        "kegiatan rows sometimes without a budget |",
        "| `kota_magelang_2024.xlsx` | Kota Magelang plan, one sheet per agency | sheet name = agency name cut to 31 "
        "characters; each sheet: title rows 1-3, `Perangkat Daerah : <OPD code> <name>` in row 4, Renja header row "
        "6 (no Kelompok Sasaran / Prakiraan Maju columns), column-number row 7, items, `Jumlah` row; plus a hidden "
        "sheet `Referensi` (second position) with junk, including code-like rows, that readers must skip |",
        "| `provinsi_kalimantan_selatan_2024.xlsx` | province plan, **37 distinct programs** | Renja layout as "
        "Jawa Tengah, 2-digit sub kegiatan codes |",
        "| `kota_banjarbaru_2024.xlsx` | Kota Banjarbaru plan; 36 of the 37 Kalimantan Selatan programs are the "
        "same program here | RKPD layout as Kota Semarang but the code parts are text with leading zeros "
        "(`1 | 02 | 02 | 2.01 | 0001`) |",
        "| `expected.json` | ground truth per pair: program totals and `same`, which programs match and why, "
        "which do not, substantive overlaps and near-misses with file/sheet/row on both sides | |",
        "| `nomenclature_subset.csv` | the nomenclature rows the script uses | |",
        "",
        "## Expected headline figures (kind = program)",
        "",
        "| province file | kab/kota file | left_total | same |",
        "|---|---|---|---|",
    ]
    for pair in expected["pairs"]:
        summary = pair["summaries"][0]
        lines.append(f"| `{pair['left']}` | `{pair['right']}` | {summary['left_total']} | {summary['same']} |")
    lines += [
        "",
        "How 78 of 83 is built: every Jawa Tengah program is planned by Kota Semarang except five:",
    ]
    semarang_pair = expected["pairs"][0]
    for item in semarang_pair["program_not_same"]:
        lines.append(f"- `{item['code']}` {item['name']}: {item['note']}")
    lines += [
        "",
        "Traps inside the 78: support programs match only by agency bidang (the province's Disdikbud 1.01.01 "
        "matches the city's Dinas Pendidikan 1.01.01; the city's Disbudpar support program 3.26.01 matches "
        "nothing); `2.08.02` (PENGARUSUTAMAAN vs PENGARUS UTAMAAN), `2.24.04` (PERIZINAN vs PERIJINAN) and "
        "`3.25.05` (SUMBER DAYA vs SUMBERDAYA) differ in spelling between the levels; province `4.01.06` "
        "PROGRAM PEREKONOMIAN DAN PEMBANGUNAN is the city's `4.01.03` (same program, different code); "
        "province `2.22.02` sits under the education office, the city's under the culture office. "
        "Kota Semarang also has city-only programs (e.g. 1.03.02, 1.03.06, 1.04.04, 2.11.11, 2.12.x, 2.14.x, "
        "2.16.02, 2.17.x, 2.19.03, 3.26.01, 3.26.04, 7.01.x) and `4.01.02` with its kab/kota name.",
        "",
        "How 36 of 37 is built: Kota Banjarbaru plans every Kalimantan Selatan program except `4.01.05` "
        "PROGRAM FASILITASI DAN KOORDINASI HUKUM (a province-only program); it also shows `4.01.02` with the "
        "kab/kota name and city-only programs.",
        "",
        "## Substantive overlaps (same sub kegiatan, same place, both levels fund it)",
        "",
        "| pair | province row | kab/kota row | sub kegiatan | province Lokasi | kab/kota Lokasi | budgets (Rp) |",
        "|---|---|---|---|---|---|---|",
    ]
    for pair in expected["pairs"]:
        for item in pair["substantive_overlaps"]:
            left, right = item["left"], item["right"]
            lines.append(
                f"| {pair['left'].split('_2024')[0]} / {pair['right'].split('_2024')[0]} | "
                f"`{left['sheet']}`!{left['row']} `{left['code']}` | "
                f"`{right['sheet']}`!{right['row']} `{right['code_shown'] or '(no code)'}` | {left['name']} | "
                f"{left['location']} | {right['location']} | {rupiah(left['budget'])} / {rupiah(right['budget'])} |"
            )
    lines += [
        "",
        "Near misses that must **not** be reported as substantive overlaps:",
        "",
    ]
    for pair in expected["pairs"]:
        for item in pair["not_substantive_overlaps"]:
            lines.append(
                f"- {pair['right']}: province row {item['left']['row']} `{item['left']['code']}` "
                f"({item['left']['location']}) vs row {item['right']['row']} `{item['right']['code']}`: {item['why_not']}."
            )
    lines += [
        "",
        "Province sub kegiatan of support programs are located `Provinsi Jawa Tengah` / `Provinsi Kalimantan "
        "Selatan` (province-wide): they are identical to many city support sub kegiatan but are not in the city.",
        "",
        "## What was done to the hand-made Demak sheet",
        "",
    ]
    for label, items in notes.items():
        lines.append(f"- {label}: " + "; ".join(items))
    lines.append("")
    return "\n".join(lines)


def audit_readme(years: dict[tuple[str, int], Plan], audit: dict) -> str:
    """The README section on the multi-year audit samples."""
    lines = [
        "",
        "## The audit samples (2023-2025)",
        "",
        "`syncheck audit sample_data/audit.toml -o audit.xlsx` audits four governments over three years. The 2023",
        "and 2025 plans are the 2024 plans with items dropped, added and reworded, budgets moved by -20% to +25%,",
        "and (Demak) the hand-made sheet typed anew: other rows lose their code, get abbreviated or mistyped.",
        "`audit.toml` names the governments, their province and the files per year; `expected_audit.json` is the",
        "ground truth (every renamed, new and dropped item with its row, how many continue, the theme gaps).",
        "",
        "| government | " + " | ".join(str(year) for year in AUDIT_YEARS) + " |",
        "|---|" + "---|" * len(AUDIT_YEARS),
    ]
    for government, files in audit["files"].items():
        lines.append(f"| {government} | " + " | ".join(f"`{files[str(year)]}`" for year in AUDIT_YEARS) + " |")
    lines += ["", "What changes (program / kegiatan / sub kegiatan):", ""]
    for entry in audit["continuity"]:
        parts = [f"{len(entry[status])} {status}" for status in ("renamed", "new", "dropped") if entry[status]]
        if parts:
            lines.append(f"- {entry['government']} {entry['from_year']}->{entry['to_year']}, {entry['kind']}: "
                         + ", ".join(parts))
            for pair in entry["renamed"]:
                old, new = pair["old"], pair["new"]
                code = old["code"] if old["code"] == new["code"] else f"{old['code']} -> {new['code']}"
                lines.append(f"  - renamed `{code}`: {old['name']} -> {new['name']}")
    lines += ["", "Theme gaps the audit must report:", ""]
    for gap in audit["theme_gaps"]:
        after = f"funded again in {gap['resumed']}" if gap["resumed"] else "not funded again"
        absent = ", ".join(str(year) for year in gap["absent_years"])
        lines.append(f"- `{gap['theme']}` in {gap['government']}: funded until {gap['last_present']}, "
                     f"not in {absent}, {after}")
    lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--refresh-subset", metavar="PATH", type=Path,
                        help="re-select the rows from the official nomenclature CSV and rewrite the subset")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: next to this script)")
    args = parser.parse_args(argv)
    subset = HERE / SUBSET_NAME
    if args.refresh_subset:
        refresh_subset(args.refresh_subset, subset)
    elif not subset.exists():
        parser.error(f"{subset} is missing: run with --refresh-subset PATH/nomenclature.csv")
    expected = build_all(args.out, subset)
    for pair in expected["pairs"]:
        summary = pair["summaries"][0]
        print(f"{pair['left']} vs {pair['right']}: {summary['same']} of {summary['left_total']} programs the same, "
              f"{len(pair['substantive_overlaps'])} substantive overlaps")
    return 0


if __name__ == "__main__":
    sys.exit(main())
