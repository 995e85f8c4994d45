#!/usr/bin/env python3
"""Stage-by-stage benchmark of syncheck on generated RKPD workbooks.

    python benchmarks/bench.py --scenario pair|province|national [--quick] [--workdir DIR]

See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import csv
import gc
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl

from syncheck.graph import build_clusters
from syncheck.entries import prepare
from syncheck.match import link_entries
from syncheck.codes import parse_cell_code
from syncheck.models import Item, Kind, Options, Result, SourceRef, build_frozen
from syncheck.normalize import default_rules
from syncheck.readers import read_plan
from syncheck.sources import load_sheets
from syncheck.report import write_json
from syncheck.placement import IN
from syncheck.tally import overlap_of, pair_placements, run_places, summarize
from syncheck.workers import bulk_phase

try:
    from syncheck.report import write_workbook
except ImportError:  # the workbook writer lives in syncheck.workbook in some versions
    from syncheck.workbook import write_workbook

ROOT = Path(__file__).resolve().parent.parent
OFFICIAL = ROOT.parent / "shared" / "nomenclature" / "nomenclature.csv"
SUBSET = ROOT / "sample_data" / "nomenclature_subset.csv"
HEADER = ("No", "Kode", "Urusan/ Bidang Urusan/ Program/ Kegiatan/ Sub Kegiatan", "Pagu Indikatif (Rp)", "Lokasi", "Perangkat Daerah")
AGENCIES = ("DINAS PENDIDIKAN", "DINAS KESEHATAN", "DINAS PEKERJAAN UMUM", "BAPPEDA", "DINAS SOSIAL", "DINAS PERHUBUNGAN")
ABBREV = (("Pembangunan", "Pemb."), ("Peningkatan", "Peningk."), ("Kabupaten/Kota", "Kab/Kota"), (" dan ", " & "))
LINKED = (Kind.PROGRAM, Kind.KEGIATAN, Kind.SUB_KEGIATAN)
GEN_VERSION = "v1"


# ----------------------------------------------------------------------------- nomenclature


def nomenclature_path() -> Path:
    """The official nomenclature if present, else the shipped subset."""
    return OFFICIAL if OFFICIAL.exists() else SUBSET


def load_tree(level: str) -> list[tuple[str, str, list[tuple[str, str, list[tuple[str, str]]]]]]:
    """Programs -> kegiatan -> sub kegiatan of one level, support codes X.XX mapped to 1.02."""
    rows = defaultdict(list)
    with open(nomenclature_path(), newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["level"] in (level, "semua") and row["kind"] in ("program", "kegiatan", "sub_kegiatan"):
                code = row["code"].replace("X.XX", "1.02", 1)
                rows[row["kind"]].append((code, " ".join(row["name"].split())))
    subs = defaultdict(list)
    for code, name in rows["sub_kegiatan"]:
        subs[code.rsplit(".", 1)[0]].append((code, name))
    kegs = defaultdict(list)
    for code, name in rows["kegiatan"]:
        if subs[code]:
            kegs[code.rsplit(".", 2)[0]].append((code, name, subs[code]))
    return [(code, name, kegs[code]) for code, name in rows["program"] if kegs[code]]


# ----------------------------------------------------------------------------- generation


def noisy(name: str, rng: random.Random) -> str:
    """One realistic spelling variation of a name."""
    choice = rng.randrange(6)
    if choice == 0:
        for long, short in ABBREV:
            name = name.replace(long, short)
        return name
    if choice == 1:
        return name.upper() if rng.random() < 0.5 else name.lower()
    if choice == 2:
        return name.replace(" ", "  ", 2)
    if choice == 3:
        return name + " (Lanjutan)"
    if choice == 4 and len(name) > 12:
        at = rng.randrange(4, len(name) - 1)
        return name[:at] + name[at + 1:] if name[at].isalpha() else name
    return name.upper()


def plan_rows(level: str, rows: int, seed: int, noise: float) -> list[tuple]:
    """Item rows (No, Kode, name, pagu, lokasi, OPD) cycling the nomenclature until `rows`."""
    rng = random.Random(seed)
    tree = load_tree(level)
    out: list[tuple] = []
    cycle = 0
    while len(out) < rows:
        agency = AGENCIES[cycle % len(AGENCIES)]
        for p_code, p_name, kegs in rng.sample(tree, len(tree)):
            out.append(row_for(len(out), p_code, p_name, agency, rng, noise))
            for k_code, k_name, subs in kegs:
                out.append(row_for(len(out), k_code, k_name, agency, rng, noise))
                for s_code, s_name in subs:
                    out.append(row_for(len(out), s_code, s_name, agency, rng, noise))
            if len(out) >= rows:
                return out
        cycle += 1
    return out


def row_for(index: int, code: str, name: str, agency: str, rng: random.Random, noise: float) -> tuple:
    """One worksheet row, with noise with probability `noise` and ~3% codeless when noisy."""
    if rng.random() < noise:
        name = noisy(name, rng)
        code = "" if rng.random() < 0.2 else code
    pagu = rng.randrange(1, 500) * 10_000_000
    return (index + 1, code, name, pagu, rng.choice(("Kec. Utara", "Kec. Selatan", "Seluruh Wilayah")), agency)


def write_plan(path: Path, government: str, level: str, rows: int, seed: int, noise: float) -> None:
    """Write one Renja-like workbook with openpyxl's write-only mode."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("RKPD")
    for title in ("RENCANA KERJA PEMERINTAH DAERAH", government, "TAHUN 2024", ""):
        sheet.append((title,))
    sheet.append(HEADER)
    for row in plan_rows(level, rows, seed, noise):
        sheet.append(row)
    tmp = path.with_suffix(".tmp.xlsx")
    book.save(tmp)
    os.replace(tmp, path)


