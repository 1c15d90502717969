"""What a ship, its master or its crew reported, passed on by the body that received the report (issue 12,
thirty-second round; GUIDELINES, "An unnamed speaker who is no body").

"The Coastal Watch Agency said it had received a report of an incident 40 nautical miles west of Karsk.
| The master reported that the vessel had been hit by a drone, but that all crew were safe." A ship's
master, captain or crew, and the ship itself, speak for no named body: the ruling leaves them out of
the chain, which ends at the named source that passed their words on. The words reach the page
through the body whose account the writer just reported and that told of the report it received (a
maritime trade office, a security firm, a rights group that "heard from the master"). Without this
step the sentence kept no source at all: the master is dropped as an unnamed speaker, and a ship is
no speaker.

A step of `osint_claims` (`claims.py`), run after the steps that cut carried chains (the ship's report
is told in the past perfect, which they read as background). A sentence whose frame is an active verb of
`attribution/ship_report_verbs.txt` ("reported", "said", "radioed"; not negated) with a subject of
`attribution/ship_reporters.txt` or `attribution/event_ship_nouns.txt` ("the master reported", "the
vessel said", "the crew reported") or a named ship, and with no named source of its own, takes the chain of
the body that spoke in the sentence before it with a source (in its paragraph or in the paragraph
just before), when:

- that sentence is a reporting frame ("X said", "according to X") of a named body (an organisation,
  a state) or a news outlet ("Nordic Daily reported it had heard from the master"), and
- it tells of a report it received: a word of `attribution/relayed_report_words.txt` ("report",
  "call", "message", "advisory") or of the ship's people (`attribution/ship_reporters.txt`: "heard from
  the master") is in it; a ship named in it is none ("the ship lost power, AMSA said. | The master
  reported ...": the outlet's own account of the master's words).

The clauses of the sentence keep their unnamed speaker after the body (`keep` leaves him out); the
basis is `relayed_report`. Anything else (another source between, a bare "The master said" after a
body that told of no report, the outlet's own interview with a captain) is left as it was.
"""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.attribution_bracket import Segment
from osint_graph.nlp.attribution_event_passage import SHIP_NOUNS
from osint_graph.nlp.attribution_scope import BODY_LABELS, reported
from osint_graph.nlp.modality import negated
from osint_graph.nlp.rules import words
from osint_graph.nlp.source_context import Source, carried
from osint_graph.nlp.syntax import tokens_of

SHIP_PEOPLE = words("attribution/ship_reporters")
SHIP_REPORTERS = SHIP_PEOPLE | SHIP_NOUNS
REPORT_VERBS = words("attribution/ship_report_verbs")
# "received a report", "heard from the master" (not "the ship experienced ...": a ship named is no report)
REPORT_WORDS = words("attribution/relayed_report_words") | SHIP_PEOPLE
RELAY_LABELS = (*BODY_LABELS, "OUTLET")  # a body, a state, or a news outlet that heard from the master


def _ship_speaks(doc: Doc, a: int, b: int) -> bool:
    """Is the sentence [a, b) framed by a reporting verb whose subject is a ship, its master or its crew?"""
    for tok in tokens_of(doc)[a:b]:
        if tok.lemma_ not in REPORT_VERBS or not tok.tag_.startswith("VB") or tok.dep_ not in ("ROOT", "conj"):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)  # active: "is reported to" is no report
        if subj is None or negated(tok):
            continue
        if subj.ent_type_ == "VESSEL" or (not subj.ent_type_ and subj.lemma_.lower() in SHIP_REPORTERS):
            return True
    return False


def _tells_of_report(doc: Doc, a: int, b: int) -> bool:
    return any(t.lemma_.lower() in REPORT_WORDS or t.lower_ in REPORT_WORDS for t in tokens_of(doc)[a:b])


def _body_chain(clauses) -> list[Source] | None:
    """The chain of the sentence's reporting frame when its origin is a named body, else None."""
    framed = [cl for cl in clauses if reported(cl)]
    if not framed:
        return None
    chain = framed[-1].chain
    return list(chain) if chain[-1].label in RELAY_LABELS and not chain[-1].generic else None


def _unnamed_only(chain: list[Source]) -> bool:
    return all(src.generic for src in chain)


def relayed_ship_reports(doc: Doc, per_segment: list[Segment]) -> None:
    """Give the body that received a ship's report the clauses that tell that report (module docstring)."""
    body: list[Source] | None = None
    body_para = -2
    for a, b, para, clauses in per_segment:
        own = [cl.chain for cl in clauses if cl.chain and not _unnamed_only(cl.chain)]
        if not own and body is not None and para - body_para <= 1 and _ship_speaks(doc, a, b):
            for cl in clauses:
                if not (cl.extra or cl.speech or cl.act):
                    cl.chain = carried(body, "relayed_report") + cl.chain
            continue
        if not any(cl.chain for cl in clauses):
            continue
        chain = _body_chain(clauses)
        body = chain if chain is not None and _tells_of_report(doc, a, b) else None
        body_para = para
