"""Hedge scope: side phrases a hedge cue stays inside, and hearsay written with a complement.

Pure functions over spaCy tokens, called by `modality.hedged`, `hedge_cues.is_hedge_token` and `hedge_placement`. The
rulings they follow are tests/gold/GUIDELINES.md's ("Rulings on hedges and negated speech acts"):
a cue that describes a noun or sits in a side phrase bears on that phrase only ("a ship suspected of
cutting the cable has docked" labels the subject; "seized the tanker for suspected smuggling" says
why), while hearsay with no reporter named hedges the claim ("is reported to be", "reportedly").
"""

from __future__ import annotations

from spacy.tokens import Token

from osint_graph.nlp.question_readings import doubted_that_clause
from osint_graph.nlp.rules import words

# "one person was reported dead": passive hearsay verbs whose complement is the reported state (lemmas)
HEARSAY_STATE_VERBS = words("modality/hearsay_state_verbs")
# before a gerund: "for allegedly damaging a cable", "over allegedly evading sanctions"
REASON_GERUND_PREPOSITIONS = words("modality/reason_gerund_prepositions")
# hearsay on a description or a side phrase is background, not a doubt on the claim (as in `_continuative`)
HEARSAY_ADVERBS = words("modality/hearsay_adverbs")
# "that is my assessment", "strengthen our hypothesis": the speaker's own belief, as "we believe" (lemmas)
SPEAKER_BELIEF_NOUNS = words("modality/speaker_belief_nouns")
# on the subject of a reporting verb these doubt what it reports ("unconfirmed reports indicate that C")
SOURCE_DOUBTS = words("modality/source_doubts")
# "a boat carrying what the command suspects is a shipment of arms": a believer's "what appears to be"
BELIEF_VERBS = words("common/hedge_belief_verbs") | words("modality/speaker_belief_verbs")
# "aware of claims that C": a claim passed on, not vouched for; not the claimant's own act on it
HEARSAY_NOUNS = words("modality/hearsay_nouns")
CLAIM_MAKING_VERBS = words("modality/claim_making_verbs") | words("common/denial_verbs")
DENIAL_ADJECTIVES = words("common/denial_adjectives")  # "the claim that C is false": a denial
# "I suggest you refer to ...": advice, not a doubt (hedge_scope.advice)
ADVICE_VERBS = words("modality/advice_verbs")
NEGATIVE_PRONOUNS = words("attribution/negative_pronouns")  # nobody, none, nothing, noone, neither
_WHAT_PATH = ("ccomp", "xcomp", "dobj", "acl", "conj")  # from the free relative up to the predicate
_STATE_EDGES = ("oprd", "acomp", "xcomp")  # "reported dead", "reported missing", "reported killed"
_PARTICIPLES = ("VBG", "VBN")


def hearsay_state(tok: Token) -> bool:
    """'At least one person was reported dead', 'all crew are reported safe', 'seven are still
    reported missing': a passive hearsay verb with the state it passes on as its complement and no
    reporter named, the "is reported to be" of the rulings without "to be". Not with an agent ("were
    reported missing by the coast guard": the reporter is named), nor over a negated subject ("no one
    was reported hurt" states an absence: negated), nor before an infinitive (`_passive_before_infinitive`)."""
    if tok.lemma_ not in HEARSAY_STATE_VERBS or tok.tag_ != "VBN":
        return False
    states = [c for c in tok.children if c.dep_ in _STATE_EDGES and c.tag_ in ("JJ", "VBN", "VBG") and not _has_to(c)]
    if not states or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    # the reporter: "by X" on the verb, or on the state where the parser hangs it ("missing by the coast guard")
    if any(c.dep_ == "agent" or c.lower_ == "by" for c in (*tok.children, *(g for s in states for g in s.children))):
        return False
    return not any(c.dep_ == "nsubjpass" and _negative(c) for c in tok.children)


