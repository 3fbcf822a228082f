"""graph.html in a real browser: headless Chromium driven by Selenium.

Skipped only when Chromium or ChromeDriver is not installed
(`bash scripts/setup-test-system.sh` installs both; CI does).
"""

from __future__ import annotations

import importlib.util
import json
import os
import time
from pathlib import Path

import pytest

import kg
from kg.graph import KnowledgeGraph
from kg.render import collapse, write_html
from kg.schema import Actor, Evidence, Triple

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("html_bench", ROOT / "bench" / "html_bench.py")
html_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(html_bench)
CHROMIUM, CHROMEDRIVER = html_bench.CHROMIUM, html_bench.CHROMEDRIVER

pytestmark = pytest.mark.skipif(
    not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()),
    reason="Chromium/ChromeDriver not installed; run `bash scripts/setup-test-system.sh`")

PAYLOAD = '<img src=x onerror="window.__pwned=1">'


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    pytest.importorskip("selenium.webdriver")
    driver = html_bench.chromium_driver(str(tmp_path_factory.mktemp("chromium")), logs=True)
    yield driver
    driver.quit()


def _open(driver, path: Path):
    driver.get_log("browser")
    driver.get_log("performance")
    driver.get(path.resolve().as_uri())
    deadline = time.monotonic() + 30
    while not driver.execute_script("return window.__kgStable === true"):
        assert time.monotonic() < deadline, "the page never finished its layout"
        time.sleep(0.05)


@pytest.fixture(scope="module")
def sample_page(sample_build):
    return sample_build / "graph.html"


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory):
    text = f'قال {PAYLOAD} "href" إنه يدعم <script>window.__pwned=2</script> الاتفاق.'
    i = text.index("يدعم")
    ev = Evidence(article="x1", sentence_index=0, start=0, end=len(text), text=text,
                  trigger="يدعم", trigger_start=i, trigger_end=i + 4)
    g = KnowledgeGraph(
        [Actor(id="evil", name=PAYLOAD, name_en='<a href="javascript:window.__pwned=3">x</a>',
               type="person", aliases=['"href" onclick=window.__pwned=4'], roles=[PAYLOAD]),
         Actor(id="libya", name="ليبيا", type="country")],
        [Triple(article="x1", subject="evil", relation="support", object="libya", evidence=ev)])
    path = tmp_path_factory.mktemp("hostile") / "graph.html"
    write_html(g, path)
    return path


def test_browser_page_makes_no_network_request_and_logs_no_error(browser, sample_page):
    _open(browser, sample_page)
    page_url = sample_page.resolve().as_uri()
    urls = {json.loads(e["message"])["message"]["params"]["request"]["url"]
            for e in browser.get_log("performance")
            if json.loads(e["message"])["message"]["method"] == "Network.requestWillBeSent"}
    # chrome:// is the browser's own start page; everything else must be the page itself.
    outside = {u for u in urls if not u.startswith(("chrome://", "data:")) and u != page_url}
    assert outside == set()
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    errors = [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
    assert errors == []


def test_browser_draws_every_actor_and_collapsed_edge(browser, sample_page, sample_build):
    _open(browser, sample_page)
    g = kg.load(sample_build)
    edges = collapse(g.triple_list)
    drawn = browser.execute_script(
        "return [kg.network.body.nodeIndices.length, kg.network.body.edgeIndices.length,"
        " kg.nodeView.length, kg.edgeView.length, kg.edges.length]")
    asserted = sum(not e.negated for e in edges)
    assert drawn == [len(g.actor_list), asserted, len(g.actor_list), asserted, len(edges)]
    browser.find_element("id", "kg-negated").click()
    assert browser.execute_script("return kg.edgeView.length") == len(edges)


def test_browser_shows_arabic_labels_and_toggles_to_english(browser, sample_page):
    _open(browser, sample_page)
    labels = browser.execute_script("return kg.nodes.get().map(function (n) { return n.label; })")
    assert "روسيا" in labels
    assert browser.execute_script("return document.documentElement.dir") == "rtl"
    browser.find_element("id", "kg-lang").click()
    labels = browser.execute_script("return kg.nodes.get().map(function (n) { return n.label; })")
    assert "Russia" in labels


def test_browser_hostile_names_run_no_script_and_show_as_text(browser, hostile_page):
    _open(browser, hostile_page)
    browser.execute_script("kg.network.selectNodes([0]); kg.showNode(0);")
    assert browser.find_element("css selector", "#kg-panel h3").text == PAYLOAD
    browser.execute_script("kg.showEdge(0);")
    sentence = browser.find_element("css selector", "#kg-panel .kg-sentence").text
    assert PAYLOAD in sentence and "<script>" in sentence
    browser.find_element("id", "kg-search").send_keys("href")
    time.sleep(0.2)
    assert browser.execute_script("return window.__pwned") is None
    assert browser.find_elements("css selector", "#kg-panel img, #kg-results img, a[href]") == []
    errors = [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
    assert errors == []


def test_browser_selecting_an_edge_shows_its_evidence(browser, sample_page, sample_build):
    _open(browser, sample_page)
    g = kg.load(sample_build)
    edge = next(e for e in collapse(g.triple_list) if not e.negated and len(e.triples) > 1) \
        if any(len(e.triples) > 1 for e in collapse(g.triple_list)) else collapse(g.triple_list)[0]
    index = collapse(g.triple_list).index(edge)
    browser.execute_script(
        "kg.network.selectEdges([arguments[0]]);"
        "kg.network.body.emitter.emit('select', {nodes: [], edges: [arguments[0]]});", index)
    items = browser.find_elements("css selector", "#kg-panel .kg-evidence > li")
    assert len(items) == len(edge.triples)
    first = edge.triples[0]
    assert first.article in items[0].find_element("css selector", ".kg-meta").text
    assert items[0].find_element("css selector", ".kg-sentence").text == first.evidence.text
    assert items[0].find_element("css selector", "mark").text == first.evidence.trigger


def test_browser_search_finds_an_actor_by_a_clitic_form(browser, sample_page):
    _open(browser, sample_page)
    box = browser.find_element("id", "kg-search")
    box.send_keys("لروسيا")
    first = browser.find_element("css selector", "#kg-results li")
    assert first.text.startswith("روسيا")
    box.send_keys("\n")
    assert browser.find_element("css selector", "#kg-panel h3").text == "روسيا"
    assert browser.execute_script(
        "return kg.network.getSelectedNodes().map(function (i) { return kg.data.nodes[i].key; })"
    ) == ["russia"]
    assert browser.execute_script("return kg.search('بالولايات المتحدة').length") >= 1


def test_browser_screenshot_of_the_sample_graph(browser, sample_page, tmp_path):
    """A screenshot with one edge's evidence open; written to docs/screenshot.png
    (the README's picture) when KG_UPDATE_SCREENSHOT=1, else to a temp folder."""
    _open(browser, sample_page)
    browser.execute_script(
        "var e = kg.data.edges.reduce(function (a, b) { return b.w > a.w ? b : a; });"
        "kg.network.fit(); kg.network.selectEdges([e.id]); kg.showEdge(e.id);")
    update = os.environ.get("KG_UPDATE_SCREENSHOT") == "1"
    shot = (ROOT / "docs" if update else tmp_path) / "screenshot.png"
    shot.parent.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
