"""The pydantic models and the JSON Schema files generated from them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

import kg
from kg.schema import Evidence, Relation, Triple

ROOT = Path(__file__).resolve().parent.parent


def test_schema_relations_are_the_ontology():
    assert {r.value for r in Relation} == {
        "visit", "host", "meet", "agree", "cooperate", "support", "appoint", "congratulate",
        "oppose", "ally", "affiliated_with", "family"}


def test_schema_files_do_not_drift():
    for name, text in kg.schemas().items():
        path = ROOT / "schemas" / f"{name}.schema.json"
        assert path.read_text("utf-8") == text, f"run 'kg schema --out schemas' ({path.name})"


def test_schema_validation_error_names_field_and_value():
    ev = Evidence(article="a", sentence_index=0, start=0, end=1, text="x")
    with pytest.raises(ValidationError) as info:
        Triple(article="a", subject="x", relation="visits", object="y", evidence=ev)
    assert "relation" in str(info.value) and "visits" in str(info.value)


def test_schema_every_built_triple_validates_against_the_json_schema(sample_build):
    from jsonschema import validate

    schema = json.loads((ROOT / "schemas" / "triple.schema.json").read_text("utf-8"))
    lines = (sample_build / "triples.jsonl").read_text("utf-8").splitlines()
    assert lines
    for line in lines:
        validate(json.loads(line), schema)
