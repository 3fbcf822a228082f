"""Exports: GraphML read back by networkx, igraph and graphology-graphml (what
Gephi Lite uses) with the same counts; GEXF 1.3, JSON and CSV round trips;
atomic writes. Counts come from the graph itself, never hard-coded."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

import kg
from kg import export
from kg.graph import KnowledgeGraph
from kg.schema import Actor, Evidence, Triple

JS = Path(__file__).resolve().parent / "js"
GEXF = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"


def _t(s, rel, o, article="a1", text="نص", **kw):
    ev = Evidence(article=article, sentence_index=0, start=0, end=len(text), text=text)
    return Triple(article=article, subject=s, relation=rel, object=o, evidence=ev, **kw)


@pytest.fixture()
def tricky() -> KnowledgeGraph:
    """Flags, dates, parallel relations, formula-like and control characters."""
    actors = [
        Actor(id="russia", name="روسيا", name_en="Russia", type="country",
              aliases=["موسكو", "=cmd|' /C calc'!A0"]),
        Actor(id="libya", name="ليبيا", name_en="Libya", type="country"),
        Actor(id="haftar", name="خليفة حفتر", type="person", aliases=["حفتر"],
              roles=["المشير"], country="libya"),
        Actor(id="un", name="-الأمم المتحدة", type="organization"),
        Actor(id="lonely", name="وحيد", type="location"),
    ]
    triples = [
        _t("haftar", "visit", "russia", date=dt.date(2023, 9, 28), text="زار\x00 حفتر موسكو"),
        _t("haftar", "visit", "russia", article="a2", date=dt.date(2024, 1, 2)),
        _t("haftar", "meet", "russia", article="a2"),
        _t("russia", "meet", "haftar", article="a3"),
        _t("russia", "support", "haftar", article="a3", text="@دعم"),
        _t("un", "oppose", "haftar", article="a3", negated=True),
        _t("russia", "support", "libya", article="a4", hypothetical=True),
    ]
    return KnowledgeGraph(actors, triples)


def _counts(g: KnowledgeGraph, collapse=False):
    h = g.to_networkx(collapse=collapse, include_negated=True)
    return h.number_of_nodes(), h.number_of_edges()


def _graphs(tricky, sample_build):
    return [("tricky", tricky), ("sample", kg.load(sample_build))]


# -- GraphML ------------------------------------------------------------------

def test_export_graphml_networkx_roundtrip(tricky):
    data = export.graphml_bytes(tricky, collapse=True)
    h = nx.read_graphml(io.BytesIO(data))
    assert (h.number_of_nodes(), h.number_of_edges()) == _counts(tricky, True) == (5, 5)
    assert all(d.get("label") for _, d in h.nodes(data=True))
    assert all(d.get("label") for *_, d in h.edges(data=True))
    ids = [k for _, _, k in h.edges(keys=True)]
    russia = h.nodes["russia"]
    assert (russia["type"], russia["name_ar"], russia["name_en"]) == ("country", "روسيا", "Russia")
    assert isinstance(russia["r"], int) and isinstance(russia["size"], float)
    assert russia["degree"] == tricky.degrees()["russia"]
    visit = [d for *_, d in h.edges(data=True) if d["relation"] == "visit"][0]
    assert visit["weight"] == 2.0 and visit["articles"] == "a1 | a2"
    assert visit["dates"] == "2023-09-28 | 2024-01-02"
    assert "\x00" not in visit["evidence"] and "زار حفتر موسكو" in visit["evidence"]
    negated = [d for *_, d in h.edges(data=True) if d["negated"]]
    assert [d["label"] for d in negated] == ["not oppose"]
    assert [d["label"] for *_, d in h.edges(data=True) if d["hypothetical"]] == ["support?"]
    assert len(set(ids)) == len(ids)


def test_export_graphml_keys_named_and_unique(tricky):
    root = ET.fromstring(export.graphml_bytes(tricky))
    assert len(tricky.triple_list) == 7
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    keys = root.findall(f"{ns}key")
    ids = [k.get("id") for k in keys]
    assert len(ids) == len(set(ids))
    assert not any(i.startswith("d") and i[1:].isdigit() for i in ids)
    names = {(k.get("for"), k.get("attr.name")) for k in keys}
    for name in ("label", "type", "name_ar", "name_en", "degree", "r", "g", "b", "size"):
        assert ("node", name) in names
    for name in ("label", "relation", "negated", "hypothetical", "weight", "articles",
                 "dates", "evidence"):
        assert ("edge", name) in names
    edge_ids = [e.get("id") for e in root.iter(f"{ns}edge")]
    assert len(edge_ids) == len(set(edge_ids)) == 7
    assert b"None" not in export.graphml_bytes(tricky)


def test_export_graphml_igraph_reads_same_counts(tricky, sample_build, tmp_path):
    igraph = pytest.importorskip("igraph")
    for (name, g), collapse in [(x, c) for x in _graphs(tricky, sample_build)
                                for c in (False, True)]:
        path = tmp_path / f"{name}.graphml"
        export.write_graphml(g, path, collapse=collapse)
        ig = igraph.Graph.Read_GraphML(str(path))
        assert (ig.vcount(), ig.ecount()) == _counts(g, collapse), name
        assert all(ig.vs["label"]) and all(ig.es["label"])


def test_export_graphml_graphology_reads_same_counts(tricky, sample_build, tmp_path):
    node = shutil.which("node")
    if node is None or not (JS / "node_modules" / "graphology-graphml").is_dir():
        pytest.skip("node or graphology-graphml missing: run scripts/setup-test-system.sh")
    for (name, g), collapse in [(x, c) for x in _graphs(tricky, sample_build)
                                for c in (False, True)]:
        path = tmp_path / f"{name}.graphml"
        export.write_graphml(g, path, collapse=collapse)
        out = subprocess.run([node, str(JS / "read_graphml.js"), str(path)],
                             capture_output=True, text=True, check=True)
        got = json.loads(out.stdout)
        n, m = _counts(g, collapse)
        assert (got["nodes"], got["edges"]) == (n, m), name
        assert got["labelled"] and got["coloured"] and got["type"] == "directed"
        assert (got["nodes"], got["edges"]) == (
            nx.read_graphml(path).number_of_nodes(), nx.read_graphml(path).number_of_edges())


def test_export_graphml_collapsed_and_per_triple(tricky):
    h = nx.read_graphml(io.BytesIO(export.graphml_bytes(tricky)))
    assert h.number_of_edges() == len(tricky.triple_list)
    assert {d["weight"] for *_, d in h.edges(data=True)} == {1.0}
    c = nx.read_graphml(io.BytesIO(export.graphml_bytes(tricky, collapse=True)))
    assert sorted(d["weight"] for *_, d in c.edges(data=True)) == [1.0, 1.0, 1.0, 2.0, 2.0]


def test_export_build_graphml_matches_build(sample_build):
    """The build's own graph.graphml is the same export."""
    g = kg.load(sample_build)
    h = nx.read_graphml(sample_build / "graph.graphml")
    assert h.number_of_nodes() == len(g.actor_list)


