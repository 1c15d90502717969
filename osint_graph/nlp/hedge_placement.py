"""Where a hedge cue sits: does it bear on the claim's proposition, or only on a side phrase?

A cue found by `hedge_cues` hedges the claim unless it sits in a description of a noun (a relative
or participle clause, an appositive: "checks on ships suspected of ..."), in a clause opened by a
subordinator ("after X reported the cable was apparently cut"), in a reason or purpose phrase
("seized it for suspected smuggling"), on a noun the predicate acts on ("speculate on possible
involvement"), or in what a picture shows ("shared photos of suspected missile parts"); a cue on
the subject itself ("a sailor believed to be from X is missing"), on the identity of the object
("seized a boat thought to be carrying rifles") or in a relative clause that carries the sentence on
("..., which could cause a spill") still hedges (tests/gold/GUIDELINES.md, the "suspected X"
rulings). Called by `modality.hedged`. Pure functions over spaCy tokens; the words are data
(`sources/rules/modality/`, `attribution/disclosed_things.txt`).
"""

from __future__ import annotations

from spacy.tokens import Token

from osint_graph.nlp import hedge_scope
from osint_graph.nlp.hedge_cues import (
    ACTIVE_RAISING,
    BARE_HEARSAY,
    HEARSAY_ADVERBS,
    HEARSAY_VERBS,
    HEDGE_NOUNS,
    HEDGE_RAISING,
    VERIFY_VERBS,
)
from osint_graph.nlp.rules import words
from osint_graph.nlp.syntax import DASHES

# on a description of the subject these label it ("a ship suspected of damaging a cable has stopped")
LABEL_ADJECTIVES = words("modality/label_adjectives")
# on a noun the predicate acts on these doubt that noun only ("speculate on possible involvement")
OBJECT_ADJECTIVES = words("modality/object_adjectives")
# ... except these on the direct object, which say what it is believed to be ("arrest alleged traffickers")
IDENTITY_ADJECTIVES = words("modality/identity_adjectives")
# a hedge inside a clause these open stays there ("after X reported the cable was apparently cut")
CLAUSE_MARKERS = words("modality/clause_markers")
# a hedge inside a phrase these head gives a doubted cause ("seemingly due to the drone detonating")
REASON_PHRASE_HEADS = words("modality/reason_phrase_heads")
# a hedge on the noun these open on a verb says why, not whether ("seized it for suspected smuggling")
REASON_PREPOSITIONS = words("modality/reason_prepositions")
THING_PREPOSITIONS = words("modality/thing_prepositions")
# a hedge on these nouns after "in" on a verb says why ("hit the port in an apparent response to C")
REASON_NOUNS = words("modality/reason_nouns")
# the pronouns that open a relative clause which carries the sentence on (", which may cause C")
RELATIVE_WH = words("modality/continuative_relatives")
# "shared photos of suspected missile parts": a hedge in what a picture shows is not the claim's
DEPICTIONS = words("attribution/disclosed_things")

# the edges along which a clause is the complement of the verb above it
COMPLEMENT_EDGES = ("xcomp", "ccomp")


def inside_marked_clause(tok: Token, main: Token) -> bool:
    """Inside a subordinate clause opened by `clause_markers.txt` ("after X reported the cable was
    apparently severed", "did not say how it was purportedly stolen") or an infinitive of purpose
    ("remained aboard to see what could be salvaged"), or inside the clause that is the subject of a
    copula ("what had appeared to be a leak was a fuel spill": the claim corrects it)."""
    if tok.dep_ == "advmod" and tok.head.lower_ in REASON_PHRASE_HEADS and tok.head.dep_ == "prep":
        return True  # "the feed cut out, seemingly due to the drone detonating": the cause is doubted
    node = tok
    while node.i != main.i and node.head.i != node.i:
        if node.dep_ in ("csubj", "csubjpass") and node.head.lemma_ == "be":
            return True
        if node.dep_ == "prep" and node.lower_ in REASON_PHRASE_HEADS:
            return True
        if node.pos_ in ("VERB", "AUX") and any(
            c.lower_ in CLAUSE_MARKERS and c.dep_ in ("mark", "advmod") and c.i < node.i for c in node.children
        ):
            return True
        if _purpose(node):
            return True  # "stayed on board to see what could be salvaged": what for, the act is asserted
        node = node.head
    return False


