"""The ``kg`` command: each subcommand is a thin layer over a function of ``kg``.

Exit codes: 0 success; 1 the build finished but some files had errors;
2 usage error (bad option, missing path); 3 nothing could be built.
"""

from __future__ import annotations

import sys
import time

import click

import kg
from .corpus import DEFAULT_MAX_BYTES
from .errors import KgError

EXIT_OK, EXIT_FILE_ERRORS, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3


def _fail(exc: KgError, code: int = EXIT_FAILED) -> None:
    click.echo(f"Error: {exc}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(kg.__version__, prog_name="kg")
def main() -> None:
    """kg builds a knowledge graph of who visits, meets, backs and opposes whom
    from Arabic news articles.

    Example:

        kg build corpus --out out && xdg-open out/graph.html
    """


class _ProgressBar:
    """A progress bar on stderr (tqdm), shown once a build takes over a second."""

    def __init__(self, enabled: bool):
        self._bar = None
        self._enabled = enabled

    def update(self, done: int, total: int, path: str) -> None:
        if not self._enabled:
            return
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="article", delay=1.0, file=sys.stderr,
                             leave=False, dynamic_ncols=True)
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", default="out", show_default=True, help="Folder for the outputs.")
@click.option("--pattern", default="*.txt", show_default=True,
              help="Which files of a folder are articles.")
@click.option("--extractor", default="rules", show_default=True, help="Extractor to run.")
@click.option("--backend", type=click.Choice(["auto", "rules", "camel-morph", "camel-ner"]),
              default="auto", show_default=True,
              help="camel-tools morphology/NER on top of the rules when their data is in "
                   "$CAMELTOOLS_DATA (auto: whatever is installed; see docs/camel_backends.md).")
@click.option("--workers", "-j", type=click.IntRange(min=1), default=None,
              help="Processes extracting at once (default: all cores).")
@click.option("--dask", metavar="ADDRESS", default=None,
              help="Extract on a Dask cluster: a scheduler address (tcp://host:8786) "
                   "or 'local'.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Skip (and report) files larger than this many bytes.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def build(paths: tuple[str, ...], out: str, pattern: str, extractor: str, backend: str,
          workers: int | None, dask: str | None, max_bytes: int, quiet: bool) -> None:
    """Build the graph from articles (files, folders or globs).

    Writes triples.jsonl, actors.jsonl, merges.jsonl, graph.graphml, graph.html
    and report.json to --out, and prints a one-line summary. Extractions are
    kept in --out/kg.sqlite: a re-build extracts only new or changed articles.

    Example:

        kg build corpus --out out --workers 4
    """
    from .backends import choose_backend

    try:
        extractor, note = choose_backend(backend, extractor)
    except kg.errors.BackendUnavailable as exc:
        _fail(exc, EXIT_USAGE)
    if note and not quiet:
        click.echo(note, err=True)
    t0 = time.perf_counter()
    bar = _ProgressBar(enabled=not quiet and sys.stderr.isatty())
    try:
        graph, report = kg.build(list(paths), out=out, pattern=pattern, extractor=extractor,
                                 workers=workers, dask=dask, progress=bar.update,
                                 max_bytes=max_bytes)
    except (kg.errors.CorpusNotFound, kg.errors.NoArticles, kg.errors.UnknownExtractor,
            kg.errors.BuildDirError) as exc:
        _fail(exc, EXIT_USAGE)
    except KgError as exc:
        _fail(exc)
    finally:
        bar.close()
    errors = sum(f.status == "error" for f in report.files)
    skipped = sum(f.status == "skipped" for f in report.files)
    if not quiet:
        click.echo(f"{report.articles} articles read ({report.reused} reused, {skipped} skipped, "
                   f"{errors} errors), "
                   f"{report.actors} actors, {report.triples} triples in "
                   f"{time.perf_counter() - t0:.1f}s → {out}/")
    if report.articles == 0:
        click.echo(f"Error: no file could be read as an article; see {out}/report.json.",
                   err=True)
        sys.exit(EXIT_FAILED)
    if errors:
        click.echo(f"Error: {errors} file{'s' * (errors > 1)} could not be read; "
                   f"see {out}/report.json.", err=True)
        sys.exit(EXIT_FILE_ERRORS)


@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
def extract(path: str) -> None:
    """Print the triples of one article as JSON lines.

    Example:

        kg extract corpus/003_a1903ce93b64fa12.txt | head -3
    """
    from .export import jsonl

    try:
        result = kg.extract(path)
    except KgError as exc:
        _fail(exc)
    click.echo(jsonl(result.triples), nl=False)


@main.command()
@click.argument("pred", type=click.Path(exists=True))
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--verbose", "-v", is_flag=True, help="List every miss and false hit.")
def evaluate(pred: str, gold_dir: str, verbose: bool) -> None:
    """Score predicted triples against a gold folder (strict, lenient, per relation).

    PRED is a triples.jsonl (with actors.jsonl beside it) or a build folder.

    Example:

        kg evaluate out/triples.jsonl tests/data/gold -v
    """
    try:
        result = kg.evaluate(pred, gold_dir)
    except KgError as exc:
        _fail(exc)
    click.echo(result.report(verbose=verbose))


@main.command()
@click.option("--out", default="schemas", show_default=True, help="Folder for the files.")
def schema(out: str) -> None:
    """Write the JSON Schema of every output record (triple, actor, ...).

    Example:

        kg schema --out schemas
    """
    for p in kg.write_schemas(out):
        click.echo(p)


def _load(out_dir: str) -> "kg.KnowledgeGraph":
    try:
        return kg.load(out_dir)
    except KgError as exc:
        _fail(exc, EXIT_USAGE)


