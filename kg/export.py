"""Writing a graph to files: JSON lines, GraphML, atomically.

GraphML values must be str, int, float or bool, so lists are flattened to
``" | "``-joined strings, ``None`` is left out, and XML control characters are
removed. Every file is written to a temporary file and renamed into place.

Example
-------
>>> import io, networkx as nx
>>> from kg.graph import KnowledgeGraph
>>> buf = io.BytesIO()
>>> nx.write_graphml(to_graphml_graph(KnowledgeGraph([], [])), buf)
>>> nx.read_graphml(io.BytesIO(buf.getvalue())).number_of_nodes()
0
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
from pydantic import BaseModel

from .graph import KnowledgeGraph

__all__ = ["atomic_write", "jsonl", "write_jsonl", "write_graphml", "to_graphml_graph",
           "clean_xml"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def atomic_write(path: str | os.PathLike, data: bytes | str) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path = Path(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def jsonl(models: Iterable[BaseModel]) -> str:
    """Models as JSON lines: keys sorted, UTF-8 text (no ``\\u`` escapes), no nulls."""
    return "".join(json.dumps(m.model_dump(mode="json", exclude_none=True), ensure_ascii=False,
                              sort_keys=True) + "\n" for m in models)


def write_jsonl(path: str | os.PathLike, models: Iterable[BaseModel]) -> None:
    atomic_write(path, jsonl(models))


def clean_xml(value: str) -> str:
    """Remove characters XML 1.0 cannot hold.

    >>> clean_xml("a\\x00b\\x1fc")
    'abc'
    """
    return _CONTROL.sub("", value)


def _value(v):
    if isinstance(v, (list, tuple, set)):
        return clean_xml(" | ".join(str(x) for x in v))
    if isinstance(v, str):
        return clean_xml(v)
    return v


def to_graphml_graph(g: KnowledgeGraph) -> nx.MultiDiGraph:
    """A copy of the graph whose attributes GraphML (and Gephi) can hold."""
    out = nx.MultiDiGraph()
    for a in g.actor_list:
        attrs = {"label": a.name, "name_ar": a.name, "name_en": a.name_en, "type": a.type.value,
                 "aliases": a.aliases, "country": a.country, "roles": a.roles}
        out.add_node(a.id, **{k: _value(v) for k, v in attrs.items() if v not in (None, [])})
    for i, t in enumerate(g.triple_list):
        attrs = {"id": f"e{i}", "label": t.relation.value, "relation": t.relation.value,
                 "negated": t.negated, "hypothetical": t.hypothetical, "article": t.article,
                 "evidence": t.evidence.text, "sentence": t.evidence.sentence_index,
                 "start": t.evidence.start, "end": t.evidence.end, "trigger": t.evidence.trigger,
                 "role": t.role, "domain": t.domain.value if t.domain else None,
                 "date": t.date.isoformat() if t.date else None}
        out.add_edge(t.subject, t.object, key=f"e{i}",
                     **{k: _value(v) for k, v in attrs.items() if v is not None})
    return out


def write_graphml(g: KnowledgeGraph, path: str | os.PathLike) -> None:
    """Write GraphML that networkx, igraph and Gephi read back."""
    import io

    buf = io.BytesIO()
    nx.write_graphml(to_graphml_graph(g), buf, named_key_ids=True)
    atomic_write(path, buf.getvalue())
