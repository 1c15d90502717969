"""One reading per place name and article, across Country, Location and Person (GUIDELINES "Port or
Location ... one reading per file", "Metonymy").

A state's own name is the state in every mention: "off the coast of Karsk" in an article that names
Karsk the state is the state, not a second place node (a capital is another matter: "Moscow said" is
Russia, "a factory near Moscow" the city, mention by mention). A name the model read as a person in one
mention is the place where the article types the same name a place in another mention and the sources
know it as a place ("on Diego Garcia" and "Diego Garcia, site of a base"), unless the sources know a
person of that name.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from osint_graph.gazetteer import Gazetteer, cldr_place, normalise_name
from osint_graph.nlp.extensions import span_ext
from osint_graph.nlp.labels import LABEL_OF_TYPE, TYPE_OF_LABEL
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import annotate
from osint_graph.reference.countries import namesake_city_codes

COUNTRY, LOCATION, PERSON = (LABEL_OF_TYPE[t] for t in ("Country", "Location", "Person"))
PORT = LABEL_OF_TYPE["Port"]
PLACES = (COUNTRY, LOCATION, PORT)
PORT_NOUNS = words("common/port_nouns")  # 'Port', 'Harbour': a port noun alone names no place
# "Shandong province", "the Puntland region": the word stays outside the place's mention
REGION_WORDS_OUTSIDE = words("context/region_words_outside")
OCEANS = words("context/ocean_names")  # 'Indian', 'Pacific': before 'Ocean', an ocean's name
DIRECTION_WORDS = words("context/direction_words")
# "the Island of Karsk", "Southeast of Velm Island": the words before 'of' stay outside the place
PLACE_LEAD_WORDS = words("context/place_lead_words")
BARE_WORDS = DIRECTION_WORDS | PLACE_LEAD_WORDS  # 'the West', 'the Island': a kind of place, no place


def listed_ocean(words_before: Span) -> bool:
    """'the Indian Ocean', 'the South Pacific Ocean': the words before 'Ocean' name a listed ocean,
    perhaps after an article and direction words; any other 'X Ocean' ('shipbuilder Tarvik Ocean') is
    a company's or a project's name."""
    names = [t.lower_ for t in words_before if t.lower_ != "the"]
    while names and names[0] in DIRECTION_WORDS:
        names = names[1:]
    return " ".join(names) in OCEANS


def _state_named(span: Span, gazetteer: Gazetteer):
    """The Country entry whose own name (not its capital) the span is, else None; a city-state's name
    ('SINGAPORE -' in a dateline, its districts bear other names) is the state (GUIDELINES "a
    city-state too"), a capital named like its state ('Djibouti', a subdivision of that name) is not."""
    entry = gazetteer.lookup(span.text, "Country")
    if entry is None:
        return None
    if gazetteer.country_of_capital(span.text) is entry and entry.identifiers.get("iso2") in namesake_city_codes():
        return None
    return entry


def read_place_types(doc: Doc, gazetteer: Gazetteer) -> None:
    """Retype a state's name found as a Location, and a known place's name found as a Person, by the
    reading the article gives the same name elsewhere; then a US state named like a country
    (`read_state_namesakes`)."""
    ents = list(doc.ents)
    states = {normalise_name(e.text) for e in ents if e.label_ == COUNTRY and _state_named(e, gazetteer)}
    places = {normalise_name(e.text): e for e in ents if e.label_ in PLACES}
    changed = False
    for i, e in enumerate(ents):
        key = normalise_name(e.text)
        if e.label_ == LOCATION and key in states:
            ents[i] = annotate(e, "Country", span_ext(e, "osint_source") or "model", entry=_state_named(e, gazetteer))
            changed = True
        elif e.label_ == PERSON and key in places and _known_place(e, gazetteer):
            other = places[key]
            span = annotate(e, TYPE_OF_LABEL[other.label_], "model", canonical=span_ext(other, "canonical"))
            span._.entity_id = span_ext(other, "entity_id")  # the same node as the other mention
            ents[i] = span
            changed = True
    if changed:
        doc.ents = ents
    read_state_namesakes(doc, gazetteer)
    read_capitals_after_towns(doc, gazetteer)


def read_capitals_after_towns(doc: Doc, gazetteer: Gazetteer) -> None:
    """'Tacoma, Washington', 'Williamstown, Victoria': a capital's name written after a town and a comma
    is the region the town lies in, a Location, no state speaking (GUIDELINES "Metonymy": a capital
    stands for its state only where the government acts)."""
    ents = list(doc.ents)
    hits = [
        i
        for i, e in enumerate(ents)
        if e.label_ == COUNTRY and _state_named(e, gazetteer) is None and _after_town(e, ents) and _ends_phrase(e)
    ]
    for i in hits:
        ents[i] = annotate(ents[i], "Location", span_ext(ents[i], "osint_source") or "model")
    if hits:
        doc.ents = ents


def _ends_phrase(e: Span) -> bool:
    """The name closes its phrase ('Tacoma, Washington.', 'Williamstown, Victoria, for the navy'), as a
    town's region does; 'Tacoma, Washington officials said' goes on."""
    return e.end == len(e.doc) or e.doc[e.end].is_punct


@cache
def _state_namesakes() -> frozenset[str]:
    """Names of a US state that are a country's name too ('Georgia'), from the reference data."""
    from osint_graph.reference.countries import countries
    from osint_graph.reference.regions import regions

    states = {normalise_name(n) for n, _, code in regions() if code == "US"}
    return frozenset(normalise_name(c.name) for c in countries()) & states


def _us_named(ents: list[Span], gazetteer: Gazetteer) -> bool:
    """The article names the United States (or another US state): the frame a state's name sits in."""
    for e in ents:
        if e.label_ == COUNTRY and (entry := gazetteer.lookup(e.text, "Country")) is not None:
            if entry.identifiers.get("iso2") == "US":
                return True
    return False


def _after_town(e: Span, ents: list[Span]) -> bool:
    """'Brunswick, Georgia': the name follows a comma after a capitalised place that is no state
    ('Russia, Ukraine, Georgia' lists states)."""
    if e.start < 2 or e.doc[e.start - 1].text != "," or not e.doc[e.start - 2].text[:1].isupper():
        return False
    before = e.doc[e.start - 2]
    return not any(o.label_ == COUNTRY and o.start <= before.i < o.end for o in ents)


def read_state_namesakes(doc: Doc, gazetteer: Gazetteer, namesakes: frozenset[str] | None = None) -> None:
    """A US state named like a country ('Georgia') is the state, a Location, in every mention of an
    article that names the United States or writes it after a town ('Brunswick, Georgia'); else the
    country (GUIDELINES "one reading per file")."""
    ents = list(doc.ents)
    names = _state_namesakes() if namesakes is None else namesakes
    hits = [i for i, e in enumerate(ents) if e.label_ == COUNTRY and normalise_name(e.text) in names]
    if not hits:
        return
    us = _us_named(ents, gazetteer)
    states = {normalise_name(ents[i].text) for i in hits if us or _after_town(ents[i], ents)}
    if not states:
        return
    for i in hits:
        if normalise_name(ents[i].text) in states:
            ents[i] = annotate(ents[i], "Location", span_ext(ents[i], "osint_source") or "model")
    doc.ents = ents


def _known_place(span: Span, gazetteer: Gazetteer) -> bool:
    types = gazetteer.types_of(span.text)
    if "Person" in types:
        return False
    return bool(types & {"Country", "Location", "Port"}) or cldr_place(span.text) is not None


def _name_inside(e: Span) -> Span | None:
    """The name inside a Location's span without a lower-case region word after it ('Shandong
    province') or a lead word and 'of' before it ('Island of Socotra', 'Southeast of Delft Island'),
    else None."""
    if e.label_ != LOCATION or len(e) < 2:
        return None
    if e[-1].is_lower and e[-1].lower_ in REGION_WORDS_OUTSIDE:
        return e.doc[e.start : e.end - 1]
    if len(e) >= 3 and e[1].lower_ == "of" and e[0].lower_ in PLACE_LEAD_WORDS:
        return e.doc[e.start + 2 : e.end]
    return None


def trim_region_words(doc: Doc, gazetteer: Gazetteer) -> None:
    """'Shandong province' -> `Shandong`: a lower-case administrative word after a place's name is
    no part of the name (GUIDELINES, a territory's short and long names), unless the sources name the
    whole phrase (a division such as 'Odesa region' -> `Odesa Oblast` keeps its canonical name); so
    are a lead word and 'of' before it ('the Island of Socotra' -> `Socotra`)."""
    ents = list(doc.ents)
    changed = False
    for i, e in enumerate(ents):
        name = _name_inside(e)
        if name is None:
            continue
        if gazetteer.lookup(e.text, "Location") is not None or span_ext(e, "canonical") not in (None, e.text):
            continue  # a division or a listed phrase: its own name
        if not name.text[:1].isupper():
            continue
        ents[i] = annotate(
            name, "Location", span_ext(e, "osint_source") or "model", entry=gazetteer.lookup(name.text, "Location")
        )
        changed = True
    if changed:
        doc.ents = ents


def drop_class_names(doc: Doc) -> None:
    """'an Austin-class transport dock', 'the Karakurt class': a place's name before 'class' names a
    ship class, no place (the model reads the town, the gazetteer knows it)."""
    ents = [e for e in doc.ents if not (e.label_ in PLACES and _before_class(e))]
    if len(ents) != len(doc.ents):
        doc.ents = ents


def _before_class(e: Span) -> bool:
    doc, i = e.doc, e.end
    if i < len(doc) and doc[i].text in ("-", "‑") and not doc[i - 1].whitespace_:
        i += 1
    return i < len(doc) and doc[i].lower_ == "class"


def drop_bare_directions(doc: Doc) -> None:
    """'sanctions by the West', 'a gateway to the East', 'Operation Awase, South West': a Location of
    compass words alone names a bloc, a command or a side, not a place (dev gold types no such
    mention), so does a lone lead word ('Island' in a title, 'the Island'); 'West Africa', 'the South
    China Sea', 'Velm Island' keep their names. Nor does a port noun alone ('the Captain of the Port',
    'the Port of Varn-Tarvik said': no port's name)."""
    ents = [e for e in doc.ents if not _bare_words(e)]
    if len(ents) != len(doc.ents):
        doc.ents = ents
    drop_class_names(doc)


def _bare_words(e: Span) -> bool:
    if e.label_ == LOCATION and all(t.lower_ in BARE_WORDS for t in e):
        return True
    return e.label_ in (LOCATION, PORT) and all(t.lower_ in PORT_NOUNS for t in e)
