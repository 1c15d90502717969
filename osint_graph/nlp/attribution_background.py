"""Where a carried passage ends: background in the past perfect, or the writer situating the event (issue 12).

"The Tern Vale was hit at 09:40, Varga said. | The tanker had sailed from Karsk on Monday." A
source's account is told in the past; a sentence with no frame of its own whose main verb steps
back into the past perfect ("had sailed", "had been in service", "had warned") tells what came
before the reported event: the writer's background, not the source's account
(tests/gold/GUIDELINES.md, "How far a passing 'according to X' reaches" and "Background inside
a source's passage"). Such a sentence keeps no carried chain. Not touched: a sentence with a
frame of its own ("the tanker had sailed from Karsk, Varga said"), any sentence holding a
quotation mark (the speaker's own words may use the tense), and a repost's wire, which heads
every chain later (`repost.head_chains`).

The test reads the parse only (an auxiliary "had" before a past participle at the clause's main
verb): no word list.

Nor does a sentence by which the writer sets the event among others ("The seizure comes two weeks
after ...", "The strike came amid ...", "The incident follows ..."): its main verb and a link word
after it are in `attribution/situating_verbs.csv` (`situates`); the same exceptions hold. Nor one
that tells what a thing is (`describes`): a present "is/are" with a noun predicate ("It is a
Karakurt-class missile ship", "It is part of Costamare") or a present passive with no agent of a verb
of `attribution/description_verbs.txt` ("This chemical is used to make rocket fuel"), unless "also"
marks it as going on with the source ("It is also used for patrols").
"""

from __future__ import annotations

from spacy.tokens import Token

from osint_graph.nlp.attribution_bracket import Segment
from osint_graph.nlp.attribution_scope import quote_state
from osint_graph.nlp.rules import table, words
from osint_graph.nlp.syntax import tokens_of


def past_perfect(main: Token | None) -> bool:
    """Is the clause's main verb in the past perfect ("had sailed", "had been hit", "had been")?"""
    if main is None or main.tag_ != "VBN":
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in main.children)


def drop_carried_background(doc, per_segment: list[Segment], framed: set[int]) -> None:
    """Clear the carried chain of each unframed past-perfect or situating clause outside quotations."""
    toks = tokens_of(doc)
    for a, b, _para, clauses in per_segment:
        if any(t.is_quote for t in toks[a:b]) or in_open_quotation(doc, a):
            continue
        for cl in clauses:
            if id(cl) in framed or not cl.chain or cl.speech:
                continue
            if past_perfect(cl.main) or situates(cl.main) or describes(cl.main):
                cl.chain, cl.emptied = [], "background"


PRESENT_TAGS = ("VBZ", "VBP")


def in_open_quotation(doc, a: int) -> bool:
    """Is token `a` inside a quotation opened earlier in its line ("“A. It is a company that knew better.”":
    the speaker's words, also where the sentence with the opening mark made no claim)?"""
    toks = tokens_of(doc)
    start = a
    while start > 0 and "\n" not in toks[start - 1].text_with_ws:
        start -= 1
    return bool(quote_state(doc, start, a, False))


DESCRIPTION_VERBS = words("attribution/description_verbs")
GOES_ON = "also"  # "It is also used for patrols": the source's account goes on


def describes(main: Token | None) -> bool:
    """Does the clause tell what a thing is ("It is a missile ship", "It is part of Costamare", "The
    chemical is used to make fuel"), in the present and with no "also" (see the module docstring)?"""
    if main is None or main.pos_ not in ("VERB", "AUX"):
        return False
    clause = list(main.subtree)
    if any(t.lower_ == GOES_ON for t in clause) or any(c.dep_ == "expl" for c in main.children):
        return False  # "It is also ...": the account goes on; "There are 12 crew on board": a count
    if main.lemma_ == "be" and main.tag_ in PRESENT_TAGS:
        return any(c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") for c in main.children)
    passive = [c for c in main.children if c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS]
    return (
        bool(passive) and main.lemma_.lower() in DESCRIPTION_VERBS and not any(c.dep_ == "agent" for c in main.children)
    )


SITUATING = {row["verb"]: row for row in table("attribution/situating_verbs")}
LINK_WINDOW = 5


def situates(main: Token | None) -> bool:
    """Does the clause set the event among others ("The seizure comes after ...", "The strike came two
    weeks after ...", "The incident follows ...": `attribution/situating_verbs.csv`)?"""
    row = SITUATING.get(main.lemma_.lower()) if main is not None and main.pos_ in ("VERB", "AUX") else None
    if row is None or (row["tense"] == "present" and main.tag_ not in PRESENT_TAGS):
        return False
    if row["next"] == "-":
        return True
    links = set(row["next"].split())
    for t in main.doc[main.i + 1 : main.i + 1 + LINK_WINDOW]:
        if t.is_punct:
            return False
        if t.lower_ in links:
            return True
    return False
