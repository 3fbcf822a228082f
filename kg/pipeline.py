"""The build: read a corpus, extract every article, assemble one graph, write
the outputs. The one place that uses all rooms at once.

Extraction runs in this process, in a pool of ``workers`` processes, or on a
Dask cluster (``dask=ADDRESS`` or ``"local"``); the results are assembled here
in file order, so every way gives the same bytes. With a store (``build``
keeps one in ``out/kg.sqlite``) an article whose content and extractor
version are unchanged is not extracted again.

Example
-------
>>> import pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a1.txt").write_text("زار أردوغان روسيا.", "utf-8")
>>> g, report = build_graph([d], workers=1)
>>> report.articles, report.triples >= 1
(1, True)
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .corpus import DEFAULT_MAX_BYTES, find_inputs, read_input
from .errors import BackendUnavailable, BuildDirError, NoArticles
from .extract import ArticleResult, Extractor, get_extractor
from .graph import KnowledgeGraph
from .schema import Actor, BuildReport, FileReport, Merge, Triple
from .store import STORE_FILE, ArticleStore, LastBuild, StoredArticle, content_key, file_digest

__all__ = ["build_graph", "build", "merge_results", "default_workers", "store_version", "RunReport",
           "OUTPUT_FILES", "STORE_FILE"]

OUTPUT_FILES = ("triples.jsonl", "actors.jsonl", "merges.jsonl", "graph.graphml",
                "graph.html", "report.json")
Progress = Callable[[int, int, str], None]
_STORE_BATCH = 200  # extractions per store transaction


class RunReport(BuildReport):
    """A ``BuildReport`` plus what only this run knows: ``reused`` articles
    came from the store without being extracted again (not written to
    ``report.json``, whose bytes depend on the input only)."""

    reused: int = 0


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


class _Merger:
    """``merge_results`` one article at a time, so a big build never holds
    every article's own actor list at once."""

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.triples: list[Triple] = []
        self.merges: list[Merge] = []
        # pydantic keeps a set of the fields given for every model instance
        # (~700 bytes each); triples and their evidence are frozen and nothing
        # reads or grows those sets, so instances with the same fields share one.
        self._fields_sets: dict[frozenset[str], set[str]] = {}

    def _share_fields_set(self, model: object) -> None:
        own = model.__pydantic_fields_set__  # type: ignore[attr-defined]
        shared = self._fields_sets.setdefault(frozenset(own), own)
        if shared is not own:
            object.__setattr__(model, "__pydantic_fields_set__", shared)

    def add(self, r: ArticleResult) -> None:
        actors = self.actors
        for a in r.actors:
            if a.id in actors:
                old = actors[a.id]
                actors[a.id] = old.model_copy(update={
                    "aliases": sorted(set(old.aliases) | set(a.aliases)),
                    "roles": sorted(set(old.roles) | set(a.roles)),
                    "country": old.country or a.country, "name_en": old.name_en or a.name_en})
            else:
                actors[a.id] = a
        # One copy of each sentence and id: triples of one sentence share its
        # text, and a 10,000-article graph holds every string otherwise twice
        # or thrice (results come back from workers and the store as JSON).
        texts: dict[str, str] = {}
        for t in r.triples:
            ev = t.evidence
            shared = texts.setdefault(ev.text, ev.text)
            if shared is not ev.text:
                object.__setattr__(ev, "text", shared)  # frozen model, same value
            for name in ("article", "subject", "object"):
                object.__setattr__(t, name, sys.intern(getattr(t, name)))
            self._share_fields_set(t)
            self._share_fields_set(ev)
        self.triples.extend(r.triples)
        self.merges.extend(r.merges)

    def result(self) -> tuple[list[Actor], list[Triple], list[Merge]]:
        return [self.actors[k] for k in sorted(self.actors)], self.triples, self.merges


def merge_results(results: Sequence[ArticleResult]) -> tuple[list[Actor], list[Triple], list[Merge]]:
    """Join per-article results: actors with the same id become one (aliases
    and roles united), triples keep article order."""
    merger = _Merger()
    for r in sorted(results, key=lambda r: r.article):
        merger.add(r)
    return merger.result()


