"""The learned entity filter's `port_role` feature (osint_graph/nlp/entity_filter.py): what the text
writes about a place candidate's mentions that makes it a port (GUIDELINES "What in the text makes a
port"), read by the same tests as the one Port-or-Location reading (context/port_reading.py):

- `port_role=word`: a port word about it ('the port of X', 'X terminal', 'the oil terminal at X',
  'the naval base at X') or a ship based there ('the X-based destroyer');
- `port_role=voyage`: a ship's voyage ends, starts or rests there ('set sail from X', 'arrived in
  X', 'bound for X'), not a position ('off X').

A place named once after 'in' or 'at' is often a port in such a sentence ('turned away from the oil
terminal at X'), and the filter's other features (one mention, the preposition) weighed it as a
passing name (port31).  Only Port and Location candidates get the feature; the trainer crosses it
with the type.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from osint_graph.nlp.context.port_reading import home_port, role_word, vessel_tokens, voyage_end
from osint_graph.nlp.gazetteer_ruler import port_cue

PLACE_TYPES = frozenset({"Port", "Location"})


def port_role_features(doc: Doc, type_: str, spans: list[Span], vessels: set[int] | None = None) -> dict[str, float]:
    """{'port_role=word': 1.0} and/or {'port_role=voyage': 1.0} for a place candidate's mentions."""
    if type_ not in PLACE_TYPES:
        return {}
    vessels = vessel_tokens(doc) if vessels is None else vessels
    out = {}
    for span in spans:
        if "port_role=word" not in out and (port_cue(span) or role_word(span) or home_port(span)):
            out["port_role=word"] = 1.0
        if "port_role=voyage" not in out and voyage_end(span, vessels):
            out["port_role=voyage"] = 1.0
    return out
