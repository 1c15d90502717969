"""One reading per place and article: Port or Location by what the text gives (GUIDELINES "Port or
Location ... What the text gives decides, one reading per file").

A place with one port role anywhere in the article (called a port: 'the port of X', 'X port';
a ship calls, docks, departs, arrives or heads there: a context rule's Port candidate) is a Port
in every mention.  A town of the port list that the article names only in land roles (a
dateline, a company's seat, a city struck on land) is a Location: the reader goes by the
article, not by the list.  The roles are the context rules' data (port_verbs, port_object_preps,
common/port_nouns); this step only decides once per article.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from osint_graph.gazetteer import Gazetteer, normalise_name
from osint_graph.nlp.context.names import Candidate
from osint_graph.nlp.extensions import span_ext
from osint_graph.nlp.gazetteer_ruler import port_cue
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import annotate
from osint_graph.reference.countries import namesake_city_codes

# a sentence with a ship, a shipping verb or a seafaring word gives a port city in it a port role
ROLE_WORDS = words("common/vessel_nouns") | words("context/port_verbs") | words("context/port_role_words")
PORT_OBJECT_PREPS = words("context/port_object_preps")
# a voyage's verb: its 'from'/'to' place is a port ('sailed from X', 'carrying fuel from X to Y')
VOYAGE_VERBS = words("context/port_verbs") | words("context/cargo_voyage_verbs")
NOUN_CLAUSES = ("acl", "relcl", "appos")  # a clause on a noun describes it: the climb stops there
PORT = LABEL_OF_TYPE["Port"]
LOCATION = LABEL_OF_TYPE["Location"]
COUNTRY = LABEL_OF_TYPE["Country"]


def _key(span: Span) -> str:
    return normalise_name(span_ext(span, "canonical") or span.text)


def _clause(tok: Token) -> Token:
    """The verb whose clause a word is in (the sentence's root at the top)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _seafaring(span: Span, vessels: set[int]) -> bool:
    """Whether the clause that names a place, or a clause it belongs to, is about ships (a ship's name,
    a ship noun, a shipping verb); not a clause that describes a noun ('a vessel suspected of damaging
    a cable connecting X and Y': the cable's clause names no ship)."""
    own, clauses = _clause(span.root), set()
    while True:
        clauses.add(own.i)
        if own.dep_ in NOUN_CLAUSES or own.head.i == own.i:
            break
        own = _clause(own.head)
    # a clause joined to one of these by 'and' goes on with the same account ('damaged X and killed Y')
    clauses |= {t.i for t in span.sent if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.head.i in clauses}
    return any(
        (t.i in vessels or t.lower_ in ROLE_WORDS or t.lemma_.lower() in ROLE_WORDS) and _clause(t).i in clauses
        for t in span.sent
    )


def port_role_names(doc: Doc, cands: list[Candidate]) -> set[str]:
    """The places the article gives a port role: a Port found by the context rules, a name with
    a port noun next to it, or a Port named in a sentence about ships."""
    out = {normalise_name(doc[c.start : c.end].text) for c in cands if c.type == "Port"}
    vessels = {i for e in doc.ents if e.label_ == LABEL_OF_TYPE["Vessel"] for i in range(e.start, e.end)}
    for e in doc.ents:
        context = span_ext(e, "osint_source") == "context"
        if e.label_ == PORT and (context or port_cue(e) or _seafaring(e, vessels)):
            out.add(_key(e))
            out.add(normalise_name(e.text))
    return out


def _territory(e: Span, gazetteer: Gazetteer):
    """The Location entry of a territory of a state named like a port ('Guam', 'Gibraltar'), else None."""
    entry = gazetteer.lookup(e.text, "Location")
    return entry if entry is not None and "iso2" in entry.identifiers else None


def _namesake_port(e: Span, gazetteer: Gazetteer):
    """The port of a state's namesake city ('Djibouti', 'Belize': a city of the state's own name, on the
    port list in that state), else None; a city-state ('Singapore') is the state (GUIDELINES)."""
    state, port = gazetteer.lookup(e.text, "Country"), gazetteer.lookup(e.text, "Port")
    if state is None or port is None or state.identifiers.get("iso2") not in namesake_city_codes():
        return None
    return port if port.identifiers.get("locode", "")[:2] == state.identifiers["iso2"] else None


def namesake_port_names(doc: Doc, gazetteer: Gazetteer) -> set[str]:
    """States named like their port city where a ship goes there ('sailed from Djibouti', 'carrying fuel
    from Djibouti'): the place of a voyage verb's preposition, in a clause about ships, is the port city;
    not where people are taken ('the crew was evacuated to Djibouti')."""
    vessels = {i for e in doc.ents if e.label_ == LABEL_OF_TYPE["Vessel"] for i in range(e.start, e.end)}
    return {
        _key(e)
        for e in doc.ents
        if e.label_ == COUNTRY
        and e.root.dep_ == "pobj"
        and e.root.head.lower_ in PORT_OBJECT_PREPS
        and e.root.head.head.lemma_.lower() in VOYAGE_VERBS
        and _seafaring(e, vessels)
        and _namesake_port(e, gazetteer) is not None
    }


def read_ports(doc: Doc, cands: list[Candidate], gazetteer: Gazetteer) -> None:
    """Retype every Port or Location mention of a place by the article's one reading of it."""
    ents = list(doc.ents)
    roles = port_role_names(doc, cands)
    # a territory (an island state's dependency: 'Guam', 'Gibraltar') is the place even where ships go,
    # unless the article names it as a port ('the port of X', 'X harbour'): GUIDELINES "Port or Location"
    named_port = {_key(e) for e in ents if e.label_ == PORT and port_cue(e)}
    namesakes = namesake_port_names(doc, gazetteer)
    changed = False
    for i, e in enumerate(ents):
        if e.label_ == COUNTRY and _key(e) in namesakes:  # one reading: the port city in every mention
            ents[i] = annotate(e, "Port", "gazetteer", entry=_namesake_port(e, gazetteer))
            changed = True
            continue
        if e.label_ not in (PORT, LOCATION):
            continue
        role = _key(e) in roles or normalise_name(e.text) in roles
        territory = _territory(e, gazetteer)
        if territory is not None and _key(e) not in named_port:
            if e.label_ == PORT:
                ents[i] = annotate(e, "Location", "gazetteer", entry=territory)
                changed = True
            continue
        if e.label_ == PORT and not role and span_ext(e, "osint_source") == "gazetteer":
            # a town of the port list named only on land: the place
            ents[i] = annotate(e, "Location", "gazetteer", canonical=span_ext(e, "canonical"))
            changed = True
        elif e.label_ == LOCATION and role:
            entry = gazetteer.lookup(e.text, "Port")
            if entry is not None:  # 'inspected in X' where a ship docks at X elsewhere: the port
                ents[i] = annotate(e, "Port", "gazetteer", entry=entry)
                changed = True
    if changed:
        doc.ents = ents
