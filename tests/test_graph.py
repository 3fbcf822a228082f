"""The KnowledgeGraph query API: on small hand-made graphs (flags, dates) and on
the sample build (Arabic lookup). Counts are compared with what the build's
files say, never hard-coded."""

from __future__ import annotations

import datetime as dt
import json

import networkx as nx
import pytest

import kg
from kg.errors import ActorNotFound, AmbiguousActor, BuildDirError
from kg.graph import KnowledgeGraph, load
from kg.schema import Actor, Evidence, Triple


def _ev(article="a1", start=0):
    return Evidence(article=article, sentence_index=0, start=start, end=start + 1, text="x")


def _t(s, rel, o, article="a1", **kw):
    return Triple(article=article, subject=s, relation=rel, object=o,
                  evidence=_ev(article), **kw)


@pytest.fixture()
def small() -> KnowledgeGraph:
    actors = [
        Actor(id="russia", name="روسيا", name_en="Russia", type="country",
              aliases=["موسكو", "الجانب الروسي"]),
        Actor(id="libya", name="ليبيا", name_en="Libya", type="country"),
        Actor(id="belarus", name="بيلاروسيا", name_en="Belarus", type="country"),
        Actor(id="khalifa_haftar", name="خليفة حفتر", name_en="Khalifa Haftar", type="person",
              aliases=["حفتر", "المشير خليفة حفتر"]),
        Actor(id="khaled_haftar", name="خالد حفتر", type="person", aliases=["حفتر"]),
        Actor(id="united_nations", name="الأمم المتحدة", name_en="United Nations",
              type="organization"),
    ]
    triples = [
        _t("khalifa_haftar", "visit", "russia", date=dt.date(2023, 9, 28)),
        _t("russia", "host", "khalifa_haftar", date=dt.date(2023, 9, 28)),
        _t("khalifa_haftar", "visit", "belarus", article="a2", date=dt.date(2024, 2, 1)),
        _t("khalifa_haftar", "meet", "russia", article="a2"),
        _t("russia", "meet", "khalifa_haftar", article="a3"),
        _t("khaled_haftar", "visit", "russia", article="a3", negated=True),
        _t("russia", "support", "libya", article="a3", hypothetical=True,
           date=dt.date(2022, 1, 1)),
    ]
    return KnowledgeGraph(actors, triples)


# -- lookup -------------------------------------------------------------------

def test_graph_actor_understands_clitics_aliases_english_and_ids(small):
    ids = {small.actor(q).id for q in
           ["روسيا", "لروسيا", "وبروسيا", "Russia", "russia", "RUSSIA", "موسكو", "لموسكو",
            "رُوسيا", "الجانب الروسي"]}
    assert ids == {"russia"}
    assert small.actor("Khalifa Haftar").id == "khalifa_haftar"
    assert small.actor("لخليفة حفتر").id == "khalifa_haftar"
    assert small.actor("khalifa_haftar").id == "khalifa_haftar"


def test_graph_actor_ambiguous_lists_candidates(small):
    with pytest.raises(AmbiguousActor) as exc:
        small.actor("حفتر")
    assert exc.value.candidates == ["khaled_haftar (خالد حفتر)", "khalifa_haftar (خليفة حفتر)"]
    assert str(exc.value).startswith("[KG502] 'حفتر' matches several actors")


def test_graph_actor_not_found_has_hint(small):
    with pytest.raises(ActorNotFound) as exc:
        small.actor("روسي")
    assert str(exc.value) == ("[KG501] no actor matches 'روسي'. Did you mean روسيا, بيلاروسيا? "
                              "List actors with `kg stats` or KnowledgeGraph.actors().")
    with pytest.raises(ActorNotFound):
        small.actor("")


def test_graph_actor_partial_name(small):
    assert small.actor("الأمم").id == "united_nations"
    assert small.actor("خليفة").id == "khalifa_haftar"


def test_graph_actors_by_type(small):
    assert [a.id for a in small.actors(type="person")] == ["khaled_haftar", "khalifa_haftar"]
    assert len(small.actors()) == 6
    with pytest.raises(ValueError):
        small.actors(type="planet")


# -- triples ------------------------------------------------------------------

def test_graph_triples_filters(small):
    assert len(small.triples()) == 5  # negated and hypothetical left out
    assert len(small.triples(include_negated=True, include_hypothetical=True)) == 7
    assert [t.object for t in small.triples(relation="visit")] == ["russia", "belarus"]
    assert [t.article for t in small.triples(article="a2")] == ["a2", "a2"]
    assert len(small.triples(since="2023-01-01", until=dt.date(2023, 12, 31))) == 2
    assert [t.relation.value for t in small.triples(subject="خليفة حفتر")
            ] == ["visit", "visit", "meet", "meet"]


def test_graph_triples_symmetric_match_either_end(small):
    meets = small.triples(relation="meet", subject="روسيا")
    assert {t.article for t in meets} == {"a2", "a3"}