# -- GEXF ---------------------------------------------------------------------

def test_export_gexf_13_roundtrip(tricky, tmp_path):
    path = tmp_path / "g.gexf"
    export.write_gexf(tricky, path, collapse=True)
    root = ET.parse(path).getroot()
    assert root.tag == f"{GEXF}gexf" and root.get("version") == "1.3"
    graph = root.find(f"{GEXF}graph")
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    nodes = graph.findall(f"{GEXF}nodes/{GEXF}node")
    edges = graph.findall(f"{GEXF}edges/{GEXF}edge")
    assert (len(nodes), len(edges)) == _counts(tricky, True)
    for n in nodes:
        assert n.get("label")
        c, s, p = n.find(f"{VIZ}color"), n.find(f"{VIZ}size"), n.find(f"{VIZ}position")
        assert all(0 <= int(c.get(k)) <= 255 for k in "rgb")
        assert float(s.get("value")) > 0 and p.get("x") and p.get("y")
    starts = {e.get("label"): e.get("start") for e in edges}
    assert starts["visit"] == "2023-09-28"
    assert starts["meet"] is None
    haftar = [n for n in nodes if n.get("id") == "haftar"][0]
    assert haftar.get("start") is None  # also has undated edges: shown from the start
    # the same document under the 1.2draft namespace is read by networkx
    text = path.read_text("utf-8").replace("http://gexf.net/1.3/viz",
                                           "http://www.gexf.net/1.2draft/viz")
    text = text.replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft")
    text = text.replace('version="1.3"', 'version="1.2"')
    h = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
    assert (h.number_of_nodes(), h.number_of_edges()) == _counts(tricky, True)
    assert h.nodes["russia"]["label"] == "روسيا"


def test_export_gexf_is_deterministic(tricky):
    assert export.gexf_bytes(tricky) == export.gexf_bytes(tricky)


# -- JSON ---------------------------------------------------------------------

def test_export_json_node_link_roundtrip(tricky, tmp_path):
    path = export.export_graph(tricky, tmp_path, "json", collapse=True)[0]
    data = json.loads(path.read_text("utf-8"))
    export.NodeLinkGraph.model_validate(data)
    h = nx.node_link_graph(data)
    assert (h.number_of_nodes(), h.number_of_edges()) == _counts(tricky, True)
    assert h.is_directed() and h.is_multigraph()
    assert h["haftar"]["russia"]["visit"]["articles"] == ["a1", "a2"]


