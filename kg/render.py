"""The HTML view of a graph, drawn with pyvis (vis-network).

Example
-------
>>> from kg.graph import KnowledgeGraph
>>> "<html" in render_html(KnowledgeGraph([], []))
True
"""

from __future__ import annotations

import html
import os

from pyvis.network import Network

from .export import atomic_write
from .graph import KnowledgeGraph

__all__ = ["render_html", "write_html", "TYPE_COLORS", "RELATION_COLORS"]

TYPE_COLORS = {"person": "#e15759", "country": "#4e79a7", "organization": "#59a14f",
               "location": "#b07aa1"}
RELATION_COLORS = {
    "visit": "#f28e2b", "host": "#edc948", "meet": "#76b7b2", "agree": "#59a14f",
    "cooperate": "#4e79a7", "support": "#9c755f", "appoint": "#bab0ac",
    "congratulate": "#ff9da7", "oppose": "#e15759", "ally": "#af7aa1",
    "affiliated_with": "#bbbbbb", "family": "#d37295",
}


def render_html(g: KnowledgeGraph) -> str:
    """The graph as one HTML page (all scripts inline)."""
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line")
    for a in g.actor_list:
        net.add_node(a.id, label=a.name, title=html.escape(f"{a.name} ({a.type.value})"),
                     color=TYPE_COLORS[a.type.value])
    for t in g.triple_list:
        net.add_edge(t.subject, t.object, title=html.escape(t.evidence.text[:300]),
                     label=t.relation.value, color=RELATION_COLORS[t.relation.value],
                     dashes=t.hypothetical)
    return net.generate_html()


def write_html(g: KnowledgeGraph, path: str | os.PathLike) -> None:
    atomic_write(path, render_html(g))
