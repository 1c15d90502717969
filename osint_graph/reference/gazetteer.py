"""The gazetteer of a sources folder plus the reference data: what the NLP side switches to.

`osint_graph.gazetteer.load_gazetteer` reads the hand rows only; `load_reference_gazetteer`
adds every ISO country, the port list with UN/LOCODEs and the GeoNames cities, merged with the
hand rows (`merge.with_reference`). It lives here, not in `osint_graph.gazetteer`, so that the
reference package may use the gazetteer's records without an import cycle.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from osint_graph.gazetteer import FILES, Gazetteer, read_entries
from osint_graph.reference.merge import with_reference


def _folder(path: str | Path | None) -> Path | None:
    if path is not None:
        return Path(path).resolve()
    from osint_graph.resources import sources_dir

    try:
        return sources_dir().resolve()
    except FileNotFoundError:
        return None


def _stamp(folder: Path | None) -> tuple:
    """The hand files' modification times: a changed file is read again, as `load_gazetteer` does."""
    if folder is None:
        return ()
    return tuple((rel, (folder / rel).stat().st_mtime_ns if (folder / rel).is_file() else None) for rel in FILES)


def load_reference_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """The hand rows of a sources folder (default: the project's) merged with the reference data, cached."""
    folder = _folder(path)
    return _load(str(folder) if folder else None, _stamp(folder))


@lru_cache(maxsize=4)
def _load(folder: str | None, stamp: tuple) -> Gazetteer:
    return Gazetteer(with_reference(read_entries(Path(folder)) if folder else ()))