def test_graph_triples_unknown_relation_lists_known(small):
    with pytest.raises(ValueError, match="unknown relation 'visits'; known relations: visit, host"):
        small.triples(relation="visits")


def test_graph_neighbors_directions(small):
    assert [a.id for a in small.neighbors("روسيا", direction="out")] == ["khalifa_haftar"]
    assert [a.id for a in small.neighbors("روسيا", relation="visit", direction="in")] == [
        "khalifa_haftar"]
    assert [a.id for a in small.neighbors("روسيا", include_negated=True,
                                          include_hypothetical=True)] == [
        "khaled_haftar", "khalifa_haftar", "libya"]
    with pytest.raises(ValueError):
        small.neighbors("روسيا", direction="up")


def test_graph_ego_and_path(small):
    ego = small.ego("بيلاروسيا")
    assert {a.id for a in ego.actor_list} == {"belarus", "khalifa_haftar"}
    assert isinstance(ego, KnowledgeGraph)
    assert {a.id for a in small.ego("بيلاروسيا", radius=2).actor_list} == {
        "belarus", "khalifa_haftar", "russia"}
    hops = small.path("بيلاروسيا", "Russia")
    assert [(t.subject, t.object) for t in hops][0] == ("khalifa_haftar", "belarus")
    assert len(hops) == 2
    assert small.path("libya", "belarus") == []  # only a hypothetical link to libya


def test_graph_timeline_is_dated_and_ordered(small):
    tl = small.timeline("روسيا", include_hypothetical=True)
    assert [t.date for t in tl] == sorted(t.date for t in tl)
    assert all(t.date for t in tl)
    assert tl[0].relation.value == "support"


def test_graph_stats(small):
    st = small.stats()
    assert isinstance(st, kg.GraphStats)
    assert st.by_type == {"country": 3, "organization": 1, "person": 2}
    assert st.by_relation["visit"] == 3
    assert (st.negated, st.hypothetical, st.dated) == (1, 1, 4)
    assert st.top_actors[0].id in {"russia", "khalifa_haftar"}
    assert st.top_actors[0].degree == max(a.degree for a in st.top_actors)
    json.loads(st.model_dump_json())


# -- networkx views -----------------------------------------------------------

def test_graph_to_networkx_multidigraph_drops_negated(small):
    g = small.to_networkx()
    assert isinstance(g, nx.MultiDiGraph)
    assert g.number_of_edges() == 6
    assert not any(d["negated"] for *_, d in g.edges(data=True))
    assert sum(d["hypothetical"] for *_, d in g.edges(data=True)) == 1
    assert all(d["evidence"] and d["article"] for *_, d in g.edges(data=True))
    marked = small.to_networkx(include_negated=True)
    assert sum(d["negated"] for *_, d in marked.edges(data=True)) == 1


def test_graph_to_networkx_collapse_weights_by_article(small):
    c = small.to_networkx(collapse=True)
    meet = [d for u, v, k, d in c.edges(keys=True, data=True) if k == "meet"]
    assert len(meet) == 1 and meet[0]["weight"] == 2 and meet[0]["articles"] == ["a2", "a3"]
    assert c["khalifa_haftar"]["russia"]["visit"]["weight"] == 1
    assert c["russia"]["libya"]["support"]["hypothetical"] is True
    assert not c.has_edge("khaled_haftar", "russia")


def test_graph_rejects_unknown_actor_in_triple():
    with pytest.raises(ValueError, match="not given"):
        KnowledgeGraph([], [_t("a", "visit", "b")])


# -- the sample build ---------------------------------------------------------

def _names(build, actor_id):
    for line in (build / "actors.jsonl").read_text("utf-8").splitlines():
        d = json.loads(line)
        if d["id"] == actor_id:
            return d
    raise AssertionError(actor_id)


def test_graph_load_matches_files(sample_build):
    g = kg.load(sample_build)
    n_actors = len((sample_build / "actors.jsonl").read_text("utf-8").splitlines())
    n_triples = len((sample_build / "triples.jsonl").read_text("utf-8").splitlines())
    assert (len(g.actor_list), len(g.triple_list)) == (n_actors, n_triples)
    assert g.stats().triples == n_triples


def test_graph_sample_russia_lookup(sample_build):
    g = load(sample_build)
    russia = g.actor("روسيا")
    assert russia == g.actor("لروسيا") == g.actor("Russia") == g.actor("موسكو")
    assert russia.name_en == "Russia"
    assert g.triples(actor="روسيا")
    assert russia in g.neighbors(g.neighbors("روسيا")[0])


def _same_or_among(g, query, actor):
    try:
        assert g.actor(query) == actor, query
    except AmbiguousActor as exc:  # e.g. two Haftars share the alias حفتر
        assert any(c.startswith(actor.id + " ") for c in exc.candidates), query