def _purpose(node: Token) -> bool:
    """An infinitive clause of purpose on a verb ('remained on board to see what could be salvaged',
    'raised loans, ostensibly to develop its fishing industry'): an adverbial clause with its own "to"."""
    return node.dep_ == "advcl" and node.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children)


def unverified_description(tok: Token, main: Token) -> bool:
    """A negated verb of checking in a description beside the clause ('a claim that could not be
    independently verified'), not the clause's own predicate ('Reuters could not verify it')."""
    if tok.lemma_ not in VERIFY_VERBS or tok.pos_ != "VERB" or tok.i == main.i:
        return False
    negated = any(c.dep_ == "neg" or c.lower_ in ("cannot", "can't", "can’t") for c in tok.children)
    return negated and inside_relative(tok, main)


def shown_doubted(tok: Token, main: Token) -> bool:
    """A raising verb in what a picture shows ('posted footage that appeared to show a large blaze',
    'released footage showing the interception of what appears to be Karsk drones', 'videos posted of
    what appeared to be an interception', attribution/disclosed_things.txt): what the material shows
    is the claim (tests/gold/GUIDELINES.md, material released by a source), and its doubt hedges it,
    as "the footage appeared to show rockets" does. Not an adjective on a noun shown ("photos of
    suspected missile parts", `in_a_depiction`), nor material in a side phrase ("alongside a video
    purporting to show the strike")."""
    if tok.lemma_ not in ACTIVE_RAISING or tok.pos_ not in ("VERB", "AUX") or not _raising(tok):
        return False
    node = tok
    while node.i != main.i and node.head.i != node.i:
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_ in DEPICTIONS:
            # an argument of its verb ("posted footage", "followed by videos"), not a side phrase
            # ("published the statement alongside a video purporting to show the strike")
            return node.dep_ != "pobj" or node.head.dep_ == "agent"
    return False


def in_a_depiction(tok: Token, main: Token) -> bool:
    """A hedge on what a photo or video the predicate acts on shows ('shared photos of suspected
    missile parts', attribution/disclosed_things.txt): the sharing is asserted (the "suspected X"
    ruling of tests/gold/GUIDELINES.md: deeper than the object, it bears on that phrase only)."""
    noun = tok.head if tok.dep_ == "amod" else None
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    shown = noun.head.head
    return shown.lemma_ in DEPICTIONS and shown.head.i == main.i


def reason_or_purpose(tok: Token) -> bool:
    """A hedge adjective on the noun of a reason or purpose phrase on a verb ('seized the tanker for
    suspected smuggling', modality/reason_prepositions.txt; 'boarded the ship in an apparent attempt
    to recover the fuel', a noun that takes an infinitive): the phrase says why, the act is asserted
    (the "suspected X" ruling of tests/gold/GUIDELINES.md). Not 'hit in a suspected drone attack'."""
    noun = tok.head
    anchor = noun.head.head
    if anchor.dep_ == "dobj":
        anchor = anchor.head  # "seizes tanker for suspected X": the parser hangs the phrase on the object
    elif anchor.dep_ == "pobj" and noun.lemma_ in REASON_NOUNS:
        anchor = anchor.head.head  # "hit the port with airstrikes in an apparent response to C": on "airstrikes"
    if tok.dep_ != "amod" or noun.dep_ != "pobj" or anchor.pos_ not in ("VERB", "AUX"):
        return False
    if noun.head.lower_ in REASON_PREPOSITIONS or noun.lemma_ in REASON_NOUNS:
        return True  # "for suspected smuggling", "in an apparent response to the strike": why, not whether
    return any(c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in noun.children)


def noun_beside_predicate(tok: Token, main: Token) -> bool:
    """A noun of doubt that is no argument of the predicate ('diverted north, leading to fears that C',
    'investigations into allegations that C'): the doubt is the side phrase's, not the claim's. As
    the subject or object of the predicate ('there are fears that C', 'shared the skepticism that C')
    it doubts C, also in what the predicate reports ('several said they shared the skepticism that C')."""
    if tok.lemma_ not in HEDGE_NOUNS or tok.pos_ != "NOUN":
        return False
    pred = tok.head.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head  # "one of the N"
    while pred.i != main.i and pred.dep_ in COMPLEMENT_EDGES and pred.head.i != pred.i:
        pred = pred.head
    return pred.i != main.i


