"""First-draw time of graph.html in headless Chromium for synthetic graphs.

``first_draw_seconds(n_nodes, n_edges)`` builds a random graph with Arabic
names and one evidence sentence per triple, renders it with
``kg.render.render_html``, opens the file in headless Chromium and returns the
time from navigation start to vis-network's first ``afterDrawing`` (the page
records it in ``window.__kgFirstDraw``). Python render time is not included;
``python bench/html_bench.py`` prints it beside.

Example:

    python bench/html_bench.py
"""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from pathlib import Path

from kg.graph import KnowledgeGraph
from kg.render import render_html
from kg.schema import Actor, ActorType, Evidence, Relation, Triple

__all__ = ["first_draw_seconds", "synthetic_graph"]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
_SYLLABLES = ["ال", "مر", "سا", "كو", "بي", "نا", "رو", "تو", "لي", "جا", "دي", "فا", "قو", "هي"]


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 0) -> KnowledgeGraph:
    """A random graph: power-law-ish degrees, Arabic names, one triple per edge
    spread over ``n_edges // 5`` articles."""
    rng = random.Random(seed)
    types = list(ActorType)
    relations = list(Relation)
    actors = [Actor(id=f"a{i}", name="".join(rng.choices(_SYLLABLES, k=3)) + f" {i}",
                    name_en=f"Actor {i}", type=types[i % len(types)])
              for i in range(n_nodes)]
    weights = [1 / (i + 1) ** 0.6 for i in range(n_nodes)]
    triples = []
    base = "قال المتحدث إن الطرفين بحثا سبل التعاون في مجالات عدة خلال الزيارة الرسمية."
    ends = rng.choices(range(n_nodes), weights=weights, k=2 * n_edges)
    for k in range(n_edges):
        s, o = ends[2 * k], ends[2 * k + 1]
        if s == o:
            o = (o + 1) % n_nodes
        sentence = f"{base} ({k})"  # distinct sentences, as in real news
        ev = Evidence(article=f"art{k // 5}", sentence_index=0, start=0, end=len(sentence),
                      text=sentence, trigger="التعاون", trigger_start=30, trigger_end=37)
        triples.append(Triple.model_construct(
            article=f"art{k // 5}", subject=f"a{s}", relation=rng.choice(relations),
            object=f"a{o}", negated=False, hypothetical=rng.random() < 0.05, role=None,
            domain=None, location=None, date=None, evidence=ev))
    return KnowledgeGraph(actors, triples)


def chromium_driver(user_data_dir: str | None = None, logs: bool = False):
    """Headless Debian Chromium under Selenium, with the flags this machine needs
    (no background networking, a fresh profile). The browser tests use it too."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    profile = user_data_dir or tempfile.mkdtemp(prefix="kg-chromium-")
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--window-size=1400,900",
                f"--user-data-dir={profile}"):
        opts.add_argument(arg)
    if logs:
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)




def first_draw_seconds(n_nodes: int, n_edges: int) -> float:
    """Seconds from navigation start to the first drawn frame of the page of a
    synthetic ``n_nodes``/``n_edges`` graph in headless Chromium."""
    page = render_html(synthetic_graph(n_nodes, n_edges))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.html"
        path.write_text(page, "utf-8")
        driver = chromium_driver()
        try:
            driver.set_page_load_timeout(120)
            driver.get(path.as_uri())
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                ms = driver.execute_script("return window.__kgFirstDraw || null")
                if ms is not None:
                    return ms / 1000
                time.sleep(0.05)
            raise TimeoutError(f"no first draw within 120 s for {n_nodes} nodes")
        finally:
            driver.quit()


def main() -> None:
    for n, m in ((2_000, 6_000), (20_000, 60_000)):
        g = synthetic_graph(n, m)
        t0 = time.perf_counter()
        size = len(render_html(g).encode("utf-8"))
        render_s = time.perf_counter() - t0
        draw = first_draw_seconds(n, m)
        print(f"{n:>6} nodes {m:>6} edges: render_html {render_s:.2f} s ({size / 1e6:.1f} MB), "
              f"first draw in Chromium {draw:.2f} s")


if __name__ == "__main__":
    main()