@main.command()
@click.argument("out_dir", metavar="OUT_DIR")
@click.option("--actor", help="Triples this actor takes part in (Arabic, English or id).")
@click.option("--subject", help="Triples with this subject.")
@click.option("--object", "object_", metavar="TEXT", help="Triples with this object.")
@click.option("--relation", type=click.Choice([r.value for r in kg.Relation]),
              help="One relation of the ontology.")
@click.option("--article", help="One article id.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Dated on or after (YYYY-MM-DD).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Dated on or before (YYYY-MM-DD).")
@click.option("--include-negated", is_flag=True, help="Also triples read as denied.")
@click.option("--include-hypothetical", is_flag=True, help="Also triples read as possible.")
@click.option("--format", "format_", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True, help="Output format.")
def query(out_dir, actor, subject, object_, relation, article, since, until, include_negated,
          include_hypothetical, format_) -> None:
    """Print the triples of a build that match every option.

    Actors are looked up as in Python's KnowledgeGraph.actor: Arabic with or
    without clitics (لروسيا), English names, aliases or ids.

    Example:

        kg query out --actor روسيا --relation visit --format jsonl
    """
    from .export import jsonl

    g = _load(out_dir)
    try:
        found = g.triples(relation=relation, subject=subject, object=object_, actor=actor,
                          article=article, since=since.date() if since else None,
                          until=until.date() if until else None,
                          include_negated=include_negated,
                          include_hypothetical=include_hypothetical)
    except KgError as exc:
        _fail(exc, EXIT_USAGE)
    if format_ == "jsonl":
        click.echo(jsonl(found), nl=False)
        return
    if not found:
        click.echo("no triples match.", err=True)
        return
    names = {a.id: a.name for a in g.actor_list}
    for t in found:
        flags = ("not " if t.negated else "") + t.relation.value + ("?" if t.hypothetical else "")
        click.echo("\t".join([t.date.isoformat() if t.date else "-", names[t.subject], flags,
                              names[t.object], t.article, t.evidence.text[:80]]))


@main.command()
@click.argument("out_dir", metavar="OUT_DIR")
@click.option("--top", default=10, show_default=True, help="How many actors to rank.")
@click.option("--format", "format_", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
def stats(out_dir: str, top: int, format_: str) -> None:
    """Count a build's actors by type and triples by relation, and rank actors
    by degree (asserted triples).

    Example:

        kg stats out --top 5
    """
    s = _load(out_dir).stats(top=top)
    if format_ == "json":
        click.echo(s.model_dump_json(indent=2))
        return
    click.echo(f"{s.actors} actors, {s.triples} triples from {s.articles} articles "
               f"({s.negated} negated, {s.hypothetical} hypothetical, {s.dated} dated)")
    click.echo("actors by type: " + ", ".join(f"{k} {v}" for k, v in s.by_type.items()))
    click.echo("triples by relation: " + ", ".join(f"{k} {v}" for k, v in s.by_relation.items()))
    click.echo("top actors by degree:")
    for a in s.top_actors:
        click.echo(f"  {a.degree:>4}  {a.name} ({a.id}, {a.type.value})")


@main.command("export")
@click.argument("out_dir", metavar="OUT_DIR")
@click.option("--format", "format_", type=click.Choice(["graphml", "gexf", "json", "csv"]),
              default="graphml", show_default=True, help="File format.")
@click.option("--to", "to", help="Folder to write to  [default: OUT_DIR]")
@click.option("--collapse/--per-triple", default=False, show_default=True,
              help="One edge per (subject, relation, object) weighted by supporting "
                   "articles, or one edge per triple.")
def export_(out_dir: str, format_: str, to: str | None, collapse: bool) -> None:
    """Write a build's graph for Gephi, Gephi Lite, networkx or a spreadsheet:
    graph.graphml, graph.gexf (GEXF 1.3, with a timeline), graph.json
    (node-link) or nodes.csv + edges.csv. Prints the paths written.

    Example:

        kg export out --format gexf --to gephi/
    """
    from .export import export_graph

    g = _load(out_dir)
    try:
        paths = export_graph(g, to or out_dir, format_, collapse=collapse)
    except OSError as exc:
        click.echo(f"Error: cannot write to {to or out_dir!r} ({exc.strerror}); "
                   "choose another folder with --to.", err=True)
        sys.exit(EXIT_FAILED)
    for p in paths:
        click.echo(str(p))


@main.command("render")
@click.argument("out_dir", metavar="OUT_DIR")
@click.option("--max-nodes", type=click.IntRange(min=1),
              help="Keep the actors with the most edges.")
@click.option("--relation", multiple=True, type=click.Choice([r.value for r in kg.Relation]),
              help="Keep only these relations (repeat the option for several).")
@click.option("--actor", help="Keep the actors around this one (Arabic, English or id).")
@click.option("--radius", type=click.IntRange(min=0), default=2, show_default=True,
              help="Hops around --actor.")
@click.option("--out", help="Page to write  [default: OUT_DIR/graph.html]")
def render_(out_dir: str, max_nodes: int | None, relation: tuple[str, ...], actor: str | None,
            radius: int, out: str | None) -> None:
    """Draw a build's graph as one offline HTML page, or a focused view of it,
    and print the page's path.

    Example:

        kg render out --actor روسيا --radius 1 --out russia.html
    """
    from .render import render

    try:
        path = render(out_dir, max_nodes=max_nodes, relation=list(relation) or None,
                      actor=actor, radius=radius, out=out)
    except KgError as exc:
        _fail(exc, EXIT_USAGE)
    except OSError as exc:
        click.echo(f"Error: cannot write {out or out_dir!r} ({exc.strerror}); "
                   "choose another page with --out.", err=True)
        sys.exit(EXIT_FAILED)
    click.echo(str(path))


if __name__ == "__main__":  # pragma: no cover
    main()