def test_graph_sample_every_actor_by_id_name_clitic_and_english(sample_build):
    g = load(sample_build)
    for a in g.actor_list:
        assert g.actor(a.id) == a
        for q in [a.name, "ل" + a.name, "و" + a.name] + ([a.name_en] if a.name_en else []):
            _same_or_among(g, q, a)


def test_graph_sample_haftar_lookup(sample_build):
    g = load(sample_build)
    haftars = [a for a in g.actors(type="person") if "حفتر" in a.name]
    if not haftars:
        pytest.skip("the extractor found no Haftar in this build")
    for a in haftars:
        _same_or_among(g, "ل" + a.name, a)
    try:
        assert g.actor("حفتر") in haftars
    except AmbiguousActor as exc:
        assert {c.split()[0] for c in exc.candidates} <= {a.id for a in haftars}


def test_graph_load_missing_build(tmp_path):
    with pytest.raises(BuildDirError) as exc:
        load(tmp_path)
    assert "actors.jsonl and triples.jsonl are missing" in str(exc.value)
    (tmp_path / "actors.jsonl").write_text("{}\n", "utf-8")
    (tmp_path / "triples.jsonl").write_text("", "utf-8")
    with pytest.raises(BuildDirError, match="actors.jsonl, line 1: not a valid actor"):
        load(tmp_path)


# -- CLI: kg query, kg stats --------------------------------------------------

def _run(*args):
    from click.testing import CliRunner

    from kg.cli import main

    return CliRunner().invoke(main, list(args))


def test_graph_cli_query_jsonl_equals_api(sample_build):
    g = load(sample_build)
    r = _run("query", str(sample_build), "--actor", "لروسيا", "--format", "jsonl")
    assert r.exit_code == 0, r.output
    got = [Triple.model_validate_json(line) for line in r.output.splitlines()]
    assert got == g.triples(actor="روسيا")
    assert got


def test_graph_cli_query_table_and_relation(sample_build):
    g = load(sample_build)
    rel = g.triple_list[0].relation.value
    r = _run("query", str(sample_build), "--relation", rel)
    assert r.exit_code == 0
    assert len(r.output.splitlines()) == len(g.triples(relation=rel))
    assert all(line.split("\t")[2] == rel for line in r.output.splitlines())


def test_graph_cli_query_errors(sample_build, tmp_path):
    r = _run("query", str(tmp_path))
    assert r.exit_code == 2
    assert "Error: [KG202] no build in" in r.output
    assert "Run `kg build CORPUS --out" in r.output
    r = _run("query", str(sample_build), "--actor", "زززززز")
    assert r.exit_code == 2
    assert "Error: [KG501] no actor matches 'زززززز'." in r.output
    r = _run("query", str(sample_build), "--relation", "visits")
    assert r.exit_code == 2 and "Invalid value for '--relation'" in r.output
    r = _run("query", str(sample_build), "--since", "28/09/2023")
    assert r.exit_code == 2 and "Invalid value for '--since'" in r.output


def test_graph_cli_query_ambiguous_exit_2(small, tmp_path):
    from kg.export import write_jsonl

    write_jsonl(tmp_path / "actors.jsonl", small.actor_list)
    write_jsonl(tmp_path / "triples.jsonl", small.triple_list)
    r = _run("query", str(tmp_path), "--actor", "حفتر")
    assert r.exit_code == 2
    assert ("Error: [KG502] 'حفتر' matches several actors: khaled_haftar (خالد حفتر), "
            "khalifa_haftar (خليفة حفتر). Give a fuller name or an actor id.") in r.output
    r = _run("query", str(tmp_path), "--subject", "Khalifa Haftar", "--since", "2024-01-01")
    assert r.exit_code == 0
    assert r.output.split("\t")[:4] == ["2024-02-01", "خليفة حفتر", "visit", "بيلاروسيا"]
    r = _run("query", str(tmp_path), "--actor", "ليبيا", "--include-hypothetical")
    assert "\tsupport?\t" in r.output


def test_graph_cli_stats(sample_build):
    g = load(sample_build)
    r = _run("stats", str(sample_build), "--format", "json")
    assert r.exit_code == 0
    assert kg.GraphStats.model_validate_json(r.output) == g.stats()
    r = _run("stats", str(sample_build), "--top", "3")
    assert r.exit_code == 0
    assert r.output.startswith(f"{len(g.actor_list)} actors, {len(g.triple_list)} triples")
    assert len(r.output.splitlines()) == 4 + min(3, len(g.actor_list))


def test_graph_cli_commands_have_help_with_example():
    for cmd in ("query", "stats", "export"):
        r = _run(cmd, "--help")
        assert r.exit_code == 0 and "Example:" in r.output, cmd


def test_graph_docstring_examples_run():
    """CI runs pytest on tests/ only, so the API's examples are run here."""
    import doctest

    import kg.export
    import kg.graph

    for module in (kg.graph, kg.export):
        result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
        assert result.failed == 0 and result.attempted > 5, module.__name__
