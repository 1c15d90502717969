"""Which tokens are hedge cues: the cue words of a claim's modality and the tests that say a single
token hedges the predicate it belongs to (called by `modality.hedged`, which then asks
`hedge_placement` whether the cue sits where it bears on the claim).

- a modal auxiliary of possibility (may, might, could; "would" only as a conjecture or under a
  condition, `modal_readings`), an adverb or adjective of doubt (apparently, allegedly, likely,
  possible: not "as soon as possible"), hearsay ("is said to", "it is claimed that", "reportedly"),
  raising verbs of belief ("is believed to", "appears to"), a noun of doubt over a clause ("fears
  that C"), an open question ("it is unclear whether C", `question_readings`), "cannot be ruled out";
- a verb of belief with its holder ("officials believe", "we suspect"), not "nobody believed".

Pure functions over spaCy tokens; the words are data, one source of truth for every component:
`sources/rules/common/hedge_*.txt` and `sources/rules/modality/`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Span, Token

from osint_graph.nlp import hedge_scope
from osint_graph.nlp.modal_readings import (
    avoidable,
    before_perfect,
    committed,
    conditional_would,
    counterfactual,
    possibility_copula,
)
from osint_graph.nlp.negation_readings import NEGATED_CERTAINTY, denied_certainty
from osint_graph.nlp.question_readings import (
    OPEN_DIFFICULTY,
    OPEN_IF_NEGATED,
    OPEN_QUESTION,
    doubted_that_clause,
    hard_to_know,
    open_question,
)
from osint_graph.nlp.rules import words

# the cue words, one source of truth for every component (sources/rules/common/, modality/)
HEDGE_ADVERBS = words("common/hedge_adverbs")
HEDGE_MODALS = words("common/hedge_modals")
# verbs whose passive or raising use hedges: "is believed to", "appears to", "is suspected of"
HEDGE_RAISING = words("common/hedge_raising_verbs") | words("modality/active_raising_verbs")
ACTIVE_RAISING = words("modality/active_raising_verbs")
PERFECT_MODALS = words("modality/perfect_modals")
COPULA_MODALS = words("modality/copula_modals")
HEDGE_NOUNS = words("modality/hedge_nouns")
DEGREE_BEFORE_POSSIBLE = words("modality/degree_before_possible")  # "everything possible"
VERIFY_VERBS = words("modality/verify_verbs")
HEDGE_PASSIVE = words("common/hedge_passive_verbs")
RULE_OUT = words("modality/rule_out_verbs")
HEDGE_VERBS = words("common/hedge_belief_verbs")
SPEAKER_BELIEF_VERBS, I_WE = words("modality/speaker_belief_verbs"), ("i", "we")  # with "I" or "we" only
CLAUSE_BELIEF_VERBS = words("modality/clause_belief_verbs")  # "he assumed (that) C": with a clause only
LIKENESS_VERBS = words("modality/likeness_verbs")  # "looks like C", "looks to have C"
# "was supposed to sail": a plan, unless a perfect infinitive follows ("is supposed to have sailed")
PLAN_VERBS = words("modality/plan_verbs")
# "is said to be", "is reported to have": hearsay
HEARSAY_VERBS = words("modality/hearsay_verbs")
HEARSAY_ADVERBS = words("modality/hearsay_adverbs")
# "Ship said to be attacked": the same hearsay with no auxiliary, headline style
BARE_HEARSAY = words("modality/bare_hearsay_participles")
# on a cited source these doubt what it reports ("according to unconfirmed reports, C")
SOURCE_DOUBTS = words("modality/source_doubts")
# "could hear", "could be seen": the past of "can" on a verb of perception, an ability
PERCEPTION_VERBS = words("modality/perception_verbs")


# the words (`lower_`) and lemmas every hedge test of `hedged` starts from: without one, no hedge
CUE_WORDS = HEDGE_MODALS | PERFECT_MODALS | COPULA_MODALS | HEDGE_ADVERBS | OPEN_QUESTION | OPEN_IF_NEGATED | {"would"}
CUE_WORDS |= OPEN_DIFFICULTY
CUE_LEMMAS = VERIFY_VERBS | HEDGE_VERBS | HEDGE_NOUNS | HEARSAY_VERBS | HEDGE_RAISING | RULE_OUT | NEGATED_CERTAINTY
CUE_LEMMAS |= SPEAKER_BELIEF_VERBS | hedge_scope.SPEAKER_BELIEF_NOUNS | hedge_scope.HEARSAY_NOUNS
CUE_LEMMAS |= CLAUSE_BELIEF_VERBS | LIKENESS_VERBS


def doubted_source(tokens: Iterable[Token]) -> bool:
    """Does a frame's source phrase doubt what it reports ("according to unverified accounts")?"""
    return any(t.lower_ in SOURCE_DOUBTS for t in tokens)


