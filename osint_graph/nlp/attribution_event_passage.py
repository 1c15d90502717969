"""The same event told on after an opening frame (issue 12, round thirty-one; GUIDELINES, twenty-eighth
round (a)).

A step of `osint_claims` (`claims.py`), run after the scope rules (`attribution_scope.apply_scopes`)
and before the steps that take a carried chain away again (background, a new actor, a jump in time).
The writer who opens a sentence with its source ("The Karsk Navy said (that) a drone hit the Tern
Vale.", "According to Kestrel Offshore, C", "Kestrel Offshore confirmed that C") goes on telling that
source's account in the sentences after it in the same paragraph that have no frame of their own,
while they tell what happened in that event:

- **the same event**: the clause's subject is a participant the source's reported clause named (a
  word of its names or nouns: "the vessel was now being escorted" | "The vessel had been fishing"),
  or a description that points at one (a definite "the"/"its"/"this" + a noun of
  `attribution/event_participant_nouns.txt`: "the ship", "the crew", "the incident"), or a subject
  pronoun ("It", "They");
- **told, not explained**: its main verb narrates in the past (`attribution/bracket_tenses.txt`: "was
  towed", "suffered", "were rescued"), is not negated ("did not say": the writer's remark on the
  reporting), holds no quotation (the quotation rules decide those) and ranks no event ("It was the
  first attack since ...").

"The Karsk Navy said a drone hit the Tern Vale. | Two crew were injured" -> the navy's: the first
sentence that does not go on ends the passage, and so does any sentence with a source of its own, a
paragraph break and a frame that closes its sentence ("A drone hit the Tern Vale, the navy said." opens
nothing: the passing ruling (a')). What the later steps cut still goes: past-perfect and situating
background (`attribution_background.py`), a new actor or a jump in time (`attribution_carry_limits.py`).
The chain is carried with the basis `speaker_passage`: this is the speaker's passage of
`attribution_scope._speaker_scope`, read by the ruling's tests instead of a list of first words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from osint_graph.nlp.attribution_bracket import NARRATIVE_TAGS, Segment
from osint_graph.nlp.attribution_frames import Clause
from osint_graph.nlp.attribution_scope import ranks_event, reported
from osint_graph.nlp.attribution_verbs import is_report_verb
from osint_graph.nlp.modality import negated
from osint_graph.nlp.rules import words
from osint_graph.nlp.source_context import Source, carried
from osint_graph.nlp.syntax import tokens_of

PARTICIPANT_NOUNS = words("attribution/event_participant_nouns")
SHIP_NOUNS = words("attribution/event_ship_nouns")
STATE_VERBS = words("attribution/event_state_verbs")
DEFINITE = ("the", "its", "this", "these", "their", "her")
SUBJECT_PRONOUNS = ("it", "they")
SUBJECTS = ("nsubj", "nsubjpass")


def _names(doc: Doc, cl: Clause) -> set[str]:
    """The lower-case nouns and names (lemma and form) of the source's reported clause; and "<ship>"
    when it names a ship only by a noun ("the Karsk frigate"), not by its name."""
    toks = tokens_of(doc)[cl.start : cl.end]
    names = {w for t in toks if t.pos_ in ("NOUN", "PROPN") for w in (t.lower_, t.lemma_.lower())}
    named_ship = any(e.label_ == "VESSEL" and cl.start <= e.start < cl.end for e in doc.ents)
    if not named_ship and any(t.pos_ == "NOUN" and t.lemma_.lower() in SHIP_NOUNS for t in toks):
        names.add(SHIP_DESCRIBED)
    return names


SHIP_DESCRIBED = "<ship>"  # a mark in the names: the reported clause described a ship by a noun


def _subject(main: Token) -> Token | None:
    head = main
    while True:
        subj = [c for c in head.children if c.dep_ in SUBJECTS]
        if subj:
            return subj[0]
        if head.dep_ != "conj" or head.head is head:
            return None
        head = head.head


def _same_event(subj: Token, names: set[str]) -> bool:
    """Is the subject a participant the reported clause named, a description of one, or a pronoun?"""
    if subj.lower_ in SUBJECT_PRONOUNS:
        return True
    if subj.pos_ not in ("NOUN", "PROPN"):
        return False
    words_ = [t for t in subj.subtree if t.pos_ in ("NOUN", "PROPN") and t.i <= subj.i]
    if any(w in names for t in words_ for w in (t.lower_, t.lemma_.lower())):
        return True
    if SHIP_DESCRIBED in names and subj.ent_type_ == "VESSEL":
        return True  # "the Karsk frigate warned ships" | "The Tern Vale was in international waters"
    determiners = {c.lower_ for c in subj.children if c.dep_ in ("det", "poss")}
    return subj.lemma_.lower() in PARTICIPANT_NOUNS and bool(determiners & set(DEFINITE))


def _told(main: Token) -> bool:
    """Does the main verb narrate in the past, not negated (a step of the event, not background)?"""
    aux = [c for c in main.children if c.dep_ in ("aux", "auxpass")]
    tags = {main.tag_} | {c.tag_ for c in aux}
    if not tags & NARRATIVE_TAGS or any(c.tag_ == "MD" for c in aux):
        return False
    if main.lemma_ == "be" and any(c.dep_ == "attr" for c in main.children):
        return False  # "The Tern Vale was a 2005-built tanker": what the ship is
    if main.lemma_.lower() in STATE_VERBS:
        return False  # "had 12 crew", "was based in Karsk", "was used to carry ...": what it is
    return not negated(main)


def _goes_on(doc: Doc, a: int, b: int, clauses: list[Clause], names: set[str]) -> bool:
    toks = [t for t in tokens_of(doc)[a:b] if not t.is_space]
    if not toks or any(t.is_quote for t in toks) or ranks_event(toks):
        return False
    if any(t.lower_ == "according" or _frames(t) for t in toks):
        return False  # a frame of its own, even one naming no source ("Reports say ...", "Data showed ...")
    open_ = [cl for cl in clauses if not (cl.extra or cl.speech or cl.act or cl.silent)]
    if not open_:
        return False
    for cl in open_:
        subj = _subject(cl.main) if cl.main is not None else None
        if subj is None or not _same_event(subj, names) or not _told(cl.main):
            return False
    return True


def _frames(tok: Token) -> bool:
    """Is the token a reporting verb that frames its sentence (its root, or a verb with a clause of its
    own), not one inside a description ("a vessel they believed was in distress")?"""
    if not is_report_verb(tok) or tok.dep_ in ("relcl", "acl", "advcl", "amod"):
        return False
    return tok.dep_ in ("ROOT", "parataxis") or any(c.dep_ == "ccomp" for c in tok.children)


def event_passage_scope(doc: Doc, per_segment: list[Segment], framed: set[int]) -> None:
    """Carry an opening frame's chain onto the sentences after it in its paragraph that tell the same
    event (module docstring)."""
    current: list[Source] | None = None
    names: set[str] = set()
    para = None
    for a, b, p, clauses in per_segment:
        if p != para:
            para, current = p, None
        own = [cl for cl in clauses if id(cl) in framed and cl.chain]
        if own:
            opening = [cl for cl in own if reported(cl) and cl.leading]
            # the frame opens the sentence: not one in a clause after the writer's own ("the coast
            # guard was asked to investigate after X reported that C": a subordinate frame opens nothing)
            first = opening[-1] if opening and opening[-1] is own[-1] else None
            if first is not None and any(not cl.chain for cl in clauses if cl.start < first.start and not cl.extra):
                first = None
            current = list(first.chain) if first is not None else None
            names = _names(doc, first) if first is not None else set()
            continue
        if any(cl.chain for cl in clauses):
            keys = {tuple(s.key for s in cl.chain) for cl in clauses if cl.chain}
            if current is None or keys != {tuple(s.key for s in current)}:
                current = None  # another scope gave this sentence another source
            continue
        if current is None:
            continue
        if not _goes_on(doc, a, b, clauses, names):
            current = None
            continue
        for cl in clauses:
            if not (cl.extra or cl.speech or cl.act or cl.silent):
                cl.chain = carried(current, "speaker_passage")
