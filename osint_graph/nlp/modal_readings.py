"""Which readings of a modal auxiliary hedge a clause (called by `hedge_cues.is_hedge_token`).

"would" is the future in the past of reported speech unless a condition governs it or a perfect
infinitive follows; "can" is ability unless it sits on a copula with a noun predicate; a past
perfect condition makes a counterfactual, which states what happened by its contrary. Pure
functions over spaCy tokens; the words are data: `sources/rules/modality/conditional_markers.txt`
here, and `copula_modals.txt`, `perfect_modals.txt` in `hedge_cues.py`, which picks the modals these
readings are asked of.
"""

from __future__ import annotations

from spacy.tokens import Token

from osint_graph.nlp.rules import words

CONDITIONAL_MARKERS = words("modality/conditional_markers")
AVOIDANCE_VERBS = words("modality/avoidance_verbs")
COMMITMENT_VERBS = words("modality/commitment_verbs")


def possibility_copula(modal: Token) -> bool:
    """'can' on a copula with a noun predicate and no negation ('it can also be a deception
    operation'): modality/copula_modals.txt."""
    verb = modal.head
    return (
        verb.lemma_ == "be"
        and any(c.dep_ == "attr" for c in verb.children)
        and not any(c.dep_ in ("neg", "auxpass") for c in verb.children)
    )


def before_perfect(tok: Token) -> bool:
    """'would have been', "wouldn't have had": the modal, an optional negation, 'have', a participle."""
    rest = [t for t in tok.doc[tok.i + 1 : tok.i + 4] if t.dep_ != "neg"]
    return len(rest) >= 2 and rest[0].lower_ == "have" and rest[1].tag_ == "VBN"


def conditional_would(tok: Token) -> bool:
    """'would' on a verb under a clause opened by if/unless (modality/conditional_markers.txt), or
    whose subject is an -ing verb with an object: "sinking the ship would be a blow to the fleet"
    weighs an act that has not happened, like "if they sank the ship, it would be a blow" (not
    "shipping through the strait would resume": an -ing noun, no object). The condition may sit in
    the verb's own phrase ("would opt for reducing transits if needed") or above it in the sentence
    ("even if the attacks end, there is no guarantee the canal would recover"): the parser hangs it
    on whichever verb is nearest."""
    verb = tok.head
    if any(c.dep_ == "csubj" and c.tag_ == "VBG" and any(g.dep_ == "dobj" for g in c.children) for c in verb.children):
        return True
    return any(_condition(t) for t in verb.subtree) or any(_condition(c) for a in _ancestors(verb) for c in a.children)


def _condition(clause: Token) -> bool:
    """An adverbial clause opened by if/unless."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKERS for m in clause.children)


def _ancestors(tok: Token) -> list[Token]:
    """The heads above a token up to its sentence's root (a parse is shallow; bounded)."""
    out, node = [], tok
    for _ in range(16):
        if node.head.i == node.i:
            break
        node = node.head
        out.append(node)
    return out


def counterfactual(modal: Token) -> bool:
    """A perfect modal under a past perfect condition ("if they had not pulled us, the boat would not
    have rocked"), or negated with a "without X" phrase ("the rescue would not have been possible
    without the beacon"): the speaker states what happened by its contrary, no guess about the past."""
    verb = modal.head
    heads = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    if any(c.dep_ == "neg" for c in verb.children) and any(c.lower_ == "without" for c in verb.children):
        return True  # "would not have been possible without X": X was needed, stated by its contrary
    return any(
        _condition(c) and any(a.lemma_ == "have" and a.tag_ == "VBD" and a.dep_ == "aux" for a in c.children)
        for h in heads
        for c in h.children
    )


def avoidable(modal: Token) -> bool:
    """'the loss could have been avoided', 'the risk might have been reduced': a perfect modal on the
    passive of a verb of avoiding a harm (modality/avoidance_verbs.txt) says the harm, which happened,
    was avoidable -- a judgement stated by its contrary, not a guess about the past."""
    verb = modal.head
    return before_perfect(modal) and verb.lemma_ in AVOIDANCE_VERBS and any(c.dep_ == "auxpass" for c in verb.children)


def committed(modal: Token) -> bool:
    """'they warned that actions would intensify if the flotilla is obstructed', 'had agreed that the boat
    would turn back if the wind rose': a conditional "would" in the clause a verb of warning, threat or
    undertaking governs (modality/commitment_verbs.txt) is what is warned of or agreed, no guess."""
    clause = modal.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.lemma_ in COMMITMENT_VERBS
