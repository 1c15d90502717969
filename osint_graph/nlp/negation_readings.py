"""Readings of a clause that say it is negated or not, beyond a "not" on its verb (called by
`modality.negated` and `hedge_cues.is_hedge_token`).

A negative implicative says the act of its infinitive did not happen ("failed to reach", "was
unable to board", "has yet to comment"), unless the infinitive is a gap to be filled ("is yet to be
determined") or a check of an open question ("unable to confirm whether C", hedged); a subject
called false with a copula is a denial ("the report is false"); "whether or not" is the alternative
of an open question; "there is no guarantee (that) C" doubts C. `predicate_chain` is the main
predicate and the verbs that carry its meaning, which `modality.negated` reads. Pure functions over
spaCy tokens; the words are data: `sources/rules/modality/negative_implicatives.txt`,
`finding_out_verbs.txt`, `negated_certainty_nouns.txt`, `verify_verbs.txt`, `common/report_verbs.txt`
and `common/denial_adjectives.txt`.
"""

from __future__ import annotations

from spacy.tokens import Token

from osint_graph.nlp.rules import words

NEGATIVE_IMPLICATIVES = words("modality/negative_implicatives")
FINDING_OUT_VERBS = words("modality/finding_out_verbs")
NEGATED_CERTAINTY = words("modality/negated_certainty_nouns")
VERIFY_VERBS = words("modality/verify_verbs")
DENIAL_ADJ = words("common/denial_adjectives")
# the content of "adding (that) no one was hurt", "the court ruled that C" is what the clause states
# (its negation is the claim's)
REPORT_VERBS = words("common/report_verbs")
CONTENT_HEADS = REPORT_VERBS | words("modality/content_clause_heads")


def denied_certainty(noun: Token) -> bool:
    """'there is no guarantee (that) C' (modality/negated_certainty_nouns.txt): "no" on the noun and a
    clause below it, a that-clause or one the parser hangs on the noun without "that"."""
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return False
    return any(c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") for c in noun.children)


def whether_or_not(neg: Token) -> bool:
    """'whether or not it is offloading the cargo': the alternative of an open question, no negation."""
    return neg.i >= 2 and neg.nbor(-1).lower_ == "or" and neg.nbor(-2).lower_ == "whether"


def negative_implicative(pred: Token) -> bool:
    """'failed to reach', 'was unable to board', 'has yet to comment' (modality/negative_implicatives.txt):
    the act of the infinitive did not happen. Not 'unable to confirm whether C' (an open question)."""
    for holder in (pred, *(c for c in pred.children if c.dep_ == "acomp")):
        infinitives = [c for c in holder.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        if not infinitives or any(x.lemma_ in VERIFY_VERBS and question_below(x) for x in infinitives):
            continue
        if any(x.lemma_ in FINDING_OUT_VERBS and any(c.dep_ == "auxpass" for c in x.children) for x in infinitives):
            continue  # "is yet to be determined": a gap
        cue = holder.lemma_ in NEGATIVE_IMPLICATIVES or holder.lower_ in NEGATIVE_IMPLICATIVES
        if cue or any(c.dep_ == "advmod" and c.lower_ in NEGATIVE_IMPLICATIVES for c in holder.children):
            return True
    return False


def question_below(verb: Token) -> bool:
    """A clause opened by 'whether' or 'if' below the verb ('unable to confirm whether C')."""
    return any(
        c.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
        for c in verb.children
    )


def false_predicate(pred: Token) -> bool:
    """'a claim that its forces had attacked the carrier is false', 'that is incorrect': the subject
    called false, a denial (common/denial_adjectives.txt) with a copula, as after 'called'."""
    return pred.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in DENIAL_ADJ for c in pred.children)


def predicate_chain(main: Token) -> list[Token]:
    """The main predicate plus the verbs it hands its meaning to (xcomp, aux), and the content clause
    of a predicate of saying or finding that is the clause's own predicate ("..., adding that no one
    was hurt", "the court ruled that the owner is not liable", "he was adamant that C"): the claim
    states what that clause states, so its negation is the claim's."""
    chain = [main]
    for child in main.children:
        if child.dep_ in ("xcomp",) and child.pos_ in ("VERB", "AUX"):
            chain.append(child)
        elif child.dep_ == "ccomp" and content_clause(main, child):
            chain.append(child)
        elif child.dep_ == "acomp" and child.lemma_ in CONTENT_HEADS:
            chain.extend(c for c in child.children if c.dep_ == "ccomp" and content_clause(child, c))
    return chain


def content_clause(head: Token, clause: Token) -> bool:
    """Is `clause` (a ccomp of `head`) the proposition a predicate of saying or finding states? Not an
    embedded question ("did not say whether C": the open question is no statement)."""
    if head.lemma_ not in CONTENT_HEADS and not (head.lemma_ == "be" and _adjective_head(head)):
        return False
    return clause.pos_ in ("VERB", "AUX") and not any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children
    )


def _adjective_head(copula: Token) -> bool:
    """'it is clear that C', 'he was adamant that C': a copula whose adjective is a content head (the
    parser may hang the that-clause on the copula instead of the adjective)."""
    return any(c.dep_ == "acomp" and c.lemma_ in CONTENT_HEADS for c in copula.children)
