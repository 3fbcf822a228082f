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
import tracemalloc
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


@pytest.fixture()
def hostile(tricky) -> KnowledgeGraph:
    """``tricky`` plus markup, quotes, line breaks, tabs and an astral
    character in names and evidence."""
    actors = tricky.actor_list + [Actor(id="odd", name='<b a="1">\r\n\t&amp;', type="person",
                                        aliases=["\U0001F600", "</script>"])]
    return KnowledgeGraph(actors, tricky.triple_list + [
        _t("odd", "meet", "russia", article="a5", text="\"q\" <&> \r\n\t \U0001F600 ]]>"),
        _t("russia", "meet", "odd", article="a6", date=dt.date(2021, 5, 1))])


def _surrogate() -> KnowledgeGraph:
    """A lone surrogate, which ET writes as a character reference."""
    return KnowledgeGraph([Actor(id="s", name="s", type="person"),
                           Actor(id="t", name="t", type="country")],
                          [_t("s", "visit", "t", text="a\udfffb")])


def _big(n_triples: int) -> KnowledgeGraph:
    """Many triples with long, distinct evidence: a document far bigger than
    the records needed to write it."""
    actors = [Actor(id=f"c{i}", name=f"دولة {i}", type="country") for i in range(50)]
    return KnowledgeGraph(actors, [
        _t(f"c{i % 50}", "meet", f"c{(i * 7 + 1) % 50}", article=f"a{i}",
           text=f"جملة {i} " + "التقى الرئيس نظيره في العاصمة " * 50) for i in range(n_triples)])


def _memory_growth(write, tmp_path) -> float:
    """How much more memory writing takes for a document twice as big, over
    how much bigger the document is (about 1 when the whole document is held
    at once; near 0 when it is written piece by piece)."""
    write(_big(10), tmp_path / "warm")  # caches and imports
    peaks, sizes = [], []
    for n in (2000, 4000):
        g, path = _big(n), tmp_path / f"big{n}"
        tracemalloc.start()
        try:
            write(g, path)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
        sizes.append(path.stat().st_size)
    assert sizes[1] > 10_000_000
    return (peaks[1] - peaks[0]) / (sizes[1] - sizes[0])


# The tree-building writers the streaming ones replaced, kept as the reference
# their bytes must equal (ET.indent + ET.tostring of the whole document).

def _tree_graphml_bytes(g: KnowledgeGraph, collapse: bool = False) -> bytes:
    h = export.to_graphml_graph(g, collapse)
    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", {
        "xmlns": ns, "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation": f"{ns} {ns}/1.0/graphml.xsd"})
    for name, typ in export._NODE_KEYS.items():
        ET.SubElement(root, "key", {"id": name, "for": "node", "attr.name": name,
                                    "attr.type": typ})
    for name, typ in export._EDGE_KEYS.items():
        ET.SubElement(root, "key", {"id": export._edge_key_id(name), "for": "edge",
                                    "attr.name": name, "attr.type": typ})
    graph = ET.SubElement(root, "graph", {"id": "kg", "edgedefault": "directed"})
    for n, data in h.nodes(data=True):
        el = ET.SubElement(graph, "node", {"id": n})
        for k, v in data.items():
            ET.SubElement(el, "data", {"key": k}).text = export._xml_value(v)
    for s, o, key, data in h.edges(keys=True, data=True):
        el = ET.SubElement(graph, "edge", {"id": key, "source": s, "target": o})
        for k, v in data.items():
            ET.SubElement(el, "data", {"key": export._edge_key_id(k)}).text = export._xml_value(v)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _tree_gexf_bytes(g: KnowledgeGraph, collapse: bool = False) -> bytes:
    nodes, edges = export.export_records(g, collapse)
    pos = export._layout(nodes, edges)
    root = ET.Element("gexf", {
        "xmlns": export.GEXF_NS, "xmlns:viz": export.GEXF_VIZ_NS,
        "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation": f"{export.GEXF_NS} {export.GEXF_NS}/gexf.xsd", "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "kg"
    ET.SubElement(meta, "description").text = (
        "Actors and relations read from Arabic news articles; "
        "edge weight = number of supporting articles")
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "dynamic",
                                          "timeformat": "date"})
    for cls, spec in (("node", export._GEXF_NODE_ATTRS), ("edge", export._GEXF_EDGE_ATTRS)):
        attrs = ET.SubElement(graph, "attributes", {"class": cls, "mode": "static"})
        for name, typ in spec.items():
            ET.SubElement(attrs, "attribute", {"id": name, "title": name, "type": typ})

    def attvalues(el, data, spec):
        values = [(k, v) for k in spec if (v := export._flat(data[k])) is not None]
        if values:
            av = ET.SubElement(el, "attvalues")
            for k, v in values:
                ET.SubElement(av, "attvalue", {"for": k, "value": export._xml_value(v)})

    nodes_el = ET.SubElement(graph, "nodes")
    for n in nodes:
        attrs = {"id": n.id, "label": export.clean_xml(n.label)} | (
            {"start": n.start} if n.start else {})
        el = ET.SubElement(nodes_el, "node", attrs)
        attvalues(el, n.model_dump(), export._GEXF_NODE_ATTRS)
        ET.SubElement(el, "viz:color", {"r": str(n.r), "g": str(n.g), "b": str(n.b),
                                        "a": "1.0"})
        x, y = pos.get(n.id, (0.0, 0.0))
        ET.SubElement(el, "viz:position", {"x": str(x), "y": str(y), "z": "0.0"})
        ET.SubElement(el, "viz:size", {"value": str(n.size)})
    edges_el = ET.SubElement(graph, "edges")
    for e in edges:
        attrs = {"id": e.id, "source": e.source, "target": e.target, "label": e.label,
                 "weight": str(e.weight)} | ({"start": e.start} if e.start else {})
        el = ET.SubElement(edges_el, "edge", attrs)
        attvalues(el, e.model_dump(), export._GEXF_EDGE_ATTRS)
        ET.SubElement(el, "viz:color", {"r": str(e.r), "g": str(e.g), "b": str(e.b),
                                        "a": "1.0"})
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _edge_order(g: KnowledgeGraph, collapse: bool) -> list[tuple[str, str, str]]:
    h = g.to_networkx(collapse=collapse, include_negated=True)
    return [(s, o, str(k)) for s, o, k in h.edges(keys=True)]


