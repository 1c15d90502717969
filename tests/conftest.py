"""Shared fixtures. Keep this file small; add fixtures by appending."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """Our spaCy pipeline (model + osint components, without the claims component)."""
    from osint_graph.nlp.pipeline import build_pipeline

    return build_pipeline(claims=False)


@pytest.fixture(scope="session")
def extractor():
    """An Extractor over that pipeline."""
    from osint_graph.nlp import Extractor

    return Extractor(claims=False)
