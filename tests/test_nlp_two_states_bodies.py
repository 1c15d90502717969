"""Two states' bodies written with one common noun stay two entities (twenty-ninth round): "Taiwan's
coast guard" beside "the China coast guard" was joined into one body, by the shared lower-case noun
(org_variants.one_org_per_body) and by the tail rule (coreference: a possessive owner the longer name
does not hold). The states are real, as the gazetteer must know them; the rest is made up."""

from __future__ import annotations

from osint_graph.nlp.extensions import span_ext


def _bodies(nlp, text):
    """Each organisation entity's id and the texts of its mentions."""
    out: dict[str, list[str]] = {}
    for e in nlp(text).ents:
        if e.label_ == "ORG":
            out.setdefault(span_ext(e, "entity_id"), []).append(e.text)
    return out


def test_two_states_coast_guards_stay_two_bodies(nlp):
    text = (
        "Taiwan's coast guard said two China coast guard ships entered waters near Karsk Island. "
        "China's coast guard said it was on patrol. Taiwan's coast guard later warned the ships away."
    )
    bodies = _bodies(nlp, text)
    assert len(bodies) == 2, bodies
    china = next(texts for texts in bodies.values() if "China coast guard" in texts)
    assert len(china) == 2, bodies  # 'China coast guard' and "China's coast guard"


def test_one_states_coast_guard_written_twice_is_one_body(nlp):
    text = "Two China coast guard ships entered waters near Karsk Island. China's coast guard said it was on patrol."
    bodies = _bodies(nlp, text)
    assert len(bodies) == 1, bodies
