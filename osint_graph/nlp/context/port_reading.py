"""One reading per place and article: Port or Location by what the text gives (GUIDELINES "Port or
Location ... What the text gives decides, one reading per file").

A place with one port role anywhere in the article is a Port in every mention: called a port
('the port of X', 'X port', 'X terminal', 'the naval base at X': common/port_nouns,
context/port_role_words), a ship based there ('the X-based destroyer': context/home_port_words),
or a ship's voyage ends, starts or rests there (a context rule's Port candidate, or a clause about
ships: context/seafaring_words).  A position ('off X', 'near X', '40 miles from X':
context/position_words) is no port role (GUIDELINES "What in the text makes a port").  A town of
the port list that the article names only on land or as a position is a Location: the reader
goes by the article, not by the list.  Two exceptions (GUIDELINES "Territories that are not
states"): a territory on the port list ('Guam', 'Gibraltar') stays the place even where ships go,
unless the article names it as a port ('the port of X'); a state named like its port city
('Djibouti') is that Port in every mention where a ship's voyage verb takes it ('sailed from X',
'carrying fuel to X': context/cargo_voyage_verbs).  This step only decides once per article.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from osint_graph.gazetteer import Gazetteer, cldr_country, normalise_name
from osint_graph.nlp.context.names import Candidate
from osint_graph.nlp.context.port_descriptions import apposed_port_word, home_port_phrase, island_names, ship_after_body
from osint_graph.nlp.context.voyage_governors import (
    SHIP_MOVE_VERBS,
    VOYAGE_VERBS,
    ship_moved,
    ship_pronoun_subject,
    voyage_lemma,
    voyage_noun_of_be,
)
from osint_graph.nlp.extensions import span_ext
from osint_graph.nlp.figure_units import measure_unit
from osint_graph.nlp.gazetteer_ruler import port_cue, port_of_another
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import annotate
from osint_graph.reference.countries import namesake_city_codes
from osint_graph.reference.regions import continents

# port words about a place beside its name ('X terminal', 'the naval base at X'): context/port_role_words
ROLE_WORDS = words("context/port_role_words")
HOME_WORDS = words("context/home_port_words")  # 'the X-based destroyer': a ship's home port
SHIP_WORDS = words("common/vessel_nouns") | words("common/carrier_nouns")
# a clause with a ship, a shipping verb or a seafaring word gives a port city in it a port role
SEAFARING = words("common/vessel_nouns") | words("context/port_verbs") | words("context/seafaring_words")
# ... a ship itself (not a shipping verb alone: 'residents left X before the storm arrived')
SHIPS = SHIP_WORDS | words("context/seafaring_words")
# ... unless the city only says where the ship is: 'off X', '40 miles from X', 'east of X'
POSITIONS = words("context/position_words")
PORT_VERBS = words("context/port_verbs")
PORT_NOUNS = words("common/port_nouns")  # 'ports in X': the plural names a region's ports
ANCHORS = words("context/position_anchors")  # 'in waters off X': a noun a ship's position hangs on
PORT_OBJECT_PREPS = words("context/port_object_preps")
PORT_OBJECT_NOUNS = words("context/port_object_nouns")  # 'en route from X', 'bound for X'
VOYAGE_OBJECT_VERBS = words("context/voyage_object_verbs")  # 'departed X', 'left X'
IN_PORT_VERBS = words("context/in_port_verbs")  # 'docked in X'; not 'sank in X'
TOWN_NOUNS = words("context/town_nouns")  # 'Somalia's capital, X', 'the city of X': the town X
FOREIGN_FEATURES = words("context/foreign_place_of")  # 'Baía do X': a feature, in another language
DIRECTION_WORDS = words("context/direction_words")  # 'Eastern', 'northern'
PLACE_HEADS = words("context/location_head_nouns")  # 'the Suez Canal', 'Kestrel Island': a place
# the words of a terminal's trade between a name and its port word ('the Kolva oil terminal')
TERMINAL_MODIFIERS = frozenset(w for m in words("context/terminal_modifiers") for w in m.split())
# a named feature a port word can name as a port ('Tarsk Island wharf', 'the port of Tarsk Island')
PORT_FEATURE_HEADS = words("context/port_feature_heads")
SEAT_NOUNS = words("context/seat_nouns")  # 'entities in X', 'its owner in X': a company's seat
DISTANCES = frozenset({"kilometre", "metre", "mile", "nautical mile", "foot"})  # figure units of a distance
NOUN_CLAUSES = ("acl", "relcl", "appos")  # a clause on a noun describes it: the climb stops there
PORT = LABEL_OF_TYPE["Port"]
LOCATION = LABEL_OF_TYPE["Location"]
VESSEL = LABEL_OF_TYPE["Vessel"]
COUNTRY = LABEL_OF_TYPE["Country"]
BODIES = frozenset({LABEL_OF_TYPE["Organization"], "ORG"})  # a company's label, ours or the model's
LIST_JOINERS = frozenset({",", "and", "or", "&"})  # the words between the names of a written list


def _key(span: Span) -> str:
    return normalise_name(span_ext(span, "canonical") or span.text)


def _grams(tokens: list[Token]) -> set[str]:
    """The one- and two-word sequences of some tokens, lower case ('naval base')."""
    low = [t.lower_ for t in tokens]
    return set(low) | {f"{a} {b}" for a, b in zip(low, low[1:], strict=False)}


def vessel_tokens(doc: Doc) -> set[int]:
    """The indices of the tokens of the ships' names: a ship named in a clause makes it about ships."""
    return {i for e in doc.ents if e.label_ == VESSEL for i in range(e.start, e.end)}


