"""Write syncheck/data/vocabulary.csv: the words of the official nomenclature's names and how often each occurs.

python tools/make_vocabulary.py ../shared/nomenclature/nomenclature.csv
The word counts let normalization expand an abbreviation ('Perenc.') to the one word it nearly always
stands for, and tell a word followed by a full stop ('Desa.') from an abbreviation.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "syncheck" / "data" / "vocabulary.csv"
HEADER = (
    "# word,count: the words (3+ letters) of the names in the official nomenclature (Permendagri 90/2019 as\n"
    "# updated by Kepmendagri 050-3708/2020) and how often each occurs; written by tools/make_vocabulary.py\n"
)


def word_counts(path: str) -> Counter:
    """How often each lowercase word of 3+ letters occurs in the list's names."""
    counts: Counter = Counter()
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            counts.update(word for word in re.findall(r"[a-z]+", row["name"].lower()) if len(word) >= 3)
    return counts


def main(path: str) -> None:
    """Write the vocabulary file, most frequent words first."""
    counts = word_counts(path)
    lines = [f"{word},{count}\n" for word, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    TARGET.write_text(HEADER + "".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
