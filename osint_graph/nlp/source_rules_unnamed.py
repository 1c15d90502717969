"""Rungs of the source ladder for a phrase that names no source: evidence that speaks for nobody
(or for the state that issued it), a state's body or a state's unnamed speaker, an official of a body
the article describes, and the generic source whose words have no entity (`source_resolution.py`
says where each stands in `LADDER`).
"""

from __future__ import annotations

import re

from osint_graph.model import Attribution, entity_id, slug
from osint_graph.nlp.document_issuer import named_last
from osint_graph.nlp.rules import POSSESSIVE_MARKS, words
from osint_graph.nlp.source_context import (
    BODY_NOUNS,
    EVIDENCE_NOUNS,
    IMAGERY_NOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    Source,
)
from osint_graph.nlp.source_names import (
    MEDIA_HEADS,
    STATE_MEDIA_WORDS,
    state_in,
    state_media,
    state_named,
    tie_tokens,
)
from osint_graph.nlp.source_phrase import NounPhrase, speaking_state, unnamed_tokens
from osint_graph.nlp.source_story_state import STATE_NOUNS
from osint_graph.nlp.statement_issuer import released_by, statement_issuer
from osint_graph.nlp.syntax import np_text, strip_the
from osint_graph.reference.bodies import possessive_body

# a statement is its issuer's, the source cited last: "X said in a statement ... B, the statement said"
STATEMENT_NOUNS = words("attribution/statement_nouns")
# "the media statement", "the press release": words that leave a statement its issuer's
STATEMENT_MODIFIERS = words("attribution/statement_modifiers")
# "Karsk's foreign ministry": a state's body named after its possessive (GUIDELINES, "A state's body")
STATE_BODIES = words("context/state_possessive_bodies")
# heads of an unnamed source that may speak for its state, besides person and organisation nouns
SPEAKER_HEADS = words("attribution/speaker_heads") | PERSON_NOUNS | ORG_NOUNS | BODY_NOUNS
_BODY_HEADS = words("attribution/speaker_heads") | BODY_NOUNS  # "the Estonian embassy", "coastguard": one body


def evidence(np: NounPhrase) -> list[Source] | None:
    """Images, video and data are evidence, not speakers -- unless a state issued them
    ("intelligence reports from the United States")."""
    lemma = np.lemma
    last = named_last(np.ctx)  # a generic source the outlet cited is passed over ("citing security sources")
    if lemma == "report" and not np.ents and np.toks[0].lower_ == "the" and last is not None:
        if last.label == "OUTLET":  # "According to X, A. “B,” the same report added": X's report
            return [last.with_verb(np.verb) if np.verb else last]
    issuer = released_by(np.ctx, np.head) if lemma in STATEMENT_NOUNS and not np.ents else None
    if issuer is not None:  # "according to a statement released by the fleet's press office"
        return [issuer.with_verb(np.verb) if np.verb else issuer]
    bare = _plain_statement(np)
    issued = lemma in STATEMENT_NOUNS and bare and np.toks[0].lower_ in ("the", "this")  # (not "a statement")
    issuer = statement_issuer(np.ctx, np.head) if issued else None
    if issuer is not None:  # "X issued a statement ... the statement said"
        return [issuer.with_verb(np.verb) if np.verb else issuer]
    if lemma in STATEMENT_NOUNS and bare and np.toks[0].lower_ in ("the", "a", "this") and np.ctx.recent:
        last = np.ctx.recent[-1]  # "X said in a statement ... B, the statement said": X's statement
        if last.generic or last.label in ("ORG", "OUTLET", "COUNTRY", "PERSON"):
            # "police said in a statement ... B, the statement said": the unnamed speaker's statement,
            # a frame with no source, not a sentence left open for an older source's passage
            return [last.with_verb(np.verb) if np.verb else last]
    if lemma in EVIDENCE_NOUNS or lemma in ("satellite", "satellites"):
        author = np.ctx.author_in_compound(np.toks, np.head)  # "the UKMTO report", "Kpler data"
        if author is not None:
            return [np.source(*author)]
        state, _used = np.state_in()
        if _press_of_a_state(np) and not any(t.lower_ in STATE_MEDIA_WORDS for t in np.toks if t.i < np.head.i):
            return []  # "Karsk media reports": the country's press in general (GUIDELINES "Media of a state")
        if state is not None and lemma not in IMAGERY_NOUNS and lemma != "satellite":
            return [np.source(state[0], state[1], "COUNTRY", person_like=False, plural=True)]
        return []
    return None


def _plain_statement(np: NounPhrase) -> bool:
    """Is the phrase a statement noun with nothing before it but a determiner, "same" or a word that
    names no issuer ("the statement", "the media statement", "the press release"), nothing after it?"""
    rest = [t for t in np.toks if t.pos_ != "DET" and t.lower_ != "same"]
    if not rest or rest[-1].i != np.head.i:
        return False
    return all(t.lower_ in STATEMENT_MODIFIERS and np.ctx.ent_at[t.i] is None for t in rest[:-1])


def _press_of_a_state(np: NounPhrase) -> bool:
    """Does a media noun stand before the evidence noun ("Karsk media reports", "local press accounts")?"""
    return any(t.lower_ in MEDIA_HEADS for t in np.toks if t.i < np.head.i)


def no_name(np: NounPhrase) -> list[Source] | None:
    """Nothing nominal is left of the phrase: no source."""
    if not np_text(np.toks) or not any(t.pos_ in ("NOUN", "PROPN") for t in np.toks):
        return []
    return None


