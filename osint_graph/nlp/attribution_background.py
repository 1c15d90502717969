"""Where a carried passage ends: a sentence of background in the past perfect (issue 12).

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
"""

from __future__ import annotations

from spacy.tokens import Token

from osint_graph.nlp.attribution_bracket import Segment
from osint_graph.nlp.syntax import tokens_of


def past_perfect(main: Token | None) -> bool:
    """Is the clause's main verb in the past perfect ("had sailed", "had been hit", "had been")?"""
    if main is None or main.tag_ != "VBN":
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in main.children)


def drop_carried_background(doc, per_segment: list[Segment], framed: set[int]) -> None:
    """Clear the carried chain of each unframed past-perfect clause outside quotations."""
    toks = tokens_of(doc)
    for a, b, _para, clauses in per_segment:
        if any(t.is_quote for t in toks[a:b]):
            continue
        for cl in clauses:
            if id(cl) in framed or not cl.chain or cl.speech:
                continue
            if past_perfect(cl.main):
                cl.chain = []
