"""Writing a graph to files: JSON lines, GraphML, GEXF 1.3, node-link JSON and
CSV, each atomically (a temporary file renamed into place, so a failed export
never leaves a truncated file).

All graph formats share one flat picture of the graph (:func:`export_records`):
one node per actor with ``label``, ``type``, ``name_ar``, ``name_en``,
``degree``, Gephi's ``r``/``g``/``b`` colour and ``size``; one edge per triple
(weight 1; Gephi sums parallel edges of one kind on import) or, with
``collapse=True``, one edge per (subject, relation, object) with ``weight`` =
number of supporting articles; both with ``articles``, ``dates`` and
``evidence``. Negated triples stay
visible but marked (``negated``, label ``not visit``); hypothetical ones are
marked (``hypothetical``, label ``visit?``).

GraphML and CSV values must be str, int, float or bool, so lists are
flattened to ``" | "``-joined strings, missing values are left out, and XML
control characters are removed.

Every writer streams: edges are made one at a time (:func:`export_edges`) and
written as they come, so a big graph's file is never in memory as a tree or
as one text (the XML is the text ``ET.indent`` + ``ET.tostring`` gives).

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

import csv
import io
import itertools
import json
import math
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import networkx as nx
from pydantic import BaseModel, ConfigDict

from .graph import KnowledgeGraph
from .schema import Triple

__all__ = ["atomic_write", "jsonl", "write_jsonl", "write_graphml", "to_graphml_graph",
           "clean_xml", "graphml_bytes", "graphml_chunks", "gexf_bytes", "gexf_chunks",
           "write_gexf", "node_link", "export_nodes", "export_edges",
           "write_json", "csv_texts", "write_csv", "neutralize_csv", "export_records",
           "ExportNode", "ExportEdge", "NodeLinkGraph", "FORMATS", "export_graph",
           "write_all"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
SEP = " | "

_NEGATED_RGB = (127, 127, 127)


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def _palette() -> tuple[dict[str, tuple[int, int, int]], dict[str, tuple[int, int, int]]]:
    """The HTML view's colours (kg.render) as Gephi's 0-255 ints: by actor
    type, by relation. Imported late because render imports this module."""
    from .render import RELATION_COLORS, TYPE_COLORS

    return ({k: _rgb(v) for k, v in TYPE_COLORS.items()},
            {k: _rgb(v) for k, v in RELATION_COLORS.items()})


# -- atomic files -------------------------------------------------------------

def _umask() -> int:
    """The process umask, read without changing it where Linux allows
    (``/proc/self/status``); elsewhere set and restored at once."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write(path: str | os.PathLike, data: bytes | str | Iterable[bytes | str]) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    ``data`` is bytes, text (written as UTF-8) or an iterable of either,
    written piece by piece (a big file need not be in memory at once). The
    file gets the mode a plain ``open(path, "w")`` would give it (``0o666``
    less the umask), not the ``0o600`` of ``mkstemp``.
    """
    path = Path(path)
    chunks = (data,) if isinstance(data, (bytes, str)) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            if hasattr(os, "fchmod"):  # POSIX
                os.fchmod(fh.fileno(), 0o666 & ~_umask())
            for chunk in chunks:
                fh.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
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


# -- the shared flat picture --------------------------------------------------

class ExportNode(BaseModel):
    """One node of an export (an actor)."""

    model_config = ConfigDict(frozen=True)

    id: str
    label: str
    type: str
    name_ar: str
    name_en: str | None = None
    country: str | None = None
    aliases: list[str] = []
    roles: list[str] = []
    degree: int
    r: int
    g: int
    b: int
    size: float
    start: str | None = None


class ExportEdge(BaseModel):
    """One edge of an export: one (subject, relation, object) or one triple."""

    model_config = ConfigDict(frozen=True)

    id: str
    source: str
    target: str
    key: str
    label: str
    relation: str
    negated: bool
    hypothetical: bool
    weight: float
    articles: list[str]
    dates: list[str]
    evidence: list[str]
    r: int
    g: int
    b: int
    start: str | None = None


class NodeLinkGraph(BaseModel):
    """The JSON export: networkx node-link data (``nx.node_link_graph(data)``
    reads it back)."""

    directed: bool = True
    multigraph: bool = True
    graph: dict[str, str]
    nodes: list[ExportNode]
    edges: list[ExportEdge]


def export_records(g: KnowledgeGraph, collapse: bool = False,
                   ) -> tuple[list[ExportNode], list[ExportEdge]]:
    """Nodes and edges as every export writes them.

    ``collapse=False``: one edge per triple; ``collapse=True``: one edge per
    (subject, relation, object), negated ones apart. ``degree`` counts the
    asserted triples an actor takes part in; ``size`` grows with its square
    root. Edges come in the order of ``g.to_networkx(collapse,
    include_negated=True).edges`` (the writers stream them one at a time
    with :func:`export_nodes` and :func:`export_edges` instead of holding
    these lists).

    >>> from kg.schema import Actor
    >>> nodes, edges = export_records(KnowledgeGraph([Actor(id="a", name="أ", type="country")], []))
    >>> (nodes[0].label, nodes[0].r, nodes[0].size, edges)
    ('أ', 78, 10.0, [])
    """
    return export_nodes(g, collapse), list(export_edges(g, collapse))


def _edge_groups(g: KnowledgeGraph, collapse: bool) -> Iterator[tuple[str, list[Triple]]]:
    """(edge key, its triples) in ``to_networkx(collapse, include_negated=True)``
    edge order (sources in actor-id order, then targets and keys in order of
    first appearance), without building that graph: only triple indices are
    held."""
    triples = g.triple_list
    groups: dict[str, dict[str, dict[str, list[int]]]] = {}  # source → target → key → indices
    for i, t in enumerate(triples):
        s, o = t.subject, t.object
        if collapse:
            if t.relation.symmetric and o < s:
                s, o = o, s
            key = ("not_" if t.negated else "") + t.relation.value
        else:
            key = str(i)
        groups.setdefault(s, {}).setdefault(o, {}).setdefault(key, []).append(i)
    for a in g.actor_list:
        for by_key in groups.pop(a.id, {}).values():
            for key, indices in by_key.items():
                yield key, [triples[i] for i in indices]


def _edge_record(i: int, key: str, ts: list[Triple], collapse: bool,
                 relation_rgb: dict[str, tuple[int, int, int]]) -> ExportEdge:
    t = ts[0]
    if collapse:
        s, o = t.subject, t.object
        if t.relation.symmetric and o < s:
            s, o = o, s
        articles = sorted({x.article for x in ts})
        dates = [d.isoformat() for d in sorted({x.date for x in ts if x.date is not None})]
        evidence = [x.evidence.text for x in ts]
        weight, hypothetical = float(len(articles)), all(x.hypothetical for x in ts)
    else:
        s, o = t.subject, t.object
        articles, evidence, weight = [t.article], [t.evidence.text], 1.0
        dates = [t.date.isoformat()] if t.date else []
        hypothetical = t.hypothetical
    rel = t.relation.value
    label = ("not " if t.negated else "") + rel + ("?" if hypothetical else "")
    r, gg, b = _NEGATED_RGB if t.negated else relation_rgb[rel]
    return ExportEdge(id=f"e{i}", source=s, target=o, key=key, label=label, relation=rel,
                      negated=t.negated, hypothetical=hypothetical, weight=weight,
                      articles=articles, dates=dates, evidence=evidence, r=r, g=gg, b=b,
                      start=dates[0] if dates else None)


def export_edges(g: KnowledgeGraph, collapse: bool = False) -> Iterator[ExportEdge]:
    """The edges of :func:`export_records`, made one at a time."""
    relation_rgb = _palette()[1]
    for i, (key, ts) in enumerate(_edge_groups(g, collapse)):
        yield _edge_record(i, key, ts, collapse, relation_rgb)


def export_nodes(g: KnowledgeGraph, collapse: bool = False) -> list[ExportNode]:
    """The nodes of :func:`export_records`. A node ``start``s with its
    earliest dated edge, or has no start when one of its edges is undated."""
    type_rgb = _palette()[0]
    degrees = g.degrees()
    first_seen: dict[str, str] = {}
    undated: set[str] = set()
    for _, ts in _edge_groups(g, collapse):
        dates = [x.date for x in ts if x.date is not None]
        start = min(dates).isoformat() if dates else None
        t = ts[0]
        for end in (t.subject, t.object):
            if start is None:
                undated.add(end)
            elif end not in first_seen or start < first_seen[end]:
                first_seen[end] = start
    nodes = []
    for a in g.actor_list:
        r, gg, b = type_rgb[a.type.value]
        deg = degrees[a.id]
        nodes.append(ExportNode(id=a.id, label=a.name, type=a.type.value, name_ar=a.name,
                                name_en=a.name_en, country=a.country, aliases=a.aliases,
                                roles=a.roles, degree=deg, r=r, g=gg, b=b,
                                size=round(10.0 + 6.0 * math.sqrt(deg), 2),
                                start=None if a.id in undated else first_seen.get(a.id)))
    return nodes


def _flat(v):
    """A value GraphML, GEXF and CSV can hold; ``None`` for "leave it out"."""
    if v is None:
        return None
    if isinstance(v, (list, tuple)):
        v = SEP.join(str(x) for x in v)
        return clean_xml(v) or None
    if isinstance(v, str):
        return clean_xml(v) or None
    return v


# attribute name → GraphML type, in the order keys are declared
_NODE_KEYS = {"label": "string", "type": "string", "name_ar": "string", "name_en": "string",
              "country": "string", "aliases": "string", "roles": "string", "degree": "int",
              "size": "double", "r": "int", "g": "int", "b": "int"}
_EDGE_KEYS = {"label": "string", "relation": "string", "negated": "boolean",
              "hypothetical": "boolean", "weight": "double", "articles": "string",
              "dates": "string", "evidence": "string", "r": "int", "g": "int", "b": "int"}


def _edge_key_id(name: str) -> str:
    # Key ids are the attribute names (Gephi reads d0, d1... as yEd fields);
    # an edge key that shares its name with a node key gets an edge_ prefix so
    # that every id in the file stays unique. attr.name keeps the plain name.
    return f"edge_{name}" if name in _NODE_KEYS else name


# -- GraphML ------------------------------------------------------------------

def to_graphml_graph(g: KnowledgeGraph, collapse: bool = False) -> nx.MultiDiGraph:
    """A copy of the graph whose attributes GraphML (and Gephi) can hold:
    flat values only, no ``None``, edge keys = the edge ids ``e0``, ``e1``...

    >>> from kg.schema import Actor
    >>> h = to_graphml_graph(KnowledgeGraph([Actor(id="a", name="أ", type="country")], []))
    >>> h.nodes["a"]["label"], h.nodes["a"]["degree"]
    ('أ', 0)
    """
    nodes, edges = export_records(g, collapse)
    out = nx.MultiDiGraph()
    for n in nodes:
        data = n.model_dump()
        out.add_node(n.id, **{k: v for k in _NODE_KEYS
                              if (v := _flat(data[k])) is not None})
    for e in edges:
        data = e.model_dump()
        out.add_edge(e.source, e.target, key=e.id,
                     **{k: v for k in _EDGE_KEYS if (v := _flat(data[k])) is not None})
    return out


def _xml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


# -- streamed XML ---------------------------------------------------------------
# The writers make the text ``ET.indent`` + ``ET.tostring(encoding="utf-8",
# xml_declaration=True)`` would make of the whole tree, one element at a time,
# so a big graph is never in memory as a tree or as one document.

_XML_DECLARATION = "<?xml version='1.0' encoding='utf-8'?>\n"
_INDENT = "  "
_Chunks = Iterable[str]


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attr(value: str) -> str:
    return (_escape_text(value).replace('"', "&quot;").replace("\r", "&#13;")
            .replace("\n", "&#10;").replace("\t", "&#09;"))


def _start_tag(tag: str, attrs: dict[str, str]) -> str:
    return "<" + tag + "".join(f' {k}="{_escape_attr(v)}"' for k, v in attrs.items())


def _leaf(tag: str, attrs: dict[str, str], text: str | None = None) -> str:
    """An element without children, as ET writes it."""
    if text:
        return f"{_start_tag(tag, attrs)}>{_escape_text(text)}</{tag}>"
    return _start_tag(tag, attrs) + " />"


def _element(tag: str, attrs: dict[str, str], children: Iterable[_Chunks],
             level: int) -> Iterator[str]:
    """An element at indentation ``level`` whose children (each given as its
    text pieces) are written as they come, indented as ``ET.indent`` does."""
    head = _start_tag(tag, attrs)
    pad = "\n" + _INDENT * (level + 1)
    it = iter(children)
    first = next(it, None)
    if first is None:
        yield head + " />"
        return
    yield head + ">"
    yield pad
    yield from first
    for child in it:
        yield pad
        yield from child
    yield "\n" + _INDENT * level + f"</{tag}>"


def _document(root: Iterator[str]) -> Iterator[bytes]:
    """The UTF-8 document around ``root``'s text, in pieces of about 1 MiB
    (characters UTF-8 cannot hold become character references, as ET does)."""
    buf: list[str] = [_XML_DECLARATION]
    size = 0
    for piece in root:
        buf.append(piece)
        size += len(piece)
        if size >= 1 << 20:
            yield "".join(buf).encode("utf-8", "xmlcharrefreplace")
            buf, size = [], 0
    buf.append("\n")
    yield "".join(buf).encode("utf-8", "xmlcharrefreplace")


# -- GraphML ------------------------------------------------------------------

def _graphml_data(record: BaseModel, keys: dict[str, str], key_id) -> Iterator[tuple[str]]:
    for k in keys:
        v = _flat(getattr(record, k))
        if v is not None:
            yield (_leaf("data", {"key": key_id(k)}, _xml_value(v)),)


def graphml_chunks(g: KnowledgeGraph, collapse: bool = False) -> Iterator[bytes]:
    """The GraphML document :func:`write_graphml` writes, as UTF-8 pieces
    made one node or edge at a time.

    >>> b"".join(graphml_chunks(KnowledgeGraph([], []))).endswith(b"</graphml>\\n")
    True
    """
    ns = "http://graphml.graphdrawing.org/xmlns"

    def node(n: ExportNode) -> Iterator[str]:
        return _element("node", {"id": n.id}, _graphml_data(n, _NODE_KEYS, str), 2)

    def edge(e: ExportEdge) -> Iterator[str]:
        return _element("edge", {"id": e.id, "source": e.source, "target": e.target},
                        _graphml_data(e, _EDGE_KEYS, _edge_key_id), 2)

    def graph() -> Iterator[_Chunks]:
        yield from map(node, export_nodes(g, collapse))
        yield from map(edge, export_edges(g, collapse))

    keys = [(_leaf("key", {"id": name, "for": "node", "attr.name": name, "attr.type": typ}),)
            for name, typ in _NODE_KEYS.items()]
    keys += [(_leaf("key", {"id": _edge_key_id(name), "for": "edge", "attr.name": name,
                            "attr.type": typ}),)
             for name, typ in _EDGE_KEYS.items()]
    root = _element("graphml", {
        "xmlns": ns, "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation": f"{ns} {ns}/1.0/graphml.xsd"},
        [*keys, _element("graph", {"id": "kg", "edgedefault": "directed"}, graph(), 1)], 0)
    return _document(root)


def graphml_bytes(g: KnowledgeGraph, collapse: bool = False) -> bytes:
    """The GraphML document (UTF-8) :func:`write_graphml` writes.

    >>> from kg.schema import Actor
    >>> b"<key id=\\"label\\" for=\\"node\\"" in graphml_bytes(KnowledgeGraph([], []))
    True
    """
    return b"".join(graphml_chunks(g, collapse))


def write_graphml(g: KnowledgeGraph, path: str | os.PathLike, collapse: bool = False) -> None:
    """Write GraphML that networkx, igraph, graphology (Gephi Lite) and Gephi
    read back: keys named by attribute name, unique edge ids, a ``label`` on
    every node and edge, Gephi's ``r``/``g``/``b`` and ``size``. Written one
    element at a time: memory holds the graph and the nodes' records, never
    the document."""
    atomic_write(path, graphml_chunks(g, collapse))


# -- GEXF 1.3 -----------------------------------------------------------------

GEXF_NS = "http://gexf.net/1.3"
GEXF_VIZ_NS = "http://gexf.net/1.3/viz"
_GEXF_NODE_ATTRS = {"type": "string", "name_ar": "string", "name_en": "string",
                    "country": "string", "aliases": "string", "roles": "string",
                    "degree": "integer"}
_GEXF_EDGE_ATTRS = {"relation": "string", "negated": "boolean", "hypothetical": "boolean",
                    "articles": "string", "dates": "string", "evidence": "string"}


def _layout(nodes: list[ExportNode], edges: Iterable[ExportEdge]) -> dict[str, tuple[float, float]]:
    """A deterministic force-directed starting layout (Gephi users re-run
    ForceAtlas2 from it)."""
    u = nx.Graph()
    u.add_nodes_from(n.id for n in nodes)
    for e in edges:
        if not e.negated:
            u.add_edge(e.source, e.target)
    if not nodes:
        return {}
    pos = nx.spring_layout(u, seed=7, scale=500.0)
    return {n: (round(float(x), 2), round(float(y), 2)) for n, (x, y) in pos.items()}


def gexf_chunks(g: KnowledgeGraph, collapse: bool = False) -> Iterator[bytes]:
    """The GEXF 1.3 document :func:`write_gexf` writes, as UTF-8 pieces made
    one node or edge at a time: ``viz`` colour, size and position on nodes;
    edge ``weight``, colour and ``start`` (the earliest date) so Gephi's
    timeline can play the graph; nodes start when their first dated edge does.

    >>> b'xmlns="http://gexf.net/1.3"' in b"".join(gexf_chunks(KnowledgeGraph([], [])))
    True
    """
    nodes = export_nodes(g, collapse)
    pos = _layout(nodes, export_edges(g, collapse))

    def colour(x: ExportNode | ExportEdge) -> tuple[str]:
        return (_leaf("viz:color", {"r": str(x.r), "g": str(x.g), "b": str(x.b), "a": "1.0"}),)

    def node(n: ExportNode) -> Iterator[str]:
        attrs = {"id": n.id, "label": clean_xml(n.label)}
        if n.start:
            attrs["start"] = n.start
        x, y = pos.get(n.id, (0.0, 0.0))
        return _element("node", attrs, [
            *_attvalues(n, _GEXF_NODE_ATTRS, 4), colour(n),
            (_leaf("viz:position", {"x": str(x), "y": str(y), "z": "0.0"}),),
            (_leaf("viz:size", {"value": str(n.size)}),)], 3)

    def edge(e: ExportEdge) -> Iterator[str]:
        attrs = {"id": e.id, "source": e.source, "target": e.target, "label": e.label,
                 "weight": str(e.weight)}
        if e.start:
            attrs["start"] = e.start
        return _element("edge", attrs, [*_attvalues(e, _GEXF_EDGE_ATTRS, 4), colour(e)], 3)

    meta = _element("meta", {}, [
        (_leaf("creator", {}, "kg"),),
        (_leaf("description", {}, "Actors and relations read from Arabic news articles; "
                                  "edge weight = number of supporting articles"),)], 1)
    attributes = [_element("attributes", {"class": cls, "mode": "static"},
                           [(_leaf("attribute", {"id": name, "title": name, "type": typ}),)
                            for name, typ in spec.items()], 2)
                  for cls, spec in (("node", _GEXF_NODE_ATTRS), ("edge", _GEXF_EDGE_ATTRS))]
    graph = _element("graph", {"defaultedgetype": "directed", "mode": "dynamic",
                               "timeformat": "date"},
                     [*attributes, _element("nodes", {}, map(node, nodes), 2),
                      _element("edges", {}, map(edge, export_edges(g, collapse)), 2)], 1)
    root = _element("gexf", {
        "xmlns": GEXF_NS, "xmlns:viz": GEXF_VIZ_NS,
        "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation": f"{GEXF_NS} {GEXF_NS}/gexf.xsd", "version": "1.3"},
        [meta, graph], 0)
    return _document(root)


def gexf_bytes(g: KnowledgeGraph, collapse: bool = False) -> bytes:
    """The GEXF 1.3 document :func:`write_gexf` writes (see :func:`gexf_chunks`).

    >>> b'xmlns="http://gexf.net/1.3"' in gexf_bytes(KnowledgeGraph([], []))
    True
    """
    return b"".join(gexf_chunks(g, collapse))


def _attvalues(record: BaseModel, spec: dict[str, str], level: int) -> list[Iterator[str]]:
    """The ``attvalues`` element of ``record`` (none when every value is missing)."""
    values = [(k, _flat(getattr(record, k))) for k in spec]
    values = [(k, v) for k, v in values if v is not None]
    if not values:
        return []
    return [_element("attvalues", {}, [(_leaf("attvalue", {"for": k, "value": _xml_value(v)}),)
                                       for k, v in values], level)]


def write_gexf(g: KnowledgeGraph, path: str | os.PathLike, collapse: bool = False) -> None:
    """Write GEXF 1.3 for Gephi (see :func:`gexf_chunks`), one element at a time."""
    atomic_write(path, gexf_chunks(g, collapse))


# -- JSON node-link -----------------------------------------------------------

def node_link(g: KnowledgeGraph, collapse: bool = False) -> NodeLinkGraph:
    """The graph as networkx node-link data (lists stay JSON lists).

    >>> import networkx as nx
    >>> from kg.schema import Actor
    >>> data = node_link(KnowledgeGraph([Actor(id="a", name="أ", type="country")], []))
    >>> nx.node_link_graph(data.model_dump(mode="json")).number_of_nodes()
    1
    """
    nodes, edges = export_records(g, collapse)
    return NodeLinkGraph(graph={"name": "kg", "edge_weight": "supporting articles"},
                         nodes=nodes, edges=edges)


def write_json(g: KnowledgeGraph, path: str | os.PathLike, collapse: bool = False) -> None:
    """Write the node-link JSON (schema: ``NodeLinkGraph.model_json_schema()``),
    one node or edge at a time: the text of ``json.dumps(data, indent=1,
    sort_keys=True, ensure_ascii=False)`` without the whole of it in memory."""
    head = NodeLinkGraph(graph={"name": "kg", "edge_weight": "supporting articles"},
                         nodes=[], edges=[]).model_dump(mode="json", exclude_none=True)
    parts = {"nodes": (n.model_dump(mode="json", exclude_none=True)
                       for n in export_nodes(g, collapse)),
             "edges": (e.model_dump(mode="json", exclude_none=True)
                       for e in export_edges(g, collapse))}

    def pieces() -> Iterator[str]:
        yield "{"
        for i, key in enumerate(sorted(head)):
            yield ("," if i else "") + "\n " + _json_text(key, 1) + ": "
            if key not in parts:
                yield _json_text(head[key], 1)
                continue
            n = -1
            for n, item in enumerate(parts[key]):
                yield ("[" if n == 0 else ",") + "\n  " + _json_text(item, 2)
            yield "[]" if n < 0 else "\n ]"
        yield "\n}\n"

    atomic_write(path, _batched(pieces()))


def _json_text(value, level: int) -> str:
    """``value`` as ``json.dumps(indent=1, sort_keys=True)`` writes it at
    nesting ``level`` (JSON strings hold no raw newline, so re-indenting by
    replacing newlines is safe)."""
    text = json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)
    return text.replace("\n", "\n" + " " * level) if level else text


def _batched(pieces: Iterable[str], size: int = 1 << 20) -> Iterator[str]:
    """``pieces`` joined into texts of about ``size`` characters."""
    buf: list[str] = []
    n = 0
    for piece in pieces:
        buf.append(piece)
        n += len(piece)
        if n >= size:
            yield "".join(buf)
            buf, n = [], 0
    yield "".join(buf)


# -- CSV ----------------------------------------------------------------------

_CSV_NODE_COLUMNS = ["id", "label", "type", "name_ar", "name_en", "country", "aliases",
                     "roles", "degree", "size", "r", "g", "b", "start"]
_CSV_EDGE_COLUMNS = ["id", "source", "target", "label", "relation", "negated",
                     "hypothetical", "weight", "articles", "dates", "evidence", "start"]
_CSV_RISKY = ("=", "+", "-", "@", "\t", "\r")


def neutralize_csv(value: str) -> str:
    """A cell a spreadsheet will not run as a formula: cells starting with
    ``= + - @`` (or tab, carriage return) get a leading ``'``.

    >>> neutralize_csv("=HYPERLINK(\\"http://x\\")"), neutralize_csv("روسيا")
    ('\\'=HYPERLINK("http://x")', 'روسيا')
    """
    return "'" + value if value.startswith(_CSV_RISKY) else value


def _csv_lines(rows: Iterable[BaseModel], columns: list[str]) -> Iterator[str]:
    """The CSV text of ``rows``, one line at a time."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(columns)
    for row in rows:
        cells = []
        for c in columns:
            v = _flat(getattr(row, c, None))
            if v is None:
                cells.append("")
            elif isinstance(v, bool):
                cells.append("true" if v else "false")
            else:
                cells.append(neutralize_csv(str(v)))
        w.writerow(cells)
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    yield buf.getvalue()


def csv_texts(g: KnowledgeGraph, collapse: bool = False) -> tuple[str, str]:
    """``nodes.csv`` and ``edges.csv`` text (columns Gephi's spreadsheet
    import recognises: ``id``, ``label``, ``source``, ``target``, ``weight``)."""
    return ("".join(_csv_lines(export_nodes(g, collapse), _CSV_NODE_COLUMNS)),
            "".join(_csv_lines(export_edges(g, collapse), _CSV_EDGE_COLUMNS)))


def write_csv(g: KnowledgeGraph, directory: str | os.PathLike,
              collapse: bool = False) -> list[Path]:
    """Write ``nodes.csv`` and ``edges.csv`` (UTF-8 with a BOM so spreadsheet
    programs show Arabic) to ``directory``, a row at a time; returns their paths."""
    d = Path(directory)
    paths = [d / "nodes.csv", d / "edges.csv"]
    rows = [(export_nodes(g, collapse), _CSV_NODE_COLUMNS),
            (export_edges(g, collapse), _CSV_EDGE_COLUMNS)]
    for p, (records, columns) in zip(paths, rows):
        atomic_write(p, _batched(itertools.chain(["\ufeff"], _csv_lines(records, columns))))
    return paths


# -- all formats --------------------------------------------------------------

FORMATS = {"graphml": ("graph.graphml",), "gexf": ("graph.gexf",), "json": ("graph.json",),
           "csv": ("nodes.csv", "edges.csv")}


def export_graph(g: KnowledgeGraph, directory: str | os.PathLike, format: str,
                 collapse: bool = False) -> list[Path]:
    """Write ``g`` in one of :data:`FORMATS` to ``directory`` (created if
    needed); returns the paths written.

    >>> import tempfile
    >>> from kg.schema import Actor
    >>> d = tempfile.mkdtemp()
    >>> [p.name for p in export_graph(KnowledgeGraph([], []), d, "csv")]
    ['nodes.csv', 'edges.csv']
    """
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; known formats: {', '.join(FORMATS)}")
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    if format == "csv":
        return write_csv(g, d, collapse)
    path = d / FORMATS[format][0]
    {"graphml": write_graphml, "gexf": write_gexf, "json": write_json}[format](
        g, path, collapse)
    return [path]


def write_all(g: KnowledgeGraph, directory: str | os.PathLike,
              collapse: bool = False) -> list[Path]:
    """Write every format of :data:`FORMATS` to ``directory``."""
    return [p for fmt in FORMATS for p in export_graph(g, directory, fmt, collapse)]
