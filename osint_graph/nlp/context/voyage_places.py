"""Places a ship's voyage names that the first port readings leave out (entity32; GUIDELINES "Port or
Location ... What in the text makes a port"), read after the entity types:

- a place on the port list that the model typed as a person or a body, where a ship's voyage ends,
  starts or rests ('HMS Tarn departed Varnmouth', 'on its route ... to Kessary', 'two hours after
  leaving Brenmouth'): the Port in every mention of that name. Only a name the port list holds and
  no source knows as anything but a port: the list, not a guess, says it is a place;
- 'the next port of call was X', 'its destination is X': the place is the complement of 'be' whose
  subject is a port noun (`context/port_call_nouns.txt`), a port role like 'the port of X';
- a region named by a direction word and a state, a continent or a region the sources know ('West
  Varnia', 'Western Africa'): no Port, however a voyage names it ('travelled from Western Africa'),
  unless the text calls it a port; it is a Location.

`read_voyage_places` runs in osint_entity_types after `port_reading.model_places_as_ports`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from osint_graph.gazetteer import Gazetteer, cldr_country, normalise_name
from osint_graph.nlp.context.port_reading import (
    model_places_as_ports,
    role_word,
    vessel_tokens,
    voyage_end,
)
from osint_graph.nlp.extensions import span_ext
from osint_graph.nlp.gazetteer_ruler import port_cue, port_of_another
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import annotate
from osint_graph.reference.regions import continents

PORT = LABEL_OF_TYPE["Port"]
LOCATION = LABEL_OF_TYPE["Location"]
COUNTRY = LABEL_OF_TYPE["Country"]
NAMED = frozenset({LABEL_OF_TYPE["Person"], LABEL_OF_TYPE["Organization"], "PERSON", "ORG"})
DIRECTION_WORDS = words("context/direction_words")  # 'Western', 'north'
CALL_NOUNS = words("context/port_call_nouns")  # 'port of call', 'destination'
TOWN_NOUNS = words("context/town_nouns")  # 'the X port town of Y': Y's port


def _port_of_call(span: Span) -> bool:
    """'The next port of call was X', 'its destination is X': X completes 'be' after a port noun."""
    root = span.root
    head = root.head
    if root.dep_ != "attr" or head.lemma_ != "be":
        return False
    for subj in (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")):
        lemma = subj.lemma_.lower()
        ofs = [o.lower_ for p in subj.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if lemma in CALL_NOUNS or any(f"{lemma} of {o}" in CALL_NOUNS for o in ofs):
            return True
    return False


def _listed_port_only(text: str, gazetteer: Gazetteer):
    """The port list's entry for a name that no source knows as anything else, else None."""
    entry = gazetteer.lookup(text, "Port")
    if entry is None or gazetteer.types_of(text) - {"Port"}:
        return None
    return entry


def _directed_region(e: Span, gazetteer: Gazetteer, places: set[str]) -> bool:
    """'West Varnia', 'Western Africa', 'Southern Sulawesi': a direction word before a state, a
    continent, a region the sources know as a place (not a town) or a place the article names by
    itself as a Location or a Country (`places`)."""
    if len(e) < 2 or e[0].lower_ not in DIRECTION_WORDS:
        return False
    rest = e[1:].text
    if rest in continents() or cldr_country(rest) is not None or rest in places:
        return True
    return bool(gazetteer.types_of(rest) & {"Country", "Location"}) and gazetteer.lookup(rest, "Port") is None


def _anothers_port(e: Span) -> bool:
    """'the West Varnia port town of Tarvik': the port noun and a town noun after the name name that
    town's port; the name is the region it lies in (as `gazetteer_ruler.port_of_another`)."""
    doc, i = e.doc, e.end
    if i + 1 < len(doc) and doc[i].is_lower and doc[i + 1].lemma_.lower() in TOWN_NOUNS:
        return port_of_another(doc, i + 1)
    return port_of_another(doc, i) if i < len(doc) else False


def read_voyage_places(doc: Doc, gazetteer: Gazetteer) -> None:
    """`model_places_as_ports`, then the three readings of the module doc."""
    model_places_as_ports(doc, gazetteer)
    ents = list(doc.ents)
    vessels = vessel_tokens(doc)
    ports: dict[str, object] = {}
    for e in ents:
        if e.label_ in NAMED and span_ext(e, "osint_source") in (None, "model") and len(e) <= 3:
            entry = _listed_port_only(e.text, gazetteer)
            if entry is not None and (voyage_end(e, vessels) or _port_of_call(e)):
                ports[normalise_name(e.text)] = entry
        elif e.label_ == LOCATION and _port_of_call(e):
            entry = gazetteer.lookup(e.text, "Port")
            if entry is not None:
                ports[normalise_name(e.text)] = entry
    named = {
        normalise_name(e.text)
        for e in ents
        if e.label_ == PORT and not _anothers_port(e) and (port_cue(e) or role_word(e))
    }
    places = {e.text for e in ents if e.label_ in (LOCATION, COUNTRY)}
    changed = False
    for i, e in enumerate(ents):
        key = normalise_name(e.text)
        if key in ports and e.label_ in NAMED | {LOCATION}:
            ents[i] = annotate(e, "Port", "gazetteer", entry=ports[key])
            changed = True
        elif e.label_ == PORT and key not in named and _directed_region(e, gazetteer, places):
            ents[i] = annotate(e, "Location", span_ext(e, "osint_source") or "model", canonical=e.text)
            changed = True
    if changed:
        doc.ents = ents