def _clause(tok: Token) -> Token:
    """The verb whose clause a word is in (the sentence's root at the top)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def seafaring(span: Span, vessels: set[int], cues: frozenset[str] | set[str] = SEAFARING) -> bool:
    """Whether the clause that names a place, or a clause it belongs to, is about ships (a ship's name,
    a ship noun, a shipping verb); not a clause that describes a noun ('a vessel suspected of damaging
    a cable connecting X and Y': the cable's clause names no ship)."""
    own, clauses = _clause(span.root), set()
    while True:
        clauses.add(own.i)
        if (
            own.dep_ in NOUN_CLAUSES
            and own.lemma_.lower() in VOYAGE_VERBS
            and (own.head.i in vessels or own.head.lemma_.lower() in SHIP_WORDS)
        ):
            return True  # 'the ship, which had been carrying fuel to X': a voyage of the ship
        if own.dep_ in NOUN_CLAUSES or own.head.i == own.i:
            break
        own = _clause(own.head)
    # a clause joined to one of these by 'and' goes on with the same account ('damaged X and killed Y')
    clauses |= {t.i for t in span.sent if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.head.i in clauses}
    return any(
        (t.i in vessels or t.lower_ in cues or t.lemma_.lower() in cues) and _clause(t).i in clauses for t in span.sent
    )


def position(span: Span) -> bool:
    """'off X', 'near X', '40 miles from X', 'east of X', 'off the coast of X': where a ship is."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:  # 'off X and Y'
        root = root.head
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in TOWN_NOUNS:
        if prep.head.dep_ == "pobj" and prep.head.head.i != prep.head.i:
            root, prep = prep.head, prep.head.head  # 'south of the Varnian town of X': the town's position
    if root.dep_ != "pobj" or prep.i == root.i:
        return span.start > 0 and span.doc[span.start - 1].lower_ in POSITIONS  # a parse that missed it
    if prep.lower_ in POSITIONS:
        anchor = prep.head
    elif f"{prep.head.lemma_.lower()} {prep.lower_}" in POSITIONS:
        anchor = prep.head.head  # 'east of X': what lies east
    else:
        return False
    if measure_unit(anchor.text) in DISTANCES and anchor.head.i != anchor.i:
        anchor = anchor.head  # 'collided 24 nautical miles east of X': the distance hangs on the verb
    if anchor.pos_ == "ADP" and anchor.lower_ in POSITIONS and anchor.head.i != anchor.i:
        anchor = anchor.head  # 'waters off the coast of X': the coast hangs on 'off'
    # a ship's position hangs on what the ship does, on the ship or on the waters ('sank off X', 'the
    # tanker, 40 miles off X', 'in waters off X'); 'the port of P near X', 'in P, north of X' place P:
    # X only says where P lies (GUIDELINES: dp6's Shanghai, named to place the port of Taicang)
    lemma = anchor.lemma_.lower()
    placed = anchor.ent_type_ in (PORT, LOCATION) and anchor.i not in range(span.start, span.end)
    return anchor.pos_ in ("VERB", "AUX") or anchor.ent_type_ == VESSEL or lemma in SEAFARING | ANCHORS or placed