def is_hedge_token(tok: Token) -> bool:
    """A single token that hedges the predicate it modifies."""
    low = tok.lower_
    if low in HEDGE_MODALS and tok.tag_ == "MD":
        # "could not be reached" is inability, not doubt ("may not have" stays a hedge)
        if low == "could" and (any(c.dep_ == "neg" for c in tok.head.children) or _perceived(tok.head)):
            return False
        # "could have been decisive if further threats had arisen", "could have been avoided": what
        # happened stated by its contrary, no guess about the past (as "would have" under such a condition)
        return not (before_perfect(tok) and (counterfactual(tok) or avoidable(tok)))
    if tok.lemma_ in HEDGE_NOUNS and tok.pos_ == "NOUN":
        return doubted_that_clause(tok) or hedge_scope.own_belief_noun(tok)
    if tok.lemma_ in NEGATED_CERTAINTY and tok.pos_ == "NOUN":
        return denied_certainty(tok)
    if tok.lower_ in OPEN_QUESTION or tok.lower_ in OPEN_IF_NEGATED:
        return open_question(tok)
    if tok.lower_ in OPEN_DIFFICULTY and tok.pos_ == "ADJ":
        return hard_to_know(tok)
    if low == "would" and tok.tag_ == "MD" and conditional_would(tok):
        # "if the sinking is confirmed, it would be the fifth ship lost": a conjecture; not what is warned of
        return not counterfactual(tok) and not committed(tok)
    if low in COPULA_MODALS and tok.tag_ == "MD" and possibility_copula(tok):
        return True  # "it can also be a deception operation": what the thing may be
    if low in PERFECT_MODALS and tok.tag_ == "MD" and before_perfect(tok):
        # "would have been", "must have dragged": a conjecture about what happened; not under a past
        # perfect condition ("if they hadn't pulled us, the boat wouldn't have rocked"): a counterfactual
        return not counterfactual(tok)
    if low in HEDGE_ADVERBS and tok.pos_ in ("ADV", "ADJ", "VERB"):
        # "a likely target" hedges; "X alleged that C" (a verb with its subject) is the speech verb whose frame decides
        return not _feasibility(tok) and not (tok.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in tok.children))
    if tok.lemma_ in HEARSAY_VERBS and (_passive_before_infinitive(tok) or _impersonal_passive(tok)):
        return True
    if tok.lemma_ in HEDGE_RAISING and _impersonal_passive(tok):
        return True  # "it is understood (that) C": belief nobody owns, with or without "that"
    if tok.lemma_ in HEDGE_RAISING:
        # "is believed to be", "appears to have", "seems to", "it can be assumed that", "is suspected of"
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if tok.lemma_ in PLAN_VERBS and nxt is not None and nxt.lower_ == "to":
            after = tok.nbor(2) if tok.i + 2 < len(tok.doc) else None
            return after is not None and after.lower_ == "have"
        # "with dozens feared missing" (the parser may tag it VBD): a state predicated of its subject
        passive = any(c.dep_ == "auxpass" for c in tok.children) or tok.tag_ == "VBN" or state_complement(tok)
        if nxt is not None and nxt.lower_ in ("to", "of", "that"):
            if tok.lemma_ in ACTIVE_RAISING or passive:
                return True
        if passive and tok.lemma_ in HEDGE_PASSIVE:
            return True
    if tok.lemma_ in LIKENESS_VERBS and tok.pos_ == "VERB" and _likeness(tok):
        return True  # "looks like the ferry has run aground", "looks to have breached two tanks"
    if tok.lemma_ in ACTIVE_RAISING and tok.pos_ == "VERB" and _it_appears(tok):
        return True  # "it appeared the ferry lost power", "it seems the crew left": "it appears that C"
    if tok.lemma_ in ACTIVE_RAISING and tok.pos_ == "VERB" and adjective_complement(tok):
        return True  # "the damage appears relatively minor", "the incidents appear suspicious": what it looks like
    if hedge_scope.bare_report(tok):
        return True  # "a fire is reported on the bridge": hearsay with no reporter
    return hedge_scope.hearsay_state(tok) or hedge_scope.own_belief_noun(tok)  # "was reported dead", "my assessment"


