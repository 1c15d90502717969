"""Sources between sources: the outlet a speaker told, the speaker an outlet quoted.

No pipeline component of its own: helpers of the frame peeling in `attribution_frames.py` (kept
apart so that module stays under its size limit). They read tokens, the entity index of the
`AttributionContext` and the parse; they write nothing on the Doc.

- "X told Reuters", "As X tells Reuters, C": the outlet told relays the statement, [Reuters, X]
  (`relay` frame of `sources/rules/attribution/verb_frames.csv`); "X said, speaking to Reuters",
  "X said in an interview with Reuters" likewise (`relay` phrases of `attribution/frame_phrases.csv`);
- "C, Reuters quoted X (, an aide to the minister,) as saying": [Reuters, X] (`quotation` frame);
- "X, who spoke to Reuters, said C", "X, who told Reuters ..., said C": the outlet in a relative
  clause on the speaker relays the statement too, [Reuters, X];
- "X said in a statement carried by state media", "X told Karsk's state-run television": state media are
  the state's own voice and relay like an outlet, [Karsk, X] (GUIDELINES, "A statement relayed through
  state media"); the phrase resolves as any source does (`story_state` for a bare "state media");
- "Survivors told the Karsk coast guard C": a speaker who is no body (`attribution/no_body_speakers.txt`)
  is left out, and the body told is the source, [Karsk Coast Guard] (GUIDELINES, "An unnamed speaker
  who is no body").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from osint_graph.nlp.attribution_verbs import frame_phrase, may_start_phrase
from osint_graph.nlp.rules import words
from osint_graph.nlp.source_context import Source
from osint_graph.nlp.source_names import state_media
from osint_graph.nlp.source_resolution import AttributionContext
from osint_graph.nlp.syntax import subtree, tokens_of

POST_STOP = words("attribution/source_phrase_stops")
NO_BODY_SPEAKERS = words("attribution/no_body_speakers")
_BODY_LABELS = ("ORG", "COUNTRY", "GPE")
AS_SAYING = ("as", "saying")  # "quoted X as saying"
BROADCAST_VERB = "broadcast"  # the verb of the 'on' relay phrase: it leads to a named outlet only


def relay_outlet(ctx: AttributionContext, toks: Sequence[Token], state_media_ok: bool = True) -> list[Source]:
    """The outlet a source told ('told Reuters'), which relays the statement; else a state's own
    media ('told Karsk's state-run television', 'in a statement carried by state media'), which
    relays it as the state's voice (not after `state_media_ok` False: a bare 'on state television'
    names no state of its own)."""
    for k, x in enumerate(toks):
        ent = ctx.ent_at[x.i]
        if ent is not None and ent.label_ == "OUTLET":  # also "told Karsk state television Vexa": Vexa
            return [ctx.source_from_ent(ent, None)]
        if x.lower_ in POST_STOP:
            return state_media_relay(ctx, toks[:k]) if state_media_ok else []
    return state_media_relay(ctx, toks) if state_media_ok else []


def state_media_relay(ctx: AttributionContext, toks: Sequence[Token]) -> list[Source]:
    """'told Karsk's state-run television', 'in remarks reported by state media': the state whose own
    media passed the words on, [Karsk, speaker] (GUIDELINES, "A statement relayed through state
    media"), under the name the article gives the state; [] for the country's press in general
    ('Karsk media') or when no state is named."""
    for x in toks:
        if not state_media(toks, x):
            continue
        phrase = [t for t in toks if t.i <= x.i]
        state = [s for s in ctx.resolve(phrase, "tell") if s.label == "COUNTRY" and not s.generic][:1]
        return [named_state(ctx, state[0])] if state else []
    return []


def named_state(ctx: AttributionContext, state: Source) -> Source:
    """The state as the article names it ("Karsk's state-run television" is Karsk), else as resolved."""
    for e in ctx.ents:
        if e.label_ == "COUNTRY" and ctx.source_from_ent(e, None).link.entity == state.link.entity:
            return ctx.source_from_ent(e, None)
    return state.with_verb(None)


def phrase_relay(ctx: AttributionContext, toks: Sequence[Token]) -> list[Source]:
    """The outlet after the first relay phrase in `toks` that leads to one ("speaking to Reuters", "in
    an interview with Reuters", "on the Vexa public television channel"): the source spoke to it, so
    it relays the statement; [] if none."""
    for k, x in enumerate(toks):
        if may_start_phrase(x.lower_, "relay"):
            n, verb = frame_phrase(toks[k:], "relay")
            if n and (found := relay_outlet(ctx, toks[k + n :], verb != BROADCAST_VERB)):
                return found  # 'on Friday on the Vexa channel': the phrase that leads to an outlet
    return []


def interview_at(toks: Sequence[Token]) -> int:
    """Where a relay phrase of three words or more starts in `toks` ("in an interview with"), else
    len(toks): one that closes a speaker's appositive ("said X, co-head of the practice at Brightwater
    in an interview with Nordic Daily") without a comma. Shorter ones ("to", "on") are parts of titles
    ("adviser to the board")."""
    for k, x in enumerate(toks):
        if may_start_phrase(x.lower_, "relay") and frame_phrase(toks[k:], "relay")[0] >= 3:
            return k
    return len(toks)


def subject_relay(ctx: AttributionContext, subject: Token, relay_verbs: Sequence[str]) -> list[Source]:
    """'The official, who spoke to Reuters on condition of anonymity, said C': the outlet the speaker
    spoke to in a relative clause on the subject relays the statement, [Reuters, official]
    ("who told Reuters", "who spoke to Reuters": `relay` phrases of `attribution/frame_phrases.csv`),
    and so does one in a participle phrase on it ("X, quoted by Reuters, said C", "speaking to Reuters")."""
    for rel in (c for c in subject.children if c.dep_ in ("relcl", "acl")):
        toks = list(rel.subtree)
        if rel.dep_ == "relcl" and rel.lemma_ in relay_verbs:
            found = relay_outlet(ctx, [t for t in toks if t.i > rel.i])
        else:  # a relay phrase in the clause, or in a participle phrase ("X, quoted by Reuters, said C")
            found = phrase_relay(ctx, toks)
        if found:
            return found
    return []


def quoted_source(ctx: AttributionContext, post: Sequence[Token]) -> list[Source]:
    """'..., Reuters quoted X as saying': X, the first source after the quoting verb."""
    return ctx.resolve([x for x in post if x.lower_ not in AS_SAYING], "say")[:1]


def drop_as_saying(doc: Doc, parts: list[tuple[int, int]]) -> bool:
    """'..., X quoted Y, an aide to the minister, as saying': drop the closing "as saying" chunk and
    the apposition before it (in place), so that the frame chunk ends the sentence; True if done."""
    s, t = parts[-1]
    if tuple(x.lower_ for x in tokens_of(doc)[s:t]) != AS_SAYING or len(parts) < 3:
        return False
    parts.pop()
    ps, pt = parts[-1]
    if not any(x.pos_ in ("VERB", "AUX") for x in tokens_of(doc)[ps:pt]) and len(parts) > 2:
        parts.pop()
    return True


def told_body(ctx: AttributionContext, v: Token, head: Token, srcs: Sequence[Source]) -> list[Source]:
    """'Survivors told the PCG C': the body told, when the teller is a ship's person or a bystander
    (no name, no body of his own: `srcs` is empty or generic); [] otherwise."""
    if head.lemma_.lower() not in NO_BODY_SPEAKERS or any(not s.generic for s in srcs):
        return []
    for c in v.children:
        if c.dep_ in ("dobj", "dative"):
            told = [s for s in ctx.resolve(list(c.subtree), "tell") if not s.generic and s.label in _BODY_LABELS]
            return told[:1]
    return []


def passive_speaker(v: Token) -> Token | None:
    """'Varga was quoted as saying C': the passive subject of a quoting verb is the speaker quoted."""
    subj = [c for c in v.children if c.dep_ == "nsubjpass" and c.i < v.i]
    return subj[0] if subj else None


def quoting_agent(ctx: AttributionContext, v: Token) -> list[Source]:
    """'Varga was quoted (as saying C) by Wirewatch': the agent that quotes her, relaying her words,
    [Wirewatch]; [] when the passive names none. The parser hangs "by" on the verb or on "saying"."""
    heads = {v.i} | {c.i for c in v.subtree if c.lower_ == "saying"}
    for x in v.subtree:
        if x.lower_ == "by" and x.i > v.i and x.dep_ in ("agent", "prep") and x.head.i in heads:
            objs = [g for g in x.children if g.dep_ == "pobj"]
            if objs:
                return ctx.resolve(subtree(objs[0]), "quote")[:1]
    return []
