"""``KnowledgeGraph``: the assembled graph of actors and triples, and the
query API over it.

One node per actor, one edge per triple in a networkx ``MultiDiGraph``; every
edge keeps its evidence (article, sentence, offsets). Queries return the
pydantic models of :mod:`kg.schema`, never raw dicts.

Example
-------
>>> from kg.schema import Actor, Evidence, Triple
>>> a = [Actor(id="russia", name="روسيا", name_en="Russia", type="country"),
...      Actor(id="libya", name="ليبيا", name_en="Libya", type="country")]
>>> ev = Evidence(article="a1", sentence_index=0, start=0, end=5, text="تعاون")
>>> g = KnowledgeGraph(a, [Triple(article="a1", subject="russia", relation="cooperate",
...                               object="libya", evidence=ev)])
>>> g.graph.number_of_edges()
1
>>> g.actor("لروسيا").id, g.actor("Russia").id
('russia', 'russia')
>>> [x.id for x in g.neighbors("ليبيا")]
['russia']
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

import networkx as nx
from pydantic import BaseModel, ConfigDict

from .errors import ActorNotFound, AmbiguousActor, BuildDirError
from .schema import Actor, ActorType, Relation, Triple
from .text import normalize, strip_clitics

__all__ = ["KnowledgeGraph", "GraphStats", "ActorDegree", "load", "lookup_key"]

Direction = Literal["both", "out", "in"]


def lookup_key(name: str) -> str:
    """The form names are compared in by :meth:`KnowledgeGraph.actor`:
    Arabic-normalized, case-folded, punctuation and underscores turned into
    spaces.

    >>> lookup_key("الولايات  المتحدة") == lookup_key("الولايات المتحدة")
    True
    >>> lookup_key("Recep_Tayyip_Erdogan")
    'recep tayyip erdogan'
    """
    norm = normalize(name).casefold().replace("_", " ")
    norm = re.sub(r"[^\w\s]", " ", norm)
    return " ".join(norm.split())


def _clitic_keys(key: str) -> list[str]:
    """Forms of a lookup key without leading proclitics (و ف ب ل ك, لل) and
    without the article ال, on the first word; the key itself excluded.

    >>> _clitic_keys("لروسيا")
    ['روسيا']
    >>> _clitic_keys("والمملكه المتحده")
    ['المملكه المتحده', 'مملكه المتحده']
    """
    if not key:
        return []
    first, _, rest = key.partition(" ")
    forms: list[str] = []
    short = [first[1:]] if rest and first[:1] in "وفبلك" and len(first) == 3 else []
    for f in strip_clitics(first)[1:] + short + [first]:  # لجو والش: a short first name
        forms.append(f)
        if f.startswith("ال") and len(f) > 4:
            forms.append(f[2:])
    out: dict[str, None] = {}
    for f in forms:
        k = f"{f} {rest}".strip()
        if k != key:
            out.setdefault(k, None)
    return list(out)


class ActorDegree(BaseModel):
    """An actor with the number of asserted triples it takes part in."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    type: ActorType
    degree: int


class GraphStats(BaseModel):
    """What :meth:`KnowledgeGraph.stats` returns."""

    model_config = ConfigDict(frozen=True)

    actors: int
    triples: int
    articles: int
    negated: int
    hypothetical: int
    dated: int
    by_type: dict[str, int]
    by_relation: dict[str, int]
    top_actors: list[ActorDegree]


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _as_relation(value: Relation | str) -> Relation:
    try:
        return Relation(value)
    except ValueError:
        known = ", ".join(r.value for r in Relation)
        raise ValueError(f"unknown relation {value!r}; known relations: {known}") from None


