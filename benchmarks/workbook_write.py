#!/usr/bin/env python3
"""Time the overlap workbook writer alone on a synthetic 6,000 vs 5,000 item result with 11,000 links.

    python benchmarks/workbook_write.py [--profile]

No input files are read: the Result is built in memory, so only write_workbook is measured
(wall and CPU seconds, and the peak RSS before and after).
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from syncheck.graph import build_clusters
from syncheck.models import Code, Item, Kind, Level, Link, Plan, Relation, Result, SourceRef
from syncheck.placement import IN
from syncheck.tally import overlap_of, pair_placements, run_places, summarize
from syncheck.workbook import write_workbook

KINDS = (Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN)
RELATIONS = (Relation.IDENTICAL, Relation.SIMILAR, Relation.COUNTERPART, Relation.REVIEW)


def items(file: str, count: int, level: str, rng: random.Random) -> tuple[Item, ...]:
    """count items: a program every 50 rows, a kegiatan every 7, sub kegiatan otherwise."""
    out = []
    for index in range(count):
        kind = KINDS[0 if index % 50 == 0 else (1 if index % 7 == 0 else 2)]
        segments = ("1", "02", f"{index % 90:02d}", level, f"{index % 97:02d}", f"{index:04d}")[: kind.depth]
        name = f"Pembangunan Sarana Prasarana Nomor {index} Kewenangan Daerah"
        out.append(Item(SourceRef(file, "Sheet1", index + 5), kind, name, Code(segments), ".".join(segments),
                        budget=rng.randrange(10**6, 10**10), agency="DINAS PEKERJAAN UMUM", location="Kota Contoh"))  # fmt: skip
    return tuple(out)


def synthetic_result() -> Result:
    """A province of 6,000 rows, a city of 5,000, 11,000 links of every relation."""
    rng = random.Random(1)
    left = Plan("prov.xlsx", "/x/prov.xlsx", "", "Provinsi Contoh", Level.PROVINSI, 2024, (), items("prov.xlsx", 6000, "1", rng), (), (), 6000)
    right = Plan("kota.xlsx", "/x/kota.xlsx", "", "Kota Contoh", Level.KOTA, 2024, (), items("kota.xlsx", 5000, "2", rng), (), (), 5000)
    links = []
    for number in range(11000):
        a = left.items[number % 6000]
        b = next(item for item in right.items[(number * 7) % 5000 :] + right.items if item.kind is a.kind)
        links.append(Link(a.kind, RELATIONS[number % 4], 75 + number % 25, "names partly alike (score 80); x differ", a, b))
    placed = pair_placements(left, right, links, run_places([left, right], [(0, 1)]), 1)  # as compare places them
    overlaps = [overlap_of(link, placement) for link, placement in placed if placement.status == IN]
    return Result((left, right), tuple(links), tuple(summarize(left, right, links)), tuple(overlaps),
                  build_clusters([left, right], links), ())  # fmt: skip


def main() -> None:
    result = synthetic_result()
    path = str(Path(tempfile.mkdtemp()) / "pair.xlsx")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    wall, cpu = time.perf_counter(), time.process_time()
    if "--profile" in sys.argv:
        import cProfile
        import pstats

        cProfile.runctx("write_workbook(result, path, 'id')", globals(), {"result": result, "path": path}, "/tmp/workbook.prof")
        pstats.Stats("/tmp/workbook.prof").sort_stats("tottime").print_stats(20)
    else:
        write_workbook(result, path, "id")
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(result.links)} links: write_workbook {time.perf_counter() - wall:.2f} s wall, "
          f"{time.process_time() - cpu:.2f} s CPU; peak RSS {before:.0f} -> {after:.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
