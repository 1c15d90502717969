"""An outlet reporting its own newsroom's checks: the page carries that outlet's story.

"Wirewatch could not independently verify the footage", "Wirewatch was unable to reach the
owner", "Wirewatch has reached out to the ministry for comment": only the outlet that wrote a
story tells what its newsroom could not check or whom it asked for comment. Such a
sentence on another outlet's page was carried over with the story, so the page republishes
Wirewatch's story (`repost.py` puts it at the head of every chain). Read off the parse: the
outlet is the subject of a checking verb (`attribution/newsroom_checks.txt`) that is negated
("could not verify") or hangs under "unable" ("was unable to verify").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from osint_graph.nlp.rules import words

CHECK_VERBS = words("attribution/newsroom_checks")
REQUEST_VERBS = words("attribution/newsroom_requests")


def _comment_request(verb: Token) -> bool:
    """'has reached out to the ministry for comment', 'contacted the owner for comment': the newsroom asking."""
    if verb.lemma_.lower() not in REQUEST_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(t.lower_ == "comment" and t.head.lower_ == "for" for t in verb.subtree)


def _negated_check(verb: Token) -> bool:
    """'could not verify', 'was unable to verify' (the check verb as "unable"'s complement)."""
    if verb.lemma_.lower() not in CHECK_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "unable"


def _checking_verb(subject: Token) -> Token | None:
    """The verb `subject` is the subject of, seen through "was unable to": the verb or None."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    head = subject.head
    if head.lemma_.lower() == "be":  # "Wirewatch was unable to verify": the check hangs under "unable"
        unable = next((c for c in head.children if c.lemma_.lower() == "unable"), None)
        return next((c for c in unable.children if c.dep_ == "xcomp"), None) if unable is not None else None
    if head.lemma_.lower() == "unable":
        return next((c for c in head.children if c.dep_ == "xcomp"), None)
    return head


def checking_outlets(ents: Iterable[Span]) -> list[Span]:
    """Outlet mentions that are the subject of their own newsroom's check, in text order."""
    found = []
    for ent in ents:
        if ent.label_ != "OUTLET":
            continue
        verb = _checking_verb(ent.root)
        if verb is not None and (_negated_check(verb) or _comment_request(verb)):
            found.append(ent)
    return found
