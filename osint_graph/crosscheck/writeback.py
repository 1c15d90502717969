"""Write-back: the cross-check's results replace the previous ones in the store, so a re-run changes nothing."""

from __future__ import annotations

from osint_graph.crosscheck.check import CrossCheck, cross_check
from osint_graph.crosscheck.records import read_claims
from osint_graph.crosscheck.settings import Settings
from osint_graph.store.base import GraphBatch, GraphStore, Rel

RESULT_LABELS = ["Proposition"]
RESULT_REL_TYPES = ["GROUPS", "CORROBORATES", "CONFLICTS_WITH", "DENIES", "SAME_AS"]


def to_batch(result: CrossCheck) -> GraphBatch:
    """Proposition nodes, GROUPS, CORROBORATES, CONFLICTS_WITH, DENIES and SAME_AS as one batch."""
    batch = GraphBatch()
    for p in result.propositions:
        batch.add_node("Proposition", {
            "id": p.id, "statement": p.statement, "kind": p.kind, "grade": p.grade,
            "independentOrigins": len(p.independent), "outlets": len(p.outlets), "circular": p.circular,
            "firstReported": p.first_reported, "lastReported": p.last_reported,
        })  # fmt: skip
        for c in p.claims:
            batch.add_rel("GROUPS", Rel("Proposition", p.id, "Claim", c.id))
    for a, b, reason in result.corroborates:
        batch.add_rel("CORROBORATES", Rel("Claim", a, "Claim", b, {"reason": reason}))
    for a, b, reason in result.conflicts:
        batch.add_rel("CONFLICTS_WITH", Rel("Claim", a, "Claim", b, {"reason": reason}))
    for a, b in result.denies:
        batch.add_rel("DENIES", Rel("Claim", a, "Claim", b))
    for m in result.merges:
        batch.add_rel("SAME_AS", Rel(m.type, m.source_id, m.type, m.into, {"rule": m.rule, "score": float(m.score)}))
    return batch


def write_back(store: GraphStore, result: CrossCheck) -> None:
    """Replace the previous results: re-running on the same claims changes nothing."""
    store.replace(RESULT_LABELS, RESULT_REL_TYPES, to_batch(result))


def corroborate(store: GraphStore, settings: Settings | None = None, write: bool = True,
                generated: str | None = None) -> CrossCheck:  # fmt: skip
    """Read the claims, cross-check them, and (by default) write the results back into the store."""
    settings = settings or Settings()
    result = cross_check(read_claims(store, same_as=not settings.resolve), settings, generated=generated)
    if write:
        write_back(store, result)
    return result