class KnowledgeGraph:
    """Actors and triples, with the networkx view built once.

    Parameters
    ----------
    actors : iterable of Actor
    triples : iterable of Triple
        Every subject and object must be one of ``actors``.

    Raises
    ------
    ValueError
        When a triple names an actor that is not given.
    """

    def __init__(self, actors: Iterable[Actor], triples: Iterable[Triple]):
        self._actors: dict[str, Actor] = {a.id: a for a in actors}
        self._triples: list[Triple] = list(triples)
        missing = {t.subject for t in self._triples} | {t.object for t in self._triples}
        missing -= set(self._actors)
        if missing:
            raise ValueError(f"triples name actors that are not given: {sorted(missing)}")
        self.graph = self._assemble()
        self._index: dict[str, dict[str, set[str]]] | None = None

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

    def __len__(self) -> int:
        return len(self._actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors

    # -- lookup ---------------------------------------------------------------

    def _lookup_index(self) -> dict[str, dict[str, set[str]]]:
        """key → actor ids, per level: ``name`` (canonical Arabic or English
        name), ``alias``."""
        if self._index is None:
            index: dict[str, dict[str, set[str]]] = {"name": defaultdict(set),
                                                     "alias": defaultdict(set)}
            for a in self._actors.values():
                for n in (a.name, a.name_en):
                    if n:
                        index["name"][lookup_key(n)].add(a.id)
                for n in a.aliases:
                    index["alias"][lookup_key(n)].add(a.id)
            self._index = index
        return self._index

    def actor(self, query: str | Actor) -> Actor:
        """The one actor ``query`` names: an id, the Arabic or English name,
        or any alias, with or without diacritics, hamza forms, ال or leading
        و ف ب ل ك (``لروسيا``, ``وبروسيا``).

        Exact names win over aliases, whole names over clitic-stripped forms,
        and those over a name that merely contains the query's words.

        Parameters
        ----------
        query : str or Actor

        Returns
        -------
        Actor

        Raises
        ------
        AmbiguousActor
            When the best matching level names several actors (the message
            lists them as ``id (name)``).
        ActorNotFound
            When nothing matches; the message suggests close names.

        Examples
        --------
        >>> from kg.schema import Actor
        >>> g = KnowledgeGraph([Actor(id="russia", name="روسيا", name_en="Russia",
        ...                           type="country", aliases=["موسكو"]),
        ...                     Actor(id="bashar", name="بشار الأسد", type="person",
        ...                           aliases=["الأسد"]),
        ...                     Actor(id="hafez", name="حافظ الأسد", type="person",
        ...                           aliases=["الأسد"])], [])
        >>> {g.actor(q).id for q in ["روسيا", "لروسيا", "Russia", "russia", "وموسكو"]}
        {'russia'}
        >>> g.actor("لبشار الأسد").id
        'bashar'
        >>> g.actor("الأسد")
        Traceback (most recent call last):
        ...
        kg.errors.AmbiguousActor: [KG502] 'الأسد' matches several actors: bashar (بشار الأسد), hafez (حافظ الأسد). Give a fuller name or an actor id.
        """
        if isinstance(query, Actor):
            query = query.id
        if query in self._actors:
            return self._actors[query]
        key = lookup_key(query)
        index = self._lookup_index()
        ids: set[str] = set()
        levels = [[key], _clitic_keys(key)]
        for keys in levels:
            for level in ("name", "alias"):
                ids = set().union(*(index[level].get(k, set()) for k in keys))
                if ids:
                    return self._one(query, ids)
        if key:
            words = set(key.split())
            ids = {i for lvl in index.values() for k, found in lvl.items()
                   if words <= set(k.split()) for i in found}
            if ids:
                return self._one(query, ids)
        keys = list(dict.fromkeys(k for lvl in index.values() for k in sorted(lvl)))
        close = difflib.get_close_matches(key, keys, n=3, cutoff=0.6)
        names = dict.fromkeys(self._actors[i].name for k in close
                              for lvl in index.values() for i in sorted(lvl.get(k, ())))
        hint = (f"Did you mean {', '.join(names)}? " if names else "") + \
            "List actors with `kg stats` or KnowledgeGraph.actors()."
        raise ActorNotFound(f"no actor matches {query!r}. {hint}")

    def _one(self, query: str, ids: set[str]) -> Actor:
        if len(ids) == 1:
            return self._actors[next(iter(ids))]
        raise AmbiguousActor(query, [f"{i} ({self._actors[i].name})" for i in sorted(ids)])

    def actors(self, type: ActorType | str | None = None) -> list[Actor]:
        """All actors, or those of one ``type``, sorted by id.

        >>> from kg.schema import Actor
        >>> g = KnowledgeGraph([Actor(id="russia", name="روسيا", type="country"),
        ...                     Actor(id="putin", name="بوتين", type="person")], [])
        >>> [a.id for a in g.actors(type="person")]
        ['putin']
        """
        if type is None:
            return self.actor_list
        wanted = ActorType(type)
        return [a for a in self.actor_list if a.type == wanted]

    # -- triples --------------------------------------------------------------

    def triples(self, relation: Relation | str | None = None, subject: str | None = None,
                object: str | None = None, article: str | None = None,
                since: dt.date | str | None = None, until: dt.date | str | None = None,
                include_negated: bool = False, include_hypothetical: bool = False,
                actor: str | None = None) -> list[Triple]:
        """Triples that match every given filter, in build order.

        Parameters
        ----------
        relation : Relation or str, optional
        subject, object, actor : str, optional
            Anything :meth:`actor` understands. ``actor`` matches either end.
            For symmetric relations (meet, agree, cooperate, ally, family) the
            subject and object filters match either end too.
        article : str, optional
            An article id.
        since, until : date or ISO string, optional
            Inclusive bounds on the triple's date; undated triples are left out
            when either is given.
        include_negated, include_hypothetical : bool
            Negated ("did not visit") and hypothetical ("may visit") triples are
            left out unless asked for.

        Raises
        ------
        ValueError
            For an unknown relation or a malformed date.

        Examples
        --------
        >>> from kg.schema import Actor, Evidence, Triple
        >>> ev = Evidence(article="a1", sentence_index=0, start=0, end=1, text="x")
        >>> g = KnowledgeGraph(
        ...     [Actor(id=i, name=i, type="country") for i in ("a", "b")],
        ...     [Triple(article="a1", subject="a", relation="meet", object="b", evidence=ev),
        ...      Triple(article="a1", subject="a", relation="visit", object="b",
        ...             negated=True, evidence=ev)])
        >>> [t.relation.value for t in g.triples(subject="b")]
        ['meet']
        >>> len(g.triples(include_negated=True))
        2
        """
        rel = _as_relation(relation) if relation is not None else None
        sid = self.actor(subject).id if subject is not None else None
        oid = self.actor(object).id if object is not None else None
        aid = self.actor(actor).id if actor is not None else None
        lo, hi = _as_date(since), _as_date(until)
        out = []
        for t in self._triples:
            if (t.negated and not include_negated) or \
                    (t.hypothetical and not include_hypothetical):
                continue
            if rel is not None and t.relation != rel:
                continue
            if article is not None and t.article != article:
                continue
            if aid is not None and aid not in (t.subject, t.object):
                continue
            if sid is not None or oid is not None:
                ends = [(t.subject, t.object)]
                if t.relation.symmetric:
                    ends.append((t.object, t.subject))
                if not any((sid is None or s == sid) and (oid is None or o == oid)
                           for s, o in ends):
                    continue
            if lo is not None or hi is not None:
                if t.date is None or (lo and t.date < lo) or (hi and t.date > hi):
                    continue
            out.append(t)
        return out

    def neighbors(self, actor: str, relation: Relation | str | None = None,
                  direction: Direction = "both", include_negated: bool = False,
                  include_hypothetical: bool = False) -> list[Actor]:
        """Actors linked to ``actor`` by a triple, sorted by id.

        ``direction`` is ``"out"`` (actor is the subject), ``"in"`` (the
        object) or ``"both"``; symmetric relations count in both directions.

        >>> from kg.schema import Actor, Evidence, Triple
        >>> ev = Evidence(article="a1", sentence_index=0, start=0, end=1, text="x")
        >>> g = KnowledgeGraph(
        ...     [Actor(id=i, name=i, type="country") for i in ("a", "b", "c")],
        ...     [Triple(article="a1", subject="a", relation="visit", object="b", evidence=ev),
        ...      Triple(article="a1", subject="c", relation="visit", object="a", evidence=ev)])
        >>> [x.id for x in g.neighbors("a", direction="out")]
        ['b']
        >>> [x.id for x in g.neighbors("a")]
        ['b', 'c']
        """
        if direction not in ("both", "out", "in"):
            raise ValueError(f"direction must be 'both', 'out' or 'in', not {direction!r}")
        me = self.actor(actor).id
        found: set[str] = set()
        for t in self.triples(relation=relation, actor=me, include_negated=include_negated,
                              include_hypothetical=include_hypothetical):
            out_ok = direction in ("both", "out") or t.relation.symmetric
            in_ok = direction in ("both", "in") or t.relation.symmetric
            if t.subject == me and out_ok:
                found.add(t.object)
            if t.object == me and in_ok:
                found.add(t.subject)
        return [self._actors[i] for i in sorted(found)]

    def ego(self, actor: str, radius: int = 1) -> "KnowledgeGraph":
        """The sub-graph of actors within ``radius`` hops of ``actor``
        (asserted triples, either direction) and every triple among them.

        >>> from kg.schema import Actor, Evidence, Triple
        >>> ev = Evidence(article="a1", sentence_index=0, start=0, end=1, text="x")
        >>> g = KnowledgeGraph(
        ...     [Actor(id=i, name=i, type="country") for i in ("a", "b", "c")],
        ...     [Triple(article="a1", subject="a", relation="visit", object="b", evidence=ev),
        ...      Triple(article="a1", subject="b", relation="visit", object="c", evidence=ev)])
        >>> g.ego("a")
        <KnowledgeGraph: 2 actors, 1 triples>
        >>> g.ego("a", radius=2)
        <KnowledgeGraph: 3 actors, 2 triples>
        """
        me = self.actor(actor).id
        reach = nx.single_source_shortest_path_length(self._asserted_undirected(), me,
                                                      cutoff=radius)
        keep = set(reach)
        return KnowledgeGraph([self._actors[i] for i in sorted(keep)],
                              [t for t in self._triples
                               if t.subject in keep and t.object in keep])

    def _asserted_undirected(self) -> nx.Graph:
        u = nx.Graph()
        u.add_nodes_from(sorted(self._actors))
        for t in self._triples:
            if not t.negated and not t.hypothetical and not u.has_edge(t.subject, t.object):
                u.add_edge(t.subject, t.object, triple=t)
        return u

    def path(self, a: str, b: str) -> list[Triple]:
        """A shortest chain of asserted triples linking ``a`` to ``b`` (either
        direction), one triple per hop; ``[]`` when they are not connected.

        >>> from kg.schema import Actor, Evidence, Triple
        >>> ev = Evidence(article="a1", sentence_index=0, start=0, end=1, text="x")
        >>> g = KnowledgeGraph(
        ...     [Actor(id=i, name=i, type="country") for i in ("a", "b", "c", "d")],
        ...     [Triple(article="a1", subject="a", relation="visit", object="b", evidence=ev),
        ...      Triple(article="a1", subject="c", relation="host", object="b", evidence=ev)])
        >>> [(t.subject, t.relation.value, t.object) for t in g.path("a", "c")]
        [('a', 'visit', 'b'), ('c', 'host', 'b')]
        >>> g.path("a", "d")
        []
        """
        src, dst = self.actor(a).id, self.actor(b).id
        u = self._asserted_undirected()
        try:
            nodes = nx.shortest_path(u, src, dst)
        except nx.NetworkXNoPath:
            return []
        return [u.edges[x, y]["triple"] for x, y in zip(nodes, nodes[1:])]

    def timeline(self, actor: str, include_negated: bool = False,
                 include_hypothetical: bool = False) -> list[Triple]:
        """The dated triples ``actor`` takes part in, oldest first (ties in
        article and text order).

        >>> import datetime as dt
        >>> from kg.schema import Actor, Evidence, Triple
        >>> ev = Evidence(article="a1", sentence_index=0, start=0, end=1, text="x")
        >>> g = KnowledgeGraph(
        ...     [Actor(id=i, name=i, type="country") for i in ("a", "b")],
        ...     [Triple(article="a1", subject="a", relation="visit", object="b",
        ...             date=dt.date(2024, 5, 1), evidence=ev),
        ...      Triple(article="a1", subject="b", relation="host", object="a",
        ...             date=dt.date(2023, 1, 9), evidence=ev),
        ...      Triple(article="a1", subject="a", relation="meet", object="b", evidence=ev)])
        >>> [str(t.date) for t in g.timeline("a")]
        ['2023-01-09', '2024-05-01']
        """
        ts = self.triples(actor=actor, include_negated=include_negated,
                          include_hypothetical=include_hypothetical)
        return sorted((t for t in ts if t.date is not None),
                      key=lambda t: (t.date, t.article, t.evidence.start))

    def degree(self, actor: str) -> int:
        """The number of asserted (not negated) triples ``actor`` takes part in."""
        me = self.actor(actor).id
        return sum(1 for t in self._triples if not t.negated and me in (t.subject, t.object))

    def degrees(self) -> dict[str, int]:
        """Actor id → number of asserted (not negated) triples it takes part in."""
        deg: Counter = Counter({a: 0 for a in self._actors})
        for t in self._triples:
            if not t.negated:
                deg[t.subject] += 1
                deg[t.object] += 1
        return dict(deg)

    def stats(self, top: int = 10) -> GraphStats:
        """Counts by actor type and relation, and the ``top`` actors by degree
        (asserted triples; ties by id).

        >>> from kg.schema import Actor
        >>> KnowledgeGraph([Actor(id="a", name="a", type="country")], []).stats().by_type
        {'country': 1}
        """
        deg = self.degrees()
        ranked = sorted(deg.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        return GraphStats(
            actors=len(self._actors), triples=len(self._triples),
            articles=len({t.article for t in self._triples}),
            negated=sum(t.negated for t in self._triples),
            hypothetical=sum(t.hypothetical for t in self._triples),
            dated=sum(t.date is not None for t in self._triples),
            by_type=dict(sorted(Counter(a.type.value for a in self._actors.values()).items())),
            by_relation=dict(sorted(Counter(t.relation.value for t in self._triples).items())),
            top_actors=[ActorDegree(id=i, name=self._actors[i].name,
                                    type=self._actors[i].type, degree=d) for i, d in ranked])

    # -- views ----------------------------------------------------------------

    def to_networkx(self, collapse: bool = False,
                    include_negated: bool = False) -> nx.MultiDiGraph:
        """The graph for networkx algorithms.

        Nodes are actor ids with ``name``, ``name_en``, ``type``, ``country``
        and the ``actor`` model.

        ``collapse=False``: one edge per triple (key = its index in
        :attr:`triple_list`) carrying ``relation``, ``negated``,
        ``hypothetical``, ``article``, ``date``, ``evidence`` (the sentence)
        and the ``triple`` model.

        ``collapse=True``: one edge per (subject, relation, object), keyed by
        the relation name, with ``weight`` = number of distinct supporting
        articles, ``articles``, ``dates``, ``evidence`` (lists), ``triples``
        (the models) and ``hypothetical`` (True when every supporting triple
        is). Symmetric relations are collapsed whatever the order of their
        ends (the edge then runs from the smaller id to the larger). It stays a ``MultiDiGraph`` because a ``DiGraph`` would keep only
        one of two relations between the same pair (``nx.DiGraph(G)`` gives
        that if wanted).

        Negated triples are never plain edges: they are left out, or with
        ``include_negated=True`` kept as edges with ``negated=True`` (when
        collapsed, separately from the asserted edge, keyed
        ``"not_<relation>"``).

        Examples
        --------
        >>> from kg.schema import Actor, Evidence, Triple
        >>> ev = Evidence(article="a1", sentence_index=0, start=0, end=1, text="x")
        >>> ev2 = ev.model_copy(update={"article": "a2"})
        >>> g = KnowledgeGraph(
        ...     [Actor(id=i, name=i, type="country") for i in ("a", "b")],
        ...     [Triple(article="a1", subject="a", relation="meet", object="b", evidence=ev),
        ...      Triple(article="a2", subject="b", relation="meet", object="a", evidence=ev2),
        ...      Triple(article="a2", subject="a", relation="visit", object="b",
        ...             negated=True, evidence=ev2)])
        >>> g.to_networkx().number_of_edges()
        2
        >>> c = g.to_networkx(collapse=True)
        >>> c.number_of_edges(), c["a"]["b"]["meet"]["weight"]
        (1, 2)
        >>> g.to_networkx(collapse=True, include_negated=True)["a"]["b"]["not_visit"]["negated"]
        True
        """
        out = nx.MultiDiGraph()
        for a in self.actor_list:
            out.add_node(a.id, name=a.name, name_en=a.name_en, type=a.type.value,
                         country=a.country, actor=a)
        if not collapse:
            for i, t in enumerate(self._triples):
                if t.negated and not include_negated:
                    continue
                out.add_edge(t.subject, t.object, key=i, relation=t.relation.value,
                             negated=t.negated, hypothetical=t.hypothetical,
                             article=t.article, date=t.date, evidence=t.evidence.text,
                             triple=t)
            return out
        groups: dict[tuple[str, str, str], list[Triple]] = {}
        for t in self._triples:
            if t.negated and not include_negated:
                continue
            s, o = t.subject, t.object
            if t.relation.symmetric and o < s:
                s, o = o, s
            key = ("not_" if t.negated else "") + t.relation.value
            groups.setdefault((s, o, key), []).append(t)
        for (s, o, key), ts in groups.items():
            articles = sorted({t.article for t in ts})
            out.add_edge(s, o, key=key, relation=ts[0].relation.value,
                         negated=ts[0].negated,
                         hypothetical=all(t.hypothetical for t in ts),
                         weight=len(articles), articles=articles,
                         dates=sorted({t.date for t in ts if t.date is not None}),
                         evidence=[t.evidence.text for t in ts], triples=ts)
        return out


def load(path: str | os.PathLike) -> KnowledgeGraph:
    """The graph of a build folder (its ``actors.jsonl`` and ``triples.jsonl``).

    Parameters
    ----------
    path : str or path
        A folder written by ``kg build`` (or either file in it).

    Raises
    ------
    BuildDirError
        When the folder or one of the two files is missing or not valid.

    Examples
    --------
    >>> load("/no/such/folder")
    Traceback (most recent call last):
    ...
    kg.errors.BuildDirError: [KG202] no build in '/no/such/folder': actors.jsonl and triples.jsonl are missing. Run `kg build CORPUS --out /no/such/folder` first.
    """
    folder = Path(path)
    if folder.is_file():
        folder = folder.parent
    missing = [n for n in ("actors.jsonl", "triples.jsonl") if not (folder / n).is_file()]
    if missing:
        raise BuildDirError(f"no build in {str(path)!r}: {' and '.join(missing)} "
                            f"{'is' if len(missing) == 1 else 'are'} missing. "
                            f"Run `kg build CORPUS --out {path}` first.")

    def read(name: str, model):
        items = []
        with open(folder / name, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        items.append(model.model_validate(json.loads(line)))
                    except ValueError as exc:
                        first = str(exc).splitlines()[0]
                        raise BuildDirError(f"{folder / name}, line {n}: not a valid "
                                            f"{model.__name__.lower()} ({first}).") from None
        return items

    try:
        return KnowledgeGraph(read("actors.jsonl", Actor), read("triples.jsonl", Triple))
    except ValueError as exc:
        raise BuildDirError(f"{folder}: {exc}; rebuild it with `kg build`.") from None
