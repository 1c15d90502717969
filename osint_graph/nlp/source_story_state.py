"""Source resolution's last state rule: a state's services left unnamed speak for the story's state.

"Authorities said", "the coastguard said" with no state or body named in the phrase: the country
the story has named most so far speaks, its demonym and capital counting once its name is written
(`attribution/state_nouns.txt`: bare plural nouns; `attribution/story_state_heads.csv`: service
heads, the number they must have and the words allowed before them). A rule of the ladder in
`source_resolution.py`, kept here for its size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from osint_graph.nlp.rules import table, words

if TYPE_CHECKING:
    from osint_graph.nlp.source_context import Source
    from osint_graph.nlp.source_resolution import NounPhrase

STATE_NOUNS = words("attribution/state_nouns")
# "the coastguard said", "officials said": a state's services unnamed (attribution/story_state_heads.csv)
STORY_STATE_HEADS = {row["head"]: row for row in table("attribution/story_state_heads")}


def _story_state_speaker(np: NounPhrase) -> bool:
    """A bare "Authorities", or a state's service with only the words its row allows before it."""
    others = [t for t in np.toks if t.pos_ != "DET" and t.i != np.head.i]
    if np.lemma in STATE_NOUNS and np.plural and not others:
        return True
    row = STORY_STATE_HEADS.get(np.lemma)
    if row is None or (row["number"] == "plural" and not np.plural):
        return False
    if row["number"] == "definite" and (np.plural or np.toks[0].lower_ != "the"):
        return False
    mods = {t.lemma_.lower() for t in others}
    allowed = set(row["modifiers"].split())
    # a row that lists modifiers needs one ("coastguard officials"): the bare head is no service
    return mods <= allowed and (not allowed or bool(mods))


def story_state(np: NounPhrase) -> list[Source] | None:
    """ "Authorities said" with no state named: the country the story has named most so far."""
    if np.ents or not _story_state_speaker(np):
        return None
    counts = _states_so_far(np)
    if not counts:
        return None
    best = max(counts.values(), key=lambda c: (c[0], c[1].start))[1]
    src = np.ctx.source_from_ent(best, np.verb)
    src.proxy, src.plural = True, True
    return [src]


def _states_so_far(np: NounPhrase) -> dict[str, tuple[int, Span]]:
    """Per country the article has named so far, how often it has been named -- by its name, and also
    by its demonym or capital ("Iranian officials", "a Saudi tanker", a dateline "RIYADH -"): an article
    on a Saudi tanker that has named Saudi Arabia and Iran once each is about Saudi Arabia. A demonym
    counts only for a country already named by its name (GUIDELINES "A state named only by an
    adjective": an unnamed speaker before any state is named stays generic). (count, a mention of it)."""
    counts: dict[str, tuple[int, Span]] = {}
    for ent in np.ctx.ents:
        if ent.label_ == "COUNTRY" and ent.start < np.head.i:
            key = str(ent._.canonical or ent.text)
            counts[key] = (counts.get(key, (0, ent))[0] + 1, ent)
    for tok in np.head.doc[: np.head.i]:
        ent = np.ctx.ent_at[tok.i]
        if not tok.is_alpha or not tok.text[:1].isupper() or (ent is not None and ent.label_ == "COUNTRY"):
            continue
        country = np.ctx.country_of_word(tok.text) or np.ctx.country_of_word(tok.text, capital=True)
        if country is not None and country[0] in counts:
            count, ent = counts[country[0]]
            counts[country[0]] = (count + 1, ent)
    return counts
