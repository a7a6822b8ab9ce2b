"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).parents[1] / ".." / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The project's spaCy pipeline, as ``pipeline.nlp.load_nlp()`` builds it."""
    from pipeline.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ``../shared`` folder; skips the test when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"shared data folder {SHARED.resolve()} is absent")
    return SHARED
