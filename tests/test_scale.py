"""Scale: parallel, incremental and Dask builds give the bytes of a plain build."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

import kg
from kg.pipeline import OUTPUT_FILES, STORE_FILE

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture()
def small_corpus(tmp_path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    for f in sorted(CORPUS.glob("*.txt"))[:4]:
        shutil.copy(f, d / f.name)
    return d


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUT_FILES}


def _stored_articles(out: Path) -> list[str]:
    db = sqlite3.connect(out / STORE_FILE)
    try:
        return sorted(r[0] for r in db.execute("SELECT article FROM articles"))
    finally:
        db.close()


def test_scale_two_workers_give_the_bytes_of_one(small_corpus, tmp_path):
    kg.build([small_corpus], out=tmp_path / "one", workers=1)
    kg.build([small_corpus], out=tmp_path / "two", workers=2)
    assert _outputs(tmp_path / "one") == _outputs(tmp_path / "two")


def test_scale_rebuild_with_nothing_changed_reuses_everything(small_corpus, tmp_path):
    out = tmp_path / "out"
    _, first = kg.build([small_corpus], out=out, workers=1)
    before = _outputs(out)
    _, again = kg.build([small_corpus], out=out, workers=1)
    assert (first.reused, again.reused) == (0, 4)
    assert _outputs(out) == before


def test_scale_rebuild_extracts_a_changed_article_and_drops_a_removed_one(small_corpus,
                                                                          tmp_path):
    out = tmp_path / "out"
    kg.build([small_corpus], out=out, workers=1)
    files = sorted(small_corpus.glob("*.txt"))
    files[0].unlink()
    files[1].write_text(files[1].read_text("utf-8") + "\nزار أردوغان روسيا.\n", "utf-8")
    _, report = kg.build([small_corpus], out=out, workers=1)
    assert report.reused == 2
    assert _stored_articles(out) == sorted(f.stem for f in files[1:])
    kg.build([small_corpus], out=tmp_path / "fresh", workers=1, incremental=False)
    assert _outputs(out) == _outputs(tmp_path / "fresh")
    assert any(t.article == files[1].stem and t.object == "russia"
               and "أردوغان" in t.evidence.text for t in kg.build_graph([files[1]])[0].triple_list)


def test_scale_an_extractor_version_change_invalidates_the_store(small_corpus, tmp_path,
                                                                 monkeypatch):
    out = tmp_path / "out"
    kg.build([small_corpus], out=out, workers=1)
    from kg.extract import RuleExtractor
    import kg.pipeline as pipeline

    real_init = RuleExtractor.__init__

    def new_lexicon(self, lexicon=None):
        real_init(self, lexicon)
        self.version += "-lexicon-edited"

    monkeypatch.setattr(RuleExtractor, "__init__", new_lexicon)
    monkeypatch.setattr(pipeline, "_EXTRACTORS", {})
    _, report = kg.build([small_corpus], out=out, workers=1)
    assert report.reused == 0
    db = sqlite3.connect(out / STORE_FILE)
    versions = {r[0] for r in db.execute("SELECT DISTINCT extractor FROM articles")}
    db.close()
    assert len(versions) == 1 and "-lexicon-edited" in versions.pop()


def test_scale_a_store_killed_mid_write_stays_consistent(tmp_path):
    from kg.store import ArticleStore, StoredArticle

    path = tmp_path / "kg.sqlite"
    rows = [StoredArticle(f"k{i}", "v", f"p{i}", f"a{i}", "utf-8", 0, "{}") for i in range(3)]
    with ArticleStore(path) as store:
        store.put(rows[:1])
        broken = StoredArticle("k9", "v", "p9", "a9", "utf-8", 0, None)  # NOT NULL
        with pytest.raises(sqlite3.IntegrityError):
            store.put(rows[1:] + [broken])  # fails half-way through the transaction
        assert len(store) == 1


@pytest.mark.parametrize("processes", [False, True])
def test_scale_dask_local_cluster_gives_the_bytes_of_a_local_build(small_corpus, tmp_path,
                                                                   processes):
    distributed = pytest.importorskip("distributed")
    kg.build([small_corpus], out=tmp_path / "local", workers=1)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=processes,
                                  dashboard_address=None) as cluster:
        _, report = kg.build([small_corpus], out=tmp_path / "dask",
                             dask=cluster.scheduler_address)
    assert report.articles == 4
    assert _outputs(tmp_path / "local") == _outputs(tmp_path / "dask")


def test_cli_build_workers_and_summary_says_reused(small_corpus, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    runner = CliRunner()
    out = tmp_path / "out"
    res = runner.invoke(main, ["build", str(small_corpus), "--out", str(out), "-j", "2"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["build", str(small_corpus), "--out", str(out), "--workers", "1"])
    assert res.exit_code == 0
    assert "4 articles read (4 reused," in res.output
    res = runner.invoke(main, ["build", str(small_corpus), "--out", str(out), "--workers", "0"])
    assert res.exit_code == 2


def _inodes(out: Path) -> dict[str, int]:
    return {name: (out / name).stat().st_ino for name in OUTPUT_FILES}


def test_scale_rebuild_with_nothing_changed_leaves_the_outputs_alone(small_corpus, tmp_path):
    out = tmp_path / "out"
    g1, first = kg.build([small_corpus], out=out, workers=1)
    inodes = _inodes(out)
    g2, again = kg.build([small_corpus], out=out, workers=1)
    assert _inodes(out) == inodes  # not re-written (atomic_write would give new inodes)
    assert again.reused == 4
    assert [f.model_copy(update={"seconds": 0.0}) for f in first.files] == again.files
    assert (again.articles, again.actors, again.triples) == (first.articles, first.actors,
                                                             first.triples)
    assert g2.triple_list == g1.triple_list and g2.actor_list == g1.actor_list
    assert g2.graph.number_of_edges() == g1.graph.number_of_edges()


@pytest.mark.parametrize("damage", ["delete", "edit"])
def test_scale_rebuild_restores_a_damaged_output(small_corpus, tmp_path, damage):
    out = tmp_path / "out"
    kg.build([small_corpus], out=out, workers=1)
    before = _outputs(out)
    if damage == "delete":
        (out / "graph.html").unlink()
    else:
        (out / "triples.jsonl").write_text("{}\n", "utf-8")
    _, again = kg.build([small_corpus], out=out, workers=1)
    assert again.reused == 4
    assert _outputs(out) == before


def test_scale_rebuild_rewrites_outputs_when_kg_changes(small_corpus, tmp_path, monkeypatch):
    import kg.pipeline as pipeline

    out = tmp_path / "out"
    kg.build([small_corpus], out=out, workers=1)
    inodes = _inodes(out)
    monkeypatch.setattr(pipeline, "_output_code_version", lambda: "a new kg")
    kg.build([small_corpus], out=out, workers=1)
    assert all(_inodes(out)[name] != inodes[name] for name in OUTPUT_FILES)


def test_scale_outputs_get_the_mode_of_the_umask(small_corpus, tmp_path):
    old = os.umask(0o027)
    try:
        kg.build([small_corpus], out=tmp_path / "out", workers=1)
    finally:
        os.umask(old)
    modes = {name: stat.S_IMODE((tmp_path / "out" / name).stat().st_mode)
             for name in OUTPUT_FILES}
    assert modes == {name: 0o640 for name in OUTPUT_FILES}