def on_an_object(tok: Token, main: Token) -> bool:
    """An adjective on a noun the predicate acts on ('declined to speculate on possible Karsk
    involvement', 'is weighing possible approaches'): it doubts that noun, not the claim -- unlike
    one on the subject ('the likely cause was a mine') or on the predicate noun ('was a likely
    target'). The adjectives are `modality/object_adjectives.txt`; a hedge adverb on any adjective of
    such a noun does the same ('to accept the ship and its potentially explosive cargo')."""
    if tok.dep_ == "advmod" and tok.head.dep_ == "amod" and tok.pos_ == "ADV":
        tok = tok.head  # 'unable to find a port for its potentially explosive cargo': on the adjective
    elif tok.lower_ not in OBJECT_ADJECTIVES or tok.dep_ != "amod":
        return False
    if tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = tok.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("as", "in"):
        # "treating the outage as possible sabotage": what the thing is taken for; "hit in a suspected
        # drone attack": the event the clause tells of, doubted like "in an apparent attack"
        return False
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # 'to accept the ship and its potentially explosive cargo'
    if _identity_of_object(tok, noun, main):
        return False  # "police arrest three alleged traffickers": who they are is a belief
    return noun.dep_ in ("dobj", "pobj") and noun.i != main.i


def _identity_of_object(adjective: Token, noun: Token, main: Token) -> bool:
    """'arrest three alleged traffickers', 'shows an alleged attack': an adjective of
    modality/identity_adjectives.txt right on the predicate's direct object, no other adjective
    after it ("seized alleged stolen fuel" labels the fuel by its theft)."""
    if adjective.lower_ not in IDENTITY_ADJECTIVES or noun.dep_ != "dobj" or noun.head.i != main.i:
        return False
    between = noun.doc[adjective.i + 1 : noun.i]
    return not any(t.tag_ in ("JJ", "VBN", "VBG") for t in between)


def set_off_participle(tok: Token) -> bool:
    """A raising participle set off by a comma, with no auxiliary of its own ('the agency,
    believed to be close to the Guard, reported'; 'by a team of six, believed to be five men'): it
    describes the noun before it, as a relative clause between commas does, whatever the parse."""
    if tok.lemma_ not in HEDGE_RAISING | BARE_HEARSAY or tok.tag_ not in ("VBN", "VBD") or not _raising(tok):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False  # "was, it is believed, ..." and "is believed to" are the clause's own passive
    if tok.dep_ in ("ROOT", "ccomp") and any(
        c.dep_ in ("nsubj", "nsubjpass") and max(t.i for t in c.subtree if not t.is_punct) > c.i for c in tok.children
    ):
        # "the attack, which took place on Monday, appeared to be the worst": the comma closes a description
        # of the subject, the verb is the clause's own (not "Iranian vessel, said to be a spy ship, hit by ...")
        return False
    return tok.i > 0 and tok.nbor(-1).text == ","  # a subject never stands before its verb with a comma


def identity_of_object(tok: Token, main: Token) -> bool:
    """A raising participle right after the noun the predicate acts on ('sighted 183 vessels believed
    to be militia', 'seized a boat thought to be carrying rifles'): what that thing is is a belief, as
    with 'a suspected attack drone' (tests/gold/GUIDELINES.md, rulings). Not after a comma (a label)."""
    if tok.dep_ != "acl" or not _raising(tok) or tok.nbor(-1).text == ",":
        return False
    noun = tok.head
    if noun.dep_ == "dobj":
        return noun.head.i == main.i
    # a count the parser read as a preposition's object ('sighted around 183 vessels'), the thing the
    # event is on ('explosions were reported aboard a tanker suspected to be part of the fleet'), or the
    # agent of a passive, the logical subject ('was attacked by drones suspected to be Karsk's')
    counted = any(c.dep_ == "nummod" for c in noun.children) or noun.head.lower_ in THING_PREPOSITIONS
    return noun.dep_ == "pobj" and (counted or noun.head.dep_ == "agent") and noun.head.head.i == main.i