def state_complement(verb: Token) -> bool:
    """ "dozens feared missing", "two crew feared drowned", "believed dead": the belief verb takes a
    state (an adjective or a participle, no "to") predicated of its subject: a hedged state, not a
    speaker with what he says."""
    for c in verb.children:
        if c.dep_ == "oprd":
            return True
        if c.dep_ == "xcomp" and c.tag_ in ("VBN", "JJ") and not any(g.lower_ == "to" for g in c.children):
            return True
    return False


def _perceived(verb: Token) -> bool:
    """'crews could hear air hissing', 'a helicopter could be seen': "could" on a verb of perception
    (modality/perception_verbs.txt) is the past of "can", what was there to perceive, not a doubt;
    not "could be seen as a provocation" (an interpretation put forward as possible)."""
    return verb.lemma_ in PERCEPTION_VERBS and not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _likeness(verb: Token) -> bool:
    """'looks like C', 'looks as if C', 'looks to have resulted in C' (modality/likeness_verbs.txt)."""
    after = [t.lower_ for t in verb.doc[verb.i + 1 : verb.i + 3]]
    if not after:
        return False
    if after[0] == "like" or after[:2] in (["as", "if"], ["as", "though"]):
        return True
    return after == ["to", "have"]


def _it_appears(verb: Token) -> bool:
    """'it appeared the ferry lost power': a raising verb with "it" for its subject and a clause after
    it with no "that" (the parser may take the clause's object for the verb's own, with the clause's
    verb hanging on it: a finite or participle verb inside that object)."""
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" and c.i < verb.i for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i > verb.i:
            return True
        if c.dep_ == "dobj" and any(g.tag_ in ("VBD", "VBZ", "VBP", "VBN") for g in c.subtree):
            return True
    return False


def adjective_complement(verb: Token) -> bool:
    """An adjective as the verb's complement ('appears minor', 'seemed intact'), however the parser labels it."""
    return any(c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ" for c in verb.children)


def _passive_before_infinitive(tok: Token) -> bool:
    """'are said to be', 'is reported to have': a passive participle, then 'to' and a verb."""
    if tok.tag_ not in ("VBN", "VBD") or tok.i + 2 >= len(tok.doc) or tok.nbor(1).lower_ != "to":
        return False
    passive = any(c.dep_ == "auxpass" for c in tok.children) or tok.nbor(-1).lemma_ == "be"
    if not passive and tok.lemma_ in BARE_HEARSAY and tok.nbor(2).lower_ in ("be", "have"):
        return _bare_participle(tok)
    return passive and tok.nbor(2).tag_ == "VB"


def _bare_participle(tok: Token) -> bool:
    """'Ship said to be attacked in Red Sea': the participle on a noun, or a headline's only verb (the
    parser takes it for the main verb). Not beside another finite verb ('... both reported to be over 50
    years old, were damaged', where the parse went astray) nor with an auxiliary ('has said')."""
    if any(c.dep_ == "aux" for c in tok.children):
        return False
    if tok.dep_ == "acl":
        return True
    return not any(t.i != tok.i and t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tok.sent)


def _impersonal_passive(tok: Token) -> bool:
    """'it is claimed that C', 'C, it is alleged': hearsay nobody owns, about the clause it governs."""
    if tok.tag_ != "VBN" or not any(c.dep_ == "ccomp" for c in tok.children):
        return False
    return any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in tok.children)


