"""An aggregate breakdown of entity errors by kind, per entity type.

Entities are matched as `scoring.match_entities` matches them (same type, a shared name key).
Every gold entity left unmatched (a false negative) and every predicted entity left unmatched
(a false positive) is put in ONE kind, the first that holds:

False negatives (a gold entity of type T nobody found as T):
- typed_otherwise: a predicted entity of another type shares a name key with it, or one of its
  mentions covers exactly a gold mention ("the Tern Vale" found as a Person): the candidate was
  there, its type was wrong;
- span_overlap: a predicted mention of type T overlaps one of its mentions without matching
  ("Tern Vale" found as "Tern Vale Seen"): the span was wrong;
- no_candidate: nothing predicted touches its name or mentions.

False positives (a predicted entity of type T no gold T entity matches):
- typed_otherwise: a gold entity of another type shares a name key or an exact mention span;
- span_overlap: one of its mentions overlaps a gold mention of type T (a boundary error);
- not_in_gold: nothing in the gold touches it (no entity by the guidelines, furniture, or one
  the annotator missed).

Each type also gets "fn_as" and "fp_gold": for its typed_otherwise errors, the other type
involved (a gold Vessel found as a Person counts Vessel.fn_as.Person; a predicted Location that
the gold types Port counts Location.fp_gold.Port), so a type confusion shows its direction.

`span_shapes` goes one step further for the span_overlap errors: for each such unmatched entity,
the shapes of its overlaps with the other side's mentions of its type (pred longer or shorter on
the left or right, and by what kind of words: an article, a demonym, a title, a legal form, ...;
scripts/evalkit/span_shapes.py defines them), counted per type and side.

Counts only, no text: it may be printed for the blind test split too, so that the mix of entity
errors on test can be compared with dev's without reading test items.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from evalkit.scoring import ENTITY_TYPES, entity_keys, match_entities
from evalkit.span_shapes import add_shapes, as_plain, entity_shapes

FN_KINDS = ("typed_otherwise", "span_overlap", "no_candidate")
FP_KINDS = ("typed_otherwise", "span_overlap", "not_in_gold")


def _spans(entity: dict) -> set[tuple[int, int]]:
    mentions = entity.get("mentions") or ()
    return {(m["start"], m["end"]) for m in mentions if m.get("start") is not None and m.get("end") is not None}


def _overlaps(a: set[tuple[int, int]], b: set[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _kind(entity: dict, others: list[dict], kinds: tuple[str, str, str]) -> tuple[str, str | None]:
    """The kind of one unmatched entity against the other side's entities, and for
    typed_otherwise the type of the first other-typed entity that shares a key or a span."""
    keys, spans = entity_keys(entity), _spans(entity)
    same = [o for o in others if o.get("type") == entity.get("type")]
    other = [o for o in others if o.get("type") != entity.get("type")]
    for o in other:
        if keys & entity_keys(o) or spans & _spans(o):
            return kinds[0], o.get("type")
    if any(_overlaps(spans, _spans(o)) for o in same):
        return kinds[1], None
    return kinds[2], None


def _add(counts: dict, etype: str, side: str, kind: str, other_type: str | None) -> None:
    counts[etype][side][kind] += 1
    if other_type is not None:
        table = counts[etype]["fn_as" if side == "fn" else "fp_gold"]
        table[other_type] = table.get(other_type, 0) + 1


def _unmatched(triples: Iterable[tuple[str, dict, dict]]) -> Iterator[tuple[str, dict, list[dict], str, str | None]]:
    """(side, entity, the other side's entities, kind, other type) for every unmatched entity of an
    entity type: gold ones as "fn", predicted ones as "fp"."""
    for _, gold, pred in triples:
        g_ents = list(gold.get("entities") or ())
        p_ents = [p for p in pred.get("entities") or () if p.get("type") in ENTITY_TYPES]
        pairs = match_entities(g_ents, p_ents)
        matched_g, matched_p = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
        for gi, g in enumerate(g_ents):
            if gi not in matched_g and g.get("type") in ENTITY_TYPES:
                yield ("fn", g, p_ents, *_kind(g, p_ents, FN_KINDS))
        for pi, p in enumerate(p_ents):
            if pi not in matched_p:
                yield ("fp", p, g_ents, *_kind(p, g_ents, FP_KINDS))


def entity_errors(triples: Iterable[tuple[str, dict, dict]]) -> dict[str, dict[str, dict[str, int]]]:
    """{type: {"fn": {kind: n}, "fp": {kind: n}, "fn_as": {type: n}, "fp_gold": {type: n}}} over
    (id, gold, prediction) triples."""
    counts = {
        t: {"fn": dict.fromkeys(FN_KINDS, 0), "fp": dict.fromkeys(FP_KINDS, 0), "fn_as": {}, "fp_gold": {}}
        for t in ENTITY_TYPES
    }
    for side, entity, _, kind, other_type in _unmatched(triples):
        _add(counts, entity["type"], side, kind, other_type)
    return counts


def span_shapes(triples: Iterable[tuple[str, dict, dict]]) -> dict[str, dict[str, dict[str, int]]]:
    """{type: {"fp": {shape: n}, "fn": {shape: n}}} over the span_overlap errors of (id, gold,
    prediction) triples: each unmatched entity of that kind counts each of its shapes once."""
    table: dict = {}
    for side, entity, others, kind, _ in _unmatched(triples):
        if kind == "span_overlap":
            add_shapes(table, entity["type"], side, entity_shapes(entity, others, entity_is_pred=side == "fp"))
    return as_plain(table)
