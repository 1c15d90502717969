"""The same reported event carries its source on, in the frame's paragraph (twenty-eighth round).

A step of `attribution_scope.apply_scopes`, after the other scopes: tests/gold/GUIDELINES.md,
"How far a source's passage carries" (a). "The Karsk Navy said a drone hit the Tern Vale. | Two
crew were injured and the ship was towed to Brennport." -> the second sentence is the navy's too:
it tells what came of the event the navy reported. A sentence with no source of its own (no clause
with a chain, no quotation mark, no speech act, act or withheld statement) takes the chain of the
sentence right before it in the same paragraph when:

- that sentence's source is named and framed by a frame that opens its main clause ("X said that C",
  "According to X, C"), or carried there by a scope step (a passage, a quotation, this step); a
  passing closing frame ("C, X said.", "C, according to X.") covers its own sentence only;
- its subject is a participant or an outcome of that event: "it", a noun of a ship, its people or
  the event (`attribution/event_participants.txt`, `common/vessel_nouns.txt`) with a definite or
  counting determiner ("the ship", "two crew", "its hull"), a name the sentence before also holds
  ("the Tern Vale"), or "there" + such a noun ("There were no casualties"); not the source itself
  ("The navy intercepted the dhow" is the navy's act, the outlet's own);
- its main verb tells the event: a past, present perfect, present progressive or "will" ("was towed",
  "has been evacuated", "is continuing", "will undergo"), not a general present ("is owned by") and
  not background ("was built in 2004", "has been stationed there since April":
  `attribution/event_background_lemmas.txt`, a year, "since"), nor a remark on the reporting
  ("Details were not released", "It was unclear": `attribution/event_remark_lemmas.txt`), nor "be"
  with a noun after it ("It was the third such case", "The ship was a tanker": what it is).

A new paragraph starts none (GUIDELINES (b)); a past-perfect sentence so carried is dropped again as
background by `attribution_background.drop_carried_background`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from osint_graph.nlp.attribution_bracket import Segment
from osint_graph.nlp.attribution_frames import Clause
from osint_graph.nlp.modality import negated
from osint_graph.nlp.rules import words
from osint_graph.nlp.source_context import Source, carried
from osint_graph.nlp.syntax import norm_name, tokens_of

VIA = "same_event"
PARTICIPANTS = words("attribution/event_participants") | words("common/vessel_nouns") | words("common/carrier_nouns")
REMARKS = words("attribution/event_remark_lemmas")
BACKGROUND = words("attribution/event_background_lemmas")
# the steps whose carried chain goes on into the next sentence of the same event
CARRYING = ("speaker_passage", "quotation", "passage", "bracket", VIA)
SUBJECTS = ("nsubj", "nsubjpass")
DEFINITE = ("the", "its", "her", "their", "his", "this", "that", "these", "all", "both")
YEAR = re.compile(r"^(1[89]|20)\d\d$")
QUOTES = frozenset("“”\"«»„‘’")


def _source_of(clauses: list[Clause]) -> list[Source] | None:
    """The chain the sentence hands on: a named source whose frame opens it ("X said that C", "According
    to X, C"), or carried there. A passing closing frame ("C, X said.", "C, according to X.") covers its
    own sentence only (GUIDELINES, "How far a passing 'according to X' reaches")."""
    for cl in clauses:
        if not cl.chain or cl.extra or cl.speech or cl.chain[-1].generic:
            continue
        if (cl.leading and not cl.trailing) or cl.chain[-1].via in CARRYING:
            return list(cl.chain)
    return None


def _tense_tells(main: Token) -> bool:
    """A past, present perfect, present progressive or "will" main verb; not "had" + participle."""
    aux = [c for c in main.children if c.dep_ in ("aux", "auxpass")]
    lowers = {c.lower_ for c in aux}
    if lowers & {"had", "'d"}:
        return False  # the past perfect steps back before the event
    if main.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux):
        return True  # "was towed", "sank", "There were no casualties"
    if main.tag_ == "VBN" and lowers & {"has", "have", "'s", "'ve"}:
        return True  # "has been evacuated"
    if main.tag_ == "VBG" and lowers & {"is", "are", "'s", "'re"}:
        return True  # "is continuing its voyage"
    return "will" in lowers  # "will undergo a medical check-up"


def _subject(main: Token) -> Token | None:
    subj = next((c for c in main.children if c.dep_ in SUBJECTS), None)
    if subj is None and any(c.dep_ == "expl" for c in main.children):
        # "There were no casualties": the noun after the verb
        subj = next((c for c in main.children if c.dep_ in ("attr", "nsubj", "dobj")), None)
    return subj


def _participant(subj: Token, before: Span, source: list[Source], doc: Doc) -> bool:
    """Is the subject a participant or outcome of the event the sentence before reported?"""
    if subj.lower_ == "it":
        return True
    if subj.ent_type_:
        ent = next((e for e in doc.ents if e.start <= subj.i < e.end), None)
        name = norm_name(ent.text) if ent is not None else ""
        if not name or any(norm_name(src.link.name) == name for src in source):
            return False  # the source itself: its act is told in the outlet's voice
        return any(norm_name(e.text) == name for e in before.ents)
    lemmas = {subj.lemma_.lower()} | {c.lemma_.lower() for c in subj.children if c.dep_ == "compound"}
    if subj.pos_ != "NOUN" or not lemmas & PARTICIPANTS:
        return False  # ("two crew members": the compound names the participant)
    dets = {c.lower_ for c in subj.children if c.dep_ in ("det", "poss", "nummod", "predet")}
    counted = any(c.dep_ == "nummod" or c.like_num for c in subj.children)
    negative = any(c.lower_ == "no" for c in subj.children)
    return bool(dets & set(DEFINITE)) or counted or negative


def _remark_or_background(main: Token, toks: list[Token]) -> bool:
    heads = [main] + [c for c in main.children if c.dep_ in ("acomp", "xcomp", "advmod")]
    if any(t.lemma_.lower() in REMARKS for t in heads):
        return True  # "Details were not released", "It was unclear"
    if main.lemma_.lower() in BACKGROUND:
        return True
    # "since April" (not the adverb of "has since been moved"), a year
    return any((t.lower_ == "since" and t.dep_ != "advmod") or YEAR.match(t.text) for t in toks)


def same_event(doc: Doc, a: int, b: int, cl: Clause, before: Span, source: list[Source]) -> bool:
    """Does the clause of the sentence [a, b) tell the event `before` reported from `source`?"""
    main = cl.main
    if main is None or main.pos_ not in ("VERB", "AUX"):
        return False
    toks = tokens_of(doc)[a:b]
    if not _tense_tells(main) or _remark_or_background(main, toks):
        return False
    if main.lemma_ == "be" and any(c.dep_ == "attr" for c in main.children) and not any(
        c.dep_ == "expl" for c in main.children
    ):
        return False  # "It was the third such case", "The ship was a tanker": what it is, not what happened
    if negated(main) and main.lemma_.lower() not in ("be", "have"):
        return False  # "The navy did not say who fired": no event told ("There were no casualties" is)
    subj = _subject(main)
    return subj is not None and _participant(subj, before, source, doc)


def event_carry_scope(doc: Doc, per_segment: list[Segment]) -> None:
    """Give each sentence that tells the same reported event the chain of the sentence before it."""
    toks = tokens_of(doc)
    for k in range(1, len(per_segment)):
        a, b, para, clauses = per_segment[k]
        a0, b0, para0, before = per_segment[k - 1]
        if para0 != para or not clauses or any(cl.chain for cl in clauses):
            continue
        if any(t.text in QUOTES for t in toks[a:b]):
            continue  # the quotation scopes decide
        source = _source_of(before)
        if source is None:
            continue
        open_ = [cl for cl in clauses if not (cl.extra or cl.speech or cl.silent or cl.act)]
        if not open_ or not same_event(doc, a, b, open_[0], doc[a0:b0], source):
            continue
        for cl in open_:
            cl.chain = carried(source, VIA)
