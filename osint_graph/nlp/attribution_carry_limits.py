"""Where a carried passage stops: a new actor, or a jump in time (issue 12, round thirty).

A sentence with no frame of its own that a scope step gave the chain of an earlier sentence
(`Source.via`: passage, speaker_passage, continuation, sole_account, bracket, back_reference,
paragraph_review, quotation) keeps it only while it goes on telling that source's account. Two
shapes of real news prose show that the writer has taken the word back (tests/gold/GUIDELINES.md,
twenty-eighth round (a): "the same event", "not an act of X itself told by the outlet", and
"Background inside a source's passage"):

- **a new actor**: the clause's subject names a body, person, state or outlet that the source's
  sentence did not name ("Der Spiegel reported that ... | The US State Department also targeted three
  tugs", "... the Justice Department says. | The Trump administration declared the IRGC a terrorist
  organization"): the writer tells what another party did. A party the source's sentence named
  ("The navy said the Tern Vale was hit. | The Tern Vale was towed to Brennport") carries on as
  before.
- **a jump in time**: the clause is dated in another year, or by a word that sets it before the
  reported event (`attribution/carry_time_jumps.txt`: "last year", "in 2019", "in the past"): the
  writer's background, as the past perfect is (`attribution_background.py`).

Not touched: a clause with a frame of its own, one whose sentence holds a quotation mark or lies in
an open quotation (the speaker's own words), and a repost's wire (applied later, `repost.head_chains`).
The cues, the labels that name an actor and the bases the step may cut are data:
`attribution/carry_limits.csv`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from osint_graph.nlp.attribution_background import in_open_quotation
from osint_graph.nlp.attribution_bracket import Segment
from osint_graph.nlp.attribution_frames import Clause
from osint_graph.nlp.attribution_own_act import own_act
from osint_graph.nlp.rules import table, words
from osint_graph.nlp.syntax import tokens_of

_LIMITS = {row["key"]: row["value"].split() for row in table("attribution/carry_limits")}
ACTOR_LABELS = frozenset(_LIMITS["actor_labels"])  # entity labels that name a party that can act or speak
CUT_BASES = frozenset(_LIMITS["cut_bases"])  # the carried bases this step may cut
CUES = frozenset(_LIMITS["cues"])  # which cues are on: new_actor, time_jump
ACTOR_CUT_BASES = frozenset(_LIMITS["actor_cut_bases"])  # a press review reports other parties' acts too
TIME_JUMPS = tuple(tuple(w.lower().split()) for w in words("attribution/carry_time_jumps"))
YEAR = re.compile(r"^(1[89]|20)\d\d$")
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")


def _norm(text: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", text.lower()).removesuffix("'s").removesuffix("’s").strip()


def _subject_actors(main: Token, ents: list[Span]) -> list[Span]:
    """The actor entities that are the subject of the clause's main verb (or of the verb it is
    conjoined to): the subject's head word lies in the entity ("The Varnian Foreign Ministry summoned",
    not "Varnian vessels fired" nor "telecommunications within Karsk")."""
    head = main
    subj = [c for c in head.children if c.dep_ in SUBJECTS]
    while not subj and head.dep_ == "conj" and head.head is not head:
        head = head.head
        subj = [c for c in head.children if c.dep_ in SUBJECTS]
    return [e for e in ents for t in subj if e.start <= t.i < e.end and e.label_ in ACTOR_LABELS]


def _source_segment(per_segment: list[Segment], k: int, framed: set[int], key: tuple[str, ...]) -> int | None:
    """The nearest earlier sentence with a frame of its own whose chain is the carried one, else the
    nearest later one (a closing "..., Nordic Daily reports" reviews the paragraph before it)."""
    order = list(range(k - 1, -1, -1)) + list(range(k + 1, len(per_segment)))
    for j in order:
        for cl in per_segment[j][3]:
            if id(cl) in framed and tuple(s.key for s in cl.chain) == key:
                return j
    return None


def _account_names(
    per_segment: list[Segment], k: int, framed: set[int], cl: Clause, ents: list[Span]
) -> set[str] | None:
    """The names the source's account has given (None: no sentence of its own found): those of its
    own sentence and of every sentence framed by one of the chain's sources from the start of that
    sentence's paragraph up to the clause ("X said the board seized A. | ... | C, Y reports")."""
    key = tuple(s.key for s in cl.chain)
    j = _source_segment(per_segment, k, framed, key)
    if j is None:
        return None
    keys = set(key)
    lo = min(j, k)
    while lo > 0 and per_segment[lo - 1][2] == per_segment[min(j, k)][2]:
        lo -= 1
    names: set[str] = set()
    for i in range(lo, max(j, k) + 1):
        seg = per_segment[i]
        shares = any(id(c) in framed and keys & {s.key for s in c.chain} for c in seg[3])
        if i == j or (i != k and shares):
            names |= {_norm(e.text) for e in ents if e.start >= seg[0] and e.end <= seg[1]}
    return names