def on_subject(tok: Token, main: Token) -> bool:
    """A hedge on the subject itself ('a sailor believed to be from the Philippines is missing').

    Not a relative clause ('the vessel, which is believed to have Chinese owners, was boarded'), nor
    a label ('a ship suspected of damaging a cable has stopped transmitting'): those describe the
    subject, and the clause asserts something else about it.
    """
    if tok.lower_ in LABEL_ADJECTIVES and not _raising(tok):
        return False  # "a ship suspected of damaging a cable" labels; "a fleet suspected to be X" doubts
    node = tok
    while node.i != main.i and node.head.i != node.i:
        if node.dep_ == "relcl":
            return False
        if node.dep_ in ("acl", "appos") or (
            node.dep_ == "prep" and node.head.pos_ in ("NOUN", "PROPN") and hedge_scope.after_comma(node)
        ):
            return _is_subject(node.head, main)
        node = node.head
    return False


def _is_subject(noun: Token, main: Token) -> bool:
    """The clause's subject -- or the real subject after a dateline the parser took for it ("Karsvik
    (Northwind News, March 3) -- Ships believed to be militia remain ...": "Ships" hangs on "Karsvik"
    as an appositive after the dateline's closing bracket and dash)."""
    if noun.dep_ == "appos" and _after_dateline(noun):
        noun = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == main.i


def _after_dateline(noun: Token) -> bool:
    """An appositive right after ") --": the end of a dateline, not a label set off by commas."""
    first = noun.left_edge.i
    doc = noun.doc
    return first > 1 and (doc[first - 1].text in DASHES or doc[first - 1].text == "-") and doc[first - 2].text == ")"


def inside_relative(tok: Token, main: Token) -> bool:
    """Inside a description of a noun: a relative or participle clause, an appositive, a phrase on it."""
    node = tok
    while node.i != main.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl", "appos"):
            return True
        if node.dep_ == "prep" and node.head.pos_ in ("NOUN", "PROPN", "PRON") and hedge_scope.after_comma(node):
            return True  # "the Lady R, allegedly at the heart of the operation"
        node = node.head
    return False


def continuative(tok: Token, main: Token) -> bool:
    """Inside a relative clause that carries the sentence on (", which could cause a spill." at the
    end of the clause, after a comma or dash, on a noun that is not the subject): it adds a
    statement of its own, hedged by its own cue, unlike a description of the subject ("the vessel,
    which is believed to have Chinese owners, was boarded") or a restrictive one ("ships suspected
    of ..."). Hearsay there is background on the noun, not a doubt on the news
    (modality/hearsay_adverbs.txt)."""
    node = _relative_clause(tok, main)
    if node is None or node.head.dep_ in ("nsubj", "nsubjpass"):
        return False
    if tok.lower_ in HEARSAY_ADVERBS or tok.lemma_ in HEARSAY_VERBS:
        return False  # "exported to Karsk, which has reportedly used it": background hearsay on the noun
    first, last = node.left_edge, node.right_edge
    if first.lower_ not in RELATIVE_WH or _opens_bare(first, (",", "—", "–")):
        return False
    # the relative clause ends its clause: nothing but punctuation after it in the main clause
    return all(t.is_punct or t.is_space for t in main.doc[last.i + 1 : main.right_edge.i + 1])


def restrictive_relative(tok: Token, main: Token) -> bool:
    """Inside a relative clause with no comma before it ("the people who they believe smuggled
    migrants", "reports which suggested fewer"): it picks out a noun, it does not doubt the clause."""
    node = _relative_clause(tok, main)
    return node is not None and node.left_edge.i > 0 and _opens_bare(node.left_edge, (",", "—", "–", "("))


def _relative_clause(tok: Token, main: Token) -> Token | None:
    """The head of the relative clause that holds `tok` below `main`, if any."""
    node = tok
    while node.i != main.i and node.head.i != node.i and node.dep_ != "relcl":
        node = node.head
    return node if node.dep_ == "relcl" else None


def _opens_bare(first: Token, separators: tuple[str, ...]) -> bool:
    """Does a clause starting at `first` open without one of `separators` before it (or the text)?"""
    return first.i == 0 or first.nbor(-1).text not in separators


def _raising(tok: Token) -> bool:
    """'suspected to be', 'alleged to have': a participle raising a to-infinitive, a doubt like 'believed to'."""
    return tok.i + 2 < len(tok.doc) and tok.nbor(1).lower_ == "to" and tok.nbor(2).tag_ == "VB"