def seat(span: Span) -> bool:
    """'operated by Kestrel Tankers LLC in X', 'its owner Tarvik Shipping of X': a company's seat, not
    where the ship goes (GUIDELINES "Port or Location": a company's seat is a Location), even in a
    clause about ships."""
    root = span.root
    prep = root.head
    owner = prep.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in ("in", "of")
        and (owner.ent_type_ in BODIES or owner.lemma_.lower() in SEAT_NOUNS)
    )


def names_a_thing(span: Span) -> bool:
    """'the X military administration', 'X's governor', '11:48 X time': the place's name modifies a noun
    that is no ship, port or seafaring word; the phrase names a body, an office or a clock of the
    place, not a ship's voyage, even in a clause about ships."""
    root = span.root
    head = root.head
    if root.dep_ not in ("compound", "nmod", "poss") or head.i == root.i or head.pos_ != "NOUN":
        return False
    if span.end < len(span.doc) and port_of_another(span.doc, span.end):
        return True  # 'the Varnshire port of Tarvik': Tarvik's port, in the region Varnshire
    return head.ent_type_ != VESSEL and head.lemma_.lower() not in SEAFARING | PORT_NOUNS | ROLE_WORDS


def _there(doc: Doc) -> set[str]:
    """'... anchored off X. It had loaded a cargo there': a voyage resting at the place last named
    (a Port of the list) in that sentence or the one before."""
    out = set()
    for tok in doc:
        if tok.lower_ != "there" or tok.head.lemma_.lower() not in PORT_VERBS:
            continue
        first = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
        places = [e for e in doc.ents if first <= e.start < tok.i and e.label_ == PORT]
        if places:
            out.add(_key(places[-1]))
    return out


def ports_in(span: Span) -> bool:
    """'calling at ports in X', 'ports in X and Y', 'X ports': X is where ports lie, an island or a
    region, no port of its own."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lemma_.lower() in PORT_NOUNS and doc[span.end].lower_.endswith("s"):
        return True
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "in"
        and prep.head.lemma_.lower() in PORT_NOUNS
        and prep.head.lower_ != prep.head.lemma_.lower()
    )


def role_word(span: Span) -> bool:
    """'X terminal', 'X's docks', 'the naval base at X', 'a shipyard in X': a port word about the place."""
    doc = span.doc
    if span.end < len(doc) and port_of_another(doc, span.end):
        return False  # 'the Varnshire port of Tarvik': Tarvik's port, in the region Varnshire
    after = list(doc[span.end : span.end + 4])
    if after and after[0].lower_ in ("'s", "\u2019s"):
        after = after[1:]
    while len(after) > 1 and after[0].is_lower and after[0].lower_ in TERMINAL_MODIFIERS:
        after = after[1:]  # 'the Kolva oil shipment terminal': the trade's words before the port word
    before = list(doc[max(span.sent.start, span.start - 3) : span.start])
    while any(t.is_punct for t in before):
        before = before[1:]  # 'the Tarvik terminal, near X': the port word is another place's
    # 'X, the main naval base': an apposition naming what the place is
    apposed = [t for c in span.root.children if c.dep_ == "appos" for t in c.subtree]
    if (_grams(after[:2]) | _grams(before) | _grams(apposed)) & ROLE_WORDS:
        return True
    return port_predicate(span) or apposed_port_word(span)