def new_actor(doc: Doc, cl: Clause, src_names: set[str], ents: list[Span]) -> bool:
    """Does the clause's subject name an actor the source's sentence did not name (nor the source itself)?"""
    if cl.main is None or _step_start(doc, cl):
        return False
    actors = [e for e in _subject_actors(cl.main, ents) if e.start >= cl.start and e.end <= cl.end]
    return any(_norm(e.text) not in src_names for e in actors)


STEP_STARTS = tuple(tuple(w.lower().split()) for w in words("attribution/passage_starts")) + tuple(
    tuple(w.split("_")) for w in _LIMITS["step_starts"]
)


def _step_start(doc: Doc, cl: Clause) -> bool:
    """Does the clause open with a step of the story ("Then", "From there", "Minutes later")? The
    account goes on, whoever acts in it (twenty-eighth round (a): "it opens with a step word")."""
    toks = [t.lower_ for t in tokens_of(doc)[cl.start : min(cl.end, cl.start + 4)] if not t.is_punct]
    return any(tuple(toks[: len(w)]) == w for w in STEP_STARTS)


def time_jump(doc: Doc, cl: Clause) -> bool:
    """Is the clause dated in another year or set before the event ("last year", "in 2019")?"""
    toks = [t.lower_ for t in tokens_of(doc)[cl.start : cl.end]]
    for i in range(len(toks)):
        if any(tuple(toks[i : i + len(w)]) == w for w in TIME_JUMPS):
            return True
    if any(YEAR.match(t) for t in toks):
        return True
    # "Since October the group has targeted shipping": a state that has held since before the event;
    # the "since" of the main verb (not of a relative clause), and not "since then" (after the event)
    if cl.main is None or not _perfect(cl.main):
        return False
    return any(
        c.lower_ in SINCE and (c.i + 1 >= len(doc) or doc[c.i + 1].lower_ not in SINCE_EXCEPTIONS)
        for c in cl.main.children
    )


SINCE = frozenset(_LIMITS["since_words"])
SINCE_EXCEPTIONS = frozenset(_LIMITS["since_exceptions"])


def _perfect(main: Token) -> bool:
    """A present perfect main verb ("has targeted", "have been attacking")."""
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in main.children)


def _speaker_before(per_segment: list[Segment], k: int, cl: Clause) -> tuple[int, int] | None:
    """The sentence just before in the paragraph, when a clause of it has the carried chain."""
    if k == 0 or per_segment[k - 1][2] != per_segment[k][2]:
        return None
    a, b, _para, clauses = per_segment[k - 1]
    key = tuple(s.key for s in cl.chain)
    return (a, b) if any(tuple(s.key for s in c.chain) == key for c in clauses) else None


def cut_carried_passages(doc: Doc, per_segment: list[Segment], framed: set[int]) -> None:
    """Clear the carried chain of each unframed clause outside quotations that a cue ends (module docstring)."""
    toks = tokens_of(doc)
    ents = list(doc.ents)
    for k, (a, b, _para, clauses) in enumerate(per_segment):
        if any(t.is_quote for t in toks[a:b]) or in_open_quotation(doc, a):
            continue
        for cl in clauses:
            if id(cl) in framed or not cl.chain or cl.speech or cl.chain[-1].via not in CUT_BASES:
                continue
            cue = ""
            if "time_jump" in CUES and time_jump(doc, cl):
                cue = "time_jump"
            elif "new_actor" in CUES and cl.chain[-1].via in ACTOR_CUT_BASES:
                src_names = _account_names(per_segment, k, framed, cl, ents)
                if src_names is not None and new_actor(doc, cl, src_names, ents):
                    cue = "new_actor"
            if not cue and "own_act" in CUES and cl.chain[-1].via in ACTOR_CUT_BASES:
                if own_act(doc, cl, _speaker_before(per_segment, k, cl)):
                    cue = "own_act"
            if cue:
                cl.chain, cl.emptied = [], cue