def build_graph(paths: Sequence[str | os.PathLike], pattern: str = "*.txt",
                extractor: str = "rules", progress: Progress | None = None,
                workers: int | None = None, dask: str | None = None,
                store: str | os.PathLike | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                ) -> tuple[KnowledgeGraph, RunReport]:
    """Extract every article under ``paths`` into one ``KnowledgeGraph``
    (no output is written; ``store`` names an SQLite file of extractions to
    reuse and update). Returns the graph and the per-file report.

    Parameters
    ----------
    workers : processes extracting at once (default: all cores; 1: this process).
    dask : a Dask scheduler address (``tcp://host:8786``) or ``"local"`` for a
        local cluster; extraction then runs there.
    max_bytes : larger files are skipped (reported as ``too_large``).
    """
    graph, report, _ = _run(paths, pattern, extractor, progress, workers, dask, store, max_bytes)
    return graph, report


# -- one file, wherever it runs ---------------------------------------------

@dataclass(frozen=True)
class _Extracted:
    """What extracting one file gives back (picklable, sent between processes)."""

    report: FileReport
    result: str | None  # ArticleResult JSON
    version: str


_EXTRACTORS: dict[str, Extractor] = {}  # one per process and name; lexicon loaded once


def _extractor(name: str) -> Extractor:
    if name not in _EXTRACTORS:
        _EXTRACTORS[name] = get_extractor(name)
    return _EXTRACTORS[name]