def port_predicate(span: Span) -> bool:
    """'X was the first port to act', 'X is a major container port': the place is the subject of 'be'
    whose complement is a port noun (common/port_nouns, context/port_role_words)."""
    root = span.root
    head = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or head.lemma_ != "be":
        return False
    return any(c.dep_ == "attr" and c.lemma_.lower() in PORT_NOUNS | ROLE_WORDS for c in head.children)


def home_port(span: Span) -> bool:
    """'the X-based destroyer', 'the X-based Kestrel': a ship based at the place (not a firm: a seat)."""
    doc = span.doc
    if home_port_phrase(span):
        return True  # 'the Kestrel, homeported in X'
    if span.end + 1 >= len(doc) or doc[span.end].text != "-" or doc[span.end + 1].lower_ not in HOME_WORDS:
        return False
    for tok in doc[span.end + 2 : min(span.end + 6, span.sent.end)]:
        if tok.ent_type_ == VESSEL or (tok.lower_ in SHIP_WORDS and tok.is_lower):  # not 'X Ship Management'
            return True
        if tok.ent_type_ in BODIES:  # 'Mumbai-based Kessel Ship Management': a company's seat, but
            return ship_after_body(doc, tok.i, min(tok.i + 6, span.sent.end))  # 'X-based Coast Guard cutter'
        if not (tok.is_alpha or tok.is_digit) or tok.pos_ in ("VERB", "ADP"):
            return False  # the noun phrase ended
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound", "amod", "nmod"):
            return False  # its head noun is no ship: 'Varn-based entities whose vessels ...'
    return False


def voyage_end(span: Span, vessels: set[int], ships: frozenset[str] = SHIPS) -> bool:
    """'departed Varnhamn', 'left Varnhamn', 'carrying grain from Varnhamn', 'en route to Varnhamn'
    in a clause about ships: the place where a ship's voyage starts, ends or rests
    (GUIDELINES "What in the text makes a port"), whatever the place's label; not a position ('off X')
    nor people taken somewhere ('the crew was flown to X': no ship in the clause)."""
    if any(t.lower_ in PLACE_HEADS for t in span):
        return False  # 'en route to the Suez Canal', 'sailed from Kestrel Island': a waterway, an island
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:  # 'from X and Y'
        root = root.head
    # 'to Somalia's capital, Mogadishu', 'from the UAE city of Khor Fakkan': the description's place
    if root.dep_ == "appos" and root.head.lemma_.lower() in TOWN_NOUNS:
        root = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in TOWN_NOUNS:
        root = root.head.head
    head = root.head
    if root.dep_ == "dobj":
        gov = head if head.lemma_.lower() in VOYAGE_OBJECT_VERBS else None
    elif root.dep_ == "pobj" and head.lower_ in PORT_OBJECT_PREPS:
        gov = head.head
        if gov.dep_ == "pobj" and gov.pos_ == "PROPN" and gov.head.dep_ == "prep":
            gov = gov.head  # 'from Djibouti to X': 'to' hangs on the first place
        if gov.lower_ in PORT_OBJECT_PREPS and gov.dep_ == "prep" and gov.head.i != gov.i:
            gov = gov.head  # ... or on its preposition: the voyage's verb above both
        while gov.pos_ in ("ADJ", "ADV") and gov.head.i != gov.i:  # 'sailed south to X'
            gov = gov.head
        if gov.dep_ == "dobj" and gov.head.lemma_.lower() in VOYAGE_VERBS:
            gov = gov.head  # 'carrying phosphate from X': the cargo the voyage verb carries
        gov = voyage_noun_of_be(gov) or gov  # 'had been on its way from X to Y': the way
        lemma = voyage_lemma(gov)  # 'set off from X'
        if head.lower_ == "in" and lemma not in IN_PORT_VERBS:
            gov = None
        elif lemma in SHIP_MOVE_VERBS:  # 'the warship, sent from X': the ship moves, or no voyage
            return ship_moved(gov, span, vessels) and not position(span)
        elif lemma not in VOYAGE_VERBS and gov.lower_ not in PORT_OBJECT_NOUNS:
            gov = None
    else:
        gov = None
    if gov is None or position(span):
        return False
    return seafaring(span, vessels, ships) or ship_pronoun_subject(gov, span, vessels)


