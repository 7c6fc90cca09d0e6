"""Check that extraction output is unchanged: every claim of a fixed set of articles, compared
with a reference recorded before an optimisation.

    python bench/identity.py --record        # before changing anything: write the reference
    python bench/identity.py                 # after each change: compare with it (exit 1 on any difference)

The articles: every story of ``../shared/dev-corpora/ecb``, the seed corpus ``corpus/``, the golden
test corpus and the first ``--bench`` articles (default: all 2,225) of ``../shared/bench-corpus`` in
the shuffled order ``bench_scale.py`` uses, plus ``--rotated`` (default 200) of its rotated copies
(digits shifted, names swapped). Each claim of ``factcheck.extract.extract_claims(article)`` is
serialised with the ledger encoder (``factcheck.ledger.encode_claim``) as one JSON line; the
reference (default ``/tmp/factcheck-identity.jsonl``, outside the repository) holds one line per
article: its corpus, name and claims. The comparison prints the first differing articles and
claims, and the md5 of all lines either way. A reference recorded before the ledger schema
``factcheck.claims/4`` (names, modifiers, people and titles as markers in ``context``) is read in
today's encoding (``upgraded``), so it still proves a later extraction unchanged.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale import DEFAULT_CORPUS, build, sources

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "dev-corpora" / "ecb"
DEFAULT_REFERENCE = Path(tempfile.gettempdir()) / "factcheck-identity.jsonl"


def folders(bench: Path, n_bench: int, n_rotated: int, tmp: Path) -> Iterator[tuple[str, Path]]:
    """(label, folder) of every corpus compared."""
    if DEV.is_dir():
        for story in sorted(p for p in DEV.iterdir() if p.is_dir()):
            yield f"dev/{story.name}", story
    yield "seed", ROOT / "corpus"
    yield "golden", ROOT / "tests" / "data" / "golden" / "corpus"
    if bench.is_dir():
        src = sources(bench)
        n = min(n_bench, len(src))
        build(tmp / "bench", src, n)
        yield "bench", tmp / "bench"
        if n_rotated:
            # the rotated copies bench_scale builds past the first round (articles len(src) onward)
            rotated = tmp / "rotated"
            build(rotated, src, len(src) + n_rotated)
            for i, p in enumerate(sorted(rotated.iterdir())):
                if i < len(src):
                    p.unlink()
            yield "rotated", rotated


def lines(bench: Path, n_bench: int, n_rotated: int) -> Iterator[str]:
    from factcheck.extract import extract_claims
    from factcheck.ledger import encode_claim
    from factcheck.load import load_paths

    with tempfile.TemporaryDirectory(prefix="fc-identity-") as tmp:
        for label, folder in folders(bench, n_bench, n_rotated, Path(tmp)):
            for article in load_paths([folder]).articles:
                claims = [encode_claim(c) for c in extract_claims(article)]
                yield json.dumps([label, Path(article.path).name, claims], ensure_ascii=False)


def upgraded(line: str) -> str:
    """A reference line as this factcheck writes it: a reference recorded before the ledger's
    schema ``factcheck.claims/4`` kept a claim's names, modifiers, people and title as markers in
    its ``context`` (``@name``, ``+modifier``, ``@p:person``, ``title=...`` beside ``descriptive``
    or ``address``); they are moved to their own fields, so that such a reference still proves the
    extraction unchanged across that change. A line of the current encoding is returned as is."""
    label, name, claims = json.loads(line)
    if all("names" in c for c in claims):
        return line
    from factcheck.ledger import decode_claim, encode_claim

    out = []
    for c in claims:
        c = dict(c)
        words = c.pop("context", [])
        title = next((w[len("title=") :] for w in words if w.startswith("title=")), None)
        c["context"] = [w for w in words if not w.startswith(("@", "+", "title=")) and title is None]
        c["names"] = [w[1:] for w in words if w.startswith("@") and not w.startswith("@p:")]
        c["modifiers"] = [w[1:] for w in words if w.startswith("+")]
        c["people"] = [w[3:] for w in words if w.startswith("@p:")]
        c["title"] = title or ""
        c["title_form"] = next((w for w in words if w in ("descriptive", "address")), None) if title else None
        out.append(encode_claim(decode_claim(c)))  # in field order, as ``lines`` writes them
    return json.dumps([label, name, out], ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--record", action="store_true", help="Write the reference instead of comparing.")
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="The BBC bench corpus.")
    parser.add_argument("--bench", type=int, default=100_000, help="Bench articles (default: all).")
    parser.add_argument("--rotated", type=int, default=200, help="Rotated copies of bench articles.")
    parser.add_argument("--show", type=int, default=5, help="Differing articles to print.")
    args = parser.parse_args()

    start = time.perf_counter()
    got = list(lines(args.corpus, args.bench, args.rotated))
    took = time.perf_counter() - start
    digest = hashlib.md5("\n".join(got).encode()).hexdigest()
    claims = sum(len(json.loads(line)[2]) for line in got)
    print(f"{len(got)} articles, {claims} claims, md5 {digest} ({took:.1f} s)")
    if args.record:
        args.reference.write_text("\n".join(got) + "\n", encoding="utf-8")
        print(f"reference written to {args.reference}")
        return
    want = [upgraded(line) for line in args.reference.read_text(encoding="utf-8").splitlines()]
    ref_digest = hashlib.md5("\n".join(want).encode()).hexdigest()
    if got == want:
        print(f"identical to the reference {args.reference} (md5 {ref_digest})")
        return
    print(f"DIFFERENT from the reference {args.reference} (md5 {ref_digest}; {len(want)} articles)")
    shown = 0
    for old, new in zip(want, got, strict=False):
        if old == new:
            continue
        o, n = json.loads(old), json.loads(new)
        print(f"- {o[0]}/{o[1]}: {len(o[2])} claims before, {len(n[2])} now ({n[0]}/{n[1]})")
        for a, b in zip(o[2], n[2], strict=False):
            if a != b:
                print(f"    before: {json.dumps(a, ensure_ascii=False)[:400]}")
                print(f"    now:    {json.dumps(b, ensure_ascii=False)[:400]}")
                break
        shown += 1
        if shown >= args.show:
            break
    if len(want) != len(got):
        print(f"- {len(want)} articles before, {len(got)} now")
    sys.exit(1)


if __name__ == "__main__":
    main()
