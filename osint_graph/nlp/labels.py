"""Our entity labels: the graph's entity types and the spaCy labels that carry them in `doc.ents`.

A leaf module (it imports nothing of ours), so that every component can name the labels without
importing the pipeline that assembles them.
"""

from __future__ import annotations

LABEL_OF_TYPE = {
    "Vessel": "VESSEL",
    "Port": "PORT",
    "Person": "PERSON",
    "Organization": "ORG",
    "Outlet": "OUTLET",
    "Country": "COUNTRY",
    "Location": "LOCATION",
    "Weapon": "WEAPON",
}
OUR_LABELS = tuple(LABEL_OF_TYPE.values())
TYPE_OF_LABEL = {v: k for k, v in LABEL_OF_TYPE.items()}