def own_belief_noun(tok: Token) -> bool:
    """'that is my assessment', 'investigations strengthen our hypothesis about C': a noun of belief the
    speaker owns ("my", "our") puts C forward as the speaker's belief, as "we believe C" does (the
    rulings' "a speaker's own belief verb"); a side phrase is left to the caller."""
    return (
        tok.lemma_ in SPEAKER_BELIEF_NOUNS
        and tok.pos_ == "NOUN"
        and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in tok.children)
    )


def passed_on(tok: Token, main: Token) -> bool:
    """A belief or a claim someone else holds about what the predicate tells (read by modality.hedged)."""
    return believed_identity(tok, main) or hearsay_noun(tok, main)


def hearsay_noun(tok: Token, main: Token) -> bool:
    """'the owner was aware of claims that the ship was boarded', 'the remarks follow allegations from
    Karsk that C': a claim noun (modality/hearsay_nouns.txt) with a that-clause, as the subject or
    object of the predicate (or of an adjective on it: "aware of"), passes C on without vouching for
    it, like "it is claimed that C". Not when the predicate is the claimant's act on it or a denial
    ("repeated claims that C": modality/claim_making_verbs.txt; "denied allegations that C":
    common/denial_verbs.txt), is negated or calls it false ("the claim that C is false":
    common/denial_adjectives.txt), or the noun sits in a side phrase ("sailed amid claims that C")."""
    if tok.lemma_ not in HEARSAY_NOUNS or tok.pos_ != "NOUN" or not doubted_that_clause(tok):
        return False
    verb = tok.head
    if tok.dep_ == "pobj" and verb.head.pos_ == "ADJ" and verb.head.dep_ in ("acomp", "amod"):
        verb = verb.head.head  # "was aware of claims that C": the copula
    elif tok.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr"):
        return False
    while verb.i != main.i and verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
        verb = verb.head  # "said the company was aware of claims that C": up to the claim's predicate
    if verb.i != main.i or verb.lemma_ in CLAIM_MAKING_VERBS:
        return False
    return not any(c.dep_ == "neg" or c.lower_ in DENIAL_ADJECTIVES for c in verb.children)


def doubted_subject(verb: Token) -> bool:
    """Is the subject of a reporting verb a doubted source ("unconfirmed reports in Karsk media indicate
    that C", "speculation suggests C")? As "according to unconfirmed reports, C" (modality.doubted_source)."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        words_on = (g.lower_ for g in subject.children if g.dep_ == "amod")
        if subject.lower_ in SOURCE_DOUBTS or any(w in SOURCE_DOUBTS for w in words_on):
            return True
    return False


def believed_identity(tok: Token, main: Token) -> bool:
    """'seized a boat carrying what the command suspects is a shipment of arms', 'found what investigators
    believe was a mine': a belief verb in a free relative naming what a thing is -- the "what appears to
    be X" of the rulings with a believer -- hedges where X is what the predicate acts on (its object, or
    the object of a participle on it), not in a side phrase. The parser often takes the verb for a plural
    noun ('suspects'); its lemma, the 'be' after it and the 'what' before it tell."""
    if tok.lemma_ not in BELIEF_VERBS or tok.i + 1 >= len(tok.doc) or tok.nbor(1).lemma_ != "be":
        return False
    be = tok.nbor(1) if tok.head.i == tok.i + 1 or tok.dep_ == "nsubj" else tok
    if not any(t.lower_ == "what" for t in tok.doc[max(tok.sent.start, tok.i - 8) : tok.i]):
        return False
    node = be
    while node.i != main.i:
        if node.dep_ not in _WHAT_PATH or node.head.i == node.i:
            return False
        node = node.head
    return True


def side_phrase(tok: Token, main: Token) -> bool:
    """Is the hedge cue `tok` inside a phrase beside the claim rather than on it (see the module doc)?"""
    label = _adverb_on_a_label(tok, main) or _in_participle_clause(tok, main)
    return label or _reason_gerund(tok) or _adverb_on_an_object(tok, main) or _what_in_a_phrase(tok, main)


def advice(verb: Token) -> bool:
    """'I suggest you refer to the navy's statements', 'they recommended that the crew stay aboard': a
    verb of advice (modality/advice_verbs.txt) over a clause addressed to "you" or in the subjunctive
    (a bare verb form) recommends an act; it puts no claim forward as possibly true."""
    if verb.lemma_ not in ADVICE_VERBS:
        return False
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        you = any(c.dep_ == "nsubj" and c.lower_ == "you" for c in clause.children)
        if you or (clause.tag_ == "VB" and not any(c.dep_ == "aux" for c in clause.children)):
            return True
    return False


def _what_in_a_phrase(tok: Token, main: Token) -> bool:
    """'the ship was seized near Varnia in what appears to be the latest attack': a free relative
    ("what appears/seems to be X") that is the object of a preposition on the predicate says what the
    event counts as, a side phrase, as in the "what appears to be X" ruling of tests/gold/GUIDELINES.md.
    Not after "as", "by" or "with" ("treated it as what appears to be sabotage", "hit by what appeared to
    be a drone", "attacked the ship with what appeared to be a cruise missile": what the thing the act
    is done by or with is, the agent being the logical subject and the instrument what acts). A modal
    there is the free relative's own ("hijacked a ship in what may be their longest-range success")."""
    if tok.dep_ == "aux" and tok.tag_ == "MD":
        tok = tok.head  # "in what may be X": the modal on the free relative's verb
    prep, verb = tok.head, tok.head.head
    if verb.dep_ == "conj" and verb.head.i == main.i:
        verb = main  # "struck and sunk the ship off Karsk in what appears to be ...": a conjoined predicate
    if tok.dep_ != "pcomp" or prep.dep_ != "prep" or verb.i != main.i or prep.lower_ in ("as", "by", "with"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "what" for c in tok.children)


