"""Context rules that find people: "Defense Minister Shin Won-sik" where the model saw no person.

Reads the tokens and the model's entity types; appends `Candidate`s of type Person.  (Titles are
taken out of people's names, and into their roles, by osint_entity_types.)
"""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.context.names import Candidate, NameContext, name_end
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import sentence_bounds

TITLE_WORDS = words("common/title_words")
TITLE_FILLERS = words("common/title_fillers")
ORG_WORDS = words("common/org_suffixes") | words("common/org_name_words")

trigger("TITLE", TITLE_WORDS)


@context_rule("TITLE", order=80)
def titled_person(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'Defense Minister Shin Won-sik' where the model saw no person."""
    _, limit = sentence_bounds(doc[start])
    i = end
    name_to = name_end(doc, i, limit, max_len=4)
    if name_to - i < 1:
        return
    span = doc[i:name_to]
    if len(span) == 1 and len(span.text) == 1:
        return  # 'Prime M' at the end of an excerpt, 'Minister X said': an initial or a cut word, no name
    if any(t.lower_ in TITLE_WORDS or t.lower_ in TITLE_FILLERS for t in span):
        return
    if any(t.ent_type_ == "PERSON" for t in span) or ctx.known_types(span.text) - {"Person"}:
        return
    if any(t.ent_type_ in ("GPE", "NORP", "LOC", "FAC") for t in span):
        return
    if any(t.ent_type_ == "ORG" for t in span) and not _person_shaped(ctx, span):
        return
    if ctx.is_place_or_people(span):
        return
    cands.append(Candidate(i, name_to, "Person", "titled-person"))


def _person_shaped(ctx: NameContext, span) -> bool:
    """A name the model read as an organisation right after a person's title ("spokeswoman Ola
    Brenn"): a person's when it is two to four capitalised words (not an acronym, no organisation
    word such as 'Group' or 'Ministry') and the sources know no organisation or outlet of that name."""
    if not 2 <= len(span) <= 4 or ctx.known_types(span.text) & {"Organization", "Outlet"}:
        return False
    return all(t.is_alpha and t.is_title and t.lower_ not in ORG_WORDS for t in span)
