"""Write syncheck/data/vocabulary.csv: the words of the official nomenclature's names and how often each occurs,
and syncheck/data/qualifier_words.csv: the words the names write inside brackets or as an acronym, and how often.

python tools/make_vocabulary.py ../shared/nomenclature/nomenclature.csv
The word counts let normalization expand an abbreviation ('Perenc.') to the one word it nearly always
stands for, and tell a word followed by a full stop ('Desa.') from an abbreviation. The bracket words tell an
official qualifier ('(Per Jenis Bencana)', '(KIE)', '(SMA)') in brackets from a plan's own note ('(Pagu Sementara)').
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "syncheck" / "data" / "vocabulary.csv"
QUALIFIER_TARGET = TARGET.with_name("qualifier_words.csv")
HEADER = (
    "# word,count: the words (3+ letters) of the names in the official nomenclature (Permendagri 90/2019 as\n"
    "# updated by Kepmendagri 050-3708/2020) and how often each occurs; written by tools/make_vocabulary.py\n"
)
QUALIFIER_HEADER = (
    "# word,count: the words (3+ letters) the names in the official nomenclature write inside brackets ('(Per Jenis\n"
    "# Bencana)', '(KIE)') or in capitals in a name that is not ('SMA', 'PAUD'), and how often; written by\n"
    "# tools/make_vocabulary.py\n"
)
_BRACKETED = re.compile(r"\(([^()]*)\)")


def word_counts(path: str) -> Counter:
    """How often each lowercase word of 3+ letters occurs in the list's names."""
    counts: Counter = Counter()
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            counts.update(word for word in re.findall(r"[a-z]+", row["name"].lower()) if len(word) >= 3)
    return counts


def qualifier_counts(path: str) -> Counter:
    """How often the list's names write each word of 3+ letters inside brackets, or in capitals in a name not all in capitals."""
    counts: Counter = Counter()
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = row["name"]
            words = [word.lower() for text in _BRACKETED.findall(name) for word in re.findall(r"[A-Za-z]+", text)]
            if not name.isupper():
                words += [word.lower() for word in re.findall(r"[A-Za-z]+", name) if word.isupper()]
            counts.update(word for word in words if len(word) >= 3)
    return counts


def _write(target: Path, header: str, counts: Counter) -> None:
    """Write one word-count file, most frequent words first."""
    lines = [f"{word},{count}\n" for word, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    target.write_text(header + "".join(lines), encoding="utf-8")


def main(path: str) -> None:
    """Write the vocabulary file and the qualifier-word file."""
    _write(TARGET, HEADER, word_counts(path))
    _write(QUALIFIER_TARGET, QUALIFIER_HEADER, qualifier_counts(path))


if __name__ == "__main__":
    main(sys.argv[1])
