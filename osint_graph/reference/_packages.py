"""Where the reference packages keep their data files, found without importing them.

`searoute` builds its routing graph on import (slow, and not needed: we read only its port
list), and `countryinfo` reads every country file on first use; so the files are located through
the import system's spec, which does not run the package.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path


def package_dir(name: str) -> Path:
    """The folder of an installed package, or FileNotFoundError if it is not installed."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"package {name!r} is not installed (pyproject.toml pins it)")
    return Path(next(iter(spec.submodule_search_locations)))


def package_version(name: str) -> str:
    from importlib.metadata import version

    return version(name)