def _adverb_on_a_label(tok: Token, main: Token) -> bool:
    """A hearsay adverb (modality/hearsay_adverbs.txt) on a participle that describes a noun: set off
    by commas ("a drone, allegedly fired from Karsk, struck the ship"; "the fate of the cars,
    reportedly bound for Varnia, is unknown"), or on the subject ("a ship reportedly carrying cars
    caught fire"). It labels the noun, as "a ship suspected of cutting the cable" does; the clause
    asserts something else about it. An epistemic adverb there still doubts the news ("the fate of the
    crew, potentially numbering 87, remains uncertain"); on the object with no comma the participle
    tells what the thing acted on is ("seized a boat reportedly carrying rifles", the "X thought to
    be Y" ruling): both left to the caller."""
    part = tok.head
    if tok.lower_ not in HEARSAY_ADVERBS or tok.dep_ != "advmod" or part.dep_ != "acl" or part.tag_ not in _PARTICIPLES:
        return False
    if part.i == main.i:
        return False
    if after_comma(part):
        return True
    noun = part.head
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == main.i


def _in_participle_clause(tok: Token, main: Token) -> bool:
    """A hearsay adverb inside a participle clause set off by a comma on the predicate ("..., allegedly
    using 358 missiles"; "a ship was hit in the Gulf, allegedly targeted by the Guard"), or inside an
    absolute "with X V-ing" phrase after a comma ("Karsk is investigating, with Varnia focusing on a
    yacht that six people reportedly hired"): background on a side phrase, like a subordinate clause
    (`hedge_placement.inside_marked_clause`)."""
    if tok.lower_ not in HEARSAY_ADVERBS:
        return False  # "launched from Karsk, heading north, potentially towards Varnia": the heading is doubted
    node = tok
    while node.i != main.i and node.head.i != node.i:
        if node.dep_ == "advcl" and node.tag_ in _PARTICIPLES and node.head.i == main.i:
            bare = not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in node.children)
            return bare and after_comma(node)
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ == "with" and node.head.head.i == main.i:
            return after_comma(node.head)  # "..., with Karsk focusing on a yacht six people reportedly hired"
        node = node.head
    return False


