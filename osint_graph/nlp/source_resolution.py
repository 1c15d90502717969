"""Source resolution: which source a noun phrase names, decided by an ordered list of named rules.

No pipeline component of its own: `AttributionContext.resolve` is called by the attribution
frames (`attribution_frames.py`) and links (`attribution_links.py`) of the `osint_claims`
component with the tokens of a source noun phrase ("the Norwegian broadcaster NRK", "a Seoul
official", "its investigators") and the verb of the frame. It reads the entity index and the
coreference state of `DocumentSources` and the parse; it writes nothing on the Doc.

**The ladder.** `LADDER` lists the rules in order; each rule is a small function that takes a
`NounPhrase` and returns the sources it decides on (a list, possibly empty: "no source") or None
("not mine: ask the next rule"). The first rule that decides wins. Adding a rule is one function
and its place in `LADDER`; `decide` also says which rule decided (for tests and explanations).
The rungs live in modules by what they read: `source_rules_pointing.py` (a word whose referent
speaks), `source_rules_named.py` (a name in the phrase), `source_rules_unnamed.py` (no name: evidence,
a state's speakers, generic sources); the phrase itself in `source_phrase.py`. The rules, in order:

- `no_speaker`: a ship reports what happens to it; "nobody believed" has no speaker;
- `named_later`: "the port's chief executive said" in the lead, "CEO Tom Varga" further down -> that
  person, when no one of that role was named before (`source_named_later.py`);
- `ship_party`: "the tanker's owner", "her operator": a party named only through its ship is no
  source (`attribution/ship_party_nouns.txt`);
- `relative_pronoun`: "NYK Line, which said" -> the noun the clause hangs on;
- `partitive`: "one of the officials" -> whom "the officials" points back to
  (`attribution/partitive_heads.txt`);
- `armed_group`: "the group", "the militants", "a Karsk Front official" -> the armed group named
  (`source_groups.py`: the gazetteer's kind says which organisations are armed groups);
- `state_document`: "according to the government statement" -> the story's state
  (`document_issuer.py`, `attribution/state_document_words.txt`);
- `issued_document`: "the report found", "according to the letter" -> the author named where the
  article brought the document in (`document_author.py`, `attribution/document_nouns.txt`), or, a
  definite document met for the first time ("The indictment alleges"), the body cited last
  (`document_issuer.first_document_issuer`);
- `coreference`: a pronoun or a definite description ("he", "the minister", "the bureau");
- `possessive_pronoun`: "its investigators" -> what "its" refers to;
- `descriptor_name`: "Norwegian broadcaster NRK" -> NRK, an outlet;
- `head_entity`: the head of the phrase is an entity (not a platform such as Telegram, nor a
  capitalised common word taken for a name: `not_a_source_name`); a title taken for a body
  gives way to the person in apposition ("the UN's Humanitarian Coordinator, Jane Doe");
- `named_lower_case`: "the coast guard" after "Taiwan's coast guard" (an organisation found in
  lower case) -> that organisation;
- `short_body_name`: "The Navy" beside "the Indian Navy" (before or after it) -> the Indian Navy;
- `possessor_entity`: "Iran's mission to the United Nations" -> Iran ("Iran's shipping firm IRISL": IRISL);
- `appositive_entity`: "The ship's manager, Blue Fleet Group" -> the company, role "manager";
- `titled_person`: "PCG spokesperson ..., Commodore Jay Tarriela" -> the person;
- `organisation_in_phrase`: "NK Pro experts", "a report by RUSI" -> the organisation;
- `person_in_phrase`: a person named in the phrase;
- `evidence`: images and data speak for nobody, unless a state issued them; a bare "the
  statement" or "a statement" is the statement of the named source cited last;
- `no_name`: nothing nominal is left;
- `unrecognised_name`: a name the entity pipeline did not tag ("United Against Nuclear Iran",
  "the Rosmorrechflot maritime agency" -> Rosmorrechflot);
- `demonym_person`: "the Israeli leader" after "Israeli Prime Minister ..." -> that person;
- `state_body`: "Estonia's foreign ministry" in any case -> the Estonian Foreign Ministry, not
  the state (`context/state_possessive_bodies.txt`);
- `state_speaker`: "a Seoul official", "Iranian officials" -> the state, "the Russian embassy in
  Beirut" named "Russian embassy", "the US command" after "US Central Command" -> that body (people of a place,
  "London brokers", "Russian media", do not speak for it, nor a phrase whose head cannot speak,
  nor one whose state is named only deeper down: "officials with knowledge of an inquiry led by
  Germany's prosecutor", `source_names.tie_tokens`);
- `described_body`: "a senior coast guard official" -> the Coast Guard Administration the
  article names (and "the official" later points back to it);
- `body_of_kind`: "prosecutors" -> the Justice Department named just before;
- `story_state`: a bare "Authorities said", "the military said" -> the country the story has named most so far
  (`attribution/state_nouns.txt`);
- `generic_source`: "analysts", "industry sources": their words, no entity.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from osint_graph.nlp.document_author import issued_document
from osint_graph.nlp.document_issuer import state_document
from osint_graph.nlp.source_context import DocumentSources, Source
from osint_graph.nlp.source_named_later import named_later
from osint_graph.nlp.source_phrase import Rule, noun_phrase
from osint_graph.nlp.source_rules_named import (
    appositive_entity,
    descriptor_name,
    head_entity,
    named_lower_case,
    organisation_in_phrase,
    person_in_phrase,
    possessor_entity,
    short_body_name,
    titled_person,
    unrecognised_name,
)
from osint_graph.nlp.source_rules_pointing import (
    armed_group,
    body_of_kind,
    coreference,
    demonym_person,
    no_speaker,
    partitive,
    possessive_pronoun,
    relative_pronoun,
    ship_party,
)
from osint_graph.nlp.source_rules_unnamed import (
    described_body,
    evidence,
    generic_source,
    no_name,
    state_body,
    state_speaker,
)
from osint_graph.nlp.source_story_state import story_state

LADDER: tuple[Rule, ...] = (
    no_speaker,
    named_later,
    ship_party,
    relative_pronoun,
    partitive,
    armed_group,
    state_document,
    issued_document,
    coreference,
    possessive_pronoun,
    descriptor_name,
    head_entity,
    named_lower_case,
    short_body_name,
    possessor_entity,
    appositive_entity,
    titled_person,
    organisation_in_phrase,
    person_in_phrase,
    evidence,
    no_name,
    unrecognised_name,
    demonym_person,
    state_body,
    state_speaker,
    described_body,
    body_of_kind,
    story_state,
    generic_source,
)


def decide(ctx: AttributionContext, toks: Sequence[Token], verb: str | None) -> tuple[str | None, list[Source]]:
    """(the name of the rule that decided, its sources); (None, []) for an empty phrase."""
    np = noun_phrase(ctx, toks, verb)
    if np is None:
        return None, []
    for rule in LADDER:
        found = rule(np)
        if found is not None:
            # the sources remember the rung (`Source.rung`): copies, an antecedent keeps its own
            return rule.__name__, [replace(src, rung=rule.__name__, via="") for src in found]
    return None, []  # pragma: no cover - generic_source always decides


class AttributionContext(DocumentSources):
    """Per-document state (`DocumentSources`) that also resolves source noun phrases."""

    def resolve(self, toks: Sequence[Token], verb: str | None) -> list[Source]:
        """Resolve the tokens of a source noun phrase to its source (the first named of parallel ones)."""
        return decide(self, toks, verb)[1]
