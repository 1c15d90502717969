"""Source resolution's last state rule: a state's services left unnamed speak for the story's state.

"Authorities said", "the coastguard said" with no state or body named in the phrase: the country
the story has named most so far speaks (`attribution/state_nouns.txt`: bare plural nouns;
`attribution/story_state_heads.csv`: service heads, the number they must have and the words
allowed before them). A rule of the ladder in `source_resolution.py`, kept here for its size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from osint_graph.model import Attribution
from osint_graph.nlp.rules import table, words
from osint_graph.nlp.source_context import Source
from osint_graph.nlp.source_names import state_named

if TYPE_CHECKING:
    from osint_graph.nlp.source_resolution import NounPhrase

STATE_NOUNS = words("attribution/state_nouns")
# "the coastguard said", "officials said": a state's services unnamed (attribution/story_state_heads.csv)
STORY_STATE_HEADS = {row["head"]: row for row in table("attribution/story_state_heads")}
# bare "Police said", "officials said": the state the article names (attribution/bare_state_speakers.txt)
BARE_STATE_SPEAKERS = words("attribution/bare_state_speakers")
FLAG_WORDS = words("context/flag_words")  # "Liberia-flagged": the ship's flag, not the story's state


def _bare_state_speaker(np: NounPhrase, others: list) -> bool:
    """ "Police said", "the officials said", "according to officers": nothing but a determiner before
    the head, plural (an "official" alone is the body's speaker in force), "police" either way."""
    if others or np.lemma not in BARE_STATE_SPEAKERS:
        return False
    return np.plural or np.lemma == "police"


def _story_state_speaker(np: NounPhrase) -> bool:
    """A bare "Authorities", or a state's service with only the words its row allows before it."""
    others = [t for t in np.toks if t.pos_ != "DET" and t.i != np.head.i]
    if (np.lemma in STATE_NOUNS and np.plural and not others) or _bare_state_speaker(np, others):
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


def _flag_mention(ent: Span) -> bool:
    """ "Liberia-flagged", "the Panamanian flag", "flag of Malta": a ship's flag state, not the story's."""
    doc = ent.doc
    after = [t.lower_ for t in doc[ent.end : min(ent.end + 2, len(doc))] if t.text != "-"]
    before = [t.lower_ for t in doc[max(ent.start - 2, 0) : ent.start]]
    return bool(after) and (after[0] in FLAG_WORDS or after[0] == "flag") or before[-2:] == ["flag", "of"]


def _state_of_mention(np: NounPhrase, ent: Span) -> tuple[str, str] | None:
    """The state a mention names: a country, a capital, a demonym ("Indian"), a body's demonym ("Indian Navy")."""
    ctx = np.ctx
    if ent.label_ in ("COUNTRY", "GPE", "LOC", "LOCATION", "NORP"):
        src = ctx.source_from_ent(ent, None)
        return (src.link.name, str(src.link.entity)) if src.label == "COUNTRY" else None
    if ent.label_ == "ORG":
        return ctx.country_of_word(ent[0].text) or ctx.country_of_word(ent[0].text, capital=True)
    return None


def _article_state(np: NounPhrase) -> tuple[str, str] | None:
    """The state the story is about: of the states the article names in its body (not only by demonym,
    nor only in the headline), the one its mentions name most -- by name, capital, demonym or a body's
    demonym, leaving out a ship's flag ("Liberia-flagged") -- counted before the speaker, or over the
    whole article when none is named before it ("Authorities say" heading the story)."""
    # state -> [mentions before the speaker, all mentions, where it is named first (a tie: the first named)]
    counts: dict[tuple[str, str], list[int]] = {}
    for ent in np.ctx.ents:
        state = None if _flag_mention(ent) else _state_of_mention(np, ent)
        if state is None or not state_named(np.ctx, state):
            continue
        row = counts.setdefault(state, [0, 0, -ent.start])
        row[0] += ent.start < np.head.i
        row[1] += 1
    side = 0 if any(r[0] for r in counts.values()) else 1
    ranked = sorted(((r[side], r[1], r[2]), s) for s, r in counts.items() if r[side])
    return ranked[-1][1] if ranked else None


def story_state(np: NounPhrase) -> list[Source] | None:
    """ "Authorities said" with no state named: the state the story is about (`_article_state`)."""
    if np.ents or not _story_state_speaker(np):
        return None
    found = _article_state(np)
    if found is None:
        return None
    name, entity = found
    src = Source(Attribution(name, entity, np.verb), "COUNTRY", np.lemma, False, True)
    src.proxy = True
    return [src]
