"""A build over messy input: every file accounted for in report.json, the
documented exit code, pinned usage errors, and outputs that survive a kill."""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

import kg
from kg.cli import main

sys.path.insert(0, str(Path(__file__).parent / "data"))
import make_bad_corpus as bad  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def bad_corpus(tmp_path, monkeypatch) -> Path:
    """tests/data/bad_corpus plus the generated cases; the unreadable file is
    denied by a patched ``open`` when the tests run as root."""
    d = tmp_path / "bad_corpus"
    shutil.copytree(bad.HERE, d)
    bad.add_generated_cases(d)
    if os.geteuid() == 0:
        real_open = open

        def deny(file, *a, **k):
            if str(file).endswith("error_unreadable.txt"):
                raise PermissionError(errno.EACCES, "Permission denied")
            return real_open(file, *a, **k)

        monkeypatch.setattr("kg.corpus.open", deny, raising=False)
    return d


def test_reliability_committed_bad_corpus_is_up_to_date(tmp_path):
    bad.write_committed(tmp_path)
    for name in bad.COMMITTED:
        assert (tmp_path / name).read_bytes() == (bad.HERE / name).read_bytes(), (
            f"run python tests/data/make_bad_corpus.py ({name})")


def test_reliability_bad_corpus_every_file_has_its_report_entry(bad_corpus):
    graph, report = kg.build_graph([bad_corpus], workers=1)
    entries = {Path(f.path).name: f for f in report.files}
    assert sorted(entries) == sorted(bad.EXPECTED)  # every file once, the folder loop not followed
    for name, (status, code, reason) in bad.EXPECTED.items():
        f = entries[name]
        assert (f.status, f.code, f.reason) == (status, code, reason), name
        if name in bad.ENCODINGS:
            assert f.encoding == bad.ENCODINGS[name], name
        if status == "ok":
            assert f.article == Path(name).stem
            assert f.bytes == (bad_corpus / name).stat().st_size
        else:
            assert f.triples == 0 and f.article is None
    assert entries["skip_too_large.txt"].bytes == 20_500_000
    # the same article in every encoding gives the same triples
    n = {name: entries[name].triples for name in bad.ENCODINGS if name.startswith("ok_")}
    assert len(set(n.values())) == 1 and n["ok_utf8.txt"] >= 3, n
    assert report.articles == sum(s == "ok" for s, _, _ in bad.EXPECTED.values())


def test_reliability_bad_corpus_cli_exit_code_and_summary(bad_corpus, tmp_path):
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["build", str(bad_corpus), "--out", str(out), "-j", "1"])
    assert res.exit_code == 1, res.output
    report = json.loads((out / "report.json").read_text("utf-8"))
    errors = sum(f["status"] == "error" for f in report["files"])
    skipped = sum(f["status"] == "skipped" for f in report["files"])
    assert errors == 4 and skipped == 11
    assert (f"{report['articles']} articles read (0 reused, {skipped} skipped, {errors} errors)"
            in res.output)
    assert f"Error: 4 files could not be read; see {out}/report.json." in res.output
    assert "Traceback" not in res.output


def test_reliability_max_bytes_flag_raises_the_limit(tmp_path):
    (tmp_path / "a.txt").write_text(bad.ARTICLE * 10, "utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--out", str(out),
                                    "--max-bytes", "1000"])
    assert res.exit_code == 3, res.output
    assert "Error: no file could be read as an article" in res.output
    entry = json.loads((out / "report.json").read_text("utf-8"))["files"][0]
    assert entry["code"] == "too_large" and "--max-bytes" in entry["reason"]
    res = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--out", str(out),
                                    "--max-bytes", "100000"])
    assert res.exit_code == 0, res.output


def test_reliability_only_skipped_files_exit_3(tmp_path):
    (tmp_path / "en.txt").write_text("No Arabic here.", "utf-8")
    (tmp_path / "e.txt").write_bytes(b"")
    res = CliRunner().invoke(main, ["build", str(tmp_path), "--out", str(tmp_path / "o")])
    assert res.exit_code == 3
    assert "0 articles read (0 reused, 2 skipped, 0 errors)" in res.output


def test_reliability_all_ok_exits_0(tmp_path):
    (tmp_path / "a.txt").write_text(bad.ARTICLE, "utf-8")
    res = CliRunner().invoke(main, ["build", str(tmp_path), "--out", str(tmp_path / "o")])
    assert res.exit_code == 0 and "Error" not in res.output


def test_reliability_an_extractor_crash_is_one_file_error(tmp_path, monkeypatch):
    from kg.extract import RuleExtractor

    real = RuleExtractor.extract

    def crash_on_b(self, article):
        if article.id == "b":
            raise ValueError("boom")
        return real(self, article)

    monkeypatch.setattr(RuleExtractor, "extract", crash_on_b)
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text(bad.ARTICLE, "utf-8")
    _, report = kg.build_graph([tmp_path], workers=1)
    assert [f.status for f in report.files] == ["ok", "error", "ok"]
    assert report.files[1].code == "extractor_failed"
    assert report.files[1].reason == ("the extractor failed on this file (ValueError: boom); "
                                      "please report it with the file")