def plan_path(workdir: Path, government: str, level: str, rows: int, seed: int, noise: float) -> Path:
    """Where the cached workbook for these parameters lives."""
    key = f"{GEN_VERSION}_{nomenclature_path().stem}_{level}_{rows}_{seed}_{int(noise * 100)}"
    return workdir / "cache" / f"{key}_{government.replace(' ', '_').lower()}.xlsx"


def ensure_plan(workdir: Path, government: str, level: str, rows: int, seed: int, noise: float) -> Path:
    """The cached workbook for these parameters, generated if missing."""
    path = plan_path(workdir, government, level, rows, seed, noise)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_plan(path, government, level, rows, seed, noise)
    return path


def alias(src: Path, dst: Path) -> Path:
    """Hard-link (or copy) a cached file under another name."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    if not dst.exists():
        try:
            os.link(src, dst)
        except OSError:
            shutil.copyfile(src, dst)
    return dst


#: one syllable per digit: generated governments get names of letters, as real ones have ('KOTA KIBABAKI' for 1001); a
# number in a name ('KOTA SAMPEL 1001') is not read as a name, and every file of a group was 'Kota Sampel'
_SYLLABLES = ("ba", "ki", "mu", "so", "ra", "te", "lo", "ni", "pa", "du")


def sample_name(level: str, number: int) -> str:
    """A generated government's distinct name: 'KOTA KIBABAKI' for kab/kota 1001, 'PROVINSI MU' for province 2."""
    return f"{level} {''.join(_SYLLABLES[int(digit)] for digit in str(number))}".upper()


def kabkota_files(workdir: Path, n: int, rows: int, distinct: int, tag: str, first_seed: int = 100) -> list[Path]:
    """n kab/kota files: each its own plan (distinct=0), or built from `distinct` generated ones aliased under other names."""
    count = min(n, distinct) if distinct else n
    specs = [(workdir, sample_name("kota", first_seed - 99 + i), "kabkota", rows, first_seed + i, 0.15) for i in range(count)]
    base = generate(specs)
    return [alias(base[i % count], workdir / "inputs" / tag / f"kota_{i + 1:03d}.xlsx") for i in range(n)]