def _conjuncts(tok: Token) -> set[int]:
    """The indices of the words coordinated with a word ('X, Y and Z': all three)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    out, todo = set(), [tok]
    while todo:
        t = todo.pop()
        out.add(t.i)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return out


def written_lists(places: list[Span]) -> list[list[Span]]:
    """The places written as one list, 'X, Y, and Z' or 'X and Y' (only commas and one 'and'/'or' between
    them), whatever the parse hangs the last name on ('Ports in X, Y, and Z saw ...': Z the subject); a
    lone comma is no list ('the port of X, Y': Y the region X lies in)."""
    out, run = [], []
    for e in sorted(places, key=lambda s: s.start):
        gap = e.doc[run[-1].end : e.start] if run else None
        if gap is not None and len(gap) and all(t.lower_ in LIST_JOINERS for t in gap):
            run.append(e)
            continue
        out.append(run)
        run = [e]
    out.append(run)
    return [r for r in out if len(r) > 1 and any(t.lower_ in ("and", "or") for t in r[0].doc[r[0].end : r[-1].start])]


def coordinated_ports(doc: Doc) -> set[str]:
    """The places coordinated with a place named with a port word: 'the Varn and Tarvik ports', 'the
    ports of Varn and Tarvik', 'Port Kestrel, Varn and Tarvik', 'container terminals across Varn,
    Tarvik and Kessel' (the word before the first name is about the whole list): each is named as a
    port too (a town of the port list then reads as the Port)."""
    places = [e for e in doc.ents if e.label_ in (PORT, LOCATION)]
    cued = [e for e in places if port_cue(e) or role_word(e)]
    if not cued:
        return set()
    out = set()
    lists = written_lists(places)
    for c in cued:
        group = _conjuncts(c.root) | {e.root.i for r in lists if any(e.start == c.start for e in r) for e in r}
        if len(group) < 2:
            continue
        for e in places:
            if e.root.i in group:
                out |= {_key(e), normalise_name(e.text)}
    return out


def port_body_names(doc: Doc) -> set[str]:
    """The places a port's own body is named after: 'the Varn Port Authority', 'Varn Harbour Board'
    (a company's or a body's name with an upper-case port noun after the place's name) names a port
    at Varn (GUIDELINES "Port or Location": a port authority is a port role)."""
    out = set()
    for e in doc.ents:
        if e.label_ not in BODIES:
            continue
        for i in range(1, len(e) - 1):  # a word after the port noun: 'Authority', 'Board', 'Trust'
            if e[i].lower_ in PORT_NOUNS and e[i].is_title and e[i - 1].text[:1].isupper():
                start = 1 if e[0].lower_ == "the" else 0
                if i > start:
                    out.add(normalise_name(e[start:i].text))
                break
    return out


def port_role_names(doc: Doc, cands: list[Candidate]) -> set[str]:
    """The places the article gives a port role: a Port found by the context rules ('the port of X',
    'arrived at X'), a Port named in a clause about ships where a voyage ends, starts or rests, a
    port word next to the name, a ship based there.  A position ('off X', 'near X', '40 miles from
    X') is none: any coastal town serves for that."""
    out = {normalise_name(doc[c.start : c.end].text) for c in cands if c.type == "Port"} | _there(doc)
    out |= coordinated_ports(doc) | port_body_names(doc)
    vessels = vessel_tokens(doc)
    for e in doc.ents:
        if e.label_ not in (PORT, LOCATION):
            continue
        context = e.label_ == PORT and span_ext(e, "osint_source") == "context"
        voyage = e.label_ == PORT and not position(e) and not seat(e) and not names_a_thing(e) and seafaring(e, vessels)
        voyage = voyage or voyage_end(e, vessels)  # a listed town the gazetteer read as a place
        if context or voyage or port_cue(e) or role_word(e) or home_port(e):
            out.add(_key(e))
            out.add(normalise_name(e.text))
    return out


def ship_role_names(doc: Doc) -> set[str]:
    """The places a port word names or a ship's own voyage ends, starts or rests at ('the ferry was
    travelling to X'; not 'the cargo was delivered by rail to X'): the roles that make a town no port
    list holds a Port."""
    vessels = vessel_tokens(doc)
    return {
        key
        for e in doc.ents
        if e.label_ in (PORT, LOCATION)
        and (port_cue(e) or role_word(e) or home_port(e) or voyage_end(e, vessels, SHIP_WORDS))
        for key in (_key(e), normalise_name(e.text))
    }


def feature_ports(doc: Doc) -> set[str]:
    """Named features a port word names as a port ('Tarsk Island wharf', 'the port of Tarsk Island',
    context/port_feature_heads): a Port throughout the file, though an island a ship only sails from
    stays a place (GUIDELINES, twenty-fifth round)."""
    return {
        _key(e)
        for e in doc.ents
        if e.label_ in (PORT, LOCATION)
        and any(t.lower_ in PORT_FEATURE_HEADS for t in e)
        and (port_cue(e) or role_word(e))
    }


def named_ports(doc: Doc) -> set[str]:
    """The places the article names as ports: a port noun or a port word beside one of its mentions ('the
    port of X', 'container-freight hubs in X'), or coordinated with a place so named ('container terminals
    across Y, X and Z'). A territory on the port list ('Guam') is a Port only so (GUIDELINES "Territories
    that are not states"); port28 added the port words and lists to the port nouns."""
    named = {_key(e) for e in doc.ents if e.label_ in (PORT, LOCATION) and (port_cue(e) or role_word(e))}
    return named | coordinated_ports(doc)


def _territory(e: Span, gazetteer: Gazetteer):
    """The Location entry of a territory of a state named like a port ('Guam', 'Gibraltar'), else None."""
    entry = gazetteer.lookup(e.text, "Location")
    return entry if entry is not None and "iso2" in entry.identifiers else None


def _named_town(e: Span) -> bool:
    """'the Saudi city of X', 'Somalia's capital, X', 'X, the capital of Y': the text calls it a town."""
    root = e.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in TOWN_NOUNS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in TOWN_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in TOWN_NOUNS for c in root.children)


def unlisted_town(e: Span, gazetteer: Gazetteer) -> bool:
    """Whether a place the port list does not hold is a town, which a written port role makes a Port
    (GUIDELINES "What the text gives decides"): the text calls it a city or town, or the sources know
    it as a city or not at all; not a state, a territory, a region or a named feature ('X Island',
    'X Bay'), which stay places where ships go."""
    if any(t.lower_ in PLACE_HEADS for t in e) or e.text in continents():
        return False
    if len(e) > 1 and e[0].lower_ in DIRECTION_WORDS:
        rest = e[1:].text  # 'Eastern Europe', 'Northern Varnia': a part of a continent or a state
        if rest in continents() or gazetteer.lookup(rest, "Country") is not None or cldr_country(rest) is not None:
            return False
    if len(e) > 2 and f"{e[0].lower_} {e[1].lower_}" in FOREIGN_FEATURES:
        return False  # 'Baía do Varnel', 'Bajo de Kessarin': a bay, a shoal
    if gazetteer.lookup(e.text, "Country") is not None or cldr_country(e.text) is not None:
        return False
    if gazetteer.country_of_capital(e.text) is not None:
        return False  # 'a trip to Kyiv': a capital the port list leaves out is inland
    if _named_town(e):
        return True
    if any(o.text == e.text and ports_in(o) for o in e.doc.ents):
        return False  # 'calling at ports in X': an island or a region around ports
    entries = gazetteer.lookup_all(e.text)
    return not any(x.attributes.get("kind") != "city" or "iso2" in x.identifiers for x in entries)


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
    vessels = vessel_tokens(doc)
    return {
        _key(e)
        for e in doc.ents
        if e.label_ == COUNTRY
        and e.root.dep_ == "pobj"
        and e.root.head.lower_ in PORT_OBJECT_PREPS
        and e.root.head.head.lemma_.lower() in VOYAGE_VERBS
        and seafaring(e, vessels)
        and _namesake_port(e, gazetteer) is not None
    }


def read_ports(doc: Doc, cands: list[Candidate], gazetteer: Gazetteer) -> None:
    """Retype every Port or Location mention of a place by the article's one reading of it."""
    ents = list(doc.ents)
    roles = port_role_names(doc, cands)
    # a territory (an island state's dependency: 'Guam', 'Gibraltar') is the place even where ships go,
    # unless the article names it as a port ('the port of X', 'X harbour'): GUIDELINES "Port or Location"
    named_port = named_ports(doc)
    namesakes = namesake_port_names(doc, gazetteer)
    ship_roles = ship_role_names(doc)
    features = feature_ports(doc)
    islands = island_names(doc) - named_port  # 'the island of X': a place where ships go (GUIDELINES)
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
        if _key(e) in islands:
            if e.label_ == PORT:
                ents[i] = annotate(e, "Location", "gazetteer", canonical=span_ext(e, "canonical"))
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
            elif territory is not None or (
                _key(e) in ship_roles and (unlisted_town(e, gazetteer) or _key(e) in features)
            ):
                # 'travelling to Tarvik', 'tied up at Tarsk Island wharf': the port
                ents[i] = annotate(e, "Port", span_ext(e, "osint_source") or "model", canonical=_town_name(e))
                changed = True
    if changed:
        doc.ents = ents


def model_places_as_ports(doc: Doc, gazetteer: Gazetteer) -> None:
    """The one reading again after the entity types, for the places the model found: `read_ports` runs
    with the context rules, before the model's place names ('Libreville', 'San Jose', a port the list
    keeps under a hidden name) are typed, so those became Locations whatever the article says of them.
    A Location the article writes a port role for ('docked at its home port in X', 'the X terminal',
    'sailed from X') is the Port of the list in every mention; a territory stays the place, as in
    `read_ports`."""
    ents = list(doc.ents)
    if not any(e.label_ == LOCATION for e in ents):
        return
    # the roles the text writes out: a port word, a home port, a voyage's end ('docked at X'); not a
    # Port label in a clause about ships (the first reading's own guess, which an unmarked
    # 'relatives arrived in X' or a dateline would spread to every mention)
    vessels = vessel_tokens(doc)
    roles = (
        {
            key
            for e in ents
            if e.label_ in (PORT, LOCATION) and (port_cue(e) or role_word(e) or home_port(e) or voyage_end(e, vessels))
            for key in (_key(e), normalise_name(e.text))
        }
        | coordinated_ports(doc)
        | port_body_names(doc)
    )
    named_port = named_ports(doc)
    ship_roles = ship_role_names(doc)
    features = feature_ports(doc)
    islands = island_names(doc) - named_port
    changed = False
    for i, e in enumerate(ents):
        if e.label_ != LOCATION or not (_key(e) in roles or normalise_name(e.text) in roles) or _key(e) in islands:
            continue
        territory = _territory(e, gazetteer)
        if territory is not None and _key(e) not in named_port:
            continue
        entry = gazetteer.lookup(e.text, "Port")
        source = span_ext(e, "osint_source") or "model"  # the model's find still: the filter weighs it so
        if entry is not None:
            ents[i] = annotate(e, "Port", source, entry=entry)
            changed = True
        elif territory is not None or (_key(e) in ship_roles and (unlisted_town(e, gazetteer) or _key(e) in features)):
            ents[i] = annotate(e, "Port", source, canonical=_town_name(e))
            changed = True
    if changed:
        doc.ents = ents


def _town_name(e: Span) -> str:
    """A town's name as the text writes it: a list's region of the same name ('Jazan' the province)
    is another place, whose canonical name it must not take."""
    return e[1:].text if len(e) > 1 and e[0].lower_ == "the" else e.text
