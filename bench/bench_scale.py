"""How factcheck scales from 10 to 10,000 articles, against references measured in the same run.

    python bench/bench_scale.py [--sizes 10,100,1000,10000] [--jobs 2] [--repeat 3] [--quick]
                                [--corpus ../shared/bench-corpus] [--json FILE]

Corpora are built in a temporary folder from the real news articles of ``--corpus`` (default
``../shared/bench-corpus`` beside the repository: the BBC News dataset, 2,225 ``.txt`` files, about
5 MB; they are never copied into the repository). Articles are taken in a fixed shuffled order, so
a small corpus mixes the five categories. Beyond 2,225 the articles come round again, varied so
that no copy is byte-identical: every digit run is shifted by the round number (``2004`` ->
``2005``, ``1,400`` -> ``2,401``) and a few common capitalised names are swapped along a fixed
list. Rotated copies stay near-duplicates of their original: at 10,000 articles the corpus is
about 4.5 syndicated copies of each story, with numbers that differ between copies (a stress test
for matching and judging, not a typical corpus).

For each size, through the CLI (wall time of a subprocess, peak memory from ``wait4``'s
``ru_maxrss``, the largest single process, and a sampled peak of the whole process tree, workers
included):

- cold check: ``factcheck check DIR --no-ledger --no-cache --jobs J --format json -o /dev/null --exit-zero``
- extract into a fresh ledger: ``factcheck extract DIR --ledger L --jobs J``
- warm check, ledger up to date, no cached result (as on a fresh CI checkout): the same with
  ``--ledger L --no-cache`` instead of ``--no-ledger``
- warm check, nothing changed since the last check: ``--ledger L`` with the result cache (a
  folder of the run's own, ``FACTCHECK_CACHE_DIR``), primed by one check that is not measured
- one article added to the ledgered corpus, then the check with the cache (which misses, judges
  and stores the new result; the cache is emptied before each run)
- references interleaved with the cold checks: ``python -c pass`` and a Python process reading
  every file of DIR.
- the floor of a check with a ledger (``floor``, in a fresh process without factcheck): read every
  article, read and parse every ledger file into plain JSON values, write the JSON report of the
  check (one cached run writes it to a file); and apart, encoding that report's findings with the
  json module's C encoder. No check that reads its inputs and writes this report can be faster than
  the floor; the difference is building, matching and judging the claims.

And in-process, in a fresh child process per size, through the library API: time per stage (load,
text + extraction on J workers, syndication, numeric matching, numeric judging, named judging,
JSON rendering), claim counts, and references over the same text: reading the files, one regex
pass (``re.findall(r"\\d[\\d,.]*|\\w+", text)``) and, for the sizes up to 100 only,
quantulum3's ``parser.parse`` (optional: skipped with a note when it is not installed; never a
dependency of factcheck). A single-core sample of about 1 MB compares factcheck's extraction with
the regex pass and quantulum3 in MB/s, with the collector thresholds the command line (and so each
of its workers) uses.

Times are medians of ``--repeat`` runs (one run at 10,000 articles). The OS file cache is warm:
"cold" means without a ledger. Targets (issue 7) are checked at the end.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "bench-corpus"
SEED = 2226
NAMES = (
    "Blair",
    "Brown",
    "Howard",
    "Kennedy",
    "Smith",
    "Jones",
    "Williams",
    "Taylor",
    "Davies",
    "Evans",
    "Wilson",
    "Thomas",
    "Johnson",
    "Roberts",
    "Wright",
    "Walker",
)
NAME_RE = re.compile(r"\b(" + "|".join(NAMES) + r")\b")
DIGITS = re.compile(r"\d+")
TOKEN_RE = r"\d[\d,.]*|\w+"
QUANTULUM_MAX_SIZE = 100
"""quantulum3 runs at about 0.01 MB/s: only on corpora up to this size (and the sample)."""
TIMEOUT = 1500
"""Seconds any one subprocess may take (the whole run should stay under ~25 minutes)."""


# --- Corpora ----------------------------------------------------------------------------------------


def sources(corpus: Path) -> list[tuple[str, bytes]]:
    """(name, bytes) of every .txt article under ``corpus``, in a fixed shuffled order."""
    files = sorted(p for p in corpus.rglob("*.txt") if p.is_file())
    if not files:
        sys.exit(f"{corpus}: no .txt articles (pass --corpus)")
    out = [(f"{p.parent.name}-{p.stem}", p.read_bytes()) for p in files]
    random.Random(SEED).shuffle(out)
    return out


def vary(data: bytes, round_no: int) -> bytes:
    """A copy of an article for round ``round_no`` >= 1: digit runs shifted, names swapped."""
    text = data.decode("utf-8", "surrogateescape")

    def shift(m: re.Match[str]) -> str:
        digits = m.group()
        return str(int(digits) + round_no).zfill(len(digits))

    def swap(m: re.Match[str]) -> str:
        return NAMES[(NAMES.index(m.group()) + round_no) % len(NAMES)]

    text = NAME_RE.sub(swap, DIGITS.sub(shift, text))
    return text.encode("utf-8", "surrogateescape")


def article_for(src: list[tuple[str, bytes]], i: int) -> tuple[str, bytes]:
    name, data = src[i % len(src)]
    round_no = i // len(src)
    if round_no:
        data = vary(data, round_no)
    return f"{i:05d}-{name}.txt", data


def build(folder: Path, src: list[tuple[str, bytes]], n: int) -> int:
    """Write ``n`` articles to ``folder``; returns their total size in bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        name, data = article_for(src, i)
        (folder / name).write_bytes(data)
        total += len(data)
    return total


