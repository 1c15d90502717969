"""Modality of a claim: hedged, negated, denial, accusation.

Pure functions over spaCy tokens, called by the `osint_claims` component for each
clause: they read the clause's tokens and its main predicate (the dependency parse)
and write nothing on the Doc; `claims.py` stores the answers on `model.Claim`
(`hedged`, `negated`, `stance`, `kind`).  The cue words are data, one source of
truth for every component: `sources/rules/common/hedge_*.txt`, `denial_*.txt`,
`accusation_verbs.txt`, and `sources/rules/modality/`.

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

from collections.abc import Iterable, Sequence

from spacy.tokens import Span, Token

from osint_graph.nlp import hedge_scope
from osint_graph.nlp.modal_readings import before_perfect, conditional_would, counterfactual, possibility_copula
from osint_graph.nlp.negation_readings import (
    NEGATED_CERTAINTY,
    denied_certainty,
    false_predicate,
    negative_implicative,
    predicate_chain,
    whether_or_not,
)
from osint_graph.nlp.question_readings import (
    OPEN_DIFFICULTY,
    OPEN_IF_NEGATED,
    OPEN_QUESTION,
    cannot_tell,
    doubted_that_clause,
    hard_to_know,
    open_question,
    open_question_verb,
)
from osint_graph.nlp.rules import words
from osint_graph.nlp.syntax import DASHES

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
DENIAL_VERBS = words("common/denial_verbs")
DENIAL_ADJ = words("common/denial_adjectives")
LABELLING_VERBS = words("modality/labelling_verbs")
ACCUSATION_VERBS = words("common/accusation_verbs")
RULE_OUT = words("modality/rule_out_verbs")
HEDGE_VERBS = words("common/hedge_belief_verbs")
SPEAKER_BELIEF_VERBS, I_WE = words("modality/speaker_belief_verbs"), ("i", "we")  # with "I" or "we" only
# on a description of the subject these label it ("a ship suspected of damaging a cable has stopped")
LABEL_ADJECTIVES = words("modality/label_adjectives")
# "was supposed to sail": a plan, unless a perfect infinitive follows ("is supposed to have sailed")
PLAN_VERBS = words("modality/plan_verbs")
# "is said to be", "is reported to have": hearsay
HEARSAY_VERBS = words("modality/hearsay_verbs")
HEARSAY_ADVERBS = words("modality/hearsay_adverbs")
# "Ship said to be attacked": the same hearsay with no auxiliary, headline style
BARE_HEARSAY = words("modality/bare_hearsay_participles")
# on a noun the predicate acts on these doubt that noun only ("speculate on possible involvement")
OBJECT_ADJECTIVES = words("modality/object_adjectives")
# a hedge inside a clause these open stays there ("after X reported the cable was apparently cut")
CLAUSE_MARKERS = words("modality/clause_markers")
# a hedge inside a phrase these head gives a doubted cause ("seemingly due to the drone detonating")
REASON_PHRASE_HEADS = words("modality/reason_phrase_heads")
# a hedge on the noun these open on a verb says why, not whether ("seized it for suspected smuggling")
REASON_PREPOSITIONS = words("modality/reason_prepositions")
THING_PREPOSITIONS = words("modality/thing_prepositions")
# a hedge on these nouns after "in" on a verb says why ("hit the port in an apparent response to C")
REASON_NOUNS = words("modality/reason_nouns")
# on a cited source these doubt what it reports ("according to unconfirmed reports, C")
SOURCE_DOUBTS = words("modality/source_doubts")
# the pronouns that open a relative clause which carries the sentence on (", which may cause C")
RELATIVE_WH = words("modality/continuative_relatives")
# "shared photos of suspected missile parts": a hedge in what a picture shows is not the claim's
DEPICTIONS = words("attribution/disclosed_things")


# the words (`lower_`) and lemmas every hedge test of `hedged` starts from: without one, no hedge
_CUE_WORDS = HEDGE_MODALS | PERFECT_MODALS | COPULA_MODALS | HEDGE_ADVERBS | OPEN_QUESTION | OPEN_IF_NEGATED | {"would"}
_CUE_WORDS |= OPEN_DIFFICULTY
_CUE_LEMMAS = VERIFY_VERBS | HEDGE_VERBS | HEDGE_NOUNS | HEARSAY_VERBS | HEDGE_RAISING | RULE_OUT | NEGATED_CERTAINTY
_CUE_LEMMAS |= SPEAKER_BELIEF_VERBS | hedge_scope.SPEAKER_BELIEF_NOUNS | hedge_scope.HEARSAY_NOUNS


def doubted_source(tokens: Iterable[Token]) -> bool:
    """Does a frame's source phrase doubt what it reports ("according to unverified accounts")?"""
    return any(t.lower_ in SOURCE_DOUBTS for t in tokens)


