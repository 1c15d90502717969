"""Rungs of the source ladder that find a name in the phrase: an entity at its head, after a
descriptor, in apposition, as possessor, anywhere in it, or a name the entity pipeline did not tag
(`source_resolution.py` says where each stands in `LADDER`).
"""

from __future__ import annotations

from spacy.tokens import Span

from osint_graph.nlp.source_context import AGENT_LABELS, PERSON_NOUNS, Source
from osint_graph.nlp.source_names import (
    in_hyphen_modifier,
    name_after_head,
    named_after_descriptor,
    unrecognised_name_of,
)
from osint_graph.nlp.source_phrase import PLATFORMS, NounPhrase, speaking_state, unnamed_tokens
from osint_graph.nlp.syntax import strip_the


def descriptor_name(np: NounPhrase) -> list[Source] | None:
    """ "Danish newspaper Politiken", "Norwegian broadcaster NRK": the name after the descriptor."""
    named = named_after_descriptor(np.ctx, np.toks)
    if named is not None:
        return [np.source(named[0], named[1], named[2])]
    return None


def head_entity(np: NounPhrase) -> list[Source] | None:
    """The head of the phrase is an entity that can be a source -- unless it is a title the entity
    pipeline took for a body, with the person holding it in apposition ("The agency's Harbour
    Coordinator, Lena Varga, said"): the person speaks."""
    head_ent = np.ctx.ent_at[np.head.i]
    holder = [e for e in np.ents if e.label_ == "PERSON" and e.root.dep_ == "appos" and e.root.head.i == np.head.i]
    if head_ent is not None and head_ent.label_ == "ORG" and holder:
        return [np.ctx.source_from_ent(holder[0], np.verb)]
    if head_ent is not None and head_ent in np.ents:
        return [np.ctx.source_from_ent(head_ent, np.verb)]
    return None


def named_lower_case(np: NounPhrase) -> list[Source] | None:
    """ "the coast guard said" after "Karsk's coast guard" (an organisation the entity pipeline
    found in lower case): words in lower case that end the name of one body of the article are
    that body."""
    toks = [t for t in np.toks if t.pos_ != "DET"]
    if np.ents or len(toks) < 2 or not all(t.is_alpha and t.is_lower for t in toks):
        return None
    words = [t.lower_ for t in toks]
    found = {}
    for ent in np.ctx.ents:
        name = strip_the(ent.text).lower().split()
        if ent.label_ in ("ORG", "OUTLET") and name[-len(words) :] == words:
            found.setdefault(" ".join(name), ent)
    if len(found) == 1:  # the words end one name ("Karsk harbour police"); two such bodies: neither
        return [np.ctx.source_from_ent(next(iter(found.values())), np.verb)]
    return None


def short_body_name(np: NounPhrase) -> list[Source] | None:
    """ "The Navy said" after "the Indian Navy": a capitalised short name that ends the one longer
    organisation name the article gives, before or after it (see `fuller_name`)."""
    toks = [t for t in np.toks if t.pos_ != "DET"]
    if np.ents or not toks or len(toks) > 3 or not all(t.text[:1].isupper() for t in toks):
        return None
    if any(np.ctx.country_of_word(t.text) or np.ctx.country_of_word(t.text, capital=True) for t in toks):
        return None
    short = Span(np.head.doc, toks[0].i, toks[-1].i + 1, label="ORG")
    fuller = np.ctx.fuller_name(short)
    if fuller is short:
        return None
    return [np.ctx.source_from_ent(fuller, np.verb)]


def possessor_entity(np: NounPhrase) -> list[Source] | None:
    """ "Iran's mission to the United Nations": the possessor speaks, not the body named after the head."""
    head = np.head
    owners = [e for e in np.ents if e.root.dep_ == "poss" and e.root.head.i == head.i and e.label_ in AGENT_LABELS]
    if owners and any(e.start > head.i for e in np.ents) and not name_after_head(np.ents, head):
        return [np.ctx.source_from_ent(owners[0], np.verb)]
    return None


def _agents(np: NounPhrase) -> list[Span]:
    return [e for e in np.ents if e.label_ in ("ORG", "OUTLET")]


def appositive_entity(np: NounPhrase) -> list[Source] | None:
    """ "The Russian operator of the Volga Meridian, Kaspiy Logistics": the appositive names the speaker."""
    appos = [e for e in _agents(np) + [e for e in np.ents if e.label_ == "PERSON"]
             if e.root.dep_ == "appos" and e.root.head.i == np.head.i]  # fmt: skip
    if appos:
        src = np.ctx.source_from_ent(appos[0], np.verb)
        # "the manager" later points back to "The ship's manager, Blue Fleet Group"
        src.role = f"{src.role} {np.lemma}".strip()
        return [src]
    return None


def titled_person(np: NounPhrase) -> list[Source] | None:
    """ "PCG spokesperson for the West Philippine Sea, Commodore Jay Tarriela": a person's title
    with the person named in it -- the person speaks, not the body in the title."""
    persons = [e for e in np.ents if e.label_ == "PERSON"]
    if len(persons) == 1 and np.person_like and np.ctx.ent_at[np.head.i] is None:
        return [np.ctx.source_from_ent(persons[0], np.verb)]
    return None


def organisation_in_phrase(np: NounPhrase) -> list[Source] | None:
    """ "NK Pro experts", "investigators from the bureau", "a report by RUSI": the organisation speaks."""
    agents = _agents(np)
    # "the Karsk-run Vexa network": the name in the hyphenated modifier describes the speaker
    agents = [e for e in agents if not in_hyphen_modifier(e)] or agents
    # "a review of port records by the Harbour Ledger": the agent of "by" did the work, not the records' keeper
    agents = [e for e in agents if e.root.head.lower_ == "by"] + [e for e in agents if e.root.head.lower_ != "by"]
    if agents and np.head.pos_ in ("NOUN", "PROPN", "NUM"):
        src = np.ctx.source_from_ent(agents[0], np.verb)
        src.plural = np.plural
        if np.lemma in PERSON_NOUNS and np.lemma not in src.role.lower():
            # "an official at the Varnel Ministry": "the official" later points back to that body
            src.role = f"{src.role} {np.lemma}".strip()
        return [src]
    return None


def person_in_phrase(np: NounPhrase) -> list[Source] | None:
    """A person named in the phrase speaks."""
    persons = [e for e in np.ents if e.label_ == "PERSON"]
    if persons:
        return [np.ctx.source_from_ent(persons[0], np.verb)]
    return None


def unrecognised_name(np: NounPhrase) -> list[Source] | None:
    """A name the entity pipeline did not tag ("United Against Nuclear Iran", "Customs officials");
    a single letter is no name."""
    if speaking_state(np) is None or unnamed_tokens(np):
        named = unrecognised_name_of(np.ctx, np.toks, np.head, np.ents)
        if named is not None and named[0].lower() not in PLATFORMS and len(named[0].strip()) > 1:
            return [np.source(named[0], named[1], named[2], person_like=np.person_like, plural=np.plural)]
    return None
