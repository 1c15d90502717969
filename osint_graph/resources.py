"""Where the ontology and the sources data live, installed or in a checkout.

In a checkout they are the top-level `ontology/` and `sources/` folders; in an
installed wheel they are copied into `osint_graph/_data/` (see pyproject.toml).
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The folder `ontology` or `sources`, from a checkout first, else the wheel's copy."""
    for candidate in (PACKAGE_DIR.parent / name, PACKAGE_DIR / "_data" / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"osint-graph data folder {name!r} not found (looked beside and inside the package)")


def ontology_path() -> Path:
    return data_dir("ontology") / "osint.ttl"


def shapes_path() -> Path:
    return data_dir("ontology") / "shapes.ttl"


def sources_dir() -> Path:
    return data_dir("sources")