def added_article(src: list[tuple[str, bytes]], n: int) -> tuple[str, bytes]:
    """An article not in the corpus of size ``n``: a variant no round of that corpus produced."""
    name, data = src[n % len(src)]
    return f"{n:05d}-added-{name}.txt", vary(data, 97)


# --- Running commands -------------------------------------------------------------------------------


def _tree_rss_kb(root: int) -> int:
    """Summed resident memory (kB) of ``root`` and its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, ()))
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            continue
    return total


class Run:
    """One finished command: wall seconds, peak memory, exit code, the tail of stderr."""

    def __init__(self, wall: float, maxrss_kb: int, tree_kb: int, code: int, err: str) -> None:
        self.wall, self.maxrss_kb, self.tree_kb, self.code, self.err = wall, maxrss_kb, tree_kb, code, err


def run(cmd: list[str], cwd: Path, *, sample: bool = False) -> Run:
    """Run ``cmd``; with ``sample``, poll the process tree's memory every 20 ms."""
    env = dict(os.environ, NO_COLOR="1", CI="1")
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        peak = [0]
        done = threading.Event()

        def poll() -> None:
            while not done.wait(0.02):
                peak[0] = max(peak[0], _tree_rss_kb(proc.pid))

        watcher = threading.Thread(target=poll, daemon=True) if sample else None
        if watcher:
            watcher.start()
        timer = threading.Timer(TIMEOUT, proc.kill)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        done.set()
        if watcher:
            watcher.join()
        err.seek(0)
        tail = err.read().decode("utf-8", "replace").strip().splitlines()[-3:]
    return Run(wall, usage.ru_maxrss, peak[0], proc.returncode, "\n".join(tail))


def factcheck_cmd() -> list[str]:
    exe = shutil.which("factcheck")
    return [exe] if exe else [sys.executable, "-m", "factcheck"]


READ_ALL = "import pathlib,sys\nfor p in sorted(pathlib.Path(sys.argv[1]).rglob('*.txt')): p.read_bytes()"


