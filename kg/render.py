"""The HTML view of a graph: one self-contained page drawn with vis-network.

The page is kg's own template (``kg/templates/``) with vis-network's JS and
CSS inlined from the pyvis wheel, so it makes no network request. The graph
goes into the page as JSON in a ``<script type="application/json">`` block
(``<``, ``>`` and ``&`` escaped), and the page's script builds every panel
with ``textContent``: names and evidence from untrusted text never reach
``innerHTML``.

Parallel triples with the same (subject, relation, object) are drawn as one
edge that lists all their evidence; its width grows with the number of
supporting articles. Negated triples get edges of their own, hidden until
asked for. Above :data:`LAYOUT_THRESHOLD` actors the layout is computed here
(igraph's Fruchterman-Reingold when igraph is installed, otherwise a
deterministic spiral) and the browser's physics is switched off.

Example
-------
>>> from kg.schema import Actor, Evidence, Triple
>>> a = [Actor(id="russia", name="روسيا", name_en="Russia", type="country"),
...      Actor(id="libya", name="ليبيا", type="country")]
>>> ev = Evidence(article="a1", sentence_index=0, start=0, end=5, text="تعاون")
>>> g = KnowledgeGraph(a, [Triple(article="a1", subject="russia", relation="cooperate",
...                               object="libya", evidence=ev)] * 2)
>>> page = render_html(g)
>>> "<script src" in page, "stylesheet" in page, '"name":"روسيا"' in page
(False, False, True)
>>> [len(e.triples) for e in collapse(g.triple_list)]
[2]
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .export import _batched, atomic_write
from .graph import KnowledgeGraph, load
from .schema import ActorType, Relation, Triple

__all__ = [
    "render_html",
    "write_html",
    "render",
    "focus",
    "collapse",
    "DrawnEdge",
    "TYPE_COLORS",
    "TYPE_SHAPES",
    "RELATION_COLORS",
    "LAYOUT_THRESHOLD",
]

#: The page title :func:`write_html` gives.
DEFAULT_TITLE = "kg — شبكة الفاعلين"

#: Above this many actors the layout is computed in Python and physics is off.
LAYOUT_THRESHOLD = 1500

TYPE_COLORS = {"person": "#e15759", "country": "#4e79a7", "organization": "#59a14f",
               "location": "#b07aa1"}
TYPE_SHAPES = {"person": "dot", "country": "square", "organization": "triangle",
               "location": "diamond"}
TYPE_LABELS = {"person": ("شخص", "Person"), "country": ("دولة", "Country"),
               "organization": ("منظمة", "Organization"), "location": ("مكان", "Location")}
RELATION_COLORS = {
    "visit": "#f28e2b", "host": "#edc948", "meet": "#76b7b2", "agree": "#59a14f",
    "cooperate": "#4e79a7", "support": "#9c755f", "appoint": "#7f7f7f",
    "congratulate": "#ff9da7", "oppose": "#e15759", "ally": "#af7aa1",
    "affiliated_with": "#bbbbbb", "family": "#d37295",
}
RELATION_LABELS = {
    "visit": "زيارة", "host": "استضافة", "meet": "لقاء", "agree": "اتفاق",
    "cooperate": "تعاون", "support": "دعم", "appoint": "تعيين", "congratulate": "تهنئة",
    "oppose": "معارضة", "ally": "تحالف", "affiliated_with": "انتماء", "family": "قرابة",
}

_SYMMETRIC = frozenset(r for r in Relation if r.symmetric)
_VIS_DIR = ("templates", "lib", "vis-9.1.2")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_MARKER = re.compile(r"/\*KG:([A-Z_]+)\*/|KG:([A-Z_]+)")


@dataclass(frozen=True)
class DrawnEdge:
    """One drawn edge: every triple with the same subject, relation, object and
    negation (symmetric relations with their ends sorted)."""

    subject: str
    relation: Relation
    object: str
    negated: bool
    triples: tuple[Triple, ...]

    @property
    def articles(self) -> list[str]:
        """The distinct supporting articles, sorted."""
        return sorted({t.article for t in self.triples})

    @property
    def hypothetical(self) -> bool:
        """True when every supporting triple is hypothetical."""
        return all(t.hypothetical for t in self.triples)


def collapse(triples: Iterable[Triple]) -> list[DrawnEdge]:
    """Group triples into drawn edges, in order of first appearance.

    Same grouping as ``KnowledgeGraph.to_networkx(collapse=True,
    include_negated=True)``.

    >>> from kg.schema import Evidence
    >>> ev = Evidence(article="a1", sentence_index=0, start=0, end=1, text="x")
    >>> ts = [Triple(article="a1", subject="b", relation="meet", object="a", evidence=ev),
    ...       Triple(article="a2", subject="a", relation="meet", object="b", evidence=ev),
    ...       Triple(article="a2", subject="a", relation="visit", object="b", evidence=ev)]
    >>> [(e.subject, e.relation.value, e.object, e.articles) for e in collapse(ts)]
    [('a', 'meet', 'b', ['a1', 'a2']), ('a', 'visit', 'b', ['a2'])]
    """
    groups: dict[tuple[str, Relation, str, bool], list[Triple]] = {}
    for t in triples:
        s, o = t.subject, t.object
        if o < s and t.relation in _SYMMETRIC:
            s, o = o, s
        groups.setdefault((s, t.relation, o, t.negated), []).append(t)
    return [DrawnEdge(s, r, o, neg, tuple(ts)) for (s, r, o, neg), ts in groups.items()]


def focus(g: KnowledgeGraph, *, max_nodes: int | None = None,
          relation: Sequence[Relation | str] | None = None, actor: str | None = None,
          radius: int = 2) -> KnowledgeGraph:
    """A smaller view of ``g`` for drawing.

    Parameters
    ----------
    g : KnowledgeGraph
    max_nodes : int, optional
        Keep the actors with the most drawn edges (ties by id).
    relation : list of Relation or str, optional
        Keep only triples of these relations, and the actors they touch.
    actor : str, optional
        Keep actors within ``radius`` hops of this actor (any name, alias or id).
    radius : int
        Hops around ``actor``.

    Raises
    ------
    ActorNotFound, AmbiguousActor
        When ``actor`` names no actor or several.
    ValueError
        When a relation is not one of the ontology's.

    Examples
    --------
    >>> from kg.schema import Actor, Evidence
    >>> ev = Evidence(article="a1", sentence_index=0, start=0, end=1, text="x")
    >>> g = KnowledgeGraph(
    ...     [Actor(id=i, name=i, type="country") for i in ("a", "b", "c", "d")],
    ...     [Triple(article="a1", subject="a", relation="visit", object="b", evidence=ev),
    ...      Triple(article="a1", subject="b", relation="meet", object="c", evidence=ev)])
    >>> focus(g, relation=["visit"])
    <KnowledgeGraph: 2 actors, 1 triples>
    >>> focus(g, actor="a", radius=1)
    <KnowledgeGraph: 2 actors, 1 triples>
    >>> [a.id for a in focus(g, max_nodes=1).actor_list]
    ['b']
    """
    if actor is not None:
        g = g.ego(actor, radius=radius)
    if relation:
        keep = {Relation(r) for r in relation}
        triples = [t for t in g.triple_list if t.relation in keep]
        ends = {t.subject for t in triples} | {t.object for t in triples}
        g = KnowledgeGraph([a for a in g.actor_list if a.id in ends], triples)
    if max_nodes is not None and len(g.actor_list) > max_nodes:
        degree = _degrees(collapse(g.triple_list))
        ranked = sorted(g.actor_list, key=lambda a: (-degree[a.id], a.id))[:max(max_nodes, 0)]
        keep_ids = {a.id for a in ranked}
        g = KnowledgeGraph([a for a in g.actor_list if a.id in keep_ids],
                           [t for t in g.triple_list
                            if t.subject in keep_ids and t.object in keep_ids])
    return g


def render_html(g: KnowledgeGraph, *, title: str = DEFAULT_TITLE) -> str:
    """The graph as one self-contained HTML page (same graph → same text)."""
    return "".join(_page_pieces(g, title))


def write_html(g: KnowledgeGraph, path: str | os.PathLike) -> None:
    """Write :func:`render_html` of ``g`` to ``path`` (atomically), piece by
    piece: the page is never in memory as one text."""
    atomic_write(path, _batched(_page_pieces(g, DEFAULT_TITLE)))


def _page_pieces(g: KnowledgeGraph, title: str) -> Iterator[str]:
    """The text of :func:`render_html` in pieces, in order."""
    graph, evidence = _page_data(g)
    js, css = _vis_assets()
    t = _templates()
    hashes = " ".join(f"'sha256-{_sha256(x)}'" for x in (js, t["graph.js"]))
    values = {"VIS_CSS": lambda: (css,), "CSS": lambda: (t["graph.css"],),
              "VIS_JS": lambda: (js,), "JS": lambda: (t["graph.js"],),
              "TITLE": lambda: (_escape_text(title),), "DATA": lambda: _json_block_pieces(graph),
              "EVIDENCE": lambda: _json_block_pieces(evidence),
              "SCRIPT_HASHES": lambda: (hashes,)}
    # One pass over the template only: inserted text is never searched again.
    template, at = t["graph.html"], 0
    for m in _MARKER.finditer(template):
        yield template[at:m.start()]
        yield from values[m.group(1) or m.group(2)]()
        at = m.end()
    yield template[at:]


def render(out_dir: str | os.PathLike, *, max_nodes: int | None = None,
           relation: Sequence[Relation | str] | None = None, actor: str | None = None,
           radius: int = 2, out: str | os.PathLike | None = None) -> Path:
    """Draw a (focused) view of the build in ``out_dir``; returns the page's path
    (``out``, default ``OUT_DIR/graph.html``).

    Raises
    ------
    BuildDirError
        When ``out_dir`` holds no build.
    ActorNotFound, AmbiguousActor
        When ``actor`` names no actor or several.
    """
    g = focus(load(out_dir), max_nodes=max_nodes, relation=relation, actor=actor,
              radius=radius)
    path = Path(out) if out is not None else Path(out_dir) / "graph.html"
    write_html(g, path)
    return path


# --- page data -----------------------------------------------------------


def _degrees(edges: Iterable[DrawnEdge]) -> Counter:
    degree: Counter = Counter()
    for e in edges:
        if not e.negated:
            degree[e.subject] += 1
            degree[e.object] += 1
    return degree


def _utf16(text: str, i: int) -> int:
    """JavaScript's index of the Python index ``i`` of ``text``."""
    if not _ASTRAL.search(text, 0, i):
        return i
    return i + len(_ASTRAL.findall(text, 0, i))


