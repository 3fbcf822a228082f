"""kg.render without a browser: the page's data, its safety and determinism,
focused views, and `kg render`."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.graph import KnowledgeGraph
from kg.render import LAYOUT_THRESHOLD, _page_data, collapse, focus, render_html
from kg.schema import Actor, Evidence, Triple

HOSTILE = '<img src=x onerror="window.__pwned=1">'


def _ev(article="a1", text="التقى بوتين أردوغان في موسكو.", trigger="التقى"):
    i = text.index(trigger)
    return Evidence(article=article, sentence_index=0, start=100, end=100 + len(text),
                    text=text, trigger=trigger, trigger_start=100 + i,
                    trigger_end=100 + i + len(trigger))


def _small() -> KnowledgeGraph:
    actors = [Actor(id="putin", name="فلاديمير بوتين", name_en="Vladimir Putin", type="person"),
              Actor(id="erdogan", name="رجب طيب أردوغان", type="person"),
              Actor(id="russia", name="روسيا", name_en="Russia", type="country")]
    ts = [Triple(article="a1", subject="putin", relation="meet", object="erdogan", evidence=_ev()),
          Triple(article="a2", subject="erdogan", relation="meet", object="putin",
                 evidence=_ev("a2")),
          Triple(article="a2", subject="putin", relation="visit", object="russia", negated=True,
                 evidence=_ev("a2", "لم يزر بوتين روسيا.", "يزر"))]
    return KnowledgeGraph(actors, ts)


def _json_block(page: str, block: str) -> dict:
    m = re.search(rf'<script type="application/json" id="{block}">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


def test_render_same_graph_same_bytes(sample_build):
    g = kg.load(sample_build)
    assert render_html(g) == render_html(kg.load(sample_build))


def test_render_page_loads_nothing_from_outside():
    page = render_html(_small())
    assert not re.search(r'<(script|link|img|iframe)[^>]*(src|href)="?(https?:)?//', page)
    assert "bootstrap" not in page.lower()
    assert "default-src 'none'" in page


def test_render_collapses_parallel_triples_and_keeps_negated_apart():
    graph, evidence = _page_data(_small())
    assert [(e["w"], e.get("n", 0)) for e in graph["edges"]] == [(2, 0), (1, 1)]
    assert len(evidence["edges"][0]) == 2
    assert [(e.subject, e.relation.value) for e in collapse(_small().triple_list)] == [
        ("erdogan", "meet"), ("putin", "visit")]


def test_render_trigger_highlight_is_within_the_sentence():
    graph, evidence = _page_data(_small())
    item = evidence["edges"][1][0]
    sentence = evidence["sentences"][item["s"]]
    assert sentence[item["hl"][0]:item["hl"][1]] == "يزر"


def test_render_hostile_names_never_appear_as_markup():
    a = [Actor(id="x", name=HOSTILE, type="person", aliases=['"href" </script><b>']),
         Actor(id="y", name="عادي", type="country")]
    t = Triple(article="a&1", subject="x", relation="support", object="y",
               evidence=_ev(text=f"قال {HOSTILE} إنه يدعم </script> \"href\".", trigger="يدعم"))
    page = render_html(KnowledgeGraph(a, [t]))
    blocks = re.findall(r'<script type="application/json" id="[\w-]+">(.*?)</script>', page, re.S)
    assert len(blocks) == 2
    assert not any(c in b for b in blocks for c in "<>&")
    assert page.count("</script>") == 4
    assert _json_block(page, "kg-data")["nodes"][0]["name"] == HOSTILE


def test_render_big_graph_gets_positions_and_no_physics():
    n = LAYOUT_THRESHOLD + 10
    actors = [Actor(id=f"a{i}", name=f"فاعل {i}", type="country") for i in range(n)]
    ts = [Triple(article="a1", subject=f"a{i}", relation="visit", object=f"a{(i + 1) % n}",
                 evidence=_ev(text="زار", trigger="زار")) for i in range(n)]
    graph, _ = _page_data(KnowledgeGraph(actors, ts))
    assert graph["big"] is True
    assert all(isinstance(x["x"], int) and isinstance(x["y"], int) for x in graph["nodes"])
    assert len({(x["x"], x["y"]) for x in graph["nodes"]}) > n * 0.9


def test_render_focus_by_actor_relation_and_size():
    g = _small()
    assert {a.id for a in focus(g, actor="لروسيا", radius=1).actor_list} == {"russia"}
    assert {a.id for a in focus(g, relation=["meet"]).actor_list} == {"putin", "erdogan"}
    assert len(focus(g, max_nodes=2).actor_list) == 2
    with pytest.raises(kg.errors.ActorNotFound):
        focus(g, actor="لا أحد")


def test_cli_render_writes_a_focused_page(sample_build, tmp_path):
    out = tmp_path / "russia.html"
    res = CliRunner().invoke(main, ["render", str(sample_build), "--actor", "لروسيا",
                                    "--radius", "1", "--relation", "visit", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert res.output.strip() == str(out)
    names = {n["key"] for n in _json_block(out.read_text("utf-8"), "kg-data")["nodes"]}
    assert "russia" in names
    expected = focus(kg.load(sample_build), actor="russia", radius=1, relation=["visit"])
    assert names == {a.id for a in expected.actor_list}


def test_cli_render_unknown_actor_fails_with_usage_code(sample_build, tmp_path):
    res = CliRunner().invoke(main, ["render", str(sample_build), "--actor", "zzz",
                                    "--out", str(tmp_path / "x.html")])
    assert res.exit_code == 2
    assert "no actor matches 'zzz'" in res.output
    assert not (tmp_path / "x.html").exists()


def test_cli_render_without_a_build_fails(tmp_path):
    res = CliRunner().invoke(main, ["render", str(tmp_path)])
    assert res.exit_code == 2
    assert "no build in" in res.output
