"""kg: an Arabic-first geopolitical knowledge-graph builder.

Point it at Arabic news articles; get typed actor–relation–actor triples,
each with its evidence, assembled into one graph.

Example
-------
>>> import kg
>>> r = kg.extract_text("زار أردوغان روسيا.")
>>> [(t.relation.value, t.object) for t in r.triples]
[('visit', 'russia')]
"""

from __future__ import annotations

from .errors import KgError
from .evaluate import Evaluation, evaluate_files
from .extract import ArticleResult, extract_article, extract_text, get_extractor
from .graph import GraphStats, KnowledgeGraph, load
from .pipeline import build, build_graph
from .schema import (
    Actor,
    ActorType,
    Article,
    BuildReport,
    Evidence,
    FileReport,
    Merge,
    Relation,
    Triple,
)

__version__ = "0.1.0"

__all__ = [
    "Actor", "ActorType", "Article", "ArticleResult", "BuildReport", "Evaluation", "Evidence",
    "FileReport", "GraphStats", "KgError", "KnowledgeGraph", "Merge", "Relation", "Triple", "build",
    "build_graph", "evaluate", "extract", "extract_article", "extract_text", "get_extractor", "load",
    "write_schemas", "__version__",
]

SCHEMA_MODELS = {"article": Article, "actor": Actor, "evidence": Evidence, "triple": Triple,
                 "merge": Merge, "report": BuildReport}


def schemas() -> dict[str, str]:
    """JSON Schema text of every model, by file stem (``triple`` → triple.schema.json)."""
    import json

    return {name: json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2,
                             sort_keys=True) + "\n" for name, model in SCHEMA_MODELS.items()}


def write_schemas(out: str = "schemas") -> list[str]:
    """Write ``schemas/*.schema.json`` from the pydantic models; returns the paths."""
    from pathlib import Path

    from .export import atomic_write

    d = Path(out)
    d.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in schemas().items():
        p = d / f"{name}.schema.json"
        atomic_write(p, text)
        paths.append(str(p))
    return paths


def extract(path: str) -> ArticleResult:
    """Extract the triples of one article file."""
    from .corpus import read_article

    article, _ = read_article(path)
    return extract_article(article)


def evaluate(pred: str, gold_dir: str) -> Evaluation:
    """Score a build's ``triples.jsonl`` against a gold folder (see ONTOLOGY.md)."""
    return evaluate_files(pred, gold_dir)