def _feasibility(tok: Token) -> bool:
    """'it was not possible for us to question the captain', 'access remained possible by ladder',
    'as soon as possible': what could be done, not a doubt. Only "it is possible (that) C" doubts C."""
    if tok.lower_ != "possible":
        return False
    if tok.i > 2 and tok.nbor(-1).lower_ == "as" and tok.nbor(-3).lower_ == "as":
        return True  # "as soon as possible", "as quickly as possible": a degree, not a doubt
    if tok.i > 0 and (tok.nbor(-1).tag_ == "JJS" or tok.nbor(-1).lower_ in DEGREE_BEFORE_POSSIBLE):
        return True  # "in the best possible manner", "to do everything possible": a degree, not a doubt
    if tok.dep_ == "amod":
        return False
    if tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in ("to", "for"):
        return True
    if tok.dep_ != "acomp":
        return False
    verb = tok.head  # "continued to be possible": the subject is the raising verb's
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ == "xcomp":
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and subjects[0].lower_ != "it"


def is_hedge_verb(tok: Token) -> bool:
    """'data suggest', 'investigators suspect', 'officials believe', 'we understand': the speaker's own
    uncertainty. Not when nobody holds the belief ("nobody believed it was an accident" is certainty).
    """
    # "we understand (that) C", "what I understand is C"; not "we are assessing the number of containers"
    mine = tok.lemma_ in SPEAKER_BELIEF_VERBS and any(c.dep_ == "nsubj" and c.lower_ in I_WE for c in tok.children)
    mine = mine and any(c.dep_ == "ccomp" or c.lower_ == "what" for c in tok.children)
    clause = tok.lemma_ in CLAUSE_BELIEF_VERBS and any(c.dep_ == "ccomp" for c in tok.children)
    if (tok.lemma_ not in HEDGE_VERBS and not mine and not clause) or tok.pos_ != "VERB" or tok.tag_ == "VBN":
        return False
    if hedge_scope.advice(tok):
        return False  # "I suggest you refer to ...": advice
    if any(c.dep_ == "prep" for c in tok.children) and not any(
        c.dep_ in ("ccomp", "xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ == "as") for c in tok.children
    ):
        return False  # "an e-mail hinting at links with Karsk": a phrase; "suspected drunkenness as a factor" is one
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ in ("nobody", "none", "nothing") or any(g.lower_ == "no" for g in c.children)
        ):
            return False
        if c.dep_ == "neg":
            return False
    return True


def is_rule_out(tok: Token) -> bool:
    """'cannot be ruled out' / 'is not excluded': a hedge written as a negation."""
    if tok.lemma_ not in RULE_OUT:
        return False
    negated = any(c.dep_ == "neg" or c.lower_ in ("cannot", "can't", "can’t") for c in tok.children)
    if not negated:
        # "can not" split oddly: look back two tokens
        window = tok.doc[max(0, tok.i - 3) : tok.i]
        negated = any(t.lower_ in ("not", "n't", "n’t", "cannot") for t in window)
    return negated


def hedge_cues(span: Span | Sequence[Token]) -> list[str]:
    """The hedge cue words in a span (for explanations and tests)."""
    return [t.text for t in span if is_hedge_token(t) or is_rule_out(t)]