def state_body(np: NounPhrase) -> list[Source] | None:
    """ "Karsk's foreign ministry said" where the entity pipeline found no body: the body speaks,
    whatever the case ("<Demonym> <Body>" or the gazetteer's organisation, as the entity pipeline names
    it: `reference.bodies.possessive_body`), not the state."""
    poss = [t for t in np.toks if t.text in POSSESSIVE_MARKS]
    if len(poss) != 1 or " ".join(t.lower_ for t in np.toks if t.i > poss[0].i) not in STATE_BODIES:
        return None
    before = [t for t in np.toks if t.i < poss[0].i and t.pos_ != "DET"]
    state, _used = state_in(np.ctx, before, [e for e in np.ents if e.end <= poss[0].i])
    lookup = getattr(np.ctx.gazetteer, "lookup", None)
    entry = lookup(state[0], "Country") if state is not None and lookup is not None else None
    found = possessive_body(lookup, entry, np_text([t for t in np.toks if t.i > poss[0].i])) if entry else None
    if found is None:
        return None
    name, known = found
    eid = known.id if known is not None else entity_id("Organization", slug(name))
    return [Source(Attribution(name, eid, np.verb), "ORG", np.lemma)]


def state_speaker(np: NounPhrase) -> list[Source] | None:
    """A generic source speaking for a state: "a Seoul official", "Iranian officials", "the North Koreans".

    Only a phrase headed by the state's word itself or by a noun that can speak
    (`speaker_heads.txt`): "the aggressive posture of the Chinese vessels" is no speaker.
    """
    state = speaking_state(np)
    if state is None or unnamed_tokens(np):
        return None
    tie = tie_tokens(np.toks, np.head)
    if state_in(np.ctx, tie, [e for e in np.ents if e.start in {t.i for t in tie}])[0] is None:
        return None  # the state is named only deeper in the phrase: "officials with knowledge of X's inquiry"
    _state, used = np.state_in()
    if np.head.i not in used and np.lemma not in SPEAKER_HEADS and not state_media(np.toks, np.head):
        return None
    body = _states_named_body(np, used)
    if body is not None:
        return [body]
    name = np_text(np.toks)
    if np.lemma in SPEAKER_HEADS - PERSON_NOUNS and np.toks[-1].i > np.head.i:
        # "the Russian embassy in Karsk" is the Russian embassy: where it sits is no part of its name
        name = np_text([t for t in np.toks if t.i <= np.head.i and t.pos_ != "DET"])
    if all(t.i in used or t.pos_ in ("DET", "CCONJ") for t in np.toks):
        name = state[0]  # "the North Koreans" is North Korea speaking
    body = not np.plural and (np.lemma in BODY_NOUNS or np.lemma in _BODY_HEADS)
    if not body and not state_named(np.ctx, state):
        # "an unnamed Varnian official" where the article never writes "Varnia" (nor its capital): the state
        # is no entity, its unnamed speakers are left out (tests/gold/GUIDELINES.md, "A state named only by
        # an adjective"); one body ("the Varnian embassy") still speaks
        return generic_source(np)
    proxy = name != state[0]
    return [np.source(name, state[1], "COUNTRY", person_like=np.person_like, plural=np.plural, proxy=proxy)]


def _states_named_body(np: NounPhrase, used: set[int]) -> Source | None:
    """ "the US command" after "US Central Command": a definite body noun with its state's word is
    the organisation named before whose name holds both words (not the state speaking)."""
    if np.toks[0].lower_ != "the" or np.lemma not in ORG_NOUNS | BODY_NOUNS or np.lemma in STATE_NOUNS:
        return None
    state_words = {np.head.doc[i].lower_ for i in used}
    for ent in reversed([e for e in np.ctx.ents if e.label_ == "ORG" and e.start < np.toks[0].i]):
        words = {w.lower() for w in re.split(r"[\s'’-]+", strip_the(ent.text))}
        if np.head.lower_ in words and state_words & words:
            return np.ctx.source_from_ent(ent, np.verb)
    return None


def described_body(np: NounPhrase) -> list[Source] | None:
    """ "a senior coast guard official" after "the Coast Guard Administration": that body's official.

    An unnamed person whose descriptor nouns (two or more) are all words of an organisation the
    article names (before the phrase, else after it) speaks for that organisation; so does one whose
    descriptor nouns are the whole name of a source cited before that no entity stands behind ("a coast
    guard spokeswoman told Wirewatch" after "the coast guard said": that coast guard).
    """
    if np.ents or not np.person_like and np.lemma not in PERSON_NOUNS:
        return None
    mods = {t.lower_ for t in np.toks if t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN") and t.i < np.head.i}
    if len(mods) < 2:
        return None  # one word ("intelligence officers") fits too many bodies; "coast guard" names a kind
    orgs = [e for e in np.ctx.ents if e.label_ == "ORG"]
    before = [e for e in orgs if e.start < np.head.i][::-1]
    for ent in before + [e for e in orgs if e.start > np.head.i]:
        name = {w.lower() for w in ent.text.replace("’", "'").replace("'s", "").split()}
        if mods <= name:
            src = np.ctx.source_from_ent(ent, np.verb)
            src.role = f"{src.role} {np.lemma}".strip()  # "the official" later points back to it
            return [src]
    for cited in reversed(np.ctx.recent):
        words = cited.link.name.lower().replace("the ", "", 1).split()
        if not cited.generic and not cited.person_like and set(words) == mods and len(words) == len(mods):
            # the speaker is a person of that body: "she said" later points back to her
            link = cited.with_verb(np.verb).link
            return [Source(link, cited.label, np.lemma, True, np.plural, cited.role, False, True)]
    return None


def generic_source(np: NounPhrase) -> list[Source] | None:
    """ "analysts", "industry sources": their words, no entity (`keep` drops them unless asked)."""
    return [np.source(np_text(np.toks), None, None, person_like=np.person_like, plural=np.plural, generic=True)]
