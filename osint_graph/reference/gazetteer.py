"""The gazetteer of a sources folder plus the reference data, by its older name.

`osint_graph.gazetteer.load_gazetteer` now merges the reference data by default (every ISO
country, the port list with UN/LOCODEs, the GeoNames cities; `merge.with_reference`);
`load_reference_gazetteer` is kept for callers that want to say so.
"""

from __future__ import annotations

from pathlib import Path

from osint_graph.gazetteer import Gazetteer, load_gazetteer


def load_reference_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """The hand rows of a sources folder (default: the project's) merged with the reference data, cached."""
    return load_gazetteer(path, reference=True)
