"""Modality of a claim: hedged, negated, denial, accusation.

Pure functions over spaCy tokens, called by the `osint_claims` component for each
clause: they read the clause's tokens and its main predicate (the dependency parse)
and write nothing on the Doc; `claims.py` stores the answers on `model.Claim`
(`hedged`, `negated`, `stance`, `kind`).  The cue words are data, one source of
truth for every component: `sources/rules/common/hedge_*.txt`, `denial_*.txt`,
`accusation_verbs.txt`, and `sources/rules/modality/`. Which tokens are cues is
`hedge_cues`; whether a cue bears on the claim or only on a side phrase is `hedge_placement`;
this module puts them together per clause and reads negation, denial and accusation.

- **hedged**: the author or the source does not commit to the proposition:
  modal auxiliaries (may, might, could), evidential or epistemic adverbs
  (apparently, allegedly, reportedly, possibly, probably, likely, unlikely, presumably,
  seemingly, purportedly, supposedly), "suspected", "believed to", "thought
  to", "is understood to", "feared dead", "appears/seems/purports to" (modality/active_raising_verbs.txt),
  "it can be assumed", "it is understood (that) C", "cannot be ruled out",
  "a possibility that" (modality/hedge_nouns.txt),
  "C, a claim that could not be verified" (modality/verify_verbs.txt), an open question over a
  clause ("it is unclear whether C", "it was not known why C": modality/open_question_*.txt; not a
  noun that "remains unclear", and not negated),
  "not excluded", "possible/unconfirmed", and the verbs of uncertain
  knowledge "suggest", "suspect", "believe" ("data suggest", "officials
  believe"; not "nobody believed", which is certainty).  "reportedly" counts: the article
  signals it does not vouch for the statement.  "would" does not (it is the
  future in the past of reported speech more often than a hedge) unless a perfect
  infinitive follows, a conjecture like "must have" ("would have been just outside the area",
  modality/perfect_modals.txt), or an if/unless clause governs it ("if C, it would be the fifth",
  modality/conditional_markers.txt), nor does "can" (capability) nor "estimate" (a reporting verb, not a hedge).
  A clause cut from a sentence keeps the hedge of the clause above it when it is that clause's
  complement or shares its verb phrase (`governing_hedge`: "may have dragged its anchor and then
  sailed on", "C, it is claimed").
- **negated**: the main predicate of the clause is negated ("not", "n't",
  "never", "no longer"), or its subject or object is "no X" / "none" /
  "nothing" / "nobody".  A negation inside a subordinate clause does not
  negate the claim ("it can be assumed that there is no need" is not negated);
  the hedge idiom "cannot be ruled out" is a hedge, not a negation.
- **denial**: the predicate denies or rejects an allegation (deny, reject,
  refute, dismiss, rebut, "called ... baseless/false"); stance "denial".
- **accusation**: accuse, charge, blame, condemn, allege.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from osint_graph.nlp import hedge_scope
from osint_graph.nlp.hedge_cues import (  # noqa: F401  (re-exported: other components read them here)
    CUE_LEMMAS,
    CUE_WORDS,
    HEDGE_MODALS,
    doubted_source,
    hedge_cues,
    is_hedge_token,
    is_hedge_verb,
    is_rule_out,
)
from osint_graph.nlp.hedge_placement import (
    COMPLEMENT_EDGES,
    continuative,
    identity_of_object,
    in_a_depiction,
    inside_marked_clause,
    inside_relative,
    noun_beside_predicate,
    on_an_object,
    on_subject,
    reason_or_purpose,
    restrictive_relative,
    set_off_participle,
    shown_doubted,
    unverified_description,
)
from osint_graph.nlp.negation_readings import (
    NEGATED_CERTAINTY,
    denied_certainty,
    false_predicate,
    negative_implicative,
    predicate_chain,
    whether_or_not,
)
from osint_graph.nlp.question_readings import cannot_tell, open_question_verb
from osint_graph.nlp.rules import words

DENIAL_VERBS = words("common/denial_verbs")
DENIAL_ADJ = words("common/denial_adjectives")
LABELLING_VERBS = words("modality/labelling_verbs")
ACCUSATION_VERBS = words("common/accusation_verbs")
LEGAL_ACTIONS = words("modality/legal_actions")


def hedged(tokens: Iterable[Token], main: Token | None = None) -> bool:
    """Is the clause hedged?  `tokens` are the claim's tokens.

    Cues anywhere in the clause count except inside a relative or participle
    clause on a noun, whose hedge is about that noun ("checks on ships
    suspected of ..." is no hedge on the checks) -- unless the noun is the
    subject ("a sailor believed to be from X is missing" is hedged), or the relative clause carries
    the sentence on ("struck the pier, which will likely be closed", `continuative`).
    """
    if main is not None and cannot_tell(main):
        return True  # "the board could not say what sparked the fire": an open question
    for tok in tokens:
        if tok.lower_ not in CUE_WORDS and tok.lemma_ not in CUE_LEMMAS:
            continue  # each test below starts by asking for one of these words: none can hold
        if main is not None and (unverified_description(tok, main) or hedge_scope.passed_on(tok, main)):
            return True  # 'a claim that could not be verified'; 'what X suspects is Y'; 'aware of claims that C'
        if main is not None and shown_doubted(tok, main):
            return True  # "posted footage that appeared to show a blaze": what the footage shows is doubted
        if set_off_participle(tok):
            continue  # "Tasnim, believed to be close to the Guard, reported C": a label, like a relative clause
        if is_hedge_verb(tok):
            if main is not None and (restrictive_relative(tok, main) or inside_marked_clause(tok, main)):
                continue  # "arrested three people who they believe smuggled ...": whom; "as reports suggested"
            return True  # "the tanker, which investigators suspect dragged its anchor": the suspicion is the news
        if is_hedge_token(tok) or is_rule_out(tok):
            if main is not None and inside_relative(tok, main) and not on_subject(tok, main):
                if not continuative(tok, main) and not identity_of_object(tok, main):
                    continue
            if main is not None and (inside_marked_clause(tok, main) or hedge_scope.side_phrase(tok, main)):
                continue
            if main is not None and on_an_object(tok, main):
                continue
            if main is not None and noun_beside_predicate(tok, main):
                continue
            if reason_or_purpose(tok):
                continue
            if main is not None and in_a_depiction(tok, main):
                continue
            return True
    return False


def negated(main: Token, span: tuple[int, int] | None = None) -> bool:
    """Is the main predicate negated?  See the module docstring. `span` (token start, end) is the
    claim's: a content clause of the predicate counts only inside it (a sentence cut into clauses
    gives each its own negation), and not when it is an open question ("said we cannot say what C")."""
    if is_rule_out(main) or open_question_verb(main) or cannot_tell(main):
        return False  # "cannot be ruled out", "it is not clear whether": hedges written as negations
    for pred in predicate_chain(main):
        if pred.i != main.i and not _inside(pred, span):
            continue
        if pred.i != main.i and (open_question_verb(pred) or cannot_tell(pred)):
            return False  # "said we cannot say what the drones targeted": an open question, hedged
        if negative_implicative(pred) or false_predicate(pred):
            return True
        for child in pred.children:
            if child.dep_ == "neg" and child.lower_ in ("not", "n't", "n’t", "never", "no"):  # ’: a typeset apostrophe
                if is_rule_out(pred) or whether_or_not(child):
                    continue
                return True
            if child.dep_ == "preconj" and child.lower_ == "neither":
                return True  # "officials neither confirmed nor denied the attack"
            if child.dep_ == "acomp" and any(g.dep_ == "neg" and g.lower_ in ("not", "never") for g in child.children):
                return True  # "rescue operations were “not successful”": the negation on the adjective
            if child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and (
                child.lower_ in ("none", "nothing", "nobody", "neither")
                or any(g.dep_ in ("det", "preconj") and g.lower_ in ("no", "neither") for g in child.children)
            ):
                if child.lemma_ in NEGATED_CERTAINTY and denied_certainty(child):
                    continue  # "there is no guarantee the canal would reopen": a doubt, not a negation
                return True  # "no one was hurt", "Neither Karsk nor Varnia have confirmed it"
            if child.dep_ == "advmod" and child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
                return True
    return False


def _inside(tok: Token, span: tuple[int, int] | None) -> bool:
    return span is None or span[0] <= tok.i < span[1]


def is_denial(main: Token) -> bool:
    """The predicate denies or rejects: 'X denied the allegations', 'X called the reports baseless'.
    Not a ruling on a legal action ('the judge dismissed the lawsuit', 'the appeal was rejected':
    modality/legal_actions.txt): the court disposes of a case, nobody calls an allegation false."""
    if main.lemma_ in DENIAL_VERBS:
        return not _legal_action(main)
    if main.lemma_ in LABELLING_VERBS:
        return any(t.lower_ in DENIAL_ADJ for t in main.subtree)
    return False


def _legal_action(verb: Token) -> bool:
    """A legal action (modality/legal_actions.txt) among the verb's own arguments: its object, its
    subject (a passive, or a headline "Lawsuit ... Dismissed" the parser reads as active) or a noun the
    parser hung on a phrase of the verb ("dismissed on Tuesday Varnia's lawsuit"); not one inside a
    clause below it ("rejected claims that the case was rigged")."""
    for tok in verb.subtree:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in LEGAL_ACTIONS:
            continue
        node = tok
        while node.i != verb.i and node.dep_ not in ("ccomp", "xcomp", "advcl", "relcl", "acl", "conj"):
            node = node.head
        if node.i == verb.i:
            return True
    return False


def is_accusation(main: Token) -> bool:
    return main.lemma_ in ACCUSATION_VERBS


# -- a hedge from above the clause ----------------------------------------------------------------
# A sentence cut into clauses keeps each hedge on the clause that holds it; a hedge of the matrix
# clause also bears on its complement and on the verb phrases coordinated with it ("the ship appears
# to have sailed under two names, flown two flags and used six identities": all three are doubted).
# Not on relative clauses, participles on a noun or adverbial clauses: the walk up the parse follows
# only the edges below, and stops at any other.


def governing_hedge(main: Token) -> bool:
    """Is the clause of `main` under a hedge of the clause that contains it (see above)?"""
    node = main
    sent = main.sent
    for _ in range(16):  # a parse is shallow; the bound guards against a cycle
        parent = node.head
        if parent.i == node.i or not (sent.start <= parent.i < sent.end) or _line_break(node, parent):
            return False  # a parse run across a paragraph break joins two statements, not a clause and its hedge
        if node.dep_ == "conj":
            # a verb phrase without a subject shares the modal and the adverbs before its first conjunct
            # ("may have sunk the ship and killed three"); a clause with its own subject does not
            if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in node.children) and _hedged_before(parent):
                return True
            if _question_mark(node) and open_question_verb(parent):
                return True  # "it was unknown why C1, and whether C2": a second open question
        elif node.dep_ in COMPLEMENT_EDGES or (node.dep_ == "advcl" and open_question_verb(parent)):
            if is_hedge_token(parent) or is_hedge_verb(parent) or open_question_verb(parent):
                return True  # "appears to have sailed", "officials believe (that) C", "it is unclear if C"
        else:
            return False
        node = parent
    return False


def _question_mark(verb: Token) -> bool:
    """A clause opened by 'whether' or 'if' (the embedded question of an open-question verb)."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)


def _hedged_before(verb: Token) -> bool:
    """A hedge modal or adverb on a verb, before it ('may have sunk', 'reportedly sank')."""
    return any(c.i < verb.i and c.dep_ in ("aux", "advmod") and is_hedge_token(c) for c in verb.children)


def _line_break(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any("\n" in t.text or "\n" in t.whitespace_ for t in a.doc[lo:hi])