# -- GraphML ------------------------------------------------------------------

@pytest.mark.parametrize("collapse", [False, True])
def test_export_graphml_bytes_equal_tree_writer(hostile, sample_build, tmp_path, collapse):
    for name, g in [("hostile", hostile), ("empty", KnowledgeGraph([], [])),
                    ("surrogate", _surrogate()), ("sample", kg.load(sample_build))]:
        path = tmp_path / f"{name}.graphml"
        export.write_graphml(g, path, collapse=collapse)
        assert path.read_bytes() == _tree_graphml_bytes(g, collapse), name
        assert export.graphml_bytes(g, collapse) == path.read_bytes(), name


def test_export_edges_in_networkx_order(hostile, sample_build):
    for g in (hostile, kg.load(sample_build)):
        for collapse in (False, True):
            edges = list(export.export_edges(g, collapse))
            assert [(e.source, e.target, e.key) for e in edges] == _edge_order(g, collapse)
            assert [e.id for e in edges] == [f"e{i}" for i in range(len(edges))]


def test_export_graphml_streams(tmp_path):
    """Writing holds records and one piece of the document, never all of it."""
    assert _memory_growth(export.write_graphml, tmp_path) < 0.2
    assert nx.read_graphml(tmp_path / "big4000").number_of_edges() == 4000


def test_render_write_html_streams_render_html_text(hostile, sample_build, tmp_path):
    from kg import render

    for name, g in [("hostile", hostile), ("sample", kg.load(sample_build))]:
        path = tmp_path / f"{name}.html"
        render.write_html(g, path)
        assert path.read_bytes() == render.render_html(g).encode("utf-8"), name
    assert _memory_growth(render.write_html, tmp_path) < 0.3

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


@pytest.mark.parametrize("collapse", [False, True])
def test_export_gexf_bytes_equal_tree_writer(hostile, sample_build, tmp_path, collapse):
    for name, g in [("hostile", hostile), ("empty", KnowledgeGraph([], [])),
                    ("surrogate", _surrogate()), ("sample", kg.load(sample_build))]:
        path = tmp_path / f"{name}.gexf"
        export.write_gexf(g, path, collapse=collapse)
        assert path.read_bytes() == _tree_gexf_bytes(g, collapse), name


# -- JSON ---------------------------------------------------------------------

def test_export_json_node_link_roundtrip(tricky, tmp_path):
    path = export.export_graph(tricky, tmp_path, "json", collapse=True)[0]
    data = json.loads(path.read_text("utf-8"))
    export.NodeLinkGraph.model_validate(data)
    h = nx.node_link_graph(data)
    assert (h.number_of_nodes(), h.number_of_edges()) == _counts(tricky, True)
    assert h.is_directed() and h.is_multigraph()
    assert h["haftar"]["russia"]["visit"]["articles"] == ["a1", "a2"]


@pytest.mark.parametrize("collapse", [False, True])
def test_export_json_streamed_equals_json_dumps(hostile, sample_build, tmp_path, collapse):
    for name, g in [("hostile", hostile), ("empty", KnowledgeGraph([], [])),
                    ("sample", kg.load(sample_build))]:
        path = tmp_path / f"{name}.json"
        export.write_json(g, path, collapse=collapse)
        data = export.node_link(g, collapse).model_dump(mode="json", exclude_none=True)
        assert path.read_text("utf-8") == json.dumps(data, ensure_ascii=False, indent=1,
                                                     sort_keys=True) + "\n", name


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


def test_export_csv_written_rows_equal_csv_texts(hostile, sample_build, tmp_path):
    for g in (hostile, KnowledgeGraph([], []), kg.load(sample_build)):
        export.write_csv(g, tmp_path)
        nodes, edges = export.csv_texts(g)
        assert (tmp_path / "nodes.csv").read_bytes() == ("\ufeff" + nodes).encode("utf-8")
        assert (tmp_path / "edges.csv").read_bytes() == ("\ufeff" + edges).encode("utf-8")
        assert len(_read_csv(tmp_path / "edges.csv")) == _counts(g)[1]


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
