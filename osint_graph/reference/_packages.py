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


def rule_word_list(name: str) -> tuple[str, ...]:
    """The entries of `sources/rules/<name>.txt` (format: sources/README.md, "rules/").

    The same reading as `osint_graph.nlp.rules.word_list`, which cannot be imported here without
    importing spaCy through `osint_graph.nlp` (seconds): the reference data loads without it.
    """
    from osint_graph.resources import sources_dir

    path = sources_dir() / "rules" / f"{name}.txt"
    if not path.is_file():
        raise FileNotFoundError(f"rule file {path} not found (asked for {name!r})")
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line)
