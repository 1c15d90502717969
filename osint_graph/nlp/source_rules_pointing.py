"""Rungs of the source ladder that point elsewhere: the phrase names no source itself but a word
whose referent speaks -- a pronoun, a definite description, a relative pronoun, a partitive, a
possessive, a ship's party, a demonym title, a body of a kind named before (`source_resolution.py`
says where each stands in `LADDER`).
"""

from __future__ import annotations

from osint_graph.nlp.rules import words
from osint_graph.nlp.source_context import COREF_DETS, ORG_NOUNS, PERSON_NOUNS, VESSEL_NOUNS, Source
from osint_graph.nlp.source_groups import named_group
from osint_graph.nlp.source_phrase import NounPhrase
from osint_graph.nlp.syntax import RELATIVE_PRONOUNS, np_text, subtree

# "the tanker's owner", "her operator": a ship's party named through the ship is no source
SHIP_PARTY_NOUNS = words("attribution/ship_party_nouns")
NEGATIVE_PRONOUNS = words("attribution/negative_pronouns")
PARTITIVE_HEADS = words("attribution/partitive_heads")


def no_speaker(np: NounPhrase) -> list[Source] | None:
    """A ship reports what happens to it; "nobody believed" has no speaker."""
    if np.lemma in VESSEL_NOUNS or np.head.lower_ in NEGATIVE_PRONOUNS:
        return []
    return None


def ship_party(np: NounPhrase) -> list[Source] | None:
    """ "the tanker's owner said", "Morrow Gull's operator asserted", "her master said": a party the
    article names only through its ship speaks for no named body, and the ship is no speaker -- their
    words, no entity (`attribution/ship_party_nouns.txt`). An appositive naming the party ("the ship's
    manager, Blue Fleet Group") is left to `appositive_entity`."""
    if np.lemma not in SHIP_PARTY_NOUNS or any(c.dep_ == "appos" for c in np.head.children):
        return None
    owners = [c for c in np.head.children if c.dep_ == "poss"]
    if not owners or not np.ctx.names_a_ship(owners[0]):
        return None
    return [np.source(np_text(np.toks), None, None, person_like=np.person_like, plural=np.plural, generic=True)]


def relative_pronoun(np: NounPhrase) -> list[Source] | None:
    """A relative pronoun stands for the noun its clause hangs on ("NYK Line, which said")."""
    head = np.head
    if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
        noun = head.head.head
        return np.ctx.resolve(subtree(noun, skip=("relcl", "acl", "punct")), np.verb)
    return None


def partitive(np: NounPhrase) -> list[Source] | None:
    """ "one of the officials", "two of these analysts": the definite plural after "of" speaks."""
    if np.head.lower_ not in PARTITIVE_HEADS:
        return None
    for prep in np.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objs = [c for c in prep.children if c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS")]
            inner = subtree(objs[0], skip=("relcl", "acl")) if objs else []
            if inner and inner[0].lower_ in COREF_DETS:
                return np.ctx.resolve(inner, np.verb)
    return None


def armed_group(np: NounPhrase) -> list[Source] | None:
    """ "the group", "the militants", "a Karsk Front official": the armed group named before."""
    return named_group(np.ctx, np.toks, np.head, np.ents, np.verb)


def coreference(np: NounPhrase) -> list[Source] | None:
    """Pronouns and definite descriptions ("he", "they", "the minister", "the bureau")."""
    head = np.head
    # a demonym is no name ("the Norwegian news website"): `is_anaphor` says which heads may take one
    names = [e for e in np.ents if e.label_ != "NORP"]
    if head.pos_ == "PRON" or (not names and np.ctx.is_anaphor(np.toks, head)):
        found = np.ctx.corefer(head)
        if found is not None:
            return [found.with_verb(np.verb)]
        if head.pos_ == "PRON":
            return []
    return None


def possessive_pronoun(np: NounPhrase) -> list[Source] | None:
    """ "its investigators", "his lawyers": the possessor speaks."""
    poss = [c for c in np.head.children if c.dep_ == "poss" and c.lower_ in ("its", "his", "her")]
    if poss and not np.ents and (np.lemma in PERSON_NOUNS or np.lemma in ORG_NOUNS):
        found = np.ctx.corefer(poss[0])
        if found is not None:
            return [found.with_verb(np.verb)]
    return None


def demonym_person(np: NounPhrase) -> list[Source] | None:
    """ "the Israeli leader" after "Israeli Prime Minister Dan Orell": the person cited last, a few
    sentences back at most, with that demonym in a title of theirs -- not the state speaking."""
    words = [t for t in np.toks if t.pos_ != "DET"]
    if np.toks[0].lower_ != "the" or not np.person_like or len(words) != 2 or words[1].i != np.head.i:
        return None
    if np.ctx.country_of_word(words[0].text) is None:
        return None
    found = np.ctx.person_titled_with(np.head, words[0].lower_)
    return [found.with_verb(np.verb)] if found is not None else None


def body_of_kind(np: NounPhrase) -> list[Source] | None:
    """ "Prosecutors said" after "the Justice Department": the body of that kind named just before."""
    body = np.ctx.body_for(np.head)
    if body is not None:
        return [body.with_verb(np.verb)]
    return None