def _highlight(t: Triple) -> list[int] | None:
    ev = t.evidence
    if ev.trigger_start is None or ev.trigger_end is None:
        return None
    hs, he = ev.trigger_start - ev.start, ev.trigger_end - ev.start
    if not 0 <= hs < he <= len(ev.text):
        return None
    return [_utf16(ev.text, hs), _utf16(ev.text, he)]


def _page_data(g: KnowledgeGraph) -> tuple[dict, dict]:
    """What the page draws, and the evidence it shows on click (parsed lazily;
    each distinct sentence stored once)."""
    actors = g.actor_list
    index = {a.id: i for i, a in enumerate(actors)}
    edges = collapse(g.triple_list)
    degree = _degrees(edges)
    articles = sorted({t.article for t in g.triple_list})
    art_index = {a: i for i, a in enumerate(articles)}
    types = [t.value for t in ActorType]
    relations = [r.value for r in Relation]
    big = len(actors) > LAYOUT_THRESHOLD
    pos = _layout(len(actors), [(index[e.subject], index[e.object]) for e in edges]) if big else None

    nodes = []
    for i, a in enumerate(actors):
        node = {"id": i, "key": a.id, "name": a.name, "t": types.index(a.type.value),
                "deg": degree[a.id]}
        if a.name_en:
            node["en"] = a.name_en
        aliases = sorted(set(a.aliases) - {a.name})
        if aliases:
            node["al"] = aliases
        if a.roles:
            node["ro"] = list(a.roles)
        if a.country:
            node["co"] = a.country
        if pos is not None:
            node["x"], node["y"] = pos[i]
        nodes.append(node)

    pair_count: Counter = Counter()
    drawn = []
    evidence_lists = []
    sentences: list[str] = []
    sentence_index: dict[str, int] = {}
    for i, e in enumerate(edges):
        pair = tuple(sorted((e.subject, e.object)))
        nth = pair_count[pair]
        pair_count[pair] += 1
        evidence = []
        for t in e.triples:
            text = t.evidence.text
            if text not in sentence_index:
                sentence_index[text] = len(sentences)
                sentences.append(text)
            item = {"a": art_index[t.article], "s": sentence_index[text]}
            if t.date:
                item["d"] = t.date.isoformat()
            hl = _highlight(t)
            if hl:
                item["hl"] = hl
            if t.hypothetical:
                item["h"] = 1
            evidence.append(item)
        edge = {"id": i, "f": index[e.subject], "to": index[e.object],
                "r": relations.index(e.relation.value), "w": len(e.articles),
                "a": sorted({art_index[t.article] for t in e.triples})}
        evidence_lists.append(evidence)
        if e.negated:
            edge["n"] = 1
        if e.hypothetical:
            edge["h"] = 1
        if nth:
            edge["k"] = nth
        drawn.append(edge)

    graph = {
        "big": big,
        "types": [{"id": t, "ar": TYPE_LABELS[t][0], "en": TYPE_LABELS[t][1],
                   "color": TYPE_COLORS[t], "shape": TYPE_SHAPES[t]} for t in types],
        "relations": [{"id": r, "ar": RELATION_LABELS[r], "color": RELATION_COLORS[r],
                       "sym": Relation(r).symmetric} for r in relations],
        "articles": articles,
        "nodes": nodes,
        "edges": drawn,
    }
    return graph, {"sentences": sentences, "edges": evidence_lists}


