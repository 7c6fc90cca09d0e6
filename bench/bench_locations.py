"""Locations in HTML pages (issue 20, item 2): how much of trafilatura's text is found in the
page's markup (``factcheck.markup.html_source_map``), and what that costs beside trafilatura.

For each page: the lines of its text found whole, found piece by piece, and the characters not
found (placed after the one before them); the characters found whose place in the page is not that
character (those not found, at most: one found is where it was found; the ``- `` trafilatura puts
before a list item, put at the item's first character, is left out); the time of trafilatura and of the tracing.

    python bench/bench_locations.py PAGE_OR_FOLDER...

With no argument it reads the HTML books installed here, when they are: the Rust book
(``~/.rustup/toolchains/*/share/doc/rust/html/book/ch*.html``) and Node.js's API docs
(``/usr/share/doc/nodejs/api/*.html``). Results: bench/RESULTS.md ("Locations in HTML pages").
"""

from __future__ import annotations

import argparse
import glob
import os
import time
from pathlib import Path

from factcheck.load import html_main_text
from factcheck.markup import html_source_map

DEFAULT = (
    "~/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/share/doc/rust/html/book/ch*.html",
    "/usr/share/doc/nodejs/api/*.html",
)


def pages(args: list[str]) -> list[Path]:
    found: list[Path] = []
    for arg in args or DEFAULT:
        path = Path(os.path.expanduser(arg))
        if path.is_dir():
            found += sorted(path.rglob("*.htm*"))
        else:
            found += sorted(map(Path, glob.glob(os.path.expanduser(arg))))
    return found


def measure(files: list[Path]) -> dict[str, float]:
    total = {"pages": 0, "bytes": 0, "lines": 0, "whole": 0, "by_pieces": 0, "chars": 0, "lost": 0, "misplaced": 0}
    extract = trace = 0.0
    for path in files:
        page = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
        begin = time.perf_counter()
        text, _ = html_main_text(page)
        middle = time.perf_counter()
        if not text.strip():
            continue
        source_map, traced = html_source_map(page, text)
        end = time.perf_counter()
        extract, trace = extract + middle - begin, trace + end - middle
        total["pages"] += 1
        total["bytes"] += len(page.encode("utf-8"))
        for key in ("lines", "whole", "by_pieces", "chars", "lost"):
            total[key] += getattr(traced, key)
        offset = 0
        for line in text.split("\n"):
            bullet = len(line) - len(line.lstrip()) + 1 if line.lstrip().startswith("- ") else 0
            for i, ch in enumerate(line):
                if i >= bullet and not ch.isspace():
                    at = source_map.source_offset(offset + i)
                    total["misplaced"] += page[at] != ch and page[at] != "&"
            offset += len(line) + 1
    total["trafilatura_s"], total["trace_s"] = round(extract, 2), round(trace, 2)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="HTML pages or folders of them (default: the installed books)")
    files = pages(parser.parse_args().paths)
    t = measure(files)
    print(f"{t['pages']} pages, {t['bytes'] / 1e6:.1f} MB of markup, {t['chars']:,} characters of text")
    whole = t["whole"] / max(t["lines"], 1)
    print(f"lines: {t['lines']:,}; found whole {whole:.1%}, piece by piece {t['by_pieces']:,}")
    found = t["chars"] - t["lost"]
    print(f"characters found: {found / max(t['chars'], 1):.2%} ({t['lost']:,} not found)")
    print(f"characters placed on another character: {t['misplaced']:,} (those not found included)")
    share = t["trace_s"] / max(t["trafilatura_s"], 1e-9)
    print(f"time: trafilatura {t['trafilatura_s']} s, tracing {t['trace_s']} s ({share:.0%} of trafilatura's)")


if __name__ == "__main__":
    main()