def is_hedge_token(tok: Token) -> bool:
    """A single token that hedges the predicate it modifies."""
    low = tok.lower_
    if low in HEDGE_MODALS and tok.tag_ == "MD":
        # "could not be reached" is inability, not doubt ("may not have" stays a hedge)
        return not (low == "could" and any(c.dep_ == "neg" for c in tok.head.children))
    if tok.lemma_ in HEDGE_NOUNS and tok.pos_ == "NOUN":
        return doubted_that_clause(tok) or hedge_scope.own_belief_noun(tok)
    if tok.lemma_ in NEGATED_CERTAINTY and tok.pos_ == "NOUN":
        return denied_certainty(tok)
    if tok.lower_ in OPEN_QUESTION or tok.lower_ in OPEN_IF_NEGATED:
        return open_question(tok)
    if tok.lower_ in OPEN_DIFFICULTY and tok.pos_ == "ADJ":
        return hard_to_know(tok)
    if low == "would" and tok.tag_ == "MD" and conditional_would(tok):
        return not counterfactual(tok)  # "if the sinking is confirmed, it would be the fifth ship lost": a conjecture
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
        passive = any(c.dep_ == "auxpass" for c in tok.children) or tok.tag_ == "VBN"
        if nxt is not None and nxt.lower_ in ("to", "of", "that"):
            if tok.lemma_ in ACTIVE_RAISING or passive:
                return True
        if passive and tok.lemma_ in HEDGE_PASSIVE:
            return True
    if hedge_scope.bare_report(tok):
        return True  # "a fire is reported on the bridge": hearsay with no reporter
    return hedge_scope.hearsay_state(tok) or hedge_scope.own_belief_noun(tok)  # "was reported dead", "my assessment"


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


def _inside_marked_clause(tok: Token, main: Token) -> bool:
    """Inside a subordinate clause opened by `clause_markers.txt` ("after X reported the cable was
    apparently severed", "did not say how it was purportedly stolen"), or inside the clause that is
    the subject of a copula ("what had appeared to be a leak was a fuel spill": the claim corrects it)."""
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
        node = node.head
    return False


def is_hedge_verb(tok: Token) -> bool:
    """'data suggest', 'investigators suspect', 'officials believe', 'we understand': the speaker's own
    uncertainty. Not when nobody holds the belief ("nobody believed it was an accident" is certainty).
    """
    mine = tok.lemma_ in SPEAKER_BELIEF_VERBS and any(c.dep_ == "nsubj" and c.lower_ in I_WE for c in tok.children)
    if (tok.lemma_ not in HEDGE_VERBS and not mine) or tok.pos_ != "VERB" or tok.tag_ == "VBN":
        return False
    if hedge_scope.advice(tok):
        return False  # "I suggest you refer to ...": advice
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
    negated = any(c.dep_ == "neg" for c in tok.children) or any(c.lower_ in ("cannot", "can't") for c in tok.children)
    if not negated:
        # "can not" split oddly: look back two tokens
        window = tok.doc[max(0, tok.i - 3) : tok.i]
        negated = any(t.lower_ in ("not", "n't", "cannot") for t in window)
    return negated


def hedged(tokens: Iterable[Token], main: Token | None = None) -> bool:
    """Is the clause hedged?  `tokens` are the claim's tokens.

    Cues anywhere in the clause count except inside a relative or participle
    clause on a noun, whose hedge is about that noun ("checks on ships
    suspected of ..." is no hedge on the checks) -- unless the noun is the
    subject ("a sailor believed to be from X is missing" is hedged), or the relative clause carries
    the sentence on ("struck the pier, which will likely be closed", `_continuative`).
    """
    if main is not None and cannot_tell(main):
        return True  # "the board could not say what sparked the fire": an open question
    for tok in tokens:
        if tok.lower_ not in _CUE_WORDS and tok.lemma_ not in _CUE_LEMMAS:
            continue  # each test below starts by asking for one of these words: none can hold
        if main is not None and (_unverified_description(tok, main) or hedge_scope.passed_on(tok, main)):
            return True  # 'a claim that could not be verified'; 'what X suspects is Y'; 'aware of claims that C'
        if _set_off_participle(tok):
            continue  # "Tasnim, believed to be close to the Guard, reported C": a label, like a relative clause
        if is_hedge_verb(tok):
            if main is not None and _restrictive_relative(tok, main):
                continue  # "arrested three people who they believe smuggled ...": whom, not whether
            return True  # "the tanker, which investigators suspect dragged its anchor": the suspicion is the news
        if is_hedge_token(tok) or is_rule_out(tok):
            if main is not None and _inside_relative(tok, main) and not _on_subject(tok, main):
                if not _continuative(tok, main) and not _identity_of_object(tok, main):
                    continue
            if main is not None and (_inside_marked_clause(tok, main) or hedge_scope.side_phrase(tok, main)):
                continue
            if main is not None and _on_an_object(tok, main):
                continue
            if main is not None and _noun_beside_predicate(tok, main):
                continue
            if _reason_or_purpose(tok):
                continue
            if main is not None and _in_a_depiction(tok, main):
                continue
            return True
    return False


