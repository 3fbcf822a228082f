"""The build: read a corpus, extract every article, assemble one graph, write
the outputs. The one place that uses all rooms at once.

Example
-------
>>> import pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a1.txt").write_text("زار أردوغان روسيا.", "utf-8")
>>> g, report = build_graph([d])
>>> report.articles, report.triples >= 1
(1, True)
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from .corpus import find_inputs, read_article
from .errors import ArticleError, BuildDirError, NoArticles
from .export import atomic_write, write_graphml, write_jsonl
from .extract import ArticleResult, get_extractor
from .graph import KnowledgeGraph
from .render import write_html
from .schema import Actor, BuildReport, FileReport, Merge, Triple

__all__ = ["build_graph", "build", "merge_results", "OUTPUT_FILES"]

OUTPUT_FILES = ("triples.jsonl", "actors.jsonl", "merges.jsonl", "graph.graphml",
                "graph.html", "report.json")
Progress = Callable[[int, int, str], None]


def merge_results(results: Sequence[ArticleResult]) -> tuple[list[Actor], list[Triple], list[Merge]]:
    """Join per-article results: actors with the same id become one (aliases
    and roles united), triples keep article order."""
    actors: dict[str, Actor] = {}
    triples: list[Triple] = []
    merges: list[Merge] = []
    for r in sorted(results, key=lambda r: r.article):
        for a in r.actors:
            if a.id in actors:
                old = actors[a.id]
                actors[a.id] = old.model_copy(update={
                    "aliases": sorted(set(old.aliases) | set(a.aliases)),
                    "roles": sorted(set(old.roles) | set(a.roles)),
                    "country": old.country or a.country, "name_en": old.name_en or a.name_en})
            else:
                actors[a.id] = a
        triples.extend(r.triples)
        merges.extend(r.merges)
    return [actors[k] for k in sorted(actors)], triples, merges


def build_graph(paths: Sequence[str | os.PathLike], pattern: str = "*.txt",
                extractor: str = "rules", progress: Progress | None = None,
                ) -> tuple[KnowledgeGraph, BuildReport]:
    """Extract every article under ``paths`` into one ``KnowledgeGraph``
    (nothing is written). Returns the graph and the per-file report."""
    graph, report, _ = _run(paths, pattern, extractor, progress)
    return graph, report


def _run(paths, pattern, extractor_name, progress):
    t0 = time.perf_counter()
    files = find_inputs(list(paths), pattern)
    if not files:
        raise NoArticles([str(p) for p in paths], pattern)
    extractor = get_extractor(extractor_name)
    results: list[ArticleResult] = []
    reports: list[FileReport] = []
    for n, path in enumerate(files, 1):
        t1 = time.perf_counter()
        size = path.stat().st_size if path.exists() else 0
        try:
            article, encoding = read_article(path)
            result = extractor.extract(article)
            results.append(result)
            reports.append(FileReport(path=str(path), article=article.id, status="ok",
                                      bytes=size, encoding=encoding,
                                      triples=len(result.triples),
                                      seconds=round(time.perf_counter() - t1, 4)))
        except ArticleError as exc:
            reports.append(FileReport(path=str(path), status=exc.status, reason=exc.reason,
                                      bytes=size, seconds=round(time.perf_counter() - t1, 4)))
        if progress:
            progress(n, len(files), str(path))
    actors, triples, merges = merge_results(results)
    graph = KnowledgeGraph(actors, triples)
    report = BuildReport(files=reports, articles=len(results), actors=len(actors),
                         triples=len(triples), seconds=round(time.perf_counter() - t0, 3),
                         extractor=extractor.version)
    return graph, report, merges


def build(paths: Sequence[str | os.PathLike], out: str | os.PathLike = "out",
          pattern: str = "*.txt", extractor: str = "rules",
          progress: Progress | None = None) -> tuple[KnowledgeGraph, BuildReport]:
    """Build the graph and write ``triples.jsonl``, ``actors.jsonl``,
    ``merges.jsonl``, ``graph.graphml``, ``graph.html`` and ``report.json`` to
    ``out``."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise BuildDirError(f"output path {str(out)!r} is a file; give a folder with --out.")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BuildDirError(f"cannot create output folder {str(out)!r} ({exc.strerror}); "
                            "choose another with --out.") from None
    if not os.access(out, os.W_OK):
        raise BuildDirError(f"output folder {str(out)!r} is not writable; choose another with --out.")
    graph, report, merges = _run(paths, pattern, extractor, progress)
    write_jsonl(out / "triples.jsonl", graph.triple_list)
    write_jsonl(out / "actors.jsonl", graph.actor_list)
    write_jsonl(out / "merges.jsonl", merges)
    write_graphml(graph, out / "graph.graphml")
    write_html(graph, out / "graph.html")
    report_data = report.model_dump(mode="json")
    report_data.pop("seconds", None)
    for f in report_data["files"]:
        f.pop("seconds", None)
    atomic_write(out / "report.json", json.dumps(report_data, ensure_ascii=False, indent=2,
                                                 sort_keys=True) + "\n")
    return graph, report