def floor(articles: Path, ledger: Path, report: Path) -> dict:
    """What any check of this corpus with this ledger does at the least, timed here (run in a fresh
    process, without factcheck): read every article; read and parse every ledger file (into the
    json module's lists and dicts: no claim is built, matched or judged); write the report. Apart,
    the time to encode the report's findings with the json module's C encoder, each claim once
    (from the report parsed back: about what a Python renderer pays for this much JSON)."""
    clock = time.perf_counter
    t0 = clock()
    for path in sorted(articles.rglob("*.txt")):
        path.read_bytes()
    t1 = clock()
    for path in sorted(ledger.rglob("*.json")):
        json.loads(path.read_bytes())
    t2 = clock()
    findings = json.loads(report.read_bytes())["findings"]
    t3 = clock()
    encoded: dict[tuple, str] = {}  # each claim is encoded once, however many findings show it
    parts = []
    for finding in findings:
        texts = []
        for claim in finding.pop("claims"):
            key = (claim["path"], claim["start"], claim["end"], claim["kind"])
            if key not in encoded:
                encoded[key] = json.dumps(claim, ensure_ascii=False, sort_keys=True)
            texts.append(encoded[key])
        rest = json.dumps(finding, ensure_ascii=False, sort_keys=True)
        parts.append('{"claims": [' + ", ".join(texts) + "], " + rest[1:] + ",\n")
    t4 = clock()
    with open(os.devnull, "w", encoding="utf-8") as out:
        out.writelines(parts)  # a piece at a time, as a renderer writes (a wide character widens one piece)
    t5 = clock()
    return {
        "read": t1 - t0,
        "ledger": t2 - t1,
        "encode": t4 - t3,
        "write": t5 - t4,
        "findings": len(findings),
        "report_mb": report.stat().st_size / 1e6,
    }


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def median(runs: list[Run]) -> Run:
    ordered = sorted(runs, key=lambda r: r.wall)
    return ordered[len(ordered) // 2]


def cli_size(folder: Path, work: Path, src: list[tuple[str, bytes]], n: int, jobs: int, repeat: int) -> dict:
    """The CLI measurements of one corpus size."""
    fc = factcheck_cmd()
    ledger = work / f"ledger-{n}"
    report = ["--format", "json", "-o", os.devnull, "--exit-zero"]
    cold_cmd = [*fc, "check", str(folder), "--no-ledger", "--no-cache", "--jobs", str(jobs), *report]
    warm_cmd = [*fc, "check", str(folder), "--ledger", str(ledger), *report]
    cache = Path(os.environ["FACTCHECK_CACHE_DIR"])
    passes: list[Run] = []
    reads: list[Run] = []
    colds: list[Run] = []
    for _ in range(repeat):
        passes.append(run([sys.executable, "-c", "pass"], work))
        reads.append(run([sys.executable, "-c", READ_ALL, str(folder)], work))
        colds.append(run(cold_cmd, work, sample=True))
        log(f"  {n}: cold check {colds[-1].wall:.2f} s (exit {colds[-1].code})")
    for r in colds:
        if r.code != 0:
            log(f"  cold check failed: {r.err}")
    extract = run([*fc, "extract", str(folder), "--ledger", str(ledger), "--jobs", str(jobs)], work, sample=True)
    log(f"  {n}: extract {extract.wall:.2f} s (exit {extract.code})")
    warms = []
    for _ in range(repeat):
        warms.append(run([*warm_cmd, "--no-cache"], work, sample=True))
        log(f"  {n}: warm check, no cached result {warms[-1].wall:.2f} s")
    shutil.rmtree(cache, ignore_errors=True)
    primed = run(warm_cmd, work, sample=True)
    log(f"  {n}: warm check storing its result {primed.wall:.2f} s")
    hits = []
    for _ in range(repeat):
        hits.append(run(warm_cmd, work, sample=True))
        log(f"  {n}: warm check, nothing changed (cached) {hits[-1].wall:.2f} s")
    report_file = work / f"report-{n}.json"  # the floor's report: a cached run writes it
    run([*fc, "check", str(folder), "--ledger", str(ledger), "--format", "json", "-o", str(report_file)], work)
    least = subprocess.run(
        [sys.executable, __file__, "--floor", str(folder), str(ledger), str(report_file)],
        capture_output=True,
        text=True,
        check=True,
        timeout=TIMEOUT,
    )
    report_file.unlink()
    least_parts = json.loads(least.stdout)
    io = sum(least_parts[k] for k in ("read", "ledger", "write"))
    log(f"  {n}: floor {io:.2f} s + python start, + encoding {least_parts['encode']:.2f} s")
    name, data = added_article(src, n)
    (folder / name).write_bytes(data)
    adds = []
    ledger_adds = []
    try:
        for _ in range(repeat):
            shutil.rmtree(cache, ignore_errors=True)
            adds.append(run(warm_cmd, work, sample=True))
            log(f"  {n}: check, one article added {adds[-1].wall:.2f} s")
        for _ in range(repeat):  # the other half of adding an article: its ledger file
            ledger_adds.append(run([*fc, "extract", str(folder), "--ledger", str(ledger)], work, sample=True))
            log(f"  {n}: extract, one article added {ledger_adds[-1].wall:.2f} s")
            (ledger / f"{name}.json").unlink()  # (the next run adds it again)
    finally:
        (folder / name).unlink()
    shutil.rmtree(ledger, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    cold = median(colds)
    out = {
        "python_pass": median(passes).wall,
        "read_files": median(reads).wall,
        "cold": cold.wall,
        "cold_maxrss_mb": max(r.maxrss_kb for r in colds) / 1024,
        "cold_tree_mb": max(r.tree_kb for r in colds) / 1024,
        "cold_summary": cold.err.splitlines()[0] if cold.err else "",
        "extract": extract.wall,
        "extract_maxrss_mb": extract.maxrss_kb / 1024,
        "extract_tree_mb": extract.tree_kb / 1024,
        "warm": median(warms).wall,
        "warm_maxrss_mb": max(r.maxrss_kb for r in [*warms, primed, *hits]) / 1024,
        "warm_storing": primed.wall,
        "warm_cached": median(hits).wall,
        "add_one": median(adds).wall,
        "add_one_maxrss_mb": max(r.maxrss_kb for r in adds) / 1024,
        "extract_one": median(ledger_adds).wall,
        "floor": least_parts,
        "codes": sorted({r.code for r in [*colds, extract, *warms, primed, *hits, *adds, *ledger_adds]}),
    }
    return out


# --- In-process stages (run in a child process: python bench/bench_scale.py --stages DIR) -----------


def _quantulum():
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except Exception:  # not installed, or its models fail to load
        return None
    return parser


def _quantulum_pass(parser, texts: list[str]) -> tuple[float, int]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse("warm up: 3 km in 2 hours")
        start = time.perf_counter()
        found = sum(len(parser.parse(t)) for t in texts)
    return time.perf_counter() - start, found


def match_curve(articles, claims_by_article, numeric_kinds) -> list[dict]:  # type: ignore[no-untyped-def]
    """Matching time over prefixes of the corpus (the first k articles), quantities and dates apart.

    Up to 2,225 articles every article is distinct; beyond, rotated near-copies come in.
    """
    from factcheck.match import match
    from factcheck.models import ClaimKind

    n = len(articles)
    prefixes = sorted({k for k in (n // 16, n // 8, n // 4, n // 2, 2225, n) if 100 <= k <= n})
    out = []
    for k in prefixes:
        numeric = [c for cs in claims_by_article[:k] for c in cs if c.kind in numeric_kinds]
        row: dict = {"articles": k, "n": len(numeric)}
        for label, kinds in (("quantity", {ClaimKind.QUANTITY}), ("date", {ClaimKind.DATE})):
            subset = [c for c in numeric if c.kind in kinds]
            start = time.perf_counter()
            match(subset)
            row[label] = time.perf_counter() - start
            row[f"n_{label}"] = len(subset)
        out.append(row)
    return out


def report_shape(findings) -> dict:  # type: ignore[no-untyped-def]
    """Where the JSON report's size comes from: findings, claims and bytes per verdict and kind."""
    from factcheck.report.json import finding_json

    shape: dict = {}
    for f in findings:
        row = shape.setdefault(f"{f.verdict.value} {f.kind.value}", {"findings": 0, "claims": 0, "max": 0, "bytes": 0})
        row["findings"] += 1
        row["claims"] += len(f.claims)
        row["max"] = max(row["max"], len(f.claims))
        row["bytes"] += len(json.dumps(finding_json(f, {}), indent=2))
    return dict(sorted(shape.items(), key=lambda kv: -kv[1]["bytes"]))


def stages(folder: Path, jobs: int, with_quantulum: bool) -> dict:
    """Time each stage of ``check`` through the library API, and the references."""
    import gc
    import resource

    from factcheck.cli import GC_THRESHOLDS

    gc.set_threshold(*GC_THRESHOLDS)  # as the command line sets them
    t0 = time.perf_counter()
    from factcheck.api import NUMERIC_KINDS, Options
    from factcheck.judge import SEVERITY_ORDER, VERDICT_ORDER, Copies, judge
    from factcheck.judge_mentions import one_kind_per_name
    from factcheck.load import load_paths
    from factcheck.match import match
    from factcheck.models import Report
    from factcheck.named_judge import judge_named
    from factcheck.parallel import extract_many
    from factcheck.report import Format, render
    from factcheck.syndication import find_copies

    out: dict = {"import": time.perf_counter() - t0}
    files = sorted(folder.rglob("*.txt"))
    start = time.perf_counter()
    raw = [p.read_bytes() for p in files]
    out["ref_read"] = time.perf_counter() - start
    out["bytes"] = sum(map(len, raw))

    start = time.perf_counter()
    loaded = load_paths([folder])
    out["load"] = time.perf_counter() - start
    articles = loaded.articles
    text = "\n".join(a.text for a in articles)
    out["text_bytes"] = len(text.encode("utf-8", "surrogatepass"))

    start = time.perf_counter()
    out["regex_tokens"] = len(re.findall(TOKEN_RE, text))  # not kept: it would weigh on maxrss
    out["ref_regex"] = time.perf_counter() - start

    from factcheck.parallel import extract_one

    start = time.perf_counter()
    extract_one(articles[0], Options(jobs=1))  # imports and caches of this process, timed apart
    out["extract_warmup"] = time.perf_counter() - start
    start = time.perf_counter()
    extracted = extract_many(articles, Options(jobs=jobs))
    out["extract"] = time.perf_counter() - start
    claims = [c for cs in extracted for c in cs]

    start = time.perf_counter()
    stories = find_copies(articles)
    out["syndication"] = time.perf_counter() - start
    out["stories"] = len(stories)

    numeric = [c for c in claims if c.kind in NUMERIC_KINDS]
    named = [c for c in claims if c.kind not in NUMERIC_KINDS]
    start = time.perf_counter()
    matching = match(numeric)
    out["match"] = time.perf_counter() - start
    start = time.perf_counter()
    copies = Copies(stories)
    findings = [copies.note(f) for f in judge(matching, articles)]
    out["judge"] = time.perf_counter() - start
    start = time.perf_counter()
    findings += [copies.note(f) for f in judge_named(one_kind_per_name(named), articles)]
    findings.sort(key=lambda f: (VERDICT_ORDER[f.verdict], SEVERITY_ORDER[f.severity], f.kind.value, f.key, f.id))
    out["named_judge"] = time.perf_counter() - start
    report = Report(
        articles=articles,
        claims=tuple(claims),
        findings=tuple(findings),
        problems=loaded.problems,
        stories=tuple(stories),
    )
    out["maxrss_before_render_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    rendered = render(report, Format.JSON)
    out["render_json"] = time.perf_counter() - start
    out["json_bytes"] = len(rendered)
    out["report_shape"] = report_shape(findings)

    start = time.perf_counter()
    re.findall(TOKEN_RE, text)  # the regex reference again, after the work (interleaved)
    out["ref_regex"] = min(out["ref_regex"], time.perf_counter() - start)
    if len(articles) >= 1000:
        out["curve"] = match_curve(articles, extracted, NUMERIC_KINDS)
    out.update(
        articles=len(articles),
        claims=len(claims),
        numeric_claims=len(numeric),
        named_claims=len(named),
        groups=len(matching.groups),
        findings=len(findings),
        maxrss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    )
    if with_quantulum:
        parser = _quantulum()
        if parser is None:
            out["quantulum_note"] = "quantulum3 not installed: skipped"
        else:
            out["quantulum"], out["quantulum_found"] = _quantulum_pass(parser, [a.text for a in articles])
    return out


def sample(src: list[tuple[str, bytes]], megabytes: float) -> dict:
    """Single-core MB/s on about ``megabytes`` of text: factcheck extraction, regex, quantulum3."""
    import gc

    from factcheck.api import Options
    from factcheck.cli import GC_THRESHOLDS
    from factcheck.load import load_paths
    from factcheck.parallel import extract_one

    with tempfile.TemporaryDirectory(prefix="fc-sample-") as tmp:
        folder = Path(tmp)
        size, i = 0, 0
        while size < megabytes * 1e6:
            name, data = article_for(src, i)
            (folder / name).write_bytes(data)
            size, i = size + len(data), i + 1
        articles = load_paths([folder]).articles
    texts = [a.text for a in articles]
    mb = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / 1e6
    options = Options(jobs=1)
    gc.set_threshold(*GC_THRESHOLDS)  # as the command line (and so each of its workers) sets them
    extract_one(articles[0], options)  # imports and caches, not part of the rate
    out: dict = {"articles": len(articles), "mb": mb}
    regex, factcheck = [], []
    for _ in range(2):  # interleaved
        start = time.perf_counter()
        for t in texts:
            re.findall(TOKEN_RE, t)
        regex.append(time.perf_counter() - start)
        start = time.perf_counter()
        claims = sum(len(extract_one(a, options)) for a in articles)
        factcheck.append(time.perf_counter() - start)
    out.update(regex=min(regex), factcheck=min(factcheck), factcheck_claims=claims)
    parser = _quantulum()
    if parser is None:
        out["quantulum_note"] = "quantulum3 not installed: skipped"
    else:
        out["quantulum"], out["quantulum_found"] = _quantulum_pass(parser, texts)
    return out


def child(args: list[str]) -> dict:
    """Run a --stages or --sample measurement in a fresh interpreter; return its JSON."""
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{args}: exit {proc.returncode}\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --- Report -----------------------------------------------------------------------------------------


def fmt_s(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds:.3f}" if seconds < 10 else f"{seconds:.1f}"


def tables(results: dict, jobs: int) -> str:
    sizes = sorted(results["sizes"], key=int)
    lines = []
    lines.append(f"### CLI, {jobs} workers (wall seconds; ratio to the reference)\n")
    lines.append(
        "| articles | MB | `python -c pass` | read all files (python) | cold check | cold / read | extract to ledger"
        " | warm check, no cached result | warm / read | warm check, nothing changed (cached) | cached / read"
        " | +1 article: check | +1 article: extract | peak RSS largest process (MB) | peak RSS process tree (MB) |"
    )
    lines.append("|---:" * 15 + "|")
    for n in sizes:
        r = results["sizes"][n]
        c, s = r.get("cli"), r.get("stages", {})
        if not c:
            continue
        mb = s.get("bytes", r.get("bytes", 0)) / 1e6
        lines.append(
            f"| {int(n):,} | {mb:.2f} | {fmt_s(c['python_pass'])} | {fmt_s(c['read_files'])} | {fmt_s(c['cold'])}"
            f" | {c['cold'] / c['read_files']:.0f}x | {fmt_s(c['extract'])} | {fmt_s(c['warm'])}"
            f" | {c['warm'] / c['read_files']:.0f}x | {fmt_s(c['warm_cached'])}"
            f" | {c['warm_cached'] / c['read_files']:.0f}x | {fmt_s(c['add_one'])} | {fmt_s(c.get('extract_one'))}"
            f" | {max(c['cold_maxrss_mb'], c['extract_maxrss_mb'], c['warm_maxrss_mb']):.0f}"
            f" | {max(c['cold_tree_mb'], c['extract_tree_mb']):.0f} |"
        )
    floors = [(n, results["sizes"][n]["cli"]) for n in sizes if results["sizes"][n].get("cli", {}).get("floor")]
    if floors:
        lines.append("")
        lines.append("### The floor of a check with a ledger (seconds; `floor()`, a fresh process without factcheck)\n")
        lines.append(
            "| articles | start (`python -c pass`) | read the articles | parse the ledger (JSON only)"
            " | write the report"
            " | floor | + encode the report (C json) | report (MB, findings) | +1 article: check | check / floor |"
        )
        lines.append("|---:" * 10 + "|")
        for n, c in floors:
            f = c["floor"]
            least = c["python_pass"] + f["read"] + f["ledger"] + f["write"]
            lines.append(
                f"| {int(n):,} | {fmt_s(c['python_pass'])} | {fmt_s(f['read'])} | {fmt_s(f['ledger'])}"
                f" | {fmt_s(f['write'])}"
                f" | {fmt_s(least)} | {fmt_s(least + f['encode'])} | {f['report_mb']:.0f} ({f['findings']:,})"
                f" | {fmt_s(c['add_one'])} | {c['add_one'] / least:.1f}x |"
            )
    lines.append("")
    lines.append(f"### In-process stages (seconds; extraction on {jobs} workers)\n")
    lines.append(
        "| articles | claims (numeric / named) | load | text + extract | syndication | match numeric"
        " | judge numeric | named judge | render json | total | read files | regex pass |"
    )
    lines.append("|---:" * 12 + "|")
    keys = ("load", "extract", "syndication", "match", "judge", "named_judge", "render_json")
    for n in sizes:
        s = results["sizes"][n].get("stages")
        if not s:
            continue
        total = sum(s[k] for k in keys)
        lines.append(
            f"| {int(n):,} | {s['claims']:,} ({s['numeric_claims']:,} / {s['named_claims']:,}) | "
            + " | ".join(fmt_s(s[k]) for k in keys)
            + f" | {fmt_s(total)} | {fmt_s(s['ref_read'])} | {fmt_s(s['ref_regex'])} |"
        )
    lines.append("")
    lines.append("### Throughput (MB of text per second)\n")
    lines.append(
        "| articles | read files | regex pass | factcheck extract (wall, all workers) | per core"
        " | quantulum3 | extract per core / regex | extract per core / quantulum3 |"
    )
    lines.append("|---:" * 8 + "|")
    for n in sizes:
        s = results["sizes"][n].get("stages")
        if not s:
            continue
        mb = s["text_bytes"] / 1e6
        ext = mb / s["extract"]
        core = ext / jobs if int(n) >= 24 else ext  # under 24 articles extraction stays in-process
        q = mb / s["quantulum"] if s.get("quantulum") else None
        lines.append(
            f"| {int(n):,} | {s['bytes'] / 1e6 / s['ref_read']:.0f} | {mb / s['ref_regex']:.1f} | {ext:.2f}"
            f" | {core:.2f} | {f'{q:.3f}' if q else '-'} | {core / (mb / s['ref_regex']):.3f}"
            f" | {f'{core / q:.0f}x' if q else '-'} |"
        )
    smp = results.get("sample")
    if smp:
        mb = smp["mb"]
        lines.append("")
        lines.append(f"### Single core, {mb:.2f} MB sample ({smp['articles']} articles)\n")
        lines.append("| what | seconds | MB/s | speed relative to factcheck extraction |\n|---|---:|---:|---:|")
        rows = [("regex pass", smp["regex"]), ("factcheck extraction (text + claims)", smp["factcheck"])]
        if smp.get("quantulum"):
            rows.append(("quantulum3 `parser.parse`", smp["quantulum"]))
        for label, secs in rows:
            lines.append(f"| {label} | {fmt_s(secs)} | {mb / secs:.3f} | {smp['factcheck'] / secs:.2f}x |")
        if smp.get("quantulum_note"):
            lines.append(f"\n{smp['quantulum_note']}")
    lines.append("")
    lines.append("### Matching cost (numeric claims)\n")
    lines.append("| numeric claims n | match (s) | time / (n log2 n) (µs) | time / n (µs) |\n|---:|---:|---:|---:|")
    for n in sizes:
        s = results["sizes"][n].get("stages")
        if not s or s["numeric_claims"] < 2:
            continue
        k = s["numeric_claims"]
        per_nlogn, per_n = s["match"] / (k * math.log2(k)) * 1e6, s["match"] / k * 1e6
        lines.append(f"| {k:,} | {fmt_s(s['match'])} | {per_nlogn:.2f} | {per_n:.2f} |")
    curve = [row for n in sizes for row in results["sizes"][n].get("stages", {}).get("curve", [])]
    if curve:
        lines.append("")
        lines.append("### Matching cost over prefixes of one corpus (quantities and dates matched apart)\n")
        lines.append(
            "| corpus | first k articles | quantities n | match (s) | µs / (n log2 n) | dates n | match (s)"
            " | µs / (n log2 n) |\n|---:|---:|---:|---:|---:|---:|---:|---:|"
        )
        for n in sizes:
            for row in results["sizes"][n].get("stages", {}).get("curve", []):
                cells = []
                for label in ("quantity", "date"):
                    k, t = row[f"n_{label}"], row[label]
                    cells.append(f"{k:,} | {fmt_s(t)} | {t / (k * math.log2(k)) * 1e6:.2f}" if k > 1 else "- | - | -")
                lines.append(f"| {int(n):,} | {row['articles']:,} | {cells[0]} | {cells[1]} |")
    lines.append("")
    lines.append(targets(results, jobs))
    return "\n".join(lines)


def targets(results: dict, jobs: int) -> str:
    sizes = results["sizes"]
    big = sizes.get("10000", {})
    cli, st = big.get("cli"), big.get("stages")
    smp = results.get("sample")
    rows = []

    def row(target: str, value: str, met: bool | None) -> None:
        rows.append(f"| {target} | {value} | {'-' if met is None else 'met' if met else 'MISSED'} |")

    if smp:
        rate = smp["mb"] / smp["factcheck"]
        row("extraction >= 1 MB/s per core", f"{rate:.2f} MB/s (single core, sample)", rate >= 1)
    if cli:
        row(f"10,000 articles cold < 60 s ({jobs} workers)", f"{cli['cold']:.1f} s", cli["cold"] < 60)
        row("warm (nothing changed) < 5 s", f"{cli['warm_cached']:.1f} s (cached result)", cli["warm_cached"] < 5)
        row("  the same, no cached result (fresh CI checkout)", f"{cli['warm']:.1f} s", None)
        added = cli["add_one"]
        row("one article added to a 10,000-article ledger < 2 s: the check", f"{added:.1f} s", added < 2)
        if cli.get("floor"):
            f = cli["floor"]
            least = cli["python_pass"] + f["read"] + f["ledger"] + f["write"]
            row(
                "  its floor: start, read the articles, parse the ledger, write the report (then encode it)",
                f"{least:.2f} s ({least + f['encode']:.2f} s)",
                None,
            )
        if "extract_one" in cli:
            row("  the same: `extract` writing its ledger file", f"{cli['extract_one']:.1f} s", None)
        peak = max(cli["cold_tree_mb"], cli["extract_tree_mb"], cli["warm_maxrss_mb"], cli["add_one_maxrss_mb"])
        row("peak memory < 1 GB at 10,000 articles", f"{peak:.0f} MB (process tree)", peak < 1024)
    points = [
        (s["stages"]["numeric_claims"], s["stages"]["match"])
        for s in sizes.values()
        if s.get("stages") and s["stages"]["numeric_claims"] >= 1000
    ]
    if len(points) >= 2:
        points.sort()
        (n0, t0), (n1, t1) = points[0], points[-1]
        growth = (t1 / t0) / ((n1 * math.log2(n1)) / (n0 * math.log2(n0)))
        row(
            "matching no worse than n log n",
            f"time/(n log n) x{growth:.2f} from n={n0:,} to n={n1:,}",
            growth < 1.5,
        )
    if st is None and cli is None:
        row("10,000-article targets", "size 10,000 not run", None)
    return "### Targets (issue 7)\n\n| target | measured | |\n|---|---|---|\n" + "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10,100,1000,10000", help="Comma-separated corpus sizes.")
    parser.add_argument("--jobs", type=int, default=2, help="Worker processes for extraction.")
    parser.add_argument("--repeat", type=int, default=3, help="Runs per CLI measurement (1 at 10,000).")
    parser.add_argument("--quick", action="store_true", help="Sizes 10,100, one run each, a 0.2 MB sample.")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="Folder of .txt news articles.")
    parser.add_argument("--sample-mb", type=float, default=1.0, help="Size of the single-core sample.")
    parser.add_argument("--no-sample", action="store_true", help="Skip the single-core sample.")
    parser.add_argument("--json", type=Path, help="Also write the raw results to this file.")
    parser.add_argument("--no-cli", action="store_true", help="In-process measurements only (no CLI runs).")
    parser.add_argument("--stages", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--quantulum", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--sample", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--floor", nargs=3, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor:
        print(json.dumps(floor(*args.floor)))
        return
    if args.stages:
        print(json.dumps(stages(args.stages, args.jobs, args.quantulum)))
        return
    src = sources(args.corpus)
    if args.sample:
        print(json.dumps(sample(src, args.sample_mb)))
        return
    if args.quick:
        args.sizes, args.repeat, args.sample_mb = "10,100", 1, 0.2
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout.strip()
    results: dict = {
        "commit": commit or "unknown",
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "nproc": os.cpu_count(),
        "python": sys.version.split()[0],
        "jobs": args.jobs,
        "sizes": {},
    }
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="fc-scale-") as tmp:
        work = Path(tmp)
        os.environ["FACTCHECK_CACHE_DIR"] = str(work / "cache")  # never the user's cache
        for n in sizes:
            folder = work / f"corpus-{n}"
            log(f"size {n}: building")
            size = build(folder, src, n)
            entry: dict = {"bytes": size}
            results["sizes"][str(n)] = entry
            if not args.no_cli:
                entry["cli"] = cli_size(folder, work, src, n, args.jobs, 1 if n >= 10000 else args.repeat)
            log(f"size {n}: in-process stages")
            extra = ["--quantulum"] if n <= QUANTULUM_MAX_SIZE else []
            entry["stages"] = child(["--stages", str(folder), "--jobs", str(args.jobs), *extra])
            shutil.rmtree(folder)
            log(f"size {n}: done ({time.perf_counter() - began:.0f} s so far)")
    if not args.no_sample:
        log(f"single-core sample of {args.sample_mb} MB")
        results["sample"] = child(["--sample", "--sample-mb", str(args.sample_mb), "--corpus", str(args.corpus)])
    results["elapsed"] = time.perf_counter() - began
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    print(
        f"commit {results['commit']}, {results['date']}, nproc {results['nproc']}, Python {results['python']},"
        f" {args.jobs} workers, {results['elapsed']:.0f} s\n"
    )
    print(tables(results, args.jobs))


if __name__ == "__main__":
    main()
