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
import json
import math
import os
import re
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
from pydantic import BaseModel, ConfigDict

from .graph import KnowledgeGraph

__all__ = ["atomic_write", "jsonl", "write_jsonl", "write_graphml", "to_graphml_graph",
           "clean_xml", "graphml_bytes", "gexf_bytes", "write_gexf", "node_link",
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
    root.

    >>> from kg.schema import Actor
    >>> nodes, edges = export_records(KnowledgeGraph([Actor(id="a", name="أ", type="country")], []))
    >>> (nodes[0].label, nodes[0].r, nodes[0].size, edges)
    ('أ', 78, 10.0, [])
    """
    type_rgb, relation_rgb = _palette()
    degrees = g.degrees()
    nxg = g.to_networkx(collapse=collapse, include_negated=True)
    first_seen: dict[str, str] = {}
    undated: set[str] = set()
    edges: list[ExportEdge] = []
    for i, (s, o, key, d) in enumerate(nxg.edges(keys=True, data=True)):
        if collapse:
            dates = [x.isoformat() for x in d["dates"]]
            articles, evidence, weight = d["articles"], d["evidence"], float(d["weight"])
        else:
            dates = [d["date"].isoformat()] if d["date"] else []
            articles, evidence, weight = [d["article"]], [d["evidence"]], 1.0
        rel = d["relation"]
        label = ("not " if d["negated"] else "") + rel + ("?" if d["hypothetical"] else "")
        r, gg, b = _NEGATED_RGB if d["negated"] else relation_rgb[rel]
        start = dates[0] if dates else None
        for end in (s, o):
            if start is None:
                undated.add(end)
            elif end not in first_seen or start < first_seen[end]:
                first_seen[end] = start
        edges.append(ExportEdge(id=f"e{i}", source=s, target=o, key=str(key), label=label,
                                relation=rel, negated=d["negated"],
                                hypothetical=d["hypothetical"], weight=weight,
                                articles=articles, dates=dates, evidence=evidence,
                                r=r, g=gg, b=b, start=start))
    nodes = []
    for a in g.actor_list:
        r, gg, b = type_rgb[a.type.value]
        deg = degrees[a.id]
        nodes.append(ExportNode(id=a.id, label=a.name, type=a.type.value, name_ar=a.name,
                                name_en=a.name_en, country=a.country, aliases=a.aliases,
                                roles=a.roles, degree=deg, r=r, g=gg, b=b,
                                size=round(10.0 + 6.0 * math.sqrt(deg), 2),
                                start=None if a.id in undated else first_seen.get(a.id)))
    return nodes, edges


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


def graphml_bytes(g: KnowledgeGraph, collapse: bool = False) -> bytes:
    """The GraphML document (UTF-8) :func:`write_graphml` writes.

    >>> from kg.schema import Actor
    >>> b"<key id=\\"label\\" for=\\"node\\"" in graphml_bytes(KnowledgeGraph([], []))
    True
    """
    h = to_graphml_graph(g, collapse)
    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", {
        "xmlns": ns, "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation": f"{ns} {ns}/1.0/graphml.xsd"})
    for name, typ in _NODE_KEYS.items():
        ET.SubElement(root, "key", {"id": name, "for": "node", "attr.name": name,
                                    "attr.type": typ})
    for name, typ in _EDGE_KEYS.items():
        ET.SubElement(root, "key", {"id": _edge_key_id(name), "for": "edge",
                                    "attr.name": name, "attr.type": typ})
    graph = ET.SubElement(root, "graph", {"id": "kg", "edgedefault": "directed"})
    for n, data in h.nodes(data=True):
        el = ET.SubElement(graph, "node", {"id": n})
        for k, v in data.items():
            ET.SubElement(el, "data", {"key": k}).text = _xml_value(v)
    for s, o, key, data in h.edges(keys=True, data=True):
        el = ET.SubElement(graph, "edge", {"id": key, "source": s, "target": o})
        for k, v in data.items():
            ET.SubElement(el, "data", {"key": _edge_key_id(k)}).text = _xml_value(v)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def write_graphml(g: KnowledgeGraph, path: str | os.PathLike, collapse: bool = False) -> None:
    """Write GraphML that networkx, igraph, graphology (Gephi Lite) and Gephi
    read back: keys named by attribute name, unique edge ids, a ``label`` on
    every node and edge, Gephi's ``r``/``g``/``b`` and ``size``."""
    atomic_write(path, graphml_bytes(g, collapse))


# -- GEXF 1.3 -----------------------------------------------------------------

GEXF_NS = "http://gexf.net/1.3"
GEXF_VIZ_NS = "http://gexf.net/1.3/viz"
_GEXF_NODE_ATTRS = {"type": "string", "name_ar": "string", "name_en": "string",
                    "country": "string", "aliases": "string", "roles": "string",
                    "degree": "integer"}
_GEXF_EDGE_ATTRS = {"relation": "string", "negated": "boolean", "hypothetical": "boolean",
                    "articles": "string", "dates": "string", "evidence": "string"}


def _layout(nodes: list[ExportNode], edges: list[ExportEdge]) -> dict[str, tuple[float, float]]:
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


def gexf_bytes(g: KnowledgeGraph, collapse: bool = False) -> bytes:
    """The GEXF 1.3 document :func:`write_gexf` writes: ``viz`` colour,
    size and position on nodes; edge ``weight``, colour and ``start`` (the
    earliest date) so Gephi's timeline can play the graph; nodes start when
    their first dated edge does.

    >>> b'xmlns="http://gexf.net/1.3"' in gexf_bytes(KnowledgeGraph([], []))
    True
    """
    nodes, edges = export_records(g, collapse)
    pos = _layout(nodes, edges)
    root = ET.Element("gexf", {
        "xmlns": GEXF_NS, "xmlns:viz": GEXF_VIZ_NS,
        "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation": f"{GEXF_NS} {GEXF_NS}/gexf.xsd", "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "kg"
    ET.SubElement(meta, "description").text = (
        "Actors and relations read from Arabic news articles; "
        "edge weight = number of supporting articles")
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "dynamic",
                                          "timeformat": "date"})
    for cls, spec in (("node", _GEXF_NODE_ATTRS), ("edge", _GEXF_EDGE_ATTRS)):
        attrs = ET.SubElement(graph, "attributes", {"class": cls, "mode": "static"})
        for name, typ in spec.items():
            ET.SubElement(attrs, "attribute", {"id": name, "title": name, "type": typ})
    nodes_el = ET.SubElement(graph, "nodes")
    for n in nodes:
        attrs = {"id": n.id, "label": clean_xml(n.label)}
        if n.start:
            attrs["start"] = n.start
        el = ET.SubElement(nodes_el, "node", attrs)
        _attvalues(el, n.model_dump(), _GEXF_NODE_ATTRS)
        ET.SubElement(el, "viz:color", {"r": str(n.r), "g": str(n.g), "b": str(n.b),
                                        "a": "1.0"})
        x, y = pos.get(n.id, (0.0, 0.0))
        ET.SubElement(el, "viz:position", {"x": str(x), "y": str(y), "z": "0.0"})
        ET.SubElement(el, "viz:size", {"value": str(n.size)})
    edges_el = ET.SubElement(graph, "edges")
    for e in edges:
        attrs = {"id": e.id, "source": e.source, "target": e.target, "label": e.label,
                 "weight": str(e.weight)}
        if e.start:
            attrs["start"] = e.start
        el = ET.SubElement(edges_el, "edge", attrs)
        _attvalues(el, e.model_dump(), _GEXF_EDGE_ATTRS)
        ET.SubElement(el, "viz:color", {"r": str(e.r), "g": str(e.g), "b": str(e.b),
                                        "a": "1.0"})
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _attvalues(el: ET.Element, data: dict, spec: dict[str, str]) -> None:
    values = [(k, _flat(data[k])) for k in spec]
    values = [(k, v) for k, v in values if v is not None]
    if values:
        av = ET.SubElement(el, "attvalues")
        for k, v in values:
            ET.SubElement(av, "attvalue", {"for": k, "value": _xml_value(v)})


def write_gexf(g: KnowledgeGraph, path: str | os.PathLike, collapse: bool = False) -> None:
    """Write GEXF 1.3 for Gephi (see :func:`gexf_bytes`)."""
    atomic_write(path, gexf_bytes(g, collapse))


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
    """Write the node-link JSON (schema: ``NodeLinkGraph.model_json_schema()``)."""
    data = node_link(g, collapse).model_dump(mode="json", exclude_none=True)
    atomic_write(path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


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


def _csv(rows: list[dict], columns: list[str]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(columns)
    for row in rows:
        cells = []
        for c in columns:
            v = _flat(row.get(c))
            if v is None:
                cells.append("")
            elif isinstance(v, bool):
                cells.append("true" if v else "false")
            else:
                cells.append(neutralize_csv(str(v)))
        w.writerow(cells)
    return buf.getvalue()


def csv_texts(g: KnowledgeGraph, collapse: bool = False) -> tuple[str, str]:
    """``nodes.csv`` and ``edges.csv`` text (columns Gephi's spreadsheet
    import recognises: ``id``, ``label``, ``source``, ``target``, ``weight``)."""
    nodes, edges = export_records(g, collapse)
    return (_csv([n.model_dump() for n in nodes], _CSV_NODE_COLUMNS),
            _csv([e.model_dump() for e in edges], _CSV_EDGE_COLUMNS))


def write_csv(g: KnowledgeGraph, directory: str | os.PathLike,
              collapse: bool = False) -> list[Path]:
    """Write ``nodes.csv`` and ``edges.csv`` (UTF-8 with a BOM so spreadsheet
    programs show Arabic) to ``directory``; returns their paths."""
    d = Path(directory)
    nodes, edges = csv_texts(g, collapse)
    paths = [d / "nodes.csv", d / "edges.csv"]
    for p, text in zip(paths, (nodes, edges)):
        atomic_write(p, "\ufeff" + text)
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
