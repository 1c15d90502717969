"""A capitalised bare "the Navy" as the navy of the article's naval ships (a step of osint_entity_types).

"USS Tarn collided with a freighter ... the Navy said seven sailors were missing": the page names
no state before "Navy", but its ships' prefixes do; the guidelines ("A body named without its
state") give the body of the state the article ties it to. osint_entity_types drops a bare "Navy"
as a generic word (entity_types/generic_orgs); this step gives it back as that navy when every
naval ship the article names carries prefixes of one navy (context/naval_prefix_navies), or, with
no such ship, when the article's bodies' names open with one state's name and no navy is named
('the U.S. 7th Fleet commander ... the Navy': that state's one navy of the sources; twenty-ninth
round). A lower-case "navy", a "Navy" after a name or demonym ("the Karsk Navy") or inside another
name, and a page with ships of two navies are left as they are.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from osint_graph.gazetteer import Gazetteer
from osint_graph.nlp.rules import POSSESSIVE_MARKS, table, words
from osint_graph.nlp.spans import annotate

PREFIX_NAVY = {row["prefix"]: row["navy"] for row in table("context/naval_prefix_navies")}
NAVAL_PREFIXES = words("context/naval_ship_prefixes")


def the_ships_navy(doc: Doc) -> str | None:
    """The one navy whose prefixes the article's naval ships carry; None for none or two."""
    navies = set()
    for e in doc.ents:
        if e.label_ == "VESSEL" and len(e) > 1 and e[0].text in NAVAL_PREFIXES:
            navies.add(PREFIX_NAVY.get(e[0].text))
    return navies.pop() if len(navies) == 1 and None not in navies else None


def the_bodies_navy(doc: Doc, gazetteer: Gazetteer):
    """The navy of the one state whose name opens the article's bodies' names ('the U.S. 7th Fleet',
    'the U.S. Coast Guard'), when the article names no navy and the sources list one navy of that
    state; None otherwise."""
    states = set()
    for e in doc.ents:
        if e.label_ != "ORG":
            continue
        if (e._.canonical or e.text).endswith("Navy"):
            return None  # a navy named: 'the Navy' may be that one or another
        for n in (3, 2, 1):
            if len(e) > n and (state := gazetteer.lookup(e[:n].text, "Country")) is not None:
                states.add(state.identifiers.get("iso2"))
                break
    if len(states) != 1 or None in states:
        return None
    code = states.pop()
    navies = [
        o for o in gazetteer.by_type("Organization") if o.attributes.get("country") == code and o.name.endswith(" Navy")
    ]
    return navies[0] if len(navies) == 1 else None


def bare_navy_mentions(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """'the Navy' and 'a Navy report' in an article about USS ships, or about the U.S. 7th Fleet:
    US Navy mentions."""
    if not any(tok.text == "Navy" for tok in doc):
        return []
    navy = the_ships_navy(doc)
    entry = gazetteer.lookup(navy, "Organization") if navy else the_bodies_navy(doc, gazetteer)
    if entry is None:
        return []
    covered = {i for e in doc.ents for i in range(e.start, e.end)}
    out = []
    for tok in doc:
        if tok.text != "Navy" or tok.i in covered or tok.i == 0:
            continue
        before = doc[tok.i - 1]
        if (
            not (before.is_lower or before.is_punct or before.lower_ in ("the", "a", "an"))
            or before.lower_ in POSSESSIVE_MARKS
        ):
            continue  # 'the Karsk Navy', 'Karsk's Navy': a name or a state before it
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN":
            continue  # 'Navy Lookout', 'Navy Cross': another name
        out.append(annotate(doc[tok.i : tok.i + 1], "Organization", "context", entry=entry))
    return out
