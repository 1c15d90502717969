"""An outlet named by what it owns as a source: "The Karsk Sentinel's investigation found that C",
"the Vexa Herald's data unit analysed", "the Brenn Gazette's reporters saw". The name is read back
from the possessive "'s"; it is an Outlet when the registry knows it as one, or when it ends in an
outlet's head word (common/outlet_name_words.txt: Times, Herald, Sentinel ...) and the noun after
"'s" is one an outlet owns as a source (context/outlet_possessed_nouns.txt). A ship ("the Daily
Star's crew": no such noun) and a company ("Brenn Post Logistics's report": its last word is no
outlet's) stay what the other rules make them. Appends `Candidate`s of type Outlet.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from osint_graph.nlp.context.names import Candidate, NameContext, name_start
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import sentence_bounds

POSSESSED = words("context/outlet_possessed_nouns")
OUTLET_NAME_WORDS = words("common/outlet_name_words")
ORG_NAME_WORDS = words("common/org_name_words")
POSSESSIVES = ("'s", "’s", "'", "’")
MAX_NAME = 4


def _possessive_cue(tok: Token) -> bool:
    """A possessive marker followed by a noun an outlet owns as a source ('data unit': past one noun)."""
    if tok.text not in POSSESSIVES or tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[tok.i + 1]
    after = tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) else None
    return nxt.lower_ in POSSESSED or (after is not None and nxt.is_lower and after.lower_ in POSSESSED)


trigger("OUTLET_POSSESSIVE", attr="TOKEN", token=_possessive_cue)


@context_rule("OUTLET_POSSESSIVE", order=94)
def outlet_possessive(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    first, _ = sentence_bounds(doc[start])
    name_from = name_start(doc, start, first, max_len=MAX_NAME)
    while name_from < start and doc[name_from].lower_ == "the":
        name_from += 1
    if name_from >= start:
        return
    span = doc[name_from:start]
    types = ctx.known_types(span.text)
    if types:
        if "Outlet" in types:
            cands.append(Candidate(span.start, span.end, "Outlet", "outlet-possessive"))
        return
    if len(span) < 2 or span[-1].lower_ not in OUTLET_NAME_WORDS - ORG_NAME_WORDS:
        return
    if any(t.lower_ in ORG_NAME_WORDS - OUTLET_NAME_WORDS for t in span) or ctx.is_place_or_people(span):
        return
    cands.append(Candidate(span.start, span.end, "Outlet", "outlet-possessive"))
