"""Shared fixtures: the sample corpus, the dev gold, and one build of it."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "tests" / "data" / "gold"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return GOLD


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory) -> Path:
    """One real build of the sample corpus, shared by the tests that read it."""
    import kg

    out = tmp_path_factory.mktemp("build")
    kg.build([CORPUS], out=out)
    return out
