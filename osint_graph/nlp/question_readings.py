"""Open questions and nouns of doubt over a clause (called by `hedge_cues.is_hedge_token`).

"it is unclear whether C", "it was not known why C", "it was difficult to conclude whether C" put the
question's proposition forward as possibly true; "a possibility that C", "the working theory was that
C" doubt their that-clause. Pure functions over spaCy tokens; the words are data:
`sources/rules/modality/open_question_*.txt` here, `hedge_nouns.txt` in `hedge_cues.py`, which picks
the nouns these readings are asked of.
"""

from __future__ import annotations

from spacy.tokens import Token

from osint_graph.nlp.rules import words

# "it is unclear whether C", "it was not known why C": an open question put forward as the claim
OPEN_QUESTION = words("modality/open_question_adjectives")
OPEN_IF_NEGATED = words("modality/open_question_negated")
# "it is difficult to say whether C": an adjective of difficulty on an infinitive of knowing
OPEN_DIFFICULTY = words("modality/open_question_difficulty")
KNOWING_VERBS = words("modality/open_question_knowing_verbs")


def doubted_that_clause(noun: Token) -> bool:
    """'a possibility that C', 'the likelihood that C': the noun has a that-clause and no 'no'. A
    clause the parser took for a relative one counts when its 'that' is a complementiser (mark), not
    a relative pronoun ('there were initial indications that the hijackers are Karskian')."""
    if any(c.lower_ == "no" for c in noun.children):
        return False
    subject = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun  # "one of the theories"
    if subject.dep_ == "nsubj" and subject.head.lemma_ == "be" and any(_that_clause(c) for c in subject.head.children):
        return True  # "the working theory was that C", "one of the possibilities is that C": what the noun holds
    return any(
        (c.dep_ in ("acl", "ccomp") and any(g.lower_ == "that" for g in c.children))
        or (c.dep_ == "relcl" and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children))
        for c in noun.children
    )


def _that_clause(c: Token) -> bool:
    return c.dep_ == "ccomp" and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)


def open_question(tok: Token) -> bool:
    """'it is unclear whether C', 'it was not known why C', 'whether C has not been established': the
    question is the claim, its proposition put forward as possibly true. Its subject is "it" or a
    clause; a noun that is unclear ('the cause remains unclear') is a gap, no hedge."""
    pred = tok.head if tok.dep_ in ("acomp", "oprd") else tok
    if tok.lower_ not in OPEN_QUESTION and not any(c.dep_ == "neg" for c in (*pred.children, *tok.children)):
        return False  # "it is clear that C" is certainty
    return any(
        c.dep_ in ("csubj", "csubjpass") or (c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ == "it")
        for c in pred.children
    )


def hard_to_know(tok: Token) -> bool:
    """'it was difficult to conclude whether C', 'it is hard to say if C': an open question written
    with an adjective of difficulty and an infinitive of knowing over a whether/if/wh- clause."""
    pred = tok.head if tok.dep_ in ("acomp", "oprd") else tok
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in pred.children):
        return False  # "the wreck was difficult to reach": no question
    knowing = [c for c in (*pred.children, *tok.children) if c.dep_ == "xcomp" and c.lemma_ in KNOWING_VERBS]
    return any(_asks(c) for k in knowing for c in k.children if c.dep_ == "ccomp")


def cannot_tell(verb: Token) -> bool:
    """'X could not say what sparked the fire', 'did not have enough information to say whether C': a
    negated verb of knowing or telling (modality/open_question_knowing_verbs.txt) over a whether/if/wh-
    clause, on the predicate itself or as the infinitive on its object or complement. The question is
    left open like 'it is not known whether C': hedged, not negated (tests/gold/GUIDELINES.md rulings)."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    # inability ("could not", "cannot"), not silence: "did not say who fired" withholds, negated (GUIDELINES)
    unable = any(c.dep_ == "aux" and c.lower_ in ("could", "can", "ca") for c in verb.children)
    knowing = [verb] if unable and verb.lemma_ in KNOWING_VERBS else []
    for c in verb.children:
        if c.dep_ == "xcomp" and unable:
            knowing.append(c)  # "could not begin to say whether C"
        elif c.dep_ == "dobj":
            knowing += [g for g in c.children if g.dep_ == "acl"]  # "not enough information to say whether C"
    return any(k.lemma_ in KNOWING_VERBS and any(c.dep_ == "ccomp" and _asks(c) for c in k.children) for k in knowing)


def _asks(clause: Token) -> bool:
    """Is the clause a question: opened by whether/if or a wh- word ('whether C', 'which ship fired')?"""
    first = clause.left_edge
    return first.lower_ in ("whether", "if") or first.tag_ in ("WDT", "WP", "WP$", "WRB")


def open_question_verb(verb: Token) -> bool:
    """Does the verb state an open question ('was unknown', 'is not clear', 'has not been established')?"""
    words_ = OPEN_QUESTION | OPEN_IF_NEGATED
    return any(t.lower_ in words_ and open_question(t) for t in (verb, *verb.children) if t.dep_ != "neg")
