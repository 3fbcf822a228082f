"""``KnowledgeGraph``: the assembled graph of actors and triples.

One node per actor, one edge per triple in a networkx ``MultiDiGraph``; every
edge keeps its evidence (article, sentence, offsets).

Example
-------
>>> from kg.schema import Actor, Evidence, Triple
>>> a = [Actor(id="russia", name="روسيا", type="country"),
...      Actor(id="libya", name="ليبيا", type="country")]
>>> ev = Evidence(article="a1", sentence_index=0, start=0, end=5, text="تعاون")
>>> g = KnowledgeGraph(a, [Triple(article="a1", subject="russia", relation="cooperate",
...                               object="libya", evidence=ev)])
>>> g.graph.number_of_edges()
1
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from .schema import Actor, Triple

__all__ = ["KnowledgeGraph"]


class KnowledgeGraph:
    """Actors and triples, with the networkx view built once."""

    def __init__(self, actors: Iterable[Actor], triples: Iterable[Triple]):
        self._actors: dict[str, Actor] = {a.id: a for a in actors}
        self._triples: list[Triple] = list(triples)
        missing = {t.subject for t in self._triples} | {t.object for t in self._triples}
        missing -= set(self._actors)
        if missing:
            raise ValueError(f"triples name actors that are not given: {sorted(missing)}")
        self.graph = self._assemble()

    def _assemble(self) -> nx.MultiDiGraph:
        g = nx.MultiDiGraph()
        for actor in sorted(self._actors.values(), key=lambda a: a.id):
            g.add_node(actor.id, actor=actor)
        for i, t in enumerate(self._triples):
            g.add_edge(t.subject, t.object, key=i, triple=t, relation=t.relation.value)
        return g

    @property
    def actor_list(self) -> list[Actor]:
        """All actors, sorted by id."""
        return [self._actors[k] for k in sorted(self._actors)]

    @property
    def triple_list(self) -> list[Triple]:
        """All triples in build order."""
        return list(self._triples)

    def __repr__(self) -> str:
        return f"<KnowledgeGraph: {len(self._actors)} actors, {len(self._triples)} triples>"