def _reason_gerund(tok: Token) -> bool:
    """'investigating the freighter for allegedly damaging a cable', 'sought over allegedly evading
    sanctions': a hedge adverb on the gerund of a reason phrase (modality/reason_gerund_prepositions.txt)
    says why, as "for suspected smuggling" does."""
    gerund = tok.head
    if tok.dep_ == "advmod" and gerund.dep_ == "prep" and gerund.lower_ in REASON_GERUND_PREPOSITIONS:
        # "including one allegedly for smuggling oil": the parser hangs the adverb on the preposition
        return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in gerund.children)
    return tok.dep_ == "advmod" and gerund.dep_ == "pcomp" and gerund.head.lower_ in REASON_GERUND_PREPOSITIONS


def _adverb_on_an_object(tok: Token, main: Token) -> bool:
    """A hedge adverb on a noun the predicate acts on ('has rich fishing as well as phosphate and
    possibly oil reserves'): it doubts that noun, like 'possible' there (`hedge_placement.on_an_object`)."""
    noun = tok.head
    if tok.dep_ != "advmod" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "fishing as well as phosphate and possibly oil reserves": up to the first conjunct
    if noun.dep_ == "pobj" and noun.head.lower_ in ("as", "in"):
        return False  # "treated as possibly sabotage", "hit in a possibly deliberate attack": the event
    return noun.dep_ in ("dobj", "pobj") and noun.i != main.i


def after_comma(node: Token) -> bool:
    """Is the phrase headed by `node` set off by a comma before it (also read by `modality`)?"""
    first = node.left_edge.i
    return first > 0 and node.doc[first - 1].text == ","


def _has_to(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _negative(noun: Token) -> bool:
    """'nobody was reported hurt', 'no crew were reported missing': a negative subject reports nothing."""
    return noun.lower_ in NEGATIVE_PRONOUNS or noun.lower_ == "no" or any(g.lower_ == "no" for g in noun.children)


BARE_REPORT_PASSIVES = words("modality/bare_report_passives")
REPORT_EVENT_ADVERBS = words("modality/report_event_adverbs")


def bare_report(tok: Token) -> bool:
    """'A fire is reported on the bridge': a passive report verb with its subject, no reporter, no
    recipient ("reported to the coast guard"), no complement (`hearsay_state` and the infinitive
    rules decide those) and no "as" ("as reported": the outlet's own voice) hedges like "is reported
    to" (GUIDELINES, thirteenth round). Not over a negated subject ("No injuries were reported")."""
    if tok.lemma_ not in BARE_REPORT_PASSIVES or tok.tag_ != "VBN" or tok.dep_ not in ("ROOT", "conj", "ccomp"):
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "auxpass" for c in kids):
        return False
    subjects = [c for c in kids if c.dep_ == "nsubjpass"]
    if not subjects or any(_negative(s) for s in subjects):
        return False
    # a reporter, a recipient, a content or state (other rules' business), "as reported", a time
    blocked = ("agent", "ccomp", "mark", "dative", "npadvmod", "tmod")
    if any(c.dep_ in blocked or c.dep_ in _STATE_EDGES or c.lower_ in ("by", "to", "as") for c in kids):
        return False
    if any(c.lower_ in REPORT_EVENT_ADVERBS for c in kids):
        return False
    # "the collision was reported at 06:24": the report's own time makes it the event
    return not any(_time_word(g) for c in kids if c.dep_ == "prep" for g in c.subtree)


# the date readers' lists (nlp/dates.py), not `calendar`'s names, which follow the locale
_CALENDAR = {w.lower() for w in words("common/months") | words("common/weekdays")}
# "the incident is being reported less than a month after ...", "reported within hours": the report's time
_TIME_NOUNS = words("figures/time_nouns")


def _time_word(tok: Token) -> bool:
    """A clock time, a date, a day's or month's name or a noun of time ("at 06:24", "on Monday", "in May",
    "in less than a month")."""
    noun_of_time = tok.lower_ in _TIME_NOUNS and tok.pos_ not in ("AUX", "VERB")  # not the modal "may", "am"
    return any(ch.isdigit() for ch in tok.text) or tok.lower_ in _CALENDAR or noun_of_time
