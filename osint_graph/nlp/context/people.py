"""Context rules that find people: "Defense Minister Shin Won-sik" where the model saw no person.

Reads the tokens and the model's entity types; appends `Candidate`s of type Person.  (Titles are
taken out of people's names, and into their roles, by osint_entity_types.)
"""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.context.names import Candidate, NameContext, name_end, name_start
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.org_names import ORG_WORDS
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import sentence_bounds

TITLE_WORDS = words("common/title_words")
TITLE_FILLERS = words("common/title_fillers")
APPOSED_TITLE_LEAD = 2  # words before the title in ', managing director', ', the first mate'

trigger("TITLE", TITLE_WORDS)


@context_rule("TITLE", order=80)
def titled_person(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'Defense Minister Shin Won-sik' where the model saw no person."""
    first, limit = sentence_bounds(doc[start])
    _apposed_person(ctx, doc, start, first, cands)
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


def _apposed_person(ctx: NameContext, doc: Doc, title: int, first: int, cands: list[Candidate]) -> None:
    """'said Ola Brenn, managing director of ...': the person-shaped name an apposition gives a
    person's title, where the model read an organisation or nothing."""
    k = title
    while k > first and title - k < APPOSED_TITLE_LEAD and doc[k - 1].is_lower and doc[k - 1].is_alpha:
        k -= 1  # 'managing', 'the first'
    if k - 1 <= first or doc[k - 1].text != ",":
        return
    comma = k - 1
    name_from = name_start(doc, comma, first, max_len=4)
    span = doc[name_from:comma]
    if not len(span) or any(t.ent_type_ and t.ent_type_ != "ORG" for t in span) or not _person_shaped(ctx, span):
        return
    if ctx.is_place_or_people(span):
        return
    cands.append(Candidate(name_from, comma, "Person", "apposed-person"))