# --- layout --------------------------------------------------------------


def _layout(n: int, edges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Integer positions for ``n`` nodes: igraph's grid Fruchterman-Reingold
    (fast at 20k nodes) started from a spiral, or the spiral alone."""
    spiral = _spiral(n)
    try:
        import igraph
    except ImportError:
        coords = spiral
    else:
        import random

        ig = igraph.Graph(n=n, edges=sorted(set(edges)))
        # Seeded and with its own generator, so the same graph gets the same layout.
        igraph.set_random_number_generator(random.Random(0))
        try:
            coords = [tuple(p) for p in ig.layout_fruchterman_reingold(
                seed=[list(p) for p in spiral], niter=60, grid=True)]
        finally:
            igraph.set_random_number_generator(random)
    xs = [c[0] for c in coords]
    ys = [c[1] for c in coords]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    scale = 60 * math.sqrt(n) / span
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return [(round((x - cx) * scale), round((y - cy) * scale)) for x, y in coords]


def _spiral(n: int) -> list[tuple[float, float]]:
    golden = math.pi * (3 - math.sqrt(5))
    return [(math.sqrt(i) * math.cos(i * golden), math.sqrt(i) * math.sin(i * golden))
            for i in range(n)]


# --- assets --------------------------------------------------------------


def _json_block_pieces(data: dict) -> Iterator[str]:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>``
    or ``&`` survives, so no text can close the block or open a tag. Made in
    pieces: the top two levels of dicts and lists item by item (the text
    ``json.dumps(sort_keys=True)`` gives), so the block is never one text."""
    for piece in _json_pieces(data, 2):
        yield piece.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _json_pieces(value, depth: int) -> Iterator[str]:
    if depth and isinstance(value, dict):
        yield "{"
        for i, key in enumerate(sorted(value)):
            yield ("," if i else "") + _json(key) + ":"
            yield from _json_pieces(value[key], depth - 1)
        yield "}"
    elif depth and isinstance(value, list):
        yield "["
        for i, item in enumerate(value):
            if i:
                yield ","
            yield from _json_pieces(item, depth - 1)
        yield "]"
    else:
        yield _json(value)


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@lru_cache(maxsize=1)
def _templates() -> dict[str, str]:
    root = resources.files("kg") / "templates"
    return {name: (root / name).read_text("utf-8")
            for name in ("graph.html", "graph.css", "graph.js")}


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    root = resources.files("pyvis")
    for part in _VIS_DIR:
        root = root / part
    js = (root / "vis-network.min.js").read_text("utf-8").replace("</script", "<\\/script")
    css = (root / "vis-network.css").read_text("utf-8").replace("</style", "<\\/style")
    return js, css
