"""Our entity types and the spaCy labels that carry them in `doc.ents`, read from
`sources/rules/common/entity_types.csv`.

Columns: `type` (the graph's entity type), `label` (its spaCy label), `priority` (the order that
decides between gazetteer entries sharing a name when neither the context nor the model's label
does), `model_org_order` (the order in which the types a model ORG may be are tried against the
sources), `context_priority` (which type osint_context_rules keeps when two of its rules find
overlapping names: lower first).  A leaf module (it imports only the rule loader), so that every component can name the
labels without importing the pipeline that assembles them.
"""

from __future__ import annotations

from osint_graph.nlp.rules import table

_ROWS = table("common/entity_types")

LABEL_OF_TYPE = {row["type"]: row["label"] for row in _ROWS}
OUR_LABELS = tuple(LABEL_OF_TYPE.values())
TYPE_OF_LABEL = {v: k for k, v in LABEL_OF_TYPE.items()}
TYPE_PRIORITY = tuple(row["type"] for row in sorted(_ROWS, key=lambda row: int(row["priority"])))
MODEL_ORG_TYPES = tuple(row["type"] for row in sorted(_ROWS, key=lambda row: int(row["model_org_order"])))
CONTEXT_PRIORITY = {row["type"]: int(row["context_priority"]) for row in _ROWS}
