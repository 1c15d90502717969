"""The saved query library: one Cypher query a file, its purpose and parameters in a header.

Header lines (`//` comments before the first Cypher line):
    // <description, one or more lines>
    // param NAME: what it is                (required)
    // param NAME = "default": what it is    (optional, with a default)

Portability (both LadybugDB and Neo4j run every query; tests/test_store_parity.py checks):
LadybugDB cannot read a `$parameter` inside a list predicate such as `any(x IN ... WHERE ...)`,
so queries bind such parameters first: `WITH toLower($name) AS want_name MATCH ...`.
No `type(r)`, `labels(n)`, map projections or list comprehensions; `end` is a reserved word.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

_PARAM_RE = re.compile(r"^param\s+(\w+)\s*(?:=\s*(.+?))?\s*:\s*(.*)$")


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    description: str
    default: Any = None
    required: bool = True


@dataclass(frozen=True, slots=True)
class SavedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    cypher: str

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """Parameters for a run: defaults filled in; a missing or unknown one is an error."""
        known = {p.name for p in self.params}
        unknown = sorted(set(given) - known)
        if unknown:
            takes = ", ".join(sorted(known)) or "none"
            raise ValueError(f"query {self.name!r} has no parameter {', '.join(unknown)} (it takes: {takes})")
        bound = {}
        for p in self.params:
            if p.name in given:
                bound[p.name] = given[p.name]
            elif p.required:
                raise ValueError(f"query {self.name!r} needs --param {p.name}=... ({p.description})")
            else:
                bound[p.name] = p.default
        return bound


def parse_saved_query(name: str, text: str) -> SavedQuery:
    description: list[str] = []
    params: list[Param] = []
    body: list[str] = []
    in_header = True
    for line in text.splitlines():
        stripped = line.strip()
        if in_header and stripped.startswith("//"):
            content = stripped[2:].strip()
            match = _PARAM_RE.match(content)
            if match:
                pname, default, pdesc = match.groups()
                params.append(
                    Param(pname, pdesc, json.loads(default) if default is not None else None, default is None)
                )
            elif content:
                description.append(content)
            continue
        in_header = False
        body.append(line)
    cypher = "\n".join(body).strip()
    if not cypher:
        raise ValueError(f"saved query {name!r} has no Cypher")
    return SavedQuery(name, " ".join(description), tuple(params), cypher)


def saved_queries() -> dict[str, SavedQuery]:
    """Every saved query by name (the file name without .cypher), sorted."""
    folder = resources.files(__package__)
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            name = entry.name.removesuffix(".cypher")
            found[name] = parse_saved_query(name, entry.read_text(encoding="utf-8"))
    return found


def get_saved_query(name: str) -> SavedQuery:
    queries = saved_queries()
    if name not in queries:
        raise KeyError(f"no saved query {name!r}; `osint-graph queries` lists them: {', '.join(queries)}")
    return queries[name]
