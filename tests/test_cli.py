"""The kg command through click's CliRunner, checked through the Python API."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner

import kg
from kg.cli import main


@pytest.fixture()
def runner():
    return CliRunner()


def test_cli_build_writes_every_output(runner, corpus_dir, tmp_path):
    res = runner.invoke(main, ["build", str(corpus_dir), "--out", str(tmp_path)])
    assert res.exit_code == 0, res.output
    for name in ("triples.jsonl", "actors.jsonl", "merges.jsonl", "graph.graphml",
                 "graph.html", "report.json"):
        assert (tmp_path / name).stat().st_size > 0, name
    assert "5 articles read" in res.output
    report = json.loads((tmp_path / "report.json").read_text("utf-8"))
    assert [f["status"] for f in report["files"]] == ["ok"] * 5


def test_cli_build_ends_point_to_actors(sample_build):
    actors = {json.loads(x)["id"] for x in (sample_build / "actors.jsonl").open(encoding="utf-8")}
    for line in (sample_build / "triples.jsonl").open(encoding="utf-8"):
        t = json.loads(line)
        assert t["subject"] in actors and t["object"] in actors


def test_cli_build_outputs_are_utf8_sorted_and_reproducible(runner, corpus_dir, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        assert runner.invoke(main, ["build", str(corpus_dir), "--out", str(out), "-q"]).exit_code == 0
    for name in ("triples.jsonl", "actors.jsonl", "graph.graphml", "report.json", "graph.html"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    first = (a / "triples.jsonl").read_text("utf-8").splitlines()[0]
    assert "\\u" not in first
    assert list(json.loads(first)) == sorted(json.loads(first))


def test_cli_graphml_reads_back_with_networkx(sample_build):
    g = nx.read_graphml(sample_build / "graph.graphml")
    lines = (sample_build / "triples.jsonl").read_text("utf-8").splitlines()
    assert g.number_of_edges() == len(lines)
    rel = {d["relation"] for _, _, d in g.edges(data=True)}
    assert {"affiliated_with", "meet"} <= rel


def test_cli_extract_prints_json_lines(runner, corpus_dir):
    res = runner.invoke(main, ["extract", str(corpus_dir / "003_a1903ce93b64fa12.txt")])
    assert res.exit_code == 0
    rows = [json.loads(x) for x in res.output.splitlines()]
    assert rows and all(r["article"] == "003_a1903ce93b64fa12" for r in rows)
    assert all(r["evidence"]["text"] for r in rows)


def test_cli_evaluate_prints_scores(runner, sample_build, gold_dir):
    res = runner.invoke(main, ["evaluate", str(sample_build / "triples.jsonl"), str(gold_dir)])
    assert res.exit_code == 0
    assert res.output.startswith("strict ")
    assert "lenient" in res.output and "affiliated_with" in res.output


def test_cli_schema_writes_files(runner, tmp_path):
    res = runner.invoke(main, ["schema", "--out", str(tmp_path)])
    assert res.exit_code == 0
    assert json.loads((tmp_path / "triple.schema.json").read_text("utf-8"))["title"] == "Triple"


def test_cli_missing_corpus_is_a_usage_error(runner, tmp_path):
    res = runner.invoke(main, ["build", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert res.exit_code == 2
    assert "[KG101] no such file or folder" in res.output


def test_cli_out_that_is_a_file_is_a_usage_error(runner, corpus_dir, tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    res = runner.invoke(main, ["build", str(corpus_dir), "--out", str(f)])
    assert res.exit_code == 2
    assert "is a file" in res.output


def test_cli_unknown_extractor_lists_known_ones(runner, corpus_dir, tmp_path):
    res = runner.invoke(main, ["build", str(corpus_dir), "--out", str(tmp_path), "--extractor", "x"])
    assert res.exit_code == 2
    assert "known extractors: rules" in res.output


def test_cli_every_command_has_help_with_an_example(runner):
    for name, cmd in main.commands.items():
        res = runner.invoke(main, [name, "--help"])
        assert res.exit_code == 0
        assert "Example:" in res.output, name


def test_cli_api_build_returns_the_same_graph(corpus_dir, sample_build):
    g, report = kg.build_graph([corpus_dir])
    lines = (sample_build / "triples.jsonl").read_text("utf-8").splitlines()
    assert len(g.triple_list) == len(lines) == report.triples