def generate(specs: list[tuple]) -> list[Path]:
    """ensure_plan for every spec, on every CPU (generation is not what is measured)."""
    missing = [spec for spec in specs if not plan_path(*spec).exists()]
    if len(missing) > 1:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool() as pool:
            pool.starmap(ensure_plan, missing)
    return [ensure_plan(*spec) for spec in specs]


# ----------------------------------------------------------------------------- measuring


def cpu_reference() -> str:
    """Seconds of a fixed pure-Python loop: shared machines run faster or slower from hour to hour."""
    start = time.perf_counter()
    total = 0
    for number in range(10_000_000):
        total += number * number
    return f"CPU reference (10M-step Python loop): {time.perf_counter() - start:.2f} s"


def rss_mb() -> float:
    """Current resident set size in MB, from /proc/self/status."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def peak_mb() -> float:
    """Peak resident set size of this process in MB (ru_maxrss is KB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass
class Stage:
    """Accumulated time, rows and RSS growth of one stage."""

    seconds: float = 0.0
    rows: int = 0
    rss_delta: float = 0.0
    peak: float = 0.0


@dataclass
class Timer:
    """Per-stage accumulators."""

    stages: dict[str, Stage] = field(default_factory=dict)

    def run(self, name: str, rows: int, fn, *args):
        """Call fn(*args), adding its time, rows and RSS change to stage `name` (with the collector settings the
        command runs its stages with: workers.bulk_phase)."""
        stage = self.stages.setdefault(name, Stage())
        before = rss_mb()
        start = time.perf_counter()
        with bulk_phase():
            value = fn(*args)
        stage.seconds += time.perf_counter() - start
        stage.rows += rows
        stage.rss_delta = max(stage.rss_delta, rss_mb() - before)
        stage.peak = peak_mb()
        return value

    def table(self) -> str:
        """Markdown table: stage | seconds | rows/s | RSS delta | peak RSS."""
        lines = ["| stage | seconds | rows/s | max RSS delta MB | peak RSS MB |", "|---|---:|---:|---:|---:|"]
        for name, s in self.stages.items():
            rate = f"{s.rows / s.seconds:,.0f}" if s.seconds and s.rows else "-"
            lines.append(f"| {name} | {s.seconds:.2f} | {rate} | {s.rss_delta:+.1f} | {s.peak:.0f} |")
        total = sum(s.seconds for s in self.stages.values())
        lines.append(f"| **total** | **{total:.2f}** | | | **{peak_mb():.0f}** |")
        return "\n".join(lines)


def item_rows(plan) -> int:
    """Linked-kind item count of a plan."""
    return sum(1 for item in plan.items if item.kind in LINKED)


# ----------------------------------------------------------------------------- baselines

#: the Item fields floor_seconds fills with '' (a real reader fills them with the row's texts)
FLOOR_FIELDS = ("kind", "name", "code_raw", "indicator", "target", "location", "budget", "funding", "agency", "agency_code",
                "program_code", "kegiatan_code", "program_name", "kegiatan_name")


def calamine_seconds(paths: list[Path]) -> float:
    """Seconds python-calamine needs to read every sheet of the files to Python lists."""
    from python_calamine import CalamineWorkbook

    start = time.perf_counter()
    for path in paths:
        book = CalamineWorkbook.from_path(str(path))
        for index in range(len(book.sheet_names)):
            book.get_sheet_by_index(index).to_python()
    return time.perf_counter() - start


def floor_seconds(paths: list[Path]) -> float:
    """Seconds for raw python-calamine, then one item object per row with its first cell parsed as a code and nothing else.

    The least any Python reader making one object per row must spend: its ratio to raw calamine bounds
    from below what a plan reader (which also finds the header, names, budgets, places) can reach.
    """
    from python_calamine import CalamineWorkbook

    blank = dict.fromkeys(FLOOR_FIELDS, "") | {"parent": None, "official": None}
    start = time.perf_counter()
    for path in paths:
        book = CalamineWorkbook.from_path(str(path))
        for index in range(len(book.sheet_names)):
            for number, row in enumerate(book.get_sheet_by_index(index).to_python(), 1):
                build_frozen(Item, {**blank, "ref": SourceRef(path.name, "", number), "code": parse_cell_code(row[0] if row else None)})
    return time.perf_counter() - start


def read_comparison(paths: list[Path], repeat: int = 3) -> tuple[float, float, float, float, float]:
    """Best-of-`repeat` seconds to read the files' cells (load_sheets), to read them as plans (read_plan),
    to read them with raw python-calamine and raw openpyxl, and the floor_seconds of a per-row reader."""

    def best(measure) -> float:
        times = []
        for _ in range(repeat):
            gc.collect()
            with bulk_phase():  # as the command reads
                times.append(measure())
        return min(times)

    def plans() -> float:
        start = time.perf_counter()
        for path in paths:
            read_plan(str(path))
        return time.perf_counter() - start

    def cells() -> float:
        start = time.perf_counter()
        for path in paths:
            load_sheets(str(path))
        return time.perf_counter() - start

    raw = best(lambda: calamine_seconds(paths))
    return best(cells), best(plans), raw, best(lambda: openpyxl_seconds(paths)), best(lambda: floor_seconds(paths))


def openpyxl_seconds(paths: list[Path]) -> float:
    """Seconds openpyxl (read-only mode) needs to read every sheet's values."""
    start = time.perf_counter()
    for path in paths:
        book = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
        for sheet in book.worksheets:
            for _ in sheet.iter_rows(values_only=True):
                pass
        book.close()
    return time.perf_counter() - start


def baseline_seconds(left: dict, right: dict) -> float:
    """Seconds for rapidfuzz extractOne(WRatio) of every left key over all right keys of its kind."""
    from rapidfuzz import fuzz, process

    start = time.perf_counter()
    for kind in LINKED:
        choices = [entry.key for entry in right.get(kind, [])]
        if choices:
            for entry in left.get(kind, []):
                process.extractOne(entry.key, choices, scorer=fuzz.WRatio)
    return time.perf_counter() - start


# ----------------------------------------------------------------------------- scenarios


def compare_pair(timer: Timer, left, right, left_entries, rules, options) -> list:
    """Normalize the right plan, link, cluster and tally one pair; returns the links."""
    right_entries = timer.run("normalize (prepare)", item_rows(right), prepare, right, rules)
    links = timer.run("link_entries", item_rows(left) + item_rows(right), link_entries, left_entries, right_entries, options)
    timer.run("graph (build_clusters)", len(links), build_clusters, [left, right], links)
    timer.run("tally", len(links), tally_pair, left, right, links)
    return links


def tally_pair(left, right, links: list) -> tuple[list, list]:
    """The pair's headline counts and overlaps as compare makes them (pairing: run_places once, then pair_placements)."""
    placed = pair_placements(left, right, links, run_places([left, right], [(0, 1)]), 1)
    return summarize(left, right, links), [overlap_of(link, placement) for link, placement in placed if placement.status == IN]


def scenario_pair(args, workdir: Path) -> str:
    """One province against one kab/kota, with both baselines."""
    prov = ensure_plan(workdir, "PROVINSI SAMPEL", "provinsi", args.rows_province, 1, 0.0)
    kab = kabkota_files(workdir, 1, args.rows_kabkota, 1, "pair")[0]
    reads = read_comparison([prov, kab])  # first, while the heap is small: a collection would time the heap, not the reader
    timer, rules, options = Timer(), default_rules(), Options()
    left = timer.run("read", 0, read_plan, str(prov))
    right = timer.run("read", 0, read_plan, str(kab))
    timer.stages["read"].rows = left.rows_read + right.rows_read
    left_entries = timer.run("normalize (prepare)", item_rows(left), prepare, left, rules)
    links = compare_pair(timer, left, right, left_entries, rules, options)
    result = make_result([left, right], links)
    out = workdir / "out"
    out.mkdir(exist_ok=True)
    timer.run("write workbook", len(links), write_workbook, result, str(out / "pair.xlsx"), "id")
    timer.run("write JSON", len(links), write_json, result, str(out / "pair.json"))
    base = baseline_seconds(left_entries, prepare(right, rules))
    link_s = timer.stages["link_entries"].seconds
    cells_s, read_s, raw, raw_openpyxl, floor = reads
    return "\n".join([
        f"Pair: province {item_rows(left):,} items, kab/kota {item_rows(right):,} items, {len(links):,} links.\n",
        timer.table(), "",
        "| comparison (reads: best of 3, same process, same collector settings) | syncheck s | reference s | ratio |", "|---|---:|---:|---:|",
        f"| link_entries vs rapidfuzz extractOne(WRatio) per left row | {link_s:.2f} | {base:.2f} | {link_s / base:.2f}x |",
        f"| reading cells (load_sheets: safety checks, then python-calamine) vs raw python-calamine to_python() | {cells_s:.3f} | {raw:.3f} | {cells_s / raw:.2f}x |",
        f"| read_plan (cells, then rows classified into items) vs raw python-calamine to_python() | {read_s:.3f} | {raw:.3f} | {read_s / raw:.1f}x |",
        f"| read_plan vs raw openpyxl read-only iter_rows() | {read_s:.3f} | {raw_openpyxl:.3f} | {read_s / raw_openpyxl:.2f}x |",
        f"| floor: raw python-calamine, then one item object per row (its code parsed, nothing else) vs raw python-calamine | {floor:.3f} | {raw:.3f} | {floor / raw:.2f}x |",
        "", *E2E_HEAD, end_to_end_line("1 province + 1 kab/kota", [prov, kab], out / "pair_e2e", runs=3),
    ])


def make_result(plans: list, links: list) -> Result:
    """A Result for the report writers from already computed parts."""
    summaries, overlaps = tally_pair(plans[0], plans[1], links)
    return Result(plans=tuple(plans), links=tuple(links), summaries=tuple(summaries),
                  overlaps=tuple(overlaps), clusters=build_clusters(plans, links), warnings=())


def run_province(timer: Timer, prov_path: Path, kab_paths: list[Path], marks: tuple[int, ...]) -> dict[int, float]:
    """Read a province, then read and compare each kab/kota one at a time; linking time at marks."""
    rules, options = default_rules(), Options()
    left = timer.run("read", 0, read_plan, str(prov_path))
    rows = left.rows_read
    left_entries = timer.run("normalize (prepare)", item_rows(left), prepare, left, rules)
    at: dict[int, float] = {}
    for n, path in enumerate(kab_paths, 1):
        right = timer.run("read", 0, read_plan, str(path))
        rows += right.rows_read
        compare_pair(timer, left, right, left_entries, rules, options)
        del right
        if n in marks:
            at[n] = timer.stages["link_entries"].seconds
    timer.stages["read"].rows += rows
    return at


def scenario_province(args, workdir: Path) -> str:
    """One province and N kab/kota, pair by pair; linking time per pair at N=5,10,20,38."""
    prov = ensure_plan(workdir, "PROVINSI SAMPEL", "provinsi", args.rows_province, 1, 0.0)
    kabs = kabkota_files(workdir, args.kabkota, args.rows_kabkota, args.distinct, f"prov_{args.kabkota}")
    marks = tuple(n for n in (5, 10, 20, 38, args.kabkota) if n <= args.kabkota)
    timer = Timer()
    at = run_province(timer, prov, kabs, marks)
    lines = [f"Province: 1 province + {args.kabkota} kab/kota ({distinct_text(args)}).\n", timer.table(), "",
             "| N kab/kota | cumulative link_entries s | per pair s |", "|---:|---:|---:|"]
    lines += [f"| {n} | {s:.2f} | {s / n:.3f} |" for n, s in sorted(at.items())]
    lines += ["", *E2E_HEAD, end_to_end_line(f"1 province + {args.kabkota} kab/kota", [prov, *kabs], workdir / "out" / "province", runs=3)]
    return "\n".join(lines)


def distinct_text(args) -> str:
    """How the kab/kota files were made, for the report."""
    return "every file its own plan" if not args.distinct else f"{args.distinct} distinct kab/kota files reused under other names"


def installed_bytecode() -> str:
    """Compile the bytecode of the syncheck the command runs, as `pip install` does; say which and why.

    A source checkout run where PYTHONDONTWRITEBYTECODE is set (this machine sets it) would otherwise
    compile every module again on each start: about 0.1 s that an installed syncheck never pays.
    """
    script = "import compileall, os, syncheck; compileall.compile_dir(os.path.dirname(syncheck.__file__), quiet=1); print(os.path.dirname(syncheck.__file__))"
    found = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout.strip()
    return f"bytecode of {found} compiled first, as pip install does (PYTHONDONTWRITEBYTECODE={os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r})"


def end_to_end(files: list[Path], out: Path, *extra: str) -> tuple[float, float, float]:
    """Wall seconds, peak RSS MB of its largest process, and peak MB of all its processes together (PSS)."""
    out.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "syncheck", "compare", *map(str, files), "-o", str(out / "overlap.xlsx"), "--json", str(out / "result.json"), *extra]
    # (warnings go to a file: a pipe nobody reads while the command runs stops it once 64 KB are written)
    with open(out / "stderr.txt", "wb") as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        sampler = TreeMemory(process.pid)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        sampler.stop()
    if status != 0:
        raise SystemExit(f"syncheck compare failed ({status}): {(out / 'stderr.txt').read_text(errors='replace')[:500]}")
    return seconds, usage.ru_maxrss / 1024, sampler.peak_mb


