"""Source resolution's last state rule: a state's services left unnamed speak for the story's state.

"Authorities said", "the coastguard said", "police said", "officials said" with no state or body named
in the phrase: the state the story is about speaks (`attribution/state_nouns.txt`: bare plural nouns;
`attribution/story_state_heads.csv`: service heads, the number they must have and the words
allowed before them; `attribution/bare_state_speakers.txt`: bare "police", "officers", "officials",
GUIDELINES fourteenth round). Which state: the one the speaker points back to ("U.S. defense officials
say A. Officials say B"), else the one named most before it (`article_state`). A rule of the ladder
in `source_resolution.py`, kept here for its size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from osint_graph.model import Attribution
from osint_graph.nlp.extensions import furniture_kind
from osint_graph.nlp.rules import table, words
from osint_graph.nlp.source_context import Source
from osint_graph.nlp.source_names import state_in, state_named

if TYPE_CHECKING:
    from osint_graph.nlp.source_phrase import NounPhrase

STATE_NOUNS = words("attribution/state_nouns")
# "the coastguard said", "officials said": a state's services unnamed (attribution/story_state_heads.csv)
STORY_STATE_HEADS = {row["head"]: row for row in table("attribution/story_state_heads")}
# bare "Police said", "officials said": the state the article names (attribution/bare_state_speakers.txt)
_BARE = words("attribution/bare_state_speakers")
BARE_STATE_SPEAKERS = {w for w in _BARE if not w.startswith("+")}
BARE_STATE_MODIFIERS = {w[1:] for w in _BARE if w.startswith("+")}  # "defence officials": still bare
FLAG_WORDS = words("context/flag_words")  # "Liberia-flagged": the ship's flag, not the story's state


def _bare_state_speaker(np: NounPhrase, others: list) -> bool:
    """ "Police said", "the officials said", "according to defence officials": nothing but a determiner
    or a word that names no body before the head (`attribution/bare_state_speakers.txt`), plural (an
    "official" alone is the body's speaker in force), "police" either way."""
    if np.lemma not in BARE_STATE_SPEAKERS or any(t.lemma_.lower() not in BARE_STATE_MODIFIERS for t in others):
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


def _in_headline(ent: Span) -> bool:
    """A headline names what the story is about ("Yemen" over a story of US strikes), not whose
    officials speak in it: the body's mentions decide."""
    return furniture_kind(ent.doc, ent.start_char, ent.end_char) in ("headline", "subhead")


def _state_of_mention(np: NounPhrase, ent: Span) -> tuple[str, str] | None:
    """The state a mention names: a country, a capital, a demonym ("Indian"), a body's demonym ("Indian Navy")."""
    ctx = np.ctx
    if ent.label_ in ("COUNTRY", "GPE", "LOC", "LOCATION", "NORP"):
        src = ctx.source_from_ent(ent, None)
        return (src.link.name, str(src.link.entity)) if src.label == "COUNTRY" else None
    if ent.label_ == "ORG":
        # "Indian Navy", "Seoul's ..."; "U.S. Navy", "UK Ministry of Defence": the state's own name or
        # abbreviation at the head of its body's name, counted for a state the article names (a state
        # written only inside its bodies' names leaves their officials to `article_state`'s bodies)
        found = ctx.country_of_word(ent[0].text) or ctx.country_of_word(ent[0].text, capital=True)
        entry = ctx.lookup(ent[0].text, "Country") if found is None and len(ent) > 1 else None
        if found is None and entry is not None and state_named(ctx, (entry.name, entry.id)):
            found = (entry.name, entry.id)
        return found
    return None


def _mention_counts(np: NounPhrase) -> dict[tuple[str, str], list[int]]:
    """Per state its mentions (by name, capital, demonym or a body's demonym; a ship's flag left out):
    [before the speaker, in all, minus where it is first named (a tie goes to the first named)]."""
    counts: dict[tuple[str, str], list[int]] = {}
    mentions = [(ent, _state_of_mention(np, ent)) for ent in np.ctx.ents]
    # a demonym outside any entity ("an Iranian container ship") names its state too
    doc = np.head.doc
    mentions += [(doc[t.i : t.i + 1], _demonym_state(np, t)) for t in doc if np.ctx.ent_at[t.i] is None]
    for ent, state in sorted(mentions, key=lambda m: m[0].start):
        if state is not None and not _flag_mention(ent) and not _in_headline(ent):
            row = counts.setdefault(state, [0, 0, -ent.start])
            row[0] += ent.start < np.head.i
            row[1] += 1
    return counts


def _demonym_state(np: NounPhrase, tok) -> tuple[str, str] | None:
    """The state a demonym token of the story names ("Iranian"), None for any other word, one in lower
    case, or one in page furniture (a photo caption's "Chinese fishing boat" says nothing of the story)."""
    if not tok.text[:1].isupper() or not tok.is_alpha or tok.pos_ not in ("ADJ", "PROPN", "NOUN"):
        return None
    if furniture_kind(tok.doc, tok.idx, tok.idx + len(tok.text)) is not None:
        return None
    return np.ctx.country_of_word(tok.text)


def article_state(np: NounPhrase) -> Source | None:
    """The state the story is about: the state its mentions name most, counted before the speaker, or over
    the whole article when none is named before it ("Authorities say" heading the story). A state the
    article names only by demonym (or only in the headline) is no entity: its body named most speaks
    ("Indian Navy" in a story that never writes "India"), else nobody. Also read for a phrase that is
    no speaker noun of its own ("the government statement": `document_issuer.state_document`)."""
    counts = _mention_counts(np)
    side = 0 if any(r[0] for r in counts.values()) else 1
    ranked = sorted(((r[side], r[2]), s) for s, r in counts.items() if r[side])  # a tie: the first named
    if not ranked:
        return None
    state = ranked[-1][1]
    if state_named(np.ctx, state):
        return _state_source(np, state)
    bodies: dict[str, list] = {}
    for ent in np.ctx.ents:
        if ent.label_ == "ORG" and _state_of_mention(np, ent) == state:
            src = np.ctx.source_from_ent(ent, np.verb)
            row = bodies.setdefault(str(src.link.entity or src.link.name), [0, ent.start < np.head.i, ent.start, src])
            row[0] += 1
    if not bodies:
        return None
    return max(bodies.values(), key=lambda r: (r[0], r[1], -r[2]))[3]


def _pointed_back(np: NounPhrase) -> Source | None:
    """ "U.S. defense officials say A. Officials say B": the bare speaker points back to the last
    speaker of its head named with a state word before it, and speaks for that state."""
    for tok in reversed(np.head.doc[: np.toks[0].i]):
        if tok.lemma_.lower() != np.lemma or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        mods = [t for t in tok.subtree if t.i < tok.i]
        ents = [e for e in np.ctx.ents if e.start >= tok.left_edge.i and e.end <= tok.i]
        if any(e.label_ in ("ORG", "OUTLET", "PERSON") for e in ents):
            return None  # "Karsk Navy officials": that body's, decided by the ladder, not here
        state, _used = state_in(np.ctx, mods, ents)
        if state is not None:
            if not state_named(np.ctx, state):
                return None
            return _state_source(np, state)
    return None


def _state_source(np: NounPhrase, state: tuple[str, str]) -> Source:
    """The state (name, entity) speaking for the bare speaker, as its proxy."""
    return Source(Attribution(state[0], state[1], np.verb), "COUNTRY", np.lemma, False, True, proxy=True)


def story_state(np: NounPhrase) -> list[Source] | None:
    """ "Authorities said" with no state named: the state the story is about (`article_state`)."""
    if np.ents or not _story_state_speaker(np):
        return None
    found = _pointed_back(np) or article_state(np)
    return [found] if found is not None else None