def _extract_file(path: str, extractor_name: str,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> _Extracted:
    """Read and extract one file; a skipped or unreadable one (see
    ``corpus.read_input``), or one the extractor fails on, gives a report and
    no result: one bad file never ends the build."""
    extractor = _extractor(extractor_name)
    t1 = time.perf_counter()
    article, report = read_input(path, max_bytes)
    result = None
    if article is not None:
        try:
            result = extractor.extract(article)
        except Exception as exc:  # noqa: BLE001 - a bug on one article must not end the build
            report = report.model_copy(update={
                "status": "error", "code": "extractor_failed",
                "reason": f"the extractor failed on this file ({type(exc).__name__}: {exc}); "
                          "please report it with the file"})
        else:
            report = report.model_copy(update={"triples": len(result.triples)})
    report = report.model_copy(update={"seconds": round(time.perf_counter() - t1, 4)})
    return _Extracted(report, result.model_dump_json() if result is not None else None,
                      extractor.version)


def _extract_partition(paths: list[str], extractor_name: str,
                       max_bytes: int = DEFAULT_MAX_BYTES) -> list[_Extracted]:
    return [_extract_file(p, extractor_name, max_bytes) for p in paths]


# -- where the files run ----------------------------------------------------

def _local(todo: list[str], name: str, workers: int,
           max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[_Extracted]:
    if workers <= 1 or len(todo) <= 1:
        for path in todo:
            yield _extract_file(path, name, max_bytes)
        return
    n = min(workers, len(todo))
    chunk = max(1, min(32, len(todo) // (n * 8)))
    ctx = multiprocessing.get_context(_start_method())
    with ProcessPoolExecutor(n, mp_context=ctx, initializer=_extractor,
                             initargs=(name,)) as pool:
        yield from pool.map(_extract_file, todo, [name] * len(todo),
                            [max_bytes] * len(todo), chunksize=chunk)


def _start_method() -> str:
    """fork shares the loaded lexicon and code with the workers at no cost, but
    is unsafe once this process runs threads (a Dask client, a notebook's)."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _on_dask(todo: list[str], name: str, address: str, workers: int,
             max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[_Extracted]:
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise BackendUnavailable("--dask needs dask and distributed: "
                                 "pip install 'dask[bag]' distributed") from None
    cluster = None
    try:
        if address == "local":
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(address, timeout="10s")
    except OSError as exc:
        if cluster is not None:
            cluster.close()
        raise BackendUnavailable(f"cannot reach the Dask scheduler at {address!r} ({exc}); "
                                 "check the address or use --dask local.") from None
    try:
        size = max(1, min(64, len(todo) // (8 * max(1, len(client.nthreads()) or 1))))
        bag = db.from_sequence(todo, partition_size=size)
        parts = bag.map_partitions(_extract_partition, name, max_bytes).to_delayed()
        futures = client.compute(parts)
        order = {f.key: i for i, f in enumerate(futures)}
        done: dict[int, list[_Extracted]] = {}
        nxt = 0
        for future in as_completed(futures):
            done[order[future.key]] = future.result()
            future.release()
            while nxt in done:  # hand results on in file order
                yield from done.pop(nxt)
                nxt += 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# -- the build ----------------------------------------------------------------

def store_version(extractor: Extractor) -> str:
    """What a stored extraction must match to be reused: the extractor's
    ``version`` (which holds the lexicon hash) and a hash of the code that
    shapes an extraction (reading, text layer, schema, lexicon loader, the
    extractor's package), so an edit to the rules never serves stale results
    while an edit to the HTML view or the CLI keeps the store."""
    import inspect

    kg_dir = Path(__file__).parent
    files = [kg_dir / f for f in ("corpus.py", "text.py", "schema.py", "errors.py")]
    files += sorted((kg_dir / "lexicon").glob("*.py")) + sorted((kg_dir / "extract").rglob("*.py"))
    try:
        files.append(Path(inspect.getfile(type(extractor))))
    except TypeError:  # pragma: no cover - a built-in class
        pass
    h = hashlib.sha256()
    for f in files:
        h.update(f.read_bytes())
    return f"{extractor.version}+code.{h.hexdigest()[:12]}"


@dataclass
class _Plan:
    """What a build has to do: every input file, the content key of each file
    that could be read, the stored extractions it can reuse, and the
    fingerprint of all of it (``None`` when a file could not be read, whose
    report may change without its bytes changing)."""

    files: list[Path]
    keys: dict[str, str]
    reused: dict[str, StoredArticle]
    version: str  # the extractor's
    stored_as: str  # the version stored extractions must match (store_version)
    inputs: str | None


def _plan(paths, pattern, extractor_name, store: ArticleStore | None,
          max_bytes: int) -> _Plan:
    files = find_inputs(list(paths), pattern)
    if not files:
        raise NoArticles([str(p) for p in paths], pattern)
    extractor = _extractor(extractor_name)
    stored_as = store_version(extractor)
    keys: dict[str, str] = {}
    reused: dict[str, StoredArticle] = {}
    h = hashlib.sha256("\0".join([stored_as, extractor_name, str(max_bytes),
                                   _output_code_version()]).encode("utf-8"))
    readable = True
    for path in files:
        try:  # never open a FIFO (it would block) or read a file over the limit
            if not path.is_file():
                readable = False
                continue  # extraction reports why
            size = path.stat().st_size
            if size > max_bytes:
                h.update(f"\0{path}\0too large {size}".encode("utf-8", "surrogateescape"))
                continue  # extraction reports why
            data = path.read_bytes()
        except OSError:
            readable = False
            continue  # extraction reports why
        keys[str(path)] = key = content_key(path.stem, data)
        h.update(f"\0{path}\0{key}".encode("utf-8", "surrogateescape"))
        row = store.get(key, stored_as) if store is not None else None
        if row is not None:
            reused[str(path)] = row
    return _Plan(files, keys, reused, extractor.version, stored_as,
                 h.hexdigest() if readable else None)


@lru_cache(maxsize=1)
def _output_code_version() -> str:
    """A hash of everything that shapes the output bytes beyond the
    extractions: kg's own files (graph assembly, writers, the HTML template)
    and the versions of the libraries that serialize them."""
    import networkx
    import pydantic

    kg_dir = Path(__file__).parent
    h = hashlib.sha256(f"{sys.version_info[:2]} {networkx.__version__} "
                       f"{pydantic.VERSION}".encode())
    for f in sorted(kg_dir.rglob("*")):
        if f.is_file() and "__pycache__" not in f.parts:
            h.update(f.relative_to(kg_dir).as_posix().encode("utf-8") + b"\0")
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def _run(paths, pattern, extractor_name, progress, workers=None, dask=None, store_path=None,
         max_bytes=DEFAULT_MAX_BYTES):
    t0 = time.perf_counter()
    store = ArticleStore(store_path) if store_path else None
    try:
        plan = _plan(paths, pattern, extractor_name, store, max_bytes)
        extracted = _extract_todo(plan, extractor_name, progress, workers, dask, store,
                                  max_bytes)
    finally:
        if store is not None:
            store.close()
    return _assemble(plan, extracted, max_bytes, t0)


def _extract_todo(plan: _Plan, extractor_name: str, progress: Progress | None,
                  workers: int | None, dask: str | None, store: ArticleStore | None,
                  max_bytes: int) -> dict[str, _Held]:
    """Extract every file the store cannot serve, storing results in batches;
    then drop from the store what the corpus no longer holds."""
    version = plan.version
    workers = workers or default_workers()
    files, keys, reused = plan.files, plan.keys, plan.reused
    todo = [str(p) for p in files if str(p) not in reused]
    total, n = len(files), len(reused)
    if progress and n:
        progress(n, total, "(unchanged)")
    extracted: dict[str, _Held] = {}
    batch: list[StoredArticle] = []
    runner = (_on_dask(todo, extractor_name, dask, workers, max_bytes) if dask and todo
              else _local(todo, extractor_name, workers, max_bytes))
    for path, x in zip(todo, runner):
        if x.version != version:
            raise BackendUnavailable(
                f"the workers run extractor {x.version}, this machine {version}; "
                "install the same kg and lexicon on every worker.")
        if store is not None and x.result is not None and path in keys:
            batch.append(StoredArticle(keys[path], plan.stored_as, path, x.report.article,
                                       x.report.encoding, x.report.triples, x.result))
            if len(batch) >= _STORE_BATCH:
                store.put(batch)
                batch = []
        extracted[path] = _held(x)
        n += 1
        if progress:
            progress(n, total, path)
    if store is not None:
        store.put(batch)
        store.keep_only([keys[p] for p in keys if p in reused or (
            p in extracted and extracted[p].packed is not None)], plan.stored_as)
    return extracted


@dataclass(frozen=True)
class _Held:
    """An ``_Extracted`` kept until the graph is assembled, its result JSON
    compressed (a fifth of the size): a 10,000-article build otherwise holds
    some 250 MB of JSON text until the end, which the parsed models then
    cannot reuse."""

    report: FileReport
    packed: bytes | None  # zlib of the result JSON in UTF-8

    @property
    def result(self) -> bytes | None:
        return zlib.decompress(self.packed) if self.packed is not None else None


def _held(x: _Extracted) -> _Held:
    return _Held(x.report, zlib.compress(x.result.encode("utf-8"), 1)
                 if x.result is not None else None)


def _graph_of(results: list[ArticleResult]) -> tuple[KnowledgeGraph, list[Merge]]:
    actors, triples, merges = merge_results(results)
    return KnowledgeGraph(actors, triples), merges


class _StoredGraph(KnowledgeGraph):
    """The graph of a no-change re-build, assembled from the stored
    extractions on first use: ``kg build`` then returns without parsing them
    (the outputs already hold it), while the Python API still gets the graph."""

    def __init__(self, results: list[str]):  # noqa: D107 - the parent's is run on first use
        self.__dict__["_pending"] = results

    def __getattr__(self, name: str):
        pending = self.__dict__.pop("_pending", None)
        if pending is None:
            raise AttributeError(name)
        graph, _ = _graph_of([ArticleResult.model_validate_json(t) for t in pending])
        self.__dict__.update(graph.__dict__)
        return getattr(self, name)


def _assemble(plan: _Plan, extracted: dict[str, _Held], max_bytes: int, t0: float):
    """The graph and report from stored and fresh extractions. Each article's
    JSON is parsed, merged and let go in turn (in article order, as
    ``merge_results`` sorts), so memory holds one article's models, not all;
    ``plan.reused`` and ``extracted`` are emptied on the way."""
    reused = len(plan.reused)
    reports: list[FileReport] = []
    texts: list[tuple[str, str | _Held]] = []  # (article, result JSON or held result), file order
    for path in map(str, plan.files):
        if path in plan.reused:
            row = plan.reused.pop(path)
            entry = read_input(path, max_bytes)[1]  # reason/code as a fresh read gives them
            reports.append(entry.model_copy(update={"triples": row.triples}))
            text = row.result
        else:
            x = extracted.pop(path)
            reports.append(x.report)
            text = x if x.packed is not None else None  # decompressed one at a time below
        if text is not None:  # always through JSON: stored and fresh give the same bytes
            texts.append((reports[-1].article or "", text))
    texts.sort(key=lambda at: at[0])  # stable: file order among equal ids, as merge_results
    articles = len(texts)
    merger = _Merger()
    for i, (_, text) in enumerate(texts):
        texts[i] = ("", "")
        if isinstance(text, _Held):
            text = text.result
        merger.add(ArticleResult.model_validate_json(text))
    actors, triples, merges = merger.result()
    graph = KnowledgeGraph(actors, triples)
    report = RunReport(files=reports, articles=articles, actors=len(actors),
                       triples=len(triples), seconds=round(time.perf_counter() - t0, 3),
                       extractor=plan.version, reused=reused)
    return graph, report, merges


def _unchanged(plan: _Plan, last: LastBuild | None, out: Path) -> dict | None:
    """``report.json``'s data when the last build read exactly these inputs
    and its outputs are all still there, byte for byte; else ``None``."""
    if last is None or plan.inputs is None or last.inputs != plan.inputs:
        return None
    if sorted(last.outputs) != sorted(OUTPUT_FILES):
        return None
    if any(file_digest(out / name) != digest for name, digest in last.outputs.items()):
        return None
    try:
        data = json.loads((out / "report.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("articles") != len(plan.reused):
        return None  # a stored extraction is missing
    return data


def build(paths: Sequence[str | os.PathLike], out: str | os.PathLike = "out",
          pattern: str = "*.txt", extractor: str = "rules",
          progress: Progress | None = None, workers: int | None = None,
          dask: str | None = None, incremental: bool = True,
          max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[KnowledgeGraph, RunReport]:
    """Build the graph and write ``triples.jsonl``, ``actors.jsonl``,
    ``merges.jsonl``, ``graph.graphml``, ``graph.html`` and ``report.json`` to
    ``out``.

    Extractions are kept in ``out/kg.sqlite``; a re-build extracts only new or
    changed articles (``incremental=False`` extracts all and leaves the store
    alone). When nothing changed at all (same files, same bytes, same kg) and
    the outputs are intact, they are left as they are. ``workers`` and
    ``dask`` are as for ``build_graph``.
    """
    t0 = time.perf_counter()
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
    if not incremental:
        graph, report, merges = _run(paths, pattern, extractor, progress, workers, dask,
                                     None, max_bytes)
        _write_outputs(out, graph, report, merges)
        return graph, report
    with ArticleStore(out / STORE_FILE) as store:
        plan = _plan(paths, pattern, extractor, store, max_bytes)
        data = _unchanged(plan, store.last_build(), out)
        if data is not None:
            if progress:
                progress(len(plan.files), len(plan.files), "(unchanged)")
            graph = _StoredGraph([plan.reused[str(p)].result
                                  for p in plan.files if str(p) in plan.reused])
            data.update(seconds=round(time.perf_counter() - t0, 3), reused=len(plan.reused))
            return graph, RunReport.model_validate(data)
        extracted = _extract_todo(plan, extractor, progress, workers, dask, store, max_bytes)
        graph, report, merges = _assemble(plan, extracted, max_bytes, t0)
        store.set_last_build(None)
        _write_outputs(out, graph, report, merges)
        if plan.inputs is not None:
            store.set_last_build(LastBuild(plan.inputs, {
                name: file_digest(out / name) for name in OUTPUT_FILES}))
    return graph, report


def _write_outputs(out: Path, graph: KnowledgeGraph, report: RunReport,
                   merges: list[Merge]) -> None:
    from .export import atomic_write, jsonl, write_graphml  # not needed by a no-op build
    from .render import write_html

    # line by line: the bytes of export.write_jsonl without the whole text in memory
    atomic_write(out / "triples.jsonl", (jsonl([t]) for t in graph.triple_list))
    atomic_write(out / "actors.jsonl", (jsonl([a]) for a in graph.actor_list))
    atomic_write(out / "merges.jsonl", (jsonl([m]) for m in merges))
    write_graphml(graph, out / "graph.graphml")
    write_html(graph, out / "graph.html")
    report_data = report.model_dump(mode="json")
    for run_only in ("seconds", "reused"):
        report_data.pop(run_only, None)
    for f in report_data["files"]:
        f.pop("seconds", None)
    atomic_write(out / "report.json", json.dumps(report_data, ensure_ascii=False, indent=2,
                                                 sort_keys=True) + "\n")