class TreeMemory(threading.Thread):
    """Samples the proportional set size (PSS) of a process and its forked workers: shared pages count once."""

    # five samples a second for the first seconds (a pair's whole run), then one: reading smaps_rollup of
    # three 500 MB processes takes ~30 ms, and five samples a second took ~1 s of a 19 s province run from
    # the run being measured (its peak, 1.0 GB, was the same)
    def __init__(self, root: int, interval: float = 0.2, slow_after: float = 5.0, slow_interval: float = 1.0) -> None:
        super().__init__(daemon=True)
        self.root, self.interval, self.peak_mb = root, interval, 0.0
        self.slow_after, self.slow_interval = slow_after, slow_interval
        self._done = threading.Event()

    def run(self) -> None:
        start = time.perf_counter()
        while not self._done.wait(self.interval if time.perf_counter() - start < self.slow_after else self.slow_interval):
            self.peak_mb = max(self.peak_mb, sum(_pss_mb(pid) for pid in _tree(self.root)))

    def stop(self) -> None:
        self._done.set()
        self.join()


def _tree(root: int) -> list[int]:
    """root and every process descending from it (from /proc/PID/task/TID/children: cheap enough to poll)."""
    found, frontier = [root], [root]
    while frontier:
        pid = frontier.pop()
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:  # the process ended between two reads: it has no children to count
            continue
        for task in tasks:
            try:
                kids = [int(kid) for kid in Path(f"/proc/{pid}/task/{task}/children").read_text().split()]
            except (OSError, ValueError):
                continue
            found.extend(kids)
            frontier.extend(kids)
    return found


