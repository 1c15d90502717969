"""Shared fixtures. Keep this file small; add fixtures by appending."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """Our spaCy pipeline (model + osint rule components, without the claims component and without
    the learned entity filter: the tests that use it test the rules; tests/test_entity_filter.py
    tests the filter)."""
    from osint_graph.nlp.pipeline import build_pipeline

    return build_pipeline(claims=False, entity_filter=False)


@pytest.fixture(scope="session")
def extractor():
    """An Extractor over that pipeline."""
    from osint_graph.nlp import Extractor

    return Extractor(claims=False, entity_filter=False)


@pytest.fixture(scope="session")
def claims_extractor():
    """The full Extractor, claims component included (its absence is a failure, not a skip)."""
    from osint_graph.nlp import Extractor

    extractor = Extractor()
    assert "osint_claims" in extractor.nlp.pipe_names
    return extractor


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article's text as read, from the repository's copy (sources/articles/000_seed_*.md).

    The copy's body is the seed verbatim; reading it from the repository keeps the tests
    independent of where the shared seeds folder lies.
    """
    from osint_graph.ingest import Reader
    from osint_graph.resources import sources_dir

    [path] = sorted((sources_dir() / "articles").glob("000_seed_*.md"))
    [article] = Reader().read([path])
    return article.text