# -- usage errors: pinned texts ----------------------------------------------

def _last_error(res) -> str:
    """The error line (stderr may first hold a note, e.g. which backend runs)."""
    return res.stderr.strip().splitlines()[-1]


def test_reliability_missing_corpus_message(tmp_path):
    res = CliRunner().invoke(main, ["build", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert res.exit_code == 2
    assert _last_error(res) == (f"Error: [KG101] no such file or folder: {str(tmp_path / 'nope')!r}. "
                          "Check the path, or give a folder of .txt articles.")


def test_reliability_no_matching_files_message(tmp_path):
    (tmp_path / "a.md").write_text("x")
    res = CliRunner().invoke(main, ["build", str(tmp_path), "--out", str(tmp_path / "o")])
    assert res.exit_code == 2
    assert _last_error(res) == (f"Error: [KG102] no files matching '*.txt' in {tmp_path}. "
                          "Use --pattern to choose other files (e.g. --pattern '*.md').")


def test_reliability_out_is_a_file_message(tmp_path):
    (tmp_path / "a.txt").write_text(bad.ARTICLE, "utf-8")
    f = tmp_path / "file"
    f.write_text("x")
    res = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--out", str(f)])
    assert res.exit_code == 2
    assert _last_error(res) == (f"Error: [KG202] output path {str(f)!r} is a file; "
                          "give a folder with --out.")


def test_reliability_out_under_a_file_message(tmp_path):
    (tmp_path / "a.txt").write_text(bad.ARTICLE, "utf-8")
    (tmp_path / "file").write_text("x")
    out = tmp_path / "file" / "out"
    res = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--out", str(out)])
    assert res.exit_code == 2
    assert _last_error(res) == (f"Error: [KG202] cannot create output folder {str(out)!r} "
                          "(Not a directory); choose another with --out.")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write everywhere")
def test_reliability_out_not_writable_message(tmp_path):
    (tmp_path / "a.txt").write_text(bad.ARTICLE, "utf-8")
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o500)
    res = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--out", str(out)])
    assert res.exit_code == 2
    assert _last_error(res) == (f"Error: [KG202] output folder {str(out)!r} is not writable; "
                          "choose another with --out.")


# -- nothing half-written ----------------------------------------------------

def _synthetic_corpus(folder: Path, n: int, variant: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    articles = sorted((ROOT / "corpus").glob("*.txt"))
    for i in range(n):
        text = articles[i % len(articles)].read_text("utf-8")
        (folder / f"{variant}_{i:04d}.txt").write_text(f"{text}\nالخبر رقم {i}.\n", "utf-8")


def _check_outputs(out: Path) -> dict[str, bytes]:
    """Every output parses; returns their bytes."""
    files = {name: (out / name).read_bytes() for name in kg.pipeline.OUTPUT_FILES}
    for name in ("triples.jsonl", "actors.jsonl", "merges.jsonl"):
        for line in files[name].decode("utf-8").splitlines():
            json.loads(line)
    json.loads(files["report.json"])
    nx.read_graphml(out / "graph.graphml")
    assert files["graph.html"].rstrip().endswith(b"</html>")
    return files


def test_reliability_killed_build_leaves_whole_outputs(tmp_path):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    _synthetic_corpus(corpus, 5, "old")
    assert CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "-q"]).exit_code == 0
    before = _check_outputs(out)
    _synthetic_corpus(corpus, 300, "new")  # a bigger corpus: a longer build to kill
    cmd = [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "-q", "-j", "2"]
    # kill at several moments: during extraction, and as soon as a temp file shows up
    for delay in (0.5, None):
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        t0 = time.monotonic()
        while proc.poll() is None and time.monotonic() - t0 < 120:
            if delay is not None and time.monotonic() - t0 >= delay:
                break
            if delay is None and any(p.name.endswith(".tmp") for p in out.iterdir()):
                break
            time.sleep(0.001)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        now = _check_outputs(out)
        if delay is not None:
            assert now == before, "outputs changed by a build killed during extraction"
    with sqlite3.connect(out / kg.pipeline.STORE_FILE) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # a re-build after the kills finishes and gives what a clean build gives
    res = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "-q"])
    assert res.exit_code == 0, res.output
    clean = tmp_path / "clean"
    assert CliRunner().invoke(main, ["build", str(corpus), "--out", str(clean), "-q"]).exit_code == 0
    for name in kg.pipeline.OUTPUT_FILES:
        assert (out / name).read_bytes() == (clean / name).read_bytes(), name


def test_reliability_bad_corpus_report_is_the_same_for_any_worker_count(bad_corpus, tmp_path):
    if os.geteuid() == 0:  # the patched open does not reach worker processes
        (bad_corpus / "error_unreadable.txt").unlink()
    reports = []
    for j in ("1", "3"):
        out = tmp_path / f"out{j}"
        CliRunner().invoke(main, ["build", str(bad_corpus), "--out", str(out), "-j", j])
        reports.append((out / "report.json").read_bytes())
    assert reports[0] == reports[1]