def _pss_mb(pid: int) -> float:
    """Pss of one process in MB, 0 when it has gone."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def end_to_end_line(label: str, files: list[Path], out: Path, *extra: str, runs: int = 1) -> str:
    """One Markdown row for `runs` end-to-end command runs: the median time (and the range), the largest memory."""
    measured = [end_to_end(files, out, *extra) for _ in range(runs)]
    seconds = statistics.median(run[0] for run in measured)
    peak, tree = max(run[1] for run in measured), max(run[2] for run in measured)
    if runs > 1:
        label += f" (median of {runs} runs, {min(run[0] for run in measured):.1f}-{max(run[0] for run in measured):.1f} s)"
    line = f"| {label} | {len(files)} | {seconds:.1f} | {peak:.0f} | {tree:.0f} |"
    print(line, flush=True)
    return line


E2E_HEAD = [
    "| end to end (`syncheck compare ... -o --json`) | files | seconds | peak RSS MB, largest process | peak MB, all processes (PSS) |",
    "|---|---:|---:|---:|---:|",
]


def scenario_national(args, workdir: Path) -> str:
    """P provinces with ~514/P kab/kota each through `compare --per-province`, at two sizes to show flat memory."""
    per = max(1, round(514 / args.provinces)) if not args.quick else args.kabkota
    provs = generate([(workdir, sample_name("provinsi", i + 1), "provinsi", args.rows_province, 1 + i, 0.0) for i in range(args.provinces)])
    kabs = [
        kabkota_files(workdir, per, args.rows_kabkota, args.distinct, f"nat_{per}_p{p + 1:02d}", first_seed=1000 + 100 * p)
        for p in range(args.provinces)
    ]
    lines = list(E2E_HEAD)
    for provinces in sorted({min(3, args.provinces), args.provinces}):
        files: list[Path] = []
        for p in range(provinces):
            files.append(alias(provs[p], workdir / "inputs" / "nat" / f"prov_{p + 1:02d}.xlsx"))
            files.extend(kabs[p])
        label = f"{provinces} provinces x {per} kab/kota, --per-province"
        lines.append(end_to_end_line(label, files, workdir / "out" / f"nat_{provinces}", "--per-province"))
    lines += ["", *memory_by_province(files[: (per + 1) * min(10, args.provinces)], workdir / "out" / "nat_memory")]
    return "\n".join([f"National: {args.provinces} provinces x {per} kab/kota ({distinct_text(args)}).\n", *lines])


def memory_by_province(files: list[Path], out: Path) -> list[str]:
    """Resident memory of one process after comparing and writing each province, as --per-province does."""
    from syncheck.pipeline import compare_by_province
    from syncheck.report import write_outputs

    out.mkdir(parents=True, exist_ok=True)
    lines = ["| provinces done (in one process: compare_by_province, then workbook and JSON) | VmRSS MB |", "|---:|---:|"]
    with bulk_phase():
        for number, result in enumerate(compare_by_province([str(path) for path in files], Options()), 1):
            write_outputs(result, str(out / f"p{number}.xlsx"), str(out / f"p{number}.json"))
            lines.append(f"| {number} | {rss_mb():.0f} |")
            print(lines[-1], flush=True)
    return lines


# ----------------------------------------------------------------------------- main


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", choices=("pair", "province", "national"), default="pair")
    parser.add_argument("--kabkota", type=int, default=None, help="kab/kota per province (province: 38, quick: 5)")
    parser.add_argument("--provinces", type=int, default=None, help="national: provinces (38, quick: 3)")
    parser.add_argument("--rows-province", type=int, default=None, help="item rows of a province file (6000)")
    parser.add_argument("--rows-kabkota", type=int, default=None, help="item rows of a kab/kota file (5000)")
    parser.add_argument("--distinct", type=int, default=0, help="reuse this many generated kab/kota files (0: every file its own plan)")
    parser.add_argument("--workdir", default=None, help="cache directory (default: $TMPDIR/syncheck-bench)")
    parser.add_argument("--quick", action="store_true", help="small sizes for a fast sanity run")
    args = parser.parse_args(argv)
    quick = args.quick
    args.kabkota = args.kabkota or (5 if quick else 38)
    args.provinces = args.provinces or (3 if quick else 38)
    args.rows_province = args.rows_province or (1500 if quick else 6000)
    args.rows_kabkota = args.rows_kabkota or (1200 if quick else 5000)
    return args


def main(argv: list[str] | None = None) -> None:
    """Run one scenario and print its Markdown tables."""
    args = parse(argv)
    workdir = Path(args.workdir or Path(tempfile.gettempdir()) / "syncheck-bench")
    workdir.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    print(f"nomenclature: {nomenclature_path()}; workdir: {workdir}; {cpu_reference()}", flush=True)
    print(installed_bytecode(), flush=True)
    runner = {"pair": scenario_pair, "province": scenario_province, "national": scenario_national}[args.scenario]
    print(runner(args, workdir))
    print(f"\nwall time incl. generation: {time.perf_counter() - start:.1f} s; peak RSS {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