# -- CSV ----------------------------------------------------------------------

def _read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_export_csv_roundtrip_and_injection(tricky, tmp_path):
    paths = export.export_graph(tricky, tmp_path, "csv")
    assert [p.name for p in paths] == ["nodes.csv", "edges.csv"]
    nodes, edges = _read_csv(paths[0]), _read_csv(paths[1])
    assert (len(nodes), len(edges)) == _counts(tricky)
    assert {r["id"] for r in nodes} == {a.id for a in tricky.actor_list}
    by_id = {r["id"]: r for r in nodes}
    assert by_id["un"]["label"] == "'-الأمم المتحدة"
    assert by_id["russia"]["aliases"] == "موسكو | =cmd|' /C calc'!A0"  # not at cell start
    assert by_id["russia"]["label"] == "روسيا"
    for row in nodes + edges:
        assert not any(v.startswith(("=", "+", "-", "@")) for v in row.values())
    support = [r for r in edges if r["label"] == "support"][0]
    assert support["evidence"] == "'@دعم"
    assert {r["source"] for r in edges} <= set(by_id)
    assert sum(r["negated"] == "true" for r in edges) == 1
    assert paths[0].read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for spreadsheets


def test_export_neutralize_csv():
    assert [export.neutralize_csv(v) for v in ["=1+1", "+1", "-1", "@x", "\tx", "ok"]] == [
        "'=1+1", "'+1", "'-1", "'@x", "'\tx", "ok"]


# -- files --------------------------------------------------------------------

def test_export_write_all_formats(tricky, tmp_path):
    paths = export.write_all(tricky, tmp_path / "new")
    assert sorted(p.name for p in paths) == ["edges.csv", "graph.gexf", "graph.graphml",
                                            "graph.json", "nodes.csv"]
    assert not [p for p in (tmp_path / "new").iterdir() if p.name.endswith(".tmp")]


def test_export_failed_write_leaves_no_file(tmp_path, monkeypatch):
    target = tmp_path / "graph.graphml"
    target.write_text("old", "utf-8")

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(export.os, "fsync", boom)
    with pytest.raises(OSError):
        export.atomic_write(target, "new")
    assert target.read_text("utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.graphml"]


def test_export_unknown_format(tricky, tmp_path):
    with pytest.raises(ValueError, match="unknown format 'pdf'; known formats: graphml, gexf"):
        export.export_graph(tricky, tmp_path, "pdf")


def test_export_colours_are_the_html_views(tricky):
    from kg import render

    h = nx.read_graphml(io.BytesIO(export.graphml_bytes(tricky)))
    r = h.nodes["russia"]
    assert "#%02x%02x%02x" % (r["r"], r["g"], r["b"]) == render.TYPE_COLORS["country"].lower()


# -- CLI: kg export -----------------------------------------------------------

def _run(*args):
    from click.testing import CliRunner

    from kg.cli import main

    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "csv"])
def test_export_cli_formats(sample_build, tmp_path, fmt):
    r = _run("export", str(sample_build), "--format", fmt, "--to", str(tmp_path / "x"))
    assert r.exit_code == 0, r.output
    written = [Path(line) for line in r.output.splitlines()]
    assert [p.name for p in written] == list(export.FORMATS[fmt])
    assert all(p.parent == tmp_path / "x" and p.stat().st_size > 0 for p in written)
    if fmt == "graphml":
        g = kg.load(sample_build)
        h = nx.read_graphml(written[0])
        assert (h.number_of_nodes(), h.number_of_edges()) == _counts(g)


def test_export_cli_collapse(sample_build, tmp_path):
    r = _run("export", str(sample_build), "--collapse", "--to", str(tmp_path))
    assert r.exit_code == 0
    h = nx.read_graphml(tmp_path / "graph.graphml")
    assert h.number_of_edges() == _counts(kg.load(sample_build), True)[1]
    assert sum(d["weight"] for *_, d in h.edges(data=True)) >= h.number_of_edges()


def test_export_cli_errors(sample_build, tmp_path):
    r = _run("export", str(tmp_path / "none"))
    assert r.exit_code == 2 and "Error: [KG202] no build in" in r.output
    r = _run("export", str(sample_build), "--format", "pdf")
    assert r.exit_code == 2 and "Invalid value for '--format'" in r.output
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    r = _run("export", str(sample_build), "--to", str(blocker))
    assert r.exit_code == 3
    assert f"Error: cannot write to '{blocker}'" in r.output
    assert "choose another folder with --to." in r.output
