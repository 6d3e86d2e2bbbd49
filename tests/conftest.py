"""Shared fixtures: paths, the shared evaluation data (skipped where absent), and built graphs."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SEED = ROOT / "seeds" / "shenhe-2022.txt"
SHARED = ROOT.parent / "shared"
MINI = DATA / "mini-report.txt"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval" / "score.py").is_file():
        pytest.skip("the shared evaluation folder (../shared) is not present")
    return SHARED


@pytest.fixture(scope="session")
def corpus(shared: Path) -> Path:
    path = shared / "corpus"
    if not (path / "manifest.jsonl").is_file():
        pytest.skip("the shared corpus (../shared/corpus) is not present")
    return path


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seed report built once for the session (Turtle and HTML)."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seed")
    return build([SEED], out)


@pytest.fixture(scope="session")
def mini_document():
    from kg.pipeline import extract, read_report

    return extract(read_report(MINI))