def _unverified_description(tok: Token, main: Token) -> bool:
    """A negated verb of checking in a description beside the clause ('a claim that could not be
    independently verified'), not the clause's own predicate ('Reuters could not verify it')."""
    if tok.lemma_ not in VERIFY_VERBS or tok.pos_ != "VERB" or tok.i == main.i:
        return False
    negated = any(c.dep_ == "neg" or c.lower_ in ("cannot", "can't") for c in tok.children)
    return negated and _inside_relative(tok, main)


def _in_a_depiction(tok: Token, main: Token) -> bool:
    """A hedge on what a photo or video the predicate acts on shows ('shared photos of suspected
    missile parts', attribution/disclosed_things.txt): the sharing is asserted (the "suspected X"
    ruling of tests/gold/GUIDELINES.md: deeper than the object, it bears on that phrase only)."""
    noun = tok.head if tok.dep_ == "amod" else None
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    shown = noun.head.head
    return shown.lemma_ in DEPICTIONS and shown.head.i == main.i


def _reason_or_purpose(tok: Token) -> bool:
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


def _noun_beside_predicate(tok: Token, main: Token) -> bool:
    """A noun of doubt that is no argument of the predicate ('diverted north, leading to fears that C',
    'investigations into allegations that C'): the doubt is the side phrase's, not the claim's. As
    the subject or object of the predicate ('there are fears that C', 'shared the skepticism that C')
    it doubts C, also in what the predicate reports ('several said they shared the skepticism that C')."""
    if tok.lemma_ not in HEDGE_NOUNS or tok.pos_ != "NOUN":
        return False
    pred = tok.head.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head  # "one of the N"
    while pred.i != main.i and pred.dep_ in _COMPLEMENT_EDGES and pred.head.i != pred.i:
        pred = pred.head
    return pred.i != main.i


def _on_an_object(tok: Token, main: Token) -> bool:
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
    return noun.dep_ in ("dobj", "pobj") and noun.i != main.i


def _set_off_participle(tok: Token) -> bool:
    """A raising participle set off by a comma, with no auxiliary of its own ('the agency,
    believed to be close to the Guard, reported'; 'by a team of six, believed to be five men'): it
    describes the noun before it, as a relative clause between commas does, whatever the parse."""
    if tok.lemma_ not in HEDGE_RAISING | BARE_HEARSAY or tok.tag_ not in ("VBN", "VBD") or not _raising(tok):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False  # "was, it is believed, ..." and "is believed to" are the clause's own passive
    return tok.i > 0 and tok.nbor(-1).text == ","  # a subject never stands before its verb with a comma


def _identity_of_object(tok: Token, main: Token) -> bool:
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


def _on_subject(tok: Token, main: Token) -> bool:
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


def _inside_relative(tok: Token, main: Token) -> bool:
    """Inside a description of a noun: a relative or participle clause, an appositive, a phrase on it."""
    node = tok
    while node.i != main.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl", "appos"):
            return True
        if node.dep_ == "prep" and node.head.pos_ in ("NOUN", "PROPN", "PRON") and hedge_scope.after_comma(node):
            return True  # "the Lady R, allegedly at the heart of the operation"
        node = node.head
    return False


def negated(main: Token) -> bool:
    """Is the main predicate negated?  See the module docstring."""
    if is_rule_out(main) or open_question_verb(main) or cannot_tell(main):
        return False  # "cannot be ruled out", "it is not clear whether": hedges written as negations
    for pred in predicate_chain(main):
        if negative_implicative(pred) or false_predicate(pred):
            return True
        for child in pred.children:
            if child.dep_ == "neg" and child.lower_ in ("not", "n't", "never", "no"):
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


def is_denial(main: Token) -> bool:
    """The predicate denies or rejects: 'X denied the allegations', 'X called the reports baseless'."""
    if main.lemma_ in DENIAL_VERBS:
        return True
    if main.lemma_ in LABELLING_VERBS:
        return any(t.lower_ in DENIAL_ADJ for t in main.subtree)
    return False


def is_accusation(main: Token) -> bool:
    return main.lemma_ in ACCUSATION_VERBS


def hedge_cues(span: Span | Sequence[Token]) -> list[str]:
    """The hedge cue words in a span (for explanations and tests)."""
    return [t.text for t in span if is_hedge_token(t) or is_rule_out(t)]


def _continuative(tok: Token, main: Token) -> bool:
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


# -- a hedge from above the clause ----------------------------------------------------------------
# A sentence cut into clauses keeps each hedge on the clause that holds it; a hedge of the matrix
# clause also bears on its complement and on the verb phrases coordinated with it ("the ship appears
# to have sailed under two names, flown two flags and used six identities": all three are doubted).
# Not on relative clauses, participles on a noun or adverbial clauses: the walk up the parse follows
# only the edges below, and stops at any other.
_COMPLEMENT_EDGES = ("xcomp", "ccomp")


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
        elif node.dep_ in _COMPLEMENT_EDGES or (node.dep_ == "advcl" and open_question_verb(parent)):
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


def _restrictive_relative(tok: Token, main: Token) -> bool:
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
