"""What a text writes about a place beside its name, read for the one Port-or-Location reading of
`port_reading` (GUIDELINES "Port or Location ... What in the text makes a port"):

- a phrase set beside the name that calls it a port ('Varnhamn, the country's biggest port',
  'Varnia's main oil terminal, Varnhamn', 'Varnhamn, the main naval base in Karsk'): a port word as
  the head noun of the description, on either side of the name, found on the words themselves
  (the parse often hangs such a phrase on the verb);
- a ship based there written with its participle after the ship ('the Kestrel, homeported in
  Varnhamn', 'a frigate stationed at Varnhamn'; not 'a detachment based in Varnhamn') or with a
  body's name between the place and the ship ('the Varnhamn-based Coast Guard cutter Kestrel');
- a place the text calls an island ('the Italian island of Tolm', 'Tolm, a small island'): a Location
  even where ships go, unless the text names it as a port ('the port of the island of Tolm').
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from osint_graph.gazetteer import normalise_name
from osint_graph.nlp.extensions import span_ext
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.rules import words

PORT_NOUNS = words("common/port_nouns")
ROLE_WORDS = words("context/port_role_words")
HOME_WORDS = words("context/home_port_words")
SHIP_WORDS = words("common/vessel_nouns") | words("common/carrier_nouns")
ISLAND_NOUNS = words("context/island_nouns")
VESSEL = LABEL_OF_TYPE["Vessel"]
PLACES = frozenset({LABEL_OF_TYPE["Port"], LABEL_OF_TYPE["Location"]})
OPENERS = frozenset({"the", "a", "an", "its", "their"})  # a description opens with one, or with 'Varnia's'
STOPS = words("context/description_stop_pos")  # where the description's noun ends
MAX_WORDS = 7


def _ends_in(tokens: list[Token], heads: frozenset[str]) -> bool:
    """Whether a noun phrase's last word (or last two) is one of `heads`."""
    if not tokens or tokens[-1].pos_ not in ("NOUN", "PROPN"):
        return False
    last = tokens[-1].lower_
    return last in heads or (len(tokens) > 1 and f"{tokens[-2].lower_} {last}" in heads)


def _description_after(span: Span) -> list[Token]:
    """The noun phrase of ', the country's biggest port' after a name, up to its head noun."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ not in OPENERS:
        return []
    out = []
    for tok in doc[span.end + 1 : min(span.end + 1 + MAX_WORDS, span.sent.end)]:
        if tok.pos_ in STOPS and tok.lower_ not in ("'s", "\u2019s"):
            break
        out.append(tok)
    return out


def _description_before(span: Span) -> list[Token]:
    """The noun phrase of 'Varnia's main oil terminal, ' before a name that ends its clause there."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if span.start < 2 or doc[span.start - 1].text != "," or (after is not None and not after.is_punct):
        return []
    out: list[Token] = []
    for tok in reversed(doc[max(span.sent.start, span.start - 1 - MAX_WORDS) : span.start - 1]):
        if tok.pos_ in STOPS and tok.lower_ not in ("'s", "\u2019s"):
            break
        out.insert(0, tok)
    opened = any(t.lower_ in OPENERS or t.lower_ in ("'s", "\u2019s") for t in out)
    return out if opened else []


def described_as(span: Span, heads: frozenset[str]) -> bool:
    """Whether a phrase set beside the name has one of `heads` as its head noun."""
    return _ends_in(_description_after(span), heads) or _ends_in(_description_before(span), heads)


def apposed_port_word(span: Span) -> bool:
    """'X, the country's biggest port', 'its main oil terminal, X', 'X, the main naval base in Y'."""
    return described_as(span, PORT_NOUNS | ROLE_WORDS)


def _is_ship(tok: Token) -> bool:
    return tok.ent_type_ == VESSEL or (tok.lower_ in SHIP_WORDS and tok.is_lower)


def home_port_phrase(span: Span) -> bool:
    """'the Kestrel, homeported in X', 'a frigate stationed at X': a ship's participle of its base."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("in", "at"):
        return False
    verb = prep.head
    if verb.lower_ not in HOME_WORDS or verb.dep_ not in ("acl", "relcl", "amod"):
        return False
    ship = verb.head
    named = [t for t in ship.children if t.dep_ in ("appos", "compound")]  # 'the cutter Kestrel'
    return _is_ship(ship) or any(_is_ship(t) for t in named)


def ship_after_body(doc: Doc, start: int, end: int) -> bool:
    """'the X-based Coast Guard cutter Kestrel': a body's name in the noun phrase before a ship noun or
    a ship's name (not 'X-based Kessel Ship Management', a company)."""
    for tok in doc[start:end]:
        if _is_ship(tok):
            return True
        if not (tok.ent_type_ or tok.pos_ in ("PROPN", "ADJ")) or tok.pos_ in ("VERB", "ADP", "PUNCT"):
            return False
    return False


def island_names(doc: Doc) -> set[str]:
    """The places the text calls islands ('the Italian island of X', 'X, a small island'), unless that
    island is itself named as a port ('the port of the island of X')."""
    out = set()
    for e in doc.ents:
        if e.label_ not in PLACES:
            continue
        root = e.root
        noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
        if noun is not None and noun.lower_ in ISLAND_NOUNS:
            above = noun.head
            if above.lower_ == "of" and above.head.lemma_.lower() in PORT_NOUNS:
                continue  # 'the port of the island of X': a port named by the island
        elif not described_as(e, ISLAND_NOUNS):
            continue
        out |= {normalise_name(span_ext(e, "canonical") or e.text), normalise_name(e.text)}
    return out
