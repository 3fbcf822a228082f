"""kg's benchmark: synthetic corpora of growing size (bench/corpus.py), each
built from scratch and re-built unchanged in a fresh subprocess on one core;
prints every figure of issue 7 with its target and whether it holds.

    python bench/run.py                       # 100, 1,000 and 10,000 articles
    python bench/run.py --sizes 100,1000      # smaller
    python bench/run.py --profile 300         # also cProfile 300 articles
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import make_corpus  # noqa: E402

# One build in a fresh interpreter: its extraction time (sum over files, on
# one core), wall time, reuse count and peak RSS.
_CHILD = r"""
import json, resource, sys, time
import kg
t = time.perf_counter()
g, r = kg.build([sys.argv[1]], out=sys.argv[2], workers=int(sys.argv[3]))
wall = time.perf_counter() - t
print(json.dumps({"wall": wall, "extract": sum(f.seconds for f in r.files),
                  "articles": r.articles, "reused": r.reused,
                  "nodes": g.graph.number_of_nodes() if hasattr(g, "graph") else len(g.actor_list),
                  "edges": g.graph.number_of_edges() if hasattr(g, "graph") else len(g.triple_list),
                  "rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def _build(corpus: Path, out: Path, workers: int) -> dict:
    t = time.perf_counter()
    res = subprocess.run([sys.executable, "-c", _CHILD, str(corpus), str(out), str(workers)],
                         capture_output=True, text=True, check=True)
    process = time.perf_counter() - t  # what `kg build` costs: interpreter and imports too
    return json.loads(res.stdout.strip().splitlines()[-1]) | {"process": process}


def _rebuild_cli(corpus: Path, out: Path, workers: int) -> dict:
    """A no-change re-build as users run it (``kg build``, a fresh process):
    its wall time, start-up included, and the reuse count it prints."""
    import re

    t = time.perf_counter()
    res = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out),
                          "--workers", str(workers)], capture_output=True, text=True, check=True)
    process = time.perf_counter() - t
    reused = re.search(r"\((\d+) reused", res.stdout)
    return {"process": process, "reused": int(reused.group(1)) if reused else -1}


def camel_floor(files: list[Path]) -> float:
    """Seconds camel-tools alone needs to normalize and tokenize the texts."""
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (normalize_alef_ar, normalize_alef_maksura_ar,
                                             normalize_teh_marbuta_ar, normalize_unicode)
    from camel_tools.tokenizers.word import simple_word_tokenize

    from kg.corpus import read_article

    texts = [read_article(f)[0].text for f in files]
    t = time.perf_counter()
    for text in texts:
        s = normalize_unicode(text)
        s = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(s)))
        simple_word_tokenize(dediac_ar(s))
    return time.perf_counter() - t


def kg_extract(files: list[Path]) -> float:
    """Seconds kg's extractor needs for the same texts (read outside the clock)."""
    from kg.corpus import read_article
    from kg.extract import get_extractor

    ex = get_extractor()
    articles = [read_article(f)[0] for f in files]
    ex.extract(articles[0])  # warm caches
    t = time.perf_counter()
    for a in articles:
        ex.extract(a)
    return time.perf_counter() - t


def profile(files: list[Path], top: int = 25) -> str:
    from kg.corpus import read_article
    from kg.extract import get_extractor

    ex = get_extractor()
    articles = [read_article(f)[0] for f in files]
    prof = cProfile.Profile()
    prof.enable()
    for a in articles:
        ex.extract(a)
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(top)
    return buf.getvalue()


def _html_first_draw(nodes: int, edges: int) -> str:
    try:
        from bench.html_bench import first_draw_seconds
    except ImportError:
        return "not measured (bench/html_bench.py absent)"
    try:
        return f"{first_draw_seconds(nodes, edges):.2f} s"
    except Exception as exc:  # noqa: BLE001 - a benchmark reports, never stops
        return f"not measured ({type(exc).__name__}: {exc})"


def _check(ok: bool) -> str:
    return "holds" if ok else "MISSED"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100,1000,10000",
                    help="corpus sizes, comma-separated (default: 100,1000,10000)")
    ap.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "kg-bench"),
                    help="where corpora and builds go (corpora are kept and reused)")
    ap.add_argument("--workers", type=int, default=1, help="workers of the timed builds")
    ap.add_argument("--profile", type=int, default=0, metavar="N",
                    help="also cProfile the extractor on N articles")
    args = ap.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    work = Path(args.workdir)
    rows = []
    for n in sizes:
        corpus = work / f"corpus-{n}"
        make_corpus(n, corpus)
        out = work / f"out-{n}"
        if out.exists():
            for f in out.iterdir():
                f.unlink()
        first = _build(corpus, out, args.workers)
        again = _build(corpus, out, args.workers) | {"cli": _rebuild_cli(corpus, out, args.workers)}
        files = sorted(corpus.glob("*.txt"))[:1000]
        ratio = kg_extract(files) / camel_floor(files)
        rows.append((n, first, again, ratio))
        print(f"{n:>6} articles: extraction {1000 * first['extract'] / n:6.1f} ms/article, "
              f"build {first['wall']:7.1f} s, re-build {again['wall']:5.2f} s "
              f"({again['reused']} reused; `kg build` {again['cli']['process']:.2f} s), "
              f"peak RSS {first['rss_kib'] / 1024:6.0f} MiB, "
              f"kg/camel {ratio:4.1f}x, graph {first['nodes']} nodes {first['edges']} edges",
              flush=True)
    small, big = rows[0], rows[-1]
    per_small = small[1]["extract"] / small[0]
    per_big = big[1]["extract"] / big[0]
    linearity = per_big / per_small
    rss_mib = big[1]["rss_kib"] / 1024
    rebuild = 100 * big[2]["cli"]["process"] / big[1]["process"]
    ratio = big[3]
    print()
    print(f"extraction per article ({big[0]:,}):       {1000 * per_big:.1f} ms")
    print(f"kg / camel-tools normalize+tokenize:  {ratio:.1f}x   target <= 3x (one core): "
          f"{_check(ratio <= 3)}")
    print(f"linearity (per article {big[0]:,} / {small[0]:,}): {linearity:.2f}   "
          f"target <= 1.3: {_check(linearity <= 1.3)}")
    print(f"peak RSS of the {big[0]:,} build:        {rss_mib:.0f} MiB   target < 1024 MiB: "
          f"{_check(rss_mib < 1024)}")
    print(f"no-change re-build / first build:     {rebuild:.1f} %   (`kg build` process / "
          f"first build process) target < 5 %: "
          f"{_check(rebuild < 5)}")
    for n, first, _, _ in rows:
        print(f"HTML first draw ({n:,} articles, {first['nodes']} nodes, {first['edges']} edges): "
              f"{_html_first_draw(first['nodes'], first['edges'])}")
    if args.profile:
        files = sorted((work / f"corpus-{sizes[-1]}").glob("*.txt"))[:args.profile]
        print()
        print(profile(files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
